"""Hacker News monthly threads via the Algolia HN Search API (https://hn.algolia.com/api),
with the official Firebase API (https://github.com/HackerNews/API) as a fallback.

Terms: HN publishes no attribution rule, so every posting links back to its comment on
news.ycombinator.com; Algolia allows 10,000 requests an hour per IP; Firebase states no
rate limit (we pace it like any host). Comments are user-written: keep what a lead
needs, nothing of the replies.

Both APIs share HN's item ids, so a comment read through either is the same posting.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, replace
from datetime import datetime
from typing import TYPE_CHECKING, Any

from extractors._company import header_first, opening_company
from extractors._contract import (
    BlockedByRobots,
    ConfigError,
    Kind,
    Page,
    ParseError,
    Posting,
    Provenance,
    Skip,
    SourceUnavailable,
)
from extractors._normalize import (
    each_item,
    first_href,
    first_line,
    first_url,
    html_to_text,
    json_body,
    json_object,
    unescape,
    utc_from_iso,
    utc_from_unix,
)
from extractors._questions import asks_without_offer

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
POSTERS = "hackernews"  # a poster is an HN username a contact may list
THREADED = True  # a company posts each month: its alike post of another month is the same job

_ITEM_URL = "https://news.ycombinator.com/item?id={}"
# the freelancer thread's lead: SEEKING WORK (or "freelance work", "freelance gigs") is
# a freelancer's offer; SEEKING FREELANCER(S) (or "freelance designer") a client's
_SEEKING = re.compile(
    r"[\W_]*seeking\s+(?:(?P<supply>work|freelance\s+(?:work|gigs?|projects?|clients?|"
    r"contracts?|opportunit\w+))|freelancers?|freelance)\b",
    re.IGNORECASE,
)
_AFTER_LEAD = " \t])}:|,-–—"  # what separates the lead from the header's first field
_DASHED = re.compile(r"[ \t]+[-–—]+[ \t]")  # a lead set off as a field by dashes
_FIREBASE_ITEM = re.compile(r"/v0/item/\d+\.json$")
_APIS = ("algolia", "firebase")
# Firebase cannot search: newest submissions of the thread accounts are read until a
# month past the wanted ones shows up, at most this many per month wanted
_SCAN_PER_MONTH = 6


@dataclass(frozen=True)
class Settings:
    """The `[sources.hackernews]` table."""

    base_url: str = "https://hn.algolia.com"
    threads: tuple[str, ...] = ("freelancer", "hiring")  # keys of _THREADS
    months: int = 1  # how many monthly threads of each kind, newest first
    # "algolia": Algolia, and Firebase for a unit when Algolia fails; "firebase": only it
    api: str = "algolia"
    firebase_url: str = "https://hacker-news.firebaseio.com"  # its base_url
    # accounts whose submissions Firebase reads to find the threads (it has no search)
    firebase_accounts: tuple[str, ...] = ("whoishiring",)


@dataclass(frozen=True)
class _Thread:
    """How to find one kind of monthly thread and what its top-level comments are."""

    title: re.Pattern[str]
    search: dict[str, str]  # the search_by_date params that list candidate stories
    # None: each comment says what it is: SEEKING WORK / FREELANCER leading it, else
    # its wording, read by warehouse.ranking (a "Who is hiring?" thread holds self-ads
    # in "Who wants to be hired?"'s form too; a comment that says nothing is a job)
    kind: Kind | None = None


def _title(core: str) -> re.Pattern[str]:
    """A title regex that also captures the "(March 2026)" label, when there is one."""
    return re.compile(rf"\b{core}\s*(?:\((?P<month>[^)]*)\))?", re.IGNORECASE)


_BOT = {"tags": "story,author_whoishiring"}
_THREADS = {
    "hiring": _Thread(_title(r"who\s+is\s+hiring\??"), _BOT),
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
    if settings.api not in _APIS:
        raise ConfigError(f"api: unknown {settings.api!r}; known {list(_APIS)}")
    return list(settings.threads)


def fetch(settings: Settings, unit: str, client: PoliteClient) -> Iterator[Page]:
    """Each of the newest `months` threads of one kind, whole.

    Through Algolia a thread is one page, `/api/v1/items/<id>`: one request returns
    the whole tree (top level = direct children), with no 1000-hit cap to page around.
    When Algolia fails (after the client's retries) the unit carries on through
    Firebase, counted as `fallback/firebase`.
    """
    if settings.api == "firebase":
        yield from _firebase(settings, unit, client)
        return
    base = settings.base_url.rstrip("/")
    try:
        story_ids = _thread_ids(settings, unit, client)
    except (SourceUnavailable, BlockedByRobots, ParseError):
        client.stats.inc("fallback/firebase")
        yield from _firebase(settings, unit, client)
        return
    for story_id in story_ids:
        try:
            page = client.get(f"{base}/api/v1/items/{story_id}", scope=f"{unit}:{story_id}")
        except (SourceUnavailable, BlockedByRobots):
            client.stats.inc("fallback/firebase")
            story = _firebase_item(settings, story_id, unit, client)
            yield from _firebase_thread(settings, unit, story, client)
            continue
        yield page


def _thread_ids(settings: Settings, kind: str, client: PoliteClient) -> list[str]:
    """Story ids of the newest threads whose title matches, one per month.

    A month with two matching stories (a repost, a lookalike) keeps the one with the
    most comments.
    """
    thread = _THREADS[kind]
    params = {**thread.search, "hitsPerPage": str(max(30, 5 * settings.months))}
    url = f"{settings.base_url.rstrip('/')}/api/v1/search_by_date"
    page = client.get(url, params=params, scope=kind)
    hits = json_object(page).get("hits")
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
    return int(hit.get("num_comments") or hit.get("descendants") or 0)


def _firebase(settings: Settings, kind: str, client: PoliteClient) -> Iterator[Page]:
    """The newest `months` threads of one kind through the Firebase API."""
    for story in _firebase_threads(settings, kind, client):
        yield from _firebase_thread(settings, kind, story, client)


def _firebase_item(settings: Settings, item_id: object, scope: str, client: PoliteClient) -> Page:
    base = settings.firebase_url.rstrip("/")
    return client.get(f"{base}/v0/item/{item_id}.json", scope=scope)


def _firebase_threads(settings: Settings, kind: str, client: PoliteClient) -> list[Page]:
    """Story pages of the newest threads of one kind among the accounts' submissions.

    `/v0/user/<account>.json` lists what an account submitted, newest first; each
    story is read until a month older than the wanted ones turns up. A month with two
    matching stories keeps the one with the most comments, as through Algolia.
    """
    thread = _THREADS[kind]
    base = settings.firebase_url.rstrip("/")
    best: dict[str, tuple[dict[str, Any], Page]] = {}
    for account in settings.firebase_accounts:
        user = json_object(client.get(f"{base}/v0/user/{account}.json", scope=kind))
        submitted = user.get("submitted")
        if not isinstance(submitted, list):
            raise ParseError(f"{base}/v0/user/{account}.json: expected a 'submitted' list")
        months: set[str] = set()
        for item_id in submitted[: _SCAN_PER_MONTH * settings.months]:
            page = _firebase_item(settings, item_id, kind, client)
            story = json_body(page)
            if not isinstance(story, dict) or story.get("type") != "story":
                continue
            match = thread.title.search(unescape(story.get("title")) or "")
            if match is None or story.get("deleted") or story.get("dead"):
                continue
            month = (match["month"] or str(story.get("id"))).lower()
            months.add(month)
            if len(months) > settings.months:
                break
            if month not in best or _comments(story) > _comments(best[month][0]):
                best[month] = (story, page)
    newest = sorted(best.values(), key=lambda pair: pair[0].get("time") or 0, reverse=True)
    return [page for _, page in newest[: settings.months]]


def _firebase_thread(
    settings: Settings, kind: str, story_page: Page, client: PoliteClient
) -> Iterator[Page]:
    """A thread's story item, then each top-level comment (`kids`), one page each."""
    story = json_object(story_page)
    kids = story.get("kids") or []
    if story.get("id") is None or not isinstance(kids, list):
        raise ParseError(f"{story_page.url}: expected an item with a 'kids' list")
    scope = f"{kind}:{story['id']}"
    yield replace(story_page, scope=scope)
    for kid in kids:
        yield _firebase_item(settings, kid, scope, client)


def parse(page: Page) -> Iterator[Posting | Skip]:
    """The top-level comments of one Algolia `/items/<id>` thread, or the one comment of
    a Firebase `/v0/item/<id>.json` page; replies are conversation."""
    kind, _, story_id = page.scope.partition(":")
    if kind not in _THREADS:
        raise ParseError(f"{page.url}: scope {page.scope!r} names no thread kind")
    if _FIREBASE_ITEM.search(page.url.partition("?")[0]):
        yield from _firebase_comment(page, kind, story_id)
        return
    story = json_object(page)
    children = story.get("children")
    if story.get("id") is None or not isinstance(children, list):
        raise ParseError(f"{page.url}: expected an item with a 'children' list")
    story_id = str(story["id"])
    yield from each_item(children, lambda item: _posting(item, kind, story_id), "comment")


def _firebase_comment(page: Page, kind: str, story_id: str) -> Iterator[Posting | Skip]:
    """A Firebase item page: a top-level comment, or the thread's story (no posting).

    Deleted items keep only `{deleted, id, parent, time, type}`; dead ones keep their
    text but HN hides them: both are Skips. A missing item answers `null`.
    """
    item = json_body(page)
    if item is None:
        yield Skip("missing", page.url)
        return
    if not isinstance(item, dict) or item.get("id") is None:
        raise ParseError(f"{page.url}: expected an item object with an 'id'")
    if item.get("type") == "story":
        return
    if item.get("deleted") or item.get("dead"):
        yield Skip("deleted" if item.get("deleted") else "dead", f"comment {item['id']}")
        return
    markup, posted_at = _paragraphs(item.get("text")), utc_from_unix(item.get("time"))
    yield _comment(item["id"], item.get("by"), markup, posted_at, kind, story_id)


def _paragraphs(markup: str | None) -> str | None:
    """HN's own markup (`first<p>second`) as Algolia serves it (`<p>first</p><p>second</p>`),
    so a comment read through either API has the same text and content hash."""
    if not markup:
        return markup
    return "<p>" + markup.replace("<p>", "</p><p>") + "</p>"


def _posting(item: dict[str, Any], kind: str, story_id: str) -> Posting | Skip:
    """One top-level comment of an Algolia item tree."""
    if item.get("id") is None:
        return Skip("no_id")
    posted_at = utc_from_unix(item.get("created_at_i")) or utc_from_iso(item.get("created_at"))
    return _comment(item["id"], item.get("author"), item.get("text"), posted_at, kind, story_id)


def _comment(
    item_id: object,
    author: object,
    markup: str | None,
    posted_at: datetime | None,
    kind: str,
    story_id: str,
) -> Posting | Skip:
    """One top-level comment, from either API; its first line is the de facto title
    (formats.md §1d), once a status note above it ("Edit: closed") is moved after it."""
    if not author or not markup:  # deleted or dead: {id, children} or nulls
        return Skip("deleted", f"comment {item_id}")
    text = header_first(html_to_text(markup))
    if not text:
        return Skip("no_text", f"comment {item_id}")
    first = first_line(text) or ""
    # a post leading with SEEKING WORK is one, whichever thread it was left in
    posting_kind = _seeking(text) or _THREADS[kind].kind
    if _talk(text, kind, posting_kind):
        return Skip("question", f"comment {item_id}")
    return Posting(
        source=NAME,
        source_id=str(item_id),
        url=_ITEM_URL.format(item_id),
        title=first,
        company=_company(text, kind, posting_kind),
        poster=str(author),
        text=text,
        html=markup,
        posted_at=posted_at,
        kind=posting_kind,
        apply_url=first_href(markup) or first_url(text),  # HN shortens link texts
        extra={"thread": kind, "story_id": story_id},
    )


def _company(text: str, thread: str, kind: Kind | None) -> str | None:
    """The company a post's opening names: in "Who is hiring?", its header or first
    sentence; in the freelancer thread, the same after its SEEKING FREELANCER lead, where
    a field is as often the stack; none in an offer of work, or a post with no lead."""
    if kind == "supply":
        return None
    if thread == "hiring":
        return opening_company(text)
    lead = _SEEKING.match(text) if thread == "freelancer" else None
    if lead is None:
        return None
    rest = text[lead.end() :]
    # "Seeking freelancer - Acme - Unity developer ...": the lead is a field of its own
    led = bool(_DASHED.match(rest))
    return opening_company(rest.lstrip(_AFTER_LEAD), stacked=True, led=led)


def _talk(text: str, thread: str, kind: Kind | None) -> bool:
    """Whether a freelancer-thread comment of no stated kind asks and offers no work."""
    return thread == "freelancer" and kind is None and asks_without_offer(text)


def _seeking(text: str) -> Kind | None:
    """The freelancer-thread rule: lead with SEEKING WORK or SEEKING FREELANCER."""
    match = _SEEKING.match(text)
    if match is None:
        return None
    return "supply" if match["supply"] else "demand"
