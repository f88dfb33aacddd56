"""Build and re-parse: features are re-read only when stale; raw is parsed again offline."""

from __future__ import annotations

import csv
import json
import os
import shutil
from datetime import UTC, datetime
from pathlib import Path

import duckdb
import pytest

import warehouse.build
import warehouse.db
import warehouse.features
import warehouse.reclustering
import warehouse.steps
from extractors import remotive
from extractors._asks import ask_posting, headline
from extractors._contract import Page, Posting
from extractors._runner import ParsedPosting, SourceResult, parse_into
from warehouse import clock, load
from warehouse.build import BUILD_MEMORY, WIDER_MEMORY, build
from warehouse.db import connect
from warehouse.dedupe_keys import JobIdFinder
from warehouse.features import _READ, COLUMNS, read_rows, refresh_features
from warehouse.ranking.profile import Profile, RankingSettings
from warehouse.reparse import reparse

JOBS = {
    "jobs": [
        {
            "id": 7, "url": "https://remotive.com/remote-jobs/7", "title": "Contract dbt engineer",
            "company_name": "Acme", "job_type": "contract",
            "publication_date": "2026-11-20T10:00:00",
            "candidate_required_location": "Europe", "salary": "$90-110/h",
            "description": "<p>Python and dbt, 6-month contract, remote in Europe.</p>",
        }
    ]
}  # fmt: skip


@pytest.fixture
def con(tmp_path: Path):
    connection = connect(tmp_path / "w.duckdb")
    yield connection
    connection.close()


def _load(con, jobs: list[dict[str, object]] = JOBS["jobs"]) -> None:
    page = Page("remotive", "https://remotive.com/api/remote-jobs", 200, {},
                json.dumps({"jobs": jobs}).encode(), datetime.now(UTC), scope="all")  # fmt: skip
    result = SourceResult("remotive")
    parse_into(remotive, page, result)
    load.start_run(con, "r1", "test")
    load.store_result(con, "r1", result, windowed=False)


def _twenty_postings(path: Path) -> duckdb.DuckDBPyConnection:
    """A warehouse of 20 Remotive postings: four titles and pays, five times each."""
    jobs = [
        {**JOBS["jobs"][0], "id": n, "url": f"https://remotive.com/remote-jobs/{n}",
         "title": title, "salary": pay}
        for n, (title, pay) in enumerate(
            [("Contract dbt engineer", "$90-110/h"), ("Senior Python developer", "€600/day"),
             ("Graphic designer", ""), ("Data Engineer (Remote, US only)", "$150k-$180k")] * 5
        )
    ]  # fmt: skip
    con = connect(path)
    _load(con, jobs)
    return con


def test_features_are_read_again_only_when_stale(con) -> None:
    _load(con)
    profile, settings = Profile(skills=("dbt",)), RankingSettings()
    assert refresh_features(con, profile, settings) == 1
    assert refresh_features(con, profile, settings) == 0
    assert refresh_features(con, Profile(skills=("dbt", "python")), settings) == 1
    con.execute("update state.postings set content_hash = 'edited'")
    assert refresh_features(con, Profile(skills=("dbt", "python")), settings) == 1
    row = con.execute(
        "select engagement, engagement_basis, rate_min, rate_period, remote_scope "
        "from staging.posting_features"
    ).fetchone()
    assert row == ("contract", "stated", 90.0, "hour", "region")


def test_new_key_rules_read_the_stored_keys_again(con, monkeypatch) -> None:
    _load(con)
    profile, settings = Profile(skills=("dbt",)), RankingSettings()
    assert refresh_features(con, profile, settings) == 1
    monkeypatch.setattr("warehouse.features.keys_version", lambda: "other rules")
    assert refresh_features(con, profile, settings) == 1


def test_a_source_declaring_its_postings_anew_reads_them_again(con) -> None:
    _load(con)
    profile, settings = Profile(skills=("dbt",)), RankingSettings()
    build(con, profile, settings)  # fills staging.sources from the modules
    assert refresh_features(con, profile, settings) == 0
    con.execute("update staging.sources set summary = not summary")
    assert refresh_features(con, profile, settings) == 1  # SUMMARY weighs short texts


