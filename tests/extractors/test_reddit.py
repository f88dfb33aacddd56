"""reddit: Atom and JSON listings, title tags and flair, the `after` cursor."""

from __future__ import annotations

import json
import re
from datetime import UTC, datetime

import pytest
from conftest import fixture_bytes
from pytest_httpserver import HTTPServer

from extractors import reddit
from extractors._contract import ConfigError, Page, ParseError, Posting, Skip
from extractors._http import PoliteClient
from extractors._runner import run_source

ATOM_URL = "https://www.reddit.com/r/forhire/new/.rss?limit=100"
JSON_URL = "https://www.reddit.com/r/forhire/new.json?limit=100"
EMPTY_FEED = (
    b'<?xml version="1.0" encoding="UTF-8"?>'
    b'<feed xmlns="http://www.w3.org/2005/Atom"><title>newest submissions : forhire'
    b"</title><id>/r/forhire/new/.rss</id></feed>"
)


def _page(body: bytes, url: str = JSON_URL) -> Page:
    return Page(
        source="reddit",
        url=url,
        status=200,
        headers={},
        body=body,
        fetched_at=datetime(2026, 3, 14, 17, tzinfo=UTC),
        scope="forhire",
    )


def _parse(name: str) -> list[Posting | Skip]:
    url = ATOM_URL if name.endswith(".xml") else JSON_URL
    return list(reddit.parse(_page(fixture_bytes("reddit", name), url)))


def _postings(results: list[Posting | Skip]) -> dict[str, Posting]:
    return {r.source_id: r for r in results if isinstance(r, Posting)}


def test_contract_constants() -> None:
    assert reddit.NAME == "reddit"
    assert reddit.WINDOWED is True
    assert "off-platform" in reddit.ATTRIBUTION
    settings = reddit.Settings()
    assert (settings.base_url, settings.format) == ("https://www.reddit.com", "atom")
    assert (settings.subreddits, settings.limit, settings.pages) == (
        ("forhire",),
        100,
        1,
    )


def test_units_are_the_subreddits() -> None:
    settings = reddit.Settings(subreddits=("forhire", "jobbit"))
    assert reddit.units(settings) == ["forhire", "jobbit"]


def test_units_reject_an_unknown_format() -> None:
    with pytest.raises(ConfigError, match="^format: 'rss'"):
        reddit.units(reddit.Settings(format="rss"))


def test_parse_atom_entry() -> None:
    posting = _postings(_parse("forhire_new.atom.xml"))["t3_1q8zk9c"]
    assert posting.source == "reddit"
    assert posting.url == (
        "https://www.reddit.com/r/forhire/comments/1q8zk9c/"
        "hiring_python_developer_for_small_etl_job_1200/"
    )
    assert posting.title == "[Hiring] Python developer for small ETL job - $1,200 fixed"
    assert posting.poster == "harborline_ops"  # without "/u/"
    assert posting.kind == "demand"
    # the body only: no SC_OFF/SC_ON markers, no "submitted by ... [comments]"
    assert posting.text == "We need a Python developer to build a small ETL job..."
    assert posting.html == (
        '<div class="md"><p>We need a Python developer to build a small ETL job...</p></div>'
    )
    assert posting.posted_at == datetime(2026, 3, 14, 16, 20, 11, tzinfo=UTC)
    assert posting.extra == {"identity_join": "forbidden", "subreddit": "forhire"}


def test_parse_atom_for_hire_bengali_and_entities() -> None:
    posting = _postings(_parse("forhire_new.atom.xml"))["t3_1q8zk3a"]
    assert posting.kind == "supply"
    assert posting.title == "[For Hire] UI/UX designer — Figma & Webflow, বাংলা/English"
    assert "আমি ফিগমা ও ওয়েবফ্লোতে কাজ করি।" in posting.text
    assert posting.text.endswith("Rate: $35/hr & up")
    assert posting.apply_url == "https://pixelpine.example/work"


def test_parse_atom_skips_and_link_post() -> None:
    results = _parse("forhire_new.atom.xml")
    skips = [r for r in results if isinstance(r, Skip)]
    deleted = Skip("deleted", "t3_1q8zk10", closes="t3_1q8zk10")  # a stored copy closes
    assert skips == [Skip("not_a_posting", "Meta"), deleted]
    link_post = _postings(results)["t3_1q8zk05"]
    assert link_post.kind == "demand"
    assert (link_post.text, link_post.html) == ("", None)  # thumbnail + boilerplate


