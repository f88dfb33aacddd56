"""Turkish job boards' alerts: Kariyer.net, Yenibiris and secretcv, and Bionluk's buyer
requests (a freelance market's projects)."""

from __future__ import annotations

from pathlib import Path

import pytest

from extractors._joburls import board_key, national_country
from tests.extractors.test_inbox import _one_card_mail, _only_job

P = pytest.param


@pytest.mark.parametrize(
    ("url", "key"),
    [
        ("https://www.kariyer.net/is-ilani/moda-yazilim-backend-developer-python-django-3912345"
         "?utm_source=alarm", "kariyer:3912345"),
        ("https://www.kariyer.net/is-ilanlari/istanbul-backend-developer", None),
        ("https://www.yenibiris.com/is-ilani/yari-zamanli-backend-gelistirici/2987654",
         "yenibiris:2987654"),
        ("https://www.yenibiris.com/is-ilanlari/istanbul", None),
        ("https://www.secretcv.com/is-ilani/backend-developer-levent-istanbul-i1234567",
         "secretcv:1234567"),
        ("https://www.secretcv.com/is-ilanlari/yazilim", None),
        ("https://bionluk.com/panel/alici-istekleri/258963", "bionluk:258963"),
        ("https://bionluk.com/freelancer-bul", None),
    ],
)  # fmt: skip
def test_turkish_board_links_name_their_job(url: str, key: str | None) -> None:
    found = board_key(url)
    assert (found[0] if found else None) == key


@pytest.mark.parametrize(
    ("sender", "url"),
    [
        P("Kariyer.net <bilgi@kariyer.net>",
          "https://www.kariyer.net/is-ilani/moda-yazilim-backend-developer-3912345",
          id="kariyer"),
        P("Yenibiris <ilan@yenibiris.com>",
          "https://www.yenibiris.com/is-ilani/backend-developer/2987654", id="yenibiris"),
        P("secretcv <noreply@secretcv.com>",
          "https://www.secretcv.com/is-ilani/backend-developer-kadikoy-i1234567", id="secretcv"),
    ],
)  # fmt: skip
def test_a_turkish_board_card_keeps_its_terms_setting_and_lira_pay(
    tmp_path: Path, sender: str, url: str
) -> None:
    card = (
        f'<a href="{url}">Backend Developer (Python/Django)</a><div>Moda Yazılım A.Ş.</div>'
        "<div>İstanbul(Asya) - Kadıköy</div><div>₺90.000 - ₺110.000 Net</div>"
        "<div>Tam Zamanlı</div><div>Hibrit</div><div>Hemen Başvur</div>"
    )
    job = _only_job(tmp_path / "tr.eml", _one_card_mail(sender, card, "Yeni iş ilanları"))
    assert (job.title, job.company, job.location, job.salary_raw, job.engagement_raw) == (
        "Backend Developer (Python/Django)", "Moda Yazılım A.Ş.",
        "İstanbul(Asya) - Kadıköy (Hibrit)", "₺90.000 - ₺110.000 Net", "Tam Zamanlı",
    )  # fmt: skip
    assert national_country(job.url) == "TR"


def test_a_bionluk_request_is_a_freelance_project_at_its_budget(tmp_path: Path) -> None:
    card = (
        '<a href="https://bionluk.com/panel/alici-istekleri/258963">Django ile REST API</a>'
        "<p>Bütçe: 25.000 TL</p><p>E-ticaret sitemiz için proje bazlı Django REST API yazılacak."
        "</p><p>Teklif Ver</p>"
    )
    job = _only_job(tmp_path / "b.eml", _one_card_mail("Bionluk <bildirim@bionluk.com>", card))
    assert (job.title, job.salary_raw, job.company, job.engagement) == (
        "Django ile REST API", "Bütçe: 25.000 TL", None, "freelance"
    )  # fmt: skip
    assert "Django REST API" in job.text


@pytest.mark.parametrize(
    ("setting", "remote"),
    [("Hibrit", False), ("OFİSTEN", False), ("İŞ YERİNDE", False), ("Ofisten", False),
     ("TAMAMEN UZAKTAN", True), ("Tamamen uzaktan", True)],
)  # fmt: skip
def test_a_card_s_setting_line_in_any_case_says_whether_it_is_remote(
    tmp_path: Path, setting: str, remote: bool
) -> None:
    """An all-capital line with Turkish's dotted capital İ reads as its lower-case form."""
    card = (
        '<a href="https://www.kariyer.net/is-ilani/moda-yazilim-backend-developer-3912345">'
        "Backend Developer</a><div>Moda Yazılım A.Ş.</div><div>İstanbul(Asya) - Kadıköy</div>"
        f"<div>{setting}</div>"
    )
    job = _only_job(tmp_path / "tr.eml", _one_card_mail("Kariyer.net <bilgi@kariyer.net>", card))
    assert job.remote is remote
