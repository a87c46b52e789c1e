"""Features for the model: what the rules found, and the words she used.

The same function feeds training (tools/train.py) and reading, so the two can
never drift apart.
"""

from __future__ import annotations

import bisect
import re
from collections import Counter
from collections.abc import Mapping
from functools import cache
from itertools import combinations, islice, pairwise

from unshame.analysis.detectors import Detection, Hit, inside
from unshame.analysis.resources import lexicon, word_classes
from unshame.analysis.segment import Prepared

_WORD = re.compile(r"[a-z]+(?:'[a-z]+)?")
# What r"\b(?:i|i'm|im|me|my|myself|i've|i'd|i'll)\b" finds, as whole words ("i'm" is "i").
_FIRST_PERSON = frozenset({"i", "im", "me", "my", "myself"})
_SELF_WORDS = frozenset({"i", "i'm", "im", "me", "my", "myself", "i've", "i'd", "i'll", "mine"})
_REGRET_IDS = frozenset(
    {"guilt.feel_bad", "guilt.should_have", "guilt.wish_had", "guilt.regret", "guilt.repair",
     "guilt.fault", "guilt.instead", "guilt.again"}
)  # fmt: skip
_SHAME_TYPES = frozenset({"shame", "harsh"})
_MAX_WORDS = 400  # word features look at the first few hundred words only
_MAX_WORD_CHARS = 4000
_NEGATORS = frozenset(
    {"not", "never", "no", "nobody", "nothing", "don't", "dont", "didn't", "didnt", "isn't",
     "isnt", "wasn't", "wasnt", "doesn't", "doesnt", "can't", "cant", "won't", "wont",
     "aren't", "weren't", "haven't", "hasn't", "shouldn't", "wouldn't", "couldn't", "ain't"}
)  # fmt: skip


def rule_features(prep: Prepared, hits: list[Hit]) -> Counter[str]:
    """Counts of rule hits, split by how they count, plus a few combinations."""
    feats: Counter[str] = Counter()
    regret_sentences = set()
    action_sentences = set()
    shame_sentences = set()
    past_sentences = set()
    for hit in hits:
        rid = hit.rule.id
        if hit.negated:
            feats[rid + ".negated"] += 1
            continue
        if hit.quoted:
            feats[rid + ".quoted"] += 1
            continue
        if hit.past:
            feats[rid + ".past"] += 1
            continue
        feats[rid] += 1
        sentence = prep.sentence_index(hit.start)
        if rid in _REGRET_IDS:
            regret_sentences.add(sentence)
        if rid in {"guilt.action", "guilt.action_bare"}:
            action_sentences.add(sentence)
        if rid in {"cue.past_i", "cue.past_bare", "guilt.plain_action"}:
            past_sentences.add(sentence)
        if hit.rule.type in _SHAME_TYPES:
            shame_sentences.add(sentence)
    for hit in hits:
        if hit.counts and hit.rule.id in {"guilt.plain_action", "guilt.time"}:
            sentence = prep.sentence_index(hit.start)
            if sentence in regret_sentences:
                feats[hit.rule.id + "+regret"] += 1
            if sentence in action_sentences:
                feats[hit.rule.id + "+action"] += 1
    if action_sentences and shame_sentences:
        feats["act_and_verdict"] += 1
        if action_sentences - shame_sentences:
            feats["act_apart_from_verdict"] += 1
    if regret_sentences and shame_sentences:
        feats["regret_and_verdict"] += 1
    if past_sentences and shame_sentences:
        feats["past_and_verdict"] += 1
        if past_sentences - shame_sentences:
            feats["past_apart_from_verdict"] += 1
    feats["first_person"] = 0 if _FIRST_PERSON.isdisjoint(prep.words) else 1
    return feats


