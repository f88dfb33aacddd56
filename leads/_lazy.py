"""A typer group whose commands are imported when they run, not when `leads` starts.

Typer builds every command, and so imports every command's module, before it parses
the command line; `leads sql` would pay for Prefect, pandas and every parser. Here a
command is named by its module, the attribute that holds it and its summary: the group
imports the module and builds the command on first use, and its `--help` lists every
command by its summary without importing any (the click docs' LazyGroup).
"""

from __future__ import annotations

import importlib
from collections.abc import Iterator, Mapping, MutableMapping
from dataclasses import dataclass
from typing import Any, ClassVar

import typer
import typer.main
from typer import _click as click  # typer vendors click: its commands are these classes
from typer.core import TyperCommand, TyperGroup
from typer.models import CommandInfo, TyperInfo


@dataclass(frozen=True)
class Lazy:
    """Where a command lives and what `leads --help` says of it."""

    module: str  # "leads.top"
    attribute: str  # the command's function, or the Typer app of a group of commands
    summary: str  # the first paragraph of its help (tests/cli/test_startup.py keeps them equal)


class LazyCommands(MutableMapping[str, click.Command]):
    """A group's commands by name; a command is built (its module imported) when first
    looked up, while its name is known, listed and suggested from the start."""

    def __init__(self, group: TyperGroup, lazy: Mapping[str, Lazy]) -> None:
        self._group = group
        self._lazy = lazy
        self._built: dict[str, click.Command] = {}

    def __getitem__(self, name: str) -> click.Command:
        if name not in self._built:
            self._built[name] = _build(self._group, name, self._lazy[name])
        return self._built[name]

    def __setitem__(self, name: str, command: click.Command) -> None:
        self._built[name] = command

    def __delitem__(self, name: str) -> None:
        del self._built[name]

    def __iter__(self) -> Iterator[str]:
        return iter(dict.fromkeys([*self._lazy, *self._built]))

    def __len__(self) -> int:
        return len(set(self._lazy) | set(self._built))

    def listing(self) -> dict[str, click.Command]:
        """Every command as `--help` lists it: built ones as they are, the others as a
        stand-in that carries only the name and the summary."""
        return {
            name: self._built.get(name) or TyperCommand(name, help=self._lazy[name].summary)
            for name in self
        }


class LazyGroup(TyperGroup):
    """The group of `lazy` commands (a subclass names them; `typer.Typer(cls=...)`)."""

    lazy: ClassVar[Mapping[str, Lazy]] = {}

    def __init__(self, **attrs: Any) -> None:
        super().__init__(**attrs)
        self.commands: MutableMapping[str, click.Command] = LazyCommands(self, self.lazy)

    def list_commands(self, ctx: click.Context) -> list[str]:
        return list(self.commands)

    def format_help(self, ctx: click.Context, formatter: click.HelpFormatter) -> None:
        """The group's help lists every command by its summary and builds none."""
        commands = self.commands
        assert isinstance(commands, LazyCommands)
        self.commands = commands.listing()
        try:
            super().format_help(ctx, formatter)
        finally:
            self.commands = commands


def _build(group: TyperGroup, name: str, lazy: Lazy) -> click.Command:
    """The click command typer would have built at start-up, built now."""
    target = getattr(importlib.import_module(lazy.module), lazy.attribute)
    if isinstance(target, typer.Typer):
        return typer.main.get_group_from_info(
            TyperInfo(target, name=name),
            pretty_exceptions_short=target.pretty_exceptions_short,
            suggest_commands=group.suggest_commands,
            rich_markup_mode=group.rich_markup_mode,
        )
    return typer.main.get_command_from_info(
        CommandInfo(name=name, callback=target),
        pretty_exceptions_short=True,  # typer's default (the app shows no pretty tracebacks)
        rich_markup_mode=group.rich_markup_mode,
    )
