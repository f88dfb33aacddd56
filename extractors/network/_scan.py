"""Reading export files within limits: files, folders, .zip and tar archives, streamed.

An export is the user's, but a file is whatever it is: a 1.7 MB zip can unpack to
500 MiB, a zip can hold itself, a "CSV" can be half a gigabyte. So every byte is read
here, in chunks, against one `Limits`: a file (or zip member) is read whole only when
an importer recognises its head and it is not over `file_bytes`; members that compress
suspiciously well, archives with too many entries or nested too deep are refused; and
an import stops once `total_bytes` have been read. Each refusal names the file and the
limit, and the rest still loads. Peak memory is one file, not the export. A tar
(Takeout's `.tgz`, an older Mastodon's archive) has no index to skip by: every member is
unpacked on the way, so all of it counts towards `total_bytes`.
"""

from __future__ import annotations

import codecs
import functools
import io
import lzma
import struct
import tarfile
import zipfile
import zlib
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import IO

from extractors.network._codepages import ZIP_NAMES, likeliest
from extractors.network._xlsx import XlsxError, is_workbook, to_csv

HEAD_BYTES = 64 * 1024  # what sniff() sees of a file
_CHUNK = 1024 * 1024
_MiB = 1024 * 1024
# photos and videos fill Takeout archives; no export is one, so none is opened
_MEDIA = frozenset(
    [
        ".jpg",
        ".jpeg",
        ".png",
        ".gif",
        ".heic",
        ".webp",
        ".mp4",
        ".mov",
        ".m4a",
        ".mp3",
        ".avi",
        ".mkv",
        ".webm",
        ".wav",
        ".pdf",
    ]
)
# Takeout offers .tgz beside .zip; Mastodon's archive was a .tar.gz until 4.2
_TARS = (".tgz", ".tar", ".tar.gz", ".tar.bz2", ".tbz2", ".tar.xz", ".txz")
_TAR_ERRORS = (tarfile.TarError, EOFError, zlib.error, lzma.LZMAError, OSError)
_UTF16_BOMS = (codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)
_ZIP_START = b"PK\x03\x04"
_CUT_SHORT = "zip archive cut short (its end is missing: a download that broke off?)"
_ZIP_ERRORS = (zipfile.BadZipFile, zlib.error, RuntimeError, NotImplementedError, OSError)
Skipped = list[tuple[str, str]]  # (file, why it was not read)
Wanted = Callable[[str, bytes], bool]  # (name, head) -> read the whole file?


@dataclass(frozen=True)
class Limits:
    """What one import reads at most; each is a refusal with its own message."""

    file_bytes: int = 32 * _MiB  # one file or member read whole ([network] max_file_mb)
    total_bytes: int = 1024 * _MiB  # everything one import reads or unpacks
    members: int = 50_000  # entries of one archive
    ratio: int = 100  # unpacked : packed size of a member over 1 MiB
    depth: int = 3  # archives inside archives, the outer one counted


class _Spent(Exception):
    """The import's total budget is used up."""


@dataclass
class _Reader:
    limits: Limits
    skipped: Skipped
    wanted: Wanted
    total: int = 0
    current: str = ""  # the file being read, named when the total runs out

    def take(
        self, name: str, stream: IO[bytes], whole: bool = False, size: int = 0
    ) -> bytes | None:
        """The file's bytes: whole if `whole` or wanted, else its head only; None
        (and the reason in `skipped`) when it is over the file limit, as its `size`
        says before reading on, or as found when read. A file no importer wants is
        never refused: a mailbox beside the exports is no problem of the import."""
        self.current = name
        head = self._read(stream, HEAD_BYTES)
        if not whole and not self.wanted(name, _utf8(head)):
            return head
        if size > self.limits.file_bytes:
            self.skipped.append((name, self.too_large()))
            return None
        chunks = [head]
        size = len(head)
        while chunk := self._read(stream, _CHUNK):
            size += len(chunk)
            if size > self.limits.file_bytes:
                self.skipped.append((name, self.too_large()))
                return None
            chunks.append(chunk)
        return _utf8(b"".join(chunks))

    def _read(self, stream: IO[bytes], size: int) -> bytes:
        data = stream.read(size)
        self.spend(len(data))
        return data

    def spend(self, count: int) -> None:
        """`count` more bytes read or unpacked; the import stops once over its total."""
        self.total += count
        if self.total > self.limits.total_bytes:
            raise _Spent(f"import stopped: over {_size(self.limits.total_bytes)} read in all")

    def too_large(self) -> str:
        return f"not read: larger than {_size(self.limits.file_bytes)} ([network] max_file_mb)"


