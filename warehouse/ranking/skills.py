"""How well a posting fits the user's skills.

A skill counts under any of its aliases (postgres = postgresql, k8s = kubernetes) and
only as a whole token, and not inside a longer name of another thing the taxonomy knows
("React Native" is not React, "Data Platform Engineer" not a platform engineer): "go"
is not in "going", "c++", "c#", ".net" and "node.js" keep their punctuation, and a plus
joins two skills ("React+TS"). Token edges are ASCII, so a skill name inside German,
Spanish or Bengali text still counts ("Python-Entwickler", "Reactডেভেলপার"), and so
does a hashtag ("Stack: #Python, #dbt", as Mastodon posts write them; not a short
name's "#Go", nor a link's "/#python"). Words that are also English words (Go, Rust,
React, Swift ...) count only capitalised; one- and two-letter ones (Go, R, C) also need
a tech context: a list separator or a word like "developer", "in", "using" beside them.
A skill's name followed by a firm's word is the firm's ("Spark Capital" invests, "dbt
Labs" employs, "the Snowflake CEO" advises), and so is one in a list of firms ("backed
by Accel, AWS and Oracle", "companies such as Stripe, Snowflake"): no skill. Nor is
one named as the model of another product ("we are the Figma for architects", "think
Figma for video", "we're building the canvas for architects - Figma for the built world").

    fit = sum(weight of each profile skill) / number of profile skills
    weight = 1.0 in the title, 0.75 mentioned twice or more in the body,
             0.5 mentioned once in the body, 0 absent
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass
from functools import lru_cache

from warehouse.ranking._text import Skimmed, longest_first, lowered, phrases, spaced
from warehouse.ranking.taxonomy import (
    TABLE,
    TRADE_HEADS,
    aliases_of,
    is_role,
    layered_holders,
    role_forms,
    role_literal,
    unlayered,
)

# also ordinary words: only the capitalised or upper-case form is the skill
_CASED = frozenset(
    {"go", "r", "c", "d", "rust", "swift", "spring", "express", "react", "dart", "elm", "spark"}
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
# a skill's name followed by one of these names a firm, not the skill ("Spark Capital",
# "dbt Labs", "the Snowflake CEO"): capitalised, as names are written
_FIRM_NEXT = re.compile(
    r"[ \t]+(?:Capital|Ventures|Partners|Labs|Inc\b|LLC|Ltd|GmbH|Corp|Holdings|Fund"
    r"|CEO|CTO|CFO|COO|(?i:co-?)?[Ff]ounders?)(?!\w)"
)
# and so does one in a list of firms' names ("backed by Accel, AWS and Oracle",
# "companies such as Stripe, Snowflake", "used by Cisco, Figma and Replit", "the likes of
# Adobe, Figma"): looked for only where a word that starts such a list is near, as skills
# are many and such lists few
_FIRMS_WORDS = (
    "backed", "funded", "investor", "compan", "organi", "customer", "client", "used", "trusted",
    "loved", "the likes",
)  # fmt: skip
_FIRMS_LISTED = re.compile(
    r"(?i:backed\s+by|funded\s+by|investors?(?:\s+(?:including|include|like|such\s+as))?"
    r"|(?:used|trusted|loved)\s+by|the\s+likes\s+of"
    r"|(?:companies|organi[sz]ations|customers|clients)\s+(?:including|include|like|such\s+as))"
    r"[ \t:]+(?:[A-Z0-9][\w.&'’-]*+[ \t,]*+(?:(?:and|&)[ \t]+)?)*"
)
_FIRMS_REACH = 100
# a product named as the model of another ("we are the Figma for civil engineers",
# "Plotwise - the Figma of video", "think Figma for lawyers"), not a tool the job uses
# ("write the Terraform for our accounts", "tools like Figma for prototyping"): what
# the firm is or builds, then an article, or a dash after what it builds ("We're
# building the canvas for architects - Figma for the built world"); read on the text,
# as names are capitalised
_MODEL_NEXT = re.compile(r"(?:[ \t]+|-)(?:for|of)(?:[ \t]+|-)\w")
_BUILDS = r"\b(?i:build|building|built|making|creating)\b"
_MODEL_BEFORE = re.compile(
    r"(?:(?:\b(?i:is|are|be|being|become|becoming|as|like)|['’]s|[-–—:,(]|" + _BUILDS + r")"
    r"[ \t]+(?i:the|an?)[ \t]+"
    r"|\b(?i:think)[ \t]+|" + _BUILDS + r"[^.\n]{1,100}[ \t][-–—:][ \t]+)$"
)
_MODEL_REACH = 120
# "TS" of a security clearance is Top Secret, not TypeScript ("TS/SCI", "an active TS
# clearance", "TS-cleared"), as defence postings write it
_CLEARANCE_NEXT = re.compile(r"[ \t]*/[ \t]*SCI\b|(?:[ \t]+|-)(?i:clearance|cleared|SCI)\b")
_TITLE, _REPEATED, _ONCE = 1.0, 0.75, 0.5
_EDGE = frozenset("abcdefghijklmnopqrstuvwxyz0123456789_+#.")  # ASCII only, lower case
_SHORT_EDGE = _EDGE | frozenset("&'’-")
# a "#" that starts a hashtag ("Stack: #Python, #dbt"), not a link's fragment or C#
_HASHTAG_START = re.compile(r"(?<![^\s(\[,;:])#")


@dataclass(frozen=True, slots=True)
class SkillMatch:
    """The fit (0..1) and the profile skills found, in the profile's spelling; `total`
    is the sum of the skills' weights."""

    fit: float
    matched: tuple[str, ...]
    in_title: tuple[str, ...]
    total: float = 0.0


