"""A data engineer in Santiago (boleta de honorarios) and a mobile developer in Lima
(recibo por honorarios): the sol's "S/" and Chile's UF as pay (an alert card's too) and
as floors, a peso
floor's "$", "a honorarios" a contract, "en planilla" and "contrato a plazo fijo"
employment, Santiago's communes and Lima's districts, Spanish training fees."""

from __future__ import annotations

from pathlib import Path

import pytest

from extractors._contract import Posting
from flows.config import parse_config
from tests.extractors.test_inbox import _one_card_mail, _only_job
from warehouse.ranking.engagement import parse_engagement
from warehouse.ranking.features import Features, read_places, understand
from warehouse.ranking.kind import parse_kind
from warehouse.ranking.legitimacy import assess
from warehouse.ranking.rates import parse_rate

P = pytest.param


def _config(currency: str, floor: str, *locations: str):
    return parse_config(
        {
            "warehouse": {"path": "leads.duckdb"},
            "profile": {
                "roles": ["mobile developer", "data engineer"],
                "remote_only": False,
                "locations": list(locations),
                "currency": currency,
                "min_rate": [floor],
            },
        }
    )


def _understood(config, title: str, location: str, text: str) -> Features:
    posting = Posting(
        source="t", source_id="1", url="https://example.com/1", title=title, location=location,
        text=text,
    )  # fmt: skip
    return understand(posting, config.profile, config.ranking)


@pytest.mark.parametrize(
    ("text", "amount", "currency"),
    [
        P("Pago: S/ 6,500 mensuales", 6500, "PEN", id="sol with a space"),
        P("Sueldo S/. 8500 brutos mensuales", 8500, "PEN", id="sol with its point"),
        P("Remuneración S/5000 al mes", 5000, "PEN", id="sol glued"),
        P("S/ 9.000 Mensual", 9000, "PEN", id="sol with a point for thousands"),
        P("Pago: UF 80 mensuales contra boleta", 80, "CLF", id="uf before"),
        P("Renta: 90 UF líquidos al mes", 90, "CLF", id="uf after"),
    ],
)  # fmt: skip
def test_soles_and_uf_are_a_months_pay(text: str, amount: float, currency: str) -> None:
    rate = parse_rate(text)
    assert rate is not None
    assert (rate.min, rate.currency, rate.period) == (amount, currency, "month")


@pytest.mark.parametrize(
    ("text", "period"),
    [
        P("Pago S/ 150 diarios", "day", id="diarios"),
        P("Pago: S/ 1,200 semanales", "week", id="semanales"),
        P("Sueldo 38.000 € brutos anuales", "year", id="anuales"),
    ],
)  # fmt: skip
def test_spanish_periods_after_the_sum(text: str, period: str) -> None:
    rate = parse_rate(text)
    assert rate is not None and rate.period == period


@pytest.mark.parametrize(
    "text",
    [
        P("Experiencia en SAP S/4HANA, sueldo mensual competitivo", id="sap s4hana"),
        P("Stack: AWS/GCP, iOS/Android; 400 usuarios al mes", id="slashes after an s"),
        P("UF Health is hiring nurses, 40 hours a week", id="a university"),
    ],
)  # fmt: skip
def test_what_only_looks_like_a_sol_or_uf_is_no_pay(text: str) -> None:
    assert parse_rate(text) is None


@pytest.mark.parametrize(
    ("text", "engagement"),
    [
        P("Contrato en planilla con CTS y gratificaciones", "full_time", id="en planilla"),
        P("Ingreso a planilla desde el primer mes", "full_time", id="ingreso a planilla"),
        P("Planilla, sueldo PEN 7,500 mensual", "full_time", id="planilla as a label"),
        P("Contrato a plazo fijo por 3 meses", "full_time", id="plazo fijo"),
        P("Modalidad a honorarios, 6 meses", "contract", id="a honorarios"),
    ],
)  # fmt: skip
def test_chilean_and_peruvian_terms(text: str, engagement: str) -> None:
    offer = parse_engagement(None, text)
    assert offer is not None
    assert offer.engagement == engagement


@pytest.mark.parametrize(
    "text",
    [
        P("Manejo avanzado de planilla de Excel y reportes", id="a spreadsheet"),
        P("Dominio de planillas de cálculo", id="spreadsheets"),
    ],
)  # fmt: skip
def test_a_spreadsheet_is_no_payroll(text: str) -> None:
    assert parse_engagement(None, text) is None


