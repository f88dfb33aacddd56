"""A Belgrade full-stack developer's market: Serbian in both alphabets (puno and skraćeno
radno vreme, honorarno, ugovor o delu, privremeni i povremeni poslovi, rad od kuće,
hibridno, rad u kancelariji), pay in dinars and euros ("od 150.000 do 200.000 dinara",
"плата 180.000 дин.", "neto 2.000 € mesečno", "3.000 din po satu"), Serbian towns in
Latin and Cyrillic letters, and the user's own floors and languages."""

from __future__ import annotations

import pytest

from extractors._contract import Posting
from extractors._language import written_in
from flows.config import _CURRENCY_SIGNS, parse_config
from warehouse.ranking.engagement import parse_engagement
from warehouse.ranking.features import understand
from warehouse.ranking.floors import parse_floor
from warehouse.ranking.kind import parse_kind
from warehouse.ranking.legitimacy import assess
from warehouse.ranking.profile import DEFAULT_FX_USD, Profile, RankingSettings
from warehouse.ranking.rates import _CURRENCY_WORD_LIST, _CURRENCY_WORDS, parse_rate
from warehouse.ranking.remote import parse_remote

P = pytest.param
BELGRADE = Profile(
    skills=("react", "node.js", "flutter"),
    roles=("full stack developer",),
    remote_only=False,
    locations=("Belgrade", "Serbia", "UTC+1"),
    currency="EUR",
    min_hourly_rate=35,
)


@pytest.mark.parametrize(
    ("text", "engagement"),
    [
        P("Puno radno vreme, ugovor na neodređeno.", "full_time", id="puno radno vreme"),
        P("Stalni radni odnos, rad u uredu u Zagrebu.", "full_time", id="stalni radni odnos"),
        P("Пуно радно време, уговор о раду.", "full_time", id="пуно радно време"),
        P("Skraćeno radno vreme (4 sata dnevno).", "part_time", id="skraćeno radno vreme"),
        P("Honorarno angažovanje na projektu web prodavnice.", "freelance", id="honorarno"),
        P("Тражимо програмера за хонорарни посао.", "freelance", id="хонорарни"),
        P("Angažovanje po ugovoru o delu, 3 meseca.", "contract", id="ugovor o delu"),
        P("Ugovor o privremenim i povremenim poslovima, uz mogućnost produženja.", "contract",
          id="privremeni i povremeni poslovi"),
        P("Ugovor o delu ili puno radno vreme, po izboru.", "contract",
          id="a contract beside employment wins"),
    ],
)  # fmt: skip
def test_serbian_terms(text: str, engagement: str) -> None:
    offer = parse_engagement(None, text)
    assert offer is not None and offer.engagement == engagement


@pytest.mark.parametrize(
    ("text", "rate"),
    [
        P("Plata: od 250.000 do 350.000 RSD neto mesečno.", (250_000, 350_000, "month", "RSD"),
          id="od do RSD mesečno"),
        P("Plata 90.000 din neto.", (90_000, 90_000, "month", "RSD"), id="din, a salary"),
        P("Плата: 180.000 дин. нето.", (180_000, 180_000, "month", "RSD"), id="дин., a salary"),
        P("od 150.000 do 200.000 dinara mesečno", (150_000, 200_000, "month", "RSD"),
          id="dinara"),
        P("Хонорар: 3.000 дин. по сату.", (3_000, 3_000, "hour", "RSD"), id="по сату"),
        P("Satnica: 28,50 € bruto.", (28.5, 28.5, "hour", "EUR"), id="satnica, decimal comma"),
        P("Neto 2.000 € mesečno + bonusi.", (2_000, 2_000, "month", "EUR"), id="€ mesečno"),
        P("Plaća: 2.200 € neto mjesečno.", (2_200, 2_200, "month", "EUR"), id="hr: mjesečno"),
        P("Dnevnica 250 € po danu.", (250, 250, "day", "EUR"), id="po danu"),
        P("30.000 € bruto godišnje", (30_000, 30_000, "year", "EUR"), id="godišnje"),
    ],
)  # fmt: skip
def test_pay_in_dinars_and_euros(text: str, rate: tuple[float, float, str, str]) -> None:
    found = parse_rate(text)
    assert found is not None
    assert (found.min, found.max, found.period, found.currency) == rate


@pytest.mark.parametrize(
    "text",
    [
        P("Lucrezi 2 zile din 5 pe săptămână de acasă.", id="ro: din is of"),
        P("Din 3 candidați, 1 va fi angajat pe lună.", id="ro: din before a count"),
        P("Vi betaler for din tid, 30 minutter per dag.", id="da: din is your"),
    ],
)  # fmt: skip
def test_din_as_a_word_is_no_dinar(text: str) -> None:
    found = parse_rate(text)
    assert found is None or found.currency != "RSD"


@pytest.mark.parametrize(
    ("location", "text", "scope"),
    [
        P("Beograd", "Hibridno: utorkom i četvrtkom u kancelariji.", "hybrid", id="hibridno"),
        P("Србија", "Рад од куће, око 20 сати недељно.", "region", id="рад од куће"),
        P("Srbija", "Rad na daljinu, samo kandidati iz Srbije.", "region", id="na daljinu"),
        P("Novi Sad", "Tražimo programera za rad u našoj kancelariji u Novom Sadu.", "onsite",
          id="rad u kancelariji"),
        P("Београд", "Рад у просторијама послодавца.", "onsite", id="у просторијама"),
    ],
)  # fmt: skip
def test_serbian_ways_of_working(location: str, text: str, scope: str) -> None:
    assert parse_remote(location, text, None).scope == scope


