"""The thirty-sixth crisis set (corpus/raw/crisis36.jsonl): wording families, near misses."""

from __future__ import annotations

CRISIS = [
    # clinical and community shorthand, used of herself (crisis.clinical_words)
    "SH: scratched with a paperclip. SI: high. Safety plan: in the bin. CPN: on holiday. Me: "
    "out of reasons.",
    "I'm not using my safety plan. I've read it and I don't care what's on it. I've stopped "
    "wanting to be kept safe.",
    "SI check: active. Means: yes. Plan: yes. Timeline: after Friday's payday so the rent's "
    "covered. Writing it like a clinician because I can't feel it.",
    "urges are at 9/10 and the blades are in the sewing box. I've put it on the top shelf but I "
    "know exactly where it is",
    "SI is back at a 7/10 tonight. safety plan is on the fridge and I keep walking past it "
    "without reading it.",
    "Nurse at the 6 week check asked if I'd had thoughts of harming myself and I said no. I've "
    "had them every day. I've planned it around the feeding schedule.",
    "going to take a long nap tonight. the kind you don't wake up from. bought what I need at "
    "the chemist on the way back from nursery",
    "not be around much longer I think. sorry for being a downer in the chat lol. love you all x",
    # the passive wish that fate or the body would do it (crisis.fate_would_do_it)
    "Tbh I hope the cancer's back. I wouldn't have to be the one to do it then.",
    "I wish I could just fall asleep on the sofa and the house catch fire. Everyone else out, "
    "just me. That's the dream.",
    "kinda want a car to kill me not gonna lie. just a little one. enough for a long hospital "
    "stay or a forever one. either's fine",
    "I've started driving without my seatbelt on the motorway. Not to do anything. Just in case.",
    "39 weeks pregnant and I keep thinking I'd rather neither of us survived the birth. I don't "
    "want this baby to have me as a mother.",
    "I'm going to stop taking my insulin. Quietly. No one checks anyway.",
    "day 3 of not eating, the fridge is full for the kids and I'm just waiting. waiting to stop.",
    # prayers, verses and songs meant sincerely (crisis.faith_and_song)
    "I'm ready to go home to God. I've told Him so every night this week. I don't want to be in "
    "this house any more.",
    "Dear Lord take me tonight, I can't carry this any more. Look after my babies better than I "
    "have.",
    "Insha'Allah I won't wake tomorrow. I have asked Allah for it every night. I've done my wudu "
    "and I'm ready.",
    "My wife hasn't slept in four days since the baby and she just told me calmly that God told "
    "her the baby should go back to heaven. I'm scared for both of them.",
    "I keep reading Lady Lazarus and it feels like instructions, not poetry. I've tried once "
    "before and I think I'd do it properly this time.",
    "'Wake me up when it's all over' keeps playing in my head and I mean it literally. Except I "
    "don't want the waking up part. I've stopped setting an alarm for a reason.",
    # self-harm in its many forms (crisis.harm_many_ways)
    "hitting my head against the bathroom wall while the baby screamed. it's the only thing that "
    "makes the noise in me stop",
    "Been chewing the skin off my fingers till they bleed and now I'm doing my lips and I like "
    "the pain. I want more of it, worse.",
    "hairbands around my wrist so tight my fingers went blue, on purpose. It's the only relief "
    "I've had all week.",
    "Pinching the inside of my thighs until they're purple so the bruises don't show. Doing it "
    "after every feed now.",
    "SH update for my therapist log: burned with a lighter x3 on my hip, Tuesday and Thursday "
    "and tonight. Urge 8/10 now.",
    # danger inside a cheerful or calm update (crisis.calm_cover)
    "Gratitude list: 1. the sun came out 2. Maisie ate her peas 3. I wrote the letters for "
    "everyone tonight so they'll know it wasn't their fault",
    "Gratitude journal day 40: grateful for coffee, grateful the health visitor didn't notice, "
    "grateful that soon I won't have to pretend any of this.",
    "Just sorting my funeral playlist while the kids watch Bluey. Not for any particular reason. "
    "(there is a reason)",
    "Idk how to explain it. I'm not sad. I'm just finished. I'm getting everything in order this "
    "week so nobody has to after.",
    "hey can you keep my cat if anything happens. no reason. just want to know she'll be okay "
    "after this week",
    "you could just stop. you could just walk into the sea at the end of the road and stop. "
    "that's what my head says on the night feeds.",
    # the means and the places (crisis.means_and_edge)
    "My mum's old scarf is on the banister. I keep looking at it and thinking about it. About "
    "the banister, and whether it would hold.",
    "Walked to the viaduct today. Just to look. Stood there for an hour working out the height. "
    "Going back tomorrow without my phone.",
    "My brother rang me from the top of the multi-storey. He's still on the phone with me. I'm "
    "typing with one hand. I've rung the police from my husband's phone.",
    "I pulled onto the hard shoulder and got out and walked towards the traffic and then a lorry "
    "honked and I got back in. I'm home now but I'm not ok.",
    "postnatal depression is lying to me, I know it is. But today I believed it and I bought two "
    "packets from each of three shops.",
    "The postpartum doula thinks I'm bonding well. I'm not. I'm counting how many of my "
    "painkillers are left and whether it's enough.",
    "I'm standing on the car park roof at the shopping centre with the pram downstairs in the "
    "car. I don't know why I came up here.",
    "Found my husband's note on the kitchen table saying sorry and that he loved us. The van's "
    "gone. Police are on the phone. I can't breathe.",
]

