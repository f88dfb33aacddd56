"""Entry point of the `leads` command: builds the typer app from the command modules.

Command modules import nothing heavy at module level; Prefect is imported only by the
commands that run the flow, so `leads --help`, `sql`, `top` and `export` stay fast.
"""

from __future__ import annotations

from importlib.metadata import version
from typing import Annotated

import typer

from leads import (
    check,
    deploy,
    digest,
    due,
    export,
    feed,
    init,
    intro,
    mark,
    network,
    open_lead,
    rebuild,
    report,
    run,
    serve,
    show,
    sql,
    top,
)
from leads.demo import command as demo

app = typer.Typer(
    name="leads",
    help="warmleads: find warm freelance leads and rank them for you.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)


def _version(show: bool) -> None:
    if show:
        typer.echo(f"warmleads {version('warmleads')}")
        raise typer.Exit()


@app.callback()
def _main(
    show_version: Annotated[
        bool,
        typer.Option("--version", callback=_version, is_eager=True, help="Show the version."),
    ] = False,
) -> None:
    """warmleads: find warm freelance leads and rank them for you."""


app.command("init")(init.init)
app.command("run")(run.run)
app.command("demo")(demo.demo)
app.command("top")(top.top)
app.command("show")(show.show)
app.command("sql")(sql.sql)
app.command("export")(export.export)
app.command("mark")(mark.mark)
app.command("due")(due.due)
app.command("open")(open_lead.open_lead)
app.command("intro")(intro.intro)
app.command("report")(report.report)
app.command("feed")(feed.feed)
app.command("digest")(digest.digest)
app.command("check")(check.check)
app.command("rebuild")(rebuild.rebuild)
app.command("serve")(serve.serve)
app.command("deploy")(deploy.deploy)
app.add_typer(network.app, name="network")


def main() -> None:
    app()


if __name__ == "__main__":
    main()
