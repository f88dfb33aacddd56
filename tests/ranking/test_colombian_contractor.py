"""A product designer and front-end developer in Bogotá: Colombian terms (a "prestación de
servicios" is a contract, "a término fijo" and "por obra o labor" employment), monthly
pay in pesos under a salary word ("Salario: $4.500.000", "$ 8 millones"), Bogotá's
localities and the towns around Medellín and Cali."""

from __future__ import annotations

import pytest

from extractors._contract import Posting
from warehouse.ranking.features import Features, read_places, understand
from warehouse.ranking.profile import Profile, RankingSettings

P = pytest.param
BOGOTA = Profile(
    skills=("react", "typescript", "figma"),
    roles=("front-end developer", "product designer"),
    remote_only=False,
    locations=("Bogotá", "Colombia", "LATAM", "UTC-5"),
    currency="USD",
    min_hourly_rate=30.0,
)


def _understood(title: str, location: str, text: str) -> Features:
    posting = Posting(
        source="t", source_id="1", url="https://example.com/1", title=title, location=location,
        text=text,
    )  # fmt: skip
    return understand(posting, BOGOTA, RankingSettings())


@pytest.mark.parametrize(
    ("place", "country"),
    [
        P("Usaquén, Bogotá D.C.", "CO", id="a locality of Bogotá"),
        P("Chapinero", "CO", id="chapinero alone"),
        P("Cali, Valle del Cauca", "CO", id="cali with its department"),
        P("Envigado, Antioquia", "CO", id="a town of Medellín's valley"),
        P("Cartagena, Bolívar", "CO", id="cartagena with its department"),
    ],
)  # fmt: skip
def test_colombian_places(place: str, country: str) -> None:
    assert read_places(place) == [country]


def test_an_office_in_a_locality_of_bogota_is_near_a_bogota_user() -> None:
    found = _understood(
        "Desarrollador Front-End React", "Usaquén, Bogotá",
        "Contrato a término indefinido. Modalidad: presencial en Usaquén. React, TypeScript.",
    )  # fmt: skip
    assert found.eligibility == "eligible"
    assert found.engagement == "full_time"


def test_a_salary_word_makes_a_sum_of_pesos_a_month_s_pay() -> None:
    found = _understood(
        "Product Designer", "Bogotá",
        "Salario: $ 8 millones + prestaciones de ley. Contrato indefinido, tiempo completo.",
    )  # fmt: skip
    assert (found.rate_min, found.rate_max, found.rate_period, found.currency) == (
        8_000_000, 8_000_000, "month", "COP",
    )  # fmt: skip


def test_a_services_contract_in_an_office_is_a_contract_on_site() -> None:
    found = _understood(
        "Diseñador UX/UI Senior", "Bogotá, Colombia",
        "Contrato: prestación de servicios.\nUbicación: presencial en nuestra oficina de la"
        " Calle 93.\nHonorarios: $10.000.000 mensuales.",
    )  # fmt: skip
    assert (found.engagement, found.remote_scope, found.eligibility) == (
        "contract", "onsite", "eligible",
    )  # fmt: skip
    assert (found.rate_max, found.rate_period, found.currency) == (10_000_000, "month", "COP")
