"""Personio career pages' XML feed: `<company>.jobs.personio.de/xml`.

Documented by Personio for employers who publish their jobs elsewhere ("XML feed"),
public, no key. Terms: no third-party feed licence found, so the source is opt-in (no
company by default). We link every posting to its page on <company>.jobs.personio.de
and name Personio. The shape (`<workzag-jobs><position>`) is from Personio's help pages
and public feeds; there is no salary and no remote flag in it.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from html import escape
from typing import TYPE_CHECKING, Any
from urllib.parse import quote, urlsplit

from extractors._board_list import (
    Board,
    CareersUrls,
    board_base,
    board_page,
    listed_companies,
    listed_units,
)
from extractors._contract import (
    BoardApi,
    JobIds,
    Page,
    ParseError,
    Posting,
    Provenance,
    Skip,
    SourceUnavailable,
)
from extractors._normalize import (
    each_item,
    engagement_from_label,
    html_to_text,
    plain_text,
    required,
    tags,
    utc_from_iso,
)
from extractors._orgs import board_company

if TYPE_CHECKING:
    from extractors._http import PoliteClient

NAME = "personio"
ATTRIBUTION = (
    "Personio career pages (https://www.personio.com): no feed licence; "
    "link each posting to its <company>.jobs.personio.de page and name Personio."
)
WINDOWED = False  # the feed lists every published position: one missing from it has closed
PROVENANCE: Provenance = "employer"  # the employer's own Personio career page
STATES_COMPANY = False  # the feed names no company (`subcompany`, when set, is a unit of it)
JOB_IDS = (JobIds(r"/job/(\d+)", hosts=("jobs.personio.de", "jobs.personio.com")),)
CAREERS = CareersUrls(
    "boards",
    'boards = ["acme"] for https://acme.jobs.personio.de',
    r"([a-z0-9-]+)\.jobs\.personio\.(?:de|com)(?:[/?#]|$)",
    in_host=True,
)
BOARD = BoardApi("/xml", "https://{}.jobs.personio.de", "boards", entry_key="board")

_FEED_OFF = (
    "if that page lists jobs, the company has its XML feed off (Personio's recruiting "
    "settings, career page activations): ask it to switch the feed on"
)
_HOST = ".jobs.personio."  # <company>.jobs.personio.de (or .com)
# employmentType that says the terms whatever the schedule; `permanent` (and
# anything else) takes its hours from `schedule`
_TERMS = {"freelance": "freelance", "temporary": "temporary", "working_student": "working student"}
_SCHEDULES = ("full-time", "part-time")  # `flexible` says nothing of the hours
# an office named for the way of working: from home, or some days at the office
_REMOTE_OFFICE = re.compile(r"\b(?:remote|home ?office)\b", re.IGNORECASE)
_HYBRID_OFFICE = re.compile(r"\bhybrid\b", re.IGNORECASE)


@dataclass(frozen=True)
class Settings:
    """The `[sources.personio]` table: companies, as in <company>.jobs.personio.de, or
    `Board`s; `language` asks for the texts in one language ("de", "en") where the
    company writes several."""

    base_url: str = "https://{}.jobs.personio.de"
    boards: tuple[str | Board, ...] = ()
    language: str | None = None


def units(settings: Settings) -> list[str]:
    """One unit per company, so one dead feed does not stop the others."""
    return listed_units(settings.boards, CAREERS)


def companies(settings: Settings) -> dict[str, str]:
    """The company of each board the config names one for (it beats the token)."""
    return listed_companies(settings.boards, CAREERS)


def fetch(settings: Settings, unit: str, client: PoliteClient) -> Iterator[Page]:
    """GET one company's feed, every position with its texts; the feed has no paging.

    An unknown company answers 404 (an HTML "Page not found"); so may one whose career
    page is up but whose XML feed is off: the employer switches it on in Personio (it
    is not in every plan), so the error says both."""
    params = {"language": settings.language} if settings.language else None
    url = f"{board_base(settings.base_url, unit)}/xml"
    try:
        page = board_page(client, url, unit, BOARD.public, params=params)
    except SourceUnavailable as error:
        if error.status not in (404, 410):
            raise
        raise SourceUnavailable(error.url, error.status, f"{error.reason}; {_FEED_OFF}") from error
    yield page


def parse(page: Page) -> Iterator[Posting | Skip]:
    """Postings of one feed (`<workzag-jobs>` of `<position>`s)."""
    company = _company(page)
    positions = [_fields(position) for position in _root(page)]
    yield from each_item(positions, lambda job: _posting(job, company), "position")


def _root(page: Page) -> Any:
    """The `<workzag-jobs>` element; entities are not expanded, nothing is fetched."""
    from lxml import etree

    parser = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False)
    try:
        root = etree.fromstring(page.body, parser)
    except etree.XMLSyntaxError as error:
        raise ParseError(f"{page.url}: not XML ({error})") from None
    if root.tag != "workzag-jobs":
        raise ParseError(f"{page.url}: expected <workzag-jobs>, got <{root.tag}>")
    return root.iterfind("position")


def _fields(position: Any) -> dict[str, Any]:
    """One position as a dict: its simple elements' text (an entity stays as written),
    the offices, the texts."""
    job: dict[str, Any] = {
        child.tag: "".join(child.itertext()).strip()
        for child in position
        if isinstance(child.tag, str) and child.find("*") is None  # no comments
    }
    job["offices"] = [job.get("office", "")] + [
        (office.text or "").strip() for office in position.iterfind("additionalOffices/office")
    ]
    job["sections"] = [
        (section.findtext("name") or "", section.findtext("value") or "")
        for section in position.iterfind("jobDescriptions/jobDescription")
    ]
    return job


def _company(page: Page) -> str:
    """The company token: the host's first label, else (a loopback server) the scope."""
    host = urlsplit(page.url).hostname or ""
    return host.split(".", 1)[0] if _HOST in host else page.scope


