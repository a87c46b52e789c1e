"""The shipped model file: read once, checked on load, and scores that are probabilities."""

from __future__ import annotations

import json
import math
from importlib import resources
from typing import Any

import numpy as np
import pytest
from hypothesis import given
from hypothesis import strategies as st

from unshame.analysis import model as model_mod
from unshame.errors import ModelError


def shipped() -> dict[str, Any]:
    path = resources.files("unshame.analysis").joinpath("data", model_mod.MODEL_FILE)
    return json.loads(path.read_text("utf-8"))  # type: ignore[no-any-return]


def test_the_shipped_model_loads_with_every_column() -> None:
    data = shipped()
    assert data["columns"] == list(model_mod.COLUMNS)
    model = model_mod.from_dict(data)
    assert model.weights.shape == (len(data["features"]), len(model_mod.COLUMNS))
    assert 0.0 <= model.blend <= 1.0


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (lambda d: d.pop("columns"), "damaged"),
        (lambda d: d.update(columns=["guilt", "shame"]), "another version"),
        (lambda d: d.update(blend=1.5), "blend"),
        (lambda d: d.update(bias=d["bias"][:-1]), "wrong shape"),
        (lambda d: d.update(modes={"harsh": "sometimes"}), "unknown modes"),
        (lambda d: d["weights"].update(base64="not base64!"), "damaged"),
        (lambda d: d["weights"].update(base64=d["weights"]["base64"][:-8]), "damaged"),
        (lambda d: d["weights"].update(dtype="<f2"), "damaged"),
    ],
)
def test_a_damaged_model_file_is_a_clear_error(change: Any, message: str) -> None:
    data = shipped()
    change(data)
    with pytest.raises(ModelError, match=message):
        model_mod.from_dict(data)


def test_weights_are_kept_exactly() -> None:
    weights = np.array([[0.5, -1.25e-7], [3.0, 1e300]])
    assert (model_mod._weights(model_mod.encode_weights(weights)) == weights).all()
    assert (model_mod._weights(weights.tolist()) == weights).all()


def test_no_features_gives_the_prior() -> None:
    scores = model_mod.load().scores({})
    assert set(scores) == set(model_mod.HEADS)
    assert all(0.0 < v < 1.0 for v in scores.values())


@given(st.lists(st.floats(-800, 800), min_size=3, max_size=3))
def test_the_kind_softmax_is_a_distribution(logits: list[float]) -> None:
    probs = model_mod._softmax_against_zero(logits)
    assert all(0.0 <= p <= 1.0 for p in probs)
    assert sum(probs) <= 1.0 + 1e-9
    rest = 1.0 - sum(probs)  # the class whose logit is 0
    assert rest >= -1e-9
    assert math.isclose(sum(probs) + rest, 1.0)


def test_guilt_and_shame_scores_agree_with_the_kind() -> None:
    from unshame.analysis import analyze

    for text in ["I yelled at him this morning.", "I'm a terrible mother.", "Lovely walk."]:
        reading = analyze(text)
        holds = (reading.guilt >= 0.5, reading.shame >= 0.5)
        expected = {(True, True): "mixed", (True, False): "guilt", (False, True): "shame"}
        assert reading.kind == expected.get(holds, "neither")
