"""The twenty-eighth crisis set (corpus/raw/crisis28.jsonl): wording families, near misses."""

from __future__ import annotations

CRISIS = [
    # the day named and things left in order (crisis.day_named)
    "i feel like i'm on a countdown. sunday is zero.",
    "Baby finally asleep. Wrote letters to both kids and put them in my bedside drawer. "
    "Tomorrow while they're at nursery is when.",
    "Im gonna do it after i drop the kids at school tmrw. already sorted who picks them up.",
    "I've decided. Sunday. The rest of this is just admin.",
    "I'm a mother of three and I'm finished. Today's the last school pick-up I'll do. I've "
    "asked my neighbour to grab them tomorrow.",
    "Mum of two, 38, and I've got a plan for Thursday when the house is empty. Just needed to"
    " write it somewhere that isn't my head.",
    "Wrote my will on a piece of paper and left it under the fruit bowl. Kettle's on. Last cuppa.",
    "Dear diary, this is the last one. Sorry for the mess. Mum, please take the cats.",
    "If anyone finds this, the dog needs feeding twice a day and the baby's red book is in "
    "the kitchen drawer.",
    # goodbyes and the wish said plainly (crisis.last_words)
    "Tell my girls I'm sorry I wasn't stronger. That's all I want written anywhere.",
    "Sorry I've been such a crap mum. Sorry I've been such a crap wife. Sorry to everyone. "
    "That's it.",
    "I'm so sorry little one. Mummy can't be your mummy anymore. Daddy will look after you better.",
    "I'm ready to meet Allah. I've asked for forgiveness. Please just let it be quick.",
    "I feel like a ghost already, I'm just waiting for my body to catch up",
    "Mate I'm not being funny but I've worked out it's cheaper if I'm dead. Funeral's less "
    "than the debt.",
    "Can't do another day. Not another nappy, not another feed, not another breath. I mean it"
    " literally.",
    "It's like being in a room with no doors and the only way out is to stop breathing.",
    "Week 34 and I keep praying the baby and I both don't make it through the birth. I don't "
    "want to be a mother, I don't want to be anything.",
    "the quiet thought has got loud. \"you'd be better dead.\" it's all day now, not just at night",
    "i literally cannot see a future where i'm alive at 30. not being dramatic. i've thought "
    "about how and when",
    # the place watched and the road (crisis.place_watched)
    "At the cliff top car park. It's windy. Been sat in the car an hour trying to decide "
    "whether to get out.",
    "I stood at the top of the multi-storey after Tesco for twenty minutes today. I only came"
    " down because Alfie started crying in the car.",
    "There's a spot on the motorway bridge near the services. I pull in there most nights "
    "after work and just look down.",
    "Been standing on the platform letting the fast trains go by and counting. Next one maybe.",
    "If I stopped the car on the level crossing and just waited, would it hurt. Asking "
    "because I keep nearly doing it on the way to Asda.",
    "Left my wedding ring on the bedside table. Took the car. Driving to the coast. Don't "
    "know if I'm coming back.",
    "Would be so easy to just step off the kerb when the lorry comes. Thought about it at the"
    " crossing with the buggy today and had to grip the handle.",
    "if i crash the car on the a-road on the way home from work it'd look like an accident "
    "and the life insurance would pay off the house",
    "I keep wanting to drive the whole family off the pier. Then nobody has to hurt any more."
    " I'm frightened I actually will.",
    # the means got and held (crisis.means_at_hand)
    "bought the rope today. told the bloke at b&q it was for the garden.",
    "Practised tying a knot with my dressing gown cord tonight. Put it back in the wardrobe. "
    "Still thinking about it.",
    "bro i have the whole bottle of my mum's sleeping pills in my hoodie pocket and my hands "
    "won't stop shaking",
    "Tonight I'll take the whole strip and just drift off. Kids are at their dad's. It's the "
    "only weekend it works.",
    "can't stop thinking about swallowing the batteries from the remote. stupid i know. but i"
    " keep holding them.",
    "Partner found the pills I'd been saving and flushed them. I'm furious. I'll just get "
    "more from the chemist tomorrow, two packs at a time.",
    # self-harm in plain acts (crisis.hurt_in_body)
    "I've been hitting my head against the wall when the baby won't settle. Bruise on my "
    "forehead, told my husband I walked into the cupboard.",
    "Hate myself so much I've been punching my thighs till they're black and blue. Tonight I "
    "want to go further.",
    "In the shower I scrub till I bleed. It's become every day. I feel like I deserve it.",
    "did the thing again w the compass from my sons pencil case. 6 lines. hes 8 and he asked "
    "why theres blood on the bathroom floor",
    # someone else going (crisis.others_going)
    'My husband came back from the pub and said he\'s going to "do it properly this time". '
    "He's in the shed and he's locked it.",
    "Partner's gone quiet for three days, just texted me \"look after the girls for me, you "
    "were always the better one\" and now his phone's off. I'm terrified.",
    'My friend from NCT group sent me a voice note tonight saying she\'s "going to the river" '
    "and she \"can't come back from this\". Her baby's eight weeks old. Location's off.",
    "he's threatening to jump if i don't take him back. he's on the roof of his flat right "
    "now and sent me a photo of the drop",
    "Dad's written \"see you on the other side\" in the family group chat and he's been "
    "drinking since noon. He's at the farm on his own with the guns.",
    "My teenage daughter left a note on her pillow saying sorry and she's not answering. Her "
    "bike's gone and so is the paracetamol.",
    "I've started to believe my children are in danger from me. I can't say why. Please "
    "someone take them for a while.",
]

