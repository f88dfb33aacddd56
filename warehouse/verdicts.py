"""Verdicts on leads: the current one per member posting, and every one ever given.

A verdict attaches to a lead but is stored per member posting (`state.verdicts`), so it
survives re-merges: marking one copy of a job covers all its copies. Each verdict also
lands in `state.verdict_history` (who, when, what, note, follow-up), which is never
rewritten (only an import's empty lead id is filled once its posting has a lead: its
verdict comes before the build that clusters it), so a user can ask which sources and
referral paths led to replies and wins.

`who` is USER for the user's own `leads mark`; an importer passes its own name (say
"linkedin-job-applications"), and its verdict never replaces one the user gave.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime

import duckdb
import pandas as pd

from warehouse import clock
from warehouse.lead_ids import find_leads
from warehouse.pipeline import refresh

USER = "user"
# in pipeline order; "new" clears a verdict
STATUSES = (
    "new", "shortlisted", "applied", "replied", "interview", "won", "lost", "ignored",
    "not-a-fit",
)  # fmt: skip
_PIPELINE = STATUSES[: STATUSES.index("won") + 1]  # the steps a lead goes through in turn
# the words people use for a verdict that are not its name (keys as `_key` writes them):
# a freelancer "pitches" a client where an employee applies; "contacted" is refused, as
# a user of referral paths may mean the contact, not the client (and a draft would then
# say "I've applied")
SYNONYMS = {
    "notinterested": "not-a-fit", "nofit": "not-a-fit", "pitched": "applied",
    "interviewing": "interview", "shortlist": "shortlisted", "hired": "won", "rejected": "lost",
    "ignore": "ignored",
}  # fmt: skip
# the synonyms a user may mean the other way round, and what the mark line adds about them
READINGS = {"rejected": "the client turned you down; a lead you turn down is not-a-fit"}


def _key(text: str) -> str:
    """A status word without case, spaces, hyphens or underscores ("Not a fit" -> notafit)."""
    return "".join(c for c in text.casefold() if c not in " -_")


_BY_KEY = {_key(s): s for s in STATUSES} | SYNONYMS


def status_named(text: str) -> str:
    """The status a user's word names: a status in any case and spacing ("not_a_fit"),
    or a word people use for one ("not interested" is not-a-fit, "pitched" applied)."""
    if status := _BY_KEY.get(_key(text)):
        return status
    raise ValueError(f"unknown status {text!r} (known: {', '.join(STATUSES)})")


def reading_of(text: str) -> str | None:
    """What a verdict word a user may mean the other way round was read as ("'rejected'
    is lost: the client turned you down; ..."), else None."""
    key = _key(text)
    return f"{text!r} is {SYNONYMS[key]}: {READINGS[key]}" if key in READINGS else None


def next_status(status: str) -> str:
    """The verdict a lead most likely gets next (applied after shortlisted), to offer
    first; a lead past the pipeline (won, lost, ignored) keeps its own."""
    if status in _PIPELINE[:-1]:
        return _PIPELINE[_PIPELINE.index(status) + 1]
    return status


@dataclass(frozen=True)
class Marked:
    """What one `mark_leads` call did: lead ids as stored, postings touched, unknown ids."""

    lead_ids: tuple[str, ...]
    postings: int
    kept: int  # postings whose user verdict an importer's verdict left alone
    unknown: tuple[str, ...]


def mark_leads(
    con: duckdb.DuckDBPyConnection,
    ids: Iterable[str],
    status: str,
    *,
    who: str = USER,
    note: str | None = None,
    follow_up: date | None = None,
    now: datetime | None = None,
) -> Marked:
    """Give `status` to every posting of each lead (`new` clears it), in one transaction.

    A verdict replaces a posting's current one (status, note and follow-up together),
    except that a verdict from someone other than USER never replaces the user's own;
    it is still kept in the history. The ranking is refreshed in the same transaction.
    """
    if status not in STATUSES:
        raise ValueError(f"unknown status {status!r} (known: {', '.join(STATUSES)})")
    found = find_leads(con, ids)
    lead_ids = tuple(dict.fromkeys(v for v in found.values() if v))
    unknown = tuple(k for k, v in found.items() if v is None)
    at = now or clock.now()
    con.execute("begin transaction")
    try:
        members = _members_frame(con, lead_ids)
        con.register("marked", members)
        con.execute(
            "insert into state.verdict_history "
            "(source, source_id, lead_id, status, who, note, follow_up, marked_at) "
            "select source, source_id, lead_id, ?, ?, ?, ?, ? from marked",
            [status, who, note, follow_up, at],
        )
        kept = _replace_current(con, status, who, note, follow_up, at)
        con.unregister("marked")
        refresh(con, "state.verdicts")  # the ranking shows the verdict without a build
        con.execute("commit")
    except duckdb.Error:
        con.execute("rollback")
        raise
    return Marked(lead_ids, len(members), kept, unknown)


def _members_frame(con: duckdb.DuckDBPyConnection, lead_ids: tuple[str, ...]) -> pd.DataFrame:
    cursor = con.execute(
        "select source, source_id, lead_id from staging.lead_members "
        "where list_contains(?::varchar[], lead_id) order by lead_id, source, source_id",
        [list(lead_ids)],
    )
    return pd.DataFrame(cursor.fetchall(), columns=["source", "source_id", "lead_id"])


def _replace_current(
    con: duckdb.DuckDBPyConnection,
    status: str,
    who: str,
    note: str | None,
    follow_up: date | None,
    at: datetime,
) -> int:
    """Swap the current verdict of the marked postings; returns how many were kept."""
    kept = 0
    if who != USER:
        (kept,) = con.execute(
            "select count(*) from state.verdicts inner join marked using (source, source_id) "
            "where who = ?",
            [USER],
        ).fetchall()[0]
    con.execute(
        "delete from state.verdicts as v using marked as m "
        "where v.source = m.source and v.source_id = m.source_id "
        "and (? = ? or v.who is distinct from ?)",
        [who, USER, USER],
    )
    if status != "new":
        con.execute(
            "insert into state.verdicts (source, source_id, status, marked_at, who, note, "
            "follow_up) select m.source, m.source_id, ?, ?, ?, ?, ? from marked as m "
            "anti join state.verdicts as v using (source, source_id)",
            [status, at, who, note, follow_up],
        )
    return kept


def record_stated(
    con: duckdb.DuckDBPyConnection,
    verdicts: Iterable[tuple[str, str, datetime]],
    status: str,
    who: str,
) -> int:
    """Give `status` to postings ((source, source_id, when)) an import states it for,
    where nobody gave one yet and the user never did (a `leads mark ... new` stays the
    user's word); how many were set. Runs inside the caller's transaction."""
    frame = pd.DataFrame(list(verdicts), columns=["source", "source_id", "marked_at"])
    if frame.empty:
        return 0
    con.register("stated", frame.drop_duplicates(["source", "source_id"]))
    fresh = con.execute(
        """
        select s.source, s.source_id, s.marked_at from stated as s
        anti join state.verdicts as v using (source, source_id)
        anti join (select source, source_id from state.verdict_history where who = ?)
            as u using (source, source_id)
        """,
        [USER],
    ).fetchall()
    con.unregister("stated")
    if not fresh:
        return 0
    rows = pd.DataFrame(fresh, columns=["source", "source_id", "marked_at"])
    rows["status"], rows["who"] = status, who
    con.register("stated_rows", rows)
    con.execute("insert into state.verdicts by name select * from stated_rows")
    con.execute(
        "insert into state.verdict_history (source, source_id, lead_id, status, who, marked_at) "
        "select s.source, s.source_id, m.lead_id, s.status, s.who, s.marked_at "
        "from stated_rows as s left join staging.lead_members as m using (source, source_id)"
    )
    con.unregister("stated_rows")
    return len(rows)


def name_leads(con: duckdb.DuckDBPyConnection) -> int:
    """Fill the lead of the verdicts stated before their posting had one (an import's:
    the build after it clusters the new posting), as `leads mark` records its own; how
    many. A posting that is no lead (an ask from a stranger) stays without one."""
    row = con.execute(
        """
        update state.verdict_history as h set lead_id = m.lead_id
        from staging.lead_members as m
        where h.lead_id is null and m.source = h.source and m.source_id = h.source_id
        """
    ).fetchone()
    return int(row[0]) if row else 0


@dataclass(frozen=True)
class FollowUp:
    lead_id: str
    follow_up: date
    status: str
    title: str | None
    company: str | None
    note: str | None
    url: str


def due_follow_ups(con: duckdb.DuckDBPyConnection, today: date) -> list[FollowUp]:
    """Leads whose follow-up date is today or past, the most overdue first."""
    rows = con.execute(
        "select lead_id, follow_up, status, title, company, note, url from marts.ranked_leads "
        "where follow_up <= ? order by follow_up, rank nulls last, lead_id",
        [today],
    ).fetchall()
    return [FollowUp(*row) for row in rows]
