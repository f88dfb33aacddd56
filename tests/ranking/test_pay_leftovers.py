"""Pay the rate reader used to miss: the riyal and the dinar of a town an Arabic title
names, the Gulf's months, Vietnamese thousands per unit ("300k-800k/ngày"), a Romanian
card's fee, on-target earnings split with commission, a retirement plan's match, and
a peso salary in Bogotá, Santiago or Guadalajara, a month's."""

from __future__ import annotations

import pytest

from extractors._contract import Posting
from warehouse.ranking.features import Features, understand
from warehouse.ranking.profile import Profile, RankingSettings
from warehouse.ranking.rates import parse_field_rate, parse_rate

P = pytest.param
ANYONE = Profile(skills=("python",), remote_only=False)


def _read(title: str, text: str, location: str | None = None) -> Features:
    posting = Posting(
        source="check", source_id="1", url="https://example.com/1", title=title, text=text,
        location=location,
    )  # fmt: skip
    return understand(posting, ANYONE, RankingSettings())


@pytest.mark.parametrize(
    ("title", "text", "rate"),
    [
        P("مطلوب مطور واجهات في مسقط", "الراتب: ٧٥٠ ريال شهريًا.", (750, "OMR"), id="Muscat"),
        P("مبرمج تطبيقات - صنعاء", "براتب ٢٥٠٠٠٠ ريال شهريا", (250_000, "YER"), id="Sanaa"),
        P("مطلوب محلل بيانات في عمان", "الراتب ٨٥٠ دينار شهريًا", (850, "JOD"),
          id="Amman's dinar"),
        P("فرصة عمل في عمان", "مطلوب مصمم، الراتب ١١٠٠ ريال", (1_100, "OMR"),
          id="Oman's riyal"),
        P("مطلوب مطور في الكويت", "الراتب ٧٠٠ دينار", (700, "KWD"), id="Kuwait's dinar"),
        P("مصمم جرافيك - الدوحة", "براتب ٩٥٠٠ ريال", (9_500, "QAR"),
          id="a Qatari month needs no period word"),
    ],
)  # fmt: skip
def test_an_arabic_titles_town_names_the_riyal_or_dinar(
    title: str, text: str, rate: tuple[float, str]
) -> None:
    row = _read(title, text)
    assert (row.rate_min, row.currency, row.rate_period) == (rate[0], rate[1], "month")


def test_a_dinar_with_no_place_is_no_currency() -> None:
    assert _read("مطلوب مصمم", "الراتب ٥٠٠ دينار").rate_min is None


@pytest.mark.parametrize(
    ("text", "rate"),
    [
        P("Thu nhập 300k-800k/ngày", (300_000, 800_000, "day"), id="a day"),
        P("Lương 200k/giờ", (200_000, 200_000, "hour"), id="an hour"),
        P("Hỗ trợ 500k / tuần", (500_000, 500_000, "week"), id="spaced"),
        P("Lương 800K/tháng", (800_000, 800_000, "month"), id="capital K"),
    ],
)  # fmt: skip
def test_vietnamese_thousands_before_a_unit_are_dong(
    text: str, rate: tuple[float, float, str]
) -> None:
    found = parse_rate(text)
    assert found is not None
    assert (found.min, found.max, found.period, found.currency) == (*rate, "VND")


@pytest.mark.parametrize(
    "text",
    [
        P("Hỗ trợ 50k tiền xăng mỗi buổi", id="no unit after"),
        P("Team of 5k/users", id="an English unit"),
        P("$2k/tháng", id="a dollar stays a dollar"),
    ],
)  # fmt: skip
def test_thousands_without_a_vietnamese_unit_are_no_dong(text: str) -> None:
    found = parse_rate(text)
    assert found is None or found.currency != "VND"


@pytest.mark.parametrize(
    "text",
    [
        P("Taxă de înscriere 2.000 lei", id="a sign-up fee"),
        P("Taxa de participare: 1.500 lei net", id="without diacritics"),
        P("taxa de procesare 300 lei pe lună", id="a monthly processing fee"),
        P("Garanție 1.000 lei / lună", id="a deposit"),
    ],
)  # fmt: skip
def test_a_romanian_fee_is_no_pay(text: str) -> None:
    assert parse_field_rate(text, salary_field=True) is None
    assert parse_rate(text) is None


def test_a_romanian_fee_beside_the_pay_leaves_the_pay() -> None:
    found = parse_rate("Câștig 4.000 lei net/lună. Garanție 500 lei la angajare.")
    assert found is not None and (found.min, found.period, found.currency) == (4000, "month", "RON")


@pytest.mark.parametrize(
    ("text", "low", "high"),
    [
        P("OTE $200k (50/50 split). Remote, US.", 100_000, 200_000, id="half base"),
        P("$180k OTE, 60/40 base/variable", 108_000, 180_000, id="base/variable"),
        P("OTE: $160,000 - $200,000 (60/40 split)", 96_000, 200_000, id="a range"),
        P("Founding AE | $180-200k OTE + equity", 180_000, 200_000, id="no split: the OTE"),
        P("Remote, $150k base, 50/50 split of duties", 150_000, 150_000,
          id="a split of no OTE"),
    ],
)  # fmt: skip
def test_on_target_earnings_split_span_base_to_target(text: str, low: float, high: float) -> None:
    found = parse_rate(text)
    assert found is not None and (found.min, found.max, found.period) == (low, high, "year")


def test_a_retirement_match_is_no_salary() -> None:
    text = "We match 401(k) contributions up to a maximum of $10,000 per year. Salary: $130k-$150k."
    found = parse_rate(text)
    assert found is not None and (found.min, found.max) == (130_000, 150_000)


@pytest.mark.parametrize(
    ("text", "location", "rate"),
    [
        P("Buscamos desarrollador. Salario: $5.000.000", "Bogotá, Colombia",
          (5_000_000, 5_000_000, "COP"), id="Bogotá"),
        P("Ofrecemos: salario de $4.000.000 a $5.500.000 + prestaciones", "Medellín",
          (4_000_000, 5_500_000, "COP"), id="a range in words"),
        P("Sueldo líquido $1.500.000", "Santiago, Chile", (1_500_000, 1_500_000, "CLP"),
          id="Santiago"),
        P("Ofrecemos renta de $2.200.000 bruta mensual y buen ambiente", "Santiago, Chile",
          (2_200_000, 2_200_000, "CLP"), id="renta, bruta"),
        P("Sueldo: $28,000 más prestaciones", "Guadalajara, Jalisco", (28_000, 28_000, "MXN"),
          id="Guadalajara"),
    ],
)  # fmt: skip
def test_a_peso_salary_is_a_months(
    text: str, location: str, rate: tuple[float, float, str]
) -> None:
    row = _read("Desarrollador Backend", text, location)
    assert (row.rate_min, row.rate_max, row.currency, row.rate_period) == (*rate, "month")


def test_a_peso_budget_stays_a_fixed_price() -> None:
    row = _read("Desarrollador", "Presupuesto $3.000.000 por el proyecto completo", "Bogotá")
    assert (row.currency, row.rate_period) == ("COP", "fixed")
