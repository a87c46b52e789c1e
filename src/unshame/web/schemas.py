"""The JSON API's shapes, for parsing requests and for the OpenAPI schema at /openapi.json."""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator

from unshame.helplines import REGIONS

Answers = dict[str, dict[str, str]]


class TextIn(BaseModel):
    """Text to read."""

    text: str = Field(min_length=1, description="Her entry, as she wrote it.")


class EntryIn(BaseModel):
    """A new entry: read and kept at once; `answers` plan follow-ups."""

    text: str = Field(min_length=1, description="Her entry, as she wrote it.")
    answers: Answers | None = Field(
        default=None, description="Reflection answers: {step key: {field name: value}}."
    )
    closing: dict[str, str] | None = Field(
        default=None, description='The closing check: {"kind": ..., "effect": ...}.'
    )


class EntryChange(BaseModel):
    """What to change in an entry; a new text is read again."""

    text: str | None = Field(default=None, min_length=1)
    answers: Answers | None = None
    closing: dict[str, str] | None = None


class SignalOut(BaseModel):
    """One span of her text: `text == original[start:end]`. Source signals add `source`."""

    model_config = ConfigDict(extra="allow")

    type: Literal["guilt", "shame", "expectation", "comparison", "harsh", "crisis", "source"]
    start: int
    end: int
    text: str
    why: str


class ReadingOut(BaseModel):
    """The analysis contract (PRODUCT.md): more fields may be added, none renamed."""

    model_config = ConfigDict(extra="allow")

    kind: Literal["guilt", "shame", "mixed", "neither"]
    scores: dict[str, float]
    crisis: bool
    expectation: bool
    comparison: bool
    harsh: bool
    sources: list[str]
    signals: list[SignalOut]
    model: str


class EntryOut(BaseModel):
    id: str
    created_at: str
    tz_offset_minutes: int
    updated_at: str
    text: str
    reading: ReadingOut
    answers: dict[str, object]
    closing: dict[str, object] | None


class Person(BaseModel):
    name: str = ""
    email: str = ""
    phone: str = ""


class Child(BaseModel):
    name: str = ""
    age: str | int = ""


class Profile(BaseModel):
    """Her profile; every part is optional. Unknown keys are kept."""

    model_config = ConfigDict(extra="allow")

    values: list[str] = []
    strengths: list[str] = []
    gifts: list[str] = []
    needs: list[str] = []
    boundaries: list[str] = []
    people: list[Person] = []
    children: list[Child] = []
    region: str = ""

    @field_validator("region")
    @classmethod
    def known_region(cls, value: str) -> str:
        code = value.strip().upper()
        if code and code not in REGIONS:
            raise ValueError(f"region is {value!r}; expected one of {', '.join(sorted(REGIONS))}")
        return code


class PassphraseIn(BaseModel):
    passphrase: str


class SessionOut(BaseModel):
    """This session: send `csrf_token` as the X-CSRF-Token header with every POST, PUT, DELETE."""

    csrf_token: str
    csrf_header: str = "X-CSRF-Token"
    unlocked: bool
    journal_exists: bool
    lock_minutes: int


class ErrorOut(BaseModel):
    error: str
