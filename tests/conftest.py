"""Shared fixtures: a temporary data folder and journals on temporary SQLite files.

Journals here use a small Argon2 memory cost (FAST_KDF_KIB) so tests stay fast; the
real default comes from UNSHAME_KDF_MEMORY_KIB.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from unshame.config import sqlite_url
from unshame.store import Journal

FAST_KDF_KIB = 1024
PASSPHRASE = "a long walk at dawn"

MakeJournal = Callable[..., Journal]


@pytest.fixture
def tmp_data_dir(tmp_path: Path) -> Path:
    """An empty data folder, as UNSHAME_DATA_DIR would name."""
    folder = tmp_path / "data"
    folder.mkdir()
    return folder


@pytest.fixture
def passphrase() -> str:
    return PASSPHRASE


@pytest.fixture
def make_journal(tmp_data_dir: Path) -> Iterator[MakeJournal]:
    """Create journals with a fast KDF: `make_journal(data_dir=None, *, passphrase, user)`.

    Each journal lives in `data_dir` (default: `tmp_data_dir`) as journal.db and is closed
    after the test.
    """
    made: list[Journal] = []

    def make(
        data_dir: Path | None = None, *, passphrase: str = PASSPHRASE, user: str = "me"
    ) -> Journal:
        url = sqlite_url(data_dir or tmp_data_dir)
        journal = Journal.create(url, passphrase, user=user, kdf_memory_kib=FAST_KDF_KIB)
        made.append(journal)
        return journal

    yield make
    for journal in made:
        journal.close()


@pytest.fixture
def journal(make_journal: MakeJournal) -> Journal:
    """A new, empty journal in `tmp_data_dir`, opened with PASSPHRASE."""
    return make_journal()
