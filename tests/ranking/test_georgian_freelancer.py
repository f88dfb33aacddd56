"""A Tbilisi back-end / DevOps freelancer's market (hr.ge, jobs.ge, LinkedIn, Telegram
channels for relocants): pay in lari ("3000-4500 ₾", "ხელფასი 2500 ლარი", "GEL 4,000
gross", "2000 лари"), the dram and the manat of the neighbours, Georgian a profile
language, and Georgia the country told from Georgia the US state."""

from __future__ import annotations

import pytest

from extractors._contract import Posting
from flows.config import _CURRENCY_SIGNS, parse_config
from warehouse.ranking.engagement import parse_engagement
from warehouse.ranking.features import understand
from warehouse.ranking.floors import parse_floor
from warehouse.ranking.languages import read_languages
from warehouse.ranking.profile import DEFAULT_FX_USD, Profile, RankingSettings
from warehouse.ranking.rates import parse_rate
from warehouse.ranking.regions import which_georgia
from warehouse.ranking.remote import parse_remote, read_places

P = pytest.param


def _profile(*locations: str) -> Profile:
    return Profile(
        skills=("python", "kubernetes"), roles=("devops engineer",), remote_only=False,
        locations=locations, languages=("en", "ka", "ru"), currency="USD",
        min_hourly_rate=40.0,
    )  # fmt: skip


TBILISI = _profile("Tbilisi", "Georgia", "UTC+4")
ATLANTA = _profile("Atlanta", "Georgia")


@pytest.mark.parametrize(
    ("text", "rate"),
    [
        P("Salary: 3000-4500 ₾ per month (gross).", (3000, 4500, "month", "GEL"), id="₾ after"),
        P("ხელფასი 2500 ლარი", (2500, 2500, "month", "GEL"), id="ka ხელფასი, ლარი"),
        P("ხელფასი: 6000 ლარი ხელზე", (6000, 6000, "month", "GEL"), id="ka in hand"),
        P("ანაზღაურება: 7000-9000 ლარამდე", (7000, 9000, "month", "GEL"), id="ka up to"),
        P("Salary: GEL 4,000 gross.", (4000, 4000, "month", "GEL"), id="GEL gross"),
        P("Зарплата 2000 лари на руки", (2000, 2000, "month", "GEL"), id="ru лари"),
        P("Rate: ₾60/hour.", (60, 60, "hour", "GEL"), id="₾ hourly"),
        P("Salary: 1,200,000 ֏ per month gross.", (1_200_000, 1_200_000, "month", "AMD"),
          id="dram"),
        P("Salary: 3000-4000 ₼ per month.", (3000, 4000, "month", "AZN"), id="manat"),
    ],
)  # fmt: skip
def test_lari_dram_and_manat(text: str, rate: tuple[float, float | None, str, str]) -> None:
    found = parse_rate(text)
    assert found is not None
    assert (found.min, found.max, found.period, found.currency) == rate


@pytest.mark.parametrize(
    "text",
    [
        P("Hair gel and shampoo supplied to 40 salons.", id="gel the word"),
        P("We use AMD EPYC servers, 64 cores each.", id="AMD the chipmaker"),
        P("Benchmarks on AMD 7950X and AMD Ryzen 9 workstations.", id="AMD before a model"),
        P("Tested on an AMD 5800 CPU, remote contract.", id="AMD before a bare model number"),
        P("სალარო 24 საათი ღიაა.", id="a word holding ლარ"),
    ],
)
def test_lari_look_alikes(text: str) -> None:
    assert parse_rate(text) is None


@pytest.mark.parametrize(
    ("written", "amount", "unit"),
    [
        P("5,000 GEL/month", 5_000, "month", id="GEL"),
        P("₾30/hour", 30, "hour", id="₾"),
        P("5000 lari/month", 5_000, "month", id="lari"),
        P("5000 ლარი/month", 5_000, "month", id="ლარი"),
    ],
)  # fmt: skip
def test_a_lari_floor(written: str, amount: float, unit: str) -> None:
    floor, currency = parse_floor(written, _CURRENCY_SIGNS, "USD", DEFAULT_FX_USD)
    assert (floor.amount, floor.unit, currency) == (amount, unit, "GEL")


def test_a_config_in_lari_with_georgian() -> None:
    profile = {"currency": "₾", "languages": ["en", "ka", "ru"], "locations": ["Tbilisi"]}
    config = parse_config({"profile": {**profile, "min_rate": ["5,000 GEL/month", "$40/hour"]}})
    assert (config.profile.currency, config.profile.languages) == ("GEL", ("en", "ka", "ru"))


@pytest.mark.parametrize(
    ("text", "required", "preferred"),
    [
        P("Fluent Georgian and English required.", ("ka", "en"), (), id="required"),
        P("Russian or Georgian is a plus.", (), ("ru", "ka"), id="a plus"),
        P("A Georgian-style bakery in Atlanta. Fluent English required.", ("en",), (),
          id="a Georgian thing"),
    ],
)  # fmt: skip
def test_georgian_the_language(
    text: str, required: tuple[str, ...], preferred: tuple[str, ...]
) -> None:
    needs = read_languages(text)
    assert (needs.required, needs.preferred) == (required, preferred)


