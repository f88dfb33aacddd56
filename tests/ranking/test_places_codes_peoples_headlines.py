"""Where a post lets one work from: a town beside its country's code that is a US
state's code too ("Cali, CO" is Colombia's), a country's people in the plural ("open to
Mexicans and Colombians"), a headline's places inside the bloc its body names, and every
ISO country code's display name."""

import re

import pytest
from pytest import param as P

from extractors._places import country_name
from tests.ranking.test_places_ats_fields import verdicts_of
from warehouse.ranking.regions import place_matches
from warehouse.ranking.remote import parse_remote

USERS = {
    "Bogotá": ("Bogotá", "Colombia"),
    "Berlin": ("Berlin", "Germany"),
    "Toronto": ("Toronto", "Canada"),
    "Mexico City": ("Mexico City", "Mexico"),
}
JOB = "Backend Engineer\nContract, 6 months."


def _verdicts(location: str | None, text: str) -> str:
    """The verdicts of the users above, in their order."""
    return verdicts_of(location, text, USERS)


@pytest.mark.parametrize(
    ("location", "regions"),
    [P("Cali, CO (Remote)", ("CO",), id="Cali, Colombia's code"),
     P("Cartagena, CO", ("CO",), id="Cartagena, Colombia's code"),
     P("Trujillo, PE - Remote", ("PE",), id="Peru's code, not Prince Edward Island's"),
     P("Potsdam, DE (Remote)", ("DE",), id="Germany's code, not Delaware's"),
     P("Boulder, CO (Remote)", ("US",), id="a town the table does not know: Colorado"),
     P("Denver, CO - Remote", ("US",), id="Denver, Colorado"),
     P("Richmond, CA (Remote)", ("US",), id="a town listed with the state's code keeps it")],
)  # fmt: skip
def test_a_town_beside_its_countrys_code_is_in_that_country(
    location: str, regions: tuple[str, ...]
) -> None:
    assert parse_remote(location, JOB, None).regions == regions


@pytest.mark.parametrize(
    ("location", "text", "regions", "verdicts"),
    [P("Remote (LATAM)", "Full Stack Developer\nOpen to Mexicans and Colombians. Paid in USD.",
       ("MX", "CO"), "enne", id="open to two peoples"),
     P("Remote", "Backend Developer\nWe hire Colombians and Peruvians only.", ("CO", "PE"),
       "ennn", id="peoples before only"),
     P("Remote", "Designer\nThis contract is open to Canadians and Americans.", ("CA", "US"),
       "nnen", id="open to, in prose")],
)  # fmt: skip
def test_a_countrys_people_in_the_plural_limit_whom_a_post_is_open_to(
    location: str, text: str, regions: tuple[str, ...], verdicts: str
) -> None:
    assert set(parse_remote(location, text, None).regions) == set(regions)
    assert _verdicts(location, text) == verdicts


@pytest.mark.parametrize(
    "text",
    [P("Data Engineer\nOur team: Mexicans, Colombians, Germans and Canadians, async.", id="a team"),
     P("QA Engineer\nOur app serves Mexicans and Colombians. Remote from anywhere.",
       id="whom the product serves"),
     P("Developer\nWe are open to feedback and hiring managers answer within a week.",
       id="open to and hiring before no people")],
)  # fmt: skip
def test_peoples_named_in_prose_limit_nobody(text: str) -> None:
    assert parse_remote("Remote", text, None).scope == "anywhere"
    assert _verdicts("Remote", text) == "eeee"


@pytest.mark.parametrize(
    ("location", "text", "regions", "verdicts"),
    [P(None, "Backend Engineer | REMOTE (US or Canada)\nWe are remote in North America.",
       ("US", "CA"), "nnen", id="a header cell inside the body's bloc"),
     P("Remote", "Backend Engineer - REMOTE (US or Canada)\nThe team works remote in North "
       "America.", ("US", "CA"), "nnen", id="a title inside the body's bloc"),
     P(None, "Backend Engineer | REMOTE (US)\nWe can hire in the US and the UK.", ("US", "GB"),
       "nnnn", id="a body naming a place outside the headline's keeps it"),
     P(None, "Acme | CTO | Remote (EU)\nYou should be based in Europe.", ("Europe",), "nenn",
       id="a headline's bloc is as loose as the body's")],
)  # fmt: skip
def test_a_headlines_places_inside_the_bodys_bloc_narrow_it(
    location: str | None, text: str, regions: tuple[str, ...], verdicts: str
) -> None:
    assert parse_remote(location, text, None).regions == regions
    assert _verdicts(location, text) == verdicts


# the countries the place table names only in their own script, as a reader places them
# ("Jordan" is a first name, read as no place)
_READ_IN_ITS_OWN_SCRIPT = {"JO"}
# every ISO 3166-1 alpha-2 code
ISO_CODES = """
AD AE AF AG AI AL AM AO AQ AR AS AT AU AW AX AZ BA BB BD BE BF BG BH BI BJ BL BM BN BO BQ
BR BS BT BV BW BY BZ CA CC CD CF CG CH CI CK CL CM CN CO CR CU CV CW CX CY CZ DE DJ DK DM
DO DZ EC EE EG EH ER ES ET FI FJ FK FM FO FR GA GB GD GE GF GG GH GI GL GM GN GP GQ GR GS
GT GU GW GY HK HM HN HR HT HU ID IE IL IM IN IO IQ IR IS IT JE JM JO JP KE KG KH KI KM KN
KP KR KW KY KZ LA LB LC LI LK LR LS LT LU LV LY MA MC MD ME MF MG MH MK ML MM MN MO MP MQ
MR MS MT MU MV MW MX MY MZ NA NC NE NF NG NI NL NO NP NR NU NZ OM PA PE PF PG PH PK PL PM
PN PR PS PT PW PY QA RE RO RS RU RW SA SB SC SD SE SG SH SI SJ SK SL SM SN SO SR SS ST SV
SX SY SZ TC TD TF TG TH TJ TK TL TM TN TO TR TT TV TW TZ UA UG UM US UY UZ VA VC VE VG VI
VN VU WF WS YE YT ZA ZM ZW
""".split()  # noqa: SIM905
# a word of a name: capitalised, but "and", "of", "the" and an elided article ("d'Ivoire")
_A_NAMES_WORD = re.compile(r"\(?[^\W\d_]+(?:['’-][^\W\d_]+)*\)?|and|of|the")


@pytest.mark.parametrize("code", ISO_CODES)
def test_every_iso_codes_display_name_is_english_as_written(code: str) -> None:
    name = country_name(code)
    words = name.split(" ")
    assert name != code
    if code in _READ_IN_ITS_OWN_SCRIPT:
        assert [m.group(0) for m in place_matches(name.lower())] == [name.lower()]
        return
    assert all(c < "\u0250" for c in name), "English letters"
    assert all(_A_NAMES_WORD.fullmatch(word) for word in words), name
    assert all(w.lstrip("(")[0].isupper() or w in ("and", "of", "the", "d'Ivoire") for w in words)


@pytest.mark.parametrize(
    ("code", "name"),
    [("CI", "Côte d'Ivoire"), ("JO", "الأردن"), ("TD", "Chad"), ("GE", "Georgia"),
     ("GW", "Guinea-Bissau"), ("RE", "Réunion"), ("US", "USA")],
)  # fmt: skip
def test_a_countrys_display_name(code: str, name: str) -> None:
    assert country_name(code) == name
