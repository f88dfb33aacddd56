"""Remote scope from locations and text, and eligibility against a profile."""

from __future__ import annotations

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from warehouse.ranking.eligibility import eligibility
from warehouse.ranking.profile import Profile
from warehouse.ranking.regions import US_COASTS, cities_in
from warehouse.ranking.remote import RemoteScope, _partly_open, parse_remote

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
        P(None, "remote(us)", "region", ("US",), id="a lower-case code in remote's brackets"),
        P(
            None,
            "Tallow | Platform Engineer | remote (us/canada) | contract",
            "region",
            ("US", "CA"),
            id="lower-case codes beside a country's name",
        ),
        P(None, "Fernway | SRE | remote [eu only]", "region", ("EU",), id="square brackets"),
        P(
            None,
            "Fernway | SRE | Remote (ask us about visas)",
            "anywhere",
            (),
            id="us among other words in the brackets is a pronoun",
        ),
        P(
            "APAC (Singapore or Australia)",
            "A remote role.",
            "region",
            ("SG", "AU"),
            id="a bracket naming places inside the bloc before it narrows the bloc",
        ),
        P(
            "Remote - EMEA (UK, Ireland, Netherlands)",
            "",
            "region",
            ("GB", "IE", "NL"),
            id="countries in a bracket after their bloc are the places",
        ),
        P(
            "Remote (Europe); Remote (UK)",
            "",
            "region",
            ("Europe",),
            id="a bracket of another entry narrows no bloc",
        ),
        P(
            "Remote - Europe (e.g. Germany, France)",
            "",
            "region",
            ("Europe",),
            id="examples in a bracket leave the bloc whole",
        ),
        P("Anywhere", "", "anywhere", (), id="anywhere as a location is anywhere"),
        P("Anywhere (async)", "", "anywhere", (), id="how one works is no place"),
        P(
            None,
            "Acme | Engineer | REMOTE (US) | Full-time",
            "region",
            ("US",),
            id="REMOTE (US) is limited to the US",
        ),
        P(
            None,
            "Acme | Analyst | Remote (within 2 hours of Mountain or Pacific)",
            "region",
            ("UTC-9..UTC-4", "UTC-10..UTC-5"),
            id="US zones by their names alone after within hours of",
        ),
        P(
            None,
            "Remote, within 4 hours of Central Europe",
            "region",
            ("Europe",),
            id="central before europe is no US zone",
        ),
        P(None, "Remote - EU only", "region", ("EU",), id="remote EU only is the EU"),
        P(None, "Acme | Sales Engineer | Remote - AMER", "region", ("Americas",), id="AMER"),
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
            "Acme | Developer | Remote\nWork is remote, but you must be local to the Twin Cities.",
            "region",
            ("US",),
            id="must be local to a city limits remote to its country",
        ),
        P(
            None,
            "Acme | Developer | Remote\nFully remote; we'd like people local to Lyon for meetups.",
            "anywhere",
            (),
            id="a wish for people local to a city limits nothing",
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
        P(
            "London, UK",
            "Hybrid: 60% in office, 40% remote.",
            "hybrid",
            ("GB",),
            id="a share of the time remote beside a share in the office is hybrid",
        ),
        P("Dubai", "Onsite 3 days a week, rest remote.", "hybrid", ("AE",), id="rest remote"),
        P(
            "Doha",
            "Onsite in Doha 50%, the rest remote.",
            "hybrid",
            ("QA",),
            id="a share on site, the rest remote",
        ),
        P(None, "We are 100% remote (UK).", "region", ("GB",), id="all the time remote is remote"),
        P(
            None,
            "Python, REST remote APIs. Remote (UK).",
            "region",
            ("GB",),
            id="REST beside remote, with no office days, stays remote",
        ),
        P(
            None,
            "Our office is in Berlin.",
            "onsite",
            ("DE",),
            id="with no word of remote, the office named is where the work is",
        ),
        P(
            None,
            "Acme | Data Engineer | Dublin, Ireland",
            "onsite",
            ("IE",),
            id="a header naming only a city is onsite there",
        ),
        P(
            None,
            "Quillbyte | Hiring engineers across Europe and Canada",
            "region",
            ("Europe", "CA"),
            id="with no word of remote, a bloc holds no office: people work from it",
        ),
        P(
            None,
            "Quillbyte | Lisbon/Madrid (ES)/Europe | Backend Engineer",
            "region",
            ("Europe",),
            id="cities beside a bloc are offices, the bloc is where one may work",
        ),
        P("London, England", "", "onsite", ("GB",), id="a location field naming a city"),
        P(None, "We build billing software.", None, (), id="no place and no mode say nothing"),
        P(
            None,
            "Remote (GMT±2)",
            "region",
            ("UTC-2..UTC+2",),
            id="plus or minus hours without the word hours is a window",
        ),
        P(
            None,
            "Quillbyte | Backend Engineer | Remote | Mountain Time Zone",
            "region",
            ("UTC-7..UTC-6",),
            id="a zone written out is its window",
        ),
        P(
            None,
            "Quillbyte | Remote (Pacific time to Eastern time)",
            "region",
            ("UTC-8..UTC-4",),
            id="a window between zones written out",
        ),
        P(
            None,
            "Set your own schedule and work it from anywhere.",
            "anywhere",
            (),
            id="from anywhere is remote anywhere",
        ),
        P(
            None,
            "We cover moving costs from anywhere to our Lisbon office.",
            "onsite",
            ("PT",),
            id="moving from anywhere to an office is not remote",
        ),
        P(
            None,
            "Remote, as long as you overlap at least 3 hours with CET.",
            "region",
            ("UTC-3..UTC+6",),
            id="an overlap of at least some hours with a zone is a window",
        ),
        P(
            None,
            "Subtitle translator EN/ES and EN>DE, 40 short clips",
            None,
            (),
            id="codes paired with English are languages, not countries",
        ),
        P(
            None,
            "[Hiring] Canada-based copy editor, $30/h\nYou must live in Canada for tax reasons.",
            "region",
            ("CA",),
            id="where one must live, with no word of remote, is a region",
        ),
        P(
            None,
            "Pay: $20/hr, 10 hrs a week.\nMust be located in the US.",
            "region",
            ("US",),
            id="a limit on where one lives in the body is a region",
        ),
        P(
            None,
            "Acme | Backend Engineer | Berlin | Full-time\nCandidates must be based in Germany.",
            "onsite",
            ("DE",),
            id="a city in the header is an office beside where one must live",
        ),
    ],
)
def test_parse_remote_reads_scope_and_regions(
    location: str | None, text: str, scope: str | None, regions: tuple[str, ...]
) -> None:
    found = parse_remote(location, text, None)
    assert (found.scope, found.regions) == (scope, regions)


@pytest.mark.parametrize(
    ("location", "regions"),
    [
        P("Sydney, New South Wales, Australia", ("AU",), id="New South Wales is Australia's"),
        P("Remote (New South Wales)", ("AU",), id="not Wales inside it"),
        P("Albuquerque, New Mexico", ("US",), id="New Mexico is a US state, not Mexico"),
        P("New England", ("US",), id="New England is in the US"),
        P("Cardiff, Wales", ("GB",), id="Wales alone is the UK's"),
        P("Charleston, West Virginia", ("US",), id="a longer state name wins"),
        P("Portland, Maine", ("US",), id="a US state by its name"),
        P("Kraków, Poland or Wrocław", ("PL",), id="cities of one country"),
        P("Ottawa / Calgary", ("CA",), id="Canadian cities"),
        P("Medellín", ("CO",), id="a Latin American city"),
        P("Kuala Lumpur", ("MY",), id="an Asian city"),
        P("Phoenix", (), id="a name that is also a framework's is not read"),
        P("CABA / Híbrido", ("AR",), id="buenos aires city by its acronym"),
        P("Capital Federal, Capital Federal", ("AR",), id="as argentine boards write it"),
        P("Palermo, CABA", ("AR",), id="a barrio of buenos aires, not sicily's palermo"),
        P("Córdoba, Córdoba", ("AR",), id="the argentine córdoba by its province"),
        P("Córdoba, Spain", ("ES",), id="the spanish córdoba by its country"),
        P("Rosario", (), id="a given name alone places nothing"),
    ],
)
def test_places_are_known_by_their_names(location: str, regions: tuple[str, ...]) -> None:
    assert parse_remote(location, "", True).regions == regions


@pytest.mark.parametrize(
    ("text", "cities"),
    [
        P("Austin, Texas", ("austin",), id="a state is no town"),
        P("Texas", (), id="a state alone names no town"),
        P("Brooklyn, NY", ("new york",), id="a town of a metro is its city"),
        P("Palo Alto or Oakland, CA", ("san francisco",), id="two towns of one metro"),
        P("Lisboa, Portugal", ("lisbon",), id="a city's own name"),
        P("Setúbal, Portugal", (), id="a town the table does not know"),
        P("Sintra, Portugal", ("lisbon",), id="a satellite town is its metro's city"),
        P("Round Rock, TX", ("austin",), id="a suburb of Austin"),
        P("Solna, Sweden", ("stockholm",), id="a suburb of Stockholm"),
        P("Cambridge, MA", ("boston",), id="a town of two countries, with its state"),
        P("Cambridge", (), id="a town of two countries, alone, is none"),
        P("Bellevue, NE", (), id="a town of two states, with the other state"),
        P("Issy-les-Moulineaux", ("paris",), id="a hyphenated suburb"),
        P("Köln / Hamburg", ("cologne", "hamburg"), id="several towns, first first"),
        P("Washington, DC", ("washington dc",), id="the capital, with a comma"),
        P("Washington, D.C.", ("washington dc",), id="the capital, dotted"),
        P("Seattle, Washington", ("seattle",), id="the state is no town"),
        P("Croydon, UK", ("london",), id="a town of two countries, in the UK"),
        P("Croydon, VIC", ("melbourne",), id="a town of two countries, in Victoria"),
        P("Potsdam, Brandenburg, Germany", ("berlin",), id="Berlin's Potsdam"),
        P("Potsdam, NY", ("potsdam, ny",), id="New York's Potsdam is its own town"),
        P("Brampton, Ontario, Canada", ("toronto",), id="a town of Toronto's metro"),
        P("Zapopan, Jal.", ("guadalajara",), id="a town of Guadalajara's metro"),
        P("Herndon, VA", ("washington dc",), id="a surname town with its state"),
        P("Plano", (), id="a surname town alone is none"),
        P("Cambridge UK", ("cambridge, uk",), id="a town and its country without a comma"),
        P("Hamilton on site", (), id="a province's code that is a word needs its comma"),
    ],
)
def test_towns_are_read_as_their_metros_city(text: str, cities: tuple[str, ...]) -> None:
    assert cities_in(text) == cities


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
        P(
            "Nantes ou télétravail complet (France)",
            "region",
            ("FR",),
            id="french full telework limited to france",
        ),
        P("Lille | 3 jours de télétravail", "hybrid", ("FR",), id="french telework days"),
        P("Lyon, télétravail partiel", "hybrid", ("FR",), id="french partial telework is hybrid"),
        P("Acme | Dev | 100% télétravail | CDI", "anywhere", (), id="french all telework"),
        P("Télétravail : 3 jours par semaine", "hybrid", (), id="french telework days after"),
        P("Acme | 上海 | 全职 | 每周可远程一天", "hybrid", ("CN",), id="chinese remote day"),
        P("Acme | 東京 | 正社員 | 週2日リモート可", "hybrid", ("JP",), id="ja remote days"),
        P("Acme | 서울 | 정규직 | 주 2회 재택근무", "hybrid", ("KR",), id="ko home days"),
        P(
            "[Hiring] Assistant, 2 days a week\nFully remote, anywhere.",
            "anywhere",
            (),
            id="days a week of work are no office days",
        ),
        P("Acme | Remote binnen Nederland | ZZP", "region", ("NL",), id="dutch remote within"),
        P("Acme | Remote innerhalb der Schweiz", "region", ("CH",), id="german remote within"),
        P("Trabajo remoto dentro de Chile.", "region", ("CL",), id="spanish remote within"),
        P(
            "Vaga remota, apenas residentes em Portugal.",
            "region",
            ("PT",),
            id="portuguese only residents in",
        ),
        P("Télétravail complet depuis la Belgique", "region", ("BE",), id="french telework from"),
        P("Zespół pracuje zdalnie, tylko z Polski.", "region", ("PL",), id="polish remote only"),
        P("Praca zdalna, umowa B2B", "anywhere", (), id="polish remote work"),
        P("Gdańsk | praca stacjonarna", "onsite", ("PL",), id="polish office work is onsite"),
        P("Model pracy hybrydowy (Kraków)", "hybrid", ("PL",), id="polish hybrid"),
        P("Acme | Analista | Telelavoro | P.IVA", "anywhere", (), id="italian telework"),
        P("Torino, telelavoro parziale", "hybrid", ("IT",), id="italian partial telework"),
        P(
            "Bremen, Homeoffice möglich",
            "hybrid",
            ("DE",),
            id="german home office possible is hybrid",
        ),
        P("Acme | Tester | Remote (CEE) | B2B", "region", ("Central/Eastern Europe",), id="CEE"),
        P("Remote aus allen Regionen Frankreichs", "region", ("FR",), id="german genitive names"),
        P(
            "Posizione in smart working 3 giorni, Padova",
            "hybrid",
            ("IT",),
            id="italian smart working",
        ),
        P("Sede a Genova, 100% smart working", "anywhere", (), id="italian all smart working"),
        P("Ein bis zwei Tage mobiles Arbeiten", "hybrid", (), id="german mobile work is hybrid"),
        P("Thuiswerken mogelijk", "hybrid", (), id="dutch home work possible is hybrid"),
        P("Einmal pro Woche im Büro, sonst Homeoffice", "hybrid", (), id="german office days"),
        P("Zwei Tage die Woche vor Ort", "hybrid", (), id="german days on site"),
        P("Vertrag: 100% Homeoffice", "anywhere", (), id="german all home office"),
        P("Modalidad de trabajo: híbrida", "hybrid", (), id="spanish hybrid feminine"),
        P("Oportunidade remota", "anywhere", (), id="portuguese remote feminine"),
        P("Remoto desde la Unión Europea", "region", ("EU",), id="spanish european union"),
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
            RemoteScope("hybrid", ("DE",), "stated", "Berlin", cities=("berlin",)),
            id="a stated not remote with hybrid words is hybrid",
        ),
        P(
            "San Francisco, CA",
            "",
            False,
            RemoteScope(
                "onsite", ("US",), "stated", "San Francisco, CA", cities=("san francisco",)
            ),
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
LISBON = Profile(locations=("EU", "PT", "Lisbon"), remote_only=False)
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
            RemoteScope("region", ("EU",)),
            Profile(locations=("UK",)),
            "review",
            id="the EU alone may mean Europe: from the UK a doubt",
        ),
        P(
            RemoteScope("region", ("EU", "CH", "NO")),
            Profile(locations=("UK",)),
            "not_eligible",
            id="the EU beside other European countries is the EU itself",
        ),
        P(
            RemoteScope("region", ("EU", "CH", "NO")),
            Profile(locations=("NO",)),
            "eligible",
            id="a country named beside the EU is inside the list",
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
            "not_eligible",
            id="onsite in another country is out of reach",
        ),
        P(
            RemoteScope("onsite", (), raw="ONSITE, our office"),
            BERLINER,
            "review",
            id="onsite in an unstated place needs review",
        ),
        P(
            RemoteScope("hybrid", ("DE",), raw="Berlin (hybrid, 3 days)"),
            LISBON,
            "not_eligible",
            id="an office inside the EU the user lists is not within a commute",
        ),
        P(
            RemoteScope("onsite", ("US", "GB", "PT"), raw="SF/NYC/London/Lisbon (Onsite)"),
            LISBON,
            "eligible",
            id="one office in the user's city is enough",
        ),
        P(
            RemoteScope("hybrid", ("PT",), raw="Porto, hybrid", cities=("porto",)),
            LISBON,
            "not_eligible",
            id="an office in another town of the user's country is out of reach",
        ),
        P(
            RemoteScope("hybrid", ("PT",), raw="Portugal, hybrid"),
            LISBON,
            "review",
            id="an office in the user's country, town not stated, is a doubt",
        ),
        P(
            RemoteScope("hybrid", ("PT",), raw="Porto, hybrid", cities=("porto",)),
            Profile(locations=("EU", "PT"), remote_only=False),
            "eligible",
            id="a profile naming no town takes an office anywhere in its country",
        ),
        P(
            RemoteScope("onsite", ("DE",), raw="Munich office"),
            Profile(locations=("EU",), remote_only=False),
            "review",
            id="a bloc alone names no commute: inside it is a doubt",
        ),
        P(
            RemoteScope("onsite", ("US",), raw="Austin, TX"),
            Profile(locations=("EU",), remote_only=False),
            "not_eligible",
            id="an office outside the listed bloc is out of reach",
        ),
        P(
            RemoteScope("region", ("US",)),
            LISBON,
            "not_eligible",
            id="PT in the profile is Portugal, not Pacific Time",
        ),
        P(
            RemoteScope("region", ("PT",)),
            LISBON,
            "eligible",
            id="remote within Portugal holds a user who lists PT",
        ),
        P(RemoteScope(None), GERMAN, "review", id="an unknown scope needs review"),
    ],
)
def test_eligibility(scope: RemoteScope, profile: Profile, verdict: str) -> None:
    found, reason = eligibility(scope, profile)
    assert found == verdict
    assert reason


