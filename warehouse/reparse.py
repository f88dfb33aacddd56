"""Re-read every stored response with today's parsers: a parser fix needs no refetch.

Raw responses are never parsed in place, so the newest response per URL is parsed
again and its postings upserted as content edits (first_seen, last_seen and closing
stay as the runs recorded them).
"""

from __future__ import annotations

import json

import duckdb

from extractors import sources
from extractors._contract import Page
from extractors._runner import SourceResult, parse_into
from warehouse import clock
from warehouse.load import postings_frame, upsert_postings


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
    return results
