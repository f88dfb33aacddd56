"""Indonesia's job boards' alerts: Glints, Karir.com and Projects.co.id (JobStreet's and
Kalibrr's Indonesian sites are read as their other Asian sites)."""

from __future__ import annotations

from pathlib import Path

import pytest

from extractors._joburls import board_key, national_country
from tests.extractors.test_inbox import _one_card_mail, _only_job

P = pytest.param


@pytest.mark.parametrize(
    ("url", "key"),
    [
        ("https://glints.com/id/opportunities/jobs/fullstack-developer/"
         "3f2c9a10-7b4e-4d21-9c3a-5e6f7a8b9c0d?utm_source=email",
         "glints:3f2c9a10-7b4e-4d21-9c3a-5e6f7a8b9c0d"),
        ("https://glints.com/id/opportunities/jobs/explore", None),
        ("https://karir.com/opportunities/1234567?utm_medium=alert", "karir:1234567"),
        ("https://projects.co.id/public/browse_projects/view/b5d2f1/pembuatan-landing-page-nextjs",
         "projectscoid:b5d2f1"),
        ("https://id.jobstreet.com/id/job/81234567?type=alert", "jobstreet:81234567"),
    ],
)  # fmt: skip
def test_indonesian_board_links_name_their_job(url: str, key: str | None) -> None:
    found = board_key(url)
    assert (found[0] if found else None) == key


def test_a_glints_card_keeps_its_place_setting_and_rupiah_pay(tmp_path: Path) -> None:
    url = "https://glints.com/id/opportunities/jobs/fullstack-developer/3f2c9a10-7b4e-4d21-9c3a-5e6f7a8b9c0d"
    card = (
        f'<a href="{url}">Fullstack Developer</a><div>PT Maju Digital Nusantara</div>'
        "<div>Kebayoran Baru, Jakarta Selatan</div><div>Rp 15.000.000 - Rp 20.000.000</div>"
        "<div>Kontrak</div><div>Kerja di kantor</div><div>2 hari yang lalu</div>"
    )
    mail = _one_card_mail("Glints <noreply@glints.com>", card, "Lowongan baru untuk kamu")
    job = _only_job(tmp_path / "g.eml", mail)
    assert (job.title, job.company, job.location, job.salary_raw, job.engagement_raw) == (
        "Fullstack Developer", "PT Maju Digital Nusantara",
        "Kebayoran Baru, Jakarta Selatan (Kerja di kantor)", "Rp 15.000.000 - Rp 20.000.000",
        "Kontrak",
    )  # fmt: skip
    assert job.remote is False


def test_a_karir_card_keeps_its_millions(tmp_path: Path) -> None:
    url = "https://karir.com/opportunities/1234567"
    card = (
        f'<a href="{url}">Backend Engineer</a><div>PT Finansial Cerdas Indonesia</div>'
        "<div>Tangerang Selatan</div><div>Rp 18 - 25 juta</div><div>Penuh Waktu</div>"
        "<div>Lamar Sekarang</div>"
    )
    job = _only_job(tmp_path / "k.eml", _one_card_mail("Karir.com <info@karir.com>", card))
    assert (job.title, job.company, job.location, job.salary_raw, job.engagement_raw) == (
        "Backend Engineer", "PT Finansial Cerdas Indonesia", "Tangerang Selatan",
        "Rp 18 - 25 juta", "Penuh Waktu",
    )  # fmt: skip
    assert national_country(job.url) == "ID"
