"""Crisis language comes first: every crisis line is caught, and everyday idioms are not.

The crisis rules live in src/unshame/analysis/data/crisis*.toml. These tests read the
corpus and the shared development set at run time, so a new crisis line added there is
checked at once. Sets written by someone who saw neither the rules nor the other lines
wait in corpus/heldout/ (not read here, never trained on): `tools/crisis_heldout.py`
measures how detection generalises to their wording; once the numbers are in the model
card a set may join corpus/raw/, with rules for what it missed, as crisis2 and crisis3
did. HELD_OUT names a file of corpus/raw/ to leave out while its rules are written.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from crisis_tables import TABLES, plans
from unshame.analysis import analyze
from unshame.analysis.resources import rules

ROOT = Path(__file__).resolve().parents[1]
RAW = ROOT / "corpus" / "raw"
HELD_OUT = ""  # crisis2 and crisis3 have joined, with their rules
DEV = ROOT.parent / "shared" / "benchmarks" / "dev_statements.jsonl"


def crisis_lines(path: Path) -> list[tuple[str, str]]:
    rows = [json.loads(line) for line in path.read_text("utf-8").splitlines() if line.strip()]
    return [(str(row["id"]), str(row["text"])) for row in rows if row["crisis"]]


CORPUS = [
    line
    for path in sorted(RAW.glob("*.jsonl"))
    if path.name != HELD_OUT
    for line in crisis_lines(path)
]
DEV_LINES = crisis_lines(DEV) if DEV.exists() else []


def test_the_corpus_has_crisis_lines_to_check() -> None:
    assert len(CORPUS) >= 200


@pytest.mark.parametrize(("line_id", "text"), CORPUS, ids=[line[0] for line in CORPUS])
def test_every_corpus_crisis_line_is_caught(line_id: str, text: str) -> None:
    assert analyze(text).crisis, line_id


@pytest.mark.skipif(not DEV.exists(), reason="the shared development set is not here")
@pytest.mark.parametrize(
    ("line_id", "text"), DEV_LINES, ids=[line[0] for line in DEV_LINES] or None
)
def test_every_dev_crisis_line_is_caught(line_id: str, text: str) -> None:
    assert analyze(text).crisis, line_id


@pytest.mark.xfail(
    reason="known over-flag: 'not wake up' reads as danger even with 'until noon' (safety first)",
    strict=True,
)
def test_sleeping_in_is_not_crisis() -> None:
    assert not analyze("I want to go to sleep and not wake up until noon.").crisis


@pytest.mark.skipif(not DEV.exists(), reason="the shared development set is not here")
def test_no_false_alarm_on_the_dev_set() -> None:
    rows = [json.loads(line) for line in DEV.read_text("utf-8").splitlines() if line.strip()]
    alarms = [row["id"] for row in rows if not row["crisis"] and analyze(row["text"]).crisis]
    assert alarms == []


# Idioms and ordinary uses of the same words: none of these is crisis.
NOT_CRISIS = [
    "Why does everyone find friendship easy while I stand on the edge of every group?",
    "Sat on the edge of the conversation all night, as usual.",
    "I'm dying to try that new taco place with the kids.",
    "This commute is killing me.",
    "I could kill him for eating my chocolate.",
    "We died laughing at the nativity play.",
    "My phone died halfway through the call with the school.",
    "There's an overdose warning on the box of the kids' cough medicine.",
    "They finally put suicide prevention fences on the bridge by the river.",
    "I'm cutting myself some slack this week.",
    "I wish I could disappear to a spa for a weekend.",
    "My back is killing me after carrying the car seat.",
    "I'd kill for a nap right now.",
    "Kill me now, another three-hour PTA meeting.",
    "This pile of laundry is going to be the death of me.",
    "The car battery is dead again.",
    "Dead tired but the nursery is finally painted.",
    "I nearly died of embarrassment at pickup.",
    "My feet are killing me after the school fair.",
    "She totally killed it at her piano recital.",
    "My toddler plays dead every time I say bath time.",
    "These brownies are to die for.",
    "I'm drowning in permission slips and forms.",
    "I could have died on the spot when I called her teacher by the wrong name.",
    "Cut my hand slicing a bagel this morning, classic.",
    "Burned my hand on the oven taking out the lasagna.",
    "Not going to beat myself up over a cold dinner.",
    "My son jumped off the sofa onto the pile of cushions.",
    "We drove over the bridge to grandma's house.",
    "The gun safe is bolted to the wall and the key is on his keychain.",
    "He got a Nerf gun for his birthday and the cat is hiding.",
    "I hit my head on the cupboard door again.",
    "Our goldfish died this morning and we held a little funeral.",
    "Moved the knives to the top drawer before the toddler can reach them.",
    "Took two ibuprofen for my headache and lay down for ten minutes.",
    "Picked up my antidepressant refill and a pack of diapers.",
    "The baby slept through and didn't wake up once!",
    "I want to disappear into a good book for an hour.",
    "I'm so tired I could sleep for a week.",
    "We're out of milk again.",
    "The kids were fine without me at grandma's for the weekend.",
    "I can't go on the field trip this year because of work.",
    "Some days I just want to vanish into a hot bath without anyone knocking.",
    "I'm so bad at this, I'm dying over here with one toddler.",
    "My husband ate the last cookie, he's a dead man.",
    "The drought is killing my tomato plants.",
    "Finally pulled the trigger on the new stroller.",
    "I worry I'll hurt her feelings if I say no to the sleepover.",
    "We jumped the gun and booked the holiday before checking the school dates.",
    "My mum always made us feel like a burden when we asked for help.",
    "Read an article about how common intrusive thoughts are after birth.",
    "The razor blades from the bathroom now live in a locked box.",
    "I could sleep forever after that night feed.",
    "I can't do this anymore, I need a babysitter.",
    "I've had this razor for ages.",
    "I had the urge to smother him with kisses.",
    "I know which bridge to take to avoid the traffic.",
    "I stopped taking my meds because the side effects were awful.",
    "I don't care if I die trying, I'm finishing this marathon.",
    # near the families written from crisis2 (crisis.means_kept, .edge, .attempts, .marks,
    # .farewell, .still_here, .close_danger)
    "I counted the kids' vitamins to see if we need more.",
    "Locked the medicine cabinet so the toddler can't get into it.",
    "Packed all my meds for the holiday.",
    "Took a couple more ibuprofen for my back this afternoon.",
    "We looked up how tall the Eiffel Tower is for her school project.",
    "He looked at the knives in the shop for a new set.",
    "I told him not to turn the wheel so sharply at the bend.",
    "The toddler held her breath under the bathwater for a second and came up giggling.",
    "I don't want to come up with another excuse for missing the party.",
    "Part of me wanted to jump for joy when she read her first word.",
    "After three attempts at potty training we gave up for now.",
    "Three IVF attempts since I was 35 and still no baby.",
    "I survived the first week back at work!",
    "She's cutting a new tooth and nobody is sleeping.",
    "I'm wearing long sleeves to the wedding to cover my tattoo.",
    "Noticed the marks on her arm from the vaccination and she said it didn't hurt.",
    "Gave away the old cot and the baby clothes to a neighbour.",
    "Left a note for the babysitter about bedtime.",
    "Left a note and took the car to the garage for its MOT.",
    "Made him promise to be nice to his sister at the party.",
    "Once she's potty trained you won't have to worry about her anymore.",
    "I hope the plane lands on time so we make the connection.",
    "I could sleep for a week, or forever honestly, this baby.",
    "My husband is going away, and not in the holiday way, it's a work trip.",
    "I'm thinking about ending things with my book club.",
    "Read that intrusive thoughts about the baby are common.",
    "I'd like to dye my hair pink for the summer.",
    # a past she has come through, or the topic rather than her (detectors: past)
    "Three years free of self-harm this spring, and I wore shorts to sports day.",
    "I used to cut when I was at school. I'm proud of how far I've come.",
    "I haven't had an urge to hurt myself in over a year.",
    "The course taught us how to ask someone plainly about suicide.",
    "I had suicidal thoughts after my first was born. Therapy brought me back.",
    "My brother was suicidal at uni and the college counsellor helped him through it.",
    # a rule's own ordinary context (not_after, not_near)
    "I'll sleep when I'm dead, apparently, because this baby won't.",
    "Mortified when he told the teacher I'd forgotten his shoes. Wanted to vanish.",
    "Clearing the loft, decluttering at last: gave away my old records and the pram.",
    "Last day at the old office today, said my goodbyes and took the cake home.",
    "Leaving drinks tonight, said my goodbyes to the team.",
    "I have a plan with my GP for the next few months and I feel safe.",
    # said plainly's near misses
    "She said she'll kill me if I'm late again.",
    "he'll kill me for eating his leftovers",
    "My husband said he'll kill me if I spend any more on shoes",
    "Can't keep myself safe from the sun on these walks, burnt again",
    "I felt like dying when he read my text out loud.",
    "He said he'll kill me for forgetting the milk, joking obviously",
    "gonna take the kids to the park",
    "I'd be happy if I got hit by a wave of energy",
    "they'll have pizza when I'm gone to work",
    "his arms are covered in cuts from the brambles again",
    "my legs are covered in scratches from the brambles again",
    "They'll be fine when I'm gone for the weekend.",
    "The kids will eat all the biscuits when I'm gone to the gym.",
    "what if I drop him off at nursery early",
    "he threw her toy down the stairs on purpose",
    "ready to go see Jesus Christ Superstar tonight",
    "I don't see myself living past 90 with these knees",
    "took the whole bottle of wine to the party",
    "took the whole bottle to Gran's",
    "I want to throw myself off the diving board like the kids do",
    "what if I hurt her feelings",
    "i want to throw myself into work this week",
    "If I had the guts I'd have done it years ago, left him and moved to Spain.",
    "Hid in the loo so the kids wouldn't find me for five minutes.",
    "Drove past the sea and thought how easy it would be to keep going to Cornwall for a week.",
    "Moved out, not to a new life, just gone to my sister's for the weekend.",
    "What if I don't come back before the bell goes?",
    "the crisis team at work came for the audit",
    "took too many photos at the zoo",
    "headbanging at the gig with my sister",
    "stopped eating so I can fit in the dress",
    "my last message to the PTA is drafted",
    "if I died tomorrow I'd be happy with my life",
    "found the blender blades in the drawer",
    "scars on his knees from the trampoline",
    "next time he'd finish it off, the cake I mean",
    "the baby is a little devil at bedtime",
    "possessed by the urge to tidy",
    "swapped her cot for a bed and she loves it",
    "took too many biscuits from the tin",
    "The crisis team at the council finally rang back about the bins",
    "I'm not safe to drive after that wine",
    "honestly not safe around chocolate, I'm not safe around cake",
    "want to see my mum in Spain",
    "I can't live without her, I'll follow her to the shops",
    "make it all stop for five minutes",
    "my plan is the bridge club on Friday",
    "planning my mum's funeral",
    "burns from the oven door on my arm",
    "let go of the wheel when the instructor took over",
    "I'm not safe on these icy pavements",
    "going to be with my husband at his work do",
    "necked a bottle of prosecco at the party",
    "might as well end it with him now",
    "can't wait to not be here at 6am for drop off",
    "counting down the days until i'm gone to Spain",
    "look after the kids when I'm gone to work",
    "he hit the baby with a rattle",
    "This time next week I won't be here, I'll be in Tenerife!",
    "might as well die laughing",
    "sorry for what I'm about to do to this cake",
    "i'm so over life admin this week",
    "could od on chocolate after today",
    "banging my head against a brick wall with this form",
    "going to cut the grass tonight",
    "finish my life's work one day",
    "i'm so over living in this flat",
    "gonna cut the kids' hair tonight",
    "I'll cut again tomorrow, the fabric's too short",
    "I wanted the floor to swallow me",
    "want the sea to take me away on holiday",
    "keep looking at the knives in the sale",
    "we'd be better off with the car insurance I had before",
    "scared I'll act on impulse and buy the dress",
    "I'd never do it because of the kids, but I want to skydive",
]


# Short crisis phrasings written for these tests, across the families (not corpus lines).
CRISIS = [
    # wanting to die, not to exist
    "I just want to stop existing.",
    "Some nights I wish I could go to sleep and never wake up.",
    "honestly wish i was dead",
    "Part of me wants to die.",
    "I don't want to be alive anymore.",
    "I wish I had never been born.",
    "Tonight I wanted to disappear forever.",
    "I keep praying I won't wake up tomorrow.",
    "I'd rather be dead than keep doing this.",
    "I'm so tired of living.",
    "There's no point in living like this.",
    "I have nothing left to live for.",
    "i'm suicidal and i don't know who to tell",
    "I want to kms",
    "been thinking about unaliving myself",
    "thinking about sewer slide again",
    "I just want to leave this world.",
    "I don't think I'll be around much longer.",
    # thoughts of dying
    "I can't stop thinking about death.",
    "I've been having thoughts of suicide.",
    "Dying would be such a relief.",
    "I keep imagining my own funeral.",
    # a burden
    "My family would be better off without me.",
    "Everyone would be happier if I was gone.",
    "I'm nothing but a burden to everyone.",
    "Nobody would even miss me.",
    "The kids would be fine if I wasn't here.",
    # plan and means
    "I've been stockpiling my sleeping pills.",
    "I've decided how I'm going to do it.",
    "I keep thinking about jumping off the bridge near our house.",
    "I sat in the car in the garage with the engine running.",
    "I looked up how many pills it would take to die.",
    "I could just drive into oncoming traffic.",
    "I'm going to end it this weekend.",
    "I took a whole bottle of pills last night.",
    "I'm planning to kill myself.",
    "I should just end my life.",
    "I keep thinking about the pills in the cabinet.",
    "I stood on the balcony and thought about how easy it would be.",
    "I sat in the car with a bottle of pills for an hour.",
    "I know exactly which bridge I would use.",
    "I stopped taking my insulin and I don't care what happens.",
    "I don't care if I wake up tomorrow.",
    # preparations
    "I wrote goodbye letters to my kids.",
    "I've been giving away all my things.",
    "I made sure the kids will be looked after when I'm gone.",
    "I updated my will and I feel strangely calm.",
    # self-harm
    "I cut my arms again last night.",
    "I've been burning myself with cigarettes.",
    "I scratched my skin until it bled.",
    "I relapsed and self harmed.",
    "The urge to hurt myself is so strong tonight.",
    "I keep hurting myself when I get overwhelmed.",
    # harming a child, or fear of it
    "I'm afraid I'm going to hurt my baby.",
    "I had a thought about drowning my son in the bath.",
    "I keep picturing myself throwing the baby down the stairs.",
    "I had an urge to smother him with a pillow.",
    "I don't trust myself around my kids right now.",
    "I'm scared I'll shake her if she doesn't stop crying.",
    "I keep picturing holding her face under the bathwater.",
    "I left the baby in the car on purpose to get some peace.",
    "I keep having intrusive thoughts about hurting the baby.",
    # someone close in danger
    "My daughter told me she wants to kill herself.",
    "My son said he doesn't want to be alive anymore.",
    "My teenager has been cutting herself.",
    "My sister overdosed last night.",
    "My mom keeps saying she wants to die.",
    "He threatened to hurt the baby if I leave.",
    "My husband has been talking about ending his life.",
    "My best friend said she has taken something.",
    "My son has cuts all over his forearms and won't say why.",
    "My partner says we'd all be better off if he just disappeared.",
    # keeping the means close (crisis.means_kept)
    "I know exactly how many of my painkillers are left in the cupboard.",
    "I keep my tablets in my coat pocket now, just in case.",
    "I've hidden the razors from myself.",
    "I asked him to lock the pills away so I can't get to them.",
    "I keep thinking about the railway tracks behind our house.",
    "She said she took a handful more of her tablets.",
    # drawn to the edge (crisis.edge)
    "I went up to the roof again and looked down for ages.",
    "On the bridge I kept thinking how peaceful it would be under the water.",
    "Driving to work I think about not turning the wheel at the bend.",
    "I keep thinking about stepping in front of the school bus.",
    "Some nights in the bath I don't want to come up.",
    # an earlier attempt (crisis.attempts)
    "Two attempts since I was nineteen and tonight feels the same.",
    "I survived the last time, but I'm scared of next time.",
    "I tried once when I was sixteen.",
    "sh again tonight, first time in months",
    # marks and hidden signs (crisis.marks)
    "There are fresh cuts on my daughter's thighs.",
    "He wears long sleeves even in the summer heat.",
    "The blades from his pencil sharpener have gone missing.",
    "I pressed my palm onto the hot iron.",
    # goodbyes and arrangements (crisis.farewell)
    "I wrote a letter for each of my kids, just in case.",
    "I've written down who should take the dog.",
    "You won't have to worry about me much longer.",
    "She sent a goodbye text and now her phone is switched off.",
    "I made her promise to look after her little brother.",
    "I've batch-cooked a month of dinners so they won't need me.",
    # still here (crisis.still_here)
    "Woke up this morning, oh no, still alive.",
    "Every morning I wake up disappointed.",
    "I want to disappear, and not in the holiday way.",
    "My kids would be better off with me in my grave.",
    "I pray God lets me die in my sleep.",
    "I'm not meant to survive this.",
    "With everyone away tonight, it would be the perfect time.",
    "I hope the plane crashes on the way home.",
    "If a car hit me tomorrow I'd feel relieved.",
    "I'd like to not exist anymore.",
    # someone close, a child (crisis.close_danger)
    "Intrusive thoughts about the baby and the bath again.",
    "He said I'd never see the kids alive again.",
    "My dad took a few extra of his heart pills.",
    # a past that is back: every crisis word counts
    "I used to cut myself, and last night I did it again.",
    "Five years free from self-harm and the urges are back.",
    "I had suicidal thoughts after my son was born. Therapy helped, but they're back now.",
    "I used to want to die every day and I still do.",
    "I haven't had an urge to cut in a year but I'm scared I'll slip.",
    "I used to hurt myself. Tonight I want to again.",
    # the same words as the ordinary phrases, meant
    "Mortified again, and I want to die.",
    "I want to disappear for good, not just from embarrassment.",
    "Said my goodbyes to everyone tonight. They don't know it's goodbye.",
    "Maybe it's time to stop being a burden on everyone.",
    # said plainly, and typed fast (crisis.said_plainly, crisis.means_laid_out, the lexicon)
    "gonna take all my pills tonight",
    "i dont wanna be here no more",
    "i wnat to die",
    "my husband said he'll kill me",
    "He told me he would kill us all if I left",
    "my ex texted that he's going to kill the kids",
    "i can't keep myself safe tonight",
    "I don't think I can keep myself safe",
    "I need someone to keep the kids safe from me",
    "i feel like dying every day",
    "I feel like dying.",
    "honestly i feel like dying all the time",
    "I'd be happy if I got hit by a bus",
    "there's no point in me being alive",
    "the kids deserve a mum who isn't me, they'll get one when I'm gone",
    "my arms are covered in cuts again",
    "honestly wouldn't mind if i got hit by a car on the way home",
    "they'll be better off when I'm gone.",
    "what if I drop him down the stairs on purpose",
    "what if i drown her in the bath",
    "I'm ready to go be with jesus, I'm done here",
    "being alive is exhausting and I want out",
    "I don't see myself living past this year",
    "i took the whole bottle",
    "i want to throw myself down the stairs",
    "i keep thinking about throwing myself in front of a train",
    (
        "Some days I think about just walking out the door and never coming back, not to a "
        "new life, just gone."
    ),
    "I've started planning how I would do it so the kids wouldn't find me.",
    "I drove past the reservoir and thought how easy it would be to keep going.",
    "If I had the guts I would have done it already.",
    "I'm writing this in case anything happens to me. I love you all. It's not your fault.",
    "I hold my breath under the bathwater and wonder what would happen if I didn't come up.",
    "found blades in my teen's pencil case",
    "my son has scars on his arms he won't explain",
    "he punched me and said next time he'd finish it",
    "the voices say the baby is evil",
    "I think the baby is possessed and I need to get rid of it",
    "I believe my baby is not mine, they swapped her, and I want to hurt the impostor",
    "I've stopped eating so I can disappear",
    "i've been headbanging the wall until i see stars",
    "I went to A&E after I took too many",
    "the crisis team came out last night",
    "I was sectioned on Monday after trying to end it",
    "my last message to everyone is drafted",
    "if i died tomorrow i'd be ok with that",
    "I'm not safe",
    "I want to join my mum in heaven",
    "I just want to make it all stop, permanently",
    "my plan is the bridge on friday",
    "I keep picturing the kids at my funeral",
    "my chest is covered in burns from the lighter",
    "I can't live without her, I'll follow her",
    "I'm going to be with my baby who died",
    "sometimes on the motorway i think about letting go of the wheel",
    "the kids aren't safe with me",
    "i'm done, proper done, not waking up tomorrow is the plan",
    "gonna neck all my tablets",
    "might as well end it innit",
    "cant be doing with life anymore",
    "want to be six feet under",
    "wish i was pushing up daisies",
    "can't wait to not be here",
    "counting down the days until i'm gone",
    "this time next week I won't be here",
    "I'm sorry for what I'm about to do",
    "please look after the kids for me when I'm gone",
    "I hit the baby and I can't stop thinking about doing it harder",
    "I smothered him for a second before I stopped myself",
    "i'm so over living",
    "ion wanna be alive no more",
    "i feel like ending myself",
    "i want to od",
    "want to bang my head till it stops",
    "i'm going to cut tonight",
    "life's not worth it anymore, mate",
    "I am thinking to finish my life",
    "I want the sea to take me",
    "I keep looking at the knives in the block",
    "as a father I'm useless, they'd do better with my insurance money",
    "dad here. I've been thinking my family would get the life insurance and be better off",
    "I'm scared I'll act on these thoughts",
    "I'd never do it because of the kids, but I want to",
]


# The tables of each family of crisis wording (tests/crisis_tables/), with this file's.
FAMILIES = {
    "general": (CRISIS, NOT_CRISIS),
    **{m.__name__.rsplit(".", 1)[1]: (m.CRISIS, m.NOT_CRISIS) for m in TABLES},
}
ALL_CRISIS = [(f"{f}-{i}", t) for f, (yes, _) in FAMILIES.items() for i, t in enumerate(yes)]
ALL_CALM = [(f"{f}-{i}", t) for f, (_, no) in FAMILIES.items() for i, t in enumerate(no)]


@pytest.mark.parametrize(("name", "text"), ALL_CRISIS, ids=[n for n, _ in ALL_CRISIS])
def test_crisis_phrasings_are_caught_by_the_rules(name: str, text: str) -> None:
    reading = analyze(text)
    assert reading.crisis
    assert any(s.type == "crisis" for s in reading.signals), "caught by the head alone"
    assert analyze(text.upper()).crisis, "missed in capitals"


@pytest.mark.parametrize(("name", "text"), ALL_CALM, ids=[n for n, _ in ALL_CALM])
def test_near_misses_of_each_family_raise_no_crisis_rule(name: str, text: str) -> None:
    reading = analyze(text)
    assert not [s.text for s in reading.signals if s.type == "crisis"]


def test_the_crisis_head_rarely_alarms_on_the_near_misses() -> None:
    """The crisis head (which only adds to the rules) is learned, so it is held to a rate
    rather than sentence by sentence: at most one near miss in fifty."""
    alarms = [text for _, text in ALL_CALM if analyze(text).crisis]
    assert len(alarms) <= len(ALL_CALM) // 50, alarms


# Crisis words after "I had" or "I was" count as a past she has come through only when
# the entry says she came through. Words of getting better said of anything else (a
# cold, the twins at nursery, a casserole) must not quiet them, before or after.
EVERYDAY_BETTER = [
    "My husband helped me with bath time.",
    "The health visitor helped my son with his latch.",
    "She's recovered from her cold.",
    "Recovery from the c-section is slow.",
    "The baby is safe now in her cot.",
    "Two years since we moved here.",
    "The twins are doing well now at nursery.",
    "Grandma came through with the casserole.",
    "His cough got better.",
    "Proud of myself for getting out of the house.",
    "Proud of her for her swimming badge.",
    "Got help with the twins from my sister today.",
    "Glad I stayed for the party.",
]
CRISIS_TOLD_IN_THE_PAST = [
    "I had thoughts of ending it all.",
    "I was thinking about killing myself on the drive home.",
    "Last night I was planning how to kill myself.",
    "When I was in the bath I wanted to die.",
    "I had the pills counted out tonight.",
    "I was going to take all my tablets.",
    "I had a plan to end my life.",
]
TOLD_BESIDE_EVERYDAY = [
    text
    for everyday in EVERYDAY_BETTER
    for crisis in CRISIS_TOLD_IN_THE_PAST
    for text in (f"{everyday} {crisis}", f"{crisis} {everyday}")
]


@pytest.mark.parametrize("text", TOLD_BESIDE_EVERYDAY)
def test_getting_better_at_something_else_does_not_put_a_crisis_in_the_past(text: str) -> None:
    reading = analyze(text)
    assert any(s.type == "crisis" for s in reading.signals), text


@pytest.mark.xfail(reason="known over-flag: safety first where the words are the same", strict=True)
@pytest.mark.parametrize("text", plans.KNOWN_OVERFLAGS)
def test_known_overflags(text: str) -> None:
    assert not analyze(text).crisis, text


def test_there_are_enough_test_phrasings() -> None:
    for family, (yes, no) in FAMILIES.items():
        assert len(yes) >= 30 and len(no) >= 30, family


@pytest.mark.parametrize("text", CRISIS[::6] + [text for _, text in CORPUS[::25]])
def test_crisis_signals_explain_themselves(text: str) -> None:
    reading = analyze(text)
    signals = [s for s in reading.signals if s.type == "crisis"]
    assert signals
    for signal in signals:
        assert signal.why.strip()
        assert 0 <= signal.start < signal.end <= len(text)
        assert text[signal.start : signal.end] == signal.text


def test_every_crisis_rule_has_a_plain_why() -> None:
    crisis_rules = [rule for rule in rules() if rule.type == "crisis"]
    assert len(crisis_rules) >= 7
    for rule in crisis_rules:
        assert rule.id.startswith("crisis.")
        assert rule.why.strip() and rule.why == rule.why.strip()
