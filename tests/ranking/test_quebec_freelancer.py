"""A Montréal front-end developer and UX designer: Québec French terms (pigiste,
travailleur autonome, mandats), French gendered titles ("Concepteur(trice)"), a role
written with a hyphen ("front-end developer"), office days in French, towns of Greater
Montréal and a Canadian town written with its province's code ("Saint-Georges, QC")."""

from __future__ import annotations

import pytest

from extractors._contract import Posting
from flows.config import parse_config
from warehouse.ranking.engagement import parse_duration, parse_engagement
from warehouse.ranking.features import understand
from warehouse.ranking.kind import parse_kind
from warehouse.ranking.legitimacy import assess
from warehouse.ranking.profile import Profile, RankingSettings
from warehouse.ranking.relevance import read_relevance
from warehouse.ranking.remote import parse_remote

P = pytest.param
MONTREAL = Profile(
    skills=("react", "typescript", "figma"),
    roles=("front-end developer", "ux designer"),
    remote_only=False,
    locations=("Montréal", "Canada", "UTC-5"),
    currency="CAD",
    min_hourly_rate=70.0,
)


@pytest.mark.parametrize(
    "text",
    [
        P("Nous cherchons un designer UX pigiste pour la refonte de l'application.", id="pigiste"),
        P("Contrat via votre entreprise ou à titre de travailleur autonome.", id="autonome"),
        P("Je suis travailleuse autonome (TPS/TVQ).", id="travailleuse autonome"),
    ],
)  # fmt: skip
def test_quebec_freelance_words(text: str) -> None:
    offer = parse_engagement(None, text)
    assert offer is not None and offer.engagement == "freelance"


@pytest.mark.parametrize(
    ("title", "role"),
    [
        P("Frontend Developer", "front-end developer", id="frontend"),
        P("Senior Frontend Engineer", "front-end developer", id="frontend engineer"),
        P("Développeur front-end – Poste permanent", "front-end developer", id="french"),
        P("Développeur(euse) front-end", "front-end developer", id="euse"),
        P("Intégrateur(trice) Web", "front-end developer", id="intégrateur"),
        P("Concepteur(trice) d'interfaces utilisateur", "ux designer", id="concepteur"),
    ],
)  # fmt: skip
def test_titles_name_the_hyphenated_and_french_roles(title: str, role: str) -> None:
    assert read_relevance(title, "Un poste à Montréal.", MONTREAL).roles_matched == (role,)


@pytest.mark.parametrize(
    ("roles", "title"),
    [
        P(["back-end developer"], "Backend Engineer", id="back-end"),
        P(["full-stack developer"], "Fullstack Engineer", id="full-stack"),
    ],
)  # fmt: skip
def test_a_role_written_with_a_hyphen_is_its_rows(roles: list[str], title: str) -> None:
    profile = parse_config({"profile": {"roles": roles, "skills": ["python"]}}).profile
    assert read_relevance(title, "We build APIs.", profile).roles_matched == tuple(roles)


@pytest.mark.parametrize(
    "text",
    [
        P("Mandat de 9 mois. Sur place 2 jours par semaine à Québec.", id="sur place N jours"),
        P("3 jours par semaine au bureau, le reste en télétravail.", id="le reste"),
        P("En présentiel 4 jours par semaine.", id="en présentiel"),
    ],
)  # fmt: skip
def test_french_office_days_are_a_hybrid_week(text: str) -> None:
    assert parse_remote(None, text, None).scope == "hybrid"


def _posting(location: str, text: str = "Sur place. 60 $/h. React.") -> Posting:
    return Posting(
        source="check", source_id="1", url="https://example.com/1",
        title="Développeur front-end", location=location, text=text,
    )  # fmt: skip


@pytest.mark.parametrize(
    "place",
    [
        "Laval, QC",
        "Laval (QC)",
        "Longueuil, QC",
        "Pointe-Claire, QC",
        "Brossard",
        "Montréal (Outremont), QC",
    ],
)
def test_greater_montreal_is_within_reach(place: str) -> None:
    found = understand(_posting(place), MONTREAL, RankingSettings())
    assert (found.eligibility, found.currency) == ("eligible", "CAD")


@pytest.mark.parametrize("place", ["Saint-Georges, QC", "Red Deer, AB", "Nanaimo, BC"])
def test_a_town_with_its_province_code_is_in_canada(place: str) -> None:
    found = understand(_posting(place), MONTREAL, RankingSettings())
    assert (found.remote_regions, found.currency) == (("CA",), "CAD")


@pytest.mark.parametrize(
    ("place", "country"),
    [
        P("Laval, France", "FR", id="the other Laval"),
        P("Bratislava, SK", "SK", id="Slovakia"),
    ],
)  # fmt: skip
def test_province_codes_that_name_other_places_stay_theirs(place: str, country: str) -> None:
    regions = understand(_posting(place), MONTREAL, RankingSettings()).remote_regions
    assert "CA" not in regions and country in regions


def test_an_offer_of_new_mandates_is_supply() -> None:
    found = parse_kind(
        "Développeuse front-end", "Travailleuse autonome, disponible pour de nouveaux mandats."
    )
    assert found is not None and found[0] == "supply"


def test_a_fee_in_quebec_dollars_is_pay_to_work() -> None:
    text = (
        "Poste à domicile, 45 $/h. Des frais de formation de 199 $ sont requis avant de commencer."
    )
    found = assess(
        title="Développeur front-end", company="EmploiNet Express", text=text,
        url="https://example.com/1", provenance="aggregator",
    )  # fmt: skip
    assert "pay_to_work" in [flag.code for flag in found.flags if flag.hard]


def test_travel_costs_refunded_in_dollars_are_no_fee() -> None:
    text = "Contrat de 6 mois. Frais de déplacement remboursés jusqu'à 500 $ par mois."
    found = assess(
        title="Développeur front-end", company="Agence Mile-End", text=text,
        url="https://example.com/2", provenance="aggregator",
    )  # fmt: skip
    assert not [flag for flag in found.flags if flag.hard]


@pytest.mark.parametrize(
    "text", ["Poste à domicile, horaire flexible.", "Travail à domicile, 20 h par semaine."]
)
def test_work_at_home_in_french_is_remote_work(text: str) -> None:
    assert parse_remote(None, text, None).scope == "anywhere"


@pytest.mark.parametrize(
    ("text", "months"),
    [
        P("Contrat de 2 ans, temps plein.", 24, id="contrat de 2 ans"),
        P("Mandat de 1 an renouvelable.", 12, id="mandat de 1 an"),
        P("Poste permanent, 3 ans d'expérience minimum.", None, id="experience"),
        P("Contract, $50 an hour, remote.", None, id="English 'an' is no year"),
        P("Freelance, $21 an hour.", None, id="nor after a number ending in one"),
    ],
)  # fmt: skip
def test_a_french_term_in_years_is_its_length(text: str, months: int | None) -> None:
    found = parse_duration(text)
    assert (found.months if found else None) == months
    if months:
        offer = parse_engagement(None, text)
        assert offer is not None and offer.engagement == "contract"
