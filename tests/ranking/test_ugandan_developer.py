"""A Kampala developer's market (BrighterMonday, NGO boards, WhatsApp groups): shillings as
Ugandan posts write them ("Shs 150,000 per day", "Ushs 2.5m", "3.5m/=") and as a floor
("USh 3,000,000/month"), an NGO consultancy as a contract, "home-based" as remote, Uganda's
towns beyond Kampala, the EAC as a bloc, and the Gulf recruiters' placement and medical
fees."""

from __future__ import annotations

import pytest

from extractors._contract import Posting
from flows.config import _CURRENCY_SIGNS, parse_config
from tests.ranking.test_legitimacy import ACME, FILLER, codes, run
from warehouse.ranking.engagement import parse_engagement
from warehouse.ranking.features import understand
from warehouse.ranking.floors import parse_floor
from warehouse.ranking.profile import DEFAULT_FX_USD, Profile, RankingSettings
from warehouse.ranking.rates import parse_rate
from warehouse.ranking.remote import parse_remote

P = pytest.param
KAMPALA = Profile(
    skills=("react", "node.js", "flutter"),
    roles=("full stack developer",),
    remote_only=False,
    locations=("Kampala", "Uganda", "UTC+3"),
    languages=("en",),
    currency="UGX",
    min_hourly_rate=18_750.0,
)


def _posting(location: str | None, text: str) -> Posting:
    return Posting(
        source="check", source_id="1", url="https://example.com/1",
        title="Full Stack Developer", location=location, text=text,
    )  # fmt: skip


@pytest.mark.parametrize(
    ("text", "rate"),
    [
        P("Shs 200,000 per day.", (200_000, 200_000, "day"), id="Shs"),
        P("Salary: Ushs 2.5m per month", (2_500_000, 2_500_000, "month"), id="Ushs 2.5m"),
        P("Pay 3.5m/= per month, negotiable.", (3_500_000, 3_500_000, "month"), id="3.5m/="),
        P("Salary: 1,500,000/= monthly", (1_500_000, 1_500_000, "month"), id="1,500,000/="),
    ],
)  # fmt: skip
def test_shillings_of_the_place(text: str, rate: tuple[float, float, str]) -> None:
    found = parse_rate(text, units={"Shs": "UGX"})
    assert found is not None
    assert (found.min, found.max, found.period, found.currency) == (*rate, "UGX")


def test_a_shilling_with_no_place_is_no_currency() -> None:
    assert parse_rate("Shs 200,000 per day.") is None


def test_a_posting_in_kampala_pays_its_shs_in_ugx() -> None:
    found = understand(_posting("Kampala", "Full Time.\nShs 200,000 per day."), KAMPALA,
                       RankingSettings())  # fmt: skip
    assert (found.rate_min, found.rate_period, found.currency) == (200_000, "day", "UGX")


@pytest.mark.parametrize(
    ("written", "amount", "unit"),
    [
        P("USh 3,000,000/month", 3_000_000, "month", id="USh"),
        P("Ushs 100,000/day", 100_000, "day", id="Ushs"),
        P("UGX 3.5m/month", 3_500_000, "month", id="3.5m"),
        P("Shs 150,000/day", 150_000, "day", id="Shs of a profile in UGX"),
        P("3,000,000/= per month", 3_000_000, "month", id="/="),
    ],
)  # fmt: skip
def test_a_shilling_floor(written: str, amount: float, unit: str) -> None:
    floor, currency = parse_floor(written, _CURRENCY_SIGNS, "UGX", DEFAULT_FX_USD)
    assert (floor.amount, floor.unit, currency) == (amount, unit, "UGX")


def test_a_bare_shilling_floor_needs_a_profile_in_shillings() -> None:
    with pytest.raises(ValueError, match="unknown currency 'Shs'"):
        parse_floor("Shs 150,000/day", _CURRENCY_SIGNS, "USD", DEFAULT_FX_USD)


def test_a_config_in_shillings_and_dollars() -> None:
    profile = {"currency": "USh", "locations": ["Kampala", "Uganda"]}
    config = parse_config({"profile": {**profile, "min_rate": ["USh 3,000,000/month", "$25/hour"]}})
    assert (config.profile.currency, config.profile.min_hourly_rate) == ("UGX", 18_750.0)


