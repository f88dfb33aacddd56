"""A zone's working hours are kept from its quarter- and half-hour neighbours (Nepal for
India's, Newfoundland for Eastern), where offsets one must live in are not; and hours a
post only wishes for ("preferred", "preferably") bind nobody."""

import pytest
from pytest import param as P

from warehouse.ranking.eligibility import eligibility
from warehouse.ranking.profile import Profile
from warehouse.ranking.remote import PREFERENCE, parse_remote

_KATHMANDU = Profile(locations=("Kathmandu", "Nepal", "UTC+5:45"))
_DHAKA = Profile(locations=("Dhaka", "Bangladesh", "UTC+6"))
_HONOLULU = Profile(locations=("Honolulu", "US"))
_LAGOS = Profile(locations=("Lagos", "Nigeria"))


@pytest.mark.parametrize(
    ("location", "text", "hours", "kathmandu"),
    [P("Remote (India or Nepal)", "Backend Developer\nRemote (India or Nepal), must work IST "
       "hours.", ("UTC+4:30..UTC+6:30",), "eligible", id="IST hours reach Nepal"),
     P("Remote - South Asia", "Data Analyst\nRemote in South Asia, UTC+5:30 time zone.",
       ("UTC+4:30..UTC+6:30",), "eligible", id="an offset's time zone"),
     P("Remote - South Asia", "Data Analyst\nRemote in South Asia; must be in UTC+5:30.",
       ("UTC+5:30",), "not_eligible", id="an offset one must be in stays exact")],
)  # fmt: skip
def test_a_zones_hours_beside_places_reach_its_neighbours(
    location: str, text: str, hours: tuple[str, ...], kathmandu: str
) -> None:
    scope = parse_remote(location, text, True)
    assert scope.hours == hours
    assert eligibility(scope, _KATHMANDU)[0] == kathmandu


def test_a_window_the_post_bounds_is_no_zones_hours() -> None:
    scope = parse_remote(None, "Remote (APAC): UTC+9 to UTC+12 hours.", True)
    assert scope.hours == ("UTC+9..UTC+12",)
    assert eligibility(scope, _DHAKA)[0] == "not_eligible"


@pytest.mark.parametrize(
    ("location", "text"),
    [P("Remote (3h overlap with CET preferred)", "Go Engineer\nContract.", id="in the field"),
     P("Remote (CET hours preferred)", "Go Engineer\nContract.", id="a zone's hours wished"),
     P("Remote", "Go Engineer\nPreferably 3 hours of overlap with CET.", id="preferably before"),
     P("Remote", "Go Engineer\nAn overlap of 3 hours with CET preferred.", id="preferred after")],
)  # fmt: skip
def test_hours_only_wished_bind_nobody(location: str, text: str) -> None:
    scope = parse_remote(location, text, True)
    assert scope.soft == PREFERENCE
    assert eligibility(scope, _HONOLULU)[0] == "review"
    assert eligibility(scope, _LAGOS)[0] == "eligible"


def test_hours_required_still_bind() -> None:
    scope = parse_remote("Remote (3h overlap with CET)", "Go Engineer\nContract.", True)
    assert scope.soft != PREFERENCE
    assert eligibility(scope, _HONOLULU)[0] == "not_eligible"
