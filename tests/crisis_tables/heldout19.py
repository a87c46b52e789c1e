"""The nineteenth crisis set (corpus/raw/crisis19.jsonl): its wording families and near misses."""

from __future__ import annotations

CRISIS = [
    # a date, a window, a deadline (crisis.date_set)
    "I've held on until her wedding, and after that I'm free to go.",
    "Staying until the kids finish their exams, then I can finally die.",
    "One more Christmas for the boys, then I'm allowed to go.",
    "My future is a couple of months long now.",
    "I've got a day to die on and it feels calm.",
    "I don't expect to see another spring.",
    "Spent the evening planning my own death.",
    "I've finally decided to die.",
    # tied to what may happen, or nothing left (crisis.if_then_gone)
    "If Mum doesn't pull through, I'm going with her.",
    "If he doesn't survive the surgery I won't either.",
    "There's nothing left to keep me alive now the dog's gone.",
    "I've got no one to stay alive for.",
    "Since she died all I want is to go to her.",
    "I won't be alive long enough to see the new kitchen.",
    "I'll make sure I'm not alive to see the court case.",
    # the means set by (crisis.means_put_by)
    "Bought the rat poison and it isn't for the rats.",
    "Still got the oxycodone from her op. I know why I kept it. It's for me.",
    "I know which tablets would kill me and where they're kept.",
    "Wondering if I've got enough to not wake up.",
    "Holding a few back for myself each time I collect her prescription.",
    "Counted them all out. It's enough, I made sure.",
    # the way looked up or rehearsed (crisis.method_looked_up)
    "Looked up how long it takes the sea to kill you in winter.",
    "Googled which car park in town is the highest and whether the roof is open.",
    "I've been wondering if the banister would hold.",
    "Made a list of ways.",
    "Looked up how much it takes, then deleted my history.",
    "I lie awake and rehearse it, the bridge, the water, the cold.",
    # the brink gone to (crisis.edge_tried)
    "Sat on the ledge for an hour. I'll go further next time.",
    "Held myself under the water in the bath. Next time I might not.",
    "Sat by the canal with my pockets full of stones. Didn't go in this time.",
    "Took my foot off the brake on the hill before I chickened out.",
    "Drove with my eyes closed on the motorway on purpose.",
    "Half of me hopes a lorry hits me and it's all over.",
    "Thought about walking out into oncoming traffic.",
    # who finds her (crisis.found_after)
    "I'll wait till he's at work so he isn't the one who finds me.",
    "It'll be the postman who finds me, not the kids.",
    "Bought a nice dress for when they find me.",
    "I want my hair done for when they find me. After they find me.",
    # the last jobs and memories (crisis.final_tasks)
    "Paid off the car. The only thing left on my list is me.",
    "Wrote the cards for the kids. Feels done, like I can go now.",
    "These videos will be all they have of me.",
    "Gave her my ring so she has something to remember me by when I'm gone.",
    # the end wanted quietly (crisis.end_awaited)
    "I wake up every day angry that I survived.",
    "My death would be a mercy for everyone.",
    "I'm waiting for a reason I should keep living.",
    "If the pills take me it takes me, I hope it does.",
    "I'm dying anyway so I might as well speed it up myself.",
    # someone close showing the signs (crisis.close_one_signs)
    "She gave her books to her friend, said she won't need them, then deleted all her socials.",
    "She's stopped paying rent because it won't matter soon.",
    "My brother's been working up the nerve to go over the edge of the car park.",
    "She sat there holding the tablets, she wanted to see if I'd stop her.",
    "Found a belt under his bed 'for later'.",
    "He keeps saying the kids would barely remember him.",
    # widened for the set: self-harm, harm to the child, a death that pays out
    "The self-harm's back.",
    "Cut again. Deeper lines.",
    "I'm scared that next time I won't stop.",
    "If I go back in there I'll hurt him.",
    "Checked the policy pays out whatever the cause, even suicide.",
]

NOT_CRISIS = [
    # date_set
    "Stay until five, then I can go home.",
    "I've decided to dye my hair red.",
    "We've picked a date for the wedding.",
    "I don't plan on seeing another Marvel film.",
    "Planning my own birthday this year.",
    "I held on until the end of the meeting and then I was free to go home.",
    # if_then_gone
    "If she doesn't make it to the party I won't either.",
    "Nothing left to keep me here in Leeds now Mum's moved.",
    "I won't be here for the hearing, I'm in Spain that week.",
    "Grandad died last spring, I'll go to his grave on Sunday.",
    # means_put_by
    "The weedkiller isn't for the lawn, it's for the patio.",
    "Counted the chairs, it's enough for everyone.",
    "I know which mushrooms would make me ill.",
    "Holding a slice back for myself before the kids get home.",
    # method_looked_up
    "Looked up how long it takes to cook a turkey.",
    "Googled which building in London is the tallest.",
    "Checked what weight the shelf would hold.",
    "Made a list of ways to save money.",
    "We rehearse it every Tuesday before the school play.",
    # edge_tried
    "Stood at the edge of the pool for ages, I'll go further next week.",
    "Left the engine running to warm the car up.",
    "Closed my eyes on the sofa for five minutes.",
    "I hope the meeting ends early and it's over.",
    "The kids came back from the beach with their pockets full of stones.",
    # found_after
    "It's always Dad who finds me when we play hide and seek.",
    "She's the one who finds my keys.",
    # final_tasks
    "The last thing on the list apart from the bins.",
    "Feels finished, like I can go home now.",
    "Photos are all she'll have of the old house.",
    # end_awaited
    "Woke up disappointed it was Monday.",
    "My leaving would be a relief for the team.",
    "Waiting for a sign that I should take the job.",
    "The kind of injury you don't come back from, the physio said.",
    "Finish the job myself, the plumber never came.",
    # close_one_signs
    "Gave her old coats to charity, says she won't need them in Spain.",
    "Stopped paying for Netflix, it won't matter.",
    "She wanted to see if I'd stop her eating the cake.",
    "Working up the nerve to jump off the high board.",
    # self-harm, harm to the child, a death that pays out
    "Power cut again.",
    "Cut my hand in the kitchen chopping onions.",
    "I'm scared that next time I won't stop laughing.",
    "The travel insurance pays out whatever the cause of the cancellation.",
    # the context the set's false alarms asked for
    "Essay due on risk assessment in adolescent self-harm.",
    "The consultant walked us through the overdose protocol.",
    "A customer asked me how many paracetamol is too many for a child.",
    "I'm a dead weight on the team with this broken wrist.",
    "Dentist says I need a filling. I said I'd rather die.",
]
