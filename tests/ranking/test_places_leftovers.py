"""Where a post lets one work from, the leftovers: a state's code that is also another
country's ("Recife, PE", "Perth, WA", "Darwin, NT"), a bare remote entry among offices,
a field's zone or overlap as hours, a header's country above a remote body, "SEA" in a
field, and hours one must be available beside "anywhere"."""

import pytest
from pytest import param as P

from extractors._contract import Posting
from tests.ranking.test_places_ats_fields import verdicts_of
from warehouse.ranking.features import understand
from warehouse.ranking.profile import Profile, RankingSettings
from warehouse.ranking.remote import parse_remote

USERS = {
    "Berlin (EU, DE)": ("EU", "DE"),
    "Austin": ("US", "Austin, Texas"),
    "Manchester": ("UK",),
    "Porto": ("Porto", "Portugal"),
    "Manila": ("Manila", "Philippines"),
    "São Paulo": ("São Paulo", "Brazil"),
}


def _verdicts(location: str | None, text: str) -> str:
    """The verdicts of the users above, in their order."""
    return verdicts_of(location, text, USERS)


@pytest.mark.parametrize(
    ("location", "regions"),
    [P("Recife, PE", ("BR",), id="Pernambuco, not Prince Edward Island"),
     P("Belém, PA", ("BR",), id="Pará, not Pennsylvania"),
     P("Perth, WA", ("AU",), id="Western Australia, not Washington"),
     P("Darwin, NT (Remote)", ("AU",), id="the Northern Territory"),
     P("Yellowknife, NT", ("CA",), id="Canada's Northern Territories"),
     P("Charlottetown, PE", ("CA",), id="Prince Edward Island's own town"),
     P("Vancouver, WA", ("US",), id="Washington's Vancouver stays American")],
)  # fmt: skip
def test_a_towns_own_state_code_is_its_country(location: str, regions: tuple[str, ...]) -> None:
    assert parse_remote(location, "Mobile Developer\nContract.", None).regions == regions


@pytest.mark.parametrize(
    ("location", "verdicts"),
    [P("Toronto; New York; Remote", "nennnn", id="remote beside offices: their countries"),
     P("Remote; Austin, TX; Denver, CO", "nennnn", id="the other order"),
     P("Ho Chi Minh City; Manila; Remote", "nnnnen", id="Asian offices"),
     P("Bangalore; Remote, Canada", "nnnnnn", id="a remote entry with its own place")],
)  # fmt: skip
def test_a_bare_remote_entry_among_offices(location: str, verdicts: str) -> None:
    assert _verdicts(location, "Engineer\nContract.") == verdicts


@pytest.mark.parametrize(
    ("location", "verdicts"),
    [P("Remote (Eastern Time)", "rerrne",
       id="a zone named is hours: Austin an hour off, São Paulo two ahead keep them"),
     P("Remote (CET)", "eneenr", id="CET: Manchester and Porto an hour off"),
     P("Anywhere (must overlap 4h with PST)", "rerrnr", id="an overlap in the field reaches")],
)  # fmt: skip
def test_a_fields_zone_is_hours(location: str, verdicts: str) -> None:
    assert _verdicts(location, "Engineer\nContract.") == verdicts


def test_an_offset_written_in_a_field_is_no_soft_hours() -> None:
    assert parse_remote("Remote (UTC+1)", "Engineer", None).soft is None


def test_a_header_country_limits_a_remote_body() -> None:
    text = (
        "Maplewood Health | Senior Backend Developer | Canada | Full-time | $120k-$140k\n"
        "We all work from home; the team is spread from Halifax to Victoria."
    )
    posting = Posting(source="hackernews", source_id="1", url="https://x.test/1", text=text)
    features = understand(posting, Profile(locations=("US",)), RankingSettings())
    assert (features.remote_regions, features.currency) == (("CA",), "CAD")
    assert features.eligibility == "not_eligible"


def test_a_header_that_says_remote_itself_is_unchanged() -> None:
    scope = parse_remote(None, "Acme | Engineer | Remote (worldwide) | Canada office\nWFH.", None)
    assert scope.scope == "anywhere"


def test_sea_in_a_remote_entry_is_south_east_asia() -> None:
    scope = parse_remote("On-site: Singapore; Remote: SEA", "Mobile Engineer", None)
    assert scope.regions == ("South-East Asia",)
    assert parse_remote("SF, SEA, NYC", "Engineer\nOnsite.", None).regions == ("US",)


@pytest.mark.parametrize(
    ("text", "verdicts"),
    [P("Data Engineer\nRemote (worldwide). You must be available 10am-3pm ET.", "eeeene",
       id="a day one must be available for binds beside anywhere"),
     P("Data Engineer\nRemote (worldwide). Our team mostly keeps 10am-3pm ET.", "eeeeee",
       id="a team's hours are an aside")],
)  # fmt: skip
def test_hours_one_must_keep_beside_anywhere(text: str, verdicts: str) -> None:
    assert _verdicts(None, text) == verdicts
