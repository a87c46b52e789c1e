"""Her harsh sentence, said again in the voice of a kind friend who knows her situation.

"I'm such an idiot, I forgot the recital" -> "You forgot the recital because you're
carrying a lot, not because you're an idiot." The verdict she passed on herself is
read into one of a few kinds; the facts she gave are kept; when the verdict cannot be
reworked safely, a warm general sentence stands in.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Literal

from unshame.analysis.reading import Reading, Signal
from unshame.practices.profile import Child
from unshame.practices.repair import Action, body_for_her, for_her
from unshame.practices.words import (
    capitalize,
    fix_articles,
    straighten,
    tidy,
    to_her,
    words,
)

Verdict = Literal[
    "label", "not_enough", "not_good", "wrong", "hate", "global", "deserve", "general"
]
_F = re.IGNORECASE
_MOM = r"(?:mom|mother|mum|mama|parent|wife|person|human|human\s+being|woman|daughter|friend)"
_FILLER = re.compile(
    r"\b(?:such|so|just|really|literally|honestly|totally|completely|absolutely|officially"
    r"|basically|clearly|obviously|seriously|truly|genuinely|legit|fucking|freaking|frickin"
    r"|friggin|effing|f\*cking|fkn|damn|bloody|kind\s+of|kinda|sort\s+of|sorta|like|still|now"
    r"|also|always|becoming|turning\s+into|being|certifiably|pretty|very)\b\s*",
    _F,
)
_VERDICT_HEAD = re.compile(
    r"^(?:I'm|I\s+am|I\s+was|I've\s+been|I\s+have\s+been|I\s+must\s+be|I'll\s+always\s+be"
    r"|(?:I\s+(?:just\s+|really\s+|honestly\s+|sometimes\s+|kind\s+of\s+)?)?"
    r"(?:feel|felt|feeling)(?:\s+like|\s+as\s+if)?|I've\s+become"
    r"|I\s+became)\s+(?:I'm\s+|I\s+am\s+)?(?P<label>.+)$",
    _F,
)
_FEELINGS = re.compile(
    r"^(?:ashamed|embarrassed|small|disgusted|disappointed|guilty|awful|terrible|horrible"
    r"|bad|sick|inadequate|like\s+(?:nothing|no\s+one|nobody)|nothing)\b",
    _F,
)
_NOT_ENOUGH = re.compile(
    r"\bnot\s+(?:good\s+)?enough\b|\bnever\s+(?:be\s+)?(?:good\s+)?enough\b", _F
)
_NOT_GOOD = re.compile(rf"\bnot\s+(?:a\s+)?(?:good|real|decent)\s+(?P<role>{_MOM})\b", _F)
_WRONG = re.compile(
    r"\bwhat'?s?\s+(?:is\s+)?wrong\s+with\s+me\b|\b(?:something|everything)\s+(?:is\s+|'s\s+)?"
    r"(?:wrong|broken)\s+(?:with|in|inside)\s+me\b|\bwhy\s+am\s+I\s+(?:like\s+this|so\b)",
    _F,
)
_HATE = re.compile(
    r"\bI\s+(?:really\s+|just\s+|honestly\s+)?(?:hate|loathe|despise|can't\s+stand)\s+"
    r"(?:myself|who\s+I\s+am|what\s+I've\s+become|the\s+(?:mom|mother|person)\s+I)"
    r"|\b(?:disgusted|disappointed|ashamed|embarrassed)\s+(?:with|of|in|by)\s+myself"
    r"|\bcan't\s+(?:even\s+)?look\s+at\s+myself\b|\bI'm\s+(?:so\s+)?ashamed\b",
    _F,
)
_GLOBAL = re.compile(
    r"\bI\s+(?:just\s+)?(?:always|constantly)\s+(?P<a>(?:\w+\s+){0,4}\w+)\W*$"
    r"|\bI\s+(?P<b>(?:keep|never|can't|cannot|ruin|ruined|mess\s+up|screw\s+up)\b"
    r"(?:\s+[\w']+){0,5})\W*$",
    _F,
)
_DESERVE = re.compile(
    r"\bdeserves?\s+(?:so\s+much\s+)?(?:better|more|someone\s+better|a\s+better)|\bdon't\s+deserve\b",
    _F,
)
_BAD_ROLE = re.compile(
    r"\b(?P<adj>worst|terrible|horrible|awful|bad|lousy|crappy|shitty)\s+(?P<role>" + _MOM + r")"
    r"(?P<tail>\s+(?:ever|alive|in\s+the\s+world|on\s+earth))?\b",
    _F,
)
_DEPLETED = re.compile(
    r"\b(?:exhausted|so\s+tired|burn(?:ed|t)\s+out|running\s+on\s+empty|no\s+sleep|haven't\s+slept"
    r"|sleep[- ]deprived|drained|worn\s+out|touched\s+out|overwhelmed)\b",
    _F,
)
# A verdict's last words, when the signal stops short: up to four words, no new clause.
_FINISH = re.compile(
    r"(?:[ \t]+(?!(?:and|but|because|so|when|since|or|then|who|which|if)\b)"
    r"[^\W_]+(?:'[^\W_]+)?){1,4}(?=\s*(?:[.,;:!?\n]|$))"
)
_SELF_INSULT = re.compile(
    r"^(?P<adj>stupid|dumb|useless|pathetic|clueless|worthless|idiot|silly)\s+"
    r"(?:me|mommy|mama|mom|mother)\b",
    _F,
)
_TAIL = "You're a mom doing a hard job, and it hurts this much because you care."


@dataclass(frozen=True)
class Judgement:
    kind: Verdict
    text: str = ""  # the label ("an idiot") or the global words ("ruin everything")


def verdict_span(text: str, signal: Signal) -> str:
    """The signal's words, finished: "I'm a pathetic" -> "I'm a pathetic mess"."""
    tail = _FINISH.match(text, signal.end, min(len(text), signal.end + 60))
    return text[signal.start : tail.end() if tail else signal.end]


