"""Referral paths are kept per posting and looked for again only where something moved:
a re-run gets the paths a build from nothing gets."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest

from extractors._contract import Page, Posting
from extractors._runner import ParsedPosting, SourceResult
from warehouse import load, steps
from warehouse.build import build
from warehouse.db import connect
from warehouse.network.store import import_network
from warehouse.ranking.profile import Profile, RankingSettings

HEADER = "First Name,Last Name,URL,Email Address,Company,Position,Connected On"
CONNECTIONS = f"""Notes:
"Some of the email addresses may be missing."

{HEADER}
Rahul,Sen,https://linkedin.com/in/rsen,,Kestrel Robotics GmbH,Engineering Manager,12 Mar 2024
Priya,Shah,https://www.linkedin.com/in/priyashah,,Acme,Designer,01 Jan 2025
Ines,Mota,https://www.linkedin.com/in/inesmota,,ACME,Data Lead,03 Feb 2023
"""
NEWCOMER = (
    f"{HEADER}\nTomas,Berg,https://www.linkedin.com/in/tberg,,Fjord Analytics AS,CTO,09 May 2026\n"
)
PATHS = "select * from staging.lead_paths order by all"


@pytest.fixture
def con(tmp_path: Path):
    connection = connect(tmp_path / "w.duckdb")
    (tmp_path / "Connections.csv").write_text(CONNECTIONS, encoding="utf-8")
    import_network(connection, [str(tmp_path / "Connections.csv")])
    yield connection
    connection.close()


def _store(con, run: str, postings: list[tuple[str, str, str]]) -> None:
    """Greenhouse postings of (id, title, company)."""
    load.start_run(con, run, "leads.toml")
    page = Page("greenhouse", "https://boards.example/b", 200, {}, b"x", datetime.now(UTC),
                scope="b")  # fmt: skip
    parsed = [
        ParsedPosting(
            Posting(
                "greenhouse",
                n,
                f"https://job-boards.greenhouse.io/b/jobs/{n}",
                title=title,
                company=company,
                text=f"{title}: dbt and Python work",
            ),
            page.content_hash,
            "b",
        )  # fmt: skip
        for n, title, company in postings
    ]
    load.store_result(
        con, run, SourceResult("greenhouse", pages=[page], postings=parsed), windowed=False
    )
    load.finish_run(con, run)


def _looked_for(con, monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """A build; the companies of the postings whose paths it looked for."""
    read = steps.kinded_paths
    companies: list[str] = []

    def recorded(postings, people):  # type: ignore[no-untyped-def]
        postings = list(postings)
        companies.extend(sorted(str(p.company) for p in postings))
        return read(postings, people)

    monkeypatch.setattr(steps, "kinded_paths", recorded)
    build(con, Profile(skills=("dbt",)), RankingSettings())
    monkeypatch.setattr(steps, "kinded_paths", read)
    return companies


def _afresh(con) -> list[tuple[object, ...]]:
    """The paths a build gets with no kept ones."""
    con.execute("delete from staging.path_postings")
    con.execute("delete from staging.posting_paths")
    build(con, Profile(skills=("dbt",)), RankingSettings())
    return con.execute(PATHS).fetchall()


def test_a_rerun_looks_only_at_what_moved_and_gets_the_paths_of_a_build_from_nothing(
    con, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    first_run = [("1", "Data Engineer", "Kestrel Robotics"), ("2", "Analytics Engineer", "Acme"),
                 ("3", "Night porter", "Hotel Sol")]  # fmt: skip
    _store(con, "r1", first_run)
    assert _looked_for(con, monkeypatch) == ["Acme", "Kestrel Robotics"]
    first = con.execute("select network_via from staging.lead_paths order by all").fetchall()
    # of Priya and Ines at Acme, each their own path
    assert len(first) == 3
    assert _looked_for(con, monkeypatch) == []  # nothing moved
    # a new posting, and one whose company moved to Acme's
    _store(con, "r2", [("4", "dbt Developer", "Fjord Analytics"),
                       ("3", "Night porter", "ACME")])  # fmt: skip
    assert _looked_for(con, monkeypatch) == ["ACME"]
    moved = con.execute(PATHS).fetchall()
    assert len(moved) == 5
    assert moved == _afresh(con)
    # a contact joins: the network moved, every posting is looked at again
    (tmp_path / "new.csv").write_text(NEWCOMER, encoding="utf-8")
    import_network(con, [str(tmp_path / "new.csv")])
    assert _looked_for(con, monkeypatch) == ["ACME", "Acme", "Fjord Analytics", "Kestrel Robotics"]
    joined = con.execute(PATHS).fetchall()
    assert any("Tomas Berg" in path for _, _, path, *_ in joined)
    assert joined == _afresh(con)


def test_changed_path_code_looks_for_every_path_again(con, monkeypatch: pytest.MonkeyPatch) -> None:
    _store(con, "r1", [("1", "Data Engineer", "Kestrel Robotics"), ("2", "Designer", "Acme")])
    _looked_for(con, monkeypatch)
    monkeypatch.setattr("warehouse.network.paths.code_version", lambda: "an upgrade")
    assert _looked_for(con, monkeypatch) == ["Acme", "Kestrel Robotics"]


def test_a_warehouse_without_kept_paths_builds_them(con, monkeypatch: pytest.MonkeyPatch) -> None:
    _store(con, "r1", [("1", "Data Engineer", "Kestrel Robotics")])
    build(con, Profile(skills=("dbt",)), RankingSettings())
    before = con.execute(PATHS).fetchall()
    con.execute("drop table staging.posting_paths")  # as before an upgrade added it
    con.execute("drop table staging.path_postings")
    assert _looked_for(con, monkeypatch) == ["Kestrel Robotics"]
    assert con.execute(PATHS).fetchall() == before != []
