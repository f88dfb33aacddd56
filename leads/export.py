"""`leads export`: ranked leads to a CSV file."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from leads._common import ConfigOption, config_or_exit, console, warehouse
from warehouse.export import export_csv


def export(
    csv: Annotated[Path, typer.Option("--csv", help="Where to write the CSV.")],
    all_leads: Annotated[
        bool, typer.Option("--all", help="Include leads left out of the ranking.")
    ] = False,
    config: ConfigOption = None,
) -> None:
    """Write ranked_leads to CSV (UTF-8, formula-safe, with each source's attribution).

    Example:
        leads export --csv leads.csv
    """
    settings = config_or_exit(config)
    with warehouse(settings) as con:
        count = export_csv(con, csv, include_unranked=all_leads)
    console.print(f"wrote {count} leads to {csv}")
