"""`leads mark`: your verdict on leads, with a note and a follow-up date; kept with its history."""

from __future__ import annotations

import difflib
import re
import sys
from datetime import date, timedelta
from typing import Annotated

import typer
from typer._click.globals import get_current_context  # typer vendors click

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
from warehouse.verdicts import STATUSES, mark_leads, reading_of, status_named

_STATUS_WORDS = 3  # "not a fit" typed unquoted arrives as three arguments
_RELATIVE = re.compile(r"^\+(\d{1,4})([dw])$")


def follow_up_date(text: str, today: date) -> date:
    """A follow-up date from `YYYY-MM-DD`, `+Nd` (days) or `+Nw` (weeks) from today."""
    if relative := _RELATIVE.match(text.strip()):
        count, unit = int(relative.group(1)), relative.group(2)
        return today + timedelta(days=count * (7 if unit == "w" else 1))
    try:
        return date.fromisoformat(text.strip())
    except ValueError as error:
        raise ValueError(
            f"--follow-up: {text!r} is neither a date (2026-12-24) nor +Nd / +Nw"
        ) from error


def mark(
    lead_ids: Annotated[
        list[str],
        typer.Argument(
            help="Lead ids as `leads top` shows them; `-` reads them from stdin.",
            metavar="LEAD_ID...",
        ),
    ],
    verdict: Annotated[
        str,
        typer.Argument(
            help=f"Your verdict: {', '.join(STATUSES)}; `new` clears it.", metavar="STATUS"
        ),
    ],
    note: Annotated[str | None, typer.Option("--note", help="A note kept with it.")] = None,
    follow_up: Annotated[
        str | None,
        typer.Option("--follow-up", help="When to follow up: 2026-12-24, +3d or +2w."),
    ] = None,
    wait: WaitOption = False,
    config: ConfigOption = None,
) -> None:
    """Mark leads shortlisted, applied, replied, interview, won, lost, ignored or not-a-fit.

    Case, spaces and underscores do not matter, and everyday words count:
    "not interested" is not-a-fit, "pitched" applied ("contacted" is refused:
    the client, or only your contact?). `new` clears a verdict. Won, lost,
    ignored and not-a-fit leads leave the default ranking. Every verdict is
    kept in `verdict_history` with its note and follow-up.

    Example:
        leads mark L55d012881a7 Ldf38b59568d applied --follow-up +7d --note "CV"
    """
    lead_ids, status, typed = _split_status([*lead_ids, verdict])
    settings = config_or_exit(config)
    ids = _read_ids(lead_ids)
    if not ids:
        raise fail("no lead ids given")
    today = settings.schedule.today()
    try:
        due = follow_up_date(follow_up, today) if follow_up else None
    except ValueError as error:
        raise fail(str(error)) from error
    with warehouse(settings, read_only=False, wait=wait) as con:
        known_leads(con, ids)
        marked = mark_leads(con, ids, status, note=note, follow_up=due)
        titles = dict(
            con.execute(
                "select lead_id, title from marts.ranked_leads where list_contains(?, lead_id)",
                [list(marked.lead_ids)],
            ).fetchall()
        )
    past = due is not None and due < today
    after = f" (follow up {due.isoformat()}{', already due' if past else ''})" if due else ""
    for lead_id in marked.lead_ids:
        console.print(f"{lead_id}: {status}{after}  [dim]{markup(titles.get(lead_id), 80)}[/]")
    if reading := reading_of(typed):
        console.print(f"[dim]{markup(reading)}[/]", highlight=False)


def _split_status(words: list[str]) -> tuple[list[str], str, str]:
    """The ids, the status and the words naming it in `leads mark`'s arguments: the status
    is the last one, or the last few where it was typed unquoted (`leads mark L1 not
    interested`)."""
    for count in range(min(_STATUS_WORDS, len(words) - 1), 0, -1):
        typed = " ".join(words[-count:])
        try:
            return words[:-count], status_named(typed), typed
        except ValueError:
            continue
    word = words[-1]
    close = difflib.get_close_matches(word.casefold(), STATUSES, n=1)
    hint = f"; did you mean {close[0]!r}?" if close else ""
    raise typer.BadParameter(
        f"{word!r} is not one of {', '.join(map(repr, STATUSES))}{hint}",
        ctx=get_current_context(),
        param_hint="'STATUS'",
    )


def _read_ids(typed: list[str]) -> list[str]:
    """The ids typed, with `-` replaced by the ids on stdin (whitespace or comma separated)."""
    ids: list[str] = []
    for item in typed:
        if item == "-":
            ids.extend(re.split(r"[\s,]+", sys.stdin.read()))
        else:
            ids.append(item)
    return [i for i in ids if i]
