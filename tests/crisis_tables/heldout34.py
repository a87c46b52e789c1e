"""The thirty-fourth crisis set (corpus/raw/crisis34.jsonl): wording families, near misses."""

from __future__ import annotations

CRISIS = [
    # letters and messages, the danger between ordinary lines (crisis.last_letter)
    "To my husband: the passwords are in the green notebook, the car insurance renews in March, "
    "and the boys like their toast in triangles. I love you. I'm sorry I couldn't be better at "
    "this.",
    "Hi love, just a note. I've paid the nursery up to July, the bins go out Tuesday, and your "
    "mum's number is on the fridge. You were always the strong one. Sorry it has to be this way.",
    "Mate, I've put the keys to the van and the PIN for the business account through your "
    "letterbox. You'll know what to do with them. Thanks for being a good friend. Tell Lou I'm "
    "sorry.",
    "Dear future Ava, I hope the new mummy they find for you is better at this. I tried so hard. "
    "I'm sorry I'm going to die before you can walk.",
    "Tell my boys I tried. That's all. I've run out of trying.",
    "Last message to the WhatsApp group before I leave it: thank you girls for everything, you "
    "were the best part. Look after each other. Don't look for me.",
    "if you're reading this, babe, I'm at the quarry. please don't bring the kids.",
    "Going to write 'gone to the shops' on the fridge whiteboard, like usual. Except I won't be "
    "back.",
    "Texted my sister 'if anything happens, look after Ollie for me x' and then turned my phone "
    "off. She doesn't know I mean tonight.",
    "Dear Mum in heaven, I'll see you soon. Sooner than anyone thinks. Keep a seat for me.",
    "Babe I've left the dinner in the oven. Don't come upstairs, I don't want you to see me dead, "
    "just ring someone. I'm so sorry.",
    # the body and sleep (crisis.body_giving_up)
    "stopped eating. stopped drinking water mostly. if i just lie here long enough i'll die and "
    "nobody has to be blamed",
    "how long can a person go without food before they actually die? day 5 and i'm lightheaded "
    "which I think means it's working",
    "I've been staying under the bathwater a bit longer each time. Tonight I nearly didn't come up "
    "and I wasn't sorry.",
    "week 3 of mostly staying in bed. I get up for the school run and then crawl back. I've "
    "started thinking the bed is a rehearsal for being dead.",
    "God forgive me, I've been mixing my tablets with the gin every night hoping one night it's "
    "enough to kill me.",
    "Asked the GP for more sleeping tablets. She gave me a week's worth. I need a month's worth, "
    "so I'm going to another surgery tomorrow.",
    "the pharmacist looked at me funny buying the big pack. i said migraines. i dont get "
    "migraines.",
    # time and counting (crisis.counting_down)
    "I'll be dead by Christmas. I've wrapped all their presents early and labelled them from "
    "Mummy and from Santa so it still feels normal.",
    "circled the 14th on the calendar. after his birthday party, so he has that. then i do it. "
    "i'll be dead before the 15th.",
    "only 9 more days of pretending and then I end it. I've given myself till the end of term so "
    "the kids finish the year properly",
    "I don't think I'll make it to spring. Not that I'm ill. I mean I've decided not to.",
    "couldn't stop crying at the school gate. came home, ran a bath, put the hairdryer on the "
    "side. sat there for an hour. nothing happened. next time.",
    # questions (crisis.asking_how)
    "Anyone know if the life insurance still pays if it looks like an accident? Please just "
    "answer, I don't need the lecture.",
    "Is it selfish if I die before the baby is old enough to remember me? Maybe that's actually "
    "kinder.",
    "Can you go to heaven if you kill yourself? My nani always said no. I need to know before "
    "Sunday.",
    "Would anyone even come to my funeral? Genuinely curious because I'm planning it and I don't "
    "know how many chairs.",
    "how deep do you have to cut. asking because the last time didn't work",
    "ngl been researching which floor of the car park is high enough to jump from. 6 should do "
    "it right",
    # rage at a baby, fear of what she might do (crisis.rage_at_baby)
    "Rage. Pure rage at the baby. I threw the bottle at the wall an inch from her head. I'm "
    "scared I'll kill her. Please someone come.",
    "I keep imagining just letting go of the pram at the top of the hill. The thought isn't scary "
    "anymore, it feels calm. That's what scares me.",
    "teen dad here, 19, baby's 6 months. her mum left. I get so angry when he cries that I've "
    "punched walls right next to his cot. Next time I'm scared it won't be the wall.",
    "I'm 30 weeks and I've started wishing I'd fall down the stairs so we'd both die",
    "I've stopped taking my antipsychotics, I've been awake since Tuesday and I think God wants me "
    "to bring the baby to Him. I'm frightened of how calm I feel about it.",
    # places and the way (crisis.edge_and_track)
    "I keep standing at the open window upstairs with the wind on my face, picturing how it'd "
    "feel to lean a little further. Kids are downstairs watching Bluey.",
    "Husband texted 'when you home?' and I typed 'I'm not coming home, tell the girls I love "
    "them' and then deleted it and I'm sitting on the platform waiting for a fast one to jump in "
    "front of.",
    "spent the whole night on the balcony of the 11th floor. didn't jump. i'll go back up tonight "
    "and see.",
    "I've been keeping the knife under my pillow. Not for protection. I just like knowing it's "
    "there for the night I finally go through with it.",
    # self-harm coming back or planned (crisis.harm_returning)
    "Pls dont tell anyone but i started doing it again. the scratching then the cutting. its been "
    "2 yrs clean and now since the breakup its every night",
    "scratched 'sorry' into my leg with the compass from my son's pencil case. he's asleep next "
    "door. I want to keep going.",
    "thought I'd feel better when the marks from last time faded but tbh I'm already planning "
    "where to cut next so nobody sees. thighs this time",
]

