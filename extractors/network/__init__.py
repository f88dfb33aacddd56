"""Importers of the user's own data exports: files in, contacts out, no HTTP.

One module per format (`NAME`, `sniff(name, head)`, `read(data, name)`), found by
walking this package; modules starting with `_` are helpers. `import_paths` takes
files, folders and .zip archives (also inside folders), hands each file to the first
importer that recognises its content, and keeps going past anything it cannot read.
Zips are read member by member and files over MAX_FILE_BYTES (Takeout's videos) are
listed unread. Contacts carry e-mails and phones for identity resolution: nothing here
logs them. Some files hold postings rather than people (LinkedIn's `Jobs/` folder, and,
when the user opts in, asks for help in their messages): those come back as `Posting`s.
"""

from __future__ import annotations

import importlib
import io
import pkgutil
import zipfile
import zlib
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field, replace
from functools import cache
from pathlib import Path
from typing import Protocol

from extractors._asks import SOURCE as ASKS
from extractors._contract import Posting
from extractors.network._contact import Contact, Problem

__all__ = [
    "Contact",
    "ImportResult",
    "Importer",
    "Problem",
    "detect",
    "import_paths",
    "importers",
    "scan",
]

HEAD_BYTES = 64 * 1024  # what sniff() sees of a file
MAX_FILE_BYTES = 512 * 1024 * 1024  # larger files are media, not exports: not read
_TOO_LARGE = f"not read: larger than {MAX_FILE_BYTES >> 20} MiB"
Skipped = list[tuple[str, str]]  # (file, why it was not read)
_ZIP_ERRORS = (zipfile.BadZipFile, zlib.error, RuntimeError, NotImplementedError, OSError)
# what a file shaped as no importer foresaw can raise: reported as a Problem, not a crash
_READ_ERRORS = (ValueError, TypeError, KeyError, IndexError, AttributeError, RecursionError)


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


def _ignored(member: str) -> bool:
    """macOS resource forks and folder metadata that zips often carry along."""
    base = member.rsplit("/", 1)[-1]
    return member.startswith("__MACOSX/") or base.startswith("._") or base == ".DS_Store"


def _archive(name: str, source: Path | bytes, skipped: Skipped) -> Iterator[tuple[str, bytes]]:
    """Each member of a zip, read one at a time (Takeout zips can be 50 GB)."""
    try:
        archive = zipfile.ZipFile(source if isinstance(source, Path) else io.BytesIO(source))
    except _ZIP_ERRORS as error:
        skipped.append((name, f"unreadable zip archive: {error}"))
        return
    with archive:
        for info in archive.infolist():
            inner = f"{name}!/{info.filename}"
            if info.is_dir() or _ignored(info.filename):
                continue
            if info.file_size > MAX_FILE_BYTES:
                skipped.append((inner, _TOO_LARGE))
                continue
            try:
                data = archive.read(info)
            except _ZIP_ERRORS as error:
                skipped.append((inner, f"unreadable zip member: {error}"))
                continue
            yield from _file(inner, data, skipped)


def _file(name: str, source: Path | bytes, skipped: Skipped) -> Iterator[tuple[str, bytes]]:
    """The file itself, or the members of a .zip (nested zips too) as `zip!/member`."""
    if name.lower().endswith(".zip"):
        yield from _archive(name, source, skipped)
    elif isinstance(source, bytes):
        yield name, source
    elif source.stat().st_size > MAX_FILE_BYTES:
        skipped.append((name, _TOO_LARGE))
    else:
        yield name, source.read_bytes()


def scan(
    paths: Iterable[str | Path], skipped: Skipped | None = None
) -> Iterator[tuple[str, bytes]]:
    """(name, bytes) of every file under the paths: files, folders (recursively), zips.

    A file is named by its base name, a file in a folder by `folder/relative/path`, a
    zip member by `archive.zip!/member/path`. Paths that do not exist, files that cannot
    be read (a broken zip) or are too large to be an export (media) are appended to
    `skipped` with the reason.
    """
    skipped = [] if skipped is None else skipped
    for path in map(Path, paths):
        if not path.exists():
            skipped.append((str(path), "no such file or folder"))
            continue
        if not path.is_dir():
            yield from _file(path.name, path, skipped)
            continue
        for child in sorted(p for p in path.rglob("*") if p.is_file()):
            relative = child.relative_to(path).as_posix()
            if not _ignored(relative):
                yield from _file(f"{path.name}/{relative}", child, skipped)


def detect(name: str, data: bytes) -> Importer | None:
    """The first importer (by NAME) that recognises the file, or None."""
    base, head = name.rsplit("/", 1)[-1], data[:HEAD_BYTES]
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
                count += 1
    except _READ_ERRORS as error:
        result.problems.append(Problem(name, 0, f"{importer.NAME} failed: {error!r}"))
    return count


def import_paths(paths: Iterable[str | Path], *, scan_messages: bool = False) -> ImportResult:
    """Every contact, posting and problem in the files under `paths`, file by file.

    Files no importer recognises are listed with importer None, which is not an error;
    files that could not be read at all are listed the same way and reported.
    """
    result, skipped = ImportResult(), list[tuple[str, str]]()
    for name, data in scan(paths, skipped):
        importer = detect(name, data)
        count = _read(importer, name, data, result, scan_messages) if importer else 0
        result.files.append((name, importer.NAME if importer else None, count))
    for name, reason in skipped:
        result.files.append((name, None, 0))
        result.problems.append(Problem(name, 0, reason))
    return result
