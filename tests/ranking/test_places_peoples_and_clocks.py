"""Where a post lets one work from: a country's people before whom it is open to ("US or
Canadian residents", "Brazilian nationals only") and not ("No Spanish residents"), an
"IST" the post's country reads, a list of states' codes ("TX or CO"), towns around Tel
Aviv, an overlap's town no place to live near, and a country's display name."""

import pytest
from pytest import param as P

from extractors._places import country_name
from tests.ranking.test_places_ats_fields import verdicts_of
from warehouse.ranking.eligibility import eligibility
from warehouse.ranking.profile import Profile
from warehouse.ranking.remote import parse_remote, read_places

USERS = {
    "Toronto": ("Toronto", "Canada"),
    "Dublin": ("Dublin", "Ireland"),
    "Bangalore": ("Bangalore", "India"),
    "Tel Aviv": ("Tel Aviv", "Israel"),
    "Nairobi": ("Nairobi", "Kenya"),
    "Austin": ("Austin, Texas", "US"),
}


def _verdicts(location: str | None, text: str) -> str:
    """The verdicts of the users above, in their order."""
    return verdicts_of(location, text, USERS)


@pytest.mark.parametrize(
    ("location", "text", "regions", "verdicts"),
    [P("Remote (North America)", "Analyst\nContract. Must be a US or Canadian resident.",
       ("US", "CA"), "ennnne", id="a demonym beside a code"),
     P("Remote", "Designer\nOpen to Irish and British residents only.", ("IE", "GB"), "nennnn",
       id="two demonyms"),
     P("Remote", "Developer\nKenyan nationals only; paid in KES.", ("KE",), "nnnnen",
       id="nationals"),
     P("Remote", "Tester\nMust be a Canadian citizen.", ("CA",), "ennnnn", id="one citizen")],
)  # fmt: skip
def test_a_countrys_people_before_whom_a_post_is_open_to(
    location: str, text: str, regions: tuple[str, ...], verdicts: str
) -> None:
    assert parse_remote(location, text, None).regions == regions
    assert _verdicts(location, text) == verdicts


@pytest.mark.parametrize(
    "text",
    [P("Writer\nWe are a Canadian agency with clients in Europe.", id="a company's"),
     P("Writer\nOur founders are Israeli and Irish.", id="founders"),
     P("Writer\nFluent English required, German preferred.", id="a language preferred"),
     P("Writer\nGerman-speaking residents welcome.", id="speakers of a language")],
)  # fmt: skip
def test_a_demonym_in_prose_limits_nobody(text: str) -> None:
    scope = parse_remote("Remote (Worldwide)", text, None)
    assert (scope.scope, scope.regions, scope.excluded) == ("anywhere", (), ())


def test_people_a_post_is_not_open_to_are_excluded() -> None:
    text = "Engineer\nNo Irish or US residents, for tax reasons."
    scope = parse_remote("Remote", text, None)
    assert (scope.scope, scope.excluded) == ("anywhere", ("IE", "US"))
    assert _verdicts("Remote", text) == "eneeen"


@pytest.mark.parametrize(
    ("text", "regions"),
    [P("Developer\nContract; invoices in INR to our Pune office.", ("UTC+5:30",), id="India"),
     P("Developer\nA Galway studio; call +353 91 555 0100.", ("UTC+0..UTC+1",), id="Ireland"),
     P("Developer\nOur office is in Haifa; pay in ₪.", ("UTC+2..UTC+3",), id="Israel"),
     P("Developer\nContract.", (), id="no country: unknown"),
     P("Developer\nOffices in Pune and Haifa.", (), id="two countries: unknown")],
)  # fmt: skip
def test_ist_is_the_clock_of_the_country_a_post_names(text: str, regions: tuple[str, ...]) -> None:
    assert parse_remote("Remote (IST)", text, None).regions == regions


def test_an_all_caps_ist_in_german_is_no_clock() -> None:
    scope = parse_remote("Remote", "Entwickler\nWAS UNS WICHTIG IST: Qualität.", None)
    assert scope.scope == "anywhere"


@pytest.mark.parametrize(
    ("location", "regions"),
    [P("Remote - AZ or CO", ("US",), id="Colorado, not Colombia"),
     P("Remote - CA, CO or NV", ("US",), id="California too, not Canada"),
     P("Remote (NJ/DE)", ("US",), id="Delaware, not Germany"),
     P("Remote - Medellín, CO", ("CO",), id="a town's country stays"),
     P("Remote (US, CA)", ("US", "CA"), id="two countries' codes stay countries"),
     P("Remote - DE, NL or FR", ("DE", "NL", "FR"), id="countries only")],
)  # fmt: skip
def test_a_code_listed_with_a_states_code_is_a_state(
    location: str, regions: tuple[str, ...]
) -> None:
    assert parse_remote(location, "Frontend Engineer\nContract.", None).regions == regions


@pytest.mark.parametrize(
    ("words", "places"),
    [P("Remote - TEXAS, OHIO or NJ", ["US"], id="names in capitals beside a code"),
     P("Office in Tbilisi, GEORGIA.", ["GE"], id="the country in capitals"),
     P("ATLANTA, GEORGIA OFFICE", ["US"], id="the state in capitals")],
)  # fmt: skip
def test_a_list_of_states_in_capitals_reads_its_codes_only(words: str, places: list[str]) -> None:
    assert read_places(words) == places


@pytest.mark.parametrize(
    "location",
    ["Holon (Hybrid)", "Rishon LeZion, Israel · Hybrid", "Kfar Saba, Israel (On-site)",
     "Rehovot (Hybrid)"],
)  # fmt: skip
def test_towns_around_tel_aviv_are_its_commute(location: str) -> None:
    scope = parse_remote(location, "Data Engineer\nContract.", None)
    commuter = Profile(locations=("Tel Aviv", "Israel"), remote_only=False)
    assert (scope.regions, eligibility(scope, commuter)[0]) == (("IL",), "eligible")


def test_a_town_named_as_an_overlaps_clock_is_no_place_to_live_near() -> None:
    scope = parse_remote("Remote (APAC, overlap 3h with Singapore)", "Engineer", None)
    assert (scope.regions, scope.doubt) == (("APAC",), None)


def test_a_way_of_working_in_brackets_names_no_place() -> None:
    scope = parse_remote("Worldwide (sync meetings optional)", "Writer\nFreelance.", None)
    assert scope.scope == "anywhere"


@pytest.mark.parametrize(
    ("code", "name"),
    [("FR", "France"), ("ES", "Spain"), ("RU", "Russia"), ("BA", "Bosnia and Herzegovina"),
     ("VI", "US Virgin Islands"), ("ST", "São Tomé and Príncipe")],
)  # fmt: skip
def test_a_countrys_display_name_is_english(code: str, name: str) -> None:
    assert country_name(code) == name
