"""Checks corpus files: schema, labels, duplicates. Usage: python tools/check_corpus.py [FILES]."""

from __future__ import annotations

import json
import sys
from pathlib import Path

KINDS = {"guilt", "shame", "mixed", "neither"}
FLAGS = ("expectation", "comparison", "harsh", "crisis")
SOURCES = {"cultural_ideal", "social_media", "generational", "mental_load"}
FIELDS = {"id", "text", "kind", *FLAGS, "sources"}


def check_row(row: dict[str, object]) -> list[str]:
    problems = []
    if set(row) != FIELDS:
        problems.append(f"fields {sorted(row)} != {sorted(FIELDS)}")
    if row.get("kind") not in KINDS:
        problems.append(f"kind {row.get('kind')!r}")
    for flag in FLAGS:
        if not isinstance(row.get(flag), bool):
            problems.append(f"{flag} is not a bool")
    sources = row.get("sources")
    if not isinstance(sources, list) or not set(sources) <= SOURCES:
        problems.append(f"sources {sources!r}")
    elif row.get("kind") == "neither" and sources:
        problems.append("a neither row has sources")
    text = row.get("text")
    if not isinstance(text, str) or not text.strip():
        problems.append("empty text")
    return problems


def main(argv: list[str]) -> int:
    paths = [Path(a) for a in argv] or sorted(Path("corpus/raw").glob("*.jsonl"))
    seen_ids: dict[str, str] = {}
    seen_texts: dict[str, str] = {}
    bad = 0
    total = 0
    for path in paths:
        for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            where = f"{path}:{n}"
            if not line.strip():
                continue
            total += 1
            try:
                row = json.loads(line)
            except json.JSONDecodeError as exc:
                print(f"{where}: not JSON: {exc}")
                bad += 1
                continue
            problems = check_row(row)
            rid, text = str(row.get("id")), str(row.get("text", "")).strip().lower()
            if rid in seen_ids:
                problems.append(f"id {rid} also at {seen_ids[rid]}")
            if text in seen_texts:
                problems.append(f"same text as {seen_texts[text]}")
            seen_ids[rid], seen_texts[text] = where, where
            for p in problems:
                print(f"{where}: {p}")
            bad += bool(problems)
    print(f"{total} rows, {bad} with problems")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
