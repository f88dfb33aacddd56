"""A Dutch ZZP'er's market: floors and rates "excl. btw" by the uur, loondienst and
detachering beside ZZP, Dutch loads and lengths, hybrid weeks and Locatie lines, and a
freelancer offering their own work in Dutch."""

from __future__ import annotations

import pytest

from extractors._contract import Posting
from flows.config import _CURRENCY_SIGNS
from warehouse.ranking.engagement import parse_duration, parse_engagement, parse_hours_per_week
from warehouse.ranking.features import understand
from warehouse.ranking.floors import parse_floor
from warehouse.ranking.kind import parse_kind
from warehouse.ranking.profile import DEFAULT_FX_USD, Profile, RankingSettings
from warehouse.ranking.rates import parse_rate
from warehouse.ranking.remote import parse_remote

P = pytest.param
AMSTERDAM = Profile(
    skills=("python", "dbt"),
    roles=("data engineer",),
    remote_only=False,
    locations=("Randstad", "Netherlands", "EU"),
    languages=("nl", "en"),
    currency="EUR",
    min_hourly_rate=90.0,
)


@pytest.mark.parametrize(
    ("written", "amount", "unit"),
    [
        P("€90/uur excl. btw", 90.0, "hour", id="per uur excl. btw"),
        P("€ 750 per dag excl. BTW", 750.0, "day", id="per dag"),
        P("€90 per uur (excl. btw)", 90.0, "hour", id="btw in brackets"),
        P("90 €/Stunde zzgl. MwSt", 90.0, "hour", id="german zzgl. MwSt"),
    ],
)
def test_a_dutch_floor_names_its_unit_and_vat(written: str, amount: float, unit: str) -> None:
    floor, currency = parse_floor(written, _CURRENCY_SIGNS, "EUR", DEFAULT_FX_USD)
    assert (floor.amount, floor.unit, currency) == (amount, unit, "EUR")


@pytest.mark.parametrize(
    ("text", "rate"),
    [
        P("Tarief: max € 95,- per uur excl. btw", (None, 95, "hour"), id="max, whole euros"),
        P("Tarief: € 85,- p/u", (85, 85, "hour"), id="p/u"),
        P("Uurtarief tot € 100.", (None, 100, "hour"), id="tot is up to"),
        P("Uurtarief max € 98, 32 uur.", (None, 98, "hour"), id="max after the label"),
        P("Max. uurtarief: € 105", (None, 105, "hour"), id="max before the label"),
        P("Maximaal uurtarief € 110 excl. btw", (None, 110, "hour"), id="maximaal uurtarief"),
        P("Uurtarief van € 80 tot € 100 excl. btw", (80, 100, "hour"), id="van ... tot"),
        P("Vaste prijs € 2.500 voor het project", (2_500, 2_500, "fixed"), id="vaste prijs"),
    ],
)
def test_dutch_rates(text: str, rate: tuple[float | None, float, str]) -> None:
    found = parse_rate(text)
    assert found is not None
    assert (found.min, found.max, found.period, found.currency) == (*rate, "EUR")


def test_a_price_with_whole_euros_is_no_rate_without_a_period() -> None:
    assert parse_rate("Parkeren kost 5,- per keer") is None


@pytest.mark.parametrize(
    ("text", "engagement", "offered"),
    [
        P("Functie in loondienst, 36-40 uur.", "full_time", ("full_time",), id="loondienst"),
        P("Je wordt gedetacheerd via ons bureau; detachering bij de klant.", "full_time",
          ("full_time",), id="detachering is employment"),
        P("Let op: geen ZZP / geen freelancers. Vaste baan.", "full_time", ("full_time",),
          id="geen ZZP"),
        P("Wegens de Wet DBA werken wij niet meer met ZZP'ers; alleen loondienst.", "full_time",
          ("full_time",), id="niet meer met ZZP'ers"),
        P("Inhuur op basis van detachering of ZZP.", "contract",
          ("freelance", "contract", "full_time"), id="detachering or ZZP offers both"),
        P("Interim opdracht voor 3 maanden.", "contract", ("contract",), id="interim opdracht"),
        P("Inhuuropdracht, 36 uur per week.", "contract", ("contract", "full_time"),
          id="inhuuropdracht"),
        P("Alleen ZZP, geen detachering.", "freelance", ("freelance",), id="alleen ZZP"),
    ],
)  # fmt: skip
def test_dutch_engagements(text: str, engagement: str, offered: tuple[str, ...]) -> None:
    offer = parse_engagement(None, text)
    assert offer is not None
    assert (offer.engagement, offer.engagements) == (engagement, offered)


