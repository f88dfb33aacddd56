"""Follow-ups and notes: `leads mark` (several ids, stdin, history), `due`, `open`, `intro`."""

from __future__ import annotations

import json
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest
from typer.testing import CliRunner

from leads.__main__ import app
from leads.mark import follow_up_date
from warehouse.db import connect
from warehouse.pipeline import refresh
from warehouse.verdicts import mark_leads

runner = CliRunner()


def leads(*args: str, stdin: str | None = None) -> tuple[int, str]:
    result = runner.invoke(app, list(args), input=stdin)
    return result.exit_code, result.output


def _sql(config: str, query: str) -> list[dict[str, object]]:
    code, out = leads("sql", query, "-f", "json", "--config", config)
    assert code == 0, out
    return json.loads(out)


def _top(config: str, n: int) -> list[str]:
    rows = _sql(config, f"select lead_id from ranked_leads where rank <= {n} order by rank")
    return [str(row["lead_id"]) for row in rows]


def test_mark_takes_several_ids_in_any_case_with_a_note_and_a_follow_up(demo_dir: Path) -> None:
    config = str(demo_dir / "leads.toml")
    first, second = _top(config, 2)
    code, out = leads(
        "mark", first.upper(), second, "applied", "--note", "sent CV", "--follow-up", "+3d",
        "--config", config,
    )  # fmt: skip
    assert code == 0, out
    due = (datetime.now(UTC).date() + timedelta(days=3)).isoformat()
    rows = _sql(
        config,
        f"select lead_id, status, note, follow_up from ranked_leads "
        f"where lead_id in ('{first}', '{second}') order by lead_id",
    )
    assert rows == [
        {"lead_id": lead, "status": "applied", "note": "sent CV", "follow_up": due}
        for lead in sorted([first, second])
    ]


def test_a_follow_up_in_the_past_is_kept_and_said_to_be_due(demo_dir: Path) -> None:
    config = str(demo_dir / "leads.toml")
    (first,) = _top(config, 1)
    code, out = leads("mark", first, "applied", "--follow-up", "2025-01-01", "--config", config)
    assert code == 0 and "(follow up 2025-01-01, already due)" in out, out
    code, out = leads("mark", first, "applied", "--follow-up", "+1d", "--config", config)
    assert code == 0 and "already due" not in out, out


def test_mark_reads_ids_from_stdin_and_an_unknown_id_changes_nothing(demo_dir: Path) -> None:
    config = str(demo_dir / "leads.toml")
    ids = _top(config, 3)
    assert leads("mark", "-", "ignored", "--config", config, stdin="\n".join(ids) + "\n")[0] == 0
    statuses = _sql(config, f"select status from ranked_leads where lead_id in {tuple(ids)}")
    assert {row["status"] for row in statuses} == {"ignored"}
    code, out = leads("mark", ids[0], "Lnosuchlead00", "won", "--config", config)
    assert code == 2 and "Lnosuchlead00" in out
    assert _sql(config, f"select status from ranked_leads where lead_id = '{ids[0]}'") == [
        {"status": "ignored"}
    ]


@pytest.mark.parametrize(
    ("typed", "status"),
    [
        (["Not_A_Fit"], "not-a-fit"),
        (["not", "interested"], "not-a-fit"),  # typed unquoted: three arguments
        (["not", "a", "fit"], "not-a-fit"),
        (["pitched"], "applied"),
        (["Interviewing"], "interview"),
        (["rejected"], "lost"),
    ],
)
def test_mark_takes_the_words_people_use_for_a_verdict(
    demo_dir: Path, typed: list[str], status: str
) -> None:
    config = str(demo_dir / "leads.toml")
    first, second = _top(config, 2)
    code, out = leads("mark", first, second, *typed, "--config", config)
    assert code == 0, out
    assert f"{first}: {status}" in out and f"{second}: {status}" in out
    rows = _sql(config, f"select status from ranked_leads where lead_id in ('{first}', '{second}')")
    assert [row["status"] for row in rows] == [status, status]
    leads("mark", first, second, "new", "--config", config)


