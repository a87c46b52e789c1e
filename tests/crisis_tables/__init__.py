"""Crisis phrasings by family of wording, written for the tests (not corpus lines).

Each module holds CRISIS, new wordings of its family that the rules must catch, and
NOT_CRISIS, ordinary sentences sharing their words that must raise no crisis rule;
tests/test_crisis.py checks both, in capitals too.
"""
