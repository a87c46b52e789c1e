"""The thirtieth crisis set (corpus/raw/crisis30.jsonl): wording families, near misses."""

from __future__ import annotations

CRISIS = [
    # the harmless story and the truth under it (crisis.cover_story)
    "Gave my sister my wedding ring and the good pram today. Told her I'm decluttering. I'm not "
    "decluttering.",
    "Ma'am at work asked why I'm giving away all my sarees. Said I'm moving. I'm not moving. "
    "I'm going.",
    "Just making sure my husband has the log-in for the mortgage and the kids' passports. He "
    "asked why. Said it's organising. It's not.",
    "Went to the chemist, then another chemist, then the supermarket. Said it was for a "
    "headache each time. It's not for a headache.",
    "Popped to Boots for nappies and wipes and came home with four packs of tablets too. Hid "
    "them in the tampon box. Don't know what I'm doing. Yes I do.",
    # things put in order for after her (crisis.for_after)
    "I don't see a future where I'm in it. I've started teaching my eldest how to use the "
    "washing machine so he can cope after.",
    "I've started giving the kids to other people more and more, my mum, my sister, the "
    "neighbour. So they get used to me not being there. That's the plan.",
    "Hung the washing, put the pasta on, signed the nursery form. Then opened my notes app and "
    "added the last thing to my goodbye list: 'tell Nina where the spare key is'.",
    "Cleaned the whole house top to bottom, wrote a card for each of the kids and put them in "
    "their school bags for Monday. I want them to remember me as the mum who tried.",
    "Tonight I wrote out who should get each of my things. Mum gets the jewellery. Lily gets my "
    "laptop. I don't know why I'm telling this journal, except nobody else knows.",
    "Had a weird calm today. Paid off the credit card, returned library books, hugged the kids "
    "extra long. I think that's what people mean when they say 'at peace'. It's nearly time.",
    "We had a lovely day at the park, ducks and ice cream and everything. I wanted it to be a "
    "nice last memory for them.",
    "Forget therapy. I've made up my mind. Just need to get through Christmas so they don't "
    "remember it as the Christmas mummy died.",
    "I tell my son goodnight and it feels like practise for goodbye. I've made my peace with "
    "it. Picked Thursday.",
    # the means kept and her body hurt (crisis.means_to_hand)
    "the thoughts say 'kill yourself, he'd be better off without a mum like you' and i'm "
    "starting to agree. i've put the meds in my dressing gown pocket.",
    "Hubby's on nights. Baby's asleep. I've got everything I need in the bathroom cabinet and "
    "for the first time in months I feel like I know what to do.",
    "People keep saying it gets better after the first year. She's 14 months. It hasn't. I've "
    "researched how many of my husband's blood pressure tablets it would take to kill me.",
    "Can't feel anything anymore. The only thing that makes it real is the lighter on my skin. "
    "Three new marks tonight.",
    "Been hitting myself on the head with my fists when the toddler tantrums. Bruises along my "
    "hairline now. It's the only way I stop screaming at him.",
    "been bingeing and purging up to 8 times a day, can't stop, last night there was blood and "
    "i felt relieved not scared. i don't want to get better",
    "i scream into pillows so the kids don't hear but last night i held the pillow over my own "
    "face for as long as i could. wanted to not come up.",
    # the place and the jump (crisis.place_to_jump)
    "stood at the end of the pier last night for ages. the water was so cold looking. im going "
    "back tonight to jump and this time im not going to stand.",
    "ngl been standing on the platform edge every morning this week waiting for the fast train "
    "to pass without me stepping off. one of these days i wont step back, i'll jump",
    "Hey so random but does anyone know if the multi-storey on Castle St has roof access? "
    "Asking for me, to jump. Tonight.",
    "Work emails answered, bins out, PE kit washed and folded. Tomorrow after drop-off I'm "
    "driving to the cliffs on the coast path to jump. I'm not coming back.",
    "OK so I actually checked the height of the bridge on the ring road today to see if it's "
    "high enough to die. Mental, I know. Also bought bread. Wrote the note in the car park.",
    "Feeling like I'm drowning and no one sees it. I'd happily just not be here. Been googling "
    "which bridges don't have nets so I can jump.",
    "Honest question for the universe: would it actually matter if I walked into the sea "
    "tonight and died? Kids have their nan.",
    # the wish said without the word (crisis.wish_unsaid)
    "If God took me tonight I'd say thank you. I've stopped taking my meds and I'm not going to "
    "the appointment Friday. No point now.",
    "Week three postpartum and I keep wishing the bleeding wouldn't stop. Like if it just "
    "didn't stop, that would solve everything.",
    "Honestly if the plane went down on the way back from Mum's and I died I'd be ok with that. "
    "More than ok. I've been hoping for it every flight.",
    "Three days without sleep, the twins cry in shifts. I fantasise about a car hitting me on "
    "the way to nursery. Not a small one. Enough that I'd be dead.",
    "Wish I could close my eyes at the red light and just not open them. Today the lorry was so "
    "close. I thought, now. I didn't. I will.",
    "If I could just go into hospital and stay asleep for a year. Or forever. Forever is fine "
    "actually. I've been thinking about how to make forever happen.",
    # someone else in danger, or a child in danger from her (crisis.others_in_peril)
    "My mate Jess said she's going to 'have a big sleep' tonight and wouldn't say what she "
    "meant. She's been sending everyone old photos all day. I'm scared.",
    "My husband said if I leave him he'll take the kids and himself to 'somewhere no one can "
    "find us, for good'. He's got them in the car now and isn't answering. He's said before "
    "he'd kill them.",
    "My girlfriend just sent me a photo of her cut wrists bleeding and said 'this is the last "
    "time you'll hear from me'. She's not picking up. I'm calling 911.",
    "My sixth former has stopped going to college, sleeps all day, and wrote 'no point to any "
    "of this' on her wall. Tonight she asked me if you can 'feel it' when you drown. I'm not "
    "sleeping tonight.",
    "My wife has gone quiet for days, gave her sister all her jewellery and this morning asked "
    "me to promise I'd 'look after the kids properly'. She's out walking alone now and her "
    "phone's off.",
    "Mate just posted a picture of a bottle of vodka and a pack of pills on his story with "
    "'last one x'. He lives alone. I'm calling his mum.",
    "My 15 yo just texted me 'sorry mum, love you, don't come in my room'. I'm at work, 40 mins "
    "away. What do I do",
]

