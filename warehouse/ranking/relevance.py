"""Whether a posting is in the user's line of work, and how closely: the `fit` signal.

A role named in the title is the strongest evidence ("Senior Data Engineer"); a term
the taxonomy relates to a role, in the title, is next ("ETL Developer"); a role the
body only mentions is weak. Skills count as in `skills.match_skills`, the title above
the body. Keywords add a little. A posting with no skill, no role and no related term
in its title shares nothing with the profile: `matched` is False and the lead leaves the
default ranking ("no match to your skills or roles").

    role   = 1.0 role in the title, 0.6 related term in the title, 0.25 role in the body
    skills = sum(skill weights) / min(3, number of skills), at most 1
    fit    = 0.65 role + 0.35 skills with roles in the profile, else skills; + 0.1 keywords
"""

from __future__ import annotations

from dataclasses import dataclass

from warehouse.ranking.profile import Profile
from warehouse.ranking.skills import match_skills, term_index
from warehouse.ranking.taxonomy import aliases_of, related_to, role_forms

ROLE_IN_TITLE, RELATED_IN_TITLE, ROLE_IN_BODY = 1.0, 0.6, 0.25
ROLE_SHARE = 0.65
KEYWORDS_BONUS = 0.1
SKILLS_FOR_FULL_FIT = 3


@dataclass(frozen=True, slots=True)
class Relevance:
    fit: float
    matched: bool  # any skill or role, or a related term in the title
    skills_matched: tuple[str, ...]
    skills_in_title: tuple[str, ...]
    roles_matched: tuple[str, ...]  # the profile's roles, as the profile spells them
    keywords_matched: tuple[str, ...]


def read_relevance(title: str | None, text: str, profile: Profile) -> Relevance:
    """How a posting matches the profile's roles, skills and keywords."""
    extra = tuple(profile.aliases.items())
    skills = match_skills(title, text, profile.skills, extra)
    enough = min(SKILLS_FOR_FULL_FIT, len(profile.skills))
    skill_score = min(1.0, skills.total / enough) if enough else 0.0
    role_score, roles = _roles(title or "", text, profile)
    keywords = _keywords(f"{title or ''}\n{text}", profile)
    base = (
        ROLE_SHARE * role_score + (1 - ROLE_SHARE) * skill_score if profile.roles else skill_score
    )
    bonus = KEYWORDS_BONUS * min(1.0, len(keywords) / 2)
    return Relevance(
        fit=round(min(1.0, base + bonus), 3),
        matched=bool(skills.matched or roles),
        skills_matched=skills.matched,
        skills_in_title=skills.in_title,
        roles_matched=roles,
        keywords_matched=keywords,
    )


def _roles(title: str, text: str, profile: Profile) -> tuple[float, tuple[str, ...]]:
    """The best role evidence and the roles it names, strongest first."""
    if not profile.roles:
        return 0.0, ()
    related_extra = dict(profile.related)
    forms = term_index(tuple(_forms(role, profile) for role in profile.roles))
    related = term_index(tuple(related_to(role, related_extra) for role in profile.roles))
    in_title, in_related, in_body = forms.mentions(title), related.mentions(title), {}
    if not in_title and not in_related:
        in_body = forms.mentions(text)
    scored = [
        (ROLE_IN_TITLE if i in in_title else RELATED_IN_TITLE if i in in_related else
         ROLE_IN_BODY if i in in_body else 0.0, role)
        for i, role in enumerate(profile.roles)
    ]  # fmt: skip
    found = sorted((s for s in scored if s[0]), key=lambda s: -s[0])
    return (found[0][0] if found else 0.0), tuple(role for _, role in found)


def _forms(role: str, profile: Profile) -> tuple[str, ...]:
    extra = tuple(a for alias in profile.aliases.get(role, ()) for a in role_forms(alias))
    return (*role_forms(role), *extra)


def _keywords(text: str, profile: Profile) -> tuple[str, ...]:
    if not profile.keywords:
        return ()
    index = term_index(tuple(aliases_of(k, dict(profile.aliases)) for k in profile.keywords))
    hits = index.mentions(text)
    return tuple(k for i, k in enumerate(profile.keywords) if i in hits)
