"""The daily loop's one clock: what "now" and "today" are for runs, builds and digests.

Everything that decides by the date (when a run starts and a posting is first seen,
last seen or closed; a lead's freshness and age; which follow-ups are due; what a digest
counts as new; when a verdict is given) reads it here, so a test, or a day replayed,
sets it in one place: `LEADS_NOW` holds an ISO 8601 time ("2026-12-07T08:00:00+01:00";
no zone is UTC, a bare date its midnight UTC) and the loop runs as of then, the clock
standing still; so do SQL's `now()` and `current_date` (`warehouse.db` pins them) and
the digest mail's Date. HTTP keeps the real time: a response is dated when it came, and
`leads serve` waits for the real next run.
"""

from __future__ import annotations

import os
from datetime import UTC, date, datetime
from zoneinfo import ZoneInfo

from extractors._errors import ConfigError

ENV_VAR = "LEADS_NOW"


def now() -> datetime:
    """Now, aware, in UTC; `LEADS_NOW` when it is set."""
    return fixed() or datetime.now(UTC)


def fixed() -> datetime | None:
    """The time `LEADS_NOW` holds, in UTC; None when the clock runs."""
    text = os.environ.get(ENV_VAR, "").strip()
    if not text:
        return None
    try:
        at = datetime.fromisoformat(text)
    except ValueError as error:
        raise ConfigError(f"{ENV_VAR}: {text!r} is not an ISO 8601 time") from error
    return (at if at.tzinfo else at.replace(tzinfo=UTC)).astimezone(UTC)


def today(zone: ZoneInfo) -> date:
    """Today's date in `zone` (`[schedule] timezone`), by the same clock."""
    return now().astimezone(zone).date()
