"""Run one source: fetch unit by unit, parse page by page, count everything.

This is the business logic of a Prefect task, kept free of Prefect and of DuckDB so it
runs in a worker process (or a Dask/Ray worker) and is testable on its own. It returns
plain data; the flow process writes it to the warehouse.
"""

from __future__ import annotations

import time
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from extractors import Source
from extractors._contract import (
    BlockedByRobots,
    ConfigError,
    ExtractorError,
    Page,
    ParseError,
    Posting,
    Refused,
    Skip,
    SourceUnavailable,
    Truncated,
)
from extractors._errors import HOST_NOT_FOUND
from extractors._http import CachedResponse, PoliteClient
from extractors._normalize import DROPPED

# a parser that meets a shape it does not know fails for that page only; the page is
# kept in raw so a fixed parser can re-read it without refetching
PARSE_FAILURES = (
    ParseError,
    KeyError,
    TypeError,
    ValueError,
    AttributeError,
    IndexError,
)

# Skips of items in a shape the parser does not know: unlike a deleted or expired item,
# a posting may be lost, so the user is told where (the other Skips are only counted)
_MALFORMED = frozenset({"malformed", "malformed_jsonld"})


@dataclass
class ParsedPosting:
    posting: Posting
    page_hash: str
    scope: str


@dataclass
class SourceResult:
    """What one source produced in one run, ready for the warehouse."""

    source: str
    status: str = "ok"  # ok | partial | failed
    pages: list[Page] = field(default_factory=list)
    postings: list[ParsedPosting] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)
    stats: dict[str, int] = field(default_factory=dict)
    seconds: float = 0.0
    incomplete_scopes: set[str] = field(default_factory=set)
    ended: set[str] = field(default_factory=set)  # source_ids the source says are over
    # a deadline ended it, or the server asked for more time than max_backoff: trying
    # again in this run would not help
    out_of_time: bool = False
    # the source refused our credentials, or its settings are wrong: the same again in
    # a retry
    refused: bool = False

    @property
    def unresolved(self) -> bool:
        """Every unit failed on a host whose name does not resolve (a machine offline, a
        mistyped base_url): the client already tried each five times; a minute later, the
        same again."""
        return bool(self.errors) and all(HOST_NOT_FOUND in error for error in self.errors)

    def inc(self, key: str, n: int = 1) -> None:
        self.stats[key] = self.stats.get(key, 0) + n

    @property
    def scopes_ok(self) -> set[str]:
        """Scopes whose pages arrived and parsed whole: missing postings there closed."""
        return {page.scope for page in self.pages} - self.incomplete_scopes


def run_source(
    module: Source,
    settings: Any,
    *,
    cache: Mapping[str, CachedResponse] | None = None,
    client_options: Mapping[str, Any] | None = None,
) -> SourceResult:
    """Fetch and parse every unit of a source; one failing unit leaves the rest."""
    started = time.monotonic()
    result = SourceResult(module.NAME)
    units = module.units(settings)
    dead_units = 0  # nothing usable came of them: not fetched, or no page parsed
    with PoliteClient(module.NAME, cache=cache, **(client_options or {})) as client:
        for unit in units:
            pages: list[Page] = []
            fetched = True
            try:
                pages.extend(module.fetch(settings, unit, client))
            except Truncated as error:  # read up to its bound: kept, nothing closed
                result.inc("truncated/units")
                result.errors.append(str(error))
                result.incomplete_scopes.add(unit)
            except (SourceUnavailable, BlockedByRobots, ExtractorError) as error:
                fetched = False
                result.refused |= isinstance(error, Refused | ConfigError)
                result.inc("failed/units")
                message = str(error)  # it names the URL, which may be the unit itself
                result.errors.append(message if message.startswith(unit) else f"{unit}: {message}")
                result.incomplete_scopes.update({unit, *(p.scope for p in pages)})
            parsed = [parse_into(module, page, result) for page in pages]
            if not fetched or (parsed and not any(parsed)):
                dead_units += 1
        for key, value in client.stats.counts.items():
            result.inc(key, value)
        counts = client.stats.counts
        result.out_of_time = bool(counts.get("deadline") or counts.get("retry_after/too_long"))
        result.out_of_time |= client.out_of_time
    if units and dead_units == len(units):
        result.status = "failed"
    elif dead_units or result.stats.get("failed/pages"):
        result.status = "partial"
    result.seconds = time.monotonic() - started
    return result


def parse_into(module: Source, page: Page, result: SourceResult) -> bool:
    """Add a page and what parses from it to `result`; a page that fails is counted.
    Whether the page parsed."""
    result.pages.append(page)
    try:
        items = list(module.parse(page))
    except PARSE_FAILURES as error:
        result.inc("failed/pages")
        result.incomplete_scopes.add(page.scope)
        detail = str(error).removeprefix(f"{page.url}: ")  # a ParseError names the URL too
        result.errors.append(f"{page.url}: cannot parse: {type(error).__name__}: {detail}")
        return False
    malformed = [item for item in items if isinstance(item, Skip) and item.reason in _MALFORMED]
    for item in items:
        if isinstance(item, Skip):
            result.inc(f"skipped/{item.reason}")
            if item.closes:
                result.ended.add(item.closes)
        else:
            result.inc("parsed")
            result.postings.append(ParsedPosting(item, page.content_hash, page.scope))
    if malformed:
        count = f"{len(malformed)} malformed item{'s' if len(malformed) > 1 else ''}"
        result.errors.append(f"{page.url}: skipped {count}, the first: {malformed[0].detail}")
    _warn_dropped(module.NAME, page, [item for item in items if isinstance(item, Posting)], result)
    return True


def _warn_dropped(source: str, page: Page, postings: list[Posting], result: SourceResult) -> None:
    """One warning for a page's postings kept without a field of a type not known,
    naming each by its id and the fields left empty: the source changed a shape."""
    kept = [(p.source_id, p.extra[DROPPED]) for p in postings if DROPPED in p.extra]
    if not kept:
        return
    result.inc("kept/without_fields", len(kept))
    named = "; ".join(f"{ident}: {fields}" for ident, fields in kept[:_NAMED])
    more = f"; and {len(kept) - _NAMED} more" if len(kept) > _NAMED else ""
    result.errors.append(
        f"{page.url}: {source} kept {len(kept)} item(s) with a field in a shape not known, "
        f"left empty: {named}{more}"
    )


_NAMED = 5  # items a warning names; the count says how many more
