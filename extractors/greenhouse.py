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

from extractors._contract import BoardApi, JobIds, Page, Posting, Provenance, Skip
from extractors._normalize import (
    each_item,
    engagement_from_label,
    html_to_text,
    json_list,
    listing_name,
    positive_amount,
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
BOARD = BoardApi(
    "/v1/boards/{}", "https://job-boards.greenhouse.io/{}", "boards", names_company=True
)

# the custom fields boards use for the employment type ("Employment Type", "Job Type")
_EMPLOYMENT_FIELD = re.compile(
    r"employment|job type|worker type|time type|contract type|commitment", re.I
)
_BOARD_IN_PATH = re.compile(r"/v1/boards/([^/]+)/")


@dataclass(frozen=True)
class Settings:
    """The `[sources.greenhouse]` table: tokens as in boards.greenhouse.io/<token>."""

    base_url: str = "https://boards-api.greenhouse.io"
    boards: tuple[str, ...] = ()


def units(settings: Settings) -> list[str]:
    """One unit per board token, so one dead board does not stop the others."""
    return list(dict.fromkeys(settings.boards))


def fetch(settings: Settings, unit: str, client: PoliteClient) -> Iterator[Page]:
    """GET one board with its job descriptions; the API has no paging."""
    url = f"{settings.base_url.rstrip('/')}/v1/boards/{quote(unit, safe='')}/jobs"
    yield client.get(url, params={"content": "true"}, scope=unit)


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
    return Posting(
        source=NAME,
        source_id=source_id,
        url=url,  # usually the employer's careers page with ?gh_jid=
        title=title,
        company=(job.get("company_name") or "").strip() or board or None,
        text=html_to_text(content),
        html=content,
        # updated_at moves on each edit; first_published (newer boards) is the post date
        posted_at=utc_from_iso(job.get("first_published") or job.get("updated_at")),
        location=((job.get("location") or {}).get("name") or "").strip() or None,
        engagement=engagement_from_label(employment),
        engagement_raw=employment,
        **_pay(metadata),
        apply_url=url,
        requisition_id=str(job.get("requisition_id") or "").strip() or None,
        language=(job.get("language") or "").strip() or None,
        extra=_extra(job),
    )


def _employment_type(metadata: list[dict[str, Any]]) -> str | None:
    """The value of the first employment-type-like custom field ("Contract")."""
    for item in metadata:
        if not _EMPLOYMENT_FIELD.search(str(item.get("name") or "")):
            continue
        value = item.get("value")
        values = value if isinstance(value, list) else [value]
        labels = [v.strip() for v in values if isinstance(v, str) and v.strip()]
        if labels:
            return ", ".join(labels)  # several labels map to no single engagement
    return None


def _pay(metadata: list[dict[str, Any]]) -> dict[str, Any]:
    """Rate fields from `currency_range` custom fields ("Pay Transparency Range").

    Boards publish one range per country; rates are set only when there is exactly one,
    and the period stays None because Greenhouse ranges do not state one.
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
    if not ranges:
        return {}
    raw = "; ".join(f"{name}: {lo}-{hi} {unit or ''}".strip() for name, lo, hi, unit in ranges)
    if len(ranges) > 1:
        return {"salary_raw": raw}
    _, low, high, unit = ranges[0]
    return {
        "rate_min": positive_amount(low),
        "rate_max": positive_amount(high),
        "currency": unit or None,
        "salary_raw": raw,
    }


def _extra(job: dict[str, Any]) -> dict[str, str]:
    """Department and office names, the internal id and the raw update time."""
    extra = {
        "departments": "; ".join(d["name"] for d in job.get("departments") or () if d.get("name")),
        "offices": "; ".join(o["name"] for o in job.get("offices") or () if o.get("name")),
        "internal_job_id": str(job.get("internal_job_id") or ""),
        "updated_at": str(job.get("updated_at") or ""),
        "application_deadline": str(job.get("application_deadline") or ""),
    }
    return {key: value for key, value in extra.items() if value}
