"""A Bucharest data engineer's market: Romanian terms (a PFA or SRL "colaborare", a
"contract de muncă" open-ended or fixed, "normă întreagă", "jumătate de normă"), pay in lei
or euros by the day, hour or month, lengths in "luni", "de acasă" and "la birou", Bucharest
written with a cedilla or without its letters, the freelancer's own ad, and a sign-up fee,
a paid course and a WhatsApp- or Telegram-only recruiter in Romanian."""

from __future__ import annotations

import pytest

from extractors._contract import Posting
from warehouse.ranking.engagement import parse_duration, parse_engagement
from warehouse.ranking.features import understand
from warehouse.ranking.foreign_titles import in_english
from warehouse.ranking.kind import parse_kind
from warehouse.ranking.legitimacy import assess
from warehouse.ranking.profile import Profile, RankingSettings
from warehouse.ranking.rates import parse_rate
from warehouse.ranking.remote import parse_remote

P = pytest.param
BUCHAREST = Profile(
    skills=("python", "sql", "spark", "airflow", "dbt"),
    roles=("data engineer",),
    remote_only=False,
    locations=("Bucharest", "Romania", "EET"),
    currency="EUR",
    min_hourly_rate=37.5,
)


@pytest.mark.parametrize(
    ("text", "engagement"),
    [
        P("Oferim contract de colaborare cu PFA sau SRL.", "contract", id="PFA sau SRL"),
        P("Colaborare pe termen lung, în regim PFA.", "contract", id="regim PFA"),
        P("Contract pe perioadă nedeterminată, bonuri de masă.", "full_time",
          id="contract pe perioadă nedeterminată"),
        P("Tip contract: full-time, contract de muncă pe perioadă nedeterminată.", "full_time",
          id="tip contract is a label"),
        P("Angajare cu normă întreagă.", "full_time", id="normă întreagă"),
        P("Job part-time, jumătate de normă (4 ore/zi).", "part_time", id="jumătate de normă"),
        P("Contract pe durată determinată, înlocuire concediu.", "contract",
          id="durată determinată"),
    ],
)  # fmt: skip
def test_romanian_terms(text: str, engagement: str) -> None:
    offer = parse_engagement(None, text)
    assert offer is not None and offer.engagement == engagement


@pytest.mark.parametrize(
    ("text", "rate"),
    [
        P("Tarif: 280-320 €/zi, negociabil.", (280, 320, "day", "EUR"), id="€/zi"),
        P("Câștigi 300 lei pe zi.", (300, 300, "day", "RON"), id="lei pe zi"),
        P("Tarif zilnic: 300 EUR.", (300, 300, "day", "EUR"), id="tarif zilnic"),
        P("Tarif orar: 120 lei.", (120, 120, "hour", "RON"), id="tarif orar"),
        P("Salariu: între 3.000 și 4.000 EUR brut/lună.", (3_000, 4_000, "month", "EUR"),
          id="între și"),
        P("Salariu intre 8000 si 9000 lei net.", (8_000, 9_000, "month", "RON"),
          id="without diacritics"),
        P("Câștigi 2.000 lei pe lună.", (2_000, 2_000, "month", "RON"), id="pe lună"),
    ],
)  # fmt: skip
def test_pay_in_lei_or_euros(text: str, rate: tuple[float, float, str, str]) -> None:
    found = parse_rate(text)
    assert found is not None
    assert (found.min, found.max, found.period, found.currency) == rate


@pytest.mark.parametrize(
    ("text", "months"),
    [
        P("Colaborare B2B pe 6 luni, cu posibilitate de prelungire.", 6, id="pe 6 luni"),
        P("Contract pe durată determinată de 12 luni.", 12, id="de 12 luni"),
        P("Proiect de 8 săptămâni.", 2, id="săptămâni"),
        P("Cerințe: minim 5 ani de experiență în Python.", None, id="experience is no length"),
    ],
)  # fmt: skip
def test_romanian_lengths(text: str, months: int | None) -> None:
    duration = parse_duration(text)
    assert (duration.months if duration else None) == months


