"""Working Nomads remote jobs: `www.workingnomads.com/api/exposed_jobs/`.

Undocumented but public: one JSON array of the newest jobs, no parameters, no paging.
Terms: no published licence found (one third-party project leaves it out for that
reason), so the source is opt-in: off unless its table is configured. We link every
posting back to its Working Nomads page and name Working Nomads.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any
from urllib.parse import urljoin, urlsplit, urlunsplit

from extractors._contract import Page, Posting, Provenance, Skip
from extractors._joburls import clean_url
from extractors._normalize import (
    description_html,
    each_item,
    html_to_text,
    json_list,
    plain_text,
    required,
    stripped,
    tags,
    unescape,
    utc_from_iso,
)

if TYPE_CHECKING:
    from extractors._http import PoliteClient

NAME = "workingnomads"
ATTRIBUTION = (
    "Jobs via Working Nomads (https://www.workingnomads.com): no feed licence; "
    "link each job to its Working Nomads page and name Working Nomads."
)
WINDOWED = True  # the newest jobs only, no paging: a job missing from it is not closed
PROVENANCE: Provenance = "aggregator"  # a job board listing many employers
REMOTE_BOARD = True  # it lists remote jobs only, so it flags every one remote

_ALL = "all"
_SITE = "https://www.workingnomads.com/"  # where a link without a host is


@dataclass(frozen=True)
class Settings:
    """The `[sources.workingnomads]` table (the endpoint takes no parameters)."""

    base_url: str = "https://www.workingnomads.com"


def units(settings: Settings) -> list[str]:
    """One request per run: the whole feed."""
    return [_ALL]


def fetch(settings: Settings, unit: str, client: PoliteClient) -> Iterator[Page]:
    """GET /api/exposed_jobs/ once; the API has no paging."""
    yield client.get(f"{settings.base_url.rstrip('/')}/api/exposed_jobs/", scope=unit)


def parse(page: Page) -> Iterator[Posting | Skip]:
    """Postings of one /api/exposed_jobs/ response, a bare array of jobs."""
    yield from each_item(json_list(page), _posting, "job", key="url")


def _posting(job: dict[str, Any]) -> Posting | Skip:
    """One job, keyed by its link (the API gives no id); `tags` is one comma-separated
    string, `location` free text as the employer wrote it."""
    link = _link(job.get("url"))
    found = required(link, link, plain_text(job.get("title")))
    if isinstance(found, Skip):
        return found
    source_id, url, title = found
    description = description_html(job.get("description"))
    category = plain_text(job.get("category_name"))
    return Posting(
        source=NAME,
        source_id=source_id,
        url=url,
        title=title,
        company=plain_text(job.get("company_name")),
        text=html_to_text(description),
        html=description,
        # ISO-8601 of unverified precision and offset ("...10.000000-04:00"); none is UTC
        posted_at=utc_from_iso(job.get("pub_date")),
        location=plain_text(job.get("location")),
        remote=True,  # REMOTE_BOARD: the board's claim for every job
        tags=tuple(unescape(tag) or "" for tag in tags(job.get("tags"))),
        extra={"category": category} if category else {},
    )


def _link(value: Any) -> str | None:
    """The job's page as a stable id: absolute, https, without tracking, fragment or a
    trailing slash, so the same job keeps its id however the feed writes its link (a
    path alone is on the board's own site, whatever mirror served the feed)."""
    url = stripped(value)
    if not url:
        return None
    parts = urlsplit(clean_url(urljoin(_SITE, url)))
    return urlunsplit(parts._replace(path=parts.path.rstrip("/") or "/"))
