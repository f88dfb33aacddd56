"""SmartRecruiters: the opt-in and its acknowledgement, parse the real-shape fixtures and
nasty variants, fetch over loopback (paging, descriptions, robots.txt)."""

from __future__ import annotations

import dataclasses
import json
import re
from datetime import UTC, datetime
from typing import Any

import pytest
from conftest import fixture_bytes
from pytest_httpserver import HTTPServer

from extractors import declared, smartrecruiters
from extractors._contract import BlockedByRobots, ConfigError, Page, ParseError, Posting, Skip
from extractors._http import PoliteClient
from extractors._runner import run_source
from flows.config import parse_config
from warehouse.load import postings_frame

COMPANY = "HarborlineGroup"
API = f"https://api.smartrecruiters.com/v1/companies/{COMPANY}/postings"
LISTING = f"/v1/companies/{COMPANY}/postings"
JSON = "application/json"


def _page(body: bytes, url: str = f"{API}?limit=100&offset=0") -> Page:
    fetched = datetime(2026, 3, 14, 6, 0, tzinfo=UTC)
    return Page("smartrecruiters", url, 200, {}, body, fetched, scope=COMPANY)


def _fixture(name: str) -> bytes:
    return fixture_bytes("smartrecruiters", name)


def _postings(name: str, url: str = f"{API}?limit=100&offset=0") -> dict[str, Posting]:
    results = smartrecruiters.parse(_page(_fixture(name), url))
    return {r.source_id: r for r in results if isinstance(r, Posting)}


def _settings(server: HTTPServer, **options: Any) -> smartrecruiters.Settings:
    base = server.url_for("/").rstrip("/")
    return smartrecruiters.Settings(base, (COMPANY,), acknowledge_terms=True, **options)


def _serve_listing(server: HTTPServer) -> None:
    """Two listing pages: the server clamps `limit` to 2, so the next offset is 2."""
    for offset, name in (("0", "postings_page0.json"), ("2", "postings_page1.json")):
        server.expect_request(
            LISTING, query_string={"limit": "100", "offset": offset}
        ).respond_with_data(_fixture(name), content_type=JSON)


def _client(**options: Any) -> PoliteClient:
    return PoliteClient(smartrecruiters.NAME, **{"min_interval": 0, "obey_robots": False} | options)


def test_module_follows_the_source_contract() -> None:
    assert smartrecruiters.NAME == "smartrecruiters"
    assert smartrecruiters.WINDOWED is False
    assert smartrecruiters.PROVENANCE == "employer"
    assert "SmartRecruiters" in smartrecruiters.ATTRIBUTION
    assert declared(smartrecruiters, "BOARD") is None  # not probed by `leads network boards`
    assert smartrecruiters.Settings() == smartrecruiters.Settings(
        "https://api.smartrecruiters.com", (), 25, False
    )
    with pytest.raises(dataclasses.FrozenInstanceError):
        smartrecruiters.Settings().companies = ("x",)  # type: ignore[misc]


def test_units_are_the_companies_each_once_and_none_by_default() -> None:
    assert smartrecruiters.units(smartrecruiters.Settings()) == []  # opt-in
    settings = smartrecruiters.Settings(
        companies=("HarborlineGroup", "Kelpie", "HarborlineGroup"), acknowledge_terms=True
    )
    assert smartrecruiters.units(settings) == ["HarborlineGroup", "Kelpie"]


def test_a_config_listing_companies_without_the_acknowledgement_is_refused_at_load() -> None:
    table = {"companies": ["HarborlineGroup"]}
    with pytest.raises(ConfigError, match=r"^sources\.smartrecruiters\.acknowledge_terms: .*"):
        parse_config({"sources": {"smartrecruiters": table}})
    with pytest.raises(ConfigError, match=r"^sources\.smartrecruiters\.details: "):
        parse_config({"sources": {"smartrecruiters": {"details": -1}}})
    config = parse_config({"sources": {"smartrecruiters": {**table, "acknowledge_terms": True}}})
    assert config.sources["smartrecruiters"].companies == ("HarborlineGroup",)


