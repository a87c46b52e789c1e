"""Train the analyser's model on corpus/train.jsonl and write it into the package.

    python tools/train.py            # split the corpus, train, write model.json
    python tools/train.py --check    # train, report cross-validation, write nothing

Two logistic regressions (scikit-learn, liblinear, fixed seed): one for "holds a
behaviour-focused judgement" (guilt or mixed), one for "holds a self-focused
judgement" (shame or mixed). Regularisation is chosen by 5-fold cross-validation on
the training split only; the held-out test split is never read here.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
from collections import Counter
from pathlib import Path

import numpy as np
from scipy.sparse import csr_matrix
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import StratifiedKFold

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))

import split_corpus
from unshame.analysis.detectors import detect
from unshame.analysis.features import features
from unshame.analysis.segment import prepare

ROOT = Path(__file__).resolve().parents[1]
MODEL_PATH = ROOT / "src" / "unshame" / "analysis" / "data" / "model.json"
VERSION = "1"
SEED = 20261126
MIN_WORD_DOCS = 3
C_GRID = (0.1, 0.2, 0.5, 1.0, 2.0, 5.0)
KINDS = ("guilt", "shame", "mixed", "neither")


def targets(kind: str) -> tuple[int, int]:
    return int(kind in {"guilt", "mixed"}), int(kind in {"shame", "mixed"})


def kind_of(g: bool, s: bool) -> str:
    return "mixed" if g and s else "guilt" if g else "shame" if s else "neither"


def macro_f1(gold: list[str], pred: list[str]) -> float:
    scores = []
    for k in KINDS:
        tp = sum(g == k and p == k for g, p in zip(gold, pred, strict=True))
        fp = sum(g != k and p == k for g, p in zip(gold, pred, strict=True))
        fn = sum(g == k and p != k for g, p in zip(gold, pred, strict=True))
        scores.append(2 * tp / (2 * tp + fp + fn) if tp else 0.0)
    return sum(scores) / len(scores)


def featurize(rows: list[dict[str, object]]) -> list[dict[str, float]]:
    out = []
    for row in rows:
        prep = prepare(str(row["text"]))
        out.append(features(prep, detect(prep)))
    return out


def vocabulary(feats: list[dict[str, float]]) -> list[str]:
    docs: Counter[str] = Counter()
    for f in feats:
        docs.update(f.keys())
    keep = [n for n, c in docs.items() if n.startswith("r:") or c >= MIN_WORD_DOCS]
    return sorted(keep)


def matrix(feats: list[dict[str, float]], index: dict[str, int]) -> csr_matrix:
    rows, cols, vals = [], [], []
    for i, f in enumerate(feats):
        for name, value in f.items():
            j = index.get(name)
            if j is not None:
                rows.append(i)
                cols.append(j)
                vals.append(value)
    return csr_matrix((vals, (rows, cols)), shape=(len(feats), len(index)))


def fit(x: csr_matrix, y: np.ndarray, c: float) -> LogisticRegression:
    clf = LogisticRegression(C=c, solver="liblinear", random_state=SEED, max_iter=1000)
    clf.fit(x, y)
    return clf


def cross_validate(x: csr_matrix, kinds: list[str]) -> tuple[float, float, float]:
    """Pick C for each head by cross-validated macro-F1 of the kind."""
    y = np.array([targets(k) for k in kinds])
    folds = list(StratifiedKFold(5, shuffle=True, random_state=SEED).split(x, kinds))
    best = (-1.0, C_GRID[0], C_GRID[0])
    probs: dict[float, np.ndarray] = {}
    for c in C_GRID:
        p = np.zeros((len(kinds), 2))
        for train_idx, test_idx in folds:
            for head in (0, 1):
                clf = fit(x[train_idx], y[train_idx, head], c)
                p[test_idx, head] = clf.predict_proba(x[test_idx])[:, 1]
        probs[c] = p
    for cg in C_GRID:
        for cs in C_GRID:
            pred = [
                kind_of(g >= 0.5, s >= 0.5)
                for g, s in zip(probs[cg][:, 0], probs[cs][:, 1], strict=True)
            ]
            score = macro_f1(kinds, pred)
            if score > best[0]:
                best = (score, cg, cs)
    return best


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="report only; write nothing")
    args = parser.parse_args()
    split_corpus.main()
    rows = [json.loads(line) for line in (ROOT / "corpus" / "train.jsonl").open(encoding="utf-8")]
    kinds = [str(r["kind"]) for r in rows]
    feats = featurize(rows)
    names = vocabulary(feats)
    index = {n: i for i, n in enumerate(names)}
    x = matrix(feats, index)
    score, cg, cs = cross_validate(x, kinds)
    print(f"{len(rows)} training rows, {len(names)} features", file=sys.stderr)
    print(f"5-fold CV macro-F1 {score:.3f} (C guilt {cg}, C shame {cs})", file=sys.stderr)
    if args.check:
        return 0
    y = np.array([targets(k) for k in kinds])
    heads = [fit(x, y[:, 0], cg), fit(x, y[:, 1], cs)]
    weights = np.column_stack([h.coef_[0] for h in heads]).round(5)
    bias = [round(float(h.intercept_[0]), 5) for h in heads]
    digest = hashlib.sha256(weights.tobytes() + json.dumps(names).encode()).hexdigest()[:8]
    model = {
        "id": f"unshame-analyser-{VERSION}.{digest}",
        "trained_on": {
            "file": "corpus/train.jsonl",
            "rows": len(rows),
            "kinds": dict(Counter(kinds)),
            "cv_macro_f1": round(score, 4),
            "C": [cg, cs],
            "seed": SEED,
        },
        "thresholds": [0.5, 0.5],
        "bias": bias,
        "features": names,
        "weights": weights.tolist(),
    }
    MODEL_PATH.write_text(json.dumps(model, separators=(",", ":")) + "\n", encoding="utf-8")
    print(f"wrote {MODEL_PATH.relative_to(ROOT)} ({model['id']})", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
