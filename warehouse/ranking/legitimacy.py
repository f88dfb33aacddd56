"""How likely a posting is a real offer of work, and why (/work/shared/red-flags.md).

Two layers (§5.1). HARD vetoes come from the FTC / FBI IC3 / BBB / Upwork guidance and
match *requests* ("pay a $50 registration fee"), never lone words: bare PII, payment and
chat-app words are as common in legitimate ads as in scams (§1.3, §3.3), and a
reassurance ("we never ask for a fee") must not trip them. SOFT evidence comes from
EMSCAD, where missing employer identity, work-from-home wording and very short text are
what actually separate frauds (§3.2, §3.3); each soft flag carries its likelihood ratio.
"""

from __future__ import annotations

import math
import re
import string
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass

from warehouse.ranking.profile import RankingSettings


@dataclass(frozen=True, slots=True)
class Flag:
    """One fired rule; `evidence` is the matched snippet (at most 80 characters)."""

    code: str
    reason: str
    hard: bool
    evidence: str


@dataclass(frozen=True, slots=True)
class Assessment:
    """`legitimacy` in [0, 1]: at most 0.1 with a hard flag, above 0.1 without one."""

    legitimacy: float
    flags: tuple[Flag, ...]


# Likelihood ratio P(flag | fraud) / P(flag | legitimate) of each soft flag.
LIKELIHOOD_RATIOS: dict[str, float] = {
    "work_from_home": 11.0,  # §3.3 work-from-home / data entry: 24.1 % vs 2.2 %
    "short_text": 8.9,  # §3.3 fewer than 50 tokens: 6.2 % vs 0.7 %
    "no_employer": 4.24,  # §3.2 no company profile: 67.8 % vs 16.0 %
    "free_mail": 3.67,  # §3.4 unidentifiable employer RR 3.67; §2 flag 5 (BBB)
    "earnings_hype": 2.8,  # §3.3 earnings hype: 25.4 % vs 9.2 %
    "no_experience_high_pay": 2.58,  # §3.4 unrealistic compensation RR 2.58
    "domain_mismatch": 2.0,  # §2 flag 5, untestable on EMSCAD: judgement, under 3.67
    "url_shortener": 2.0,  # hides the target; "link" is a top fraud term (§4.3 C)
    "urgency": 1.8,  # §3.3 urgency: 14.2 % vs 8.1 % (§3.4 pressure RR 2.07)
}
_PRIOR_LOG_ODDS = math.log(866 / 17_014)  # EMSCAD: 866 frauds, 17,014 legitimate ads
_FURTHER_FLAG = 0.5  # share of its log-lift each flag after the strongest adds (§3.4)
_VETO_CAP = 0.1
_SHORT_WORDS = 50
_HIGH_HOURLY = 30.0  # judgement: far above entry-level pay, whatever the currency
_WINDOW = 60  # characters before a match searched for a negation

