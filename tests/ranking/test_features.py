"""understand(): stated fields first, parsed text second, unknown stays None."""

from __future__ import annotations

from dataclasses import fields

import pytest

from extractors._contract import Posting
from warehouse.ranking.features import Features, understand
from warehouse.ranking.profile import Profile, RankingSettings

P = pytest.param
SETTINGS = RankingSettings()
PROFILE = Profile(
    skills=("Python", "Django", "PostgreSQL", "React", "Rust"),
    locations=("DE", "UTC+1"),
    min_hourly_rate=70.0,
    currency="USD",
)


def posting(**values: object) -> Posting:
    base: dict[str, object] = {"source": "test", "source_id": "1", "url": "https://x.test/1"}
    return Posting(**(base | values))  # type: ignore[arg-type]


HN_FREELANCER = posting(
    source="hackernews",
    text=(
        "SEEKING FREELANCER | Remote (US timezones) | Django + HTMX\n\n"
        "Small logistics firm needs ~60 hours of help adding CSV import and an audit log "
        "to an internal Django app. Budget: $6,000 fixed.\n\n"
        "Contact: ops (at) tidewater-freight.example"
    ),
)
REDDIT_HIRING = posting(
    source="reddit",
    title="[Hiring] Python developer for small ETL job - $1,200 fixed",
    kind="demand",
    text=(
        "We need a Python developer to build a small ETL job that pulls orders from a "
        "REST API into Postgres.\n\n**Budget:** $1,200 fixed\n**Timeline:** 3 weeks\n"
        "**Remote:** yes, US/EU overlap\n\nDM me with a link to similar work."
    ),
)
REDDIT_FOR_HIRE = posting(
    source="reddit",
    title="[For Hire] Full-stack developer (React/Node) available for contract work",
    kind="supply",
    text="Full-stack dev, 6 years React/Node. Portfolio: https://portfolio.example\nRate: $45/hr",
)
MASTODON = posting(
    source="mastodon",
    text=(
        "We're #hiring a part-time Rust contractor (remote, EU time zones) to help with "
        "our sync engine. 6-month contract, 20h/week, €80-100/h. Details: "
        "https://loomworks.example/jobs/rust #rustlang"
    ),
)
LEVER = posting(
    source="lever",
    title="Freelance Product Designer",
    text="Loomworks is looking for a contract designer.\nYou will own our onboarding flows.",
    location="Remote - US",
    remote=True,
    workplace_raw="remote",
    engagement="contract",
    engagement_raw="Contract",
    rate_min=70.0,
    rate_max=90.0,
    rate_period="hour",
    currency="USD",
    salary_raw="$70 - $90 per hour",
)
REMOTIVE = posting(
    source="remotive",
    title="Freelance Django Developer",
    text="Help us ship a Django + PostgreSQL backend. Full-time hours not required.",
    location="Worldwide",
    remote=True,
    engagement="freelance",
    engagement_raw="freelance",
    salary_raw="$60-$80/hour",
)
GERMAN = posting(
    source="mastodon",
    title="Freiberuflicher Python-Entwickler (m/w/d) gesucht",
    text=(
        "Wir suchen einen freiberuflichen Python-Entwickler für 6 Monate, 20 Std./Woche. "
        "Stundensatz: 85 €. Remote, Wohnsitz in Deutschland."
    ),
)
BENGALI = posting(
    source="mastodon",
    text="জরুরি ভিত্তিতে Django ডেভেলপার নিয়োগ। রিমোট (শুধুমাত্র বাংলাদেশ)। বেতন: ৳৮০০ ঘণ্টায়",
)


