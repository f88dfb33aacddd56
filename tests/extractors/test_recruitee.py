"""Recruitee: parse the real-shape fixtures and nasty variants; fetch over loopback."""

from __future__ import annotations

import dataclasses
from datetime import UTC, datetime

import pytest
from conftest import fixture_bytes
from pytest_httpserver import HTTPServer

from extractors import recruitee
from extractors._board_list import Board
from extractors._contract import Page, ParseError, Posting, Skip
from extractors._discovery import apis, probe
from extractors._http import PoliteClient
from extractors._joburls import DeclaredIds

API = "https://zeemeeuw.recruitee.com/api/offers/"


def _page(body: bytes, url: str = API) -> Page:
    fetched = datetime(2026, 11, 27, 6, 0, tzinfo=UTC)
    return Page("recruitee", url, 200, {}, body, fetched, scope="zeemeeuw")


def _postings(case: str) -> dict[str, Posting]:
    results = recruitee.parse(_page(fixture_bytes("recruitee", case)))
    return {r.source_id: r for r in results if isinstance(r, Posting)}


def test_module_follows_the_source_contract() -> None:
    assert (recruitee.NAME, recruitee.WINDOWED, recruitee.PROVENANCE) == (
        "recruitee",
        False,
        "employer",
    )
    assert "Recruitee" in recruitee.ATTRIBUTION
    assert recruitee.Settings().base_url == "https://{}.recruitee.com"
    with pytest.raises(dataclasses.FrozenInstanceError):
        recruitee.Settings().boards = ("x",)  # type: ignore[misc]


def test_units_are_the_companies_each_once_and_none_by_default() -> None:
    assert recruitee.units(recruitee.Settings()) == []  # opt-in: no feed licence
    settings = recruitee.Settings(boards=("zeemeeuw", Board("reiger", "Reiger NV"), "zeemeeuw"))
    assert recruitee.units(settings) == ["zeemeeuw", "reiger"]
    assert recruitee.companies(settings) == {"reiger": "Reiger NV"}


def test_parse_sample_reads_terms_workplace_place_and_pay() -> None:
    posting = _postings("offers.json")["1938211"]
    assert posting == Posting(
        source="recruitee",
        source_id="1938211",
        url="https://zeemeeuw.recruitee.com/o/freelance-backend-developer-python",
        title="Freelance Backend Developer (Python)",
        company="Zeemeeuw Energie B.V.",
        text=(
            "Help us build the API behind our smart-meter app for six months.\n\n"
            "Requirements\n\nDjango or FastAPI\n\nPostgreSQL"
        ),
        html=(
            "<p>Help us build the API behind our smart-meter app for six months.</p>"
            "<h3>Requirements</h3><ul><li>Django or FastAPI</li><li>PostgreSQL</li></ul>"
        ),
        posted_at=datetime(2026, 11, 25, 8, 14, 2, tzinfo=UTC),  # published_at
        location="Utrecht, Netherlands",
        remote=True,
        workplace_raw="Remote",
        engagement="freelance",
        engagement_raw="freelance",
        rate_min=70.0,
        rate_max=85.0,
        rate_period="hour",
        currency="EUR",
        salary_raw="EUR 70-85 hour",
        apply_url="https://zeemeeuw.recruitee.com/o/freelance-backend-developer-python/c/new",
        extra={"department": "Engineering", "hours": "24-32", "country": "NL"},
    )


def test_parse_sample_hybrid_is_not_remote_and_a_monthly_salary() -> None:
    posting = _postings("offers.json")["1938266"]
    assert (posting.remote, posting.workplace_raw) == (False, "Hybrid")
    assert (posting.engagement, posting.engagement_raw) == ("full_time", "fulltime_permanent")
    assert (posting.rate_min, posting.rate_max, posting.rate_period, posting.currency) == (
        4200.0,
        5600.0,
        "month",
        "EUR",
    )
    assert posting.extra["hours"] == "40"


def test_variant_on_site_temporary_without_texts_pay_or_links() -> None:
    posting = _postings("offers_variants.json")["3000001"]
    assert posting.url == "https://zeemeeuw.recruitee.com/o/seasonal-installer"  # from slug
    assert (posting.remote, posting.workplace_raw) == (False, "On-site")
    assert (posting.engagement, posting.text, posting.html) == ("contract", "", None)
    assert (posting.rate_min, posting.rate_max, posting.salary_raw) == (None, None, None)
    assert posting.location == "Eindhoven, Netherlands"  # city and the code's country
    assert posting.posted_at == datetime(2026, 11, 1, 7, 0, tzinfo=UTC)  # created_at
    assert posting.company == "Zeemeeuw"  # no company_name: the token in words


