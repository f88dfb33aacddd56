"""Lever: parse the real-shape fixtures and nasty variants; fetch over loopback."""

from __future__ import annotations

import dataclasses
import json
from datetime import UTC, datetime

import pytest
from conftest import fixture_bytes
from pytest_httpserver import HTTPServer

from extractors import lever
from extractors._contract import Page, ParseError, Posting, Skip, SourceUnavailable
from extractors._http import PoliteClient

API = "https://api.lever.co/v0/postings/loomworks?mode=json"


def _page(body: bytes, url: str = API) -> Page:
    fetched = datetime(2026, 3, 14, 6, 0, tzinfo=UTC)
    return Page("lever", url, 200, {}, body, fetched, scope="loomworks")


def _postings(case: str) -> list[Posting]:
    results = lever.parse(_page(fixture_bytes("lever", case)))
    return [r for r in results if isinstance(r, Posting)]


def test_module_follows_the_source_contract() -> None:
    assert lever.NAME == "lever"
    assert lever.WINDOWED is False
    assert "hostedUrl" in lever.ATTRIBUTION
    assert lever.Settings() == lever.Settings("https://api.lever.co", ())
    with pytest.raises(dataclasses.FrozenInstanceError):
        lever.Settings().sites = ("x",)  # type: ignore[misc]


def test_units_are_the_sites_each_once() -> None:
    settings = lever.Settings(sites=("loomworks", "acme", "loomworks"))
    assert lever.units(settings) == ["loomworks", "acme"]


def test_parse_sample_reads_commitment_workplace_and_salary_range() -> None:
    [posting] = _postings("postings.json")
    uid = "5f0c2d7e-1a2b-4c3d-9e8f-0123456789ab"
    assert posting == Posting(
        source="lever",
        source_id=uid,
        url=f"https://jobs.lever.co/loomworks/{uid}",
        title="Freelance Product Designer",
        company="Loomworks",  # Lever names no company: the site token in words
        text="Loomworks is looking for a contract designer.\n"
        "You will own our onboarding flows.\n\n"
        "Requirements\n4+ years product design\n\nFigma\n\n"
        "3-month engagement, possible extension.",
        html="<div>Loomworks is looking for a contract designer.</div>"
        "<div>You will own our onboarding flows.</div>"
        "<h3>Requirements</h3><ul><li>4+ years product design</li><li>Figma</li></ul>"
        "<div>3-month engagement, possible extension.</div>",
        posted_at=datetime(2026, 3, 13, 14, 32, 25, 678000, tzinfo=UTC),  # ms
        location="Remote - US",
        remote=True,
        workplace_raw="remote",
        engagement="contract",
        engagement_raw="Contract",
        rate_min=70.0,
        rate_max=90.0,
        rate_period="hour",
        currency="USD",
        salary_raw="USD 70-90 per-hour-wage",
        apply_url=f"https://jobs.lever.co/loomworks/{uid}/apply",
        extra={
            "country": "US",
            "team": "Design",
            "department": "Product",
            "all_locations": "Remote - US; New York, NY",
        },
    )


def test_parse_variant_hybrid_is_not_remote_and_yearly_range() -> None:
    hybrid = _postings("postings_variants.json")[0]
    assert (hybrid.remote, hybrid.workplace_raw) == (False, "hybrid")
    assert (hybrid.engagement, hybrid.engagement_raw) == ("full_time", "Full-time")
    assert (hybrid.rate_min, hybrid.rate_max, hybrid.rate_period) == (
        60000.0,
        75000.0,
        "year",
    )
    assert (hybrid.currency, hybrid.salary_raw) == (
        "EUR",
        "EUR 60000-75000 per-year-salary",
    )
    assert hybrid.text == "Three office days a week.\n\nPlus equity."  # pay note kept
    assert hybrid.posted_at == datetime(2026, 3, 1, 9, 30, 0, 250000, tzinfo=UTC)
    assert hybrid.extra["level"] == "Senior"


