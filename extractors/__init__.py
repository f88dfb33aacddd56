"""Public job and referral sources, one module each, found by walking this package.

Each source module defines `NAME`, `ATTRIBUTION`, `WINDOWED`, `PROVENANCE`, a frozen
`Settings` dataclass (its `[sources.<name>]` config table), `units(settings)`,
`fetch(settings, unit, client)` yielding `Page`s and a pure `parse(page)` yielding
`Posting`s and `Skip`s; and, where they apply, what the rest of warmleads needs to know
of it (`DECLARED`): its texts are summaries, it states no company, its posters' platform,
where its job ids stand in URLs, how board discovery asks it. A source is one module:
the warehouse reads these from its `staging.sources` table, nothing names a source.
Modules starting with `_` and the `network` package (personal exports, not sources) are
not sources.
"""

from __future__ import annotations

import importlib
import pkgutil
from collections.abc import Iterator
from functools import cache
from typing import TYPE_CHECKING, Any, Protocol

from extractors import _pattern_cache

if TYPE_CHECKING:  # a config lists and imports sources without building their records
    from extractors._contract import Page, Posting, Provenance, Skip
    from extractors._http import PoliteClient

_pattern_cache.install()  # before any source module compiles its patterns


class Source(Protocol):
    NAME: str
    ATTRIBUTION: str
    WINDOWED: bool  # a moving window (newest N): an item missing from it is not closed
    PROVENANCE: Provenance  # employer's own board, aggregator or community: legitimacy evidence
    Settings: type[Any]

    def units(self, settings: Any) -> list[str]: ...

    def fetch(self, settings: Any, unit: str, client: PoliteClient) -> Iterator[Page]: ...

    def parse(self, page: Page) -> Iterator[Posting | Skip]: ...


# optional declarations of a source module, and what a module that omits one means
DECLARED: dict[str, Any] = {
    "SUMMARY": False,  # its texts are short by nature (an alert's card): length says nothing
    "REMOTE_BOARD": False,  # it lists remote jobs only: its remote flag is the board's claim
    "STATES_COMPANY": True,  # False: the company is a guess from a board token (Lever, Ashby)
    "POSTERS": None,  # the platform whose handles its posters are, to join with contacts
    "JOB_IDS": (),  # JobIds: where its job ids stand in any URL (an ATS's own)
    "BOARD": None,  # BoardApi: how board discovery asks it about a company's board
    "CAREERS": None,  # CareersUrls: how its careers URLs name a board, for the config
    # True: each scope is a thread a company posts each job in once (HN's monthly
    # threads), so alike postings of two threads are one job posted again
    "THREADED": False,
    # platform -> what a posting of it credits instead of ATTRIBUTION: a source relaying
    # many platforms (the inbox's alerts) credits each posting's own; the platform is its
    # id's first part (`dice:<id>`), else its `extra["via"]` (the parser that read it)
    "CREDITS": {},
}


def declared(module: Any, name: str) -> Any:
    """A module's optional declaration `name`, or what omitting it means."""
    return getattr(module, name, DECLARED[name])


@cache
def source_names() -> tuple[str, ...]:
    """The name of every source: its module's name, found without importing any (once:
    a config asks for each source it names)."""
    return tuple(
        info.name
        for info in pkgutil.iter_modules(__path__)
        if not info.name.startswith("_") and info.name != "network"
    )


@cache
def source(name: str) -> Source:
    """The source module `name` (one of `source_names()`), imported on first use: a
    config imports only the sources it names, and they import their parsers' libraries
    only when they fetch or parse."""
    module: Source = importlib.import_module(f"{__name__}.{name}")
    if name != module.NAME:
        raise RuntimeError(f"source module {name!r} is named {module.NAME!r}")
    return module


@cache
def sources() -> dict[str, Source]:
    """Every source module of this package, keyed by its NAME (Scrapy's module walk)."""
    return {name: source(name) for name in source_names()}


@cache
def posting_sources() -> dict[str, Any]:
    """Every module postings come from, by source name: the sources, and the user's own
    exports that hold jobs (LinkedIn's Jobs folder, asks in the user's messages)."""
    from extractors import _asks
    from extractors.network import _jobs

    return {**sources(), _jobs.SOURCE: _jobs, _asks.SOURCE: _asks}


def provenance(name: str) -> Provenance | None:
    """Who stands behind the postings of source `name`; None for a source not known here."""
    module = posting_sources().get(name)
    return module.PROVENANCE if module else None


def is_summary(name: str) -> bool:
    """Whether a source's texts are short by nature (`SUMMARY = True`: a job alert's
    card, a saved job's row, a Mastodon status), whose length says nothing about the
    posting."""
    return bool(declared(posting_sources().get(name), "SUMMARY"))


def is_remote_board(name: str) -> bool:
    """Whether a source lists remote jobs only (`REMOTE_BOARD = True`), so that its
    remote flag is the board's claim for every job rather than the posting's."""
    return bool(declared(posting_sources().get(name), "REMOTE_BOARD"))


def job_ids() -> list[tuple[str, Any]]:
    """(source, JobIds) of every source that declares where its job ids stand."""
    return [(name, ids) for name, module in posting_sources().items()
            for ids in declared(module, "JOB_IDS")]  # fmt: skip