_SAYS = {
    "pay_to_work": "asks for a fee to start (FTC: never pay to get a job)",
    "fake_check": "asks you to deposit a check or send money on (FTC, BBB)",
    "buy_equipment": "asks you to buy equipment from its vendor (FBI IC3, Upwork)",
    "chat_app": "moves applying, interview or pay to a chat app (BBB, Upwork, FBI IC3)",
    "chat_handle": "gives a chat-app handle as the only contact (BBB, Upwork, LinkedIn)",
    "crypto_payment": "asks for crypto or gift-card payment, or to unlock tasks (FBI, FTC)",
    "personal_data": "asks for sensitive personal data up front (FTC, FBI IC3)",
    "reshipping": "asks you to receive and reship packages (FTC)",
    "no_employer": "names no employer: no company, website or company e-mail",
    "free_mail": "a company with a free-mail contact",
    "domain_mismatch": "the company does not match the link's domain",
    "url_shortener": "hides its link behind a URL shortener",
    "work_from_home": "work-from-home or data-entry wording",
    "earnings_hype": "hypes easy or guaranteed earnings",
    "no_experience_high_pay": "promises high pay for no experience",
    "urgency": "pressures you to act fast",
    "short_text": "a very short description",
}
_MACROS = {  # spelled out once, used in several patterns as <NAME>
    "GAP": r"(?:\s+[^\s.!?;]+){0,4}?\s+",  # up to four words within one clause
    "CHAT": r"(?:telegram|whats\s?app|(?:google\s+)?hangouts|wechat|viber|signal\b"
    r"(?!\s+(?:processing|strength|chain|integrity|analysis|flow|to)))",
    "CRYPTO": r"(?:crypto\w*|bitcoins?|btc|usdt|usdc|tether|ethereum|gift\s?cards?"
    r"|western\s+union|moneygram|(?:itunes|google\s+play|amazon|steam)\s+cards?)\b",
    "FEE": r"(?:fees?|(?:refundable|security|registration|training|starter|equipment)"
    r"\s+deposit|starter\s+kits?)\b",  # a <GAP> before it takes "$50 registration"
    "VENDOR": r"(?:from|through|via|at)\s+(?:our|the\s+company'?s|a|the)\s+(?:(?:approved"
    r"|preferred|recommended|designated|certified|authori[sz]ed|partner|official)\s+)?"
    r"(?:vendors?|suppliers?|providers?)\b",
    "PII": r"(?:ssn|social\s+security(?:\s+number)?|bank\s+(?:account\s+)?(?:details"
    r"|information|info|login|credentials|number)|bank\s+account|routing\s+numbers?"
    r"|date\s+of\s+birth|dob|(?:scan|copy|photo)\s+of\s+(?:your\s+)?(?:id|passport"
    r"|driver'?s?\s+licen[cs]e)|(?:id|passport)\s+(?:scan|copy|photo|number|details)"
    r"|passport|driver'?s?\s+licen[cs]e|government[\s-]issued\s+id|(?:credit|debit)"
    r"\s+card(?:\s+(?:details|number|info\w*))?|card\s+(?:details|number)|cvv)\b"
    r"(?!\s*(?:processing|payments?|industry|experience|fraud|transactions?|api|data"
    r"|integrations?|systems?|terminals?|issuing|networks?|compliance))"
    r"(?![^.!?;\n]{0,40}?\b(?:after|once|upon)\s+(?:you(?:'re|\s+are|'ve|\s+have)?\s+)?"
    r"(?:hired|an?\s+offer|the\s+offer|onboarding|sign(?:ing|ed)?\b(?!\s+up)"
    r"|accept(?:ing|ed)?\b))",  # FBI: PII after hiring ("after you sign the contract")
}


def _rx(pattern: str) -> re.Pattern[str]:
    for name, value in _MACROS.items():
        pattern = pattern.replace(f"<{name}>", value)
    return re.compile(pattern)  # matched against ASCII-lowered text: no IGNORECASE


@dataclass(frozen=True, slots=True)
class _Rule:
    """A pattern and words each of its matches contains: a substring test is far
    cheaper than a regex scan, and most postings contain none of the words."""

    anchors: tuple[str, ...]
    pattern: re.Pattern[str]

    def finditer(self, low: str) -> Iterator[re.Match[str]]:
        if any(anchor in low for anchor in self.anchors):
            yield from self.pattern.finditer(low)

    def search(self, low: str) -> re.Match[str] | None:
        return next(self.finditer(low), None)


def _rule(anchors: str, pattern: str) -> _Rule:
    return _Rule(tuple(anchors.split("|")), _rx(pattern))


