"""One builder per practice: an `Entry` in, a `Step` out, every line made from her words.

The order of the builders here is the order of the steps in a plan.
"""

from __future__ import annotations

import re
from datetime import timedelta
from urllib.parse import quote as url_quote

from unshame import helplines
from unshame.explain import when
from unshame.practices.apology import apology
from unshame.practices.entry import Entry
from unshame.practices.friend import friend_rewrite, verdict_span, verdicts
from unshame.practices.profile import Person
from unshame.practices.reframe import find_standard, replace_standard
from unshame.practices.repair import for_her, learn_draft, next_time_draft
from unshame.practices.steps import Field, Step
from unshame.practices.words import (
    capitalize,
    clause_end,
    has_letters,
    join_list,
    quote,
    sentence_span,
    straighten,
    words,
)

_F = re.IGNORECASE
_SURE = ("not sure",)


# ---------------------------------------------------------------- 1. tell guilt from shame


def _shame_quotes(e: Entry) -> list[str]:
    out: list[str] = []
    last_end = -1
    shame = [s for s in verdicts(e.text, e.reading) if s.type == "shame"]
    for signal in sorted(shame, key=lambda s: s.start):
        if signal.start < last_end:
            continue
        said = verdict_span(e.text, signal)
        last_end = signal.start + len(said)
        out.append(quote(said, 60))
        if len(out) == 2:
            break
    return out


def tell_apart(e: Entry) -> Step:
    kind = e.reading.kind
    lines: list[str] = []
    if e.action is not None and kind in ("guilt", "mixed"):
        said = quote(e.text[e.action.start : e.action.end], 70)
        if e.action.family in _NOT_WRONG:
            lines.append(
                f"{said} is about something you did, and feeling guilty doesn't make it wrong."
            )
        else:
            lines.append(
                f"{said} is about something you did: that's guilt, and it can be repaired."
            )
    shame = _shame_quotes(e) if kind in ("shame", "mixed") else []
    if len(shame) == 2:
        lines.append(f"{shame[0]} and {shame[1]} are verdicts on who you are: that's shame.")
    elif shame:
        lines.append(f"{shame[0]} is a verdict on who you are: that's shame, not a fact.")
    elif kind in ("shame", "mixed"):
        lines.append("Part of what you wrote is a verdict on who you are: that's shame.")
    if kind == "shame" and e.action is None:
        lines.append("Nothing in it names something you actually did wrong.")
    if kind == "guilt":
        lines.append(
            "If it feels heavier than one mistake, ask whether it has become a verdict on you."
        )
    return Step(
        key="tell_apart",
        title="Guilt or shame?",
        question="Is this about something you did, or a verdict on who you are?",
        suggestion=" ".join(lines),
        fields=(
            Field(
                "did_wrong",
                "Did you actually do something wrong, or do you just feel not good enough?",
                "choice",
                "",
                ("I did something I regret", "I feel not good enough", "both", *_SURE),
            ),
            Field(
                "standard",
                "Does this feeling come from a standard no one could meet every day?",
                "choice",
                "",
                ("yes", "no", *_SURE),
            ),
            Field(
                "other_mom",
                "Would you judge another mom this hard for the same thing?",
                "choice",
                "",
                ("no, I'd be kinder to her", "yes, just as hard", *_SURE),
            ),
        ),
    )


# ---------------------------------------------------------------- 2. the standard behind it


def expectation(e: Entry) -> Step:
    signals = e.reading.signals_of("expectation")
    plain = straighten(e.text)
    start = signals[0].start if signals else find_standard(plain)
    standard = ""
    if start is not None:
        end = max(clause_end(plain, start), signals[0].end if signals else start)
        standard = e.text[start:end]
    replacement = replace_standard(standard) if words(standard) else replace_standard("")
    asked = (
        f"You wrote {quote(standard, 80)}. Could any mother meet that every day?"
        if words(standard)
        else "Is the standard behind this one any mother could meet every day?"
    )
    return Step(
        key="expectation",
        title="The standard behind it",
        question=asked,
        suggestion=replacement,
        fields=(Field("replacement", "A kinder, truer standard", "textarea", replacement),),
    )


# ---------------------------------------------------------------- 3. learn and repair


_CHILD_WORDS = re.compile(
    r"\bmy\s+(?:(?:little|older|younger|oldest|youngest|eldest|teenage|teen|grown|adult|baby"
    r"|\d{1,2}[- ]year[- ]old)\s+)?(?:son|daughter|boy|girl|toddler|baby|teen|teenager|kid)\b",
    _F,
)


def _who(e: Entry) -> str:
    """Whom the repair is for: her child's name, "your son", or "them"."""
    if e.child.name and not e.child.plural:
        return e.child.name
    if e.action and not e.child.plural and (found := _CHILD_WORDS.search(e.action.body)):
        return "your" + found.group(0)[2:]
    return "them"