@pytest.mark.parametrize(
    ("text", "engagement"),
    [
        P("Type of contract: Individual consultancy, 40 working days.", "contract",
          id="individual consultancy"),
        P("Terms of Reference for an individual consultant.", "contract", id="ToR"),
        P("Consultancy fee: UGX 9,000,000 lump sum.", "contract", id="consultancy fee"),
    ],
)  # fmt: skip
def test_an_ngo_consultancy_is_a_contract(text: str, engagement: str) -> None:
    offer = parse_engagement(None, text)
    assert offer is not None and offer.engagement == engagement


@pytest.mark.parametrize(
    ("location", "text", "scope", "regions"),
    [
        P("Uganda", "Duty station: Home-based, with travel to Gulu and Arua.", "region",
          ("UG",), id="home-based"),
        P("Gulu, Uganda", "Home-based care nurse, visiting patients.", "onsite", ("UG",),
          id="home-based care is no remote work"),
        P("Remote", "Contract.\nOpen to EAC nationals.", "region", ("EAC",), id="EAC"),
    ],
)  # fmt: skip
def test_remote_in_ngo_words(
    location: str, text: str, scope: str, regions: tuple[str, ...]
) -> None:
    found = parse_remote(location, text, None)
    assert (found.scope, found.regions) == (scope, regions)


@pytest.mark.parametrize(
    ("location", "eligibility"),
    [
        P("Entebbe, Uganda", "eligible", id="Entebbe is Greater Kampala"),
        P("Mukono", "eligible", id="Mukono"),
        P("Gulu, Uganda", "not_eligible", id="Gulu"),
        P("Mbarara", "not_eligible", id="Mbarara"),
        P("Jinja, Uganda", "not_eligible", id="Jinja with its country"),
    ],
)  # fmt: skip
def test_an_office_in_uganda(location: str, eligibility: str) -> None:
    found = understand(_posting(location, "Full Time, on site."), KAMPALA, RankingSettings())
    assert found.eligibility == eligibility


def test_jinja_the_template_engine_places_nothing() -> None:
    found = parse_remote(None, "Remote. Flask, Jinja templates and PostgreSQL.", None)
    assert found.regions == ()


@pytest.mark.parametrize(
    ("text", "regions"),
    [
        P("On-site at our office in Jinja town, by the dam.", ("UG",), id="Jinja town"),
        P("On-site at our office in Lira town.", ("UG",), id="Lira town"),
        P("On-site. Our pages render with Jinja.", (), id="Jinja alone"),
    ],
)  # fmt: skip
def test_a_town_named_a_town_is_placed(text: str, regions: tuple[str, ...]) -> None:
    assert parse_remote(None, text, None).regions == regions


@pytest.mark.parametrize(
    ("text", "vetoed"),
    [
        P("Job placement fee: UGX 1,500,000.", True, id="placement fee"),
        P("You must pay for medical examination before deployment.", True, id="medical exam"),
        P("Send Shs 50,000 via MoMo to activate your account.", True, id="MoMo"),
        P("Pay Ushs 30,000 registration on Airtel Money.", True, id="Ushs"),
        P("Field per diems are paid via Mobile Money.", False, id="per diems by Mobile Money"),
        P("We pay for your medical examination before deployment.", False, id="we pay"),
        P("You will integrate MTN MoMo and Airtel Money payments.", False, id="the product"),
        P("Placement fee: none. We never charge candidates.", False, id="no fee"),
    ],
)  # fmt: skip
def test_gulf_recruiters_and_mobile_money(text: str, vetoed: bool) -> None:
    assert bool(codes(run(f"{FILLER}\n{text}", **ACME), hard=True)) is vetoed


@pytest.mark.parametrize(
    ("text", "flagged"),
    [
        P("Duty station: Home-based, with travel to Gulu.", False, id="a duty station"),
        P("Home-based typing jobs, earn daily!", True, id="a pitch"),
    ],
)  # fmt: skip
def test_home_based_as_a_duty_station(text: str, flagged: bool) -> None:
    assert ("work_from_home" in codes(run(f"{FILLER}\n{text}", **ACME), hard=False)) is flagged


@pytest.mark.parametrize(
    ("text", "eligibility"),
    [
        P("Remote, open to developers based in Francophone Africa.", "not_eligible",
          id="Francophone Africa"),
        P("Télétravail complet, Afrique francophone uniquement.", "not_eligible",
          id="Afrique francophone"),
        P("Fully remote, open to candidates in English-speaking Africa.", "eligible",
          id="English-speaking Africa is read as Africa"),
    ],
)  # fmt: skip
def test_francophone_africa_is_a_bloc_without_uganda(text: str, eligibility: str) -> None:
    found = understand(_posting(None, text), KAMPALA, RankingSettings())
    assert found.eligibility == eligibility
