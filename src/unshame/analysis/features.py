"""Features for the model: what the rules found, and the words she used.

The same function feeds training (tools/train.py) and reading, so the two can
never drift apart.
"""

from __future__ import annotations

import re
from collections import Counter
from functools import cache
from itertools import pairwise

from unshame.analysis.detectors import Detection, Hit, inside
from unshame.analysis.resources import lexicon
from unshame.analysis.segment import Prepared

_WORD = re.compile(r"[a-z]+(?:'[a-z]+)?")
_FIRST_PERSON = re.compile(r"\b(?:i|i'm|im|me|my|myself|i've|i'd|i'll)\b")
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
    feats["first_person"] = 1 if _FIRST_PERSON.search(prep.norm) else 0
    return feats


def marked_words(prep: Prepared, quotes: list[tuple[int, int]]) -> list[tuple[str, bool]]:
    """Her words, those under a negation marked `not_` and reported ones `q_`, each with
    whether it is a function word (kept for word pairs, not counted alone)."""
    stop = _stopwords()
    out: list[tuple[str, bool]] = []
    negated_until = -1
    norm = prep.norm
    for m in _WORD.finditer(norm, 0, min(len(norm), _MAX_WORD_CHARS)):
        word, at = m.group(), m.start()
        if quotes and inside(at, quotes):
            out.append(("q_" + word, word in stop))
        elif at < negated_until:
            out.append(("not_" + word, word in stop))
        else:
            out.append((word, word in stop))
        if word in _NEGATORS:
            negated_until = prep.clause_end(at)
        if len(out) >= _MAX_WORDS:
            break
    return out


@cache
def _stopwords() -> frozenset[str]:
    return frozenset(lexicon()["stopwords"])


def word_features(prep: Prepared, quotes: list[tuple[int, int]]) -> set[str]:
    """Unigrams and bigrams of her words (lower case, negation and quotes marked)."""
    marked = marked_words(prep, quotes)
    words = [w for w, _ in marked]
    feats = {"w:" + w for w, is_stop in marked if not is_stop}
    feats.update(["b:" + a + "_" + b for a, b in pairwise(words)])
    return feats


def features(prep: Prepared, found: Detection) -> dict[str, float]:
    """Every feature of an entry, with counts squashed so long entries stay comparable."""
    out: dict[str, float] = {}
    for name, count in rule_features(prep, found.hits).items():
        out["r:" + name] = min(float(count), 3.0)
    out.update(dict.fromkeys(word_features(prep, found.quotes), 1.0))
    return out
