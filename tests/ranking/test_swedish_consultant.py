"""A Stockholm IT consultant's market (F-skatt, konsultuppdrag through brokers): Swedish
contract and employment terms, scope in percent, a period between two dates, "kr" priced
in Swedish words, hybrid and remote weeks, and a consultant offering their own work."""

from __future__ import annotations

import pytest

from extractors._contract import Posting
from flows.config import _CURRENCY_SIGNS
from warehouse.ranking.engagement import parse_duration, parse_engagement, parse_hours_per_week
from warehouse.ranking.features import understand
from warehouse.ranking.floors import parse_floor
from warehouse.ranking.foreign_titles import in_english
from warehouse.ranking.kind import parse_kind
from warehouse.ranking.profile import DEFAULT_FX_USD, Profile, RankingSettings
from warehouse.ranking.rates import parse_rate
from warehouse.ranking.remote import parse_remote

P = pytest.param
STOCKHOLM = Profile(
    skills=("python", "aws"),
    roles=("backend developer",),
    remote_only=False,
    locations=("Stockholm", "Sweden", "EU"),
    languages=("sv", "en"),
    currency="SEK",
    min_hourly_rate=900.0,
)


@pytest.mark.parametrize(
    ("text", "engagement"),
    [
        P("Konsultuppdrag hos en kund inom bank.", "contract", id="konsultuppdrag"),
        P("Vi söker en underkonsult till vår kund.", "contract", id="underkonsult"),
        P("F-skatt krävs.", "contract", id="F-skatt"),
        P("Projektanställning på 12 månader.", "contract", id="projektanställning"),
        P("Frilansuppdrag för en webbyrå.", "freelance", id="frilans"),
        P("Anställning: tillsvidare.", "full_time", id="anställning tills vidare"),
        P("Anställningsform: Vanlig anställning", "full_time", id="vanlig anställning"),
        P("Tjänsten är en timanställning vid behov.", "part_time", id="timanställning"),
        P("Omfattning: 50%", "part_time", id="omfattning in percent"),
    ],
)  # fmt: skip
def test_swedish_engagements(text: str, engagement: str) -> None:
    found = parse_engagement(None, text)
    assert found is not None
    assert found.engagement == engagement


def test_a_broker_that_takes_no_consultants_offers_employment() -> None:
    found = parse_engagement(None, "Inga konsulter, tack. Heltid.")
    assert found is not None
    assert found.engagement == "full_time"


@pytest.mark.parametrize(
    ("text", "months"),
    [
        P("Uppdragsperiod: 2026-01-15 - 2026-06-30 med option på förlängning", 5,
          id="between two dates"),
        P("Period: 2026-03-01 till 2026-12-31.", 10, id="till"),
        P("Uppdragslängd: 6 mån + option", 6, id="mån"),
        P("Längd: 3 månader", 3, id="månader"),
        P("Provanställning 6 månader tillämpas.", None, id="probation is no term"),
        P("Ansökan 2026-12-31 - 2026-01-01", None, id="a range that runs backwards"),
    ],
)  # fmt: skip
def test_swedish_lengths(text: str, months: int | None) -> None:
    found = parse_duration(text)
    assert (found.months if found else None) == months


def test_a_week_of_hours_in_swedish() -> None:
    assert parse_hours_per_week("Deltid, 20 timmar/vecka.") == (20.0, 20.0)
    assert parse_hours_per_week("Cirka 30 timmar i veckan.") == (30.0, 30.0)


@pytest.mark.parametrize(
    ("text", "rate"),
    [
        P("Timpris: 850-1000 kr/h", (850, 1000, "hour"), id="kr/h with timpris"),
        P("Arvode: 900 kr/tim", (900, 900, "hour"), id="kr/tim"),
        P("Timarvode: 1 100 kr exkl. moms", (1100, 1100, "hour"), id="exkl. moms"),
        P("Lön: 55 000 kronor i månaden", (55_000, 55_000, "month"), id="kronor"),
    ],
)  # fmt: skip
def test_a_crown_priced_in_swedish_words_is_swedish(
    text: str, rate: tuple[float, float, str]
) -> None:
    found = parse_rate(text)
    assert found is not None
    assert (found.min, found.max, found.period, found.currency) == (*rate, "SEK")


