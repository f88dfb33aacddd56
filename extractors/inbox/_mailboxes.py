"""Where messages come from, one raw message at a time, never modifying anything.

An mbox file (Google Takeout) is streamed line by line, so a 1 GB file costs one
message's memory; Maildir folders and folders of `.eml` files are read file by file;
an IMAP folder is selected read-only (EXAMINE) and fetched with BODY.PEEK through
imap-tools, so not even the \\Seen flag changes. A message over `max_bytes` is counted
and skipped unread (alerts are small; attachments are not leads).
"""

from __future__ import annotations

import os
import re
import tarfile
import zipfile
import zlib
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path, PurePosixPath
from typing import IO

from extractors._contract import ExtractorError
from extractors.inbox import _outlook

_FROM_LINE = re.compile(rb"^From ")
_ESCAPED_FROM = re.compile(rb"^>(>*From )")  # mboxrd quoting of body lines
_HEADER_LINE = re.compile(rb"^[A-Za-z][A-Za-z0-9-]*:")  # a message's first header field
_HEADER_AFTER = re.compile(rb"[A-Za-z][A-Za-z0-9-]*:(?!//)")  # a header, not a link
# a separator's date as asctime writes it ("Mon Nov  2 10:00:00"), or in numbers with a
# time ("2026-11-02 10:00", an exporter's): a body line rarely has either
_DATED = re.compile(
    rb" (?:Mon|Tue|Wed|Thu|Fri|Sat|Sun) +(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)"
    rb" +\d{1,2} +\d{1,2}:\d\d|\d[-/.]\d{1,2}[-/.]\d[^:\n]*\d:\d\d"
)
# what is read in a folder or an archive, by suffix (a Takeout archive's `.mbox` files)
_KEPT = (".mbox", ".eml", ".emlx", ".msg")
_ARCHIVES = (".zip", ".tgz", ".tar.gz", ".tar")
_READ_KINDS = (*_KEPT, ".pst")  # the kinds `_kept` reads or counts
_EMLX_SLACK = 64 << 10  # an .emlx's length line and property list
NOT_MAIL = (
    "not mail: name an mbox file (Google Takeout's, Thunderbird's), a Takeout .zip or"
    " .tgz, an .eml or .emlx message, or a folder of them; an alert saved as a web page"
    " or as text is not read: save the message itself (Download message, Save as .eml)"
)
# Outlook's own format (a compound file, not MIME), one that holds no message body
# (or is damaged): not read, and the run says so
MSG_HELP = (
    "an Outlook .msg file without a readable message: drag the messages from Outlook to"
    " a folder in Thunderbird or Apple Mail, or open each in new Outlook and use Save as"
    " (.eml)"
)

PST_HELP = (
    "an Outlook data file (.pst) is not read: drag the alerts out of Outlook to a folder"
    " (as .msg files), or read the mailbox over IMAP"
)


@dataclass(frozen=True, slots=True)
class Imap:
    host: str
    port: int
    user: str
    password_env: str
    folder: str
    tls: bool
    since: date | None


@dataclass(slots=True)
class Raw:
    """One message's bytes, or None when it was over the size limit."""

    data: bytes | None


def _mbox_lines(handle: Iterable[bytes], max_bytes: int) -> Iterator[Raw]:
    """Each message of an mbox's lines. The first `From ` line begins one; a later one
    only after a blank line, dated as every writer's separator is (mutt checks the
    same) and followed by a header: mboxo writers (procmail, old mutt) leave body lines
    starting "From " unquoted, and those stay the body they are. A `From ` line that
    ends the file is a cut download's last separator."""
    lines: list[bytes] = []
    size, started, blank = 0, False, True
    held: bytes | None = None  # a `From ` line after a blank line, until its next line
    for line in handle:
        if held is not None:
            if _HEADER_AFTER.match(line) and _DATED.search(held):
                yield Raw(b"".join(lines) if size <= max_bytes else None)
                lines, size = [], 0
            else:
                size = _kept_line(lines, size, held, max_bytes)
            held = None
        if blank and _FROM_LINE.match(line):
            held, started = (line if started else None), True
        elif started:
            size = _kept_line(lines, size, line, max_bytes)
        blank = not line.strip()
    if held is not None:
        yield Raw(b"".join(lines) if size <= max_bytes else None)
        lines, size = [], 0
    if started:
        yield Raw(b"".join(lines) if size <= max_bytes else None)


