"""`leads serve`: run the flow on the config's schedule, no server to set up.

Prefect schedules only against a server with its scheduler running; its temporary
(ephemeral) server has none. So unless `PREFECT_API_URL` names a server, `serve` starts
a local `prefect server` on 127.0.0.1 for as long as it runs, then stops it.
"""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

import requests

from flows.config import ScheduleSettings
from leads._common import (
    ConfigOption,
    config_or_exit,
    console,
    fail,
    prefect_api_or_exit,
    quiet_prefect,
)

if TYPE_CHECKING:
    from flows.gather import RunSummary

_STARTUP_SECONDS = 90  # a first start creates the server's database (about 20-30 s)


def serve(config: ConfigOption = None) -> None:
    """Serve the gather flow on the config's schedule until stopped (Ctrl-C or SIGTERM).

    Uses Prefect's `flow.serve`. Without PREFECT_API_URL it runs a local Prefect
    server for as long as it serves; with a server, work pool and workers, use
    `prefect deploy` with prefect.yaml instead (see the README).

    Example:
        leads serve --config leads.toml
    """
    settings = config_or_exit(config)
    if settings.path is None:
        raise fail("no config found: write one with `leads init`, or pass --config")
    quiet_prefect()
    log = settings.resolve("prefect-server.log")
    with _api_server(log):
        from prefect.schedules import Cron

        from flows.gather import gather_leads

        schedule = settings.schedule
        console.print(
            f"serving gather-leads on '{schedule.cron}' ({schedule.timezone}); "
            f"next run {_when(schedule.next_run(datetime.now(UTC)))}"
        )
        line = RunLine(schedule)  # runs in each flow run's process; its stdout is ours
        gather_leads.with_options(on_completion=[line], on_failure=[line], on_crashed=[line]).serve(
            name="warmleads-scheduled",
            schedules=[Cron(schedule.cron, timezone=schedule.timezone)],
            parameters={"config_path": str(settings.path.resolve())},
        )


def _when(moment: datetime) -> str:
    return f"{moment:%Y-%m-%d %H:%M %Z}"


def run_line(summary: RunSummary | None, state: str, finished: datetime, after: datetime) -> str:
    """One line per run: when, status, new leads, failed sources, digest, next run."""
    if summary is None:
        return f"{finished:%Y-%m-%d %H:%M:%S %Z}  run {state.lower()}  next run {_when(after)}"
    failed = ", ".join(summary.failed_sources) or "none"
    return (
        f"{finished:%Y-%m-%d %H:%M:%S %Z}  run {summary.status}  "
        f"{summary.new_leads} new leads  failed sources: {failed}  "
        f"digest: {summary.digest}  next run {_when(after)}"
    )


@dataclass(frozen=True)
class RunLine:
    """A flow-run hook that prints `run_line` for the run that just ended."""

    schedule: ScheduleSettings
    __name__ = "run_line"  # Prefect names a hook in its logs

    def __call__(self, flow: Any, flow_run: Any, state: Any) -> None:
        summary = None
        try:
            result = state.result(raise_on_failure=False)
        except Exception:  # noqa: BLE001 - a crashed run has no result; the line says so
            result = None
        summary = getattr(result, "summary", result)  # AllSourcesFailed carries one
        now = datetime.now(self.schedule.zone)
        known = summary if hasattr(summary, "failed_sources") else None
        print(run_line(known, str(state.name), now, self.schedule.next_run(now)), flush=True)


@contextmanager
def _api_server(log: Path) -> Iterator[None]:
    """A Prefect API with a scheduler: PREFECT_API_URL's, else a local one we start."""
    if os.environ.get("PREFECT_API_URL"):
        prefect_api_or_exit()
        yield
        return
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    url = f"http://127.0.0.1:{port}/api"
    console.print(f"starting a local Prefect server on {url} (log: {log})")
    from flows._ephemeral import popen_tied  # killed with us, even by SIGKILL

    with log.open("ab") as output:
        server = popen_tied(
            [sys.executable, "-m", "prefect", "server", "start", "--host", "127.0.0.1",
             "--port", str(port)],
            stdout=output, stderr=subprocess.STDOUT,
        )  # fmt: skip
    try:
        _wait_healthy(url, server)
        os.environ["PREFECT_API_URL"] = url
        yield
    finally:
        server.terminate()
        server.wait(timeout=30)


def _wait_healthy(url: str, server: subprocess.Popen[bytes]) -> None:
    deadline = time.monotonic() + _STARTUP_SECONDS
    while time.monotonic() < deadline:
        if server.poll() is not None:
            raise fail(f"the local Prefect server stopped (exit {server.returncode})")
        try:
            if requests.get(f"{url}/health", timeout=2).ok:
                return
        except requests.RequestException:
            pass
        time.sleep(1)
    raise fail(f"the local Prefect server did not answer within {_STARTUP_SECONDS} s")
