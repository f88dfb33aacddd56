"""Public job and referral sources, one module each, found by walking this package.

Each source module defines `NAME`, `ATTRIBUTION`, `WINDOWED`, `PROVENANCE`, a frozen
`Settings` dataclass (its `[sources.<name>]` config table), `units(settings)`,
`fetch(settings, unit, client)` yielding `Page`s and a pure `parse(page)` yielding
`Posting`s and `Skip`s. Modules starting with `_` and the `network` package (personal exports, not
sources) are not sources.
"""

from __future__ import annotations

import importlib
import pkgutil
from collections.abc import Iterator
from functools import cache
from typing import TYPE_CHECKING, Any, Protocol

from extractors._contract import Page, Posting, Provenance, Skip

if TYPE_CHECKING:
    from extractors._http import PoliteClient


class Source(Protocol):
    NAME: str
    ATTRIBUTION: str
    WINDOWED: bool  # a moving window (newest N): an item missing from it is not closed
    PROVENANCE: Provenance  # employer's own board, aggregator or community: legitimacy evidence
    Settings: type[Any]

    def units(self, settings: Any) -> list[str]: ...

    def fetch(self, settings: Any, unit: str, client: PoliteClient) -> Iterator[Page]: ...

    def parse(self, page: Page) -> Iterator[Posting | Skip]: ...


@cache
def sources() -> dict[str, Source]:
    """Every source module of this package, keyed by its NAME (Scrapy's module walk)."""
    found: dict[str, Source] = {}
    for info in pkgutil.iter_modules(__path__):
        if info.name.startswith("_") or info.name == "network":
            continue
        module: Source = importlib.import_module(f"{__name__}.{info.name}")
        if module.NAME in found:
            raise RuntimeError(f"two sources named {module.NAME!r}")
        found[module.NAME] = module
    return found


def provenance(name: str) -> Provenance | None:
    """Who stands behind the postings of source `name`; None for a source not known here."""
    source = sources().get(name)
    return source.PROVENANCE if source else None
