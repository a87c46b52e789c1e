"""Someone else in danger, and danger to or from her (crisis_others.toml).

Sentences written for these tests, not copied from the corpus: new wordings of the same
families must be caught, and ordinary sentences that share their words must not be.
"""

from __future__ import annotations

import pytest

from unshame.analysis import analyze

CRISIS = [
    # someone close: notes, goodbyes, not planning to be here
    "My daughter left a letter on her bed that says she's sorry to everybody.",
    "Found a text on his phone saying sorry for everything, love you all.",
    "My son told his teacher he isn't planning on being alive by Christmas.",
    "She says she doesn't expect to live past twenty.",
    "my brother texted thank you for everything, take care of the cats for me. phone is off",
    "A friend messaged thanks for everything and now she isn't picking up.",
    "My nephew has been sending strange goodbye messages and won't answer his phone.",
    "He gave away all his games and his guitar, and his phone is going straight to voicemail.",
    "She's done, she says, and we shouldn't bother booking the holiday as she won't be around.",
    "He keeps saying he's done and he won't be here much longer.",
    "My sister phoned from a cliff top last night and said she'd go back.",
    "He says he will go back there when no one is watching.",
    "Since the miscarriage my wife keeps saying she wants to be with our baby.",
    "My husband asked me whether the children would miss him.",
    "The gun safe was left unlocked again and he's been so quiet.",
    "Found a belt tied round the loft hatch in my son's room.",
    "My teenager tied a dressing gown cord to the bunk bed and said it was nothing.",
    "Dad has been setting aside some of his tramadol, he says for when he needs it.",
    "Gran asked the nurse how many of her painkillers would be too much.",
    "My girl showed me her arms tonight and there were cuts all the way up.",
    "He said he'd finish it if anyone found out.",
    # violence and threats
    "My partner put his hands around my throat last night.",
    "He grabbed me by the neck in front of the kids.",
    "He threatened to set fire to the flat with me inside.",
    "She said she would stab the kids and then herself.",
    "He swore he'd kill us if I ever left.",
    "My ex had a gun tucked in his jeans when he dropped off our son.",
    "He kicked the car seat across the kitchen with the baby still in it.",
    "He says he'll take our kids where I'll never see them again.",
    "She says she'd hurt the baby if I tried to leave.",
    "My husband keeps saying we'd be better off with his death in service money.",
    # harm to a child, her urges
    "I locked the knives away because I don't trust myself with the kids.",
    "I keep picturing myself taking the knife to her.",
    "Had an urge to push the buggy in front of the bus.",
    "I shook her so hard that she went limp for a second.",
    "I thought about driving the kids off the bridge.",
    "Shook the baby to make her stop screaming.",
    "I gripped her wrist so tight it left finger marks and next time I don't know what I'll do.",
    "Would anybody notice if I left her in the car in this heat?",
    "The voices keep telling me my son is not really mine.",
    "I keep thinking about leaving them with my mum and wading into the river.",
    "Some nights I want to walk into the sea and not come back.",
    "the voice says my daughter is not mine and I should get rid of her",
    "I keep imagining myself using the scissors on him.",
    "my 14yo wrote a note saying shes sorry to everyone, found it under her pillow",
    # mixed case, no apostrophes
    "MY HUSBAND PUT HIS HANDS ROUND MY THROAT AGAIN",
    "he says hell take the kids somewhere ill never find them and hurt them if i try to stop him",
    "Im scared, He Says He'll Kill Me And Then Himself",
]

NOT_CRISIS = [
    "Left a note saying sorry for eating the last biscuit.",
    "She wrote a card saying sorry to everyone for the noise at the party.",
    "Ruby said goodbye to everyone like she was emigrating.",
    "Thanks for everything, see you at the party!",
    "Thanks for everything, can you look after the dog for me while we're in Spain?",
    "He gave all his old kit to the younger lads because he's moving up a league.",
    "She gave away all her baby clothes now that we're done having kids.",
    "Looking at photos I asked if the kids would remember the holiday when they are older.",
    "He wondered if the kids would miss him while he's away on the course.",
    "He won't be here for dinner, he's working late.",
    "She's done with her exams and won't be around much this summer.",
    "He's done for the day and won't be here until Monday.",
    "We shouldn't bother booking the restaurant because Dad won't be here that weekend.",
    "She rang me from the bridge on her way home and said she'd go back for her umbrella.",
    "She'll go back to the shop when no one's looking and swap it.",
    "Since Grandad died, Nan wants to be with family at Christmas.",
    "She wants to go and be with her friends at the weekend.",
    "The gun cabinet is locked and the key is on his keyring.",
    "Tied balloons to the banister for her birthday.",
    "The kids tied a rope to the banister to make a den.",
    "He tied his tie round his neck for the first day of school.",
    "Put aside the tablets for tomorrow morning.",
    "How many paracetamol a day is too many for a toddler?",
    "She showed me her arms, covered in scratches from the new kitten.",
    "She'll finish it after tea.",
    "The baby fell asleep with his hands round my neck.",
    "My husband will kill me when he sees the credit card bill.",
    "Mum said she'd kill me if I was late again.",
    "The bouncer broke when he threw himself back in it.",
    "He'll take the kids to the park so I can nap.",
    "We'd be better off with a different insurer.",
    "I hid the knives from the toddler after she climbed the counter.",
    "I grabbed her arm to stop her running into the road.",
    "Yanked the tablet out of her hands so hard she burst into tears.",
    "Pushed the pram into the road to cross because the pavement was blocked.",
    "I drove the kids into town for new shoes.",
    "The kids loved walking into the sea on holiday.",
    "A little voice told me to get rid of the clutter.",
    "I left him in the car for a minute to pay for petrol and felt awful.",
    "I squeezed her hand on purpose to say I love you.",
    "If I give in now, next time it will be worse, so I held the line on screens.",
    "He whacked the ball so hard it went over the fence.",
    "Next time he won't miss the penalty.",
    "He always has a knife in his pocket for fishing.",
    "Leaving the kids with Grandma and walking into the sea for a swim was bliss.",
    "I snapped at him and then sat in the car and cried.",
    "The voice in my head says the baby is not really mine to keep forever, they grow so fast.",
    "He left a note saying he's sorry for everything he said in the argument.",
    "My brother rang me from the bridge, stuck in traffic, and said he'd go back the other way.",
    "He'd kill me if I told anyone about the surprise party.",
    "A little voice telling me to get rid of the baby weight.",
]


@pytest.mark.parametrize("text", CRISIS)
def test_danger_to_or_from_others_is_crisis(text: str) -> None:
    assert analyze(text).crisis, text


@pytest.mark.parametrize("text", NOT_CRISIS)
def test_ordinary_near_misses_are_not_crisis(text: str) -> None:
    assert not analyze(text).crisis, text
