"""Reddit subreddit listings, Atom or JSON: https://www.reddit.com/dev/api#GET_new.

Terms (Data API Terms, Responsible Builder Policy): a descriptive User-Agent, at most
10 requests a minute without OAuth, a link back to every post, and no matching of
Redditors with off-platform identities: every posting says identity_join=forbidden.
"""

from __future__ import annotations

import html as htmllib
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING, Any, TypeVar
from urllib.parse import urlsplit

from extractors._contract import ConfigError, Kind, Page, ParseError, Posting, Provenance, Skip
from extractors._normalize import (
    failure,
    feed_entries,
    first_href,
    first_url,
    html_to_text,
    json_body,
    unescape,
    utc_from_iso,
    utc_from_unix,
)

if TYPE_CHECKING:
    from extractors._http import PoliteClient

NAME = "reddit"
ATTRIBUTION = (
    "Posts from Reddit (https://www.reddit.com): link each posting to its Reddit "
    "permalink; never join Reddit authors with off-platform identities."
)
WINDOWED = True  # /new is the newest posts only: a post missing from it is not closed
PROVENANCE: Provenance = "community"  # a public post by whoever hires

_SITE = "https://www.reddit.com"
_T = TypeVar("_T")
_PATHS = {"atom": "new/.rss", "json": "new.json"}
_LEAD = re.compile(r"(?:\s*[\[(][^\])]*[\])])+")  # [Hiring], (For Hire) [Remote]
_LABEL = re.compile(r"[\[(]([^\])]*)[\])]")
# r/forhire's [Hiring] and [For Hire] (and its alikes' [Seeking Work], [Looking for
# work]); r/slavelabour's [Task] (work to be done) and [Offer] (a service offered);
# r/gameDevClassifieds' [Paid], [Unpaid] and [RevShare], each a project wanting hands
_KINDS: dict[str, Kind] = {
    "hiring": "demand",
    "task": "demand",
    "paid": "demand",
    "unpaid": "demand",
    "revshare": "demand",
    "forhire": "supply",
    "offer": "supply",
    "seekingwork": "supply",
    "lookingforwork": "supply",
}
_ONLINE = frozenset({"online", "remote"})  # a title tag saying where: "[Hiring] [Online]"
_TAG_PARTS = re.compile(r"[/|,\-\u2013\u2014]")  # "[Hiring/Online]", "[Hiring - Remote]"
_SC_MARKER = re.compile(r"<!--\s*SC_O(?:FF|N)\s*-->")
# a title that leads with the word and a separator, not the bracketed tag: "Hiring: ..."
_BARE = re.compile(
    r"\s*(hiring|for\W*hire|task|offer|seeking\W*work)\s*[:|\-\u2013\u2014]", re.IGNORECASE
)
# the Atom boilerplate's "[link]": a link post's target (a self post's own permalink)
_LINK = re.compile(r"""<a href=["']([^"']+)["']>\s*\[link\]\s*</a>""")
_REDDIT_HOSTS = ("reddit.com", "redd.it", "redditmedia.com")


@dataclass(frozen=True)
class Settings:
    """The `[sources.reddit]` table."""

    base_url: str = "https://www.reddit.com"
    subreddits: tuple[str, ...] = ("forhire",)
    format: str = "atom"  # "atom": /new/.rss, served where .json meets a 403; "json"
    limit: int = 100  # posts per page; Reddit caps it at 100
    pages: int = 1  # pages to follow through the `after` cursor


@dataclass(frozen=True)
class _Post:
    """What both formats state of a post, before the checks every post goes through."""

    fullname: str
    title: str
    author: str
    markup: str  # the post's own HTML, markers and feed boilerplate removed
    created: datetime | None
    permalink: str  # a path or a URL on any Reddit host
    subreddit: str
    flair: str = ""
    markdown: str = ""  # the JSON's selftext, read when it gives no selftext_html
    link: str = ""  # a link post's target


def units(settings: Settings) -> list[str]:
    """One unit per subreddit; an unknown format is a config error."""
    if settings.format not in _PATHS:
        raise ConfigError(f"format: {settings.format!r} is not one of {sorted(_PATHS)}")
    return list(settings.subreddits)