def test_a_remote_board_s_job_in_a_town_it_never_calls_remote_is_onsite(con) -> None:
    town = {**JOBS["jobs"][0], "candidate_required_location": "Lowmoor",
            "description": "<p>Plumbers wanted: vans and tools provided.</p>"}  # fmt: skip
    _load(con, [town])
    build(con, Profile(skills=("dbt",)), RankingSettings())  # REMOTE_BOARD from the module
    row = con.execute("select remote_scope, remote_basis from staging.posting_features").fetchone()
    assert row == ("onsite", "parsed")


def test_new_matching_rules_cluster_again_without_reading_postings_again(con, monkeypatch) -> None:
    _load(con)
    profile, settings = Profile(skills=("dbt",)), RankingSettings()
    build(con, profile, settings)
    stored = "select input_hash from staging.lead_members"
    (before,) = con.execute(stored).fetchone()
    monkeypatch.setattr("warehouse.steps.dedupe_version", lambda: "other rules")
    assert refresh_features(con, profile, settings) == 0
    build(con, profile, settings)
    assert con.execute(stored).fetchone() != (before,)


@pytest.mark.parametrize("wider_fits", [True, False])
def test_a_build_out_of_its_memory_is_done_again_under_a_wider_bound_then_duckdbs_own(
    con, monkeypatch: pytest.MonkeyPatch, wider_fits: bool
) -> None:
    _load(con)
    (used,) = con.execute("select sum(memory_usage_bytes) from duckdb_memory()").fetchone()
    too_little = f"{used // 1024 + 256}KB"
    monkeypatch.setattr("warehouse.build.BUILD_MEMORY", too_little)
    if not wider_fits:
        monkeypatch.setattr("warehouse.build.WIDER_MEMORY", too_little)
    failed: list[Exception] = []
    original = warehouse.build._in_transaction

    def watched(*args, **kwargs):  # type: ignore[no-untyped-def]
        try:
            return original(*args, **kwargs)
        except duckdb.OutOfMemoryException as error:
            failed.append(error)
            raise

    monkeypatch.setattr("warehouse.build._in_transaction", watched)
    build(con, Profile(skills=("dbt",)), RankingSettings())
    assert len(failed) == (1 if wider_fits else 2), "each bound too small fails once"
    assert con.execute("select title, rank from ranked_leads").fetchall() == [
        ("Contract dbt engineer", 1)
    ]


