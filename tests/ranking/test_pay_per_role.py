"""Pay read for the reader: the matched role's where a post pays several roles, the
contract's the profile works under where it pays one range per contract, the profile's
currency where a post pays the same work in two side by side; and a trial before a
job is no length of the engagement."""

from __future__ import annotations

import pytest

from extractors._contract import Posting
from warehouse.ranking.engagement import parse_duration
from warehouse.ranking.features import understand
from warehouse.ranking.profile import Profile, RankingSettings
from warehouse.ranking.rates import parse_rate

P = pytest.param
FREELANCE = ("freelance", "contract", "part_time", "fractional")


def _rate(
    text: str, role: str, *, title: str = "Open roles", engagements: tuple[str, ...] = FREELANCE
) -> tuple[object, ...]:
    reader = Profile(skills=("python",), roles=(role,), engagements=engagements, locations=("US",))
    posting = Posting(
        source="check", source_id="1", url="https://example.com/1", title=title, text=text
    )
    found = understand(posting, reader, RankingSettings())
    return found.rate_min, found.rate_max, found.rate_period, found.currency


@pytest.mark.parametrize(
    ("text", "role", "rate"),
    [
        P(
            "Open roles:\n- Data Analyst: $85k-$115k\n- Staff Engineer: $205k-$245k\n"
            "- Product Designer: $125k-$150k\nRemote (US).",
            "staff engineer",
            (205_000, 245_000),
            id="a bulleted list, role then colon",
        ),
        P(
            "Roles:\n* Senior Data Engineer (Remote, US) - $150k-$175k\n"
            "* Product Manager (Denver) - $120k-$140k",
            "data engineer",
            (150_000, 175_000),
            id="a level before the role, its terms in a parenthesis",
        ),
        P(
            "Two openings:\nData Engineer | $140,000 - $165,000 | Remote\n"
            "Account Executive | $85,000 - $110,000 base | Chicago",
            "data engineer",
            (140_000, 165_000),
            id="a row of cells per role",
        ),
        P(
            "Pay bands: Data Engineer $130k-$160k; Designer $110k-$130k; Recruiter $80k-$95k.",
            "data engineer",
            (130_000, 160_000),
            id="a role right before its pay",
        ),
        P(
            "Pay: $155k-$185k for the Senior Data Engineer, $105k-$125k for the Data Analyst.",
            "data engineer",
            (155_000, 185_000),
            id="the role named after its pay",
        ),
        P(
            "Open roles:\n- Staff Engineer: $205k-$245k\n- Data Analyst: $85k-$115k",
            "marketing manager",
            (85_000, 245_000),
            id="no listed role is the reader's: the span",
        ),
        P(
            "Staff $200–250K, Senior $150–200K. Remote US.",
            "data engineer",
            (150_000, 250_000),
            id="levels, not roles: the span",
        ),
        P(
            "Senior Data Engineer: $160k-$190k base, $230k-$260k OTE. Remote (US).",
            "data engineer",
            (160_000, 260_000),
            id="one role's base and OTE: its span, as before",
        ),
    ],
)
def test_a_post_paying_several_roles_gives_the_readers_role(
    text: str, role: str, rate: tuple[float, float]
) -> None:
    assert _rate(text, role) == (*rate, "year", "USD")


TEAM_ROWS = (
    "Backend Engineer, Frontend Engineer | Remote (US) | Contract\n\n"
    "Backend Go, Postgres $95-115/hr\nFrontend React, D3 $80-90/hr\n"
)


@pytest.mark.parametrize(
    ("text", "role", "rate"),
    [
        P(TEAM_ROWS, "backend engineer", (95, 115), id="a table's row named by its team"),
        P(TEAM_ROWS, "frontend engineer", (80, 90), id="the other team's row"),
        P(
            "Data Engineer, Mobile Engineer | Remote (US)\n\nData: $100-120/hr\nMobile: $85-95/hr",
            "mobile engineer",
            (85, 95),
            id="team rows with a colon",
        ),
        P(
            "Backend Engineer, Frontend Engineer | Remote (US)\n\nRate: $80-90/hr\n"
            "Senior rate: $100-120/hr",
            "backend engineer",
            (80, 120),
            id="rows named by no team: the span, as before",
        ),
    ],
)
def test_a_table_row_named_by_its_team_pays_that_teams_role(
    text: str, role: str, rate: tuple[float, float]
) -> None:
    assert _rate(text, role) == (*rate, "hour", "USD")


