"""jobposting: schema.org JobPosting JSON-LD in every shape a careers page uses; fetch."""

from __future__ import annotations

import dataclasses
import json
from datetime import UTC, datetime

import pytest
from conftest import fixture_bytes
from pytest_httpserver import HTTPServer

from extractors import jobposting
from extractors._contract import Page, ParseError, Posting, Skip, SourceUnavailable
from extractors._http import PoliteClient
from extractors._normalize import id_from_url

JOB_PAGE = "https://quillfeather.example/careers/contract-backend-engineer"
CAREERS = "https://saltgrass.example/careers/"
FETCHED = datetime(2026, 3, 14, 6, 0, tzinfo=UTC)


def _page(body: bytes, url: str = CAREERS, headers: dict[str, str] | None = None) -> Page:
    return Page("jobposting", url, 200, headers or {}, body, FETCHED, scope=url)


def _parse(case: str, url: str = CAREERS) -> list[Posting | Skip]:
    return list(jobposting.parse(_page(fixture_bytes("jobposting", case), url)))


def _postings(case: str) -> dict[str, Posting]:
    return {r.title or "": r for r in _parse(case) if isinstance(r, Posting)}


def _jsonld(*blocks: str) -> bytes:
    scripts = "".join(f'<script type="application/ld+json">{b}</script>' for b in blocks)
    return f"<!doctype html><html><head>{scripts}</head><body></body></html>".encode()


def test_module_follows_the_source_contract() -> None:
    assert jobposting.NAME == "jobposting"
    assert jobposting.WINDOWED is False
    assert "employer's page" in jobposting.ATTRIBUTION
    assert "robots.txt" in jobposting.ATTRIBUTION
    assert jobposting.Settings() == jobposting.Settings(pages=())
    assert not hasattr(jobposting.Settings(), "base_url")  # the pages are the config
    with pytest.raises(dataclasses.FrozenInstanceError):
        jobposting.Settings().pages = ()  # type: ignore[misc]


def test_units_are_the_pages_once_each() -> None:
    settings = jobposting.Settings(pages=(CAREERS, JOB_PAGE, CAREERS))
    assert jobposting.units(settings) == [CAREERS, JOB_PAGE]


def test_parse_sample_job_page() -> None:
    [posting] = _parse("job_page.html", JOB_PAGE)
    assert posting == Posting(
        source="jobposting",
        source_id="quillfeather.example:ENG-204",
        url=f"{JOB_PAGE}#ENG-204",  # no `url` in the markup: the page, told apart
        title="Contract Backend Engineer (Python)",
        company="Quillfeather Labs",
        text="We build scheduling software for small clinics.\n\nOwn our booking API",
        html="<p>We build scheduling software for small clinics.</p>"
        "<ul><li>Own our booking API</li></ul>",
        posted_at=datetime(2026, 3, 2, tzinfo=UTC),
        location="Germany; Portugal",
        remote=True,
        workplace_raw="TELECOMMUTE",
        engagement="contract",  # CONTRACTOR beats PART_TIME for a freelancer
        engagement_raw="CONTRACTOR, PART_TIME",
        rate_min=60.0,
        rate_max=75.0,
        rate_period="hour",
        currency="EUR",
        salary_raw="60–75 EUR per HOUR",
        requisition_id="ENG-204",
        extra={
            "company_url": "https://quillfeather.example",
            "valid_through": "2026-04-30T23:59:00+01:00",
            "direct_apply": "true",
        },
    )


def test_parse_graph_array_and_item_list_in_page_order() -> None:
    results = _parse("careers_graph.html")
    assert all(isinstance(r, Posting) for r in results)  # Organization, breadcrumbs ignored
    assert [r.title for r in results if isinstance(r, Posting)] == [
        "Freelance Data Engineer",  # @graph
        "Product Designer",  # @graph, @type a list
        "Part-time Site Reliability Engineer",  # a top-level array
        "Technical Writer (Contract)",  # ItemList, @type a full IRI
    ]


