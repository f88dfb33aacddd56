"""Hungarian job boards' alerts: Profession.hu and CV Online, their cards in Hungarian (a
setting line, the kind of work, pay in forints)."""

from __future__ import annotations

from pathlib import Path

import pytest

from extractors._joburls import board_key, national_country
from tests.extractors.test_inbox import _one_card_mail, _only_job

P = pytest.param


@pytest.mark.parametrize(
    ("url", "key"),
    [
        ("https://www.profession.hu/allas/frontend-fejleszto-pixelhid-zrt-budapest-2963734",
         "professionhu:2963734"),
        ("https://www.profession.hu/allas/frontend-fejleszto-budapest-2963734?keywordsearch",
         "professionhu:2963734"),
        ("https://www.profession.hu/allasok/it-programozas-fejlesztes/budapest", None),
        ("https://www.cvonline.hu/hu/allas/react-fejleszto-tisza-informatika-kft-1234567",
         "cvonline:1234567"),
        ("https://www.cvonline.hu/hu/allashirdetesek/it-informatika-0", None),
    ],
)  # fmt: skip
def test_hungarian_board_links_name_their_job(url: str, key: str | None) -> None:
    found = board_key(url)
    assert (found[0] if found else None) == key


@pytest.mark.parametrize(
    ("sender", "url"),
    [
        P("Profession.hu <allasertesito@profession.hu>",
          "https://www.profession.hu/allas/frontend-fejleszto-pixelhid-zrt-budapest-2963734",
          id="profession.hu"),
        P("CV Online <noreply@cvonline.hu>",
          "https://www.cvonline.hu/hu/allas/frontend-fejleszto-pixelhid-zrt-1234567",
          id="cvonline"),
    ],
)  # fmt: skip
def test_a_hungarian_board_card_keeps_its_place_terms_and_pay(
    tmp_path: Path, sender: str, url: str
) -> None:
    card = (
        f'<a href="{url}">Frontend fejlesztő (React)</a><div>Pixelhíd Zrt.</div>'
        "<div>Budapest, XIII. kerület</div><div>Hibrid</div><div>Teljes munkaidő</div>"
        "<div>900 000 - 1 200 000 Ft</div>"
    )
    job = _only_job(tmp_path / "hu.eml", _one_card_mail(sender, card, "Új állásajánlatok"))
    assert (job.title, job.company, job.location, job.salary_raw) == (
        "Frontend fejlesztő (React)", "Pixelhíd Zrt.", "Budapest, XIII. kerület (Hibrid)",
        "900 000 - 1 200 000 Ft",
    )  # fmt: skip
    assert job.engagement_raw == "Teljes munkaidő"
    assert national_country(job.url) == "HU"