def _utf8(data: bytes) -> bytes:
    """UTF-16 text (Windows tools, the legacy Google CSV) as UTF-8, the one encoding
    importers sniff and read; anything else as it is."""
    if not data.startswith(_UTF16_BOMS):
        return data
    return data.decode("utf-16", errors="replace").encode("utf-8")


def _size(count: int) -> str:
    return f"{count / _MiB:g} MiB" if count >= _MiB else f"{count:,} bytes"


def _ignored(member: str) -> bool:
    """macOS resource forks and folder metadata that zips often carry along."""
    base = member.rsplit("/", 1)[-1]
    return member.startswith("__MACOSX/") or base.startswith("._") or base == ".DS_Store"


_UTF8_FLAG = 0x800  # a zip member's name is UTF-8; without it, the zip does not say


def _unflagged(raw: bytes) -> str:
    """A member name without the UTF-8 flag: UTF-8 all the same when it reads as such
    (Info-ZIP, macOS), else the Windows OEM code page that reads it best (a zip made on
    Japanese Windows names `連絡先` in Shift_JIS), so names are shown as written."""
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        return raw.decode(likeliest(raw, ZIP_NAMES), errors="replace")


def _member_name(info: zipfile.ZipInfo) -> str:
    """The member's name as its maker wrote it (zipfile reads unflagged names as cp437)."""
    if info.flag_bits & _UTF8_FLAG or info.orig_filename.isascii():
        return info.filename
    try:
        raw = info.orig_filename.encode("cp437")
    except UnicodeEncodeError:  # a name given by an extra field, not the header's bytes
        return info.filename
    return _unflagged(raw)


def _is_zip(name: str) -> bool:
    return name.lower().endswith(".zip")


def _is_tar(name: str) -> bool:
    return name.lower().endswith(_TARS)


def _media(name: str) -> bool:
    return Path(name).suffix.lower() in _MEDIA


def declared_entries(handle: IO[bytes]) -> int | None:
    """The number of entries a zip's end record declares, read before the central
    directory (which costs memory per entry); None without a readable end record."""
    size = handle.seek(0, io.SEEK_END)
    tail_size = min(size, 0xFFFF + 22)  # the end record and its longest comment
    handle.seek(size - tail_size)
    tail = handle.read(tail_size)
    at = tail.rfind(b"PK\x05\x06")
    if at < 0 or len(tail) < at + 22:
        return None
    entries: int = struct.unpack_from("<H", tail, at + 10)[0]
    locator = at - 20  # a zip64 archive: the count is in the zip64 end record
    if entries != 0xFFFF or locator < 0 or tail[locator : locator + 4] != b"PK\x06\x07":
        return entries
    handle.seek(struct.unpack_from("<Q", tail, locator + 8)[0])
    record = handle.read(56)
    return struct.unpack_from("<Q", record, 32)[0] if record[:4] == b"PK\x06\x06" else None


def _archive(
    name: str, source: Path | bytes, reader: _Reader, depth: int
) -> Iterator[tuple[str, bytes]]:
    """Each member of a zip, read one at a time (Takeout zips can be 50 GB)."""
    try:
        handle = source.open("rb") if isinstance(source, Path) else io.BytesIO(source)
        with handle:
            if _too_many(name, declared_entries(handle) or 0, reader):
                return  # refused before its central directory is read
            with zipfile.ZipFile(handle) as archive:
                members = archive.infolist()
                if _too_many(name, len(members), reader):
                    return  # its end record said fewer
                for info in members:
                    if not (info.is_dir() or _ignored(info.filename)):
                        inner = f"{name}!/{_member_name(info)}"
                        opened = functools.partial(archive.open, info)
                        yield from _member(info, opened, inner, reader, depth)
    except _ZIP_ERRORS as error:
        if not _cut_short(source, error):
            reader.skipped.append((name, f"unreadable zip archive: {error}"))
            return
        yield from _salvage(name, source, reader, depth)


