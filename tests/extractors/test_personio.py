"""Personio: parse the real-shape XML fixtures and nasty variants; fetch over loopback."""

from __future__ import annotations

import dataclasses
import re
from datetime import UTC, datetime

import pytest
from conftest import fixture_bytes
from pytest_httpserver import HTTPServer

from extractors import personio
from extractors._board_list import Board
from extractors._contract import Page, ParseError, Posting, Skip, SourceUnavailable
from extractors._discovery import apis, probe
from extractors._http import PoliteClient

FEED = "https://kranich.jobs.personio.de/xml"


def _page(body: bytes, url: str = FEED) -> Page:
    fetched = datetime(2026, 11, 27, 6, 0, tzinfo=UTC)
    return Page("personio", url, 200, {}, body, fetched, scope="kranich")


def _postings(case: str) -> dict[str, Posting]:
    results = personio.parse(_page(fixture_bytes("personio", case)))
    return {r.source_id: r for r in results if isinstance(r, Posting)}


def test_module_follows_the_source_contract() -> None:
    assert (personio.NAME, personio.WINDOWED, personio.PROVENANCE) == (
        "personio",
        False,
        "employer",
    )
    assert "Personio" in personio.ATTRIBUTION
    assert personio.Settings().base_url == "https://{}.jobs.personio.de"
    with pytest.raises(dataclasses.FrozenInstanceError):
        personio.Settings().boards = ("x",)  # type: ignore[misc]


def test_units_are_the_companies_each_once_and_none_by_default() -> None:
    assert personio.units(personio.Settings()) == []  # opt-in: no feed licence
    settings = personio.Settings(boards=("kranich", Board("moewe", "Möwe AG"), "kranich"))
    assert personio.units(settings) == ["kranich", "moewe"]
    assert personio.companies(settings) == {"moewe": "Möwe AG"}


def test_parse_sample_reads_terms_offices_texts_and_dates() -> None:
    posting = _postings("feed.xml")["1873402"]
    assert posting == Posting(
        source="personio",
        source_id="1873402",
        url="https://kranich.jobs.personio.de/job/1873402",
        title="Freelance Data Engineer (m/w/d)",
        company="Kranich Logistik GmbH",  # subcompany
        text=(
            "Dein Projekt\n\nSechs Monate Aufbau unserer Sendungsdaten in Snowflake.\n\n"
            "Was du mitbringst\n\ndbt & SQL\n\nAirflow"
        ),
        html=(
            "<h3>Dein Projekt</h3><p>Sechs Monate Aufbau unserer Sendungsdaten in Snowflake.</p>"
            "<h3>Was du mitbringst</h3><ul><li>dbt &amp; SQL</li><li>Airflow</li></ul>"
        ),
        posted_at=datetime(2026, 11, 24, 8, 30, tzinfo=UTC),
        location="Hamburg; Bremen",  # every office, each once
        remote=None,  # an office in a town says nothing of remote work
        engagement="freelance",  # whatever the schedule
        engagement_raw="freelance, part-time",
        tags=("Snowflake", "dbt", "Airflow"),
        extra={
            "department": "IT",
            "recruitingCategory": "Technology",
            "seniority": "experienced",
            "yearsOfExperience": "3-5",
            "occupation": "data_engineering",
            "occupationCategory": "it_software",
        },
    )


def test_parse_sample_without_subcompany_takes_the_token_and_reads_a_remote_office() -> None:
    posting = _postings("feed.xml")["1873455"]
    assert (posting.company, posting.location) == ("Kranich", "Remote (Deutschland)")
    assert (posting.remote, posting.engagement, posting.tags) == (True, "full_time", ())


@pytest.mark.parametrize(
    ("job_id", "engagement", "raw"),
    [
        ("2000001", None, "intern, full-time"),  # an internship is none of our terms
        ("2000002", "part_time", "working_student, part-time"),
        ("2000003", "contract", "temporary, full-time"),
        ("2000004", "part_time", "permanent, part-time"),  # permanent: hours decide
        ("2000005", "full_time", "permanent, flexible"),
    ],
)
def test_terms_come_from_employment_type_then_schedule(
    job_id: str, engagement: str | None, raw: str
) -> None:
    posting = _postings("feed_variants.xml")[job_id]
    assert (posting.engagement, posting.engagement_raw) == (engagement, raw)


def test_variants_without_office_texts_or_a_date() -> None:
    found = _postings("feed_variants.xml")
    assert (found["2000001"].location, found["2000001"].text, found["2000001"].html) == (
        None,
        "",
        None,
    )  # an empty office, no texts
    assert (found["2000002"].location, found["2000002"].posted_at) == (None, None)
    assert found["2000003"].posted_at is None  # not a date
    assert found["2000004"].title == "Teamleitung Disposition & Planung"
    assert (found["2000005"].remote, found["2000005"].location) == (True, "Home Office")


