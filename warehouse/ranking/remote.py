"""Where a posting may be worked from (whether the user may take it: `eligibility`).

"Remote" often hides a restriction ("REMOTE (US)", "US-Remote", "must be based in
Canada", "EU hours"), so the scope keeps the regions it is limited to, normalised to a
small vocabulary: ISO country codes (US states count as "US"), the blocs of `BLOCS`, and
UTC windows written "UTC-3..UTC+2" (one offset: "UTC+1"; a zone's name keeps its summer
time, so "CET" is "UTC+1..UTC+2" and "ET ±3h" "UTC-8..UTC-1", as the labels read "CET
±3"; "US Eastern" is a zone, not the US). A bloc named as a clock beside the window that
bounds it ("EU timezones (UTC-1 to UTC+3)", "+-2 EU CET") is that window; one named as
a place ("Europe ±2h CET") is where one lives, as a country is. Negative phrases ("No
remote", "remote: no") beat a bare "remote"; a remote option beats "hybrid" or "onsite";
the header (a posting's first line) beats a passing word in its body, but not a role
"primarily remote"; a post that names no way of working but a virtual role in its
header ("Virtual assistant") is remote. A "Headquarters:" line says where the company
sits, not where the work is, and is not read. "From anywhere" is remote anywhere (but
moving "from anywhere to our office" is not, and living "anywhere in Europe" is Europe),
and a code paired with English ("EN/ES", "EN>DE") is a translator's language, not a
country.

Every statement of a limit is evidence. Between the location field and the text the
most restrictive wins (a field's "Remote (Europe)" and a text's "must live in Germany"
is Germany); within the text the widest does, as a narrower statement there is mostly
one role's (the labels of the real postings agree). Statements in the text that share no
place are alternatives (one post, several roles); a location field that shares none
with the text is a conflict, which eligibility sends to review, as it does roles listed
each with its way of working when only some are remote and nothing else limits them,
and a place open only to some roles ("also in Europe but only for sales roles"). A
place that is only preferred ("UK preferred, other locations welcome") limits nothing
and is noted, and the places of the clients one serves ("night shift for US clients")
limit nothing either.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, replace
from functools import lru_cache
from typing import Literal, NamedTuple

from extractors._places import DEMONYM_NAMES, country_name, name_table, utc_label
from warehouse.ranking._text import (
    CJK,
    Caseless,
    Phrases,
    Skimmed,
    clause_before,
    lowered,
    may_hold,
    sentence_around,
    spaced,
)
from warehouse.ranking.engagement import office_days
from warehouse.ranking.regions import (
    BLOCS,
    CA_PROVINCES,
    CITY_STATES,
    CODE_ALIASES,
    CODES_IN_TEXT,
    COUNTRY_OF,
    GEORGIA,
    LISTED_CODES,
    PLACE_OF,
    PLACELESS_WORDS,
    PROVINCES_OF,
    SANCTIONED,
    STATE_LIST,
    STATE_TOKEN,
    STATES_OF,
    SUMMER_SHIFT,
    TOWN_SPANS,
    US_COASTS,
    US_STATES,
    UTC_SPANS,
    ZONE_NAMES,
    ZONES,
    cities_in,
    contains,
    currency_countries,
    dialled_country,
    home_states,
    inside,
    members,
    namesakes,
    offsets_of,
    overlaps,
    place_matches,
    state_code,
    state_lists,
    town_of_a_field,
    town_of_several,
    utc_offset,
    which_georgia,
    widest,
)
from warehouse.ranking.taxonomy import ROLE_WORD

Scope = Literal["anywhere", "region", "hybrid", "onsite"]
Basis = Literal["stated", "parsed"]
Span = tuple[str, int, int]  # a phrase's class and where it stands


@dataclass(frozen=True, slots=True)
class RemoteScope:
    """Where the work may be done; `regions` limit "region" and place the others.

    A "region" without regions is limited to a place the reader does not know.
    `preferred` are places named as a preference beside the limit. A `doubt` (the
    location field and the text share no place, so `regions` holds both; "Remote - US:
    select locations") makes an inside place "review"; `soft` limits (only preferred,
    or only working hours: "US time zones") make an outside place "review", unless
    hours in UTC windows lie more than half a working day from it or the post bounds
    them itself ("UTC-1 to UTC+5"), and a place partly inside "eligible";
    `for_some_roles` regions make a place inside only them "review"; a place inside
    an `excluded` one ("Remote (EU/Asia/Americas -- no US)") is "not_eligible".
    A remote job in the US may be open in some `states` only ("we can hire in TX, FL
    and GA"), or not in some (`excluded`: "US, excluding CA and NY"), as "US-TX".
    """

    scope: Scope | None
    regions: tuple[str, ...] = ()
    basis: Basis | None = None
    raw: str | None = None
    preferred: tuple[str, ...] = ()
    doubt: str | None = None  # why a place inside the regions (or anywhere) is only "review"
    soft: str | None = None  # why a place outside them is "review", not "not_eligible"
    for_some_roles: tuple[str, ...] = ()  # regions open only to some of the roles
    excluded: tuple[str, ...] = ()  # places remote work is not open to
    # the only US states and Canadian provinces a job there is open in ("US-TX", "CA-ON"),
    # or an office in a town the tables do not know is in
    states: tuple[str, ...] = ()
    # the towns a hybrid or onsite job's office is in (or the office preferred to remote
    # work on condition, or the town a remote job is placed near, is for locals of, or
    # open anywhere prefers: "NYC preferred, open to remote"), as
    # their metro's city
    # ("new york")
    cities: tuple[str, ...] = ()
    # the UTC windows a remote job asks one to work in, where it says where one lives
    # too ("Remote US. Must be within UTC-6 to UTC-4"): the regions' hours
    hours: tuple[str, ...] = ()


class _Said(NamedTuple):
    """One statement of where the work may be done: its places (any of them)."""

    places: list[str]
    raw: str
    preferred: bool
    open: bool = False  # the preference says others are welcome too
    clock: bool = False  # working hours ("US time zones", "CET ±2h"), not residence
    some_roles: bool = False  # "also in Europe but only for the sales positions"
    excluded: bool = False  # places it is not open to: "Remote (worldwide, except the US)"
    towns: tuple[str, ...] = ()  # a call for locals: the towns one must live near
    bounded: bool = False  # hours whose window the words bound: "Pacific business hours"


_OFFSET = r"\s*[+\-−]\s*\d{1,2}(?::\d\d)?"
# every alternative starts with a letter, so `re` skips ahead to capitals
_ZONE_TOKENS = sorted([*ZONES, *ZONE_NAMES], key=len, reverse=True)  # "Eastern Time" before "ET"
_END = rf"(?:UTC{_OFFSET}|GMT{_OFFSET}|{'|'.join(_ZONE_TOKENS)})"
_WINDOW = (
    rf"(?P<a>{_END})(?:\s*(?:to|-|–|—|\.\.|until|bis|and)\s*"
    rf"(?P<b>{_END}|[+\-−]\d{{1,2}}(?::\d\d)?))?"
    r"(?:\s*(?:±|\+/-|\+-)\s*(?P<pm>\d{1,2})(?:\s*h(?:ours?|rs?)?)?)?(?!\w)"  # "CET +/- 3h"
)


# a town's Canadian province by its code ("Saint-Georges, QC", "Kelowna, BC"), but those
# that are a word ("ON"), a country ("NL") or another country's state or territory too
# (Pernambuco's "PE", Slovakia's "SK", the Northern Territory's "NT")
_PROVINCE_CODES = ("QC", "BC", "AB", "MB", "NS", "NB", "NU", "YT")
# a code before "$" is a currency ("CA$95/h", "US$120k"), not a place
_CODE = re.compile(
    rf"(?<![\w.])(?:(?P<window>{_WINDOW})"
    rf"|(?P<code>{'|'.join(sorted(CODES_IN_TEXT))})(?![\w$]))"
    rf"|,\s*(?P<state>{'|'.join(sorted(US_STATES | set(_PROVINCE_CODES)))})(?![\w$])"
)
# three or more codes in a row: "DE/UK/CH/ES/IE/SI/DK/CZ/BE"
_CODE_LIST = re.compile(r"(?<![\w.])[A-Z]{2}(?:\s*[/,]\s*[A-Z]{2}){2,}(?!\w)")
_LIST_ITEM = re.compile(r"[A-Z]{2}")
_CODE_BEFORE = re.compile(r"(?<![\w.])([A-Z]{2,3})\s*$")
_PAIRED_BEFORE = re.compile(r"(?<![\w.])EN\s*(?:/|<?>|-|→)\s*$")
_PAIRED_AFTER = re.compile(r"\s*(?:/|<?>|-|→)\s*EN(?!\w)")
_DAYS = ("mon", "tues", "wednes", "thurs", "fri")
_WEEKDAYS = rf"(?:{'|'.join(_DAYS)})days?"
# "3 days/week in office", "2-3x per week": some days at the office is a hybrid week
_DAYS_A_WEEK = r"(?:days?|x|times)\s*(?:/\s*|a\s+|per\s+|each\s+)w(?:ee)?k"
_SOME_DAYS = r"\d(?<![05-9])(?:\s*[-–]\s*\d)?"  # 1 to 4 days, "2-3", "3-5"
_AT_THE_OFFICE = r"(?:in[\s-]office|in[\s-]person|on[\s-]?site|in\s+the\s+office)"
# vi: at the office, before its days ("tại văn phòng Thủ Đức 2 buổi/tuần"; a "buổi" is a
# session, half a day, counted as a "ngày" is)
_VI_OFFICE_DAYS = " ".join(
    rf"{at}\s+văn\s+phòng(?:\s+[^\W\d_]+){{0,3}}?\s+{_SOME_DAYS}\s*(?:ngày|buổi)\s*(?:/|mỗi|một|trên)\s*tuần"
    for at in ("tại", "lên", "ở")
)
_PART_WEEK = rf"{_SOME_DAYS}[\s-]*(?:{_DAYS_A_WEEK}|days?\s+{_AT_THE_OFFICE})"
# the days of a week away from the office: "otherwise remote", "from home the rest"
# (each phrase of a table starts with a literal letter, so the alternatives are spelled out)
_REST_LEAD = r"the\W+rest(?:\W+of\W+the\W+(?:week|time))?"
_WORK_HOME = r"work(?:ing)?\W+(?:remote(?:ly)?|from\W+home)"
_THE_REST = r"\W+(?:the\W+rest|otherwise|the\W+other\W+(?:days|two|three))"
# a share of the time ("40% remote" beside "60% in office"), short of a whole week
_SHARE = r"\d\d?\s?%(?:\s+of\s+the\s+time)?"
_REST_OF_WEEK = " ".join(
    [
        rf"{lead}\W+(?:remote(?:ly)?|from\W+home|wfh)"
        for lead in ("otherwise", _REST_LEAD, _SHARE, r"rest(?:\s+of\s+the\s+(?:week|time))?")
    ]
    + [rf"{home}{_THE_REST}" for home in ("remote(?:ly)?", r"from\W+home", "wfh", _WORK_HOME)]
    # it: "il resto (della settimana) da remoto / in smart working"
    + [r"il\W+resto(?:\W+della\W+settimana)?\W+(?:da\W+remoto|in\W+smart\W+working)"]
    # th: "ที่เหลือทำงานที่บ้าน", "วันที่เหลือ WFH" (the other days from home)
    + [r"ที่เหลือ\s*(?:ทำงาน)?(?:จาก)?(?:ที่บ้าน|wfh|work\W+from\W+home)"]
)
# "Fridays are remote", "in the office Mondays" ("in office Monday to Friday" is a week)
_HOME_DAYS = " ".join(rf"{d}days?\W+(?:are|is)\W+(?:remote|wfh|home\W+days?)" for d in _DAYS)
_FULL_WEEK = r"(?!mondays?\W+(?:to|through|thru|until|-|–|—)\W+fridays?)"  # onsite, not hybrid
_OFFICE_DAYS = " ".join(
    rf"{office}\W+(?:on\W+)?{_FULL_WEEK}{_WEEKDAYS}"
    for office in (r"in[\s-]office", r"in\W+the\W+office", r"on[\s-]?site")
)
# "two office days a week", "3 on-site days": days counted at the office
_OFFICE_DAYS_COUNTED = " ".join(
    rf"{count}\W+(?:office|on-?site|in-office|in-person)\W+days?\b"
    for count in ("two", "three", "four", _SOME_DAYS)
)
_NOT_HOME = r"(?!\s+(?:remote|from\s+home|wfh|at\s+home))"  # "Onsite (2 days remote OK)"
# days at home in a week of the office's: "WFH on Fridays", "Fridays are remote", "2
# days remote" (the "hybrid" phrases that name them), against an onsite header
_HOME_DAYS_OF_WEEK = re.compile(
    rf"(?:wfh|remote|work\s+from\s+home)\s+(?:on\s+)?{_WEEKDAYS}|{_WEEKDAYS}\W+(?:are|is)\W"
    r"|\d\s*(?:days?|x)\s+(?:(?:a|per)\s+week\s+)?(?:remote|(?:work(?:ing)?\s+)?from\s+home|wfh)"
    r"|(?:remote|wfh)\s+\d",
    re.IGNORECASE,
)
# "hybrid" as a way of working, not a person or a product ("a designer hybrid")
_HYBRID_WORK = re.compile(
    r"hybrid[\s-]+(?:work\w*|setup|set-up|schedule|role|position|arrangement|policy|office"
    r"|mode|week)\b|hybrid\s*[:(]",
    re.IGNORECASE,
)
# "à distance", LinkedIn's French for Remote, is remote work; "à distance de" a way
_DISTANCE = r"distance(?!\s+(?:de|d['’]|du|des|raisonnable)\b)"
# French "télétravail" alone is the part of a week at home, as French postings use it
# ("télétravail possible", "politique de télétravail"); full, complete, "en télétravail"
# or "depuis <place>" is remote work
_TELETRAVAIL = r"t[ée]l[ée]travail"
_BARE_TELETRAVAIL = re.compile(_TELETRAVAIL, re.IGNORECASE)
_NOT_PART = r"(?!\W+(?:partiel|occasionnel|ponctuel|possible|hybride|\d))"
# "télétravail possible depuis n'importe où au Maroc": remote work from anywhere (in it),
# not a week's days at home
_FROM_ANYWHERE = r"possible\W+depuis\W+n['’]importe\W+o[uù]"
# "3 días presencial y 2 remoto", "2 días presenciales, resto remoto": the days at
# home after the office's, one hybrid week
_AND_REMOTE_DAYS = (
    r"(?:\W+(?:(?:y|e|\+)\s+)?(?:(?:el\s+|o\s+)?resto\s+|los\s+|os\s+)?(?:otros\s+|outros\s+)?"
    r"\d?\s*(?:d[ií]as?\s+)?"
    r"(?:de\s+|en\s+|em\s+)?(?:teletrabajo|remot[oa]s?|home[\s-]?office|casa))?"
)
# "télétravail au Canada", "partout en France": remote work within a country French
# postings name (the countries and provinces where French is written)
_FR_COUNTRY = (
    r"(?:partout\s+|uniquement\s+|seulement\s+)?(?:au|aux|en|dans\s+tout\s+le)\s+"
    r"(?:canada|qu[ée]bec|ontario|nouveau-brunswick|france|belgique|suisse|luxembourg|europe"
    r"|union\s+europ[ée]enne|maroc|tunisie|alg[ée]rie|s[ée]n[ée]gal|c[ôo]te\s+d['’]ivoire"
    r"|cameroun|afrique|am[ée]rique\s+du\s+nord|portugal|espagne|allemagne)\b"
)
# "an online tutoring platform" is a product, not a tutor's work
_NO_PRODUCT = r"(?!\s+(?:platform|company|marketplace|app|startup|service|business|website)s?\b)"
# a Czech or Slovak week's days at home: "2 dny home office", "1 den z domova", "2 dni
# z domu" (each phrase of a table starts with a literal letter or a digit)
_CS_HOME = r"(?:home[\s-]?office|z\s+domova|z\s+domu|na\s+home[\s-]?office|remote)"
# "alkalmanként ... az irodánkban": the office now and then (Hungarian), as "af en toe
# op kantoor" (Dutch): remote work with visits
_HU_OFFICE = r"(?:\w+\W+){0,3}?(?:irod[aá]\w*|bej[áa]r\w*)"
# work-mode phrases by class, strongest first: a negative beats a bare "remote", and
# "2 days remote" is a hybrid week; their heads ("a distancia", "2 days") stand about
# forty times in a posting, and trying those still beats a scan by a fifth. A phrase
# opens on its telling word, not a short one that starts English words: "o zi pe
# săptămână la birou" from "zi", "en présentiel 2 jours" from "présentiel" (led by "o",
# "en", "le", "au" and "la", this session's phrases tried the table at a third more places)
_MODE = Phrases(
    {
        # uk, ru: remote refused ("віддалену роботу не розглядаємо"), the office only; fa:
        # "امکان دورکاری وجود ندارد" (no remote possible), "بدون دورکاری" (without remote)
        "negative": r"""
            no\s+remote not\s+(?:a\s+)?remote remote\s*:\W*no\b non[\s-]remote
            remote\s+(?:is\s+)?not\s+(?:possible|available|an\s+option)
            remote\s+is\s+not(?=\s*[.;!]|\s*$)
            on[\s-]?site\s+only in[\s-]office\s+only in[\s-]person\s+only
            100\s?%\s+(?:on[\s-]?site|in[\s-]office) kein\s+remote sin\s+remoto
            no\s+es\s+remoto pas\s+de\s+t[ée]l[ée]travail
            リモート(?:ワーク|勤務)?(?:は|も)?不可 フルリモート(?:は|も)?不可
            在宅(?:勤務|ワーク)?(?:は|も)?不可 フル出社
            재택(?:근무)?\s*(?:불가|x|안\s*됨) 원격(?:근무)?\s*불가 리모트\s*불가
            상주\s*필수 100\s?%\s*출근
            無遠端 不可遠端 無法遠端 不提供遠端 不接受遠端 遠端工作[:：]\s*無
            无远程 不可远程 无法远程 不提供远程 不接受远程 不支持远程 远程工作[:：]\s*无
            віддален\w+\s+(?:робот\w*|формат\w*)\s+не\s+(?:розгляда\w+|передбачен\w*|можлив\w*)
            удал[её]нн\w+\s+(?:работ\w*|формат\w*)\s+не\s+(?:рассматрива\w+|предусмотрен\w*|возможн\w*)
            без\s+(?:можливості\s+)?віддален\w+\s+(?:робот|формат)\w*
            без\s+(?:возможности\s+)?удал[её]нн\w+\s+(?:работ|формат)\w*
            без\s+віддаленк\w* без\s+удал[её]нк\w*
            тільки\s+офіс(?![\w-]) лише\s+офіс(?![\w-]) только\s+офис(?![\w-])
            χωρ[ιί]ς\W+(?:δυνατ[οό]τητα\W+)?τηλεργασ\w*
            امکان\W+دورکار\w*\W+(?:\w+\W+)?ندار\w* دورکار\w*\W+(?:\w+\W+)?ندار\w*
            بدون\W+(?:امکان\W+)?دورکار\w*""",
        "hybrid": rf"""
            remote[\s-]+hybrid\w* h[ií]brid[oa]?s? hyrbid hybird hybrydow\w* ibrid[oa]
            home[\s-]?office\W+m[öo]glich telelavoro\W+parziale thuiswerk\w*\W+mogelijk
            home[\s-]?office\W+nach\W+(?:absprache|vereinbarung) home[\s-]?office[\s-]?anteil
            \d\s*tage?\s+(?:(?:pro|die|in\s+der)\s+woche\s+)?home[\s-]?office
            teletrabajo\W+parcial
            home[\s-]?office\W+\d\s*(?:x|d[ií]as?|days?|tage?|dny|dn[íi]|den|de[ňn])\b
            \d\s*d[ií]as?\s+(?:de\s+|en\s+)?(?:teletrabajo|home[\s-]?office|remoto)
            mobile[sn]?\W+arbeiten smart\W+working
            \d\s*j(?:ours?)?\s+(?:de\s+|en\s+)?{_TELETRAVAIL}
            un\s+jour\s+(?:de\s+|en\s+)?{_TELETRAVAIL}
            deux\s+jours\s+(?:de\s+|en\s+)?{_TELETRAVAIL}
            trois\s+jours\s+(?:de\s+|en\s+)?{_TELETRAVAIL}
            quatre\s+jours\s+(?:de\s+|en\s+)?{_TELETRAVAIL}
            {_TELETRAVAIL}(?!\W+(?:complet|total|int[ée]gral|depuis|[àa]\s+100|100|{_FROM_ANYWHERE})|\W+{_FR_COUNTRY})
            \d\s*d[ií]as?\s+(?:de\s+|en\s+(?:la\s+)?)?(?:presencial\w*|oficina){_AND_REMOTE_DAYS}
            hybrid\w*(?![^\S\n]+(?:cloud|search|pricing|models?|apps?|architecture|approach|mobile|vehicles?|energy|infrastructure|retrieval|systems?|solutions?|workloads?|environments?|deployments?|ml|ai|quantum|rag|engines?|compute|storage|networks?|data))
            \d\s*(?:days?|x)\s+(?:(?:a|per)\s+week\s+)?(?:remote|(?:work(?:ing)?\s+)?from\s+home|wfh|home[\s-]?office)
            remote\s+\d\s*(?:days?|x|วัน) wfh\s+[1-4]\s*(?:days?|x|วัน)
            ทำงาน(?:จาก)?ที่บ้าน\s*(?:สัปดาห์ละ\s*)?[1-4]\s*วัน wfh\s+สัปดาห์ละ\s*[1-4]\s*วัน
            wfh\s+(?:on\s+)?{_WEEKDAYS} remote\s+(?:on\s+)?{_WEEKDAYS}
            work\s+from\s+home\s+(?:on\s+)?{_WEEKDAYS}
            {_HOME_DAYS} 每周\w{{0,3}}远程 週[1-4１-４]日\w{{0,3}}リモート
            주\s*\d\s*[회일]\s*재택\w* リモート併用 一部リモート ハイブリッド
            하이브리드 주\s*[1-4]\s*[회일]\s*(?:사무실\s*)?출근 재택(?:근무)?\s*주\s*[1-4]\s*[회일]
            원격(?:근무)?\s*주\s*[1-4]\s*[회일] 나머지\w*\s*재택\w*
            週[1-4１-４][日回]?(?:程度)?(?:の)?(?:オフィス)?出社
            混合辦公 混合式辦公 混合工作 部分遠端 部分居家 每週[\w\s]{{0,8}}?居家
            每週[\w\s]{{0,8}}?進(?:公司|辦公室)
            混合办公 混合式办公 部分远程 每周[\w\s]{{0,8}}?(?:居家|在家)
            每周[\w\s]{{0,8}}?进(?:公司|办公室)
            ไฮบริด
            гібрид\w* гибрид\w* ჰიბრიდულ\w*
            thuiswerk\w*\W+in\W+overleg deels\W+thuis\w* gedeeltelijk\W+thuis\w*
            de\W+rest\W+(?:van\W+de\W+week\W+)?thuis\w*
            {_SOME_DAYS}\s*dag(?:en)?\s+(?:per\s+week\s+)?thuis\w*
            af\W+en\W+toe\W+(?:op|naar)\W+(?:kantoor|locatie)
            resten\W+(?:av\W+veckan\W+)?(?:på\W+)?distans delvis\W+(?:på\W+)?distans
            distans(?:arbete)?\W+delvis
            {_SOME_DAYS}\s*dag(?:ar)?\s+(?:i\s+veckan\s+)?på\s+distans
            hibrit\w*
            {_SOME_DAYS}\s*zile?\s+(?:pe\s+s[ăa]pt[ăa]m[âa]n[ăa]\s+)?la\s+(?:birou|sediu|client)
            restul\W+(?:s[ăa]pt[ăa]m[âa]nii\W+)?(?:de\W+acas[ăa]|remote)
            zi\W+pe\W+s[ăa]pt[ăa]m[âa]n[ăa]\W+la\W+(?:birou|sediu|client)
            {_SOME_DAYS}\s*(?:dny|dn[íiůu]|den|de[ňn]|dni)\s+(?:v\s+t[ýy]dnu\s+|t[ýy]dn[ěe]\s+|do\s+t[ýy]d[ňn]a\s+)?{_CS_HOME}
            {_SOME_DAYS}\s*(?:dny|dn[íiůu]|den|de[ňn]|dni)\s+(?:v\s+t[ýy]dnu\s+)?(?:v\s+kancel[áa][řr]i|v\s+kancel[áa]rii|na\s+pracovi[šs]ti)
            hybridn[íiýy]\W+(?:model\w*|re[žz]im\w*|pr[áa]c\w*|forma|spolupr[áa]c\w*)
            hybridn[ěe] hybridne
            heti\W+{_SOME_DAYS}\s*nap\W+(?:home[\s-]?office|t[áa]vmunk\w*|otthon\w*)
            t[öo]bbi\W+(?:nap\w*\W+)?(?:otthon\w*|home[\s-]?office|t[áa]vmunk\w*)
            alkalmank[ée]nt\W+{_HU_OFFICE} id[őo]nk[ée]nt\W+{_HU_OFFICE}
            pr[áa]c[ea]\W+z\W+domova\W+{_SOME_DAYS}\s*(?:dny|dn[íiůu]|den|de[ňn]|dni)(?!\w)
            zbytek\W+(?:t[ýy]dne\W+)?{_CS_HOME} zvy[šs]ok\W+(?:t[ýy][žz]d[ňn]a\W+)?{_CS_HOME}
            هجين\w* الهجين\w*
            \d\s*(?:ng[àa]y|bu[ổo]i)\s+(?:l[àa]m(?:\s+vi[ệe]c)?\s+)?(?:remote|t[ừu]\s+xa|wfh|t[ạa]i\s+nh[àa])
            c[òo]n\W+l[ạa]i\W+(?:l[àa]m(?:\W+vi[ệe]c)?\W+)?(?:remote|online|t[ừu]\W+xa|wfh|t[ạa]i\W+nh[àa])
            היברידי\w* {_SOME_DAYS}\s*ימים\s+(?:בשבוע\s+)?(?:מהבית|מהמשרד|במשרד)
            יומיים\s+(?:בשבוע\s+)?(?:מהבית|מהמשרד|במשרד) יום\s+בשבוע\s+מהבית
            υβριδικ\w*
            {_SOME_DAYS}\s*(?:ημ[εέ]ρ|μ[εέ]ρ)\w*\s+(?:την\s+εβδομ[αά]δα\s+)?τηλεργασ\w*
            τηλεργασ\w*\W+(?:(?:[εέ]ως|μ[εέ]χρι)\s+)?{_SOME_DAYS}\s*(?:ημ[εέ]ρ|μ[εέ]ρ)\w*
            hibridn\w* hibridan хибридн\w* хибридан""",
        "part": rf"""
            {_PART_WEEK} partial(?:ly)?\s+on[\s-]?site part(?:ly)?[\s-]+remote
            teilweise\W+(?:remote|im\W+home[\s-]?office|von\W+zu\W+hause)
            {_SHARE}\s+{_AT_THE_OFFICE} on[\s-]?site\s+(?:in\s+\w+(?:\s\w+)?\s+)?{_SHARE}
            two\s+{_DAYS_A_WEEK} three\s+{_DAYS_A_WEEK} four\s+{_DAYS_A_WEEK}
            two\s+days?\s+{_AT_THE_OFFICE} three\s+days?\s+{_AT_THE_OFFICE}
            four\s+days?\s+{_AT_THE_OFFICE} in[\s-]office\s+{_SOME_DAYS}\s*days?{_NOT_HOME}
            {_OFFICE_DAYS_COUNTED}
            on[\s-]?site\s*\(\s*{_SOME_DAYS}[\s-]*days?{_NOT_HOME}
            pro\W+woche\W+(?:im\W+b[üu]ro|vor\W+ort) die\W+woche\W+(?:im\W+b[üu]ro|vor\W+ort)
            {_OFFICE_DAYS}
            {_SOME_DAYS}\s*dag(?:en)?\s+(?:per\s+week\s+|p/?w\s+)?(?:op\s+(?:kantoor|locatie)|aanwezig)
            {_SOME_DAYS}\s*dag(?:ar)?\s+(?:i\s+veckan\s+|per\s+vecka\s+)?på\s+(?:kontoret|plats)
            på\W+plats\W+(?:i\W+\w+\W+)?{_SOME_DAYS}\s*dag(?:ar)?
            {_SOME_DAYS}\s*jours?\s+(?:par\s+semaine\s+)?(?:sur\s+place|au\s+bureau|en\s+pr[ée]sentiel)
            sur\W+place\W+{_SOME_DAYS}\s*jours? bureau\W+{_SOME_DAYS}\s*jours?
            pr[ée]sentiel\W+{_SOME_DAYS}\s*jours?
            reste\W+(?:du\W+temps\W+|de\W+la\W+semaine\W+)?en\W+{_TELETRAVAIL}
            {_SOME_DAYS}\s*giorn[oi]\s+(?:(?:a|alla|ogni|per)\s+settimana\s+)?in\s+(?:sede|ufficio)
            in\s+parte\s+da\s+remoto
            {_SOME_DAYS}\s*(?:ngày|buổi)\s+(?:làm\s+việc\s+)?(?:tại|lên|ở)\s+văn\s+phòng
            {_VI_OFFICE_DAYS}
            thỉnh\W+thoảng\W+(?:lên|đến|tới|ghé|qua)\W+văn\W+phòng
            thinh\W+thoang\W+(?:len|den|toi|ghe|qua)\W+van\W+phong
            เข้า(?:ออฟฟิศ|ออฟฟิส|สำนักงาน)\s*(?:สัปดาห์ละ\s*)?[1-4]\s*วัน
            heti\W+{_SOME_DAYS}\s*nap\W+(?:iroda\w*|bent)
            {_SOME_DAYS}\s*(?:ημ[εέ]ρ|μ[εέ]ρ)\w*\s+(?:την\s+εβδομ[αά]δα\s+)?(?:στο|στα)\s+γραφε[ιί]\w*""",
        "rest": _REST_OF_WEEK,
        "remote": rf"""
            fully\s+remote full[\s-]+remote 100\s?%\s+remote
            remote(?:[\s-]+(?:first|friendly|ok|only|available|possible|considered))?(?!\s+(?:sensing|control|access|server|desktop))
            remotely work\s+from\s+(?:home|anywhere) from\s+anywhere(?!\s+(?:to|into)\b) wfh
            home[\s-]based(?!\s+(?:care|carers?|nurs\w*|health\w*|services?|support|business))
            en\s+remoto remot[oa] teletrabajo zdaln\w* telelavoro
            trabaj(?:o|ar|a)\s+desde\s+(?:casa|tu\s+casa|cualquier\s+lugar)
            100[^\S\n]?%[^\S\n]*-?[^\S\n]*(?:smart\W+working|mobile[sn]?\W+arbeiten|home\W?office)
            home\W?office\W+100\s?%
            full\W+smart\W+working
            {_TELETRAVAIL}\W+(?:complet|total|int[ée]gral|depuis|[àa]\s+100\s?%|{_FROM_ANYWHERE})
            100\s?%\s*{_TELETRAVAIL} full\W+{_TELETRAVAIL} en\s+{_TELETRAVAIL}{_NOT_PART}
            {_TELETRAVAIL}\W+{_FR_COUNTRY}
            teach(?:ing|es)?\s+(?:\w+\s+)?(?:online|remotely|from\s+home|virtually)
            online\s+(?:\w+\s+)?(?:tutor(?:s|ing)?|teach(?:er|ers|ing)|instructors?){_NO_PRODUCT}
            giv(?:e|es|ing)\s+online\s+(?:lessons|classes|sessions)
            offer(?:s|ing)?\s+online\s+(?:lessons|classes|sessions|tutoring)
            for\s+online\s+(?:lessons|classes|sessions|tutoring)
            a\s+distancia à\s+{_DISTANCE} a\s+{_DISTANCE} en\s+distanciel 100\s?%\s*distanciel
            etätyö\w* etänä fernarbeit thuiswerken på\s+distans distans\W*100\s?%
            100\s?%\s*distans distansarbete(?!\W+delvis) distans(?=\s*(?:[.,;)|\n]|$))
            volledig\W+op\W+afstand geheel\W+op\W+afstand op\W+afstand\W+werk\w*
            volledig\W+thuis\w* volledig\W+remote
            フルリモート(?:可能?)? 完全リモート リモート(?:可能?|ワーク|勤務|中心|ok)
            完全在宅 在宅(?:勤務|ワーク) 出社不要 リモート 在宅 재택근무\w* 풀\s*재택\w* রিমোট
            재택 풀\s*리모트 완전\s*(?:재택|원격) 원격(?!\s*(?:의료|진료|제어|접속|지원))
            리모트 비상주 상주\s*(?:없음|불필요|x)
            遠端(?!\s*(?:監控|控制|連線|存取|協助|桌面|醫療|教學|工作\s*[:：])) 居家辦公 居家工作
            在家工作
            远程(?!\s*(?:监控|控制|连接|连线|访问|协助|桌面|医疗|教学|工作\s*[:：]))
            居家办公 在家办公
            ทำงาน(?:จาก)?ที่บ้าน ทำงานทางไกล รีโมท
            घरबाट\W+काम घरबाटै\W+काम घर\W+से\W+काम वर्क\W+फ्रम\W+होम रिमोट
            віддалено віддален\w+\s+(?:робот|формат|співпрац)\w* віддаленк\w* дистанційн\w*
            удал[её]нн?о удал[её]нн\w+\s+(?:работ|формат|сотрудничеств)\w* удал[её]нк\w*
            удал[её]нн(?:ая|ый|ое)(?=\s*[.,;!)\n]|\s*$)
            дистанционн\w* қашықтан(?:\W+жұмыс\w*)?
            დისტანციურ\w*
            uzaktan(?!\W+(?:eri[şs]im\w*|kumanda\w*|ba[ğg]lant[ıi]\w*|e[ğg]itim\w*|destek\w*))
            evden\W+[çc]al[ıi][şs]\w* evden\W+para\W+kazan\w*
            عن\W+بعد عن\W+بُعد من\W+المنزل من\W+البيت ريموت
            دورکار\w*
            lavor\w*\W+da\W+casa guadagn\w*\W+da\W+casa
            làm\W+(?:việc\W+)?từ\W+xa lam\W+(?:viec\W+)?tu\W+xa làm\W+(?:việc\W+)?tại\W+nhà
            lam\W+(?:viec\W+)?tai\W+nha làm\W+(?:việc\W+)?online lam\W+(?:viec\W+)?online
            integral\W+de\W+acas[ăa] complet\W+de\W+acas[ăa] 100\W*%\W*de\W+acas[ăa]
            lucr\w*\W+(?:\w+\W+)?de\W+acas[ăa] munc[ăa]\W+de\W+acas[ăa] job\W+de\W+acas[ăa]
            c[ăa][șşs]tig\w*\W+de\W+acas[ăa] de\W+acas[ăa]\s*[)\]]
            lucr\w*\W+(?:de\W+)?la\W+distan[țţt][ăa] munc[ăa]\W+(?:de\W+)?la\W+distan[țţt][ăa]
            pr[áa]c[ea]\W+z\W+domova pracuj\w*\W+z\W+domova 100\W*%\W*z\W+domova
            pr[áa]c[ea]\W+na\W+d[áa]lku plně\W+remote plne\W+remote
            travail\w*\W+[àa]\W+domicile poste\W+[àa]\W+domicile emploi\W+[àa]\W+domicile
            kerja\W+(?:\w+\W+){{0,2}}?dari\W+(?:rumah|hp|handphone)
            bekerja\W+dari\W+(?:rumah|hp) wfa(?!\w)
            kerja\W+dari\W+jauh bekerja\W+dari\W+jauh
            t[áa]vmunk\w* otthoni\W+munk\w*
            עבודה\W+מהבית(?!\W+\d) לעבוד\W+מהבית להרוויח\W+מהבית עבודה\W+מרחוק
            מרחוק(?=\s*[.,;)|\n]|\s*$)
            τηλεργασ\w* εξ\W+αποστ[αά]σεως απομακρυσμ[εέ]ν\w*\W+εργασ\w*
            εργασ\w*\W+απ[οό]\W+(?:το\W+)?σπ[ιί]τι δουλει\w*\W+απ[οό]\W+(?:το\W+)?σπ[ιί]τι
            বাসা\W+থেকে\W+কাজ বা(?:ড়|ড়)ি\W+থেকে\W+কাজ ঘরে\W+বসে\W+(?:কাজ|আয়|আয়)
            od\W+ku[ćc]e od\W+doma од\W+куће daljinu даљину""",
        "anywhere": r"worldwide anywhere weltweit global(?:ly)? من\W+أي\W+مكان من\W+اي\W+مكان",
        "onsite": r"""on[\s-]?site in[\s-]office in[\s-]person office[\s-]based vor\s+ort
            presencial stacjonarn\w* 常駐 出社 상주 출근 в\s+офіс[іi] у\s+офіс[іi] в\s+офисе
            需進辦公室 需進公司 駐點 需进办公室 需进公司 需到公司 驻点 驻场
            på\s+plats(?!\W+(?:i\W+\w+\W+)?\d) ofisten ofiste\W+[çc]al[ıi][şs]\w*
            yüz\W+y[üu]ze yuz\W+y[üu]ze
            من\W+المقر من\W+المكتب بالمقر حضوري\w*
            tại\W+văn\W+phòng tai\W+van\W+phong
            birou(?!\W+(?:sau|ori)\W) sediul\W+(?:din|firmei|companiei)
            na\W+m[íi]st[ěe](?!\w) v\W+kancel[áa][řr]i v\W+kancel[áa]rii
            ทำงานที่(?:ออฟฟิศ|ออฟฟิส|สำนักงาน|ไซต์|สาขา) เข้า(?:ออฟฟิศ|ออฟฟิส|สำนักงาน)ทุกวัน
            ประจำสาขา
            wfo(?!\w) kerja\W+di\W+kantor kerja\W+di\W+pejabat bekerja\W+di\W+pejabat
            irodai\W+munk\w* irod[áa]ban
            עבודה\W+מהמשרד במשרדי\W+החברה ללא\W+אפשרות\W+(?:ל)?עבודה\W+מהבית
            φυσικ\w*\W+παρουσ[ιί]\w* αποκλειστικ[αά]\W+(?:στο|στα)\W+γραφε[ιί]\w*
            rad\w*\W+u\W+(?:\w+\W+)?(?:kancelarij|uredu|prostorij)\w*
            рад\w*\W+у\W+(?:\w+\W+)?(?:канцеларијама|канцеларији|просторијама)""",
    }
)
# the words right after "remote": "(US)", "（国内在住）", "[CAN/US]", "- EU only", "within Europe",
# or a capitalised country right after it ("Remote USA"); in the languages postings
# mix in, a short word ("remote i Norge", "remoto en Chile", "zdalnie z Polski") only
# before a capital, and not itself read ("Remoto no Brasil" is in Brazil, not "no Brazil");
# "no" only after "remoto": "Remote no US clients" excludes
_TAIL = re.compile(
    r"[*_]*(?:\s+(?:or|and|/)\s+(?:hybrid|on-?site|in-office)(?=\s*[(\[]))?"
    r"\s*(?:[(（](?P<paren>[^)）\n]{1,120})[)）]|\[(?P<bracket>[^\]\n]{1,80})\]"
    r"|[-–—:,/][\s*_]*(?P<dash>(?:[^\n|.;()]|(?<=\b\w)\.){1,60})"  # "Remote - U.S.A."
    r"|(?P<prep>(?:(?:candidates?|applicants?|employees?|engineers?|developers?|freelancers?"
    r"|contractors?|workers?|hires?|positions?|roles?|work)\s+)?"
    r"(?:(?:is|are|also|a|an|possible|possibility|available|option|allowed)\s+){0,4}"
    r"(?:(?:in|within|from|across|only\s+in|binnen|innerhalb|desde|depuis|dentro\s+d[eo]"
    r"|(?:para|em|en)\s+tod[oa]\s+(?:[oa]|el|la)"  # "remota para todo o Brasil"
    r"|aus|vanuit|från|fra|din|inom|dalla|dal|au|aux|partout\s+(?:au|en)"
    r"|f(?:ü|ue)r\s+ganz"  # "Remote für ganz Deutschland"
    r"|из|по|в|з|у"  # ru, uk: "Удалённая работа из России", "з України"
    r"|از|در)\s+|dall['’]\s*)"  # fa: "دورکاری از هر جای ایران", "در ایران"
    # "para todo el país (Argentina)", "in the whole country (Canada)": the country named
    r"(?:[^\n|.;()]{0,40}?\b(?:pa[ií]s|pays|country)\s*[(（][^)）\n]{1,40}[)）]"
    r"|[^\n|.;()]{1,50}))"
    r"|(?:i|en|z|ze|w|(?<=[oa]\s)(?:no|na|em))\s+(?P<abroad>[A-ZÀ-ÖØ-ÞČŁŠŚŽŻ][^\n|.;()]{0,50})"
    r"|[ \t]+(?P<bare>[A-Z][\w.]*(?:[ \t/&,]+[A-Z][\w.]*){0,7}))"
)
# remote work open throughout one country that goes unnamed ("remoto para todo el país",
# "nationwide", "bundesweit"): the posting's own country, else a place to check, never
# anywhere; each phrase holds one of `_NATIONWIDE_WORDS` (Thai's "ทั่วประเทศ", joined to
# the words beside it, stands outside the word bounds)
_THAI_NATIONWIDE = "ทั่วประเทศ"
_NATIONWIDE_WORDS = (
    "país", "pais", "pays", "country", "nation", "bundesweit", "ganze", "territ", "kraju",
    _THAI_NATIONWIDE,
)  # fmt: skip
_NATIONWIDE = Caseless(
    re.compile(
        r"\b(?:tod[oa]s?\s+(?:el|o|a|la)\s+(?:pa[ií]s|territ[oó]rio|territorio)"
        r"|(?:anywhere|everywhere)\s+(?:in|across|within)\s+the\s+country"
        r"|(?:across|throughout)\s+the\s+(?:country|nation)|(?:the\s+)?whole\s+country"
        r"|nation-?wide|country-?wide|bundesweit|im\s+ganzen\s+land|aus\s+dem\s+ganzen\s+land"
        r"|(?:sur|dans|de|depuis)\s+tout\s+le\s+(?:pays|territoire)|w\s+ca[łl]ym\s+kraju)\b"
        r"|ทั่วประเทศ"
    )
)
# what the last places before a "but" are limited to: "but only for the sales positions"
ONLY_FOR_ROLES = re.compile(
    r"\s*only\s+(?:for|to)\s+(?:the\s+|our\s+)?[^,;)]{0,50}?\b(?:positions?|roles?|jobs?)\b",
    re.I,
)
_TAIL_STOP = re.compile(
    r"\b(?:but|with|office|on[\s-]?site|hybrid|although|though|while|whereas)\b", re.I
)
# a clause about trips names where one travels, not where one works
_TRAVEL = re.compile(r"\b(?:visits?|meet-?ups?|trips?|offsites?|travel\w*|retreats?)\b", re.I)
# a clause about native speakers names a language's places, not where one works ("US or
# UK native speakers preferred")
_SPEAKERS = re.compile(r"\bnative[\s-]+(?:english[\s-]+)?speak(?:ers?|ing)\b", re.I)
_ANYWHERE = re.compile(
    r"\b(?:global(?:ly)?|worldwide|anywhere)\b(?!\s+(?:in|within|across)\b)", re.I
)
_WORLDWIDE_WORDS = re.compile(
    r"\b(?:internationally|worldwide|globally|the\s+(?:world|globe)|countries)\b", re.I
)
_WORLDWIDE = re.compile(
    r"\b(?:global(?:ly)?|worldwide|anywhere(?:\s+in\s+the\s+world)?)\b"
    r"(?!\s+(?:in|within|across)\b)",
    re.I,
)
_ANYWHERE_AFTER = re.compile(
    r"[\s,:(\[\-–—]*(?:anywhere|worldwide|global(?:ly)?)\b(?!\s+(?:in|within|across)\b)", re.I
)
# work opened to wherever one lives ("work from wherever you are", "open to French-speaking
# freelancers wherever they are", "ouverte aux freelances où qu'ils soient"; not the
# clients' "wherever they are"): a location field that says no remote then names the
# office, not a residence; each form holds one of the skim's words
_WHEREVER_SKIM = ("wherever", "où qu", "ou qu")
_OPEN_TO = r"\b(?:open|ouverte?s?|welcome|bienvenue?s?|hiring|recrut\w*)\b[^.;!?\n]{0,60}?"
_WHEREVER = re.compile(
    r"\bwherever\s+you\s+(?:are|live|reside|may\s+be)\b"
    r"|\bo[uù]\s+que\s+vous\s+(?:soyez|viviez|habitiez|r[ée]sidiez|vous\s+trouviez)\b"
    rf"|{_OPEN_TO}(?:\bwherever\s+they\s+(?:are|live|reside|may\s+be)"
    r"|\bo[uù]\s+qu['’]\s?(?:ils|elles)\s+(?:soient|se\s+trouvent|r[ée]sident|habitent))\b",
    re.I,
)
# "US/Global", "US, Canada or worldwide": anywhere among the places after remote
_ANYWHERE_AMONG_PLACES = re.compile(
    r"[\s\W]*(?:(?:[A-Z][\w.]*|or|and)[\s/,&]+)*(?i:anywhere|worldwide|global(?:ly)?)\b"
    r"(?!\s+(?:in|within|across)\b)"
)
_CLAUSE = re.compile(r"[;,]|\bbut\b", re.I)
_CLAUSE_ON_LINE = re.compile(rf"[\n.]|{_CLAUSE.pattern}", re.I)  # any full stop ends one
# places a remote is not open to: "(EU/Asia/Americas -- no US)", "(worldwide except the
# UK and Ireland)", "Europe (not UK)"; the names are capitalised, so "no relocation"
# excludes nothing; nor does Portuguese "no" ("in the") after a word of a sentence
# ("residentes no Brasil"), where an English one follows a mark or "remote"; "but" is
# one after "anywhere" ("anywhere but Russia and Belarus")
_EXCEPT = re.compile(
    r"\b(?i:(?<![^\W\d_]\s)no|(?<=remote\s)no|except|excluding|excl\.|but\s+not|not"
    r"|not\s+available\s+in:?"
    r"|(?<=anywhere\s)but)\s+"
    r"(?:(?i:in|the)\s+)*"
    r"([A-Z][\w.]*(?:(?:\s*[/,&]\s*|\s+(?:or|and)\s+)(?:the\s+)?[A-Z][\w.]*)*)"
)
_NOT_HIRED_IN = re.compile(
    r"\b(?:cannot|can[’']t|can\s+not|(?:are|is)\s+(?:unable|not\s+able)\s+to|do\s+not|don[’']t)"
    r"\s+(?:currently\s+|yet\s+)?(?:hire|employ|pay|engage)\s+"
    r"(?:(?:people|anyone|candidates|contractors|freelancers)\s+)?"
    r"(?:in|from)\s+([^\n.;]{1,60})",
    re.I,
)
_HIRE_WORDS = ("hire", "employ", "pay", "engage")
# hired only outside a place: "only candidates based outside the US", uk "лише для
# кандидатів за межами України", ru "только для кандидатов за пределами России" (the
# words between are only who is hired: "we only sponsor visas outside the EU" is none)
_ONLY_OUTSIDE = re.compile(
    r"\b(?:only|exclusively|лише|тільки|виключно|только|исключительно)\W+"
    r"(?:(?:for|to|open|candidates|applicants|people|residents|talent|those|who|are|based"
    r"|located|living|residing|для|кандидат\w*|фахівц\w*|спеціаліст\w*|специалист\w*|які"
    r"|що|хто|которы\w*|перебува\w*|прожива\w*|знаход\w*|наход\w*)\W+){0,5}"
    r"(?:outside(?:\s+of)?|за\s+(?:межами|пределами)|поза\s+межами)\s+(?:the\s+)?([^\n.;]{1,60})",
    re.I,
)
_OUTSIDE_WORDS = ("outside", "межами", "пределами")
# "OFAC-sanctioned countries", "comprehensively sanctioned jurisdictions", "countries
# under US sanctions": the countries sanctions bar
_SANCTIONED_PLACES = (
    r"(?:(?:(?:US|OFAC|U\.S\.)[\s-]+)?(?:comprehensively\s+)?(?:sanctioned|embargoed)\s+"
    r"(?:countries|regions|territories|locations|jurisdictions)\b"
    r"|(?:countries|regions|territories|jurisdictions)\s+(?:under|subject\s+to)\s+"
    r"(?:(?:US|U\.S\.|OFAC|comprehensive)\s+)*(?:sanctions|embargo(?:es)?)\b)"
)
_SANCTIONED = re.compile(
    r"[\s,(\[-]*\b(?:except|excluding|excl\.|other\s+than|but\s+not|not\s+in)\s+(?:in\s+)?"
    rf"(?:the\s+)?{_SANCTIONED_PLACES}[)\]]?",
    re.I,
)
_NAMES_SANCTIONED = re.compile(rf"^\W*(?:the\s+)?{_SANCTIONED_PLACES}", re.I)
# a sentence that bars those who live there: "applicants from countries under US
# sanctions are not eligible" (not "screening of sanctioned countries' entities")
_IN_SANCTIONED = re.compile(rf"\b(?:in|from)\s+(?:the\s+)?{_SANCTIONED_PLACES}", re.I)
_BARS = re.compile(
    r"\b(?:not|unable|cannot|can[’']t|won[’']t|ineligible|excluded|prohibited)\b", re.I
)
# "Not available in: IR, KP, SY, CU": a list of countries only, as "not available in
# dark mode" or "in the US App Store" are the product's; its codes are countries'
_NOT_AVAILABLE_IN = re.compile(
    r"\b(?i:not\s+available\s+in)[ \t]*:?[ \t]*((?:the )?[A-Z][\w.]*"
    r"(?:(?: *[/,&] *| +(?:or|and) +| +)(?:the )?[A-Z][\w.]*)*)"
)
_TWO_LETTERS = re.compile(r"\b[A-Z]{2}\b")
# remote offered to some roles or on condition: "Onsite + remote for some roles",
# "ONSITE PREFERRED (Remote possible)", "Remote positions are negotiable"
_CONDITIONAL = re.compile(
    r"\b(?:remote(?:\s+positions)?\s+(?:(?:is|are)\s+)?(?:possible|negotiable|considered)"
    r"|remote\s+for\s+(?:some|a\s+few|certain|select(?:ed)?)\s+(?:roles|positions)"
    r"|(?:some|a\s+few|certain|select(?:ed)?)\s+remote(?:[\s-]friendly)?\s+(?:roles|positions)"
    r"|(?:some|a\s+few|certain|select(?:ed)?)\s+(?:roles|positions)\s+(?:(?:are|can\s+be"
    r"|may\s+be)\s+)?remote|(?:on[\s-]?site|in[\s-]office|in[\s-]person)"
    r"(?:\s*(?:/|\bor\b|&)\s*hybrid)?\s+(?:is\s+)?preferred"  # "ONSITE/HYBRID Preferred"
    r"|only\s+the\s+[\w\s]{1,30}?\s+(?:may|can)\s+be\s+remote)",
    re.I,
)
# a remote paired with an office way of working before it: "HYBRID/REMOTE", "Onsite or"
_PAIRED_WITH_OFFICE = re.compile(
    r"(?:hybrid|on[\s-]?site|in[\s-]office)\s*(?:/|\bor\b|&|\+)\s*$", re.I
)
_PAIR_REACH = 16
_OFFICES_AFTER = re.compile(r"[\s(]*(?:hybrid|on[\s-]?site|in[\s-]office)\b", re.I)
_CONDITIONAL_WORDS = (
    "possible", "negotiable", "considered", "roles", "positions", "preferred", "only"
)  # fmt: skip
# the whole week remote offered ("100% remote possible", "full remote possible") is no
# condition, but remote work stated in other words
_WHOLLY = re.compile(r"(?:100\s*%|\bfull|\bfully|\bcompletely|\bentirely)[\s-]*$", re.I)
_WHOLLY_REACH = 16
# tried at its heads in the lower-cased text: 13 us a text that holds one of the words,
# where `re` ignoring case took 80
_CONDITIONAL_LOW = Caseless(_CONDITIONAL)
# a location field's entries; "or" parts an office from the remote work offered instead
# ("Kampala, Uganda or Remote (Africa)")
_ENTRIES = re.compile(r"[;|]|\s+or\s+(?![^(]*\))")
_LIST_OF_ENTRIES = re.compile(r"[;|]")
_CONTINENT = re.compile(r"\b(americas?|europe|asia|africa|oceania)\b")
_EVERY_CONTINENT = 4
# a country before "remote" in a header cell ("US-Remote", "USA/Canada: REMOTE"); a
# cell ends at a separator, and "Berlin or Remote" offers an office instead, as a list
# of offices does ("Pune, SF(US), Remote": a bracket before a comma places its city)
_CELL_BREAK = re.compile(r".*(?:[|•;(\[]|\)\s*,|\bor\b)", re.I | re.S)
_CELL_REACH = 40
# "US-remote friendly", "(Europe Remote)": a country right before remote, in prose too;
# opening a sentence or a line ("... a week. UK remote.")
_HYPHENED = re.compile(
    r"(?:(?<![\w.])([A-Z][\w.]*)-"
    r"|(?:^|[(\[|\n]|[.!?;]\s|\s[-–—])\s*([A-Z][\w.]*(?:\s[A-Z][\w.]*)?)\s)$"
)
_NAMES_BEFORE = re.compile(r"(?:(?:[A-Z][\w.'’]*|and)[\s,/&+:.()\-–—]*)+$")
_PREFERENCE = re.compile(
    r"\b(?:prefer(?:red|ably|ence)?|ideal(?:ly)?|a\s+plus|nice\s+to\s+have)\b", re.I
)
# a wish before an overlap's lead: "Preferably 3 hours of overlap with CET"
_WISHED_BEFORE = re.compile(r"\b(?:preferably|ideally)[\s,]+$", re.I)
# "UK preferred, other locations welcome", "Nordics ideal but open to others", "Toronto
# preferred, remote OK": the preference binds nobody
_OPEN = re.compile(
    r"\b(?:open\s+to|others?\s+(?:locations|countries|regions|time\s*zones)?\s*welcome"
    r"|other\s+(?:locations|countries|regions)|elsewhere|anywhere|worldwide"
    r"|remote\s+(?:candidates\s+|applicants\s+|folks\s+)?(?:are\s+)?welcome"
    r"|remote\s+(?:is\s+)?(?:ok|okay|fine)"  # "Toronto preferred, remote OK"
    r"|not\s+(?:required|a\s+must|mandatory))\b",  # "US hours preferred but not required"
    re.I,
)
_BASED = r"(?:be\s+)?(?:(?:based|located|living|resid\w*|live)\s+in|local\s+to)"  # "be local to"
_PLUS_MINUS = r"(?:\+-|\+/-|±)?\s*"  # "within +- 4 hours of UTC+12"
_WHO = r"(?:candidates|applicants|people|contractors|freelancers|residents)?\s*"
# whom a post is open to: "open to contributors based in the US, Canada, UK" (AI-training
# platforms' wording), "open to anyone in North America"
_OPEN_TO = (
    r"(?:candidates|applicants|residents|contributors|experts|freelancers|contractors"
    r"|people|anyone)"
)
# "open to writers based in Canada", "open to all candidates located in the EU"
_OPEN_TO_SOME = r"(?:[\w-]+\s+){1,2}?(?:based|located|living)\s+(?:in|from)"
# whom a post looks for, up to where they live: "looking for a VA based in"
_LIVES_IN = r"(?:based|located|living)\s+in"
# "you can be anywhere in Europe": anywhere, but only in the places it names (ru "из
# любой точки СНГ", uk "з будь-якої точки Європи")
_ANYWHERE_IN = r"anywhere\s+(?:in|within|across)"
_SOUGHT = rf"(?:an?\s+)?(?:[\w&/+.-]+\s+){{0,4}}?{_LIVES_IN}"
# whom a team hires or works with, up to where they live: "we only hire developers based
# in the UAE", "we work with developers based in Pakistan or the UAE" (not its clients)
_WORKERS = (
    r"(?:[\w&/+.-]+\s+){0,2}?(?:developers|engineers|designers|freelancers|contractors"
    rf"|candidates|people|talent|writers|specialists)\s+{_LIVES_IN}"
)
_NEAR = r"(?:adjacent|close|near|similar)\s+to"  # "timezones adjacent to CST"
# where a remote team works names where it hires: "engineers across North America and
# Europe", "strong collaboration across the U.S. and India" (but not "across the world")
_ACROSS = " ".join(
    rf"{who}\s+(?:(?:is|are)\s+)?(?:distributed\s+|spread\s+)?across"
    for who in ("team", "engineers", "employees", "colleagues", "staff", "collaboration")
)
# a restriction names its places after a lead ("must be based in Canada") or before a
# keyword ("EU only", "US time zones", "US-based"); a preference likewise ("prefer
# EU", "UK preferred")
_LIMIT = Phrases(
    {
        "lead": rf"""
            must\s+{_BASED} should\s+{_BASED} need\s+to\s+{_BASED} must\s+be\s+in
            looking\s+for\s+{_SOUGHT} seeking\s+{_SOUGHT} searching\s+for\s+{_SOUGHT}
            someone\s+{_LIVES_IN} hire\s+(?:only\s+)?{_WORKERS} work\s+with\s+(?:only\s+)?{_WORKERS}
            only\s+(?:open\s+to\s+)?{_WHO}(?:based\s+|located\s+|living\s+)?(?:in|from)
            exclusively\s+(?:open\s+to\s+)?{_WHO}(?:in|from)
            candidates\s+(?:must\s+be\s+)?(?:based|located)\s+in
            applicants\s+(?:must\s+be\s+)?(?:based|located)\s+in
            following\s+(?:u\.?s\.?\s+)?(?:states|countries)(?:\s+only)?:
            eligible\s+to\s+work\s+in authori[sz]ed\s+to\s+work\s+in residents\s+of citizens\s+of
            open\s+to\s+{_OPEN_TO}\s+(?:in|from) open\s+to\s+{_OPEN_TO_SOME} nur\s+(?:in|aus)
            wohnsitz\s+in solo\s+(?:desde|en|para) residentes\s+en residentes\W+(?:no|na|em)
            apenas\W+(?:no|na|em|para|desde) tylko\W+(?:z|w|dla) শুধুমাত্র
            тільки\W+(?:з|із|в|у|для) лише\W+(?:з|із|в|у|для) только\W+(?:из|в|для)
            любой\s+точк[иеу] будь-як\w+\s+точк[иі]
            que\s+(?:mor[ae]m?|resid[ae]m?|viv[ae]n?)\s+(?:no|na|em|en)
            quem\s+(?:mor[ae]|resid[ae]|viv[ae])\s+(?:no|na|em)
            resid(?:ir|ente|entes|a|am)\s+(?:no|na|em|en)
            overlap\s+(?:(?:at\s+least|by|of)\s+)?(?:\d+\+?\s*h\w*\s+)?with
            as\s+long\s+as\s+you\s+(?:live|reside|are\s+based)\s+in while\s+living\s+in
            be\s+{_ANYWHERE_IN} live\s+{_ANYWHERE_IN} based\s+{_ANYWHERE_IN} hire\s+{_ANYWHERE_IN}
            within\s+{_PLUS_MINUS}\d+(?:\s*[/-]\s*\d+)?\s*(?:h|hrs?|hours?)\s+(?:(?:time\s*zone|tz)\s+)?of
            time[\s-]*zones?\s+{_NEAR} timezones?\s+{_NEAR} {_ACROSS}""",
        # "hiring a Mobile Engineer Intern in South Asia": the role's words between
        "hiring": r"""hiring\s+(?:only\s+)?in hiring\s+an?\s+(?:[\w&/-]+\s+){1,8}?in
            only\s+hire\s+(?:in|from) hire\s+only\s+(?:in|from)
            can\s+hire\s+(?:in|from)""",
        "bound": r"no\s+(?:further|farther)\s+(?:west|east)\s+than",
        # whom a post is open to, when a country's people follow ("open to Mexicans and
        # Colombians", "we hire Canadians", "se buscan colombianos", "abierto a argentinos",
        # "contratamos brasileiros"): read by `_PEOPLES_AFTER`
        "peoples": r"""open\s+to hire hiring se\s+buscan buscamos contratamos contratando
            abiert[oa]s?\s+a abert[oa]s?\s+a""",
        "prefer": r"prefer(?:ably)?(?:\s+(?:candidates\s+)?(?:in|from))? ideally\s+(?:in|from)",
        "only": r"""only citizens? citizenship nationals? residents? persons? based preferred
            must\s+be\s+local locals?\s+only local\s+(?:candidates|applicants|people)\s+only
            in[\s-]territory""",
        "zone": r"time[\s-]*zones? timezones? tz business\s+hours working\s+hours hours overlap",
        # a shift a country names is its working hours ("UK shift", "US shift"), no office
        "shift": r"shifts?",
    }
)
# the places after a lead, with a short parenthesis ("Pacific time (PST)") or a window
# ("EU timezones (UTC-1 to UTC+3)") but not a long aside ("US (we cannot sponsor visas
# in Canada)"), and the dots of "U.S."
_WHERE = re.compile(
    r"\s+(?:the\s+)?((?:[^\n.;|()]|(?<=\b\w)\.|\([^)\n]{1,12}\)"
    r"|\((?=UTC|GMT)[^)\n]{1,24}\)){1,50})"
)
_WHERE_BEFORE = re.compile(r"([\w.+\-−]+(?:(?:\s*[/&,]\s*|\s+(?:and|or)\s+)[\w.+\-−]+)*)[\s-]*$")
_NOT_IN_A_NAME = re.compile(r"[^\w.+\-−]")  # what `_WHERE_BEFORE`'s names hold no one of
# "Denver, Colorado. Locals only", "Austin, TX area - must be local": a call for locals
# names the place of the sentence before it
# a sales title's "In-Territory (Chicago, IL)" is such a call: one lives in the territory
_LOCALS = re.compile(r"must\s+be\s+local|locals?\s+only|local\s+\w+\s+only|in[\s-]territory", re.I)
_LOCAL_TO = re.compile(r"local\s+to\b", re.I)  # a lead's own call for locals
# "Locals only: Austin, TX", "locals only (Denver)", "locals only in Melbourne": or after
# it, right after a colon, dash or parenthesis, to the sentence's end
_LOCAL_PLACE_AFTER = re.compile(r"(?:\s*[:(\-–—]\s*|\s+(?:in|to|from)\s+)([^\n.;()!?]{1,40})")
_LOCAL_PLACE_ENDS = re.compile(r"(?:\s+(?:metro(?:politan)?\s+)?area)?[\s.,;:!\-–—]*$", re.I)
# "a Berlin-based startup", "a US-based fintech", "US-based clients" place the company,
# not the work
_COMPANY_AFTER = re.compile(
    r"[\s,]*(?:[\w-]+\s+){0,2}?(?:company|startup|start-up|team|firm|agency|business"
    r"|studio|organi[sz]ation|non-?profit|lab|consultancy|scale-?up|employer|office|hq"
    r"|headquarters|fintech|healthtech|edtech|insurtech|proptech|retailer|brand|bank|client"
    r"|customer)s?\b",
    re.I,
)
# "UK-based freelance writers", "US-based candidates only": the people the work is for,
# which places it in the body too
_PEOPLE_AFTER = re.compile(
    r"[\s,]*(?:[\w-]+\s+){0,2}?(?:candidates?|applicants?|freelancers?|contractors?|writers?"
    r"|residents?|professionals?|individuals?|talent|people)\b",
    re.I,
)
# where a limit's places end: "overlap with CET, or you're welcome to join us in Brussels"
# where the places of a limit end: another clause, or the hours one works beside where one
# lives ("must live in the EU and work CET hours": the EU, the hours read on their own)
# "and the" starts a new clause, but for a country or bloc a list names with its article
# ("the US, Canada and the United Kingdom")
_THE_PLACE = (
    r"the(?!\s+(?:u\.?k\.?|united|u\.?s\.?a?|netherlands|philippines|eu|uae|americas|nordics"
    r"|baltics|balkans|caribbean|middle\s+east|czech|dominican|bahamas|gambia)\b)"
)
_CLAUSE_ENDS = re.compile(
    rf",?\s+(?:(?:or|and|but)\s+(?:you|we|they|if|it|{_THE_PLACE}|our|your)"
    r"|and\s+(?:be\s+)?(?:(?:able|willing)\s+to\s+)?(?:work|keep|overlap|available))\b",
    re.I,
)
# places whose clients or markets one serves ("night shift for US clients", "serving EU
# customers"): not where one may live
_SERVED = re.compile(
    r"(?<![\w.])[A-Z][\w.]*(?:[\s/&]+[A-Z][\w.]*)*[\s-]+(?i:clients?|customers?|markets?|users?)\b"
)
# whom a post's work serves, after them: "clients in Pakistan", "users across India",
# "serving Pakistan", "our clients are based in the UAE and Qatar": not where one works
SERVED_IN = re.compile(
    r"\b(?:(?i:clients?|customers?|users?|markets?|partners?|buyers?|patients?|students?)"
    r"\s+(?:\w+\s+){0,2}?(?i:in|from|across|throughout)"
    r"|(?i:serv(?:e|es|ed|ing))(?:\s+(?:\w+\s+)?(?i:in|from|across|throughout))?)"
    r"\s+(?:the\s+)?"
    r"[A-Z][\w.]*(?:(?:,[^\S\n]*|[^\S\n]+and[^\S\n]+|[^\S\n]*/[^\S\n]*|[^\S\n]+)[A-Z][\w.]*)*"
)
# what a keyword after places qualifies when it is no person: "EU-only cloud providers"
_NOT_PEOPLE_AFTER = re.compile(
    r"[\s-]+(?:cloud|providers?|data|hosting|servers?|infrastructure|customers?|clients?"
    r"|markets?|compan\w*|business\w*|banks?|payments?|products?|services?|regions?"
    r"|regulations?|compliance)\b",
    re.I,
)
# a place's people beside others from anywhere, in the same sentence ("US citizens and
# green card holders are eligible, as are contractors worldwide", "..., as well as
# international applicants"): no limit
OTHERS_TOO = re.compile(
    r"[^.;!\n]{0,80}?\s(?:as\s+(?:are|is)|as\s+well\s+as|along\s+with)\s+(?:[\w-]+\s+){0,3}?"
    r"(?:worldwide|anywhere|globally|elsewhere"
    r"|international\s+(?:applicants|candidates|contractors|freelancers|talent|hires))\b",
    re.I,
)
# a place's people as a product's users, not whom it hires ("our app helps UK citizens
# file taxes", "a platform that serves US citizens", "our users are EU citizens"): read
# at the end of the words before the people
USERS_BEFORE = re.compile(
    r"\b(?:help(?:s|ing)?|serv(?:es?|ing)|(?:users|customers|clients|members)\s+(?:are|include)"
    r"|(?:apps?|platforms?|tools?|products?|services?|portals?|software)\s+for)"
    r"\s+(?:(?:all|the|our|many|millions\s+of|[\d.,]+[km]?)\s+)?$",
    re.I,
)
_FOR_PAY_BEFORE = re.compile(
    r"\b(?:salar\w*|pay|comp\w*|ranges?|rates?|bands?)\s+(?:\w+\s+){0,2}for\s+$", re.I
)
_ZONE_BLOC = {"EU": "Europe"}  # "EU hours" are Europe's clock, UK and CH included
# words of working hours ("UK shift" too); "EU-friendly" after "remote" is the hours of a
# place too
_ZONE_WORDS = re.compile(
    r"time[\s-]*zones?|timezones?|\btz\b|hours|\bshifts?\b|overlap|-friendly\b", re.I
)
_OVERLAP = re.compile(r"overlap|crossover", re.I)
# people from beyond the places a post names, then the overlap they are asked in the same
# sentence: "Non-US candidates welcome if you can overlap", "International applicants are
# welcome as long as they can overlap", "candidates outside the US who can work 3+ hours
# of overlap", "Folks outside North America", "Overseas applicants", "or anywhere with"
_WHO_ELSE = r"(?:candidates|applicants|folks|people|talent|engineers|contractors|anyone|those)"
_OPENED_BY_AN_OVERLAP = re.compile(
    rf"(?:\bnon[\s-]?[\w.]{{2,16}}\s+(?:based\s+)?{_WHO_ELSE}"
    rf"|\b{_WHO_ELSE}\s+(?:(?:who\s+(?:are|live)|based|located|living|from)\s+)?"
    r"(?:outside|elsewhere|abroad|overseas|anywhere\s+else)"
    rf"|\b(?:international|overseas)\s+{_WHO_ELSE}"
    r"|(?P<anywhere>\bor\s+(?:from\s+)?anywhere\s+(?:with|if|that|who|as\s+long)))"
    r"[^.;\n]{0,120}?\b(?:overlap|crossover)",
    re.I,
)
# hours one must keep, before their words: "must be available during", "need to work in"
_MUST_WORK_BEFORE = re.compile(
    r"\b(?:must|required\s+to|need\s+to|have\s+to)\s+(?:be\s+(?:available|online)|work)"
    r"\s+(?:(?:during|in|on|from|between)\s+(?:the\s+)?)?$",  # "must be available 10am-3pm ET"
    re.I,
)
_WELCOME = re.compile(r"welcome|consider|\bopen\b|eligible|\bapply\b|accept|\bcan\s+join", re.I)
_NOT_OPEN = re.compile(r"\b(?:not|cannot|can't|unable|won't)\b", re.I)
_EARTH = (-12.0, 14.0)  # the westernmost and easternmost UTC offsets kept
_OVERLAP_HOURS = 3.0  # working hours overlap enough within three hours of a zone
# an overlap of N hours is met from 7 - N hours away: two working days that far apart
# share N hours once one of them starts an hour early or late ("4h overlap": three)
_OVERLAP_DAY = 7.0
_OVERLAP_MOST = 6.0  # "1 hour of overlap" still wants some of the day
# the hours an overlap asks, after its word ("overlap 3h", "overlap of at least 2
# hours") or before it ("4+ hours overlap", "2 hours of overlap")
_OVERLAP_COUNT = re.compile(
    r"(?:overlap\w*\s+(?:(?:of\s+)?(?:at\s+least|by|of|min(?:imum)?)\s+)?|\b)"
    r"(\d{1,2})\+?\s*(?:hours?|hrs?|h)(?![a-z])(?=\s+(?:of\s+)?(?:\w+\s+)?overlap|\s+with)",
    re.I,
)
_OVERLAP_COUNT_BEFORE = re.compile(
    r"\b\d{1,2}\+?\s*(?:hours?|hrs?|h)\s+(?:of\s+)?(?:\w+\s+)?$", re.I
)
SOFT_HOURS = "working hours one may keep from elsewhere"
# a remote job a board places at a town ("Bengaluru (Remote)") may want someone nearby
NEAR_A_CITY = "near a city it names"
# a call for locals of a town ("must be local to the Twin Cities", "Denver, CO. Locals
# only"): the country limits it, the town decides who may take it
FOR_LOCALS = "only for those local to a town it names"
PREFERENCE = "a preference, not a limit"
# hours a post bounds itself ("UTC-1 to UTC+5", "CET ±3", "within 2 hrs of CEST") are
# kept from inside them only; a zone's name or an overlap with it is vaguer
SOFT_STATED_HOURS = "working hours in the window it states"
_WITHIN_HOURS = re.compile(
    rf"within\s+{_PLUS_MINUS}(\d+)(?:\s*[/-]\s*(\d+))?\s*(?:hours?|hrs?|h)(?![a-z])", re.I
)
# US zones by their names alone, after "within 3 hours of" (not "Central Europe")
_US_ZONE_ALONE = re.compile(
    r"(?<![\w-])(?<!US )(Eastern|Central|Mountain|Pacific)"
    r"(?![\w-]|\s+(?:[Tt]ime|Europe|Asia|Africa|America))"
)
# US zones listed before the "time" they share ("Pacific or Mountain time", "Eastern/
# Central time zones"): each a zone (not the "South Pacific" or "Asia Pacific")
_US_ZONE = r"(?:Eastern|Central|Mountain|Pacific)"
_ZONES_SHARING = re.compile(
    rf"(?<![\w-])(?<!South )(?<!Asia )({_US_ZONE})(\s*(?:,|/|&|\bor\b|\band\b)\s*)"
    rf"(?=(?:{_US_ZONE}\s*(?:,|/|&|\bor\b|\band\b)\s*)*{_US_ZONE}\s+[Tt]ime\b)"
)
_US_ZONE_BEFORE_HOURS = re.compile(r"(?<![\w-])(Eastern|Central|Mountain|Pacific)[^\S\n]+$")
_ASIA_BEFORE = re.compile(r"\b(?:asia|apac)[\s/-]*$", re.I)  # "Asia Pacific hours"
# a working day by the clock of a zone: "9–5 GMT", "9am-5pm ET", "09:00–17:00 (CET)",
# "9h à 18h (heure de Paris)", "9–17 Uhr MEZ", "de 9 a 18 hs"; its ends' hour, minutes
# and half of the day are groups
_CLOCK = r"(\d{1,2})(?:[:h](\d\d)|\s?hs?(?![a-z]))?\s*(?i:([ap])\.?m\.?)?"
_DAY = (
    rf"(?<![\d:/.]){_CLOCK}\s*(?:-|–|—|to|until|à|a|às|bis|até|hasta|al|tot)\s*{_CLOCK}"
    r"\s*(?:Uhr\s*)?[,(]?\s*"
)
# zones a day names in words, not tokens the window pass reads as places: a US zone
# alone ("9am–5pm, Eastern") and a country's clock in its own language
_DAY_ZONES = {name[3:]: zone for name, zone in ZONE_NAMES.items() if name.startswith("US ")}
_DAY_ZONES |= {"MEZ": "CET", "MESZ": "CEST", "deutscher Zeit": "CET", "UK time": "WET"}
_DAY_ZONES |= dict.fromkeys(("heure de Paris", "heure française", "heure de France"), "CET")
_DAY_ZONES |= dict.fromkeys(("hora de España", "hora peninsular", "Berlin time"), "CET")
_DAY_ZONES |= dict.fromkeys(("London time", "hora de Portugal", "hora de Lisboa"), "WET")
_DAY_ZONES |= dict.fromkeys(("hora de Argentina", "hora argentina", "BRT", "ART"), "UTC-3")
_DAY_ZONES |= dict.fromkeys(("horário de Brasília", "horario de Brasília"), "UTC-3")
_DAY_ZONES |= dict.fromkeys(("hora de Brasília", "hora de Brasil", "Brasília time"), "UTC-3")
_DAY_ZONES |= {"hora de Colombia": "UTC-5", "hora de Perú": "UTC-5", "hora de México": "UTC-6"}
_DAY_ZONES |= {"hora del centro": "UTC-6", "Manila time": "UTC+8", "PHT": "UTC+8"}
# South Africa's, after a day only ("8am-5pm SAST"): alone "SAST" is security testing
_DAY_ZONES |= dict.fromkeys(("SAST", "South African time", "SA time"), "UTC+2")
# Türkiye's, all year (no summer time since 2016), after a day only ("09:00-18:00 TRT"):
# alone "TRT" is the broadcaster
_DAY_ZONES |= dict.fromkeys(("TRT", "Türkiye saati", "Turkey time", "Türkiye time"), "UTC+3")
_ZONE_IN_WORDS = (
    rf"(?<![\w-])(?:{'|'.join(sorted(_DAY_ZONES, key=len, reverse=True))})"
    r"(?![\w-]|\s+(?:[Tt]ime|Europe|Asia|Africa|America|Northwest|Coast|Islands?|Rim)\b)"
)
_ZONE_WORDED = Skimmed(re.compile(_ZONE_IN_WORDS))
_DAY_HOURS = re.compile(rf"{_DAY}(?:{_END}|{_ZONE_IN_WORDS})(?!\w)\)?")
_CLOCK_SHAPED = re.compile(r"\dh|\bhs?\b|:|\d\s*[ap]\.?m\b|Uhr", re.I)  # not "ages 9-17"
_DAY_BEFORE = re.compile(rf"{_DAY}$")  # the same day before a zone the window pass found
# a moment one must keep by a zone's clock: a team's meeting ("daily standup at 9:30 am
# EST", "weekly sync at 10am PT") or the end of the hours one is reachable ("available
# until 1pm PT", "online by 9:00 CET")
_MOMENT = (
    r"\b(?i:(?:stand-?ups?|syncs?|scrums?|check-?ins?|team\s+(?:calls?|meetings?))\b[^.;\n]{0,30}?"
    r"\bat|(?:available|online|reachable)\b[^.;\n]{0,30}?\b(?:until|till|by|at))\s+"
    rf"{_CLOCK}\s*[,(]?\s*"
)
_MOMENT_BEFORE = re.compile(rf"{_MOMENT}$")
_MOMENT_REACH = 70
_MOMENT_WORDS = (" at ", " by ", " until ", " till ")
_MOMENT_HOURS = re.compile(rf"{_MOMENT}(?:{_END}|{_ZONE_IN_WORDS})(?!\w)")
_ZONE_AT_END = re.compile(rf"({_END}|{_ZONE_IN_WORDS})\W*$")  # the zone of a day's words
_DAY_REACH = 30  # "09:00 AM to 05:00 PM (" is 22 characters, "9–17 Uhr (" ten
# a day that binds nobody: an office's opening hours, a shift's extra pay, hours one may
# leave ("$25/hr, 9-5 EST" is a rate beside the hours, which still bind)
_DAY_UNBOUND = re.compile(
    r"\b(?:(?:is|are)\s+open|opening\s+hours|flexib\w*|whenever|any\s*time|own\s+hours"
    r"|pays|(?:is|are|gets?)\s+paid|paid\s+(?:at|extra|double)|differential|premium|bonus"
    r"|overtime)\b",
    re.I,
)
# the local hours a daytime worker keeps: a post's working day by a zone's clock is
# kept from the offsets where it falls between them ("9-5 EST": UTC-7..UTC-1)
_DAYTIME = (7.0, 20.0)
# a US zone's hours, not the zone ("Pacific time zone"): "Pacific business hours"
_US_ZONE_NAMED = re.compile(r"\b(Eastern|Central|Mountain|Pacific)\b")
_ZONE_HOURS = re.compile(r"\bhours\b", re.I)
_ZONE_HOURS_AFTER = re.compile(r"[^\S\n]+hours\b", re.I)
# a span a team covers in shifts ("07:00-20:00 EST coverage in shifts"): one works a
# shift of it, kept where some such part of it falls in one's daytime
_IN_SHIFTS = re.compile(r"\b(?:shifts|coverage|rota|rotating|rotation|Schichten|turnos)\b", re.I)
_SHIFT_HOURS = 8.0
# a sentence's or a cell's end ("Remote | 9-5 EST | $90k"): a mark before a space, not "9.5"
_SENTENCE_BREAK = re.compile(r"[.!?;|•]\s|\n")
_SENTENCE_REACH = 120
_WINDOW_IN_TEXT = Skimmed(re.compile(_WINDOW))  # tried at "UTC", "GMT" and zone names
# hours either side written before a zone: "+-2 EU CET", "±3h ET"
_PM_BEFORE = re.compile(r"(?:±|\+/-|\+-)\s*(\d{1,2})\s*(?:h(?:ours?|rs?)?\s*)?(?:[A-Z]{2,}\s+)?$")
_PM_REACH = 16
# the words before a list of US states that open the job in them or bar it there
_STATE_LEAD_REACH = 50
_STATES_OPEN_BEFORE = re.compile(
    r"\b(?i:hire|hiring|employ\w*|resid\w*|live|living|based|located|states?)\b[^.\n]{0,30}$"
)
# one state where one must live: "must live in Texas", "reside in the state of Florida"
_STATE_RESIDENTS = re.compile(
    r"\b(?i:live|living|resid\w*|(?:must|should)\W+be\W+(?:based|located))\W+(?i:in\W+)?"
    r"(?i:the\W+state\W+of\W+)?$"
)
_RESIDENTS_AFTER = re.compile(r"\W+(?i:residents?)\b")  # not "a Texas-based company"
_ONLY_AFTER = re.compile(r"[^\S\n]*(?i:only)\b")  # "(US or Canada: WA, OR, BC only)"
_STATES_BARRED_BEFORE = re.compile(  # "excl." ends on its dot, no word's end
    r"(?:\b(?i:except|excluding|not|cannot|can't|unable|outside|other\s+than)\b|\b(?i:excl)\.)"
    r"[^.;\n]{0,30}$"
)
_RANGE_BEFORE = re.compile(rf"{_END}\s*(?:to|-|–|—|\.\.|until|bis)\s*$")  # a window's first end
# a US zone's name before "US" ("Eastern US business hours"): the zone's, not the US
_ZONE_BEFORE_US = re.compile(r"\b(?:Eastern|Central|Mountain|Pacific)\s+$")
_WINDOW_AFTER = re.compile(rf"\s*[(,:]?\s*{_WINDOW}")
# a place's name before a zone's name or words of hours: "EU CET", "EU timezones"
_CLOCK_OF_A_PLACE = re.compile(
    rf"([\w.]+)[\s-]+(?:time[\s-]*zones?|timezones?|hours|shifts?\b|tz|(?:{'|'.join(ZONES)})(?!\w))",
    re.IGNORECASE,
)
# a hybrid post that says the role is "primarily remote" (with "occasional meetups")
# is remote work with visits, whatever its header calls it
_MOSTLY_WORDS = ("primarily", "mostly", "largely", "predominantly", "mainly")
_MOSTLY_REMOTE = re.compile(rf"\b(?:{'|'.join(_MOSTLY_WORDS)})\s+remote\b(?!\s+team)", re.I)
_ASIDE = re.compile(r"\([^)]*\)")
# a role done remotely by its name, not a product ("an AI virtual assistant app")
_VIRTUAL_ROLE = re.compile(
    r"(?<!AI )\bvirtual\s+(?:(?:executive|administrative|admin|personal|sales|medical|legal"
    r"|marketing|real\s+estate|social\s+media)\s+)?(?:assistants?|receptionists?|secretary"
    r"|bookkeepers?|tutors?)\b(?!\s+(?:app|product|platform|software|tool|bot|engineer|developer))",
    re.IGNORECASE,
)
_LIVED_AFTER = re.compile(
    r",?\s+(?:(?:based|located|living)\s+)?in\s+(?:the\s+)?((?:[^\n.;|()]|(?<=\b\w)\.){1,50})",
    re.I,
)
# the rest of a sentence that says only where: "Worldwide.", "Anywhere in the world is fine."
_SENTENCE_END = re.compile(
    r"(?:\s+in\s+the\s+world)?(?:\s+is\s+(?:fine|ok|okay))?\s*(?:[.!]|$)", re.M
)
_SOUTH_EAST_ASIA = re.compile(r"(?<![\w.])SEA(?!\w)")
_MARKUP = re.compile(r"[*_]+")
_WORD = re.compile(r"\w+")
_LEAD_MARKS = r"(?:[^\w\n]|_)*"  # bullets and markup before a line's words, not the newline
# "Headquarters: US-Chicago" is where the company sits (WWR opens every post with
# one); "Headquarters: Remote - Saudi Arabia" says where a remote post's work is
_HEADQUARTERS = re.compile(
    rf"^{_LEAD_MARKS}(?:headquarters|head\s+office|hq)\b[*_\s]*:(?P<remote>\s*remote\b)?.*$",
    re.IGNORECASE | re.MULTILINE,
)
_HEADQUARTERS_WORDS = ("headquarters", "head office", "hq")
# "Remote - US: Select locations", "most states": a region only partly open
_PARTIAL_WORDS = ("locations", "states", "countries")
_PARTIAL_BEFORE = (
    "selected", "select", "certain", "some", "most", "eligible", "approved", "listed"
)  # fmt: skip
# and as Dutch posts label it ("Locatie: Den Haag", "Standplaats: Utrecht")
_LOCATION_LABEL = r"(?:(?:job\s+|work\s+)?locations?|(?:werk)?locatie|standplaats|werkplek)"
_LOCATION_LINES = re.compile(
    rf"^{_LEAD_MARKS}{_LOCATION_LABEL}[*_\s]*:", re.IGNORECASE | re.MULTILINE
)
_LOCATION_WORDS = ("location", "locatie", "standplaats", "werkplek")  # most texts none
_LOCATION_LINE = re.compile(rf"[\W_]*{_LOCATION_LABEL}[*_\s]*:", re.I)
# some days a week at the office ("ONSITE (3 days/week)") make any onsite hybrid
# "3 days in office", "2 days on-site", "2 dagen op kantoor", "1 dag op locatie"
_OFFICE_IN_PHRASE = ("office", "site", "person", "kantoor", "locatie", "sede", "ufficio")
_RANK = {"negative": 0, "remote": 1, "hybrid": 2, "part": 2, "onsite": 3}
# remote as the company's way, not the role's: "remote-first culture", "a remote-friendly
# team", "remote in spirit"; beside a role placed at an office ("but this role is onsite
# in our Austin office", "this position requires you to be in our London office") the
# office is where the work is done
_CULTURE_AFTER = re.compile(
    r"(?:[\s-]+(?:first|friendly))?\s+(?:culture|company|team|organi[sz]ation|org\b"
    r"|in\s+spirit|at\s+heart|by\s+default|dna)",
    re.IGNORECASE,
)
_ROLE_AT_OFFICE = re.compile(
    r"\b(?:(?:this|the)\s+(?:role|position|job|opening)\b[^.\n]{0,40}?"
    r"(?:\bis\s+(?:fully\s+)?|:\s*)(?:on[\s-]?site|in[\s-]office|in[\s-]person|office[\s-]based)"
    r"|(?:requires?\s+you\s+to\s+be|you\s+(?:must|will\s+need\s+to)\s+(?:work|be))"
    r"\s+(?:from|in|at)\s+our\s+(?:[\w,.]+\s+){0,3}(?:office|hq|headquarters)\b)",
    re.IGNORECASE,
)
# the rest of a week from home ("otherwise remote") is a hybrid week beside office days
# ("2 days in the office"), and remote work alone ("on-site for onboarding, otherwise remote")
_REST_OF_A_WEEK = {True: "hybrid", False: "remote"}
# "All positions are in Berkeley, California", "hiring in NYC across all teams"
_HIRING_IN = re.compile(
    r"\b(?:(?:positions?|roles?|jobs?)\s+(?:are|is)\s+(?:all\s+)?(?:located\s+|based\s+)?in"
    r"|hiring\s+in)\s+((?:[^\n.;|()]|(?<=\b\w)\.){1,50})",
    re.I,
)
_HIRING_IN_WORDS = ("position", "role", "job", "hiring")  # one stands in each match
# a header cell that starts "Remove" and a capitalised place: a typo for "Remote"
_REMOVE_CELL = re.compile(r"(^|\|)(\s*)Remove(?=\s+[A-Z])")
_LINE_REACH = 80  # how far along its line an onsite or hybrid phrase looks for a place
# a list of roles, each with its way of working: "Designer (NYC onsite)", "Platform
# Engineer - onsite in Austin"
_DASH_BEFORE = re.compile(r"\s[-–—]\s+[^\n|;,()\-–—]*$")
_DASH_REACH = 30  # the words between the dash and the mode: "- NYC onsite"
_ROLE_ENTRIES = re.compile(r"[;|]|,(?![^(\n]*\))")  # a comma inside a bracket is no break
_ROLE_HEAD = re.compile(r"([^(\n]*?)(?:\(|\s[-–—]\s)")  # the words before "(" or " - "
# a listed role's line ("- Engineer - Estonia (remote) | <link>", "[2] Designer (US/Canada)"):
# its first cell, and in it the role's words and its own place; found from each newline
# (the first line is the header), which `re` skips to three times faster than to a "^"
_ROLE_LINE = re.compile(r"\n[ \t]*(?:[-*•]|\d{1,2}[.)]|\[\d{1,2}\])[ \t]*([^|\n]{3,120})")
# a body line with a dash near its start, where a role may be placed: "Engineer - NYC"
_DASHED_LINE = re.compile(r"\n[^\n]{0,80}?\s[-–—]\s")
_OWN_PLACE = re.compile(r"(.*?)(?:\s[-–—]\s+([^-–—]+)|\(([^()]+)\)\s*)$")


def parse_remote(
    location: str | None,
    text: str,
    stated_remote: bool | None,
    *,
    board_remote: bool = False,
    market: str | None = None,
) -> RemoteScope:
    """The remote scope from a location, a text and the source's remote flag.

    A stated flag decides remote or not (basis "stated"); the words then only say
    which region, or hybrid rather than onsite. Without a flag the words decide: the
    location's, else the header's, else the body's; where none says, a virtual role in
    the header ("Virtual assistant") is remote work, unless the location names a city.
    A board that lists remote jobs only (`board_remote`) flags every job: its claim,
    not the posting's, which yields to a posting that never says remote and is placed
    in a town (`_only_a_town`): a plumber in Geelong is onsite there, whatever the board
    files him under, as is a job whose location says hybrid or onsite. A national
    board's country (`market`) is the country remote work "nationwide" is in where the
    post names none.
    """
    loc = location or ""
    office: Span | None = None  # an onsite place where remote is only on condition
    text = _header_typos_mended(text)
    if "IST" in loc or "IST" in text:
        loc, text = _ist_read(loc, text)
    if "Georgia" in loc or "Georgia" in text:
        loc, text = _georgia_read(loc, text)
    where = text  # the words that say where remote work is done
    low = lowered(text)  # once, not once a word
    if any(word in low for word in _HEADQUARTERS_WORDS):  # offsets kept
        text = _HEADQUARTERS.sub(_blank, text)
        where = _HEADQUARTERS.sub(lambda line: line[0] if line["remote"] else _blank(line), where)
    in_text = _modes(text, in_location=False)
    if (at_office := _remote_only_in_spirit(text, in_text)) and not _says_remote(loc):
        in_text = [span for span in in_text if span[0] != "remote"] + [at_office]
    # a title's bare "télétravail" ("Data analyst - télétravail") says no more than home
    # days, so the body's words decide ("100 % télétravail"; "3 jours à Lyon"), the
    # title's bare word only where the body says nothing
    told = [
        span
        for span in in_text
        if span[2] > _line_end(text, 0) or not _BARE_TELETRAVAIL.fullmatch(text, *span[1:])
    ]
    header = [span for span in told if span[2] <= _line_end(text, 0)]
    found = (
        _strongest(_location_modes(loc))
        or _strongest(header)
        or _strongest(told)
        or _strongest(in_text)
    )
    # some days at the office, or a hybrid setup in the text, make an office (or an
    # office rather than remote) a hybrid week
    part = next((span for span in in_text if _part_of_week(text, span)), None)
    if found and found[0] in ("hybrid", "part") and (mostly := _mostly_remote(text)):
        found = ("remote", ("remote", mostly.start(), mostly.end()))  # "primarily remote"
    elif found and (found[0] == "part" or (found[0] in ("onsite", "negative") and part)):
        found = ("hybrid", part or found[1])
    elif found and found[1] in in_text and part and _one_sentence(text, found[1], part):
        found = ("hybrid", part)  # "Remote in der Schweiz, 1 Tag pro Woche vor Ort"
    elif found and found[0] == "onsite" and (maybe := _conditional(text)):
        found = ("remote", ("remote", maybe.start(), maybe.end()))  # "remote negotiable"
    mode = found[0] if found else None
    if board_remote and stated_remote and _never_remote(loc, in_text) and _only_a_town(loc):
        stated_remote, mode = None, "hybrid" if mode == "hybrid" else "onsite"
    elif board_remote and stated_remote and _office_located(loc):
        stated_remote = None  # "Hybrid - Amsterdam": the board files every job as remote
    if stated_remote is not None:
        is_hybrid = mode == "hybrid"
        mode = "remote" if stated_remote else ("hybrid" if is_hybrid else "onsite")
    if mode is None and not _names_a_city(loc) and (virtual := _virtual_role(text)):
        mode, found = "remote", ("remote", ("remote", virtual.start(), virtual.end()))
    if mode is None:
        return _office(loc, text)
    if mode == "remote" and (maybe := _conditional(text)):  # "Lisbon | ONSITE; remote possible"
        onsite = (s for s in header or in_text if s[0] == "onsite" and s[2] <= maybe.start())
        office = next(onsite, None)
    basis: Basis = "stated" if stated_remote is not None else "parsed"
    token = found[1] if found else None
    if mode == "remote":
        in_where = in_text if where is text else _modes(where, in_location=False)
        remote = _remote(loc, where, basis, token, in_where, market)
        if office is None:
            return remote
        return _office_preferred(remote, _placed("onsite", loc, text, office, basis))
    scope: Scope = "hybrid" if mode == "hybrid" else "onsite"
    return _placed(scope, loc, text, token, basis)


def _remote_only_in_spirit(text: str, in_text: list[Span]) -> Span | None:
    """Where the post places the role at an office when every remote it says is the
    company's ("remote-first culture; this role is onsite in Austin"): that onsite."""
    remote = [span for span in in_text if span[0] == "remote"]
    if not remote or not all(_CULTURE_AFTER.match(text, end) for _, _, end in remote):
        return None
    office = _ROLE_AT_OFFICE.search(text)
    return ("onsite", office.start(), office.end()) if office else None


