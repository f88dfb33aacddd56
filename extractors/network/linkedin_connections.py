"""LinkedIn `Connections.csv`, from the data export (Settings & Privacy > Data privacy >
Download your data; inside Basic_/Complete_LinkedInDataExport_MM-DD-YYYY.zip).

Eras and variants: a `Notes:` preamble (a label line, a quoted sentence, a blank line)
found by its structure, since its wording changes; no preamble in exports before
2021/22; no URL column before mid-2023; German headers; unknown languages mapped by
position, the column order being the same in every era (a table below a preamble, in
a file named Connections.csv, or with profile links in its third column). Rows of hidden
profiles carry only the date and are skipped, as they name nobody.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from extractors.network import _linkedin
from extractors.network._contact import Contact, Problem
from extractors.network._employer import employer
from extractors.network._profiles import linkedin_slug
from extractors.network._tables import Header, by_name, cell, head_records, read_rows

NAME = "linkedin_connections"

_COLUMNS = {
    "first": ("first name", "vorname"),
    "last": ("last name", "nachname"),
    "url": ("url",),
    "email": ("email address", "e-mail-adresse", "e-mail address"),
    "company": ("company", "unternehmen"),
    "position": ("position",),
    "connected": ("connected on", "verbunden am"),
}
# the column order of every era, for headers in a language not listed above
_ORDER = ("first", "last", "url", "email", "company", "position", "connected")
_YEAR = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")  # `2026年` has no word boundary
# the columns that identify someone, by a word of their name, where a newer version (or
# another language) renamed them: "Profile URL", "Profil-URL", "Email", "Adresse e-mail"
_RENAMED = {
    "url": re.compile(r"(?<![^\W_])url(?![^\W_])", re.IGNORECASE),
    "email": re.compile(r"(?<![^\W_])e-?mail(?![^\W_])", re.IGNORECASE),
}
_BY_POSITION = {
    len(order): {key: index for index, key in enumerate(order)}
    for order in (_ORDER, tuple(key for key in _ORDER if key != "url"))
}


def preamble_end(rows: list[list[str]]) -> int | None:
    """Index of the row after the preamble: a one-cell `...:` line, text, a blank line.
    A spreadsheet's re-save pads each line to the table's width (`Notes:,,,,,,`)."""
    label = rows[0] if rows else []
    if not label or any(cell.strip() for cell in label[1:]) or not label[0].strip().endswith(":"):
        return None
    blank = next((i for i, row in enumerate(rows) if not "".join(row).strip()), None)
    return blank + 1 if blank is not None and blank + 1 < len(rows) else None


def header(rows: list[list[str]], *, hinted: bool = True) -> Header | None:
    """The header row by its names, else (after a preamble or when hinted) by position."""
    for index, row in enumerate(rows):
        columns = by_name(row, _COLUMNS)
        if {"first", "last", "connected"} <= columns.keys():
            return index, _with_renamed(row, columns)
    start = preamble_end(rows)
    index = start if start is not None else 0
    if index < len(rows) and len(rows[index]) in _BY_POSITION:
        below = rows[index + 1 : index + 2]
        dated = all(row and _linkedin.connected_on(row[-1]) for row in below)
        # after a preamble a date in any language will do: one not read is its row's Problem
        yeared = all(row and _YEAR.search(row[-1]) for row in below)
        # a profile link in the URL column: the file is one whatever its name (a re-save
        # as `Connections.txt`, a copy named in the user's language)
        profiled = bool(below) and all(
            len(row) == len(_ORDER) and linkedin_slug(row[2]) for row in below
        )
        if (start is not None and yeared) or ((hinted or profiled) and dated):
            return index, _BY_POSITION[len(rows[index])]
    return None


def _with_renamed(row: list[str], columns: dict[str, int]) -> dict[str, int]:
    """The profile link's and e-mail's columns also under a name not listed, by the word
    each has and no other column's name has, so a renamed header loses no one's key."""
    found = dict(columns)
    for key, word in _RENAMED.items():
        if key in found:
            continue
        index = next((i for i, name in enumerate(row) if word.search(name)), None)
        if index is not None and index not in found.values():
            found[key] = index
    return found


def sniff(name: str, head: bytes) -> bool:
    """Known header names, or a preamble, the file name or profile links over a 6- or
    7-column table."""
    return header(head_records(head), hinted=name.lower() == "connections.csv") is not None


def _row(
    row: list[str], columns: dict[str, int], file: str, line: int
) -> Iterator[Contact | Problem]:
    """The connection, and a Problem beside it when its date cannot be read."""
    first, last = cell(row, columns, "first"), cell(row, columns, "last")
    email, raw_date = cell(row, columns, "email"), cell(row, columns, "connected")
    organisation, role = employer(cell(row, columns, "company"), cell(row, columns, "position"))
    contact = Contact(
        platform="linkedin",
        tie="connection",
        handle=linkedin_slug(cell(row, columns, "url")),
        name=" ".join(part for part in (first, last) if part) or None,
        organisation=organisation,
        role=role,
        since=_linkedin.connected_on(raw_date),
        emails=(email.lower(),) if email else (),
        file=file,
        line=line,
    )
    if not (contact.name or contact.handle or contact.emails):
        return  # a hidden profile: only the date is exported
    yield contact
    if raw_date and contact.since is None:
        yield Problem(file, line, f"unreadable Connected On date {raw_date!r}")


def read(data: bytes, name: str) -> Iterator[Contact | Problem]:
    """One connection per row that names someone."""
    return read_rows(data, name, header, "a LinkedIn Connections.csv", _row)
