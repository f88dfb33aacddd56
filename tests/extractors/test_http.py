"""PoliteClient against loopback servers, with a fake clock so nothing really sleeps."""

from __future__ import annotations

import json
import re
import socket
import time
from collections.abc import Callable, Iterator
from datetime import UTC, datetime, timedelta
from email.utils import format_datetime
from typing import Any

import pytest
from pytest_httpserver import HTTPServer
from werkzeug import Request, Response

from extractors._contract import BlockedByRobots, SourceUnavailable
from extractors._http import USER_AGENT, CachedResponse, PoliteClient


class FakeTime:
    """A monotonic clock that only moves when something sleeps; records the sleeps."""

    def __init__(self) -> None:
        self.now = 1000.0
        self.sleeps: list[float] = []

    def clock(self) -> float:
        return self.now

    def sleep(self, seconds: float) -> None:
        self.sleeps.append(seconds)
        self.now += seconds


@pytest.fixture
def fake() -> FakeTime:
    return FakeTime()


@pytest.fixture
def make_client(fake: FakeTime) -> Iterator[Callable[..., PoliteClient]]:
    """PoliteClient factory: no robots, no pacing, fake time unless told otherwise."""
    made: list[PoliteClient] = []

    def make(**kwargs: Any) -> PoliteClient:
        options: dict[str, Any] = {"obey_robots": False, "min_interval": 0.0}
        options |= {"sleep": fake.sleep, "clock": fake.clock} | kwargs
        made.append(PoliteClient("test", **options))
        return made[-1]

    yield make
    for client in made:
        client.close()


@pytest.fixture
def other_server() -> Iterator[HTTPServer]:
    """A second loopback server: another host for pacing purposes (another port)."""
    server = HTTPServer(host="127.0.0.1")
    server.start()
    yield server
    server.clear()
    server.stop()


def _paths(server: HTTPServer) -> list[str]:
    return [request.path for request, _ in server.log]


def test_user_agent_names_the_project() -> None:
    assert re.fullmatch(r"warmleads/\S+ \(\+https://github\.com/warmleads/warmleads\)", USER_AGENT)


def test_200_returns_page_and_sends_user_agent(
    httpserver: HTTPServer, make_client: Callable[..., PoliteClient]
) -> None:
    httpserver.expect_request("/jobs").respond_with_data(
        '{"jobs": []}',
        content_type="application/json",
        headers={"ETag": '"v1"', "X-RateLimit-Remaining": "99", "X-Other": "no"},
    )
    client = make_client()

    page = client.get(httpserver.url_for("/jobs"), scope="board-a")

    request, _ = httpserver.log[0]
    assert request.headers["User-Agent"] == USER_AGENT
    assert page.status == 200
    assert page.body == b'{"jobs": []}'
    assert (page.source, page.scope, page.not_modified) == ("test", "board-a", False)
    assert page.url == httpserver.url_for("/jobs")
    assert page.fetched_at.tzinfo is not None
    assert page.fetched_at.utcoffset() == timedelta(0)
    assert page.headers["content-type"] == "application/json"
    assert page.headers["etag"] == '"v1"'
    assert page.headers["x-ratelimit-remaining"] == "99"
    assert "x-other" not in page.headers
    assert "server" not in page.headers
    assert client.stats.counts == {"fetched": 1}


def test_query_params_are_part_of_page_url(
    httpserver: HTTPServer, make_client: Callable[..., PoliteClient]
) -> None:
    httpserver.expect_request(
        "/search", query_string={"q": "python dev", "page": "2"}
    ).respond_with_data("ok")

    page = make_client().get(httpserver.url_for("/search"), params={"q": "python dev", "page": 2})

    assert page.url == httpserver.url_for("/search") + "?q=python+dev&page=2"
    assert page.body == b"ok"


@pytest.mark.parametrize("status", [400, 401, 403, 404, 410])
def test_client_error_raises_at_once_without_retry(
    httpserver: HTTPServer,
    make_client: Callable[..., PoliteClient],
    fake: FakeTime,
    status: int,
) -> None:
    httpserver.expect_request("/board").respond_with_data("gone", status=status)
    client = make_client()

    with pytest.raises(SourceUnavailable) as caught:
        client.get(httpserver.url_for("/board"))

    assert caught.value.status == status
    assert len(httpserver.log) == 1
    assert fake.sleeps == []
    assert client.stats.counts == {f"http/{status}": 1}


