"""What matching needs of one posting, read once with its features (`Keys`).

Companies compare by their normalised name, also with its spaces and legal suffixes
kept together ("Data Corp" is "DataCorp", "Swift Corp GmbH" meets "swiftcorp"); titles
without a board's qualifiers, pay and spam ("(100% Remote)", "($90/hr)", "Urgent", "Top
Pay"), developer and engineer as one trade; places by what they name ("US-Remote" is
"United States", "NYC" is "New York", "CET ± 2h" the countries in those hours, "Berlin"
is not "Munich"); URLs without tracking, with the job ids the sources declare.

Apart from `warehouse.dedupe`, which compares the keys: a change to how postings are
compared clusters them again without reading every posting again.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache, lru_cache
from pathlib import Path
from urllib.parse import parse_qsl, urlencode

from extractors._contract import JobIds
from extractors._joburls import AGGREGATOR_BOARDS, DeclaredIds, aggregator_key, job_key
from extractors._orgs import (
    fold,
    legal_forms,
    name_stem,
    near_keys,
    normalize_org,
    org_keys,
    site_stem,
)
from warehouse.ranking._text import longest_first, lowered, spaced
from warehouse.ranking.foreign_titles import CJK_FIELDS, CJK_HEADS
from warehouse.ranking.hosts import ats_token, site_name
from warehouse.ranking.regions import (
    BLOCS,
    CA_PROVINCES,
    CITY_OF,
    CODES_IN_TEXT,
    DISTRICT_OF,
    PLACE_OF,
    PROVINCE_COUNTRY,
    PROVINCE_OF,
    PROVINCE_SIGN,
    SAME_CITY,
    STATE_OF,
    STATE_OF_CITY,
    US_STATES,
    place_matches,
)
from warehouse.ranking.remote import clock_countries

_TRACKING = re.compile(r"utm_|lever-|(?:gh_src|ref|source)$")
# qualifiers a board adds where it likes: "(100% Remote)", "- Contract-to-hire", "(m/w/d)",
# "(H/F)", "Top Pay", and in the languages boards write them: "Remote möglich", "(Vollzeit)",
# "Remoto"
_QUALIFIER = re.compile(
    r"\b(?:(?:100\s*%\s*|fully\s+)?remote(?:\s+(?:möglich|possible|posible))?"
    r"|contract(?:[ -]to[ -](?:hire|perm))?|freelance|hybrid|worldwide|anywhere|on-?site"
    r"|(?:full|part)[ -]?time|(?:voll|teil)zeit"
    r"|home\s*office|télétravail|teletrabajo|remoto|cdi|cdd"
    r"|[mfwdh]\s*/\s*[mfwdh](?:\s*/\s*[mfwdx])?|all\s+genders"
    r"|urgent(?:ly)?|(?:now\s+)?hiring(?:\s+now)?|immediate(?:\s+start)?|asap"
    r"|apply\s+(?:now|today)|(?:top|great|high|competitive)\s+(?:pay|salary)|new)\b"
)
_QUALIFIER_ANY_CASE = re.compile(_QUALIFIER.pattern, re.IGNORECASE)
# the terms a title's tail may state, read in tails only (rare, so not on every title):
# "- 6 month contract", "- C2H", "- 12-month Fixed Term", "- Outside IR35", "- Maternity Cover"
_TERMS = re.compile(
    r"\b(?:c2h|temp[ -]to[ -]perm|fixed[ -]term|befristet|\d+\+?[ -]?(?:months?|weeks?|monate"
    r"|mois|meses)|(?:(?:in|out)side\s+)?ir35|(?:maternity|paternity|parental)(?:\s+leave)?"
    r"\s+cover)\b",
    re.IGNORECASE,
)
# a shift or schedule a title states ("- Night Shift", "(Weekends)", "2nd Shift",
# "Nachtschicht", "turno de noche"): when the work is done, not what it is, so the role is
# read without it and the shift kept apart (`Keys.shift`): one board may leave it out,
# while a day and a night opening of one title are two jobs. Each word by the shift it
# names; a bare "shift" names none ("(SHIFT)"), and before a role word is one ("Shift Lead")
_SHIFT_OF = dict.fromkeys(("night", "nights", "overnight", "overnights", "graveyard", "3rd",
    "third", "nacht", "noche", "nocturno", "nuit"), "night")  # fmt: skip
_SHIFT_OF |= dict.fromkeys(("evening", "evenings", "swing", "late", "2nd", "second", "spät",
    "spaet", "tarde", "soir"), "evening")  # fmt: skip
_SHIFT_OF |= dict.fromkeys(("day", "days", "morning", "mornings", "early", "1st", "first",
    "früh", "frueh", "tag", "mañana", "manana", "jour", "matin"), "day")  # fmt: skip
_SHIFT_OF |= dict.fromkeys(("afternoon", "afternoons"), "afternoon")
_SHIFT_OF |= dict.fromkeys(("weekend", "weekends", "wochenend", "week-end"), "weekend")
_SHIFT_OF |= dict.fromkeys(("weekday", "weekdays"), "weekday")
_SHIFT_OF |= dict.fromkeys(("rotating", "rotation", "wechsel"), "rotating")
_SHIFT_OF |= {"fin de semana": "weekend"}
_WHEN = "|".join(sorted(map(re.escape, _SHIFT_OF), key=len, reverse=True))
# "Evenings & Weekends", "Weekend Night"
_WHENS = rf"(?:{_WHEN})(?:(?:\s*(?:&|/|,|\+)\s*|\s+(?:and\s+)?)(?:{_WHEN}))*"
_SHIFT_ROLE = r"(?:lead|leader|supervisor|manager)\b"  # "Night Shift Lead" is a Shift Lead
_SHIFT = re.compile(
    # anywhere: "Night Shift Nurse", "Weekend/Evening Shifts", "2nd Shift", "Nachtschicht",
    # "im Schichtdienst", "turno de noche", "(poste de nuit)", "Agent de nuit"
    rf"\b(?:{_WHENS})[\s-]+(?:shifts?\b(?!\s*{_SHIFT_ROLE})|(?=shift\s*{_SHIFT_ROLE}))"
    # "Night Supervisor" is the Night Shift Supervisor (`_without_shift` puts "shift" back);
    # only the words that name no other thing before a role: not "Day", "Early", "Tag"
    rf"|\b(?P<bare>(?:night|overnight|evening|weekend|swing|graveyard)s?)[\s-]+(?={_SHIFT_ROLE})"
    rf"|\b(?:i[mn]\s+)?(?:{_WHEN})?schicht(?:dienst|arbeit|betrieb)?\b"
    rf"|\b(?:turno|équipe|equipe|poste|horario)\s+(?:de\s+)?(?:{_WHEN})\b|\bde\s+nuit\b"
    # a whole tail only: "- Overnight", "(Weekends)", ", Days", "(SHIFT)", "- Shift work"
    rf"|(?:\s[-–—]\s|\(|,)\s*(?:{_WHENS}|shifts?(?:\s+work)?)(?:\s+only)?\s*"
    r"(?:\)|(?=\s[-–—]\s|,|$))",
    re.IGNORECASE,
)
_SHIFT_WORD = re.compile(rf"\b(?:{_WHEN})", re.IGNORECASE)
# the words `_SHIFT` needs one of, looked up first: its scan costs 30 µs a title
_SHIFT_SKIM = frozenset({"shift", "shifts", "turno", "équipe", "equipe", "poste", "horario"})
_SHIFT_SKIM |= {when for when in _SHIFT_OF if when.isalnum()} | {"week", "semana"}
# one trade under two names ("Python Developer" on one board, "Python Engineer" on another),
# also as a board in another language names it ("Frontend-Entwickler", "Développeur")
_SPELLING = {"sr": "senior", "snr": "senior", "jr": "junior", "jnr": "junior"}
_SPELLING |= {"sénior": "senior", "sênior": "senior"}
_SPELLING |= {"internship": "intern", "developer": "engineer", "dev": "engineer"}
# a German board's intern and working student ("Praktikant (m/w/d)", "Werkstudentin"), whom
# an English one calls "Intern" and "Working Student" (`_WORKING_STUDENT`): two levels
_SPELLING |= dict.fromkeys(("praktikant", "praktikantin", "praktikum"), "intern")
_SPELLING |= {"werkstudentin": "werkstudent", "entwicklung": "development"}
_SPELLING |= {"ml": "machine learning"}
_SPELLING |= dict.fromkeys(
    ("entwickler", "entwicklerin", "développeur", "développeuse", "developpeur", "desarrollador",
     "desarrolladora", "sviluppatore", "ontwikkelaar", "programador", "programadora"),
    "engineer",
)  # fmt: skip
# a title a board writes in Spanish, French, Portuguese, Italian or German names the same
# role in other words and order ("Ingeniero de Software Senior", "Ingénieur Logiciel"):
# its trade and the words roles are made of, the small words between them dropped
_SPELLING |= dict.fromkeys(
    ("ingeniero", "ingeniera", "ingénieur", "ingénieure", "ingenieur", "ingenieurin",
     "ingegnere", "engenheiro", "engenheira"),
    "engineer",
)  # fmt: skip
_SPELLING |= {"logiciel": "software", "datos": "data", "données": "data", "dados": "data"}
_SPELLING |= {"dati": "data", "analista": "analyst", "gerente": "manager", "producto": "product"}
_SPELLING |= {"produit": "product", "produto": "product", "prodotto": "product"}
# a title in Japanese, Korean or Chinese joins its level, field and trade in one word
# ("シニアバックエンドエンジニア", "后端开发工程师"): each spelled in English as
# `foreign_titles` reads them, so the trade is one in any language ("サーバーサイド" is
# "バックエンド", "後端開發工程師" "後端工程師") and the level is read ("資深" is senior)
_CJK_SPELLING = {word: english.lower() for word, english in (CJK_FIELDS | CJK_HEADS).items()}
_CJK_SPELLING |= dict.fromkeys(("シニア", "시니어", "高级", "高級", "资深", "資深"), "senior")
_CJK_SPELLING |= dict.fromkeys(("ジュニア", "주니어", "初级", "初級"), "junior")
_CJK_SPELLING |= {"リード": "lead"}
_CJK_WORD = re.compile("|".join(longest_first(_CJK_SPELLING)))
_JOINING = frozenset({"de", "del", "des", "du", "di", "da"})  # not "do": "What You'll Do"
# the parts of software a title names before or after its trade: with one of them, "software"
# says nothing more ("Software Engineer, Backend" is the "Backend Engineer"); not "Data" nor
# "Platform", whose engineers are trades of their own
_SOFTWARE_PART = frozenset({"backend", "frontend", "fullstack", "mobile", "ios", "android", "web"})
# the mobile platforms: one of them says which mobile ("Software Engineer, Mobile (iOS)" is the
# "iOS Engineer"), while both ("Mobile (iOS/Android)") or none keep "mobile"
_MOBILE_PLATFORMS = frozenset({"ios", "android"})
# "Sen. Data Engineer": with its dot, as "SEN" alone is a field (special educational needs)
_SEN = re.compile(r"\bsen\.(?=\s)")
# a German compound names the trade last: "Softwareentwickler" is "Software Entwickler",
# "Softwareentwicklung" "Software Entwicklung"
_TRADE_COMPOUND = re.compile(r"\B(entwickl(?:er(?:in)?|ung))\b")
_WORKING_STUDENT = re.compile(r"\bworking\s+students?\b")  # a "Werkstudent" in English
# "Front-End", "front end" and "Frontend" are one word; "Full Stack" and "Fullstack" too
_COMPOUND = re.compile(r"\b(front|back|full)[\s-]+(end|stack)\b")
# a grade written as a number ("Data Scientist 2") is the roman one another board writes
_ROMAN = dict(zip("12345678", ("i", "ii", "iii", "iv", "v", "vi", "vii", "viii"), strict=True))
# pay a board writes into a title ("($90-110/hr)", "- €80k", "(500 EUR/day)"): terms, not role
_PAY = re.compile(
    r"[$€£₹]\s*\d|\d\s*(?:k\b|[$€£₹]|(?:usd|eur|gbp|chf)\b|/\s*(?:h|hr|hour|day|d|yr|year|mo"
    r"|month)\b|(?:per|an?)\s+(?:hour|day|year|month)\b)",
    re.IGNORECASE,
)
_PAY_WORDS = 6  # a longer tail with pay in it says more than pay ("..., for $80k a year and")
# a bracketed part of a title, "(Remote, Canada)", or of an HN header's company, "(YC W21)"
_BRACKET = re.compile(r"\(([^()]*)\)")
# the dashes between a title's parts, not a word's hyphen nor one inside brackets ("(Remote
# - EU)" is one part): "Backend Engineer - Remote - EU", "Data Engineer – $90/hr – C2H"
_DASH = re.compile(r"\s+[-–—]\s+(?![^()]*\))")
# the last comma's tail: "Software Engineer, New York" (or ", Payments", a specialty)
_COMMA_TAIL = re.compile(r",([^,()]*)$")
# a company written as its domain: "Acme.io" is "Acme"
_DOMAIN = re.compile(r"\.(?:io|com|ai|co|dev|app|so|tech|net|org)$")
_LEVELS = frozenset({"senior", "junior", "lead", "principal", "staff", "intern", "head"})
_LEVELS |= {"werkstudent"}
_GRADES = frozenset({"i", "ii", "iii", "iv", "v", "vi", "vii", "viii"})
# words of a location that name no place, so sharing them is no sign of one city
_NOT_PLACES = frozenset({"remote", "hybrid", "onsite", "on", "site", "anywhere", "worldwide"})
_NOT_PLACES |= {"global", "only", "or", "and", "in", "the", "of", "based", "office", "hq"}
_NOT_PLACES |= {"headquarters", "flexible", "friendly", "first", "time", "zone", "zones"}
_NOT_PLACES |= {"timezone", "timezones", "tz", "hours"}  # "EU Timezones", "US hours"
# the area around a city as boards write it ("London Area", "Greater Lagos", "Lagos State",
# "Nairobi County") and working from home ("Remote (Work from home)"): the city alone
_NOT_PLACES |= {"area", "greater", "metropolitan", "metro", "state", "county", "region"}
_NOT_PLACES |= {"work", "from", "home", "wfh"}
# a Chinese, Japanese or Korean address writes its levels without spaces, each ending in its
# sign: "東京都港区" is Tokyo (都) and its ward 港区, "上海市浦东新区" Shanghai (市) and a
# district. Cut after a prefecture's or city's sign and dropped, a prefecture or city meets
# the ward inside it ("東京都", "上海市", "서울특별시"), while two wards stay two places; a
# prefecture's or province's sign is kept, as its capital may bear its name ("静岡県静岡市")
_ADMIN_SIGN = re.compile(r"특별자치시|특별자치도|특별시|광역시|[市都府]|(?<=[県縣省])")
# a sign left alone once its place's name was read (the "都" of "東京都", "구" of "강남구")
_ADMIN_SIGNS = frozenset({"특별자치시", "특별자치도", "특별시", "광역시"})
_ADMIN_SIGNS |= frozenset("省市都道府県縣区區县町村郡구군시도")
# the prefecture or province an address names above a further part ("神奈川県横浜市",
# "广东省深圳市", "경기도 성남시"): that part says where, so the address meets one naming the
# city with its ward ("横浜市西区"); the province stays among its places, so "神奈川県" alone
# meets it too, while two cities or two wards stay two places
_OUTER = re.compile(r"([^\W\d_]{2,}?)(?:특별자치도|[省県縣府道도])(?=\s*[^\W\d_])")
# the signs of a prefecture or province ("福岡県", "吉林省"), the city of its name another
# place: a name read as a city before one is the prefecture, with its sign, which holds
# other cities ("福岡県北九州市" is not in Fukuoka); not 都 nor 府, named after their city
_PREFECTURE_SIGNS = frozenset("県縣省")
# a Korean place with its level's sign or without ("경기도" and "경기", "김포시" and "김포")
_HANGUL_LEVEL = re.compile(r"^([가-힣]{2,})[시도군구]$")
# a postcode beside its city ("London EC2A", "10115 Berlin", "Austin, TX 78701"): no place
_POSTCODE = re.compile(r"\d+|[A-Z]{1,2}\d[A-Z\d]?|\d[A-Z]{2}")
# a US region by coast, zone or name ("US East", "US-East", "East Coast", "EST", "Eastern
# Time", "Mountain West", "Rocky Mountains", "Pacific Northwest", "New England"): the US, and
# which part, so "US East" meets "EST" and "United States" but not "US West"
_US_REGION = re.compile(
    r"\b(?:u\.?s\.?a?[\s-]*(?:(east|west)(?:ern)?(?:\s+coast)?|(central|mountain))"
    r"|(east|west)[\s-]+coast|(mountain)[\s-]+(?:west|states|region)"
    r"|rocky[\s-]+(mountain)s?(?:[\s-]+(?:west|states|region))?|pacific[\s-]+north(west)"
    r"|new[\s-]+(england))\b",
    re.IGNORECASE,
)
_US_ZONE = re.compile(
    r"\b(?:(e)[sd]?t|(c)[sd]?t|(m)[sd]?t|(p)[sd]?t|(east|centr|mount|pacif)\w*(?!\W+europ))\b",
    re.IGNORECASE,
)
_US_SIDE = {"e": "us-east", "c": "us-central", "m": "us-mountain", "p": "us-west"}
_US_SIDE |= {"east": "us-east", "west": "us-west", "centr": "us-central", "central": "us-central"}
_US_SIDE |= {"mount": "us-mountain", "mountain": "us-mountain", "pacif": "us-west"}
_US_SIDE |= {"england": "us-east"}
_US_SIDES = frozenset(_US_SIDE.values())  # "Engineer, US East" names a place
# a US state a location names ("Springfield, IL", "Missouri"), kept with its places as
# "US-IL", so "Springfield, IL" and "Springfield, MO" are two places (`dedupe._other_place`)
STATE_KEYS = frozenset(f"US-{code}" for code in US_STATES)
# a Canadian province, kept as "CA-ON" beside Canada: "Ontario" alone meets "Toronto" as a
# state meets its city, while "CA" alone may still be California (`readings`)
PROVINCE_KEYS = frozenset(f"CA-{code}" for code in CA_PROVINCES)
# the words that put a place in a country: its states, provinces and sides of the US
_WHERE_KEYS = STATE_KEYS | PROVINCE_KEYS | _US_SIDES
# codes both a country's and a state's ("IL", "CA", "CO"): the state beside a US city or
# an unknown one ("Chicago, IL", "Springfield, IL"), the country beside its own ("Tel Aviv,
# IL"), and alone either ("IL": Israel and Illinois, read both ways by `readings`)
_TWO_WAY_CODES = CODES_IN_TEXT & US_STATES
TWO_WAY_STATES = frozenset(f"US-{code}" for code in _TWO_WAY_CODES)
# a province's code that is a country's too, or a word ("NL", "ON"): the province beside a
# place in Canada only ("Halifax, NS" and "St. John's, NL", not "Eindhoven, NL")
_COUNTRY_OR_WORD = CODES_IN_TEXT | {"ON"}
_CITY_STATES = frozenset({"US-NY", "US-DC"})  # named as their city: "New York", "Washington, DC"
# the US side each state keeps most of its time in, so "US East" meets "New York, NY" and
# "Atlanta, Georgia" but not "Austin, TX" (Alaska and Hawaii lie on none)
_STATE_SIDE = {
    code: side
    for side, codes in (
        ("us-east", "CT DE DC FL GA IN KY ME MD MA MI NH NJ NY NC OH PA RI SC VT VA WV"),
        ("us-central", "AL AR IL IA KS LA MN MS MO NE ND OK SD TN TX WI"),
        ("us-mountain", "AZ CO ID MT NM UT WY"),
        ("us-west", "CA NV OR WA"),
    )
    for code in codes.split()
}
# a location that says the job is remote, beside its city ("Lisbon, Portugal or Remote")
_REMOTE = re.compile(
    r"\b(?:remote|remoto|remota|télétravail|teletrabajo|home\s*office|distributed)\b", re.I
)
REMOTE_MARK = "~remote"  # kept with a location's places: no place word holds "~"
WORDS = re.compile(r"[^\W_]+")
_NON_WORD = re.compile(r"\W+")
# scheme, host (with any credentials and port), path and query of a URL, as urlsplit reads
# them but a good deal faster; what is not a URL with a host gives no key
_URL = re.compile(
    r"^[a-zA-Z][a-zA-Z0-9+.-]*://(?:[^@/?#]*@)?([^/?#:]*)(?::\d*)?([^?#]*)(?:\?([^#]*))?"
)
# the job platforms `job_key` knows, and a redirect that may wrap one: else no need to ask
_PLATFORM = re.compile(
    r"linkedin\.|indeed\.|upwork\.com|wellfound\.com|angel\.co|glassdoor\.|https?%3a"
    r"|\bhttps?:.+https?:",
    re.I,
)
# the same on a lower-cased ASCII URL (all but a few): twice as fast as ignoring case, which
# also folds a few other letters (ſ, K, İ) to ASCII ones
_PLATFORM_ASCII = re.compile(_PLATFORM.pattern)
# the remote boards whose job ids join copies (`AGGREGATOR_BOARDS`): each names its host
_AGGREGATOR = re.compile("|".join(sorted(AGGREGATOR_BOARDS)))
_SEGMENT = re.compile(r"[,;/|()]")  # "Berlin, Germany"; "Remote (EU)"; "Berlin; Munich"
# segments of an HN "Company | Role | Berlin | REMOTE | Contract | $90/h | URL" header
# that are not the role (its pay may be words: "Competitive", "DOE")
_NOT_ROLE = re.compile(
    r"https?://|www\.|[$€£₹৳]|\d\s*(?:k|/?h|hrs?|months?|weeks?)\b|\b(?:remote|onsite|on-site"
    r"|hybrid|contract|freelance|full[ -]?time|part[ -]?time|visa|salary|equity|relocation"
    r"|seeking freelancers?|seeking work|hiring|competitive|doe|market rate|negotiable"
    r"|depends on experience)\b",
    re.IGNORECASE,
)

# an agency's "our client, a fintech in Leeds, seeks": the words after name the client
_CLIENT = re.compile(
    r"\b(?:on behalf of(?: (?:our|my|a) client)?|(?:our|my) client|(?:für|fuer) (?:unseren|einen)"
    r" kunden|im auftrag (?:unseres|eines) kunden|unser kunde|(?:pour )?(?:le compte d[e'] ?)?"
    r"notre client|(?:para )?nuestro cliente|(?:voor )?onze klant)\b(?![-‑])([^.;:!?\n]{0,120})"
)
_CLIENT_CHARS = 3000  # an agency names its client first
# the client phrase ends at a comma or where the sentence goes on to the job: "seeks"
_CLIENT_END = re.compile(
    r",|\s(?:is|are|seeks?|seeking|needs?|requires?|wants?|looking|hiring|has|we|who|which"
    r"|that|and|suchen|sucht|wir|und|recherche|recherchons|cherche|recrute|nous|qui|est|et"
    r"|busca|buscamos|zoekt|zoeken|wij)\b"
)
_CLIENT_FILLER = frozenset({"is", "a", "an", "the", "ein", "eine", "einen", "un", "une", "le"})
_CLIENT_FILLER |= {"la", "una", "een", "de", "der", "die", "das", "es"}


def client_of(text: str) -> str:
    """The client an agency's text names, its first "our client, ..." phrase without
    filler words ("fintech in leeds"), or "": one agency's one title for two clients is
    two jobs."""
    low = lowered(text[:_CLIENT_CHARS])
    m = _CLIENT.search(low) if "client" in low or "kunde" in low or "klant" in low else None
    if not m:
        return ""
    phrase = m.group(1).lstrip(" ,(–—-")
    if end := _CLIENT_END.search(phrase):
        phrase = phrase[: end.start()]
    words = WORDS.findall(phrase)
    while words and words[0] in _CLIENT_FILLER:
        words.pop(0)
    return " ".join(words)


def _names_client(text: str, client: str) -> bool:
    """The client an agency names is a company's name, each word written capitalised
    ("our client, Kelpie Health, ..."), not a description ("a fintech in Leeds"): the
    agency's copy then meets the client's own posting of the job."""
    if not client:
        return False
    name = r"\W+".join(re.escape(word.capitalize()) for word in client.split())
    return re.search(rf"\b{name}\b", text[:_CLIENT_CHARS]) is not None


@dataclass(frozen=True, slots=True)
class Keys:
    """What matching needs of one posting, worked out once when it is read (the features
    step stores these beside its features) so a build only compares."""

    company: str  # normalised; "" = unknown, so it merges by exact keys only
    companies: tuple[str, ...]  # its block keys: without spaces, with each legal suffix or none
    title: str  # normalised
    levels: tuple[str, ...]
    grade: str  # the title's roman or number suffix ("ii", "3"), or ""
    requisition: str
    places: tuple[str, ...]  # every place word of the location
    place: tuple[str, ...]  # those of its first segment naming one: the most specific
    bloc: tuple[str, ...] | None  # the countries `place` names when it names no city
    url: str | None  # canonical
    apply_url: str | None  # canonical
    job_ids: tuple[str, ...]
    client: str  # the client an agency's text names (`client_of`), or ""
    site: str  # the name its employer goes by on the web, site affixes dropped (`site_of`)
    shift: str  # the shifts its title names, sorted ("night", "evening weekend"), or ""


# Keys' fields as columns of staging.posting_features
KEY_COLUMNS = (
    "company_key", "company_keys", "title_key", "levels", "grade", "requisition_key",
    "places", "place", "bloc", "url_key", "apply_key", "job_ids", "client_key",
    "site_key", "shift_key",
)  # fmt: skip


def posting_keys(
    url: str | None,
    apply_url: str | None,
    title: str | None,
    company: str | None,
    location: str | None,
    requisition_id: str | None,
    text: str | None,
    finder: JobIdFinder,
    *,
    employer: bool = False,
    poster: str = "",
) -> Keys:
    """Normalise one posting once, so pairwise checks are set and string compares.
    `poster`: who posted a community post, as "source/handle" (`poster_key`)."""
    title, company = (title or "").strip(), (company or "").strip()
    org = normalize_org(company) or ""  # "Acme" and "Acme Widgets" stay two
    words, title_places, shift = _title_words(title, org, True)
    located = _place_words(location) if location else frozenset()
    if title_places and located and not _place_words(title_places) & located:
        words = _title_words(title, org, False)[0]  # a territory: "Sales, Germany" in "Europe"
    if title_places and not located:  # "Account Executive (Dublin)" is in Dublin, and
        location = f"{title_places}, {location}" if location else title_places  # "US East"
        located = _place_words(location)
    location = location or ""
    parts = _SEGMENT.split(location)
    if "," in location and (town := _qualified_town(location)):  # "London, ON" is one place
        parts[: len(_SEGMENT.findall(town)) + 1] = [town]
    segments = [_place_words(part) for part in parts]
    compact = {_NON_WORD.sub("", fold(_DOMAIN.sub("", company.lower())))} if org else set()
    compact |= {form.replace(" ", "") for form in legal_forms(company)} if org else set()
    # the names it surely goes by: "Orbital Technologies" is Orbital, "Acme (AWS)" AWS
    compact |= {form.replace(" ", "") for form in org_keys(company)} if org else set()
    compact |= _without_country(org, located)
    # a name written as one token may be a site's ("Lanternhq", "lantern-app"), not "Acme Labs"
    compact |= {stem} if org and (stem := name_stem(company, text or "")) else set()
    client = client_of(text or "")
    compact |= {client.replace(" ", "")} if org and _names_client(text or "", client) else set()
    url_key, url_ids = finder.keys((url or "").strip())
    apply_key, apply_ids = finder.keys((apply_url or "").strip())
    site = site_of(apply_url, url, employer=employer)
    # a name of words that may be another's ("Brightpath Labs" may be "Brightpath"), when
    # its board or site goes by that name (a one-word name's stem is `name_stem`'s)
    compact |= {site} if " " in org and site and site in _compacts(company) else set()
    compact |= {poster_key(poster)} if poster and not org else set()
    named = ((part, words) for part, words in zip(parts, segments, strict=True) if words)
    place = next((_inner(part, words) for part, words in named), _NONE)
    if place and place.isdisjoint(_WHERE_KEYS) and not any(_a_code(w) for w in place):
        # a town the table does not know takes where its qualifier puts it: "Victoria, BC"
        # is in Canada, "Victoria, Australia" is not
        place |= {w for w in located if w in _WHERE_KEYS or _a_code(w)}
    # a segment alone reads "IL" as Israel's: the whole location says whether it is
    two_way = _TWO_WAY_CODES - located if "US" in located else _NONE
    bloc = _bloc(place)
    # read on a city only: a bloc meets it when it says remote (`dedupe._other_place`)
    says_remote = bloc is None and place and (_REMOTE.search(location) or _REMOTE.search(title))
    remote = {REMOTE_MARK} if says_remote else set()
    return Keys(
        company=org,
        companies=tuple(sorted(compact)),
        title=" ".join(words),
        levels=tuple(sorted(frozenset(words) & _LEVELS)),
        grade=next((w for w in words[-1:] if w in _GRADES or w.isdigit()), ""),
        requisition=_NON_WORD.sub("", (requisition_id or "").lower()),
        # read whole too: "Chicago, IL" is in Illinois, "IL" alone may be Israel
        places=tuple(sorted(frozenset().union(remote, located, *segments) - two_way)),
        place=tuple(sorted(place)),
        bloc=tuple(sorted(bloc)) if bloc is not None else None,
        url=url_key,
        apply_url=apply_key,
        job_ids=tuple(sorted(url_ids | apply_ids)),
        client=client,
        site=site,
        shift=shift,
    )


def _without_country(org: str, located: frozenset[str]) -> set[str]:
    """A local subsidiary's name without the country it ends in, when the job is in that
    country: "Savanna Foods Kenya" in Nairobi is "Savanna Foods" there. Two words at
    least are left ("Air France" is no "Air")."""
    *name, last = org.split() or [""]
    if len(name) < 2 or last in CITY_OF or PLACE_OF.get(last) not in located:
        return set()
    return {"".join(name)}


def poster_key(poster: str) -> str:
    """The company key of a community post that names no company: its poster's, so one
    person's reposts of a gig in later weeks meet ("@reddit/jane_doe"; no company's key
    holds "@"), while their other gigs stay apart as one source's other postings do
    (`dedupe._vetoed`) and one handle on two sources stays two people."""
    return "@" + poster.lower()


@lru_cache(maxsize=1 << 16)
def _compacts(company: str) -> frozenset[str]:
    """The names a company's name may be another's under (`near_keys`), without spaces."""
    return frozenset(key.replace(" ", "") for key in near_keys(company))


def site_of(*links: str | None, employer: bool = False) -> str:
    """An applicant tracker's board token in the links, else the domain's name of the
    employer's own page, without a site's affixes ("lanternhq", lanternhq.com and
    "lantern-hq" are "lantern"), or "": two namesakes ("Mercury" the bank and "Mercury"
    an agency) differ here. Other pages' domains are not read: a job board missing from
    `hosts` would look like an employer's."""
    site = site_name(ats_token(*links)) or (site_name(None, *links) if employer else "") or ""
    return site_stem(site) or site


