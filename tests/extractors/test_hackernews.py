"""hackernews: thread discovery by title, whole-thread parse, kinds by thread."""

from __future__ import annotations

import html
import json
from datetime import UTC, datetime

import pytest
from conftest import fixture_bytes
from pytest_httpserver import HTTPServer

from extractors import hackernews
from extractors._contract import ConfigError, Page, ParseError, Posting, Skip
from extractors._http import PoliteClient

ITEM_URL = "https://hn.algolia.com/api/v1/items/{}"


def _page(name: str, scope: str, body: bytes | None = None) -> Page:
    story_id = scope.partition(":")[2]
    return Page(
        source="hackernews",
        url=ITEM_URL.format(story_id),
        status=200,
        headers={"content-type": "application/json"},
        body=fixture_bytes("hackernews", name) if body is None else body,
        fetched_at=datetime(2026, 3, 20, tzinfo=UTC),
        scope=scope,
    )


def _by_id(page: Page) -> dict[str, Posting | Skip]:
    """Results keyed by comment id (a Skip's detail names its comment)."""
    out: dict[str, Posting | Skip] = {}
    for result in hackernews.parse(page):
        key = result.source_id if isinstance(result, Posting) else result.detail
        out[key.removeprefix("comment ")] = result
    return out


def _posting(results: dict[str, Posting | Skip], comment_id: str) -> Posting:
    result = results[comment_id]
    assert isinstance(result, Posting), result
    return result


def test_contract_constants() -> None:
    assert hackernews.NAME == "hackernews"
    assert hackernews.WINDOWED is False
    assert "news.ycombinator.com" in hackernews.ATTRIBUTION
    settings = hackernews.Settings()
    assert settings.base_url == "https://hn.algolia.com"
    assert settings.threads == ("freelancer", "hiring")
    assert settings.months == 1


def test_units_are_the_thread_kinds() -> None:
    settings = hackernews.Settings(threads=("hiring", "wanted", "freelancer"))
    assert hackernews.units(settings) == ["hiring", "wanted", "freelancer"]


def test_units_reject_an_unknown_thread_kind() -> None:
    with pytest.raises(ConfigError, match=r"^threads: unknown \['jobs'\]"):
        hackernews.units(hackernews.Settings(threads=("hiring", "jobs")))


def test_parse_hiring_thread_top_level_comments_only() -> None:
    results = _by_id(_page("item_hiring.json", "hiring:47000001"))
    # the reply 47001877 is conversation, not a posting
    assert list(results) == [
        "47000113",
        "47000142",
        "47000150",
        "47000171",
        "47000188",
        "47000199",
        "47000205",
    ]
    posting = _posting(results, "47000113")
    assert posting.source == "hackernews"
    assert posting.url == "https://news.ycombinator.com/item?id=47000113"
    assert posting.poster == "lina_builds"
    assert posting.company == "Quillfeather Labs"
    assert posting.title == (
        "Quillfeather Labs | Senior Backend Engineer (Python) | REMOTE (EU) | "
        "Full-time | €85k-€105k | https://quillfeather.example/careers"
    )
    assert posting.text.splitlines()[2] == (
        "We build scheduling software for small clinics. Stack: Python, Postgres, a little Rust."
    )
    assert posting.html is not None and posting.html.startswith("<p>Quillfeather")
    assert posting.posted_at == datetime(2026, 3, 2, 16, 14, 3, tzinfo=UTC)
    assert posting.kind is None  # the readers say: a self-ad is left in the thread too
    assert posting.apply_url == "https://quillfeather.example/careers"
    assert posting.extra == {"thread": "hiring", "story_id": "47000001"}
    # read from free text later, by warehouse.ranking
    assert (posting.remote, posting.engagement, posting.rate_min) == (None, None, None)


def test_parse_deleted_comments_are_skipped() -> None:
    results = _by_id(_page("item_hiring.json", "hiring:47000001"))
    assert results["47000150"] == Skip("deleted", "comment 47000150")  # null fields
    assert results["47000205"] == Skip("deleted", "comment 47000205")  # {id, children}


