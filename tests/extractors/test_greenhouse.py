"""Greenhouse: parse the real-shape fixtures and nasty variants; fetch over loopback."""

from __future__ import annotations

import dataclasses
import html
import json
from datetime import UTC, datetime
from typing import Any

import pytest
from conftest import fixture_bytes
from pytest_httpserver import HTTPServer

from extractors import greenhouse
from extractors._contract import Page, ParseError, Posting, Skip, SourceUnavailable
from extractors._http import PoliteClient

API = "https://boards-api.greenhouse.io/v1/boards/quillfeather/jobs?content=true"


def _page(body: bytes, url: str = API) -> Page:
    fetched = datetime(2026, 3, 14, 6, 0, tzinfo=UTC)
    return Page("greenhouse", url, 200, {}, body, fetched, scope="quillfeather")


def _postings(case: str) -> list[Posting]:
    results = greenhouse.parse(_page(fixture_bytes("greenhouse", case)))
    return [r for r in results if isinstance(r, Posting)]


def test_module_follows_the_source_contract() -> None:
    assert greenhouse.NAME == "greenhouse"
    assert greenhouse.WINDOWED is False
    assert "absolute_url" in greenhouse.ATTRIBUTION
    assert greenhouse.Settings() == greenhouse.Settings("https://boards-api.greenhouse.io", ())
    with pytest.raises(dataclasses.FrozenInstanceError):
        greenhouse.Settings().boards = ("x",)  # type: ignore[misc]


def test_units_are_the_boards_each_once() -> None:
    settings = greenhouse.Settings(boards=("quillfeather", "acme", "quillfeather"))
    assert greenhouse.units(settings) == ["quillfeather", "acme"]
    assert greenhouse.units(greenhouse.Settings()) == []


def test_parse_sample_unescapes_content_once_then_strips_tags() -> None:
    [posting] = _postings("jobs_content_true.json")
    url = "https://job-boards.greenhouse.io/quillfeather/jobs/7712345"
    assert posting == Posting(
        source="greenhouse",
        source_id="7712345",
        url=url,
        title="Contract Backend Engineer (Python)",
        company="Quillfeather Labs",
        text="We build scheduling software for small clinics.\n\n"
        "What you'll do\n\nOwn our booking API",
        html="<p>We build scheduling software for small clinics.</p>"
        "<h3>What you&#39;ll do</h3><ul><li>Own our booking API</li></ul>",
        # first_published, not updated_at; -05:00 converted to UTC
        posted_at=datetime(2026, 3, 2, 13, 0, tzinfo=UTC),
        location="Remote - Europe",
        remote=None,  # "Remote - Europe" is free text, not a structured flag
        engagement="contract",
        engagement_raw="Contract",
        apply_url=url,
        requisition_id="ENG-204",
        language="en",
        extra={
            "departments": "Engineering",
            "offices": "Remote",
            "internal_job_id": "5123001",
            "updated_at": "2026-03-12T09:41:07-04:00",
        },
    )


def test_parse_variant_bengali_double_escaped_content_and_null_metadata() -> None:
    bangla = _postings("jobs_variants.json")[0]
    assert bangla.title == "ডেটা অ্যানালিস্ট (Contract)"
    # &amp;amp; -> &amp; (unescape) -> & (html parser); &amp;lt;code&amp;gt; stays text
    assert bangla.text == "স্বাগতম & welcome to R&D\n\nUse <code> tags"
    assert bangla.html == "<p>স্বাগতম &amp; welcome to R&amp;D</p><p>Use &lt;code&gt; tags</p>"
    assert bangla.company == "quillfeather"  # no company_name: the board token
    assert bangla.posted_at == datetime(2026, 3, 9, 21, 5, 44, tzinfo=UTC)  # updated_at
    assert bangla.language == "bn"
    assert bangla.location is None and bangla.requisition_id is None
    # "(Contract)" in the title is free text: engagement stays unset here
    assert bangla.engagement is None and bangla.engagement_raw is None
    assert bangla.salary_raw is None


def test_parse_variant_metadata_multi_select_and_one_pay_range() -> None:
    part_time = _postings("jobs_variants.json")[1]
    assert (part_time.engagement, part_time.engagement_raw) == (
        "part_time",
        "Part-time",
    )
    assert (part_time.rate_min, part_time.rate_max) == (45.0, 60.0)
    assert (part_time.currency, part_time.rate_period) == ("EUR", None)  # no period
    assert part_time.salary_raw == "Pay Transparency Range: 45.0-60.0 EUR"
    assert part_time.url == "https://careers.quillfeather.example/jobs?gh_jid=7712401"
    assert part_time.apply_url == part_time.url
    assert part_time.requisition_id == "3301"  # an int in the payload
    assert part_time.posted_at == datetime(2026, 3, 5, 10, 0, tzinfo=UTC)
    assert part_time.extra["offices"] == "Berlin"


