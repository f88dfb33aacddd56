"""Pay against the hours it is for: a part-time week's, month's or year's pay and a
retainer's hours of a month in the hourly conversion; the full week of a German tariff,
of Austria and of the Netherlands behind a share of it; periods and pieces as posts in
English write them ("p/hr", "per mensem", "per sprint")."""

from __future__ import annotations

import pytest

from extractors._contract import Posting
from warehouse.ranking.engagement import parse_hours_per_month, parse_hours_per_week, weekly_load
from warehouse.ranking.features import Features, understand
from warehouse.ranking.profile import Profile, RankingSettings
from warehouse.ranking.rates import Rate, parse_rate, to_hourly

P = pytest.param
HOURLY_70 = Profile(skills=("python",), currency="USD", min_hourly_rate=70.0, remote_only=False)


def _read(text: str, location: str | None = None, profile: Profile = HOURLY_70) -> Features:
    posting = Posting(
        source="check", source_id="1", url="https://example.com/1", text=text, location=location
    )
    return understand(posting, profile, RankingSettings())


@pytest.mark.parametrize(
    ("text", "hourly", "floor"),
    [
        P("Part-time analyst, $7k/mo, 20 hrs/week", 87.5, "above", id="month for 20 h a week"),
        P("Salary: $70,000 per year, 20 hours/week", 77.78, "above",
          id="year for 20 h a week"),
        P("Salary: $70,000 per year, 20 hours/week, prorated", 38.89, "below",
          id="a prorated year is a full week's figure"),
        P("$1,200 per week for 15 hours a week of support", 80.0, "above",
          id="week for 15 h"),
        P("Monthly retainer: $3k/month for 20h of work per month", 150.0, "above",
          id="retainer hours a month"),
        P("A retainer of $5,000 a month covering up to 25 hours of advice", 200.0, "above",
          id="retainer covering up to"),
        P("Monthly retainer of $4,000 for ongoing analytics support", 25.0, "below",
          id="retainer without hours: a full month"),
        P("$6k/mo, full-time, 40 hours a week", 37.5, "below", id="a full week changes nothing"),
    ],
)  # fmt: skip
def test_a_part_time_pay_is_for_the_hours_it_asks(text: str, hourly: float, floor: str) -> None:
    row = _read(text)
    assert (row.hourly_min, row.rate_vs_floor) == (pytest.approx(hourly, abs=0.01), floor)


def test_a_load_range_spreads_the_hourly_figure() -> None:
    """The least pay over the most hours, the most over the least."""
    row = _read("Salary: $4,000-$5,000 per month, 20-25 hours a week")
    assert (row.hourly_min, row.hourly_max) == (pytest.approx(40.0), pytest.approx(62.5))
    assert row.rate_conversion is not None and row.rate_conversion.startswith("80-100 h/month")


def test_to_hourly_ignores_a_load_for_an_hour_or_a_day() -> None:
    rate = Rate(650.0, 650.0, "day", "EUR", "€650/day")
    hourly = to_hourly(rate, "EUR", RankingSettings(), (0.6, 0.6))
    assert hourly is not None and hourly[:2] == (81.25, 81.25)


@pytest.mark.parametrize(
    ("text", "hours"),
    [
        P("20 hours per month of dbt work", (20, 20), id="per month"),
        P("10-15 hrs/month", (10, 15), id="range a month"),
        P("a $3k/month retainer for 20h", (20, 20), id="retainer for"),
        P("$3k/month, 20h retainer", (20, 20), id="hours before retainer"),
        P("20 hours a week", None, id="a week's are not a month's"),
        P("we answer within 24 hours. Paid monthly.", None, id="a reply time"),
    ],
)  # fmt: skip
def test_a_months_hours(text: str, hours: tuple[float, float] | None) -> None:
    assert parse_hours_per_month(text) == hours


@pytest.mark.parametrize(
    ("text", "country", "hours"),
    [
        P("Teilzeit 50%, Vergütung nach TVöD E13", "DE", (19.5, 20.0), id="TVöD"),
        P("TV-L E13, Stellenumfang 75%", None, (29.2, 30.0), id="TV-L"),
        P("Teilzeit 50 %, TV-L E13, 39,8 Stunden-Woche", "DE", (19.9, 19.9),
          id="a week the post states wins"),
        P("Teilzeit 50%", "AT", (19.0, 20.0), id="Austria"),
        P("Data analist, 0,8 fte", "NL", (30.4, 32.0), id="the Netherlands"),
        P("Teilzeit 50%", "DE", (20.0, 20.0), id="Germany without a tariff"),
        P("TVS-Motor dealer, Teilzeit 50%", "DE", (20.0, 20.0), id="not a tariff"),
    ],
)  # fmt: skip
def test_a_share_of_a_full_week(text: str, country: str | None, hours: tuple[float, float]) -> None:
    found = parse_hours_per_week(text, country)
    assert found is not None and (found.least, found.most) == hours


