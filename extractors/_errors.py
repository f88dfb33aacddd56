"""The errors an extractor, the HTTP client or a config raises.

Apart from the records of `_contract` (which names them too), so that reading a config,
which needs only `ConfigError`, builds no dataclass.
"""

from __future__ import annotations

import difflib
from collections.abc import Iterable

# the cause a network error names when the host's name does not resolve: a run whose every
# source says it may be on a machine without internet (`leads._runflow.offline_hint`)
HOST_NOT_FOUND = "host not found"


class ExtractorError(Exception):
    """Base of the errors an extractor or the HTTP client raises."""


class ConfigError(ExtractorError):
    """A bad or unknown configuration key; the message starts with the key."""


def close_name(written: str, known: Iterable[str]) -> str:
    """ ": did you mean NAME?" for the known name a mistyped one most looks like, else ""."""
    close = difflib.get_close_matches(written, list(known), n=1)
    return f": did you mean {close[0]}?" if close else ""


def unknown_name(
    where: str, what: str, known: Iterable[str], name: str | None = None
) -> ConfigError:
    """A name that is none of `known` (`name`, else the last part of `where`), with the
    closest one when it looks mistyped."""
    names = sorted(known)
    written = where.rsplit(".", 1)[-1] if name is None else name
    said = "" if name is None else f" {name!r}"
    hint = close_name(written, names)
    return ConfigError(f"{where}: unknown {what}{said}{hint} (known: {', '.join(names)})")


class SourceUnavailable(ExtractorError):
    """The source cannot be read this run (4xx, or 5xx/429 after every retry)."""

    def __init__(self, url: str, status: int | None, reason: str = "") -> None:
        self.url = url
        self.status = status
        self.reason = reason
        if status is None:
            super().__init__(f"{url}: {reason or 'no response'}")
        else:
            super().__init__(f"{url}: HTTP {status}{f' ({reason})' if reason else ''}")


class Refused(SourceUnavailable):
    """The source refused the user's credentials (a revoked or mistyped app password):
    asking again in this run is refused again, so the run's task retries are skipped."""


class BlockedByRobots(ExtractorError):
    """robots.txt forbids this URL for our User-Agent."""

    def __init__(self, url: str) -> None:
        self.url = url
        super().__init__(f"{url}: disallowed by robots.txt")


class Truncated(ExtractorError):
    """A listing read up to its documented bound, with more left: what was read is kept,
    and the listing's postings not seen are not closed (the message names the URL and
    the setting that raises the bound)."""


class ParseError(ExtractorError):
    """A whole page is not in the shape the parser expects (names the page URL)."""