def test_variant_fixed_term_with_no_flag_and_a_lower_bound_only() -> None:
    posting = _postings("offers_variants.json")["3000002"]
    assert (posting.remote, posting.workplace_raw) == (None, None)  # all false: unstated
    assert posting.engagement == "contract"
    assert (posting.rate_min, posting.rate_max, posting.rate_period) == (52000.0, None, "year")
    assert posting.salary_raw == "EUR 52000 year"


def test_variant_internship_is_none_of_our_terms() -> None:
    posting = _postings("offers_variants.json")["3000003"]
    assert (posting.engagement, posting.engagement_raw) == (None, "internship")


def test_variants_skip_unpublished_and_unusable_offers() -> None:
    results = list(recruitee.parse(_page(fixture_bytes("recruitee", "offers_variants.json"))))
    assert [r for r in results if isinstance(r, Skip)] == [
        Skip("not_published", "offer 3000004"),
        Skip("no_url", "offer 3000005"),
        Skip("no_title", "offer 3000006"),
        Skip("no_id", "No Id"),
        Skip("malformed", "offer at index 7 is a str"),
    ]


def test_an_empty_site_yields_nothing() -> None:
    assert _postings("offers_empty.json") == {}


@pytest.mark.parametrize(
    "body",
    [b"<html>Not found</html>", b"[]", b'{"offers": {}}'],
    ids=["an html page", "a bare array", "offers not a list"],
)
def test_parse_rejects_a_page_of_the_wrong_shape(body: bytes) -> None:
    with pytest.raises(ParseError, match="zeemeeuw.recruitee.com"):
        list(recruitee.parse(_page(body)))


def test_a_job_id_is_its_slug_on_its_companys_host() -> None:
    finder = DeclaredIds([(recruitee.NAME, ids) for ids in recruitee.JOB_IDS])
    assert finder.ids("zeemeeuw.recruitee.com", "/o/product-designer/c/new", []) == {
        "recruitee:zeemeeuw/product-designer"
    }
    # one slug at two companies is two jobs; a second opening is "-2"
    assert finder.ids("otter.recruitee.com", "/o/product-designer", []) == {
        "recruitee:otter/product-designer"
    }
    assert finder.ids("zeemeeuw.recruitee.com", "/o/product-designer-2", []) == {
        "recruitee:zeemeeuw/product-designer-2"
    }
    assert not finder.ids("zeemeeuw.recruitee.com", "/", [])


def test_fetch_hits_the_real_api_path(httpserver: HTTPServer) -> None:
    httpserver.expect_request("/api/offers/").respond_with_data(
        fixture_bytes("recruitee", "offers.json"), content_type="application/json"
    )
    base = httpserver.url_for("/").rstrip("/")  # no {}: this server serves every company
    settings = recruitee.Settings(base_url=base, boards=("zeemeeuw",))
    with PoliteClient(recruitee.NAME, min_interval=0, obey_robots=False) as client:
        [page] = recruitee.fetch(settings, "zeemeeuw", client)
    httpserver.check_assertions()
    assert (page.url, page.scope) == (f"{base}/api/offers/", "zeemeeuw")
    postings = [r for r in recruitee.parse(page) if isinstance(r, Posting)]
    assert [p.source_id for p in postings] == ["1938211", "1938266"]


def test_board_discovery_trusts_a_token_that_spells_the_whole_name(
    httpserver: HTTPServer,
) -> None:
    httpserver.no_handler_status_code = 404  # no board on the other ATSs
    httpserver.expect_request("/api/offers/").respond_with_data(
        fixture_bytes("recruitee", "offers.json"), content_type="application/json"
    )
    bases = dict.fromkeys(apis(), httpserver.url_for("/"))
    with PoliteClient("discovery", min_interval=0, obey_robots=False) as client:
        found = probe("Zeemeeuw Energie", client, base_urls=bases)
    [board] = [board for board in found if board.source == "recruitee"]
    assert (board.token, board.company, board.jobs) == ("zeemeeuwenergie", "Zeemeeuw Energie", 2)
    assert board.url == "https://zeemeeuwenergie.recruitee.com"
