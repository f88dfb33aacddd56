"""bluesky: searchPosts with the user's app password, links from byte-offset facets."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest
from conftest import fixture_bytes
from pytest_httpserver import HTTPServer

from extractors import bluesky
from extractors._contract import (
    ConfigError,
    Page,
    ParseError,
    Posting,
    Refused,
    Skip,
    SourceUnavailable,
)
from extractors._http import PoliteClient
from extractors._runner import run_source

SEARCH_URL = "https://bsky.social/xrpc/app.bsky.feed.searchPosts?q=freelance&sort=latest"
PASSWORD = "abcd-efgh-ijkl-mnop"
FERN = "did:plc:fernh4x2k9q7w3ml5tz8rvbd"
LINK = "app.bsky.richtext.facet#link"


def _page(body: bytes) -> Page:
    return Page(
        source="bluesky",
        url=SEARCH_URL,
        status=200,
        headers={"content-type": "application/json; charset=utf-8"},
        body=body,
        fetched_at=datetime(2026, 11, 28, 18, tzinfo=UTC),
        scope="freelance",
    )


def _parse(name: str = "search_freelance.json") -> list[Posting | Skip]:
    return list(bluesky.parse(_page(fixture_bytes("bluesky", name))))


def _postings(results: list[Posting | Skip]) -> list[Posting]:
    return [r for r in results if isinstance(r, Posting)]


def _one(post: dict[str, Any]) -> Posting | Skip:
    [result] = bluesky.parse(_page(json.dumps({"posts": [post]}).encode()))
    return result


def _post(text: str, facets: list[Any] | None = None, **record: Any) -> dict[str, Any]:
    view = json.loads(fixture_bytes("bluesky", "search_freelance.json"))["posts"][0]
    view["record"] = {"text": text, "createdAt": "2026-11-28T14:05:31.207Z", **record}
    if facets is not None:
        view["record"]["facets"] = facets
    return dict(view)


def _link(start: int, end: int, uri: str) -> dict[str, Any]:
    return {
        "index": {"byteStart": start, "byteEnd": end},
        "features": [{"$type": LINK, "uri": uri}],
    }


def test_contract_constants() -> None:
    assert bluesky.NAME == "bluesky"
    assert bluesky.WINDOWED is True
    assert bluesky.PROVENANCE == "community"
    assert "author" in bluesky.ATTRIBUTION
    settings = bluesky.Settings()
    assert settings.base_url == "https://bsky.social"
    assert len(settings.queries) <= 3 and settings.pages == 1  # search is for people


def test_off_without_a_handle_and_each_query_once() -> None:
    assert bluesky.units(bluesky.Settings()) == []
    settings = bluesky.Settings(handle="me.bsky.social", queries=("#hiring", " #hiring ", ""))
    assert bluesky.units(settings) == ["#hiring"]


def test_parse_expands_a_shortened_link_from_its_facet() -> None:
    first = _postings(_parse())[0]
    assert first.source_id == f"at://{FERN}/app.bsky.feed.post/3m2kq7a1xyz2a"
    assert first.url == "https://bsky.app/profile/fernhollow.bsky.social/post/3m2kq7a1xyz2a"
    assert (
        "Brief: https://fernhollow.example/jobs/analytics-engineer-freelance #hiring" in first.text
    )
    assert "anal..." not in first.text
    assert first.apply_url == "https://fernhollow.example/jobs/analytics-engineer-freelance"
    assert first.tags == ("hiring", "freelance")
    assert first.poster == "fernhollow.bsky.social"
    assert first.posted_at == datetime(2026, 11, 28, 14, 5, 31, 207000, tzinfo=UTC)
    assert first.language == "en"
    assert first.kind is None  # a post states no kind: the ranking reads it
    assert first.extra == {"did": FERN, "display_name": "Fernhollow Data"}


def test_parse_counts_bytes_not_characters_after_emoji_and_umlauts() -> None:
    german = _postings(_parse())[1]
    assert german.text.startswith("📣🧑‍💻 Freelance gesucht: Python-Entwickler:in für")
    assert "Details → https://okapi-werk.example/stellen/python-freelance-2026 #freelance" in (
        german.text
    )
    assert german.language == "de"


def test_parse_reads_hashtags_from_a_post_without_facets() -> None:
    plain = _postings(_parse())[2]
    assert plain.title == "Looking for a freelance motion designer for a 30s product teaser."
    assert plain.tags == ("hiring", "motiondesign")
    assert plain.apply_url is None  # an e-mail address is no link


def test_a_reply_to_someone_else_is_no_posting_a_thread_of_ones_own_is() -> None:
    results = _parse()
    assert [r.reason for r in results if isinstance(r, Skip)] == ["reply"]
    own = _postings(results)[3]
    assert own.title and own.title.startswith("2/2 Rate")


def test_an_author_whose_handle_broke_is_linked_by_did() -> None:
    gone = _postings(_parse())[4]
    did = "did:plc:gone00deleted00account0x"
    assert gone.poster == did
    assert gone.url == f"https://bsky.app/profile/{did}/post/3m2kj8f1mno2p"
    assert "display_name" not in gone.extra


def test_a_link_card_is_the_apply_link_of_a_post_without_one() -> None:
    [card] = _parse("search_freelance_older.json")
    assert isinstance(card, Posting)
    assert card.title == "Our studio is looking for a freelance illustrator 👇"
    assert card.text.endswith("\n\nhttps://okapi-werk.example/stellen/illustration")
    assert card.apply_url == "https://okapi-werk.example/stellen/illustration"


def test_facets_out_of_range_mid_character_or_overlapping_are_left_as_they_read() -> None:
    text = "Paid gig 🙂 see gig.example/a"
    start = text.encode().index(b"gig.example")
    facets = [
        _link(start, start + 999, "https://out.example/"),  # past the end
        _link(9, 11, "https://cut.example/"),  # inside the emoji's four bytes
        _link(start, len(text.encode()), "https://gig.example/a-full"),
        _link(start + 2, len(text.encode()), "https://overlap.example/"),
        _link(True, 3, "https://bool.example/"),  # noqa: FBT003 - a wrong type
    ]
    posting = _one(_post(text, facets))
    assert isinstance(posting, Posting)
    assert posting.text == "Paid gig 🙂 see https://gig.example/a-full"


def test_hashtags_in_text_drop_sentence_punctuation_and_numbers() -> None:
    posting = _one(_post("Hiring (#1 priority) #remote-first, #Hiring! #2026 x.example/#frag"))
    assert isinstance(posting, Posting)
    assert posting.tags == ("remote-first", "hiring")


def test_a_client_clock_ahead_gives_way_to_indexed_at_an_old_post_keeps_its_date() -> None:
    ahead = _post("Freelance job", createdAt="2027-01-01T00:00:00Z")
    ahead["indexedAt"] = "2026-11-28T14:05:32.019Z"
    old = _post("Freelance job", createdAt="2019-05-02T12:00:00Z")
    missing = _post("Freelance job", createdAt=None)
    dates = [getattr(_one(post), "posted_at", None) for post in (ahead, old, missing)]
    assert dates == [
        datetime(2026, 11, 28, 14, 5, 32, 19000, tzinfo=UTC),
        datetime(2019, 5, 2, 12, tzinfo=UTC),
        datetime(2026, 11, 28, 14, 5, 32, 19000, tzinfo=UTC),
    ]


def test_opt_outs_and_unusable_posts_are_skipped() -> None:
    hidden = _post("Hiring a freelance writer")
    hidden["author"] = {**hidden["author"], "labels": [{"val": "!no-unauthenticated"}]}
    no_uri = {**_post("Hiring"), "uri": ""}
    image_only = _post("")
    reasons = [getattr(_one(post), "reason", None) for post in (hidden, no_uri, image_only)]
    assert reasons == ["noindex", "no_id", "no_text"]


def test_a_malformed_post_is_skipped_and_the_rest_carries_on() -> None:
    good = _post("Hiring a freelance writer")
    body = json.dumps({"posts": [{"uri": "at://x/app.bsky.feed.post/1", "record": []}, 7, good]})
    results = list(bluesky.parse(_page(body.encode())))
    assert [type(r).__name__ for r in results] == ["Skip", "Skip", "Posting"]


@pytest.mark.parametrize(
    ("body", "message"),
    [
        (fixture_bytes("bluesky", "not_json.html"), "HTML page titled '502 Bad Gateway'"),
        (b'{"error": "AuthMissing", "message": "Authentication Required"}', "AuthMissing"),
    ],
)
def test_parse_rejects_a_page_that_is_not_a_search_answer(body: bytes, message: str) -> None:
    with pytest.raises(ParseError, match=message):
        list(bluesky.parse(_page(body)))


def _server_settings(httpserver: HTTPServer, **kwargs: Any) -> bluesky.Settings:
    return bluesky.Settings(
        base_url=httpserver.url_for("/"),
        handle="me.bsky.social",
        app_password_env="TEST_BLUESKY_APP_PASSWORD",
        **kwargs,
    )


def _client() -> PoliteClient:
    return PoliteClient("bluesky", obey_robots=False, min_interval=0.0)


def _expect_session(httpserver: HTTPServer, status: int = 200) -> None:
    login = {"identifier": "me.bsky.social", "password": PASSWORD}
    answer = {"did": "did:plc:me", "accessJwt": "jwt-access", "refreshJwt": "jwt-refresh"}
    httpserver.expect_ordered_request(
        bluesky.SESSION_PATH, method="POST", json=login
    ).respond_with_json(answer if status == 200 else {"error": "AuthenticationRequired"}, status)


def test_fetch_opens_one_session_and_follows_the_cursor(
    httpserver: HTTPServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("TEST_BLUESKY_APP_PASSWORD", PASSWORD)
    _expect_session(httpserver)
    auth = {"Authorization": "Bearer jwt-access"}
    httpserver.expect_ordered_request(
        bluesky.SEARCH_PATH, method="GET", headers=auth
    ).respond_with_data(fixture_bytes("bluesky", "search_freelance.json"))
    httpserver.expect_ordered_request(bluesky.SEARCH_PATH, headers=auth).respond_with_data(
        fixture_bytes("bluesky", "search_freelance_older.json")
    )
    httpserver.expect_ordered_request(bluesky.SEARCH_PATH, headers=auth).respond_with_json(
        {"posts": []}
    )
    settings = _server_settings(httpserver, queries=("#hiring freelance", "contract"), pages=3)
    with _client() as client:
        first = list(bluesky.fetch(settings, "#hiring freelance", client))
        second = list(bluesky.fetch(settings, "contract", client))
    httpserver.check_assertions()
    assert [len(first), len(second)] == [2, 1]  # page 2 has no cursor: the query ends
    asked = [dict(request.args) for request, _ in httpserver.log[1:]]
    since = (datetime.now(UTC) - timedelta(days=7)).date().isoformat()
    query = {"q": "#hiring freelance", "sort": "latest", "limit": "100", "since": since}
    assert asked == [query, {**query, "cursor": "100"}, {**query, "q": "contract"}]
    assert all(b"jwt" not in page.body and "jwt" not in page.url for page in first + second)
    assert len(_postings(list(bluesky.parse(first[0])))) == 5


def test_a_refused_app_password_is_one_clear_failure(
    httpserver: HTTPServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("TEST_BLUESKY_APP_PASSWORD", PASSWORD)
    _expect_session(httpserver, status=401)
    settings = _server_settings(httpserver, queries=("#hiring", "freelance"))
    result = run_source(bluesky, settings, client_options={"obey_robots": False})
    assert result.status == "failed" and result.refused  # no task retry asks again
    assert len(result.errors) == 2
    assert "Bluesky refused the app password for me.bsky.social" in result.errors[0]
    assert all(PASSWORD not in error for error in result.errors)
    assert [request.path for request, _ in httpserver.log] == [bluesky.SESSION_PATH]


def test_a_missing_password_variable_is_a_config_error_naming_it(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.delenv("TEST_BLUESKY_APP_PASSWORD", raising=False)
    settings = bluesky.Settings(
        handle="me.bsky.social", app_password_env="TEST_BLUESKY_APP_PASSWORD"
    )
    with _client() as client, pytest.raises(ConfigError, match="TEST_BLUESKY_APP_PASSWORD"):
        list(bluesky.fetch(settings, "#hiring", client))


def test_a_bad_request_at_login_is_unavailable_not_refused(
    httpserver: HTTPServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("TEST_BLUESKY_APP_PASSWORD", PASSWORD)
    httpserver.expect_request(bluesky.SESSION_PATH, method="POST").respond_with_data("", status=400)
    with _client() as client, pytest.raises(SourceUnavailable) as caught:
        list(bluesky.fetch(_server_settings(httpserver), "#hiring", client))
    assert caught.value.status == 400 and "refused" not in str(caught.value)
    assert not isinstance(caught.value, Refused)  # a bad request may be retried