def test_parse_json_post() -> None:
    posting = _postings(_parse("forhire_new.json"))["t3_1q8zk9c"]
    assert posting.url == (
        "https://www.reddit.com/r/forhire/comments/1q8zk9c/"
        "hiring_python_developer_for_small_etl_job_1200/"
    )
    assert posting.poster == "harborline_ops"
    assert posting.kind == "demand"
    assert posting.posted_at == datetime(2026, 3, 14, 15, 40, 11, tzinfo=UTC)
    # selftext_html is unescaped exactly once: "R&amp;amp;D" -> HTML "R&amp;D" -> "R&D"
    assert "R&D team > 3 people." in posting.text
    assert posting.text.startswith("We need a Python developer to build a small ETL")
    assert posting.html is not None and "<!--" not in posting.html
    assert posting.apply_url == "https://harborline.example/jobs/etl"
    assert posting.extra == {
        "identity_join": "forbidden",
        "subreddit": "forhire",
        "flair": "Hiring",
    }


def test_parse_json_titles_flair_and_skips() -> None:
    results = _parse("forhire_new.json")
    postings = _postings(results)
    assert postings["t3_1q8zk3a"].kind == "supply"  # [For Hire]
    assert postings["t3_1q8zj77"].kind == "demand"  # [HIRING]
    assert postings["t3_1q8zj77"].title == "[HIRING] Logo designer & brand kit – $300"
    translator = postings["t3_1q8zj00"]  # no title tag: the flair says For Hire
    assert translator.kind == "supply"
    assert translator.title == "Bengali ↔ English translator, 9 years, legal & medical"
    assert translator.text == "আমি একজন পেশাদার অনুবাদক। Rate: $0.08/word"
    assert [r for r in results if isinstance(r, Skip)] == [
        Skip("stickied", "t3_1q8yy01"),
        Skip("deleted", "t3_1q8zj50", closes="t3_1q8zj50"),
        Skip("removed", "t3_1q8zj40: moderator", closes="t3_1q8zj40"),
        Skip("not_a_posting", "Meta"),
    ]


def test_every_posting_forbids_identity_joins() -> None:
    for name in ("forhire_new.json", "forhire_new_after.json", "forhire_new.atom.xml"):
        postings = _postings(_parse(name))
        assert postings
        for posting in postings.values():
            assert posting.extra["identity_join"] == "forbidden"


def test_parse_post_without_tag_or_flair_states_no_kind() -> None:
    body = (
        b'{"kind": "Listing", "data": {"after": null, "children": [{"kind": "t3", '
        b'"data": {"name": "t3_abc", "title": "Anyone know a good accountant?", '
        b'"author": "someone", "selftext_html": null, "created_utc": 1773500000.0, '
        b'"permalink": "/r/forhire/comments/abc/x/", "subreddit": "forhire"}}, '
        b'{"kind": "t3", "data": null}, {"kind": "t1", "data": {}}]}}'
    )
    posting, malformed, comment = reddit.parse(_page(body))
    assert isinstance(posting, Posting)
    assert (posting.kind, posting.text, posting.html) == (None, "", None)
    assert isinstance(malformed, Skip) and malformed.reason == "malformed"
    assert malformed.detail.startswith("post without an id: ")  # it states none
    assert comment == Skip("not_a_post", "t1")


def test_a_malformed_post_is_named_by_its_id_in_the_runs_error(httpserver: HTTPServer) -> None:
    """A post in a shape the parser does not know is skipped, and the run's error names
    it, so it can be looked up (reddit.com/comments/<id>); the rest of the page stands."""
    listing = json.loads(fixture_bytes("reddit", "forhire_new.json"))
    children = listing["data"]["children"]
    children[0]["data"]["title"] = {"text": "[Hiring] a title as an object"}  # JSON
    children[1]["data"]["name"] = None  # the id alone: its fullname is t3_<id>
    children[1]["data"]["permalink"] = 5  # met only past the reading: by _posting
    httpserver.expect_request("/r/forhire/new.json").respond_with_json(listing)
    settings = reddit.Settings(base_url=httpserver.url_for("/"), format="json")
    options = {"min_interval": 0, "obey_robots": False, "max_retries": 0}
    result = run_source(reddit, settings, client_options=options)
    first, second = (children[0]["data"]["name"], "t3_" + children[1]["data"]["id"])
    malformed = [r.detail for r in reddit.parse(result.pages[0]) if isinstance(r, Skip)
                 and r.reason == "malformed"]  # fmt: skip
    assert [d.split(":")[0] for d in malformed] == [f"post {first}", f"post {second}"]
    assert "reddit.py:" in malformed[0]  # and the parser line that met it
    (error,) = result.errors
    assert f"skipped 2 malformed items, the first: post {first}: " in error
    whole = [r for r in _parse("forhire_new.json") if isinstance(r, Posting)]
    assert result.stats["parsed"] == len(whole) - 2  # the rest of the page stands