def test_parse_listing_reads_company_employment_remote_and_dates() -> None:
    posting = _postings("postings_page0.json")["744000199912345"]
    assert posting == Posting(
        source="smartrecruiters",
        source_id="744000199912345",
        url="https://jobs.smartrecruiters.com/HarborlineGroup/744000199912345",
        title="Freelance UX Researcher",
        company="Harborline Group",
        text="",  # a listing carries no job ad
        html=None,
        posted_at=datetime(2026, 3, 9, 11, 3, 27, 448000, tzinfo=UTC),
        location="Lisbon, Lisbon, Portugal",
        remote=True,
        workplace_raw="Remote",
        engagement="contract",
        engagement_raw="Contract",
        requisition_id="REF2201X",
        language="en",
        extra={
            "department": "Design",
            "function": "Design",
            "industry": "Computer Software",
            "experienceLevel": "Mid-Senior Level",
            "country": "PT",
        },
    )


def test_parse_listing_hybrid_is_not_remote_and_onsite_is_stated() -> None:
    hybrid = _postings("postings_page0.json")["744000199954321"]
    assert (hybrid.remote, hybrid.workplace_raw) == (False, "Hybrid")
    assert (hybrid.engagement, hybrid.engagement_raw) == ("full_time", "Full-time")
    assert "department" not in hybrid.extra  # an empty {} department
    onsite = _postings("postings_page1.json")["744000199900001"]
    assert (onsite.remote, onsite.workplace_raw) == (False, "On-site")
    assert (onsite.engagement, onsite.language) == ("part_time", "pt")


def test_parse_detail_adds_the_job_ad_under_its_titles_and_the_links() -> None:
    url = f"{API}/744000199954321"
    posting = _postings("posting_detail.json", url)["744000199954321"]
    assert posting.html == (
        "<h3>Company Description</h3><p>Harborline runs freight software.</p>"
        "<h3>Job Description</h3><p>Build our pipelines in dbt &amp; Airflow.</p>"
        "<h3>Qualifications &amp; Skills</h3><ul><li>SQL</li><li>Python</li></ul>"
    )  # the empty section is left out
    assert posting.text == (
        "Company Description\n\nHarborline runs freight software.\n\nJob Description\n\n"
        "Build our pipelines in dbt & Airflow.\n\nQualifications & Skills\n\nSQL\n\nPython"
    )
    assert posting.url == (
        "https://jobs.smartrecruiters.com/HarborlineGroup/744000199954321-data-engineer-dbt-airflow-"
    )
    assert posting.apply_url == posting.url + "?oga=true"
    assert (posting.remote, posting.company, posting.location) == (
        False, "Harborline Group", "Porto, Porto, Portugal",
    )  # fmt: skip


def test_parse_variants_fall_back_to_the_path_the_parts_and_the_type_id() -> None:
    url = "https://api.smartrecruiters.com/v1/companies/KelpieFreight/postings?offset=0"
    postings = _postings("postings_variants.json", url)
    interim = postings["744000100000001"]
    assert interim.title == "Interim Controller"
    assert interim.url == "https://jobs.smartrecruiters.com/KelpieFreight/744000100000001"
    assert interim.location == "Cork, County Cork, Ireland"  # no fullLocation; "IE" named
    assert (interim.remote, interim.workplace_raw) == (None, None)  # no flag stated
    assert (interim.engagement, interim.engagement_raw) == ("contract", None)  # "temporary"
    platform = postings["744000100000002"]  # a numeric id
    assert (platform.remote, platform.workplace_raw) == (False, "Hybrid")  # both flags set
    assert (platform.engagement, platform.engagement_raw) == (None, "Seasonal gig")
    assert (platform.location, platform.posted_at) == ("Netherlands", None)


def test_parse_variants_skip_unusable_postings() -> None:
    url = "https://api.smartrecruiters.com/v1/companies/KelpieFreight/postings?offset=0"
    skips = [r for r in smartrecruiters.parse(_page(_fixture("postings_variants.json"), url))
             if isinstance(r, Skip)]  # fmt: skip
    assert skips == [
        Skip("not_public", "posting 744000100000003"),
        Skip("no_title", "posting 744000100000004"),
        Skip("no_id", "No id at all"),
        Skip("malformed", "posting at index 5 is a str"),
    ]
    # a location stated as a bare string costs the location, not the posting
    broken = _postings("postings_variants.json")["744000100000007"]
    assert (broken.title, broken.location) == ("Broken", None)
    assert broken.extra["unreadable_fields"] == "location (a str)"


def test_parse_an_unknown_company_yields_nothing() -> None:
    assert _postings("postings_empty.json") == {}


