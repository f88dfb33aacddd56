"""Entry point of the `leads` command: the typer app of every command, built lazily.

A command's module is imported only when that command runs (`leads._lazy`), and the
modules a read command imports load no pandas, Prefect or parser library, so `leads
--help`, `sql`, `top` and `export` start in well under a second (`make bench` times them).
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Annotated

import typer
from typer.core import TyperGroup

from leads._lazy import Lazy, LazyGroup

# every command: its module, the function (or Typer app) in it, and its --help summary
COMMANDS = {
    "init": Lazy("leads.init", "init",
                 "Write a commented starter leads.toml into DIR (default: here)."),
    "run": Lazy("leads.run", "run",
                "Run the gather flow once: fetch, store, rank; ends with a summary per source."),
    "demo": Lazy("leads.demo.command", "demo",
                 "Run the pipeline offline on bundled data and print the top leads."),
    "top": Lazy("leads.top", "top",
                "Print the top ranked leads, or with --flagged those the ranking leaves out."),
    "show": Lazy("leads.show", "show", "Explain one lead: its posting, score signals, red "
                 "flags, referral paths and sources."),
    "sql": Lazy("leads.sql", "sql", "Run one read-only SQL query (SELECT, WITH, DESCRIBE, SHOW, "
                "SUMMARIZE, EXPLAIN, PIVOT) on the warehouse; nothing outside the warehouse can "
                "be read or written."),
    "export": Lazy("leads.export", "export", "Write ranked_leads to CSV (UTF-8, formula-safe, "
                   "with each source's attribution)."),
    "mark": Lazy("leads.mark", "mark", "Mark leads shortlisted, applied, replied, interview, "
                 "won, lost, ignored or not-a-fit."),
    "due": Lazy("leads.due", "due",
                "List the leads whose follow-up date (`leads mark --follow-up`) has come."),
    "open": Lazy("leads.open_lead", "open_lead",
                 "Open the lead's posting in your web browser (only http and https links)."),
    "intro": Lazy("leads.intro", "intro",
                  "Print a short, forwardable intro request to the person who reaches the lead."),
    "report": Lazy("leads.report", "report", "Write the leads as one HTML page: sortable, "
                   "filterable, light and dark, offline."),
    "feed": Lazy("leads.feed", "feed",
                 "Write the newest ranked leads as an Atom feed a feed reader can follow."),
    "digest": Lazy("leads.digest", "digest",
                   "Send the digest of new leads and follow-ups due, as a run's end would."),
    "check": Lazy("leads.check", "check", "Score postings found elsewhere for scam risk: "
                  "legitimacy (0-1) and red flags."),
    "rebuild": Lazy("leads.rebuild", "rebuild",
                    "Re-parse every stored raw response with the current parsers, then rebuild."),
    "serve": Lazy("leads.serve", "serve", "Serve the gather flow on the config's schedule until "
                  "stopped (Ctrl-C or SIGTERM)."),
    "deploy": Lazy("leads.deploy", "deploy", "Deploy the flow to a Prefect server with "
                   "\\[schedule] and this config's path."),
    "network": Lazy("leads.network", "app", "Your network: import exports, list people, "
                    "propose their company boards."),
}  # fmt: skip


class Commands(LazyGroup):
    lazy = COMMANDS


app = typer.Typer(
    name="leads",
    help="warmleads: find warm freelance leads and rank them for you.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
    cls=Commands,
)


def _version(show: bool) -> None:
    if show:
        from importlib.metadata import version  # 50 ms: only for --version

        typer.echo(f"warmleads {version('warmleads')}")
        raise typer.Exit()


def _now(at: str | None) -> None:
    """`--now` is `LEADS_NOW` for this command (README "One clock"), checked here: an
    unreadable time is a usage error naming the option, before any command runs."""
    if at is None:
        return
    from extractors._errors import ConfigError
    from warehouse import clock

    os.environ[clock.ENV_VAR] = at
    try:
        clock.fixed()
    except ConfigError as error:
        raise typer.BadParameter(str(error).split(": ", 1)[1], param_hint="'--now'") from error


def _config_read(context: typer.Context, path: Path | None) -> None:
    """`-c PATH` before a command that reads no config (`init`, `demo`, `check`) is a
    usage error: ignored, it would leave the user thinking that config was used."""
    name, group = context.invoked_subcommand, context.command
    command = (
        group.get_command(context, name)
        if path and name and isinstance(group, TyperGroup)
        else None
    )
    if command is None or isinstance(command, TyperGroup):
        return  # a group's own commands each take --config
    if not any(param.name == "config" for param in command.params):
        from leads._common import fail

        raise fail(
            f"--config: `leads {name}` reads no config (only the commands that read one take it)"
        )


@app.callback()
def _main(
    context: typer.Context,
    show_version: Annotated[
        bool,
        typer.Option("--version", callback=_version, is_eager=True, help="Show the version."),
    ] = False,
    now: Annotated[
        str | None,
        typer.Option(
            "--now",
            callback=_now,
            metavar="TIME",
            help="Run the command as of TIME (ISO 8601, 2026-12-07T08:00+00:00; no zone is"
            " UTC), as LEADS_NOW does: replay or plan a day.",
        ),
    ] = None,
    config: Annotated[
        Path | None,
        typer.Option(
            "--config",
            "-c",
            help="Config file of the command (as its own --config): `leads -c PATH mark ...`.",
            show_default=False,
        ),
    ] = None,
) -> None:
    """warmleads: find warm freelance leads and rank them for you."""
    _config_read(context, config)


def main() -> None:
    app()


if __name__ == "__main__":
    main()