def test_parse_variant_on_site_with_an_interval_of_no_single_period() -> None:
    on_site = _postings("postings_variants.json")[1]
    assert (on_site.remote, on_site.workplace_raw) == (False, "on-site")
    assert (on_site.engagement, on_site.engagement_raw) == ("part_time", "Part Time")
    assert (on_site.rate_min, on_site.rate_max, on_site.currency) == (
        2000.0,
        2500.0,
        "GBP",
    )
    assert on_site.rate_period is None  # bi-week-salary: not guessed
    assert on_site.salary_raw == "GBP 2000-2500 bi-week-salary"
    assert on_site.apply_url is None and on_site.html is None
    assert on_site.extra == {"country": "GB", "all_locations": "London; Leeds"}


def test_parse_variant_bengali_unspecified_and_no_categories() -> None:
    bangla = _postings("postings_variants.json")[2]
    assert bangla.title == "ফ্রিল্যান্স কপিরাইটার"
    assert (bangla.remote, bangla.workplace_raw) == (None, "unspecified")
    assert bangla.text == (
        "বাংলা & English copy, <10 pieces a month.\n\n"
        "You & us\nDeadlines & drafts\n\nবাংলা\n\n"
        "£400–£500 per day, depending on experience"
    )
    assert "<h3>You &amp; us</h3>" in (bangla.html or "")
    # a pay note without salaryRange is kept as stated, never read into rate fields
    assert bangla.salary_raw == "£400–£500 per day, depending on experience"
    assert bangla.rate_min is None and bangla.rate_period is None
    assert (bangla.engagement, bangla.location, bangla.posted_at) == (None, None, None)
    assert (bangla.apply_url, bangla.extra) == (None, {})


def test_parse_variants_skip_unusable_postings_and_carry_on() -> None:
    page = _page(fixture_bytes("lever", "postings_variants.json"))
    skips = [r for r in lever.parse(page) if isinstance(r, Skip)]
    assert [s.reason for s in skips] == ["no_url", "no_title", "no_id", "malformed"]
    assert skips[0].detail == "posting 44444444-5555-4666-8777-888888888888"


def test_parse_empty_site_yields_nothing() -> None:
    assert list(lever.parse(_page(fixture_bytes("lever", "postings_empty.json")))) == []


@pytest.mark.parametrize(
    "body",
    [
        fixture_bytes("lever", "not_found.json"),
        b"<html>Bad gateway</html>",
        b'{"postings": []}',
    ],
    ids=["the document-not-found object", "an html page", "an object"],
)
def test_parse_rejects_a_page_of_the_wrong_shape(body: bytes) -> None:
    with pytest.raises(ParseError, match="v0/postings/loomworks"):
        list(lever.parse(_page(body)))


def test_fetch_hits_the_real_api_path_per_site(httpserver: HTTPServer) -> None:
    httpserver.expect_request("/v0/postings/loomworks", query_string="mode=json").respond_with_data(
        fixture_bytes("lever", "postings.json"), content_type="application/json"
    )
    base = httpserver.url_for("/").rstrip("/")
    settings = lever.Settings(base_url=base, sites=("loomworks",))
    with PoliteClient(lever.NAME, min_interval=0, obey_robots=False) as client:
        [page] = lever.fetch(settings, "loomworks", client)
    httpserver.check_assertions()
    assert page.url == f"{base}/v0/postings/loomworks?mode=json"
    assert (page.source, page.scope) == ("lever", "loomworks")
    [posting] = lever.parse(page)
    assert isinstance(posting, Posting) and posting.company == "Loomworks"


def test_fetch_of_an_unknown_site_raises_source_unavailable(
    httpserver: HTTPServer,
) -> None:
    httpserver.expect_request("/v0/postings/gone").respond_with_data(
        fixture_bytes("lever", "not_found.json"),
        status=404,
        content_type="application/json",
    )
    settings = lever.Settings(base_url=httpserver.url_for("/").rstrip("/"))
    client = PoliteClient(lever.NAME, min_interval=0, obey_robots=False)
    with client, pytest.raises(SourceUnavailable) as raised:
        list(lever.fetch(settings, "gone", client))
    assert raised.value.status == 404
    assert len(httpserver.log) == 1  # a base_url of its own: no EU host asked


