"""Plain words about a reading: the one-line verdict and names for what was found.

Shared by the terminal and the web pages so both say the same thing.
"""

from __future__ import annotations

import re

from unshame.analysis.reading import Reading

SOURCE_NAMES = {
    "cultural_ideal": "the 'perfect mother' ideal",
    "social_media": "what you see online",
    "generational": "what you were raised with",
    "mental_load": "the invisible mental load",
}
SIGNAL_NAMES = {
    "guilt": "about something you did",
    "shame": "a verdict on yourself",
    "expectation": "a standard you hold yourself to",
    "comparison": "measuring yourself against others",
    "harsh": "harsh words for yourself",
    "crisis": "words of danger",
    "source": "a pressure behind it",
}
_TIME = re.compile(
    r"\b(this morning|this afternoon|this evening|tonight|today|last night|yesterday|"
    r"at (?:breakfast|lunch|dinner|bedtime|bath ?time|pickup|drop-?off)|earlier)\b",
    re.IGNORECASE,
)


def when(text: str) -> str | None:
    """Her own time words ("this morning"), if she used any."""
    match = _TIME.search(text)
    return match.group(1).lower() if match else None


def verdict(reading: Reading, text: str) -> str:
    """One warm, plain sentence or two saying what the reading found."""
    moment = when(text)
    act = f"something you did {moment}" if moment else "something you did"
    if reading.kind == "guilt":
        line = f"This is guilt about {act}. Guilt points at an action, and actions can be repaired."
    elif reading.kind == "shame":
        line = (
            "This reads as shame: a verdict on who you are, not on something you did. "
            "Shame is worth questioning, not obeying."
        )
    elif reading.kind == "mixed":
        line = f"Part of this is guilt about {act}. Part of it is shame: a verdict on who you are."
    else:
        line = "There is no self-blame in what you wrote. Nothing here needs fixing."
    if reading.sources:
        names = [SOURCE_NAMES[s] for s in reading.sources]
        joined = names[0] if len(names) == 1 else ", ".join(names[:-1]) + " and " + names[-1]
        line += f" Behind it: {joined}."
    return line