def test_429_waits_for_retry_after_seconds(
    httpserver: HTTPServer, make_client: Callable[..., PoliteClient], fake: FakeTime
) -> None:
    httpserver.expect_ordered_request("/feed").respond_with_data(
        "slow down", status=429, headers={"Retry-After": "7"}
    )
    httpserver.expect_ordered_request("/feed").respond_with_data("ok")
    client = make_client()

    page = client.get(httpserver.url_for("/feed"))

    assert page.body == b"ok"
    assert len(httpserver.log) == 2
    assert len(fake.sleeps) == 1
    assert fake.sleeps[0] >= 7
    assert client.stats.counts == {"http/429": 1, "retried": 1, "fetched": 1}


def test_retry_after_as_http_date(
    httpserver: HTTPServer, make_client: Callable[..., PoliteClient], fake: FakeTime
) -> None:
    # measured against the server's own Date header, whole seconds on both sides
    later = format_datetime(datetime.now(UTC) + timedelta(seconds=30), usegmt=True)
    httpserver.expect_ordered_request("/feed").respond_with_data(
        "", status=503, headers={"Retry-After": later}
    )
    httpserver.expect_ordered_request("/feed").respond_with_data("ok")
    client = make_client()

    assert client.get(httpserver.url_for("/feed")).body == b"ok"

    assert len(fake.sleeps) == 1
    assert 28 <= fake.sleeps[0] <= 31
    assert client.stats.counts["retried"] == 1


def test_retry_after_over_max_backoff_gives_up_without_retrying(
    httpserver: HTTPServer, make_client: Callable[..., PoliteClient], fake: FakeTime
) -> None:
    httpserver.expect_request("/feed").respond_with_data(
        "", status=429, headers={"Retry-After": "3600"}
    )
    client = make_client(max_backoff=60.0)

    with pytest.raises(SourceUnavailable) as caught:
        client.get(httpserver.url_for("/feed"))

    assert caught.value.status == 429
    assert "Retry-After" in caught.value.reason
    assert "max_backoff" in caught.value.reason
    assert len(httpserver.log) == 1
    assert fake.sleeps == []
    assert "retried" not in client.stats.counts


def test_500_then_200_succeeds_after_one_retry(
    httpserver: HTTPServer, make_client: Callable[..., PoliteClient], fake: FakeTime
) -> None:
    httpserver.expect_ordered_request("/feed").respond_with_data("", status=500)
    httpserver.expect_ordered_request("/feed").respond_with_data("ok")
    client = make_client(backoff=0.5)

    page = client.get(httpserver.url_for("/feed"))

    assert page.status == 200
    assert fake.sleeps == [0.5]
    assert client.stats.counts == {"http/500": 1, "retried": 1, "fetched": 1}


def test_500_always_gives_up_after_max_retries(
    httpserver: HTTPServer, make_client: Callable[..., PoliteClient], fake: FakeTime
) -> None:
    httpserver.expect_request("/feed").respond_with_data("", status=500)
    client = make_client(max_retries=3, backoff=0.5, max_backoff=1.5)

    with pytest.raises(SourceUnavailable) as caught:
        client.get(httpserver.url_for("/feed"))

    assert caught.value.status == 500
    assert len(httpserver.log) == 4  # the first attempt and three retries
    assert fake.sleeps == [0.5, 1.0, 1.5]  # exponential, capped at max_backoff
    assert client.stats.counts == {"http/500": 4, "retried": 3}


def _closed_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
    return port


def test_connection_refused_is_retried_then_unavailable(
    make_client: Callable[..., PoliteClient], fake: FakeTime
) -> None:
    url = f"http://127.0.0.1:{_closed_port()}/feed"
    client = make_client(max_retries=2, backoff=0.5)

    with pytest.raises(SourceUnavailable) as caught:
        client.get(url)

    assert caught.value.status is None
    assert caught.value.reason == "connection refused after 3 tries"
    assert fake.sleeps == [0.5, 1.0]
    assert client.stats.counts == {"retried": 2}