@lru_cache(maxsize=1 << 16)
def _title_words(title: str, org: str, places_apart: bool) -> tuple[tuple[str, ...], str, str]:
    """Title words to compare: qualifiers dropped, sr/jr spelt out, the trade one word in
    any language ("Entwickler", "Developer", "Engineer", "エンジニア"), "software" dropped
    beside the part it names ("Backend"), "mobile" beside the one platform it names
    ("iOS"), a role written twice once, and
    of an HN "Company | Role | Berlin | REMOTE | $90/h" header only the role; with the
    places its header or tail names ("| Berlin |", "(Remote, Canada)", "- EMEA"), which
    say where, not what, the job is, taken apart if `places_apart` (not when they are a
    territory the location holds); and the shifts it names, which say when."""
    segments = title.split("|")
    header_places = []  # an HN header's "| Berlin or Remote (EU) |": where the job is
    if len(segments) > 1:
        roles = [s for s in segments if not _names_org(s, org) and not _not_role(s)]
        header_places = [s.strip() for s in segments if _names_place(s)]
        segments = roles[:1] or segments
    role = _without_employer(" ".join(segments), org)
    role, shift = _without_shift(role)
    role, places = _without_places(role) if places_apart else (role, "")
    places = ", ".join(filter(None, (*header_places, places))) if places_apart else ""
    low = _QUALIFIER.sub(" ", role.lower())
    low = low if low.isascii() else _CJK_WORD.sub(lambda m: f" {_CJK_SPELLING[m[0]]} ", low)
    low = _COMPOUND.sub(r"\1\2", low)
    low = _TRADE_COMPOUND.sub(r" \1", low) if "entwickl" in low else low
    low = _WORKING_STUDENT.sub("werkstudent", low) if "student" in low else low
    low = _SEN.sub("senior", low) if "sen." in low else low
    words = [_SPELLING.get(w, w) for w in re.findall(r"[\w+#]+", low) if w not in _JOINING]
    half = len(words) // 2  # "Java-Entwicklerin / Java-Entwickler" is one role written twice
    if half and words[0] == words[half] and words[:half] == words[half:]:
        words = words[:half]
    if words and words[-1] in _ROMAN:
        words[-1] = _ROMAN[words[-1]]
    if "software" in words and "engineer" in words and not _SOFTWARE_PART.isdisjoint(words):
        words.remove("software")
    if "mobile" in words and len(_MOBILE_PLATFORMS.intersection(words)) == 1:
        words.remove("mobile")
    return tuple(words), places, shift


