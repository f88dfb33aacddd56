"""A Prague backend and data engineer's market: Czech and Slovak terms (spolupráce na IČO,
živnostenský list, HPP, DPP and DPČ, plný, zkrácený and částečný úvazek, smlouva na dobu
neurčitou), pay in crowns or euros by the man-day ("Kč/MD"), hour or month, gross
("hrubého"), lengths in "měsíců", home office days and "práce z domova", Prague's
districts and Czech towns without their marks, the freelancer's own post, and the fee,
deposit and chat requests of Czech job scams."""

from __future__ import annotations

import pytest

from extractors._contract import Posting
from flows.config import _CURRENCY_SIGNS, parse_config
from warehouse.ranking.engagement import parse_duration, parse_engagement
from warehouse.ranking.features import understand
from warehouse.ranking.floors import parse_floor
from warehouse.ranking.kind import parse_kind
from warehouse.ranking.legitimacy import assess
from warehouse.ranking.profile import DEFAULT_FX_USD, Profile, RankingSettings
from warehouse.ranking.rates import parse_rate
from warehouse.ranking.remote import parse_remote

P = pytest.param
PRAGUE = Profile(
    skills=("python", "django", "postgresql", "kafka", "airflow"),
    roles=("backend developer", "data engineer"),
    remote_only=False,
    locations=("Prague", "Czechia", "CET"),
    currency="CZK",
    min_hourly_rate=875,
)


@pytest.mark.parametrize(
    ("text", "engagement"),
    [
        P("Nabízíme dlouhodobou spolupráci na IČO, plný úvazek.", "contract", id="na IČO"),
        P("Cooperation on IČO (živnostenský list) or via your s.r.o., full-time.", "contract",
          id="on IČO, full-time"),
        P("Forma spolupráce: HPP nebo IČO", "contract", id="HPP nebo IČO offers both"),
        P("Data Engineer – IČO, part-time", "contract", id="IČO as a label"),
        P("Smlouva na dobu určitou, 12 měsíců.", "contract", id="na dobu určitou"),
        P("Typ smlouvy: HPP, smlouva na dobu neurčitou", "full_time", id="HPP"),
        P("Trvalý pracovný pomer, plný úväzok.", "full_time", id="Slovak employment"),
        P("Hledáme posilu na DPP, cca 10 hodin týdně.", "part_time", id="na DPP"),
        P("Data Engineer – DPČ, částečný úvazek", "part_time", id="DPČ"),
        P("Nabízíme zkrácený úvazek 20 h týdně.", "part_time", id="zkrácený úvazek"),
    ],
)  # fmt: skip
def test_czech_terms(text: str, engagement: str) -> None:
    offer = parse_engagement(None, text)
    assert offer is not None and offer.engagement == engagement


def test_hpp_or_ico_offers_both() -> None:
    offer = parse_engagement(None, "Forma spolupráce: HPP nebo IČO")
    assert offer is not None and offer.engagements == ("contract", "full_time")


@pytest.mark.parametrize(
    "text",
    [
        P("ICO token launch on our DeFi platform.", id="an initial coin offering"),
        P("Hledáme projektového manažera.", id="no term named"),
    ],
)  # fmt: skip
def test_no_czech_term(text: str) -> None:
    assert parse_engagement(None, text) is None


@pytest.mark.parametrize(
    ("text", "rate"),
    [
        P("MD rate 6 000 - 8 000 Kč dle zkušeností.", (6_000, 8_000, "day", "CZK"),
          id="MD rate before"),
        P("Sazba: 7 500 Kč/MD.", (7_500, 7_500, "day", "CZK"), id="Kč/MD"),
        P("400 EUR/MD", (400, 400, "day", "EUR"), id="euros by the man-day"),
        P("Denní sazba: 6 500 Kč bez DPH", (6_500, 6_500, "day", "CZK"), id="denní sazba"),
        P("Výdělek 2 500 Kč denně.", (2_500, 2_500, "day", "CZK"), id="denně"),
        P("Sazba: 700 Kč/h.", (700, 700, "hour", "CZK"), id="Kč/h"),
        P("Odměna 400 Kč/hod.", (400, 400, "hour", "CZK"), id="Kč/hod"),
        P("Mzda: 4 000 - 5 000 EUR hrubého měsíčně.", (4_000, 5_000, "month", "EUR"),
          id="hrubého měsíčně"),
        P("Plat: 90 000 Kč hrubého.", (90_000, 90_000, "month", "CZK"), id="a month's gross"),
    ],
)  # fmt: skip
def test_pay_in_crowns_or_euros(text: str, rate: tuple[float, float, str, str]) -> None:
    found = parse_rate(text)
    assert found is not None
    assert (found.min, found.max, found.period, found.currency) == rate


@pytest.mark.parametrize(
    ("text", "months"),
    [
        P("Spolupráce na živnostenský list na 6 měsíců s možností prodloužení.", 6,
          id="na 6 měsíců"),
        P("Projekt na 8 týdnů.", 2, id="týdnů"),
        P("Jsem backend vývojář, 9 let praxe.", None, id="experience is no length"),
        P("Min. 3 roky zkušeností s Pythonem.", None, id="nor are years of it"),
    ],
)  # fmt: skip
def test_czech_lengths(text: str, months: int | None) -> None:
    duration = parse_duration(text)
    assert (duration.months if duration else None) == months


