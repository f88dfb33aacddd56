"""Leads from the user's own data in the warehouse: LinkedIn's Jobs, alert e-mails and
asks from the network, through dedupe, verdicts, referral paths and the ranking."""

from __future__ import annotations

import shutil
from dataclasses import replace
from datetime import UTC, datetime
from email.message import EmailMessage
from pathlib import Path

import pytest
from conftest import FIXTURES

from extractors import inbox
from extractors._contract import Posting
from extractors._runner import ParsedPosting, SourceResult, run_source
from warehouse import build, load
from warehouse.db import connect
from warehouse.network.store import import_network
from warehouse.ranking.profile import Profile, RankingSettings
from warehouse.verdicts import mark_leads

PROFILE = Profile(skills=("dbt", "airflow", "python"), locations=("EU",))
BOARD_JOB = Posting(
    source="greenhouse",
    source_id="7904518",
    url="https://fernhill.example/careers?gh_jid=7904518",
    title="Contract Analytics Engineer (dbt)",
    company="Fernhill Analytics",
    text="A six-month contract to own our dbt project. " * 10,
    posted_at=datetime(2026, 11, 25, tzinfo=UTC),
    location="Remote - Europe",
)


@pytest.fixture
def con(tmp_path: Path):
    connection = connect(tmp_path / "w.duckdb")
    load.start_run(connection, "run-1", "test")
    yield connection
    connection.close()


def _build(con) -> None:  # type: ignore[no-untyped-def]
    build.build(con, PROFILE, RankingSettings())


def _store(con, result: SourceResult, module=inbox) -> None:  # type: ignore[no-untyped-def]
    load.store_result(con, "run-1", result, windowed=True)


def _board(con) -> None:  # type: ignore[no-untyped-def]
    result = SourceResult("greenhouse", postings=[ParsedPosting(BOARD_JOB, "h", "fernhill")])
    load.store_result(con, "run-1", result, windowed=False)


def _lead(con, title: str) -> dict[str, object]:  # type: ignore[no-untyped-def]
    cursor = con.execute("select * from ranked_leads where title = ?", [title])
    rows = cursor.fetchall()
    assert len(rows) == 1, rows
    return dict(zip([d[0] for d in cursor.description], rows[0], strict=True))


def test_saved_applied_alert_and_board_copies_of_one_job_are_one_applied_lead(con) -> None:
    _board(con)
    _store(con, run_source(inbox, inbox.Settings(paths=(str(FIXTURES / "inbox"),))))
    result, _ = import_network(con, [str(FIXTURES / "network" / "linkedin")])
    _build(con)
    lead = _lead(con, "Contract Analytics Engineer (dbt)")
    assert lead["sources"] == ["greenhouse", "inbox", "linkedin"]
    assert lead["url"] == BOARD_JOB.url  # the employer's own board represents the lead
    assert lead["status"] == "applied"
    who = con.execute(
        "select who, status from state.verdicts where source = 'linkedin' and source_id = ?",
        ["4390011223"],
    ).fetchall()
    assert who == [("linkedin-export", "applied")]
    # saved and applied: one posting with both dates; the import ran as a run of its own
    extra = con.execute(
        "select extra ->> 'saved_at', extra ->> 'applied_at' from state.postings "
        "where source = 'linkedin' and source_id = '4390011223'"
    ).fetchone()
    assert extra == ("2026-11-28T09:05:00+00:00", "2026-11-29T10:12:00+00:00")
    runs = con.execute(
        "select s.source, s.new from state.source_runs s join state.runs r using (run_id) "
        "where r.config_path = 'leads network import'"
    ).fetchall()
    assert runs == [("linkedin", 5)]
    attributions = {
        r[0] for r in con.execute("select source from main.source_attributions").fetchall()
    }
    assert {"linkedin", "inbox"} <= attributions


def test_an_import_never_overrides_the_users_verdict_and_reimports_change_nothing(con) -> None:
    export = [str(FIXTURES / "network" / "linkedin")]
    import_network(con, export)
    _build(con)
    lead_id = _lead(con, "Contract Data Engineer (dbt, Postgres)")["lead_id"]
    mark_leads(con, [str(lead_id)], "new")
    import_network(con, export)
    _build(con)
    assert _lead(con, "Contract Data Engineer (dbt, Postgres)")["status"] == "new"
    counts = con.execute(
        "select sum(new), sum(updated) from state.source_runs where source = 'linkedin'"
    ).fetchone()
    assert counts == (5, 0)


