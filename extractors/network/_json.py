"""JSON plumbing the Meta and Takeout exports share: loading and Meta's mojibake.

Meta writes every UTF-8 byte of a non-ASCII character as its own `\\u00XX` escape
("Jos\\u00c3\\u00a9" for "José"), so each string is repaired on its own.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Iterator
from datetime import datetime
from typing import TypeVar

from extractors._normalize import utc_from_unix
from extractors.network._contact import Problem

Found = TypeVar("Found")
_SPACE = re.compile(r"\s*")


def load(data: bytes) -> object:
    """The parsed JSON document (BOM tolerated); ValueError when it is not JSON."""
    return json.loads(data.decode("utf-8-sig"))


def fix_mojibake(value: str) -> str:
    """Undo Meta's byte-per-escape encoding; a string that is not mojibake is kept."""
    try:
        return value.encode("latin-1").decode("utf-8")
    except UnicodeError:
        return value


def text(value: object) -> str | None:
    """A repaired, stripped string; None for anything else or an empty string."""
    if not isinstance(value, str):
        return None
    return fix_mojibake(value).strip() or None


def unix_time(value: object) -> datetime | None:
    """A positive Unix time (seconds, or milliseconds where seconds belong) as UTC;
    None when absent, zero, not a number or out of any date's range: one entry's time
    must not end the file."""
    if isinstance(value, bool) or not isinstance(value, int | float) or not value > 0:
        return None
    return utc_from_unix(value)


def time_problems(value: object, since: datetime | None, file: str, line: int) -> list[Problem]:
    """The Problem of a timestamp given but not read as a time (`since` is None)."""
    if since is not None or value in (None, 0, ""):
        return []
    return [Problem(file, line, f"unreadable timestamp {value!r}")]


def tied_entries(
    data: bytes, name: str, find: Callable[[object], Found | None], what: str
) -> Found | Problem:
    """The ties and entries `find` locates in a JSON export, or the Problem that it is
    not JSON, or not `what` ("a Facebook friends file"), naming the keys it has (a
    renamed key is then plain to see)."""
    try:
        document = load(data)
    except ValueError as error:
        return Problem(name, 0, f"unreadable JSON: {error}")
    found = find(document)
    if found is not None:
        return found
    keys = f" (keys: {', '.join(list(document)[:8])})" if isinstance(document, dict) else ""
    return Problem(name, 0, f"not {what}: no list of entries under a known key{keys}")


def array_items(text: str, name: str, what: str) -> Iterator[tuple[int, object] | Problem]:
    """The items of the JSON array that opens at the first `[` of `text` (an X archive's
    `window.YTD.<kind>.partN = [` prefix skipped, never evaluated), one at a time with
    their 1-based index, so a file cut short (a download that broke off) still gives
    those before the cut; then one Problem naming the item it could not read."""
    decoder, count = json.JSONDecoder(), 0
    try:
        at = _skip(text, text.index("[") + 1)
        while not text.startswith("]", at):
            item, at = decoder.raw_decode(text, at)
            count += 1
            yield count, item
            at = _skip(text, at)
            if text.startswith(",", at):
                at = _skip(text, at + 1)
            elif not text.startswith("]", at):
                raise ValueError(f"expected ',' or ']' at char {at}")
    except ValueError as error:  # the file from the next item on; the whole file if none
        where = f" from item {count + 1} on" if count else ""
        yield Problem(name, count + 1 if count else 0, f"unreadable {what} JSON{where}: {error}")


def _skip(text: str, at: int) -> int:
    """The index of the first non-space character from `at` on."""
    space = _SPACE.match(text, at)
    return space.end() if space else at
