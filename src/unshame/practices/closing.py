"""The closing check every entry ends with, and the follow-ups her answers set."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date

from unshame.errors import InputError
from unshame.practices.steps import Field

# (name, question, choices): her own answer to "guilt or shame?" and "what is it doing?"
CLOSING_QUESTIONS: tuple[tuple[str, str, tuple[str, ...]], ...] = (
    (
        "kind",
        "Looking back at what you wrote, is it guilt, shame, or both?",
        ("guilt", "shame", "both", "neither", "not sure"),
    ),
    (
        "effect",
        "Is this feeling helping you grow, or making you feel unworthy?",
        ("helping me grow", "making me feel unworthy", "not sure"),
    ),
)

# (step key, date field, kind of follow-up, field naming what, what to say when it's empty)
_FOLLOWUPS: tuple[tuple[str, str, str, str, str], ...] = (
    ("learn_repair", "repair_on", "repair", "repair", "the repair you planned"),
    ("need_boundary", "follow_up_on", "need", "need", ""),
    ("need_boundary", "follow_up_on", "boundary", "boundary", ""),
)


def closing_fields() -> tuple[Field, ...]:
    """The closing check as choice fields, nothing chosen yet."""
    return tuple(
        Field(name, question, "choice", "", choices)
        for name, question, choices in CLOSING_QUESTIONS
    )


def _due(step: str, field: str, raw: str) -> date:
    try:
        return date.fromisoformat(raw)
    except ValueError:
        raise InputError(
            f"the follow-up date for {step} is {raw[:40]!r}; expected a date like 2025-03-14"
        ) from None


def followups_from(answers: Mapping[str, Mapping[str, str]]) -> list[tuple[str, str, date]]:
    """(kind, what, due_on) for every answer that set a follow-up date, in step order.

    kind is "repair", "need" or "boundary". A need and a boundary share one date; a
    date with neither filled in still makes one "need" follow-up. A date that is not
    YYYY-MM-DD raises InputError.
    """
    out: list[tuple[str, str, date]] = []
    for step, date_field, kind, what_field, fallback in _FOLLOWUPS:
        given = answers.get(step)
        if not isinstance(given, Mapping):
            continue
        raw = given.get(date_field)
        if not isinstance(raw, str) or not raw.strip():
            continue
        due = _due(step, date_field, raw.strip())
        what = given.get(what_field)
        what = " ".join(what.split()) if isinstance(what, str) else ""
        if kind == "boundary" and not what:
            continue
        if kind == "need" and not what:
            if _text(given, "boundary"):
                continue
            what = "the need you named"
        out.append((kind, what or fallback, due))
    return out


def _text(given: Mapping[str, str], name: str) -> str:
    value = given.get(name)
    return value.strip() if isinstance(value, str) else ""
