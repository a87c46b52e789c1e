"""The journal as Markdown: a readable export she can keep or print."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone
from typing import Any

from unshame.explain import SOURCE_NAMES

KIND_WORDS = {
    "guilt": "guilt (about something done)",
    "shame": "shame (a verdict on yourself)",
    "mixed": "guilt and shame",
    "neither": "no self-blame",
}


def journal_markdown(export: dict[str, Any]) -> str:
    """Every entry of an export (see Journal.export), newest first, as Markdown."""
    lines = ["# My unshame journal", ""]
    exported = export.get("exported_at")
    if exported:
        lines += [f"Exported {exported[:16].replace('T', ' ')} UTC.", ""]
    entries = sorted(export.get("entries", []), key=lambda e: e["created_at"], reverse=True)
    if not entries:
        lines.append("_No entries yet._")
    for entry in entries:
        lines += entry_markdown(entry)
    return "\n".join(lines).rstrip() + "\n"


def entry_markdown(entry: dict[str, Any]) -> list[str]:
    when = _local(entry["created_at"], int(entry.get("tz_offset_minutes", 0)))
    reading = entry.get("reading") or {}
    lines = [f"## {when:%A %d %B %Y, %H:%M}", ""]
    lines += [_quote(entry["text"]), ""]
    kind = reading.get("kind")
    if kind:
        lines.append(f"**Reading:** {KIND_WORDS.get(kind, kind)}.")
        sources = [SOURCE_NAMES.get(s, s) for s in reading.get("sources", [])]
        if sources:
            lines.append(f"**Behind it:** {', '.join(sources)}.")
        lines.append("")
    for step, fields in (entry.get("answers") or {}).items():
        shown = (
            {k: v for k, v in fields.items() if str(v).strip()} if isinstance(fields, dict) else {}
        )
        if shown:
            lines.append(f"**{step.replace('_', ' ').capitalize()}**")
            lines += [f"- {k.replace('_', ' ')}: {v}" for k, v in shown.items()]
            lines.append("")
    closing = entry.get("closing") or {}
    if closing:
        said = "; ".join(f"{k}: {v}" for k, v in closing.items() if str(v).strip())
        lines += [f"**Closing check:** {said}", ""]
    return lines


def _local(iso: str, offset_minutes: int) -> datetime:
    moment = datetime.fromisoformat(iso)
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return moment.astimezone(timezone(timedelta(minutes=offset_minutes)))


def _quote(text: str) -> str:
    return "\n".join("> " + line if line.strip() else ">" for line in text.splitlines())
