"""Mastodon hashtag timelines: https://docs.joinmastodon.org/methods/timelines/#tag.

Terms: public statuses only, 300 requests per 5 minutes per IP, a link back to each
status; an author who opts out of search (account.indexable false, noindex true) is
not stored at all.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any
from urllib.parse import quote, urlsplit

from extractors._contract import ConfigError, Page, Posting, Provenance, Skip
from extractors._normalize import (
    each_item,
    first_line,
    first_url,
    html_to_text,
    json_list,
    utc_from_iso,
)
from extractors._questions import asks_without_offer

if TYPE_CHECKING:
    from extractors._http import PoliteClient

NAME = "mastodon"
ATTRIBUTION = (
    "Posts from the fediverse via Mastodon (https://joinmastodon.org): link each "
    "posting to its status and name its author."
)
WINDOWED = True  # a tag timeline is the newest statuses only: a missing one is not closed
PROVENANCE: Provenance = "community"  # a public post by whoever hires
POSTERS = "mastodon"  # a poster is user@domain: a Mastodon account a contact may be
# a status holds 500 characters on most instances: short by nature, its length no evidence
SUMMARY = True
_HASHTAG = re.compile(r"#\w+")


@dataclass(frozen=True)
class Settings:
    """The `[sources.mastodon]` table."""

    # each instance is a base_url; each sees only the statuses federated to it
    instances: tuple[str, ...] = ("https://mastodon.social",)
    tags: tuple[str, ...] = ("hiring", "fedihire", "freelance")
    limit: int = 40  # statuses per page; Mastodon caps it at 40
    pages: int = 1  # pages to follow through the Link rel="next" header


def units(settings: Settings) -> list[str]:
    """`<tag>@<instance host>` for every tag on every instance."""
    return [
        f"{tag.lstrip('#')}@{urlsplit(instance).netloc}"
        for instance in settings.instances
        for tag in settings.tags
    ]


def fetch(settings: Settings, unit: str, client: PoliteClient) -> Iterator[Page]:
    """Up to `pages` pages of one tag's timeline on one instance, newest first."""
    tag, _, host = unit.partition("@")
    bases = [i.rstrip("/") for i in settings.instances if urlsplit(i).netloc == host]
    if not bases:
        raise ConfigError(f"instances: none has the host of unit {unit!r}")
    url: str | None = f"{bases[0]}/api/v1/timelines/tag/{quote(tag, safe='')}"
    params: Mapping[str, str] | None = {"limit": str(settings.limit)}
    for _ in range(settings.pages):
        if url is None:
            return
        page = client.get(url, params=params, scope=unit)
        yield page
        url, params = _next_url(page), None  # the next URL carries its own query


def _next_url(page: Page) -> str | None:
    """The Link rel="next" target (an older `max_id`); absent on the last page."""
    from requests.utils import parse_header_links

    for link in parse_header_links(page.headers.get("link", "")):
        if link.get("rel") == "next" and link.get("url"):
            return link["url"]
    return None


def parse(page: Page) -> Iterator[Posting | Skip]:
    """The statuses of one timeline page; a local acct gets the page's host."""
    statuses = json_list(page)
    host = urlsplit(page.url).hostname or ""
    yield from each_item(statuses, lambda status: _posting(status, host), "status")


def _posting(status: dict[str, Any], host: str) -> Posting | Skip:
    """One status, or the one it boosts; keyed by `uri`, the same on every instance. A
    reply to another account ("are you still #hiring?") is no posting; a reply to the
    author's own status (a thread's next part) is."""
    if isinstance(status.get("reblog"), dict):
        status = status["reblog"]
    account = status.get("account") or {}
    if account.get("indexable") is False or account.get("noindex") is True:
        return Skip("noindex", str(account.get("acct")))
    if not status.get("uri"):
        return Skip("no_id", f"status {status.get('id')}")
    acct = str(account.get("acct") or "")
    if not acct:
        return Skip("no_author", status["uri"])
    replied = status.get("in_reply_to_account_id")
    if replied is not None and str(replied) != str(account.get("id")):
        return Skip("reply", status["uri"])  # an answer to someone's post: no posting
    markup = status.get("content") or ""
    body = html_to_text(markup)  # keeps the invisible parts of shortened links
    if not body:
        return Skip("no_text", status["uri"])
    # "Anyone know where people find Elixir contracts? #hiring": the timeline's tag is
    # no offer of work
    if asks_without_offer(_HASHTAG.sub(" ", body)):
        return Skip("question", status["uri"])
    # a content warning is the post's own summary, often where "job" or "hiring" is said
    # ("job post: Go contract"): it opens the text, but the title stays the body's line
    warning = " ".join(str(status.get("spoiler_text") or "").split())
    text = f"{warning}\n\n{body}" if warning else body
    extra = {"instance": host}
    if str(account.get("display_name") or "").strip():
        extra["display_name"] = account["display_name"].strip()
    return Posting(
        source=NAME,
        source_id=status["uri"],
        url=status.get("url") or status["uri"],
        title=first_line(body),
        # the follows export writes every account as user@domain, local ones too
        poster=acct if "@" in acct else f"{acct}@{host}",
        text=text,
        html=markup,
        posted_at=utc_from_iso(status.get("created_at")),
        tags=tuple(str(t["name"]) for t in status.get("tags") or () if t.get("name")),
        apply_url=first_url(body),
        language=status.get("language") or None,
        extra=extra,
    )