@pytest.mark.parametrize(
    ("text", "hours"),
    [
        P("Salaris € 4.500 per maand bij 40 uur", 40.0, id="bij"),
        P("Salaris € 4.200 bruto per maand o.b.v. 36 uur.", 36.0, id="o.b.v."),
    ],
)
def test_a_dutch_salary_names_the_week_it_is_for(text: str, hours: float) -> None:
    found = parse_hours_per_week(text)
    assert found is not None and found.least == hours


@pytest.mark.parametrize(
    ("text", "rate"),
    [
        P("Contract DevOps engineer, £70 p/hr", (70, 70, "hour", "GBP"), id="p/hr"),
        P("Internship stipend of ₹40,000 per mensem", (40_000, 40_000, "month", "INR"),
          id="per mensem"),
        P("Paying $4-5k per sprint (2-week sprints)", (4_000, 5_000, "piece", "USD"),
          id="per sprint"),
        P("We pay $1,500 per milestone", (1_500, 1_500, "piece", "USD"), id="per milestone"),
    ],
)  # fmt: skip
def test_periods_and_pieces(text: str, rate: tuple[float, float, str, str]) -> None:
    found = parse_rate(text)
    assert found is not None
    assert (found.min, found.max, found.period, found.currency) == rate


def test_a_sprint_is_never_held_against_an_hourly_floor() -> None:
    row = _read("Paying $4-5k per sprint for a senior React dev")
    assert (row.rate_piece, row.hourly_min, row.rate_vs_floor) == ("sprint", None, None)


@pytest.mark.parametrize(
    ("text", "location", "hourly", "conversion"),
    [
        P("Fractional analytics lead, 20-40 h per week. Salary: $70,000 a year.", None,
          (38.89, 77.78), "900-1800 h/year", id="a load up to a full week"),
        P("Part-time data engineer. $60,000 per year, 20-30 hrs/week.", None,
          (44.44, 66.67), "900-1350 h/year", id="a year's pay over 20-30 h"),
        P("Ongoing support: $1,200/week retainer, ~15 h/week.", None, (80.0, 80.0),
          "15 h/week", id="a weekly retainer's hours"),
        P("Collaborazione, compenso 1.500 USD al mese, 20 ore settimanali.", None,
          (18.75, 18.75), "80 h/month", id="Italian hours a week"),
        P("Mission data, 4 000 USD par mois, 20 heures par semaine.", None, (50.0, 50.0),
          "80 h/month", id="French hours a week"),
        P("Data analyst, $4,000/month, 3 days a week.", "Paris, France", (41.67, 41.67),
          "96 h/month", id="three days of France's week are three fifths"),
        P("Data analyst, $4,000/month, 3 days a week.", "Berlin, Germany", (41.67, 41.67),
          "96 h/month", id="and of Germany's"),
        P("Freelance data engineer, $650/day, 3 days a week.", "Paris, France",
          (81.25, 81.25), "8 h/day", id="a day is a day"),
    ],
)  # fmt: skip
def test_pay_over_a_stated_load(
    text: str, location: str | None, hourly: tuple[float, float], conversion: str
) -> None:
    row = _read(text, location)
    assert (row.hourly_min, row.hourly_max) == pytest.approx(hourly, abs=0.01)
    assert row.rate_conversion is not None and row.rate_conversion.startswith(conversion)


def test_three_days_in_paris_are_21_hours_of_frances_week() -> None:
    """The week's hours are the country's; the pay's share of a week is a share."""
    assert parse_hours_per_week("3 days a week", "FR") == (21.0, 21.0)
    assert weekly_load("3 days a week")[1] == (0.6, 0.6)
    assert weekly_load("20-30 hrs/week")[1] is None  # hours, not a share


@pytest.mark.parametrize(
    ("text", "hourly"),
    [
        P("Salary: $32,000 pro rata, 22.5 hours per week", 17.78, id="pro rata"),
        P("$50k-$70k (prorated for 30 hrs/week)", 27.78, id="prorated"),
        P("$28,000 full-time equivalent, 3 days a week", 15.56, id="full-time equivalent"),
        P("$24,000 per annum, 20 hours per week. 25 days holiday (pro rata).", 26.67,
          id="a holiday's pro rata says nothing of the salary"),
    ],
)  # fmt: skip
def test_a_pro_rata_salary_is_a_full_weeks_figure(text: str, hourly: float) -> None:
    assert _read(text).hourly_min == pytest.approx(hourly, abs=0.01)