def test_parse_graph_posting_resolves_url_and_day_rate() -> None:
    posting = _postings("careers_graph.html")["Freelance Data Engineer"]
    assert posting.source_id == "saltgrass.example:DATA-11"
    assert posting.url == "https://saltgrass.example/careers/freelance-data-engineer"
    assert posting.apply_url == posting.url
    assert posting.posted_at == datetime(2026, 3, 10, 7, 30, tzinfo=UTC)  # +02:00 to UTC
    assert (posting.remote, posting.location) == (True, "European Union")
    assert (posting.rate_min, posting.rate_max, posting.rate_period) == (700.0, 700.0, "day")
    assert posting.currency == "EUR"  # "eur" in the markup
    assert posting.extra == {
        "company_url": "https://saltgrass.example",  # the first sameAs
        "valid_through": "2026-05-01",
        "job_location": "Lisbon, Portugal",  # the office, beside the applicant requirement
        "direct_apply": "false",
    }


def test_parse_onsite_posting_lists_every_place_and_a_yearly_range() -> None:
    posting = _postings("careers_graph.html")["Product Designer"]
    url = "https://saltgrass.example/careers/product-designer"
    assert (posting.source_id, posting.requisition_id) == (id_from_url(url), None)
    assert posting.location == "Lisbon, Portugal; Porto, Portugal"  # "PT" is no Pacific Time
    assert (posting.remote, posting.workplace_raw) == (None, None)  # not stated: not guessed
    assert (posting.engagement, posting.engagement_raw) == ("full_time", "FULL_TIME")
    assert (posting.rate_min, posting.rate_max, posting.rate_period) == (45000.0, 55000.0, "year")
    assert posting.posted_at == datetime(2026, 3, 12, tzinfo=UTC)


def test_parse_array_posting_with_bare_values() -> None:
    posting = _postings("careers_graph.html")["Part-time Site Reliability Engineer"]
    assert posting.source_id == "saltgrass.example:SRE-3"  # a bare identifier
    assert posting.url == f"{CAREERS}#SRE-3"
    assert posting.company == "Saltgrass Studio"  # hiringOrganization a bare string
    assert posting.location == "Portugal; Bavaria"  # a Country and a State
    assert (posting.engagement, posting.rate_min, posting.rate_period) == (
        "part_time",
        55.0,
        "hour",
    )


def test_parse_posting_without_url_or_identifier() -> None:
    posting = _postings("careers_graph.html")["Technical Writer (Contract)"]
    assert posting.url == f"{CAREERS}#Technical%20Writer%20%28Contract%29"
    assert posting.source_id == id_from_url(posting.url)
    assert (posting.engagement, posting.engagement_raw) == ("contract", "TEMPORARY")
    assert posting.extra == {"company_url": "https://saltgrass.example"}  # its url
    assert (posting.text, posting.rate_min, posting.salary_raw) == (
        "Document our public API.",
        None,
        None,
    )


def test_parse_variants_skip_bad_blocks_and_postings_and_carry_on() -> None:
    skips = [r for r in _parse("careers_variants.html") if isinstance(r, Skip)]
    assert skips == [
        # the block, where it starts in the page, and what is wrong with its JSON
        Skip(
            "malformed_jsonld",
            "JSON-LD block 1 (line 7): Expecting ',' delimiter: line 3 column 1 (char 85)",
        ),
        Skip("duplicate", "saltgrass.example:4411"),
        Skip(
            "expired",
            "https://orchard-vine.example/jobs/4300: valid through 2026-03-01T23:59",
            closes=id_from_url("https://orchard-vine.example/jobs/4300"),  # a stored copy
        ),
        Skip("no_title", CAREERS),
    ]


def test_parse_bengali_posting_behind_a_comment_line() -> None:
    posting = _postings("careers_variants.html")["ডেটা ইঞ্জিনিয়ার (চুক্তিভিত্তিক)"]
    assert posting.company == "নদী ল্যাবস"
    assert posting.source_id == "saltgrass.example:নদী-৭"
    assert posting.text == "আমরা একটি ছোট দল। Python ও dbt।"
    assert posting.posted_at == datetime(2026, 3, 12, 17, 59, 59, tzinfo=UTC)
    assert (posting.location, posting.remote) == ("বাংলাদেশ", True)
    assert (posting.rate_min, posting.rate_max) == (150000.0, 200000.0)
    assert (posting.rate_period, posting.currency) == ("month", "BDT")
    # validThrough is a bare date, the fetch day itself: open until that day ends
    assert posting.extra == {"valid_through": "2026-03-14"}


