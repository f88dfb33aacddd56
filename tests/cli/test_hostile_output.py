"""Postings written by strangers reach no terminal raw, and reach sheets defused."""

from __future__ import annotations

import csv
import io
import json
import re
from pathlib import Path

import pytest
from typer.testing import CliRunner

from leads.__main__ import app
from warehouse.db import connect
from warehouse.pipeline import refresh

_HOSTILE_TITLE = "Data \x1b]52;c;b3duZWQ=\x07Engineer \x1b[2J\u202egnp.exe\x9b31m"
_CONTROLS = re.compile("[\x00-\x09\x0b-\x1f\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]")
runner = CliRunner()


@pytest.fixture
def hostile(demo_dir: Path) -> str:
    con = connect(demo_dir / "leads.duckdb")
    con.execute(
        "update staging.lead_content set title = ?, company = ?",
        [_HOSTILE_TITLE, "=cmd|' /C calc'!A0"],
    )
    con.execute(
        "update staging.lead_content set location = ? where source = 'lever'", ["x" * 40_000]
    )
    refresh(con, "marts.leads")  # what reads the tampered table sees it
    con.close()
    return str(demo_dir / "leads.toml")


@pytest.mark.parametrize(
    "args",
    [["top", "-n", "50"], ["top", "--flagged"],
     ["sql", "select title, company, location from ranked_leads"],
     ["sql", "pivot (select title, rank from ranked_leads) on title using count(*)"],
     ["sql", "select title, company from ranked_leads", "-f", "json"],
     ["sql", "select title, company, location from ranked_leads", "-f", "csv"],
     ["sql", "select title, company, location from ranked_leads", "-f", "markdown"]],
)  # fmt: skip
def test_no_control_or_bidi_character_reaches_the_terminal(hostile: str, args: list[str]) -> None:
    result = runner.invoke(app, [*args, "--config", hostile])
    assert result.exit_code == 0, result.output
    assert "Engineer" in result.output
    assert not _CONTROLS.search(result.output.replace("\n", "")), repr(result.output[:300])


def test_emoji_codes_in_a_posting_print_as_written(demo_dir: Path) -> None:
    con = connect(demo_dir / "leads.duckdb")
    con.execute("update staging.lead_content set title = 'Data Engineer :rocket: :verified:'")
    refresh(con, "marts.leads")
    con.close()
    result = runner.invoke(app, ["top", "-n", "1", "--config", str(demo_dir / "leads.toml")])
    assert result.exit_code == 0, result.output
    # the cell wraps at spaces (the width is the terminal's): each code is whole on a line
    assert ":rocket:" in result.output and ":verified:" in result.output
    assert "\N{ROCKET}" not in result.output


def test_json_keeps_the_text_as_fetched_in_escapes(hostile: str) -> None:
    result = runner.invoke(app, ["sql", "select title from ranked_leads limit 1", "-f", "json",
                                 "--config", hostile])  # fmt: skip
    assert json.loads(result.output) == [{"title": _HOSTILE_TITLE}]


def test_sql_csv_escapes_formulas_and_caps_cells_for_excel(hostile: str) -> None:
    result = runner.invoke(app, ["sql", "select company, location from ranked_leads", "-f", "csv",
                                 "--excel", "--config", hostile])  # fmt: skip
    assert result.exit_code == 0
    assert result.stdout_bytes.startswith("\ufeff".encode())
    rows = list(csv.DictReader(io.StringIO(result.stdout_bytes.decode("utf-8-sig"))))
    assert {row["company"] for row in rows} == {"'=cmd|' /C calc'!A0"}
    longest = max(rows, key=lambda row: len(row["location"]))["location"]
    assert len(longest) == 32_767 and longest.endswith(" [cut]")


def test_export_caps_cells_and_writes_a_bom_for_excel(hostile: str, demo_dir: Path) -> None:
    target = demo_dir / "leads.csv"
    result = runner.invoke(app, ["export", "--csv", str(target), "--all", "--excel",
                                 "--config", hostile])  # fmt: skip
    assert result.exit_code == 0, result.output
    data = target.read_bytes()
    assert data.startswith("\ufeff".encode())
    rows = list(csv.DictReader(io.StringIO(data.decode("utf-8-sig"))))
    assert max(len(row["location"]) for row in rows) == 32_767
    assert all(row["company"].startswith("'=") for row in rows)
