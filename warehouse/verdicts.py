"""The user's verdicts, stored per member posting so they survive re-merges.

A verdict says who set it: the user (`leads mark`), or an import that states one (the
LinkedIn export's job applications are `applied`, who = 'linkedin-export'). An import
only fills postings that have no verdict, so it never overrides the user; `leads mark
... new` is stored too, so a later import does not undo it.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import UTC, datetime

import duckdb
import pandas as pd


def mark_lead(con: duckdb.DuckDBPyConnection, lead_id: str, status: str) -> int:
    """Record the user's `status` on every posting of a lead; postings touched. `new`
    is recorded too: it clears the lead's verdict and keeps imports from setting one."""
    members = con.execute(
        "select source, source_id from staging.lead_members where lead_id = ?", [lead_id]
    ).fetchall()
    if not members:
        return 0
    con.execute("begin transaction")
    for source, source_id in members:
        con.execute(
            "delete from main.verdicts where source = ? and source_id = ?", [source, source_id]
        )
        con.execute(
            "insert into main.verdicts values (?, ?, ?, ?, 'user')",
            [source, source_id, status, datetime.now(UTC)],
        )
    con.execute("commit")
    return len(members)


def record_stated(
    con: duckdb.DuckDBPyConnection,
    verdicts: Iterable[tuple[str, str, datetime]],
    status: str,
    who: str,
) -> int:
    """Set `status` on postings ((source, source_id, when)) that have no verdict yet;
    how many were set. Runs inside the caller's transaction."""
    frame = pd.DataFrame(list(verdicts), columns=["source", "source_id", "marked_at"])
    if frame.empty:
        return 0
    frame = frame.drop_duplicates(["source", "source_id"])
    frame["status"], frame["who"] = status, who
    con.register("stated_verdicts", frame)
    added = con.execute(
        """
        insert into main.verdicts by name
        select s.* from stated_verdicts as s
        anti join main.verdicts as v using (source, source_id)
        """
    ).fetchone()
    con.unregister("stated_verdicts")
    return int(added[0]) if added else 0
