"""How likely a posting is a real offer of work, and why (/work/shared/red-flags.md).

Two layers (§5.1). HARD vetoes come from the FTC / FBI IC3 / BBB / Upwork guidance and
match *requests* ("pay a $50 registration fee"), never lone words: bare PII, payment and
chat-app words are as common in legitimate ads as in scams (§1.3, §3.3), and a
reassurance ("we never ask for a fee") must not trip them. Some vetoes are told by a
scam's structure rather than its words (`scam_rules.SHAPES`: money sent to the applicant
to pay on, a charge with its price, gift-card codes, goods taken in and sent on).
Paying, ID numbers and chat apps are read in every language of
`scam_words.py` (`scam_requests.py`). SOFT
evidence comes from EMSCAD, where missing employer identity, work-from-home wording and
very short text are what actually separate frauds (§3.2, §3.3); each soft flag carries
its likelihood ratio, and so does the posting's provenance (an employer's own board, an
aggregator, a community).
"""

from __future__ import annotations

import math
import re
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache
from itertools import chain

from extractors._contract import Provenance
from warehouse.ranking._text import (
    clause_before,
    lowered,
    sentence_around,
    western_digits,
    word_count,
)
from warehouse.ranking.brands import brand_of, names_brand
from warehouse.ranking.hosts import CHAT_LINKS, FREE_MAIL, SHORTENERS, is_employer_host
from warehouse.ranking.scam_requests import applies_only, find_requests
from warehouse.ranking.scam_rules import (
    BARE_HOST,
    CLAUSE_BREAK,
    COMPANY_LINE,
    COMPANY_VOICE,
    COURSE_TITLE,
    DISCLAIMER,
    DUTY_STATION,
    EMAIL,
    EQUIPMENT_CHECK,
    GUARANTEED_WORK,
    HIRING_LINK,
    HIRING_WORDS,
    HOME_BASED,
    HOME_EMPLOYED,
    HOME_OPTION,
    HOST_CHARS,
    HOURS,
    INTERMEDIARY,
    LEAD_WINDOW,
    LEGAL_SUFFIXES,
    LEXICAL,
    LINK,
    MAIL,
    MONEY_BACK,
    NEGATED_INSIDE,
    NEGATION,
    NO_EXPERIENCE,
    NO_INTERVIEW,
    NO_NAME,
    PAY,
    PAYER,
    PAYER_GUARDED,
    PAYS,
    PHILIPPINE,
    RECRUITER_OF,
    ROUTE,
    SECOND_LEVEL,
    SENTENCE_END,
    SHAPES,
    SOMEONE_ELSE_PAYS,
    START_DATE,
    STARTS,
    URL,
    VETOES,
    WORD,
    YEN_HOURS,
    YEN_PAY,
    Shape,
    anchors_in,
)


@dataclass(frozen=True, slots=True)
class Flag:
    """One fired rule; `evidence` is the matched snippet (at most 80 characters)."""

    code: str
    reason: str
    hard: bool
    evidence: str

    @property
    def label(self) -> str:
        """The flag as `red_flags` lists it: "code: reason"."""
        return f"{self.code}: {self.reason}"


@dataclass(frozen=True, slots=True)
class Assessment:
    """`legitimacy` in [0, 1]: at most 0.1 with a hard flag, above 0.1 without one."""

    legitimacy: float
    flags: tuple[Flag, ...]


