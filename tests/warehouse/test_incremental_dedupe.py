"""A build clusters only what changed, and gets the leads clustering everything gets."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from benchmarks import steps
from warehouse import build
from warehouse.db import connect

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


def test_nothing_changed_leaves_the_members_as_stored(corpus: Path) -> None:
    warehouse = corpus / "again.duckdb"
    shutil.copy(corpus / steps.WAREHOUSE, warehouse)
    con = connect(warehouse)
    before = con.execute("select *, rowid from staging.lead_members order by all").fetchall()
    build.build(con, steps.PROFILE, steps.SETTINGS)
    after = con.execute("select *, rowid from staging.lead_members order by all").fetchall()
    con.close()
    assert after == before


def _derived(path: Path, *, afresh: bool = False) -> dict[str, tuple[object, ...]]:
    """Every derived table after a build, each as its row count and an order-free
    fingerprint of every row and column; `afresh`: with no features or members cached."""
    con = connect(path)
    try:
        if afresh:
            con.execute("delete from staging.lead_members")
            con.execute("delete from staging.posting_features")
        build.build(con, steps.PROFILE, steps.SETTINGS)
        tables = con.execute(
            "select table_schema || '.' || table_name from information_schema.tables "
            "where table_schema in ('staging', 'marts') and table_type = 'BASE TABLE'"
        ).fetchall()
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
