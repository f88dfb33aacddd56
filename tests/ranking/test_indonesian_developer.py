"""A Jakarta full-stack freelancer's market: Indonesian terms (kontrak/PKWT, PKWTT,
karyawan tetap, penuh and paruh waktu, pekerja lepas), pay in rupiah ("Rp 15.000.000 -
Rp 20.000.000 per bulan", "Rp 8-12 juta/bulan", "15jt", "Rp 30 juta per proyek"),
Jabodetabek's towns, WFO, WFA and work from home, the freelancer's own post, and the
deposit and chat requests of Indonesia's task scams."""

from __future__ import annotations

import pytest

from extractors._contract import Posting
from flows.config import _CURRENCY_SIGNS
from warehouse.ranking.engagement import parse_duration, parse_engagement
from warehouse.ranking.features import understand
from warehouse.ranking.floors import parse_floor
from warehouse.ranking.kind import parse_kind
from warehouse.ranking.legitimacy import assess
from warehouse.ranking.profile import DEFAULT_FX_USD, Profile, RankingSettings
from warehouse.ranking.rates import parse_rate
from warehouse.ranking.remote import parse_remote

P = pytest.param
JAKARTA = Profile(
    skills=("react", "next.js", "node.js", "laravel", "postgresql"),
    roles=("full stack developer",),
    remote_only=False,
    locations=("Jakarta", "Indonesia", "UTC+7"),
    currency="USD",
    min_hourly_rate=25.0,
)


@pytest.mark.parametrize(
    ("text", "engagement"),
    [
        P("Kontrak (PKWT) 12 bulan · WFO", "contract", id="PKWT"),
        P("Status: kontrak 1 tahun, bisa diperpanjang.", "contract", id="kontrak"),
        P("Pekerja lepas · Remote", "freelance", id="pekerja lepas"),
        P("Karyawan tetap (PKWTT) setelah masa percobaan.", "full_time", id="karyawan tetap"),
        P("Penuh waktu, Senin - Jumat.", "full_time", id="penuh waktu"),
        P("Paruh waktu (20 jam/minggu), WFH penuh.", "part_time", id="paruh waktu"),
        P("Perjanjian kontrak kerja waktu tidak tertentu.", "full_time", id="PKWTT spelled out"),
    ],
)  # fmt: skip
def test_indonesian_terms(text: str, engagement: str) -> None:
    offer = parse_engagement(None, text)
    assert offer is not None and offer.engagement == engagement


def test_a_rented_room_is_no_contract() -> None:
    assert parse_engagement(None, "Dekat kontrakan dan kos-kosan karyawan.") is None


@pytest.mark.parametrize(
    ("text", "rate"),
    [
        P("Gaji: Rp 15.000.000 - Rp 20.000.000 per bulan", (15e6, 20e6, "month"), id="per bulan"),
        P("Gaji Rp 8-12 juta/bulan", (8e6, 12e6, "month"), id="juta/bulan"),
        P("Gaji 15jt/bulan", (15e6, 15e6, "month"), id="jt"),
        P("Gaji: 12jt - 15jt nego.", (12e6, 15e6, "month"), id="a salary in jt"),
        P("Gaji Rp 10 - 14 juta.", (10e6, 14e6, "month"), id="a salary in millions"),
        P("Budget: Rp 30 juta per proyek.", (30e6, 30e6, "fixed"), id="per proyek"),
        P("Budget Rp 5.000.000 - Rp 8.000.000.", (5e6, 8e6, "fixed"), id="a budget"),
        P("Gaji harian Rp 300.000 - Rp 1.500.000!", (3e5, 1.5e6, "day"), id="gaji harian"),
        P("Rate: Rp 150.000/jam.", (150_000, 150_000, "hour"), id="jam"),
        P("Uang saku Rp 2.000.000/bulan.", (2e6, 2e6, "month"), id="uang saku"),
    ],
)  # fmt: skip
def test_pay_in_rupiah(text: str, rate: tuple[float, float, str]) -> None:
    found = parse_rate(text)
    assert found is not None
    assert (found.min, found.max, found.period, found.currency) == (*rate, "IDR")


@pytest.mark.parametrize(
    "text",
    [
        P("A team of 5 rb players.", id="rb alone"),
        P("Rps and RPM metrics.", id="Rps is no rupiah"),
        P("Series A of $30 juta.", id="juta beside dollars"),
    ],
)  # fmt: skip
def test_no_rupiah(text: str) -> None:
    assert parse_rate(text) is None