NOT_CRISIS = [
    # things given away or a reason told, with nothing hidden
    "Gave away my wedding dress to a charity that makes them into angel gowns for babies who've "
    "died. Felt like the right home for it.",
    "Gave away all the baby clothes to the women's refuge today. We're done having kids and I'm "
    "weirdly emotional about the tiny socks.",
    "My brother's 'goodbye' to his flat: took all his stuff to the tip, gave me his TV, cried a "
    "bit. He's moving to Perth with his girlfriend next week.",
    "'Last day' at the old job today. Packed up my desk, gave my plants away to the team, wrote "
    "goodbye cards. Starting the new role Monday!",
    # things put in order that are ordinary, or a goodbye long past
    "Five years ago today I was in hospital after an overdose. Today I took my daughter to her "
    "first swimming lesson. I'm so glad I stayed.",
    "Wrote a will today, everyone said to do it once you have kids. Felt grim but sensible. "
    "Guardians sorted, life insurance sorted. Now we can stop nagging ourselves about it.",
    "Made a 'death cleaning' list like that Swedish book says, but it's really about the loft. "
    "Forty bin bags so far.",
    "Going through old diaries from when I was 16 and found the page where I wrote my goodbye. "
    "I'm 38 now with three kids and a life I love. I hugged that girl in my head.",
    # tablets, a rope, a car in the garage, and words for a treat
    "Tonight's job: cutting the rope for the kids' rope swing so it doesn't drag in the mud. "
    "Husband measured the branch twice.",
    "Sorting my grandmother's things after her funeral. Found all her old letters and the rope "
    "from her washing line in the shed. Couldn't throw it out.",
    "Bought a stepladder to reach the loft. Husband says I'm not allowed up there alone after I "
    "fell last time. Fair.",
    "Finally got the paracetamol and Calpol locked in the high cupboard now the toddler can "
    "climb. Childproofing is never done.",
    "Tablets sorted into the weekly pill box for Mum, she's on nine different ones now. Took me "
    "twenty minutes and a cup of tea.",
    "Sat in the car in the garage for ten minutes just to have silence before going in to the "
    "chaos. Engine off, obviously. Best ten minutes of my day.",
    "Overdosed on Bluey today. Eleven episodes. I'm not proud. The kids were thrilled.",
    "Ate my feelings today. Whole packet of biscuits. Overdose of custard creams. Back on the "
    "wagon tomorrow.",
    "It's been two years since I was sectioned. I remember planning how I'd do it, and I "
    "remember how sure I was. I'm not that person now. Meds, therapy and my boys brought me "
    "back.",
    # a bridge, a high board or the sea in a joke
    "Stood on the bridge over the river with the pram this morning watching the rowers. So "
    "peaceful. Baby slept through the whole walk.",
    "Looked up the height of the Forth Bridge for my son's homework project on famous "
    "structures. He wants to draw it to scale.",
    "Jumping off the high board at the leisure centre for the first time at 40. My daughter "
    "filmed it. Terrifying, would do again.",
    "Group chat at 11pm: 'if the baby wakes again I'm walking into the sea', 'take me with "
    "you', 'bring snacks'. Then we all went to sleep. Solidarity.",
    # the wish as a rest or a quip, and a crisis told as over
    "Sometimes I wish I could sleep for a week. Not in a scary way, just in a 'two under two' way.",
    "Me: I just want to not exist for a bit. Also me: runs a bath with a face mask and a "
    "Kindle. 45 minutes of not existing was lovely.",
    "Used to stand at the station edge wishing the train would take me. That was 2016. Now I "
    "stand well back, holding my son's hand, because he loves waving at the drivers.",
    "My teenager said 'I literally want to die' because I made her come to Nana's for Sunday "
    "lunch. She then ate three Yorkshire puddings.",
    "I can't do this anymore. The keto diet, I mean. Ate a whole baguette in the car. No regrets.",
    "Our GP checked in properly about my mood at the 6-week check. I said I had a rough patch "
    "but I'm sleeping and eating and not having any dark thoughts now. She seemed happy.",
    # someone else's words and play
    "My husband joked in the family chat that if the Wi-Fi doesn't come back he'll 'walk into "
    "the woods and never return'. He's on the sofa eating crisps.",
    "My husband is 'dying' of man flu. Temperature of 37.4. Has asked me to look after the kids "
    "'in case he doesn't make it'.",
    "My teenager wrote a poem about wanting to disappear for English class. I panicked, called "
    "the school, talked to her. It was about climate change and she's genuinely fine, rolled "
    "her eyes at me for an hour.",
    "Daughter's school drama: she's playing Juliet and has to pretend to stab herself. She "
    "practises the dying bit on the sofa every night.",
    "My husband said he's going to 'end it all' with his fantasy football league. Four years of "
    "losing to his brother.",
]
