"""Where a post lets one work from, read for users around the world: a list of country
codes that are also states' ("US, CA, DE"), Portuguese "no" ("in the") before a country,
and a zone named as hours kept from a town an hour or two off."""

import pytest
from pytest import param as P

from tests.ranking.test_places_ats_fields import verdicts_of
from warehouse.ranking.remote import parse_remote

USERS = {
    "São Paulo": ("São Paulo", "Brazil"),
    "Prague": ("Prague", "Czechia"),
    "Lagos": ("Lagos", "Nigeria"),
    "Toronto": ("Toronto", "Canada"),
    "Denver": ("Denver", "US"),
}


def _verdicts(location: str | None, text: str) -> str:
    """The verdicts of the users above, in their order."""
    return verdicts_of(location, text, USERS)


@pytest.mark.parametrize(
    ("location", "states", "verdicts"),
    [P("Eligible to work in: US, CA, IE, DE", (), "nnnee", id="Delaware is Germany here"),
     P("Contractors based in GB, NL, CA or US", (), "nnnee", id="Newfoundland is the Dutch"),
     P("Remote (US: TX, CA, NY only)", ("US-TX", "US-CA", "US-NY"), "nnnnr",
       id="a list of the US's own states stays one")],
)  # fmt: skip
def test_a_list_of_countries_holds_no_states(
    location: str, states: tuple[str, ...], verdicts: str
) -> None:
    assert parse_remote(location, "Analytics Engineer\nRemote contract.", None).states == states
    assert _verdicts(location, "Analytics Engineer\nRemote contract.") == verdicts


@pytest.mark.parametrize(
    ("location", "text", "excluded"),
    [P("Remoto - Brasil", "Dev Python PJ\nVaga remota para quem reside no Brasil.", (),
       id="reside no Brasil"),
     P("Remote", "Engineer\nRemote, para profissionais sediados no Brasil.", (),
       id="sediados no Brasil"),
     P("Remote (worldwide -- no UK)", "Engineer", ("GB",), id="an English no after a dash"),
     P("Remote no Canada", "Engineer", ("CA",), id="an English no after remote")],
)  # fmt: skip
def test_portuguese_no_before_a_country_is_in_it(
    location: str, text: str, excluded: tuple[str, ...]
) -> None:
    assert parse_remote(location, text, None).excluded == excluded


@pytest.mark.parametrize(
    ("location", "verdicts"),
    [P("Remote (Eastern Time)", "ennee", id="ET: São Paulo ahead, Denver behind by two"),
     P("Remote (Pacific Time)", "rnnre", id="PT: Toronto three hours off is a doubt"),
     P("Remote (CET)", "reenn", id="CET: Lagos keeps it, São Paulo is a doubt"),
     P("Remote (UTC-5 to UTC-4)", "nnnen", id="a window written out is the post's own reach")],
)  # fmt: skip
def test_a_zone_named_is_a_working_day_one_may_shift(location: str, verdicts: str) -> None:
    assert _verdicts(location, "Backend Engineer\nContract.") == verdicts


@pytest.mark.parametrize(
    ("location", "hours", "verdicts"),
    [P("Remote - LATAM (GMT-5 to GMT-3)", ("UTC-5..UTC-3",), "ennnn", id="LATAM's hours"),
     P("Remote - Americas (UTC-8 to UTC-5)", ("UTC-8..UTC-5",), "nnnee",
       id="the Americas' west: São Paulo lives there but works far from it")],
)  # fmt: skip
def test_a_remote_fields_bloc_keeps_the_window_beside_it(
    location: str, hours: tuple[str, ...], verdicts: str
) -> None:
    assert parse_remote(location, "Backend Engineer\nContract.", None).hours == hours
    assert _verdicts(location, "Backend Engineer\nContract.") == verdicts


@pytest.mark.parametrize(
    ("location", "text", "verdicts"),
    [P("Munich (Remote)", "Data Engineer\nFreelance. Remote within 1h of CET.", "neenn",
       id="a window in the text opens a town's remote work"),
     P("Madrid (remote possible)", "Designer\nRemote from UTC-5 to UTC-3 only.", "ennen",
       id="a window an ocean from the town"),
     P("Munich (Remote)", "Data Engineer\nFreelance. We love CET mornings.", "nnnnn",
       id="a zone named without bounds leaves the town's country")],
)  # fmt: skip
def test_a_towns_remote_work_is_open_within_a_window_the_text_bounds(
    location: str, text: str, verdicts: str
) -> None:
    assert _verdicts(location, text) == verdicts
