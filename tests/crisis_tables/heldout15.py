"""The fifteenth crisis set (corpus/raw/crisis15.jsonl): its wording families and near misses."""

from __future__ import annotations

CRISIS = [
    # wanting to join someone who died (crisis.reunion_longed)
    "Since Mum died I keep thinking about joining her.",
    "It's been two years since the funeral and I only want to be where he is.",
    "We lost our son at Easter. Some nights I think I could just go to him.",
    "I pray every night for the Lord to call me home.",
    "Since his dad died he keeps asking about heaven and how you get there faster.",
    "Widowed a year now and I'm so tired of waiting to see him again.",
    # not wanting to wake again (crisis.waking_unwanted)
    "I took everything in the cabinet and prayed I wouldn't wake up.",
    "Came round in the ambulance and honestly I was gutted that I had.",
    "When I came to I felt cheated.",
    "The only way out I can see is one where I never have to wake up again.",
    "I'm after the kind of sleep you don't wake up from.",
    "I want an eternal sleep, nothing else.",
    # the same said in other Englishes (crisis.said_in_englishes)
    "Mi tired so til mi jus wan lay down an neva wake again.",
    "Some nights mi waan dead.",
    "Abeg, make I sleep and no wake again.",
    "I don tire for this life.",
    "The weans would be better aff withoot me.",
    "Me oot the road for good, that's what they need.",
    # not alive much longer (crisis.time_running_out)
    "If this is how my life is going to be, I don't want any of it.",
    "Honestly this will be my last Christmas.",
    "I can't see a future past the summer.",
    "Tell them not to worry, I won't be a burden much longer.",
    "She won't have to look after me much longer.",
    "I keep wishing for a cancer diagnosis, something terminal.",
    # a decision made, calm about it (crisis.decision_settled)
    "So calm ever since I made the decision.",
    "I've decided. And I feel at peace.",
    "Quietly planning my exit.",
    "Nobody left to write a letter to, so that's one less job.",
    "They deserve better and I'll give it to them by disappearing.",
    "The kids would be better off with a new mum. I'd step aside.",
    # going, not through the door (crisis.going_not_out)
    "I'm going. And not through the front door. For good.",
    "Thinking of just leaving, not out the back door, leaving.",
    "Mum says she's ready to go and she didn't mean on holiday.",
    "He said he was ready to go, and he didn't mean home.",
    # the means worked out or gathered (crisis.means_worked_out)
    "Been doing the sums on my tramadol all week.",
    "Bought codeine, not for my back.",
    "Looked up the lethal amount and I know what I weigh.",
    "Went round every chemist in town, two boxes each because that's the limit they'll sell.",
    "Got a bottle of gin and the sleeping tablets, I'm taking them together tonight.",
    "Bought a hosepipe. Told him it's for the garden. It's not.",
    # at the drop (crisis.drop_visited)
    "Went up to the roof of the car park and checked which corner has no cameras.",
    "Stood on the bridge for an hour staring over the edge.",
    "At the station I stepped closer to the yellow line every time a train came.",
    "Drove up to the quarry and sat in the car till three.",
    "Stood at the weir wondering if the river was fast enough.",
    "I keep thinking about the freight trains that never stop here.",
    # goodbyes written for after (crisis.goodbye_hidden)
    "Finished my farewell letter to Jamie and tucked it under the mattress.",
    "Recorded videos for each of the girls, just in case.",
    "You won't find this until I'm gone.",
    "Put a note in her book bag. The last one I'll ever write.",
    "Sent my sister a text at midnight: 'look after the boys'.",
    "Took the dog to Mum's so he's cared for when I'm gone.",
    # a threat from someone at home (crisis.threat_veiled)
    "He held a cushion over my face until I blacked out.",
    "He sharpened a knife and laid it on my pillow.",
    "Every time I mention the lawyer he says accidents happen in the bath, staring right at me.",
    "He told me no one would come looking for me if I disappeared.",
    "My ex swore I'd be in the canal by Christmas.",
    "Bail conditions end Monday and he's already messaging 'not long now'.",
    # someone close in danger (crisis.close_at_risk)
    "My brother texted a picture of the viaduct, just 'sorry', and his phone is off.",
    "The caretaker found him on the roof again, he wouldn't say why.",
    "There was blood on her pillowcase and it wasn't a nosebleed.",
    "His wrists are covered in thin red lines.",
    "Dad keeps the rifle by his chair and says one day he'll save us the trouble.",
    "My mum said 'one day I'll save you all the bother' and hung up.",
    # the children in danger (crisis.child_at_risk)
    "If I go I'd take the baby with me so no one would be left to deal with it.",
    "I am not safe with the baby tonight.",
    "Scared that one of these days I'll lose control and hurt her.",
    "The voice keeps saying drop him over the banister.",
    "God is telling me to send my son back.",
    # a blade kept and used (crisis.blade_habit)
    "I hide a razor blade in my pencil case and use it at lunch.",
    "Kept the sharpener blades in my sock drawer and used them again last night.",
    "The blades are in my wash bag, I use them most nights.",
]

