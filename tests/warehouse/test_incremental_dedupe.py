"""A build clusters only what changed, and gets the leads clustering everything gets."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from benchmarks import steps
from warehouse import build
from warehouse.db import connect
from warehouse.lead_content import refresh_lead_content
from warehouse.network.store import import_network
from warehouse.pipeline import Build
from warehouse.ranking.profile import Filters, Profile, RankingSettings
from warehouse.steps import fill_lead_members, fill_people

MEMBERS = "select source, source_id, lead_id, merge_reason, company_key from staging.lead_members"


def _members(path: Path, *, afresh: bool = False) -> list[tuple[str, ...]]:
    """The lead members a build stores; `afresh`: with none stored before it."""
    con = connect(path)
    try:
        if afresh:
            con.execute("delete from staging.lead_members")
        build.build(con, steps.PROFILE, steps.SETTINGS)
        return sorted(con.execute(MEMBERS).fetchall())
    finally:
        con.close()


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """1,500 postings with their reposts and look-alikes, built once; 60 held back."""
    folder = tmp_path_factory.mktemp("corpus")
    steps.generate(folder, 1500, 60)
    steps.load_base(folder)
    steps.build_once(folder)
    return folder


def _same_as_afresh(folder: Path, change: str, *params: object) -> list[tuple[str, ...]]:
    warehouse = folder / "changed.duckdb"
    shutil.copy(folder / steps.WAREHOUSE, warehouse)
    con = connect(warehouse)
    con.execute(change, list(params))
    con.close()
    incremental = _members(warehouse)
    assert incremental == _members(warehouse, afresh=True)
    return incremental


def test_new_postings_join_the_leads_a_full_clustering_finds(corpus: Path) -> None:
    warehouse = corpus / "rerun.duckdb"
    shutil.copy(corpus / steps.WAREHOUSE, warehouse)
    con = connect(warehouse)
    steps._load(con, corpus / steps.CORPUS, "new", "bench-new")
    con.close()
    incremental = _members(warehouse)
    assert len(incremental) == 1560
    assert incremental == _members(warehouse, afresh=True)


def test_edited_titles_and_texts_split_or_join_as_a_full_clustering_does(corpus: Path) -> None:
    edited = _same_as_afresh(
        corpus,
        "update state.postings set title = title || ' II', content_hash = content_hash || 'e' "
        "where hash(source_id) % 25 = 0",
    )
    assert any(reason and "company+title" in reason for *_, reason, _ in edited)


def test_postings_that_leave_free_the_rest_of_their_lead(corpus: Path) -> None:
    merged = connect(corpus / steps.WAREHOUSE, read_only=True)
    (anchor,) = merged.execute(
        "select source_id from staging.lead_members where merge_reason is not null "
        "order by source, source_id limit 1"
    ).fetchone() or (None,)
    merged.close()
    left = _same_as_afresh(corpus, "delete from state.postings where source_id = ?", anchor)
    assert anchor not in {source_id for _, source_id, *_ in left}


@pytest.mark.parametrize(
    "change",
    [
        # some postings move to one shared page: their link groups join
        "update state.postings set url = 'https://jobs.example/shared', "
        "content_hash = content_hash || 'u' where hash(source_id) % 40 = 0",
        # one posting of each merged lead moves to another page and company: groups split
        "update state.postings set url = 'https://jobs.example/' || source_id, apply_url = null, "
        "company = 'Elsewhere Ltd', title = 'Night porter', content_hash = content_hash || 's' "
        "where (source, source_id) in (select (min(source), min(source_id)) "
        "from staging.lead_members where merge_reason is not null group by lead_id)",
        # apply links turn into another posting's page
        "update state.postings set apply_url = (select min(url) from state.postings), "
        "content_hash = content_hash || 'a' where hash(source_id) % 30 = 0",
    ],
    ids=["joined", "split", "apply-link"],
)
def test_postings_whose_links_change_join_or_split_as_a_full_clustering_does(
    corpus: Path, change: str
) -> None:
    groups = "select count(distinct group_id) from staging.lead_members"
    con = connect(corpus / steps.WAREHOUSE, read_only=True)
    before = con.execute(groups).fetchone()
    con.close()
    _same_as_afresh(corpus, change)
    con = connect(corpus / "changed.duckdb", read_only=True)
    assert con.execute(groups).fetchone() != before  # the link groups moved
    con.close()


def test_a_warehouse_of_the_former_members_is_upgraded_in_place(corpus: Path) -> None:
    # before the link keys had their own table, each member kept its title and keys
    warehouse = _changed_copy(
        corpus,
        "upgraded.duckdb",
        "drop table staging.lead_links",
        "alter table staging.lead_members add column title_key varchar",
        'alter table staging.lead_members add column links struct(tag varchar, "key" ubigint)[]',
    )
    upgraded = _members(warehouse)
    con = connect(warehouse, read_only=True)
    (links,) = con.execute(
        "select count(distinct (source, source_id)) from staging.lead_links"
    ).fetchone() or (0,)
    con.close()
    assert links > 1000
    assert upgraded == _members(warehouse, afresh=True)


def test_nothing_changed_leaves_the_members_as_stored(corpus: Path) -> None:
    warehouse = corpus / "again.duckdb"
    shutil.copy(corpus / steps.WAREHOUSE, warehouse)
    con = connect(warehouse)
    before = con.execute("select *, rowid from staging.lead_members order by all").fetchall()
    build.build(con, steps.PROFILE, steps.SETTINGS)
    after = con.execute("select *, rowid from staging.lead_members order by all").fetchall()
    con.close()
    assert after == before


def _derived(
    path: Path,
    *,
    afresh: bool = False,
    filters: Filters | None = None,
    profile: Profile = steps.PROFILE,
    settings: RankingSettings = steps.SETTINGS,
) -> dict[str, tuple[object, ...]]:
    """Every derived table after a build, each as its row count and an order-free
    fingerprint of every row and column; `afresh`: with no features, members, lead rows,
    signals or paths cached."""
    con = connect(path)
    try:
        if afresh:
            con.execute("delete from staging.lead_members")
            con.execute("delete from staging.posting_features")
            con.execute("delete from staging.lead_content")
            con.execute("delete from staging.lead_signal_cache")
            con.execute("delete from staging.path_postings")
            con.execute("delete from staging.posting_paths")
        build.build(con, profile, settings, filters)
        tables = con.execute(
            "select table_schema || '.' || table_name from information_schema.tables "
            "where table_schema in ('staging', 'marts') and table_type = 'BASE TABLE'"
        ).fetchall() + [("marts.leads",), ("marts.lead_signals",), ("marts.ranked_leads",)]
        # the views over tables kept: what users read
        return {
            table: con.execute(
                f"select count(*), sum(hash(t)::hugeint), bit_xor(hash(t)) from {table} as t"  # noqa: S608
            ).fetchone()
            or ()
            for (table,) in tables
        }
    finally:
        con.close()


def test_a_rerun_builds_every_table_as_a_build_from_nothing_does(
    corpus: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("LEADS_NOW", "2026-12-07T08:00:00+00:00")  # one clock for both
    monkeypatch.setattr("warehouse.features.FORK_FROM", 2)  # the 60 new ones read by a fork
    warehouse = corpus / "rerun-all.duckdb"
    shutil.copy(corpus / steps.WAREHOUSE, warehouse)
    con = connect(warehouse)
    steps._load(con, corpus / steps.CORPUS, "new", "bench-new")
    con.execute(
        "update state.postings set last_seen = now(), closed_at = case when hash(source_id) "
        "% 50 = 0 then now() end where hash(source_id) % 3 = 0"
    )
    con.close()
    incremental = _derived(warehouse)
    assert incremental["marts.ranked_leads"][0] > 1000
    assert incremental == _derived(warehouse, afresh=True)


def _changed_copy(folder: Path, name: str, *changes: str) -> Path:
    """A copy of the built corpus with some state changed by SQL."""
    warehouse = folder / name
    shutil.copy(folder / steps.WAREHOUSE, warehouse)
    con = connect(warehouse)
    for change in changes:
        con.execute(change)
    con.close()
    return warehouse


def test_a_lead_that_loses_a_posting_or_is_gone_is_made_as_afresh(
    corpus: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("LEADS_NOW", "2026-12-07T08:00:00+00:00")
    merged = connect(corpus / steps.WAREHOUSE, read_only=True)
    (lead,) = merged.execute(
        "select lead_id from staging.lead_members group by lead_id having count(*) = 2 "
        "order by lead_id limit 1"
    ).fetchone() or (None,)
    (alone,) = merged.execute(
        "select lead_id from staging.lead_members group by lead_id having count(*) = 1 "
        "order by lead_id limit 1"
    ).fetchone() or (None,)
    merged.close()
    assert lead and alone
    warehouse = _changed_copy(
        corpus,
        "members.duckdb",
        "delete from state.postings where (source, source_id) in (select (source, source_id) "
        f"from staging.lead_members where lead_id = '{lead}' order by source_id limit 1)",
        "delete from state.postings where (source, source_id) in (select (source, source_id) "
        f"from staging.lead_members where lead_id = '{alone}')",
    )
    incremental, afresh = _derived(warehouse), _derived(warehouse, afresh=True)
    # the features of a deleted posting stay cached (unread); every other table is alike
    del incremental["staging.posting_features"], afresh["staging.posting_features"]
    assert incremental == afresh


def test_changed_filters_make_every_lead_as_afresh(
    corpus: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("LEADS_NOW", "2026-12-07T08:00:00+00:00")
    warehouse = _changed_copy(corpus, "filters.duckdb")
    filters = Filters(exclude_companies=("Acme",), exclude_keywords=("python", "crypto"))
    incremental = _derived(warehouse, filters=filters)
    assert incremental == _derived(warehouse, afresh=True, filters=filters)
    con = connect(warehouse, read_only=True)
    (excluded,) = con.execute(
        "select count(*) from marts.leads where excluded_keyword is not null"
    ).fetchone() or (0,)
    con.close()
    assert excluded > 0


def _touched(warehouse: Path, *changes: str) -> int:
    """How many leads a build's rows are made again for after these changes (the members
    refreshed first: they keep what a lead's row reads of each posting)."""
    con = connect(warehouse)
    try:
        for change in changes:
            con.execute(change)
        run = Build(con, steps.PROFILE, steps.SETTINGS, Filters())
        fill_people(run)
        fill_lead_members(run)
        return refresh_lead_content(con)
    finally:
        con.close()


