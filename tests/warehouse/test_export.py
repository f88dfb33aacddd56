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


def test_decimal_comma_separates_fields_by_semicolons_and_writes_numbers_with_commas(
    tmp_path: Path,
) -> None:
    con = _warehouse()
    _insert(con, rank=1, score=0.8125, lead_id="La", title="Node.js dev; 2.5 days/week, remote",
            company="Müller & Co. GmbH", rate_min=650.5, rate_max=800.0, rate_period="day",
            hourly_min=81.3125, hourly_max=100.0, legitimacy=1.0, why="v1.2 of dbt; 3.5 years",
            posted_at="2026-11-18 10:12:26+00", follow_up="2026-12-01", is_new=True,
            red_flags=["=fee; upfront"])  # fmt: skip
    _insert(con, rank=2, score=0.5, lead_id="Lb", title="Plain title")
    target = tmp_path / "leads.csv"

    assert export_csv(con, target, excel=True, decimal_comma=True) == 2

    raw = target.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf") and raw[3:].startswith(b"rank;lead_id;score;title;")
    # a text cell holding ";" is quoted: the row keeps its columns
    assert b'"Node.js dev; 2.5 days/week, remote"' in raw
    with target.open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.DictReader(handle, delimiter=";"))
    assert [row["lead_id"] for row in rows] == ["La", "Lb"]
    first, second = rows
    assert len(first) == len(_COLUMNS)
    numbers = ("score", "rate_min", "rate_max", "hourly_min", "hourly_max", "legitimacy")
    assert [first[column] for column in numbers] == [
        "0,8125", "650,5", "800,0", "81,3125", "100,0", "1,0",
    ]  # fmt: skip
    # text keeps its points and commas, lists are still escaped, dates stay ISO
    assert first["title"] == "Node.js dev; 2.5 days/week, remote"
    assert first["company"] == "Müller & Co. GmbH" and first["why"] == "v1.2 of dbt; 3.5 years"
    assert first["red_flags"] == "'=fee; upfront"
    assert first["posted_at"] == "2026-11-18 10:12:26" and first["follow_up"] == "2026-12-01"
    assert first["rank"] == "1" and first["is_new"] == "true"
    assert second["score"] == "0,5" and second["rate_min"] == ""
    assert second["title"] == "Plain title"


def test_the_default_file_keeps_commas_between_fields_and_points_in_numbers(
    tmp_path: Path,
) -> None:
    con = _warehouse()
    _insert(con, rank=1, score=0.8125, lead_id="La", title="a; b", hourly_min=81.5)
    target = tmp_path / "leads.csv"

    export_csv(con, target, excel=True)

    text = target.read_text(encoding="utf-8-sig")
    assert text.startswith("rank,lead_id,score,title,")
    assert text.splitlines()[1].startswith("1,La,0.8125,a; b,") and ",81.5," in text


def test_only_a_cell_starting_a_formula_is_escaped(tmp_path: Path) -> None:
    starts = ["=1+1", "+33 6", "-5", "@SUM(A1)", "\tcmd", "\rcmd"]
    plain = ["", "a=b", "é-Commerce", " =1", "'quoted"]
    con = _warehouse()
    for n, title in enumerate(starts + plain, start=1):
        _insert(con, rank=n, score=1.0, lead_id=f"L{n}", title=title)
    target = tmp_path / "leads.csv"

    export_csv(con, target)

    with target.open(encoding="utf-8", newline="") as handle:
        titles = [row["title"] for row in csv.DictReader(handle)]
    assert titles == [f"'{t}" for t in starts] + plain