def fetch(settings: Settings, unit: str, client: PoliteClient) -> Iterator[Page]:
    """Up to `pages` pages of the subreddit's newest posts, following `after`."""
    url = f"{settings.base_url.rstrip('/')}/r/{unit}/{_PATHS[settings.format]}"
    params = {"limit": str(settings.limit)}
    for _ in range(settings.pages):
        page = client.get(url, params=params, scope=unit)
        yield page
        try:
            after = _listing(page)[1]
        except ParseError:
            return  # parse() reports the page
        if not after:
            return
        params = {"limit": str(settings.limit), "after": after}


def parse(page: Page) -> Iterator[Posting | Skip]:
    """The posts of one listing page, Atom or JSON (told apart by the body)."""
    for post in _listing(page)[0]:
        yield post if isinstance(post, Skip) else _safely(_posting, post)


def _listing(page: Page) -> tuple[list[_Post | Skip], str | None]:
    """The page's posts and the cursor to the next page: JSON states `data.after`;
    Atom states none, so its last entry's fullname serves (`after` takes any)."""
    if page.body.lstrip()[:1] == b"{":
        children, after = _json_listing(page)
        return [_safely(_from_json, child) for child in children], after
    entries, cut = feed_entries(page, "atom")
    after = str(entries[-1].get("id") or "") if entries else None
    return [*cut, *(_safely(_from_entry, entry) for entry in entries)], after


def _safely(reader: Callable[[Any], _T | Skip], item: Any) -> _T | Skip:
    """One malformed item is a Skip naming its post, not a failed page."""
    try:
        return reader(item)
    except (AttributeError, KeyError, TypeError, ValueError) as exc:
        return Skip("malformed", f"post {_post_id(item)}: {failure(exc)}")


def _post_id(item: Any) -> str:
    """The fullname ("t3_1abc") of an item as far as it states one, to find it by."""
    if isinstance(item, _Post):
        return item.fullname or "without an id"
    data = item.get("data") if isinstance(item, dict) else None
    data = data if isinstance(data, dict) else item  # a JSON child's data, or an entry
    if not isinstance(data, dict):
        return "without an id"
    post_id = data.get("id")
    name = data.get("name") or (f"t3_{post_id}" if post_id and data is not item else post_id)
    return str(name) if name else "without an id"


def _json_listing(page: Page) -> tuple[list[Any], str | None]:
    data = json_body(page)
    listing = data.get("data") if isinstance(data, dict) else None
    if not isinstance(listing, dict) or not isinstance(listing.get("children"), list):
        raise ParseError(f"{page.url}: expected a Listing with data.children")
    return listing["children"], listing.get("after")


def _from_json(child: dict[str, Any]) -> _Post | Skip:
    """A `t3` child; its title and selftext_html are entity-escaped once."""
    if child.get("kind") != "t3":
        return Skip("not_a_post", str(child.get("kind")))
    post = child["data"]
    if post.get("stickied"):
        return Skip("stickied", str(post.get("name")))
    if post.get("distinguished") in ("moderator", "admin"):  # a rules reminder, unpinned
        return Skip("moderator", str(post.get("name")))
    if post.get("removed_by_category"):
        name = str(post.get("name") or "")
        return Skip("removed", f"{name}: {post['removed_by_category']}", closes=name)
    body = _crossposted(post)
    markup = unescape(body.get("selftext_html")) or ""
    return _Post(
        fullname=post.get("name") or (f"t3_{post['id']}" if post.get("id") else ""),
        title=unescape(post.get("title")) or "",
        author=post.get("author") or "",
        markup=_SC_MARKER.sub("", markup).strip(),
        created=utc_from_unix(post.get("created_utc")),
        permalink=post.get("permalink") or "",
        subreddit=post.get("subreddit") or "",
        flair=post.get("link_flair_text") or "",
        markdown=body.get("selftext") or "",
        link="" if body.get("is_self") else str(body.get("url") or ""),
    )