def test_parse_entities_bengali_and_shortened_link() -> None:
    results = _by_id(_page("item_hiring.json", "hiring:47000001"))
    bengali = _posting(results, "47000142")
    assert bengali.company == "Brightwater Analytics"
    assert "আমরা একজন ডেটা ইঞ্জিনিয়ার খুঁজছি। We're moving" in bengali.text
    # HN shortens the link text with "..."; the href is whole, entities decoded once
    assert bengali.apply_url == (
        "https://brightwater.example/jobs/data-engineer-contract-2026-remote-dhaka"
        "?ref=hn&src=whoishiring"
    )
    entities = _posting(results, "47000171")
    assert entities.company == "R&D Co & Sons"
    assert entities.title == 'R&D Co & Sons | "Staff" Platform Engineer | ONSITE (Berlin)'
    assert entities.apply_url is None


def test_parse_first_line_without_pipe_has_no_company() -> None:
    posting = _posting(_by_id(_page("item_hiring.json", "hiring:47000001")), "47000188")
    assert posting.company is None
    assert posting.title == "We're hiring a contract iOS developer, remote OK (US only)."
    # no created_at_i: the ISO created_at (without milliseconds) is used
    assert posting.posted_at == datetime(2026, 3, 2, 17, 5, tzinfo=UTC)


def test_parse_status_note_above_the_header_is_read_after_it() -> None:
    comment = {
        "id": 47000901,
        "author": "ferrow_hires",
        "created_at_i": 1772470000,
        "text": "<p>EDIT: applications closed, thank you all!</p>"
        "<p>Ferrowbrook | Backend Engineer | ONSITE | Boise, ID | Full-time</p>"
        "<p>We write Go. We WFH on Fridays.</p>",
        "children": [],
    }
    body = json.dumps({"id": 47000900, "children": [comment]}).encode()
    posting = _posting(_by_id(_page("", "hiring:47000900", body)), "47000901")
    assert posting.title == "Ferrowbrook | Backend Engineer | ONSITE | Boise, ID | Full-time"
    assert posting.company == "Ferrowbrook"
    assert posting.text.startswith("Ferrowbrook | Backend Engineer")
    assert posting.text.endswith("EDIT: applications closed, thank you all!")
    assert "EDIT: applications closed" in (posting.html or "")  # the markup as posted


def test_parse_title_is_cut_at_200_characters() -> None:
    posting = _posting(_by_id(_page("item_hiring.json", "hiring:47000001")), "47000199")
    assert posting.title is not None
    assert len(posting.title) <= 200
    assert posting.title.startswith("Acme Widgets | Engineer who likes long titles")
    assert posting.company == "Acme Widgets"


def test_parse_freelancer_thread_kind_from_the_lead() -> None:
    results = _by_id(_page("item_freelancer.json", "freelancer:47000002"))
    client = _posting(results, "47000417")
    assert client.kind == "demand"  # SEEKING FREELANCER
    assert client.company is None  # a stack after a place names no company
    assert client.poster == "tidewater_ops"
    assert client.title == "SEEKING FREELANCER | Remote (US timezones) | Django + HTMX"
    assert client.extra == {"thread": "freelancer", "story_id": "47000002"}
    seller = _posting(results, "47000420")
    assert seller.kind == "supply"  # SEEKING WORK
    assert seller.apply_url == "https://pixelpine.example"
    bracketed = _posting(results, "47000433")
    assert bracketed.kind == "demand"  # "[Seeking Freelancers]", Bengali title
    assert bracketed.title is not None and "বাংলা ও ইংরেজি" in bracketed.title
    # leads with neither and asks, offering no work: talk, no lead
    assert results["47000440"] == Skip("question", "comment 47000440")
    assert results["47000450"] == Skip("deleted", "comment 47000450")
    assert "47000501" not in results  # a reply


def test_parse_wanted_thread_is_supply() -> None:
    [posting] = hackernews.parse(_page("item_wanted.json", "wanted:47000000"))
    assert isinstance(posting, Posting)
    assert posting.kind == "supply"
    assert posting.title == "Location: Lisbon, Portugal"
    assert posting.company is None
    assert posting.apply_url == "https://tamsin.example/cv.pdf"
    assert "Résumé/CV: https://tamsin.example/cv.pdf" in posting.text