@pytest.mark.parametrize(
    ("text", "verdict"),
    [
        P("Fernhill | Data Engineer | Remote (EU, Switzerland, Norway)", "not_eligible",
          id="the EU and two countries leave the UK out"),
        P("Fernhill | Data Engineer | Remote (EU, UK, CH)", "eligible",
          id="the EU and the UK let the UK in"),
        P("Fernhill | Data Engineer | Remote (Europe)", "eligible", id="Europe holds the UK"),
    ],
)  # fmt: skip
def test_eligibility_of_a_list_beside_the_eu_from_the_uk(text: str, verdict: str) -> None:
    scope = parse_remote(None, text, None)
    assert eligibility(scope, Profile(locations=("UK",)))[0] == verdict


def test_a_bloc_beside_a_country_is_a_place_one_may_work_too() -> None:
    """Each location is a place the user may work: "EU" beside "DE" leaves a job in
    Ireland only for the user to check, as the labelled real postings have it."""
    scope = parse_remote("Remote (Ireland or UK only)", "", None)
    assert eligibility(scope, Profile(locations=("EU", "DE")))[0] == "review"
    assert eligibility(scope, Profile(locations=("DE",)))[0] == "not_eligible"


def test_eligibility_reason_names_the_limit_and_the_user() -> None:
    scope = parse_remote(None, "Remote (US only)", None)
    assert eligibility(scope, GERMAN) == (
        "not_eligible",
        "remote limited to US; you: DE, UTC+1",
    )


@pytest.mark.parametrize(
    ("location", "text", "scope", "regions"),
    [
        P(None, "Quillstone | Data Engineer | Remote USA | Full-time", "region", ("US",),
          id="Remote USA names the country after it"),
        P(None, "Quillstone | Data Engineer | US-Remote | Contract", "region", ("US",),
          id="US-Remote names the country before it"),
        P(None, "Birchway | USA/Canada: REMOTE | Full-Time", "region", ("US", "CA"),
          id="countries before remote in a header cell limit it"),
        P(None, "Harrowgate | Analytics Engineer | LATAM REMOTE ONLY", "region", ("LATAM",),
          id="a bloc before remote only limits it"),
        P(None, "Wir suchen Data Engineers. Remote (DACH), ab Januar.", "region", ("DACH",),
          id="DACH is Germany, Austria and Switzerland"),
        P(None, "Fjordline | SRE | Remote (Nordics) | Contract", "region", ("Nordics",),
          id="the Nordics are a bloc"),
        P(None, "Orchardly | Berlin, REMOTE [CAN/US] | Data", "region", ("CA", "US"),
          id="a bracketed list after remote limits it"),
        P(None, "Tallyhawk | REMOTE(US,CA) | Full-time", "region", ("US", "CA"),
          id="CA after a country code is Canada, not California"),
        P(None, "Fernhill | Munich/Remote | dbt", "anywhere", (),
          id="a city beside remote is an office one may pick instead"),
        P(None, "Fernhill | Lyon, France or Remote (EU) | dbt", "region", ("EU",),
          id="offices before remote do not limit its own region"),
        P(None, "Gantry | Remote (US/Global) | Full-time", "anywhere", (),
          id="global beside a country leaves remote unlimited"),
        P(None, "Pollen is hiring a U.S.-based, fully remote data engineer", "region", ("US",),
          id="US-based in the header limits the work"),
        P(None, "Pollen | Remote (Europe)\nWe are a Berlin-based startup.", "region", ("Europe",),
          id="a Berlin-based startup places the company, not the work"),
        P(None, "Pollen | Remote first (quarterly trips to Lisbon)", "anywhere", (),
          id="a trip names where one travels, not where one works"),
        P(None, "Ledgerly | NYC and Remote\nWe are US-remote friendly.", "region", ("US",),
          id="a country hyphened to remote limits it in prose too"),
        P("Remote", "Content Writer - Freelance\nTwo articles a week for our blog. UK remote.",
          "region", ("GB",), id="a country opening a sentence before remote limits it"),
        P("Remote", "Copywriter\nBrief below.\nUK remote, a day a month in Leeds.", "region",
          ("GB",), id="a country opening a line before remote limits it"),
        P("Remote", "Content Writer\nUK-based freelance writers for finance guides.", "region",
          ("GB",), id="UK-based people in the body limit the work"),
        P("Remote", "Content Writer\nWe are a UK-based company hiring worldwide.", "anywhere",
          (), id="a UK-based company in the body limits nobody"),
        P(None, "Pulsefeed | HR Specialist | Remote (SEA-based) | Full-time", "region",
          ("South-East Asia",), id="SEA in a remote limit is South-East Asia"),
        P(None, "Fluxline | SF, SEA, NYC | Full-Time\nFully remote.", "anywhere", (),
          id="SEA among cities is Seattle, no limit on remote"),
        P(None, "Tidewater | Gameplay Programmer | Remote (Caribbean or LATAM)", "region",
          ("Caribbean", "LATAM"), id="the Caribbean is a bloc"),
        P(None, "Fjordline | SRE | Remote (Baltics)", "region", ("Baltics",),
          id="the Baltics are a bloc"),
        P(None, "Need a freelance illustrator, €150 each. Worldwide. #hiring", "anywhere", (),
          id="worldwide as a sentence of its own is remote anywhere"),
        P(None, "Landing page + 3 pages.\nAnywhere in the world is fine.", "anywhere", (),
          id="anywhere in the world is fine"),
        P(None, "Acme | Berlin\nWe ship anywhere in the world.", "onsite", ("DE",),
          id="anywhere inside a sentence is no way of working"),
        P(None, "Verdant | Data Engineer | Remote (LATAM)\nOverlap with US Eastern required.",
          "region", ("LATAM",), id="a place's working hours beside a residence are only hours"),
        P(None, "Montréal studio | iOS dev | Remote (Canada) | CA$95/h", "region", ("CA",),
          id="a code before a dollar sign is a currency, not a place"),
        P(None, "Acme | Writer | EU\nMust be based in Europe.", "region", ("Europe",),
          id="a header's place inside where the text says to live is that place"),
        P(None, "Acme | Engineers\nFrom fully remote to in-office, with strong collaboration "
          "across the U.S. and India.", "region", ("US", "IN"),
          id="where a remote team works across names where it hires"),
        P(None, "Acme | REMOTE\nOur team is distributed across the United States and "
          "internationally.", "anywhere", (), id="a team across the world limits nothing"),
        P(None, "[Hiring] Node.js contractor, Poland or Romania, 25-35 EUR/h\nLong-term. Remote.",
          "region", ("PL", "RO"), id="a title's countries limit its remote body"),
        P(None, "[Hiring] Next.js dev, LATAM, $3,000/month\nRemote, overlap 4 hours with EST.",
          "region", ("LATAM",), id="a title's bloc beside the body's hours is where to live"),
        P(None, "Upward | Engineer | Hybrid (Sacramento, CA) | Full Time\nThis role is "
          "primarily remote with occasional meetups in Sacramento. Applicants must be "
          "authorized to work in the United States.", "region", ("US",),
          id="a primarily remote role under a hybrid header is remote"),
        P("Anywhere in the World", "Account Executive DACH\nSell our platform.", "anywhere",
          (), id="a field that says anywhere leaves the title's place a territory"),
    ],
)  # fmt: skip
def test_parse_remote_reads_places_around_the_word_remote(
    location: str | None, text: str, scope: str | None, regions: tuple[str, ...]
) -> None:
    found = parse_remote(location, text, None)
    assert (found.scope, found.regions) == (scope, regions)


@pytest.mark.parametrize(
    ("text", "scope", "regions"),
    [
        P("Headquarters: US-Chicago\nURL: https://loomworks.example\nWe're fully remote.",
          "anywhere", (), id="a headquarters line does not limit a remote post"),
        P("Headquarters: Remote - Lisbon\nHelp us build our sync engine.", None, (),
          id="a headquarters line does not make a post remote"),
        P("Headquarters: Berlin office\nHelp us build our sync engine.", None, (),
          id="a headquarters line does not make a post onsite"),
        P("Loomworks | Data Engineer\nLocation: Anywhere\nStack: dbt", "anywhere", (),
          id="anywhere on a location line is remote"),
        P("Sandcastle | Data Engineer\nLocation: Remote (UK only)", "region", ("GB",),
          id="a location line limits remote"),
    ],
)  # fmt: skip
def test_parse_remote_reads_headquarters_and_location_lines(
    text: str, scope: str | None, regions: tuple[str, ...]
) -> None:
    found = parse_remote(None, text, None)
    assert (found.scope, found.regions) == (scope, regions)


@pytest.mark.parametrize(
    ("text", "scope", "regions"),
    [
        P("Remote (UTC+3 ±2h)", "region", ("UTC+1..UTC+5",), id="an offset plus or minus hours"),
        P("Acme | REMOTE | INTERN\nWe are hiring a Mobile Engineer Intern in South Asia and "
          "South-East Asia. Reviews happen during PST hours.", "region",
          ("South Asia", "South-East Asia"), id="hiring a role in places limits remote to them"),
        P("Sundew | Remote\nWe look for candidates between the CET and EST timezones, in Europe "
          "or US/Canada.", "region", ("Europe", "US", "CA"),
          id="hours that go on to say where one lives are that place"),
        P("Acme | Remote (EST +/- 3 hours)", "region", ("UTC-8..UTC-1",),
          id="plus or minus written +/-"),
        P("Acme | Austin, TX\nPrefer Austin in-person, but open to remote folks in timezones "
          "adjacent to CST.", "region", ("UTC-6..UTC-5",), id="time zones adjacent to a zone"),
        P("Acme | DevOps freelancer\nMust be in Australia (AEST hours). 6 weeks.", "region",
          ("AU",), id="must be in a country, its zone in brackets only its hours"),
        P("Remote, US time-zone overlap required", "region", ("US",),
          id="a hyphened time-zone overlap names the US"),
        P("Remote (CET overlap)", "region", ("UTC-2..UTC+5",),
          id="an overlap with a zone reaches three hours either side"),
        P("Tamarack | Remote (anywhere, UTC-4 to UTC+1 overlap) | Contract", "region",
          ("UTC-4..UTC+1",), id="a window before overlap is one window, not widened"),
        P("Sundew | Remote EST / CET | Contract", "region", ("UTC-5..UTC-4", "UTC+1..UTC+2"),
          id="two zones are two windows, each with its summer time"),
        P("Acme | Remote (PT/ET hours)", "region", ("UTC-8..UTC-7", "UTC-5..UTC-4"),
          id="PT is Pacific time, not Portugal"),
        P("Acme | Hybrid (2 days remote, 3 days in Boston)", "hybrid", ("US",),
          id="days remote in a hybrid week are hybrid"),
        P("Acme | Data Engineer\nOur office is in Boston; we WFH on Fridays.", "hybrid", ("US",),
          id="working from home on a weekday is hybrid"),
        P("Ferrowbrook | ONSITE | Boise, ID\nThis is an in-person role, though we WFH on "
          "Fridays.", "hybrid", ("US",), id="an onsite header with a weekday at home is hybrid"),
        P("Kestrel Bio | Onsite | Leeds\nMondays are remote; the rest at the lab.", "hybrid",
          ("GB",), id="an onsite header with a home weekday named first is hybrid"),
        P("Acme | Onsite | Denver, CO\nEveryone works 1 day a week from home.", "hybrid",
          ("US",), id="an onsite header with a day a week from home is hybrid"),
        P("Acme | ONSITE | Austin, TX\nNo remote. We sell a hybrid cloud.", "onsite", ("US",),
          id="an onsite header with a hybrid product stays onsite"),
        P("Lumenridge | Forward Deployed Engineer | SJ | Hybrid\nLocation: San Jose, CA "
          "(Hybrid/Onsite).", "hybrid", ("US",), id="a hybrid header's place on a Location line"),
        P("Acme | Designer | ONSITE\nWe ship weekly.\nLocation: Porto, Portugal", "onsite",
          ("PT",), id="an onsite header's place on a later Location line"),
        P("Acme | Paris | ONSITE\nOur tools help remote teams ship.", "onsite", ("FR",),
          id="the header beats a passing word in the body"),
        P("[Hiring] Copywriter, must be available EST\nLanding pages, $1,500. US only.", "region",
          ("US",), id="a zone in a header is hours kept, not an office"),
        P("[Hiring] Blog writer - PST hours\n4 posts a month, $0.12/word.", "region",
          ("UTC-8..UTC-7",), id="a header's zone and no other place is that window"),
        P("Acme | Berlin | CET\nWe build tools.", "onsite", ("DE",),
          id="a city beside a zone in a header is still the office"),
    ],
)  # fmt: skip
def test_parse_remote_reads_time_zone_windows_and_weeks(
    text: str, scope: str | None, regions: tuple[str, ...]
) -> None:
    found = parse_remote(None, text, None)
    assert (found.scope, found.regions) == (scope, regions)


