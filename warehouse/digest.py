"""What a digest channel has not delivered yet, and the record of what it has.

Per channel: the leads of the default ranking that are new to the user (no verdict yet),
first seen since the channel's first digest, none of whose postings the channel has
delivered (those ranked below the rate floor counted, not listed: one counted so and
meeting the floor later, once the user lowered it, is listed then, once); and the
follow-ups due that it has not reminded of. Delivery is remembered
per posting, so a lead that gains a copy on another board, or a new id after a re-merge,
is not sent again; a reminder, kept by the lead's id of then, finds the lead by that id
as `leads mark` does. A failed send records the failure and delivers nothing, so the
same leads are pending next time.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

import duckdb
import pandas as pd

from warehouse.lead_ids import find_leads
from warehouse.lead_rows import LeadRow, lead_rows
from warehouse.verdicts import FollowUp, due_follow_ups

_NOT_DELIVERED = """
    l.in_ranking and l.status = 'new' and l.first_seen >= ?
    and not exists (
        select 1 from state.digest_postings as d
        inner join staging.lead_members as m using (source, source_id)
        where d.channel = ? and m.lead_id = l.lead_id and (d.listed or not l.meets_floor)
    )
"""


@dataclass(frozen=True)
class Digest:
    channel: str
    since: datetime | None  # leads first seen from then on are this channel's
    leads: list[LeadRow]
    follow_ups: list[FollowUp]
    command: str = "leads"  # how its copy-ready commands reach this config (`command_for`)
    # on a channel's first digest, the leads still new to the user that were found before
    # it starts (`since`): a digest lists what is new, and says where the rest wait
    earlier: int = 0
    # the new leads ranked below the rate floor: counted, not listed, delivered with it
    below_floor: tuple[str, ...] = ()
    today: date | None = None  # the user's day it is made on: a follow-up due before is overdue
    # the leads listed that an earlier digest only counted, under a floor since lowered
    counted_before: frozenset[str] = frozenset()

    @property
    def empty(self) -> bool:
        return not self.leads and not self.follow_ups


def baseline(con: duckdb.DuckDBPyConnection, channel: str) -> datetime | None:
    """Where a channel's leads start: its first digest's, else where the leads `leads top
    --new` and the report call new start (`marts.new_since`: a first fetch, a failed one
    or a network import hides none, so a new user's first digest lists what their
    import and first run found), else the first run's start."""
    row = con.execute(
        "select coalesce((select min(since) from state.digests where channel = ? "
        "and status <> 'test'), (select since from marts.new_since), "
        "(select min(started_at) from state.runs))",
        [channel],
    ).fetchone()
    return row[0] if row else None


def pending(
    con: duckdb.DuckDBPyConnection, channel: str, today: date, command: str = "leads"
) -> Digest:
    """The digest `channel` would send now; its commands start with `command`."""
    since = baseline(con, channel)
    if since is None:
        return Digest(channel, None, [], [], command)
    pending_ = lead_rows(con, _NOT_DELIVERED, [since, channel])
    leads = [lead for lead in pending_ if lead.meets_floor]
    below = tuple(lead.lead_id for lead in pending_ if not lead.meets_floor)
    reminded = _reminded(con, channel)
    due = [f for f in due_follow_ups(con, today) if (f.lead_id, f.follow_up) not in reminded]
    earlier = _earlier(con, channel, since)
    listed = {lead.lead_id for lead in leads}
    before = frozenset(lead for lead in _counted(con, channel) if lead in listed)
    return Digest(channel, since, leads, due, command, earlier, below, today, before)


def _counted(con: duckdb.DuckDBPyConnection, channel: str) -> list[str]:
    """The leads a channel's digests counted below the rate floor and never listed."""
    rows = con.execute(
        "select distinct m.lead_id from state.digest_postings as d "
        "inner join staging.lead_members as m using (source, source_id) "
        "where d.channel = ? and not d.listed",
        [channel],
    ).fetchall()
    return [row[0] for row in rows]


def _earlier(con: duckdb.DuckDBPyConnection, channel: str, since: datetime) -> int:
    """Leads new to the user from before `since`, counted for a channel that has sent
    nothing yet (one set up after the first runs); 0 once it has."""
    row = con.execute(
        "select count(*) from marts.ranked_leads where in_ranking and status = 'new' "
        "and first_seen < ? and not exists (select 1 from state.digests "
        "where channel = ? and status = 'sent')",
        [since, channel],
    ).fetchone()
    return row[0] if row else 0


def _reminded(con: duckdb.DuckDBPyConnection, channel: str) -> set[tuple[str, date]]:
    """The follow-ups `channel` has reminded of, by the lead's id now: a re-merge that
    names a lead after another of its postings must not remind of it again."""
    rows = con.execute(
        "select lead_id, follow_up from state.digest_follow_ups where channel = ?", [channel]
    ).fetchall()
    now_named = find_leads(con, {lead_id for lead_id, _ in rows})
    return {(now_named.get(lead_id) or lead_id, follow_up) for lead_id, follow_up in rows}


def last_sent(con: duckdb.DuckDBPyConnection, channel: str) -> datetime | None:
    """When `channel` last delivered a digest (tests and failures do not count)."""
    row = con.execute(
        "select max(sent_at) from state.digests where channel = ? and status = 'sent'", [channel]
    ).fetchone()
    return row[0] if row else None


def record(
    con: duckdb.DuckDBPyConnection,
    digest: Digest,
    *,
    digest_id: str,
    status: str,
    sent_at: datetime,
    size: int,
    error: str | None = None,
) -> None:
    """Log a digest attempt; a sent one also marks its postings and reminders delivered."""
    con.execute("begin transaction")
    try:
        con.execute(
            "insert into state.digests values (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [digest_id, digest.channel, sent_at, status, len(digest.leads),
             len(digest.follow_ups), size, digest.since, error],
        )  # fmt: skip
        if status == "sent":
            _mark_delivered(con, digest, digest_id)
        con.execute("commit")
    except duckdb.Error:
        con.execute("rollback")
        raise


def _mark_delivered(con: duckdb.DuckDBPyConnection, digest: Digest, digest_id: str) -> None:
    listed = [lead.lead_id for lead in digest.leads]
    con.execute(
        "insert into state.digest_postings select ?, source, source_id, ?, "
        "list_contains(?, lead_id) from staging.lead_members "
        "where list_contains(?, lead_id) or list_contains(?, lead_id) "
        "on conflict do update set listed = digest_postings.listed or excluded.listed, "
        "digest_id = if(excluded.listed, excluded.digest_id, digest_postings.digest_id)",
        [digest.channel, digest_id, listed, listed, list(digest.below_floor)],
    )
    reminders = pd.DataFrame(
        [(digest.channel, f.lead_id, f.follow_up, digest_id) for f in digest.follow_ups],
        columns=["channel", "lead_id", "follow_up", "digest_id"],
    )
    if not reminders.empty:
        con.register("reminders", reminders)
        con.execute(
            "insert into state.digest_follow_ups by name select * from reminders "
            "on conflict do nothing"
        )
        con.unregister("reminders")
