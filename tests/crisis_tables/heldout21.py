"""The twenty-first crisis set (corpus/raw/crisis21.jsonl): its wording families and near misses."""

from __future__ import annotations

CRISIS = [
    # a future she won't be alive for (crisis.not_alive_for)
    "Booked the boiler service for May, though I won't be alive to let him in.",
    "She'll be dead long before Easter, she keeps telling me.",
    "There won't be a birthday for me this year.",
    "The 14th is my last day on earth.",
    "Sunday is the end of me.",
    "I'm not going to live to see the spring and that's fine.",
    "I've decided I'm not making it to Christmas.",
    "Half of me can't be alive anymore.",
    "I'd rather not go on living, if I'm honest.",
    # going and not coming back, and the goodbye (crisis.gone_for_good)
    "I'm going out tonight and not coming back home.",
    "Driving to the coast and I don't plan to come back from it alive.",
    "I'd love to fall asleep tonight and not come round.",
    "Don't let me wake up tomorrow, please.",
    "Goodbye, world.",
    "Can't do this anymore. Sorry.",
    "This is the last letter I'll ever write.",
    "The front door's on the latch so the police don't have to kick it in.",
    # death as the way out or a gift (crisis.death_as_answer)
    "If I died, it all ends with me.",
    "I'm just waiting for an excuse to die.",
    "They'd have a better life without me in this world.",
    "I'll clear the way for them, permanently, by dying.",
    "I'm a mess, and out of the way is where I should be, and I mean dead.",
    "I want to remove myself from everything, for good.",
    "I've told Sam who should take the kids after I'm gone.",
    # the means counted and the place checked (crisis.means_and_place)
    "Got enough tablets now that it works this time.",
    "Counted what's in the medicine cupboard. It's enough.",
    "Went to see if the car park roof is locked at night.",
    "It could be weeks before anyone found my body up there.",
    "Nobody would find me for days out on the moor.",
    "The bridge, alone, and I'm not coming back.",
    "Two years since I stopped self-harming and tonight I got the blades out.",
    # the signs in someone else (crisis.seen_in_another)
    "My brother has been stockpiling his pills, and there's a note: enough by Friday.",
    "Found a belt in his wardrobe tied into a noose.",
    "Dad keeps asking where the old rifle is.",
    "She's been giving away her books and told me to remember me.",
    "He texted thank you for everything and now his phone's switched off.",
    "Please look after my dog for me, forever.",
    "It's the only way out I could see.",
]

NOT_CRISIS = [
    # a future she won't be alive for
    "The tomatoes aren't lasting past next week in this heat.",
    "There won't be a seat for me on the early train.",
    "Friday is the end of my notice period.",
    "I need to stop living in the past.",
    "I'll be dead tired before Easter at this rate.",
    "I can't keep living on takeaways.",
    # going and not coming back, and the goodbye
    "Off to Spain for the summer and honestly not coming back home till September.",
    "Don't let me wake up before ten on Saturday.",
    "I wanted to stay under the duvet all morning.",
    "Goodbye, girls, see you Monday.",
    "To whoever reads this after the meeting: the projector's broken.",
    "Last message I'll send before the holiday: pay the window cleaner.",
    # death as the way out or a gift
    "The hair colour came out green, so I fixed it by dyeing it again.",
    "I excused myself from the table to take a call.",
    "Who should take the kids to football after school?",
    "I'm waiting for an excuse to leave the party early.",
    # the means counted and the place checked
    "Bought enough glue that it works this time on the shelf.",
    "Counted what's in the stock cupboard for the audit.",
    "How high is the bridge for a van like ours?",
    "We played hide and seek and it took ages before anyone found me.",
    "Collected what I'll need for the camping trip.",
    # the signs in someone else
    "The bunting got tied into a loop on the washing line.",
    "Thank you for everything, see you at the reunion.",
    "Look after the cat for me this week while I'm away.",
    "Jason said nobody would miss me at the reunion.",
    "To whoever finds this notebook: please send it back.",
    "Goodbye forever to my old phone contract!",
    "Kept going until I lay down on the sofa with a cuppa and a biscuit.",
    "Ending it with Tom tonight, finally, and I feel great.",
    "Rang at 2am to say thank you for everything, the party was amazing.",
    "The only way out I could find was the fire exit by the loos.",
    "Thank you for everything, the phone's been brilliant.",
    "Got the old box of Christmas lights down from the loft today.",
    "The night I do it, I'll film the whole bungee jump for Mum.",
]
