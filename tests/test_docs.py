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


SQL_EXAMPLES = re.findall(r'leads sql "(.*?)"', README.split("### SQL examples", 1)[1], re.DOTALL)


@pytest.mark.parametrize(
    "query", SQL_EXAMPLES, ids=[f"example {i + 1}" for i, _ in enumerate(SQL_EXAMPLES)]
)
def test_the_readme_sql_examples_run_on_the_demo_warehouse(built_demo, query: str) -> None:
    from warehouse.db import connect

    con = connect(built_demo / "leads.duckdb", read_only=True)
    try:
        con.execute(query).fetchall()
    finally:
        con.close()
    assert len(SQL_EXAMPLES) >= 5


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
