"""Himalayas: parse the real-shape fixtures and nasty variants; fetch pages over loopback."""

from __future__ import annotations

import dataclasses
import json
from datetime import UTC, datetime

import pytest
from conftest import fixture_bytes
from pytest_httpserver import HTTPServer

from extractors import himalayas
from extractors._contract import Page, ParseError, Posting, Skip
from extractors._http import PoliteClient

API = "https://himalayas.app/jobs/api"
PATH = "/jobs/api"
CURSOR = "MjAyNi0wMy0xNFQxMTowMDowMFp8MTIzNDU2"
JOBS = "https://himalayas.app/companies"


def _page(body: bytes, url: str = f"{API}?limit=20") -> Page:
    fetched = datetime(2026, 3, 14, 13, 0, tzinfo=UTC)
    return Page("himalayas", url, 200, {}, body, fetched, scope="all")


def _parse(case: str) -> list[Posting | Skip]:
    return list(himalayas.parse(_page(fixture_bytes("himalayas", case))))


def _postings(case: str) -> list[Posting]:
    return [r for r in _parse(case) if isinstance(r, Posting)]


def _client() -> PoliteClient:
    return PoliteClient(himalayas.NAME, min_interval=0, obey_robots=False)


def test_module_follows_the_source_contract() -> None:
    assert himalayas.NAME == "himalayas"
    assert himalayas.WINDOWED is True  # the newest pages of a board of ~100,000 jobs
    for duty in ("Himalayas", "link back", "Google Jobs", "LinkedIn"):
        assert duty in himalayas.ATTRIBUTION
    assert himalayas.Settings() == himalayas.Settings("https://himalayas.app", 20, 5)
    with pytest.raises(dataclasses.FrozenInstanceError):
        himalayas.Settings().pages = 1  # type: ignore[misc]
    assert himalayas.units(himalayas.Settings()) == ["all"]


def test_parse_sample_states_structured_fields() -> None:
    [posting] = _postings("jobs_api.json")
    link = f"{JOBS}/loomworks/jobs/freelance-technical-writer"
    assert posting == Posting(
        source="himalayas",
        source_id=link,
        url=link,
        title="Freelance Technical Writer",
        company="Loomworks",
        text="Write developer docs for our API platform...",
        html="<p>Write developer docs for our API platform...</p>",
        posted_at=datetime(2026, 3, 14, 11, 0, tzinfo=UTC),
        location="United States, Canada",  # named countries: their time zones add nothing
        remote=True,
        engagement="contract",
        engagement_raw="Contractor",
        rate_min=40.0,
        rate_max=55.0,
        rate_period="hour",
        currency="USD",
        salary_raw="USD 40-55 hourly",
        tags=("Technical-Writer", "Documentation-Specialist"),
        apply_url=link,
        extra={
            "timezones": "UTC-5, UTC-6, UTC-7, UTC-8",
            "seniority": "Mid-level",
            "expires_at": "2026-04-13T11:00:00+00:00",
        },
    )


def test_parse_variants_worldwide_timezones_and_salaries() -> None:
    data, bangla, intern, support = _postings("jobs_api_last.json")
    assert (data.location, data.remote) == ("Worldwide", True)  # [] = anywhere
    assert (data.engagement, data.engagement_raw) == ("full_time", "Full Time")
    assert (data.rate_min, data.rate_max, data.rate_period) == (50000.0, 70000.0, "year")
    assert (data.currency, data.salary_raw) == ("USD", "usd 50000-70000 annual")
    assert data.text == "Build our lakehouse & dbt models."
    assert data.tags == ("Data-Engineer",)
    assert data.extra == {"seniority": "Senior, Lead", "expires_at": "2026-04-12T13:20:00+00:00"}
    assert bangla.title == "বাংলা ডেটা অ্যানোটেটর"
    assert (bangla.company, bangla.engagement, bangla.engagement_raw) == (
        "নদী ল্যাবস",
        "contract",
        "Temporary",
    )
    assert (bangla.rate_min, bangla.salary_raw) == (None, None)  # 0 and 0: unknown
    assert bangla.location == "Bangladesh, India"
    assert bangla.extra == {"timezones": "UTC+5.5, UTC+6, UTC+6"}
    assert bangla.posted_at == datetime(2026, 3, 12, 7, 20, tzinfo=UTC)
    assert (intern.engagement, intern.engagement_raw) == (None, "Intern")
    assert (intern.location, intern.company, intern.posted_at) == (None, None, None)
    assert (intern.text, intern.html) == ("Help our design team.", None)
    assert (intern.rate_min, intern.rate_period, intern.salary_raw) == (
        100.0,
        None,
        "100 per fortnight",
    )
    # a guid that is no URL: the job links back through its applicationLink
    assert (support.source_id, support.url) == ("himalayas-job-77", support.apply_url)
    assert support.url == "https://careers.harborline.example/jobs/77"


