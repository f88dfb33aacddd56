"""A Mastodon account archive (Settings > Import and export > Request your archive):
posts, likes and bookmarks, but not whom the user follows, only a link to that list
on the server. Its `actor.json` is named with where the follows are exported instead,
rather than the archive passed over as "not recognised".
"""

from __future__ import annotations

from collections.abc import Iterator

from extractors.network._contact import Contact, Problem

NAME = "mastodon_archive"

_CONTEXT = b"https://www.w3.org/ns/activitystreams"


def sniff(name: str, head: bytes) -> bool:
    """The archive's `actor.json`: the user's ActivityPub actor."""
    return name.lower() == "actor.json" and _CONTEXT in head


def read(data: bytes, name: str) -> Iterator[Contact | Problem]:
    """No contacts: one Problem that says where Mastodon exports the follows."""
    yield Problem(
        name,
        0,
        "a Mastodon archive holds no follows: export them under Settings > Import and "
        "export > Data export > Follows, and import following_accounts.csv",
    )
