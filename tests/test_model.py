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
        (lambda d: d["hidden"].update(share=1.5), "damaged"),
        (lambda d: d["hidden"].update(bias=[0.0, 0.0]), "damaged"),
        (lambda d: d["hidden"].update(inner_bias=[]), "damaged"),
        (lambda d: d["hidden"].pop("out"), "damaged"),
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


def test_weights_in_32_bits_are_read_back_as_64() -> None:
    weights = np.array([[0.5, -1.25e-3], [3.0, 0.1]])
    back = model_mod._weights(model_mod.encode_weights(weights, "<f4"))
    assert np.allclose(back, weights, rtol=1e-7, atol=0.0)
    # Scoring reads them from the 64-bit table, beside the linear heads' weights, with a
    # row of zeros added for unknown features.
    n = len(model_mod.COLUMNS)
    net = {
        "inner": model_mod.encode_weights(weights, "<f4"),
        "inner_bias": [0.0, 0.0],
        "out": [[1.0, 0.0, 0.0], [0.0, 1.0, 0.0]],
        "bias": [0.0, 0.0, 0.0],
        "share": 0.5,
    }
    model = tiny(net)
    assert model.hidden is not None
    assert model.hidden.inner.dtype == np.float64
    assert np.array_equal(model.hidden.inner, back.astype(np.float64))
    table = model._rows
    assert table.dtype == np.float64 and table.shape == (3, n + 2)
    assert np.array_equal(table[:2, n:], back.astype(np.float64))
    assert not table[:2, :n].any() and not table[2].any()
    with pytest.raises(ValueError, match="f2"):
        model_mod.encode_weights(weights, "<f2")


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


def tiny(hidden: dict[str, Any] | None) -> model_mod.Model:
    """A model of two features whose linear heads say nothing (all weights zero)."""
    n = len(model_mod.COLUMNS)
    return model_mod.from_dict(
        {
            "id": "tiny",
            "columns": list(model_mod.COLUMNS),
            "features": ["w:a", "w:b"],
            "weights": [[0.0] * n, [0.0] * n],
            "bias": [0.0] * n,
            "thresholds": dict.fromkeys(model_mod.HEADS, 0.5),
            "modes": {},
            "blend": 0.5,
            "hidden": hidden,
        }
    )


def test_the_network_scores_the_kind_as_written_by_hand() -> None:
    inner = [[1.0, -2.0], [0.5, 3.0]]  # feature -> hidden unit
    out = [[2.0, 0.0, -1.0], [0.0, 1.0, 0.5]]  # hidden unit -> guilt, shame, mixed
    net = {"inner": inner, "inner_bias": [0.0, 0.1], "out": out, "bias": [0.0, 0.2, -0.3]}
    model = tiny({**net, "share": 0.6})
    scores = model.scores({"w:a": 1.0, "w:b": 1.0, "w:unknown": 1.0})
    hidden = np.maximum(np.array([1.5, 1.1]), 0.0)  # relu(1*[1,-2] + 1*[.5,3] + [0,.1])
    logits = hidden @ np.array(out) + np.array([0.0, 0.2, -0.3])
    e = np.exp(np.append(logits, 0.0))
    p = e / e.sum()  # guilt, shame, mixed, neither
    linear = 0.5  # zero weights: every linear probability of holding guilt is one half
    assert math.isclose(scores["guilt"], 0.4 * linear + 0.6 * (p[0] + p[2]))
    assert math.isclose(scores["shame"], 0.4 * linear + 0.6 * (p[1] + p[2]))
    assert math.isclose(tiny(None).scores({"w:a": 1.0})["guilt"], linear)


def test_scores_of_rows_are_the_scores_of_their_features() -> None:
    """Her words' features given as rows of the table (as `analyze` reads them) score
    the same as given by name."""
    inner = [[1.0, -2.0], [0.5, 3.0]]
    out = [[2.0, 0.0, -1.0], [0.0, 1.0, 0.5]]
    net = {"inner": inner, "inner_bias": [0.0, 0.1], "out": out, "bias": [0.0, 0.2, -0.3]}
    model = tiny({**net, "share": 0.6})
    by_name = model.scores({"w:a": 1.0, "w:b": 1.0, "w:unknown": 1.0})
    by_row = model.scores_of({"w:unknown": 1.0}, {0, 1})
    assert by_name.keys() == by_row.keys()
    for head, score in by_name.items():
        assert math.isclose(score, by_row[head], abs_tol=1e-12), head
    assert model.scores_of({}, set()) == model.scores({})


def test_the_shipped_model_reads_her_words_as_rows_and_as_names_alike() -> None:
    from unshame.analysis.detectors import detect
    from unshame.analysis.features import features, rule_part
    from unshame.analysis.segment import prepare

    model = model_mod.load()
    for text in ["I yelled at him this morning. I'm a terrible mother.", "Lovely walk", ""]:
        prep = prepare(text)
        found = detect(prep)
        by_name = model.scores(features(prep, found))
        by_row = model.scores_of(
            rule_part(prep, found.hits), model.word_rows.rows(prep, found.quotes)
        )
        for head, score in by_name.items():
            assert math.isclose(score, by_row[head], abs_tol=1e-12), (text, head)


def test_the_shipped_network_takes_the_same_features() -> None:
    data = shipped()
    model = model_mod.from_dict(data)
    assert model.hidden is not None
    assert model.hidden.inner.shape[0] == len(data["features"])
    assert 0.0 < model.hidden.share <= 1.0


def test_the_crisis_head_does_not_weigh_the_crisis_rules() -> None:
    """The crisis head is there for lines the rules miss, where the crisis rules'
    features are silent; tools/train.py trains it without them."""
    model = model_mod.load()
    column = model_mod.COLUMNS.index("crisis")
    rows = [i for name, i in model.index.items() if name.startswith("r:crisis.")]
    assert rows  # the model knows the crisis rules' features (the other heads use them)
    assert not model.weights[rows, column].any()
    assert model.weights[:, column].any()
