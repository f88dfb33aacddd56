"""A Tbilisi back-end / DevOps freelancer's market (hr.ge, jobs.ge, LinkedIn, Telegram
channels for relocants): pay in lari ("3000-4500 ₾", "ხელფასი 2500 ლარი", "GEL 4,000
gross", "2000 лари"), the dram and the manat of the neighbours, Georgian a profile
language, and Georgia the country told from Georgia the US state."""

from __future__ import annotations

import pytest

from flows.config import _CURRENCY_SIGNS, parse_config
from warehouse.ranking.floors import parse_floor
from warehouse.ranking.languages import read_languages
from warehouse.ranking.profile import DEFAULT_FX_USD
from warehouse.ranking.rates import parse_rate

P = pytest.param


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
