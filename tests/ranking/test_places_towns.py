"""Places by their towns: a user's town sets their working hours, towns that share a
province's or a city's name, a town inside an institution's name, the suburbs of big
cities, locations labelled remote in French and German, territories, the state a
user's city names, and a working day written in a location field."""

from __future__ import annotations

import pytest

from warehouse.ranking.eligibility import eligibility
from warehouse.ranking.profile import Profile
from warehouse.ranking.regions import cities_in
from warehouse.ranking.remote import parse_remote

SAO_PAULO = ("São Paulo", "Brazil")
TORONTO = ("Toronto, ON", "Canada")
LYON = ("Lyon", "France")
BERLIN = ("Berlin", "Germany")


def _verdict(
    locations: tuple[str, ...], loc: str | None, text: str, flag: bool | None = True
) -> str:
    profile = Profile(locations=locations, remote_only=False)
    return eligibility(parse_remote(loc, text, flag), profile)[0]


@pytest.mark.parametrize(
    ("locations", "text", "want"),
    [
        (SAO_PAULO, "Hours: within UTC-2 to UTC+3 only.", "not_eligible"),
        (("Brazil",), "Hours: within UTC-2 to UTC+3 only.", "eligible"),
        (SAO_PAULO, "Hours: within UTC-3 to UTC+1 only.", "eligible"),
        (("Brazil",), "Hours: within UTC-3 to UTC+1 only.", "eligible"),
        (("Vancouver", "Canada"), "Core hours within UTC-5 to UTC-3.", "not_eligible"),
        (TORONTO, "Core hours within UTC-5 to UTC-3.", "eligible"),
    ],
)
def test_a_town_named_sets_the_users_hours_a_country_alone_its_span(
    locations: tuple[str, ...], text: str, want: str
) -> None:
    assert _verdict(locations, "Remote", f"Support engineer\n{text}") == want


def test_a_zone_preferred_is_met_by_the_users_country() -> None:
    """ "PT preferred" binds nobody: the US of a user in Austin meets it."""
    text = "Design Engineer | Remote (PT preferred) | Full-time"
    assert _verdict(("US", "Austin, Texas"), None, text) == "eligible"


@pytest.mark.parametrize(
    ("loc", "country"),
    [
        ("Ontario, CA", "US"), ("Ontario, California", "US"), ("Ontario, OR", "US"),
        ("Vancouver, WA", "US"), ("Paris, TX", "US"), ("London, KY", "US"),
        ("London, ON", "CA"), ("Paris, Ontario", "CA"), ("Ontario, Canada", "CA"),
    ],
)  # fmt: skip
def test_a_town_sharing_a_provinces_or_citys_name_is_placed_by_its_state(
    loc: str, country: str
) -> None:
    assert parse_remote(loc, "Hybrid, three days a week in the office.", None).regions == (country,)


def test_a_remote_job_limited_to_a_province_is_no_town_nearby() -> None:
    scope = parse_remote("Remote - Ontario, Canada", "Must live in Ontario.", True)
    assert scope.doubt is None
    assert _verdict(TORONTO, "Remote - Ontario, Canada", "Must live in Ontario.") == "eligible"


@pytest.mark.parametrize(
    "header",
    [
        "University of Chicago Medical Center — remote data manager",
        "Nashville Predators - Remote Video Editor",
        "Boston Scientific: remote regulatory writer",
        "Toronto Maple Leafs — Remote Graphic Designer",
        "Paris Baguette is hiring a remote brand designer",
    ],
)
def test_a_town_inside_an_institutions_name_is_no_place(header: str) -> None:
    assert cities_in(header) == ()
    text = f"{header}\nFully remote, work from anywhere in the world."
    assert _verdict(BERLIN, "Remote", text) == "eligible"


@pytest.mark.parametrize(
    "text", ["Onsite at our Chicago office.", "Our Boston office, three days a week."]
)
def test_a_town_beside_an_office_is_still_a_place(text: str) -> None:
    assert cities_in(text) in (("chicago",), ("boston",))


@pytest.mark.parametrize(
    ("locations", "loc", "want"),
    [
        (LYON, "Villeurbanne", "eligible"), (LYON, "Vénissieux, France", "eligible"),
        (LYON, "Écully", "eligible"), (LYON, "Nanterre", "not_eligible"),
        (BERLIN, "Schönefeld", "eligible"), (BERLIN, "Garching bei München", "not_eligible"),
        (BERLIN, "Ismaning", "not_eligible"),
    ],
)  # fmt: skip
def test_a_suburb_is_within_reach_of_its_city_only(
    locations: tuple[str, ...], loc: str, want: str
) -> None:
    assert _verdict(locations, loc, "Hybrid, two days a week on site.", None) == want


