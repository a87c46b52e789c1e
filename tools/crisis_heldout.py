"""How crisis detection does on wording nobody tuned it for.

    python tools/crisis_heldout.py            # every file in corpus/heldout/

Each file there was written by someone who saw neither the crisis rules nor the other
crisis lines, and no rule or model weight was made from it (it is outside
corpus/raw/, so `make train` never reads it). For each file: crisis recall by the rules
alone and by rules and crisis head together (as the analyser decides), and the false
alarms of each on its non-crisis lines. When a file has been measured and its numbers
are in docs/MODEL_CARD.md, it may move to corpus/raw/ with rules for what it missed,
and a new held-out file takes its place.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))

from unshame.analysis import analyze
from unshame.analysis.analyzer import rule_labels
from unshame.analysis.detectors import detect
from unshame.analysis.segment import prepare

HELDOUT = Path(__file__).resolve().parents[1] / "corpus" / "heldout"


def measure(path: Path) -> dict[str, int]:
    rows = [json.loads(line) for line in path.read_text("utf-8").splitlines() if line.strip()]
    crisis = [str(r["text"]) for r in rows if r["crisis"]]
    calm = [str(r["text"]) for r in rows if not r["crisis"]]

    def by_rules(text: str) -> bool:
        return "crisis" in rule_labels(detect(prepare(text)).hits)

    def by_analyser(text: str) -> bool:
        return analyze(text).crisis

    return {
        "crisis lines": len(crisis),
        "other lines": len(calm),
        "recall, rules": sum(map(by_rules, crisis)),
        "recall, rules and head": sum(map(by_analyser, crisis)),
        "false alarms, rules": sum(map(by_rules, calm)),
        "false alarms, rules and head": sum(map(by_analyser, calm)),
    }


def main() -> int:
    files = sorted(HELDOUT.glob("*.jsonl"))
    if not files:  # between sets: the last has joined corpus/raw/, the next has not arrived
        print(f"no held-out crisis set waits in {HELDOUT} (nothing to measure)", file=sys.stderr)
        return 0
    for path in files:
        m = measure(path)
        n, k = m["crisis lines"], m["other lines"]
        print(f"{path.name}: {n} crisis lines, {k} others")
        for how in ("rules", "rules and head"):
            caught, alarms = m[f"recall, {how}"], m[f"false alarms, {how}"]
            print(f"  {how:15s} recall {caught}/{n} = {caught / n:.3f}, false alarms {alarms}/{k}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
