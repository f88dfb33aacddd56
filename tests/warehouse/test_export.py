"""`export_csv` on a small ranked_leads: each cell joined, escaped, then cut, in rank order."""

from __future__ import annotations

import csv
from pathlib import Path

import duckdb

from warehouse.export import _COLUMNS, export_csv
from warehouse.sheets import CELL_LIMIT

_TYPES = {
    "rank": "integer", "score": "double", "posted_at": "timestamptz", "first_seen": "timestamptz",
    "rate_min": "double", "rate_max": "double", "hourly_min": "double", "hourly_max": "double",
    "legitimacy": "double", "follow_up": "date", "is_new": "boolean", "sources": "varchar[]",
    "red_flags": "varchar[]", "urls": "varchar[]", "languages_required": "varchar[]",
    "languages_preferred": "varchar[]",
}  # fmt: skip


def _warehouse() -> duckdb.DuckDBPyConnection:
    con = duckdb.connect()
    con.execute("create schema marts")
    columns = ", ".join(f"{name} {_TYPES.get(name, 'varchar')}" for name, _ in _COLUMNS)
    con.execute(f"create table marts.ranked_leads ({columns})")
    return con


def _insert(con: duckdb.DuckDBPyConnection, **values: object) -> None:
    names = ", ".join(values)
    marks = ", ".join("?" for _ in values)
    con.execute(f"insert into marts.ranked_leads ({names}) values ({marks})", list(values.values()))


def test_cells_are_joined_then_escaped_then_cut_in_rank_order(tmp_path: Path) -> None:
    con = _warehouse()
    long_note = "=" + "x" * (CELL_LIMIT + 10)
    flags = ["-upfront fee", "no company"]
    _insert(con, rank=2, score=0.5, lead_id="Lb", title="Data engineer", note=long_note,
            red_flags=flags, posted_at="2026-11-18 10:12:26+00")  # fmt: skip
    _insert(con, rank=1, score=0.9, lead_id="La", title="+Contract dbt",
            sources=["remoteok"], company="Acme-Data")  # fmt: skip
    _insert(con, rank=None, score=0.99, lead_id="Lc", title="left out")
    target = tmp_path / "leads.csv"

    assert export_csv(con, target) == 2

    with target.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    assert [row["lead_id"] for row in rows] == ["La", "Lb"]
    first, second = rows
    assert first["title"] == "'+Contract dbt" and first["company"] == "Acme-Data"
    assert first["sources"] == "remoteok"
    # a list is one cell: escaped when its joined text starts a formula
    assert second["red_flags"] == "'-upfront fee | no company"
    assert second["posted_at"] == "2026-11-18 10:12:26"
    # the apostrophe counts toward the limit, the cut ends the cell
    assert len(second["note"]) == CELL_LIMIT and second["note"].startswith("'=xxx")
    assert second["note"].endswith(" [cut]")
    assert second["title"] == "Data engineer" and second["url"] == ""


def test_all_adds_the_unranked_after_the_ranked(tmp_path: Path) -> None:
    con = _warehouse()
    _insert(con, rank=None, score=0.99, lead_id="Lc")
    _insert(con, rank=1, score=0.1, lead_id="La")
    _insert(con, rank=None, score=0.5, lead_id="Ld")
    target = tmp_path / "leads.csv"

    assert export_csv(con, target, include_unranked=True) == 3

    with target.open(encoding="utf-8", newline="") as handle:
        assert [row["lead_id"] for row in csv.DictReader(handle)] == ["La", "Lc", "Ld"]