def _kept_line(lines: list[bytes], size: int, line: bytes, max_bytes: int) -> int:
    """The message's size with `line` counted; the line kept (mboxrd quoting undone)
    while the message is under the limit."""
    size += len(line)
    if size <= max_bytes:
        lines.append(_ESCAPED_FROM.sub(rb"\1", line) if line[:1] == b">" else line)
    return size


def files(folder: Path, max_bytes: int, on_outlook: Callable[[str], None]) -> Iterator[Raw]:
    """A Maildir's cur/ and new/ messages; else every `.eml` and `.emlx` file (Apple
    Mail's own store) under a folder, every mbox file, streamed: a `.mbox` file (a
    Takeout folder holds `Mail/All mail ....mbox`), and a file without extension that
    begins as an mbox does (Apple Mail's exported bundle's `mbox`, a Thunderbird
    folder's file, with or without its `.msf` index beside it), and the same in Takeout's
    `.zip` and `.tgz` archives. Extensions in any case: Windows tools write `.EML`.
    Outlook's `.msg` files are read as the MIME message they hold (`_outlook`); each
    that holds none, and each Outlook data file (`.pst`), calls `on_outlook` with its
    suffix."""
    if (folder / "cur").is_dir() or (folder / "new").is_dir():
        paths = sorted(p for sub in ("cur", "new") for p in (folder / sub).glob("*") if p.is_file())
        yield from (_message(path, max_bytes) for path in paths)
        return
    for path in sorted(p for p in folder.rglob("*") if p.is_file()):
        if _is_archive(path.name):
            yield from _archive(path, max_bytes, on_outlook)
            continue
        kind = ".mbox" if _unnamed_mbox(path) else path.suffix.lower()
        if kind in _READ_KINDS:  # the folder's other files are not opened
            yield from _opened(path, kind, max_bytes, on_outlook)


def _opened(
    path: Path, kind: str, max_bytes: int, on_outlook: Callable[[str], None]
) -> Iterator[Raw]:
    """The messages of one file, streamed: only the current one is held in memory."""
    with path.open("rb") as handle:
        yield from _kept(kind, handle, path.stat().st_size, max_bytes, on_outlook)


def _kept(
    kind: str, handle: IO[bytes], size: int, max_bytes: int, on_outlook: Callable[[str], None]
) -> Iterator[Raw]:
    """The messages of one file (or archive member) by its kind, its suffix."""
    if kind == ".mbox":
        yield from _mbox_lines(handle, max_bytes)
    elif kind in (".eml", ".emlx"):
        # read to the limit whatever an archive says of a member's size
        limit = max_bytes + (_EMLX_SLACK if kind == ".emlx" else 0)
        data = handle.read(limit + 1) if size <= limit else None
        whole = data if data is not None and len(data) <= limit else None
        yield Raw(_emlx(whole) if whole is not None and kind == ".emlx" else whole)
    elif kind == ".msg":
        data = handle.read(max_bytes + 1) if size <= max_bytes else None
        found = _outlook.message(data) if data is not None and len(data) <= max_bytes else None
        if found is None:
            on_outlook(kind)
        else:
            yield Raw(found)
    elif kind == ".pst":
        on_outlook(kind)


def _emlx(data: bytes) -> bytes:
    """A message of Apple Mail's own store (`~/Library/Mail/V10/.../Messages/1234.emlx`,
    `.partial.emlx` without its attachments): its length on the first line, the message,
    then a property list of flags."""
    head, _, rest = data.partition(b"\n")
    return rest[: int(head)] if head.strip().isdigit() else rest


def _unnamed_mbox(path: Path) -> bool:
    """A file without extension (or beside a Thunderbird `.msf` index) that begins as an
    mbox does."""
    if path.suffix and not path.with_name(path.name + ".msf").is_file():
        return False
    with path.open("rb") as handle:
        return bool(_FROM_LINE.match(handle.read(5)))


def _is_archive(name: str) -> bool:
    return name.lower().endswith(_ARCHIVES)