def test_parse_malformed_child_is_skipped_and_the_rest_carries_on() -> None:
    story = json.loads(fixture_bytes("hackernews", "item_wanted.json"))
    story["children"].insert(0, 47000089)  # an id where an object belongs
    results = list(hackernews.parse(_page("", "wanted:1", json.dumps(story).encode())))
    assert results[0] == Skip("malformed", "comment at index 0 is a int")
    assert isinstance(results[1], Posting)


@pytest.mark.parametrize(
    ("scope", "body", "message"),
    [
        ("hiring:1", b"<html>rate limited</html>", "not JSON"),
        ("hiring:1", b'{"id": 1, "children": null}', "'children' list"),
        ("hiring:1", b"[]", "expected a JSON object, got a JSON list"),
        ("jobs:1", b'{"id": 1, "children": []}', "names no thread kind"),
    ],
)
def test_parse_rejects_a_page_of_the_wrong_shape(scope: str, body: bytes, message: str) -> None:
    with pytest.raises(ParseError, match=message) as info:
        list(hackernews.parse(_page("", scope, body)))
    assert str(info.value).startswith(ITEM_URL.format(1))


def _client() -> PoliteClient:
    return PoliteClient("hackernews", min_interval=0, obey_robots=False)


def test_fetch_hiring_finds_the_thread_by_bot_and_title(httpserver: HTTPServer) -> None:
    httpserver.expect_ordered_request(
        "/api/v1/search_by_date",
        query_string={"tags": "story,author_whoishiring", "hitsPerPage": "30"},
    ).respond_with_data(fixture_bytes("hackernews", "search_by_date_whoishiring.json"))
    httpserver.expect_ordered_request("/api/v1/items/47000001").respond_with_data(
        fixture_bytes("hackernews", "item_hiring.json")
    )
    settings = hackernews.Settings(base_url=httpserver.url_for("/"))
    with _client() as client:
        pages = list(hackernews.fetch(settings, "hiring", client))
    httpserver.check_assertions()
    [page] = pages
    assert page.scope == "hiring:47000001"
    assert page.url == httpserver.url_for("/api/v1/items/47000001")
    reasons = [r.reason for r in hackernews.parse(page) if isinstance(r, Skip)]
    assert reasons == ["deleted", "deleted"]


def test_fetch_wanted_picks_the_wanted_story(httpserver: HTTPServer) -> None:
    httpserver.expect_ordered_request("/api/v1/search_by_date").respond_with_data(
        fixture_bytes("hackernews", "search_by_date_whoishiring.json")
    )
    httpserver.expect_ordered_request("/api/v1/items/47000000").respond_with_data(
        fixture_bytes("hackernews", "item_wanted.json")
    )
    settings = hackernews.Settings(base_url=httpserver.url_for("/"))
    with _client() as client:
        [page] = hackernews.fetch(settings, "wanted", client)
    httpserver.check_assertions()
    assert page.scope == "wanted:47000000"


def test_fetch_freelancer_searches_titles_not_an_author(httpserver: HTTPServer) -> None:
    httpserver.expect_ordered_request(
        "/api/v1/search_by_date",
        query_string={
            "tags": "story",
            "query": "seeking freelancer",
            "hitsPerPage": "30",
        },
    ).respond_with_data(fixture_bytes("hackernews", "search_by_date_freelancer.json"))
    for story_id in ("47000002", "46500002"):
        httpserver.expect_ordered_request(f"/api/v1/items/{story_id}").respond_with_data(
            fixture_bytes("hackernews", "item_freelancer.json")
        )
    settings = hackernews.Settings(base_url=httpserver.url_for("/"), months=2)
    with _client() as client:
        pages = list(hackernews.fetch(settings, "freelancer", client))
    httpserver.check_assertions()
    # March: the real thread (96 comments), not the early repost (3); then February.
    # The "Seeking freelancer for a Shopify migration" story is not a monthly thread.
    assert [page.scope for page in pages] == [
        "freelancer:47000002",
        "freelancer:46500002",
    ]
    results = list(hackernews.parse(pages[0]))
    assert [r.kind for r in results if isinstance(r, Posting)] == [
        "demand",
        "supply",
        "demand",
    ]
    assert [r.reason for r in results if isinstance(r, Skip)] == ["question", "deleted"]