@pytest.mark.parametrize(
    ("words", "places"),
    [
        P("Tbilisi, Georgia", ["GE"], id="the capital beside it"),
        P("Remote within Georgia (Sakartvelo) only", ["GE"], id="Sakartvelo"),
        P("Remote from Georgia, Armenia or Azerbaijan", ["GE", "AM", "AZ"],
          id="beside its neighbours"),
        P("ბათუმი", ["GE"], id="Batumi in Georgian"),
        P("Remote (South Caucasus)", ["South Caucasus"], id="the bloc"),
        P("Remote within the Caucasus only", ["South Caucasus"], id="caucasus alone"),
        P("Atlanta, Georgia", ["US"], id="the state's capital beside it"),
        P("Georgia, Florida or Texas", ["US"], id="beside other states"),
        P("Remote (Georgia)", [], id="alone: either"),
    ],
)  # fmt: skip
def test_georgia_the_country_or_the_state(words: str, places: list[str]) -> None:
    assert read_places(words) == places


@pytest.mark.parametrize(
    ("neighbours", "near", "georgia"),
    [
        P(["GE"], False, "GE", id="a place in the country"),
        P(["GE", "US"], False, "US", id="and one in the US: the state"),
        P(["US"], True, "US", id="a US state in a list"),
        P(["AM", "AZ"], True, "GE", id="its neighbours in a list"),
        P(["AM", "AZ"], False, None, id="a whole post's far places do not tell"),
        P(["UTC+4"], False, None, id="a clock does not tell"),
        P([], True, None, id="alone: either"),
    ],
)  # fmt: skip
def test_which_georgia_the_places_around_it_mean(
    neighbours: list[str], near: bool, georgia: str | None
) -> None:
    assert which_georgia(neighbours, near=near) == georgia


@pytest.mark.parametrize(
    ("text", "country"),
    [
        P("DevOps Engineer\nNon-Georgia citizens cannot apply. Office in Tbilisi.", "GE",
          id="hyphened"),
        P("DevOps Engineer\nNon-Armenia citizens cannot apply. Office in Yerevan.", "AM",
          id="as its neighbour's"),
    ],
)  # fmt: skip
def test_a_hyphened_georgia_beside_tbilisi_is_read_as_any_country(text: str, country: str) -> None:
    found = parse_remote("Remote", text, None)
    assert (found.scope, found.regions) == ("region", (country,))


@pytest.mark.parametrize(
    ("profile", "location", "text", "eligibility"),
    [
        P(TBILISI, "Remote - US (Georgia residents only)",
          "Remote, but you must reside in the state of Georgia.", "not_eligible",
          id="a US state's residents: not a Tbilisi user"),
        P(TBILISI, "Tbilisi, Georgia", "Full time, office in Vake.", "eligible",
          id="an office in Tbilisi"),
        P(TBILISI, "თბილისი", "სრული განაკვეთი, ოფისში.", "eligible", id="Tbilisi in Georgian"),
        P(TBILISI, "Batumi, Georgia", "Full time, on-site.", "not_eligible",
          id="an office in Batumi"),
        P(TBILISI, "Remote (EMEA)", "B2B contract.", "eligible", id="EMEA holds Georgia"),
        P(ATLANTA, "Remote", "Remote within Georgia (Sakartvelo) only: we employ in Tbilisi.",
          "not_eligible", id="Sakartvelo: not an Atlanta user"),
        P(ATLANTA, "Remote - US (Georgia residents only)",
          "Remote, but you must reside in the state of Georgia.", "eligible",
          id="an Atlanta user"),
    ],
)  # fmt: skip
def test_whose_georgia(profile: Profile, location: str, text: str, eligibility: str) -> None:
    posting = Posting(
        source="check", source_id="1", url="https://example.com/1", title="DevOps Engineer",
        location=location, text=text,
    )  # fmt: skip
    assert understand(posting, profile, RankingSettings()).eligibility == eligibility


@pytest.mark.parametrize(
    ("text", "engagement"),
    [
        P("სამუშაო გრაფიკი: სრული განაკვეთი", "full_time", id="ka full time"),
        P("ნახევარი განაკვეთი, ოფისში.", "part_time", id="ka half rate"),
        P("არასრული განაკვეთი.", "part_time", id="ka not-full rate"),
        P("Занятость: полная", "full_time", id="ru label first"),
        P("Занятость: частичная", "part_time", id="ru part-time label first"),
    ],
)  # fmt: skip
def test_georgian_and_russian_terms(text: str, engagement: str) -> None:
    offer = parse_engagement(None, text)
    assert offer is not None and offer.engagement == engagement


@pytest.mark.parametrize(
    ("location", "text", "scope"),
    [
        P("თბილისი", "სრული განაკვეთი, ჰიბრიდული: კვირაში 2 დღე ოფისში.", "hybrid", id="ka hybrid"),
        P("თბილისი", "სამუშაო გრაფიკი: დისტანციური სამუშაო.", "region", id="ka remote"),
    ],
)  # fmt: skip
def test_georgian_modes(location: str, text: str, scope: str) -> None:
    found = parse_remote(location, text, None)
    assert (found.scope, found.regions) == (scope, ("GE",))
