"""Importers of the user's own data exports: files in, contacts out, no HTTP.

One module per format (`NAME`, `sniff(name, head)`, `read(data, name)`), found by
walking this package; modules starting with `_` are helpers. `import_paths` takes
files, folders and .zip archives (also inside folders), hands each file to the first
importer that recognises its content, and keeps going past anything it cannot read.
Contacts carry e-mails and phones for identity resolution: nothing here logs them.
"""

from __future__ import annotations

import importlib
import io
import pkgutil
import zipfile
import zlib
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Protocol

from extractors.network._contact import Contact, Problem

__all__ = ["Contact", "ImportResult", "Importer", "Problem", "import_paths", "scan"]

HEAD_BYTES = 64 * 1024  # what sniff() sees of a file
_ZIP_ERRORS = (zipfile.BadZipFile, zlib.error, RuntimeError, NotImplementedError, OSError)
_READ_ERRORS = (ValueError, TypeError, KeyError, IndexError, AttributeError, RecursionError)


class Importer(Protocol):
    NAME: str

    def sniff(self, name: str, head: bytes) -> bool: ...

    def read(self, data: bytes, name: str) -> Iterator[Contact | Problem]: ...


@dataclass(frozen=True, slots=True)
class ImportResult:
    """What an import found; `files` lists (file, importer NAME or None, contacts)."""

    contacts: list[Contact] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)
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


def _skipped(member: str) -> bool:
    """macOS resource forks and folder metadata that zips often carry along."""
    base = member.rsplit("/", 1)[-1]
    return member.startswith("__MACOSX/") or base.startswith("._") or base == ".DS_Store"


def _unpacked(name: str, data: bytes) -> Iterator[tuple[str, bytes]]:
    """The file itself, or each member of a .zip (nested zips too) as `zip!/member`.

    An archive that cannot be opened is yielded whole, so it is listed, not lost.
    """
    if not name.lower().endswith(".zip"):
        yield name, data
        return
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            members = [
                (info.filename, archive.read(info))
                for info in archive.infolist()
                if not info.is_dir() and not _skipped(info.filename)
            ]
    except _ZIP_ERRORS:
        yield name, data
        return
    for member, content in members:
        yield from _unpacked(f"{name}!/{member}", content)


def scan(paths: Iterable[str | Path]) -> Iterator[tuple[str, bytes]]:
    """(name, bytes) of every file under the paths: files, folders (recursively), zips.

    A file is named by its base name, a file in a folder by `folder/relative/path`,
    a zip member by `archive.zip!/member/path`.
    """
    for path in map(Path, paths):
        if path.is_dir():
            for child in sorted(p for p in path.rglob("*") if p.is_file()):
                relative = child.relative_to(path).as_posix()
                if not _skipped(relative):
                    yield from _unpacked(f"{path.name}/{relative}", child.read_bytes())
        else:
            yield from _unpacked(path.name, path.read_bytes())


def detect(name: str, data: bytes) -> Importer | None:
    """The first importer (by NAME) that recognises the file, or None."""
    base, head = name.rsplit("/", 1)[-1], data[:HEAD_BYTES]
    return next((imp for imp in importers().values() if imp.sniff(base, head)), None)


def _read(importer: Importer, name: str, data: bytes, result: ImportResult) -> int:
    """Read one file into `result`; the number of contacts it gave."""
    count = 0
    try:
        for item in importer.read(data, name):
            if isinstance(item, Problem):
                result.problems.append(item)
            else:
                result.contacts.append(item)
                count += 1
    except _READ_ERRORS as error:  # a shape the importer did not foresee: report, go on
        result.problems.append(Problem(name, 0, f"{importer.NAME} failed: {error!r}"))
    return count


def import_paths(paths: Iterable[str | Path]) -> ImportResult:
    """Every contact and problem in the files under `paths`, file by file.

    Files no importer recognises are listed with importer None; that is not an error,
    except for a .zip that could not be opened.
    """
    result = ImportResult()
    for name, data in scan(paths):
        importer = detect(name, data)
        if importer is not None:
            result.files.append((name, importer.NAME, _read(importer, name, data, result)))
            continue
        result.files.append((name, None, 0))
        if name.lower().endswith(".zip"):
            result.problems.append(Problem(name, 0, "unreadable zip archive"))
    return result
