"""`leads intro` to asks in the user's messages: a reply in the ask's language, or a word
that the English draft is not in it."""

from __future__ import annotations

import shutil
from pathlib import Path

from typer.testing import CliRunner

from leads.__main__ import app

ASKS = Path(__file__).parents[1] / "fixtures" / "network" / "linkedin_asks"
# invented: a connection asks in French, addressing the user as "tu"
FRENCH_ASK = (
    '"2-ZnItMDE=","","Jonas Weber","https://www.linkedin.com/in/jonas-weber-dataops",'
    '"Alex Brandt","https://www.linkedin.com/in/alex-brandt-data","2026-11-21 08:00:00 UTC",'
    '"","Salut Alex ! On lance notre appli au Québec. Tu connais quelqu\'un qui pourrait '
    'nous aider avec Airflow ?","INBOX","","No","No"\n'
)


def _leads(*args: str) -> str:
    result = CliRunner().invoke(app, list(args))
    assert result.exit_code == 0, result.output
    return result.output


def _config(tmp_path: Path) -> str:
    export = tmp_path / "export"
    shutil.copytree(ASKS, export)
    with (export / "messages.csv").open("a", encoding="utf-8") as messages:
        messages.write(FRENCH_ASK)
    config = tmp_path / "leads.toml"
    config.write_text(
        '[profile]\nskills = ["python", "airflow"]\nremote_only = true\nlocations = ["FR", "EU"]\n'
        '[network]\nscan_messages = true\n[intro]\nname = "Alex Brandt"\n',
        encoding="utf-8",
    )
    _leads("network", "import", str(export), "--config", str(config))
    return str(config)


def _intro(config: str, poster: str, title: str) -> str:
    query = f"select lead_id from ranked_leads where poster = '{poster}' and title like '{title}'"
    lead = _leads("sql", query, "-f", "csv", "--config", config).split()[-1]
    return _leads("intro", lead, "--config", config)


def test_an_ask_in_french_gets_a_french_reply_and_one_in_bengali_a_word_on_its_english(
    tmp_path: Path,
) -> None:
    config = _config(tmp_path)
    french = _intro(config, "Jonas Weber", "Tu connais%")
    assert "Salut Jonas,\n\nMerci pour ton message !" in french
    assert (
        "Je travaille en freelance sur Python et Airflow, aussi à temps partiel, en télétravail "
        "(France, UE)."
    ) in french
    assert "there is no draft" not in french
    bengali = _intro(config, "Tanvir Rahman", "%")
    assert "They wrote in Bengali; there is no draft in it, so this one is in English." in bengali
    assert "Hi Tanvir,\n\nThanks for your message." in bengali
    german = _intro(config, "Jonas Weber", "Kennst du%")
    assert "danke für deine Nachricht!" in german and "there is no draft" not in german
