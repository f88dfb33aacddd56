"""The digest: what is pending per channel, sent once, over real SMTP and HTTP on loopback."""

from __future__ import annotations

import json
import shutil
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from typer.testing import CliRunner

from extractors._runner import SourceResult
from flows.config import load_config
from leads.__main__ import app
from notify.deliver import Outcome, due_now, send_digests, send_tests
from warehouse import clock
from warehouse.db import connect
from warehouse.load import finish_run, record_source_run, start_run
from warehouse.pipeline import refresh
from warehouse.verdicts import mark_leads

UTC_ZONE = ZoneInfo("UTC")
NOW = datetime(2026, 12, 3, 7, 0, tzinfo=UTC)


def _configure(demo_dir: Path, notify: str) -> Path:
    config = demo_dir / "leads.toml"
    config.write_text(config.read_text(encoding="utf-8") + notify, encoding="utf-8")
    return config


def _email(port: int, extra: str = "") -> str:
    return (
        f'\n[notify]\n{extra}\n[notify.email]\nhost = "127.0.0.1"\nport = {port}\n'
        'security = "none"\nfrom = "warmleads <leads@example.test>"\n'
        'to = ["me@example.test"]\n'
    )


def _best_named(con, lead_id: str) -> str:
    """How a subject names a lead: its title's start (a long one is cut at a word)."""
    (title,) = con.execute("select title from ranked_leads where lead_id = ?", [lead_id]).fetchone()
    return title[:30]


def _new_leads(con) -> list[str]:
    rows = con.execute(
        "select lead_id from ranked_leads where in_ranking and is_new and status = 'new' "
        "and meets_floor order by rank"
    ).fetchall()
    return [row[0] for row in rows]


def test_one_email_lists_exactly_the_new_leads_and_a_second_sends_nothing(
    demo_dir, smtp_inbox
) -> None:
    port, inbox = smtp_inbox
    config = load_config(_configure(demo_dir, _email(port)))
    con = connect(config.warehouse_path)
    expected = _new_leads(con)
    best = _best_named(con, expected[0])
    first = send_digests(con, config.notify, NOW, UTC_ZONE)
    second = send_digests(con, config.notify, NOW + timedelta(hours=1), UTC_ZONE)
    logged = con.execute("select status, leads, bytes from state.digests").fetchall()
    con.close()
    assert [o.status for o in first] == ["sent"]
    assert [o.status for o in second] == ["nothing new"]
    assert len(inbox.messages) == 1
    mail = inbox.messages[0]
    # the inbox line names the best of them, so it says whether the mail is worth opening
    assert mail["Subject"].startswith(f"warmleads: {len(expected)} new leads, best: {best}")
    assert mail.get_content_type() == "multipart/alternative"
    plain = mail.get_body(("plain",)).get_content()
    html = mail.get_body(("html",)).get_content()
    assert [line.split()[2] for line in plain.splitlines() if "leads mark" in line] == expected
    assert all(f"leads mark {lead} shortlisted" in html for lead in expected)
    assert "ask Rahul Sen for an intro" in plain and "ask Rahul Sen for an intro" in html
    assert logged == [("sent", len(expected), first[0].size)]


def test_the_html_part_escapes_posting_text(demo_dir, smtp_inbox) -> None:
    port, inbox = smtp_inbox
    config = load_config(_configure(demo_dir, _email(port)))
    con = connect(config.warehouse_path)
    lead = _new_leads(con)[0]
    con.execute(
        "update staging.lead_content set title = '<script>alert(1)</script>', "
        "url = 'javascript:alert(1)'"
        " where lead_id = ?",
        [lead],
    )
    refresh(con, "marts.leads")  # what reads the tampered table sees it
    send_digests(con, config.notify, NOW, UTC_ZONE)
    con.close()
    html = inbox.messages[0].get_body(("html",)).get_content()
    assert "<script>" not in html and "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    assert "javascript:" not in html