def test_parse_variant_ranges_per_country_keep_text_but_no_rate() -> None:
    senior = _postings("jobs_variants.json")[2]
    assert (senior.engagement, senior.engagement_raw) == ("full_time", "Full Time")
    assert senior.rate_min is None and senior.rate_max is None and senior.currency is None
    assert senior.salary_raw == (
        "USA: Pay Transparency Range: 120000.0-150000.0 USD; "
        "Canada: Pay Transparency Range: 150000.0-180000.0 CAD"
    )
    assert (senior.text, senior.html) == ("", None)  # content null
    assert senior.posted_at == datetime(2026, 2, 20, 20, 30, tzinfo=UTC)


def test_parse_variants_skip_unusable_jobs_and_carry_on() -> None:
    page = _page(fixture_bytes("greenhouse", "jobs_variants.json"))
    skips = [r for r in greenhouse.parse(page) if isinstance(r, Skip)]
    assert [s.reason for s in skips] == ["no_url", "no_title", "no_id", "malformed"]
    assert skips[0].detail == "job 7712403"


def test_parse_empty_board_yields_nothing() -> None:
    assert list(greenhouse.parse(_page(fixture_bytes("greenhouse", "jobs_empty.json")))) == []


@pytest.mark.parametrize(
    "body",
    [b"<!doctype html><p>Maintenance</p>", b"[]", b'{"status": 404}'],
    ids=["an html page", "a bare array", "no jobs key"],
)
def test_parse_rejects_a_page_of_the_wrong_shape(body: bytes) -> None:
    with pytest.raises(ParseError, match="v1/boards/quillfeather/jobs"):
        list(greenhouse.parse(_page(body)))


def test_fetch_hits_the_real_api_path_per_board(httpserver: HTTPServer) -> None:
    httpserver.expect_request(
        "/v1/boards/quillfeather/jobs", query_string="content=true"
    ).respond_with_data(
        fixture_bytes("greenhouse", "jobs_content_true.json"),
        content_type="application/json",
    )
    base = httpserver.url_for("/").rstrip("/")
    settings = greenhouse.Settings(base_url=base, boards=("quillfeather",))
    with PoliteClient(greenhouse.NAME, min_interval=0, obey_robots=False) as client:
        [page] = greenhouse.fetch(settings, "quillfeather", client)
    httpserver.check_assertions()
    assert page.url == f"{base}/v1/boards/quillfeather/jobs?content=true"
    assert (page.source, page.scope) == ("greenhouse", "quillfeather")
    [posting] = greenhouse.parse(page)
    assert isinstance(posting, Posting) and posting.source_id == "7712345"


def test_fetch_of_an_unknown_board_raises_source_unavailable(
    httpserver: HTTPServer,
) -> None:
    httpserver.expect_request("/v1/boards/gone/jobs").respond_with_json(
        {"status": 404, "error": "Job board not found"}, status=404
    )
    settings = greenhouse.Settings(base_url=httpserver.url_for("/").rstrip("/"))
    client = PoliteClient(greenhouse.NAME, min_interval=0, obey_robots=False)
    with client, pytest.raises(SourceUnavailable) as raised:
        list(greenhouse.fetch(settings, "gone", client))
    assert raised.value.status == 404


def test_the_eu_api_is_asked_only_from_the_us_one() -> None:
    assert greenhouse._eu_base(greenhouse.Settings()) == "https://boards-api.eu.greenhouse.io"
    assert greenhouse._eu_base(greenhouse.Settings(base_url="http://127.0.0.1:9")) == ""
    assert greenhouse._eu_base(greenhouse.Settings(eu_base_url="")) == ""


def test_fetch_asks_the_eu_api_for_a_board_the_base_url_does_not_know(
    httpserver: HTTPServer,
) -> None:
    """An EU board listed as a bare token is unknown to the US API: asked at the EU one next."""
    missing = {"status": 404, "error": "Job board not found"}
    unknown = ("/us/v1/boards/nordvik/jobs", "/us/v1/boards/gone/jobs", "/eu/v1/boards/gone/jobs")
    for path in unknown:
        httpserver.expect_request(path).respond_with_json(missing, status=404)
    httpserver.expect_request("/eu/v1/boards/nordvik/jobs").respond_with_data(
        fixture_bytes("greenhouse", "jobs_content_true.json"), content_type="application/json"
    )
    base = httpserver.url_for("/").rstrip("/")
    settings = greenhouse.Settings(base_url=f"{base}/us", eu_base_url=f"{base}/eu")
    client = PoliteClient(greenhouse.NAME, min_interval=0, obey_robots=False)
    with client:
        [page] = greenhouse.fetch(settings, "nordvik", client)
        with pytest.raises(SourceUnavailable, match=f"nor at {base}/eu/v1/boards/gone/jobs"):
            list(greenhouse.fetch(settings, "gone", client))
    assert page.url == f"{base}/eu/v1/boards/nordvik/jobs?content=true"
    assert [p.source_id for p in greenhouse.parse(page) if isinstance(p, Posting)] == ["7712345"]
    assert client.stats.counts["fallback/eu"] == 2


