"""`leads due`: the follow-ups that are due, most overdue first."""

from __future__ import annotations

from datetime import timedelta
from typing import Annotated

import typer
from rich.table import Table

from leads._common import ConfigOption, WaitOption, config_or_exit, console, warehouse
from leads._terminal import cell
from warehouse.verdicts import due_follow_ups


def due(
    within: Annotated[
        int, typer.Option("--within", help="Also those due in the next N days.", min=0)
    ] = 0,
    wait: WaitOption = False,
    config: ConfigOption = None,
) -> None:
    """List the leads whose follow-up date (`leads mark --follow-up`) has come.

    Days are those of \\[schedule] timezone.

    Example:
        leads due --within 3
    """
    settings = config_or_exit(config)
    until = settings.schedule.today() + timedelta(days=within)
    with warehouse(settings, wait=wait) as con:
        rows = due_follow_ups(con, until)
    if not rows:
        console.print(f"no follow-ups due by {until.isoformat()}")
        return
    table = Table(title=f"follow-ups due by {until.isoformat()}", title_justify="left")
    for column in ("due", "lead"):  # a lead id is copied into `leads mark`: never cut it
        table.add_column(column, no_wrap=True)
    for column in ("status", "title", "note", "url"):
        table.add_column(column, overflow="fold")
    for row in rows:
        title = f"{row.title or '(untitled)'}" + (f" — {row.company}" if row.company else "")
        table.add_row(
            row.follow_up.isoformat(), row.lead_id, row.status, cell(title, 120),
            cell(row.note, 200), cell(row.url, 200),
        )  # fmt: skip
    console.print(table)