@pytest.mark.parametrize(
    "body",
    [b"<html>Not found</html>", b"[]", b'{"totalFound": 0}', b'{"content": {}}'],
    ids=["an html page", "a bare array", "no content key", "content not a list"],
)
def test_parse_rejects_a_listing_of_the_wrong_shape(body: bytes) -> None:
    with pytest.raises(ParseError, match=f"companies/{COMPANY}/postings"):
        list(smartrecruiters.parse(_page(body)))


def test_job_ids_match_the_public_page_and_the_api_path() -> None:
    [ids] = smartrecruiters.JOB_IDS
    pattern = re.compile(ids.pattern)
    for path in (
        "/harborlinegroup/744000199912345-freelance-ux-researcher",
        "/harborlinegroup/744000199912345",
        "/v1/companies/harborlinegroup/postings/744000199912345",
    ):
        assert pattern.findall(path) == ["744000199912345"], path
    assert pattern.findall("/automationanywhere1/") == []
    assert ids.hosts == ("smartrecruiters.com",)


def test_fetch_pages_by_the_answered_limit_and_fetches_the_newest_details_first(
    httpserver: HTTPServer,
) -> None:
    _serve_listing(httpserver)
    httpserver.expect_request(f"{LISTING}/744000199954321").respond_with_data(
        _fixture("posting_detail.json"), content_type=JSON
    )
    with _client() as client:
        pages = list(smartrecruiters.fetch(_settings(httpserver, details=1), COMPANY, client))
    httpserver.check_assertions()
    paths = [request.full_path.rstrip("?") for request, _ in httpserver.log]
    assert paths == [
        f"{LISTING}?limit=100&offset=0",
        f"{LISTING}?limit=100&offset=2",  # the server answered limit 2
        f"{LISTING}/744000199954321",  # the newest of the three
    ]
    # the detail first: the copy of a posting a run keeps is the first
    assert [p.url.rsplit("/", 1)[1] for p in pages] == [
        "744000199954321", "postings?limit=100&offset=0", "postings?limit=100&offset=2",
    ]  # fmt: skip
    assert {page.scope for page in pages} == {COMPANY}
    # `leads rebuild` reads stored pages in URL order: the own page is first there too
    by_url = sorted(pages, key=lambda page: page.url)
    assert by_url[0].url.endswith("/postings/744000199954321")


def test_a_run_keeps_the_described_copy_and_every_listed_posting(httpserver: HTTPServer) -> None:
    _serve_listing(httpserver)
    httpserver.expect_request(f"{LISTING}/744000199954321").respond_with_data(
        _fixture("posting_detail.json"), content_type=JSON
    )
    httpserver.no_handler_status_code = 404  # the other two closed since the listing
    options = {"min_interval": 0, "obey_robots": False}
    result = run_source(smartrecruiters, _settings(httpserver), client_options=options)
    assert (result.status, result.errors) == ("ok", [])
    frame = postings_frame(result.postings, "run", datetime(2026, 3, 14, tzinfo=UTC))
    texts = dict(zip(frame["source_id"], frame["text"], strict=True))
    assert set(texts) == {"744000199954321", "744000199912345", "744000199900001"}
    assert texts["744000199954321"].startswith("Company Description")
    assert texts["744000199912345"] == ""
    assert result.scopes_ok == {COMPANY}  # a posting missing from the listing closes


def test_a_failed_description_keeps_the_listing_and_is_reported(httpserver: HTTPServer) -> None:
    _serve_listing(httpserver)
    httpserver.expect_request(f"{LISTING}/744000199954321").respond_with_data("", status=500)
    options = {"min_interval": 0, "obey_robots": False, "max_retries": 0}
    result = run_source(smartrecruiters, _settings(httpserver), client_options=options)
    assert result.status == "failed" and "HTTP 500" in result.errors[0]
    assert len(result.postings) == 3  # every listed posting, without a description
    assert result.scopes_ok == set()  # nothing closes on an incomplete run


def test_no_details_asks_only_for_the_listing(httpserver: HTTPServer) -> None:
    _serve_listing(httpserver)
    with _client() as client:
        pages = list(smartrecruiters.fetch(_settings(httpserver, details=0), COMPANY, client))
    assert len(pages) == len(httpserver.log) == 2


