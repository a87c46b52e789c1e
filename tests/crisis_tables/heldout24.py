"""The twenty-fourth crisis set (corpus/raw/crisis24.jsonl): wording families, near misses."""

from __future__ import annotations

CRISIS = [
    # the occasion or the arrangement made for after her (crisis.not_there_then)
    "Her wedding would be a good time to stop existing, after the speeches.",
    "I don't plan on being here by the summer holidays.",
    "Ordered the uniform for September. If I'm gone by Christmas at least it's sorted.",
    "He thinks I mean the job. I meant alive.",
    "I won't be alive for the school play, so I went to the dress rehearsal.",
    "Started recording bedtime stories for the boys because I won't be around to read them.",
    "Next year they can do Christmas without me ruining it.",
    "I didn't want to be anywhere at all, not even in bed.",
    # the inner voice and the orders she gives herself (crisis.voice_and_order)
    "Do it. You know you want to.",
    "Burn yourself, it'll make you feel better, says the voice.",
    "Stay alive. Why? Because of Mia. Is that enough?",
    "Stop thinking about killing yourself and just go.",
    "Walk to the edge of the platform and don't come back.",
    "If I'm going to end it, end it, not this halfway living.",
    "Write the last note and go.",
    # self-harm logged or kept from others (crisis.hurt_kept)
    "Cut again last night, cleaned it up before anyone woke.",
    "I bit my forearm till it bled tonight.",
    "The cut went deeper than I wanted to and I hid the towel.",
    "Kept the razors I promised the nurse I'd binned.",
    "Said I wouldn't. Did it anyway, sleeves down at dinner.",
    # the dream she wants to be real and the joke that turns (crisis.dream_and_joke)
    "Dreamed I'd died in the car and woke up with this awful peace.",
    "Had the dream where I walk into the sea, and I wish I'd stayed in it.",
    "Death would be the kindest gift I could give them.",
    "Every morning I'm gutted I wake up alive.",
    "I could die of tiredness. No, actually, I really do want to.",
    "I joked I'd rather be gone and it wasn't funny because it's true.",
    # the safety plan undone and the decision made (crisis.plan_undone)
    "My reasons for living list is not enough anymore.",
    "Couldn't see any reason to stay alive this morning.",
    "I don't know what's keeping me here now.",
    "I've worked out how and when I'll die.",
    "I gave myself till my birthday to feel better or go.",
    "The tablets in the drawer look more and more like the answer.",
    "I lay in the bath with the radio plugged in on the edge.",
    # replaced, not needed alive, searches, someone else at risk (crisis.without_me)
    "The new nanny can replace the rest of me.",
    "They don't need me alive, only my payslip.",
    "I'm not needed, so I might as well make it true.",
    "Googled whether it hurts. And how many would be enough.",
    "My brother rang and said he'd already taken something.",
    "It frightened me what I could do to the baby tonight.",
]

NOT_CRISIS = [
    # the occasion or the arrangement made for after her
    "I won't be there to hand out the medals, I'm at work.",
    "We're planning to be gone by nine to beat the traffic.",
    "Next year we'll do Christmas without the in-laws.",
    "I didn't want to be anywhere but home tonight.",
    # the inner voice and the orders she gives herself
    "Go to your room and don't come back until you've tidied it.",
    "You said Friday would be your last day at the café.",
    "Write the last page of the story and then bed.",
    # self-harm logged or kept from others
    "Cut again at the hairdresser's, a proper bob this time.",
    "He bit his brother's arm at nursery.",
    # the dream she wants to be real and the joke that turns
    "Dreamed I was flying and woke up so happy.",
    "I'm annoyed I woke up at five again.",
    # the safety plan undone and the decision made
    "Couldn't see any reason to stay at the party past ten.",
    "I gave myself till Friday to finish the quilt.",
    "The new blender looks more like the answer for breakfasts.",
    # replaced, not needed alive, searches, someone else at risk
    "She's taken something for her headache and gone to bed.",
    "Everyone had the cold this week, me included.",
    "How many is enough for the party bags, six each?",
    # and more of the same words in ordinary days
    "It's the perfect place to stop for lunch on the way to Devon.",
    "I don't plan to be at the school fair, we're away that weekend.",
    "He said he meant alive as in lively, the party was alive.",
    "The answer is that I won't be there till six, traffic permitting.",
    "Stay calm. Why? Because the toddler can smell fear.",
    "Stop thinking about the exam and just go to sleep.",
    "She bit my finger when I checked her teeth, no harm done.",
    "The splinter went deeper than I thought, tweezers did the trick.",
    "Dreamed I was late for an exam and woke up relieved.",
    "Being tired is the only constant in this house.",
    "My reasons for living in Leeds are mostly the cheap rent.",
    "Made plans to dye my hair pink for the festival.",
    "The pill organiser looks more like a toy than a medicine box.",
    "Somewhere nobody finds me for an hour is my dream spa day.",
    "Searched how many is enough paint for the hallway.",
    "Staring at the cake in a way that worried the waiter.",
]
