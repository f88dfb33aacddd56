"""The terms of work a posting offers and a profile asks for, in a module that builds
nothing: `_contract` types postings with them, and a config checks `[profile]
engagements` against them without loading the records a run needs."""

from __future__ import annotations

from typing import Literal, get_args

Engagement = Literal["freelance", "contract", "part_time", "fractional", "full_time"]
ENGAGEMENTS: tuple[str, ...] = get_args(Engagement)
