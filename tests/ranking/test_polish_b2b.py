"""A Polish B2B contractor's market: contract labels, monthly pay in zloty, remote words
in a location field, supply posts, a wish after a language's name and upfront fees."""

from __future__ import annotations

import pytest

from extractors._contract import Posting
from flows.config import _CURRENCY_SIGNS
from tests.ranking.test_legitimacy import ACME, FILLER, codes, run
from warehouse.ranking.engagement import parse_engagement
from warehouse.ranking.features import understand
from warehouse.ranking.floors import parse_floor
from warehouse.ranking.kind import parse_kind
from warehouse.ranking.profile import DEFAULT_FX_USD, Profile, RankingSettings
from warehouse.ranking.remote import parse_remote

P = pytest.param
KRAKOW = Profile(
    skills=("react", "typescript"),
    roles=("frontend developer",),
    remote_only=False,
    locations=("Kraków", "Poland", "EU"),
    languages=("pl", "en"),
    currency="PLN",
    min_hourly_rate=140.0,
)


def _features(text: str, location: str = "Kraków"):  # type: ignore[no-untyped-def]
    posting = Posting(
        source="check", source_id="1", url="https://example.com/1",
        title="Senior Frontend Developer", location=location, text=text,
    )  # fmt: skip
    return understand(posting, KRAKOW, RankingSettings())


@pytest.mark.parametrize(
    ("text", "engagement"),
    [
        P("Typ umowy: B2B. React, TypeScript.", "contract", id="a labelled contract type"),
        P("Kontrakt B2B 160-180 zł/h netto.", "contract", id="kontrakt B2B"),
        P("Forma współpracy: B2B, od zaraz.", "contract", id="forma współpracy"),
        P("Praca na B2B, zdalnie.", "contract", id="na B2B"),
        P("B2B 150-170 PLN/h + VAT.", "contract", id="B2B before its pay"),
        P("Stawka: 25 000 PLN netto + VAT miesięcznie.", "contract", id="pay invoiced plus VAT"),
        P("Rozliczenie na podstawie faktury VAT, 2 miesiące.", "contract", id="a VAT invoice"),
        P("We build a B2B commerce platform. React.", None, id="a business's trade is no label"),
        P("Nasz B2B SaaS obsługuje 300 hurtowni.", None, id="B2B SaaS in Polish"),
    ],
)
def test_polish_contract_labels_are_contracts(text: str, engagement: str | None) -> None:
    offer = parse_engagement(None, text)
    assert (offer.engagement if offer else None) == engagement


@pytest.mark.parametrize(
    ("text", "rate"),
    [
        P("20 000 - 26 000 PLN/mies. netto (B2B)", (20_000, 26_000, "month"), id="/mies."),
        P("19 000 - 24 000 zł netto/mc", (19_000, 24_000, "month"), id="/mc"),
        P("B2B: 16 000 - 21 000 PLN. Zdalnie.", (16_000, 21_000, "month"), id="a B2B label before"),
        P("16 000 - 21 000 PLN + VAT", (16_000, 21_000, "month"), id="+ VAT after"),
        P("Kontrakt B2B 25 000 - 30 000 PLN", (25_000, 30_000, "month"), id="kontrakt before"),
        P("Our B2B SaaS is used by 5000 PLN-paying shops.", None, id="no label: no pay"),
    ],
)
def test_zloty_thousands_named_by_a_contract_are_a_month(text: str, rate: object) -> None:
    f = _features(text)
    got = (f.rate_min, f.rate_max, f.rate_period) if f.rate_period else None
    assert got == rate
    assert f.currency == ("PLN" if rate else None)


@pytest.mark.parametrize("location", ["Zdalnie", "Praca zdalna", "Teletrabajo", "Remote"])
def test_a_remote_word_alone_in_a_location_names_no_place(location: str) -> None:
    scope = parse_remote(location, "React, TypeScript.", None)
    assert (scope.scope, scope.regions) == ("anywhere", ())


def test_a_remote_word_beside_a_country_still_limits_it() -> None:
    scope = parse_remote("Zdalnie (cała Polska)", "React, TypeScript.", None)
    assert scope.regions == ("PL",)


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Szukam zleceń B2B, dostępny od zaraz. React, Next.js.", "supply"),
        ("Przyjmę zlecenia na strony w React.", "supply"),
        ("Oferuję swoje usługi jako frontend developer.", "supply"),
        ("Poszukujemy frontend developera na kontrakt B2B.", "demand"),
        ("Zatrudnimy programistę React.", "demand"),
    ],
)
def test_polish_posts_say_who_offers_work(text: str, kind: str) -> None:
    found = parse_kind(None, text)
    assert found is not None and found[0] == kind


@pytest.mark.parametrize(
    ("text", "eligibility"),
    [
        ("Remote within EU. English required, German nice to have. React.", "eligible"),
        ("Remote within EU. English required, German welcome. React.", "eligible"),
        ("Remote within EU. English and German required. React.", "not_eligible"),
        ("Zdalnie (cała Polska). Wymagany język niemiecki C1. React.", "not_eligible"),
    ],
)
def test_a_wish_after_a_language_name_asks_nothing(text: str, eligibility: str) -> None:
    assert _features(text, location="Remote").eligibility == eligibility


