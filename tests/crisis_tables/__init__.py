"""Crisis phrasings by family of wording, written for the tests (not corpus lines)."""