@pytest.mark.parametrize(
    ("location", "text", "regions"),
    [
        P(None, "Acme | FE Engineer | Remote( +-2 EU CET) | Full Time", ("UTC-1..UTC+4",),
          id="plus or minus before a zone, the bloc naming the zone"),
        P(None, "Acme | Python Developer\nMust be based in EU timezones (UTC-1 to UTC+3).",
          ("UTC-1..UTC+3",), id="a bloc's time zones and the window that bounds them"),
        P(None, "Acme | Remote (EU hours, UTC-1 to UTC+3)", ("UTC-1..UTC+3",),
          id="a bloc's hours and a window after them"),
        P(None, "Acme | iOS Engineer | Remote (Americas, UTC-8 to UTC-3) | Contract",
          ("Americas",), id="a bloc as a place beside a window is where one lives"),
        P(None, "Acme | iOS Engineer | Remote (US, UTC-8 to UTC-5) | Contract", ("US",),
          id="a country beside a window is where one lives"),
        P(None, "Acme | iOS Engineer | Remote (Europe, CET hours)", ("Europe",),
          id="a bloc beside a zone it does not bound is the bloc"),
        P(None, "Acme | Go Engineer | REMOTE, must overlap 9am-1pm US Eastern | Contract",
          ("UTC-8..UTC-1",), id="hours of a US zone overlapped are a window, not the US"),
        P(None, "Acme | Remote (US Pacific time)", ("UTC-8..UTC-7",),
          id="a US zone is its window"),
        P(None, "Acme | Platform Engineer | NYC or Remote (ET ±3h) | $170k", ("UTC-8..UTC-1",),
          id="ET plus or minus hours as EST's, summer time included"),
        P(None, "Acme | Full-stack Engineer | Remote, within ±3h of CET | Full-time",
          ("UTC-2..UTC+5",), id="within hours written h of a zone"),
        P("Remote - Germany, Austria, Switzerland", "Remote within the DACH region.",
          ("DE", "AT", "CH"), id="DACH in the text agrees with its countries in the field"),
        P("Remote - Germany, Austria, Switzerland", "", ("DE", "AT", "CH"),
          id="countries alone stay as written, not folded into their bloc"),
        P(None, "[Hiring] Customer support (Philippines), PHP 35,000/month\nFull-time, remote, "
          "night shift for US clients. Must be based in the Philippines.", ("PH",),
          id="the clients' country is not where one may live"),
        P(None, "Acme | Remote, serving EU customers | Full-time", (),
          id="customers' places limit no one"),
        P(None, "[Hiring] Virtual assistant, part-time, 250 PHP/hour\nLooking for a VA based "
          "in the Philippines for inbox and calendar management, 20 hours a week.", ("PH",),
          id="a virtual assistant is remote work, where the post says one lives"),
        P(None, "Acme | Remote\nWe are looking for a senior developer based in Poland.", ("PL",),
          id="whom a post looks for, based in a country"),
        P("Philippines", "Virtual Executive Assistant\nSupport a US-based CEO. Full-time.",
          ("PH",), id="a virtual role's country in the location is where one lives"),
    ],
)  # fmt: skip
def test_parse_remote_reads_hours_and_residence_beside_places(
    location: str | None, text: str, regions: tuple[str, ...]
) -> None:
    found = parse_remote(location, text, None)
    assert (found.scope, found.regions) == ("region" if regions else "anywhere", regions)


@pytest.mark.parametrize(
    ("text", "scope"),
    [
        P("[Hiring] Virtual assistant for a podcast, $8/hr\nInbox and scheduling.", "anywhere",
          id="a virtual assistant's post that names no place is remote anywhere"),
        P("Acme | Backend Engineer | NYC | Onsite\nWe build an AI virtual assistant for clinics.",
          "onsite", id="a virtual assistant the company builds is a product"),
        P("Acme | Backend Engineer | NYC\nOur virtual assistant app books appointments.",
          "onsite", id="a virtual assistant product beside an office"),
    ],
)  # fmt: skip
def test_a_virtual_role_is_remote_work(text: str, scope: str) -> None:
    assert parse_remote(None, text, None).scope == scope


def test_a_preferred_place_limits_nothing_and_is_noted() -> None:
    found = parse_remote(None, "Remote (UK preferred, other locations welcome)", None)
    assert (found.scope, found.regions, found.preferred) == ("anywhere", (), ("GB",))
    assert eligibility(found, GERMAN) == ("eligible", "remote with no region limit; prefers GB")


@pytest.mark.parametrize(
    "text",
    [
        P("Acme | Remote (Nordics or Baltics ideal but open to others)", id="ideal, open"),
        P("Acme | Retainer, remote, US time zones preferred but not required", id="not required"),
    ],
)
def test_a_preference_open_to_others_limits_nothing(text: str) -> None:
    found = parse_remote(None, text, None)
    assert (found.scope, found.regions) == ("anywhere", ())


@pytest.mark.parametrize(
    ("text", "regions", "soft"),
    [
        P("Lumen | REMOTE (US/EST Preferred) | Full-time", ("US",), None,
          id="a country and the hours wished of it"),
        P("Acme | Remote (UK/CET preferred)", ("GB",), None, id="the UK and CET wished"),
        P("Acme | Remote (US/Canada preferred)", ("US", "CA"), "a preference, not a limit",
          id="two countries preferred stay a preference"),
        P("Acme | Remote (EST/CST preferred)", ("UTC-5..UTC-4", "UTC-6..UTC-5"),
          "a preference, not a limit", id="two zones preferred stay a preference"),
    ],
)  # fmt: skip
def test_hours_wished_beside_a_country_wish_only_the_hours(
    text: str, regions: tuple[str, ...], soft: str | None
) -> None:
    found = parse_remote(None, text, None)
    assert (found.regions, found.soft) == (regions, soft)
    assert eligibility(found, Profile(locations=("DE",)))[0] == (
        "review" if soft else "not_eligible"
    )


def test_a_preferred_place_beside_a_limit_keeps_the_limit() -> None:
    found = parse_remote(None, "Remote (US only; East Coast preferred)", None)
    assert (found.scope, found.regions) == ("region", ("US",))


@pytest.mark.parametrize(
    ("location", "text", "regions", "conflict"),
    [
        P("Worldwide", "Candidates must be based in the US.", ("US",), False,
          id="an unlimited location and a limit in the text: the limit"),
        P("Europe", "Remote (Germany only)", ("DE",), False,
          id="a wider location and a narrower text: the narrower"),
        P("Germany", "Remote within Europe", ("DE",), False,
          id="a narrower location and a wider text: the narrower"),
        P("USA", "Remote (EU only)", ("US", "EU"), True,
          id="a location and a text that share nothing conflict"),
    ],
)  # fmt: skip
def test_a_stated_region_and_the_text_keep_the_most_restrictive(
    location: str, text: str, regions: tuple[str, ...], conflict: bool
) -> None:
    found = parse_remote(location, text, True)
    assert (found.scope, found.regions, found.doubt is not None) == ("region", regions, conflict)


def test_a_conflict_the_user_might_fit_needs_review() -> None:
    found = parse_remote("USA", "Remote (EU only)", True)
    verdict, reason = eligibility(found, GERMAN)
    assert verdict == "review"
    assert "different places" in reason
    assert eligibility(found, Profile(locations=("JP",)))[0] == "not_eligible"


def test_a_remote_location_naming_an_unknown_place_needs_review() -> None:
    found = parse_remote("Lowmoor,", "Fix our pipelines.", True)
    assert (found.scope, found.regions) == ("region", ())
    assert eligibility(found, GERMAN) == (
        "review",
        "remote limited to a place not recognised: Lowmoor",
    )


@pytest.mark.parametrize(
    ("location", "text", "expected"),
    [
        P("Lowmoor", "Plumbers wanted for our crew: vans and tools provided.",
          RemoteScope("onsite", (), "parsed", "Lowmoor"),
          id="a town the posting never calls remote is where the work is"),
        P("Springfield, IL", "Keep the plant's machines running.",
          RemoteScope("onsite", ("US",), "parsed", "Springfield, IL", states=("US-IL",)),
          id="a known city likewise"),
        P("Lowmoor", "Hybrid schedule: two days a week at the depot.",
          RemoteScope("hybrid", (), "parsed", "Lowmoor"),
          id="a town with a hybrid week is hybrid there"),
        P("Lowmoor", "Fully remote; the team meets in Lowmoor twice a year.",
          RemoteScope("region", (), "stated", "Lowmoor"),
          id="a posting that says remote keeps the board's flag"),
        P("Europe", "Build our pipelines.", RemoteScope("region", ("Europe",), "stated", "Europe"),
          id="a bloc is where a remote worker lives, not a town"),
        P("USA", "Build our pipelines.", RemoteScope("region", ("US",), "stated", "USA"),
          id="so is a country"),
        P("Africa", "Build our pipelines.",
          RemoteScope("region", ("Africa",), "stated", "Africa"),
          id="and Africa, the Middle East or Oceania"),
        P(None, "Build our pipelines.", RemoteScope("anywhere", (), "stated", None),
          id="no location keeps the board's remote anywhere"),
        P("Remote (Anywhere except US & Canada)", "Full-time.",
          RemoteScope("anywhere", (), "stated", "Remote (Anywhere except US & Canada)",
                      excluded=("US", "CA")),
          id="a location's exception excludes its places and limits nothing"),
        P("Remote - Europe (CET ± 2 hours)", "Full time.",
          RemoteScope("region", ("Europe",), "stated", "Remote - Europe (CET ± 2 hours)"),
          id="a location's window beside its bloc is only hours"),
        P("Remote - EU timezones (UTC-1 to UTC+3)", "Full time.",
          RemoteScope("region", ("UTC-1..UTC+3",), "stated",
                      "Remote - EU timezones (UTC-1 to UTC+3)"),
          id="a location's bloc named as a clock, beside the window bounding it, is the window"),
        P("Remote - LATAM", "Contractor. Must overlap with US Central time.",
          RemoteScope("region", ("LATAM",), "stated",
                      "Remote - LATAM; overlap with US Central time"),
          id="a location's bloc and the text's hours: the bloc"),
        P("Hybrid - Amsterdam, Netherlands", "Full-time. 3 days a week in our office.",
          RemoteScope("hybrid", ("NL",), "parsed", "Hybrid - Amsterdam, Netherlands",
                      cities=("amsterdam",)),
          id="a location that says hybrid beats the board's flag"),
    ],
)  # fmt: skip
def test_a_remote_board_s_flag_yields_to_a_town_the_posting_never_calls_remote(
    location: str | None, text: str, expected: RemoteScope
) -> None:
    assert parse_remote(location, text, True, board_remote=True) == expected


@pytest.mark.parametrize(
    ("text", "regions", "excluded", "home", "verdict"),
    [
        P("Acme | Engineer | REMOTE (EU/Asia/Americas -- no US) | €60k", ("EU", "APAC", "Americas"),
          ("US",), "US", "not_eligible", id="a bloc but one of its countries"),
        P("Acme | Engineer | REMOTE (EU/Asia/Americas -- no US) | €60k", ("EU", "APAC", "Americas"),
          ("US",), "CA", "eligible", id="the rest of the bloc stays open"),
        P("Acme | Remote (worldwide, except the UK and Ireland)", (), ("GB", "IE"), "IE",
          "not_eligible", id="anywhere but two countries"),
        P("Acme | Remote (US only, no relocation)", ("US",), (), "US", "eligible",
          id="a lower-case word after no excludes nothing"),
    ],
)  # fmt: skip
def test_a_remote_not_open_to_a_place_excludes_it(
    text: str, regions: tuple[str, ...], excluded: tuple[str, ...], home: str, verdict: str
) -> None:
    found = parse_remote(None, text, None)
    assert (found.regions, found.excluded) == (regions, excluded)
    assert eligibility(found, Profile(locations=(home,)))[0] == verdict


