"""PoliteClient: the one HTTP client every source goes through.

Public job boards and APIs put up with a scraper only while it behaves: it names
itself, gives up on slow servers, backs off when told to (429/5xx, `Retry-After`),
paces its requests per host, obeys robots.txt, asks "has it changed?" (ETag /
Last-Modified) instead of downloading an unchanged listing again, and will not swallow
a runaway body. Doing all of that here, once, means no source can forget a piece of it.
A host the user exempts (having the site's permission) has its Disallow overridden on
the record, never silently: each such request is counted, and its Crawl-delay holds.

Redirects are followed here, not by requests, so every hop passes the robots.txt and
pacing of its own host; a hop from https to http is refused. Each request has a total
deadline (connect to last byte, `extractors._deadline`) and the client as a whole one
(`source_deadline`): a server that drips bytes cannot hold a run.
"""

from __future__ import annotations

import math
import re
import threading
import time
from collections.abc import Callable, Collection, Mapping
from dataclasses import dataclass
from datetime import UTC, datetime
from email.utils import parsedate_to_datetime
from importlib import metadata
from typing import Any
from urllib.parse import urljoin, urlsplit, urlunsplit
from urllib.robotparser import RobotFileParser

import requests
from requests import exceptions as rex

from extractors._contract import BlockedByRobots, Page, SourceStats, SourceUnavailable
from extractors._deadline import Deadline, DeadlineAdapter
from extractors._errors import HOST_NOT_FOUND


def _version() -> str:
    try:
        return metadata.version("warmleads")
    except metadata.PackageNotFoundError:
        return "0"


USER_AGENT = f"warmleads/{_version()} (+https://github.com/warmleads/warmleads)"

_KEPT = frozenset({"content-type", "etag", "last-modified", "link", "date"})
_KEPT |= {"cache-control", "retry-after", "location"}  # and x-ratelimit-*
_NETWORK_ERRORS = (rex.ConnectionError, rex.Timeout, rex.ChunkedEncodingError)
_REDIRECTS = frozenset({301, 302, 303, 307, 308})
_MAX_CRAWL_DELAY = 60.0
# robotparser ignores a fractional Crawl-delay; we round it up instead
_FRACTIONAL_DELAY = re.compile(r"(?im)^(\s*crawl-delay\s*:\s*)(\d*\.\d+)")


@dataclass(frozen=True)
class CachedResponse:
    """What an earlier fetch of a URL left: its validators and its body."""

    etag: str | None
    last_modified: str | None
    body: bytes


@dataclass(frozen=True)
class _Response:
    status: int
    headers: dict[str, str]  # only the kept ones, lower-cased
    body: bytes


