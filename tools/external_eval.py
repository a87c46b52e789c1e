"""Score the analyser on the shared external sets, for the model card (numbers only).

    python tools/external_eval.py [--benchmarks ../shared/benchmarks] [--json]

These sets are other people's data, for measuring only: this script reads them
where they lie and prints counts and scores, never their texts. None of them was
written for unshame's labels, so each comparison says what it does and does not
measure (see docs/MODEL_CARD.md).
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))

from unshame.analysis import analyze
from unshame.errors import InputError

DEFAULT = Path(__file__).resolve().parents[2] / "shared" / "benchmarks"


def rows(path: Path) -> list[dict[str, Any]]:
    return [json.loads(line) for line in path.read_text("utf-8").splitlines() if line.strip()]


def f1(tp: int, fp: int, fn: int) -> dict[str, float]:
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    return {
        "precision": round(p, 3),
        "recall": round(r, 3),
        "f1": round(2 * p * r / (p + r), 3) if p + r else 0.0,
    }


def guilt_vs_shame(path: Path, masked_only: bool) -> dict[str, Any]:
    """Forced choice (higher score wins) and the kinds the analyser gives."""
    data = [r for r in rows(path) if not (masked_only and r.get("label_word_in_text"))]
    right = 0
    kinds: dict[str, Counter[str]] = {"guilt": Counter(), "shame": Counter()}
    per = {lab: {"tp": 0, "fp": 0, "fn": 0} for lab in ("guilt", "shame")}
    for r in data:
        try:
            reading = analyze(r["text"])
        except InputError:
            continue
        pred = "shame" if reading.shame > reading.guilt else "guilt"
        gold = r["label"]
        right += pred == gold
        kinds[gold][reading.kind] += 1
        for lab in ("guilt", "shame"):
            per[lab]["tp"] += pred == lab and gold == lab
            per[lab]["fp"] += pred == lab and gold != lab
            per[lab]["fn"] += pred != lab and gold == lab
    scores = {lab: f1(**c) for lab, c in per.items()}
    return {
        "rows": len(data),
        "forced_choice_accuracy": round(right / len(data), 3),
        "forced_choice_macro_f1": round((scores["guilt"]["f1"] + scores["shame"]["f1"]) / 2, 3),
        "per_label": scores,
        "kinds_by_gold_label": {k: dict(v) for k, v in kinds.items()},
    }


def trap_vs_flag(path: Path, traps: dict[str, str]) -> dict[str, Any]:
    """Our flags against thinking-trap labels (one row may hold several traps)."""
    data = rows(path)
    out: dict[str, Any] = {"rows": len(data)}
    readings = []
    for r in data:
        try:
            readings.append(analyze(r["text"]))
        except InputError:
            readings.append(None)
    for trap, ours in traps.items():
        tp = fp = fn = 0
        for r, reading in zip(data, readings, strict=True):
            if reading is None:
                continue
            gold = trap in (r.get("traps") or [])
            if ours in ("shame", "self_verdict"):
                pred = reading.kind in {"shame", "mixed"}
            else:
                pred = bool(getattr(reading, ours))
            tp += gold and pred
            fp += pred and not gold
            fn += gold and not pred
        out[f"{trap} -> {ours}"] = {**f1(tp, fp, fn), "support": tp + fn}
    return out


def main() -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--benchmarks", type=Path, default=DEFAULT)
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    b = args.benchmarks
    if not b.is_dir():
        print(f"no benchmarks at {b}", file=sys.stderr)
        return 1
    traps = {
        "should statements": "expectation",
        "comparing and despairing": "comparison",
        "labeling": "shame",
    }
    report = {
        "isear_all": guilt_vs_shame(b / "isear_guilt_shame.jsonl", masked_only=False),
        "isear_without_label_words": guilt_vs_shame(
            b / "isear_guilt_shame.jsonl", masked_only=True
        ),
        "enisear": guilt_vs_shame(b / "enisear_guilt_shame.jsonl", masked_only=False),
        "sharma2023_thinking_traps": trap_vs_flag(b / "sharma2023_thinking_traps.jsonl", traps),
        "sharma2023_reframing": trap_vs_flag(b / "sharma2023_reframing.jsonl", traps),
        "shreevastava2021": trap_vs_flag(
            b / "shreevastava2021_cognitive_distortions.jsonl",
            {"should statements": "expectation", "labeling": "shame"},
        ),
    }
    print(json.dumps(report, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
