"""Her words, reworked: sentences and clauses, quotes, and turning "I" into "you".

Pure functions over plain strings. Her text is only sliced, matched and joined,
never evaluated or used as a format string. Every pattern here is linear: no nested
unbounded repeats, and searches are bounded to a window around the words in hand.
"""

from __future__ import annotations

import re


def wordset(text: str) -> frozenset[str]:
    """A set of words written as one string, a word list kept compact."""
    return frozenset(text.split())


# One character for one character, so offsets into her text stay valid.
_STRAIGHT = str.maketrans({"\u2019": "'", "\u2018": "'", "\u02bc": "'", "`": "'", "\u00b4": "'"})
_QUOTES = str.maketrans({'"': "'", "\u201c": "'", "\u201d": "'"})
_WORD = re.compile(r"[^\W_]+(?:'[^\W_]+)*")
_SPACE = re.compile(r"\s+")
_TERMINATOR = re.compile(r"[.!?\n]")
_WINDOW = 400  # the longest sentence or clause we look at, in characters
MAX_CLAUSE_WORDS = 18

# Where a clause about what she did stops: punctuation, a new subject, or the reason
# she gives for it (an apology keeps the act and drops the justification).
_SUBJECT = (
    r"(?:i|i'm|im|i've|ive|i'd|i'll|he|she|they|we|it|he's|she's|they're|it's|that|this"
    r"|there|now|then\s+(?:i|he|she|they)|everyone|everybody|nobody|no\s+one|my\s+(?:husband|partner|wife|boss"
    r"|mom|mother|mum|dad|ex))\b"
)
_CLAUSE_BREAK = re.compile(
    r"[,;:()\[\]\"!?.\n\u201c\u201d]|\s[-\u2013\u2014]+\s|[\u2013\u2014]"
    r"|\b(?:but|because|cause|cuz|coz|since|though|although|while|whereas|yet|which|when"
    r"|whenever|if|unless|until|even\s+though|lol|haha|ugh|smh)\b"
    rf"|\b(?:and|so|then|or|after|before|as|now)\s+(?={_SUBJECT})"
    r"|\band\s+(?=(?:feel|felt|am|hate|regret|can't|cannot|couldn't|now|still|honestly)\b)"
    r"|\band\s+(?=(?:[^\W\d_]+\s+){1,3}(?:is|are|was|were|look|looks|seem|seems|has|have|had"
    r"|got|went|cried|started|said|says|felt|feels|didn't|doesn't|don't|won't|can't)\b)"
    r"|\bfor\s+(?=[a-z]+ing\b)",
    re.IGNORECASE,
)

# Words after "her" or "sons" that show it is not a possessive ("told her she", "sons and").
NOT_NOUNS = wordset(
    """she he they i we it you me him her them my his their was is were had has would could
    a an the some this that these those today tonight yesterday again at to for with in on
    about from off up out down back over away and but or so because when while after
    before until too all both anymore anything everything enough cry go do watch have be
    feel know think sit stand wait come get take make try stop finish use see help walk
    run talk speak say tell eat sleep stay leave play sob sobbing crying alone first last
    more less once"""
)

# Apostrophe-less contractions she may type, with the spelling we write back.
CONTRACTIONS = {
    "im": "I'm",
    "ive": "I've",
    "dont": "don't",
    "didnt": "didn't",
    "cant": "can't",
    "wont": "won't",
    "wasnt": "wasn't",
    "isnt": "isn't",
    "couldnt": "couldn't",
    "shouldnt": "shouldn't",
    "wouldnt": "wouldn't",
    "doesnt": "doesn't",
    "havent": "haven't",
    "hasnt": "hasn't",
    "arent": "aren't",
    "werent": "weren't",
    "shouldve": "should have",
    "should've": "should have",
    "couldve": "could have",
    "could've": "could have",
    "wouldve": "would have",
    "would've": "would have",
    "thats": "that's",
    "whats": "what's",
    "hes": "he's",
    "shes": "she's",
    "theyre": "they're",
    "youre": "you're",
}

# First person to second person, for speaking to her.
_TO_HER = {
    "i": "you",
    "i'm": "you're",
    "im": "you're",
    "i've": "you've",
    "ive": "you've",
    "i'd": "you'd",
    "i'll": "you'll",
    "me": "you",
    "my": "your",
    "mine": "yours",
    "myself": "yourself",
}
_AFTER_I = {"am": "are", "was": "were", "wasn't": "weren't", "wasnt": "weren't"}


def straighten(text: str) -> str:
    """Her text with straight apostrophes, every character at its offset."""
    return text.translate(_STRAIGHT)


def squash(text: str) -> str:
    """Whitespace (newlines included) collapsed to single spaces, ends trimmed."""
    return _SPACE.sub(" ", text).strip()


def words(text: str) -> list[str]:
    return _WORD.findall(text)


def has_letters(text: str) -> bool:
    """Whether there is a word to show: a letter that survives quoting."""
    return any(c.isalpha() for c in text.translate(_QUOTES))


def sentence_span(text: str, offset: int) -> tuple[int, int]:
    """The sentence holding `offset`: from after the last . ! ? or newline, to the next."""
    lo = max(0, offset - _WINDOW)
    start = lo
    for match in _TERMINATOR.finditer(text, lo, offset):
        start = match.end()
    end_match = _TERMINATOR.search(text, offset, min(len(text), offset + _WINDOW))
    end = end_match.start() if end_match else min(len(text), offset + _WINDOW)
    while start < end and text[start].isspace():
        start += 1
    return start, max(start, end)