@pytest.mark.parametrize(
    ("location", "text", "states", "excluded"),
    [
        P(None, "Acme | UI Engineer | Remote (US)\nWe are able to hire in AZ, CO and WA.",
          ("US-AZ", "US-CO", "US-WA"), (), id="states one can be hired in"),
        P("Remote (USA, excluding CA and NJ)", "React.", (), ("US-CA", "US-NJ"),
          id="CA after the US is California, not Canada"),
        P(None, "Remote (US only)\nApplicants must live in Ohio, Utah or Oregon.",
          ("US-OH", "US-UT", "US-OR"), (), id="states by name"),
        P("Remote (US, except MA, VT and CT)", "", (), ("US-MA", "US-VT", "US-CT"),
          id="CT among states is Connecticut, not Central time"),
        P(None, "Remote (US)\nThis role is not open to people living in Oregon or Maine.", (),
          ("US-OR", "US-ME"), id="states a longer phrase bars"),
        P(None, "Remote in the US. Our office is in Austin, TX.", (), (),
          id="an office's state limits nothing"),
        P("Remote - Texas residents only", "", ("US-TX",), (), id="one state's residents"),
        P(None, "Remote (US). You must live in Arizona.", ("US-AZ",), (),
          id="one state one must live in"),
        P(None, "Remote (US). We are a Connecticut-based nonprofit.", (), (),
          id="a company's home state limits nothing"),
    ],
)  # fmt: skip
def test_a_us_remote_job_open_in_some_states(
    location: str | None, text: str, states: tuple[str, ...], excluded: tuple[str, ...]
) -> None:
    found = parse_remote(location, text, None)
    assert (found.regions, found.states, found.excluded) == (("US",), states, excluded)


@pytest.mark.parametrize(
    ("locations", "verdict"),
    [
        P(("US",), "review", id="a profile naming no state cannot tell"),
        P(("Phoenix, Arizona",), "eligible", id="a state it is open in"),
        P(("US-NJ",), "not_eligible", id="a state it is not open in"),
    ],
)  # fmt: skip
def test_eligibility_of_a_job_open_in_some_states(locations: tuple[str, ...], verdict: str) -> None:
    some = parse_remote(None, "Acme | Remote (US)\nWe can only hire in AZ, CO and WA.", None)
    but = parse_remote("Remote (US, excluding NJ and NY)", "", None)
    assert eligibility(some, Profile(locations=locations))[0] == verdict
    assert eligibility(but, Profile(locations=locations))[0] == verdict
    assert "profile names no state" in eligibility(but, Profile(locations=("US",)))[1]


@pytest.mark.parametrize(
    ("text", "regions", "states"),
    [
        P("Lumen | Backend Engineer | REMOTE (UK/Europe/US East Coast) | Full-time",
          ("Europe", "US"), "east", id="a coast beside other places"),
        P("Acme | Data Engineer | Remote, US West Coast only", ("US",), "west",
          id="a west coast only"),
        P("Acme | Remote (US only; East Coast preferred)", ("US",), None,
          id="a coast preferred limits nothing"),
        P("Acme | Remote (US, preferably West Coast)", ("US",), None,
          id="a coast preferably limits nothing"),
    ],
)  # fmt: skip
def test_a_us_coast_limits_work_in_the_us_to_its_states(
    text: str, regions: tuple[str, ...], states: str | None
) -> None:
    found = parse_remote(None, text, None)
    assert found.regions == regions
    assert set(found.states) == ({f"US-{c}" for c in US_COASTS[states]} if states else set())


@pytest.mark.parametrize(
    ("locations", "verdict"),
    [
        P(("US", "Austin, Texas"), "not_eligible", id="Texas is on no coast"),
        P(("Brooklyn, NY",), "eligible", id="New York is on the east coast"),
        P(("US",), "review", id="a profile naming no state cannot tell"),
        P(("UK",), "eligible", id="a place outside the US keeps its own region"),
    ],
)  # fmt: skip
def test_eligibility_of_a_job_open_on_a_us_coast(locations: tuple[str, ...], verdict: str) -> None:
    found = parse_remote(None, "Lumen | Engineer | REMOTE (UK/Europe/US East Coast)", None)
    assert eligibility(found, Profile(locations=locations))[0] == verdict


def test_a_posting_s_own_remote_flag_holds_in_a_town() -> None:
    found = parse_remote("Lowmoor", "Plumbers wanted for our crew.", True)
    assert (found.scope, found.basis) == ("region", "stated")


@pytest.mark.parametrize(
    ("location", "text", "profile", "verdict"),
    [
        P("Remote - US: Select locations", "", Profile(locations=("US",)), "review",
          id="a region open only in some of its places is review from inside"),
        P(None, "Acme | Remote (US time zones)", GERMAN, "review",
          id="US working hours may be kept from Germany: review, not a no"),
        P(None, "Acme | Remote (US only)", GERMAN, "not_eligible",
          id="a residence limit stays a no"),
        P(None, "Acme | REMOTE (US-friendly) | Full-time", GERMAN, "review",
          id="a place's friendly hours are hours, not a residence"),
        P(None, "Acme | Remote (US-based preferred)", GERMAN, "review",
          id="a preference alone is a doubt, not a no"),
        P(None, "Acme | Remote, working hours UTC+8 to UTC+10", GERMAN, "not_eligible",
          id="a UTC window of hours more than half a day away is a no"),
        P(None, "Acme | Remote, working hours UTC+5 to UTC+9", Profile(locations=("UK",)),
          "not_eligible", id="a UTC window of hours the post bounds is a no from outside"),
        P(None, "Acme | Remote (CET ±3)", Profile(locations=("US",)), "not_eligible",
          id="a zone with hours either side bounds a window too"),
        P(None, "Acme | Remote, overlap with UTC+6", Profile(locations=("UK",)), "review",
          id="an overlap with a zone half a day away is a doubt"),
        P(None, "Acme | Remote (overlap with Portugal 10-6 GMT)", Profile(locations=("US",)),
          "not_eligible", id="an overlap with a working day by a zone's clock bounds it"),
        P(None, "Acme | Remote (overlap with 9am-5pm CET)", Profile(locations=("UK",)),
          "eligible", id="and holds the places its overlap reaches"),
        P(None, "Acme | Remote\nWe are a team across European timezones.",
          Profile(locations=("US",)), "review", id="a team's time zones are hours, a doubt"),
        P(None, "Acme | Remote (US time zones)", Profile(locations=("JP",)), "review",
          id="a country's hours far away stay a doubt: they are vaguer than a window"),
        P(None, "Acme | Remote, core hours CET", Profile(locations=("UK",)), "eligible",
          id="hours of a window one's place partly lies in can be kept"),
        P(None, "Acme | Engineer | Remote | UTC-7 to UTC-3", Profile(locations=("US",)),
          "eligible", id="a header cell of hours beside remote is hours too"),
        P(None, "Acme | Remote (Mountain time preferred, MT)", Profile(locations=("US",)),
          "eligible", id="a preference one partly meets is eligible"),
        P(None, "Acme | Remote (US-based preferred)", Profile(locations=("US",)), "eligible",
          id="a preference one meets is eligible"),
        P(None, "- SRE - US Remote (Austin or Denver preferred) - infra", GERMAN,
          "not_eligible", id="a country before remote limits it, whatever cities it prefers"),
        P(None, "Acme | REMOTE (in Canada, also in Europe but only for the support roles)",
          GERMAN, "review", id="a place open only to some roles is a doubt from inside it"),
        P(None, "Acme | REMOTE (in Canada, also in Europe but only for the support roles)",
          Profile(locations=("CA",)), "eligible", id="the place open to every role stays yes"),
    ],
)  # fmt: skip
def test_soft_limits_and_doubts_make_review(
    location: str | None, text: str, profile: Profile, verdict: str
) -> None:
    assert eligibility(parse_remote(location, text, True), profile)[0] == verdict


@pytest.mark.parametrize(
    ("location", "text", "scope", "regions"),
    [
        P(None, "Quillpad | Backend Engineer | Canada | Full-time | Hybrid/Remote", "region",
          ("CA",), id="a header cell of countries beside a bare remote one limits it"),
        P(None, "Quillpad | Backend Engineer | Paris, France | REMOTE | Full-time", "anywhere",
          (), id="a header cell with a city is an office"),
        P(None, "Quillpad | Remote | Engineer | EU, or Hybrid - Oslo", "region", ("EU",),
          id="a cell about hybrid work names its offices"),
        P(None, "Quillpad | Norway | Remote - prefer Norway, others welcome", "anywhere", (),
          id="a remote cell that says more speaks for itself"),
        P(None, "Tallow | Remote (US) | Full-time\nWe mostly work ET hours.", "region", ("US",),
          id="where one lives beats the hours one keeps there"),
        P(None, "Tallow | Remote (Europe ±2h CET)", "region", ("Europe",),
          id="a bloc with a window is the bloc"),
        P(None, "Tallow | Remote (US/Canada, LatAm OK)", "region", ("Americas",),
          id="places that together are a bloc are the bloc"),
        P(None, "Tallow | Remote (Central/Eastern Europe)", "region",
          ("Central/Eastern Europe",), id="central and eastern europe is a bloc"),
        P(None, "Tallow | Remote (US/Global)\nPM (Remote US)\nEngineer (Remote, Global)",
          "anywhere", (), id="one role offered anywhere leaves the post unlimited"),
        P(None, "Tallow | Remote-first: work from anywhere\nHiring in the US only.", "region",
          ("US",), id="a perk of working from anywhere is no offer to anyone"),
        P(None, "Tallow | REMOTE\nWe are hiring in the US right now.", "region", ("US",),
          id="hiring in a country limits a remote post"),
        P(None, "Tallow | REMOTE (Some crossover w/ PST) | Salary range for US-based staff",
          "region", ("UTC-11..UTC-4",), id="whom a salary range is for is no limit"),
        P(None, "Tallow | REMOTE\nWe run on EU-only cloud providers.", "anywhere", (),
          id="an EU-only cloud is no limit on people"),
        P(None, "Tallow | Remote (UTC+10)\nIdeally within +- 3 hours of UTC+10.", "region",
          ("UTC+7..UTC+13",), id="within plus or minus hours of a zone"),
        P(None, "Tallow | Vienna\nWe do hybrid, but remote is also possible within Austria.",
          "region", ("AT",), id="remote possible within a country"),
        P(None, "Tallow | REMOTE\nWe are NL or UK-based (hybrid), remote within the EU.",
          "region", ("EU",), id="places based in hybrid offices are no remote limit"),
        P("Mumbai, India; Remote, Canada; Remote, Spain", "", "region", ("CA", "ES"),
          id="of a location list only the remote entries limit it"),
        P("Remote: Americas, Europe, Asia, Africa, Oceania", "", "anywhere", (),
          id="every continent is anywhere"),
        P(None, "Tallow | Fully Remote DE/UK/CH/SI/BE | Full-time", "region",
          ("DE", "GB", "CH", "SI", "BE"), id="a list of codes reads codes that are words"),
        P(None, "Tallow | REMOTE (in Canada, also in Europe but only for the sales and "
          "solutions engineer positions we list below)", "region", ("CA", "Europe"),
          id="a long parenthesis is read"),
        P(None, "Tallow | Remote (US and Canada only)", "region", ("US", "CA"),
          id="two countries before only"),
        P(None, "Tallow | Backend Engineer | Remove UK/Ireland | Contract", "region",
          ("GB", "IE"), id="a header cell's remove is remote"),
        P(None, "Tallow | Engineer\nPlease remove US spam filters from your mail.", None, (),
          id="remove in prose is a verb"),
        P(None, "Tallow | Fully remote\nWe can only hire in the following states ONLY: Ohio, "
          "Texas, Utah.", "region", ("US",), id="a list of states is the US"),
        P(None, "Tallow | Remote-first | Full-time\nOpen roles:\n- Data Engineer - Lisbon, "
          "Portugal | https://tallow.example/1\n- Data Engineer - Latvia (remote) | "
          "https://tallow.example/2", "region", ("PT", "LV"),
          id="each listed role's line names its own place"),
        P(None, "Tallow | Fully remote\n[1] Backend Engineer (Chile/Peru)\n[2] Designer (Japan)",
          "region", ("CL", "PE", "JP"), id="numbered roles each with its countries"),
        P(None, "Tallow | Remote\n- Backend Engineer (Rust)\n- 5 years as an engineer in France",
          "anywhere", (), id="one line naming a country is no list of placed roles"),
        P(None, "Tallow | Offices: Pune, Austin(US) , Remote | Full-time", "anywhere", (),
          id="a city's country before a remote entry of a list limits nothing"),
        P(None, "Tallow | Boston (HQ) | Flexible (Canada) Remote Work", "region", ("CA",),
          id="a country bracketed right before remote limits it"),
        P(None, "Tallow | Analyst | INTERNS, HYBRID/REMOTE, Graz, Austria | Full-time", "anywhere",
          (), id="the city after a remote paired with hybrid is the office's"),
        P(None, "Tallow | Analyst | Remote, Austria | Full-time", "region", ("AT",),
          id="a country after a remote alone limits it"),
        P(None, "Tallow | Remote\nYou must sit in a zone no further west than CET, please.",
          "region", ("UTC+1..UTC+14",), id="a zone's west bound opens eastward"),
        P(None, "Tallow | Remote\nWork from a place no farther east than PST.", "region",
          ("UTC-12..UTC-7",), id="a zone's east bound opens westward"),
        P(None, "Tallow | REMOTE (overlap with Portugal 10-6 GMT)", "region",
          ("UTC-3..UTC+3",), id="hours in a window, not the country they are kept in"),
        P(None, "Tallow | Engineers | Remote + 3 days/month onsite Paris | €70-100k", "region",
          ("Europe",), id="days a month at an office keep one on its continent"),
        P(None, "Tallow | Remote\nWe meet up one day a month in the Lisbon office.", "region",
          ("Europe",), id="days a month in words, at the office a city names"),
        P(None, "Tallow | Remote\nExpect to be onsite twice a month at our Toronto office.",
          "region", ("North America",), id="twice a month at an office"),
        P(None, "Tallow | Remote, 2 days a month in-office in Austin, TX", "region",
          ("North America",), id="monthly office days in a US city"),
        P(None, "Tallow | Remote (US) | 1 day per month in person in NYC", "region", ("US",),
          id="a stated limit beats the continent of monthly visits"),
        P(None, "Tallow | Remote worldwide | 1 day per month in person in NYC", "anywhere",
          (), id="remote anywhere stays anywhere beside monthly visits"),
        P(None, "Tallow | Remote\nOur office is in Porto, but you may live anywhere in the EU.",
          "region", ("EU",), id="anywhere in a bloc is that bloc"),
        P(None, "Tallow | Remote\nWe hire anywhere within Canada.", "region", ("CA",),
          id="hiring anywhere within a country"),
        P(None, "Tallow | Remote\nYou can be based anywhere in the world.", "anywhere", (),
          id="anywhere in the world limits nothing"),
        P(None, "Tallow | Remote\nOur clients sit anywhere in the US.", "anywhere", (),
          id="clients anywhere in a country do not limit the work"),
    ],
)  # fmt: skip
def test_parse_remote_reads_where_remote_posts_limit_the_work(
    location: str | None, text: str, scope: str | None, regions: tuple[str, ...]
) -> None:
    found = parse_remote(location, text, None)
    assert (found.scope, found.regions) == (scope, regions)


