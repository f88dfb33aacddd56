"""Workable: parse the real-shape fixtures and nasty variants; fetch over loopback."""

from __future__ import annotations

import dataclasses
import json
import re
from datetime import UTC, datetime

import pytest
from conftest import fixture_bytes
from pytest_httpserver import HTTPServer

from extractors import workable
from extractors._contract import Page, ParseError, Posting, Skip
from extractors._discovery import apis, probe
from extractors._http import PoliteClient

API = "https://apply.workable.com/api/v1/widget/accounts/nordlicht?details=true"


def _page(body: bytes, url: str = API) -> Page:
    fetched = datetime(2026, 3, 14, 6, 0, tzinfo=UTC)
    return Page("workable", url, 200, {}, body, fetched, scope="nordlicht")


def _postings(case: str) -> dict[str, Posting]:
    """The postings of a fixture keyed by the first character of their shortcode."""
    results = workable.parse(_page(fixture_bytes("workable", case)))
    return {r.source_id[0]: r for r in results if isinstance(r, Posting)}


def test_module_follows_the_source_contract() -> None:
    assert workable.NAME == "workable"
    assert workable.WINDOWED is False
    assert workable.PROVENANCE == "employer"
    assert "Workable" in workable.ATTRIBUTION
    assert workable.Settings() == workable.Settings("https://apply.workable.com", ())
    with pytest.raises(dataclasses.FrozenInstanceError):
        workable.Settings().boards = ("x",)  # type: ignore[misc]


def test_units_are_the_accounts_each_once_and_none_by_default() -> None:
    assert workable.units(workable.Settings()) == []  # opt-in: no feed licence
    settings = workable.Settings(boards=("nordlicht", "kelpie", "nordlicht"))
    assert workable.units(settings) == ["nordlicht", "kelpie"]


def test_parse_sample_reads_company_employment_remote_and_dates() -> None:
    posting = _postings("widget_details.json")["A"]
    assert posting == Posting(
        source="workable",
        source_id="A1B2C3D4E5",
        url="https://apply.workable.com/nordlicht/j/A1B2C3D4E5/",  # the account's page
        title="Freelance Machine Learning Engineer",
        company="Nordlicht Analytics",  # the widget's top-level name
        text=(
            "Six-month engagement building demand-forecasting models in Python.\n\n"
            "What you will do\n\nTrain models on store sales\n\nShip them with the data team"
        ),
        html=(
            "<p>Six-month engagement building demand-forecasting models in Python.</p>"
            "<h3>What you will do</h3><ul><li>Train models on store sales</li>"
            "<li>Ship them with the data team</li></ul>"
        ),
        posted_at=datetime(2026, 3, 11, tzinfo=UTC),  # published_on, not created_at
        location="Berlin, Germany",  # the region that repeats the city once
        remote=True,
        engagement="contract",
        engagement_raw="Contract",
        apply_url="https://apply.workable.com/j/A1B2C3D4E5/apply",
        requisition_id="ML-042",
        extra={
            "department": "Data Science",
            "function": "Engineering",
            "industry": "Computer Software",
            "experience": "Mid-Senior level",
            "created_at": "2026-03-10",
        },
    )


def test_parse_sample_adds_requirements_and_benefits_under_their_headings() -> None:
    posting = _postings("widget_details.json")["0"]
    assert posting.text == (
        "Own our dbt models and the warehouse behind them. Two office days a week in Hamburg."
        "\n\nRequirements\n\ndbt & SQL\n\nBenefits\n\nLearning budget"
    )
    assert (posting.engagement, posting.engagement_raw) == ("full_time", "Full-time")
    assert posting.remote is False  # telecommuting false: the words may still say hybrid
    assert (posting.location, posting.requisition_id) == ("Hamburg, Germany", None)
    assert posting.extra["education"] == "Bachelor's Degree"


def test_parse_variant_null_description_is_an_empty_text() -> None:
    posting = _postings("widget_variants.json")["1"]
    assert (posting.text, posting.html) == ("", None)
    assert posting.company == "Kelpie Freight"
    assert (posting.engagement, posting.engagement_raw) == ("part_time", "Part-time")
    assert posting.location == "Cork, County Cork, Ireland"


def test_parse_variant_a_repeated_shortcode_is_one_posting_in_every_shown_place() -> None:
    results = list(workable.parse(_page(fixture_bytes("workable", "widget_variants.json"))))
    sre = [r for r in results if isinstance(r, Posting) and r.source_id == "2222222222"]
    assert len(sre) == 1
    # the hidden Ghent location is not republished
    assert sre[0].location == "Rotterdam, South Holland, Netherlands; Antwerp, Flanders, Belgium"


def test_parse_variant_remote_with_a_country_and_no_locations_list() -> None:
    interim = _postings("widget_variants.json")["3"]
    assert (interim.remote, interim.location) == (True, "Spain")
    # an employment type no label maps: kept raw, the engagement left to the text
    assert (interim.engagement, interim.engagement_raw) == (None, "Seasonal gig")
    assert interim.posted_at == datetime(2026, 2, 20, tzinfo=UTC)  # no published_on
    assert interim.apply_url is None


def test_parse_variant_shortlink_stands_in_for_a_missing_url() -> None:
    temp = _postings("widget_variants.json")["4"]
    assert temp.url == "https://apply.workable.com/nordlicht/j/4444444444/"
    assert (temp.remote, temp.location, temp.company) == (None, None, "Kelpie Freight")
    assert (temp.engagement, temp.extra) == ("contract", {})


def test_parse_variants_skip_unusable_jobs() -> None:
    page = _page(fixture_bytes("workable", "widget_variants.json"))
    skips = [r for r in workable.parse(page) if isinstance(r, Skip)]
    assert skips == [
        Skip("no_url", "job 5555555555"),
        Skip("no_title", "job 6666666666"),
        Skip("no_id", "Dispatcher"),  # named by its title
    ]


