"""LinkedIn `Contacts.csv`, from the data export: the address books the user once synced
into LinkedIn (Gmail, Outlook, a phone), not their connections.

Header `Source,FirstName,LastName,Companies,Title,Emails,PhoneNumbers,CreatedAt,
Addresses,Sites,InstantMessageHandles,FullName,Birthday,Location,BookmarkedAt,Profiles`
(camel case, unlike LinkedIn's other files). Several e-mails, phones or sites in one
cell are joined by commas. The header may follow a `Notes:` preamble in the UI's
language, as Connections.csv's does. Each row is an address book's entry, so it is one: a
`contact` of platform `vcard` ("address book"), with no LinkedIn handle. `CreatedAt` is
when LinkedIn imported it, not when the two met, so it dates nothing.
"""

from __future__ import annotations

from collections.abc import Iterator

from extractors.network._contact import Contact, Problem, reachable
from extractors.network._employer import employer
from extractors.network._profiles import handles_from_urls
from extractors.network._tables import Header, cell, head_records, named_header, read_rows
from extractors.network.linkedin_connections import preamble_end

NAME = "linkedin_contacts"

_COLUMNS = {
    "source": ("source",),
    "first": ("firstname",),
    "last": ("lastname",),
    "full": ("fullname",),
    "companies": ("companies",),
    "title": ("title",),
    "emails": ("emails",),
    "phones": ("phonenumbers",),
    "sites": ("sites",),
    "profiles": ("profiles",),
}
_REQUIRED = ("source", "first", "last", "emails", "companies")


def _header(rows: list[list[str]]) -> Header | None:
    """The first row, or the one after a preamble, when it names the required columns."""
    return named_header(rows[: (preamble_end(rows) or 0) + 1], _COLUMNS, _REQUIRED)


def sniff(name: str, head: bytes) -> bool:
    """The header names Source, FirstName, LastName, Companies and Emails (after a
    preamble or not)."""
    return _header(head_records(head)) is not None


def _listed(row: list[str], columns: dict[str, int], *keys: str) -> list[str]:
    """The comma-joined values of the fields, in order."""
    return [
        v.strip() for key in keys for v in (cell(row, columns, key) or "").split(",") if v.strip()
    ]


def _row(
    row: list[str], columns: dict[str, int], file: str, line: int
) -> Iterator[Contact | Problem]:
    parts = [cell(row, columns, "first"), cell(row, columns, "last")]
    name = " ".join(p for p in parts if p) or cell(row, columns, "full")
    # several companies are comma-joined ("Lumen Analytics, Stanford University"): the
    # first is the current one, as a profile lists them
    companies, titles = _listed(row, columns, "companies"), _listed(row, columns, "title")
    organisation, role = employer(next(iter(companies), None), next(iter(titles), None))
    contact = Contact(
        "vcard", "contact", None, name, organisation, role, None,
        emails=tuple(dict.fromkeys(e.lower() for e in _listed(row, columns, "emails") if "@" in e)),
        phones=tuple(dict.fromkeys(_listed(row, columns, "phones"))),
        handles=handles_from_urls(_listed(row, columns, "profiles", "sites")),
        file=file, line=line,
    )  # fmt: skip
    yield reachable(contact)


def read(data: bytes, name: str) -> Iterator[Contact | Problem]:
    """One contact per address book entry."""
    return read_rows(data, name, _header, "a LinkedIn Contacts.csv", _row)
