"""`leads digest`: send what is pending now, show it (--dry-run) or test the channels."""

from __future__ import annotations

from typing import Annotated

import typer

from flows.config import command_for
from leads._common import ConfigOption, WaitOption, config_or_exit, console, fail, warehouse
from leads._terminal import clean, markup
from notify.deliver import previews, send_digests, send_tests
from notify.render import subject, text
from warehouse import clock


def digest(
    dry_run: Annotated[
        bool, typer.Option("--dry-run", help="Print what each channel would get; send nothing.")
    ] = False,
    test: Annotated[
        bool, typer.Option("--test", help="Send a test message on every channel.")
    ] = False,
    wait: WaitOption = False,
    config: ConfigOption = None,
) -> None:
    """Send the digest of new leads and follow-ups due, as a run's end would.

    Channels are the \\[notify.*] tables of the config. Exit code 1 when a channel
    failed.

    Example:
        leads digest --dry-run
    """
    settings = config_or_exit(config)
    now = clock.now()
    if dry_run:
        with warehouse(settings, wait=wait) as con:
            for pending in previews(
                con, settings.notify, now, settings.schedule.zone, command_for(settings)
            ):
                console.rule(f"{pending.channel}: {subject(pending)}")
                console.print(clean(text(pending), limit=None), highlight=False)
        return
    if not settings.notify.channels:
        raise fail(f"{settings.path or 'the config'}: no [notify.*] channel to send to")
    with warehouse(settings, read_only=False, wait=wait) as con:
        if test:
            outcomes = send_tests(con, settings.notify, now, settings.schedule.zone)
        else:
            outcomes = send_digests(
                con, settings.notify, now, settings.schedule.zone, command_for(settings)
            )
    for outcome in outcomes:
        style = "red" if outcome.status == "failed" else "green"
        console.print(f"[{style}]{markup(str(outcome))}[/]")
    raise typer.Exit(1 if any(o.status == "failed" for o in outcomes) else 0)