def test_fetch_finds_the_older_title_variant(httpserver: HTTPServer) -> None:
    httpserver.expect_ordered_request("/api/v1/search_by_date").respond_with_data(
        fixture_bytes("hackernews", "search_by_date_freelancer.json")
    )
    for story_id in ("47000002", "46500002", "45990002"):
        httpserver.expect_ordered_request(f"/api/v1/items/{story_id}").respond_with_data(
            fixture_bytes("hackernews", "item_freelancer.json")
        )
    settings = hackernews.Settings(base_url=httpserver.url_for("/"), months=5)
    with _client() as client:
        pages = list(hackernews.fetch(settings, "freelancer", client))
    httpserver.check_assertions()
    # "Freelancer? Seeking Freelancers? (October 2025)" matches too; 3 months exist
    assert pages[-1].scope == "freelancer:45990002"
    assert len(pages) == 3


# ---------------------------------------------------------------- Firebase API

FIREBASE_ITEM = "https://hacker-news.firebaseio.com/v0/item/{}.json"


def _firebase_page(item_id: str, scope: str = "hiring:47000001") -> Page:
    return Page(
        source="hackernews",
        url=FIREBASE_ITEM.format(item_id),
        status=200,
        headers={"content-type": "application/json"},
        body=fixture_bytes("hackernews", "firebase", f"item_{item_id}.json"),
        fetched_at=datetime(2026, 3, 20, tzinfo=UTC),
        scope=scope,
    )


def test_settings_default_to_algolia_with_firebase_beside_it() -> None:
    settings = hackernews.Settings()
    assert settings.api == "algolia"
    assert settings.firebase_url == "https://hacker-news.firebaseio.com"
    assert settings.firebase_accounts == ("whoishiring",)


def test_units_reject_an_unknown_api() -> None:
    with pytest.raises(ConfigError, match=r"^api: unknown 'graphql'"):
        hackernews.units(hackernews.Settings(api="graphql"))


def test_parse_firebase_comment_maps_like_the_algolia_comment() -> None:
    [posting] = hackernews.parse(_firebase_page("47000113"))
    assert isinstance(posting, Posting)
    algolia = _posting(_by_id(_page("item_hiring.json", "hiring:47000001")), "47000113")
    # one item id space: the same comment read through either API is the same posting
    # (HN's bare `<p>` separators become Algolia's paragraphs, so even the html agrees)
    assert posting == algolia
    assert posting.extra == {"thread": "hiring", "story_id": "47000001"}


def test_parse_firebase_entities_are_decoded_once() -> None:
    [posting] = hackernews.parse(_firebase_page("47000177"))
    assert isinstance(posting, Posting)
    assert posting.company == "Ortolan & Daughters"
    assert posting.text.splitlines()[2] == "Move our nightly loads from cron to Airflow."


def test_parse_firebase_deleted_and_dead_items_are_skips() -> None:
    assert list(hackernews.parse(_firebase_page("47000150"))) == [
        Skip("deleted", "comment 47000150")
    ]
    assert list(hackernews.parse(_firebase_page("47000160"))) == [Skip("dead", "comment 47000160")]


def test_parse_firebase_story_page_yields_nothing_and_null_is_missing() -> None:
    assert list(hackernews.parse(_firebase_page("47000001"))) == []
    null = Page("hackernews", FIREBASE_ITEM.format(9), 200, {}, b"null",
                datetime(2026, 3, 20, tzinfo=UTC), scope="hiring:47000001")  # fmt: skip
    assert list(hackernews.parse(null)) == [Skip("missing", FIREBASE_ITEM.format(9))]


def test_parse_firebase_rejects_an_item_without_an_id() -> None:
    page = Page("hackernews", FIREBASE_ITEM.format(9), 200, {}, b'{"type": "comment"}',
                datetime(2026, 3, 20, tzinfo=UTC), scope="hiring:47000001")  # fmt: skip
    with pytest.raises(ParseError, match=r"v0/item/9\.json: expected an item object"):
        list(hackernews.parse(page))


def _serve_firebase(httpserver: HTTPServer, *items: str) -> None:
    httpserver.expect_request("/v0/user/whoishiring.json").respond_with_data(
        fixture_bytes("hackernews", "firebase", "user_whoishiring.json")
    )
    for item in items:
        httpserver.expect_request(f"/v0/item/{item}.json").respond_with_data(
            fixture_bytes("hackernews", "firebase", f"item_{item}.json")
        )


