"""Shared test fixtures: captured payloads, a built demo warehouse, the Prefect harness."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from hypothesis import settings

from extractors import sources
from extractors._runner import run_source
from flows.config import load_config
from leads.demo.command import demo_config
from leads.demo.server import SnapshotServer
from warehouse import build, load
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
            load.store_result(
                con, "cli-tests", result, windowed=module.WINDOWED, attribution=module.ATTRIBUTION
            )
    import_network(con, [str(config.resolve(f)) for f in config.network.files])
    build.build(con, config.profile, config.ranking)
    load.finish_run(con, "cli-tests")
    con.close()
    return folder


@pytest.fixture
def demo_dir(built_demo: Path, tmp_path: Path) -> Path:
    """A private copy of the built demo, safe to write to."""
    target = tmp_path / "demo"
    shutil.copytree(built_demo, target)
    return target
