"""End to end: the gather flow on loopback snapshots, under Prefect's test harness."""

import shlex
import shutil
from pathlib import Path

import pytest
from conftest import free_port, smtp_server

from flows.build import build_from_config
from flows.config import load_config
from flows.gather import gather_leads, skipped_note
from leads.demo.command import demo_config
from leads.demo.server import SnapshotServer
from warehouse.db import connect
from warehouse.network.store import MISSING_EXPORT

pytestmark = pytest.mark.flow


@pytest.fixture(scope="module")
def demo_runs(prefect_harness, tmp_path_factory):
    """Two runs of the demo config against the snapshot server: (first, second, dir)."""
    folder = tmp_path_factory.mktemp("demo")
    with SnapshotServer() as server, smtp_server() as (port, inbox):
        config = folder / "leads.toml"
        notify = (
            f'\n[notify]\n[notify.email]\nhost = "127.0.0.1"\nport = {port}\nsecurity = "none"\n'
            'from = "leads@example.test"\nto = ["me@example.test"]\n'
        )
        config.write_text(demo_config(server.base_url) + notify, encoding="utf-8")
        first = gather_leads(config_path=str(config))
        second = gather_leads(config_path=str(config))
    DIGESTS[folder] = inbox.messages
    return first, second, folder


DIGESTS: dict = {}


def test_a_run_emails_exactly_its_new_leads_and_an_unchanged_run_sends_nothing(demo_runs):
    first, second, folder = demo_runs
    messages = DIGESTS[folder]
    assert len(messages) == 1
    assert first.digest.startswith("email sent") and second.digest == "email: nothing new"
    con = connect(folder / "leads.duckdb", read_only=True)
    rows = con.execute(
        "select distinct m.lead_id, l.meets_floor from staging.lead_members m"
        " join ranked_leads l using (lead_id) where l.in_ranking and l.status = 'new'"
    ).fetchall()
    # the digest lists the new leads that meet the rate floor and counts the rest
    new = {lead for lead, meets in rows if meets}
    below = len(rows) - len(new)
    con.close()
    plain = messages[0].get_body(("plain",)).get_content()
    # the run's config is not ./leads.toml: each command names it, as the report's do
    command = f"leads -c {shlex.quote(str((folder / 'leads.toml').resolve()))} mark "
    marks = [line.strip() for line in plain.splitlines() if " mark L" in line]
    assert all(line.startswith(command) for line in marks)
    listed = {line.removeprefix(command).split()[0] for line in marks}
    assert listed == new and first.new_leads == len(new) + below
    assert first.new_below_floor == below  # what `leads run` says below `leads top --new`
    assert f"{below} more new leads below your rate floor" in plain


def test_the_demo_produces_ranked_leads(demo_runs):
    first, _, folder = demo_runs
    assert first.status == "ok"
    assert {row["status"] for row in first.rows} == {"ok"}
    con = connect(folder / "leads.duckdb", read_only=True)
    ranked = con.execute("select count(*) from ranked_leads where rank is not null").fetchone()
    supply = con.execute(
        "select count(*) from ranked_leads where kind = 'supply' and rank is not null"
    ).fetchone()
    con.close()
    assert ranked[0] >= 5
    assert supply == (0,)


def test_a_second_run_adds_nothing(demo_runs):
    first, second, folder = demo_runs
    assert sum(row["new"] for row in first.rows) > 0
    assert sum(row["new"] + row["updated"] + row["closed"] for row in second.rows) == 0
    # every board answered 304 Not Modified: nothing was fetched, all is unchanged (the
    # mailbox is read again from its file)
    fetched = {row["source"]: row["fetched"] for row in first.rows if row["source"] != "inbox"}
    assert {row["source"]: row["unchanged"] for row in second.rows if row["source"] != "inbox"} == (
        fetched
    )
    assert {row["source"]: row["fetched"] for row in second.rows} == {
        name: 0 for name in fetched
    } | {"inbox": 8}
    con = connect(folder / "leads.duckdb", read_only=True)
    not_modified = con.execute("select count(*) from state.responses where not_modified").fetchone()
    stored = con.execute(
        "select sum(unchanged) from state.source_runs where run_id = ?", [second.run_id]
    ).fetchone()
    keys = con.execute(
        "select count(*), count(distinct (source, source_id)) from state.postings"
    ).fetchone()
    con.close()
    assert not_modified[0] > 0
    assert stored == (sum(fetched.values()),)
    assert keys[0] == keys[1]


