"""Where a post lets one work from, as ATS location fields and HN headers write it: a
legal aside about sanctions, places one cannot be hired in, a field that says where one
must live, a bloc with its UTC window, a reach around a zone, and hours only, kept from
a town a working day's shift away."""

import pytest
from pytest import param as P

from warehouse.ranking.eligibility import eligibility
from warehouse.ranking.profile import Profile
from warehouse.ranking.remote import parse_remote

USERS = {
    "Berlin": ("Berlin", "Germany"),
    "Austin": ("US", "Austin, Texas"),
    "Manchester": ("UK", "Manchester"),
    "Porto": ("Porto", "Portugal"),
    "Manila": ("Manila", "Philippines"),
    "São Paulo": ("São Paulo", "Brazil"),
}
SHORT = {"eligible": "e", "review": "r", "not_eligible": "n"}


def verdicts_of(location: str | None, text: str, users: dict[str, tuple[str, ...]] = USERS) -> str:
    """The verdicts of the users (by default in Berlin, Austin, Manchester, Porto, Manila
    and São Paulo), one letter each in their order."""
    scope = parse_remote(location, text, None)
    return "".join(SHORT[eligibility(scope, Profile(locations=mine))[0]] for mine in users.values())


@pytest.mark.parametrize(
    ("location", "text", "verdicts"),
    [P("Anywhere in the world except sanctioned countries", "Data Engineer (Contract)",
       "eeeeee", id="sanctions bar none of these users"),
     P("Remote (worldwide, excluding OFAC-sanctioned countries)", "Designer", "eeeeee",
       id="sanctions in brackets"),
     P("Remote (Worldwide)", "Designer\nWe cannot hire in the US.", "eneeee",
       id="cannot hire in"),
     P("Remote", "Writer\nFully remote. We are unable to hire in Canada or Brazil yet.",
       "eeeeen", id="unable to hire in, a list"),
     P("US-based, must reside in one of: AZ, CO, FL, GA, TX", "Frontend Engineer\nContract.",
       "nennnn", id="a field that says where one must live"),
     P("LATAM (UTC-3 to UTC-5)", "Backend Engineer\nContract.", "nnnnne",
       id="a bloc and the hours one works there"),
     P("Remote within 4 hours of CET", "Platform Engineer", "eneene",
       id="a reach around a zone in the field")],
)  # fmt: skip
def test_ats_location_fields(location: str | None, text: str, verdicts: str) -> None:
    assert verdicts_of(location, text) == verdicts


TEHRAN_AND_BERLIN = {"Tehran": ("Tehran", "Iran", "UTC+3:30"), "Berlin": ("Berlin", "Germany")}


@pytest.mark.parametrize(
    ("location", "text", "verdicts"),
    [P("Remote (worldwide, except sanctioned countries)", "Python Developer", "ne",
       id="sanctioned countries are the embargoed ones"),
     P("Remote - Worldwide (excluding OFAC-sanctioned regions)", "Data Engineer", "ne",
       id="OFAC-sanctioned regions"),
     P("Remote (Worldwide)", "Analyst\nWe are unable to hire in embargoed countries.", "ne",
       id="unable to hire in embargoed countries"),
     P("Remote, anywhere", "Developer\nDue to sanctions we can't pay contractors in Iran or Cuba.",
       "ne", id="cannot pay contractors in"),
     P("Remote - anywhere but Russia and Belarus", "Data Analyst", "ee",
       id="anywhere but: an exception, not a limit"),
     P("Worldwide, no exceptions", "Python Developer", "ee", id="no exceptions names no place"),
     P("Remote (Worldwide)", "Sanctions Screening Analyst\nScreen payments for OFAC compliance.",
       "ee", id="sanctions as the work's subject"),
     P("Remote", "Data Engineer\nYou will work with our Syria office and our Iran-born founder.",
       "ee", id="a place named, not barred"),
     P("Remote (EU, except sanctioned countries)", "Designer", "ne", id="a bloc and sanctions"),
     P("Remote (Worldwide)", "Tester\nPaid monthly.\nNot available in: IR, KP, SY, CU", "ne",
       id="not available in, a list of codes"),
     P("Remote - Global. Not available in CU, IR, KP, SY", "Go Developer", "ne",
       id="not available in, in the field"),
     P("Remote", "Android Developer\nOffline sync is not available in dark mode or in the EU App"
       " Store yet.", "ee", id="not available in, the product's"),
     P("Remote (Worldwide)", "Analyst\nCandidates from countries under US sanctions are not"
       " eligible.", "ne", id="countries under US sanctions are not eligible"),
     P("Remote", "Developer\nWe cannot accept applicants located in OFAC-sanctioned regions.",
       "ne", id="cannot accept those in sanctioned regions"),
     P("Remote, excluding comprehensively sanctioned jurisdictions", "Writer", "ne",
       id="comprehensively sanctioned jurisdictions"),
     P("Remote", "Engineer\nWe build OFAC compliance tools that match names from sanctions lists"
       " in sanctioned countries.", "ee", id="sanctions lists and tools bar no one")],
)  # fmt: skip
def test_sanctions_bar_the_embargoed_countries_only(
    location: str, text: str, verdicts: str
) -> None:
    assert verdicts_of(location, text, TEHRAN_AND_BERLIN) == verdicts


@pytest.mark.parametrize(
    ("location", "verdict"),
    [P("تهران", "eligible", id="Tehran in Persian"),
     P("اصفهان", "not_eligible", id="Isfahan in Persian"),
     P("Shiraz, Iran", "not_eligible", id="another Iranian town")],
)  # fmt: skip
def test_iranian_towns_in_persian_and_latin(location: str, verdict: str) -> None:
    scope = parse_remote(location, "Python Developer\nOn-site, full time.", None)
    mine = Profile(locations=("Tehran", "Iran"), remote_only=False)
    assert eligibility(scope, mine)[0] == verdict


def test_a_residence_field_keeps_every_state_it_lists() -> None:
    scope = parse_remote("US-based, must reside in one of: AZ, CO, FL, GA, TX", "Engineer", None)
    assert (scope.scope, scope.regions) == ("region", ("US",))
    assert scope.states == ("US-AZ", "US-CO", "US-FL", "US-GA", "US-TX")


def test_a_window_beside_a_bloc_is_its_hours() -> None:
    scope = parse_remote("LATAM (UTC-3 to UTC-5)", "Engineer", None)
    assert (scope.regions, scope.hours) == (("LATAM",), ("UTC-5..UTC-3",))


@pytest.mark.parametrize(
    ("location", "text", "verdicts"),
    [P(None, "Acme | Frontend Engineer | Remote (US hours) | Contract", "rerrre",
       id="US hours: São Paulo keeps them an hour or two ahead, Manila at night"),
     P("Remote, CET timezone", "Data Engineer", "eneenr", id="CET: Manchester and Porto"),
     P("Remote", "DevOps Engineer\nLocation: UK/EU timezones", "ereerr",
       id="UK/EU: far clocks stay review")],
)  # fmt: skip
def test_hours_only_are_kept_a_working_days_shift_away(
    location: str | None, text: str, verdicts: str
) -> None:
    assert verdicts_of(location, text) == verdicts


def test_a_window_allows_no_shift_beyond_its_own_reach() -> None:
    scope = parse_remote(None, "Engineer\nRemote. Must work within UTC+1 to UTC+2.", None)
    assert eligibility(scope, Profile(locations=("São Paulo", "Brazil")))[0] == "not_eligible"
