"""The twenty-ninth crisis set (corpus/raw/crisis29.jsonl): wording families, near misses."""

from __future__ import annotations

CRISIS = [
    # the night picked and the going said (crisis.night_picked)
    "Everyone says it's postnatal depression, it'll pass. But I'm three weeks from "
    "the date I've picked and I've told no one.",
    "honestly what's the point. tomorrow same as today same as yesterday. I've "
    "decided I'm not doing another winter of this, I won't be here for it",
    "if i died tonight would anyone actually care. i'm going to find out",
    "dying inside is an understatement. I'm ready to go for real. letters done, phone wiped.",
    "If tomorrow's custody hearing goes his way I'm not walking out of that "
    "courthouse alive. I mean it.",
    "If God loved me He'd take me. Since He won't, I'll go myself. I'm sorry Mummy.",
    "I've written letters for each of the kids and put them in the drawer with the "
    "house deeds. I think Thursday, when they're at their dad's.",
    "Please God let this be the last morning I have to open my eyes. I mean it this "
    "time, I've got it all ready.",
    "if my ex takes the kids on saturday that's it, I won't be here when they come "
    "back. he can explain it to them",
    # things left in order for after (crisis.loose_ends)
    "i just dont see me being around next year and i've made my peace with it. "
    "sorted my wardrobe. deleted my messages. it's quiet in my head for once",
    "I scrubbed the whole house, paid off the credit card, cancelled the milk. I "
    "want it clean and sorted for whoever comes after me.",
    "Everybody thinks I'm coping. Inside I've already left. Just sorting the last "
    "bits, cancelling subscriptions, emailing my sister the passwords.",
    "Sorted the life insurance paperwork today and double checked it pays out no "
    "matter how. Made a list of passwords for Mark. Feel weirdly calm.",
    "gave my cat to my sister today and told her it was because of the baby's "
    "allergies. it isn't. I won't be around to feed her after next week",
    "told the kids I'm going away for a while. packed nothing. I don't need anything"
    " where I'm going",
    # the means got, hidden and taken, and her body hurt (crisis.means_and_marks)
    "bought a length of rope from the hardware shop and hid it in the boot. told my "
    "husband it's for the allotment. we don't have an allotment",
    "I'm sat in a hotel room with a bottle of pills and a bottle of gin. Told work "
    "I'm at a conference. I wanted someone to know where I am.",
    "going to swallow the lot tonight. done with being a disappointment. the kids "
    "will be at school and he'll find me by 6",
    "drank a whole bottle of wine and swallowed all my sleeping tablets about an "
    "hour ago. I'm fine I'm fine I just wanted someone to know",
    "I asked the pharmacist how many paracetamol would be dangerous and pretended it"
    " was about my toddler getting into the cupboard. it wasn't about my toddler",
    "ive given up. my meds are going in one go tonight. dont bother messaging",
    "I cut my wrist in the bath tonight. Not deep. Baby was asleep in the next room."
    " I cleaned it all up. I'm still shaking",
    "been punching the wall till my knuckles split and telling the kids I caught "
    "them in the car door. it's every night now",
    # the place watched and the road (crisis.edge_watched)
    "my head is telling me to drive into the river with her in the back so we can "
    "both be at peace. I've got the keys in my hand. I'm scared",
    "I looked up which bridges in the city don't have the barriers. then I cleared "
    "my history. then I made the kids' fish fingers like normal.",
    "Keep picturing the car going off the flyover. Not a crash, a choice. Took the "
    "long way home to avoid it today but I won't always take the long way.",
    "drove past the reservoir three times on the way back from nursery drop off. "
    "next time I don't think I'll turn the car round",
    "I've put the baby with my mum for the night and I'm going up to the cliffs by "
    "the lighthouse. I just need it to be quiet",
    "left the baby at my mum's and said I'd be back for her. I won't be. the water's"
    " really close to the path here and it's so dark",
    "the baby monitor is on and I'm standing on the landing looking over the "
    "bannister. it's a long way down. I can't go back to bed",
    # the wish said as sleep and stopping (crisis.sleep_for_good)
    "So tired of being me. I want to go to sleep for a very long time and never come"
    " back to any of this. Tonight feels like the night.",
    "If I went to sleep and just didn't wake up that would be ok. More than ok. I'd "
    "be grateful tbh. Thinking of helping it along",
    "I want to go to sleep and be dead by morning, that's the honest truth of how I "
    "feel at 4am on the third feed",
    "I want to walk away from everyone and everything and lie down somewhere cold "
    "and not get up. I think tonight's the night I actually do it.",
    "I want it to stop. Everything. Not just the bad day. I've got the means in the "
    "house and tonight nobody's home.",
    # someone else in danger, or a child in danger from her (crisis.others_at_risk)
    "I found my husband in the shed with a rope and a stepladder. He says he was "
    "just 'thinking'. I've hidden the rope but I'm terrified to sleep",
    "my wife keeps saying she's a danger to the baby and asking me to take him to my"
    " mum's so she can 'rest properly, for good'. she's been sitting by the bath for"
    " an hour not talking",
    "my son (16) texted me 'bye mum love you, this isn't your fault' from school and"
    " now he's not picking up. I've rung the police and I'm driving there now",
    "I really think my teenage son is going to hurt himself. He's sent his "
    "girlfriend a message saying 'you won't have to deal with me after tonight'. "
    "He's locked in his room",
    "sometimes when she won't settle I hold the pillow over the moses basket and "
    "think about it. I haven't done it. but I'm holding the pillow more and more",
    "I'm writing this so there's a record. My partner has a knife and says he'll use"
    " it on himself if I don't unlock the door. The baby's in here with me.",
]

