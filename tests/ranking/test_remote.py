"""Remote scope from locations and text, and eligibility against a profile."""

from __future__ import annotations

import pytest

from warehouse.ranking.profile import Profile
from warehouse.ranking.remote import RemoteScope, eligibility, parse_remote

P = pytest.param


@pytest.mark.parametrize(
    ("location", "text", "scope", "regions"),
    [
        P(
            None,
            "Acme | Engineer | REMOTE | Full-time",
            "anywhere",
            (),
            id="a bare REMOTE in an HN header is not limited",
        ),
        P("Worldwide", "", "anywhere", (), id="worldwide as a location is anywhere"),
        P("Anywhere", "", "anywhere", (), id="anywhere as a location is anywhere"),
        P(
            None,
            "Acme | Engineer | REMOTE (US) | Full-time",
            "region",
            ("US",),
            id="REMOTE (US) is limited to the US",
        ),
        P(None, "Remote - EU only", "region", ("EU",), id="remote EU only is the EU"),
        P(
            None,
            "We work EU hours, fully remote",
            "region",
            ("Europe",),
            id="EU hours are european time zones",
        ),
        P(
            None,
            "Remote, UTC-3 to UTC+2",
            "region",
            ("UTC-3..UTC+2",),
            id="a UTC window is kept as a window",
        ),
        P(
            None,
            "Remote (EST to CET)",
            "region",
            ("UTC-5..UTC+2",),
            id="zone names become a UTC window with their summer time",
        ),
        P(
            None,
            "Remote, CET ± 2h",
            "region",
            ("UTC-1..UTC+4",),
            id="a zone plus or minus hours is a window",
        ),
        P(
            None,
            "SEEKING FREELANCER | Remote (US timezones) | Django",
            "region",
            ("US",),
            id="US timezones are the US",
        ),
        P(
            None,
            "Remote. Must be based in Canada.",
            "region",
            ("CA",),
            id="must be based in Canada limits a bare remote",
        ),
        P(
            None,
            "remote within Europe",
            "region",
            ("Europe",),
            id="remote within Europe is limited to Europe",
        ),
        P(
            None,
            "**Remote:** yes, US/EU overlap",
            "region",
            ("US", "Europe"),
            id="a reddit markdown field with two overlaps",
        ),
        P(
            "Remote (USA, Canada)",
            "",
            "region",
            ("US", "CA"),
            id="a remote location list names each country",
        ),
        P("Remote - Austin, TX", "", "region", ("US",), id="a US state counts as the US"),
        P(
            None,
            "Remote (anywhere from 3 to 6 months)",
            "anywhere",
            (),
            id="anywhere in prose is not a place",
        ),
        P(
            None,
            "Remote or onsite in Berlin",
            "anywhere",
            (),
            id="a remote option beats an onsite one",
        ),
        P(
            None,
            "Hybrid (2 days in Berlin)",
            "hybrid",
            ("DE",),
            id="hybrid in Berlin is placed in Germany",
        ),
        P(
            None,
            "Acme | NYC | ONSITE",
            "onsite",
            ("US",),
            id="ONSITE in an HN header is placed by its city",
        ),
        P(
            None,
            "No remote. Office in Paris.",
            "onsite",
            ("FR",),
            id="no remote is onsite despite the word remote",
        ),
        P(None, "Remote: no", "onsite", (), id="remote colon no is onsite"),
        P(None, "Remote-hybrid role, Munich", "hybrid", ("DE",), id="remote hybrid is hybrid"),
        P(None, "Our office is in Berlin.", None, (), id="an office alone says nothing"),
        P(
            None,
            "Remote (GMT±2)",
            "region",
            ("UTC-2..UTC+2",),
            id="plus or minus hours without the word hours is a window",
        ),
    ],
)
def test_parse_remote_reads_scope_and_regions(
    location: str | None, text: str, scope: str | None, regions: tuple[str, ...]
) -> None:
    found = parse_remote(location, text, None)
    assert (found.scope, found.regions) == (scope, regions)


@pytest.mark.parametrize(
    ("text", "scope", "regions"),
    [
        P(
            "100% remoto, solo desde Latinoamérica",
            "region",
            ("LATAM",),
            id="spanish remote only from latin america",
        ),
        P(
            "Remote, Wohnsitz in Deutschland",
            "region",
            ("DE",),
            id="german wohnsitz in deutschland limits to germany",
        ),
        P("Kein Remote, Büro in München", "onsite", ("DE",), id="german kein remote is onsite"),
        P(
            "Trabajo presencial en Madrid",
            "onsite",
            ("ES",),
            id="spanish presencial is onsite in madrid",
        ),
        P(
            "রিমোট (শুধুমাত্র বাংলাদেশ)",
            "region",
            ("BD",),
            id="bengali remote only in bangladesh is bangladesh",
        ),
    ],
)
def test_parse_remote_reads_other_languages(
    text: str, scope: str, regions: tuple[str, ...]
) -> None:
    found = parse_remote(None, text, None)
    assert (found.scope, found.regions) == (scope, regions)


