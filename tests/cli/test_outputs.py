"""The report, the feed and the digest preview of the demo warehouse."""

from __future__ import annotations

import re
import shlex
from pathlib import Path

import feedparser
from typer.testing import CliRunner

from leads.__main__ import app
from warehouse.db import connect
from warehouse.pipeline import refresh

runner = CliRunner()


def test_the_feed_is_valid_atom_with_the_newest_ranked_leads(demo_dir: Path) -> None:
    target = demo_dir / "leads.atom"
    result = runner.invoke(
        app, ["feed", "--out", str(target), "--config", str(demo_dir / "leads.toml")]
    )
    assert result.exit_code == 0, result.output
    parsed = feedparser.parse(target.read_bytes())
    assert parsed.bozo == 0, parsed.get("bozo_exception")
    assert parsed.version == "atom10"
    con = connect(demo_dir / "leads.duckdb", read_only=True)
    ranked = con.execute("select count(*) from ranked_leads where in_ranking").fetchone()
    con.close()
    assert len(parsed.entries) == min(50, ranked[0])
    entry = parsed.entries[0]
    assert entry.id.startswith("urn:uuid:") and entry.link.startswith("http")
    assert "leads mark L" in entry.summary
    assert len({e.id for e in parsed.entries}) == len(parsed.entries)


def test_the_feed_escapes_posting_text_and_drops_unsafe_links(demo_dir: Path) -> None:
    con = connect(demo_dir / "leads.duckdb")
    con.execute(
        "update staging.lead_content set title = 'A & B <b>\x07bold</b>', "
        "url = 'javascript:alert(1)' "
        "where lead_id = (select lead_id from marts.ranked_leads where rank = 1)"
    )
    refresh(con, "marts.leads")  # what reads the tampered table sees it
    con.close()
    target = demo_dir / "leads.atom"
    runner.invoke(app, ["feed", "--out", str(target), "--config", str(demo_dir / "leads.toml")])
    parsed = feedparser.parse(target.read_bytes())
    assert parsed.bozo == 0
    titles = {entry.title: entry for entry in parsed.entries}
    hit = next(entry for title, entry in titles.items() if title.startswith("A & B"))
    assert hit.title.startswith("A & B <b>bold</b>")
    assert "javascript" not in target.read_text(encoding="utf-8")
    assert not [link for link in hit.get("links", []) if link.get("rel") == "alternate"]


def test_the_digest_dry_run_prints_the_pending_leads_and_sends_nothing(demo_dir: Path) -> None:
    config = str(demo_dir / "leads.toml")
    result = runner.invoke(app, ["digest", "--dry-run", "--config", config])
    assert result.exit_code == 0, result.output
    assert "new leads" in result.output and "ask Rahul Sen for an intro" in result.output
    con = connect(demo_dir / "leads.duckdb", read_only=True)
    assert con.execute("select count(*) from state.digests").fetchone() == (0,)
    con.close()
    result = runner.invoke(app, ["digest", "--config", config])
    assert result.exit_code == 2 and "no [notify.*] channel" in result.output


def test_digest_report_and_feed_offer_help_to_whoever_posted_or_asked(demo_dir: Path) -> None:
    config = str(demo_dir / "leads.toml")
    digest = runner.invoke(app, ["digest", "--dry-run", "--config", config]).output
    runner.invoke(app, ["report", "--out", str(demo_dir / "r.html"), "--config", config])
    runner.invoke(app, ["feed", "--out", str(demo_dir / "f.atom"), "--config", config])
    report = (demo_dir / "r.html").read_text(encoding="utf-8")
    feed = (demo_dir / "f.atom").read_text(encoding="utf-8")
    for page in (" ".join(digest.split()), report, feed):
        assert "ask Lena Roth for an intro" not in page  # she posted it on Hacker News
        assert "ask Katrin Vogel for an intro" not in page  # she asked you for help
        assert "offer Lena Roth your help" in page and "offer Katrin Vogel your help" in page
        assert "ask Rahul Sen for an intro" in page  # he works at the company


