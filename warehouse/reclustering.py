"""Which postings a build clusters again, worked out mostly in SQL: only those leave DuckDB.

A posting is stale when new, or when its keys, text, first sighting or the matching
rules changed since its lead was stored (`staging.lead_members.input_hash`).
`dedupe.cluster` stores each posting's link group: the postings joined by any link (a
URL, a job id, a requisition id, alike titles in a company's block), vetoed or not, so
no lead spans two groups. Links between postings that did not change stay as they were;
a change can only take away a stale posting's old links or give it new ones. So a build
clusters again the stale postings, the groups they and the postings gone were in, and the
groups of every posting a stale one now links to (exact keys matched in SQL, titles in
the blocks they share scored by `dedupe.title_neighbours`). These are closed under
links, so clustering them alone gives the leads a run over all postings would.
"""

from __future__ import annotations

from typing import Any

import duckdb
import pandas as pd

from warehouse.dedupe import ROW_COLUMNS, SEP, title_neighbours
from warehouse.dedupe_keys import KEY_COLUMNS

_ROWS = "recluster_rows"  # every posting to place: n, ROW_COLUMNS, KEY_COLUMNS, input_hash
_KIND = "coalesce(kind, 'demand')"  # as staging.stg_postings reads a null kind
_BLOCK = "company"  # the tag of a company block's key: linked only by alike titles
_TEMPORARY = ("recluster_links", "recluster_keys", "recluster_near", "recluster_groups")


def _listed(column: str, tag: str, when: str = "true") -> str:
    """The link keys of a column holding SEP-joined keys, each tagged and kind-scoped."""
    return (
        f"case when coalesce({column}, '') <> '' and {when} then list_transform("
        f"string_split({column}, '{SEP}'), lambda v: {{'tag': '{tag}', "
        f"'key': concat_ws(chr(31), '{tag}', {_KIND}, v)}}) else [] end"
    )


def _single(tag: str, *columns: str, space: str | None = None) -> str:
    """The link key of columns that link only together (a company's requisition id),
    in the name space of `space` if it shares one with another tag."""
    present = " and ".join(f"coalesce({c}, '') <> ''" for c in columns)
    key = f"concat_ws(chr(31), '{space or tag}', {_KIND}, {', '.join(columns)})"
    return f"case when {present} then [{{'tag': '{tag}', 'key': {key}}}] else [] end"


# every key by which `dedupe._exact_links` or `dedupe._fuzzy_links` may link two postings
# of one kind; a URL and an apply link share one name space, as a posting's apply link
# may be another's page (two apply links alike are no link: a shared careers page)
_LINK_KEYS = f"""
    create or replace temp table recluster_links as
    select n, unnest(list_concat(
        {_listed("company_keys", _BLOCK, "coalesce(title_key, '') <> ''")},
        {_single("url", "url_key")},
        {_single("apply", "apply_key", space="url")},
        {_listed("job_ids", "job id")},
        {_single("requisition", "company_key", "requisition_key")}
    ), recursive := true)
    from {_ROWS}
"""  # noqa: S608 - our own names
_IN_BLOCK = f"tag = '{_BLOCK}'"


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
    for table in (_ROWS, "recluster_seeds", *_TEMPORARY):
        con.execute(f"drop table if exists {table}")
    return found


def _stale(con: duckdb.DuckDBPyConnection) -> tuple[list[tuple[Any, ...]], list[tuple[str, str]]]:
    gone = con.execute(
        f"select source, source_id from staging.lead_members anti join {_ROWS} "  # noqa: S608
        "using (source, source_id) order by all"
    ).fetchall()
    con.execute(
        f"""
        create or replace temp table recluster_seeds as
        select r.n, m.group_id from {_ROWS} as r
        left join staging.lead_members as m using (source, source_id)
        where m.input_hash is distinct from r.input_hash
        """  # noqa: S608 - our own names
    )
    seeds, everyone = con.execute(
        f"select (select count(*) from recluster_seeds), (select count(*) from {_ROWS})"  # noqa: S608
    ).fetchone() or (0, 0)
    if not seeds and not gone:
        return [], gone
    if seeds < everyone:
        _stale_groups(con)
        scope = (
            "left join staging.lead_members as m using (source, source_id) "
            "where n in (select n from recluster_seeds) "
            "or m.group_id in (select group_id from recluster_groups)"
        )
    else:
        scope = ""  # a first build, or new rules: every posting
    columns = ", ".join(f"r.{c}" for c in (*ROW_COLUMNS, *KEY_COLUMNS, "input_hash"))
    rows = con.execute(f"select {columns} from {_ROWS} as r {scope} order by r.n").fetchall()  # noqa: S608
    return rows, gone


def _stale_groups(con: duckdb.DuckDBPyConnection) -> None:
    """`recluster_groups`: the stored link groups of the stale postings, of the postings
    gone, and of every posting a stale one links to now."""
    con.execute(_LINK_KEYS)
    con.execute(
        "create or replace temp table recluster_keys as select distinct tag, key "
        "from recluster_links semi join recluster_seeds using (n)"
    )
    con.execute(
        "create or replace temp table recluster_near as select distinct l.n "
        "from recluster_links as l inner join recluster_keys as k using (key) "
        f"where not l.{_IN_BLOCK} and not (l.tag = 'apply' and k.tag = 'apply')"
    )
    blocks = con.execute(
        f"""
        select l.key, l.n, r.title_key, l.n in (select n from recluster_seeds)
        from recluster_links as l semi join recluster_keys using (key)
        inner join {_ROWS} as r using (n)
        where l.{_IN_BLOCK}
        """  # noqa: S608 - our own names
    ).fetchall()
    con.register("alike", pd.DataFrame({"n": sorted(title_neighbours(blocks))}, dtype="int64"))
    con.execute("insert into recluster_near select n from alike")
    con.unregister("alike")
    con.execute(
        f"""
        create or replace temp table recluster_groups as
        select group_id from recluster_seeds where group_id is not null
        union
        select m.group_id from {_ROWS} as r
        inner join staging.lead_members as m using (source, source_id)
        semi join recluster_near using (n)
        union
        select group_id from staging.lead_members anti join {_ROWS} using (source, source_id)
        """  # noqa: S608 - our own names
    )
