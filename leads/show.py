"""`leads show`: one lead explained: the posting, every signal of its score, every red
flag with its evidence, the ways in through your network, and each source it came from."""

from __future__ import annotations

from typing import Annotated, Any
from zoneinfo import ZoneInfo

import duckdb
import typer
from rich.table import Table

from leads._common import (
    ConfigOption,
    WaitOption,
    config_or_exit,
    console,
    known_leads,
    local_time,
    warehouse,
)
from leads._terminal import cell, markup
from warehouse.lead_rows import credits
from warehouse.ranking.profile import languages_needed

_LEAD = """
select r.lead_id, rank, score, r.title, r.company, r.url, r.apply_url, status,
       excluded_reason, r.engagement, r.ir35, r.tax_terms,
       -- "remote US/CA", as why says it, not the scope's name alone
       case when remote = 'region' then 'remote ' || array_to_string(l.remote_regions, '/')
           when remote = 'anywhere' then 'remote anywhere' else remote end as remote,
       r.location, r.eligibility, r.languages_required, r.languages_preferred,
       r.rate_min, r.rate_max, r.rate_period, r.currency,
       r.hourly_min, r.hourly_max, r.rate_conversion, r.legitimacy, r.red_flags, r.posted_at,
       r.date_basis, r.first_seen, r.is_closed, why, attribution
from ranked_leads as r inner join marts.leads as l using (lead_id)
where r.lead_id = ?
"""
# a contract's tax terms (US, Canada, Australia), as `why` says them
_TAX_TERMS = {
    "w2_only": "W2 only",
    "c2c": "C2C ok",
    "t4_only": "T4 only",
    "incorporated": "Inc. ok",
    "payg_only": "PAYG only",
    "abn": "ABN ok",
}
_SIGNALS = """
select signal, value, weight, contribution, reason from lead_signals
where lead_id = ? order by contribution desc, signal
"""
_PATHS = """
select network_path, network_strength from staging.lead_paths
where lead_id = ? order by network_strength desc, person_id desc
"""
_SOURCES = """
select s.source, s.url, s.posted_at, s.date_basis, s.first_seen, s.last_seen, s.closed_at,
       m.merge_reason
from staging.lead_members as m
inner join staging.stg_postings as s using (source, source_id)
where m.lead_id = ? order by s.source, s.source_id
"""


def show(
    lead_id: Annotated[str, typer.Argument(help="A lead_id (any case) from `leads top`.")],
    wait: WaitOption = False,
    config: ConfigOption = None,
) -> None:
    """Explain one lead: its posting, score signals, red flags, referral paths and sources.

    Example:
        leads show L55d012881a7
    """
    settings = config_or_exit(config)
    with warehouse(settings, wait=wait) as con:
        (found,) = known_leads(con, [lead_id])
        cursor = con.execute(_LEAD, [found])
        names = [d[0] for d in cursor.description or []]
        lead = dict(zip(names, cursor.fetchone() or (), strict=True))
        print_lead(con, lead, settings.schedule.zone)


def print_lead(con: duckdb.DuckDBPyConnection, lead: dict[str, Any], zone: ZoneInfo) -> None:
    """Print everything the warehouse knows about one lead; times in `zone` (the
    `[schedule]` one, where the user's days are)."""
    key = lead["lead_id"]
    place = lead["rank"] and f"rank {lead['rank']}" or f"left out: {lead['excluded_reason']}"
    console.print(f"[bold]{markup(lead['title'] or '(untitled)')}[/]")
    console.print(f"{markup(lead['company'] or 'company not stated')}   [dim]{key}[/]")
    console.print(f"{markup(lead['url'])}", soft_wrap=True)
    console.print(
        f"score [bold]{lead['score']:.2f}[/] ({markup(place)}); verdict {lead['status']}"
        + ("; closed" if lead["is_closed"] else "")
    )
    console.print(_facts(lead, zone), highlight=False)
    console.print(_signals(con, key, lead["score"]))
    _flags(lead["red_flags"] or [])
    _paths(con, key)
    console.print(_sources(con, key, lead["attribution"]))


def _amount(value: float) -> str:
    """An amount as written, in full: "9,000,000" a year in yen, not "9e+06"; "0.12" a word."""
    return f"{value:,.2f}".rstrip("0").rstrip(".")