# Likelihood ratio P(flag | fraud) / P(flag | legitimate) of each soft flag.
LIKELIHOOD_RATIOS: dict[str, float] = {
    "work_from_home": 11.0,  # §3.3 work-from-home / data entry: 24.1 % vs 2.2 % (pitch only)
    "short_text": 8.9,  # §3.3 fewer than 50 tokens: 6.2 % vs 0.7 % (never an empty text)
    "no_employer": 4.24,  # §3.2 no company profile: 67.8 % vs 16.0 %
    "free_mail": 3.67,  # §3.4 unidentifiable employer RR 3.67; §2 flag 5 (BBB)
    "earnings_hype": 2.8,  # §3.3 earnings hype: 25.4 % vs 9.2 %
    "no_experience_high_pay": 2.58,  # §3.4 unrealistic compensation RR 2.58
    "domain_mismatch": 2.0,  # §2 flag 5, untestable on EMSCAD: judgement, under 3.67
    "lookalike_domain": 3.67,  # §2 flag 5 (FBI: spoofed sites); as unidentifiable, §3.4
    "url_shortener": 2.0,  # hides the target; "link" is a top fraud term (§4.3 C)
    "urgency": 1.8,  # §3.3 urgency: 14.2 % vs 8.1 % (§3.4 pressure RR 2.07)
    "paid_in_crypto": 3.0,  # §2 flag 10 (FBI 2024 PSA), untestable on EMSCAD: judgement
    "free_test_work": 2.0,  # §2 flag 15 (Upwork, Fiverr), untestable on EMSCAD: judgement
    # §2 flag 4: a named company's chat number or handle as its only route; EMSCAD masks contacts
    # (its chat words: 0.5 % of frauds, 1.5 % of legitimate ads): judgement, as a shortener
    "chat_route": 2.0,
}
# the pitch that makes a named company's chat number a scam's route: easy money, the
# home job (red-flags.md §2 flags 4 and 7)
_PITCHES = frozenset(("earnings_hype", "no_experience_high_pay", "work_from_home"))
# Likelihood ratio of each provenance, P(provenance | fraud) / P(provenance | legitimate).
PROVENANCE_RATIOS: dict[Provenance, float] = {
    # The employer's own ATS board or careers pages: a board token or careers domain
    # belongs to the company itself, which EMSCAD's company profile (present for 32.2 %
    # of frauds and 84.0 % of legitimate ads, §3.2) only claims: at least that strong.
    "employer": 0.38,
    # A job board reposting employers' ads: some review them, others do not; EMSCAD
    # itself is one ATS, so nothing measures boards against each other. Neutral.
    "aggregator": 1.0,
    # HN, Reddit, Mastodon: individuals who rarely name a domain; neutral on identity.
    "community": 1.0,
}
# On a community post a person hires for themselves (a gig on r/forhire, a Mastodon
# status): naming no company is how honest posts read there, where EMSCAD measured
# company ads, so it counts half its log-lift (judgement: nothing measures it)
_COMMUNITY_SHARE = {"no_employer": 0.5}
_PRIOR_LOG_ODDS = math.log(866 / 17_014)  # EMSCAD: 866 frauds, 17,014 legitimate ads
_FURTHER_FLAG = 0.5  # share of its log-lift each flag after the strongest adds (§3.4)
_VETO_CAP = 0.1
_SHORT_WORDS = 50
_HIGH_HOURLY = 30.0  # judgement: far above entry-level pay, whatever the currency
# judgement: yen are no currency like the others; three times Japan's lowest minimum
# wage (about 1,000 yen an hour), twice what entry-level work pays there
_HIGH_HOURLY_YEN = 3_000.0
_WINDOW = 100  # characters before a match searched for a negation (its clause)
_MAIL_MARKS = tuple(MAIL.split(","))
_PAID_BACK_LATER = re.compile(r"\s+(?:in|with|on|from|after)\s+(?:your\s+)?(?:first|1st)\b")
_VETO_ORDER = (
    "pay_to_work",
    "fake_check",
    "buy_equipment",
    "chat_app",
    "crypto_payment",
    "personal_data",
    "reshipping",
    "off_platform",
    "chat_handle",
    "impersonation",
    "identity_rental",
    "meeting_app",
)

