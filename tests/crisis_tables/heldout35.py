"""The thirty-fifth crisis set (corpus/raw/crisis35.jsonl): wording families, near misses."""

from __future__ import annotations

CRISIS = [
    # the means held, bought, checked or set going (crisis.means_got_ready)
    "I HAVE THE ROPE. I'M NOT TELLING ANYONE WHERE.",
    "Rope is in the shed. Tomorrow morning.",
    "Lost the whole flock to the flood. Insurance won't pay. The rope's in the barn and I keep "
    "going out there and standing under the beam.",
    "Checked the hooks in the loft will hold my weight.",
    "Best day in months honestly. Once you know there's a way out everything is easy. Bought "
    "the hose for the car today.",
    "Mate I'm cooked. Not the funny kind. Car's running in the garage and I've shut the roller "
    "door.",
    "voice typing keeps writing sue aside but you know what I mean I've been thinking about it "
    "every day and I bought the stuff",
    "Dark joke of the day: the only self-care I'm interested in is the permanent kind. Not "
    "joking. Bought the stuff.",
    "MS flare again, can't hold the baby, can't work. Kids deserve a mum who can walk. I've "
    "made my decision and I've got the means.",
    "I keep thinking the kids would be better off with their dad full stop I have the pills in "
    "the bathroom cabinet counted out new line",
    "Bhagwan please take me, I can't live like this anymore, I have the rat poison in the cupboard",
    "Drought's in its fourth year. Told the missus I'm checking the bore but I've got the .22 "
    "in the ute and I'm not coming back.",
    "mixing the vodka w the codeine tonight and hoping i just drift off for good",
    "If I take the sleeping pills with the gin I won't have to wake up to any of it. That's "
    "the plan for tonight.",
    "Ja, I'm done. Packed the kids' bags for my ma's place and I'm swallowing the rest of the "
    "pills tonight",
    # clinicians and veterans who know doses and means (crisis.knows_the_dose)
    "I'm an ICU nurse, I know exactly how much potassium it takes and I've got access all "
    "shift. Tonight after handover.",
    "Anaesthetist. Been taking propofol home. Last night I pushed more than I should and "
    "thought about not stopping.",
    "As a GP I know what's lethal. I've written myself enough and nobody checks my scripts.",
    "Midwife 12 years. I know the doses. I've been taking the oramorph home a bit at a time "
    "and it's nearly enough.",
    "Pharmacist here, I've calculated it to the milligram. It'll look like my heart just stopped.",
    "22 a day they say. Tonight I'll be one of them.",
    "Been out of the army 6 years and I still can't sleep. Tonight I'm going to make sure I "
    "never have to again.",
    # danger behind a calm front (crisis.calm_front)
    "Weirdly calm. Changed the beneficiary on my pension to the kids and labelled all the "
    "passwords for Dave for after.",
    "Made the nativity costume, signed the reading log, ironed everything for the week. Wanted "
    "it all done so Mark doesn't have to after.",
    "Smiled all through the school run. Nobody knows it's the last one I'll do.",
    "Cancelled the direct debits. Returned the library books. Wrote the letters. Just the last "
    "thing left.",
    "Finally at peace with it. Date's picked, the kids will be at their gran's that weekend.",
    "Everyone keeps saying it gets better. I've given it four years. I'm done giving it time. "
    "Sunday.",
    "Tonight I stop being everyone's problem. Finally.",
    "Sent the out of office with no return date. Kids are at my mum's. House is quiet. I'm ready.",
    "Emailed my boss a resignation and my sister the insurance docs. She thinks I'm being "
    "organised. I'm being final.",
    "👋 bye everyone. it's been real. look after my babies for me x",
    "To my girls: you were never the problem. Mummy just got too tired. Be kind to your dad.",
    "Snowed in up here since Tuesday. Milking's done. I've left the keys and the will on the "
    "kitchen table for Jen and I'm going out to the top field.",
    "hey Siri remind me to write letters to the boys before Friday because after Friday I "
    "won't be around",
    "Nobody will find me in the woods.",
    # a list or note with one item that is the danger (crisis.list_item)
    "Things to sort before Friday: car insurance to Mark's name, passwords in envelope, cat to "
    "Sue, me gone",
    "list for tmrw - milk, bin day, cancel gym, collect prescription (need the whole box this "
    "time, saving up), say bye to Nan properly",
    "Notes: - email Karen re rota - defrost chicken - hide the blades better from the kids, "
    "need them for myself tonight",
    "note to self pick up Ella at 3 return library books and I think tonight's the night I "
    "take all the sleeping tablets period",
    "Saturday: swimming 9am, Lidl, wash uniforms, write to Mum, take all the pills after the "
    "kids are asleep",
    "reminders dentist 10:40, school trip money £4, pick up dry cleaning, make sure I'm not "
    "breathing when Tom gets home Sunday",
    # places and the way (crisis.edge_and_road)
    "smoked everything I had and I'm sat on the roof ledge, feels nice up here, think I'm "
    "gonna let go",
    "Cannot tahan already lah. Tonight I go up to the 20th floor and jump",
    "text Emma I'm sorry for everything I'm on the top floor of the multi storey don't come "
    "looking for me send",
    "Every time I drive over the viaduct I think about turning the wheel. Today I slowed right "
    "down to see how it'd feel.",
    "dictating this in the car parked by the reservoir been sitting here an hour thinking "
    "about driving straight in",
    "If I just stepped out in front of a lorry on the dual carriageway it'd be quick. I "
    "thought about it the whole walk home and nearly did.",
    "Changing nappy number twelve today and all I could think about was the railway line at "
    "the end of our road and the 5.40 freight train.",
    "Baby blues my arse. I stood on the bridge on the way back from the health visitor and "
    "nearly didn't step back. Going back tomorrow.",
    "lying down in the snow behind the house, how long till you stop feeling it. not going "
    "back in.",
    # a partner's threats and a child in danger (crisis.threat_at_home)
    "Hiding in the bathroom with the baby, he's kicking the door in, i think he means it this time",
    "He's got a knife under the mattress and said if I try and take the kids he'll use it on "
    "me first.",
    "Neighbour's husband is screaming he'll kill her and the kids, I can hear the baby, I've "
    "rung 999 but they're not here.",
    "ex turned up drunk outside the school w a bat shouting he'll take the kids and I'll never "
    "see them again. police not here yet",
    "I put her in the cot and walked out because I wanted to smother her. I'm sat in the "
    "garden shaking.",
    "If I go I'm taking the kids with me. They won't have to suffer either.",
    "Found blood on Sam's sheets and cuts all up his thighs, he's 13. He says it's not a big "
    "deal and he'll do it again.",
    "My teen has stopped eating completely and told me she's doing it so she'll just fade out.",
    "Ollie (16) texted his friend tonight's the night, I've saved them up. His mate's mum "
    "forwarded it to me.",
    # starving, purging and hurting the skin as punishment (crisis.punishing_body)
    "Three days without food. It's my punishment.",
    "Made myself sick four times today. I deserve to waste away, the kids deserve a better mum.",
    "I scrubbed my arms with bleach till they blistered. I deserved it and I'll do it again.",
]

