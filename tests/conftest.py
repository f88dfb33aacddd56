"""Shared test fixtures: captured payloads, a built demo warehouse, the Prefect harness."""

from __future__ import annotations

import shutil
import socket
from collections.abc import Iterator
from contextlib import contextmanager
from email import policy
from email.message import EmailMessage
from email.parser import BytesParser
from pathlib import Path

import pytest
from hypothesis import settings

from extractors import sources
from extractors._runner import run_source
from flows.build import build_from_config
from flows.config import load_config
from leads.demo.command import demo_config
from leads.demo.server import SnapshotServer
from warehouse import load
from warehouse.db import connect
from warehouse.network.store import import_network

FIXTURES = Path(__file__).parent / "fixtures"

# no per-example deadline: a loaded CI machine is slow, not wrong (properties stay checked)
settings.register_profile("warmleads", deadline=None)
settings.load_profile("warmleads")


def fixture_bytes(*parts: str) -> bytes:
    """The bytes of tests/fixtures/<parts...> (Scrapy's get_testdata)."""
    return FIXTURES.joinpath(*parts).read_bytes()


@pytest.fixture
def fixtures_dir() -> Path:
    return FIXTURES


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Under `pytest -n` (`make test`), the tests on the Prefect harness share one worker:
    one temporary Prefect API starts, not one per worker."""
    for item in items:
        if "prefect_harness" in getattr(item, "fixturenames", ()):
            item.add_marker(pytest.mark.xdist_group("prefect"))


@pytest.fixture(scope="session")
def prefect_harness():
    """A temporary Prefect API for the whole session (~16 s once), for flow tests."""
    from leads._common import quiet_prefect

    quiet_prefect()
    from prefect.testing.utilities import prefect_test_harness

    with prefect_test_harness(server_startup_timeout=90):
        yield


@pytest.fixture(scope="session")
def built_demo(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A folder with the demo's leads.toml and a warehouse loaded from the snapshots."""
    folder = tmp_path_factory.mktemp("built-demo")
    with SnapshotServer() as server:
        (folder / "leads.toml").write_text(demo_config(server.base_url), encoding="utf-8")
        config = load_config(folder / "leads.toml")
        con = connect(config.warehouse_path)
        load.start_run(con, "cli-tests", str(config.path))
        for name, settings in config.sources.items():
            module = sources()[name]
            result = run_source(module, settings, client_options={"min_interval": 0})
            load.store_result(con, "cli-tests", result, windowed=module.WINDOWED)
    files = [str(config.resolve(f)) for f in config.network.files]
    import_network(con, files, run_id="cli-tests", scan_messages=config.network.scan_messages)
    build_from_config(con, config)
    load.finish_run(con, "cli-tests")
    con.close()
    return folder


@pytest.fixture
def demo_dir(built_demo: Path, tmp_path: Path) -> Path:
    """A private copy of the built demo, safe to write to."""
    target = tmp_path / "demo"
    shutil.copytree(built_demo, target)
    return target


class Inbox:
    """An aiosmtpd handler that keeps every message it receives, parsed."""

    def __init__(self) -> None:
        self.messages: list[EmailMessage] = []

    async def handle_DATA(self, server, session, envelope) -> str:  # noqa: N802 - aiosmtpd's name
        self.messages.append(
            BytesParser(policy=policy.default).parsebytes(envelope.original_content)
        )
        return "250 OK"


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


@contextmanager
def smtp_server() -> Iterator[tuple[int, Inbox]]:
    """A local SMTP server on 127.0.0.1 (no TLS, no auth): (port, inbox)."""
    from aiosmtpd.controller import Controller

    inbox = Inbox()
    controller = Controller(inbox, hostname="127.0.0.1", port=free_port())
    controller.start()
    try:
        yield controller.port, inbox
    finally:
        controller.stop()


@pytest.fixture
def smtp_inbox() -> Iterator[tuple[int, Inbox]]:
    with smtp_server() as server:
        yield server
