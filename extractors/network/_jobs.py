"""The LinkedIn export's `Jobs/` folder: jobs the user saved or applied to, as postings.

They are postings of source `linkedin` (title, company, job URL, the date the user saved
or applied), not contacts: they join the other sources' postings in the warehouse and
merge with board copies of the same job. Only those four columns are read; the
applications' other columns (the user's own e-mail and phone, their answers, the
résumé's name) are never touched.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import datetime

from extractors._contract import Posting, Provenance
from extractors._joburls import job_key
from extractors.network import _linkedin
from extractors.network._contact import Problem
from extractors.network._tables import (
    Aliases,
    Header,
    cell,
    column,
    head_records,
    named_header,
    open_table,
)

SOURCE = "linkedin"
ATTRIBUTION = "Your LinkedIn data export (Jobs/): jobs you saved or applied to on LinkedIn."
PROVENANCE: Provenance = "aggregator"
SUMMARY = True  # a short text by nature: its length is no evidence
_JOB_COLUMNS: Aliases = {
    "url": ("job url",),
    "title": ("job title",),
    "company": ("company name",),
}


def matcher(date_column: str) -> Callable[[list[list[str]]], Header | None]:
    """The header of a Jobs file whose date column is `date_column` ("saved date")."""
    aliases = {**_JOB_COLUMNS, "date": (date_column,)}

    def header(rows: list[list[str]]) -> Header | None:
        return named_header(rows, aliases, ("url", "date"))

    return header


def sniffs(head: bytes, date_column: str) -> bool:
    return matcher(date_column)(head_records(head)) is not None


def read_jobs(data: bytes, name: str, date_column: str, what: str) -> Iterator[Posting | Problem]:
    """One posting per row; the date lands in `extra[what]` ("saved_at", "applied_at").
    The file is read twice: first its dates, whose order (day or month first) only the
    whole column tells when a spreadsheet re-saved it."""
    day_first = _linkedin.sent_order(column(data, name, matcher(date_column), "date"))
    table = open_table(data, name, matcher(date_column))
    if table is None:
        yield Problem(name, 0, "not a LinkedIn Jobs file: no header row found")
        return
    for item in table.rows:
        if isinstance(item, Problem):
            yield item
            continue
        line, row = item
        raw_url, raw_date = cell(row, table.columns, "url"), cell(row, table.columns, "date")
        found = job_key(raw_url)
        date = _linkedin.sent_at(raw_date, day_first)
        if found is None:
            yield Problem(name, line, f"not a LinkedIn job URL: {raw_url!r}")
            continue
        if raw_date and date is None:
            yield Problem(name, line, f"unreadable date {raw_date!r}")
        yield _posting(found, row, table.columns, date, what)


def _posting(
    found: tuple[str, str],
    row: list[str],
    columns: dict[str, int],
    date: datetime | None,
    what: str,
) -> Posting:
    key, url = found
    return Posting(
        source=SOURCE,
        source_id=key.removeprefix("linkedin:"),
        url=url,
        title=cell(row, columns, "title"),
        company=cell(row, columns, "company"),
        posted_at=date,
        extra={what: date.isoformat()} if date else {what: ""},
    )
