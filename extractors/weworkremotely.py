"""We Work Remotely RSS feeds: https://weworkremotely.com/remote-job-rss-feed.

Terms UNRESOLVED: the RSS page lets anyone use the feeds with attribution links back to
We Work Remotely, but WWR's separate "API terms and guidelines" page reportedly forbids
storing or scraping its data to build a job-search service, which is close to what
warmleads does. So the source stays off unless you configure `[sources.weworkremotely]`
yourself, and every posting links back to its WWR page.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING, Any

from extractors._contract import Page, Posting, Provenance, Skip
from extractors._normalize import (
    description_html,
    engagement_from_label,
    failure,
    feed_entries,
    html_to_text,
    stripped,
    unescape,
    utc_from_rfc822,
)

if TYPE_CHECKING:
    from extractors._http import PoliteClient

NAME = "weworkremotely"
ATTRIBUTION = (
    "Jobs via We Work Remotely (https://weworkremotely.com): link each job back to its "
    "WWR page. Terms unresolved: WWR's API terms may forbid storing its data for a "
    "job-search service, so this source is off unless you configure it."
)
WINDOWED = True  # a feed lists the newest jobs only: a job missing from it is not closed
PROVENANCE: Provenance = "aggregator"  # a job board listing many employers
REMOTE_BOARD = True  # it lists remote jobs only, so it flags every one remote

_ALL = "all"
_FLAGS = re.compile("[\U0001f1e6-\U0001f1ff]+")  # regional indicators: 🇩🇪 -> ""
# the block WWR puts at the top of every description
_HEADQUARTERS = re.compile(r"<strong>\s*Headquarters:?\s*</strong>:?\s*([^<]*)", re.IGNORECASE)
_COMPANY_URL = re.compile(r"<strong>\s*URL:?\s*</strong>:?\s*<a[^>]*?href=\"([^\"]+)\"", re.I)


@dataclass(frozen=True)
class Settings:
    """The `[sources.weworkremotely]` table."""

    base_url: str = "https://weworkremotely.com"
    # category slugs as in /categories/<slug>.rss; "all" is /remote-jobs.rss
    categories: tuple[str, ...] = ("remote-programming-jobs",)


def units(settings: Settings) -> list[str]:
    """One feed per category."""
    return list(dict.fromkeys(settings.categories))


def fetch(settings: Settings, unit: str, client: PoliteClient) -> Iterator[Page]:
    """GET the category's feed (no parameters, no paging)."""
    path = "/remote-jobs.rss" if unit == _ALL else f"/categories/{unit}.rss"
    yield client.get(settings.base_url.rstrip("/") + path, scope=unit)


def parse(page: Page) -> Iterator[Posting | Skip]:
    """The items of one RSS 2.0 feed; anything else (a block page) is a ParseError."""
    entries, cut = feed_entries(page, "rss")
    yield from cut
    for entry in entries:
        try:
            yield _posting(entry, page.fetched_at)
        except (AttributeError, KeyError, TypeError, ValueError) as exc:
            item = _field(entry, "id") or _field(entry, "link") or "without an id"
            yield Skip("malformed", f"item {item}: {failure(exc)}")


def _posting(entry: Any, fetched_at: datetime) -> Posting | Skip:
    """One item: "Company: Role" split on the first ": "; WWR lists remote jobs only."""
    heading = _field(entry, "title") or ""
    link = _field(entry, "link") or _field(entry, "id")
    if not link:
        return Skip("no_id", heading)
    company, colon, role = heading.partition(": ")
    title = role.strip() if colon else heading
    if not title:
        return Skip("no_title", link)
    source_id = _field(entry, "id") or link  # the guid, which is the job's URL
    expires_at = _field(entry, "expires_at")
    expires = utc_from_rfc822(expires_at)
    if expires is not None and expires <= fetched_at:
        return Skip("expired", f"{link}: expired {expires_at}", closes=source_id)
    markup = _markup(entry)
    job_type = _field(entry, "type")
    skills = (_field(entry, "skills") or "").split(",")
    return Posting(
        source=NAME,
        source_id=source_id,
        url=link,
        title=title,
        company=company.strip() or None if colon else None,
        text=html_to_text(markup),
        html=markup,
        posted_at=utc_from_rfc822(_field(entry, "published")),
        location=_location(entry),
        remote=True,
        engagement=engagement_from_label(job_type),
        engagement_raw=job_type,
        tags=tuple(skill.strip() for skill in skills if skill.strip()),
        extra=_extra(entry, markup or "", expires_at),
    )


def _field(entry: Any, key: str) -> str | None:
    return stripped(entry.get(key))


def _markup(entry: Any) -> str | None:
    """The description's HTML (XML-escaped once in the feed; unescaped again if twice)."""
    content = entry.get("content") or [entry.get("summary_detail") or {}]
    return description_html(content[0].get("value"))


def _location(entry: Any) -> str | None:
    """Region ("Europe Only", "Anywhere in the World"), countries without flags, state."""
    countries = _FLAGS.sub("", _field(entry, "country") or "").split(",")
    named = ", ".join(country.strip() for country in countries if country.strip())
    parts = (_field(entry, "region"), named, _field(entry, "state"))
    return "; ".join(dict.fromkeys(part for part in parts if part)) or None


def _extra(entry: Any, markup: str, expires_at: str | None) -> dict[str, str]:
    """Category, expiry, and the Headquarters/URL block WWR writes atop the description."""
    headquarters = _HEADQUARTERS.search(markup)
    site = _COMPANY_URL.search(markup)
    extra = {
        "category": "; ".join(filter(None, (tag.get("term") for tag in entry.get("tags") or ()))),
        "expires_at": expires_at or "",
        "headquarters": unescape(headquarters[1].strip()) if headquarters else "",
        "company_url": unescape(site[1]) if site else "",
    }
    return {key: value for key, value in extra.items() if value}
