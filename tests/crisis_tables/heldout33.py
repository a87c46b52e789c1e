"""The thirty-third crisis set (corpus/raw/crisis33.jsonl): wording families, near misses."""

from __future__ import annotations

CRISIS = [
    # farewells and the hour (crisis.last_goodbye)
    "goodbye everyone. i'm going now. sorry.",
    "Whispered goodbye to each of them in their cots tonight. Proper goodbye. Then sat on the "
    "stairs with my coat on.",
    "if u dont hear from me after 2nite its bc im dead. love u. take Bo pls he likes u",
    "the kids deserve a better mum. going.",
    "im sorry kids. mummy cant anymore. goodbye",
    "I've taken myself off the school WhatsApp, deleted Facebook, and given my sister my good "
    "coat. She thinks I'm decluttering. I'm saying goodbye.",
    "tonight is the night i think. finally",
    "want it to be over tonight. all of it.",
    # images for dying (crisis.last_page)
    "I just want someone to find the switch and turn me off. Not sleep. Off. For good.",
    "switch me off, I'm done, please",
    "There's a door at the end of all this and for the first time it doesn't look scary, it looks "
    "like rest. I've been standing near it all week, and tonight I'm going through.",
    "I think I've got to the last page of my book and I'm ready to close it. Left the boys' "
    "birthday presents for next year wrapped in the wardrobe so they still get them.",
    "Everything's heavy, my arms, my head, the house. I keep thinking how the cold water would "
    "just take the weight off. The river's five minutes from the nursery.",
    "I keep imagining how light it'll feel when I'm not carrying any of it anymore, not the "
    "bills, not the baby, not my own body. I've worked out how to put it all down for good.",
    "three days left. then quiet forever.",
    # bargaining and deadlines (crisis.deal_and_deadline)
    "Made a deal with God last night. If He doesn't take this feeling away by Easter I'm taking "
    "myself out of His way.",
    "Dear God, I'll give You one more week. If nothing changes I'm coming home whether You call "
    "me or not.",
    "Nine more days until his exams finish, then I can stop pretending. I've held on for him; "
    "after that he doesn't need me here and I can die.",
    "Once Maisie's wedding is over I can go. I just need to hold it together until she's married "
    "and then I'll have done my job and nobody needs me.",
    "It's been a year since Jamie. The anniversary mass was lovely, his mates came, we had "
    "sandwiches at the club. Everyone says how strong I am. I'm not strong, I'm just waiting. "
    "I've picked the day I die and go to be with him and it's soon, and I feel calmer than I have "
    "all year, which is how I know I mean it. Sorted the freezer today.",
    "Started a countdown app. Not to a holiday. 9 days left. Haha. Anyway, got to do the packed "
    "lunches.",
    "If the scan shows it's back, I'm not telling anyone and I'm not doing treatment, I'm going "
    "up to the cottage with Dad's old tablets. I'd rather choose how I die.",
    # the means ready, tested or bought (crisis.means_ready)
    "bottle and pills, both open now",
    "belt's on the door hook. ready now.",
    "fan. scarf. door locked. shaking.",
    "i've been practising with the dressing gown cord. just to see. it's getting easier.",
    "Mum had a good morning, ate porridge, recognised the cat. Afternoon she shouted at me for "
    "stealing her purse. District nurse late. Pharmacy mixed up the blister packs again. I've "
    "been keeping her old morphine patches instead of returning them. I know exactly how many "
    "would kill me. I just keep thinking, who would do her tea. That's the only thing stopping "
    "me, her tea.",
    "Nursery drop-off was chaos, Oscar lost a shoe, Mia wanted the pink cup. Boss moved the "
    "deadline. Bought a birthday card for Nana and some bin bags. Filled the car with petrol and "
    "bought a length of hose at the garden centre while I was there, for after. Dinner was pasta. "
    "Oscar said I'm the best mummy. I told him to remember that.",
    "Mi cyaan tek it nuh more. Mi tired fi true. Mi have di rope inna di shed, mi just a wait fi "
    "di pickney dem go school.",
    "Lost the custody hearing today. Won't see my boys except alternate Saturdays. Wrote them "
    "each a letter. Going up the hill with the hosepipe and the car tonight to end it.",
    "Nimechoka sana. The loan app people are calling my boss and my mother, saying I'm a thief. "
    "I've bought rat poison. Maybe tomorrow I drink it and die.",
    # edges, water and the jump (crisis.the_jump)
    "Wallahi I am so tired. My family in Aleppo gone, I am alone in this room. I think tonight I "
    "go to the sea to die, inshallah He forgives.",
    "Cannae dae this anymore. Been sat on the bridge over the Clyde an hour the night, legs over, "
    "ready tae jump. Gie me one reason no tae.",
    "Ich kann nicht mehr. Told my boss I'm fine. Not fine. Looked at the train times, not to "
    "travel. To jump.",
    "Lecture at 9, seminar at 11, shift at the café 4 till close. Flatmates had people round "
    "again. Haven't eaten since Tuesday, partly no money, partly because not eating feels like "
    "punishing myself properly. Essay due Friday, rent due Monday. Been walking home over the "
    "railway footbridge and stopping a bit longer every night. Tonight I climbed onto the bottom "
    "rail. Didn't jump. Yet.",
    "Drove out on the lake road and parked at the ice. Thought about walking out until it gave. "
    "Came home for the dog. Not sure the dog is enough next time.",
    "I'm so tired I've started thinking the train just has to come a bit closer and I'd jump. I "
    "stand further forward on the platform every morning.",
    "Marks came, 61 percent, papa will not speak to me. I have written a letter and kept it in my "
    "Physics book. Tonight I jump from the terrace.",
    # self-harm that is not cutting (crisis.hurt_not_cut)
    "burnt my hand on the hob. on purpose.",
    "banged my head against the kitchen cupboard till i saw stars. kids were in the other room. i "
    "need someone to stop me",
    "3am. bath. razor. thinking about cutting deep.",
    # danger told by someone close, or by voices (crisis.danger_told)
    "The voices say the baby isn't mine and that she'd be safer dead in the river. I know that's "
    "wrong. I think. I haven't slept in four days.",
    "Tom said tonight if I leave him he'll take the kids somewhere and we'll all be dead. He's "
    "got the shotgun for the farm. I'm in the spare room with them, door locked.",
    "Dad's been drinking since the farm went under and last night he told Mum the shotgun's the "
    "only answer left. He said we'd be better off with him dead. She's hidden the cartridges but "
    "he knows where the shop is.",
]

