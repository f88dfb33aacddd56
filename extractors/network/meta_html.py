"""Facebook and Instagram friends and follows exported in HTML, the format "Download
your information" offers first: nothing in them is read (their markup is for people),
but each is named with the fix, asking again in JSON, rather than "not recognised".
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from extractors.network._contact import Contact, Problem

NAME = "meta_html"

# the JSON exports' file names (facebook_friends, instagram), as .html
_NAMES = re.compile(
    r"(your_friends|friends|who_you_follow|people_who_followed_you|following|followers(_\d+)?)"
    r"\.html"
)


def sniff(name: str, head: bytes) -> bool:
    """An export's friends or follows file name, holding HTML."""
    text = head.decode("utf-8-sig", errors="ignore").lstrip().lower()
    return bool(_NAMES.fullmatch(name.lower())) and text.startswith(("<!doctype html", "<html"))


def read(data: bytes, name: str) -> Iterator[Contact | Problem]:
    """No contacts: one Problem that says how to get the file in a readable format."""
    yield Problem(
        name, 0, "a Facebook/Instagram export in HTML: download your information again as JSON"
    )
