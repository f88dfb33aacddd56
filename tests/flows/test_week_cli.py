"""Four days of the daily loop through the real CLI, as a user types it.

One loopback server answers each morning from that day's copy of the demo's snapshots
(a new job, a repost on another source, a job gone and back), `leads run` runs under
`LEADS_NOW` and mails its digest to a local SMTP server, and the commands a user types
between runs (`mark`, `due`, `top --new`, `sql`) answer what the user expects.
"""

from __future__ import annotations

import json
import shutil
from datetime import UTC, datetime, timedelta
from email.utils import parsedate_to_datetime
from pathlib import Path
from typing import Any

import pytest
from conftest import smtp_server
from typer.testing import CliRunner

from leads.__main__ import app
from leads.demo.server import SNAPSHOTS, SnapshotServer
from warehouse import clock

pytestmark = pytest.mark.flow

DAY1 = datetime(2026, 12, 7, 8, 0, tzinfo=UTC)
GREENHOUSE = "v1/boards/fernhill/jobs"
REMOTIVE = "api/remote-jobs"
TEXT = (
    "<p>Fernhill Analytics needs a freelance dbt consultant for three months to untangle "
    "our dbt project on Postgres and DuckDB, add tests and write Python loaders. Remote "
    "within Europe, EUR 100-120/hour, about 30 hours a week.</p>"
)
FERNHILL = {
    "id": 7904560, "title": "Freelance dbt Consultant", "company_name": "Fernhill Analytics",
    "absolute_url": "https://fernhill.example/careers?gh_jid=7904560", "content": TEXT,
    "location": {"name": "Remote - Europe"}, "requisition_id": "FH-0560", "metadata": [],
    "updated_at": "2026-12-06T09:00:00+00:00", "first_published": "2026-12-06T09:00:00+00:00",
}  # fmt: skip
TIDEPOOL = {
    "id": 3100001, "url": "https://remotive.com/remote-jobs/data/x-3100001",
    "title": "Contract Data Engineer (Python, dbt)", "company_name": "Tidepool Labs",
    "category": "Data", "tags": ["python", "dbt"], "job_type": "contract",
    "publication_date": "2026-12-07T10:00:00", "candidate_required_location": "Europe",
    "salary": "€95 - €110 / hour",
    "description": "<p>Tidepool Labs is looking for a contract data engineer for four months: "
    "Python loaders and dbt models on DuckDB. Remote within the EU, €95-110 an hour.</p>",
}  # fmt: skip
REPOST = {  # the Fernhill job again, on Remotive: the same lead, not a new one
    "id": 3100002, "url": "https://remotive.com/remote-jobs/data/x-3100002",
    "title": "Freelance dbt Consultant", "company_name": "Fernhill Analytics",
    "category": "Data", "tags": ["dbt"], "job_type": "freelance",
    "publication_date": "2026-12-07T11:00:00", "candidate_required_location": "Europe",
    "salary": "€100 - €120 / hour", "description": TEXT,
}  # fmt: skip
# what each day serves on top of the demo's snapshots: (greenhouse jobs, remotive jobs)
DAYS: list[tuple[list[dict[str, Any]], list[dict[str, Any]]]] = [
    ([FERNHILL], []),
    ([FERNHILL], [TIDEPOOL, REPOST]),
    ([], [TIDEPOOL, REPOST]),  # gone from Greenhouse, still on Remotive
    ([], [TIDEPOOL, REPOST]),  # nothing changed
]


def _serve(root: Path, day: int) -> None:
    """Make `root` answer as the sources do on `day` (1-based)."""
    shutil.rmtree(root, ignore_errors=True)
    shutil.copytree(SNAPSHOTS, root)
    greenhouse, remotive = DAYS[day - 1]
    for path, extra in ((GREENHOUSE, greenhouse), (REMOTIVE, remotive)):
        data = json.loads((root / path).read_text(encoding="utf-8"))
        data["jobs"] = extra  # only today's jobs: each day's leads are the ones it names
        (root / path).write_text(json.dumps(data), encoding="utf-8")


def _leads(*args: str) -> str:
    result = CliRunner().invoke(app, list(args))
    assert result.exit_code == 0, result.output
    return " ".join(result.output.split())


def _sql(config: str, query: str) -> list[dict[str, Any]]:
    return json.loads(CliRunner().invoke(app, ["sql", query, "-f", "json", "-c", config]).output)