_RANK: dict[Verdict, int] = {
    "label": 0,
    "not_good": 0,
    "not_enough": 0,
    "wrong": 1,
    "global": 1,
    "hate": 2,
    "deserve": 2,
    "general": 3,
}
_MAX_VERDICTS = 12  # enough to choose from; a long entry may hold thousands
_SELF_TALK = re.compile(r"\b(?:I'm|Im|I\s+am|I\s+feel|I\s+felt|I\s+hate|I\s+always)\b", _F)


def verdicts(text: str, reading: Reading) -> list[Signal]:
    """Her verdicts on herself, harsh words first; found in her text if the reading has none."""
    found = [
        s
        for s in (*reading.signals_of("harsh"), *reading.signals_of("shame"))
        if any(c.isalpha() for c in s.text)
    ][:_MAX_VERDICTS]
    if found or reading.kind not in ("shame", "mixed"):
        return found
    for match in _SELF_TALK.finditer(text, 0, min(len(text), 20_000)):
        signal = Signal("shame", match.start(), match.end(), match.group(0), "")
        if judge(text, signal).kind != "general":
            found.append(signal)
        if len(found) >= 3:
            break
    return found


def harsh_signal(text: str, reading: Reading) -> Signal | None:
    """The words to rewrite: her harsh words if they can be read, else her clearest verdict."""
    usable = verdicts(text, reading)
    harsh = [s for s in usable if s.type == "harsh" and judge(text, s).kind != "general"]
    if harsh:
        return harsh[0]
    ranked = sorted(usable, key=lambda s: _RANK[judge(text, s).kind])
    return ranked[0] if ranked else None


def _label(raw: str) -> str | None:
    label = fix_articles(" ".join(_FILLER.sub("", raw).split()))
    label = re.sub(r"^(?:one|one\s+big)\s+", "a ", label, flags=_F)
    label = to_her(label.strip(" ,.!?;:-"))
    count = len(words(label))
    if not 1 <= count <= 6 or not re.fullmatch(r"[A-Za-z' -]+", label):
        return None
    if re.search(r"\b(?:you|you're|I|not|no|never|if|because|and|but)\b", label, _F):
        return None
    if re.match(r"(?:your|my)\s+(?:mom|mother|mum|dad|father|parents)\b", label, _F):
        return None  # "turning into my mother" is not a label to deny
    return label


