"""inbox over IMAP: a real IMAP server on loopback (pymap's in-memory backend)."""

from __future__ import annotations

import imaplib
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
from conftest import FIXTURES

from extractors import inbox
from extractors._runner import SourceResult, run_source

USER, PASSWORD = "alex", "correct horse"
# (fixture, the date the server received it)
MAIL = [
    ("linkedin_job_alert.eml", datetime(2026, 12, 1, 6, 13, tzinfo=UTC)),
    ("wellfound_job_digest.eml", datetime(2026, 11, 30, 16, 46, tzinfo=UTC)),
    ("personal_no_ask.eml", datetime(2026, 11, 27, 12, 1, tzinfo=UTC)),
]


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


@pytest.fixture(scope="module")
def imap_server() -> Iterator[int]:
    """pymap on 127.0.0.1 with one user, the fixtures appended to its INBOX."""
    port = _free_port()
    command = [
        str(Path(sys.executable).with_name("pymap")), "--host", "127.0.0.1", "--port",
        str(port), "--no-tls", "dict", "--demo-user", USER, "--demo-password", PASSWORD,
    ]  # fmt: skip
    server = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        client = _connect(port)
        client.login(USER, PASSWORD)
        for name, received in MAIL:
            raw = (FIXTURES / "inbox" / name).read_bytes()
            client.append("INBOX", None, imaplib.Time2Internaldate(received), raw)
        client.logout()
        yield port
    finally:
        server.terminate()
        server.wait(timeout=10)


def _connect(port: int) -> imaplib.IMAP4:
    deadline = time.monotonic() + 20
    while True:
        try:
            return imaplib.IMAP4("127.0.0.1", port, timeout=5)
        except OSError:
            if time.monotonic() > deadline:
                raise
            time.sleep(0.1)


def _run(port: int, **options: object) -> SourceResult:
    settings = inbox.Settings(
        imap_host="127.0.0.1",
        imap_port=port,
        imap_user=USER,
        imap_tls=False,
        **options,  # type: ignore[arg-type]
    )
    return run_source(inbox, settings)


def _flags(port: int) -> list[bytes]:
    client = _connect(port)
    client.login(USER, PASSWORD)
    client.select("INBOX", readonly=True)
    _, data = client.fetch("1:*", "(FLAGS)")
    client.logout()
    return [item for item in data if isinstance(item, bytes)]


def test_alerts_are_read_over_imap_without_changing_the_mailbox(
    imap_server: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("LEADS_IMAP_PASSWORD", PASSWORD)
    before = _flags(imap_server)
    result = _run(imap_server)
    assert result.status == "ok", result.errors
    assert result.stats["inbox/messages"] == 3 and result.stats["skipped/other_sender"] == 1
    keys = {p.posting.source_id for p in result.postings}
    assert {"linkedin:4390011223", "wellfound:2891234"} <= keys and len(keys) == 5
    assert _flags(imap_server) == before  # read-only: not even \\Seen was set
    assert all(b"\\Seen" not in flags for flags in before)


def test_since_asks_the_server_for_newer_mail_only(
    imap_server: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("LEADS_IMAP_PASSWORD", PASSWORD)
    result = _run(imap_server, since="2026-12-01")
    assert result.stats["inbox/messages"] == 1 and len(result.postings) == 3


def test_a_missing_password_or_a_wrong_one_fails_the_unit_clearly(
    imap_server: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("LEADS_IMAP_PASSWORD", raising=False)
    result = _run(imap_server)
    assert result.status == "failed" and "$LEADS_IMAP_PASSWORD" in result.errors[0]
    monkeypatch.setenv("LEADS_IMAP_PASSWORD", "wrong")
    result = _run(imap_server)
    assert result.status == "failed" and "imap 127.0.0.1" in result.errors[0]