@pytest.mark.parametrize(
    ("item", "expected"),
    [
        P(
            HN_FREELANCER,
            {
                "kind": "demand",
                "kind_basis": "parsed",
                "kind_raw": "SEEKING FREELANCER",
                "rate_min": 6000.0,
                "rate_period": "fixed",
                "rate_basis": "parsed",
                "hourly_min": None,
                "rate_conversion": None,
                "rate_vs_floor": None,
                "remote_scope": "region",
                "remote_regions": ("US",),
                "eligibility": "review",  # US working hours, kept from afar at a cost
                "skills_in_title": (),
                "skills_matched": ("Django",),
            },
            id="an HN seeking freelancer post with a fixed budget and US time zones",
        ),
        P(
            REDDIT_HIRING,
            {
                "kind": "demand",
                "kind_basis": "stated",
                "kind_raw": "[Hiring]",
                "rate_min": 1200.0,
                "rate_period": "fixed",
                "rate_raw": "$1,200 fixed",
                "remote_scope": "region",
                "remote_regions": ("US", "Europe"),
                "eligibility": "eligible",
                "skills_in_title": ("Python",),
                "skills_matched": ("Python", "PostgreSQL"),
            },
            id="a reddit hiring post with a fixed price in its title",
        ),
        P(
            REDDIT_FOR_HIRE,
            {
                "kind": "supply",
                "kind_raw": "[For Hire]",
                "engagement": "contract",
                "engagement_basis": "parsed",
                "rate_min": 45.0,
                "hourly_max": 45.0,
                "rate_vs_floor": "below",
                "remote_scope": None,
                "eligibility": "review",
            },
            id="a reddit for hire post is supply below the floor",
        ),
        P(
            MASTODON,
            {
                "kind": "demand",
                # a contractor's status beats the part-time load said before it
                "engagement": "contract",
                "engagement_raw": "contractor",
                "duration_months": 6,
                "hours_per_week": 20.0,
                "currency": "EUR",
                "hourly_min": 86.4,
                "hourly_max": 108.0,
                "rate_vs_floor": "above",
                "rate_conversion": "per hour; EUR→USD at 1.08",
                "remote_regions": ("Europe",),
                "eligibility": "eligible",
                "skills_matched": ("Rust",),
            },
            id="a mastodon hashtag post in euros within EU time zones",
        ),
        P(
            GERMAN,
            {
                "kind": "demand",
                "engagement": "freelance",
                "engagement_basis": "parsed",
                "duration_months": 6,
                "hours_per_week": 20.0,
                "rate_min": 85.0,
                "currency": "EUR",
                "remote_regions": ("DE",),
                "eligibility": "eligible",
                "skills_in_title": ("Python",),
            },
            id="a german freelance post limited to germany",
        ),
        P(
            BENGALI,
            {
                "kind": "demand",
                "rate_min": 800.0,
                "currency": "BDT",
                "rate_period": "hour",
                "hourly_min": 6.64,
                "remote_regions": ("BD",),
                "eligibility": "not_eligible",
                "skills_matched": ("Django",),
            },
            id="a bengali post paid in taka limited to bangladesh",
        ),
    ],
)
def test_understand_parses_what_a_post_only_says_in_words(
    item: Posting, expected: dict[str, object]
) -> None:
    row = understand(item, PROFILE, SETTINGS)
    assert {name: getattr(row, name) for name in expected} == expected


def test_stated_fields_win_over_the_text() -> None:
    row = understand(LEVER, PROFILE, SETTINGS)
    assert (row.engagement, row.engagement_basis, row.engagement_raw) == (
        "contract",
        "stated",
        "Contract",
    )
    assert (row.rate_min, row.rate_max, row.rate_period, row.currency) == (70, 90, "hour", "USD")
    assert (row.rate_basis, row.rate_raw, row.rate_vs_floor) == (
        "stated",
        "$70 - $90 per hour",
        "above",
    )
    assert (row.remote_scope, row.remote_regions, row.remote_basis) == ("region", ("US",), "stated")
    assert row.eligibility == "not_eligible"


def test_a_stated_salary_string_is_parsed_before_the_text() -> None:
    row = understand(REMOTIVE, PROFILE, SETTINGS)
    assert (row.rate_min, row.rate_max, row.rate_basis, row.rate_raw) == (
        60,
        80,
        "parsed",
        "$60-$80/hour",
    )
    assert (row.engagement, row.engagement_basis) == ("freelance", "stated")
    assert (row.remote_scope, row.eligibility) == ("anywhere", "eligible")
    assert row.skills_in_title == ("Django",)
    assert row.skills_matched == ("Django", "PostgreSQL")


def test_stated_amounts_without_a_period_are_kept_but_not_converted() -> None:
    item = posting(title="Backend engineer", rate_min=90_000.0, rate_max=120_000.0, currency="EUR")
    row = understand(item, PROFILE, SETTINGS)
    assert (row.rate_min, row.rate_max, row.rate_period, row.rate_basis) == (
        90_000,
        120_000,
        None,
        "stated",
    )
    assert (row.hourly_min, row.hourly_max, row.rate_conversion) == (None, None, None)