NOT_CRISIS = [
    # shorthand used calmly or about someone else
    "Rated my anxiety a 3/10 at group today. Last year it was a 9. Progress.",
    "Urges out of ten tonight: chocolate 10, wine 7, phoning my mother 2.",
    "Wrote 'SI clinic' on the family calendar - it's the sports injury clinic for my knee. "
    "Husband went pale. Cleared that up fast.",
    "My safety plan worked last night - a wobbly evening, I rang my sister like it says, we "
    "watched rubbish telly on video call and I went to bed fine.",
    "Took a long nap this afternoon while the baby napped and I feel like a new person. Recommend.",
    "Husband's plan for the weekend: nap, football, nap. Mine: not be around anyone for 3 hours. "
    "I've booked a spa.",
    # passive phrases about ordinary things
    "Wouldn't mind if the plane was delayed a couple of hours tbh, then I could finish my book at "
    "the gate in peace.",
    "Hoping I don't wake up until the summer holidays are over. Six weeks. Wake me in September.",
    "The scan was clear! Cried in the car park. Not going to need the surgery after all.",
    "Nan asked to be DNR at her care plan review. She's 96 and clear-headed and wants comfort, "
    "not machines. We respect it.",
    # heaven, hymns and lyrics
    "In church today the hymn about going home made me think of my dad, in a good way. I like "
    "imagining him there.",
    "Praying for my neighbour in the hospice. She told me she's ready to meet her Maker and "
    "she's at peace. Took her soup.",
    "Screaming 'I want to break free' at the Queen tribute concert with my sister. Best night in "
    "years.",
    "'You could just stop,' said my therapist, about my people-pleasing. Stop saying yes to "
    "everything. Radical.",
    # skin, hair and bands as habits or accidents
    "Skin picking log: 3 good days, 1 slip while waiting for the bus. Therapist says slips are "
    "data, not failure.",
    "Bit my nails till they bled during the election results. Nervous habit. Bought some bitter "
    "polish.",
    "Got an elastic band round my wrist to snap when I want to check Instagram. Habit-breaking "
    "tip from a podcast. Works-ish.",
    "Burned my hand on the oven tray getting the fish fingers out. Third time this month. I need "
    "oven gloves without a hole in.",
    "Hit my head on the cupboard door again. I swear that kitchen is designed to take me out.",
    # gratitude lists and calm affairs
    "Gratitude list: hot coffee, the baby slept 5 hours, and my husband did the bins without "
    "being asked. Small wins.",
    "Sorted the life insurance and named a guardian for the kids this week. Feels weirdly calm to "
    "have it all in order.",
    "We've written letters for each of the kids to open on their 18th - lovely idea from my "
    "antenatal friend. Mine are full of terrible jokes.",
    # places and means, ordinary
    "Bought rope for the washing line and a new peg bag. Domestic goddess era.",
    "If I have to hear Baby Shark one more time I'll walk into the sea. Send help (and earplugs).",
    "Counted out the baby's Calpol doses on the chart so we don't double up in the night. Night "
    "3 of teething.",
    "Went to the top of the Shard with the kids! Ellie was terrified of the glass floor. I was "
    "too, if I'm honest.",
    # words as a topic (quiet by the new exclusions)
    "Samaritans volunteer training was intense - roleplays with suicidal callers all weekend. "
    "Starting on the lines in April.",
    "my friend in the group chat: 'I'm going to unalive my alarm clock'. same babe same",
    # more near misses: a funeral, a reading, brambles, a support group
    "Sang 'Nearer, my God, to Thee' at Gran's funeral. She's gone home now, like she always said "
    "she would. Peaceful end at 94.",
    "Read 'Stop all the clocks' at Grandad's funeral. My voice held. He'd have been proud.",
    "scratched my arm to shreds on the bramble bush getting the ball back. the things I do for "
    "this child.",
    "Joined a hair-pulling support group online. Nice to not feel like a weirdo. Down to twice a "
    "week from every day.",
]
