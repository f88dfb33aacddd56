"""A loopback HTTP server that answers like the real APIs from bundled snapshot files.

Files live under `snapshots/` at the URL path they answer (query strings are ignored;
a path that is also a folder answers with the folder's `_index` file),
so every extractor runs unchanged with its `base_url` pointed here. ETags make a second
demo run cost 304s, exactly as against the real sources.
"""

from __future__ import annotations

import hashlib
import threading
from http import HTTPStatus
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from importlib import resources
from pathlib import Path
from types import TracebackType
from urllib.parse import unquote, urlsplit

SNAPSHOTS = Path(str(resources.files("leads.demo") / "snapshots"))
INDEX = "_index"


def _content_type(path: Path) -> str:
    if path.name == "robots.txt":
        return "text/plain; charset=utf-8"
    if path.suffix in (".rss", ".xml") or path.name.endswith(".rss"):
        return "application/atom+xml; charset=utf-8"
    return "application/json; charset=utf-8"


class _Handler(BaseHTTPRequestHandler):
    root: Path = SNAPSHOTS

    def do_GET(self) -> None:  # noqa: N802 - the http.server hook name
        relative = unquote(urlsplit(self.path).path).lstrip("/")
        path = (self.root / relative).resolve()
        if path.is_dir():  # a path that is also a folder (RemoteOK's /api) keeps its body here
            path = path / INDEX
        if not path.is_relative_to(self.root.resolve()) or not path.is_file():
            self._send(HTTPStatus.NOT_FOUND, b'{"error": "Record not found"}', None)
            return
        body = path.read_bytes()
        etag = '"' + hashlib.sha1(body).hexdigest() + '"'  # noqa: S324 - an etag
        if self.headers.get("If-None-Match") == etag:
            self._send(HTTPStatus.NOT_MODIFIED, b"", etag)
            return
        self._send(HTTPStatus.OK, body, etag, _content_type(path))

    def _send(
        self, status: HTTPStatus, body: bytes, etag: str | None, kind: str = "application/json"
    ) -> None:
        self.send_response(status)
        if etag:
            self.send_header("ETag", etag)
        if status != HTTPStatus.NOT_MODIFIED:
            self.send_header("Content-Type", kind)
            self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        if body:
            self.wfile.write(body)

    def log_message(self, format: str, *args: object) -> None:
        """Stay quiet: the demo prints its own progress."""


class SnapshotServer:
    """Serve `root` on 127.0.0.1 in a background thread; use as a context manager.

    `port` 0 takes any free port; a fixed port that is busy falls back to a free one.
    """

    def __init__(self, root: Path = SNAPSHOTS, port: int = 0) -> None:
        handler = type("Handler", (_Handler,), {"root": root})
        try:
            self._server = ThreadingHTTPServer(("127.0.0.1", port), handler)
        except OSError:
            self._server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
        self._thread = threading.Thread(target=self._server.serve_forever, daemon=True)

    @property
    def base_url(self) -> str:
        host, port = self._server.server_address[:2]
        return f"http://{host!s}:{port}"

    def __enter__(self) -> SnapshotServer:
        self._thread.start()
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        error: BaseException | None,
        trace: TracebackType | None,
    ) -> None:
        self._server.shutdown()
        self._server.server_close()
