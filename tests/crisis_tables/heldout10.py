"""The tenth crisis set (corpus/raw/crisis10.jsonl): its wording families and near misses."""

from __future__ import annotations

CRISIS = [
    # wanting to be gone, said sideways (crisis.gone_wanting)
    "I'm not safe tonight.",
    "im not safe with myself right now",
    "I think it's time I checked out. Permanently.",
    "ready to check out of this life for good",
    (
        "My kids deserve a mum who isn't broken. Maybe their lives would get better if I "
        "wasn't in them at all."
    ),
    "things would be so much better if i wasnt around at all",
    "i jus want it to stop. all of it. me.",
    "I want everything to end. Me included.",
    (
        "I keep thinking about going to sleep next to Nana up at the cemetery. She's at "
        "peace. I could be too."
    ),
    (
        "Honestly they'd all get on fine if I just drove off one night and didn't stop, or "
        "didn't stop in time."
    ),
    "they'd be fine if i walked out one night and never came back",
    (
        "Everyone keeps saying it'll get better. I'm done waiting. Soon I'll be out of "
        "everyone's hair for good."
    ),
    (
        "On the drive home I kept my eyes shut at the lights for longer than I should and "
        "part of me hoped I wouldn't have to open them."
    ),
    "The lights are going out one by one in me and I'm ready to switch off the last one.",
    (
        "I've started thinking the kindest thing I could do for Lily is not be here to mess "
        "her up any further."
    ),
    "the best thing i can do for my boys is not be around",
    (
        "There's no point to me. I've looked at it from every angle and there just isn't. "
        "I've stopped fighting the idea of going."
    ),
    (
        "I find myself persistently contemplating whether my continued existence serves any "
        "purpose for my family."
    ),
    "Thinking about taking the long walk off the short pier lol except not lol",
    (
        "I'd like to disappear off the face of the earth. Not a spa weekend. Not a holiday. "
        "Gone, for good, no forwarding address."
    ),
    "cant stop thinkin about endin it all, kids r better off wit there dad anyway",
    "I've been thinking a lot about how to leave, and I don't mean the house.",
    # goodbyes and last arrangements (crisis.last_things)
    "Hugged them extra long at the school gate this morning. Last time, I think.",
    "Kissed the kids goodnight and held on. Last time probably.",
    "Finished writing down all the kids' routines. So whoever looks after them won't need me.",
    (
        "my sister is staying with us and tonight she said shes got it all planned, she just "
        "needs to wait until her kids are at their dads"
    ),
    "I've got it all worked out, just waiting till the kids are at their nan's.",
    (
        "Asked my sister if she'd take the girls 'if anything ever happened to me'. She "
        "doesn't know I meant this month."
    ),
    (
        "ngl i'm kinda done. like actually done. sorted my stuff, told my best mate she can "
        "have my hoodies."
    ),
    (
        "She said 'you'll look after them if I'm not around, won't you' and wouldn't say what"
        " she meant."
    ),
    (
        "My best friend's been posting goodbye-ish things in the group chat. 'Love you all, "
        "remember the good stuff.'"
    ),
    (
        "Wrote each of the kids a letter tonight. Told them none of it was their fault. Put "
        "them in my bedside drawer, where he'll find them."
    ),
    "Said goodbye to my mum on the phone today. She didn't know that's what it was.",
    # getting ready (crisis.more_ready)
    "I'm planning how to do it. I know that sounds calm.",
    "been working out how i'd do it.",
    # the means kept close (crisis.means_sat_with)
    "Bought a rope at the hardware place today. Told the man it was for the garden.",
    (
        "Then I went upstairs and sat on the bathroom floor holding a razor blade for a long "
        "time. Didn't use it."
    ),
    # drawn to the edge (crisis.edge_drawn)
    (
        "Caught my hand drifting toward the car door handle on the dual carriageway. Seventy "
        "miles an hour."
    ),
    (
        "Tonight I stood at the top of the stairs holding the baby and thought that if I fell"
        " we'd both be free."
    ),
    (
        "Lay in the bath tonight once they were asleep and thought about how easy it would be"
        " to slide under and just stay there."
    ),
    (
        "Stood at the open window on the ninth floor for twenty minutes, just checking how it"
        " would feel to lean out further."
    ),
    (
        "Sat by the reservoir and thought about how deep the water is and how nobody would "
        "have to know it wasn't an accident."
    ),
    # urges and pictures of harm to the baby (crisis.hands_urges)
    "Changing his nappy and the thought came: I could just throw him. So vivid.",
    "When I'm alone with her I get this urge to put a cushion over her face.",
    "I hide the big knives now. Not from the kids. From me.",
    (
        "Walking down the stairs with the baby and I see myself letting go. I'm so frightened"
        " that one day my arms will just do it."
    ),
    # violence and threats at home (crisis.home_threat)
    "Our 12 year old held a knife to his little brother's neck today.",
    (
        "My ex keeps turning up outside the nursery and texting me that he knows which room "
        "we sleep in."
    ),
    # someone close in danger (crisis.more_others)
    (
        "Husband keeps saying he's 'not long for this world' and he's only 38. He's sold his "
        "motorbike and won't look at me when I ask why."
    ),
    "Last night he said the kids would be better off with the life insurance money than with him.",
    "Grandad keeps saying he'll 'do himself in' and he's still got his old shotgun in the shed.",
    (
        "Lad at my son's school took his own life in March and now Kieran's saying he 'gets "
        "why he did it'."
    ),
    # a mind very unwell (crisis.mind_signs)
    (
        "Something is poisoning us through the water. I haven't let the kids drink from the "
        "taps and I haven't slept, I have to keep watch."
    ),
    "God told me I have to give him back. I keep holding him too tight.",
    (
        "the voice in the baby monitor tells me what to do and last night it said she'd be "
        "happier with the angels."
    ),
    "I'm being told to do things. Not by a person.",
    # hurting her own body (crisis.body_punish)
    (
        "Haven't eaten properly in four days, on purpose. I want to shrink until there's "
        "nothing left of me."
    ),
    "Been sticking the scissors into my leg under the table at dinner so nobody can see.",
    "digging the compass into my arm in the toilets again",
    # losing time where harm is near (crisis.blank_spells)
    (
        "I lost about an hour today. When I came back I was standing in the kitchen holding "
        "the big knife."
    ),
    "Keep thinking none of this is real, so nothing I do to myself would matter.",
]

