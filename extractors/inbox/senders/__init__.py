"""Job-alert parsers, one small module per sender, found by walking this package.

Each module has `NAME`, `SENDERS` (addresses, or `@domain` for every address of a
domain) and `jobs(message) -> list[Job]`; a module whose mail comes from anyone has
`SUBJECTS` (a pattern of the subjects it reads) instead; the module with `FALLBACK =
True` is asked about mail from every other sender (schema.org markup), after the others. A sender's
mail that holds no job (Upwork's messages about contracts) gives an empty list.
"""

from __future__ import annotations

import importlib
import pkgutil
from email.message import EmailMessage
from functools import cache
from typing import Protocol

from extractors.inbox.senders._job import Job

__all__ = ["Job", "Parser", "fallback", "parser_by_subject", "parser_for", "parsers"]


class Parser(Protocol):
    NAME: str
    SENDERS: tuple[str, ...]

    def jobs(self, message: EmailMessage) -> list[Job]: ...


@cache
def parsers() -> dict[str, Parser]:
    """Every sender parser of this package, keyed by NAME."""
    found: dict[str, Parser] = {}
    for info in sorted(pkgutil.iter_modules(__path__), key=lambda info: info.name):
        if not info.name.startswith("_"):
            module: Parser = importlib.import_module(f"{__name__}.{info.name}")
            if module.NAME in found:
                raise RuntimeError(f"two sender parsers named {module.NAME!r}")
            found[module.NAME] = module
    return found


def parser_for(address: str) -> Parser | None:
    """The parser of mail from `address`: the exact address, else its domain or a
    parent domain (`team@hi.wellfound.com` is `@wellfound.com`'s), or None."""
    labels = address.rpartition("@")[2].split(".")
    keys = [address, *("@" + ".".join(labels[i:]) for i in range(len(labels) - 1))]
    for module in parsers().values():
        if any(key in module.SENDERS for key in keys):
            return module
    return None


def parser_by_subject(subject: str) -> Parser | None:
    """The parser of mail known by its subject, whoever sent it (a staffing vendor's
    "Hot Requirement"), or None."""
    for module in parsers().values():
        pattern = getattr(module, "SUBJECTS", None)
        if pattern is not None and pattern.search(subject):
            return module
    return None


def fallback() -> Parser | None:
    return next((m for m in parsers().values() if getattr(m, "FALLBACK", False)), None)
