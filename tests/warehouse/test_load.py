from datetime import UTC, datetime

import pytest

from extractors._contract import Page, Posting
from extractors._runner import ParsedPosting, SourceResult
from warehouse import db, load


@pytest.fixture
def con(tmp_path):
    connection = db.connect(tmp_path / "w.duckdb")
    yield connection
    connection.close()


def page(scope="board", body=b"[]", etag='"v1"', not_modified=False):
    return Page("demo", f"http://h/{scope}", 304 if not_modified else 200,
                {"etag": etag}, body, datetime.now(UTC), not_modified, scope)  # fmt: skip


def result(postings, pages=None, status="ok"):
    pages = pages or [page()]
    return SourceResult(
        "demo", status=status, pages=pages,
        postings=[ParsedPosting(p, pages[0].content_hash, pages[0].scope) for p in postings],
    )  # fmt: skip


def posting(source_id, title="Data engineer", **kw):
    return Posting("demo", source_id, f"http://h/{source_id}", title=title, text="t", **kw)


def run(con, run_id, res, windowed=False):
    load.start_run(con, run_id, "leads.toml")
    counts = load.store_result(con, run_id, res, windowed=windowed)
    load.finish_run(con, run_id)
    return counts


def test_a_second_identical_run_adds_nothing(con):
    first = run(con, "r1", result([posting("1"), posting("2")]))
    second = run(con, "r2", result([posting("1"), posting("2")]))
    assert (first.new, first.updated) == (2, 0)
    assert (second.new, second.updated, second.closed) == (0, 0, 0)
    assert con.execute("select count(*) from state.postings").fetchone() == (2,)
    assert con.execute("select count(*) from state.bodies").fetchone() == (1,)
    assert con.execute("select count(*) from state.responses").fetchone() == (2,)


def test_an_edited_posting_updates_and_keeps_first_seen(con):
    run(con, "r1", result([posting("1")]))
    counts = run(con, "r2", result([posting("1", title="Senior data engineer")]))
    assert counts.updated == 1
    title, first_run, last_run, edited = con.execute(
        "select title, first_run_id, last_run_id, updated_at > first_seen from state.postings"
    ).fetchone()
    assert (title, first_run, last_run, edited) == ("Senior data engineer", "r1", "r2", True)


def test_new_and_stored_postings_in_one_batch_are_stored_in_its_order(con):
    """New postings are appended apart from the stored ones, in the batch's order (the
    build reads postings in storage order), beside the edit of one stored between them."""
    run(con, "r1", result([posting("5"), posting("3")]))
    batch = [posting("9"), posting("3", title="Senior data engineer"), posting("1"), posting("7")]
    counts = run(con, "r2", result(batch))
    assert (counts.new, counts.updated) == (3, 1)
    stored = dict(con.execute("select source_id, title from state.postings").fetchall())
    assert stored["3"] == "Senior data engineer" and len(stored) == 5
    new = "select source_id from state.postings where first_run_id = 'r2' order by rowid"
    assert [source_id for (source_id,) in con.execute(new).fetchall()] == ["9", "1", "7"]


def test_a_copy_without_a_description_keeps_the_stored_one(con):
    described = Posting("demo", "1", "http://h/1", title="Data engineer", text="Build dbt.")
    run(con, "r1", result([described]))
    listed = Posting("demo", "1", "http://h/1", title="Data engineer", text="")
    counts = run(con, "r2", result([listed]))
    row = con.execute("select text, last_run_id, updated_at = first_seen from state.postings")
    assert counts.updated == 0  # seen again, no edit
    assert row.fetchone() == ("Build dbt.", "r2", True)
    edited = Posting("demo", "1", "http://h/1", title="Data engineer", text="Build dbt, now.")
    assert run(con, "r3", result([edited])).updated == 1  # a new description is an edit


def test_a_posting_gone_from_a_fetched_scope_is_closed_not_deleted(con):
    run(con, "r1", result([posting("1"), posting("2")]))
    counts = run(con, "r2", result([posting("1")]))
    assert counts.closed == 1
    rows = con.execute(
        "select source_id, closed_at is not null from state.postings order by 1"
    ).fetchall()
    assert rows == [("1", False), ("2", True)]
    reopened = run(con, "r3", result([posting("1"), posting("2")]))
    assert (reopened.new, reopened.updated, reopened.closed, reopened.reopened) == (0, 0, 0, 1)
    assert con.execute(
        "select count(*) from state.postings where closed_at is not null"
    ).fetchone() == (0,)
    assert con.execute(
        "select run_id, reopened from state.source_runs order by run_id"
    ).fetchall() == [("r1", 0), ("r2", 0), ("r3", 1)]
    assert run(con, "r4", result([posting("1"), posting("2")])).reopened == 0  # once


def test_an_edited_posting_that_reopens_counts_as_both(con):
    run(con, "r1", result([posting("1"), posting("2")]))
    run(con, "r2", result([posting("1")]))
    counts = run(con, "r3", result([posting("1"), posting("2", title="Lead data engineer")]))
    assert (counts.updated, counts.reopened) == (1, 1)