@pytest.mark.parametrize(
    ("text", "scope", "regions"),
    [
        P("Tallow | Boston, MA | ONSITE (3 days Boston)", "hybrid", ("US",),
          id="onsite some days is hybrid"),
        P("Tallow | NYC | In-office 4 days | Full-time", "hybrid", ("US",),
          id="four office days are a hybrid week"),
        P("Tallow | Oslo | 3-days in office", "hybrid", ("NO",), id="days hyphened to office"),
        P("Tallow | Graz, Austria (ONSITE)\nHybrid setup: half the week at home.", "hybrid",
          ("AT",), id="a hybrid setup in the body makes an office hybrid"),
        P("Tallow | Reno, NV (hybird) | Full-time", "hybrid", ("US",), id="hybrid misspelt"),
        P("Tallow | Denver | Onsite\nWe want a designer hybrid who codes.", "onsite", ("US",),
          id="a person who is a hybrid is no hybrid week"),
        P("Tallow | Paris | ONSITE\nWe build hybrid cloud tooling.", "onsite", ("FR",),
          id="hybrid cloud is a product"),
        P("Tallow | Hybrid work in Lyon, France. Sponsorship / remote is not.", "hybrid", ("FR",),
          id="remote is not: the hybrid week stays"),
        P("Tallow | Onsite (2 days remote OK)", "hybrid", (), id="days remote are hybrid"),
        P("Tallow | Engineer\n\nLocation: Lyon, France (see the posting)", "onsite", ("FR",),
          id="a location line after an empty line"),
        P("Tallow | Engineer\nAll positions are in Porto, Portugal.", "onsite", ("PT",),
          id="where all positions are is where the work is"),
        P("Tallow | Lisbon, Portugal | ONSITE\nRemote positions are negotiable.", "anywhere",
          (), id="remote negotiable beside an office is remote on condition"),
        P("Tallow | Remote\nWe work remotely, although our base is in Perth, Australia.",
          "anywhere", (), id="a company's base is no limit"),
    ],
)  # fmt: skip
def test_parse_remote_reads_office_weeks(
    text: str, scope: str | None, regions: tuple[str, ...]
) -> None:
    found = parse_remote(None, text, None)
    assert (found.scope, found.regions) == (scope, regions)


@pytest.mark.parametrize(
    ("location", "text", "remote", "profile", "verdict"),
    [
        P(None, "Tallow | Lisbon | Onsite + remote for some roles", None, GERMAN, "review",
          id="remote for some roles is review"),
        P(None, "Tallow | Munich | ONSITE PREFERRED (Remote possible)", None, GERMAN, "review",
          id="remote possible beside an office preference is review"),
        P(None, "Tallow | Onsite in Austin + a few remote-friendly roles", None, GERMAN,
          "review", id="a few remote-friendly roles is review"),
        P(None, "Tallow | Infra Engineer | Oakland, CA | ONSITE/HYBRID Preferred, Remote "
          "Available | Full-time", None, GERMAN, "review",
          id="remote available beside an onsite or hybrid preference is review"),
        P(None, "Tallow | Oakland, CA | Onsite or hybrid preferred; remote is available", None,
          GERMAN, "review", id="onsite or hybrid preferred in words"),
        P(None, "Tallow | Ops Lead | Tampa, FL (ONSITE preferred, REMOTE US considered) | "
          "$90-120K", None, Profile(locations=("US",)), "review",
          id="remote within a country on condition is review from inside it too"),
        P(None, "Tallow | Rotterdam (hybrid) | Remote possible\nRemote: hybrid, but remote "
          "within the EU may apply in some cases.", None, GERMAN, "review",
          id="remote within a bloc on condition is review from inside it too"),
        P(None, "Tallow | Data Engineer | Freelance, 100% remote possible", None, GERMAN,
          "eligible", id="the whole week remote possible is no condition"),
        P("Remote, US", "Account Executive - Chicago", None, Profile(locations=("US",)),
          "review", id="a board's remote job named after a city is review"),
        P("Chicago, Remote; Denver", "Solutions Architect", None, Profile(locations=("US",)),
          "review", id="a remote entry beside a city is review"),
        P("Anywhere in the World", "Account Executive\nHeadquarters: Remote - Brazil", True,
          GERMAN, "not_eligible", id="a remote headquarters line names where the work is"),
    ],
)  # fmt: skip
def test_remote_on_condition_or_near_a_city_is_review(
    location: str | None, text: str, remote: bool | None, profile: Profile, verdict: str
) -> None:
    assert eligibility(parse_remote(location, text, remote), profile)[0] == verdict


@pytest.mark.parametrize(
    ("text", "verdict"),
    [
        P("Tallow | Backend Engineer (Remote), Designer (NYC onsite), PM (onsite)", "review",
          id="one role remote among onsite roles is review"),
        P("Tallow | Hiring\nRoles:\n* Data Engineer (remote, $120k)\n* Product Designer "
          "(hybrid, $100k)", "review", id="a list of roles with their own modes"),
        P("Tallow | Developer Advocate - Remote | Platform Engineer - onsite in Austin", "review",
          id="roles with their modes after dashes"),
        P("Tallow | tallow.example\nDeveloper Advocate - Remote friendly | Staff Engineer - "
          "San Francisco | Platform Engineer - San Francisco", "review",
          id="roles placed in a city beside a remote one are at an office"),
        P("Tallow | Hiring\n- Cloud Engineer (full-time, on-site)\n- DevRel (full-time, "
          "on-site or remote)", "review", id="devrel names a role as engineer does"),
        P("Tallow | Backend Engineer, Data Engineer | Austin onsite (Designer remote)", "review",
          id="a role named in the bracket is the remote one beside an office for the rest"),
        P("Tallow | Data Engineer | Remote (senior engineers, CET)", "eligible",
          id="a remote bracket naming a role beside no office is remote for all"),
        P("Tallow | Data Engineer (Remote) | Berlin", "eligible",
          id="a city beside a remote role, naming no role, is an office one may pick"),
        P("Tallow | Hiring\nGrowth Marketer (Remote, Worldwide)\nGrowth Marketer (Lisbon, "
          "Hybrid)\nProduct Manager (Remote)", "eligible",
          id="a role offered remote and hybrid is remote"),
        P("Tallow | Backend Engineer (Remote), Designer (Remote)", "eligible",
          id="every role remote is remote"),
        P("Tallow | Remote\nOur engineers are fully remote, and we meet in person twice a year.",
          "eligible", id="prose about meeting in person lists no roles"),
    ],
)  # fmt: skip
def test_remote_for_some_listed_roles_only_is_review(text: str, verdict: str) -> None:
    assert eligibility(parse_remote(None, text, None), GERMAN)[0] == verdict


@given(
    st.text(alphabet=" \tselectmostlisnatouric_ ", max_size=40),
    st.sampled_from(["", " locations", "  states.", "\ncountries", "_countries", " statesx"]),
)
def test_partly_open_is_read_as_its_phrase_would_match(text: str, tail: str) -> None:
    phrase = re.compile(
        r"\b(?:select(?:ed)?|certain|some|most|eligible|approved|listed)\s+"
        r"(?:locations|states|countries)\b"
    )
    assert _partly_open(text + tail) == bool(phrase.search((text + tail).lower()))


@pytest.mark.parametrize(
    ("text", "verdict"),
    [
        P("Tallow | Software Engineering | Remote (US Only) | tallow.example\nOur current "
          "openings are:\nSr. Software Engineer - Frontend - Boulder : https://jobs.example/1",
          "review", id="the one role listed is placed in a city under a remote header"),
        P("Tallow | Remote (US)\nHiring:\nSenior DevOps Engineer - Tulsa, OK: "
          "https://jobs.example/2\nData Engineer - Omaha, NE: https://jobs.example/3",
          "review", id="every listed role placed in a city"),
        P("Tallow | Remote (US)\nHiring:\nSenior DevOps Engineer - Tulsa, OK or remote\n"
          "Data Engineer - Omaha, NE", "eligible",
          id="a role listed remote leaves the header's remote standing"),
        P("Tallow | Remote (US)\nHiring:\n- Senior DevOps Engineer - https://jobs.example/2\n"
          "Our office in Tulsa, OK hosts a yearly meetup - optional.", "eligible",
          id="a role placed nowhere and prose naming a city"),
        P("Tallow | Boulder - Remote (US)\nWe build sensors.", "eligible",
          id="a header's own city is no listed role"),
    ],
)  # fmt: skip
def test_roles_listed_only_in_cities_under_a_remote_header_are_review(
    text: str, verdict: str
) -> None:
    assert eligibility(parse_remote(None, text, None), Profile(locations=("US",)))[0] == verdict


def test_a_country_entry_beside_remote_keeps_limiting_it() -> None:
    found = parse_remote("remote; USA", "Product Manager", None)
    assert (found.scope, found.regions) == ("region", ("US",))


@pytest.mark.parametrize(
    ("text", "scope"),
    [
        P("Staff engineer. 3 days in the office, otherwise remote.", "hybrid",
          id="office days, otherwise remote"),
        P("We're together in the office two days a week and remote the rest.", "hybrid",
          id="office days, remote the rest"),
        P("Four days a week in our Leeds studio, the rest of the week from home.", "hybrid",
          id="office days, the rest from home"),
        P("In the office Wednesdays and Thursdays, working remotely the other days.", "hybrid",
          id="office weekdays, remote the other days"),
        P("The office is open Monday to Thursday; Fridays are remote.", "hybrid",
          id="a weekday at home"),
        P("On-site for the first two weeks of onboarding, otherwise remote.", "anywhere",
          id="otherwise remote with no office days is remote"),
        P("Fully remote with a yearly offsite; travel paid.", "anywhere",
          id="occasional travel keeps remote"),
        P("Two office days a week (Mon/Wed), from home otherwise.", "hybrid",
          id="office days counted"),
        P("We keep 3 in-person days per week at the studio.", "hybrid",
          id="in-person days counted"),
        P("Remote; office days in Lisbon are optional.", "anywhere",
          id="office days not counted"),
    ],
)  # fmt: skip
def test_a_week_split_between_office_and_home_is_hybrid(text: str, scope: str) -> None:
    assert parse_remote(None, text, None).scope == scope


def test_anywhere_within_working_hours_is_limited_by_them() -> None:
    found = parse_remote(None, "Remote (anywhere, needs 3h overlap with CET)", None)
    assert (found.scope, found.regions, found.soft) == (
        "region", ("UTC-3..UTC+6",), "working hours one may keep from elsewhere"
    )  # fmt: skip
    assert parse_remote(None, "Remote (anywhere, any timezone)", None).scope == "anywhere"


def test_a_country_after_not_is_excluded_from_the_bloc_before_it() -> None:
    found = parse_remote("Remote - Europe (not Germany)", "Data Engineer", None)
    assert (found.regions, found.excluded) == (("Europe",), ("DE",))
    assert eligibility(found, GERMAN)[0] == "not_eligible"


@pytest.mark.parametrize(
    ("text", "regions"),
    [
        P("Our team is remote.\nOnce a month we meet in the Berlin office.", ("Europe",),
          id="we meet"),
        P("Our team is remote.\nWe make monthly visits to our Oslo office.", ("Europe",),
          id="monthly visits"),
        P("Our team is remote.\nOptional monthly meetups online.", (), id="no office"),
    ],
)  # fmt: skip
def test_monthly_office_visits_limit_to_the_continent(text: str, regions: tuple[str, ...]) -> None:
    assert parse_remote("Remote", text, True).regions == regions


def test_a_state_one_must_live_in_is_in_the_us() -> None:
    found = parse_remote("Remote", "Part-time. Must be licensed in and live in Florida.", True)
    assert (found.regions, found.states) == (("US",), ("US-FL",))


def test_states_and_provinces_bind_a_user_in_their_country() -> None:
    text = "Support Specialist\nWe can employ people in Texas, Florida and Ontario."
    found = parse_remote("Remote - US or Canada", text, True)
    assert (found.regions, found.states) == (("US", "CA"), ("US-TX", "US-FL", "CA-ON"))
    assert eligibility(found, Profile(locations=("Toronto, Canada",)))[0] == "eligible"
    assert eligibility(found, Profile(locations=("Calgary, AB",)))[0] == "not_eligible"
    assert eligibility(found, Profile(locations=("Canada",)))[0] == "review"
    assert eligibility(found, Profile(locations=("Austin, Texas",)))[0] == "eligible"
    assert eligibility(found, Profile(locations=("Denver, Colorado",)))[0] == "not_eligible"


@pytest.mark.parametrize(
    ("header", "regions"),
    [
        P("Acme AS | Utvikler | Remote i Norge | Fast", ("NO",), id="remote i Norge"),
        P("Acme ApS | Udvikler | Remote (Danmark) | Fuldtid", ("DK",), id="Remote (Danmark)"),
        P("Acme Oy | Kehittäjä | Etätyö Suomesta | Vakituinen", ("FI",), id="etätyö Suomesta"),
        P("Acme | Dev | Remote (pouze ČR) | HPP", ("CZ",), id="Remote (pouze ČR)"),
        P("Acme | Dev | Remote din România | Full-time", ("RO",), id="Remote din România"),
        P("Acme | Dev | Praca zdalnie z Polski | B2B", ("PL",), id="zdalnie z Polski"),
        P("Acme | Dev | Remoto en Chile o Colombia | Part-time", ("CL", "CO"), id="remoto en"),
        P("Acme | Dev | Remoto no Brasil, encontros em SP | PJ", ("BR",), id="remoto no Brasil"),
        P("Acme | Dev | Fernarbeit aus ganz Österreich | Vollzeit", ("AT",), id="Fernarbeit aus"),
        P("Acme | Dev | Thuiswerken vanuit Nederland | Vast", ("NL",), id="thuiswerken vanuit"),
        P("Acme | Dev | Full remote dall'Italia | Partita IVA", ("IT",), id="remote dall'Italia"),
        P("Acme | Dev | Remote inom Sverige | Heltid", ("SE",), id="remote inom Sverige"),
        P("Acme Oy | Kehittäjä | Etänä Suomesta | Vakituinen", ("FI",), id="etänä Suomesta"),
    ],
)
def test_a_country_in_its_own_language_limits_remote(header: str, regions: tuple) -> None:
    found = parse_remote(None, header, None)
    assert (found.scope, found.regions) == ("region", regions)