def test_a_malformed_atom_entry_is_named_by_its_id(monkeypatch: pytest.MonkeyPatch) -> None:
    def unreadable(value: str | None) -> datetime:
        raise ValueError(f"no date in {value!r}")

    monkeypatch.setattr(reddit, "utc_from_iso", unreadable)  # every entry's date breaks
    skips = [r for r in _parse("forhire_new.atom.xml") if isinstance(r, Skip)]
    ids = [s.detail.split(":")[0] for s in skips if s.reason == "malformed"]
    assert len(ids) == 5 and all(i.startswith("post t3_") for i in ids), ids


def _one_post(title: str, flair: str | None) -> bytes:
    post = {
        "name": "t3_abc",
        "title": title,
        "link_flair_text": flair,
        "author": "someone",
        "selftext_html": None,
        "created_utc": 1773500000.0,
        "permalink": "/r/forhire/comments/abc/x/",
        "subreddit": "forhire",
    }
    listing = {"after": None, "children": [{"kind": "t3", "data": post}]}
    return json.dumps({"kind": "Listing", "data": listing}).encode()


@pytest.mark.parametrize(
    ("title", "flair", "kind"),
    [
        ("[Hiring] Python dev", None, "demand"),
        ("[HIRING] Python dev", "Hiring", "demand"),
        ("(Hiring) Python dev", None, "demand"),
        ("[Remote] [Hiring] Python dev", None, "demand"),
        ("[Hiring/Online] Python dev", None, "demand"),
        ("[For Hire] Python dev", "For Hire", "supply"),
        ("[FOR HIRE] Python dev", None, "supply"),
        ("[For-Hire] Python dev", None, "supply"),
        ("Python dev available", "For Hire", "supply"),
        ("Python dev wanted", "Hiring", "demand"),
        ("[Hiring - Remote] React fix", None, "demand"),
        ("hiring: wordpress speed fix", None, "demand"),
        ("[Task] Transcribe 30 min of audio, $15", None, "demand"),
        ("(TASK) vectorise a logo", None, "demand"),
        ("task - five product descriptions", None, "demand"),
        ("Need an Excel macro", "Task", "demand"),
        ("[Offer] Logo design for $20", None, "supply"),
        ("I edit podcasts", "Offer", "supply"),
        ("[Paid] 2D artist for a roguelike", None, "demand"),
        ("[Unpaid] Composer for a game jam", None, "demand"),
        ("[RevShare] 3D artist for a horror game", None, "demand"),
        ("Need a 3D modeler", "Paid", "demand"),
        ("[Seeking Work] React dev, available now", None, "supply"),
        ("[Looking for work] Video editor", None, "supply"),
        ("Seeking Work | Remote | Data analyst", None, "supply"),
        ("Django gigs wanted", "Seeking Work", "supply"),
        ("Anyone know a good accountant?", None, None),
    ],
)
def test_kind_from_title_tag_then_flair(title: str, flair: str | None, kind: str | None) -> None:
    [posting] = reddit.parse(_page(_one_post(title, flair)))
    assert isinstance(posting, Posting)
    assert posting.kind == kind
    assert posting.title == title


@pytest.mark.parametrize(
    ("title", "remote"),
    [
        ("[Hiring] [Online] Shopify fix - $50/hr", True),
        ("[Hiring/Online] Python dev", True),
        ("[Hiring - Remote] React fix", True),
        ("[Remote] [Hiring] Python dev", True),
        ("[Hiring] Python dev for our online store", None),
        ("[Hiring] [Onsite] Barista app in Leeds", None),
    ],
)
def test_a_title_tag_saying_online_states_remote_work(title: str, remote: bool | None) -> None:
    [posting] = reddit.parse(_page(_one_post(title, "Hiring")))
    assert isinstance(posting, Posting)
    assert posting.remote is remote


@pytest.mark.parametrize(
    ("title", "flair"),
    [("[Meta] Rules", None), ("[Mod Post] Welcome", None), ("Scam warning", "Meta")],
)
def test_other_tags_are_not_postings(title: str, flair: str | None) -> None:
    [skip] = reddit.parse(_page(_one_post(title, flair)))
    assert isinstance(skip, Skip)
    assert skip.reason == "not_a_posting"


