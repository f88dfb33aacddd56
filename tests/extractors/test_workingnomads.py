"""Working Nomads: parse the real-shape fixture and nasty variants; fetch over loopback."""

from __future__ import annotations

import dataclasses
from datetime import UTC, datetime

import pytest
from conftest import fixture_bytes
from pytest_httpserver import HTTPServer

from extractors import workingnomads
from extractors._contract import Page, ParseError, Posting, Skip, SourceUnavailable
from extractors._http import PoliteClient

API = "https://www.workingnomads.com/api/exposed_jobs/"
PATH = "/api/exposed_jobs/"
JOBS = "https://www.workingnomads.com/jobs"


def _page(body: bytes, url: str = API) -> Page:
    fetched = datetime(2026, 3, 14, 13, 0, tzinfo=UTC)
    return Page("workingnomads", url, 200, {}, body, fetched, scope="all")


def _parse(case: str) -> list[Posting | Skip]:
    return list(workingnomads.parse(_page(fixture_bytes("workingnomads", case))))


def _postings(case: str) -> list[Posting]:
    return [r for r in _parse(case) if isinstance(r, Posting)]


def _client() -> PoliteClient:
    return PoliteClient(workingnomads.NAME, min_interval=0, obey_robots=False)


def test_module_follows_the_source_contract() -> None:
    assert workingnomads.NAME == "workingnomads"
    assert workingnomads.WINDOWED is True  # the newest jobs, no paging
    assert workingnomads.PROVENANCE == "aggregator"
    assert workingnomads.REMOTE_BOARD is True
    for duty in ("Working Nomads", "no feed licence", "link"):
        assert duty in workingnomads.ATTRIBUTION
    assert workingnomads.Settings() == workingnomads.Settings("https://www.workingnomads.com")
    with pytest.raises(dataclasses.FrozenInstanceError):
        workingnomads.Settings().base_url = "x"  # type: ignore[misc]
    assert workingnomads.units(workingnomads.Settings()) == ["all"]


def test_parse_sample_keys_each_job_by_its_link() -> None:
    first, second = _postings("exposed_jobs.json")
    link = f"{JOBS}/contract-data-engineer-quarrystone"
    html = "<p>Six-month contract building our dbt models.</p><ul><li>dbt</li><li>DuckDB</li></ul>"
    assert first == Posting(
        source="workingnomads",
        source_id=link,
        url=link,
        title="Contract Data Engineer",
        company="Quarrystone",
        text="Six-month contract building our dbt models.\n\ndbt\n\nDuckDB",
        html=html,
        posted_at=datetime(2026, 3, 13, 21, 4, 10, tzinfo=UTC),  # -04:00 to UTC
        location="USA, Canada or UK only",  # free text, for the readers
        remote=True,
        tags=("python", "dbt", "duckdb", "contract"),
        extra={"category": "Development"},
    )
    assert second.engagement is None  # a "freelance" tag is no structured job type
    assert second.posted_at == datetime(2026, 3, 12, 8, 30, tzinfo=UTC)


def test_parse_variants_clean_links_entities_and_loose_fields() -> None:
    ops, bookkeeper, sre = _postings("exposed_jobs_variants.json")
    # http, tracking, a trailing slash and a fragment: the same stable id
    assert ops.source_id == ops.url == f"{JOBS}/ops-lead-saltmere"
    assert (ops.title, ops.company) == ("Operations & Support Lead", "Saltmere & Sons")
    assert ops.location == "Europe & Africa"
    assert ops.text == "Run support for our clinics – in English and Spanish."
    assert ops.tags == ("support", "operations", "spanish")  # spaces and an empty tail
    assert ops.posted_at == datetime(2026, 3, 11, 22, 15, tzinfo=UTC)  # no offset: UTC
    # a path alone is on the board's own site; nulls and "" state nothing
    assert bookkeeper.url == f"{JOBS}/part-time-bookkeeper-fernlow"
    assert (bookkeeper.company, bookkeeper.location, bookkeeper.html) == (None, None, None)
    assert (bookkeeper.text, bookkeeper.tags, bookkeeper.extra) == ("", (), {})
    assert bookkeeper.posted_at == datetime(2026, 3, 10, tzinfo=UTC)
    # a location in another type and an unreadable date cost those fields, not the job
    assert (sre.location, sre.posted_at, sre.remote) == (None, None, True)


