"""Jobicy: parse the real-shape fixtures and nasty variants; fetch over loopback."""

from __future__ import annotations

import dataclasses
import json
from datetime import UTC, datetime

import pytest
from conftest import fixture_bytes
from pytest_httpserver import HTTPServer

from extractors import jobicy
from extractors._contract import Page, ParseError, Posting, Skip, SourceUnavailable
from extractors._http import PoliteClient

API = "https://jobicy.com/api/v2/remote-jobs"
PATH = "/api/v2/remote-jobs"
CURSOR = "eyJ0IjoiMjAyNi0wMy0xNFQwOTozMDoxMiIsImlkIjoxNjAzMjF9.c2ln"


def _page(body: bytes, url: str = f"{API}?count=100") -> Page:
    fetched = datetime(2026, 3, 14, 13, 0, tzinfo=UTC)
    return Page("jobicy", url, 200, {}, body, fetched, scope="all")


def _parse(case: str) -> list[Posting | Skip]:
    return list(jobicy.parse(_page(fixture_bytes("jobicy", case))))


def _postings(case: str) -> list[Posting]:
    return [r for r in _parse(case) if isinstance(r, Posting)]


def _client() -> PoliteClient:
    return PoliteClient(jobicy.NAME, min_interval=0, obey_robots=False)


def test_module_follows_the_source_contract() -> None:
    assert jobicy.NAME == "jobicy"
    assert jobicy.WINDOWED is True  # a 7-day window, newest first
    for duty in ("Jobicy", "direct link", "apply buttons", "Google Jobs", "LinkedIn", "Jooble"):
        assert duty in jobicy.ATTRIBUTION
    assert jobicy.Settings() == jobicy.Settings("https://jobicy.com", 100, "", "", "", 1)
    with pytest.raises(dataclasses.FrozenInstanceError):
        jobicy.Settings().tag = "x"  # type: ignore[misc]


def test_units_name_the_chosen_filters() -> None:
    assert jobicy.units(jobicy.Settings()) == ["all"]
    settings = jobicy.Settings(geo="europe", tag="data engineer")
    assert jobicy.units(settings) == ["geo=europe&tag=data+engineer"]


def test_parse_sample_states_structured_salary_and_job_type() -> None:
    [posting] = _postings("remote_jobs.json")
    assert posting == Posting(
        source="jobicy",
        source_id="160321",
        url="https://jobicy.com/jobs/160321-contract-devops-engineer",
        title="Contract DevOps Engineer",
        company="Harborline",
        text="Six-month contract to migrate our CI...",
        html="<p>Six-month contract to migrate our CI...</p>",
        posted_at=datetime(2026, 3, 14, 9, 30, 12, tzinfo=UTC),
        location="EMEA",
        remote=True,
        engagement="contract",
        engagement_raw="contract",
        rate_min=60.0,
        rate_max=75.0,
        rate_period="hour",
        currency="EUR",
        salary_raw="EUR 60-75 hourly",
        tags=("DevOps & Infrastructure",),
        extra={"level": "Senior"},
    )


def test_parse_variants_unescape_and_read_both_salary_shapes() -> None:
    data, books, bangla, support = _postings("remote_jobs_variants.json")
    assert (data.title, data.company) == ("Data & Analytics Engineer", "Smith & Sons")
    assert data.tags == ("Data Science & Analytics", "Engineering")
    assert data.text == "Own our dbt models & DuckDB."
    assert (data.engagement, data.engagement_raw) == ("full_time", "Full-Time")
    assert (data.rate_min, data.rate_max, data.rate_period) == (90000.0, 125000.0, "year")
    assert (books.source_id, books.engagement, books.engagement_raw) == (
        "160329",
        "part_time",
        "part-time",
    )
    # the older annualSalaryMin/Max are yearly; a lower-case currency is normalised
    assert (books.rate_min, books.rate_max, books.rate_period) == (30000.0, 36000.0, "year")
    assert (books.currency, books.salary_raw) == ("EUR", "eur 30000-36000 annual")
    assert books.posted_at == datetime(2026, 3, 12, 8, 15, tzinfo=UTC)  # "YYYY-MM-DD hh:mm:ss"
    assert (books.text, books.html) == ("Keep our books & reconcile monthly.", None)  # excerpt
    assert bangla.title == "বাংলা কনটেন্ট রাইটার"
    assert (bangla.engagement, bangla.engagement_raw) == (None, "Full-Time, Contract")
    assert (bangla.rate_min, bangla.salary_raw, bangla.posted_at) == (None, None, None)
    assert (bangla.location, bangla.extra) == ("Anywhere", {})
    assert (support.company, support.location, support.engagement_raw) == (None, None, None)
    assert (support.rate_min, support.rate_max, support.rate_period) == (3500.0, None, "month")
    assert (support.currency, support.salary_raw) == (None, "3500 per month")


