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

from crisis_tables import TABLES, general, plans
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


# The tables of each family of crisis wording (tests/crisis_tables/).
FAMILIES = {m.__name__.rsplit(".", 1)[1]: (m.CRISIS, m.NOT_CRISIS) for m in TABLES}
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


@pytest.mark.parametrize("text", general.CRISIS[::6] + [text for _, text in CORPUS[::25]])
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