@pytest.mark.parametrize(
    ("location", "text", "scope"),
    [
        P("România (de acasă)", "Python, SQL.", "region", id="de acasă as a location"),
        P("București", "Munca se desfășoară integral de acasă.", "region", id="integral"),
        P("București", "Program hibrid: 2 zile la birou, restul de acasă.", "hybrid",
          id="two days at the office"),
        P("București", "Lucrăm hibrid: o săptămână la birou, una de acasă.", "hybrid",
          id="a week at the office, one at home"),
        P("Timișoara", "Program: luni-vineri, la sediul din Timișoara.", "onsite",
          id="la sediul din"),
        P("București", "Program la birou (Sector 3), 8 ore/zi.", "onsite", id="la birou"),
    ],
)  # fmt: skip
def test_romanian_ways_of_working(location: str, text: str, scope: str) -> None:
    assert parse_remote(location, text, None).scope == scope


def _eligibility(location: str, text: str = "Program hibrid: 2 zile la birou.") -> str:
    posting = Posting(
        source="check", source_id="1", url="https://example.com/1",
        title="Data Engineer", location=location, text=text,
    )  # fmt: skip
    return understand(posting, BUCHAREST, RankingSettings()).eligibility


@pytest.mark.parametrize(
    ("place", "eligibility"),
    [
        P("Bucureşti", "eligible", id="cedilla"),
        P("Bucuresti, Sector 1", "eligible", id="without diacritics"),
        P("Pipera, Voluntari", "eligible", id="Pipera"),
        P("Cluj-Napoca", "not_eligible", id="Cluj"),
        P("Iasi", "not_eligible", id="Iasi"),
    ],
)  # fmt: skip
def test_an_office_around_bucharest(place: str, eligibility: str) -> None:
    assert _eligibility(place) == eligibility


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        P("Sunt disponibil pentru colaborări remote de la 1 februarie, tarif 300 €/zi.",
          "supply", id="disponibil pentru colaborări"),
        P("Data engineer PFA, disponibil pentru proiecte noi.", "supply",
          id="disponibil pentru proiecte noi"),
        P("Căutăm un data engineer pentru un client din energie.", "demand", id="căutăm"),
        P("Angajăm programator Python.", "demand", id="angajăm"),
    ],
)  # fmt: skip
def test_romanian_kind(text: str, kind: str) -> None:
    found = parse_kind(None, text)
    assert found is not None and found[0] == kind


def _vetoes(text: str) -> list[str]:
    found = assess(title="Data Engineer", company="Acme", text=text, url="https://x.test/1")
    return [flag.code for flag in found.flags if flag.hard]


@pytest.mark.parametrize(
    ("text", "code"),
    [
        P("Pentru înscriere se achită o taxă de înscriere de 150 lei.", "pay_to_work",
          id="se achită o taxă"),
        P("Taxa de inscriere 300 lei, platibila inainte de plecare.", "pay_to_work",
          id="a fee with its sum, without diacritics"),
        P("Înainte de a începe trebuie să achiți un curs plătit de 199 lei.", "pay_to_work",
          id="a paid course"),
        P("Contact doar pe WhatsApp: +40 712 000 000.", "chat_app", id="doar pe WhatsApp"),
        P("Interviul are loc doar pe Telegram: scrie-ne la @hr_jobs.", "chat_app",
          id="an interview on Telegram"),
    ],
)  # fmt: skip
def test_romanian_requests_veto(text: str, code: str) -> None:
    assert code in _vetoes(text)


@pytest.mark.parametrize(
    "text",
    [
        P("Nu percepem nicio taxă de înscriere de la candidați.", id="none asked"),
        P("Taxa de înscriere la conferință este suportată de companie.", id="the firm pays"),
        P("Bonuri de masă, al 13-lea salariu, abonament medical.", id="benefits"),
    ],
)  # fmt: skip
def test_romanian_look_alikes_do_not_veto(text: str) -> None:
    assert not _vetoes(text)


def test_working_from_home_in_a_named_area_is_no_pitch() -> None:
    found = assess(
        title="Senior Data Engineer", company="Acme", url="https://x.test/1",
        text="Contract type: B2B (PFA/SRL). Work from home anywhere in Romania; EET hours.",
    )  # fmt: skip
    assert "work_from_home" not in [flag.code for flag in found.flags]


@pytest.mark.parametrize(
    ("title", "english"),
    [
        P("Inginer de date", ["Data Engineer"], id="inginer de date"),
        P("Inginer Date (Data Engineer) – colaborare PFA", ["Data Engineer"], id="capitals"),
        P("Dezvoltator Python", ["Python Developer"], id="dezvoltator"),
        P("Programator Java", ["Java Developer"], id="programator"),
        P("Inginer constructii", [], id="a civil engineer names no trade of ours"),
    ],
)  # fmt: skip
def test_romanian_titles_in_english(title: str, english: list[str]) -> None:
    assert in_english(title) == english
