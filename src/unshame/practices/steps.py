"""The shape of a guided reflection: plain, frozen data that any front end can render.

A `Plan` is a few `Step`s; each step asks one question, offers one suggestion made
from her words, and collects a few `Field`s she can accept, edit or skip.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

# The step keys, in the order a plan shows them.
STEP_KEYS: tuple[str, ...] = (
    "tell_apart",
    "expectation",
    "learn_repair",
    "comparison",
    "friend_voice",
    "need_boundary",
    "reach_out",
)
FIELD_KINDS: tuple[str, ...] = ("text", "textarea", "date", "choice")


@dataclass(frozen=True)
class Field:
    """One answer a step collects, keyed by `name` in the answers of its step."""

    name: str
    label: str
    kind: str  # one of FIELD_KINDS
    value: str
    choices: tuple[str, ...] = ()


@dataclass(frozen=True)
class Step:
    """One practice: a question for her and a suggestion made from her own words."""

    key: str  # one of STEP_KEYS
    title: str
    question: str
    suggestion: str
    fields: tuple[Field, ...]
    link: str | None = None
    link_label: str | None = None


@dataclass(frozen=True)
class Plan:
    """The practices one entry calls for, in order, and about how long they take.

    `minutes` is 2 to 5 when there are steps, and 0 when there are none.
    """

    steps: tuple[Step, ...]
    minutes: int

    def to_dict(self) -> dict[str, Any]:
        """The plan as JSON-ready dicts and lists."""
        return {
            "minutes": self.minutes,
            "steps": [
                {
                    "key": s.key,
                    "title": s.title,
                    "question": s.question,
                    "suggestion": s.suggestion,
                    "fields": [
                        {
                            "name": f.name,
                            "label": f.label,
                            "kind": f.kind,
                            "value": f.value,
                            "choices": list(f.choices),
                        }
                        for f in s.fields
                    ],
                    "link": s.link,
                    "link_label": s.link_label,
                }
                for s in self.steps
            ],
        }