@pytest.mark.parametrize(
    ("name", "body", "message"),
    [
        (
            "blocked",
            fixture_bytes("reddit", "blocked.html"),
            "not an ATOM feed",
        ),
        ("not a listing", b'{"message": "Forbidden", "error": 403}', "Listing"),
        ("broken json", b'{"kind": "Listing", ', "not JSON"),
    ],
)
def test_parse_rejects_a_page_of_the_wrong_shape(name: str, body: bytes, message: str) -> None:
    with pytest.raises(ParseError, match=message) as info:
        list(reddit.parse(_page(body)))
    assert str(info.value).startswith(JSON_URL), name


def _client() -> PoliteClient:
    return PoliteClient("reddit", min_interval=0, obey_robots=False)


def test_fetch_json_follows_after_until_null(httpserver: HTTPServer) -> None:
    httpserver.expect_ordered_request(
        "/r/forhire/new.json", query_string={"limit": "100"}
    ).respond_with_data(fixture_bytes("reddit", "forhire_new.json"))
    httpserver.expect_ordered_request(
        "/r/forhire/new.json", query_string={"limit": "100", "after": "t3_1q8zj00"}
    ).respond_with_data(fixture_bytes("reddit", "forhire_new_after.json"))
    settings = reddit.Settings(base_url=httpserver.url_for("/"), format="json", pages=5)
    with _client() as client:
        pages = list(reddit.fetch(settings, "forhire", client))
    httpserver.check_assertions()
    assert len(pages) == 2  # data.after is null on the second page
    assert [page.scope for page in pages] == ["forhire", "forhire"]
    assert pages[1].url.endswith("/r/forhire/new.json?limit=100&after=t3_1q8zj00")
    postings = [r for page in pages for r in reddit.parse(page) if isinstance(r, Posting)]
    assert postings[-1].source_id == "t3_1q8zi10"
    # the permalink is on www.reddit.com, whatever base_url served it
    assert postings[-1].url.startswith("https://www.reddit.com/r/forhire/comments/")


def test_fetch_atom_pages_through_the_last_entry(httpserver: HTTPServer) -> None:
    httpserver.expect_ordered_request(
        "/r/forhire/new/.rss", query_string={"limit": "25"}
    ).respond_with_data(fixture_bytes("reddit", "forhire_new.atom.xml"))
    httpserver.expect_ordered_request(
        "/r/forhire/new/.rss", query_string={"limit": "25", "after": "t3_1q8zk05"}
    ).respond_with_data(EMPTY_FEED)
    settings = reddit.Settings(base_url=httpserver.url_for("/"), limit=25, pages=3)
    with _client() as client:
        pages = list(reddit.fetch(settings, "forhire", client))
    httpserver.check_assertions()
    assert len(pages) == 2  # an empty feed ends the paging
    assert list(reddit.parse(pages[1])) == []
    reasons = [r.reason for r in reddit.parse(pages[0]) if isinstance(r, Skip)]
    assert reasons == ["not_a_posting", "deleted"]


def test_fetch_stops_at_pages(httpserver: HTTPServer) -> None:
    httpserver.expect_ordered_request("/r/forhire/new/.rss").respond_with_data(
        fixture_bytes("reddit", "forhire_new.atom.xml")
    )
    settings = reddit.Settings(base_url=httpserver.url_for("/"))
    with _client() as client:
        pages = list(reddit.fetch(settings, "forhire", client))
    httpserver.check_assertions()
    assert len(pages) == 1
    assert len(httpserver.log) == 1


def test_fetch_yields_a_block_page_once_for_parse_to_reject(
    httpserver: HTTPServer,
) -> None:
    httpserver.expect_request("/r/forhire/new.json").respond_with_data(
        fixture_bytes("reddit", "blocked.html"), content_type="text/html"
    )
    settings = reddit.Settings(base_url=httpserver.url_for("/"), format="json", pages=3)
    with _client() as client:
        [page] = reddit.fetch(settings, "forhire", client)
    with pytest.raises(ParseError, match="not an ATOM feed"):
        list(reddit.parse(page))


