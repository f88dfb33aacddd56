"""An overlap that opens a remote post beyond the places it names, US zones' names
before words of hours, hours one must work beside "anywhere", a reach that wraps
round the 24-hour clock, an overlap with a town, "anywhere" without one, and US zones
listed before the "time" they share."""

from __future__ import annotations

import pytest

from warehouse.ranking.eligibility import eligibility
from warehouse.ranking.profile import Profile
from warehouse.ranking.regions import contains, hours_apart, overlaps
from warehouse.ranking.remote import parse_remote

USERS = (
    ("London, UK",),
    ("Berlin, Germany",),
    ("Lisbon, Portugal",),
    ("Manila, Philippines",),
    ("Toronto, Canada",),
    ("Austin, Texas",),
)


def _verdicts(text: str) -> str:
    """The verdicts of users in London, Berlin, Lisbon, Manila, Toronto and Austin."""
    scope = parse_remote(None, text, None)
    short = {"eligible": "e", "review": "r", "not_eligible": "n"}
    return "".join(
        short[eligibility(scope, Profile(locations=mine, remote_only=True))[0]] for mine in USERS
    )


@pytest.mark.parametrize(
    ("text", "window", "verdicts"),
    [("Data Engineer\nRemote (US). Non-US candidates welcome if you can overlap 4+ hours "
      "with PST.", "UTC-11..UTC-4", "rnrnee"),
     ("Backend Engineer\nRemote (US only). International applicants are welcome as long as "
      "they can overlap at least 4 hours with EST.", "UTC-8..UTC-1", "rrrnee"),
     ("Designer\nRemote (Canada). Open to candidates elsewhere with at least 4 hours "
      "overlap with Eastern Time.", "UTC-8..UTC-1", "rrrnee"),
     ("Content Designer\nRemote (UK). Overseas applicants considered if they can overlap 5 "
      "hours with GMT.", "UTC-2..UTC+2", "eeenrr"),
     ("Platform Engineer\nRemote (Americas) or anywhere with 4+ hours overlap with CST.",
      "UTC-9..UTC-2", "rrrnee"),
     ("Designer\nRemote (Europe). Candidates from anywhere else welcome with at least 2 "
      "hours overlap with CET.", "UTC-4..UTC+7", "eeerer")],
)  # fmt: skip
def test_an_overlap_opens_a_post_to_whoever_keeps_it(text: str, window: str, verdicts: str) -> None:
    scope = parse_remote(None, text, None)
    assert (scope.scope, scope.regions[0]) == ("region", window)  # the places named after it
    assert _verdicts(text) == verdicts


@pytest.mark.parametrize(
    "text",
    ["Data Analyst\nRemote (US). Must overlap 4 hours with PST.",
     "Data Analyst\nRemote (US). Non-US candidates will not be considered; overlap 4 hours "
     "with PST.",
     "Data Analyst\nRemote (US). Our contractors abroad overlap with PST."],
)  # fmt: skip
def test_an_overlap_that_opens_nothing_leaves_the_country(text: str) -> None:
    assert parse_remote(None, text, None).regions == ("US",)


@pytest.mark.parametrize(
    ("text", "window"),
    [("Analyst\nRemote. Must be available during Eastern business hours.", "UTC-7..UTC-1"),
     ("Analyst\nRemote (anywhere). Must work during Central business hours.", "UTC-8..UTC-2"),
     ("Analyst\nRemote. Work Pacific hours.", "UTC-10..UTC-4")],
)  # fmt: skip
def test_a_us_zone_named_before_hours_is_its_working_day(text: str, window: str) -> None:
    """Its nine to five, kept where that falls in 7:00-20:00 (as "9-5 EST" is)."""
    assert parse_remote(None, text, None).regions == (window,)


def test_hours_beside_anywhere_bind_only_when_one_must_keep_them() -> None:
    asked = parse_remote(
        None, "Analyst\nRemote (Anywhere). Must be available during US business hours.", None
    )
    aside = parse_remote(None, "Analyst\nRemote (anywhere). Our team is mostly on US hours.", None)
    assert (asked.scope, asked.regions) == ("region", ("US",))
    assert (aside.scope, aside.regions) == ("anywhere", ())
    assert parse_remote(None, "Analyst\nRemote. Asia Pacific hours.", None).regions != (
        "UTC-8..UTC-7",
    )


def test_a_reach_wraps_round_the_clock() -> None:
    # "overlap 2 hours with UTC-8" reaches UTC-13, which is UTC+11: Manila is 3 hours off
    assert hours_apart("UTC-13..UTC-3", "PH") == 3.0
    assert hours_apart("UTC+8..UTC+16", "UTC-4") == 4.0  # UTC+16 is UTC-8
    assert overlaps("UTC+8..UTC+16", "UTC-9") and contains("UTC+8..UTC+16", "UTC-8")
    assert not overlaps("UTC-11..UTC-4", "DE")
    assert _verdicts("Data Engineer\nRemote. Must overlap 2 hours with UTC-8.") == "rrrree"
    assert _verdicts("QA Engineer\nRemote. 3 hours overlap with UTC+12 required.") == "nnnerr"


@pytest.mark.parametrize(
    ("loc", "text", "window", "verdicts"),
    [
        ("Remote (Worldwide) — must overlap 4 hours with New York", "Data Engineer",
         "UTC-8..UTC-1", "rrrnee"),
        ("Remote", "Data Engineer\nMust overlap at least 3 hours with the Berlin team.",
         "UTC-3..UTC+6", "eeerrr"),
        ("Anywhere — 4h overlap with London", "Data Engineer", "UTC-3..UTC+4", "eeerrr"),
    ],
)  # fmt: skip
def test_an_overlap_with_a_town_is_hours_near_its_clock_not_its_country(
    loc: str, text: str, window: str, verdicts: str
) -> None:
    scope = parse_remote(loc, text, None)
    assert (scope.regions, scope.cities, scope.doubt) == ((window,), (), None)
    short = {"eligible": "e", "review": "r", "not_eligible": "n"}
    got = "".join(
        short[eligibility(scope, Profile(locations=mine, remote_only=True))[0]] for mine in USERS
    )
    assert got == verdicts


def test_anywhere_without_an_overlap_asks_nothing() -> None:
    scope = parse_remote("Anywhere (async, no overlap required)", "Technical Writer", None)
    assert (scope.scope, scope.regions) == ("anywhere", ())


@pytest.mark.parametrize(
    ("loc", "windows"),
    [
        ("Remote (Eastern or Pacific time)", ("UTC-5..UTC-4", "UTC-8..UTC-7")),
        ("Remote - Eastern, Central or Mountain Time",
         ("UTC-5..UTC-4", "UTC-6..UTC-5", "UTC-7..UTC-6")),
        ("Remote (South Pacific or Mountain time)", ("UTC-7..UTC-6",)),
    ],
)  # fmt: skip
def test_us_zones_listed_before_the_time_they_share_are_each_a_zone(
    loc: str, windows: tuple[str, ...]
) -> None:
    assert parse_remote(loc, "Backend Engineer\nContract.", None).regions == windows
