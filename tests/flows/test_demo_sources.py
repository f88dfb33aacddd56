"""A folder made by `leads demo --dir`, run for the user's own mail: the demo's sources
are skipped while its server is down, and `--only` fetches the sources named."""

from email.message import EmailMessage
from pathlib import Path

import pytest
from conftest import free_port
from typer.testing import CliRunner

from extractors._errors import ConfigError
from flows import demo_sources
from flows.gather import gather_leads
from leads.__main__ import app
from leads.demo.server import SnapshotServer

pytestmark = pytest.mark.flow


@pytest.fixture
def demo_port(monkeypatch: pytest.MonkeyPatch) -> int:
    """The demo's address moved to a free port, so a real `leads demo` elsewhere on this
    machine cannot answer for it."""
    port = free_port()
    monkeypatch.setattr(demo_sources, "DEMO_PORT", port)
    monkeypatch.setattr(demo_sources, "DEMO_URL", f"http://127.0.0.1:{port}")
    return port


def _folder(tmp_path: Path, port: int) -> Path:
    """A demo-made leads.toml whose inbox is the user's own mbox of one Indeed alert."""
    alert = EmailMessage()
    alert["From"], alert["To"] = "Indeed <alert@indeed.com>", "ana@example.org"
    alert["Subject"], alert["Message-ID"] = "Freelance Data Engineer", "<a1@indeed.test>"
    alert["Date"] = "Thu, 03 Dec 2026 08:00:00 +0000"
    alert.set_content(
        "Freelance Data Engineer\nBirchway Analytics - Remote\n$85 - $110 an hour\n"
        "https://www.indeed.com/rc/clk?jk=a1b2c3d4e5f60718&from=ja\n"
    )
    (tmp_path / "mine.mbox").write_bytes(b"From MAILER-DAEMON Thu Dec  3 08:00:00 2026\n"
                                         + alert.as_bytes() + b"\n")  # fmt: skip
    url = f"http://127.0.0.1:{port}"
    (tmp_path / "leads.toml").write_text(
        f"[run]\ntask_retries = 2\nretry_delay_seconds = 5\n\n"
        f'[sources.hackernews]\nbase_url = "{url}"\nfirebase_url = "{url}"\n\n'
        f'[sources.jobposting]\npages = ["{url}/careers/tidepool-labs"]\n\n'
        '[sources.inbox]\npaths = ["mine.mbox"]\nsince = "2026-01-01"\n',
        encoding="utf-8",
    )
    return tmp_path / "leads.toml"


def test_settings_on_the_demos_server_alone_are_the_demos(demo_port: int) -> None:
    from extractors.hackernews import Settings as HN
    from extractors.jobposting import Settings as Pages

    url = f"http://127.0.0.1:{demo_port}"
    assert demo_sources.demo_served(HN(base_url=url, firebase_url=url))
    assert demo_sources.demo_served(Pages(pages=[f"{url}/careers/a"]))
    # one real URL beside it, another port, or a look-alike host: the user's own
    assert not demo_sources.demo_served(HN(base_url=url))
    assert not demo_sources.demo_served(Pages(pages=[f"{url}/a", "https://acme.example/jobs"]))
    assert not demo_sources.demo_served(Pages(pages=[f"{url}0/careers"]))
    assert not demo_sources.demo_served(Pages(pages=[]))  # asks nothing: nothing to skip


def test_a_demo_folder_run_skips_the_demos_sources_when_its_server_is_down(
    prefect_harness, tmp_path: Path, demo_port: int
) -> None:
    config = _folder(tmp_path, demo_port)
    summary = gather_leads(config_path=str(config))
    assert summary.idle_demo == ["hackernews", "jobposting"]
    # never fetched, so never retried (2 x 5 s each): no row of theirs, failed or not
    assert [(r["source"], r["status"], r["new"]) for r in summary.rows] == [("inbox", "ok", 1)]
    assert summary.status == "ok"


def test_while_the_demo_serves_them_they_are_fetched(
    prefect_harness, tmp_path: Path, demo_port: int
) -> None:
    config = _folder(tmp_path, demo_port)
    with SnapshotServer(port=demo_port):
        summary = gather_leads(config_path=str(config))
    assert summary.idle_demo == []
    assert {r["source"]: r["status"] for r in summary.rows} == {
        "hackernews": "ok", "jobposting": "ok", "inbox": "ok",
    }  # fmt: skip


def test_only_fetches_the_sources_named(prefect_harness, tmp_path: Path) -> None:
    with SnapshotServer() as server:  # up and answering: --only alone keeps it out
        config = _folder(tmp_path, int(server.base_url.rsplit(":", 1)[1]))
        summary = gather_leads(config_path=str(config), only=["inbox"])
    assert [r["source"] for r in summary.rows] == ["inbox"]
    with pytest.raises(ConfigError, match=r"no \[sources.inbx\] table.*hackernews, jobposting"):
        gather_leads(config_path=str(config), only=["inbx"])


def test_run_only_refuses_a_source_with_no_table_in_one_line(tmp_path: Path) -> None:
    config = _folder(tmp_path, free_port())
    result = CliRunner().invoke(app, ["run", "-c", str(config), "--only", "linkedin"])
    assert result.exit_code == 2
    assert "--only linkedin: no [sources.linkedin] table" in result.output
    assert "hackernews, jobposting, inbox" in result.output
    result = CliRunner().invoke(app, ["run", "-c", str(config), "--only", "inbx"])
    flat = " ".join(result.output.split())
    assert result.exit_code == 2 and "no [sources.inbx] table: did you mean inbox?" in flat