def _crossposted(post: dict[str, Any]) -> dict[str, Any]:
    """The post whose body and link a crosspost shows: the original (its first
    `crosspost_parent_list` entry), as the crosspost itself states neither."""
    parents = post.get("crosspost_parent_list")
    parent = parents[0] if isinstance(parents, list) and parents else None
    if not isinstance(parent, dict) or post.get("selftext") or post.get("selftext_html"):
        return post
    return parent


def _from_entry(entry: Any) -> _Post:
    """An Atom entry: the body is what precedes SC_ON, the rest is feed boilerplate."""
    content = entry["content"][0]["value"] if entry.get("content") else ""
    body, marked, _ = content.partition("<!-- SC_ON -->")
    tags = entry.get("tags") or [{}]
    link = _LINK.search(content)
    return _Post(
        fullname=entry.get("id") or "",
        title=entry.get("title") or "",
        author=(entry.get("author") or "").removeprefix("/u/"),
        markup=_SC_MARKER.sub("", body).strip() if marked else "",
        created=utc_from_iso(entry.get("published") or entry.get("updated")),
        permalink=entry.get("link") or "",
        subreddit=tags[0].get("term") or "",
        link=htmllib.unescape(link[1]) if link else "",
    )


def _posting(post: _Post) -> Posting | Skip:
    """The checks both formats share, then the posting."""
    if not post.fullname:
        return Skip("no_id")
    text = html_to_text(post.markup) or post.markdown.strip()
    if text == "[removed]":
        return Skip("removed", post.fullname, closes=post.fullname)
    if post.author in ("", "[deleted]") or text == "[deleted]":
        return Skip("deleted", post.fullname, closes=post.fullname)
    kind = _kind(post.title, post.flair)
    if isinstance(kind, Skip):
        return kind
    extra = {"identity_join": "forbidden", "subreddit": post.subreddit}
    return Posting(
        source=NAME,
        source_id=post.fullname,
        url=_SITE + urlsplit(post.permalink).path,
        title=post.title.strip() or None,
        poster=post.author,
        text=text,
        html=post.markup or None,
        posted_at=post.created,
        kind=kind,
        remote=_remote_tag(post.title),
        apply_url=_apply_url(post, text),
        extra=extra | ({"flair": post.flair} if post.flair else {}),
    )


def _apply_url(post: _Post, text: str) -> str | None:
    """The body's first link off Reddit (its target: link texts are words like "here"),
    else the first URL its text spells, else a link post's target off Reddit."""
    found = first_href(post.markup, _on_reddit) or first_url(text)
    return found or (post.link if post.link and not _on_reddit(post.link) else None)


def _on_reddit(url: str) -> bool:
    """Whether a link stays on Reddit; a relative one ("/r/other/comments/...") does."""
    host = (urlsplit(url).hostname or "").lower()
    return not host or any(host == name or host.endswith(f".{name}") for name in _REDDIT_HOSTS)


def _kind(title: str, flair: str) -> Kind | Skip | None:
    """The leading title tags (or a bare leading "Hiring:"), then the flair: [Hiring],
    [Task] and [Paid] are demand, [For Hire], [Offer] and [Seeking Work] supply, any
    other ([Meta]) is no posting; a post with none states no kind."""
    lead = _LEAD.match(title)
    bare = None if lead else _BARE.match(title)
    tags = _LABEL.findall(lead[0]) if lead else [bare[1]] if bare else []
    labels = tags + ([flair] if flair else [])
    for label in labels:
        key = _key(label)
        for prefix, kind in _KINDS.items():
            if key.startswith(prefix):
                return kind
    return Skip("not_a_posting", labels[0]) if labels else None


def _remote_tag(title: str) -> bool | None:
    """True where a leading title tag says the work is done online: r/forhire's
    "[Hiring] [Online]" (or "[Remote]", "[Hiring/Online]", "[Hiring - Remote]"), a field
    of the sub's own; else not stated."""
    lead = _LEAD.match(title)
    labels = _LABEL.findall(lead[0]) if lead else []
    parts = {_key(part) for label in labels for part in _TAG_PARTS.split(label)}
    return True if parts & _ONLINE else None


def _key(label: str) -> str:
    """A tag's letters, lower-cased: "[For Hire]" and "(for-hire)" alike."""
    return re.sub(r"[^a-z]", "", label.lower())