def test_days_at_the_office_are_no_part_time_week() -> None:
    text = "Freelance; thuiswerken in overleg, 2 dagen per week op locatie."
    offer = parse_engagement(None, text)
    assert offer is not None and offer.engagements == ("freelance",)


@pytest.mark.parametrize(
    ("text", "hours"),
    [
        P("32-40 uur per week", (32.0, 40.0), id="uur per week"),
        P("Uren per week: 32-36", (32.0, 36.0), id="labelled"),
        P("Uren: 40", 40.0, id="labelled, no week"),
        P("Aantal uur: 32 per week", 32.0, id="aantal uur"),
        P("Fulltime (40 uur), vast dienstverband.", 40.0, id="bare in brackets"),
        P("Loondienst. 36 uur, Zeist.", 36.0, id="bare as a clause"),
        P("We reageren binnen 24 uur.", None, id="within a day is no load"),
    ],
)
def test_dutch_hours(text: str, hours: float | tuple[float, float] | None) -> None:
    found = parse_hours_per_week(text)
    if isinstance(hours, float):
        hours = (hours, hours)
    assert (tuple(found) if found else None) == hours


@pytest.mark.parametrize(
    ("text", "months"),
    [
        P("Duur: 6 maanden met optie tot verlenging", 6, id="maanden"),
        P("Duur: 1 jaar", 12, id="a year after duur"),
        P("Looptijd 9 maanden", 9, id="looptijd"),
        P("Minimaal 5 jaar ervaring met Python", None, id="experience in years"),
    ],
)
def test_dutch_lengths(text: str, months: int | None) -> None:
    found = parse_duration(text)
    assert (found.months if found else None) == months


@pytest.mark.parametrize(
    ("text", "scope"),
    [
        P("Hybride: 2 dagen op kantoor, de rest thuiswerken.", "hybrid", id="the rest at home"),
        P("Thuiswerken in overleg, 2 dagen per week op locatie.", "hybrid", id="op locatie"),
        P("Apeldoorn, 1 dag thuiswerken.", "hybrid", id="a day at home"),
        P("Volledig op afstand, Python.", "remote", id="op afstand"),
        P("Rotterdam, 1 dag per week op kantoor.", "hybrid", id="a day a week at the office"),
        P("Amsterdam, 3 dagen op kantoor.", "hybrid", id="days at the office"),
        P("Thuiswerken! Verdien veel geld.", "remote", id="thuiswerken alone"),
    ],
)
def test_dutch_work_modes(text: str, scope: str) -> None:
    found = parse_remote(None, text, None)
    assert (found.scope if found.scope != "anywhere" else "remote") == scope


def test_a_locatie_line_places_a_hybrid_job() -> None:
    posting = Posting(
        source="check", source_id="1", url="https://example.com/1", title="Data Engineer",
        text="Locatie: Den Haag\nHybride, 2 dagen op kantoor. Python en dbt.",
    )  # fmt: skip
    row = understand(posting, AMSTERDAM, RankingSettings())
    assert (row.remote_scope, row.eligibility) == ("hybrid", "eligible")
    assert "The Hague" in row.eligibility_reason


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        P("Ik ben een ervaren ZZP Data Engineer, beschikbaar per 1 februari.", "supply",
          id="ik ben ... beschikbaar"),
        P("Ik zoek een nieuwe opdracht als data engineer.", "supply", id="ik zoek een opdracht"),
        P("Wij zoeken een data engineer voor 6 maanden.", "demand", id="wij zoeken"),
        P("Randstad zoekt voor een opdrachtgever een Data Engineer.", "demand", id="zoekt voor"),
        P("Ben jij beschikbaar per 1 maart?", None, id="a question to the reader"),
    ],
)  # fmt: skip
def test_dutch_demand_and_supply(text: str, kind: str | None) -> None:
    found = parse_kind(None, text)
    assert (found[0] if found else None) == kind


@pytest.mark.parametrize(
    ("text", "floor"),
    [
        P("Max. uurtarief: € 105", "above", id="a cap over the floor meets it"),
        P("Uurtarief tot € 90 excl. btw", "above", id="a cap at the floor meets it"),
        P("Max. uurtarief: € 80", "below", id="a cap under the floor"),
    ],
)
def test_a_capped_rate_meets_the_floor_it_reaches(text: str, floor: str) -> None:
    """The client takes any rate up to its cap: one of 90 fits under € 105."""
    posting = Posting(source="check", source_id="1", url="https://example.com/1", text=text)
    assert understand(posting, AMSTERDAM, RankingSettings()).rate_vs_floor == floor