def test_robots_disallow_blocks_and_is_fetched_once(
    httpserver: HTTPServer, make_client: Callable[..., PoliteClient]
) -> None:
    rules = "User-agent: *\nDisallow: /private\n\nUser-agent: warmleads\nDisallow: /x\n"
    httpserver.expect_request("/robots.txt").respond_with_data(rules)
    httpserver.expect_request("/public").respond_with_data("ok")
    httpserver.expect_request("/private").respond_with_data("ok")
    client = make_client(obey_robots=True)

    with pytest.raises(BlockedByRobots):
        client.get(httpserver.url_for("/x/jobs"))  # our own group
    assert client.get(httpserver.url_for("/public")).body == b"ok"
    assert client.get(httpserver.url_for("/private")).body == b"ok"  # not our group

    assert _paths(httpserver) == ["/robots.txt", "/public", "/private"]
    assert httpserver.log[0][0].headers["User-Agent"] == USER_AGENT
    assert client.stats.counts["robots/forbidden"] == 1


def test_robots_404_allows_everything(
    httpserver: HTTPServer, make_client: Callable[..., PoliteClient]
) -> None:
    httpserver.expect_request("/robots.txt").respond_with_data("", status=404)
    httpserver.expect_request("/jobs").respond_with_data("ok")
    client = make_client(obey_robots=True)

    assert client.get(httpserver.url_for("/jobs")).body == b"ok"
    assert _paths(httpserver) == ["/robots.txt", "/jobs"]


def test_robots_500_makes_the_host_unavailable(
    httpserver: HTTPServer, make_client: Callable[..., PoliteClient]
) -> None:
    httpserver.expect_request("/robots.txt").respond_with_data("", status=500)
    client = make_client(obey_robots=True, max_retries=1)

    for _ in range(2):  # the second call does not ask again
        with pytest.raises(SourceUnavailable) as caught:
            client.get(httpserver.url_for("/jobs"))
        assert caught.value.status == 500
        assert caught.value.reason == "robots.txt: after 2 tries"
        assert caught.value.url == httpserver.url_for("/jobs")

    assert _paths(httpserver) == ["/robots.txt", "/robots.txt"]


def test_a_host_that_does_not_answer_is_named_so_not_its_robots_txt(
    make_client: Callable[..., PoliteClient], fake: FakeTime
) -> None:
    url = f"http://127.0.0.1:{_closed_port()}/feed"  # offline: robots.txt is asked first
    with pytest.raises(SourceUnavailable) as caught:
        make_client(obey_robots=True, max_retries=1).get(url)
    assert (caught.value.status, caught.value.reason) == (None, "connection refused after 2 tries")


def test_obey_robots_false_skips_robots(
    httpserver: HTTPServer, make_client: Callable[..., PoliteClient]
) -> None:
    httpserver.expect_request("/jobs").respond_with_data("ok")

    make_client(obey_robots=False).get(httpserver.url_for("/jobs"))

    assert _paths(httpserver) == ["/jobs"]


def test_an_exempt_host_overrides_disallow_on_the_record_and_keeps_crawl_delay(
    httpserver: HTTPServer, make_client: Callable[..., PoliteClient], fake: FakeTime
) -> None:
    httpserver.expect_request("/robots.txt").respond_with_data(
        "User-agent: *\nDisallow: /\nCrawl-delay: 2\n"
    )
    httpserver.expect_request("/jobs").respond_with_data("ok")
    blocked = make_client(obey_robots=True)
    with pytest.raises(BlockedByRobots):
        blocked.get(httpserver.url_for("/jobs"))  # not exempt: robots.txt holds

    host = httpserver.url_for("/").split("//")[1].split(":")[0]
    client = make_client(obey_robots=True, robots_exempt_hosts=[host.upper()])
    for _ in range(2):
        assert client.get(httpserver.url_for("/jobs")).body == b"ok"

    assert client.stats.counts["robots/overridden"] == 2
    assert "robots/forbidden" not in client.stats.counts
    assert fake.sleeps == [2.0, 2.0]  # its Crawl-delay still paces every request


@pytest.mark.parametrize(("crawl_delay", "expected"), [("5", 5.0), ("2.5", 3.0), ("600", 60.0)])
def test_crawl_delay_raises_the_interval_up_to_a_cap(
    httpserver: HTTPServer,
    make_client: Callable[..., PoliteClient],
    fake: FakeTime,
    crawl_delay: str,
    expected: float,
) -> None:
    robots = f"User-agent: *\nCrawl-delay: {crawl_delay}\n"
    httpserver.expect_request("/robots.txt").respond_with_data(robots)
    httpserver.expect_request("/jobs").respond_with_data("ok")
    client = make_client(obey_robots=True, min_interval=1.0)

    client.get(httpserver.url_for("/jobs"))
    client.get(httpserver.url_for("/jobs"))

    assert fake.sleeps == [expected, expected]  # robots -> page -> page


