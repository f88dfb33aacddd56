"""`leads run`: fetch every configured source once and rebuild the ranked leads."""

from __future__ import annotations

from typing import Annotated

import typer

from extractors._errors import close_name
from leads._common import ConfigOption, VerboseOption, config_or_exit, fail, warn_unplaced
from leads._runflow import exit_code, run_once


def run(
    config: ConfigOption = None,
    verbose: VerboseOption = False,
    only: Annotated[
        list[str] | None,
        typer.Option(
            "--only",
            metavar="SOURCE",
            help="Fetch only this source (repeatable), e.g. --only inbox for your mail.",
        ),
    ] = None,
) -> None:
    """Run the gather flow once: fetch, store, rank; ends with a summary per source.

    Exit code 0 when at least one source succeeded, 1 when all failed.

    Example:
        leads run --config leads.toml
        leads run --only inbox        # only the job alerts in your mail
    """
    settings = config_or_exit(config)
    if settings.path is None:
        raise fail("no config found: write one with `leads init`, or pass --config")
    if not settings.sources:
        raise fail(f"{settings.path}: no [sources.*] table: nothing to fetch")
    if unknown := [name for name in only or () if name not in settings.sources]:
        raise fail(
            f"{settings.path}: --only {unknown[0]}: no [sources.{unknown[0]}] table"
            f"{close_name(unknown[0], settings.sources)} (the sources configured are "
            f"{', '.join(settings.sources)})"
        )
    warn_unplaced(settings)
    summary = run_once(settings.path, verbose=verbose, only=only or None)
    raise typer.Exit(exit_code(summary))
