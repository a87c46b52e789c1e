"""The learned part of the analyser: two logistic heads over rule and word features.

One head scores a behaviour-focused judgement (guilt), the other a self-focused one
(shame); an entry with both is "mixed", with neither "neither". The weights are
trained by `tools/train.py` (scikit-learn, fixed seed) on `corpus/train.jsonl` only,
and shipped as `data/model.json`; here they run on numpy alone, loaded lazily, once.
The model card (docs/MODEL_CARD.md) records its scores.
"""

from __future__ import annotations

import json
import math
from dataclasses import dataclass
from functools import cache
from importlib import resources

import numpy as np
import numpy.typing as npt

from unshame.errors import ModelError

MODEL_FILE = "model.json"


@dataclass(frozen=True)
class Model:
    id: str
    index: dict[str, int]
    weights: npt.NDArray[np.float64]  # shape (n_features, 2): guilt, shame
    bias: npt.NDArray[np.float64]  # shape (2,)
    thresholds: tuple[float, float]

    def scores(self, feats: dict[str, float]) -> tuple[float, float]:
        """Probabilities that the entry holds guilt and that it holds shame."""
        index = self.index
        idx: list[int] = []
        vals: list[float] = []
        for name, value in feats.items():
            j = index.get(name)
            if j is not None:
                idx.append(j)
                vals.append(value)
        logits = self.bias + np.asarray(vals) @ self.weights[idx] if idx else self.bias
        return _sigmoid(float(logits[0])), _sigmoid(float(logits[1]))


def _sigmoid(x: float) -> float:
    if x >= 0:
        return 1.0 / (1.0 + math.exp(-x))
    z = math.exp(x)
    return z / (1.0 + z)


def from_dict(data: dict[str, object]) -> Model:
    try:
        names = list(data["features"])  # type: ignore[call-overload]
        weights = np.asarray(data["weights"], dtype=np.float64)
        bias = np.asarray(data["bias"], dtype=np.float64)
        thresholds = tuple(float(t) for t in data["thresholds"])  # type: ignore[attr-defined]
        model_id = str(data["id"])
    except (KeyError, TypeError, ValueError) as exc:
        raise ModelError(f"the analyser's model file is damaged: {exc}") from None
    if weights.shape != (len(names), 2) or bias.shape != (2,) or len(thresholds) != 2:
        raise ModelError("the analyser's model file has weights of the wrong shape")
    return Model(
        id=model_id,
        index={name: i for i, name in enumerate(names)},
        weights=weights,
        bias=bias,
        thresholds=(thresholds[0], thresholds[1]),
    )


@cache
def load() -> Model:
    """The shipped model, read once."""
    path = resources.files("unshame.analysis").joinpath("data", MODEL_FILE)
    try:
        data = json.loads(path.read_text("utf-8"))
    except FileNotFoundError:
        raise ModelError("the analyser's model file is missing; run `make train`") from None
    except json.JSONDecodeError as exc:
        raise ModelError(f"the analyser's model file is not valid JSON: {exc}") from None
    return from_dict(data)