_SAYS = {
    "pay_to_work": "asks you to pay to start or to get work (FTC: never pay to get a job)",
    "fake_check": "asks you to deposit a check or send money on (FTC, BBB)",
    "buy_equipment": "asks you to buy equipment from its vendor (FBI IC3, Upwork)",
    "chat_app": "moves applying, interview or pay to a chat app (BBB, Upwork, FBI IC3)",
    "chat_handle": "a chat-app handle as the only contact or beside a fee (BBB, Upwork)",
    "crypto_payment": "asks for crypto or gift-card payment, or to unlock tasks (FBI, FTC)",
    "personal_data": "asks for sensitive personal data up front (FTC, FBI IC3)",
    "reshipping": "asks you to receive and reship packages (FTC)",
    "off_platform": "moves the work or its pay off the freelance platform (Upwork, Fiverr)",
    "identity_rental": (
        "asks to rent your freelance or LinkedIn account, or to host its laptops at your"
        " home (FBI: fronts for hidden workers)"
    ),
    "meeting_app": "asks you to install its own meeting app to be interviewed (FBI: malware)",
    "no_employer": "names no employer: no company, website or company e-mail",
    "free_mail": "a company with a free-mail contact",
    "domain_mismatch": "the company does not match the link's domain",
    "url_shortener": "hides its link behind a URL shortener",
    "lookalike_domain": "the company's name with hiring words on a domain of its own (FBI)",
    "impersonation": (
        "poses as the company: a look-alike of its site, or a free-mail address in its name"
        " (FBI, FTC)"
    ),
    "work_from_home": "work-from-home or data-entry wording",
    "earnings_hype": "hypes easy or guaranteed earnings",
    "no_experience_high_pay": "promises high pay for no experience",
    "urgency": "pressures you to act fast",
    "paid_in_crypto": (
        "pays in crypto, gift cards, money transfers or PayPal Friends & Family"
        " (FBI: a task-scam mark)"
    ),
    "short_text": "a very short description",
    "free_test_work": "asks for free test work to get the job (Upwork, Fiverr)",
    "chat_route": "a chat-app number or handle is the only contact the company gives",
}


def assess(
    *,
    title: str | None,
    company: str | None,
    text: str,
    url: str | None = None,
    apply_url: str | None = None,
    poster: str | None = None,
    provenance: Provenance | None = None,
    summary: bool = False,
) -> Assessment:
    """Score one posting: hard vetoes, then soft evidence, each flag with its reason.

    `provenance` is who stands behind the source (its `PROVENANCE`; None when not
    known, as for `leads check`). On a community post `url` is the post itself, so it
    says nothing about the employer. The title is read with the text: scams shout in
    titles. A `summary` (a job alert's card, a saved job's row, the one kept sentence of
    a message) is short by nature, so its length is no evidence.
    """
    body = western_digits(f"{title}\n{text}" if title else text)
    low = lowered(body)  # same length, so match spans index `body`
    given = " ".join(u for u in (None if provenance == "community" else url, apply_url) if u)
    links = _Links.read(low, lowered(given))
    words = _company_words(company)
    hosts = chain(links.employer, _bare_hosts(words, low))  # the text's scanned on demand
    spoof = next((h for h in hosts if _lookalike(words, h)), None) if words else None
    routed = spoof is not None and _routed_to(spoof, low, apply_url)
    posed = (spoof if routed else None) or _brand_mail(words, links, low, provenance)
    course = bool(title and COURSE_TITLE.match(lowered(title)))
    worded = tuple(_text_flags(body, low, text, summary or links.pages))
    pitched = any(f.code in _PITCHES for f in worded)
    found = _vetoes(body, low, links, posed, course, named=bool(words), pitched=pitched)
    hard = tuple(f for f in found if f.hard)
    soft = (
        *_identity_flags(words, company, links, poster, low, provenance, None if routed else spoof),
        *worded,
        *(f for f in found if not f.hard),
    )
    return Assessment(_legitimacy(bool(hard), soft, provenance), hard + soft)


