"""Places users found misread: the last member of a list of countries, a city-state's
office under a bloc, a bare call for locals of the location's town, a role's own
office in a piped header, and the towns a remote board names with no country."""

import pytest
from pytest import param as P

from tests.ranking.test_features import posting
from warehouse.ranking.eligibility import eligibility
from warehouse.ranking.features import understand
from warehouse.ranking.profile import Profile, RankingSettings
from warehouse.ranking.remote import parse_remote


def _verdict(location: str | None, text: str, mine: tuple[str, ...]) -> str:
    return eligibility(parse_remote(location, text, None), Profile(locations=mine))[0]


@pytest.mark.parametrize(
    ("text", "regions"),
    [P("Product Designer\nFully remote; open to candidates in the United States, Canada and "
       "the United Kingdom.", {"US", "CA", "GB"}, id="and the United Kingdom"),
     P("QA Contractor\nRemote. We can hire in Canada, the US and the UK.", {"CA", "US", "GB"},
       id="we can hire in, and the UK"),
     P("Copywriter\nFully remote. Open to residents of the UK, Canada and the Netherlands.",
       {"GB", "CA", "NL"}, id="and the Netherlands"),
     P("Writer\nRemote, must be based in Canada and the team meets in March.", {"CA"},
       id="and the team: a new clause")],
)  # fmt: skip
def test_every_member_of_a_list_counts(text: str, regions: set[str]) -> None:
    assert set(parse_remote(None, text, None).regions) == regions


def test_we_can_hire_in_names_countries_not_towns() -> None:
    assert parse_remote(None, "Remote. We can hire in most countries.", None).regions == ()
    assert parse_remote(None, "Remote. We can hire in Berlin.", None).regions == ()


@pytest.mark.parametrize(
    ("location", "text", "mine", "expected"),
    [P("Singapore", "Solutions Engineer\nRemote (APAC). Work with customers across the "
       "region.", ("Sydney",), "eligible", id="Singapore's office under APAC"),
     P("Hong Kong", "Sales Engineer - Remote (APAC)", ("Singapore",), "eligible",
       id="Hong Kong's office under APAC"),
     P("Singapore", "DevOps Engineer\nRemote - Southeast Asia", ("Kuala Lumpur",), "eligible",
       id="under South-East Asia"),
     P("Hong Kong", "Analyst\nRemote (APAC), must be based in Hong Kong.", ("Singapore",),
       "not_eligible", id="the text names the city-state too"),
     P("Singapore", "Backend Engineer\nRemote within Singapore only.", ("Sydney",),
       "not_eligible", id="Singapore alone")],
)  # fmt: skip
def test_a_city_states_office_does_not_narrow_a_bloc(
    location: str, text: str, mine: tuple[str, ...], expected: str
) -> None:
    assert _verdict(location, text, mine) == expected


@pytest.mark.parametrize(
    ("location", "text", "town"),
    [P("Toronto, ON", "Bookkeeper\nRemote - must be local. Monthly meetings with clients.",
       "toronto", id="must be local"),
     P("Berlin", "Photographer\nRemote editing, locals only for shoots.", "berlin",
       id="locals only"),
     P("London, England", "Estate Agent Assistant\nRemote role - must be local for viewings.",
       "london", id="must be local for")],
)  # fmt: skip
def test_a_bare_call_for_locals_binds_the_locations_town(
    location: str, text: str, town: str
) -> None:
    scope = parse_remote(location, text, None)
    assert scope.cities == (town,)
    assert eligibility(scope, Profile(locations=(town.title(),)))[0] == "eligible"
    other = "Vancouver" if town == "toronto" else "Manchester" if town == "london" else "Munich"
    assert eligibility(scope, Profile(locations=(other,)))[0] == "not_eligible"


@pytest.mark.parametrize(
    ("role", "remote_only", "mine", "expected"),
    [P("backend engineer", True, ("Berlin",), "eligible", id="the remote role"),
     P("frontend engineer", True, ("Berlin",), "not_eligible", id="the NYC role"),
     P("product designer", False, ("London",), "not_eligible",
       id="another role's bloc is no doubt of an office role's"),
     P("product designer", False, ("Berlin",), "eligible", id="its own office")],
)  # fmt: skip
def test_each_role_of_a_piped_header_its_own_way(
    role: str, remote_only: bool, mine: tuple[str, ...], expected: str
) -> None:
    header = (
        "Foobar | Backend Engineer | Remote | Frontend Engineer | NYC | Product Designer "
        "| Berlin | Contract"
        if role != "product designer"
        else "Foobar | Data Engineer | Remote (EU) | Product Designer | Berlin | Contract"
    )
    card = posting(source="hackernews", title=header, text="Analytics for farms.")
    profile = Profile(locations=mine, roles=(role,), remote_only=remote_only)
    assert understand(card, profile, RankingSettings()).eligibility == expected


@pytest.mark.parametrize(
    ("location", "country"),
    [("Krishnagiri, ", "IN"), ("Hosur, ", "IN"), ("Subang Jaya, ", "MY"), ("Madurai, ", "IN")],
)
def test_a_remote_boards_town_with_no_country_is_placed(location: str, country: str) -> None:
    scope = parse_remote(location, "Field Technician\nInstall card machines.", True,
                         board_remote=True)  # fmt: skip
    assert (scope.scope, scope.regions) == ("onsite", (country,))


@pytest.mark.parametrize(
    ("url", "text", "regions"),
    [("https://www.jobberman.com/listings/backend-developer-x7k2pq",
      "Backend Developer\nFully remote. Open to candidates nationwide.", ("NG",)),
     ("https://www.stepstone.at/stellenangebote--Java-Dev-Acme--9876543-inline.html",
      "Java Developer\n100% Remote, bundesweit.", ("AT",)),
     ("https://www.seek.com.au/job/81234567", "Bookkeeper\nRemote, anywhere in the country.",
      ("AU",)),
     # a country named beats the board's
     ("https://www.seek.com.au/job/81234567", "Bookkeeper\nRemote nationwide (New Zealand).",
      ("NZ",))],
)  # fmt: skip
def test_nationwide_remote_on_a_national_board_is_its_country(
    url: str, text: str, regions: tuple[str, ...]
) -> None:
    card = posting(source="inbox", url=url, title=text.split("\n")[0], location="Remote", text=text)
    assert understand(card, Profile(), RankingSettings()).remote_regions == regions
