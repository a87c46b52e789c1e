"""Write the golden readings of tests/golden/entries.jsonl, for review.

    python tools/golden.py           # print the readings
    python tools/golden.py --write   # replace tests/golden/readings.jsonl (review the diff!)

The golden file holds the parts of a reading a person reviews: kind, flags,
sources and signals (not scores or the model id, which move with each training).
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))

from unshame.analysis import analyze

GOLDEN = Path(__file__).resolve().parents[1] / "tests" / "golden"


def reviewed_part(text: str) -> dict[str, Any]:
    data = analyze(text).to_dict()
    for key in ("scores", "model"):
        data.pop(key)
    for signal in data["signals"]:
        signal.pop("why")
    return data


def main() -> int:
    lines = []
    for raw in (GOLDEN / "entries.jsonl").read_text("utf-8").splitlines():
        entry = json.loads(raw)
        lines.append(json.dumps({"id": entry["id"], **reviewed_part(entry["text"])}))
    out = "\n".join(lines) + "\n"
    if "--write" in sys.argv:
        (GOLDEN / "readings.jsonl").write_text(out, "utf-8")
    else:
        sys.stdout.write(out)
    return 0


if __name__ == "__main__":
    sys.exit(main())
