"""The boards a source's config lists, each a token or `{ <entry_key> = "token", company =
"..." }` (`BoardApi.entry_key`): Lever, Ashby, Personio and Recruitee, whose answers name
no company, let the config name it. An ATS that gives each company its own host
(`acme.jobs.personio.de`) has `{}` in its `base_url`, where the token goes.
A board may be written as its careers page's URL, as users copy it
(`https://jobs.lever.co/acme`): the source's `CareersUrls` read the token out of it."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Protocol
from urllib.parse import quote, unquote

from extractors._errors import ConfigError, SourceUnavailable

if TYPE_CHECKING:
    from extractors._contract import Page
    from extractors._http import PoliteClient

_GONE = (404, 410)  # what a board renamed or closed answers


class Entry(Protocol):
    """A board with the company it belongs to."""

    @property
    def token(self) -> str: ...

    @property
    def company(self) -> str | None: ...


@dataclass(frozen=True)
class Board:
    """A board with the company it belongs to: `{ board = "lumen", company = "Lumen Ltd" }`
    (the answer names no company; `leads network boards --add` writes this form)."""

    board: str
    company: str | None = None

    @property
    def token(self) -> str:
        return self.board


_SCHEME = re.compile(r"^(?:https?://)?(?:www\.)?", re.IGNORECASE)


class CareersUrls:
    """Where a source's careers pages and API name the board: each pattern matches a URL
    without its scheme and captures the token (`jobs\\.lever\\.co/([^/?#]+)`).

    `setting` is the Settings field of the list, `example` what to write there; a
    written entry with a "/" that no pattern reads is a ConfigError saying so. An ATS
    that puts the token in a host name (`acme.jobs.personio.de`) is `in_host`: DNS
    ignores case, so "Acme" and "acme" are one board, folded to lower case."""

    def __init__(self, setting: str, example: str, *patterns: str, in_host: bool = False) -> None:
        self.setting = setting
        self.example = example
        self.in_host = in_host
        self._url = re.compile("|".join(f"(?:{p})" for p in patterns), re.IGNORECASE)

    def read(self, written: str) -> str | None:
        """The token a careers URL names, else None."""
        match = self._url.match(_SCHEME.sub("", written.strip()))
        token = next((group for group in match.groups() if group), None) if match else None
        return unquote(token) if token else None

    def on_eu_host(self, written: str) -> bool:
        """Whether a careers URL names its board on the ATS's EU host
        (job-boards.eu.greenhouse.io, jobs.eu.lever.co): the board is asked there first."""
        host = _SCHEME.sub("", written.strip()).split("/", 1)[0].lower()
        return ".eu." in host and self.read(written) is not None

    def token(self, written: str) -> str:
        """The token of an entry: read out of a careers URL, else as written (in lower
        case where it names a host)."""
        read = self.read(written)
        if read is None and "/" in written:
            raise ConfigError(
                f"{self.setting}: {written!r} is no careers URL of this source; write the "
                f"token, as in {self.example}{_elsewhere(written)}"
            )
        token = written.strip() if read is None else read
        return token.lower() if self.in_host else token


def _elsewhere(written: str) -> str:
    """Which other source's careers URL this is, as a hint (only on the error's path)."""
    from extractors import declared, source, source_names

    for name in source_names():
        careers = declared(source(name), "CAREERS")
        if careers is not None and careers.read(written):
            return f" (it is a {name} URL: list it under [sources.{name}] {careers.setting})"
    return ""


def _pairs(
    listed: Iterable[str | Entry], careers: CareersUrls | None
) -> Iterator[tuple[str, str | None]]:
    for entry in listed:
        token, company = (entry, None) if isinstance(entry, str) else (entry.token, entry.company)
        yield (careers.token(token) if careers else token), company


def listed_units(listed: Iterable[str | Entry], careers: CareersUrls | None = None) -> list[str]:
    """One unit per board, so one dead board does not stop the others; a careers URL
    is read as the token it names."""
    return list(dict.fromkeys(token for token, _ in _pairs(listed, careers)))


def eu_hosted(listed: Iterable[str | Entry], careers: CareersUrls) -> set[str]:
    """The boards written as careers URLs on the ATS's EU host."""
    written = (entry if isinstance(entry, str) else entry.token for entry in listed)
    return {careers.token(url) for url in written if careers.on_eu_host(url)}


def listed_companies(
    listed: Iterable[str | Entry], careers: CareersUrls | None = None
) -> dict[str, str]:
    """The company of each board the config names one for (it beats the posting's guess)."""
    return {token: company for token, company in _pairs(listed, careers) if company}


def board_base(base_url: str, token: str) -> str:
    """The base URL of one board: the token in place of a `{}` (a host per company); a
    base without one (a loopback or demo server) serves every board itself."""
    return base_url.rstrip("/").replace("{}", quote(token, safe=""))


def board_page(
    client: PoliteClient,
    url: str,
    token: str,
    public: str,
    *,
    next_url: str = "",
    next_host: str = "eu",
    **params: Any,
) -> Page:
    """GET one board; one its ATS does not know (renamed, closed, a mistyped token) is
    SourceUnavailable saying so, with the page to check (`public`, `{}` the token).

    An ATS that keeps EU boards in a data centre apart answers 404 for them at its US
    host (and the EU host for US boards): such a board is asked at `next_url` next
    (counted as `fallback/<next_host>`)."""
    try:
        return client.get(url, scope=token, **params)
    except SourceUnavailable as error:
        if error.status not in _GONE:
            raise
        if not next_url:
            raise board_gone(error, token, public, error.reason) from error
        first = error
    client.stats.inc(f"fallback/{next_host}")
    try:
        return client.get(next_url, scope=token, **params)
    except SourceUnavailable as error:
        if error.status not in _GONE:
            raise
        raise board_gone(first, token, public, f"nor at {next_url}") from error


def us_or_eu_page(
    client: PoliteClient,
    base_url: str,
    eu: str,
    path: str,
    token: str,
    public: str,
    *,
    eu_first: bool = False,
    **params: Any,
) -> Page:
    """`board_page` at `path` under base_url, then under `eu` (`eu_base`; "" for none);
    `eu_first` (a board written as its EU careers URL): under `eu`, then base_url."""
    us_url, eu_url = f"{base_url.rstrip('/')}{path}", f"{eu}{path}" if eu else ""
    if eu_first and eu_url:
        return board_page(client, eu_url, token, public, next_url=us_url, next_host="us", **params)
    return board_page(client, us_url, token, public, next_url=eu_url, **params)


def eu_base(base_url: str, eu_base_url: str | None, us_api: str, eu_api: str) -> str:
    """Where to ask for a board the base_url does not know: `eu_base_url` when set ("" is
    nowhere), else the ATS's EU host when base_url is its US one (a loopback or demo
    server serves every board itself); "" where that is base_url itself."""
    base = base_url.rstrip("/")
    found = eu_base_url.rstrip("/") if eu_base_url is not None else eu_api if base == us_api else ""
    return "" if found == base else found


def board_gone(
    error: SourceUnavailable, token: str, public: str, said: str = ""
) -> SourceUnavailable:
    """The error of a board its ATS does not know: the page to check and what to write."""
    page = public.format(quote(token, safe=""))
    return SourceUnavailable(
        error.url,
        error.status,
        f"{said + '; ' if said else ''}no board {token!r}: renamed or closed? "
        f"open {page}, or the employer's careers page, and list the token its URL shows",
    )
