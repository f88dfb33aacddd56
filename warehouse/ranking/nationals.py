"""Gulf roles open to a country's nationals only ("UAE Nationals only", "Data Analyst (Saudi
National)", "an Emiratisation role"): most who live in the Gulf are not its nationals, and
a profile names where its user lives, not their passport. Such a role in the user's
country is for them to check, never simply theirs. A preference ("GCC nationals
preferred") binds nobody.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from extractors._places import DEMONYM_NAMES, name_table
from warehouse.ranking.profile import Profile
from warehouse.ranking.regions import BLOCS, CODE_ALIASES, contains
from warehouse.ranking.remote import read_places

if TYPE_CHECKING:
    from warehouse.ranking.eligibility import Eligibility

_WHO = r"(?:uae|emirati|saudi|qatari|omani|kuwaiti|bahraini|gcc)"
# the programmes that fill roles with nationals, named as the role's ("Emiratisation role")
_PROGRAMME = (
    r"(?:emirati|saudi|qatari|omani|kuwaiti|bahraini)[sz]ation"
    r"\s+(?:role|position|vacancy|opportunity|job|post)"
)
# Arabic: "للسعوديين فقط" (for Saudis only), "للمواطنين السعوديين فقط", and a nationality
# asked of the applicant ("أن يكون المتقدم سعودي الجنسية"), not one preferred ("يفضل ...")
# nor one refused ("غير سعودي الجنسية": non-Saudis, the expats a profile is most often)
_ARABIC_ONLY = (
    r"لل(?:سعوديين|سعوديات|إماراتيين|اماراتيين|قطريين|عمانيين|كويتيين|بحرينيين|خليجيين"
    r"|مواطنين)(?:\s+ال\w+)?\s+فقط"
)
_ARABIC_NATIONALITY = (
    r"(?<!يفضل\s)(?<!يُفضل\s)(?<!غير\s)(?:سعودي|إماراتي|اماراتي|قطري|عماني|كويتي|بحريني)ة?\s+الجنسية"
)
_NATIONALS_ONLY = re.compile(
    rf"\b{_WHO}\s+(?:nationals?|citizens?)\s+only\b"
    rf"|\bemiratis?\s+(?:candidates\s+)?only\b"
    rf"|(?<!not\s)\b(?:only|exclusively)\s+(?:open\s+to\s+|for\s+|available\s+(?:to|for)\s+)?"
    rf"{_WHO}\s+(?:nationals?|citizens?)\b"
    rf"|\(\s*{_WHO}\s+nationals?\s*\)"
    rf"|\b{_PROGRAMME}\b"
    rf"|{_ARABIC_ONLY}|{_ARABIC_NATIONALITY}",
    re.I,
)
# every form above names a Gulf people ("emirati", "saudi", ...; "uae", "gcc") or, in
# Arabic, "only" or "nationality": a skim before the pattern, which most postings
# ("organisation", "nationals") never reach
_SKIM = (
    "uae",
    "gcc",
    "emirati",
    "saudi",
    "qatari",
    "omani",
    "kuwaiti",
    "bahraini",
    "فقط",
    "الجنسية",
)


def nationals_only(text: str) -> str | None:
    """The phrase that opens a role to a Gulf country's nationals only, if any."""
    low = text.lower()
    if not any(word in low for word in _SKIM):
        return None
    found = _NATIONALS_ONLY.search(text)
    return found[0] if found else None