def marked_words(prep: Prepared, quotes: list[tuple[int, int]]) -> list[tuple[str, bool, int]]:
    """Her words, those under a negation marked `not_` and reported ones `q_`, each with
    whether it is a function word (kept for word pairs, not counted alone) and where it
    begins."""
    stop = _stopwords()
    norm = prep.norm
    found = _WORD.finditer(norm, 0, min(len(norm), _MAX_WORD_CHARS))
    plain = [(m[0], m[0] in stop, m.start()) for m in islice(found, _MAX_WORDS)]
    if not quotes and _NEGATORS.isdisjoint([word for word, _, _ in plain]):
        return plain  # most entries: every word as it is
    out: list[tuple[str, bool, int]] = []
    negated_until = -1
    for word, is_stop, at in plain:
        if quotes and inside(at, quotes):
            out.append(("q_" + word, is_stop, at))
        elif at < negated_until:
            out.append(("not_" + word, is_stop, at))
        else:
            out.append((word, is_stop, at))
        if word in _NEGATORS:
            negated_until = prep.clause_end(at)
    return out


@cache
def _stopwords() -> frozenset[str]:
    return frozenset(lexicon()["stopwords"])


def word_features(prep: Prepared, quotes: list[tuple[int, int]]) -> set[str]:
    """Unigrams and bigrams of her words (lower case, negation and quotes marked), where
    they stand in what she wrote, and the classes of words she used."""
    marked = marked_words(prep, quotes)
    words = [w for w, _, _ in marked]
    feats = {"w:" + w for w, is_stop, _ in marked if not is_stop}
    feats.update(["b:" + a + "_" + b for a, b in pairwise(words)])
    feats.update(placed_words(prep, words, [at for _, _, at in marked]))
    feats.update(class_features(words))
    return feats


class WordRows:
    """The rows of a model's table that her word features take (`word_features`), found
    word by word: what each word and pair of words leads to is looked up once and
    kept, so a reading spells out no feature names (-1: a feature the model lacks)."""

    LIMIT = 200_000  # words and pairs kept before the memory starts afresh

    def __init__(self, index: Mapping[str, int]) -> None:
        self.index = index
        self._words: dict[str, tuple[int, ...]] = {}
        self._pairs: dict[tuple[str, str], int] = {}
        self._classes: dict[int, list[int]] = {}  # classes used (as bits) -> their rows

    def _word(self, word: str, is_stop: bool) -> tuple[int, ...]:
        """The word's own row (-1 for a function word), then one for each place, then
        its classes as bits (see `_class_bits`)."""
        get = self.index.get
        own = -1 if is_stop else get("w:" + word, -1)
        bits = _class_bits().get(word.rpartition("_")[2], 0)
        return (own, *(get(mark + word, -1) for mark in _PLACES), bits)

    def _class_rows(self, bits: int) -> list[int]:
        """The rows of `class_features` for the classes in `bits`."""
        found = self._classes.get(bits)
        if found is None:
            names = _class_names()
            used = [names[i] for i in range(len(names)) if bits >> i & 1]
            found = self._classes[bits] = [self.index.get(f, -1) for f in _class_pairs(used)]
        return found

    def rows(self, prep: Prepared, quotes: list[tuple[int, int]]) -> set[int]:
        """The rows of `word_features(prep, quotes)` that the model knows."""
        marked = marked_words(prep, quotes)
        known = self._words
        if len(known) > self.LIMIT or len(self._pairs) > self.LIMIT:
            known.clear()
            self._pairs.clear()
            self._classes.clear()
        units = []
        for word, is_stop, _ in marked:
            unit = known.get(word)  # (whether it is a function word follows from it)
            if unit is None:
                unit = known[word] = self._word(word, is_stop)
            units.append(unit)
        out = {unit[0] for unit in units}
        words = [w for w, _, _ in marked]
        pairs, get = self._pairs, self.index.get
        for pair in pairwise(words):
            row = pairs.get(pair)
            if row is None:
                row = pairs[pair] = get("b:" + pair[0] + "_" + pair[1], -1)
            out.add(row)
        out.add(get(_sentence_count(prep), -1))
        for slot, begin, end in _places(prep, words, [at for _, _, at in marked]):
            out.update(unit[slot] for unit in units[begin:end])
        bits = 0
        for unit in units:
            bits |= unit[-1]
        if bits:
            out.update(self._class_rows(bits))
        out.discard(-1)
        return out


