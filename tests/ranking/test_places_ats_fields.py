"""Where a post lets one work from, as ATS location fields and HN headers write it: a
legal aside about sanctions, places one cannot be hired in, a field that says where one
must live, a bloc with its UTC window, a reach around a zone, and hours only, kept from
a town a working day's shift away."""

import pytest
from pytest import param as P

from warehouse.ranking.eligibility import eligibility
from warehouse.ranking.profile import Profile
from warehouse.ranking.remote import parse_remote

USERS = {
    "Berlin": ("Berlin", "Germany"),
    "Austin": ("US", "Austin, Texas"),
    "Manchester": ("UK", "Manchester"),
    "Porto": ("Porto", "Portugal"),
    "Manila": ("Manila", "Philippines"),
    "São Paulo": ("São Paulo", "Brazil"),
}
SHORT = {"eligible": "e", "review": "r", "not_eligible": "n"}


def verdicts_of(location: str | None, text: str, users: dict[str, tuple[str, ...]] = USERS) -> str:
    """The verdicts of the users (by default in Berlin, Austin, Manchester, Porto, Manila
    and São Paulo), one letter each in their order."""
    scope = parse_remote(location, text, None)
    return "".join(SHORT[eligibility(scope, Profile(locations=mine))[0]] for mine in users.values())


@pytest.mark.parametrize(
    ("location", "text", "verdicts"),
    [P("Anywhere in the world except sanctioned countries", "Data Engineer (Contract)",
       "eeeeee", id="sanctions are an aside, not a place to check"),
     P("Remote (worldwide, excluding OFAC-sanctioned countries)", "Designer", "eeeeee",
       id="sanctions in brackets"),
     P("Remote (Worldwide)", "Designer\nWe cannot hire in the US.", "eneeee",
       id="cannot hire in"),
     P("Remote", "Writer\nFully remote. We are unable to hire in Canada or Brazil yet.",
       "eeeeen", id="unable to hire in, a list"),
     P("US-based, must reside in one of: AZ, CO, FL, GA, TX", "Frontend Engineer\nContract.",
       "nennnn", id="a field that says where one must live"),
     P("LATAM (UTC-3 to UTC-5)", "Backend Engineer\nContract.", "nnnnne",
       id="a bloc and the hours one works there"),
     P("Remote within 4 hours of CET", "Platform Engineer", "eneene",
       id="a reach around a zone in the field")],
)  # fmt: skip
def test_ats_location_fields(location: str | None, text: str, verdicts: str) -> None:
    assert verdicts_of(location, text) == verdicts


def test_a_residence_field_keeps_every_state_it_lists() -> None:
    scope = parse_remote("US-based, must reside in one of: AZ, CO, FL, GA, TX", "Engineer", None)
    assert (scope.scope, scope.regions) == ("region", ("US",))
    assert scope.states == ("US-AZ", "US-CO", "US-FL", "US-GA", "US-TX")


def test_a_window_beside_a_bloc_is_its_hours() -> None:
    scope = parse_remote("LATAM (UTC-3 to UTC-5)", "Engineer", None)
    assert (scope.regions, scope.hours) == (("LATAM",), ("UTC-5..UTC-3",))


@pytest.mark.parametrize(
    ("location", "text", "verdicts"),
    [P(None, "Acme | Frontend Engineer | Remote (US hours) | Contract", "rerrre",
       id="US hours: São Paulo keeps them an hour or two ahead, Manila at night"),
     P("Remote, CET timezone", "Data Engineer", "eneenr", id="CET: Manchester and Porto"),
     P("Remote", "DevOps Engineer\nLocation: UK/EU timezones", "ereerr",
       id="UK/EU: far clocks stay review")],
)  # fmt: skip
def test_hours_only_are_kept_a_working_days_shift_away(
    location: str | None, text: str, verdicts: str
) -> None:
    assert verdicts_of(location, text) == verdicts


def test_a_window_allows_no_shift_beyond_its_own_reach() -> None:
    scope = parse_remote(None, "Engineer\nRemote. Must work within UTC+1 to UTC+2.", None)
    assert eligibility(scope, Profile(locations=("São Paulo", "Brazil")))[0] == "not_eligible"