def test_parse_variants_skip_unusable_jobs_and_carry_on() -> None:
    skips = [r for r in _parse("jobs_api_last.json") if isinstance(r, Skip)]
    assert [s.reason for s in skips] == ["no_id", "no_url", "no_title", "malformed"]
    assert skips[1].detail == "job opaque-guid-1"


def test_parse_a_page_past_the_end_yields_nothing() -> None:
    assert _parse("jobs_api_empty.json") == []


@pytest.mark.parametrize(
    "body",
    [b"<html>Too Many Requests</html>", b"[]", b'{"jobs": {}}'],
    ids=["an html error page", "a bare array", "jobs not a list"],
)
def test_parse_rejects_a_page_of_the_wrong_shape(body: bytes) -> None:
    with pytest.raises(ParseError, match=r"himalayas\.app/jobs/api\?limit=20"):
        list(himalayas.parse(_page(body)))


def test_fetch_follows_next_cursor_until_null(httpserver: HTTPServer) -> None:
    httpserver.expect_ordered_request(PATH, query_string="limit=20").respond_with_data(
        fixture_bytes("himalayas", "jobs_api.json"), content_type="application/json"
    )
    httpserver.expect_ordered_request(
        PATH, query_string={"limit": "20", "cursor": CURSOR}
    ).respond_with_data(fixture_bytes("himalayas", "jobs_api_last.json"))
    settings = himalayas.Settings(base_url=httpserver.url_for("/"))
    with _client() as client:
        pages = list(himalayas.fetch(settings, "all", client))
    httpserver.check_assertions()
    assert len(pages) == 2  # nextCursor is null on the second page
    assert pages[1].url == httpserver.url_for(f"{PATH}?limit=20&cursor={CURSOR}")
    assert [page.scope for page in pages] == ["all", "all"]
    postings = [r for page in pages for r in himalayas.parse(page) if isinstance(r, Posting)]
    assert len(postings) == 5


def test_fetch_pages_by_offset_when_no_cursor_is_sent(httpserver: HTTPServer) -> None:
    httpserver.expect_ordered_request(PATH, query_string="limit=1").respond_with_data(
        fixture_bytes("himalayas", "jobs_api_offset_0.json")
    )
    httpserver.expect_ordered_request(PATH, query_string="limit=1&offset=1").respond_with_data(
        fixture_bytes("himalayas", "jobs_api_offset_1.json")
    )
    settings = himalayas.Settings(base_url=httpserver.url_for("/"), limit=1)
    with _client() as client:
        pages = list(himalayas.fetch(settings, "all", client))
    httpserver.check_assertions()
    assert len(pages) == 2  # offset 1 + 1 job reaches totalCount 2


def test_fetch_stops_at_pages_and_at_an_empty_page(httpserver: HTTPServer) -> None:
    httpserver.expect_request(PATH, query_string="limit=20").respond_with_data(
        fixture_bytes("himalayas", "jobs_api.json")
    )
    httpserver.expect_request(
        PATH, query_string={"limit": "20", "cursor": CURSOR}
    ).respond_with_data(fixture_bytes("himalayas", "jobs_api_empty.json"))
    settings = himalayas.Settings(base_url=httpserver.url_for("/"))
    with _client() as client:
        assert len(list(himalayas.fetch(settings, "all", client))) == 2  # empty, not null
        one = dataclasses.replace(settings, pages=1)
        assert len(list(himalayas.fetch(one, "all", client))) == 1


