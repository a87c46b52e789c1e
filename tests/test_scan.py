"""The word-by-word scan finds exactly what each layer's joined pattern finds."""

from __future__ import annotations

import json
import re
from functools import cache
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from unshame.analysis import scan
from unshame.analysis.resources import layers, scanner
from unshame.analysis.scan import LayerScan, Scanner, plan, prefixes
from unshame.analysis.segment import normalize

ROOT = Path(__file__).resolve().parents[1]
DEV = ROOT.parent / "shared" / "benchmarks" / "dev_statements.jsonl"


@pytest.mark.parametrize(
    ("branch", "expected"),
    [
        (r"i\s+wish", {"i wis"}),  # a run of spaces is one " "
        (r"i(?:'?m|\s+am)\b", {"i'm", "im", "i am"}),
        (r"(?:the\s+)?worst", {"the w", "worst"}),
        (r"(?<!not\s)bad\b", {"bad"}),
        (r"(?:moms|mothers)\s+should", {"moms ", "mothe"}),
        (r"[ab]c", {"ac", "bc"}),
        (r"ok", {"ok"}),  # a whole match shorter than the key
        (r"(?:ha)+h", {"hahah", "hah"}),
        (r"[a-z]+ed\b", {""}),  # any word: searched for, not keyed
        (r"\d+\s+years", {""}),
        (r"(?i)worst", {""}),
        (r"i\s*$", {"i", "i "}),
    ],
)
def test_prefixes_are_what_every_match_begins_with(branch: str, expected: set[str]) -> None:
    assert prefixes(branch) == expected


def test_without_the_engines_parser_every_branch_is_searched_for(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(scan, "parser", lambda: None)
    assert prefixes(r"i\s+wish") == {""}
    layer = LayerScan([r"i\s+wish", "worst"], [], **_plan([r"i\s+wish", "worst"]))
    assert layer.keys == {}
    assert Scanner([layer]).spans("i  wish. worst") == [[(0, 7, 0), (9, 14, 1)]]


def _plan(bounded: list[str]) -> dict[str, object]:
    p = plan(bounded)
    return {"keys": p["keys"], "scan_ids": p["scan"]}


@cache
def _joined() -> list[re.Pattern[str]]:
    return [re.compile(layer.joined, re.MULTILINE) for layer in scanner().layers]


def _by_joined(norm: str) -> list[list[tuple[int, int]]]:
    return [[m.span() for m in pattern.finditer(norm)] for pattern in _joined()]


def _by_scan(norm: str) -> list[list[tuple[int, int]]]:
    return [[(start, end) for start, end, _ in spans] for spans in scanner().spans(norm)]


def _rules_by_joined(norm: str) -> list[tuple[str, int, int]]:
    """The first rule, in order, that matches where each layer's joined pattern does."""
    out = []
    for layer, pattern in zip(layers(), _joined(), strict=True):
        for m in pattern.finditer(norm):
            for rule in layer.members:
                match = rule.pattern.match(norm, m.start())
                if match is not None and match.end() > m.start():
                    out.append((rule.id, *match.span()))
                    break
    return out


def _rules_by_scan(norm: str) -> list[tuple[str, int, int]]:
    found = zip(layers(), scanner().spans(norm), strict=True)
    return [(rule.id, a, b) for layer, spans in found for rule, a, b in layer.rules_at(norm, spans)]


def _texts() -> list[str]:
    paths = sorted((ROOT / "corpus" / "raw").glob("*.jsonl"))
    paths += sorted((ROOT / "corpus" / "heldout").glob("*.jsonl"))
    paths += [DEV] if DEV.exists() else []
    lines = [line for path in paths for line in path.read_text("utf-8").splitlines()]
    return [json.loads(line)["text"] for line in lines if line.strip()]


def test_every_corpus_text_gets_the_joined_patterns_spans_and_rules() -> None:
    texts = _texts()
    assert len(texts) > 7000
    norms = [normalize(t) for t in texts]
    assert [n for n in norms if _by_scan(n) != _by_joined(n)] == []
    assert [n for n in norms if _rules_by_scan(n) != _rules_by_joined(n)] == []


WORDS = [
    "i", "i'm", "im", "i've", "am", "a", "the", "worst", "mom", "mother", "moms", "should",
    "have", "never", "not", "everyone", "else", "better", "off", "without", "me", "want",
    "to", "die", "hurt", "myself", "feel", "like", "failure", "forgot", "yelled", "at",
    "him", "her", "idiot", "so", "just", "she", "said", "was", "lazy", "instagram",
    "compare", "other", "always", "ruin", "everything", "sorry", "wish", "had", "kill",
    "sleep", "wake", "up", "pills", "enough", "good", "perfect", "supposed", "be",
]  # fmt: skip
GAPS = [
    " ",
    "  ",
    "\n",
    ", ",
    ". ",
    "! ",
    "? ",
    "\t",
    "\u2003",
    "'",
    '"',
    " - ",
    ": ",
    " " * 30,
    "\n \n",
]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(WORDS), st.sampled_from(GAPS)), max_size=40))
def test_sentences_of_rule_words_get_the_joined_patterns_spans_and_rules(
    parts: list[tuple[str, str]],
) -> None:
    norm = normalize("".join(word + gap for word, gap in parts))
    assert _by_scan(norm) == _by_joined(norm)
    assert _rules_by_scan(norm) == _rules_by_joined(norm)


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=200))
def test_any_text_gets_the_joined_patterns_spans_and_rules(text: str) -> None:
    norm = normalize(text)
    assert _by_scan(norm) == _by_joined(norm)
    assert _rules_by_scan(norm) == _rules_by_joined(norm)