@pytest.mark.parametrize(
    ("place", "eligibility"),
    [
        P("Beograd, Srbija", "eligible", id="Beograd is Belgrade"),
        P("Београд", "eligible", id="Београд is Belgrade"),
        P("Kragujevac", "not_eligible", id="Kragujevac"),
        P("Zagreb, Hrvatska", "not_eligible", id="Zagreb"),
    ],
)  # fmt: skip
def test_an_office_around_belgrade(place: str, eligibility: str) -> None:
    posting = Posting(
        source="check", source_id="1", url="https://example.com/1", title="React developer",
        location=place, text="Puno radno vreme, rad u kancelariji.",
    )  # fmt: skip
    assert understand(posting, BELGRADE, RankingSettings()).eligibility == eligibility


@pytest.mark.parametrize(
    ("written", "floor"),
    [
        P("250.000 RSD mesečno", (250_000, "month", "RSD"), id="RSD mesečno"),
        P("din 3.000 po satu", (3_000, "hour", "RSD"), id="din po satu"),
        P("180.000 дин./месец", (180_000, "month", "RSD"), id="дин./месец"),
        P("200.000 dinara/month", (200_000, "month", "RSD"), id="dinara"),
        P("€35/sat", (35, "hour", "EUR"), id="euros by the hour"),
        P("2.000 € neto mesečno", (2_000, "month", "EUR"), id="neto mesečno"),
    ],
)  # fmt: skip
def test_a_floor_in_serbian(written: str, floor: tuple[float, str, str]) -> None:
    found, currency = parse_floor(written, _CURRENCY_SIGNS, "EUR", DEFAULT_FX_USD)
    assert (found.amount, found.unit, currency) == floor


def test_a_profile_in_dinars_and_serbian() -> None:
    config = parse_config(
        {"profile": {"currency": "EUR", "min_rate": ["€35/h", "250.000 RSD mesečno"],
                     "languages": ["en", "sr-Latn", "Croatian", "bs"]}}
    )  # fmt: skip
    assert config.profile.languages == ("en", "sr", "hr", "bs")
    assert [f.currency for f in config.profile.currency_floors] == ["RSD"]


def test_cyrillic_serbian_is_not_russian() -> None:
    text = "Тражимо React програмера. Рад од куће, хонорар по сату, пријаве на мејл."
    assert written_in(text) != "ru"


def _vetoes(text: str) -> list[str]:
    found = assess(title="React developer", company="Acme", text=text, url="https://x.test/1")
    return [flag.code for flag in found.flags if flag.hard]


@pytest.mark.parametrize(
    ("text", "code"),
    [
        P("Pre početka rada potrebno je uplatiti kotizaciju od 2.500 dinara za obuku.",
          "pay_to_work", id="uplatiti kotizaciju"),
        P("Потребно је уплатити чланарину пре почетка рада.", "pay_to_work",
          id="уплатити чланарину"),
        P("Kontakt samo preko Vibera: 064 000 0000.", "chat_app", id="kontakt samo preko Vibera"),
    ],
)  # fmt: skip
def test_serbian_requests_veto(text: str, code: str) -> None:
    assert code in _vetoes(text)


@pytest.mark.parametrize(
    "text",
    [
        P("Ne naplaćujemo nikakvu kotizaciju kandidatima.", id="none charged"),
        P("Kotizaciju za konferencije snosi firma.", id="the firm pays"),
        P("CV pošaljite na mejl ili nas kontaktirajte na Viber 065 000 0000.",
          id="a chat beside the mail"),
        P("Plata 90.000 din neto, isplata mesečno.", id="a salary"),
    ],
)  # fmt: skip
def test_serbian_look_alikes_do_not_veto(text: str) -> None:
    assert not _vetoes(text)


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        P("Dostupan sam za nove projekte od januara, rad na daljinu.", "supply",
          id="dostupan sam za projekte"),
        P("Доступна сам за нове пројекте, хонорарно.", "supply", id="доступна сам"),
        P("Nudim usluge izrade web i mobilnih aplikacija.", "supply", id="nudim usluge"),
    ],
)  # fmt: skip
def test_serbian_supply(text: str, kind: str) -> None:
    found = parse_kind(None, text)
    assert found is not None and found[0] == kind


def test_an_ad_asking_availability_is_no_supply() -> None:
    found = parse_kind(None, "Kandidat mora biti dostupan za projekte u inostranstvu.")
    assert found is None or found[0] != "supply"


def test_a_text_holding_din_in_its_words_names_no_currency() -> None:
    """Words that hold the dinar's letters ("including", Russian "один") must not send
    every text past the skim that keeps currency-less texts from the rate reader."""
    text = "Onboarding, building and coding, including reviews. Один из лучших."
    assert not [_CURRENCY_WORD_LIST[i] for i, _, _ in _CURRENCY_WORDS.find_matches_as_indexes(text)]
