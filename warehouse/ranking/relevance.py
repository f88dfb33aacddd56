"""Whether a posting is in the user's line of work, and how closely: the `fit` signal.

A role named in the title is the strongest evidence ("Senior Data Engineer"); a term the
taxonomy relates to a role, in the title, is next ("Data Platform Engineer"), unless the
title names another trade, whose tool it then is ("Mobile Engineer (TypeScript)"); a role the
body lists as a job title is next (">> Data Engineer: <link>" in a post hiring for
several roles), and a role the body only mentions is weak ("you will work with our data
engineers"). A title naming its specialty apart ("Software Engineer - Data", or in a
trade's word in lower case: "Product Engineer (frontend focused)") names the role it
spells, as does a post hiring across trades without a head ("hiring across Backend and
Frontend": an engineer of each) or a header's field listing them ("Acme | Security, ML
| Remote"), and so does one naming skills, or words any trade's title holds (software,
product), between its trade's words ("Fullstack Python Developer" is a fullstack
developer, "Infrastructure Software Engineer" an infrastructure engineer).
Managing the trade is another job: a role under a title that names a director, head, VP
or manager counts half, and a title that names such a manager and no one else (no
engineer, developer ...) is another trade's, as is one that names a job outside the
trades and no one else ("Account Executive", "Technical Recruiter"): the tools its
posting names are those of the people it sells to or hires. Skills count as in
`skills.match_skills`, the title above the body; several of them are evidence on their
own, unless the title names another trade: Python and SQL in "Full Stack Web Developer -
Python, SQL" serve a web developer, not a data engineer, so skills alone count half
there, and so does a role the body only mentions ("Senior ML Engineer" who works "with
data engineering"). A trade whose related terms include one of the profile's skills is
not another but a near one (React makes a full-stack title a frontend developer's
business), and a title that names a near trade beside another ("Full-Stack Engineer +
Cloud Engineer") is not another trade's. Keywords add a little, and so does a phrase the
taxonomy relates to one of the profile's roles, anywhere in the posting ("data
pipelines", "infrastructure as code"): as much as one keyword, and no role (the why
names none).

A posting matches the profile when it names one of its skills, or one of its roles,
as a title or in its title, or a related term in its title (a role in its text when it
has no title, as on Mastodon). One that does not leaves the default ranking: "no match
to your skills or roles". Nor do skills alone match under a title that names another
trade and nothing of the profile's: Python in "iOS Developer (Swift, Python)" is the
iOS developer's, as is any stack the body lists; the lead leaves the ranking as
"another trade's role". Unless the title also names an engineer of no trade ("Backend /
Product Engineers", "| Senior Software Engineer |") or of one of the profile's skills
("Python Developer" for a data engineer), whom the skills may serve; an engineer of
other skills ("Java Engineer", "ML Engineer") is no such engineer, nor is one whose
trade follows the head ("Founding Engineer: Backend + Data"), though AI there is the
product's field ("Software Engineer, AI & Automation"). Nor do skills any
trade uses match alone: where a profile's skills include some the taxonomy ties to its
roles (dbt, Spark for a data engineer), the others (Python, SQL) named in the body with
nothing of the trade beside them (no role, keyword, skill or term of the trade) are a
team's stack or a generalist's role; so are the trade's tools (Terraform, dbt) that
only a list of the team's stack names ("Stack: Go, Postgres, Terraform") or a sentence
saying what the team runs on ("We deploy to AWS via Terraform", "Our stack is Elixir on
GCP"), and so are the trade's terms and keywords there, though not its languages and
frameworks (React), which the whole team writes. The lead leaves the
ranking as "only a team's stack or skills any trade uses".

    role   = 1.0 role in the title, 0.6 related term in the title, 0.5 role listed in
             the body, 0.25 role mentioned in the body; half under a manager's title
    skills = sum(skill weights) / min(3, number of skills), at most 1
    fit    = max(0.65 role + 0.35 skills, 0.8 skills) with roles in the profile (half
             under another trade's title without a role of the profile's in it), else
             skills; + 0.1 for keywords (0.05 each, two at most); + 0.05 for a
             phrase of the profile's trade
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, replace
from functools import lru_cache

from extractors._stack import STACK_WORDS
from warehouse.ranking._text import (
    Caseless,
    Skimmed,
    clause_before,
    literal,
    longest_first,
    lowered,
    matches_at,
    may_hold,
    phrases,
)
from warehouse.ranking.foreign_titles import BUILDER_HEADS, GENDER, in_english
from warehouse.ranking.profile import Profile
from warehouse.ranking.skills import TermIndex, match_skills, term_index, title_mentions
from warehouse.ranking.taxonomy import (
    BODY_DECIDES,
    HARDWARE_FIELDS,
    LAYER_WORDS,
    PERSON_WORD,
    ROLE_HEADS,
    STACK,
    TABLE,
    TRADE_HEADS,
    Items,
    aliases_of,
    is_role,
    name_forms,
    profile_role_forms,
    related_to,
    role_forms,
    role_literal,
    trade_of,
)

ROLE_IN_TITLE, RELATED_IN_TITLE, ROLE_LISTED, ROLE_IN_BODY = 1.0, 0.6, 0.5, 0.25
MANAGING = 0.5
# a title's other gender after a slash or in brackets ("Grafiker/in", "Entwickler(in)",
# "Redactor/a SEO", French "Concepteur(trice)", "Développeur(se)"): the role is named by
# its first
_GENDERED = re.compile(
    r"(?<=[^\W\d_]{3})(?:/(?:innen|in|a|trice|euse)|\((?:innen|in|a|e|se|euse|trice|ne)\))(?!\w)"
)
_PERSON_LOW = re.compile(PERSON_WORD.pattern)  # a word that names a person, lower-cased
# what stands before a whole role in a title: a field's start or a rank
_WHOLE_ROLE_BEFORE = re.compile(
    r"(?:^|[|,;:(/\[•·]|\s[-–—]|\b(?:senior|sr\.?|staff|principal|lead|junior|jr\.?"
    r"|mid-level|freelance|remote|contract|part-time|interim|founding))[ \t]*$",
    re.IGNORECASE | re.MULTILINE,
)
_MANAGER = re.compile(
    r"\b(?:director|head\s+of|vp|vice\s+president|chief|manager|cto|cdo)\b", re.IGNORECASE
)
# anyone a title names beside its manager ("Engineering Manager, Staff Engineer"), not
# the field a manager heads ("Head of Developer Relations" manages no developer)
_HEADS_A_FIELD = "".join(
    rf"(?<!{word}[ -]of[ -])" for word in ("head", "director", "vp", "president", "manager")
)
_STAFF = re.compile(
    rf"{_HEADS_A_FIELD}\b(?:{'|'.join(sorted(ROLE_HEADS - {'manager'}))})s?\b", re.IGNORECASE
)
# jobs outside the trades, whose postings name the tools of those they sell to or hire:
# an "Account Executive" selling to teams that "run Kubernetes", a recruiter hiring SREs;
# as a title's field ends in it, not a product's words ("an AI assistant for lawyers")
_OTHER_JOB = re.compile(
    r"\b(?:executive|recruiter|sourcer|marketer|copywriter|bookkeeper|accountant"
    r"|representative|coordinator|assistant|paralegal|professor|lecturer"
    # everyday jobs whose titles borrow a skill's name ("Java barista", "Kotlin island
    # tour guide"): a coffee or a place, no stack
    r"|barista|bartender|waiter|waitress|chef|cook|cashier|guide|driver|courier|nanny"
    r"|cleaner|housekeeper|receptionist|caregiver|nurse)s?\b"
    r"(?=[ \t]*(?:[|,;:(/\-–—]|$))",
    re.IGNORECASE | re.MULTILINE,
)
# the field a professor teaches, which is not the trade practised ("Assistant Professor
# of Interaction Design" is a professor's job)
_TAUGHT = re.compile(r"\b((?:professor|lecturer)s?)[ \t]+(?:of|in)\b[^|,;:(/\n]*", re.IGNORECASE)
# A title that names its specialty apart from its head ("Software Engineer - Frontend",
# "Full-Stack / Frontend / AI Engineer", "Software Engineers (Backend, Data, Viz)")
# names "Frontend Engineer" and "Data Engineer" as well. Specialties are capitalised
# words, as titles write them; a manager of a specialty is not in its trade.
_HEAD = "|".join(sorted(head.capitalize() for head in ROLE_HEADS - {"manager"}))
# a title's tag of terms, not a specialty: "Bid Writer (Freelance)" is no freelance writer
_TERMS_TAG = r"(?i:freelancer?|contract(?:or)?|part-time|full-time|remote|hybrid|on-?site|temp"
_TERMS_TAG += r"|temporary|interim|fractional)(?![\w+#.-])"
# capitalised, whole, and not a head nor a tag of terms
_WORD = rf"(?!(?:{_HEAD})s?\b)(?!{_TERMS_TAG})[A-Z][\w+#.-]*+"
# not followed by a head: "Data" in "Engineers, PM, Data Analyst" is the analyst's (a
# list before a head is searched up to the head, so its last specialty ends the text)
_NO_HEAD_NEXT = rf"(?![ \t]+(?i:{_HEAD}))"
_SPECIALTY = rf"{_WORD}(?:[ \t]+{_WORD}){{0,2}}{_NO_HEAD_NEXT}"
# After a head, a trade's own word names it in lower case too ("Product Engineer
# (frontend focused)", "Software Engineering - platform, infra"): the specialties of the
# taxonomy's trades, which prose after a head hardly holds, and how a title leans; of
# the names that end in a head titles are read around (an engineer's, designer's,
# writer's ...: not a manager's, nor "Video Editor" or "SEO Specialist")
_READ_APART = ROLE_HEADS - {"manager"}
_TRADE_WORDS = longest_first(
    {
        " ".join(words[:-1])
        for name, (aliases, _) in TABLE.items()
        if is_role(name)
        for words in (n.split() for n in (name, *aliases))
        if len(words) > 1 and words[-1] in _READ_APART  # not "designer ux", "2d animator"
    }
    - {"product", "technical"}  # any trade's
)
_LEANS = r"[ \t-]+(?:focused|leaning|heavy|oriented)"
_LIST_GOES_ON = r"(?=[ \t]*(?:[,/&()|;.\n]|and\b|or\b|$))"  # a whole item, not prose
_TRADE_WORD = rf"(?:{'|'.join(map(literal, _TRADE_WORDS))})(?:{_LEANS})?{_LIST_GOES_ON}"
_LEANING = re.compile(rf"{_LEANS}$", re.IGNORECASE)
_NAMED = rf"(?:{_SPECIALTY}|{_TRADE_WORD})"
# an Oxford comma too: "Frontend, Backend, and Platform"
_AND = r"[ \t]*(?:,(?:[ \t]*(?:and|or)\b)?|/|&|\band\b|\bor\b)[ \t]*"
# a header's field that lists trades without a head ("Acme | Security, Machine Learning
# | Remote"): an engineer of each, in any case; grouped by first letter, as `re` tried
# the 85 words one by one at every line (32 us a posting; 18 us grouped)
_ANY_CASE_TRADE = rf"(?i:{phrases(map(literal, [*_TRADE_WORDS, 'sre']), word_start=False)})"
# such a field's "Design" is a designer, as a team of trades names them ("Acme | Frontend,
# Design | Remote (EU)"), not a design engineer (a frontend title)
_FIELD_WORDS = [*_TRADE_WORDS, "sre", "design"]
_FIELD_DESIGNER = {"Design Engineer": "Product Designer"}
_FIELD_TRADE = rf"(?i:{phrases(map(literal, _FIELD_WORDS), word_start=False)})"
_TRADES_FIELD = re.compile(
    rf"(?:^|\|)[ \t]*({_FIELD_TRADE}(?:{_AND}{_FIELD_TRADE})+)[ \t]*(?=\||$)", re.MULTILINE
)
# where such a field may start: a line's start or a bar, then a trade's first word, found
# in the lower-cased text after a "\n" put first; `re` tries a pattern led by "^" at
# every place (17 us a posting), this one only at a "\n" or a bar
_FIELD_HEADS = sorted({re.escape(word.split()[0]) for word in _FIELD_WORDS})
_FIELD_STARTS = re.compile(rf"[\n|][ \t]*(?:{phrases(_FIELD_HEADS, word_start=False)})")
# found first, a title read around its head; the word's start is tested apart, as a
# leading \b costs the scan four times as much
_HEADS = Skimmed(re.compile(rf"(?:{_HEAD})s?\b|Engineering\b"))
# a title may write its head in lower case ("Senior software engineer - frontend"):
# read in a title alone, as prose would name every engineer it mentions
_TITLE_HEADS = re.compile(rf"(?i:{_HEAD})s?\b|(?i:engineering)\b")
_IN_WORD = re.compile(r"\w")
# a trade's word may follow the head with no mark but a space where the title's field
# ends there ("Software engineer backend (Go)", "| Developer Frontend |")
_BARE_TRADE = rf"[ \t]+(?=(?i:{_TRADE_WORD})[ \t]*(?:[(|]|$))"
# or its rank first, a directory's way ("Engineer, Senior (Data)", "Engineer, Staff - Platform")
_RANK_FIRST = r"[ \t]*,[ \t]*(?i:senior|sr\.?|staff|principal|lead|junior|jr\.?)[ \t]*[(,–—-][ \t]*"
_AFTER = re.compile(
    rf"(?:{_RANK_FIRST}|[ \t]*[-–—,:(][ \t]*|{_BARE_TRADE})({_NAMED}(?:{_AND}{_NAMED})*)"
)
# trades named without a head where a post says what it hires ("we're hiring across
# Backend, Infrastructure, and Frontend", "Hiring: Backend, Frontend, Data"): an
# engineer of each
_HIRING = Skimmed(
    re.compile(
        rf"[Hh]iring(?:[ \t]+(?:across|for)[ \t]*:?|[ \t]*:)[ \t]*({_NAMED}(?:{_AND}{_NAMED})+)"
    )
)
_BEFORE = re.compile(rf"({_SPECIALTY}(?:{_AND}{_SPECIALTY})+)[ \t]+$")
# what must stand in the last four words before a head such a list ends at: its last
# specialty is three words at most, and a mark or "and"/"or" parts it from the one before
_LIST_MARK = re.compile(r"[,/&]|(?<!\w)(?:and|or)(?!\S)")
# prose lists trades before one head in lower case too ("looking for front-end, back-end
# and full stack developers"): an engineer of each, as "front-end developers" alone is;
# read where the word before a lower-case head ends a trade's words, few places a post
_PROSE_HEAD = Skimmed(re.compile(r"\b(engineer|developer)s?\b"))
_PROSE_LAST = frozenset(re.split(r"[ -]", word)[-1] for word in [*_TRADE_WORDS, "sre"])
_WORD_BEFORE = re.compile(r"([\w/]+)[ \t]+$")
_PROSE_LIST = re.compile(rf"(?<![\w-])({_ANY_CASE_TRADE}(?:{_AND}{_ANY_CASE_TRADE})+)[ \t]+$")
# or in brackets, where a bar parts them too ("[Platform | Frontend] Engineer")
_BRACKETED = re.compile(
    rf"\[[ \t]*({_SPECIALTY}(?:(?:{_AND}|[ \t]*\|[ \t]*){_SPECIALTY})+)[ \t]*\][ \t]*$"
)
_LISTED_APART = re.compile(rf"{_AND}|[ \t]*\|[ \t]*")
# a designer of no specialty where a title, a header's field or a list's item starts
# ("Founding Designer", "| Staff Designer |", "- Lead Designer -", "· Designers that
# code"): a product designer, as software firms name theirs; not one a sentence names
# ("our engineers and designers", "a circuit designer", "Part-time designer")
_DESIGNER = re.compile(r"\b[Dd]esigners?\b")
_BARE_BEFORE = re.compile(
    r"(?:\A|[|:(/•·*▪]|(?:\A|\s)(?:[-–—]|\d+[.)]))[ \t]*"
    r"(?:(?:senior|sr\.?|staff|principal|lead|founding|junior|jr\.?|first|freelance)[ \t]+)*\Z",
    re.IGNORECASE,
)
# a lead whose specialty is user experience, written after it ("Project Lead (UI/UX)",
# "Lead - UX"): a design lead; not a technical lead's ("Tech Lead (UI/UX)")
_UX_LEAD = re.compile(
    r"(?<!Tech )(?<!Technical )(?<!Engineering )\b(?:Lead|Head)[ \t]*[-–—:(,][ \t]*"
    r"(?:UI[ \t]*/[ \t]*UX|UX[ \t]*/[ \t]*UI|UX|UI[ \t]*&[ \t]*UX|UX[ \t]*&[ \t]*UI)\b"
)
# "VA", as the trade's own posts shorten a virtual assistant ("Filipino VA wanted", "[Hiring]
# VA - $6/hr", "Amazon VAs"), in capitals; not Virginia ("Arlington, VA", "(Tysons VA)",
# "DC/VA", "| VA", "VA 22201") nor Veterans Affairs ("VA Medical Center", "VA loans")
_VA = re.compile(
    r"(?<![,/(])(?<!, )(?<!\| )(?<!\b[A-Z]{2} )\bVAs?\b(?![ \t]*[),]|/|[ \t]*\d)"
    r"(?![ \t]+(?i:medical|hospital|health|healthcare|benefits?|claims?|loans?|home|mortgage"
    r"|clinic|center|centre|disability|compensation|regional|office)\b)"
)
# a specialty after the designer, as Romance languages name it ("Designer de interiores",
# "Designer d'intérieur", "Designer di moda"): no bare designer; the product's own are aliases
_SPECIALTY_AFTER = re.compile(r"\s+(?:de|d'|d’|di|do|da|des|del)\b", re.IGNORECASE)
_BARE_REACH = 40  # characters of its line before a designer the item's start is looked for
# the trades that serve customers, as a title ends in them ("Senior Solutions Engineer")
_CUSTOMER_FACING = longest_first(
    {form for trade in ("sales engineer", "support engineer") for form in role_forms(trade)}
)
_SERVES_CUSTOMERS = re.compile(rf"\b(?i:{'|'.join(map(role_literal, _CUSTOMER_FACING))})$")
# a name of N words, and a layer of the stack its pattern allows ("Sales Software Engineer")
_CUSTOMER_FACING_WORDS = LAYER_WORDS + max(
    len(re.findall(r"\w+", name)) for name in _CUSTOMER_FACING
)
# the word before the head of each such name ("sales" of "Pre-Sales Engineer"): a line
# with none of them names no customer-facing trade, most lines
_CUSTOMER_FACING_FIELDS = frozenset(name.split()[-2] for name in _CUSTOMER_FACING)
_WORD_STARTS = re.compile(r"\b\w")
_BEFORE_REACH = 120  # characters of its line before a head a list of specialties spans
# one to three skills, or words any trade's title may hold (software, product), between
# a word that is none of them and a head ("Fullstack Python/Django Developer", "Frontend
# Software Engineer"): left out, the title names the trade its other words name. Read
# in the lower-cased title, from a space (which `re` skips to fast), the words grouped
# by first character
_BETWEEN = STACK | {"software", "product"}
_WORDS_BETWEEN = phrases(map(re.escape, longest_first(_BETWEEN)), word_start=False)
_LOWER_HEAD = "|".join(sorted(ROLE_HEADS - {"manager"}))
_SKILLS_BETWEEN = re.compile(
    rf"[ \t](?<=\w[ \t])[ \t]*(?:{_WORDS_BETWEEN})"
    rf"(?:[ \t]*(?:[/+&,]|and\b)[ \t]*(?:{_WORDS_BETWEEN})){{0,2}}"
    rf"(?=[ \t]+(?:{_LOWER_HEAD})s?\b)"
)
# what a mobile app is for, between "Mobile" and "App Developer" ("Mobile Data Collection
# App Developer", "Mobile Banking App Engineer"): the title names a mobile app developer
_APP_FOR = re.compile(
    r"\bmobile((?:[ \t]+[\w-]+){1,3}?)(?=[ \t]+app(?:lication)?s?[ \t]+(?:developer|engineer)s?\b)"
)
# an engineer of no trade in a title ("Senior Software Engineer", "| Founding Engineer",
# "Product Engineers"): a head that starts a field of the title or follows only words of
# rank or any trade's, so the skills a posting names may be that engineer's; not one
# whose trade follows ("Founding Engineer: Backend + Data", "Software engineer backend");
# AI after an engineer is the product's field ("Software Engineer, AI & Automation"), as
# any engineer builds AI features now
_LEVELS = r"senior|sr\.?|staff|principal|lead|junior|jr\.?|mid(?:-level)?|founding|software|product"
_LAYERS = [w for w in _TRADE_WORDS if w not in {"ai", "ml", "machine learning", "applied"}]
_TRADE_NEXT = rf"[ \t]*(?:[-–—:,(][ \t]*)?(?:{'|'.join(map(literal, _LAYERS))})\b"
_ANY_TRADE = re.compile(
    rf"(?:^|[|,/(&+:;]|\band\b)[ \t]*(?:(?:{_LEVELS})[ \t]+)*(?:engineer|developer)s?\b"
    rf"(?!{_TRADE_NEXT})",
    re.MULTILINE,
)
# a line that lists a team's stack, and the lines under it that go on listing it
_STACK_LABEL = re.compile(
    r"^[^\w\n]*(?:(?:our|the|tech|technology|technical|core|main)[ \t]+){0,3}"
    r"(?:stack|technologies|tech)\b",
    re.IGNORECASE | re.MULTILINE,
)
_UNDER_A_STACK = re.compile(r"[ \t]*(?:$|[-•*·▪●][^\n]*$|[^\n]{1,60}$)", re.MULTILINE)
# a sentence that says what the team runs on, in prose ("Our tech stack is Elixir on GCP",
# "We deploy to AWS via Terraform", "the app runs on Kubernetes"): a stack all the same
_STACK_PROSE = re.compile(
    r"\b(?:(?:our|the|tech)[ \t]+(?:[\w-]+[ \t]+){0,2}?stack\b|stack[ \t]+(?:includes?|is|are)\b"
    r"|we(?:'re|[ \t]+are)?[ \t]+(?:(?:heavily|mostly|mainly|primarily|also)[ \t]+)?"
    r"(?:use|using|run|running|deploy|deploying|host|hosting|build[ \t]+on|built[ \t]+on)\b"
    r"|(?:runs?|running|deployed|hosted)[ \t]+on\b)",
    re.IGNORECASE,
)
_STACK_PROSE_LOW = Caseless(_STACK_PROSE)  # 19 us a posting, where `re` took 60
# a prose sentence's end (cut out with it): a stop before a space, not "Node.js", or a line's
_SENTENCE_END = re.compile(r"[.!?](?=\s)|\n")
# a heading of a list item: a few capitalised words and a colon at the line's start
_HEADING = re.compile(
    r"^[ \t]*(?:[-*•●▪·][ \t]*)?((?:[A-Z][\w/&+-]*[ \t]+){0,2}[A-Z][\w/&+-]*)[ \t]*:(?!//)",
    re.MULTILINE,
)
# the field a trade's head names, not the person ("Design", not "Designer")
_FIELDS = ("design", "engineering", "science", "writing", "consulting")
_FIELD_WORD = re.compile(rf"(?i:{'|'.join(_FIELDS)})$")
ROLE_SHARE = 0.65
SKILLS_ALONE = 0.8  # the fit several skills give without a role
OTHER_TRADE = 0.5  # skills alone under a title naming another trade
KEYWORDS_BONUS = 0.1
TRADE_PHRASE_BONUS = 0.05  # as much as one keyword
SKILLS_FOR_FULL_FIT = 3


@dataclass(frozen=True, slots=True)
class Relevance:
    fit: float
    matched: bool  # a skill, or a role or related term in the title
    in_passing: bool  # only a team's stack or skills any trade uses, nothing of its trade
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
    # the trade a profile of skills alone is in, where they are a craft's (a translator's
    # localization): its title is read against it, as the roles' are
    trade = replace(profile, roles=_craft_of(profile.skills)) if not profile.roles else profile
    # the roles the title names, for the roles and trades
    spelled = spelled_out(_GENDERED.sub("", title), title=True) if title and trade.roles else ""
    titles = _TAUGHT.sub(r"\1", _skills_left_out(_app_for_left_out(spelled))) if spelled else ""
    # a title of a role next to the profile's ("Analytics Engineer" for a data analyst,
    # "Content Manager" for a content writer) is no other trade's, nor a manager's
    adjacent = bool(titles) and _names_adjacent(titles, trade)
    managing = bool(titles) and not adjacent and _manages(titles, trade)
    # a manager or a job outside the trades, and no one else; or another trade
    alone = (managing or bool(_OTHER_JOB.search(titles))) and not _STAFF.search(titles)
    other = bool(titles) and not adjacent and (alone or _names_other_trade(titles, trade))
    role_score, roles = _roles(titles, text, profile, managing, other)
    # nothing of the profile's in a title naming another trade
    others = other and role_score <= ROLE_IN_BODY
    whole = f"{title or ''}\n{text}"
    keywords = _keywords(whole, profile)
    base = skill_score
    if profile.roles:
        blended = ROLE_SHARE * role_score + (1 - ROLE_SHARE) * skill_score
        base = max(blended, SKILLS_ALONE * skill_score)
        if others:
            base *= OTHER_TRADE
    bonus = KEYWORDS_BONUS * min(1.0, len(keywords) / 2)
    if _phrases(profile).mentions(whole):  # a phrase of the trade, anywhere
        bonus += TRADE_PHRASE_BONUS
    in_title = role_score > ROLE_IN_BODY or (not title and role_score > 0)  # as a title
    # skills serve the trade the title names, unless it names an engineer of no trade,
    # or of the profile's skills ("Python Developer"; a "Java Engineer" is not one)
    theirs = others and (
        _a_builder_s(titles, trade)
        or not _ANY_TRADE.search(lowered(titles if skills.in_title else spelled))
    )
    passing = not (role_score or skills.in_title) and _in_passing(
        skills.matched, whole, profile, keywords
    )
    return Relevance(
        fit=round(min(1.0, base + bonus), 3),
        matched=bool(in_title or (skills.matched and not theirs and not passing)),
        in_passing=passing and not theirs,  # a title of another trade says more
        skills_matched=skills.matched,
        skills_in_title=skills.in_title,
        roles_matched=roles,
        keywords_matched=keywords,
    )


def _manages(title: str, profile: Profile) -> bool:
    """Whether the title names a manager the profile is not: a "Social Media Manager"
    or "Project Manager" is the trade of a freelancer who is one, and manages no other."""
    own = _own_managers(profile.roles, _items(profile.aliases))
    return bool(_MANAGER.search(own.sub(" ", title) if own else title))


@lru_cache(maxsize=64)
def _own_managers(roles: tuple[str, ...], aliases: Items) -> re.Pattern[str] | None:
    """The profile's roles, under every form, that name a manager; once per profile."""
    names = {form for form in profile_role_forms(roles, aliases) if _MANAGER.search(form)}
    if not names:
        return None
    alternatives = "|".join(map(literal, longest_first(names)))
    return re.compile(rf"\b(?:{alternatives})\b", re.IGNORECASE)