def _salvage(
    name: str, source: Path | bytes, reader: _Reader, depth: int
) -> Iterator[tuple[str, bytes]]:
    """The whole members of a zip cut short, read by their local headers up to the
    cut (zipfile needs the central directory, which is at the end), and the cut
    reported naming the zip and the first member lost."""
    count, lost = 0, "its central directory"
    with source.open("rb") if isinstance(source, Path) else io.BytesIO(source) as handle:
        for entry in _local_entries(handle, reader.limits.file_bytes):
            if isinstance(entry, str):
                lost = entry
                break
            info, data = entry
            count += 1
            inner = f"{name}!/{info.filename}"
            if _too_many(name, count, reader) or info.is_dir() or _ignored(info.filename):
                continue
            if data is not None:
                yield from _member(info, functools.partial(io.BytesIO, data), inner, reader, depth)
            elif not _media(inner):  # passed over: too large, or packed in another way
                reader.skipped.append((inner, _passed_over(info, reader)))
    if not count:
        reader.skipped.append((name, f"unreadable zip archive: {_CUT_SHORT}; download it again"))
        return
    whole = f"{count} whole member{'s' if count != 1 else ''}"
    cut = f"{_CUT_SHORT}: read {whole} before the cut, lost {lost} and all after"
    reader.skipped.append((name, f"{cut}; download it again for the rest"))


_LOCAL = struct.Struct("<4s2xHH4xIIIHH")  # a local file header: signature to extra length
_DIRECTORY = b"PK\x01\x02"  # the central directory's first entry: every member was whole
_DESCRIPTOR = 1 << 3  # sizes and CRC follow the data, not in the header
_SIGNED = b"PK\x07\x08"  # a data descriptor's optional signature
_ZIP64 = 0xFFFFFFFF  # the sizes are in a zip64 extra field


def _local_entries(
    handle: IO[bytes], most: int
) -> Iterator[tuple[zipfile.ZipInfo, bytes | None] | str]:
    """Each whole member by its local header with its data (None: one passed over, as
    over `most` or packed other than stored or deflated), then, where the zip is cut or
    a member cannot be found the end of, the name of the first member lost."""
    while len(header := handle.read(_LOCAL.size)) == _LOCAL.size and header[:4] == _ZIP_START:
        _, flags, method, crc, packed, size, name_size, extra_size = _LOCAL.unpack(header)
        raw = handle.read(name_size)
        info = zipfile.ZipInfo(raw.decode("utf-8") if flags & _UTF8_FLAG else _unflagged(raw))
        handle.read(extra_size)
        unsized = bool(flags & _DESCRIPTOR) and not packed
        if _ZIP64 in (packed, size) or (unsized and method != zipfile.ZIP_DEFLATED):
            yield f"{info.filename!r} (its end is not found without the central directory)"
            return
        readable = method in (zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED) and not flags & 1
        if not unsized and (size > most or not readable):
            info.file_size, info.compress_type = size, method
            if handle.seek(packed, io.SEEK_CUR) > _end(handle):
                yield f"{info.filename!r} (cut off)"
                return
            yield info, None
            continue
        found = _inflated(handle, most) if unsized else _unpacked(handle, method, packed, most)
        if found and unsized:  # the descriptor: its signature optional, then CRC and sizes
            tail = handle.read(16)
            crc = struct.unpack_from("<I", tail, 4 if tail.startswith(_SIGNED) else 0)[0]
            handle.seek((16 if tail.startswith(_SIGNED) else 12) - len(tail), io.SEEK_CUR)
        if not found or zlib.crc32(found[0]) != crc:
            yield f"{info.filename!r} (cut off)"
            return
        info.file_size, info.compress_size = len(found[0]), found[1]
        yield info, found[0]
    if header and not header.startswith(_DIRECTORY):  # a header cut off, or junk
        yield "the next member (cut off)"


