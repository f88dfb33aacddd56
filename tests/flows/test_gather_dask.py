"""The gather flow on a Dask cluster: fetch tasks on two worker processes, one writer.

Runs only where the optional extra is installed (`pip install "warmleads[dask]"`).
"""

from pathlib import Path

import pytest

pytest.importorskip("prefect_dask")

from distributed import Client, LocalCluster, get_task_stream  # noqa: E402
from prefect.task_runners import ThreadPoolTaskRunner  # noqa: E402
from prefect_dask.task_runners import DaskTaskRunner  # noqa: E402

from flows.config import RunSettings  # noqa: E402
from flows.gather import RunSummary, gather_leads, task_runner  # noqa: E402
from leads.demo.command import demo_config  # noqa: E402
from leads.demo.server import SnapshotServer  # noqa: E402
from warehouse.db import connect  # noqa: E402

pytestmark = pytest.mark.flow

# what a reader of the ranking sees; lead ids and scores to the third place are the same
# whichever process fetched first
RANKED = """
select rank, title, company, url, round(score, 3), why from ranked_leads
where rank is not null order by rank
"""


def _gather(folder: Path, config_text: str) -> tuple[RunSummary, list[tuple[object, ...]]]:
    folder.mkdir()
    (folder / "leads.toml").write_text(config_text, encoding="utf-8")
    summary = gather_leads(config_path=str(folder / "leads.toml"))
    con = connect(folder / "leads.duckdb", read_only=True)
    ranked = con.execute(RANKED).fetchall()
    con.close()
    return summary, ranked


def test_a_two_worker_cluster_ranks_the_demo_as_threads_do(prefect_harness, tmp_path):
    # a dashboard on a free port: 8787 may be taken by another cluster on this machine
    cluster = LocalCluster(n_workers=2, threads_per_worker=1, dashboard_address=":0")
    with cluster, Client(cluster, set_as_default=False) as client, SnapshotServer() as server:
        text = demo_config(server.base_url)
        on_dask = text.replace(
            "[run]\n", f'[run]\ntask_runner = "dask"\naddress = "{cluster.scheduler_address}"\n'
        )
        with get_task_stream(client) as stream:
            dask_summary, dask_ranked = _gather(tmp_path / "dask", on_dask)
        workers = {task["worker"] for task in stream.data}
        cluster_workers = set(client.scheduler_info()["workers"])
        thread_summary, thread_ranked = _gather(tmp_path / "threads", text)
    configured = len([line for line in text.splitlines() if line.startswith("[sources.")])
    assert {row["status"] for row in dask_summary.rows} == {"ok"}
    assert len(dask_summary.rows) == configured == len(thread_summary.rows)
    assert len(stream.data) >= configured  # every fetch ran on the cluster's workers ...
    assert workers and workers <= cluster_workers
    assert len(dask_ranked) >= 5
    assert dask_ranked == thread_ranked  # ... and the one writer ranked the same leads


def test_the_runner_follows_the_run_settings():
    threads = task_runner(RunSettings(workers=3))
    assert isinstance(threads, ThreadPoolTaskRunner) and threads._max_workers == 3
    local = task_runner(RunSettings(task_runner="dask", workers=2))
    assert isinstance(local, DaskTaskRunner) and local.address is None
    assert local.cluster_kwargs["n_workers"] == 2
    remote = task_runner(RunSettings(task_runner="dask", address="tcp://10.0.0.5:8786"))
    assert remote.address == "tcp://10.0.0.5:8786" and not remote.cluster_kwargs
