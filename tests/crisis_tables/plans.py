"""Plans and preparations for suicide are crisis; ordinary planning with the same words is not.

The rules live in src/unshame/analysis/data/crisis_plans.toml. The sentences here are
written for these tests (none is copied from the corpus): CRISIS varies the wording of
each sub-family (affairs in order for after, goodbyes, gathering the means, choosing the
method, setting the time, planning again, a funeral imagined), and NOT_CRISIS uses the
same words in their everyday sense.
"""

from __future__ import annotations

CRISIS = [
    # affairs in order, letters for after
    "Sorted my affairs this weekend, bank details in the blue folder where Tom can find it.",
    "im getting everything in order so its easy for them after",
    "I want things easy for the kids to find when I'm gone.",
    "Recorded a video for each of the girls. Wrote notes too, they're for afterwards.",
    "Wrote letters to Mum and to Sam. They are to be opened when I'm not here.",
    "Started giving notice on everything, the gym, the phone, the lot.",
    # goodbyes
    "Rang my brother and thanked him for everything. He doesn't know it was goodbye.",
    "My best friend took it as a nice random message. It was really a goodbye.",
    "Goodbye to whoever finds this. I'm sorry.",
    "Lights off now, hoping tonight is the end of me.",
    # gathering the means
    "I've been stockpiling my sertraline for weeks.",
    "Squirrelled away half my sleeping tablets this month.",
    "Used three different pharmacies so the pharmacist wouldn't clock how many packs of "
    "co-codamol I'd got.",
    "Bought more paracetamol at the big Tesco so nobody would notice.",
    "A box here, a bottle there. They're all in the shoebox under my bed.",
    "Counted the number of painkillers left in the kitchen drawer, twice.",
    "Tipped out every tablet I own and laid them out in front of me on the duvet.",
    "There's a hosepipe in the garage. I keep telling myself it's for the garden.",
    # choosing the method
    "Searched for it again at 3am and I know exactly what I was looking for.",
    "How many amitriptyline would it take, I keep wondering.",
    "I've already picked which multi-storey.",
    "Spent the drive choosing which bridge.",
    "Checked whether the banister could hold a dressing gown cord.",
    "Practised tying the noose again tonight.",
    "Did it hurt, for the ones who went that way. I need to know before I do it.",
    "I sat in the garage with the engine on and the door shut till the baby cried.",
    "Read the life insurance policy twice. It still pays if you do it yourself.",
    # the time
    "I've decided forty is long enough.",
    "Im not planning on being around by Christmas.",
    "No point renewing my passport, I won't be needing it.",
    "Cancelled my hair appointment and the MOT. None of it matters after Friday.",
    # planning again
    "My last attempt was three years ago and this month feels just like back then.",
    "Tried once at 19. The thoughts have been creeping back all week.",
    "I have started to plan.",
    "The thoughts are becoming really detailed now.",
    "ctb tonight i think",
    # a funeral imagined
    "Lay awake picturing my own funeral and who would cry at my wake.",
    "Spent the evening on a playlist for my funeral.",
]


NOT_CRISIS = [
    # affairs, letters, after
    "We made a will after the baby was born, finally adults.",
    "Made packed lunches so it's easy for them after school.",
    "Left a list of the baby's routine for when I'm gone for the weekend.",
    "Wrote a letter to the school about the trip money.",
    "The cake is for after, no sneaking a slice.",
    "We're giving notice on the flat and moving closer to my mum.",
    # goodbyes
    "Said goodbye to the old house today and cried in the car.",
    "Thanked the nursery staff for everything on her last day.",
    "Goodnight from a very tired mum, hoping that's the end of the teething.",
    "She thought it was a lovely card. It was goodbye to Manchester for us.",
    # the means
    "Saving for a holiday in Cornwall next summer.",
    "Saving my zopiclone for the long-haul flight.",
    "Bought paracetamol for the kids' fever and some Calpol sachets.",
    "Hid the paracetamol from the toddler on the top shelf.",
    "We counted the number of tablets left with the pharmacist.",
    "A pack here, a pack there of football stickers, he is obsessed.",
    "Counted the number of tablets left so I can reorder the prescription.",
    "Laid out all of Mum's pills in her weekly organiser.",
    "Tied a rope to the big oak for the swing.",
    "Went to the chemist in the next town so nobody would see me buying a pregnancy test.",
    "The tow rope is in the boot for when the car breaks down.",
    # the method
    "Googled whether the bath water is too hot for the baby.",
    "Which bridge do we take to avoid the roadworks?",
    "We chose which tree to decorate in the garden this year.",
    "Worked out which route would be quickest for the school run.",
    "Practising the knot for his school tie every morning this week.",
    "Does it hurt to get your ears pierced? She wants to know before she decides.",
    "Never run the car in a closed garage, the man at the garage warned us.",
    "The home insurance won't pay out if you do it yourself without an electrician.",
    "How many tablets of ibuprofen is enough for a toddler, asking the pharmacist.",
    "Googled how many Calpol sachets are safe, I know what I was asking for.",
    "Picked which tree to climb at the park.",
    "Hold my belt while I try these jeans on.",
    # the time
    "I've decided 5k is far enough for her first run.",
    "Not planning to be here for the bank holiday, we're visiting my sister.",
    "No point buying a winter coat, I won't need one in Spain.",
    "Cancelled the dentist because of a cold.",
    # planning again
    "My first attempt at sourdough was a brick.",
    "We've started planning the party for her fifth birthday.",
    "The plans for her party are getting more detailed.",
    "I started planning again after a lazy January, meals and all.",
    # funeral
    "Made a playlist for the party on Saturday.",
    "We planned Dad's funeral together and it was beautiful.",
    "I'd like this song at my funeral one day lol.",
]


# Ordinary, but caught today by older rules (crisis.toml and others), which lean to crisis;
# kept here so the over-flag is visible. Not xfail-strict: a fix elsewhere should pass.
KNOWN_OVERFLAGS = [
    "Put my affairs in order before the surgery, which the nurse said is sensible.",
    "Saving my sleeping pills for the long-haul flight.",
    "Not planning to be here at Christmas, we're flying to my sister's.",
]
