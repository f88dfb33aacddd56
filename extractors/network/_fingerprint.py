"""One hash of what a configured export holds, so that a run or `leads rebuild` re-reads
an export only when it moved: a file changed, one was added to or left a folder, the
readers were upgraded, or `[network] scan_messages` changed. Hashing streams the bytes
and parses nothing, which is what makes an unchanged export cost so little."""

from __future__ import annotations

import hashlib
from functools import cache
from pathlib import Path

from extractors.network._scan import _CHUNK, _ignored, _media

_READERS = Path(__file__).parent  # the importers and their helpers
_ASKS = _READERS.parent / "_asks.py"  # the asks read in messages


@cache
def _readers_hash() -> bytes:
    """The readers' code: an upgrade that reads an export differently reads it again."""
    digest = hashlib.sha256()
    for module in [*sorted(_READERS.glob("*.py")), _ASKS]:
        digest.update(module.name.encode() + b"\0" + module.read_bytes())
    return digest.digest()


def _files(path: Path) -> list[tuple[str, Path]]:
    """The files an import of `path` would look at, named as it names them, in order."""
    if not path.is_dir():
        return [(path.name, path)]
    found = sorted(p for p in path.rglob("*") if p.is_file())
    named = ((child.relative_to(path).as_posix(), child) for child in found)
    return [(name, child) for name, child in named if not _ignored(name)]


def fingerprint(path: Path, *, scan_messages: bool) -> str | None:
    """The export's hash: its files' names and bytes (photos and videos, never opened, by
    size), the readers' code and `scan_messages`. None when it cannot be read at all
    (missing, unreadable): it is then read every time, so that its import says why."""
    digest = hashlib.sha256(_readers_hash() + (b"asks" if scan_messages else b"-"))
    try:
        for name, file in _files(path):
            digest.update(b"\0" + name.encode("utf-8", "surrogateescape") + b"\0")
            if _media(name):
                digest.update(str(file.stat().st_size).encode())
                continue
            with file.open("rb") as stream:
                while chunk := stream.read(_CHUNK):
                    digest.update(chunk)
    except OSError:
        return None
    return digest.hexdigest()
