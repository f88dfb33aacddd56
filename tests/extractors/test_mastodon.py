"""mastodon: tag timelines per instance, opt-outs, boosts, acct as user@domain."""

from __future__ import annotations

import json
import re
from datetime import UTC, datetime

import pytest
from conftest import fixture_bytes
from pytest_httpserver import HTTPServer

from extractors import mastodon
from extractors._contract import ConfigError, Page, ParseError, Posting, Skip
from extractors._http import PoliteClient
from extractors._normalize import first_line
from warehouse.ranking.features import understand
from warehouse.ranking.profile import Profile, RankingSettings

TIMELINE_URL = "https://mastodon.example/api/v1/timelines/tag/hiring?limit=40"


def _page(body: bytes, url: str = TIMELINE_URL) -> Page:
    return Page(
        source="mastodon",
        url=url,
        status=200,
        headers={"content-type": "application/json; charset=utf-8"},
        body=body,
        fetched_at=datetime(2026, 3, 14, 17, tzinfo=UTC),
        scope="hiring@mastodon.example",
    )


def _parse(name: str = "tag_hiring.json") -> list[Posting | Skip]:
    return list(mastodon.parse(_page(fixture_bytes("mastodon", name))))


def _postings(results: list[Posting | Skip]) -> list[Posting]:
    return [r for r in results if isinstance(r, Posting)]


def test_contract_constants() -> None:
    assert mastodon.NAME == "mastodon"
    assert mastodon.WINDOWED is True
    assert "status" in mastodon.ATTRIBUTION
    settings = mastodon.Settings()
    assert settings.instances == ("https://mastodon.social",)
    assert settings.tags == ("hiring", "fedihire", "freelance")
    assert (settings.limit, settings.pages) == (40, 1)


def test_units_are_every_tag_on_every_instance() -> None:
    settings = mastodon.Settings(
        instances=("https://mastodon.social", "https://fosstodon.org/"),
        tags=("hiring", "#fedihire"),
    )
    assert mastodon.units(settings) == [
        "hiring@mastodon.social",
        "fedihire@mastodon.social",
        "hiring@fosstodon.org",
        "fedihire@fosstodon.org",
    ]


def test_parse_remote_status() -> None:
    posting = _postings(_parse())[0]
    assert posting.source == "mastodon"
    assert posting.source_id == (
        "https://fosstown.example/users/marta_k/statuses/115001000000000009"
    )
    assert posting.url == "https://fosstown.example/@marta_k/115001000000000009"
    assert posting.poster == "marta_k@fosstown.example"
    # hashtag links read as "#tag"; the invisible "https://" keeps the link whole
    assert posting.text == (
        "We're #hiring a part-time Rust contractor (remote, EU time zones) to help "
        "with our sync engine. Details: https://loomworks.example/jobs/rust #RustLang"
    )
    assert posting.title == posting.text
    assert posting.html is not None and posting.html.startswith("<p>We&#39;re")
    assert posting.posted_at == datetime(2026, 3, 14, 16, 18, 2, 114000, tzinfo=UTC)
    assert posting.language == "en"
    assert posting.tags == ("hiring", "rustlang")
    assert posting.apply_url == "https://loomworks.example/jobs/rust"
    assert posting.extra == {"instance": "mastodon.example", "display_name": "Marta K."}
    assert posting.kind is None


def test_parse_local_account_gets_the_instance_domain() -> None:
    posting = _postings(_parse())[1]
    # as the follows export writes it (formats.md §12)
    assert posting.poster == "loomworks@mastodon.example"
    assert posting.title == (
        "#FediHire Loomworks is looking for a freelance designer & illustrator for our docs site."
    )
    # an ellipsis-shortened link: the visible and the invisible parts together
    assert posting.apply_url == (
        "https://loomworks.example/jobs/design-freelance-2026-spring-documentation-refresh"
    )
    assert posting.extra["display_name"] == "Loomworks"


def test_parse_boost_is_the_boosted_status() -> None:
    posting = _postings(_parse())[2]
    assert posting.source_id == ("https://bangla.example/users/rahim/statuses/111222333444555666")
    assert posting.url == posting.source_id  # the boosted status has no url
    assert posting.poster == "rahim@bangla.example"
    assert posting.language == "bn"
    assert posting.title == "আমরা একজন ফ্রিল্যান্স পাইথন ডেভেলপার খুঁজছি। রিমোট কাজ। #hiring"
    assert posting.text.endswith("যোগাযোগ: @rahim")
    assert posting.posted_at == datetime(2026, 3, 14, 3, 0, tzinfo=UTC)  # +06:00
    assert posting.extra["display_name"] == "রহিম"


def test_parse_skips_opt_outs_and_unusable_statuses() -> None:
    skips = [r for r in _parse() if isinstance(r, Skip)]
    assert skips == [
        Skip("noindex", "quiet@quiet.example"),  # account.noindex true
        Skip("noindex", "priv@private.example"),  # account.indexable false
        Skip("no_text", "https://photos.example/users/snap/statuses/115001000000000004"),
        Skip("no_id", "status 115001000000000002"),
    ]


