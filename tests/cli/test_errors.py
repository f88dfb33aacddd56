"""Every usage, config and environment error is one line on stderr and exit code 2 (a
config with several problems: one line each)."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from leads.__main__ import app
from warehouse.db import connect

runner = CliRunner()


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    (tmp_path / "leads.toml").write_text("[profile]\nskills = ['python']\n", encoding="utf-8")
    connect(tmp_path / "leads.duckdb").close()  # a warehouse whose run never built
    (tmp_path / "afile").write_text("x", encoding="utf-8")
    (tmp_path / "bad_cron.toml").write_text("[schedule]\ncron = '61 * * * *'\n", encoding="utf-8")
    (tmp_path / "bad_tz.toml").write_text("[schedule]\ntimezone = 'Mars/Base'\n", encoding="utf-8")
    return tmp_path


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["export", "--csv", "{d}/no/such/dir/x.csv", "-c", "{d}/leads.toml"], "no such folder"),
        (["top", "-n", "-1", "-c", "{d}/leads.toml"], "at least 1"),
        (["sql", "", "-c", "{d}/leads.toml"], "no statement"),
        (["sql", "select * from nowhere", "-c", "{d}/leads.toml"], "query failed"),
        (["sql", "select titel from ranked_leads", "-c", "{d}/leads.toml"],
         'Candidate bindings: "title"'),
        (["sql", "select * from ranked_lead", "-c", "{d}/leads.toml"],
         'Did you mean "ranked_leads"?'),
        (["sql", "SELECT title\nFROM ranked_leads\nWHER rank < 3", "-c", "{d}/leads.toml"],
         'near "rank" (line 3, column 6)'),
        (["sql", "SELECT title,\n  titel\nFROM ranked_leads", "-c", "{d}/leads.toml"],
         '"is_new" (line 2, column 3)'),
        (["init", "{d}/afile"], "is a file"),
        (["init", "{d}/x.toml"], "give a folder"),
        (["init", "/proc/warmleads-test"], "cannot write"),
        (["serve", "-c", "{d}/bad_cron.toml"], "schedule.cron"),
        (["serve", "-c", "{d}/bad_tz.toml"], "schedule.timezone"),
        (["run", "-c", "{d}/leads.toml"], "no [sources.*] table"),
        (["-c", "{d}/leads.toml", "init", "{d}/new"], "`leads init` reads no config"),
        (["--config", "{d}/leads.toml", "demo", "--dir", "{d}/demo"], "`leads demo` reads no"),
        (["-c", "{d}/leads.toml", "check", "-"], "`leads check` reads no config"),
    ],
    ids=["export into a missing folder", "top -n -1", "sql ''", "sql on a missing table",
         "sql on a misspelt column", "sql on a misspelt table",
         "sql with a syntax error on line 3", "sql with a misspelt column on line 2",
         "init onto a file", "init x.toml", "init where nothing can be written",
         "an invalid cron", "an invalid time zone", "run without sources",
         "-c before init", "--config before demo", "-c before check"],
)  # fmt: skip
def test_one_line_and_exit_2(folder: Path, args: list[str], message: str) -> None:
    result = runner.invoke(app, [a.format(d=folder) for a in args])
    assert result.exit_code == 2, result.output
    assert message in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1, result.stderr
    assert "Traceback" not in result.output


@pytest.mark.parametrize("command", ["run", "serve", "deploy"])
def test_a_prefect_server_that_does_not_answer_is_one_line(
    folder: Path, command: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    from conftest import free_port

    config = folder / "leads.toml"
    config.write_text(
        "[sources.remotive]\nbase_url = 'http://127.0.0.1:9'\n", encoding="utf-8"
    )  # README: `export PREFECT_API_URL=...`, but the server in terminal 1 is not up
    url = f"http://127.0.0.1:{free_port()}/api"
    monkeypatch.setenv("PREFECT_API_URL", url)
    result = runner.invoke(app, [command, "-c", str(config)])
    assert result.exit_code == 2, result.output
    assert f"PREFECT_API_URL={url}: no Prefect server answers" in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1, result.stderr


def test_demo_never_writes_over_your_own_config_and_warehouse(folder: Path) -> None:
    config = (folder / "leads.toml").read_bytes()
    result = runner.invoke(app, ["demo", "--dir", str(folder)])
    assert result.exit_code == 2, result.output
    assert "leads.toml is not the demo's" in result.stderr and "--dir" in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1, result.stderr
    assert (folder / "leads.toml").read_bytes() == config
    assert not (folder / "leads.html").exists()


def test_top_on_a_warehouse_with_no_leads_says_so(folder: Path) -> None:
    result = runner.invoke(app, ["top", "-c", str(folder / "leads.toml")])
    assert (result.exit_code, result.stdout.strip()) == (
        0, "no ranked leads yet: `leads run` fetches and ranks them"
    )  # fmt: skip
    assert not (folder / "x.toml").exists()


@pytest.mark.parametrize(
    ("status", "said"), [("failed", "failed in every source"), ("ok", "found no postings")]
)
def test_top_after_a_run_that_found_nothing_names_that_run(
    folder: Path, status: str, said: str
) -> None:
    with connect(folder / "leads.duckdb") as con:
        con.execute(
            "insert into state.runs (run_id, started_at, status, config_path) values "
            "('r1', '2026-12-04 07:00:00+00', ?, ?), "
            "('r2', '2026-12-04 08:00:00+00', 'ok', 'leads network import')",
            [status, str(folder / "leads.toml")],
        )
    result = runner.invoke(app, ["top", "-c", str(folder / "leads.toml")])
    last = f"the last run (2026-12-04 07:00 UTC) {said}"
    assert (result.exit_code, " ".join(result.stdout.split())) == (
        0, f"no ranked leads yet: {last}; `leads run` tries again"
    )  # fmt: skip


def test_a_reader_refuses_or_waits_while_a_run_writes(folder: Path) -> None:
    import subprocess
    import sys
    import threading

    hold = "import duckdb, sys; c = duckdb.connect(sys.argv[1]); print('held', flush=True); input()"
    config = str(folder / "leads.toml")
    with subprocess.Popen(  # another process holding the write lock, as a run does
        [sys.executable, "-c", hold, str(folder / "leads.duckdb")],
        stdin=subprocess.PIPE, stdout=subprocess.PIPE,
    ) as writer:  # fmt: skip
        assert writer.stdin is not None and writer.stdout is not None
        assert writer.stdout.readline() == b"held\n"
        refused = runner.invoke(app, ["top", "-c", config])
        threading.Timer(1.0, writer.stdin.close).start()  # the "run" ends in a second
        waited = runner.invoke(app, ["top", "--wait", "-c", config])
    said, waiting = (" ".join(result.stderr.split()) for result in (refused, waited))  # unwrapped
    assert refused.exit_code == 2
    assert "a run is writing the warehouse" in said and "--wait" in said
    assert waited.exit_code == 0 and "no ranked leads yet" in waited.stdout
    assert "waiting for it to end (--wait)" in waiting


def test_a_command_pasted_where_there_is_no_warehouse_leaves_none_behind(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)  # the report's `leads mark ...`, pasted in another folder
    monkeypatch.delenv("LEADS_CONFIG", raising=False)
    result = runner.invoke(app, ["mark", "L55d012881a7", "shortlisted"])
    assert result.exit_code == 2, result.output
    assert "no warehouse yet" in result.stderr and "no ./leads.toml here" in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1, result.stderr
    assert list(tmp_path.iterdir()) == []


def test_a_writer_that_may_wait_offers_it_and_one_that_may_not_does_not(folder: Path) -> None:
    import subprocess
    import sys

    hold = "import duckdb, sys; c = duckdb.connect(sys.argv[1]); print('held', flush=True); input()"
    config = str(folder / "leads.toml")
    with subprocess.Popen(  # a run holding the write lock
        [sys.executable, "-c", hold, str(folder / "leads.duckdb")],
        stdin=subprocess.PIPE, stdout=subprocess.PIPE,
    ) as writer:  # fmt: skip
        assert writer.stdin is not None and writer.stdout is not None
        assert writer.stdout.readline() == b"held\n"
        marked = runner.invoke(app, ["mark", "L1", "applied", "-c", config])
        rebuilt = runner.invoke(app, ["rebuild", "-c", config])
        writer.stdin.close()
    assert marked.exit_code == rebuilt.exit_code == 2
    assert "a run is writing the warehouse" in marked.stderr and "--wait" in marked.stderr
    assert "a run is writing the warehouse" in rebuilt.stderr and "--wait" not in rebuilt.stderr


def test_a_mistyped_verdict_shows_a_usage_line_that_reads(folder: Path) -> None:
    """The choices are in the error below it; in the usage line they wrapped mid-word."""
    result = runner.invoke(app, ["mark", "L1", "aplied", "-c", str(folder / "leads.toml")])
    assert result.exit_code == 2
    assert "Usage: leads mark [OPTIONS] {LEAD_ID...} {STATUS}\n" in result.output
    assert "'aplied' is not one of" in result.output
    assert "did you mean 'applied'?" in " ".join(result.output.split())


def test_a_config_with_several_problems_lists_each_on_its_own_line(folder: Path) -> None:
    bad = folder / "bad.toml"
    bad.write_text('[profile]\nremote_only = "yes"\n[run]\nworkerz = 2\n', encoding="utf-8")
    result = runner.invoke(app, ["top", "-c", str(bad)])
    assert result.exit_code == 2, result.output
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 2, result.stderr
    assert "profile.remote_only: expected true or false" in lines[0]
    assert "run.workerz: unknown key: did you mean workers?" in lines[1]
