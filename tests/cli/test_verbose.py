"""`leads run --verbose` shows Prefect's log: the settings it gives Prefect must configure."""

from __future__ import annotations

import subprocess
import sys

import pytest

_SETUP = """
import logging
from leads._common import quiet_prefect
quiet_prefect(verbose={verbose})
from prefect.logging.configuration import setup_logging
setup_logging()
print(logging.getLogger("prefect.flow_runs").getEffectiveLevel())
"""


@pytest.mark.parametrize(("verbose", "level"), [(True, "20"), (False, "30")])
def test_verbose_lets_the_flows_info_through(verbose: bool, level: str, tmp_path) -> None:
    """Prefect drops its whole logging config (silently) on a level it cannot name."""
    env = {"PATH": "/usr/bin:/bin", "HOME": str(tmp_path), "PREFECT_HOME": str(tmp_path)}
    done = subprocess.run(
        [sys.executable, "-c", _SETUP.format(verbose=verbose)],
        capture_output=True, text=True, env=env, timeout=120, check=True,
    )  # fmt: skip
    assert done.stdout.split()[-1] == level, done.stderr
