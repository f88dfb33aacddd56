"""How well a posting fits the user's skills.

A skill counts under any of its aliases (postgres = postgresql, k8s = kubernetes) and
only as a whole token: "go" is not in "going", "c++", "c#", ".net" and "node.js" keep
their punctuation. Token edges are ASCII, so a skill name inside German, Spanish or
Bengali text still counts ("Python-Entwickler", "Reactডেভেলপার"). Words that are also
English words (Go, Rust, React, Swift ...) count only capitalised; one- and two-letter
ones (Go, R, C) also need a tech context: a list separator or a word like "developer",
"in", "using" beside them.

    fit = sum(weight of each profile skill) / number of profile skills
    weight = 1.0 in the title, 0.75 mentioned twice or more in the body,
             0.5 mentioned once in the body, 0 absent

It also holds the fast phrase matching every reader shares (`lowered`, `spaced`,
`literal`, `phrases`, `Phrases`): Python's `re` is slow on case-insensitive
alternations, and these keep a posting to a few single passes.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import lru_cache

_ALIASES = """
postgresql|postgres; kubernetes|k8s; javascript|js|ecmascript; typescript|ts
go|golang; node.js|node|nodejs; react|react.js|reactjs; react native|react-native
vue|vue.js|vuejs; next.js|nextjs; google cloud|gcp|google cloud platform
aws|amazon web services; azure|microsoft azure; machine learning|ml
artificial intelligence|ai; large language models|llm|llms; c#|csharp; c++|cpp
.net|dotnet|asp.net|.net core; ruby on rails|rails; mongodb|mongo; ci/cd|cicd
tailwind|tailwindcss|tailwind css; scikit-learn|sklearn; pytorch|torch
power bi|powerbi; objective-c|objc; elasticsearch|elastic search; dbt|data build tool
"""
_GROUPS = [group.strip().split("|") for group in _ALIASES.replace("\n", ";").split(";")]
_ALIASES_OF = {name: tuple(group) for group in _GROUPS if group != [""] for name in group}
# also ordinary words: only the capitalised or upper-case form is the skill
_CASED = frozenset(
    {"go", "r", "c", "d", "rust", "swift", "spring", "express", "react", "dart", "elm"}
    | {"excel", "rails", "node", "torch", "ai", "ml", "ts"}
)
_NEEDS_CONTEXT = frozenset({"go", "r", "c", "d"})
_TECH_NEXT = re.compile(
    r"\s*(?:[,/|)+&·•]|(?:developers?|devs?|engineers?|programm\w*|code|backend"
    r"|services|microservices|lang|language|modules|experience|entwickler\w*"
    r"|desarrollador\w*|ডেভেলপার|\d))",
    re.IGNORECASE,
)
_TECH_BEFORE = re.compile(
    r"(?:[,/|(+&·•:]|(?<![\w])(?:in|with|using|and|or|write|writing|written|know"
    r"|stack|like|en|mit|und|developers?|engineers?|programmers?|desarrollador\w*"
    r"|entwickler\w*))\s*$",
    re.IGNORECASE,
)
_NOT_TECH_BEFORE = re.compile(
    r"(?<![\w])(?:series|plan|vitamin|tier|type|grade|class|section|part|option|level"
    r"|round|model|category)\s*$",
    re.IGNORECASE,
)
_TITLE, _REPEATED, _ONCE = 1.0, 0.75, 0.5
_SPACES_OR_HYPHENS = re.compile(r"[\s-]+")
_EDGE = frozenset("abcdefghijklmnopqrstuvwxyz0123456789_+#.")  # ASCII only, lower case
_SHORT_EDGE = _EDGE | frozenset("&'’-")
_WORD_START = r"(?<!\w\w)"  # after a first word character: none stands before it
_WORD_END = r"(?!(?<=\w)\w)"  # a phrase ending in a word character ends a word
_PHRASE_LEADS = " \t\n\r\u00a0\u202f()[]{}<>/|\\,.:;!?*'\"`-–—“”‘’«»¿¡।#@&+=~"
_SEPARATOR = "[" + re.escape(_PHRASE_LEADS) + "]"


@dataclass(frozen=True, slots=True)
class SkillMatch:
    """The fit (0..1) and the profile skills found, in the profile's spelling."""

    fit: float
    matched: tuple[str, ...]
    in_title: tuple[str, ...]


@lru_cache(maxsize=64)
def lowered(text: str) -> str:
    """Lower case with every offset kept, so a match in it slices the original text
    ("İ" is the one character whose lower case is two characters long); cached, as
    every reader lowers the same posting."""
    return text.replace("İ", "I").lower()


def spaced(phrase: str) -> str:
    """Runs of spaces and hyphens as one space: how the phrase tables are keyed."""
    return _SPACES_OR_HYPHENS.sub(" ", phrase)


def literal(phrase: str) -> str:
    """A phrase as a pattern; a space matches any run of spaces or hyphens."""
    return re.escape(phrase).replace(r"\ ", r"[\s-]+")