def test_a_failed_send_is_recorded_and_its_leads_stay_pending(demo_dir, smtp_inbox) -> None:
    from conftest import free_port

    port, inbox = smtp_inbox
    config_path = _configure(demo_dir, _email(free_port()))  # nobody listens there
    config = load_config(config_path)
    con = connect(config.warehouse_path)
    expected = _new_leads(con)
    failed = send_digests(con, config.notify, NOW, UTC_ZONE)
    assert failed[0].status == "failed" and "SMTP 127.0.0.1" in (failed[0].error or "")
    text = config_path.read_text(encoding="utf-8").replace(
        f"port = {config.notify.channels['email'].port}", f"port = {port}"
    )
    config_path.write_text(text, encoding="utf-8")
    working = load_config(config_path)
    sent = send_digests(con, working.notify, NOW + timedelta(minutes=5), UTC_ZONE)
    statuses = con.execute("select status from state.digests order by sent_at").fetchall()
    con.close()
    assert sent[0].status == "sent" and sent[0].leads == len(expected)
    assert statuses == [("failed",), ("sent",)]
    assert len(inbox.messages) == 1


def test_follow_ups_due_are_sent_once_and_marked_leads_are_not_new(demo_dir, smtp_inbox) -> None:
    port, inbox = smtp_inbox
    config = load_config(_configure(demo_dir, _email(port)))
    con = connect(config.warehouse_path)
    first, second = _new_leads(con)[:2]
    named = _best_named(con, first)
    send_digests(con, config.notify, NOW, UTC_ZONE)
    mark_leads(con, [first], "applied", note="sent a CV", follow_up=date(2026, 12, 3))
    assert send_digests(con, config.notify, NOW + timedelta(hours=1), UTC_ZONE)[0].status == (
        "sent"
    )
    again = send_digests(con, config.notify, NOW + timedelta(hours=2), UTC_ZONE)
    con.close()
    assert again[0].status == "nothing new"
    reminder = inbox.messages[1]
    assert reminder["Subject"].startswith(f"warmleads: 1 follow-up due: {named}")
    plain = reminder.get_body(("plain",)).get_content()
    assert f"[{first}]" in plain and "applied" in plain and "sent a CV" in plain
    assert second not in plain
    # what to do about it: the verdict it most likely gets next, to copy
    html = reminder.get_body(("html",)).get_content()
    assert f"leads mark {first} replied" in plain and f"leads mark {first} replied" in html


def test_nothing_is_sent_when_nothing_is_pending_unless_send_empty(demo_dir, smtp_inbox) -> None:
    port, inbox = smtp_inbox
    config = load_config(_configure(demo_dir, _email(port, "send_empty = true")))
    con = connect(config.warehouse_path)
    send_digests(con, config.notify, NOW, UTC_ZONE)
    empty = send_digests(con, config.notify, NOW + timedelta(hours=1), UTC_ZONE)
    con.close()
    assert empty[0].status == "sent" and empty[0].leads == 0
    assert inbox.messages[1]["Subject"] == "warmleads: no new leads"


@pytest.mark.parametrize(
    ("cadence", "last", "now", "due"),
    [
        ("run", datetime(2026, 12, 3, 6, 59, tzinfo=UTC), NOW, True),
        ("daily", datetime(2026, 12, 3, 0, 30, tzinfo=UTC), NOW, False),
        ("daily", datetime(2026, 12, 2, 7, 0, 5, tzinfo=UTC), NOW, True),  # 23h59m earlier
        ("weekly", datetime(2026, 11, 30, 7, 0, tzinfo=UTC), NOW, False),  # same ISO week
        ("weekly", datetime(2026, 11, 29, 7, 0, tzinfo=UTC), NOW, True),
        ("daily", None, NOW, True),
    ],
)
def test_cadence_sends_once_per_day_or_week(cadence, last, now, due) -> None:
    assert due_now(cadence, last, now, UTC_ZONE) is due