def _facts(lead: dict[str, Any], zone: ZoneInfo) -> Table:
    table = Table(show_header=False, box=None, padding=(0, 2, 0, 0))
    table.add_column(style="dim", no_wrap=True)
    table.add_column(overflow="fold")
    rate = None
    if lead["rate_min"] is not None or lead["rate_max"] is not None:
        ends = dict.fromkeys((lead["rate_min"], lead["rate_max"]))
        span = "-".join(_amount(v) for v in ends if v)
        period = lead["rate_period"]
        per = "fixed price" if period == "fixed" else f"per {period or 'unstated period'}"
        rate = f"{lead['currency'] or ''} {span} {per}"
        # what the hourly figure assumed, less what the line already says
        assumed = (lead["rate_conversion"] or "").split("; ")
        assumed = [part for part in assumed if part not in ("", "per hour", lead["currency"])]
        if assumed:
            rate += f" ({'; '.join(assumed)})"
    for label, value in (
        ("engagement", _terms(lead)),
        ("where", "; ".join(filter(None, (lead["remote"], lead["location"])))),
        ("eligibility", lead["eligibility"]),
        ("languages", languages_needed(lead["languages_required"], lead["languages_preferred"])),
        ("rate", rate),
        # posted, or saved or applied: a job of the user's LinkedIn export has no other date
        (
            lead["date_basis"],
            local_time(lead["posted_at"], zone) if lead["posted_at"] else "date unknown",
        ),
        ("first seen", local_time(lead["first_seen"], zone)),
        # a posting without an apply link of its own is applied to at its link
        ("apply", lead["apply_url"] or (lead["url"] and "at the posting's link above")),
    ):
        table.add_row(label, cell(value if value not in (None, "") else "-"))
    return table


def _terms(lead: dict[str, Any]) -> str:
    """The engagement with what a contract states of its terms: "contract, outside IR35",
    "contract, W2 only"."""
    ir35 = f"{lead['ir35']} IR35" if lead["ir35"] else None
    return ", ".join(filter(None, (lead["engagement"], ir35, _TAX_TERMS.get(lead["tax_terms"]))))


def _signals(con: duckdb.DuckDBPyConnection, lead_id: str, score: float) -> Table:
    table = Table(title="score, signal by signal", title_justify="left")
    table.add_column("signal", no_wrap=True)
    for column in ("value", "weight", "contribution"):
        table.add_column(column, justify="right", no_wrap=True)
    table.add_column("reason", overflow="fold")
    rows = con.execute(_SIGNALS, [lead_id]).fetchall()
    for signal, value, weight, contribution, reason in rows:
        table.add_row(
            signal, f"{value:.2f}", f"{weight:g}", f"{contribution:.3f}", cell(reason or "")
        )
    total = sum(r[3] for r in rows)
    weights = sum(r[2] for r in rows)
    table.caption = f"score = {total:.3f} / {weights:g} (sum of weights) = {score:.2f}"
    table.caption_justify = "left"
    return table


def _flags(flags: list[str]) -> None:
    if not flags:
        console.print("red flags: none")
        return
    console.print("red flags:")
    for flag in flags:
        console.print(f"  - {markup(flag)}", highlight=False)


def _paths(con: duckdb.DuckDBPyConnection, lead_id: str) -> None:
    rows = con.execute(_PATHS, [lead_id]).fetchall()
    if not rows:
        console.print("referral path: no one in your imported network")
        return
    console.print("referral paths:")
    for path, strength in rows:
        console.print(f"  - {markup(path)} [dim](strength {strength:.2f})[/]", highlight=False)


def _sources(con: duckdb.DuckDBPyConnection, lead_id: str, attribution: str | None) -> Table:
    table = Table(title="sources", title_justify="left")
    for column in ("source", "url", "dated", "seen", "merged because"):
        table.add_column(column, overflow="fold")
    for source, url, posted, basis, first, last, closed, reason in con.execute(
        _SOURCES, [lead_id]
    ).fetchall():
        seen = f"{first:%Y-%m-%d} to {last:%Y-%m-%d}" + (" (closed)" if closed else "")
        day = f"{basis} {posted:%Y-%m-%d}" if posted else "-"
        table.add_row(source, cell(url), day, seen, cell(reason or "-"))
    if attribution:
        table.caption = f"attribution: {credits(attribution)}"
        table.caption_justify = "left"
    return table
