"""The thirty-first crisis set (corpus/raw/crisis31.jsonl): wording families, near misses."""

from __future__ import annotations

CRISIS = [
    # things put in order, or left, for after her (crisis.left_in_order)
    "things to sort before Friday: car insurance, letter for Tom, give the cat to Mum, write down "
    "the bank passwords. then I'm done. properly done.",
    "I've started writing down which friend should have which child. Not in a morbid way. Well, "
    "yes, in a morbid way. It'll be soon.",
    "Can you have the kids from Friday? Keep them as long as you need. I've written everything "
    "down about their routines. I can't do it anymore and I'm at peace with not being here.",
    "Draft to Callum (won't send yet): You were the best part. Please don't let Mia go to my "
    "mum's. The Premium Bonds are for her. This isn't your fault.",
    "Jess, if anything happens to me can you make sure Ollie gets his inhaler at night, he "
    "forgets. I love you. Don't be cross with me after.",
    "Mum, if you're reading this, I tried. The debts, the baby crying, Ryan leaving. I couldn't "
    "carry it. The key's under the plant pot.",
    "Don't come home early. Pick the kids up from your mum's. I've left a letter on the bed. I'm "
    "sorry for everything.",
    "note: feed the fish before. leave the back gate open for the police. put the baby monitor on "
    "so Jake hears her.",
    "Not going to be around for the baby's first birthday. I've accepted it. Wrote the card "
    "already and hid it with the presents.",
    # the decision made and the day fixed (crisis.day_decided)
    "I'm going to stop being a problem for everybody. Not a new year's resolution. Permanently. "
    "Soon.",
    "Sertraline isn't touching it. Skipped the school run, lay on the kitchen floor, and made a "
    "plan. A real one. Date's the 14th.",
    "chronic pain for 11 years, can't lift my own baby. I'm not living, I'm waiting. I've decided "
    "to stop waiting this month.",
    "I think I've finally found a way out that doesn't leave a mess for anyone. Sunday's good, the "
    "kids will be at their grandparents'.",
    "Counted them twice. 62. That's more than enough. Kettle's on, I'll take them after a tea.",
    "I'd rather be a memory than a weight on them. Soon I will be.",
    "MS diagnosis last month. I will not let my kids watch me fade. I'd rather choose the day "
    "myself, and I've chosen it.",
    "dark joke I guess but my 'exit strategy' is a real spreadsheet now. tab 1 budget, tab 2 meal "
    "plan, tab 3 method and date. ha.",
    # the means kept, counted or used (crisis.means_counted)
    "reminder: the blade is in the makeup bag, not the drawer. move it before Mum visits or she'll "
    "find the plasters too.",
    "Second time this week I've stood on a chair in the loft with the tow rope. Today I got the "
    "knot right.",
    "my husband's job got cut and we're losing the house. I keep looking at his gun safe and I "
    "know the combination. I think about it every hour.",
    "yaar I am finished. kal subah nahi uthna hai. I have kept all the sleeping tablets ready, "
    "please don't call mummy",
    "Crohn's again. 5th admission. I've hidden the oramorph they sent me home with and I'm going "
    "to take the lot once I'm discharged.",
    "the bath's running and I'm taking the hairdryer in with me this time",
    "night feed #3, she's sucking away, I'm scrolling, and all I can think is I've got enough of "
    "Mum's morphine patches upstairs to not have to do another one of these.",
    "can you die from taking 40 co-codamol",
    # the place, the drop and the crash (crisis.place_and_way)
    "Just realised I'm actually going to do it. Drove past the railway bridge three times today "
    "working out the timing.",
    "At 67 I'm raising my granddaughter and I've nothing left. I stand at the level crossing "
    "watching the trains. Only her school pickup keeps me back, and some days that's not enough.",
    "Am done wi it aw. Been sat at the Erskine bridge an hour. Cannae face the weans seein me like "
    "this anymore.",
    "28 weeks and I don't want either of us to be here anymore. I've been looking up how high is "
    "high enough.",
    "I'm not scared of the train anymore. I stand at the end of the platform every morning and one "
    "of these days I won't step back.",
    "Gonna text my husband at lunch from the office: 'Everything's in the shared drive. Passwords "
    "in the notes app. Kids love the blue bowls. Sorry.' Then drive out to the viaduct.",
    "Told the wife I'm at the depot late. I'm actually sat in the van by the reservoir. The debt "
    "letters are in the glovebox. I don't think I'm driving home.",
    # prayers and goodbyes (crisis.farewell_prayed)
    "Hail Mary full of grace, forgive me for the sin I'm going to commit tonight. I can't be their "
    "mother anymore.",
    "Ya Allah please take me, I can't carry this. If it is written that I go, let it be tonight. I "
    "have my things ready and the children are at my sister's.",
    "Dear Lord, watch over Nia and Jude when I'm gone. Let them not blame themselves. I am so "
    "tired and I am coming home early.",
    # someone else in danger, or a child in danger from her (crisis.another_in_danger)
    "Husband's been drinking since he lost the job. Tonight he said the kids would be better "
    "without him and took the car keys and the rope from the shed. I've rung 999, what else do "
    "I do",
    "My sister just texted 'thanks for everything, look after Bella' and now her phone's off. "
    "She's been talking about the bridge for weeks. I'm driving there now.",
    "My best mate just posted a photo of her wrists and 'sorry' on her close friends story. No "
    "answer. Her kids are 2 and 4. I'm calling the police.",
    "My 15yo showed me her arms tonight. Fresh ones, lots. She says she has a plan and she's not "
    "scared of it. What do I do right now, it's midnight.",
    "Husband here. My wife hasn't slept in 4 days since the birth and she's saying the baby is "
    "evil and needs to be 'sent back'. She's alone with him right now and not answering. Heading "
    "home.",
    "I need someone to take the baby before I hurt her. I'm not joking. Please. I'm outside in the "
    "garden and she's in the cot.",
]

