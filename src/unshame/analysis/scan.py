"""Where a layer of rules matches, without trying every rule at every word.

Each layer (the rules of one type) is one alternation of branches, most of which begin
at a word: "i wish i had ...", "everyone else ...". Tried as one pattern, the regex
engine attempts all of a layer's branches at every word of the text, some 350 of them
for the crisis rules. Here each branch is read once, with the engine's own parser, for
the first characters every match of it must begin with (up to five, a run of spaces
counting as one: "i wis", "every"). At a word, only the branches that can begin with
its first characters are tried, and what each beginning leads to is kept, so a word
is looked up once. Branches that can begin anywhere, or not at a word, are found with
one ordinary search.

Most branches also name words, and a text that holds none of the words a branch needs
cannot match it (`needs`): a pattern is tried only in a text holding one of the words
its branches need, and a word only where something that may begin there can match.

What comes out is exactly what the layer's joined pattern finds with `finditer`: the
leftmost match, at one position the branch listed first, and no overlaps
(tests/test_scan.py holds the two side by side). Which branch matched where several
are tried is read from a named group around each.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from functools import cached_property
from typing import Any

from unshame.analysis.needs import Cost, branch_needs, trigger, words_at
from unshame.analysis.regex_cache import class_chars, compile_pattern, parsed, parser

KEY = 5  # characters (a run of spaces counting as one) that choose the branches tried
WIDEST_CLASS = 6  # a character class wider than this ends a prefix
PLAN = 2  # what a plan holds: raised when it holds more (so a kept plan is made afresh)
LARGE_BRANCH = 1000  # characters: a branch this long gets a pattern of its own
_MEMO_LIMIT = 50_000
_WORD_START = re.compile(r"\b\w")
_SPACE = re.compile(r"\s")
_RUN = re.compile(r"  +")
_KEY_SPAN = re.compile(rf"(?: +|[^ ]){{1,{KEY}}}")

Prefixes = frozenset[str]
Span = tuple[int, int, int]  # start, end, and the place of the branch that matched


def prefixes(branch: str, size: int = KEY) -> Prefixes:
    """The strings (up to `size` characters) that every match of `branch` begins with.

    Whitespace stands as one " ". A string shorter than `size` means what follows is not
    known character by character (a wide class, a word of any letters); "" among them
    means a match may begin with anything. Zero-width assertions are passed over, so the
    prefixes may let through more than the branch matches, never less.
    """
    p = parser()
    if p is None:
        return frozenset({""})
    tree = parsed(branch)
    if tree.state.flags & re.IGNORECASE:
        return frozenset({""})
    return frozenset(_Walk(p, size).seq(list(tree), 0, "", _done))


LINE_START = "\x00"  # in `anchors`: a match may begin where a line does
ANCHOR_CHARS = frozenset(".,;:!?\"'()[]-\n" + LINE_START)  # few in any text


def anchors(branch: str) -> frozenset[str] | None:
    """The characters every match of `branch` begins with (LINE_START: or where a line
    begins), when they are all among `ANCHOR_CHARS`; None when it may begin elsewhere.
    A branch with anchors is tried only where they are, not searched for."""
    p = parser()
    if p is None:
        return None
    tree = parsed(branch)
    if tree.state.flags & re.IGNORECASE:
        return None
    firsts = frozenset(_Walk(p, 1, line_start=True).seq(list(tree), 0, "", _done))
    return firsts if firsts <= ANCHOR_CHARS else None


def _done(cur: str) -> set[str]:
    return {cur}


def _line_starts(c: Any) -> tuple[Any, ...]:
    """The parser's "^" and "\\A" (with MULTILINE, "^" holds where any line begins)."""
    return (c.AT_BEGINNING, c.AT_BEGINNING_LINE, c.AT_BEGINNING_STRING)