MARCH = ("47000001", "47000000", "46990555", "46600012")
MARCH_KIDS = ("47000113", "47000150", "47000160", "47000177")


def test_fetch_firebase_finds_the_thread_in_the_bots_submissions(httpserver: HTTPServer) -> None:
    _serve_firebase(httpserver, *MARCH, *MARCH_KIDS)
    settings = hackernews.Settings(api="firebase", firebase_url=httpserver.url_for("/"))
    with _client() as client:
        pages = list(hackernews.fetch(settings, "hiring", client))
    # the story, then each top-level comment, all in the thread's scope
    assert [p.url.rsplit("/", 1)[1] for p in pages] == [
        f"{i}.json" for i in ("47000001", *MARCH_KIDS)
    ]
    assert {p.scope for p in pages} == {"hiring:47000001"}
    results = [r for page in pages for r in hackernews.parse(page)]
    assert [r.source_id for r in results if isinstance(r, Posting)] == ["47000113", "47000177"]
    assert sorted(r.reason for r in results if isinstance(r, Skip)) == ["dead", "deleted"]
    # reading stopped at February's story: no request past it
    asked = {request.path for request, _ in httpserver.log}
    assert "/v0/item/46600011.json" not in asked


def test_fetch_firebase_two_months_and_the_wanted_thread(httpserver: HTTPServer) -> None:
    _serve_firebase(httpserver, *MARCH, "46600011", "46200011", "46200010", *MARCH_KIDS, "46600101")
    httpserver.expect_request("/v0/item/47000090.json").respond_with_data("null")
    settings = hackernews.Settings(api="firebase", firebase_url=httpserver.url_for("/"), months=2)
    with _client() as client:
        hiring = list(hackernews.fetch(settings, "hiring", client))
        wanted = list(hackernews.fetch(settings, "wanted", client))
    assert sorted({p.scope for p in hiring}) == ["hiring:46600012", "hiring:47000001"]
    assert [p.scope for p in wanted] == ["wanted:47000000", "wanted:47000000", "wanted:46600011"]
    [february] = [r for r in hackernews.parse(hiring[-1]) if isinstance(r, Posting)]
    assert february.source_id == "46600101"
    assert february.extra == {"thread": "hiring", "story_id": "46600012"}


def test_fetch_falls_back_to_firebase_when_algolia_fails(httpserver: HTTPServer) -> None:
    httpserver.expect_request("/api/v1/search_by_date").respond_with_data("", status=500)
    _serve_firebase(httpserver, *MARCH, *MARCH_KIDS)
    url = httpserver.url_for("/")
    settings = hackernews.Settings(base_url=url, firebase_url=url)
    with PoliteClient("hackernews", min_interval=0, obey_robots=False, max_retries=1,
                      backoff=0.01) as client:  # fmt: skip
        pages = list(hackernews.fetch(settings, "hiring", client))
    assert client.stats.counts["http/500"] == 2
    assert client.stats.counts["fallback/firebase"] == 1
    assert pages[0].url == httpserver.url_for("/v0/item/47000001.json")
    postings = [r for page in pages for r in hackernews.parse(page) if isinstance(r, Posting)]
    assert [p.source_id for p in postings] == ["47000113", "47000177"]


def test_fetch_falls_back_per_thread_when_the_algolia_item_fails(
    httpserver: HTTPServer,
) -> None:
    httpserver.expect_request("/api/v1/search_by_date").respond_with_data(
        fixture_bytes("hackernews", "search_by_date_whoishiring.json")
    )
    httpserver.expect_request("/api/v1/items/47000001").respond_with_data("", status=503)
    _serve_firebase(httpserver, "47000001", *MARCH_KIDS)
    url = httpserver.url_for("/")
    settings = hackernews.Settings(base_url=url, firebase_url=url)
    with PoliteClient("hackernews", min_interval=0, obey_robots=False, max_retries=0) as client:
        pages = list(hackernews.fetch(settings, "hiring", client))
    assert client.stats.counts["fallback/firebase"] == 1
    assert {p.scope for p in pages} == {"hiring:47000001"}
    assert len(pages) == 1 + len(MARCH_KIDS)


