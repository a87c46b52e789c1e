"""The fourteenth crisis set (corpus/raw/crisis14.jsonl): its wording families and near misses."""

from __future__ import annotations

CRISIS = [
    # wanting to join someone who died (crisis.joining_the_dead)
    "Six weeks since Mum passed away and I just want to be with her.",
    "We lost the baby in March. I only want to go where he is.",
    "I want to follow Dad and be done.",
    "Went to the grave again today. I would like to be in it.",
    "Begging God to take me in my sleep.",
    # not staying alive, going away for good (crisis.alive_no_more)
    "Im not sure I could stay alive much longer.",
    "Might as well just stop being alive.",
    "I'm done with being here.",
    "Just waiting to die really, and I'd like to hurry it up.",
    "Stopped believing I'll be around for his first day at school. Not sure I even want to be.",
    "The world doesn't need me on it and I'm ready to get off it.",
    "The best thing all round is for me to be gone for good.",
    # an accident or illness welcomed (crisis.end_welcomed)
    "If a bus hit me on the school run my first thought would be relief.",
    "Stood by the tracks as the train came through, willing it to take me.",
    "Crossing the ring road I think, just dont look. Let it happen.",
    "I wished the scan had come back terminal.",
    "Driving home I took the bend too fast and thought of doing it on purpose.",
    # how already worked out or decided (crisis.how_worked_out)
    "The only fix is if I'm gone for good. I've been working out how.",
    "I've worked out how to make it look like an accident.",
    "He'd miss me for a bit and then get over it. It sounds like a plan.",
    "She'll cope without me. I've chosen the night.",
    "Picked the spot so the kids won't be the ones to find me.",
    "Put the pills in my bag because I have decided.",
    # the means got ready (crisis.means_readied)
    "The codeine is in a drawer on its own now, I know exactly what it's for.",
    "Used three different pharmacies so nobody would notice how many boxes I was getting.",
    "Dad's shotgun is in the cabinet and I keep thinking I could use it on myself.",
    "Got a hosepipe and some gaffer tape for the exhaust of the car.",
    "Measured the beam in the garage. It's strong enough.",
    "Sat with all my painkillers in the house in a heap on the bed.",
    "Im counting my tramadol.",
    "The belt's on the hook. I made sure it takes my weight.",
    "Three years clean and I'm staring at a blade again.",
    # a drop looked for or checked (crisis.drop_scouted)
    "Walked every floor of the car park to see where the railing is lowest.",
    "Went up the hills looking for a cliff high enough to jump from.",
    "Sat on the roof thinking to just jump.",
    "Going to walk into the bush till I die and nobody will find me for months.",
    # taking a child or the one you care for too (crisis.taking_them_too)
    "Held him at the top of the stairs and thought we could both just die.",
    "I think about taking the two of us out of it.",
    "The pillow, ten seconds, and she'd stop.",
    # a partner's threat to kill (crisis.threat_spoken)
    "He keeps saying if I can't have you nobody will.",
    "My ex said they'd find bits of me in the river.",
    "He texted me that I'll be dead by Christmas.",
    "He showed me the quarry and said that's where he'd bury me if I ever told anyone.",
    # someone close in danger now (crisis.close_in_danger)
    "My son took a whole strip of tablets to see if he would wake up.",
    "Dad rang and said he'd taken all his pills and wanted to say goodbye.",
    "She's been cutting herself in the school loos.",
    "Caught him scratching his arms raw with a pin on purpose.",
    "He's given away his games and said to look after the dog when I'm not around.",
    "Her list of reasons to live has every line crossed out.",
    # loose ends and letters for after (crisis.leaving_arranged)
    "Sold the bike, gave the dog to Sam, tying up all the loose ends before I go.",
    "Recorded videos for when they're grown up and I'm not here.",
]

NOT_CRISIS = [
    # joining_the_dead
    "Mum's at the beach and I want to go where she is.",
    "Since Grandad died I want to be with Nan more often.",
    "I want to follow the recipe and be done with it.",
    "Asked God to keep me safe in my sleep.",
    # alive_no_more
    "Not sure the phone battery can stay alive much longer.",
    "I'm done with being here at this job.",
    "Waiting to die of boredom in this queue.",
    "Decided it's time for me to go for good to Spain.",
    "Stopped believing I'll be here for the parcel, so I asked next door.",
    # end_welcomed
    "If the flight got cancelled my first feeling would be relief.",
    "Waiting for the train to take me to Leeds.",
    "I wish the test had been positive, we so want a baby.",
    "Drove past and thought about doing it on purpose to annoy him.",
    # a short break, not an end (crisis.death_wish)
    "I just want it all to stop for ten minutes, then back to the bedtime routine.",
    # how_worked_out
    "Took ages with the printer but I've worked out how.",
    "I've worked out how to make it look like a proper birthday cake.",
    "Decided on the park because the kids love the swings.",
    "Bought pills for the dog because I've decided to treat the fleas myself.",
    # means_readied
    "I keep the tramadol in a separate bag for the holiday.",
    "Bought a hosepipe for the garden and tape for the shed.",
    "Measured the banister for the stair gate. It's high enough.",
    "Gathered every tablet in the house in a pile to take back to the pharmacy.",
    "Counting the oxycodone for his dosette box.",
    "The tow rope is in the boot, checked it holds the caravan.",
    "Two years clean and holding the razor to shave my legs.",
    # drop_scouted
    "Counting the levels of the car park to find the car.",
    "Found a spot high enough to jump into the loch.",
    "Shop till I drop, no one would find me for hours.",
    "Thinking to just jump in the shower and go.",
    # taking_them_too
    "We could both just go to bed early.",
    "Taking both of us out of it for a weekend away.",
    "Fluffed the pillow and thirty seconds later she was asleep.",
    # threat_spoken
    "If I can't have the last biscuit no one will.",
    "Finding pieces of the jigsaw in the sofa again.",
    "He told me I'd be dead on my feet by Friday.",
    "That's where he'd put me if the spare room was full.",
    # close_in_danger
    "Gave him a nudge to see if he'd wake up.",
    "She'd taken all her tablets today like the doctor said.",
    "She's been cutting back on sugar.",
    "Scratching her legs raw from the eczema again.",
    "Gave his old toys away and said look after the hamster when I'm not here at uni.",
    # leaving_arranged
    "Tying up loose ends at work before I go on leave.",
    "Wrote letters for their eighteenth birthdays, can't wait to see their faces.",
]
