"""CSV plumbing the tabular exports share: decoding and the delimiter (a spreadsheet's
re-save may bring its locale's code page and `;`, or Excel's "Unicode Text": UTF-16 and
tabs), records with the line they start on, finding and mapping the header row, and data
rows checked against its width.

Exports differ in preamble, language and column set, so each importer says how to find
its header (a `Matcher`); everything after that is the same and lives here once.
"""

from __future__ import annotations

import codecs
import csv
import io
from collections.abc import Callable, Collection, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from itertools import chain, islice

from extractors.network._codepages import SPREADSHEET, likeliest
from extractors.network._contact import Contact, Problem

Record = tuple[int, list[str]]  # (1-based line the record starts on, cells)
Aliases = Mapping[str, tuple[str, ...]]  # field -> header names it may carry (lower case)
# (index of the header record, -1 for a file without one; field -> column)
Header = tuple[int, dict[str, int]]
Matcher = Callable[[list[list[str]]], Header | None]  # leading records -> header
# (cells, columns, file, line) -> what the row says
RowReader = Callable[[list[str], dict[str, int], str, int], Iterable[Contact | Problem]]

LEADING = 12  # a header further down than this is not the header
# csv's default 128 KiB cap on one field would drop a long message or an application's
# answers, row and all; 4 MiB is far past any real one, and a larger field is refused
# (its row only) before it costs memory
_FIELD_LIMIT = 4 << 20
_SAMPLE = 64 * 1024  # of a file, to tell its delimiter
_DELIMITERS = (",", ";", "\t")


@dataclass(frozen=True, slots=True)
class Table:
    """A CSV file whose header was found: its columns and the data rows below."""

    columns: dict[str, int]
    rows: Iterator[Record | Problem]


def encoding(data: bytes, *, whole: bool = True) -> str:
    """utf-8-sig, or the code page of the spreadsheet that re-saved the file (cp1252,
    cp1250, cp1251 or Shift_JIS: `_codepages`), or UTF-16 when Excel
    saved it as "Unicode Text" (told by its byte order mark, or without one by the zero
    byte of every ASCII character); UTF-8 is checked chunk by chunk, so a large file is
    never held twice as text. A head (`whole=False`) may end inside a character: that is
    no sign of a code page."""
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return "utf-16"  # the codec reads the mark and its byte order
    if utf16 := _utf16_without_mark(data[:_SAMPLE]):
        return utf16
    decoder = codecs.getincrementaldecoder("utf-8")()
    view = memoryview(data)
    try:
        for start in range(0, len(data), 1 << 20):
            decoder.decode(view[start : start + (1 << 20)])
        decoder.decode(b"", final=whole)
    except UnicodeDecodeError:
        return likeliest(data, SPREADSHEET)
    return "utf-8-sig"


def _utf16_without_mark(sample: bytes) -> str | None:
    """utf-16-le or -be when most of the sample's odd (or even) bytes are zero and
    hardly any of the others, as in ASCII text in UTF-16: no UTF-8 or cp1252 text has
    zero bytes, and a file padded with zeros has them on both sides."""
    pairs = len(sample) // 2
    if pairs < 8 or b"\0" not in sample:
        return None
    odd, even = sample[1::2].count(0), sample[0::2].count(0)
    if odd > pairs * 0.6 and even < pairs * 0.1:
        return "utf-16-le"
    return "utf-16-be" if even > pairs * 0.6 and odd < pairs * 0.1 else None


def _delimiter(sample: str) -> str:
    """`,`, or `;` when a spreadsheet in a locale with decimal commas re-saved the file,
    or a tab when Excel saved it as "Unicode Text":
    the one that splits more leading records into 3 cells or more (a count of rows, so
    one cell full of semicolons does not outvote a table of commas)."""

    def tabular(candidate: str) -> int:
        reader = csv.reader(io.StringIO(sample, newline=""), delimiter=candidate)
        try:
            return sum(len(row) >= 3 for row in islice(reader, LEADING))
        except csv.Error:
            return 0

    return max(_DELIMITERS, key=tabular)  # a tie keeps the comma


class _Lines:
    """The physical lines csv reads, numbered, with the ones of its last record kept
    and a way to hand lines back to be read again."""

    def __init__(self, lines: Iterable[str]) -> None:
        self._source = iter(lines)
        self._again: list[tuple[int, str]] = []  # handed back, last to be read first
        self._read = 0
        self.taken: list[tuple[int, str]] = []  # (line number, text) since `start()`

    def __iter__(self) -> _Lines:
        return self

    def __next__(self) -> str:
        if self._again:
            number, line = self._again.pop()
        else:
            line = next(self._source)
            self._read += 1
            number = self._read
        self.taken.append((number, line))
        return line

    def start(self) -> int:
        """Begin a record: the number of the line it starts on."""
        self.taken = []
        return self._again[-1][0] if self._again else self._read + 1

    def again(self, lines: list[tuple[int, str]]) -> None:
        self._again.extend(reversed(lines))


def fits(row: Sequence[str], width: int) -> bool:
    """The row has `width` cells, empty ones past it aside (a spreadsheet's trailing
    separators shift no column)."""
    return len(row) == width or (len(row) > width and not "".join(row[width:]).strip())


