"""The sixteenth crisis set (corpus/raw/crisis16.jsonl): its wording families and near misses."""

from __future__ import annotations

CRISIS = [
    # wanting to join someone who died (crisis.with_the_lost)
    "Since Dad passed I only want to be wherever he is.",
    "The funeral was Friday. I keep thinking I could just go and be with him.",
    "Sat by the grave for an hour. I'd like to be down there with her.",
    "Her ashes are in the little box by my bed and I'd like it to be soon.",
    "If I died I'd be with both of them again.",
    "My sister took her own life by suicide in May and I think I might go the same way.",
    "Nothing left keeping me to this world now.",
    # hiding it from the ones who ask (crisis.truth_kept_back)
    "I wasn't honest about question 10 on the form.",
    "The midwife asked me whether I'd thought about harming myself. Said no. I lied.",
    "My counsellor says I seem brighter. I've just got good at hiding it.",
    "I told the GP I'd binned the pills. I still have them.",
    # an end wished in passing (crisis.end_idly_wished)
    "Would gladly walk out in front of the number 9 bus.",
    "Wouldn't mind if the van just knocked me down on the zebra crossing.",
    "If the ferry went down halfway across I honestly wouldn't care.",
    "Praying I get something incurable.",
    "Hope the sedation puts me out permanently.",
    "I'd rather not wake up at all.",
    # the means hidden, saved or gone back to (crisis.means_stashed)
    "The blades are in my bag so Tom won't find them.",
    "I've got the pills I've been hoarding in a shoebox.",
    "Got another box of blades, they're in the sock drawer.",
    "Picked up three more packets of co-codamol, that makes nine packets now.",
    "She's got 40 paracetamol stashed in her suitcase.",
    "The rope is in the loft and I've got a date picked.",
    "I keep getting the tablets out and counting them.",
    "Pills lined up. Tonight.",
    # asking how much would kill (crisis.dose_asked)
    "How many of my sertraline would be lethal?",
    "Which amount of co-codamol would kill a person?",
    "Is a full bottle of the sleeping pills enough to not wake?",
    "If I took all of them would I die or just be sick?",
    "Does tramadol and vodka mean you never wake up?",
    # who finds you, leaving unseen (crisis.found_by_whom)
    "Going to do it at the Travelodge so none of my family has to find me.",
    "Don't want the kids to remember Easter as the day they found me.",
    "Worked out how long it takes with the exhaust pipe and the garage shut.",
    "The tracks are ten minutes away and no one would notice me leave before six.",
    "No one will be at the cliffs to stop me.",
    # a drop or a place marked out (crisis.spot_marked)
    "I found exactly where I'd step off.",
    "Checked how high the bridge over the dual carriageway is, and it's enough.",
    "That's where I'll do it.",
    "I climbed over to the wrong side of the barrier on the flyover.",
    "Want to swim out beyond the buoys and never swim back.",
    # no future counted (crisis.time_left)
    "I've decided I won't be around by Christmas.",
    "Can't honestly picture myself still alive next year.",
    "When she's weaned I can leave. She won't need me then.",
    "He's little enough that he'll forget me.",
    "Trying to decide whether I want to stay alive.",
    # not safe now (crisis.unsafe_now)
    "I shouldn't be left alone tonight.",
    "My mind isn't a safe place right now.",
    "I don't know if I can hang on till daylight.",
    "I don't trust myself near the knives tonight.",
    "Can't trust myself alone with the baby.",
    # going as a gift to them (crisis.gone_for_them)
    "He'd mourn for a few months and then he'd find someone better.",
    "The death in service payout is worth more to them than I am.",
    "The sooner I'm dead the sooner they can move on.",
    "I'm just still alive because of my son.",
    # goodbyes and things tidy for after (crisis.farewell_veiled)
    "He thought I meant see you later. I meant forever.",
    "Said my goodbyes at the school gate, they think I'm back on Friday.",
    "Left the bank details and passwords on the fridge. She'll cope without me.",
    "Made it all simple for them for afterwards.",
    # the note (crisis.note_ready)
    "Finished the note. It's in my bedside drawer.",
    "I've been drafting the note, one for each of the kids.",
    "Typed my note. Redrafted it twice.",
    # self-harm covered with a story (crisis.marks_explained)
    "Told her it was the cat. It wasn't. I did it myself.",
    "Mum saw the plaster. I did it on purpose with a razor.",
    "Burnt my wrist again and told everyone it was the oven.",
    # harming the baby, or taking them too (crisis.child_in_thought)
    "Held her beneath the water just to see.",
    "I thought about letting him stop breathing.",
    "At the top of the stairs with the baby I picture it every time.",
    "The best way is for both of us to go together.",
    # voices urging harm (crisis.voices_urging)
    "The voice keeps whispering drown him.",
    "Something is telling me to throw her out of the window.",
    "The voices say I need to jump off the bridge.",
    "Can't mention the voices to anyone, they'll section me.",
    "You've got the rope, what are you waiting for?",
    # the baby replaced (crisis.baby_replaced)
    "This baby is not mine, they switched her in the night.",
    "He must be a changeling.",
    "Where is my real daughter?",
    "There's a demon in him and I need to drive it out.",
]