def test_the_eu_host_is_asked_only_from_the_us_one() -> None:
    assert lever._eu_base(lever.Settings()) == "https://api.eu.lever.co"
    assert lever._eu_base(lever.Settings(base_url="http://127.0.0.1:9")) == ""
    assert lever._eu_base(lever.Settings(eu_base_url="")) == ""


def test_fetch_asks_the_eu_host_for_a_site_the_base_url_does_not_know(
    httpserver: HTTPServer,
) -> None:
    not_found = fixture_bytes("lever", "not_found.json")
    for path in ("/us/v0/postings/loomworks", "/us/v0/postings/gone", "/eu/v0/postings/gone"):
        httpserver.expect_request(path).respond_with_data(not_found, status=404)
    httpserver.expect_request("/eu/v0/postings/loomworks").respond_with_data(
        fixture_bytes("lever", "postings.json"), content_type="application/json"
    )
    base = httpserver.url_for("/").rstrip("/")
    settings = lever.Settings(base_url=f"{base}/us", eu_base_url=f"{base}/eu")
    client = PoliteClient(lever.NAME, min_interval=0, obey_robots=False)
    with client:
        [page] = lever.fetch(settings, "loomworks", client)
        with pytest.raises(
            SourceUnavailable, match=f"\\(nor at {base}/eu/v0/postings/gone; no board 'gone'"
        ) as raised:
            list(lever.fetch(settings, "gone", client))
    assert page.url == f"{base}/eu/v0/postings/loomworks?mode=json"
    assert [p.company for p in lever.parse(page) if isinstance(p, Posting)] == ["Loomworks"]
    assert raised.value.url == f"{base}/us/v0/postings/gone?mode=json"
    assert client.stats.counts["fallback/eu"] == 2


def test_a_site_written_as_its_eu_careers_url_is_asked_at_the_eu_host_first(
    httpserver: HTTPServer,
) -> None:
    httpserver.expect_request("/eu/v0/postings/loomworks").respond_with_data(
        fixture_bytes("lever", "postings.json"), content_type="application/json"
    )
    base = httpserver.url_for("/").rstrip("/")
    sites = (lever.Site("https://jobs.eu.lever.co/loomworks/", company="Loomworks Ltd"),)
    settings = lever.Settings(base_url=f"{base}/us", eu_base_url=f"{base}/eu", sites=sites)
    client = PoliteClient(lever.NAME, min_interval=0, obey_robots=False)
    with client:
        [unit] = lever.units(settings)
        [page] = lever.fetch(settings, unit, client)
    assert unit == "loomworks"
    assert [request.path for request, _ in httpserver.log] == ["/eu/v0/postings/loomworks"]
    assert page.url == f"{base}/eu/v0/postings/loomworks?mode=json"


@pytest.mark.parametrize(
    ("created_at", "posted_at"),
    [
        ("1773412345678", datetime(2026, 3, 13, 14, 32, 25, 678000, tzinfo=UTC)),
        ("2026-03-13T14:32:25Z", datetime(2026, 3, 13, 14, 32, 25, tzinfo=UTC)),
        ("soon", None),
        (1773412345, datetime(2026, 3, 13, 14, 32, 25, tzinfo=UTC)),
    ],
    ids=["a string of milliseconds", "iso", "words", "seconds, not 1970"],
)
def test_parse_created_at_in_another_shape_keeps_the_posting(
    created_at: str, posted_at: datetime | None
) -> None:
    item = {"id": "p1", "text": "QA", "hostedUrl": "https://jobs.lever.co/loomworks/p1"}
    body = json.dumps([{**item, "createdAt": created_at}]).encode()
    [posting] = lever.parse(_page(body))
    assert isinstance(posting, Posting) and posting.posted_at == posted_at


