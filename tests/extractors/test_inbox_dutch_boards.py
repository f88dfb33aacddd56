"""Dutch job and freelance boards' alerts: Freelance.nl, Striive, Werkzoeken.nl, Hoofdkraan
and Nationale Vacaturebank (cards in the shape of the sites' own, with invented jobs)."""

from __future__ import annotations

from pathlib import Path

import pytest

from extractors._joburls import board_key
from tests.extractors.test_inbox import _one_card_mail, _only_job

P = pytest.param


@pytest.mark.parametrize(
    ("url", "key"),
    [
        ("https://www.freelance.nl/opdracht/1234567-data-engineer-amsterdam?utm_source=alert",
         "freelancenl:1234567"),
        ("https://www.freelance.nl/opdrachten/ict", None),
        ("https://striive.com/nl/opdrachten/a1b2c3d4-e5f6-4711-8899-aabbccddeeff",
         "striive:a1b2c3d4-e5f6-4711-8899-aabbccddeeff"),
        ("https://striive.com/nl/opdrachten", None),
        ("https://www.werkzoeken.nl/vacatures/4412345-freelance-data-engineer/",
         "werkzoeken:4412345"),
        ("https://www.hoofdkraan.nl/opdrachten/98765-python-data-pipelines",
         "hoofdkraan:98765"),
        ("https://www.nationalevacaturebank.nl/vacature/1099887/data-engineer?src=mail",
         "nvb:1099887"),
        ("https://www.nationalevacaturebank.nl/vacatures/ict", None),
    ],
)  # fmt: skip
def test_dutch_board_links_name_their_job(url: str, key: str | None) -> None:
    found = board_key(url)
    assert (found[0] if found else None) == key


@pytest.mark.parametrize(
    ("sender", "card", "job"),
    [
        P("Freelance.nl <noreply@freelance.nl>",
          '<a href="https://www.freelance.nl/opdracht/1234567-data-engineer">Data Engineer'
          "</a><div>Opdrachtgever: Gemeente Zaanstad</div><div>Locatie: Zaandam</div>"
          "<div>Uurtarief: € 85 - € 100 excl. btw</div><div>Nieuw</div>"
          "<div>Bekijk opdracht</div>",
          ("freelancenl:1234567", "Data Engineer", "Gemeente Zaanstad", "Zaandam",
           "Uurtarief: € 85 - € 100 excl. btw", "freelance"), id="freelance.nl"),
        P("Striive <no-reply@striive.com>",
          '<a href="https://striive.com/nl/opdrachten/a1b2c3d4-e5f6-4711-8899-aabbccddeeff">'
          "Senior Data Engineer</a><div>Rijkswaterstaat</div><div>Utrecht</div>"
          "<div>Max. uurtarief: € 105</div><div>36 uur per week · 12 maanden</div>",
          ("striive:a1b2c3d4-e5f6-4711-8899-aabbccddeeff", "Senior Data Engineer",
           "Rijkswaterstaat", "Utrecht", "Max. uurtarief: € 105", None), id="striive"),
        P("Hoofdkraan <info@hoofdkraan.nl>",
          '<a href="https://www.hoofdkraan.nl/opdrachten/98765-python-data-pipelines">'
          "Python-ontwikkelaar voor data pipelines</a><div>Webshop BV</div><div>Remote</div>"
          "<div>Vaste prijs € 2.500</div><div>2 dagen geleden</div>",
          ("hoofdkraan:98765", "Python-ontwikkelaar voor data pipelines", "Webshop BV",
           "Remote", "Vaste prijs € 2.500", "freelance"), id="hoofdkraan"),
        P("Nationale Vacaturebank <vacaturemail@nationalevacaturebank.nl>",
          '<a href="https://www.nationalevacaturebank.nl/vacature/1099887/data-engineer">'
          "Data Engineer</a><div>Coolblue</div><div>Rotterdam</div>"
          "<div>Salaris: € 4.500 - € 6.000 per maand</div><div>Solliciteer</div>",
          ("nvb:1099887", "Data Engineer", "Coolblue", "Rotterdam",
           "€ 4.500 - € 6.000 per maand", None), id="nationale vacaturebank"),
        P("Werkzoeken.nl <alert@werkzoeken.nl>",
          '<a href="https://www.werkzoeken.nl/vacatures/4412345-freelance-data-engineer/">'
          "Freelance Data Engineer</a><div>DataWerk BV</div><div>Amstelveen</div>"
          "<div>€ 90 per uur</div><div>Vandaag</div>",
          ("werkzoeken:4412345", "Freelance Data Engineer", "DataWerk BV", "Amstelveen",
           "€ 90 per uur", None), id="werkzoeken.nl"),
    ],
)  # fmt: skip
def test_a_dutch_board_card_keeps_its_fields(
    tmp_path: Path, sender: str, card: str, job: tuple[str | None, ...]
) -> None:
    found = _only_job(tmp_path / "nl.eml", _one_card_mail(sender, card, "Nieuwe opdrachten"))
    got = (found.source_id, found.title, found.company, found.location, found.salary_raw,
           found.engagement)  # fmt: skip
    assert got == job