def test_min_interval_paces_one_host_but_not_across_hosts(
    httpserver: HTTPServer,
    other_server: HTTPServer,
    make_client: Callable[..., PoliteClient],
    fake: FakeTime,
) -> None:
    httpserver.expect_request("/a").respond_with_data("a")
    other_server.expect_request("/b").respond_with_data("b")
    client = make_client(min_interval=1.0)

    client.get(httpserver.url_for("/a"))
    client.get(other_server.url_for("/b"))  # another host: no wait
    assert fake.sleeps == []
    client.get(httpserver.url_for("/a"))  # same host, no time passed: wait 1 s
    assert fake.sleeps == [1.0]
    fake.now += 5
    client.get(httpserver.url_for("/a"))  # the interval has passed: no wait
    assert fake.sleeps == [1.0]


def test_304_with_etag_returns_the_cached_body(
    httpserver: HTTPServer, make_client: Callable[..., PoliteClient]
) -> None:
    httpserver.expect_ordered_request("/feed").respond_with_data("v1", headers={"ETag": '"abc"'})
    httpserver.expect_ordered_request(
        "/feed", headers={"If-None-Match": '"abc"'}
    ).respond_with_data("", status=304, headers={"ETag": '"abc"'})
    cache: dict[str, CachedResponse] = {}
    client = make_client(cache=cache)

    first = client.get(httpserver.url_for("/feed"))
    cache[first.url] = CachedResponse(first.headers["etag"], None, first.body)
    second = client.get(httpserver.url_for("/feed"))

    assert "If-None-Match" not in httpserver.log[0][0].headers
    assert httpserver.log[1][0].headers["If-None-Match"] == '"abc"'
    assert "If-Modified-Since" not in httpserver.log[1][0].headers
    assert (second.status, second.not_modified, second.body) == (304, True, b"v1")
    assert second.headers["etag"] == '"abc"'
    assert client.stats.counts == {"fetched": 1, "not_modified": 1}


def test_304_with_last_modified_returns_the_cached_body(
    httpserver: HTTPServer, make_client: Callable[..., PoliteClient]
) -> None:
    stamp = "Wed, 21 Oct 2015 07:28:00 GMT"
    httpserver.expect_request("/feed", headers={"If-Modified-Since": stamp}).respond_with_data(
        "", status=304
    )
    url = httpserver.url_for("/feed")
    client = make_client(cache={url: CachedResponse(None, stamp, b"cached")})

    page = client.get(url)

    assert "If-None-Match" not in httpserver.log[0][0].headers
    assert page.not_modified
    assert page.body == b"cached"
    assert page.headers["last-modified"] == stamp  # the validator, from the cache
    assert client.stats.counts == {"not_modified": 1}


def test_body_over_the_cap_is_unavailable(
    httpserver: HTTPServer, make_client: Callable[..., PoliteClient]
) -> None:
    httpserver.expect_request("/big").respond_with_data(b"x" * 1000)
    client = make_client(max_body_bytes=100)

    with pytest.raises(SourceUnavailable) as caught:
        client.get(httpserver.url_for("/big"))

    assert caught.value.status == 200
    assert caught.value.reason == "body over 100 bytes"
    assert "fetched" not in client.stats.counts


def test_streamed_body_without_length_is_capped(
    httpserver: HTTPServer, make_client: Callable[..., PoliteClient]
) -> None:
    def endless(request: Request) -> Response:
        return Response(b"x" * 1000 for _ in range(1000))  # chunked, ~1 MB

    httpserver.expect_request("/stream").respond_with_handler(endless)
    client = make_client(max_body_bytes=10_000)

    with pytest.raises(SourceUnavailable, match="body over 10000 bytes"):
        client.get(httpserver.url_for("/stream"))


def test_body_at_the_cap_is_kept(
    httpserver: HTTPServer, make_client: Callable[..., PoliteClient]
) -> None:
    httpserver.expect_request("/exact").respond_with_data(b"x" * 100)

    page = make_client(max_body_bytes=100).get(httpserver.url_for("/exact"))

    assert page.body == b"x" * 100