def _legitimacy(vetoed: bool, soft: tuple[Flag, ...], provenance: Provenance | None) -> float:
    """P(legitimate) from the EMSCAD prior, the soft lifts and the provenance, banded.

    The strongest flag counts in full and each further one at half its log-lift: the
    flags co-occur (§3.4 sees far less fraud at 2-4 flags than independence predicts).
    The provenance is independent of the text, so it counts in full. A veto puts the
    lead in [0, 0.1], below every lead without one; the soft evidence still orders the
    leads within each band.
    """
    shares = _COMMUNITY_SHARE if provenance == "community" else {}
    lifts = sorted(
        (math.log(LIKELIHOOD_RATIOS[f.code]) * shares.get(f.code, 1.0) for f in soft),
        reverse=True,
    )
    evidence = lifts[0] + _FURTHER_FLAG * sum(lifts[1:]) if lifts else 0.0
    if provenance is not None:
        evidence += math.log(PROVENANCE_RATIOS[provenance])
    p_legit = 1.0 / (1.0 + math.exp(_PRIOR_LOG_ODDS + evidence))
    return _VETO_CAP * p_legit if vetoed else _VETO_CAP + (1 - _VETO_CAP) * p_legit


@dataclass(frozen=True, slots=True)
class _Links:
    """What the posting's links and e-mail addresses say about who is behind it."""

    employer: tuple[str, ...]  # hosts and mail domains that could be the employer's
    linked: tuple[str, ...]  # employer hosts of `url` and `apply_url` alone
    has_mail: bool
    free_mails: tuple[str, ...]  # the free-mail addresses
    shortener: str | None  # the first URL-shortener host
    pages: bool  # the text links to a page (no chat, no shortener): the rest may be there

    @classmethod
    def read(cls, low: str, given: str) -> _Links:
        """The links of `given` and of `low` (none runs across a line), and the addresses
        of the two as one text (one may start in `given`). `low` is searched only for
        the marks the anchor pass found in it: most postings hold neither."""
        marks = anchors_in(low)
        linked = list(_url_hosts(URL.pattern.finditer(given)))  # short: faster scanned
        in_text = tuple(_url_hosts(URL.finditer(low))) if LINK in marks else ()
        mailed = MAIL in marks or any(mark in given for mark in _MAIL_MARKS)
        everything = f"{given}\n{low}" if mailed else ""
        mails = [(m.group(), m.group(1)) for m in EMAIL.finditer(everything)]
        hosts = [*linked, *in_text, *(domain for _, domain in mails)]
        return cls(
            employer=tuple(h for h in hosts if is_employer_host(h)),
            linked=tuple(h for h in linked if is_employer_host(h)),
            has_mail=bool(mails),
            free_mails=tuple(m for m, domain in mails if domain in FREE_MAIL),
            shortener=next((h for h in hosts if h in SHORTENERS), None),
            pages=any(h not in CHAT_LINKS and h not in SHORTENERS for h in in_text),
        )


def _url_hosts(links: Iterator[re.Match[str]]) -> Iterator[str]:
    """Linked hosts (of `URL` matches) without "www."; a `/@user` path is a Mastodon
    profile, skipped."""
    for m in links:
        if not m.group(2):
            yield m.group(1).removeprefix("www.")


