"""Macro-F1 of the installed model on held-out splits as they stood at earlier commits.

    python tools/fixed_sets.py                   # the revisions docs/MODEL_CARD.md quotes
    python tools/fixed_sets.py 9fe4b16 c84b86a   # others

The held-out split grows as the corpus does, and new rows may be easier or harder than
the old, so a model is compared with the one before on rows fixed beforehand: the rows
of `git show REV:corpus/test.jsonl`, each given its label as `corpus/raw/` holds it
today (found by its text), read with `unshame eval FILE --json`. A row's side of the
split never changes (the hash is of its text), so no model trained on `corpus/train.jsonl`
has seen them. Nothing is written to the repository.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))

from unshame.analysis import analyze
from unshame.evaluate import evaluate

ROOT = Path(__file__).resolve().parents[1]

REVISIONS = ("9fe4b16", "c84b86a", "4c1ec1f", "f6d8d39", "08f2f99", "20ceadc")


def labelled_today() -> dict[str, dict[str, object]]:
    """Every row of corpus/raw/, by its text."""
    rows: dict[str, dict[str, object]] = {}
    for path in sorted((ROOT / "corpus" / "raw").glob("*.jsonl")):
        for line in path.read_text("utf-8").splitlines():
            if line.strip():
                row = json.loads(line)
                rows[row["text"]] = row
    return rows


def fixed_set(rev: str, today: dict[str, dict[str, object]]) -> list[dict[str, object]]:
    shown = subprocess.run(
        ["git", "-C", str(ROOT), "show", f"{rev}:corpus/test.jsonl"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    texts = [json.loads(line)["text"] for line in shown.splitlines() if line.strip()]
    return [today[t] for t in texts if t in today]


def main(argv: list[str]) -> int:
    today = labelled_today()
    print("revision  rows   accuracy  macro-F1  crisis false alarms")
    for rev in argv or REVISIONS:
        rows = fixed_set(rev, today)
        found = evaluate((row, analyze(str(row["text"]))) for row in rows)
        print(
            f"{rev:9s} {len(rows):5d}  {found.accuracy:.4f}    {found.macro_f1:.4f}"
            f"    {found.crisis.fp}"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