def _without_employer(role: str, org: str) -> str:
    """The role without the employer a board writes after it ("Product Manager at
    Ledgerline", "Data Analyst @ Ferro Retail Ltd"); "Engineer at Scale" of another
    company keeps its words."""
    at = role.lower().rfind(" at ")
    at = max(at, role.rfind(" @ "))
    if at > 0 and org and _names_org(role[at + 3 :], org):
        return role[:at]
    return role


def _without_shift(role: str) -> tuple[str, str]:
    """The role without the shifts it names (`_SHIFT`), and those shifts by name, sorted
    ("night", "evening weekend"; "" for a bare "(SHIFT)")."""
    low = role.lower()
    if "schicht" not in low and _SHIFT_SKIM.isdisjoint(WORDS.findall(low)):
        return role, ""
    shifts = set()
    for m in reversed(list(_SHIFT.finditer(role))):
        shifts |= {_SHIFT_OF[w.lower()] for w in _SHIFT_WORD.findall(m.group(0))}
        role = role[: m.start()] + (" shift " if m["bare"] else " ") + role[m.end() :]
    return role, " ".join(sorted(shifts))


def _names_org(segment: str, org: str) -> bool:
    """An HN header segment that names the company, with or without "(YC W21)"."""
    return normalize_org(_BRACKET.sub(" ", _QUALIFIER.sub(" ", segment.lower()))) == org


