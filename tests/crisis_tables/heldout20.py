"""The twentieth crisis set (corpus/raw/crisis20.jsonl): its wording families and near misses."""

from __future__ import annotations

CRISIS = [
    # an attempt survived and the next weighed (crisis.after_attempt)
    "Home from hospital and all I can think is that it should have worked.",
    "The nurse kept saying I was lucky. I failed at the only thing I'd planned properly.",
    "Out of A&E now. Just waiting for them to leave me alone so I can try again properly.",
    "Discharged yesterday and I still want to.",
    "Next time I'll add the painkillers.",
    "I don't think the dog will be enough next time.",
    # a future she doesn't plan to see (crisis.not_much_longer)
    "I'm not planning on seeing March.",
    "I don't think I'll see Christmas.",
    "Soon I won't be a burden to anyone.",
    "Two months since I've wanted to live.",
    "You haven't wanted to be alive for months.",
    "Can't do another winter of being me.",
    "I'm tired of trying to stay alive.",
    "I keep hoping my heart just stops.",
    # the way weighed or rehearsed (crisis.way_weighed)
    "Which bridge, which side. My head does it without asking.",
    "Looked up how many floors you need.",
    "Lay awake working out what would do it.",
    "Keep thinking about the meds cabinet at work and how nobody ever counts what's in it.",
    "Every night a little nearer to the railings.",
    "Stood at the window on the tenth floor longer than I need to.",
    "What if I just kept driving, past the turning, down to the quarry.",
    "A man on the bridge talked me down last night.",
    # the plan set (crisis.plan_set)
    "I've got enough now that it just kills me.",
    "Bought the rope. The kids are away Saturday, that's my window.",
    "It isn't depression any more, it's a plan.",
    "I've been saving them, not handing them in.",
    "Hope whoever finds me isn't the kids.",
    "Worked out who'd have the baby when I'm gone.",
    "Wrote my own obituary at lunch and made sure it's saved.",
    # the child in danger from her (crisis.child_from_her)
    "Somebody has to take the baby before I do something.",
    "I'm scared I could drop her on purpose.",
    "Too drunk to remember if I fed him.",
    "I'm not safe to be alone with the baby.",
    "If I'd stayed I would have hit her.",
    "We'd all be better in the river.",
    # eating, drinking and cutting past caring (crisis.body_given_up)
    "I'm trying to disappear completely.",
    "I'd rather starve myself to death than go back to hospital.",
    "Collapsed at work today and I don't want to stop.",
    "Drinking to black out every night now.",
    "Sat on the bedroom floor with the blade again.",
    "I cut yesterday.",
    # the voice that says to do it, and help turned away (crisis.inner_voice)
    "Just do it and let them mourn.",
    "You should just die. Nobody wants you.",
    "Tore up my safety plan.",
    "Rang the crisis line and hung up before anyone spoke.",
    "Pros of being dead: no more noise.",
    "I'd like to not be anyone.",
]

NOT_CRISIS = [
    # after_attempt
    "The new diet should have worked by now.",
    "I'll try the sourdough again properly tomorrow.",
    "I don't know if I'll stop next time at that cafe, it was dear.",
    # not_much_longer
    "I'm not planning on seeing him again after that date.",
    "I won't be around for half term, we're in Spain.",
    "Tired of trying to stay awake in meetings.",
    "Can't do another year of this commute.",
    "Can't keep waking up at five with the baby.",
    # way_weighed
    "Which floor, which lift? The hotel signs are hopeless.",
    "Working out what would do it for the red wine stain.",
    "Staring at the beam for ages deciding which paint to use on it.",
    "The builder talked me down from the price.",
    "Looking at the beam to see if it's rotten.",
    # plan_set
    "Nap time. That's my window for the gym.",
    "Collecting them, not recycling, the kids want the jars.",
    "The rope swing is still there after all these years.",
    "Things to sort before the holiday.",
    "It's always Dad who finds me in hide and seek.",
    # child_from_her
    "Someone needs to take her to football on Saturday.",
    "Left the bags there and walked away to get a trolley.",
    "We'd both be better off at the beach.",
    # body_given_up
    "Trying to disappear into a book this weekend.",
    "I'd rather starve than eat that canteen curry.",
    "The urge to snack doesn't go away after six.",
    "I cut last night's lasagne into squares.",
    # inner_voice
    "Just do it and let them moan about it later.",
    "Cancelled my counselling, I'm moving to Bristol.",
    "We had a fire drill and went through the safety plan at work.",
    # the context the set's false alarms asked for
    "We did suicide-prevention training at work today.",
    "Karaoke at the work do and there is video evidence. I wanted to vanish.",
    "Mum yelled my full name across the playground and I wanted to vanish.",
    "Tonight's the night. Season finale and a takeaway.",
    "The only thing keeping me going today is the coffee.",
]