def test_a_short_foreign_word_after_remote_names_a_place_only_before_one() -> None:
    assert parse_remote(None, "Acme | Dev | Remote no US clients | Contract", None).regions == ()
    assert parse_remote(None, "Acme | Dev | Remote, no US | Contract", None).excluded == ("US",)


def test_provinces_in_a_list_of_states_are_canadas_and_ca_is_california() -> None:
    text = "Acme | Support | Remote (US or Canada: WA, OR, CA, BC, AB only) | Full-time"
    found = parse_remote(None, text, None)
    assert found.states == ("US-WA", "US-OR", "US-CA", "CA-BC", "CA-AB")
    assert eligibility(found, Profile(locations=("Vancouver, BC",)))[0] == "eligible"
    assert eligibility(found, Profile(locations=("Toronto, ON",)))[0] == "not_eligible"
    canada = parse_remote("Remote (Canada)", "Open to people residing in Ontario or Quebec.", True)
    assert (canada.regions, canada.states) == (("CA",), ("CA-ON", "CA-QC"))
    assert eligibility(canada, Profile(locations=("Amsterdam, NL",)))[0] == "not_eligible"


def test_ca_after_a_place_in_canada_is_canada_not_california() -> None:
    found = parse_remote("Toronto, CA", "Remote within Canada.", True)
    assert (found.regions, found.states) == (("CA",), ())
    assert parse_remote("San Francisco, CA", "Remote within the US.", True).regions == ("US",)
    toronto = Profile(locations=("Toronto, CA",))
    text = "Support Specialist\nOpen to people residing in Ontario or Quebec."
    provinces = parse_remote("Remote (Canada)", text, True)
    assert eligibility(provinces, toronto)[0] == "eligible"
    assert eligibility(provinces, Profile(locations=("Calgary, CA",)))[0] == "not_eligible"
    states = parse_remote("Remote (US)", "We can hire in California, Oregon and Texas.", True)
    assert eligibility(states, toronto)[0] == "not_eligible"


@pytest.mark.parametrize(
    ("header", "scope", "regions"),
    [
        P("Acme株式会社 | SRE | フルリモート（国内在住の方） | 正社員", "region", ("JP",), id="ja"),
        P("Acme | 개발자 | 재택근무 (국내 거주자) | 정규직", "region", ("KR",), id="ko"),
        P("Acme | 개발자 | 풀재택 (한국 거주자) | 계약직", "region", ("KR",), id="ko full"),
        P("Acme | デザイナー | リモート可 | 業務委託", "anywhere", (), id="ja remote allowed"),
        P("Acme | SRE | 東京・リモート併用（週2出社）", "hybrid", ("JP",), id="ja hybrid"),
    ],
)
def test_japanese_and_korean_remote_and_living_in_the_country(
    header: str, scope: str, regions: tuple
) -> None:
    found = parse_remote(None, header, None)
    assert (found.scope, found.regions) == (scope, regions)


def test_in_office_monday_to_friday_is_onsite_not_a_hybrid_week() -> None:
    text = "Office Manager\nMust be local to the Boise area, in office Monday to Friday."
    assert parse_remote("Boise, ID", text, None).scope == "onsite"
    assert parse_remote("Boise, ID", "In office Mondays, remote otherwise.", None).scope == "hybrid"


@pytest.mark.parametrize(
    ("location", "text", "regions"),
    [
        P(None, "Acme | Copywriter | Remote (US/UK native speakers preferred) | Contract", ()),
        P("Worldwide", "Tutor\nWe prefer native speakers from the US or UK.", ()),
        P("Remote", "Tutor\nMust be based in the US, native English speaker.", ("US",)),
        P("Worldwide", "Voice actor\nNative English speakers from the US or Canada preferred.", ()),
    ],
)
def test_native_speakers_of_places_name_a_language_not_where(
    location: str | None, text: str, regions: tuple
) -> None:
    found = parse_remote(location, text, None)
    assert (found.regions, found.preferred) == (regions, ())


@pytest.mark.parametrize(
    ("location", "text", "scope", "regions"),
    [
        P(None, "Poste en télétravail depuis la France uniquement.", "region", ("FR",),
          id="telework from a country is remote there"),
        P(None, "Mission en full télétravail, d'où vous voulez.", "anywhere", (),
          id="full telework is remote"),
        P("Lille", "Télétravail possible 2 jours par semaine.", "hybrid", ("FR",),
          id="telework some days is a hybrid week"),
        P("Lyon", "CDI, deux jours de télétravail par semaine.", "hybrid", ("FR",),
          id="telework days in words are a hybrid week"),
        P(None, "Architecte cloud - télétravail\nPoste 100 % télétravail, CDI.", "anywhere", (),
          id="a title's bare telework yields to the body's full telework"),
        P(None, "Chef de projet - télétravail\nHybride : 3 jours à Lyon, 2 jours en télétravail.",
          "hybrid", ("FR",), id="telework days 'en' télétravail are a hybrid week"),
        P(None, "Consultant SAP - télétravail\nCDI, démarrage en janvier.", "hybrid", (),
          id="a title's bare telework alone stays a hybrid week"),
        P(None, "Pas de télétravail, poste sur site.", "onsite", (),
          id="no telework is no remote"),
        P(None, "Possibilité de télétravail. Poste basé à Lyon.", "hybrid", ("FR",),
          id="telework possible is part of a week"),
        P(None, "Télétravail flexible, bureaux à Paris.", "hybrid", ("FR",),
          id="flexible telework is part of a week"),
        P(None, "Politique de télétravail avantageuse. Lille.", "hybrid", ("FR",),
          id="a telework policy is part of a week"),
        P(None, "Télétravail 2j/semaine. Paris.", "hybrid", ("FR",),
          id="telework days abbreviated"),
        P(None, "Télétravail depuis la France.", "region", ("FR",),
          id="telework from a country alone is remote there"),
        P(None, "Mission en télétravail complet.", "anywhere", (),
          id="complete telework is remote"),
    ],
)  # fmt: skip
def test_french_telework_is_remote_when_whole_else_part_of_a_week(
    location: str | None, text: str, scope: str, regions: tuple
) -> None:
    found = parse_remote(location, text, None)
    assert (found.scope, found.regions) == (scope, regions)


@pytest.mark.parametrize(
    ("location", "text", "regions"),
    [
        P(None, "Lavoro in remote dalla Spagna o dalla Germania.", ("ES", "DE"), id="italian"),
        P("Remoto (Paesi Bassi)", "", ("NL",), id="italian netherlands in a location"),
        P(None, "Trabajo remoto desde Suecia o Noruega.", ("SE", "NO"), id="spanish nordics"),
        P(None, "Full remote depuis l'Allemagne ou la Suède.", ("DE", "SE"), id="french"),
        P(None, "Praca zdalna tylko z Hiszpanii lub Portugalii.", ("ES", "PT"), id="polish"),
        P(None, "Vaga remota para quem mora na Espanha ou em Portugal.", ("ES", "PT"),
          id="portuguese who lives in"),
    ],
)  # fmt: skip
def test_countries_are_known_by_their_names_in_other_languages(
    location: str | None, text: str, regions: tuple
) -> None:
    found = parse_remote(location, text, None)
    assert (found.scope, set(found.regions)) == ("region", set(regions))


@pytest.mark.parametrize(
    ("text", "regions"),
    [
        P("Remote role. Austin, TX - must be local.", ("US",), id="must be local after a place"),
        P("Remote bookkeeper for a firm in Denver, Colorado. Locals only please.", ("US",),
          id="locals only after the sentence naming the place"),
        P("Remote. Denver, CO area, locals only.", ("US",), id="an area of a place"),
        P("Remote, locals only.", (), id="locals of no place named limit nothing"),
        P("Remote but locals only (Denver).", ("US",), id="locals only with the place after"),
        P("Locals only: Austin, TX. Remote quoting.", ("US",), id="locals only, a colon, a place"),
        P("Remote. Locals only in Melbourne please.", ("AU",), id="locals only in a place"),
        P("Remote. Locals only events happen in Berlin.", (), id="a place far after is no limit"),
        P("Remote, but you must be local to Chicagoland.", ("US",), id="a metro area's nickname"),
        P("Remote. We love local coffee shops.", (), id="local in passing"),
    ],
)  # fmt: skip
def test_a_call_for_locals_limits_to_the_place_before_it(text: str, regions: tuple) -> None:
    assert parse_remote(None, text, None).regions == regions


IN_AUSTIN = Profile(locations=("US", "Austin, Texas"))
DENVER_LOCAL = "Tallow | Bookkeeper | Remote\nWork is remote, but you must be local to Denver, CO."


@pytest.mark.parametrize(
    ("text", "profile", "verdict"),
    [
        P(DENVER_LOCAL, IN_AUSTIN, "not_eligible", id="locals of another town of one's country"),
        P(DENVER_LOCAL, Profile(locations=("US", "Denver, Colorado")), "eligible",
          id="a local of the town"),
        P(DENVER_LOCAL, Profile(locations=("US",)), "review", id="a town not named: a doubt"),
        P(DENVER_LOCAL, GERMAN, "not_eligible", id="outside the country"),
        P("Tallow | Developer | Minneapolis, MN (Greater Twin Cities Metro) | Local Candidates "
          "Only\nWhile work is remote, all applicants must be local to the Twin Cities MN "
          "Greater Metro area.", IN_AUSTIN, "not_eligible", id="a metro's nickname"),
        P("Tallow | Developer | Remote\nFully remote; we'd like people local to Lyon for meetups.",
          IN_AUSTIN, "eligible", id="a wish for locals limits nothing"),
    ],
)  # fmt: skip
def test_a_remote_job_for_locals_is_judged_by_the_user_s_town(
    text: str, profile: Profile, verdict: str
) -> None:
    scope = parse_remote(None, text, None)
    assert eligibility(scope, profile)[0] == verdict
    if verdict == "not_eligible" and profile is IN_AUSTIN:
        assert "only for locals of" in eligibility(scope, profile)[1]


@pytest.mark.parametrize(
    ("location", "text", "scope"),
    [
        P(None, "English tutor\nTeach online from home, flexible hours.", "anywhere",
          id="teaching online from home"),
        P(None, "Online ESL teacher\nTeach English online to kids.", "anywhere",
          id="an online teacher"),
        P(None, "Math tutor for online lessons\nHigh-school students.", "anywhere",
          id="a tutor for online lessons"),
        P("New York, NY", "Backend engineer\nWe are an online tutoring platform. Onsite in NYC.",
          "onsite", id="an online tutoring product is no remote work"),
        P("Chicago, IL", "In-home tutor\nWe tried online lessons; they did not work.", "onsite",
          id="online lessons in passing"),
    ],
)  # fmt: skip
def test_teaching_online_is_remote_work(location: str | None, text: str, scope: str) -> None:
    assert parse_remote(location, text, None).scope == scope


@pytest.mark.parametrize(
    ("locations", "location", "verdict"),
    [
        (("PT",), "Remote - Portugal", "eligible"),  # Portugal, not Pacific time
        (("Lisboa, PT",), "Remote - Portugal", "eligible"),
        (("PT",), "Remote (US only)", "not_eligible"),
        (("pt", "EU"), "Remote - Portugal", "eligible"),
        (("UK",), "Remote, United Kingdom", "eligible"),
        (("Lisboa, PT",), "Remote (US only)", "not_eligible"),
        (("San Francisco, CA",), "Remote, Canada", "not_eligible"),  # California's CA
        (("San Francisco, CA",), "Remote, US", "eligible"),
    ],
)
def test_a_profiles_two_letter_location_is_a_country(
    locations: tuple[str, ...], location: str, verdict: str
) -> None:
    scope = parse_remote(location, "Fully remote.", None)
    found, reason = eligibility(scope, Profile(locations=locations))
    assert found == verdict
    assert "UTC-8" not in reason


@pytest.mark.parametrize(
    ("location", "text", "verdict"),
    [
        ("Lisbon, Portugal (Hybrid)", "Hybrid, 2 days a week in our Lisbon office.", "eligible"),
        ("Lisboa, Portugal", "Designer em regime híbrido em Lisboa.", "eligible"),
        ("Berlin, Germany (Hybrid)", "Hybrid, 3 days on site in Berlin.", "not_eligible"),
        ("Remote, EU", "Fully remote within the EU.", "eligible"),
    ],
)
def test_an_office_is_reached_from_a_place_named_not_a_bloc(
    location: str, text: str, verdict: str
) -> None:
    profile = Profile(locations=("Lisbon", "EU"), remote_only=False)
    assert eligibility(parse_remote(location, text, None), profile)[0] == verdict


@pytest.mark.parametrize(
    ("location", "text", "verdict"),
    [
        ("Cape Town, South Africa (hybrid)", "Hybrid, 2 days in the office.", "not_eligible"),
        ("Westlands, Nairobi - hybrid", "Two days a week in the office.", "eligible"),
        ("Remote (Africa)", "Open to candidates across Africa.", "eligible"),
    ],
)
def test_a_bloc_in_a_country_s_name_brings_no_office_within_reach(
    location: str, text: str, verdict: str
) -> None:
    """ "Africa" listed beside Kenya is where one may work remotely: "South Africa" holds the
    word, yet a Cape Town office is no commute from Nairobi."""
    profile = Profile(locations=("Kenya", "Nairobi", "Africa", "EMEA", "UTC+3"), remote_only=False)
    assert eligibility(parse_remote(location, text, None), profile)[0] == verdict


AUSTINITE = Profile(locations=("US", "Austin, Texas"), remote_only=False)
NEW_YORKER = Profile(locations=("US", "New York"), remote_only=False)


