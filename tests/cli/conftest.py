"""A demo warehouse built once per session, the flow's steps without Prefect."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from extractors import sources
from extractors._runner import run_source
from flows.config import load_config
from leads.demo.command import demo_config
from leads.demo.server import SnapshotServer
from warehouse import build, load
from warehouse.db import connect
from warehouse.network.store import import_network


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