def test_works_as_a_context_manager(httpserver: HTTPServer, fake: FakeTime) -> None:
    httpserver.expect_request("/jobs").respond_with_data("ok")

    with PoliteClient("test", obey_robots=False, sleep=fake.sleep, clock=fake.clock) as client:
        assert client.get(httpserver.url_for("/jobs")).body == b"ok"


def test_read_timeout_is_retried_then_unavailable(
    make_client: Callable[..., PoliteClient], fake: FakeTime
) -> None:
    def stall(request: Request) -> Response:
        time.sleep(0.3)  # the server's own thread, longer than the read timeout
        return Response("late")

    # a server of its own: the stalled requests finish after the test, and must not
    # land in the shared server of the next test
    server = HTTPServer()
    server.start()
    server.expect_request("/slow").respond_with_handler(stall)
    client = make_client(read_timeout=0.05, max_retries=1)
    try:
        with pytest.raises(SourceUnavailable) as caught:
            client.get(server.url_for("/slow"))
    finally:
        server.stop()

    assert caught.value.status is None
    assert caught.value.reason == "no answer within 0.05 s after 2 tries"
    assert client.stats.counts == {"retried": 1}


def test_a_source_keeps_its_documented_interval_above_a_lower_min_interval(
    httpserver: HTTPServer,
    other_server: HTTPServer,
    make_client: Callable[..., PoliteClient],
    fake: FakeTime,
) -> None:
    for server in (httpserver, other_server):
        server.expect_request("/jobs").respond_with_data("ok")
    client = make_client(min_interval=0.05)
    client.keep_interval(httpserver.url_for("/"), 0.1)
    client.keep_interval(httpserver.url_for("/"), 0.01)  # never lowers it
    for server in (httpserver, other_server):  # the other host: min_interval only
        for _ in range(2):
            client.get(server.url_for("/jobs"))
    assert [round(s, 3) for s in fake.sleeps] == [0.1, 0.05]


def test_post_sends_json_with_our_user_agent_and_returns_the_answer(
    httpserver: HTTPServer, make_client: Callable[..., PoliteClient]
) -> None:
    httpserver.expect_request(
        "/xrpc/login", method="POST", json={"id": "me", "password": "hunter2"}
    ).respond_with_json({"token": "t0k"})
    client = make_client()

    page = client.post(httpserver.url_for("/xrpc/login"), json={"id": "me", "password": "hunter2"})

    assert page.status == 200 and json.loads(page.body) == {"token": "t0k"}
    [(request, _)] = httpserver.log
    assert request.headers["User-Agent"] == USER_AGENT
    assert request.headers["Content-Type"] == "application/json"
    assert client.stats.counts == {"posted": 1}


def test_post_is_retried_on_5xx_and_refused_at_once_on_401_without_the_body(
    httpserver: HTTPServer, make_client: Callable[..., PoliteClient], fake: FakeTime
) -> None:
    httpserver.expect_ordered_request("/login", method="POST").respond_with_data("", status=502)
    httpserver.expect_ordered_request("/login", method="POST").respond_with_data("", status=401)
    client = make_client(backoff=0.5)

    with pytest.raises(SourceUnavailable) as caught:
        client.post(httpserver.url_for("/login"), json={"password": "s3cret-pass"})

    assert caught.value.status == 401
    assert "s3cret-pass" not in str(caught.value)
    assert fake.sleeps == [0.5]
    assert client.stats.counts == {"http/502": 1, "retried": 1, "http/401": 1}


def test_post_does_not_follow_a_redirect(
    httpserver: HTTPServer, make_client: Callable[..., PoliteClient]
) -> None:
    httpserver.expect_request("/login", method="POST").respond_with_data(
        "", status=307, headers={"Location": "/elsewhere"}
    )
    with pytest.raises(SourceUnavailable, match="a POST is not redirected"):
        make_client().post(httpserver.url_for("/login"), json={})
    assert _paths(httpserver) == ["/login"]


def test_post_obeys_robots_txt(
    httpserver: HTTPServer, make_client: Callable[..., PoliteClient]
) -> None:
    httpserver.expect_request("/robots.txt").respond_with_data("User-agent: *\nDisallow: /xrpc/\n")
    with pytest.raises(BlockedByRobots):
        make_client(obey_robots=True).post(httpserver.url_for("/xrpc/login"), json={})
    assert _paths(httpserver) == ["/robots.txt"]