def test_an_empty_posting_is_unknown_everywhere() -> None:
    row = understand(posting(), PROFILE, SETTINGS)
    known = {f.name: getattr(row, f.name) for f in fields(Features)}
    assert known == {
        **dict.fromkeys(known, None),
        "engagements": (),
        "rate_includes_super": False,
        "rate_own_floor_said": None,
        "rate_piece": None,
        "rate_fx": None,
        "remote_regions": (),
        "eligibility": "review",
        "eligibility_reason": "remote or not is not stated",
        "languages_required": (),
        "languages_preferred": (),
        "skills_matched": (),
        "skills_in_title": (),
        "roles_matched": (),
        "keywords_matched": (),
        "relevant": False,
        "skills_in_passing": False,
        "fit": 0.0,
    }


@pytest.mark.parametrize(
    ("rate", "expected"),
    [
        P("$80-110/h", "above", id="a range above the floor"),
        P("$70/h", "above", id="meeting the floor counts as above"),
        P("$50-60/h", "below", id="a range below the floor"),
        P("$60-90/h", "straddles", id="a range across the floor"),
        P("$60+/h", "straddles", id="an open top under the floor straddles"),
        P("up to $60/h", "below", id="an open bottom under the floor is below"),
        P("up to $90/h", "above", id="an upper bound over the floor meets it"),
        P("$2,000 fixed", None, id="a fixed budget has no hourly rate"),
        P("$90 per clip", None, id="pay by the piece is not held to an hourly floor"),
        P("$120 per session", None, id="pay by the session is not held to an hourly floor"),
        P("$80 per walk", None, id="pay by the walk is not held to an hourly floor"),
    ],
)
def test_rate_against_the_floor(rate: str, expected: str | None) -> None:
    row = understand(posting(text=f"Rate: {rate}"), PROFILE, SETTINGS)
    assert row.rate_vs_floor == expected


def test_no_floor_means_no_verdict() -> None:
    row = understand(posting(text="Rate: $80/h"), Profile(), SETTINGS)
    assert (row.hourly_min, row.rate_vs_floor) == (80.0, None)


@pytest.mark.parametrize(
    ("item", "expected"),
    [
        P(
            posting(title="Data Engineer", engagement_raw="Full-Time, Contract", text="dbt."),
            ("contract", ("contract", "full_time"), "stated", "Full-Time, Contract"),
            id="labels stating two engagements offer both and rank the contract",
        ),
        P(
            posting(
                title="Data Engineer",
                engagement="full_time",
                engagement_raw="berufserfahren, Vollzeit",
                text="Remote in Deutschland.",
            ),
            ("full_time", ("full_time",), "stated", "berufserfahren, Vollzeit"),
            id="a seniority label beside a stated engagement adds none",
        ),
        P(
            posting(
                title="Data Engineer",
                engagement_raw="Professional / Experienced",
                text="Freelance, 3 months, part- or full-time.",
            ),
            ("freelance", ("freelance", "part_time", "full_time"), "parsed", "Freelance"),
            id="a seniority label alone leaves the engagement to the words",
        ),
        P(
            posting(title="Data Engineer (Contract-to-hire)", text="Remote (US)."),
            ("contract", ("contract",), "parsed", "Contract-to-hire"),
            id="contract-to-hire is a contract and keeps its phrase",
        ),
        P(
            posting(title="[Hiring] Shopify theme fixes - $2,500 fixed", text="Remote."),
            ("freelance", ("freelance",), "parsed", "$2,500 fixed"),
            id="a post paying a fixed price and naming no engagement is a freelance gig",
        ),
        P(
            posting(title="Video editor", text="We pay $60 per video, 2 videos a week."),
            ("freelance", ("freelance",), "parsed", "$60 per video"),
            id="pay by the piece is a freelance gig",
        ),
        P(
            posting(title="[Hiring] Logo for a coffee cart - $30/hr", text="About 10 hours."),
            ("freelance", ("freelance",), "parsed", "$30/hr"),
            id="a gig board's tagged post paying by the hour is a freelance gig",
        ),
        P(
            posting(title="Acme | Data engineer | $90/hr | Remote (US)", text="Airflow."),
            (None, (), None, None),
            id="an employer's post paying by the hour names no engagement",
        ),
        P(
            posting(title="Acme | Theme developer | $350/day | Remote", text="Three weeks."),
            ("contract", ("contract",), "parsed", "$350/day"),
            id="a day rate where no engagement is named is a contract",
        ),
        P(
            posting(title="Acme | Data engineer | Full-time | £450/day", text="Remote (UK)."),
            ("full_time", ("full_time",), "parsed", "Full-time"),
            id="a named engagement wins over what a day rate implies",
        ),
        P(
            posting(
                source="inbox", title="Kotlin Entwickler (m/w/d) - ANÜ", engagement="freelance"
            ),
            ("full_time", ("full_time",), "parsed", "ANÜ"),
            id="a project board's freelance rule yields to a title naming agency work",
        ),
        P(
            posting(source="inbox", title="Kotlin Entwickler (keine ANÜ)", engagement="freelance"),
            ("freelance", ("freelance",), "stated", None),
            id="a title ruling agency work out keeps the board's rule",
        ),
    ],
)
def test_understand_keeps_every_engagement_offered(
    item: Posting, expected: tuple[object, ...]
) -> None:
    row = understand(item, PROFILE, SETTINGS)
    assert (row.engagement, row.engagements, row.engagement_basis, row.engagement_raw) == expected


