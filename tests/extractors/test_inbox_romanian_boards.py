"""Romanian job boards' alerts: eJobs, BestJobs, Hipo and Undelucram, their cards in
Romanian (a setting line, pay in lei or euros, the kind of contract)."""

from __future__ import annotations

from pathlib import Path

import pytest

from extractors._joburls import board_key, national_country
from tests.extractors.test_inbox import _one_card_mail, _only_job

P = pytest.param


@pytest.mark.parametrize(
    ("url", "key"),
    [
        ("https://www.ejobs.ro/user/locuri-de-munca/data-engineer-python-spark/1823456?utm_source=alert",
         "ejobs:1823456"),
        ("https://www.ejobs.ro/locuri-de-munca/bucuresti/it-software", None),
        ("https://www.hipo.ro/locuri-de-munca/vizualizareJob/298765/Data-Engineer", "hipo:298765"),
        ("https://www.hipo.ro/locuri-de-munca/cautajob/IT", None),
        ("https://www.bestjobs.eu/ro/loc-de-munca/data-engineer-remote-7",
         "bestjobs:data-engineer-remote-7"),
        ("https://www.bestjobs.eu/ro/locuri-de-munca-in-bucuresti", None),
        ("https://www.undelucram.ro/ro/joburi/data-engineer-bucuresti-45678", "undelucram:45678"),
        ("https://www.undelucram.ro/ro/companii/orbit-systems", None),
    ],
)  # fmt: skip
def test_romanian_board_links_name_their_job(url: str, key: str | None) -> None:
    found = board_key(url)
    assert (found[0] if found else None) == key


@pytest.mark.parametrize(
    ("sender", "url"),
    [
        P("eJobs <alerte@ejobs.ro>",
          "https://www.ejobs.ro/user/locuri-de-munca/data-engineer/1823457", id="ejobs"),
        P("BestJobs <noreply@bestjobs.eu>",
          "https://www.bestjobs.eu/ro/loc-de-munca/data-engineer-bucuresti-2", id="bestjobs"),
        P("Hipo.ro <joburi@hipo.ro>",
          "https://www.hipo.ro/locuri-de-munca/vizualizareJob/298766/Data-Engineer", id="hipo"),
    ],
)  # fmt: skip
def test_a_romanian_board_card_keeps_its_place_terms_and_pay(
    tmp_path: Path, sender: str, url: str
) -> None:
    card = (
        f'<a href="{url}">Data Engineer</a><div>Carpați Software SRL</div>'
        "<div>București</div><div>Hibrid</div><div>Full time</div>"
        "<div>9.000 - 12.000 lei net</div>"
    )
    job = _only_job(tmp_path / "ro.eml", _one_card_mail(sender, card, "Joburi noi pentru tine"))
    assert (job.title, job.company, job.location, job.salary_raw) == (
        "Data Engineer", "Carpați Software SRL", "București (Hibrid)", "9.000 - 12.000 lei net",
    )  # fmt: skip
    assert national_country(job.url) == "RO"