def _names_adjacent(title: str, profile: Profile) -> bool:
    """Whether the title names a role the taxonomy relates to one of the profile's
    (`_adjacent_titles`), as a whole role: at a field's start or behind a rank only, not
    narrowed by a word of another trade ("Product Marketing Manager" is no digital
    marketer's "Marketing Manager")."""
    adjacent = _adjacent_titles(profile.roles, _items(profile.related))
    if adjacent is None:
        return False
    return any(
        _WHOLE_ROLE_BEFORE.search(title, title.rfind("\n", 0, m.start()) + 1, m.start())
        for m in adjacent.finditer(title)
    )


@lru_cache(maxsize=64)
def _adjacent_titles(roles: tuple[str, ...], related: Items) -> re.Pattern[str] | None:
    """The related terms of the profile's roles that name a person, under each form of
    their head ("analytics engineer", "analytics engineering"; "customer support agent"):
    the roles next to the profile's, which its people take too; once per profile."""
    more = dict(related)
    names = {form for role in roles for form in _adjacent_names(role, more)}
    if not names:
        return None
    alternatives = "|".join(map(role_literal, longest_first(names)))
    return re.compile(rf"\b(?:{alternatives})\b", re.IGNORECASE)


def _adjacent_names(role: str, related: Mapping[str, tuple[str, ...]]) -> set[str]:
    """The role's related terms that name a person, under every name and form."""
    return {
        form
        for term in related_to(role, related)
        if _PERSON_LOW.fullmatch(term.rsplit(None, 1)[-1])
        for form in role_forms(term)
    }