def test_parse_json_variants_links_markdown_and_bare_title_words() -> None:
    """The apply link is a link's target (its text is "here"), never Reddit's own; a
    link post's target is its apply link; a post without selftext_html keeps its
    markdown; "Hiring:" without brackets is the tag, "Hiring managers:" is not."""
    postings = _postings(_parse("forhire_variants.json"))
    linked = postings["t3_v1"]
    assert linked.title == "[Hiring] Django dev for a 3-month contract & upkeep - $60/hr [Remote]"
    assert linked.text == "We're Kelpie Labs. See our rules and apply here"
    assert linked.apply_url == "https://kelpie.example/jobs/7?ref=r&src=forhire"
    link_post = postings["t3_v2"]
    assert link_post.text == ""
    assert link_post.apply_url == "https://kelpie.example/careers/data-engineer"
    assert (postings["t3_v3"].kind, postings["t3_v4"].kind) == ("demand", "supply")
    markdown = postings["t3_v5"]
    assert (markdown.text, markdown.html) == ("Plain markdown, **no** HTML rendered.", None)
    assert postings["t3_v6"].kind is None
    # a moderator's post that is not pinned is no posting either
    assert Skip("moderator", "t3_v7") in _parse("forhire_variants.json")


def test_parse_atom_link_post_applies_at_its_target() -> None:
    results = _postings(_parse("forhire_new.atom.xml"))
    assert results["t3_1q8zk05"].apply_url == "https://gullwing.example/careers"
    # a self post's "[link]" is its own permalink: no apply link from it
    assert results["t3_1q8zk9c"].apply_url is None


def test_a_crosspost_reads_the_original_body_and_no_reddit_link_applies() -> None:
    original = {
        "name": "t3_orig1",
        "selftext": "Need a **Go** dev, 2 months",
        "selftext_html": '&lt;div class="md"&gt;&lt;p&gt;Need a Go dev, 2 months. '
        'Apply &lt;a href="https://tarnbay.example/jobs/go"&gt;here&lt;/a&gt;&lt;/p&gt;&lt;/div&gt;',
        "is_self": True,
        "url": "https://www.reddit.com/r/golangjobs/comments/orig1/go_dev/",
        "subreddit": "golangjobs",
    }
    crosspost = json.loads(_one_post("[Hiring] Go developer", "Hiring"))
    post = crosspost["data"]["children"][0]["data"]
    post.update(selftext="", is_self=False, crosspost_parent="t3_orig1")
    post.update(url="/r/golangjobs/comments/orig1/go_dev/", crosspost_parent_list=[original])
    [posting] = reddit.parse(_page(json.dumps(crosspost).encode()))
    assert isinstance(posting, Posting)
    assert posting.text == "Need a Go dev, 2 months. Apply here"
    assert posting.apply_url == "https://tarnbay.example/jobs/go"
    # a link post pointing at another subreddit by a relative path applies nowhere
    post.pop("crosspost_parent_list")
    [posting] = reddit.parse(_page(json.dumps(crosspost).encode()))
    assert isinstance(posting, Posting) and posting.apply_url is None


def test_an_atom_feed_cut_short_keeps_its_whole_entries_and_pages_on_from_them() -> None:
    feed = fixture_bytes("reddit", "forhire_new.atom.xml")
    cut = _page(feed[: feed.rindex(b"<content")], ATOM_URL)  # inside the fifth entry
    first, *rest = reddit.parse(cut)
    assert rest == list(reddit.parse(_page(feed, ATOM_URL)))[:4]
    assert isinstance(first, Skip) and first.reason == "malformed"
    assert first.detail.startswith("feed cut short: 4 item(s) whole, the next cut off (")
    fourth = re.findall(rb"<id>(t3_\w+)</id>", feed)[3].decode()
    assert reddit._listing(cut)[1] == fourth  # the next page starts after the last whole one


def test_a_post_removed_without_a_stated_category_closes_it() -> None:
    post = {
        "id": "1rmv",
        "name": "t3_1rmv",
        "title": "[Hiring] Copywriter for a landing page",
        "author": "lanternco",
        "selftext": "[removed]",
        "selftext_html": None,
        "created_utc": 1772467200.0,
        "permalink": "/r/forhire/comments/1rmv/hiring_copy/",
        "url": "https://www.reddit.com/r/forhire/comments/1rmv/hiring_copy/",
        "is_self": True,
        "removed_by_category": None,
    }
    body = {"kind": "Listing", "data": {"after": None, "children": [{"kind": "t3", "data": post}]}}
    [skip] = reddit.parse(_page(json.dumps(body).encode()))
    assert isinstance(skip, Skip)
    assert (skip.reason, skip.closes) == ("removed", "t3_1rmv")
