"""An Istanbul backend developer's market: Turkish terms, work modes and titles, lira pay
by the month, Istanbul's districts, Türkiye time, a post's "Europe" from Türkiye, and the
Turkish ways of asking an applicant to pay or to move to WhatsApp."""

from __future__ import annotations

import pytest

from extractors._contract import Posting
from flows.config import _CURRENCY_SIGNS
from warehouse.ranking.engagement import parse_duration, parse_engagement
from warehouse.ranking.features import understand
from warehouse.ranking.floors import parse_floor
from warehouse.ranking.foreign_titles import in_english
from warehouse.ranking.legitimacy import assess
from warehouse.ranking.profile import DEFAULT_FX_USD, Profile, RankingSettings
from warehouse.ranking.rates import parse_rate
from warehouse.ranking.remote import parse_remote

P = pytest.param
ISTANBUL = Profile(
    skills=("python", "django", "go", "postgresql"),
    roles=("backend developer",),
    remote_only=False,
    locations=("Istanbul", "Turkey", "UTC+3"),
    currency="USD",
    min_hourly_rate=40.0,
)


@pytest.mark.parametrize(
    ("text", "engagement"),
    [
        P("Tam zamanlı, hibrit çalışma modeli.", "full_time", id="tam zamanlı"),
        P("TAM ZAMANLI, OFİSTEN ÇALIŞMA.", "full_time", id="capitals"),
        P("Yarı zamanlı (haftada 20 saat).", "part_time", id="yarı zamanlı"),
        P("Yari zamanli, uzaktan.", "part_time", id="without Turkish letters"),
        P("12 ay süreli sözleşmeli pozisyon.", "contract", id="sözleşmeli"),
        P("Proje bazlı bir Go geliştirici arıyoruz.", "contract", id="proje bazlı"),
        P("Serbest çalışan (freelance) geliştirici.", "freelance", id="serbest çalışan"),
        P("Fatura kesebilen adaylar tercih sebebidir.", "freelance", id="fatura kesebilen"),
        P("Şahıs şirketi sahibi olmak.", "freelance", id="şahıs şirketi"),
    ],
)  # fmt: skip
def test_turkish_terms(text: str, engagement: str) -> None:
    offer = parse_engagement(None, text)
    assert offer is not None and offer.engagement == engagement


def test_military_service_is_no_term() -> None:
    assert parse_engagement(None, "Askerlik durumu: Yapıldı veya muaf.") is None


@pytest.mark.parametrize(
    ("text", "months"),
    [
        P("12 ay süreli sözleşmeli.", 12, id="ay"),
        P("6 aylık sözleşmeli, tamamen uzaktan.", 6, id="aylık"),
        P("Proje süresi 8 hafta.", 2, id="hafta"),
        P("En az 6 ay deneyim. Tam zamanlı.", None, id="experience"),
        P("3 aylık eğitim programımıza katılın.", None, id="a course"),
    ],
)  # fmt: skip
def test_turkish_lengths(text: str, months: int | None) -> None:
    duration = parse_duration(text)
    assert (duration.months if duration else None) == months


@pytest.mark.parametrize(
    ("location", "text", "scope"),
    [
        P(None, "Tam zamanlı, hibrit çalışma.", "hybrid", id="hibrit"),
        P(None, "Tamamen uzaktan çalışma.", "anywhere", id="uzaktan"),
        P("Uzaktan", "Go geliştirici.", "anywhere", id="a location of uzaktan"),
        P("İstanbul", "Tam zamanlı, ofisten çalışma.", "onsite", id="ofisten"),
        P("İstanbul(Asya) - Kadıköy (Hibrit)", "Python.", "hybrid", id="a card's setting"),
        P(None, "Uzaktan erişim araçları ile destek. Ofisten çalışma.", "onsite",
          id="remote access is no remote work"),
    ],
)  # fmt: skip
def test_turkish_work_modes(location: str | None, text: str, scope: str) -> None:
    assert parse_remote(location, text, None).scope == scope


@pytest.mark.parametrize(
    ("text", "rate"),
    [
        P("Net maaş: 90.000 - 110.000 TL", (90_000, 110_000, "month"), id="net maaş"),
        P("Salary: ₺100.000 - ₺130.000 net per month.", (100_000, 130_000, "month"),
          id="lira sign"),
        P("Brüt maaş 120.000 TL.", (120_000, 120_000, "month"), id="brüt"),
        P("Aylık net 35.000 TL.", (35_000, 35_000, "month"), id="aylık"),
        P("Saatlik ücret: 1.500 TL + KDV.", (1_500, 1_500, "hour"), id="saatlik"),
        P("Bütçe: 25.000 TL. Teslim süresi 1 ay.", (25_000, 25_000, "fixed"), id="bütçe"),
        P("Günde 3.000 TL kazanabilirsiniz!", (3_000, 3_000, "day"), id="günde"),
    ],
)  # fmt: skip
def test_lira_pay(text: str, rate: tuple[float, float, str]) -> None:
    found = parse_rate(text)
    assert found is not None
    assert (found.min, found.max, found.period, found.currency) == (*rate, "TRY")


