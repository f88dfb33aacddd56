"""Send each configured channel its digest, as often as `cadence` allows, and record it.

Called at the end of every run (and by `leads digest`). Nothing is sent when nothing is
pending, unless `send_empty`. A channel that fails is recorded in `state.digests` and
its leads stay pending; it never stops the other channels or fails the run.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import datetime
from types import ModuleType
from typing import TYPE_CHECKING, Any
from zoneinfo import ZoneInfo

import duckdb

from notify import channel
from notify._base import SendError, counted
from notify.settings import NotifySettings

if TYPE_CHECKING:  # rendering and the digest tables (jinja2, pandas) load when sending
    from warehouse.digest import Digest


@dataclass(frozen=True)
class Outcome:
    """What one channel did: sent, failed, test, nothing new or not due."""

    channel: str
    status: str
    leads: int = 0
    follow_ups: int = 0
    size: int = 0
    error: str | None = None

    def __str__(self) -> str:
        if self.status == "failed":
            return f"{self.channel} failed ({self.error})"
        if self.status == "sent":
            return (
                f"{self.channel} sent ({counted(self.leads, 'lead')}, "
                f"{counted(self.follow_ups, 'follow-up')}, {self.size} bytes)"
            )
        return f"{self.channel}: {self.status}"  # "email: nothing new", "email: not due (daily)"


def due_now(cadence: str, last: datetime | None, now: datetime, zone: ZoneInfo) -> bool:
    """Whether a channel may send: every run, or once per local day or ISO week."""
    if cadence == "run" or last is None:
        return True
    then, today = last.astimezone(zone), now.astimezone(zone)
    if cadence == "daily":
        return then.date() != today.date()
    return then.isocalendar()[:2] != today.isocalendar()[:2]


def previews(
    con: duckdb.DuckDBPyConnection,
    settings: NotifySettings,
    now: datetime,
    zone: ZoneInfo,
    command: str = "leads",
) -> list[Digest]:
    """What each channel would send now, cadence aside (for `leads digest --dry-run`)."""
    from warehouse.digest import pending

    names = list(settings.channels) or ["preview"]
    return [pending(con, name, now.astimezone(zone).date(), command) for name in names]


def send_digests(
    con: duckdb.DuckDBPyConnection,
    settings: NotifySettings,
    now: datetime,
    zone: ZoneInfo,
    command: str = "leads",
) -> list[Outcome]:
    """Send every channel what is pending for it; record each attempt. Its `leads`
    commands start with `command`: with `-c PATH` when a bare `leads` would miss the
    run's config, or they would mark leads in another warehouse."""
    from warehouse.digest import last_sent, pending, record

    digest_id = uuid.uuid4().hex[:12]
    outcomes = []
    for name, channel_settings in settings.channels.items():
        if not due_now(settings.cadence, last_sent(con, name), now, zone):
            outcomes.append(Outcome(name, f"not due ({settings.cadence})"))
            continue
        digest = pending(con, name, now.astimezone(zone).date(), command)
        if digest.empty and not settings.send_empty:
            outcomes.append(Outcome(name, "nothing new"))
            continue
        outcome = _send(channel(name), channel_settings, digest, now.astimezone(zone))
        record(con, digest, digest_id=digest_id, status=outcome.status, sent_at=now,
               size=outcome.size, error=outcome.error)  # fmt: skip
        outcomes.append(outcome)
    return outcomes


def _send(module: ModuleType, settings: Any, digest: Digest, now: datetime) -> Outcome:
    from notify.render import render

    leads, follow_ups = len(digest.leads), len(digest.follow_ups)
    try:
        size = module.send(settings, render(digest, now))
    except SendError as error:
        return Outcome(module.NAME, "failed", leads, follow_ups, error=str(error))
    return Outcome(module.NAME, "sent", leads, follow_ups, size=size)


def send_tests(
    con: duckdb.DuckDBPyConnection, settings: NotifySettings, now: datetime, zone: ZoneInfo
) -> list[Outcome]:
    """A test message on every channel, dated in `zone`; recorded as tests, delivering
    no lead."""
    from notify.render import test_message
    from warehouse.digest import Digest, record

    digest_id = uuid.uuid4().hex[:12]
    outcomes = []
    for name, channel_settings in settings.channels.items():
        try:
            size = channel(name).send(channel_settings, test_message(name, now.astimezone(zone)))
            outcome = Outcome(name, "test", size=size)
        except SendError as error:
            outcome = Outcome(name, "failed", error=str(error))
        record(con, Digest(name, None, [], []), digest_id=digest_id, status=outcome.status,
               sent_at=now, size=outcome.size, error=outcome.error)  # fmt: skip
        outcomes.append(outcome)
    return outcomes
