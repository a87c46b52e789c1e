"""Words she could say to the child: her act, with the child as "you", fitted to an age.

"I yelled at Sam this morning" -> "Sam, I'm sorry I yelled at you this morning. I love
you." Names, "my son", "him", "her" and "they" become "you"; a toddler gets a very
short sentence, a teen respect and no lecture, an adult child an invitation to talk.
"""

from __future__ import annotations

import re

from unshame.practices.profile import Child
from unshame.practices.repair import Action, Family
from unshame.practices.words import NOT_NOUNS, base_form, wordset

_CHILD_NOUN = (
    r"(?:son|daughter|kid|child|boy|girl|toddler|baby|teen|teenager|kiddo|little\s+one"
    r"|oldest|youngest|eldest|middle\s+one|older\s+one|younger\s+one|kids|children|boys|girls"
    r"|sons|daughters|babies|twins|stepson|stepdaughter|preschooler|tween|firstborn"
    r"|\d{1,2}\s?-?\s?(?:year|yr)s?\s?-?\s?olds?|\d{1,2}\s?(?:yo|y/o))"
)
_CHILD_ADJ = (
    r"(?:little|big|older|younger|oldest|youngest|eldest|middle|baby|teenage|teen|grown|adult"
    r"|sweet|poor|two|three|sick|\d{1,2}\s?-?\s?(?:year|yr)s?\s?-?\s?old|\d{1,2}\s?yo)"
)
_CHILD_PHRASE = re.compile(
    rf"\b(?:my|our|the)\s+(?:{_CHILD_ADJ}\s+){{0,2}}{_CHILD_NOUN}(?:'s|s'|')?(?![\w-])",
    re.IGNORECASE,
)
_ADULT_PHRASE = re.compile(
    r"\bmy\s+(?:husband|partner|wife|boyfriend|girlfriend|mom|mother|mum|dad|father|friend"
    r"|best\s+friend|sister|brother|boss|coworker|colleague)(?:'s)?\b",
    re.IGNORECASE,
)
# Things of a child's that "the" may stand for: "I forgot the recital" -> "your recital".
_CHILD_THINGS = re.compile(
    r"\bthe\s+(?=(?:recital|game|match|concert|play|party|birthday|lunch|lunchbox|snack"
    r"|homework|project|permission\s+slip|field\s+trip|appointment|practice|show|performance"
    r"|class|lesson|costume|science\s+fair|award|ceremony|graduation|bath|story|bedtime"
    r"\s+story)\b)",
    re.IGNORECASE,
)
# "pick up you" -> "pick you up"
_PHRASAL = re.compile(
    r"\b(pick|picked|drop|dropped|wake|woke|cheer|cheered|tuck|tucked|check|checked|calm|calmed"
    r"|shut|brush|brushed|put|let|leave|left|hang|hung|send|sent)\s+(up|off|in|on|down|out)"
    r"\s+you\b",
    re.IGNORECASE,
)
_BE_HAVE = {
    "is": "are",
    "was": "were",
    "isn't": "aren't",
    "wasn't": "weren't",
    "has": "have",
    "hasn't": "haven't",
    "does": "do",
    "doesn't": "don't",
}
_SUBJECT_SHORT = {"he's": "you're", "she's": "you're", "they're": "you're", "he'd": "you'd"}
_OBJECT = {"him": "you", "his": "your", "himself": "yourself", "herself": "yourself"}
_OBJECT.update({"their": "your", "theirs": "yours", "themselves": "yourself"})
_STEADY_ADVERBS = wordset("""always never just still really often usually also even""")
_THEM_BEFORE = wordset(
    """at to with on told ignored hit spanked pushed rushed scolded punished grounded hurt
    left yelled screamed shouted snapped blamed shamed mocked teased dismissed"""
)


def _replace_child(body: str, child: Child) -> str:
    def phrase(match: re.Match[str]) -> str:
        found = match.group(0)
        if found.endswith(("'s", "s'", "'")):
            return "your"
        following = re.match(r"\s+([a-z]+)", match.string[match.end() :], re.IGNORECASE)
        if (  # "my sons game": a plural-looking child word before a noun is a possessive
            found.lower().endswith("s")
            and following is not None
            and following.group(1).lower() not in NOT_NOUNS
            and not following.group(1).lower().endswith(("ing", "ed"))
        ):
            return "your"
        return "you"

    if child.name:
        name = re.escape(child.name)
        body = re.sub(  # "my son Sam" is one person
            rf"{_CHILD_PHRASE.pattern}\s*,?\s+(?={name}\b)", "", body, flags=re.IGNORECASE
        )
    before = body
    body = _CHILD_PHRASE.sub(phrase, body)
    if child.name:
        body = re.sub(rf"\b{name}'s\b", "your", body, flags=re.IGNORECASE)
        body = re.sub(rf"\b{name}\b(?!')", "you", body, flags=re.IGNORECASE)
    if body == before and _ADULT_PHRASE.search(body):  # no child in it: the adult is "you"
        body = _ADULT_PHRASE.sub(lambda m: "your" if m.group(0).endswith("'s") else "you", body)
    return _CHILD_THINGS.sub("your ", body)


