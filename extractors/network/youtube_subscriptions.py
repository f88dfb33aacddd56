"""YouTube subscriptions from Google Takeout: `Takeout/YouTube and YouTube Music/
subscriptions/subscriptions.csv`, or `YouTube/subscriptions/subscriptions.json` in
older Takeouts.

The CSV header is translated into the account's language and may start with a BOM, so
columns are taken by position (id, URL, title) and every id must look like a channel
id (a file of no subscriptions, by its header's id and URL, as Takeout translates its
name too: `Abos/Abos.csv`); the JSON gives `snippet.resourceId.channelId`,
`snippet.title` and `publishedAt`.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import datetime

from extractors._normalize import utc_from_iso
from extractors.network import _json
from extractors.network._contact import Contact, Problem
from extractors.network._profiles import CHANNEL_ID
from extractors.network._tables import Header, cell, head_records, read_rows

NAME = "youtube_subscriptions"

_POSITIONS = {"id": 0, "url": 1, "title": 2}
_JSON = re.compile(r'\s*\[\s*\{[^\]]*"(kind|snippet)"')


def _is_channel(row: list[str]) -> bool:
    return len(row) == 3 and bool(CHANNEL_ID.match(row[0].strip())) and "youtube.com/" in row[1]


# the header in any language names an id, then a URL: "Channel Id,Channel Url,...",
# "Kanal-ID,Kanal-URL,...", "ID del canal,URL del canal,...", "チャンネル ID,チャンネルの URL,..."
_ID, _URL = (
    re.compile(r"(?<![^\W_])id(?![^\W_])", re.I),
    re.compile(r"(?<![^\W_])url(?![^\W_])", re.I),
)


def _names_channels(header: list[str]) -> bool:
    """A header with no rows below (no subscriptions), as Takeout names it in any
    language, and names the file too (`subscriptions.csv`, `Abos.csv`)."""
    return bool(_ID.search(header[0]) and _URL.search(header[1]))


def _header(rows: list[list[str]]) -> Header | None:
    """Any three-column first row; a channel row there means the header is missing."""
    if not rows or len(rows[0]) != 3:
        return None
    return (-1 if _is_channel(rows[0]) else 0), _POSITIONS


def sniff(name: str, head: bytes) -> bool:
    """Channel rows under a 3-column header (any language), or Takeout's older JSON."""
    text = head.decode("utf-8-sig", errors="ignore")
    if _JSON.match(text):
        return '"resourceId"' in text and '"channelId"' in text
    rows = [row for row in head_records(head) if row]
    if _header(rows) is None:
        return False
    data = rows[1:] if not _is_channel(rows[0]) else rows
    return _is_channel(data[0]) if data else _names_channels(rows[0])


def _subscription(
    channel: str, title: str | None, since: datetime | None, file: str, line: int
) -> Contact:
    return Contact(
        "youtube", "subscription", channel, title, None, None, since, file=file, line=line
    )


def _row(
    row: list[str], columns: dict[str, int], file: str, line: int
) -> Iterator[Contact | Problem]:
    channel = cell(row, columns, "id") or ""
    if CHANNEL_ID.match(channel):
        yield _subscription(channel, cell(row, columns, "title"), None, file, line)
    else:
        yield Problem(file, line, f"not a channel id: {channel!r}")


def _from_json(data: bytes, file: str) -> Iterator[Contact | Problem]:
    """The older Takeout JSON: a list of subscription resources."""
    items = _json.load(data)
    if not isinstance(items, list):
        yield Problem(file, 0, "not a YouTube subscriptions list")
        return
    for line, item in enumerate(items, start=1):
        snippet = item.get("snippet") if isinstance(item, dict) else None
        snippet = snippet if isinstance(snippet, dict) else {}
        resource = snippet.get("resourceId")
        channel = resource.get("channelId") if isinstance(resource, dict) else None
        if not isinstance(channel, str) or not CHANNEL_ID.match(channel):
            yield Problem(file, line, "subscription without a channel id")
            continue
        published = snippet.get("publishedAt")
        since = utc_from_iso(published) if isinstance(published, str) else None
        yield _subscription(channel, _json.text(snippet.get("title")), since, file, line)
        if published not in (None, "") and since is None:
            yield Problem(file, line, f"unreadable publishedAt {published!r}, kept without it")


def read(data: bytes, name: str) -> Iterator[Contact | Problem]:
    """One contact per channel subscribed to."""
    if _JSON.match(data[:4096].decode("utf-8-sig", errors="ignore")):
        try:
            yield from _from_json(data, name)
        except ValueError as error:
            yield Problem(name, 0, f"unreadable JSON: {error}")
        return
    yield from read_rows(data, name, _header, "a YouTube subscriptions.csv", _row)