# Acts that mothers feel guilty about and that are no wrong: (what it was, why).
_NOT_WRONG = {
    "selfcare": (
        "a need",
        "Rest is a need, not a luxury, and your kids learn that from watching you.",
    ),
    "necessity": (
        "what your family needed",
        "Doing what your family needs is not a wrong to repair. "
        "What counts is the time you do have together.",
    ),
}


def learn_repair(e: Entry) -> Step:
    action, child = e.action, e.child
    who = _who(e)
    fact = capitalize(for_her(action, child)) if action else ""
    if action and action.family in _NOT_WRONG:
        wrong, why = _NOT_WRONG[action.family]
        return Step(
            key="learn_repair",
            title="Learn, and let it go",
            question=f"{fact}. Was that really wrong, or was it {wrong}?",
            suggestion=why,
            fields=(
                Field("learn", "What you can learn from it", "textarea", learn_draft(action)),
                Field(
                    "next_time",
                    "What you'll tell yourself next time",
                    "textarea",
                    next_time_draft(action),
                ),
            ),
        )
    if action and action.form == "did" and len(fact.split()) <= 14:
        asked = f"{fact}: something you did, not who you are."
    else:
        asked = "This is about something you did, not who you are."
    asked += f" What can you learn, and how could you make it right with {who}?"
    script = apology(action, child)
    return Step(
        key="learn_repair",
        title="Learn and repair",
        question=asked,
        suggestion=script,
        fields=(
            Field("learn", "What you can learn from it", "textarea", learn_draft(action)),
            Field(
                "next_time",
                "What you'll do differently next time",
                "textarea",
                next_time_draft(action),
            ),
            Field(
                "repair", f"What you could say to {child.name or 'your child'}", "textarea", script
            ),
            Field(
                "repair_on",
                "When to check in on the repair",
                "date",
                (e.today + timedelta(days=1)).isoformat(),
            ),
        ),
    )


# ---------------------------------------------------------------- 4. stop comparing

_SEEN = (
    (
        re.compile(
            r"\b(?:insta\w*|facebook|fb|tiktok|pinterest|online|post\w*|feed|reels?"
            r"|influencers?|social\s+media|photos?|pictures?|pics)\b",
            _F,
        ),
        "the part they choose to post",
    ),
    (
        re.compile(r"\b(?:school|pick-?up|drop-?off|gate|playground|park|class|daycare)\b", _F),
        "a few minutes at the school gate",
    ),
    (
        re.compile(r"\bmy\s+(?:mom|mother|mum|grandma|grandmother)\b", _F),
        "what you remember, not what it cost her",
    ),
)


def _seen(e: Entry) -> str:
    signals = e.reading.signals_of("comparison")
    if signals:
        start, end = sentence_span(e.text, signals[0].start)
        said = e.text[start:end]
        for pattern, seen in _SEEN:
            if pattern.search(said):
                return seen
    return "the part they let you see"


def _owned(e: Entry) -> str:
    p = e.profile
    parts = []
    if p.values:
        parts.append(f"you value {join_list(list(p.values[:3]))}")
    if p.strengths:
        noun = "strengths are" if len(p.strengths) > 1 else "strength is"
        parts.append(f"your {noun} {join_list(list(p.strengths[:3]))}")
    if p.gifts:
        parts.append(f"you give your family {join_list(list(p.gifts[:3]))}")
    if not parts:
        return "Name one thing you bring your family that no one else could."
    return "Your own measure: " + "; ".join(parts) + "."


def comparison(e: Entry) -> Step:
    p = e.profile
    suggestion = (
        f"You're comparing your whole life with a fraction of theirs: {_seen(e)}. {_owned(e)}"
    )
    return Step(
        key="comparison",
        title="Your own measure",
        question="What do you bring your family that no one else does?",
        suggestion=suggestion,
        fields=(
            Field("values", "What matters most to you as a mom", "text", ", ".join(p.values)),
            Field("strengths", "Your strengths", "text", ", ".join(p.strengths)),
            Field("gifts", "What you bring your family", "textarea", ", ".join(p.gifts)),
        ),
    )


# ---------------------------------------------------------------- 5. a friend's voice


def friend_voice(e: Entry) -> Step:
    signal, rewrite = friend_rewrite(e.text, e.reading, e.action, e.child)
    said = ""
    if signal is not None:
        s_start, s_end = sentence_span(e.text, signal.start)
        said = e.text[s_start:s_end]
        said = said if has_letters(said) else verdict_span(e.text, signal)
    if has_letters(said):
        asked = f"You wrote {quote(said, 90)}. Would you say that to a friend?"
    else:
        asked = "Would you talk to a friend the way you're talking to yourself?"
    return Step(
        key="friend_voice",
        title="As a friend would say it",
        question=asked,
        suggestion=rewrite,
        fields=(Field("rewrite", "How a kind friend would say it", "textarea", rewrite),),
    )


