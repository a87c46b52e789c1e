"""Her mind turned against her child, and signs of postpartum psychosis (crisis_mind.toml).

Sentences written for these tests, not copied from the corpus: new wordings of the same
families must be caught, and ordinary sentences that share their words must not be.
"""

from __future__ import annotations

CRISIS = [
    # thoughts and urges to harm her child
    "Tonight I wanted to hurt her, really hurt her, and I had to leave the room.",
    "I'm frightened that I'm going to harm the baby if I don't sleep soon.",
    "If Dan goes away for work again I might hurt him, I know I might.",
    "The urge to shake the baby was so strong I put her down and ran.",
    "I get these thoughts of drowning my son and I can't make them stop.",
    "I shouldn't be left alone with the twins, not the way my head is.",
    "I cannot be left on my own with the baby.",
    "Honestly I don't trust myself alone with my daughter right now.",
    "I keep imagining him face down in the bath and it feels like a plan, not a fear.",
    "Every night I picture the baby dead in her cot.",
    "I can't stop seeing her under the bath water.",
    "When I'm holding him on the landing I picture myself dropping him down the stairs.",
    "I see myself holding her under in the bath and I don't know what's stopping me.",
    "I imagined myself smothering the baby with the muslin.",
    "Stood over the cot thinking how easy it would be to smother my son.",
    "How easy it would be to let go, I thought, holding her over the water.",
    "I heard a voice say 'drop her' on the stairs and my arms started to move.",
    "I haven't bathed the baby since Sunday because of the images I get.",
    "Stopped bathing her as I'm scared I'll let her slip on purpose.",
    (
        "Dreamt the baby went under in the bath and I woke up not knowing whether I "
        "wanted it to happen."
    ),
    "I locked the kitchen knives in the shed so I can't reach them when I'm up with him at night.",
    "Moved all the knives to my mum's so that I cannot get at them.",
    "Wanna hurt the baby so badly some nights and I hate myself for it.",
    # signs of postpartum psychosis
    "The midwife is reporting my thoughts to the hospital, I know she is.",
    "They are broadcasting my thoughts on the radio now.",
    "Everyone in the waiting room can hear my thoughts.",
    "The telly keeps telling me the baby is possessed.",
    "The news is sending me messages that my son isn't really mine.",
    "The number plates on the street said the baby isn't safe with me.",
    "The radio keeps saying I have to take us both out of this world.",
    "God is speaking through the baby monitor again tonight.",
    "A voice keeps telling me to put him in the washing machine.",
    "The voices say I must drown the baby before morning.",
    "They switched him in the night while I was asleep, this is not my real son.",
    "This isn't my baby. The real one was stolen and nobody will listen.",
    "The real me died on the operating table and this body is a fake.",
    "Haven't slept for five days and I don't need it, I've never felt so clear.",
    "The kids aren't safe with me and the signs keep telling me to remove us from the world.",
    # mixed case, no apostrophes
    "I WANTED TO HURT HIM TODAY",
    "cant be left alone with the baby, i really cant",
    "the tv said my daughter is evil",
]


NOT_CRISIS = [
    # her child, ordinary words
    "I wanted to hurt his feelings after what he said, and I'm not proud of it.",
    "I'd never want to hurt her, she's my whole world.",
    "I could strangle him for leaving the gate open again.",
    "I'm scared I'll hurt her by accident when I cut her nails.",
    "I'll hurt her feelings if I don't go to the party.",
    "I want to smother him with kisses when he laughs like that.",
    "Haven't bathed the twins tonight, they're at their dad's.",
    "Haven't bathed her since Sunday because she's had a rash.",
    "I can't be left alone with the kids all weekend, I'll go mad.",
    "Can't be left alone with the toddler for five minutes without her drawing on the walls.",
    "I keep picturing her at her first day of school in that little uniform.",
    "I can see myself dropping her off at nursery and crying in the car.",
    "Picture myself pushing her on the swings in the summer.",
    "How easy it would be to drop her off at Mum's and have a nap.",
    "Heard 'just push' from the midwife and out he came.",
    "Dreamt the baby said her first word and woke up smiling.",
    "Put the shopping in the car boot and went back for the baby.",
    "I hid the knives so the toddler can't get to them.",
    "I never wanted to hurt her, I just needed a minute to breathe.",
    # the psychosis family, ordinary words
    "The TV said it would rain all weekend.",
    "The radio said the school is closed because of the snow.",
    "The baby monitor is playing up again, it keeps hissing.",
    "My husband was talking to me through the baby monitor from the kitchen.",
    "The health visitor says she's thriving and gaining weight.",
    "I haven't slept in 4 days, newborn life.",
    "Haven't slept in three days and I need to so badly.",
    "Watching my weight again now she's weaned.",
    "She has her dad's eyes, you'd think they swapped her at the hospital lol.",
    "Your secret is safe with me, I promised her.",
    "We swapped her car seat for a bigger one.",
    "The news said the roads aren't safe in the snow.",
    "The real me died when I became a mum, or so it feels, and I miss her.",
    "My husband must be reading my thoughts, he brought chocolate home.",
    "He says he can read my mind, we've been married that long.",
    "The baby isn't mine, I'm just minding her for my sister.",
    "God is talking to me through this season of motherhood.",
    "A little voice telling me to put her down for a nap and have a cup of tea.",
]
