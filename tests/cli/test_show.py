"""`leads show`: one lead explained, signal by signal, with flags, paths and sources."""

from __future__ import annotations

from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from typer.testing import CliRunner

from leads.__main__ import app
from warehouse.db import connect

runner = CliRunner()


def _show(demo_dir: Path, lead_id: str) -> tuple[int, str]:
    result = runner.invoke(app, ["show", lead_id, "--config", str(demo_dir / "leads.toml")])
    return result.exit_code, result.output


def _one(demo_dir: Path, query: str) -> tuple[object, ...]:
    con = connect(demo_dir / "leads.duckdb", read_only=True)
    try:
        row = con.execute(query).fetchone()
    finally:
        con.close()
    assert row is not None, query
    return row


def test_show_prints_every_signal_its_contribution_and_the_sources(demo_dir: Path) -> None:
    lead_id, title, score = _one(
        demo_dir, "select lead_id, title, score from ranked_leads where rank = 1"
    )
    code, out = _show(demo_dir, str(lead_id).upper())  # ids match in any case
    assert code == 0, out
    assert str(title)[:30] in " ".join(out.split())
    for signal in ("fit", "engagement", "eligibility", "rate", "freshness", "network"):
        assert f"│ {signal}" in out
    assert f"= {score:.2f}" in out
    assert "sources" in out and "attribution: Posts from Hacker News" in " ".join(out.split())
    assert "where        remote EU/GB" in out  # the regions, not the scope's name alone
    assert "link each posting" not in out  # the duties stay in the export


def test_show_names_where_to_apply_the_posting_itself_when_it_has_no_apply_link(
    demo_dir: Path,
) -> None:
    (apart,) = _one(demo_dir, "select lead_id from ranked_leads where apply_url <> url limit 1")
    (itself,) = _one(
        demo_dir, "select lead_id from ranked_leads where coalesce(apply_url, '') = '' limit 1"
    )
    code, out = _show(demo_dir, str(itself))
    assert code == 0 and "apply        at the posting's link above" in out, out
    code, out = _show(demo_dir, str(apart))
    line = next(line for line in out.splitlines() if line.startswith("apply "))
    assert "http" in line and "link above" not in line, line


def test_show_says_what_the_hourly_rate_assumed_once(demo_dir: Path) -> None:
    (lead_id,) = _one(
        demo_dir,
        "select lead_id from ranked_leads where rate_period = 'hour' and currency = 'EUR'",
    )
    code, out = _show(demo_dir, str(lead_id))
    assert code == 0, out
    line = next(line for line in out.splitlines() if line.strip().startswith("rate "))
    assert line.count("per hour") == 1 and "EUR→USD at" in line, line


def test_show_says_a_fixed_price_is_one(demo_dir: Path) -> None:
    (lead_id,) = _one(demo_dir, "select lead_id from ranked_leads where rate_period = 'fixed'")
    code, out = _show(demo_dir, str(lead_id))
    assert code == 0, out
    line = next(line for line in out.splitlines() if line.strip().startswith("rate "))
    assert line.rstrip().endswith("fixed price") and "per fixed" not in line, line


def test_show_names_each_red_flag_and_why_a_lead_is_left_out(demo_dir: Path) -> None:
    lead_id, reason, flag = _one(
        demo_dir,
        "select lead_id, excluded_reason, red_flags[1] from ranked_leads "
        "where excluded_reason like 'flagged%' limit 1",
    )
    code, out = _show(demo_dir, str(lead_id))
    assert code == 0, out
    flat = " ".join(out.split())
    assert "left out: flagged" in flat
    assert " ".join(str(flag).split())[:40] in flat


def test_show_gives_the_referral_path_when_there_is_one(demo_dir: Path) -> None:
    lead_id, path = _one(
        demo_dir,
        "select lead_id, network_path from ranked_leads where network_path is not null limit 1",
    )
    code, out = _show(demo_dir, str(lead_id))
    assert code == 0
    assert " ".join(str(path).split())[:30] in " ".join(out.split())


@pytest.mark.parametrize("lead_id", ["Lnope", "  "])
def test_an_unknown_lead_is_one_line_and_rc_2(demo_dir: Path, lead_id: str) -> None:
    code, out = _show(demo_dir, lead_id)
    assert code == 2
    assert "no lead" in out and "Traceback" not in out