def test_an_office_named_for_the_way_of_working_is_the_workplace() -> None:
    found = _postings("feed_variants.xml")
    assert (found["2000005"].remote, found["2000005"].workplace_raw) == (True, "Remote")
    hybrid = found["2000006"]  # some office days: not remote
    assert (hybrid.remote, hybrid.workplace_raw, hybrid.location) == (
        False,
        "Hybrid",
        "Köln (Hybrid)",
    )
    remote = _postings("feed.xml")["1873455"]
    assert (remote.remote, remote.workplace_raw) == (True, "Remote")


def test_variants_skip_positions_without_an_id_or_a_name() -> None:
    results = list(personio.parse(_page(fixture_bytes("personio", "feed_variants.xml"))))
    assert [r for r in results if isinstance(r, Skip)] == [
        Skip("no_id", "Fahrer"),
        Skip("no_title", "position 2000007"),
    ]


def test_an_empty_feed_yields_nothing() -> None:
    assert _postings("feed_empty.xml") == {}


@pytest.mark.parametrize(
    "body",
    [b"<html><body>Not found</body></html>", b'{"offers": []}', b"<workzag-jobs><position>"],
    ids=["an html page", "json", "cut short"],
)
def test_parse_rejects_a_page_that_is_not_the_feed(body: bytes) -> None:
    with pytest.raises(ParseError, match="kranich.jobs.personio.de/xml"):
        list(personio.parse(_page(body)))


def test_an_entity_is_never_expanded_nor_a_file_read() -> None:
    body = (
        b'<?xml version="1.0"?><!DOCTYPE x [<!ENTITY secret SYSTEM "file:///etc/passwd">]>'
        b"<workzag-jobs><position><id>1</id><name>A &secret; B</name></position></workzag-jobs>"
    )
    [posting] = personio.parse(_page(body))
    assert isinstance(posting, Posting) and posting.title == "A &secret; B"


def test_job_ids_match_personio_job_links() -> None:
    [ids] = personio.JOB_IDS
    match = re.search(ids.pattern, "/job/1873402?display=en")
    assert match is not None and match.group(1) == "1873402"
    assert "jobs.personio.de" in ids.hosts


def test_fetch_hits_the_real_path_with_the_language(httpserver: HTTPServer) -> None:
    httpserver.expect_request("/xml", query_string="language=en").respond_with_data(
        fixture_bytes("personio", "feed.xml"), content_type="text/xml"
    )
    base = httpserver.url_for("/").rstrip("/")  # no {}: this server serves every company
    settings = personio.Settings(base_url=base, boards=("kranich",), language="en")
    with PoliteClient(personio.NAME, min_interval=0, obey_robots=False) as client:
        [page] = personio.fetch(settings, "kranich", client)
    httpserver.check_assertions()
    assert (page.url, page.scope) == (f"{base}/xml?language=en", "kranich")
    postings = [r for r in personio.parse(page) if isinstance(r, Posting)]
    assert [p.url for p in postings] == [
        "https://kranich.jobs.personio.de/job/1873402",  # the token from the scope
        "https://kranich.jobs.personio.de/job/1873455",
    ]


def test_board_discovery_trusts_a_token_that_spells_the_whole_name(
    httpserver: HTTPServer,
) -> None:
    httpserver.no_handler_status_code = 404  # no board on the other ATSs
    httpserver.expect_request("/xml").respond_with_data(
        fixture_bytes("personio", "feed.xml"), content_type="text/xml"
    )
    bases = dict.fromkeys(apis(), httpserver.url_for("/"))
    with PoliteClient("discovery", min_interval=0, obey_robots=False) as client:
        found = probe("Kranich Logistik", client, base_urls=bases)
    [board] = [board for board in found if board.source == "personio"]
    assert (board.token, board.company, board.jobs) == ("kranichlogistik", "Kranich Logistik", 2)
    assert board.url == "https://kranichlogistik.jobs.personio.de"


def test_a_feed_answering_404_names_the_token_the_page_and_a_feed_switched_off(
    httpserver: HTTPServer,
) -> None:
    """Personio answers an unknown company (and, it may be, one whose feed is off) 404."""
    page_not_found = b"<!doctype html><title>Page not found</title>"
    httpserver.expect_request("/xml").respond_with_data(page_not_found, status=404)
    settings = personio.Settings(base_url=httpserver.url_for("/"), boards=("fjordlicht",))
    client = PoliteClient(personio.NAME, min_interval=0, obey_robots=False)
    with client, pytest.raises(SourceUnavailable) as raised:
        list(personio.fetch(settings, "fjordlicht", client))
    assert raised.value.status == 404
    message = str(raised.value)
    assert "no board 'fjordlicht'" in message
    assert "https://fjordlicht.jobs.personio.de" in message
    assert "XML feed off" in message