def test_an_imported_verdict_names_its_lead_in_the_history_as_a_mark_does(con) -> None:
    _board(con)
    _build(con)  # the board copy is a lead before the export comes
    import_network(con, [str(FIXTURES / "network" / "linkedin")])
    _build(con)  # the new saved jobs join leads only now
    lead_id = _lead(con, "Contract Analytics Engineer (dbt)")["lead_id"]
    mark_leads(con, [str(lead_id)], "interview")
    history = con.execute(
        "select who, source, lead_id from state.verdict_history order by event_id"
    ).fetchall()
    imported = [(source, lead) for who, source, lead in history if who == "linkedin-export"]
    assert imported and all(lead is not None for _, lead in imported)
    by_mark = {(source, lead) for who, source, lead in history if who == "user"}
    assert ("linkedin", lead_id) in imported and ("linkedin", lead_id) in by_mark


def test_a_job_from_the_export_is_dated_saved_or_applied_unless_a_board_dates_it(con) -> None:
    reposted = replace(BOARD_JOB, posted_at=datetime(2026, 12, 1, tzinfo=UTC))  # after saving
    result = SourceResult("greenhouse", postings=[ParsedPosting(reposted, "h", "fernhill")])
    load.store_result(con, "run-1", result, windowed=False)
    imported, _ = import_network(con, [str(FIXTURES / "network" / "linkedin")])
    _build(con)
    dated = {
        title: (basis, at and f"{at:%Y-%m-%d}", reason)
        for title, basis, at, reason in con.execute(
            "select title, date_basis, posted_at, s.reason from ranked_leads "
            "join lead_signals as s using (lead_id) where s.signal = 'freshness'"
        ).fetchall()
    }
    board = dated["Contract Analytics Engineer (dbt)"]  # saved 11-28, applied 11-29
    assert board[:2] == ("posted", "2026-12-01") and board[2].startswith("posted ")
    saved = dated["Data Engineer, Streaming"]
    assert saved[:2] == ("saved", "2026-09-01") and saved[2].startswith("saved ")
    applied = dated["Contract Data Engineer (dbt, Postgres)"]
    assert applied[:2] == ("applied", "2025-06-14") and applied[2].startswith("applied ")
    # "yesterday": no date, and no stand-in for one (it was not saved on the day of import)
    assert dated["Data Platform Lead"] == ("saved", None, "saved, date unknown (imported today)")
    (problem,) = [p for p in imported.problems if "unreadable date" in p.message]
    assert (Path(problem.file).name, problem.line) == ("Saved Jobs.csv", 6)


def test_an_id_from_a_warehouse_that_saw_the_job_first_elsewhere_finds_it(tmp_path) -> None:
    """Two warehouses that met a job's copies in turn name it after other copies; either
    id finds it in both, in any case, and the report's link lands on it."""
    from warehouse.lead_ids import find_leads, posting_id
    from warehouse.lead_rows import lead_rows

    export = [str(FIXTURES / "network" / "linkedin")]
    first, second = connect(tmp_path / "a.duckdb"), connect(tmp_path / "b.duckdb")
    load.start_run(first, "run-1", "test")
    _board(first)  # the board first: named after its posting
    import_network(first, export)
    import_network(second, export)  # the export first: named after the saved job
    load.start_run(second, "run-1", "test")
    _board(second)
    for warehouse in (first, second):
        _build(warehouse)
    title = "Contract Analytics Engineer (dbt)"
    board_id, saved_id = _lead(first, title)["lead_id"], _lead(second, title)["lead_id"]
    assert board_id == posting_id("greenhouse", "7904518")  # dedupe's rule, as lead_ids has it
    assert saved_id == posting_id("linkedin", "4390011223")
    assert find_leads(first, [saved_id.upper()]) == {saved_id.upper(): board_id}
    assert find_leads(second, [board_id]) == {board_id: saved_id}
    marked = mark_leads(second, [board_id], "shortlisted", note="from my notes")
    assert (marked.lead_ids, marked.unknown) == ((saved_id,), ())
    assert _lead(second, title)["status"] == "shortlisted"
    assert find_leads(first, ["L00000000000"]) == {"L00000000000": None}
    (row,) = lead_rows(first, "l.lead_id = ?", [board_id])
    assert saved_id in row.aliases and board_id not in row.aliases
    first.close()
    second.close()