@pytest.mark.parametrize(
    ("profile", "location", "text", "verdict"),
    [
        P(
            AUSTINITE,
            "Minneapolis, MN",
            "Local candidates only. Onsite five days.",
            "not_eligible",
            id="another town of the user's country",
        ),
        P(
            AUSTINITE,
            "New York, NY",
            "Hybrid, 3 days a week in the office.",
            "not_eligible",
            id="a hybrid week in another town",
        ),
        P(
            AUSTINITE,
            None,
            "Fernhill | React Developer | Hybrid (Austin, TX) | $140k",
            "eligible",
            id="the user's town in the header",
        ),
        P(
            AUSTINITE,
            None,
            "Fernhill | UI Engineer | Onsite: Minneapolis or Austin",
            "eligible",
            id="one of several towns is the user's",
        ),
        P(
            AUSTINITE,
            "Dallas, TX",
            "Onsite contractor, six months.",
            "not_eligible",
            id="another town of the user's state",
        ),
        P(
            AUSTINITE,
            "United States",
            "Hybrid: 3 days a week at one of our offices.",
            "review",
            id="the country alone: town unknown",
        ),
        P(
            AUSTINITE,
            "Texas",
            "Hybrid - two office days a week.",
            "review",
            id="the user's state alone: town unknown",
        ),
        P(
            AUSTINITE,
            "California",
            "Hybrid - two office days a week.",
            "not_eligible",
            id="another state",
        ),
        P(
            AUSTINITE,
            None,
            "Quillon | Firmware Engineer | Pine Hollow, CO | ONSITE",
            "not_eligible",
            id="a town the tables do not know, in another state",
        ),
        P(
            AUSTINITE,
            None,
            "Quillon | Firmware Engineer | Pine Hollow, TX | ONSITE",
            "review",
            id="a town the tables do not know, in the user's state",
        ),
        P(
            AUSTINITE,
            None,
            "Fernhill | Frontend | Seattle or Remote (US) | Full-time",
            "eligible",
            id="look-alike: remote in the country beside another town",
        ),
        P(
            NEW_YORKER,
            "Brooklyn, NY",
            "Hybrid, 2 days in our studio.",
            "eligible",
            id="a town of the user's metro",
        ),
        P(
            NEW_YORKER,
            None,
            "Fernhill | Backend | ONSITE | NYC",
            "eligible",
            id="the user's town by another name",
        ),
        P(NEW_YORKER, "Boston, MA", "Onsite engineer.", "not_eligible", id="another metro"),
        P(
            Profile(locations=("US",), remote_only=False),
            "Minneapolis, MN",
            "Onsite.",
            "eligible",
            id="a profile naming no town keeps its whole country",
        ),
        P(
            Profile(locations=("US", "Austin, TX"), remote_only=True),
            "Austin, TX",
            "Onsite.",
            "not_eligible",
            id="a remote-only profile takes no office",
        ),
        P(
            Profile(locations=("US", "Austin", "PT"), remote_only=False),
            "NYC / Porto",
            "Onsite.",
            "eligible",
            id="an office in a country the user named no town in",
        ),
    ],
)
def test_an_office_is_within_reach_of_the_town_the_user_names(
    profile: Profile, location: str | None, text: str, verdict: str
) -> None:
    found, reason = eligibility(parse_remote(location, text, None), profile)
    assert found == verdict, reason


@pytest.mark.parametrize(
    ("location", "places"),
    [
        P("Washington, DC", ((), ("washington dc",)), id="the capital is not Washington state"),
        P("Washington, D.C.", ((), ("washington dc",)), id="dotted"),
        P("Seattle, Washington", ((), ("seattle",)), id="a town in the state"),
        P("Olympia, Washington", (("US-WA",), ()), id="the state, a town the table lacks"),
    ],
)
def test_the_capital_is_not_washington_state(
    location: str, places: tuple[tuple[str, ...], tuple[str, ...]]
) -> None:
    scope = parse_remote(location, "Onsite.", None)
    assert (scope.states, scope.cities) == places


def test_an_office_in_the_capital_is_within_reach_of_a_user_there() -> None:
    user = Profile(locations=("Washington, DC",), remote_only=False)
    scope = parse_remote("Washington, D.C.", "Hybrid, three days a week.", None)
    assert eligibility(scope, user)[0] == "eligible"
    seattle = parse_remote("Seattle, Washington", "Onsite.", None)
    assert eligibility(seattle, user)[0] == "not_eligible"


def test_an_office_in_another_town_says_which_town_and_the_users() -> None:
    scope = parse_remote("Minneapolis, MN", "Local candidates only. Onsite.", None)
    assert eligibility(scope, AUSTINITE) == (
        "not_eligible",
        "office in Minneapolis; you named Austin",
    )


@pytest.mark.parametrize(
    ("text", "regions"),
    [
        P("Baobab | Android dev | Full-Time | ONSITE - Madagascar", ("MG",), id="country"),
        P("Cacao | iOS dev | Onsite | Abidjan, Ivory Coast", ("CI",), id="english name"),
        P("Cacao | iOS dev | Onsite | Abidjan, Côte d’Ivoire", ("CI",), id="own name"),
        P("Steppe | Mobile dev | Onsite | Almaty", ("KZ",), id="capital"),
        P("Surf Co | Flutter dev | Onsite | Geelong", ("AU",), id="hub"),
        P("Loom | Mobile dev | Onsite | Coimbatore, Tamil Nadu", ("IN",), id="indian state"),
        P("Coral | Android dev | Onsite | Bridgetown, Barbados", ("BB",), id="caribbean"),
    ],
)
def test_parse_remote_places_an_office_in_any_country(text: str, regions: tuple[str, ...]) -> None:
    assert parse_remote(None, text, None).regions == regions


@pytest.mark.parametrize(
    "text",
    [
        P("We build a nice app for runners | iOS dev | Onsite", id="nice"),
        P("Split the work between iOS and Android | onsite only", id="split"),
        P("Reading and writing Swift daily | mobile dev | onsite", id="reading"),
        P("Orange is our brand colour | Android dev | onsite", id="orange"),
        P("Jordan, our CTO, reads every application | onsite", id="a name"),
        P("Onsite. Our guinea pig app tests on real devices", id="guinea"),
    ],
)
def test_parse_remote_reads_no_place_in_words_that_name_towns(text: str) -> None:
    assert parse_remote(None, text, None).regions == ()


BERLIN_REMOTE = Profile(remote_only=True, locations=("EU", "DE"))


@pytest.mark.parametrize(
    ("text", "profile", "verdict", "preferred"),
    [
        P("Tide | Engineer | Lisbon, Portugal | ONSITE\nRemote negotiable.", LISBON, "eligible",
          ("PT",), id="the user's office"),
        P("Quay | Flutter | Lisbon | Onsite; remote possible", BERLIN_REMOTE, "review", ("PT",),
          id="remote-only elsewhere: a doubt"),
        P("Harbour | iOS | Berlin | ONSITE, remote considered", LISBON, "review", ("DE",),
          id="another office: remote on condition is a doubt"),
        P("Tide | Engineer | Lisbon | Remote possible for senior roles", LISBON, "review", (),
          id="no office before it"),
        P("Tide | Engineer | Porto, Portugal | ONSITE\nRemote negotiable.", LISBON, "review",
          ("PT",), id="another town of the user's country: a doubt"),
        P("Mesa | Frontend | Denver, CO | ONSITE\nRemote possible.",
          Profile(locations=("US",), remote_only=False), "eligible", ("US",),
          id="a profile naming no town keeps its whole country"),
    ],
)  # fmt: skip
def test_remote_on_condition_after_an_office_prefers_the_office(
    text: str, profile: Profile, verdict: str, preferred: tuple[str, ...]
) -> None:
    scope = parse_remote(None, text, None)
    assert (scope.scope, scope.preferred) == ("anywhere", preferred)
    assert eligibility(scope, profile)[0] == verdict


@pytest.mark.parametrize(
    ("text", "verdict"),
    [
        P("Remote (US/Canada/Central-Eastern Europe)", "not_eligible", id="a bloc without PT"),
        P("Remote: US, Canada or the Nordics", "not_eligible", id="nordics"),
        P("Remote (Italy only)", "review", id="one country of the user's bloc"),
        P("Remote: LATAM or EU time zones", "eligible", id="a bloc holding PT"),
    ],
)
def test_a_bloc_leaving_out_the_users_country_is_not_partly_theirs(text: str, verdict: str) -> None:
    assert eligibility(parse_remote(None, text, None), LISBON)[0] == verdict


def test_a_rare_countrys_code_in_a_list_of_roles_is_no_place() -> None:
    found = parse_remote(None, "Orbit | FE, FS, ML engineers | Luxembourg | ONSITE", None)
    assert found.regions == ("LU",)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "We're remote in spirit, but this role is onsite in our Denver, CO office.",
            ("onsite", ("US",)),
        ),
        (
            "Remote-first culture; this position requires you to be in our Leeds, UK office.",
            ("onsite", ("GB",)),
        ),
        (
            "A remote-friendly team, but you must work from our Hamburg, Germany office.",
            ("onsite", ("DE",)),
        ),
        # the company's remote beside a remote role, or an office one may use: remote
        ("Remote-first company. This role is remote within the EU.", ("region", ("EU",))),
        ("Remote-friendly team; our office in Cork, Ireland is yours to use.", ("anywhere", ())),
        ("Fully remote (US). This role is onsite a week a year in Austin.", ("region", ("US",))),
    ],
)  # fmt: skip
def test_remote_culture_yields_to_a_role_at_an_office(text: str, expected: tuple) -> None:
    scope = parse_remote(None, text, None)
    assert (scope.scope, scope.regions) == expected


@pytest.mark.parametrize(
    ("location", "text", "regions"),
    [
        ("Warangal", "Onsite at our Warangal branch. Call +91 98765 43210.", ("IN",)),
        ("Mardan", "On-site role in Mardan. WhatsApp +92-300-7654321.", ("PK",)),
        # a known place wins; "+1" dials three countries; two countries settle nothing
        ("Leeds, UK", "Onsite. Call +91 98765 43210.", ("GB",)),
        ("Smalltown", "Onsite. Call +1 555 010 0199.", ()),
        ("Smalltown", "Onsite. Call +91 98765 43210 or +44 20 7946 0000.", ()),
        ("Smalltown", "Onsite. C++ 17, score +5, price +49.99.", ()),
        # the Caribbean shares "+1" with the US and Canada: its area code places it
        ("Smalltown", "Onsite. Call 1-876-555-0142.", ("JM",)),
        ("Smalltown", "Onsite. WhatsApp 1 (868) 555 0101.", ("TT",)),
        ("Smalltown", "Onsite. Call +1 876 555 0142.", ("JM",)),
        ("Smalltown", "Onsite. Toll free 1-800-555-0199.", ()),
        ("Smalltown", "Onsite. Call 1-876-555-0142 or +1 415 555 0100.", ()),
        ("Smalltown", "Onsite. Order #876, ref 1876555014299.", ()),
    ],
)
def test_an_unknown_town_is_placed_by_its_phone_numbers(
    location: str, text: str, regions: tuple
) -> None:
    scope = parse_remote(location, text, None)
    assert (scope.scope, scope.regions) == ("onsite", regions)


def test_a_phone_number_does_not_limit_a_remote_job() -> None:
    scope = parse_remote(None, "Fully remote, worldwide. Call +91 98765 43210.", None)
    assert (scope.scope, scope.regions) == ("anywhere", ())


BENGALURU = Profile(locations=("India", "Bangalore", "UTC+5:30"), remote_only=True)


@pytest.mark.parametrize(
    ("profile", "location", "text", "verdict"),
    [
        P(BENGALURU, "Bengaluru (Remote)", "Part-time, remote.", "eligible", id="the user's town"),
        P(BENGALURU, "Remote - Bangalore", "Remote.", "eligible", id="the town by its other name"),
        P(
            Profile(locations=("India", "Pune")),
            "Bengaluru (Remote)",
            "Remote.",
            "review",
            id="another town in the user's country stays a doubt",
        ),
        P(
            Profile(locations=("IN",)),
            "Remote - Bangalore",
            "Remote.",
            "review",
            id="no town named",
        ),
        P(BENGALURU, "Seattle, WA (Remote)", "Remote.", "not_eligible", id="a town abroad"),
    ],
)
def test_a_remote_job_near_the_users_own_town_is_eligible(
    profile: Profile, location: str, text: str, verdict: str
) -> None:
    found, reason = eligibility(parse_remote(location, text, None), profile)
    assert found == verdict, reason
    if verdict == "eligible":
        assert reason.endswith("near Bangalore, one of your locations")


@pytest.mark.parametrize(
    ("location", "text", "regions"),
    [
        P(
            "Remote (US clients)",
            "Work from anywhere in India.",
            ("IN",),
            id="clients in the field",
        ),
        P("Remote (UK clients)", "Freelance.", (), id="only the clients' place"),
        P("Remote - EU customers", "Contract.", (), id="customers"),
        P("Remote (UK)", "Freelance.", ("GB",), id="a place alone still limits"),
        P("Remote (UK residents)", "Freelance.", ("GB",), id="residents are no clients"),
    ],
)
def test_the_place_of_the_clients_in_a_location_field_is_no_limit(
    location: str, text: str, regions: tuple[str, ...]
) -> None:
    assert parse_remote(location, text, None).regions == regions


@pytest.mark.parametrize(
    ("home", "location", "verdict"),
    [
        P(("US", "Austin, Texas"), "Round Rock, TX", "eligible", id="a suburb of the user's city"),
        P(("US", "Dallas"), "Round Rock, TX", "not_eligible", id="a suburb of another city"),
        P(("US", "Boston"), "Cambridge, MA", "eligible", id="a town of two countries, placed"),
        P(("US", "Boston"), "Cambridge", "review", id="a town of two countries, alone"),
        P(("FI", "Helsinki"), "Espoo, Finland", "eligible", id="a neighbouring city"),
        P(("NO", "Oslo"), "Sandnes, Norway", "not_eligible", id="another country's metro"),
        P(("US", "Washington, DC"), "Arlington, VA", "eligible", id="across a state line"),
        P(("GB", "London"), "London, Ontario", "not_eligible", id="a namesake town abroad"),
        P(("CA", "Toronto"), "London, ON", "not_eligible", id="a namesake town in one's country"),
        P(("GB", "London"), "Croydon, UK", "eligible", id="a borough of the user's city"),
        P(("AU", "Sydney"), "Croydon, UK", "not_eligible", id="the namesake's country"),
        P(("DE", "Berlin"), "Potsdam, Germany", "eligible", id="beside the user's city"),
        P(("US", "Dallas"), "Irving, Texas", "eligible", id="a surname town, with its state"),
    ],
)
def test_an_office_in_a_satellite_town_is_within_its_metros_reach(
    home: tuple[str, ...], location: str, verdict: str
) -> None:
    scope = parse_remote(location, "Hybrid engineer, 3 days a week on site", None)
    assert eligibility(scope, Profile(locations=home, remote_only=False))[0] == verdict


