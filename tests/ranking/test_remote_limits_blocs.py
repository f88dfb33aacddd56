"""Remote limits users found misread: remote throughout a country the post leaves
unnamed, the EU as the Union (and the EEA and EFTA beside it), a bloc under an office's
town, and the towns of Greater Tokyo and Los Angeles."""

import pytest
from pytest import param as P

from warehouse.ranking.eligibility import eligibility
from warehouse.ranking.profile import Profile
from warehouse.ranking.remote import parse_remote


def _verdict(
    location: str | None, text: str, mine: tuple[str, ...], *, remote_only: bool = True
) -> str:
    scope = parse_remote(location, text, None)
    return eligibility(scope, Profile(locations=mine, remote_only=remote_only))[0]


@pytest.mark.parametrize(
    ("location", "text", "regions"),
    [P(None, "Diseñador UI freelance\nTrabajo remoto en todo el país, pago por proyecto.", (),
       id="todo el país, no country: a place to check"),
     P(None, "Bookkeeper (contract)\nFully remote, nationwide.", (), id="nationwide alone"),
     P("Córdoba, Argentina", "Analista\nRemoto para todo el país.", ("AR",),
       id="todo el país in the posting's country"),
     P("Hamburg", "Python Entwickler\n100% Remote, bundesweit.", ("DE",),
       id="bundesweit: Hamburg's"),
     P("Warszawa", "Programista\nPraca zdalna w całym kraju.", ("PL",), id="w całym kraju"),
     P(None, "SAP-Berater\nRemote für ganz Deutschland, Start sofort.", ("DE",),
       id="für ganz Deutschland names it")],
)  # fmt: skip
def test_remote_throughout_a_country(
    location: str | None, text: str, regions: tuple[str, ...]
) -> None:
    scope = parse_remote(location, text, None)
    assert (scope.scope, scope.regions) == ("region", regions)


def test_a_company_across_the_country_limits_nobody() -> None:
    text = "Remote Bookkeeper\nWe serve clinics across the country. Work from anywhere."
    assert parse_remote(None, text, None).scope == "anywhere"
    text = "Remote Sales Rep\nWe have clients nationwide."
    assert parse_remote(None, text, None).scope == "anywhere"


@pytest.mark.parametrize(
    ("text", "mine", "expected"),
    [P("Backend Engineer\nRemote, EU only", ("Switzerland",), "not_eligible", id="EU only: CH"),
     P("Backend Engineer\nRemote, EU only", ("United Kingdom",), "not_eligible", id="EU only: UK"),
     P("Backend Engineer\nRemote, EU only", ("Ukraine",), "not_eligible", id="EU only: UA"),
     P("Backend Engineer\nRemote, EU only", ("Poland",), "eligible", id="EU only: PL"),
     P("Writer\nFully remote. Must be an EU resident.", ("United Kingdom",), "not_eligible",
       id="an EU resident"),
     P("Growth Marketer\nRemote. We can only hire in the EU.", ("Norway",), "not_eligible",
       id="only hire in the EU"),
     P("DevOps Engineer - Remote (EU)", ("United Kingdom",), "review",
       id="EU alone: loosely Europe"),
     P("Data Scientist\nRemote within the EEA", ("Norway",), "eligible", id="the EEA holds Norway"),
     P("Data Scientist\nRemote within the EEA", ("Switzerland",), "not_eligible",
       id="the EEA is no Switzerland"),
     P("Remote (EU/EEA only)", ("Iceland",), "eligible", id="EU/EEA holds Iceland"),
     P("ML Engineer\nRemote, EU or EFTA countries only", ("Switzerland",), "eligible",
       id="EFTA holds Switzerland"),
     P("ML Engineer\nRemote, EU or EFTA countries only", ("United Kingdom",), "not_eligible",
       id="EU or EFTA is no UK"),
     P("Support Engineer\nRemote, EU timezone", ("United Kingdom",), "eligible",
       id="EU hours are hours")],
)  # fmt: skip
def test_the_union_and_its_neighbours(text: str, mine: tuple[str, ...], expected: str) -> None:
    assert _verdict(None, text, mine) == expected


@pytest.mark.parametrize(
    ("location", "text", "stated"),
    [P("Vienna, Austria", "Senior Java Developer\n100% remote within DACH", None, id="DACH"),
     P("Wien", "Python Developer (remote, DACH)", True, id="a board's remote flag"),
     P("Munich, Germany", "Backend Developer\nFully remote, DACH residents only.", None,
       id="DACH residents under Munich")],
)  # fmt: skip
def test_an_office_town_does_not_narrow_a_bloc(
    location: str, text: str, stated: bool | None
) -> None:
    scope = parse_remote(location, text, stated)
    assert scope.regions == ("DACH",)
    assert eligibility(scope, Profile(locations=("Graz, Austria",)))[0] == "eligible"
    assert eligibility(scope, Profile(locations=("Zurich, Switzerland",)))[0] == "eligible"
    assert eligibility(scope, Profile(locations=("Italy",)))[0] == "not_eligible"


def test_a_remote_field_still_narrows_a_bloc() -> None:
    assert parse_remote("Berlin, Germany (Remote)", "Remote (EU)", None).regions == ("DE",)
    assert parse_remote("Germany", "Remote (EU)", None).regions == ("DE",)


@pytest.mark.parametrize(
    ("mine", "location", "expected"),
    [P("Yokohama, Japan", "Tokyo, Japan", "eligible", id="Yokohama to Tokyo"),
     P("Tokyo, Japan", "Kawasaki, Kanagawa", "eligible", id="Tokyo to Kawasaki"),
     P("Saitama, Japan", "Tokyo", "eligible", id="Saitama to Tokyo"),
     P("Osaka, Japan", "Yokohama, Kanagawa", "not_eligible", id="Osaka is no Tokyo"),
     P("Los Angeles, CA", "Long Beach, CA", "eligible", id="Long Beach is LA's"),
     P("San Diego, CA", "Long Beach, CA", "not_eligible", id="San Diego is not"),
     P("Berlin", "Potsdam, Germany", "eligible", id="Potsdam is Berlin's")],
)  # fmt: skip
def test_a_metro_commute(mine: str, location: str, expected: str) -> None:
    text = "Backend Engineer (Hybrid, 2 days a week in the office)"
    assert _verdict(location, text, (mine,), remote_only=False) == expected