def test_a_rupiah_floor() -> None:
    floor, currency = parse_floor("Rp 25 juta/bulan", _CURRENCY_SIGNS, "USD", DEFAULT_FX_USD)
    assert (floor.amount, floor.unit, currency) == (25e6, "month", "IDR")


@pytest.mark.parametrize(
    ("text", "months"),
    [
        P("Kontrak 6 bulan, hybrid.", 6, id="6 bulan"),
        P("Status kontrak (PKWT) 1 tahun via outsourcing.", 12, id="PKWT 1 tahun"),
        P("Durasi pengerjaan 1 bulan.", 1, id="durasi"),
        P("Kualifikasi: min. 3 tahun pengalaman React.", None, id="experience after"),
        P("Pengalaman 2 tahun sebagai web developer.", None, id="experience before"),
        P("Karyawan tetap setelah 3 bulan.", None, id="after three months"),
    ],
)  # fmt: skip
def test_indonesian_lengths(text: str, months: int | None) -> None:
    duration = parse_duration(text)
    assert (duration.months if duration else None) == months


@pytest.mark.parametrize(
    ("location", "text", "scope"),
    [
        P("Jakarta Barat, DKI Jakarta", "Full-time · WFA", "region", id="WFA"),
        P(None, "Paruh waktu, WFA.", "anywhere", id="WFA with no place"),
        P("Jaksel", "Penuh waktu, WFO Senin-Jumat di kantor Jaksel.", "onsite", id="WFO"),
        P("Seluruh Indonesia", "Kerja dari rumah, gaji harian.", "region", id="from home"),
        P("Tangerang, Banten", "Hybrid (3 hari WFO di BSD City)", "hybrid", id="hybrid"),
    ],
)  # fmt: skip
def test_indonesian_modes(location: str | None, text: str, scope: str) -> None:
    assert parse_remote(location, text, None).scope == scope


def _eligibility(location: str, text: str = "Penuh waktu, WFO di kantor.") -> str:
    posting = Posting(
        source="check", source_id="1", url="https://example.com/1",
        title="Full Stack Developer", location=location, text=text,
    )  # fmt: skip
    return understand(posting, JAKARTA, RankingSettings()).eligibility


@pytest.mark.parametrize(
    ("place", "eligibility"),
    [
        P("Jaksel", "eligible", id="Jaksel"),
        P("Jakarta Selatan, Jakarta Raya", "eligible", id="Jakarta Selatan"),
        P("BSD City, Tangerang Selatan", "eligible", id="BSD"),
        P("Cikarang, Bekasi", "eligible", id="Cikarang"),
        P("Surabaya, Jawa Timur", "not_eligible", id="Surabaya"),
        P("Canggu, Bali", "not_eligible", id="Bali"),
    ],
)  # fmt: skip
def test_an_office_in_jakarta(place: str, eligibility: str) -> None:
    assert _eligibility(place) == eligibility


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        P("Halo, saya full-stack developer freelance. Saya menerima proyek website dan "
          "aplikasi web.", "supply", id="saya menerima proyek"),
        P("Dicari programmer PHP (Laravel) untuk kantor Bekasi.", "demand", id="dicari"),
    ],
)  # fmt: skip
def test_indonesian_kind(text: str, kind: str) -> None:
    found = parse_kind(None, text)
    assert found is not None and found[0] == kind


def _vetoes(text: str) -> list[str]:
    found = assess(title="Admin Online", company="PT Acme", text=text, url="https://x.test/1")
    return [flag.code for flag in found.flags if flag.hard]


@pytest.mark.parametrize(
    "text",
    [
        P("Syarat: membayar biaya pendaftaran Rp 150.000 untuk seragam.", id="registration fee"),
        P("Wajib membayar uang deposit Rp 100rb untuk aktivasi akun VIP.", id="deposit"),
        P("Tugas mudah, gaji harian. Hubungi admin via WhatsApp: 0812-0000-1111", id="WhatsApp"),
        P("Chat admin di Telegram untuk mulai tugas.", id="Telegram"),
    ],
)  # fmt: skip
def test_indonesian_requests_veto(text: str) -> None:
    assert _vetoes(text)


@pytest.mark.parametrize(
    "text",
    [
        P("Tidak dipungut biaya apapun dalam proses rekrutmen.", id="no fee asked"),
        P("Membangun fitur deposit dan penarikan saldo untuk dompet digital.",
          id="a wallet's feature"),
        P("Biaya pelatihan dan sertifikasi AWS ditanggung perusahaan.", id="the firm pays"),
    ],
)  # fmt: skip
def test_indonesian_look_alikes_do_not_veto(text: str) -> None:
    assert not _vetoes(text)