@pytest.mark.parametrize(
    ("text", "vetoed"),
    [
        ("Na start wymagamy wpłaty 99 zł za pakiet materiałów.", True),
        ("Opłata za szkolenie 2 900 zł z góry, zwracana po pierwszej wypłacie.", True),
        ("Opłata za szkolenie pokrywana przez firmę przed rozpoczęciem pracy.", False),
        ("Z góry dziękujemy za zgłoszenia. Opłata za nadgodziny według stawki.", False),
        ("Wpłata wynagrodzenia na konto do 10. dnia miesiąca.", False),
    ],
)
def test_polish_upfront_fees_are_pay_to_work(text: str, vetoed: bool) -> None:
    assert ("pay_to_work" in codes(run(f"{FILLER} {text}", **ACME), hard=True)) is vetoed


@pytest.mark.parametrize(
    ("url", "flagged"),
    [
        ("https://nofluffjobs.com/pl/job/frontend-developer-lindenhof-remote", False),
        ("https://www.pracuj.pl/praca/frontend-developer-krakow,oferta,1003987654", False),
        ("https://www.hellowork.com/fr-fr/emplois/61234567.html", False),
        ("https://cheap-hosting.example/jobs/1", True),
    ],
)
def test_a_job_on_an_alert_board_is_not_at_the_boards_domain(url: str, flagged: bool) -> None:
    found = run(FILLER, company="Lindenhof Versicherung", url=url, provenance="aggregator")
    assert ("domain_mismatch" in codes(found, hard=False)) is flagged


@pytest.mark.parametrize(
    ("text", "rate"),
    [
        P("Wynagrodzenie: 150 – 190 zł netto (+ VAT) / godz.", (150, 190, "hour"),
          id="VAT in brackets, then per hour"),
        P("Umowa: B2B, stawka dzienna 1 400 - 1 600 zł netto.", (1_400, 1_600, "day"),
          id="stawka dzienna names a day"),
        P("Umowa o dzieło – wynagrodzenie 6 000 zł za całość projektu.", (6_000, 6_000, "fixed"),
          id="the whole project's price"),
        P("Umowa o dzieło, 3 500 zł za całość, termin 3 tygodnie.", (3_500, 3_500, "fixed"),
          id="za całość: for the whole"),
        P("Zespół liczy 1 400 - 1 600 osób w 12 krajach.", None, id="people, not pay"),
    ],
)  # fmt: skip
def test_polish_rates_by_the_hour_day_and_project(text: str, rate: object) -> None:
    f = _features(text)
    got = (f.rate_min, f.rate_max, f.rate_period) if f.rate_period else None
    assert got == rate


@pytest.mark.parametrize(
    ("text", "offered"),
    [
        P("Kontrakt B2B lub UoP. B2B: 160-200 PLN/h netto.", ("contract", "full_time"),
          id="B2B lub UoP"),
        P("Salary: 25 000 - 32 000 PLN (B2B) | 20 000 - 25 000 PLN (UoP).",
          ("contract", "full_time"), id="a range per contract"),
        P("UoP / B2B, Python, Go.", ("contract", "full_time"), id="UoP / B2B"),
        P("Rodzaj umowy: UoP.", ("full_time",), id="UoP alone"),
        P("Alumni of UoP (University of Portsmouth) welcome.", (), id="a university"),
    ],
)  # fmt: skip
def test_uop_beside_b2b_is_employment_also_offered(text: str, offered: tuple[str, ...]) -> None:
    offer = parse_engagement(None, text)
    assert (offer.engagements if offer else ()) == offered
    if offer and "contract" in offered:
        assert offer.engagement == "contract"  # the contractor's way in ranks first


@pytest.mark.parametrize(
    ("written", "floor"),
    [
        ("160 PLN/h netto", (160.0, "hour", "PLN")),
        ("160 zł netto/h", (160.0, "hour", "PLN")),
        ("150 PLN/h + VAT", (150.0, "hour", "PLN")),
        ("25 000 zł/mies.", (25_000.0, "month", "PLN")),
        ("1400 zł/dzień netto", (1_400.0, "day", "PLN")),
        ("180 zł/godz.", (180.0, "hour", "PLN")),
    ],
)
def test_a_floor_in_a_polish_contractors_words(written: str, floor: tuple[object, ...]) -> None:
    known = {*DEFAULT_FX_USD, *_CURRENCY_SIGNS.values()}
    found, currency = parse_floor(written, _CURRENCY_SIGNS, "PLN", known)
    assert (found.amount, found.unit, currency) == floor


def test_a_remote_post_open_only_to_europe_in_polish() -> None:
    scope = parse_remote("Praca zdalna", "Praca zdalna, tylko z Europy. Python.", None)
    assert (scope.scope, scope.regions) == ("region", ("Europe",))