@dataclass(frozen=True, slots=True)
class _Alias:
    skills: tuple[int, ...]  # the terms (by index) it stands for
    forms: frozenset[str] | None  # the only spellings of a cased alias
    short: bool  # one or two letters: wider edges and a tech context


@dataclass(frozen=True, slots=True, eq=False)
class TermIndex:
    """Every name of a profile's terms in one pattern, so a text is scanned once (one
    index per profile: the same by identity)."""

    pattern: Skimmed | re.Pattern[str] | None
    aliases: dict[str, _Alias]

    def mentions(self, text: str) -> dict[int, int]:
        """Mentions per term, counted up to two."""
        return self.mentions_and_titles(text)[0]

    def mentions_and_titles(self, text: str) -> tuple[dict[int, int], dict[int, int]]:
        """Mentions per term, counted up to two, and those written as a job title is
        ("Data Engineer", not "our data engineers"): both from one scan."""
        counts: dict[int, int] = {}
        titles: dict[int, int] = {}
        for m, alias in self.found(text):
            titled = all(_titled(word) for word in text[m.start() : m.end()].split())
            for i in alias.skills:
                counts[i] = min(2, counts.get(i, 0) + 1)
                if titled:
                    titles[i] = min(2, titles.get(i, 0) + 1)
        return counts, titles

    def found(self, text: str) -> Iterator[tuple[re.Match[str], _Alias]]:
        """Each mention of a term (in the lower-cased text) with the alias it is."""
        low = lowered(text)
        for m in self.pattern.finditer(low) if self.pattern else ():
            name = spaced(m.group(0))
            alias = self.aliases.get(name) or self.aliases[unlayered(name)]
            if _valid(alias, text, low, m):
                yield m, alias


def _titled(word: str) -> bool:
    """A word as a job title writes it: capitalised, or in its own mixed case ("iOS
    Engineer" is a title as much as "Android Engineer"; "our ios engineers" is not)."""
    return word[:1].isupper() or not word.islower()