def _posting(job: dict[str, Any], company: str) -> Posting | Skip:
    """One position; its terms, offices and dates are structured fields."""
    url = f"https://{quote(company, safe='')}.jobs.personio.de/job/{quote(job.get('id', ''))}"
    found = required(job.get("id"), url if company else None, job.get("name"), "position")
    if isinstance(found, Skip):
        return found
    source_id, url, title = found
    html = _html(job["sections"])
    text = html_to_text(html)
    offices = [office for office in dict.fromkeys(job["offices"]) if office]
    raw = ", ".join(v for v in (job.get("employmentType"), job.get("schedule")) if v) or None
    return Posting(
        source=NAME,
        source_id=source_id,
        url=url,
        title=title,
        # `subcompany` where set, else the token as the text spells it (as Lever's)
        company=plain_text(job.get("subcompany")) or board_company(company, text),
        text=text,
        html=html,
        posted_at=utc_from_iso(job.get("createdAt")),
        location="; ".join(offices) or None,
        remote=_remote(offices),
        workplace_raw=_workplace(offices),
        engagement=engagement_from_label(_terms(job)),
        engagement_raw=raw,
        tags=tags(job.get("keywords")),
        extra=_extra(job),
    )


def _remote(offices: list[str]) -> bool | None:
    """Remote when an office is ("Remote", "Home Office"), not when one is hybrid; the
    feed has no flag, so a town says nothing."""
    workplace = _workplace(offices)
    return None if workplace is None else workplace == "Remote"


def _workplace(offices: list[str]) -> str | None:
    """The way of working an office is named for; remote where one office is."""
    if any(_REMOTE_OFFICE.search(office) for office in offices):
        return "Remote"
    return "Hybrid" if any(_HYBRID_OFFICE.search(office) for office in offices) else None


def _terms(job: dict[str, Any]) -> str | None:
    """The label the terms go by: freelance, temporary or working student whatever the
    hours; else a permanent job's schedule (part-time, full-time), else its type."""
    kind: str = job.get("employmentType", "").lower()
    schedule: str = job.get("schedule", "").lower()
    if kind in _TERMS:
        return _TERMS[kind]
    if kind == "permanent":
        return schedule if schedule in _SCHEDULES else kind
    return None  # intern, trainee: no engagement of ours


def _html(sections: list[tuple[str, str]]) -> str | None:
    """Each text under its heading."""
    parts = [
        f"<h3>{escape(name.strip())}</h3>{value}" if name.strip() else value
        for name, value in sections
        if value.strip()
    ]
    return "".join(parts) or None


def _extra(job: dict[str, Any]) -> dict[str, str]:
    """Department, category, seniority, the years asked for and the occupation."""
    keys = (
        "department",
        "recruitingCategory",
        "seniority",
        "yearsOfExperience",
        "occupation",
        "occupationCategory",
    )
    return {key: job[key] for key in keys if job.get(key)}
