"""The twenty-sixth crisis set (corpus/raw/crisis26.jsonl): wording families, near misses."""

from __future__ import annotations

CRISIS = [
    # the day set and the after she won't be in (crisis.day_set)
    "Filled in the school trip form and thought, I won't be around by June anyway.",
    "By Thursday I'll be gone, and the bins will still need doing.",
    "After Friday there'll be nobody here to feed the fish, so I've asked next door.",
    "I've picked the date.",
    "Lay awake working out which night next month to end it.",
    "Saturday night I'm ending it. The house will be empty.",
    "Stopped the gym membership. No intention of living to the renewal.",
    "The kids are at their gran's on the 9th, and that's when I'll do it.",
    # the means got ready and looked at (crisis.means_set)
    "Drove to the woods after work. I've got everything I need.",
    "Been saving the sleeping tablets for weeks and there are enough now.",
    "Kept the old prescription in a drawer and I've been counting them, for me.",
    "Bought the rope at the hardware shop on my lunch break.",
    "Spent an hour looking at the extension cable for a long time again tonight.",
    "The beam in the garage is solid. I keep wondering if it would hold me.",
    # the place and the way there, no way back (crisis.place_no_return)
    "Parked at the reservoir and I won't be driving home.",
    "Bought a single to Penzance. I didn't buy a return.",
    "There's a headland up north, the one place you don't come back from.",
    "Booked the B&B where I'll finally stop.",
    "Stood on the bridge for an hour and I'm going to step off.",
    "Picked the cottage with no neighbours, nobody close enough to stop me.",
    # the wish said calmly, formally or to God, and the how (crisis.calm_wish)
    "I would be grateful, on the whole, to die quite soon.",
    "I have resolved to bring my life to an end this spring.",
    "I'd sooner be dead, and I've already worked out how.",
    "Told the vicar I'd be going to God early, and I meant it.",
    "If the baby goes, I go too.",
    "After the accident I decided I shouldn't be allowed to live.",
    "Can't carry on now he's gone.",
    "The life insurance only pays out one way, and that's the better way for them.",
    # self-harm in the body's words or a report's (crisis.hurt_told)
    "The urge to pick at the scar kept building all day and at midnight I gave in.",
    "Old scar on my wrist, and tonight I reopened it with a pin.",
    "Those are marks on my arms and I made them myself last weekend.",
    "Picked up the razor again after a year.",
    "Log: cut right forearm, twice. Told no one.",
    # the word left and others at risk (crisis.left_word)
    "Saved a folder of photos for when they find me.",
    "Sent my sister a card. She'll know on Sunday, when the police ring.",
    "Left a note for Dan saying it is not his fault.",
    "He told his mates he'll do it after the holidays and he said how.",
    "I wanted to shake the screaming baby hard and I had to walk away.",
]

NOT_CRISIS = [
    # the day set and the after she won't be in
    "I won't be around on Tuesday, I'm at my sister's.",
    "We picked the date for the wedding, June the 9th!",
    "Friday night I'm ending it with him, he's been cheating.",
    "Calendar entry that says 'END' in red. End of term at last.",
    "By Thursday I'll have done it, the tax return is nearly finished.",
    # the means got ready and looked at
    "Bought the rope for the tree swing, the kids are thrilled.",
    "She'd been saving it for me, the last slice of cake.",
    "The new shelf bracket will hold the weight of the books.",
    "Packed for the trip. Passport, charger, snacks, everything sorted.",
    # the place and the way there, no way back
    "I'm going to step off the bus at York and get a taxi.",
    "Moved to Spain ten years ago and we don't plan to come back.",
    "The river path is lovely, we walked it twice.",
    "Booked a one-way ticket to Lisbon for the new job.",
    # the wish said calmly, formally or to God, and the how
    "I'd sooner walk than wait for the bus, and I've worked out how.",
    "It would be a relief not to wake at five tomorrow, the clocks change.",
    "If she goes to the party, I'll go too.",
    "Nobody's allowed to live in the spare room while the ceiling's down.",
    # self-harm in the body's words or a report's
    "Opened the parcel with the kitchen scissors and cut the cable tie.",
    "The caesarean scar is healing well, the midwife says.",
    "Picked up the razor and shaved my legs for the first time since June.",
    # the word left and others at risk
    "He'll do it after his exams, he said, the driving test.",
    "Left a note for the milkman saying two pints please.",
    "Shook the rug out hard on the back step.",
    # and more of the same words in ordinary days
    "Cancelled the veg box while we're away, we won't be here to eat it till the 20th.",
    "Properly tired after the night feeds, but the baby's thriving.",
    "The old cord on the blind finally snapped, ordered a new one.",
    "Counted the party bags twice, there are enough for the whole class.",
    "Walked up to the top of the fell with the dog and came down for tea.",
    "Grandma says if the weather holds, she'll come too.",
    "Wrote a one-star review of the hotel, the shower was cold.",
    "The appraisal is on Monday and I've got all the notes I need.",
    "Nothing left for me to do at work today, so I'm going home early.",
]