@dataclass
class _Walk:
    p: Any  # the engine's parser module (its opcodes live in its constants)
    size: int
    # For `anchors`: "^" and "\\A" begin a prefix of LINE_START (not passed over), and
    # whitespace stays itself.
    line_start: bool = False

    def add(self, cur: str, ch: str) -> str:
        if ch.isspace() and not self.line_start:  # a run of spaces is one " "
            return cur if cur.endswith(" ") else cur + " "
        return cur + ch

    def seq(self, items: list[Any], i: int, cur: str, then: Callable[[str], set[str]]) -> set[str]:
        if len(cur) >= self.size:
            return {cur}
        if i == len(items):
            return then(cur)
        c = self.p  # opcodes are module constants of the parser
        op, av = items[i]

        def rest(text: str) -> set[str]:
            return self.seq(items, i + 1, text, then)

        if op is c.LITERAL:
            return rest(self.add(cur, chr(av)))
        if op is c.IN:
            chars = self.chars(av)
            if chars is None:
                return {cur}
            return set().union(*(rest(self.add(cur, ch)) for ch in chars))
        if op is c.AT and self.line_start and not cur and av in _line_starts(c):
            return {LINE_START}
        if op in (c.AT, c.ASSERT, c.ASSERT_NOT):
            return rest(cur)
        if op is c.SUBPATTERN:
            if av[1] & re.IGNORECASE:
                return {cur}
            return self.seq(list(av[3]), 0, cur, rest)
        if op is c.ATOMIC_GROUP:
            return self.seq(list(av), 0, cur, rest)
        if op is c.BRANCH:
            return set().union(*(self.seq(list(b), 0, cur, rest) for b in av[1]))
        if op in (c.MAX_REPEAT, c.MIN_REPEAT, c.POSSESSIVE_REPEAT):
            low, high, body = av
            return self.repeat(list(body), low, high, cur, rest)
        return {cur}  # anything else: what follows is not known here

    def repeat(
        self, body: list[Any], low: int, high: int, cur: str, rest: Callable[[str], set[str]]
    ) -> set[str]:
        out = rest(cur) if low == 0 else set()
        if high == 0:
            return out

        def again(text: str) -> set[str]:
            if text == cur:  # nothing new (more spaces, or an empty match): go on after
                return rest(text)
            more = high if high == self.p.MAXREPEAT else high - 1
            return self.repeat(body, max(low - 1, 0), more, text, rest)

        return out | self.seq(body, 0, cur, again)

    def chars(self, items: list[Any]) -> set[str] | None:
        out = class_chars(items, WIDEST_CLASS)
        return out if out is not None and len(out) <= WIDEST_CLASS else None


def plan(
    bounded: Sequence[str], others: Sequence[str] = (), cost: Cost = lambda word: 0.0
) -> dict[str, Any]:
    """Which of a layer's word-start branches to try at a word, by its first characters,
    and the words each needs.

    JSON-ready: "keys" maps a prefix to the branches that begin with exactly it; "scan"
    lists the branches with no usable prefix, searched for like the other branches;
    "needs" holds, for each branch (the bounded, then the others), words of which a
    text must hold one for it to match (the least common of its clauses, see `needs`),
    or None; "anchors", for each branch searched for (those of "scan", then the
    others), the characters its matches begin with (`anchors`), or None.
    """
    keys: dict[str, list[int]] = {}
    scan: list[int] = []
    for i, branch in enumerate(bounded):
        starts = prefixes(branch)
        if "" in starts:
            scan.append(i)
            continue
        for start in sorted(starts):
            keys.setdefault(start, []).append(i)
    wanted = [branch_needs(b, cost) for b in bounded]
    wanted += [branch_needs(b, cost, at_word=False) for b in others]
    best = [sorted(trigger([w], cost) or ()) or None for w in wanted]
    searched = [rf"\b(?=\w)(?:{bounded[i]})" for i in scan] + list(others)
    found = [anchors(branch) for branch in searched]
    return {
        "keys": keys,
        "scan": scan,
        "needs": best,
        "anchors": [None if a is None else sorted(a) for a in found],
    }


def grouped(branches: Iterable[tuple[int, str]]) -> str:
    """Branches as one alternation, each in a group named by its place in the layer."""
    return "|".join(f"(?P<b{i}>{text})" for i, text in branches)


@dataclass(frozen=True)
class _Sub:
    """Some branches of a layer as one pattern (see `grouped`)."""

    pattern: re.Pattern[str]
    place: tuple[int, ...]  # group number -> the branch's place in the layer
    needs: frozenset[str] | None = None  # a text with none of these words cannot match

    @classmethod
    def of(cls, pattern: re.Pattern[str], needs: frozenset[str] | None = None) -> _Sub:
        place = [0] * (pattern.groups + 1)
        for name, number in pattern.groupindex.items():
            if name.startswith("b") and name[1:].isdigit():
                place[number] = int(name[1:])
        return cls(pattern, tuple(place), needs)