def test_one_dead_source_leaves_the_others_intact(demo_runs, tmp_path):
    _, _, folder = demo_runs
    shutil.copy(folder / "leads.duckdb", tmp_path / "leads.duckdb")
    con = connect(tmp_path / "leads.duckdb", read_only=True)
    before = con.execute("select count(*) from ranked_leads").fetchone()
    con.close()
    with SnapshotServer() as server:
        text = demo_config(server.base_url).replace('boards = ["fernhill"]', 'boards = ["gone"]')
        config = tmp_path / "leads.toml"
        config.write_text(text, encoding="utf-8")
        summary = gather_leads(config_path=str(config))
    statuses = {row["source"]: row["status"] for row in summary.rows}
    assert statuses["greenhouse"] == "failed"
    assert {s for n, s in statuses.items() if n != "greenhouse"} == {"ok"}
    assert summary.status == "partial"
    con = connect(tmp_path / "leads.duckdb", read_only=True)
    error = con.execute(
        "select error from source_runs where source = 'greenhouse' and status = 'failed'"
    ).fetchone()
    after = con.execute("select count(*) from ranked_leads").fetchone()
    fernhill_open = con.execute(
        "select count(*) from state.postings where source = 'greenhouse' and closed_at is null"
    ).fetchone()
    con.close()
    assert "404" in error[0]
    assert after == before
    assert fernhill_open[0] > 0


def test_every_source_failing_fails_the_run_and_exits_1(prefect_harness, tmp_path) -> None:
    from typer.testing import CliRunner

    from flows.gather import AllSourcesFailed
    from leads.__main__ import app

    with SnapshotServer() as server:
        config = tmp_path / "leads.toml"
        config.write_text(
            f"[run]\ntask_retries = 0\n[http]\nmin_interval = 0\n"
            f'[sources.greenhouse]\nbase_url = "{server.base_url}"\nboards = ["gone"]\n',
            encoding="utf-8",
        )
        with pytest.raises(AllSourcesFailed) as raised:
            gather_leads(config_path=str(config))
        result = CliRunner().invoke(app, ["run", "--config", str(config)])
    assert raised.value.summary.status == "failed"
    assert result.exit_code == 1
    assert "greenhouse" in result.output and "failed" in result.output
    assert "new in the ranking" not in result.output  # nothing fetched: no count of leads


def test_a_network_file_that_cannot_be_read_makes_the_run_partial(prefect_harness, tmp_path):
    with SnapshotServer() as server:
        config = tmp_path / "leads.toml"
        config.write_text(
            f'[network]\nfiles = ["exports/gone.csv"]\n[http]\nmin_interval = 0\n'
            f'[sources.remotive]\nbase_url = "{server.base_url}"\n',
            encoding="utf-8",
        )
        summary = gather_leads(config_path=str(config))
    assert [row["status"] for row in summary.rows] == ["ok"]
    assert summary.status == "partial"
    assert summary.problems == [f"{tmp_path}/exports/gone.csv: {MISSING_EXPORT}"]


def test_leads_run_says_when_its_digest_could_not_be_sent(prefect_harness, tmp_path) -> None:
    from typer.testing import CliRunner

    from leads.__main__ import app

    port = free_port()  # nobody listens on it
    with SnapshotServer() as server:
        config = tmp_path / "leads.toml"
        config.write_text(
            f'[http]\nmin_interval = 0\n[sources.remotive]\nbase_url = "{server.base_url}"\n'
            f'[notify]\nsend_empty = true\n[notify.email]\nhost = "127.0.0.1"\n'
            f'port = {port}\nsecurity = "none"\nfrom = "leads@example.test"\n'
            'to = ["me@example.test"]\n',
            encoding="utf-8",
        )
        result = CliRunner().invoke(app, ["run", "--config", str(config)])
    assert result.exit_code == 0, result.output
    assert f"digest: email failed (SMTP 127.0.0.1:{port}" in " ".join(result.output.split())


@pytest.mark.parametrize(("refused", "raised"), [(True, False), (False, True)])
def test_a_source_that_refused_the_credentials_is_not_retried(monkeypatch, refused, raised):
    """Task retries apply to a failed source, not to one that refused the user's password:
    a retry in the same run is refused again."""
    import flows.gather as gather
    from extractors._runner import SourceResult

    failed = SourceResult("bluesky", status="failed", errors=["refused"], refused=refused)
    monkeypatch.setattr(gather, "run_source", lambda *args, **kwargs: failed)
    monkeypatch.setattr(gather, "sources", lambda: {"bluesky": None})
    if raised:
        with pytest.raises(gather.SourceFailed):
            gather.fetch_source.fn("bluesky", None, {}, {})
    else:
        assert gather.fetch_source.fn("bluesky", None, {}, {}) is failed