@pytest.mark.parametrize(
    ("item", "expected"),
    [
        P(
            posting(source="remotive", title="Data Engineer", salary_raw="$140k - $200k"),
            (140_000, 200_000, "year", "USD", "parsed"),
            id="a remotive salary string of thousands is a year's pay",
        ),
        P(
            posting(
                source="himalayas",
                title="Data Engineer",
                rate_min=95_000.0,
                rate_max=120_000.0,
                currency="EUR",
                salary_raw="EUR 95000-120000",
            ),
            (95_000, 120_000, "year", "EUR", "parsed"),
            id="stated thousands without a period are a year's pay by their salary field",
        ),
        P(
            posting(
                source="jobicy",
                title="Data Engineer",
                rate_min=60.0,
                rate_max=75.0,
                rate_period="hour",
                currency="EUR",
                salary_raw="EUR 60-75 hourly",
            ),
            (60, 75, "hour", "EUR", "stated"),
            id="a stated period wins",
        ),
        P(
            posting(source="remotive", title="Data Engineer", salary_raw="$90 - $110"),
            (None, None, None, None, None),
            id="a salary field without a period or thousands stays unknown",
        ),
    ],
)
def test_understand_reads_a_boards_salary_field(
    item: Posting, expected: tuple[object, ...]
) -> None:
    row = understand(item, PROFILE, SETTINGS)
    assert (row.rate_min, row.rate_max, row.rate_period, row.currency, row.rate_basis) == expected


def test_a_seekers_places_are_their_own_not_a_limit() -> None:
    seeker = posting(
        source="hackernews",
        text=(
            "SEEKING WORK | Backend developer (Python, Postgres)\n"
            "Location: Porto, Portugal\nRemote: yes, happy to keep EU or US East hours\n"
            "Email: dev (at) porto-code.example"
        ),
    )
    row = understand(seeker, Profile(locations=("US",)), SETTINGS)
    assert (row.kind, row.remote_scope, row.remote_regions) == ("supply", "anywhere", ())
    assert row.eligibility == "eligible"


@pytest.mark.parametrize(
    ("workplace", "location", "remote", "regions"),
    [
        ("remote", "San Francisco, CA", True, ("US",)),  # Lever: the job's one place
        ("Remote", "Lisbon, Portugal", True, ("PT",)),  # SmartRecruiters, Ashby
        ("hybrid", "Berlin, Germany", False, ("DE",)),
    ],
)
def test_a_way_of_working_reads_with_the_place_it_is_stated_for(
    workplace: str, location: str, remote: bool, regions: tuple[str, ...]
) -> None:
    # a remote job an ATS places in one town is remote there, for the user to check;
    # not open anywhere because the mode and the place come in two fields
    row = understand(
        posting(source="lever", title="Engineer", text="Build things.", location=location,
                remote=remote, workplace_raw=workplace),
        PROFILE, SETTINGS,
    )  # fmt: skip
    assert row.remote_regions == regions
    assert row.remote_scope == ("region" if remote else "hybrid")
    assert row.eligibility != "eligible" or "DE" in regions


