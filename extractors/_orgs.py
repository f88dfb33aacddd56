"""Organisation names and domains, folded so a contact's employer can be matched to a
posting's company ("Kestrel Robotics GmbH" at kestrel.example is "kestrel robotics").

Matching errs towards "no": a wrong referral path costs the user more than a missed one,
so a name that is only part of another ("Acme" / "Acme Widgets") needs the domains to
agree, and short names must match exactly.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from urllib.parse import urlsplit

FUZZY_MATCH = 0.92  # token-sort ratio from which two different spellings match
SHORT_NAME = 3  # names this short match only exactly

_LEGAL = {
    "inc", "incorporated", "gmbh", "ltd", "limited", "llc", "sa", "ag", "bv", "srl",
    "pty", "plc", "corp", "corporation", "co", "kg", "nv", "sas", "spa", "oy", "ab",
    "llp", "lp", "pllc", "sarl", "se", "pvt", "ug", "sl", "company", "as", "asa", "aps",
    "oyj", "sro", "kft", "ltda", "lda", "eireli", "spk", "spj", "spp", "ska", "spzoo",
    "kk", "gk", "pte", "sdn", "bhd", "publ", "abp", "kgaa", "sau", "ou", "jsc",
    # Greece's and Cyprus's, folded: "Α.Ε.", "Ε.Π.Ε.", "Ι.Κ.Ε.", "Ο.Ε.", "Ε.Ε.", "Λτδ"
    "αε", "επε", "ικε", "οε", "εε", "λτδ",
}  # fmt: skip
# Mexico's forms end in "de C.V." or "de R.L.", folded "de cv" ("S.A. de C.V.", "S.A.P.I.
# de C.V.", "S. de R.L. de C.V."), Poland's limited company in "sp. z o.o." (a limited
# partnership's "Sp. z o.o. Sp.k." too), Denmark's and Norway's in "A/S", folded "a s":
# India's in "Private Limited": stripped whole, as "de", "sp", "a" or "private" alone may
# be part of a name
_LEGAL_TAIL = re.compile(
    r"(?:\s(?:s|sa|sab|sapi|sapib|sc)?\s?de\s(?:cv|rl))+$|\ssp\s?z\s?o\s?o(?:\s(?:spk|ska|sk))?$"
    r"|\sa\ss$|\sprivate\s(?:limited|ltd)$"
)
# Japan's, China's and Korea's forms, written onto the name without a space, before or
# after it ("株式会社メルカリ", "サイボウズ株式会社", "美团有限公司", "주식회사 카카오"), or
# abbreviated in brackets ("(株)", "㈱"): folded as `fold` folds them (Hangul decomposed)
_EAST_ASIAN_FORMS = ("株式会社", "有限会社", "合同会社", "股份有限公司", "有限公司", "주식회사")
_EAST_ASIAN_SHORT = ("株", "주")  # "(株)", "(주)": a word of their own once folded
_EAST_ASIAN_FORM = re.compile(
    "|".join(
        rf"^{form}{space}(?=\S)|(?<=\S){space}{form}$"
        for forms, space in ((_EAST_ASIAN_FORMS, r"\s?"), (_EAST_ASIAN_SHORT, r"\s"))
        for form in (re.escape(unicodedata.normalize("NFKD", f)) for f in forms)
    )
)
# whole names that say no employer: the field hidden ("Private", "Privé"), one's own
# practice, a job-seeker's status between jobs ("Between roles", "Auf Jobsuche",
# "En recherche d'emploi", "Actively looking"), or a company's type and not its name:
# none is a company anyone can be referred to
_NOT_EMPLOYERS = {
    "self", "none", "n a", "na", "student", "various", "open to work", "career break",
    "consultant", "private", "privat", "prive", "privado", "privada", "privato",
    "private practice", "in private practice", "privatpraxis", "open for work",
    "between roles", "between jobs", "between positions", "in transition",
    "career transition", "en recherche demploi", "en recherche dopportunites",
    "buscando empleo", "buscando trabajo", "en busqueda de empleo", "em busca de emprego",
    "buscando emprego", "in cerca di lavoro", "in cerca di occupazione",
    "looking for work", "looking for a job", "looking for job", "actively looking",
    "actively looking for work", "actively job hunting", "job hunting",
    # LinkedIn's company types pasted as a name ("Privately Held"): no company named
    "privately held", "self owned", "sole proprietorship",
}  # fmt: skip
# a name of only these words says the person has no employer to ask ("Stealth AI
# Startup", "Freelance Software Engineer", "Selbstständig") when one is a `_NO_EMPLOYER`
_NO_EMPLOYER = {
    "self", "employed", "selfemployed", "freelance", "freelancer", "freelancing",
    "independent", "retired", "stealth", "confidential", "undisclosed", "unemployed",
    "freiberuflich",
    "freiberufler", "selbststandig", "selbstandig", "independant", "autonomo", "autonoma",
    "sabbatical", "opportunities", "own", "independiente", "zelfstandig", "zelfstandige",
    "zzp", "zzper", "professionista", "entrepreneur", "seeking", "seeker", "jobseeker",
    "jobsuche", "jobsuchend", "arbeitssuchend", "arbeitsuchend", "werkzoekend",
    "werkzoekende", "desempleado", "desempleada", "desempregado", "desempregada",
    "disoccupato", "disoccupata",
}  # fmt: skip
_FILLER = _NO_EMPLOYER | {
    "consultant", "consulting", "contractor", "startup", "mode", "ai", "company", "my",
    "open", "to", "work", "looking", "for", "new", "career", "break", "software",
    "engineer", "developer", "designer", "web", "data", "full", "stack", "react", "libero",
    "libera", "trabajador", "trabajadora", "auto", "ondernemer", "business", "currently",
    "actively", "role", "roles", "opportunity", "job", "jobs", "position", "positions",
    "employment", "auf",
}  # fmt: skip
# words a company name may end in without naming another company ("Temporal
# Technologies" is "Temporal"), as legal suffixes; "Labs" may name a part of one
_DESCRIPTORS = {
    "technologies", "technology", "industries", "software", "platforms", "group", "holdings",
    "holding", "enterprises",
}  # fmt: skip
_SPELLED_OUT = {"tech": "technologies", "intl": "international"}  # a key, never dropped
# employers whose divisions post under their name ("Microsoft AI", "Google DeepMind"),
# and the words that name a division: any other word names another company ("Apple
# Leisure Group", as "Tower Research Capital" is no division of a "Tower")
_PARENTS = {
    "google", "alphabet", "microsoft", "amazon", "meta", "ibm", "apple", "oracle", "intel",
    "nvidia", "adobe", "salesforce", "cisco", "samsung", "sony", "siemens", "bosch", "sap",
    "hearst", "accenture", "deloitte", "pwc", "kpmg", "capgemini",
}  # fmt: skip
_DIVISIONS = {
    "ai", "research", "cloud", "azure", "data", "deepmind", "web", "services", "aws",
    "reality", "labs", "devices", "security", "health", "digital", "consulting", "ads",
    "magazines", "newspapers", "television", "media", "studios", "gaming",
}  # fmt: skip
# divisions and subsidiaries that go by their own name too, and whose they are: someone
# at Instagram works for Meta, and Meta's postings include Instagram's. Facts of
# ownership only, each the whole name ("WhatsApp Business" is matched as it is): an
# acquisition called off (Figma, never Adobe's) or a sister company under a holding
# (Waymo is Alphabet's, not Google's) has no row. A company renamed after its product,
# which lives on as its division, is here too: Square, Inc. became Block, Inc. in 2021
# and Square is Block's seller business, as Snapchat is Snap's and Basecamp 37signals'.
_OWN_NAMES = {
    "deepmind": "google", "youtube": "google", "fitbit": "google", "looker": "google",
    "kaggle": "google", "mandiant": "google",
    "azure": "microsoft", "github": "microsoft", "linkedin": "microsoft", "mojang": "microsoft",
    "npm": "microsoft",
    "aws": "amazon", "twitch": "amazon", "audible": "amazon", "zappos": "amazon",
    "facebook": "meta", "instagram": "meta", "whatsapp": "meta", "oculus": "meta",
    "trello": "atlassian", "bitbucket": "atlassian", "opsgenie": "atlassian", "loom": "atlassian",
    "tableau": "salesforce", "mulesoft": "salesforce", "slack": "salesforce",
    "heroku": "salesforce", "mailchimp": "intuit", "sendgrid": "twilio", "auth0": "okta",
    "square": "block", "cash app": "block", "afterpay": "block", "clearpay": "block",
    "snapchat": "snap", "basecamp": "37signals",
}  # fmt: skip
# one employer's other names: its legal name where it trades under another ("Nu
# Pagamentos" is Nubank, "Roofoods" Deliveroo), and its name in its home script
# ("メルカリ" is Mercari), which no rule can read (katakana spells "merukari"). The same
# employer only: a holding's other companies are not (a contact at "Alphabet" may be at
# Waymo or Verily, and cannot refer into Google), so "alphabet" has no row; a division
# or a product the employer was once named after is an ownership fact (`_OWN_NAMES`).
# Folded as `fold` folds them.
_ALSO_KNOWN_AS = {
    "nu pagamentos": "nubank", "wise payments": "wise", "stone pagamentos": "stone",
    "メルカリ": "mercari", "楽天": "rakuten", "楽天グループ": "rakuten", "サイボウズ": "cybozu",
    "ソニー": "sony", "ソニーグループ": "sony", "トヨタ自動車": "toyota", "日立製作所": "hitachi",
    "富士通": "fujitsu", "任天堂": "nintendo", "카카오": "kakao", "네이버": "naver",
    "쿠팡": "coupang", "삼성전자": "samsung electronics", "美团": "meituan", "腾讯": "tencent",
    "阿里巴巴": "alibaba", "字节跳动": "bytedance", "百度": "baidu", "华为": "huawei",
    "яндекс": "yandex", "касперский": "kaspersky",
    "roofoods": "deliveroo", "glovoapp23": "glovo", "grabtaxi": "grab",
    "stack exchange": "stack overflow",
}  # fmt: skip
# everyday words companies take as names: without a descriptor ("Linear Technology") such
# a name is as likely another company's ("Linear"), where "Procore" can be no other. The
# rule: a word of an ordinary English dictionary, in everyday use (no coinage such as
# Brex, Monzo, Procore; no surname or place alone). No word list ships in the venv, so
# the table holds the words real companies go by; extend it by that rule.
_COMMON_WORDS = {
    "linear", "mercury", "notion", "square", "stripe", "signal", "slack", "zoom", "apex",
    "atlas", "summit", "pioneer", "vertex", "spark", "pulse", "beacon", "harbor", "anchor",
    "bridge", "compass", "horizon", "matrix", "nova", "orbit", "quantum", "vector", "fusion",
    "insight", "element", "frontier", "keystone", "lantern", "marker", "source", "graphite",
    "general", "national", "united", "global", "advanced", "applied", "integrated",
    "sequoia", "ramp", "plaid", "block", "apple", "amazon", "oracle", "shell", "target",
    "gap", "chime", "affirm", "gusto", "rippling", "remote", "lattice", "loom", "front",
    "discord", "scale", "circle", "ripple", "gemini", "kraken", "amplitude", "segment",
    "snowflake", "elastic", "render", "railway", "modal", "cohere", "glean", "writer",
    "runway", "pinecone", "coda", "monday", "framer", "bolt", "lime", "bird", "wise",
    "checkout", "paddle", "starling", "octopus", "canvas", "medium", "samsara", "robinhood",
    "nextdoor", "peloton", "whoop", "ring", "nest", "mosaic", "harvest", "ledger", "anchorage",
}  # fmt: skip
# a word naming a line of business ("A24 Films", "Surge AI"): the name without it may be
# the company or another of that name, so only a site that goes by it settles which
_LINE_OF_BUSINESS = {
    "ai", "labs", "lab", "hq", "films", "studios", "studio", "health", "research", "media",
    "games", "bio", "robotics", "systems", "analytics", "security", "cloud", "data", "digital",
    "bank", "logistics", "energy", "foods", "therapeutics",
}  # fmt: skip
_LOOSE_WORDS = _LINE_OF_BUSINESS | _DESCRIPTORS  # "Linear Technology" may be "Linear"
# what a company's site adds to its name ("surgehq.ai", "getstream.io", "acmeinc.com")
_SITE_PREFIXES = ("get", "try", "join", "use", "go", "hello", "meet", "with")
_SITE_SUFFIXES = {"hq", "app", "team", "jobs", "careers", "official", "labs"} | _LEGAL
# the affixes `site_stem` drops: fewer than a site may add, as "go", "use" or "io" begin or
# end many names ("Gorgias", "Usermind", "Studio")
_STEM_PREFIXES = ("get", "try", "join")
_STEM_SUFFIXES = ("hq", "app", "labs", "inc", "team", "careers", "jobs")
_STEM_MIN = 4
_TEXT_SPAN = 4000  # the text read for the name a posting spells: its opening
_SMALL_WORDS = {"of", "for", "the", "de", "and"}  # an acronym may skip them ("MoMA" keeps "of")
_ACRONYM = re.compile(r"[A-Z][A-Za-z0-9]{2,5}")  # "IBM", "MoMA", "AWS": capitals written
_ACRONYM_OF = "an acronym of the other"  # sure from four letters: three have many meanings
# a web suffix a company writes as part of its name ("Honeycomb.io", "Rover.com", a
# country's "Kaspi.kz JSC", "Allegro.pl"), never a framework's ("Node.js")
_NAME_TLD = re.compile(r"(?<=\w)\.(?:io|ai|com|co|app|dev|net|(?!js\b)[a-z]{2})(?=\s|$)", re.I)
_PARENTHESIS = re.compile(r"\s*\([^()]*\)\s*$")  # "Amazon Web Services (AWS)"
# free-mail brands under many suffixes, then single free-mail domains
_FREE_MAIL_BRANDS = {
    "gmail", "googlemail", "yahoo", "ymail", "hotmail", "outlook", "gmx", "yandex",
    "protonmail", "aol",
}  # fmt: skip
_FREE_MAIL = {
    "live.com", "msn.com", "icloud.com", "me.com", "mac.com", "proton.me", "pm.me",
    "web.de", "mail.com", "mail.ru", "qq.com", "163.com", "126.com", "zoho.com",
    "fastmail.com", "hey.com", "tutanota.com", "tuta.io", "t-online.de", "orange.fr",
    "free.fr", "libero.it", "seznam.cz", "naver.com", "rediffmail.com",
}  # fmt: skip
# profile hosts: a link there says nothing about where someone works
_PLATFORMS = {
    "linkedin.com", "github.com", "twitter.com", "x.com", "facebook.com",
    "instagram.com", "youtube.com", "medium.com", "ycombinator.com",
}  # fmt: skip
# suffixes under which the registrable name is one label further left
_SECOND_LEVEL = {"co", "com", "org", "net", "ac", "gov", "edu", "ltd", "plc", "ne", "or"}
_SHARED_HOSTS = {"github.io", "herokuapp.com", "netlify.app", "vercel.app", "pages.dev"}


# letters that carry no accent to drop, as their writers type them without one
_PLAIN_LETTERS = str.maketrans({"ı": "i", "ł": "l", "ø": "o", "đ": "d", "ð": "d", "æ": "ae",
                                "œ": "oe", "þ": "th"})  # fmt: skip


@lru_cache(maxsize=1 << 16)  # one employer's name is folded for each of its postings
def fold(text: str) -> str:
    """Lower case without accents ("Yazılım", "Nørre" as "yazilim", "norre"), `&` as
    "and", punctuation as spaces, dots dropped."""
    plain = unicodedata.normalize("NFKD", text)
    plain = "".join(c for c in plain if not unicodedata.combining(c)).casefold()
    plain = plain.translate(_PLAIN_LETTERS)
    plain = re.sub(r"['’.]", "", plain.replace("&", " and "))
    return " ".join(re.sub(r"[\W_]+", " ", plain).split())


_OTHER_NAME = {fold(name): other for name, other in _ALSO_KNOWN_AS.items()}


@lru_cache(maxsize=1 << 16)
def normalize_org(name: str | None) -> str | None:
    """The organisation name folded, legal suffixes and "and" dropped; None if no employer."""
    folded = legal_forms(name)[-1]
    return folded if folded and not _no_employer(folded) else None


def _no_employer(folded: str) -> bool:
    words = set(folded.split())
    return folded in _NOT_EMPLOYERS or (words <= _FILLER and bool(words & _NO_EMPLOYER))


@lru_cache(maxsize=1 << 16)
def org_keys(name: str | None) -> frozenset[str]:
    """The keys under which a name is the same organisation as another's, beyond its
    normalised form: without a web suffix or a closing parenthesis ("Honeycomb.io",
    "Amazon Web Services (AWS)"), without a trailing descriptor ("Temporal
    Technologies"), abbreviations spelled out ("Kraken Tech" is "Kraken Technologies",
    but not "Kraken"), a big employer's division as the employer ("Microsoft AI") and,
    where the division goes by its own name, as itself ("Google DeepMind"; "DeepMind"
    alone is Google), another name it goes by ("Nu Pagamentos" is "Nubank",
    "メルカリ" "Mercari": `_ALSO_KNOWN_AS`), and each with its spaces dropped
    ("Matchgroup", "Match Group"), and the acronym it gives in parentheses ("AWS")."""
    given = (name or "").strip()
    plain = _PARENTHESIS.sub("", _NAME_TLD.sub("", given))
    forms: set[str] = set()
    if (short := _PARENTHESIS.search(given)) and _ACRONYM.fullmatch(short.group().strip(" ()")):
        forms.add(fold(short.group()))
    for norm in {normalize_org(name), normalize_org(plain) if plain != given else None} - {None}:
        words = str(norm).split()
        forms |= {str(norm), " ".join(_SPELLED_OUT.get(word, word) for word in words)}
        words = _less_descriptors(words)
        left = " ".join(words)
        forms |= {left, *(other for key in (str(norm), left) if (other := _OTHER_NAME.get(key)))}
        first, *division = words
        if first in _PARENTS and set(division) <= _DIVISIONS:
            forms |= {first, *(set(division) & set(_OWN_NAMES) if len(division) == 1 else ())}
        if (whole := " ".join(words)) in _OWN_NAMES:
            forms.add(_OWN_NAMES[whole])  # "DeepMind" alone is Google's
    return frozenset(forms | {form.replace(" ", "") for form in forms})


def _less_descriptors(words: list[str]) -> list[str]:
    """The words without trailing descriptors, unless only an everyday word is left that
    no ownership fact names ("Slack Technologies" is Slack, "Linear Technology" maybe not
    Linear)."""
    kept = list(words)
    while len(kept) > 1 and kept[-1] in _DESCRIPTORS:
        kept.pop()
    left = " ".join(kept)
    return words if kept != words and left in _COMMON_WORDS and left not in _OWN_NAMES else kept


def site_stem(token: str) -> str | None:
    """A site's token without what a site adds to a name ("lanternhq", "trycobble",
    "ledger-app" as "lantern", "cobble", "ledger"), when four letters or more are left;
    None when it adds nothing."""
    compact = re.sub(r"[\W_]+", "", fold(token))
    for prefix in _STEM_PREFIXES:
        if compact.startswith(prefix) and len(compact) - len(prefix) >= _STEM_MIN:
            return compact.removeprefix(prefix)
    for suffix in _STEM_SUFFIXES:
        if compact.endswith(suffix) and len(compact) - len(suffix) >= _STEM_MIN:
            return compact.removesuffix(suffix)
    return None


def legal_forms(name: str | None) -> list[str]:
    """The name folded ("the" and "and" dropped), then without each trailing legal suffix
    in turn: "The Acme Corp GmbH" is "acme corp gmbh", "acme corp", "acme" ("Corp" may be
    part of the name: a board's slug "acmecorp"); "Quetzal S.A. de C.V." is "quetzal"."""
    folded = fold(name or "")
    if not folded.isascii():
        folded = _EAST_ASIAN_FORM.sub("", folded)
    tokens = [token for token in folded.split() if token != "and"]
    tokens = tokens[1:] if tokens[:1] == ["the"] and len(tokens) > 1 else tokens
    forms = [" ".join(tokens)]
    if (tail := _LEGAL_TAIL.search(forms[0])) and tail.start():
        tokens = forms[0][: tail.start()].split()
        forms.append(" ".join(tokens))
    while len(tokens) > 1 and tokens[-1] in _LEGAL:
        tokens.pop()
        forms.append(" ".join(tokens))
    return forms


def org_domain(url_or_email: str | None) -> str | None:
    """The registrable-ish domain of a URL, host or e-mail; None for free mail and
    profile hosts, which say nothing about an employer."""
    text = (url_or_email or "").strip().lower()
    if "@" in text and "://" not in text:
        text = text.rsplit("@", 1)[1]
    try:
        host = urlsplit(text if "://" in text else f"//{text}").hostname or ""
    except ValueError:
        return None
    labels = [label for label in host.split(".") if label]
    if len(labels) < 2:
        return None
    size = 3 if labels[-2] in _SECOND_LEVEL and len(labels[-1]) == 2 else 2
    size += ".".join(labels[-2:]) in _SHARED_HOSTS
    if len(labels) < size:
        return None
    domain = ".".join(labels[-size:])
    free = labels[-size] in _FREE_MAIL_BRANDS or domain in _FREE_MAIL
    return None if free or domain in _PLATFORMS else domain


def _domains_agree(a: str | None, b: str | None) -> bool | None:
    """True/False when both domains are known (same name under any suffix agrees)."""
    if a is None or b is None:
        return None
    return a == b or a.split(".")[0] == b.split(".")[0]


def _part_of(a: str, b: str) -> bool:
    """The words of one name are a strict subset of the other's ("acme" / "acme widgets")."""
    words_a, words_b = set(a.split()), set(b.split())
    return words_a < words_b or words_b < words_a


def _by_domain(agree: bool | None, score: float, otherwise: str) -> tuple[bool, float, str]:
    """A match when the domains agree, else no match for the reason given."""
    return (True, score, "same domain") if agree else (False, score, otherwise)


def same_org(
    a: str | None,
    b: str | None,
    *,
    domain_a: str | None = None,
    domain_b: str | None = None,
) -> tuple[bool, float, str]:
    """Whether two organisation names are the same organisation: (match, score, reason).

    `score` is rapidfuzz's token-sort ratio of the normalised names in 0..1. Domains
    (a URL, host or e-mail for each side) decide what names cannot: they must agree for
    a name that is part of the other, and disagreeing ones veto a fuzzy match. Names
    of three characters or fewer match only exactly.
    """
    na, nb = normalize_org(a), normalize_org(b)
    agree = _domains_agree(org_domain(domain_a), org_domain(domain_b))
    if na is None or nb is None:
        return _by_domain(agree, 0.0, "no organisation name")
    from rapidfuzz import fuzz  # here: a config names sources that import this module

    score = fuzz.token_sort_ratio(na, nb) / 100
    if na == nb:
        return True, 1.0, "same normalised name"
    if agree is False:
        return False, score, "different domains"
    if org_keys(a) & org_keys(b):
        return True, score, "a name it also goes by"
    if _acronym_of(a, b) or _acronym_of(b, a):
        return True, score, _ACRONYM_OF
    if min(len(na), len(nb)) <= SHORT_NAME:
        return False, score, "short name, not exact"
    if _part_of(na, nb):
        return _by_domain(agree, score, "one name is part of the other")
    if score >= FUZZY_MATCH:
        return True, score, f"similar names ({score:.2f})"
    return _by_domain(agree, score, "different names")


def _initials(name: str | None) -> set[str]:
    """A name's initials, with and without its small words ("moma", "mma")."""
    words = (normalize_org(_PARENTHESIS.sub("", name or "")) or "").split()
    if len(words) < 2:
        return set()
    return {"".join(w[0] for w in words), "".join(w[0] for w in words if w not in _SMALL_WORDS)}


def _acronym(name: str | None) -> str | None:
    """The acronym a name is, or its employer's is ("IBM Research"): three to six
    letters, two or more written as capitals ("IBM", "MoMA", "AWS"); lower-cased."""
    word = next(iter((name or "").split()), "")
    whole = word == (name or "").strip() or word.lower() in org_keys(name)
    capitals = sum(c.isupper() for c in word)
    return word.lower() if whole and capitals >= 2 and _ACRONYM.fullmatch(word) else None


def _acronym_lengths(*names: str | None) -> set[int]:
    return {len(acronym) for name in names if (acronym := _acronym(name))}


def _acronym_of(written: str | None, name: str | None) -> bool:
    """ "IBM" is International Business Machines, "MoMA" the Museum of Modern Art."""
    return (_acronym(written) or "-") in _initials(name)


@lru_cache(maxsize=1 << 16)
def near_keys(name: str | None) -> frozenset[str]:
    """Keys under which a name may be another's, to check with `path_match`: its
    `org_keys`, itself without a last line-of-business word ("A24 Films" may be "A24"),
    its initials of three letters or more, and itself as an acronym (`mirrored`)."""
    norm = normalize_org(name)
    if norm is None:
        return frozenset()
    words = norm.split()
    loose = {" ".join(words[:-1])} if len(words) > 1 and words[-1] in _LOOSE_WORDS else set()
    loose |= {stem} if len(words) == 1 and (stem := site_stem(norm)) else set()
    spelled = {f"initials:{key}" for key in _initials(name) if _ACRONYM.fullmatch(key.upper())}
    acronym = {f"acronym:{key}" for key in {_acronym(name)} - {None}}
    return org_keys(name) | loose | spelled | acronym


def mirrored(keys: frozenset[str]) -> frozenset[str]:
    """`near_keys` to look up: an acronym is found under the initials of another name,
    and initials under an acronym, never initials under initials (two names of the same
    initials are no candidates)."""
    swap = {"initials": "acronym", "acronym": "initials"}
    return frozenset(
        f"{swap[kind]}:{key}" if key else kind for kind, _, key in (k.partition(":") for k in keys)
    )


def site_says(site: str | None, name: str | None) -> bool | None:
    """Whether a posting's site (its domain's name, its board's token) names this
    organisation: True when it spells the name, web affixes aside ("surgehq",
    "getstream", a board's "acme1"); False when it spells the name and another word
    ("sagehealth": a company of the same first name); None when it names something
    else (a blog, a form)."""
    if not site:
        return None
    compacts = {key.replace(" ", "") for key in org_keys(name)}
    for compact in compacts:
        rest = site.removeprefix(compact) if site.startswith(compact) else None
        before = site.removesuffix(compact) if site.endswith(compact) else None
        if rest is not None and (rest in _SITE_SUFFIXES or rest.isdigit() or not rest):
            return True
        if before in _SITE_PREFIXES:
            return True
    return False if any(site.startswith(c) and len(c) > SHORT_NAME for c in compacts) else None


def path_match(
    company: str | None,
    organisation: str | None,
    *,
    site: str | None = None,
    domain_a: str | None = None,
    domain_b: str | None = None,
) -> tuple[bool, str] | None:
    """Whether a contact's organisation is a posting's company: (sure, why), or None.

    Unsure when only the name says so and a stronger signal doubts it: the domains
    differ, the posting's site names more than the name ("Sage" at sagehealth.com), or
    the names differ by a line-of-business word ("Modal", "Modal Labs") that no site
    settles. Sure when `same_org` is, or when the posting's site goes by the contact's
    name (Radar Labs at radar.com); none when it goes by the posting's longer name (Neon
    Health at neonhealth.com is no path through someone at Neon). A site that spells
    the posting's shorter name says nothing of the contact's longer one: Notion at
    notion.so may be Notion Labs, so unsure."""
    match, _, reason = same_org(company, organisation, domain_a=domain_a, domain_b=domain_b)
    agree = _domains_agree(org_domain(domain_a), org_domain(domain_b))
    if match:
        if agree is False:
            return False, "maybe another company of that name: its domain differs"
        if site_says(site, organisation) is False and site_says(site, company) is not True:
            return False, f"maybe another company of that name: the posting's site is {site}"
        if (
            reason == _ACRONYM_OF
            and not agree
            and SHORT_NAME in _acronym_lengths(company, organisation)
        ):
            return False, f"maybe another company: {company} or {organisation}"
        return True, reason
    if agree is not False and _is_site_name(company, site) and site_says(site, organisation):
        if _prefixed(str(site), organisation):  # "Getaround" may be "get" + "Around", or a name
            return False, f"maybe another company: {company} or {organisation}"
        return True, f"its site goes by {organisation}"  # "Lanternhq" is the board's token
    shorter = _less_a_business_word(company, organisation)
    if shorter is None or agree is False:
        return None
    if site_says(site, organisation):
        return True, f"its site goes by {organisation}"
    if shorter == organisation and site_says(site, company):
        return None  # the posting's company goes by its longer name, not the contact's
    longer = company if shorter == organisation else organisation
    return False, f"maybe another company: {longer} or {shorter}"


def _is_site_name(company: str | None, site: str | None) -> bool:
    """The company's name is only its site's token, as a board capitalises it: the board
    named it, not the poster ("TryHackMe", capitals inside, is a name someone wrote)."""
    name = (company or "").strip()
    return bool(site) and _compact(name) == site and name[1:] == name[1:].lower()


def _prefixed(site: str, name: str | None) -> bool:
    """The site spells the name after a word a site may put before it ("trycobble"): a
    word many names begin with as well ("Getaround", "Getwell")."""
    compacts = {key.replace(" ", "") for key in org_keys(name)}
    return any(site.removesuffix(c) in _SITE_PREFIXES for c in compacts if site.endswith(c))


def name_stem(company: str, text: str = "") -> str | None:
    """The `site_stem` of a company named only by its site's token ("Lanternhq",
    "lantern-app" as "lantern"), or None when the name is written as a name: with
    capitals inside ("TryHackMe") or whole in the posting's text ("Getaround is
    hiring": its "get" is no affix)."""
    name = company.strip()
    stem = site_stem(name) if " " not in name and name[1:] == name[1:].lower() else None
    if stem is None:  # most names: no affix, so no text to read
        return None
    written = re.compile(rf"(?<![\w.]){re.escape(name)}(?![\w-]|\.\w)", re.IGNORECASE)
    return None if written.search(text[:_TEXT_SPAN]) else stem


def _less_a_business_word(a: str | None, b: str | None) -> str | None:
    """The name (as given) that is the other without its last, line-of-business word (a
    web suffix aside: "Kaspi.kz", "Kaspi Bank")."""
    na, nb = (normalize_org(_NAME_TLD.sub("", name or "")) or "" for name in (a, b))
    for short, norm_short, norm_long in ((a, na, nb), (b, nb, na)):
        words = norm_long.split()
        if norm_short and words[:-1] == norm_short.split() and words[-1] in _LOOSE_WORDS:
            return short
    return None


_WORD_SPAN = re.compile(r"[^\W_]+(?:['’.&][^\W_]+)*")


def _compact(text: str) -> str:
    return re.sub(r"[\W_]+", "", fold(text))


def board_company(token: str, text: str = "", *, within: int = _TEXT_SPAN) -> str:
    """The company a board token stands for, where the board states no name (Lever, Ashby).

    The name as the posting spells it when it is the token with its spaces back
    ("Match Group" for `matchgroup`, "Tidewater Analytics" for `tidewater-analytics`), or
    the token without a site's affix ("Cobble" for `trycobble`), searched in the first
    `within` characters; else the token's words capitalised.
    """
    words = list(_WORD_SPAN.finditer(text[:within]))
    for target in (_compact(token), site_stem(token)):
        if target and (spelled := _spelled(target, words, text)):
            return spelled
    return " ".join(word.capitalize() for word in re.split(r"[-_\s]+", token) if word)


def _spelled(target: str, words: list[re.Match[str]], text: str) -> str | None:
    """The first run of up to four words that spells the target, as the text writes it."""
    for i, first in enumerate(words):
        joined = ""
        for last in words[i : i + 4]:
            joined += _compact(last.group())
            if not target.startswith(joined):
                break
            if joined == target:
                return text[first.start() : last.end()]
    return None