@pytest.mark.parametrize(
    ("text", "remote"),
    [
        P("Modalidad: Home office 100%. Tiempo completo.", True, id="home office 100% is remote"),
        P("Home Office 100 % desde México.", True, id="with a space before the sign"),
        P("Esquema híbrido, home office 2 días por semana.", False, id="two days is hybrid"),
        P("Homeoffice möglich, 2 Tage im Büro.", False, id="German: possible is a part"),
    ],
)
def test_home_office_for_the_whole_week_is_remote(text: str, remote: bool) -> None:
    assert (parse_remote(None, text, None).scope in ("remote", "region", "anywhere")) is remote


@pytest.mark.parametrize(
    "title",
    ["Executive Assistant (must work US EST hours)", "Virtual Assistant - US business hours",
     "Customer Support VA (US time zone)"],
)  # fmt: skip
def test_a_titles_hours_beside_a_remote_field_are_only_hours(title: str) -> None:
    scope = parse_remote("Remote", f"{title}\nInbox and calendar work.", None)
    manila = Profile(locations=("Philippines", "APAC", "UTC+8"))
    assert scope.soft or scope.regions[0].startswith("UTC")  # hours, not a country
    assert eligibility(scope, manila)[0] == "review"


def test_a_titles_place_beside_a_remote_field_still_limits_it() -> None:
    scope = parse_remote("Remote", "Executive Assistant (US)\nInbox and calendar work.", None)
    assert scope.regions == ("US",) and scope.soft is None


_LONDONER = Profile(locations=("GB", "London"), remote_only=False)
_TORONTONIAN = Profile(locations=("CA", "Toronto"), remote_only=False)
_SYDNEYSIDER = Profile(locations=("AU", "Sydney"), remote_only=False)


@pytest.mark.parametrize(
    ("profile", "location", "text", "verdict"),
    [
        P(_LONDONER, "Croydon", "Onsite depot supervisor.", "eligible", id="Croydon is London's"),
        P(
            _SYDNEYSIDER,
            "Croydon",
            "Onsite depot supervisor.",
            "not_eligible",
            id="Croydon alone is not Sydney's",
        ),
        P(
            _SYDNEYSIDER,
            "Croydon, NSW",
            "Onsite depot supervisor.",
            "eligible",
            id="Croydon with its state is",
        ),
        P(
            Profile(locations=("DE", "Berlin"), remote_only=False),
            "Potsdam",
            "Hybrid, 2 Tage pro Woche im Büro.",
            "eligible",
            id="Potsdam is Berlin's",
        ),
        P(_LONDONER, "Cheltenham", "Onsite analyst.", "not_eligible", id="a mid-size UK town"),
        P(
            _SYDNEYSIDER,
            "Ballarat",
            "Onsite civil engineer.",
            "not_eligible",
            id="a mid-size Australian town",
        ),
        P(
            _SYDNEYSIDER,
            "Parramatta",
            "Hybrid analyst, 2 days in office.",
            "eligible",
            id="a town of the user's metro",
        ),
        P(
            _LONDONER,
            "Reading, UK",
            "Hybrid developer, 3 days in office.",
            "not_eligible",
            id="a town that is a word, with its country",
        ),
        P(
            _LONDONER,
            "Perth Amboy, NJ",
            "Onsite warehouse associate.",
            "not_eligible",
            id="look-alike: Perth Amboy is no Perth",
        ),
        P(
            Profile(locations=("AU", "Perth"), remote_only=False),
            "Perth, Scotland",
            "Onsite support analyst.",
            "not_eligible",
            id="Perth, Scotland is no Perth, WA",
        ),
    ],
)
def test_towns_alone_and_mid_size_towns_are_placed(
    profile: Profile, location: str, text: str, verdict: str
) -> None:
    found, reason = eligibility(parse_remote(location, text, None), profile)
    assert found == verdict, reason


@pytest.mark.parametrize(
    ("text", "regions", "cities"),
    [
        P("Onsite QA analyst. Salary CAD 70,000.", ("CA",), ("hamilton, on",), id="by currency"),
        P(
            "Onsite. Hamilton, New Zealand. Pay NZ$70,000.",
            ("NZ",),
            ("hamilton, nz",),
            id="by country",
        ),
        P("Onsite steel plant electrician, Ontario.", ("CA",), ("hamilton, on",), id="by province"),
        P("Onsite QA analyst. Call +64 7 555 0100.", ("NZ",), ("hamilton, nz",), id="by phone"),
        P("Onsite QA analyst.", (), (), id="nothing says which: unplaced"),
        P("Onsite. Pay NZ$70,000 or CAD 60,000.", (), (), id="two say otherwise: unplaced"),
    ],
)
def test_a_town_of_several_countries_is_placed_by_its_post(
    text: str, regions: tuple[str, ...], cities: tuple[str, ...]
) -> None:
    scope = parse_remote("Hamilton", text, None)
    assert (scope.regions, scope.cities) == (regions, cities)


_MANILA_ANY = Profile(locations=("Philippines", "UTC+8"), hours="any")
_MANILA_DAY = Profile(locations=("Philippines", "UTC+8"))


@pytest.mark.parametrize(
    ("location", "text"),
    [
        ("Remote", "Support agent\nRemote, must be able to work US Eastern time zone hours."),
        (None, "Chat support - Remote\nCover PST business hours from home."),
        ("Remote", "Inbox manager\nNight shift (US hours) for a small law firm."),
        ("Remote", "Bookkeeper\nYou will overlap at least 4h with CET every day."),
        ("Remote", "Executive Assistant (must work US EST hours)\nCalendar and travel."),
    ],
)  # fmt: skip
def test_a_posts_hours_never_rule_out_a_user_who_keeps_any_hours(
    location: str | None, text: str
) -> None:
    scope = parse_remote(location, text, None)
    verdict, why = eligibility(scope, _MANILA_ANY)
    assert verdict == "eligible" and why.endswith("you keep any hours")
    assert eligibility(scope, _MANILA_DAY)[0] != "eligible"  # daytime: the hours still bind


def test_why_says_the_hours_asked_are_the_users_night() -> None:
    scope = parse_remote("Remote", "Assistant\nRemote, must work US Eastern time zone hours.", None)
    assert eligibility(scope, _MANILA_ANY)[1] == (
        "remote, works UTC-7..UTC-1 hours (your night); you keep any hours"
    )
    near = parse_remote("Remote", "Developer\nOverlap of 3 hours with UTC+8 required.", None)
    assert "(your night)" not in eligibility(near, _MANILA_ANY)[1]


@pytest.mark.parametrize(
    "text",
    [
        P("Remote, Australia only. Send your CV to Tom Hamilton.", id="a surname"),
        P("Remote, Australia only. Our old office was on Croydon Street.", id="a street"),
        P("Remote, Australia only. Hamilton Lane partners with us.", id="a company"),
    ],
)
def test_a_town_s_name_in_a_street_or_a_person_places_nothing(text: str) -> None:
    scope = parse_remote("Remote", text, None)
    assert (scope.regions, scope.cities) == (("AU",), ())


@pytest.mark.parametrize(
    ("location", "text", "verdict"),
    [
        P(
            "Kampala, Uganda or Remote (Africa)",
            "Work from Kampala or remotely anywhere in Africa.",
            "eligible",
            id="an office or remote in the region",
        ),
        P(
            "Remote (Africa) or Cape Town",
            "Remote in Africa or our Cape Town office.",
            "eligible",
            id="remote first, the office after",
        ),
        P(
            "Nairobi, Kenya (Remote)",
            "Remote role near our Nairobi office.",
            "review",
            id="look-alike: remote near a city stays review",
        ),
    ],
)
def test_an_office_offered_instead_of_remote_work_limits_nothing(
    location: str, text: str, verdict: str
) -> None:
    profile = Profile(locations=("GH", "Accra", "Africa"))
    found, reason = eligibility(parse_remote(location, text, None), profile)
    assert found == verdict, reason


@pytest.mark.parametrize(
    "text",
    ["Assistant\nMust be based in the US and work EST hours.",
     "Paralegal\nYou must live in the EU and work CET hours.",
     "Support\nMust be located in Germany and able to work CET hours.",
     "Assistant\nUS residents only. Eastern time zone."],
)  # fmt: skip
def test_where_one_must_live_still_limits_a_user_who_keeps_any_hours(text: str) -> None:
    scope = parse_remote("Remote", text, None)
    assert scope.soft is None  # a residence, its hours beside it
    assert eligibility(scope, _MANILA_ANY)[0] == "not_eligible"


@pytest.mark.parametrize(
    ("town", "metro"),
    [("Quezon City", "manila"), ("Makati City", "manila"), ("Las Piñas", "manila"),
     ("Lapu-Lapu", "cebu"), ("Bekasi", "jakarta"), ("Ikeja, Lagos", "lagos"),
     ("Gazipur", "dhaka"), ("Giza", "cairo"), ("Nasr City", "cairo")],
)  # fmt: skip
def test_a_metros_member_city_is_the_metro(town: str, metro: str) -> None:
    assert cities_in(town) == (metro,)


LYONNAISE = Profile(locations=("Lyon", "France"), remote_only=False)


@pytest.mark.parametrize(
    ("location", "text", "verdict"),
    [
        P("Paris, Île-de-France, France", "Présence sur site 5 jours sur 5.", "not_eligible",
          id="the country's name in another town's office is no commute"),
        P("Lyon, Auvergne-Rhône-Alpes, France (Hybride)", "Deux jours sur site.", "eligible",
          id="an office in the user's town, placed as LinkedIn places it"),
        P("France (À distance)", "Mission de 6 mois.", "eligible",
          id="LinkedIn's French for remote, within the user's country"),
        P("Bordeaux", "Poste à distance depuis toute la France.", "eligible",
          id="remote work written in French prose"),
        P("Paris", "Nos bureaux sont à distance de marche de la gare. Sur site.", "not_eligible",
          id="a walking distance is no remote work"),
        P("Nantes", "Mission 100% distanciel.", "eligible", id="distanciel is remote work"),
    ],
)  # fmt: skip
def test_a_town_and_its_country_keep_offices_to_the_town(
    location: str, text: str, verdict: str
) -> None:
    """ "Lyon" beside "France": remote work from France, offices in Lyon only, however the
    office's place names the country (an office placed by "France" alone is for review)."""
    assert eligibility(parse_remote(location, text, None), LYONNAISE)[0] == verdict


def test_a_country_alone_still_takes_any_office_in_it() -> None:
    only_france = Profile(locations=("France",), remote_only=False)
    assert eligibility(parse_remote("Paris, France", "Sur site.", None), only_france)[0] == (
        "eligible"
    )


_BERLIN_DAY = Profile(locations=("Germany", "UTC+1"))
_NEW_YORK_DAY = Profile(locations=("New York", "US"))


@pytest.mark.parametrize(
    ("text", "berlin", "new_york"),
    [P("Bookkeeper\nYou need to be available 9-5 EST, Monday to Friday.",
       "not_eligible", "eligible", id="9-5 EST"),
     P("Support lead\nSchedule: 8am-5pm CST, full-time.", "not_eligible", "eligible",
       id="8am-5pm CST"),
     P("Web developer\nThe team works 9am–6pm CET and expects the same.",
       "eligible", "not_eligible", id="9am–6pm CET"),
     P("Analyst\nCore hours 10:00-16:00 GMT for meetings.", "eligible", "not_eligible",
       id="core hours, GMT: kept from Berlin, not New York"),
     P("Assistant\nWork 9:00 AM to 5:00 PM (Pacific Time).", "not_eligible", "eligible",
       id="a zone in brackets after the day"),
     P("Paralegal\nThis role requires US Eastern time zone hours.", "not_eligible",
       "eligible", id="a US zone's hours without a clock")],
)  # fmt: skip
def test_a_working_day_by_a_zones_clock_is_an_hours_limit(
    text: str, berlin: str, new_york: str
) -> None:
    scope = parse_remote("Remote", text, True)
    assert scope.scope == "region"
    assert eligibility(scope, _BERLIN_DAY)[0] == berlin
    assert eligibility(scope, _NEW_YORK_DAY)[0] == new_york
    assert eligibility(scope, _MANILA_ANY)[0] == "eligible"
    assert eligibility(scope, Profile(locations=()))[0] == "review"


def test_why_names_the_working_day_asked() -> None:
    scope = parse_remote("Remote", "Bookkeeper\nMust be available 9-5 EST.", True)
    assert scope.regions == ("UTC-7..UTC-1",)  # where 9-5 EST falls in 7:00-20:00
    assert "works 9-5 EST (your night)" in eligibility(scope, _MANILA_ANY)[1]
    assert "works 9-5 EST" in eligibility(scope, _BERLIN_DAY)[1]


@pytest.mark.parametrize(
    "text",
    ["Office assistant\nOur office is open 9-5, but this role is fully remote.",
     "Support engineer\nWe offer support 24/7 to customers everywhere.",
     "Backend dev\nA 9-5 job? Not here. Work when you are at your best.",
     "Copy editor\nFlexible hours, we are in EST.",
     "Event designer\nThe summit runs 9-5 Dec; remote prep before.",
     "Receptionist\nMust be available 9-5 and answer e-mails quickly.",
     "Moderator\nWeekend shift 8am-4pm EST pays an extra $3/hr.",
     "Writer\nOur Austin studio is open 9am-5pm CST; write whenever suits you.",
     "Agent\nNight shift differential for 11pm-7am EST shifts.",
     "Marketer\nAsia Pacific hours for sync calls are optional.",
     "Agent\nOvertime 6pm-10pm EST is paid at 1.5x."],
)  # fmt: skip
def test_hours_that_bind_nobody_are_no_limit(text: str) -> None:
    scope = parse_remote("Remote", text, True)
    assert (scope.scope, scope.regions) == ("anywhere", ())
    assert eligibility(scope, _BERLIN_DAY)[0] == "eligible"


def test_pay_in_another_cell_leaves_the_day_a_limit() -> None:
    scope = parse_remote("Remote", "Closer\nRemote | 9-5 EST | $90k/yr", True)
    assert scope.regions == ("UTC-7..UTC-1",)