@pytest.mark.parametrize(
    ("loc", "region"),
    [
        ("France (Télétravail)", "FR"), ("Belgique (télétravail)", "BE"),
        ("Homeoffice – Deutschland", "DE"), ("Deutschland (Homeoffice)", "DE"),
        ("Brasil (Remoto)", "BR"), ("España (teletrabajo)", "ES"),
    ],
)  # fmt: skip
def test_a_location_labelled_remote_in_its_language_is_remote_there(loc: str, region: str) -> None:
    scope = parse_remote(loc, "Freelance developer.", None)
    assert (scope.scope, scope.regions) == ("region", (region,))


@pytest.mark.parametrize(
    "text",
    [
        "Lyon, hybride : télétravail possible 2 jours par semaine.",
        "Berlin. Homeoffice möglich, zwei Tage die Woche.",
    ],
)
def test_telework_in_a_text_stays_part_of_a_week(text: str) -> None:
    assert parse_remote(None, text, None).scope == "hybrid"


@pytest.mark.parametrize(
    ("loc", "want"),
    [("Remote (Puerto Rico)", "not_eligible"), ("Guam (remote)", "not_eligible"),
     ("Remote (Bermuda or Europe)", "eligible")],
)  # fmt: skip
def test_a_territory_is_its_own_place(loc: str, want: str) -> None:
    assert _verdict(BERLIN if "Europe" in loc else TORONTO, loc, "IT contractor.") == want


@pytest.mark.parametrize(
    ("text", "regions"),
    [
        ("Acme is hiring [Berlin, on-site]", ("DE",)),
        ("Acme is hiring [London, on-site]", ("GB",)),
        ("Portland, OR-based team", ("US",)),
        ("Based in London, ON (hybrid)", ("CA",)),
    ],
)
def test_a_town_before_on_site_is_no_ontario_town(text: str, regions: tuple[str, ...]) -> None:
    """ "[Berlin, on-site]" is Berlin, Germany, not a "Berlin, ON"; "London, on-site" no
    London, Ontario: a state's code that is a word, hyphened on, is the word."""
    assert parse_remote(None, text, None).regions == regions


@pytest.mark.parametrize(
    ("loc", "locations", "want"),
    [
        ("Remote (US, except CA and NY)", ("Denver", "US"), "eligible"),
        ("Remote (US, except CA and NY)", ("Oakland", "US"), "not_eligible"),
        ("Remote · Colorado residents only", ("Boulder", "US"), "eligible"),
        ("Remote · Colorado residents only", ("Houston", "US"), "not_eligible"),
        ("Remote · Oregon residents only", ("Portland", "US"), "review"),  # or Maine's
        ("Remote - Canada (Ontario or BC only)", ("Ottawa", "Canada"), "eligible"),
        ("US Remote (excl. CA, NY)", ("Denver", "US"), "eligible"),
        ("US Remote (excl. CA, NY)", ("Brooklyn", "US"), "not_eligible"),
        ("Remote (US) — TX, FL, CO, AZ only", ("Denver", "US"), "eligible"),
        ("Remote (US) — TX, FL, GA only", ("Denver", "US"), "not_eligible"),
    ],
)
def test_a_users_city_names_its_state(loc: str, locations: tuple[str, ...], want: str) -> None:
    assert _verdict(locations, loc, "Data Engineer\nContract.") == want


@pytest.mark.parametrize(
    ("loc", "verdicts"),
    [
        ("Remote (9am-5pm ET)", "eeen"),
        ("Remote (US hours: 9am-5pm ET)", "eeen"),
        ("Remote (Canada or US, 9-5 PT)", "eenn"),
    ],
)
def test_a_working_day_in_a_location_field_may_be_kept_from_a_shifted_day(
    loc: str, verdicts: str
) -> None:
    """Denver, Toronto, São Paulo, Warsaw: a day by a zone's clock is the offsets where
    it falls in daytime, read in a field as in a text; a country named as its clock
    ("US hours") is no residence."""
    users = (("Denver", "US"), TORONTO, SAO_PAULO, ("Warsaw", "Poland"))
    got = "".join(_verdict(u, loc, "Backend Engineer\nContract.")[0] for u in users)
    assert got == verdicts
