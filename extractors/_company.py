"""The company a post's opening names, as HN's "Who is hiring?" threads (and posts
pasted from them) write one.

A wrong company costs more than none: it is shown on the lead, joins it to the wrong
contact ("via Rahul at <company>") and merges or flags it wrongly. So a field is the
company only when it reads as a name and as nothing else, and when unsure there is none.

The header ("Company | Role | Place", or with dashes or semicolons between the fields)
names it first, or second after a role, a place or a work mode ("Senior Engineer |
Acme | Remote", "Berlin | Acme | ..."); else the opening sentence does ("At Acme, we",
"We're Acme.", "Acme is building", "cofounder of Acme", "Engineers @Acme"); when the
first line names none, the next one is read for such a sentence. A status note before
the header ("Edit: closed") is passed over (`header_first`). Only the first lines are
read: a reader that runs on every posting has no need of the rest.

Where a header's fields are as often the stack as the company (HN's freelancer thread:
"SEEKING FREELANCER | Python | Remote"), only its first field may name the company (or
its second after a role), and never one that lists things or names a language or
framework.
"""

from __future__ import annotations

import re
from itertools import chain

from extractors._places import PLACE_NAMES
from extractors._stack import STACK_WORDS

_LINE_CHARS = 200  # a header or an opening sentence fits; the rest of a line is prose
# "(https://x.example)", "(YC W24)", "[x.example]", "(CLOSED)", or an opener left unclosed
_ASIDE = re.compile(r"\([^)]*\)|\[[^\]]*\]|[(\[].*")
_URL = re.compile(r"(?:https?://|www\.)\S*")
_PIPE = re.compile(r"\s*\|\s*")
_LIST = re.compile(r"[,/]")
_STACKED = re.compile(r"[,/+]")  # "Go / Rust", "Django + HTMX"
# between fields without pipes, and between a name and its aside within one
_DASHES = re.compile(r"\s+[—–-]+\s+|\s*;\s+")
_LABELLED = re.compile(r"company\s*:\s*(.+)", re.IGNORECASE)
# "Edit: applications closed", "CLOSED - thanks all": a line before the header
_NOTE = re.compile(r"[\W_]*(?:edit|update|closed|filled)\b", re.IGNORECASE)

# a name as prose writes it: capitalised words ("Gambit Robotics", "xFigura", "Mem0.ai")
_WORD = r"(?:[A-Z0-9]|[a-z]+[A-Z])[\w&'’+-]*(?:\.\w[\w&'’+-]*)*"
_NAME = re.compile(rf"{_WORD}(?:\s{_WORD}){{0,3}}")
# "Acme (YC W23) is hiring", "kestrel is hiring": what stands before it, in one clause
# (a brand in lower case too, as "is hiring" says it is a name)
_IS_HIRING = re.compile(r"[*_\s]*([^,;:!?|\n]{1,80}?)\s+is\s+hiring\b", re.IGNORECASE)
# openings that name the company in capitals, where the sentence starts
_OPENERS = (
    # "Back by Sequoia, Acme is the ...", "Hey HN! Acme is building": maybe after a clause
    re.compile(
        r"[*_#\s]*(?:[^,.!?|\n]{0,60}[,.!?]\s+)?([^,;:!?|\n]{1,80}?)\s+is\s+"
        r"(?:hiring|looking|building|developing|creating|making|rebuilding|transforming|"
        r"a|an|the|one\s+of)\b(?!\s+(?:must|plus|bonus|requirement)\b)",  # not "Go is a must"
        re.IGNORECASE,
    ),
    re.compile(r"[\W_]*[Aa]t\s+(.{1,60}?)\s*,?\s+(?:we|we're|we’re|our)\b"),  # At Acme, we
    # "Acme needs two Django developers", "Acme (YC W24) needs a designer"
    re.compile(
        r"[*_#\s]*([^,;:!?|\n]{1,60}?)\s+needs\s+(?:an?|one|two|three|four|five|several|some|"
        r"\d+|help|someone)\b"
    ),
)
# and anywhere in the line
_MENTIONS = (
    # "Hi! We're Acme.", "We are Acme and ..."
    re.compile(
        rf"\b[Ww]e(?:'re|’re|\s+are)\s+({_NAME.pattern})(?=\s*(?:[.,!;]|$|\s(?:and|[—–-])\s))"
    ),
    re.compile(rf"\b(?:[Cc]o-?)?[Ff]ounder\s+(?:of|at)\s+({_NAME.pattern})"),  # cofounder of Acme
    re.compile(rf"(?:^|\s)@\s?({_NAME.pattern})"),  # Engineers @Acme in NYC
)

