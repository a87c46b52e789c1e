"""The thirty-eighth crisis set (corpus/raw/crisis38.jsonl): wording families, near misses."""

from __future__ import annotations

CRISIS = [
    # an image said sincerely (crisis.sincere_image)
    "Grief is a sea and I'm done swimming in it. Tonight I go under, like my Tommy did. Mummy's "
    "coming, baby boy.",
    "Battery's at zero and there is no charger. I don't mean tired. I mean I've worked out how to "
    "switch myself off and I've stopped arguing with it.",
    "The sea keeps calling and tonight I'm going to answer it. The car's at the harbour. I've left"
    " my ring on the dashboard.",
    "i keep thinking the sea would be so quiet. not in a holiday way. i looked up the tide times "
    "for tonight and i know which steps go down where nobody walks",
    "I feel like the tide's coming in and I've decided to just sit down on the sand and let it.",
    "The door's been there all along. I just never let myself look at it. I've got my hand on the "
    "handle tonight and I'm not scared.",
    "honestly the fact i'm still breathing is a clerical error and i intend to correct it this "
    "weekend",
    "Let me just fade, Lord. I'm not fighting the current any more. I've stopped my insulin three "
    "days now.",
    "Beach day with the kids. They built a sandcastle with a moat, Ollie buried his sister up to "
    "her neck, we had chips from the van and a seagull nicked one. Sun cream, wet towels, sand in "
    "everything. A lovely ordinary day. While they were playing I stood at the water's edge and "
    "the pull of it was so strong, like it wanted me, and I wanted it back. I'm going to go back "
    "down there on my own tonight once Steve's asleep and swim out until I can't swim any more. It"
    " feels like the right ending to a nice day.",
    # someone cared for taken too, or in danger from someone else (crisis.both_of_us)
    "I've been thinking that if I crash the car with both of us in it, he won't have to grow up "
    "with a mum like me. I can't stop thinking it.",
    "Rejected again from the nursing home for Dad, council cuts, I'm caring for him and my 3 kids."
    " I sat with the pill organiser tonight and worked out how many of his and mine it would take "
    "for both of us. I'm at breaking point.",
    "I'm the carer for my daughter who has Rett syndrome. I love her more than anything. But I've "
    "started looking at her medications and wondering how much would let us both go to sleep "
    "together.",
    "Postpartum, day 11. I hear the baby monitor telling me I've been chosen to sacrifice him. I "
    "know it's true because the numbers on the clock keep showing 11.",
    "The voice says the baby's crying is the devil in him and the only way to save his soul is "
    "water. I've run the bath. I know it sounds wrong but it's so clear.",
    "he said he'd burn the house down with me and the kids in it. he's got petrol in the shed. I'm"
    " in the car with them now at the services, I don't know where to go",
    "He broke my wrist in June, nose in August. I'm not going to wait for what's next. I've "
    "decided to take it into my own hands and go before he can do it for me.",
    "She's 16 and she's just texted me a photo of pills in her hand and 'sorry mum'. She's not "
    "answering. What do I do I'm driving home now",
    # the means gathered, kept or counted, and the way chosen (crisis.means_hoarded)
    "Went to the chemist twice today, different ones, so they wouldn't ask questions. Got what I "
    "need now.",
    "Sectioned last year and swore I'd never be back here. But I'm collecting the quetiapine "
    "again. Three bottles now. I know what it means and I've stopped minding.",
    "There's a bottle of bleach in the cupboard and I've been looking at it like it's a glass of "
    "water.",
    "I keep counting my tablets like they're savings. Forty-two now. Enough for a long, long rest."
    " I'll wait till the baby's with his nan.",
    "Every time I look at the knife block I think about how it would feel. Moved it to the top "
    "shelf. Moved it back down.",
    "I told my wife I'm going camping on Saturday. I'm taking the hosepipe and the tape. She'll "
    "get a message from me when it's over.",
    "Inside for 18 months, my babies are in care. Got told today they're being adopted. I've got a"
    " sheet and there's a pipe in this cell. Nothing left to be a mum for.",
    "the tablets are working. bit dizzy. posting so someone knows where i am. 14 Elm, back door's "
    "open.",
    "Tuesday. Up at 5:40 because Olly wet the bed again, so sheets in the machine before the "
    "school run. Forgot Maisie's PE kit and had to drive back for it, she cried, I shouted, felt "
    "awful. Work was a nightmare, three emails from Karen about the quarterly numbers I'd already "
    "sent twice. Picked up a rotisserie chicken for tea because I couldn't face cooking. The boys "
    "fought over the iPad. I've been keeping the pills from my back operation in a sock in my "
    "drawer, and I've counted enough, and I think next Tuesday when they're at their dad's is the "
    "day. Bath, stories, bed. Need to remember to buy more washing powder and book Olly's dentist.",
    # drafted messages, letters and arrangements for after (crisis.quiet_goodbye)
    "My mother-in-law told me I'm a useless mother. She's right. The kids deserve a clean start "
    "without me and I've arranged it. Sister will find the note.",
    "im so sorry mum i couldnt be the daughter you wanted. dont come in the bathroom. call someone"
    " else to.",
    "Hi, sorry for the weird msg. I just wanted to say thank you for being a good friend. You "
    "won't hear from me after tonight. Please look after my Bea.",
    "I've written out the bank details and the PIN for my husband. Also which neighbour to ask "
    "about the school run. Tomorrow isn't mine.",
    "Everything is arranged. Will updated, letters written, babysitter booked for Saturday night. "
    "It's not a date night.",
    "Draft to Mum, not sent yet: 'Mum, please take Ellie and Sam. You'll be better at it. I'm "
    "sorry for everything. Don't let them find me, please come first.'",
    "Whoever finds this, the dog needs feeding twice a day and the baby's formula is the red tin. "
    "I've gone down to the pier.",
    "Aunty I'm sorry. I wrapped my gold for Nisha in the red cloth in the almirah. Don't let them "
    "do my funeral big. I'm going tonight.",
    # places, the way and following the dead (crisis.the_way_there)
    "Prayed all night and God is silent. So I'll go to Him instead. Tomorrow morning after Fajr.",
    "Packed the kids' lunches, signed the trip form, and sat in the car outside school for forty "
    "minutes thinking about how the rail bridge on the way home has no fence.",
    "Can't stop thinking about the reservoir. How cold it'd be. How it'd stop. Bought waders 'for "
    "fishing' lol",
    "keep seeing myself jumping off the balcony. 11th floor. it doesn't scare me any more, thats "
    "what scares me.",
    "My son has been in the ground eleven weeks. I go to him every day. Tonight I'm going to lie "
    "down beside him and not get up, I've brought the tablets and a blanket.",
    "Theres a bit on the big roundabout where the lorries come fast. I keep thinking about "
    "stepping off the kerb there. Yesterday I did it, a lorry swerved. I'm sort of disappointed.",
    "41 weeks pregnant and I keep hoping something goes wrong in labour and I just don't come out "
    "the other side. Not the baby. Me. I've stopped telling the midwife how I feel because I don't"
    " want her to stop it.",
    # eating and the body as punishment (crisis.body_punished)
    "My body is the enemy. I've started starving on purpose so there's less of me. When I faint I "
    "feel I've won. I want to shrink till there's nothing.",
    "I'm punishing myself for every bite. 600 calories then I run till I'm sick, and tonight I "
    "slammed my hand in the door because I ate a biscuit. I deserve worse, and I'm going to make "
    "sure I get it.",
    "Ate nothing again today. When I do eat I make myself pay for it by cutting after. 3 new ones "
    "on my thigh tonight, hidden under pyjamas.",
    "No food for 4 days. I've decided I'm not going to eat until I disappear. Literally. I'd like "
    "to fade right out.",
]

