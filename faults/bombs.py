"""Export files built to hurt: zips that unpack to far more than they weigh, that hold
too many entries or themselves again and again, and CSVs too large or too wide."""

from __future__ import annotations

import io
import zipfile
from collections.abc import Callable
from pathlib import Path

from leads.demo.command import NETWORK

__all__ = ["BOMBS", "CONNECTIONS", "NETWORK"]

_MiB = 1024 * 1024
CONNECTIONS = (NETWORK / "Connections.csv").read_bytes()  # the demo's: a real export shape


def _zeros_member(archive: zipfile.ZipFile, name: str, size: int) -> None:
    with archive.open(name, "w", force_zip64=True) as member:
        for _ in range(size // _MiB):
            member.write(b"\0" * _MiB)


def big_member(folder: Path) -> Path:
    """A zip of a few hundred KB with one 500 MiB member beside a real export."""
    path = folder / "export.zip"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("Connections.csv", CONNECTIONS)
        _zeros_member(archive, "dump.csv", 500 * _MiB)
    return path


def ratio(folder: Path) -> Path:
    """A member under the size limit that unpacks a thousand times its size."""
    path = folder / "export.zip"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("Connections.csv", CONNECTIONS)
        _zeros_member(archive, "messages.csv", 30 * _MiB)
    return path


def many_entries(folder: Path) -> Path:
    """A zip of 120,000 empty entries."""
    path = folder / "export.zip"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_STORED) as archive:
        for index in range(120_000):
            archive.writestr(f"e/{index}.txt", b"")
    return path


def nested(folder: Path) -> Path:
    """Zips in zips, 100 deep, an export at the bottom (a zip quine never ends)."""
    data = CONNECTIONS
    name = "Connections.csv"
    for level in range(100):
        buffer = io.BytesIO()
        with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
            archive.writestr(name, data)
        data, name = buffer.getvalue(), f"level{level}.zip"
    path = folder / "export.zip"
    path.write_bytes(data)
    return path


def huge_csv(folder: Path) -> Path:
    """A 500 MB Connections.csv (sparse: its size is what counts)."""
    path = folder / "Connections.csv"
    with path.open("wb") as handle:
        handle.write(CONNECTIONS)
        handle.truncate(500 * 1000 * 1000)
    return path


def wide_field(folder: Path) -> Path:
    """A Connections.csv just under the size limit, all one 30 MiB field."""
    path = folder / "Connections.csv"
    path.write_bytes(CONNECTIONS.rstrip(b"\n") + b'\nAnn,Lee,,"' + b"x" * (30 * _MiB) + b'",,,\n')
    return path


BOMBS: dict[str, tuple[Callable[[Path], Path], bool]] = {
    "zip, one 500 MiB member": (big_member, True),
    "zip, 30 MiB member, ratio 1000:1": (ratio, True),
    "zip, 120,000 entries": (many_entries, False),
    "zip, nested 100 deep": (nested, False),
    "CSV, 500 MB": (huge_csv, False),
    "CSV, one 30 MiB field": (wide_field, True),
}  # name -> (builder, whether the real export beside the bomb must still load)
