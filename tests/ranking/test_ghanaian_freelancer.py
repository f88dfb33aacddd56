"""An Accra full-stack freelancer's market: pay in cedis as posts and floors write them
("Cedis 20,000 - 25,000", "5,000 Ghana cedis", "GH₵ 15,000/month"), naira as a word, the
West and East African blocs remote posts limit to, and Accra's districts as offices."""

from __future__ import annotations

import pytest

from extractors._contract import Posting
from flows.config import _CURRENCY_SIGNS
from warehouse.ranking.features import understand
from warehouse.ranking.floors import parse_floor
from warehouse.ranking.profile import DEFAULT_FX_USD, Profile, RankingSettings
from warehouse.ranking.rates import parse_rate

P = pytest.param


def _profile(*locations: str) -> Profile:
    return Profile(
        skills=("react", "node.js", "typescript"),
        roles=("full stack developer",),
        remote_only=False,
        locations=locations,
        currency="USD",
        min_hourly_rate=35.0,
    )


ACCRA = _profile("Accra", "Ghana", "UTC+0")
NAIROBI = _profile("Nairobi", "Kenya", "UTC+3")


@pytest.mark.parametrize(
    ("text", "rate"),
    [
        P("Pay: Cedis 20,000 - 25,000 per month", (20_000, 25_000, "GHS"), id="Cedis before"),
        P("Salary: 9,000 - 11,000 cedis monthly", (9_000, 11_000, "GHS"), id="cedis after"),
        P("Salary: 5,000 Ghana cedis per month", (5_000, 5_000, "GHS"), id="Ghana cedis"),
        P("Salary: 350,000 naira per month", (350_000, 350_000, "NGN"), id="naira"),
    ],
)  # fmt: skip
def test_cedis_and_naira_as_words(text: str, rate: tuple[float, float, str]) -> None:
    found = parse_rate(text)
    assert found is not None
    assert (found.min, found.max, found.currency, found.period) == (*rate, "month")


@pytest.mark.parametrize(
    ("written", "amount", "unit"),
    [
        P("GH₵ 15,000/month", 15_000, "month", id="GH₵"),
        P("GH¢ 15,000 per month", 15_000, "month", id="GH¢, the cent sign"),
        P("₵250/day", 250, "day", id="₵"),
        P("GHS 15,000/month", 15_000, "month", id="GHS"),
    ],
)  # fmt: skip
def test_a_cedi_floor(written: str, amount: float, unit: str) -> None:
    floor, currency = parse_floor(written, _CURRENCY_SIGNS, "USD", DEFAULT_FX_USD)
    assert (floor.amount, floor.unit, currency) == (amount, unit, "GHS")


def _understood(profile: Profile, location: str, text: str) -> tuple[str, set[str]]:
    posting = Posting(
        source="check", source_id="1", url="https://example.com/1",
        title="Full Stack Developer", location=location, text=text,
    )  # fmt: skip
    features = understand(posting, profile, RankingSettings())
    return features.eligibility, set(features.remote_regions)


@pytest.mark.parametrize(
    ("profile", "location", "eligibility"),
    [
        P(ACCRA, "Remote - West Africa", "eligible", id="West Africa, from Accra"),
        P(NAIROBI, "Remote - West Africa", "not_eligible", id="West Africa, from Nairobi"),
        P(NAIROBI, "Remote (East Africa)", "eligible", id="East Africa, from Nairobi"),
        P(ACCRA, "Remote (East Africa)", "not_eligible", id="East Africa, from Accra"),
        P(ACCRA, "Remote (Africa)", "eligible", id="Africa whole"),
    ],
)  # fmt: skip
def test_west_and_east_africa_are_blocs(profile: Profile, location: str, eligibility: str) -> None:
    assert _understood(profile, location, "Full-time, fully remote.")[0] == eligibility


def test_ecowas_is_west_africa() -> None:
    text = "Remote. Citizens of ECOWAS member states may apply."
    assert _understood(ACCRA, "Remote", text)[1] == {"West Africa"}


@pytest.mark.parametrize(
    ("place", "eligibility"),
    [
        P("East Legon", "eligible", id="East Legon"),
        P("Spintex Road, Accra", "eligible", id="Spintex"),
        P("Greater Accra", "eligible", id="Greater Accra"),
        P("Kumasi", "not_eligible", id="Kumasi"),
    ],
)  # fmt: skip
def test_an_office_in_accra(place: str, eligibility: str) -> None:
    assert _understood(ACCRA, place, "Full-time, on-site.")[0] == eligibility
