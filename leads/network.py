"""`leads network`: import your exports, see who is in your network, find their boards."""

from __future__ import annotations

import os
from collections import Counter
from dataclasses import asdict
from pathlib import Path
from typing import Annotated

import typer
from rich.table import Table

from extractors import sources
from extractors._discovery import Board, apis, discover
from extractors._errors import ConfigError
from extractors._http import PoliteClient
from extractors.network import REGISTER_ONLY, import_paths
from flows.config import Config
from flows.config_edit import add_boards
from leads._common import (
    ConfigOption,
    WaitOption,
    config_or_exit,
    console,
    errors,
    fail,
    local_time,
    warehouse,
)
from leads._terminal import cell, markup

app = typer.Typer(
    help="Your network: import exports, list people, propose their company boards.",
    invoke_without_command=True,
    no_args_is_help=False,
)


@app.callback()
def summary(ctx: typer.Context, wait: WaitOption = False, config: ConfigOption = None) -> None:
    """List what is loaded: people per source, organisations, last import.

    Example:
        leads network
    """
    if ctx.invoked_subcommand is not None:
        return
    settings = config_or_exit(config)
    with warehouse(settings, wait=wait) as con:
        per_source = con.execute(
            "select unnest(sources) as source, count(*) from network_people "
            "group by 1 order by 2 desc"
        ).fetchall()
        people, orgs = con.execute(
            "select count(*), count(distinct organisation_norm) from staging.people"
        ).fetchone() or (0, 0)
        last = con.execute(  # a file that could not be read (missing, refused) is no import
            "select max(imported_at) from state.network_files where importer is not null"
        ).fetchone()
    if not per_source:
        console.print("no one in your network yet: `leads network import PATH` reads your exports")
        return
    table = Table("source", "people", title="your network", title_justify="left")
    for source, count in per_source:
        table.add_row(cell(source), str(count))
    console.print(table)
    when = local_time(last[0], settings.schedule.zone) if last and last[0] else "never"
    console.print(f"{people} people, {orgs} organisations; last import: {when}")


@app.command("import")
def import_(
    paths: Annotated[list[Path], typer.Argument(help="Export files, folders, .zip or .tgz.")],
    config: ConfigOption = None,
) -> None:
    """Import network exports (LinkedIn, X, Facebook, Instagram, Mastodon, YouTube, contacts).

    Formats are detected from each file's content. Re-importing an export changes
    nothing; a newer export updates. Malformed records are reported by file and
    line. LinkedIn's Jobs/ files become postings of source `linkedin`
    (applications are marked applied); with \\[network] scan_messages, asks in
    messages.csv become leads.

    Example:
        leads network import ~/Downloads/Basic_LinkedInDataExport_11-01-2026.zip
    """
    settings = config_or_exit(config)
    missing = [str(p) for p in paths if not p.exists()]
    if missing:
        raise fail(f"no such file or folder: {', '.join(missing)}")
    with console.status("reading exports") as status:  # read first: a refusal costs nothing
        result = import_paths(
            [str(p) for p in paths],
            settings.network.limits,
            scan_messages=settings.network.scan_messages,
        )
        read = sum(c.tie not in REGISTER_ONLY for c in result.contacts)
        status.update(f"{read} contacts read; joining them to your leads")
        from flows.build import build_from_config  # pandas: only with something to store
        from warehouse.network.store import store_import

        with warehouse(settings, read_only=False, create=True) as con:
            counts = store_import(con, result)
            if counts.changed or result.postings:
                build_from_config(con, settings)
            # a person in several exports is several contacts and one person
            people = (con.execute("select count(*) from staging.people").fetchone() or (0,))[0]
    _print_files(result.files)
    for problem in result.problems:
        errors.print(markup(f"{problem.where}: {problem.message}"), highlight=False)
    if result.problems:
        count = len(result.problems)
        errors.print(f"{count} not read, each named above; the rest was imported", highlight=False)
    postings = Counter(p.source for p in result.postings)
    console.print(
        f"{counts.new} new, {counts.updated} updated, {counts.unchanged} unchanged contacts"
        + "".join(
            f"; {n} {source} posting{'' if n == 1 else 's'}"
            for source, n in sorted(postings.items())
        )
        + (
            f"; {counts.unanswered} never answered you (kept only for how you address them)"
            if counts.unanswered
            else ""
        )
    )
    console.print(
        f"your network: {people} people (each once, however many records name them: "
        "a connection you also messaged, or their accounts on several platforms)"
    )
    if not (result.contacts or result.postings):
        raise typer.Exit(1)