@pytest.mark.parametrize(
    ("errors", "raised"),
    [
        (["all: https://remotive.example/api: host not found after 5 tries"], False),
        (["a: https://x.example: host not found after 5 tries", "b: connection refused"], True),
        (["all: https://remotive.example/api: HTTP 503 after 5 tries"], True),
    ],
)
def test_a_source_whose_hosts_do_not_resolve_is_not_retried(monkeypatch, errors, raised):
    """The client tried each name five times: the task's retry 30 s later would find the
    machine as offline (a first run without internet took minutes); another cause among
    its failures is retried as before."""
    import flows.gather as gather
    from extractors._runner import SourceResult

    failed = SourceResult("remotive", status="failed", errors=errors)
    monkeypatch.setattr(gather, "run_source", lambda *args, **kwargs: failed)
    monkeypatch.setattr(gather, "sources", lambda: {"remotive": None})
    if raised:
        with pytest.raises(gather.SourceFailed):
            gather.fetch_source.fn("remotive", None, {}, {})
    else:
        assert gather.fetch_source.fn("remotive", None, {}, {}) is failed


def test_the_flows_build_reads_with_a_fork_what_one_process_reads(
    prefect_harness, tmp_path, monkeypatch
):
    """The build inside the flow splits its reading with a fork of the flow's process
    (its Prefect and DuckDB threads running): the features stored are those this
    process reads alone."""
    monkeypatch.setattr("warehouse.features.FORK_FROM", 2)
    with SnapshotServer() as server:
        config = tmp_path / "leads.toml"
        config.write_text(demo_config(server.base_url), encoding="utf-8")
        assert gather_leads(config_path=str(config)).status == "ok"
    features = "select * from staging.posting_features order by all"
    con = connect(tmp_path / "leads.duckdb")
    forked = con.execute(features).fetchall()
    con.execute("delete from staging.posting_features")
    monkeypatch.setattr("warehouse.features.FORK_FROM", 10**9)
    build_from_config(con, load_config(config))
    alone = con.execute(features).fetchall()
    con.close()
    assert len(forked) > 10 and forked == alone


def test_a_second_run_leaves_the_unchanged_network_export_unread(demo_runs):
    first, second, _ = demo_runs
    assert first.network.startswith("1 export read (new or changed): ")
    assert second.network == "1 export unchanged, not read again"


def test_the_demo_without_its_network_lists_no_export_and_keeps_its_sources(tmp_path) -> None:
    config = tmp_path / "leads.toml"
    config.write_text(demo_config("http://127.0.0.1:1", network=False), encoding="utf-8")
    loaded = load_config(config)
    assert loaded.network.files == () and "greenhouse" in loaded.sources
    config.write_text(demo_config("http://127.0.0.1:1"), encoding="utf-8")
    assert [Path(f).name for f in load_config(config).network.files] == ["network"]


def test_the_summary_names_mail_the_inbox_read_and_left() -> None:
    """An alert service it has no parser for, and a known sender's alert it found no job
    in, are said under the run's table, not only counted in `source_runs.stats`."""
    stats = {"parsed": 5, "skipped/other_sender": 2, "skipped/malt_without_jobs": 1}
    assert skipped_note(stats) == (
        "1 malt alert with no job it could read; "
        '2 messages from other senders, not read (the senders read: README, "Job-alert e-mails")'
    )
    assert skipped_note({"parsed": 3, "skipped/before_since": 40}) == ""


def test_the_summary_names_the_mailing_lists_it_did_not_read_most_frequent_first() -> None:
    """A new user's alert service with no parser yet (a Ukrainian board, say) is named by
    its domain, so she knows which alerts are not read; a person's mail never is."""
    stats = {"skipped/other_sender": 9, "skipped/list_from/djinni.co": 4,
             "skipped/list_from/dou.ua": 2, "skipped/list_from/news.example.com": 1,
             "skipped/list_from/a.example": 1}  # fmt: skip
    assert skipped_note(stats) == (
        "9 messages from other senders, not read (mailing lists among them: djinni.co (4), "
        'dou.ua (2), a.example (1) and 1 more; the senders read: README, "Job-alert e-mails")'
    )