def class_features(words: list[str]) -> list[str]:
    """`k:` each class of word_classes.toml that her words use (negated or reported
    alike), and each pair of them she uses together."""
    table = _word_classes()
    return _class_pairs(sorted({c for w in words for c in table.get(w.rpartition("_")[2], ())}))


def _class_pairs(used: list[str]) -> list[str]:
    """The features of these classes (sorted): each, and each pair of them."""
    return ["k:" + c for c in used] + ["k:" + a + "+" + b for a, b in combinations(used, 2)]


@cache
def _class_names() -> list[str]:
    """Every class of word_classes.toml, sorted: bit i of a word's classes is the i-th."""
    return sorted(word_classes())


@cache
def _class_bits() -> dict[str, int]:
    """For each word of word_classes.toml, its classes as bits (see `_class_names`)."""
    place = {name: i for i, name in enumerate(_class_names())}
    return {w: sum(1 << place[c] for c in set(names)) for w, names in _word_classes().items()}


@cache
def _word_classes() -> dict[str, tuple[str, ...]]:
    """For each word of word_classes.toml, the classes it belongs to."""
    out: dict[str, list[str]] = {}
    for name, members in word_classes().items():
        for word in members:
            out.setdefault(word, []).append(name)
    return {word: tuple(names) for word, names in out.items()}


_PLACES = ("fc:", "lc:", "l:", "i:")  # see `placed_words`; a word's rows follow this order


def placed_words(prep: Prepared, words: list[str], starts: list[int]) -> list[str]:
    """Her words again (`words`, beginning at `starts`), function words included, marked
    by where they stand, and how many sentences she wrote. The same word weighs
    differently in different places: a verdict ("I'm a joke.") or a repair ("Will do
    better tomorrow.") is most often said last; an act often opens the entry; and words
    said of herself ("I ...", "my ...") differ from words about others. Each mark
    applies only where the place is not the whole entry:
    - `l:` the closing sentence, `lc:` the closing clause, `fc:` the opening clause;
    - `i:` the sentences in which she speaks of herself;
    - `n:` the number of sentences (1, 2, 3-4, 5+)."""
    out = [_sentence_count(prep)]
    for slot, begin, end in _places(prep, words, starts):
        mark = _PLACES[slot - 1]
        out.extend([mark + w for w in words[begin:end]])
    return out


def _sentence_count(prep: Prepared) -> str:
    count = len(prep.sentence_starts)
    return "n:" + ("1" if count == 1 else "2" if count == 2 else "3-4" if count <= 4 else "5+")


def _places(prep: Prepared, words: list[str], starts: list[int]) -> list[tuple[int, int, int]]:
    """Where each mark of `placed_words` applies: (1 + its place in `_PLACES`, the first
    word, the word after the last)."""
    if not words:
        return []
    out = []
    first, last = starts[0], starts[-1]
    opening_end = prep.clause_end(first)
    if opening_end <= last:  # more than one clause
        out.append((1, 0, bisect.bisect_left(starts, opening_end)))
        out.append((2, bisect.bisect_left(starts, prep.clause_start(last)), len(words)))
    opening, closing = prep.sentence_index(first), prep.sentence_index(last)
    if opening == closing:
        return out
    sentences = prep.sentence_starts
    cuts = [0, *(bisect.bisect_left(starts, sentences[i]) for i in range(opening + 1, closing + 1))]
    out.append((3, cuts[-1], len(words)))
    for begin, end in pairwise([*cuts, len(words)]):
        if not _SELF_WORDS.isdisjoint(words[begin:end]):
            out.append((4, begin, end))
    return out


def rule_part(prep: Prepared, hits: list[Hit]) -> dict[str, float]:
    """The rule features, with counts squashed so long entries stay comparable."""
    counts = rule_features(prep, hits)
    return {"r:" + name: min(float(count), 3.0) for name, count in counts.items()}


def features(prep: Prepared, found: Detection) -> dict[str, float]:
    """Every feature of an entry: the rules' (`rule_part`) and her words' (weight 1)."""
    out = rule_part(prep, found.hits)
    out.update(dict.fromkeys(word_features(prep, found.quotes), 1.0))
    return out