# the Gulf's peoples as the phrases above name them (the programmes by their stem:
# "saudization"), and in Arabic by the stem of the word for them ("للسعوديين": Saudis)
GULF_PEOPLES = {
    "uae": "AE", "emirati": "AE", "saudi": "SA", "qatari": "QA", "omani": "OM",
    "kuwaiti": "KW", "bahraini": "BH", "gcc": "GCC",
    "إماراتي": "AE", "اماراتي": "AE", "سعودي": "SA", "قطري": "QA", "عماني": "OM",
    "كويتي": "KW", "بحريني": "BH", "خليجي": "GCC",
}  # fmt: skip
# the names a post gives a country's or a bloc's people, in English: its people
# ("British"), its code or its name before "citizens" ("U.S. citizens", "EU citizens")
_PEOPLE_OF = {
    **name_table(DEMONYM_NAMES),
    **{people: code for people, code in GULF_PEOPLES.items() if people.isascii()},
    "us": "US", "u.s.": "US", "usa": "US", "united states": "US", "uk": "GB",
    "united kingdom": "GB", "eu": "EU", "european union": "EU", "eea": "EEA",
}  # fmt: skip
_WHOM = "|".join(map(re.escape, sorted(_PEOPLE_OF, key=len, reverse=True)))
_CITIZEN = r"(?:citizens?|nationals?)"
_CITIZENS_ONLY = re.compile(
    rf"(?<![\w.])({_WHOM})\s+{_CITIZEN}\s+only\b"
    rf"|(?<!not\s)\bonly\s+(?:open\s+to\s+|for\s+|available\s+to\s+)?({_WHOM})\s+{_CITIZEN}\b"
    # "national" alone is as often the insurance number ("must have a UK national
    # insurance number"): its nationality, then
    rf"|\b(?:must|should)\s+(?:be|hold|have)\s+(?:an?\s+)?({_WHOM})\s+(?:citizen(?:ship)?s?|nationality)\b"
    rf"|(?<![\w.])({_WHOM})\s+citizenship\s+(?:is\s+)?(?:required|needed|mandatory)"
    rf"|\brequir(?:es?|ed|ing)\s+(?:(?:an?|the)\s+)?({_WHOM})\s+citizenship\b"
    # citizens beside those of papers ("US citizens and green card holders only"), whom
    # `_OR_PAPERS` reads next
    rf"|(?<![\w.])({_WHOM})\s+citizens?(?=\s+(?:and|or|&)\s+(?:[\w-]+\s+){{0,2}}?"
    r"(?:green\s+card|permanent\s+residen))",
    re.I,
)
# citizens or those with papers ("US citizens or green card holders", "EU citizens or a
# valid work permit", "citizenship or permanent residency"): the right to work there
_OR_PAPERS = re.compile(
    r"\W{0,3}(?:and|or|and/or|/|&)\s+(?:[\w-]+\s+){0,4}?"
    r"(?:green\s+card|permanent\s+residen\w*|PR\b|work\s+(?:permit|visa|authori[sz]ation)"
    r"|right\s+to\s+work|residents?\b|visa\b)",
    re.I,
)
# the right to work in a place ("authorized to work in the U.S.", "the right to work in
# the UK"), or none sponsored ("no visa sponsorship", "we can't sponsor visas", "not
# eligible for visa sponsorship"): the place named, else the job's own
_PLACE = r"(?:united|european|new|south|saudi)\s+\w+|[\w.]+"  # "the U.S.", "United States"
_AUTHORISED = re.compile(
    r"\b(?:authori[sz]ed|eligible|entitled|permitted|legally\s+able)\s+to\s+work\s+in\s+"
    rf"(?:the\s+)?({_PLACE})"
    rf"|\b(?:authori[sz]ation|right|permission)\s+to\s+work\s+in\s+(?:the\s+)?({_PLACE})"
    r"|\bno\s+(?:visa\s+)?sponsorships?\b"
    # the words between are of offering it ("not able to", "not eligible for"), as "don't
    # worry about sponsorship" offers it
    r"|(?:\bnot|\b\w*n[’']t|\bcannot|\bunable\s+to)\s+(?:(?:be|able|to|currently|at|this|in|a|position"
    r"|eligible|for|provide|offer|support)\s+){0,4}?(?:visa\s+)?sponsor(?:ing|ship)?\b"
    r"|\bwithout\s+(?:the\s+need\s+for\s+)?(?:visa\s+)?sponsorship\b",
    re.I,
)
# the words every form above opens or closes on ("international" is none): the forms
# are read only in the words around them, so a long post pays for a few words only
_PAPERS_SKIM = ("citizen", "national", "to work in", "sponsor")
_TELLING = re.compile(r"\b(?:citizen|nationals?\b|nationality|sponsor|to\s+work\s+in)", re.I)
_AROUND = 80  # characters either side: "must be EU citizens or hold a valid EU work permit"


@dataclass(frozen=True)
class Nationality:
    """What a post asks of the applicant's passport or papers: its citizens only
    (`citizens`), or the right to work there (a passport, a permit, residency); `places`
    are countries or blocs, none for the job's own country."""

    phrase: str
    places: tuple[str, ...]
    citizens: bool
    gulf: bool = False  # a Gulf role for nationals: most who live there are not


def read_nationality(text: str) -> Nationality | None:
    """The citizenship or the right to work a post asks of the applicant, if any."""
    if gulf := nationals_only(text):
        places = tuple(dict.fromkeys(c for w, c in GULF_PEOPLES.items() if w in gulf.lower()))
        return Nationality(gulf, places[:1], citizens=True, gulf=True)
    low = text.lower()
    if not any(word in low for word in _PAPERS_SKIM):
        return None
    text = "\n".join(text[start:end] for start, end in _spans_around(text))
    if found := _CITIZENS_ONLY.search(text):
        who = next(group for group in found.groups() if group)
        papers = _OR_PAPERS.match(text, found.end())
        phrase = found[0] + papers[0] if papers else found[0]
        return Nationality(phrase, (_PEOPLE_OF[who.lower()],), citizens=not papers)
    if found := _AUTHORISED.search(text):
        where = found[1] or found[2]
        places = tuple(read_places(where)[:1]) if where else ()
        return Nationality(found[0], places, citizens=False)
    return None


