"""A Mastodon account archive (Settings > Import and export > Request your archive):
the user's posts, likes and bookmarks, but not whom the user follows.

Its `outbox.json` (an ActivityPub `OrderedCollection` of the user's `Create`
activities) gives whom the user talked to in public: each account a post of theirs
mentions (a `Mention` tag: `@kai@fosstodon.org`, or `@ines` for an account of the user's
own server, whose domain its `href` gives) or replies to (`inReplyTo`
`https://host/users/NAME/statuses/ID`), the user's own thread aside. That is a `mention`
tie, dated by the last such post; boosts are none. Texts are never read. Its
`actor.json` is named with where the follows are exported instead, rather than the
archive passed over as "not recognised".
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import datetime
from urllib.parse import urlsplit

from extractors._normalize import utc_from_iso
from extractors.network._contact import Contact, Problem, later
from extractors.network._json import load
from extractors.network._scan import HEAD_BYTES

NAME = "mastodon_archive"

_CONTEXT = b"https://www.w3.org/ns/activitystreams"
_OUTBOX_ID = re.compile(rb'"id"\s*:\s*"outbox\.json"')
_ADDRESS = re.compile(r"@?([\w.+-]+)(?:@([\w-]+(?:\.[\w-]+)+))?")
# an account's or a status's address: /users/NAME(/statuses/ID) or /@NAME(/ID)
_ACCOUNT_PATH = re.compile(r"/(?:users/|@)([\w.+-]+)(?:/(?:statuses/)?\w+)?/?")


def _outbox(name: str, head: bytes) -> bool:
    return _CONTEXT in head and (name.lower() == "outbox.json" or bool(_OUTBOX_ID.search(head)))


def sniff(name: str, head: bytes) -> bool:
    """The archive's `actor.json` (the user's ActivityPub actor) or `outbox.json`."""
    return (name.lower() == "actor.json" and _CONTEXT in head) or _outbox(name, head)


def _account(url: object) -> str | None:
    """`user@host` of an account's or a status's URL on a Mastodon-like server."""
    if not isinstance(url, str):
        return None
    parts = urlsplit(url)
    match = _ACCOUNT_PATH.fullmatch(parts.path)
    return f"{match[1]}@{parts.hostname}".lower() if match and parts.hostname else None


def _mentioned(tag: object) -> str | None:
    """The account of a `Mention` tag: its name's `user@domain`, the domain its href's
    host where the name has none (an account of the user's own server)."""
    if not isinstance(tag, dict) or tag.get("type") != "Mention":
        return None
    match = _ADDRESS.fullmatch(str(tag.get("name", "")).strip())
    if match and match[2]:
        return f"{match[1]}@{match[2]}".lower()
    host = urlsplit(str(tag.get("href", ""))).hostname
    return f"{match[1]}@{host}".lower() if match and host else _account(tag.get("href"))


def _addressed(activity: dict[str, object]) -> set[str]:
    """The accounts a `Create` activity's post mentions or replies to."""
    post = activity.get("object")
    if activity.get("type") != "Create" or not isinstance(post, dict):
        return set()
    tags = post.get("tag")
    found = {a for tag in (tags if isinstance(tags, list) else ()) if (a := _mentioned(tag))}
    if reply := _account(post.get("inReplyTo")):
        found.add(reply)
    return found


def _mentions(data: bytes, name: str) -> Iterator[Contact | Problem]:
    try:
        document = load(data)
    except ValueError as error:
        yield Problem(name, 0, f"unreadable JSON: {error}")
        return
    items = document.get("orderedItems") if isinstance(document, dict) else None
    if not isinstance(items, list):
        yield Problem(name, 0, "not a Mastodon outbox: no orderedItems")
        return
    owner = _account(document.get("actor")) if isinstance(document, dict) else None
    last: dict[str, tuple[datetime | None, int]] = {}
    for line, activity in enumerate(items, start=1):
        if not isinstance(activity, dict):
            yield Problem(name, line, "item is not an activity")
            continue
        owner = owner or _account(activity.get("actor"))
        when = utc_from_iso(str(activity.get("published") or "")) or None
        for account in _addressed(activity) - {owner}:
            if account not in last or later(when, last[account][0]):
                last[account] = (when, line)
    for account, (when, line) in last.items():
        yield Contact("mastodon", "mention", account, None, None, None, when, file=name, line=line)


def read(data: bytes, name: str) -> Iterator[Contact | Problem]:
    """The accounts the outbox's posts mention or reply to; of `actor.json`, one Problem
    that says where Mastodon exports the follows."""
    if _outbox(name, data[:HEAD_BYTES]):
        yield from _mentions(data, name)
        return
    yield Problem(
        name,
        0,
        "a Mastodon archive holds no follows: export them under Settings > Import and "
        "export > Data export > Follows, and import following_accounts.csv",
    )