def _pronouns(body: str) -> str:
    """him/her/them -> you, his/their -> your, he/she + verb -> you + verb."""
    tokens = re.findall(r"[^\W_]+(?:'[^\W_]+)*|[\W_]+", body)
    word_at = [i for i, t in enumerate(tokens) if t[:1].isalnum()]
    out = list(tokens)
    for n, i in enumerate(word_at):
        low = tokens[i].lower()
        after = tokens[word_at[n + 1]].lower() if n + 1 < len(word_at) else ""
        before = tokens[word_at[n - 1]].lower() if n > 0 else ""
        if low in _OBJECT:
            out[i] = _OBJECT[low]
        elif low == "them" and before in _THEM_BEFORE:
            out[i] = "you"
        elif low == "her":
            possessive = after and after not in NOT_NOUNS and not after.endswith("ing")
            out[i] = "your" if possessive else "you"
        elif low in _SUBJECT_SHORT:
            out[i] = _SUBJECT_SHORT[low]
        elif low in ("he", "she", "they"):
            out[i] = "you"
            _fix_verb(tokens, out, word_at, n, third=low != "they")
    return "".join(out)


def _fix_verb(tokens: list[str], out: list[str], word_at: list[int], n: int, third: bool) -> None:
    for k in (n + 1, n + 2):
        if k >= len(word_at):
            return
        j = word_at[k]
        low = tokens[j].lower()
        if low in _STEADY_ADVERBS:
            continue
        if low in _BE_HAVE:
            out[j] = _BE_HAVE[low]
        elif third and low.endswith("s") and not low.endswith(("ss", "'s")) and len(low) > 3:
            out[j] = base_form(tokens[j])
        return


def for_child(action: Action, child: Child) -> str:
    """Her words with the child as "you": "yelled at Sam" -> "yelled at you"."""
    body = _replace_child(action.body, child)
    body = _pronouns(body)
    return _PHRASAL.sub(r"\1 you \2", body)


# ---------------------------------------------------------------- the script

_CLOSERS: dict[Family, str] = {
    "anger": "Can we start again?",
    "forgot": "I'll find a better way to remember.",
    "necessity": "",
    "selfcare": "",
    "absent": "Can we have some time together today, just us?",
    "other": "",
}


def _toddler_words(said: str) -> str:
    """Very short and concrete: her act cut after "you", or nothing if it stays long."""
    tokens = said.split()
    if len(tokens) <= 7:
        return said
    for i, token in enumerate(tokens[:7]):
        if token.lower().startswith("you"):
            end = i + 2 if token.lower() == "your" and i + 1 < len(tokens) else i + 1
            return " ".join(tokens[:end])
    return ""


def _core(action: Action, said: str, toddler: bool) -> str:
    if toddler:
        said = _toddler_words(said)
        if not said:
            return "I made a mistake, and I'm sorry."
    if action.form == "did":
        return f"I'm sorry I {said}."
    if action.form == "gerund":
        return f"I'm sorry for {said}."
    lead = (
        action.lead.replace("wish I", "I wish I") if action.form == "wish" else f"I {action.lead}"
    )
    return f"{lead} {said}. I'm sorry."


def apology(action: Action | None, child: Child) -> str:
    """Words she could say to the child, by name when known, fitted to the child's age."""
    name = f"{child.name}, " if child.name and not child.plural else ""
    if action is None:
        return f"{name}I'm sorry about what happened. I love you, and I'm working on it."
    said = for_child(action, child)
    band = child.band
    core = _core(action, said, band in ("baby", "toddler"))
    if band == "baby":
        return f"{name}{core} I love you."
    if band == "toddler":
        return f"{name}{core} I love you. Hug?"
    if band == "teen":
        return f"{name}{core} That wasn't fair to you. If you want to talk, I'm ready to listen."
    if band == "adult":
        if action.form == "did":
            core = f"I've been thinking about when I {said}. I'm sorry."
        return f"{name}{core} I'd like to hear how it was for you, if you're open to it."
    love = "I love you all." if child.plural else "I love you."
    closer = _CLOSERS[action.family] if band == "school" else ""
    fault = " It wasn't your fault." if band == "school" and action.family == "anger" else ""
    return " ".join(part for part in (f"{name}{core}{fault}", love, closer) if part)
