"""A backend and data freelancer in Dubai on a free-zone permit: dirhams as the Emirates'
English posts write them ("Dhs 18k/month"), the labour law's limited and unlimited
contracts, Dubai's districts and free zones and the towns of its metro, roles open to
nationals only, sums for a job's visa or medical that are no pay, and a recruiter's fees
to be paid before joining or a ticket taken off the first salary."""

from __future__ import annotations

import pytest

from extractors._contract import Posting
from warehouse.ranking.engagement import parse_engagement
from warehouse.ranking.features import Features, understand
from warehouse.ranking.legitimacy import assess
from warehouse.ranking.nationals import nationals_only
from warehouse.ranking.profile import Profile, RankingSettings
from warehouse.ranking.rates import parse_rate
from warehouse.ranking.regions import cities_in

P = pytest.param
DUBAI = Profile(
    skills=("python", "spark", "airflow", "postgresql"),
    roles=("data engineer", "backend engineer"),
    engagements=("freelance", "contract"),
    remote_only=False,
    locations=("Dubai", "UAE", "GCC", "UTC+4"),
    currency="AED",
    min_hourly_rate=125.0,
)


def _understood(title: str, location: str, text: str) -> Features:
    posting = Posting(
        source="t", source_id="1", url="https://example.com/1", title=title, location=location,
        text=text,
    )  # fmt: skip
    return understand(posting, DUBAI, RankingSettings())


@pytest.mark.parametrize(
    ("text", "amount", "period"),
    [
        P("Package: Dhs 18k/month + annual ticket.", 18_000, "month", id="Dhs with k"),
        P("DHS 15,000 monthly, visa provided.", 15_000, "month", id="DHS capitals"),
        P("Dh 1,100 per day, 3-month contract.", 1_100, "day", id="Dh a day"),
        P("Salary: 12,500 Dhs, all-inclusive.", 12_500, "month", id="Dhs after a salary"),
    ],
)  # fmt: skip
def test_dirhams_as_english_posts_write_them(text: str, amount: float, period: str) -> None:
    rate = parse_rate(text)
    assert rate is not None
    assert (rate.min, rate.max, rate.period, rate.currency) == (amount, amount, period, "AED")


def test_dhs_is_no_currency_inside_a_word_or_without_an_amount() -> None:
    assert parse_rate("Active DHS clearance required, 5 years of Python.") is None
    assert parse_rate("Adhs 500 per month") is None


@pytest.mark.parametrize(
    "text",
    [
        P("Salary AED 9,500 per month. Pay AED 2,800 for visa processing.", id="visa"),
        P("Salary AED 9,500 per month. AED 450 for the medical test before joining.", id="medical"),
        P("Salary AED 9,500 per month, up to AED 2,000 for your work permit.", id="permit"),
    ],
)  # fmt: skip
def test_a_sum_for_a_job_s_papers_is_no_pay(text: str) -> None:
    rate = parse_rate(text)
    assert rate is not None and (rate.min, rate.max) == (9_500, 9_500)


def test_medical_work_priced_is_still_pay() -> None:
    rate = parse_rate("Budget USD 6,000 for medical device firmware, fixed price.")
    assert rate is not None and (rate.min, rate.period) == (6_000, "fixed")


@pytest.mark.parametrize(
    ("text", "engagement"),
    [
        P("Job type: Limited contract (2 years, renewable).", "full_time", id="limited"),
        P("Unlimited contract. Visa and medical by the company.", "full_time", id="unlimited"),
        P("Time-limited contract, 3 months, day rate.", "contract", id="time-limited"),
        P("6-month contract (extendable), via agency.", "contract", id="a contract"),
    ],
)  # fmt: skip
def test_the_uae_labour_law_s_contracts_are_employment(text: str, engagement: str) -> None:
    offer = parse_engagement(None, text)
    assert offer is not None and offer.engagement == engagement