def test_parse_entities_decoded_the_right_number_of_times() -> None:
    posting = _postings("careers_variants.html")["Data & Analytics Lead"]
    assert posting.company == "Orchard & Vine"
    assert (
        posting.html == "<p>Our R&amp;D team &gt; 3 people.</p><ul><li>Own the warehouse</li></ul>"
    )
    assert posting.text == "Our R&D team > 3 people.\n\nOwn the warehouse"
    assert (posting.engagement, posting.engagement_raw) == ("full_time", "Full-time")
    assert (posting.location, posting.remote) == ("Berlin, Germany", None)
    # an amount without unitText: kept, never given a period
    assert (posting.rate_min, posting.rate_period, posting.salary_raw) == (
        85000.0,
        None,
        "85000 EUR",
    )


def test_parse_missing_fields_are_left_out() -> None:
    postings = _postings("careers_variants.html")
    intern, bare = postings["Data Intern"], postings["Bookkeeper"]
    assert (intern.engagement, intern.engagement_raw) == (None, "INTERN")
    assert intern.posted_at is None  # "not a date"
    assert intern.extra == {"direct_apply": "true"}
    assert bare == Posting(
        source="jobposting",
        source_id=id_from_url(f"{CAREERS}#Bookkeeper"),
        url=f"{CAREERS}#Bookkeeper",
        title="Bookkeeper",
    )


@pytest.mark.parametrize(
    ("valid_through", "expired"),
    [
        ("2026-03-13", True),
        ("2026-03-14", False),  # a date lasts the whole day
        ("14 March 2026", False),  # written out too
        ("13 March 2026", True),
        ("2026-03-14T05:59:59Z", True),
        ("2026-03-14T08:00:00+01:00", False),
        ("whenever", False),
    ],
)
def test_valid_through_against_the_fetch_time(valid_through: str, expired: bool) -> None:
    block = f'{{"@type": "JobPosting", "title": "T", "validThrough": "{valid_through}"}}'
    [result] = jobposting.parse(_page(_jsonld(block)))
    assert isinstance(result, Skip) is expired


@pytest.mark.parametrize(
    ("employment_type", "engagement"),
    [
        ('"FULL_TIME"', "full_time"),
        ('"Full-time"', "full_time"),
        ('["FULL_TIME", "CONTRACTOR"]', "contract"),
        ('"Full-time, Contract"', "contract"),
        ('"Part-time / Temporary"', "contract"),
        ('"TEMPORARY"', "contract"),
        ('"PER_DIEM"', "contract"),  # called in and paid by the day, as the readers say
        ('"VOLUNTEER"', None),
        ('"Vollzeit"', "full_time"),  # a German career page's own words
        ('["Teilzeit", "befristet"]', "contract"),
        ('"CDD"', "contract"),  # a French one's fixed-term contract
        ("null", None),
    ],
)
def test_employment_type_values(employment_type: str, engagement: str | None) -> None:
    block = f'{{"@type": "JobPosting", "title": "T", "employmentType": {employment_type}}}'
    [posting] = jobposting.parse(_page(_jsonld(block)))
    assert isinstance(posting, Posting)
    assert posting.engagement == engagement


def test_parse_reads_the_body_whatever_the_content_type_and_its_charset() -> None:
    block = '{"@type": "JobPosting", "title": "Café Manager"}'
    body = _jsonld(block).decode().encode("cp1252")
    headers = {"content-type": "text/html; charset=windows-1252"}
    [posting] = jobposting.parse(_page(body, headers=headers))
    assert isinstance(posting, Posting) and posting.title == "Café Manager"
    json_typed = {"content-type": "application/json; charset=utf-8"}  # the demo server's
    [posting] = jobposting.parse(_page(_jsonld(block), headers=json_typed))
    assert isinstance(posting, Posting) and posting.title == "Café Manager"


def test_parse_takes_the_charset_of_a_meta_tag_when_the_header_states_none() -> None:
    block = '{"@type": "JobPosting", "title": "Entwickler München"}'
    meta = '<meta charset="iso-8859-1">'
    body = _jsonld(block).decode().replace("<head>", f"<head>{meta}").encode("latin-1")
    [posting] = jobposting.parse(_page(body, headers={"content-type": "text/html"}))
    assert isinstance(posting, Posting) and posting.title == "Entwickler München"
    # the header's charset wins over a meta tag that names another one
    headers = {"content-type": "text/html; charset=utf-8"}
    utf8 = _jsonld(block).decode().replace("<head>", f"<head>{meta}").encode()
    [posting] = jobposting.parse(_page(utf8, headers=headers))
    assert isinstance(posting, Posting) and posting.title == "Entwickler München"