def test_lead_members_out_of_memory_are_done_again_under_a_wider_bound(
    con, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    """At a million postings the members' rows ran out of the build's memory; cleaning
    up in the aborted transaction then raised its own error, the build failed instead of
    widening its bound. The first reading of the rows here runs under a bound too small."""
    _load(con)
    read_rows = warehouse.reclustering._read_rows
    calls: list[str] = []

    def starved(con, *args, **kwargs):  # type: ignore[no-untyped-def]
        calls.append("read")
        if len(calls) == 1:
            con.execute("set memory_limit = '1KB'")
        return read_rows(con, *args, **kwargs)

    monkeypatch.setattr("warehouse.reclustering._read_rows", starved)
    with caplog.at_level("INFO", logger="warehouse.build"):
        build(con, Profile(skills=("dbt",)), RankingSettings())
    assert len(calls) > 1, "the members were read again"
    assert caplog.messages == [
        f"out of {BUILD_MEMORY} in build step lead_members: done again under {WIDER_MEMORY}"
    ]
    assert con.execute("select title, rank from ranked_leads").fetchall() == [
        ("Contract dbt engineer", 1)
    ]


def test_feature_batches_committed_before_a_failure_are_kept(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A first read of many postings is committed batch by batch, so DuckDB does not hold
    it all in memory, and what was read before a failure is not read again."""
    monkeypatch.setattr("warehouse.features.BATCH", 3)  # 20 postings: seven batches
    con = _twenty_postings(tmp_path / "w.duckdb")
    stored = warehouse.features._store
    calls: list[int] = []

    def failing_third(*args, **kwargs):  # type: ignore[no-untyped-def]
        calls.append(1)
        if len(calls) == 3:
            raise RuntimeError("the machine went away")
        return stored(*args, **kwargs)

    monkeypatch.setattr("warehouse.features._store", failing_third)
    profile = Profile(skills=("dbt",))
    with pytest.raises(RuntimeError):
        build(con, profile, RankingSettings())
    assert con.execute("select count(*) from staging.posting_features").fetchone() == (6,)
    monkeypatch.setattr("warehouse.features._store", stored)
    assert refresh_features(con, profile, RankingSettings(), workers=1) == 14


@pytest.mark.parametrize("step", ["lead_members", "lead_paths"])
def test_the_caches_are_in_the_data_file_before_the_next_steps_read_them(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, step: str
) -> None:
    """DuckDB holds what is appended, and the key indexes changed, in memory until a
    checkpoint, and cannot spill them: a million postings' features left dedupe too
    little of the build's memory, and a re-run's lead members the marts."""
    con = _twenty_postings(tmp_path / "w.duckdb")
    fill = getattr(warehouse.steps, f"fill_{step}")
    wal: list[int] = []

    def measured(build: object) -> None:
        (row,) = con.execute("select wal_size from pragma_database_size()").fetchall()
        number, unit = row[0].split()  # "226 bytes", "130.5 KiB"
        wal.append(int(float(number) * {"bytes": 1, "KiB": 1024, "MiB": 1024**2}[unit]))
        fill(build)

    monkeypatch.setattr(f"warehouse.steps.fill_{step}", measured)
    build(con, Profile(skills=("dbt",)), RankingSettings())
    assert wal and wal[0] < 2048, "only the views created since are in the log"


def test_a_build_goes_on_when_another_connection_holds_a_transaction(tmp_path: Path) -> None:
    """`leads run` holds a second connection for the whole run: a transaction open there
    refuses the build's checkpoint, which is then skipped, not the build."""
    con = _twenty_postings(tmp_path / "w.duckdb")
    other = duckdb.connect(str(tmp_path / "w.duckdb"), config=warehouse.db._CONFIG)
    other.execute("begin transaction")
    other.execute("select count(*) from state.postings").fetchall()
    build(con, Profile(skills=("dbt",)), RankingSettings())
    assert con.execute("select count(*) from marts.ranked_leads").fetchone() == (20,)
    other.execute("rollback")
    other.close()


def test_opening_the_warehouse_leaves_no_transaction_open(tmp_path: Path) -> None:
    _twenty_postings(tmp_path / "w.duckdb").close()
    held = connect(tmp_path / "w.duckdb")  # as `leads run` holds it
    con = connect(tmp_path / "w.duckdb")
    con.execute("create table main.probe as select 1 as x")
    con.execute("checkpoint")  # refused while `held` had a transaction open
    held.close()


def test_reparse_restores_what_raw_says_without_moving_last_seen(con) -> None:
    _load(con)
    before = con.execute("select last_seen from state.postings").fetchone()
    con.execute("update state.postings set title = 'an older parser', content_hash = 'old'")
    results = reparse(con)
    assert results["remotive"].stats["updated"] == 1
    after = con.execute("select title, last_seen from state.postings").fetchone()
    assert after == ("Contract dbt engineer", before[0])


def test_reparse_retitles_asks_stored_under_an_older_title_rule(con) -> None:
    long = (
        "Hi both, we're looking for a freelance data engineer to take over our nightly "
        "Airflow loads for a quarter, ideally someone who has moved a warehouse from "
        "Redshift to Snowflake before"
    )
    asks = [
        ask_posting(sentence=sentence, sender=f"linkedin:{who}", name=who, url=f"https://x.test/{who}",
                    sent_at=datetime(2026, 11, 2, 9, 30, tzinfo=UTC))
        for who, sentence in (("ana", long), ("bo", "Do you know a good Terraform contractor?"))
    ]  # fmt: skip
    frame = load.postings_frame([ParsedPosting(a, "", "") for a in asks], "import", clock.now())
    load.upsert_postings(con, frame)
    # the earlier rule cut at 120 characters, mid-word and without an ellipsis
    con.execute(
        "update state.postings set title = text[:120], content_hash = 'old' where poster = 'ana'"
    )
    stored = con.execute("select first_seen, content_hash from state.postings order by poster")
    (seen, _), (_, short_hash) = stored.fetchall()
    results = reparse(con)
    assert results["network-message"].stats == {"parsed": 2, "updated": 1}
    rows = con.execute("select title, first_seen, content_hash from state.postings order by poster")
    (title, first_seen, new_hash), (short, _, kept_hash) = rows.fetchall()
    assert title == headline(long) and title.endswith("…") and len(title) <= 120
    assert first_seen == seen and new_hash != "old"  # an edit the build reads again
    assert short == "Do you know a good Terraform contractor?" and kept_hash == short_hash
    assert reparse(con)["network-message"].stats == {"parsed": 2}


def test_worker_processes_read_exactly_what_this_process_reads(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A large batch is read on every core; the features must not depend on where, nor
    on how the postings are cut into batches."""
    monkeypatch.setattr("warehouse.features.BATCH", 3)  # 20 postings: seven batches
    tables = []
    for workers in (1, 2):
        con = _twenty_postings(tmp_path / f"w{workers}.duckdb")
        profile = Profile(skills=("dbt", "python"), locations=("EU",))
        count = refresh_features(con, profile, RankingSettings(), workers=workers, parallel_from=1)
        assert count == 20
        tables.append(
            con.execute(
                "select * exclude (settings_hash) from staging.posting_features order by source_id"
            ).fetchall()
        )
        con.close()
    assert tables[0] == tables[1] and len(tables[0]) == 20


@pytest.mark.parametrize(("status", "kept"), [("applied", True), ("new", False)])
def test_a_closed_posting_you_pursue_stays_ranked_and_says_it_closed(
    con, status: str, kept: bool
) -> None:
    from warehouse.verdicts import mark_leads

    profile = Profile(skills=("python", "dbt"))
    _load(con)
    build(con, profile, RankingSettings())
    [(lead_id,)] = con.execute("select lead_id from ranked_leads").fetchall()
    mark_leads(con, [lead_id], status)
    load.start_run(con, "r2", "test")
    assert load.close_missing(con, "remotive", {"all"}, "r2") == 1  # the board dropped it
    build(con, profile, RankingSettings())
    closed, in_ranking, why = con.execute(
        "select is_closed, in_ranking, why from ranked_leads"
    ).fetchone()
    assert closed and in_ranking is kept
    assert ("posting closed; kept as you marked it applied" in why) is kept


def test_an_excluded_keyword_in_a_title_or_text_leaves_its_lead_out(con) -> None:
    from warehouse.ranking.profile import Filters

    jobs = [
        {**JOBS["jobs"][0], "id": 1, "url": "https://remotive.com/remote-jobs/1"},
        {**JOBS["jobs"][0], "id": 2, "url": "https://remotive.com/remote-jobs/2",
         "title": "Unpaid dbt internship", "company_name": "Initech"},
        {**JOBS["jobs"][0], "id": 3, "url": "https://remotive.com/remote-jobs/3",
         "company_name": "Globex", "title": "Analytics engineer (dbt)",
         "description": "<p>dbt and Python. Equity only at first, then a contract.</p>"},
        {**JOBS["jobs"][0], "id": 4, "url": "https://remotive.com/remote-jobs/4",
         "company_name": "Hooli", "title": "Python engineer",
         "description": "<p>Python and dbt; crypto-adjacent? No: payments.</p>"},
    ]  # fmt: skip
    _load(con, jobs)
    filters = Filters(exclude_keywords=("Unpaid", "equity only", "crypto"))
    build(con, Profile(skills=("python", "dbt")), RankingSettings(), filters)
    reasons = dict(con.execute("select company, excluded_reason from ranked_leads").fetchall())
    assert reasons == {
        "Acme": None,
        "Initech": "excluded keyword: unpaid",
        "Globex": "excluded keyword: equity only",
        "Hooli": "excluded keyword: crypto",  # 'crypto-adjacent': a word, then a dash
    }


def test_the_readers_fingerprint_moves_with_a_reader_not_with_the_signals(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """An upgrade that changes how postings are read re-reads them; one that changes only
    how the signals weigh what was read (`signals.py`, SQL over stored features) does not."""
    from importlib import resources

    import warehouse.features as features

    copy = tmp_path / "ranking"
    shutil.copytree(resources.files("warehouse.ranking"), copy)  # type: ignore[arg-type]
    files = resources.files
    monkeypatch.setattr(resources, "files", lambda name: copy if "ranking" in name else files(name))
    version = features.readers_version.__wrapped__
    before = version()
    (copy / "signals.py").write_text("# a new weight\n", encoding="utf-8")
    assert version() == before
    (copy / "remote.py").write_text("# a new rule\n", encoding="utf-8")
    assert version() != before


def test_the_readers_fingerprint_holds_every_shared_table_they_import() -> None:
    """The extractors' modules the readers and dedupe import, and what those
    import, are in the fingerprint: a town added to `extractors._places` re-reads the
    stored postings as a change to a reader does. The pattern cache holds no rule."""
    import ast

    import warehouse.features as features

    root = Path(features.__file__).parents[1]
    todo = [*root.glob("warehouse/ranking/*.py"), *root.glob("warehouse/dedupe*.py")]
    imported: set[str] = set()
    while todo:
        for node in ast.walk(ast.parse(todo.pop().read_text(encoding="utf-8"))):
            module = (node.module or "") if isinstance(node, ast.ImportFrom) else ""
            name = module.removeprefix("extractors.")
            if (
                name.startswith("_")
                and name != module
                and name not in imported | {"_pattern_cache"}
            ):
                imported.add(name)
                todo.append(root / "extractors" / f"{name}.py")
    assert imported == set(features.SHARED_RULES)


def _features(con: duckdb.DuckDBPyConnection) -> list[tuple[object, ...]]:
    return con.execute(
        "select * exclude (settings_hash) from staging.posting_features order by source_id"
    ).fetchall()


def test_a_fork_reads_half_a_batch_exactly_as_this_process_does(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Too few postings for worker processes: half of each batch is read by a fork of
    this process, with the same answers, and only when more than one core may read."""
    monkeypatch.setattr("warehouse.features.FORK_FROM", 2)
    forks = []
    fork = os.fork
    monkeypatch.setattr(os, "fork", lambda: forks.append(1) or fork())
    profile = Profile(skills=("dbt", "python"), locations=("EU",))
    tables = []
    for workers in (1, 2):
        con = _twenty_postings(tmp_path / f"w{workers}.duckdb")
        assert refresh_features(con, profile, RankingSettings(), workers=workers) == 20
        assert len(forks) == workers - 1  # one batch of 20: one fork, none on one core
        tables.append(_features(con))
        con.close()
    assert tables[0] == tables[1] and len(tables[0]) == 20


def test_the_first_postings_are_read_before_the_fork_and_the_rest_split(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The rules and tables the first postings compile are compiled once, before the
    fork, and inherited by its child; the other postings are split between the two."""
    monkeypatch.setattr("warehouse.features.FORK_FROM", 2)
    monkeypatch.setattr("warehouse.features.WARM_UP", 3)
    parent, read, fork = os.getpid(), warehouse.features.read_rows, os.fork
    calls: list[tuple[str, int]] = []

    def counted(rows, *args):
        if os.getpid() == parent:  # the child's are its own process's
            calls.append(("read", len(rows)))
        return read(rows, *args)

    monkeypatch.setattr("warehouse.features.read_rows", counted)
    monkeypatch.setattr(os, "fork", lambda: calls.append(("fork", 0)) or fork())
    con = _twenty_postings(tmp_path / "warm.duckdb")
    assert refresh_features(con, Profile(skills=("dbt",)), RankingSettings(), workers=2) == 20
    assert calls == [("read", 3), ("fork", 0), ("read", 8)]  # the child read the other 9
    assert len(_features(con)) == 20
    con.close()


def test_a_fork_that_fails_leaves_its_half_to_this_process(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("warehouse.features.FORK_FROM", 2)
    profile, parent, read = Profile(skills=("dbt",)), os.getpid(), warehouse.features.read_rows

    def fails_in_a_child(rows, *args):
        if os.getpid() != parent:
            raise RuntimeError("a reader crashed")
        return read(rows, *args)

    con = _twenty_postings(tmp_path / "alone.duckdb")
    refresh_features(con, profile, RankingSettings(), workers=1)
    alone = _features(con)
    con.close()
    monkeypatch.setattr("warehouse.features.read_rows", fails_in_a_child)
    con = _twenty_postings(tmp_path / "failed.duckdb")
    assert refresh_features(con, profile, RankingSettings(), workers=2) == 20
    assert _features(con) == alone
    con.close()


def test_inside_ir35_leaves_a_lead_out_when_the_filter_asks_and_why_names_the_status(
    con, tmp_path: Path
) -> None:
    from warehouse.ranking.profile import Filters

    jobs = [
        {**JOBS["jobs"][0], "id": 1, "url": "https://remotive.com/remote-jobs/1",
         "company_name": "Initech", "title": "Python engineer (contract)",
         "description": "<p>Python and dbt. Outside IR35, 6 month initial contract.</p>"},
        {**JOBS["jobs"][0], "id": 2, "url": "https://remotive.com/remote-jobs/2",
         "company_name": "Globex", "title": "Python engineer (contract)",
         "description": "<p>Python and dbt. IR35 status: Inside. Paid via umbrella.</p>"},
    ]  # fmt: skip
    _load(con, jobs)
    profile = Profile(skills=("python", "dbt"))
    build(con, profile, RankingSettings(), Filters())
    rows = con.execute("select company, ir35, excluded_reason, why from ranked_leads").fetchall()
    assert {company: (ir35, reason) for company, ir35, reason, _ in rows} == {
        "Initech": ("outside", None),
        "Globex": ("inside", None),
    }
    assert all(f", {ir35} IR35" in why for _, ir35, _, why in rows)
    build(con, profile, RankingSettings(), Filters(exclude_inside_ir35=True))
    reasons = dict(con.execute("select company, excluded_reason from ranked_leads").fetchall())
    assert reasons == {"Initech": None, "Globex": "inside IR35"}
    from warehouse.export import export_csv

    export_csv(con, tmp_path / "leads.csv", include_unranked=True)
    with (tmp_path / "leads.csv").open(encoding="utf-8", newline="") as sheet:
        assert {row["company"]: row["ir35"] for row in csv.DictReader(sheet)} == {
            "Initech": "outside",
            "Globex": "inside",
        }


def test_a_community_post_naming_no_company_is_keyed_by_its_poster() -> None:
    """The poster is a company key on a community source only, and one source's alone."""
    post = dict.fromkeys(_READ) | {
        "source": "reddit", "source_id": "t3_k1", "title": "[Hiring] Logo designer",
        "poster": "Pantry_Pete", "text": "Need a logo for a bakery.", "kind": "demand",
    }  # fmt: skip
    rows = [
        (*(post[name] for name in _READ), "hash", provenance, False, False)
        for provenance in ("community", "aggregator")
    ]
    read = read_rows(rows, Profile(), RankingSettings(), JobIdFinder([]))
    keys = [dict(zip(COLUMNS, row, strict=True))["company_keys"] for row in read]
    assert keys == [["@reddit/pantry_pete"], []]


def test_w2_only_leaves_a_lead_out_when_the_filter_asks_and_why_names_the_terms(con) -> None:
    from warehouse.ranking.profile import Filters

    jobs = [
        {**JOBS["jobs"][0], "id": 1, "url": "https://remotive.com/remote-jobs/1",
         "company_name": "Initech", "title": "Data engineer (contract)",
         "description": "<p>Python and dbt. 6 month contract, C2C/1099 OK.</p>"},
        {**JOBS["jobs"][0], "id": 2, "url": "https://remotive.com/remote-jobs/2",
         "company_name": "Globex", "title": "Data engineer (contract)",
         "description": "<p>Python and dbt. 6 month contract, W2 only - no C2C.</p>"},
    ]  # fmt: skip
    _load(con, jobs)
    profile = Profile(skills=("python", "dbt"))
    build(con, profile, RankingSettings(), Filters())
    rows = con.execute("select company, tax_terms, excluded_reason, why from ranked_leads")
    found = {company: (terms, reason, why) for company, terms, reason, why in rows.fetchall()}
    assert {company: terms for company, (terms, _, _) in found.items()} == {
        "Initech": "c2c",
        "Globex": "w2_only",
    }
    assert "C2C ok" in found["Initech"][2] and "W2 only" in found["Globex"][2]
    build(con, profile, RankingSettings(), Filters(exclude_w2_only=True))
    reasons = dict(con.execute("select company, excluded_reason from ranked_leads").fetchall())
    assert reasons == {"Initech": None, "Globex": "W2 only"}


def test_t4_and_payg_only_leave_leads_out_under_the_payroll_filter_or_its_old_name(con) -> None:
    from warehouse.ranking.profile import Filters

    posts = {
        "Initech": "Python and dbt. 6 month contract, T4 or Incorporated.",
        "Globex": "Python and dbt. 9 month contract, T4 only.",
        "Hooli": "Python and dbt. Daily rate contract. PAYG only, no ABN.",
        "Umbrella": "Python and dbt. 6 month contract, W2 only.",
    }
    jobs = [
        {**JOBS["jobs"][0], "id": n, "url": f"https://remotive.com/remote-jobs/{n}",
         "company_name": company, "title": "Data engineer (contract)",
         "description": f"<p>{text}</p>"}
        for n, (company, text) in enumerate(posts.items(), 1)
    ]  # fmt: skip
    _load(con, jobs)
    profile = Profile(skills=("python", "dbt"))
    build(con, profile, RankingSettings(), Filters())
    found = dict(con.execute("select company, why from ranked_leads").fetchall())
    assert "Inc. ok" in found["Initech"] and "T4 only" in found["Globex"]
    assert "PAYG only" in found["Hooli"]
    left_out = {"Initech": None, "Globex": "T4 only", "Hooli": "PAYG only", "Umbrella": "W2 only"}
    for filters in (Filters(exclude_payroll_only=True), Filters(exclude_w2_only=True)):
        build(con, profile, RankingSettings(), filters)
        reasons = dict(con.execute("select company, excluded_reason from ranked_leads").fetchall())
        assert reasons == left_out


def test_one_jobs_alerts_from_two_platforms_are_one_lead_showing_the_boards_copy(con) -> None:
    """A LinkedIn and a Jobberman alert of one job are two boards' copies: one lead, which
    shows the job board's whole text before either alert's card; one platform's two cards
    of a title in one city are two openings."""
    from extractors._contract import Posting

    def alert(source_id: str, url: str, company: str, text: str = "") -> ParsedPosting:
        posting = Posting(
            source="inbox", source_id=source_id, url=url, title="Backend Engineer",
            company=company, location="Lagos, Nigeria", text=text or "New job for you",
        )  # fmt: skip
        return ParsedPosting(posting, "h", "imap:INBOX")

    result = SourceResult("inbox")
    result.postings = [
        alert("linkedin:4012345678",
              "https://www.linkedin.com/jobs/view/4012345678/", "Tolani Ltd"),
        alert("jobberman:backend-engineer-k3q9zt",
              "https://www.jobberman.com/listings/backend-engineer-k3q9zt", "Tolani"),
        alert("jobberman:backend-engineer-w8x7v6",
              "https://www.jobberman.com/listings/backend-engineer-w8x7v6", "Tolani"),
    ]  # fmt: skip
    board = {**JOBS["jobs"][0], "id": 7, "url": "https://remotive.com/remote-jobs/7",
             "title": "Backend Engineer", "company_name": "Tolani",
             "candidate_required_location": "Lagos, Nigeria"}  # fmt: skip
    _load(con, [board])
    load.store_result(con, "r1", result, windowed=True)
    build(con, Profile(skills=("python",)), RankingSettings())
    leads = con.execute(
        "select posting_keys[1], list_sort(posting_keys) from marts.leads order by count_postings"
    ).fetchall()
    assert leads == [
        ("inbox:jobberman:backend-engineer-w8x7v6", ["inbox:jobberman:backend-engineer-w8x7v6"]),
        ("remotive:7", ["inbox:jobberman:backend-engineer-k3q9zt", "inbox:linkedin:4012345678",
                      "remotive:7"]),
    ]  # fmt: skip


def test_a_rate_held_against_its_own_currencys_floor_is_excluded_naming_that_floor(con) -> None:
    """The field `rate_own_floor_said` rides from the reader to the exclusion's reason."""
    from warehouse.ranking.profile import CurrencyFloor, Filters, RateFloor

    jobs = [
        {**JOBS["jobs"][0], "id": 1, "url": "https://remotive.com/remote-jobs/1",
         "company_name": "Initech", "title": "Desenvolvedor Python", "salary": "",
         "description": "<p>Python e Django. Remuneração: R$ 15.000/mês, PJ.</p>"},
        {**JOBS["jobs"][0], "id": 2, "url": "https://remotive.com/remote-jobs/2",
         "company_name": "Globex", "title": "Python developer", "salary": "",
         "description": "<p>Python and Django. Contract, $40/hr.</p>"},
    ]  # fmt: skip
    _load(con, jobs)
    profile = Profile(
        skills=("python",), currency="USD", min_hourly_rate=45.0,
        currency_floors=(CurrencyFloor("BRL", RateFloor(18000.0, "month"), 160.0),),
    )  # fmt: skip
    build(con, profile, RankingSettings(below_floor="exclude"), Filters())
    rows = con.execute(
        "select company, rate_own_floor_said, excluded_reason from marts.leads_scored"
    )
    found = {company: (own, reason) for company, own, reason in rows.fetchall()}
    assert found["Initech"] == (
        "floor 18000/month",
        "below your rate floor (160 h/month; BRL floor 18000/month)",
    )
    assert found["Globex"][0] is None
    assert found["Globex"][1].startswith("below your rate floor: at most")


def _store_hn(con, *postings: Posting) -> None:  # type: ignore[no-untyped-def]
    for posting in postings:
        page = Page("hackernews", f"https://hn.example/{posting.source_id}", 200, {},
                    posting.source_id.encode(), datetime.now(UTC))  # fmt: skip
        parsed = [ParsedPosting(posting, page.content_hash, "")]
        load.store_result(con, "r1", SourceResult("hackernews", pages=[page], postings=parsed),
                          windowed=True)  # fmt: skip


def test_a_reply_linking_the_posting_it_answers_never_leads_the_lead(con) -> None:
    """A comment that links an ad ("Sent an email out, see item?id=...") merges with it
    by its link; newer, it must still not be the lead's shown posting."""
    item = "https://news.ycombinator.com/item?id="
    header = "Ravelin | DevOps Engineer | REMOTE (EU) | Contract"
    ad = Posting("hackernews", "300", f"{item}300", title=header, kind="demand",
                 text=f"{header}\nKubernetes and Terraform on AWS, six months.",
                 posted_at=datetime(2026, 11, 2, tzinfo=UTC))  # fmt: skip
    replies = [
        Posting(
            "hackernews",
            str(n),
            f"{item}{n}",
            title=said,
            text=f"{said} ({item}300)",
            apply_url=f"{item}300",
            kind="demand",
            posted_at=datetime(2026, 11, 2 + n - 300, tzinfo=UTC),
        )  # fmt: skip
        for n, said in ((301, "Sent an email out just now!"), (302, "Is this still open?"))
    ]
    load.start_run(con, "r1", "test")
    _store_hn(con, ad, *replies)
    build(con, Profile(skills=("kubernetes",)), RankingSettings())
    rows = con.execute("select title, url, count_postings from staging.lead_content").fetchall()
    assert rows == [(header, f"{item}300", 3)]