def _without_places(role: str) -> tuple[str, str]:
    """The role without the bracketed, dashed or comma parts that only name places,
    qualifiers or pay ("Software Engineer, New York", "Engineer – $90/hr – Remote", but
    not ", Payments"), and those places."""
    places = []
    if "-" in role or "–" in role or "—" in role:  # a literal skims most titles
        first, *parts = _DASH.split(role)
        kept = [first]
        for part in reversed(parts):  # places gathered last first, reversed at the end
            if (rest := _place_tail(part)) is None:
                kept.insert(1, part)
            else:
                places.append(rest)
        role = " - ".join(kept)
    for m in reversed(list(_BRACKET.finditer(role))):
        if (rest := _place_tail(m.group(1))) is not None:
            role = role[: m.start()] + " " + role[m.end() :]
            places.append(rest)
    while (comma := _COMMA_TAIL.search(role)) and (rest := _place_tail(comma.group(1))) is not None:
        role = role[: comma.start()]
        places.append(rest)  # "Engineer, Berlin, Germany": Germany first, then Berlin
    return role, ", ".join(p.strip(" ,;/-") for p in reversed(places) if p.strip(" ,;/-"))


def _place_tail(tail: str) -> str | None:
    """A title's tail without its qualifiers and terms, if all it names is places (or
    nothing; a short tail stating pay names nothing); read whole first, as a qualifier
    may start a place's name ("New York")."""
    if _PAY.search(tail) and len(tail.split()) <= _PAY_WORDS:
        return ""
    rest = tail if _names_place(tail) else _TERMS.sub(" ", _QUALIFIER_ANY_CASE.sub(" ", tail))
    return rest if not rest.strip(" ,;/-") or _names_place(rest) else None