def _vetoes(
    body: str,
    low: str,
    links: _Links,
    posing: str | None,
    course: bool = False,
    *,
    named: bool = False,
    pitched: bool = False,
) -> list[Flag]:
    """One hard flag per code, from the first request that nothing around reassures.

    A posting titled as a `course` prices what it sells: its fee is no way into a job,
    unless the course sells the job itself (`_sells_work`).

    A chat handle vetoes when it is the only way to reach the poster, or sits beside a
    fee (a fee with a WhatsApp number, in any language); an impersonation is the
    look-alike site or brand's free-mail address the company poses with (`posing`).
    A CV sent by chat to a `named` company with no free-mail address is no veto ("CV
    WhatsApp karein", as real software houses ask): red-flags.md §2 note to flag 4 keeps
    the flag for an interview or pay there, or a chat as the only route to an unnamed
    "company". A hire with no interview beside a chat number is the whole hiring done
    in the chat (BBB). A phone number as the only route of a `named` company is how
    small employers in Malaysia, India, Nigeria or Brazil write ("WhatsApp 012-345 6789
    for enquiries"), as is a handle for applications on Telegram's job channels: a soft
    `chat_route` flag, unless the posting is `pitched` with easy money or the home-job
    pitch; any other @handle, a chat link or a copied chat page still vetoes.
    """
    asked = find_requests(body)
    spans = dict(asked.found)
    unseen = bool(asked.handle or "chat_app" in spans) and _hired_unseen(low)
    cv_by_chat = (
        not unseen
        and named
        and not links.free_mails  # a free-mail address beside it is no employer's
        and "chat_app" in spans
        and applies_only(_sentence(low, spans["chat_app"]))
    )
    if cv_by_chat:
        end = spans.pop("chat_app")[1]
        if later := find_requests(body[end:]).found.get("chat_app"):  # "Interview on WhatsApp."
            spans["chat_app"] = (end + later[0], end + later[1])
    for code, rule in VETOES.items():
        found = next((m for m in rule.finditer(low) if not _reassured(low, m, code)), None)
        if found:
            spans[code] = found.span()
    for shape in SHAPES:
        if shape.code not in spans and (span := _shaped(low, shape)):
            spans[shape.code] = span
    only_route = not (links.has_mail or links.employer)
    if asked.handle and "chat_app" not in spans:
        if unseen:
            spans["chat_app"] = asked.handle
        elif asked.names_a_fee or only_route:
            spans["chat_handle"] = asked.handle
    # a named company's number, or its handle for applications ("Отклики в Telegram:
    # @hr", as Telegram's job channels hire), is its channel: red-flags.md §2 vetoes an
    # unnamed one's, or one beside a fee or an easy-money pitch
    softened = (
        "chat_handle" in spans
        and not asked.names_a_fee
        and named
        and not pitched
        and (
            asked.number
            or (not links.free_mails and applies_only(_sentence(low, spans["chat_handle"])))
        )
    )
    routed = spans.pop("chat_handle") if softened else None
    if course and not _sells_work(low):
        spans.pop("pay_to_work", None)
    said = {code: body[span[0] : span[1]] for code, span in spans.items()}
    if posing:
        said["impersonation"] = posing
    flags = [_flag(code, said[code], hard=True) for code in _VETO_ORDER if code in said]
    if routed:
        flags.append(_flag("chat_route", body[routed[0] : routed[1]]))
    return flags


def _hired_unseen(low: str) -> bool:
    """Whether the posting hires with no interview ("no interview needed"), not denied
    ("we never hire without an interview"; the match's own "no" is no denial)."""
    return "interview" in low and any(
        not NEGATION.search(_clause_before(low, m.start())) for m in NO_INTERVIEW.finditer(low)
    )


def _sells_work(low: str) -> bool:
    """Whether a course promises a job or income as sure ("job guaranteed after the
    course"): its fee then buys the job, as a pay-to-work scam's does (BBB: "paying for
    the promise of a job"). Not a promise negated ("we do not guarantee employment"),
    nor a bootcamp's refund if no job comes, said anywhere (its terms often close the
    posting) and not itself refused ("no refunds", "refunds are not possible")."""
    promised = any(
        not _negated(low, m.span(), _clause_before(low, m.start()))
        for m in GUARANTEED_WORK.finditer(low)
    )
    return promised and not any(not _no_refund(low, m) for m in MONEY_BACK.finditer(low))


def _no_refund(low: str, refund: re.Match[str]) -> bool:
    """Whether a refund is refused by the words just before it or its verb after ("we
    do not offer refunds", "refunds are not possible"), or is the scam's own "refunded
    in your first paycheck" (FBI IC3); a condition's "not" further back is the refund's
    case ("if you are not hired in 90 days we refund the fee")."""
    before = " ".join(low[max(0, refund.start() - 40) : refund.start()].split()[-3:])
    return bool(
        NEGATION.search(before)
        or DISCLAIMER.match(low, refund.end())
        or _PAID_BACK_LATER.match(low, refund.end())
    )