def _passed_over(info: zipfile.ZipInfo, reader: _Reader) -> str:
    """Why a member of a zip cut short was not read."""
    if info.file_size > reader.limits.file_bytes:
        return reader.too_large()
    return f"unreadable zip member: encrypted or packed by method {info.compress_type}"


def _end(handle: IO[bytes]) -> int:
    """The size of the file, the handle left where it was."""
    here = handle.tell()
    size = handle.seek(0, io.SEEK_END)
    handle.seek(here)
    return size


def _unpacked(handle: IO[bytes], method: int, packed: int, most: int) -> tuple[bytes, int] | None:
    """A member's data and packed size as its header states them; None when the file
    ends first or it unpacks to over `most` bytes."""
    raw = handle.read(packed)
    if len(raw) < packed:
        return None
    data = raw if method == 0 else zlib.decompressobj(-15).decompress(raw, most + 1)
    return (data, packed) if len(data) <= most else None


def _inflated(handle: IO[bytes], most: int) -> tuple[bytes, int] | None:
    """A deflated member whose header states no size, up to its stream's end (the
    handle left after it); None when the file ends first or it unpacks over `most`."""
    stream, parts, size, packed = zlib.decompressobj(-15), [], 0, 0
    while not stream.eof:
        chunk = handle.read(_CHUNK)
        if not chunk:
            return None
        packed += len(chunk)
        parts.append(stream.decompress(chunk, most + 1 - size))
        size += len(parts[-1])
        if size > most or stream.unconsumed_tail:
            return None
    handle.seek(-len(stream.unused_data), io.SEEK_CUR)
    return b"".join(parts), packed - len(stream.unused_data)


def _cut_short(source: Path | bytes, error: Exception) -> bool:
    """A zip that starts as one but has no end record: a download that broke off."""
    if not isinstance(error, zipfile.BadZipFile):
        return False
    with source.open("rb") if isinstance(source, Path) else io.BytesIO(source) as handle:
        starts = handle.read(len(_ZIP_START)) == _ZIP_START
        return starts and declared_entries(handle) is None


def _too_many(name: str, count: int, reader: _Reader) -> bool:
    if count <= reader.limits.members:
        return False
    over = f"over the limit of {reader.limits.members:,}"
    reader.skipped.append((name, f"refused: {count:,} entries, {over}"))
    return True


def _member(
    info: zipfile.ZipInfo,
    opened: Callable[[], IO[bytes]],
    inner: str,
    reader: _Reader,
    depth: int,
) -> Iterator[tuple[str, bytes]]:
    limits = reader.limits
    ratio = info.file_size / max(info.compress_size, 1)
    if info.file_size > _MiB and ratio > limits.ratio:
        reader.skipped.append(
            (inner, f"refused: unpacks {ratio:,.0f} times its size, over {limits.ratio}:1")
        )
        return
    if _too_deep(inner, reader, depth):
        return
    if _media(inner):
        yield inner, b""
        return
    try:
        with opened() as stream:
            data = reader.take(inner, stream, whole=_whole(inner), size=info.file_size)
    except _ZIP_ERRORS as error:
        reader.skipped.append((inner, f"unreadable zip member: {error}"))
        return
    if data is not None:
        yield from _contents(inner, data, reader, depth)


def _too_deep(inner: str, reader: _Reader, depth: int) -> bool:
    """An archive inside archives `depth` deep, at the limit: refused, and said."""
    if not (_is_zip(inner) or _is_tar(inner)) or depth < reader.limits.depth:
        return False
    reader.skipped.append((inner, f"refused: archives nested over {reader.limits.depth} deep"))
    return True


def _whole(name: str) -> bool:
    """Whether a file is read whole whatever its head: an archive or a workbook."""
    return _is_zip(name) or _is_tar(name) or is_workbook(name)


def _contents(inner: str, data: bytes, reader: _Reader, depth: int) -> Iterator[tuple[str, bytes]]:
    """A member read: an archive's members, a workbook's first sheet, or itself."""
    if _is_zip(inner):
        yield from _archive(inner, data, reader, depth + 1)
    elif _is_tar(inner):
        yield from _tar(inner, data, reader, depth + 1)
    elif is_workbook(inner):
        yield from _sheet(inner, data, reader)
    else:
        yield inner, data


