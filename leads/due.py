"""`leads due`: the follow-ups that are due, most overdue first."""

from __future__ import annotations

from datetime import timedelta
from typing import Annotated

import typer
from rich.table import Table

from leads._common import ConfigOption, WaitOption, config_or_exit, console, warehouse
from leads._terminal import markup
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
    table = Table(
        title=f"follow-ups due by {until.isoformat()}", title_justify="left", show_lines=True
    )
    table.add_column("due", no_wrap=True)
    table.add_column("lead", no_wrap=True)  # copied into `leads mark`: never cut
    table.add_column("follow-up", overflow="fold")  # the rest of the width, for reading
    for row in rows:
        title = markup(row.title or "(untitled)", 120) + (
            f" — {markup(row.company, 120)}" if row.company else ""
        )
        note = f"\n[italic]{markup(row.note, 200)}[/]" if row.note else ""
        table.add_row(
            row.follow_up.isoformat(),
            f"{row.lead_id}\n[cyan]{row.status}[/]",
            f"[bold]{title}[/]{note}\n[dim]{markup(row.url, 200)}[/]",
        )
    console.print(table)
