"""`leads init`: write a commented starter config."""

from __future__ import annotations

from importlib import resources
from pathlib import Path
from typing import Annotated

import typer

from leads._common import console, fail


def init(
    directory: Annotated[Path, typer.Argument(help="Folder to write leads.toml into.")] = Path("."),
    force: Annotated[bool, typer.Option("--force", help="Overwrite an existing file.")] = False,
) -> None:
    """Write a commented starter leads.toml into DIR (default: here).

    Example:
        leads init ~/freelance
    """
    target = directory / "leads.toml"
    if target.exists() and not force:
        raise fail(f"{target} exists; pass --force to overwrite it")
    directory.mkdir(parents=True, exist_ok=True)
    target.write_text(
        resources.files("leads").joinpath("starter.toml").read_text(encoding="utf-8"),
        encoding="utf-8",
    )
    console.print(f"wrote {target}; edit [bold]\\[profile][/] and the sources, then `leads run`")
