"""A total deadline on one HTTP request, from connect to the last byte.

requests' timeouts bound each socket operation, not the request: a server that drips
one byte a second never trips a 30 s read timeout and holds a run for as long as it
likes. `DeadlineAdapter` notes the socket each request is read from; when a
`Deadline` runs out, a timer shuts that socket down, so whatever read is blocked (the
status line, the headers or the body) returns at once and the request fails.
"""

from __future__ import annotations

import contextlib
import socket
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from requests.adapters import HTTPAdapter
from urllib3.connection import HTTPConnection, HTTPSConnection
from urllib3.connectionpool import HTTPConnectionPool, HTTPSConnectionPool

_ACTIVE = threading.local()  # the Deadline of the request this thread is making


class Deadline:
    """`seconds` from now; past it the watched socket is shut down."""

    def __init__(self, seconds: float) -> None:
        self.seconds = seconds
        self.expired = False
        self._socket: socket.socket | None = None
        self._lock = threading.Lock()
        self._timer = threading.Timer(max(seconds, 0.0), self._expire)
        self._timer.daemon = True

    def watch(self, sock: socket.socket) -> None:
        """The socket the response is read from (a reused connection's too)."""
        with self._lock:
            self._socket = sock
            if self.expired:
                _shut(sock)

    def _expire(self) -> None:
        with self._lock:
            self.expired = True
            if self._socket is not None:
                _shut(self._socket)

    @contextmanager
    def running(self) -> Iterator[Deadline]:
        """Arm the timer for requests this thread makes inside the block."""
        _ACTIVE.deadline = self
        self._timer.start()
        try:
            yield self
        finally:
            self._timer.cancel()
            _ACTIVE.deadline = None


def _shut(sock: socket.socket) -> None:
    with contextlib.suppress(OSError):  # already closed: nothing left to wake
        sock.shutdown(socket.SHUT_RDWR)


def _watched(sock: socket.socket | None) -> None:
    deadline: Deadline | None = getattr(_ACTIVE, "deadline", None)
    if deadline is not None and sock is not None:
        deadline.watch(sock)


class _Connection(HTTPConnection):
    def getresponse(self, *args: Any, **kwargs: Any) -> Any:
        _watched(self.sock)
        return super().getresponse(*args, **kwargs)


class _TLSConnection(HTTPSConnection):
    def getresponse(self, *args: Any, **kwargs: Any) -> Any:
        _watched(self.sock)
        return super().getresponse(*args, **kwargs)


class _Pool(HTTPConnectionPool):
    ConnectionCls = _Connection


class _TLSPool(HTTPSConnectionPool):
    ConnectionCls = _TLSConnection


class DeadlineAdapter(HTTPAdapter):
    """requests' adapter whose connections report their socket to the `Deadline`."""

    def init_poolmanager(self, *args: Any, **kwargs: Any) -> None:
        super().init_poolmanager(*args, **kwargs)
        self.poolmanager.pool_classes_by_scheme = {"http": _Pool, "https": _TLSPool}