def test_a_board_written_as_its_eu_careers_url_is_asked_at_the_eu_api_first(
    httpserver: HTTPServer,
) -> None:
    """job-boards.eu.greenhouse.io/nordvik says where the board lives: no US 404 first; a
    board that moved back to the US is still found there."""
    httpserver.expect_request("/eu/v1/boards/nordvik/jobs").respond_with_data(
        fixture_bytes("greenhouse", "jobs_content_true.json"), content_type="application/json"
    )
    httpserver.expect_request("/eu/v1/boards/moved/jobs").respond_with_json({}, status=404)
    httpserver.expect_request("/us/v1/boards/moved/jobs").respond_with_json({"jobs": []})
    base = httpserver.url_for("/").rstrip("/")
    written = (
        "https://job-boards.eu.greenhouse.io/nordvik",
        "job-boards.eu.greenhouse.io/moved?gh_src=abc",
        "https://job-boards.greenhouse.io/larkspur",
    )
    settings = greenhouse.Settings(base_url=f"{base}/us", eu_base_url=f"{base}/eu", boards=written)
    client = PoliteClient(greenhouse.NAME, min_interval=0, obey_robots=False)
    with client:
        [nordvik, moved, _] = greenhouse.units(settings)
        [page] = greenhouse.fetch(settings, nordvik, client)
        [back] = greenhouse.fetch(settings, moved, client)
    asked = [request.path for request, _ in httpserver.log]
    assert asked == [
        "/eu/v1/boards/nordvik/jobs",
        "/eu/v1/boards/moved/jobs",
        "/us/v1/boards/moved/jobs",
    ]
    assert page.url == f"{base}/eu/v1/boards/nordvik/jobs?content=true"
    assert back.url == f"{base}/us/v1/boards/moved/jobs?content=true"
    assert client.stats.counts["fallback/us"] == 1
    assert "fallback/eu" not in client.stats.counts


@pytest.mark.parametrize(
    ("low", "high", "expected"),
    [("140,000", "180,000", (140000.0, 180000.0)), ("", "n/a", (None, None))],
)
def test_a_pay_range_of_strings_is_read_and_junk_keeps_the_job(
    low: str, high: str, expected: tuple[float | None, float | None]
) -> None:
    job = {
        "id": 7712490,
        "title": "Data Engineer",
        "absolute_url": "https://job-boards.greenhouse.io/quillfeather/jobs/7712490",
        "updated_at": "2026-03-05T10:00:00-05:00",
        "metadata": [
            {
                "name": "Pay Transparency Range",
                "value_type": "currency_range",
                "value": {"min_value": low, "max_value": high, "unit": "USD"},
            }
        ],
    }
    body = json.dumps({"jobs": [job], "meta": {"total": 1}}).encode()
    [posting] = [r for r in greenhouse.parse(_page(body)) if isinstance(r, Posting)]
    assert (posting.rate_min, posting.rate_max) == expected


def test_parse_offices_for_a_missing_location_and_pay_in_cents() -> None:
    # location null (or a bare string), offices and departments with stray entries,
    # pay_input_ranges in cents, and one range stated in both fields
    sre, support = _postings("jobs_offices_and_pay.json")
    assert sre.location == "Lisbon, Portugal; Porto, Portugal"
    assert sre.extra["departments"] == "Infrastructure"
    assert sre.extra["offices"] == "Lisbon; Porto"
    assert (sre.rate_min, sre.rate_max, sre.currency) == (65000.0, 80000.0, "EUR")
    assert sre.salary_raw == "Portugal: 65000-80000 EUR"
    assert sre.text == "Keep & scale our fleet."
    assert support.location == "Remote - Europe"
    assert (support.rate_min, support.rate_max, support.currency) == (40000.0, 50000.0, "EUR")