@pytest.mark.parametrize(
    ("text", "currency"),
    [
        P("Accounts officer at our Lahore office.\nPay: Rs 250,000 per month.", "PKR", id="Lahore"),
        P("Office in Colombo 03. Pay: Rs 350,000 per month", "LKR", id="Colombo"),
        P("Offices in Lahore and Pune. Pay: Rs 90,000 per month", "INR", id="two countries"),
        P("Pay: Rs 90,000 per month", "INR", id="no place"),
        P(
            "Accounts officer\nWe serve clients in Pakistan.\nPay: Rs 90,000 per month",
            "INR",
            id="the clients' place",
        ),
        P(
            "Our Colombo team, serving Pakistan and India, pays Rs 200,000 per month.",
            "LKR",
            id="the countries it serves",
        ),
        P(
            "Based in Lahore. We serve customers across India. Salary Rs 180,000 per month.",
            "PKR",
            id="the customers it serves",
        ),
        P("Office in Lahore. Package 18 lakhs per month", "PKR", id="lakhs, Lahore"),
        P("Based in Stockholm. Ersättning: 65 000 kr per månad", "SEK", id="crowns, Stockholm"),
        P("Vårt kontor ligger i Oslo. Lønn 60 000 kr i måneden", "NOK", id="crowns, Oslo"),
    ],
)
def test_a_rupee_is_of_the_country_the_text_names(text: str, currency: str) -> None:
    """Rupees, lakhs and crowns are the currency of the office the text names."""
    posting = Posting(source="t", source_id="1", url="https://example.com/1", text=text)
    features = understand(posting, Profile(), RankingSettings())
    assert (features.rate_period, features.currency) == ("month", currency)


@pytest.mark.parametrize(
    "text",
    [
        P("Merge PRs, log HRs of the team. Office in Lahore. 150,000 per month.", id="PRs"),
        P("Our office is in Kraków. Pay 150,000 per month.", id="Kraków"),
    ],
)
def test_words_holding_a_unit_name_no_currency(text: str) -> None:
    posting = Posting(source="t", source_id="1", url="https://example.com/1", text=text)
    assert understand(posting, Profile(), RankingSettings()).currency is None


@pytest.mark.parametrize(
    ("location", "text", "currency"),
    [
        ("Guadalajara, Jalisco", "Tiempo completo, home office. Sueldo $25,000 mensuales.", "MXN"),
        ("Bogotá, Colombia", "Buscamos desarrollador. Salario $6.000.000 mensuales.", "COP"),
        # a short Colombian card: a few Spanish words of the terms say the language
        ("Cali, Valle del Cauca", "Contrato a término fijo. Salario: $3.800.000.", "COP"),
        # a US client's post placed in Mexico, in English, pays in dollars
        ("Mexico (Remote)", "12-month contract. You'll work US hours from Mexico. $48/hr.", "USD"),
        ("Austin, TX", "Sueldo $25 por hora.", "USD"),
    ],
)
def test_a_bare_dollar_in_spanish_in_a_peso_country_is_pesos(
    location: str, text: str, currency: str
) -> None:
    found = understand(
        posting(title="Desarrollador", location=location, text=text), PROFILE, RankingSettings()
    )
    assert found.currency == currency


@pytest.mark.parametrize(
    ("location", "salary", "currency"),
    [
        # a local board's alert card: too few words to read a language, but a Spanish pay line
        ("Capital Federal, Capital Federal", "$ 1.400.000 (Mensual)", "ARS"),
        ("CABA", "$ 1.500.000 mensuales", "ARS"),
        ("Córdoba, Córdoba", "$ 1.300.000 / mes", "ARS"),
        ("Rosario, Santa Fe", "$ 950.000 por mes", "ARS"),
        # millions written with points for thousands, as no English card writes dollars
        ("Bogotá", "$ 6.000.000 a $ 7.500.000", "COP"),
        # an English card placed in Mexico keeps dollars
        ("Mexico City", "$4,000/month", "USD"),
    ],
)
def test_an_alert_s_spanish_pay_line_in_a_peso_country_is_pesos(
    location: str, salary: str, currency: str
) -> None:
    card = Posting(
        source="inbox", source_id="1", url="https://example.com/1", title="Desarrollador Node.js",
        location=location, salary_raw=salary,
    )  # fmt: skip
    assert understand(card, PROFILE, RankingSettings()).currency == currency