def test_parse_resolves_graph_references_by_id() -> None:
    # SEO plugins write the employer and the place once in the @graph and refer to them
    graph = """{"@context": "https://schema.org", "@graph": [
      {"@type": "Organization", "@id": "https://saltgrass.example/#org", "name": "Saltgrass",
       "sameAs": "https://saltgrass.example"},
      {"@type": "Place", "@id": "#hq", "address": {"@type": "PostalAddress",
       "addressLocality": "Leipzig", "addressCountry": "DE"}},
      {"@type": "JobPosting", "title": "Contract QA Engineer", "datePosted": "2026-03-01",
       "hiringOrganization": {"@id": "https://saltgrass.example/#org"},
       "jobLocation": [{"@id": "#hq"}, {"@id": "#nowhere"}]}]}"""
    [posting] = jobposting.parse(_page(_jsonld(graph)))
    assert isinstance(posting, Posting)
    assert (posting.company, posting.location) == ("Saltgrass", "Leipzig, Germany")
    assert posting.extra["company_url"] == "https://saltgrass.example"


@pytest.mark.parametrize(
    ("value", "salary_raw"),
    [('"$90,000 - $110,000"', "$90,000 - $110,000 USD per YEAR"), ('"competitive"', None)],
)
def test_parse_keeps_a_salary_it_cannot_read_as_stated(value: str, salary_raw: str | None) -> None:
    block = f"""{{"@type": "JobPosting", "title": "Analyst", "baseSalary": {{
      "@type": "MonetaryAmount", "currency": "USD",
      "value": {{"@type": "QuantitativeValue", "value": {value}, "unitText": "YEAR"}}}}}}"""
    [posting] = jobposting.parse(_page(_jsonld(block)))
    assert isinstance(posting, Posting)
    assert (posting.rate_min, posting.rate_max, posting.salary_raw) == (None, None, salary_raw)


@pytest.mark.parametrize(
    ("before", "after"),
    [("//<![CDATA[\n", "\n//]]>"), ("/* <![CDATA[ */", "/* ]]> */"), ("<!--\n", "\n-->")],
    ids=["cdata in line comments", "cdata in block comments", "an html comment"],
)
def test_parse_reads_a_block_inside_an_old_script_wrapper(before: str, after: str) -> None:
    # older CMSs wrap every script so that pre-HTML5 parsers leave it alone
    block = '{"@type": "JobPosting", "title": "Archivist"}'
    [posting] = jobposting.parse(_page(_jsonld(before + block + after)))
    assert isinstance(posting, Posting) and posting.title == "Archivist"


def test_parse_salary_value_given_as_a_list_of_quantities() -> None:
    block = """{"@type": "JobPosting", "title": "Analyst", "baseSalary": {
      "@type": "MonetaryAmount", "currency": "EUR", "value": [{"@type": "QuantitativeValue",
      "minValue": 50, "maxValue": 70, "unitText": "HOUR"}]}}"""
    [posting] = jobposting.parse(_page(_jsonld(block)))
    assert isinstance(posting, Posting)
    assert (posting.rate_min, posting.rate_max, posting.rate_period) == (50.0, 70.0, "hour")
    assert (posting.currency, posting.salary_raw) == ("EUR", "50–70 EUR per HOUR")


def test_a_page_with_markup_but_no_posting_lists_nothing() -> None:
    assert _parse("organization_only.html") == []


@pytest.mark.parametrize(
    ("body", "message"),
    [
        (fixture_bytes("jobposting", "no_jsonld.html"), "no JSON-LD"),
        (_jsonld('{"@type": "JobPosting", "title": "x"'), "1 malformed JSON-LD block"),
        (b'{"jobs": []}', "no JSON-LD"),
        (b"", "not an HTML page"),
    ],
    ids=["script-rendered page", "only malformed markup", "a JSON body", "empty"],
)
def test_parse_rejects_a_page_it_cannot_read(body: bytes, message: str) -> None:
    with pytest.raises(ParseError, match=message) as raised:
        list(jobposting.parse(_page(body)))
    assert str(raised.value).startswith(CAREERS)