NOT_CRISIS = [
    # quips, idioms, chores and diets
    "Lost the will to live in the queue at the post office. Forty minutes to return one parcel.",
    "Booked train tickets to Edinburgh for the conference. Only one left on Sunday is at 6am,"
    " kill me now.",
    '"I want to die" - me, after opening the nursery fees invoice for September.',
    "If I have to unload this dishwasher one more time I'm going to throw myself off the "
    "roof. Who puts a single spoon back in the drawer wet?",
    "I can't do this anymore. Keto, I mean. Day 12, dreaming about toast. Going back to "
    "normal food tomorrow.",
    "I'd rather die than go to another soft play birthday party. Seventh one this month. Send"
    " coffee.",
    "I'm literally going to jump out of the window if Peppa Pig comes on one more time.",
    'My teenage son says "kms" about literally everything: maths homework, the bus being '
    "late, running out of Monster. I asked him properly and he laughed, it's just how they "
    "talk.",
    # a past told as over, and others' stories told as topics
    "I was sure I'd never want to live through another winter after Dad died. This one's been"
    " hard but I've got my walks, my group, and my girls. Still here, on purpose.",
    "My 13yo wrote a poem for English about a girl who wants to disappear. I panicked, but I "
    "talked to her and her teacher and it's based on the book they're reading. She's "
    "genuinely okay, and proud of it.",
    "Son's school is doing a talk on mental health and self-harm for year 9. I'm glad they're"
    " talking about it openly.",
    "Found my old journal from when I was 16 and self-harming. Hard to read. I wish I could "
    "hug that girl. Donated to a youth helpline instead.",
    "The GP asked the standard questions, any thoughts of harming yourself or the baby? I "
    "said no and meant it. Just tired. Iron tablets prescribed.",
    "I used to think about dying every day. It's been eighteen months since I last did. "
    "Recovery is slow and boring and real.",
    "Tidying my mum's house after her funeral, found her old diaries. She'd written about "
    "wanting to die after I was born. She got help and lived another 40 happy years. Made me "
    "cry.",
    "A year ago tonight I was in A&E after an overdose. Today I'm cooking a roast for my "
    "family and my meds are sorted. Writing this so I remember how far I've come.",
    # days planned, papers and goodbyes that are not hers
    "Sorting out my affairs? More like sorting out my drawers. Three bin bags of odd socks to"
    " the charity shop.",
    "Wrote letters to both kids to open on their 18th birthdays and tucked them in their "
    "memory boxes. A friend from antenatal class suggested it and it was lovely.",
    "Our cat is being put to sleep tomorrow. She's 19 and it's her time. Kids have said their"
    " goodbyes.",
    "Finally got a date for the c-section: 14th March. Everything's planned, hospital bag "
    "packed, nappies stocked, freezer full. Counting down!",
    "Planned everything for Saturday: the date, the time, the guest list, the cake. Her "
    "surprise 40th is going to be perfect.",
    "Updated my will now baby number two is here, and sorted guardianship. Solicitor said "
    "everyone should. Ticked off the grown-up to-do list.",
    "Packed my bag for the hospital, knee surgery is tomorrow. Left the kids a list of who's "
    "picking them up each day.",
    "Writing my own eulogy as an exercise for my evening creative writing class. Surprisingly"
    " moving, made me want to live more fully.",
    "On a plane to see my sister, crying at the goodbye video the kids made me. Only gone "
    "four days, I'm ridiculous.",
    # high places, water, ropes and blades in ordinary days
    "Packed the climbing rope and harnesses for Saturday, first family bouldering trip. My "
    "12yo is already better than me.",
    "The bridge on the school run is closed for repairs so we're adding twenty minutes every "
    "morning. Ugh.",
    "Bought 10 metres of rope at the garden centre for the kids' rope swing. Husband's tying "
    "it to the oak this weekend.",
    "Stood on a glass and got a tiny cut on my heel. Bled all over the bath mat. Toddler "
    "thought it was the most exciting thing ever.",
    "Went up the Shard with the kids today, 72 floors, my youngest pressed his face to the "
    "glass. I'm terrified of heights but I did it!",
    "Putting the knives in the top cupboard now the baby's crawling. Childproofing is a "
    "full-time job.",
    "Went to the cliffs at the weekend with the kids and a picnic. So windy the crisps blew "
    "off the edge. Glorious day.",
    "bought a new razor for my legs since it's finally shorts weather. summer here i come",
    "Going to disappear for the weekend: phone off, spa, no kids, no husband. Don't bother "
    "texting. Back Monday, reborn.",
]
