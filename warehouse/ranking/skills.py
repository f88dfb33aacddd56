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
"""

from __future__ import annotations

import re
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


@dataclass(frozen=True, slots=True)
class SkillMatch:
    """The fit (0..1) and the profile skills found, in the profile's spelling."""

    fit: float
    matched: tuple[str, ...]
    in_title: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class _Matcher:
    skill: str
    pattern: re.Pattern[str]  # group "ctx": an alias that needs a tech context

    def count(self, text: str, limit: int) -> int:
        """Mentions in a text, up to `limit`."""
        found = 0
        for m in self.pattern.finditer(text):
            if m["ctx"] is None or _in_context(text, m):
                found += 1
                if found >= limit:
                    break
        return found


def _in_context(text: str, m: re.Match[str]) -> bool:
    before = text[max(0, m.start() - 20) : m.start()]
    if _NOT_TECH_BEFORE.search(before):
        return False
    return bool(_TECH_BEFORE.search(before) or _TECH_NEXT.match(text, m.end()))


def _variant(name: str) -> str:
    """One alias as a whole token: spaces match runs of spaces or hyphens; a cased
    word matches only its capitalised and upper-case forms; a one- or two-letter
    one is not part of "R&D", "C-level" or "Objective-C" either."""
    forms = {name.capitalize(), name.upper()} if name in _CASED else {name}
    body = "|".join(re.escape(f).replace(r"\ ", r"[\s-]+") for f in sorted(forms))
    edge = r"A-Za-z0-9_+#&'’\-" if name in _NEEDS_CONTEXT else r"A-Za-z0-9_+#"
    group = "(?:" if name in _CASED else "(?i:"
    return rf"(?<![{edge}.]){group}{body})(?![{edge}]|\.[A-Za-z0-9])"


@lru_cache(maxsize=64)
def _matchers(skills: tuple[str, ...]) -> tuple[_Matcher, ...]:
    """Compiled once per profile (the skills are only known at run time)."""
    matchers = []
    for skill in skills:
        key = skill.strip().lower()
        names = sorted(_ALIASES_OF.get(key, (key,)), key=len, reverse=True)
        plain = [_variant(n) for n in names if n not in _NEEDS_CONTEXT] or ["(?!)"]
        contextual = [_variant(n) for n in names if n in _NEEDS_CONTEXT] or ["(?!)"]
        pattern = rf"(?P<ctx>{'|'.join(contextual)})|{'|'.join(plain)}"
        matchers.append(_Matcher(skill, re.compile(pattern)))
    return tuple(matchers)


def match_skills(title: str | None, text: str, skills: tuple[str, ...]) -> SkillMatch:
    """Which profile skills a posting names, and the weighted share of them (fit)."""
    matched: list[str] = []
    in_title: list[str] = []
    total = 0.0
    for matcher in _matchers(tuple(skills)):
        if title and matcher.count(title, 1):
            in_title.append(matcher.skill)
            weight = _TITLE
        else:
            mentions = matcher.count(text, 2)
            weight = (0.0, _ONCE, _REPEATED)[mentions]
        if weight:
            matched.append(matcher.skill)
            total += weight
    fit = round(total / len(skills), 3) if skills else 0.0
    return SkillMatch(fit, tuple(matched), tuple(in_title))
