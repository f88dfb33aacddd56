"""What `leads` imports to start: a read command loads no pandas, Prefect or parser
library, `--help` imports no command, and a config imports only the sources it names.

Each check runs in a fresh interpreter, so the test process's own imports do not count;
how long start-up takes is measured by `make bench`, never here.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
import typer.main

from leads.__main__ import COMMANDS, app

# what `leads sql`, `top` and `export` must not load (each costs 20 ms to a second;
# pydantic came with typer 0.29, which built an adapter for every option)
HEAVY = (
    "pandas", "numpy", "prefect", "extruct", "bs4", "html5lib", "rapidfuzz", "feedparser",
    "lxml", "requests", "jinja2", "imap_tools", "pydantic",
)  # fmt: skip
# all of `notify` a config without [notify.*] channels loads: the [notify] table, no
# channel module, no delivery and no sender (smtplib)
NOTIFY_TABLE = ["notify", "notify.settings"]

# run `leads <args>` in this interpreter, then print which of the modules it names loaded
_RUN = """
import json, sys
from leads.__main__ import app
app(sys.argv[2:], standalone_mode=False)
print(json.dumps(sorted(m for m in sys.modules if m.split(".")[0] in json.loads(sys.argv[1]))))
"""


def loaded(args: list[str], watch: tuple[str, ...], cwd: Path) -> list[str]:
    """The modules of the packages `watch` that `leads <args>` has imported when it ends."""
    done = subprocess.run(
        [sys.executable, "-c", _RUN, json.dumps(watch), *args],
        capture_output=True, text=True, cwd=cwd, check=False,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    return list(json.loads(done.stdout.splitlines()[-1]))


@pytest.mark.parametrize(
    "args",
    [
        ["sql", "select count(*) from ranked_leads"],
        ["top", "-n", "3"],
        ["export", "--csv", "x.csv"],
    ],
    ids=["sql", "top", "export"],
)
def test_a_read_command_loads_no_heavy_library(built_demo: Path, tmp_path: Path, args) -> None:
    # the demo's config names every source: each is imported, none of their parsers
    config = ["--config", str(built_demo / "leads.toml")]
    assert loaded([*args, *config], ("notify", "smtplib", *HEAVY), tmp_path) == NOTIFY_TABLE


def test_export_prints_its_line_without_rich(built_demo: Path, tmp_path: Path) -> None:
    # rich.console is a tenth of the export's start: the one line it prints is plain
    args = ["export", "--csv", "x.csv", "--config", str(built_demo / "leads.toml")]
    assert loaded(args, ("rich",), tmp_path) == []


def test_top_prints_its_table_without_rich_emoji_codes(built_demo: Path, tmp_path: Path) -> None:
    # rich's table of emoji codes is a tenth of `leads top`'s own work, and a posting's
    # ":rocket:" prints as written
    args = ["top", "-n", "20", "--config", str(built_demo / "leads.toml")]
    assert "rich._emoji_codes" not in loaded(args, ("rich",), tmp_path)


def test_help_lists_every_command_and_imports_none(tmp_path: Path) -> None:
    done = subprocess.run(
        [sys.executable, "-c", _RUN, json.dumps(["leads", *HEAVY]), "--help"],
        capture_output=True, text=True, cwd=tmp_path, check=False,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout.splitlines()[-1]) == ["leads", "leads.__main__", "leads._lazy"]
    listed = " ".join(done.stdout.split())
    for name, lazy in COMMANDS.items():
        assert f"│ {name} " in done.stdout
        assert " ".join(lazy.summary.split()[:6]) in listed  # the start, before any wrap


@pytest.mark.parametrize("name", sorted(COMMANDS))
def test_the_summary_is_the_first_paragraph_of_the_commands_help(name: str) -> None:
    command = typer.main.get_group(app).commands[name]  # built: its module imported
    first = (command.help or "").split("\n\n")[0]
    assert " ".join(first.split()) == COMMANDS[name].summary


def _commands(group: typer.core.TyperGroup, prefix: str = "") -> dict[str, Any]:
    found: dict[str, Any] = {}
    for name, command in group.commands.items():
        if isinstance(command, typer.core.TyperGroup):
            found |= _commands(command, f"{prefix}{name} ")
        else:
            found[prefix + name] = command
    return found


@pytest.mark.parametrize("name", sorted(_commands(typer.main.get_group(app))))
def test_a_commands_help_reads_whole_lines_at_80_columns(name: str) -> None:
    """Help keeps a docstring's line breaks and wraps past 78 characters too (a plain
    terminal's 80 less its margins): a longer line leaves a word alone on the next."""
    command = _commands(typer.main.get_group(app))[name]
    lines = (command.help or "").splitlines()[1:]  # the summary is one paragraph, wrapped
    assert [line for line in lines if len(line) > 78] == []


