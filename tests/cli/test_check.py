"""`leads check`: formats, input order, exit codes, and no heavy imports."""

from __future__ import annotations

import csv
import io
import json
import subprocess
import sys
from pathlib import Path

import pytest
import typer
from typer.testing import CliRunner, Result

from leads import check
from tests.conftest import FIXTURES

app = typer.Typer()


@app.callback()
def _group() -> None:
    """Keeps `check` a subcommand, as under `leads`."""


app.command("check")(check.check)

LEGIT = FIXTURES / "check" / "legit.jsonl"
SCAMS = FIXTURES / "check" / "scams.jsonl"


def invoke(*args: str, stdin: str | None = None) -> Result:
    return CliRunner().invoke(app, ["check", *args], input=stdin)


def csv_rows(result: Result) -> list[dict[str, str]]:
    assert result.exit_code == 0, result.output
    return list(csv.DictReader(io.StringIO(result.stdout)))


def test_csv_scores_each_posting_in_input_order_with_its_id(tmp_path: Path) -> None:
    mixed = tmp_path / "mixed.jsonl"
    mixed.write_text(SCAMS.read_text() + LEGIT.read_text(), encoding="utf-8")
    rows = csv_rows(invoke(str(mixed), "--format", "csv"))
    expected = [json.loads(line)["id"] for line in mixed.read_text().splitlines()]
    assert [row["id"] for row in rows] == expected
    assert all(len(row["legitimacy"].split(".")[1]) == 2 for row in rows)
    scams, legit = rows[:8], rows[8:]
    assert all(float(row["legitimacy"]) <= 0.1 for row in scams)
    assert all(float(row["legitimacy"]) >= 0.7 for row in legit)


def test_red_flags_read_code_colon_reason_joined_by_semicolons() -> None:
    (row,) = csv_rows(invoke("-", "--format", "csv", stdin="Pay a $50 registration fee."))
    flags = row["red_flags"].split("; ")
    assert flags[0] == (
        "pay_to_work: asks you to pay to start or to get work (FTC: never pay to get a job): "
        "'Pay a $50 registration fee'"
    )
    assert [flag.split(": ")[0] for flag in flags] == ["pay_to_work", "no_employer", "short_text"]


def test_plain_text_from_stdin_is_numbered_by_row() -> None:
    stdin = "First posting, a long one.\n---\nSecond posting.\n"
    rows = csv_rows(invoke("--format", "csv", stdin=stdin))
    assert [row["id"] for row in rows] == ["1", "2"]


def test_each_row_names_the_company_it_read() -> None:
    stdin = "Quillfeather (YC W23) is hiring a data engineer. Remote EU.\n---\nEarn fast!\n"
    rows = csv_rows(invoke("--format", "csv", stdin=stdin))
    assert [row["company"] for row in rows] == ["Quillfeather", ""]


def test_json_is_an_array_of_rows() -> None:
    result = invoke(str(SCAMS), "--format", "json")
    assert result.exit_code == 0, result.output
    rows = json.loads(result.stdout)
    assert [row["id"] for row in rows][:2] == ["scam-fee", "scam-telegram"]
    assert set(rows[0]) == {"id", "company", "legitimacy", "red_flags"}
    assert rows[0]["legitimacy"] == round(rows[0]["legitimacy"], 2) <= 0.1
    assert rows[0]["red_flags"][0].startswith("pay_to_work: ")


def test_the_table_shows_every_posting() -> None:
    result = invoke(str(LEGIT))
    assert result.exit_code == 0, result.output
    for name in ("id", "legitimacy", "red_flags", "hn-quillfeather", "remotive-crypto"):
        assert name in result.stdout


def test_the_table_prints_brackets_in_evidence_literally() -> None:
    stdin = '{"id": "[b]x[/b]", "text": "[Hiring] Contact me on telegram @x_hr [red]now"}'
    result = invoke("-", stdin=stdin)
    assert result.exit_code == 0, result.output
    assert "[b]x[/b]" in result.stdout


def test_csv_cells_cannot_run_as_formulas() -> None:
    stdin = '{"id": "=HYPERLINK(1)", "text": "A posting."}'
    (row,) = csv_rows(invoke("-", "-f", "csv", stdin=stdin))
    assert row["id"] == "'=HYPERLINK(1)"


def test_a_bad_format_is_a_usage_error() -> None:
    result = invoke(str(LEGIT), "--format", "xml")
    assert result.exit_code == 2
    assert "xml" in result.stderr and not result.stdout


def test_a_missing_file_is_a_usage_error_naming_it(tmp_path: Path) -> None:
    result = invoke(str(tmp_path / "nope.jsonl"))
    assert result.exit_code == 2
    assert result.stderr.startswith("error: ") and not result.stdout
    assert "nope.jsonl: cannot read it" in result.stderr


def test_bad_input_names_the_file_and_line(tmp_path: Path) -> None:
    postings = tmp_path / "postings.jsonl"
    postings.write_text('{"text": "fine"}\n[1, 2]\n', encoding="utf-8")
    result = invoke(str(postings))
    assert result.exit_code == 2
    assert f"{postings}:2: not a JSON object" in result.stderr


def test_a_file_that_is_not_utf8_is_a_usage_error(tmp_path: Path) -> None:
    latin = tmp_path / "latin.txt"
    latin.write_bytes("Café posting".encode("latin-1"))
    result = invoke(str(latin))
    assert result.exit_code == 2
    assert "latin.txt: not UTF-8 text" in result.stderr


@pytest.mark.slow
def test_five_thousand_postings_run_through(tmp_path: Path) -> None:
    lines = (LEGIT.read_text() + SCAMS.read_text()).splitlines()
    big = tmp_path / "big.jsonl"
    big.write_text("\n".join((lines * (5000 // len(lines) + 1))[:5000]), encoding="utf-8")
    rows = csv_rows(invoke(str(big), "--format", "csv"))
    assert len(rows) == 5000


def test_the_docstring_ends_with_an_example() -> None:
    lines = (check.check.__doc__ or "").strip().splitlines()
    assert lines[-2].strip() == "Example:" and lines[-1].strip().startswith("leads check ")


def test_check_imports_neither_prefect_nor_duckdb() -> None:
    code = "import sys, leads.check; print(sorted({'prefect', 'duckdb'} & set(sys.modules)))"
    done = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        check=True,
        cwd=Path(__file__).parents[2],
    )
    assert done.stdout.strip() == "[]"