def _archive(path: Path, max_bytes: int, on_outlook: Callable[[str], None]) -> Iterator[Raw]:
    """The mail in an archive as downloaded: Google Takeout's `.zip` or `.tgz` (its
    `Takeout/Mail/*.mbox`), or a zipped folder of `.eml` files; each member streamed,
    the archive never unpacked on disk."""
    try:
        if path.name.lower().endswith(".zip"):
            with zipfile.ZipFile(path) as archive:
                for info in archive.infolist():
                    kind = PurePosixPath(info.filename).suffix.lower()
                    if not info.is_dir() and kind in _KEPT:
                        with archive.open(info) as handle:
                            yield from _kept(kind, handle, info.file_size, max_bytes, on_outlook)
            return
        with tarfile.open(path, "r|*") as stream:
            for member in stream:
                kind = PurePosixPath(member.name).suffix.lower()
                member_file = stream.extractfile(member) if kind in _KEPT else None
                if member_file is not None:
                    yield from _kept(kind, member_file, member.size, max_bytes, on_outlook)
    except (zipfile.BadZipFile, tarfile.TarError, EOFError, zlib.error, OSError) as error:
        raise ExtractorError(
            f"{path}: a damaged archive ({error}): download it again, or unpack it and"
            " name the folder"
        ) from error


def _message(path: Path, max_bytes: int) -> Raw:
    return Raw(path.read_bytes() if path.stat().st_size <= max_bytes else None)


def local(path: Path, max_bytes: int, on_outlook: Callable[[str], None]) -> Iterator[Raw]:
    """The messages at a configured path: a folder, an mbox file, an archive, or one
    message; any other file is an error that says what is read."""
    if path.is_dir():
        return files(path, max_bytes, on_outlook)
    if not path.is_file():
        raise ExtractorError(f"{path}: no such mbox file or mail folder")
    suffix = path.suffix.lower()
    small = path.stat().st_size <= max_bytes
    if suffix == ".pst":
        raise ExtractorError(f"{path}: {PST_HELP}")
    if suffix == ".msg" and small:  # read here once: one without a message is an error
        found = _outlook.message(path.read_bytes())
        if found is None:
            raise ExtractorError(f"{path}: {MSG_HELP}")
        return iter([Raw(found)])
    if _is_archive(path.name):
        return _archive(path, max_bytes, on_outlook)
    with path.open("rb") as handle:
        head = handle.read(64)
    if suffix in (".eml", ".emlx", ".msg"):
        return _opened(path, suffix, max_bytes, on_outlook)
    if suffix == ".mbox" or _FROM_LINE.match(head) or not head:
        return _opened(path, ".mbox", max_bytes, on_outlook)
    if _HEADER_LINE.match(head):  # one message saved under another name ("alert.txt")
        return _opened(path, ".eml", max_bytes, on_outlook)
    raise ExtractorError(f"{path}: {NOT_MAIL}")


def imap(settings: Imap, max_bytes: int) -> Iterator[Raw]:
    """The folder's messages (since `since`), read-only; the password from the
    environment variable the config names, never from the config itself."""
    from imap_tools import AND, MailBox, MailBoxUnencrypted
    from imap_tools.errors import MailboxLoginError, UnexpectedCommandStatusError

    password = os.environ.get(settings.password_env)
    if not password:
        raise ExtractorError(f"imap: set the IMAP password in ${settings.password_env}")
    criteria = AND(date_gte=settings.since) if settings.since else AND(all=True)
    try:
        box = (MailBox if settings.tls else MailBoxUnencrypted)(settings.host, settings.port)
        try:
            box.login(settings.user, password, initial_folder=None)
        except MailboxLoginError:
            box.client.shutdown()
            raise
        with box as mailbox:
            mailbox.folder.set(settings.folder, readonly=True)
            for message in mailbox.fetch(criteria, mark_seen=False, bulk=20):
                small = message.size_rfc822 <= max_bytes
                yield Raw(message.obj.as_bytes() if small else None)
    except (MailboxLoginError, UnexpectedCommandStatusError, OSError) as error:
        raise ExtractorError(f"imap {settings.host}: {error}") from error