@pytest.mark.parametrize(
    ("location", "text", "salary", "currency"),
    [
        ("Toronto, ON (Hybrid)", "Six-month contract, 3 days in office. $90-110/hr.", None, "CAD"),
        ("Montréal, QC", "Mandat de 6 mois, mode hybride. Taux : 85-95 $/h.", None, "CAD"),
        ("Remote (Canada)", "Full-time, EST hours. $95,000 - $120,000 a year.", None, "CAD"),
        # an alert's pay line is a salary field (Indeed's "$80–$95 an hour" in Mississauga)
        ("Hybrid work in Mississauga, ON", "Figma, usability testing.", "$80–$95 an hour", "CAD"),
        ("Sydney NSW", "Onsite contract in the CBD. $900 per day + super.", None, "AUD"),
        ("Auckland, New Zealand", "Fixed-term contract. $110 per hour.", None, "NZD"),
        # a place in two dollar countries, or a dollar named, keeps US dollars
        ("Remote - US or Canada", "Corp-to-corp contract. $100-120/hr.", None, "USD"),
        ("Toronto, ON", "Hybrid contract paid by our New York parent: US$70/hr.", None, "USD"),
        ("Portland, OR", "Onsite in the Pearl District. $60-70/hr.", None, "USD"),
        ("Remote", "Fully remote, EST hours. $60-70/hr.", None, "USD"),
    ],
)
def test_a_bare_dollar_in_canada_australia_or_new_zealand_is_theirs(
    location: str, text: str, salary: str | None, currency: str
) -> None:
    lead = posting(title="Product Designer", location=location, text=text, salary_raw=salary)
    assert understand(lead, PROFILE, RankingSettings()).currency == currency


def test_a_link_that_is_no_url_places_nothing() -> None:
    card = posting(url="http://[indeed.ca/x", location="Remote", salary_raw="$45 an hour")
    assert understand(card, PROFILE, RankingSettings()).currency == "USD"


@pytest.mark.parametrize(
    ("url", "location", "currency"),
    [
        # an alert's card of Indeed Canada or Glassdoor Australia that names no country
        ("https://ca.indeed.com/viewjob?jk=0a1b2c3d4e5f6a7b", "Remote", "CAD"),
        ("https://www.glassdoor.com.au/job-listing/j?jl=1234567", "Remote", "AUD"),
        # national boards: SEEK, Jora, Workopolis and Job Bank declare their countries
        ("https://www.seek.com.au/job/81234567", "Remote", "AUD"),
        ("https://www.seek.co.nz/job/81234568", "Work from home", "NZD"),
        ("https://nz.jora.com/job/Web-Developer-1f2e3d4c5b6a79880123", "Remote", "NZD"),
        ("https://au.jora.com/job/Data-Analyst-0a1b2c3d4e5f6a7b8c9d", "Remote", "AUD"),
        ("https://www.workopolis.com/jobsearch/viewjob/ab12cd34ef56", "Remote", "CAD"),
        ("https://www.jobbank.gc.ca/jobsearch/jobposting/41234567", "Remote", "CAD"),
        # Job Bank's French site, and Australia's Freemoa
        (
            "https://www.guichetemplois.gc.ca/rechercheemplois/offredemploi/41234567",
            "Remote",
            "CAD",
        ),
        ("https://www.freemoa.com/project/shopify-store-migration-88123", "Remote", "AUD"),
        ("https://www.seek.com.au/job/81234569", "Seattle, WA", "USD"),
        # the US site, and a place named on the national one, keep their own dollar
        ("https://www.indeed.com/viewjob?jk=0a1b2c3d4e5f6a7b", "Remote", "USD"),
        ("https://ca.indeed.com/viewjob?jk=0a1b2c3d4e5f6a7b", "Seattle, WA", "USD"),
    ],
)
def test_a_bare_dollar_on_a_boards_national_site_is_that_countrys(
    url: str, location: str, currency: str
) -> None:
    card = posting(
        source="inbox", source_id="indeed:0a1b2c3d4e5f6a7b", url=url, title="AI Trainer",
        location=location, salary_raw="$45 - $60 an hour",
    )  # fmt: skip
    assert understand(card, PROFILE, RankingSettings()).currency == currency