@pytest.mark.parametrize(
    ("place", "metro"),
    [
        P("DIFC, Dubai, United Arab Emirates", "dubai", id="DIFC"),
        P("JLT", "dubai", id="JLT alone"),
        P("Dubai Silicon Oasis", "dubai", id="a free zone"),
        P("Sharjah, UAE", "dubai", id="Sharjah"),
        P("Ajman", "dubai", id="Ajman"),
        P("ADGM, Abu Dhabi", "abu dhabi", id="ADGM"),
    ],
)  # fmt: skip
def test_the_emirates_districts_and_metros(place: str, metro: str) -> None:
    assert cities_in(place) == (metro,)


def test_an_office_in_sharjah_is_a_dubai_user_s_commute() -> None:
    found = _understood(
        "Data Engineer", "Sharjah Airport Free Zone, Sharjah",
        "Contract, 6 months. Onsite in our Sharjah office. Python, Spark.",
    )  # fmt: skip
    assert (found.remote_scope, found.eligibility) == ("onsite", "eligible")


def test_an_office_in_abu_dhabi_is_another_town() -> None:
    found = _understood(
        "Data Engineer", "Al Maryah Island, Abu Dhabi", "Contract, 6 months. Onsite. Python."
    )
    assert found.eligibility == "not_eligible"


@pytest.mark.parametrize(
    ("text", "phrase"),
    [
        P("This role is open to UAE Nationals only.", "UAE Nationals only", id="only"),
        P("Data Analyst (Saudi National)", "(Saudi National)", id="a title's bracket"),
        P("We are hiring for an Emiratisation role.", "Emiratisation role", id="programme"),
        P("Only Qatari nationals may apply.", "Only Qatari nationals", id="only before"),
        P("GCC nationals preferred.", None, id="a preference"),
        P("We support Emiratisation across the company.", None, id="a company's aim"),
        P("Open not only to UAE nationals but to all residents.", None, id="not only"),
        P("A team of 30 nationalities.", None, id="nationalities"),
    ],
)  # fmt: skip
def test_roles_for_nationals_only(text: str, phrase: str | None) -> None:
    assert nationals_only(text) == phrase


def test_a_role_for_nationals_only_is_for_the_user_to_check() -> None:
    found = _understood(
        "Data Engineer", "Dubai Internet City, Dubai",
        "Contract, 12 months. This role is open to UAE Nationals only. Python, Airflow.",
    )  # fmt: skip
    assert found.eligibility == "review"
    assert "UAE Nationals only" in found.eligibility_reason
    preferred = _understood(
        "Data Engineer", "Dubai Internet City, Dubai",
        "Contract, 12 months. GCC nationals preferred. Python, Airflow.",
    )  # fmt: skip
    assert preferred.eligibility == "eligible"


_ABOUT = (
    " We build logistics software in Dubai with Python, Django and PostgreSQL for retailers"
    " and banks across the Gulf; the team is twelve engineers."
)


@pytest.mark.parametrize(
    "text",
    [
        P("Visa processing fee of AED 3,500 and medical test fee to be paid before joining.",
          id="fees to be paid before joining"),
        P("Ticket cost will be deducted from first salary.", id="a ticket off the first salary"),
        P("Air ticket cost is deducted from your first salary.", id="an air ticket's cost"),
    ],
)  # fmt: skip
def test_a_gulf_recruiter_s_charges_are_pay_to_work(text: str) -> None:
    found = assess(title="Backend Developer", company="Acme", text=text + _ABOUT)
    assert "pay_to_work" in [flag.code for flag in found.flags]


@pytest.mark.parametrize(
    "text",
    [
        P("Visa, medical and air ticket costs are covered by the company.", id="covered"),
        P("Visa fees to be paid by the employer before joining.", id="paid by the employer"),
        P("Return air ticket cost is paid by the company.", id="a ticket paid"),
        P("Event staff: ticket costs are refunded after the show.", id="an event's tickets"),
    ],
)  # fmt: skip
def test_an_employer_that_pays_the_visa_and_ticket_is_not_flagged(text: str) -> None:
    found = assess(title="Backend Developer", company="Acme", text=text + _ABOUT)
    assert "pay_to_work" not in [flag.code for flag in found.flags]