def _brand_mail(
    words: tuple[str, ...], links: _Links, low: str, provenance: Provenance | None
) -> str | None:
    """A free-mail address the big brand named as the employer recruits from: one in
    its name ("Amazon" with amazon.careers.hr@gmail.com), or any the applicant is sent
    to apply to, with no agency between (recruit.team@gmail.com). No such employer
    recruits from free mail (FTC), where a bakery or an agency naming its client may;
    on a community post a person may write from their own. The brand may be named on a
    "Company:" line of the text, or, with neither, as the one whose recruiter the text
    claims to be ("a recruiter with Microsoft"): then only an address in its name poses
    (a seller on Amazon may write from amazonseller.jen@gmail.com, and claims no
    recruiter). An address the text warns of poses as nobody."""
    if not links.free_mails:
        return None
    named = COMPANY_LINE.search(low) if not words else None
    brand = brand_of(words or _company_words(named.group(1) if named else None))
    claimed = brand is None and not (words or named)
    if claimed:
        brand = _recruiting_brand(low)
    if brand is None:
        return None
    for address in links.free_mails:
        at = low.find(address)
        if at > 0 and NEGATION.search(_clause_before(low, at)):
            continue
        if names_brand(address, brand) or (
            not claimed
            and provenance != "community"
            and at >= 0
            and ROUTE.search(_sentence(low, (at, at + len(address))))
            and not INTERMEDIARY.search(low)
        ):
            return address
    return None


def _recruiting_brand(low: str) -> str | None:
    """The big brand whose recruiter the text claims to be, if any."""
    for claim in RECRUITER_OF.finditer(low):
        words = _company_words(claim.group(1))
        for count in (1, 2, 3):
            if brand := brand_of(words[:count]):
                return brand
    return None


def _routed_to(host: str, low: str, apply_url: str | None) -> bool:
    """Whether the posting sends the applicant to `host`: it is the apply link, or a
    sentence naming it asks to apply, register, write, chat or pay there. A spoofed
    careers site is the scam's own route (FBI I-012120-PSA); merely named, it is a
    doubt about identity only."""
    if apply_url and host in lowered(apply_url):
        return True
    at = low.find(host)
    while at >= 0:
        if ROUTE.search(_sentence(low, (at, at + len(host)))):
            return True
        at = low.find(host, at + len(host))
    return False


def _reassured(text: str, match: re.Match[str], code: str) -> bool:
    """Whether the clause negates the request or names someone else as the payer, or
    the sentence does (`SOMEONE_ELSE_PAYS`)."""
    clause = _clause_before(text, match.start())
    payers = SOMEONE_ELSE_PAYS.get(code)
    return bool(
        _negated(text, match.span(), clause)
        or (
            code in PAYER_GUARDED
            and PAYS.match(match.group())
            and PAYER.search(clause)
            and not (code == "fake_check" and EQUIPMENT_CHECK.search(match.group()))
        )
        or (payers and payers.search(_sentence(text, match.span())))
    )


def _shaped(low: str, shape: Shape) -> tuple[int, int] | None:
    """The span of the first match of a shape, from its lead on, whose sentences name
    the applicant as the one who acts and nothing that makes it someone else's money,
    and that nothing negates."""
    for m in shape.rule.finditer(low):
        if (start := _lead(low, m.start(), shape.lead)) is None:
            continue
        span = (start, m.end())
        around = _sentence(low, span)
        if (
            (shape.party is None or shape.party.search(around))
            and not shape.refused_in(low).search(around)
            and not _negated(low, span, _clause_before(low, start))
        ):
            return span
    return None


def _lead(low: str, start: int, lead: re.Pattern[str] | None) -> int | None:
    """Where a shape's lead starts before a match at `start` (`start` for a shape
    without one), None when it has none there."""
    if lead is None:
        return start
    found = lead.search(low, max(start - LEAD_WINDOW, low.rfind("\n", 0, start) + 1), start)
    return found.start() if found else None


def _clause_before(text: str, start: int) -> str:
    return clause_before(CLAUSE_BREAK, text, start, _WINDOW)


def _negated(text: str, span: tuple[int, int], clause: str) -> bool:
    """Whether the clause before a span, the span itself or what follows it says no."""
    return bool(
        NEGATION.search(clause)
        or NEGATED_INSIDE.search(text, *span)
        or DISCLAIMER.match(text, span[1])
    )