def _not_role(segment: str) -> bool:
    """A header segment that states terms or a place rather than the role."""
    bare = _QUALIFIER.sub(" ", segment.lower())
    return not bare.strip() or _names_place(segment) or bool(_NOT_ROLE.search(bare))


def _names_place(text: str) -> bool:
    """Every word of the text names a place: a city, a country's code or a bloc."""
    words = _place_words(text)
    return bool(words) and all(_is_place(w) for w in words)


def _is_place(word: str) -> bool:
    return word in BLOCS or _a_code(word) or word in _WHERE_KEYS or spaced(word) in PLACE_OF


def _a_code(word: str) -> bool:
    """A country's code as the place words keep it ("DE", "US"), not a state's key."""
    return len(word) == 2 and word.isupper()


def _url_keys(url: str, finder: JobIdFinder) -> tuple[str | None, frozenset[str]]:
    """The canonical form of a URL and the job ids it names (ATS and job platforms).

    Scheme, "www.", fragment, trailing slash and tracking parameters are dropped and the
    rest of the query is sorted, so one page shared with different tracking is one key.
    """
    parts = _URL.match(url)
    host = (parts.group(1) or "").lower().removeprefix("www.") if parts else ""
    if not parts or not host:
        return None, frozenset()
    path, raw_query = parts.group(2), parts.group(3)
    params = parse_qsl(raw_query, keep_blank_values=True) if raw_query else []
    kept = sorted((k, v) for k, v in params if not _TRACKING.match(k))
    query = f"?{urlencode(kept)}" if kept else ""
    ids = finder.ids(host, path, params)
    platform = _PLATFORM_ASCII.search(url.lower()) if url.isascii() else _PLATFORM.search(url)
    if platform and (platform_job := job_key(url)):  # LinkedIn, Indeed ... ids
        ids |= {platform_job[0]}
    if _AGGREGATOR.search(host) and (board_job := aggregator_key(url)):  # Remotive's ... ids
        ids |= {board_job}
    return host + path.rstrip("/") + query, ids