def test_parse_variants_skip_unusable_jobs_and_carry_on() -> None:
    skips = [r for r in _parse("exposed_jobs_variants.json") if isinstance(r, Skip)]
    assert [(s.reason, s.detail) for s in skips] == [
        ("no_id", "Job without a link"),
        ("no_title", f"job {JOBS}/untitled-9"),
        ("malformed", "job at index 5 is a str"),
    ]


def test_the_same_job_keeps_its_id_however_its_link_is_written() -> None:
    body = (
        b'[{"url": "https://www.workingnomads.com/jobs/a-job", "title": "A"},'
        b'{"url": "HTTP://WWW.WorkingNomads.com/jobs/a-job/?ref=api", "title": "A"}]'
    )
    ids = {p.source_id for p in workingnomads.parse(_page(body)) if isinstance(p, Posting)}
    assert ids == {f"{JOBS}/a-job"}


def test_a_job_query_that_is_not_tracking_stays_in_the_id() -> None:
    body = b'[{"url": "https://www.workingnomads.com/job/go?id=7&utm_source=x", "title": "A"}]'
    [posting] = workingnomads.parse(_page(body))
    assert isinstance(posting, Posting)
    assert posting.source_id == "https://www.workingnomads.com/job/go?id=7"


def test_a_description_escaped_twice_is_read_as_its_html() -> None:
    body = (
        b'[{"url": "https://www.workingnomads.com/jobs/kiln-dev", "title": "Kiln developer",'
        b' "description": "&amp;lt;p&amp;gt;Build &amp;lt;b&amp;gt;kilns&amp;lt;/b&amp;gt;'
        b'&amp;lt;/p&amp;gt;"}]'
    )
    (posting,) = workingnomads.parse(_page(body))
    assert isinstance(posting, Posting)
    assert (posting.html, posting.text) == ("<p>Build <b>kilns</b></p>", "Build kilns")


def test_parse_an_empty_feed_yields_nothing() -> None:
    assert list(workingnomads.parse(_page(b"[]"))) == []


@pytest.mark.parametrize(
    ("body", "said"),
    [
        (b'{"detail": "Not found."}', "expected a JSON array, got an object with keys detail"),
        (b"<html><title>Just a moment...</title></html>", "not JSON: an HTML page"),
        (b"null", "expected a JSON array, got a JSON null"),
    ],
    ids=["an error object", "a challenge page", "null"],
)
def test_parse_rejects_a_page_of_the_wrong_shape(body: bytes, said: str) -> None:
    with pytest.raises(ParseError, match=r"workingnomads\.com/api/exposed_jobs/: ") as raised:
        list(workingnomads.parse(_page(body)))
    assert said in str(raised.value)


def test_fetch_hits_the_real_api_path(httpserver: HTTPServer) -> None:
    httpserver.expect_request(PATH, query_string="").respond_with_data(
        fixture_bytes("workingnomads", "exposed_jobs.json"), content_type="application/json"
    )
    settings = workingnomads.Settings(base_url=httpserver.url_for("/"))
    with _client() as client:
        [page] = workingnomads.fetch(settings, "all", client)
    httpserver.check_assertions()
    assert page.url == httpserver.url_for(PATH)
    assert (page.source, page.scope, page.status) == ("workingnomads", "all", 200)
    # the links stay the board's own, whatever host served the feed
    assert [p.source_id for p in workingnomads.parse(page) if isinstance(p, Posting)] == [
        f"{JOBS}/contract-data-engineer-quarrystone",
        f"{JOBS}/freelance-illustrator-pebblewick",
    ]


def test_fetch_of_a_missing_endpoint_raises_source_unavailable(httpserver: HTTPServer) -> None:
    httpserver.expect_request(PATH).respond_with_data("Not Found", status=404)
    settings = workingnomads.Settings(base_url=httpserver.url_for("/").rstrip("/"))
    client = _client()
    with client, pytest.raises(SourceUnavailable) as raised:
        list(workingnomads.fetch(settings, "all", client))
    assert raised.value.status == 404