def _office_preferred(remote: RemoteScope, office: RemoteScope) -> RemoteScope:
    """Remote on condition after an office ("Lisbon | ONSITE; remote negotiable"): the
    office's places are where the post would rather have the work done, so a user who
    may work there can take it whatever the condition."""
    if remote.scope != "anywhere" or not office.regions:
        return remote
    preferred = tuple(dict.fromkeys((*office.regions, *remote.preferred)))
    return replace(remote, preferred=preferred, cities=office.cities)


def _virtual_role(text: str) -> re.Match[str] | None:
    """A virtual role named in the header ("[Hiring] Virtual assistant, part-time"): work
    done remotely, for clients wherever they are, though the post never says so."""
    header = text[: _line_end(text, 0)]
    return _VIRTUAL_ROLE.search(header) if "virtual" in lowered(header) else None


def _mostly_remote(text: str) -> re.Match[str] | None:
    """`_MOSTLY_REMOTE`'s first match, scanned for only in a text naming one of its
    words: `re` tries it at every place of a text (30 us), and few say "mostly remote"."""
    return _MOSTLY_REMOTE.search(text) if may_hold(lowered(text), _MOSTLY_WORDS) else None


def _never_remote(loc: str, in_text: list[Span]) -> bool:
    """Whether neither the location nor the text says remote (or anywhere, wfh)."""
    return not _says_remote(loc) and all(kind != "remote" for kind, _, _ in in_text)


