"""The twenty-seventh crisis set (corpus/raw/crisis27.jsonl): wording families, near misses."""

from __future__ import annotations

CRISIS = [
    # the day decided and things put in order for after (crisis.gone_arranged)
    "Told Mark it's for when I'm on nights. That's not why. I don't plan to be here.",
    "3 November. I've picked the place.",
    "I'm not planning to be the one who gets them out of the loft.",
    "The delivery driver said 'see you next week' and I thought, no you won't. I've decided.",
    "He said 'going somewhere?' It isn't a trip, and I've nearly got everything in place.",
    "Court date's the 14th. If they give him the kids I won't be here on the 15th. "
    "I've thought it through.",
    "She thought I was moving house. I let her think it.",
    "It's the last useful thing I'm going to do before I end it.",
    "All ready for tomorrow without me in it.",
    "I've been getting things straight for when I'm gone, and I think that's soon.",
    # the edge, the water and the road (crisis.edge_stood)
    "Sat on the ledge untied for a while. I wanted to let go.",
    "I stood at the kitchen window thinking about the fourth floor and how quick it would be.",
    "Been lookin at the cliffs at the Ness an no for the view.",
    "Stood at the viaduct for an hour looking down. Only came home because my phone rang.",
    "Sat in the station car park and only didn't do it because the attendant knocked.",
    "The whole last six I was thinking about running off the edge of the quarry.",
    "Swam out past the buoys and thought about just not turning round.",
    "Follow-up to Sunday: went back to the quarry. Stood nearer the edge this time.",
    "Lay on the board out past the break wishing a wave would take me.",
    "Turned my light off on the descent, on purpose.",
    # the means kept back, taken or held (crisis.means_taken_home)
    "Tonight I sat on the bed with a belt in my hands for an hour.",
    "Today I am thinking why I didn't take all.",
    "I took the tin home with me today. I haven't opened it. I know exactly why I took it.",
    "The extra boxes are in the glovebox, and I know why.",
    "Pharmacist asked if I wanted a bag. I wanted to tell her I'm saving them for something.",
    "The doctor halved my script. She was right to be worried. I'd been keeping half back.",
    # the wish said quietly (crisis.quiet_wish)
    "This year it has words: I don't want to see spring.",
    "I keep imagining not carrying on living at all, and it feels like a relief.",
    "The easiest thing is just not to be alive when the letter comes.",
    "I'm so done being alive.",
    "Dinnae want tae wake up the morra.",
    "Friday 9th. Went to bed hoping not to wake. Again.",
    "I'd like to lie down under the grass and never get up again.",
    "Mi keep thinking bout how fi end it an it nah leave mi head.",
    # family who did it and her following, and marks she owns (crisis.in_the_blood)
    "Ma granny did it. Ma mammy near did it. I'm feart it's in the blood.",
    "Mum tried when I was fifteen. I've started thinking about it too.",
    "Everyone in my family who felt like this went through with it. I'm just next in the queue.",
    "Update: the bruises on my thighs are from me. Not the door. Me.",
    # someone else at risk (crisis.someone_at_risk)
    "The last thing she sent me was 'sorry for everything x'. I'm driving up tonight.",
    "Found Ben's search history. How much of something it takes.",
    "Lauren was found sitting on the roof of her halls at 4am.",
    "Kieran texted 'don't look for me'. His phone's off.",
    "Zain told his sister he's been cutting and asked her not to tell me.",
    "Tonight she said, very calmly, 'next time I'll make sure they can't bring me back'.",
    "She said the cat scratched her. We don't have a cat.",
]

NOT_CRISIS = [
    # the day decided and things put in order for after
    "3 November. I've picked the paint. Sage green. Finally.",
    "Showed Dev where everything is before my work trip to Lagos, bin days, boiler reset.",
    "Laminated sheet on the fridge for the babysitter: bedtimes, allergies, both our mobiles.",
    "Court date's the 14th for the parking appeal. Justice will be mine.",
    "Teaching Tom the morning routine before my new job with the 7am start.",
    "Recorded six bedtime stories before my night shifts start so Poppy can hear me.",
    "Sorted the kids' outgrown clothes into bags for my sister's baby.",
    # the edge, the water and the road
    "Fell run over the tops. Stood at the crag edge for ages just looking. That view is why.",
    "Walked into the lake at dawn up to my waist and stood until my feet went numb.",
    "Follow-up to Sunday: went back to the quarry with the climbing club and led my first route.",
    "Cycled home in the dark and realised my back light was dead.",
    "Swam out past the buoys at the reservoir for the first time! Felt so alive.",
    "Night ride on the moor road with the club. Long descent with only our lights and the stars.",
    "Walked the cliff path where Great-gran died, pushing the pram. Left sea pinks by the fence.",
    # the means kept back, taken or held
    "Mum keeps her old tablets in a tin. Took the tin to the pharmacy for safe disposal today.",
    "Pharmacist asked if I wanted a bag. Forgot my tote.",
    "Doctor's halving my sertraline because I'm doing so well.",
    "Fourteen zopiclone left and the GP won't renew until I've seen the sleep clinic.",
    # the wish said quietly
    "Summer holidays start Friday and I don't know how I'll survive six weeks.",
    "Sat in the motor ootside the school, absolutely done in. Made it tae Friday.",
    "Ironing uniforms on a Sunday night thinking this is the last time I'll do it for Ella.",
    "I want to sleep for a week. Not joking.",
    # family who did it and her following, and marks she owns
    "My mum's mum took her own life when Mum was nine. We went to the grave today. "
    "It felt peaceful.",
    "Family history of depression on both sides, so I got referred early. Mood steady.",
    "Update: the bruises on my thighs are from the trampoline park. Never again.",
    "Therapist asked whether I fear repeating my mother's life. Not any more.",
    # someone else at risk
    "Leah had her wisdom teeth out. Said she'd rather die than eat soup for one more day.",
    "Ben's search history is half Minecraft and half 'how to get abs in a week'.",
    "Zain told his sister he's got a girlfriend and asked her not to tell me.",
    "Jess came home with plasters all over her fingers. Pottery club.",
    "Aoife hasn't answered since Tuesday. Checked the location app: she's at a festival.",
    "Kieran's fine. Blew a chunk of his loan on rounds at the union and a leather jacket.",
    # and the quips at an imposed session and a care home
    "Staff room chat was all about the wellbeing initiative. Yoga at 7am. I would rather die.",
    "Gran always said she'd rather be dead than go in a home. She's 94 and plays bingo.",
]