@lru_cache(maxsize=4096)
def title_mentions(index: TermIndex, title: str) -> Mapping[int, int]:
    """`index.mentions(title)`, remembered: titles come back post after post."""
    return index.mentions(title)


def _valid(alias: _Alias, text: str, low: str, m: re.Match[str]) -> bool:
    """A whole token (not "go" in "ergo"), in its cased form, not a firm's name, in
    context if short."""
    before = low[m.start() - 1] if m.start() else " "
    if before in (_SHORT_EDGE if alias.short else _EDGE) and not (
        before == "#" and not alias.short and _HASHTAG_START.match(low, m.start() - 1)
    ):
        return False
    if alias.forms is not None and text[m.start() : m.end()] not in alias.forms:
        return False
    if alias.short and not _in_context(text, m):
        return False
    if low[m.start() : m.end()] == "ts" and _CLEARANCE_NEXT.match(text, m.end()):
        return False
    return not (
        _FIRM_NEXT.match(text, m.end())
        or _a_firm_listed(text, low, m.start())
        or _a_model(text, m.start(), m.end())
    )


def _a_firm_listed(text: str, low: str, start: int) -> bool:
    """Whether the name at `start` is in a list of firms' names ("backed by ..."): read
    from the last of each word that starts such a list, up to the name."""
    near = max(0, start - _FIRMS_REACH)
    window = low[near:start]
    for word in _FIRMS_WORDS:
        if word in window:
            at = near + window.rindex(word)
            if _FIRMS_LISTED.fullmatch(text, at, start):
                return True
    return False


def _a_model(text: str, start: int, end: int) -> bool:
    """Whether the name at `start`..`end` is another product's model (`_MODEL_NEXT`,
    `_MODEL_BEFORE`): tried only where "for" or "of" follows a capitalised name."""
    if not text[start : start + 1].isupper() or not _MODEL_NEXT.match(text, end):
        return False
    return bool(_MODEL_BEFORE.search(text, max(0, start - _MODEL_REACH), start))


def _in_context(text: str, m: re.Match[str]) -> bool:
    before = text[max(0, m.start() - 20) : m.start()]
    if _NOT_TECH_BEFORE.search(before):
        return False
    return bool(_TECH_BEFORE.search(before) or _TECH_NEXT.match(text, m.end()))


def _alternative(name: str, short: bool) -> str:
    """One alias in the lower-cased text; a space matches runs of spaces or hyphens, and
    an engineer's name matches with a layer of the stack ("WordPress Web Developer")."""
    body = role_literal(name)
    after = r"(?![a-z0-9_+#&'’\-]|\.[a-z0-9])" if short else r"(?![a-z0-9_#]|\+\+|\.[a-z0-9])"
    return body + after


@lru_cache(maxsize=64)
def term_index(groups: tuple[tuple[str, ...], ...]) -> TermIndex:
    """One pattern for every name of every term (each group: the names of one term);
    compiled once per profile, as the terms are only known at run time."""
    aliases: dict[str, _Alias] = {}
    for i, names in enumerate(groups):
        for name in names:
            norm = spaced(name.strip().lower())
            known = aliases[norm].skills if norm in aliases else ()
            forms = frozenset({norm.capitalize(), norm.upper()}) if norm in _CASED else None
            aliases[norm] = _Alias((*known, i), forms, norm in _NEEDS_CONTEXT)
    for name in _longer_names(frozenset(aliases)):
        aliases[name] = _Alias((), None, short=False)  # matched, to stand for nothing
    ordered = longest_first(aliases)
    alternatives = [_alternative(n, aliases[n].short) for n in ordered]
    # grouped by first character, several times faster, where every alias starts with
    # a character of its own (not "-net", whose spaced form starts with a space class)
    grouped = all(name and not name.startswith(" ") for name in ordered)
    body = phrases(alternatives, word_start=False) if grouped else "|".join(alternatives)
    if not body:
        return TermIndex(None, aliases)
    # names of several first letters are found from their heads (a role's 700 names: 160
    # us a posting scanned, 25 skimmed); `re` skips to one first letter faster itself
    pattern = re.compile(body)
    return TermIndex(Skimmed(pattern) if len({n[0] for n in ordered}) > 1 else pattern, aliases)


