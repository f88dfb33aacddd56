"""The build's declared pipeline: order from declarations, honest declarations, state
apart from derived, and the README's diagram drawn from the list itself."""

from __future__ import annotations

import random
import re
from pathlib import Path

import duckdb
import pytest

from warehouse import pipeline
from warehouse.build import create_models
from warehouse.db import connect
from warehouse.pipeline import STATE, Step, ordered, steps

README = Path(__file__).parents[2] / "README.md"
_NAMES = re.compile(r"\b((?:state|staging|marts|main)\.[a-z_]+)\b")


def test_every_step_reads_only_state_or_what_an_earlier_step_wrote() -> None:
    written: set[str] = set()
    for step in steps():
        assert step.reads <= written | STATE, f"{step.name} reads {step.reads - written - STATE}"
        written |= step.writes
    assert not written & STATE, "a step writes a state table"


def test_each_sql_step_names_only_what_it_declares() -> None:
    """A model's SQL mentions no table it does not declare reading or writing."""
    for step in steps():
        if step.fill is not None:
            continue
        code = re.sub(r"--[^\n]*", "", step.sql.lower())  # comments may name anything
        named = set(_NAMES.findall(code))
        assert named <= step.reads | step.writes, f"{step.name}: {named - step.reads - step.writes}"


def test_the_order_comes_from_the_declarations_not_the_file_names() -> None:
    declared = list(steps())
    for seed in range(5):
        shuffled = declared[:]
        random.Random(seed).shuffle(shuffled)
        assert ordered(shuffled) == tuple(declared)


def test_an_undeclared_read_or_a_cycle_is_refused() -> None:
    reads_nothing_written = Step("a", frozenset({"staging.nowhere"}), frozenset({"staging.a"}), "")
    with pytest.raises(ValueError, match="a reads staging.nowhere"):
        ordered([reads_nothing_written])
    one = Step("one", frozenset({"staging.two"}), frozenset({"staging.one"}), "")
    two = Step("two", frozenset({"staging.one"}), frozenset({"staging.two"}), "")
    with pytest.raises(ValueError, match="cycle"):
        ordered([one, two])


def test_state_is_its_own_schema_and_everything_else_is_the_builds(tmp_path: Path) -> None:
    con = connect(tmp_path / "w.duckdb")  # migrations, then the derived objects, empty
    tables = set(
        con.execute(
            "select table_schema || '.' || table_name from information_schema.tables "
            "where table_type = 'BASE TABLE' and table_name <> '_migrations'"
        ).fetchall()
    )
    con.close()
    state = {name for (name,) in tables if name.startswith("state.")}
    derived = {name for (name,) in tables if not name.startswith("state.")}
    assert state == STATE
    written = {table for step in steps() for table in step.writes}
    assert derived <= written, f"tables no step declares: {derived - written}"


def test_the_readme_shows_the_pipeline_as_declared() -> None:
    text = README.read_text(encoding="utf-8")
    block = re.search(r"```mermaid\n(.*?)```", text, re.DOTALL)
    assert block, "README has no mermaid diagram of the build"
    assert block.group(1).strip() == pipeline.diagram().strip()


def test_a_table_that_became_a_view_is_replaced_in_an_old_warehouse(tmp_path: Path) -> None:
    """An upgrade that turns a model into a view (ranked_leads was a table) needs no
    migration."""
    con = connect(tmp_path / "w.duckdb")
    con.execute("drop view marts.ranked_leads")
    con.execute("create table marts.ranked_leads as select 1 as lead_id")
    create_models(con)  # as every build does first
    kinds = con.execute(
        "select table_type from information_schema.tables "
        "where table_schema = 'marts' and table_name = 'ranked_leads'"
    ).fetchall()
    con.close()
    assert kinds == [("VIEW",)]