def test_fetch_gets_each_page_at_its_own_url(httpserver: HTTPServer) -> None:
    httpserver.expect_request("/careers/").respond_with_data(
        fixture_bytes("jobposting", "careers_graph.html"), content_type="text/html"
    )
    httpserver.expect_request("/jobs/contract-backend-engineer").respond_with_data(
        fixture_bytes("jobposting", "job_page.html"), content_type="text/html; charset=utf-8"
    )
    pages = (httpserver.url_for("/careers/"), httpserver.url_for("/jobs/contract-backend-engineer"))
    settings = jobposting.Settings(pages=pages)
    with PoliteClient(jobposting.NAME, min_interval=0, obey_robots=False) as client:
        fetched = [
            p
            for unit in jobposting.units(settings)
            for p in jobposting.fetch(settings, unit, client)
        ]
    httpserver.check_assertions()
    assert [(p.url, p.scope, p.source) for p in fetched] == [(u, u, "jobposting") for u in pages]
    # parsed as of the fixtures' day: by today's clock their postings have expired
    graph, job = (dataclasses.replace(p, fetched_at=FETCHED) for p in fetched)
    assert [type(r) for r in jobposting.parse(graph)] == [Posting] * 4
    [posting] = jobposting.parse(job)
    host = httpserver.url_for("/").split("//")[1].rstrip("/")
    assert isinstance(posting, Posting) and posting.source_id == f"{host}:ENG-204"


def test_fetch_of_a_missing_page_raises_source_unavailable(httpserver: HTTPServer) -> None:
    httpserver.expect_request("/careers/gone").respond_with_data("Not Found", status=404)
    settings = jobposting.Settings(pages=(httpserver.url_for("/careers/gone"),))
    client = PoliteClient(jobposting.NAME, min_interval=0, obey_robots=False)
    with client, pytest.raises(SourceUnavailable) as raised:
        list(jobposting.fetch(settings, settings.pages[0], client))
    assert raised.value.status == 404


def test_a_country_stated_as_its_code_is_named_and_read_there() -> None:
    """addressCountry "PT" read as Pacific Time (UTC-8..UTC-7) beside Portugal, and a
    Country "DE" as Delaware; a State's code stays (CA is California there)."""
    from warehouse.ranking.features import understand
    from warehouse.ranking.profile import Profile, RankingSettings

    block = json.dumps({
        "@type": "JobPosting", "title": "Data Engineer", "description": "<p>Pipelines.</p>",
        "jobLocation": {"@type": "Place", "address": {
            "@type": "PostalAddress", "addressLocality": "Lisbon",
            "addressCountry": {"@type": "Country", "name": "PT"}}},
        "applicantLocationRequirements": [
            {"@type": "Country", "name": "DE"}, {"@type": "State", "name": "CA"}],
    })  # fmt: skip
    [posting] = jobposting.parse(_page(_jsonld(block)))
    assert isinstance(posting, Posting)
    assert posting.location == "Germany; CA"
    assert posting.extra["job_location"] == "Lisbon, Portugal"
    office = dataclasses.replace(posting, location=posting.extra["job_location"])
    features = understand(office, Profile(), RankingSettings())
    assert features.remote_regions == ("PT",)


def test_parse_reads_microdata_where_json_ld_names_only_the_site() -> None:
    # an older CMS marks the job up in microdata beside a site-wide JSON-LD @graph
    [posting] = _parse("microdata_only.html", "https://tidewell.example/jobs/roofer")
    assert isinstance(posting, Posting)
    assert (posting.title, posting.company) == ("Roofer (6-month contract)", "Tidewell Roofing")
    assert posting.location == "Whitby, UK"
    assert posting.url == "https://tidewell.example/jobs/roofer-contract"
    assert posting.posted_at == datetime(2026, 3, 2, tzinfo=UTC)
    assert (posting.engagement, posting.currency) == ("contract", "GBP")
    assert (posting.rate_min, posting.rate_max, posting.rate_period) == (180.0, 220.0, "day")
    assert posting.text == "Slate and tile work on coastal cottages."


