"""Lever Postings API: https://github.com/lever/postings-api.

Terms: the README says published postings "are publicly viewable. These jobs may be
scraped by third parties"; no key and no attribution clause. Only the application
POST is rate-limited; api.lever.co's robots.txt asks for Crawl-delay 1 (the client
paces). We link every posting back to its `hostedUrl` on jobs.lever.co.
"""

from __future__ import annotations

import html as htmllib
import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any
from urllib.parse import quote

from extractors._board_list import (
    CareersUrls,
    eu_base,
    eu_hosted,
    listed_companies,
    listed_units,
    us_or_eu_page,
)
from extractors._contract import (
    BoardApi,
    JobIds,
    Page,
    Posting,
    Provenance,
    RatePeriod,
    Skip,
)
from extractors._normalize import (
    each_item,
    engagement_from_label,
    html_to_text,
    json_list,
    listing_name,
    positive_amount,
    required,
    stripped,
    utc_from_unix,
)
from extractors._orgs import board_company

if TYPE_CHECKING:
    from extractors._http import PoliteClient

NAME = "lever"
ATTRIBUTION = (
    "Lever job sites (https://jobs.lever.co): no attribution clause; "
    "link each posting to its hostedUrl."
)
WINDOWED = False  # without `limit`, one request returns every published posting
PROVENANCE: Provenance = "employer"  # the employer's own Lever site
STATES_COMPANY = False  # the answer names no company: a guess from the site token
# job pages only: hire.lever.co's mail links (unsubscribe, applications) carry uuids too
JOB_IDS = (
    JobIds(
        r"([0-9a-f]{8}(?:-[0-9a-f]{4}){3}-[0-9a-f]{12})",
        hosts=("jobs.lever.co", "jobs.eu.lever.co"),
    ),
)
_US_API, _EU_API = "https://api.lever.co", "https://api.eu.lever.co"
BOARD = BoardApi(
    "/v0/postings/{}", "https://jobs.lever.co/{}", "sites", params=(("mode", "json"),),
    entry_key="site", eu_api=_EU_API, eu_public="https://jobs.eu.lever.co/{}",
)  # fmt: skip
CAREERS = CareersUrls(
    "sites",
    'sites = ["acme"] for https://jobs.lever.co/acme',
    r"jobs(?:\.eu)?\.lever\.co/([^/?#]+)",
    r"api(?:\.eu)?\.lever\.co/v0/postings/([^/?#]+)",
)

# salaryRange.interval; semi-month, bi-month and bi-week have no single period: None
_PERIODS: dict[str, RatePeriod] = {
    "per-year-salary": "year",
    "per-month-salary": "month",
    "per-week-salary": "week",
    "per-day-wage": "day",
    "per-hour-wage": "hour",
    "one-time": "fixed",
}
# workplaceType: hybrid means office days, so not remote; "unspecified" states nothing
_REMOTE = {"remote": True, "on-site": False, "hybrid": False}
_SITE_IN_PATH = re.compile(r"/v0/postings/([^/]+)")


@dataclass(frozen=True)
class Site:
    """A site with the company it belongs to: `{ site = "kestrel", company = "Kestrel Ltd" }`
    (Lever's answer names no company; `leads network boards --add` writes this form)."""

    site: str
    company: str | None = None

    @property
    def token(self) -> str:
        return self.site


@dataclass(frozen=True)
class Settings:
    """The `[sources.lever]` table: site names, as in jobs.lever.co/<site>, or `Site`s.

    Lever hosts EU sites apart (https://api.eu.lever.co), and the US host answers 404
    for them: a site base_url does not know is asked at `eu_base_url` next. Unset, that
    is the EU host when base_url is the US one, else none; "" asks nowhere else.
    """

    base_url: str = _US_API
    sites: tuple[str | Site, ...] = ()
    eu_base_url: str | None = None


def _eu_base(settings: Settings) -> str:
    return eu_base(settings.base_url, settings.eu_base_url, _US_API, _EU_API)


def units(settings: Settings) -> list[str]:
    """One unit per site, so one dead site does not stop the others."""
    return listed_units(settings.sites, CAREERS)


def companies(settings: Settings) -> dict[str, str]:
    """The company of each site the config names one for (it beats the posting's guess)."""
    return listed_companies(settings.sites, CAREERS)


def fetch(settings: Settings, unit: str, client: PoliteClient) -> Iterator[Page]:
    """GET every published posting of one site as JSON (no `skip`/`limit`: one page);
    a site the base_url answers 404 for, at the EU host next (first, where written as
    its EU careers URL: jobs.eu.lever.co/<site>)."""
    path = f"/v0/postings/{quote(unit, safe='')}"
    eu, params = _eu_base(settings), {"mode": "json"}
    eu_first = unit in eu_hosted(settings.sites, CAREERS)
    yield us_or_eu_page(
        client, settings.base_url, eu, path, unit, BOARD.public, eu_first=eu_first, params=params
    )


