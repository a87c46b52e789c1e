"""How well a crisis head carries to a writer it has not read, one crisis set at a time.

    python tools/crisis_sets.py

Each crisis set of the training split (`c4` to `c19`: one writer each, with its own
near misses) is left out in turn. A head is trained as `tools/train.py` trains it
(balanced logistic regression, C 1.0) on every other training row, its threshold set at
the lowest of CRISIS_THRESHOLDS where it alarms on at most one in fifty of the near
misses of tests/crisis_tables, and it scores the left-out set's lines with the crisis
rules' features silenced: the situation of a line the rules miss, which is the only
line the head is there for. Two heads are compared: one that sees every feature, and
one without the crisis rules' own features (what `train.py` ships). Reads the training
split only; the held-out split and corpus/heldout/ are never read.
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))

import train

SETS = [f"c{i}" for i in range(4, 20)]


def main() -> int:
    rows = [json.loads(line) for line in (train.ROOT / "corpus" / "train.jsonl").open()]
    feats, _ = train.featurize(rows)
    near, _ = train.featurize([{"text": t} for t in train.near_misses()])
    y = np.array([bool(r["crisis"]) for r in rows])
    sets = np.array([re.sub(r"[-_]?\d+$", "", str(r["id"])) for r in rows])
    every = train.vocabulary(feats, feats)
    for label, names in (
        ("every feature", every),
        (
            "without the crisis rules' features",
            [n for n in every if not n.startswith(train.CRISIS_RULE_FEATURES)],
        ),
    ):
        index = {n: i for i, n in enumerate(names)}
        x, calm = train.matrix(feats, index), train.matrix(near, index)
        silenced = train.weighted(x, train.without_crisis_rules(names))
        limit = int(calm.shape[0] * train.CALM_LIMIT)
        caught = total = alarms = others = 0
        per_set = []
        for name in SETS:
            out = sets == name
            clf = train.fit(x[~out], y[~out].astype(int), 1.0, balanced=True)
            p_calm = clf.predict_proba(calm)[:, 1]
            at = next((t for t in train.CRISIS_THRESHOLDS if (p_calm >= t).sum() <= limit), 1.0)
            said = clf.predict_proba(silenced[out])[:, 1] >= at
            gold = y[out]
            caught += int((said & gold).sum())
            total += int(gold.sum())
            alarms += int((said & ~gold).sum())
            others += int((~gold).sum())
            per_set.append(f"{name} {int((said & gold).sum())}/{int(gold.sum())} at {at}")
        print(
            f"{label}: {caught} of {total} crisis lines ({caught / total:.3f}), "
            f"false alarms {alarms} of {others}"
        )
        print("  " + ", ".join(per_set))
    return 0


if __name__ == "__main__":
    sys.exit(main())
