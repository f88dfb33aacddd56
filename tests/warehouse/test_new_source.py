"""A new source is one module: what it declares reaches the ranking, dedupe and the
referral paths through `staging.sources`, with no other file naming it."""

from __future__ import annotations

import types
from datetime import UTC, datetime
from pathlib import Path

import pytest

import extractors
from extractors._contract import JobIds, Page, Posting
from extractors._runner import ParsedPosting, SourceResult
from warehouse import build, db, load, steps
from warehouse.network.store import import_network
from warehouse.ranking.profile import Profile, RankingSettings

_UUID = "8d1f0c2a-3b4c-4d5e-9f60-718293a4b5c6"


def _module() -> types.ModuleType:
    """`extractors/gigboard.py` as a contributor would write it, declarations and all."""
    module = types.ModuleType("extractors.gigboard")
    module.__dict__.update(
        NAME="gigboard",
        ATTRIBUTION="Jobs via Gigboard: link back.",
        WINDOWED=True,
        PROVENANCE="employer",
        STATES_COMPANY=False,
        POSTERS="mastodon",
        JOB_IDS=(JobIds(r"/gigs/([0-9a-f-]{36})", hosts=("gigboard.example",)),),
    )
    return module


@pytest.fixture
def with_gigboard(monkeypatch: pytest.MonkeyPatch) -> None:
    known = {**extractors.posting_sources(), "gigboard": _module()}
    monkeypatch.setattr(extractors, "posting_sources", lambda: known)
    monkeypatch.setattr(steps, "posting_sources", lambda: known)


def _store(con, source: str, posting: Posting) -> None:
    page = Page(source, f"https://{source}.example/", 200, {}, b"x", datetime.now(UTC))
    result = SourceResult(source, pages=[page],
                          postings=[ParsedPosting(posting, page.content_hash, "")])  # fmt: skip
    load.store_result(con, "r1", result, windowed=True)


def test_what_a_new_source_declares_reaches_every_step(with_gigboard: None, tmp_path: Path) -> None:
    con = db.connect(tmp_path / "w.duckdb")
    load.start_run(con, "r1", "leads.toml")
    text = "We need a data engineer for dbt and Airflow work, remote in Europe, six months."
    gig = Posting(
        "gigboard", "g1", f"https://gigboard.example/gigs/{_UUID}", title="Data Engineer",
        company="Northwind", poster="mira@hachyderm.example", text=text,
    )  # fmt: skip
    # an HN comment pointing at the gig: its job id, declared by gigboard alone, merges them
    hn = Posting(
        "hackernews", "1", "https://news.ycombinator.com/item?id=1", title="Data Engineer",
        apply_url=f"https://www.gigboard.example/gigs/{_UUID}?ref=hn", text=text,
    )  # fmt: skip
    _store(con, "gigboard", gig)
    _store(con, "hackernews", hn)
    exports = tmp_path / "following_accounts.csv"
    exports.write_text(
        "Account address,Show boosts,Notify on new posts,Languages\n"
        "mira@hachyderm.example,true,false,\n",
        encoding="utf-8",
    )
    import_network(con, [str(exports)])
    build.build(con, Profile(skills=("dbt",)), RankingSettings())
    declared = con.execute(
        "select provenance, rank, states_company, posters from staging.sources "
        "where source = 'gigboard'"
    ).fetchone()
    assert declared == ("employer", 1, False, "mastodon")
    members = con.execute(
        "select count(distinct lead_id), string_agg(merge_reason, ';') from staging.lead_members"
    ).fetchone()
    assert members[0] == 1 and "same gigboard id" in members[1]
    lead = con.execute("select url, network_path from ranked_leads").fetchone()
    assert lead[0].startswith("https://gigboard.example/")  # an employer's copy leads
    assert lead[1] is not None and "posted it" in lead[1]  # its posters are joinable
    con.close()
