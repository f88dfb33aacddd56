"""The loop's one clock (`warehouse.clock`, `LEADS_NOW`): runs, the build's freshness,
follow-ups due and a digest's new leads all count from it, not from the wall clock."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from typer.testing import CliRunner

from extractors._contract import Page, Posting
from extractors._errors import ConfigError
from extractors._runner import ParsedPosting, SourceResult
from flows.config import ScheduleSettings, load_config
from leads.__main__ import app
from warehouse import build, clock, load
from warehouse.db import connect
from warehouse.digest import pending
from warehouse.ranking.profile import Profile, RankingSettings
from warehouse.verdicts import mark_leads

runner = CliRunner()
DAY1 = datetime(2031, 3, 3, 8, 0, tzinfo=UTC)  # years from the wall clock either way
TEXT = "A six-month freelance contract for a Python data engineer on dbt. " * 8


def _posting(source_id: str, title: str) -> Posting:
    return Posting(
        "greenhouse", source_id, f"https://b.example/{source_id}", title=title,
        company="Fernhill", text=TEXT, posted_at=DAY1 - timedelta(days=3),
    )  # fmt: skip


def _run(con, monkeypatch: pytest.MonkeyPatch, day: int, *postings: Posting) -> None:  # type: ignore[no-untyped-def]
    """A run and its build on day `day` (1: DAY1), as of 08:00 UTC that day."""
    monkeypatch.setenv(clock.ENV_VAR, (DAY1 + timedelta(days=day - 1)).isoformat())
    run_id = f"day{day}"
    load.start_run(con, run_id, "leads.toml")
    page = Page("greenhouse", "https://b.example/board", 200, {}, run_id.encode(), DAY1,
                scope="board")  # fmt: skip
    parsed = [ParsedPosting(p, page.content_hash, "board") for p in postings]
    result = SourceResult("greenhouse", pages=[page], postings=parsed)
    load.store_result(con, run_id, result, windowed=False)
    build.build(con, Profile(skills=("python", "dbt")), RankingSettings())
    load.finish_run(con, run_id)


def _freshness(con, title: str) -> tuple[float, str]:  # type: ignore[no-untyped-def]
    row = con.execute(
        "select s.value, s.reason from lead_signals as s join ranked_leads using (lead_id) "
        "where s.signal = 'freshness' and title = ?",
        [title],
    ).fetchone()
    assert row is not None
    return row


def test_a_week_runs_as_of_leads_now(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    con = connect(tmp_path / "w.duckdb")
    first = _posting("1", "Freelance Data Engineer")
    _run(con, monkeypatch, 1, first)
    assert con.execute("select started_at, finished_at from state.runs").fetchone() == (
        DAY1, DAY1,
    )  # fmt: skip
    assert con.execute("select first_seen from state.postings").fetchone() == (DAY1,)
    assert _freshness(con, "Freelance Data Engineer") == (
        pytest.approx(0.5 ** (3 / 14)), "posted 3 d ago",
    )  # fmt: skip
    (lead,) = con.execute("select lead_id from ranked_leads").fetchone() or ()
    mark_leads(con, [lead], "applied", follow_up=date(2031, 3, 5))
    assert con.execute("select marked_at from state.verdicts").fetchone() == (DAY1,)
    assert pending(con, "email", clock.today(UTC)).follow_ups == []

    second = _posting("2", "Contract Analytics Engineer")
    _run(con, monkeypatch, 3, first, second)  # two days on: the follow-up has come
    assert _freshness(con, "Freelance Data Engineer")[1] == "posted 5 d ago"
    new = dict(con.execute("select title, is_new from ranked_leads").fetchall())
    assert new == {"Freelance Data Engineer": False, "Contract Analytics Engineer": True}
    assert ScheduleSettings().today() == date(2031, 3, 5)
    digest = pending(con, "email", clock.today(UTC))
    assert [f.lead_id for f in digest.follow_ups] == [lead]

    _run(con, monkeypatch, 4, second)  # the first is gone from the board
    assert con.execute("select closed_at from state.postings where source_id = '1'").fetchone() == (
        DAY1 + timedelta(days=3),
    )  # fmt: skip
    con.close()


def test_mark_and_due_read_the_same_clock(demo_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    config = str(demo_dir / "leads.toml")
    with connect(load_config(config).warehouse_path, read_only=True) as con:
        (lead,) = con.execute("select lead_id from ranked_leads where rank = 1").fetchone() or ()
    monkeypatch.setenv(clock.ENV_VAR, "2031-03-03T08:00:00+00:00")
    marked = runner.invoke(app, ["mark", lead, "applied", "--follow-up", "+2d", "-c", config])
    assert marked.exit_code == 0 and "follow up 2031-03-05" in marked.output, marked.output
    due = runner.invoke(app, ["due", "--within", "1", "--config", config])
    assert "no follow-ups due by 2031-03-04" in due.output
    monkeypatch.setenv(clock.ENV_VAR, "2031-03-05")
    assert lead in runner.invoke(app, ["due", "--config", config]).output
    monkeypatch.setenv(clock.ENV_VAR, "next tuesday")
    refused = runner.invoke(app, ["due", "--config", config])
    assert refused.exit_code == 2 and "LEADS_NOW: 'next tuesday'" in refused.output


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2031-03-03", DAY1 - timedelta(hours=8)),
        ("2031-03-03T09:00:00+01:00", DAY1),
        ("2031-03-03T08:00", DAY1),
    ],
)
def test_leads_now_takes_iso_times_naive_as_utc(
    monkeypatch: pytest.MonkeyPatch, value: str, expected: datetime
) -> None:
    monkeypatch.setenv(clock.ENV_VAR, value)
    assert clock.now() == expected and clock.now().tzinfo == UTC


def test_an_unreadable_leads_now_is_a_config_error(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(clock.ENV_VAR, "next tuesday")
    with pytest.raises(ConfigError, match="LEADS_NOW: 'next tuesday'"):
        clock.now()


def test_without_leads_now_the_clock_is_the_wall_clock(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(clock.ENV_VAR, raising=False)
    assert abs(clock.now() - datetime.now(UTC)) < timedelta(seconds=5)


def test_sql_reads_the_loops_clock_and_the_machines_without_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "w.duckdb"
    connect(path).close()
    clocks = "select now(), current_timestamp, current_date, today(), localtimestamp"
    late = datetime(2031, 3, 3, 23, 30, tzinfo=UTC)  # already the 4th in Berlin
    monkeypatch.setenv(clock.ENV_VAR, "2031-03-03T23:30:00+00:00")
    for sandbox in (False, True):
        con = connect(path, sandbox=sandbox)
        if not sandbox:
            con.execute("create view main.aged as select current_date - date '2031-03-01' as days")
        (zone,) = con.execute("select current_setting('TimeZone')").fetchone() or ("UTC",)
        local = late.astimezone(ZoneInfo(zone))  # as DuckDB's own: in the session's zone
        assert con.execute(clocks).fetchone() == (
            late,
            late,
            local.date(),
            local.date(),
            local.replace(tzinfo=None),
        )
        assert con.execute("select days from main.aged").fetchone() == (
            (local.date() - date(2031, 3, 1)).days,
        )
        con.close()
    con = connect(path, read_only=True)
    con.execute("set timezone = 'Europe/Berlin'")
    assert con.execute("select current_date").fetchone() == (date(2031, 3, 4),)
    con.close()
    monkeypatch.delenv(clock.ENV_VAR)
    con = connect(path, read_only=True)
    (now,) = con.execute("select now()").fetchone() or (None,)
    assert abs(now - datetime.now(UTC)) < timedelta(hours=1)  # the machine's, not pinned
    con.close()
