"""SmartRecruiters Posting API: `api.smartrecruiters.com/v1/companies/<company>/postings`.

Terms: the API needs no key but is governed by the SAP API Policy, which prohibits
"scraping, harvesting, or systematic and/or large-scale data extraction", and its
robots.txt disallows every crawler but LinkedInBot. So the source reads nothing unless
the user lists companies *and* sets `acknowledge_terms` (having the permission of
SmartRecruiters or of the employer), and the HTTP client still obeys robots.txt unless
the user exempts the API's host (`[http] robots_exempt_hosts`, counted per request).
Within that it is frugal: one listing request per 100 postings (at most `pages`), then
the descriptions of only the newest `details` postings of each company, paced by the
client (1 s a host by default, never under the 0.1 s of the API's documented 10 requests
a second). We link every posting to its jobs.smartrecruiters.com page and name
SmartRecruiters.

No `BOARD`: an unknown company answers 200 with no postings, so a probe cannot tell a
wrong guess from an empty board, and `leads network boards` would ask this API about
every organisation of the network, which is the systematic use the policy forbids.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from html import escape
from typing import TYPE_CHECKING, Any
from urllib.parse import quote, urlsplit

from extractors._board_list import CareersUrls, listed_units
from extractors._contract import (
    BlockedByRobots,
    ConfigError,
    ExtractorError,
    JobIds,
    Page,
    ParseError,
    Posting,
    Provenance,
    Skip,
    SourceUnavailable,
    Truncated,
)
from extractors._normalize import (
    EMPLOYMENT_FIELD,
    each_item,
    engagement_from_label,
    html_to_text,
    json_list,
    json_object,
    json_shape,
    listing_name,
    plain_text,
    required,
    utc_from_iso,
)
from extractors._places import country_name

if TYPE_CHECKING:
    from extractors._http import PoliteClient

NAME = "smartrecruiters"
ATTRIBUTION = (
    "SmartRecruiters job postings (https://jobs.smartrecruiters.com), read under the "
    "user's acknowledgement of the SAP API Policy: link each posting to its "
    "jobs.smartrecruiters.com page and name SmartRecruiters."
)
WINDOWED = False  # every listing page is read: a posting missing from them has closed
PROVENANCE: Provenance = "employer"  # the employer's own SmartRecruiters career site
# the numeric id in jobs.smartrecruiters.com/<company>/<id>-<title> and the API's paths
JOB_IDS = (JobIds(r"/(\d{10,})(?!\d)", hosts=("smartrecruiters.com",)),)
CAREERS = CareersUrls(
    "companies",
    'companies = ["AcmeCorp"] for https://jobs.smartrecruiters.com/AcmeCorp',
    r"(?:jobs|careers)\.smartrecruiters\.com/([^/?#]+)",
    r"api\.smartrecruiters\.com/v1/companies/([^/?#]+)",
)

PUBLIC = "https://jobs.smartrecruiters.com"
_LIMIT = 100  # asked for; the server may answer with less, and we page by its answer
_RATE_LIMIT = 0.1  # seconds between requests: the API documents 10 requests a second
_GONE = {404, 410}  # a posting closed between the listing and its own page
_COMPANY_IN_PATH = re.compile(r"/v1/companies/([^/]+)/postings")
_DETAIL_PATH = re.compile(r"/v1/companies/[^/]+/postings/[^/]+$")
# the job ad's sections, in the order the career site shows them
_SECTIONS = ("companyDescription", "jobDescription", "qualifications", "additionalInformation")
_FLAGS = (("hybrid", "Hybrid"), ("remote", "Remote"))  # hybrid first: some office days
Listing = list[tuple[Page, list[Any]]]  # each listing page with its postings, read once


@dataclass(frozen=True)
class Settings:
    """The `[sources.smartrecruiters]` table: company identifiers, as in
    jobs.smartrecruiters.com/<company>, and how many descriptions to fetch."""

    base_url: str = "https://api.smartrecruiters.com"
    companies: tuple[str, ...] = ()
    details: int = 25  # per company and run, newest first: one request each
    acknowledge_terms: bool = False  # you have permission: see the module's docstring
    # listing pages per company and run (100 postings each at most): a longer listing
    # is reported, and its postings past the bound are neither read nor closed
    pages: int = 20

    def __post_init__(self) -> None:
        """Refused at load, before anything is fetched: listing companies is not enough."""
        if self.companies and not self.acknowledge_terms:
            raise ConfigError(
                "acknowledge_terms: SmartRecruiters' API policy prohibits systematic "
                "extraction and its robots.txt disallows crawlers; set it to true only "
                "with permission to read these companies' postings (see the README)"
            )
        if self.details < 0:
            raise ConfigError(f"details: expected 0 or more, got {self.details}")
        if self.pages < 1:
            raise ConfigError(f"pages: expected 1 or more, got {self.pages}")


def units(settings: Settings) -> list[str]:
    """One unit per company, so one dead company does not stop the others."""
    return listed_units(settings.companies, CAREERS)


def fetch(settings: Settings, unit: str, client: PoliteClient) -> Iterator[Page]:
    """One company's listing, page by page, and the own pages of its newest postings.

    The own pages come first: the first copy of a posting in a run is the one kept, and
    it should be the one with the description (`leads rebuild` reads stored pages by
    URL, which puts `.../postings/<id>` before `.../postings?...` too). A failure there
    still yields the listing (every open posting), then raises so the run reports it;
    so does a listing longer than `pages` (Truncated: nothing of it is closed).
    """
    base = f"{settings.base_url.rstrip('/')}/v1/companies/{quote(unit, safe='')}/postings"
    client.keep_interval(base, _RATE_LIMIT)  # whatever [http] min_interval says
    listing, cut = _listing(base, unit, settings.pages, client)
    failure: ExtractorError | None = None
    try:
        yield from _details(base, unit, _newest(listing, settings.details), client)
    except (SourceUnavailable, BlockedByRobots) as error:
        failure = error
    yield from (page for page, _ in listing)
    if failure is None and cut is not None:
        failure = Truncated(
            f"{cut}: {unit} lists more postings than the {settings.pages} pages read "
            "(sources.smartrecruiters.pages); the rest stay open, unread"
        )
    if failure is not None:
        raise failure


def _listing(base: str, unit: str, pages: int, client: PoliteClient) -> tuple[Listing, str | None]:
    """Up to `pages` listing pages with their postings, stepping `offset` by the
    `limit` each answer states (the server clamps what we ask for) until `totalFound` is
    reached or a page is empty; and the URL of the first page left unread when the
    bound cut the listing short, else None."""
    listing: Listing = []
    offset = 0
    for _ in range(pages):
        page = client.get(base, params={"limit": _LIMIT, "offset": offset}, scope=unit)
        answer = json_object(page)
        content, total, step = answer.get("content"), answer.get("totalFound"), answer.get("limit")
        if not isinstance(content, list):
            raise ParseError(f"{page.url}: expected an object with a 'content' list")
        listing.append((page, content))
        offset += step if isinstance(step, int) and step > 0 else len(content)
        if not content or not isinstance(total, int) or offset >= total:
            return listing, None
    return listing, f"{base}?limit={_LIMIT}&offset={offset}"


def _newest(listing: Listing, count: int) -> list[str]:
    """The ids of the `count` newest postings of the listing, by `releasedDate`."""
    released: dict[str, datetime] = {}
    for _, content in listing:
        for item in content:
            if isinstance(item, dict) and item.get("id") is not None and _public(item):
                when = utc_from_iso(item.get("releasedDate"))
                released.setdefault(str(item["id"]), when or datetime.min.replace(tzinfo=UTC))
    return sorted(released, key=released.__getitem__, reverse=True)[:count]


def _details(base: str, unit: str, ids: list[str], client: PoliteClient) -> Iterator[Page]:
    """Each posting's own page (its description); one closed since the listing is
    left to the listing's copy."""
    for posting_id in ids:
        try:
            yield client.get(f"{base}/{quote(posting_id, safe='')}", scope=unit)
        except SourceUnavailable as error:
            if error.status not in _GONE:
                raise