def _hiring_comment(markup: str, thread: str = "hiring") -> Posting:
    """A top-level comment of the "Who is hiring?" thread (or another `thread`), as
    Firebase serves it, parsed."""
    item = {"by": "poster", "id": 47000200, "parent": 47000001, "time": 1772469200}
    body = json.dumps({**item, "text": markup, "type": "comment"})
    page = Page(
        "hackernews", FIREBASE_ITEM.format(47000200), 200, {}, body.encode(),
        datetime(2026, 3, 20, tzinfo=UTC), scope=f"{thread}:47000001",
    )  # fmt: skip
    [posting] = hackernews.parse(page)
    assert isinstance(posting, Posting)
    return posting


@pytest.mark.parametrize(
    ("first_line", "company"),
    [
        ("Kestrel Labs (https:&#x2F;&#x2F;kestrel.example) | Rust | REMOTE", "Kestrel Labs"),
        ("Quillfeather (YC W24, Series A) | Data Engineer | Berlin", "Quillfeather"),
        ("(CLOSED) Harborline | Contract | REMOTE (EU)", "Harborline"),
        ("Loomworks [loomworks.example] | Designer", "Loomworks"),
        ("Tidewater Freight (formerly Tidewater) [ Remote | Ops", "Tidewater Freight"),
        ("(YC W24) | Founding engineer", None),
    ],
)
def test_parse_company_leaves_out_asides_of_the_first_field(
    first_line: str, company: str | None
) -> None:
    # one company in eight in real threads carries a URL, a YC batch or "formerly"
    posting = _hiring_comment(f"{first_line}<p>We hire.")
    assert posting.company == company
    assert posting.title == html.unescape(first_line)  # the title stays as written


@pytest.mark.parametrize(
    ("first_line", "company"),
    [
        # one first line in eight in real threads has no pipes; some use dashes instead
        ("Quillfeather (Remote US) — Data Engineer — Python / dbt", "Quillfeather"),
        ("Harborline LLC - Senior Developer - Remote - $80k/year", "Harborline LLC"),
        ("Company: Kestrel Labs", "Kestrel Labs"),
        ("Loomworks - we are hiring engineers", None),  # one dash: a sentence may follow
        ("We are - REMOTE US hours - engineering and sales", None),
        ("Hiring – REMOTE LATAM - we build tools", None),
        ("the best team - join us - now", None),
        # "Acme is hiring ..." opens a post as often as a pipe header does
        ("Quillfeather (YC W23) Is Hiring", "Quillfeather"),
        ("Harborline is hiring a Senior Data Engineer (remote, EU)", "Harborline"),
        ("Loomworks.io is hiring platform engineers in Denver and London", "Loomworks.io"),
        ("kestrel is hiring [Berlin, on-site] - jobs.kestrel.example", "kestrel"),
        ("Tidewater is hiring again! *Tidewater | Full-Stack Engineer | Remote (US)", "Tidewater"),
        ("Our team is hiring a backend engineer", None),
        ("Hi! I'm Ana and my startup is hiring", None),
        ("At Birchway, everyone is hiring", None),
        ("the whole team is hiring - join us - now", None),
    ],
)
def test_parse_company_of_a_header_without_pipes(first_line: str, company: str | None) -> None:
    assert _hiring_comment(f"{first_line}<p>We hire.").company == company


def test_parse_company_after_a_role_or_in_the_opening_sentence() -> None:
    # a header that leads with a role names the company second, or not at all: then
    # the next line may say who hires (the many shapes: tests/extractors/test_company.py)
    second = _hiring_comment("Senior Data Engineer | Brindlewood | REMOTE (EU)<p>We hire.")
    later = _hiring_comment("Platform Engineer | Oslo, Norway | Onsite<p>Fernhollow is one of ...")
    prose = _hiring_comment("At Quillfeather, we stop invoice fraud.<p>Roles: ...")
    assert (second.company, later.company, prose.company) == (
        "Brindlewood",
        "Fernhollow",
        "Quillfeather",
    )


def test_parse_a_seeking_work_post_in_the_hiring_thread_is_supply() -> None:
    # a freelancer's pitch left in "Who is hiring?" is no job, and its header no company
    posting = _hiring_comment("SEEKING WORK | Berlin | Remote<p>Data engineer, dbt and Airflow.")
    assert (posting.kind, posting.company) == ("supply", None)