def test_what_a_channel_did_counts_in_words() -> None:
    sent = Outcome("email", "sent", leads=1, follow_ups=1, size=3269)
    assert str(sent) == "email sent (1 lead, 1 follow-up, 3269 bytes)"
    assert str(Outcome("email", "sent", leads=2)) == "email sent (2 leads, 0 follow-ups, 0 bytes)"
    # one that sent nothing says why after a colon, as the run summary's `digest:` line shows
    assert str(Outcome("email", "nothing new")) == "email: nothing new"
    assert str(Outcome("ntfy", "not due (daily)")) == "ntfy: not due (daily)"


def test_daily_days_are_those_of_the_schedule_time_zone() -> None:
    tokyo = ZoneInfo("Asia/Tokyo")  # 2026-12-02 20:00 UTC is already the 3rd in Tokyo
    assert not due_now("daily", datetime(2026, 12, 2, 20, 0, tzinfo=UTC), NOW, tokyo)
    assert due_now("daily", datetime(2026, 12, 2, 14, 0, tzinfo=UTC), NOW, tokyo)


def test_the_webhook_gets_json_and_chat_channels_get_text(
    demo_dir, httpserver, monkeypatch
) -> None:
    for name in ("webhook", "slack", "discord"):
        httpserver.expect_request(f"/{name}", method="POST").respond_with_data("ok")
        monkeypatch.setenv(f"TEST_{name.upper()}_URL", httpserver.url_for(f"/{name}"))
    httpserver.expect_request("/warmleads-test", method="POST").respond_with_data("ok")
    notify = (
        '\n[notify]\n[notify.webhook]\nurl_env = "TEST_WEBHOOK_URL"\n'
        '[notify.slack]\nurl_env = "TEST_SLACK_URL"\n'
        '[notify.discord]\nurl_env = "TEST_DISCORD_URL"\n'
        f'[notify.ntfy]\nserver = "{httpserver.url_for("/").rstrip("/")}"\n'
        'topic = "warmleads-test"\n'
    )
    config = load_config(_configure(demo_dir, notify))
    con = connect(config.warehouse_path)
    expected = _new_leads(con)
    outcomes = send_digests(con, config.notify, NOW, UTC_ZONE)
    con.close()
    assert {o.channel: o.status for o in outcomes} == dict.fromkeys(
        ("webhook", "slack", "discord", "ntfy"), "sent"
    )
    received = {request.path: request for request, _ in httpserver.log}
    payload = json.loads(received["/webhook"].data)
    assert payload["type"] == "warmleads.digest"
    assert [lead["lead_id"] for lead in payload["leads"]] == expected
    discord = json.loads(received["/discord"].data)
    assert len(discord["content"]) <= 2000 and discord["allowed_mentions"] == {"parse": []}
    slack = json.loads(received["/slack"].data)["text"]
    assert expected[0] in slack and "<" not in slack
    ntfy = received["/warmleads-test"]
    assert ntfy.headers["Title"].startswith(f"warmleads: {len(expected)} new leads, best: ")
    assert len(ntfy.data) <= 4096


def test_errors_name_the_host_never_the_secret_url(demo_dir, httpserver, monkeypatch) -> None:
    httpserver.expect_request("/hooks/T000/SECRET").respond_with_data("gone", status=404)
    monkeypatch.setenv("TEST_SLACK_URL", httpserver.url_for("/hooks/T000/SECRET"))
    monkeypatch.delenv("UNSET_VARIABLE_FOR_TEST", raising=False)
    notify = (
        '\n[notify]\n[notify.slack]\nurl_env = "TEST_SLACK_URL"\n'
        '[notify.webhook]\nurl_env = "UNSET_VARIABLE_FOR_TEST"\n'
    )
    config = load_config(_configure(demo_dir, notify))
    con = connect(config.warehouse_path)
    outcomes = {o.channel: o for o in send_tests(con, config.notify, NOW, UTC_ZONE)}
    errors = [row[0] for row in con.execute("select error from state.digests").fetchall()]
    con.close()
    assert outcomes["slack"].error == "HTTP 404 from localhost"
    assert "UNSET_VARIABLE_FOR_TEST is empty or unset" in (outcomes["webhook"].error or "")
    assert not any("SECRET" in (error or "") for error in errors)