NOT_CRISIS = [
    # with_the_lost
    "Mum's on holiday and I just want to be wherever she is.",
    "Since Grandad died I could go and be with Nan more often.",
    "The grave needs weeding, I'd like that to be done soon.",
    "It's Nan's anniversary, that's the day I go to her house.",
    # truth_kept_back
    "I was honest on the quiz about my cooking.",
    "I've got better at hiding the vegetables in his pasta.",
    "Said I'd handed the library book in. I still have it.",
    # end_idly_wished
    "Would happily step in front of the camera for her.",
    "The bus driver took me out for a coffee after the trip.",
    "I'd prefer not to wake up at five again.",
    "His permanent sleep regression is wearing me down.",
    # means_stashed
    "Put the tablets on the top shelf where the kids won't find them.",
    "The tablets I've been saving for the holiday are in the case.",
    "Bought a new pack of blades for his razor.",
    "Pills sorted. Tomorrow we go on holiday.",
    "Bought a new knife, it's not for cooking, it's for his fishing kit.",
    # dose_asked
    "How much Calpol is too much for a toddler?",
    "Does melatonin mean you don't wake up for night feeds?",
    "What amount of caffeine is too much in pregnancy?",
    # found_by_whom
    "I wish I could skip pickup forever so nobody has to see me.",
    "How long would it take to drive to the coast?",
    "Nobody would see me leave the party early.",
    # spot_marked
    "I know exactly where I'd jump in the queue.",
    "The new train from the platform is fast enough.",
    "The car park has no cameras and my car got keyed.",
    "I stood on the other side of the fence at the match.",
    "Swam out past the buoy and came back in for lunch.",
    # time_left
    "She's young enough to forget me leaving for a week, thank goodness.",
    "Don't really see myself being around in this job next year.",
    "The baby's asleep so I can go. She won't need me till her feed at ten.",
    "Deciding whether to live in Leeds or York.",
    # unsafe_now
    "I shouldn't be on my own with three kids right now.",
    "The kitchen is not a safe place for toddlers.",
    "Don't trust myself near the biscuits tonight.",
    "I don't trust myself not to do something I'll regret, like text him.",
    # gone_for_them
    "The nanny is more use to them than I am at bath time.",
    "A better deal for him than the old phone contract.",
    "I'm only here for the kids at soft play.",
    # farewell_veiled
    "She thought I meant tomorrow, not today.",
    "Left the passwords on the fridge while I'm away for the weekend, he'll manage without me.",
    "Want the house tidy for him for after the party.",
    # note_ready
    "Wrote the note for nursery about the allergy.",
    "Writing the notes for the teachers, one for each.",
    # marks_explained
    "The cat scratched my arm, told him it was the cat.",
    "The burn on the table, I did it with the iron.",
    # child_in_thought
    "Held him beneath the surface for a second at baby swimming, like the teacher showed us.",
    "Trying to make him stop breathing so loudly through his mouth.",
    "If I go to the shops they come with me.",
    # voices_urging
    "My toddler keeps saying hit him at his brother.",
    "They're telling me to take her into the sea for a paddle.",
    "My inner voice says I should jump at the chance.",
    # baby_replaced
    "The blue cup isn't mine.",
    "Reading her a story about a changeling.",
    "The devil is in him today, had to get him out of soft play.",
]