@dataclass
class LayerScan:
    """One layer's branches, and the patterns that find them."""

    bounded: list[str]
    others: list[str]
    keys: dict[str, list[int]]
    scan_ids: list[int]
    needs: list[list[str] | None] = field(default_factory=list)  # by branch, see `plan`
    anchors: list[list[str] | None] = field(default_factory=list)  # see `plan`
    flags: int = re.MULTILINE
    _by_key: dict[str, tuple[_Sub, ...]] = field(default_factory=dict, repr=False)
    _subs: dict[tuple[int, ...], _Sub] = field(default_factory=dict, repr=False)

    def _groups(self, key: str) -> list[tuple[int, ...]]:
        """The branches that begin with exactly `key`, as groups with one pattern each.

        Small branches that need the same words share one pattern per key: a group is
        tried only in a text holding one of its words, and branches needing different
        words in one pattern would be tried wherever either's words are. A large
        branch (a long list of wordings) has a pattern of its own, shared by every key
        it begins with, so no large branch is compiled twice.
        """
        by_needs: dict[tuple[str, ...] | None, list[int]] = {}
        large = []
        for i in self.keys[key]:
            if len(self.bounded[i]) > LARGE_BRANCH:
                large.append((i,))
            else:
                wanted = self.needs[i] if i < len(self.needs) else None
                by_needs.setdefault(None if wanted is None else tuple(wanted), []).append(i)
        return [tuple(ids) for ids in by_needs.values()] + large

    def patterns(self) -> dict[tuple[int, ...], str]:
        """Every pattern the keys may need, by its branches (the same for any text)."""
        return {
            ids: grouped((i, self.bounded[i]) for i in ids)
            for key in sorted(self.keys)
            for ids in self._groups(key)
        }

    def preload(self, compiled: dict[tuple[int, ...], re.Pattern[str]]) -> None:
        """Take the patterns ready-made (from `patterns()`), instead of compiling each
        on first use."""
        self._subs.update(
            (ids, _Sub.of(pattern, self.trigger(ids))) for ids, pattern in compiled.items()
        )

    def trigger(self, ids: Iterable[int]) -> frozenset[str] | None:
        """Words of which a text must hold one for any of these branches (by place:
        the bounded, then the others) to match; None when one of them needs none known."""
        out: set[str] = set()
        for i in ids:
            wanted = self.needs[i] if i < len(self.needs) else None
            if wanted is None:
                return None
            out.update(wanted)
        return frozenset(out)

    def matchers(self, key: str) -> tuple[_Sub, ...]:
        """The patterns for the branches that begin with exactly `key` (made once)."""
        found = self._by_key.get(key)
        if found is None:
            found = self._by_key[key] = tuple(self._sub(ids) for ids in self._groups(key))
        return found

    def _sub(self, ids: tuple[int, ...]) -> _Sub:
        found = self._subs.get(ids)
        if found is None:  # in memory only: which are needed depends on her words
            pattern = re.compile(grouped((i, self.bounded[i]) for i in ids), self.flags)
            found = self._subs[ids] = _Sub.of(pattern, self.trigger(ids))
        return found

    @cached_property
    def scans(self) -> tuple[tuple[_Sub, frozenset[str] | None], ...]:
        """The branches found otherwise than at a word's first characters: those
        bounded branches with no known prefix (still at a word start) and the others,
        one pattern each, with the characters its matches begin with (see `anchors`):
        where they are known, the pattern is tried only there, else searched for."""
        n = len(self.bounded)
        parts = [(i, rf"\b(?=\w)(?:{self.bounded[i]})") for i in self.scan_ids]
        parts += [(n + j, text) for j, text in enumerate(self.others)]
        out = []
        for k, part in enumerate(parts):
            known = self.anchors[k] if k < len(self.anchors) else None
            sub = _Sub.of(compile_pattern(grouped([part]), self.flags), self.trigger([part[0]]))
            out.append((sub, None if known is None else frozenset(known)))
        return tuple(out)

    @property
    def joined(self) -> str:
        """The layer as one pattern: what the scan must find exactly."""
        head = [r"\b(?=\w)(?:" + "|".join(self.bounded) + ")"] if self.bounded else []
        return "|".join(head + self.others)


Entry = tuple[tuple[int, tuple[_Sub, ...]], ...]
Known = tuple[Entry, frozenset[str] | None]  # and words of which a text must hold one


