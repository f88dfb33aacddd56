"""Greenhouse Job Board API: https://developers.greenhouse.io/job-board.html.

Terms: board data is public ("Job Board data is publicly available"), needs no key and
carries no attribution clause; robots.txt only disallows /embed/. We still link every
posting back to its `absolute_url`, the employer's own page.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any
from urllib.parse import quote

from extractors._board_list import CareersUrls, eu_base, eu_hosted, listed_units, us_or_eu_page
from extractors._contract import BoardApi, JobIds, Page, Posting, Provenance, Skip
from extractors._normalize import (
    EMPLOYMENT_FIELD,
    WORKPLACE_FIELD,
    each_item,
    engagement_from_label,
    figure,
    html_to_text,
    json_list,
    listing_name,
    period_named,
    plain_text,
    positive_amount,
    remote_from_field,
    required,
    unescape,
    utc_from_iso,
)

if TYPE_CHECKING:
    from extractors._http import PoliteClient

NAME = "greenhouse"
ATTRIBUTION = (
    "Greenhouse job boards (https://www.greenhouse.com): no attribution clause; "
    "link each posting to its absolute_url on the employer's board."
)
WINDOWED = False  # one request returns the whole board: a job missing from it has closed
PROVENANCE: Provenance = "employer"  # the employer's own Greenhouse board
JOB_IDS = (
    JobIds(r"^(\d+)$", param="gh_jid"),  # on any host: employers embed the board
    JobIds(r"/jobs/(\d+)", hosts=("greenhouse.io",)),
)
_US_API, _EU_API = "https://boards-api.greenhouse.io", "https://boards-api.eu.greenhouse.io"
BOARD = BoardApi(
    "/v1/boards/{}",
    "https://job-boards.greenhouse.io/{}",
    "boards",
    names_company=True,
    eu_api=_EU_API,
    eu_public="https://job-boards.eu.greenhouse.io/{}",
)
CAREERS = CareersUrls(
    "boards",
    'boards = ["acme"] for https://job-boards.greenhouse.io/acme',
    r"(?:job-)?boards(?:\.eu)?\.greenhouse\.io/(?:embed/job_(?:board|app)(?:/js)?\?(?:[^#]*&)?for=)?([^/?#&]+)",
    r"boards-api(?:\.eu)?\.greenhouse\.io/v1/boards/([^/?#]+)",
)

_BOARD_IN_PATH = re.compile(r"/v1/boards/([^/]+)/")
# the pay transparency block Greenhouse renders into `content`: each range under its
# title ("Hourly Pay Range"), its bounds in spans ("$45", "$60 USD")
_PAY_INPUT = re.compile(
    r'(?:<div class="title">([^<]*)</div>\s*)?<div class="pay-range">\s*<span>([^<]*)</span>'
    r'(?:\s*<span class="divider">[^<]*</span>\s*<span>([^<]*)</span>)?'
)
_AMOUNT = re.compile(r"\d[\d.,]*")
_CODE = re.compile(r"\b[A-Z]{3}\b")


@dataclass(frozen=True)
class Settings:
    """The `[sources.greenhouse]` table: tokens as in boards.greenhouse.io/<token>.

    Greenhouse keeps EU boards (job-boards.eu.greenhouse.io/<token>) in a data centre
    apart, and the US API answers 404 for them: a board base_url does not know is asked
    at `eu_base_url` next. Unset, that is the EU API when base_url is the US one, else
    none; "" asks nowhere else.
    """

    base_url: str = _US_API
    boards: tuple[str, ...] = ()
    eu_base_url: str | None = None


def _eu_base(settings: Settings) -> str:
    return eu_base(settings.base_url, settings.eu_base_url, _US_API, _EU_API)


def units(settings: Settings) -> list[str]:
    """One unit per board token, so one dead board does not stop the others."""
    return listed_units(settings.boards, CAREERS)


def fetch(settings: Settings, unit: str, client: PoliteClient) -> Iterator[Page]:
    """GET one board with its job descriptions (the API has no paging); a board the
    base_url answers 404 for, at the EU API next (first, where written as its EU careers
    URL: job-boards.eu.greenhouse.io/<token>)."""
    path = f"/v1/boards/{quote(unit, safe='')}/jobs"
    eu, params = _eu_base(settings), {"content": "true"}
    eu_first = unit in eu_hosted(settings.boards, CAREERS)
    yield us_or_eu_page(
        client, settings.base_url, eu, path, unit, BOARD.public, eu_first=eu_first, params=params
    )


def parse(page: Page) -> Iterator[Posting | Skip]:
    """Postings of one board response (`{jobs: [...], meta: {total}}`)."""
    jobs = json_list(page, "jobs")
    board = listing_name(page, _BOARD_IN_PATH)
    yield from each_item(jobs, lambda job: _posting(job, board), "job")


def _posting(job: dict[str, Any], board: str) -> Posting | Skip:
    """One job; `content` is HTML entity-escaped once more: unescape it first."""
    found = required(job.get("id"), job.get("absolute_url"), job.get("title"))
    if isinstance(found, Skip):
        return found
    source_id, url, title = found
    content = unescape(job.get("content")) or None
    metadata = [item for item in job.get("metadata") or () if isinstance(item, dict)]
    employment = _employment_type(metadata)
    workplace, remote = _workplace(metadata)
    return Posting(
        source=NAME,
        source_id=source_id,
        url=url,  # usually the employer's careers page with ?gh_jid=
        title=title,
        company=plain_text(job.get("company_name")) or board or None,
        text=html_to_text(content),
        html=content,
        # updated_at moves on each edit; first_published (newer boards) is the post date
        posted_at=utc_from_iso(job.get("first_published") or job.get("updated_at")),
        location=_location(job),
        remote=remote,
        workplace_raw=workplace,
        engagement=engagement_from_label(employment),
        engagement_raw=employment,
        **_pay(metadata, job.get("pay_input_ranges"), content),
        apply_url=url,
        requisition_id=str(job.get("requisition_id") or "").strip() or None,
        language=(job.get("language") or "").strip() or None,
        extra=_extra(job),
    )


def _location(job: dict[str, Any]) -> str | None:
    """`location.name` (a bare string on some boards), else the offices' places: a
    board may leave the location empty and state only its offices."""
    stated = job.get("location")
    name = stated.get("name") if isinstance(stated, dict) else stated
    if isinstance(name, str) and name.strip():
        return name.strip()
    offices = _named(job.get("offices"), "location") or _named(job.get("offices"), "name")
    return "; ".join(offices) or None


def _named(items: Any, key: str) -> list[str]:
    """The `key` strings of a list's objects, once each; entries of another shape left."""
    values = (item.get(key) for item in items or () if isinstance(item, dict))
    return list(dict.fromkeys(v.strip() for v in values if isinstance(v, str) and v.strip()))