def _roles(
    title: str, text: str, profile: Profile, managing: bool, other: bool
) -> tuple[float, tuple[str, ...]]:
    """The best role evidence and the roles it names (`managing`: the title names a
    manager). A role only related to a title's, or only in the body, is left out when
    another is the title's own: "Data Engineer" is a data engineer role, not also a
    data platform engineer one because the two are related."""
    if not profile.roles:
        return 0.0, ()
    forms, related = _role_indexes(profile.roles, _items(profile.aliases), _items(profile.related))
    in_title = title_mentions(forms, title)
    in_related = {} if other else title_mentions(related, title)
    decided: dict[int, int] = {}
    term = ""
    if not in_title and not in_related and not other:
        decided, term = _decided_by_body(title, text, profile, related)
        in_related = decided
    listed: dict[int, int] = {}
    in_body: dict[int, int] = {}
    if not in_title and not in_related:
        in_body, listed = forms.mentions_and_titles(spelled_out(text))
        if (in_body or listed) and (duties := _duty_headings_blanked(text)) is not None:
            in_body, listed = forms.mentions_and_titles(spelled_out(duties))
    share = MANAGING if managing else 1.0

    def evidence(i: int) -> float:
        if i in in_title or i in in_related:
            return (ROLE_IN_TITLE if i in in_title else RELATED_IN_TITLE) * share
        return ROLE_LISTED if i in listed else ROLE_IN_BODY if i in in_body else 0.0

    scored = [(evidence(i), role) for i, role in enumerate(profile.roles)]
    best = max((score for score, _ in scored), default=0.0)
    tied = tuple(i for i, (score, _) in enumerate(scored) if best and score == best)
    spelled = title_mentions(_own_names(profile.roles), title) if in_title else {}
    named = _narrowest(_named(tied, spelled, profile.roles))
    if decided:
        named = (term,)
    elif in_title and not any(i in spelled for i in tied):
        # a title that names none of several synonyms of the profile's by their names
        # ("Cloud Engineer" to an SRE, DevOps and platform engineer): the title's name
        named = tuple(_as_titled(r, title, profile) if _synonyms(r, profile) else r for r in named)
    return best, named