def parse(page: Page) -> Iterator[Posting | Skip]:
    """A listing page's postings (`{offset, limit, totalFound, content}`), without
    descriptions, or the one posting of a posting's own page, with its job ad."""
    company = listing_name(page, _COMPANY_IN_PATH)
    if _DETAIL_PATH.search(urlsplit(page.url).path):
        posting = json_object(page)
        if posting.get("id") is None:  # an error object served with a 200
            raise ParseError(f"{page.url}: expected a posting, got {json_shape(posting)}")
        yield from each_item([posting], lambda job: _posting(job, company), "posting")
        return
    jobs = json_list(page, "content")
    yield from each_item(jobs, lambda job: _posting(job, company), "posting")


def _posting(job: dict[str, Any], company_id: str) -> Posting | Skip:
    """One posting; employment type and remote or hybrid work are structured fields."""
    company = job.get("company") or {}
    identifier = (company.get("identifier") or "").strip() or company_id
    public = f"{PUBLIC}/{quote(identifier, safe='')}/{quote(str(job.get('id')), safe='')}"
    link = (job.get("postingUrl") or "").strip() or (public if identifier else None)
    found = required(job.get("id"), link, job.get("name"), "posting")
    if isinstance(found, Skip):
        return found
    posting_id, url, title = found
    if not _public(job):
        return Skip("not_public", f"posting {posting_id}")
    employment = job.get("typeOfEmployment") or {}
    label = (employment.get("label") or "").strip() or None
    custom = _custom_employment(job.get("customField"))
    html = _html(job)
    place = job.get("location") or {}
    return Posting(
        source=NAME,
        source_id=posting_id,
        url=url,
        title=title,
        company=plain_text(company.get("name")),
        text=html_to_text(html),
        html=html,
        posted_at=utc_from_iso(job.get("releasedDate")),
        location=_location(place),
        remote=_remote(place),
        workplace_raw=_workplace(place),
        engagement=engagement_from_label(label)
        or engagement_from_label(employment.get("id"))
        or engagement_from_label(custom),
        engagement_raw=label or custom,
        apply_url=(job.get("applyUrl") or "").strip() or None,
        requisition_id=(job.get("refNumber") or "").strip() or None,
        language=((job.get("language") or {}).get("code") or "").strip() or None,
        extra=_extra(job),
    )