def test_parse_older_server_without_indexable_or_tags() -> None:
    posting = _postings(_parse())[3]
    assert posting.poster == "oldtimer@old.example"
    assert posting.tags == ()
    assert posting.posted_at == datetime(2026, 3, 14, 15, 45, tzinfo=UTC)


def test_same_status_on_two_instances_is_one_posting() -> None:
    body = fixture_bytes("mastodon", "tag_hiring.json")
    here = _postings(list(mastodon.parse(_page(body))))[0]
    elsewhere_url = "https://fosstodon.example/api/v1/timelines/tag/hiring?limit=40"
    there = _postings(list(mastodon.parse(_page(body, elsewhere_url))))[0]
    assert here.source_id == there.source_id
    assert here.poster == there.poster == "marta_k@fosstown.example"
    assert there.extra["instance"] == "fosstodon.example"


def test_parse_malformed_status_is_skipped_and_the_rest_carries_on() -> None:
    statuses = json.loads(fixture_bytes("mastodon", "tag_hiring_older.json"))
    broken = dict(statuses[0], account="not an object")
    body = json.dumps(["oops", broken, statuses[0]]).encode()
    first, second, third = mastodon.parse(_page(body))
    assert first == Skip("malformed", "status at index 0 is a str")
    assert isinstance(second, Skip) and second.reason == "malformed"
    assert isinstance(third, Posting)


_TAG = '<a href="https://mastodon.example/tags/{0}" class="mention hashtag">#<span>{0}</span></a>'


@pytest.mark.parametrize(
    ("words", "tag", "talk"),
    [
        ("Anyone know where people find Elixir contracts these days? {}", "hiring", True),
        ("Who is {} Rust folks in Berlin right now?", "hiring", True),
        ("Kennt jemand Firmen, die gerade Go-Leute suchen? {}", "FediHire", True),
        ("Are you a Go developer who likes maps? We're {}, remote EU.", "hiring", False),
        ("Wer hat Zeit für ein Vue-Projekt? Wir suchen jemanden ab Januar. {}", "FediHire", False),
        ("Need a Vue dev for 6 weeks? No wait, we do! €80/h. {}", "hiring", False),
        ("Who wants to build accessible forms with us? Full-time, remote EU. {}", "hiring", False),
    ],
)
def test_a_question_that_offers_no_work_is_no_posting(words: str, tag: str, talk: bool) -> None:
    """The timeline's own tag offers nothing: "#hiring" in a question is no need."""
    statuses = json.loads(fixture_bytes("mastodon", "tag_hiring_older.json"))
    content = f"<p>{words.format(_TAG.format(tag))}</p>"
    body = json.dumps([dict(statuses[0], content=content)]).encode()
    [result] = mastodon.parse(_page(body))
    assert (isinstance(result, Skip) and result.reason == "question") == talk


@pytest.mark.parametrize(
    ("body", "message"),
    [
        (
            b'{"error": "The access token is invalid"}',
            "expected a JSON array, got an object with keys error: 'The access token is invalid'",
        ),
        (b"<html>Maintenance</html>", "not JSON: an HTML page (a block or error page?)"),
        (
            b"<!DOCTYPE html><html><head><title>502 Bad\n Gateway</title>",
            "not JSON: an HTML page titled '502 Bad Gateway'",
        ),
        (b'[{"id": "1", "content": "<p>We are hir', "not JSON: cut short after 38 bytes"),
        (b'{"statuses": null}', "expected a JSON array, got an object with keys statuses"),
    ],
    ids=["an error object", "an html page", "an html error page", "cut short", "an object"],
)
def test_parse_rejects_a_page_of_the_wrong_shape(body: bytes, message: str) -> None:
    with pytest.raises(ParseError, match=re.escape(message)) as info:
        list(mastodon.parse(_page(body)))
    assert str(info.value).startswith(TIMELINE_URL)


def _client() -> PoliteClient:
    return PoliteClient("mastodon", min_interval=0, obey_robots=False)


def test_fetch_follows_link_next_until_it_is_gone(httpserver: HTTPServer) -> None:
    timeline = httpserver.url_for("/api/v1/timelines/tag/hiring")
    link = (
        f'<{timeline}?limit=40&max_id=115001000000000002>; rel="next", '
        f'<{timeline}?limit=40&min_id=115001000000000009>; rel="prev"'
    )
    httpserver.expect_ordered_request(
        "/api/v1/timelines/tag/hiring", query_string={"limit": "40"}
    ).respond_with_data(
        fixture_bytes("mastodon", "tag_hiring.json"),
        content_type="application/json",
        headers={"Link": link},
    )
    httpserver.expect_ordered_request(
        "/api/v1/timelines/tag/hiring",
        query_string={"limit": "40", "max_id": "115001000000000002"},
    ).respond_with_data(
        fixture_bytes("mastodon", "tag_hiring_older.json"),
        content_type="application/json",
    )
    settings = mastodon.Settings(instances=(httpserver.url_for("/"),), tags=("hiring",), pages=5)
    [unit] = mastodon.units(settings)
    with _client() as client:
        pages = list(mastodon.fetch(settings, unit, client))
    httpserver.check_assertions()
    assert len(pages) == 2
    assert unit == f"hiring@localhost:{httpserver.port}"
    assert [page.scope for page in pages] == [unit, unit]
    reasons = [r.reason for r in mastodon.parse(pages[0]) if isinstance(r, Skip)]
    assert reasons == ["noindex", "noindex", "no_text", "no_id"]
    local = _postings(list(mastodon.parse(pages[0])))[1]
    assert local.poster == "loomworks@localhost"  # the instance that served the page
    [older_posting] = mastodon.parse(pages[1])
    assert isinstance(older_posting, Posting)
    assert older_posting.posted_at == datetime(2026, 3, 13, 10, tzinfo=UTC)


