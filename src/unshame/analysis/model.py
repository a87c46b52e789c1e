"""The learned part of the analyser: logistic heads and a small network over rule and
word features.

The kind is scored twice and the two are blended: a multinomial head over guilt (a
behaviour-focused judgement), shame (a self-focused one), mixed (both) and neither,
stored as three logits against "neither"; and two binary heads, one for "holds guilt"
(guilt or mixed), one for "holds shame" (shame or mixed). The reading's guilt score is
the blend of P(guilt or mixed) from the first and the guilt head's probability (the
blend weight is chosen by cross-validation); likewise shame. A small network (one
hidden layer over the same features) scores the kind once more, and its P(guilt or
mixed) and P(shame or mixed) are mixed into the guilt and shame scores at the share
cross-validation chose. Each holds at its threshold (chosen by cross-validation,
near 0.5), and both make the entry "mixed".
Further heads score the flags (expectation, comparison, harsh) and the four sources;
for each of those the training run also records whether a rule hit alone may set the
label ("model_or_rule") or the head decides ("model"). The crisis head only ever adds
to the crisis rules, which always count: crisis is rules first, and a head can catch
wording the rules have not seen but never overrule them. It is trained without the
crisis rules' own features (their weights in its column are zero), since the lines it
is there for are those where the rules are silent.

The weights are trained by `tools/train.py` (scikit-learn, fixed seed) on
`corpus/train.jsonl` only, and shipped as `data/model.json`; here they run on numpy
alone, loaded lazily, once.

Trained on 32,937 statements of the project's own corpus (8,274 were held out). On the
held-out split the kind scores macro-F1 0.916 (0.918 on the 7,411 rows held out before
the last wave of statements joined, 0.916 on the 9,331 held out now, and 0.874 to 0.949
on blind waves read before they joined); on the shared development set 1.00, with every
flag F1 at 1.00. Crisis lines of new wording (corpus/heldout/) are caught two times in
three to five in six (rules and head together, by how far the writer avoided the usual
words); every crisis line of the corpus is caught by the rules alone.
docs/MODEL_CARD.md has every number and the command that measured it.
"""

from __future__ import annotations

import base64
import binascii
import json
import math
from collections.abc import Collection
from dataclasses import dataclass, field, replace
from functools import cache, cached_property
from importlib import resources
from itertools import chain, repeat
from typing import Any

import numpy as np
import numpy.typing as npt

from unshame.analysis.features import WordRows
from unshame.errors import ModelError

MODEL_FILE = "model.json"
KIND_LOGITS = ("guilt", "shame", "mixed")  # each against "neither"
LABEL_HEADS = (
    "expectation", "comparison", "harsh",
    "cultural_ideal", "social_media", "generational", "mental_load", "crisis",
)  # fmt: skip
COLUMNS = (*("kind." + k for k in KIND_LOGITS), "guilt", "shame", *LABEL_HEADS)
HEADS = ("guilt", "shame", *LABEL_HEADS)  # the scores an entry gets
MODES = frozenset({"model", "model_or_rule"})


@dataclass(frozen=True)
class Hidden:
    """A network with one hidden layer of rectified units, scoring the kind from the same
    features: guilt, shame and mixed as three logits against "neither", like the
    multinomial head. Its P(guilt or mixed) and P(shame or mixed) are mixed into the
    guilt and shame scores at `share`."""

    inner: npt.NDArray[np.float64]  # shape (n_features, size)
    inner_bias: npt.NDArray[np.float64]  # shape (size,)
    out: npt.NDArray[np.float64]  # shape (size, 3)
    bias: npt.NDArray[np.float64]  # shape (3,)
    share: float


