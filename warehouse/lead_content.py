"""The leads' rows kept across builds (`staging.lead_content`), made again only for
the leads whose inputs changed: a re-run that adds 1% of postings remakes about 1% of
the leads, not all of them (at 200,000 postings the whole table took 1.9 s).

A lead's row is a function of its members' postings (content, features, company as the
build resolves it, first sighting, closing, the export's dates in `extra`), their
membership, the sources' ranks and the [filters]; each lead's inputs are hashed from
those, and a row whose hash moved, a new lead and a gone one are touched. `last_seen`,
which every run moves, is no input: `marts.leads` adds it.
"""

from __future__ import annotations

import hashlib
from functools import cache
from importlib import resources

import duckdb

from warehouse.db import sql_files

# each lead's inputs, hashed: its members' (xor: order-free) under what every lead reads;
# a member keeps its posting's (content, features, board company, first sighting,
# closing, `extra`) hashed, made by lead_members where it reads every posting anyway:
# joining every member to its posting, features and board again took 0.25 s at 200,000
INPUTS = """
create or replace temp table lead_inputs as
with everything as (
    select hash(
        ?,
        (select list((c.source, c.rank, c.summary, c.states_company) order by c.source)
         from staging.sources as c),
        r.exclude_companies,
        r.exclude_pattern
    ) as inputs
    from marts.ranking_settings as r
)
select
    m.lead_id,
    hash(any_value(e.inputs), bit_xor(hash(
        m.source, m.source_id, m.company_key, m.content_inputs
    ))) as inputs_hash
from staging.lead_members as m
cross join everything as e
group by m.lead_id
"""
# new or changed, and changed or gone; numbered into batches of BATCH_LEADS
TOUCHED = """
create or replace temp table touched_leads as
select lead_id, (row_number() over () - 1) // {batch} as batch
from (
    select lead_id from lead_inputs anti join staging.lead_content using (lead_id, inputs_hash)
    union
    select lead_id from staging.lead_content anti join lead_inputs using (lead_id, inputs_hash)
)
"""
# the leads whose rows one query makes: made in one, a first build's rows needed 300-400
# MB at 200,000 postings, and at a million more than the build's 2 GB, so it was done
# again without a bound (6 GiB). In batches, 200,000 postings' marts fit 200 MB, in no
# more CPU (batches of 10,000 took 50% more)
BATCH_LEADS = 50_000
# the touched leads' members and their postings' and features' rows, picked by row id:
# joined by key, DuckDB read every posting and its features to make 1% of the leads
# (0.5 s of CPU at 200,000 postings, the rest of the step 0.3 s). Views, so the rows'
# query reads only the columns it needs; and the text only for the [filters]' keywords
# (reading it for none was 0.1 s more)
TOUCHED_ROWS = [
    """
create or replace temp table touched_members as
select m.*, p.rowid as posting_n, f.rowid as features_n
from staging.lead_members as m
semi join (select lead_id from touched_leads where batch = {batch}) using (lead_id)
inner join state.postings as p using (source, source_id)
left join staging.posting_features as f using (source, source_id)
""",
    """
create or replace temp view touched_postings as
select *{text}
from state.postings
where rowid in (select posting_n from touched_members)
""",
    """
create or replace temp view touched_features as
select * from staging.posting_features where rowid in (select features_n from touched_members)
""",
]


@cache
def rows_sql() -> str:
    """The query that makes the touched leads' rows."""
    return (resources.files("warehouse") / "lead_content.sql").read_text(encoding="utf-8")


@cache
def version() -> str:
    """A fingerprint of how a row is made (the query, the macros it calls, the inputs'
    hash): an upgrade that changes one makes every row again."""
    macros = dict(sql_files("marts"))["macros.sql"]
    return hashlib.sha256((rows_sql() + macros + INPUTS).encode()).hexdigest()


def pick_touched_rows(con: duckdb.DuckDBPyConnection, batch: int = 0) -> None:
    """The temp tables and views `rows_sql` reads besides lead_inputs: one batch of the
    touched leads' members, their postings and their features."""
    keywords = con.execute(
        "select bool_or(exclude_pattern is not null) from marts.ranking_settings"
    ).fetchone()
    text = "" if keywords and keywords[0] else " replace (null::varchar as text)"
    for statement in TOUCHED_ROWS:
        con.execute(statement.format(text=text, batch=batch))


def refresh_lead_content(con: duckdb.DuckDBPyConnection) -> int:
    """Make again the rows of the leads whose inputs changed, drop those of leads gone;
    how many leads were touched."""
    con.execute(INPUTS, [version()])
    con.execute(TOUCHED.format(batch=BATCH_LEADS))
    row = con.execute("select count(*), max(batch) from touched_leads").fetchone()
    touched, batches = (int(row[0]), int(row[1]) + 1) if row and row[0] else (0, 0)
    if touched:
        con.execute(
            "delete from staging.lead_content where lead_id in (select lead_id from touched_leads)"
        )
        for batch in range(batches):
            pick_touched_rows(con, batch)
            con.execute(rows_sql())
        con.execute("drop view touched_postings")
        con.execute("drop view touched_features")
        con.execute("drop table touched_members")
    con.execute("drop table touched_leads")
    con.execute("drop table lead_inputs")
    return touched
