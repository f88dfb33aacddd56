"""evaluation.formats: each saved file served back at its real API path and shape, and
the real extractors reading it there (tiny invented files, one per format)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from evaluation.formats import Plan, Served, serve_folder
from extractors import sources
from extractors._contract import Posting
from extractors._runner import run_source
from flows.config import build
from leads.demo.server import INDEX, SnapshotServer

DATA = Path(__file__).parents[1] / "fixtures" / "evaluation" / "real-postings"


@pytest.fixture(scope="module")
def served(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Plan]:
    root = tmp_path_factory.mktemp("served")
    return root, serve_folder(DATA, root)


def _json(root: Path, route: str) -> Any:
    return json.loads((root / route / INDEX).read_text(encoding="utf-8"))


def _source(plan: Plan, name: str) -> Served:
    [found] = [s for s in plan.served if s.source == name]
    return found


def test_files_without_an_extractor_are_named_with_the_reason(served: tuple[Path, Plan]) -> None:
    _, plan = served
    assert plan.skipped == {
        "workingnomads__tinyproject__jobs.json": "warmleads has no workingnomads extractor"
    }
    assert {s.source for s in plan.served} == {
        "hackernews", "greenhouse", "lever", "ashby", "workable", "smartrecruiters",
        "remoteok", "remotive", "jobicy", "himalayas", "weworkremotely",
    }  # fmt: skip


def test_hn_dumps_become_the_firebase_api(served: tuple[Path, Plan]) -> None:
    root, plan = served
    # newest thread first, as the bot's `submitted` lists them
    assert _json(root, "v0/user/whoishiring.json") == {
        "id": "whoishiring",
        "submitted": [47000001, 46600012],
    }
    story = _json(root, "v0/item/47000001.json")
    assert story["type"] == "story"
    assert story["title"] == "Ask HN: Who is hiring? (March 2026)"
    assert story["kids"] == [47000113, 47000142]  # the direct job story is no thread comment
    comment = _json(root, "v0/item/47000142.json")
    assert comment == {
        "by": "ortolan_ops",
        "id": 47000142,
        "text": comment["text"],
        "time": 1772469000,
        "parent": 47000001,
        "type": "comment",
    }
    assert not (root / "v0/item/47000900.json").exists()
    hn = _source(plan, "hackernews")
    assert hn.url_key == "firebase_url"
    assert hn.settings == {"api": "firebase", "threads": ["hiring"], "months": 2}
    assert hn.not_read == {
        "hn__tinyproject__who-is-hiring-2026-03.json": (
            "1 HN job stories (/v0/jobstories; warmleads reads the monthly threads)"
        )
    }


def test_wrappers_are_undone(served: tuple[Path, Plan]) -> None:
    root, plan = served
    board = _json(root, "v1/boards/fernhill/jobs")
    assert set(board) == {"jobs", "meta"} and board["meta"] == {"total": 1}
    assert _source(plan, "greenhouse").settings == {"boards": ["fernhill"]}
    assert isinstance(_json(root, "v0/postings/kestrel"), list)
    assert _source(plan, "lever").settings == {"sites": ["kestrel"]}
    assert set(_json(root, "posting-api/job-board/lumen")) == {"apiVersion", "jobs"}
    # two RemoteOK captures make one /api answer: the legal notice once, then the jobs
    remoteok = _json(root, "api")
    assert "legal" in remoteok[0] and not any("legal" in job for job in remoteok[1:])
    assert len(remoteok) == 3
    assert "jobs" in _json(root, "api/remote-jobs") and "jobs" in _json(root, "api/v2/remote-jobs")
    assert _source(plan, "himalayas").settings == {"pages": 1}


def test_workable_widget_is_served_per_account_and_a_repeated_job_counts_once(
    served: tuple[Path, Plan],
) -> None:
    root, plan = served
    widget = _json(root, "api/v1/widget/accounts/widget")
    assert widget["name"] == "Tidepool" and len(widget["jobs"]) == 2  # one job, two places
    workable = _source(plan, "workable")
    assert workable.settings == {"boards": ["widget"]}
    assert workable.items == {"workable__tinyproject__widget.json": ["AB12CD34EF"]}


def test_smartrecruiters_listing_is_served_per_company_with_the_keys_it_lost(
    served: tuple[Path, Plan],
) -> None:
    root, plan = served
    listing = _json(root, "v1/companies/Tidepool1/postings")  # named by its postings
    assert (listing["offset"], listing["limit"], listing["totalFound"]) == (0, 100, 2)
    smartrecruiters = _source(plan, "smartrecruiters")
    assert smartrecruiters.settings == {"companies": ["Tidepool1"], "acknowledge_terms": True}
    assert smartrecruiters.items == {
        "smartrecruiters__tinyproject__postings-page0.json": ["744000000000001", "744000000000002"]
    }


def test_wwr_feed_keeps_its_category_and_loses_the_passed_expiry(
    served: tuple[Path, Plan],
) -> None:
    root, plan = served
    feed = (root / "categories/remote-programming-jobs.rss").read_text(encoding="utf-8")
    assert "<expires_at>" not in feed and "<item>" in feed
    wwr = _source(plan, "weworkremotely")
    assert wwr.settings == {"categories": ["remote-programming-jobs"]}
    assert wwr.items == {
        "weworkremotely__tinyproject__programming.rss": [
            "https://weworkremotely.com/remote-jobs/loomworks-contract-rust-engineer"
        ]
    }


def test_the_real_extractors_read_every_served_item(served: tuple[Path, Plan]) -> None:
    root, plan = served
    with SnapshotServer(root=root) as server:
        for entry in plan.served:
            module = sources()[entry.source]
            table = {**entry.settings, entry.url_key: server.base_url}
            settings = build(module.Settings, table, entry.source)
            result = run_source(module, settings, client_options={"min_interval": 0})
            assert result.status == "ok", (entry.source, result.errors)
            got = {p.posting.source_id for p in result.postings}
            wanted = {item for ids in entry.items.values() for item in ids}
            assert got == wanted, entry.source
            assert all(isinstance(p.posting, Posting) for p in result.postings)
