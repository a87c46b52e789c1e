"""Everything the step builders share about one entry, worked out once."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from unshame.analysis.reading import Reading
from unshame.practices.profile import Child, Profile, find_child
from unshame.practices.repair import Action, find_action

_F = re.IGNORECASE
DEPLETED = re.compile(
    r"\b(?P<word>exhausted|so\s+tired|really\s+tired|tired|burn(?:ed|t)\s+out|running\s+on\s+empty"
    r"|no\s+sleep|haven't\s+slept|sleep[- ]deprived|drained|worn\s+out|touched\s+out|overwhelmed"
    r"|stretched\s+(?:so\s+)?thin|drowning|nothing\s+left|at\s+the\s+end\s+of\s+my\s+rope"
    r"|can't\s+keep\s+up|no\s+time\s+for\s+myself|need\s+a\s+break)\b",
    _F,
)
_INTENSE_GUILT = re.compile(
    r"\b(?:so\s+guilty|so\s+bad|terrible|awful|horrible|sick\s+(?:about|over)|can't\s+stop"
    r"\s+thinking|keep\s+(?:thinking|replaying)|replaying|eating\s+(?:me|at\s+me)|haunt"
    r"|never\s+forgive|crushing|devastated|hate\s+that\s+I|the\s+guilt\s+is)\b",
    _F,
)
_RECURRING = re.compile(
    r"\b(?:again|every\s+(?:day|night|time|single\s+day)|all\s+the\s+time|always\s+feel"
    r"|keep\s+feeling|constantly|for\s+(?:weeks|months|years)|every\s+morning"
    r"|always\s+do\s+this|keep\s+doing\s+(?:this|it)|do\s+this\s+all\s+the\s+time)\b",
    _F,
)
_ALONE = re.compile(
    r"\b(?:alone|no\s+one\s+(?:to\s+talk|understands|knows)|nobody\s+(?:understands|knows"
    r"|helps)|can't\s+tell\s+anyone|hide|hiding|isolated|lonely)\b",
    _F,
)


@dataclass(frozen=True)
class Entry:
    """Her text, its reading, her profile, and what the steps need from them."""

    text: str
    reading: Reading
    profile: Profile
    today: date
    action: Action | None
    child: Child

    @property
    def depleted(self) -> str | None:
        found = DEPLETED.search(self.text[:20_000])
        return " ".join(found.group("word").lower().split()) if found else None

    @property
    def heavy_guilt(self) -> bool:
        """Guilt that may be shame in disguise: intense, or with a shame lean."""
        r = self.reading
        return (
            r.shame >= 0.3
            or len(r.signals_of("guilt")) >= 4
            or _INTENSE_GUILT.search(self.text[:20_000]) is not None
        )

    @property
    def strong_shame(self) -> bool:
        r = self.reading
        return r.kind in ("shame", "mixed") and (r.shame >= 0.9 or r.harsh)

    @property
    def heavy_shame(self) -> bool:
        """Shame that is heavy or keeps coming back: time to reach out to someone."""
        r = self.reading
        if r.kind not in ("shame", "mixed"):
            return False
        head = self.text[:20_000]
        return (
            len(r.signals_of("shame")) >= 2
            or (r.harsh and r.kind == "shame")
            or self.profile.recent_shame >= 2
            or _RECURRING.search(head) is not None
            or _ALONE.search(head) is not None
        )


def make_entry(text: str, reading: Reading, profile: Profile, today: date) -> Entry:
    action = find_action(text, reading)
    clause = text[action.start : action.end] if action else ""
    return Entry(text, reading, profile, today, action, find_child(clause, text, profile))