def _decided_by_body(
    title: str, text: str, profile: Profile, related: TermIndex
) -> tuple[dict[int, int], str]:
    """The profile's roles a title of two trades names ("Systems Engineer",
    `taxonomy.BODY_DECIDES`) where the body names the role's trade twice (Terraform and
    Kubernetes), and the title's name for them; none for hardware's ("Embedded Systems
    Engineer") or where the body is of the other trade."""
    low = lowered(title)
    for term, row in BODY_DECIDES.items():
        if term not in low:  # skimmed: few titles hold one
            continue
        m = re.search(rf"(?:([\w-]+)[ \t]+)?\b{term}s?\b", low)
        if not m or m.group(1) in HARDWARE_FIELDS:
            continue
        mine = {i for i, role in enumerate(profile.roles) if row in aliases_of(role)}
        counts = related.mentions(text) if mine else {}
        if found := {i: n for i, n in counts.items() if i in mine and n >= 2}:
            return found, term
    return {}, ""


def _narrowest(roles: tuple[str, ...]) -> tuple[str, ...]:
    """The roles but those that name every kind of another ("writer" beside "technical
    writer": the title names the kind)."""
    forms = {role: set(role_forms(role)) for role in roles}
    return tuple(r for r in roles if not any(forms[o] < forms[r] for o in roles))


