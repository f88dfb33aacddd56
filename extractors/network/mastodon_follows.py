"""Mastodon follows, `following_accounts.csv` from Settings > Import and export > Data
export > Follows (route /settings/exports/follows.csv).

Header `Account address,Show boosts,Notify on new posts,Languages` (older servers wrote
fewer columns; very old ones no header, recognised then by the file name). Addresses
are `user@domain`, local accounts included; the handle is the address lower-cased.
Muted and blocked exports share the first column name but are not follows.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from extractors.network._contact import Contact, Problem
from extractors.network._tables import Header, by_name, cell, head_records, read_rows

NAME = "mastodon_follows"

_COLUMNS = {"address": ("account address",), "boosts": ("show boosts",)}
_ADDRESS = re.compile(r"@?([\w.+-]+@[\w-]+(?:\.[\w-]+)+)")
_HEADERLESS_NAME = "following_accounts.csv"


def _header(rows: list[list[str]]) -> Header | None:
    columns = by_name(rows[0], _COLUMNS) if rows else {}
    return (0, columns) if {"address", "boosts"} <= columns.keys() else None


def _headerless(rows: list[list[str]]) -> Header | None:
    """A one-address-per-line file: every leading row a single account address."""
    if rows and all(len(row) == 1 and _ADDRESS.fullmatch(row[0].strip()) for row in rows):
        return -1, {"address": 0}
    return None


def sniff(name: str, head: bytes) -> bool:
    """The follows header, or (by the export's file name) a bare list of addresses."""
    rows = [row for row in head_records(head) if row]
    if _header(rows) is not None:
        return True
    return name.lower() == _HEADERLESS_NAME and _headerless(rows) is not None


def _row(
    row: list[str], columns: dict[str, int], file: str, line: int
) -> Iterator[Contact | Problem]:
    address = cell(row, columns, "address") or ""
    match = _ADDRESS.fullmatch(address)
    if match is None:
        yield Problem(file, line, f"not an account address: {address!r}")
    else:
        handle = match[1].lower()
        yield Contact("mastodon", "following", handle, None, None, None, None, file=file, line=line)


def read(data: bytes, name: str) -> Iterator[Contact | Problem]:
    """One contact per account followed."""
    return read_rows(
        data,
        name,
        lambda rows: _header(rows) or _headerless(rows),
        "a Mastodon follows export",
        _row,
    )
