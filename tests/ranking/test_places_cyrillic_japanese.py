"""Places written as their own people write them: Ukrainian and Russian cities in
Cyrillic, Japanese cities, wards and prefectures in kanji, French remote work within a
country, Spanish and Portuguese hybrid weeks counted in office days, and the country
named in brackets after "todo el país"."""

from __future__ import annotations

import pytest

from warehouse.ranking.eligibility import eligibility
from warehouse.ranking.profile import Profile
from warehouse.ranking.regions import cities_in
from warehouse.ranking.remote import parse_remote


def _verdict(locations: tuple[str, ...], loc: str | None, text: str) -> str:
    profile = Profile(locations=locations, remote_only=False)
    return eligibility(parse_remote(loc, text, None), profile)[0]


@pytest.mark.parametrize(
    ("line", "city"),
    [
        ("Київ", "kyiv"), ("офіс у Києві", "kyiv"), ("Львів, Україна", "lviv"),
        ("Харьков", "kharkiv"), ("Одеса", "odesa"), ("Дніпро", "dnipro"), ("Lwów", "lviv"),
        ("Варшава", "warsaw"), ("Москва", "moscow"), ("横浜", "tokyo"),
        ("勤務地：福岡市", "fukuoka"), ("名古屋", "nagoya"), ("京都府京都市", "kyoto"),
        ("札幌", "sapporo"), ("東京都渋谷区", "tokyo"), ("神奈川県川崎市", "tokyo"),
        ("新宿駅徒歩5分", "tokyo"),
    ],
)  # fmt: skip
def test_cyrillic_and_kanji_cities_are_read_by_latin_names(line: str, city: str) -> None:
    # as their metro's city: Yokohama and Kawasaki are Greater Tokyo's
    assert cities_in(line) == (city,)


@pytest.mark.parametrize(
    "line",
    [
        "京都銀行",
        "取引先：福岡銀行",
        "川崎重工の案件",
        "担当：千葉",
        "Kiev Bistro Group",
        "神奈川県",
    ],
)
def test_a_bank_a_surname_a_restaurant_or_a_prefecture_is_no_town(line: str) -> None:
    assert cities_in(line) == ()


def test_tokyo_is_not_read_as_kyoto() -> None:
    assert cities_in("東京都港区") == ("tokyo",)


def test_a_cyrillic_city_or_remote_line_is_in_its_country() -> None:
    scope = parse_remote("Київ / віддалено", "Python розробник (ФОП)", None)
    assert (scope.scope, scope.regions) == ("region", ("UA",))
    assert _verdict(("Kyiv", "Ukraine"), "Київ / віддалено", "Python розробник") == "eligible"
    assert _verdict(("Berlin", "Germany"), "Київ / віддалено", "Python розробник") == (
        "not_eligible"
    )


def test_a_kanji_city_places_an_office_in_japan() -> None:
    scope = parse_remote("名古屋", "勤務地：愛知県名古屋市中区", None)
    assert (scope.scope, scope.regions, scope.cities) == ("onsite", ("JP",), ("nagoya",))


@pytest.mark.parametrize(
    ("loc", "text", "scope"),
    [
        ("Télétravail au Canada", "Développeur Python", "region"),
        ("Télétravail partout au Canada", "Conseiller technique", "region"),
        (None, "Poste en télétravail au Québec", "region"),
        ("Montréal", "Télétravail possible 2 jours par semaine", "hybrid"),
        (None, "Télétravail au besoin, bureau à Paris", "hybrid"),
    ],
)
def test_french_remote_work_within_a_country_is_remote_there(
    loc: str | None, text: str, scope: str
) -> None:
    assert parse_remote(loc, text, None).scope == scope


def test_french_remote_in_canada_takes_a_user_in_montreal() -> None:
    assert _verdict(("Montréal, QC", "Canada"), "Télétravail au Canada", "Analyste") == "eligible"
    assert _verdict(("Montréal",), None, "Poste en télétravail au Québec") == "eligible"


@pytest.mark.parametrize(
    "text",
    [
        "Modalidad: 3 días presencial y 2 remoto",
        "2 días de teletrabajo y 3 en oficina",
        "4 días en oficina y 1 de teletrabajo",
        "2 días presenciales, resto remoto",
        "Regime: 3 dias presencial e 2 remoto",
    ],
)
def test_office_days_beside_remote_days_are_a_hybrid_week(text: str) -> None:
    assert parse_remote("Madrid", text, None).scope == "hybrid"


def test_spanish_full_remote_stays_remote() -> None:
    assert parse_remote("Madrid", "Trabajo 100% remoto desde España", None).scope == "region"


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("Desarrollador Node.js\nRemoto para todo el país (Argentina)", "AR"),
        ("Analista\nTrabajo 100% remoto para todo el país (Colombia)", "CO"),
        ("Dev\nVaga remota para todo o país (Brasil)", "BR"),
    ],
)
def test_the_country_in_brackets_after_the_whole_country_limits_remote(
    text: str, country: str
) -> None:
    scope = parse_remote(None, text, None)
    assert (scope.scope, scope.regions) == ("region", (country,))
