"""The README cannot drift from the code: commands, sources and config are checked."""

from __future__ import annotations

import re
import tomllib
from pathlib import Path

import pytest
import typer.main
from typer.testing import CliRunner

from extractors import sources
from flows.config import parse_config
from leads.__main__ import COMMANDS, app

README = (Path(__file__).parents[1] / "README.md").read_text(encoding="utf-8")


def _commands() -> dict[str, object]:
    group = typer.main.get_group(app)
    names: dict[str, object] = {}
    for name, command in group.commands.items():
        names[name] = command
        for sub_name, sub in getattr(command, "commands", {}).items():
            names[f"{name} {sub_name}"] = sub
    return names


@pytest.mark.parametrize("name", sorted(_commands()))
def test_every_command_is_in_the_readme_and_has_an_example(name: str) -> None:
    assert f"`leads {name}" in README
    command = _commands()[name]
    help_text = getattr(command, "help", None) or ""
    if " " not in name and getattr(command, "commands", None):
        return  # a group: its callback's docstring is checked as the group itself
    assert "Example:" in help_text, f"leads {name} has no Example: in its help"


@pytest.mark.parametrize("name", sorted(sources()))
def test_every_source_is_in_the_readme_sources_table(name: str) -> None:
    assert re.search(rf"^\| `{name}` \|", README, re.MULTILINE)


def test_the_readme_configuration_is_a_valid_config() -> None:
    block = re.search(r"## Configuration.*?```toml\n(.*?)```", README, re.DOTALL)
    assert block is not None
    config = parse_config(tomllib.loads(block.group(1)))
    assert set(config.sources) == set(sources())


def test_the_starter_config_is_valid() -> None:
    starter = Path(__file__).parents[1] / "leads" / "starter.toml"
    config = parse_config(tomllib.loads(starter.read_text(encoding="utf-8")))
    assert config.profile.skills


def _creative_block(text: str, opening: str) -> str:
    """The commented writer's/translator's [profile] lines after `opening`, uncommented."""
    lines = text.split(opening, 1)[1].splitlines()[1:]
    block = lines[: next(i for i, line in enumerate(lines) if not line.startswith("#"))]
    keys = [line[2:].split("#", 1)[0] for line in block if line[2:3].isalpha()]
    return "\n".join(k for k in keys if "=" in k)


@pytest.mark.parametrize(
    ("text", "opening"),
    [
        ((Path(__file__).parents[1] / "leads" / "starter.toml").read_text(encoding="utf-8"),
         "# A writer, editor or translator instead"),
        (README, "# [profile] for a writer, an editor or a translator"),
    ],
    ids=["starter", "readme"],
)  # fmt: skip
def test_the_writers_and_translators_example_is_a_valid_profile(text: str, opening: str) -> None:
    written = "[profile]\n" + _creative_block(text, opening)
    config = parse_config({**tomllib.loads(written), "warehouse": {"path": "x.duckdb"}})
    assert "translator" not in config.profile.roles and config.profile.pairs == ("en>de",)
    assert config.profile.piece_floors and config.profile.min_hourly_rate == 45.0


def test_the_quick_start_is_two_commands() -> None:
    quick = README.split("## Quick start", 1)[1].split("##", 1)[0]
    commands = re.findall(r"^make \w+", quick, re.MULTILINE)
    assert commands == ["make demo", "make test"]


_SQL_SECTION = README.split("### SQL examples", 1)[1].split("\n## ", 1)[0]
SQL_EXAMPLES = re.findall(r'leads sql "(.*?)"', _SQL_SECTION, re.DOTALL)
# each example after the comment above it, for the ones whose answer the demo pins down
_COMMENTED = dict(
    re.findall(r"^# ([^\n]*)\n(?:#[^\n]*\n)*leads sql \"(.*?)\"", _SQL_SECTION, re.M | re.S)
)


@pytest.mark.parametrize(
    "query", SQL_EXAMPLES, ids=[f"example {i + 1}" for i, _ in enumerate(SQL_EXAMPLES)]
)
def test_the_readme_sql_examples_run_on_the_demo_warehouse(built_demo, query: str) -> None:
    """As `leads sql` runs them (its checks, its sandboxed connection) and as plain
    DuckDB opened read-only does, which the README says works too."""
    import duckdb

    from warehouse.db import connect
    from warehouse.sandbox import check_query

    con = connect(built_demo / "leads.duckdb", read_only=True, sandbox=True)
    try:
        check_query(con, query)
        con.execute(query).fetchall()
    finally:
        con.close()
    with duckdb.connect(str(built_demo / "leads.duckdb"), read_only=True) as plain:
        plain.execute(query).fetchall()
    assert len(SQL_EXAMPLES) >= 5


# the names state tables had before `state` (warehouse/migrations/0010): views for one release
_OLD_NAMES = re.compile(
    r"(?<![\w.])(?:(?:raw|main|staging)\.)?(?:runs|source_runs|verdicts|verdict_history|"
    r"responses|bodies|digests|network_files)\b(?!\s*\()|\b(?:raw|staging)\.postings\b",
    re.IGNORECASE,
)


@pytest.mark.parametrize("query", SQL_EXAMPLES)
def test_the_readme_sql_examples_use_the_documented_names(query: str) -> None:
    tables = " ".join(re.findall(r"\b(?:FROM|JOIN)\s+([\w.]+)", query, re.IGNORECASE))
    assert not _OLD_NAMES.search(tables), tables


