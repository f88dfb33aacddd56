"""Which postings a build clusters again, worked out in SQL: only those leave DuckDB.

A posting is stale when new, or when its keys, text, first sighting or the matching
rules changed since its lead was stored (`staging.lead_members.input_hash`); with it go
the other members of its old lead (it may have held them together), and every posting
that shares a link key with any of these, and so on outward. `dedupe.cluster` links
postings only by those keys (a company block, a URL, a job id, a requisition id), so no
lead spans two such groups, and clustering the group alone gives the leads a run over
all postings would.
"""

from __future__ import annotations

from typing import Any

import duckdb

from warehouse.dedupe import KEY_COLUMNS, ROW_COLUMNS, SEP

_ROWS = "recluster_rows"  # every posting to place: n, ROW_COLUMNS, KEY_COLUMNS, input_hash
_KIND = "coalesce(kind, 'demand')"  # as staging.stg_postings reads a null kind


def _listed(column: str, tag: str, when: str = "true") -> str:
    """The link keys of a column holding SEP-joined keys, each tagged and kind-scoped."""
    return (
        f"case when coalesce({column}, '') <> '' and {when} then list_transform("
        f"string_split({column}, '{SEP}'), lambda v: concat_ws(chr(31), '{tag}', {_KIND}, v)) "
        "else [] end"
    )


def _single(tag: str, *columns: str) -> str:
    """The link key of columns that link only together (a company's requisition id)."""
    present = " and ".join(f"coalesce({c}, '') <> ''" for c in columns)
    key = f"concat_ws(chr(31), '{tag}', {_KIND}, {', '.join(columns)})"
    return f"case when {present} then [{key}] else [] end"


# every key by which `dedupe._exact_links` or `dedupe._fuzzy_links` may link two postings
# of one kind: a superset (an apply link and a URL share one name space)
_LINK_KEYS = f"""
    create or replace temp table recluster_links as
    select n, unnest(list_concat(
        {_listed("company_keys", "company", "coalesce(title_key, '') <> ''")},
        {_single("url", "url_key")},
        {_single("url", "apply_key")},
        {_listed("job_ids", "job id")},
        {_single("requisition", "company_key", "requisition_key")}
    )) as key
    from {_ROWS}
"""  # noqa: S608 - our own names


def stale(
    con: duckdb.DuckDBPyConnection, query: str, parameters: list[Any]
) -> tuple[list[tuple[Any, ...]], list[tuple[str, str]]]:
    """Of the postings `query` gives (ROW_COLUMNS, KEY_COLUMNS, input_hash), those to
    cluster again, and the stored members that are gone. Its temporary tables are
    dropped before it returns: they hold every posting's keys, and a build's later
    steps need that memory."""
    con.execute(
        f"create or replace temp table {_ROWS} as "  # noqa: S608 - our own names
        f"select row_number() over (order by source, source_id) as n, * from ({query})",
        parameters,
    )
    found = _stale(con)  # on an error the caller's transaction is rolled back, and they go
    con.execute(f"drop table {_ROWS}")
    con.execute("drop table recluster_seeds")
    return found


def _stale(con: duckdb.DuckDBPyConnection) -> tuple[list[tuple[Any, ...]], list[tuple[str, str]]]:
    gone = con.execute(
        f"select source, source_id from staging.lead_members anti join {_ROWS} "  # noqa: S608
        "using (source, source_id) order by all"
    ).fetchall()
    con.execute(
        f"""
        create or replace temp table recluster_seeds as
        with changed as (
            select r.n, m.lead_id from {_ROWS} as r
            left join staging.lead_members as m using (source, source_id)
            where m.input_hash is distinct from r.input_hash
        ),
        old_leads as (
            select lead_id from changed where lead_id is not null
            union
            select lead_id from staging.lead_members anti join {_ROWS} using (source, source_id)
        )
        select n from changed
        union
        select r.n from {_ROWS} as r
        inner join staging.lead_members as m using (source, source_id)
        semi join old_leads using (lead_id)
        """  # noqa: S608 - our own names
    )
    seeds, everyone = con.execute(
        f"select (select count(*) from recluster_seeds), (select count(*) from {_ROWS})"  # noqa: S608
    ).fetchone() or (0, 0)
    if not seeds:
        return [], gone
    if seeds < everyone:
        _reach(con)
        scope = "semi join recluster_seeds using (n)"
    else:
        scope = ""  # a first build, or new rules: every posting
    columns = ", ".join((*ROW_COLUMNS, *KEY_COLUMNS, "input_hash"))
    rows = con.execute(f"select {columns} from {_ROWS} {scope} order by n").fetchall()  # noqa: S608
    return rows, gone


def _reach(con: duckdb.DuckDBPyConnection) -> None:
    """Grow `recluster_seeds` by every posting sharing a link key with it, until none
    is added (a few rounds: company blocks are rarely chained far)."""
    con.execute(_LINK_KEYS)
    while True:
        con.execute(
            "create or replace temp table recluster_keys as select distinct key "
            "from recluster_links semi join recluster_seeds using (n)"
        )
        added = con.execute(
            "insert into recluster_seeds select distinct n from recluster_links "
            "semi join recluster_keys using (key) anti join recluster_seeds using (n)"
        ).fetchone()
        if not added or not added[0]:
            break
    con.execute("drop table recluster_keys")
    con.execute("drop table recluster_links")
