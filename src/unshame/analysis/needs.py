"""The words a rule cannot match without.

Most rules name words: "i want to die", "better off without me". A text that holds none
of the words a rule needs cannot match it, and looking that up in the set of her words
is far cheaper than trying the pattern. Each branch is read once, with the regex
engine's own parser, for the words every match of it must contain as whole words (a run
of word characters with no word character on either side), as clauses: sets of words of
which a text must hold at least one ("want|wish ... die" needs "die", and one of "want"
and "wish").

The reading is cautious by construction: where it cannot tell what a match holds (a
wide character class, a repeat, a case-blind group), it knows nothing and asks for
nothing. So a text the clauses turn away can never match the branch; the clauses may
let through texts the branch then does not match. tests/test_needs.py holds this
against tables and against texts made from the rules themselves; tests/test_scan.py
holds the scanner that uses it to the joined patterns on every text of the corpus.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable, Iterable
from functools import cache
from typing import Any

from unshame.analysis.regex_cache import class_chars, parsed, parser

VERSION = 2  # of what `branch_needs` reads; part of the key kept plans are stored under
Clause = frozenset[str]  # at least one of these words
Clauses = frozenset[Clause]  # all of these clauses
Cost = Callable[[str], float]  # how common a word is (a share of texts holding it)

NONWORD = 0  # the character before is not a word character (or a word boundary holds)
UNKNOWN = 1  # nothing is known of the characters before
Open = int | str  # NONWORD, UNKNOWN, or the letters of a word begun after a NONWORD

MAX_OPEN = 512  # open words followed at once; past it, they are given up (UNKNOWN)
LONGEST_WORD = 40
CLASS_CHARS = 8  # a character class of more characters than this is not followed
_BLIND = re.IGNORECASE | re.ASCII  # letters or word characters read otherwise: not followed
_WORD = re.compile(r"\w")
WORDS = re.compile(r"\w+")  # her text's words, as the clauses count them

Paths = dict[Open, Clauses]  # where a match may stand, and what it has needed so far


_NOT_WORD_ASCII = str.maketrans({chr(c): " " for c in range(128) if not _WORD.match(chr(c))})


def words(text: str) -> frozenset[str]:
    """The whole words of `text`, as the clauses name them."""
    return frozenset(WORDS.findall(text))


def words_at(text: str) -> tuple[frozenset[str], list[int]]:
    """The whole words of `text`, and where each word begins."""
    if not text.isascii():
        found = list(WORDS.finditer(text))
        return frozenset(m.group() for m in found), [m.start() for m in found]
    parts = text.translate(_NOT_WORD_ASCII).split(" ")
    starts = []
    at = 0
    for part in parts:
        if part:
            starts.append(at)
        at += len(part) + 1
    return frozenset(filter(None, parts)), starts


@cache
def _is_word(ch: str) -> bool:
    return _WORD.match(ch) is not None


def branch_needs(branch: str, cost: Cost, at_word: bool = True) -> Clauses:
    """What every match of `branch` needs; `at_word` when it is tried only where a word
    begins (`\\b(?=\\w)` before it). Empty when nothing is known."""
    p = parser()
    if p is None:
        return frozenset()
    tree = parsed(branch)
    if tree.state.flags & _BLIND:
        return frozenset()
    walk = _Walk(p, cost)
    start: Paths = {NONWORD if at_word else UNKNOWN: frozenset()}
    return walk.join(walk.seq(list(tree), start).values())


@cache
def may_match(pattern: re.Pattern[str]) -> Callable[[frozenset[str]], bool]:
    """Whether `pattern` may match somewhere in a text of these words: a text with none
    of the rarest clause's words cannot (a cheap test before a search of the whole text)."""
    from unshame.analysis.resources import word_cost  # the data's reader

    clauses = branch_needs(pattern.pattern, word_cost, at_word=False)
    wanted = None if pattern.flags & _BLIND else trigger([clauses], word_cost)
    if wanted is None:
        return lambda have: True
    return lambda have: not wanted.isdisjoint(have)


def trigger(needs: Iterable[Clauses], cost: Cost) -> Clause | None:
    """Words of which a text must hold one for any of these branches to match, or None
    when one of them needs nothing known."""
    out: set[str] = set()
    for clauses in needs:
        if not clauses:
            return None
        out |= _best(clauses, cost)
    return frozenset(out)


def _best(clauses: Iterable[Clause], cost: Cost) -> Clause:
    """The clause fewest texts are likely to satisfy. Its cost is summed exactly
    (`math.fsum`): a plain sum of floats depends on the order a set gives its words,
    which changes from one process to the next, and so then would the choice."""
    return min(clauses, key=lambda c: (math.fsum(map(cost, c)), sorted(c)))