def test_the_digest_commands_name_a_config_a_bare_leads_would_not_find(
    demo_dir, smtp_inbox, monkeypatch
) -> None:
    import shlex

    from typer.testing import CliRunner

    from leads.__main__ import app

    port, inbox = smtp_inbox
    config = _configure(demo_dir, _email(port))
    runner = CliRunner()
    monkeypatch.delenv("LEADS_CONFIG", raising=False)
    monkeypatch.chdir(demo_dir)  # here a bare `leads` finds it: the commands stay bare
    preview = runner.invoke(app, ["digest", "--dry-run", "--config", "leads.toml"])
    assert "   leads mark L" in preview.output and " -c " not in preview.output
    monkeypatch.chdir(demo_dir.parent)  # no leads.toml here: `leads mark` alone misses it
    preview = runner.invoke(app, ["digest", "--dry-run", "--config", str(config)])
    sent = runner.invoke(app, ["digest", "--config", str(config)])
    assert (preview.exit_code, sent.exit_code) == (0, 0), preview.output + sent.output
    command = f"leads -c {shlex.quote(str(config.resolve()))}"
    # the preview wraps a long path anywhere (a worker's tmp folder is longer): no spaces
    assert "".join(f"{command} mark L".split()) in "".join(preview.output.split())
    plain = inbox.messages[0].get_body(("plain",)).get_content()
    html = inbox.messages[0].get_body(("html",)).get_content()
    marks = [line.strip() for line in plain.splitlines() if " mark " in line]
    assert marks and all(line.startswith(f"{command} mark L") for line in marks)
    assert f"{command} intro L" in plain and f"{command} report" in html
    assert f"<code>{command} mark L" in html and "<code>leads mark" not in html


def test_a_new_users_first_digest_lists_what_their_import_and_first_run_found(
    tmp_path, smtp_inbox
) -> None:
    """Import, then a first run that fetched nothing (offline): the asks the import found
    are new, as `leads top --new` says, and the first e-mail lists them."""
    port, inbox = smtp_inbox
    export = tmp_path / "export"
    shutil.copytree(Path(__file__).parents[1] / "fixtures" / "network" / "linkedin_asks", export)
    config_path = tmp_path / "leads.toml"
    config_path.write_text(
        '[profile]\nskills = ["python", "dbt", "airflow"]\nroles = ["data engineer"]\n'
        "[network]\nscan_messages = true\n" + _email(port),
        encoding="utf-8",
    )
    result = CliRunner().invoke(app, ["network", "import", str(export), "-c", str(config_path)])
    assert result.exit_code == 0, result.output
    config = load_config(config_path)
    con = connect(config.warehouse_path)
    start_run(con, "first", str(config_path))
    record_source_run(con, "first", SourceResult("remotive", status="failed"))
    finish_run(con, "first")
    expected = _new_leads(con)
    sent = send_digests(con, config.notify, clock.now(), UTC_ZONE)
    con.close()
    assert expected and sent[0].status == "sent" and sent[0].leads == len(expected)
    plain = inbox.messages[0].get_body(("plain",)).get_content()
    assert all(f"leads mark {lead} shortlisted" in plain for lead in expected)


def test_a_subject_cuts_a_long_title_at_a_word_and_names_the_company() -> None:
    from notify.render import subject
    from warehouse.digest import Digest
    from warehouse.verdicts import FollowUp

    def due(title: str, company: str | None) -> FollowUp:
        return FollowUp("L1", date(2026, 12, 3), "applied", title, company, None, "https://x.test")

    long = "Freelance Analytics Engineer (dbt, DuckDB) for a three-month warehouse rebuild"
    cut = subject(Digest("email", None, [], [due(long, "Tidepool Labs"), due("Other", None)]))
    assert cut == (
        "warmleads: 2 follow-ups due: Freelance Analytics Engineer (dbt, DuckDB) for a"
        "... at Tidepool Labs"
    )
    assert subject(Digest("email", None, [], [due("Data Engineer", None)])) == (
        "warmleads: 1 follow-up due: Data Engineer"
    )
    assert subject(Digest("email", None, [], [])) == "warmleads: no new leads"