def _office_located(loc: str) -> bool:
    """Whether a location field names a way of working at an office and not remote
    ("Hybrid - Amsterdam", "Onsite, Berlin")."""
    located = _strongest(_location_modes(loc))
    return located is not None and located[0] in ("hybrid", "part", "onsite")


def _only_a_town(loc: str) -> bool:
    """Whether a location names a place and no country, bloc or zone: a town, known to
    the tables ("San Francisco, CA") or not ("South Geelong"), is where one works;
    a country or a bloc is as often where a remote worker must live."""
    return _names_a_place(loc) and not read_places(loc, countries_only=True)


def _names_a_place(text: str) -> bool:
    """Whether a location or cell says more than a way of working ("Remote", "Fully
    remote, anywhere"): words naming a place, known to the tables or not."""
    return bool(set(_WORD.findall(lowered(text))) - PLACELESS_WORDS)


# "IST" is India's, Ireland's or Israel's clock: the one country a post names (by a place,
# its currency or its phone numbers) says which, as the zone written without doubt
_IST = re.compile(r"(?<![\w.])IST(?![\w$])")
_IST_OF = {"IN": "UTC+5:30", "IE": "WET", "IL": "EET"}


def _ist_read(loc: str, text: str) -> tuple[str, str]:
    """A location and text with their "IST" as the zone of the one country of India,
    Ireland and Israel they name ("Remote (IST)" above "paid in INR": UTC+5:30); as
    they are where they name none or several: the clock stays unknown (a German
    header's "WAS UNS WICHTIG IST" is no clock)."""
    both = f"{loc}\n{text}"
    named = {PLACE_OF[spaced(m[0])] for m in place_matches(lowered(both))}
    named |= currency_countries(both) | {dialled_country(both) or ""}
    countries = named & _IST_OF.keys()
    if len(countries) != 1:
        return loc, text
    zone = _IST_OF[countries.pop()]
    return _IST.sub(zone, loc), _IST.sub(zone, text)


