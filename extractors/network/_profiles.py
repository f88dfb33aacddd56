"""Profile URLs to platform handles, so a record that links another platform's profile
(a contact's website, a LinkedIn URL column) can be joined with that platform's export.

Handles come out in the form that platform's own importer uses as its key: LinkedIn
slugs, GitHub, X and Instagram names lower-cased, Mastodon as user@host.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from urllib.parse import SplitResult, parse_qs, unquote, urlsplit

CHANNEL_ID = re.compile(r"^UC[\w-]{22}$")
_X_NAME = re.compile(r"^\w{1,15}$")
_USER = re.compile(r"^[\w.-]{1,64}$")
_X_RESERVED = {
    "intent",
    "i",
    "home",
    "share",
    "search",
    "hashtag",
    "explore",
    "settings",
}
_GITHUB_RESERVED = {"orgs", "features", "topics", "sponsors", "marketplace", "about"}
# hosts whose /@name paths are not Mastodon accounts
_NOT_MASTODON = {
    "medium.com",
    "youtube.com",
    "tiktok.com",
    "threads.net",
    "threads.com",
}


def _split(url: str | None) -> SplitResult | None:
    """The URL split into parts, a missing scheme tolerated; None when not a web URL."""
    if not url or not url.strip():
        return None
    text = url.strip()
    try:
        parts = urlsplit(text if "://" in text else f"https://{text}")
    except ValueError:
        return None
    return parts if parts.scheme in ("http", "https") and parts.hostname else None


def _host(parts: SplitResult) -> str:
    host = (parts.hostname or "").lower()
    for prefix in ("www.", "mobile.", "m."):
        host = host.removeprefix(prefix)
    return host


def _segments(parts: SplitResult) -> list[str]:
    return [unquote(segment) for segment in parts.path.split("/") if segment]


def linkedin_slug(url: str | None) -> str | None:
    """The <slug> of a linkedin.com/in/<slug> URL, lower-cased, query and slash dropped."""
    parts = _split(url)
    host = _host(parts) if parts else ""
    if parts is None or not (host == "linkedin.com" or host.endswith(".linkedin.com")):
        return None
    path = _segments(parts)
    return path[1].lower() if len(path) >= 2 and path[0].lower() == "in" else None


def x_handle(url: str | None) -> str | None:
    """The handle in an x.com/twitter.com profile or intent?screen_name= URL."""
    parts = _split(url)
    if parts is None or _host(parts) not in ("x.com", "twitter.com"):
        return None
    path = _segments(parts)
    if path[:2] == ["intent", "user"]:
        path = parse_qs(parts.query).get("screen_name", [])
    name = path[0] if path else ""
    return name.lower() if _X_NAME.match(name) and name not in _X_RESERVED else None


def _hackernews(parts: SplitResult, path: list[str]) -> str | None:
    user = parse_qs(parts.query).get("id", [""])[0] if path == ["user"] else ""
    return user if _USER.match(user) else None


def _github(parts: SplitResult, path: list[str]) -> str | None:
    name = path[0].lower() if len(path) == 1 else ""
    return name if _USER.match(name) and name not in _GITHUB_RESERVED else None


def _instagram(parts: SplitResult, path: list[str]) -> str | None:
    path = path[1:] if path[:1] == ["_u"] else path
    return path[0].lower() if len(path) == 1 and _USER.match(path[0]) else None


def _youtube(parts: SplitResult, path: list[str]) -> str | None:
    channel = len(path) == 2 and path[0] == "channel" and CHANNEL_ID.match(path[1])
    return path[1] if channel else None


_BY_HOST: dict[str, tuple[str, Callable[[SplitResult, list[str]], str | None]]] = {
    "news.ycombinator.com": ("hackernews", _hackernews),
    "github.com": ("github", _github),
    "instagram.com": ("instagram", _instagram),
    "youtube.com": ("youtube", _youtube),
}


def _mastodon(parts: SplitResult, host: str) -> str | None:
    """user@host for https://host/@user, or the remote account of /@user@other.host."""
    path = _segments(parts)
    if len(path) != 1 or not path[0].startswith("@") or host in _NOT_MASTODON:
        return None
    user, _, domain = path[0][1:].partition("@")
    return f"{user}@{domain or host}".lower() if _USER.match(user) else None


def handles_from_url(url: str | None) -> dict[str, str]:
    """{platform: handle} for a profile URL on a platform warmleads joins, else {}."""
    parts = _split(url)
    if parts is None:
        return {}
    host = _host(parts)
    found: dict[str, str | None] = {
        "linkedin": linkedin_slug(url),
        "x": x_handle(url),
        "mastodon": _mastodon(parts, host),
    }
    if host in _BY_HOST:
        platform, extract = _BY_HOST[host]
        found[platform] = extract(parts, _segments(parts))
    return {platform: handle for platform, handle in found.items() if handle}


def handles_from_urls(urls: Iterable[str]) -> dict[str, str]:
    """The handles of several URLs; the first URL naming a platform wins."""
    handles: dict[str, str] = {}
    for url in urls:
        for platform, handle in handles_from_url(url).items():
            handles.setdefault(platform, handle)
    return handles