# first words of a sentence or a place, not of a company's name
_NOT_A_NAME = frozenset(
    {"we", "we're", "were", "hiring", "hey", "hi", "hello", "seeking", "i", "i'm", "im",
     "our", "my", "remote", "onsite", "hybrid", "edit", "update", "closed", "looking", "join",
     "everyone", "who", "this", "it"}
)  # fmt: skip
# words of a sentence ("We are hiring at ...", "SEEKING PARTNER"), never of a header's name
_SENTENCE = frozenset(
    {"are", "is", "am", "i", "i'm", "our", "my", "hiring", "seeking", "looking",
     "hey", "hi", "hello", "we're", "we’re"}
)  # fmt: skip
# lower-case words a name may hold ("The Museum of Modern Art"); any other makes it a
# description ("Small boutique consulting", "Goji Labs back in the house")
_NAME_LINKS = frozenset(
    {"of", "for", "and", "the", "de", "du", "des", "la", "le", "y", "e", "da", "di", "von",
     "van", "der", "und", "at", "on", "by", "a", "an", "&", "+", "x"}
)  # fmt: skip
# a company that will not be named ("Defense Startup", "Confidential fintech"), or the
# field beside it that says what kind it is ("Series B", "FinTech", "Open Source")
_UNNAMED = re.compile(
    r"\b(?:start-?ups?|stealth|confidential|firm|incubator|series [a-f]|pre-?seed|fintech|"
    r"healthtech|edtech|insurtech|proptech|legal ?tech|saas|b2b|b2c|open source|non-?profit)\b"
)
_ROLE = re.compile(
    r"\b(?:engineers?|developers?|designers?|managers?|scientists?|architects?|analysts?|"
    r"specialists?|researchers?|interns?|consultants?|directors?|recruiters?|advocates?|"
    r"administrators?|programmers?|swes?|sres?|cto|ceo|cfo|coo|vp|head of|founding|"
    r"roles?|positions?|openings?)\b|\blead$"
)
_MODE = re.compile(
    r"\b(?:remote(?:ly)?|on ?site|hybrid|full ?time|part ?time|contract(?:or)?|freelance|"
    r"in office|in person|wfh|permanent|internships?)\b"
)
_WORDS = re.compile(r"[^\W_]+")
_PAY = re.compile(r"[$€£]|\d\s*k\b|\b(?:salary|equity)\b")
_PLACE_PARTS = re.compile(r"\s*(?:[,/&+]|\bor\b|\band\b)\s*")
_PLACE_FILLERS = frozenset({"greater", "bay", "area", "metro", "city", "region", "hq", "downtown"})


def opening_company(text: str, *, stacked: bool = False, led: bool = False) -> str | None:
    """The company the opening lines of a post name, or None (see the module's doc);
    `stacked`: a header's fields may be its stack; `led`: a lead was the header's first
    field, cut off ("SEEKING FREELANCER - Acme Games - Unity developer for a contract"),
    so two fields after it are fields of a header whatever they hold."""
    lines = _opening_lines(header_first(text))
    if not lines:
        return None
    return _header_company(lines[0], stacked, led) or (
        _said_company(_plain(lines[1])) if len(lines) > 1 else None
    )


def header_first(text: str) -> str:
    """The text with a status note its poster put above the header ("Edit: applications
    closed", "CLOSED - thanks all") moved to its end, its words kept: the header is then
    the first line, which is the post's title and where the readers take its terms from
    ("Acme | ONSITE | Venice, CA")."""
    body = text.lstrip()
    end = body.find("\n")
    first = body[:end]
    if end < 0 or "|" in first or not _NOTE.match(first) or not (rest := body[end:].strip()):
        return text
    return f"{rest}\n\n{first.rstrip()}"


def _opening_lines(text: str, count: int = 3) -> list[str]:
    """The first non-empty lines, each cut to a header's length (only the text's first
    few lines' worth is split: a post may be long)."""
    lines: list[str] = []
    for line in text.lstrip()[: count * 4 * _LINE_CHARS].splitlines():
        if line.strip():
            lines.append(line.strip()[:_LINE_CHARS])
            if len(lines) == count:
                break
    return lines


def _header_company(line: str, stacked: bool = False, led: bool = False) -> str | None:
    """The company of a header line: labelled, hiring, a field, or said in a sentence."""
    if labelled := _LABELLED.match(line):
        return _field_name(_PIPE.split(labelled[1], maxsplit=1)[0])
    plain = _plain(line)
    if (hiring := _IS_HIRING.match(plain)) and (name := _prose_name(hiring[1])):
        return name
    fields = _fields(line, led)
    return (_unstacked_name(fields) if stacked else _field_company(fields)) or _said_company(plain)