def test_the_reports_commands_reach_its_config_from_any_folder(
    demo_dir: Path, tmp_path: Path, monkeypatch
) -> None:
    monkeypatch.delenv("LEADS_CONFIG", raising=False)
    config = demo_dir / "leads.toml"
    elsewhere, here = tmp_path / "elsewhere.html", demo_dir / "here.html"
    monkeypatch.chdir(tmp_path)  # `leads report --config ...`: copies must name it
    assert runner.invoke(app, ["report", "-o", str(elsewhere), "-c", str(config)]).exit_code == 0
    monkeypatch.chdir(demo_dir)  # where a bare `leads` finds ./leads.toml
    assert runner.invoke(app, ["report", "-o", str(here)]).exit_code == 0
    named = f"leads -c {config.resolve()} mark L"
    assert named in elsewhere.read_text(encoding="utf-8")
    page = here.read_text(encoding="utf-8")
    assert "<code>leads mark L" in page and " -c " not in page
    # the command runs as printed, from any folder: `-c` before the command is its config
    code = r'<code>leads -c (\S+) mark (L\w+) <span class="verdict">([\w-]+)</span></code>'
    printed = re.search(code, elsewhere.read_text(encoding="utf-8"))
    assert printed
    monkeypatch.chdir(tmp_path)
    marked = runner.invoke(app, ["-c", *shlex.split(printed[1]), "mark", *printed.group(2, 3)])
    assert marked.exit_code == 0, marked.output
    shown = runner.invoke(app, ["-c", str(config), "show", printed[2]])
    assert shown.exit_code == 0 and printed[3] in shown.output


def test_report_and_feed_credit_each_source_and_keep_its_duties_out_of_sight(
    demo_dir: Path,
) -> None:
    config = str(demo_dir / "leads.toml")
    runner.invoke(app, ["report", "--out", str(demo_dir / "r.html"), "--config", config])
    runner.invoke(app, ["feed", "--out", str(demo_dir / "f.atom"), "--config", config])
    report = (demo_dir / "r.html").read_text(encoding="utf-8")
    feed = feedparser.parse(str(demo_dir / "f.atom"))
    summaries = " ".join(entry.summary for entry in feed.entries)
    for page in (report, summaries):
        assert "Jobs via Remotive" in page and "Posts from Hacker News" in page
    # the duties stay in the report's tooltip and the export, not in the reading text
    assert "name Remotive as the source" not in summaries
    assert 'title="' in report and '"> · Jobs via' in report  # a space after the links
    visible = report.replace("name Remotive as the source", "", report.count('title="Jobs'))
    assert visible.count("name Remotive as the source") <= report.count("title=")


def test_the_report_offers_each_lead_the_verdict_it_most_likely_gets_next(
    demo_dir: Path,
) -> None:
    config = str(demo_dir / "leads.toml")
    con = connect(demo_dir / "leads.duckdb", read_only=True)
    try:
        first, second = (row[0] for row in con.execute(
            "select lead_id from ranked_leads where status = 'new' and rank is not null "
            "order by rank limit 2"
        ).fetchall())  # fmt: skip
    finally:
        con.close()
    assert runner.invoke(app, ["mark", second, "applied", "--config", config]).exit_code == 0
    runner.invoke(app, ["report", "--out", str(demo_dir / "r.html"), "--config", config])
    report = (demo_dir / "r.html").read_text(encoding="utf-8")
    assert f'mark {first} <span class="verdict">shortlisted</span>' in report
    assert f'mark {second} <span class="verdict">replied</span>' in report


def test_a_signal_without_a_reason_shows_none_in_the_report(demo_dir: Path) -> None:
    out = demo_dir / "r.html"
    result = runner.invoke(
        app, ["report", "--out", str(out), "--config", str(demo_dir / "leads.toml")]
    )
    assert result.exit_code == 0, result.output
    page = out.read_text(encoding="utf-8")
    assert 'title="legitimacy: 0.05"' in page  # a clean lead: no flag to name
    assert "(None)" not in page


def test_the_report_links_a_requirement_s_recruiter_by_mail_and_the_feed_does_not(
    demo_dir: Path,
) -> None:
    con = connect(demo_dir / "leads.duckdb")
    con.execute(
        "update staging.lead_content set title = 'Senior Snowflake Data Engineer', "
        "url = 'mailto:ravi@zentechsol.com' "
        "where lead_id = (select lead_id from marts.ranked_leads where rank = 1)"
    )
    con.execute(
        "update staging.lead_content set title = 'Prefilled reply', "
        "url = 'mailto:ravi@zentechsol.com?body=hello' "
        "where lead_id = (select lead_id from marts.ranked_leads where rank = 2)"
    )
    refresh(con, "marts.leads")
    con.close()
    config = str(demo_dir / "leads.toml")
    runner.invoke(app, ["report", "--out", str(demo_dir / "r.html"), "--config", config])
    runner.invoke(app, ["feed", "--out", str(demo_dir / "f.atom"), "--config", config])
    report = (demo_dir / "r.html").read_text(encoding="utf-8")
    assert 'href="mailto:ravi@zentechsol.com"' in report
    assert 'href="mailto:ravi@zentechsol.com?body' not in report
    feed = feedparser.parse((demo_dir / "f.atom").read_bytes())
    entry = next(e for e in feed.entries if e.title.startswith("Senior Snowflake Data Engineer"))
    assert not [link for link in entry.get("links", []) if link.get("rel") == "alternate"]
