"""`leads report`: the leads as one self-contained HTML page (no CDN, works offline).

The page is rendered here with Jinja2's autoescaping, so every title, company, reason
and URL from a posting is text, never markup; only http(s) links (and a `mailto:` of one
address) become clickable. The stylesheet and script are package files inlined into the
page; the script only sorts, filters, searches and copies `leads mark` commands.
"""

from __future__ import annotations

from datetime import UTC, datetime, tzinfo
from importlib import resources
from pathlib import Path
from typing import Annotated

import duckdb
import typer
from markupsafe import Markup

from flows.config import command_for
from leads._common import ConfigOption, WaitOption, config_or_exit, console, warehouse
from notify.render import html_templates
from warehouse import clock
from warehouse.lead_rows import LeadRow, clickable, lead_rows
from warehouse.verdicts import STATUSES, due_follow_ups, next_status

FLAGGED_LIMIT = 500  # lines in the collapsed section of leads left out


def _asset(name: str) -> Markup:
    """A stylesheet or script of ours, inlined as it is (it holds no outside text)."""
    return Markup(resources.files("leads").joinpath("templates", name).read_text("utf-8"))


def render_report(
    con: duckdb.DuckDBPyConnection,
    generated_at: datetime,
    command: str = "leads",
    zone: tzinfo = UTC,
) -> str:
    """The whole page: the follow-ups due, new leads, the ranking, and the leads left
    out, one line each;
    its copy-ready commands start with `command` (`flows.config.command_for`), its times
    and dates are in `zone` (`[schedule] timezone`, as `leads show` and `leads due` say)."""
    ranked = lead_rows(con, "l.in_ranking")
    flagged = lead_rows(
        con, "not l.in_ranking and not l.is_closed", order="l.score desc, l.lead_id",
        limit=FLAGGED_LIMIT,
    )  # fmt: skip
    today = generated_at.astimezone(zone).date()
    return (
        html_templates("leads")
        .get_template("report.html")
        .render(
            ranked=ranked,
            # what the digest lists; a new lead below the rate floor is counted after
            new=[lead for lead in ranked if lead.is_new and lead.meets_floor],
            new_below_floor=sum(lead.is_new and not lead.meets_floor for lead in ranked),
            due=due_follow_ups(con, today),
            today=today,
            on_page={lead.lead_id for lead in ranked} | {lead.lead_id for lead in flagged},
            safe_link=clickable,
            flagged=flagged,
            sources=_source_choices(ranked),
            statuses=sorted({lead.status for lead in ranked}),
            verdicts=(*STATUSES[1:], STATUSES[0]),  # "new", which clears one, last
            next_status=next_status,
            generated_at=generated_at,
            local=lambda at, layout: f"{at.astimezone(zone):{layout}}",
            command=command,
            new_since=_new_since(con),
            css=_asset("report.css"),
            js=_asset("report.js"),
        )
    )


def _new_since(con: duckdb.DuckDBPyConnection) -> datetime | None:
    """Since when a lead counts as new (`marts.new_since`): None until a second run."""
    row = con.execute("select since from marts.new_since").fetchone()
    return row[0] if row else None


def write_report(
    con: duckdb.DuckDBPyConnection, path: Path, command: str = "leads", zone: tzinfo = UTC
) -> int:
    """Write the page to `path`, its times in `zone`; returns its size in bytes."""
    data = render_report(con, clock.now(), command, zone).encode("utf-8")
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data)
    return len(data)


def report(
    out: Annotated[Path, typer.Option("--out", "-o", help="The HTML file to write.")] = Path(
        "leads.html"
    ),
    wait: WaitOption = False,
    config: ConfigOption = None,
) -> None:
    """Write the leads as one HTML page: sortable, filterable, light and dark, offline.

    Example:
        leads report --out leads.html
    """
    settings = config_or_exit(config)
    with warehouse(settings, wait=wait) as con:
        size = write_report(con, out, command_for(settings), settings.schedule.zone)
    console.print(f"report ({size} bytes): [bold]{out}[/]", soft_wrap=True)


def _source_choices(ranked: list[LeadRow]) -> dict[str, str]:
    """The source filter's choices, value -> label: a source that relays other platforms
    (the inbox's alerts) says which, as its rows name them ("inbox: Upwork alert")."""
    relayed: dict[str, set[str]] = {}
    for lead in ranked:
        for link in lead.links:
            if link.terms:
                relayed.setdefault(link.source, set()).add(link.name)
    return {
        source: f"{source}: {', '.join(sorted(relayed[source]))}" if source in relayed else source
        for source in sorted({s for lead in ranked for s in lead.sources})
    }