class Scanner:
    """Finds, for every layer at once, the spans its joined pattern would find."""

    def __init__(self, layers: list[LayerScan]) -> None:
        self.layers = layers
        self._memo: dict[str, Known] = {}

    def _entry(self, key: str) -> Known:
        """For a word beginning with `key`: each layer with branches that may start
        there, the patterns to try, and the words one of which they all need. Built on
        the entry of `key` less its last character (most keys add nothing to it)."""
        shorter = key[:-1]
        parent = (self._memo.get(shorter) or self._entry(shorter)) if shorter else _NOTHING
        own = [(li, lay.matchers(key)) for li, lay in enumerate(self.layers) if key in lay.keys]
        known = parent if not own else _joined_entry(parent, own)
        if len(self._memo) >= _MEMO_LIMIT:
            self._memo.clear()
        self._memo[key] = known
        return known

    def spans(
        self, norm: str, words: tuple[frozenset[str], list[int]] | None = None
    ) -> list[list[Span]]:
        """Per layer, the (start, end) of each match `finditer` of its joined pattern
        would give over `norm`, and the place of the branch that matched. `words` are
        `needs.words_at(norm)`, when known already."""
        canon = norm if norm.isprintable() else _SPACE.sub(" ", norm)
        found: list[list[Span]] = [[] for _ in self.layers]
        free = [0] * len(self.layers)  # where each layer may match next
        have, starts = words if words is not None else words_at(norm)
        scans = self._scan_positions(norm, have)
        if scans:
            at_word = set(starts)
            positions = sorted(at_word.union(scans))
        else:
            positions = starts
        memo = self._memo
        none: Known = ((), None)
        for p in positions:
            if scans and p not in at_word:
                entry, needs = none
            else:
                key = canon[p : p + KEY]
                if "  " in key:  # a run of spaces counts as one, as in the prefixes
                    key = _RUN.sub(" ", _KEY_SPAN.match(canon, p).group())  # type: ignore[union-attr]
                known = memo.get(key)
                entry, needs = known if known is not None else self._entry(key)
                if needs is not None and needs.isdisjoint(have) and not (scans and p in scans):
                    continue  # nothing that may begin here can match this text
            if scans and p in scans:
                entry = _with_scans(entry, scans[p])
            for li, subs in entry:
                if p < free[li]:
                    continue
                hit: Span | None = None
                for sub in subs:  # the first branch, in layer order, that matches here
                    if sub.needs is not None and sub.needs.isdisjoint(have):
                        continue
                    m = sub.pattern.match(norm, p)
                    if m is not None:
                        place = sub.place[m.lastindex or 0]
                        if hit is None or place < hit[2]:
                            hit = (p, m.end(), place)
                if hit is not None:
                    found[li].append(hit)
                    free[li] = hit[1] if hit[1] > p else p + 1
        return found

    def _scan_positions(self, norm: str, have: frozenset[str]) -> dict[int, list[tuple[int, _Sub]]]:
        """Every position where a layer's searched-for branches match."""
        out: dict[int, list[tuple[int, _Sub]]] = {}
        marks: list[tuple[int, str]] | None = None  # where the anchor characters stand
        for li, layer in enumerate(self.layers):
            for sub, chars in layer.scans:
                if sub.needs is not None and sub.needs.isdisjoint(have):
                    continue
                if chars is not None:
                    if marks is None:
                        marks = _marks(norm)
                    for at in _positions(marks, chars):
                        if sub.pattern.match(norm, at) is not None:
                            out.setdefault(at, []).append((li, sub))
                    continue
                m = sub.pattern.search(norm)
                while m is not None:
                    at = m.start()
                    out.setdefault(at, []).append((li, sub))
                    m = sub.pattern.search(norm, at + 1)
        return out


_MARK = re.compile("[" + re.escape("".join(sorted(ANCHOR_CHARS - {LINE_START}))) + "]")


def _marks(text: str) -> list[tuple[int, str]]:
    """Where each of `ANCHOR_CHARS` stands in `text`, in order (LINE_START where a line
    begins: at 0 and after each newline)."""
    out = [(0, LINE_START)]
    for m in _MARK.finditer(text):
        at, ch = m.start(), m.group()
        out.append((at, ch))
        if ch == "\n":
            out.append((at + 1, LINE_START))
    return out


def _positions(marks: list[tuple[int, str]], chars: frozenset[str]) -> list[int]:
    """Where one of `chars` stands (`marks`, from `_marks`), in order, each place once."""
    return sorted({at for at, ch in marks if ch in chars})


_NOTHING: Known = ((), frozenset())


def _joined_entry(parent: Known, own: list[tuple[int, tuple[_Sub, ...]]]) -> Known:
    """`parent`'s patterns, then (layer by layer) those of `own`, and the words they need."""
    entry, needs = parent
    wanted = None if needs is None else set(needs)
    for _, subs in own:
        for sub in subs:
            if sub.needs is None or wanted is None:
                wanted = None
            else:
                wanted |= sub.needs
    return _merged(entry, own), None if wanted is None else frozenset(wanted)


def _with_scans(entry: Entry, extra: list[tuple[int, _Sub]]) -> Entry:
    return _merged(entry, [(li, (sub,)) for li, sub in extra])


def _merged(entry: Entry, more: Iterable[tuple[int, tuple[_Sub, ...]]]) -> Entry:
    """`entry` with `more` patterns after each layer's own, layers in order."""
    merged = dict(entry)
    for li, subs in more:
        merged[li] = (*merged.get(li, ()), *subs)
    return tuple(sorted(merged.items()))
