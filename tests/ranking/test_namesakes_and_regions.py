"""A town qualified with another country's or state's name is that place's namesake;
regions by their own names; a region of towns; remote before a town; a town of several
countries as a profile entry; remote and hybrid weeks in Spanish and Portuguese."""

import pytest
from pytest import param as P

from warehouse.ranking.eligibility import eligibility, unplaced
from warehouse.ranking.profile import Profile
from warehouse.ranking.regions import cities_in
from warehouse.ranking.remote import parse_remote

ONSITE = "Backend developer. Onsite in our office five days a week."
_NAMES = {"ES": "Spain", "IT": "Italy", "PL": "Poland", "BE": "Belgium", "DE": "Germany"}
_NAMES |= {"MX": "Mexico"}


@pytest.mark.parametrize(
    ("location", "regions"),
    [P("Valencia, Venezuela", ("VE",), id="a country after the comma"),
     P("Valencia, CA", ("US",), id="a state's code"),
     P("Valencia, California", ("US",), id="a state's name"),
     P("Córdoba, Veracruz", ("MX",), id="a Mexican state"),
     P("Sydney, NS", ("CA",), id="a province's code"),
     P("Santiago de Compostela", ("ES",), id="a longer name"),
     P("Frankfurt (Oder)", ("DE",), id="Frankfurt (Oder)"),
     P("Bangalore, IN", ("IN",), id="the town's own country's code"),
     P("Toronto, CA", ("CA",), id="Canada's code after a Canadian town"),
     P("Valencia, Spain", ("ES",), id="the bigger town, qualified")],
)  # fmt: skip
def test_the_qualifier_wins_over_the_bigger_town(location: str, regions: tuple[str, ...]) -> None:
    assert parse_remote(location, ONSITE, False).regions == regions


@pytest.mark.parametrize(
    ("line", "towns"),
    [P("Valencia, CA", (), id="no Valencia in Spain"),
     P("Frankfurt (Oder)", ("frankfurt (oder)",), id="not Frankfurt am Main"),
     P("Austin, London, Lisbon", ("austin", "london", "lisbon"), id="a list of towns"),
     P("Munich, Bavaria", ("munich",), id="a town in its own region")],
)  # fmt: skip
def test_a_namesake_is_no_town_of_the_bigger_one(line: str, towns: tuple[str, ...]) -> None:
    assert cities_in(line) == towns


@pytest.mark.parametrize(
    ("location", "region"),
    [P("València", "ES", id="Valencian"), P("Comunitat Valenciana", "ES", id="a community"),
     P("Catalunya", "ES", id="Catalan"), P("Euskadi", "ES", id="Basque"),
     P("Lombardia", "IT", id="Italian"), P("Mazowieckie", "PL", id="a voivodeship"),
     P("Wallonie", "BE", id="French"), P("Vlaanderen", "BE", id="Dutch"),
     P("Nordrhein-Westfalen", "DE", id="a Land"), P("Nuevo León", "MX", id="a state")],
)  # fmt: skip
def test_a_region_by_its_own_name(location: str, region: str) -> None:
    assert parse_remote(location, ONSITE, False).regions == (region,)
    assert unplaced((location,)) == []
    remote = parse_remote(f"Remote ({_NAMES[region]})", "Backend developer.", True)
    assert eligibility(remote, Profile(locations=(location,)))[0] == "eligible"


def test_a_region_is_no_town() -> None:
    assert cities_in("Lombardia") == ()


@pytest.mark.parametrize(
    ("mine", "location", "expected"),
    [P("Dortmund", "Ruhrgebiet", "eligible", id="a town of the Ruhr"),
     P("Berlin", "Ruhrgebiet", "not_eligible", id="no town of the Ruhr"),
     P("Amsterdam", "Randstad region", "eligible", id="a town of the Randstad"),
     P("Eindhoven", "Randstad area", "not_eligible", id="outside the Randstad"),
     P("Mainz", "Rhein-Main", "eligible", id="a town of Rhein-Main")],
)  # fmt: skip
def test_a_region_of_towns(mine: str, location: str, expected: str) -> None:
    scope = parse_remote(location, ONSITE, False)
    assert eligibility(scope, Profile(locations=(mine,), remote_only=False))[0] == expected


@pytest.mark.parametrize(
    "location",
    [
        "Remote / Berlin",
        "Remote or Berlin",
        "Remote (Berlin preferred)",
        "Berlin or remote",
        "Berlin / remote",
        "Berlin or remote (Germany)",
    ],
)
def test_remote_beside_a_town_is_remote_in_its_country(location: str) -> None:
    scope = parse_remote(location, "Backend developer.", None)
    assert (scope.scope, scope.regions, scope.doubt) == ("region", ("DE",), None)


def test_a_town_a_remote_job_is_near_stays_a_doubt() -> None:
    assert parse_remote("Seattle (Remote)", "Backend developer.", None).doubt is not None


def test_entries_of_a_list_keep_their_own_places() -> None:
    scope = parse_remote("Bangalore; Remote, Canada", "Backend developer.", None)
    assert (scope.scope, scope.regions) == ("region", ("CA",))


def test_a_bare_remote_entry_beside_offices_is_remote_in_their_countries() -> None:
    scope = parse_remote("Bangalore, India; Remote", "Backend developer.", None)
    assert (scope.scope, scope.regions, scope.doubt) == ("region", ("IN",), None)


@pytest.mark.parametrize(
    ("entry", "countries"),
    [P("Córdoba", "AR, ES, MX", id="Córdoba"), P("Valencia", "ES, US, VE", id="Valencia"),
     P("San José", "CR, US", id="San José")],
)  # fmt: skip
def test_a_town_of_several_countries_is_asked_about(entry: str, countries: str) -> None:
    (line,) = unplaced((entry,))
    assert f"is a town in {countries}" in line


def test_a_town_of_several_beside_its_country_is_placed() -> None:
    assert unplaced(("Córdoba", "Argentina")) == []


def test_salvador_as_an_entry_is_in_brazil() -> None:
    assert unplaced(("Salvador",)) == []
    remote = parse_remote("Remote (Brazil)", "Backend developer.", True)
    assert eligibility(remote, Profile(locations=("Salvador",)))[0] == "eligible"


def test_a_town_of_several_is_placed_by_the_currency() -> None:
    text = "Desarrollador backend. Presencial. Sueldo: ARS 1.500.000 mensuales."
    assert parse_remote("Córdoba", text, None).regions == ("AR",)


@pytest.mark.parametrize(
    ("text", "scope"),
    [P("Dev React\nVaga remota para todo o Brasil\nStack: React.", "region", id="after a title"),
     P("Vaga remota para todo o Brasil\nDev React\nStack: React.", "region", id="first"),
     P("Dev Python\nTrabajo desde casa, horario flexible.", "anywhere", id="desde casa"),
     P("Analista\nHome office 2 dias por semana, demais no escritório.", "hybrid", id="days"),
     P("DevOps\nTeletrabajo parcial: 2 días en la oficina.", "hybrid", id="parcial")],
)  # fmt: skip
def test_remote_and_hybrid_weeks_in_spanish_and_portuguese(text: str, scope: str) -> None:
    found = parse_remote(None, text, None)
    assert found.scope == scope
    assert found.regions == (("BR",) if scope == "region" else ())
