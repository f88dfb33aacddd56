"""Google Contacts export in "Google CSV" (contacts.google.com > Export), also the
legacy pre-2022 Google CSV and Outlook CSV (English or German), which differ in column
names only.

UTF-8 with a BOM; the column set varies with the data (repeating `E-mail N - Value`,
`Phone N - Value`, `Website N - Value` groups), so every column is found by name.
Several values in one cell are joined by ` ::: `; `Notes` may span lines. Websites that
are profiles on a joined platform become `handles`.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from extractors.network._contact import Contact, Problem
from extractors.network._profiles import handles_from_urls
from extractors.network._tables import Header, cell, head_records, read_rows

NAME = "google_contacts"

# field -> pattern of the header names holding it; numbered groups repeat. German
# Outlook writes its CSV headers in German (`Vorname`, `Firma`, `E-Mail-Adresse`)
_FIELDS = {
    "full": re.compile(r"name"),  # the legacy export's whole name
    "name": re.compile(
        r"(first|middle|last|given|additional|family) name|(weitere )?vornamen?"
        r"|nachname"
    ),
    "organisation": re.compile(r"organization( 1 -)? name|company|firma"),
    "role": re.compile(r"organization( 1 -)? title|job title|position"),
    "email": re.compile(r"e-mail \d+ - value|e-mail( \d+)? address|e-mail(-| \d+: )adresse"),
    "phone": re.compile(r"phone \d+ - value|([\w ]+ )?phone( \d+)?|(mobil)?telefon( [\w ]+)?"),
    "website": re.compile(r"website \d+ - value|(personal )?web page|webseite"),
}
_MARKERS = {
    "labels",
    "group membership",
    "file as",
    "organization name",
    "e-mail 1 - value",
}
_MULTI = " ::: "


def _header(rows: list[list[str]]) -> Header | None:
    """The first row when it names a person and carries a Google/Outlook column."""
    if not rows:
        return None
    names = [name.strip().lower() for name in rows[0]]
    columns = {
        f"{field} {index}": index
        for index, name in enumerate(names)
        for field, pattern in _FIELDS.items()
        if pattern.fullmatch(name)
    }
    google = _MARKERS.intersection(names) or any(k.startswith("email") for k in columns)
    named = {"first name", "name", "given name", "vorname"}.intersection(names)
    return (0, columns) if named and google else None


def sniff(name: str, head: bytes) -> bool:
    """Name columns beside Google's Labels/Group Membership or an `E-mail` column."""
    return _header(head_records(head)) is not None


def _values(row: list[str], columns: dict[str, int], field: str) -> list[str]:
    """Every value of a field across its columns, ` ::: ` lists split."""
    cells = (cell(row, columns, key) for key in columns if key.startswith(f"{field} "))
    return [part.strip() for text in cells if text for part in text.split(_MULTI) if part.strip()]


def _row(
    row: list[str], columns: dict[str, int], file: str, line: int
) -> Iterator[Contact | Problem]:
    full = " ".join(_values(row, columns, "full") or _values(row, columns, "name"))
    contact = Contact(
        platform="google_contacts",
        tie="contact",
        handle=None,
        name=full or None,
        organisation=next(iter(_values(row, columns, "organisation")), None),
        role=next(iter(_values(row, columns, "role")), None),
        since=None,
        emails=tuple(dict.fromkeys(email.lower() for email in _values(row, columns, "email"))),
        phones=tuple(dict.fromkeys(_values(row, columns, "phone"))),
        handles=handles_from_urls(_values(row, columns, "website")),
        file=file,
        line=line,
    )
    if contact.name or contact.emails or contact.phones or contact.handles:
        yield contact
    else:
        yield Problem(file, line, "contact has no name, e-mail, phone or profile")


def read(data: bytes, name: str) -> Iterator[Contact | Problem]:
    """One contact per row."""
    return read_rows(data, name, _header, "a Google Contacts CSV", _row)