@pytest.mark.parametrize(
    ("salary", "expected"),
    [
        (
            '{"@type": "MonetaryAmount", "currency": "USD", "minValue": "60000",'
            ' "maxValue": "80000", "unitText": "YEAR"}',
            (60000.0, 80000.0, "year", "USD", "60000–80000 USD per YEAR"),
        ),
        ('45000, "salaryCurrency": "GBP"', (45000.0, 45000.0, None, "GBP", "45000 GBP")),
        (
            '{"@type": "MonetaryAmount", "currency": "USD", "value": {"@type":'
            ' "QuantitativeValue", "minValue": "$40.00", "maxValue": "$55", "unitText": "HOUR"}}',
            (40.0, 55.0, "hour", "USD", "40–55 USD per HOUR"),
        ),
    ],
    ids=["range on the amount itself", "a bare figure and salaryCurrency", "signs in figures"],
)
def test_parse_salary_stated_outside_a_quantitative_value(
    salary: str, expected: tuple[object, ...]
) -> None:
    block = f'{{"@type": "JobPosting", "title": "Glazier", "baseSalary": {salary}}}'
    [posting] = jobposting.parse(_page(_jsonld(block)))
    assert isinstance(posting, Posting)
    found = (posting.rate_min, posting.rate_max, posting.rate_period, posting.currency)
    assert (*found, posting.salary_raw) == expected


def test_parse_description_escaped_twice() -> None:
    description = "&amp;lt;p&amp;gt;Glass &amp;amp;amp; frames&amp;lt;/p&amp;gt;"
    block = json.dumps({"@type": "JobPosting", "title": "Glazier", "description": description})
    [posting] = jobposting.parse(_page(_jsonld(block)))
    assert isinstance(posting, Posting)
    assert (posting.text, posting.html) == ("Glass & frames", "<p>Glass &amp; frames</p>")


@pytest.mark.parametrize(
    ("stated", "expected"),
    [
        ("2026-03-01 09:30:00 UTC", datetime(2026, 3, 1, 9, 30, tzinfo=UTC)),
        ("1 March 2026", datetime(2026, 3, 1, tzinfo=UTC)),
        ("Mar 1, 2026", datetime(2026, 3, 1, tzinfo=UTC)),
        ("03/01/2026", None),  # March 1 or January 3: no date
        ("01.03.2026", datetime(2026, 3, 1, tzinfo=UTC)),  # a day.month.year template
        ("2026/03/01", datetime(2026, 3, 1, tzinfo=UTC)),
        ("2026-3-1", datetime(2026, 3, 1, tzinfo=UTC)),  # unpadded, year first
        ("Sun, 01 Mar 2026 09:30:00 GMT", datetime(2026, 3, 1, 9, 30, tzinfo=UTC)),
    ],
)
def test_parse_date_posted_as_templates_print_it(stated: str, expected: datetime | None) -> None:
    block = json.dumps({"@type": "JobPosting", "title": "Glazier", "datePosted": stated})
    [posting] = jobposting.parse(_page(_jsonld(block)))
    assert isinstance(posting, Posting) and posting.posted_at == expected


def test_parse_salary_unit_already_saying_per() -> None:
    block = """{"@type": "JobPosting", "title": "Glazier", "baseSalary": {"@type": "MonetaryAmount",
      "currency": "usd", "value": {"minValue": 20, "maxValue": 25, "unitText": "per hour"}}}"""
    [posting] = jobposting.parse(_page(_jsonld(block)))
    assert isinstance(posting, Posting)
    assert (posting.rate_period, posting.salary_raw) == ("hour", "20–25 USD per hour")


@pytest.mark.parametrize(
    "block",
    [
        # a hand-written block: comments and trailing commas, as browsers and Google take it
        """{
          // for Google Jobs
          "@type": "JobPosting", /* keep in step with the page */
          "title": "Glazier",
          "jobLocation": {"@type": "Place", "address": "Leeds, UK",},
        }""",
        '<!-- Job schema -->\n{"@type": "JobPosting", "title": "Glazier", "jobLocation": "Leeds"}',
        # raw tabs and line breaks inside a string
        '{"@type": "JobPosting", "title": "Glazier", "jobLocation": "Leeds,\tUK\n"}',
    ],
    ids=["comments and trailing commas", "an HTML comment line first", "control characters"],
)
def test_parse_reads_json_ld_that_is_not_strict_json(block: str) -> None:
    [posting] = jobposting.parse(_page(_jsonld(block)))
    assert isinstance(posting, Posting) and posting.title == "Glazier"
    assert posting.location is not None and "Leeds" in posting.location