def test_only_the_leads_whose_postings_changed_are_made_again(corpus: Path) -> None:
    warehouse = _changed_copy(corpus, "touched.duckdb")
    one = "where source_id = (select min(source_id) from state.postings)"
    assert _touched(warehouse) == 0
    # seen again: last_seen moves on every posting, no row is made again
    assert _touched(warehouse, "update state.postings set last_seen = now()") == 0
    assert _touched(warehouse, f"update state.postings set closed_at = now() {one}") == 1
    assert _touched(warehouse, f"update state.postings set content_hash = 'e' {one}") == 1
    # the export's dates in `extra` are no content, and they date a lead
    assert _touched(warehouse, f"update state.postings set extra = '{{\"a\": 1}}' {one}") == 1
    assert _touched(warehouse, "update staging.sources set rank = 3 where rank = 1") > 1000
    assert _touched(warehouse) == 0


def test_leads_made_in_batches_read_as_leads_made_at_once(
    corpus: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A first build makes its leads' rows in batches (memory): batches of a few leads
    must give the same tables as one batch of all."""
    monkeypatch.setenv("LEADS_NOW", "2026-12-07T08:00:00+00:00")
    at_once = _derived(_changed_copy(corpus, "at_once.duckdb"), afresh=True)
    monkeypatch.setattr("warehouse.lead_content.BATCH_LEADS", 97)
    warehouse = _changed_copy(corpus, "batched.duckdb")
    con = connect(warehouse, read_only=True)
    (leads,) = con.execute("select count(*) from staging.lead_content").fetchone() or (0,)
    con.close()
    assert leads > 97 * 5
    assert _derived(warehouse, afresh=True) == at_once


def test_a_changed_way_of_making_rows_makes_every_row_again(
    corpus: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    warehouse = _changed_copy(corpus, "version.duckdb")
    monkeypatch.setattr("warehouse.lead_content.version", lambda: "an upgrade")
    con = connect(warehouse, read_only=True)
    (leads,) = con.execute("select count(*) from staging.lead_content").fetchone() or (0,)
    con.close()
    assert _touched(warehouse) == leads


def test_postings_whose_row_or_features_moved_keep_what_a_build_from_nothing_does(
    corpus: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("LEADS_NOW", "2026-12-07T08:00:00+00:00")
    warehouse = _changed_copy(
        corpus,
        "moved.duckdb",
        # seen first a day earlier: the input of every lead's id
        "update state.postings set first_seen = first_seen - interval 1 day "
        "where hash(source_id) % 20 = 0",
        # features read again (as after an upgrade of a reader): keys alike or not
        "update staging.posting_features set settings_hash = 'before', title_key = 'x' "
        "where hash(source_id) % 7 = 0",
    )
    incremental = _derived(warehouse)
    assert incremental == _derived(warehouse, afresh=True)


def test_a_build_after_features_moved_keeps_their_fingerprints(corpus: Path) -> None:
    warehouse = _changed_copy(
        corpus,
        "refingerprinted.duckdb",
        "update staging.posting_features set settings_hash = 'before' "
        "where hash(source_id) % 5 = 0",
    )
    con = connect(warehouse)
    build.build(con, steps.PROFILE, steps.SETTINGS)
    before = con.execute("select *, rowid from staging.lead_members order by all").fetchall()
    assert all(row[7] is not None and row[8] is not None for row in before)
    build.build(con, steps.PROFILE, steps.SETTINGS)
    after = con.execute("select *, rowid from staging.lead_members order by all").fetchall()
    con.close()
    assert after == before


def test_postings_whose_company_moved_are_matched_as_afresh(
    corpus: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # a board's company configured anew: the features are read again with the same
    # content and settings, but another company and so other keys
    monkeypatch.setenv("LEADS_NOW", "2026-12-07T08:00:00+00:00")
    warehouse = _changed_copy(
        corpus,
        "renamed.duckdb",
        "update state.postings set company = 'Renamed Holdings' where hash(source_id) % 9 = 0",
    )
    incremental = _derived(warehouse)
    assert incremental == _derived(warehouse, afresh=True)


def test_a_rerun_under_filters_reads_the_touched_postings_as_a_build_from_nothing(
    corpus: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # a lead made again reads its postings' text for the keywords only under [filters]:
    # some texts now name one, some lose it, the rest are made as before
    monkeypatch.setenv("LEADS_NOW", "2026-12-07T08:00:00+00:00")
    filters = Filters(exclude_keywords=("blockchain",))
    warehouse = _changed_copy(corpus, "keywords.duckdb")
    _derived(warehouse, filters=filters)
    con = connect(warehouse)
    con.execute(
        "update state.postings set text = text || ' Our blockchain team.', content_hash = "
        "content_hash || 'k' where hash(source_id) % 11 = 0"
    )
    con.execute("create table kept as select lead_id, inputs_hash from staging.lead_content")
    con.close()
    incremental = _derived(warehouse, filters=filters)
    con = connect(warehouse, read_only=True)
    (made_again,) = con.execute(
        "select count(*) from staging.lead_content anti join kept using (lead_id, inputs_hash)"
    ).fetchone() or (0,)
    con.close()
    assert 50 < made_again < 500
    assert incremental == _derived(warehouse, afresh=True, filters=filters)
    con = connect(warehouse, read_only=True)
    (excluded,) = con.execute(
        "select count(*) from marts.leads where excluded_keyword = 'blockchain'"
    ).fetchone() or (0,)
    con.close()
    assert excluded > 50


def _kept_signals(warehouse: Path) -> set[tuple[str, int]]:
    con = connect(warehouse, read_only=True)
    try:
        rows = con.execute("select lead_id, inputs_hash from staging.lead_signal_cache")
        return set(rows.fetchall())
    finally:
        con.close()


def test_a_rerun_renders_again_only_the_signals_of_touched_leads(
    corpus: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # a day later, 60 new postings and one lead's title now the profile's: the clocked
    # signal (freshness) moves for every lead, the kept ones only for the touched leads
    monkeypatch.setenv("LEADS_NOW", "2026-12-07T08:00:00+00:00")
    warehouse = _changed_copy(corpus, "signals.duckdb")
    _derived(warehouse)
    before = _kept_signals(warehouse)
    con = connect(warehouse)
    (last, rank) = con.execute(
        "select lead_id, rank from marts.ranked_leads where in_ranking order by rank desc limit 1"
    ).fetchone() or (None, None)
    con.execute(
        "update state.postings set title = 'Senior Python dbt DuckDB Airflow Engineer', "
        "content_hash = content_hash || 't' where (source, source_id) in "
        f"(select (source, source_id) from staging.lead_members where lead_id = '{last}')"
    )
    steps._load(con, corpus / steps.CORPUS, "new", "bench-new")
    con.close()
    monkeypatch.setenv("LEADS_NOW", "2026-12-09T20:00:00+00:00")
    incremental = _derived(warehouse)
    after = _kept_signals(warehouse)
    assert 0 < len(after - before) < 100 and len(after) >= len(before)
    assert incremental == _derived(warehouse, afresh=True)
    con = connect(warehouse, read_only=True)
    moved = con.execute(
        "select r.rank from marts.ranked_leads as r inner join staging.lead_members as m "
        "using (lead_id) where m.source_id in (select source_id from state.postings where "
        "title = 'Senior Python dbt DuckDB Airflow Engineer') limit 1"
    ).fetchone()
    con.close()
    assert moved and rank and moved[0] < rank


def test_a_changed_profile_renders_every_leads_signals_again(
    corpus: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("LEADS_NOW", "2026-12-07T08:00:00+00:00")
    warehouse = _changed_copy(corpus, "profile.duckdb")
    _derived(warehouse)
    before = _kept_signals(warehouse)
    # the engagements wanted: read by the signals alone, not by a lead's row
    profile = Profile(
        skills=steps.PROFILE.skills,
        locations=("EU",),
        min_hourly_rate=80,
        engagements=("full_time",),
    )
    incremental = _derived(warehouse, profile=profile)
    assert not before & _kept_signals(warehouse)
    assert incremental == _derived(warehouse, afresh=True, profile=profile)


def test_changed_weights_render_every_leads_signals_again(
    corpus: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # the kept signals hold their weighed sum and reasons' order: new weights make them all
    monkeypatch.setenv("LEADS_NOW", "2026-12-07T08:00:00+00:00")
    warehouse = _changed_copy(corpus, "weights.duckdb")
    _derived(warehouse)
    before = _kept_signals(warehouse)
    settings = RankingSettings(weights={**steps.SETTINGS.weights, "fit": 3.0, "rate": 0.0})
    incremental = _derived(warehouse, settings=settings)
    assert not before & _kept_signals(warehouse)
    assert incremental == _derived(warehouse, afresh=True, settings=settings)


def test_a_network_joined_between_runs_renders_the_reached_leads_again(
    corpus: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # a lead's path is no input of its kept row: the signals' hash reads it besides
    monkeypatch.setenv("LEADS_NOW", "2026-12-07T08:00:00+00:00")
    warehouse = _changed_copy(corpus, "network.duckdb")
    _derived(warehouse)
    before = _kept_signals(warehouse)
    con = connect(warehouse)
    employers = [c for (c,) in con.execute(
        "select distinct company from state.postings where company is not null order by 1"
    ).fetchall()]  # fmt: skip
    export = corpus / "Connections.csv"
    export.write_text(steps._connections(employers, 120), encoding="utf-8")
    import_network(con, [str(export)])
    con.close()
    incremental = _derived(warehouse)
    con = connect(warehouse, read_only=True)
    (reached,) = con.execute(
        "select count(distinct lead_id) from staging.lead_paths"
    ).fetchone() or (0,)
    con.close()
    assert 0 < reached <= len(before - _kept_signals(warehouse))
    assert incremental == _derived(warehouse, afresh=True)
