"""Jobicy remote-jobs API v2: https://jobicy.com/jobs-rss-feed
(https://github.com/Jobicy/remote-jobs-api).

Terms (README "Fair Use", `friendlyNotice`): credit Jobicy with a direct link to each
job and point apply buttons at the original job URL; do not pass the jobs on to Google
Jobs, LinkedIn, Jooble or other boards; poll at most once an hour (pages of one pass
are fine). Jobs appear 6 hours late and stay in the feed for about 7 days.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any
from urllib.parse import urlencode

from extractors._contract import Engagement, Page, ParseError, Posting, Provenance, RatePeriod, Skip
from extractors._normalize import (
    each_item,
    engagement_from_label,
    figure,
    html_to_text,
    json_body,
    json_list,
    plain_text,
    positive_amount,
    required,
    utc_from_iso,
)

if TYPE_CHECKING:
    from extractors._http import PoliteClient

NAME = "jobicy"
ATTRIBUTION = (
    "Jobs via Jobicy (https://jobicy.com): credit Jobicy with a direct link to each job's "
    "Jobicy URL and point apply buttons at that original job URL; do not pass the jobs on "
    "to Google Jobs, LinkedIn, Jooble or other job boards."
)
WINDOWED = True  # the newest `count` jobs of a 7-day window: a missing one is not closed
PROVENANCE: Provenance = "aggregator"  # a job board listing many employers
REMOTE_BOARD = True  # it lists remote jobs only, so it flags every one remote

_ALL = "all"
_FILTERS = ("geo", "industry", "tag")
_PERIODS: dict[str, RatePeriod] = {
    **dict.fromkeys(("hour", "hourly", "perhour"), "hour"),
    **dict.fromkeys(("day", "daily", "perday"), "day"),
    **dict.fromkeys(("week", "weekly", "perweek"), "week"),
    **dict.fromkeys(("month", "monthly", "permonth"), "month"),
    **dict.fromkeys(("year", "yearly", "annual", "annually", "peryear"), "year"),
}


@dataclass(frozen=True)
class Settings:
    """The `[sources.jobicy]` table; slugs come from `?get=locations` / `?get=industries`."""

    base_url: str = "https://jobicy.com"
    count: int = 100  # jobs per request (1-100)
    geo: str = ""  # e.g. "europe", "anywhere"; "" = every region
    industry: str = ""  # e.g. "engineering", "data-science"
    tag: str = ""  # Jobicy's keyword search
    pages: int = 1  # pages to follow through `nextCursor`, where the API sends one


def units(settings: Settings) -> list[str]:
    """One listing: the whole feed, or the one its filters select."""
    chosen = [(key, getattr(settings, key)) for key in _FILTERS if getattr(settings, key)]
    return [urlencode(chosen) if chosen else _ALL]


def fetch(settings: Settings, unit: str, client: PoliteClient) -> Iterator[Page]:
    """GET /api/v2/remote-jobs, then up to `pages - 1` more by `nextCursor`."""
    url = f"{settings.base_url.rstrip('/')}/api/v2/remote-jobs"
    query = {"count": str(settings.count)}
    query.update((key, getattr(settings, key)) for key in _FILTERS if getattr(settings, key))
    params = query
    for _ in range(settings.pages):
        page = client.get(url, params=params, scope=unit)
        yield page
        cursor = _next_cursor(page)
        if not cursor or cursor == params.get("cursor"):
            return
        params = {**query, "cursor": cursor}  # the filters must stay unchanged


def _next_cursor(page: Page) -> str | None:
    """`nextCursor` of a page that has more; None where absent, null or unreadable."""
    try:
        data = json_body(page)
    except ParseError:
        return None
    if not isinstance(data, dict) or data.get("hasMore") is False or not data.get("jobs"):
        return None
    cursor = data.get("nextCursor")
    return cursor if isinstance(cursor, str) and cursor else None


def parse(page: Page) -> Iterator[Posting | Skip]:
    """Postings of one remote-jobs response; the envelope's notices are not read."""
    yield from each_item(json_list(page, "jobs"), _posting, "job")


def _posting(job: dict[str, Any]) -> Posting | Skip:
    """One job; titles, names and labels arrive entity-escaped (`&#038;`)."""
    found = required(job.get("id"), job.get("url"), plain_text(job.get("jobTitle")))
    if isinstance(found, Skip):
        return found
    source_id, url, title = found
    labels = _labels(job.get("jobType"))
    description = job.get("jobDescription") or None
    level = plain_text(job.get("jobLevel"))
    return Posting(
        source=NAME,
        source_id=source_id,
        url=url,  # the Jobicy page: the original URL apply buttons must point at
        title=title,
        company=plain_text(job.get("companyName")),
        text=html_to_text(description) or plain_text(job.get("jobExcerpt")) or "",
        html=description,
        # "2026-02-25T04:04:48+00:00"; older responses "2025-03-15 02:50:57" (UTC)
        posted_at=utc_from_iso(job.get("pubDate")),
        location=plain_text(job.get("jobGeo")),
        remote=True,  # REMOTE_BOARD: the board's claim for every job
        engagement=_engagement(labels),
        engagement_raw=", ".join(labels) or None,
        tags=tuple(_labels(job.get("jobIndustry"))),
        extra={"level": level} if level else {},
        **_salary(job),
    )


def _salary(job: dict[str, Any]) -> dict[str, Any]:
    """`salaryMin/Max/Currency/Period`; older responses' `annualSalaryMin/Max` are yearly."""
    low, high = positive_amount(job.get("salaryMin")), positive_amount(job.get("salaryMax"))
    period_raw = plain_text(job.get("salaryPeriod"))
    if low is None and high is None:
        low, high = (
            positive_amount(job.get("annualSalaryMin")),
            positive_amount(job.get("annualSalaryMax")),
        )
        period_raw = "annual" if low is not None or high is not None else None
    if low is None and high is None:
        return {}
    currency = plain_text(job.get("salaryCurrency"))
    amounts = "-".join(figure(value) for value in (low, high) if value is not None)
    period_key = re.sub(r"[^a-z]", "", (period_raw or "").lower())
    return {
        "rate_min": low,
        "rate_max": high,
        "rate_period": _PERIODS.get(period_key),
        "currency": currency.upper() if currency else None,
        "salary_raw": " ".join(part for part in (currency, amounts, period_raw) if part),
    }


def _engagement(labels: list[str]) -> Engagement | None:
    """The one engagement the labels state; "Full-Time" with "Contract" states none."""
    found = {engagement_from_label(label) for label in labels} - {None}
    return found.pop() if len(found) == 1 else None


def _labels(value: Any) -> list[str]:
    """A list field (or a lone string) as non-empty, unescaped labels."""
    values = [value] if isinstance(value, str) else value or ()
    return [label for label in map(plain_text, values) if label]