def test_parse_reads_several_objects_one_after_another_in_one_block() -> None:
    first = '{"@type": "JobPosting", "title": "Glazier", "employmentType": "TEMPORARY"}'
    second = '{"@type": "JobPosting", "title": "Roofer", "employmentType": "FULL_TIME"}'
    for joined in (f"{first}\n{second}", f"{first},\n{second}"):
        found = list(jobposting.parse(_page(_jsonld(joined))))
        assert [(p.title, p.engagement) for p in found if isinstance(p, Posting)] == [
            ("Glazier", "contract"),
            ("Roofer", "full_time"),
        ]


@pytest.mark.parametrize(
    "script_type",
    ["application/ld+json; charset=utf-8", "Application/LD+JSON", " application/ld+json "],
)
def test_parse_reads_a_block_whose_type_has_parameters_or_capitals(script_type: str) -> None:
    block = '{"@type": "JobPosting", "title": "Glazier"}'
    body = f'<html><head><script type="{script_type}">{block}</script></head></html>'
    [posting] = jobposting.parse(_page(body.encode()))
    assert isinstance(posting, Posting) and posting.title == "Glazier"


def test_parse_ignores_scripts_of_other_types() -> None:
    body = (
        b'<html><script type="application/ld+jsonx">{"@type": "JobPosting", "title": "G"}</script>'
    )
    with pytest.raises(ParseError, match="no JSON-LD"):
        list(jobposting.parse(_page(body)))


def test_parse_reads_rdfa_where_there_is_no_json_ld_or_microdata() -> None:
    [posting] = _parse("rdfa_only.html", "https://elmwick.example/vacancies/js-developer")
    assert isinstance(posting, Posting)
    assert (posting.title, posting.company) == ("Freelance JavaScript Developer", "Elmwick Media")
    assert (posting.location, posting.engagement) == ("Bristol, UK", "contract")
    assert posting.posted_at == datetime(2026, 3, 7, tzinfo=UTC)
    assert (posting.rate_min, posting.rate_max, posting.rate_period) == (350.0, 450.0, "day")
    assert posting.currency == "GBP"
    assert posting.text == "Three months on our React storefront."


def test_javascript_typeof_is_no_rdfa() -> None:
    body = b"<html><script>if (typeof window === 'undefined') {}</script><p>Jobs</p></html>"
    with pytest.raises(ParseError, match="no JSON-LD nor microdata nor RDFa"):
        list(jobposting.parse(_page(body)))


def _item_list(*urls: str) -> bytes:
    elements = [{"@type": "ListItem", "position": n, "url": u} for n, u in enumerate(urls, 1)]
    return _jsonld(json.dumps({"@type": "ItemList", "itemListElement": elements}))


def test_a_careers_list_that_only_links_to_its_jobs_is_a_skip_naming_them() -> None:
    body = _item_list("/careers/1", f"{CAREERS}2", "https://elsewhere.example/jobs/3")
    assert list(jobposting.parse(_page(body))) == [
        Skip("job_list", f"{CAREERS}: 2 job page(s) linked")
    ]


def test_a_careers_list_linking_only_to_another_host_says_which() -> None:
    body = _item_list("https://boards.example/saltgrass/jobs/1")
    with pytest.raises(ParseError, match=r"1 job link\(s\) are on another host \(boards.example\)"):
        list(jobposting.parse(_page(body)))


