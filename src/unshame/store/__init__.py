"""The encrypted journal store: `Journal`, and the `Entry` and `Followup` values it returns.

Layout: `journal` (the API), `records` (the values), `models` (the tables),
`database` (engines, transactions, migrations), `exchange` (the export format).
"""

from __future__ import annotations

from unshame.errors import DamagedRecord, SchemaTooNew
from unshame.store.journal import Journal
from unshame.store.records import FOLLOWUP_KINDS, Entry, Followup

__all__ = ["FOLLOWUP_KINDS", "DamagedRecord", "Entry", "Followup", "Journal", "SchemaTooNew"]
