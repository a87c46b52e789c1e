"""The analyser's public API: the reading contract, kinds, flags, bad input, and speed shape."""

from __future__ import annotations

import dataclasses
import json
import time

import pytest

from unshame import analyze
from unshame.analysis import KINDS, MAX_CHARS, SOURCES, Reading, model_id
from unshame.errors import InputError

CONTRACT_FIELDS = {
    "kind", "scores", "crisis", "expectation", "comparison", "harsh", "sources", "signals",
    "model",
}  # fmt: skip


def test_the_json_reading_has_every_contract_field() -> None:
    data = json.loads(analyze("I yelled at him this morning. I'm a horrible mom.").to_json())
    assert set(data) >= CONTRACT_FIELDS
    assert set(data["scores"]) == {"guilt", "shame"}
    assert data["model"] == model_id()
    for signal in data["signals"]:
        assert {"type", "start", "end", "text", "why"} <= set(signal)


def test_a_reading_is_frozen() -> None:
    reading = analyze("I forgot her lunch.")
    with pytest.raises(dataclasses.FrozenInstanceError):
        reading.kind = "shame"  # type: ignore[misc]


def test_the_id_is_echoed() -> None:
    assert analyze("I forgot her lunch.", id="e-7").to_dict()["id"] == "e-7"


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("I forgot to pack her swimsuit for swim class today.", "guilt"),
        ("i yelled at my son this morning and i want to say sorry", "guilt"),
        ("I'm not a bad mom, I just forgot the form.", "guilt"),
        ("I'm a terrible mom.", "shame"),
        ("im a terrible mom", "shame"),
        ("Im such a failure as a mother.", "shame"),
        ("what is wrong with me?", "shame"),
        ("I yelled at the baby for crying. I'm a monster.", "mixed"),
        ("I forgot her recital. I'm the worst mother in the world.", "mixed"),
        ("I'm not perfect and that's okay.", "neither"),
        ("We went to the park and fed the ducks.", "neither"),
        ("this laundry is killing me", "neither"),
        ("My mom always said I was lazy.", "neither"),
    ],
)
def test_kinds_of_clear_entries(text: str, kind: str) -> None:
    assert analyze(text).kind == kind


def test_a_verdict_in_a_guilt_sentence_makes_it_mixed() -> None:
    reading = analyze("I yelled at him because I'm such a horrible mom.")
    assert reading.kind == "mixed"
    assert {s.type for s in reading.signals} >= {"guilt", "shame"}


@pytest.mark.parametrize(
    ("text", "flag"),
    [
        ("A good mom never loses her patience, and I lost mine. I'm a failure.", "expectation"),
        ("All the other moms are so much better at this than me.", "comparison"),
        ("I'm such an idiot, I forgot again.", "harsh"),
    ],
)
def test_flags(text: str, flag: str) -> None:
    assert getattr(analyze(text), flag)


def test_a_plain_verdict_is_shame_but_not_harsh() -> None:
    reading = analyze("I'm a terrible mom.")
    assert reading.kind == "shame"
    assert not reading.harsh


def test_neither_has_no_sources_or_flags() -> None:
    reading = analyze("I'm not a perfect mom and honestly nobody in this house needs one.")
    assert reading.kind == "neither"
    assert reading.sources == ()
    assert not (reading.expectation or reading.comparison or reading.harsh)


def test_sources_are_named_from_the_fixed_list() -> None:
    reading = analyze(
        "Seeing those perfect family photos on Instagram makes me feel like I'm worthless as a mom."
    )
    assert "social_media" in reading.sources
    assert set(reading.sources) <= set(SOURCES)


def test_scrolling_alone_is_not_the_social_media_source() -> None:
    reading = analyze("I spent the whole nap time on TikTok instead of playing with my older one.")
    assert reading.kind == "guilt"
    assert "social_media" not in reading.sources


@pytest.mark.parametrize(
    "text",
    [
        "Everyone would be better off if I was gone.",
        "I've thought about taking all my sleeping pills at once.",
        "i just want to go to sleep and not wake up",
    ],
)
def test_crisis_language_is_found(text: str) -> None:
    reading = analyze(text)
    assert reading.crisis
    assert any(s.type == "crisis" for s in reading.signals)


@pytest.mark.parametrize(
    "text",
    [
        "I'm dying to try that new pizza place with the kids.",
        "This laundry is killing me.",
        "I could kill him for eating my last cookie.",
        "My phone died halfway through the call.",
    ],
)
def test_idioms_are_not_crisis(text: str) -> None:
    assert not analyze(text).crisis


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("", "empty"),
        ("   \n\t ", "empty"),
        ("a" * (MAX_CHARS + 1), "characters long"),
        ("text with a \x00 byte", "binary"),
        ("lone \ud800 surrogate", "invalid Unicode"),
    ],
)
def test_bad_input_gets_a_clear_message(text: str, message: str) -> None:
    with pytest.raises(InputError, match=message):
        analyze(text)


def test_not_text_is_a_clear_message() -> None:
    with pytest.raises(InputError, match="expected text, got bytes"):
        analyze(b"I forgot")  # type: ignore[arg-type]


@pytest.mark.parametrize(
    "text", ["😭😭😭 rough day", "Je suis fatiguée mais ça va.", "Ich habe heute gelacht.", "ok"]
)
def test_emoji_and_other_languages_give_a_reading(text: str) -> None:
    reading = analyze(text)
    assert isinstance(reading, Reading)
    assert reading.kind in KINDS


PATHOLOGICAL = [
    "i ",
    "im ",
    "i'm not ",
    "i'm such a ",
    "I yelled at him and I'm a horrible mom. ",
    "my mom said ",
    ".,",
    "aaaa bbbb ",
    "\n",
    "what kind of mother ",
]


@pytest.mark.parametrize("unit", PATHOLOGICAL)
def test_reading_time_grows_linearly_with_length(unit: str) -> None:
    """No pattern backtracks badly: four times the text takes about four times as long.

    The bound is loose (a quadratic blow-up would be sixteen times) so a noisy
    machine does not fail it; `make bench` reports the real figures.
    """

    def seconds(n_chars: int) -> float:
        text = (unit * (n_chars // len(unit) + 1))[: n_chars - 1] + "x"
        best = float("inf")
        for _ in range(2):
            start = time.perf_counter()
            analyze(text)
            best = min(best, time.perf_counter() - start)
        return best

    small, large = seconds(10_000), seconds(40_000)
    assert large < 9 * small + 0.05
