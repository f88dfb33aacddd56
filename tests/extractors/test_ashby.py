"""Ashby: parse the real-shape fixtures and nasty variants; fetch over loopback."""

from __future__ import annotations

import dataclasses
import json
from datetime import UTC, datetime

import pytest
from conftest import fixture_bytes
from pytest_httpserver import HTTPServer

from extractors import ashby
from extractors._contract import Page, ParseError, Posting, Skip, SourceUnavailable
from extractors._http import PoliteClient

API = "https://api.ashbyhq.com/posting-api/job-board/harborline?includeCompensation=true"


def _page(body: bytes, url: str = API) -> Page:
    fetched = datetime(2026, 3, 14, 6, 0, tzinfo=UTC)
    return Page("ashby", url, 200, {}, body, fetched, scope="harborline")


def _postings(case: str) -> dict[str, Posting]:
    """The postings of a fixture keyed by the last digit of their id."""
    results = ashby.parse(_page(fixture_bytes("ashby", case)))
    return {r.source_id[-1]: r for r in results if isinstance(r, Posting)}


def test_module_follows_the_source_contract() -> None:
    assert ashby.NAME == "ashby"
    assert ashby.WINDOWED is False
    assert "jobUrl" in ashby.ATTRIBUTION
    assert ashby.Settings() == ashby.Settings("https://api.ashbyhq.com", ())
    with pytest.raises(dataclasses.FrozenInstanceError):
        ashby.Settings().boards = ("x",)  # type: ignore[misc]


def test_units_are_the_boards_each_once() -> None:
    settings = ashby.Settings(boards=("harborline", "acme", "harborline"))
    assert ashby.units(settings) == ["harborline", "acme"]


def test_parse_sample_reads_employment_workplace_and_shown_pay() -> None:
    [posting] = _postings("job_board.json").values()
    uid = "0b7e3c2a-5d1f-4e8b-a9c6-2f4d1e0a9b87"
    assert posting == Posting(
        source="ashby",
        source_id=uid,
        url=f"https://jobs.ashbyhq.com/harborline/{uid}",
        title="Contract Data Engineer",
        company="Harborline",  # Ashby names no company: the board token in words
        text="Help us move our warehouse to dbt...",
        html="<p>Help us move our warehouse to dbt...</p>",
        posted_at=datetime(2026, 3, 10, 14, 22, 3, 517000, tzinfo=UTC),
        location="Remote (US); Remote (Canada)",
        remote=True,
        workplace_raw="Remote",
        engagement="contract",
        engagement_raw="Contract",
        rate_min=85.0,
        rate_max=110.0,
        rate_period="hour",
        currency="USD",
        salary_raw="$85 - $110 per hour",
        apply_url=f"https://jobs.ashbyhq.com/harborline/{uid}/application",
        extra={"department": "Engineering", "team": "Data Platform", "country": "USA"},
    )


def test_parse_variant_hidden_pay_is_not_republished() -> None:
    hidden = _postings("job_board_variants.json")["2"]
    assert (hidden.rate_min, hidden.rate_max, hidden.currency) == (None, None, None)
    assert hidden.salary_raw is None
    # hybrid wins over isRemote=true: some office days are not remote
    assert (hidden.remote, hidden.workplace_raw) == (False, "Hybrid")
    assert (hidden.engagement, hidden.engagement_raw) == ("full_time", "FullTime")
    assert hidden.posted_at == datetime(2026, 3, 1, 8, 0, tzinfo=UTC)


def test_parse_variant_pay_in_two_currencies_keeps_only_the_text() -> None:
    intern = _postings("job_board_variants.json")["3"]
    assert intern.rate_min is None and intern.currency is None
    assert intern.salary_raw == "$150K – $190K • £110K – £140K • Offers Equity"
    assert (intern.engagement, intern.engagement_raw) == (None, "Intern")
    assert (intern.remote, intern.workplace_raw) == (False, "OnSite")
    assert intern.location == "New York; London"  # secondary locations, each once
    assert intern.posted_at == datetime(2026, 3, 1, 4, 30, tzinfo=UTC)  # from -05:00
    assert intern.apply_url is None


