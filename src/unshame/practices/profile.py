"""Her profile, read defensively, and the child an entry is about.

The profile comes from a form or a stored JSON record, so every value is checked:
lists keep only non-empty strings, people and children only usable entries.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any, Literal

from unshame.practices.words import wordset

Band = Literal["baby", "toddler", "school", "teen", "adult"]


@dataclass(frozen=True)
class Person:
    name: str
    email: str = ""
    phone: str = ""


@dataclass(frozen=True)
class Child:
    """The child an entry is about, as far as we can tell."""

    name: str | None = None
    age: int | None = None
    plural: bool = False

    @property
    def band(self) -> Band | None:
        if self.age is None:
            return None
        if self.age <= 1:
            return "baby"
        if self.age <= 4:
            return "toddler"
        if self.age <= 12:
            return "school"
        if self.age <= 17:
            return "teen"
        return "adult"


@dataclass(frozen=True)
class Profile:
    values: tuple[str, ...] = ()
    strengths: tuple[str, ...] = ()
    gifts: tuple[str, ...] = ()
    needs: tuple[str, ...] = ()
    boundaries: tuple[str, ...] = ()
    people: tuple[Person, ...] = ()
    children: tuple[Child, ...] = ()
    region: str = ""
    recent_shame: int = 0


def _texts(raw: object, limit: int = 12) -> tuple[str, ...]:
    if isinstance(raw, str):
        raw = [raw]
    if not isinstance(raw, (list, tuple)):
        return ()
    out = [" ".join(item.split())[:120] for item in raw if isinstance(item, str)]
    return tuple(item for item in out if item)[:limit]


def _text(raw: Mapping[str, Any], key: str) -> str:
    value = raw.get(key)
    return " ".join(value.split())[:120] if isinstance(value, str) else ""


def _records(raw: object, limit: int = 20) -> list[Mapping[str, Any]]:
    if not isinstance(raw, (list, tuple)):
        return []
    return [item for item in raw if isinstance(item, Mapping)][:limit]


def _age(raw: object) -> int | None:
    if isinstance(raw, bool):
        return None
    if isinstance(raw, int):
        return raw if 0 <= raw < 100 else None
    if isinstance(raw, str) and raw.strip().isdigit():
        return _age(int(raw.strip()))
    return None


def read_profile(raw: Mapping[str, Any] | None) -> Profile:
    """A `Profile` from the loose mapping the app stores (unknown keys are ignored)."""
    if not raw or not isinstance(raw, Mapping):
        return Profile()
    people = tuple(
        Person(_text(p, "name"), _text(p, "email"), _text(p, "phone"))
        for p in _records(raw.get("people"))
        if _text(p, "name")
    )
    children = tuple(
        Child(_text(c, "name") or None, _age(c.get("age"))) for c in _records(raw.get("children"))
    )
    recent = raw.get("recent_shame")
    return Profile(
        values=_texts(raw.get("values")),
        strengths=_texts(raw.get("strengths")),
        gifts=_texts(raw.get("gifts")),
        needs=_texts(raw.get("needs")),
        boundaries=_texts(raw.get("boundaries")),
        people=people,
        children=children,
        region=_text(raw, "region"),
        recent_shame=recent if isinstance(recent, int) and not isinstance(recent, bool) else 0,
    )


# ---------------------------------------------------------------- the child in the entry

_AGE_WORDS = re.compile(
    r"\b(\d{1,2})\s?-?\s?(?:year|yr)s?\s?-?\s?old\b|\b(\d{1,2})\s?(?:yo|y/o)\b"
    r"|\b(baby|infant|newborn|toddler|preschooler|kindergartn?er|tween|teen|teenager|teenage"
    r"|grown|adult)\b",
    re.IGNORECASE,
)
_AGE_OF_WORD = {
    "baby": 1,
    "infant": 0,
    "newborn": 0,
    "toddler": 2,
    "preschooler": 4,
    "kindergartner": 5,
    "kindergartener": 5,
    "tween": 11,
    "teen": 15,
    "teenager": 15,
    "teenage": 15,
    "grown": 25,
    "adult": 25,
}
_PLURAL = re.compile(
    r"\b(?:the|my|our|both)\s+(?:\w+\s+)?(?:kids|children|boys|girls|sons|daughters|twins"
    r"|babies)\b(?!'s|\s+(?:game|recital|party|play|concert|lunch|lunches|school))"
    r"|\bboth\s+of\s+them\b|\ball\s+(?:three|four|of\s+them)\b",
    re.IGNORECASE,
)
_RELATION_NAME = re.compile(
    r"\b(?:my|our)\s+(?:\w+\s+)?(?:son|daughter|boy|girl|kid|child|toddler|baby|teen"
    r"|teenager)\s*,?\s+([A-Z][a-z]{1,20})\b"
)
# Capitalized words that are not children's names.
NOT_NAMES = wordset(
    """i i'm i've i'd i'll mom mommy mama mum mummy momma dad daddy papa grandma grandpa nana
    granny god omg tv ok okay instagram facebook tiktok pinterest youtube ipad iphone
    netflix christmas halloween easter thanksgiving hanukkah diwali eid monday tuesday
    wednesday thursday friday saturday sunday january february march april june july
    august september october november december english spanish french math science target
    walmart costco amazon zoom google the a an my our his her their this that and but so
    then today tonight yesterday sorry ugh lol honestly also just mrs mr ms dr miss sir"""
)
# Bare lower-case words that can follow "yelled at" and are not names.
_NOT_BARE_NAMES = NOT_NAMES | wordset(
    """him her them me you us everyone everybody anyone anybody someone somebody nobody
    everything nothing home school work dinner breakfast lunch night bedtime church
    practice pickup dropoff daycare first last least all once again times length myself
    yourself himself herself themselves each other people kids children baby toddler it
    this that these those random full top son daughter kid child friend friends sister
    brother husband wife partner teacher coach school class team today tomorrow tonight
    yesterday everyone's week's year's baby toddler teen neighbor neighbour cousin"""
)
# "emma's recital": a lower-case word owning a child's thing is most likely her name.
_OWNER = re.compile(
    r"\b([a-z]{2,20})'s\s+(?:recital|game|match|concert|play|party|birthday|lunch|lunchbox"
    r"|homework|project|permission\s+slip|field\s+trip|practice|show|performance|costume"
    r"|graduation|school\s+play|soccer|football|baseball|dance|swim|piano|ballet)\b"
)
_ANGER_AT = re.compile(
    r"\b(?:yelled|yell|shouted|screamed|snapped|barked|snarled|hissed|lashed\s+out|blew\s+up"
    r"|lost\s+my\s+(?:temper|cool|patience)|lost\s+it|went\s+off|freaked\s+out|flipped\s+out)"
    r"\s+(?:at|with|on)\s+([a-z]{2,20})\b(?!')"
)


