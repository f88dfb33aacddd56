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

import pytest
import typer.main

from leads.__main__ import COMMANDS, app

# what `leads sql`, `top` and `export` must not load (each costs 20 ms to a second)
HEAVY = (
    "pandas", "numpy", "prefect", "extruct", "bs4", "html5lib", "rapidfuzz", "feedparser",
    "lxml", "requests", "jinja2", "imap_tools",
)  # fmt: skip

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
    assert loaded([*args, *config], HEAVY, tmp_path) == []


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


def test_a_config_imports_only_the_sources_it_names(tmp_path: Path) -> None:
    config = tmp_path / "leads.toml"
    config.write_text('[sources.remotive]\n[sources.jobposting]\npages = ["https://a.example/"]\n')
    code = (
        "import json, sys\nfrom flows.config import load_config\n"
        f"load_config({str(config)!r})\n"
        "print(json.dumps(sorted(m for m in sys.modules if m.split('.')[0] in "
        f"{['extractors', *HEAVY]!r})))"
    )
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, cwd=tmp_path, check=False
    )
    assert done.returncode == 0, done.stderr
    imported = set(json.loads(done.stdout))
    assert {"extractors.remotive", "extractors.jobposting"} <= imported
    assert not imported & {"extractors.greenhouse", "extractors.inbox", "extractors.hackernews"}
    assert not {m.split(".")[0] for m in imported} & set(HEAVY)  # jobposting's extruct waits


def test_an_unknown_source_is_named_with_every_known_one() -> None:
    from extractors import source_names
    from extractors._contract import ConfigError
    from flows.config import parse_config

    with pytest.raises(ConfigError) as raised:
        parse_config({"sources": {"remotiv": {}}})
    assert str(raised.value) == f"sources.remotiv: unknown source (known: {sorted(source_names())})"
    assert {"remotive", "inbox", "greenhouse"} <= set(source_names())