@pytest.mark.parametrize(
    "text",
    [
        P("Timepris: 900 kr/time", id="norwegian"),
        P("Løn: 45.000 kr. pr. md. ekskl. moms", id="danish"),
    ],
)
def test_a_crown_in_another_nordic_tongue_stays_unknown_without_a_place(text: str) -> None:
    found = parse_rate(text)
    assert found is None or found.currency != "SEK"


@pytest.mark.parametrize(
    ("text", "scope"),
    [
        P("På plats i Stockholm 2 dagar i veckan, resten på distans.", "hybrid",
          id="på plats two days"),
        P("Distansarbete: Delvis", "hybrid", id="delvis"),
        P("Hybrid, 2 dagar på kontoret.", "hybrid", id="hybrid days at the office"),
        P("Ort: Stockholm / distans.", "anywhere", id="distans alone"),
        P("Distans 100%.", "anywhere", id="distans 100%"),
    ],
)  # fmt: skip
def test_swedish_remote_and_hybrid(text: str, scope: str) -> None:
    assert parse_remote(None, text, None).scope == scope


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        P("Vi söker en backendutvecklare till vår kund.", "demand", id="vi söker"),
        P("Backendutvecklare sökes.", "demand", id="sökes"),
        P("Jag är frilansande utvecklare med F-skatt, tillgänglig för nya uppdrag.", "supply",
          id="tillgänglig för nya uppdrag"),
        P("Vi söker nya uppdrag för våra konsulter.", "supply", id="vi söker nya uppdrag"),
        P("Uppdrag sökes: senior Go-utvecklare.", "supply", id="uppdrag sökes"),
    ],
)  # fmt: skip
def test_swedish_demand_and_supply(text: str, kind: str) -> None:
    found = parse_kind(None, text)
    assert (found[0] if found else None) == kind


def test_a_broker_assignment_in_stockholm_reads_whole() -> None:
    text = (
        "Vi söker en erfaren backendutvecklare (Python, AWS).\nOmfattning: 100%\n"
        "Uppdragsperiod: 2026-01-15 - 2026-06-30 med option på förlängning\n"
        "På plats i Stockholm 2 dagar i veckan, resten på distans.\n"
        "Timpris: 850-1000 kr/h\nF-skatt krävs."
    )
    posting = Posting(source="inbox", source_id="brainville:1", url="https://x.example/1",
                      title="Backendutvecklare Python", text=text)  # fmt: skip
    row = understand(posting, STOCKHOLM, RankingSettings())
    assert (row.kind, row.engagement, row.remote_scope, row.eligibility) == (
        "demand", "contract", "hybrid", "eligible",
    )  # fmt: skip
    assert (row.rate_min, row.rate_max, row.rate_period, row.currency) == (850, 1000, "hour", "SEK")
    assert (row.duration_months, row.rate_vs_floor) == (5, "straddles")


@pytest.mark.parametrize(
    ("written", "amount", "unit"),
    [
        P("900 kr/h", 900.0, "hour", id="kr/h"),
        P("900 kr/tim exkl. moms", 900.0, "hour", id="kr/tim exkl. moms"),
        P("7 200 kr/dag", 7_200.0, "day", id="kr/dag"),
        P("150 000 kr/mån", 150_000.0, "month", id="kr/mån"),
    ],
)
def test_a_swedish_floor_in_crowns(written: str, amount: float, unit: str) -> None:
    floor, currency = parse_floor(written, _CURRENCY_SIGNS, "SEK", DEFAULT_FX_USD)
    assert (floor.amount, floor.unit, currency) == (amount, unit, "SEK")


def test_a_crown_floor_needs_a_crown_currency() -> None:
    with pytest.raises(ValueError, match="unknown currency 'kr'"):
        parse_floor("900 kr/h", _CURRENCY_SIGNS, "EUR", DEFAULT_FX_USD)


@pytest.mark.parametrize(
    ("title", "english"),
    [
        P("Backendutvecklare Python", ["Backend Developer", "Python Developer"], id="compound"),
        P("Go-utvecklare", ["Go Developer"], id="hyphenated"),
        P("Utvecklare .NET/Azure", [".NET Developer", "Azure Developer"], id="head first"),
    ],
)
def test_a_swedish_title_in_english(title: str, english: list[str]) -> None:
    assert in_english(title) == english
