"""A mobile freelancer in Casablanca: dirhams as Moroccan posts write them ("15 000 DH
net/mois", "10k dhs", "درهم"), Morocco's towns in French and Arabic and Casablanca's
offshoring parks, the fees its scams ask for ("frais de traitement du visa : 5 000 DH",
"formation payante obligatoire"), the statuses its posts name ("auto-entrepreneur",
"contrat ANAPEC") and telework "possible depuis n'importe où au Maroc"."""

from __future__ import annotations

import pytest

from extractors._contract import Posting
from warehouse.ranking.engagement import parse_engagement
from warehouse.ranking.features import Features, understand
from warehouse.ranking.legitimacy import assess
from warehouse.ranking.profile import Profile, RankingSettings
from warehouse.ranking.rates import parse_rate
from warehouse.ranking.remote import parse_remote

P = pytest.param
CASABLANCA = Profile(
    skills=("flutter", "kotlin", "android"),
    roles=("mobile developer",),
    engagements=("freelance", "contract"),
    remote_only=False,
    locations=("Casablanca", "Morocco", "UTC+1"),
    currency="MAD",
    min_hourly_rate=156.25,
)


def _understood(title: str, location: str | None, text: str) -> Features:
    posting = Posting(
        source="t", source_id="1", url="https://example.com/1", title=title, location=location,
        text=text,
    )  # fmt: skip
    return understand(posting, CASABLANCA, RankingSettings())


@pytest.mark.parametrize(
    ("location", "text", "low", "high"),
    [
        P("Casablanca", "Salaire : 15 000 - 20 000 DH net/mois selon profil.", 15_000, 20_000,
          id="DH a month"),
        P("Marrakech", "Salary: 10k - 12k dhs net per month.", 10_000, 12_000, id="dhs with k"),
        P("Agadir", "Rémunération : 6000dh/mois.", 6_000, 6_000, id="dh glued"),
        P("الدار البيضاء", "الراتب: 18000 درهم شهريا.", 18_000, 18_000, id="dirham in Arabic"),
        P("Casablanca", "CDI. Salaire : 20 000 - 25 000 DH.", 20_000, 25_000,
          id="a salary word names a month"),
    ],
)  # fmt: skip
def test_dirhams_in_morocco_are_moroccan(location: str, text: str, low: float, high: float) -> None:
    rate = _understood("Développeur Flutter", location, text)
    assert (rate.rate_min, rate.rate_max, rate.rate_period, rate.currency) == (
        low, high, "month", "MAD",
    )  # fmt: skip


def test_dirhams_named_by_a_town_in_the_text() -> None:
    text = "Poste basé à Casablanca, sur site. Rémunération : 9 000 DH par mois."
    assert _understood("Développeur Kotlin", None, text).currency == "MAD"


def test_dirhams_elsewhere_stay_the_emirates() -> None:
    dubai = _understood("Backend Engineer", "Dubai", "Salary: 15,000 DH per month.")
    assert dubai.currency == "AED"
    rate = parse_rate("Package: 9 000 DH monthly.")
    assert rate is not None and rate.currency == "AED"


def test_dh_is_no_currency_inside_a_word() -> None:
    assert parse_rate("Adhere to 500 coding rules per month.") is None


@pytest.mark.parametrize(
    ("location", "city"),
    [
        P("Agadir", "agadir", id="Agadir"),
        P("Fès", "fès", id="Fès"),
        P("Tanger", "tangier", id="Tanger is Tangier"),
        P("الدار البيضاء", "casablanca", id="Casablanca in Arabic"),
        P("Casanearshore, Casablanca", "casablanca", id="offshoring park"),
    ],
)  # fmt: skip
def test_morocco_s_towns(location: str, city: str) -> None:
    features = _understood("Développeur Flutter", location, "Poste sur site, présentiel.")
    assert features.remote_regions == ("MA",)
    assert (features.eligibility == "eligible") is (city == "casablanca")


def test_maroc_in_french() -> None:
    features = _understood("Développeur Flutter", "Maroc", "100% télétravail depuis le Maroc.")
    assert (features.remote_regions, features.eligibility) == (("MA",), "eligible")


def _flags(text: str) -> list[str]:
    return [
        flag.code
        for flag in assess(
            title="Développeur mobile", company="Atlas Apps", text=text, url=None,
            provenance="aggregator",
        ).flags
    ]  # fmt: skip


@pytest.mark.parametrize(
    "text",
    [
        P("Frais de traitement du visa : 5 000 DH à verser avant l'entretien.", id="visa fee"),
        P("Frais de dossier : 500 DH.", id="file fee in dirhams"),
        P("Formation payante obligatoire (4 500 DH), puis placement en CDI.", id="paid training"),
        P("Une formation payante est obligatoire avant de commencer.", id="paid training is due"),
    ],
)  # fmt: skip
def test_a_fee_to_get_in_is_a_request(text: str) -> None:
    assert "pay_to_work" in _flags(text)


@pytest.mark.parametrize(
    "text",
    [
        P("Frais de visa : pris en charge par l'employeur.", id="employer pays the visa"),
        P("Frais de déplacement remboursés, permis B obligatoire.", id="a licence required"),
        P("Formation obligatoire de deux semaines, rémunérée.", id="paid to train"),
        P("Aucune formation payante obligatoire : la formation est offerte.", id="refused"),
        P("Frais de transport : 300 DH par mois remboursés.", id="an allowance"),
    ],
)  # fmt: skip
def test_honest_fees_and_duties_are_no_request(text: str) -> None:
    assert "pay_to_work" not in _flags(text)


@pytest.mark.parametrize(
    ("text", "engagement"),
    [
        P("Rémunération : 3 500 € par mois (facturation en tant qu'auto-entrepreneur).",
          "freelance", id="auto-entrepreneur"),
        P("Offre réservée aux micro-entrepreneurs, mission de 3 mois.", "freelance",
          id="micro-entrepreneur"),
        P("Contrat ANAPEC (Idmaj), poste basé à Agadir.", "full_time", id="ANAPEC"),
        P("CDI uniquement, pas d'auto-entrepreneur.", "full_time", id="refused in French"),
    ],
)  # fmt: skip
def test_moroccan_and_french_statuses(text: str, engagement: str) -> None:
    offer = parse_engagement(None, text)
    assert offer is not None and offer.engagement == engagement


@pytest.mark.parametrize(
    ("text", "scope", "regions"),
    [
        P("Télétravail possible depuis n'importe où au Maroc.", "region", ("MA",),
          id="from anywhere in a country"),
        P("Télétravail possible depuis n'importe où.", "anywhere", (), id="from anywhere"),
        P("Télétravail possible 2 jours par semaine.", "hybrid", (), id="days at home"),
        P("Télétravail possible depuis votre domicile.", "hybrid", (), id="home, sometimes"),
    ],
)  # fmt: skip
def test_telework_possible_from_anywhere(text: str, scope: str, regions: tuple[str, ...]) -> None:
    found = parse_remote("", text, None)
    assert (found.scope, found.regions) == (scope, regions)