NOT_CRISIS = [
    # the means, made safe
    "Farm update: new baler twine and rope, fixed the gate, shot the fox that had been at the "
    "hens.",
    "Tied the rope to the big oak in the garden, the kids are obsessed with the new swing.",
    "The rope in the loft finally came down, it was holding up the old Christmas lights.",
    "Dad keeps his shotgun locked in the cabinet for the crows, key's on his belt. Kids know "
    "never to go near it.",
    "Stocked up on paracetamol for the teething, the pharmacy only lets you buy two boxes at a "
    "time.",
    "Counting my pills to see if I'll have enough for the holiday. 28 left, should be fine "
    "till I'm back.",
    # clinicians at work
    "Anaesthetics rota is brutal this month. Propofol, intubate, extubate, repeat. Then home "
    "for bathtime.",
    "Night shift on ICU, three potassium infusions to check and a sepsis patient who finally "
    "turned a corner. Knackered but good.",
    "Pharmacy shift: counted out 28 days of diazepam for a patient and explained the dose "
    "twice. Home to make fish fingers.",
    "As a nurse I spend half my shift counting controlled drugs. Morphine count was off by 1ml "
    "and it was a rounding error. Paperwork hell.",
    # calm decisions, wills and affairs
    "I've made my decision and told him tonight. We're separating. Calm, sad, but I know it's "
    "right for me and the kids.",
    "Finally at peace with it: we're selling the house and moving closer to my mum. Feels right.",
    "Weirdly calm today. Signed the papers on the flat, goodbye to this place after 11 years.",
    "Got everything in order for my hysterectomy next week: freezer meals, school pickups "
    "sorted, passwords written down for Rob so he can pay the bills.",
    "Sorted all my affairs before surgery on Monday. Surgeon says it's routine, it just makes "
    "me feel organised.",
    "Ironing pile is so high I'm going to be buried under it and nobody will find me "
    "till spring 😂",
    "Wrote letters to each of the kids to open on their 18th birthdays. My mum did that for me "
    "and I treasured them.",
    # lists
    "Saturday: swimming 9am, sharpen the kitchen knives, buy rope for the tree swing, Lidl",
    "To do before holiday: pack the travel sickness pills for Evie, put the knives up high "
    "away from the toddler, post the letters",
    "Things to sort: Auntie Pat's funeral flowers, order of service, book the wake room, "
    "cancel her pension",
    # places
    "Walked out to the middle of the suspension bridge with the kids to look down at the "
    "gorge. Freya was terrified, Dan loved it.",
    "Went right to the edge of the cliff at Durdle Door for the best photo. Kids were on "
    "reins, don't worry.",
    "Last train home tonight, writing this on the platform, can't wait to see the girls.",
    # rows and children's words
    "Ex was shouting down the phone about custody again. Mediation is booked. Solicitor says "
    "we're fine.",
    "He grabbed the knife off the counter, to cut the birthday cake, because I'd forgotten the "
    "cake knife. Ha.",
    "Put the baby down in the cot and walked away for five minutes because she wouldn't stop "
    "screaming and I was losing it. Had a cuppa, came back calm. Health visitor said that's "
    "exactly right.",
    "My 4yo said I'm going to kill you mummy because I turned off Bluey. Then asked for a "
    "cuddle. Toddlers, man.",
    # food and the body
    "Threw up four times today, the norovirus has gone through the whole house. Not eaten "
    "since yesterday, sipping flat lemonade.",
    "Skipping breakfast on purpose, doing 16:8 intermittent fasting, down 4kg since January "
    "and feeling good.",
    "Day 3 of the Ramadan fast while breastfeeding, checked with the midwife first, drinking "
    "plenty after iftar.",
]
