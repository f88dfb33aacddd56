"""Sources that `leads demo` serves on loopback.

A folder made with `leads demo --dir` keeps the demo's sources in its leads.toml. When
the user runs it for their own mail or exports, the demo's server is not running, and
every one of those sources would only fail after all its retries (about a minute of
"connection refused"). They are skipped instead, and the run says so once.
"""

from __future__ import annotations

import socket
from dataclasses import asdict, is_dataclass
from typing import Any

DEMO_HOST = "127.0.0.1"
DEMO_PORT = 8765
DEMO_URL = f"http://{DEMO_HOST}:{DEMO_PORT}"
SKIPPED = "served by `leads demo`, which is not running: skipped"


def _urls(value: Any) -> list[str]:
    """Every http(s) URL among a source's settings, however nested."""
    if is_dataclass(value) and not isinstance(value, type):
        value = asdict(value)
    if isinstance(value, dict):
        return [url for item in value.values() for url in _urls(item)]
    if isinstance(value, list | tuple):
        return [url for item in value for url in _urls(item)]
    if isinstance(value, str) and value.startswith(("http://", "https://")):
        return [value]
    return []


def demo_served(settings: Any) -> bool:
    """True when every URL the source asks is on the demo's server (and it asks some)."""
    urls = _urls(settings)
    return bool(urls) and all(u == DEMO_URL or u.startswith(DEMO_URL + "/") for u in urls)


def demo_server_up() -> bool:
    """Whether anything listens on the demo's port (a refused connect costs ~0 s)."""
    try:
        with socket.create_connection((DEMO_HOST, DEMO_PORT), timeout=0.5):
            return True
    except OSError:
        return False


def idle_demo_sources(sources: dict[str, Any]) -> list[str]:
    """The sources served by the demo's server when it is not running, to skip."""
    served = [name for name, settings in sources.items() if demo_served(settings)]
    return served if served and not demo_server_up() else []
