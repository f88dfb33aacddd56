"""Prefect's temporary API server, started so that it dies with this process.

Without `PREFECT_API_URL` Prefect starts a uvicorn child process on first use and stops
it at exit; a SIGKILL gives no exit, and the server stays running with parent PID 1
(measured, engineering notes). On Linux the kernel can signal a child when its parent
dies (`PR_SET_PDEATHSIG`), but only the child can ask for that, between fork and exec:
so the server is started here, from the main thread (the signal follows the thread that
forked it), with Prefect's own Popen call given a `preexec_fn` that asks.
"""

from __future__ import annotations

import ctypes
import functools
import os
import signal
import subprocess
import sys
import threading
import types
from collections.abc import Sequence
from typing import Any

_PR_SET_PDEATHSIG = 1


def _die_with_parent(parent: int) -> None:
    """In the child, before exec: SIGTERM when the parent dies (already dead: now)."""
    libc = ctypes.CDLL(None, use_errno=True)
    libc.prctl(_PR_SET_PDEATHSIG, signal.SIGTERM, 0, 0, 0)
    if os.getppid() != parent:
        os._exit(1)


def popen_tied(args: Sequence[str], **kwargs: Any) -> subprocess.Popen[bytes]:
    """subprocess.Popen for a child that gets SIGTERM when this process dies."""
    parent = os.getpid()
    tie = functools.partial(_die_with_parent, parent)
    child: subprocess.Popen[bytes] = subprocess.Popen(args, preexec_fn=tie, **kwargs)
    return child


def start_temporary_server() -> None:
    """Start Prefect's temporary server now, tied to this process, unless an API server
    is configured or this is not Linux (then Prefect starts its own as usual)."""
    from prefect.server.api import server as prefect_server
    from prefect.settings import PREFECT_API_URL

    if PREFECT_API_URL.value() or not sys.platform.startswith("linux"):
        return
    if threading.current_thread() is not threading.main_thread():
        return  # the parent-death signal would fire when this thread ends

    # Prefect's module calls `subprocess.Popen`: for this one start, that is ours
    namespace = vars(prefect_server)
    namespace["subprocess"] = types.SimpleNamespace(**{**vars(subprocess), "Popen": popen_tied})
    try:
        prefect_server.SubprocessASGIServer().start()
    finally:
        namespace["subprocess"] = subprocess
