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
    if directory.suffix.lower() == ".toml" and not directory.is_dir():
        raise fail(f"{directory}: give a folder; leads init writes leads.toml into it")
    if directory.exists() and not directory.is_dir():
        raise fail(f"{directory}: is a file, not a folder")
    target = directory / "leads.toml"
    if target.exists() and not force:
        raise fail(f"{target} exists; pass --force to overwrite it")
    starter = resources.files("leads").joinpath("starter.toml").read_text(encoding="utf-8")
    try:
        directory.mkdir(parents=True, exist_ok=True)
        target.write_text(starter, encoding="utf-8")
    except OSError as error:
        raise fail(f"{target}: cannot write it ({error.strerror or error})") from error
    console.print(f"wrote {target}; edit [bold]\\[profile][/] and the sources, then `leads run`")
