"""Self-harm, and wanting to be gone or feeling a burden, said indirectly (crisis_self.toml).

CRISIS holds short sentences written for these tests (not corpus lines), in varied wording,
that must set `crisis`; NOT_CRISIS holds ordinary sentences with the same words that must
not. Mixed case, missing apostrophes and common misspellings are included on purpose.
"""

from __future__ import annotations

import pytest

from unshame.analysis import analyze

CRISIS = [
    # hurting her body: relapse, heat, scratching, hair, blades, a belt, not eating
    "Six months clean from cutting and I relapsed on Sunday.",
    "I hold my arm over the hob when I can't breathe from the panic.",
    "Held the back of my hand against the hot iron until the crying stopped.",
    "I SCRATCHED MY LEGS TIL THEY BLED again tonight.",
    "I pick at the skin on my arms until it bleeds and then I hide it.",
    "Scrubbed my skin till it was raw and bleeding, I wanted it off me.",
    "I pulled out chunks of my hair last night because I deserve to hurt.",
    "Ripped my eyelashes out on purpose so I could feel something.",
    "I dug the compass into my thigh while I waited at the school gate.",
    "Pressed the lighter against my wrist till it blistered.",
    "I keep a spare razor blade inside my sock drawer where nobody looks.",
    "I took a belt to my legs after he went to bed.",
    "Hit myself with the hairbrush again, on my back so it doesn't show.",
    "Went upstairs while the kids napped and cut.",
    "i dont deserve to eat when I cant even keep the house clean",
    "Haven't eaten in three days and it's not an accident.",
    "Skipping dinner to punish myself for shouting at Mia.",
    # wanting to be gone
    "I just wanna be a ghost, floating round where nobody can see me.",
    "I wish I was dust.",
    "Every night I beg not to open my eyes again.",
    "i wanna dissapear forever",
    "Some days I want to erase myself so completely nobody remembers me.",
    "Planning how to remove myself from the equation so they can move on.",
    "Death sounds like a proper rest and I'm so tired.",
    "There's a voice in my head that whispers 'just die' every time I drive.",
    "Im Going To Wipe Myself Off The Map.",
    # a burden, and others better off
    "The kids would be better off if I had never made it through the birth.",
    "He'd be better off with the life insurance than with me hanging round.",
    "My son would do better with a mother who wasn't alive.",
    "I should have died giving birth to her.",
    "Im a millstone round all my family's necks.",
    "They'd breathe easier if I just let go.",
    "Every morning I'm still here is another failure for them.",
    "It would be a kindness to everyone if I went away for good.",
    "The best thing I could do for them is remove myself.",
    "Normal mums want to stay alive for their babies. I dont.",
    "Such a burden to all of them. Not for long though.",
    "I buried my Jim in March and I'm ready to join him.",
    "I've stashed away enough of my tablets to not wake up.",
]

NOT_CRISIS = [
    "I scratched my arm on the bramble picking blackberries with the kids.",
    "Pulled my hair into a ponytail and ran for the bus.",
    "I'm pulling my hair out over these school forms.",
    "I don't deserve this chocolate but I'm eating it anyway.",
    "Clean for 412 days today, and so proud of that girl.",
    "Two years clean from the blade today and no relapse, cake for breakfast.",
    "She dressed up as a ghost for Halloween and scared the cat.",
    "Ava wants to be a ghost for World Book Day.",
    "I want to be a ghost writer one day.",
    "I wish I could erase that email I sent to the head teacher.",
    "Wipe the table before the baby smears porridge everywhere.",
    "I wiped myself off with a towel and got dressed.",
    "I'm going to end it with my book club, they only ever talk about wine.",
    "Took myself out of the group chat for some peace.",
    "Deleted myself from the class WhatsApp list at last.",
    "Took myself out of the equation and let them sort out their fight.",
    "Not for much longer, the baby is nearly sleeping through.",
    "I felt like a burden on my husband with the night feeds. Not for much longer, hooray!",
    "Held my hands over the candle to warm them up at the bonfire.",
    "Held my face over a bowl of steam for my cold.",
    "I hold my baby over the steam to help her cough.",
    "I scratched my mosquito bites till they bled, so itchy.",
    "Ran the razor over my legs in the shower before the party.",
    "Pressed the cold glass against my face in the heat.",
    "Put my belt on and realised it needs another hole.",
    "Took a belt to the cobbler to get it shortened.",
    "Measure twice and cut once, as my dad always said.",
    "Got my hair cut and I love it.",
    "I hid the razor blades from the toddler on the top shelf.",
    "I'm dying to have a nap, honestly.",
    "Dying my hair pink feels like a treat.",
    "We're better off with the insurance money than repairing that old car.",
    "This mortgage is a millstone round our necks.",
    "Every day I'm still here in this job is a gift, honestly.",
    "Grandma buried her dog in the garden and now she's ready to go home.",
    "The kindest thing is to remove the screens at bedtime.",
    "Our dog is a weight around my neck some days.",
    "She wants to live in the countryside but I don't.",
    "Hid the blades of the new food processor from the toddler.",
    "I'm ready to go too, just putting my shoes on.",
    "I haven't eaten since breakfast because the day got away from me.",
    "She said 'end it' about my awful boyfriend and she was right.",
]


@pytest.mark.parametrize("text", CRISIS)
def test_self_harm_and_wanting_to_be_gone_are_crisis(text: str) -> None:
    assert analyze(text).crisis, text


@pytest.mark.parametrize("text", NOT_CRISIS)
def test_ordinary_uses_of_the_same_words_are_not_crisis(text: str) -> None:
    reading = analyze(text)
    assert not reading.crisis, [s.text for s in reading.signals if s.type == "crisis"]