_VETOES = {  # every match contains one of its anchors
    "pay_to_work": _rule(
        "fee|deposit|kit|training|background|certif|registration|onboarding",
        r"\b(?:pay|paying|send|wire|transfer|charges?|requires?"
        r"|ask(?:s|ing)?\s+(?:you\s+)?for)<GAP><FEE>"
        r"|\bpay(?:ing)?\s+(?:\w+\s+){0,2}?for\s+(?:\w+\s+){0,2}?(?:training|background"
        r"\s+checks?|certifications?|registration|starter\s+kits?|onboarding)\b"
        r"|\b(?:buy|purchase)\s+(?:\w+\s+){0,2}?(?:starter\s+kits?|training\s+courses?)\b"
        r"|[$€£]\s?\d[\d,.]*\s+(?:one[\s-]time\s+)?(?:registration|training|onboarding"
        r"|activation|application|starter|processing|certification|sign[\s-]?up)\s+fee"
        r"|<FEE>(?:\s+of\s+[$€£]?\s?\d[\d,.]*)?\s+(?:is|are)\s+(?:required|due)"
        r"|\bfees?\s+(?:to|before\s+you(?:\s+can)?)\s+(?:start|begin|get\s+started|join"
        r"|activate|be\s+hired)\b|<FEE>[^.!?;\n]{0,40}?\b(?:reimbursed|refunded)\s+(?:in"
        r"|with|on|from)\s+(?:your\s+)?first\b",
    ),
    "fake_check": _rule(
        "check|cheque|remain|difference|excess|rest of the",
        r"\b(?:deposit|cash)\s+(?:the|a|this|our|that|my)\s+(?:[\w']+\s+)"
        r"{0,2}?(?:checks?|cheques?)\b"
        r"|\bsend(?:\s+[^\s.!?;]+){0,3}?\s+(?:the\s+)?(?:remainder|remaining\s+(?:balance"
        r"|funds|amount|money)|difference|excess|rest\s+of\s+the\s+(?:money|funds))\b"
        r"|\b(?:send|mail|give|issue)\s+you\s+a\s+(?:[\w']+\s+)?(?:checks?|cheques?)\b"
        r"(?:\s+[^\s.!?;]+){0,8}?\s+(?:equipment|supplies|vendor|laptop|software|office)",
    ),
    "buy_equipment": _rule(
        "vendor|supplier|provider|check|cheque|reimburs|refund",
        r"\b(?:buy|purchase|order|pay\s+for)\b(?:\s+[^\s.!?;]+){0,6}?\s+<VENDOR>"
        r"|\b(?:equipment|laptops?|computers?|software|supplies)\s+(?:is|are|will\s+be|must\s+be)"
        r"\s+(?:purchased|bought|ordered)\s+<VENDOR>|\b(?:buy|purchase)<GAP>(?:equipment|laptops?|computers?|software|supplies)\b"
        r"[^.!?;\n]{0,40}?\b(?:checks?|cheques?|reimburs\w+|refund\w*)",
    ),
    "chat_app": _rule(
        "telegram|whats|hangouts|wechat|viber|signal",
        r"\b(?:contact|reach\s+out|dm)\s+(?:on|via|through|over|using|at|in)\s+"
        r"<CHAT>|\b(?:contact|reach(?:\s+out\s+to)?|dm|message|text|ping|add|write\s+to"
        r"|chat\s+with|talk\s+to|call)\s+(?:me|us|our\s+\w+)(?:\s+[^\s.!?;]+){0,3}?\s+"
        r"(?:on|via|through|over|using|at|in)\s+<CHAT>"
        r"|\b(?:apply|interview(?:s|ed)?|(?:get|be|are|is)\s+paid)\b(?:\s+\w+){0,3}?\s+"
        r"(?:on|via|through|over|using|in|with)\s+<CHAT>|\bdownload\s+(?:the\s+)?<CHAT>",
    ),
    "crypto_payment": _rule(
        "crypto|bitcoin|btc|usdt|usdc|tether|ethereum|gift|western|moneygram|card|unlock|boosting|optimi",
        r"\b(?:pay|deposit|send|transfer|top\s?up|recharge|buy|purchase)"
        r"\b(?:\s+[^\s.!?;]+){0,4}?\s+(?:(?:in|with|via|using|by)\s+)?<CRYPTO>"
        r"|\bpayments?\s+(?:in|via|with|using|through|by)\s+<CRYPTO>"
        r"|\b(?:deposit|recharge|top\s?up|pay|payment)\b(?:\s+[^\s.!?;]+){0,5}?\s+"
        r"(?:to\s+)?unlock\b|\bunlock\s+(?:more\s+|new\s+|the\s+next\s+|your\s+)?(?:tasks?"
        r"|orders?|commissions?|earnings|levels?)\b"
        r"|\b(?:product|order|app)\s+(?:boosting|optimi[sz]ation)\s+tasks?\b",
    ),
    "personal_data": _rule(
        "ssn|social security|bank|routing|birth|dob|passport|licen|scan|copy|photo|government"
        "|card|cvv",
        r"\b(?:send|provide|submit|include|e-?mail|attach|share|enter|give"
        r"|forward|upload|fill\s+in|ask(?:s|ing)?\s+(?:you\s+)?for)\b(?:\s+[^\s.!?;]+)"
        r"{0,5}?\s+<PII>",
    ),
    "reshipping": _rule(
        "package|parcel|shipment|reship|re-ship|forward|relabel|re-label",
        r"\b(?:receive|accept|collect)\b(?:\s+[^\s.!?;]+){0,6}?\s+(?:packages?"
        r"|parcels?|shipments?)\b[^.!?;\n]{0,60}?\b(?:re-?ship|forward|re-?send|re-?label)"
        r"|\b(?:re-?ship(?:ping)?|package\s+forwarding|parcel\s+forwarding)\s+(?:jobs?"
        r"|positions?|agents?|coordinators?|managers?|assistants?|specialists?|work)\b"
        r"|\b(?:re-?ship|forward|re-?label)\s+(?:the\s+|these\s+)?(?:packages?|parcels?"
        r"|items?|goods|them)\b[^.!?;\n]{0,40}?\b(?:overseas|abroad|internationally)",
    ),
}


