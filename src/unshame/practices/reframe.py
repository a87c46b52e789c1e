"""Kinder sentences made from hers: a realistic standard, and a friend's voice.

`replace_standard` rewrites the very sentence that holds her standard
("A good mom never loses her patience" -> "A good-enough mom loses her patience
sometimes, and then she repairs and reconnects."). Each rewrite is a small rule; when
none fits safely, a warm general sentence stands in. Her words are only matched and
joined, never evaluated.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from unshame.practices.words import capitalize, sentence, third_person, tidy, words

_FLAGS = re.IGNORECASE
_GENERAL = (
    "I'm human: I can get things wrong, then repair and reconnect. "
    "Good enough is the bar, not perfect."
)
_MAX_REST_WORDS = 14
_ADJ = (
    r"(?:good|real|proper|decent|great|loving|normal|perfect|caring|devoted|better|competent"
    r"|responsible|capable|present)"
)
_ROLE = r"(?:mom|mother|mum|mama|mommy|momma|parent|wife|woman)"
_ROLES = r"(?:moms|mothers|mums|mamas|mommies|parents|wives|women)"
_NEG = (
    r"(?:(?:would|should|must|will|can|could)\s+never|never|doesn't|does\s+not|wouldn't|would\s+not|shouldn't|should\s+not|isn't|is\s+not"
    r"|can't|cannot|mustn't|must\s+not|don't|do\s+not|won't|aren't|are\s+not|wouldnt"
    r"|shouldnt|doesnt|dont)"
)
_MODAL = r"(?:should|must|would|has\s+to|have\s+to|needs\s+to|need\s+to|can|could|ought\s+to)"
_ALWAYS_WORDS = re.compile(
    r"\s*\b(?:always|all\s+the\s+time|every\s+single\s+time|every\s+time|at\s+all\s+times"
    r"|constantly|24/7|ever)\b",
    _FLAGS,
)
_ALL_WORDS = re.compile(
    r"\b(?:it\s+all|everything|all\s+of\s+it|all\s+of\s+this|all\s+this|all\s+that"
    r"|anything|every\s+thing|all)\b(?:\s+(?:alone|myself|by\s+myself|on\s+my\s+own"
    r"|herself|by\s+herself|on\s+her\s+own))?",
    _FLAGS,
)
_HOLD_VERBS = re.compile(r"^(?:handle|do|manage|juggle|carry|cope\s+with|hold|balance)\b", _FLAGS)
_MISTAKES = re.compile(
    r"\b(?:lose|loses|lost|yell|yells|snap|snaps|scream|screams|shout|shouts|forget|forgets"
    r"|miss|misses|get\s+angry|gets\s+angry|raise|raises|mess|messes|mistake|mistakes|temper"
    r"|patience|cool|slip|slips|fail|fails|complain|complains)\b",
    _FLAGS,
)
_SELF = re.compile(r"\b(?:first|needs|herself|myself|others|everyone|everybody|family)\b", _FLAGS)


def _rest(raw: str) -> str | None:
    """The tail of her standard, cleaned; None when it is empty or too long to rework."""
    rest = raw.strip(" ,;:-")
    if not rest or len(words(rest)) > _MAX_REST_WORDS or "\u2026" in rest:
        return None
    return rest


def _drop_always(rest: str) -> str:
    return " ".join(_ALWAYS_WORDS.sub("", rest).split())


def _first_to_third(rest: str) -> str:
    """ "yell at her kids" -> "yells at her kids" (the first word is the verb)."""
    head, _, tail = rest.partition(" ")
    return f"{third_person(head)} {tail}".strip()


def _can_a_lot(verb_rest: str, subject: str, allowed: str) -> str | None:
    """ "handle it all" -> "<subject> can handle a lot, and <allowed> to need help."."""
    if not _HOLD_VERBS.match(verb_rest) or not _ALL_WORDS.search(verb_rest):
        return None
    lot = _ALL_WORDS.sub("a lot", verb_rest, count=1)
    return f"{subject} can {lot}, and {allowed} to need help."


# ---------------------------------------------------------------- "a good mom never ..."


def _good_role(m: re.Match[str]) -> str:
    """The rewrite for "a good mom ...", or a general one for her role when none fits."""
    plural = m.group("roles") is not None
    role = (m.group("roles") or m.group("role")).lower()
    she = "they" if plural or role == "parent" else "she"
    made = _good_role_rest(m)
    if made:
        return made
    if m.group("rest").lower().startswith(("have known", "have noticed", "have seen")):
        return f"A good-enough {role} can't see everything coming, and {she} learns as {she} goes."
    subject = f"Good-enough {role}" if plural else f"A good-enough {role}"
    make = "make" if plural else "makes"
    return f"{subject} {make} mistakes, and {she} learns and repairs as {she} goes."


def _good_role_rest(m: re.Match[str]) -> str | None:
    plural = m.group("roles") is not None
    role = (m.group("roles") or m.group("role")).lower()
    subject = f"Good-enough {role}" if plural else f"A good-enough {role}"
    she, her = ("they", "their") if plural or role == "parent" else ("she", "her")
    mod = " ".join(m.group("mod").lower().split())
    rest = _rest(m.group("rest"))
    if rest is None:
        return None
    repairs = "repair and reconnect" if she == "they" else "repairs and reconnects"
    if re.fullmatch(_MODAL, mod, _FLAGS) and rest.lower().startswith(("never ", "always ")):
        word, rest = rest.split(" ", 1)  # "would never forget", "would always know"
        mod = "can't" if word.lower() == "never" else "always"
        if mod == "always" and not plural:
            rest = _first_to_third(rest)
    if re.fullmatch(_NEG, mod, _FLAGS):
        if mod not in ("never",) and not plural:
            rest = "is " + rest if mod in ("isn't", "is not") else _first_to_third(rest)
        elif mod in ("aren't", "are not"):
            rest = "are " + rest
        tail = (
            f"and then {she} {repairs}"
            if _MISTAKES.search(rest)
            else "and that's part of being human"
        )
        return f"{subject} {rest} sometimes, {tail}."
    rest = _drop_always(rest)
    if not rest:
        return None
    tail = f"and {her} own needs count too" if _SELF.search(rest) else "and that's enough"
    if mod in ("is", "are"):
        return f"{subject} {mod} often {rest}, but not always, {tail}."
    if mod == "always":
        head, _, after = rest.partition(" ")
        if head.lower() in ("be", "is", "are") and after:
            return f"{subject} {'are' if plural else 'is'} often {after}, but not always, {tail}."
        return f"{subject} often {rest}, but not always, {tail}."
    if re.fullmatch(_MODAL, mod, _FLAGS):
        if rest.lower().startswith("have "):
            return None  # "would have known": no safe rewrite
        rest = re.sub(r"^be\s+able\s+to\s+", "", rest, flags=_FLAGS)
        verb = "they're" if she == "they" else "she's"
        lot = _can_a_lot(rest, subject, f"{verb} allowed")
        if lot:
            return lot
        good = f"good {role}" if plural else f"a good {role}"
        return f"{subject} tries to {rest}, and on the days {she} can't, {verb} still {good}."
    # a present-tense verb: "a good mom puts her kids first", "good moms put ..."
    if not plural and not mod.endswith("s"):
        return None
    return f"{subject} often {mod} {rest}, but not always, {tail}."


# ---------------------------------------------------------------- "moms don't ..."


def _moms(m: re.Match[str]) -> str | None:
    who = " ".join(m.group("who").split())
    singular = who.lower().startswith("a ")
    subject = capitalize(who)
    is_human = f"{subject} is human: she" if singular else f"{subject} are human: they"
    mod = " ".join(m.group("mod").lower().split())
    rest = _rest(m.group("rest"))
    if rest is None:
        return None
    if re.fullmatch(_MODAL, mod, _FLAGS) and rest.lower().startswith("never "):
        mod, rest = "can't", rest[6:]  # "should never complain"
    if re.fullmatch(_NEG, mod, _FLAGS):
        rest = _first_to_third(rest) if singular else rest
        return f"{is_human} {rest} sometimes, and that's okay."
    rest = re.sub(r"^be\s+able\s+to\s+", "", _drop_always(rest), flags=_FLAGS)
    if not rest:
        return None
    return f"{is_human} can't always {rest}, and that's okay."


# ---------------------------------------------------------------- "I should ..."


def _able(m: re.Match[str]) -> str | None:
    rest = _rest(_drop_always(m.group("rest")))
    if rest is None:
        return None
    return (
        _can_a_lot(rest, "I", "I'm allowed")
        or f"I'd like to {rest}, and on the days I can't, I'm allowed to need help."
    )


def _always(m: re.Match[str]) -> str | None:
    rest = _rest(m.group("rest"))
    if rest is None:
        return None
    tail = "my needs count too" if _SELF.search(rest) else "that's enough"
    return f"I can often {rest}, but not always, and {tail}."


def _never(m: re.Match[str]) -> str | None:
    rest = _rest(m.group("rest"))
    if rest is None:
        return None
    if _MISTAKES.search(rest):
        return f"I'll {rest} sometimes, because I'm human, and I can repair it when I do."
    return f"I'll {rest} sometimes, because I'm human, and that's okay."


def _supposed(m: re.Match[str]) -> str | None:
    rest = _rest(_drop_always(m.group("rest")))
    if rest is None:
        return None
    return _should_special(rest) or (
        f"I'd like to {rest}, and I don't have to get it right every time."
    )


def _first_or_more(rest: str) -> str | None:
    low = rest.lower()
    if re.match(r"put\s+(?:\w+\s+){1,3}first\b", low) or re.search(r"\beveryone\b", low):
        return f"I can often {rest}, but not always, and my needs count too."
    if re.match(r"(?:be\s+doing|do|give)\s+more\b", low):
        return "I'm already doing a lot, and rest is part of doing it well."
    return None


def _should_special(rest: str) -> str | None:
    low = rest.lower()
    lot = _can_a_lot(rest, "I", "I'm allowed") or _first_or_more(rest)
    if lot:
        return lot
    if re.match(
        r"(?:be\s+(?:perfect|everything|all\s+things)|have\s+(?:it|my|our)\b|keep\s+up)", low
    ):
        return f"I don't have to {rest}; good enough is enough."
    if re.match(r"be\s+(?:a\s+)?better\s+(?:mom|mother|mum|parent)\b", low):
        return "I'm already a good-enough mom, and I can keep growing."
    if re.match(r"be\s+(?:more|better|calmer|happier|stronger|a\s+better)\b", low):
        return f"I'd like to {rest}, and I can grow into it one day at a time."
    if re.match(r"be\s+(?:strong|the\s+(?:strong|calm|one)|available)\b", low):
        return f"I don't have to {rest} all the time; I'm allowed to need help too."
    if feel := re.match(r"(?:feel|be)\s+(grateful|thankful|happy|blessed|fulfilled|lucky)\b", low):
        return f"I can feel {feel.group(1)} and still find this hard."
    if re.match(r"(?:love|enjoy|cherish)\s+(?:every|each|this|being|it)\b", low):
        return "I can love my kids and still find this hard."
    if re.match(r"know\s+(?:how|what|everything)\b", low):
        return "I don't have to know everything; I can learn as I go."
    return None


def _should(m: re.Match[str]) -> str | None:
    rest = _rest(_drop_always(m.group("rest")))
    if rest is None:
        return None
    return _should_special(rest) or f"I don't have to {rest} to be a good mom."


def _should_not(m: re.Match[str]) -> str | None:
    rest = _rest(_drop_always(m.group("rest")))
    if rest is None:
        return None
    rest = re.sub(r"^have\s+to\s+ask\b", "ask", rest, flags=_FLAGS)
    return f"I'm allowed to {rest}, and it doesn't make me any less of a mom."


def _every_minute(m: re.Match[str]) -> str | None:
    verb, unit = m.group("verb").lower(), m.group("unit").lower()
    return f"I don't have to {verb} every {unit} to love my kids. Nobody does."


def _job(m: re.Match[str]) -> str | None:
    role = m.group("role").lower()
    return f"A {role}'s job is big, and she doesn't have to do it alone or perfectly."


_I = r"^(?:as\s+a\s+(?:mom|mother|mum|parent)\s*,?\s+)?I\s+(?:really\s+|honestly\s+|just\s+)?"
_RULES: tuple[tuple[re.Pattern[str], Callable[[re.Match[str]], str | None]], ...] = (
    (
        re.compile(
            r"\b(?P<verb>love|enjoy|cherish|treasure|savor|savour)\s+(?:every|each)\s+"
            r"(?:single\s+)?(?P<unit>minute|moment|second|day)\b",
            _FLAGS,
        ),
        _every_minute,
    ),
    (
        re.compile(
            rf"^(?:(?:a|any|the|every)\s+{_ADJ}\s+(?P<role>{_ROLE})|{_ADJ}\s+(?P<roles>{_ROLES}))"
            rf"\s+(?P<mod>{_NEG}|always|{_MODAL}|is|are|[a-z]+)\s+(?P<rest>.+)$",
            _FLAGS,
        ),
        _good_role,
    ),
    (
        re.compile(
            rf"^(?P<who>{_ROLES}|a\s+{_ROLE})\s*,?\s+(?:are\s+|is\s+)?(?P<mod>supposed\s+to"
            rf"|meant\s+to|expected\s+to|should|must|ought\s+to|have\s+to|has\s+to|needs?\s+to"
            rf"|{_NEG}|always|just)\s+(?P<rest>.+)$",
            _FLAGS,
        ),
        _moms,
    ),
    (
        re.compile(
            rf"(?:{_I}(?:should|must|ought\s+to|need\s+to|have\s+to|gotta)\s+(?:always\s+)?"
            r"|\b(?:should|must)\s+)be\s+able\s+to\s+(?P<rest>.+)$",
            _FLAGS,
        ),
        _able,
    ),
    (
        re.compile(
            rf"{_I}(?:should|must|ought\s+to|need\s+to|have\s+to|gotta)\s+always\s+(?P<rest>.+)$",
            _FLAGS,
        ),
        _always,
    ),
    (
        re.compile(rf"{_I}(?:should|must)\s+never\s+(?P<rest>.+)$", _FLAGS),
        _never,
    ),
    (
        re.compile(
            rf"{_I}(?:shouldn't|should\s+not|shouldnt|mustn't|must\s+not)\s+(?:ever\s+)?"
            r"(?P<rest>.+)$",
            _FLAGS,
        ),
        _should_not,
    ),
    (
        re.compile(
            r"^(?:as\s+a\s+(?:mom|mother|mum|parent)\s*,?\s+)?(?:I'm|I\s+am)\s+(?:really\s+|just\s+)?"
            r"(?:supposed|meant|expected)\s+to\s+(?P<rest>.+)$",
            _FLAGS,
        ),
        _supposed,
    ),
    (
        re.compile(
            rf"{_I}(?:always\s+)?(?:should|must|ought\s+to|need\s+to|have\s+to|gotta)\s+"
            r"(?P<rest>.+)$",
            _FLAGS,
        ),
        _should,
    ),
    (
        re.compile(
            r"^(?:a\s+)?(?P<role>mother|mom|mum|parent)'?s\s+(?:job|duty|place|role)\s+is\b",
            _FLAGS,
        ),
        _job,
    ),
)


_STANDARD = re.compile(
    rf"\b(?:a|any|the|every)\s+{_ADJ}\s+{_ROLE}\b|\b{_ADJ}\s+{_ROLES}\b"
    rf"|\b(?:{_ROLES}|a\s+{_ROLE})\s+(?:are\s+|is\s+)?(?:supposed|meant|expected|should|must"
    r"|shouldn't|don't|never|always)\b|\bI'?m\s+(?:supposed|meant|expected)\s+to\b"
    r"|\bI\s+(?:really\s+)?(?:should|must|have\s+to|need\s+to|gotta)\s+(?:always\s+|never\s+)?"
    r"(?:be|do|handle|manage|love|enjoy|know|have\s+it|put|keep)\b"
    r"|\bI\s+(?:shouldn't|should\s+not|mustn't)\s+(?:need|want|feel|get|complain|be)\b",
    _FLAGS,
)


def find_standard(text: str) -> int | None:
    """Where a standard she voices begins, when the reading does not point at one."""
    found = _STANDARD.search(text, 0, min(len(text), 20_000))
    return found.start() if found else None


def replace_standard(standard: str) -> str:
    """A realistic, kind replacement for the sentence that holds her standard."""
    clean = tidy(standard).strip(" .!?,;:-")
    for pattern, build in _RULES:
        found = pattern.search(clean)
        if found:
            made = build(found)
            if made:
                return sentence(made)
    return _GENERAL


GENERAL_STANDARD = _GENERAL
