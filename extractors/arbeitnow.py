"""Arbeitnow job board API: https://www.arbeitnow.com/api/job-board-api (documented in
its own `meta.info`; terms at https://www.arbeitnow.com/terms).

Terms (`meta.terms`, terms §11): a free public API, "please do not abuse"; link back to
Arbeitnow, which may revoke access. Jobs are aggregated from employers' ATSs (mostly
Germany), ordered newest first and updated hourly.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any
from urllib.parse import parse_qsl, urlsplit

from extractors._contract import Engagement, Page, ParseError, Posting, Provenance, Skip
from extractors._normalize import (
    each_item,
    engagement_from_label,
    html_to_text,
    json_body,
    json_list,
    plain_text,
    required,
    tags,
    utc_from_unix,
)

if TYPE_CHECKING:
    from extractors._http import PoliteClient

NAME = "arbeitnow"
ATTRIBUTION = (
    "Jobs via Arbeitnow (https://www.arbeitnow.com): link back to each job's Arbeitnow "
    "URL and name Arbeitnow as the source."
)
# only the first `pages` pages of a board of thousands are read: a job missing from
# them may simply have moved further down, so it is not closed
WINDOWED = True
PROVENANCE: Provenance = "aggregator"  # a job board that reposts employers' ATS postings

_ALL = "all"
_VISA = "visa_sponsorship"


@dataclass(frozen=True)
class Settings:
    """The `[sources.arbeitnow]` table."""

    base_url: str = "https://www.arbeitnow.com"
    pages: int = 3  # pages to follow through `links.next` (100-250 jobs each)
    visa_sponsorship: bool = False  # only jobs that offer visa sponsorship


def units(settings: Settings) -> list[str]:
    """One listing: the whole board, or its visa-sponsorship filter."""
    return [_VISA if settings.visa_sponsorship else _ALL]


def fetch(settings: Settings, unit: str, client: PoliteClient) -> Iterator[Page]:
    """Up to `pages` pages from page 1, following `links.next` until it is null.

    `links.next` names the public host; only its query is kept, so the pages come
    from `base_url` like the first.
    """
    url = f"{settings.base_url.rstrip('/')}/api/job-board-api"
    query = {_VISA: "true"} if unit == _VISA else {}
    params = {**query, "page": "1"}
    for _ in range(settings.pages):
        page = client.get(url, params=params, scope=unit)
        yield page
        following = _next_query(page)
        if not following:
            return
        following = {**query, **following}  # the filter stays, whatever `next` carries
        if following == params:
            return  # a page that points at itself
        params = following


def _next_query(page: Page) -> dict[str, str] | None:
    """The query of `links.next`; None on the last page or a page parse will reject."""
    try:
        data = json_body(page)
    except ParseError:
        return None
    links = data.get("links") if isinstance(data, dict) else None
    following = links.get("next") if isinstance(links, dict) else None
    if not isinstance(following, str) or not following or not data.get("data"):
        return None
    return dict(parse_qsl(urlsplit(following).query)) or None


def parse(page: Page) -> Iterator[Posting | Skip]:
    """Postings of one job-board-api page; `links` and `meta` are not read here."""
    yield from each_item(json_list(page, "data"), _posting, "job", key="slug")


def _posting(job: dict[str, Any]) -> Posting | Skip:
    """One job, keyed by its slug; `remote: true` and `job_types` are its structure."""
    found = required(job.get("slug"), job.get("url"), job.get("title"))
    if isinstance(found, Skip):
        return found
    source_id, url, title = found
    labels = _labels(job.get("job_types"))
    description = job.get("description") or None
    return Posting(
        source=NAME,
        source_id=source_id,
        url=url,
        title=title,
        company=plain_text(job.get("company_name")),
        text=html_to_text(description),
        html=description,
        posted_at=utc_from_unix(job.get("created_at")),
        location=plain_text(job.get("location")),
        # false only says Arbeitnow did not flag the job remote, not that it is on-site
        remote=True if job.get("remote") is True else None,
        engagement=_engagement(labels),
        engagement_raw=", ".join(labels) or None,
        tags=tags(job.get("tags")),
    )


def _labels(value: Any) -> list[str]:
    """`job_types` as a list of non-empty labels (a lone string is one label)."""
    values = [value] if isinstance(value, str) else value or ()
    return [str(label).strip() for label in values if label and str(label).strip()]


def _engagement(labels: list[str]) -> Engagement | None:
    """The one engagement the labels state; seniority labels ("Berufserfahren") map to
    none, and two different engagements ("full time", "part time") state none."""
    found = {engagement_from_label(label) for label in labels} - {None}
    return found.pop() if len(found) == 1 else None
