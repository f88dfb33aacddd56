"""A week of daily runs against changing sources, as a freelancer lives it.

Each day serves its own copy of the demo's snapshots (edited: new, closed, reposted,
edited, expired and merging postings, a source down, a day of 304s) and runs what a run does,
step by step as `flows.gather` does (without Prefect), each day as of its own morning
(`LEADS_NOW`, the loop's clock):
every source fetched with the last run's ETags, stored, the ranking built, the run
closed, the digest sent over loopback SMTP.
"""

from __future__ import annotations

import json
import os
import re
import shutil
from contextlib import closing
from datetime import UTC, datetime, timedelta
from email.utils import format_datetime
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import duckdb
import pytest
from conftest import free_port

from extractors import sources
from extractors._runner import run_source
from flows.build import build_from_config
from flows.config import Config, load_config
from leads.demo.command import demo_config
from leads.demo.server import SNAPSHOTS, SnapshotServer
from notify.deliver import send_digests
from warehouse import clock, load
from warehouse.db import connect
from warehouse.verdicts import mark_leads

GREENHOUSE = "v1/boards/fernhill/jobs"
REMOTIVE = "api/remote-jobs"
HN_FREELANCER = "api/v1/items/48620003"
LEVER = "v0/postings/kestrel"
WWR = "categories/remote-programming-jobs.rss"
JOBICY = "api/v2/remote-jobs"
DAY1 = datetime(2026, 12, 7, 8, 0, tzinfo=UTC)  # the loop's clock: day n is DAY1 + n - 1
_CLIENT = {"min_interval": 0, "max_retries": 0}
FERNHILL_TEXT = (
    "<p>Fernhill Analytics needs a freelance dbt consultant for three months to untangle "
    "our dbt project on Postgres and DuckDB, add tests and write Python loaders. Remote "
    "within Europe, EUR 100-120/hour, about 30 hours a week.</p>"
)


def _edit(root: Path, path: str, change: Any) -> None:
    file = root / path
    data = json.loads(file.read_text(encoding="utf-8"))
    change(data)
    file.write_text(json.dumps(data), encoding="utf-8")


def _day2(root: Path) -> None:
    """Fernhill posts a freelance role and closes its part-time one; Saltmarsh's pay
    changes; an HN comment is deleted."""

    def greenhouse(board: dict[str, Any]) -> None:
        job = dict(board["jobs"][0], id=7904560, requisition_id="FH-0560",
                   title="Freelance dbt Consultant", content=FERNHILL_TEXT,
                   absolute_url="https://fernhill.example/careers?gh_jid=7904560")  # fmt: skip
        board["jobs"] = [j for j in board["jobs"] if j["id"] != 7904530] + [job]

    def remotive(listing: dict[str, Any]) -> None:
        for job in listing["jobs"]:
            if job["id"] == 2141388:
                job["salary"] = "$100 - $130 / hour"

    def hackernews(thread: dict[str, Any]) -> None:
        for comment in thread["children"]:
            if comment["id"] == 48770126:
                comment.update(author=None, text=None)

    def jobicy(listing: dict[str, Any]) -> None:
        job = dict(listing["jobs"][0], id=171500, url="https://jobicy.com/jobs/171500-billing",
                   jobTitle="Billing Service Engineer", companyName="Greylag Health",
                   jobDescription="<p>Greylag Health wants a billing engineer to rebuild "
                   "invoicing for physiotherapy practices in Python.</p>")  # fmt: skip
        listing["jobs"].insert(0, job)

    _edit(root, GREENHOUSE, greenhouse)
    _edit(root, REMOTIVE, remotive)
    _edit(root, HN_FREELANCER, hackernews)
    _edit(root, JOBICY, jobicy)


