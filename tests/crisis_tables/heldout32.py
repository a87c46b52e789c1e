"""The thirty-second crisis set (corpus/raw/crisis32.jsonl): wording families, near misses."""

from __future__ import annotations

CRISIS = [
    # what she has stopped doing, and the waiting (crisis.stopped_caring)
    "Stopped going to the food bank, stopped answering the housing officer, stopped opening the "
    "curtains. I'm just waiting to be let off.",
    "I've stopped replying to anyone. I've stopped eating. I've stopped brushing my teeth. I'm "
    "just lying here waiting to die.",
    "Haven't eaten since Tuesday. Not trying to lose weight, I just don't think I deserve to keep "
    "going and this is the slow way.",
    "Didn't go to my mental health review. Didn't collect my prescription. Didn't answer when the "
    "nurse rang. I've stopped letting anyone help.",
    "Cancelled all my appointments, deleted my socials, rehomed the cat with my neighbour. Feels "
    "very final. It is.",
    "She tells the health visitor she's sleeping and eating. She isn't doing either. She's giving "
    "herself until the end of the month.",
    "I haven't taken my lithium in nine days. I'm hoping it all comes crashing down and takes me "
    "with it.",
    "Third trimester and I keep wishing I'll die giving birth. Like actually hoping. Planning not "
    "to tell the midwife.",
    "Told my sister I'm fine. Cancelled the health visitor. Turned my phone off. Easier if "
    "nobody's expecting me to be around next week.",
    "Stopped eating properly months ago, now not at all. Stopped the antipsychotics. Stopped the "
    "calls with the crisis team. I'm letting myself die.",
    # the heights, edges, water and roads she now notices (crisis.noticing_the_drop)
    "She notices the bridge on the way to the hospital car park every single time now. She counts "
    "how many seconds the fall would take. She hasn't told anyone.",
    "Can't stop thinking about the top floor of the multi-storey by my work. I went up at lunch "
    "today to see if the jump would be high enough.",
    "I've started noticing how high the balconies are in every building I go into. How far down. "
    "Which ones have glass and which ones just have railings.",
    "Parked on level 6 of the hospital car park after his appointment and sat by the edge for "
    "twenty minutes. I didn't go over but I wanted to. He's autistic and nonverbal and I am so "
    "tired.",
    "Just spent an hour at the edge of the quarry with the dog. The dog came home. I nearly "
    "didn't.",
    "My daughter is in a young offenders unit and I can't cope with the visits. I drove past the "
    "quarry on the way home and nearly turned in and kept going.",
    "I bought a one-way ticket to Beachy Head today. The train's at 7. I'm writing this at the "
    "station.",
    "I haven't slept in four days and I keep hearing that I need to go to the river. I've got my "
    "shoes on.",
    'Teen daughter: "If you send me back to that school I\'ll jump off the roof, I mean it." '
    "She's already been up on the roof of the flats twice this week.",
    "Keep thinking, if I just stopped my car on the level crossing. That's it. That's the "
    "thought. It comes every morning on the school run.",
    "I stood in the middle of the road at 2am and waited for a car. One swerved. I came home and "
    "did the night feed like nothing happened.",
    "Every lorry on the motorway looks like a way out now. I grip the wheel so I don't swerve. "
    "The baby's in the back and I'm still thinking it.",
    "Husband deployed, two under three, and I keep driving faster on the A road hoping I crash "
    "and die. Not even scared of it anymore, that's what scares me.",
    "I can't breathe, I can't stop crying, I've been standing on the chair in the garage for ten "
    "minutes and I don't know how I got here.",
    "Mate I'm not ok. Been sitting in the ute at the servo for an hour with the hose in the back. "
    "Kids think I'm at work.",
    "Honestly I'm no coping. Been sat in the car at the loch since the bairns went to school and "
    "I'm no wanting to go back. Got the pills wi' me.",
    # the means gathered, counted and in hand (crisis.means_gathered)
    "Beta blockers, paracetamol, the codeine from my c-section. I've put them all in one bag. I "
    "don't know what I'm doing with it yet.",
    "you keep telling yourself you're fine but you've been looking at the paracetamol in the "
    "cupboard for three nights running and working out how many there are",
    "You wouldn't think a woman buying Calpol and Lemsip at 10pm was planning anything. You'd be "
    "wrong. I have enough now.",
    "I'm taking the whole bottle tonight. I'm sorry.",
    "I can't stop looking at the bleach under the sink. I moved it up high so the kids can't "
    "reach, but I keep thinking about drinking it myself so I die.",
    "My husband keeps my tablets locked up since last time. Tonight I found the key. I've got "
    "them in my hand.",
    "Last week I counted the pills. Tonight I put them in a cup. Just seeing if I could. I could.",
    "Going to bed with a plastic bag in my drawer. Don't know if I'll use it. Writing so there's "
    "a record.",
    # the decision, the how and the day (crisis.how_and_when)
    "my whole body wants to stop. i've researched how. i've picked the place. i just have to wait "
    "for the kids to be at school.",
    "Dark joke of the day: at least if I'm dead I won't have to do the Year 6 bake sale. Except "
    "I'm not really joking and I've sorted out how.",
    "Gonna be honest with this thing since I can't be with anyone else: I've got a date. The "
    "14th. After his birthday so I don't ruin it.",
    "Ammi keeps asking why I'm so quiet. How do I tell her I've made up my mind to go and I'm "
    "only waiting for Eid to pass so I don't ruin it.",
    "Kids at their dad's this weekend. Perfect time to end it. Don't try to talk me out of it, "
    "I'm only writing this so it's written somewhere.",
    "Just want everything to go quiet. I've got the quiet planned for Sunday.",
    "Please God let this be the last Christmas I have to fake. It will be. I've decided.",
    "I'm just so tired of being me. I'd like to stop. Permanently. Not in a spa-weekend way.",
    "Temple this morning, lit a lamp and asked for forgiveness for what I'm going to do. "
    "Everything is arranged. Appa will look after the children.",
    "im going to stop being a problem for everyone. tonight. ive left the back door unlocked so "
    "my sister can get in tomorrow",
    # herself spoken of as dead at a time to come (crisis.dead_by_then)
    "Sat in church during the christening and all I could think was this is the last time I'll be "
    "in this building alive.",
    "I'm going to be dead before her first birthday. I've bought her present and wrapped it and "
    "hidden it with a card for my husband.",
    "I'm writing out the next month's meal plans for my husband because I'll be dead and he'll "
    "need them.",
    "Still thinking about it. Still got them. Still here for now. \"Please don't let me be here "
    'tomorrow" is what I prayed tonight.',
    "I've decided I'm not going to reach 40. That gives me eight months. I've started getting "
    "things in order.",
    "Genuinely don't think I'll see Friday. Don't know why I'm writing it here instead of telling "
    "someone.",
    "Night feed, 4am. I'm holding her and thinking she deserves a mum who isn't me and the "
    "cleanest way to give her one is if I die.",
    # a child in danger from her (crisis.baby_not_safe)
    "Mum of a disabled daughter here. If I go, she goes into care anyway. Some nights I think "
    "about killing us both. I would never. But the thought keeps coming and it's getting louder.",
    "The baby won't stop and I've started shouting right in her face and squeezing too hard. I "
    "need someone to take her before I do something I can't undo.",
]

