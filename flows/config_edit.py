"""Add job boards to `leads.toml` in place, so found boards become watched boards.

The file is the user's and hand-edited: tomlkit keeps every comment and blank line, and
the edited text must load as a run would load it before it replaces the file, so an
edit never leaves a config behind that the next run refuses.
"""

from __future__ import annotations

import os
import shutil
import tempfile
from collections.abc import Mapping, Sequence
from pathlib import Path

import tomlkit
from tomlkit import TOMLDocument
from tomlkit.items import Array, InlineTable, Table

from extractors import declared, sources
from extractors._discovery import apis
from extractors._errors import ConfigError
from flows.config import load_config


def add_boards(
    config_path: Path,
    boards: Mapping[str, Sequence[str]],
    companies: Mapping[str, str] | None = None,
) -> dict[str, list[str]]:
    """Add board tokens (source -> tokens, or careers URLs: a board only an ATS's EU
    host knows) to the config; returns what was new, per source.

    Where a source's answer names no company (Lever, Ashby) and `companies` names one
    for the token, the entry is `{ site = "token", company = "..." }`, so its postings
    carry the company. The file is left untouched when nothing is new.

    Raises:
        ConfigError: a source without a board list, a config that does not load, or an
            edit that would not load; the file is then left as it was.
    """
    unknown = sorted(set(boards) - set(apis()))
    if unknown:
        raise ConfigError(f"sources.{unknown[0]}: no board list (known: {sorted(apis())})")
    config = load_config(config_path)  # shapes are known good before we edit
    document = tomlkit.parse(config_path.read_text(encoding="utf-8"))
    added: dict[str, list[str]] = {}
    for source, tokens in boards.items():
        settings = config.sources.get(source)
        listed = sources()[source].units(settings) if settings is not None else ()
        careers = declared(sources()[source], "CAREERS")
        new = [
            token
            for token in dict.fromkeys(tokens)
            if (careers.token(token) if careers and isinstance(token, str) else token) not in listed
        ]
        if new:
            _board_list(document, source).extend(
                _entry(source, token, (companies or {}).get(token)) for token in new
            )
            added[source] = new
    if added:
        _replace_if_valid(config_path, tomlkit.dumps(document).rstrip("\n") + "\n")
    return added


def _entry(source: str, token: str, company: str | None) -> str | InlineTable:
    key = apis()[source].entry_key  # a source whose answer names no company
    if company is None or key is None:
        return token
    entry = tomlkit.inline_table()
    entry.update({key: token, "company": company})
    return entry


def _board_list(document: TOMLDocument, source: str) -> Array:
    """The source's board list, its table (and `[sources]`) created when absent."""
    key = apis()[source].setting
    tables = document.setdefault("sources", tomlkit.table(is_super_table=True))
    table = tables.setdefault(source, _new_table(source, key))
    listed: Array = table.setdefault(key, tomlkit.array())
    return listed


def _new_table(source: str, key: str) -> Table:
    """`[sources.<source>]` with its default base_url, an empty list and a blank line."""
    table = tomlkit.table()
    table["base_url"] = sources()[source].Settings().base_url
    table[key] = tomlkit.array()
    table.add(tomlkit.nl())
    return table


def _replace_if_valid(path: Path, text: str) -> None:
    """Write `text` beside `path`, load it as a run would, then swap it in atomically."""
    with tempfile.NamedTemporaryFile(
        "w", encoding="utf-8", dir=path.parent, prefix=f".{path.name}.", delete=False
    ) as handle:
        handle.write(text)
    staged = Path(handle.name)
    try:
        load_config(staged)
        shutil.copymode(path, staged)
        os.replace(staged, path)
    except ConfigError as error:
        reason = error.__cause__ or error  # without the staged file's name
        raise ConfigError(f"{path}: left unchanged, the edit would not load: {reason}") from error
    finally:
        staged.unlink(missing_ok=True)