# "Georgia" as the country, written as the tables read it; a US state's stays as
# written, which US state lists hold ("hiring in: Florida, Georgia, Texas")
_SAKARTVELO = "Sakartvelo"


def _georgia_read(loc: str, text: str) -> tuple[str, str]:
    """A location and text with their "Georgia" as the country where the post's other
    places, or its currency, say so (`which_georgia`, the whole post's places: far)."""
    both = GEORGIA.sub(" ", f"{loc}\n{text}")
    # the lari names Georgia; dollars are paid anywhere
    if which_georgia([*read_places(both), *(currency_countries(both) & {"GE"})]) != "GE":
        return loc, text
    return GEORGIA.sub(_SAKARTVELO, loc), GEORGIA.sub(_SAKARTVELO, text)


def _header_typos_mended(text: str) -> str:
    """The text with a header cell's "Remove" read as "Remote" ("| Remove US/Canada |"):
    no cell of a header starts with that verb, while prose says "remove" often, so only
    the header is mended, letter for letter (offsets kept)."""
    header_end = _line_end(text, 0)
    if "Remove" not in text[:header_end]:
        return text
    return _REMOVE_CELL.sub(r"\1\2Remote", text[:header_end]) + text[header_end:]


def as_offered(scope: RemoteScope) -> RemoteScope:
    """A person seeking remote work names where they live and the hours they can keep
    ("Location: Lisbon", "US/EU overlap OK"): what they offer, which limits no client,
    so their remote is remote anywhere."""
    if scope.scope != "region":
        return scope
    return RemoteScope("anywhere", basis=scope.basis, raw=scope.raw)


def _blank(line: re.Match[str]) -> str:
    return " " * len(line[0])


def _part_of_week(text: str, span: Span) -> bool:
    """Some days at the office, a hybrid way of working ("Hybrid setup: 40% home"), or
    days at home in an office's week ("we WFH on Fridays", "2 days remote")."""
    if span[0] == "part":
        return True
    return span[0] == "hybrid" and bool(
        _HYBRID_WORK.match(text, span[1]) or _HOME_DAYS_OF_WEEK.match(text, span[1])
    )


def _one_sentence(text: str, remote: Span, part: Span) -> bool:
    """Whether remote work and days at the office are said in one sentence of the text:
    its week, not remote work beside an office's ("Remote. Our Zug team: 2 days on site")."""
    if remote[0] != "remote" or part[0] != "part":
        return False
    start, end = sorted((remote[2], part[1]))
    return _SENTENCE_BREAK.search(text, start, end) is None


def _office(loc: str, text: str) -> RemoteScope:
    """No word of remote, hybrid or office: a place named in the location, the header,
    a "Location:" line or where the post hires is where the work is ("Dublin, Ireland";
    "Acme | NYC"; "All positions are in Berkeley"), unless it is only where one must
    live ("UK-based bookkeeper", "must be located in the US"): that holds no office
    but people working from it, as a gig post that never says remote means. A city
    is an office all the same ("Acme | Berlin", "must be based in Germany"). A time
    zone is hours one keeps, never an office ("Copywriter, must be available EST")."""
    if _a_residence_field(loc):
        return _where_one_lives(text, loc)  # "US-based, must reside in one of: AZ, TX"
    lines = [loc, text[: _line_end(text, 0)]]
    if may_hold(lowered(text), _LOCATION_WORDS):
        starts = (m.start() for m in _LOCATION_LINES.finditer(text))
        lines += [text[at : _line_end(text, at)] for at in starts]
    if may_hold(lowered(text), _HIRING_IN_WORDS):
        lines += [_CLAUSE_ENDS.split(m[1], maxsplit=1)[0] for m in _HIRING_IN.finditer(text)]
    lived_in: RemoteScope | None = None  # read only where a city does not settle it
    for line in lines:
        places = [place for place in read_places(line) if not place.startswith("UTC")]
        if places and not _names_a_city(line):
            lived_in = lived_in or _where_one_lives(text)
            if all(any(contains(r, p) for r in lived_in.regions) for p in places):
                continue  # "EU timezone" in the header, inside Europe's hours below
        if places:
            return _office_or_bloc(places, line)
    if _THAI_NATIONWIDE in loc:
        # "ทั่วประเทศ" (nationwide) alone: a branch somewhere in the country Thai names
        return RemoteScope("onsite", ("TH",), "parsed", loc.strip())
    return lived_in or _where_one_lives(text)


def _a_residence_field(loc: str) -> bool:
    """Whether a location field says only where one must live, in countries or states
    ("US-based, must reside in one of: AZ, CO, TX"), not an office's town nor hours."""
    if not loc or cities_in(loc):
        return False
    return any(said.places and not (said.preferred or said.clock) for said in _limits(loc))


