"""A user's own town keeps its time zone's hours (the IANA database), not its country's."""

from __future__ import annotations

import pytest

from warehouse.ranking.eligibility import _clock, _home, eligibility, unplaced
from warehouse.ranking.profile import Profile
from warehouse.ranking.regions import offsets_of
from warehouse.ranking.remote import parse_remote
from warehouse.ranking.zones import state_span, town_span, zone_span


@pytest.mark.parametrize(
    ("locations", "span"),
    [
        (("Manaus", "Brazil"), (-4.0, -4.0)),
        (("Phoenix, AZ", "US"), (-7.0, -7.0)),
        (("Regina, SK",), (-6.0, -6.0)),
        (("St. John's, NL",), (-3.5, -2.5)),
        (("Novosibirsk", "Russia"), (7.0, 7.0)),
        (("Cancún", "Mexico"), (-5.0, -5.0)),
        (("Jayapura", "Indonesia"), (9.0, 9.0)),
        (("Darwin, NT",), (9.5, 9.5)),
        (("Paris, ON",), (-5.0, -4.0)),  # no zone of its own: Ontario's
        (("Portland, ME",), (-5.0, -4.0)),  # not the table's Portland, Oregon
        (("São Paulo", "Brazil"), (-3.0, -3.0)),  # the place table's towns still count
    ],
)
def test_a_town_keeps_its_own_hours(locations: tuple[str, ...], span: tuple[float, float]) -> None:
    assert [offsets_of(place) for place in _clock(locations)] == [span]


@pytest.mark.parametrize(
    ("locations", "home"),
    [
        (("Yekaterinburg",), ("RU",)),
        (("Paris, ON",), ("CA",)),
        (("London, ON",), ("CA",)),
        (("Paris",), ("FR",)),
        (("Amsterdam, NL",), ("NL",)),  # NL the country, not Newfoundland
        (("St. John's, NL",), ("CA",)),
        (("Victoria, BC",), ("CA",)),
        (("Hamilton", "New Zealand"), ("NZ",)),
    ],
)
def test_a_town_is_placed_in_its_country(locations: tuple[str, ...], home: tuple[str, ...]) -> None:
    assert _home(locations) == home


def test_a_country_alone_keeps_its_span() -> None:
    assert _clock(("Brazil",)) == ("BR",)


def test_zone_offsets_come_from_the_database() -> None:
    assert town_span("Anchorage") == ("US", (-9.0, -8.0))
    assert town_span("Perth", frozenset({"AU"})) == ("AU", (8.0, 8.0))
    assert town_span("Perth", frozenset({"GB"})) is None  # no zone named for Scotland's
    assert town_span("Springfield") is None
    assert state_span("US-AZ") == (-7.0, -7.0)
    assert state_span("US-KY") == (-6.0, -4.0)
    assert state_span("DE-BY") is None


@pytest.mark.parametrize(
    ("locations", "text", "verdict"),
    [
        (("Manaus", "Brazil"), "Remote, must be located in UTC-3 to UTC+1.", "not_eligible"),
        (("Manaus", "Brazil"), "Remote; we hire in time zones UTC-4 to UTC-2 only.", "eligible"),
        (("Honolulu", "US"), "Remote, must be in UTC-8 to UTC-5.", "not_eligible"),
        (("Almaty", "Kazakhstan"), "Remote, must overlap 4 hours with IST (UTC+5:30).", "eligible"),
        (("Novosibirsk", "Russia"), "Remote, must be in UTC+2 to UTC+4.", "not_eligible"),
        (("Perth", "Australia"), "Remote, must overlap 4h with AEST.", "eligible"),
    ],
)  # fmt: skip
def test_hours_a_post_asks_are_weighed_from_the_town(
    locations: tuple[str, ...], text: str, verdict: str
) -> None:
    assert (
        eligibility(parse_remote("Remote", text, True), Profile(locations=locations))[0] == verdict
    )


def test_a_town_of_several_countries_alone_is_said_where_the_config_is_checked() -> None:
    [line] = unplaced(("Hamilton",))
    assert "'Hamilton' is a town in CA, GB, NZ" in line and '("Hamilton, NZ")' in line
    assert unplaced(("Hamilton", "New Zealand")) == []
    assert unplaced(("Hamilton, ON",)) == []
    assert unplaced(("Manaus",)) == []  # a zone's town is a place


def test_a_zone_span_reads_the_one_clock(monkeypatch: pytest.MonkeyPatch) -> None:
    """São Paulo kept summer time until 2019: a day replayed in 2018 sees its rules then."""
    monkeypatch.setenv("LEADS_NOW", "2018-06-01T08:00:00-03:00")
    assert zone_span("America/Sao_Paulo") == (-3.0, -2.0)
    monkeypatch.setenv("LEADS_NOW", "2026-12-07T08:00:00-03:00")
    assert zone_span("America/Sao_Paulo") == (-3.0, -3.0)
