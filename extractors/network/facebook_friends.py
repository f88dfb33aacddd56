"""Facebook friends and follows, from "Download your information" in JSON format:
`connections/friends/your_friends.json` (`friends_v2`), `connections/followers/
who_you_follow.json` and `people_who_followed_you.json`; older archives have
`friends_and_followers/friends.json` or `friends/friends.json` (key `friends`).

Entries hold only a name and a Unix time; names are repaired of Meta's mojibake.
Entries without a name (deactivated accounts) name nobody and are skipped. Requests,
removed and rejected friends are other files and are not ties.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from extractors.network import _json
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


def sniff(name: str, head: bytes) -> bool:
    """A JSON object opening with a `friends_v2` (or following/followers) list, or any
    JSON object under one of the export's friends/follows file names."""
    text = head.decode("utf-8-sig", errors="ignore")
    return _HEAD.match(text) is not None or (name in _NAMES and text.lstrip().startswith("{"))


def _entries(document: object) -> tuple[Tie, list[object]] | None:
    """The tie and the entries of the document's one friends/follows list."""
    if not isinstance(document, dict):
        return None
    for key, value in document.items():
        match = _KEY.fullmatch(key)
        if match and isinstance(value, list):
            return _TIES[match[1]], value
    return None


def read(data: bytes, name: str) -> Iterator[Contact | Problem]:
    """One contact per named entry; line = 1-based entry index."""
    found = _json.tied_entries(data, name, _entries, "a Facebook friends/follows file")
    if isinstance(found, Problem):
        yield found
        return
    tie, entries = found
    for line, entry in enumerate(entries, start=1):
        if not isinstance(entry, dict):
            yield Problem(name, line, "entry is not an object")
        elif person := _json.text(entry.get("name")):
            stamp = entry.get("timestamp")
            since = _json.unix_time(stamp)
            yield Contact("facebook", tie, None, person, None, None, since, file=name, line=line)
            yield from _json.time_problems(stamp, since, name, line)
