"""Remotive: parse the real-shape fixtures and nasty variants; fetch over loopback."""

from __future__ import annotations

import dataclasses
import json
from datetime import UTC, datetime

import pytest
from conftest import fixture_bytes
from pytest_httpserver import HTTPServer

from extractors import remotive
from extractors._contract import Page, ParseError, Posting, Skip, SourceUnavailable
from extractors._http import PoliteClient

API = "https://remotive.com/api/remote-jobs"


def _page(body: bytes, url: str = API) -> Page:
    fetched = datetime(2026, 3, 14, 6, 0, tzinfo=UTC)
    return Page("remotive", url, 200, {}, body, fetched, scope="all")


def _parse(case: str) -> list[Posting | Skip]:
    return list(remotive.parse(_page(fixture_bytes("remotive", case))))


def test_module_follows_the_source_contract() -> None:
    assert remotive.NAME == "remotive"
    assert remotive.WINDOWED is False
    assert "Remotive" in remotive.ATTRIBUTION and "link back" in remotive.ATTRIBUTION
    assert remotive.Settings() == remotive.Settings("https://remotive.com", "", "")
    with pytest.raises(dataclasses.FrozenInstanceError):
        remotive.Settings().search = "x"  # type: ignore[misc]


def test_units_are_the_whole_board_or_the_chosen_category() -> None:
    assert remotive.units(remotive.Settings()) == ["all"]
    assert remotive.units(remotive.Settings(category="software-dev")) == ["software-dev"]


def test_parse_sample_states_only_structured_fields() -> None:
    [posting] = _parse("remote_jobs.json")
    brief = "We need help adding CSV import and an audit log to an internal Django app."
    assert posting == Posting(
        source="remotive",
        source_id="2100455",
        url="https://remotive.com/remote-jobs/software-development/freelance-django-developer-2100455",
        title="Freelance Django Developer",
        company="Tidewater Freight",
        text=brief,
        html=f"<p>{brief}</p>",
        posted_at=datetime(2026, 3, 13, 8, 41, tzinfo=UTC),  # naive in the feed: UTC
        location="USA, Canada",
        remote=True,
        engagement="freelance",
        engagement_raw="freelance",
        salary_raw="$60-$80/hour",  # free text: no rate fields read from it
        tags=("django", "python", "htmx"),
        extra={"category": "Software Development"},
    )


def test_parse_variants_bengali_entities_and_missing_fields() -> None:
    results = _parse("remote_jobs_variants.json")
    bangla, staff, intern = (r for r in results if isinstance(r, Posting))
    assert bangla.title == "বাংলা NLP ইঞ্জিনিয়ার (Bangla NLP Engineer)"
    assert bangla.company == "নদী ল্যাবস"
    assert bangla.text == 'আমরা একটি ছোট দল & আমরা Python ব্যবহার করি।\n\nTom\'s team <3 "remote"'
    assert bangla.posted_at == datetime(2026, 3, 12, 23, 59, 59, tzinfo=UTC)
    assert (bangla.engagement, bangla.engagement_raw) == (None, None)  # job_type ""
    assert (bangla.salary_raw, bangla.tags) == (None, ())
    assert staff.title == "Staff Engineer"
    assert staff.company == "Orchard & Vine"
    assert (staff.engagement, staff.engagement_raw) == ("full_time", "full_time")
    assert staff.salary_raw == "€90k – €110k"
    assert staff.rate_min is None and staff.rate_period is None
    assert (intern.engagement, intern.engagement_raw) == (None, "internship")
    assert intern.posted_at is None  # an unreadable date is left out, not guessed
    assert (intern.text, intern.html, intern.location) == ("", None, None)


def test_parse_variants_skip_unusable_jobs_and_carry_on() -> None:
    skips = [r for r in _parse("remote_jobs_variants.json") if isinstance(r, Skip)]
    assert [s.reason for s in skips] == ["no_url", "no_title", "no_id", "malformed"]
    assert skips[0].detail == "job 2100504"


def test_parse_empty_board_yields_nothing() -> None:
    assert _parse("remote_jobs_empty.json") == []


@pytest.mark.parametrize(
    "body",
    [b"<html>Too many requests</html>", b"[]", b'{"jobs": null}', b"\xff\xfe{"],
    ids=["an html error page", "a bare array", "jobs not a list", "not utf-8"],
)
def test_parse_rejects_a_page_of_the_wrong_shape(body: bytes) -> None:
    with pytest.raises(ParseError, match="remotive.com/api/remote-jobs"):
        list(remotive.parse(_page(body)))


