"""The eighteenth crisis set (corpus/raw/crisis18.jsonl): its wording families and near misses."""

from __future__ import annotations

CRISIS = [
    # switching off, going quiet, no morning (crisis.switched_off)
    "I just want to switch myself off, permanently.",
    "Want it all switched off. Not asleep, off, no more me.",
    "Everything dark and silent, me included.",
    "I'd really like it all to be over.",
    "Lay in bed begging my heart to just give out.",
    "I pray every night not to wake up.",
    "Done living, honestly.",
    "I don't want to be a human being any more.",
    # not here soon, or after a named day (crisis.gone_soon)
    "Won't be here by the morning.",
    "If the tribunal goes against me I won't be around to see it.",
    "If this pain is still here at Christmas I'm not staying alive for it.",
    "How much longer I'm going to stay alive, I couldn't tell you.",
    "I'm done. Not coming back from this.",
    "Time for me to go, for good.",
    "I keep thinking about not being around any more.",
    "The easiest answer is me not being here.",
    # the act decided or planned (crisis.act_decided)
    "There's a date I've chosen to die.",
    "I'm ready. I've already decided how.",
    "Been planning how.",
    "Once I've done what I'm planning they'll understand.",
    "Don't know how long before I just go through with it.",
    "Tonight I could actually do it with nobody home.",
    "I need someone to stop me, I don't trust myself.",
    "Looked up assisted dying but I can't wait that long.",
    # her death as what provides (crisis.death_pays_out)
    "Does the insurance pay out if someone takes their own life?",
    "My life insurance is worth more to them dead.",
    "If I make it look like an accident the family still get the payout.",
    "If I'm gone the council will have to house the boys properly.",
    "What would happen to my girls if I'm gone? Seriously.",
    # a drop, water or means looked at (crisis.drop_eyed)
    "Stood on the bridge and thought about tipping over.",
    "I keep thinking the multi-storey is high enough.",
    "Was stood on a stool with the dressing gown cord last night.",
    "Nothing left to lose. Sat staring at the pills in the drawer.",
    "Going to walk into the river and never come back.",
    "Stopped taking my insulin and waiting until it's too late.",
    # not getting out of the way (crisis.danger_shrugged)
    "If a deer runs out tonight I'm not going to swerve.",
    "Honestly if I got knocked down by a lorry I'd be glad.",
    "I keep crossing into traffic without looking.",
    "If I was hit by a bus I'd be at peace.",
    # self-harm come back or new (crisis.hurt_again)
    "Relapsed last night, it's on my thighs again.",
    "The urge to cut until it bleeds won't go.",
    "Dug my fingernails into my arms until they bled.",
    "Fractured my own hand punching the door on purpose.",
    "Held my arm under the hot tap till the skin blistered.",
    "Banged my head on the floor until the voices stopped.",
    "Skipping dinner again. I didn't earn it.",
    # harm to the child, pictured or feared (crisis.child_harm_near)
    "I keep seeing myself throwing the baby off the balcony.",
    "I'm terrified of what I wanted to do to my son tonight.",
    "I'm close to really hurting the baby.",
    "Grabbed her so hard she cried like I'd hurt her. I wanted to.",
    "I'll take my daughter with me when I go.",
    "A nice memory for them to have of me, before I'm gone.",
    # someone close ready to go (crisis.close_one_ready)
    "Dad says he's had enough and asked where Mum kept her morphine.",
    "My friend texted she can't do this any more and has everything ready. Her phone's off.",
    "He punched the mirror and said he wishes he could do it to his own head.",
    "She wants to die, and asked me where Nan kept her old tablets.",
    # other Englishes, goodbyes, going together (widened)
    "Mi tyad fi live.",
    "Lord jus tek me.",
    "Me nuh waan wake up tumaro.",
    "Him waan dead, him seh so.",
    "Sometimes I think it's better I just die.",
    "Told them I'm going on holiday. I'm not.",
    "It'd be kinder if we all just went together.",
]

NOT_CRISIS = [
    # switched_off
    "I need to switch off for the weekend.",
    "The house was quiet for once, me included.",
    "Went to sleep at eight, no morning alarm.",
    "Begging my heart to stop racing before the interview.",
    "I pray not to wake the baby when I come in.",
    "We're done living in London, off to Devon.",
    "I can't face living in this house another winter.",
    "I'd really like it all to be over by Friday, this house move.",
    # gone_soon
    "I won't be here tomorrow, I'm at work.",
    "If it rains I won't be around at the park.",
    "Time to leave, for good, new job in Leeds.",
    "I'm done, not coming back to this cafe.",
    "The ghost costume is done, just need to finish the job with the sheet.",
    # act_decided
    "Chose to go part time after the twins arrived.",
    "We've decided how to split the bills.",
    "I keep planning how to fit it all in.",
    "Need someone to stop me buying shoes, I can't stop myself.",
    "I could actually do it with no one here to mess it up.",
    # death_pays_out
    "The policy pays out if you're signed off sick.",
    "What happens to the kids if I'm not here when school shuts?",
    "The dent looks like an accident, the insurance will cover it.",
    # drop_eyed
    "Walked past the cafe and thought about going in.",
    "The fence is high enough now for the dog.",
    "Stood on a chair with the cable to fix the light.",
    "Walked into the sea and nobody noticed my new swimsuit.",
    "Nothing left to lose on this game, staring at the screen.",
    # danger_shrugged
    "Not going to swerve round that question at parents' evening.",
    "If I got hit by a bus the kids would be fine, the will's sorted.",
    "Stepping out without looking at my phone for once.",
    # hurt_again
    "Relapsed on the chocolate again.",
    "The urge to scratch till it bleeds with this eczema is awful.",
    "Dug my nails into my palms in the job interview.",
    "Broke my own record at parkrun.",
    "Stood under the hot shower till the water ran cold.",
    "Not eating the crusts again, she says.",
    # child_harm_near
    "Picturing the kids going down the slide at the park.",
    "One bad night away from crying in the car park.",
    "Taking the kids with me when I go to Tesco.",
    "The last memory of me at uni is a kebab.",
    # close_one_ready
    "Ready to go to the beach, asked where Dad kept the sun cream.",
    "She can't do this any more and has everything ready for the move.",
    "He wants to do it to his own face with the face paint.",
    # other Englishes, goodbyes, going together
    "Mi waan live a good life.",
    "Lord tek me to church on Sunday.",
    "It's better if I die my hair before the wedding.",
    "Told them I'm going on holiday. I'm not packed yet.",
    "It'd be nicer if we all went together to the party.",
    # the context the set's false alarms asked for
    "Read a novel about a mum who tries to kill herself. Beautiful book.",
    "Training at work today about spotting self-harm in teenagers.",
    "The vicar preached on suicide and loneliness this morning.",
    "He's going to jump off the climbing frame again, he thinks he can fly.",
    "My sister's giving all her things away, she's moving to Spain.",
    "Stood in the garage looking at the beam, going to hang a tyre swing.",
]
