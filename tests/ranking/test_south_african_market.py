"""A Cape Town developer's market: rand floors, CTC packages, "FTC" terms, the towns
around Cape Town and Johannesburg, and South African time beside a working day."""

from __future__ import annotations

import pytest

from extractors._contract import Posting
from flows.config import _CURRENCY_SIGNS
from warehouse.ranking.engagement import parse_duration, parse_engagement
from warehouse.ranking.features import understand
from warehouse.ranking.floors import parse_floor
from warehouse.ranking.profile import DEFAULT_FX_USD, Profile, RankingSettings
from warehouse.ranking.rates import parse_rate
from warehouse.ranking.remote import parse_remote

P = pytest.param
CAPE_TOWN = Profile(
    skills=("typescript", "react", "node.js"),
    roles=("full stack developer",),
    remote_only=False,
    locations=("Cape Town", "South Africa", "UTC+2"),
    currency="ZAR",
    min_hourly_rate=500.0,
)
RAND = {"R": "ZAR"}  # the unit a posting placed in South Africa means by "R"


@pytest.mark.parametrize("written", ["R500/hour", "R 500 per hour", "500/hour ZAR", "r500/h"])
def test_a_floor_in_rand(written: str) -> None:
    floor, currency = parse_floor(written, _CURRENCY_SIGNS, "USD", DEFAULT_FX_USD)
    assert (floor.amount, floor.unit, currency) == (500.0, "hour", "ZAR")


@pytest.mark.parametrize(
    ("text", "rate"),
    [
        P("Permanent. Salary: R650k CTC per annum.", (650_000, 650_000, "year"), id="k CTC p.a."),
        P("Hybrid in Rosebank. R720k CTC. React.", (720_000, 720_000, "year"), id="k CTC"),
        P("Salary: R900 000 - R1 100 000 CTC.", (900_000, 1_100_000, "year"), id="CTC range"),
        P("Salary: R55 000 - R65 000 CTC per month", (55_000, 65_000, "month"),
          id="CTC per month"),
        P("Monthly salary R35 000 - R45 000 + medical aid", (35_000, 45_000, "month"),
          id="monthly salary"),
        P("Salary: ZAR 45,000 plus benefits.", (45_000, 45_000, "month"), id="salary in ZAR"),
        P("Rate: R450 - R550 per hour.", (450, 550, "hour"), id="hourly"),
        P("Fixed budget R35 000 for the site.", (35_000, 35_000, "fixed"), id="a budget"),
    ],
)  # fmt: skip
def test_rand_pay(text: str, rate: tuple[float, float, str]) -> None:
    found = parse_rate(text, units=RAND)
    assert found is not None
    assert (found.min, found.max, found.period, found.currency) == (*rate, "ZAR")


def test_a_lakh_ctc_stays_rupees() -> None:
    found = parse_rate("CTC 12 lakhs")
    assert found is not None and found.currency == "INR"


@pytest.mark.parametrize(
    "text",
    ["FTC 6 months with possible extension.", "Senior Developer (FTC)",
     "a 12 month FTC role"],
)  # fmt: skip
def test_a_fixed_term_contract_is_a_contract(text: str) -> None:
    offer = parse_engagement(None, text)
    assert offer is not None and offer.engagement == "contract"


def test_ftc_stands_for_nothing_inside_a_word() -> None:
    assert parse_engagement(None, "Our FTCs team runs 6 months of onboarding") is None


@pytest.mark.parametrize(
    ("place", "eligibility"),
    [
        P("Bellville, Northern Suburbs", "eligible", id="Bellville"),
        P("Durbanville, Cape Town", "eligible", id="Durbanville"),
        P("Century City", "eligible", id="Century City"),
        P("Stellenbosch, Western Cape", "eligible", id="Stellenbosch"),
        P("Sandton, Johannesburg", "not_eligible", id="Sandton"),
        P("Joburg", "not_eligible", id="Joburg"),
        P("Centurion", "not_eligible", id="Centurion"),
    ],
)
def test_an_office_around_cape_town(place: str, eligibility: str) -> None:
    posting = Posting(
        source="check", source_id="1", url="https://example.com/1",
        title="Full Stack Developer", location=place,
        text="Hybrid, 2 days a week in the office. React, Node.js.",
    )  # fmt: skip
    assert understand(posting, CAPE_TOWN, RankingSettings()).eligibility == eligibility


def test_south_african_time_after_a_working_day() -> None:
    found = parse_remote(None, "Remote. Working hours 8am-5pm SAST.", None)
    assert found.scope == "region" and found.regions == ("UTC+1..UTC+5",)


def test_sast_alone_is_security_testing() -> None:
    found = parse_remote(None, "Experience with SAST and DAST tools. Remote.", None)
    assert found.scope == "anywhere"


@pytest.mark.parametrize(
    ("place", "pay", "rate"),
    [
        P("Cape Town CBD, Western Cape", "R450 - R550 per hour", (450, 550, "hour"), id="hourly"),
        P("Stellenbosch, Western Cape", "R650k CTC", (650_000, 650_000, "year"), id="CTC"),
        P("Bellville, Western Cape", "R35 000 - R45 000 a month", (35_000, 45_000, "month"),
          id="monthly"),
    ],
)  # fmt: skip
def test_an_alerts_rand_pay_line_is_the_rate(
    place: str, pay: str, rate: tuple[float, float, str]
) -> None:
    posting = Posting(
        source="inbox", source_id="1", url="https://www.pnet.co.za/jobs--x--1234567-inline.html",
        title="Full Stack Developer", location=place, salary_raw=pay, text="React, Node.js.",
    )  # fmt: skip
    row = understand(posting, CAPE_TOWN, RankingSettings(), summary=True)
    assert (row.rate_min, row.rate_max, row.rate_period, row.currency) == (*rate, "ZAR")


def test_a_length_after_a_developer_title() -> None:
    """ "Developer" ends in "per", which is no "per 6 months" rhythm."""
    duration = parse_duration("Contract Node.js Developer\n6-month contract, hybrid.")
    assert duration is not None and duration.months == 6
