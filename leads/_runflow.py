"""Run the gather flow once in this process with a live progress line per source.

The warehouse is opened (and its write lock held) before Prefect starts, so a second
`leads run` is refused at once with one line; Prefect's temporary server is started
tied to this process, so a killed run leaves no server behind.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from rich import box
from rich.progress import Progress, SpinnerColumn, TaskID, TextColumn, TimeElapsedColumn
from rich.table import Table

from extractors._errors import HOST_NOT_FOUND, ConfigError
from flows.config import command_for, load_config
from flows.demo_sources import SKIPPED
from leads._common import console, errors, fail, prefect_api_or_exit, quiet_prefect
from leads._terminal import markup
from warehouse.db import WarehouseError, connect

if TYPE_CHECKING:
    from flows.gather import RunSummary
    from warehouse.load import LoadCounts

_STYLE = {"ok": "green", "partial": "yellow", "failed": "red"}
_COLUMNS = ("fetched", "unchanged", "new", "updated", "closed", "reopened", "failed", "seconds")


def run_once(
    config_path: Path, *, verbose: bool = False, only: list[str] | None = None
) -> RunSummary:
    """Run `gather-leads` for a config (its `only` sources), showing progress; returns
    the run summary."""
    prefect_api_or_exit()
    try:  # a busy or unreadable warehouse fails here, before Prefect's start-up
        lock = connect(load_config(config_path).warehouse_path)
    except (ConfigError, WarehouseError) as error:
        raise fail(str(error)) from error
    try:  # held for the whole run: the flow's own connection shares it
        return _run(config_path, verbose, only)
    finally:
        lock.close()
        del lock  # tracebacks kept by Prefect keep this frame (see flows.gather)


def _run(config_path: Path, verbose: bool, only: list[str] | None) -> RunSummary:
    quiet_prefect(verbose=verbose)
    from flows import gather  # prefect costs ~2 s to import: only when a run happens
    from flows._ephemeral import start_temporary_server

    with Progress(
        SpinnerColumn(),
        TextColumn("{task.description}"),
        TimeElapsedColumn(),
        console=console,
        transient=False,
    ) as progress:
        tasks: dict[str, TaskID] = {}

        def listen(event: str, source: str, counts: LoadCounts | None) -> None:
            if event == "start":
                tasks[source] = progress.add_task(f"{source}: fetching", total=1)
                return
            text = f"{source}: [{_STYLE.get(event, 'white')}]{event}[/]"
            if counts is not None:
                text += f", {counts}"
            progress.update(tasks[source], description=text, completed=1)

        starting = progress.add_task("starting Prefect", total=1)
        gather.LISTENERS.append(listen)
        try:
            start_temporary_server()
            summary = gather.gather_leads(config_path=str(config_path), only=only)
        except gather.AllSourcesFailed as error:
            summary = error.summary
        except (ConfigError, WarehouseError) as error:
            raise fail(str(error)) from error
        finally:
            gather.LISTENERS.remove(listen)
            progress.update(starting, description="run finished", completed=1)
    console.print(summary_table(summary))
    if hint := offline_hint(summary):
        console.print(f"[yellow]offline?[/] {hint}", highlight=False, soft_wrap=True)
    if summary.idle_demo:
        console.print(
            f"[yellow]demo sources[/] ({', '.join(summary.idle_demo)}): {SKIPPED}",
            highlight=False, soft_wrap=True,
        )  # fmt: skip
    if summary.network:
        console.print(
            f"[green]network[/]: {markup(summary.network)}", highlight=False, soft_wrap=True
        )
    for problem in summary.problems:
        errors.print(f"[yellow]network[/]: {markup(problem)}", highlight=False, soft_wrap=True)
    if summary.digest != "off":  # a failed send never fails the run, so say it here
        style = "red" if "failed" in summary.digest else "green"
        console.print(f"[{style}]digest[/]: {markup(summary.digest)}", highlight=False)
    if summary.status != "failed":  # nothing fetched: the lines above say why
        console.print(f"[green]leads[/]: {markup(new_leads_line(summary, config_path))}")
    return summary


def new_leads_line(summary: RunSummary, config_path: Path) -> str:
    """What the run brought, as `leads top --new` and the digest count it (those that meet
    the rate floor, the rest counted after), and the command that lists them."""
    leads = command_for(load_config(config_path))
    listed = summary.new_leads - summary.new_below_floor
    if not summary.new_leads:
        return f"nothing new in the ranking; `{leads} top` lists it all"
    said = f"{listed} new in the ranking: `{leads} top --new`"
    if summary.new_below_floor:
        said += f"; {summary.new_below_floor} more below your rate floor, ranked last"
    return said


def summary_table(summary: RunSummary) -> Table:
    """Per source: status, fetched, unchanged (postings of 304 Not Modified pages: nothing
    came in for them), new, updated, closed, reopened (closed before, seen again: only
    when a source reopened any), failed, seconds; below it one
    line per source that did not go well, with its first cause."""
    table = Table(  # no edges, one space apart: the demo's 16 sources fit 80 columns uncut
        title=f"run {summary.run_id}: {summary.status}",
        title_justify="left",
        box=box.SIMPLE_HEAD,
        show_edge=False,
        padding=(0, 0),
    )
    table.add_column("source", no_wrap=True)
    table.add_column("status", no_wrap=True)
    # reopened only when a source reopened something: the usual table fits 80 columns
    columns = [c for c in _COLUMNS if c != "reopened" or any(r.get(c) for r in summary.rows)]
    for column in columns:
        table.add_column(column, justify="right", no_wrap=True)
    for row in summary.rows:
        style = _STYLE.get(row["status"], "white")
        table.add_row(
            row["source"], f"[{style}]{row['status']}[/]",
            *(str(row[k]) for k in columns),
        )  # fmt: skip
    failures = [f"[{_STYLE[r['status']]}]{r['source']}[/]: {markup(_first(r['error']), 200)}"
                for r in summary.rows if r["error"]]  # fmt: skip
    failures += [f"{r['source']}: {markup(r['skipped'], 300)}" for r in summary.rows
                 if r.get("skipped")]  # fmt: skip
    table.caption = "\n".join(failures) or None
    table.caption_justify = "left"
    return table


def offline_hint(summary: RunSummary) -> str | None:
    """What to do when no source found its host: the machine is likely offline (a new
    user's first `leads run` without internet), and waiting on retries says nothing."""
    failed = [r for r in summary.rows if r["status"] == "failed"]
    if not failed or any(r["status"] == "ok" and r.get("fetched") for r in summary.rows):
        return None
    if not all(HOST_NOT_FOUND in r["error"] for r in failed):
        return None
    return (
        f"no source found its host ({', '.join(r['source'] for r in failed)}): is this "
        "machine offline? `leads demo` runs the pipeline on bundled data, and "
        "`leads run --only inbox` reads only your own mail."
    )


def _first(error: str) -> str:
    """The first cause of a source's errors, and how many more there were."""
    causes = error.split("; ")
    more = len(causes) - 1
    return causes[0] + (f" (and {more} more)" if more else "")


def exit_code(summary: RunSummary) -> int:
    """0 when at least one source succeeded, 1 when all failed."""
    return 1 if summary.rows and all(r["status"] == "failed" for r in summary.rows) else 0
