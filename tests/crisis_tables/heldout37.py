"""The thirty-seventh crisis set (corpus/raw/crisis37.jsonl): wording families, near misses."""

from __future__ import annotations

CRISIS = [
    # searches and questions typed as if into a search box (crisis.typed_search)
    "does it hurt to drown or is it quick. asking for me",
    "which bridges in the city don't have the netting up yet",
    "what's the least messy way so my husband doesn't find something horrible when he gets "
    "back from night shift",
    "Hypothetically if I took all of my husband's heart tablets at once how long would it "
    "take. asking for me.",
    "does the hospital tell the police if you tried to hang yourself and it didn't work",
    "how to say goodbye to your toddler without them knowing it's goodbye",
    "Pain so bad I spent the night on the bathroom floor. Asked my GP about assisted dying and "
    "she changed the subject. I'll find my own way then.",
    # notes, letters, wills and goodbyes meant for after (crisis.note_for_after)
    "Ya no puedo más. I've written a carta for mis hijos and tucked it inside my mum's Bible "
    "on the nightstand so they find it after.",
    "Sorting my affairs: passwords in the blue notebook, life insurance papers in the filing "
    "box, cat goes to Nia. Tomorrow is the day.",
    "wrote a note. put it under the fruit bowl. its done",
    "Help me write something for my sons to read when they're older. I won't be around to "
    "explain things myself. I've made my decision.",
    "Ma, I'm sorry. I've written it all in the blue notebook. Please don't let Aarav read it "
    "until he's older.",
    "after the baby's christening I'm going. I want her to have that one day with me in the "
    "photos.",
    "If I'm honest I've been planning. Not thinking about it, planning. I have the what and "
    "the where. Just waiting for a night when he's on lates.",
    "I have a box of letters for each birthday until they're 18. I finished the last one "
    "tonight. Now I can go.",
    # places and the way (crisis.going_to_the_place)
    "kal school pickup ke baad I'm going to the flyover near the station. bas, bahut ho gaya. "
    "the kids can stay with nani, she loves them more than I can right now.",
    "I'm just done, cannae face another morning. Dropped the bairns at my maw's and I'm parked "
    "up by the loch wi the engine running and the windows shut.",
    "Bought rope at B&Q along with the compost. The compost was so the lady at the till "
    "wouldn't wonder.",
    "I told my wife I was going for a run. I'm actually at the far end of the platform where "
    "the fast trains don't stop. I keep stepping towards the yellow line.",
    "Scots lass here, ken? I'm no daft, I ken what I'm doing. Been planning this for weeks. "
    "The bridge at first light, before the weans are up.",
    "i keep driving faster on the A-road home hoping the corner will take the decision out of "
    "my hands. did 90 tonight with the baby seat empty",
    "hubby deployed, baby colicky, family 4000 miles away. I keep looking at the gun safe. I "
    "know the code.",
    # the means kept, lined up or taken, and the body let go (crisis.kept_for_it)
    "The crisis team said call back Monday. It's Friday night. I have a month's worth of "
    "pregabalin in the kitchen drawer and Monday feels very far away.",
    "six years of pain every single day. I've stopped taking the oxycodone and started keeping "
    "it in a jar instead. I know exactly what the jar is for.",
    "Dw i wedi blino'n lân, completely worn out. I've popped all the tablets out of their "
    "blister packs and lined them up on the bathroom sink. Just sitting here looking at them.",
    "Ventolin, sertraline, the codeine left over from my wisdom teeth and the bottle of gin. "
    "That's my list for tonight.",
    "Facts: 1) I have not eaten in 3 days. 2) I have 40 tablets. 3) The children are at school "
    "until 3:15. 4) I do not want to be here at 3:15.",
    "I'm a dad of two. Lost the business, losing the house next month. I've worked out the "
    "insurance numbers and it makes more sense for them if I'm gone.",
    "No food for 4 days. Not because I'm ill. I'm just letting myself stop. It's easier than "
    "doing something.",
    "everything feels like it's underwater and I'm tired of swimming. I've stopped trying to "
    "reach the surface.",
    # a child or someone cared for in danger, told by the parent (crisis.child_in_danger)
    "my son is 14 and just told me his uncle has been touching him when he stays over. he's "
    "meant to go there again saturday. I'm shaking, what do I do tonight",
    "found my daughter's forearms covered in fresh slashes and a pencil sharpener taken apart "
    "for the blade. she's 13 and says it's nothing.",
    "Mum's got dementia and keeps trying to walk into the canal. She tried again tonight. The "
    "care agency said they can't send anyone till Tuesday.",
    "My best friend has stopped her meds and says the voices want her to take her baby to the "
    "river. She's alone with him. I've called the crisis line for her.",
    "My 14 year old has been getting messages from an adult man online telling her to meet him "
    "tonight and 'not tell your mum'. She's not answering her phone.",
    "My husband pushed our 3yo down the stairs today. He says she fell. I saw him. I'm hiding "
    "with the kids in the bathroom texting this.",
    "My 13yo said she's been choking herself with her school tie 'for the feeling'. Kids at "
    "school call it a game. She has marks on her neck.",
    "My girlfriend said if I leave she'll take all her lithium. I've left. Her phone is off.",
    # the wish not to live in other languages (crisis.other_tongues)
    "Oga, I don reach my limit. Wetin I dey live for sef? I don buy Sniper put for kitchen, I "
    "go drink am tonight when everybody sleep.",
    "Yaar mujhse nahi hoga ab. Main thak gayi hoon, I'm so tired. Aaj raat sab ko sorry bol ke "
    "so jaungi, hamesha ke liye, for good.",
]

