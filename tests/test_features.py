"""The model's features: her words, marked by negation, quotes and where they stand."""

from __future__ import annotations

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from unshame.analysis.detectors import detect
from unshame.analysis.features import features, marked_words, word_features
from unshame.analysis.resources import word_classes
from unshame.analysis.segment import prepare


def placed(text: str) -> dict[str, set[str]]:
    """The placed words of `text`, by mark (`l`, `lc`, `fc`, `i`, `n`)."""
    prep = prepare(text)
    out: dict[str, set[str]] = {}
    for feature in word_features(prep, detect(prep).quotes):
        mark, _, word = feature.partition(":")
        if mark not in {"w", "b", "k"}:
            out.setdefault(mark, set()).add(word)
    return out


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # One sentence of one clause: no place is marked, as it would be the whole entry.
        ("i yelled at him", {"n": {"1"}}),
        ("", {"n": {"1"}}),
        # Two clauses: the opening and the closing one.
        (
            "I forgot her lunch, I'm an idiot",
            {"n": {"1"}, "fc": {"i", "forgot", "her", "lunch"}, "lc": {"i'm", "an", "idiot"}},
        ),
        # Two sentences: the closing sentence, and the sentences she speaks of herself in.
        (
            "She cried. I'm a joke.",
            {
                "n": {"2"},
                "fc": {"she", "cried"},
                "lc": {"i'm", "a", "joke"},
                "l": {"i'm", "a", "joke"},
                "i": {"i'm", "a", "joke"},
            },
        ),
        # The closing sentence is the last one that holds words.
        ("I yelled. 🙄", {"n": {"2"}}),
        # Negated and quoted words keep their marks in every place.
        (
            "Mum said \"you're lazy\". I'm not lazy. Tired.",
            {
                "n": {"3-4"},
                "l": {"tired"},
                "lc": {"tired"},
                "fc": {"mum", "said"},  # her quote marks open a clause
                "i": {"i'm", "not", "not_lazy"},
            },
        ),
    ],
)
def test_placed_words(text: str, expected: dict[str, set[str]]) -> None:
    assert placed(text) == expected


def test_many_sentences_are_counted_as_five_or_more() -> None:
    assert placed("A. B. C. D. E. F.")["n"] == {"5+"}


@given(st.text(alphabet=st.sampled_from("ab I'm my., !?\n"), max_size=60))
def test_every_placed_word_is_one_of_her_words(text: str) -> None:
    prep = prepare(text)
    quotes = detect(prep).quotes
    words = {w for w, _, _ in marked_words(prep, quotes)}
    for mark, found in placed(text).items():
        if mark != "n":
            assert found <= words


CLASSES = [
    ("Counted the paracetamol again.", {"k:means", "k:secrecy", "k:means+secrecy"}),
    # negated and reported words count with their class
    ("I'm not going to take the tablets.", {"k:means"}),
    ('She said "I want to die".', {"k:death"}),
    ("Made pancakes with the kids.", {"k:child"}),
    ("Lovely sunny walk, nothing to report.", set()),
]


@pytest.mark.parametrize(("text", "expected"), CLASSES)
def test_word_classes_and_their_pairs(text: str, expected: set[str]) -> None:
    prep = prepare(text)
    assert {f for f in features(prep, detect(prep)) if f.startswith("k:")} == expected


def test_every_word_of_a_class_is_one_word_as_the_features_read_it() -> None:
    for name, words in word_classes().items():
        assert words, name
        assert all(re.fullmatch(r"[a-z]+(?:'[a-z]+)?", w) for w in words), name