def test_parse_writes_large_amounts_out_in_salary_raw() -> None:
    job = {"id": 1, "url": "https://jobicy.com/jobs/1-x", "jobTitle": "Data Engineer"}
    job |= {"salaryMin": 8000000, "salaryMax": 9500000.5, "salaryCurrency": "JPY"}
    body = json.dumps({"jobs": [job | {"salaryPeriod": "yearly"}]}).encode()
    [posting] = jobicy.parse(_page(body))
    assert isinstance(posting, Posting)
    assert posting.salary_raw == "JPY 8000000-9500000.5 yearly"


@pytest.mark.parametrize(
    ("low", "high", "rate"),
    [
        ("85,000", "95,000.50", (85000.0, 95000.5)),  # numbers as strings, grouped
        ("85000", 95000, (85000.0, 95000.0)),
        ("1,25", "n/a", (None, None)),  # a decimal comma or junk: unknown, not a guess
    ],
)
def test_parse_reads_amounts_stated_as_strings(
    low: object, high: object, rate: tuple[float | None, float | None]
) -> None:
    job = {"id": 1, "url": "https://jobicy.com/jobs/1-x", "jobTitle": "Data Engineer"}
    job |= {"salaryMin": low, "salaryMax": high, "salaryCurrency": "USD"}
    [posting] = jobicy.parse(_page(json.dumps({"jobs": [job]}).encode()))
    assert isinstance(posting, Posting) and (posting.rate_min, posting.rate_max) == rate


def test_parse_variants_skip_unusable_jobs_and_carry_on() -> None:
    skips = [r for r in _parse("remote_jobs_variants.json") if isinstance(r, Skip)]
    assert [s.reason for s in skips] == ["no_id", "no_url", "no_title", "malformed"]
    assert skips[1].detail == "job 160325"


def test_parse_an_empty_result_yields_nothing() -> None:
    assert _parse("remote_jobs_empty.json") == []


@pytest.mark.parametrize(
    "body",
    [
        b"<html>429 Too Many Requests</html>",
        b'{"success": false, "error": "Invalid cursor."}',
        b'{"locations": [{"geoID": 445, "geoName": "USA", "geoSlug": "usa"}]}',
    ],
    ids=["an html error page", "an error object", "a taxonomy answer"],
)
def test_parse_rejects_a_page_of_the_wrong_shape(body: bytes) -> None:
    with pytest.raises(ParseError, match=r"jobicy\.com/api/v2/remote-jobs\?count=100"):
        list(jobicy.parse(_page(body)))


def test_fetch_sends_count_and_filters_at_the_real_path(httpserver: HTTPServer) -> None:
    httpserver.expect_request(
        PATH, query_string={"count": "50", "geo": "europe", "industry": "engineering"}
    ).respond_with_data(fixture_bytes("jobicy", "remote_jobs.json"))
    base = httpserver.url_for("/").rstrip("/")
    settings = jobicy.Settings(base_url=base, count=50, geo="europe", industry="engineering")
    with _client() as client:
        [unit] = jobicy.units(settings)
        pages = list(jobicy.fetch(settings, unit, client))
    httpserver.check_assertions()
    [page] = pages
    assert page.url == f"{base}{PATH}?count=50&geo=europe&industry=engineering"
    assert page.scope == "geo=europe&industry=engineering"
    [posting] = jobicy.parse(page)
    assert isinstance(posting, Posting) and posting.source_id == "160321"


def test_fetch_follows_next_cursor_with_the_same_filters(httpserver: HTTPServer) -> None:
    httpserver.expect_ordered_request(
        PATH, query_string={"count": "1", "geo": "europe"}
    ).respond_with_data(fixture_bytes("jobicy", "remote_jobs_first.json"))
    httpserver.expect_ordered_request(
        PATH, query_string={"count": "1", "geo": "europe", "cursor": CURSOR}
    ).respond_with_data(fixture_bytes("jobicy", "remote_jobs_variants.json"))
    settings = jobicy.Settings(base_url=httpserver.url_for("/"), count=1, geo="europe", pages=5)
    with _client() as client:
        pages = list(jobicy.fetch(settings, "geo=europe", client))
    httpserver.check_assertions()
    assert len(pages) == 2  # nextCursor null and hasMore false end it
    assert [page.scope for page in pages] == ["geo=europe", "geo=europe"]


def test_fetch_reads_one_page_by_default(httpserver: HTTPServer) -> None:
    httpserver.expect_request(PATH).respond_with_data(
        fixture_bytes("jobicy", "remote_jobs_first.json")
    )
    settings = jobicy.Settings(base_url=httpserver.url_for("/"))
    with _client() as client:
        pages = list(jobicy.fetch(settings, "all", client))
    assert len(pages) == 1 and len(httpserver.log) == 1


def test_fetch_of_a_bad_filter_raises_source_unavailable(httpserver: HTTPServer) -> None:
    httpserver.expect_request(PATH).respond_with_json(
        {"success": False, "error": "The 'count' parameter must be a number."}, status=400
    )
    settings = jobicy.Settings(base_url=httpserver.url_for("/"))
    client = _client()
    with client, pytest.raises(SourceUnavailable) as raised:
        list(jobicy.fetch(settings, "all", client))
    assert raised.value.status == 400