@pytest.mark.parametrize(
    ("lead", "kind", "company"),
    [
        ("SEEKING FREELANCER | Kelpie Labs | Remote (EU)", "demand", "Kelpie Labs"),
        ("Seeking freelancers - Rust&#x2F;WASM - remote US", "demand", None),  # a stack
        ("SEEKING FREELANCE DESIGNER | Brightmoss | fixed $2,000", "demand", "Brightmoss"),
        ("SEEKING FREELANCER | Python | Remote", "demand", None),
        ("SEEKING FREELANCER | React Native developer | Remote", "demand", None),
        ("SEEKING FREELANCER | Remote (EU) | Django + HTMX", "demand", None),
        ("[Seeking Freelancers] Tidewater Analytics | dbt | EU", "demand", "Tidewater Analytics"),
        ("SEEKING FREELANCER - Harborline (YC W24) - Remote (US)", "demand", "Harborline"),
        # the lead is a field of its own: two dashed fields after it are the header's
        (
            "Seeking freelancer - Copperkettle Games - Godot developer for a 6-week contract",
            "demand",
            "Copperkettle Games",
        ),
        ("SEEKING FREELANCER - Remote - React Native developer for a fitness app", "demand", None),
        ("SEEKING FREELANCER - Python, Django - Remote (US)", "demand", None),
        (
            "seeking freelancers: Bramblewick (vet invoicing) needs two Rails developers",
            "demand",
            "Bramblewick",
        ),
        ("SEEKING FREELANCER | Our team needs a Go developer | Remote", "demand", None),
        ("[SEEKING WORK] Data engineer, Airflow&#x2F;dbt", "supply", None),
        ("Seeking Work - iOS dev, 10 yrs, US timezones", "supply", None),
        ("SEEKING FREELANCE WORK | Python | Remote", "supply", None),
        ("SEEKING WORK | Kelpie Labs alumni | Remote", "supply", None),  # an offer: no employer
        ("Seeking freelance gigs: Go and Postgres", "supply", None),
        ("Freelance Rails dev, remote, available from May", None, None),  # no lead: not stated
    ],
)
def test_the_freelancer_threads_lead_states_the_kind_and_the_header_the_company(
    lead: str, kind: str | None, company: str | None
) -> None:
    """After its lead, a freelancer-thread header reads as a "Who is hiring?" one, but
    a field there is as often the stack: only the first may be the company (or the
    second after a role), and never a language, a framework or a list."""
    posting = _hiring_comment(f"{lead}<p>More below.", thread="freelancer")
    assert (posting.kind, posting.company) == (kind, company)


@pytest.mark.parametrize(
    ("markup", "talk"),
    [
        ("Does anyone know good places to find Rust contracts these days?", True),
        (
            "What&#x27;s a fair day rate for a Shopify freelancer in Europe? Pricing my first gig.",
            True,
        ),
        ("Is it just me or are there fewer posts every month?", True),
        # a question that offers work: pay, a need, a way to reply
        ("Would anyone take on a small Elixir project? We need a LiveView dashboard.", False),
        ("Anyone available for a 2-week scraping job? Paying $50&#x2F;hr.", False),
        ("Are you a Go developer who likes maps? Join us for a 3-month build.", False),
        ("Is anyone free to review a Terraform setup? Email me: ops (at) fen.example", False),
        ("Does anyone know a good Rails freelancer? Ours moved on.", False),  # a need
        # other languages: the question's words and the offer's
        ("Kennt jemand gute Seiten für Rust-Aufträge als Freiberufler?", True),
        ("¿Alguien sabe dónde encontrar proyectos de Elixir en remoto?", True),
        ("Où trouvez-vous des missions Rust en ce moment ?", True),
        ("Alguém sabe onde achar projetos de Elixir?", True),
        ("Hat jemand Zeit für ein Vue-Projekt? Wir zahlen 80 €&#x2F;h.", False),
        ("¿Buscas proyectos? Buscamos un desarrollador Go para 3 meses.", False),
        ("Quelqu&#x27;un de dispo ? Nous recherchons un dev Elixir pour 2 mois.", False),
        ("Alguém disponível? Precisamos de um dev React por 2 meses.", False),
    ],
)
def test_a_freelancer_thread_question_that_offers_no_work_is_no_posting(
    markup: str, talk: bool
) -> None:
    item = {"by": "poster", "id": 47000200, "parent": 47000002, "time": 1772469200}
    body = json.dumps({**item, "text": markup, "type": "comment"})
    page = Page(
        "hackernews", FIREBASE_ITEM.format(47000200), 200, {}, body.encode(),
        datetime(2026, 3, 20, tzinfo=UTC), scope="freelancer:47000002",
    )  # fmt: skip
    [result] = hackernews.parse(page)
    assert isinstance(result, Skip) == talk


