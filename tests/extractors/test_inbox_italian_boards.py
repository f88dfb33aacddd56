"""Italian job boards' alerts: InfoJobs.it, Subito and Randstad Italia, Addlance's
projects (a freelance market's) and Malt Italy's missions."""

from __future__ import annotations

from pathlib import Path

import pytest

from extractors._joburls import board_key, national_country
from tests.extractors.test_inbox import _one_card_mail, _only_job

P = pytest.param


@pytest.mark.parametrize(
    ("url", "key"),
    [
        ("https://www.infojobs.it/milano/sviluppatore-frontend-react/"
         "of-i5a1b2c3d4e5f60718293a4b5c6d7e8f9?applicationOrigin=alert",
         "infojobs:5a1b2c3d4e5f60718293a4b5c6d7e8f9"),
        ("https://www.infojobs.it/offerte-lavoro/milano", None),
        ("https://www.subito.it/offerte-lavoro/cercasi-programmatore-monza-512345678.htm",
         "subito:512345678"),
        ("https://www.subito.it/annunci-lombardia/vendita/informatica/", None),
        ("https://www.randstad.it/offerte-lavoro/sviluppatore-full-stack_sesto-san-giovanni_44512345/",
         "randstad:44512345"),
        ("https://www.randstad.it/offerte-lavoro/milano/", None),
        ("https://www.addlance.com/progetti/sviluppo-web-app-gestionale-48211",
         "addlance:48211"),
        ("https://www.addlance.com/freelance", None),
    ],
)  # fmt: skip
def test_italian_board_links_name_their_job(url: str, key: str | None) -> None:
    found = board_key(url)
    assert (found[0] if found else None) == key


@pytest.mark.parametrize(
    ("sender", "url", "country"),
    [
        P("InfoJobs <notifiche@infojobs.it>",
          "https://www.infojobs.it/milano/sviluppatore-frontend-react/"
          "of-i5a1b2c3d4e5f60718293a4b5c6d7e8f9", "IT", id="infojobs.it"),
        P("Randstad Italia <noreply@randstad.it>",
          "https://www.randstad.it/offerte-lavoro/sviluppatore-react_rho_44512346/", "IT",
          id="randstad"),
    ],
)  # fmt: skip
def test_an_italian_board_card_keeps_its_terms_and_pay(
    tmp_path: Path, sender: str, url: str, country: str
) -> None:
    card = (
        f'<a href="{url}">Sviluppatore Frontend React</a><div>Ticinese Software S.r.l.</div>'
        "<div>Milano</div><div>Tempo indeterminato</div>"
        "<div>28.000 € - 34.000 € lordi annui</div>"
    )
    job = _only_job(tmp_path / "it.eml", _one_card_mail(sender, card, "Nuove offerte per te"))
    assert (job.title, job.company, job.location, job.salary_raw, job.engagement_raw) == (
        "Sviluppatore Frontend React", "Ticinese Software S.r.l.", "Milano",
        "28.000 € - 34.000 € lordi annui", "Tempo indeterminato",
    )  # fmt: skip
    assert national_country(job.url) == country


def test_a_place_with_its_province_is_the_place_and_a_sum_in_a_sentence_no_pay(
    tmp_path: Path,
) -> None:
    card = (
        '<a href="https://www.subito.it/offerte-lavoro/cercasi-programmatore-monza-512345678.htm">'
        "Cercasi programmatore per sito web</a><div>Monza (MB)</div>"
        "<div>Lavoro a progetto, compenso 1.500 €. Possibilità di lavorare da casa.</div>"
    )
    job = _only_job(tmp_path / "s.eml", _one_card_mail("Subito <noreply@subito.it>", card))
    assert (job.company, job.location, job.salary_raw) == (None, "Monza (MB)", None)
    assert "compenso 1.500 €" in job.text


def test_an_addlance_project_is_freelance_work_at_its_budget(tmp_path: Path) -> None:
    card = (
        '<a href="https://www.addlance.com/progetti/sviluppo-web-app-gestionale-48211">'
        "Sviluppo web app gestionale in React e Node.js</a><p>Budget: 3.000 - 5.000 €</p>"
        "<p>Cerchiamo un freelance per sviluppare un gestionale per il nostro studio.</p>"
    )
    job = _only_job(tmp_path / "a.eml", _one_card_mail("Addlance <notifiche@addlance.com>", card))
    assert (job.title, job.salary_raw, job.company, job.engagement) == (
        "Sviluppo web app gestionale in React e Node.js", "Budget: 3.000 - 5.000 €", None,
        "freelance",
    )  # fmt: skip


def test_a_malt_italy_mission_is_read_as_malt_france_s(tmp_path: Path) -> None:
    card = (
        "<p><b>Sviluppatore Full Stack freelance</b></p><p>Cliente : Brera Moda</p>"
        "<p>Milano · Telelavoro parziale</p><p>TJM : 380 €/giorno · Durata : 4 mesi</p>"
        '<p><a href="https://www.malt.it/project/6a1b2c3d4e5f60718293">Vedi la missione</a></p>'
    )
    job = _only_job(tmp_path / "m.eml", _one_card_mail("Malt <noreply@malt.it>", card))
    assert (job.title, job.company, job.salary_raw) == (
        "Sviluppatore Full Stack freelance",
        "Brera Moda",
        "TJM : 380 €/giorno",
    )