def _day4(root: Path) -> None:
    """Lever back, unchanged (a 304); Jobicy's Greylag job rewritten as Remotive's
    contract role of day 1, so the two leads merge under the older one's id; Fernhill's
    part-time role, closed on day 2, listed again."""
    remotive = json.loads((root / REMOTIVE).read_text(encoding="utf-8"))
    greylag = next(j for j in remotive["jobs"] if j["id"] == 2141020)
    original = json.loads((SNAPSHOTS / GREENHOUSE).read_text(encoding="utf-8"))
    part_time = next(j for j in original["jobs"] if j["id"] == 7904530)

    def greenhouse(board: dict[str, Any]) -> None:
        board["jobs"].append(part_time)

    def jobicy(listing: dict[str, Any]) -> None:
        for job in listing["jobs"]:
            if job["id"] == 171500:
                job.update(jobTitle=greylag["title"], jobDescription=greylag["description"])

    _edit(root, JOBICY, jobicy)
    _edit(root, GREENHOUSE, greenhouse)
    shutil.copy(SNAPSHOTS / LEVER, root / LEVER)


def _day3(root: Path) -> None:
    """Fernhill's new role reposted on Remotive; Lever down; a WWR job expired."""

    def remotive(listing: dict[str, Any]) -> None:
        repost = dict(listing["jobs"][0], id=2142050, description=FERNHILL_TEXT,
                      title="Freelance dbt Consultant (Remote)",
                      company_name="Fernhill Analytics Ltd",
                      url="https://remotive.com/remote-jobs/data/dbt-2142050")  # fmt: skip
        listing["jobs"].insert(0, repost)

    _edit(root, REMOTIVE, remotive)
    (root / LEVER).unlink()  # answers 404: the source fails this day
    _expire(root, datetime.now(UTC) - timedelta(hours=1), count=1)


def _expire(root: Path, when: datetime, count: int = 0) -> None:
    """Set when the first `count` (0: every) WWR jobs expire."""
    feed = root / WWR
    text = feed.read_text(encoding="utf-8")
    stamp = f"<expires_at>{format_datetime(when)}"
    feed.write_text(re.sub(r"<expires_at>[^<]*", stamp, text, count=count), encoding="utf-8")


def _run_day(con: duckdb.DuckDBPyConnection, config: Config, root: Path, day: int):
    """Day `day` as `flows.gather` runs it, on `root` served at the config's port: per
    source its counts and result, and the digest's outcome."""
    os.environ[clock.ENV_VAR] = (DAY1 + timedelta(days=day - 1)).isoformat()
    run_id = f"day{day}"
    with SnapshotServer(root, port=urlsplit(config.sources["remotive"].base_url).port or 0):
        load.start_run(con, run_id, str(config.path))
        rows = {}
        for name, settings in config.sources.items():
            module = sources()[name]
            cache = load.cache_for(con, name)  # the last run's ETags: unchanged pages are 304s
            result = run_source(module, settings, cache=cache, client_options=_CLIENT)
            rows[name] = load.store_result(con, run_id, result, windowed=module.WINDOWED), result
    build_from_config(con, config)
    load.finish_run(con, run_id)
    (outcome,) = send_digests(con, config.notify, clock.now(), UTC)
    return rows, outcome


def _lead(con: duckdb.DuckDBPyConnection, source: str, source_id: str) -> str:
    row = con.execute(
        "select lead_id from postings where source = ? and source_id = ?", [source, source_id]
    ).fetchone()
    assert row is not None
    return str(row[0])


def _state(con: duckdb.DuckDBPyConnection, lead_id: str) -> tuple[str, bool, bool, bool]:
    """(status, in_ranking, is_new, is_closed) of a lead."""
    row = con.execute(
        "select status, in_ranking, is_new, is_closed from ranked_leads where lead_id = ?",
        [lead_id],
    ).fetchone()
    assert row is not None
    return row


def _mailed(inbox: Any) -> set[str]:
    """The lead ids the last e-mail names (its leads and follow-ups)."""
    text = inbox.messages[-1].get_body(preferencelist=("plain",)).get_content()
    return set(re.findall(r"\bL[0-9a-f]{11}\b", text))


def _first_wwr_id(root: Path) -> str:
    """The guid of the feed's first job, the one day 3 expires."""
    match = re.search(r"<guid[^>]*>([^<]+)</guid>", (root / WWR).read_text(encoding="utf-8"))
    assert match is not None
    return match[1]