def test_parse_variant_bengali_html_only_and_no_workplace_type() -> None:
    bangla = _postings("job_board_variants.json")["4"]
    assert bangla.title == "অস্থায়ী ডেটা এন্ট্রি সহকারী"
    assert bangla.text == "ঢাকা & remote <3"  # from descriptionHtml, entities decoded
    assert (bangla.remote, bangla.workplace_raw) == (False, None)  # isRemote false
    assert (bangla.engagement, bangla.engagement_raw) == ("contract", "Temporary")
    assert bangla.salary_raw is None and bangla.rate_min is None  # compensation null
    assert bangla.posted_at == datetime(2026, 3, 2, 4, 0, tzinfo=UTC)  # from +06:00


def test_parse_variant_salary_with_only_a_maximum_per_month() -> None:
    cfo = _postings("job_board_variants.json")["5"]
    assert (cfo.rate_min, cfo.rate_max, cfo.rate_period) == (None, 4000.0, "month")
    assert (cfo.currency, cfo.salary_raw) == ("EUR", "Up to €4K per month")
    assert (cfo.remote, cfo.engagement) == (True, "part_time")


def test_parse_variants_skip_unlisted_and_unusable_jobs() -> None:
    page = _page(fixture_bytes("ashby", "job_board_variants.json"))
    skips = [r for r in ashby.parse(page) if isinstance(r, Skip)]
    assert [s.reason for s in skips] == ["unlisted", "no_url", "no_title", "no_id"]
    assert skips[0].detail == "job 10000000-0000-4000-8000-000000000001"


def test_parse_empty_board_yields_nothing() -> None:
    assert _postings("job_board_empty.json") == {}


@pytest.mark.parametrize(
    "body",
    [b"<html>Not found</html>", b"[]", b'{"apiVersion": "1"}'],
    ids=["an html page", "a bare array", "no jobs key"],
)
def test_parse_rejects_a_page_of_the_wrong_shape(body: bytes) -> None:
    with pytest.raises(ParseError, match="posting-api/job-board/harborline"):
        list(ashby.parse(_page(body)))


def test_parse_skips_a_job_that_is_not_an_object() -> None:
    results = list(ashby.parse(_page(b'{"jobs": [1, null]}')))
    assert results == [
        Skip("malformed", "job at index 0 is a int"),
        Skip("malformed", "job at index 1 is a NoneType"),
    ]


def test_fetch_hits_the_real_api_path_per_board(httpserver: HTTPServer) -> None:
    httpserver.expect_request(
        "/posting-api/job-board/harborline", query_string="includeCompensation=true"
    ).respond_with_data(fixture_bytes("ashby", "job_board.json"), content_type="application/json")
    base = httpserver.url_for("/").rstrip("/")
    settings = ashby.Settings(base_url=base, boards=("harborline",))
    with PoliteClient(ashby.NAME, min_interval=0, obey_robots=False) as client:
        [page] = ashby.fetch(settings, "harborline", client)
    httpserver.check_assertions()
    assert page.url == f"{base}/posting-api/job-board/harborline?includeCompensation=true"
    assert (page.source, page.scope) == ("ashby", "harborline")
    [posting] = ashby.parse(page)
    assert isinstance(posting, Posting) and posting.rate_period == "hour"


def test_fetch_of_an_unknown_board_raises_source_unavailable(
    httpserver: HTTPServer,
) -> None:
    httpserver.expect_request("/posting-api/job-board/gone").respond_with_data(
        "Not Found", status=404
    )
    settings = ashby.Settings(base_url=httpserver.url_for("/").rstrip("/"))
    client = PoliteClient(ashby.NAME, min_interval=0, obey_robots=False)
    with client, pytest.raises(SourceUnavailable) as raised:
        list(ashby.fetch(settings, "gone", client))
    assert raised.value.status == 404


def _job_with(compensation: dict[str, object]) -> Posting:
    job = {"id": "tiered-1", "title": "Data Engineer", "jobUrl": "https://jobs.ashbyhq.com/x/1"}
    job |= {"shouldDisplayCompensationOnJobPostings": True, "compensation": compensation}
    [posting] = ashby.parse(_page(json.dumps({"apiVersion": "1", "jobs": [job]}).encode()))
    assert isinstance(posting, Posting)
    return posting


