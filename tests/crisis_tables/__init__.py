"""Crisis phrasings by family of wording, written for the tests (not corpus lines).

Each module holds CRISIS, new wordings of its family that the rules must catch, and
NOT_CRISIS, ordinary sentences sharing their words that must raise no crisis rule;
tests/test_crisis.py checks both, in capitals too.
"""

import importlib

# Every table, in the order the tests list them; a new table is added here only.
NAMES = ("general", "plans", "self_harm", "others", "mind", *(f"heldout{n}" for n in range(5, 40)))
TABLES = tuple(importlib.import_module(f"crisis_tables.{name}") for name in NAMES)
