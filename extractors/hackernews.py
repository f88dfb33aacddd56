"""Hacker News monthly threads via the Algolia HN Search API: https://hn.algolia.com/api.

Terms: HN publishes no attribution rule, so every posting links back to its comment on
news.ycombinator.com; Algolia allows 10,000 requests an hour per IP. Comments are
user-written: keep what a lead needs, nothing of the replies.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from extractors._contract import ConfigError, Kind, Page, ParseError, Posting, Provenance, Skip
from extractors._normalize import (
    each_item,
    first_line,
    first_url,
    html_to_text,
    json_body,
    unescape,
    utc_from_iso,
    utc_from_unix,
)

if TYPE_CHECKING:
    from extractors._http import PoliteClient

NAME = "hackernews"
ATTRIBUTION = (
    "Posts from Hacker News (https://news.ycombinator.com): link each posting to its "
    "comment at news.ycombinator.com/item?id=<id>."
)
# a thread is fetched whole, so a top-level comment missing from it was removed
WINDOWED = False
PROVENANCE: Provenance = "community"  # a comment in a monthly thread, posted by whoever hires

_ITEM_URL = "https://news.ycombinator.com/item?id={}"
_SEEKING = re.compile(r"[\W_]*seeking\s+(work|freelancers?)\b", re.IGNORECASE)
_HREF = re.compile(r"""<a\s[^>]*?href=["'](https?:[^"']+)["']""", re.IGNORECASE)


@dataclass(frozen=True)
class Settings:
    """The `[sources.hackernews]` table."""

    base_url: str = "https://hn.algolia.com"
    threads: tuple[str, ...] = ("freelancer", "hiring")  # keys of _THREADS
    months: int = 1  # how many monthly threads of each kind, newest first


@dataclass(frozen=True)
class _Thread:
    """How to find one kind of monthly thread and what its top-level comments are."""

    title: re.Pattern[str]
    search: dict[str, str]  # the search_by_date params that list candidate stories
    kind: Kind | None = None  # None: each comment says SEEKING WORK / FREELANCER


def _title(core: str) -> re.Pattern[str]:
    """A title regex that also captures the "(March 2026)" label, when there is one."""
    return re.compile(rf"\b{core}\s*(?:\((?P<month>[^)]*)\))?", re.IGNORECASE)


_BOT = {"tags": "story,author_whoishiring"}
_THREADS = {
    "hiring": _Thread(_title(r"who\s+is\s+hiring\??"), _BOT, "demand"),
    "wanted": _Thread(_title(r"who\s+wants\s+to\s+be\s+hired\??"), _BOT, "supply"),
    # the series changed hands in 2025 (formats.md §1c): search the title, not the bot
    "freelancer": _Thread(
        _title(r"freelancers?\?\s*seeking\s+freelancers?\??"),
        {"tags": "story", "query": "seeking freelancer"},
    ),
}


def units(settings: Settings) -> list[str]:
    """One unit per thread kind; an unknown kind is a config error, not a dead unit."""
    unknown = sorted(set(settings.threads) - set(_THREADS))
    if unknown:
        raise ConfigError(f"threads: unknown {unknown}; known {sorted(_THREADS)}")
    return list(settings.threads)


def fetch(settings: Settings, unit: str, client: PoliteClient) -> Iterator[Page]:
    """Each of the newest `months` threads of one kind, whole, as one page.

    `/api/v1/items/<id>` rather than the comment search: one request returns the
    whole tree (top level = direct children), with no 1000-hit cap to page around
    and no `parent_id == story_id` filter to apply.
    """
    base = settings.base_url.rstrip("/")
    for story_id in _thread_ids(settings, unit, client):
        yield client.get(f"{base}/api/v1/items/{story_id}", scope=f"{unit}:{story_id}")


def _thread_ids(settings: Settings, kind: str, client: PoliteClient) -> list[str]:
    """Story ids of the newest threads whose title matches, one per month.

    A month with two matching stories (a repost, a lookalike) keeps the one with the
    most comments.
    """
    thread = _THREADS[kind]
    params = {**thread.search, "hitsPerPage": str(max(30, 5 * settings.months))}
    url = f"{settings.base_url.rstrip('/')}/api/v1/search_by_date"
    page = client.get(url, params=params, scope=kind)
    hits = _object(page).get("hits")
    if not isinstance(hits, list):
        raise ParseError(f"{page.url}: expected a 'hits' list")
    best: dict[str, dict[str, Any]] = {}
    for hit in hits:
        if not isinstance(hit, dict) or not hit.get("objectID"):
            continue
        match = thread.title.search(str(hit.get("title") or ""))
        if match is None:
            continue
        month = (match["month"] or str(hit["objectID"])).lower()
        if month not in best or _comments(hit) > _comments(best[month]):
            best[month] = hit
    newest = sorted(best.values(), key=lambda h: h.get("created_at_i") or 0, reverse=True)
    return [str(hit["objectID"]) for hit in newest[: settings.months]]


def _comments(hit: dict[str, Any]) -> int:
    return int(hit.get("num_comments") or 0)


def _object(page: Page) -> dict[str, Any]:
    """The page's JSON object, or ParseError naming the URL."""
    data = json_body(page)
    if not isinstance(data, dict):
        raise ParseError(f"{page.url}: expected a JSON object")
    return data


def parse(page: Page) -> Iterator[Posting | Skip]:
    """The top-level comments of one `/items/<id>` thread; replies are conversation."""
    kind = page.scope.partition(":")[0]
    if kind not in _THREADS:
        raise ParseError(f"{page.url}: scope {page.scope!r} names no thread kind")
    story = _object(page)
    children = story.get("children")
    if story.get("id") is None or not isinstance(children, list):
        raise ParseError(f"{page.url}: expected an item with a 'children' list")
    story_id = str(story["id"])
    yield from each_item(children, lambda item: _posting(item, kind, story_id), "comment")


def _posting(item: dict[str, Any], kind: str, story_id: str) -> Posting | Skip:
    """One top-level comment; its first line is the de facto title (formats.md §1d)."""
    if item.get("id") is None:
        return Skip("no_id")
    markup = item.get("text")
    if not item.get("author") or not markup:  # deleted or dead: {id, children} or nulls
        return Skip("deleted", f"comment {item['id']}")
    text = html_to_text(markup)
    if not text:
        return Skip("no_text", f"comment {item['id']}")
    first = first_line(text) or ""
    company = first.split("|", 1)[0].strip() if "|" in first else ""
    return Posting(
        source=NAME,
        source_id=str(item["id"]),
        url=_ITEM_URL.format(item["id"]),
        title=first,
        company=(company or None) if kind == "hiring" else None,
        poster=str(item["author"]),
        text=text,
        html=markup,
        posted_at=utc_from_unix(item.get("created_at_i")) or utc_from_iso(item.get("created_at")),
        kind=_THREADS[kind].kind or _seeking(text),
        apply_url=_first_href(markup) or first_url(text),
        extra={"thread": kind, "story_id": story_id},
    )


def _seeking(text: str) -> Kind | None:
    """The freelancer-thread rule: lead with SEEKING WORK or SEEKING FREELANCER."""
    match = _SEEKING.match(text)
    if match is None:
        return None
    return "supply" if match[1].lower() == "work" else "demand"


def _first_href(markup: str) -> str | None:
    """The first link's target: HN shortens long link texts with "...", not hrefs."""
    match = _HREF.search(markup)
    return unescape(match[1]) if match else None
