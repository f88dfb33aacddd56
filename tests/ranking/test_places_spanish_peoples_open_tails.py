"""Whom a post is open to: a country's people in the Spanish or Portuguese plural ("se
buscan colombianos y mexicanos"), and a list of them or of places left open at its end
("open to Americans, Canadians and everyone else"): no limit."""

import pytest
from pytest import param as P

from tests.ranking.test_places_ats_fields import verdicts_of
from tests.ranking.test_places_codes_peoples_headlines import USERS
from warehouse.ranking.remote import parse_remote


@pytest.mark.parametrize(
    ("text", "regions", "verdicts"),
    [P("Soporte\nSe buscan hondureños y salvadoreños, trabajo 100% remoto.", ("HN", "SV"),
       "nnnn", id="se buscan"),
     P("Analista\nPosición remota, abierto a colombianas y colombianos.", ("CO",), "ennn",
       id="abierto a, both genders"),
     P("Diseñador\nContratamos uruguayos, paraguayos o bolivianos.", ("UY", "PY", "BO"),
       "nnnn", id="contratamos, a list with o"),
     P("Desenvolvedor\nVaga aberta a brasileiros e mexicanos.", ("BR", "MX"), "nnne",
       id="Portuguese aberta a, e"),
     P("Soporte\nVacante solo para venezolanos y ecuatorianos.", ("VE", "EC"), "nnnn",
       id="solo para")],
)  # fmt: skip
def test_a_spanish_or_portuguese_plural_people_limits_whom_a_post_is_open_to(
    text: str, regions: tuple[str, ...], verdicts: str
) -> None:
    assert set(parse_remote("Remoto", text, None).regions) == set(regions)
    assert verdicts_of("Remoto", text, USERS) == verdicts


@pytest.mark.parametrize(
    "text",
    [P("Redactora\nEscribimos para mexicanos y peruanos que quieren invertir. Remoto global.",
       id="whom the writing serves"),
     P("Frontend\nOpen to Americans, Canadians and everyone else. Async team.",
       id="and everyone else"),
     P("Copywriter\nWe hire Brazilians, Mexicans and beyond.", id="and beyond"),
     P("Tester\nOpen to Canadians or anywhere in the world.", id="or anywhere in the world"),
     P("Engineer\nOpen to candidates in the US, Canada and beyond.", id="places and beyond"),
     P("Engineer\nOpen to EU citizens and everyone else.", id="citizens and everyone else"),
     P("Engineer\nOpen to UK citizens and others; we pay via Deel.", id="citizens and others"),
     P("Engineer\nUS citizens are welcome, as well as international applicants.",
       id="as well as international applicants"),
     P("Engineer\nOur app helps UK citizens and residents file their taxes.",
       id="citizens as the product's users"),
     P("Engineer\nOur users are EU citizens across 14 countries.", id="our users are")],
)  # fmt: skip
def test_peoples_in_prose_or_a_list_left_open_limit_nobody(text: str) -> None:
    assert parse_remote("Remote", text, None).scope == "anywhere"
    assert verdicts_of("Remote", text, USERS) == "eeee"


@pytest.mark.parametrize(
    ("text", "regions"),
    [P("Engineer\nOpen to Americans and anyone else with a US work permit.", ("US",),
       id="anyone else, with a condition"),
     P("Engineer\nOpen to Canadians and Americans; everyone else, please do not apply.",
       ("CA", "US"), id="everyone else barred"),
     P("Engineer\nMust be based in the US or Canada and everyone else will be rejected.",
       ("US", "CA"), id="everyone else rejected"),
     P("Engineer\nThis contract is for UK citizens only.", ("GB",), id="a contract for citizens")],
)  # fmt: skip
def test_a_tail_that_goes_on_keeps_the_limit(text: str, regions: tuple[str, ...]) -> None:
    assert set(parse_remote("Remote", text, None).regions) == set(regions)