class _Walk:
    def __init__(self, p: Any, cost: Cost) -> None:
        self.c = p  # opcodes are module constants of the parser
        self.cost = cost

    def join(self, each: Iterable[Clauses]) -> Clauses:
        """What a match needs, whichever of these ways it went: the clauses all of them
        need, and one clause from each of the rest, joined."""
        out: Clauses | None = None
        for clauses in each:
            if out is None:
                out = clauses
                continue
            common = out & clauses
            left, right = out - common, clauses - common
            if left and right:
                common = common | {_best(left, self.cost) | _best(right, self.cost)}
            out = common
        return out if out is not None else frozenset()

    def merge(self, *all_paths: Paths) -> Paths:
        grouped: dict[Open, list[Clauses]] = {}
        for paths in all_paths:
            for at, clauses in paths.items():
                grouped.setdefault(at, []).append(clauses)
        return self._settle(grouped)

    def _settle(self, grouped: dict[Open, list[Clauses]]) -> Paths:
        out = {at: each[0] if len(each) == 1 else self.join(each) for at, each in grouped.items()}
        if len(out) > MAX_OPEN:
            return self.forget(out)
        return out

    def forget(self, paths: Paths) -> Paths:
        """The same ways, with nothing known of the characters before."""
        return {UNKNOWN: self.join(paths.values())} if paths else {}

    def step(self, paths: Paths, chars: Iterable[str | None]) -> Paths:
        """Read one character, any of `chars` (None: any character at all)."""
        grouped: dict[Open, list[Clauses]] = {}
        for ch in chars:
            for at, clauses in paths.items():
                nxt, done = self._char(at, ch)
                grouped.setdefault(nxt, []).append(
                    clauses | {frozenset({done})} if done else clauses
                )
        return self._settle(grouped)

    @staticmethod
    def _char(at: Open, ch: str | None) -> tuple[Open, str | None]:
        if ch is None:  # a word character or not: nothing is known after it
            return UNKNOWN, None
        if _is_word(ch):
            if at == NONWORD:
                return ch, None
            if isinstance(at, str) and len(at) < LONGEST_WORD:
                return at + ch, None
            return UNKNOWN, None
        return NONWORD, at if isinstance(at, str) else None

    def close(self, paths: Paths) -> Paths:
        """A word boundary, or the end: an open word ends here."""
        ended = [
            clauses | {frozenset({at})} if isinstance(at, str) else clauses
            for at, clauses in paths.items()
        ]
        return self._settle({NONWORD: ended}) if ended else {}

    def seq(self, items: list[Any], paths: Paths) -> Paths:
        for op, av in items:
            if not paths:
                break
            paths = self.item(op, av, paths)
        return paths

    def item(self, op: Any, av: Any, paths: Paths) -> Paths:
        c = self.c
        if op is c.LITERAL:
            return self.step(paths, [chr(av)])
        if op is c.IN:
            return self.step(paths, self.chars(av))
        if op is c.AT:
            if av in (c.AT_BOUNDARY, c.AT_END, c.AT_END_LINE, c.AT_END_STRING):
                return self.close(paths)
            if av in (c.AT_BEGINNING, c.AT_BEGINNING_LINE, c.AT_BEGINNING_STRING):
                return self._settle({NONWORD: list(paths.values())}) if paths else {}
            return paths  # \B: nothing changes
        if op in (c.ASSERT, c.ASSERT_NOT):
            return paths  # zero width
        if op is c.SUBPATTERN:
            if (av[1] | av[2]) & _BLIND:
                return self.forget(paths)
            return self.seq(list(av[3]), paths)
        if op is c.ATOMIC_GROUP:
            return self.seq(list(av), paths)
        if op is c.BRANCH:
            return self.merge(*(self.seq(list(alt), paths) for alt in av[1]))
        if op in (c.MAX_REPEAT, c.MIN_REPEAT, c.POSSESSIVE_REPEAT):
            return self.repeat(list(av[2]), av[0], av[1], paths)
        if op is c.GROUPREF_EXISTS:
            return self.merge(self.seq(list(av[1]), paths), self.seq(list(av[2] or []), paths))
        if op in (c.ANY, c.NOT_LITERAL):
            return self.step(paths, [None])
        return self.forget(paths)  # a back reference, or anything else

    def repeat(self, body: list[Any], low: int, high: int, paths: Paths) -> Paths:
        if high == 0:
            return paths
        out, passes = paths, 0
        while passes < min(low, 3):  # the passes every match takes
            out, passes = self.seq(body, out), passes + 1
        if passes < low:
            out = self.forget(out)
        for _ in range(3):  # further passes, until one more changes nothing
            if high != self.c.MAXREPEAT and passes >= high:
                return out
            grown, passes = self.merge(out, self.seq(body, out)), passes + 1
            if grown == out:
                return out
            out = grown
        return self.forget(out)

    def chars(self, items: list[Any]) -> list[str | None]:
        """The characters a class may stand for (" " for any that is not a word
        character), or [None] when it is too wide to follow."""
        out = class_chars(items, CLASS_CHARS)
        if out is None:
            return [None]
        letters = sorted(ch for ch in out if _is_word(ch))
        if len(letters) > CLASS_CHARS:
            return [None]
        read: list[str | None] = list(letters)
        return [*read, " "] if len(out) > len(letters) else read
