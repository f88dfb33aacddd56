"""`leads top`: the best leads as a table."""

from __future__ import annotations

from datetime import UTC
from typing import Annotated

import duckdb
import typer
from rich.table import Table

from leads._common import ConfigOption, WaitOption, config_or_exit, console, fail, warehouse
from leads._terminal import cell, markup

_QUERY = """
select rank, lead_id, score, title, company, why, status, url
from ranked_leads
where {where}
order by rank nulls last, score desc
limit ?
"""


def top(
    n: Annotated[int, typer.Option("-n", help="How many leads.")] = 20,
    flagged: Annotated[
        bool, typer.Option("--flagged", help="Show the leads left out of the ranking.")
    ] = False,
    new: Annotated[
        bool, typer.Option("--new", help="Only leads first seen in the last run.")
    ] = False,
    wait: WaitOption = False,
    config: ConfigOption = None,
) -> None:
    """Print the top ranked leads, or with --flagged those the ranking leaves out.

    Example:
        leads top -n 10 --new
    """
    if n < 1:
        raise fail(f"-n {n}: how many leads must be at least 1")
    settings = config_or_exit(config)
    with warehouse(settings, wait=wait) as con:
        show_top(con, n, flagged=flagged, new=new)


def show_top(
    con: duckdb.DuckDBPyConnection, n: int, *, flagged: bool = False, new: bool = False
) -> None:
    """Print the top `n` ranked leads (or the flagged ones; or only the new ones)."""
    where = "rank is null" if flagged else "rank is not null"
    if new:  # what the digest lists: a new lead below the rate floor is counted after
        where += " and is_new" + ("" if flagged else " and meets_floor")
    rows = con.execute(_QUERY.format(where=where), [n]).fetchall()
    title = "left out of the ranking" if flagged else "top leads"
    below = _new_below_floor(con) if new and not flagged else 0
    if rows:
        console.print(leads_table(rows, title=f"new {title}" if new else title))
        if below:
            console.print(_below_floor_line(below, more=True))
    elif below:
        console.print(_below_floor_line(below, more=False))
    # counted only when nothing matched: an empty warehouse says how to fill it
    elif con.execute("select count(*) from ranked_leads").fetchone() == (0,):
        console.print(_nothing_yet(con))
    else:
        console.print(_none_listed(con, flagged=flagged, new=new))


def _new_below_floor(con: duckdb.DuckDBPyConnection) -> int:
    row = con.execute(
        "select count(*) from ranked_leads where rank is not null and is_new and not meets_floor"
    ).fetchone()
    return row[0] if row else 0


def _below_floor_line(count: int, *, more: bool) -> str:
    """The new leads `--new` counts rather than lists, as the digest does."""
    leads = f"{count} {'more ' if more else ''}new lead{'' if count == 1 else 's'}"
    return f"{leads} below your rate floor: ranked last in `leads top`"


def _nothing_yet(con: duckdb.DuckDBPyConnection) -> str:
    """An empty warehouse: how to fill it, or, right after a run that found nothing,
    that run, so "`leads run` fetches" does not read as if none had been."""
    from warehouse.load import IMPORT_RUN

    last = con.execute(
        "select started_at, status from state.runs where config_path is distinct from ? "
        "order by started_at desc limit 1",
        [IMPORT_RUN],
    ).fetchone()
    if last is None:
        return "no ranked leads yet: `leads run` fetches and ranks them"
    when = last[0].astimezone(UTC).strftime("%Y-%m-%d %H:%M UTC")
    found = "failed in every source" if last[1] == "failed" else "found no postings"
    return f"no ranked leads yet: the last run ({when}) {found}; `leads run` tries again"


def _none_listed(con: duckdb.DuckDBPyConnection, *, flagged: bool, new: bool) -> str:
    """One line instead of an empty table; when every lead was left out, where they are."""
    new_ = "new " if new else ""
    if flagged:
        return f"no {new_}lead is left out of the ranking"
    where = "rank is null and is_new" if new else "rank is null"
    row = con.execute(f"select count(*) from ranked_leads where {where}").fetchone()
    left_out = row[0] if row else 0
    said = f"no {new_}lead is in the ranking"
    if not left_out:
        return said
    return f"{said}; {left_out} left out: `leads top --flagged{' --new' if new else ''}` says why"


def leads_table(rows: list[tuple[object, ...]], *, title: str) -> Table:
    """A readable table of ranked_leads rows as selected by `_QUERY`; `why` carries the
    terms (engagement, place, rate), so narrow terminals keep two wide columns."""
    table = Table(title=title, title_justify="left", show_lines=True, expand=True)
    table.add_column("#", justify="right", no_wrap=True)
    table.add_column("score", justify="right", no_wrap=True)
    table.add_column("lead", overflow="fold", ratio=2)
    table.add_column("why", overflow="fold", ratio=3)
    for rank, lead_id, score, title_, company, why, status, url in rows:
        mark = "" if status == "new" else f" [cyan]{markup(status)}[/]"
        by = f"\n{markup(company, 120)}" if company else ""
        headline = (
            f"[bold]{markup(title_ or '(untitled)', 200)}[/]{by}"
            f"\n[dim]{markup(url, 300)}\n{markup(lead_id)}[/]{mark}"
        )
        table.add_row(str(rank or "-"), f"{score:.2f}", headline, cell(why))
    return table