def test_windowed_feeds_and_unfetched_scopes_close_nothing(con):
    run(con, "r1", result([posting("1"), posting("2")]))
    assert run(con, "r2", result([posting("1")]), windowed=True).closed == 0
    other = result([posting("3")], pages=[page(scope="other-board")])
    assert run(con, "r3", other).closed == 0


def test_a_moving_window_closes_only_what_its_source_says_is_over(con):
    """A post that aged out of the newest N is not known to be gone: it stays open. One
    the listing itself shows removed (Reddit) or expired (WWR) is closed, window or not,
    and reopens, counted, if it is listed again."""
    run(con, "r1", result([posting("1"), posting("2"), posting("3")]), windowed=True)
    window = result([posting("3")])  # 1 aged out of the window; 2 shown removed
    window.ended.add("2")
    counts = run(con, "r2", window, windowed=True)
    assert counts.closed == 1
    assert con.execute(
        "select source_id from state.postings where closed_at is not null"
    ).fetchall() == [("2",)]
    assert run(con, "r3", result([posting("2")]), windowed=True).reopened == 1


def test_a_failed_unit_keeps_its_scope_open(con):
    run(con, "r1", result([posting("1"), posting("2")]))
    partial = result([posting("1")], status="partial")
    partial.incomplete_scopes.add("board")
    assert run(con, "r2", partial).closed == 0


def test_duplicates_inside_one_batch_keep_the_first(con):
    counts = run(con, "r1", result([posting("1", title="first"), posting("1", title="second")]))
    assert (counts.fetched, counts.new) == (1, 1)  # a posting's copies (its own page and a
    # listing's line, as SmartRecruiters gives) are one posting fetched
    assert con.execute("select title from state.postings").fetchone() == ("first",)


def test_cache_serves_the_last_validators_and_body(con):
    run(con, "r1", result([], pages=[page(body=b'{"a": 1}', etag='"v1"')]))
    run(con, "r2", result([], pages=[page(body=b'{"a": 2}', etag='"v2"')]))
    cache = load.cache_for(con, "demo")
    assert cache["http://h/board"].etag == '"v2"'
    assert cache["http://h/board"].body == b'{"a": 2}'


def test_source_runs_and_run_status_are_recorded(con):
    load.start_run(con, "r1", "leads.toml")
    load.store_result(con, "r1", result([posting("1")]), windowed=False)
    dead = SourceResult("dead", status="failed", errors=["board: HTTP 404"],
                        stats={"failed/units": 1})  # fmt: skip
    load.store_result(con, "r1", dead, windowed=False)
    assert load.finish_run(con, "r1") == "partial"
    rows = con.execute(
        "select source, status, new, failed, error from source_runs order by source"
    ).fetchall()
    assert rows == [("dead", "failed", 0, 1, "board: HTTP 404"), ("demo", "ok", 1, 0, None)]


@pytest.mark.parametrize(
    ("statuses", "expected"),
    [
        (("ok", "ok"), "ok"),
        (("ok", "partial"), "partial"),
        (("failed", "ok"), "partial"),
        (("failed", "failed"), "failed"),
    ],
    ids=["all ok is ok", "a lost board is partial", "a dead source is partial", "all dead fails"],
)
def test_a_run_is_as_good_as_its_sources(con, statuses, expected):
    load.start_run(con, "r1", "leads.toml")
    for i, status in enumerate(statuses):
        result = SourceResult(f"s{i}", status=status)
        load.store_result(con, "r1", result, windowed=True)
    assert load.finish_run(con, "r1") == expected


@pytest.mark.parametrize(
    "expires_at",
    ["2026-03-01T10:00:00+00:00", "Sun, 01 Mar 2026 10:00:00 +0000"],  # Himalayas', WWR's
)
def test_a_job_past_the_expiry_its_source_stated_closes_though_no_listing_says_so(
    con, monkeypatch, expires_at
):
    """A job that left a moving window before it expired is over once the expiry passes;
    a later expiry, none, one that cannot be read, or the job still listed keeps it open."""
    jobs = [
        posting("1", extra={"expires_at": expires_at}),
        posting("2", extra={"expires_at": "2026-05-01T10:00:00+00:00"}),
        posting("3", extra={"expires_at": "soon"}),
        posting("4"),
        posting("5", extra={"expires_at": expires_at}),
    ]
    monkeypatch.setenv("LEADS_NOW", "2026-02-20T09:00:00+00:00")
    assert run(con, "r1", result(jobs), windowed=True).closed == 0
    monkeypatch.setenv("LEADS_NOW", "2026-03-02T09:00:00+00:00")
    assert run(con, "r2", result([jobs[-1]]), windowed=True).closed == 1
    assert con.execute(
        "select source_id from state.postings where closed_at is not null"
    ).fetchall() == [("1",)]


def test_counts_read_as_words_in_the_progress_and_the_flow_log() -> None:
    assert str(load.LoadCounts(fetched=8, new=8, updated=0, closed=0)) == "8 fetched, 8 new"
    assert str(load.LoadCounts(0, 0, 0, 0, unchanged=22)) == "0 fetched, 22 unchanged, 0 new"
    moved = load.LoadCounts(fetched=5, new=1, updated=2, closed=1, reopened=1)
    assert str(moved) == "5 fetched, 1 new, 2 updated, 1 closed, 1 reopened"
