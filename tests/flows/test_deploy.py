"""Deployments against a Prefect API: `leads deploy` from the config, and prefect.yaml
as the README has a user deploy it, run by a process worker."""

import os
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from leads.__main__ import app
from leads.demo.command import demo_config
from leads.demo.server import SnapshotServer
from warehouse.db import connect

pytestmark = pytest.mark.flow


def test_deploy_writes_the_deployment_without_prefects_advice(
    prefect_harness, tmp_path, monkeypatch
) -> None:
    from prefect.settings import PREFECT_API_URL

    monkeypatch.setenv("PREFECT_API_URL", str(PREFECT_API_URL.value()))
    config = tmp_path / "leads.toml"
    config.write_text("[schedule]\ncron = '0 6 * * 1-5'\n", encoding="utf-8")
    result = CliRunner().invoke(app, ["deploy", "--config", str(config)])
    assert result.exit_code == 0, result.output
    out = " ".join(result.output.split())
    assert "deployed gather-leads/daily on pool local-process: '0 6 * * 1-5' (UTC)" in out
    assert "calling `.serve`" not in out and "ignore_warnings" not in out  # not for our users


ROOT = Path(__file__).resolve().parents[2]  # where prefect.yaml is, as a user deploys it


def test_prefect_yaml_deploys_and_a_process_worker_runs_it(prefect_harness, tmp_path) -> None:
    # the README's recipe, verbatim: a work pool, `prefect deploy --all` from the
    # checkout, a worker with LEADS_CONFIG in its environment running the flow
    from prefect.settings import PREFECT_API_URL

    prefect = str(Path(sys.executable).with_name("prefect"))
    with SnapshotServer() as server:
        config = tmp_path / "leads.toml"
        config.write_text(demo_config(server.base_url), encoding="utf-8")
        env = {**os.environ, "PREFECT_API_URL": str(PREFECT_API_URL.value()),
               "LEADS_CONFIG": str(config)}  # fmt: skip

        def prefect_cli(*args: str) -> str:
            done = subprocess.run([prefect, *args], cwd=ROOT, env=env, capture_output=True,
                                  text=True, timeout=300, check=False)  # fmt: skip
            assert done.returncode == 0, done.stdout + done.stderr
            return done.stdout

        prefect_cli("work-pool", "create", "local-process", "--type", "process", "--overwrite")
        assert "gather-leads/daily" in prefect_cli("--no-prompt", "deploy", "--all")
        prefect_cli("deployment", "run", "gather-leads/daily")
        prefect_cli("worker", "start", "--pool", "local-process", "--run-once")
    con = connect(tmp_path / "leads.duckdb", read_only=True)
    [(status,)] = con.execute("select status from state.runs").fetchall()
    [(leads,)] = con.execute("select count(*) from ranked_leads").fetchall()
    assert status == "ok" and leads > 0