def test_an_entity_escaped_title_and_company_name_are_decoded() -> None:
    job = {
        "id": 7100002,
        "title": "Solutions Architect &amp; Trainer",
        "absolute_url": "https://job-boards.eu.greenhouse.io/quillfeather/jobs/7100002",
        "company_name": "Quill &amp; Feather",
        "location": {"name": "Dublin"},
        "content": "&lt;p&gt;Train clients&lt;/p&gt;",
    }
    body = json.dumps({"jobs": [job], "meta": {"total": 1}}).encode()
    [posting] = greenhouse.parse(_page(body))
    assert isinstance(posting, Posting)
    assert (posting.title, posting.company) == ("Solutions Architect & Trainer", "Quill & Feather")
    assert posting.text == "Train clients"


def _job(**fields: Any) -> dict[str, Any]:
    job = {
        "id": 7712600,
        "title": "Platform Engineer",
        "absolute_url": "https://job-boards.greenhouse.io/quillfeather/jobs/7712600",
        "updated_at": "2026-03-05T10:00:00-05:00",
        "location": {"name": "Lisbon"},
    }
    return {**job, **fields}


def _one(job: dict[str, Any]) -> Posting:
    body = json.dumps({"jobs": [job], "meta": {"total": 1}}).encode()
    [posting] = [r for r in greenhouse.parse(_page(body)) if isinstance(r, Posting)]
    return posting


@pytest.mark.parametrize(
    ("field", "value", "remote"),
    [
        ("Workplace Type", "Hybrid", False),
        ("Location Type", "Fully Remote", True),
        ("Remote", "Yes", True),
        ("Remote Eligible", False, False),
        ("Quota Coverage Type", "Remote Overlay", None),  # no workplace field
    ],
)
def test_a_workplace_custom_field_states_whether_the_job_is_remote(
    field: str, value: Any, remote: bool | None
) -> None:
    metadata = [
        {"id": 1, "name": "Employment Type", "value": "Independent Contractor"},
        {"id": 2, "name": field, "value": value, "value_type": "single_select"},
    ]
    posting = _one(_job(metadata=metadata))
    assert (posting.engagement, posting.engagement_raw) == ("contract", "Independent Contractor")
    assert posting.remote is remote
    assert posting.workplace_raw == (f"{field}: {value}" if remote is not None else None)


def test_a_pay_range_titled_hourly_is_an_hourly_rate() -> None:
    ranges = [
        {"min_cents": 6500, "max_cents": 9000, "currency_type": "USD", "title": "Hourly Rate"}
    ]
    posting = _one(_job(pay_input_ranges=ranges))
    assert (posting.rate_min, posting.rate_max, posting.currency) == (65.0, 90.0, "USD")
    assert posting.rate_period == "hour"
    base = [{"min_cents": 12000000, "max_cents": 15000000, "currency_type": "USD", "title": "Base"}]
    assert _one(_job(pay_input_ranges=base)).rate_period is None  # the title names none


def _pay_block(*ranges: tuple[str, str, str]) -> str:
    """Content with Greenhouse's pay transparency block, entity-escaped as the API sends it."""
    inputs = "".join(
        f'<div class="pay-input"><div class="title">{title}</div><div class="pay-range">'
        f'<span>{low}</span><span class="divider">&mdash;</span><span>{high}</span></div></div>'
        for title, low, high in ranges
    )
    block = f'<p>Shape our print pipeline.</p><div class="content-pay-transparency">{inputs}</div>'
    return html.escape(block)


@pytest.mark.parametrize(
    ("ranges", "rate"),
    [
        ([("Hourly Pay Range", "$45", "$60 USD")], (45.0, 60.0, "hour", "USD")),
        ([("Annual Base Salary", "€70.000", "€85.000 EUR")], (70000.0, 85000.0, "year", "EUR")),
        # no period named: the salary reader downstream tells a year by the amount
        ([("US Pay Range", "$120,000", "$150,000 USD")], (120000.0, 150000.0, None, "USD")),
        (
            [("US", "$120,000", "$150,000 USD"), ("Canada", "$130,000", "$160,000 CAD")],
            (None, None, None, None),
        ),
    ],
    ids=["hourly", "dots group thousands", "no period", "one range per country"],
)
def test_the_pay_transparency_block_in_content_is_the_pay(
    ranges: list[tuple[str, str, str]], rate: tuple[Any, ...]
) -> None:
    posting = _one(_job(content=_pay_block(*ranges)))
    assert (posting.rate_min, posting.rate_max, posting.rate_period, posting.currency) == rate
    assert "Shape our print pipeline." in posting.text


def test_the_same_range_in_a_field_and_in_content_is_one_range() -> None:
    cents = [{"min_cents": 4500, "max_cents": 6000, "currency_type": "USD", "title": "Pay"}]
    content = _pay_block(("Hourly Pay Range", "$45", "$60 USD"))
    posting = _one(_job(pay_input_ranges=cents, content=content))
    assert (posting.rate_min, posting.rate_max, posting.currency) == (45.0, 60.0, "USD")
