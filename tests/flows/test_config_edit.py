"""add_boards: found boards written into leads.toml, the user's file otherwise untouched."""

from __future__ import annotations

from pathlib import Path

import pytest

from extractors._contract import ConfigError
from flows.config import load_config
from flows.config_edit import add_boards

CONFIG = """\
# my warmleads config
[warehouse]
path = "leads.duckdb"  # next to this file

[sources.greenhouse]
# boards I already watch
boards = [
  "fernhill",  # a former client
]

[profile]
skills = ["python"]
"""


def _write(tmp_path: Path, text: str = CONFIG) -> Path:
    path = tmp_path / "leads.toml"
    path.write_text(text, encoding="utf-8")
    return path


def test_tokens_are_appended_and_comments_kept(tmp_path: Path) -> None:
    path = _write(tmp_path)
    assert add_boards(path, {"greenhouse": ["kestrelrobotics"]}) == {
        "greenhouse": ["kestrelrobotics"]
    }
    expected = CONFIG.replace("former client\n", 'former client\n  "kestrelrobotics",\n')
    assert path.read_text(encoding="utf-8") == expected


def test_missing_tables_are_created_with_their_default_base_url(tmp_path: Path) -> None:
    path = _write(tmp_path)
    added = add_boards(path, {"lever": ["loomworks"], "ashby": ["quillfeather"]})
    assert added == {"lever": ["loomworks"], "ashby": ["quillfeather"]}
    text = path.read_text(encoding="utf-8")
    assert text.startswith(CONFIG.split("[profile]")[0])
    assert (
        '[sources.lever]\nbase_url = "https://api.lever.co"\nsites = ["loomworks"]\n\n'
        '[sources.ashby]\nbase_url = "https://api.ashbyhq.com"\nboards = ["quillfeather"]\n\n'
        '[profile]\nskills = ["python"]\n'
    ) in text
    config = load_config(path)
    assert config.sources["lever"].sites == ("loomworks",)
    assert config.sources["ashby"].boards == ("quillfeather",)


def test_sources_table_is_created_in_a_config_without_one(tmp_path: Path) -> None:
    path = _write(tmp_path, '[warehouse]\npath = "leads.duckdb"\n')
    add_boards(path, {"greenhouse": ["kestrelrobotics"]})
    assert path.read_text(encoding="utf-8") == (
        '[warehouse]\npath = "leads.duckdb"\n\n[sources.greenhouse]\n'
        'base_url = "https://boards-api.greenhouse.io"\nboards = ["kestrelrobotics"]\n'
    )


def test_tokens_already_listed_are_not_added_twice(tmp_path: Path) -> None:
    path = _write(tmp_path)
    added = add_boards(path, {"greenhouse": ["fernhill", "kestrel", "kestrel"]})
    assert added == {"greenhouse": ["kestrel"]}
    assert load_config(path).sources["greenhouse"].boards == ("fernhill", "kestrel")


def test_a_board_listed_by_its_careers_url_is_not_added_again(tmp_path: Path) -> None:
    path = _write(
        tmp_path, CONFIG.replace('"fernhill"', '"https://job-boards.greenhouse.io/fernhill"')
    )
    assert add_boards(path, {"greenhouse": ["fernhill", "kestrel"]}) == {"greenhouse": ["kestrel"]}


def test_a_board_only_the_eu_host_knows_is_written_as_its_careers_url(tmp_path: Path) -> None:
    """So each run asks the EU host first; its token already listed is not added again."""
    path = _write(tmp_path)
    eu = "https://job-boards.eu.greenhouse.io/nordvik"
    added = add_boards(path, {"greenhouse": [eu, "https://job-boards.eu.greenhouse.io/fernhill"]})
    assert added == {"greenhouse": [eu]}
    assert load_config(path).sources["greenhouse"].boards == ("fernhill", eu)


def test_nothing_new_leaves_the_file_untouched(tmp_path: Path) -> None:
    path = _write(tmp_path)
    before = path.stat().st_mtime_ns
    assert add_boards(path, {"greenhouse": ["fernhill"], "lever": []}) == {}
    assert path.read_text(encoding="utf-8") == CONFIG
    assert path.stat().st_mtime_ns == before
    assert "sources.lever" not in path.read_text(encoding="utf-8")


def test_an_edit_that_would_not_load_is_not_written(tmp_path: Path) -> None:
    path = _write(tmp_path)
    with pytest.raises(ConfigError, match=r"left unchanged.*boards\[1\]: expected text in quotes"):
        add_boards(path, {"greenhouse": [42]})  # type: ignore[list-item]
    assert path.read_text(encoding="utf-8") == CONFIG
    assert [p.name for p in tmp_path.iterdir()] == ["leads.toml"]  # no staged copy left


def test_a_config_that_does_not_load_is_not_edited(tmp_path: Path) -> None:
    broken = CONFIG.replace("[profile]", "[profile]\nskils = []")
    path = _write(tmp_path, broken)
    with pytest.raises(ConfigError, match="profile.skils: unknown key"):
        add_boards(path, {"greenhouse": ["kestrel"]})
    assert path.read_text(encoding="utf-8") == broken


def test_a_source_without_a_board_list_is_refused(tmp_path: Path) -> None:
    path = _write(tmp_path)
    with pytest.raises(ConfigError, match="sources.remotive: no board list"):
        add_boards(path, {"remotive": ["anything"]})
    assert path.read_text(encoding="utf-8") == CONFIG


def test_a_board_whose_answer_names_no_company_is_written_with_its_company(
    tmp_path: Path,
) -> None:
    path = _write(tmp_path)
    companies = {"loomworks": "Loomworks GmbH", "fernhill": "Fernhill"}
    added = add_boards(path, {"lever": ["loomworks"], "greenhouse": ["kestrel"]}, companies)
    assert added == {"lever": ["loomworks"], "greenhouse": ["kestrel"]}
    text = path.read_text(encoding="utf-8")
    assert 'sites = [{site = "loomworks", company = "Loomworks GmbH"}]' in text
    config = load_config(path)
    from extractors import lever

    assert lever.companies(config.sources["lever"]) == {"loomworks": "Loomworks GmbH"}
    assert add_boards(path, {"lever": ["loomworks"]}, companies) == {}  # known by its token