# the applicant trackers no source reads whose job links in alert mail and on careers pages
# name one job: BambooHR's `<company>.bamboohr.com/careers/123`, Workday's
# `.../job/<place>/<Title>_R12345`, iCIMS' `/jobs/1234/<title>/job`, Teamtailor's
# `/jobs/3456789-<title>`, JazzHR's `/apply/<token>/<Title>`, Breezy's `/p/<hex>-<title>`; the
# first three number jobs per company, so each id is kept with its host (`JobIds.per_host`)
TRACKER_IDS = (
    ("bamboohr", JobIds(r"^/careers/(\d+)(?=/|$)", hosts=("bamboohr.com",), per_host=True)),
    ("workday", JobIds(r"/job/(?:[^/_]+/)?[^/]+_([a-z]{0,4}[-_]?\d{3,}(?:-\d+)?)(?=/|$)",
        hosts=("myworkdayjobs.com",), per_host=True)),
    ("icims", JobIds(r"^/jobs/(\d+)(?=/|$)", hosts=("icims.com",), per_host=True)),
    ("teamtailor", JobIds(r"^/(?:[a-z]{2}(?:-[a-z]{2})?/)?jobs/(\d+)(?=-|/|$)",
        hosts=("teamtailor.com",), per_host=True)),
    ("jazzhr", JobIds(r"^/apply/(?:jobs/details/)?([a-z0-9]{8,12})(?=/|$)",
        hosts=("applytojob.com",))),
    ("breezy", JobIds(r"^/p/([0-9a-f]{12})(?=-|/|$)", hosts=("breezy.hr",))),
)  # fmt: skip


