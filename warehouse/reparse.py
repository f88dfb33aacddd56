"""Re-read every stored response with today's parsers: a parser fix needs no refetch.

Raw responses are never parsed in place, so the newest response per URL is parsed
again and its postings upserted as content edits (first_seen, last_seen and closing
stay as the runs recorded them). Asks from the user's messages have no stored response:
only their sentence is kept, so their titles are written again from it
(`retitled_asks`), and an ask imported before the title rule changed reads as today's.
"""

from __future__ import annotations

import json
from dataclasses import fields, replace
from datetime import UTC

import duckdb

from extractors import sources
from extractors._asks import SOURCE as ASKS
from extractors._asks import headline
from extractors._contract import Page, Posting
from extractors._runner import ParsedPosting, SourceResult, parse_into
from warehouse import clock
from warehouse.load import postings_frame, upsert_postings

_FIELDS = tuple(f.name for f in fields(Posting))


def stored_pages(con: duckdb.DuckDBPyConnection, source: str) -> list[Page]:
    """The newest stored response of each URL of a source, as the Page it arrived as."""
    rows = con.execute(
        """
        select r.url, r.scope, r.status, r.headers, b.body, r.fetched_at
        from state.responses as r
        join state.bodies as b using (content_hash)
        where r.source = ? and r.status in (200, 304)
        qualify row_number() over (partition by r.url order by r.fetched_at desc) = 1
        order by r.url
        """,
        [source],
    ).fetchall()
    return [
        Page(source, url, status, json.loads(headers or "{}"), bytes(body), at, scope=scope)
        for url, scope, status, headers, body, at in rows
    ]


def reparse(con: duckdb.DuckDBPyConnection) -> dict[str, SourceResult]:
    """Parse every source's stored responses again and upsert what they say now."""
    results: dict[str, SourceResult] = {}
    now = clock.now()
    for name, module in sources().items():
        pages = stored_pages(con, name)
        if not pages:
            continue
        result = SourceResult(name)
        for page in pages:
            parse_into(module, page, result)
        new, updated, _ = upsert_postings(
            con, postings_frame(result.postings, "reparse", now), seen=False
        )
        result.inc("new", new)
        result.inc("updated", updated)
        results[name] = result
    asks = SourceResult(ASKS)
    stored = retitled_asks(con, asks)
    if stored:
        _, updated, _ = upsert_postings(con, postings_frame(stored, "reparse", now), seen=False)
        asks.inc("updated", updated)
    if asks.stats["parsed"]:
        results[ASKS] = asks
    return results


def retitled_asks(con: duckdb.DuckDBPyConnection, result: SourceResult) -> list[ParsedPosting]:
    """The stored asks whose title `headline` now writes otherwise, retitled from their
    kept sentence (counted as parsed in `result`)."""
    rows = con.execute(
        f"select {', '.join(_FIELDS)}, page_hash, scope from state.postings where source = ?",  # noqa: S608
        [ASKS],
    ).fetchall()
    result.inc("parsed", len(rows))
    changed = []
    for row in rows:
        values = dict(zip(_FIELDS, row[: len(_FIELDS)], strict=True))
        title = headline(values["text"])
        if title == values["title"]:
            continue
        at = values["posted_at"]
        posting = Posting(**{
            **values, "tags": tuple(values["tags"] or ()), "extra": json.loads(values["extra"]),
            "posted_at": at.astimezone(UTC) if at else None,
        })  # fmt: skip
        changed.append(ParsedPosting(replace(posting, title=title), *row[len(_FIELDS) :]))
    return changed
