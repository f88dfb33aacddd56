"""weworkremotely: RSS items, "Company: Role" titles, escaped descriptions; fetch."""

from __future__ import annotations

import dataclasses
import re
from datetime import UTC, datetime
from pathlib import Path

import pytest
from conftest import fixture_bytes
from pytest_httpserver import HTTPServer

from extractors import weworkremotely
from extractors._contract import Page, ParseError, Posting, Skip, SourceUnavailable
from extractors._http import PoliteClient

FEED = "https://weworkremotely.com/categories/remote-programming-jobs.rss"
JOBS = "https://weworkremotely.com/remote-jobs/"
FETCHED = datetime(2026, 3, 14, 6, 0, tzinfo=UTC)


def _page(body: bytes, url: str = FEED) -> Page:
    return Page("weworkremotely", url, 200, {}, body, FETCHED, scope="remote-programming-jobs")


def _parse(case: str) -> list[Posting | Skip]:
    return list(weworkremotely.parse(_page(fixture_bytes("weworkremotely", case))))


def _postings(case: str) -> dict[str, Posting]:
    return {r.url.removeprefix(JOBS): r for r in _parse(case) if isinstance(r, Posting)}


def test_module_follows_the_source_contract() -> None:
    assert weworkremotely.NAME == "weworkremotely"
    assert weworkremotely.WINDOWED is True
    assert "link each job back" in weworkremotely.ATTRIBUTION
    assert "unresolved" in weworkremotely.ATTRIBUTION
    assert "unless you configure it" in weworkremotely.ATTRIBUTION
    assert weworkremotely.__doc__ and "UNRESOLVED" in weworkremotely.__doc__
    settings = weworkremotely.Settings()
    assert settings.base_url == "https://weworkremotely.com"
    assert settings.categories == ("remote-programming-jobs",)
    with pytest.raises(dataclasses.FrozenInstanceError):
        settings.categories = ()  # type: ignore[misc]


def test_units_are_the_categories() -> None:
    settings = weworkremotely.Settings(categories=("all", "remote-design-jobs", "all"))
    assert weworkremotely.units(settings) == ["all", "remote-design-jobs"]


def test_parse_sample_item() -> None:
    [posting] = _parse("remote_programming_jobs.rss")
    url = f"{JOBS}loomworks-contract-rust-engineer"
    html = (
        '<p><strong>Headquarters:</strong> Lisbon <br /><strong>URL:</strong> <a href="'
        'https://loomworks.example">https://loomworks.example</a></p>'
        "<p>Help us harden our sync engine...</p>"
    )
    assert posting == Posting(
        source="weworkremotely",
        source_id=url,  # the guid, which is the link
        url=url,
        title="Contract Rust Engineer",
        company="Loomworks",
        text="Headquarters: Lisbon\n\nURL: https://loomworks.example\n\n"
        "Help us harden our sync engine...",
        html=html,
        posted_at=datetime(2026, 3, 13, 10, 15, tzinfo=UTC),
        location="Europe Only; Germany, Netherlands, Poland",  # flags dropped
        remote=True,
        engagement="contract",
        engagement_raw="Contract",
        tags=("Rust", "Tokio", "PostgreSQL", "Contract"),
        extra={
            "category": "Back-End Programming",
            "expires_at": "Sun, 12 Apr 2026 10:15:00 +0000",
            "headquarters": "Lisbon",
            "company_url": "https://loomworks.example",
        },
    )


def test_parse_bengali_item_with_cdata_and_a_logo() -> None:
    posting = _postings("remote_jobs_variants.rss")["nodi-labs-bangla-nlp-engineer"]
    assert (posting.company, posting.title) == ("নদী ল্যাবস", "বাংলা NLP ইঞ্জিনিয়ার")
    assert posting.text.endswith("আমরা একটি ছোট দল & আমরা Python ব্যবহার করি।")
    assert posting.posted_at == datetime(2026, 3, 12, 17, 59, 59, tzinfo=UTC)  # +0600
    assert posting.location == "Anywhere in the World"
    assert (posting.engagement, posting.engagement_raw) == ("full_time", "Full-Time")
    assert posting.tags == ("Python", "NLP", "spaCy")  # the empty skill dropped
    assert posting.extra["headquarters"] == "Dhaka"
    assert posting.extra["company_url"] == "https://nodi.example/?ref=wwr&src=rss"