def judge(text: str, signal: Signal) -> Judgement:
    """Which kind of verdict her words pass, and its words."""
    said = tidy(verdict_span(straighten(text), signal)[:200])
    if _WRONG.search(said):
        return Judgement("wrong")
    if _HATE.search(said):
        return Judgement("hate")
    if found := _NOT_GOOD.search(said):
        return Judgement("not_good", found.group("role").lower())
    if _NOT_ENOUGH.search(said):
        return Judgement("not_enough")
    if _DESERVE.search(said):
        return Judgement("deserve")
    if found := _GLOBAL.search(said):
        rest = " ".join((found.group("a") or found.group("b")).split())
        return Judgement("global", to_her(rest)) if rest else Judgement("general")
    if (found := _VERDICT_HEAD.match(said)) and not _FEELINGS.match(found.group("label")):
        label = _label(found.group("label"))
        if label:
            return Judgement("label", label)
    if found := _SELF_INSULT.match(said):
        adj = found.group("adj").lower()
        return Judgement("label", "an idiot" if adj == "idiot" else adj)
    if found := _BAD_ROLE.search(said):
        adj, role = found.group("adj").lower(), found.group("role").lower()
        art = "the" if adj == "worst" else ("an" if adj == "awful" else "a")
        return Judgement("label", f"{art} {adj} {role}{(found.group('tail') or '').lower()}")
    return Judgement("general")


def _with_fact(fact: str, reason: str, j: Judgement) -> str:
    because = f"{fact} because {reason}"
    return {
        "label": f"{because}, not because you're {j.text}.",
        "not_enough": f"{because}, and you are still enough.",
        "not_good": f"{because}, and you're still a good {j.text}.",
        "wrong": f"{because}, not because something is wrong with you.",
        "hate": f"{because}. You deserve the kindness you'd give anyone else.",
        "global": f"{because}. One hard moment isn't proof that you {j.text}.",
        "deserve": f"{because}. Your kids don't need a perfect mom; they need you.",
        "general": f"{because}. That's a hard moment, not a verdict on who you are.",
    }[j.kind]


def _with_wish(wish: str, j: Judgement) -> str:
    second = {
        "label": f"It doesn't make you {j.text}.",
        "not_enough": "You are enough.",
        "not_good": f"You're a good {j.text} having a hard day.",
        "wrong": "Nothing is wrong with you.",
        "hate": "You deserve the kindness you'd give anyone else.",
        "global": f"One hard moment isn't proof that you {j.text}.",
        "deserve": "Your kids don't need a perfect mom; they need you.",
        "general": "That's a hard moment, not a verdict on who you are.",
    }[j.kind]
    return f"{wish} shows how much you care. {second}"


def _alone(j: Judgement) -> str:
    return {
        "label": f"You're not {j.text}. {_TAIL}",
        "not_enough": f"You are enough. {_TAIL}",
        "not_good": f"You're a good {j.text} having a hard day. It hurts because you care.",
        "wrong": f"Nothing is wrong with you. {_TAIL}",
        "hate": f"You're being harder on yourself than you'd ever be on a friend. {_TAIL}",
        "global": f"One hard day isn't proof that you {j.text}. {_TAIL}",
        "deserve": "Your kids don't need a perfect mom. They need you, and you're here, trying.",
        "general": f"You're being harder on yourself than you'd ever be on a friend. {_TAIL}",
    }[j.kind]


def friend_rewrite(
    text: str, reading: Reading, action: Action | None, child: Child
) -> tuple[Signal | None, str]:
    """(the words rewritten, as a kind friend would say them) for her harshest words."""
    signal = harsh_signal(text, reading)
    judgement = judge(text, signal) if signal else Judgement("general")
    if action is None:
        return signal, _alone(judgement)
    reason = "you're running on empty" if _DEPLETED.search(text) else "you're carrying a lot"
    fact = for_her(action, child)
    if action.form in ("should", "wish"):
        had = "hadn't" if "n't" in action.lead else "had"
        body = body_for_her(action, child)
        return signal, _with_wish(f"Wishing you {had} {body}", judgement)
    if action.form == "gerund":
        fact = f"{capitalize(fact)} happened"
    return signal, _with_fact(capitalize(fact), reason, judgement)
