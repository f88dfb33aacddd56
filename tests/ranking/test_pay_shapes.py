"""Pay shapes the rate reader used to miss or misread: an OTE's split alone in brackets,
an amount's estimate in another currency (a conversion, not pay of its own), an intern's
stipend, a Hinglish range ("1 lakh se 1.5 lakh"), a Greek month's pay ("μικτά", "14
μισθοί"); and the English "mission" that is a company's aim, not a contract's term."""

from __future__ import annotations

import pytest

from extractors._contract import Posting
from warehouse.ranking.engagement import parse_duration
from warehouse.ranking.features import Features, understand
from warehouse.ranking.profile import Profile, RankingSettings
from warehouse.ranking.rates import names_several_currencies, parse_rate

P = pytest.param
IN_DOLLARS = Profile(skills=("python",), remote_only=False, currency="USD")


def _read(text: str, salary: str | None = None, location: str | None = None) -> Features:
    posting = Posting(
        source="check", source_id="1", url="https://example.com/1", title="Backend Engineer",
        text=text, salary_raw=salary, location=location,
    )  # fmt: skip
    return understand(posting, IN_DOLLARS, RankingSettings())


def test_an_ote_split_alone_in_brackets_is_base_to_target() -> None:
    found = parse_rate("Sell our API to mid-market teams. OTE $160k (60/40).")
    assert found is not None and (found.min, found.max, found.period) == (96_000, 160_000, "year")


def test_a_bracketed_pair_after_no_ote_is_no_split() -> None:
    found = parse_rate("Salary $150k (20/80 hybrid office time)")
    assert found is not None and (found.min, found.max) == (150_000, 150_000)


@pytest.mark.parametrize(
    ("salary", "text"),
    [
        P("€72k (≈ $78k)", "Remote within Spain.", id="a salary field"),
        P(None, "Salary: €72k (approx. $78k), hybrid in Madrid.", id="the text"),
        P(None, "Day rate €600 (~$650) for a 3-month contract.", id="a day rate"),
    ],
)  # fmt: skip
def test_an_estimate_in_the_readers_currency_is_no_pay_of_its_own(
    salary: str | None, text: str
) -> None:
    row = _read(text, salary, "Madrid, Spain")
    assert row.currency == "EUR" and row.rate_min in (72_000, 600)


def test_pay_in_two_currencies_still_gives_the_readers() -> None:
    row = _read("Remote.", "US $150k-$170k / UK £95k-£110k")
    assert (row.rate_min, row.rate_max, row.currency) == (150_000, 170_000, "USD")


@pytest.mark.parametrize(
    ("text", "several"),
    [
        P("$140k-$160k USD", False, id="a sign and its code: one"),
        P("€55.000 EUR brutto", False, id="the euro twice: one"),
        P("US $160k / UK £90k", True, id="two"),
        P("€60k (≈ $65k)", True, id="an estimate: two, read again"),
    ],
)  # fmt: skip
def test_a_field_names_several_currencies_by_code_not_by_sign(text: str, several: bool) -> None:
    assert names_several_currencies(text) is several


@pytest.mark.parametrize(
    ("text", "rate"),
    [
        P("Internship in Lahore. Stipend: PKR 35,000.", (35_000, "PKR"), id="rupees"),
        P("Praktikum in Wien, Stipend: €1.100", (1_100, "EUR"), id="euros"),
    ],
)  # fmt: skip
def test_a_stipend_is_an_interns_month(text: str, rate: tuple[float, str]) -> None:
    found = parse_rate(text)
    assert found is not None and (found.min, found.currency, found.period) == (*rate, "month")


@pytest.mark.parametrize(
    "text",
    [
        P("Learning stipend: €1,500 and a new laptop.", id="learning"),
        P("Home office stipend: PKR 20,000 once.", id="home office"),
    ],
)  # fmt: skip
def test_a_perks_stipend_is_no_pay(text: str) -> None:
    assert parse_rate(text) is None


@pytest.mark.parametrize(
    ("text", "rate"),
    [
        P("Salary 80 thousand? No: 1 lakh se 1.2 lakh per month", (100_000, 120_000),
          id="lakhs"),
        P("Pune office, ₹45k se ₹60k tak per month", (45_000, 60_000), id="thousands, tak"),
    ],
)  # fmt: skip
def test_a_hinglish_range_keeps_both_ends(text: str, rate: tuple[float, float]) -> None:
    found = parse_rate(text)
    assert found is not None and (found.min, found.max, found.period) == (*rate, "month")


def test_a_number_after_se_is_no_range_end() -> None:
    found = parse_rate("Stipendio € 1.800 netti se 40 ore settimanali")
    assert found is not None and found.max == 1_800


@pytest.mark.parametrize(
    ("text", "rate"),
    [
        P("Μισθός: 1.700€ μικτά, 14 μισθοί.", (1_700, "month"), id="a salary word, gross"),
        P("Αμοιβή 1.400€ (14 μισθοί)", (1_400, "month"), id="the year's salaries"),
        P("Ετήσιες αποδοχές 26.000€ μικτά (14 μισθοί).", (26_000, "year"),
          id="a year's pay stays a year's"),
    ],
)  # fmt: skip
def test_a_greek_months_pay(text: str, rate: tuple[float, str]) -> None:
    found = parse_rate(text)
    assert found is not None and (found.min, found.period, found.currency) == (*rate, "EUR")


@pytest.mark.parametrize(
    ("text", "months"),
    [
        P("Our mission over 2 years is to make payroll fair.", None, id="an English aim"),
        P("Our mission: 5 years from now, every clinic runs on us.", None, id="with a colon"),
        P("Mission de 2 ans chez un client, démarrage ASAP.", 24, id="French years"),
        P("Mission d'un an renouvelable à Nantes.", 12, id="French words"),
        P("Mission de 6 mois à Lyon.", 6, id="French months"),
    ],
)  # fmt: skip
def test_a_mission_is_a_term_in_french_only(text: str, months: int | None) -> None:
    found = parse_duration(text)
    assert (found.months if found else None) == months