def test_a_week_through_the_cli_says_new_once_keeps_verdicts_and_reminds_once(
    prefect_harness: None, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    root, config = tmp_path / "served", tmp_path / "leads.toml"
    _serve(root, 1)
    mails: list[list[str]] = []  # each day's digests: their plain text
    dated: list[datetime] = []  # every digest's Date header
    clocks: list[dict[str, Any]] = []  # what SQL's clock says each morning
    with SnapshotServer(root) as server, smtp_server() as (port, inbox):
        config.write_text(
            '[profile]\nskills = ["python", "dbt", "duckdb"]\nroles = ["data engineer"]\n'
            'locations = ["EU"]\nmin_hourly_rate = 80\ncurrency = "EUR"\n'
            "[http]\nmin_interval = 0\n[run]\ntask_retries = 0\n"
            f'[sources.greenhouse]\nbase_url = "{server.base_url}"\nboards = ["fernhill"]\n'
            f'[sources.remotive]\nbase_url = "{server.base_url}"\n'
            f'[notify.email]\nhost = "127.0.0.1"\nport = {port}\nsecurity = "none"\n'
            'from = "leads@example.test"\nto = ["me@example.test"]\n',
            encoding="utf-8",
        )
        c = str(config)
        ran: list[str] = []
        for day in range(1, 5):
            _serve(root, day)
            morning = DAY1 + timedelta(days=day - 1)
            monkeypatch.setenv(clock.ENV_VAR, morning.isoformat())
            sent = len(inbox.messages)
            ran.append(_leads("run", "-c", c))
            mails.append([m.get_body(("plain",)).get_content() for m in inbox.messages[sent:]])
            dated += [parsedate_to_datetime(m["Date"]) for m in inbox.messages[sent:]]
            (today,) = _sql(c, "select current_date as day, now() as at, current_timestamp as ts")
            clocks.append(today)
            if day == 1:
                (lead,) = [r["lead_id"] for r in _sql(c, "select lead_id from ranked_leads")]
                monkeypatch.setenv(clock.ENV_VAR, (morning + timedelta(hours=1)).isoformat())
                _leads("mark", lead, "applied", "--follow-up", "+2d", "--note", "sent CV", "-c", c)
            if day == 2:
                new = _leads("top", "--new", "-c", c)
                due_day2 = _leads("due", "-c", c)
            if day == 3:
                due_day3 = _leads("due", "-c", c)

    # the simulated week's clock, not the machine's: mail dates, SQL's now and today
    assert dated == [DAY1, DAY1 + timedelta(days=1), DAY1 + timedelta(days=2)]
    for day, today in enumerate(clocks):
        morning = DAY1 + timedelta(days=day)
        assert datetime.fromisoformat(today["at"]) == morning
        assert datetime.fromisoformat(today["ts"]) == morning
        assert today["day"] == morning.date().isoformat()
    # day 1: the one job, mailed; day 2: only Tidepool's job (the repost is the same lead)
    assert len(mails[0]) == 1 and "Freelance dbt Consultant" in mails[0][0]
    assert len(mails[1]) == 1 and "1 new lead" in mails[1][0]
    assert "Tidepool Labs" in mails[1][0] and "Freelance dbt Consultant" not in mails[1][0]
    assert "Tidepool Labs" in new and "Freelance dbt Consultant" not in new
    assert "no follow-ups due" in due_day2
    # day 3: the follow-up comes, once, with no lead; day 4: nothing new, nothing sent
    assert len(mails[2]) == 1 and mails[2][0].startswith("Follow-ups due:")
    assert "sent CV" in mails[2][0] and "new lead" not in mails[2][0]
    assert lead in due_day3 and "sent CV" in due_day3
    assert mails[3] == [] and "digest: email: nothing new" in ran[3]
    # each run's last line counts what its digest and `leads top --new` list
    said = [" ".join(out.split()) for out in ran]
    assert "leads: 1 new in the ranking: `leads -c" in said[0] and "top --new`" in said[0]
    assert "leads: 1 new in the ranking" in said[1]
    assert "leads: nothing new in the ranking" in said[3]
    # the repost merged into the applied lead, which kept its verdict when Greenhouse
    # closed its copy
    rows = _sql(c, "select lead_id, status, note, sources, is_new from ranked_leads order by 1")
    assert {r["lead_id"]: r["status"] for r in rows}[lead] == "applied"
    (mine,) = [r for r in rows if r["lead_id"] == lead]
    assert sorted(mine["sources"]) == ["greenhouse", "remotive"] and mine["note"] == "sent CV"
    assert not any(r["is_new"] for r in rows)
    closed = _sql(c, "select source from postings where closed_at is not null")
    assert closed == [{"source": "greenhouse"}]