def test_parse_title_without_company_and_escaped_entities() -> None:
    posting = _postings("remote_jobs_variants.rss")["senior-go-developer"]
    assert (posting.company, posting.title) == (None, "Senior Go Developer")
    assert posting.text == "Headquarters: San José, CA\n\nOur R&D team > 3 people."
    assert posting.posted_at == datetime(2026, 3, 12, 0, 0, tzinfo=UTC)  # -0800
    assert posting.location == "USA Only; United States; California"
    assert (posting.engagement, posting.engagement_raw) == ("part_time", "Part-Time")
    assert posting.extra == {"category": "Back-End Programming", "headquarters": "San José, CA"}


def test_parse_title_split_on_the_first_colon_and_a_twice_escaped_description() -> None:
    posting = _postings("remote_jobs_variants.rss")["orchard-vine-lead-data-platform"]
    assert (posting.company, posting.title) == ("Orchard & Vine", "Lead: Data Platform")
    assert posting.html == "<p>Escaped twice by the employer's form.</p>"
    assert posting.text == "Escaped twice by the employer's form."
    assert posting.location == "Europe Only; Germany, France"
    assert (posting.engagement, posting.engagement_raw) == ("freelance", "Freelance")
    assert posting.extra == {}


def test_parse_item_with_missing_fields() -> None:
    posting = _postings("remote_jobs_variants.rss")["quokka-learning-data-intern"]
    assert posting.source_id == posting.url == f"{JOBS}quokka-learning-data-intern"  # guid only
    assert (posting.title, posting.company) == ("Data Intern", "Quokka Learning")
    assert (posting.text, posting.html, posting.posted_at, posting.location) == (
        "",
        None,
        None,
        None,
    )
    assert (posting.engagement, posting.engagement_raw) == (None, "Internship")
    assert (posting.tags, posting.extra) == ((), {})


def test_parse_variants_skip_expired_untitled_and_unlinked_items() -> None:
    skips = [r for r in _parse("remote_jobs_variants.rss") if isinstance(r, Skip)]
    expired = (
        f"{JOBS}loomworks-contract-rust-engineer-winter: expired Wed, 11 Mar 2026 10:15:00 +0000"
    )
    assert skips == [
        Skip("expired", expired, closes=f"{JOBS}loomworks-contract-rust-engineer-winter"),
        Skip("no_title", f"{JOBS}untitled"),
        Skip("no_id", "Ghost Co: No Link"),
    ]


