"""`leads mark`: record your verdict on a lead; it survives every later run and re-merge."""

from __future__ import annotations

from enum import StrEnum
from typing import Annotated

import typer

from leads._common import ConfigOption, config_or_exit, console, fail, warehouse
from warehouse.verdicts import mark_lead


class Verdict(StrEnum):
    shortlisted = "shortlisted"
    applied = "applied"
    ignored = "ignored"
    not_a_fit = "not-a-fit"
    new = "new"


def mark(
    lead_id: Annotated[str, typer.Argument(help="The lead_id shown by `leads top`.")],
    verdict: Annotated[Verdict, typer.Argument(help="Your verdict.")],
    config: ConfigOption = None,
) -> None:
    """Mark a lead shortlisted, applied, ignored or not-a-fit (`new` clears it).

    Ignored and not-a-fit leads leave the default ranking.

    Example:
        leads mark 3f2a9c1b7d0e applied
    """
    settings = config_or_exit(config)
    with warehouse(settings, read_only=False) as con:
        count = mark_lead(con, lead_id, verdict.value)
    if count == 0:
        raise fail(f"no lead {lead_id!r}; `leads top` lists lead ids")
    console.print(f"{lead_id}: {verdict.value}")
