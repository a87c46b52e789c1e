"""The export format (everything of hers as JSON), read back with clear errors; backup files.

```
{"format": "unshame-export", "schema_version": 1, "exported_at": ISO,
 "profile": {...}, "entries": [Entry.to_dict(), ...], "followups": [Followup.to_dict(), ...]}
```
"""

from __future__ import annotations

import json
import os
import re
import uuid
from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

from unshame.errors import ImportFormatError, InputError
from unshame.store.models import ID_LENGTH
from unshame.store.records import Entry, Followup, check_followup, utcnow

EXPORT_FORMAT = "unshame-export"
EXPORT_SCHEMA_VERSION = 1
_MAX_OFFSET_MINUTES = 24 * 60  # a UTC offset is strictly less than a day
_ID = re.compile(rf"[A-Za-z0-9_-]{{1,{ID_LENGTH}}}")


@dataclass(frozen=True, slots=True)
class Export:
    profile: dict[str, Any]
    entries: list[Entry]
    followups: list[Followup]


def to_export(
    profile: dict[str, Any], entries: list[Entry], followups: list[Followup]
) -> dict[str, Any]:
    return {
        "format": EXPORT_FORMAT,
        "schema_version": EXPORT_SCHEMA_VERSION,
        "exported_at": utcnow().isoformat(),
        "profile": profile,
        "entries": [entry.to_dict() for entry in entries],
        "followups": [followup.to_dict() for followup in followups],
    }


def parse_export(data: object) -> Export:
    """Check an export and read it; ImportFormatError names the first thing wrong."""
    if not isinstance(data, dict) or data.get("format") != EXPORT_FORMAT:
        raise ImportFormatError("this is not an unshame export (no 'format': 'unshame-export')")
    version = data.get("schema_version")
    if version != EXPORT_SCHEMA_VERSION:
        raise ImportFormatError(
            f"this export has schema_version {version!r}; "
            f"this unshame reads schema_version {EXPORT_SCHEMA_VERSION}"
        )
    profile = data.get("profile")
    profile = {} if profile is None else profile
    _need(isinstance(profile, dict), "profile", "a JSON object")
    entries = [_entry(item, f"entries[{i}]") for i, item in enumerate(_list(data, "entries"))]
    followups = [
        _followup(item, f"followups[{i}]") for i, item in enumerate(_list(data, "followups"))
    ]
    known = {entry.id for entry in entries}
    for i, followup in enumerate(followups):
        _need(followup.entry_id in known, f"followups[{i}].entry_id", "the id of an entry in it")
    return Export(profile, entries, followups)


def _need(ok: bool, where: str, expected: str) -> None:
    if not ok:
        raise ImportFormatError(f"the export's {where} is not {expected}")


def _list(data: dict[str, Any], key: str) -> list[Any]:
    value = data.get(key, [])
    _need(isinstance(value, list), key, "a list")
    return list(value)


def _field(item: dict[str, Any], key: str, kind: type | tuple[type, ...], where: str) -> Any:
    if key not in item:
        raise ImportFormatError(f"the export's {where}.{key} is missing")
    value = item[key]
    ok = isinstance(value, kind) and not (isinstance(value, bool) and kind is int)
    _need(ok, f"{where}.{key}", _describe(kind))
    return value


def _describe(kind: type | tuple[type, ...]) -> str:
    names = {str: "a string", int: "a whole number", dict: "a JSON object", bool: "true/false"}
    kinds = kind if isinstance(kind, tuple) else (kind,)
    return " or ".join(names.get(k, "null") for k in kinds)


def _id(item: dict[str, Any], key: str, where: str) -> str:
    """An id as the journal makes them: it goes into page addresses, so nothing else."""
    value: str = _field(item, key, str, where)
    expected = f"an id of 1 to {ID_LENGTH} letters, digits, '-' or '_'"
    _need(_ID.fullmatch(value) is not None, f"{where}.{key}", expected)
    return value


def _time(item: dict[str, Any], key: str, where: str) -> datetime:
    raw = _field(item, key, str, where)
    try:
        moment = datetime.fromisoformat(raw)
    except ValueError:
        moment = None
    _need(
        moment is not None and moment.tzinfo is not None,
        f"{where}.{key}",
        "an ISO time with offset",
    )
    assert moment is not None
    return moment.astimezone(UTC)


def _entry(item: object, where: str) -> Entry:
    _need(isinstance(item, dict), where, "a JSON object")
    assert isinstance(item, dict)
    created = _time(item, "created_at", where)
    offset: int = _field(item, "tz_offset_minutes", int, where)
    _need(abs(offset) < _MAX_OFFSET_MINUTES, f"{where}.tz_offset_minutes", "a UTC offset")
    text: str = _field(item, "text", str, where)
    _need(bool(text.strip()), f"{where}.text", "a non-empty text")
    return Entry(
        id=_id(item, "id", where),
        created_at=created,
        tz_offset_minutes=offset,
        updated_at=_time(item, "updated_at", where) if "updated_at" in item else created,
        text=text,
        reading=_field(item, "reading", dict, where),
        answers=_field(item, "answers", (dict, type(None)), where) or {},
        closing=_field(item, "closing", (dict, type(None)), where),
    )


def _followup(item: object, where: str) -> Followup:
    _need(isinstance(item, dict), where, "a JSON object")
    assert isinstance(item, dict)
    try:
        due_on = date.fromisoformat(_field(item, "due_on", str, where))
        kind, what, due_on = check_followup(item.get("kind"), item.get("what"), due_on)
    except (ValueError, InputError) as exc:
        raise ImportFormatError(f"the export's {where} is not a follow-up: {exc}") from None
    return Followup(
        id=_id(item, "id", where),
        entry_id=_id(item, "entry_id", where),
        due_on=due_on,
        kind=kind,
        what=what,
        answer=_field(item, "answer", (dict, type(None)), where),
    )


def read_backup(path: Path) -> bytes:
    try:
        return path.read_bytes()
    except OSError as exc:
        raise ImportFormatError(f"cannot read the backup {path}: {exc.strerror}") from None


def load_export(plaintext: bytes) -> Export:
    """A backup's decrypted contents, checked as an export."""
    try:
        data = json.loads(plaintext)
    except ValueError:
        raise ImportFormatError("the backup's contents are not an unshame export") from None
    return parse_export(data)


def write_private(path: Path, data: bytes) -> None:
    """Write a file only she can read, atomically: a crash leaves the old file or none."""
    path.parent.mkdir(parents=True, exist_ok=True)
    temporary = path.with_name(f".{path.name}.{uuid.uuid4().hex[:8]}.tmp")
    fd = os.open(temporary, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(temporary, path)
    except BaseException:
        temporary.unlink(missing_ok=True)
        raise
