"""Loopback servers that misbehave, one behaviour per server (per port), for every
path they are asked: what a broken, overloaded or malicious job board might answer."""

from __future__ import annotations

import gzip
import json
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import ExitStack, contextmanager
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from importlib import resources

ESCAPES = "\x1b]52;c;b3duZWQ=\x07\x1b[2J\x1b]0;owned\x07\u202egnp.exe\x9b31m"
_MiB = 1024 * 1024
_GZIP_BOMB = gzip.compress(b"\0" * (200 * _MiB), compresslevel=9)  # ~200 KB on the wire


def escaped_jobs() -> bytes:
    """Remotive's demo snapshot with escape sequences in every title and company."""
    data = json.loads((resources.files("leads.demo") / "snapshots/api/remote-jobs").read_bytes())
    for job in data["jobs"]:
        job["title"] = f"{ESCAPES} {job['title']}"
        job["company_name"] = f"{job['company_name']}\x1b]8;;https://evil.example\x1b\\"
    return json.dumps(data).encode()


Behaviour = Callable[[BaseHTTPRequestHandler], None]


def _send(handler: BaseHTTPRequestHandler, status: int, body: bytes = b"", **headers: str) -> None:
    handler.send_response(status)
    for name, value in {"Content-Length": str(len(body)), **headers}.items():
        handler.send_header(name.replace("_", "-"), value)
    handler.end_headers()
    handler.wfile.write(body)


def _drip(handler: BaseHTTPRequestHandler) -> None:
    handler.send_response(200)
    handler.send_header("Content-Length", "100000")
    handler.end_headers()
    for _ in range(100_000):  # one byte a second: never a read timeout
        handler.wfile.write(b" ")
        handler.wfile.flush()
        time.sleep(1)


def _sixty_mib(handler: BaseHTTPRequestHandler) -> None:
    handler.send_response(200)
    handler.send_header("Content-Length", str(60 * _MiB))
    handler.end_headers()
    chunk = b"[" * _MiB
    for _ in range(60):
        handler.wfile.write(chunk)


def _truncated(handler: BaseHTTPRequestHandler) -> None:
    handler.send_response(200)
    handler.send_header("Content-Length", "10000")
    handler.end_headers()
    handler.wfile.write(b'{"jobs": [{"id": 1, "title": "cut')
    handler.close_connection = True


def _redirect_loop(handler: BaseHTTPRequestHandler) -> None:
    _send(handler, 302, Location=f"/loop/{time.monotonic_ns()}")


def cases(disallowing_port: int) -> dict[str, Behaviour]:
    """Each hostile behaviour by name; the cross-host case redirects to the server on
    `disallowing_port`, whose robots.txt disallows everything."""
    escaped = escaped_jobs()
    cross = f"http://127.0.0.1:{disallowing_port}/jobs"
    return {
        "escapes": lambda h: _send(h, 200, escaped, Content_Type="application/json"),
        "500": lambda h: _send(h, 500, b"oops"),
        "429, Retry-After 5": lambda h: _send(h, 429, b"", Retry_After="5"),
        "429, Retry-After 999999": lambda h: _send(h, 429, b"", Retry_After="999999"),
        "truncated body": _truncated,
        "invalid JSON": lambda h: _send(h, 200, b'{"jobs": [{"id": ', Content_Type="text/json"),
        "60 MiB body": _sixty_mib,
        "gzip bomb": lambda h: _send(h, 200, _GZIP_BOMB, Content_Encoding="gzip"),
        "drip, 1 byte/s": _drip,
        "redirect loop": _redirect_loop,
        "cross-host redirect, robots.txt disallows": lambda h: _send(h, 302, Location=cross),
        "captcha HTML": lambda h: _send(
            h, 200, b"<html><title>Just a moment...</title><div class=captcha></div></html>",
            Content_Type="text/html",
        ),
    }  # fmt: skip


def _server(behaviour: Behaviour, robots: bytes) -> ThreadingHTTPServer:
    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:  # noqa: N802 - the http.server hook name
            try:
                if self.path == "/robots.txt":
                    _send(self, 200, robots, Content_Type="text/plain")
                else:
                    behaviour(self)
            except OSError:
                pass  # the client gave up on us: that is the point

        def log_message(self, format: str, *args: object) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    server.daemon_threads = True
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server


@contextmanager
def serving() -> Iterator[dict[str, str]]:
    """Every hostile case on its own loopback port: case name -> base URL."""
    with ExitStack() as stack:
        deny = _server(lambda h: _send(h, 200, b"[]"), b"User-agent: *\nDisallow: /\n")
        stack.callback(deny.shutdown)
        urls: dict[str, str] = {}
        for name, behaviour in cases(deny.server_address[1]).items():
            server = _server(behaviour, b"User-agent: *\nAllow: /\n")
            stack.callback(server.shutdown)
            urls[name] = f"http://127.0.0.1:{server.server_address[1]}"
        yield urls
