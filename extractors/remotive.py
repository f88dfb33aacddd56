"""Remotive public remote-jobs API: https://github.com/remotive-com/remote-jobs-api.

Terms: link back to the Remotive URL of each job AND name Remotive as the source; do
not pass the jobs on to Jooble, Neuvoo, Google Jobs or LinkedIn Jobs; fetch at most 4
times a day (more than 2 requests a minute are blocked). Jobs arrive 24 h late.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from extractors._contract import Page, Posting, Provenance, Skip
from extractors._normalize import (
    description_html,
    each_item,
    engagement_from_label,
    html_to_text,
    json_list,
    plain_text,
    required,
    tags,
    utc_from_iso,
)

if TYPE_CHECKING:
    from extractors._http import PoliteClient

NAME = "remotive"
ATTRIBUTION = (
    "Jobs via Remotive (https://remotive.com): link back to each job's Remotive URL "
    "and name Remotive as the source."
)
# one request returns every active job (no paging), so a job missing from it has closed;
# with `search` or `limit` set that no longer holds, hence both are off by default
WINDOWED = False
PROVENANCE: Provenance = "aggregator"  # a job board listing many employers
REMOTE_BOARD = True  # it lists remote jobs only, so it flags every one remote

_ALL = "all"


@dataclass(frozen=True)
class Settings:
    """The `[sources.remotive]` table."""

    base_url: str = "https://remotive.com"
    category: str = ""  # a slug from /api/remote-jobs/categories; "" = every category
    # Remotive's own full-text filter; no `limit`: a cut list would close the jobs it cut
    search: str = ""


def units(settings: Settings) -> list[str]:
    """One request per run: the chosen category, or the whole board."""
    return [settings.category or _ALL]


def fetch(settings: Settings, unit: str, client: PoliteClient) -> Iterator[Page]:
    """GET /api/remote-jobs once; the API has no paging."""
    params: dict[str, str] = {}
    if unit != _ALL:
        params["category"] = unit
    if settings.search:
        params["search"] = settings.search
    url = f"{settings.base_url.rstrip('/')}/api/remote-jobs"
    # a search is its own listing: only jobs that matched it can go missing from it
    scope = f"{unit}?search={settings.search}" if settings.search else unit
    yield client.get(url, params=params, scope=scope)


def parse(page: Page) -> Iterator[Posting | Skip]:
    """Postings of one /api/remote-jobs response; its notices and counts are ignored."""
    yield from each_item(json_list(page, "jobs"), _posting, "job")


def _posting(job: dict[str, Any]) -> Posting | Skip:
    """One job; only `job_type` is structured. `salary` is free text kept as stated,
    which the ranking reads as a salary field ("$120k - $150k" is a year's pay)."""
    found = required(job.get("id"), job.get("url"), job.get("title"))
    if isinstance(found, Skip):
        return found
    source_id, url, title = found
    job_type = (job.get("job_type") or "").strip() or None
    description = description_html(job.get("description"))
    return Posting(
        source=NAME,
        source_id=source_id,
        url=url,
        title=title,
        company=plain_text(job.get("company_name")),
        text=html_to_text(description),
        html=description,
        # naive ISO ("2020-02-15T10:23:26"): Remotive publishes UTC without saying so
        posted_at=utc_from_iso(job.get("publication_date")),
        location=plain_text(job.get("candidate_required_location")),
        remote=True,  # REMOTE_BOARD: the board's claim for every job
        engagement=engagement_from_label(job_type),
        engagement_raw=job_type,
        salary_raw=plain_text(job.get("salary")),
        tags=tags(job.get("tags")),
        extra={"category": str(job["category"])} if job.get("category") else {},
    )
