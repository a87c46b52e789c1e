"""Scores the analyser against labelled lines: the numbers behind `unshame eval`.

Labelled lines carry the fields of the shared development set: `text`, `kind`,
`expectation`, `comparison`, `harsh`, `crisis` and `sources`. Lines may carry only
some labels (an external set with `label` guilt/shame, say); each measure uses the
lines that have its label.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from unshame.analysis.reading import KINDS, SOURCES, Reading

FLAG_NAMES = ("expectation", "comparison", "harsh")


@dataclass
class Binary:
    """Counts for one yes/no label."""

    tp: int = 0
    fp: int = 0
    fn: int = 0
    tn: int = 0

    def add(self, gold: bool, pred: bool) -> None:
        if gold and pred:
            self.tp += 1
        elif pred:
            self.fp += 1
        elif gold:
            self.fn += 1
        else:
            self.tn += 1

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f1(self) -> float:
        return 2 * self.tp / (2 * self.tp + self.fp + self.fn) if self.tp else 0.0

    @property
    def support(self) -> int:
        return self.tp + self.fn

    def to_dict(self) -> dict[str, Any]:
        return {
            "precision": round(self.precision, 4),
            "recall": round(self.recall, 4),
            "f1": round(self.f1, 4),
            "support": self.support,
        }


@dataclass
class Report:
    """Everything `unshame eval` prints."""

    n: int = 0
    kinds: tuple[str, ...] = KINDS
    confusion: dict[str, dict[str, int]] = field(default_factory=dict)
    flags: dict[str, Binary] = field(default_factory=lambda: {f: Binary() for f in FLAG_NAMES})
    crisis: Binary = field(default_factory=Binary)
    sources: Binary = field(default_factory=Binary)
    per_source: dict[str, Binary] = field(default_factory=lambda: {s: Binary() for s in SOURCES})
    errors: list[dict[str, Any]] = field(default_factory=list)

    def add(self, gold: dict[str, Any], reading: Reading) -> None:
        self.n += 1
        gold_kind = gold.get("kind")
        if gold_kind in KINDS:
            row = self.confusion.setdefault(gold_kind, {k: 0 for k in KINDS})
            row[reading.kind] += 1
            if gold_kind != reading.kind:
                self.errors.append({"id": gold.get("id"), "gold": gold_kind, "got": reading.kind})
        for flag in FLAG_NAMES:
            if isinstance(gold.get(flag), bool):
                self.flags[flag].add(gold[flag], getattr(reading, flag))
        if isinstance(gold.get("crisis"), bool):
            self.crisis.add(gold["crisis"], reading.crisis)
        if isinstance(gold.get("sources"), list):
            gold_sources = set(gold["sources"])
            for source in SOURCES:
                hit = source in reading.sources
                self.sources.add(source in gold_sources, hit)
                self.per_source[source].add(source in gold_sources, hit)

    def kind_scores(self) -> dict[str, Binary]:
        out = {}
        for k in self.kinds:
            b = Binary()
            for gold, row in self.confusion.items():
                for pred, count in row.items():
                    for _ in range(count):
                        b.add(gold == k, pred == k)
            out[k] = b
        return out

    @property
    def labelled(self) -> int:
        return sum(sum(row.values()) for row in self.confusion.values())

    @property
    def accuracy(self) -> float:
        right = sum(row.get(k, 0) for k, row in self.confusion.items())
        return right / self.labelled if self.labelled else 0.0

    @property
    def macro_f1(self) -> float:
        present = [b for b in self.kind_scores().values() if b.support]
        return sum(b.f1 for b in present) / len(present) if present else 0.0

    def to_dict(self) -> dict[str, Any]:
        return {
            "lines": self.n,
            "labelled_kind": self.labelled,
            "accuracy": round(self.accuracy, 4),
            "macro_f1": round(self.macro_f1, 4),
            "per_kind": {k: b.to_dict() for k, b in self.kind_scores().items()},
            "confusion": self.confusion,
            "flags": {f: b.to_dict() for f, b in self.flags.items()},
            "crisis": {
                "recall": round(self.crisis.recall, 4),
                "support": self.crisis.support,
                "missed": self.crisis.fn,
                "false_alarms": self.crisis.fp,
            },
            "sources": self.sources.to_dict(),
            "per_source": {s: b.to_dict() for s, b in self.per_source.items()},
        }


def evaluate(pairs: Iterable[tuple[dict[str, Any], Reading]]) -> Report:
    report = Report()
    for gold, reading in pairs:
        report.add(gold, reading)
    return report
