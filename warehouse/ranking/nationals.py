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

from extractors._places import COUNTRY_NAMES, DEMONYM_NAMES, name_table
from warehouse.ranking.profile import Profile
from warehouse.ranking.regions import (
    BLOCS,
    CODE_ALIASES,
    GEORGIA,
    contains,
    in_the_us,
    which_georgia,
)
from warehouse.ranking.remote import OPEN_TAIL, OTHERS_TOO, USERS_BEFORE, read_places

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
# the words that open a role to some people only ("only for", "open only to", "restricted
# to", "reserved for"); "open to UAE nationals" may go on "and expats"
_ONLY_TO = (
    r"(?<!not\s)\b(?:(?:only|exclusively)\s+(?:open\s+to\s+|for\s+|available\s+(?:to|for)\s+)?"
    r"|(?:open|available)\s+(?:only|exclusively)\s+(?:to|for)\s+"
    r"|(?:restricted|limited|reserved)\s+(?:only\s+|exclusively\s+)?(?:to|for)\s+)"
)
# asked of them, not preferred ("Emirati nationals required"; "no ... required" asks none)
_REQUIRED = r"\s+(?:(?:is|are)\s+)?(?:required|needed|mandatory)\b"
_NATIONALS_ONLY = re.compile(
    rf"\b{_WHO}\s+(?:nationals?|citizens?|candidates|applicants)\s+only\b"
    rf"|(?<!no\s)\b{_WHO}\s+(?:nationals?|citizens?){_REQUIRED}"
    rf"|\bemiratis?\s+(?:candidates\s+)?only\b"
    rf"|{_ONLY_TO}{_WHO}\s+(?:nationals?|citizens?)\b"
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
# ("British"), its code or its name before "citizens" ("U.S. citizens", "EU citizens",
# "Singapore Citizens / PRs only": any country's name, its people's word winning)
_PEOPLE_OF = {
    **{
        name: code
        for name, code in name_table(COUNTRY_NAMES).items()
        if len(code) == 2 and len(name) > 3 and name.isascii()
    },
    **name_table(DEMONYM_NAMES),
    **{people: code for people, code in GULF_PEOPLES.items() if people.isascii()},
    "us": "US", "u.s.": "US", "usa": "US", "united states": "US", "uk": "GB",
    "united kingdom": "GB", "eu": "EU", "european union": "EU", "eea": "EEA",
    "efta": "EFTA", "nz": "NZ", "new zealand": "NZ", "ewr": "EEA", "ue": "EU",
}  # fmt: skip
# and in Spanish, Portuguese and French after the noun ("nacionalidad española",
# "cidadania portuguesa", "nationalité française"; the Americas' are in DEMONYM_NAMES)
_PEOPLE_OF |= name_table("""
ES: español|española|españoles|españolas; PT: portuguesa|portugués|português|portugueses
FR: francesa|française|français|franceses; DE: alemana|alemã|allemande
IT: italiana|italienne; BE: belga|belge; CH: suiza|suíça|suisse
EU: europea|europeia|européenne|comunitaria|comunitária|europeos|europeas|européens|européennes
""")
# in Italian after the noun ("cittadinanza italiana", "cittadini italiani"), in German and
# Dutch before it ("deutsche Staatsangehörigkeit", "Nederlandse nationaliteit")
_PEOPLE_OF |= name_table("""
IT: italiani|italiano; DE: deutsche|deutscher|duitse; AT: österreichische|oostenrijkse
CH: schweizerische|zwitserse; NL: nederlandse|niederländische; BE: belgische
EU: europäische|europese|europei
""")
# Georgia is a country and a US state, left out of the country names: its citizens are
# the country's (a state has none) unless the post names a place in the US ("a state
# agency in Atlanta"), where they are the state's residents (`which_georgia`)
_PEOPLE_OF |= {"georgia": "GE", "georgian": "GE"}
_WHOM = "|".join(map(re.escape, sorted(_PEOPLE_OF, key=len, reverse=True)))
# one people or several ("Swiss or EU/EFTA nationals", "US or Canadian citizens",
# "deutsche oder EU-Staatsangehörigkeit")
_WHOMS = rf"(?:{_WHOM})(?:\s*(?:/|,|&|\bor\b|\band\b|\boder\b)\s*(?:{_WHOM}))*"
# and after a Romance noun, a list of the same ("cittadinanza italiana o UE", "nacionalidad
# española o europea", "cidadania portuguesa ou da UE"): its own words for "or" and "and",
# and the article a bloc's name takes ("da UE", "de la UE", "dell'UE")
_ROMANCE_WHOMS = (
    rf"(?:{_WHOM})(?:\s*(?:/|,|\b(?:o|ou|y|e|et)\b)\s*"
    rf"(?:(?:da|de\s+la|del|dell['’]|de\s+l['’])\s*)?(?:{_WHOM})(?![\w]))*"
)
_ONE_OF = re.compile(rf"(?<![\w.])(?:{_WHOM})(?![\w])", re.I)
_CITIZEN = r"(?:citizens?|nationals?)"
# papers beside citizenship ("or green card holders", "or a valid EU work permit", "or
# those with settled status", "o con permiso de trabajo", "or PRs"): the right to work there
_PAPERS = (
    r"\W{0,3}(?:and|or|and/or|/|&|o|ou)\s+(?:[\w-]+\s+){0,4}?"
    r"(?:green\s+card|permanent\s+residen\w*|PRs?\b|work\s+(?:permit|visa|authori[sz]ation)"
    r"|right\s+to\s+work|residents?\b|visa\b|(?:pre-)?settled\s+status"
    r"|permiso\s+de\s+(?:trabajo|residencia)|autoriza\w+\s+de\s+(?:trabalho|residência)"
    r"|permis\s+de\s+(?:travail|séjour)|titre\s+de\s+séjour|Arbeitserlaubnis)"
)
_CITIZENS_ONLY = re.compile(
    # one scan of the peoples for every form that opens on them ("EU citizens only", "US
    # citizenship required", "US citizens and green card holders", whose papers
    # `_OR_PAPERS` reads next)
    rf"(?<![\w.])(?<!no\s)({_WHOMS})\s+(?:{_CITIZEN}\s+only\b|(?:citizenship|citizens){_REQUIRED}"
    rf"|(?:citizens?|citizenship|nationals?)(?={_PAPERS}))"
    # outside the Gulf "open to" is as telling ("open to EU/EEA citizens"): its papers,
    # if any, are read next
    rf"|(?:{_ONLY_TO}|(?<!not\s)\bopen\s+to\s+)({_WHOMS})\s+{_CITIZEN}\b(?:\s+only\b)?"
    # "national" alone is as often the insurance number ("must have a UK national
    # insurance number"): its nationality, then
    rf"|\b(?:must|should)\s+(?:be|hold|have)\s+(?:an?\s+)?({_WHOMS})\s+(?:citizen(?:ship)?s?|nationality)\b"
    rf"|\brequir(?:es?|ed|ing)\s+(?:(?:an?|the)\s+)?(?:(?:active|valid|current)\s+)?({_WHOMS})\s+citizenship\b"
    # Spanish, Portuguese, French: the noun for nationality and the people it names
    # ("nacionalidad mexicana", "cidadania portuguesa"), or its citizens only ("solo
    # ciudadanos españoles o europeos"); German: "nur EU-Bürger",
    # "nur für deutsche Staatsangehörige"
    rf"|\b(?:nacionalidad|ciudadan[íi]a|nacionalidade|cidadania|nationalité|cittadinanza)\s+({_ROMANCE_WHOMS})s?\b"
    r"|\b(?:s[óo]lo|únicamente|exclusivamente|apenas|somente|uniquement|seulement|réservée?\s+aux)"
    rf"\s+(?:para\s+|pour\s+(?:les\s+)?|per\s+)?(?:ciudadanos|cidadãos|citoyens|ressortissants|cittadini)"
    rf"\s+({_ROMANCE_WHOMS})s?\b"
    rf"|\b(?:nur|ausschlie(?:ß|ss)lich)\s+(?:für\s+)?({_WHOMS})(?:-|\s+)(?:Staats)?(?:Bürger|angehörige)"
    # German and Dutch: the people before the noun ("deutsche Staatsangehörigkeit",
    # "EU-Staatsbürgerschaft", "Nederlandse nationaliteit"); none is asked "without"
    # ("ohne", "keine", "geen") it
    rf"|(?<!ohne\s)(?<!keine\s)(?<!geen\s)(?<![\w.])({_WHOMS})(?:\s+|-)"
    r"(?:Staatsangehörigkeit|Staatsbürgerschaft|nationaliteit)\b",
    re.I,
)
_OR_PAPERS = re.compile(_PAPERS, re.I)
# the citizens and their papers preferred, not asked ("Singaporean citizens or PRs
# preferred", "US citizens or green card holders are a plus"): it binds nobody
_PREFERRED = re.compile(
    r"(?:\s+holders?)?\s+(?:(?:are|is)\s+)?(?:(?:strongly\s+)?preferred|preferable|a\s+plus|an\s+advantage)\b",
    re.I,
)
# a US clearance of a level ("Secret clearance required", "active TS/SCI"): only US
# citizens hold one; judged for a job in the US or one that names no place. Its US-only
# names say it without the word "clearance": SCI ("TS/SCI", "Top Secret/SCI") and the
# polygraph of one ("Full Scope Poly", "CI Poly")
_CLEARANCE = re.compile(
    r"(?<!no\s)\b(?:TS\s*/\s*SCI|top[\s-]+secret|secret)(?:\s*/\s*SCI)?\s+(?:security\s+)?clearance\b"
    r"|(?<!no\s)\b(?:TS|top[\s-]+secret)\s*/\s*SCI\b"
    r"|\b(?:full[\s-]+scope|CI|counter[\s-]*intelligence)\s+poly(?:graph)?\b",
    re.I,
)
# another country's clearance of the same names beside it: Canada's ("Secret clearance
# (Canada)", "Reliability status"), the UK's ("SC", "DV", "BPSS"), Australia's ("NV1",
# "Baseline"), which do not ask a US passport
_CLEARED_ELSEWHERE = re.compile(
    r"(?i:\b(?:canad\w*|reliability|UK|british|HMG|australi\w*|AGSVA|NV[12]|BPSS)\b)"
    r"|\b(?:SC|DV|eDV)\b(?!-)",
)
# the right to work in a place ("authorized to work in the U.S.", "the right to work in
# the UK", "permiso de trabajo en la UE"), or none sponsored ("no visa sponsorship", "we
# can't sponsor visas", "sponsorship is not available", "Visa sponsorship: not available"):
# the place named, else the job's
_PLACE = r"(?:united|european|new|south|saudi)\s+\w+|[\w.]+"  # "the U.S.", "United States"
# a work or residence permit in the languages other than English: in Spanish, Portuguese,
# French, Italian, then in German and Dutch, whose "en" is "and" ("werkvergunning en
# verhuizing": a permit and a move), never "in"
_LATIN_PERMIT = (
    r"(?:permiso\s+de\s+trabajo|autoriza\w+\s+de\s+trabalho|permis\s+de\s+travail"
    r"|autorisation\s+de\s+travail|permesso\s+di\s+(?:lavoro|soggiorno))"
)
_GERMANIC_PERMIT = r"(?:Arbeitserlaubnis|Arbeitsgenehmigung|werkvergunning)"
_PERMIT = rf"(?:{_LATIN_PERMIT}|{_GERMANIC_PERMIT})"
_ASKED = (
    r"(?:erforderlich|notwendig|Voraussetzung|vereist|verplicht|necessari[oa]|richiest[oa]"
    r"|obbligatori[oa]|requis|exigée?|obligatori[oa]|requerid[oa]|imprescindible)"
)
_AUTHORISED = re.compile(
    r"\b(?:authori[sz]ed|eligible|entitled|permitted|legally\s+able)\s+to\s+work\s+in\s+"
    rf"(?:the\s+)?({_PLACE})"
    rf"|\b(?:authori[sz]ation|right|permission)\s+to\s+work\s+in\s+(?:the\s+)?({_PLACE})"
    rf"|\b(?:{_LATIN_PERMIT}(?:\s+(?:válid[oa]|valide))?\s+(?:en|em|para|pour|per|in)\s+"
    r"(?:la\s+|el\s+|le\s+|l['’]|a\s+|o\s+)?"
    rf"|{_GERMANIC_PERMIT}(?:\s+(?:gültig|geldig))?\s+(?:in|für|voor)\s+(?:die\s+|der\s+|het\s+)?)"
    rf"({_PLACE})"
    # a permit asked with no place: the job's ("Arbeitserlaubnis erforderlich",
    # "necessario permesso di soggiorno"); "we handle the Arbeitserlaubnis" asks none
    rf"|(?<!keine\s)(?<!geen\s)(?<!aucun\s)(?<!ohne\s)(?<!sin\s)\b{_PERMIT}(?:\s+[\w’']+){{0,3}}?"
    rf"\s+{_ASKED}\b|(?<!non\s)(?<!non\sè\s)\b{_ASKED}\W+(?:\w+\s+){{0,2}}?{_PERMIT}"
    r"|\bno\s+(?:visa\s+)?sponsorships?\b"
    # the words between are of offering it ("not able to", "not eligible for"), as "don't
    # worry about sponsorship" offers it
    r"|(?:\bnot|\b\w*n[’']t|\bcannot|\bunable\s+to)\s+(?:(?:be|able|to|currently|at|this|in|a|position"
    r"|eligible|for|provide|offer|support)\s+){0,4}?(?:visa\s+)?sponsor(?:ing|ship)?\b"
    r"|\bsponsorship\s*(?:[:–-]\s*|is\s+|will\s+)?(?:not\s+|un)(?:available|offered|provided|possible)\b"
    r"|\bwithout\s+(?:the\s+need\s+for\s+)?(?:visa\s+)?sponsorship\b",
    re.I,
)
# the words every form above opens or closes on ("international" is none): the forms
# are read only in the words around them, so a long post pays for a few words only; the
# English ones in every post the skim lets through, the others only where the post has
# one (a long alternation costs every post it reads)
_PAPERS_SKIM = ("citizen", "national", "to work in", "sponsor")
_TELLING = re.compile(r"\b(?:citizen|nationals?\b|nationality|sponsor|to\s+work\s+in)", re.I)
_OTHER_SKIM = (
    "clearance", "/sci", "/ sci", " poly", "nacional", "nationalit", "cidad", "ciudadan",
    "ressortissant", "permis", "autori", "arbeitserlaubnis", "arbeitsgenehmigung", "bürger",
    "angehörig", "werkvergunning", "permesso", "cittadin", "citoyen",
)  # fmt: skip
_OTHER_TELLING = re.compile(
    r"\b(?:clearance|sci\b|poly|nacional|nationalit|cidadania|cidadãos|ciudadan|ressortissant|permiso"
    r"|permis\b|autoriza|autorisation|arbeitserlaubnis|arbeitsgenehmigung|werkvergunning"
    r"|permesso|cittadin|citoyen|(?:staats)?(?:bürger|angehörig))",
    re.I,
)
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
    clearance: bool = False  # a US clearance's: judged only for a job in the US


def read_nationality(text: str) -> Nationality | None:
    """The citizenship or the right to work a post asks of the applicant, if any."""
    if gulf := nationals_only(text):
        places = tuple(dict.fromkeys(c for w, c in GULF_PEOPLES.items() if w in gulf.lower()))
        return Nationality(gulf, places[:1], citizens=True, gulf=True)
    low = text.lower()
    other = any(word in low for word in _OTHER_SKIM)
    if not other and not any(word in low for word in _PAPERS_SKIM):
        return None
    whole, text = text, "\n".join(text[at:to] for at, to in _spans_around(text, other=other))
    for rule in _CITIZENS_ONLY.finditer(text):
        if USERS_BEFORE.search(text, max(0, rule.start() - 40), rule.start()):
            continue  # "our app helps UK citizens and residents file taxes"
        who = next(group for group in rule.groups() if group)
        papers = _OR_PAPERS.match(text, rule.end())
        phrase = rule[0] + papers[0] if papers else rule[0]
        after = rule.start() + len(phrase)
        if any(form.match(text, after) for form in (OTHERS_TOO, OPEN_TAIL, _PREFERRED)):
            return None  # "..., as are contractors worldwide", "EU citizens and everyone else"
        codes = dict.fromkeys(_PEOPLE_OF[one.lower()] for one in _ONE_OF.findall(who))
        if GEORGIA.search(who) and which_georgia(read_places(whole)) == "US":
            return None  # "a state agency in Atlanta. Georgia citizens only": its residents
        return Nationality(phrase, tuple(codes), citizens=not papers)
    if (
        (found := _CLEARANCE.search(text))
        and not _PREFERRED.match(text, found.end())  # "TS/SCI preferred" binds nobody
        and not _CLEARED_ELSEWHERE.search(text, max(0, found.start() - 40), found.end() + 40)
    ):
        return Nationality(found[0], ("US",), citizens=True, clearance=True)
    if found := _AUTHORISED.search(text):
        where = next((group for group in found.groups() if group), None)
        words = where.lower() if where else ""
        named = _PEOPLE_OF.get(words) or _PEOPLE_OF.get(words.rstrip("."))  # "la UE." too
        there = [named] if named else read_places(where)[:1] if where else []
        return Nationality(found[0], tuple(there), citizens=False)
    return None


def _spans_around(text: str, *, other: bool) -> list[tuple[int, int]]:
    """The stretches of `_AROUND` characters either side of each telling word (the other
    languages' and a clearance's too where `other`), those that overlap merged: the text
    is read once at most."""
    found = [m.span() for m in _TELLING.finditer(text)]
    if other:
        found = sorted(found + [m.span() for m in _OTHER_TELLING.finditer(text)])
    spans: list[tuple[int, int]] = []
    for at, to in found:
        start, end = max(0, at - _AROUND), to + _AROUND
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
    if need.clearance and job and not in_the_us(job):
        return None, ""  # "Secret" names a level in Canada too
    if GEORGIA.search(need.phrase) and which_georgia(job) == "US":
        return None, ""  # "Georgia citizens" for a job in the US: the state's residents
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