def _where_one_lives(text: str, loc: str = "") -> RemoteScope:
    """The region the limits of a text or location field hold one to live in ("must be
    located in the US"; "US-based, must reside in one of: AZ, TX": those states), or no
    scope."""
    said = list(_limits(text))
    said += [s for s in _limits(loc) if s.raw not in {t.raw for t in said}]  # said once
    limits = [_glossed(s) for s in said if not s.preferred]
    if regions := widest(_residence_first(limits)):
        states, _ = _states_listed(loc, text, regions)
        raw = "; ".join(s.raw for s in limits)
        return RemoteScope("region", tuple(regions), "parsed", raw, states=tuple(states))
    return RemoteScope(None)


def _office_or_bloc(places: list[str], line: str) -> RemoteScope:
    """Where a post with no word of its way of working is: its offices, unless it
    names a bloc ("hiring across Europe and the US", "Prague/Europe"), which holds no
    office but people working from it; then the bloc and the countries beside it."""
    wide = widest(read_places(line, countries_only=True))
    if any(place in BLOCS for place in wide):
        regions, hours = _lived_and_hours(wide, line)  # "LATAM (UTC-3 to UTC-5)"
        return RemoteScope("region", tuple(regions), "parsed", line.strip(), hours=tuple(hours))
    cities, states = _towns(line)
    raw = line.strip()
    return RemoteScope("onsite", tuple(places), "parsed", raw, states=states, cities=cities)