def test_a_lead_from_a_mail_alert_credits_that_alert_not_every_sender(demo_dir, smtp_inbox) -> None:
    port, inbox = smtp_inbox
    config = load_config(_configure(demo_dir, _email(port)))
    con = connect(config.warehouse_path)
    alerts = con.execute(
        "select lead_id from ranked_leads where in_ranking and is_new and status = 'new' "
        "and meets_floor and list_contains(sources, 'inbox')"
    ).fetchall()
    send_digests(con, config.notify, NOW, UTC_ZONE)
    con.close()
    assert alerts
    html = inbox.messages[0].get_body(("html",)).get_content()
    plain = inbox.messages[0].get_body(("plain",)).get_content()
    # the plain text and the HTML name an alert alike, by the alert, never "inbox"
    assert "(via Upwork alert)" in plain and "via Upwork alert</span>" in html
    assert "via inbox" not in plain and "via inbox" not in html
    assert "Job alerts from your own mailbox" not in html and "Glassdoor" not in html


def test_the_mail_is_dated_in_the_users_zone(demo_dir, smtp_inbox) -> None:
    port, inbox = smtp_inbox
    config = load_config(_configure(demo_dir, _email(port)))
    con = connect(config.warehouse_path)
    send_digests(con, config.notify, NOW, ZoneInfo("America/Sao_Paulo"))
    con.close()
    assert inbox.messages[0]["Date"] == "Thu, 03 Dec 2026 04:00:00 -0300"


def test_a_channel_set_up_later_says_where_the_earlier_leads_wait(demo_dir, smtp_inbox) -> None:
    port, inbox = smtp_inbox
    config = load_config(_configure(demo_dir, _email(port, "send_empty = true")))
    con = connect(config.warehouse_path)
    # every lead without a verdict waits in `leads top`, one below the rate floor too
    (older,) = con.execute(
        "select count(*) from ranked_leads where in_ranking and is_new and status = 'new'"
    ).fetchone()
    # a first attempt that failed a day after the first run: the channel starts there
    (start,) = con.execute("select max(first_seen) + interval 1 day from ranked_leads").fetchone()
    con.execute(
        "insert into state.digests values ('f1', 'email', ?, 'failed', 0, 0, 0, ?, 'down')",
        [start, start],
    )
    send_digests(con, config.notify, start + timedelta(days=1), UTC_ZONE)
    send_digests(con, config.notify, start + timedelta(days=2), UTC_ZONE)
    con.close()
    plain = inbox.messages[0].get_body(("plain",)).get_content()
    html = inbox.messages[0].get_body(("html",)).get_content()
    assert f"{older} earlier lead" in plain and f"{older} earlier lead" in html
    assert "`leads top`" in plain
    assert all(
        "earlier lead" not in m.get_body(("plain",)).get_content() for m in inbox.messages[1:]
    )


def test_a_new_lead_below_the_rate_floor_is_counted_once_not_listed(demo_dir, smtp_inbox) -> None:
    """The digest is read first: it lists what meets the floor and counts the new leads
    ranked below it, as `leads top --new` and the report's "New" do; the next digest does
    not count them again."""
    port, inbox = smtp_inbox
    config = load_config(_configure(demo_dir, _email(port)))
    con = connect(config.warehouse_path)
    below = [row[0] for row in con.execute(
        "select lead_id from ranked_leads where in_ranking and is_new and not meets_floor"
    ).fetchall()]  # fmt: skip
    send_digests(con, config.notify, NOW, UTC_ZONE)
    again = send_digests(con, config.notify, NOW + timedelta(hours=1), UTC_ZONE)
    con.close()
    assert below and [o.status for o in again] == ["nothing new"]
    plain = inbox.messages[0].get_body(("plain",)).get_content()
    html = inbox.messages[0].get_body(("html",)).get_content()
    assert not any(lead in plain or lead in html for lead in below)
    said = f"{len(below)} more new leads below your rate floor: ranked last in `leads top`"
    assert said in plain and said in html