HEADINGS = (
    "Two openings on the platform team.\n\n## Senior Platform Engineer\nRemote (US)\n"
    "You will run our Kubernetes fleet.\nCompensation: $185,000 - $215,000\n\n"
    "## Analytics Engineer\nRemote (US)\nYou will own the dbt project.\n"
    "Compensation: $135,000 - $150,000\n"
)


@pytest.mark.parametrize(
    ("role", "rate"),
    [
        P("analytics engineer", (135_000, 150_000), id="the second heading's"),
        P("platform engineer", (185_000, 215_000), id="the first heading's"),
        P("product designer", (135_000, 215_000), id="no heading is the reader's: the span"),
    ],
)
def test_a_roles_heading_owns_the_pay_lines_under_it(role: str, rate: tuple[float, float]) -> None:
    assert _rate(HEADINGS, role) == (*rate, "year", "USD")


LONG_SECTIONS = (
    "We have two openings.\n\n## Backend Engineer\nYou will own our billing service.\n"
    "- Write services in Go\n- Design the ledger's tables\n- Run Kafka consumers\n"
    "- Work with analysts\n- Review pull requests\n- Keep the on-call light\n"
    "- Mentor a junior developer\nSalary: €95,000 - €115,000\n\n"
    "## Support Engineer\nYou will answer our merchants.\nSalary: €55,000 - €65,000\n"
)


@pytest.mark.parametrize(
    ("role", "rate"),
    [
        P("backend engineer", (95_000, 115_000), id="its heading nine lines above"),
        P("support engineer", (55_000, 65_000), id="its heading right above"),
    ],
)
def test_a_roles_heading_owns_its_pay_however_long_its_section(
    role: str, rate: tuple[float, float]
) -> None:
    """A duty that ends in a person ("- Work with analysts") is no heading."""
    assert _rate(LONG_SECTIONS, role) == (*rate, "year", "EUR")


def test_one_heading_with_its_pay_is_the_posts_pay() -> None:
    text = "Senior Platform Engineer\n\nRemote (US)\nCompensation: $160k-$180k"
    assert _rate(text, "analytics engineer") == (160_000, 180_000, "year", "USD")


def test_a_header_listing_roles_with_their_pay_gives_the_readers() -> None:
    title = "Kestrel Bio | Frontend Developer ($135-160k), Data Scientist ($165-195k) | Remote US"
    assert _rate("Kestrel Bio builds lab software.", "frontend developer", title=title) == (
        135_000,
        160_000,
        "year",
        "USD",
    )


ADDED = (
    "Loamline | Senior Data Engineer | Remote (US) | Full-time | $165k-$185k\n\n"
    "We route freight for small farms.\n\nAlso hiring: Product Designer (contract, 4 months)"
)


@pytest.mark.parametrize(
    ("role", "rate"),
    [
        P("product designer", (None, None, None, None), id="the added role: none of it"),
        P("data engineer", (165_000, 185_000, "year", "USD"), id="the header's role: its pay"),
    ],
)
def test_a_header_pays_its_own_role_not_one_added_below(
    role: str, rate: tuple[object, ...]
) -> None:
    title = ADDED.split("\n", 1)[0]
    assert _rate(ADDED, role, title=title) == rate


def test_a_role_added_below_a_header_keeps_its_own_pay() -> None:
    text = ADDED.replace("(contract, 4 months)", "(contract, $70-85/hr)")
    title = text.split("\n", 1)[0]
    assert _rate(text, "product designer", title=title) == (70, 85, "hour", "USD")


@pytest.mark.parametrize(
    "added",
    [
        P("We also need a Product Designer on a 4-month contract.", id="also need"),
        P("Additionally hiring: Product Designer (contract, 4 months)", id="additionally hiring"),
        P("Also open: Product Designer, contract, 4 months", id="also open"),
        P("Plus: a contract Product Designer for 4 months.", id="plus"),
    ],
)
def test_each_way_of_adding_a_role_below_the_header_keeps_the_headers_pay_off_it(
    added: str,
) -> None:
    text = ADDED.replace("Also hiring: Product Designer (contract, 4 months)", added)
    title = text.split("\n", 1)[0]
    assert _rate(text, "product designer", title=title) == (None, None, None, None)
    assert _rate(text, "data engineer", title=title) == (165_000, 185_000, "year", "USD")