def _domains(names: str) -> frozenset[str]:
    return frozenset(names.split())


_ASCII_LOWER = str.maketrans(string.ascii_uppercase, string.ascii_lowercase)
_PAYER_GUARDED = frozenset({"pay_to_work", "buy_equipment", "crypto_payment"})
_PAYS = _rx(r"(?:pay|paying|send|wire|transfer|buy|purchase|order|deposit|top|recharge)\b")
_PAYER = _rx(  # "we will pay for your training": someone else is the payer
    r"\b(?:we|i|us|company|employer|clients?|customers?|users?|merchants?|they|that"
    r"|which)(?:'ll|'re|'d)?(?:\s+[\w']+){0,2}\s*$"
)
_CLAUSE_BREAK = _rx(r"[.!?;,:\n]|\b(?:but|however|although|though|unless)\b")
_NEGATION = _rx(
    r"\b(?:no|not|never|without|nor|neither|nothing|zero|none|cannot|beware|avoid"
    r"|scams?|fraud\w*|warning|careful)\b|n't\b"
)
_NEGATED_INSIDE = _rx(r"\b(?:no|not|never|nothing|zero)\b(?!\s+(?:less|more))")
_DISCLAIMER = _rx(  # "payments in crypto are not accepted"
    r"[\s,]*(?:(?:is|are|will(?:\s+be)?|shall|would)\s+(?:not|never)\b"
    r"|(?:isn't|aren't|won't)\b)"
)
_CHAT_HANDLE = _rule(
    "telegram|whats|signal|t.me|wa.me",
    r"\b(?:telegram|whats\s?app|signal)\b\s*(?:[:\-–]|id|handle|number)?\s*"
    r"(?:@(?!\w*bot\b)\w{2,}|\+?\d[\d\s().-]{7,}\d)"
    r"|\b(?:t\.me|telegram\.me|wa\.me|chat\.whatsapp\.com)/(?!\w*bot\b)[\w/+-]+",
)
_URL = _rx(r"(?:https?://|www\.)([a-z0-9][a-z0-9.-]*\.[a-z]{2,})(/@)?")
_EMAIL = _rule(
    "@|(at)|[at]",
    r"(?<![\w.+@-])[\w.+-]+\s?(?:@|[(\[]at[)\]])\s?"
    r"([a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,})",
)
_FREE_MAIL = _domains(
    "gmail.com googlemail.com yahoo.com ymail.com hotmail.com outlook.com live.com"
    " msn.com aol.com icloud.com me.com proton.me protonmail.com gmx.com gmx.net"
    " mail.com yandex.com yandex.ru mail.ru zoho.com tutanota.com qq.com 163.com"
)
_SHORTENERS = _domains(
    "bit.ly tinyurl.com goo.gl ow.ly is.gd buff.ly rebrand.ly cutt.ly shorturl.at"
    " rb.gy tiny.cc t.co lnkd.in s.id v.gd adf.ly"
)
_NOT_EMPLOYER = (  # ATS, job boards, communities, chat links: they host, not employ
    _FREE_MAIL
    | _SHORTENERS
    | _domains(
        "greenhouse.io lever.co ashbyhq.com workable.com smartrecruiters.com"
        " recruitee.com myworkdayjobs.com bamboohr.com breezy.hr jobvite.com"
        " teamtailor.com personio.de ycombinator.com reddit.com redd.it remotive.com"
        " weworkremotely.com wellfound.com linkedin.com indeed.com upwork.com"
        " fiverr.com github.com gitlab.com medium.com mastodon.social fosstodon.org"
        " hachyderm.io infosec.exchange mas.to mstdn.social techhub.social t.me"
        " telegram.me wa.me whatsapp.com docs.google.com forms.gle"
    )
)
_COMMUNITY_SOURCES = frozenset({"hackernews", "reddit", "mastodon"})
_LEGAL_SUFFIXES = _domains(
    "inc incorporated llc ltd limited gmbh ag corp corporation co company plc sa sas"
    " sarl srl bv nv oy ab as aps pty pte kg ug the"
)
_NO_NAME = _domains("confidential na none unknown private stealth") | {""}
_SECOND_LEVEL = _domains("co com org net ac gov")
_WORD = _rx(r"[a-z0-9]+")
_COMPANY_VOICE = _rx(r"\bour\s+(?:company|firm|agency|corporation|hr)\b")
# data entry as the work a job takes away ("replacing data entry with Python"), not the job
_REMOVED_BY = "".join(
    f"(?<!{verb} )"
    for stem in ("automat", "replac", "eliminat", "reduc")
    for verb in (f"{stem}e", f"{stem}es", f"{stem}ing")
)
_LEXICAL = {
    "work_from_home": _rule(
        "home|entry",
        r"\bwork(?:ing)?[\s-]+(?:from|at)[\s-]+home\b(?![\s-]+(?:stipend|allowance"
        r"|budget|set-?up|equipment|days?|policy|options?|fridays?))|\bhome[\s-]based\b"
        rf"|\b{_REMOVED_BY}data[\s-]entry\b(?<!manual data entry)"
        r"(?!\s+(?:forms?|screens?|tools?|automation))"
        r"|\bstay[\s-]at[\s-]home\b|\bcomfort\s+of\s+your\s+(?:own\s+)?home\b",
    ),
    "earnings_hype": _rule(
        "earn|make|guarantee|unlimited|extra|money|cash|boss|freedom",
        r"\b(?:earn|make)\s+(?:up\s+to\s+|over\s+|more\s+than\s+)?[$€£]\s?\d[\d,.]*k?"
        r"\+?\s*(?:/|per|an?|each|every)\s*(?:day|week)\b|\b(?:earn|make)\s+up\s+to\s+"
        r"[$€£]|\bguaranteed\s+(?:income|pay|earnings|salary|money|profits?)\b"
        r"|\bunlimited\s+(?:earning|income|pay|commission)s?\b|\bextra\s+(?:cash|income)"
        r"\b|\b(?:easy|fast|quick)\s+(?:money|cash)\b|\bbe\s+your\s+own\s+boss\b"
        r"|\bfinancial\s+freedom\b",
    ),
    "urgency": _rule(
        "urgent|start|immediate|limited|slot|spot|seat|act |asap|hurry",
        r"\burgent(?:ly)?\b|\bstart\s+(?:today|immediately|right\s+away|now)\b"
        r"|\bimmediate\s+start\b|\blimited\s+(?:slots?|spots?|seats?|openings?)\b"
        r"|\bonly\s+\d+\s+(?:slots?|spots?|seats?)\b|\bhired\s+on\s+the\s+spot\b"
        r"|\bon[\s-]the[\s-]spot\s+(?:hiring|offers?)\b|\bact (?:fast|now|quickly)\b"
        r"|\basap\b|\bhurry\b",
    ),
}
_NO_EXPERIENCE = _rule(
    "experience|anyone",
    r"\bno\s+(?:prior\s+|previous\s+)?experience\b|\bexperience\s+(?:is\s+)?not\s+"
    r"(?:needed|necessary|required)\b|\banyone\s+can\s+(?:do\s+(?:it|this)|apply)\b",
)
_PAY = _rx(
    r"[$€£]\s?(\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?\s*(k)?\+?\s*(?:/|per\s+|an?\s+|each\s+)"
    r"(hour|hr|h|day|week|wk|month|mo)\b|\b(?:high|top|great|excellent)[\s-]pay(?:ing)?\b"
)
_HOURS = {  # per unit, by its first letter: hour, day, week, month
    "h": 1.0,
    "d": RankingSettings.hours_per_day,
    "w": RankingSettings.hours_per_week,
    "m": RankingSettings.hours_per_month,
}