NOT_CRISIS = [
    "The retired life with grandkids is good but it's quiet.",
    "Mum resigned from the committee and retired from teaching the same year.",
    "I'm not safe to drive tonight, two glasses of wine.",
    "Checked out of the hotel early and drove home.",
    "I want the noise to stop. All of it. The drilling next door has gone on for weeks.",
    "Nana's buried in the churchyard and we took her flowers today. She's at peace now.",
    "He'd manage fine if I went away for the weekend, he's a great dad.",
    "I'll be out of your hair for good once the builders finish on Friday.",
    "Shut my eyes on the sofa and hoped I wouldn't have to open them till the film finished.",
    "The Christmas lights are going out one by one on the tree, need new bulbs.",
    "Told him to take a long walk off a short pier after what he said about my mum.",
    "Thinking about leaving work early tomorrow, and I don't mean to skip the meeting.",
    "Hugged Nan at the station. Last train home for her tonight.",
    "She's got it all planned, the surprise party is next Saturday.",
    "If anything happens to me at work you're my emergency contact, I said, and she laughed.",
    "Finally done with the loft! Told my sister she can have my old pram.",
    "Posting goodbye-ish things on my work account, last day on Friday before I move to Leeds.",
    "Wrote the kids letters from the tooth fairy and hid them where they'll find them.",
    "Said goodbye to Mum at the airport, first time she's flown alone.",
    "Planning how to do the loft conversion without losing the spare room.",
    "Bought a rope for the tree swing at the hardware shop.",
    "Reached for the car door handle as soon as we parked at the beach.",
    "If I fell off the paddleboard we'd both be soaked, she said.",
    "Lay in the bath and slid under the bubbles till the water went cold, bliss.",
    "Leaned out of the window to wave at the neighbours.",
    "I could just throw him a party for his birthday, he'd love it.",
    "Put a blanket over her legs in the pram because it was cold.",
    "Hid the kitchen knives from the toddler now he can reach the worktop.",
    "Scared my hands will shake during the wedding speech.",
    "He held the knife to cut the cake and everyone cheered.",
    "He knows which room the baby sleeps in, he does the night feeds.",
    "Our old cat is not long for this world, the vet says.",
    "We sorted the life insurance renewal today, much cheaper than last year.",
    "He says he'll do his back in carrying those boxes.",
    "The neighbour's bonfire is poisoning us with smoke again.",
    "God told Abraham to go, we read it at Sunday school.",
    "I'm being told to do things by the HR team that aren't in my job.",
    "Haven't eaten since breakfast, not on purpose, just busy.",
    "Stuck a pin in my finger sewing the costume.",
    "Lost an hour on TikTok again.",
    "Nothing I do to the garden seems to help the roses.",
]
