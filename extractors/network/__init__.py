"""Importers of the user's own data exports: files in, contacts out, no HTTP.

One module per format (`NAME`, `sniff(name, head)`, `read(data, name)`), found by
walking this package; modules starting with `_` are helpers. `import_paths` takes
files, folders and .zip archives (also inside folders), hands each file to the first
importer that recognises its content, and keeps going past anything it cannot read.
Reading is `_scan`'s: streamed, within `Limits` (file and total size, archive entries,
compression ratio, nesting), a file read whole only when an importer knows its head.
Contacts carry e-mails and phones for identity resolution: nothing here logs them. Some
files hold postings rather than people (LinkedIn's `Jobs/` folder, and, when the user
opts in, asks for help in their messages): those come back as `Posting`s.
"""

from __future__ import annotations

import importlib
import pkgutil
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field, replace
from functools import cache
from pathlib import Path
from typing import Protocol

from extractors._asks import SOURCE as ASKS
from extractors._contract import Posting
from extractors.network._contact import REGISTER_ONLY, Contact, Problem
from extractors.network._scan import HEAD_BYTES, Limits, scan

__all__ = [
    "REGISTER_ONLY",
    "Contact",
    "ImportResult",
    "Importer",
    "Limits",
    "Problem",
    "detect",
    "export_name",
    "import_paths",
    "importers",
    "scan",
]

# what a file shaped as no importer foresaw can raise: reported as a Problem, not a crash
_READ_ERRORS = (
    ValueError,
    TypeError,
    KeyError,
    IndexError,
    AttributeError,
    RecursionError,
    ArithmeticError,
)


class Importer(Protocol):
    """An importer module: NAME, sniff (content first, the name a hint) and read."""

    NAME: str

    def sniff(self, name: str, head: bytes) -> bool: ...

    def read(self, data: bytes, name: str) -> Iterator[Contact | Problem | Posting]: ...


@dataclass(frozen=True, slots=True)
class ImportResult:
    """What an import found; `files` lists (file, importer NAME or None, records:
    contacts, or postings for a file of postings)."""

    contacts: list[Contact] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)
    postings: list[Posting] = field(default_factory=list)
    files: list[tuple[str, str | None, int]] = field(default_factory=list)


@cache
def importers() -> dict[str, Importer]:
    """Every importer module of this package, keyed by NAME, in name order."""
    found: dict[str, Importer] = {}
    for info in sorted(pkgutil.iter_modules(__path__), key=lambda info: info.name):
        if info.name.startswith("_"):
            continue
        module: Importer = importlib.import_module(f"{__name__}.{info.name}")
        if module.NAME in found:
            raise RuntimeError(f"two importers named {module.NAME!r}")
        found[module.NAME] = module
    return found


# what a browser or a file manager adds to a name it saves twice: "following_accounts
# (1).csv", "Connections(2).csv", Windows' "Connections - Copy.csv", macOS' "your_friends
# copy.json"; an importer that knows a file by its name knows it under these too
_COPY = re.compile(
    r"(?:\s*\(\d{1,3}\)|\s+-\s+copy(?:\s+\(\d{1,3}\))?|\s+copy(?:\s+\d{1,3})?)(?=\.\w+$)", re.I
)


def export_name(name: str) -> str:
    """The file's base name as the export wrote it, without the copy a download made."""
    return _COPY.sub("", name.rsplit("/", 1)[-1])


def detect(name: str, data: bytes) -> Importer | None:
    """The first importer (by NAME) that recognises the file, or None."""
    base, head = export_name(name), data[:HEAD_BYTES]
    return next((imp for imp in importers().values() if imp.sniff(base, head)), None)


def _read(
    importer: Importer, name: str, data: bytes, result: ImportResult, scan_messages: bool
) -> int:
    """Read one file into `result`; the number of contacts (or postings) it gave. Asks
    found in messages are kept only when the user opted in (`scan_messages`)."""
    count = 0
    try:
        for item in importer.read(data, name):
            if isinstance(item, Problem):
                result.problems.append(item)
            elif isinstance(item, Posting):
                if scan_messages or item.source != ASKS:
                    result.postings.append(replace(item, extra={**item.extra, "file": name}))
                    count += item.source != ASKS  # a messages file counts its people
            else:
                result.contacts.append(item)
                count += item.tie not in REGISTER_ONLY  # how one addresses them: no contact
    except _READ_ERRORS as error:
        result.problems.append(Problem(name, 0, f"{importer.NAME} failed: {error!r}"))
    return count


# the files an export is made of: one of them with nothing in it (a category the user
# has no data in, a download that wrote nothing) is said, not passed over as "not
# recognised"
_EXPORT_SUFFIXES = (".csv", ".tsv", ".txt", ".json", ".js", ".vcf", ".html")
_NOTHING = b"\xef\xbb\xbf\xff\xfe \t\r\n"  # byte order marks and white space


def _empty(name: str, data: bytes) -> bool:
    return name.lower().endswith(_EXPORT_SUFFIXES) and not data.strip(_NOTHING)


def _recognised(name: str, head: bytes) -> bool:
    return detect(name, head) is not None


def import_paths(
    paths: Iterable[str | Path], limits: Limits | None = None, *, scan_messages: bool = False
) -> ImportResult:
    """Every contact, posting and problem in the files under `paths`, file by file.

    Files no importer recognises are listed with importer None, which is not an error;
    files that could not be read at all, were refused by a limit, or are empty, are
    listed the same way and reported.
    """
    result, skipped = ImportResult(), list[tuple[str, str]]()
    for name, data in scan(paths, skipped, wanted=_recognised, limits=limits):
        importer = detect(name, data)
        count = _read(importer, name, data, result, scan_messages) if importer else 0
        if importer is None and _empty(name, data):
            result.problems.append(Problem(name, 0, "empty file: nothing in it to import"))
        result.files.append((name, importer.NAME if importer else None, count))
    for name, reason in skipped:
        result.files.append((name, None, 0))
        result.problems.append(Problem(name, 0, reason))
    return result
