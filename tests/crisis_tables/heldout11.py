"""The eleventh crisis set (corpus/raw/crisis11.jsonl): its wording families and near misses."""

from __future__ import annotations

CRISIS = [
    # wanting to be gone or dead, typed fast or said another way (crisis.gone_said)
    "honestly dont wnat to be alive any more",
    "I'm no wantin tae live nae mair.",
    "Good mothers don't want to disappear before the baby's first birthday. I do.",
    "I'm so tired of this life. The world has moved on without me.",
    "Wanted it all to stop, my heart included.",
    "Some nights I wish I could just fade out, like a song at the end of the tape.",
    "Thinking about tapping out for good.",
    "Can somebody give me one reason why I shouldn't end it all.",
    "Her big brother wants tae kill himsel, he told the guidance teacher.",
    # wanting to join someone who has died (crisis.gone_joining)
    "All I want is to be buried beside my mam. The sooner the better.",
    "I'll be with Dad again soon. He died when I was twelve and I'm so tired.",
    "Since Pete died I wish to go too, and I've thought about doing it by my own hand.",
    # others better off with her gone (crisis.gone_lighter)
    "Honestly the kids would be happier without me.",
    "This house will be calmer the minute I'm dead.",
    "The girls would manage if I wasn't in the picture at all.",
    "Crossing myself off the books would fix the money for all of them.",
    "It'd be a mercy to them all if I could just slip away, quietly.",
    # what she meant, or a fatal end welcome (crisis.gone_meant)
    "I said I needed to go and I meant the bridge, not the bathroom.",
    "I want out. Of living, I mean.",
    "If the biopsy comes back malignant I'd honestly be relieved.",
    # last jobs, arrangements and goodbyes (crisis.ready_last)
    "A month of meals in the freezer for them. My last job is done.",
    "I've made the decision and I won't go on.",
    (
        "Phoned my brother just to hear his voice one last time. He didn't know that's what "
        "the call was."
    ),
    "Nan's having the kids tonight. I won't be coming back for them.",
    "I feel settled now that I've decided.",
    "Said a final goodbye to the cat this morning. She knew.",
    "Cancelled my smear. No point going.",
    "Wrote the passwords down for him and left them in the drawer. Sunday's the night.",
    # the means looked up, handled, tested or stood with (crisis.means_handled)
    "There's a rope in the loft and I think about it all the time.",
    "Spent the evening looking at the rafters and wondering if they'd hold my weight.",
    "How many of my citalopram would it take to do it",
    "Sat on the bathroom floor with the pills for hours.",
    "Searched how long it takes for a body to be found in a flat.",
    # nearly going over, or deciding at the edge (crisis.edge_nearly)
    "Came close to throwing myself off the flyover on the way home.",
    "Sat in the car park trying to decide whether to go home or drive to the bridge.",
    "Stood on the balcony with one leg over the railing for a long time.",
    "Walked along the river and thought how peaceful it would be under the water.",
    # thoughts and pictures of harm to the baby (crisis.child_thoughts)
    "I keep getting images of his tiny neck and my hands.",
    "Had a flash of pushing her under at bathtime and I had to get out of the room.",
    "I'm having knife thoughts whenever I hold her.",
    "An urge at the top of the road to just let go of the buggy.",
    # hurting or punishing her own body (crisis.body_again)
    "Starving myself is how I punish myself when I shout at them.",
    "Banged my head against the door till it bled, it helps.",
    "keep wanting to hurt myslf",
    "Clean 90 days and now back to day one.",
    "Little cuts. Nobody sees.",
    # someone close in danger, threats and weapons (crisis.close_alarm)
    "My partner threatened me with a hammer in front of the kids.",
    "My niece says she's going to do it tonight and made me promise not to tell.",
    "Got a text from Dad saying sorry for everything. He isn't answering now.",
    "He left a message saying he's driving to the cliffs and that he loves us.",
    "Her ex said she won't live to see her next birthday.",
    # a mind unwell, with danger and orders (crisis.mind_orders)
    "The formula is poisoned, I can taste it.",
    "The TV keeps telling me the baby is in danger and only I can stop it.",
    "The only way to keep them safe is to take them somewhere nobody can follow. Forever.",
]

NOT_CRISIS = [
    # gone_said
    "I don't wanna be here at the school run tomorrow, it's chaos.",
    "Everyone had a second slice of cake, me included.",
    "Wish I could fade out of this meeting and into my bed.",
    "I'm tapping out of the group chat for the weekend.",
    "So tired of this life of packed lunches and lost socks.",
    "I don't have a reason left to stay at that job.",
    # gone_joining
    "Planted the bulbs in the ground next to Dad's roses.",
    "Going to see Nan soon, she's been gone to Spain for a month.",
    "This scarf was knitted by my own hand, first one I've finished.",
    # gone_lighter
    "They'll be fine without me this weekend, their dad's got it.",
    "The house is calmer when I'm gone to work, the kids nap better.",
    "Taking myself out of the picture for an afternoon to get my nails done.",
    "I'm going to bow out of the committee before the AGM.",
    # gone_meant
    "I meant the roof of the shed, not the house.",
    "If the test comes back negative I'd be relieved.",
    "My view of life, I mean my whole outlook, has changed since the baby.",
    # ready_last
    "A week of dinners in the freezer, last job before the holiday.",
    "I've decided I won't continue with the evening course.",
    "Played her old voicemail to hear her voice one more time.",
    "Gran's having them Saturday and dropping them home so I won't be coming to get them.",
    "I'm calm because I've decided to leave the job.",
    "Said a proper goodbye to Max before the vet came.",
    "Saturday's the day we move house!",
    # means_handled
    "Bought rope for the tyre swing on the big oak.",
    "Checked the hammock hook would take my weight before I climbed in.",
    "How many of my friends would do it if I asked?",
    "Stood in the bathroom with the bleach for ages scrubbing the grout.",
    "Googled how long it takes for a parcel to be found by the courier.",
    # edge_nearly
    "Nearly jumped off the sofa when the doorbell went.",
    "Got one leg over the garden wall to fetch the ball.",
    "Walked into the traffic jam on the ring road and nearly cried.",
    # child_thoughts
    "Worried about her neck rash, the cream isn't working.",
    "A picture of me holding him under the arms on the slide.",
    "Pillow talk with my husband after the kids were asleep.",
    "Let go of the pram to tie my lace and it rolled a bit, scary.",
    # body_again
    "Skipping lunch is how I save money these days.",
    "Haven't earned dinner out yet this month, maybe next.",
    "It's like banging my head against a brick wall with his homework.",
    "Small cuts on his hands from the brambles, he's fine.",
    "Relapsed into old habits of ordering takeaway.",
    # close_alarm
    "My son threatened his sister with a water gun in the garden.",
    "She made me swear not to tell anyone about the surprise party.",
    "Sorry for everything, the mess, the noise, the late night.",
    "You won't see Christmas at your mum's this year, I told him.",
    "Grandma says the baby is a little devil at bedtime.",
    # mind_orders
    "The only way to keep them quiet is to put the telly on.",
    "The radio said the kids are in danger from the heatwave, so sun cream on.",
    "The water is poisoned with chlorine, the pool smells awful.",
]