def loaded_by_config(text: str, watch: tuple[str, ...], cwd: Path) -> set[str]:
    """The modules of the packages `watch` that loading a config of `text` imports."""
    config = cwd / "leads.toml"
    config.write_text(text)
    code = (
        "import json, sys\nfrom flows.config import load_config\n"
        f"load_config({str(config)!r})\n"
        f"print(json.dumps(sorted(m for m in sys.modules if m.split('.')[0] in {list(watch)!r})))"
    )
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, cwd=cwd, check=False
    )
    assert done.returncode == 0, done.stderr
    return set(json.loads(done.stdout))


def test_a_config_imports_only_the_sources_and_channels_it_names(tmp_path: Path) -> None:
    text = (
        '[sources.remotive]\n[sources.jobposting]\npages = ["https://a.example/"]\n[notify.slack]\n'
    )
    imported = loaded_by_config(text, ("extractors", "notify", "smtplib", *HEAVY), tmp_path)
    assert {"extractors.remotive", "extractors.jobposting", "notify.slack"} <= imported
    assert not imported & {"extractors.greenhouse", "extractors.inbox", "extractors.hackernews"}
    assert not imported & {"notify.email", "notify.deliver", "notify.render", "smtplib"}
    assert not {m.split(".")[0] for m in imported} & set(HEAVY)  # jobposting's extruct waits


def test_a_config_of_no_source_or_channel_builds_no_record(tmp_path: Path) -> None:
    # `[warehouse] path` is all a read command needs: the errors and the engagement names
    # a profile is checked against, not Page and Posting
    text = '[warehouse]\npath = "leads.duckdb"\n[notify]\ncadence = "daily"\n'
    imported = loaded_by_config(text, ("extractors", "notify", "smtplib"), tmp_path)
    # (and the package's pattern cache, which reads its file only once one of ours compiles)
    assert imported == {
        "extractors", "extractors._errors", "extractors._pattern_cache", "extractors._terms",
        *NOTIFY_TABLE,
    }  # fmt: skip


@pytest.mark.parametrize(
    "intro",
    ["", '[intro]\nname = "Sam"\nsignature = "sam.example"\noffer = "Data pipelines."\n'],
    ids=["no-intro", "intro-unworded"],
)
def test_a_config_loads_no_drafting_table_unless_it_names_a_language(
    tmp_path: Path, intro: str
) -> None:
    # the drafts' languages and requests (39 ms) wait for `leads intro`, or for an
    # [intro] language, offer table or contact, which they check
    text = f'[warehouse]\npath = "leads.duckdb"\n{intro}'
    imported = loaded_by_config(text, ("warehouse",), tmp_path)
    assert {m for m in imported if m.startswith("warehouse.intro")} == {"warehouse.intro_settings"}


def test_an_unknown_source_is_named_with_every_known_one() -> None:
    from extractors import source_names
    from extractors._contract import ConfigError
    from flows.config import parse_config

    with pytest.raises(ConfigError) as raised:
        parse_config({"sources": {"remotiv": {}}})
    known = ", ".join(sorted(source_names()))
    assert str(raised.value) == (
        f"sources.remotiv: unknown source: did you mean remotive? (known: {known})"
    )
    assert {"remotive", "inbox", "greenhouse"} <= set(source_names())