def _spans_around(text: str) -> list[tuple[int, int]]:
    """The stretches of `_AROUND` characters either side of each telling word, those that
    overlap merged: the text is read once at most."""
    spans: list[tuple[int, int]] = []
    for m in _TELLING.finditer(text):
        start, end = max(0, m.start() - _AROUND), m.end() + _AROUND
        if spans and start <= spans[-1][1]:
            spans[-1] = (spans[-1][0], end)
        else:
            spans.append((start, end))
    return spans


def nationality_verdict(
    need: Nationality, job: tuple[str, ...], profile: Profile
) -> tuple[Eligibility | None, str]:
    """Whether the user's citizenship (or, for the right to work, where they may work
    without sponsorship) meets what a post asks, and why; None where the profile does
    not say (a Gulf role for nationals is then for the user to check: "review")."""
    places = need.places or tuple(p for p in job if not p.startswith("UTC"))
    named = ", ".join(places) or "the job's country"
    if need.citizens and profile.citizenship and places:
        if mine := [c for c in profile.citizenship for p in places if contains(p, c)]:
            return "eligible", f"only for nationals of {named} ('{need.phrase}'); you: {mine[0]}"
        you = ", ".join(profile.citizenship)
        return "not_eligible", f"only for nationals of {named} ('{need.phrase}'); you: {you}"
    if need.citizens:
        return ("review" if need.gulf else None), f"'{need.phrase}': check you are one"
    allowed = (*profile.work_authorization, *profile.citizenship)
    if not profile.work_authorization or not places:
        return None, ""
    if mine := [a for a in allowed for p in places if contains(p, a) or contains(a, p)]:
        return "eligible", f"needs the right to work in {named} ('{need.phrase}'); you: {mine[0]}"
    you = ", ".join(dict.fromkeys(allowed))
    return "not_eligible", f"needs the right to work in {named} ('{need.phrase}'); you: {you}"


# a year of national service that a country's new graduates are posted to at a fixed
# allowance (Ghana's NSS: "National Service Personnel", "posted for the 2026/2027
# National Service year"; Nigeria's NYSC: "corps members"): a placement the scheme makes,
# no work one applies to; a job that asks it done ("must have completed National
# Service") is none
_NATIONAL_SERVICE = re.compile(
    r"\b(?:national\s+service|nss)\s+(?:personnel|persons?|placements?|postings?)\b"
    r"|\b(?:for|posted\s+for|during)\s+(?:the\s+)?(?:\d{4}\s*/\s*\d{2,4}\s+)?national\s+service"
    r"\s+(?:year|period)\b"
    r"|(?<!peace\s)\b(?:nysc\s+)?corps\s+members?\b(?!\s+who\s+(?:have|had)\s+(?:completed|finished))",
    re.I,
)
_SERVICE_SKIM = ("national service", "nss ", "corps member")
_DONE_BEFORE = re.compile(
    r"\b(?:complet\w*|finish\w*|done|after|certificate)\W+(?:\w+\W+){0,3}$", re.I
)


def national_service(text: str) -> str | None:
    """The words that make a post a national service placement, if any."""
    low = text.lower()
    if not any(word in low for word in _SERVICE_SKIM):
        return None
    for found in _NATIONAL_SERVICE.finditer(text):
        if not _DONE_BEFORE.search(text, max(0, found.start() - 40), found.start()):
            return found[0]
    return None


def papers_country(entry: str, *, blocs: bool) -> str | None:
    """A profile's citizenship or work authorisation entry as a code: a two-letter code
    ("SA"; "UK" is GB), a people ("Saudi", "Emirati") or a name ("Saudi Arabia"); a
    bloc ("EU", "GCC") only where `blocs`. None for no country known."""
    written = entry.strip()
    code = CODE_ALIASES.get(written.upper(), written.upper())
    if len(code) == 2 and code.isalpha():
        return code if blocs or code not in BLOCS else None
    people = _PEOPLE_OF.get(written.lower())
    places = [people] if people else read_places(written)
    place = places[0] if len(places) == 1 else None
    return place if place and (blocs or place not in BLOCS) else None
