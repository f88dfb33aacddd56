"""Ashby public job posting API: https://developers.ashbyhq.com/docs/public-job-posting-api.

Terms: no key; silent on third-party aggregation; no published rate limit. We link
every posting back to its `jobUrl` and never republish pay an employer hides
(`shouldDisplayCompensationOnJobPostings` false).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any
from urllib.parse import quote

from extractors._board_list import Board, CareersUrls, board_page, listed_companies, listed_units
from extractors._contract import BoardApi, JobIds, Page, Posting, Provenance, RatePeriod, Skip
from extractors._normalize import (
    each_item,
    engagement_from_label,
    html_to_text,
    json_list,
    listing_name,
    positive_amount,
    required,
    utc_from_iso,
)
from extractors._orgs import board_company
from extractors._places import country_name

if TYPE_CHECKING:
    from extractors._http import PoliteClient

NAME = "ashby"
ATTRIBUTION = (
    "Ashby job boards (https://jobs.ashbyhq.com): link each posting to its jobUrl; "
    "show pay only where the employer displays it."
)
WINDOWED = False  # one request returns the whole board: a job missing from it has closed
PROVENANCE: Provenance = "employer"  # the employer's own Ashby board
STATES_COMPANY = False  # the answer names no company: a guess from the board token
JOB_IDS = (
    JobIds(r"^(.+)$", param="ashby_jid"),
    JobIds(
        r"([0-9a-f]{8}(?:-[0-9a-f]{4}){3}-[0-9a-f]{12})", hosts=("jobs.ashbyhq.com",)
    ),  # not app.'s
)
BOARD = BoardApi(
    "/posting-api/job-board/{}", "https://jobs.ashbyhq.com/{}", "boards", entry_key="board",
)  # fmt: skip
CAREERS = CareersUrls(
    "boards",
    'boards = ["acme"] for https://jobs.ashbyhq.com/acme',
    r"jobs\.ashbyhq\.com/([^/?#]+)",
    r"api\.ashbyhq\.com/posting-api/job-board/([^/?#]+)",
)

# summaryComponents[].interval; "NONE" (equity) and anything unusual state no period
_PERIODS: dict[str, RatePeriod] = {
    "1 YEAR": "year",
    "1 MONTH": "month",
    "1 WEEK": "week",
    "1 DAY": "day",
    "1 HOUR": "hour",
}
# workplaceType: hybrid means some office days, so not remote
_REMOTE = {"remote": True, "onsite": False, "hybrid": False}
_BOARD_IN_PATH = re.compile(r"/posting-api/job-board/([^/]+)")


@dataclass(frozen=True)
class Settings:
    """The `[sources.ashby]` table: board names, as in jobs.ashbyhq.com/<board>, or `Board`s."""

    base_url: str = "https://api.ashbyhq.com"
    boards: tuple[str | Board, ...] = ()


def units(settings: Settings) -> list[str]:
    """One unit per board, so one dead board does not stop the others."""
    return listed_units(settings.boards, CAREERS)


def companies(settings: Settings) -> dict[str, str]:
    """The company of each board the config names one for (it beats the posting's guess)."""
    return listed_companies(settings.boards, CAREERS)


def fetch(settings: Settings, unit: str, client: PoliteClient) -> Iterator[Page]:
    """GET one board with compensation; the API has no paging."""
    url = f"{settings.base_url.rstrip('/')}/posting-api/job-board/{quote(unit, safe='')}"
    yield board_page(client, url, unit, BOARD.public, params={"includeCompensation": "true"})


def parse(page: Page) -> Iterator[Posting | Skip]:
    """Postings of one board response (`{apiVersion, jobs: [...]}`)."""
    jobs = json_list(page, "jobs")
    board = listing_name(page, _BOARD_IN_PATH)
    yield from each_item(jobs, lambda job: _posting(job, board), "job")


def _posting(job: dict[str, Any], board: str) -> Posting | Skip:
    """One job; employment type, workplace and pay are structured fields."""
    found = required(job.get("id"), job.get("jobUrl"), job.get("title"))
    if isinstance(found, Skip):
        return found
    source_id, url, title = found
    if job.get("isListed") is False:
        return Skip("unlisted", f"job {source_id}")
    employment = (job.get("employmentType") or "").strip() or None
    text = job.get("descriptionPlain") or html_to_text(job.get("descriptionHtml"))
    return Posting(
        source=NAME,
        source_id=source_id,
        url=url,
        title=title,
        # the payload names no company: the board's name as the text spells it, else
        # the token in words; a company configured for the board beats both (stg_postings)
        company=board_company(board, text) if board else None,
        text=text,
        html=job.get("descriptionHtml") or None,
        posted_at=utc_from_iso(job.get("publishedAt")),
        location=_location(job),
        remote=_remote(job),
        workplace_raw=(job.get("workplaceType") or "").strip() or None,
        engagement=engagement_from_label(employment),
        engagement_raw=employment,
        **_pay(job),
        apply_url=(job.get("applyUrl") or "").strip() or None,
        extra=_extra(job),
    )


def _location(job: dict[str, Any]) -> str | None:
    """The main location (else its postal address), then every secondary one, each once."""
    names = [job.get("location") or _address(job)]
    for place in job.get("secondaryLocations") or ():  # {location, address}, or a name
        names.append(place.get("location") if isinstance(place, dict) else place)
    unique = dict.fromkeys(n.strip() for n in names if isinstance(n, str) and n.strip())
    return "; ".join(unique) or None


def _address(job: dict[str, Any]) -> str:
    """The main postal address as "locality, region, country" (a country code named)."""
    address = (job.get("address") or {}).get("postalAddress") or {}
    keys = ("addressLocality", "addressRegion", "addressCountry")
    parts = [str(address.get(key) or "").strip() for key in keys]
    parts[2] = country_name(parts[2])
    return ", ".join(dict.fromkeys(part for part in parts if part))


def _remote(job: dict[str, Any]) -> bool | None:
    """`workplaceType` when set (it tells hybrid apart), else the `isRemote` flag."""
    workplace = job.get("workplaceType")
    if isinstance(workplace, str) and workplace.lower() in _REMOTE:
        return _REMOTE[workplace.lower()]
    flag = job.get("isRemote")
    return flag if isinstance(flag, bool) else None


def _pay(job: dict[str, Any]) -> dict[str, Any]:
    """Rate fields from the "Salary" components, if the employer shows pay.

    The summary's components, else every tier's: tiers in one currency and interval
    (pay by location or level) span from the lowest to the highest. Tiers in several
    currencies name no one rate, so only the text is kept.
    """
    if job.get("shouldDisplayCompensationOnJobPostings") is not True:
        return {}  # hidden pay is not republished
    compensation = job.get("compensation") or {}
    summary = (
        compensation.get("scrapeableCompensationSalarySummary")
        or compensation.get("compensationTierSummary")
        or ""
    ).strip() or None
    tiers = compensation.get("compensationTiers") or ()
    salaries = _salaries(compensation.get("summaryComponents")) or _salaries(
        part for tier in tiers for part in tier.get("components") or ()
    )
    if len({(part.get("currencyCode"), part.get("interval")) for part in salaries}) != 1:
        return {"salary_raw": summary}
    # amounts as numbers or numeric strings; an unreadable one costs the rate, not the job
    lows = [n for part in salaries if (n := positive_amount(part.get("minValue"))) is not None]
    highs = [n for part in salaries if (n := positive_amount(part.get("maxValue"))) is not None]
    return {
        "rate_min": min(lows) if len(lows) == len(salaries) else None,
        "rate_max": max(highs) if len(highs) == len(salaries) else None,
        "rate_period": _PERIODS.get(str(salaries[0].get("interval")).upper()),
        "currency": salaries[0].get("currencyCode") or None,
        "salary_raw": summary
        or "; ".join(filter(None, (tier.get("tierSummary") for tier in tiers)))
        or None,
    }


def _salaries(components: Any) -> list[dict[str, Any]]:
    """The "Salary" components that state an amount."""
    return [
        part
        for part in components or ()
        if part.get("compensationType") == "Salary"
        and (part.get("minValue") is not None or part.get("maxValue") is not None)
    ]


def _extra(job: dict[str, Any]) -> dict[str, str]:
    """Department, team and the country of the main address."""
    address = (job.get("address") or {}).get("postalAddress") or {}
    extra = {
        "department": job.get("department") or "",
        "team": job.get("team") or "",
        "country": address.get("addressCountry") or "",
    }
    return {key: str(value) for key, value in extra.items() if value}