@dataclass(frozen=True)
class Model:
    id: str
    index: dict[str, int]
    weights: npt.NDArray[np.float64]  # shape (n_features, len(COLUMNS))
    bias: npt.NDArray[np.float64]  # shape (len(COLUMNS),)
    thresholds: dict[str, float]
    modes: dict[str, str]
    blend: float = 0.0  # the binary kind heads' share of the guilt and shame scores
    hidden: Hidden | None = None  # the small network's weights, if the model has one
    # The rows scoring reads (see `_rows`), when the weights were read into them.
    table: npt.NDArray[np.float64] | None = field(default=None, repr=False, compare=False)

    def scores(self, feats: dict[str, float]) -> dict[str, float]:
        """The probability of each head's label for an entry with these features."""
        return self._read(self.scores_input(feats))

    def scores_of(self, feats: dict[str, float], rows: Collection[int]) -> dict[str, float]:
        """`scores` of these features and of the features at `rows` of the table (each
        of weight 1, as her words are: see `features.WordRows`)."""
        if not rows:
            return self._read(self.scores_input(feats))
        table = self._rows
        # One look-up for both: the rule features at their weights, the rows at weight 1.
        n = len(feats) + len(rows)
        idx = np.fromiter(
            chain(map(self.index.get, feats, repeat(len(table) - 1)), rows), np.intp, n
        )
        values = np.fromiter(chain(feats.values(), repeat(1.0, len(rows))), np.float64, n)
        return self._read(self._bias + values @ table.take(idx, axis=0))

    def scores_input(self, feats: dict[str, float]) -> npt.NDArray[np.float64]:
        """What the heads and the network's hidden units take in from these features."""
        rows = self._rows
        n_feats = len(feats)
        if not n_feats:
            return self._bias
        # A feature the model does not know takes the zero row at the end.
        idx = np.fromiter(map(self.index.get, feats, repeat(len(rows) - 1)), np.intp, n_feats)
        values = np.fromiter(feats.values(), np.float64, n_feats)
        return self._bias + values @ rows.take(idx, axis=0)

    def _read(self, found: npt.NDArray[np.float64]) -> dict[str, float]:
        """Each head's probability from what it takes in (`scores_input`)."""
        n = len(COLUMNS)
        logits: list[float] = found[:n].tolist()
        k = len(KIND_LOGITS)
        g, s, m = _softmax_against_zero(logits[:k])
        w = self.blend
        guilt = (1 - w) * (g + m) + w * _sigmoid(logits[k])
        shame = (1 - w) * (s + m) + w * _sigmoid(logits[k + 1])
        net = self.hidden
        if net is not None:  # the network's kind, mixed in at its share
            inner = np.maximum(found[n:], 0.0)
            g2, s2, m2 = _softmax_against_zero((net.bias + inner @ net.out).tolist())
            guilt = (1 - net.share) * guilt + net.share * (g2 + m2)
            shame = (1 - net.share) * shame + net.share * (s2 + m2)
        out = {"guilt": guilt, "shame": shame}
        for head, x in zip(LABEL_HEADS, logits[k + 2 :], strict=True):
            out[head] = _sigmoid(x)
        return out

    @cached_property
    def word_rows(self) -> WordRows:
        """Where her words' features sit in this model's table (kept with the model)."""
        return WordRows(self.index)

    @cached_property
    def _rows(self) -> npt.NDArray[np.float64]:
        return self.table if self.table is not None else _table(self.weights, self.hidden)

    @cached_property
    def _bias(self) -> npt.NDArray[np.float64]:
        return (
            self.bias
            if self.hidden is None
            else np.concatenate([self.bias, self.hidden.inner_bias])
        )

    def decide(self, head: str, score: float, rule_hit: bool) -> bool:
        """Whether a label holds, from its head's score and (where allowed) a rule hit."""
        if score >= self.thresholds[head]:
            return True
        return rule_hit and self.modes.get(head) == "model_or_rule"


def _table(weights: npt.NDArray[Any], hidden: Hidden | None) -> npt.NDArray[np.float64]:
    """The weights and the network's first layer side by side, so that one look-up serves
    both, with a row of zeros at the end for the features the model does not know."""
    n, k = weights.shape
    table = np.zeros((n + 1, k + (0 if hidden is None else hidden.inner.shape[1])))
    table[:n, :k] = weights
    if hidden is not None:
        table[:n, k:] = hidden.inner
    return table


def _softmax_against_zero(logits: list[float]) -> list[float]:
    """Softmax over `logits` and a last class whose logit is 0 (that class left out)."""
    top = max(0.0, *logits)
    exps = [math.exp(x - top) for x in logits]
    total = sum(exps) + math.exp(-top)
    return [e / total for e in exps]


