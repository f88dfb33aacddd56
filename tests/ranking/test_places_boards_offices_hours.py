"""Places read from what a post leaves unsaid: a placeless "Remote" on a national board,
an office day a month, a bloc narrowed to where one must be based, an office preferred
to remote work, a place of two words before a limit's word, a town whose name is a
word, and hours named by a zone or a bloc."""

from __future__ import annotations

import pytest

from extractors._joburls import national_country
from tests.ranking.test_features import posting
from warehouse.ranking.eligibility import eligibility
from warehouse.ranking.features import understand
from warehouse.ranking.profile import Profile, RankingSettings
from warehouse.ranking.remote import parse_remote

TORONTO = ("Toronto, Canada",)
LONDON = ("London, UK",)
SINGAPORE = ("Singapore",)
BERLIN = ("Berlin, Germany",)
LAGOS = ("Lagos, Nigeria",)
USERS = (TORONTO, LONDON, SINGAPORE, BERLIN, LAGOS)


def _verdicts(location: str | None, text: str, flag: bool | None = None) -> str:
    """The verdicts of users in Toronto, London, Singapore, Berlin and Lagos: e, r, n."""
    scope = parse_remote(location, text, flag)
    short = {"eligible": "e", "review": "r", "not_eligible": "n"}
    return "".join(short[eligibility(scope, Profile(locations=mine))[0]] for mine in USERS)


@pytest.mark.parametrize(
    ("url", "country"),
    [("https://www.cv-library.co.uk/job/12345678/bookkeeper", "GB"),
     ("https://www.brightermonday.co.ug/listings/sales-executive-ab12cd", "UG"),
     ("https://www.myjobmag.co.za/job/123456/data-analyst", "ZA"),
     ("https://www.myjobmag.com/job/123456/data-analyst", "NG"),
     ("https://mx.computrabajo.com/ofertas-de-trabajo/oferta-de-trabajo-de-analista-"
      "0123456789ABCDEF0123456789ABCDEF", "MX"),
     ("https://www.jobs.ch/en/vacancies/detail/12345678-1234-1234-1234-123456789012", "CH"),
     ("https://www.pracuj.pl/praca/java-developer-warszawa,oferta,1003456789", "PL"),
     ("https://www.vagas.com.br/vagas/v2345678/analista-de-dados", "BR"),
     ("https://www.indeed.com/viewjob?jk=0a1b2c3d4e5f6a7b", "US"),
     ("https://www.workana.com/job/logo-design", None),
     ("https://weworkremotely.com/remote-jobs/acme-senior-engineer", None)],
)  # fmt: skip
def test_the_national_boards_the_code_knows_are_declared(url: str, country: str | None) -> None:
    assert national_country(url) == country


@pytest.mark.parametrize(
    ("url", "location", "text", "regions"),
    [("https://www.seek.com.au/job/81234567", "Remote",
      "Data Analyst\nWork from home, full-time contract.", ("AU",)),
     ("https://www.jobberman.com/listings/backend-developer-x7k2pq", "Remote",
      "Backend Developer\nThis is a fully remote role.", ("NG",)),
     ("https://www.stepstone.de/stellenangebote--Python-Entwickler-Acme--12345678-inline.html",
      "Homeoffice", "Python Entwickler (m/w/d)\n100% Homeoffice möglich.", ("DE",)),
     ("https://www.brightermonday.co.ke/listings/sales-executive-ab12cd", "Remote",
      "Sales Executive\nRemote role.", ("KE",)),
     # the post's own word beats the board's
     ("https://www.seek.com.au/job/81234568", "Remote",
      "Copywriter\nRemote - work from anywhere in the world.", ()),
     ("https://www.seek.com.au/job/81234569", "Remote", "Designer\nRemote within New Zealand.",
      ("NZ",))],
)  # fmt: skip
def test_a_placeless_remote_on_a_national_board_is_its_country(
    url: str, location: str, text: str, regions: tuple[str, ...]
) -> None:
    card = posting(source="inbox", url=url, title=text.split("\n")[0], location=location,
                   text=text.split("\n")[1])  # fmt: skip
    assert understand(card, Profile(), RankingSettings()).remote_regions == regions