def test_alert_jobs_are_ranked_and_a_relayed_scam_is_flagged(con) -> None:
    _store(con, run_source(inbox, inbox.Settings(paths=(str(FIXTURES / "inbox"),))))
    _build(con)
    scam = _lead(con, "Data Entry Assistant - Work From Home")
    assert not scam["in_ranking"] and any(
        f.startswith(("chat_app", "chat_handle")) for f in scam["red_flags"]
    )
    upwork = _lead(con, "dbt + Snowflake consultant for a 3-month migration")
    assert upwork["in_ranking"] and upwork["sources"] == ["inbox"]
    assert upwork["engagement"] == "freelance" and "dbt" in upwork["skills_matched"]
    assert not any("short_text" in f for f in upwork["red_flags"])


def test_an_ask_from_a_connection_is_a_lead_with_the_asker_as_path(con, tmp_path) -> None:
    export = tmp_path / "export"
    shutil.copytree(FIXTURES / "network" / "linkedin_asks", export)
    import_network(con, [str(export)], scan_messages=True)
    _build(con)
    rows = con.execute(
        "select poster, network_path, network_strength, in_ranking, sources from ranked_leads "
        "order by poster"
    ).fetchall()
    by_poster = {poster: rest for poster, *rest in rows}
    assert set(by_poster) == {"Jonas Weber", "Katrin Vogel", "Lucía Fernández", "Tanvir Rahman"}
    path, strength, ranked, sources = by_poster["Katrin Vogel"]
    assert path == "Katrin Vogel asked you (LinkedIn, connected 2025, messaged 2026)"
    assert strength > 0.9 and ranked and sources == ["network-message"]
    # the stranger's InMail is stored as a candidate but is no lead
    assert con.execute(
        "select count(*) from state.postings where poster = 'Morgan Hale'"
    ).fetchone() == (1,)


def test_an_e_mail_ask_from_an_address_book_contact(con, tmp_path) -> None:
    lines = [
        "BEGIN:VCARD",
        "VERSION:3.0",
        "FN:Lena Roth",
        "EMAIL:lena@voltwerk.example",
        "END:VCARD",
    ]
    vcard = "\r\n".join(lines) + "\r\n"
    (tmp_path / "contacts.vcf").write_text(vcard, encoding="utf-8")
    import_network(con, [str(tmp_path / "contacts.vcf")])
    settings = inbox.Settings(
        paths=(str(FIXTURES / "inbox" / "personal_ask.eml"),), scan_messages=True
    )
    _store(con, run_source(inbox, settings))
    _build(con)
    lead = _lead(con, "Can you help us with the Airflow upgrade in January?")
    assert lead["network_path"] == "Lena Roth asked you (address book, a contact)"
    assert lead["sources"] == ["network-message"]


def test_the_demo_ranks_own_leads_merged_with_their_board_copies(built_demo: Path) -> None:
    con = connect(built_demo / "leads.duckdb", read_only=True)
    try:
        rows = con.execute(
            "select title, sources, status, network_path, in_ranking from ranked_leads "
            "where list_has_any(sources, ['inbox', 'linkedin', 'network-message'])"
        ).fetchall()
    finally:
        con.close()
    leads = {title: rest for title, *rest in rows}
    assert leads["Contract Analytics Engineer (dbt)"][:2] == [
        ["greenhouse", "inbox", "linkedin"], "applied",
    ]  # fmt: skip
    assert leads["Contract Data Engineer (dbt, Postgres)"][0] == ["ashby", "inbox"]
    assert leads["Freelance Analytics Engineer (dbt, DuckDB)"][0] == [
        "inbox", "jobposting", "mastodon",
    ]  # fmt: skip
    asks = {path for _, _, path, ranked in leads.values() if path and "asked you" in path}
    assert asks == {
        "Katrin Vogel asked you (LinkedIn, connected 2025, messaged 2026)",
        "Lena Roth asked you (address book, a contact)",
    }
    assert not leads["Data Entry Clerk - Work From Home"][3]  # a relayed scam
    assert not any("Fortune 500" in title for title in leads)  # a stranger's InMail