NOT_CRISIS = [
    # images said of ordinary things (crisis.sincere_image)
    "Beach day: the sea was so calm, the kids swam out to the buoy and back, and I sat on the sand"
    " and let the tide tickle my toes.",
    "The light's going out in the hallway again, third bulb this month. Ordered LEDs.",
    "Work is a sea of emails and I'm going under. Tonight I'm going to let the dishwasher do the "
    "work and go to bed at nine.",
    "Phone at 1%, no charger, so I had to switch myself off from the group chat for the evening. "
    "Bliss.",
    "The shed door sticks; I had my hand on the handle tonight and it still wouldn't budge.",
    "Lord, let me just sleep through one night, that's all I ask. Teething is brutal.",
    # carers, medicines and news told safely (crisis.both_of_us)
    "Both of us were wiped out by the norovirus; I gave him his night medicine, took mine, and we "
    "both slept till ten.",
    "The pharmacist worked out how many of his tablets and mine would fit in one dosette box for "
    "both of us.",
    "My toddler says the baby monitor talks to her at night. It's the white noise setting, bless "
    "her.",
    "Grandad showed the boys his old rifle from the army and they rang me to tell me all about it.",
    "Crashed the car into a bollard in the Tesco car park with the kids in the back. Nobody hurt, "
    "just my pride.",
    # medicines, cleaning and tools that are only that (crisis.means_hoarded)
    "Went to two chemists today, different ones, looking for Calpol sachets. Finally got what I "
    "need.",
    "The bleach is on the top shelf where the toddler can't reach it, and the knife block is at "
    "the back.",
    "Hosepipe ban lifted, so I'm taking the hosepipe and the tape measure to the allotment.",
    "I've already picked how we'll do the nursery: pale green, with stars on the ceiling.",
    "Counting down the days till payday like they're a prison sentence, ha.",
    # notes, messages and plans that are ordinary (crisis.quiet_goodbye)
    "Wrote thank-you letters for the birthday presents with the kids. It's time for bed now.",
    "Don't come in the bathroom, I'm doing a face mask! Call someone else to read you a story.",
    "Tomorrow isn't mine, it's the in-laws' turn to host Sunday lunch.",
    "Everything is arranged. Will and Sam are coming at six for the barbecue.",
    "You won't hear from me after tonight, off to a festival with no signal!",
    "Nobody needs to worry about me after Friday, the boiler's fixed and I've got heating again.",
    # places and visits told safely (crisis.the_way_there)
    "Prayed for rain all week and God is silent, so I'll go to Him in person: Sunday service, "
    "front row.",
    "Walked past the reservoir with the dog. You have no idea how cold it'd be for a swim in "
    "March.",
    "I keep seeing myself jumping off the high board at the pool; my coach says that's "
    "visualisation.",
    "Hoping I don't come out of labour without an epidural this time, ha.",
    # food, exercise and bodies told without punishment (crisis.body_punished)
    "Starving after the school run, so I ate the kids' leftover fish fingers standing at the bin.",
    "Food log: 1,400 calories, a walk, a bit of cake. Not punishing myself for the cake.",
    "Stopped eating sugar after six and my heart will stop racing at night, the GP reckons.",
    # long ordinary days with one word that only looks like danger
    "Packing boxes for the move. Bailiffs? No, just the removal men at ten. The council finally "
    "found us a three-bed, Milo chose his room, and I wrapped every plate in newspaper like my nan"
    " did.",
    "Sami had a good day: two seizures, both short, logged in the app. Respite hours restored "
    "after I argued with the council. I sat with him on the sofa tonight and we both just rested.",
    "Eleven weeks since we lost Grandad. I go to his grave every Sunday with the kids and we lie "
    "down on the grass beside him and tell him about school.",
    "The radio DJ read out my daughter's name on the birthday request slot and she screamed the "
    "house down. Best morning.",
]