NOT_CRISIS = [
    # things put in order that are ordinary, and a joke about a will
    "note to self: update our wills now we've got two kids. Solicitor Tuesday 10am. Decide "
    "guardians with Tom tonight over dinner.",
    "To do: renew passports, cancel Sky, sort Nan's house clearance, take her tablets back to the "
    "pharmacy, thank-you cards to the nurses.",
    "Wrote a letter to each kid to open on their 18th, like my mum did for me. Sealed in the "
    "memory box. They're 3 and 5 so they've got a wait.",
    "At 80 I've sorted my funeral plan so the kids don't have to. Hymns picked, paid in full. Now "
    "back to my crossword.",
    "Putting my affairs in order before the op sounds dramatic but it's a hip replacement and I "
    "like things tidy. Back home Friday.",
    "Dad joke from Steve: 'Not saying the baby's sick is deadly, but I've updated my will.' He's "
    "very proud of that one.",
    # a decision, a plan or a date that is ordinary, or over
    "Last year I had a plan and a date. I told my GP instead. Today is that date, and I'm at my "
    "daughter's sports day in the sun.",
    "Bank rang about the overdraft and I wanted to crawl under the desk and never come out. Made a "
    "plan with them. It's a lot but it's manageable.",
    "I can't do this job anymore. Handed in my notice today. Three months' gardening leave and "
    "then something new. Feel lighter already.",
    "Husband's been working away all week. I'm done. Done with the washing, done with the bins, "
    "done with solo bedtime. He's home Friday, thank god.",
    # tablets, blades and rope for ordinary use
    "Reminder: pick up Mum's repeat prescription, her blister pack's on the kitchen table, make "
    "sure she takes the evening ones.",
    "Moved the razor blades to the top cupboard now the toddler can reach the bathroom shelf. "
    "Childproofing round two.",
    "Searching 'how to tie a bowline' for the sailing course. Brain is fried from the theory test.",
    "bought 20m of climbing rope for the boys' tree swing, Dan's putting it up Saturday",
    "Counting out my methotrexate for the week, once weekly on Mondays, folic acid the other days. "
    "Rheumatology check next Tuesday.",
    "search: can a toddler overdose on vitamin gummies, he ate 4",
    # a bridge, a platform or the sea on a day out, and quips
    "Standing at the end of the platform at 6.52 every morning with the same three commuters. One "
    "of them waves now. Small joys.",
    "Sat on the Tower Bridge walkway with the kids at dusk eating ice lollies watching the boats. "
    "Best day of half term.",
    "Went out on the pier with the kids to look for seals, the wind nearly took Mason's hat off. "
    "Chips after.",
    "If my boss schedules one more 5pm Friday meeting I will walk into the sea. Anyway, anyone "
    "want to split a Pret?",
    "If I have to fold one more tiny sock I'm going to throw myself down the stairs (I will not, I "
    "will fold the sock)",
    "Our team got bowled out for 40 today, total suicide batting, coach is furious lol",
    # prayers of thanks, and a crisis told as over
    "Prayer: Lord, thank you for keeping Dad safe through the operation. Guide the surgeons' hands "
    "tomorrow for Mum.",
    "Thank you God for getting us through this year. A year ago I didn't want to be here. Today I "
    "laughed with my babies at the park.",
    "Dear God, I was so close to not being here last spring. Thank you for the crisis team, for my "
    "sister, for every ordinary Tuesday since.",
    "Two years ago the debt nearly broke me and I thought my family would be better off without "
    "me. Got help, now on a payment plan, £4k left. Still here, still paying.",
    "I self harmed all through uni. Nine years clean now. Today my daughter asked about the scars "
    "and I answered honestly and calmly, and she just hugged me.",
    "I self-harmed when I was 15. I'm 41 now and my daughter is 15. I've told her if she ever "
    "feels that way she can come to me at any hour.",
    "Made it through the anniversary of my dad's suicide today. Lit a candle, took the kids to his "
    "favourite café. Quiet and sad, but we were okay.",
    # someone else's words and worries
    "My 14yo screamed 'I'd rather be dead than go to Nan's' about Sunday lunch. She went, had "
    "three Yorkshires, and hugged Nan goodbye for ages.",
    "DD (15) wants a sleepover at a friend's whose parents will be out. Is this safe? What would "
    "you do?",
    "My 4yo climbs onto the windowsill in his bedroom. Upstairs. What window restrictors did you "
    "all use? Terrified he'll fall.",
    "Me: I'm going to kill him. Also me: makes him a bacon sandwich because he finished the shed.",
]