@pytest.mark.parametrize(
    ("place", "country"),
    [
        P("Santiago de Surco, Lima", "PE", id="surco is lima's, not chile's"),
        P("Ñuñoa, Región Metropolitana", "CL", id="a commune of santiago"),
        P("Valparaíso", "CL", id="valparaiso"),
        P("Concepción, Biobío", "CL", id="concepcion with its region"),
        P("Arequipa, Perú", "PE", id="arequipa"),
    ],
)  # fmt: skip
def test_chilean_and_peruvian_places(place: str, country: str) -> None:
    assert read_places(place) == [country]


def test_an_office_in_a_lima_district_is_near_a_lima_user() -> None:
    lima = _config("PEN", "S/ 7000/mes", "Peru", "Lima")
    found = _understood(
        lima, "Desarrollador Android (Kotlin)", "San Isidro, Lima",
        "Contrato en planilla. Híbrido 3x2 en San Isidro. Sueldo S/. 8500 brutos mensuales.",
    )  # fmt: skip
    assert (found.eligibility, found.engagement) == ("eligible", "full_time")
    assert (found.rate_min, found.currency, found.rate_vs_floor) == (8500, "PEN", "above")


def test_an_office_in_another_chilean_town_is_not_a_santiago_users() -> None:
    santiago = _config("CLP", "$2.500.000/mes", "Chile", "Santiago")
    found = _understood(
        santiago, "Ingeniero de Datos", "Concepción, Biobío",
        "Contrato a plazo fijo. Presencial en Concepción. Renta líquida: $1.500.000.",
    )  # fmt: skip
    assert found.eligibility == "not_eligible"
    assert (found.rate_min, found.currency, found.rate_vs_floor) == (1_500_000, "CLP", "below")


@pytest.mark.parametrize(
    ("currency", "floor", "hourly"),
    [
        P("CLP", "$2.500.000/mes", 15625.0, id="a peso profile's dollar sign is its peso"),
        P("PEN", "S/ 7000/mes", 43.75, id="the sol"),
    ],
)  # fmt: skip
def test_a_floor_in_the_local_sign(currency: str, floor: str, hourly: float) -> None:
    profile = _config(currency, floor).profile
    assert (profile.min_hourly_rate, profile.currency_floors) == (hourly, ())


def test_a_uf_floor_judges_uf_pay() -> None:
    profile = _config("CLP", "UF 60/mes").profile
    assert [(f.currency, f.floor.amount) for f in profile.currency_floors] == [("CLF", 60)]


@pytest.mark.parametrize(
    ("text", "scam"),
    [
        P("Curso obligatorio con costo de S/ 300 antes de iniciar.", True, id="a paid course"),
        P("Inversión inicial de S/ 50 para activar tu cuenta.", True, id="an initial investment"),
        P("Ofrecemos capacitación pagada y certificaciones a cargo de la empresa.", False,
          id="paid training"),
        P("Curso con costo de S/ 200 pagado por la empresa antes de iniciar.", False,
          id="a course the employer pays"),
        P("Analista financiero: evaluar la inversión inicial de nuevos proyectos.", False,
          id="an investment as the work"),
    ],
)  # fmt: skip
def test_spanish_training_fees(text: str, scam: bool) -> None:
    found = assess(title="Desarrollador", company="Andes Apps SAC", text=text)
    assert any(f.code == "pay_to_work" for f in found.flags) is scam


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        P("Busco proyectos freelance como data engineer. Emito boleta.", "supply", id="busco"),
        P("Ofrezco mis servicios de desarrollo Flutter.", "supply", id="ofrezco"),
        P("Buscamos Data Engineer a honorarios.", "demand", id="buscamos"),
    ],
)  # fmt: skip
def test_spanish_offers_of_work(text: str, kind: str) -> None:
    found = parse_kind(None, text)
    assert found is not None and found[0] == kind


@pytest.mark.parametrize(
    ("sender", "card", "pay"),
    [
        P("Bumeran <alertas@bumeran.com.pe>",
          '<a href="https://www.bumeran.com.pe/empleos/desarrollador-flutter-retail-1115550123.html">'
          "Desarrollador Flutter</a><div>Retail Andino SAC</div><div>Miraflores, Lima</div>"
          "<div>S/ 9.500 Mensual</div>",
          "S/ 9.500 Mensual", id="bumeran: the sol"),
        P("Laborum <alertas@laborum.cl>",
          '<a href="https://www.laborum.cl/empleos/data-engineer-1117003344.html">Data Engineer</a>'
          "<div>Clínica Los Andes</div><div>Las Condes</div><div>UF 75 mensuales</div>",
          "UF 75 mensuales", id="laborum: the uf"),
    ],
)  # fmt: skip
def test_a_card_states_pay_in_soles_or_uf(tmp_path: Path, sender: str, card: str, pay: str) -> None:
    job = _only_job(tmp_path / "a.eml", _one_card_mail(sender, card))
    assert job.salary_raw == pay