class PoliteClient:
    """A requests.Session with the manners every source needs; one per source run.

    Args:
        source: the source name, stamped on every `Page`.
        cache: full URL -> validators and body of an earlier fetch (conditional GET).
        user_agent: sent on every request, robots.txt included.
        connect_timeout: seconds to wait for a connection.
        read_timeout: seconds to wait for the server between bytes.
        max_retries: retries after the first attempt on 429, 5xx and network errors.
        backoff: the first retry delay in seconds; it doubles per retry.
        max_backoff: cap on a delay; a longer `Retry-After` gives up instead.
        min_interval: seconds between request starts to one scheme+host+port.
        max_body_bytes: a longer (decoded) body raises `SourceUnavailable`.
        max_redirects: redirects followed for one URL.
        request_deadline: seconds one request may take, from connect to last byte.
        source_deadline: seconds this client may work in all; past it no request starts.
        obey_robots: check robots.txt before the first request to each host.
        robots_exempt_hosts: hosts whose robots.txt Disallow the user has permission to
            override; their robots.txt is still read (Crawl-delay holds) and each request
            it would have blocked is counted as `robots/overridden`.
        sleep: how to wait (injected by tests).
        clock: monotonic seconds (injected by tests).
    """

    def __init__(
        self,
        source: str,
        *,
        cache: Mapping[str, CachedResponse] | None = None,
        user_agent: str = USER_AGENT,
        connect_timeout: float = 5.0,
        read_timeout: float = 30.0,
        max_retries: int = 4,
        backoff: float = 0.5,
        max_backoff: float = 60.0,
        min_interval: float = 1.0,
        max_body_bytes: int = 20 * 1024 * 1024,
        max_redirects: int = 5,
        request_deadline: float = 60.0,
        source_deadline: float = 300.0,
        obey_robots: bool = True,
        robots_exempt_hosts: Collection[str] = (),
        sleep: Callable[[float], None] = time.sleep,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.source = source
        self.user_agent = user_agent
        self.max_retries = max_retries
        self.backoff = backoff
        self.max_backoff = max_backoff
        self.min_interval = min_interval
        self.max_body_bytes = max_body_bytes
        self.max_redirects = max_redirects
        self.request_deadline = request_deadline
        self.source_deadline = source_deadline
        self.obey_robots = obey_robots
        self.robots_exempt_hosts = frozenset(host.lower() for host in robots_exempt_hosts)
        self.stats = SourceStats()
        self._cache: Mapping[str, CachedResponse] = {} if cache is None else cache
        self._timeout = (connect_timeout, read_timeout)
        self._sleep = sleep
        self._clock = clock
        self._ends_at = clock() + source_deadline
        self._session = requests.Session()
        self._session.headers["User-Agent"] = user_agent
        for prefix in ("http://", "https://"):
            self._session.mount(prefix, DeadlineAdapter())
        self._lock = threading.Lock()  # pacing slots and stats
        self._robots_lock = threading.Lock()  # one robots.txt fetch per host
        self._last_start: dict[str, float] = {}
        self._interval: dict[str, float] = {}  # per host, raised by Crawl-delay or a source
        self._robots: dict[str, RobotFileParser] = {}
        self._robots_down: dict[str, tuple[int | None, str]] = {}  # host -> status, cause

    def get(
        self,
        url: str,
        *,
        params: Mapping[str, Any] | None = None,
        headers: Mapping[str, str] | None = None,
        scope: str = "",
    ) -> Page:
        """Fetch one URL politely.

        Args:
            url: the URL, with or without a query.
            params: query parameters, encoded into `Page.url` (also the cache key).
            headers: extra request headers; the User-Agent is always ours.
            scope: the listing the page belongs to, copied onto the `Page`.

        Returns:
            The page; after a 304 it carries the cached body and `not_modified=True`.

        Raises:
            SourceUnavailable: a 4xx, a body over the cap, 429/5xx/network errors
                after every retry, a `Retry-After` longer than `max_backoff`, a
                deadline passed, too many redirects or one from https to http.
            BlockedByRobots: robots.txt disallows the URL (or a redirect's target).
        """
        full_url = requests.Request("GET", url, params=params).prepare().url or url
        cached = self._cache.get(full_url)
        response = self._follow(full_url, _request_headers(headers, cached))
        body, kept = response.body, response.headers
        if response.status == 304:
            if cached is None:
                raise SourceUnavailable(full_url, 304, "304 without a cached copy")
            validators = {"etag": cached.etag, "last-modified": cached.last_modified}
            kept = {**{k: v for k, v in validators.items() if v}, **kept}
            body = cached.body
        self._count("not_modified" if response.status == 304 else "fetched")
        return Page(
            source=self.source,
            url=full_url,
            status=response.status,
            headers=kept,
            body=body,
            fetched_at=datetime.now(UTC),
            not_modified=response.status == 304,
            scope=scope,
        )

    def post(
        self,
        url: str,
        *,
        json: Any,
        headers: Mapping[str, str] | None = None,
        scope: str = "",
    ) -> Page:
        """POST a JSON body politely (a login: an API's session call), with the same
        pacing, robots.txt, retries, deadlines and body cap as `get`; never cached, and
        a redirect is not followed (it would turn the POST into a GET or resend the body).

        The body may hold a secret: it is never part of an error message or `Page.url`.

        Raises:
            SourceUnavailable, BlockedByRobots: as `get` does; a redirect too.
        """
        import json as jsonlib

        if self.obey_robots:
            self._check_robots(url)
        merged = _request_headers(headers, None)
        merged["Content-Type"] = "application/json"
        body = jsonlib.dumps(json).encode("utf-8")
        response = self._fetch(url, merged, body)
        if 300 <= response.status < 400:
            raise SourceUnavailable(url, response.status, "a POST is not redirected")
        self._count("posted")
        return Page(
            source=self.source,
            url=url,
            status=response.status,
            headers=response.headers,
            body=response.body,
            fetched_at=datetime.now(UTC),
            scope=scope,
        )

    def keep_interval(self, url: str, seconds: float) -> None:
        """At least `seconds` between request starts to `url`'s host: a rate limit its
        source documents, kept even where `min_interval` is set lower."""
        key = _host_key(url)
        with self._lock:
            self._interval[key] = max(self._interval.get(key, self.min_interval), seconds)

    @property
    def out_of_time(self) -> bool:
        """Whether the source deadline has passed."""
        return self._clock() >= self._ends_at

    def close(self) -> None:
        """Close the session and its pooled connections."""
        self._session.close()

    def __enter__(self) -> PoliteClient:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    def _follow(self, url: str, headers: Mapping[str, str]) -> _Response:
        """GET `url`, following redirects hop by hop: each hop's host has its robots.txt
        checked and its pacing kept; the conditional headers go to the first hop only."""
        first = url
        for _ in range(self.max_redirects + 1):
            if self.obey_robots:
                self._check_robots(url)
            response = self._fetch(url, headers if url == first else {})
            if response.status not in _REDIRECTS:
                if 300 <= response.status < 400 and response.status != 304:
                    raise SourceUnavailable(url, response.status, "not a redirect we follow")
                return response
            target = urljoin(url, response.headers.get("location", ""))
            if urlsplit(target).scheme not in ("http", "https") or target == url:
                raise SourceUnavailable(first, response.status, f"bad redirect to {target}")
            if urlsplit(url).scheme == "https" and urlsplit(target).scheme == "http":
                raise SourceUnavailable(
                    first, response.status, f"redirect to http refused: {target}"
                )
            self._count("redirected")
            url = target
        raise SourceUnavailable(first, None, f"more than {self.max_redirects} redirects")

    def _fetch(self, url: str, headers: Mapping[str, str], data: bytes | None = None) -> _Response:
        """GET (or POST `data`) with retries: a 2xx, 304 or redirect response, else
        SourceUnavailable."""
        status: int | None = None
        error = ""
        for attempt in range(self.max_retries + 1):
            self._pace(url)
            try:
                response = self._attempt(url, headers, data)
            except _NETWORK_ERRORS as exc:
                status, retry_after, error = None, None, self._cause(exc)
            else:
                status, retry_after = response.status, _retry_after(response.headers)
                if 200 <= status < 400:
                    return response
                if status != 429 and status < 500:
                    raise SourceUnavailable(url, status, "not retried")
            if attempt == self.max_retries:
                break
            delay = self._delay(url, attempt, status, retry_after)
            if self._clock() + delay >= self._ends_at:
                break  # no time left for another try
            self._count("retried")
            self._sleep(delay)
        tries = f"after {attempt + 1} tries"
        raise SourceUnavailable(url, status, f"{error} {tries}" if error else tries)

    def _attempt(self, url: str, headers: Mapping[str, str], data: bytes | None) -> _Response:
        """One request within its deadline; the body is read (capped) only for a 2xx."""
        left = self._ends_at - self._clock()
        if left <= 0:
            reason = f"source deadline of {self.source_deadline:g} s passed"
            raise SourceUnavailable(url, None, reason)
        deadline = Deadline(min(self.request_deadline, left))
        try:
            with deadline.running():
                answer = self._request(url, headers, data)
        except (*_NETWORK_ERRORS, OSError):
            if not deadline.expired:
                raise
            answer = None
        if deadline.expired:  # cut short, whatever parsed; not retried: slow stays slow
            self._count("deadline")
            raise SourceUnavailable(url, None, f"timed out after {deadline.seconds:g} s")
        assert answer is not None
        return answer

    def _request(self, url: str, headers: Mapping[str, str], data: bytes | None) -> _Response:
        response = self._session.request(
            "GET" if data is None else "POST",
            url,
            data=data,
            headers=dict(headers),
            timeout=self._timeout,
            stream=True,
            allow_redirects=False,
        )
        with response:
            status = response.status_code
            if not (200 <= status < 300 or status == 304):
                self._count(f"http/{status}")
            body = self._read_body(url, response) if 200 <= status < 300 else b""
            return _Response(status, _kept_headers(response.headers), body)

    def _read_body(self, url: str, response: requests.Response) -> bytes:
        declared = response.headers.get("content-length", "")
        if declared.isdigit() and int(declared) > self.max_body_bytes:
            raise self._too_big(url, response.status_code)
        chunks: list[bytes] = []
        size = 0
        for chunk in response.iter_content(chunk_size=16 * 1024):
            size += len(chunk)
            if size > self.max_body_bytes:
                raise self._too_big(url, response.status_code)
            chunks.append(chunk)
        return b"".join(chunks)

    def _cause(self, error: Exception) -> str:
        """A plain cause for a network error: what a person would say happened."""
        text = str(error).lower()
        if isinstance(error, rex.ConnectTimeout):
            return f"no connection within {self._timeout[0]:g} s"
        if isinstance(error, rex.ReadTimeout):
            return f"no answer within {self._timeout[1]:g} s"
        if "refused" in text:
            return "connection refused"
        if "name or service not known" in text or "nameresolution" in text.replace(" ", ""):
            return HOST_NOT_FOUND
        if isinstance(error, rex.SSLError):
            return "TLS error"
        if isinstance(error, rex.ChunkedEncodingError) or "incompleteread" in text:
            return "connection broken mid-answer"
        return "connection failed"

    def _too_big(self, url: str, status: int) -> SourceUnavailable:
        return SourceUnavailable(url, status, f"body over {self.max_body_bytes} bytes")

    def _delay(
        self, url: str, attempt: int, status: int | None, retry_after: float | None
    ) -> float:
        delay = min(self.backoff * 2.0**attempt, self.max_backoff)
        if retry_after is None:
            return delay
        if retry_after > self.max_backoff:
            self._count("retry_after/too_long")
            wanted = f"Retry-After asks for {retry_after:g} s"
            reason = f"{wanted}, over max_backoff {self.max_backoff:g} s"
            raise SourceUnavailable(url, status, reason)
        return max(delay, retry_after)

    def _pace(self, url: str) -> None:
        """Wait until this host's interval since its last request start has passed."""
        key = _host_key(url)
        with self._lock:
            now = self._clock()
            last = self._last_start.get(key)
            interval = self._interval.get(key, self.min_interval)
            start = now if last is None else max(now, last + interval)
            self._last_start[key] = start  # reserve the slot, then sleep unlocked
        if start > now:
            self._sleep(start - now)

    def _check_robots(self, url: str) -> None:
        key = _host_key(url)
        with self._robots_lock:
            if key not in self._robots and key not in self._robots_down:
                self._load_robots(key, url)
        if key in self._robots_down:
            status, cause = self._robots_down[key]
            # no answer at all is the host's trouble, not its robots.txt's
            raise SourceUnavailable(
                url, status, cause if status is None else f"robots.txt: {cause}"
            )
        if not self._robots[key].can_fetch(self.user_agent, url):
            if (urlsplit(url).hostname or "") in self.robots_exempt_hosts:
                self._count("robots/overridden")  # the user's permission, on the record
                return
            self._count("robots/forbidden")
            raise BlockedByRobots(url)

    def _load_robots(self, key: str, url: str) -> None:
        """Fetch and parse robots.txt (RFC 9309: 4xx allows all, 5xx/down fails;
        up to five redirects followed)."""
        scheme, netloc = urlsplit(url)[:2]
        parser = RobotFileParser()
        location = urlunsplit((scheme, netloc, "/robots.txt", "", ""))
        try:
            for _ in range(5):
                robots = self._fetch(location, {})
                if robots.status not in _REDIRECTS:
                    break
                location = urljoin(location, robots.headers.get("location", ""))
            else:
                robots = _Response(404, {}, b"")  # a redirect loop: as if none
        except SourceUnavailable as exc:
            if exc.status is None or exc.status == 429 or not 400 <= exc.status < 500:
                self._robots_down[key] = (exc.status, exc.reason or "unreachable")
                return
            robots = _Response(exc.status, {}, b"")  # no rules: everything allowed
        text = robots.body.decode("utf-8", errors="replace")
        text = _FRACTIONAL_DELAY.sub(lambda m: f"{m[1]}{math.ceil(float(m[2]))}", text)
        parser.parse(text.splitlines())
        delay = parser.crawl_delay(self.user_agent)
        if delay is not None:
            with self._lock:
                capped = min(float(delay), _MAX_CRAWL_DELAY)
                self._interval[key] = max(self._interval.get(key, self.min_interval), capped)
        self._robots[key] = parser

    def _count(self, key: str) -> None:
        with self._lock:
            self.stats.inc(key)


def _request_headers(
    headers: Mapping[str, str] | None, cached: CachedResponse | None
) -> dict[str, str]:
    """The caller's headers (never its User-Agent) plus the conditional-GET ones."""
    merged = {k: v for k, v in (headers or {}).items() if k.lower() != "user-agent"}
    if cached is not None and cached.etag:
        merged["If-None-Match"] = cached.etag
    if cached is not None and cached.last_modified:
        merged["If-Modified-Since"] = cached.last_modified
    return merged


def _kept_headers(headers: Mapping[str, str]) -> dict[str, str]:
    lowered = {name.lower(): value for name, value in headers.items()}
    return {k: v for k, v in lowered.items() if k in _KEPT or k.startswith("x-ratelimit-")}


def _host_key(url: str) -> str:
    """scheme://host:port, the unit that pacing and robots.txt apply to."""
    parts = urlsplit(url)
    port = parts.port or {"http": 80, "https": 443}.get(parts.scheme, 0)
    return f"{parts.scheme}://{parts.hostname}:{port}"


def _http_date(value: str | None) -> datetime | None:
    try:
        when = parsedate_to_datetime(value or "")
    except (TypeError, ValueError, IndexError):
        return None
    return when if when.tzinfo is not None else when.replace(tzinfo=UTC)


def _retry_after(headers: Mapping[str, str]) -> float | None:
    """Seconds a `Retry-After` asks for. An HTTP-date is measured against the
    response's own `Date` (immune to our clock's skew), else against now."""
    value = headers.get("retry-after", "").strip()
    if value.isdigit():
        return float(value)
    when = _http_date(value) if value else None
    if when is None:
        return None
    reference = _http_date(headers.get("date")) or datetime.now(UTC)
    return max(0.0, (when - reference).total_seconds())
