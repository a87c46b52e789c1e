"""Crisis phrasings by family of wording, written for the tests (not corpus lines).

Each module holds CRISIS, new wordings of its family that the rules must catch, and
NOT_CRISIS, ordinary sentences sharing their words that must raise no crisis rule;
tests/test_crisis.py checks both, in capitals too.
"""

from crisis_tables import (
    heldout5,
    heldout6,
    heldout7,
    heldout8,
    heldout9,
    heldout10,
    mind,
    others,
    plans,
    self_harm,
)

# Every table, in the order the tests list them; a new table is added here only.
TABLES = (
    plans,
    self_harm,
    others,
    mind,
    heldout5,
    heldout6,
    heldout7,
    heldout8,
    heldout9,
    heldout10,
)
