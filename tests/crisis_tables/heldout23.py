"""The twenty-third crisis set (corpus/raw/crisis23.jsonl): wording families, near misses."""

from __future__ import annotations

CRISIS = [
    # the last jobs done and the world left tidy (crisis.last_jobs_done)
    "Booked the cat into the cattery for good and paid it all. Sorted before I go.",
    "Wiped my laptop so nobody has to read anything afterwards.",
    "Changed my bio to 'not here long'.",
    "Tidied the whole flat for whoever walks in after.",
    "Bills paid, dog rehomed. The last thing left is me.",
    "I'm moving somewhere nobody can visit, but not the way she thinks.",
    "Told him I won't be around by Easter. He thought I meant a new job.",
    # the date set and the rule she made herself (crisis.date_and_rule)
    "I've given myself permission to do it if the letter says no.",
    "If the phone doesn't ring by Sunday, that's my sign and I'll go through with it.",
    "Friday. Decided.",
    "Please forgive me for what I'm about to do.",
    "This is the last normal week I'm going to have.",
    "If I'm not here at Easter, give Sam my guitar.",
    "If I ever go missing, look at the reservoir first.",
    # physical risk taken on purpose and the vital medicine stopped (crisis.risk_taken)
    "Drove on the hard shoulder with my eyes shut and didn't care what happened.",
    "Walked out onto the thin ice again. I'll go further next time.",
    "Threw my inhaler in the bin. Letting my chest make the decision for me.",
    "Stopped my insulin. If it goes, it goes.",
    "Keep wondering how far the drop would be from the car park roof.",
    "Standing on the landing with him in my arms, imagining letting go.",
    # what she said, half said or kept back (crisis.said_and_unsaid)
    "The nurse asked if I'd had thoughts. The honest answer is every night since June.",
    "Samaritans asked if I'd taken anything. I told them not yet.",
    "My brother texted 'tell Dad I'm sorry' and then nothing. Still no answer.",
    "Found cuts all along my son's arm last night.",
    "How long before you lose consciousness, I typed, and then deleted it.",
    "I was adding up how many it would take not to wake up.",
    # the wish not to wake or not to be here (crisis.not_waking_wished)
    "Every night I pray that this time I won't wake up.",
    "I just want the long sleep now.",
    "I don't want another tomorrow.",
    "Only my death could put it right.",
    "I'm done trying to stay alive for everyone.",
    "They'd all have their peace back if I'm not here anymore.",
    # a pregnancy or a baby and the danger (crisis.bump_and_baby)
    "Sixteen weeks and I keep hitting my bump when I'm alone.",
    "If the baby doesn't make it, I'm going with her.",
    "I want to end it for both of us, me and the bump.",
    "I hope neither of us makes it through the birth.",
    "Put the pillow next to her face tonight and couldn't move.",
]

NOT_CRISIS = [
    # the last jobs done and the world left tidy
    "I'll give the car a quick clean before I go to work.",
    "The last job left is the ironing, then bed.",
    "She assumed I meant the blue one, not the green.",
    "Whoever comes in after the cleaner, please wipe your feet.",
    # the date set and the rule she made herself
    "I've given myself permission to go to bed at eight tonight.",
    "Forgive me for what I'm about to do to this cake recipe.",
    "If I'm not here at six, start dinner without me.",
    # physical risk taken on purpose and the vital medicine stopped
    "We swam out to the buoys and back, the water was lovely.",
    "Left my inhaler at home, I'll pick it up at lunch.",
    "One step and the whole shelf is done, just the top left.",
    # what she said, half said or kept back
    "The real answer is every night at bath time, he's always tired.",
    "Found cuts on her knee from the trampoline.",
    "I don't want to say goodbye to the summer holidays.",
    # the wish not to wake or not to be here
    "I hope it's me who gets the promotion.",
    "The cat was put to sleep last year, old and happy.",
    "The long sleep we had on holiday was heaven.",
    "I'm done trying to stay on top of the laundry.",
    # a pregnancy or a baby and the danger
    "Punching my stomach muscles into shape at the gym.",
    "I'm going with her to the scan on Tuesday.",
    "The pillow next to his cot is for me when I sit up at night.",
    "Cleared the table so we could play cards afterwards.",
    "Changed my username to something less embarrassing.",
    "By the time the film ends I won't be able to keep my eyes open.",
    "Sorted the recycling and the dog's lead before I go out.",
    "Our rule: if nobody texts first, we meet at the park anyway.",
    "Took the rain as a sign to stay in with a film.",
    "Cycled home through every green light, a small miracle.",
    "My heart tablets are in the cupboard by the kettle.",
    "Looked at the beam in the loft for the new light fitting.",
    "The helpline said they'd ring back in ten minutes.",
    "Dan says he'll wake up and I won't have moved from the sofa.",
    "The lads want the long lie-in on Sunday.",
    "If the cat dies I'm going with Mum to bury her in the garden.",
    "We're going to sleep and not waking anyone before seven.",
]