NOT_CRISIS = [
    # searches about ordinary things
    "how many mg of calpol for a 4 year old who weighs 16kg, the bottle says 5-7.5ml but she's "
    "tiny",
    "does it hurt to get ears pierced at 8? Maya's begging for it for her birthday",
    "how many mg of ibuprofen can you take with paracetamol while breastfeeding",
    "what's the fastest way to kill nits before school photos tomorrow",
    "which bridges in london are best for a walk with a pram, visiting next week",
    "last train times from Leeds to York on a Sunday? Going to a hen do.",
    # notes, wills and letters for ordinary reasons
    "Writing our wills this weekend 'for the kids'. Solicitor says we need to name guardians. "
    "Morbid, but it's been on the list since Ava was born.",
    "Wrote a note for the babysitter: bedtime 7:30, no screens after 6, Ella's inhaler is in "
    "the blue bag, ring me if she starts coughing.",
    "Drafting letters to the kids for their 18th birthdays, a mum at baby group does it every "
    "year and I thought it was lovely. Mine's about the year they were born.",
    "Updating my will after the divorce. Everything to the kids in trust, Mum as guardian. "
    "Took an hour with the solicitor and I treated myself to cake after.",
    "Made my 'if something happens to me' folder after Dad's sudden death last year. "
    "Passwords, insurance, who gets the dog. It's given me real peace of mind.",
    "Sorted my affairs before the mastectomy: will, power of attorney, letters to the kids "
    "just in case. Surgeon says I'll almost certainly be fine. Feeling ready.",
    # places, rope and the road
    "Bought train tickets to Edinburgh for half term. One way for me, because Mark's driving "
    "back with the car and the bikes.",
    "A year ago tonight I stood on that bridge. Tonight I drove over it with the kids singing "
    "Encanto in the back. Still here, and glad to be.",
    "Bought rope at B&Q for the kids' swing, and a bag of compost for the raised beds. Very "
    "Gardeners' World of me.",
    "Bought a new length of rope for the washing line, the old one snapped and dumped all the "
    "school shirts in the mud.",
    "Jumped off the high board at the leisure centre to prove to Jamie it's not scary. It was "
    "scary. He's in swim club now.",
    # medicines kept safely, pain and IVF told without danger
    "Tablets all lined up in the weekly pill organiser: levothyroxine, iron, folic acid. Look "
    "at me being a responsible adult.",
    "Sorted the meds cupboard: chucked the expired antibiotics, took the old codeine back to "
    "the pharmacy to be disposed of. Feels good.",
    "Chronic pain update: flare day, stayed in bed, took my prescribed pregabalin, did my "
    "breathing. It'll pass. It always does.",
    "IVF round 3 failed. I'm devastated. I'm also booking a holiday and taking a proper break "
    "before we decide about round 4.",
    "Counting the pills in my hand: one sertraline, one folic acid, one vitamin D. Every "
    "morning, same ritual, like my therapist suggested.",
    # children, carers and services
    "My 6 year old announced that if she can't have a puppy she will 'just die, right here on "
    "the carpet'. She then lay down and asked for a biscuit.",
    "Post-adoption support said call back Monday. Again. Third time. I'm fuming, but we're "
    "okay, I just want his OT assessment booked.",
    "Rang the GP at 8am, 47th in the queue. By the time I got through, no appointments left. "
    "Not in danger, just furious.",
    "When the baby screams I sometimes put her down in the cot and step away for five minutes. "
    "That's what the midwife told me to do. It works.",
    "Had an awful thought about dropping the baby on the stairs. Went to the GP, she says it's "
    "common OCD intrusive thoughts, not a wish. Starting CBT next week.",
    # other languages, in jest
    "Bas yaar, this traffic on the ring road is killing me. 45 minutes for 3km and the kids "
    "are screaming for chips.",
    "Nakakamatay ang init today, this heat is literally killing me. Jeepney aircon broken, "
    "baby sweaty, I'm melting into the seat.",
    "Och, that bairn'll be the death o' me. She painted the cat. The CAT.",
    "Dw i'n marw, I'm dying, to see the Eisteddfod results. Ffion recited her poem and she was "
    "brilliant.",
    "Main mar jaungi agar ek aur WhatsApp message aaya about the PTA bake sale. Seriously, 87 "
    "messages before 9am.",
]
