"""Himalayas remote jobs API: https://himalayas.app/api (endpoint /jobs/api).

Terms (himalayas.app/api): link back to each job's Himalayas URL and name Himalayas as
the source; do not submit the jobs to Jooble, Neuvoo, Google Jobs, LinkedIn Jobs or other
boards. At most 20 jobs a request, data refreshed daily, 429 on excess.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from extractors._contract import Page, ParseError, Posting, Provenance, Skip
from extractors._normalize import (
    each_item,
    engagement_from_label,
    html_to_text,
    json_body,
    json_list,
    plain_text,
    positive_amount,
    required,
    stated_salary,
    stripped,
    utc_from_unix,
)
from extractors._places import utc_label

if TYPE_CHECKING:
    from extractors._http import PoliteClient

NAME = "himalayas"
ATTRIBUTION = (
    "Jobs via Himalayas (https://himalayas.app): link back to each job's Himalayas URL "
    "and name Himalayas as the source; do not submit the jobs to Jooble, Neuvoo, Google "
    "Jobs, LinkedIn Jobs or other job boards."
)
WINDOWED = True  # the newest `limit * pages` of ~100,000 jobs: a missing one is not closed
PROVENANCE: Provenance = "aggregator"  # a job board listing many employers
REMOTE_BOARD = True  # it lists remote jobs only, so it flags every one remote

_WORLDWIDE = "Worldwide"  # locationRestrictions []
_MAX_SPAN = 12  # hours between the outermost offsets of a span that restricts
_ALL = "all"


@dataclass(frozen=True)
class Settings:
    """The `[sources.himalayas]` table."""

    base_url: str = "https://himalayas.app"
    limit: int = 20  # jobs per request; Himalayas caps it at 20
    pages: int = 5  # pages to follow through `nextCursor` (or `offset`)


def units(settings: Settings) -> list[str]:
    """One listing: the newest jobs of the whole board."""
    return [_ALL]


def fetch(settings: Settings, unit: str, client: PoliteClient) -> Iterator[Page]:
    """Up to `pages` pages of /jobs/api, by `cursor=<nextCursor>`, else by `offset`."""
    url = f"{settings.base_url.rstrip('/')}/jobs/api"
    limit = {"limit": str(settings.limit)}
    params = limit
    for _ in range(settings.pages):
        page = client.get(url, params=params, scope=unit)
        yield page
        following = _next_page(page)
        if following is None or {**limit, **following} == params:
            return
        params = {**limit, **following}


def _next_page(page: Page) -> dict[str, str] | None:
    """`nextCursor` where the response has the key (null ends the listing); an older
    response without it pages by `offset` until `totalCount`."""
    try:
        data = json_body(page)
    except ParseError:
        return None
    jobs = data.get("jobs") if isinstance(data, dict) else None
    if not isinstance(jobs, list) or not jobs:
        return None
    if "nextCursor" in data:
        cursor = data["nextCursor"]
        return {"cursor": cursor} if isinstance(cursor, str) and cursor else None
    offset, total = data.get("offset"), data.get("totalCount")
    if not isinstance(offset, int) or not isinstance(total, int):
        return None
    following = offset + len(jobs)
    return {"offset": str(following)} if following < total else None


def parse(page: Page) -> Iterator[Posting | Skip]:
    """Postings of one /jobs/api response; `comments` and counts are not read."""
    yield from each_item(json_list(page, "jobs"), _posting, "job", key="guid")


def _posting(job: dict[str, Any]) -> Posting | Skip:
    """One job, keyed by `guid` (its Himalayas URL)."""
    guid, apply_url = stripped(job.get("guid")) or "", stripped(job.get("applicationLink"))
    link = guid if guid.startswith(("https://", "http://")) else apply_url
    found = required(guid, link, plain_text(job.get("title")))
    if isinstance(found, Skip):
        return found
    source_id, url, title = found
    employment = stripped(job.get("employmentType"))
    description = stripped(job.get("description"))
    return Posting(
        source=NAME,
        source_id=source_id,
        url=url,
        title=title,
        company=plain_text(job.get("companyName")),
        text=html_to_text(description) or stripped(job.get("excerpt")) or "",
        html=description,
        posted_at=utc_from_unix(job.get("pubDate")),
        location=_location(job),
        remote=True,  # REMOTE_BOARD: the board's claim for every job
        engagement=engagement_from_label(employment),
        engagement_raw=employment,
        tags=tuple(_strings(job.get("categories"))),
        apply_url=apply_url,
        extra=_extra(job),
        **_salary(job),
    )


def _location(job: dict[str, Any]) -> str | None:
    """Where a hire may live, and for a job open anywhere the hours they must work in
    ("Worldwide (UTC-8 to UTC-5)": worldwide is not anywhere then, and a reader of the
    place alone would say it is). Named countries restrict enough: their time zones
    add nothing, and a reader would take the zones as a second place."""
    places = _places(job.get("locationRestrictions"))
    span = _zones(job) if places in (None, _WORLDWIDE) else None
    if span:
        return f"{places} ({span})" if places else span
    return places


def _places(restrictions: Any) -> str | None:
    """`[]` is anywhere ("Worldwide"); absent states nothing, and so does a list of
    nothing readable. A place is a name or `{name, ...}`."""
    if not isinstance(restrictions, list):
        return None
    if not restrictions:
        return _WORLDWIDE
    names = [place.get("name") if isinstance(place, dict) else place for place in restrictions]
    return ", ".join(_strings(names)) or None


def _zones(job: dict[str, Any]) -> str | None:
    """The span of the numeric UTC offsets of `timezoneRestrictions` ("UTC-8 to UTC-5"),
    as the place readers read it; none when it spans half the globe or wraps round the
    date line (real lists hold -10..-5 with 14), which restricts nothing."""
    zones = job.get("timezoneRestrictions")
    hours = [z for z in zones or () if isinstance(z, int | float) and not isinstance(z, bool)]
    if not hours or max(hours) - min(hours) > _MAX_SPAN:
        return None
    low, high = utc_label(min(hours)), utc_label(max(hours))
    return low if low == high else f"{low} to {high}"


def _salary(job: dict[str, Any]) -> dict[str, Any]:
    """`minSalary`/`maxSalary` in `currency` per `salaryPeriod`; 0 or null is unknown."""
    keys = ("minSalary", "maxSalary", "currency", "salaryPeriod")
    return stated_salary(*(job.get(key) for key in keys))


def _extra(job: dict[str, Any]) -> dict[str, str]:
    """Time zones a hire must work in, seniority and the expiry time."""
    zones = job.get("timezoneRestrictions")
    offsets = [_offset(z) for z in zones if z is not None] if isinstance(zones, list) else []
    expires = utc_from_unix(job["expiryDate"]) if positive_amount(job.get("expiryDate")) else None
    extra = {
        "timezones": ", ".join(offsets),
        "seniority": ", ".join(_strings(job.get("seniority"))),
        "expires_at": expires.isoformat() if expires else "",
    }
    return {key: value for key, value in extra.items() if value}


def _offset(value: Any) -> str:
    """A UTC offset in hours (-5, 5.5) as "UTC-5", "UTC+5.5"; a string as stated."""
    if isinstance(value, int | float) and not isinstance(value, bool):
        return f"UTC{value:+g}"
    return str(value)


def _strings(value: Any) -> list[str]:
    """The non-empty strings of a list field."""
    values = value if isinstance(value, list) else ()
    return [item.strip() for item in values if isinstance(item, str) and item.strip()]
