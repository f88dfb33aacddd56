"""Bluesky post search: https://docs.bsky.app/docs/api/app-bsky-feed-search-posts.

Terms: search is for human-directed use (Bluesky's maintainers ask bulk collection to
use the firehose), so the default queries are few and one page each; link each posting
to its post and name its author. The public AppView answers 403 to unauthenticated
search since January 2025: the user's own handle and app password open a session on
their PDS (`base_url`), which proxies the search. The password comes from an
environment variable, never the config; the session's tokens are never stored.
An author who asked that logged-out viewers not see their posts is not stored at all.
"""

from __future__ import annotations

import os
import re
import unicodedata
import weakref
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import TYPE_CHECKING, Any

from extractors._contract import (
    ConfigError,
    ExtractorError,
    Page,
    Posting,
    Provenance,
    Refused,
    Skip,
    SourceUnavailable,
)
from extractors._normalize import (
    each_item,
    first_line,
    first_url,
    json_body,
    json_list,
    stripped,
    utc_from_iso,
)

if TYPE_CHECKING:
    from extractors._http import PoliteClient

NAME = "bluesky"
ATTRIBUTION = (
    "Posts from Bluesky (https://bsky.app): link each posting to its post and name its author."
)
WINDOWED = True  # the newest posts that match a query: a missing one is not closed
PROVENANCE: Provenance = "community"  # a public post by whoever hires
SUMMARY = True  # a post holds 300 characters: short by nature, its length no evidence

SEARCH_PATH = "/xrpc/app.bsky.feed.searchPosts"
SESSION_PATH = "/xrpc/com.atproto.server.createSession"
_NO_HANDLE = "handle.invalid"  # what the AppView shows for an account whose handle broke
_OPTED_OUT = "!no-unauthenticated"  # the author's self-label: not for logged-out viewers
_LINK = "app.bsky.richtext.facet#link"
_TAG = "app.bsky.richtext.facet#tag"
_CARDS = ("app.bsky.embed.external", "app.bsky.embed.recordWithMedia")
# a hashtag as Bluesky's apps read one in the text: after a space, up to the next one,
# its trailing punctuation cut off ("#remote-first," is remote-first), not only digits
_HASHTAG = re.compile(r"(?<!\S)[#＃](\S+)")


@dataclass(frozen=True)
class Settings:
    """The `[sources.bluesky]` table; off while `handle` is empty."""

    base_url: str = "https://bsky.social"  # your PDS: it proxies search to the AppView
    handle: str = ""  # your handle (you.bsky.social): the session's identifier
    app_password_env: str = "LEADS_BLUESKY_APP_PASSWORD"  # the variable holding it
    queries: tuple[str, ...] = ("#hiring freelance", '"looking for a freelancer"')
    limit: int = 100  # posts per page, the API's maximum
    pages: int = 1  # pages followed through `cursor`
    days: int = 7  # posts older than this are not asked for (`since`)


# one session per source run (per client): each query reuses it, and a refused login
# is not tried again for every query
_SESSIONS: weakref.WeakKeyDictionary[PoliteClient, str | ExtractorError]
_SESSIONS = weakref.WeakKeyDictionary()


def units(settings: Settings) -> list[str]:
    """Each query, once; none without a handle (the source is off)."""
    if not settings.handle.strip():
        return []
    return list(dict.fromkeys(q.strip() for q in settings.queries if q.strip()))


def fetch(settings: Settings, unit: str, client: PoliteClient) -> Iterator[Page]:
    """Up to `pages` pages of one query's newest posts of the last `days` days."""
    headers = {"Authorization": f"Bearer {_access_token(settings, client)}"}
    since = (datetime.now(UTC) - timedelta(days=settings.days)).date().isoformat()
    params = {"q": unit, "sort": "latest", "limit": str(settings.limit), "since": since}
    url = settings.base_url.rstrip("/") + SEARCH_PATH
    for _ in range(settings.pages):
        page = client.get(url, params=params, headers=headers, scope=unit)
        yield page
        cursor = _cursor(page)
        if cursor is None:
            return
        params = {**params, "cursor": cursor}


def _access_token(settings: Settings, client: PoliteClient) -> str:
    """The session's access token, opened once per client with the app password."""
    known = _SESSIONS.get(client)
    if known is None:
        try:
            known = _open_session(settings, client)
        except ExtractorError as error:
            known = error
        _SESSIONS[client] = known
    if isinstance(known, ExtractorError):
        raise known
    return known


def _open_session(settings: Settings, client: PoliteClient) -> str:
    """createSession with the handle and the app password; never the password in an
    error message or a URL."""
    variable = settings.app_password_env
    password = os.environ.get(variable, "") if variable else ""
    if not password:
        raise ConfigError(
            f"app_password_env: the environment variable {variable or '(none)'} is empty or "
            f"unset; set it to a Bluesky app password for {settings.handle}"
        )
    url = settings.base_url.rstrip("/") + SESSION_PATH
    login = {"identifier": settings.handle.strip().lstrip("@"), "password": password}
    try:
        page = client.post(url, json=login)
    except SourceUnavailable as error:
        if error.status in (401, 403):
            refused = f"Bluesky refused the app password for {settings.handle}"
            raise Refused(url, error.status, refused) from None
        raise
    session = json_body(page)
    token = session.get("accessJwt") if isinstance(session, dict) else None
    if not isinstance(token, str) or not token:
        raise SourceUnavailable(url, page.status, "the session answer holds no accessJwt")
    return token