@pytest.mark.parametrize(
    ("location", "text", "verdicts"),
    [(None, "Data Engineer\nFully remote, but you'll join us in the office once a month.",
      "rrrrr"),
     (None, "Acme | Backend Engineer | Remote, in-office one day a month | Full-time", "rrrrr"),
     (None, "Designer\nRemote, with a team day at our Toronto office once a month.", "ennnn"),
     ("Lagos, Nigeria", "Accountant\nRemote role; at the office once a month.", "nnnne"),
     # no office in the sentence: a monthly figure is no office day
     (None, "Writer\nFully remote. Two articles a month, paid per piece.", "eeeee")],
)  # fmt: skip
def test_an_office_day_a_month_binds_the_offices_country_or_asks(
    location: str | None, text: str, verdicts: str
) -> None:
    assert _verdicts(location, text) == verdicts


@pytest.mark.parametrize(
    ("text", "regions"),
    [("Risk Analyst\nRemote (APAC), must be based in Hong Kong.", ("HK",)),
     ("Customer Success Lead\nRemote within EMEA; you must be based in Nigeria.", ("NG",)),
     ("DevOps Engineer\nRemote (Europe) - must be located in Germany for payroll.", ("DE",)),
     # a wish, not a duty, narrows nothing
     ("DevOps Engineer\nRemote (Europe); based in Germany preferred.", ("Europe",))],
)  # fmt: skip
def test_a_bloc_is_narrowed_to_where_one_must_be_based(text: str, regions: tuple[str, ...]) -> None:
    assert parse_remote(None, text, None).regions == regions


@pytest.mark.parametrize(
    "text",
    ["Lumen | Senior Backend Engineer | NYC preferred, open to remote | Full-time",
     "Quill | Founding Engineer | San Francisco preferred, open to remote | Full-time"],
)  # fmt: skip
def test_an_office_preferred_and_remote_let_in_is_remote_with_a_preference(text: str) -> None:
    """A town of two words is as much an office preferred as "NYC"."""
    scope = parse_remote(None, text, None)
    assert (scope.scope, scope.preferred) == ("anywhere", ("US",))


@pytest.mark.parametrize(
    ("text", "regions"),
    [("Support Engineer\nRemote, New Zealand only.", ("NZ",)),
     ("Support Engineer\nRemote. US or New Zealand only.", ("US", "NZ")),
     ("Support Engineer\nRemote - South Africa based candidates only.", ("ZA",)),
     ("Support Engineer\nRemote. Canada, South Africa or New Zealand only.", ("CA", "ZA", "NZ"))],
)  # fmt: skip
def test_a_place_of_two_words_before_a_limits_word_is_read_whole(
    text: str, regions: tuple[str, ...]
) -> None:
    """ "South Africa based" is not Africa, "New Zealand only" not nowhere."""
    assert parse_remote(None, text, None).regions == regions


@pytest.mark.parametrize(
    ("location", "country"), [("Tema", "GH"), ("Tema, ", "GH"), ("Takoradi, ", "GH")]
)
def test_a_town_whose_name_is_a_word_is_read_in_a_location_field(
    location: str, country: str
) -> None:
    scope = parse_remote(location, "Logistics Coordinator\nCoordinate shipments.", False)
    assert (scope.scope, scope.regions) == ("onsite", (country,))


def test_a_word_that_names_a_town_is_no_place_in_a_text() -> None:
    scope = parse_remote(None, "Redactor\nTema: finanzas personales. Remoto.", None)
    assert scope.regions == ()


@pytest.mark.parametrize(
    ("text", "verdicts"),
    [("Support Engineer\nFully remote; must overlap with Eastern US business hours.", "ernrr"),
     ("Support Specialist\nRemote. Must work Pacific US business hours.", "ennnn"),
     ("Designer\nRemote - Americas time zones (UTC-3 to UTC-8).", "ennnn"),
     ("Data Engineer\nRemote (UK or EU timezone).", "reree"),
     ("Platform Engineer\nRemote. Work hours somewhere between CET and EST.", "eenee")],
)  # fmt: skip
def test_hours_named_by_a_zone_or_a_bloc(text: str, verdicts: str) -> None:
    assert _verdicts(None, text) == verdicts