def _towns(line: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """The towns an office's line names, and where it names none the tables know, the
    states it is in ("Colorado Springs, CO")."""
    cities = cities_in(line)
    return cities, () if cities else tuple(home_states(line))


def _line_end(text: str, at: int) -> int:
    end = text.find("\n", at)
    return len(text) if end < 0 else end


def _modes(field: str, *, in_location: bool) -> list[Span]:
    """Every work-mode phrase. "Worldwide" and "anywhere" mean remote only as a
    location or on a "Location:" line ("anywhere from 3 to 6 months" in prose does not)."""
    spans = []
    for kind, start, end in _MODE.finditer(field):
        if kind == "anywhere" and (
            in_location or _on_location_line(field, start) or _a_sentence(field, start, end)
        ):
            kind = "remote"
        if kind == "part" and _a_workload(field, start, end):
            continue  # "available 2 days a week": part-time, not days at an office
        if kind == "hybrid" and _a_mixed_job(field, start, end):
            continue  # "Community Builder and Engineer -- hybrid role": two jobs in one
        if kind != "anywhere":
            spans.append((kind, start, end))
    if any(kind == "rest" for kind, _, _ in spans):
        week = _REST_OF_A_WEEK[any(kind == "part" for kind, _, _ in spans)]
        spans = [(week if kind == "rest" else kind, start, end) for kind, start, end in spans]
    return spans


# a location labelled remote as LinkedIn labels it in French and German ("France
# (Télétravail)", "Homeoffice – Deutschland"): there the bare word, which in a text is
# part of a week at home ("télétravail possible", "Homeoffice möglich"), is the mode
_REMOTE_LABEL = re.compile(
    rf"\(\s*(?:{_TELETRAVAIL}|home\W?office)\s*\)"
    rf"|^\s*(?:{_TELETRAVAIL}|home\W?office)\s*(?:[-–—|,:/(]|$)",
    re.IGNORECASE,
)


@lru_cache(maxsize=4096)
def _location_modes(loc: str) -> tuple[Span, ...]:
    """`_modes` of a location field, remembered: locations come back post after post."""
    spans = _modes(loc, in_location=True)
    if label := _REMOTE_LABEL.search(loc):
        inside = [s for s in spans if label.start() <= s[1] < label.end()]
        spans = [s for s in spans if s not in inside] + [("remote", label.start(), label.end())]
    return tuple(spans)


# a "hybrid role" that is two jobs in one, by what it mixes after it ("hybrid role
# (design + frontend)", "a hybrid role: part sales, part engineering", "between sales and
# support") or by the title's cell it ends ("Community Builder and Software Engineer --
# hybrid role"); a hybrid week's role is none ("Hybrid role, 3 days in office")
_MIXED_ROLE = re.compile(r"[\s-]+(?:role|position|job)\b", re.IGNORECASE)
_MIXING = re.compile(
    r"[ \t]*[(:,–—-]?[ \t]*(?:part|half|between|combin\w+|spanning|mixing|\w+[ \t]*[+&][ \t]*\w)",
    re.IGNORECASE,
)
_CELL_END = re.compile(r"[ \t)]*(?:[|\n.]|$)")
_JOINED = re.compile(r"\s(?:and|&|\+)\s", re.IGNORECASE)
_PLACED = re.compile(r"\b(?:in|at|from|based)\b", re.IGNORECASE)
_CELL_WORDS = 10


def _a_mixed_job(text: str, start: int, end: int) -> bool:
    """Whether "hybrid" names a role of two jobs, not a week at home and the office."""
    if not (role := _MIXED_ROLE.match(text, end)):
        return False
    if _MIXING.match(text, role.end()):
        return True
    if not _CELL_END.match(text, role.end()):
        return False
    cell_start = max(text.rfind("|", 0, start), text.rfind("\n", 0, start)) + 1
    cell = text[cell_start:start]
    return (
        len(cell.split()) <= _CELL_WORDS
        and bool(ROLE_WORD.search(cell) and _JOINED.search(cell))
        and not _PLACED.search(cell)
    )


def _a_workload(text: str, start: int, end: int) -> bool:
    """Whether some days a week are how much one works, not days at an office: no
    office in the phrase nor beside it ("help 2 days a week", "3 days per week, remote")."""
    return (
        text[start].isdigit()
        and not office_days(text, start, end)
        and not any(word in text[start:end].lower() for word in _OFFICE_IN_PHRASE)
    )


def _a_sentence(text: str, start: int, end: int) -> bool:
    """Whether "worldwide" or "anywhere" is a sentence of its own ("€150 each.
    Worldwide.", "Anywhere in the world is fine."): where the work may be done."""
    before = text[max(0, start - 3) : start].rstrip(" ")
    return (not before or before[-1] in ".!\n") and bool(_SENTENCE_END.match(text, end))


def _on_location_line(text: str, at: int) -> bool:
    return bool(_LOCATION_LINE.match(text, text.rfind("\n", 0, at) + 1))


def _strongest(spans: Sequence[Span]) -> tuple[str, Span] | None:
    """Negative > remote > hybrid > onsite; the first of equals."""
    best = min(spans, key=lambda span: _RANK[span[0]], default=None)
    return (best[0], best) if best else None


def _remote(
    loc: str, text: str, basis: Basis, token: Span | None, in_text: list[Span], market: str | None
) -> RemoteScope:
    """Remote anywhere, or limited to the most restrictive places stated."""
    said = [*_remote_phrases(text, in_text), *_header_cells(text, in_text), *_limits(text)]
    said += _listed_roles_places(text)
    raws = [loc or (text[token[1] : token[2]] if token else "")]
    raws += [statement.raw for statement in said]
    # "Remote (Anywhere except US & Canada)": the places after "except" are not open
    said += [_Said(out, loc, preferred=False, excluded=True) for out in _excepted(loc)]
    said += _sanctioned(loc)  # "Remote (worldwide, except sanctioned countries)"
    said += _not_hired_in(text)  # "Remote (Worldwide). We cannot hire in the US."
    said += _sanctions_bar(text) + _not_available_in(loc) + _not_available_in(text)
    field = _remote_part(_EXCEPT.sub("", _unsanctioned(loc)))
    # "LATAM (UTC-3 to UTC-5)": split before `_lived_in` drops the windows
    in_field, field_hours = _lived_and_hours(_windows_of_blocs(_field_places(field), field), field)
    in_field = _lived_in(in_field)
    # "Nantes, France" above "ouverte aux freelances où qu'ils soient": the office's place
    office_field = bool(in_field) and not _says_remote(loc) and _open_wherever(text)
    if office_field:
        in_field = []
    # "Remote (US time zones)", "Remote (Eastern Time)", "Anywhere (overlap 4h with PST)":
    # a field whose places are only clocks, zones named or reached, says no residence
    hours_field = bool(in_field) and (
        set(in_field) <= _named_as_clocks(field) or _only_zones(field, in_field)
    )
    said_field = [_Said(in_field, field, preferred=False, clock=True)] if hours_field else []
    if hours_field and _PREFERENCE.search(field):
        # "Remote (3h overlap with CET preferred)": hours wished, which bind nobody
        said.append(said_field.pop()._replace(preferred=True))
        in_field = []
    # a post without a title opens on a sentence, whose clients' places place no work
    header = SERVED_IN.sub("", text[: _line_end(text, 0)])
    # "Remote" for a "Sales Manager, Poland": the title places it; a field that says
    # anywhere ("Anywhere in the World") leaves the title's place a sales territory, and
    # a title's hours ("Executive Assistant (must work US EST hours)") are only hours
    if field and not in_field and not _WORLDWIDE.search(field):
        places = read_places(header, countries_only=True)
        clock = _on_the_clock(header, places)
        said.append(_Said(places, header, preferred=False, clock=clock))
    elif not field and all(s.clock for s in said if s.places) and _a_title_of_places(header):
        # "[Hiring] Node.js dev, Poland or Romania, 25-35 EUR/h" above a remote body that
        # says nothing of where to live (its hours, at most)
        places = read_places(header, countries_only=True)
        said.append(_Said(places, header, preferred=False, clock=_on_the_clock(header, places)))
    # a board's remote job near a city ("NYC, Remote"; "Account Executive - Seattle")
    # (not one a field names only as the clock of an overlap: "overlap 4h with New York")
    near = _says_remote(loc) and (
        (_office_or_remote(field) and not hours_field) or _near_a_city(header)
    )
    if near and not in_field:
        said.append(_Said(read_places(header), header, preferred=False))
    towns = (cities_in(field) or cities_in(header)) if near else ()
    local_towns = tuple(dict.fromkeys(t for s in said if not s.preferred for t in s.towns))
    if not local_towns and _calls_for_locals(text):
        local_towns = cities_in(field)  # "Toronto, ON" above "Remote - must be local"
    # one role offered anywhere ("Remote (US/Global)") leaves the post unlimited
    opened = _opened_by_an_overlap(text)
    anywhere = _offered_anywhere(text, in_text) or opened
    # an overlap or hours one must work asked beside "anywhere" ("Remote (anywhere). Must
    # overlap with Eastern US business hours", "must be available during Eastern business
    # hours") still bind; other words of hours there are asides
    limits = [
        _glossed(s)
        for s in said
        if s.places
        and not s.preferred
        and not s.excluded
        and (not anywhere or (s.clock and _hours_asked(text, s.raw)))
    ]
    if not limits and not anywhere and not in_field:
        limits = _visits(text)  # the weakest evidence: only where nothing else limits
        raws += [s.raw for s in limits]
    if near and in_field and _windowed(limits):
        # "Berlin (remote possible)" above "remote within CET ±1h": the window, not the town
        in_field, near = [], False
    in_words = _narrowed_to_a_residence(limits, widest(_residence_first(limits)))
    if not in_field:
        in_words = _headline_first(limits, in_words, header)
    if in_field and all(s.clock for s in limits) and not any(r.startswith("UTC") for r in in_field):
        in_words = []  # "Remote - LATAM" and "overlap with US Central time": only hours
    named = {p for s in limits for p in s.places}
    if in_field and _an_office_inside(field, in_field, in_words, named):
        in_field = []  # "Vienna, Austria" above "remote within DACH": the office's town
    regions, disjoint = (
        _meet(in_field, in_words) if in_field and in_words else (in_field or in_words, False)
    )
    preferred = list(dict.fromkeys(_residence_first([s for s in said if s.preferred])))
    doubt = soft = None
    if disjoint:
        doubt = "the location and the text name different places"
    elif local_towns:
        doubt, towns = FOR_LOCALS, local_towns
    elif near:
        doubt = NEAR_A_CITY
    elif _partly_open(loc) or _partly_open(text):
        doubt = "only some places in it"
    if not doubt and _conditional(text):  # "ONSITE preferred, REMOTE US considered" too
        doubt = "remote only for some roles or on condition"
    if not regions and preferred and not any(s.open for s in said):
        regions, soft = widest(preferred), PREFERENCE
    elif not regions and preferred and not towns:
        # "NYC preferred, open to remote": open anywhere, the town's hours preferred
        # (a city-state is its own town: "Singapore preferred")
        preferred_towns = (
            cities_in(s.raw) or CITY_STATES & set(s.places) for s in said if s.preferred
        )
        towns = tuple(dict.fromkeys(t for found in preferred_towns for t in sorted(found)))
    elif (limits or hours_field) and (not in_field or hours_field) and all(s.clock for s in limits):
        bounded = any(s.bounded or _hours_bounded(s.raw) for s in [*limits, *said_field])
        soft = SOFT_STATED_HOURS if bounded else SOFT_HOURS
    if not regions and not doubt and _some_roles_remote(text, in_text):
        doubt = "remote only for some of the roles it lists"  # anywhere, but not for all
    if regions and not doubt and _roles_only_in_cities(text):
        doubt = "every role it lists is placed in a city"  # "Remote (US)" above them
    regions = _as_bloc(regions)
    if opened and regions:
        # "Remote (US, UK). Others welcome with 4h overlap with EST": the places named
        # stay open beside the window, those not inside it (the UK) too
        lived = dict.fromkeys(p for s in said if _a_residence(s) for p in s.places)
        regions += [p for p in lived if not any(contains(r, p) for r in regions)]
    if not regions and not anywhere and _lives_in_a_state(text):
        regions = ["US"]  # "Remote"; "you must live in California": the US
    nationwide, sentence = ("", "") if regions or anywhere else _nationwide(text)
    office = "" if regions or anywhere or nationwide else _office_days_a_month(text)
    if nationwide or office:
        # the office's country (a monthly office day's), else the one the posting or its
        # sentence names, else the board's, else a place to check
        regions = (
            (read_places(office) if office else [])
            or read_places(f"{loc}\n{header}\n{sentence}", countries_only=True)
            or ([market] if market else [])
            or (["TH"] if _THAI.search(sentence) else [])
        )[:1]
        raws.append(nationwide or office.strip())
    elif market and not regions and not anywhere and not _names_a_place(field):
        # a placeless "Remote" on a national board (Seek, Jobberman): that country, unless
        # the post says anywhere
        regions = [] if _WORLDWIDE.search(text) else [market]
    for_some = [p for s in limits if s.some_roles for p in s.places if p in regions]
    cleaned = list(dict.fromkeys(_MARKUP.sub("", r).strip(" -–—:,") for r in raws))
    raw = "; ".join(r for r in cleaned if r and not any(r in o for o in cleaned if o != r))
    unread = not regions and bool(
        nationwide or office or (_names_a_place(field) and not office_field)
    )
    states, barred = _states_listed(loc, text, regions)
    if not states and "US" in regions:
        # "REMOTE (UK/Europe/US East Coast)", a field's "Remote - West Coast"
        states = _coast_states([field, *(s.raw for s in limits)])
    # "US, except NY, NJ and CT": states, not Canada, a US city or Central time; any
    # place outside the US a job there is not open to goes without saying
    excluded = barred or [p for s in said if s.excluded for p in s.places]
    return RemoteScope(
        "region" if regions or unread else "anywhere",
        tuple(regions),
        basis,
        raw or None,
        tuple(p for p in preferred if p not in regions),
        doubt,
        soft,
        tuple(for_some),
        tuple(dict.fromkeys(excluded)),
        tuple(dict.fromkeys(states)),
        towns,
        tuple(dict.fromkeys([*field_hours, *_hours_beside(limits, regions, text)])),
    )


def _windowed(limits: list[_Said]) -> bool:
    """Whether a text's limits are all hours in a window it bounds itself ("within CET
    ±1h", "UTC-1 to UTC+3"): where a town's remote work may be done from."""
    return bool(limits) and all(s.clock and (s.bounded or _hours_bounded(s.raw)) for s in limits)


def _calls_for_locals(text: str) -> bool:
    """Whether a text calls for locals of no town it names ("Remote - must be local"):
    of the location field's, then."""
    low = lowered(text)
    return ("local" in low or "territory" in low) and bool(_LOCALS.search(text))


def _an_office_inside(
    field: str, in_field: list[str], in_words: list[str], named: set[str]
) -> bool:
    """Whether a location field is only the town of an office (no remote word) inside
    the blocs the text limits remote work to: a bloc is where one may live, and the
    office's country does not narrow it ("Vienna, Austria" and "remote within DACH"),
    nor does a city-state's ("Singapore" and "Remote (APAC)") unless the text too
    limits to it (`named`: "must be based in Hong Kong")."""
    return (
        bool(in_words)
        and all(r in BLOCS for r in in_words)
        and all(any(contains(r, p) for r in in_words) for p in in_field)
        and not _says_remote(field)
        and (_names_a_city(field) or (set(in_field) <= CITY_STATES and not named & set(in_field)))
    )


def _hours_beside(limits: list[_Said], regions: list[str], text: str) -> tuple[str, ...]:
    """The UTC windows a post asks beside the places one lives in ("Remote (APAC):
    UTC+9 to UTC+12", "Remote in Brazil; must be in UTC-3"), those that meet the
    places' offsets, written as offsets (one offset named as working hours reaching its
    neighbours: `_neighbours_hours`); none where the regions are the windows
    themselves, nor of an overlap ("overlap 4h with UTC+1": hours kept from further
    away) or a zone's name ("US Pacific hours", "9-5 Central")."""
    lived = [r for r in regions if not r.startswith("UTC")]
    windows = [
        (s, p)
        for s in limits
        if s.clock
        and _UTC_WRITTEN.search(s.raw)
        and not working_day(s.raw)
        and not _an_overlap(text, s.raw)
        for p in s.places
        if p.startswith("UTC")
    ]
    return tuple(
        dict.fromkeys(
            _neighbours_hours(w, _clause_around(text, s.raw))
            for s, w in windows
            if len(lived) == len(regions) and _meets(w, lived)
        )
    )


# one hour either side is the common reading of "overlap with X": a zone's working hours
# ("must work IST hours", "UTC+4 time zone") are kept from its quarter- and half-hour
# neighbours (Nepal's +5:45 and Sri Lanka's +5:30 for India's, Iran's +3:30 for the Gulf's)
_NEIGHBOURS = 1.0


def _neighbours_hours(window: str, clause: str) -> str:
    """A window of one offset named as working hours, widened to the neighbours who keep
    them (`_NEIGHBOURS`); as it is where the post bounds a range ("UTC-6 to UTC-4") or
    asks one to live in it ("must be in UTC-3")."""
    lo, hi = offsets_of(window) or (0.0, 0.0)
    if lo != hi or not _ZONE_WORDS.search(clause):
        return window
    return window_label(lo - _NEIGHBOURS, hi + _NEIGHBOURS)


# a window written as offsets ("UTC-6 to UTC-4", "GMT+1"), not a zone's name or day
_UTC_WRITTEN = re.compile(rf"(?:UTC|GMT){_OFFSET}(?!\s*(?:[ap]\.?m|h|:\d))", re.I)


def _an_overlap(text: str, raw: str) -> bool:
    """Whether a window's words, or their clause around them, ask an overlap with it or
    hours within reach of it ("must overlap 4h with UTC+1", "within 3h of UTC-5",
    "UTC-5 to UTC-4 overlap")."""
    clause = _clause_around(text, raw)
    return bool(_OVERLAP.search(clause) or _WITHIN_HOURS.search(clause))


def _clause_around(text: str, raw: str) -> str:
    """A window's words with their clause's words before them and a few after."""
    at = max(0, text.find(raw))
    after = text[at + len(raw) : at + len(raw) + _PAIR_REACH]
    return f"{_clause_before(text, at)} {raw} {_CLAUSE_ON_LINE.split(after, maxsplit=1)[0]}"


def _lived_and_hours(places: list[str], written: str) -> tuple[list[str], list[str]]:
    """Places read where a field or line writes UTC windows as offsets beside where one
    lives ("LATAM (UTC-3 to UTC-5)"): the places one lives in, and the windows that meet
    them, the hours one works there; else the places as read, and no hours."""
    lived = [p for p in places if not p.startswith("UTC")]
    if not lived or len(lived) == len(places) or not _UTC_WRITTEN.search(written):
        return places, []
    return lived, [w for w in places if w.startswith("UTC") and _meets(w, lived)]


def _meets(window: str, places: list[str]) -> bool:
    """Whether a window lies, at least in part, in the offsets of one of the places (or
    nobody can tell: a bloc of countries whose zones the tables lack)."""
    return any(overlaps(window, p) for p in places)


# where one must live, before a state's name: "must live in California"
_MUST_LIVE = re.compile(
    r"\b(?:must|should|need\s+to|required\s+to)\W+(?:\w+\W+){0,4}?"
    r"(?:live|reside|be\W+(?:based|located))\W+in\W+(?:the\W+state\W+of\W+)?",
    re.IGNORECASE,
)
_LIVE_WORDS = ("live", "reside", "based", "located")  # one in each match: most texts none


def _lives_in_a_state(text: str) -> bool:
    """Whether the text says one must live in a US state: a job in the US."""
    if not may_hold(lowered(text), _LIVE_WORDS):
        return False  # the scan costs a twentieth of reading a posting
    lists = (STATE_LIST.match(text, m.end()) for m in _MUST_LIVE.finditer(text))
    return any(_state_codes(m[0], ("US-",)) for m in lists if m)


# "US East Coast", "West Coast only" (not "East Coast preferred": a wish limits nothing)
_US_COAST = re.compile(r"\b(east|west)[\s-]+coast\b(?![^()\n;|,]{0,12}?\b(?:prefer|ideal))", re.I)
_WISH_REACH = 24  # characters before a coast that may make it a wish ("preferably East Coast")


def _coast_states(raws: list[str]) -> list[str]:
    """The states of the US coasts the limits name ("REMOTE (UK/Europe/US East Coast)":
    work in the US is open on its Atlantic coast only), none where a coast is a wish."""
    states: list[str] = []
    for raw in raws:
        if "coast" not in lowered(raw):
            continue  # most limits name no coast: no scan
        for m in _US_COAST.finditer(raw):
            if not _PREFERENCE.search(raw, max(0, m.start() - _WISH_REACH), m.start()):
                states += sorted(f"US-{code}" for code in US_COASTS[m[1].lower()])
    return states


def _a_coast(words: str) -> list[str]:
    """The US, where words that name no place limit remote work to a coast ("Remote (East
    Coast)", "Remote - West Coast"): the US's, as postings mean them; none where the
    coast is a wish ("East Coast preferred")."""
    if "coast" not in lowered(words):
        return []
    return ["US"] if _coast_states([words]) else []


def _states_listed(loc: str, text: str, regions: list[str]) -> tuple[list[str], list[str]]:
    """The US states and Canadian provinces a job in the US or Canada is open in ("we
    can hire in TX, FL and GA", two or more after hiring or living), and those it is not
    ("excluding CA and NY"); those of a country it is not in go unread."""
    countries = tuple(f"{c}-" for c in ("US", "CA") if c in regions)
    open_in: list[str] = []
    barred: list[str] = []
    for source in (loc, text) if countries else ():
        for m in state_lists(source):
            codes = _state_codes(m[0], countries, regions)
            before = source[max(0, m.start() - _STATE_LEAD_REACH) : m.start()]
            if _STATES_BARRED_BEFORE.search(before):
                barred += codes
            elif len(codes) > 1 and (
                _STATES_OPEN_BEFORE.search(before) or _ONLY_AFTER.match(source, m.end())
            ):
                open_in += codes
            elif _STATE_RESIDENTS.search(before) or _RESIDENTS_AFTER.match(source, m.end()):
                open_in += codes  # "must live in Texas", "Texas residents only"
    return open_in, barred


def _state_codes(listed: str, countries: tuple[str, ...], named: Sequence[str] = ()) -> list[str]:
    """The codes of a list's states and provinces in the countries ("US-", "CA-"); a
    list holding another country the post names is one of countries ("US, CA, UK, DE,
    NL": no Delaware, no Newfoundland)."""
    tokens = STATE_TOKEN.findall(listed)
    if any(t.upper() in named and t.upper() not in ("US", "CA") for t in tokens):
        return []
    return [code for code in map(state_code, tokens) if code.startswith(countries)]


def _a_title_of_places(header: str) -> bool:
    """Whether a header of no cells names countries or blocs and no city, nor a
    company's place or a preference: a title whose places limit its remote body."""
    return (
        "|" not in header
        and bool(read_places(header, countries_only=True))
        and not _names_a_city(header)
        and not _PREFERENCE.search(header)
        and not _COMPANY_AFTER.search(header)
    )


# a bracket after a bloc: "APAC (Singapore or Australia)"; "(e.g. ...)" only gives examples,
# as does a list left open ("(Nigeria, Ghana, Kenya, ...)", "(..., etc.)")
_BRACKET = re.compile(
    r"\((?!\s*(?:e\.?g\.?|incl\w*|including|such\s+as)\b)"
    r"(?![^()\n]*(?:\.\.\.|…|\betc\b))([^()\n]{2,80})\)",
    re.I,
)
# such a bracket right after a limit's places in a text ("remote within Anglophone Africa
# (Nigeria, Ghana, Kenya)")
_BRACKET_AFTER = re.compile(rf"[^\S\n]*{_BRACKET.pattern}", re.I)
# where the entry a bracket belongs to starts: "Remote (Europe); Remote (UK)" is two
_ENTRY_STARTS = re.compile(r"[;|,\n)][^;|,\n)]*$")


def _field_places(field: str) -> list[str]:
    """A location field's widest places (`_narrowed`), where it names a working day by a
    zone's clock ("Remote (9am-5pm ET)") that day's window of offsets, as in a text,
    not the zone's own."""
    places = _narrowed(field)
    days = [p for s in _clock_words(field, days_only=True) for p in s.places]
    return [*(p for p in places if not p.startswith("UTC")), *days] if days else places


def _narrowed(field: str) -> list[str]:
    """A location field's widest places, where a bracket naming places inside the bloc
    before it, in its own entry, narrows that bloc to them ("APAC (Singapore or
    Australia)": SG, AU; but "Remote (Europe); Remote (UK)" is Europe)."""
    reached = "within" in field.lower() and _WITHIN_HOURS.search(field)
    clock = field if reached or _OVERLAP.search(field) else ""
    # "within 4 hours of CET", "Anywhere (must overlap 4h with PST)": the zone's reach
    places = _limit_places(field, clock)
    if "(" not in field or len(places) < 2:
        return widest(places)
    narrowed: set[str] = set()
    for m in _BRACKET.finditer(field):
        entry = _ENTRY_STARTS.search(field, 0, m.start())
        before = read_places(field[entry.start() + 1 if entry else 0 : m.start()])
        narrowed |= _blocs_narrowed(before, read_places(m[1]))
    return widest([p for p in places if p not in narrowed])


def _blocs_narrowed(before: list[str], within: list[str]) -> set[str]:
    """The blocs of `before` that a bracket's places (`within`) narrow, as all of them
    lie inside those blocs ("APAC (Singapore or Australia)": APAC); none where one lies
    outside ("Europe (and the US)")."""
    blocs = {b for b in before if any(inside(p, b) for p in within)}
    if within and blocs and all(any(inside(p, b) for b in blocs) for p in within):
        return blocs
    return set()


# the words a list of places joins them by ("Nigeria, Ghana and/or Kenya only")
_LIST_WORDS = frozenset({"and", "or", "only", "y", "o", "e", "et", "und", "ou"})


def _a_list_of_places(words: str) -> bool:
    """Whether a bracket in prose holds places and the words that list them only, not a
    sentence ("(we cannot hire in Germany)")."""
    low = lowered(words)
    for m in place_matches(low):
        low = f"{low[: m.start()]}{' ' * len(m[0])}{low[m.end() :]}"
    return set(_BRACKET_WORD.findall(low)) <= _LIST_WORDS


def _narrowed_after(text: str, end: int, places: list[str]) -> tuple[list[str], int]:
    """A text's limit's places, narrowed by the bracket right after them that names
    places inside its blocs ("remote within Africa (Nigeria, Ghana, Kenya)"), and
    where its words end."""
    listed = _BRACKET_AFTER.match(text, end) if places else None
    within = read_places(listed[1]) if listed and _a_list_of_places(listed[1]) else []
    if listed is None or not (blocs := _blocs_narrowed(places, within)):
        return places, end
    return [*(p for p in places if p not in blocs), *within], listed.end()


# "Remote + 3 days/month onsite Paris", "one day a month in the London office", "once a
# month at our Berlin office", "once a month we meet in the Berlin office", "monthly
# visits to our Oslo office": days a month at an office far from home
_SOME_DAYS_IN_WORDS = r"one|two|three|four|a(?:\s+few|\s+couple(?:\s+of)?)?"
_VISITS = re.compile(
    rf"(?<!\w)(?:(?:(?:{_SOME_DAYS}|{_SOME_DAYS_IN_WORDS})\s*(?:days?|x|times)|once|twice)"
    rf"\s*(?:/\s*|a\s+|per\s+|each\s+|every\s+)month\s+"
    r"(?:(?:we|the\W+team|everyone)\W+(?:meets?|gets?\W+together)\W+)?"
    rf"(?:{_AT_THE_OFFICE}\s+(?:in\s+|at\s+)?|(?:in|at)\s+(?:the|our)\s+)"
    r"|monthly\W+(?:team\W+)?(?:visits?|trips?|meet-?ups?|on-?site\W+days?)\W+(?:to|in|at)\W+"
    r"(?:the\W+|our\W+)?)"
    r"(?P<place>[^\n|.;,()]{2,40})",
    re.IGNORECASE,
)
_CONTINENTS = ("Europe", "North America", "LATAM", "APAC", "Africa", "Middle East")


def _visits(text: str) -> list[_Said]:
    """Remote work with some days a month at an office limits where one may live to a
    short flight from it: the continent around the office ("onsite Paris" is Europe)."""
    if "month" not in lowered(text):
        return []  # a substring test spares most texts the scan
    said = []
    for m in _VISITS.finditer(text):
        places = read_places(m["place"], countries_only=False)
        around = [next((c for c in _CONTINENTS if contains(c, p)), p) for p in places]
        if around:
            said.append(_Said(around, m[0], preferred=False))
    return said


def _lived_in(places: list[str]) -> list[str]:
    """A location field's places, its UTC windows only hours beside a place one lives in
    ("Remote - US (ET ± 2 hours)" is the US)."""
    return [p for p in places if not p.startswith("UTC")] or places


def _not_hired_in(text: str) -> list[_Said]:
    """The places a post says it cannot hire in ("we are unable to hire in the US or
    Canada") or hires only outside ("only candidates outside Ukraine"): not open to
    them, whatever else it says."""
    low = lowered(text)
    found = [*_NOT_HIRED_IN.finditer(text)] if any(w in low for w in _HIRE_WORDS) else []
    if any(word in low for word in _OUTSIDE_WORDS):
        found += _ONLY_OUTSIDE.finditer(text)
    return [
        _Said(places, m[0], preferred=False, excluded=True)
        for m in found
        if (places := _barred_places(_CLAUSE_ENDS.split(m[1], maxsplit=1)[0]))
    ]


def _barred_places(words: str) -> list[str]:
    """The countries words after "cannot hire in" name: the sanctioned ones for
    "embargoed countries", else those read."""
    if _NAMES_SANCTIONED.match(words):
        return list(SANCTIONED)
    return read_places(words, countries_only=True)


def _sanctions_bar(text: str) -> list[_Said]:
    """The sanctioned countries a sentence bars ("we are unable to accept candidates
    located in OFAC-sanctioned regions")."""
    low = lowered(text)
    if "sanction" not in low and "embargo" not in low:
        return []
    return [
        _Said(list(SANCTIONED), m[0], preferred=False, excluded=True)
        for m in _IN_SANCTIONED.finditer(text)
        if _BARS.search(_sentence_around(text, m.start(), m.end()))
    ]


def _sentence_around(text: str, start: int, end: int) -> str:
    """The sentence (up to a full stop or a line's end) that holds text[start:end]."""
    first = max(text.rfind(".", 0, start), text.rfind("\n", 0, start)) + 1
    stop = _SENTENCE_BREAK.search(text, end)
    return text[first : stop.start() if stop else len(text)]


def _not_available_in(text: str) -> list[_Said]:
    """The countries a post is "not available in", where only countries follow."""
    if "available" not in lowered(text):
        return []
    return [
        _Said(places, m[0], preferred=False, excluded=True)
        for m in _NOT_AVAILABLE_IN.finditer(text)
        if _a_list_of_places(named := _TWO_LETTERS.sub(lambda c: country_name(c[0]), m[1]))
        and (places := read_places(named, countries_only=True))
    ]


def _sanctioned(field: str) -> list[_Said]:
    """The countries a location field's exception of sanctioned ones bars ("Anywhere in
    the world except sanctioned countries"): those under US embargo."""
    if "sanction" not in field.lower() and "embargo" not in field.lower():
        return []
    return [
        _Said(list(SANCTIONED), m[0], preferred=False, excluded=True)
        for m in _SANCTIONED.finditer(field)
    ]


def _unsanctioned(field: str) -> str:
    """A location field without its exception of the countries sanctions bar (read by
    `_sanctioned`), so the places left are where the work is open."""
    if "sanction" not in field.lower() and "embargo" not in field.lower():
        return field
    return _SANCTIONED.sub("", field)


def _excepted(field: str) -> Iterator[list[str]]:
    """The places each exception in a location field names ("except US & Canada")."""
    for m in _EXCEPT.finditer(field):
        if places := read_places(m[1]):
            yield places


def _says_remote(loc: str) -> bool:
    return any(kind == "remote" for kind, _, _ in _location_modes(loc))


@lru_cache(maxsize=4096)
def _remote_part(loc: str) -> str:
    """The places of a location field that limit remote work: of "Bangalore, India;
    Remote, Canada" the remote entries (the cities beside them are offices; "remote;
    USA" keeps its country); none of a list of every continent ("Americas, Europe,
    Asia, Africa, Oceania"), nor the clients' place ("Remote (US clients)": whom one
    serves, as in the text). Remembered, as locations come back post after post."""
    if len(set(_CONTINENT.findall(lowered(loc)))) >= _EVERY_CONTINENT:
        return ""
    loc = _SERVED.sub("", loc)
    entries = _ENTRIES.split(loc)
    remote = [e for e in entries if "remote" in lowered(e) or not _names_a_city(e)]
    # "Remote or Berlin": one field, an office offered instead of remote work in its
    # country, as "Berlin / remote" is, and so is a bare remote entry in a list of
    # offices ("Toronto; New York; Remote": remote in their countries); "Bangalore;
    # Remote, Canada" lists two
    alternative = not _limit_places("; ".join(remote), "")
    return (
        "; ".join(remote)
        if len(remote) < len(entries)
        and any("remote" in lowered(e) for e in remote)
        and not alternative
        else loc
    )


def _as_bloc(regions: list[str]) -> list[str]:
    """Places that together are a bloc, one of them a bloc, are the bloc: US, Canada and
    LATAM are the Americas; countries alone stay as written ("Germany, Austria,
    Switzerland" beside a text's "DACH")."""
    countries = [r for r in regions if not r.startswith("UTC")]
    if len(countries) < 2 or not any(r in BLOCS for r in countries):
        return regions
    held = frozenset().union(*map(members, countries))
    bloc = next((name for name, of in BLOCS.items() if of == held), None)
    return [bloc, *(r for r in regions if r.startswith("UTC"))] if bloc else regions


def _conditional(text: str) -> re.Match[str] | None:
    """`_CONDITIONAL`'s first match; each of its phrases names one of `_CONDITIONAL_WORDS`,
    so a text naming none is not scanned."""
    low = lowered(text)
    if not any(w in low for w in _CONDITIONAL_WORDS):
        return None
    for found in _CONDITIONAL_LOW.finditer(text):
        if not _WHOLLY.search(text, max(0, found.start() - _WHOLLY_REACH), found.start()):
            return _CONDITIONAL.match(text, found.start())
    return None


_REMOTE_WORD = re.compile(
    r"remot|home|t[ée]l[ée]travail|teletrabajo|zdaln|anywhere|wfh|distance|distancia"
    r"|ที่บ้าน|ทางไกล|รีโมท",  # th: from home, from afar
    re.I,
)
# Thai, which one country alone writes: the unnamed country of a Thai "ทั่วประเทศ"
_THAI = re.compile("[\u0e00-\u0e7f]")


# those the post would hire: "open to candidates nationwide" is where they live
_PEOPLE_BEFORE = re.compile(r"\b(?:candidates|applicants|residents|anyone)\s+$", re.I)


# an office day or two a month beside remote work in Japanese and Korean ("基本フルリモート、
# 月1回出社", "月に1〜2回の出社あり", "월 1회 사무실 방문"): one lives in the office's country
_MONTHLY_OFFICE = re.compile(
    r"月に?\s*[1-4１-４](?:\s*[〜~～\-－]\s*[1-4１-４])?\s*回?(?:程度|ほど)?の?"
    r"[^\n。、,，)）]{0,16}?出社"
    r"|월\s*[1-4](?:\s*[~\-]\s*[1-4])?\s*[회번](?:\s*정도)?[^\n.,)]{0,16}?(?:출근|방문|미팅)"
)


# the same in English: a day or two a month ("once a month", "one day per month"), in a
# sentence that names an office ("in-office one day a month", "our Toronto office once a
# month"); a monthly stipend or a trip is neither
_MONTHLY = re.compile(
    r"\b(?:once|twice|one\s+day|two\s+days|a\s+(?:day|couple\s+(?:of\s+)?days)"
    r"|[1-4](?:\s*[-–]\s*[1-4])?\s+days?)\s+(?:a|per|each|every)\s+month\b",
    re.I,
)
_AT_AN_OFFICE = re.compile(r"\b(?:office|in[\s-]person|on[\s-]?site|hq|headquarters)\b", re.I)


def _office_days_a_month(text: str) -> str:
    """The line of a Japanese or Korean office day a month beside remote work (which
    may name the office's town: "…出社があります（恵比寿）"), or the sentence of an
    English one ("we meet at our Toronto office once a month"), or ""."""
    if "month" in lowered(text):
        for monthly in _MONTHLY.finditer(text):
            sentence = sentence_around(_SENTENCE_BREAK, text, *monthly.span(), 80)
            if _AT_AN_OFFICE.search(sentence) and not _TRAVEL.search(sentence):
                return sentence
    if not (("月" in text and "出社" in text) or ("월" in text and "회" in text)):
        return ""
    found = _MONTHLY_OFFICE.search(text)
    if not found:
        return ""
    line_end = text.find("\n", found.end())
    return text[text.rfind("\n", 0, found.start()) + 1 : line_end if line_end >= 0 else None]


def _nationwide(text: str) -> tuple[str, str]:
    """The words that open remote work throughout one country, and their sentence (which
    may name it: "Remote nationwide (New Zealand)"), or ("", "")."""
    low = lowered(text)
    if not any(word in low for word in _NATIONWIDE_WORDS):
        return "", ""
    for found in _NATIONWIDE.finditer(text):
        # "we serve clinics across the country" is the company's reach: a remote word
        # beside it makes it where one works from
        sentence = sentence_around(_SENTENCE_BREAK, text, *found.span(), 80)
        if _REMOTE_WORD.search(sentence) or _PEOPLE_BEFORE.search(
            text, max(0, found.start() - 30), found.start()
        ):
            return text[found.start() : found.end()], sentence
    return "", ""


def _some_roles_remote(text: str, in_text: list[Span]) -> bool:
    """Whether roles are listed each with its way of working, some remote and some not
    ("Backend Engineer (Remote), Designer (NYC onsite)", "* Data Engineer (remote,
    $120k)"): remote for some roles only. A role listed both ways is remote; one placed
    in a city beside a remote one is at an office ("Staff Engineer - San Francisco"), as
    are the rest beside an office named for no role ("SF Onsite (Designer Remote)")."""
    remote: set[str] = set()
    office: set[str] = set()
    lines: set[int] = set()  # where the remote roles are listed
    offices: set[int] = set()  # where an office is named for no role: for the others
    for kind, start, _ in in_text:
        line_start = text.rfind("\n", 0, start) + 1
        role = _listed_role(text, line_start, start)
        if role and kind == "remote":
            remote.add(role)
            lines.add(line_start)
        elif role:
            office.add(role)
        elif kind != "remote":
            offices.add(line_start)
    if lines & offices:  # "SF Onsite (Designer Remote)"
        return True
    if remote and not office - remote:
        office.update(role for at in lines for role in _roles_in_a_city(text, at))
    return bool(remote) and bool(office - remote)


def _roles_only_in_cities(text: str) -> bool:
    """Whether a header says remote and the roles the body lists are each placed in a
    city, none remote ("Remote (US Only)" above "Sr. Engineer - Frontend - Colorado
    Springs: <link>"): whether those roles are remote is for the reader to check."""
    head_end = _line_end(text, 0)
    if "remote" not in text[:head_end].lower() or not _DASHED_LINE.search(text, head_end):
        return False  # the cheap test: no body line with a dash near its start
    in_a_city = False
    for line in text[head_end:].split("\n"):
        for entry in _ROLE_ENTRIES.split(line):
            head = _ROLE_HEAD.match(entry)
            if not head or not ROLE_WORD.search(head[1]):
                continue
            if "remote" in line.lower():
                return False  # a role listed remote ("- Tulsa, OK or remote"): the header's
            in_a_city = in_a_city or _names_a_city(entry[head.end(1) :])
    return in_a_city


def _listed_roles_places(text: str) -> list[_Said]:
    """The places of a list of roles whose lines each name their own, in a remote post
    nothing else limits ("- Engineer - London, UK", "- Engineer - Estonia (remote)"):
    alternatives, each read on its own line; fewer than two such lines are no list."""
    said = []
    for line in _ROLE_LINE.finditer(text):
        own = _OWN_PLACE.match(line[1].strip())
        if own and ROLE_WORD.search(own[1]):
            places = read_places(own[2] or own[3], countries_only=True)
            said += [_Said(places, line[1].strip(), preferred=False)] if places else []
    return said if len(said) > 1 else []


def _listed_role(text: str, line_start: int, at: int) -> str | None:
    """The role a work-mode phrase is listed with: the role named before it in its
    bracket ("(Designer remote)"), else the words before the bracket ("Designer (NYC
    onsite)") or the dash it follows ("Developer Advocate - Remote"), back to the
    entry's start (its line, a "|", ";" or ","), if they name one."""
    opened = text.rfind("(", line_start, at)
    if opened >= 0 and text.find(")", opened, at) < 0:
        if named := _role_key(text[opened + 1 : at]):
            return named  # the role named in the bracket: "(Designer remote)"
        role_end = opened
    elif dash := _DASH_BEFORE.search(text, max(line_start, at - _DASH_REACH), at):
        role_end = dash.start()
    else:
        return None
    role_start = max(line_start, *(text.rfind(c, line_start, role_end) + 1 for c in "|;,"))
    return _role_key(text[role_start:role_end])


def _roles_in_a_city(text: str, line_start: int) -> Iterator[str]:
    """The roles a line lists in a city and not remote ("Staff Engineer - San
    Francisco", "Designer (NYC)")."""
    for entry in _ROLE_ENTRIES.split(text[line_start : _line_end(text, line_start)]):
        head = _ROLE_HEAD.match(entry)
        role = _role_key(head[1]) if head else None
        if role and head and "remote" not in entry.lower() and _names_a_city(entry[head.end(1) :]):
            yield role


def _role_key(words: str) -> str | None:
    """Words naming a role, as one key for each time it is listed; None if no role."""
    return " ".join(_WORD.findall(words.lower())) if ROLE_WORD.search(words) else None


def _residence_first(limits: list[_Said]) -> list[str]:
    """The places of the limits; where one says where to live, the working hours only say
    when one works there, whether a UTC window or a place's clock: "Remote (US), ET
    hours", "Europe, CET hours" and "Remote (LATAM), overlap with US Eastern" are the
    places one lives in."""
    places = [p for s in limits for p in _hours_of(s)]
    if any(not s.clock for s in limits):
        lived = [p for s in limits if not s.clock for p in s.places]
        return [p for p in lived if not p.startswith("UTC")] or places
    return places


def _narrowed_to_a_residence(limits: list[_Said], regions: list[str]) -> list[str]:
    """The places one must live in (a duty, `_MUST_LIVE`: not a wish) where they lie
    inside the blocs a post opens remote work to: "Remote (APAC), must be based in Hong
    Kong" is open in Hong Kong only."""
    musts = [
        p
        for s in limits
        if not s.clock and (must := _MUST_LIVE.search(s.raw))
        for p in read_places(s.raw[must.start() :])  # "within Europe, but you must be in PL"
        if not p.startswith("UTC")
    ]
    if not musts or not regions or not all(r in BLOCS for r in regions):
        return regions
    if all(any(r != p and contains(r, p) for r in regions) for p in musts):
        return widest(musts)
    return regions


def _headline_first(limits: list[_Said], regions: list[str], header: str) -> list[str]:
    """The countries a headline limits remote work to where they lie inside the bloc the
    body names ("REMOTE (US or Canada)" above "we are remote in North America": the US
    and Canada, not Mexico): spelled out, as a location field's are beside its text. A
    headline's bloc is a summary as loose as the body's ("Remote (EU)" above "based in
    Europe" is Europe), and a body naming places outside the headline's keeps them all."""
    lived = [s for s in limits if not s.clock]
    headline = [p for s in lived if s.raw in header for p in s.places]
    body = [p for s in lived if s.raw not in header for p in s.places]
    if not headline or not body or any(p in BLOCS for p in headline):
        return regions
    if all(any(b != h and contains(b, h) for b in body) for h in headline):
        return widest(headline)
    return regions


def _glossed(said: _Said) -> _Said:
    """A statement whose blocs only name the window beside them: that window's hours."""
    places = _windows_of_blocs(said.places, said.raw)
    return said if places is said.places else said._replace(places=places, clock=True)


def _windows_of_blocs(places: list[str], words: str) -> list[str]:
    """Places where blocs named as a clock ("EU timezones", "EU hours", "EU CET") beside
    a window the words bound ("EU timezones (UTC-1 to UTC+3)", "+-2 EU CET") only name
    the zones the window spells out: the window, as the labels read them. A bloc named
    as a place is where one lives ("Europe ±2h CET", "Americas, UTC-8 to UTC-3"), as is
    a country ("US, UTC-8 to UTC-5"), and a bloc beside a bare zone ("EU, CET hours");
    a country named as a clock is one ("US hours: 9am-5pm ET")."""
    windows = [p for p in places if p.startswith("UTC")]
    if not windows or len(windows) == len(places):
        return places
    lived = {p for p in places if not p.startswith("UTC")}
    if lived <= _clocks_named(words) | _named_as_clocks(words) and _hours_bounded(words):
        return windows
    return places


def _clocks_named(words: str) -> set[str]:
    """The blocs words name as a clock: a bloc's name before a zone's or words of hours
    ("EU CET", "EU time zones", "European hours")."""
    return {
        place
        for m in _CLOCK_OF_A_PLACE.finditer(words)
        for place in read_places(m[1])
        if place in BLOCS
    }


def _only_zones(field: str, places: list[str]) -> bool:
    """Whether a field's places are all windows of zones named by their names, not by
    UTC offsets ("Remote (EST)", "overlap 4h with PST"; "Remote (UTC+1)" is where one
    lives)."""
    return all(p.startswith("UTC") for p in places) and not _UTC_WRITTEN.search(field)


def _named_as_clocks(words: str) -> set[str]:
    """The places words name as a clock only ("US time zones", "EU hours")."""
    if not _ZONE_WORDS.search(words):
        return set()
    return {place for m in _CLOCK_OF_A_PLACE.finditer(words) for place in read_places(m[1])}


def _hours_of(said: _Said) -> list[str]:
    """A statement's places; of working hours that name a UTC window, the window alone:
    "overlap with Ireland 9-5 GMT" sets the hours, kept from anywhere they fit."""
    windows = [p for p in said.places if p.startswith("UTC")] if said.clock else []
    return windows or said.places


def _partly_open(text: str) -> bool:
    """Whether a region is named open only in part: "select locations", "most states"
    (one of `_PARTIAL_BEFORE`, whitespace, one of `_PARTIAL_WORDS`, as whole words);
    found from the rarer second word back, not by scanning the text."""
    low = lowered(text)
    for word in _PARTIAL_WORDS:
        at = low.find(word)
        while at >= 0:
            end, start = at + len(word), at
            while start and low[start - 1].isspace():
                start -= 1
            if (
                start < at
                and not _is_word(low, end)
                and any(
                    low.endswith(first, 0, start) and not _is_word(low, start - len(first) - 1)
                    for first in _PARTIAL_BEFORE
                )
            ):
                return True
            at = low.find(word, at + 1)
    return False


def _is_word(text: str, at: int) -> bool:
    """Whether a word character (as `re`'s \\w) stands at `at` (none outside the text)."""
    return 0 <= at < len(text) and (text[at].isalnum() or text[at] == "_")


def _offered_anywhere(text: str, in_text: list[Span]) -> bool:
    """Whether one "remote" is offered anywhere: "Remote (US/Global)", "REMOTE anywhere";
    anywhere within working hours ("Remote (anywhere, must overlap 2h with PST)") is
    limited by them."""
    for kind, _, end in in_text:
        if kind != "remote":
            continue
        tail = _TAIL.match(text, end)
        segment = tail and next(filter(None, tail.group("paren", "bracket", "dash", "bare")), "")
        if segment and _ZONE_WORDS.search(segment):
            continue
        if _ANYWHERE_AFTER.match(text, end) or (segment and _ANYWHERE_AMONG_PLACES.match(segment)):
            return True
    return False


def _open_wherever(text: str) -> bool:
    """Whether the text opens the work to wherever one lives (`_WHEREVER`)."""
    low = text.lower()
    return any(word in low for word in _WHEREVER_SKIM) and bool(_WHEREVER.search(text))


def _hours_asked(text: str, raw: str) -> bool:
    """Whether words of hours are an overlap or hours one must work ("must be available
    during Eastern business hours"), not an aside ("team mostly on US hours")."""
    if _OVERLAP.search(raw):
        return True
    at = text.find(raw)
    return at > 0 and bool(_MUST_WORK_BEFORE.search(text, max(0, at - 40), at))


def _a_residence(said: _Said) -> bool:
    """Whether a statement names where one may live: not hours, a wish or an exception."""
    return bool(said.places) and not (said.clock or said.preferred or said.excluded)


def _opened_by_an_overlap(text: str) -> bool:
    """Whether the post opens its remote work beyond the places it names to anyone who
    keeps an overlap ("Remote (US). Non-US candidates welcome if you can overlap 4+
    hours with PST", "or anywhere with 4+ hours overlap with CST"): the overlap is then
    its only limit."""
    if "verlap" not in text and "VERLAP" not in text:
        return False  # the cheap literal first: most posts ask no overlap
    for opened in _OPENED_BY_AN_OVERLAP.finditer(text):
        start = max(text.rfind(".", 0, opened.start()), text.rfind("\n", 0, opened.start()))
        sentence = text[start + 1 : opened.end()]
        if _NOT_OPEN.search(sentence):
            continue  # "Non-US candidates will not be considered"
        if opened["anywhere"] or _WELCOME.search(sentence):
            return True  # not "our contractors abroad overlap with PST"
    return False


def _remote_phrases(text: str, in_text: list[Span]) -> Iterator[_Said]:
    """The places each "remote" names: after it ("Remote (US)", "Remote USA"), else
    before it in the header or on a location line ("US-Remote", "USA/Canada: REMOTE");
    with places after it, those before are offices one may pick instead."""
    header_end = _line_end(text, 0)
    for kind, start, end in in_text:
        if kind != "remote":
            continue
        tail = _TAIL.match(text, end)
        tail = None if tail and _an_office_after_a_pair(text, start, tail) else tail
        said = list(_tail_places(text, start, tail)) if tail else []
        yield from said
        if any(not s.preferred for s in said):
            continue  # "US Remote (Seattle preferred)": the places before still limit it
        if text[start] in _CJK_LEAD:  # "서울 원격", "경기 지역 원격근무", "国内リモート"
            yield from _cjk_places_before(text, start, end)
            continue
        if not (start < header_end or _on_location_line(text, start)):
            yield from _hyphened(text, start, end)
            continue
        cell = text[max(text.rfind("\n", 0, start) + 1, start - _CELL_REACH) : start]
        cut = _CELL_BREAK.match(cell)
        names = _NAMES_BEFORE.search(cell[cut.end() :] if cut else cell)
        before = names[0].lstrip() if names else ""
        places = read_places(before, countries_only=True)
        if places:
            yield _Said(places, text[start - len(before) : end], preferred=False)


def _an_office_after_a_pair(text: str, start: int, tail: re.Match[str]) -> bool:
    """Whether the city after a remote offered beside an office ("HYBRID/REMOTE, Zurich,
    Switzerland") is that office's place rather than remote work's."""
    paired = _PAIRED_WITH_OFFICE.search(text, max(0, start - _PAIR_REACH), start)
    return paired is not None and _names_a_city(tail[0])


def _header_cells(text: str, in_text: list[Span]) -> Iterator[_Said]:
    """A header cell of countries beside a bare remote one: "Acme | Canada | Remote" is
    remote in Canada, as is a remote body under "Acme | Canada | Full-time"; a cell
    naming a city is an office ("Acme | Berlin, Germany | Remote"), one about hybrid
    work names its offices ("EU, or Hybrid - Lisbon"), and a remote cell that says more
    ("Remote - Prefer USA") speaks for itself."""
    header_end = _line_end(text, 0)
    header = text[:header_end]
    modes = [span for span in in_text if span[2] <= header_end]
    if "|" not in header:
        return
    cells, at = [], 0
    for cell in header.split("|"):
        cells.append((cell, any(at <= s[1] < at + len(cell) for s in modes if s[0] != "hybrid")))
        at += len(cell) + 1
    remote = [cell for cell, moded in cells if moded]
    # a header that says no way of working above a remote body ("Acme | Canada |
    # Full-time", then "we all work from home"): its countries' cells limit the body's
    bare_body = not modes and any(span[0] == "remote" for span in in_text)
    if (not remote and not bare_body) or any(_names_a_place(cell) for cell in remote):
        return
    for cell, moded in cells:
        if moded:
            continue
        words = _TAIL_STOP.split(cell)[0]
        places = read_places(words, countries_only=True)
        if places and not _names_a_city(words) and not _PREFERENCE.search(words):
            yield _Said(places, cell.strip(), preferred=False, clock=_on_the_clock(words, places))


@lru_cache(maxsize=4096)
def _names_a_city(text: str) -> bool:
    """Whether a text names a city or a US state ("St Paul, MN"); remembered, as the
    locations, headers and cells it reads come back post after post."""
    names = (spaced(m.group(0)) for m in place_matches(lowered(text)))
    return any(name not in COUNTRY_OF for name in names) or any(
        m["state"] and not _after_a_code(text, m) for m in _CODE.finditer(text)
    )


def _names_a_town(field: str) -> bool:
    """Whether a remote job's location or header names a town, or a state by its code
    after one ("St Paul, MN"), not only states or provinces by name ("Remote - Ontario,
    Canada" is a province's limit, "Remote - Toronto" a town's); a town's clock ("must
    be in UTC-3 (Brasília time)") names the hours, not a town."""
    return bool(_towns_not_clocks(field)) or any(
        m["state"] and not _after_a_code(field, m) and not _a_list_of_states(field, m)
        for m in _CODE.finditer(field)
    )


# the next or the last code of a list ("TX, FL, CO only", "ON or BC")
_CODE_AFTER = re.compile(r"[^\S\n]*(?:[,/&]|\bor\b|\band\b)[^\S\n]*([A-Z]{2})\b")
_CODE_BEFORE_IN_A_LIST = re.compile(r"\b([A-Z]{2})[^\S\n]*(?:[,/&]|\bor\b|\band\b)?[^\S\n]*$")


def _a_list_of_states(field: str, m: re.Match[str]) -> bool:
    """Whether a state's code is in a list of states' codes ("Remote (US) — TX, FL, CO
    only"): a limit to them, not a town's state; a country's code beside it ("Round
    Rock, TX, US") is none."""
    after = _CODE_AFTER.match(field, m.end())
    before = _CODE_BEFORE_IN_A_LIST.search(field, max(0, m.start() - 8), m.start())
    states = (US_STATES | CA_PROVINCES) - {"US", "CA"}
    return any(found and found[1] in states for found in (after, before))


# the words after a town's name that make it a clock: "Brasília time", "London hours"
_CLOCK_AFTER = re.compile(r"[^\S\n]+(?:standard[^\S\n]+)?(?:time(?![\w-])|hours|time[\s-]?zone)")


def _towns_not_clocks(field: str) -> tuple[str, ...]:
    """`cities_in(field)`, but a town named only as a clock ("Brasília time") or as the
    clock of an overlap ("Remote (APAC, overlap 2h with Sydney)")."""
    towns = cities_in(field)
    low = lowered(field)
    overlap = bool(_OVERLAP.search(low))
    if not towns or not (overlap or _CLOCK_AFTER.search(low)):
        return towns
    clocks = [
        m
        for m in place_matches(low)
        if _CLOCK_AFTER.match(low, m.end())
        or (overlap and _WITH_BEFORE.search(low, max(0, m.start() - 12), m.start()))
    ]
    for m in clocks:
        low = low[: m.start()] + " " * (m.end() - m.start()) + low[m.end() :]
    return cities_in(low) if clocks else towns


# an office offered instead of remote work: "Kampala or remote", "remotely or in Lagos",
# "remote in Africa or our Cape Town office", and in a location field "Berlin / remote",
# "Wrocław / zdalnie", "München oder remote", "Lyon ou télétravail", "Київ / віддалено"
_OR_REMOTE = re.compile(r"\bor\s+(?:\w+\s+)?remote|\bremote(?:ly)?\b[^.;|\n]{0,25}?\s+or\s", re.I)
_OR_REMOTE_FIELD = re.compile(
    rf"{_OR_REMOTE.pattern}|(?:/|\b(?:oder|ou|o|lub|albo|of|eller)\b)\s*(?:100\s*%\s*)?"
    r"(?:remote|zdalnie|praca\s+zdalna|t[ée]l[ée]travail|remoto|homeoffice|home\s+office"
    r"|віддалено|удал[её]нно)\b"
    # the other order ("Remote / Berlin"), and a town preferred ("Remote (Berlin preferred)")
    r"|\b(?:remote|remoto|zdalnie|homeoffice)\s*/|\b(?:preferred|preferably|bevorzugt"
    r"|de\s+preferencia|preferencialmente|de\s+préférence|preferibilmente)\b",
    re.I,
)


def _office_or_remote(field: str) -> bool:
    """Whether a remote job's location field names a town it is near ("Seattle
    (Remote)"), not one whose office it offers instead ("Berlin / remote")."""
    return (
        _names_a_town(field)
        and not _OR_REMOTE_FIELD.search(field)
        and not _a_bare_remote_entry(field)
    )


def _a_bare_remote_entry(field: str) -> bool:
    """Whether a list of a field's entries holds one that is remote and names no place
    ("Toronto; New York; Remote"): remote work offered beside the offices, not near one."""
    if not _LIST_OF_ENTRIES.search(field):
        return False
    entries = _LIST_OF_ENTRIES.split(field)
    return any("remote" in lowered(e) and not read_places(e) for e in entries)


def _near_a_city(header: str) -> bool:
    """Whether a header names a city a remote job is near ("Account Executive -
    Seattle"), not one whose office it offers instead ("Work from Kampala or remotely")."""
    return _names_a_town(header) and not _OR_REMOTE.search(header)


# a remote word in Korean or Japanese; the places right before it limit it, as the
# words of a region, within, from or living there may stand between ("서울/경기 원격",
# "부산 지역 재택근무", "国内在住者リモート"); "the country" (국내, 전국, 国内, 全国) is the
# language's own, and 경기 (also "a match", "the economy") Gyeonggi only right there
_CJK_LEAD = frozenset(re.findall(f"[{CJK}]", "원재リ在完풀비フ"))
_CJK_CLAUSE = re.compile(r"[\n:：,，.。;；()（）\[\]【】「」]")
_CJK_BETWEEN = re.compile(r"(?:[\s/·・、]|지역|\s내|전역|에서|거주자?|在住者?|から|の|で)*$")
_CJK_PLACE_SPLIT = re.compile(r"[\s/·・、]+")
_CJK_OWN_COUNTRY = {"국내": "KR", "전국": "KR", "경기": "KR", "国内": "JP", "全国": "JP"}
_CJK_REACH = 24


def _cjk_places_before(text: str, start: int, end: int) -> Iterator[_Said]:
    """The places right before a Korean or Japanese remote word, each word of them a
    place: "서울/경기 원격" is remote in Korea, "원격 협업 툴 사용, 지역 무관 원격" names none."""
    lead = text[max(0, start - _CJK_REACH) : start]
    clause = _CJK_CLAUSE.split(lead)[-1]
    words = _CJK_PLACE_SPLIT.split(_CJK_BETWEEN.sub("", clause, count=1))  # "서울 지역 " is 서울
    places: list[str] = []
    for word in reversed(words):
        found = [_CJK_OWN_COUNTRY[word]] if word in _CJK_OWN_COUNTRY else []
        found = found or read_places(word)  # a town is its country: "서울" is KR
        if not found:
            break
        places[:0] = found
    if places:
        yield _Said(list(dict.fromkeys(places)), text[start - len(clause) : end], preferred=False)


def _hyphened(text: str, start: int, end: int) -> Iterator[_Said]:
    """A country joined to "remote" by a hyphen, in prose too ("US-remote friendly")."""
    before = _HYPHENED.search(text, max(0, start - 30), start)
    places = read_places(before[1] or before[2], countries_only=True) if before else []
    if places and before:
        yield _Said(places, text[before.start() : end], preferred=False)


# country codes written lower-case in the brackets after a "remote" ("remote(us)",
# "remote (us/canada)", "[eu only]"): there "us" is a place, no pronoun, when every word
# of the brackets is a code, a place or one of `_CODE_FILLERS` ("Remote (ask us)" is not)
_LOWER_CODES = frozenset({"us", "eu", "uk", "au", "nz"})
_CODE_FILLERS = frozenset({"only", "or", "and", "based", "residents", "citizens", "time", "hours"})
_BRACKET_WORD = re.compile(r"[^\W\d_]+")


def _cased_codes(segment: str) -> str:
    """The brackets' words with their lower-case codes capitalised, when all are places."""
    if not segment.islower():  # most brackets hold a capital: skipped before any scan
        return segment
    words = _BRACKET_WORD.findall(segment)
    if not _LOWER_CODES.intersection(words):
        return segment
    if not all(w in _LOWER_CODES or w in _CODE_FILLERS or read_places(w) for w in words):
        return segment
    return _BRACKET_WORD.sub(lambda m: m[0].upper() if m[0] in _LOWER_CODES else m[0], segment)


def _tail_places(text: str, start: int, tail: re.Match[str]) -> Iterator[_Said]:
    """The places of the words after one "remote", those only preferred apart, and
    those it is not open to ("no US")."""
    raw = text[start : tail.end()]
    segment = next(filter(None, tail.group("paren", "bracket", "dash", "prep", "abroad")), "")
    if tail["paren"] or tail["bracket"]:
        segment = _cased_codes(segment)
    excluded = [place for m in _EXCEPT.finditer(segment) for place in read_places(m[1])]
    if excluded:  # "Remote (EU/Asia/Americas -- no US)": the Americas but the US
        yield _Said(excluded, raw, preferred=False, excluded=True)
        segment = _EXCEPT.sub("", segment)
    if _ANYWHERE.search(tail[0]):  # "Remote (US/Global)": anywhere after all
        return
    segment = _SERVED.sub("", segment)  # "night shift for US clients": whom one serves
    if tail["bare"]:
        places = read_places(tail["bare"], countries_only=True, clock=tail["bare"])
        if places:
            yield _Said(places, raw, preferred=False, clock=_on_the_clock(tail["bare"], places))
        return
    is_open = bool(_OPEN.search(segment))
    head, *rest = _TAIL_STOP.split(segment, maxsplit=1)
    clauses = [part for clause in _CLAUSE.split(head) for part in _hours_wished(clause)]
    # "in USA, also in Europe but only for the sales positions": the last clause's places
    # are open to some roles only
    partial = clauses.pop() if rest and ONLY_FOR_ROLES.match(rest[0]) else ""
    for preferred in (False, True):
        read = [
            (clause, _limit_places(clause, clock=clause))
            for clause in clauses
            if bool(_PREFERENCE.search(clause)) == preferred
            and not _TRAVEL.search(clause)
            and not _SPEAKERS.search(clause)
        ]
        places = [place for _, found in _where_not_hours(read) for place in found]
        clock = all(_on_the_clock(clause, found) for clause, found in read if found)
        if places and not (tail["paren"] or tail["bracket"] or preferred):
            places, end = _narrowed_after(text, tail.end(), places)  # "Remote - Africa (Ghana)"
            raw = text[start:end]
        if places:
            yield _Said(places, raw, preferred, is_open and preferred, clock)
    if places := read_places(partial, clock=partial):
        yield _Said(places, raw, preferred=False, some_roles=True)


# a country's shift or hours ("UK shift", "US hours"), not its time zones, which name
# where one may live as often ("US timezones, LatAm/Canada ok"), nor an overlap's window
_SHIFT_OF = re.compile(r"\b(?:shifts?|hours)\b", re.I)


def _where_not_hours(read: list[tuple[str, list[str]]]) -> list[tuple[str, list[str]]]:
    """The clauses that say where, beside one that says where: a country's shift there
    ("Remote from Pakistan, UK shift", "from India, US hours") is the hours one works,
    not a second country one may work from; hours alone are the limit they state."""
    where = [(clause, found) for clause, found in read if not _a_countrys_shift(clause, found)]
    return where if any(found for _, found in where) else read


def _a_countrys_shift(clause: str, places: list[str]) -> bool:
    """Whether a clause names a country's shift or hours, no window of hours of its own."""
    if not places or "overlap" in clause.lower() or any(p.startswith("UTC") for p in places):
        return False
    return bool(_SHIFT_OF.search(clause))


def _hours_wished(clause: str) -> list[str]:
    """ "US/EST Preferred": a place one must live in and the hours wished of it, the
    wish the hours' alone (two clauses); any other clause as it is."""
    if "/" not in clause or not _PREFERENCE.search(clause):
        return [clause]  # most clauses: no read
    where, _, hours = clause.rpartition("/")
    if _PREFERENCE.search(where) or not (places := read_places(where, countries_only=True)):
        return [clause]
    zones = read_places(hours, clock=hours)
    if _on_the_clock(where, places) or not zones or not _on_the_clock(hours, zones):
        return [clause]
    return [where, hours]


# the people a post is not open to, before their places ("No US or UK residents",
# "not open to Spanish citizens", "we cannot hire Canadian residents")
_NOT_FOR = re.compile(
    r"\b(?:no|not\s+(?:open\s+to|for)|(?:cannot|can't|unable\s+to)\s+(?:hire|accept|take)"
    r"|excluding|except(?:\s+for)?)\s+(?:the\s+)?$",
    re.I,
)


def _limits(text: str) -> Iterator[_Said]:
    """Places a restriction or preference phrase or a UTC window names, with its words."""
    for kind, start, end in _LIMIT.finditer(text):
        towns: tuple[str, ...] = ()
        bounded = barred = wished = False
        if kind in ("lead", "prefer", "hiring", "bound"):
            where = _WHERE.match(text, end)
            said = _CLAUSE_ENDS.split(where[1], maxsplit=1)[0] if where else ""
            # "prefer native speakers from the US or UK": a language, not a place
            said = ", ".join(c for c in _CLAUSE.split(said) if not _SPEAKERS.search(c))
            if _WITHIN_HOURS.match(text, start):
                said = _US_ZONE_ALONE.sub(r"US \1", said)  # "within 3h of Eastern"
            if _WORLDWIDE_WORDS.search(said) or OPEN_TAIL.search(said):
                continue  # "distributed across the United States and internationally"
            # "hiring in Berlin and London" names offices; "hiring in the US", a limit
            # "4 hours overlap with EST": the hours asked stand before the lead
            counted = _OVERLAP_COUNT_BEFORE.search(text, max(0, start - 24), start)
            lead = text[counted.start() if counted else start : end]
            # "Preferably 3 hours of overlap with CET": an overlap wished for
            at = end - len(lead)
            wished = bool(
                _OVERLAP.search(lead) and _WISHED_BEFORE.search(text, max(0, at - 16), at)
            )
            if _PEOPLES.match(said):
                said = _demonyms_named(said)  # "solo para colombianos y venezolanos"
            places = read_places(said, clock=lead, countries_only=kind == "hiring")
            # "team across European timezones" speaks of hours; "must be in Australia
            # (AEST hours)" of a residence, its hours only an aside
            words = f"{text[start:end]} {_ASIDE.sub('', said)}"
            end = where.start(1) + len(said) if where else end
            places, end = _narrowed_after(text, end, places)  # "Africa (Ghana, Kenya)"
            if kind == "bound":
                places = _bounded(places, west="west" in lowered(text[start:end]))
            elif places and _LOCAL_TO.search(text, start, end):
                towns = cities_in(said)  # "must be local to Chicago"
        elif kind == "peoples":
            if (listed := _PEOPLES_AFTER.match(text, end)) is None:
                continue  # "open to feedback", "hiring managers"
            if OPEN_TAIL.match(text, listed.end()):
                continue  # "open to Americans, Canadians and everyone else"
            places = read_places(_demonyms_named(listed[1]))
            words, end = text[start : listed.end()], listed.end()
        elif _not_people(text, end) or OTHERS_TOO.match(text, end) or OPEN_TAIL.match(text, end):
            continue
        else:
            people = _PEOPLE_WORD.match(text, start)  # "Canadian residents", not "German preferred"
            before = _names_before(text, start)
            if kind == "shift":
                # a country's hours; "EST shifts" or a "night shift" name none
                if before is None or all(p.startswith("UTC") for p in read_places(before[1])):
                    continue
                kind = "zone"
            for_locals = _LOCALS.match(text, start)
            if before is None and for_locals:
                cut = _LOCAL_PLACE_ENDS.search(text, max(0, start - 20), start)
                before = _names_before(text, cut.start()) if cut else None
            if before and _RANGE_BEFORE.search(text, max(0, before.start() - 20), before.start()):
                continue  # "UTC-2 to UTC+3 overlap": the window, read whole below
            if (
                before
                and before[1].startswith("US")
                and (
                    zone := _ZONE_BEFORE_US.search(
                        text, max(0, before.start() - 12), before.start()
                    )
                )
            ):
                before = _NAMES_FROM.match(text, zone.start(), before.end())  # "Eastern US"
            start = before.start() if before else start
            if _SPEAKERS.search(lead_in := _clause_before(text, start)) or (
                people and USERS_BEFORE.search(lead_in)
            ):
                continue  # "Native speakers from the US or Canada preferred"
            if _FOR_PAY_BEFORE.search(text, max(0, start - 40), start):
                continue  # "salary range for US-based": who the range is for
            words = text[start:end]
            of_people = people or (before and _PEOPLES.fullmatch(before[1]))
            named = before and (_demonyms_named(before[1]) if of_people else before[1])
            places = _limit_places(named, clock=words) if named else []
            barred = bool(before) and bool(_NOT_FOR.search(text, max(0, start - 24), start))
            if before and not places and kind == "zone" and _a_us_zone(text, before):
                places = read_places(f"US {before[1]}")  # "US Eastern time zone hours"
            elif before is None and kind == "zone" and (zone := _us_zone_before(text, start)):
                start, words = zone.start(), text[zone.start() : end]
                places = read_places(f"US {zone[1]}")  # "during Eastern business hours"
            town = None if places or not for_locals else _LOCAL_PLACE_AFTER.match(text, end)
            if town:
                places, end = _limit_places(town[1], clock=words), town.end()
            if for_locals and places:
                towns = cities_in((town or before or ["", ""])[1])
            zoned = kind == "zone" and places
            if zoned and (nine_to_five := _business_day(text, start, end, places)):
                places, bounded = [nine_to_five], True  # "Pacific business hours"
            if places and (window := _bounded_window_after(text, end)):
                places, end = [*places, _window(window)], window.end()  # "EU hours (UTC-1 to +3)"
        rest = text[end : _line_end(text, end)]
        if places and _OFFICES_AFTER.match(rest):
            continue  # "NL, US or Canada-based (hybrid)": offices, not where remote work is
        if places:
            preferred = (
                wished or kind == "prefer" or bool(_PREFERENCE.match(rest[:20].lstrip(" ,)")))
            )
            preferred = preferred or text[start:end].lower().endswith("preferred")
            is_open = preferred and bool(_OPEN.search(text[start:end] + rest))
            clock = _on_the_clock(words, places)
            said = text[start:end]
            yield _Said(
                places,
                said,
                preferred,
                is_open,
                clock,
                towns=towns,
                bounded=bounded,
                excluded=barred,
            )
            if clock and kind == "zone" and (lived := _lived_after(text, end)):
                yield _Said(lived[0], lived[1], preferred, is_open)
    yield from _clock_words(text)


def _clock_words(text: str, *, days_only: bool = False) -> Iterator[_Said]:
    """The working days by a zone's clock words name ("9-5 EST", "9am–5pm, Eastern",
    "9–17 Uhr MEZ"), each the window of offsets from which it is daytime; unless
    `days_only`, meetings ("standup at 9:30 EST") and UTC windows ("UTC-3 to UTC+2") too."""
    for m in _WINDOW_IN_TEXT.finditer(text):
        word_start = not m.start() or not text[m.start() - 1].isalnum()
        if word_start and not m["b"] and (day := _day_before(text, m.start(), m.end(), m["a"])):
            yield _Said([day[0]], day[1], preferred=False, clock=True)  # "9-5 EST"
        elif days_only:
            continue
        elif word_start and not m["b"] and (at := _moment_before(text, m.start(), m.end(), m["a"])):
            yield _Said([at[0]], at[1], preferred=False, clock=True)  # "standup at 9:30 EST"
        elif word_start and (m["b"] or _plus_minus(m) or any(c.isdigit() for c in m["a"])):
            after = text[m.end() : _line_end(text, m.end())][:20]
            preferred = bool(_PREFERENCE.match(after.lstrip(" ,)")))
            yield _Said([_window(m)], m.group(0), preferred, clock=True)
    for m in _ZONE_WORDED.finditer(text):  # "9am–5pm, Eastern", "9–17 Uhr MEZ"
        if day := _day_before(text, m.start(), m.end(), _DAY_ZONES[m[0]]):
            yield _Said([day[0]], day[1], preferred=False, clock=True)
        elif not days_only and (at := _moment_before(text, m.start(), m.end(), _DAY_ZONES[m[0]])):
            yield _Said([at[0]], at[1], preferred=False, clock=True)


def _day_before(text: str, start: int, end: int, zone: str) -> tuple[str, str] | None:
    """A working day by the clock of the zone `zone` names at `start:end` ("9-5 EST",
    "9am–6pm CET", "10:00-16:00 GMT"): the offsets from which it is daytime, and its
    words; none where its line says the hours bind nobody ("our office is open 9-5
    CST"). A comma parts a zone from a day only written as clock times ("9am–5pm,
    Eastern", not "ages 9-17, Eastern")."""
    day = _DAY_BEFORE.search(text, max(0, start - _DAY_REACH), start)
    if not day or _OVERLAP.search(text, max(0, day.start() - _DAY_REACH), day.start()):
        return None  # "overlap 9am-1pm US Eastern": an overlap with the zone, read as one
    if "," in day[0] and not _CLOCK_SHAPED.search(day[0]):
        return None
    sentence = _sentence_of(text, day.start(), end)
    if _DAY_UNBOUND.search(sentence):
        return None
    first, last = _clock_hour(*day.group(1, 2, 3)), _clock_hour(*day.group(4, 5, 6))
    if last <= first and not day[6]:
        last += 12.0  # "9-5": five in the afternoon
    if not 0 < last - first <= 16:
        return None
    worked = min(last - first, _SHIFT_HOURS) if _IN_SHIFTS.search(sentence) else last - first
    closed = "(" in day[0] and text.startswith(")", end)  # "9–17 Uhr (MEZ)" whole
    return _daytime_window(first, last, worked, zone), text[day.start() : end + closed]


def _moment_before(text: str, start: int, end: int, zone: str) -> tuple[str, str] | None:
    """A meeting or the end of the hours one must be reachable, by the clock of the zone
    `zone` names at `start:end` ("daily standup at 9:30 am EST", "available until 1pm
    PT"): the offsets from which that moment is daytime, and its words. Hours kept from
    afar, not a working day: an event's time ("webinar at 2pm ET") binds nobody."""
    at = _MOMENT_BEFORE.search(text, max(0, start - _MOMENT_REACH), start)
    if not at or _DAY_UNBOUND.search(_sentence_of(text, at.start(), end)):
        return None
    moment = _clock_hour(*at.groups()[-3:])
    return _daytime_window(moment, moment, 0.0, zone), text[at.start() : end]


def _daytime_window(first: float, last: float, worked: float, zone: str) -> str:
    """The offsets from which `worked` hours of `first`..`last` by `zone`'s clock fall
    in daytime (7:00-20:00), summer time included."""
    zone = ZONE_NAMES.get(zone.strip(), zone)
    offset = utc_offset(zone)
    lo = _DAYTIME[0] - (last - worked) + offset
    hi = _DAYTIME[1] - (first + worked) + offset
    if lo > hi:  # a day longer than daytime: kept from the zone itself
        lo = hi = offset
    return window_label(lo, hi + SUMMER_SHIFT.get(zone.strip(), 0.0))


def _business_day(text: str, start: int, end: int, places: list[str]) -> str | None:
    """The window of a US zone's business hours one must work ("Pacific business hours",
    "US Eastern time zone hours"): its nine to five, read as that day by its clock; not
    the zone alone ("Pacific time zone"), nor an overlap asked with its hours ("overlap
    with Pacific business hours", which reaches a few hours either side of the zone)."""
    zone = _US_ZONE_NAMED.search(text, start, end)
    if not zone or places != read_places(f"US {zone[1]}"):
        return None
    if not (_ZONE_HOURS.search(text, start, end) or _ZONE_HOURS_AFTER.match(text, end)):
        return None
    if _OVERLAP.search(text, max(0, start - _DAY_REACH), end):
        return None
    return _daytime_window(9.0, 17.0, 8.0, _DAY_ZONES[zone[1]])


def _sentence_of(text: str, start: int, end: int) -> str:
    """The sentence or cell around `start:end`: "Remote | 9-5 EST | $90k" holds three
    cells, the pay in another."""
    return sentence_around(_SENTENCE_BREAK, text, start, end, _SENTENCE_REACH)


def working_day(raw: str | None) -> str | None:
    """The working day by a zone's clock a scope's words name ("9-5 EST"), if any."""
    day = _DAY_HOURS.search(raw) if raw and any(c.isdigit() for c in raw) else None
    return day[0].strip() if day else None


def kept_moment(raw: str | None) -> str | None:
    """The meeting or end of reachable hours by a zone's clock a scope's words name
    ("standup at 9:30 am EST"), if any."""
    if not raw or not any(word in raw for word in _MOMENT_WORDS):
        return None  # the cheap literal first: most scopes name no moment
    moment = _MOMENT_HOURS.search(raw)
    return moment[0].strip() if moment else None


def summer_shift_of_day(day: str) -> float:
    """The hours summer time moves the clock of a working day's or a moment's zone
    ("10am-3pm ET", "standup at 9:30 am EST": 1; "9-5 GMT" or "9am-6pm SGT": 0): its
    window is then the hours in the zone's standard time and, that much later, in its
    summer time."""
    zone = _ZONE_AT_END.search(day)
    named = _DAY_ZONES.get(zone[1], zone[1]) if zone else ""
    return SUMMER_SHIFT.get(ZONE_NAMES.get(named, named), 0.0)


def _us_zone_before(text: str, at: int) -> re.Match[str] | None:
    """A US zone's name alone right before words of hours ("Eastern business hours",
    "Pacific hours"), not another's ("Asia Pacific hours")."""
    zone = _US_ZONE_BEFORE_HOURS.search(text, max(0, at - 12), at)
    if not zone or _ASIA_BEFORE.search(text, max(0, zone.start() - 8), zone.start()):
        return None
    return zone


def _a_us_zone(text: str, before: re.Match[str]) -> bool:
    """Whether the name before words of hours is a US zone's ("Eastern time zone hours",
    "US Pacific hours"), not part of another name ("Asia Pacific hours")."""
    named = _ASIA_BEFORE.search(text, max(0, before.start() - 8), before.start())
    return not named and bool(_US_ZONE_ALONE.fullmatch(before[1]))


def _clock_hour(hour: str, minutes: str | None, half: str | None) -> float:
    """A clock's hour of the day: "5", "17:30", "5" with "p" (pm)."""
    at = int(hour) % 12 + 12 if half and half.lower() == "p" else int(hour)
    at = 0 if half and half.lower() == "a" and int(hour) == 12 else at
    return at + int(minutes or 0) / 60


def _clause_before(text: str, at: int) -> str:
    """The words of the clause before `at`, on its line, forty characters at most."""
    return clause_before(_CLAUSE_ON_LINE, text, at, 40)


def _bounded_window_after(text: str, end: int) -> re.Match[str] | None:
    """A window the post bounds right after the places of a keyword ("EU timezones (UTC-1
    to UTC+3)", "EU hours, CET ±2"): the zones those places name."""
    m = _WINDOW_AFTER.match(text, end)
    return m if m and (m["b"] or _plus_minus(m)) else None


def _lived_after(text: str, end: int) -> tuple[list[str], str] | None:
    """The places hours go on to say one lives in ("between the CET and EST timezones,
    in Europe or US/Canada"), and their words."""
    after = _LIVED_AFTER.match(text, end)
    said = _CLAUSE_ENDS.split(after[1], maxsplit=1)[0] if after else ""
    places = read_places(said, countries_only=True)
    return (places, said) if places else None


def _bounded(places: list[str], *, west: bool) -> list[str]:
    """The zones from a place eastward (`west`: "no further west than EST") or westward
    ("no further east than CET"), to the ends of the earth's offsets."""
    spans = [span for span in map(offsets_of, places) if span]
    if not spans:
        return []
    if west:
        return [f"{utc_label(min(lo for lo, _ in spans))}..{utc_label(_EARTH[1])}"]
    return [f"{utc_label(_EARTH[0])}..{utc_label(max(hi for _, hi in spans))}"]


def _names_before(text: str, start: int) -> re.Match[str] | None:
    """`_WHERE_BEFORE.search` of the 40 characters before `start`, tried only at their
    first and after each character no name holds: where a match starts after a name's
    character, one starts before it too. `re` trying every place costs 16 us, this 7."""
    window = max(0, start - 40)
    starts = (window, *(m.end() for m in _NOT_IN_A_NAME.finditer(text, window, start)))
    found = next(filter(None, (_WHERE_BEFORE.match(text, at, start) for at in starts)), None)
    return (found and _a_name_across(text, found)) or found


_NAMES_FROM = re.compile(r"(.+?)[\s-]*$")
_LIST_JOIN_BEFORE = re.compile(r"(?:\s*[/&,]\s*|\s+(?:and|or)\s+)$")


def _a_name_across(text: str, found: re.Match[str]) -> re.Match[str] | None:
    """The names before a keyword from the start of a place's name of several words
    that `_WHERE_BEFORE`, which takes no space inside a name, cut in two ("San
    Francisco preferred", "New Zealand only", "South Africa based": not Africa), and
    the names listed before it ("US or New Zealand only")."""
    at = found.start(1)
    if at < 2 or text[at - 1] != " " or not text[at - 2].isalpha():
        return None
    if _US_ZONE_ALONE.fullmatch(found[1]):
        return None  # "Asia Pacific hours": a zone's word, which the zones' reading weighs
    lo = max(0, at - 25)
    names = place_matches(lowered(text[lo : found.end(1)]))
    start = next((m.start() + lo for m in names if m.start() + lo < at < m.end() + lo), None)
    if start is None:
        return None
    if (join := _LIST_JOIN_BEFORE.search(text, max(0, start - 6), start)) and (
        listed := _names_before(text, join.start())
    ):
        start = listed.start(1)
    return _NAMES_FROM.match(text, start, found.end())


def _on_the_clock(words: str, places: list[str]) -> bool:
    """Whether a limit speaks of working hours ("US time zones", "CET overlap")."""
    return bool(_ZONE_WORDS.search(words)) or all(p.startswith("UTC") for p in places)


def _not_people(text: str, end: int) -> bool:
    """Whether a keyword after places qualifies no person: a company's or a salary's
    "US-based", "EU-only cloud providers"."""
    based = text[end - 5 : end].lower() == "based" and _not_a_limit(text, end)
    return based or bool(_NOT_PEOPLE_AFTER.match(text, end))


def _not_a_limit(text: str, based_end: int) -> bool:
    """ "US-based" limits the work in the header ("US-Based | Remote"); in the body it
    is as often a salary's or the company's ("a Berlin-based startup"), unless people
    follow ("UK-based freelance writers")."""
    body = based_end > _line_end(text, 0) and not _PEOPLE_AFTER.match(text, based_end)
    return body or bool(_COMPANY_AFTER.match(text, based_end))


def _meet(these: list[str], those: list[str]) -> tuple[list[str], bool]:
    """The places of the location field and of the text that lie inside the other's
    (the most restrictive evidence); where none do, both, and whether they share
    nothing at all (a conflict)."""
    common = [p for p in these if any(contains(o, p) for o in those)]
    common += [o for o in those if any(contains(p, o) for p in these)]
    if common:
        return widest(common), False
    touching = any(overlaps(p, o) or overlaps(o, p) for p in these for o in those)
    return widest(these + those), not touching


def _placed(scope: Scope, loc: str, text: str, token: Span | None, basis: Basis) -> RemoteScope:
    """Hybrid or onsite, placed by the location, else by the line that says so, else
    by the header ("Acme | Graz, Austria (ONSITE)" and "Hybrid setup: ..." below), else
    by a "Location:" line ("Acme | SJ | Hybrid" above "Location: San Jose, CA"); a
    town the tables do not know ("Karimnagar") by the country its phone numbers dial."""
    placed = loc
    if loc or token is None:
        places = read_places(loc)
        raw = loc or None
    else:
        _, start, end = token
        line_start = max(text.rfind("\n", 0, start) + 1, start - _LINE_REACH)
        line_end = text.find("\n", end)
        line = text[line_start : min(line_end if line_end >= 0 else len(text), end + _LINE_REACH)]
        tail = _TAIL.match(text, end)
        raw = text[start : tail.end() if tail else end].strip()
        placed = line if read_places(line) else text[: _line_end(text, 0)]
        places = read_places(placed)
        if not places and may_hold(lowered(text), _LOCATION_WORDS):
            placed, places = _location_line(text, placed)
    cities: tuple[str, ...] = ()
    states: tuple[str, ...] = ()
    if not places and (town := town_of_a_field(loc)):
        places, cities = [town[0]], (town[1],)
    if not places and (several := town_of_several(loc)):
        placed, places = _which_town(several, text, placed)
    if not places and (_THAI_NATIONWIDE in loc or _THAI_NATIONWIDE in text):
        places = ["TH"]  # "ประจำสาขาทั่วประเทศ": a branch somewhere in the country Thai names
    if not places and (dialled := dialled_country(text)):
        places = [dialled]
    if not cities:
        cities, states = _towns(placed)
    return RemoteScope(scope, tuple(places), basis, raw, states=states, cities=cities)


def _location_line(text: str, placed: str) -> tuple[str, list[str]]:
    """The first "Location:" line that names a place, and its places; else none."""
    for match in _LOCATION_LINES.finditer(text):
        line = text[match.start() : _line_end(text, match.start())]
        if places := read_places(line):
            return line, places
    return placed, []


def _which_town(names: dict[str, str], text: str, placed: str) -> tuple[str, list[str]]:
    """A town of several countries ("Hamilton") by the one of them the text's places,
    currency or phone numbers point to ("Pay NZ$70,000"), as that country names it;
    else the location as it is, unplaced."""
    hints = {*read_places(text), *currency_countries(text), dialled_country(text)}
    countries = [country for country in names if country in hints]
    if len(countries) != 1:
        return placed, []
    return names[countries[0]], [countries[0]]


def read_places(text: str, *, countries_only: bool = False, clock: str = "") -> list[str]:
    """The places a short text names, in the vocabulary, first mention first;
    `countries_only` leaves out cities and US states. Where the words beside them
    (`clock`) speak of hours, a bloc names its clock ("EU hours" are Europe's), and
    an overlap with a zone reaches a few hours either side ("CET overlap")."""
    return list(_places_in(text, countries_only, clock)) if text else []


@lru_cache(maxsize=4096)
def _places_in(text: str, countries_only: bool, clock: str) -> tuple[str, ...]:
    """`read_places`, remembered: the same locations, headers and limits ("Remote - US",
    "EU only") come back post after post, nine reads in ten of the benchmark's."""
    if " time" in text or " Time" in text:
        text = _ZONES_SHARING.sub(r"\1 time\2", text)  # "Pacific or Mountain time": both
    # "Valencia, CA": the qualifier's country, not the bigger town's
    elsewhere = namesakes(text) if "," in text or "(" in text else {}
    low = lowered(text)
    names = ((m.start(), spaced(m.group(0))) for m in place_matches(low))
    found = [
        (at, _clock_of_a_town(low, at, name, clock) or elsewhere.get(at, PLACE_OF[name]))
        for at, name in names
        if not countries_only or name in COUNTRY_OF
    ]
    pairs = "EN" in text  # "EN/ES", "EN>DE": languages, not countries
    states = _states_beside_states(text) if "," in text or "/" in text or " " in text else {}
    for m in _CODE.finditer(text):
        if pairs and m["code"] and _a_language(text, m):
            continue
        if (state := states.get(m.start("code") if m["code"] else m.start("state"))) is not None:
            if not countries_only:
                found.append((m.start(), state))
            continue  # "TX or CO": Colorado, not Colombia
        if _a_province(text, found, m):
            continue  # "Catania (CT)": the town's province
        if m["window"]:  # a window with both ends is the overlap ("UTC-2 to UTC+3 overlap")
            place = _window(m, reach=0.0 if m["b"] or _plus_minus(m) else _reach(clock))
        elif m["state"] and _after_a_code(text, m):
            place = CODE_ALIASES.get(m["state"], m["state"])  # "(US, CA)": Canada
        elif m["state"] and _after_its_country(found, m.start(), m["state"]):
            place = m["state"]  # "Toronto, CA", "Bangalore, IN": after a place there
        elif m["state"] and _its_towns_state(found, m.start(), m["state"]):
            continue  # "Perth, WA", "Belém, PA": the town's own state, placed with it
        elif m["state"]:
            if countries_only:
                continue
            place = "CA" if m["state"] in _PROVINCE_CODES else "US"
        else:
            place = CODE_ALIASES.get(m["code"], m["code"])
        found.append((m.start(), place))
    for listed in _CODE_LIST.finditer(text):
        for code in _LIST_ITEM.finditer(listed[0]):
            if code[0] in LISTED_CODES and code[0] not in CODES_IN_TEXT:
                found.append((listed.start() + code.start(), code[0]))
    if "georgia" in low and which_georgia((p for _, p in found), near=True) == "GE":
        found += ((m.start(), "GE") for m in GEORGIA.finditer(low))
    if not found:
        return ()
    zone = bool(clock) and bool(_ZONE_WORDS.search(clock))
    places = (_ZONE_BLOC.get(place, place) if zone else place for _, place in sorted(found))
    return tuple(dict.fromkeys(places))


# "overlap 4 hours with New York", "4h overlap with the London team": the town's clock
_ONE_ZONE = 1.0  # a zone's offsets across its seasons ("London": UTC+0..UTC+1)
_WITH_BEFORE = re.compile(r"\bwith\s+(?:the\s+|our\s+)?$")


def _clock_of_a_town(low: str, at: int, name: str, clock: str) -> str | None:
    """The window an overlap asked with a town reaches ("must overlap 4 hours with New
    York": its offsets, a few hours either side), where `clock`, the words around the
    town (or before it, where it opens `low`), ask one: hours kept from afar, not the
    town's country. The town's own offsets, else its country's where that keeps one
    zone ("London"); None for any other town."""
    if not clock or name in COUNTRY_OF or not _OVERLAP.search(clock):
        return None
    before = low[max(0, at - 12) : at] if at else f"{lowered(clock)[-12:]} "
    if not _WITH_BEFORE.search(before):
        return None
    span = TOWN_SPANS.get(name) or offsets_of(PLACE_OF[name])
    if span is None or span[1] - span[0] > _ONE_ZONE:
        return None
    reach = _reach(clock)
    return window_label(span[0] - reach, span[1] + reach)


# a country's people ("US or Canadian", "Brazilian") in the words before whom a post is
# open to ("residents", "nationals only"): the country, read by its name
_DEMONYM_OF = name_table(DEMONYM_NAMES)
_DEMONYM = re.compile(
    rf"(?<!\w)({'|'.join(map(re.escape, sorted(_DEMONYM_OF, key=len, reverse=True)))})s?(?![\w-])",
    re.I,
)

# a country's people in the plural ("Mexicans and Colombians", "Canadians"): people, as
# "residents" makes the singular, where "German" alone is as often the language
_PEOPLE = rf"(?:{'|'.join(map(re.escape, sorted(_DEMONYM_OF, key=len, reverse=True)))})s"
_PEOPLES = re.compile(
    rf"{_PEOPLE}(?:(?:\s*,\s*(?:and\s+|or\s+|y\s+|o\s+|e\s+|ou\s+)?|\s+(?:and|or|&|y|o|e|ou)\s+)"
    rf"{_PEOPLE})*",
    re.I,
)
_PEOPLES_AFTER = re.compile(rf"\s+(?:all\s+)?({_PEOPLES.pattern})(?![\w-])", re.I)
# a list of peoples or places left open at its end ("open to Americans, Canadians and
# everyone else", "UK citizens and others", "Brazilians, Mexicans and beyond",
# "Canadians or anywhere in the world"): no limit, where the clause ends there; not
# "everyone else in Europe", "anyone else with a US work permit", "everyone else will be
# rejected"
OPEN_TAIL = re.compile(
    r"\s*,?\s+(?:and|or|&|y|o)\s+(?:(?:everyone|everybody|anyone|anybody)\s+else|beyond"
    r"|anywhere(?:\s+else)?(?:\s+in\s+the\s+world)?|elsewhere|worldwide|the\s+rest\s+of\s+the\s+world"
    r"|(?:all\s+)?other\s+(?:countries|nationalities)|others|el\s+resto\s+del\s+mundo"
    r"|cualquier\s+(?:otro\s+)?(?:pa[ií]s|lugar))"
    r"(?=\s*(?:[.!;:)\n]|$|,(?!\s*(?:please\s+)?(?:do\s+not|don't)\b)))",
    re.I,
)

_PEOPLE_WORD = re.compile(r"(?i:citizens?|nationals?|residents?|persons?)\b")


def _demonyms_named(words: str) -> str:
    """Words before whom a post is open to, a country's people as its name ("US or
    Canadian" -> "US or Canada"): only there, as "German" before "preferred" is as often
    the language."""
    if not _DEMONYM.search(words):
        return words
    return _DEMONYM.sub(lambda m: country_name(_DEMONYM_OF[m[1].lower()]), words)


def _limit_places(text: str, clock: str) -> list[str]:
    """`read_places` of the words that limit remote work, where an abbreviated bloc counts
    too ("Remote (SEA-based)", a field's "Remote: SEA"); elsewhere "SEA" is as often
    Seattle ("SF, SEA, NYC")."""
    places = read_places(text, clock=clock) or _a_coast(text)
    if "SEA" in text and _SOUTH_EAST_ASIA.search(text):
        places = list(dict.fromkeys([*places, "South-East Asia"]))
    return places


def _a_language(text: str, m: re.Match[str]) -> bool:
    """Whether a code is paired with English, as a translator's languages are."""
    return bool(
        _PAIRED_BEFORE.search(text, max(0, m.start() - 6), m.start())
        or _PAIRED_AFTER.match(text, m.end())
    )


def _hours_bounded(words: str) -> bool:
    """Whether words of working hours bound a window: two ends, "±3", "within 2 hrs",
    or the working day by the zone's clock ("overlap with 9–5 GMT")."""
    windows = (m for m in _CODE.finditer(words) if m["window"])
    bounded = _WITHIN_HOURS.search(words) or _DAY_HOURS.search(words)
    return bool(bounded) or any(m["b"] or _plus_minus(m) for m in windows)


def _reach(clock: str) -> float:
    """Hours either side of a zone its words allow: "within 2/3 hrs", an overlap (of so
    many hours: "overlap 2h with CET" reaches further than "4 hours overlap")."""
    within = _WITHIN_HOURS.search(clock) if clock else None
    if within:
        return float(max(within.groups(default="0"), key=int))
    if not clock or not _OVERLAP.search(clock):
        return 0.0
    if counted := _OVERLAP_COUNT.search(clock):
        return max(0.0, min(_OVERLAP_DAY - float(counted[1]), _OVERLAP_MOST))
    return _OVERLAP_HOURS


def _after_its_country(found: list[tuple[int, str]], start: int, code: str) -> bool:
    """Whether the place named last before `start` is in the country `code` names."""
    before = [(at, place) for at, place in found if at < start]
    return bool(before) and max(before)[1] == code


def _its_towns_state(found: list[tuple[int, str]], start: int, code: str) -> bool:
    """Whether `code` is a state of the country of the place named last before `start`
    ("Perth, WA" is Western Australia's, not Washington's)."""
    before = [(at, place) for at, place in found if at < start]
    return bool(before) and code in STATES_OF.get(max(before)[1], ())


# a town's name and the bracket before its province's letters ("Rho (", "Catania (")
_BESIDE_ITS_TOWN = re.compile(r"[^\W\d][^\W\d\s'-]*(?:[\s'-][^\W\d\s'-]+){0,3}\s*\(\s*")


def _a_province(text: str, found: list[tuple[int, str]], m: re.Match[str]) -> bool:
    """Whether a zone's two letters in brackets after a place are its province's, as an
    Italian town is written ("Catania (CT)"): no Central Time."""
    token = m["window"]  # ", MI" stays Michigan: "Milan, MI", "Florence, AL" are US towns
    before = [(at, place) for at, place in found if at < m.start()]
    if not before or token not in PROVINCES_OF.get(max(before)[1], ()):
        return False
    return _BESIDE_ITS_TOWN.fullmatch(text, max(before)[0], m.start()) is not None


# a code stands alone: a name in capitals in the list ("Tbilisi, GEORGIA", "TEXAS, OHIO")
# holds pairs of capitals that are no code ("GE", "TE")
_TWO_CAPITALS = re.compile(r"(?<![A-Za-z])[A-Z]{2}(?![A-Za-z])")


def _states_beside_states(text: str) -> dict[int, str]:
    """Where a list of states' codes holds one no country shares ("TX or CO", "CA, CO or
    TX", "NJ/DE"), each code it lists (at its start) -> the state's country: Colorado,
    California and Delaware, not Colombia, Canada and Germany."""
    found: dict[int, str] = {}
    for listed in state_lists(text):
        codes = _TWO_CAPITALS.findall(listed[0])
        if len(codes) < 2 or all(code in CODES_IN_TEXT for code in codes):
            continue
        for code in _TWO_CAPITALS.finditer(listed[0]):
            found[listed.start() + code.start()] = state_code(code[0]).partition("-")[0]
    return found


def _after_a_code(text: str, m: re.Match[str]) -> bool:
    """Whether a ", XX" follows a country code rather than a city ("US, CA, UK")."""
    before = _CODE_BEFORE.search(text, max(0, m.start() - 4), m.start())
    return before is not None and before[1] in CODES_IN_TEXT and m["state"] in CODES_IN_TEXT


def _plus_minus(m: re.Match[str]) -> float:
    """Hours a window reaches either side of its zone, written after it ("CET ±2h") or
    before it, a place naming the zone between ("+-2 EU CET")."""
    if m["pm"]:
        return float(m["pm"])
    before = _PM_BEFORE.search(m.string, max(0, m.start() - _PM_REACH), m.start())
    return float(before[1]) if before else 0.0


def _window(m: re.Match[str], reach: float = 0.0) -> str:
    """A window's label; a zone's name spans its summer time too ("CET": +1..+2);
    `reach` widens it by so many hours either side."""
    named = (ZONE_NAMES.get(end.strip(), end) for end in (m["a"], m["b"] or m["a"]))
    ends = [(utc_offset(end), end) for end in named]
    pm = _plus_minus(m) + reach
    lo = min(at for at, _ in ends) - pm
    hi = max(at + SUMMER_SHIFT.get(end.strip(), 0.0) for at, end in ends) + pm
    return window_label(lo, hi)


def window_label(lo: float, hi: float) -> str:
    """The label of the UTC offsets from `lo` to `hi` ("UTC-5..UTC-4", "UTC+1")."""
    return utc_label(lo) if lo == hi else f"{utc_label(lo)}..{utc_label(hi)}"


def clock_countries(text: str) -> Iterator[tuple[int, int, frozenset[str]]]:
    """Each working-hours window a short text names ("CET ± 2h", "UTC-3 to UTC+1"):
    where it stands and the countries it holds (`contains`). A bare two-letter zone
    ("PT", "CT") is as often a country or a US state, so it is left to them."""
    for m in _CODE.finditer(text):
        if m["window"] and len(m["window"]) > 2:
            window = _window(m)
            yield m.start(), m.end(), frozenset(c for c in UTC_SPANS if contains(window, c))
