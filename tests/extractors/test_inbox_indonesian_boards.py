"""Indonesia's job boards' alerts: Glints, Karir.com, Projects.co.id, Dealls and Loker.id
(JobStreet's and Kalibrr's Indonesian sites are read as their other Asian sites)."""

from __future__ import annotations

from pathlib import Path

import pytest

from extractors._joburls import board_key, national_country
from tests.extractors.test_inbox import _one_card_mail, _only_job, _run

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
        ("https://dealls.com/loker/backend-engineer~pt-kopi-senja?utm_source=email",
         "dealls:backend-engineer~pt-kopi-senja"),
        ("https://dealls.com/loker/tipe/loker-magang", None),
        ("https://www.loker.id/teknologi-informasi/programmer/web-developer-cv-mitra.html",
         "lokerid:web-developer-cv-mitra"),
        ("https://www.loker.id/artikel/tips-wawancara-kerja.html", None),
        ("https://www.loker.id/cari-lowongan-kerja?q=python", None),
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


def test_a_project_card_without_a_company_takes_no_label_as_one(tmp_path: Path) -> None:
    url = "https://projects.co.id/public/browse_projects/view/a1c2e3/pembuatan-toko-online"
    card = (
        f'<a href="{url}">Pembuatan Toko Online</a><div>Deadline: 14 Desember 2026</div>'
        "<div>Budget: Rp 3.000.000 - Rp 5.000.000</div><div>Published: 06/12/2026</div>"
    )
    mail = _one_card_mail("Projects.co.id <noreply@projects.co.id>", card, "Project baru")
    job = _only_job(tmp_path / "p.eml", mail)
    assert (job.title, job.company, job.location, job.salary_raw) == (
        "Pembuatan Toko Online",
        None,
        None,
        "Budget: Rp 3.000.000 - Rp 5.000.000",
    )


@pytest.mark.parametrize(
    ("lines", "company", "location"),
    [
        P("<div>Lokasi: Yogyakarta</div><div>Gaji: Rp 4.500.000</div>", None, "Yogyakarta",
          id="labelled place"),
        P("<div>Kategori: Penulisan</div><div>Yogyakarta</div><div>Rp 4.500.000</div>", None,
          "Yogyakarta", id="a label no parser reads"),
        P("<div>PT Kreasi</div><div>Remote: Asia only</div><div>Rp 4.500.000</div>", "PT Kreasi",
          "Remote: Asia only", id="a place as a label is the place"),
    ],
)  # fmt: skip
def test_a_labelled_line_is_no_company(
    tmp_path: Path, lines: str, company: str | None, location: str
) -> None:
    url = "https://glints.com/id/opportunities/jobs/content-writer/9f8e7d6c-aaaa-bbbb-cccc-ddddeeeeffff"
    card = f'<a href="{url}">Content Writer</a>{lines}'
    job = _only_job(tmp_path / "g.eml", _one_card_mail("Glints <noreply@glints.com>", card))
    assert (job.company, job.location, job.salary_raw) == (company, location, "Rp 4.500.000")


def test_dealls_and_loker_id_cards_are_read(tmp_path: Path) -> None:
    card = (
        '<a href="https://dealls.com/loker/backend-engineer~pt-kopi-senja">Backend Engineer</a>'
        "<div>PT Kopi Senja</div><div>Jakarta Selatan</div><div>Rp 12 - 18 juta</div>"
        "<div>Kontrak</div>"
    )
    job = _only_job(tmp_path / "d.eml", _one_card_mail("Dealls <hello@dealls.com>", card))
    assert (job.source_id, job.company, job.location, job.salary_raw, job.engagement_raw) == (
        "dealls:backend-engineer~pt-kopi-senja", "PT Kopi Senja", "Jakarta Selatan",
        "Rp 12 - 18 juta", "Kontrak",
    )  # fmt: skip
    assert national_country(job.url) == "ID"
    url = "https://www.loker.id/teknologi-informasi/web-developer-cv-mitra.html"
    card = f'<a href="{url}">Web Developer</a><div>CV Mitra Solusi</div><div>Semarang</div>'
    job = _only_job(tmp_path / "l.eml", _one_card_mail("Loker.id <info@loker.id>", card))
    assert (job.source_id, job.company, job.location) == (
        "lokerid:web-developer-cv-mitra",
        "CV Mitra Solusi",
        "Semarang",
    )


@pytest.mark.parametrize(
    ("subject", "jobs"),
    [
        P("Lamaran Anda telah dilihat oleh PT Kopi Senja", 0, id="application viewed"),
        P("Update status lamaran kamu", 0, id="application status"),
        P("Lowongan baru: kirim lamaran Anda sekarang", 1, id="an alert asks for one"),
    ],
)  # fmt: skip
def test_mail_about_ones_own_application_brings_no_job(
    tmp_path: Path, subject: str, jobs: int
) -> None:
    card = '<a href="https://karir.com/opportunities/1234567">Backend Engineer</a>'
    card += "<div>PT Finansial Cerdas Indonesia</div><div>Tangerang Selatan</div>"
    (tmp_path / "m.eml").write_bytes(_one_card_mail("Karir.com <info@karir.com>", card, subject))
    assert len(_run(tmp_path / "m.eml").postings) == jobs