def test_a_lead_counted_below_the_floor_is_listed_once_when_the_floor_is_lowered(
    demo_dir, smtp_inbox, monkeypatch
) -> None:
    """Counted, a lead was never shown: once the user lowers the floor below its rate,
    the next digest lists it (its why says "above your floor"), and no later one again."""
    port, inbox = smtp_inbox
    config_path = _configure(demo_dir, _email(port))
    config = load_config(config_path)
    con = connect(config.warehouse_path)
    below = [row[0] for row in con.execute(
        "select lead_id from ranked_leads where in_ranking and is_new and not meets_floor"
    ).fetchall()]  # fmt: skip
    send_digests(con, config.notify, NOW, UTC_ZONE)
    con.close()
    text = config_path.read_text(encoding="utf-8")
    assert below and "min_hourly_rate = 80\n" in text
    config_path.write_text(text.replace("min_hourly_rate = 80\n", "min_hourly_rate = 1\n"))
    monkeypatch.setenv(clock.ENV_VAR, (NOW + timedelta(days=1)).isoformat())
    rebuilt = CliRunner().invoke(app, ["rebuild", "-c", str(config_path)])
    assert rebuilt.exit_code == 0, rebuilt.output
    con = connect(config.warehouse_path)
    send_digests(con, config.notify, NOW + timedelta(days=1), UTC_ZONE)
    again = send_digests(con, config.notify, NOW + timedelta(days=2), UTC_ZONE)
    con.close()
    first, lowered = (m.get_body(("plain",)).get_content() for m in inbox.messages)
    assert not any(lead in first for lead in below)
    assert all(f"leads mark {lead} " in lowered for lead in below)
    assert "below your rate floor" not in lowered
    # each says why it comes now; a lead new that day would not
    assert lowered.count("the floor you lowered lets it in") == len(below)
    html = inbox.messages[1].get_body(("html",)).get_content()
    assert html.count("the floor you lowered lets it in") == len(below)
    assert [o.status for o in again] == ["nothing new"]


def test_a_follow_up_due_on_a_day_without_a_run_comes_in_the_next_digest(
    demo_dir, smtp_inbox
) -> None:
    """Due on a Saturday the user took off: Sunday's digest reminds of it under its own
    date, with the one due that day, most overdue first; Monday's reminds of neither."""
    port, inbox = smtp_inbox
    config = load_config(_configure(demo_dir, _email(port)))
    con = connect(config.warehouse_path)
    first, second = _new_leads(con)[:2]
    send_digests(con, config.notify, NOW, UTC_ZONE)  # Thursday
    mark_leads(con, [first], "applied", note="sent a CV", follow_up=date(2026, 12, 5))
    mark_leads(con, [second], "shortlisted", follow_up=date(2026, 12, 6))
    sunday = send_digests(con, config.notify, datetime(2026, 12, 6, 7, tzinfo=UTC), UTC_ZONE)
    monday = send_digests(con, config.notify, datetime(2026, 12, 7, 7, tzinfo=UTC), UTC_ZONE)
    con.close()
    assert sunday[0].follow_ups == 2 and [o.status for o in monday] == ["nothing new"]
    plain = inbox.messages[1].get_body(("plain",)).get_content()
    # the one due on the day without a run says how late it is; the one due today does not
    assert plain.index("2026-12-05 (1 day overdue) applied") < plain.index("2026-12-06 shortlisted")
    html = inbox.messages[1].get_body(("html",)).get_content()
    assert "2026-12-05 (1 day overdue) applied" in html
    assert f"leads mark {first} replied" in plain