def test_mark_rejected_says_it_is_the_clients_no_and_names_the_users_own(
    demo_dir: Path,
) -> None:
    """ "Rejected" reads either way: kept as lost (the client said no), and the line says
    so once, naming not-a-fit for a lead the user turns down; an unambiguous word adds
    nothing."""
    config = str(demo_dir / "leads.toml")
    first, second = _top(config, 2)
    code, out = leads("mark", first, second, "Rejected", "--config", config)
    flat = " ".join(out.split())
    assert code == 0 and f"{first}: lost" in flat, out
    assert flat.count("'Rejected' is lost: the client turned you down") == 1
    assert "a lead you turn down is not-a-fit" in flat
    code, out = leads("mark", first, second, "hired", "--config", config)
    assert code == 0 and "turned you down" not in out and " is won" not in out
    leads("mark", first, second, "new", "--config", config)


# "contacted" may mean the contact on the referral path, not the client: refused
@pytest.mark.parametrize(
    "typed", [["maybe"], ["declined"], ["interested"], ["applied?"], ["contacted"]]
)
def test_mark_refuses_a_word_that_names_no_verdict_and_changes_nothing(
    demo_dir: Path, typed: list[str]
) -> None:
    config = str(demo_dir / "leads.toml")
    (first,) = _top(config, 1)
    query = f"select status, note from ranked_leads where lead_id = '{first}'"
    before = _sql(config, query)
    code, out = leads("mark", first, *typed, "--config", config)
    assert code == 2 and f"{typed[-1]!r} is not one of" in " ".join(out.split())
    assert "'not-a-fit'" in out
    assert _sql(config, query) == before


def test_history_keeps_every_verdict_and_won_and_lost_leave_the_ranking(demo_dir: Path) -> None:
    config = str(demo_dir / "leads.toml")
    lead = _top(config, 1)[0]
    for status in ("applied", "replied", "interview", "won"):
        assert leads("mark", lead, status, "--config", config)[0] == 0
    history = _sql(
        config,
        f"select status, who from verdict_history where lead_id = '{lead}' "
        "group by status, who order by min(event_id)",
    )
    assert history == [
        {"status": s, "who": "user"} for s in ("applied", "replied", "interview", "won")
    ]
    assert _sql(config, f"select rank, status from ranked_leads where lead_id = '{lead}'") == [
        {"rank": None, "status": "won"}
    ]


def test_an_importers_verdict_never_replaces_the_users(demo_dir: Path) -> None:
    config = str(demo_dir / "leads.toml")
    mine, other = _top(config, 2)
    assert leads("mark", mine, "not-a-fit", "--config", config)[0] == 0
    con = connect(demo_dir / "leads.duckdb")
    marked = mark_leads(con, [mine, other], "applied", who="linkedin-job-applications")
    con.close()
    assert marked.kept >= 1
    rows = _sql(
        config,
        f"select lead_id, status from ranked_leads where lead_id in ('{mine}', '{other}')",
    )
    assert {row["lead_id"]: row["status"] for row in rows} == {mine: "not-a-fit", other: "applied"}
    who = _sql(config, f"select distinct who from verdict_history where lead_id = '{mine}'")
    assert {row["who"] for row in who} == {"user", "linkedin-job-applications"}


def test_due_lists_follow_ups_that_have_come(demo_dir: Path) -> None:
    config = str(demo_dir / "leads.toml")
    late, later = _top(config, 2)
    yesterday = (datetime.now(UTC).date() - timedelta(days=1)).isoformat()
    assert leads("mark", late, "applied", "--follow-up", yesterday, "--config", config)[0] == 0
    assert leads("mark", later, "replied", "--follow-up", "+2w", "--config", config)[0] == 0
    code, out = leads("due", "--config", config)
    assert code == 0 and late in out and later not in out
    code, out = leads("due", "--within", "14", "--config", config)
    assert late in out and later in out