POLISH = "Wynagrodzenie: 23 000 - 29 000 PLN (B2B) / 18 000 - 23 000 PLN (UoP)\nPraca zdalna."
LABELLED = "B2B: 21 000 - 27 000 PLN netto + VAT\nUmowa o pracę: 17 000 - 21 000 PLN brutto"


@pytest.mark.parametrize(
    ("text", "engagements", "rate"),
    [
        P(POLISH, FREELANCE, (23_000, 29_000, "month", "PLN"), id="B2B for a contractor"),
        P(POLISH, ("full_time",), (18_000, 23_000, "month", "PLN"), id="UoP for an employee"),
        P(LABELLED, FREELANCE, (21_000, 27_000, "month", "PLN"), id="labelled B2B"),
        P(LABELLED, ("full_time",), (17_000, 21_000, "month", "PLN"), id="umowa o pracę"),
        P(
            "Stawka: 24 000 - 28 000 zł netto (B2B).",
            ("full_time",),
            (24_000, 28_000, "month", "PLN"),
            id="one contract only: an employee sees it too",
        ),
        P(
            "$62/hr W2 or $74/hr C2C. Remote.",
            ("full_time",),
            (62, 62, "hour", "USD"),
            id="W2 for an employee",
        ),
    ],
)
def test_pay_per_contract_is_the_one_the_profile_works_under(
    text: str, engagements: tuple[str, ...], rate: tuple[object, ...]
) -> None:
    found = parse_rate(text, contractor=bool(set(engagements) & set(FREELANCE[:2])))
    assert found is not None
    assert (found.min, found.max, found.period, found.currency) == rate
    assert _rate(text, "developer", engagements=engagements) == rate


def _paid_where(text: str, currency: str, locations: tuple[str, ...]) -> tuple[object, ...]:
    reader = Profile(skills=("python",), currency=currency, locations=locations)
    posting = Posting(source="check", source_id="1", url="https://example.com/1", text=text)
    found = understand(posting, reader, RankingSettings())
    return found.rate_min, found.rate_max, found.rate_period, found.currency


PROSE = "Our US engineers earn $150-180k; in Europe we pay €105-125k, with the same equity."
SENTENCES = (
    "Engineers in the US are paid $145k–$175k. Engineers based in the EU are paid "
    "€90k–€115k, by level."
)

# a paragraph's sentences between the two: more than 100 characters
FAR_APART = (
    "Engineers in our New York office earn $160k-$190k base. We are a small product team "
    "shipping a developer platform; we value written communication and ownership, and we "
    "meet twice a year. For colleagues in Berlin the range is €110k-€130k."
)


@pytest.mark.parametrize(
    ("text", "currency", "locations", "rate"),
    [
        P(
            PROSE,
            "GBP",
            ("London",),
            (105_000, 125_000, "year", "EUR"),
            id="the town's, no currency",
        ),
        P(
            PROSE,
            "USD",
            ("Lisbon",),
            (105_000, 125_000, "year", "EUR"),
            id="the town over the currency",
        ),
        P(PROSE, "USD", ("US",), (150_000, 180_000, "year", "USD"), id="the reader's country"),
        P(
            PROSE,
            "EUR",
            ("Brazil",),
            (105_000, 125_000, "year", "EUR"),
            id="no place: the currency",
        ),
        P(SENTENCES, "USD", ("Spain",), (90_000, 115_000, "year", "EUR"), id="a sentence apart"),
        P(FAR_APART, "USD", ("Berlin",), (110_000, 130_000, "year", "EUR"), id="sentences apart"),
        P(FAR_APART, "EUR", ("New York",), (160_000, 190_000, "year", "USD"), id="the first's"),
        P(
            FAR_APART.replace(". We", ".\nWe"),
            "USD",
            ("Berlin",),
            (160_000, 190_000, "year", "USD"),
            id="another line pays another role",
        ),
        P(
            "Salary: $160k–$190k for US-based hires, or CA$150k–CA$175k in Canada.",
            "USD",
            ("Toronto",),
            (150_000, 175_000, "year", "CAD"),
            id="the place after the amount",
        ),
        P(
            "US: $145-175k\n\nWe build invoicing tools in Python.\n\nEU: €110-130k",
            "USD",
            ("Germany",),
            (110_000, 130_000, "year", "EUR"),
            id="labelled, the town's",
        ),
    ],
)
def test_the_readers_place_picks_between_currencies(
    text: str, currency: str, locations: tuple[str, ...], rate: tuple[object, ...]
) -> None:
    assert _paid_where(text, currency, locations) == rate