def phrases(alternatives: Iterable[str]) -> str:
    """An alternation of lower-case phrases that Python's engine scans fast.

    Case-insensitive alternations defeat `re`'s first-character skipping; on
    lower-cased text, grouped by first character, the same phrases scan about five
    times faster. Each alternative must start with one literal character (escaped
    or not); one that starts with a word character must start a word.
    """
    groups: dict[str, list[str]] = {}
    for alternative in alternatives:
        head = alternative[:2] if alternative.startswith("\\") else alternative[:1]
        groups.setdefault(head, []).append(alternative[len(head) :])
    return "|".join(
        f"{head}{_WORD_START if head.isalnum() else ''}(?:{'|'.join(rests)})"
        for head, rests in groups.items()
    )


class Phrases:
    """Phrases by class, found in one pass over the lower-cased text.

    Each class is written as whitespace-separated patterns (a space inside a phrase
    is `\\s+`). A phrase starts the text or follows a space or punctuation mark:
    anchoring on those few characters lets `re` skip ahead several times faster than
    from letters. Where two classes match at one place the earlier class wins, as in
    a plain alternation.
    """

    def __init__(self, by_class: dict[str, str]) -> None:
        groups = {name: written.split() for name, written in by_class.items()}
        every = (phrase for group in groups.values() for phrase in group)
        self._pattern = re.compile(rf"{_SEPARATOR}(?:{phrases(every)}){_WORD_END}")
        self._classes = [(name, re.compile("|".join(group))) for name, group in groups.items()]

    def finditer(self, text: str) -> Iterator[tuple[str, int, int]]:
        """Each phrase's class and where it stands in the text."""
        for m in self._pattern.finditer(f" {lowered(text)}"):
            phrase = m.group(0)[1:]
            yield next(n for n, p in self._classes if p.fullmatch(phrase)), m.start(), m.end() - 1


@dataclass(frozen=True, slots=True)
class _Alias:
    skills: tuple[int, ...]  # the profile skills (by index) it stands for
    forms: frozenset[str] | None  # the only spellings of a cased alias
    short: bool  # one or two letters: wider edges and a tech context


@dataclass(frozen=True, slots=True)
class _Index:
    """Every alias of a profile in one pattern, so a text is scanned once."""

    pattern: re.Pattern[str] | None
    aliases: dict[str, _Alias]

    def mentions(self, text: str) -> dict[int, int]:
        """Mentions per profile skill, counted up to two."""
        counts: dict[int, int] = {}
        low = lowered(text)
        for m in self.pattern.finditer(low) if self.pattern else ():
            alias = self.aliases[spaced(m.group(0))]
            if _valid(alias, text, low, m):
                for i in alias.skills:
                    counts[i] = min(2, counts.get(i, 0) + 1)
        return counts


def _valid(alias: _Alias, text: str, low: str, m: re.Match[str]) -> bool:
    """A whole token (not "go" in "ergo"), in its cased form, in context if short."""
    before = low[m.start() - 1] if m.start() else " "
    if before in (_SHORT_EDGE if alias.short else _EDGE):
        return False
    if alias.forms is not None and text[m.start() : m.end()] not in alias.forms:
        return False
    return not alias.short or _in_context(text, m)


def _in_context(text: str, m: re.Match[str]) -> bool:
    before = text[max(0, m.start() - 20) : m.start()]
    if _NOT_TECH_BEFORE.search(before):
        return False
    return bool(_TECH_BEFORE.search(before) or _TECH_NEXT.match(text, m.end()))


def _alternative(name: str, short: bool) -> str:
    """One alias in the lower-cased text; a space matches runs of spaces or hyphens."""
    body = literal(name)
    after = r"(?![a-z0-9_+#&'’\-]|\.[a-z0-9])" if short else r"(?![a-z0-9_+#]|\.[a-z0-9])"
    return body + after


@lru_cache(maxsize=64)
def _index(skills: tuple[str, ...]) -> _Index:
    """Compiled once per profile (the skills are only known at run time)."""
    aliases: dict[str, _Alias] = {}
    for i, skill in enumerate(skills):
        key = skill.strip().lower()
        for name in _ALIASES_OF.get(key, (key,)):
            norm = spaced(name)
            known = aliases[norm].skills if norm in aliases else ()
            forms = frozenset({name.capitalize(), name.upper()}) if name in _CASED else None
            aliases[norm] = _Alias((*known, i), forms, name in _NEEDS_CONTEXT)
    ordered = sorted(aliases, key=len, reverse=True)
    body = "|".join(_alternative(n, aliases[n].short) for n in ordered)
    return _Index(re.compile(body) if body else None, aliases)


def match_skills(title: str | None, text: str, skills: tuple[str, ...]) -> SkillMatch:
    """Which profile skills a posting names, and the weighted share of them (fit)."""
    index = _index(tuple(skills))
    in_title_hits = index.mentions(title) if title else {}
    in_text_hits = index.mentions(text)
    matched: list[str] = []
    in_title: list[str] = []
    total = 0.0
    for i, skill in enumerate(skills):
        if i in in_title_hits:
            in_title.append(skill)
            weight = _TITLE
        else:
            weight = (0.0, _ONCE, _REPEATED)[in_text_hits.get(i, 0)]
        if weight:
            matched.append(skill)
            total += weight
    fit = round(total / len(skills), 3) if skills else 0.0
    return SkillMatch(fit, tuple(matched), tuple(in_title))
