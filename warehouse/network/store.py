"""The network in the warehouse: imported contacts (raw) and resolved people (staging).

Importing is idempotent: a contact is keyed by platform, tie and its strongest handle,
so the same export imported twice changes nothing and a newer export updates in place.
Emails and phones stay in `state.network_contacts` for identity resolution only; people,
views and exports carry e-mail *domains* at most.
"""

from __future__ import annotations

import hashlib
import json
import uuid
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

import duckdb
import pandas as pd

from extractors._orgs import normalize_org
from extractors.network import (
    REGISTER_ONLY,
    Contact,
    ImportResult,
    Limits,
    Problem,
    import_paths,
)
from extractors.network._fingerprint import fingerprint
from warehouse import clock, load
from warehouse.db import replace_rows
from warehouse.network.identity import CHAT, NO_TIE, TIE_WEIGHTS, Person, normalize_name, resolve
from warehouse.network.paths import tie_summary
from warehouse.verdicts import record_stated


@dataclass(frozen=True)
class ImportCounts:
    """Contacts by whether the import added, changed or kept them. A register-only
    record is no contact: a `wrote` one (the user wrote, no answer) counts in
    `unanswered`, and either kind in `changed`, which says whether the people need
    resolving again."""

    new: int
    updated: int
    unchanged: int
    unanswered: int = 0  # people the user wrote who never answered: their register only
    changed: int = 0  # records new or updated, register-only ones too


def contact_key(contact: Contact) -> str:
    """The identity of a contact within its export kind, stable across exports. A name
    (and organisation) alone is not: two Facebook friends of one name differ by their
    friendship date, two address-book namesakes by their phone."""
    prefix = f"{contact.platform}:{contact.tie}"
    if contact.handle:
        return f"{prefix}:{contact.handle.lower()}"
    if contact.emails:
        return f"{prefix}:email:{contact.emails[0].lower()}"
    if contact.name:
        org = normalize_org(contact.organisation) or ""
        key = f"{prefix}:name:{normalize_name(contact.name)}|{org}"
        # in UTC: read back from DuckDB, a time comes in the session's time zone
        # a conversation's date is its latest message's, not who they are: a long
        # thread's parts are one record
        dated = contact.since if contact.tie != CHAT else None
        since = dated.astimezone(UTC).isoformat() if dated else None
        detail = since or next(iter(contact.phones), "")
        return f"{key}|{detail}" if detail else key
    return f"{prefix}:{contact.file}:{contact.line}"


def _row(contact: Contact, now: datetime) -> dict[str, object]:
    content: tuple[object, ...] = (
        contact.name, contact.organisation, contact.role, contact.since, sorted(contact.emails),
        sorted(contact.phones), sorted(contact.handles.items()),
    )  # fmt: skip
    # a country only where read, so that contacts without one keep the hash they had
    content += (contact.country,) if contact.country else ()
    content += (contact.register,) if contact.register else ()
    content += (f"language:{contact.language}",) if contact.language else ()
    content += (f"reading:{contact.reading}",) if contact.reading else ()
    return {
        "contact_key": contact_key(contact),
        "platform": contact.platform,
        "tie": contact.tie,
        "handle": contact.handle,
        "name": contact.name,
        "organisation": contact.organisation,
        "role": contact.role,
        "since": contact.since,
        "emails": list(contact.emails),
        "phones": list(contact.phones),
        "handles": json.dumps(contact.handles, sort_keys=True),
        "file": contact.file,
        "line": contact.line,
        "country": contact.country,
        "register": contact.register,
        "language": contact.language,
        "reading": contact.reading,
        "content_hash": hashlib.sha256(repr(content).encode()).hexdigest(),
        "first_imported_at": now,
        "updated_at": now,
    }


def _older(since: object, than: object) -> bool:
    """Whether a record of a contact is dated before another of it (a long thread's part
    before a later one): the later stands."""
    return isinstance(since, datetime) and isinstance(than, datetime) and since < than


