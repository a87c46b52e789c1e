"""The compiled-pattern cache: the same patterns as `re.compile`, and never a risk."""

from __future__ import annotations

import hashlib
import os
import re
import subprocess
import sys
from collections.abc import Iterable
from pathlib import Path

import pytest

from unshame.analysis import regex_cache, resources
from unshame.analysis.regex_cache import compile_pattern
from unshame.analysis.resources import Rule, scanner

SAMPLES = [
    "I yelled at him this morning and I'm the worst mother alive.",
    "im such an idiot i forgot her lunch",
    "My mom always said I was lazy.",
    "",
    "émoji 🙂 and\nnew lines\n\n",
]
PATTERNS = [
    (r"\b(?:worst|idiot)\b", 0),
    (r"^(\w+)\s+(?P<second>\w+)", re.MULTILINE),
    (r"(?i)LAZY|forgot", 0),
]


@pytest.fixture
def cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "patterns"
    monkeypatch.setenv("UNSHAME_CACHE_DIR", str(folder))
    return folder


def same(a: re.Pattern[str], b: re.Pattern[str]) -> None:
    def about(p: re.Pattern[str]) -> tuple[object, ...]:
        return (p.pattern, p.flags, p.groups, p.groupindex)

    assert about(a) == about(b)
    for text in SAMPLES:
        assert [m.span() for m in a.finditer(text)] == [m.span() for m in b.finditer(text)]
        assert [m.groups() for m in a.finditer(text)] == [m.groups() for m in b.finditer(text)]


@pytest.mark.parametrize(("pattern", "flags"), PATTERNS)
def test_fresh_and_cached_patterns_match_like_re(cache: Path, pattern: str, flags: int) -> None:
    fresh = compile_pattern(pattern, flags)
    assert len(list(cache.glob("*.sre"))) == 1
    cached = compile_pattern(pattern, flags)
    same(fresh, re.compile(pattern, flags))
    same(cached, re.compile(pattern, flags))


def test_a_cached_pattern_is_read_without_compiling(
    cache: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    compile_pattern(r"\bmother\b", 0)

    def refuse(pattern: str, flags: int) -> None:
        raise AssertionError("compiled again")

    monkeypatch.setattr(regex_cache, "_compile", refuse)
    assert compile_pattern(r"\bmother\b", 0).search("a tired mother")


@pytest.mark.parametrize(
    "damage",
    [
        lambda b: b[:-7],  # truncated
        lambda b: b[:-1] + bytes([b[-1] ^ 0xFF]),  # a flipped byte in the code
        lambda b: b"not json\n" + b,
        lambda b: b"",
    ],
)
def test_a_damaged_cache_file_is_compiled_afresh_and_replaced(cache: Path, damage: object) -> None:
    compile_pattern(r"\b(?:worst|idiot)\b", 0)
    (path,) = cache.glob("*.sre")
    good = path.read_bytes()
    path.write_bytes(damage(good))  # type: ignore[operator]
    same(compile_pattern(r"\b(?:worst|idiot)\b", 0), re.compile(r"\b(?:worst|idiot)\b"))
    assert path.read_bytes() == good


def test_bad_engine_code_with_a_matching_digest_is_refused(cache: Path) -> None:
    import hashlib
    import json

    compile_pattern(r"\bworst\b", 0)
    (path,) = cache.glob("*.sre")
    blob = path.read_bytes()
    head = json.loads(blob[: blob.index(b"\n")])
    code = bytes(len(blob) - blob.index(b"\n") - 1)  # all zeros: not valid engine code
    head["sha256"] = hashlib.sha256(code).hexdigest()
    path.write_bytes(json.dumps(head).encode() + b"\n" + code)
    assert compile_pattern(r"\bworst\b", 0).search("the worst day")


def test_an_unwritable_cache_folder_still_compiles(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    monkeypatch.setenv("UNSHAME_CACHE_DIR", str(blocker / "patterns"))
    assert compile_pattern(r"\bworst\b", 0).search("the worst day")


@pytest.mark.parametrize("value", ["off", "", "0"])
def test_the_cache_can_be_turned_off(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, value: str
) -> None:
    monkeypatch.setenv("UNSHAME_CACHE_DIR", value)
    assert regex_cache.cache_dir() is None
    assert compile_pattern(r"\bworst\b", 0).search("the worst day")


def test_the_analysers_layers_round_trip_through_the_cache(cache: Path) -> None:
    for layer in scanner().layers:
        fresh = compile_pattern(layer.joined, re.MULTILINE)
        cached = compile_pattern(layer.joined, re.MULTILINE)
        assert cached.pattern == layer.joined
        for text in SAMPLES:
            assert [m.span() for m in cached.finditer(text.lower())] == [
                m.span() for m in fresh.finditer(text.lower())
            ]


def test_kept_values_are_made_again_when_damaged_or_not_valid(cache: Path) -> None:
    made: list[int] = []

    def compute() -> dict[str, int]:
        made.append(1)
        return {"n": 3}

    def valid(kept: object) -> bool:
        return kept == {"n": 3}

    assert regex_cache.cached_json("a name", compute, valid) == {"n": 3}
    assert regex_cache.cached_json("a name", compute, valid) == {"n": 3}
    assert len(made) == 1
    (kept,) = cache.glob("*.json")
    kept.write_text('{"value": {"n": 4}}')
    assert regex_cache.cached_json("a name", compute, valid) == {"n": 3}
    kept.write_text("{not json")
    assert regex_cache.cached_json("a name", compute, valid) == {"n": 3}
    assert len(made) == 3


def _kept(folder: Path, text: str) -> dict[str, str]:
    """The cache files (name -> digest) after a fresh process reads `text`."""
    env = {**os.environ, "UNSHAME_CACHE_DIR": str(folder)}
    code = "import sys; from unshame import analyze; analyze(sys.argv[1])"
    subprocess.run([sys.executable, "-c", code, text], env=env, check=True, timeout=120)
    return {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in folder.iterdir()}


def test_what_is_kept_is_the_same_whatever_she_wrote(tmp_path: Path) -> None:
    calm = _kept(tmp_path / "a", "Lovely walk in the park with the kids today.")
    dark = _kept(tmp_path / "b", "I keep thinking they'd be better off without me. I hate myself.")
    assert calm == dark
    assert calm  # the cache was used at all


def test_a_new_set_of_patterns_replaces_the_old_bundle(cache: Path) -> None:
    first = regex_cache.compile_bundle([r"\bworst\b", r"lazy"], re.MULTILINE)
    assert first is not None and first[0].search("the worst day")
    second = regex_cache.compile_bundle([r"\bidiot\b"], re.MULTILINE)
    assert second is not None and second[0].search("such an idiot")
    assert len(list(cache.glob("*.bundle"))) == 1
    again = regex_cache.compile_bundle([r"\bidiot\b"], re.MULTILINE)  # read back, not rebuilt
    assert again is not None and again[0].pattern == r"\bidiot\b"


def test_rules_kept_in_the_cache_are_the_rules_the_files_give(cache: Path) -> None:
    def full(rules: Iterable[Rule]) -> list[tuple[object, ...]]:
        return [(r, r.expanded, r.branches) for r in rules]

    from_files = full(resources._read_rules())
    resources.rules.cache_clear()
    try:
        made = full(resources.rules())  # read from the files, then kept
        assert list(cache.glob("*.json"))
        resources.rules.cache_clear()
        kept = full(resources.rules())  # read back from the cache folder
    finally:
        resources.rules.cache_clear()
    assert made == from_files
    assert kept == from_files