class JobIdFinder(DeclaredIds):
    """The job ids a URL names where the sources declare them (`DeclaredIds`), or where an
    applicant tracker no source reads writes them (`TRACKER_IDS`), each URL worked out
    once (apply links repeat)."""

    def __init__(self, declared: Sequence[tuple[str, JobIds]]) -> None:
        super().__init__([*declared, *TRACKER_IDS])
        self.known: dict[str, tuple[str | None, frozenset[str]]] = {}

    def keys(self, url: str) -> tuple[str | None, frozenset[str]]:
        """`_url_keys` of a URL."""
        if url not in self.known:
            self.known[url] = _url_keys(url, self)
        return self.known[url]


@lru_cache(maxsize=1 << 16)  # a few hundred places are written over and over
def _place_words(text: str) -> frozenset[str]:
    """What a location names: countries and blocs by code (US states as "US" and its
    side: "us-east"), cities
    by one name each (a ward of Tokyo beside it), a prefecture apart from the city of its
    name ("福岡県"), working hours ("CET ± 2h") by the countries inside them, and any
    other word as itself (an unknown city)."""
    words: set[str] = set()
    skim = text.lower()  # a region first: "US Central" is no clock's hours
    sides = any(side in skim for side in ("east", "west", "central", "mountain", "england"))
    for m in _US_REGION.finditer(text) if sides else ():
        words |= {"US", _US_SIDE[next(g for g in m.groups() if g).lower()]}
        text = text[: m.start()] + " " * (m.end() - m.start()) + text[m.end() :]
    for start, end, countries in clock_countries(text):
        words |= countries
        if zone := _US_ZONE.search(text, start, end):
            words |= {"US", _US_SIDE[next(g for g in zone.groups() if g).lower()]}
        text = text[:start] + " " * (end - start) + text[end:]
    low = lowered(text)
    for m in place_matches(low):
        name = spaced(m.group(0))
        if state := _state_side(name):  # "Colorado" is its state key, as "Denver, CO" holds
            words |= state | ({name} if STATE_OF[name] in _CITY_STATES else _NONE)
        elif (after := low[m.end() : m.end() + 1]) in _PREFECTURE_SIGNS:
            words |= {PLACE_OF[name], low[m.start() : m.end() + 1]}  # "福岡県", no city
        elif name in PROVINCE_COUNTRY and name not in SAME_CITY and after != "市":
            words |= {PLACE_OF[name], _signed(name)}  # "神奈川" alone: the prefecture
        else:
            town, within = _town_and_state(name)
            city = (SAME_CITY.get(town, town),) if name in CITY_OF else ()
            words |= {PLACE_OF[name], *city, *((name,) if name in DISTRICT_OF else ())}
            words |= _province_of(name, city) | _state_words(within or STATE_OF_CITY.get(name, ""))
        low = low[: m.start()] + " " * (m.end() - m.start()) + low[m.end() :]
    for m in WORDS.finditer(low):
        word, written = m.group(0), text[m.start() : m.end()]
        if written.isupper() and len(written) == 2 and written in CODES_IN_TEXT | US_STATES:
            if written in US_STATES and (written not in _TWO_WAY_CODES or _in_us(words)):
                words |= {"US", f"US-{written}", _STATE_SIDE.get(written, "US")}
            else:
                words.add("GB" if written == "UK" else written)
                if written in _TWO_WAY_CODES and not words - {written}:  # alone: either
                    words.add(f"US-{written}")
        elif written in CA_PROVINCES and ("CA" in words or written not in _COUNTRY_OR_WORD):
            words |= _state_words(f"CA-{written}")  # "Victoria, BC", "QC"; not "NL" alone
        elif word not in _NOT_PLACES and not _POSTCODE.fullmatch(written):
            # a state no town bears the name of ("Washington", "Georgia") is the state
            words |= _state_side(word) or _admin_parts(word)
    if not all(map(str.isascii, words)):
        words = {_HANGUL_LEVEL.sub(r"\1", word) for word in words}
    return frozenset(words)


