"""LinkedIn `Invitations.csv`, from the data export (Settings & Privacy > Data privacy >
Download your data): connection requests the user sent and received.

The counterpart is `To` for OUTGOING and `From` for INCOMING; their profile URL columns
exist only since late 2023. `Sent At` (`1/29/26, 2:37 PM`) states no zone: read as UTC;
a spreadsheet's re-save in a day-first locale (`29/01/2026 14:37`) is told by the column.
The invitation's message is never read.
"""

from __future__ import annotations

from collections.abc import Iterator
from functools import partial

from extractors.network import _linkedin
from extractors.network._contact import Contact, Problem
from extractors.network._profiles import linkedin_slug
from extractors.network._tables import (
    Header,
    cell,
    column,
    head_records,
    named_header,
    read_rows,
)

NAME = "linkedin_invitations"

_COLUMNS = {
    "from": ("from",),
    "to": ("to",),
    "sent": ("sent at",),
    "direction": ("direction",),
    "inviter": ("inviterprofileurl",),
    "invitee": ("inviteeprofileurl",),
}
_REQUIRED = ("from", "to", "sent", "direction")
# direction -> (counterpart's name column, counterpart's URL column)
_COUNTERPART = {"OUTGOING": ("to", "invitee"), "INCOMING": ("from", "inviter")}


def _header(rows: list[list[str]]) -> Header | None:
    return named_header(rows, _COLUMNS, _REQUIRED)


def sniff(name: str, head: bytes) -> bool:
    """The header names From, To, Sent At and Direction."""
    return _header(head_records(head)) is not None


def _row(
    row: list[str], columns: dict[str, int], file: str, line: int, *, day_first: bool
) -> Iterator[Contact | Problem]:
    direction = (cell(row, columns, "direction") or "").upper()
    if direction not in _COUNTERPART:
        yield Problem(file, line, f"unknown Direction {direction!r}")
        return
    name_key, url_key = _COUNTERPART[direction]
    name, slug = (
        cell(row, columns, name_key),
        linkedin_slug(cell(row, columns, url_key)),
    )
    if not (name or slug):
        yield Problem(file, line, "invitation names no counterpart")
        return
    if _linkedin.unnamed(name, slug):
        return
    raw_date = cell(row, columns, "sent")
    since = _linkedin.sent_at(raw_date, day_first)
    yield Contact("linkedin", "invitation", slug, name, None, None, since, file=file, line=line)
    if raw_date and since is None:
        yield Problem(file, line, f"unreadable Sent At date {raw_date!r}")


def read(data: bytes, name: str) -> Iterator[Contact | Problem]:
    """One contact per invitation, whichever way it went."""
    day_first = _linkedin.sent_order(column(data, name, _header, "sent"))
    row = partial(_row, day_first=day_first)
    return read_rows(data, name, _header, "a LinkedIn Invitations.csv", row)