def clause_end(text: str, start: int, *, skip: int = 0) -> int:
    """Where the clause that begins at `start` stops (the first break after `skip` chars)."""
    limit = min(len(text), start + _WINDOW)
    found = _CLAUSE_BREAK.search(text, min(limit, start + skip), limit)
    end = found.start() if found else limit
    while end > start and not (text[end - 1].isalnum() or text[end - 1] == "'"):
        end -= 1
    return end


def clean_case(text: str) -> str:
    """Lower-case shouting (all capitals) and write "i" as "I"; keep her other capitals."""
    letters = [c for c in text if c.isalpha()]
    if len(letters) > 3 and sum(c.isupper() for c in letters) > 0.6 * len(letters):
        text = text.lower()
    return re.sub(r"\bi\b", "I", text)


def fix_contractions(text: str) -> str:
    """ "im" -> "I'm", "didnt" -> "didn't", "shouldve" -> "should have"."""

    def swap(match: re.Match[str]) -> str:
        word = match.group(0)
        return CONTRACTIONS.get(word.lower(), word)

    return _WORD.sub(swap, text)


def tidy(text: str) -> str:
    """Her words, ready to sit inside our sentence: spaces, capitals and contractions."""
    return clean_case(fix_contractions(squash(straighten(text))))


def to_her(text: str, *, after_i: bool = False) -> str:
    """Her first-person words spoken back to her: "I lost my temper" -> "you lost your temper".

    With `after_i`, the text is what followed "I" ("was on my phone" -> "were on your phone").
    """
    out: list[str] = []
    last_word = "you" if after_i else ""
    pos = 0
    for match in _WORD.finditer(text):
        out.append(text[pos : match.start()])
        word = match.group(0)
        low = word.lower()
        if low in _TO_HER:
            new = _TO_HER[low]
        elif last_word in ("i", "you") and low in _AFTER_I:
            new = _AFTER_I[low]
        else:
            new = word
        out.append(new)
        last_word = new.lower()
        pos = match.end()
    out.append(text[pos:])
    return "".join(out)


def capitalize(text: str) -> str:
    """The first letter upper-cased, the rest as it is."""
    for i, c in enumerate(text):
        if c.isalpha():
            return text[:i] + c.upper() + text[i + 1 :]
    return text


def sentence(text: str) -> str:
    """Capitalized, ending in a full stop unless it already ends in . ! or ?."""
    text = capitalize(text.strip())
    return text if text.endswith((".", "!", "?")) else text + "."


def quote(text: str, limit: int = 90) -> str:
    """Her words in quotation marks, trimmed to `limit` characters at a word boundary."""
    text = squash(text.translate(_QUOTES)).strip(" ,;:-'")
    if len(text) > limit:
        cut = text.rfind(" ", 0, limit)
        text = text[: cut if cut > limit // 2 else limit].rstrip(" ,;:-") + "\u2026"
    return f"\u201c{text}\u201d"


def join_list(items: list[str]) -> str:
    """ "a", "a and b", "a, b and c"."""
    if len(items) <= 1:
        return "".join(items)
    return ", ".join(items[:-1]) + " and " + items[-1]


def article(word: str) -> str:
    """ "a" or "an" before `word` (by its sound, roughly)."""
    low = word.lower()
    if low.startswith(("hour", "honest", "heir")):
        return "an"
    if low.startswith(("uni", "use", "usu", "one", "eu")):
        return "a"
    return "an" if low[:1] in set("aeiou") else "a"


def fix_articles(text: str) -> str:
    """Repair "a idiot" / "an mess" after words were dropped between them."""

    def fix(match: re.Match[str]) -> str:
        art, space, word = match.group(1), match.group(2), match.group(3)
        right = article(word)
        return (right.capitalize() if art[0].isupper() else right) + space + word

    return re.sub(r"\b([Aa]n?)(\s+)([^\W\d_]+)", fix, text)


def third_person(verb: str) -> str:
    """The he/she form of a base verb: "lose" -> "loses", "cry" -> "cries"."""
    low = verb.lower()
    irregular = {"be": "is", "have": "has", "do": "does", "go": "goes"}
    if low in irregular:
        return irregular[low]
    if low.endswith(("s", "sh", "ch", "x", "z", "o")):
        return verb + "es"
    if len(low) > 1 and low.endswith("y") and low[-2] not in "aeiou":
        return verb[:-1] + "ies"
    return verb + "s"


def base_form(verb: str) -> str:
    """The base of a he/she verb: "cries" -> "cry", "loses" -> "lose", "has" -> "have"."""
    low = verb.lower()
    irregular = {"is": "be", "has": "have", "does": "do", "goes": "go", "isn't": "aren't"}
    if low in irregular:
        return irregular[low]
    if low.endswith("ies") and len(low) > 4:
        return verb[:-3] + "y"
    if low.endswith(("shes", "ches", "xes", "zes", "sses", "oes")):
        return verb[:-2]
    if low.endswith("s") and not low.endswith("ss"):
        return verb[:-1]
    return verb
