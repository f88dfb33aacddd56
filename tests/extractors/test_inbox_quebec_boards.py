"""Québec's job boards' alerts: Jobillico and Jobboom, whose cards are alike (the title
linked to the job, then the company, the place and the pay), in French or English."""

from __future__ import annotations

from pathlib import Path

import pytest

from extractors._joburls import board_key, national_country
from tests.extractors.test_inbox import _one_card_mail, _only_job

P = pytest.param


@pytest.mark.parametrize(
    ("url", "key"),
    [
        ("https://www.jobillico.com/fr/offre-d-emploi/agence-mile-end/"
         "developpeur-front-end/14523687?utm_source=alerte", "jobillico:14523687"),
        ("https://www.jobillico.com/en/job-offer/boreal-medias/front-end-developer/14523699",
         "jobillico:14523699"),
        ("https://www.jobillico.com/fr/recherche-emploi", None),
        ("https://www.jobboom.com/fr/emploi/integrateur-web_4471234", "jobboom:4471234"),
        ("https://www.jobboom.com/en/job/ux-designer_4471240/", "jobboom:4471240"),
        ("https://www.jobboom.com/fr/emploi", None),
    ],
)  # fmt: skip
def test_quebec_board_links_name_their_job(url: str, key: str | None) -> None:
    found = board_key(url)
    assert (found[0] if found else None) == key


@pytest.mark.parametrize(
    ("sender", "url"),
    [
        P("Jobillico <alertes@jobillico.com>",
          "https://www.jobillico.com/fr/offre-d-emploi/assurances-saint-laurent/"
          "developpeur-front-end/14523701", id="jobillico"),
        P("Jobboom <alertes@jobboom.com>",
          "https://www.jobboom.com/fr/emploi/developpeur-front-end_4471251", id="jobboom"),
    ],
)  # fmt: skip
def test_a_quebec_board_card_keeps_its_place_pay_and_country(
    tmp_path: Path, sender: str, url: str
) -> None:
    card = (
        f'<a href="{url}">Développeur front-end</a><div>Assurances Saint-Laurent</div>'
        "<div>Laval, QC</div><div>Permanent, Temps plein</div>"
        "<div>85 000 $ - 95 000 $ par année</div>"
    )
    job = _only_job(tmp_path / "qc.eml", _one_card_mail(sender, card, "Nouvelles offres pour vous"))
    assert (job.title, job.company, job.location, job.salary_raw) == (
        "Développeur front-end", "Assurances Saint-Laurent", "Laval, QC",
        "85 000 $ - 95 000 $ par année",
    )  # fmt: skip
    assert national_country(job.url) == "CA"


@pytest.mark.parametrize(
    ("setting", "remote"),
    [
        P("Télétravail complet", True, id="télétravail complet"),
        P("100 % télétravail", True, id="100 %"),
        P("Hybride", False, id="hybride"),
        P("Sur place", False, id="sur place"),
    ],
)  # fmt: skip
def test_a_french_setting_line_says_how_the_work_is_set(
    tmp_path: Path, setting: str, remote: bool
) -> None:
    card = (
        '<a href="https://www.jobillico.com/fr/offre-d-emploi/studio-laurier/'
        'designer-ux-ui-pigiste/14523690">Designer UX/UI pigiste</a><div>Studio Laurier</div>'
        f"<div>Montréal, QC</div><div>{setting}</div><div>65 $/h</div>"
    )
    job = _only_job(tmp_path / "s.eml", _one_card_mail("Jobillico <alertes@jobillico.com>", card))
    assert (job.company, job.remote) == ("Studio Laurier", remote)
    assert job.location is not None and job.location.startswith("Montréal, QC")