def test_fetch_stops_at_pages(httpserver: HTTPServer) -> None:
    next_url = httpserver.url_for("/api/v1/timelines/tag/fedihire") + "?max_id=1"
    httpserver.expect_ordered_request(
        "/api/v1/timelines/tag/fedihire", query_string={"limit": "20"}
    ).respond_with_data(b"[]", headers={"Link": f'<{next_url}>; rel="next"'})
    settings = mastodon.Settings(instances=(httpserver.url_for("/"),), limit=20)
    with _client() as client:
        pages = list(mastodon.fetch(settings, f"fedihire@localhost:{httpserver.port}", client))
    httpserver.check_assertions()
    assert len(pages) == 1
    assert len(httpserver.log) == 1
    assert list(mastodon.parse(pages[0])) == []


def test_fetch_rejects_a_unit_of_no_configured_instance() -> None:
    settings = mastodon.Settings()
    with _client() as client, pytest.raises(ConfigError, match="^instances:"):
        list(mastodon.fetch(settings, "hiring@elsewhere.example", client))


def test_a_reply_to_someone_else_is_no_posting_a_thread_of_ones_own_is() -> None:
    """A reply "@bob are you still #hiring?" answers a post; the author's reply to their own
    status (the posting's next part) is a posting, as is a status behind a content
    warning (its content is the posting, the warning its summary: part of its text)."""
    results = _parse("tag_replies.json")
    assert results[0] == Skip("reply", "https://kelpie.example/users/lena/statuses/2")
    own, warned = _postings(results)
    assert own.text == "Details: 3-month contract, 20 h/week. #hiring"
    assert warned.title == "Kelpie Labs is #hiring a Go contractor, $90/hr, US only."
    assert warned.text == (
        "job post: Go contract\n\nKelpie Labs is #hiring a Go contractor, $90/hr, US only."
    )


def test_a_content_warning_is_read_with_the_post(httpserver: HTTPServer) -> None:
    """Many posters put "hiring" or the terms in the warning and only the details in
    the body: the warning is part of what the posting says, fetched as the API gives it."""
    status = json.loads(fixture_bytes("mastodon", "tag_replies.json"))[2]
    status.update(
        spoiler_text="We're hiring:  a freelance data engineer,\n3 months",
        content="<p>Remote within the EU, EUR 90/h. Python and dbt. "
        "Apply: https://kelpie.example/jobs/7</p>",
    )
    httpserver.expect_request("/api/v1/timelines/tag/hiring").respond_with_json([status])
    settings = mastodon.Settings(instances=(httpserver.url_for("/"),), tags=("hiring",))
    [unit] = mastodon.units(settings)
    with _client() as client:
        [page] = mastodon.fetch(settings, unit, client)
    [posting] = mastodon.parse(page)
    assert isinstance(posting, Posting)
    assert posting.text.startswith("We're hiring: a freelance data engineer, 3 months\n\nRemote")
    assert (
        posting.title
        == "Remote within the EU, EUR 90/h. Python and dbt. Apply: https://kelpie.example/jobs/7"
    )
    assert posting.apply_url == "https://kelpie.example/jobs/7"
    features = understand(posting, Profile(skills=("python",)), RankingSettings())
    assert (features.kind, features.engagement) == ("demand", "freelance")
    assert features.duration_months == 3


def test_a_time_with_milliseconds_and_an_offset_is_read_as_utc() -> None:
    statuses = json.loads(fixture_bytes("mastodon", "tag_hiring.json"))
    status = statuses[0] | {"created_at": "2026-03-02T09:15:44.901+01:00"}
    [posting] = _postings(list(mastodon.parse(_page(json.dumps([status]).encode()))))
    assert posting.posted_at == datetime(2026, 3, 2, 8, 15, 44, 901000, tzinfo=UTC)


@pytest.mark.parametrize(
    ("line", "title"),
    [
        # a rate cut to "€0.10/w" would read as weekly pay
        ("word " * 30 + "We pay €0.10/word, invoices fine.", "word " * 30 + "We pay"),
        ("word " * 32 + "fine", ("word " * 32).strip()),  # the limit falls on a space
        ("x" * 250, "x" * 160),  # no space to cut at: cut at the limit
        ("short enough, €0.10/word", "short enough, €0.10/word"),
    ],
)
def test_a_long_first_line_is_titled_up_to_a_whole_word(line: str, title: str) -> None:
    assert first_line(line, limit=160) == title
