"""Entry point of the `leads` command: builds the typer app from the command modules."""

from __future__ import annotations

import typer

from leads import check

app = typer.Typer(
    name="leads",
    help="warmleads: find warm freelance leads and rank them for you.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)
app.command("check")(check.check)


def main() -> None:
    app()


if __name__ == "__main__":
    main()
