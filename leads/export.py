"""`leads export`: ranked leads to a CSV file."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import duckdb
import typer

from leads._common import ConfigOption, WaitOption, config_or_exit, fail, warehouse
from leads._terminal import clean
from warehouse.export import export_csv
from warehouse.sandbox import first_line


def export(
    csv: Annotated[Path, typer.Option("--csv", help="Where to write the CSV.")],
    all_leads: Annotated[
        bool, typer.Option("--all", help="Include leads left out of the ranking.")
    ] = False,
    excel: Annotated[
        bool | None,
        typer.Option(
            "--excel/--no-excel",
            help="For Excel: start the file with a UTF-8 BOM. Default: \\[export] excel.",
            show_default=False,
        ),
    ] = None,
    decimal_comma: Annotated[
        bool | None,
        typer.Option(
            "--decimal-comma/--decimal-point",
            help="For a sheet that writes 1,5 (French, German, Spanish, Italian, Portuguese, "
            "Dutch...): ';' between fields and ',' in numbers; dates stay ISO. "
            "Default: \\[export] decimal_comma.",
            show_default=False,
        ),
    ] = None,
    wait: WaitOption = False,
    config: ConfigOption = None,
) -> None:
    """Write ranked_leads to CSV (UTF-8, formula-safe, with each source's attribution).

    Example:
        leads export --csv leads.csv
        leads export --csv leads.csv --excel --decimal-comma   # Excel writing 1,5
    """
    settings = config_or_exit(config)
    excel = settings.export.excel if excel is None else excel
    decimal_comma = settings.export.decimal_comma if decimal_comma is None else decimal_comma
    if not csv.parent.is_dir():
        raise fail(f"{csv}: no such folder {csv.parent}")
    if csv.is_dir():
        raise fail(f"{csv}: is a folder; name the CSV file to write")
    with warehouse(settings, wait=wait) as con:
        try:
            count = export_csv(
                con, csv, include_unranked=all_leads, excel=excel, decimal_comma=decimal_comma
            )
        except (duckdb.IOException, duckdb.PermissionException, OSError) as error:
            raise fail(f"{csv}: cannot write it: {first_line(error)}") from error
    typer.echo(f"wrote {count} leads to {clean(csv, None)}")  # one plain line: no rich to load
