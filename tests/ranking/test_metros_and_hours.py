"""Metros by their nicknames (in postings and as profile entries), a town offered beside
remote work, and a UTC window a post asks beside the country one lives in."""

import pytest
from pytest import param as P

from warehouse.ranking.eligibility import eligibility, unplaced
from warehouse.ranking.profile import Profile
from warehouse.ranking.regions import cities_in
from warehouse.ranking.remote import NEAR_A_CITY, parse_remote


@pytest.mark.parametrize(
    ("line", "towns"),
    [P("Irving, TX (DFW Metroplex)", ("dallas",), id="DFW and the Metroplex"),
     P("Bethesda, MD - DMV area", ("washington dc",), id="the DMV area"),
     P("Hoboken, NJ | Tri-State Area", ("new york",), id="the Tri-State area"),
     P("Île-de-France", ("paris",), id="Île-de-France"),
     P("Region parisienne", ("paris",), id="the Paris region, unaccented"),
     P("Rhein-Main-Gebiet", ("frankfurt", "wiesbaden", "mainz", "darmstadt"), id="Rhein-Main"),
     P("Sopot / Gdynia (Trójmiasto)", ("gdańsk",), id="Trójmiasto and Gdynia"),
     P("Ruhrgebiet", ("essen", "dortmund", "duisburg", "bochum", "gelsenkirchen"),
       id="a region of several cities is its towns"),
     P("A clean DMV record is required", (), id="the motor vehicles office"),
     P("Shipped two GTA-style open-world games", (), id="a game"),
     P("Randstad is hiring for a client", (), id="a staffing firm")],
)  # fmt: skip
def test_metro_nicknames(line: str, towns: tuple[str, ...]) -> None:
    assert cities_in(line) == towns


@pytest.mark.parametrize(
    ("mine", "location", "expected"),
    [P("DFW", "Plano, TX (Hybrid)", "eligible", id="DFW reaches Plano"),
     P("GTA", "Mississauga, ON (Hybrid)", "eligible", id="GTA alone reaches Mississauga"),
     P("DMV", "Arlington, VA (Hybrid)", "eligible", id="DMV alone reaches Arlington"),
     P("GTA", "Vancouver, BC (Hybrid)", "not_eligible", id="GTA is no Vancouver"),
     P("Trójmiasto", "Gdynia (hybrydowo)", "eligible", id="the Tricity reaches Gdynia")],
)  # fmt: skip
def test_a_nickname_as_a_profile_entry(mine: str, location: str, expected: str) -> None:
    scope = parse_remote(location, "Hybrid, two days a week in the office.", False)
    assert eligibility(scope, Profile(locations=(mine,), remote_only=False))[0] == expected
    assert unplaced((mine,)) == []


@pytest.mark.parametrize(
    ("location", "mine", "expected"),
    [P("Wrocław / zdalnie", "Poland", "eligible", id="Polish: city / zdalnie"),
     P("Berlin / remote", "Germany", "eligible", id="city / remote"),
     P("Hamburg oder Remote", "Germany", "eligible", id="German: oder"),
     P("Gdańsk lub zdalnie", "Poland", "eligible", id="Polish: lub"),
     P("Berlin / remote", "Canada", "not_eligible", id="the city's country still limits")],
)  # fmt: skip
def test_a_town_offered_beside_remote_work(location: str, mine: str, expected: str) -> None:
    scope = parse_remote(location, "Freelance project, 100% remote possible.", True)
    assert scope.doubt is None and scope.cities == ()
    assert eligibility(scope, Profile(locations=(mine,)))[0] == expected


def test_a_town_a_remote_job_is_near_stays_a_doubt() -> None:
    scope = parse_remote("Seattle (Remote)", "Remote role on our platform team.", True)
    assert scope.doubt == NEAR_A_CITY


def test_a_towns_clock_is_no_town() -> None:
    text = "Remote in Brazil; must be in UTC-3 (Brasília time)."
    scope = parse_remote("Remote - Brazil", text, True)
    assert scope.doubt is None and scope.hours == ("UTC-3",)
    assert eligibility(scope, Profile(locations=("São Paulo", "Brazil")))[0] == "eligible"
    assert eligibility(scope, Profile(locations=("Manaus", "Brazil")))[0] == "not_eligible"


@pytest.mark.parametrize(
    ("text", "hours", "mine", "expected"),
    [P("Remote US. Must be within UTC-6 to UTC-4.", ("UTC-6..UTC-4",), ("Dallas", "US"),
       "eligible", id="inside the window"),
     P("Remote US. Must be within UTC-6 to UTC-4.", ("UTC-6..UTC-4",), ("Seattle", "US"),
       "not_eligible", id="in the country, outside the window"),
     P("Remote (APAC): UTC+9 to UTC+12.", ("UTC+9..UTC+12",), ("Sydney", "Australia"),
       "eligible", id="a bloc and its window"),
     P("Remote (APAC): UTC+9 to UTC+12.", ("UTC+9..UTC+12",), ("India",),
       "not_eligible", id="in the bloc, outside its window"),
     P("Remote (Europe), must overlap 4h with UTC+1.", (), ("Lisbon", "Portugal"),
       "eligible", id="an overlap is no window one lives in"),
     P("Remote US, UTC-5 to UTC-4 overlap.", (), ("Seattle", "US"),
       "eligible", id="an overlap after the window"),
     P("Remote (US), 9-5 EST.", (), ("Honolulu", "US"),
       "eligible", id="a working day is hours kept from afar")],
)  # fmt: skip
def test_a_window_beside_the_country(
    text: str, hours: tuple[str, ...], mine: tuple[str, ...], expected: str
) -> None:
    scope = parse_remote(None, text, True)
    assert scope.hours == hours
    assert eligibility(scope, Profile(locations=mine))[0] == expected


def test_a_window_binds_a_night_owl_only_as_a_doubt() -> None:
    scope = parse_remote(None, "Remote US. Must be within UTC-6 to UTC-4.", True)
    owl = Profile(locations=("Seattle", "US"), hours="any")
    assert eligibility(scope, owl)[0] == "review"


@pytest.mark.parametrize(
    ("location", "text", "mine", "expected"),
    [P(None, "Remote bookkeeper. Tucson, Arizona. Locals only please.", "Austin, Texas",
       "not_eligible", id="locals of another town"),
     P(None, "Remote bookkeeper. Tucson, Arizona. Locals only please.", "Tucson, Arizona",
       "eligible", id="locals of one's own town"),
     P(None, "Remote bookkeeper. Tucson, Arizona. Locals only please.", "US",
       "review", id="a profile naming no town cannot tell"),
     P(None, "Support lead, remote, but you must be local to Chicagoland.", "Austin, Texas",
       "not_eligible", id="must be local to a metro"),
     P("Remote", "Field Sales Rep - In-Territory (Denver, CO)\nHome-based role.",
       "Austin, Texas", "not_eligible", id="a sales title held in its territory"),
     P("Remote", "Field Sales Rep - In-Territory (Denver, CO)\nHome-based role.",
       "Denver, Colorado", "eligible", id="in one's own territory"),
     P("Remote - US", "Account Manager - Denver\nRemote, US.", "Austin, Texas", "review",
       id="a town a remote job is near is no call for locals")],
)  # fmt: skip
def test_a_call_for_locals_binds_its_town(
    location: str | None, text: str, mine: str, expected: str
) -> None:
    scope = parse_remote(location, text, None)
    profile = Profile(locations=("US", mine) if mine != "US" else ("US",))
    assert eligibility(scope, profile)[0] == expected
