"""The `[notify]` table: how often a digest goes out, whether an empty one does, and
each channel's settings. Apart from `deliver.py`, so that reading a config loads no
channel and no sending machinery."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from extractors._errors import unknown_name

CADENCES = ("run", "daily", "weekly")


@dataclass(frozen=True)
class NotifySettings:
    """The `[notify]` table: how often, whether to send an empty digest, the channels."""

    cadence: str = "run"  # run | daily | weekly
    send_empty: bool = False
    # NAME -> its Settings, from the [notify.<NAME>] sub-tables
    channels: dict[str, Any] = field(default_factory=dict, metadata={"key": None})

    def __post_init__(self) -> None:
        if self.cadence not in CADENCES:
            raise unknown_name("cadence", "cadence", CADENCES, self.cadence)