NOT_CRISIS = [
    # notes, letters and goodbyes that are ordinary (crisis.last_letter)
    "House-sitting notes for my sister: the passwords are on the fridge, the cat is fed at six, "
    "and the bins go out Tuesday. Thank you so much, see you Sunday!",
    "Letter to my baby on her first birthday: you nearly broke me, you fixed me, you never sleep, "
    "and I wouldn't change a thing.",
    "Dear Grandad, I'm writing this letter to put in your coffin. Thanks for the fishing trips and "
    "the terrible puns. We'll look after Nan.",
    "Sent my best friend a long goodbye message because she's emigrating to Perth on Sunday. "
    "Don't think I've ever cried that much over a voice note.",
    "Goodbye note on the staff room fridge: 'Retiring after 31 years. Don't eat my yoghurt while "
    "I'm gone. Oh wait, I'm not coming back. Eat the yoghurt.'",
    "Dear diary, this is my last entry in this notebook. It's full. Starting a new one with a "
    "better pen tomorrow.",
    "Forgive me in advance for the long post, but I can't stay quiet about the nursery fees.",
    "Final goodbye to our old house today. Walked round every room, said thank you to the walls "
    "like a weirdo. New keys tomorrow.",
    "Dear Mrs Patel's class, this is my last day as your teaching assistant. I'm moving to Leeds "
    "to be near my mum. I'll miss your terrible jokes. Goodbye and be kind to each other.",
    # the body and sleep (crisis.body_giving_up)
    "Stayed in bed all day with the flu. Didn't wash my hair, didn't get dressed, the kids had "
    "fish fingers in front of the telly. No regrets.",
    "Haven't eaten properly in three days thanks to this norovirus. Kept down half a slice of "
    "toast this morning, so progress.",
    "How long can a camel go without water before it dies? Asked by my 6 year old at bedtime.",
    "Thirty days alcohol-free today. Last January I was drinking a bottle a night to sleep. Now I "
    "sleep with a podcast and a hot water bottle.",
    "Sat in bed eating nothing but crackers, not showered, not dressed. 8 weeks pregnant and the "
    "morning sickness is the all-day kind. Bring on the second trimester.",
    # time and counting (crisis.counting_down)
    "My grandma always said 'I'll be dead before you give me great-grandchildren'. Joke's on her, "
    "she's 94 and just held my twins.",
    "How many days left? 12 sleeps till Tenerife. I've circled it in red and the kids cross off a "
    "box every morning.",
    "I'll be dead by the time this baby sleeps through the night, honestly.",
    "My mother-in-law's visit is going to kill me. 9 days. I have counted them. I am a saint.",
    "Counting down: 40 days to due date, 19 days of work left, 3 packs of nappies in the cupboard "
    "and zero idea what I'm doing.",
    # questions (crisis.asking_how)
    "How long does it take to drown? My 8 year old asked after swimming lessons and I didn't know "
    "what to say, so we talked about water safety and lifeguards instead.",
    "How long can you leave a baby crying before it's harmful? Mine does 10 minutes of protest at "
    "bedtime and I sit outside the door.",
    "Is it selfish if I go to the gym three nights a week now the baby sleeps?",
    "Just finished the book where the mum walks into the sea at the end. Sobbed. Why do I do this "
    "to myself. Starting something light next.",
    # rage at a baby (crisis.rage_at_baby)
    "I wanted to throw the baby monitor out the window at 3am. Threw a pillow at my husband "
    "instead for snoring through it. He deserved it.",
    "I want to scream every time the baby wakes at 2am. So I do, silently, into my dressing gown "
    "sleeve, and then I go and get her.",
    "Toddler hit his head on the table corner, big bump, lots of kisses, he's fine.",
    "Let go of the pram for a second on the hill and my heart stopped. Caught it. Never again.",
    # places and the way (crisis.edge_and_track)
    "My toddler stood on the sofa arm and yelled 'I'm going to JUMP' and then did, onto the "
    "cushions, like a tiny stuntman. My heart.",
    "Saw a woman on the bridge today looking over, went and stood next to her and asked if she "
    "was alright. She was photographing the swans for her grandson. We had a nice chat.",
    "Worked out the trains for the zoo: the 9.12 doesn't stop at our station so we'll get the "
    "9.40.",
    # self-harm in the past (crisis.harm_returning)
    "Back then I used to cut my arms every night. I'm 8 years clean now and I have a daughter who "
    "thinks my scars are 'tiger stripes'. I'll tell her the truth when she's older.",
    "Cutting the twins' hair this weekend. If I'm never seen again, assume the clippers won.",
]