def test_parse_without_a_name_takes_the_account() -> None:
    job = b'{"shortcode": "ABCDEF0123", "title": "X", "url": "https://apply.workable.com/j/ABCDEF0123"}'
    [posting] = workable.parse(_page(b'{"jobs": [%s]}' % job))
    assert isinstance(posting, Posting)
    assert posting.company == "nordlicht"


def test_parse_empty_account_yields_nothing() -> None:
    assert _postings("widget_empty.json") == {}


@pytest.mark.parametrize(
    "body",
    [b"<html>Not found</html>", b"[]", b'{"name": "Nordlicht"}', b'{"jobs": {}}'],
    ids=["an html page", "a bare array", "no jobs key", "jobs not a list"],
)
def test_parse_rejects_a_page_of_the_wrong_shape(body: bytes) -> None:
    with pytest.raises(ParseError, match="widget/accounts/nordlicht"):
        list(workable.parse(_page(body)))


def test_parse_skips_a_job_that_is_not_an_object() -> None:
    results = list(workable.parse(_page(b'{"name": "N", "jobs": [1, null, {"shortcode": 7}]}')))
    assert results[:2] == [
        Skip("malformed", "job at index 0 is a int"),
        Skip("malformed", "job at index 1 is a NoneType"),
    ]
    assert results[2] == Skip("no_url", "job 7")  # a number for a shortcode is its string


def test_job_ids_match_every_workable_job_link() -> None:
    [ids] = workable.JOB_IDS
    pattern = re.compile(ids.pattern)
    for path in ("/j/a1b2c3d4e5", "/nordlicht/j/a1b2c3d4e5/", "/j/a1b2c3d4e5/apply"):
        match = pattern.search(path)
        assert match is not None and match.group(1) == "a1b2c3d4e5", path
    assert pattern.search("/j/a1b2c3d4e5f6") is None  # not a shortcode
    assert ids.hosts == ("workable.com",)


def test_fetch_hits_the_real_api_path_per_account(httpserver: HTTPServer) -> None:
    httpserver.expect_request(
        "/api/v1/widget/accounts/nordlicht", query_string="details=true"
    ).respond_with_data(
        fixture_bytes("workable", "widget_details.json"), content_type="application/json"
    )
    base = httpserver.url_for("/").rstrip("/")
    settings = workable.Settings(base_url=base, boards=("nordlicht",))
    with PoliteClient(workable.NAME, min_interval=0, obey_robots=False) as client:
        [page] = workable.fetch(settings, "nordlicht", client)
    httpserver.check_assertions()
    assert page.url == f"{base}/api/v1/widget/accounts/nordlicht?details=true"
    assert (page.source, page.scope) == ("workable", "nordlicht")
    postings = [r for r in workable.parse(page) if isinstance(r, Posting)]
    assert [p.source_id for p in postings] == ["A1B2C3D4E5", "0F9E8D7C6B"]


def test_board_discovery_finds_an_account_by_the_name_it_states(httpserver: HTTPServer) -> None:
    httpserver.no_handler_status_code = 404  # no board on the other ATSs
    httpserver.expect_request("/api/v1/widget/accounts/nordlicht-analytics").respond_with_data(
        fixture_bytes("workable", "widget_details.json"), content_type="application/json"
    )
    bases = dict.fromkeys(apis(), httpserver.url_for("/"))
    with PoliteClient("discovery", min_interval=0, obey_robots=False) as client:
        [board] = probe("Nordlicht Analytics GmbH", client, base_urls=bases)
    assert (board.source, board.token, board.company) == (
        "workable",
        "nordlicht-analytics",
        "Nordlicht Analytics",
    )
    assert board.url == "https://apply.workable.com/nordlicht-analytics"


def test_a_place_stating_only_its_country_code_is_in_that_country() -> None:
    job = {"shortcode": "C0DE1", "title": "Analyst", "url": "https://apply.workable.com/j/C0DE1"}
    places = [{"city": "Berlin", "countryCode": "DE"}, {"city": "Wien", "country": "Austria"}]
    body = json.dumps({"name": "Nordlicht", "jobs": [{**job, "locations": places}]}).encode()
    [posting] = workable.parse(_page(body))
    assert isinstance(posting, Posting) and posting.location == "Berlin, Germany; Wien, Austria"


def test_a_malformed_job_is_named_by_its_shortcode() -> None:
    job = {
        "shortcode": "9F2A11C0DE",
        "title": ["Welder"],
        "url": "https://apply.workable.com/j/9F2A11C0DE",
    }
    [skip] = workable.parse(_page(json.dumps({"name": "N", "jobs": [job]}).encode()))
    assert isinstance(skip, Skip) and skip.detail.startswith("job 9F2A11C0DE: AttributeError")


def test_a_short_link_is_the_accounts_page_which_names_the_employer() -> None:
    job = {
        "shortcode": "9F3A2B1C0D",
        "title": "Analyst",
        "url": "https://apply.workable.com/j/9F3A2B1C0D",
    }
    body = json.dumps({"name": "Mercury", "jobs": [job]}).encode()
    [posting] = workable.parse(_page(body))
    assert isinstance(posting, Posting)
    assert posting.url == "https://apply.workable.com/nordlicht/j/9F3A2B1C0D/"
    own = {**job, "url": "https://nordlicht.example/careers/analyst"}  # an own page stays
    [posting] = workable.parse(_page(json.dumps({"name": "Mercury", "jobs": [own]}).encode()))
    assert isinstance(posting, Posting) and posting.url == own["url"]