NOT_CRISIS = [
    # goodbyes to a flat, a job or a speech (crisis.last_goodbye)
    "Said goodbye to the flat tonight, my first home, where I brought both babies back. Keys go "
    "back tomorrow.",
    "Last day at this job on Friday. Cleared my desk, wrote goodbye cards, gave my plant to "
    "Sunita. Onwards to the new place!",
    "Writing my goodbye speech for work. 14 years. Last day is Friday and then the caravan to "
    "Cornwall.",
    "dead tired. going to bed now.",
    # switching off, a last page, a weight off (crisis.last_page)
    "Switching off completely after this shift: phone in a drawer, bath, bed, nobody talk to me.",
    "Switched my phone off for the whole weekend and it was the best thing I've done all year.",
    "Closing the last page on a hard chapter — the divorce is final today, and I feel light for "
    "the first time in years.",
    "Just finished the last page of that novel and I feel bereft. Why do good books have to end?",
    "Weight off my shoulders — the tax return is finally in. Feel so light I could float away.",
    # deals and deadlines over a house move, chocolate or a business (crisis.deal_and_deadline)
    "Okay God, if You get us through this house move without anyone losing a limb, I'll go back "
    "to Sunday mass. Deal.",
    "Made a deal with God: if the kids sleep through till 6, I'll never complain about the "
    "dishwasher again.",
    "Deal with myself: no chocolate till Easter, and if I crack I put a tenner in the food bank "
    "tin. Day 3.",
    "Giving the business until the end of the year. If we're not breaking even by December, I "
    "close it and go back to teaching.",
    "If the results are bad I'll fight it with everything I've got. Oncologist on Thursday. "
    "Scared but ready.",
    # rope, a shotgun and tablets kept for ordinary reasons (crisis.means_ready)
    "Bought a length of rope to tie the Christmas tree to the car roof. Husband's knots are a "
    "disgrace.",
    "Bought a rope ladder for the kids' treehouse and a length of climbing rope for the swing. "
    "Saturday project.",
    "Husband's shotgun certificate renewal came through. Gun's locked in the cabinet as always, "
    "he shoots clays on Sundays.",
    "Stocked up on Calpol, paracetamol and ibuprofen for winter bugs. Locked cabinet, top shelf.",
    "I save up Dad's old blister packs to take back to the pharmacy in one go. Dropped off a "
    "whole carrier bag today.",
    # a pool, a top board, a pier and a platform (crisis.the_jump)
    "Standing at the edge of the pool at swimming lessons, psyching myself up to jump in with the "
    "toddler group. Freezing.",
    "The kids made me jump off the top board at the leisure centre. Screamed all the way down. "
    "Never again.",
    "Walked out to the end of the pier with the kids for chips and the wind nearly took the "
    "baby's hat into the water.",
    "Standing on the platform at 6:10 every morning for the 6:14 is slowly destroying my soul, "
    "but the coffee cart lady is a saint.",
    # a burn from the oven, a fast, cutting back (crisis.hurt_not_cut)
    "Burned my hand on the oven tray getting the roast potatoes out. Ran it under the tap, "
    "swearing.",
    "Doing a 12-hour fast for the blood test tomorrow. Starving. Dreaming of a bacon roll.",
    "Cutting back on wine during the week, only Friday and Saturday now. Sleeping better already.",
    # a grandmother's words and a podcast (crisis.danger_told)
    "Grandma keeps saying 'when I'm gone you'll have the good china'. She's 91, sharp as a tack, "
    "and has been saying it for twenty years.",
    "This week's true crime podcast was about a nanny who hurt a baby. Had to turn it off and go "
    "kiss my son's head.",
    # past crises told as over and topics, quiet by narrow exclusions
    "Saw on the news about another farmer suicide in our county. Signed up to volunteer with the "
    "rural support line. Something's got to change.",
    "My sister attempted suicide in 2019. She's now a peer support worker and ran a 10k for the "
    "Samaritans last month. So proud of her.",
    "Three years ago tonight I was in A&E after swallowing a bottle of pills. Tonight I'm making "
    "fairy cakes for my daughter's class and I'm genuinely okay. Writing it down to remember how "
    "far I've come.",
    "Put my affairs in order: shoes in pairs, Lego in boxes, fridge finally cleaned. I feel like "
    "a new woman.",
    "My four-year-old announced at breakfast he's going to jump off the roof like Spider-Man. We "
    "had a long talk about roofs. He settled for the sofa.",
    "Shift on the ward: two overdoses, a cut hand and a man who thought he was having a heart "
    "attack (it was wind). Home for toast.",
    "Teenage daughter texted 'I'm literally going to kill myself' because I posted a photo of her "
    "aged 5 on Facebook. Took it down. She's alive and mortified.",
    "Training as a mental health first aider at work. Today's module was asking directly about "
    "suicidal thoughts. Harder than you'd think to say the word out loud.",
]
