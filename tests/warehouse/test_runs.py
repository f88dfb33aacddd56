"""Runs across crashes: an open run is closed as abandoned at the next start, its leads
still count as new, and a warehouse whose first run died has marts to read."""

from __future__ import annotations

from datetime import UTC, datetime

from extractors._contract import Page, Posting
from extractors._runner import ParsedPosting, SourceResult
from warehouse import build, db, load
from warehouse.ranking.profile import Profile, RankingSettings


def _store(con, run_id: str, title: str) -> None:
    page = Page("demo", f"http://h/{title}", 200, {}, title.encode(), datetime.now(UTC))
    posting = Posting("demo", title, f"http://h/{title}", title=title, company=f"{title} Ltd")
    result = SourceResult("demo", pages=[page],
                          postings=[ParsedPosting(posting, page.content_hash, "")])  # fmt: skip
    load.store_result(con, run_id, result, windowed=True)


def _build(con) -> None:
    build.build(con, Profile(skills=("python",)), RankingSettings())


def test_a_crashed_run_is_abandoned_and_its_leads_count_as_new(tmp_path) -> None:
    con = db.connect(tmp_path / "w.duckdb")
    load.start_run(con, "first", "leads.toml")
    _store(con, "first", "Analyst")
    _build(con)
    load.finish_run(con, "first")
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


def test_a_new_warehouse_has_empty_marts_to_read(tmp_path) -> None:
    db.connect(tmp_path / "w.duckdb").close()
    con = db.connect(tmp_path / "w.duckdb", read_only=True)
    assert con.execute("select count(*) from ranked_leads").fetchone() == (0,)
    assert con.execute("select count(*) from network_people").fetchone() == (0,)
    con.close()
