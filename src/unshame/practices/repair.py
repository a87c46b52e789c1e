"""What she did, in her words, and what she might learn from it.

`find_action` finds the act behind her guilt ("I yelled at Sam this morning"),
starting from the analyser's guilt signals; `for_her` speaks it back to her ("you
yelled at Sam this morning"); the drafts say what she might learn and do next time.
The words she could say to the child are made in `apology`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Literal

from unshame.analysis.reading import Reading
from unshame.explain import when
from unshame.practices.profile import Child
from unshame.practices.words import (
    MAX_CLAUSE_WORDS,
    NOT_NOUNS,
    clause_end,
    has_letters,
    sentence_span,
    straighten,
    tidy,
    to_her,
    words,
)

Form = Literal["did", "should", "wish", "gerund"]
Family = Literal["anger", "forgot", "necessity", "selfcare", "absent", "other"]

_ADVERBS = (
    r"(?:just|totally|completely|accidentally|really|also|then|even|already|actually|kind\s+of"
    r"|kinda|basically|literally|still|somehow|stupidly|honestly|seriously|probably)"
)
_NOT_ACTS = (
    r"(?!(?:used|loved|liked|wanted|needed|realized|realised|noticed|learned|learnt|hoped|tried"
    r"|wished|decided|figured|believed|enjoyed|started|managed|planned|expected|assumed"
    r"|imagined|seemed|deserved|worried|wondered|guessed|supposed|mentioned|explained|reminded"
    r"|asked|promised|thought|felt|knew|said\s+to\s+myself|told\s+myself|need|feel|think|know"
    r"|want|wish|hope|regret|guess|mean|love|hate|am|have|had|was\s+(?:so\s+)?(?:tired|exhausted"
    r"|sad|scared|worried|told|raised|taught)|was\s+(?:just\s+)?trying)\b)"
)
_PAST = (
    r"(?:[a-z]{2,}ed|forgot|lost|took|gave|told|said|made|let|left|broke|threw|hit|went|ran"
    r"|sent|put|got|kept|brought|bought|fed|hid|shook|swore|drove|chose|spent|blew|bit|slept"
    r"|caught|fought|ate|drank|sat|stood|spoke|wrote|didn't|did\s+not|didnt|couldn't"
    r"|couldnt|could\s+not|wasn't|wasnt|never\s+[a-z]+ed|never\s+(?:went|made|got|came|read)"
    r"|was\s+(?:so\s+|too\s+|really\s+)?(?:short|snappy|harsh|mean|late|rude|impatient"
    r"|distracted|on\s+my\s+phone|grumpy|cranky|cold|sarcastic|rough|strict|hard\s+on"
    r"|horrible\s+to|awful\s+to|nasty|in\s+a\s+mood|absent|checked\s+out))"
)
_ACT = re.compile(rf"\bi\s+(?:{_ADVERBS}\s+){{0,2}}{_NOT_ACTS}(?={_PAST}\b)", re.IGNORECASE)
_SHOULD = re.compile(
    r"\bi\s+(?:really\s+|definitely\s+|probably\s+)?(should\s+have|should\s+of|should've"
    r"|shouldve|shoulda|shouldn't\s+have|shouldnt\s+have|should\s+not\s+have|could\s+have"
    r"|could've|couldve|ought\s+to\s+have)\s+",
    re.IGNORECASE,
)
# A past act with no "I" at the start of a clause: "stupid me, forgot the lunchbox".
_BARE = re.compile(
    r"(?:^|(?<=[.!?,;:\n]))\s*(?:totally\s+|just\s+|accidentally\s+|completely\s+)?"
    r"(?=(?:forgot|missed|skipped|yelled|shouted|screamed|snapped|lost\s+my|blew\s+up"
    r"|overslept|ignored|dropped\s+the\s+ball|messed\s+up|screwed\s+up|didn't|didnt"
    r"|was\s+(?:short|snappy|harsh|mean|late))\b)",
    re.IGNORECASE | re.MULTILINE,
)
_WISH = re.compile(r"\bi\s+wish\s+i\s+(had\s+not|hadn't|hadnt|had|'d)\s+", re.IGNORECASE)
_GERUND = re.compile(
    r"\b(?:regret|regretting|(?:feel|felt|feeling)\s+(?:so\s+|really\s+)?(?:bad|guilty|terrible"
    r"|awful|horrible|sick)\s+(?:about|for|over)|sorry\s+(?:for|about)|guilt\s+(?:about|over|of)"
    r"|guilty\s+(?:about|for|over))\s+(?=(?:not\s+)?[a-z]{2,}ing\b)",
    re.IGNORECASE,
)
_FAMILIES: tuple[tuple[Family, re.Pattern[str]], ...] = (
    (
        "anger",
        re.compile(
            r"\b(?:yell|yelled|shout|shouted|scream|screamed|snap|snapped|lost\s+(?:my|it)"
            r"|blew\s+up|raised\s+my\s+voice|flipped|freaked|went\s+off|short\s+with|harsh"
            r"|mean|impatient|snappy|slammed|spanked|smacked|hit|grabbed|yanked|barked|growled"
            r"|hissed|scolded|cursed|swore|told\s+(?:him|her|them)\s+off|temper|angry|rough"
            r"|sarcastic|nasty|called\s+\w+\s+(?:names|lazy|stupid))",
            re.IGNORECASE,
        ),
    ),
    (
        "forgot",
        re.compile(
            r"\b(?:forgot|forget|forgotten|missed|overslept|late|pack|packed|sign|dropped\s+the"
            r"\s+ball|lost\s+track|double[- ]booked|remember)",
            re.IGNORECASE,
        ),
    ),
    (
        "necessity",
        re.compile(
            r"\b(?:(?:went|go|going|gone|got)\s+back\s+to\s+work|had\s+to\s+work|went\s+to\s+work"
            r"|work(?:ed)?\s+(?:late|full[- ]time)|daycare|day\s+care|nursery|formula"
            r"|stopped\s+(?:breastfeeding|nursing)|couldn't\s+(?:breastfeed|nurse)|c-section)\b",
            re.IGNORECASE,
        ),
    ),
    (
        "selfcare",
        re.compile(
            r"\b(?:for\s+myself|by\s+myself|me[- ]time|time\s+(?:for|to|with)\s+myself|a\s+break"
            r"|a\s+nap|took\s+a\s+nap|napped|rested|a\s+rest|sleep\s+in|slept\s+in|went\s+out"
            r"|date\s+night|the\s+gym|a\s+bath|alone\s+time|self[- ]care|girls'?\s+night"
            r"|with\s+(?:my\s+)?friends|a\s+massage|said\s+no|day\s+off|night\s+off|babysitter"
            r"|sitter|an\s+hour\s+(?:to|for)\s+me)",
            re.IGNORECASE,
        ),
    ),
    (
        "absent",
        re.compile(
            r"\b(?:work|working|phone|screen|tv|ipad|tablet|scrolled|scrolling|ignored|brushed"
            r"|zoned|distracted|checked\s+out|instead|play|played|read|busy|nap|alone|left)",
            re.IGNORECASE,
        ),
    ),
)


_TYPO_POSSESSIVE = re.compile(
    r"\b(son|daughter|kid|baby|toddler|girl|boy)s(\s+)([a-z]+)\b", re.IGNORECASE
)


def _apostrophe(match: re.Match[str]) -> str:
    """ "my sons game" -> "my son's game" (a child word before a noun is a possessive)."""
    noun, space, following = match.group(1), match.group(2), match.group(3)
    low = following.lower()
    if low in NOT_NOUNS or low.endswith(("ing", "ed")):
        return match.group(0)
    if noun.lower() == "kid":
        return f"{noun}s'{space}{following}"
    return f"{noun}'s{space}{following}"


@dataclass(frozen=True)
class Action:
    """One thing she did, in her own words."""

    form: Form
    lead: str  # "" for "did", else "should have", "wish I had", "for" ...
    body: str  # her words after the lead, tidied: "yelled at Sam this morning"
    start: int  # where her words for it begin in her text
    end: int
    family: Family


def _family(body: str) -> Family:
    for name, pattern in _FAMILIES:
        if pattern.search(body):
            return name
    return "other"


def _build(text: str, form: Form, lead: str, start: int, body_start: int) -> Action | None:
    end = clause_end(text, body_start)
    body = _TYPO_POSSESSIVE.sub(_apostrophe, tidy(text[body_start:end]))
    count = len(words(body))
    if count == 0 or count > MAX_CLAUSE_WORDS or not has_letters(body):
        return None
    s_start, s_end = sentence_span(text, start)
    moment = when(text[s_start:s_end])
    if moment and moment not in body.lower():
        body = f"{body} {moment}"
    return Action(form, lead, body, start, end, _family(body))


def _lead(raw: str) -> str:
    low = " ".join(straighten(raw).lower().split())
    if low.startswith(("shouldn't", "shouldnt", "should not")):
        return "shouldn't have"
    if low.startswith("could"):
        return "could have"
    if low.startswith("ought"):
        return "ought to have"
    return "should have"


def _action_at(text: str, start: int, stop: int) -> Action | None:
    """The first act she names in text[start:stop], in any of its forms."""
    found: list[tuple[int, Form, str, int]] = []
    if m := _SHOULD.search(text, start, stop):
        found.append((m.start(), "should", _lead(m.group(1)), m.end()))
    if m := _WISH.search(text, start, stop):
        negative = m.group(1).lower() in ("had not", "hadn't", "hadnt")
        found.append((m.start(), "wish", "wish I hadn't" if negative else "wish I had", m.end()))
    if m := _GERUND.search(text, start, stop):
        found.append((m.start(), "gerund", "for", m.end()))
    if m := _ACT.search(text, start, stop):
        verb = re.match(rf"i\s+(?:{_ADVERBS}\s+){{0,2}}", text[m.start() :], re.IGNORECASE)
        found.append((m.start(), "did", "", m.start() + (verb.end() if verb else 2)))
    if not found and (m := _BARE.search(text, start, stop)):
        found.append((m.end(), "did", "", m.end()))
    for at, form, lead, body_start in sorted(found):
        action = _build(text, form, lead, at, body_start)
        if action is not None:
            return action
    return None


def find_action(text: str, reading: Reading) -> Action | None:
    """The act behind her guilt: where a guilt signal points, else the first she names."""
    plain = straighten(text)
    seen: set[int] = set()
    for signal in reading.signals_of("guilt"):
        start, end = sentence_span(plain, signal.start)
        if start in seen:
            continue
        seen.add(start)
        action = _action_at(plain, max(start, signal.start - 60), end)
        if action is None and signal.start - 60 > start:
            action = _action_at(plain, start, end)
        if action is not None:
            return action
    return _action_at(plain, 0, min(len(plain), 4000))


def body_for_her(action: Action, child: Child) -> str:
    """Her words after the lead, spoken to her: "yelled at Sam this morning"."""
    body = action.body
    if child.name:
        body = re.sub(rf"\b{re.escape(child.name)}\b", child.name, body, flags=re.IGNORECASE)
    # Her "you" was the child ("I yelled at you"); speaking to her, the child is "them".
    body = re.sub(r"\byour\b", "their", body, flags=re.IGNORECASE)
    body = re.sub(r"\byou\b(?!')", "them", body, flags=re.IGNORECASE)
    return to_her(body, after_i=action.form == "did")


def for_her(action: Action, child: Child) -> str:
    """Her act spoken back to her: "you yelled at Sam this morning"."""
    body = body_for_her(action, child)
    if action.form == "did":
        return f"you {body}"
    if action.form == "gerund":
        return body
    if action.form == "wish":
        return f"you {action.lead.replace('wish I', 'wish you')} {body}"
    return f"you {action.lead} {body}"


# ---------------------------------------------------------------- what to learn

_LEARN: dict[Family, str] = {
    "anger": "My patience runs out fastest when I'm tired, rushed or carrying too much.",
    "forgot": "I'm holding more in my head than one person can.",
    "necessity": "I'm doing what my family needs, and I can still be close to them.",
    "selfcare": "I'm allowed to rest. Looking after myself is part of looking after them.",
    "absent": "I was pulled between two things that both mattered.",
    "other": "",
}
_NEXT: dict[Family, str] = {
    "anger": "When I feel it rising, I'll pause, breathe, and lower my voice before I speak.",
    "forgot": "I'll put it in a shared calendar with a reminder, so I'm not the only one "
    "remembering.",
    "necessity": "I'll make the time we do have together count, and leave the guilt out of it.",
    "selfcare": "Next time I take time for myself, I'll remind myself it's a need, not a luxury.",
    "absent": "I'll set aside a few minutes of full attention for them each day.",
    "other": "",
}


def learn_draft(action: Action | None) -> str:
    return _LEARN[action.family] if action else ""


def next_time_draft(action: Action | None) -> str:
    return _NEXT[action.family] if action else ""