def _employment_type(metadata: list[dict[str, Any]]) -> str | None:
    """The value of the first employment-type-like custom field ("Contract")."""
    for item in metadata:
        if not EMPLOYMENT_FIELD.search(str(item.get("name") or "")):
            continue
        value = item.get("value")
        values = value if isinstance(value, list) else [value]
        labels = [v.strip() for v in values if isinstance(v, str) and v.strip()]
        if labels:
            return ", ".join(labels)  # several labels map to no single engagement
    return None


def _workplace(metadata: list[dict[str, Any]]) -> tuple[str | None, bool | None]:
    """The first workplace-like custom field that says whether the job is remote, with
    its value as stated ("Workplace Type": "Hybrid", "Remote": "Yes")."""
    for item in metadata:
        name = str(item.get("name") or "")
        if WORKPLACE_FIELD.search(name):
            value = item.get("value")
            remote = remote_from_field(name, value)
            if remote is not None:
                return f"{name}: {value}", remote
    return None, None


def _pay(metadata: list[dict[str, Any]], pay_ranges: Any, content: str | None) -> dict[str, Any]:
    """Rate fields from `currency_range` custom fields ("Pay Transparency Range"),
    `pay_input_ranges` (pay transparency, in cents) and the pay transparency block in
    `content` (where boards show it: its title may name the period the text does not).

    Boards publish one range per country; rates are set only when there is exactly one,
    with the period its title names ("Hourly Rate"): Greenhouse ranges state none else.
    """
    ranges = []
    for item in metadata:
        value = item.get("value")
        if item.get("value_type") != "currency_range" or not isinstance(value, dict):
            continue
        low, high = value.get("min_value"), value.get("max_value")
        if low in (None, "") and high in (None, ""):
            continue
        ranges.append((str(item.get("name") or "range"), low, high, value.get("unit")))
    for item in pay_ranges if isinstance(pay_ranges, list) else ():
        if not isinstance(item, dict):
            continue
        low, high = (_from_cents(item.get(key)) for key in ("min_cents", "max_cents"))
        if low is not None or high is not None:
            name = str(item.get("title") or "range")
            ranges.append((name, low, high, item.get("currency_type")))
    ranges.extend(_content_ranges(content))
    # a board stating one range in two places states one range
    ranges = list(
        {(positive_amount(r[1]), positive_amount(r[2]), r[3]): r for r in ranges}.values()
    )
    if not ranges:
        return {}
    raw = "; ".join(f"{name}: {lo}-{hi} {unit or ''}".strip() for name, lo, hi, unit in ranges)
    if len(ranges) > 1:
        return {"salary_raw": raw}
    name, low, high, unit = ranges[0]
    return {
        "rate_min": positive_amount(low),
        "rate_max": positive_amount(high),
        "rate_period": period_named(name),
        "currency": unit or None,
        "salary_raw": raw,
    }


def _content_ranges(content: str | None) -> list[tuple[str, Any, Any, str | None]]:
    """The ranges of `content`'s pay transparency block: title, bounds, currency code."""
    if not content or "pay-range" not in content:
        return []
    ranges = []
    for title, low, high in _PAY_INPUT.findall(content):
        code = _CODE.findall(f"{low} {high}")
        bottom, top = _span_amount(low), _span_amount(high)
        if bottom is not None or top is not None:
            ranges.append((unescape(title) or "range", bottom, top, code[-1] if code else None))
    return ranges


def _span_amount(span: str) -> str | None:
    """The figure of a bound as shown ("$120,000", "€70.000 EUR"): dots that group
    thousands are no decimal point."""
    found = _AMOUNT.search(span)
    if found is None:
        return None
    digits = found[0].rstrip(".,")
    return digits.replace(".", "") if re.fullmatch(r"\d{1,3}(?:\.\d{3})+", digits) else digits


def _from_cents(cents: Any) -> str | None:
    """An amount in cents as the figure of whole units it states ("12000000": 120000)."""
    amount = positive_amount(cents)
    return figure(amount / 100) if amount is not None else None


def _extra(job: dict[str, Any]) -> dict[str, str]:
    """Department and office names, the internal id and the raw update time."""
    extra = {
        "departments": "; ".join(_named(job.get("departments"), "name")),
        "offices": "; ".join(_named(job.get("offices"), "name")),
        "internal_job_id": str(job.get("internal_job_id") or ""),
        "updated_at": str(job.get("updated_at") or ""),
        "application_deadline": str(job.get("application_deadline") or ""),
    }
    return {key: value for key, value in extra.items() if value}