def test_fetch_hits_the_real_api_path_with_filters(httpserver: HTTPServer) -> None:
    httpserver.expect_request(
        "/api/remote-jobs",
        query_string={"category": "software-dev", "search": "django"},
    ).respond_with_data(
        fixture_bytes("remotive", "remote_jobs.json"), content_type="application/json"
    )
    base = httpserver.url_for("/").rstrip("/")
    settings = remotive.Settings(base_url=base, category="software-dev", search="django")
    with PoliteClient(remotive.NAME, min_interval=0, obey_robots=False) as client:
        [unit] = remotive.units(settings)
        pages = list(remotive.fetch(settings, unit, client))
    httpserver.check_assertions()
    [page] = pages
    assert page.url == f"{base}/api/remote-jobs?category=software-dev&search=django"
    scope = "software-dev?search=django"
    assert (page.source, page.scope, page.status) == ("remotive", scope, 200)
    [posting] = remotive.parse(page)
    assert isinstance(posting, Posting) and posting.source_id == "2100455"


def test_fetch_with_defaults_sends_no_filters(httpserver: HTTPServer) -> None:
    httpserver.expect_request("/api/remote-jobs", query_string="").respond_with_data(
        fixture_bytes("remotive", "remote_jobs_empty.json")
    )
    settings = remotive.Settings(base_url=httpserver.url_for("/"))
    with PoliteClient(remotive.NAME, min_interval=0, obey_robots=False) as client:
        [page] = remotive.fetch(settings, "all", client)
    assert page.url == httpserver.url_for("/api/remote-jobs")
    assert page.scope == "all"
    assert list(remotive.parse(page)) == []


def test_fetch_of_an_unknown_category_raises_source_unavailable(
    httpserver: HTTPServer,
) -> None:
    httpserver.expect_request("/api/remote-jobs").respond_with_data("Not Found", status=404)
    settings = remotive.Settings(base_url=httpserver.url_for("/").rstrip("/"))
    client = PoliteClient(remotive.NAME, min_interval=0, obey_robots=False)
    with client, pytest.raises(SourceUnavailable) as raised:
        list(remotive.fetch(settings, "no-such-category", client))
    assert raised.value.status == 404


@pytest.mark.parametrize(
    ("published", "posted_at"),
    [(1773480000, datetime(2026, 3, 14, 9, 20, tzinfo=UTC)), ({"date": "today"}, None)],
    ids=["a unix time", "an object"],
)
def test_parse_a_publication_date_in_another_shape_keeps_the_job(
    published: object, posted_at: datetime | None
) -> None:
    job = {"id": 7, "url": "https://remotive.com/remote-jobs/qa-7", "title": "QA"}
    body = json.dumps({"jobs": [{**job, "publication_date": published}]}).encode()
    [posting] = remotive.parse(_page(body))
    assert isinstance(posting, Posting) and posting.posted_at == posted_at


def test_a_malformed_job_is_skipped_naming_its_id_and_the_key_read() -> None:
    jobs = [
        {"id": 7, "url": 123, "title": "QA"},
        {"id": 8, "url": "https://r.example/8", "title": "Ops"},
    ]
    skip, posting = remotive.parse(_page(json.dumps({"jobs": jobs}).encode()))
    assert isinstance(posting, Posting) and posting.source_id == "8"
    assert isinstance(skip, Skip) and skip.reason == "malformed"
    assert skip.detail.startswith("job 7: AttributeError: 'int' object has no attribute 'strip'")
    assert 'job.get("url")' in skip.detail  # the line it failed on names the key


def test_entity_escaped_plain_fields_and_a_description_escaped_as_text_are_decoded() -> None:
    job = {
        "id": 2010002,
        "url": "https://remotive.com/remote-jobs/design/ux-2010002",
        "title": "UX &amp; Brand Designer",
        "company_name": "Saltmarsh &amp; Reed",
        "publication_date": "2026-03-01T22:10:05.123456",
        "candidate_required_location": "USA &amp; Canada",
        "salary": "$40 &ndash; $55 /hr",
        "description": "&lt;p&gt;Figma &amp;amp; Webflow&lt;/p&gt;",
    }
    body = json.dumps({"0-legal-notice": "(placeholder)", "job-count": 1, "jobs": [job]})
    [posting] = remotive.parse(_page(body.encode()))
    assert isinstance(posting, Posting)
    assert (posting.title, posting.company) == ("UX & Brand Designer", "Saltmarsh & Reed")
    assert (posting.location, posting.salary_raw) == ("USA & Canada", "$40 – $55 /hr")
    assert (posting.html, posting.text) == ("<p>Figma &amp; Webflow</p>", "Figma & Webflow")
    assert posting.posted_at == datetime(2026, 3, 1, 22, 10, 5, 123456, tzinfo=UTC)


def test_a_bare_ampersand_in_a_plain_field_is_kept_as_written() -> None:
    job = {"id": 7, "url": "https://remotive.com/remote-jobs/x-7", "title": "Q&A Lead, R&D"}
    job["company_name"] = "AT&T Labs & Co"
    body = json.dumps({"jobs": [job]}).encode()
    [posting] = remotive.parse(_page(body))
    assert isinstance(posting, Posting)
    assert (posting.title, posting.company) == ("Q&A Lead, R&D", "AT&T Labs & Co")
