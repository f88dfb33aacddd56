"""What a posting is, as one flat warehouse row: `understand()` joins the readers.

A value a source states in a structured field wins (basis "stated", with the source's
raw string); otherwise it is read from the title and text (basis "parsed", with the
phrase it came from); otherwise it stays None. Every regex is compiled at import (the
skill patterns once per profile), so a run reads thousands of postings a second.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, replace
from functools import partial
from typing import Literal

from extractors._contract import Engagement, Kind, Posting, RatePeriod
from extractors._joburls import national_country
from extractors._language import written_in
from warehouse.ranking._text import Skimmed, western_digits
from warehouse.ranking.eligibility import Eligibility, eligibility, lives_in
from warehouse.ranking.engagement import (
    Offer,
    WeeklyHours,
    agency_work,
    ordered,
    parse_duration,
    parse_engagement,
    parse_hours_per_month,
    weekly_load,
)
from warehouse.ranking.floors import own_floor_said, piece_rate
from warehouse.ranking.ir35 import Ir35, read_ir35
from warehouse.ranking.kind import parse_kind
from warehouse.ranking.languages import LanguageNeeds, lacking, read_languages
from warehouse.ranking.nationals import national_service, nationality_verdict, read_nationality
from warehouse.ranking.profile import Profile, RankingSettings
from warehouse.ranking.rates import (
    YEN,
    Owned,
    Rate,
    day_wage,
    fx_factor,
    includes_super,
    names_several_currencies,
    parse_bare_rate,
    parse_field_rate,
    parse_rate,
    span,
    to_hourly,
)
from warehouse.ranking.regions import PESOS, currency_of, place_units
from warehouse.ranking.relevance import read_relevance
from warehouse.ranking.remote import (
    SERVED_IN,
    SOFT_HOURS,
    SOFT_STATED_HOURS,
    Basis,
    RemoteScope,
    Scope,
    as_offered,
    parse_remote,
    read_places,
)
from warehouse.ranking.role_terms import (
    added_below_header,
    for_the_role,
    others_terms,
    role_headings,
    role_own_terms,
    role_pay,
    role_prose_terms,
    role_scopes,
    role_sections,
    skill_headings,
    skill_pay,
    skill_scopes,
    within,
)
from warehouse.ranking.skills import skill_spans
from warehouse.ranking.tax_terms import TaxTerms, read_tax_terms
from warehouse.ranking.taxonomy import PERSON_WORD

Floor = Literal["above", "below", "straddles"]
# work paid by the job or the piece ("$2,500 fixed", "$60 per video") is no one's
# employment: a post that names no engagement but such pay is a freelance gig
# the units whose currency the place decides (regions.place_units), as a text writes them
# ("Rs 80,000", "650 kr/timme", "12 LPA", "١٢٠٠٠ ريال", "15 000 DH", "6000dh"): a literal
# skim, then the words ("PRs", "HRs", "Kraków" name none), "元" the yuan or Taiwan's dollar
_UNIT_SKIM: tuple[str, ...] = ("Rs", "kr", "Kr", "LPA", "akh", "AKH", "lac", "rore")
_UNIT_SKIM += ("ريال", "دينار", "درهم", "DH", "Dh", "dh", "元")
# tried only where its words stand: the skim's "lac" and "kr" are in "place" and "works",
# and a pattern opening on a look-behind is tried at every character (300 µs a post
# that passes the skim, 20 at its words)
_UNIT_WORDS = Skimmed(
    re.compile(
        r"(?<![A-Za-z])(?:(?P<Rs>Rs)|(?P<kr>[Kk]r)|(?P<lakh>LPA|[Ll]akhs?|LAKHS?|lacs?|[Cc]rores?))\b"
        r"|(?P<ريال>ريال)|(?P<دينار>دينار)|(?P<元>元)"  # "ريالاً" too
        r"|(?P<درهم>درهم|(?<![A-Za-z])(?:DHS?|[Dd]hs?)(?![A-Za-z]))"  # "15 000 DH", "6000dh"
    )
)
# Oman and Amman are both written "عمان" (undotted): a riyal there is Oman's, a dinar
# Jordan's ("مطلوب محاسب في عمان ... ٧٠٠ دينار")
_OMAN_OR_AMMAN = "عمان"
_OMAN_OR_AMMAN_UNITS = {"ريال": "OMR", "دينار": "JOD"}
# a pay line's Spanish period or gross/net word, or millions with points for thousands
# ("$ 6.000.000", as no English card writes dollars): an alert's card ("$ 1.400.000
# (Mensual)", "$ 900.000 brutos", "$ 1.200.000 líquidos") and a short post are too short
# for their language to be read from their words
_SPANISH_PAY = re.compile(
    r"(?i)\b(?:mensual(?:es)?|por\s+mes|al\s+mes|brut[oa]s?|net[oa]s?|l[íi]quid[oa]s?)\b"
    r"|/\s*mes\b"
    r"|\$\s?\d{1,3}(?:\.\d{3}){2}(?![\d,])"
)
_PRICED_WORK = ("fixed", "piece")
# a day rate ("£450/day", "TJM 600 €") is how contractors are paid, never employees
_CONTRACTED_WORK = ("day",)
# a year's salary ("$120K/yr", "£60,000 - £70,000 a year") is how employees are paid: a
# card (an alert's, a saved job's) that names no terms but such pay is employment, where a
# whole post that names none may still say so in words no reader knows
_SALARIED_WORK = ("year",)
# what a contractor takes: a profile open to none of these is an employee's, who is paid
# a post's employee rate where it pairs one with a contractor's ("(B2B) / (UoP)")
_CONTRACTED = frozenset({"freelance", "contract", "fractional"})
# a gig board's tag ("[Hiring]", "[For Hire]" on r/forhire) makes an hour's pay a gig's
# too, where an employer's post that pays by the hour (an HN one may) says nothing
_GIG_TAGS = frozenset("[(")


@dataclass(frozen=True, slots=True)
class Features:
    """One row: each derived value with its basis and the raw words behind it."""

    engagement: Engagement | None
    engagements: tuple[Engagement, ...]  # every engagement offered; `engagement` ranks
    engagement_basis: Basis | None
    engagement_raw: str | None
    duration_months: int | None
    duration_weeks: int | None  # when the posting counts its length in weeks or days
    hours_per_week: float | None  # the least of a range ("20-30 hrs": 20)
    hours_per_week_max: float | None  # its most
    ir35: Ir35 | None  # a UK contract's stated IR35 status
    tax_terms: TaxTerms | None  # a US contract's stated W2 / C2C terms
    kind: Kind | None
    kind_basis: Basis | None
    kind_raw: str | None
    rate_min: float | None
    rate_max: float | None
    rate_period: RatePeriod | None
    currency: str | None
    rate_basis: Basis | None
    rate_raw: str | None
    hourly_min: float | None
    hourly_max: float | None
    rate_conversion: str | None
    # the rate's words include Australia's superannuation ("inc super"): its hourly is the
    # rest, which `why` says in the floor's unit
    rate_includes_super: bool
    # the floor of its own currency (`profile.currency_floors`) it was held against, as
    # `why` names it after the currency ("floor 18000/month, ≈ 19200/month"); else None
    rate_own_floor_said: str | None
    # the piece of ours a piece rate is paid by ("video", "word"), whose floor judges it
    rate_piece: str | None
    # one of the rate's currency in the profile's, where they differ ("EUR→USD at 1.08")
    rate_fx: float | None
    # against profile.min_hourly_rate, a piece rate against the floor of its piece, or a
    # rate in a currency of `profile.currency_floors` against that floor, unconverted
    # ("0.12/word"); "above" includes equal
    rate_vs_floor: Floor | None
    remote_scope: Scope | None
    remote_regions: tuple[str, ...]
    remote_basis: Basis | None
    remote_raw: str | None
    eligibility: Eligibility
    eligibility_reason: str
    languages_required: tuple[str, ...]  # ISO 639-1 codes: "fluent German" is de
    languages_preferred: tuple[str, ...]  # "German is a plus": binds nobody
    skills_matched: tuple[str, ...]
    skills_in_title: tuple[str, ...]
    roles_matched: tuple[str, ...]
    keywords_matched: tuple[str, ...]
    relevant: bool  # any skill or role of the profile: else out of the default ranking
    skills_in_passing: bool  # only a team's stack or skills any trade uses: out, with a reason
    fit: float


def understand(
    posting: Posting,
    profile: Profile,
    settings: RankingSettings,
    *,
    remote_board: bool = False,
    summary: bool = False,
) -> Features:
    """Everything the ranking needs to know about one posting, for one profile;
    `remote_board`: its source lists remote jobs only (its remote flag is the board's);
    `summary`: its texts are cards (`SUMMARY = True`), whose silence on terms says more."""
    posting = _western(posting)
    body = "\n".join(filter(None, (posting.title, posting.engagement_raw, posting.text)))
    offer, engagement_basis = _engagement(posting)
    kind, kind_basis, kind_raw = _kind(posting)
    # "Remote" and "Lisbon, Portugal" in two fields are one entry, remote near Lisbon, as
    # a location field writes it; "Remote; Lisbon" would read as a remote entry beside
    # an office, open anywhere
    where = ", ".join(filter(None, (posting.workplace_raw, posting.location)))
    # a national board's site (ca.indeed.com, seek.com.au): the market of a posting that
    # names no place of its own
    market = national_country(posting.url)
    scope = parse_remote(where, body, posting.remote, board_remote=remote_board, market=market)
    relevance = read_relevance(posting.title, posting.text, profile)
    # a supply post offers one person: its roles' and skills' terms are theirs, as the
    # post's are
    roles = relevance.roles_matched if kind != "supply" else ()
    skills = relevance.skills_matched if kind != "supply" else ()
    # a post listing roles with terms of their own: the others' bind them only
    mine = _without_others_terms(posting, roles, profile) if roles else posting
    if roles and engagement_basis != "stated":
        offer, engagement_basis = _listed_role_offer(offer, posting, mine, roles, profile)
    if offer and (roles or skills) and engagement_basis == "parsed" and len(offer.engagements) > 1:
        offer = _role_offer(offer, posting, roles, profile)
    owned = _owned(roles, skills, profile)
    # where the pay is: the post's places, or its board's country when it names only the
    # hours a client keeps ("$6/hr, AU business hours" on OnlineJobs.ph is US dollars)
    board = (market,) if market else ()
    hours_only = scope.soft in (SOFT_HOURS, SOFT_STATED_HOURS)
    regions = board if board and hours_only else scope.regions or board
    # a role added below the header ("Also hiring: Designer") is not paid the header's pay
    priced = mine
    if roles and added_below_header(body, roles, profile):
        priced = _without_header(mine)
    rate, rate_basis = _rate(priced, regions, profile, owned=owned)
    if offer is None and rate is not None:
        offer = _offer_of_pay(rate, gig=(kind_raw or "")[:1] in _GIG_TAGS, card=summary)
        engagement_basis = "parsed" if offer else None
    if kind == "supply":
        scope = as_offered(scope)
    # a share of a full week is of the week of the one country the post is in
    hours, share = weekly_load(body, scope.regions[0] if len(scope.regions) == 1 else None)
    load = _load(body, rate, hours, share, settings)
    hourly = to_hourly(rate, profile.currency, settings, load) if rate else None
    hourly_min, hourly_max, conversion = hourly or (None, None, None)
    vs_floor = _against_floor(hourly_min, hourly_max, profile.min_hourly_rate)
    piece = (
        piece_rate(rate, profile.piece_floors, profile.currency, settings.fx_usd) if rate else None
    )
    if piece:
        conversion = piece.said  # what `why` names the piece by, and converts it with
        vs_floor = _against_floor(piece.lo, piece.hi, piece.floor.amount) if piece.floor else None
    own = next((f for f in profile.currency_floors if rate and f.currency == rate.currency), None)
    paid = to_hourly(rate, own.currency, settings, load) if rate and own else None
    own_said = None
    if rate and own and paid:
        # paid in a currency with a floor of its own: held against it as paid
        lo, hi, said = paid
        vs_floor = _against_floor(lo, hi, own.hourly)
        own_said = own_floor_said(rate, own, lo, hi)
        conversion = f"{said} {own_said}"
    # a role of no terms of its own takes the post's, not another listed role's place
    rest = None
    if mine is not posting:
        read = "\n".join(filter(None, (mine.title, mine.engagement_raw, mine.text)))
        rest = parse_remote(where, read, posting.remote, board_remote=remote_board, market=market)
    verdict, reason = _eligibility(posting, scope, profile, roles, skills, rest=rest)
    languages = _languages(body, bool(posting.title), roles, profile)
    if unspoken := lacking(languages, profile.languages, profile.pairs):
        also = f"; {reason}" if verdict == "not_eligible" else ""
        verdict, reason = "not_eligible", unspoken + also
    if verdict != "not_eligible" and (need := read_nationality(body)):
        papers = nationality_verdict(need, scope.regions, profile)
        verdict, reason = _with_papers(verdict, reason, papers)
    if verdict != "not_eligible" and (service := national_service(body)):
        verdict, reason = "not_eligible", f"a national service placement ('{service}')"
    duration = parse_duration(body)
    return Features(
        engagement=offer.engagement if offer else None,
        engagements=offer.engagements if offer else (),
        engagement_basis=engagement_basis,
        engagement_raw=(offer.raw or None) if offer else None,
        duration_months=duration.months if duration else None,
        duration_weeks=duration.weeks if duration else None,
        hours_per_week=hours.least if hours else None,
        hours_per_week_max=hours.most if hours else None,
        ir35=read_ir35(body),
        tax_terms=read_tax_terms(body),
        kind=kind,
        kind_basis=kind_basis,
        kind_raw=kind_raw,
        rate_min=rate.min if rate else None,
        rate_max=rate.max if rate else None,
        rate_period=rate.period if rate else None,
        currency=rate.currency if rate else None,
        rate_basis=rate_basis,
        rate_raw=(rate.raw or None) if rate else None,
        hourly_min=hourly_min,
        hourly_max=hourly_max,
        rate_conversion=conversion,
        rate_includes_super=bool(rate and includes_super(rate)),
        rate_own_floor_said=own_said,
        rate_piece=piece.unit if piece else None,
        rate_fx=fx_factor(rate.currency, profile.currency, settings.fx_usd) if rate else None,
        rate_vs_floor=vs_floor,
        remote_scope=scope.scope,
        remote_regions=scope.regions,
        remote_basis=scope.basis,
        remote_raw=scope.raw,
        eligibility=verdict,
        eligibility_reason=reason,
        languages_required=languages.required,
        languages_preferred=languages.preferred,
        skills_matched=relevance.skills_matched,
        skills_in_title=relevance.skills_in_title,
        roles_matched=relevance.roles_matched,
        keywords_matched=relevance.keywords_matched,
        relevant=relevance.matched,
        skills_in_passing=relevance.in_passing,
        fit=relevance.fit,
    )


_WORST: dict[Eligibility | None, int] = {"not_eligible": 0, "review": 1, "eligible": 2, None: 3}


def _with_papers(
    verdict: Eligibility, reason: str, papers: tuple[Eligibility | None, str]
) -> tuple[Eligibility, str]:
    """The place's verdict held against the citizenship or right to work a post asks: a
    doubt or a no of the papers' wins, with its cause; papers met are named beside."""
    said, why = papers
    if said == "eligible":
        return verdict, f"{reason}; {why}"
    if said is None or _WORST[said] >= _WORST[verdict]:
        return verdict, reason  # a doubt already
    return said, why if said == "not_eligible" else f"{reason}; {why}"


def _load(
    body: str,
    rate: Rate | None,
    hours: WeeklyHours | None,
    share: tuple[float, float] | None,
    settings: RankingSettings,
) -> tuple[float, float] | None:
    """The share of a full week's hours a week's, month's or year's pay is for, least and
    most: the share of a week the post states (`share`), else its weekly hours, else a
    month's hours beside a month's pay (a retainer's "$3k/month for 20 hours"); None for
    a full week or none stated."""
    if rate is None or rate.period not in ("week", "month", "year") or _pro_rata(body, rate):
        return None
    if share:
        return share  # "3 days a week": three fifths of a month, whatever the country's week
    if hours:
        return hours.least / settings.hours_per_week, hours.most / settings.hours_per_week
    if rate.period == "month" and (monthly := parse_hours_per_month(body)):
        return monthly[0] / settings.hours_per_month, monthly[1] / settings.hours_per_month
    return None


# a salary "pro rata" is a full week's figure, of which a part-time load is paid its share
# ("£32,000 pro rata, 22.5 hours per week" is £17.78/h): read within a few words of the
# rate only, as "25 days' holiday (pro rata)" says nothing of the salary
_PRO_RATA = re.compile(
    r"(?i:pro[\s-]?rat(?:a|ed)|full[\s-]?time[\s-]+equivalent|(?:auf\s+)?vollzeitbasis)"
)
_PRO_RATA_REACH = 40


def _pro_rata(body: str, rate: Rate) -> bool:
    """Whether the rate is a full week's figure the post pays a share of ("pro rata")."""
    low = body.lower()
    if "pro" not in low and "equivalent" not in low and "vollzeitbasis" not in low:
        return False
    at = body.find(rate.raw.split("; ")[0])
    if at < 0:
        return False
    reach = body[max(0, at - _PRO_RATA_REACH) : at + len(rate.raw) + _PRO_RATA_REACH]
    return bool(_PRO_RATA.search(reach))


def _eligibility(
    posting: Posting,
    post_scope: RemoteScope,
    profile: Profile,
    roles: tuple[str, ...],
    skills: tuple[str, ...] = (),
    *,
    rest: RemoteScope | None = None,
) -> tuple[Eligibility, str]:
    """The user's eligibility by the terms of the role they match, where the post lists
    several roles each with its own place (or under a heading of its own); else by the
    whole post's, with a place it opens to roles it names ("but only for the sales
    positions") kept for those roles. With no role matched, the roles whose items name
    the profile's skills, where only such items do. A post the whole of which is in
    doubt (remote for some roles only) stays for the user to check. `rest`: the post's
    scope read without the other listed roles' own terms, a role's of no terms."""
    post_scope = for_the_role(post_scope, roles, profile)
    whole = eligibility(post_scope, profile)
    if not (roles or skills):
        return whole
    text = "\n".join(filter(None, (posting.title, posting.text)))
    own, named = role_scopes(text, roles, profile), f"{' / '.join(roles)} role"
    if not own and skills:  # a role not listed by its name: the items naming the skills
        own = skill_scopes(text, _skill_spans(text, profile))
        named = f"role naming {', '.join(skills)}"
    if not own:
        return eligibility(for_the_role(rest, roles, profile), profile) if rest else whole
    verdict, reason = max(
        (eligibility(within(scope, post_scope), profile) for scope in own), key=_most_open
    )
    if verdict == whole[0]:
        return whole
    if verdict == "not_eligible" and whole[0] == "review" and post_scope.doubt:
        return "review", f"{whole[1]}; as stated for the {named}: {reason}"
    return verdict, f"{reason}; as stated for the {named}"


def _skill_spans(text: str, profile: Profile) -> list[tuple[int, int]]:
    """Where `text` names the profile's skills, under any of their names."""
    return list(skill_spans(text, profile.skills, tuple(profile.aliases.items())))


def _owned(roles: tuple[str, ...], skills: tuple[str, ...], profile: Profile) -> Owned | None:
    """Which amounts pay the matched roles, or with none the roles the skills name."""
    if roles:
        return partial(role_pay, roles=roles, profile=profile)
    return partial(_skills_pay, profile=profile) if skills else None


def _skills_pay(
    text: str, amounts: Sequence[tuple[int, int]], profile: Profile
) -> Sequence[bool] | None:
    return skill_pay(text, amounts, _skill_spans(text, profile))


def _role_offer(offer: Offer, posting: Posting, roles: tuple[str, ...], profile: Profile) -> Offer:
    """Of a post offering several engagements, the one the heading over the matched role
    names ("Contract roles:" over "- Data Engineer", "Full-time:" over the others), or
    the section under the role's own heading ("Frontend Engineer" over its paragraph),
    or with no role listed by name, the heading over the items naming the skills."""
    text = "\n".join(filter(None, (posting.title, posting.text)))
    headings = role_headings(text, roles, profile) or role_sections(text, roles, profile)
    if not headings:  # a role not listed by its name: the items naming the skills
        headings = skill_headings(text, _skill_spans(text, profile))
    named = (parse_engagement(None, heading) for heading in headings)
    found = {one.engagement: one for one in named if one and one.engagement in offer.engagements}
    return next(iter(found.values())) if len(found) == 1 else offer


def _listed_role_offer(
    offer: Offer | None,
    posting: Posting,
    mine: Posting,
    roles: tuple[str, ...],
    profile: Profile,
) -> tuple[Offer | None, Basis | None]:
    """The engagement of the matched role, where a post lists roles with terms of their
    own: its own ("Lead Data Engineer (contract, remote EU)" under a "Full-time"
    header); else the post's read without the other roles' own terms (`mine`), which
    bind their role only ("Data Engineer - Remote (EU) - contract" beside "Head of
    Design")."""
    text = "\n".join(filter(None, (posting.title, posting.text)))
    terms = role_own_terms(text, roles, profile) or role_prose_terms(text, roles, profile)
    own = (parse_engagement(None, term) for term in terms)
    found = {one.engagement: one for one in own if one}
    if len(found) == 1:
        one = next(iter(found.values()))
        # the header's cells are the post's terms, which its text may widen ("Part-Time"
        # over "on a part-time / freelance basis"): the post's offer where it holds them;
        # a first line that lists several roles, not in cells ("Roles: X (contract); Y
        # (full-time)"), is no header of the post's, nor are a role's own brackets in a
        # header that lists another ("Backend Engineer (contract), Designer (full-time) |")
        header = text.split("\n", 1)[0]
        several = len(PERSON_WORD.findall(header)) > 1
        cells = not several or ("|" in header and not any(f"({t}" in header for t in terms))
        if (
            offer
            and one.engagement in offer.engagements
            and cells
            and all(t in header for t in terms)
        ):
            return offer, "parsed"
        return one, "parsed"
    if offer is None or mine is posting:
        return offer, "parsed" if offer else None
    rest = parse_engagement(mine.title, mine.text)
    return (rest, "parsed") if rest else (None, None)


def _without_others_terms(posting: Posting, roles: tuple[str, ...], profile: Profile) -> Posting:
    """The posting with the own terms of the roles it lists beside the matched ones
    blanked out ("Data Engineer - Remote (EU) - contract, €650/day" for a designer),
    as long as before; the posting itself where none stand."""
    title = posting.title or ""
    text = "\n".join(filter(None, (title, posting.text)))
    starts = [(m.end(), m.end()) for m in _LINE_STARTS.finditer(text)]
    if not (spans := others_terms(text, roles, profile, starts)):
        return posting
    chars = list(text)
    for start, end in spans:
        chars[start:end] = " " * (end - start)
    read = "".join(chars)
    if not title:
        return replace(posting, text=read)
    return replace(posting, title=read[: len(title)], text=read[len(title) + 1 :])


_LINE_STARTS = re.compile(r"^|\n")


def _without_header(posting: Posting) -> Posting:
    """The posting without its title, and without its text's first line where that is
    the title (a Hacker News header), blanked as long as before."""
    text, title = posting.text, posting.title
    if title and text.startswith(title):
        text = " " * len(title) + text[len(title) :]
    return replace(posting, title=None, text=text)


def _languages(body: str, titled: bool, roles: tuple[str, ...], profile: Profile) -> LanguageNeeds:
    """The languages the post asks of whoever takes the matched role: what it asks in
    another listed role's own terms ("Support Engineer (fluent German)" beside
    "Backend Engineer") is that role's, read away."""
    needs = read_languages(body, titled=titled)
    if not (needs.clauses and roles):
        return needs
    if not (spans := others_terms(body, roles, profile, needs.clauses)):
        return needs
    chars = list(body)
    for start, end in spans:
        chars[start:end] = " " * (end - start)
    return read_languages("".join(chars), titled=titled)


def _most_open(verdict: tuple[Eligibility, str]) -> int:
    """Eligible before review before not eligible: the user may take any role they fit."""
    return ("not_eligible", "review", "eligible").index(verdict[0])


def _engagement(posting: Posting) -> tuple[Offer | None, Basis | None]:
    """A stated engagement, with every other one its labels name ("Full-Time,
    Contract"); else the labels alone, which may state several; else the words, the
    pay's own too ("20 000 - 26 000 PLN netto (B2B)", an alert's pay line). A title
    naming agency employment ("ANÜ") beats a board's rule that its jobs are freelance."""
    labels = parse_engagement(None, posting.engagement_raw) if posting.engagement_raw else None
    if posting.engagement not in (None, "full_time") and (agency := agency_work(posting.title)):
        return Offer("full_time", agency, ("full_time",)), "parsed"
    if posting.engagement is not None:
        offered = ordered((posting.engagement, *(labels.engagements if labels else ())))
        return Offer(posting.engagement, posting.engagement_raw or "", offered), "stated"
    if labels:
        return Offer(labels.engagement, posting.engagement_raw or "", labels.engagements), "stated"
    found = parse_engagement(posting.title, posting.text)
    if found is None and posting.salary_raw:
        found = parse_engagement(None, posting.salary_raw)
    return (found, "parsed") if found else (None, None)


def _offer_of_pay(rate: Rate, *, gig: bool, card: bool) -> Offer | None:
    """The engagement a post that names none implies by how it pays: by the job or the
    piece is freelance work, by the hour too in a gig board's tagged post (`gig`), by
    the day a contract (a day's wage, "日薪 1,600 元", none), by the year employment on
    a `card`."""
    if rate.period in _PRICED_WORK or (gig and rate.period == "hour"):
        return Offer("freelance", rate.raw, ("freelance",))
    if rate.period in _CONTRACTED_WORK and not day_wage(rate):
        return Offer("contract", rate.raw, ("contract",))
    if card and rate.period in _SALARIED_WORK:
        return Offer("full_time", rate.raw, ("full_time",))
    return None


def _kind(posting: Posting) -> tuple[Kind | None, Basis | None, str | None]:
    """A stated kind keeps the words that state it when they agree ("[Hiring]")."""
    found = parse_kind(posting.title, posting.text)
    if posting.kind is not None:
        agrees = found is not None and found[0] == posting.kind
        return posting.kind, "stated", found[1] if found and agrees else None
    return (found[0], "parsed", found[1]) if found else (None, None, None)


def _contractor(profile: Profile) -> bool:
    """Whether the user works as a contractor: any engagement of theirs is one."""
    return not profile.engagements or bool(_CONTRACTED & set(profile.engagements))


def _western(posting: Posting) -> Posting:
    """The posting with its texts' Arabic-Indic digits written as Western ones, which
    every reader reads ("٥٠٠ دولار" is "500 دولار")."""
    texts = (posting.title, posting.text, posting.location, posting.salary_raw)
    western = tuple(western_digits(t) if t else t for t in texts)
    if western == texts:
        return posting
    title, text, location, salary = western
    return replace(posting, title=title, text=text or "", location=location, salary_raw=salary)


def _rate(
    posting: Posting, regions: tuple[str, ...], profile: Profile, *, owned: Owned | None
) -> tuple[Rate | None, Basis | None]:
    """Stated amounts with a period; else the salary string (a salary field, so a sum
    of thousands in it is a year's pay); else the title's and the text's, spanned
    when they agree in currency and period (a title's range and the roles below it);
    else stated amounts without a period, which are kept but never converted; else pay
    without a currency, in the `local` one of the posting's place. Of pay per role or
    per contract or in several currencies, the reader's (`parse_rate`'s `contractor`,
    `owned` and `currency`)."""
    stated = posting.rate_min is not None or posting.rate_max is not None
    if stated and posting.rate_period is not None:
        return _stated_rate(posting), "stated"
    units = _units(regions, posting)
    dollar = units.get("$")  # "$80–$95 an hour" in Mississauga, ON is Canadian dollars
    salary = (
        parse_field_rate(
            posting.salary_raw,
            salary_field=True,
            dollar=dollar,
            monthly=units.get("month"),
            local=tuple(sorted((u, c) for u, c in units.items() if u not in ("$", "month"))),
        )
        if posting.salary_raw
        else None
    )
    lives = partial(lives_in, locations=profile.locations) if profile.locations else None
    if salary and names_several_currencies(posting.salary_raw or ""):
        # a cell per country ("US $160k-$185k / UK £90k-£105k"): the reader's
        cell = parse_rate(
            posting.salary_raw or "",
            salary_field=True,
            units=units,
            currency=profile.currency,
            lives=lives,
        )
        salary = cell or salary
    if salary:
        return salary, "parsed"
    reader = partial(
        parse_rate,
        contractor=_contractor(profile),
        owned=owned,
        currency=profile.currency,
        lives=lives,
    )
    in_title = parse_field_rate(posting.title, dollar=dollar) if posting.title else None
    # several amounts: the role's, if one's; several currencies: the reader's cell
    several = in_title and (
        (owned and "; " in in_title.raw) or names_several_currencies(posting.title or "")
    )
    if several:
        in_title = reader(posting.title or "", units={"$": dollar} if dollar else {})
    in_text = reader(posting.text, units=units) if posting.text else None
    if in_title and in_text and owned and (posting.text or "").startswith(posting.title or "\0"):
        # a header that is the text's first line (Hacker News): its amount is read there
        # with the role it pays ("Acme | Staff Frontend Engineer | $180k" over "Also
        # hiring: Data Engineer (€90/h)"), not spanned with the reader's role's again
        in_title = None
    found = [rate for rate in (in_title, in_text) if rate]
    if found:
        return _with_bare(span(found[0], found[1:]), posting), "parsed"
    if stated:
        return _stated_rate(posting), "stated"
    if (local := currency_of(regions)) is None:
        return None, None
    bare = (parse_bare_rate(t, local) for t in (posting.title, posting.text) if t)
    found_bare = next((rate for rate in bare if rate), None)
    return (found_bare, "parsed") if found_bare else (None, None)


# boards whose cards quote dollars by the month wherever the job is: Djinni's and DOU's
# ("$3000-4000" on a card placed in "Європа" or "Europe")
_MONTHLY_DOLLAR_SITES = ("//djinni.co/", "//www.djinni.co/", "//jobs.dou.ua/")


def _units(regions: tuple[str, ...], posting: Posting) -> dict[str, str]:
    """What the posting's place means by "kr", lakhs, "Rs" and "$". A rupee's country
    named only in the text counts too ("Lahore office ... Rs 250,000" is Pakistan's),
    read only where "Rs", "kr" or lakhs stand and its place did not settle it, and never
    the places of the clients or users one serves ("clients in Pakistan"). A bare "$" is the peso
    only in Spanish ("$25,000 mensuales" in Guadalajara, or an alert's pay line "$ 1.400.000
    (Mensual)", or a text too short to tell its language that pays in Spanish words), as a
    US client's post placed in Mexico ("$48/hr, US hours from Mexico")
    pays in dollars. A "¥" is the yuan in China or in Chinese, else the yen."""
    text = posting.text or ""
    units = place_units(regions)
    if any(site in (posting.url or "") for site in _MONTHLY_DOLLAR_SITES):
        units.setdefault("month", "USD")
    if any(word in text for word in _UNIT_SKIM) and (
        named := {m.lastgroup for m in _UNIT_WORDS.finditer(text)} - set(units)
    ):
        # the title's town too ("مطلوب مطور ويب في مسقط" over "٨٠٠ ريال شهريًا")
        told = f"{posting.title}\n{text}" if posting.title else text
        lived = SERVED_IN.sub("", told)  # "clients in Pakistan": not where the pay is
        units = {
            u: c for u, c in place_units(tuple(read_places(lived))).items() if u in named
        } | units
        if _OMAN_OR_AMMAN in told:
            units = {u: c for u, c in _OMAN_OR_AMMAN_UNITS.items() if u in named} | units
    if units.get("$") in PESOS and not _spanish_pay(posting, text):
        del units["$"]
    if YEN not in units and YEN in text and _chinese(posting, text):
        units[YEN] = "CNY"  # "项目总价 ¥20,000": the yuan, whatever place it names
    return units


def _chinese(posting: Posting, text: str) -> bool:
    """Whether the posting is written in Chinese, where "¥" is the yuan."""
    return written_in(f"{posting.title or ''} {text}") == "zh"


def _spanish_pay(posting: Posting, text: str) -> bool:
    """Whether the posting is written in Spanish, or its pay line is (`_SPANISH_PAY`): a
    salary field's, or a text's too short for its language to be read ("Dev Python" over
    "Renta $2.000.000 líquidos" in Santiago)."""
    language = written_in(f"{posting.title or ''} {text}")
    if language == "es" or _SPANISH_PAY.search(posting.salary_raw or ""):
        return True
    return language is None and bool(_SPANISH_PAY.search(text))


def _with_bare(rate: Rate, posting: Posting) -> Rate:
    """A year's pay spanned with the sums of thousands the post writes without a
    currency ("| 160k - 200k Base salary |" above "| 140k - 180k USD Base Salary |"):
    a post that names the currency of one salary pays the others in it too."""
    if rate.period != "year" or rate.currency is None:
        return rate
    texts = (posting.title, posting.text)
    bare = [found for text in texts if text and (found := parse_bare_rate(text, rate.currency))]
    return span(rate, bare) if bare else rate


def _stated_rate(posting: Posting) -> Rate:
    return Rate(
        posting.rate_min,
        posting.rate_max,
        posting.rate_period,
        posting.currency,
        posting.salary_raw or "",
    )


def _against_floor(lo: float | None, hi: float | None, floor: float | None) -> Floor | None:
    """Where an hourly range sits against the user's floor; an open top is unknown,
    so "$100+/h" under a floor of 120 straddles it, but an upper bound at or over the
    floor meets it ("Max. uurtarief € 105" under 90): the client takes any rate up to it."""
    if floor is None or (lo is None and hi is None):
        return None
    bottom = lo if lo is not None else hi  # an upper bound alone: what the client takes
    if bottom is not None and bottom >= floor:
        return "above"
    if hi is not None and hi < floor:
        return "below"
    return "straddles"