def _town_and_state(name: str) -> tuple[str, str]:
    """A town the place table names with its state or province ("london, on", "bellevue,
    wa") as the town and that state's key ("london", "CA-ON"), so "London, ON" and "London,
    Ontario" are one town, in Ontario; any other name as itself, with no state."""
    town, comma, qualifier = name.partition(", ")
    code = qualifier.upper()
    state = STATE_OF.get(qualifier) or (
        f"US-{code}" if code in US_STATES else f"CA-{code}" if code in CA_PROVINCES else ""
    )
    return (town, state) if comma and state[:2] == PLACE_OF[name] else (name, "")


@lru_cache(maxsize=1 << 16)
def _qualified_town(location: str) -> str | None:
    """The town a location opens with where the place table names it with its qualifier
    ("London, ON", "Washington, D.C."): read whole, not as the namesake its first segment
    alone names ("London" in England, the state of Washington)."""
    m = next(place_matches(lowered(location)), None)
    if m is None or not _SEGMENT.search(m[0]) or _SEGMENT.search(location, 0, m.start()):
        return None
    return m[0]


def _inner(text: str, words: frozenset[str]) -> frozenset[str]:
    """A segment's places without the prefecture or province above a further part
    (`_OUTER`), as read with its sign ("愛知県"), or without where the sign is no
    prefecture's ("경기도" is "경기"), where any place is left."""
    if text.isascii():
        return words
    outer: set[str] = set()
    for m in _OUTER.finditer(text):
        outer |= {m.group(0)} if m.group(0)[-1] in _PREFECTURE_SIGNS else set(m.group(0, 1))
    inner = words - outer
    return inner or words


def _admin_parts(word: str) -> set[str]:
    """The places of a word of an address in Chinese, Japanese or Korean (`_ADMIN_SIGN`),
    else the word itself: a Japanese prefecture's or Chinese province's name alone is the
    prefecture or province ("静岡", "广东"), a city of its name is in it ("静岡市葵区": 静岡,
    葵区 and 静岡県), as a city `PROVINCE_OF` lists is in its own ("南京市": 江苏省)."""
    if word.isascii() or not _ADMIN_SIGN.search(word):
        if word in PROVINCE_COUNTRY:  # "静岡", "广东"
            return {_signed(word), PROVINCE_COUNTRY[word]}
        return set() if word in _ADMIN_SIGNS else {word, *_province_words(word)}
    parts = {part for part in _ADMIN_SIGN.split(word) if part and part not in _ADMIN_SIGNS}
    # the province of a city of its name ("静岡市": 静岡県) or of one `PROVINCE_OF` lists ("南京市")
    named = {part for part in parts if f"{part}市" in word}
    named = (named | {PROVINCE_OF.get(part, "")[:-1] for part in parts}) & PROVINCE_COUNTRY.keys()
    return parts | {_signed(name) for name in named} | {PROVINCE_COUNTRY[name] for name in named}


def _province_words(word: str) -> set[str]:
    """The province, and its country where the place table knows it, of a town written
    without its sign that `PROVINCE_OF` lists ("东莞": 广东省 in China; "용인시": 경기도 in
    Korea), so the province alone meets it; else none."""
    province = PROVINCE_OF.get(_HANGUL_LEVEL.sub(r"\1", word))
    if province is None or word.isascii():
        return set()
    country = PLACE_OF.get(province) or PROVINCE_COUNTRY.get(province[:-1])
    return {province, *((country,) if country else ())}


def _province_of(name: str, cities: tuple[str, ...]) -> frozenset[str]:
    """The prefecture or province a city of the place table lies in, as an address writes
    it: the one of its name ("福岡", "千葉市": 福岡県, 千葉県), else `PROVINCE_OF`'s ("横浜":
    神奈川県, "深圳": 广东省), so the province alone meets the city as a country meets its
    cities."""
    if (written := name.removesuffix("市")) in PROVINCE_COUNTRY:
        return frozenset({_signed(written)})
    return frozenset(PROVINCE_OF[city] for city in cities if city in PROVINCE_OF)


def _signed(name: str) -> str:
    """A prefecture's or province's name with its sign, as an address writes it ("静岡県")."""
    return f"{name}{PROVINCE_SIGN[PROVINCE_COUNTRY[name]]}"


def _state_side(name: str) -> frozenset[str]:
    """A US state's name as the US, the state and its side ("texas": US, US-TX,
    us-central), else none."""
    return _state_words(STATE_OF.get(name, ""))


def _state_words(state: str) -> frozenset[str]:
    """A US state's key ("US-TX") as the US, the state and its side, a Canadian
    province's ("CA-ON") as Canada and the province, else none: also the state of a city
    that names one only (`STATE_OF_CITY`: "Austin" is in Texas, not "Portland"; "Toronto"
    in Ontario), so a posting naming the state alone meets it as the country does."""
    if state[:3] == "CA-":
        return frozenset({"CA", state})
    if state[:3] != "US-":
        return _NONE
    return frozenset({"US", state, _STATE_SIDE.get(state[3:], "US")})


def readings(place: frozenset[str]) -> list[tuple[frozenset[str], frozenset[str] | None]]:
    """The ways a place may be read, each with its bloc (`_bloc`): "IL" alone as Israel and
    as Illinois (its country code and state key both, `_place_words`), else one way."""
    two_way = {state for state in place & TWO_WAY_STATES if state[3:] in place}
    codes = {state[3:] for state in two_way}
    sides = {_STATE_SIDE.get(code, "US") for code in codes}
    ways = [place - two_way, (place - codes) | sides | {"US"}] if two_way else [place]
    return [(way, _bloc(way)) for way in ways]


def _in_us(words: set[str]) -> bool:
    """The place words read before a code both a country's and a state's name the US or
    only places no country's code names ("Springfield"), not another country ("Tel Aviv")."""
    return "US" in words or bool(words) and not any(map(_a_code, words))


_NONE: frozenset[str] = frozenset()


@lru_cache(maxsize=1 << 16)  # places come back as the same few sets (`_place_words`)
def _bloc(place: frozenset[str]) -> frozenset[str] | None:
    """The countries a place names when it names countries and blocs only ("EU",
    "Germany"), so one inside the other is no other place."""
    if not place or not all(w in BLOCS or _a_code(w) for w in place):
        return None
    return frozenset().union(*(BLOCS.get(w, frozenset({w})) for w in place))


@cache
def version() -> str:
    """A fingerprint of these rules, so stored keys are read again after an upgrade that
    changes them."""
    return hashlib.sha256(Path(__file__).read_bytes()).hexdigest()
