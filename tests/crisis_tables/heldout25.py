"""The twenty-fifth crisis set (corpus/raw/crisis25.jsonl): wording families, near misses."""

from __future__ import annotations

CRISIS = [
    # the hobby or the music that turns to after her, and soon (crisis.after_me_soon)
    "Picked the song for my own funeral last night and I want them to hear it soon.",
    "Knitted each of them a blanket so they have something after I've gone. Not long now.",
    "The tomato plants will die when I do, and I've picked the week.",
    "Chose the readings for my own memorial and I've started planning the date.",
    "Asked the organist which hymns suit a funeral for someone my age. It's for me.",
    "This quilt will outlast me, and soon.",
    "The playlist is called 'for the service' and I want it played soon, not when I'm old.",
    # answers to journaling prompts and reasons weighed (crisis.prompt_and_reasons)
    "What exhausted you today? Staying alive.",
    "Prompt: what would make the morning better? Not waking up at all.",
    "Rate your will to keep going: 1. Honest answer.",
    "I wrote out my reasons to live and couldn't think of a third.",
    "My reasons to stay alive are getting shorter every week.",
    "Live or die, I wrote on the back of the envelope, and die was winning.",
    "My future self? I don't plan on there being one.",
    "Dying looks like the fairer deal for the boys, honestly.",
    # the decision made and the goodbye (crisis.decided_and_gone)
    "I've decided to die and the strangest thing is how calm I feel.",
    "If the scan is bad I won't be going on living, I've settled it.",
    "I'm done. Not with the washing. With living.",
    "I'm planning my exit and nobody has noticed.",
    "The consultant thinks I'm better, so on Friday I can go home and finish it.",
    "goodbye everyone. sorry.",
    "I wish someone would just switch me off for good.",
    "The depression wants me dead and tonight I agree with it.",
    # at the place or with the means, moment by moment (crisis.place_and_means_now)
    "Drove to the reservoir and walked the edge looking for where it's deepest.",
    "Stood on the bridge working out whether the fall was high enough to kill me.",
    "The belt is in my drawer and I keep wondering if the banister would take my weight.",
    "I keep thinking about stepping off the top floor of the shopping centre car park.",
    "Sat in the lay-by thinking about walking in front of a lorry.",
    "I've got the pills in my lap, holding them, deciding.",
    "Put the rope in my bag this morning and keep thinking about the woods after the school run.",
    "Googled how long it takes to drown.",
    # self-harm moment by moment, hers or a child's (crisis.hurt_now)
    "Cut again.",
    "The scars on my thigh itch and I want to split them open again.",
    "Held the blade against my wrist in the bathroom until the baby cried.",
    "Dug the compass in too far tonight and had to hide the plaster.",
    "Two weeks without cutting. Then I didn't. Back to day one.",
    "His form tutor says he has been cutting his arm open with a razor in the toilets.",
    # a child at risk, and fear of her own mind near a child (crisis.child_and_fear)
    "Found a noose under his bed. He's thirteen.",
    "Her art book is full of drawings of herself in a coffin.",
    "His search history says 'how high does a bridge need to be'.",
    "She told me she wants to go to heaven so the girls in her class stop.",
    "I don't trust myself alone with him at the top of the stairs. I keep picturing letting go.",
    "I'm not safe with the baby tonight, please someone come.",
    "They'd be safer without me, and I mean from me.",
    "I'm frightened of what my hands could do to the baby when she screams.",
]

NOT_CRISIS = [
    # the hobby or the music that turns to after her, and soon
    "Grandad picked the hymns for his own funeral years ago, all cheerful ones.",
    "After I've gone to bed the cat sits on the stairs. Not long now till she's fed.",
    "Working on my funeral playlist is a joke between me and my sister, nobody's going anywhere.",
    "The basil wilts whenever I go on holiday, so Tom waters it.",
    # answers to journaling prompts and reasons weighed
    "What exhausted you today? The school run, twice.",
    "Reasons to stay in this flat: the garden. Reasons to move: everything else.",
    "Listed my reasons to stay on the committee and got to two, so I resigned.",
    "Back to day one of the diet after the birthday cake.",
    "My future husband? I don't plan on having one, I'm happy as I am.",
    "This meeting won't go on much longer, I've decided, and I walked out at four.",
    # the decision made and the goodbye
    "I'm done with this group chat, muted it for good.",
    "Goodbye all, sorry I'm late with the minutes.",
    "Finding my way out of the soft play maze took twenty minutes.",
    "I told the midwife I feel fine and I do, first proper sleep in a week.",
    "So someone knows where I was, I shared my location on the hike.",
    # at the place or with the means, moment by moment
    "The new shelf will take my weight, Dad checked the brackets.",
    "We parked on the top floor of the car park and the view was lovely.",
    "Had my hair cut again.",
    "He scratched his arms raw with the eczema again, new cream tomorrow.",
    # a child at risk, and fear of her own mind near a child
    "The kids drew me hanging the washing out, very flattering.",
    "I don't trust myself at the bakery, I always buy three cakes.",
    "He's not steady on the big slide yet, so we stay on the small one.",
    "He asked how you get to the seaside quickly, he wants the beach now.",
    # and more of the same words in ordinary days
    "Chose the music for Nan's ninetieth and I want it played loud.",
    "What drained you today? Parents' evening and a flat tyre.",
    "Rate your energy 1-10: 4. Better than yesterday.",
    "Live or takeaway? Takeaway won, nobody wanted to cook.",
    "Decided to dye it red for the wedding, no going back.",
    "Goodbye all, see you at the gate on Monday.",
    "The river path was muddy so we turned back before the bridge.",
    "The new ladder will take my weight, the label says so.",
    "Dug the trowel in too deep and hit the water pipe.",
    "I don't trust myself near the biscuit tin after nine.",
    "Took the scissors off him before he cut the dog's fringe.",
    "She asked if the goldfish went to heaven and I said yes.",
]
