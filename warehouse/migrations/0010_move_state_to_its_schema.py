"""What a warehouse keeps across runs moves to one schema, `state`; the derived tables go.

State is what no build can recreate: the responses as fetched, the postings with their
first and last seen, the runs, the user's verdicts and the digests sent, the network
exports. Each table moves with its data and constraints (DuckDB cannot move a table
between schemas, so it is created anew from its own DDL and filled); the old name stays
a view for one release, so old queries keep working. The tables earlier migrations made
for derived data (features, lead members, paths, people, settings) are dropped: the build
declares and creates them itself (warehouse/pipeline.py).
"""

from __future__ import annotations

import re

import duckdb

# (old schema, table) -> the state table it becomes, under the same name
STATE = (
    ("raw", "bodies"), ("raw", "responses"), ("raw", "network_contacts"),
    ("raw", "network_files"), ("staging", "postings"), ("main", "runs"),
    ("main", "source_runs"), ("main", "verdicts"), ("main", "verdict_history"),
    ("main", "digests"), ("main", "digest_postings"), ("main", "digest_follow_ups"),
)  # fmt: skip
# (old schema, sequence, table whose key it numbers, key column)
SEQUENCES = (
    ("raw", "responses_seq", "responses", "response_id"),
    ("main", "verdict_history_seq", "verdict_history", "event_id"),
)
DERIVED = (
    "staging.posting_features", "staging.lead_members", "staging.lead_paths",
    "staging.people", "staging.person_contacts", "staging.person_ties",
    "main.board_companies", "main.source_attributions",
)  # fmt: skip


def migrate(con: duckdb.DuckDBPyConnection) -> None:
    con.execute("create schema if not exists state")
    for schema, sequence, table, key in SEQUENCES:
        row = con.execute(f"select coalesce(max({key}), 0) + 1 from {schema}.{table}").fetchone()
        con.execute(f"create sequence state.{sequence} start with {row[0] if row else 1}")
    for schema, table in STATE:
        _move(con, schema, table)
    for schema, sequence, _, _ in SEQUENCES:
        con.execute(f"drop sequence {schema}.{sequence}")
    for table in DERIVED:
        con.execute(f"drop table if exists {table}")


def _move(con: duckdb.DuckDBPyConnection, schema: str, table: str) -> None:
    row = con.execute(
        "select sql from duckdb_tables() where schema_name = ? and table_name = ?",
        [schema, table],
    ).fetchone()
    if row is None:
        raise RuntimeError(f"{schema}.{table}: not found; cannot move it to state")
    ddl = re.sub(rf"^CREATE TABLE (?:{schema}\.)?{table}\(", f"CREATE TABLE state.{table}(", row[0])
    ddl = re.sub(r"nextval\('\w+\.(\w+)'\)", r"nextval('state.\1')", ddl)
    con.execute(ddl)
    con.execute(f"insert into state.{table} by name select * from {schema}.{table}")
    con.execute(f"drop table {schema}.{table}")
    con.execute(f"create view {schema}.{table} as select * from state.{table}")
