"""A town preferred with remote work "OK", a US coast named with no country, a US zone's
business hours one must work, and the places an overlap that opens a post still names."""

from __future__ import annotations

import pytest

from warehouse.ranking.eligibility import eligibility
from warehouse.ranking.profile import Profile
from warehouse.ranking.remote import parse_remote

BERLIN = ("Berlin, Germany",)
AUSTIN = ("US", "Austin, Texas")
LONDON = ("London, UK",)
MANILA = ("Manila, Philippines",)
SAO_PAULO = ("São Paulo, Brazil",)
TORONTO = ("Toronto, Canada",)
NEW_YORK = ("US", "New York, NY")
USERS = (BERLIN, AUSTIN, LONDON, MANILA, SAO_PAULO, TORONTO, NEW_YORK)


def _verdicts(location: str | None, text: str) -> str:
    """The verdicts of users in Berlin, Austin, London, Manila, São Paulo, Toronto and
    New York: e, r, n."""
    scope = parse_remote(location, text, None)
    short = {"eligible": "e", "review": "r", "not_eligible": "n"}
    return "".join(short[eligibility(scope, Profile(locations=mine))[0]] for mine in USERS)


@pytest.mark.parametrize(
    ("text", "verdicts"),
    [("Birchway | Data Engineer | Toronto preferred, remote OK | Full-time", "eeereee"),
     ("Quayside | Platform Engineer | Dublin preferred; remote is fine", "eeereee"),
     ("Tandem | Backend Engineer | Pune preferred, remote okay", "ereerrr"),
     # a country named still limits, whatever the town preferred
     ("Lumen | Frontend Engineer | Chicago preferred, remote OK (US only)", "nennnne")],
)  # fmt: skip
def test_a_town_preferred_with_remote_ok_is_remote_with_that_preference(
    text: str, verdicts: str
) -> None:
    assert _verdicts(None, text) == verdicts


@pytest.mark.parametrize(
    ("location", "text", "states"),
    [(None, "Gable | Frontend Engineer | Remote (East Coast) | Contract", "US-NY"),
     ("Remote - West Coast", "Senior Designer\nOur product team ships weekly.", "US-CA"),
     ("Remote (East Coast)", "Account Executive\nSell to mid-market teams.", "US-FL")],
)  # fmt: skip
def test_a_coast_with_no_country_is_the_us_coast(
    location: str | None, text: str, states: str
) -> None:
    scope = parse_remote(location, text, None)
    assert (scope.scope, scope.regions) == ("region", ("US",))
    assert states in scope.states
    assert "US-TX" not in scope.states  # Austin is on neither coast


def test_a_coast_preferred_or_of_another_country_is_no_us_coast() -> None:
    assert parse_remote(None, "Orbit | Engineer | Remote (East Coast preferred)", None).scope == (
        "anywhere"
    )
    australia = parse_remote(None, "Guide\nRemote (East Coast of Australia)", None)
    assert australia.regions == ("AU",) and not australia.states


@pytest.mark.parametrize(
    ("text", "window", "verdicts"),
    [("Support Engineer\nRemote. You'll work Pacific business hours.", "UTC-10..UTC-4",
      "nennnee"),
     ("Paralegal\nRemote; must work US Eastern time zone hours.", "UTC-7..UTC-1", "nenneee")],
)  # fmt: skip
def test_a_us_zones_business_hours_are_its_nine_to_five(
    text: str, window: str, verdicts: str
) -> None:
    """Pacific business hours are noon to eight in Toronto: eligible there, not in São Paulo."""
    assert parse_remote(None, text, None).regions == (window,)
    assert _verdicts(None, text) == verdicts


def test_an_overlap_with_a_zones_hours_still_reaches_either_side() -> None:
    scope = parse_remote(None, "SRE\nRemote. Must overlap with Pacific business hours.", None)
    assert scope.regions == ("UTC-8..UTC-7",)  # not its working day: an overlap


@pytest.mark.parametrize(
    ("text", "verdicts"),
    [("Platform Engineer\nRemote (US, UK). Candidates elsewhere welcome with 4+ hours "
      "overlap with EST.", "reenee" + "e"),
     ("SRE\nRemote (Canada or UK). Non-Canadian candidates welcome if you can overlap 4 "
      "hours with PST.", "neenree")],
)  # fmt: skip
def test_an_overlap_that_opens_a_post_leaves_the_places_it_names_open(
    text: str, verdicts: str
) -> None:
    """London is named: eligible though far from the window; Berlin only by the window."""
    assert _verdicts(None, text) == verdicts


def test_the_reason_names_the_place_and_the_window_for_others() -> None:
    text = "SRE\nRemote (Canada or UK). Overseas applicants welcome if they overlap 4h with PST."
    verdict, reason = eligibility(parse_remote(None, text, None), Profile(locations=LONDON))
    assert (verdict, reason) == (
        "eligible",
        "remote limited to CA, GB; you: GB; others keep UTC-11..UTC-4",
    )
