"""Stream a large generated mbox through the inbox source: speed and peak memory.

`python -m benchmarks.mbox 1024` writes a 1 GiB mbox of personal mail (text, HTML,
attachments of 40 to 520 KiB) with the demo mbox's messages (alerts, an ask, other mail)
among it, then reads it the way `leads run` does, asks scanned. Peak memory is the
process's (ru_maxrss), measured before and after reading, so flat memory shows as a
small difference however large the file.
"""

from __future__ import annotations

import re
import resource
import sys
import tempfile
import time
from email.message import EmailMessage
from importlib import resources
from pathlib import Path

from extractors import inbox
from extractors._runner import run_source

_DEMO_MBOX = Path(str(resources.files("leads.demo") / "mail" / "alerts.mbox"))
_SEPARATOR = b"From 1781249374@xxx Mon Nov 02 10:00:00 +0000 2026\n"
_ALERT_EVERY = 200  # one of the demo's messages among this many


def _personal(kind: int) -> bytes:
    mail = EmailMessage()
    mail["From"] = "Friend NNNN <friendNNNN@mail.example>"
    mail["To"] = "you@mail.example"
    mail["Subject"] = "note NNNN"
    mail["Date"] = "Mon, 02 Nov 2026 10:00:00 +0000"
    mail["Message-ID"] = "<note-NNNN@mail.example>"
    mail.set_content("Hi,\n\nFrom the notes of meeting NNNN: nothing urgent.\n" * (1 + kind))
    if kind % 2:
        mail.add_alternative(f"<p>Hi,</p><p>meeting NNNN</p>{'<p>filler</p>' * 40}", "html")
    if kind % 4 == 3:
        size = (40 << 10) * (1 + 12 * (kind == 7))
        mail.add_attachment(bytes(range(256)) * (size // 256), "application", "pdf")
    return mail.as_bytes().replace(b"\r\n", b"\n")


def _alerts() -> list[bytes]:
    """The demo mbox's messages, mboxrd-quoted as they are in the file."""
    text = _DEMO_MBOX.read_bytes()
    return [part for part in re.split(rb"(?m)^From .*\n", text) if part.strip()]


def write_mbox(path: Path, size: int) -> tuple[int, int]:
    """An mbox of about `size` bytes; (messages, demo messages) written."""
    shapes, alerts = [_personal(kind) for kind in range(8)], _alerts()
    written = messages = alert_count = 0
    with path.open("wb") as out:
        while written < size:
            if messages % _ALERT_EVERY == _ALERT_EVERY - 1:
                raw = alerts[alert_count % len(alerts)].replace(
                    b"Message-ID: <", f"Message-ID: <bench{messages}.".encode(), 1
                )
                alert_count += 1
            else:
                raw = shapes[messages % len(shapes)].replace(b"NNNN", str(messages).encode())
                raw = re.sub(rb"(?m)^(>*From )", rb">\1", raw)
            out.write(_SEPARATOR + raw + b"\n")
            written += len(raw) + len(_SEPARATOR) + 1
            messages += 1
    return messages, alert_count


def _peak_mib() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def main(megabytes: int = 1024) -> None:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "All mail Including Spam and Trash.mbox"
        started = time.monotonic()
        messages, alerts = write_mbox(path, megabytes << 20)
        size = path.stat().st_size / (1 << 20)
        print(f"wrote {size:,.0f} MiB: {messages:,} messages, {alerts:,} from the demo mbox "
              f"({time.monotonic() - started:.1f} s)")  # fmt: skip
        before = _peak_mib()
        started = time.monotonic()
        result = run_source(inbox, inbox.Settings(paths=(str(path),), scan_messages=True))
        seconds = time.monotonic() - started
        stats = result.stats
        print(f"read: {seconds:.1f} s, {stats['inbox/messages'] / seconds:,.0f} messages/s, "
              f"{size / seconds:,.1f} MiB/s; {len(result.pages)} alert pages, "
              f"{len(result.postings)} postings, {stats.get('skipped/other_sender', 0):,} "
              "other mail skipped")  # fmt: skip
        print(f"peak memory: {before:,.0f} MiB before reading, {_peak_mib():,.0f} MiB after")


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 1024)
