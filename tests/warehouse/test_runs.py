"""Runs across crashes: an open run is closed as abandoned at the next start, its leads
still count as new, and a warehouse whose first run died has marts to read. A network
import that stores postings records a run too, but does not end the last run's news."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path
from zoneinfo import ZoneInfo

from extractors._contract import Page, Posting
from extractors._runner import ParsedPosting, SourceResult
from warehouse import build, db, digest, load
from warehouse.network.store import import_network
from warehouse.ranking.profile import Profile, RankingSettings


def _store(con, run_id: str, title: str) -> None:
    page = Page("demo", f"http://h/{title}", 200, {}, title.encode(), datetime.now(UTC))
    posting = Posting("demo", title, f"http://h/{title}", title=title, company=f"{title} Ltd")
    result = SourceResult("demo", pages=[page],
                          postings=[ParsedPosting(posting, page.content_hash, "")])  # fmt: skip
    load.store_result(con, run_id, result, windowed=True)


def _build(con) -> None:
    build.build(con, Profile(skills=("python",)), RankingSettings())


def _whole_run(con, run_id: str, title: str) -> None:
    """A run that stores one posting, builds and finishes."""
    load.start_run(con, run_id, "leads.toml")
    _store(con, run_id, title)
    _build(con)
    load.finish_run(con, run_id)


DEMO_EXPORT = Path(__file__).parents[2] / "leads" / "demo" / "network"  # with LinkedIn's Jobs/


def test_a_crashed_run_is_abandoned_and_its_leads_count_as_new(tmp_path) -> None:
    con = db.connect(tmp_path / "w.duckdb")
    _whole_run(con, "first", "Analyst")
    load.start_run(con, "crashed", "leads.toml")
    _store(con, "crashed", "Engineer")  # killed here: no build, no finish
    assert load.start_run(con, "third", "leads.toml") == 1
    _store(con, "third", "Designer")
    _build(con)
    load.finish_run(con, "third")
    new = dict(con.execute("select title, is_new from ranked_leads").fetchall())
    assert new == {"Analyst": False, "Engineer": True, "Designer": True}
    status = dict(con.execute("select run_id, status from runs").fetchall())
    assert status == {"first": "ok", "crashed": "abandoned", "third": "ok"}
    con.close()


def test_a_run_where_every_source_failed_keeps_the_last_runs_leads_new(tmp_path) -> None:
    con = db.connect(tmp_path / "w.duckdb")
    _whole_run(con, "first", "Analyst")
    _whole_run(con, "second", "Engineer")
    load.start_run(con, "offline", "leads.toml")
    failed = SourceResult("demo", status="failed", errors=["connection refused"])
    load.store_result(con, "offline", failed, windowed=True)
    _build(con)
    assert load.finish_run(con, "offline") == "failed"
    new = dict(con.execute("select title, is_new from ranked_leads").fetchall())
    assert new == {"Analyst": False, "Engineer": True}  # nothing came in to end its news
    con.close()


def test_a_new_warehouse_has_empty_marts_to_read(tmp_path) -> None:
    db.connect(tmp_path / "w.duckdb").close()
    con = db.connect(tmp_path / "w.duckdb", read_only=True)
    assert con.execute("select count(*) from ranked_leads").fetchone() == (0,)
    assert con.execute("select count(*) from network_people").fetchone() == (0,)
    con.close()


def test_a_network_import_after_a_run_keeps_that_runs_leads_new(tmp_path) -> None:
    con = db.connect(tmp_path / "w.duckdb")
    _whole_run(con, "first", "Python Developer")
    for _ in range(2):  # importing the same export again changes nothing either
        import_network(con, [str(DEMO_EXPORT)])  # saved jobs: a run of its own
        _build(con)
    assert con.execute("select count(*) from runs").fetchone() == (3,)
    new = dict(con.execute("select title, is_new from ranked_leads").fetchall())
    assert new["Python Developer"] is True
    assert all(new.values()), new  # the saved jobs are new as well
    pending = digest.pending(con, "email", datetime.now(UTC).date())
    assert "Python Developer" in [lead.title for lead in pending.leads]
    con.close()


def test_the_report_counts_new_leads_from_the_last_run_not_an_import(tmp_path) -> None:
    from leads.report import render_report

    con = db.connect(tmp_path / "w.duckdb")
    _whole_run(con, "first", "Python Developer")
    con.execute("update state.runs set started_at = timestamptz '2026-11-30 07:00:00+00'")
    import_network(con, [str(DEMO_EXPORT)])
    _build(con)
    page = " ".join(render_report(con, datetime.now(UTC)).split())
    # the import is no run: every lead is new until a second fetch
    assert "new (every lead is new until a second run)" in page
    con.execute("update state.runs set finished_at = timestamptz '2026-11-30 07:05:00+00' "
                "where run_id = 'first'")  # fmt: skip
    _whole_run(con, "second", "Data Engineer")
    con.execute("update state.runs set started_at = timestamptz '2026-11-30 09:00:00+00' "
                "where run_id = 'second'")  # fmt: skip
    page = " ".join(render_report(con, datetime.now(UTC)).split())
    written = datetime(2026, 12, 1, 23, 30, tzinfo=UTC)
    berlin = " ".join(render_report(con, written, zone=ZoneInfo("Europe/Berlin")).split())
    (posted,) = con.execute("select posted_at from ranked_leads where in_ranking").fetchone()
    far_east = ZoneInfo("Pacific/Kiritimati")  # UTC+14: most times are the next day there
    kiritimati = render_report(con, written, zone=far_east)
    con.close()
    assert "new since 2026-11-30 09:00 UTC (the start of the last run, or of a" in page
    # in [schedule] timezone, as `leads show` and `leads due` say: a day later in Berlin
    assert "new since 2026-11-30 10:00 CET" in berlin and "written 2026-12-02 00:30 CET" in berlin
    assert f'<td class="date posted">{posted.astimezone(far_east):%Y-%m-%d}</td>' in kiritimati


def test_a_replayed_day_counts_only_its_own_run_new(tmp_path, monkeypatch) -> None:
    """Under a standing clock a run starts, first sees its postings and ends at one
    instant: the day before's leads are not new the next morning, in the report and in
    the first digest of a channel set up that day."""
    con = db.connect(tmp_path / "w.duckdb")
    monkeypatch.setenv("LEADS_NOW", "2026-12-07T07:00:00+01:00")
    _whole_run(con, "monday", "Python Analyst")
    monkeypatch.setenv("LEADS_NOW", "2026-12-08T08:00:00+01:00")
    _whole_run(con, "tuesday", "Python Engineer")
    new = dict(con.execute("select title, is_new from ranked_leads").fetchall())
    assert new == {"Python Analyst": False, "Python Engineer": True}
    pending = digest.pending(con, "email", datetime(2026, 12, 8, tzinfo=UTC).date())
    assert [lead.title for lead in pending.leads] == ["Python Engineer"]
    assert pending.earlier == 1  # Monday's lead waits in `leads top`, and the digest says so
    monkeypatch.setenv("LEADS_NOW", "2026-12-09T08:00:00+01:00")
    _whole_run(con, "wednesday", "Python Designer")
    new = dict(con.execute("select title, is_new from ranked_leads").fetchall())
    assert new == {"Python Analyst": False, "Python Engineer": False, "Python Designer": True}
    con.close()