def test_a_hiring_posts_opening_sentence_may_say_the_company_needs_someone() -> None:
    posting = _hiring_comment("Fernhollow needs a senior Elixir engineer. Remote (EU), €85k.")
    assert posting.company == "Fernhollow"
    assert _hiring_comment("Everyone needs a good accountant, and we need an SRE.").company is None


def test_a_freelancer_posts_company_may_be_said_in_its_next_line() -> None:
    posting = _hiring_comment(
        "SEEKING FREELANCER | Remote<p>At Quillfeather, we stop invoice fraud.", "freelancer"
    )
    assert posting.company == "Quillfeather"


def test_a_self_ad_left_in_the_hiring_thread_reads_as_supply() -> None:
    # "Who wants to be hired?"'s form, posted in "Who is hiring?": the thread says
    # nothing of a comment, the form does
    from warehouse.ranking.features import understand
    from warehouse.ranking.profile import Profile, RankingSettings

    ad = _hiring_comment(
        "Location: Gdansk, Poland<p>Remote: Yes<p>Willing to relocate: No"
        "<p>Technologies: Python, dbt<p>Email: me@example.com"
    )
    job = _hiring_comment("Quillfeather Labs | Data Engineer | Remote<p>We build clinics' tools.")
    assert (ad.kind, ad.company, job.kind, job.company) == (None, None, None, "Quillfeather Labs")
    read = [understand(p, Profile(skills=("python",)), RankingSettings()) for p in (ad, job)]
    assert [(f.kind, f.kind_basis) for f in read] == [("supply", "parsed"), (None, None)]


def test_fetch_reads_a_freelancer_threads_company_from_its_header(httpserver: HTTPServer) -> None:
    thread = json.loads(fixture_bytes("hackernews", "item_freelancer.json"))
    client_post = thread["children"][0]
    client_post["text"] = (
        "SEEKING FREELANCER | Tidewater Freight | Remote (US)<p>"
        + (client_post["text"].partition("<p>")[2])
    )
    httpserver.expect_request("/api/v1/search_by_date").respond_with_data(
        fixture_bytes("hackernews", "search_by_date_freelancer.json")
    )
    httpserver.expect_request("/api/v1/items/47000002").respond_with_json(thread)
    settings = hackernews.Settings(base_url=httpserver.url_for("/"), months=1)
    with _client() as client:
        [page] = hackernews.fetch(settings, "freelancer", client)
    results = _by_id(page)
    assert _posting(results, "47000417").company == "Tidewater Freight"
    assert _posting(results, "47000420").company is None  # SEEKING WORK: an offer


def test_a_comment_without_created_at_i_is_dated_by_its_iso_time_in_either_precision() -> None:
    def child(item_id: int, created_at: str) -> dict[str, object]:
        text = "<p>Saltmarsh | Data&#x2F;ML contractor | REMOTE</p><p>We&#x27;re small"
        return {"id": item_id, "author": "salt", "created_at": created_at, "text": text}

    story = {
        "id": 47000001,
        "children": [
            child(47000010, "2020-03-04T09:15:44.000Z"),
            child(47000011, "2016-12-08T19:39:07Z"),
        ],
    }
    results = _by_id(_page("", "hiring:47000001", json.dumps(story).encode()))
    first, second = _posting(results, "47000010"), _posting(results, "47000011")
    assert first.posted_at == datetime(2020, 3, 4, 9, 15, 44, tzinfo=UTC)
    assert second.posted_at == datetime(2016, 12, 8, 19, 39, 7, tzinfo=UTC)
    assert first.text == "Saltmarsh | Data/ML contractor | REMOTE\n\nWe're small"