NOT_CRISIS = [
    # what she has stopped doing, said of a routine, a diet or a move (crisis.stopped_caring)
    "Stopped answering my phone after 8pm. Boundaries! Work can wait until morning.",
    "I've stopped eating after 7pm and stopped answering work emails on weekends. Best two "
    "decisions of the year.",
    "Stopped taking the pill because we're trying for number two. Fingers crossed.",
    "Mum stopped taking her statins because of the leg cramps, so the GP's switched her to a "
    "different one. Nagging her to actually take it.",
    "Deleted my socials and rehomed the cat with my neighbour. We're moving to Dubai for his job "
    "and the cat can't fly. Feels very final but exciting.",
    # heights, edges, water and roads on an ordinary day (crisis.noticing_the_drop)
    'Looked down from the Sky Garden and got that weird "call of the void" feeling. Googled it '
    "after, apparently really common. Stepped back, had a gin, lovely afternoon.",
    "At the top of the lighthouse with the kids, the wind nearly took my hat over the rail. "
    "Thrilling and terrifying.",
    "Took the kids up the Shard. I hate heights but didn't want to pass it on, so I held onto the "
    "railing the whole time and smiled.",
    "Hospital car park again for his physio. Level 6 is always the only free space. My calves are "
    "getting a workout on those stairs.",
    "Holiday let has a cliff path at the bottom of the garden. Kids are NOT allowed down there "
    "without us. Gorgeous sunsets though.",
    "Bought a one-way ticket to Edinburgh. My sister's driving me back after the weekend. Girls' "
    "trip, first since the kids.",
    "Aussie mum life: ute broke down at the servo on the way to footy, kids ate a pie each, "
    "husband turned up with jumper leads. Classic Saturday.",
    "My toddler keeps climbing onto the windowsill. Window restrictors fitted today. Heart attack "
    "averted.",
    # tablets and bleach counted or set out for the family (crisis.means_gathered)
    "Packed a whole box of antihistamines for the holiday. Cornish pollen is no joke. One a day.",
    "Moved the bleach and tablets into a high locked cupboard because the toddler has learned to "
    "climb. Childproofing round 3.",
    "Lined all my supplements up on the counter so I remember them: iron, vitamin D, folic acid. "
    "Pregnancy brain is real.",
    "Counting out the kids' Calpol doses on a chart on the fridge because I keep forgetting who "
    "had what when. Chickenpox week.",
    "Bought two packs of painkillers at the supermarket and the cashier asked if I was okay. Yes "
    "love, it's my period and I've got three kids.",
    "Paracetamol and ibuprofen alternating every 4 hours for my fever. Set alarms so I don't "
    "double up.",
    # plans for a weekend, an evening, a week away (crisis.how_and_when)
    "Kids at their dad's this weekend. Perfect time to binge the whole series and eat crisps in "
    "bed.",
    "Tonight's plan: the kids go down at 7, I eat the chocolate I hid, and nobody asks me for "
    "anything until morning.",
    'The "leave meeting" button on Teams is my favourite button. Friday 5pm, mic off, end it, '
    "done.",
    "Writing out the week's meal plan for my husband because I'm away at a conference. Three "
    "days, he'll survive. Probably on cereal.",
    # dead in a quip or of someone else (crisis.dead_by_then)
    "Grandma keeps saying \"I'll be dead before they fix that road.\" She's said it for 15 years. "
    "She's 94 and will outlive us all.",
    "Teething is going to finish me off. Four teeth at once. Whoever designed babies had a sense "
    "of humour.",
    "Granddad says he's \"ready to go\" every time we visit, then asks what's for pudding. He's "
    "97 and sharp as a tack.",
    # a baby or child kept safe (crisis.baby_not_safe)
    "The baby screamed for three hours so I put her safely in the cot and went outside for five "
    "minutes to breathe, like the health visitor said. Came back calm. It worked.",
    "Put the baby in the bath seat and turned for one second to grab the towel, heart in mouth. "
    "Never again. She was fine, splashing away.",
    "The toddler is trying to kill me. Today he threw a wooden train at my face at 5am.",
    # quips, past crises told as over and topics, quiet by narrow exclusions
    "Everyone would be better off if I didn't cook tonight. Ordering pizza.",
    'My daughter screamed "I wish I was never born" because I took her tablet away. She was '
    "back on Roblox laughing twenty minutes later.",
    "Standing at the school gate in the rain thinking I can't do this anymore. The WhatsApp "
    'group, the costume days, the "quick reminder" emails. Resigning from the PTA tonight.',
    "Keto day 4. I could murder a slice of toast. I can't do this anymore, pasta tonight.",
    '"I can\'t do this anymore," I told my boss today, and handed in my notice. Best feeling ever.',
    "Last winter I stood on the bridge by the river and thought about not going home. I rang the "
    "crisis line that night and got help. A year on, I walk over that bridge with my son to "
    "nursery and it's just a bridge.",
    "Ran the Great North Run for the charity that supported us after my cousin's suicide. Raised "
    "£1,200. Legs are dead.",
    "When I had postnatal psychosis with my first I had thoughts of hurting the baby. That was "
    "seven years ago and treatment worked. Baby number two is here, I'm well, and my perinatal "
    "team has a plan in place.",
    "Five years ago I was in a psych ward after trying to take my own life. Today I ran the egg "
    "and spoon race at my daughter's sports day. I'm safe and I'm so proud of where I am.",
    "Last year I wrote goodbye letters and planned how I'd go. This year I wrote a thank-you card "
    "to the nurse who sat with me in A&E that night. I'm here and I want to be.",
    "My teenage son's playlist is all songs about wanting to die and I panicked until I realised "
    "it's the same emo I had in 2006. We had a proper chat anyway and he's genuinely fine.",
    "My 15 year old told me last spring she'd been self-harming. We got her into CAMHS and she's "
    "doing well, nothing since March. Writing it down to remember how far she's come.",
    "Standing on the edge of the platform waiting for the 7.42 and a pigeon landed on my head. "
    "Great start to Monday.",
]