def _synonyms(role: str, profile: Profile) -> bool:
    """Whether another of the profile's roles is another name of `role` (an SRE's and a
    DevOps engineer's): which of them a title of a third name is, none says."""
    forms = set(role_forms(role))
    return any(r != role and forms == set(role_forms(r)) for r in profile.roles)


def _as_titled(role: str, title: str, profile: Profile) -> str:
    """The name the title gives a role of the profile's ("cloud engineer" for a devops
    engineer), or the profile's own where the title's is short for one of its roles
    ("SRE", "Infra Engineer") or holds its words ("Android SDK Engineer" is an android
    engineer); the role itself where the title holds neither."""
    pattern, names = _other_names(role, _items(profile.aliases))
    found = pattern.search(lowered(title)) if pattern else None
    if found is None:
        return role
    name = names[found.group()]
    return next((r for r in profile.roles if _shortens(name, trade_of(r))), name)


@lru_cache(maxsize=256)
def _other_names(role: str, aliases: Items) -> tuple[re.Pattern[str] | None, dict[str, str]]:
    """Every other name of a role under each form of its head, and the name each form
    is of ("cloud engineering": "cloud engineer"); once per role."""
    more = dict(aliases)
    names = {
        form: name
        for name in (*aliases_of(role), *(a.lower() for a in more.get(role, ())))
        for form in name_forms(name)
    }
    if not names:
        return None, names
    alternatives = "|".join(map(literal, longest_first(names)))
    return re.compile(rf"(?<!\w)(?:{alternatives})(?!\w)"), names