def store_contacts(con: duckdb.DuckDBPyConnection, result: ImportResult) -> ImportCounts:
    """Upsert an import's contacts; a contact seen twice in one import counts once."""
    now = clock.now()
    rows: dict[str, dict[str, object]] = {}
    for contact in result.contacts:
        row = _row(contact, now)
        kept = rows.get(str(row["contact_key"]))
        if kept is None or not _older(row["since"], kept["since"]):
            rows[str(row["contact_key"])] = row
    if not rows:
        return ImportCounts(0, 0, 0)
    con.register("imported", pd.DataFrame(list(rows.values())))
    none = ", ".join(f"'{tie}'" for tie in sorted(REGISTER_ONLY))
    contacts, new, updated, unanswered, changed = con.execute(
        f"""
        select count(*) filter (where i.tie not in ({none})),
               count(*) filter (where c.contact_key is null and i.tie not in ({none})),
               count(*) filter (where c.content_hash <> i.content_hash and i.tie not in ({none})),
               count(*) filter (where i.tie = '{NO_TIE}'),
               count(*) filter (where c.contact_key is null or c.content_hash <> i.content_hash)
        from imported as i left join state.network_contacts as c using (contact_key)
        """  # noqa: S608 - constants
    ).fetchone() or (0, 0, 0, 0, 0)
    con.execute(
        """
        insert into state.network_contacts by name select * from imported
        on conflict (contact_key) do update set
            name = excluded.name, organisation = excluded.organisation,
            role = excluded.role, since = excluded.since, emails = excluded.emails,
            phones = excluded.phones, handles = excluded.handles, file = excluded.file,
            line = excluded.line, country = excluded.country,
            register = excluded.register, language = excluded.language,
            content_hash = excluded.content_hash,
            updated_at = excluded.updated_at
        where state.network_contacts.content_hash <> excluded.content_hash
          and (excluded.tie <> 'chat' or state.network_contacts.since is null
               or excluded.since >= state.network_contacts.since)
        """
    )
    con.unregister("imported")
    unchanged = int(contacts) - int(new) - int(updated)
    return ImportCounts(int(new), int(updated), unchanged, int(unanswered), int(changed))


def record_files(con: duckdb.DuckDBPyConnection, result: ImportResult) -> None:
    """Log which files an import read, with their contacts and problems."""
    problems: dict[str, int] = {}
    for problem in result.problems:
        problems[problem.file] = problems.get(problem.file, 0) + 1
    now = clock.now()
    frame = pd.DataFrame(
        [
            (file, importer, count, problems.get(file, 0), now)
            for file, importer, count in result.files
        ],
        columns=["file", "importer", "contacts", "problems", "imported_at"],
    )
    if not frame.empty:
        con.register("import_log", frame)
        con.execute("insert into state.network_files by name select * from import_log")
        con.unregister("import_log")


_CONTACT_COLUMNS = (
    "platform", "tie", "handle", "name", "organisation", "role", "since", "emails", "phones",
    "handles", "file", "line", "country", "register", "language", "reading",
)  # fmt: skip


def read_contacts(con: duckdb.DuckDBPyConnection) -> list[Contact]:
    """Every stored contact, back as importer records."""
    cursor = con.execute(f"select {', '.join(_CONTACT_COLUMNS)} from state.network_contacts")  # noqa: S608
    contacts = []
    for row in cursor.fetchall():
        values = dict(zip(_CONTACT_COLUMNS, row, strict=True))
        values["emails"] = tuple(values["emails"] or ())
        values["phones"] = tuple(values["phones"] or ())
        values["handles"] = json.loads(values["handles"] or "{}")
        contacts.append(Contact(**values))
    return contacts


def refresh_people(con: duckdb.DuckDBPyConnection) -> list[Person]:
    """Resolve contacts into people; rewrite people, their ties and their contacts."""
    people = resolve(read_contacts(con))
    replace_rows(con, "staging.people", pd.DataFrame([_person_row(p) for p in people]))
    ties = pd.DataFrame(
        [
            {"person_id": p.person_id, "platform": platform, "tie": tie,
             "since": p.since.get((platform, tie)), "weight": TIE_WEIGHTS.get(tie, 0.0)}
            for p in people
            for platform, tie in p.ties
        ]
    )  # fmt: skip
    links = pd.DataFrame(
        [
            {"contact_key": contact_key(c), "person_id": p.person_id}
            for p in people
            for c in p.contacts
        ]
    )
    replace_rows(con, "staging.person_ties", ties)
    replace_rows(con, "staging.person_contacts", links)
    return people


def _person_row(person: Person) -> dict[str, object]:
    return {
        "person_id": person.person_id,
        "name": person.name,
        "organisation": person.organisation,
        "organisation_norm": normalize_org(person.organisation),
        "role": person.role,
        "platforms": list(person.platforms),
        "handles": json.dumps(person.handles, sort_keys=True),
        "domains": list(person.domains),
        "ties": [f"{platform}:{tie}" for platform, tie in person.ties],
        "tie_strength": person.strength,
        "tie_summary": tie_summary(person),
        "since": min(person.since.values(), default=None),
    }