def records(text: str | io.TextIOBase, separator: str = ",") -> Iterator[Record | Problem]:
    """Every CSV record with its first line; a record csv cannot read is a Problem.

    A quote left open (`Bo,"Unclosed,...`) would swallow the lines after it into one
    cell: a record that spans lines and does not fit the width of the first record of
    several cells (the header) is reported at its first line, and the lines after that
    one are read again, so one bad line costs one row, not the rest of the file."""
    lines = _Lines(io.StringIO(text, newline="") if isinstance(text, str) else text)
    csv.field_size_limit(_FIELD_LIMIT)
    reader = csv.reader(lines, delimiter=separator)
    width: int | None = None
    while True:
        start = lines.start()
        try:
            row = next(reader)
        except StopIteration:
            return
        except csv.Error as error:
            wide = "field limit" in str(error)
            why = f"a field over {_FIELD_LIMIT >> 20} MiB, its row left out" if wide else error
            yield Problem("", start, f"unreadable CSV record: {why}")
            continue
        taken = lines.taken
        if width is not None and len(taken) > 1 and not fits(row, width):
            yield Problem("", start, "unclosed quote: its row is left out, the next lines read on")
            lines.again(taken[1:])
            reader = csv.reader(lines, delimiter=separator)  # in a fresh state
            continue
        width = width if width is not None or len(row) < 2 else len(row)
        yield start, row


def head_records(head: bytes) -> list[list[str]]:
    """The leading records of a file's head, for sniffing (the head may be cut short);
    a head in a code page is read in it, so `Prénom` or `Imię` is still its name."""
    rows: list[list[str]] = []
    text = head.decode(encoding(head, whole=False), errors="ignore")
    for item in records(text, _delimiter(text)):
        rows.append([] if isinstance(item, Problem) else item[1])
        if len(rows) == LEADING:
            break
    return rows


def by_name(header: Sequence[str], aliases: Aliases) -> dict[str, int]:
    """Column index of each field whose header name is known (case and spaces folded)."""
    names = [cell.strip().lower() for cell in header]
    found: dict[str, int] = {}
    for key, accepted in aliases.items():
        index = next((i for i, name in enumerate(names) if name in accepted), None)
        if index is not None:
            found[key] = index
    return found


def named_header(
    rows: list[list[str]], aliases: Aliases, required: Collection[str]
) -> Header | None:
    """The first leading record that names every required field."""
    for index, row in enumerate(rows):
        columns = by_name(row, aliases)
        if all(key in columns for key in required):
            return index, columns
    return None


def open_table(data: bytes, file: str, matcher: Matcher) -> Table | None:
    """The file's header and data rows, or None when `matcher` finds no header. Rows
    are read as they are used: a large file is never all in memory as rows."""
    charset = encoding(data)
    separator = _delimiter(data[:_SAMPLE].decode(charset, errors="ignore"))
    stream = io.TextIOWrapper(io.BytesIO(data), charset, errors="replace", newline="")
    items = records(stream, separator)  # decoded as read: never all the file as text
    first = list(islice(items, LEADING))
    leading = [[] if isinstance(item, Problem) else item[1] for item in first]
    found = matcher(leading)
    if found is None:
        return None
    index, columns = found
    width = len(leading[index]) if index >= 0 else max(map(len, leading), default=0)
    return Table(columns, _data_rows(chain(first[index + 1 :], items), width, file))


def column(data: bytes, file: str, matcher: Matcher, key: str) -> Iterator[str | None]:
    """One field of every data row, for what only a whole column tells (the day-first
    order of dates a spreadsheet re-saved) before the rows are read; none without a header."""
    table = open_table(data, file, matcher)
    if table is None:
        return
    for item in table.rows:
        if not isinstance(item, Problem):
            yield cell(item[1], table.columns, key)


def read_rows(
    data: bytes, file: str, matcher: Matcher, what: str, row_reader: RowReader
) -> Iterator[Contact | Problem]:
    """Each data row through `row_reader`; one Problem when the file is not `what`."""
    table = open_table(data, file, matcher)
    if table is None:
        yield Problem(file, 0, f"not {what}: no header row found")
        return
    for item in table.rows:
        if isinstance(item, Problem):
            yield item
        else:
            yield from row_reader(item[1], table.columns, file, item[0])


def _data_rows(
    items: Iterable[Record | Problem], width: int, file: str
) -> Iterator[Record | Problem]:
    """Rows below the header: blank ones skipped, unreadable or misaligned ones reported.
    Empty cells past the header's width (a trailing separator a spreadsheet added) are
    dropped: they shift no column, so the row is kept."""
    for item in items:
        if isinstance(item, Problem):
            yield Problem(file, item.line, item.message)
            continue
        line, row = item
        if not any(cell.strip() for cell in row):
            continue
        if not fits(row, width):
            yield Problem(file, line, f"expected {width} fields, found {len(row)}")
            continue
        yield line, row[:width]


def cell(row: Sequence[str], columns: Mapping[str, int], key: str) -> str | None:
    """The field's value, whitespace runs (line breaks too) as one space; None if empty."""
    index = columns.get(key)
    if index is None or index >= len(row):
        return None
    return " ".join(row[index].split()) or None