def assess(
    *,
    title: str | None,
    company: str | None,
    text: str,
    url: str | None = None,
    apply_url: str | None = None,
    poster: str | None = None,
    source: str | None = None,
) -> Assessment:
    """Score one posting: hard vetoes, then soft evidence, each flag with its reason.

    On HN, Reddit and Mastodon `url` is the post itself, so it says nothing about the
    employer. The title is read with the text: scams shout in titles.
    """
    body = f"{title}\n{text}" if title else text
    low = body.translate(_ASCII_LOWER)  # same length, so match spans index `body`
    given = " ".join(u for u in (None if source in _COMMUNITY_SOURCES else url, apply_url) if u)
    links = _Links.read(low, given.translate(_ASCII_LOWER))
    hard = tuple(_vetoes(body, low, links))
    soft = (*_identity_flags(company, links, poster, low), *_text_flags(body, low, text))
    return Assessment(_legitimacy(bool(hard), soft), hard + soft)


def _legitimacy(vetoed: bool, soft: tuple[Flag, ...]) -> float:
    """P(legitimate) from the EMSCAD prior and the soft lifts, put in its band.

    The strongest flag counts in full and each further one at half its log-lift: the
    flags co-occur (§3.4 sees far less fraud at 2-4 flags than independence predicts).
    A veto puts the lead in [0, 0.1], below every lead without one; the soft evidence
    still orders the leads within each band.
    """
    lifts = sorted((math.log(LIKELIHOOD_RATIOS[f.code]) for f in soft), reverse=True)
    evidence = lifts[0] + _FURTHER_FLAG * sum(lifts[1:]) if lifts else 0.0
    p_legit = 1.0 / (1.0 + math.exp(_PRIOR_LOG_ODDS + evidence))
    return _VETO_CAP * p_legit if vetoed else _VETO_CAP + (1 - _VETO_CAP) * p_legit