NOT_CRISIS = [
    # reunion_longed
    "Since Grandad died I thought about joining the bowls club.",
    "She's at uni in Leeds and I just want to be where she is.",
    "The baby was crying upstairs and I could just go to him, but I let his dad.",
    "Asked the Lord to bring me home safely from the night shift.",
    "The kids asked if heaven is real and how long it takes to get there.",
    # waking_unwanted
    "I hoped I wouldn't wake the baby when I came in late.",
    "When I woke up I was disappointed it was still raining.",
    "My dream plan is the one where I don't have to wake up at six.",
    "Need a long rest, like a proper one, after this week.",
    # said_in_englishes
    "Slept right through and no wake-ups, bliss.",
    "Get oot the road, the bin lorry's coming!",
    "The kids would be better aff wi a bigger garden.",
    # time_running_out
    "I don't want the rest of my life to be like this.",
    "This is my last Christmas at this job, new role in January.",
    "Can't see a way past March with this project deadline.",
    "Reached the end of my road and turned left for the school.",
    "No point booking anything for after the 20th, we're away in Spain.",
    "She won't be around to find out, she's moving to Leeds.",
    "The leak won't be a problem soon, the plumber's coming.",
    "Time I stopped for lunch.",
    "Wishing for a diagnosis that explains the tiredness.",
    # decision_settled
    "I've decided. I feel calm about the new job.",
    "So much calmer since I made the decision to stop breastfeeding.",
    "Sorting my exit from the group chat.",
    "Nobody to leave a note for the milkman these days.",
    "They deserve better and I'll make sure they get it by going to parenting classes.",
    # going_not_out
    "Thinking about just going. Not to the shops, going to Spain.",
    "He said he was ready to go and he didn't mean the shops, he meant the pub.",
    # means_worked_out
    "Doing the maths on the paracetamol dose for the baby.",
    "Bought paracetamol, not for a headache, for the kids' fevers.",
    "Worked out the ibuprofen per kg, I know her weight.",
    "Nobody would find me till Monday at the spa, bliss.",
    "Went round Tesco and Asda, two packs each of formula because that's all they'll sell you.",
    "Three years sober and using the lot at once for the birthday cake.",
    "Don't take the tablets with wine, so I'm not taking them together.",
    "The life insurance pays out more than I'd earn, so we're covered.",
    "Left the hob on without lighting it and smelled gas, so I opened the windows.",
    "Left the gas on without lighting it by mistake and sat down, then smelled it.",
    # drop_visited
    "Took the kids up the multi-storey to look over the edge at the fireworks.",
    "The toddler stepped closer to the edge of the pool.",
    "We drove to the cliff car park to watch the sunrise and sat there till six.",
    "Checked whether the river was deep enough to paddle.",
    "So annoyed at the fast trains that don't stop at our station.",
    "Turned the wheel to miss the pothole by the bridge.",
    "Staying down here for good, we love Cornwall.",
    "I've thought about the loft hatch every day, it sticks.",
    "Checked the balcony rail against my hip to see if the toddler could climb it.",
    "Keep thinking about the trains that don't stop at our station, the commute is awful.",
    "Drove to the reservoir and sat in the car till three waiting for the rowing club.",
    # goodbye_hidden
    "Wrote my goodbyes to the team on my last day.",
    "Wrote letters to both boys for their birthdays, just in case I'm late back.",
    "You won't see this till after Christmas, it's a surprise.",
    "Last card I'll write this year, thank goodness.",
    "Texted Mum 'can you look after them for me' when the train was late.",
    "Took the dog to the kennels so he's looked after while we're in Spain.",
    # threat_veiled
    "The baby put her hand over my mouth while I was singing.",
    "My husband put a pillow over my face during the pillow fight and the kids howled.",
    "I put a pillow over my head when the neighbours started drilling.",
    "Sharpened the knife and left it on the board for dinner.",
    "Mum always says accidents happen when the kids spill juice.",
    "Mum says I'll be in the ground before the council fixes the road.",
    "The builder said he'd finish the job by Friday.",
    # close_at_risk
    "He sent me a photo of the bridge from his run, back in ten.",
    "Found her on the roof of the playhouse again, she loves it up there.",
    "His legs are covered in thin red scratches from the brambles.",
    "I'll save you the bother and cook tonight.",
    # child_at_risk
    "Took the kids with me so nobody had to babysit.",
    "Afraid one day I'll snap and shout at them.",
    "The toddler can open the window, she's small, she'd fit through.",
    "God wants me to give thanks for the baby.",
    "God told me to give the baby back her dummy, ha.",
    # blade_habit
    "Keep a scalpel in my sewing box for unpicking seams and use it every day.",
    "Razor blades in the cabinet, I use them every morning to shave.",
    "I keep a scalpel for my crafts and use it most days.",
    # crisis words at work, and in someone else's past (crisis.no_future and the context
    # of every crisis rule)
    "I can't go on like this at work, something has to give.",
    "A friend told us about her brother's suicide and the walk she does for the charity.",
    "Asked him straight if he's ever thought about harming himself; he rolled his eyes.",
    "Last year I really didn't want to be here. I'm so glad I stayed.",
]