def _said_company(plain: str) -> str | None:
    """The company an opening sentence names ("At Acme, we", "Acme is a ..."), in a
    line without its asides and URLs."""
    openers = (pattern.match(plain) for pattern in _OPENERS)
    mentions = (pattern.search(plain) for pattern in _MENTIONS)
    for match in chain(openers, mentions):
        if match and _NAME.fullmatch(match[1]) and (name := _prose_name(match[1])):
            return name
    return None


def _fields(line: str, led: bool = False) -> list[str]:
    """A header's first fields (the company is one of two): between pipes (a dashed
    aside left out: "Acme - the team"), else between dashes or semicolons when there
    are three (or two after a `led` header's lead), or two of which one is a short
    role, place or work mode ("Acme — Senior Data Engineer"); else none."""
    if "|" in line:
        return [_DASHES.split(part, maxsplit=1)[0] for part in _PIPE.split(line, maxsplit=2)[:2]]
    fields = _DASHES.split(line, maxsplit=2)
    if len(fields) == 2 and not led and not any(_is_short_label(_plain(field)) for field in fields):
        return []
    return fields[:2] if len(fields) >= 2 else []


def _is_short_label(plain: str) -> bool:
    """A field that is a role, a place or a work mode and not a sentence ("Senior Data
    Engineer", not "we are hiring engineers")."""
    words = plain.lower().split()
    return len(words) <= 6 and not _SENTENCE.intersection(words) and _is_label(plain)


def _field_company(fields: list[str]) -> str | None:
    """The first field if it reads as a name, else the second if the first reads as a
    role, a place, a work mode or pay and the second is no list ("Tysons, VA", "Go /
    Rust"): a header that leads with none of these and no name (a sentence, "Defense
    Startup") names no company."""
    if not fields:
        return None
    if name := _field_name(fields[0]):
        return name
    if len(fields) < 2 or not _is_label(_plain(fields[0])) or _LIST.search(_plain(fields[1])):
        return None
    return _field_name(fields[1])


def _unstacked_name(fields: list[str]) -> str | None:
    """The first field if it reads as a name and is no stack ("Django + HTMX",
    "Rust/WASM", "React Native"), else the second after a role ("DESIGNER | Acme"): after
    a place or a work mode the second is as often the stack."""
    if not fields:
        return None
    if (name := _field_name(fields[0])) is not None:
        return None if _is_stack(name) else name
    role = " ".join(_WORDS.findall(_plain(fields[0]).lower()))
    if len(fields) < 2 or not _ROLE.search(role):
        return None
    name = _field_name(fields[1])
    return None if name is None or _is_stack(name) else name


def _is_stack(name: str) -> bool:
    return bool(_STACKED.search(name) or STACK_WORDS.intersection(name.lower().split()))


def _field_name(field: str) -> str | None:
    """A field without its asides and URLs, if that reads as a name and nothing else."""
    name = _plain(field).strip("#*_ ")
    words = name.split()
    if not words or len(words) > 5 or _is_description(words) or _is_label(name):
        return None
    lowered = name.lower()
    if _UNNAMED.search(lowered) or _SENTENCE.intersection(lowered.split()):
        return None
    return name


def _plain(field: str) -> str:
    """A field without its asides and URLs, its spaces single."""
    return " ".join(_URL.sub(" ", _ASIDE.sub(" ", field)).split())


def _prose_name(words: str) -> str | None:
    """A name from a sentence, if it is one: not its opening words ("Our team", "This")."""
    name = _field_name(words)
    if name is None or name.split()[0].lower().strip(",.!'’") in _NOT_A_NAME:
        return None
    return name


def _is_description(words: list[str]) -> bool:
    """Words that describe rather than name: a word in lower case after the first, or a
    first one before others (a brand may be one word in lower case: "daydream")."""
    if len(words) > 1 and words[0].islower():
        return True
    return any(word.islower() and word not in _NAME_LINKS for word in words[1:])


def _is_label(plain: str) -> bool:
    """A role, a place, a work mode or pay: what a header's other fields hold (a field
    without its asides)."""
    lowered = plain.lower()
    words = " ".join(_WORDS.findall(lowered))
    return bool(
        plain
        and (
            _ROLE.search(words) or _MODE.search(words) or _PAY.search(lowered) or is_place(lowered)
        )
    )


def is_place(lowered: str) -> bool:
    """A field that opens with a place the tables know ("cologne, germany", "nyc/sf")."""
    first = _PLACE_PARTS.split(lowered, maxsplit=1)[0].strip(" .")
    bare = " ".join(word for word in first.split() if word not in _PLACE_FILLERS)
    return first in PLACE_NAMES or bare in PLACE_NAMES