def test_a_malformed_item_is_skipped_by_its_guid_and_the_rest_read(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """An item in a shape the parser does not foresee: the run's error says which."""
    read = weworkremotely._location

    def odd_place(entry):  # type: ignore[no-untyped-def]
        if "quokka" in entry.get("id", ""):
            raise TypeError("a region that is a list")
        return read(entry)

    monkeypatch.setattr(weworkremotely, "_location", odd_place)
    results = _parse("remote_jobs_variants.rss")
    (skip,) = [r for r in results if isinstance(r, Skip) and r.reason == "malformed"]
    assert skip.detail.startswith(f"item {JOBS}quokka-learning-data-intern: TypeError")
    assert any(isinstance(r, Posting) for r in results)


def test_parse_empty_feed_yields_nothing() -> None:
    assert _parse("empty.rss") == []


@pytest.mark.parametrize(
    "body",
    [
        fixture_bytes("weworkremotely", "blocked.html"),
        fixture_bytes("reddit", "forhire_new.atom.xml"),
        b'{"jobs": []}',
        b"",
    ],
    ids=["a block page", "an Atom feed", "JSON", "empty"],
)
def test_parse_rejects_a_page_that_is_not_rss(body: bytes) -> None:
    with pytest.raises(ParseError, match="not an RSS feed") as raised:
        list(weworkremotely.parse(_page(body)))
    assert str(raised.value).startswith(FEED)


def test_parse_never_reads_a_body_as_a_local_file_name(tmp_path: Path) -> None:
    feed = tmp_path / "feed.rss"
    feed.write_bytes(fixture_bytes("weworkremotely", "remote_programming_jobs.rss"))
    with pytest.raises(ParseError, match="not an RSS feed"):
        list(weworkremotely.parse(_page(str(feed).encode())))


@pytest.mark.parametrize(
    ("category", "path"),
    [
        ("remote-programming-jobs", "/categories/remote-programming-jobs.rss"),
        ("all", "/remote-jobs.rss"),
    ],
)
def test_fetch_hits_the_real_feed_path(httpserver: HTTPServer, category: str, path: str) -> None:
    httpserver.expect_request(path, query_string="").respond_with_data(
        fixture_bytes("weworkremotely", "remote_programming_jobs.rss"),
        content_type="application/rss+xml; charset=utf-8",
    )
    settings = weworkremotely.Settings(base_url=httpserver.url_for("/"), categories=(category,))
    with PoliteClient(weworkremotely.NAME, min_interval=0, obey_robots=False) as client:
        [unit] = weworkremotely.units(settings)
        [page] = weworkremotely.fetch(settings, unit, client)
    httpserver.check_assertions()
    assert (page.url, page.scope, page.source) == (
        httpserver.url_for(path),
        category,
        "weworkremotely",
    )
    [posting] = weworkremotely.parse(dataclasses.replace(page, fetched_at=FETCHED))
    assert isinstance(posting, Posting) and posting.company == "Loomworks"


def test_fetch_of_an_unknown_category_raises_source_unavailable(httpserver: HTTPServer) -> None:
    httpserver.expect_request("/categories/no-such-jobs.rss").respond_with_data(
        "Not Found", status=404
    )
    settings = weworkremotely.Settings(base_url=httpserver.url_for("/").rstrip("/"))
    client = PoliteClient(weworkremotely.NAME, min_interval=0, obey_robots=False)
    with client, pytest.raises(SourceUnavailable) as raised:
        list(weworkremotely.fetch(settings, "no-such-jobs", client))
    assert raised.value.status == 404


def _two_items() -> str:
    feed = fixture_bytes("weworkremotely", "remote_programming_jobs.rss").decode()
    head, item, tail = re.split(r"(?s)(<item>.*</item>)", feed)
    second = item.replace("loomworks-contract-rust-engineer", "loomworks-contract-go-engineer")
    return head + item + second.replace("Rust Engineer", "Go Engineer") + tail


def test_a_feed_cut_short_keeps_its_whole_items_and_says_where() -> None:
    feed = _two_items()
    cut = feed[: feed.rindex("harden our sync")]  # inside the second item's description
    results = list(weworkremotely.parse(_page(cut.encode())))
    skips = [r for r in results if isinstance(r, Skip)]
    assert [p.title for p in results if isinstance(p, Posting)] == ["Contract Rust Engineer"]
    assert [s.reason for s in skips] == ["malformed"]
    assert skips[0].detail.startswith("feed cut short: 1 item(s) whole, the next cut off (")


def test_a_feed_not_well_formed_but_whole_keeps_every_item() -> None:
    feed = _two_items().replace("Go Engineer", "Go & Rust Engineer")  # a bare "&"
    results = list(weworkremotely.parse(_page(feed.encode())))
    titles = [p.title for p in results if isinstance(p, Posting)]
    assert titles == ["Contract Rust Engineer", "Contract Go & Rust Engineer"]
