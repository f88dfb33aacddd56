"""The digest's channels, one module each: e-mail, Slack, Discord, ntfy, a webhook.

A channel module defines `NAME` (its `[notify.<NAME>]` table), a frozen `Settings`
dataclass and `send(settings, message) -> int` (the bytes it sent), which raises
`SendError` with a message that names no secret: no password, no webhook URL, only a
host. `settings.py` holds the `[notify]` table, `deliver.py` decides what is pending
and records what was sent.
"""

from __future__ import annotations

import importlib
from types import ModuleType

CHANNELS = ("email", "slack", "discord", "ntfy", "webhook")


def channel(name: str) -> ModuleType:
    """The channel module `name` (one of `CHANNELS`), imported on first use: reading a
    config imports only the channels it names (their senders load when they send)."""
    return importlib.import_module(f"{__name__}.{name}")
