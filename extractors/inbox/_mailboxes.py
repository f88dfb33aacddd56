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
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from extractors._contract import ExtractorError

_FROM_LINE = re.compile(rb"^From ")
_ESCAPED_FROM = re.compile(rb"^>(>*From )")  # mboxrd quoting of body lines
# Outlook's own format (an OLE compound file, not MIME): not read, and the run says so
MSG_HELP = (
    "an Outlook .msg file is not read: drag the messages from Outlook to a folder in"
    " Thunderbird or Apple Mail, or open each in new Outlook and use Save as (.eml)"
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


def mbox(path: Path, max_bytes: int) -> Iterator[Raw]:
    """Each message of an mbox file: a `From ` line at the start or after a blank line
    begins one. Only the current message is held in memory."""
    with path.open("rb") as handle:
        lines: list[bytes] = []
        size, started, blank = 0, False, True
        for line in handle:
            if blank and _FROM_LINE.match(line):
                if started:
                    yield Raw(b"".join(lines) if size <= max_bytes else None)
                lines, size, started = [], 0, True
            elif started:
                size += len(line)
                if size <= max_bytes:
                    lines.append(_ESCAPED_FROM.sub(rb"\1", line) if line[:1] == b">" else line)
            blank = not line.strip()
        if started:
            yield Raw(b"".join(lines) if size <= max_bytes else None)


def _message(path: Path, max_bytes: int) -> Raw:
    return Raw(path.read_bytes() if path.stat().st_size <= max_bytes else None)


def files(folder: Path, max_bytes: int, on_msg: Callable[[], None]) -> Iterator[Raw]:
    """A Maildir's cur/ and new/ messages; else every `.eml` and `.emlx` file (Apple
    Mail's own store) under a folder, and every mbox file, streamed: a `.mbox` file (a
    Takeout folder holds `Mail/All mail ....mbox`), the `mbox` file of Apple Mail's
    exported `.mbox` bundle, and a Thunderbird folder's file, which has no extension but
    a `.msf` index beside it. Extensions in any case: Windows tools write `.EML`.
    Outlook's `.msg` files are not read: each calls `on_msg`."""
    if (folder / "cur").is_dir() or (folder / "new").is_dir():
        paths = sorted(p for sub in ("cur", "new") for p in (folder / sub).glob("*") if p.is_file())
        yield from (_message(path, max_bytes) for path in paths)
        return
    for path in sorted(p for p in folder.rglob("*") if p.is_file()):
        suffix = path.suffix.lower()
        if suffix == ".eml":
            yield _message(path, max_bytes)
        elif suffix == ".emlx":
            yield _emlx(path, max_bytes)
        elif suffix == ".mbox" or _mbox_without_suffix(path):
            yield from mbox(path, max_bytes)
        elif suffix == ".msg":
            on_msg()


def _emlx(path: Path, max_bytes: int) -> Raw:
    """A message of Apple Mail's own store (`~/Library/Mail/V10/.../Messages/1234.emlx`,
    `.partial.emlx` without its attachments): its length on the first line, the message,
    then a property list of flags."""
    if path.stat().st_size > max_bytes + len(str(max_bytes)) + 1:
        return Raw(None)
    head, _, rest = path.read_bytes().partition(b"\n")
    return Raw(rest[: int(head)] if head.strip().isdigit() else rest)


def _mbox_without_suffix(path: Path) -> bool:
    """Apple Mail's bundle file (`Jobs.mbox/mbox`), or a Thunderbird folder's file
    (`Inbox` beside its index `Inbox.msf`)."""
    if path.name == "mbox" and path.parent.suffix.lower() == ".mbox":
        return True
    return path.with_name(path.name + ".msf").is_file()


def local(path: Path, max_bytes: int, on_msg: Callable[[], None]) -> Iterator[Raw]:
    """The messages at a configured path: a folder, an mbox file or one `.eml` file."""
    if path.is_dir():
        return files(path, max_bytes, on_msg)
    if not path.is_file():
        raise ExtractorError(f"{path}: no such mbox file or mail folder")
    if path.suffix.lower() == ".msg":
        raise ExtractorError(f"{path}: {MSG_HELP}")
    if path.suffix.lower() == ".eml":
        return iter([_message(path, max_bytes)])
    if path.suffix.lower() == ".emlx":
        return iter([_emlx(path, max_bytes)])
    return mbox(path, max_bytes)


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