@pytest.mark.parametrize(
    ("categories", "location"),
    [
        ({"location": "Berlin", "allLocations": ["Berlin", "Hamburg"]}, "Berlin"),
        ({"allLocations": ["Amsterdam", " Utrecht", "Amsterdam"]}, "Amsterdam; Utrecht"),
        ({"location": "", "allLocations": []}, None),
    ],
)
def test_a_posting_placed_only_by_all_locations_keeps_them(
    categories: dict[str, object], location: str | None
) -> None:
    item = {"id": "p1", "text": "Designer", "hostedUrl": "https://jobs.lever.co/loomworks/p1"}
    [posting] = lever.parse(_page(json.dumps([{**item, "categories": categories}]).encode()))
    assert isinstance(posting, Posting) and posting.location == location


@pytest.mark.parametrize(
    ("low", "high", "rate"),
    [
        ("140,000", "170000", (140000.0, 170000.0)),  # amounts as strings
        ("", "tbd", (None, None)),  # unreadable: the rate is unknown, the posting kept
    ],
)
def test_salary_range_amounts_as_strings(
    low: object, high: object, rate: tuple[float | None, float | None]
) -> None:
    item = {"id": "p1", "text": "QA", "hostedUrl": "https://jobs.lever.co/loomworks/p1"}
    salary = {"currency": "CAD", "interval": "per-year-salary", "min": low, "max": high}
    [posting] = lever.parse(_page(json.dumps([{**item, "salaryRange": salary}]).encode()))
    assert isinstance(posting, Posting) and (posting.rate_min, posting.rate_max) == rate


def _one(**fields: object) -> bytes:
    posting = {
        "id": "5a1e-77",
        "text": "Freelance Motion Designer",
        "categories": {"commitment": "Contract", "location": "Lisbon", "team": "Brand"},
        "hostedUrl": "https://jobs.lever.co/loomworks/5a1e-77",
        "applyUrl": "https://jobs.lever.co/loomworks/5a1e-77/apply",
        "descriptionPlain": "Animate product videos.",
        "workplaceType": "remote",
    }
    return json.dumps([posting | fields]).encode()


@pytest.mark.parametrize("hosted", [None, "", "  "])
def test_a_posting_without_its_page_links_to_its_application(hosted: str | None) -> None:
    [posting] = lever.parse(_page(_one(hostedUrl=hosted)))
    assert isinstance(posting, Posting)
    assert posting.url == "https://jobs.lever.co/loomworks/5a1e-77/apply"


def test_a_posting_with_no_link_at_all_is_skipped() -> None:
    [skip] = lever.parse(_page(_one(hostedUrl=None, applyUrl=None)))
    assert skip == Skip("no_url", "posting 5a1e-77")


def test_a_wrong_typed_optional_field_costs_that_field_only() -> None:
    categories = {"commitment": ["Contract", "Part-time"], "location": "Lisbon", "team": "Brand"}
    [posting] = lever.parse(_page(_one(categories=categories, workplaceType=2)))
    assert isinstance(posting, Posting)
    assert (posting.location, posting.extra["team"]) == ("Lisbon", "Brand")
    assert (posting.engagement, posting.workplace_raw) == (None, None)
    dropped = "categories.commitment (a list); workplaceType (an int)"
    assert posting.extra["unreadable_fields"] == dropped


def test_a_wrong_typed_title_still_skips_the_posting_by_its_id() -> None:
    [skip] = lever.parse(_page(_one(text={"en": "Designer"})))
    assert isinstance(skip, Skip) and skip.reason == "malformed"
    assert skip.detail.startswith("posting 5a1e-77: AttributeError")


def test_an_entity_escaped_title_is_decoded_once() -> None:
    [posting] = lever.parse(_page(_one(text="Illustrator &amp; Animator &amp;amp; more")))
    assert isinstance(posting, Posting)
    assert posting.title == "Illustrator & Animator &amp; more"