@pytest.mark.parametrize(
    ("location", "text", "scope"),
    [
        P("Praha 4", "Práce z domova 2 dny v týdnu.", "hybrid", id="two days from home"),
        P("Praha 5", "Hybridní režim: 2 dny home office, zbytek v kanceláři.", "hybrid",
          id="home office days"),
        P("Brno", "HPP, hybridní model (1 den home office týdně).", "hybrid",
          id="a hybrid model is no data model"),
        P("Praha 7", "Home office: 2 dny v týdnu", "hybrid", id="a labelled home office"),
        P("Praha", "100% práce z domova v rámci ČR.", "region", id="all from home in Czechia"),
        P("Olomouc", "Práce na místě v Olomouci.", "onsite", id="na místě"),
        P("Praha 8", "Práce v kanceláři v Karlíně.", "onsite", id="v kanceláři"),
    ],
)  # fmt: skip
def test_czech_ways_of_working(location: str, text: str, scope: str) -> None:
    assert parse_remote(location, text, None).scope == scope


def _eligibility(location: str, text: str = "Hybridní režim, 2 dny home office.") -> str:
    posting = Posting(
        source="check", source_id="1", url="https://example.com/1",
        title="Data Engineer", location=location, text=text,
    )  # fmt: skip
    return understand(posting, PRAGUE, RankingSettings()).eligibility


@pytest.mark.parametrize(
    ("place", "eligibility"),
    [
        P("Praha 5, Smíchov", "eligible", id="a district"),
        P("Karlín", "eligible", id="Karlín alone"),
        P("Holesovice", "eligible", id="without marks"),
        P("Olomouc", "not_eligible", id="Olomouc"),
        P("Plzen", "not_eligible", id="Plzeň without marks"),
        P("Košice, Slovensko", "not_eligible", id="Košice"),
    ],
)  # fmt: skip
def test_an_office_around_prague(place: str, eligibility: str) -> None:
    assert _eligibility(place) == eligibility


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        P("Od března jsem volný na nový projekt, remote nebo Praha.", "supply",
          id="volný na nový projekt"),
        P("Hledám nové klienty, nabízím služby v oblasti dat.", "supply", id="hledám klienty"),
        P("Hledáme Python vývojáře na HPP.", "demand", id="hledáme"),
        P("Přijmeme backend vývojáře.", "demand", id="přijmeme"),
    ],
)  # fmt: skip
def test_czech_kind(text: str, kind: str) -> None:
    found = parse_kind(None, text)
    assert found is not None and found[0] == kind


def test_a_firm_seeking_a_project_manager_is_no_supply() -> None:
    assert parse_kind(None, "Firma hledá projektového manažera.") is None


def _vetoes(text: str) -> list[str]:
    found = assess(title="Data Engineer", company="Acme", text=text, url="https://x.test/1")
    return [flag.code for flag in found.flags if flag.hard]


@pytest.mark.parametrize(
    ("text", "code"),
    [
        P("Pro registraci je nutné uhradit vstupní poplatek 990 Kč.", "pay_to_work",
          id="vstupní poplatek"),
        P("Před začátkem je nutné zaplatit zálohu 500 Kč za školení.", "pay_to_work",
          id="a deposit"),
        P("Stačí zaplatit registrační poplatek 1 200 Kč a dostanete přístup.", "pay_to_work",
          id="stačí zaplatit"),
        P("Kontakt pouze přes WhatsApp: +420 777 000 000.", "chat_app", id="pouze přes WhatsApp"),
        P("Pohovor probíhá pouze přes Telegram: @hr_jobs_cz.", "chat_app",
          id="an interview on Telegram"),
    ],
)  # fmt: skip
def test_czech_requests_veto(text: str, code: str) -> None:
    assert code in _vetoes(text)


@pytest.mark.parametrize(
    "text",
    [
        P("Nevybíráme žádné poplatky od uchazečů.", id="none asked"),
        P("Poplatek za konferenci hradí firma.", id="the firm pays"),
        P("Benefity: 13. plat, stravenky, Multisport karta.", id="benefits"),
        P("Práce z domova 2 dny v týdnu.", id="home office days"),
    ],
)  # fmt: skip
def test_czech_look_alikes_do_not_veto(text: str) -> None:
    assert not _vetoes(text)


def test_easy_work_from_home_is_a_pitch() -> None:
    found = assess(
        title="Práce z domova snadno", company="Online Příležitost", url="https://x.test/1",
        text="Práce z domova snadno, výdělek až 3 000 Kč denně!",
    )  # fmt: skip
    assert "work_from_home" in [flag.code for flag in found.flags]


@pytest.mark.parametrize(
    ("written", "floor"),
    [
        P("7 000 Kč/MD", (7_000, "day", "CZK"), id="a man-day"),
        P("700 Kč/hod", (700, "hour", "CZK"), id="Kč/hod"),
        P("120 000 Kc/mesic", (120_000, "month", "CZK"), id="without marks"),
        P("450 EUR/MD", (450, "day", "EUR"), id="euros by the man-day"),
    ],
)  # fmt: skip
def test_a_floor_in_czech(written: str, floor: tuple[float, str, str]) -> None:
    found, currency = parse_floor(written, _CURRENCY_SIGNS, "CZK", DEFAULT_FX_USD)
    assert (found.amount, found.unit, currency) == floor


def test_a_profile_in_crowns() -> None:
    config = parse_config({"profile": {"currency": "CZK", "min_rate": "7 000 Kč/MD"}})
    assert (config.profile.currency, config.profile.currency_sign) == ("CZK", "Kč")
    assert config.profile.rate_unit == "day"
