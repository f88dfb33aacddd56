"""`leads open`: open a lead's posting in the browser."""

from __future__ import annotations

import webbrowser
from typing import Annotated

import typer

from leads._common import (
    ConfigOption,
    WaitOption,
    config_or_exit,
    console,
    fail,
    known_leads,
    warehouse,
)
from leads._terminal import markup
from warehouse.lead_rows import safe_link


def open_lead(
    lead_id: Annotated[str, typer.Argument(help="The lead id (any case).")],
    wait: WaitOption = False,
    config: ConfigOption = None,
) -> None:
    """Open the lead's posting in your web browser (only http and https links).

    Example:
        leads open L55d012881a7
    """
    settings = config_or_exit(config)
    with warehouse(settings, wait=wait) as con:
        (found,) = known_leads(con, [lead_id])
        row = con.execute(
            "select url from marts.ranked_leads where lead_id = ?", [found]
        ).fetchone()
    link = safe_link(row[0] if row else None)
    if link is None:
        raise fail(f"{found}: its link is not http(s), so it is not opened")
    console.print(f"{found}: {markup(link)}", soft_wrap=True)
    webbrowser.open(link)