def _known_names() -> tuple[frozenset[str], frozenset[str]]:
    """The skills the taxonomy names, and every form of every role it names."""
    skills = frozenset(spaced(name) for name in TABLE if not is_role(name))
    roles = frozenset(spaced(form) for name in TABLE if is_role(name) for form in role_forms(name))
    return skills, roles


def _grouped(
    names: frozenset[str], keys: Callable[[str], Iterable[str]]
) -> dict[str, tuple[str, ...]]:
    """Each key of the names, and the names that have it, in one pass: a name that
    holds an alias holds its first word, so only those are tested (a profile's thousands
    of role forms against the taxonomy's thousands took seconds), and a role's layered
    forms are found by its head (grouped name by head, it cost every process 0.1 s)."""
    found: dict[str, list[str]] = {}
    for name in names:
        for key in keys(name):
            found.setdefault(key, []).append(name)
    return {key: tuple(holding) for key, holding in found.items()}


def _words(name: str) -> set[str]:
    return set(name.split(" "))


def _head(name: str) -> tuple[str]:
    return (name.rsplit(" ", 1)[-1],)


_SKILLS, _ROLES = _known_names()
_SKILLS_BY_WORD, _ROLES_BY_WORD = _grouped(_SKILLS, _words), _grouped(_ROLES, _words)
_ROLES_BY_HEAD = _grouped(_ROLES, _head)


def _longer_names(aliases: frozenset[str]) -> frozenset[str]:
    """The known names of the same kind (skill or role) that hold one of `aliases` as
    whole words and are none of them: matched first (the longest alternative wins),
    they hide the shorter name inside. A skill inside a role stays the skill ("ML" in
    "ML Engineer"). A role's name holds what its matches with a layer hold:
    "wordpress developer" hides "web developer" in "WordPress Web Developer"."""
    found: set[str] = set()
    for alias in aliases:
        role = alias in _ROLES or alias.rsplit(" ", 1)[-1] in TRADE_HEADS
        holding = (_ROLES_BY_WORD if role else _SKILLS_BY_WORD).get(alias.split(" ", 1)[0], ())
        found |= {name for name in holding if f" {alias} " in f" {name} "}
        if role:
            found |= layered_holders(alias, _ROLES_BY_HEAD.get(alias.rsplit(" ", 1)[-1], ()))
    return frozenset(found - aliases)


@lru_cache(maxsize=64)
def _skills_index(
    skills: tuple[str, ...], extra: tuple[tuple[str, tuple[str, ...]], ...]
) -> TermIndex:
    """A profile's skills under all their names: one index per profile, not per posting."""
    more = dict(extra)
    return term_index(tuple(aliases_of(skill, more) for skill in skills))


def skill_spans(
    text: str, skills: tuple[str, ...], extra: tuple[tuple[str, tuple[str, ...]], ...] = ()
) -> Iterator[tuple[int, int]]:
    """Where `text` names the profile's skills, under any of their names, in order and
    found as asked: a reader that stops at the first mention in prose matches no more."""
    return (m.span() for m, _ in _skills_index(skills, extra).found(text))


def match_skills(
    title: str | None,
    text: str,
    skills: tuple[str, ...],
    extra: tuple[tuple[str, tuple[str, ...]], ...] = (),
) -> SkillMatch:
    """Which profile skills a posting names, and the weighted share of them (fit);
    `extra` are the user's own aliases, (skill, names) pairs."""
    index = _skills_index(skills, extra)
    in_title_hits = title_mentions(index, title) if title else {}
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
    return SkillMatch(fit, tuple(matched), tuple(in_title), total)
