"""Where a contact works, from the company and title fields as people fill them in.

A company field often holds more than a company: a title ("Engineering Manager at
Stripe"), a team or office after a separator ("Stripe | Payments", "Datadog - Paris"),
LinkedIn's employment type ("Stripe · Full-time"), or a former employer ("ex-Google",
"Previously at Wise"). A former employer is no employer: whoever left cannot refer
anyone there. Neither is working for oneself ("Freelance", "Self-employed",
"Selbstständig", "Autónomo": `extractors._orgs`' table), so "Freelance | Acme" works at
Acme. Without a company, a LinkedIn headline naming one gives it ("Senior Engineer @
Acme", "CTO at Acme | ex-Globex"), and a contractor's client is theirs ("Contractor @
Acme via Toptal": Acme, not the agency). Someone freelancing for a company is a path
there as strong as an employee's: they work with its people, and their role says how.
"""

from __future__ import annotations

import re

from extractors._orgs import normalize_org
from extractors._stack import STACK_WORDS

# a headline naming the employer: "Senior Engineer @ Acme", "CTO at Acme | ex-Globex",
# "Entwickler bei Acme", "Développeur chez Acme", "Ingeniera de datos en Acme",
# "Engenheira na Acme", "Sviluppatore presso Acme", "Ontwikkelaar bij Acme"
_AT = re.compile(r"\s+(?:@|at|bei|chez|en|em|na|presso|bij)\s+")
_BEFORE_ORG = re.compile(r"^[^|·•]{2,60}")  # the role and organisation, before a separator
# "Tidewater, Inc.", "Acme (acquired)", and the agency a contractor came through ("Acme
# via Toptal")
_AFTER_ORG = re.compile(r"\s*[,/()@].*$|\s+via\s.*$")
# "en"/"em" after a degree or a trade is its field: "Ingeniero en Sistemas"; so is a
# language after "en", "em" or "na" (`STACK_WORDS`)
_FIELD = re.compile(
    r"(?:ingenier|licenciad|t[ée]cnic|especialista|expert|m[áa]ster|mag[íi]ster|doctor"
    r"|graduad|estudiante|engenheir|bacharel|mestr|formad|tecn[óo]log)\w*$",
    re.IGNORECASE,
)
_CONNECTORS = {"&", "and", "of", "for", "de", "the"}
# what a company field adds after the company: a team, an office, an employment type
_SEPARATOR = re.compile(r"\s*[|·•]\s*|\s+[-–—]\s+")
# a former employer: "ex-Google", "ex Google", "Former Datadog", "Previously at Wise"
# ("Ex Libris", capitalised and without a hyphen, is a name)
_FORMER = re.compile(
    r"^(?:[Ee]x[-‐‑.]|ex\s|(?i:former(?:ly)?|previously|prev|ehemals|ehemalig\w*|ancien\w*)\b)"
)
# a title before "at" in a company field: "Engineering Manager at Stripe", never a name
# with "at" in it ("Made at Home")
_TITLE = re.compile(
    r"\b(?:manager|engineer|developer|director|head|lead|founder|cto|ceo|cfo|coo|pm"
    r"|designer|analyst|scientist|consultant|recruiter|intern|vp|president|architect"
    r"|specialist|officer|partner|associate|sre|product|researcher|programmer|contractor|freelancer)\b",
    re.IGNORECASE,
)


def employer(company: str | None, title: str | None) -> tuple[str | None, str | None]:
    """(organisation, role) of a contact: the company field's employer, else the one a
    headline names when every word of it is capitalised ("Engineer at Apple", not
    "Helping teams at scale"); a company field that names none ("—", "Self-employed",
    "ex-Google") leaves the headline to say it, as an empty one does."""
    if company and company.strip():
        organisation, role = _company_field(company.strip(), title)
        if organisation is not None:
            return organisation, _without(role, organisation)
    head = _BEFORE_ORG.match(title or "")
    return _named(head.group() if head else "") or (None, title)


def _without(role: str | None, organisation: str | None) -> str | None:
    """The role without the organisation it repeats ("Freelance | Acme", "Engineer at
    Acme" beside the company Acme: "Freelance", "Engineer"), so a path and a draft say
    "Freelance at Acme", not "Freelance | Acme at Acme"."""
    own = normalize_org(organisation)
    if not role or own is None:
        return role
    if (named := _named(role)) and normalize_org(named[0]) == own:
        return named[1]
    parts = _SEPARATOR.split(role)
    kept = [part for part in parts if normalize_org(part) != own]
    return " | ".join(kept) if kept and len(kept) < len(parts) else role


def _company_field(company: str, title: str | None) -> tuple[str | None, str | None]:
    """The company a company field names: its first part not a former employer's, out of
    a title's "at" ("Engineering Manager at Stripe") where a title's word says so."""
    current = [part for part in _SEPARATOR.split(company) if part and not _none(part)]
    if not current:
        return None, title
    named = _named(current[0]) if _TITLE.search(current[0]) else None
    return (named[0], title or named[1]) if named else (current[0], title)


def _none(part: str) -> bool:
    """A company field's part that names no employer: a former one, or what
    `normalize_org` says is none (oneself: "Freelance", "Self-employed", "Autónomo")."""
    return bool(_FORMER.match(part)) or normalize_org(part) is None


def _named(text: str) -> tuple[str, str] | None:
    """(organisation, role) where a text is a role "at" an organisation."""
    for at in _AT.finditer(text):
        role, org = at.string[: at.start()].strip(), _AFTER_ORG.sub("", at.string[at.end() :])
        if _names_employer(role, org.strip(), at.group().strip()) and not _none(org):
            return org.strip(), role
    return None


def _names_employer(role: str, org: str, at: str) -> bool:
    words = org.split()
    return (
        0 < len(role.split()) <= 6
        and 0 < len(words) <= 5
        and all(w[0].isupper() or w[0].isdigit() or w in _CONNECTORS for w in words)
        and not (at in ("en", "em") and _FIELD.search(role))
        # "Desarrollador en Python", "Programador em Java": a language, not an employer
        and not (at in ("en", "em", "na") and org.lower() in STACK_WORDS)
    )