@dataclass(frozen=True, slots=True)
class _Links:
    """What the posting's links and e-mail addresses say about who is behind it."""

    employer: tuple[str, ...]  # hosts and mail domains that could be the employer's
    linked: tuple[str, ...]  # employer hosts of `url` and `apply_url` alone
    has_mail: bool
    free_mail: str | None  # the first free-mail address
    shortener: str | None  # the first URL-shortener host

    @classmethod
    def read(cls, low: str, given: str) -> _Links:
        everything = f"{given}\n{low}"
        mails = [(m.group(), m.group(1)) for m in _EMAIL.finditer(everything)]
        hosts = [*_url_hosts(everything), *(domain for _, domain in mails)]
        return cls(
            employer=tuple(h for h in hosts if _is_employer(h)),
            linked=tuple(h for h in _url_hosts(given) if _is_employer(h)),
            has_mail=bool(mails),
            free_mail=next((m for m, domain in mails if domain in _FREE_MAIL), None),
            shortener=next((h for h in hosts if h in _SHORTENERS), None),
        )


def _url_hosts(text: str) -> Iterator[str]:
    """Linked hosts without "www."; a `/@user` path is a Mastodon profile, skipped."""
    for m in _URL.finditer(text):
        if not m.group(2):
            yield m.group(1).removeprefix("www.")


def _is_employer(host: str) -> bool:
    labels = host.split(".")
    return all(".".join(labels[i:]) not in _NOT_EMPLOYER for i in range(len(labels)))