def _shortens(name: str, role: str) -> bool:
    """Whether a name is the role's initials ("sre"), its words cut short ("infra
    engineer" of "infrastructure engineer") or its words with others between ("android
    sdk engineer" of "android engineer")."""
    words, full = name.split(), role.split()
    if name == role:  # a role said with how one works ("freelance writer": "Writer")
        return True
    if len(words) == 1 and len(full) > 1:
        return name == "".join(w[0] for w in full)
    if len(words) == len(full) and all(f.startswith(w) for w, f in zip(words, full, strict=True)):
        return True
    return len(full) > 1 and any(_within(form.split(), words) for form in name_forms(role))


def _within(inner: list[str], words: list[str]) -> bool:
    """Whether `inner`'s words stand in `words`, in order, others between."""
    rest = iter(words)
    return all(word in rest for word in inner)


def _duty_headings_blanked(text: str) -> str | None:
    """The text without the headings of a list of duties that name a field, not a person
    ("● Product Design: ability to spec dashboards" beside "● Backend: ..."): such a
    heading is work an engineer does, no designer's role. None when there are none."""
    low = lowered(text)
    if not any(f"{field}:" in low for field in _FIELDS):  # skimmed: few posts have one
        return None
    headings = list(_HEADING.finditer(text))
    fields = [h for h in headings if _FIELD_WORD.search(h.group(1))]
    if not fields or len(headings) < 2:
        return None
    for h in reversed(fields):
        text = f"{text[: h.start(1)]}{' ' * len(h.group(1))}{text[h.end(1) :]}"
    return text


def _named(
    tied: tuple[int, ...], spelled: Mapping[int, int], roles: tuple[str, ...]
) -> tuple[str, ...]:
    """Of roles tied on evidence, those the title spells ("Platform / DevOps Engineer"
    names two of one group of synonyms); if none, the first of each group the profile
    names (a "Cloud Engineer" is not also each of its synonyms)."""
    if chosen := [i for i in tied if i in spelled]:
        return tuple(roles[i] for i in chosen)
    groups: dict[frozenset[str], str] = {}
    for i in tied:
        groups.setdefault(frozenset(role_forms(roles[i])), roles[i])
    return tuple(groups.values())


def spelled_out(text: str, *, title: bool = False) -> str:
    """`text` and, on lines after it, each role it names apart from its specialty,
    spelled out as a title ("Software Engineer - Frontend" adds "Frontend Engineer"; a
    customer-facing engineer's specialty is the product's field, no trade), and an
    engineer of each trade it hires across ("hiring across Backend, Data") or a header's
    field lists ("| Security, ML |"). A `title`'s head may be in lower case."""
    titles = []
    for m in (_TITLE_HEADS if title else _HEADS).finditer(text):
        if m.start() and _IN_WORD.match(text, m.start() - 1):
            continue
        head = m.group().removesuffix("s").capitalize()
        start = max(text.rfind("\n", 0, m.start()) + 1, m.start() - _BEFORE_REACH)
        # a customer-facing engineer's specialty is the product's field: "Solutions
        # Engineer, Data Infrastructure" sells it and builds no data infrastructure
        serves = _serves_customers(text, start, m.end())
        for found in (
            None if serves else _AFTER.match(text, m.end()),
            _listed_before(text, start, m.start()),
            _BRACKETED.search(text, start, m.start()),
        ):
            if found:
                titles += _titles(found[1], head)
    for found in _HIRING.finditer(text):
        titles += _titles(found[1], "Engineer")
    for listed, noun in _prose_lists(text):
        titles += _titles(listed, noun)
    for found in _trades_fields(text):
        titles += [_FIELD_DESIGNER.get(t, t) for t in _titles(found[1], "Engineer")]
    if "esigner" in text and _a_designer(text):
        titles.append("Product Designer")
    if "UX" in text and _UX_LEAD.search(text):
        titles.append("UX Lead")
    if title and "VA" in text and _VA.search(text):
        titles.append("Virtual Assistant")
    if title:
        titles += in_english(text)
    return "\n".join([text, *titles]) if titles else text


def _listed_before(text: str, start: int, end: int) -> re.Match[str] | None:
    """`_BEFORE.search(text, start, end)`, tried only where the text ends in a space and its
    last four words hold a list's mark (`_LIST_MARK`): `re` tries a pattern ended by `$`
    at every place, 30 us a head, and few heads follow a list."""
    if start == end or text[end - 1] not in " \t":
        return None
    words = text[start:end].rsplit(None, 4)
    if not _LIST_MARK.search(" ".join(words[-4:])):
        return None
    return _BEFORE.search(text, start, end)


def _prose_lists(text: str) -> Iterator[tuple[str, str]]:
    """The trades prose lists before a lower-case head ("front-end, back-end and full
    stack developers"), and the head as a title writes it; tried only where the word
    before the head ends a trade's words."""
    for m in _PROSE_HEAD.finditer(text):
        word = _WORD_BEFORE.search(text, max(0, m.start() - 20), m.start())
        if word is None or word[1].lower().rsplit("-", 1)[-1] not in _PROSE_LAST:
            continue
        start = max(text.rfind("\n", 0, m.start()) + 1, m.start() - _BEFORE_REACH)
        if found := _PROSE_LIST.search(text, start, m.start()):
            yield found[1], m[1].capitalize()


def _trades_fields(text: str) -> Iterator[re.Match[str]]:
    """`_TRADES_FIELD.finditer(text)`, tried only where `_FIELD_STARTS` finds a field may
    start (after the "\n" or at the bar it found, one place on in `text`); everywhere in
    a text holding "ı" or "ſ", which `re` ignoring case reads as "i" and "s"."""
    low = lowered(text)
    if may_hold(low, ()):
        return _TRADES_FIELD.finditer(text)
    starts = {
        m.start() if m.group()[0] == "\n" else m.start() - 1
        for m in _FIELD_STARTS.finditer(f"\n{low}")
    }
    return matches_at(_TRADES_FIELD, text, starts)


def _a_designer(text: str) -> bool:
    """Whether `text` names a designer of no specialty as a title or an item
    (`_BARE_BEFORE`)."""
    for m in _DESIGNER.finditer(text):
        start = text.rfind("\n", 0, m.start()) + 1
        before = text[max(start, m.start() - _BARE_REACH) : m.start()]
        if m.start() - start > _BARE_REACH:
            before = f"…{before}"  # its line starts further back
        if _BARE_BEFORE.search(before) and not _SPECIALTY_AFTER.match(text, m.end()):
            return True
    return False