NOT_CRISIS = [
    # days picked, papers and goodbyes that are not hers
    "Going to sleep and not waking up till the weekend. That's my plan for half "
    "term, said no mum ever.",
    "Train tickets to Edinburgh booked for half term! It's one-way because we're "
    "driving back with Gran.",
    "Tidied the whole house, wrote a list for the babysitter, left passwords for the"
    " wifi. Date night!",
    "Our life insurance renewal came through, finally sorted after the second baby. "
    "Adult admin done.",
    "Wrote my will today with a solicitor, now that we have two kids. Weirdly grown "
    "up feeling. Also sorted guardianship.",
    "Writing a goodbye letter to my old team, I start at the new school Monday. Weirdly emotional.",
    "Gave away a load of baby clothes to the church sale, we're definitely done "
    "having kids. Bittersweet.",
    # ropes, tablets, cuts and high places in ordinary days
    "Bought a 10m rope for the tyre swing in the garden. Kids went feral with excitement.",
    "Found paracetamol within the toddler's reach and moved everything up to the top"
    " cupboard with a lock. Near heart attack.",
    "Cut my fringe myself at 11pm. Huge mistake. Wearing a hat until next year.",
    "Stood on the suspension bridge with the kids looking at the gorge, my youngest "
    "wanted to throw a stick off. Gorgeous day.",
    "My partner works on the railway, signal maintenance. Nights on the line this "
    "week. Missing him.",
    "I honestly feel like I could sleep forever. Baby did 2-hourly wakes all night. "
    "Coffee number three.",
    # quips and someone else's words
    "Going to throw myself off a cliff if I have to hear Baby Shark one more time. "
    "Toddler has it on loop.",
    "Can't do this anymore, said every mum during the summer holidays. Three weeks "
    "to go. Pray for me.",
    "I can't do this anymore, the keto thing I mean. Ate a whole baguette in the car. No regrets.",
    "My mate said she's 'done with life' after her third Zoom meeting went over. She"
    " means done with Zoom.",
    "My teenager says she'd 'literally rather die' than be seen with me at the "
    "shops. Cool cool cool.",
    '"I want to die" - my 14 year old after I showed her baby photos to her boyfriend. Worth it.',
    "My toddler threw himself on the floor screaming 'I want to go away forever' "
    "because I said no to ice cream.",
    "Honestly thought I'd rather be dead than go back to my old job. Quit. Best move of my life.",
    "Teenage son says he's going to 'yeet himself into the sun' because his phone "
    "cracked. Bought him a case.",
    # the topic, and past crises told as over
    "My daughter asked me what suicide means after hearing it on the news. Had a "
    "gentle, honest talk. Proud of her questions.",
    "Our support group leader talked about the warning signs of suicide today. "
    "Really useful, I wish I'd known them when my brother was struggling years ago.",
    "My brother attempted suicide last year. He's been doing so well since, he ran a"
    " half marathon today and we all cheered him over the line.",
    "Three years since my overdose today. I'm in a better place now, I have support "
    "and a crisis plan I haven't needed in two years. Feeling grateful.",
    "Had dark thoughts after my miscarriage in 2021. Got help, took the time I "
    "needed. Today I'm 20 weeks pregnant and it finally feels safe to be hopeful.",
    "I was suicidal after my first was born. That was eight years ago. Meds and "
    "therapy and a good GP got me through. Today I'm thriving and I wanted to write "
    "that down.",
    "Not gonna lie, when they put me on antidepressants last year I thought my life "
    "was over. Now I tell every mum to ask for help early.",
    "Five years ago today I tried to take my own life. Today I took my daughter to "
    "her first swimming lesson and cried happy tears in the changing room.",
]
