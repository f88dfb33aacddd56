"""Run `leads` as a child process: its exit code, output, seconds and peak memory,
optionally killed with SIGKILL at a given moment (with the children it had then)."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path


@dataclass
class Outcome:
    code: int  # -9 when killed
    output: str
    seconds: float
    peak_mib: float
    orphans: list[int] = field(default_factory=list)  # children alive 5 s after a kill


def leads(
    *args: str, env: dict[str, str], cwd: Path, kill_after: float | None = None,
    timeout: float = 600,
) -> Outcome:  # fmt: skip
    """Run `python -m leads ARGS`; with `kill_after`, SIGKILL it then (if still running)."""
    started = time.monotonic()
    with tempfile.TemporaryFile() as out:
        child = subprocess.Popen(  # noqa: S603 - our own interpreter and module
            [sys.executable, "-m", "leads", *args], stdout=out, stderr=subprocess.STDOUT,
            stdin=subprocess.DEVNULL, env=env, cwd=cwd,
        )  # fmt: skip
        limit = started + (timeout if kill_after is None else kill_after)
        status, peak = _poll(child.pid, limit)
        orphans: list[int] = []
        if status is None:
            children = _children(child.pid)
            os.kill(child.pid, signal.SIGKILL)
            _, status = os.waitpid(child.pid, 0)
            orphans = _survivors(children)
        child.returncode = os.waitstatus_to_exitcode(status)
        out.seek(0)
        output = out.read().decode("utf-8", errors="replace")
    return Outcome(child.returncode, output, time.monotonic() - started, peak, orphans)


def _poll(pid: int, until: float) -> tuple[int | None, float]:
    """The exit status (None if still running at `until`) and the peak resident memory
    in MiB, read from /proc as it runs: getrusage's ru_maxrss would count the memory of
    this process, which the child had until its exec."""
    peak = 0.0
    while time.monotonic() < until:
        peak = max(peak, _high_water(pid))
        done, status = os.waitpid(pid, os.WNOHANG)
        if done:
            return status, peak
        time.sleep(0.02)
    return None, max(peak, _high_water(pid))


def _high_water(pid: int) -> float:
    try:
        status = Path(f"/proc/{pid}/status").read_text()
    except OSError:
        return 0.0
    found = next((line for line in status.splitlines() if line.startswith("VmHWM:")), "")
    return int(found.split()[1]) / 1024 if found else 0.0


def _children(pid: int) -> list[int]:
    """The child processes of `pid` now (Prefect's temporary server among them)."""
    found: list[int] = []
    for task in Path(f"/proc/{pid}/task").glob("*"):
        try:
            found += [int(p) for p in (task / "children").read_text().split()]
        except OSError:
            continue
    return found


def _survivors(pids: list[int], wait: float = 5.0) -> list[int]:
    """Which of `pids` are still running after `wait` seconds (then ended by us)."""
    deadline = time.monotonic() + wait
    alive = list(pids)
    while alive and time.monotonic() < deadline:
        alive = [pid for pid in alive if _running(pid)]
        time.sleep(0.1)
    for pid in alive:  # an orphan is counted, then not left behind
        os.kill(pid, signal.SIGKILL)
    return alive


def _running(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except (OSError, IndexError):
        return False
    return state != "Z"