# ---------------------------------------------------------------- 6. needs and boundaries

_SOUNDS = {
    "no sleep": "short on sleep",
    "haven't slept": "short on sleep",
    "nothing left": "empty",
    "at the end of my rope": "at the end of your rope",
    "can't keep up": "stretched too thin",
    "no time for myself": "like you have no time for yourself",
    "need a break": "like you need a break",
    "drowning": "like you're drowning",
}


def _need_lines(e: Entry) -> tuple[str, str, str]:
    """(why, need, boundary) for the pressure this entry shows."""
    sources = e.reading.sources
    tired = e.depleted
    if tired:
        feel = _SOUNDS.get(tired, tired)
        return (
            f"You sound {feel}. Rest is a need, not a luxury, and asking for help isn't selfish.",
            "An hour of real rest this week, with no one needing me.",
            "I'll say no to one extra thing this week, without explaining why.",
        )
    if "mental_load" in sources:
        return (
            "You're carrying the invisible work of remembering and planning for everyone. "
            "Sharing it isn't failing.",
            "Someone else to own part of the remembering and planning.",
            "I'll hand one recurring job, like appointments or lunches, to someone else, "
            "start to finish.",
        )
    return (
        "The 'good mother' in your head never needs anything. You do, and that's human: "
        "your needs count as much as everyone else's.",
        "Time for myself, without having to earn it.",
        "I can say no without apologising for it.",
    )


def need_boundary(e: Entry) -> Step:
    why, need, boundary = _need_lines(e)
    p = e.profile
    return Step(
        key="need_boundary",
        title="What you need",
        question="What is one thing you need, and one boundary that would protect it?",
        suggestion=why,
        fields=(
            Field("need", "One need", "text", p.needs[0] if p.needs else need),
            Field(
                "boundary", "One boundary", "text", p.boundaries[0] if p.boundaries else boundary
            ),
            Field("follow_up_on", "Check in on this (optional)", "date", ""),
        ),
    )


# ---------------------------------------------------------------- 7. reach out

_HARD = {
    "this morning": "This morning was hard",
    "this afternoon": "This afternoon was hard",
    "this evening": "This evening is hard",
    "tonight": "Tonight is hard",
    "last night": "Last night was hard",
    "yesterday": "Yesterday was hard",
    "today": "Today was hard",
}


def _message(e: Entry, name: str) -> str:
    """A short message that says how she is, never what she wrote."""
    hard = _HARD.get(when(e.text[:20_000]) or "", "Today is hard")
    hi = f"Hi {name}," if name else "Hi,"
    feeling = f"{hard[0].lower()}{hard[1:]} and I'm being really hard on myself as a mom"
    return f"{hi} {feeling}. Could we talk soon?"


def _link(person: Person, message: str) -> tuple[str | None, str | None]:
    phone = re.sub(r"[^\d+]", "", person.phone)
    if re.fullmatch(r"\+?\d{3,15}", phone):
        return f"sms:{phone}?body={url_quote(message, safe='')}", f"Text {person.name}"
    if re.fullmatch(r"[^@\s?&#/:]+@[^@\s?&#/:]+\.[^@\s?&#/:]+", person.email):
        address = url_quote(person.email, safe="@")
        subject = url_quote("Could we talk?", safe="")
        return (
            f"mailto:{address}?subject={subject}&body={url_quote(message, safe='')}",
            f"Email {person.name}",
        )
    return None, None


def reach_out(e: Entry) -> Step:
    people = e.profile.people
    if not people:
        lines = helplines.region(e.profile.region or None).lines
        support = [line.name for line in lines if not line.crisis]
        extra = (
            f" If no one comes to mind yet, the {support[0]} is there for moms." if support else ""
        )
        message = _message(e, "")
        return Step(
            key="reach_out",
            title="You don't have to carry this alone",
            question="Who is one person you could tell: a friend, your partner, a mom group, "
            "a therapist?",
            suggestion=f"Shame grows in silence and shrinks when it's shared.{extra}",
            fields=(
                Field("person", "Someone you could reach out to", "text", ""),
                Field("message", "What you could send", "textarea", message),
            ),
        )
    person = next((p for p in people if p.phone or p.email), people[0])
    message = _message(e, person.name)
    link, label = _link(person, message)
    names = tuple(p.name for p in people)
    return Step(
        key="reach_out",
        title="You don't have to carry this alone",
        question=f"Could you tell {person.name} how you're feeling today?",
        suggestion=message,
        fields=(
            Field(
                "person",
                "Who to reach out to",
                "choice" if len(names) > 1 else "text",
                person.name,
                names if len(names) > 1 else (),
            ),
            Field("message", "Your message", "textarea", message),
        ),
        link=link,
        link_label=label,
    )
