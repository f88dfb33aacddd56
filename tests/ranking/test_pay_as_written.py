"""Pay as posts really write it, and what the rate reader used to leave: a Mexican
salary past a month's, a Chilean post too short for its language, the birr priced and
the Yemeni riyal not, a workflow or a landing page paid by the piece, a range whose low
end lost a digit, a contract of one year in French, Spanish or German, and pay after a
"Base:" label with no currency."""

from __future__ import annotations

import pytest

from extractors._contract import Posting
from warehouse.ranking.engagement import parse_duration
from warehouse.ranking.features import Features, understand
from warehouse.ranking.profile import Profile, RankingSettings
from warehouse.ranking.rates import parse_rate, piece_of

P = pytest.param
# an EU contractor with a floor of €500/day, as the config builds it
CONTRACTOR = Profile(
    skills=("python",), remote_only=False, currency="EUR", min_hourly_rate=62.5,
    rate_unit="day", rate_unit_hours=8.0, min_rate=("500/day",),
)  # fmt: skip


def _read(title: str, text: str, location: str | None = None) -> Features:
    posting = Posting(
        source="check", source_id="1", url="https://example.com/1", title=title, text=text,
        location=location,
    )  # fmt: skip
    return understand(posting, CONTRACTOR, RankingSettings())


@pytest.mark.parametrize(
    ("text", "period"),
    [
        P("Sueldo: $420,000 - $540,000 MXN brutos, modalidad híbrida", "year",
          id="a year's, past a month's"),
        P("Sueldo: $38,000 - $46,000 MXN mensuales", "month", id="a month's"),
        P("Sueldo: $65,000 MXN brutos", "month", id="a month's gross"),
    ],
)  # fmt: skip
def test_a_mexican_salary_past_a_months_is_a_years(text: str, period: str) -> None:
    rate = parse_rate(text)
    assert rate is not None and (rate.currency, rate.period) == ("MXN", period)


def test_a_peso_sum_not_named_a_salary_has_no_year() -> None:
    assert parse_rate("Facturamos $850,000 MXN en ventas el año pasado") is None


def test_a_short_chilean_posts_dollar_is_the_peso() -> None:
    row = _read("Dev Node", "Renta $1.700.000 líquidos", "Valparaíso, Chile")
    assert (row.rate_min, row.currency, row.rate_period) == (1_700_000, "CLP", "month")


def test_a_short_english_post_placed_in_mexico_pays_dollars() -> None:
    row = _read("Backend dev", "$45/hr, US hours from Mexico, net 30", "Monterrey, Mexico")
    assert (row.rate_min, row.currency) == (45, "USD")


def test_the_birr_is_priced_and_held_against_the_floor() -> None:
    row = _read("Software Engineer", "Salary: 42,000 ETB per month", "Addis Ababa, Ethiopia")
    assert (row.currency, row.rate_period, row.rate_vs_floor) == ("ETB", "month", "below")
    assert row.hourly_min is not None


def test_the_yemeni_riyal_is_read_but_not_priced() -> None:
    row = _read("مطور ويب - صنعاء", "براتب ٣٠٠٠٠٠ ريال شهريا")
    assert (row.rate_min, row.currency) == (300_000, "YER")
    assert (row.hourly_min, row.rate_vs_floor) == (None, None)


@pytest.mark.parametrize(
    ("text", "piece"),
    [
        P("Paying a flat €40/workflow, 8 to 12 workflows a month", "workflow", id="a workflow"),
        P("$250 per automation built in Make or Zapier", "automation", id="an automation"),
        P("We pay $180 per landing page (Framer)", "landing page", id="a landing page"),
    ],
)  # fmt: skip
def test_built_work_is_paid_by_its_piece(text: str, piece: str) -> None:
    rate = parse_rate(text)
    assert rate is not None and rate.period == "piece" and piece_of(rate.raw) == piece