def parse(page: Page) -> Iterator[Posting | Skip]:
    """Postings of one site response, a JSON array."""
    # an unknown site answers {"ok": false, "error": "Document not found"}
    postings = json_list(page)
    site = listing_name(page, _SITE_IN_PATH)
    yield from each_item(postings, lambda item: _posting(item, site), "posting")


def _posting(item: dict[str, Any], site: str) -> Posting | Skip:
    """One posting; `categories.commitment` and `workplaceType` are structured."""
    # a posting without its page (`hostedUrl`) still links to its application form
    link = stripped(item.get("hostedUrl")) or stripped(item.get("applyUrl"))
    found = required(item.get("id"), link, item.get("text"), "posting")
    if isinstance(found, Skip):
        return found
    source_id, url, title = found
    categories = item.get("categories") or {}
    commitment = (categories.get("commitment") or "").strip() or None
    workplace = (item.get("workplaceType") or "").strip() or None
    text = _text(item)
    return Posting(
        source=NAME,
        source_id=source_id,
        url=url,
        title=title,
        # the payload names no company: the site's name as the text spells it, else
        # the token in words; a company configured for the site beats both (stg_postings)
        company=board_company(site, text) if site else None,
        text=text,
        html=_html(item),
        posted_at=utc_from_unix(item.get("createdAt")),  # Unix ms (seconds read too)
        location=_location(categories),
        remote=_REMOTE.get(workplace.lower()) if workplace else None,
        workplace_raw=workplace,
        engagement=engagement_from_label(commitment),
        engagement_raw=commitment,
        **_salary(item),
        apply_url=stripped(item.get("applyUrl")),
        extra=_extra(item, categories),
    )


def _text(item: dict[str, Any]) -> str:
    """Description, each list under its heading, the pay note, then `additional`."""
    parts = [item.get("descriptionPlain") or html_to_text(item.get("description"))]
    for block in item.get("lists") or ():
        parts.append(f"{block.get('text') or ''}\n{html_to_text(block.get('content'))}")
    parts.append(item.get("salaryDescriptionPlain") or "")
    parts.append(item.get("additionalPlain") or html_to_text(item.get("additional")))
    return "\n\n".join(part.strip() for part in parts if part and part.strip())


def _html(item: dict[str, Any]) -> str | None:
    """The same parts as HTML; list items arrive as bare `<li>` elements."""
    lists = "".join(
        f"<h3>{htmllib.escape(block.get('text') or '')}</h3><ul>{block.get('content') or ''}</ul>"
        for block in item.get("lists") or ()
    )
    parts = (
        item.get("description"),
        lists,
        item.get("salaryDescription"),
        item.get("additional"),
    )
    return "".join(part or "" for part in parts) or None


def _salary(item: dict[str, Any]) -> dict[str, Any]:
    """Rate fields from `salaryRange`; without one, the pay note as stated."""
    described = (item.get("salaryDescriptionPlain") or "").strip() or None
    salary = item.get("salaryRange")
    if not isinstance(salary, dict):
        return {"salary_raw": described}
    low, high = salary.get("min"), salary.get("max")
    currency, interval = salary.get("currency"), salary.get("interval")
    amounts = "-".join(str(value) for value in (low, high) if value is not None)
    return {
        # numbers or numeric strings; an unreadable one costs the rate, not the posting
        "rate_min": positive_amount(low),
        "rate_max": positive_amount(high),
        "rate_period": _PERIODS.get(interval or ""),
        "currency": currency or None,
        "salary_raw": " ".join(str(p) for p in (currency, amounts, interval) if p),
    }


def _location(categories: dict[str, Any]) -> str | None:
    """The main location, else every one of `allLocations` (a posting may state only
    those)."""
    main = str(categories.get("location") or "").strip()
    every = (str(place).strip() for place in categories.get("allLocations") or ())
    return main or "; ".join(dict.fromkeys(filter(None, every))) or None


def _extra(item: dict[str, Any], categories: dict[str, Any]) -> dict[str, str]:
    """Country (ISO alpha-2), team, department, level and every location listed."""
    extra = {
        "country": item.get("country") or "",
        "team": categories.get("team") or "",
        "department": categories.get("department") or "",
        "level": categories.get("level") or "",
        "all_locations": "; ".join(categories.get("allLocations") or ()),
    }
    return {key: str(value) for key, value in extra.items() if value}
