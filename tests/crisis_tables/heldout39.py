"""The thirty-ninth crisis set (corpus/raw/crisis39.jsonl): wording families, near misses."""

from __future__ import annotations

CRISIS = [
    # short lines and fragments, time and counting (crisis.few_words)
    "tonight i think",
    "one more week then.",
    "Everything in me says tonight. I'm starting to listen.",
    "I feel so light now I've decided",
    "told myself if it's not better by the end of the month I'd end it. it's the 28th.",
    "14 days till his birthday. I'll stay for that and then I'll end it",
    "counting down. 9 more sleeps and then no more of me",
    "cant do tomorrow. wont.",
    "done. so done. no more mornings",
    "nappies, bottles, emails. then bed and I'm not setting an alarm because I won't need one "
    "ever again",
    "ready to go. letters written.",
    "everyone better off if I die. truly. sorting it this weekend",
    "nobody would notice I was dead for days. thats the plan",
    "i just want to not be",
    # what she has stopped doing, given away or tidied for after (crisis.last_jobs)
    "wrote out the kids' routines and stuck them in the kitchen drawer. bedtimes, allergies, "
    "which cup. for whoever.",
    "Replied to all my work emails tonight. Cleared my inbox. Left my manager a note with where "
    "everything is. Won't be needed.",
    'Closed my laptop, set my out of office to "indefinitely" and left no return date. I meant it.',
    "I've stopped feeding myself. the baby gets fed. I don't see the point in me anymore.",
    "Sorted the freezer, labelled every meal with a date. Enough for a month without me. That's "
    "the last job.",
    "keys to the quad bike and the gun safe on the table for Tom. letter under them.",
    "gave my wedding ring to my daughter and told her to keep it safe forever. she looked "
    "confused. she'll understand later.",
    "told him to look after them. he said why. I said just in case. I meant tonight.",
    # to herself as "you", to God, her dead mother or the baby (crisis.spoken_to)
    "you should just go. they'd be fine. better even.",
    "you're a burden. you know you should be dead. stop putting it off.",
    "Stop being a coward and jump tonight.",
    "Dear Jesus, I am so sorry. Please look after my boys when I'm gone tonight.",
    "Mum I'm coming to find you. wait for me by the gate like you used to",
    "Bhagwan mujhe utha lo. I mean it, I'm asking you to take me.",
    "Mam, I'll be dead soon and with you. I've had enough of here.",
    "little one I'm sorry. daddy will do better than me. I won't be around to mess you up",
    "please come get the kids. I can't be trusted with me tonight.",
    "I hope I die in labour. honestly. less for everyone to deal with",
    # the body and the way (crisis.body_on_purpose)
    "stopped my insulin on Sunday so I'll die quietly. nobody's noticed.",
    "haven't taken my lithium for a week. on purpose. I want to see if it kills me",
    'my mum (72) has stopped taking her meds and told me she\'s "ready to go to dad". she means it',
    "went out in the snow in just a t-shirt and lay down in the field to die. husband found me",
    "stepped out onto the dual carriageway today. a car swerved. I was disappointed not to be dead",
    "wee one's with my mam tonight. I'm away up the bridge to jump after",
    "Nurse here. I know exactly which ones and how much would kill me. That's the problem. Been "
    "pocketing the wastage.",
    "bit my hand so hard it's purple. the toddler asked what happened",
    # risk to the baby said sideways (crisis.baby_sideways)
    "I stand at the top of the stairs with her and think how easy it would be. I don't want "
    "help, I want it to stop",
    "I keep picturing the bath. her in it. me not pulling her out.",
    "put him down in the cot and walked out of the house because of what I might do if I stayed",
    "when she screams I hold the pillow and think about it. I'm scared it's not just thinking "
    "anymore",
    "if I die I'm taking her with me. she won't have to grow up without me",
    # online and gaming words, a child's plain signs (crisis.online_words)
    "gg everyone. logging off for good. thanks for the runs lads",
    "ctrl alt delete me please. tonight",
    "touched grass, touching the tracks next",
    'my son\'s discord name changed to "last day" and his friends are messaging me scared',
]

NOT_CRISIS = [
    # countdowns and short lines about ordinary things (crisis.few_words)
    "one more week then half term. hold on.",
    "12 more sleeps till Cornwall then I can stop",
    "counting down the days. 9 to go until my last shift before maternity leave",
    "I'll hold on till Friday then it's wine and the sofa",
    "I'm so done with today. Bath, book, bed.",
    # things given away, stopped or written down for ordinary reasons (crisis.last_jobs)
    "wrote out the kids' routines for the new childminder - bedtime, allergies, which cup",
    "left my manager a note with where everything is because I start mat leave tomorrow!",
    "out of office till the 14th. Greece!",
    "Sorted the freezer and labelled every meal. Enough for a month while I recover from my op.",
    "gave the dog's spare bed and all the baby stuff to my sister, we're moving to a flat and "
    "there's no room",
    "giving away my plants before we emigrate. Perth here we come",
    "put the passwords and insurance papers in an envelope for Dave, he's doing the admin while "
    "I'm in hospital having the baby",
    # prayers of tiredness and words to the dead (crisis.spoken_to)
    "God please let him sleep past 5. amen",
    "Ya Allah, grant me patience with these three today.",
    "Dear Jesus, I'm so tired. Hold me up tomorrow. Thank you for my girls.",
    "Lord give me strength for one more night feed. I don't want to go anywhere, I just want to "
    "sleep",
    "Mum, I wish you were here to tell me what to do about his colic. Miss you every night.",
    # medicines stopped with the doctor, the road, the water (crisis.body_on_purpose)
    "GP and I are tapering my citalopram over 8 weeks. week 3, feeling okay",
    "stopped my meds today - last day of the antibiotics course. throat's better.",
    "Old me would've skipped her insulin to punish herself. New me set three alarms and took it "
    "on time.",
    "walked into traffic cones at the roadworks while scrolling. bruised shin, bruised pride",
    "we're jumping off the harbour wall this afternoon, the kids have been begging all week",
    "Nurse here, counted the controlled drugs with my colleague at handover. all correct, signed "
    "off.",
    # intrusive thoughts told calmly with help in place (crisis.baby_sideways)
    "I keep picturing the bath going wrong so I never leave her for a second. Told the GP, got "
    "referred, already feeling lighter",
    "had the bath thought again, the intrusive one where I picture her going under. told my "
    "health visitor like she said to. it's OCD not a wish, and it passed.",
    # games and a teen's words checked and safe (crisis.online_words)
    "respawned 12 times, finally beat the level during nap time",
    "afk for a bit, school run",
    "gg lads, logging off, baby's awake",
    "my son unalived me in Fortnite and did a victory dance in the lounge",
    "kms this boss fight. elden ring is not for mums with 20 free minutes",
    "found a note in my son's bag that said \"this is my last day\" - it's his last day at "
    "primary. he's written them all cards.",
    "Ben said \"I won't be here next year\" - he means he's moving to his dad's for sixth form. "
    "we've known for months. still got me in the throat.",
]
