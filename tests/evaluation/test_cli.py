"""`python -m evaluation`: absent data, and a whole run on tiny invented files."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from evaluation.__main__ import ENV_VAR, app, places

DATA = Path(__file__).parents[1] / "fixtures" / "evaluation" / "real-postings"
NAMES = ("data", "frontend", "platform", "mobile", "design")


def test_absent_data_says_where_it_looked_and_exits_0(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    missing = tmp_path / "nowhere"
    result = CliRunner().invoke(app, ["--data", str(missing), "--strict"])
    assert result.exit_code == 0
    assert f"real postings absent (looked in {missing}" in " ".join(result.output.split())
    monkeypatch.setenv(ENV_VAR, str(missing))
    result = CliRunner().invoke(app, [])
    assert result.exit_code == 0
    assert str(missing) in " ".join(result.output.split())


def test_places_default_to_shared_beside_the_repository(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(ENV_VAR, raising=False)
    repo = Path(__file__).resolve().parents[2]
    assert places(None)[0] == repo.parent / "shared" / "real-postings"
    monkeypatch.setenv(ENV_VAR, "/data/real")
    assert places(None) == [Path("/data/real")]
    assert places(Path("/x")) == [Path("/x")]


def _label(item: int, kind: str, relevant: str) -> str:
    labels: dict[str, Any] = {
        "kind": kind,
        "engagement": ["contract"],
        "remote": {"scope": "region", "regions": ["EU"]},
        "eligible": dict.fromkeys(NAMES, "review"),
        "rate": None,
        "scam": False,
        "relevant": {name: name == relevant for name in NAMES},
    }
    file = "hn__tinyproject__who-is-hiring-2026-03.json"
    return json.dumps({"file": file, "id": item, "labels": labels})


@pytest.fixture(scope="module")
def runs(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    """One run with right kinds, one where a label says a hiring post offers work."""
    folder = tmp_path_factory.mktemp("labels")
    right, wrong = folder / "right.jsonl", folder / "wrong.jsonl"
    right.write_text(_label(47000113, "demand", "data") + "\n" + _label(47000142, "demand",
                     "frontend") + "\n{broken\n", encoding="utf-8")  # fmt: skip
    wrong.write_text(_label(47000113, "supply", "data") + "\n", encoding="utf-8")
    runner = CliRunner()
    base = ["--data", str(DATA), "--labels"]
    return {
        "right": runner.invoke(app, [*base, str(right), "--verbose"]),
        "wrong": runner.invoke(app, [*base, str(wrong), "--strict", "--verbose"]),
        "wrong_lax": runner.invoke(app, [*base, str(wrong)]),
    }


def _text(result: Any) -> str:
    return " ".join(result.output.split())


def test_a_run_reports_sources_fields_profiles_and_verdicts(runs: dict[str, Any]) -> None:
    result = runs["right"]
    assert result.exit_code == 0, result.output
    text = _text(result)
    assert "label error: right.jsonl:3: not JSON" in text
    assert (
        "not read: workingnomads__tinyproject__jobs.json: "
        "warmleads has no workingnomads extractor" in text
    )
    assert "labelled postings in the warehouse: 2" in text
    assert "kind 2 2 100.0%" in text
    assert "eligibility[platform] 2" in text
    for name in NAMES:
        assert f"Profile {name}:" in text
    assert "Soft legitimacy flags on employers' own postings" in text
    assert "kind ≥ 95%: met (100.0%)" in text
    assert "data: no irrelevant lead above a relevant one" in text


def test_strict_exits_1_on_a_missed_target_and_names_the_miss(runs: dict[str, Any]) -> None:
    assert runs["wrong"].exit_code == 1
    text = _text(runs["wrong"])
    assert "kind ≥ 95%: not met (0.0%)" in text
    assert (
        "kind: hn__tinyproject__who-is-hiring-2026-03.json 47000113: expected supply, got demand"
        in text
    )
    assert runs["wrong_lax"].exit_code == 0  # a report, unless --strict