def test_fetch_yields_a_wrong_shape_page_once_for_parse_to_reject(
    httpserver: HTTPServer,
) -> None:
    httpserver.expect_request(PATH).respond_with_data("<html>429</html>", content_type="text/html")
    settings = himalayas.Settings(base_url=httpserver.url_for("/"))
    with _client() as client:
        [page] = himalayas.fetch(settings, "all", client)
    with pytest.raises(ParseError, match=r"/jobs/api\?limit=20: not JSON"):
        list(himalayas.parse(page))


@pytest.mark.parametrize(
    ("restrictions", "location"),
    [
        ([{"alpha2": "PL", "name": "Poland"}, "Czechia"], "Poland, Czechia"),
        ([{"alpha2": "PL"}], None),  # a list that names no place is no "Worldwide"
        ([], "Worldwide"),
    ],
    ids=["objects", "unreadable", "empty"],
)
def test_location_restrictions_as_objects(restrictions: list[object], location: str) -> None:
    job = {"guid": "https://himalayas.app/companies/k/jobs/qa", "title": "QA"}
    body = json.dumps({"jobs": [{**job, "locationRestrictions": restrictions}]}).encode()
    [posting] = himalayas.parse(_page(body))
    assert isinstance(posting, Posting) and posting.location == location


@pytest.mark.parametrize(
    ("restrictions", "zones", "location", "regions"),
    [
        ([], [-5, -8, "UTC-6", None], "Worldwide (UTC-8 to UTC-5)", ("UTC-8..UTC-5",)),
        ([], [1], "Worldwide (UTC+1)", ("UTC+1",)),
        (None, [5.5, 6], "UTC+5:30 to UTC+6", ("UTC+5:30..UTC+6",)),
        ([], [0, -3.5], "Worldwide (UTC-3:30 to UTC+0)", ("UTC-3:30..UTC+0",)),
        ([], ["UTC+2"], "Worldwide", ()),  # no offset as a number: the place alone
        ([], [-10, -9, -5, 14], "Worldwide", ()),  # wraps round the date line
        ([], [-12, 1], "Worldwide", ()),  # half the globe restricts nothing
        (["United Kingdom"], [0], "United Kingdom", ("GB",)),  # the country restricts
    ],
)
def test_worldwide_in_some_hours_is_no_anywhere(
    restrictions: list[object] | None, zones: list[object], location: str, regions: tuple[str]
) -> None:
    """A hire may live anywhere but must work in the Americas' hours: read alone,
    "Worldwide" was anywhere, eligible from Europe."""
    from warehouse.ranking.features import understand
    from warehouse.ranking.profile import Profile, RankingSettings

    job = {"guid": "https://himalayas.app/companies/k/jobs/qa", "title": "QA",
           "locationRestrictions": restrictions, "timezoneRestrictions": zones}  # fmt: skip
    [posting] = himalayas.parse(_page(json.dumps({"jobs": [job]}).encode()))
    assert isinstance(posting, Posting) and posting.location == location
    read = understand(posting, Profile(), RankingSettings(), remote_board=True)
    assert read.remote_regions == regions


def test_entity_escaped_title_and_company_are_decoded() -> None:
    job = {
        "title": "Growth Marketer &amp; Copywriter",
        "companyName": "Pine &#038; Brook",
        "employmentType": "Part Time",
        "locationRestrictions": ["Canada"],
        "description": "<p>Write</p>",
        "pubDate": 1772467200,
        "applicationLink": "https://himalayas.app/companies/pine-brook/jobs/growth",
        "guid": "https://himalayas.app/companies/pine-brook/jobs/growth",
    }
    body = json.dumps({"comments": "(placeholder)", "limit": 20, "jobs": [job]})
    [posting] = himalayas.parse(_page(body.encode()))
    assert isinstance(posting, Posting)
    assert (posting.title, posting.company) == ("Growth Marketer & Copywriter", "Pine & Brook")