def import_network(
    con: duckdb.DuckDBPyConnection,
    paths: list[str],
    limits: Limits | None = None,
    *,
    run_id: str | None = None,
    scan_messages: bool = False,
) -> tuple[ImportResult, ImportCounts]:
    """Read exports (files, folders, .zip, .tgz) within `limits` and store what they hold."""
    result = import_paths(paths, limits, scan_messages=scan_messages)
    return result, store_import(con, result, run_id=run_id)


@dataclass(frozen=True)
class ConfiguredRead:
    """What a run or rebuild did with the configured exports: `read` the new or changed
    ones (and those that cannot be read: their problems are in `result`), left the
    `unchanged` ones alone."""

    result: ImportResult
    counts: ImportCounts
    read: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)

    def __str__(self) -> str:
        said = f"{_exports(len(self.read))} read (new or changed)" if self.read else ""
        if self.read:
            said += f": {self.counts.new} new, {self.counts.updated} updated contacts"
            asks = len(self.result.postings)
            said += f", {asks} posting{'' if asks == 1 else 's'}" if asks else ""
        if self.unchanged:
            said += "; " if said else ""
            said += f"{_exports(len(self.unchanged))} unchanged, not read again"
        return said


def _exports(count: int) -> str:
    return f"{count} export{'' if count == 1 else 's'}"


MISSING_EXPORT = "no such file or folder (listed in [network] files)"


def import_configured(
    con: duckdb.DuckDBPyConnection,
    paths: list[Path],
    limits: Limits | None = None,
    *,
    run_id: str | None = None,
    scan_messages: bool = False,
) -> ConfiguredRead:
    """Read the `[network] files` whose hash moved since they were last read in full
    (new, changed, a folder with a file more or less, upgraded readers, `scan_messages`
    switched) and store what they hold; the others are not read again. An export that
    could not be read whole is read every time, so each run names its problem."""
    stored = dict(con.execute("select path, fingerprint from state.network_reads").fetchall())
    merged, read, unchanged, done = ImportResult(), [], [], {}
    for path in paths:
        if not path.exists():  # the config names it: say where to mend it
            merged.problems.append(Problem(str(path), 0, MISSING_EXPORT))
            read.append(str(path))
            continue
        key = str(path.resolve())
        hashed = fingerprint(path, scan_messages=scan_messages)
        if hashed is not None and stored.get(key) == hashed:
            unchanged.append(str(path))
            continue
        result = import_paths([str(path)], limits, scan_messages=scan_messages)
        for part in ("contacts", "problems", "postings", "files"):
            getattr(merged, part).extend(getattr(result, part))
        read.append(str(path))
        if hashed is not None and not any(p.line == 0 for p in result.problems):
            done[key] = hashed
    counts = store_import(con, merged, run_id=run_id) if read else ImportCounts(0, 0, 0)
    if done:
        now = clock.now()
        con.executemany(
            "insert or replace into state.network_reads values (?, ?, ?)",
            [(key, hashed, now) for key, hashed in done.items()],
        )
    return ConfiguredRead(merged, counts, read, unchanged)


def store_import(
    con: duckdb.DuckDBPyConnection, result: ImportResult, *, run_id: str | None = None
) -> ImportCounts:
    """Store what an import read in one transaction: contacts, the files' log, and the
    postings some exports hold (LinkedIn's Jobs; asks when scanned).

    The postings load as part of run `run_id`; without one, an import that found
    postings records a run of its own, so their first and last seen are dated."""
    own_run = run_id is None and bool(result.postings)
    run = run_id or uuid.uuid4().hex[:12]
    con.execute("begin transaction")
    try:
        if own_run:
            load.start_run(con, run, load.IMPORT_RUN)
        counts = store_contacts(con, result)
        record_files(con, result)
        store_postings(con, run, result)
        if own_run:
            load.finish_run(con, run)
        con.execute("commit")
    except duckdb.Error:
        con.execute("rollback")
        raise
    return counts


def store_postings(
    con: duckdb.DuckDBPyConnection, run_id: str, result: ImportResult
) -> dict[str, load.LoadCounts]:
    """Upsert an import's postings; a job application marks its posting `applied`
    the first time the export states it (never over a verdict already there)."""
    applied = [
        (p.source, p.source_id, datetime.fromisoformat(p.extra["applied_at"]))
        for p in load.merge_imported(result.postings)
        if p.extra.get("applied_at")
    ]
    counts = load.store_imported(con, run_id, result.postings)
    record_stated(con, applied, "applied", who="linkedin-export")
    return counts
