"""Workable job widget API: `apply.workable.com/api/v1/widget/accounts/<account>`.

Undocumented but public: the endpoint behind the careers widgets employers embed.
Terms: no third-party feed licence found, so the source is opt-in (no account by
default); robots.txt allows crawling. We link every posting back to its page on
apply.workable.com and name Workable.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any
from urllib.parse import quote, urlsplit

from extractors._board_list import CareersUrls, board_page, listed_units
from extractors._contract import BoardApi, JobIds, Page, Posting, Provenance, Skip
from extractors._normalize import (
    each_item,
    engagement_from_label,
    html_to_text,
    json_body,
    json_list,
    listing_name,
    required,
    utc_from_iso,
)
from extractors._places import country_name

if TYPE_CHECKING:
    from extractors._http import PoliteClient

NAME = "workable"
ATTRIBUTION = (
    "Workable careers pages (https://apply.workable.com): no feed licence; "
    "link each posting to its apply.workable.com page and name Workable."
)
WINDOWED = False  # one request returns the whole account: a job missing from it has closed
PROVENANCE: Provenance = "employer"  # the employer's own Workable careers page
# the shortcode in apply.workable.com/j/<code>, apply.workable.com/<account>/j/<code> and
# <account>.workable.com/j/<code>
JOB_IDS = (JobIds(r"/j/([0-9a-f]{10})(?![0-9a-z])", hosts=("workable.com",)),)
BOARD = BoardApi(
    "/api/v1/widget/accounts/{}", "https://apply.workable.com/{}", "boards", names_company=True
)
CAREERS = CareersUrls(
    "boards",
    'boards = ["acme"] for https://apply.workable.com/acme/',
    r"apply\.workable\.com/api/v\d+/(?:widget/)?accounts/([^/?#]+)",
    r"apply\.workable\.com/(?!j/|api/)([^/?#]+)",
    r"(?!apply\.|jobs\.)([a-z0-9-]+)\.workable\.com(?:[/?#]|$)",
)

_HOST = "apply.workable.com"
_ACCOUNT_IN_PATH = re.compile(r"/api/v1/widget/accounts/([^/]+)")
# the parts of a job's text some accounts send beside `description`, under their heading
_SECTIONS = (("description", ""), ("requirements", "Requirements"), ("benefits", "Benefits"))


@dataclass(frozen=True)
class Settings:
    """The `[sources.workable]` table: accounts, as in apply.workable.com/<account>."""

    base_url: str = "https://apply.workable.com"
    boards: tuple[str, ...] = ()


def units(settings: Settings) -> list[str]:
    """One unit per account, so one dead account does not stop the others."""
    return listed_units(settings.boards, CAREERS)


def fetch(settings: Settings, unit: str, client: PoliteClient) -> Iterator[Page]:
    """GET one account's jobs with their descriptions; the API has no paging."""
    url = f"{settings.base_url.rstrip('/')}/api/v1/widget/accounts/{quote(unit, safe='')}"
    yield board_page(client, url, unit, BOARD.public, params={"details": "true"})


def parse(page: Page) -> Iterator[Posting | Skip]:
    """Postings of one account (`{name, description, jobs: [...]}`), each job once."""
    jobs = json_list(page, "jobs")
    name = json_body(page).get("name")
    company = name.strip() if isinstance(name, str) and name.strip() else None
    account = listing_name(page, _ACCOUNT_IN_PATH)
    merged = _merge_repeats(jobs)
    owner = company or account or None
    yield from each_item(merged, lambda job: _posting(job, owner, account), "job", key="shortcode")


def _merge_repeats(jobs: list[Any]) -> list[Any]:
    """A job open in several places comes once per place under one shortcode: keep the
    first with every place's locations, so it is one posting in all its places."""
    first: dict[str, dict[str, Any]] = {}
    merged: list[Any] = []
    for job in jobs:
        code = job.get("shortcode") if isinstance(job, dict) else None
        if not isinstance(code, str) or not code:
            merged.append(job)
        elif code not in first:
            first[code] = {**job, "locations": _places(job)}
            merged.append(first[code])
        else:
            first[code]["locations"] = first[code]["locations"] + _places(job)
    return merged


def _places(job: dict[str, Any]) -> list[dict[str, Any]]:
    """The job's shown locations; an older job without the list has its own fields."""
    listed = job.get("locations")
    if isinstance(listed, list) and listed:
        return [place for place in listed if isinstance(place, dict) and not place.get("hidden")]
    return [{"city": job.get("city"), "region": job.get("state"), "country": job.get("country")}]


def _posting(job: dict[str, Any], company: str | None, account: str) -> Posting | Skip:
    """One job; employment type and telecommuting are structured fields."""
    url = job.get("url") or job.get("shortlink")
    found = required(job.get("shortcode"), url, job.get("title"))
    if isinstance(found, Skip):
        return found
    source_id, url, title = found
    url = _on_board(url, account)
    employment = (job.get("employment_type") or "").strip() or None
    remote = job.get("telecommuting")
    html = _html(job)
    return Posting(
        source=NAME,
        source_id=source_id,
        url=url,
        title=title,
        company=company,
        text=html_to_text(html),
        html=html,
        posted_at=utc_from_iso(job.get("published_on") or job.get("created_at")),
        location=_location(job["locations"]),
        remote=remote if isinstance(remote, bool) else None,
        engagement=engagement_from_label(employment),
        engagement_raw=employment,
        apply_url=(job.get("application_url") or "").strip() or None,
        requisition_id=(job.get("code") or "").strip() or None,
        extra=_extra(job),
    )


def _on_board(url: str, account: str) -> str:
    """The job's page under its account, apply.workable.com/<account>/j/<code>/, for a
    short link /j/<code> that names none (the same page): the account is the name its
    employer goes by, which tells two employers of one name apart (dedupe's `site`)."""
    parts = urlsplit(url)
    if not account or parts.hostname != _HOST or not parts.path.startswith("/j/"):
        return url
    return f"https://{_HOST}/{quote(account, safe='')}{parts.path.rstrip('/')}/"


def _html(job: dict[str, Any]) -> str | None:
    """The description, then the requirements and benefits under their headings."""
    parts = [
        f"<h3>{heading}</h3>{job[key]}" if heading else job[key]
        for key, heading in _SECTIONS
        if isinstance(job.get(key), str) and job[key].strip()
    ]
    return "".join(parts) or None


def _location(places: list[dict[str, Any]]) -> str | None:
    """Each place as "city, region, country" (a region named as its city once), each once;
    a place stating only `countryCode` is in the country it names ("DE" is no Delaware)."""
    names = []
    for place in places:
        parts = [str(place.get(key) or "").strip() for key in ("city", "region", "country")]
        parts[2] = parts[2] or country_name(str(place.get("countryCode") or "").strip())
        names.append(", ".join(dict.fromkeys(part for part in parts if part)))
    return "; ".join(dict.fromkeys(name for name in names if name)) or None


def _extra(job: dict[str, Any]) -> dict[str, str]:
    """Department, function, industry, the stated experience and education, and the
    creation date (`published_on` is the post date)."""
    keys = ("department", "function", "industry", "experience", "education", "created_at")
    return {key: str(job[key]).strip() for key in keys if str(job.get(key) or "").strip()}
