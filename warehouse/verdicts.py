"""The user's verdicts, stored per member posting so they survive re-merges."""

from __future__ import annotations

from datetime import UTC, datetime

import duckdb


def mark_lead(con: duckdb.DuckDBPyConnection, lead_id: str, status: str) -> int:
    """Record `status` on every posting of a lead (`new` clears it); postings touched."""
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
        if status != "new":
            con.execute(
                "insert into main.verdicts values (?, ?, ?, ?)",
                [source, source_id, status, datetime.now(UTC)],
            )
    con.execute("commit")
    return len(members)