def _vetoes(body: str, low: str, links: _Links) -> list[Flag]:
    """One hard flag per code, from the first match that nothing around reassures."""
    hits = {
        code: next((m for m in rule.finditer(low) if not _reassured(low, m, code)), None)
        for code, rule in _VETOES.items()
    }
    if not (hits["chat_app"] or links.has_mail or links.employer):
        hits["chat_handle"] = _CHAT_HANDLE.search(low)  # the only way to reach them
    return [_flag(code, body[m.start() : m.end()], hard=True) for code, m in hits.items() if m]


def _reassured(text: str, match: re.Match[str], code: str) -> bool:
    """Whether the clause negates the request or names someone else as the payer."""
    before = _CLAUSE_BREAK.split(text[max(0, match.start() - _WINDOW) : match.start()])
    clause = before[-1]
    return bool(
        _NEGATION.search(clause)
        or _NEGATED_INSIDE.search(match.group())
        or _DISCLAIMER.match(text, match.end())
        or (code in _PAYER_GUARDED and _PAYS.match(match.group()) and _PAYER.search(clause))
    )


def _identity_flags(
    company: str | None, links: _Links, poster: str | None, low: str
) -> Iterator[Flag]:
    """Missing or doubtful employer identity: EMSCAD's strongest signal (§3.2)."""
    words = _company_words(company)
    if not words and not links.employer:
        yield _flag("no_employer", f"posted by {poster}" if poster else "")
    if links.free_mail and (words or _COMPANY_VOICE.search(low)):
        yield _flag("free_mail", links.free_mail)
    if words and links.linked and not any(_same_company(words, h) for h in links.linked):
        yield _flag("domain_mismatch", f"{company} at {links.linked[0]}")
    if links.shortener:
        yield _flag("url_shortener", links.shortener)


def _text_flags(body: str, low: str, text: str) -> Iterator[Flag]:
    """Wording that EMSCAD frauds share (§3.3), and very short descriptions."""
    for code, pattern in _LEXICAL.items():
        if found := pattern.search(low):
            yield _flag(code, body[found.start() : found.end()])
    novice = _NO_EXPERIENCE.search(low)
    pay = next((m for m in _PAY.finditer(low) if _is_high(m)), None) if novice else None
    if novice and pay:
        quoted = f"{body[novice.start() : novice.end()]} ... {body[pay.start() : pay.end()]}"
        yield _flag("no_experience_high_pay", quoted)
    if (words := len(text.split())) < _SHORT_WORDS:
        yield _flag("short_text", f"{words} words")


def _is_high(pay: re.Match[str]) -> bool:
    """At least `_HIGH_HOURLY` an hour, or "high pay" wording without an amount."""
    if pay.group(1) is None:
        return True
    amount = float(pay.group(1).replace(",", "")) * (1000 if pay.group(2) else 1)
    return amount / _HOURS[pay.group(3)[0]] >= _HIGH_HOURLY


def _company_words(company: str | None) -> tuple[str, ...]:
    """ASCII words of the name (hosts are ASCII) without legal suffixes; () for none."""
    name = unicodedata.normalize("NFKD", company or "").encode("ascii", "ignore").decode().lower()
    words = tuple(w for w in _WORD.findall(name) if w not in _LEGAL_SUFFIXES)
    return () if "".join(words) in _NO_NAME else words


def _same_company(words: tuple[str, ...], host: str) -> bool:
    """Whether a host plausibly belongs to the named company (acme.io for Acme Inc.)."""
    labels = [label.replace("-", "") for label in host.split(".")[:-1] if label != "www"]
    if len(labels) > 1 and labels[-1] in _SECOND_LEVEL:
        labels.pop()
    core, compact, main = "".join(labels), "".join(words), labels[-1] if labels else ""
    return (
        compact in core
        or (len(main) >= 3 and main in compact)
        or any(len(w) >= 4 and w in core for w in words)
    )


def _flag(code: str, evidence: str, *, hard: bool = False) -> Flag:
    """A flag whose reason quotes its evidence, whitespace collapsed, <= 80 chars."""
    snippet = " ".join(evidence.split())
    if len(snippet) > 80:
        snippet = snippet[:77].rstrip() + "..."
    says = _SAYS[code]
    return Flag(code, f"{says}: '{snippet}'" if snippet else says, hard, snippet)
