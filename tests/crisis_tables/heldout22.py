"""The twenty-second crisis set (corpus/raw/crisis22.jsonl): wording families, near misses."""

from __future__ import annotations

CRISIS = [
    # the means held, counted, or drunk towards (crisis.means_in_hand)
    "Sat on the landing with the blade in my hand for an hour.",
    "I've counted the knives twice and I'm picking which one.",
    "The dog worming tablets aren't for the dog, they're for me.",
    "I've got the means now, I just need the courage.",
    "Drank till I didn't care if I woke up.",
    "Took loads of pills on purpose and I don't want help.",
    "I'm drinking until I'm brave enough.",
    "Cut again last night, deeper this time.",
    # wanting herself to stop (crisis.wanting_to_stop)
    "I don't want the pain to stop, I'm asking for me to stop.",
    "Someone should pull the plug on me.",
    "The answer is me being gone.",
    "I'm jealous of people who died in their sleep.",
    "Night all, hopefully not a good morning for me.",
    "Every day I wake up and I'm angry that I did.",
    "I'll end it. Not him. Me.",
    # the time fixed and the way worked out (crisis.time_and_way_set)
    "Kids to their gran's on Friday. Friday's when.",
    "When the dog goes, I go.",
    "I know where I'd go to do it.",
    "I'm 39 and I don't intend to be 40.",
    "Stood at the bedroom window wondering if it's high enough.",
    "I imagine lying in the bath and going under and never coming up.",
    "I've sorted the paperwork so nobody's left with a mess when I'm gone.",
    # someone else at risk, or a child in danger from her (crisis.others_in_danger)
    "My son said he's not doing this anymore, I mean it this time.",
    "Mum keeps telling me she'll be joining my dad soon.",
    "Found her search history: how to die quickly.",
    "I threw a mug near her head this morning.",
    "I honestly don't know what I'll do to the baby if she doesn't stop.",
    "I keep thinking about going and taking her with me.",
    "Leaned over the edge of the bridge and thought I could just let go.",
    "The kids would be better off if I took them with me.",
]

NOT_CRISIS = [
    # the means held, counted, or drunk towards
    "Holding the razor to shave my legs in the bath.",
    "I know exactly how many sleeps there are until Christmas.",
    "Drinking to get brave enough to ask him out.",
    "The treats aren't for the dog, they're for the kids.",
    # wanting herself to stop
    "The old laptop went dark for good last week.",
    "I'm jealous of her new kitchen.",
    "The answer is the blue paint, not the grey.",
    # the time fixed and the way worked out
    "When the film ends, I go to bed.",
    "Is the shelf high enough for the vase?",
    "I don't plan to be 40 and still renting.",
    "That's when the bus comes, about ten past.",
    # someone else at risk, or a child in danger from her
    "I don't know what I'll do without him when he goes to uni.",
    "Taking him with me to the shops this afternoon.",
    "I'm not doing this commute anymore, I've handed in my notice.",
    "Staring at the razor aisle trying to pick one for Dad.",
    "Sat with the blade guard off the mower, cleaning it.",
    "I know exactly how many biscuits are left in the tin.",
    "Counted the knives in the drawer after the dinner party.",
    "Drank until I didn't care about the washing up.",
    "The root of the problem is the boiler.",
    "I'd love to terminate my phone contract.",
    "We pulled the plug on the old freezer.",
    "Game over for my tomatoes, the slugs won.",
    "When she goes to bed, I go for a bath.",
    "Found somewhere quiet to read on the train.",
    "Getting everything ready for the school trip tomorrow.",
    "Looking over the edge of the pool for her goggles.",
    "She asked me where I'd put the spare batteries.",
    "Threw the ball near his head and he laughed.",
    "The last meal I'll cook before the holiday is a curry.",
]
