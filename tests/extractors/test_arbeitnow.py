"""Arbeitnow: parse the real-shape fixtures and nasty variants; fetch pages over loopback."""

from __future__ import annotations

import dataclasses
import json
import re
from datetime import UTC, datetime

import pytest
from conftest import fixture_bytes
from pytest_httpserver import HTTPServer

from extractors import arbeitnow
from extractors._contract import Page, ParseError, Posting, Skip
from extractors._http import PoliteClient

API = "https://www.arbeitnow.com/api/job-board-api"
PATH = "/api/job-board-api"


def _page(body: bytes, url: str = f"{API}?page=1") -> Page:
    fetched = datetime(2026, 3, 14, 13, 0, tzinfo=UTC)
    return Page("arbeitnow", url, 200, {}, body, fetched, scope="all")


def _parse(case: str) -> list[Posting | Skip]:
    return list(arbeitnow.parse(_page(fixture_bytes("arbeitnow", case))))


def _postings(case: str) -> list[Posting]:
    return [r for r in _parse(case) if isinstance(r, Posting)]


def _client() -> PoliteClient:
    return PoliteClient(arbeitnow.NAME, min_interval=0, obey_robots=False)


def test_module_follows_the_source_contract() -> None:
    assert arbeitnow.NAME == "arbeitnow"
    assert arbeitnow.WINDOWED is True  # only the first pages of the board are read
    assert "Arbeitnow" in arbeitnow.ATTRIBUTION and "link back" in arbeitnow.ATTRIBUTION
    assert arbeitnow.Settings() == arbeitnow.Settings("https://www.arbeitnow.com", 3, False)
    with pytest.raises(dataclasses.FrozenInstanceError):
        arbeitnow.Settings().pages = 9  # type: ignore[misc]


def test_units_are_the_board_or_its_visa_filter() -> None:
    assert arbeitnow.units(arbeitnow.Settings()) == ["all"]
    assert arbeitnow.units(arbeitnow.Settings(visa_sponsorship=True)) == ["visa_sponsorship"]


def test_parse_sample_states_only_structured_fields() -> None:
    [posting] = _postings("job_board_api.json")
    slug = "werkstudent-data-engineering-berlin-310552"
    assert posting == Posting(
        source="arbeitnow",
        source_id=slug,
        url=f"https://www.arbeitnow.com/jobs/companies/nordlicht-analytics-gmbh/{slug}",
        title="Werkstudent Data Engineering (m/w/d)",
        company="Nordlicht Analytics GmbH",
        text="Du unterstützt unser Team beim Aufbau von Datenpipelines...",
        html="<p>Du unterstützt unser Team beim Aufbau von Datenpipelines...</p>",
        posted_at=datetime(2026, 3, 14, 9, 20, tzinfo=UTC),
        location="Berlin",
        remote=None,  # false: not flagged remote, which does not say on-site
        engagement="part_time",  # "Working student" states no engagement of its own
        engagement_raw="Working student, part time",
        tags=("Data", "Engineering"),
    )


def test_parse_variants_german_labels_entities_and_missing_fields() -> None:
    freelance, vollzeit, bangla = _postings("job_board_api_last.json")
    assert freelance.title == "Freelance Data Engineer (Python/dbt) (m/w/d)"
    assert freelance.text == "Projekt für 6 Monate & 100% remote.\n\nPython\n\ndbt"
    assert (freelance.remote, freelance.engagement) == (True, "freelance")
    assert freelance.engagement_raw == "Freelance, Berufserfahren"
    assert freelance.posted_at == datetime(2026, 3, 13, 11, 6, 40, tzinfo=UTC)
    assert (vollzeit.engagement, vollzeit.engagement_raw) == ("full_time", "Vollzeit")
    assert vollzeit.posted_at == datetime(2026, 3, 12, 7, 20, tzinfo=UTC)  # a string time
    assert (vollzeit.remote, vollzeit.location, vollzeit.tags) == (None, "Köln", ())
    assert bangla.title == "বাংলা সাপোর্ট এজেন্ট"
    assert bangla.company == "নদী ল্যাবস"
    # two engagements at once state none; the labels stay
    assert (bangla.engagement, bangla.engagement_raw) == (None, "full time, part time")
    assert (bangla.posted_at, bangla.location, bangla.text, bangla.html) == (None, None, "", None)


def test_parse_variants_skip_unusable_jobs_and_carry_on() -> None:
    skips = [r for r in _parse("job_board_api_last.json") if isinstance(r, Skip)]
    assert [s.reason for s in skips] == ["no_id", "no_url", "no_title", "malformed"]
    assert skips[1].detail == "job no-url-310597"


def test_parse_a_page_past_the_end_yields_nothing() -> None:
    assert _parse("job_board_api_empty.json") == []


@pytest.mark.parametrize(
    "body",
    [b"<html>Too Many Attempts.</html>", b"[]", b'{"data": null, "links": {}}'],
    ids=["an html error page", "a bare array", "data not a list"],
)
def test_parse_rejects_a_page_of_the_wrong_shape(body: bytes) -> None:
    with pytest.raises(ParseError, match=r"arbeitnow\.com/api/job-board-api\?page=1"):
        list(arbeitnow.parse(_page(body)))