def test_a_translators_page_floor_never_judges_a_landing_page() -> None:
    rate = parse_rate("We pay $180 per landing page")
    assert rate is not None and piece_of(rate.raw) != "page"


@pytest.mark.parametrize(
    ("text", "bounds"),
    [
        P("Base salary: $135,00-165,000 plus equity", (135_000, 165_000), id="a lost digit"),
        P("€95,00 - 120,00 per day", (95, 120), id="cents on both ends"),
        P("Budget $45,00-$1,500 for the whole site", (45, 1_500), id="too far apart"),
    ],
)  # fmt: skip
def test_a_low_end_that_lost_a_digit_is_thousands(text: str, bounds: tuple[float, float]) -> None:
    rate = parse_rate(text)
    assert rate is not None and (rate.min, rate.max) == bounds


@pytest.mark.parametrize(
    ("text", "months"),
    [
        P("Type de contrat : contrat d'un an, renouvelable", 12, id="a one-year contract"),
        P("CDD d’un an, basé à Nantes", 12, id="a fixed-term of a year"),
        P("Durée : deux ans", 24, id="two years"),
        P("Mission de trois mois en régie", 3, id="three months"),
        P("Startup créée il y a six mois ; mission de 4 mois", 4, id="not an age"),
        P("Un an d'expérience minimum. Mission de 2 mois", 2, id="not experience"),
    ],
)  # fmt: skip
def test_a_french_length_in_words(text: str, months: int) -> None:
    found = parse_duration(text)
    assert found is not None and found.months == months


@pytest.mark.parametrize(
    "text",
    [
        P("Il y a un an, nous avons lancé notre produit", id="a year ago"),
        P("Six mois d’expérience en Python", id="experience"),
        P("contratto di un anno", id="Italian"),
    ],
)  # fmt: skip
def test_no_french_length_where_none_is_said(text: str) -> None:
    assert parse_duration(text) is None


@pytest.mark.parametrize(
    ("text", "months"),
    [
        P("Mission d'un an renouvelable, TJM 550 €", 12, id="a French mission of a year"),
        P("Einsatz für ein Jahr, 80% remote", 12, id="a German assignment of a year"),
        P("Projektlaufzeit: sechs Monate mit Option", 6, id="six months in German"),
        P("Contrato de un año con posibilidad de renovación", 12, id="a Spanish contract"),
        P("Proyecto de seis meses, 100% remoto", 6, id="six months in Spanish"),
    ],
)  # fmt: skip
def test_a_length_in_words_in_spanish_and_german(text: str, months: int) -> None:
    found = parse_duration(text)
    assert found is not None and found.months == months


@pytest.mark.parametrize(
    "text",
    [
        P("Seit sechs Monaten am Markt, jetzt suchen wir Verstärkung", id="since, in German"),
        P("Lanzamos el producto hace seis meses", id="ago, in Spanish"),
        P("Dos años de experiencia con React", id="experience"),
        P("Ein Jahr Berufserfahrung", id="a year of experience"),
        P("Probezeit sechs Monate, unbefristet", id="a German trial"),
        P("Kündigungsfrist von drei Monaten", id="a German notice"),
        P("Período de prueba de dos meses", id="a Spanish trial"),
        P("Our mission is to reach two million users", id="an English mission"),
    ],
)  # fmt: skip
def test_no_length_in_words_where_none_is_said(text: str) -> None:
    assert parse_duration(text) is None


def test_a_base_label_names_pay_without_a_currency() -> None:
    row = _read("Staff Engineer", "Base: 140-160k, Total comp: 200k.", "San Francisco, CA")
    assert (row.rate_min, row.rate_max, row.currency, row.rate_period) == (
        140_000, 160_000, "USD", "year",
    )  # fmt: skip


def test_a_customer_base_is_no_pay() -> None:
    row = _read("Growth Engineer", "Customer base: 20-50k shops.", "Austin, TX")
    assert row.rate_min is None