def _cursor(page: Page) -> str | None:
    """The next page's cursor; none on the last page or a page that is not JSON."""
    try:
        data = json_body(page)
    except ExtractorError:
        return None  # parse reports the page
    cursor = data.get("cursor") if isinstance(data, dict) else None
    has_posts = isinstance(data, dict) and bool(data.get("posts"))
    return str(cursor) if cursor and has_posts else None


def parse(page: Page) -> Iterator[Posting | Skip]:
    """The posts of one search page."""
    yield from each_item(json_list(page, "posts"), _posting, "post", key="uri")


def _posting(view: dict[str, Any]) -> Posting | Skip:
    """One post; keyed by its at:// uri. A reply to another account's post is no posting;
    a reply to the author's own (a thread's next part) is."""
    uri = stripped(view.get("uri"))
    if not uri:
        return Skip("no_id", f"post {view.get('cid')}")
    author = view.get("author") or {}
    did = stripped(author.get("did")) or _did_of(uri)
    if not did:
        return Skip("no_author", uri)
    if any(label.get("val") == _OPTED_OUT for label in author.get("labels") or ()):
        return Skip("noindex", did)
    record = view.get("record") or {}
    parent = ((record.get("reply") or {}).get("parent") or {}).get("uri")
    if parent and _did_of(str(parent)) != did:
        return Skip("reply", uri)  # an answer to someone's post: no posting
    body = _expanded(str(record.get("text") or ""), record.get("facets"))
    if not body.strip():
        return Skip("no_text", uri)
    card = _card_url(record.get("embed"))
    text = f"{body}\n\n{card}" if card and card not in body else body
    handle = stripped(author.get("handle"))
    handle = handle if handle and handle != _NO_HANDLE else None
    extra = {"did": did}
    if name := stripped(author.get("displayName")):
        extra["display_name"] = name
    langs = record.get("langs")
    return Posting(
        source=NAME,
        source_id=uri,
        url=f"https://bsky.app/profile/{handle or did}/post/{uri.rsplit('/', 1)[-1]}",
        title=first_line(body),
        poster=handle or did,
        text=text,
        posted_at=_posted_at(record.get("createdAt"), view.get("indexedAt")),
        tags=_tags(body, record.get("facets")),
        apply_url=first_url(text),
        language=stripped(langs[0]) if isinstance(langs, list) and langs else None,
        extra=extra,
    )


def _did_of(uri: str) -> str | None:
    """The repository (author) of an at:// uri: at://<did>/<collection>/<rkey>."""
    if not uri.startswith("at://"):
        return None
    return uri[5:].split("/", 1)[0] or None


def _facets(facets: Any, kind: str) -> Iterator[tuple[dict[str, Any], Any, Any]]:
    """(feature, byteStart, byteEnd) of each facet feature of `kind`."""
    for facet in facets if isinstance(facets, list) else ():
        if not isinstance(facet, dict):
            continue
        index = facet.get("index") or {}
        for feature in facet.get("features") or ():
            if isinstance(feature, dict) and feature.get("$type") == kind:
                yield feature, index.get("byteStart"), index.get("byteEnd")


def _expanded(text: str, facets: Any) -> str:
    """The text with each link facet's visible part (often shortened: "site.example/jo...")
    replaced by its full uri. Offsets count UTF-8 bytes; a facet out of range, cutting a
    character in two or overlapping an earlier one is left as it reads."""
    data = text.encode("utf-8")
    links = sorted(
        (start, end, feature["uri"])
        for feature, start, end in _facets(facets, _LINK)
        if isinstance(feature.get("uri"), str) and _in_text(data, start, end)
    )
    parts, at = [], 0
    for start, end, uri in links:
        if start < at:
            continue
        parts += [data[at:start], uri.encode("utf-8")]
        at = end
    return b"".join([*parts, data[at:]]).decode("utf-8")


def _in_text(data: bytes, start: Any, end: Any) -> bool:
    """Whether byte offsets span whole characters of `data`."""
    if type(start) is not int or type(end) is not int or not 0 <= start < end <= len(data):
        return False
    return all(i == len(data) or data[i] & 0xC0 != 0x80 for i in (start, end))


def _card_url(embed: Any) -> str | None:
    """The link card's target (an external embed, alone or beside a quoted post)."""
    if not isinstance(embed, dict) or embed.get("$type") not in _CARDS:
        return None
    media = embed.get("media") if embed.get("$type") == _CARDS[1] else embed
    external = media.get("external") if isinstance(media, dict) else None
    uri = external.get("uri") if isinstance(external, dict) else None
    return uri if isinstance(uri, str) and uri.startswith(("https://", "http://")) else None


def _tags(body: str, facets: Any) -> tuple[str, ...]:
    """The tag facets' tags, then hashtags in the text (clients that write no facets),
    lower-cased, each once; "#1" is no tag."""
    found = [str(f["tag"]) for f, _, _ in _facets(facets, _TAG) if f.get("tag")]
    if "#" in body or "＃" in body:
        found += (_without_punctuation(tag) for tag in _HASHTAG.findall(body))
    tags = (tag.lower() for tag in found if tag and not tag.isdigit())
    return tuple(dict.fromkeys(tags))


def _without_punctuation(tag: str) -> str:
    """A hashtag without the punctuation that ends its sentence ("#hiring!")."""
    end = len(tag)
    while end and unicodedata.category(tag[end - 1]).startswith("P"):
        end -= 1
    return tag[:end]


def _posted_at(created: Any, indexed: Any) -> datetime | None:
    """When the post was written: `createdAt` is the client's clock, so one later than
    the server's `indexedAt` (a clock ahead) gives way to it; an old `createdAt` stands
    (a post imported from elsewhere is as old as it says)."""
    times = [t for t in (utc_from_iso(created), utc_from_iso(indexed)) if t is not None]
    return min(times) if times else None
