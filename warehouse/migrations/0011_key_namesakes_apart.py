"""Contacts known by name alone are keyed with their friendship date, else their first
phone, so two namesakes are two contacts (`warehouse.network.store.contact_key`).

The stored keys follow, or the next import would store each such contact again beside
its old row, and resolving people would meet one key twice. The rule is written out
here, as it was when this migration was written, not imported: a later change of
`contact_key` needs its own migration.
"""

from __future__ import annotations

from datetime import UTC, datetime

import duckdb


def migrate(con: duckdb.DuckDBPyConnection) -> None:
    rows = con.execute(
        "select contact_key, platform, tie, since, phones from state.network_contacts "
        "where handle is null and coalesce(len(emails), 0) = 0 and name is not null"
    ).fetchall()
    renamed = [
        (key, f"{key}|{detail}")
        for key, platform, tie, since, phones in rows
        if _named_only(key, platform, tie) and (detail := _detail(since, phones))
    ]
    if not renamed:
        return
    con.execute("create temp table rekeyed (old_key varchar, new_key varchar)")
    con.executemany("insert into rekeyed values (?, ?)", renamed)
    con.execute(
        """
        insert into state.network_contacts by name
        select c.* replace (r.new_key as contact_key)
        from state.network_contacts as c
        inner join rekeyed as r on r.old_key = c.contact_key
        where r.new_key not in (select contact_key from state.network_contacts)
        """
    )
    con.execute(
        "delete from state.network_contacts where contact_key in (select old_key from rekeyed)"
    )
    con.execute("drop table rekeyed")


def _named_only(key: str, platform: str, tie: str) -> bool:
    """A key of the old form `platform:tie:name:NAME|ORG`, without a detail."""
    prefix = f"{platform}:{tie}:name:"
    return key.startswith(prefix) and key[len(prefix) :].count("|") == 1


def _detail(since: datetime | None, phones: list[str] | None) -> str:
    return since.astimezone(UTC).isoformat() if since else next(iter(phones or ()), "")