def _custom_employment(fields: Any) -> str | None:
    """The value of an employer's own employment-type field ("Employment Type":
    "Freelance"), which some state beside, or instead of, `typeOfEmployment`."""
    for field in fields if isinstance(fields, list) else ():
        if isinstance(field, dict) and EMPLOYMENT_FIELD.search(str(field.get("fieldLabel") or "")):
            value = str(field.get("valueLabel") or "").strip()
            if value:
                return value
    return None


def _public(job: dict[str, Any]) -> bool:
    """Whether the posting is on the public career site (the listing's default)."""
    return job.get("visibility") in (None, "PUBLIC")


def _html(job: dict[str, Any]) -> str | None:
    """The job ad's sections under their titles; a listing page has none."""
    sections = (job.get("jobAd") or {}).get("sections") or {}
    parts = []
    for key in _SECTIONS:
        section = sections.get(key) or {}
        text = section.get("text")
        if isinstance(text, str) and text.strip():
            title = (section.get("title") or "").strip()
            parts.append(f"<h3>{escape(title)}</h3>{text}" if title else text)
    return "".join(parts) or None


def _location(place: dict[str, Any]) -> str | None:
    """`fullLocation`, else "city, region, country" (the country's code as its name:
    "PT" would read as Pacific Time)."""
    full = (place.get("fullLocation") or "").strip()
    if full:
        return full
    parts = [str(place.get(key) or "").strip() for key in ("city", "region")]
    parts.append(country_name(str(place.get("country") or "").strip()))
    return ", ".join(dict.fromkeys(part for part in parts if part)) or None


def _remote(place: dict[str, Any]) -> bool | None:
    """Remote when `remote` says so and it is not hybrid (some office days); None when
    neither flag is stated."""
    flags = [place.get(key) for key, _ in _FLAGS]
    if not any(isinstance(flag, bool) for flag in flags):
        return None
    return place.get("remote") is True and place.get("hybrid") is not True


def _workplace(place: dict[str, Any]) -> str | None:
    """The flags as a workplace word: Hybrid, Remote, or On-site when both are false."""
    for key, word in _FLAGS:
        if place.get(key) is True:
            return word
    stated = all(isinstance(place.get(key), bool) for key, _ in _FLAGS)
    return "On-site" if stated else None


def _extra(job: dict[str, Any]) -> dict[str, str]:
    """Department, function, industry and experience level (their labels), and the
    country's code."""
    keys = ("department", "function", "industry", "experienceLevel")
    labels = {key: (job.get(key) or {}).get("label") for key in keys}
    labels["country"] = str((job.get("location") or {}).get("country") or "").upper()
    return {key: str(value).strip() for key, value in labels.items() if str(value or "").strip()}