def test_fetch_follows_a_careers_list_to_its_job_pages(httpserver: HTTPServer) -> None:
    job = '{"@type": "JobPosting", "title": "%s", "url": "/careers/%s"}'
    links = (
        "/careers/glazier",
        "/careers/roofer",
        "/careers/filled",
        "https://elsewhere.example/x",
        "/careers",  # the list itself, as some themes link it first
    )
    httpserver.expect_request("/careers").respond_with_data(
        _item_list(*links), content_type="text/html"
    )
    for name in ("glazier", "roofer"):
        body = _jsonld(job % (name.title(), name))
        httpserver.expect_request(f"/careers/{name}").respond_with_data(
            body, content_type="text/html"
        )
    httpserver.expect_request("/careers/filled").respond_with_data("Gone", status=410)
    unit = httpserver.url_for("/careers")
    with PoliteClient(jobposting.NAME, min_interval=0, obey_robots=False) as client:
        pages = list(jobposting.fetch(jobposting.Settings(pages=(unit,)), unit, client))
    assert [p.url for p in pages] == [
        unit,
        *(httpserver.url_for(f"/careers/{n}") for n in ("glazier", "roofer")),
    ]
    assert {p.scope for p in pages} == {unit}  # one listing: a job gone from it closes
    found = [r for p in pages for r in jobposting.parse(dataclasses.replace(p, fetched_at=FETCHED))]
    assert [r.title for r in found if isinstance(r, Posting)] == ["Glazier", "Roofer"]


def test_fetch_of_a_careers_list_stops_at_a_linked_page_that_fails(httpserver: HTTPServer) -> None:
    httpserver.expect_request("/careers").respond_with_data(
        _item_list("/careers/1"), content_type="text/html"
    )
    httpserver.expect_request("/careers/1").respond_with_data("Forbidden", status=403)
    unit = httpserver.url_for("/careers")
    client = PoliteClient(jobposting.NAME, min_interval=0, obey_robots=False)
    with client, pytest.raises(SourceUnavailable) as raised:
        list(jobposting.fetch(jobposting.Settings(pages=(unit,)), unit, client))
    assert raised.value.status == 403 and raised.value.url.endswith("/careers/1")


def test_parse_takes_the_estimated_salary_where_no_base_salary_is_stated() -> None:
    amount = {"@type": "MonetaryAmount", "currency": "USD"}
    quantity = {"@type": "QuantitativeValue", "unitText": "YEAR"}
    estimated = {**amount, "value": {**quantity, "minValue": 120000, "maxValue": 150000}}
    base = {**amount, "value": {**quantity, "value": 130000}}
    node = {"@type": "JobPosting", "title": "SRE", "estimatedSalary": estimated}
    for stated, expected in (
        (node, (120000.0, 150000.0)),
        ({**node, "baseSalary": base}, (130000.0, 130000.0)),
    ):
        [posting] = jobposting.parse(_page(_jsonld(json.dumps(stated))))
        assert isinstance(posting, Posting)
        assert (posting.rate_min, posting.rate_max, posting.rate_period) == (*expected, "year")


def test_parse_reads_a_block_that_starts_with_a_byte_order_mark() -> None:
    [posting] = jobposting.parse(
        _page(_jsonld('\ufeff {"@type": "schema:JobPosting", "title": "G"}'))
    )
    assert isinstance(posting, Posting) and posting.title == "G"


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ('{"minValue": 0, "maxValue": 0, "unitText": "HOUR"}', (None, None, None)),
        ('{"value": 0, "unitText": "HOUR"}', (None, None, None)),
        ('{"minValue": 0, "maxValue": 50, "unitText": "HOUR"}', (None, 50.0, "50 USD per HOUR")),
    ],
    ids=["a zero range", "a zero value", "up to a figure"],
)
def test_parse_a_zero_in_the_salary_is_no_pay(value: str, expected: tuple[object, ...]) -> None:
    salary = f'{{"@type": "MonetaryAmount", "currency": "USD", "value": {value}}}'
    block = f'{{"@type": "JobPosting", "title": "Glazier", "baseSalary": {salary}}}'
    [posting] = jobposting.parse(_page(_jsonld(block)))
    assert isinstance(posting, Posting)
    assert (posting.rate_min, posting.rate_max, posting.salary_raw) == expected


@pytest.mark.parametrize(
    ("code", "country"),
    [("FR", "France"), ("ES", "Spain"), ("RU", "Russia"), ("PT", "Portugal"), ("GB", "UK")],
)
def test_a_country_code_is_named_in_english(code: str, country: str) -> None:
    """The code's English name, not a name in another language the table lists first."""
    place = {"@type": "Place", "address": {"addressLocality": "Lyon", "addressCountry": code}}
    job = {"@type": "JobPosting", "title": "Data Engineer", "jobLocation": place}
    [posting] = jobposting.parse(_page(_jsonld(json.dumps(job))))
    assert isinstance(posting, Posting)
    assert posting.location == f"Lyon, {country}"
