"""PoliteClient against servers that misbehave: redirects and dripping answers."""

from __future__ import annotations

import socket
import threading
import time
from collections.abc import Iterator

import pytest
from pytest_httpserver import HTTPServer
from werkzeug import Response

from extractors._contract import BlockedByRobots, SourceUnavailable
from extractors._http import PoliteClient, _Response


def _client(**options: object) -> PoliteClient:
    defaults: dict[str, object] = {"min_interval": 0.0, "max_retries": 0}
    return PoliteClient("test", **(defaults | options))  # type: ignore[arg-type]


@pytest.fixture
def other_host() -> Iterator[HTTPServer]:
    """A second server: another host for robots.txt and pacing (another port)."""
    server = HTTPServer(host="127.0.0.1")
    server.start()
    yield server
    server.clear()
    server.stop()


def test_a_redirect_is_followed_and_its_host_robots_txt_obeyed(
    httpserver: HTTPServer, other_host: HTTPServer
) -> None:
    httpserver.expect_request("/robots.txt").respond_with_data("User-agent: *\nAllow: /\n")
    httpserver.expect_request("/jobs").respond_with_data(
        "", status=302, headers={"Location": other_host.url_for("/moved")}
    )
    other_host.expect_request("/robots.txt").respond_with_data("User-agent: *\nDisallow: /\n")
    with _client() as client, pytest.raises(BlockedByRobots):
        client.get(httpserver.url_for("/jobs"))
    assert [r.path for r, _ in other_host.log] == ["/robots.txt"]  # /moved never asked


def test_a_same_host_redirect_is_followed_and_counted(httpserver: HTTPServer) -> None:
    httpserver.expect_request("/old").respond_with_data(
        "", status=301, headers={"Location": "/new"}
    )
    httpserver.expect_request("/new").respond_with_data("[]")
    with _client(obey_robots=False) as client:
        page = client.get(httpserver.url_for("/old"))
    assert (page.body, page.url) == (b"[]", httpserver.url_for("/old"))
    assert client.stats.counts["redirected"] == 1


def test_a_redirect_loop_stops_at_the_hop_cap(httpserver: HTTPServer) -> None:
    httpserver.expect_request("/a").respond_with_data("", status=302, headers={"Location": "/b"})
    httpserver.expect_request("/b").respond_with_data("", status=302, headers={"Location": "/a"})
    with (
        _client(obey_robots=False, max_redirects=3) as client,
        pytest.raises(SourceUnavailable, match="more than 3 redirects"),
    ):
        client.get(httpserver.url_for("/a"))
    assert len(httpserver.log) == 4


def test_a_redirect_from_https_to_http_is_refused(monkeypatch: pytest.MonkeyPatch) -> None:
    answers = {
        "https://jobs.example/feed": _Response(302, {"location": "http://jobs.example/"}, b"")
    }
    client = _client(obey_robots=False)
    monkeypatch.setattr(client, "_fetch", lambda url, headers: answers[url])
    with pytest.raises(SourceUnavailable, match="redirect to http refused"):
        client.get("https://jobs.example/feed")


def _dripping_server(head: bytes, body: bytes, every: float) -> tuple[int, threading.Event]:
    """A loopback server that sends `head` at once, then the rest one byte every
    `every` seconds."""
    listener = socket.create_server(("127.0.0.1", 0))
    stop = threading.Event()

    def serve() -> None:
        with listener:
            listener.settimeout(5)
            connection, _ = listener.accept()
            with connection:
                connection.recv(65536)
                connection.sendall(head)
                for byte in body:
                    if stop.is_set():
                        return
                    try:
                        connection.sendall(bytes([byte]))
                    except OSError:
                        return
                    time.sleep(every)

    threading.Thread(target=serve, daemon=True).start()
    return listener.getsockname()[1], stop


@pytest.mark.parametrize("where", ["headers", "body"])
def test_a_dripping_server_is_cut_at_the_request_deadline(where: str) -> None:
    answer = b"HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\nContent-Length: 200\r\n\r\n"
    answer += b"x" * 200
    split = answer.index(b"\r\n\r\n") + 4 if where == "body" else 9  # "HTTP/1.1 "
    head, body = answer[:split], answer[split:]
    port, stop = _dripping_server(head, body, every=0.02)
    started = time.monotonic()
    client = _client(obey_robots=False, request_deadline=0.5, read_timeout=5)
    with client, pytest.raises(SourceUnavailable, match=r"timed out after 0\.5 s"):
        client.get(f"http://127.0.0.1:{port}/drip")
    stop.set()
    assert time.monotonic() - started < 2.0
    assert client.stats.counts["deadline"] == 1


def test_no_request_starts_after_the_source_deadline(httpserver: HTTPServer) -> None:
    httpserver.expect_request("/jobs").respond_with_response(Response("[]"))
    now = [0.0]
    with _client(obey_robots=False, source_deadline=10, clock=lambda: now[0]) as client:
        client.get(httpserver.url_for("/jobs"))
        now[0] = 11.0
        with pytest.raises(SourceUnavailable, match="source deadline of 10 s passed"):
            client.get(httpserver.url_for("/jobs"))