def _name_in(text: str, name: str) -> int:
    found = re.search(rf"\b{re.escape(name)}\b", text, re.IGNORECASE)
    return found.start() if found else -1


def _name_from_text(clause: str, text: str) -> str | None:
    """A child's name she wrote: "my son Sam", "at Lily", "Emma's recital", "at sam"."""
    found = _RELATION_NAME.search(text)
    if found and found.group(1).lower() not in NOT_NAMES:
        return found.group(1)
    for match in re.finditer(
        r"(?<=[a-z,] )([A-Z][a-z]{1,20})(?='s\b|\b(?!'))", clause
    ):  # capitalized, not at the start of a sentence
        if match.group(1).lower() not in NOT_NAMES:
            return match.group(1)
    owner = _OWNER.search(clause)
    if owner and owner.group(1) not in _NOT_BARE_NAMES:
        return owner.group(1).capitalize()
    bare = _ANGER_AT.search(clause)
    if bare and bare.group(1) not in _NOT_BARE_NAMES:
        return bare.group(1).capitalize()
    return None


def _age_from_text(text: str) -> int | None:
    found = _AGE_WORDS.search(text)
    if not found:
        return None
    if found.group(1) or found.group(2):
        return int(found.group(1) or found.group(2))
    return _AGE_OF_WORD[found.group(3).lower()]


def find_child(clause: str, text: str, profile: Profile) -> Child:
    """The child an action touches: named in her text, or the only child in her profile."""
    plural = _PLURAL.search(clause) is not None
    named = [(at, c) for c in profile.children if c.name and (at := _name_in(text, c.name)) >= 0]
    if named and not plural:
        in_clause = [c for c in profile.children if c.name and _name_in(clause, c.name) >= 0]
        chosen = in_clause[0] if in_clause else min(named, key=lambda pair: pair[0])[1]
        age = chosen.age if chosen.age is not None else _age_from_text(text)
        return Child(chosen.name, age)
    if plural:
        return Child(None, None, plural=True)
    name = _name_from_text(clause, text)
    if name is None and len(profile.children) == 1:
        only = profile.children[0]
        return Child(only.name, only.age if only.age is not None else _age_from_text(text))
    return Child(name, _age_from_text(text))
