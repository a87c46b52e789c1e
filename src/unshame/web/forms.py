"""Posted forms turned into the plain data the core takes, and back into prefilled fields.

Reflection fields are named `<step key>.<field name>`, the closing check's
`closing.<field name>`; a step she skips is left out of her answers.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from typing import Any

from starlette.datastructures import FormData

from unshame.helplines import REGIONS
from unshame.practices import Field, Step
from unshame.web.guards import text_field

LISTS: tuple[str, ...] = ("values", "strengths", "gifts", "needs", "boundaries")
PERSON = ("name", "email", "phone")
CHILD = ("name", "age")
BLANK_ROWS = 2
MAX_ROWS = 50
SAFE_SCHEMES = ("mailto:", "sms:", "tel:", "https://")


@dataclass(frozen=True)
class StepForm:
    """A step of the plan with its fields prefilled (her saved answers, or the suggestion)."""

    step: Step
    fields: tuple[Field, ...]
    skipped: bool
    link: str | None


@dataclass(frozen=True)
class Answered:
    """One step she answered, as the entry page shows it: its title, then label and value."""

    title: str
    items: tuple[tuple[str, str], ...]


def answers_from(data: FormData, steps: Iterable[Step]) -> dict[str, dict[str, str]]:
    """Her answers, {step key: {field name: value}}, leaving out skipped and empty steps."""
    out: dict[str, dict[str, str]] = {}
    for step in steps:
        if text_field(data, f"skip.{step.key}"):
            continue
        values = {f.name: _value(data, f"{step.key}.{f.name}", f) for f in step.fields}
        if any(values.values()):
            out[step.key] = values
    return out


def closing_from(data: FormData, fields: Iterable[Field]) -> dict[str, str]:
    """The closing check as {field name: value}, keeping only what she chose."""
    values = {f.name: _value(data, f"closing.{f.name}", f) for f in fields}
    return {name: value for name, value in values.items() if value}


def step_forms(steps: Sequence[Step], saved: Mapping[str, Any]) -> list[StepForm]:
    """The plan's steps, prefilled with her saved answers when she has reflected before."""
    forms = []
    for step in steps:
        answer = saved.get(step.key)
        skipped = bool(saved) and not isinstance(answer, Mapping)
        fields = prefilled(step.fields, answer)
        forms.append(StepForm(step, fields, skipped, safe_link(step.link)))
    return forms


def safe_link(link: str | None) -> str | None:
    """A reach-out link, if it is a mail, text, phone or https link (never `javascript:`)."""
    if link and link.strip().lower().startswith(SAFE_SCHEMES):
        return link.strip()
    return None


def answered_steps(steps: Sequence[Step], answers: Mapping[str, Any]) -> list[Answered]:
    """Her answers in the plan's order; answers to steps the plan no longer has come last."""
    by_key: dict[str, Step] = {step.key: step for step in steps}
    keys = [s.key for s in steps if s.key in answers] + [k for k in answers if k not in by_key]
    out = []
    for key in keys:
        answer, step = answers[key], by_key.get(key)
        if not isinstance(answer, Mapping):
            continue
        labels: dict[str, str] = {f.name: f.label for f in step.fields} if step else {}
        items = tuple(
            (labels.get(str(n), str(n)), str(v)) for n, v in answer.items() if str(v).strip()
        )
        title = step.title if step else key.replace("_", " ").capitalize()
        out.append(Answered(title, items))
    return out


def prefilled(fields: Iterable[Field], saved: Any) -> tuple[Field, ...]:
    """Fields holding her saved values where she has them."""
    if not isinstance(saved, Mapping):
        return tuple(fields)
    return tuple(replace(f, value=str(saved.get(f.name, f.value))) for f in fields)


def profile_from(data: FormData) -> dict[str, Any]:
    """Her profile from the /me form; every part is optional."""
    profile: dict[str, Any] = {name: _lines(text_field(data, name)) for name in LISTS}
    profile["people"] = _rows(data, "people", PERSON)
    profile["children"] = _rows(data, "children", CHILD)
    region = text_field(data, "region").strip().upper()
    profile["region"] = region if region in REGIONS else ""
    return profile


def profile_rows(
    profile: Mapping[str, Any], name: str, keys: Sequence[str]
) -> list[dict[str, str]]:
    """The saved rows of people or children, and a few blank ones to add more."""
    saved = profile.get(name)
    rows = [r for r in saved if isinstance(r, Mapping)] if isinstance(saved, list) else []
    filled = [{k: str(r.get(k, "")) for k in keys} for r in rows]
    return filled + [dict.fromkeys(keys, "") for _ in range(BLANK_ROWS)]


def profile_lines(profile: Mapping[str, Any], name: str) -> str:
    """A saved list as the textarea shows it: one item a line."""
    saved = profile.get(name)
    return "\n".join(str(item) for item in saved) if isinstance(saved, list) else ""


def _value(data: FormData, name: str, field: Field) -> str:
    value = text_field(data, name).strip()
    if field.kind == "choice" and field.choices and value not in field.choices:
        return ""
    return value


def _lines(raw: str) -> list[str]:
    return [line.strip() for line in raw.splitlines() if line.strip()]


def _rows(data: FormData, prefix: str, keys: Sequence[str]) -> list[dict[str, str]]:
    rows = []
    for index in range(MAX_ROWS):
        row = {key: text_field(data, f"{prefix}-{index}-{key}").strip() for key in keys}
        if any(row.values()):
            rows.append(row)
    return rows
