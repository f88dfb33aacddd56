"""Titles in other languages read as English titles: the fields beside a foreign head."""

import pytest

from warehouse.ranking.foreign_titles import in_english
from warehouse.ranking.profile import Profile
from warehouse.ranking.relevance import read_relevance


@pytest.mark.parametrize(
    ("title", "english"),
    [
        ("Senior Java Entwickler (m/w/d)", ["Java Developer"]),
        ("Backend-Entwickler (m/w/d)", ["Backend Developer"]),
        ("Dateningenieur", ["Data Engineer"]),
        (
            "Softwareentwickler Java/Kotlin",
            ["Software Developer", "Java Developer", "Kotlin Developer"],
        ),
        ("Programista Java (B2B)", ["Java Developer"]),
        ("Développeur back-end Java (H/F)", ["Backend Developer", "Java Developer"]),
        ("Ingeniero de datos", ["Data Engineer"]),
        ("Ingegnere dei dati", ["Data Engineer"]),
        ("Inżynier danych", ["Data Engineer"]),
        ("Analityk danych", ["Data Analyst"]),
        ("Redaktor SEO", ["SEO Writer"]),
    ],
)
def test_a_foreign_head_and_its_fields_read_in_english(title: str, english: list[str]) -> None:
    assert in_english(title) == english


@pytest.mark.parametrize(
    "title", ["Redactor jurídico", "Java barista", "Senior Data Engineer", "Programista"]
)
def test_no_field_or_no_foreign_head_names_nothing(title: str) -> None:
    assert in_english(title) == []


BACKEND = Profile(roles=("backend developer",), skills=("java", "kotlin", "spring boot"))
DATA = Profile(roles=("data engineer",), skills=("python", "sql", "airflow"))


@pytest.mark.parametrize(
    ("title", "profile"),
    [
        ("Senior Java Entwickler (m/w/d)", BACKEND),
        ("Programista Java", BACKEND),
        ("Ingeniero de datos", DATA),
        ("Inżynier danych", DATA),
    ],
)
def test_a_foreign_title_names_the_profile_s_role(title: str, profile: Profile) -> None:
    got = read_relevance(title, "Remote contract, six months.", profile)
    assert got.matched
    assert got.roles_matched == profile.roles


@pytest.mark.parametrize(
    ("title", "text", "profile"),
    [
        ("Java barista", "Pour Java and Sumatra coffee at our café.", BACKEND),
        ("Kotlin island tour guide", "Boat tours to Kotlin island, fluent English.", BACKEND),
        ("Data entry clerk", "Type invoices into Excel and our SQL-backed CRM.", DATA),
        ("React Native Developer", "Ship our iOS app in React Native and TypeScript.", BACKEND),
    ],
)
def test_a_look_alike_is_no_match(title: str, text: str, profile: Profile) -> None:
    got = read_relevance(title, text, profile)
    assert not got.matched or got.in_passing
    assert got.roles_matched == ()