def _serves_customers(text: str, start: int, end: int) -> bool:
    """Whether `text[start:end]` ends in a customer-facing trade (`_SERVES_CUSTOMERS`),
    tried from the last words only: a name of N words starts at one of the last N word
    starts, and `re` trying its case-blind names at every place took 30 us a head."""
    if not may_hold(lowered(text)[start:end], _CUSTOMER_FACING_FIELDS):
        return False
    words = [m.start() for m in _WORD_STARTS.finditer(text, start, end)]
    return any(_SERVES_CUSTOMERS.match(text, at, end) for at in words[-_CUSTOMER_FACING_WORDS:])


def _titles(specialties: str, head: str) -> list[str]:
    """Each of a list of specialties with its head, written as a title is ("frontend
    focused" and "Engineer" make "Frontend Engineer"), so it counts as one."""
    named = (_LEANING.sub("", specialty) for specialty in _LISTED_APART.split(specialties))
    return [f"{' '.join(w[:1].upper() + w[1:] for w in n.split())} {head}" for n in named]


def _skills_left_out(title: str) -> str:
    """`title` and, on a line after it, the title without the skills between a trade's
    words ("Fullstack Python Developer" adds "Fullstack Developer"; not "AI Product
    Developer", where no trade's word is left before them)."""
    kept, at = [], 0
    low = lowered(title)
    for m in _SKILLS_BETWEEN.finditer(low):
        if low[: m.start()].rsplit(None, 1)[-1].strip("(-,/") not in _BETWEEN:
            kept.append(title[at : m.start()])
            at = m.end()
    return f"{title}\n{''.join(kept)}{title[at:]}" if kept else title


def _app_for_left_out(title: str) -> str:
    """`title` and, on a line after it, the title without what its mobile app is for
    ("Mobile Data Collection App Developer" adds "Mobile App Developer")."""
    low = lowered(title)
    found = _APP_FOR.search(low) if "mobile" in low else None
    if found is None:
        return title
    return f"{title}\n{title[: found.start(1)]}{title[found.end(1) :]}"


def _items(table: dict[str, tuple[str, ...]]) -> Items:
    return tuple(table.items())


@lru_cache(maxsize=64)
def _role_indexes(
    roles: tuple[str, ...], aliases: Items, related: Items
) -> tuple[TermIndex, TermIndex]:
    """The roles under every form, and the terms related to them: once per profile."""
    more = dict(aliases)
    forms = tuple(
        (*role_forms(role), *(a for alias in more.get(role, ()) for a in role_forms(alias)))
        for role in roles
    )
    more_related = dict(related)
    near = tuple(
        (*related_to(role, more_related), *_adjacent_names(role, more_related)) for role in roles
    )
    return term_index(forms), term_index(near)


@lru_cache(maxsize=64)
def _own_names(roles: tuple[str, ...]) -> TermIndex:
    """Each role under its own name's forms only, not its synonyms'."""
    return term_index(tuple(name_forms(role) for role in roles))


def _names_other_trade(title: str, profile: Profile) -> bool:
    """Whether the title names another trade, or a craft none of the profile's roles is,
    and no trade near the profile's (a full-stack engineer's work includes React, a cloud
    engineer's does not; a content writer's includes copywriting)."""
    other, near = _trade_indexes(profile.roles, profile.skills, _items(profile.aliases))
    if title_mentions(near, title):
        return False
    if title_mentions(other, title):
        return True
    found = _crafts(profile.roles, _items(profile.aliases))
    if not found:
        return False
    crafts, own, _ = found
    if _a_builder_s(title, profile):
        return True
    if own.search(title):
        return False
    for m in crafts.finditer(title):
        start = max(title.rfind(sep, 0, m.start()) for sep in "|,;:(/\n") + 1
        if not _PRODUCT.search(title, start, m.start()):
            return True
    return False


@lru_cache(maxsize=64)
def _craft_of(skills: tuple[str, ...]) -> tuple[str, ...]:
    """The crafts' roles (translator, designer, writer ...) whose terms name these skills,
    for a profile that lists skills and no role: its skills are that craft's, so a title
    of engineers ("Localization Engineer") is another trade's, as for the role itself.
    None where a skill is a builder's (a language, a framework, an engineer's term), as
    the skills may then serve an engineer's title."""
    crafts = []
    for skill in skills:
        names = set(aliases_of(skill))
        if names & STACK_WORDS:
            return ()
        tied = [
            role
            for role, (aliases, related) in TABLE.items()
            if is_role(role) and not names.isdisjoint((role, *aliases, *related))
        ]
        if any(not _a_craft({role.split()[-1]}) for role in tied):
            return ()
        crafts += tied
    return tuple(dict.fromkeys(crafts))


def _a_builder_s(title: str, profile: Profile) -> bool:
    """Whether the title names an engineer or developer and none of a craft profile's
    people: a "Design Systems Engineer" or "Figma Plugin Developer" is no designer,
    though design is his field, nor is a "Software Engineer" whose stack lists Figma."""
    found = _crafts(profile.roles, _items(profile.aliases))
    people = found[2] if found else None
    return bool(people and _BUILDER.search(title) and not people.search(title))


# heads that name a craft on their own ("Writer for our blog", "Freelance Designer"), not
# the words any trade's title may end in ("Data Consultant", "Marketing Specialist")
_CRAFTS = TRADE_HEADS - {"engineer", "developer", "scientist", "analyst", "manager"}
_CRAFTS -= {"consultant", "specialist"}
_BUILDERS = {"engineer", "developer"}  # heads of the trades that build software
# and as titles name them in other languages, as `foreign_titles` reads them, and in
# compounds too ("Lokalisierungsingenieur", "Softwareentwickler"): a head whose field
# that module cannot name in English is still a builder's
_BUILDER = re.compile(
    rf"\b(?:engineer|developer)s?\b|(?:{'|'.join(BUILDER_HEADS)}){GENDER}(?!\w)", re.IGNORECASE
)
# an article before a craft makes it a product's words ("Quillon (an AI assistant for
# clinics)", "a code editor"), not a title's
_PRODUCT = re.compile(r"\b(?:an?|the|our|your)\b", re.IGNORECASE)


