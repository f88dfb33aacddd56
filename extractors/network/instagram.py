"""Instagram followers, following and close friends, from Accounts Center > Your
information and permissions > Download your information (JSON): `connections/
followers_and_following/followers_1.json` (`_2`, ... when large), `following.json` and
`close_friends.json` (`relationships_close_friends`: the list the user picked, a tie
stronger than a follow); older archives keep them under `followers_and_following/` and
wrap followers in `relationships_followers`.

Followers are a bare array, following is `{"relationships_following": [...]}`; each
entry has one `string_list_data` item. Older entries carry the username in `value`,
newer ones in `title` with an `instagram.com/_u/<user>` link: value, then title, then
the link's last segment. Strings are repaired of Meta's mojibake. Exports before 2021
held every list in one `connections.json`, `{"followers": {"<user>": "<ISO time>"}}`,
close friends (`close_friends`) among them.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import datetime

from extractors._normalize import utc_from_iso
from extractors.network import _json
from extractors.network._contact import Contact, Problem, Tie
from extractors.network._profiles import handles_from_url

NAME = "instagram"

_TIES: dict[str, Tie] = {
    "relationships_followers": "follower",
    "relationships_following": "following",
    "relationships_close_friends": "close_friend",
}
_WRAPPED = re.compile(r'\s*\{\s*"relationships_(?:followers|following|close_friends)"\s*:')
_BARE = re.compile(r'\s*\[\s*\{\s*"(title|media_list_data|string_list_data)"')
# the pre-2021 connections.json: a list of the user's ties as {username: ISO time}
_FLAT_TIES: dict[str, Tie] = {
    "followers": "follower",
    "following": "following",
    "close_friends": "close_friend",
}
_FLAT = re.compile(r'"(?:followers|following)"\s*:\s*\{\s*"[^"]{1,64}"\s*:\s*"\d{4}-\d\d-\d\d')
Entries = list[tuple[Tie, object]]


def sniff(name: str, head: bytes) -> bool:
    """A followers array or relationships_followers/following/close_friends object."""
    text = head.decode("utf-8-sig", errors="ignore")
    if _WRAPPED.match(text) or (text.lstrip().startswith("{") and _FLAT.search(text)):
        return True
    return bool(_BARE.match(text)) and "string_list_data" in text and "instagram.com" in text


def _entries(document: object) -> Entries | None:
    """Each entry with its tie: of a followers array, a relationships_* object, or the
    followers, following and close friends of a pre-2021 connections.json."""
    if isinstance(document, list):
        entry = any(isinstance(e, dict) and "string_list_data" in e for e in document)
        return [("follower", e) for e in document] if entry or not document else None
    if not isinstance(document, dict):
        return None
    for key, tie in _TIES.items():
        if isinstance(document.get(key), list):
            return [(tie, entry) for entry in document[key]]
    if not any(isinstance(document.get(key), dict) for key in _FLAT_TIES):
        return None
    return [
        (tie, {"string_list_data": [{"value": user, "timestamp": time}]})
        for key, tie in _FLAT_TIES.items()
        if isinstance(document.get(key), dict)
        for user, time in document[key].items()
    ]


def _since(value: object) -> datetime | None:
    """Unix seconds, or an ISO time as the pre-2021 export wrote it."""
    return utc_from_iso(value) if isinstance(value, str) else _json.unix_time(value)


def _username(entry: dict[str, object]) -> tuple[str | None, object]:
    """The entry's username and timestamp: value, else title, else the link."""
    items = entry.get("string_list_data")
    data = items[0] if isinstance(items, list) and items and isinstance(items[0], dict) else {}
    link = _json.text(data.get("href"))
    user = _json.text(data.get("value")) or _json.text(entry.get("title"))
    user = user or handles_from_url(link).get("instagram")
    return (user.lstrip("@").lower() if user else None), data.get("timestamp")


def read(data: bytes, name: str) -> Iterator[Contact | Problem]:
    """One contact per entry; line = 1-based entry index."""
    found = _json.tied_entries(data, name, _entries, "an Instagram followers/following file")
    if isinstance(found, Problem):
        yield found
        return
    for line, (tie, entry) in enumerate(found, start=1):
        user, timestamp = _username(entry) if isinstance(entry, dict) else (None, None)
        if user is None:
            yield Problem(name, line, "entry has no username")
        else:
            since = _since(timestamp)
            yield Contact("instagram", tie, user, None, None, None, since, file=name, line=line)
            yield from _json.time_problems(timestamp, since, name, line)