def test_rebuild_reparses_the_stored_alert_documents(con) -> None:
    from warehouse.reparse import reparse

    _store(con, run_source(inbox, inbox.Settings(paths=(str(FIXTURES / "inbox"),))))
    result = reparse(con)["inbox"]
    # every job of the fixture alerts: 15 in English, 14 in German and French, 2 in
    # Portuguese, 6 in Spanish, 2 in Japanese, 5 of the UK's Reed and CV-Library, 2 of
    # an ISO-2022-JP mail, 3 and 2 of digests linked through SendGrid (Remote OK's and
    # FlexJobs'), 2 results of a Google Alert and 2 each of two boards no parser knows
    # (Naukrigulf's and skywalker.gr's, read by their cards)
    assert result.stats["parsed"] == 57 and "failed/pages" not in result.stats
    assert result.stats.get("updated", 0) == 0  # the same documents say the same


def test_each_alert_lead_credits_its_own_alert_and_other_sources_keep_theirs(con) -> None:
    _board(con)
    _store(con, run_source(inbox, inbox.Settings(paths=(str(FIXTURES / "inbox"),))))
    _build(con)
    rows = con.execute(
        "select l.posting_keys, r.attribution from ranked_leads as r "
        "join marts.leads as l using (lead_id) where list_contains(r.sources, 'inbox')"
    ).fetchall()
    assert rows
    # each inbox posting's credit is one alert's, or the mail's where it names no platform;
    # a board's copy in the same lead keeps its source's own
    sources = [a for (a,) in con.execute("select attribution from staging.sources").fetchall()]
    short = {c.partition(": ")[0] for c in [*inbox.CREDITS.values(), *sources]}
    for _, attribution in rows:
        assert "LinkedIn, Upwork" not in attribution  # never the list of every sender
        heads = {part.partition(": ")[0] for part in attribution.split(" | ")}
        assert heads <= short, attribution
    credited = {k: a for keys, a in rows for k in keys}
    linkedin = [a for k, a in credited.items() if k.startswith("inbox:linkedin:")]
    assert linkedin and all("LinkedIn alert: " in a for a in linkedin)
    # a job in an unknown sender's schema.org markup or cards names no platform: the mail is
    # credited (one job in markup, four in two boards' cards); one behind SendGrid's
    # tracker, which any sender uses, is its sender's board's (Remote OK)
    opaque = sorted(a.partition(": ")[0] for k, a in credited.items() if k.startswith("inbox:url:"))
    assert (
        opaque
        == ["FlexJobs alert"] * 2
        + ["Google alert"] * 2
        + ["Remote OK alert"] * 3
        + ["Your job-alert mail"] * 5
    )
    # the employer's own board keeps its own duty beside the alert's credit
    board = con.execute(
        "select attribution from ranked_leads where title = ?", [BOARD_JOB.title]
    ).fetchone()
    assert board is not None and "Greenhouse job boards" in board[0]


@pytest.mark.parametrize(
    ("sender", "link", "credit"),
    [
        ("Indeed <alert@indeed.com>",
         "https://cts.indeed.com/v3/H4sIAAAAAAAA_3WQwU7DMBBE_2XPOchQ0l8BnZAgVMn4gmiTV0c7a/c2ln",
         "Indeed alert: "),
        # ZipRecruiter's single-use `/km/` token, read by the boards' parser
        ("ZipRecruiter <alerts@ziprecruiter.com>",
         "https://www.ziprecruiter.com/km/AAHq2ryj6HJ-cmDasT4yKkIjaXctZZWf",
         "ZipRecruiter alert: "),
    ],
)  # fmt: skip
def test_a_job_behind_an_opaque_tracker_link_credits_the_alert_that_listed_it(
    con, tmp_path: Path, sender: str, link: str, credit: str
) -> None:
    mail = EmailMessage()
    mail["From"], mail["To"] = sender, "sam@mail.example"
    mail["Subject"], mail["Message-ID"] = "2 new airflow jobs", "<opaque-1@alerts.example>"
    mail["Date"] = "Thu, 03 Dec 2026 06:10:00 +0000"
    mail.set_content(f"Airflow Engineer (contract)\nNorthgate Retail - Remote\n{link}")
    mail.add_alternative(
        f'<table><tr><td><a href="{link}"><b>Airflow Engineer (contract)</b></a></td></tr>'
        "<tr><td>Northgate Retail</td></tr><tr><td>Remote in UK</td></tr></table>",
        subtype="html",
    )
    (tmp_path / "alert.eml").write_bytes(bytes(mail))
    _store(con, run_source(inbox, inbox.Settings(paths=(str(tmp_path),))))
    _build(con)
    lead = _lead(con, "Airflow Engineer (contract)")
    assert lead["attribution"].startswith(credit)  # its id is a hash of its card