@pytest.mark.parametrize(
    ("location", "text", "stated", "expected"),
    [
        P(
            "Remote - US",
            "Loomworks is looking for a contract designer.",
            True,
            RemoteScope("region", ("US",), "stated", "Remote - US"),
            id="a lever remote flag with a US location",
        ),
        P(
            "Berlin",
            "Hybrid, 2 office days",
            False,
            RemoteScope("hybrid", ("DE",), "stated", "Berlin"),
            id="a stated not remote with hybrid words is hybrid",
        ),
        P(
            "San Francisco, CA",
            "",
            False,
            RemoteScope("onsite", ("US",), "stated", "San Francisco, CA"),
            id="a stated not remote is onsite",
        ),
        P(
            None,
            "We are a remote-first team",
            None,
            RemoteScope("anywhere", (), "parsed", "remote-first"),
            id="remote first read from text is parsed",
        ),
        P(
            None,
            "Acme | REMOTE (US) | Full-time",
            None,
            RemoteScope("region", ("US",), "parsed", "REMOTE (US)"),
            id="the raw phrase keeps the restriction",
        ),
        P(
            None,
            "İSTANBUL İŞ | REMOTE (US)",
            None,
            RemoteScope("region", ("US",), "parsed", "REMOTE (US)"),
            id="a dotted capital I before the phrase does not shift its raw words",
        ),
        P(
            "USA, Canada",
            "",
            True,
            RemoteScope("region", ("US", "CA"), "stated", "USA, Canada"),
            id="a remotive candidate location with the remote flag",
        ),
        P(None, "", None, RemoteScope(None), id="nothing stated stays unknown"),
    ],
)
def test_parse_remote_keeps_basis_and_raw(
    location: str | None, text: str, stated: bool | None, expected: RemoteScope
) -> None:
    assert parse_remote(location, text, stated) == expected


GERMAN = Profile(locations=("DE", "UTC+1"))
EUROPEAN = Profile(locations=("Europe",))
BERLINER = Profile(locations=("Berlin",), remote_only=False)
NOWHERE = Profile(locations=())


@pytest.mark.parametrize(
    ("scope", "profile", "verdict"),
    [
        P(RemoteScope("anywhere"), NOWHERE, "eligible", id="remote anywhere is eligible"),
        P(RemoteScope("region", ("EU",)), GERMAN, "eligible", id="the EU holds Germany"),
        P(
            RemoteScope("region", ("EMEA",)),
            Profile(locations=("EU",)),
            "eligible",
            id="EMEA holds the EU",
        ),
        P(
            RemoteScope("region", ("Europe",)),
            Profile(locations=("Germany",)),
            "eligible",
            id="Europe holds Germany by name",
        ),
        P(
            RemoteScope("region", ("UTC-3..UTC+2",)),
            GERMAN,
            "eligible",
            id="a UTC window holds the profile offset",
        ),
        P(
            RemoteScope("region", ("US",)),
            GERMAN,
            "not_eligible",
            id="remote but US only is not eligible from Germany",
        ),
        P(
            RemoteScope("region", ("UTC-8..UTC-5",)),
            GERMAN,
            "not_eligible",
            id="a US time window misses UTC+1",
        ),
        P(
            RemoteScope("region", ("EU",)),
            EUROPEAN,
            "review",
            id="Europe is only partly inside the EU",
        ),
        P(
            RemoteScope("region", ("UTC-3..UTC+2",)),
            Profile(locations=("DE",)),
            "eligible",
            id="a window holds a country whose zone, summer time too, lies inside it",
        ),
        pytest.param(
            RemoteScope("region", ("UTC-3..UTC+2",)),
            Profile(locations=("FI",)),
            "review",
            id="a window holding only part of a country's offsets needs review",
        ),
        pytest.param(
            RemoteScope("region", ("UTC-3..UTC+2",)),
            Profile(locations=("JP",)),
            "not_eligible",
            id="a window far from the country's zone is not eligible",
        ),
        pytest.param(
            RemoteScope("region", ("UTC-3..UTC+2",)),
            Profile(locations=("KZ",)),
            "review",
            id="a country whose offsets are unknown needs review",
        ),
        P(
            RemoteScope("region", ("US",)),
            NOWHERE,
            "review",
            id="a region without profile locations needs review",
        ),
        P(
            RemoteScope("region", ("GB",)),
            Profile(locations=("UK",)),
            "eligible",
            id="UK and GB are one place",
        ),
        P(
            RemoteScope("hybrid", ("DE",)),
            GERMAN,
            "not_eligible",
            id="hybrid is not eligible for a remote only profile",
        ),
        P(
            RemoteScope("hybrid", ("DE",), raw="hybrid (2 days in Berlin)"),
            BERLINER,
            "eligible",
            id="hybrid in the profile city is eligible",
        ),
        P(
            RemoteScope("onsite", ("FR",), raw="ONSITE Paris"),
            BERLINER,
            "review",
            id="onsite elsewhere needs review",
        ),
        P(RemoteScope(None), GERMAN, "review", id="an unknown scope needs review"),
    ],
)
def test_eligibility(scope: RemoteScope, profile: Profile, verdict: str) -> None:
    found, reason = eligibility(scope, profile)
    assert found == verdict
    assert reason


def test_eligibility_reason_names_the_limit_and_the_user() -> None:
    scope = parse_remote(None, "Remote (US only)", None)
    assert eligibility(scope, GERMAN) == (
        "not_eligible",
        "remote limited to US; you: DE, UTC+1",
    )
