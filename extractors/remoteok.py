"""Remote OK public API: https://remoteok.com/api (terms: https://remoteok.com/legal).

Terms (stated in the payload's first element): link back to each job's Remote OK URL
with a followed link (no `nofollow`) and name Remote OK as the source, or access is
suspended; do not use the Remote OK logo. robots.txt asks for 1 s between requests;
the feed is a fixed window of about the newest 100 jobs, a day behind the site.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from extractors._contract import Page, Posting, Provenance, Skip
from extractors._normalize import (
    each_item,
    figure,
    html_to_text,
    json_list,
    positive_amount,
    required,
    stripped,
    tags,
    unescape,
    utc_from_iso,
    utc_from_unix,
)

if TYPE_CHECKING:
    from extractors._http import PoliteClient

NAME = "remoteok"
ATTRIBUTION = (
    "Jobs via Remote OK (https://remoteok.com): link back to each job's Remote OK URL "
    "with a followed link (no nofollow) and name Remote OK as the source; do not use "
    "the Remote OK logo."
)
WINDOWED = True  # no paging: the newest ~100 jobs only, so a missing job is not closed
PROVENANCE: Provenance = "aggregator"  # a job board listing many employers
REMOTE_BOARD = True  # it lists remote jobs only, so it flags every one remote

_ALL = "all"
# the board's anti-spam note appended to every description ("Please mention the word
# **PREFERS** and tag RNjI... when applying ..."), cut off at any length: the board's
# words, not the employer's, so they must not make a two-line posting look described
_BOARD_NOTE = re.compile(
    r"\s*Please mention the word \*\*\w+\*\* and tag \S+ when applying.*\Z", re.S
)


@dataclass(frozen=True)
class Settings:
    """The `[sources.remoteok]` table (`?tag=` is not offered: live reports say it is
    ignored or answers with the legal notice alone)."""

    base_url: str = "https://remoteok.com"


def units(settings: Settings) -> list[str]:
    """One request per run: the whole feed."""
    return [_ALL]


def fetch(settings: Settings, unit: str, client: PoliteClient) -> Iterator[Page]:
    """GET /api once; the API has no paging."""
    yield client.get(f"{settings.base_url.rstrip('/')}/api", scope=unit)


def parse(page: Page) -> Iterator[Posting | Skip]:
    """Postings of one /api response; the legal notice (element 0) is no job."""
    items = json_list(page)
    notice = bool(items) and isinstance(items[0], dict) and "position" not in items[0]
    # {"last_updated": ..., "legal": ...}
    yield from each_item(items[notice:], _posting, "job", start=int(notice))


def _posting(job: dict[str, Any]) -> Posting | Skip:
    """One job; salaries are USD amounts without a stated period."""
    found = required(job.get("id"), _text(job.get("url")), _plain(job.get("position")))
    if isinstance(found, Skip):
        return found
    source_id, url, title = found
    description = _text(job.get("description"))
    return Posting(
        source=NAME,
        source_id=source_id,
        url=url,
        title=title,
        company=_plain(job.get("company")),
        text=_BOARD_NOTE.sub("", html_to_text(description)),
        html=description,
        posted_at=utc_from_unix(job.get("epoch")) or utc_from_iso(job.get("date")),
        location=_plain(job.get("location"), strip=" ,"),  # free text, often ""
        remote=True,  # REMOTE_BOARD: the board's claim for every job
        tags=tags(job.get("tags")),
        apply_url=_text(job.get("apply_url")),
        **_salary(job),
    )


def _salary(job: dict[str, Any]) -> dict[str, Any]:
    """`salary_min`/`salary_max` in USD; 0 means unknown. Remote OK states no period
    (its site shows yearly ranges), so none is set and the ranking never converts it."""
    low, high = positive_amount(job.get("salary_min")), positive_amount(job.get("salary_max"))
    if low is None and high is None:
        return {}
    amounts = "-".join(figure(value) for value in (low, high) if value is not None)
    return {"rate_min": low, "rate_max": high, "currency": "USD", "salary_raw": f"USD {amounts}"}


def _plain(value: Any, strip: str | None = None) -> str | None:
    """A plain-text field: the feed entity-escapes them ("Tiling &amp; Stone")
    and writes a place without a region as "City, "; `strip` removes such leftovers."""
    text = _text(value)
    if text is None:
        return None
    return (unescape(text) or "").strip(strip) or None


def _text(value: Any) -> str | None:
    """A stripped string, repaired of double-encoded UTF-8; "" is None."""
    text = stripped(value)
    return _unmojibake(text) if text else None


def _unmojibake(text: str) -> str:
    """Undo UTF-8 read as Latin-1 or Windows-1252 ("CafÃ©" -> "Café") when the text
    round-trips; anything else (real accents, Bengali, plain ASCII) is kept."""
    if text.isascii():
        return text
    for codec in ("latin-1", "cp1252"):
        try:
            return text.encode(codec).decode("utf-8")
        except UnicodeError:
            continue
    return text
