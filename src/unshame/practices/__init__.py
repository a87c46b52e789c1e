"""The guided reflection: from her text and its reading, the few practices it calls for.

    from unshame.analysis import analyze
    from unshame.practices import plan

    reading = analyze(text)
    for step in plan(text, reading, profile).steps:
        ...  # step.question, step.suggestion, step.fields

Each `Step` is plain, frozen data: a question, a suggestion made from her own words,
and the fields she can accept, edit or skip. Nothing here does I/O, and her text is
only matched and sliced, never evaluated. The modules, in the order of the flow:
`words` and `profile` (her words and her profile, read), `repair`, `apology`,
`reframe` and `friend` (her words reworked), `entry` (what the steps share),
`builders` (one step per practice), `planner` (which, in what order), `closing`.
"""

from unshame.practices.closing import CLOSING_QUESTIONS, closing_fields, followups_from
from unshame.practices.planner import plan
from unshame.practices.steps import STEP_KEYS, Field, Plan, Step

__all__ = [
    "CLOSING_QUESTIONS",
    "STEP_KEYS",
    "Field",
    "Plan",
    "Step",
    "closing_fields",
    "followups_from",
    "plan",
]