def _sentence(text: str, span: tuple[int, int]) -> str:
    """The sentence a span stands in (a decimal point ends none)."""
    return sentence_around(SENTENCE_END, text, *span)


def _identity_flags(
    words: tuple[str, ...],
    company: str | None,
    links: _Links,
    poster: str | None,
    low: str,
    provenance: Provenance | None,
    spoof: str | None,
) -> Iterator[Flag]:
    """Missing or doubtful employer identity: EMSCAD's strongest signal (§3.2).

    A community post's link is the first its writer put in: as often the company's
    press, a video or a friend's blog as its site (every one of 72 such mismatches in
    the real Hacker News postings), so only a source's own link is held to the company.
    """
    if not words and not links.employer and not _in_another_script(company):
        yield _flag("no_employer", f"posted by {poster}" if poster else "")
    if links.free_mails and (words or COMPANY_VOICE.search(low)):
        yield _flag("free_mail", links.free_mails[0])
    if (
        provenance != "community"
        and words
        and links.linked
        and not any(_same_company(words, h) for h in links.linked)
    ):
        yield _flag("domain_mismatch", f"{company} at {links.linked[0]}")
    if spoof:
        yield _flag("lookalike_domain", spoof)
    if links.shortener:
        yield _flag("url_shortener", links.shortener)


def _bare_hosts(words: tuple[str, ...], low: str) -> Iterator[str]:
    """Hosts the text writes without a scheme that hyphenate the company's name onto
    something, as a spoofed careers site does: read around each hyphenated name alone,
    in a text that hyphenates a hiring word at all."""
    names = {*words, "".join(words)} if HIRING_LINK in anchors_in(low) else ()
    for name in names:
        at = low.find(name) if len(name) >= 3 else -1
        while at >= 0:
            start, end = at, at + len(name)
            if low[start - 1 : start] == "-" or low[end : end + 1] == "-":
                while start and low[start - 1] in HOST_CHARS:
                    start -= 1
                while end < len(low) and low[end] in HOST_CHARS:
                    end += 1
                if BARE_HOST.fullmatch(host := low[start:end].strip(".-")):
                    yield host
            at = low.find(name, at + len(name))


def _text_flags(body: str, low: str, text: str, summary: bool) -> Iterator[Flag]:
    """Wording that EMSCAD frauds share (§3.3), and very short descriptions (`summary`:
    a text short by nature, or one that links to the page holding the rest, as a
    Hacker News comment links its careers page)."""
    for code, pattern in LEXICAL.items():
        if found := next((m for m in pattern.finditer(low) if not _discounted(code, low, m)), None):
            yield _flag(code, body[found.start() : found.end()])
    novice = NO_EXPERIENCE.search(low)
    pays = chain(PAY.finditer(low), YEN_PAY.finditer(low)) if novice else iter(())
    pay = next((m for m in pays if _is_high(m)), None)
    if novice and pay:
        quoted = f"{body[novice.start() : novice.end()]} ... {body[pay.start() : pay.end()]}"
        yield _flag("no_experience_high_pay", quoted)
    # an empty text is a source that sends none (Greenhouse without content), not a scam;
    # words past the fiftieth are not split apart, only counted as one more
    if not summary and 0 < (words := word_count(text, _SHORT_WORDS)) < _SHORT_WORDS:
        yield _flag("short_text", f"{words} words")