@pytest.mark.parametrize(
    ("comment", "check"),
    [
        ("the same job merged across sources: each lead's postings and why they joined",
         lambda rows: len({r[0] for r in rows}) >= 1 and all(
             len({s for lead, s, *_ in rows if lead == r[0]}) > 1 for r in rows)),
        ("the raw payloads a lead was read from (the body itself: b.body, a BLOB)",
         lambda rows: rows and all(r[5] > 0 for r in rows)),
        ("leads with a referral path whose known rate reaches your floor",
         lambda rows: rows and all(r[3] and r[5] is not None for r in rows)),
        ("new leads of the last 7 days, by source (a lead found by several counts for each;",
         lambda rows: rows and len({r[0] for r in rows}) == len(rows)),
        # the demo's LinkedIn export marks a lead applied: an importer's verdict, not yours
        ("the leads you marked yourself, next follow-up first (ranked_leads' status is the",
         lambda rows: rows == []),
    ],
    ids=["duplicates", "raw payloads", "referral paths over the floor", "new by source",
         "your own marks"],
)  # fmt: skip
def test_the_readme_sql_examples_answer_their_question_on_the_demo(
    built_demo, comment: str, check
) -> None:
    from warehouse.db import connect

    con = connect(built_demo / "leads.duckdb", read_only=True, sandbox=True)
    try:
        rows = con.execute(_COMMENTED[comment]).fetchall()
    finally:
        con.close()
    assert check(rows), rows


def _documented_objects() -> list[tuple[str, bool]]:
    """Each `schema.name` of the README's warehouse table, and whether it says view."""
    table = README.split("## The warehouse", 1)[1].split("The tables' old names", 1)[0]
    named = []
    for line in table.splitlines():
        if line.startswith("| `"):
            cell = line.split("|")[1]
            for name, view in re.findall(r"`([\w.]+)`( \(view\))?", cell):
                named.append((name if "." in name else f"main.{name}", bool(view)))
    return named


def test_the_warehouse_table_names_what_the_warehouse_holds(built_demo) -> None:
    from warehouse.db import connect

    con = connect(built_demo / "leads.duckdb", read_only=True)
    try:
        kinds = {
            f"{s}.{n}": "table"
            for s, n in con.execute(
                "select schema_name, table_name from duckdb_tables()"
            ).fetchall()
        }
        kinds |= {
            f"{s}.{n}": "view"
            for s, n in con.execute(
                "select schema_name, view_name from duckdb_views() where not internal"
            ).fetchall()
        }
    finally:
        con.close()
    documented = _documented_objects()
    assert len(documented) > 30
    wrong = [(name, kinds.get(name)) for name, view in documented
             if kinds.get(name) != ("view" if view else "table")]  # fmt: skip
    assert wrong == []


def _documented_columns() -> dict[str, list[str]]:
    """Each column list of the README's warehouse table (a backticked `a, b, c` in a row,
    of the row's first object) and the `ranked_leads` columns paragraph."""
    table = README.split("## The warehouse", 1)[1].split("The tables' old names", 1)[0]
    lists: dict[str, list[str]] = {}
    for line in table.splitlines():
        if line.startswith("| `"):
            first, *rest = line.split("|")[1:]
            name = re.findall(r"`([\w.]+)`", first)[0]
            for span in re.findall(r"`(\w+(?:, \w+)+)`", "|".join(rest)):
                lists.setdefault(name if "." in name else f"main.{name}", []).extend(
                    span.split(", ")
                )
    paragraph = README.split("`ranked_leads` columns: `", 1)[1].split("`.", 1)[0]
    lists["main.ranked_leads"] = re.split(r",\s+", paragraph)
    return lists


def test_the_warehouse_columns_the_readme_names_are_those_of_the_warehouse(built_demo) -> None:
    """A column the README names exists; the contracts you query (`ranked_leads`,
    `postings`) and the run log name every column they have."""
    from warehouse.db import connect

    con = connect(built_demo / "leads.duckdb", read_only=True)
    try:
        rows = con.execute(
            "select table_schema || '.' || table_name, column_name from information_schema.columns"
        ).fetchall()
    finally:
        con.close()
    real: dict[str, list[str]] = {}
    for name, column in rows:
        real.setdefault(name, []).append(column)
    documented = _documented_columns()
    assert {"state.runs", "state.source_runs", "main.postings"} <= set(documented)
    unknown = {name: sorted(set(cols) - set(real[name])) for name, cols in documented.items()}
    assert {name: cols for name, cols in unknown.items() if cols} == {}
    complete = ["main.ranked_leads", "main.postings", "state.runs", "state.source_runs"]
    missing = {name: sorted(set(real[name]) - set(documented[name])) for name in complete}
    assert {name: cols for name, cols in missing.items() if cols} == {}


@pytest.mark.parametrize("name", ["", *sorted(_commands())])
def test_help_shows_the_config_tables_it_names(name: str) -> None:
    """Rich reads `[schedule]` as a markup tag and drops it unless it is escaped."""
    if name:
        help_text = getattr(_commands()[name], "help", None) or ""
    else:  # the list of commands shows each one's summary
        help_text = " ".join(lazy.summary for lazy in COMMANDS.values())
    result = CliRunner().invoke(app, [*name.split(), "--help"], env={"COLUMNS": "250"})
    shown = " ".join(result.output.split())
    for table in re.findall(r"\[[a-z][\w.*]*\]", help_text):
        assert table in shown and f"\\{table}" not in shown, (name, table)
