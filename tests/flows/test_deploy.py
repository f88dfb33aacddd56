"""`leads deploy` against a Prefect API: the deployment from the config, in a few lines."""

import pytest
from typer.testing import CliRunner

from leads.__main__ import app

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