@lru_cache(maxsize=64)
def _crafts(
    roles: tuple[str, ...], aliases: Items
) -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str] | None] | None:
    """The crafts none of the profile's roles is named by, and the heads its roles are:
    a title naming one of the former and none of the latter is another trade's (a bare
    "Writer" is no SEO specialist, though the title asks for SEO articles; "Full-Stack
    Engineer, UX/UI Designer" still has an engineer). Third, for a craft's roles (a
    designer's), its people ("designer", not the field "design"): a title naming an
    engineer or developer and none of them is another trade's. None for roles of no
    trade's head, whose crafts are unknown; once per profile."""
    more = dict(aliases)
    heads = {
        name.split()[-1]
        for role in roles
        for alias in (role, *more.get(role, ()))
        for name in aliases_of(alias)
    }
    own = heads & TRADE_HEADS  # not the words foreign orders end in ("consultant seo")
    if not own:
        return None
    forms = {form for head in own for form in name_forms(head)}
    people = _words(sorted(own)) if _a_craft(own) else None
    return _words(sorted(_CRAFTS - own)), _words(sorted(forms)), people


def _a_craft(heads: set[str]) -> bool:
    """Whether roles of these heads are a craft's, none an engineer's: a designer's or a
    writer's, to whom a "Design Systems Engineer" or "Frontend Developer" is another
    trade, whatever design words its title holds."""
    return bool(heads) and not heads & _BUILDERS


def _words(words: list[str]) -> re.Pattern[str]:
    """Any of `words`, whole, in either number."""
    alternatives = "|".join(map(re.escape, words))
    return re.compile(rf"\b(?:{alternatives})s?\b", re.IGNORECASE)


@lru_cache(maxsize=64)
def _trade_indexes(
    roles: tuple[str, ...], skills: tuple[str, ...], aliases: Items
) -> tuple[TermIndex, TermIndex]:
    """The taxonomy's roles that are not the profile's: those that share no term with its
    skills (other trades), and those that do (near ones). Where the taxonomy ties terms
    to the profile's roles, a shared skill makes a trade near only if it is one of them:
    React is a frontend developer's as much as a full-stack one's, but SEO on a
    copywriter's list is a side skill, and an "SEO Specialist" another trade."""
    own = {a for role in roles for a in aliases_of(role, dict(aliases))}
    by_skill = [set(aliases_of(skill, dict(aliases))) for skill in skills]
    if ties := {t for role in roles for t in related_to(role)}:
        by_skill = [forms for forms in by_skill if forms & ties]
    mine = set().union(*by_skill)
    # a craft shares no trade with builders: design systems are a designer's skill and
    # a frontend engineer's term, yet a frontend engineer's job is no designer's
    craft = _a_craft({name.split()[-1] for name in own} & TRADE_HEADS)
    trades = [
        (bool(mine & set(related)) and not (craft and name.split()[-1] in _BUILDERS), forms)
        for name, (names, related) in TABLE.items()
        if is_role(name) and not own & {name, *names}
        for forms in (role_forms(name),)
    ]
    other = tuple(forms for is_near, forms in trades if not is_near)
    near = tuple(forms for is_near, forms in trades if is_near)
    return term_index(other), term_index(near)


@lru_cache(maxsize=64)
def _keyword_index(keywords: tuple[str, ...], aliases: Items) -> TermIndex:
    more = dict(aliases)
    return term_index(tuple(aliases_of(k, more) for k in keywords))


def _keywords(text: str, profile: Profile) -> tuple[str, ...]:
    if not profile.keywords:
        return ()
    hits = _keyword_index(profile.keywords, _items(profile.aliases)).mentions(text)
    return tuple(k for i, k in enumerate(profile.keywords) if i in hits)


def _in_passing(
    matched: tuple[str, ...], text: str, profile: Profile, keywords: tuple[str, ...]
) -> bool:
    """Whether the skills a posting names are only those any trade uses (Python, SQL,
    Linux beside a data engineer's dbt and Spark) and nothing else in it points to the
    profile's trade: a stack listed for a whole team or a generalist's role, not the
    trade's work. Only for a profile some of whose skills the taxonomy ties to its
    roles, so that the others are general by contrast. The trade's tools, terms and the
    profile's `keywords` count so too where only a team's stack names them ("Stack: Go,
    Postgres, Terraform, CI/CD", "We deploy to AWS via Terraform"): the team runs them,
    whoever's trade they are; not its languages and frameworks (React), which every
    engineer of the team writes."""
    general, trade = _trade_terms(profile.roles, profile.skills, _items(profile.related))
    if not (matched and general):
        return False
    if (set(matched) - general) & STACK_WORDS:
        return False
    outside = _without_stacks(text)
    return not trade.mentions(outside) and not (keywords and _keywords(outside, profile))


def _without_stacks(text: str) -> str:
    """`text` without the stacks it lists: a line led by "Stack:", "Our tech stack",
    "Technologies:" ..., and the short lines and bullets under it; and each sentence
    that says in prose what the team runs on ("We deploy to AWS via Terraform")."""
    kept, at = [], 0
    for m in _STACK_LABEL.finditer(text):
        if m.start() < at:
            continue
        kept.append(text[at : m.start()])
        end = text.find("\n", m.start())
        while end != -1 and _UNDER_A_STACK.match(text, end + 1):
            end = text.find("\n", end + 1)
        at = len(text) if end == -1 else end
    return _without_stack_prose("".join([*kept, text[at:]]) if kept else text)


def _without_stack_prose(text: str) -> str:
    """`text` without the sentences that say what the team runs on."""
    kept, at = [], 0
    for m in _STACK_PROSE_LOW.finditer(text):
        if m.start() < at:
            continue
        start = m.start() - len(clause_before(_SENTENCE_END, text, m.start(), m.start() - at))
        end = _SENTENCE_END.search(text, m.end())
        kept.append(text[at:start])
        at = end.end() if end else len(text)
    return "".join([*kept, text[at:]]) if kept else text


@lru_cache(maxsize=64)
def _trade_terms(
    roles: tuple[str, ...], skills: tuple[str, ...], related: Items
) -> tuple[frozenset[str], TermIndex]:
    """The profile's skills the taxonomy ties to none of its roles (none when it ties
    none: then no skill is general by contrast), and every term it ties to them, a
    single word too ("devops", "etl"); once per profile."""
    more = dict(related)
    terms = {t for role in roles for t in related_to(role, more)}
    general = frozenset(s for s in skills if not terms & set(aliases_of(s)))
    specific = len(general) < len(skills)
    return (general if specific else frozenset()), term_index(tuple((t,) for t in sorted(terms)))


def _phrases(profile: Profile) -> TermIndex:
    return _phrase_index(profile.roles, profile.skills, _items(profile.related))


@lru_cache(maxsize=64)
def _phrase_index(roles: tuple[str, ...], skills: tuple[str, ...], related: Items) -> TermIndex:
    """The phrases the taxonomy relates to the profile's roles ("data pipelines",
    "infrastructure as code", "design systems"), but its skills: single words there
    are tools the skills count, or as common as "docker"; once per profile."""
    more = dict(related)
    mine = {a for skill in skills for a in aliases_of(skill)}
    found = {t for role in roles for t in related_to(role, more) if " " in t} - mine
    return term_index(tuple((t,) for t in sorted(found)))
