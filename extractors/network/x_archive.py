"""X/Twitter archive `data/following.js` and `data/follower.js` (Settings > Your account >
Download an archive), also split as `following-part1.js` and so on in large archives.

Each file is `window.YTD.following.partN = [...]`: the JSON after the first `[` is read,
never evaluated. Items give only `accountId` (kept as a string) and `userLink`; the
handle is the screen name when the link carries one, else the account id. An account
known by its id alone has no name and no employer: it joins only the same id in the
archive's messages (`x_messages`, ids too), and gives no company path. The archive's
`data/account.js` is the user's own account, a tie to no one: it is not read.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from extractors.network._contact import Contact, Problem, Tie
from extractors.network._json import array_items
from extractors.network._profiles import x_handle

NAME = "x_archive"

_PREFIX = re.compile(r"\s*window\.YTD\.(following|follower)\.part\d+\s*=\s*\[")
# a prefix-less copy: a JSON array whose first item is {"following": {"accountId": ...
_BARE = re.compile(r'\s*\[\s*\{\s*"(following|follower)"\s*:\s*\{\s*"(accountId|userLink)"')
_TIES: dict[str, Tie] = {"following": "following", "follower": "follower"}


def _kind(text: str) -> str | None:
    match = _PREFIX.match(text) or _BARE.match(text)
    return match[1] if match else None


def sniff(name: str, head: bytes) -> bool:
    """A `window.YTD.following|follower.partN = [` prefix, or such an array bare."""
    return _kind(head.decode("utf-8-sig", errors="ignore")) is not None


def _contact(item: object, kind: str, file: str, line: int) -> Contact | Problem:
    account = item.get(kind) if isinstance(item, dict) else None
    if not isinstance(account, dict):
        return Problem(file, line, f"item is not a {kind!r} record")
    account_id, link = account.get("accountId"), account.get("userLink")
    handle = x_handle(link) if isinstance(link, str) else None
    if handle is None and isinstance(account_id, str | int) and str(account_id).strip():
        handle = str(account_id).strip()
    if handle is None:
        return Problem(file, line, "record has neither accountId nor a profile link")
    return Contact("x", _TIES[kind], handle, None, None, None, None, file=file, line=line)


def read(data: bytes, name: str) -> Iterator[Contact | Problem]:
    """One contact per account followed or following; line = 1-based item index."""
    text = data.decode("utf-8-sig", errors="replace")
    kind = _kind(text)
    if kind is None:
        yield Problem(name, 0, "not an X archive following/follower file")
        return
    for item in array_items(text, name, "X archive"):
        yield item if isinstance(item, Problem) else _contact(item[1], kind, name, item[0])
