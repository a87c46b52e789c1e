"""The training run's network stops on rows it has not learnt in any spelling."""

from __future__ import annotations

import sys
from pathlib import Path

import numpy as np
import pytest
from scipy.sparse import csr_matrix, vstack

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tools"))

import train


@pytest.mark.parametrize("n", [1, 10, 57, 2000])
def test_rows_set_aside_are_never_trained_on_in_either_spelling(n: int) -> None:
    trained, aside = train.stopping_rows(n)
    copies = {int(i) + n for i in aside}
    assert set(aside.tolist()) <= set(range(n))
    assert not set(trained.tolist()) & (set(aside.tolist()) | copies)
    # every other row, and every other copy, is trained on, each once
    assert sorted([*trained.tolist(), *aside.tolist(), *copies]) == list(range(2 * n))
    if n >= 1000:
        assert 0.07 * n < len(aside) < 0.13 * n


def _rows(n: int) -> tuple[csr_matrix, list[str]]:
    """`n` rows of four kinds, each kind told by its own features among shared noise,
    then the same rows again as their "copies" (a little noisier)."""
    rng = np.random.RandomState(7)
    kinds = [train.KINDS[i % 4] for i in range(n)]
    signal = np.zeros((n, 12))
    for i in range(n):
        signal[i, (i % 4) * 3 : (i % 4) * 3 + 3] = 1.0
    noise = (rng.rand(n, 12) < 0.1).astype(float)
    copies = np.clip(signal + (rng.rand(n, 12) < 0.15), 0, 1)
    x = vstack([csr_matrix(np.clip(signal + noise, 0, 1)), csr_matrix(copies)]).tocsr()
    return x, kinds + kinds


def test_the_network_learns_and_trains_the_same_every_time() -> None:
    x, kinds = _rows(1000)
    first = train.fit_net(x, kinds, 8)
    again = train.fit_net(x, kinds, 8)
    assert all(np.array_equal(a, b) for a, b in zip(first.coefs_, again.coefs_, strict=True))
    read = first.predict(x[:1000])
    assert np.mean(read == np.array(kinds[:1000])) > 0.9


def test_the_network_needs_each_row_with_its_copy() -> None:
    x, kinds = _rows(40)
    with pytest.raises(ValueError, match="copies"):
        train.fit_net(x[:79], kinds[:79], 4)
