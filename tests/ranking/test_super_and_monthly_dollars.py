"""Australian rates beside superannuation, and dollars a salary names by the month
without saying so: on a Ukrainian or Russian salary line, and on Africa's boards."""

from __future__ import annotations

import pytest

from extractors._contract import Posting
from warehouse.ranking.features import understand
from warehouse.ranking.floors import own_floor_said
from warehouse.ranking.profile import CurrencyFloor, Profile, RankingSettings, RateFloor
from warehouse.ranking.rates import includes_super, parse_field_rate, parse_rate, to_hourly
from warehouse.ranking.regions import place_units

AUD = {"$": "AUD"}


@pytest.mark.parametrize(
    ("text", "rate"),
    [
        ("Contract in Parramatta, $1,050 p.d. + super, 6 months", (1050.0, 1050.0, "day")),
        ("Day rate contract: $920 + super. Start ASAP.", (920.0, 920.0, "day")),
        ("Rate $880-$960 p.d. incl. super, hybrid", (880.0, 960.0, "day")),
        ("Paying $110 p.h. plus super for a tester", (110.0, 110.0, "hour")),
        ("$1,150/day (inclusive of superannuation), Hobart", (1150.0, 1150.0, "day")),
        ("Weekly rate $4,500 p.w. ex super", (4500.0, 4500.0, "week")),
    ],
)
def test_an_australian_rate_beside_super_is_read_with_its_words(
    text: str, rate: tuple[float, float, str]
) -> None:
    found = parse_rate(text, units=AUD)
    assert found is not None
    assert (found.min, found.max, found.period, found.currency) == (*rate, "AUD")
    assert "super" in found.raw.lower()


def test_super_on_top_is_compared_as_posted_and_super_included_without_it() -> None:
    settings = RankingSettings()
    on_top = parse_rate("Day rate $1,000 p.d. + super", units=AUD)
    included = parse_rate("Day rate $1,000 p.d. inc super", units=AUD)
    assert on_top is not None and included is not None
    assert not includes_super(on_top) and includes_super(included)
    top = to_hourly(on_top, "AUD", settings)
    inc = to_hourly(included, "AUD", settings)
    assert top is not None and inc is not None
    assert top[0] == pytest.approx(1000 / settings.hours_per_day)
    assert inc[0] == pytest.approx(1000 / 1.12 / settings.hours_per_day, abs=0.01)
    assert "super" not in top[2]
    assert inc[2] == f"{settings.hours_per_day:g} h/day; less 12% super; AUD"


def test_a_floor_of_its_own_shows_a_rate_inc_super_in_its_unit() -> None:
    rate = parse_rate("$1,000 p.d. inc super", units=AUD)
    assert rate is not None
    own = CurrencyFloor("AUD", RateFloor(900.0, "day"), 8.0)
    said = own_floor_said(rate, own, 111.61, 111.61)
    assert said == "floor 900/day, ≈ 893/day"


@pytest.mark.parametrize(
    "text",
    [
        "Per diem: $70 p.d. allowance for travel days",
        "Travel per diem of $65 p.d. on site",
        "We built the super app for freelancers and raised $2,000,000 in seed funding",
        "Superannuation platform experience ($40bn FUM) wanted",
    ],
)
def test_a_per_diem_a_super_app_and_a_funding_round_are_no_rate(text: str) -> None:
    assert parse_rate(text, units=AUD) is None


def test_a_per_diem_beside_a_salary_leaves_the_salary() -> None:
    found = parse_rate("Salary $95,000 plus $70 p.d. per diem on site visits")
    assert found is not None
    assert (found.min, found.period, found.currency) == (95_000.0, "year", "USD")


@pytest.mark.parametrize(
    ("text", "salary_field", "rate"),
    [
        ("Зарплата\nВід 1800 $", False, (1800.0, None)),
        ("Заробітна плата:\nдо 3500 $", False, (None, 3500.0)),
        ("Від 2200 $", True, (2200.0, None)),
        ("от 2700$", True, (2700.0, None)),
    ],
)
def test_dollars_on_a_cyrillic_salary_line_are_a_months(
    text: str, salary_field: bool, rate: tuple[float | None, float | None]
) -> None:
    found = parse_rate(text, salary_field=salary_field)
    assert found is not None
    assert (found.min, found.max, found.period, found.currency) == (*rate, "month", "USD")


@pytest.mark.parametrize(
    "text",
    [
        "Зарплата\nБюджет від 500$ на дизайн",  # a budget on the line under the label
        "Досвід від 3 років\nвід 2000 $ бонус",  # the line above names no salary
    ],
)
def test_dollars_under_no_salary_label_keep_no_month(text: str) -> None:
    found = parse_rate(text)
    assert found is None or found.period != "month"


def test_dollars_on_an_african_boards_pay_line_are_a_months() -> None:
    monthly = place_units(("KE",)).get("month")
    assert monthly == "USD"
    found = parse_field_rate("USD 2,400 - 3,100", salary_field=True, monthly=monthly)
    assert found is not None
    assert (found.min, found.max, found.period, found.currency) == (2400.0, 3100.0, "month", "USD")
    year = parse_field_rate("USD 85,000 - 100,000", salary_field=True, monthly=monthly)
    assert year is not None and year.period == "year"


@pytest.mark.parametrize("regions", [(), ("US",), ("GB",), ("KE", "US")])
def test_dollars_in_a_salary_field_elsewhere_keep_no_period(regions: tuple[str, ...]) -> None:
    monthly = place_units(regions).get("month")
    assert parse_field_rate("USD 2,400 - 3,100", salary_field=True, monthly=monthly) is None
    assert parse_rate("Salary: $4,000") is None


@pytest.mark.parametrize(
    ("text", "units", "currency"),
    [
        ("CA$88/h, remote in Canada", {}, "CAD"),
        ("C$88/hr incorporated", {}, "CAD"),
        ("A$850/day, Melbourne", {}, "AUD"),
        ("AU$95 per hour", {}, "AUD"),
        ("NZ$100/hr, Christchurch", {}, "NZD"),
        ("HK$550/hour", {}, "HKD"),
        ("S$85/h", {}, "SGD"),
        ("Taux horaire : 88 $/h", {"$": "CAD"}, "CAD"),
        ("US$88/h, remote from Toronto", {"$": "CAD"}, "USD"),
    ],
)
def test_the_dollar_a_sign_names_before_or_a_place_after(
    text: str, units: dict[str, str], currency: str
) -> None:
    found = parse_rate(text, units=units)
    assert found is not None and found.currency == currency


@pytest.mark.parametrize(
    "text", ["Бюджет від 600$ за весь проєкт", "Зарплата\nвід 600$ за весь проект"]
)
def test_dollars_for_the_whole_project_are_its_fixed_price(text: str) -> None:
    found = parse_rate(text)
    assert found is not None
    assert (found.min, found.period, found.currency) == (600.0, "fixed", "USD")


@pytest.mark.parametrize(
    ("text", "flag"),
    [
        ("Day rate $1,000 p.d. inc super. Canberra.", True),
        ("Day rate $1,000 p.d. + super. Canberra.", False),
        ("No rate stated. Canberra.", False),
    ],
)
def test_the_features_say_a_rate_includes_super(text: str, flag: bool) -> None:
    """A plain flag, which `why` reads, not the conversion's words."""
    posting = Posting(
        source="check", source_id="1", url="https://example.com/1",
        title="Solution Architect", location="Canberra, Australia", text=text,
    )  # fmt: skip
    profile = Profile(skills=("aws",), roles=("architect",), currency="AUD")
    assert understand(posting, profile, RankingSettings()).rate_includes_super is flag
