"""A full-stack developer in Lahore, working for Pakistani software houses and for foreign
clients: rupee salaries as Pakistani posts write them (a month's, with no period said:
"Salary: Rs. 120,000 - 180,000", "Tankhwah: 1 lakh"), a "Contractual" post, a shift named
after a country ("UK shift": its working hours, not an office there), and a fee asked
through JazzCash or Easypaisa."""

from __future__ import annotations

import pytest

from warehouse.ranking.engagement import parse_engagement
from warehouse.ranking.legitimacy import assess
from warehouse.ranking.rates import parse_rate
from warehouse.ranking.regions import place_units
from warehouse.ranking.remote import parse_remote

P = pytest.param
_LAHORE = place_units(("PK",))


@pytest.mark.parametrize(
    ("text", "low", "high", "period"),
    [
        P("Salary: Rs. 120,000 - Rs. 180,000\nGender: No preference", 120_000, 180_000, "month",
          id="salary field, no period"),
        P("Salary: 150k PKR gross + annual bonus.", 150_000, 150_000, "month", id="k and code"),
        P("Salary: 1.5 lac - 2 lacs (market competitive)", 150_000, 200_000, "month",
          id="lacs"),
        P("Tankhwah: 1.2 lakh, office timing 10 se 6.", 120_000, 120_000, "month",
          id="roman urdu salary word"),
        P("Rs 95,000 + allowances, EOBI and medical.", 95_000, 95_000, "month",
          id="rupees beside allowances"),
        P("Salary: PKR 2,400,000 per annum.", 2_400_000, 2_400_000, "year",
          id="a year's says so"),
        P("Internship, 3 months.\nStipend: PKR 25,000", 25_000, 25_000, "month",
          id="an intern's stipend"),
        P("Tankhwah 1 lakh se 1.25 lakh tak.", 100_000, 125_000, "month", id="se and tak"),
        P("Salary: 1 lakh se 1.4 lakh, Gulberg office.", 100_000, 140_000, "month",
          id="a range in lakhs with se"),
    ],
)  # fmt: skip
def test_pakistani_salaries_are_a_months(text: str, low: float, high: float, period: str) -> None:
    rate = parse_rate(text, units=_LAHORE)
    assert rate is not None
    assert (rate.min, rate.max, rate.period, rate.currency) == (low, high, period, "PKR")


def test_a_rupee_budget_is_a_projects_price_not_a_salary() -> None:
    rate = parse_rate("Budget: PKR 150,000 for the whole website.", units=_LAHORE)
    assert rate is not None and rate.period == "fixed"


def test_indian_rupees_keep_their_open_period() -> None:
    rate = parse_rate("Salary: Rs. 120,000 - Rs. 180,000", units=place_units(("IN",)))
    assert rate is not None and (rate.currency, rate.period) == ("INR", None)


@pytest.mark.parametrize(
    "text",
    [
        P("Job Type: Contractual\nJob Shift: Morning", id="a label"),
        P("MERN Stack Developer (Contractual)", id="in brackets"),
        P("Contractual position for 1 year (extendable).", id="a position"),
        P("Hiring on contractual basis for our Karachi office.", id="a basis"),
    ],
)  # fmt: skip
def test_contractual_is_a_contract(text: str) -> None:
    offer = parse_engagement(None, text)
    assert offer is not None and offer.engagement == "contract"


@pytest.mark.parametrize(
    "text",
    [
        P("You will review contractual obligations with vendors.", id="obligations"),
        P("Knowledge of contractual terms and SLAs is a plus.", id="terms"),
    ],
)  # fmt: skip
def test_contractual_words_that_are_no_terms(text: str) -> None:
    assert parse_engagement(None, text) is None


@pytest.mark.parametrize(
    ("text", "region"),
    [
        P("Remote role for candidates in Pakistan. UK shift.", "GB", id="UK shift"),
        P("Remote role, US shift.", "US", id="US shift"),
    ],
)  # fmt: skip
def test_a_countrys_shift_is_its_hours_not_where_one_lives(text: str, region: str) -> None:
    scope = parse_remote(None, text, None)
    assert scope.scope == "region" and region in scope.regions
    assert scope.soft is not None  # hours one may keep from elsewhere, no office there