def test_a_saved_or_applied_job_says_so_wherever_its_age_is_shown(demo_dir: Path) -> None:
    """LinkedIn's export dates a job when the user saved or applied to it, never when it
    was posted: top, show, the report and the digest say which."""
    from datetime import UTC, datetime, timedelta

    day = datetime.now(UTC) - timedelta(days=10)
    jobs = demo_dir / "export" / "Jobs"
    jobs.mkdir(parents=True)
    (jobs / "Saved Jobs.csv").write_text(
        "Saved Date,Job Url,Job Title,Company Name\n"
        f'"{day:%m/%d/%y, %I:%M %p}",https://www.linkedin.com/jobs/view/4391234567/,'
        '"Freelance Data Engineer (Python, dbt)",Quillmark Data\n',
        encoding="utf-8",
    )
    config = ["--config", str(demo_dir / "leads.toml")]
    assert runner.invoke(app, ["network", "import", str(jobs), *config]).exit_code == 0
    lead_id, basis, why = _one(
        demo_dir,
        "select lead_id, date_basis, why from ranked_leads where title like 'Freelance Data "
        "Engineer (Python, dbt)'",
    )
    assert basis == "saved" and "saved 10 d ago" in str(why) and "posted" not in str(why)
    top = runner.invoke(app, ["top", "-n", "100", *config]).output
    assert "saved 10 d ago" in " ".join(top.split())
    code, out = _show(demo_dir, str(lead_id))
    assert code == 0, out
    assert f"saved {day:%Y-%m-%d %H:%M}" in " ".join(out.split())  # the lead's date
    assert "│ saved " in out  # its source's
    assert "posted" not in out.replace("posted by", "")
    report = demo_dir / "r.html"
    runner.invoke(app, ["report", "--out", str(report), *config])
    assert f'<td class="date posted">saved {day:%Y-%m-%d}</td>' in report.read_text(
        encoding="utf-8"
    )
    digest = runner.invoke(app, ["digest", "--dry-run", *config]).output
    assert "saved 10 d ago" in " ".join(digest.split())


def test_show_gives_times_in_your_time_zone_and_names_it(demo_dir: Path) -> None:
    config = demo_dir / "leads.toml"
    text = config.read_text(encoding="utf-8")
    config.write_text(text + '\n[schedule]\ntimezone = "Asia/Kolkata"\n', encoding="utf-8")
    lead_id, first_seen = _one(
        demo_dir, "select lead_id, first_seen from ranked_leads where rank = 1"
    )
    code, out = _show(demo_dir, str(lead_id))
    local = first_seen.astimezone(ZoneInfo("Asia/Kolkata"))  # type: ignore[attr-defined]
    assert code == 0 and f"first seen   {local:%Y-%m-%d %H:%M} IST" in out, out


def test_show_names_the_languages_a_lead_requires(demo_dir: Path) -> None:
    """The languages a posting requires reach the user by name, not only as a reason."""
    (lead_id,) = _one(
        demo_dir, "select lead_id from ranked_leads where languages_required = ['de'] limit 1"
    )
    code, out = _show(demo_dir, str(lead_id))
    assert code == 0, out
    line = next(line for line in out.splitlines() if line.startswith("languages "))
    assert "requires German" in line and "prefers" not in line, line


def test_show_says_nothing_of_languages_a_lead_does_not_ask_for(demo_dir: Path) -> None:
    (lead_id,) = _one(
        demo_dir, "select lead_id from ranked_leads where rank = 1 and len(languages_required) = 0"
    )
    code, out = _show(demo_dir, str(lead_id))
    assert code == 0, out
    assert "languages    -" in out and "requires" not in out.split("score, signal")[0]


def test_why_names_the_language_a_user_lacks_not_the_place(demo_dir: Path) -> None:
    """With `[profile] languages`, a remote posting requiring another language says so,
    not that remote work from anywhere is not eligible."""
    config = demo_dir / "leads.toml"
    text = config.read_text(encoding="utf-8")
    # under the table's header line, whatever comment it carries
    header = text.index("\n", text.index("[profile]")) + 1
    config.write_text(text[:header] + 'languages = ["en"]\n' + text[header:])
    assert runner.invoke(app, ["rebuild", "--config", str(config)]).exit_code == 0
    why, reason = _one(
        demo_dir,
        "select why, excluded_reason from ranked_leads where languages_required = ['de'] "
        "and eligibility = 'not_eligible' limit 1",
    )
    assert "requires German" in str(why)
    assert "not eligible" not in str(why).split("; left out")[0]
    assert str(reason).startswith("not eligible: requires German")


def test_show_names_a_uk_contracts_ir35_status_beside_its_terms(demo_dir: Path) -> None:
    lead_id, engagement = _one(
        demo_dir, "select lead_id, engagement from ranked_leads where ir35 = 'outside'"
    )
    code, out = _show(demo_dir, str(lead_id))
    assert code == 0, out
    assert f"engagement   {engagement}, outside IR35" in out


def test_a_credit_a_link_already_names_is_not_said_twice() -> None:
    from warehouse.lead_rows import credits

    attribution = (
        "Greenhouse job boards (https://www.greenhouse.com): link each posting | "
        "Upwork alert: from your own mailbox; link each job to its platform's page."
    )
    assert credits(attribution) == "Greenhouse job boards; Upwork alert"
    assert credits(attribution, {"Upwork alert", "greenhouse"}) == "Greenhouse job boards"
    assert credits(attribution, {"Upwork alert", "Greenhouse job boards"}) is None
