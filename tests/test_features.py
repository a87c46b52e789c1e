"""The model's features: her words, marked by negation, quotes and where they stand."""

from __future__ import annotations

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from unshame.analysis.detectors import detect
from unshame.analysis.features import WordRows, features, marked_words, word_features
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


def _rows_by_name(text: str, index: dict[str, int]) -> set[int]:
    """The rows the word features of `text` take, by their names (`word_features`)."""
    prep = prepare(text)
    return {index[f] for f in word_features(prep, detect(prep).quotes) if f in index}


def _index_of_every_feature(texts: list[str]) -> dict[str, int]:
    names = sorted({f for t in texts for f in word_features(prepare(t), detect(prepare(t)).quotes)})
    # Every other name only, so some of her features are unknown to the "model".
    return {name: i for i, name in enumerate(names[::2])}


ROWS_TEXTS = [
    "",
    "I yelled at him. I'm the worst mom. Will do better tomorrow.",
    'my mom always said "you are lazy" and I am not lazy, I just forgot',
    "I'm not a bad mom, I'm a tired one; the laundry is killing me and so is work",
    "forgot her lunch again!! what is wrong with me?? my sister never forgets",
    "the the the the. me me. my my my myself",
]


def test_word_rows_are_the_rows_of_the_word_features() -> None:
    index = _index_of_every_feature(ROWS_TEXTS)
    rows = WordRows(index)
    for _ in range(2):  # the second time from what it kept
        for text in ROWS_TEXTS:
            prep = prepare(text)
            assert rows.rows(prep, detect(prep).quotes) == _rows_by_name(text, index), text


@given(st.text(alphabet=st.sampled_from('ab not I\'m my "she said" q., !?\n'), max_size=80))
def test_word_rows_agree_with_word_features_on_any_text(text: str) -> None:
    index = _index_of_every_feature([text, *ROWS_TEXTS])
    prep = prepare(text)
    assert WordRows(index).rows(prep, detect(prep).quotes) == _rows_by_name(text, index)


def test_word_rows_start_afresh_past_their_limit(monkeypatch: pytest.MonkeyPatch) -> None:
    index = _index_of_every_feature(ROWS_TEXTS)
    rows = WordRows(index)
    monkeypatch.setattr(WordRows, "LIMIT", 3)
    most = max(len(marked_words(prepare(t), [])) for t in ROWS_TEXTS)  # words in one text
    for text in ROWS_TEXTS * 2:
        prep = prepare(text)
        assert rows.rows(prep, detect(prep).quotes) == _rows_by_name(text, index)
        assert len(rows._words) <= 3 + most and len(rows._pairs) <= 3 + most
