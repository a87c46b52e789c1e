"""Plans and preparations for suicide are crisis; ordinary planning with the same words is not."""

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
    # kept back, saved up, the pack she can't stop thinking about
    "Haven't been taking my tablets so I can stockpile them up.",
    "Ive kept some of Dads morphine the nurses left and its not for him.",
    "Hid the tramadol from her last prescription. It isn't for Nan, I know that.",
    "Got the big box of co-codamol with the shopping and I cant stop thinking about that packet.",
    "Asked the pharmacist how many codeine are too much 'for my dad'. Dad died three years ago.",
    # the method and the place
    "grandads old rifle is in the shed and i went and checked on it again",
    "Booked a room at a hotel near Beachy Head, didn't tell Mark what for.",
    "Checked the train times to the suspension bridge. I'll go on Friday by myself.",
    "Sat in the car with the garage door shut, thinking about just starting the engine.",
    "Read that my life insurance pays out once it's been over a year.",
    "Honestly my life cover would be worth more than me.",
    # things in order, goodbyes
    "Everything is sorted now so no one will have to clear up after me.",
    "wrote letters for each of the boys and hid them where Sam will find them",
    "Left a note on the will saying for Mark, when the time comes.",
    "Gave away my rings to my niece while I can still see her wear them.",
    "Rehoming my dog so he's looked after once I'm gone.",
    "Writing my goodbye tonight in the notes app.",
    # it is back
    "It's been two years since the overdose and the feelings are creeping back.",
    "After being sectioned I swore never again. The pull is back.",
    "The tablets at 16 nobody knows about, and now the same feeling's sitting in my head.",
    "Figured out how and when.",
    "Tuesday is the only day no one will check in on me.",
    # wishing to be gone
    "They would be so relieved if I just vanished.",
    "My family would celebrate if I was gone for good.",
    "Id love to just stop existing",
    "I wish I didn't exist.",
    "Part of me is wishing I'd get a terminal illness.",
    "Maybe I should remove myself from their lives.",
    "Taking myself out of the equation is the answer.",
    "Driving home I thought about one quick jerk of the steering wheel.",
    "Walked out into the road. Didn't care if a bus hit me.",
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
    # kept back, the pack, the chemist
    "Stopped taking the antibiotics early so I can save them for next time, naughty.",
    "Kept back some of Nan's morphine to hand in at the pharmacy, it's not for us to keep.",
    "Can't stop thinking about that packet of biscuits in the cupboard.",
    "Asked the pharmacist how much Calpol is too much for a toddler.",
    # the method and the place
    "Dad's old shotgun is in the loft, checked on it so we can hand it in to the police amnesty.",
    "Booked a B&B near Beachy Head for our anniversary, didn't tell him where, it's a surprise.",
    "Looked up the tide times at Beachy Head for a family walk on Sunday.",
    "Took the car into the garage for its MOT.",
    "Life insurance renewal came through, cheaper than last year.",
    "The policy pays out on the house if the roof goes.",
    # things in order, goodbyes
    "Everything's in order for the inspection so nobody has to stay late.",
    "Wrote letters to both kids from the tooth fairy, hid them where they'll find them.",
    "Left a note for the babysitter: bath for Jack, when it's time.",
    "Gave my sister my old jewellery when I downsized.",
    "Rehomed the cat because of the baby's allergy.",
    "Wrote my goodbyes in Sarah's leaving card.",
    # it is back, the time
    "My first attempt at the school bake sale was a disaster, but it's back on next week.",
    "Discharged from the midwife today and my appetite is back.",
    "Worked out how to fold the pram again after a week of swearing at it.",
    "Tuesday's the only day nobody checks on me, bliss.",
    # wishing to be gone
    "The kids would throw a party if I finally bought the trampoline.",
    "Took myself out of the picture for the afternoon so Dad and the kids could bond.",
    "I'd love to not exist on the school WhatsApp for a while.",
    "Wishing for a diagnosis for Leo so we can finally get him support.",
    "He's taking me out tonight and it'll all be sorted, we'll talk properly.",
    "Thought one swerve would miss the pothole but it didn't.",
    "Crossed without looking, nearly got hit, silly me.",
    "Didn't care if anything came of the interview, just glad I went.",
    "Saving up for a holiday in Wales.",
    "Ambulance came for next door's grandad, he's fine now and I'm back at work.",
    "Put my affairs in order before the surgery, which the nurse said is sensible.",
]


# Ordinary, but caught today by older rules (crisis.toml and others), which lean to crisis;
# kept here so the over-flag is visible. Not xfail-strict: a fix elsewhere should pass.
KNOWN_OVERFLAGS = [
    "Saving my sleeping pills for the long-haul flight.",
    "Not planning to be here at Christmas, we're flying to my sister's.",
]