def _tier(summary: str, currency: str, low: int, high: int) -> dict[str, object]:
    component = {"compensationType": "Salary", "interval": "1 YEAR", "currencyCode": currency}
    return {"tierSummary": summary, "components": [component | {"minValue": low, "maxValue": high}]}


def test_parse_pay_from_tiers_in_one_currency_spans_lowest_to_highest() -> None:
    tiers = [_tier("$120K – $140K", "USD", 120000, 140000), _tier("$150K", "USD", 135000, 150000)]
    posting = _job_with({"compensationTiers": tiers, "summaryComponents": []})
    assert (posting.rate_min, posting.rate_max, posting.rate_period) == (120000.0, 150000.0, "year")
    assert (posting.currency, posting.salary_raw) == ("USD", "$120K – $140K; $150K")


def test_parse_pay_from_tiers_in_two_currencies_keeps_only_the_text() -> None:
    tiers = [_tier("$120K", "USD", 110000, 120000), _tier("€100K", "EUR", 90000, 100000)]
    posting = _job_with({"compensationTierSummary": "$120K • €100K", "compensationTiers": tiers})
    assert (posting.rate_min, posting.rate_period, posting.salary_raw) == (
        None,
        None,
        "$120K • €100K",
    )


@pytest.mark.parametrize(
    ("location", "country", "expected"),
    [
        ("", "DE", "Munich, Bavaria, Germany"),  # no location: the address, its code named
        (None, "Germany", "Munich, Bavaria, Germany"),
        ("Remote - Europe", "DE", "Remote - Europe"),  # a stated location wins
    ],
)
def test_a_job_without_a_location_is_placed_at_its_address(
    location: str | None, country: str, expected: str
) -> None:
    address = {"addressLocality": "Munich", "addressRegion": "Bavaria", "addressCountry": country}
    job = {"id": "j1", "title": "Analyst", "jobUrl": "https://jobs.ashbyhq.com/harborline/j1",
           "location": location, "address": {"postalAddress": address}}  # fmt: skip
    [posting] = ashby.parse(_page(json.dumps({"apiVersion": "1", "jobs": [job]}).encode()))
    assert isinstance(posting, Posting) and posting.location == expected


@pytest.mark.parametrize(
    ("low", "high", "rate"),
    [
        ("85,000", "95000", (85000.0, 95000.0)),  # amounts as strings
        ("n/a", 95000, (None, 95000.0)),  # an unreadable amount costs the rate, not the job
    ],
)
def test_pay_amounts_as_strings_are_read_and_junk_keeps_the_job(
    low: object, high: object, rate: tuple[float | None, float | None]
) -> None:
    salary = {"compensationType": "Salary", "interval": "1 YEAR", "currencyCode": "EUR",
              "minValue": low, "maxValue": high}  # fmt: skip
    job = {"id": "j1", "title": "Analyst", "jobUrl": "https://jobs.ashbyhq.com/harborline/j1",
           "shouldDisplayCompensationOnJobPostings": True,
           "compensation": {"summaryComponents": [salary]}}  # fmt: skip
    [posting] = ashby.parse(_page(json.dumps({"apiVersion": "1", "jobs": [job]}).encode()))
    assert isinstance(posting, Posting)
    assert (posting.rate_min, posting.rate_max, posting.currency) == (*rate, "EUR")


def test_secondary_locations_stated_as_names_are_read() -> None:
    job = {
        "id": "b7e1",
        "title": "Plant Engineer",
        "jobUrl": "https://jobs.ashbyhq.com/harborline/b7e1",
        "location": "Rotterdam",
        "secondaryLocations": ["Antwerp", {"location": "Ghent"}, None, 7],
    }
    [posting] = ashby.parse(_page(json.dumps({"jobs": [job]}).encode()))
    assert isinstance(posting, Posting)
    assert posting.location == "Rotterdam; Antwerp; Ghent"


def test_pay_stated_as_a_string_costs_the_pay_not_the_job() -> None:
    """The field named is the one that broke, not the gate that let it be read."""
    posting = _job_with("$120K - $150K")  # type: ignore[arg-type]
    assert (posting.title, posting.rate_min, posting.salary_raw) == ("Data Engineer", None, None)
    assert posting.extra["unreadable_fields"] == "compensation (a str)"