def test_two_currencies_a_sentence_apart_without_places_are_two_rates() -> None:
    """Far apart and naming no place, they may pay two roles: the first stays."""
    text = "The lead role pays $150-180k. The second opening, a junior one, pays €70-85k."
    assert _paid_where(text, "EUR", ("Germany",)) == (150_000, 180_000, "year", "USD")


@pytest.mark.parametrize(
    ("text", "currency", "rate"),
    [
        P(
            "Compensation: $125k-$150k USD (US) or €95k-€112k EUR (EU), by location.",
            "EUR",
            (95_000, 112_000, "year", "EUR"),
            id="the profile's currency beside another",
        ),
        P(
            "Compensation: $125k-$150k USD (US) or €95k-€112k EUR (EU), by location.",
            "USD",
            (125_000, 150_000, "year", "USD"),
            id="the first, in the profile's currency",
        ),
        P(
            "We're hiring:\n* Founding Engineer | London | £65-115k + equity\n"
            "* Account Executive | New York | €150-170k OTE",
            "EUR",
            (65_000, 115_000, "year", "GBP"),
            id="another role's pay in the profile's currency is not the rate",
        ),
        P(
            "US: $145-175k\n\nWe build invoicing tools; the stack is Python and Postgres.\n\n"
            "EU: €110-130k",
            "EUR",
            (110_000, 130_000, "year", "EUR"),
            id="each under its label, paragraphs apart",
        ),
        P(
            "US: $145-175k\n\nWe build invoicing tools; the stack is Python and Postgres.\n\n"
            "EU: €110-130k",
            "USD",
            (145_000, 175_000, "year", "USD"),
            id="labelled, the first in the profile's currency",
        ),
        P(
            "Base pay\n- United States: $150,000 - $180,000\n- Canada: CA$160,000 - CA$190,000\n"
            "- United Kingdom: £85,000 - £105,000",
            "GBP",
            (85_000, 105_000, "year", "GBP"),
            id="a list of places",
        ),
    ],
)
def test_two_currencies_side_by_side_give_the_profiles(
    text: str, currency: str, rate: tuple[object, ...]
) -> None:
    found = parse_rate(text, currency=currency)
    assert found is not None
    assert (found.min, found.max, found.period, found.currency) == rate


CELLS = "US $150k-$170k / UK £80k-£95k / Germany €90k-€105k"


@pytest.mark.parametrize(
    ("field", "currency", "locations", "rate"),
    [
        P("salary_raw", "USD", ("GB",), (80_000, 95_000, "year", "GBP"), id="a salary field, GB"),
        P("salary_raw", "GBP", ("UK",), (80_000, 95_000, "year", "GBP"), id="a salary field, UK"),
        P("salary_raw", "USD", ("Munich",), (90_000, 105_000, "year", "EUR"), id="the EU cell"),
        P("salary_raw", "USD", ("US",), (150_000, 170_000, "year", "USD"), id="the US cell"),
        P("title", "GBP", ("London",), (80_000, 95_000, "year", "GBP"), id="a title's cells"),
    ],
)
def test_a_short_fields_cell_per_country_is_the_readers(
    field: str, currency: str, locations: tuple[str, ...], rate: tuple[object, ...]
) -> None:
    """A salary field or a title paying per country gives the reader's country's cell,
    as a text does."""
    reader = Profile(skills=("python",), currency=currency, locations=locations)
    fields = {"title": "Staff Engineer", "text": "We build billing tools.", field: CELLS}
    posting = Posting(source="check", source_id="1", url="https://example.com/1", **fields)
    found = understand(posting, reader, RankingSettings())
    assert (found.rate_min, found.rate_max, found.rate_period, found.currency) == rate


@pytest.mark.parametrize(
    ("text", "months"),
    [
        P("We start on a full-time trial contract basis for up to 3 months, then permanent.", None),
        P("Trial period: 3 months, after which you join the team.", None),
        P("A probationary period of 6 months applies. Permanent role.", None),
        P("Paid trial for up to 2 weeks, then a 12-month contract.", 12),
        P("6-month contract, starting with a 2-week paid trial.", 6),
        P("A 3-month contract (trial basis) with a view to extend.", 3),
    ],
)
def test_a_trial_before_a_job_is_no_length(text: str, months: int | None) -> None:
    found = parse_duration(text)
    assert (found.months if found else None) == months