@pytest.mark.parametrize("text", ["Senior TL with 5 years of Go.", "Eğitim ücreti: ücretsiz."])
def test_no_lira_where_none_is_paid(text: str) -> None:
    assert parse_rate(text) is None


@pytest.mark.parametrize(
    ("written", "amount"), [("₺150.000/month", 150_000), ("1500 TL/hour", 1500)]
)
def test_a_floor_in_lira(written: str, amount: float) -> None:
    floor, currency = parse_floor(written, _CURRENCY_SIGNS, "USD", DEFAULT_FX_USD)
    assert (floor.amount, currency) == (amount, "TRY")


@pytest.mark.parametrize(
    ("title", "english"),
    [
        P("Backend Geliştirici", ["Backend Developer"], id="geliştirici"),
        P("Kıdemli Backend Yazılım Geliştirici", ["Backend Developer"], id="yazılım geliştirici"),
        P("YAZILIM GELİŞTİRİCİ", ["Software Developer"], id="capitals"),
        P("Yazılım Mühendisi", ["Software Engineer"], id="mühendisi"),
        P("Veri Mühendisi", ["Data Engineer"], id="veri"),
        P("Python Yazılımcı", ["Python Developer"], id="yazılımcı"),
        P("Yari Zamanli Backend Gelistirici", ["Backend Developer"], id="no Turkish letters"),
        P("Makine Mühendisi", [], id="another trade"),
    ],
)  # fmt: skip
def test_turkish_titles(title: str, english: list[str]) -> None:
    assert in_english(title) == english


def _eligibility(location: str, text: str = "Hibrit, haftada 2 gün ofis. Python, Django.") -> str:
    posting = Posting(
        source="check", source_id="1", url="https://example.com/1",
        title="Backend Developer", location=location, text=text,
    )  # fmt: skip
    return understand(posting, ISTANBUL, RankingSettings()).eligibility


@pytest.mark.parametrize(
    ("place", "eligibility"),
    [
        P("İstanbul(Asya) - Kadıköy", "eligible", id="Kadıköy"),
        P("Maslak", "eligible", id="Maslak"),
        P("İstanbul (Avrupa Yakası)", "eligible", id="the European side"),
        P("Anadolu Yakası", "eligible", id="the Asian side"),
        P("Ankara, Çankaya", "not_eligible", id="Ankara"),
        P("Bornova", "not_eligible", id="İzmir's Bornova"),
        P("Bursa", "not_eligible", id="Bursa"),
    ],
)  # fmt: skip
def test_an_office_around_istanbul(place: str, eligibility: str) -> None:
    assert _eligibility(place) == eligibility


@pytest.mark.parametrize(
    ("place", "eligibility"),
    [
        P("Remote (Europe)", "review", id="Europe: Türkiye is partly in it"),
        P("Remote (EU only)", "not_eligible", id="the Union is not"),
        P("Avrupa Birliği (Uzaktan)", "not_eligible", id="the Union in Turkish"),
        P("Remote (EMEA)", "eligible", id="EMEA"),
    ],
)  # fmt: skip
def test_a_remote_bloc_from_turkey(place: str, eligibility: str) -> None:
    assert _eligibility(place, "Remote. Python, Django.") == eligibility


def test_turkey_time_after_a_working_day() -> None:
    found = parse_remote(None, "Remote. Working hours 09:00-18:00 TRT.", None)
    assert found.scope == "region" and found.regions == ("UTC+1..UTC+5",)


def test_trt_alone_is_the_broadcaster() -> None:
    found = parse_remote(None, "We built apps for TRT and other broadcasters. Remote.", None)
    assert found.scope == "anywhere"


def _vetoes(text: str) -> list[str]:
    found = assess(title="Backend Developer", company="Acme", text=text, url="https://x.test/1")
    return [flag.code for flag in found.flags if flag.hard]


@pytest.mark.parametrize(
    "text",
    [
        P("Kayıt için 750 TL eğitim ücreti alınmaktadır.", id="a training fee charged"),
        P("Başlamadan önce hesap açılış ücreti olarak 50 USD yatırmanız gerekmektedir.",
          id="an account fee to deposit"),
        P("Deneyim gerekmez. Kayıt ücreti 300 TL.", id="a registration fee stated with its sum"),
        P("Mülakat sadece WhatsApp üzerinden yapılacaktır.", id="an interview on WhatsApp only"),
    ],
)  # fmt: skip
def test_turkish_requests_to_pay_or_chat_veto(text: str) -> None:
    assert _vetoes(text)


@pytest.mark.parametrize(
    "text",
    [
        P("Eğitim ve sertifika programlarına katılım desteği sağlıyoruz.", id="training offered"),
        P("Eğitim ücretleri firmamız tarafından karşılanır.", id="the firm pays the training"),
        P("Üniversitelerin ilgili bölümlerinden mezun, eğitim almış olmak gerekmektedir.",
          id="a degree required"),
        P("Başvurularınızı kariyer sayfamızdan iletebilirsiniz. WhatsApp Business API deneyimi.",
          id="WhatsApp as a product"),
    ],
)  # fmt: skip
def test_turkish_look_alikes_do_not_veto(text: str) -> None:
    assert not _vetoes(text)
