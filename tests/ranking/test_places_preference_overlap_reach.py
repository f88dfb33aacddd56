"""A town preferred to remote work open anywhere, an overlap of so many hours, hours
asked beside "anywhere", and a town of a region of several within a user's commute."""

from __future__ import annotations

import pytest

from warehouse.ranking.eligibility import eligibility
from warehouse.ranking.profile import Profile
from warehouse.ranking.remote import parse_remote

TORONTO = ("Toronto, Canada",)
LONDON = ("London, UK",)
LAGOS = ("Lagos, Nigeria",)
MANILA = ("Manila, Philippines",)
AMSTERDAM = ("Amsterdam, Netherlands",)
SAO_PAULO = ("São Paulo, Brazil",)
USERS = (TORONTO, LONDON, LAGOS, MANILA, AMSTERDAM, SAO_PAULO)


def _verdicts(location: str | None, text: str, *, remote_only: bool = True) -> str:
    """The verdicts of users in Toronto, London, Lagos, Manila, Amsterdam and São Paulo."""
    scope = parse_remote(location, text, None)
    short = {"eligible": "e", "review": "r", "not_eligible": "n"}
    return "".join(
        short[eligibility(scope, Profile(locations=mine, remote_only=remote_only))[0]]
        for mine in USERS
    )


@pytest.mark.parametrize(
    ("text", "verdicts"),
    [("Ledger | Backend Engineer | NYC preferred, open to remote | Full-time", "eeeree"),
     ("Ledger | Data Engineer | prefer NYC, open to remote | $150-200k\nPrefer NYC but "
      "flexible.", "eeeree"),
     ("Frontend Developer\nLondon preferred, open to remote.", "eeeree"),
     # the town's own hours where known: Seattle's day is far from London's
     ("Glint | Staff Engineer | Seattle preferred, remote candidates welcome", "errrre"),
     # a city-state is its own town
     ("Data Scientist\nSingapore preferred, but we're open to remote.", "rrreer"),
     # a country preferred is a wish about payroll, not a day: open to all
     ("Acme | USA | Remote - Prefer domestic USA but open to other countries", "eeeeee"),
     # a country named is a limit, whatever town is preferred
     ("Quill | ML Engineer | Remote (US), prefer NYC | Full-time", "nnnnnn")],
)  # fmt: skip
def test_a_town_preferred_to_remote_anywhere_is_a_doubt_only_far_from_its_day(
    text: str, verdicts: str
) -> None:
    assert _verdicts(None, text) == verdicts


def test_the_reason_names_the_town_and_how_far() -> None:
    scope = parse_remote(None, "Ledger | Engineer | NYC preferred, open to remote", None)
    verdict, reason = eligibility(scope, Profile(locations=MANILA))
    assert (verdict, reason) == (
        "review",
        "remote with no region limit; prefers US; 12 hours from New York, where it prefers "
        "the work done",
    )


@pytest.mark.parametrize(
    ("text", "window"),
    [("Remote. Must overlap 3h with PST.", "UTC-12..UTC-3"),
     ("Remote; you need at least 2 hours overlap with EST.", "UTC-10..UTC+1"),
     ("Remote. We need 2 hours of overlap with CET.", "UTC-4..UTC+7"),
     ("Remote, at least 4 hours overlap with Eastern US.", "UTC-8..UTC-1"),
     ("Remote, must overlap 4+ hours with PST.", "UTC-11..UTC-4"),
     ("Remote, must overlap with Eastern US business hours.", "UTC-8..UTC-1")],
)  # fmt: skip
def test_an_overlap_of_fewer_hours_reaches_further(text: str, window: str) -> None:
    """N hours of overlap are met 7 - N hours away; unsaid, as four (three hours)."""
    assert parse_remote(None, f"Engineer\n{text}", None).regions == (window,)


def test_two_hours_overlap_with_eastern_time_is_met_from_london() -> None:
    assert _verdicts(None, "QA Engineer\nRemote; at least 2 hours overlap with EST.") == "eeenee"


def test_hours_asked_beside_anywhere_still_bind() -> None:
    text = "Platform Engineer\nRemote (anywhere). Must overlap with Eastern US business hours."
    scope = parse_remote(None, text, None)
    assert (scope.scope, scope.regions) == ("region", ("UTC-8..UTC-1",))
    assert _verdicts(None, text) == "errnre"


@pytest.mark.parametrize(
    ("location", "verdicts"),
    [("Utrecht", "nnnnrn"),
     ("Rotterdam, Netherlands", "nnnnrn"),
     ("Den Haag", "nnnnrn"),
     ("Amstelveen", "nnnnen"),
     ("Eindhoven", "nnnnnn")],
)  # fmt: skip
def test_an_office_in_the_users_region_of_towns_is_a_commute_to_check(
    location: str, verdicts: str
) -> None:
    """Utrecht is no town of an Amsterdam user's, nor out of reach as Eindhoven is."""
    text = "Data Engineer (ZZP)\nHybride: 2 dagen per week op kantoor."
    assert _verdicts(location, text, remote_only=False) == verdicts


def test_naming_the_region_still_takes_its_towns() -> None:
    scope = parse_remote("Utrecht", "Data Engineer\nHybride, 2 dagen op kantoor.", None)
    profile = Profile(locations=("Amsterdam", "Randstad"), remote_only=False)
    assert eligibility(scope, profile)[0] == "eligible"


def test_the_region_is_named_in_the_reason() -> None:
    scope = parse_remote("Utrecht", "Data Engineer\nHybride, 2 dagen op kantoor.", None)
    reason = eligibility(scope, Profile(locations=AMSTERDAM, remote_only=False))[1]
    assert reason == (
        "office in Utrecht, in the Randstad with Amsterdam; a commute you did not name"
    )


@pytest.mark.parametrize(
    "text",
    ["Ledgerly | Backend Engineer | Paris / US / Remote (EU) | Full-time",
     "Kiln | Data Engineer | Berlin / UK / Remote (EU) | Full-time"],
)  # fmt: skip
def test_a_bare_country_beside_a_remote_region_is_an_office_not_a_doubt(text: str) -> None:
    """Remote in the EU: eligible from Amsterdam, review from London (the EU loosely),
    the office country no opening for Toronto."""
    assert _verdicts(None, text) == "nrnnen"