@pytest.fixture
def days(tmp_path: Path) -> list[Path]:
    """The snapshot folders of days 1-4: the demo, then each day the day before edited."""
    folders = [tmp_path / f"day{n}" for n in range(1, 5)]
    shutil.copytree(SNAPSHOTS, folders[0])
    _expire(folders[0], datetime.now(UTC) + timedelta(days=30))  # open today, whatever the date
    for edit, before, after in zip((_day2, _day3, _day4), folders[:-1], folders[1:], strict=True):
        shutil.copytree(before, after)
        edit(after)
    return folders


def test_a_week_of_runs_shows_each_day_what_changed(
    days, tmp_path, smtp_inbox, monkeypatch
) -> None:
    monkeypatch.setenv(clock.ENV_VAR, DAY1.isoformat())  # undone after the test
    smtp_port, inbox = smtp_inbox
    notify = (
        f'\n[notify]\n[notify.email]\nhost = "127.0.0.1"\nport = {smtp_port}\n'
        'security = "none"\nfrom = "warmleads <leads@example.test>"\nto = ["me@example.test"]\n'
    )
    config_path = tmp_path / "leads.toml"  # one port every day: the ETags' URLs stay
    config_path.write_text(demo_config(f"http://127.0.0.1:{free_port()}") + notify, "utf-8")
    config = load_config(config_path)
    with closing(connect(config.warehouse_path)) as con:
        _, first = _run_day(con, config, days[0], 1)
        saltmarsh = _lead(con, "remotive", "2141388")
        kestrel = _lead(con, "lever", "3f6d9c2e-8a41-4b7e-9d2c-5e1a7b0c4f11")
        assert first.status == "sent" and {saltmarsh, kestrel} <= _mailed(inbox)
        mark_leads(con, [saltmarsh], "not-a-fit")
        due = (DAY1 + timedelta(days=2)).date()
        mark_leads(con, [kestrel], "applied", follow_up=due)

        day2, second = _run_day(con, config, days[1], 2)
        fernhill, billing = _lead(con, "greenhouse", "7904560"), _lead(con, "jobicy", "171500")
        assert (second.leads, second.follow_ups, _mailed(inbox)) == (2, 0, {fernhill, billing})
        assert _state(con, fernhill) == ("new", True, True, False)
        assert _state(con, saltmarsh) == ("not-a-fit", False, False, False)  # pay edited
        assert (day2["greenhouse"][0].new, day2["greenhouse"][0].closed) == (1, 1)
        assert day2["remotive"][0].updated == 1 and day2["hackernews"][0].closed == 1
        assert billing != _lead(con, "remotive", "2141020")
        mark_leads(con, [billing], "applied", follow_up=due)

        day3, third = _run_day(con, config, days[2], 3)
        assert _lead(con, "remotive", "2142050") == fernhill  # the repost joined its lead
        assert _state(con, fernhill) == ("new", True, False, False)
        assert (third.leads, third.follow_ups, _mailed(inbox)) == (0, 2, {kestrel, billing})
        assert day3["lever"][1].status == "failed" and day3["lever"][0].closed == 0
        assert _state(con, kestrel)[:2] == ("applied", True)  # Lever down: still open
        assert day3["weworkremotely"][0].closed == 1
        assert _state(con, _lead(con, "weworkremotely", _first_wwr_id(days[0])))[3]

        day4, fourth = _run_day(con, config, days[3], 4)
        assert _lead(con, "jobicy", "171500") == _lead(con, "remotive", "2141020") != billing
        assert fourth.status == "nothing new"  # each follow-up was reminded once
        assert (day4["lever"][0].fetched, day4["lever"][0].unchanged) == (0, 4)
        assert all(counts.new == counts.closed == 0 for counts, _ in day4.values())
        assert [name for name, (counts, _) in day4.items() if counts.reopened] == ["greenhouse"]
        assert (day4["greenhouse"][0].reopened, day4["greenhouse"][0].updated) == (1, 0)
        assert not _state(con, _lead(con, "greenhouse", "7904530"))[3]
        assert _state(con, saltmarsh)[0] == "not-a-fit"
