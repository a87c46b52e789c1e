"""Records to sealed rows and back, under one data key.

Each blob's associated data names its table, column and row id (`crypto.aad`), so a
blob moved to another row or column raises DamagedRecord instead of opening.
"""

from __future__ import annotations

import gc
import json
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import replace
from typing import Any

from unshame.crypto import Cipher, aad, to_json
from unshame.store.models import EntryRow, FollowupRow
from unshame.store.records import Entry, Followup

ENTRY_COLUMNS = (
    EntryRow.id,
    EntryRow.created_at,
    EntryRow.tz_offset_minutes,
    EntryRow.updated_at,
    EntryRow.payload,
)
FOLLOWUP_COLUMNS = (
    FollowupRow.id,
    FollowupRow.entry_id,
    FollowupRow.due_on,
    FollowupRow.payload,
    FollowupRow.answer,
)
_ENTRY_AAD = aad("entries", "payload", "")  # + the entry id


class Codec:
    """Seals one user's records into column values and opens rows into records."""

    __slots__ = ("_cipher", "_user_id")

    def __init__(self, data_key: bytes, user_id: int) -> None:
        self._cipher = Cipher(data_key)
        self._user_id = user_id

    def entry_values(self, entry: Entry) -> dict[str, Any]:
        return {
            "id": entry.id,
            "user_id": self._user_id,
            "created_at": entry.created_at,
            "tz_offset_minutes": entry.tz_offset_minutes,
            "updated_at": entry.updated_at,
            "payload": self._cipher.seal_json(entry.payload(), _ENTRY_AAD + entry.id.encode()),
        }

    def entries(self, rows: Iterable[Any]) -> list[Entry]:
        """Rows of ENTRY_COLUMNS to entries: the hot path of every page that reads them all.

        The loop builds many small acyclic objects, so the cyclic collector is paused while
        it runs (it would otherwise rescan the growing heap several times: ~40% slower).
        """
        open_, loads, out = self._cipher.open, json.loads, []
        with _collector_paused():
            for id_, created, offset, updated, payload in rows:
                body = loads(open_(payload, _ENTRY_AAD + id_.encode()))
                out.append(
                    Entry(
                        id_,
                        created,
                        offset,
                        updated,
                        body["text"],
                        body["reading"],
                        body["answers"],
                        body.get("closing"),
                    )
                )
        return out

    def followup_values(self, followup: Followup) -> dict[str, Any]:
        answer = None
        if followup.answer is not None:
            answer = self.seal_answer(followup.id, followup.answer)
        return {
            "id": followup.id,
            "user_id": self._user_id,
            "entry_id": followup.entry_id,
            "due_on": followup.due_on,
            "payload": self._cipher.seal_json(
                followup.payload(), aad("followups", "payload", followup.id)
            ),
            "answer": answer,
        }

    def seal_answer(self, followup_id: str, answer: dict[str, Any]) -> bytes:
        return self._cipher.seal_json(answer, aad("followups", "answer", followup_id))

    def followup(self, row: Any) -> Followup:
        """A row of FOLLOWUP_COLUMNS to a follow-up."""
        id_, entry_id, due_on, payload, answer = row
        body = self._cipher.open_json(payload, aad("followups", "payload", id_))
        opened = None
        if answer is not None:
            opened = self._cipher.open_json(answer, aad("followups", "answer", id_))
        return Followup(id_, entry_id, due_on, body["kind"], body["what"], opened)

    def seal_profile(self, profile: dict[str, Any]) -> bytes:
        return self._cipher.seal_json(profile, aad("profiles", "payload", self._user_id))

    def profile(self, payload: bytes | None) -> dict[str, Any]:
        if payload is None:
            return {}
        opened: dict[str, Any] = self._cipher.open_json(
            payload, aad("profiles", "payload", self._user_id)
        )
        return opened


@contextmanager
def _collector_paused() -> Iterator[None]:
    """Pause the cyclic garbage collector, and restart it only if this call stopped it."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def as_stored(entry: Entry) -> Entry:
    """The entry as it will read back: its dicts pass through JSON once (and are copies)."""
    body = json.loads(to_json(entry.payload()))
    return replace(entry, reading=body["reading"], answers=body["answers"], closing=body["closing"])
