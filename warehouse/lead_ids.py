"""Lead ids: a lead is named after one of its postings, so its id can be worked out
from any warehouse that holds that posting.

A lead's id is its anchor posting's (`warehouse.dedupe`: the member seen first, so the
id stays when later copies join). Two warehouses that saw a job's copies in another
order anchor it on other postings and show other ids; so an id names whichever lead
holds the posting it was made from (`POSTING_ID_SQL`), and a `leads mark` noted in one
warehouse, or a link into another's report, still finds the job.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable

import duckdb


def posting_id(source: str, source_id: str, prefix: str = "L") -> str:
    """The id of a lead (or, prefix G, a link group) anchored on this posting: the
    prefix and 11 hex of sha1("source:id"); `warehouse.dedupe` names its clusters so."""
    return prefix + hashlib.sha1(f"{source}:{source_id}".encode()).hexdigest()[:11]


# posting_id in SQL, over a row's `source` and `source_id`
POSTING_ID_SQL = "'L' || left(sha1(source || ':' || source_id), 11)"


def find_leads(con: duckdb.DuckDBPyConnection, ids: Iterable[str]) -> dict[str, str | None]:
    """Each typed id -> the stored lead_id it names (case-insensitively), or None. An id
    that is no lead's here names the lead holding the posting it was made from (the id
    another warehouse, or this one before a re-merge, gave the job: `lead_ids`)."""
    typed = [i.strip() for i in ids if i.strip()]
    rows = con.execute(
        "select distinct lead_id from staging.lead_members where lower(lead_id) in "
        "(select lower(unnest(?::varchar[])))",
        [typed],
    ).fetchall()
    stored = {row[0].lower(): row[0] for row in rows}
    if missing := [i.lower() for i in typed if i.lower() not in stored]:
        stored |= dict(
            con.execute(
                f"select lower({POSTING_ID_SQL}), lead_id from staging.lead_members "
                f"where lower({POSTING_ID_SQL}) in (select unnest(?::varchar[]))",
                [missing],
            ).fetchall()
        )
    return {i: stored.get(i.lower()) for i in typed}
