"""Postings a user found elsewhere, read for `leads check`: JSONL, CSV or plain text.

A known extension (.jsonl, .csv, .txt) decides the format; otherwise the first line
does, so a pasted posting works as well as a spreadsheet export. Errors name the file
and the line, because the user has to go and fix it there.
"""

from __future__ import annotations

import csv
import io
import json
import re
from dataclasses import dataclass
from pathlib import PurePath

from extractors._company import header_first, opening_company

_FIELDS = ("title", "company", "url", "apply_url", "poster", "id")
_TEXT_KEYS = ("text", "description")
_COLUMNS = frozenset(_FIELDS + _TEXT_KEYS)
_BY_SUFFIX = {".jsonl": "jsonl", ".ndjson": "jsonl", ".csv": "csv", ".txt": "text"}
_HEADER_CELL = re.compile(r"[a-z][a-z0-9_ -]{0,30}")
_SEPARATOR = re.compile(r"^[ \t]*---[ \t\r]*$", re.MULTILINE)


@dataclass(frozen=True, slots=True)
class CheckRow:
    """One posting to check; `id` is the user's own, when the input has one."""

    text: str
    title: str | None = None
    company: str | None = None
    url: str | None = None
    apply_url: str | None = None
    poster: str | None = None
    id: str | None = None


def read_postings(data: str, *, name: str = "-") -> list[CheckRow]:
    """Every posting in `data`, in input order; a ValueError names `name` and the line."""
    data = data.removeprefix("\ufeff")
    kind = _BY_SUFFIX.get(PurePath(name).suffix.lower()) or _sniff(data)
    rows = {"jsonl": _read_jsonl, "csv": _read_csv, "text": _read_text}[kind](data, name)
    if not rows:
        raise ValueError(f"{name}: no postings")
    return rows


def _sniff(data: str) -> str:
    """JSONL if the first line is an object, CSV if it is a header naming our columns."""
    first = next((line.strip() for line in data.splitlines() if line.strip()), "")
    if first.startswith("{"):
        return "jsonl"
    cells = [cell.strip().lower() for cell in next(csv.reader([first]), [])]
    header_like = all(_HEADER_CELL.fullmatch(cell) for cell in cells)
    return "csv" if len(cells) >= 2 and header_like and _COLUMNS.intersection(cells) else "text"


def _read_jsonl(data: str, name: str) -> list[CheckRow]:
    rows = []
    for number, line in enumerate(data.split("\n"), start=1):  # not splitlines: U+2028
        if not line.strip():
            continue
        where = f"{name}:{number}"
        try:
            item = json.loads(line)
        except json.JSONDecodeError as error:
            raise ValueError(f"{where}: not valid JSON ({error.msg})") from None
        if not isinstance(item, dict):
            raise ValueError(f"{where}: not a JSON object")
        rows.append(_row({str(key).lower(): value for key, value in item.items()}, where))
    return rows


def _read_csv(data: str, name: str) -> list[CheckRow]:
    reader = csv.reader(io.StringIO(data, newline=""))
    header = [cell.strip().lower() for cell in next(reader, [])]
    if not any(key in header for key in _TEXT_KEYS):
        raise ValueError(f"{name}: no text or description column")
    rows = []
    try:
        for cells in reader:
            if any(cell.strip() for cell in cells):
                rows.append(
                    _row(dict(zip(header, cells, strict=False)), f"{name}:{reader.line_num}")
                )
    except csv.Error as error:
        raise ValueError(f"{name}:{reader.line_num}: {error}") from None
    return rows


def _read_text(data: str, name: str) -> list[CheckRow]:
    """Postings pasted as text: the company is the one its opening names ("Acme | Data
    Engineer | Remote", "At Acme, we ...", as HN posts write it), else none is known; a
    status note above the header ("Edit: closed") is read after it, as in HN's own posts."""
    chunks = (header_first(chunk.strip()) for chunk in _SEPARATOR.split(data))
    return [CheckRow(text=chunk, company=opening_company(chunk)) for chunk in chunks if chunk]


def _row(fields: dict[str, object], where: str) -> CheckRow:
    """A row from lowercased keys: `text`, else `description`; unknown keys ignored."""
    texts = (_string(fields.get(key), key, where) for key in _TEXT_KEYS)
    text = next(filter(None, texts), None)
    if text is None:
        raise ValueError(f"{where}: no text or description")
    return CheckRow(text, **{key: _string(fields.get(key), key, where) for key in _FIELDS})


def _string(value: object, key: str, where: str) -> str | None:
    """A field as stripped text; numbers (ids) are fine, lists and objects are not."""
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, str | int | float):
        raise ValueError(f'{where}: "{key}" is not a string')
    return str(value).strip() or None