def _tar(
    name: str, source: Path | bytes, reader: _Reader, depth: int
) -> Iterator[tuple[str, bytes]]:
    """Each file of a tar, gzipped or not, in one pass as a stream (no member is
    reached but by unpacking those before it). A member's whole size counts towards
    the total, read or passed over; the files before a cut or a fault are kept."""
    count = files = 0
    try:
        with (
            source.open("rb") if isinstance(source, Path) else io.BytesIO(source) as handle,
            tarfile.open(fileobj=handle, mode="r|*") as archive,
        ):
            for info in archive:
                count += 1
                member = info.name.removeprefix("./")
                if _too_many(name, count, reader):
                    return
                if not info.isfile() or _ignored(member):
                    continue
                inner, spent, data = f"{name}!/{member}", reader.total, None
                if _media(inner):
                    yield inner, b""
                elif not _too_deep(inner, reader, depth) and (stream := archive.extractfile(info)):
                    data = reader.take(inner, stream, whole=_whole(inner), size=info.size)
                reader.spend(max(info.size - (reader.total - spent), 0))
                files += 1
                if data is not None:
                    yield from _contents(inner, data, reader, depth)
    except _TAR_ERRORS as error:
        if not files:
            reader.skipped.append((name, f"unreadable tar archive: {error}"))
            return
        whole = f"{files:,} file{'s' if files != 1 else ''}"
        cut = f"tar archive cut short or damaged ({error}): read {whole} before it"
        reader.skipped.append((name, f"{cut}; download it again for the rest"))


def _file(name: str, path: Path, reader: _Reader) -> Iterator[tuple[str, bytes]]:
    """A file on disk, or the members of a .zip (nested zips too) as `zip!/member`."""
    if _is_zip(name):
        yield from _archive(name, path, reader, 1)
    elif _is_tar(name):
        yield from _tar(name, path, reader, 1)
    elif _media(name):
        yield name, b""
    else:
        with path.open("rb") as stream:
            data = reader.take(name, stream, whole=is_workbook(name), size=path.stat().st_size)
        if data is not None:
            yield from _sheet(name, data, reader) if is_workbook(name) else [(name, data)]


def _sheet(name: str, data: bytes, reader: _Reader) -> Iterator[tuple[str, bytes]]:
    """A workbook (an export Excel re-saved) as the CSV of its first sheet; one that
    cannot be read is reported, naming it and what to do."""
    try:
        yield name, to_csv(data, reader.limits.file_bytes)
    except XlsxError as error:
        reader.skipped.append((name, str(error)))


def _everything(name: str, head: bytes) -> bool:
    return True


def scan(
    paths: Iterable[str | Path],
    skipped: Skipped | None = None,
    *,
    wanted: Wanted = _everything,
    limits: Limits | None = None,
) -> Iterator[tuple[str, bytes]]:
    """(name, bytes) of every file under the paths: files, folders (recursively), zips.

    A file is named by its base name, a file in a folder by `folder/relative/path`, a
    zip member by `archive.zip!/member/path`. Only files `wanted(name, head)` are read
    whole; the others come with their head (media with nothing). Paths that do not
    exist, files that cannot be read or are over a limit are appended to `skipped` with
    the reason; once the total limit is reached the scan ends there, also noted.
    """
    reader = _Reader(limits or Limits(), [] if skipped is None else skipped, wanted)
    try:
        for path in map(Path, paths):
            if not path.exists():
                reader.skipped.append((str(path), "no such file or folder"))
                continue
            if not path.is_dir():
                yield from _file(path.name, path, reader)
                continue
            folder = path.resolve().name  # "." is named as the folder it is
            for child in sorted(p for p in path.rglob("*") if p.is_file()):
                relative = child.relative_to(path).as_posix()
                if not _ignored(relative):
                    yield from _file(f"{folder}/{relative}" if folder else relative, child, reader)
    except _Spent as spent:
        reader.skipped.append((reader.current, str(spent)))
