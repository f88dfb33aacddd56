"""Facebook friends and follows, from "Download your information" in JSON format:
`connections/friends/your_friends.json` (`friends_v2`), `connections/followers/
who_you_follow.json` and `people_who_followed_you.json`; older archives have
`friends_and_followers/friends.json` or `friends/friends.json` (key `friends`).

Entries hold only a name and a Unix time; names are repaired of Meta's mojibake.
Since Accounts Center, the follows come in Instagram's entry shape too: a bare array
(`people_who_followed_you_1.json`, its tie known by the file's name) or a
`followers_v3` list of `{"string_list_data": [{"value": name, "timestamp": ...}]}`.
Entries without a name (deactivated accounts) name nobody and are skipped. Requests,
removed and rejected friends are other files and are not ties.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from extractors.network import _json, export_name
from extractors.network._contact import Contact, Problem, Tie

NAME = "facebook_friends"

_KEY = re.compile(r"(friends|following|followers)(?:_v\d+)?")
_HEAD = re.compile(r'\s*\{\s*"((?:friends|following|followers)(?:_v\d+)?)"\s*:\s*\[')
_TIES: dict[str, Tie] = {
    "friends": "friend",
    "following": "following",
    "followers": "follower",
}


# the export's own names: such a file is claimed even if its key is not known, so a
# renamed key is reported rather than the file passed over as not recognised
_NAMES = frozenset(
    ["your_friends.json", "friends.json", "who_you_follow.json", "people_who_followed_you.json"]
)
# the follows files as a bare array of Instagram-shaped entries: the name gives the tie
_ARRAYS: dict[Tie, re.Pattern[str]] = {
    "follower": re.compile(r"people_who_followed_you(?:_\d+)?\.json"),
    "following": re.compile(r"who_you(?:'ve)?_follow(?:ed)?(?:_\d+)?\.json"),
}


def _array_tie(name: str) -> Tie | None:
    base = export_name(name)
    return next((tie for tie, names in _ARRAYS.items() if names.fullmatch(base)), None)


def sniff(name: str, head: bytes) -> bool:
    """A JSON object opening with a `friends_v2` (or following/followers) list, any
    JSON object under one of the export's friends/follows file names, or an array
    under a follows file's name."""
    text = head.decode("utf-8-sig", errors="ignore").lstrip()
    if _HEAD.match(text) is not None:
        return True
    opens, follows = text[:1], _array_tie(name) is not None
    return (name in _NAMES and opens == "{") or (follows and opens in ("{", "["))


def _entries(document: object, name: str) -> tuple[Tie, list[object]] | None:
    """The tie and the entries of the document's one friends/follows list."""
    if isinstance(document, list):
        tie = _array_tie(name)
        return (tie, document) if tie else None
    if not isinstance(document, dict):
        return None
    for key, value in document.items():
        match = _KEY.fullmatch(key)
        if match and isinstance(value, list):
            return _TIES[match[1]], value
    return None


def _named(entry: dict[str, object]) -> tuple[str | None, object]:
    """The entry's name and time: its own, or its one `string_list_data` item's."""
    items = entry.get("string_list_data")
    item = items[0] if isinstance(items, list) and items and isinstance(items[0], dict) else {}
    person = _json.text(entry.get("name")) or _json.text(item.get("value"))
    return person, entry.get("timestamp", item.get("timestamp"))


def read(data: bytes, name: str) -> Iterator[Contact | Problem]:
    """One contact per named entry; line = 1-based entry index."""
    found = _json.tied_entries(
        data, name, lambda document: _entries(document, name), "a Facebook friends/follows file"
    )
    if isinstance(found, Problem):
        yield found
        return
    tie, entries = found
    for line, entry in enumerate(entries, start=1):
        if not isinstance(entry, dict):
            yield Problem(name, line, "entry is not an object")
        elif (named := _named(entry))[0]:
            person, stamp = named
            since = _json.unix_time(stamp)
            yield Contact("facebook", tie, None, person, None, None, since, file=name, line=line)
            yield from _json.time_problems(stamp, since, name, line)