def _discounted(code: str, low: str, found: re.Match[str]) -> bool:
    """Whether the wording is no evidence where it stands: working from home offered as
    an option or a benefit (one of the three words before it says so; English reads it
    in its own pattern, as it reads a stipend after it) or as the arrangement of a post
    on the employer's books (its sentence goes on to say so: "официальное
    трудоустройство"; scams copy that line, so not beside easy-money hype), "home-based"
    in a Philippine posting (the market's word for remote) or as a consultant's duty
    station, or a start date read as urgency ("start: ASAP"), or a hire without an
    interview denied ("we never hire without an interview")."""
    if code == "urgency":
        return bool(
            START_DATE.fullmatch(found.group())
            or STARTS.search(low, max(0, found.start() - 40), found.start())
            or (
                NO_INTERVIEW.fullmatch(found.group())
                and NEGATION.search(_clause_before(low, found.start()))
            )
        )
    if code != "work_from_home":
        return False
    if HOME_EMPLOYED.match(low, found.end()) and not LEXICAL["earnings_hype"].search(low):
        return True
    before = low[max(0, found.start() - _WINDOW) : found.start()].split()[-3:]
    if HOME_BASED.fullmatch(found.group()) and (
        PHILIPPINE.search(low) or DUTY_STATION.search(" ".join(before))
    ):
        return True
    return any(map(HOME_OPTION.fullmatch, before))


def _is_high(pay: re.Match[str]) -> bool:
    """At least `_HIGH_HOURLY` an hour (`_HIGH_HOURLY_YEN` in yen), or "high pay"
    wording without an amount."""
    if pay.re is YEN_PAY:
        written, man = pay["amount"] or pay["amount_"], pay["man"] or pay["man_"]
        yen = float(written.replace(",", "")) * (10_000 if man else 1)
        return yen / YEN_HOURS[pay["before"] or pay["after"]] >= _HIGH_HOURLY_YEN
    if pay.group(4) is None:
        return True
    # "1.300 €": a point or comma between thousands (decimals are not captured)
    written = pay.group(1) or pay.group(2).replace(".", "")
    amount = float(written.replace(",", "")) * (1000 if pay.group(3) else 1)
    return amount / HOURS[pay.group(4)] >= _HIGH_HOURLY


@lru_cache(maxsize=1 << 12)  # companies post many times
def _company_words(company: str | None) -> tuple[str, ...]:
    """ASCII words of the name (hosts are ASCII) without legal suffixes; () for none."""
    name = unicodedata.normalize("NFKD", company or "").encode("ascii", "ignore").decode().lower()
    words = tuple(w for w in WORD.findall(name) if w not in LEGAL_SUFFIXES)
    return () if "".join(words) in NO_NAME else words


def _in_another_script(company: str | None) -> bool:
    """A name written in letters ASCII has none of ("ТОВ «Акме Софт»", "株式会社サンプル"):
    a company named, though no host can be held to its words."""
    return sum(c.isalpha() and not c.isascii() for c in company or "") >= 2


def _same_company(words: tuple[str, ...], host: str) -> bool:
    """Whether a host plausibly belongs to the named company (acme.io for Acme Inc.)."""
    labels = [label.replace("-", "") for label in host.split(".")[:-1] if label != "www"]
    if len(labels) > 1 and labels[-1] in SECOND_LEVEL:
        labels.pop()
    core, compact, main = "".join(labels), "".join(words), labels[-1] if labels else ""
    return (
        compact in core
        or (len(main) >= 3 and main in compact)
        or any(len(w) >= 4 and w in core for w in words)
    )


def _lookalike(words: tuple[str, ...], host: str) -> bool:
    """Whether a host hyphenates a hiring word onto the company's name, as spoofed job
    sites do (acme-careers-apply.net, FBI I-012120-PSA): a company's own careers live on
    its domain or a subdomain of it (careers.acme.com)."""
    labels = host.split(".")[:-1]
    if len(labels) > 1 and labels[-1] in SECOND_LEVEL:
        labels.pop()
    parts = labels[-1].split("-") if labels else []
    compact = "".join(words)
    # a hiring word of the company's own name is no addition to it (TalentBridge)
    added = any(part in HIRING_WORDS and part not in compact for part in parts)
    return len(parts) > 1 and added and _same_company(words, host)


def _flag(code: str, evidence: str, *, hard: bool = False) -> Flag:
    """A flag whose reason quotes its evidence, whitespace collapsed, <= 80 chars."""
    snippet = " ".join(evidence.split())
    if len(snippet) > 80:
        snippet = snippet[:77].rstrip() + "..."
    says = _SAYS[code]
    return Flag(code, f"{says}: '{snippet}'" if snippet else says, hard, snippet)
