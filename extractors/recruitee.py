"""Recruitee careers sites' offers API: `<company>.recruitee.com/api/offers/`.

Documented by Recruitee as the public Careers Site API, no key. Terms: no third-party
feed licence found, so the source is opt-in (no company by default). We link every
posting to its careers page on <company>.recruitee.com and name Recruitee. The shape
(`{"offers": [...]}`) is from Recruitee's API docs and public sites.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
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
from extractors._contract import BoardApi, JobIds, Page, Posting, Provenance, Skip
from extractors._normalize import (
    each_item,
    engagement_from_label,
    figure,
    html_to_text,
    json_list,
    plain_text,
    positive_amount,
    required,
    stated_salary,
    stripped,
    utc_from_iso,
)
from extractors._orgs import board_company
from extractors._places import country_name

if TYPE_CHECKING:
    from extractors._http import PoliteClient

NAME = "recruitee"
ATTRIBUTION = (
    "Recruitee careers sites (https://recruitee.com): no feed licence; "
    "link each posting to its <company>.recruitee.com page and name Recruitee."
)
WINDOWED = False  # the API lists every published offer: one missing from it has closed
PROVENANCE: Provenance = "employer"  # the employer's own Recruitee careers site
STATES_COMPANY = False  # `company_name` is in most offers, not all: else the token's guess
# a link names an offer by its slug (/o/<slug>), which only its company's host makes unique
# ("product-designer" is open at many; a second such opening is "product-designer-2")
JOB_IDS = (JobIds(r"^/o/([a-z0-9-]+)(?=/|$)", hosts=("recruitee.com",), per_host=True),)
CAREERS = CareersUrls(
    "boards",
    'boards = ["acme"] for https://acme.recruitee.com',
    r"([a-z0-9-]+)\.recruitee\.com(?:[/?#]|$)",
    in_host=True,
)
BOARD = BoardApi("/api/offers/", "https://{}.recruitee.com", "boards", entry_key="board")

_HOST = ".recruitee.com"
# the workplace flags, hybrid first: some office days, so not remote
_FLAGS = (("hybrid", "Hybrid"), ("remote", "Remote"), ("on_site", "On-site"))


@dataclass(frozen=True)
class Settings:
    """The `[sources.recruitee]` table: companies, as in <company>.recruitee.com, or
    `Board`s."""

    base_url: str = "https://{}.recruitee.com"
    boards: tuple[str | Board, ...] = ()


def units(settings: Settings) -> list[str]:
    """One unit per company, so one dead site does not stop the others."""
    return listed_units(settings.boards, CAREERS)


def companies(settings: Settings) -> dict[str, str]:
    """The company of each board the config names one for (it beats the offer's)."""
    return listed_companies(settings.boards, CAREERS)


def fetch(settings: Settings, unit: str, client: PoliteClient) -> Iterator[Page]:
    """GET one company's published offers with their texts; the API has no paging."""
    url = f"{board_base(settings.base_url, unit)}/api/offers/"
    yield board_page(client, url, unit, BOARD.public)


def parse(page: Page) -> Iterator[Posting | Skip]:
    """Postings of one careers site (`{"offers": [...]}`)."""
    offers = json_list(page, "offers")
    host = urlsplit(page.url).hostname or ""
    company = host.split(".", 1)[0] if host.endswith(_HOST) else page.scope
    yield from each_item(offers, lambda offer: _posting(offer, company), "offer")


def _posting(offer: dict[str, Any], company: str) -> Posting | Skip:
    """One offer; terms, workplace flags, place and salary are structured fields."""
    url = stripped(offer.get("careers_url")) or _page(company, offer.get("slug"))
    found = required(offer.get("id"), url, offer.get("title"), "offer")
    if isinstance(found, Skip):
        return found
    source_id, url, title = found
    if offer.get("status") not in (None, "published"):
        return Skip("not_published", f"offer {source_id}")
    html = _html(offer)
    text = html_to_text(html)
    code = stripped(offer.get("employment_type_code"))
    return Posting(
        source=NAME,
        source_id=source_id,
        url=url,
        title=title,
        # `company_name` where set, else the token as the text spells it (as Lever's)
        company=plain_text(offer.get("company_name"))
        or (board_company(company, text) if company else None),
        text=text,
        html=html,
        posted_at=utc_from_iso(offer.get("published_at") or offer.get("created_at")),
        location=_location(offer),
        remote=_remote(offer),
        workplace_raw=_workplace(offer),
        engagement=engagement_from_label(code),
        engagement_raw=code,
        apply_url=stripped(offer.get("careers_apply_url")),
        **_salary(offer.get("salary")),
        extra=_extra(offer),
    )


def _page(company: str, slug: Any) -> str | None:
    """The offer's careers page, where the API leaves `careers_url` out."""
    if not company or not isinstance(slug, str) or not slug.strip():
        return None
    return f"https://{quote(company, safe='')}.recruitee.com/o/{quote(slug.strip(), safe='')}"


def _html(offer: dict[str, Any]) -> str | None:
    """The description, then the requirements under their heading."""
    parts = [
        f"<h3>{heading}</h3>{offer[key]}" if heading else offer[key]
        for key, heading in (("description", ""), ("requirements", "Requirements"))
        if isinstance(offer.get(key), str) and offer[key].strip()
    ]
    return "".join(parts) or None


def _location(offer: dict[str, Any]) -> str | None:
    """`location` as shown, else "city, country" (a code as its country's name)."""
    shown = plain_text(offer.get("location"))
    if shown:
        return shown
    country = stripped(offer.get("country")) or country_name(
        stripped(offer.get("country_code")) or ""
    )
    parts = (stripped(offer.get("city")), country)
    return ", ".join(dict.fromkeys(part for part in parts if part)) or None


def _remote(offer: dict[str, Any]) -> bool | None:
    """Remote when `remote` says so and it is not hybrid; not remote when hybrid or on
    site; None when no flag is set (all false states nothing)."""
    if offer.get("hybrid") is True or offer.get("on_site") is True:
        return False
    return True if offer.get("remote") is True else None


def _workplace(offer: dict[str, Any]) -> str | None:
    """The first flag set, as a workplace word."""
    return next((word for key, word in _FLAGS if offer.get(key) is True), None)


def _salary(salary: Any) -> dict[str, Any]:
    """`{min, max, currency, period}`, or null."""
    if not isinstance(salary, dict):
        return {}
    return stated_salary(*(salary.get(key) for key in ("min", "max", "currency", "period")))


def _extra(offer: dict[str, Any]) -> dict[str, str]:
    """Department, the weekly hours and the country's code."""
    hours = [positive_amount(offer.get(key)) for key in ("min_hours", "max_hours")]
    extra = {
        "department": plain_text(offer.get("department")) or "",
        "hours": "-".join(dict.fromkeys(figure(h) for h in hours if h is not None)),
        "country": (stripped(offer.get("country_code")) or "").upper(),
    }
    return {key: value for key, value in extra.items() if value}