def _sigmoid(x: float) -> float:
    if x >= 0:
        return 1.0 / (1.0 + math.exp(-x))
    z = math.exp(x)
    return z / (1.0 + z)


_DTYPES = frozenset({"<f8", "<f4"})


def _weights(raw: Any) -> npt.NDArray[Any]:
    """The weight matrix: little-endian float64 or float32 in base64 (as `make train`
    writes it, read in one step and kept in its own type until `_table` copies it), or
    a list of rows."""
    if not isinstance(raw, dict):
        return np.asarray(raw, dtype=np.float64)
    if raw["dtype"] not in _DTYPES:
        raise ValueError(f"weights of type {raw['dtype']!r}")
    flat = np.frombuffer(base64.b64decode(raw["base64"], validate=True), dtype=raw["dtype"])
    return flat.reshape([int(n) for n in raw["shape"]])


def encode_weights(weights: npt.NDArray[np.float64], dtype: str = "<f8") -> dict[str, Any]:
    """The weight matrix as the model file keeps it (see `_weights`): float64, or
    float32 where half the size matters more than the last digits."""
    if dtype not in _DTYPES:
        raise ValueError(f"weights of type {dtype!r}")
    data = np.ascontiguousarray(weights, dtype=dtype)
    return {
        "dtype": dtype,
        "shape": list(data.shape),
        "base64": base64.b64encode(data.tobytes()).decode(),
    }


def from_dict(data: dict[str, Any]) -> Model:
    try:
        if list(data["columns"]) != list(COLUMNS):
            raise ModelError("the analyser's model file is for another version; run `make train`")
        names = list(data["features"])
        weights = _weights(data["weights"])
        bias = np.asarray(data["bias"], dtype=np.float64)
        thresholds = {h: float(data["thresholds"][h]) for h in HEADS}
        modes = {h: str(m) for h, m in data.get("modes", {}).items()}
        model_id = str(data["id"])
        blend = float(data["blend"])
        hidden = _hidden(data["hidden"], len(names)) if data.get("hidden") is not None else None
    except (KeyError, TypeError, ValueError, binascii.Error) as exc:
        raise ModelError(f"the analyser's model file is damaged: {exc}") from None
    if weights.shape != (len(names), len(COLUMNS)) or bias.shape != (len(COLUMNS),):
        raise ModelError("the analyser's model file has weights of the wrong shape")
    if not 0.0 <= blend <= 1.0:
        raise ModelError("the analyser's model file has a blend weight outside 0 to 1")
    if not set(modes.values()) <= MODES:
        raise ModelError(f"the analyser's model file has unknown modes: {modes}")
    # The weights are read straight into the rows scoring looks up (the model file is
    # large: one copy, not three), and the model keeps views of them.
    table = _table(weights, hidden)
    n, k = weights.shape
    if hidden is not None:
        hidden = replace(hidden, inner=table[:n, k:])
    return Model(
        id=model_id,
        index={name: i for i, name in enumerate(names)},
        weights=table[:n, :k],
        bias=bias,
        thresholds=thresholds,
        modes=modes,
        blend=blend,
        hidden=hidden,
        table=table,
    )


def _hidden(raw: dict[str, Any], n_features: int) -> Hidden:
    """The network's part of the model file (ValueError if it does not fit)."""
    net = Hidden(
        inner=_weights(raw["inner"]),
        inner_bias=np.asarray(raw["inner_bias"], dtype=np.float64),
        out=np.asarray(_weights(raw["out"]), dtype=np.float64),
        bias=np.asarray(raw["bias"], dtype=np.float64),
        share=float(raw["share"]),
    )
    size = net.inner_bias.shape[0] if net.inner_bias.ndim == 1 else -1
    shapes = (net.inner.shape, net.out.shape, net.bias.shape)
    if size < 1 or shapes != ((n_features, size), (size, len(KIND_LOGITS)), (len(KIND_LOGITS),)):
        raise ValueError("the network's weights have the wrong shape")
    if not 0.0 <= net.share <= 1.0:
        raise ValueError("the network's share is outside 0 to 1")
    return net


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