def test_a_derived_table_an_upgrade_adds_comes_from_the_next_build_not_a_migration(
    tmp_path: Path,
) -> None:
    """A warehouse from before the platforms' credits (no staging.source_credits, no
    posting_credits) gets them from its next build; one that recorded the migration that
    once made the table opens as well."""
    path = tmp_path / "w.duckdb"
    con = connect(path)
    con.execute("drop view marts.lead_context")
    con.execute("drop view marts.posting_credits")
    con.execute("drop table staging.source_credits")
    con.execute("insert into main._migrations values ('0018_add_source_credits.sql', now())")
    con.close()
    con = connect(path)  # the upgrade: no migration makes a derived table
    assert "staging.source_credits" not in _tables(con)
    create_models(con)  # as every build does first
    assert {"staging.source_credits", "marts.posting_credits"} <= _tables(con)
    assert con.execute("select count(*) from marts.lead_context").fetchall() == [(0,)]
    con.close()


def _tables(con: duckdb.DuckDBPyConnection) -> set[str]:
    rows = con.execute("select table_schema || '.' || table_name from information_schema.tables")
    return {name for (name,) in rows.fetchall()}


def test_a_state_change_between_builds_refreshes_only_sql_steps_downstream() -> None:
    names = [step.name for step in pipeline.downstream("state.verdicts")]
    assert names[:3] == ["leads_scored", "lead_ranking", "ranked_leads"]
    assert "lead_signals" not in names  # a verdict never changes a score
    with pytest.raises(ValueError, match="needs a build"):
        pipeline.refresh(connect(":memory:"), "state.postings")


def test_each_python_step_has_its_code_and_reading_the_list_imports_none_of_it() -> None:
    import subprocess
    import sys

    from warehouse import steps as python

    for step in steps():
        if step.fill is not None:
            assert callable(getattr(python, f"fill_{step.name}")), step.name
    code = (
        "import sys; from warehouse import pipeline; pipeline.steps(); "
        "print('warehouse.steps' in sys.modules)"
    )
    found = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert found.stdout.strip() == "False"  # `leads mark` refreshes without the readers


def test_a_model_marked_so_is_written_uncompressed_and_the_rest_as_usual(tmp_path: Path) -> None:
    """Whole row groups, as a build's tables of many leads are written (a small table
    goes through the log and is compressed when it is checkpointed)."""
    import duckdb

    con = duckdb.connect(str(tmp_path / "w.duckdb"))
    con.execute("create schema marts")
    rows = "select range % 3 as n, 'same words' as why from range(300000)"
    marked = Step(
        "marked",
        frozenset(),
        frozenset({"marts.marked"}),
        f"-- written uncompressed: rewritten each build\ncreate table marts.marked as {rows}",
    )
    usual = Step(
        "usual", frozenset(), frozenset({"marts.usual"}), f"create table marts.usual as {rows}"
    )
    for step in (marked, usual):
        pipeline._execute(con, step)
    con.execute("checkpoint")

    def kinds(table: str) -> set[str]:
        found = con.execute(
            "select distinct compression from pragma_storage_info(?) "
            "where segment_type <> 'VALIDITY'",
            [table],
        ).fetchall()
        return {kind for (kind,) in found}

    assert "Uncompressed" in kinds("marts.marked")
    assert "Uncompressed" not in kinds("marts.usual")
    assert con.execute("select current_setting('force_compression')").fetchone() == ("auto",)


def test_importing_the_python_steps_is_timed_apart_once_a_process(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The readers' import (some 0.6 s) is no step's: timed in the first Python step, it
    made a table of a few rows look slow at any size."""
    import sys

    import warehouse
    import warehouse.steps

    monkeypatch.setattr(warehouse, "steps", warehouse.steps)  # the package's name for it
    monkeypatch.delitem(sys.modules, "warehouse.steps")
    first = pipeline._import_python_steps()
    assert list(first) == ["imports"]
    assert first["imports"] >= 0
    assert "warehouse.steps" in sys.modules
    assert pipeline._import_python_steps() == {}  # once: a build's later parts add none