def _print_files(files: list[tuple[str, str | None, int]]) -> None:
    """Each file read, named from the archive or folder they share (said above), so a
    long archive name does not crowd out which of its files was not recognised."""
    names = [file for file, _, _ in files]
    shared = os.path.commonprefix(names) if len(names) > 1 else ""
    shared = shared[: shared.rfind("/") + 1]
    where = shared.removesuffix("/").removesuffix("!")
    console.print(f"imported from {markup(where)}" if shared else "imported", soft_wrap=True)
    table = Table()
    table.add_column("file", overflow="fold")
    table.add_column("format")
    table.add_column("records")
    for file, importer, count in files:
        table.add_row(cell(file[len(shared) :]), importer or "[dim]not recognised[/]", str(count))
    console.print(table)


@app.command("boards")
def boards(
    add: Annotated[
        bool, typer.Option("--add", help="Write the boards found into the config.")
    ] = False,
    limit: Annotated[int, typer.Option(help="Probe at most this many organisations.")] = 50,
    config: ConfigOption = None,
) -> None:
    """Propose the Greenhouse, Lever, Ashby and Workable boards of your network's organisations.

    Probes board names derived from each organisation's name through the polite
    HTTP client and keeps a board only when its company matches.

    Example:
        leads network boards --add
    """
    settings = config_or_exit(config)
    with warehouse(settings) as con:
        orgs = [
            row[0]
            for row in con.execute(
                "select organisation from staging.people where organisation_norm is not null "
                "group by organisation order by count(*) desc, organisation limit ?",
                [limit],
            ).fetchall()
        ]
    found: list[Board] = []
    failed = 0
    status = console.status(f"probing the boards of {len(orgs)} organisations (politely)")
    client = PoliteClient("discovery", **asdict(settings.http))  # every [http] setting
    with client, status:
        bases, eu_bases, known = _base_urls(settings), _eu_base_urls(settings), _known(settings)
        for item in discover(orgs, client, base_urls=bases, eu_base_urls=eu_bases, known=known):
            if isinstance(item, Board):
                found.append(item)
                status.update(f"{len(found)} found; probing on (politely)")
            else:
                failed += 1
                errors.print(f"{markup(item[0])}: {markup(item[1])}", highlight=False)
    if not found:
        console.print(_none_found(len(orgs), failed))
        raise typer.Exit(1 if failed else 0)  # offline, say: not "none exist"
    table = Table("organisation", "source", "board", "jobs", "evidence", title="boards found")
    for board in found:
        jobs = "" if board.jobs is None else str(board.jobs)
        table.add_row(
            cell(board.company), board.source, cell(board.token), jobs, cell(board.evidence)
        )
    console.print(table)
    if add and found:
        _add(settings, found)


def _none_found(orgs: int, failed: int) -> str:
    """Nothing found: among how many, or, when probes failed, that it was not asked."""
    if not failed:
        return f"no boards found among {orgs} organisations"
    return (
        f"no boards found, but {failed} probes failed (above), so the {orgs} organisations "
        "were not all checked: try again when the board APIs answer"
    )


def _known(settings: Config) -> dict[str, set[str]]:
    return {
        source: set(sources()[source].units(settings.sources[source]))
        for source in apis()
        if source in settings.sources
    }


def _base_urls(settings: Config) -> dict[str, str]:
    return {
        source: settings.sources[source].base_url for source in apis() if source in settings.sources
    }


def _eu_base_urls(settings: Config) -> dict[str, str]:
    """The `eu_base_url` a source's table sets (Greenhouse, Lever), where it sets one."""
    found = {
        source: getattr(settings.sources[source], "eu_base_url", None)
        for source in apis()
        if source in settings.sources
    }
    return {source: url for source, url in found.items() if url is not None}


def _add(settings: Config, found: list[Board]) -> None:
    if settings.path is None:
        raise fail("--add needs a config file; write one with `leads init`")
    tokens: dict[str, list[str]] = {}
    for board in found:
        tokens.setdefault(board.source, []).append(board.entry)
    companies = {board.entry: board.company for board in found}
    try:
        added = add_boards(settings.path, tokens, companies)
    except ConfigError as error:
        raise fail(str(error)) from error
    for source, new in added.items():
        console.print(f"added to \\[sources.{source}]: {markup(', '.join(new))}")