def test_fetch_follows_links_next_on_base_url_until_null(httpserver: HTTPServer) -> None:
    httpserver.expect_ordered_request(PATH, query_string="page=1").respond_with_data(
        fixture_bytes("arbeitnow", "job_board_api.json"), content_type="application/json"
    )
    httpserver.expect_ordered_request(PATH, query_string="page=2").respond_with_data(
        fixture_bytes("arbeitnow", "job_board_api_last.json"), content_type="application/json"
    )
    settings = arbeitnow.Settings(base_url=httpserver.url_for("/"), pages=5)
    with _client() as client:
        pages = list(arbeitnow.fetch(settings, "all", client))
    httpserver.check_assertions()
    # links.next names www.arbeitnow.com; the second page still came from base_url
    assert [page.url for page in pages] == [
        httpserver.url_for(f"{PATH}?page=1"),
        httpserver.url_for(f"{PATH}?page=2"),
    ]
    assert [page.scope for page in pages] == ["all", "all"]
    postings = [r for page in pages for r in arbeitnow.parse(page) if isinstance(r, Posting)]
    assert len(postings) == 4


def test_fetch_stops_at_pages(httpserver: HTTPServer) -> None:
    httpserver.expect_request(PATH).respond_with_data(
        fixture_bytes("arbeitnow", "job_board_api.json")
    )
    settings = arbeitnow.Settings(base_url=httpserver.url_for("/"), pages=1)
    with _client() as client:
        pages = list(arbeitnow.fetch(settings, "all", client))
    assert len(pages) == 1 and len(httpserver.log) == 1


def test_fetch_stops_at_an_empty_page_and_keeps_the_visa_filter(httpserver: HTTPServer) -> None:
    httpserver.expect_ordered_request(
        PATH, query_string="visa_sponsorship=true&page=1"
    ).respond_with_data(fixture_bytes("arbeitnow", "job_board_api.json"))
    httpserver.expect_ordered_request(
        PATH, query_string="visa_sponsorship=true&page=2"
    ).respond_with_data(fixture_bytes("arbeitnow", "job_board_api_empty.json"))
    settings = arbeitnow.Settings(base_url=httpserver.url_for("/"), visa_sponsorship=True)
    with _client() as client:
        [unit] = arbeitnow.units(settings)
        pages = list(arbeitnow.fetch(settings, unit, client))
    httpserver.check_assertions()
    assert len(pages) == 2  # data is empty though links.next is not null
    assert {page.scope for page in pages} == {"visa_sponsorship"}


def test_fetch_yields_a_wrong_shape_page_once_for_parse_to_reject(
    httpserver: HTTPServer,
) -> None:
    httpserver.expect_request(PATH).respond_with_data("<html>oops</html>", content_type="text/html")
    settings = arbeitnow.Settings(base_url=httpserver.url_for("/"))
    with _client() as client:
        [page] = arbeitnow.fetch(settings, "all", client)
    with pytest.raises(ParseError, match=re.escape(f"{page.url}: not JSON")):
        list(arbeitnow.parse(page))


@pytest.mark.parametrize(
    ("created_at", "posted_at"),
    [
        (1773480000000, datetime(2026, 3, 14, 9, 20, tzinfo=UTC)),  # milliseconds
        ("2026-03-14T09:20:00+00:00", datetime(2026, 3, 14, 9, 20, tzinfo=UTC)),  # ISO
        ("yesterday", None),
        (1e300, None),
    ],
    ids=["milliseconds", "iso", "words", "out of range"],
)
def test_parse_a_time_in_another_shape_keeps_the_job(
    created_at: object, posted_at: datetime | None
) -> None:
    job = {"slug": "qa-1", "url": "https://www.arbeitnow.com/jobs/qa-1", "title": "QA"}
    body = json.dumps({"data": [{**job, "created_at": created_at}]}).encode()
    [posting] = arbeitnow.parse(_page(body))
    assert isinstance(posting, Posting) and posting.posted_at == posted_at


def test_a_malformed_job_is_named_by_its_slug() -> None:
    # arbeitnow's id is the slug: "job None" named nothing to find the job by
    job = {"slug": "kranfahrer-bremen-4411", "title": 4411, "url": f"{API}/x"}
    [skip] = arbeitnow.parse(_page(json.dumps({"data": [job]}).encode()))
    assert isinstance(skip, Skip) and skip.reason == "malformed"
    assert skip.detail.startswith("job kranfahrer-bremen-4411: AttributeError")


def test_entity_escaped_title_company_and_place_are_decoded_once() -> None:
    job = {
        "slug": "freelance-python-entwickler-berlin-123",
        "company_name": "Lindenhof &amp; Partner GmbH",
        "title": "Freelance Python Entwickler (m/w/d) &amp; Data",
        "description": "<p>Projekt</p>",
        "remote": True,
        "url": "https://www.arbeitnow.com/jobs/companies/lindenhof/freelance-python-123",
        "job_types": ["freelance"],
        "location": "Berlin &amp; Potsdam",
        "created_at": 1772467200,
    }
    body = json.dumps({"data": [job], "links": {"next": None}, "meta": {"per_page": 175}})
    [posting] = arbeitnow.parse(_page(body.encode()))
    assert isinstance(posting, Posting)
    assert posting.title == "Freelance Python Entwickler (m/w/d) & Data"
    assert (posting.company, posting.location) == ("Lindenhof & Partner GmbH", "Berlin & Potsdam")