def test_a_shift_alone_names_no_office() -> None:
    assert parse_remote(None, "UK shift", None).scope == "region"


@pytest.mark.parametrize(
    "text",
    [
        P("Transfer via JazzCash to confirm your seat in the typing job.", id="jazzcash"),
        P("Deposit Rs 1,500 on Easypaisa to activate your account.", id="easypaisa"),
    ],
)  # fmt: skip
def test_a_fee_through_a_pakistani_wallet_is_flagged(text: str) -> None:
    result = assess(title="Online job", company=None, text=text, url=None)
    assert any(flag.code == "pay_to_work" and flag.hard for flag in result.flags)


def test_an_app_that_integrates_the_wallets_is_not_flagged() -> None:
    text = (
        "We build payment integrations with JazzCash and Easypaisa for our fintech app. "
        "Salaries are paid by bank transfer; we provide laptop, pick & drop and EOBI."
    )
    result = assess(title="Laravel Developer", company="Ravi Tech", text=text, url=None)
    assert not any(flag.hard for flag in result.flags)


@pytest.mark.parametrize(
    "text",
    [
        P("Home office stipend: PKR 20,000 once.", id="a home office stipend"),
        P("Laptop stipend PKR 60,000 on joining.", id="a laptop stipend"),
    ],
)
def test_a_perks_stipend_is_no_salary(text: str) -> None:
    assert parse_rate(text, units=_LAHORE) is None


@pytest.mark.parametrize(
    ("text", "regions"),
    [
        P("Fully remote. We work with developers based in Pakistan or Egypt.", {"PK", "EG"},
          id="developers it works with"),
        P("Remote, but we only hire engineers based in the UAE.", {"AE"}, id="engineers it hires"),
        P("Fully remote. We work with clients and their designers, all over the world.", set(),
          id="its clients' people are no limit"),
        P("Fully remote. We work with clients based in Saudi Arabia and Oman.", set(),
          id="where its clients are is no limit"),
        P("Remote role. Our customers are mostly in Kuwait; we hire developers based in Egypt.",
          {"EG"}, id="its customers' place beside whom it hires"),
    ],
)  # fmt: skip
def test_whom_a_team_hires_or_works_with_limits_remote_work(text: str, regions: set[str]) -> None:
    assert set(parse_remote("Remote", text, None).regions) == regions


@pytest.mark.parametrize(
    ("text", "flagged"),
    [
        P("Hybrid week: 3 days at the Johar Town office, 2 days work from home.", False,
          id="home days of a hybrid week"),
        P("One day work from home each week.", False, id="one home day"),
        P("Work from home! Earn daily, no skills needed.", True, id="the pitch itself"),
    ],
)  # fmt: skip
def test_the_home_days_of_a_hybrid_week_are_no_work_from_home_pitch(
    text: str, flagged: bool
) -> None:
    found = assess(title="Laravel Developer", company="Arfa Soft", text=text)
    assert any(f.code == "work_from_home" for f in found.flags) == flagged


@pytest.mark.parametrize(
    ("text", "low", "high"),
    [
        P("Tankhwah: Rs 60 hazar se 75 hazar mahana (per month)", 60_000, 75_000, id="a range"),
        P("Salary Rs. 85 hazaar per month, office in Gulberg", 85_000, 85_000, id="hazaar"),
        P("Salary Rs 45,000 per month, office near Hazara Colony", 45_000, 45_000,
          id="Hazara is a place"),
    ],
)  # fmt: skip
def test_hazar_is_a_thousand(text: str, low: float, high: float) -> None:
    rate = parse_rate(text, units=_LAHORE)
    assert rate is not None
    assert (rate.min, rate.max, rate.period, rate.currency) == (low, high, "month", "PKR")