def test_robots_txt_blocks_it_unless_the_host_is_exempted(httpserver: HTTPServer) -> None:
    """The API's robots.txt disallows every crawler: obeyed by default, overridden only
    where the user names the host, and counted."""
    httpserver.expect_request("/robots.txt").respond_with_data("User-agent: *\nDisallow: /\n")
    _serve_listing(httpserver)
    settings = _settings(httpserver, details=0)
    with _client(obey_robots=True) as client, pytest.raises(BlockedByRobots):
        list(smartrecruiters.fetch(settings, COMPANY, client))
    assert [request.path for request, _ in httpserver.log] == ["/robots.txt"]

    host = httpserver.url_for("/").split("//")[1].split(":")[0]
    with _client(obey_robots=True, robots_exempt_hosts=[host]) as client:
        assert len(list(smartrecruiters.fetch(settings, COMPANY, client))) == 2
    assert client.stats.counts["robots/overridden"] == 2


def test_requests_keep_the_documented_ten_a_second_under_any_min_interval(
    httpserver: HTTPServer,
) -> None:
    _serve_listing(httpserver)
    sleeps: list[float] = []
    now = [0.0]

    def sleep(seconds: float) -> None:
        sleeps.append(seconds)
        now[0] += seconds

    with _client(sleep=sleep, clock=lambda: now[0]) as client:  # min_interval 0
        list(smartrecruiters.fetch(_settings(httpserver, details=0), COMPANY, client))
    assert sleeps == [pytest.approx(0.1)]  # between the two listing pages


def test_a_listing_longer_than_pages_is_kept_reported_and_closes_nothing(
    httpserver: HTTPServer,
) -> None:
    """The listing stops at `pages` (not at the run's deadline): what was read is
    stored, the rest is named with the setting, and nothing of the company closes."""
    _serve_listing(httpserver)
    options = {"min_interval": 0, "obey_robots": False}
    settings = _settings(httpserver, details=0, pages=1)
    result = run_source(smartrecruiters, settings, client_options=options)
    assert [request.full_path for request, _ in httpserver.log] == [f"{LISTING}?limit=100&offset=0"]
    assert result.status == "ok" and len(result.postings) == 2
    assert len(result.errors) == 1 and "offset=2" in result.errors[0]
    assert "sources.smartrecruiters.pages" in result.errors[0]
    assert result.stats["truncated/units"] == 1
    assert result.scopes_ok == set()  # postings past the bound are not closed
    with pytest.raises(ConfigError, match=r"^sources\.smartrecruiters\.pages: "):
        parse_config({"sources": {"smartrecruiters": {"pages": 0}}})


def test_fetch_reads_each_listing_page_once(
    httpserver: HTTPServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    _serve_listing(httpserver)
    httpserver.expect_request(f"{LISTING}/744000199954321").respond_with_data(
        _fixture("posting_detail.json"), content_type=JSON
    )
    read: list[str] = []
    json_object = smartrecruiters.json_object

    def counted(page: Page) -> Any:
        read.append(page.url)
        return json_object(page)

    monkeypatch.setattr(smartrecruiters, "json_object", counted)
    with _client() as client:
        list(smartrecruiters.fetch(_settings(httpserver, details=1), COMPANY, client))
    assert len(read) == len(set(read)) == 2  # the two listing pages, each once


def test_a_posting_page_holding_an_error_object_is_named_as_such() -> None:
    body = b'{"message": "Job ad not found", "code": "NOT_FOUND"}'
    with pytest.raises(ParseError, match="got an object with keys message, code: 'Job ad not"):
        list(smartrecruiters.parse(_page(body, f"{API}/744000199912345")))


@pytest.mark.parametrize(
    ("employment", "engagement", "raw"),
    [
        ({"id": "", "label": ""}, "freelance", "Freelance"),  # only the employer's field
        ({"id": "permanent", "label": "Full-time"}, "full_time", "Full-time"),  # the type first
    ],
)
def test_an_employers_own_employment_field_is_read_when_the_type_says_nothing(
    employment: dict[str, str], engagement: str, raw: str
) -> None:
    posting = {
        "id": "744000199977777",
        "name": "SAP Consultant",
        "company": {"identifier": COMPANY, "name": "Harborline Group"},
        "typeOfEmployment": employment,
        "customField": [
            {"fieldId": "c1", "fieldLabel": "Brand", "valueId": "b", "valueLabel": "Contract Co"},
            {
                "fieldId": "c2",
                "fieldLabel": "Employment Type",
                "valueId": "f",
                "valueLabel": "Freelance",
            },
        ],
    }
    body = json.dumps({"offset": 0, "limit": 100, "totalFound": 1, "content": [posting]})
    [read] = [r for r in smartrecruiters.parse(_page(body.encode())) if isinstance(r, Posting)]
    assert (read.engagement, read.engagement_raw) == (engagement, raw)
