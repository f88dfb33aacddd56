"""Public job and referral sources, one module each, found by walking this package.

Each source module defines `NAME`, `ATTRIBUTION`, `WINDOWED`, a frozen `Settings`
dataclass (its `[sources.<name>]` config table), `fetch(settings, client)` yielding
`Page`s and a pure `parse(page)` yielding `Posting`s and `Skip`s. Modules starting with
`_` and the `network` package (personal exports, not sources) are not sources.
"""

from __future__ import annotations

import importlib
import pkgutil
from collections.abc import Iterator
from types import ModuleType
from typing import Any, Protocol

from extractors._contract import Page, Posting, Skip
from extractors._http import PoliteClient


class Source(Protocol):
    NAME: str
    ATTRIBUTION: str
    WINDOWED: bool  # a moving window (newest N): an item missing from it is not closed
    Settings: type[Any]

    def fetch(self, settings: Any, client: PoliteClient) -> Iterator[Page]: ...

    def parse(self, page: Page) -> Iterator[Posting | Skip]: ...


def _discover() -> dict[str, ModuleType]:
    found: dict[str, ModuleType] = {}
    for info in pkgutil.iter_modules(__path__):
        if info.name.startswith("_") or info.name == "network":
            continue
        module = importlib.import_module(f"{__name__}.{info.name}")
        name = module.NAME
        if name in found:
            raise RuntimeError(f"two sources named {name!r}")
        found[name] = module
    return found


SOURCES: dict[str, ModuleType] = _discover()
