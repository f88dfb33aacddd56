"""A React / Node freelancer in Buenos Aires, paid in dollars by foreign clients and in
pesos at home: the dollar as Argentine posts write it ("U$S", "US$ ... netos"), floors in
"U$S", "dólares" and "millones", Mendoza and Greater Buenos Aires ("AMBA", "GBA") as a
location field, the Southern Cone ("Cono Sur") as a bloc, and a fee asked in the
Rioplatense "vos" ("Pagá el curso")."""

from __future__ import annotations

import pytest

from extractors._contract import Posting
from flows.config import parse_config
from warehouse.ranking.features import Features, understand
from warehouse.ranking.legitimacy import assess
from warehouse.ranking.profile import CurrencyFloor, RateFloor
from warehouse.ranking.rates import parse_rate

P = pytest.param


def _config(currency: str = "USD", floors: tuple[str, ...] = ()):
    profile = {"roles": ["react developer"], "remote_only": False, "currency": currency,
               "locations": ["Buenos Aires", "Argentina", "UTC-3"]}  # fmt: skip
    return parse_config({"profile": profile | ({"min_rate": list(floors)} if floors else {})})


def _understood(location: str, text: str) -> Features:
    config = _config()
    posting = Posting(
        source="t", source_id="1", url="https://example.com/1", title="Desarrollador React",
        location=location, text=text,
    )  # fmt: skip
    return understand(posting, config.profile, config.ranking)


@pytest.mark.parametrize(
    ("text", "low", "high"),
    [
        P("Pago: U$S 2500 - 3500 mensuales, como contractor.", 2500, 3500, id="U$S range"),
        P("Honorarios u$s 1.800 por mes.", 1800, 1800, id="lower-case u$s"),
        P("Sueldo en dólares: US$ 2.000 netos mensuales.", 2000, 2000, id="netos"),
        P("Salario USD 4.000 neto por mes.", 4000, 4000, id="neto"),
    ],
)  # fmt: skip
def test_argentine_dollars_by_the_month(text: str, low: float, high: float) -> None:
    rate = parse_rate(text)
    assert rate is not None
    assert (rate.min, rate.max, rate.period, rate.currency) == (low, high, "month", "USD")


@pytest.mark.parametrize("floor", ["U$S 3.000/mes", "3000 dólares/mes", "USD 3,000/month"])
def test_a_dollar_floor_as_argentines_write_it(floor: str) -> None:
    assert _config("USD", (floor,)).profile.min_hourly_rate == 3000 / 160


def test_a_peso_floor_in_millions() -> None:
    profile = _config("USD", ("$25/hour", "ARS 1,5 millones/mes")).profile
    assert profile.currency_floors == (CurrencyFloor("ARS", RateFloor(1_500_000, "month"), 160.0),)


@pytest.mark.parametrize(
    ("location", "text", "eligibility"),
    [
        P("Mendoza", "Presencial en Mendoza Ciudad. $350.000 mensuales.", "not_eligible",
          id="Mendoza"),
        P("AMBA", "Híbrido en Vicente López. $2.000.000 brutos mensuales.", "eligible",
          id="AMBA: Buenos Aires's commute"),
        P("GBA", "Híbrido en Pilar. $2.000.000 brutos mensuales.", "eligible",
          id="GBA: Buenos Aires's commute"),
    ],
)  # fmt: skip
def test_argentine_towns_as_a_location_field(location: str, text: str, eligibility: str) -> None:
    found = _understood(location, text)
    assert (found.remote_regions, found.currency, found.eligibility) == (
        ("AR",), "ARS", eligibility,
    )  # fmt: skip


def test_amba_in_a_text_is_no_place() -> None:
    found = _understood("London, UK", "Hybrid. An AMBA-accredited MBA is a plus. £60,000 a year.")
    assert found.remote_regions == ("GB",)


@pytest.mark.parametrize(
    ("text", "scam"),
    [
        P("Pagá el curso de formación (USD 150) y empezás a operar.", True, id="pagá el curso"),
        P("Transferí $5.000 para el kit de inicio y empezá a vender.", True, id="transferí"),
        P("Facturás como monotributista y pagás tu cuota del monotributo; te pagamos en USD.",
          False, id="one's own monotributo"),
        P("La empresa paga la capacitación y la certificación AWS.", False, id="employer pays"),
    ],
)  # fmt: skip
def test_fees_asked_with_vos(text: str, scam: bool) -> None:
    found = assess(title="Desarrollador", company="Pampa Software SA", text=text)
    assert any(f.code == "pay_to_work" for f in found.flags) is scam


@pytest.mark.parametrize("location", ["Remoto - Cono Sur", "Remote (Southern Cone)"])
def test_the_southern_cone_is_a_bloc_buenos_aires_is_in(location: str) -> None:
    found = _understood(location, "Contrato freelance, USD 4.500 mensuales.")
    assert (found.remote_regions, found.eligibility) == (("Southern Cone",), "eligible")