def test_due_keeps_each_lead_id_on_one_line_to_copy(
    demo_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    config = str(demo_dir / "leads.toml")
    lead = _top(config, 1)[0]
    note = "sent my CV and two case studies; ask about the start date and the day rate " * 2
    assert leads("mark", lead, "applied", "--note", note, "--follow-up", "+0d",
                 "--config", config)[0] == 0  # fmt: skip
    monkeypatch.setenv("COLUMNS", "80")  # a plain terminal
    code, out = leads("due", "--config", config)
    assert code == 0 and lead in out, out
    # the title keeps a readable width: its first words on one line, not a word a line
    title = _sql(config, f"select title from ranked_leads where lead_id = '{lead}'")[0]["title"]
    assert title[:30] in out, out


@pytest.mark.parametrize(
    ("text", "expected"),
    [("+3d", date(2026, 12, 6)), ("+2w", date(2026, 12, 17)), ("2027-01-05", date(2027, 1, 5))],
)
def test_follow_up_dates(text: str, expected: date) -> None:
    assert follow_up_date(text, today=date(2026, 12, 3)) == expected


def test_a_bad_follow_up_is_a_usage_error(demo_dir: Path) -> None:
    lead = _top(str(demo_dir / "leads.toml"), 1)[0]
    code, out = leads(
        "mark", lead, "applied", "--follow-up", "soon", "--config", str(demo_dir / "leads.toml")
    )
    assert code == 2 and "--follow-up" in out


def test_open_opens_only_http_links(demo_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    config = str(demo_dir / "leads.toml")
    opened: list[str] = []
    monkeypatch.setattr("webbrowser.open", opened.append)
    lead = _top(config, 1)[0]
    assert leads("open", lead.lower(), "--config", config)[0] == 0
    url = _sql(config, f"select url from ranked_leads where lead_id = '{lead}'")[0]["url"]
    assert opened == [url]
    con = connect(demo_dir / "leads.duckdb")
    hostile = "update staging.lead_content set url = 'javascript:alert(1)' where lead_id = ?"
    con.execute(hostile, [lead])
    con.close()
    code, out = leads("open", lead, "--config", config)
    assert code == 2 and "not http(s)" in out and opened == [url]


def test_intro_drafts_a_request_from_the_export_and_the_profile(demo_dir: Path) -> None:
    config = demo_dir / "leads.toml"
    lead = _sql(
        str(config),
        "select lead_id from lead_contacts join ranked_leads using (lead_id) "
        "where contact = 'Rahul Sen' and title = 'Senior Data Engineer' "
        "and url like 'https://jobs.lever.co/%'",  # jobicy lists it too, as another lead
    )
    code, out = leads("intro", str(lead[0]["lead_id"]), "--config", str(config))
    assert code == 0, out
    assert "To: Rahul Sen, Engineering Manager at Kestrel Robotics GmbH" in out
    assert "connected on LinkedIn since March 2024" in out
    assert "last messaged 10 November 2026" in out
    assert out.count("Hi Rahul,") == 1 and "Kestrel Robotics" in out
    assert "https://jobs.lever.co/kestrel/" in out
    # the demo's [profile] skills, spelled as their makers do, and engagements
    assert "Python, dbt, DuckDB, Airflow and Postgres, available for freelance, contract" in out
    # messaged this month: no "I hope all is well", no "we haven't talked"
    assert "hope all is well" not in out and "haven't talked" not in out
    # a note for Rahul, and below it one he can forward as it is
    note, forwardable = out.split("\n---\n")
    assert "forward the note below" in note and forwardable.startswith("Hi, I'm ")
    assert "Senior Data Engineer role at Kestrel Robotics (https://jobs.lever.co/" in forwardable
    assert "contract or part-time work" in out
    config.write_text(
        config.read_text(encoding="utf-8")
        + '\n[intro]\nname = "Alex Brandt"\n'
        + 'template = "Dear $contact: $role at $link. $your_name"\n',
        encoding="utf-8",
    )
    code, out = leads("intro", str(lead[0]["lead_id"]), "--config", str(config))
    assert "Dear Rahul Sen: Senior Data Engineer at https://jobs.lever.co/kestrel/" in out
    assert out.rstrip().endswith("Alex Brandt")


def _intro(config: str, via: str) -> str:
    lead = _sql(config, f"select lead_id from lead_contacts where network_via like '{via}'")
    code, out = leads("intro", str(lead[0]["lead_id"]), "--config", config)
    assert code == 0, out
    return " ".join(out.split())


def test_intro_to_whoever_asked_or_posted_offers_help_instead_of_asking_for_an_intro(
    demo_dir: Path,
) -> None:
    config = str(demo_dir / "leads.toml")
    asked = _intro(config, "asked by Katrin%")  # "Kennst du jemanden, der uns ... helfen könnte?"
    posted = _intro(config, "posted by Lena Roth%")  # her own HN post
    for draft in (asked, posted):
        assert "forward the note" not in draft and "whoever is hiring" not in draft
        assert "short call" in draft or "kurz telefonieren" in draft
    # the line naming whom it is for is in the draft's language
    assert asked.startswith("To: Katrin Vogel, Data Analyst at Hafenblick")  # a note to the user
    assert "Hallo Katrin," in asked
    # her message is the lead: the reply answers it (in German, as she wrote, with "du"),
    # not quotes it back with a link to its own thread
    assert "danke für deine Nachricht! Dabei könnte ich selbst helfen" in asked
    # dbt alone: her message asks for it, not for the profile's other skills
    assert "Ich arbeite freiberuflich mit dbt, auch in Teilzeit" in asked
    assert "Kennst du" not in asked and "linkedin.com/messaging" not in asked
    assert posted.startswith("To: Lena Roth") and "Hi Lena," in posted
    # her post's header: the draft names its role, not every field (nor its rate)
    assert "your post about the Analytics engineer (dbt + DuckDB) role: https://" in posted
    assert "$" not in posted and "/h" not in posted


def test_intro_to_an_ask_by_email_links_no_page(demo_dir: Path) -> None:
    config = str(demo_dir / "leads.toml")
    lead = _sql(
        config, "select lead_id from lead_contacts where network_via = 'asked by Lena Roth'"
    )
    code, out = leads("intro", str(lead[0]["lead_id"]), "--config", config)
    assert code == 0 and "Thanks for your message" in out, out
    assert "message:" not in out  # its id in the inbox, no page to open
    assert "\n\n\n" not in out


def test_intro_greets_a_contact_known_by_a_handle_by_its_name(demo_dir: Path) -> None:
    draft = _intro(str(demo_dir / "leads.toml"), "posted by mira@hachyderm.example%")
    assert "Hi Mira," in draft and "mira@hachyderm.example," not in draft
    # the user only follows her: the draft says so rather than feigning a friendship
    assert "We haven't met: I follow you on Mastodon." in draft


def test_intro_without_a_path_says_so(demo_dir: Path) -> None:
    config = str(demo_dir / "leads.toml")
    lead = _sql(
        config,
        "select lead_id from ranked_leads where lead_id not in "
        "(select lead_id from lead_contacts) limit 1",
    )[0]["lead_id"]
    code, out = leads("intro", str(lead), "--config", config)
    assert code == 2 and "no referral path" in out


def test_a_contacts_own_post_is_not_flagged_for_naming_no_employer(demo_dir: Path) -> None:
    config = demo_dir / "leads.toml"
    query = (
        "select c.network_via, r.legitimacy, r.red_flags, r.in_ranking from ranked_leads r "
        "inner join lead_contacts c using (lead_id) where c.contact_is_hiring "
        "order by c.network_via"
    )
    vouched = _sql(str(config), query)
    assert {row["network_via"] for row in vouched} >= {"asked by Katrin Vogel"}
    for row in vouched:
        assert not any(str(f).startswith("no_employer") for f in row["red_flags"]), row
        assert row["legitimacy"] == 1.0 and row["in_ranking"], row
    # a stranger's gig naming no company keeps the flag
    stranger = _sql(
        str(config),
        "select red_flags from ranked_leads where poster = 'bayleaf_shop'",
    )
    assert stranger[0]["red_flags"][0].startswith("no_employer: names no employer")
    # a contact's post whose other flags keep it under the floor stays ranked; the
    # stranger's does not
    con = connect(demo_dir / "leads.duckdb")
    try:
        con.execute(
            "update staging.lead_content set legitimacy = 0.2, red_flags = "
            "['urgency: pressures you to act fast', 'no_employer: names no employer'] "
            "where poster in ('Katrin Vogel', 'bayleaf_shop') or lead_id in "
            "(select lead_id from marts.lead_contacts where network_via = 'asked by Katrin Vogel')"
        )
        refresh(con, "marts.leads")
        rows = con.execute(
            "select poster is distinct from 'bayleaf_shop', in_ranking, red_flags, excluded_reason "
            "from marts.ranked_leads where legitimacy = 0.2 order by 1"
        ).fetchall()
    finally:
        con.close()
    assert rows == [
        (False, False, ["urgency: pressures you to act fast", "no_employer: names no employer"],
         "flagged: pressures you to act fast"),
        (True, True, ["urgency: pressures you to act fast"], None),
    ]  # fmt: skip


def test_intro_to_a_full_time_post_offers_it_as_posted_not_part_time_work(demo_dir: Path) -> None:
    config = str(demo_dir / "leads.toml")
    leads_ = _sql(
        config,
        "select lead_id from lead_contacts join ranked_leads using (lead_id) "
        "where engagement = 'full_time' order by lead_id limit 1",
    )
    code, out = leads("intro", str(leads_[0]["lead_id"]), "--config", config)
    assert code == 0, out
    said = " ".join(out.split())
    # the demo's [profile] takes freelance, contract and part-time work, not full-time
    assert "I'm open to the role as posted, or to helping on a freelance basis" in said
    assert "part-time work" not in said
