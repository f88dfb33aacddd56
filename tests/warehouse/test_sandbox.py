"""`leads sql`'s door: one read statement, nothing outside the warehouse, no contacts."""

from __future__ import annotations

import re
from pathlib import Path

import duckdb
import pytest

from warehouse.db import connect
from warehouse.sandbox import QueryRefused, check_query, first_line


@pytest.fixture(scope="module")
def empty_warehouse(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("sandbox") / "w.duckdb"
    connect(path).close()  # migrated, marts created, no rows
    return path


@pytest.fixture
def sandbox(empty_warehouse: Path):
    con = connect(empty_warehouse, sandbox=True)
    yield con
    con.close()


_WRITES = [
    "copy state.runs to '{tmp}/out.csv'",
    "attach '{tmp}/other.duckdb' as other (read_write)",
    "export database '{tmp}/dump'",
    "set enable_external_access = true",
    "set autoinstall_known_extensions = true",
    "install httpfs",
    "delete from state.runs",
    "create table t as select 1",
    "checkpoint",
    "select 1; select 2",
    "",
]


@pytest.mark.parametrize("query", _WRITES)
def test_writes_settings_and_several_statements_are_refused(sandbox, tmp_path, query) -> None:
    with pytest.raises(QueryRefused):
        check_query(sandbox, query.format(tmp=tmp_path))
    assert not list(tmp_path.glob("out.csv")) and not (tmp_path / "dump").exists()


@pytest.mark.parametrize(
    "query",
    ["select * from read_csv('/etc/passwd')", "select * from glob('/etc/*')",
     "select * from read_text('/etc/hostname')", "copy state.runs to '/tmp/x.csv'",
     "set enable_external_access = true"],
)  # fmt: skip
def test_the_connection_itself_refuses_outside_reads_and_writes(sandbox, query) -> None:
    with pytest.raises((duckdb.PermissionException, duckdb.InvalidInputException)):
        sandbox.execute(query)


@pytest.mark.parametrize(
    "query",
    ["select * from state.runs", "with r as (select 1 as x) select * from r",
     "describe state.runs", "show tables", "summarize state.runs",
     "explain select * from state.runs", "pivot state.runs on status",
     "from staging.people", "select name from network_people"],
)  # fmt: skip
def test_every_read_kind_runs(sandbox, query) -> None:
    check_query(sandbox, query)
    sandbox.execute(query).fetchall()


@pytest.mark.parametrize(
    "query",
    ["select * from state.network_contacts", "select emails from RAW.\"Network_Contacts\"",
     "select * from query_table('raw.network_' || 'contacts')",
     "select * from query('select * from state.network_contacts')",
     "select 1 where exists (select 1 from state.network_contacts)",
     "explain analyze select * from state.network_contacts",
     "pivot state.network_contacts on name", "summarize state.network_contacts"],
)  # fmt: skip
def test_raw_contacts_need_the_explicit_flag(sandbox, query) -> None:
    with pytest.raises(QueryRefused, match="--include-contacts"):
        check_query(sandbox, query)
    check_query(sandbox, query, contacts=True)


def test_the_contacts_refusal_names_the_table_by_its_current_name(sandbox) -> None:
    with pytest.raises(QueryRefused, match=r"^state\.network_contacts holds"):
        check_query(sandbox, "select * from state.network_contacts")


@pytest.mark.parametrize(
    ("query", "where"),
    [
        ("SELECT 1 +", "(line 1, column 10)"),
        ("SELECT run_id\nFROM state.runs\n  ORDER BY satrted_at", "(line 3, column 12)"),
        # a long line DuckDB shows cut to `...` around the spot
        ("SELECT " + ", ".join(f"{i} AS c{i}" for i in range(40)) + ", statsu FROM state.runs",
         "(line 1, column 428)"),
    ],
    ids=["end of one line", "third line", "long line shown cut"],
)  # fmt: skip
def test_an_error_names_the_line_and_column_duckdb_points_at(sandbox, query, where) -> None:
    with pytest.raises(duckdb.Error) as raised:
        sandbox.execute(query)
    message = first_line(raised.value, query)
    assert message.endswith(where), message
    assert "\n" not in message
    line, column = (int(n) for n in re.findall(r"\d+", where))
    assert query.splitlines()[line - 1][column - 1 :].split()[0].strip(",") in {
        "+",
        "satrted_at",
        "statsu",
    }
