"""The words a rule needs: never a word some match of it lacks."""

from __future__ import annotations

import re

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from hypothesis.errors import Unsatisfiable

from unshame.analysis import needs as needs_module
from unshame.analysis.needs import WORDS, branch_needs, may_match, trigger, words, words_at
from unshame.analysis.resources import ENDORSEMENT, QUOTE_FRAME, REPORTING_VERB, scanner


def flat(branch: str, at_word: bool = True) -> set[frozenset[str]]:
    return set(branch_needs(branch, lambda word: 0.0, at_word=at_word))


def one(*words: str) -> frozenset[str]:
    return frozenset(words)


@pytest.mark.parametrize(
    ("branch", "expected"),
    [
        (r"i\s+want\s+to\s+die\b", {one("i"), one("want"), one("to"), one("die")}),
        (r"i\s+want\s+to\s+die", {one("i"), one("want"), one("to")}),  # or "dies", "diet"
        (r"p(?:eaceful|ray(?:ed|s)?)\b", {one("peaceful", "pray", "prayed", "prays")}),
        (
            r"kill(?:s|ed)?\s+(?:my|her)self\b",
            {one("kill", "kills", "killed"), one("myself", "herself")},
        ),
        (r"(?:very\s+)?sad\b", {one("sad")}),  # an optional word is not needed
        (r"don'?t\s+care\b", {one("don", "dont"), one("care")}),  # "don" of "don't"
        (r"don't\s+care\b", {one("don"), one("t"), one("care")}),
        (r"(?i)worst\b", set()),  # case-blind: not followed
        (r"[a-z]+ed\s+it\b", {one("it")}),  # a word of any letters: not known
        (r"(?:ha)+\b", set()),  # a repeat of letters: no word known
        (r"(?<!not\s)bad\b", {one("bad")}),  # what is only looked at is not needed
        (  # "it all" or "itall", with no space between them
            r"end\s{1,8}(?:it|this)\s{0,3}(?:all)?\b",
            {one("end"), one("it", "this", "all", "itall", "thisall")},
        ),
        (r"i\s*$", {one("i")}),
    ],
)
def test_the_words_a_branch_needs(branch: str, expected: set[frozenset[str]]) -> None:
    assert flat(branch) == expected


@pytest.mark.parametrize(
    ("branch", "expected"),
    [
        (r"i\s+want\s+to\s+die\b", {one("want"), one("to"), one("die")}),  # or "hi want"
        (r"(?:very\s+)?sad\b", set()),  # or the end of a longer word
        (r"p(?:eaceful|ray)\b", set()),  # or "spray": the start of the word is not known
    ],
)
def test_a_branch_not_at_a_word_start_needs_no_word_it_may_end(
    branch: str, expected: set[frozenset[str]]
) -> None:
    assert flat(branch, at_word=False) == expected


def test_alternatives_need_one_clause_from_each() -> None:
    common = {"want": 0.3, "to": 0.5, "need": 0.2}
    got = branch_needs(r"(?:want\s+to\s+die|need\s+to\s+vanish)\b", lambda w: common.get(w, 0.001))
    assert got == {one("to"), one("die", "vanish")}  # the rarest of each side


def test_the_trigger_is_the_rarest_clause_of_each_branch() -> None:
    cost = {"i": 0.6, "die": 0.001, "me": 0.5, "gone": 0.002}.get
    first = branch_needs(r"i\s+want\s+to\s+die\b", lambda w: cost(w, 0.01))
    second = branch_needs(r"me\s+gone\b", lambda w: cost(w, 0.01))
    assert trigger([first, second], lambda w: cost(w, 0.01)) == one("die", "gone")
    assert trigger([first, frozenset()], lambda w: 0.0) is None


def test_without_the_engines_parser_nothing_is_needed(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(needs_module, "parser", lambda: None)
    assert branch_needs(r"want\s+to\s+die\b", lambda w: 0.0) == frozenset()


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=200) | st.text(alphabet="ab '-.,\n_9é", max_size=60))
def test_words_at_are_the_words_and_their_starts(text: str) -> None:
    have, starts = words_at(text)
    assert have == words(text) == frozenset(WORDS.findall(text))
    assert starts == [m.start() for m in re.finditer(r"\b\w", text)]


def _sampled_branches() -> list[tuple[str, list[str] | None]]:
    layers = scanner().layers
    every = [(b, layer.needs[i]) for layer in layers for i, b in enumerate(layer.bounded)]
    return every[::23]  # a spread across every layer and rule file


@pytest.mark.parametrize(("branch", "wanted"), _sampled_branches())
def test_text_matching_a_rule_holds_one_of_the_words_it_needs(
    branch: str, wanted: list[str] | None
) -> None:
    pattern = re.compile(r"\b(?=\w)(?:" + branch + ")", re.MULTILINE)

    @settings(
        max_examples=15, deadline=None, database=None, suppress_health_check=list(HealthCheck)
    )
    @given(st.from_regex(branch, fullmatch=True), st.sampled_from(["", "x", " ", ". "]))
    def check(match: str, after: str) -> None:
        text = " " + match + after
        if wanted is not None and pattern.search(text):
            assert not set(wanted).isdisjoint(words(text))

    try:
        check()
    except Unsatisfiable:  # lookarounds the generator cannot meet
        pytest.skip("no matching text generated")


GATED = [REPORTING_VERB, QUOTE_FRAME, ENDORSEMENT]
PIECES = [
    "she", "said", "i", "was", "lazy", "my", "mom", "told", "me", "used", "to", "think",
    "he", "feels", "right", "true", "it's", "for", "years", "believed", "once", "called",
    "always", "says", "never", "am", "really", "agree", "with", "her", "convinced", "been",
]  # fmt: skip


@settings(max_examples=300, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(PIECES), st.sampled_from([" ", ", ", ". ", "  "]))))
def test_a_pattern_is_searched_for_whenever_it_can_match(parts: list[tuple[str, str]]) -> None:
    text = "".join(word + gap for word, gap in parts)
    for pattern in GATED:
        if pattern.search(text):
            assert may_match(pattern)(words(text))


def test_a_text_without_the_words_is_not_searched() -> None:
    assert not may_match(REPORTING_VERB)(words("i forgot the lunchbox again"))
    assert may_match(REPORTING_VERB)(words("my mother always said i was lazy"))
    assert may_match(re.compile("(?i)said"))(frozenset())  # case-blind: always searched


def test_the_rarest_clause_is_the_same_whatever_order_a_set_gives_its_words() -> None:
    # A plain sum of these costs is 0.6000000000000001 in one order and 0.6 in another;
    # a set gives its words in an order that changes from one process to the next, so
    # the choice (and the plan kept in the cache folder) would change with it.
    cost = {"a": 0.1, "b": 0.2, "c": 0.3, "d": 0.6}.__getitem__
    one_way = needs_module._best([("a", "b", "c"), ("d",)], cost)  # type: ignore[list-item]
    other_way = needs_module._best([("c", "b", "a"), ("d",)], cost)  # type: ignore[list-item]
    assert sorted(one_way) == sorted(other_way) == ["a", "b", "c"]
