"""The targets of issue 10 and the tables that hold each figure against its target."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from rich.console import Console
from rich.table import Table

GIB = 1024  # MiB

# metric -> size -> (target as printed, met?) ; sizes without a target get none
Target = tuple[str, Callable[[float], bool]]


def target(metric: str, size: int) -> Target | None:
    """The goal for a metric at a size (issue 10): None where the issue sets none."""
    if metric == "build":
        if size >= 1_000_000:
            return "< 150 s", lambda x: x < 150
        return ("< 20 s", lambda x: x < 20) if size >= 200_000 else None
    if metric == "ratio":
        return "<= 1.1x", lambda x: x <= 1.1
    if metric == "peak":
        limit = 4 * GIB if size >= 1_000_000 else 1.5 * GIB
        return f"< {limit:,.0f} MiB", lambda x: x < limit
    if metric in ("precision", "recall"):
        return ">= 0.95", lambda x: x >= 0.95
    if metric == "rerun":
        return ("< 3 s", lambda x: x < 3) if size <= 200_000 else None
    if metric == "startup":
        return "< 0.5 s", lambda x: x < 0.5
    return None


def cell(metric: str, size: int, value: float | None, fmt: str = "{:.1f}") -> str:
    """A figure with a mark: ✓ met, ✗ not met, nothing where no target applies."""
    if value is None:
        return "n/a"
    goal = target(metric, size)
    text = fmt.format(value)
    if goal is None:
        return text
    return f"{text} [green]✓[/]" if goal[1](value) else f"{text} [red]✗[/]"


def print_report(console: Console, runs: list[dict[str, Any]], hot: list[dict[str, Any]]) -> None:
    console.print(_main_table(runs))
    console.print(_stages_table(runs))
    console.print(_startup_table(runs))
    console.print(_misses_table(runs))
    if hot:
        console.print(_hot_table(hot))


def _main_table(runs: list[dict[str, Any]]) -> Table:
    table = Table(title="warmleads build against the reference, same corpus", title_justify="left")
    heads = ("postings", "load s", "build s", "CPU s", "peak MiB", "P", "R", "ref s", "CPU s",
             "ref MiB", "ref P", "ref R", "ratio", "re-run s")  # fmt: skip
    for head in heads:
        table.add_column(head, justify="right")
    for run in runs:
        n, b, r = run["size"], run["build"], run["reference"]
        table.add_row(
            f"{n:,}", f"{run['load']['seconds']:.1f}", cell("build", n, b["seconds"]),
            f"{b['cpu_seconds']:.1f}",
            cell("peak", n, b["peak_mib"], "{:,.0f}"),
            cell("precision", n, b["precision"], "{:.3f}"),
            cell("recall", n, b["recall"], "{:.3f}"), f"{r['seconds']:.1f}",
            f"{r['cpu_seconds']:.1f}",
            f"{r['peak_mib']:,.0f}", f"{r['precision']:.3f}", f"{r['recall']:.3f}",
            cell("ratio", n, b["seconds"] / r["seconds"], "{:.1f}x"),
            cell("rerun", n, run["rerun"]["seconds"]),
        )  # fmt: skip
    goals = "200k: < 20 s, 1M: < 150 s", "200k: < 1,536, 1M: < 4,096", ">= 0.95"
    table.caption = (
        f"targets: build (wall) {goals[0]}; <= 1.1x the reference (wall); peak MiB {goals[1]}; "
        f"P and R {goals[2]}; re-run (+1% postings, load and build) < 3 s up to 200k"
    )
    return table


def _stages_table(runs: list[dict[str, Any]]) -> Table:
    """One row per build step (warehouse.pipeline), one column per size."""
    table = Table(title="build steps, seconds (warehouse.pipeline)", title_justify="left")
    names = list(dict.fromkeys(name for run in runs for name in run["build"]["stages"]))
    table.add_column("step")
    for run in runs:
        table.add_column(f"{run['size']:,}", justify="right")
    for name in names:
        table.add_row(name, *(f"{run['build']['stages'].get(name, 0):.2f}" for run in runs))
    return table


def _startup_table(runs: list[dict[str, Any]]) -> Table:
    table = Table(title="read commands on the built warehouse, wall seconds (best of 5)",
                  title_justify="left")  # fmt: skip
    table.add_column("postings", justify="right")
    commands = list(dict.fromkeys(name for run in runs for name in run["startup"]))
    for name in commands:
        table.add_column(name, justify="right")
    for run in runs:
        n, times = run["size"], run["startup"]
        table.add_row(
            f"{n:,}",
            *(f"{times[c]:.2f}" if c.endswith("cpu") else cell("startup", n, times[c], "{:.2f}")
              for c in commands),
        )  # fmt: skip
    table.caption = "target: < 0.5 s wall each; the cpu columns are user + system seconds"
    return table


def _misses_table(runs: list[dict[str, Any]]) -> Table:
    table = Table(
        title="reposts merged with their original, by edit; look-alikes wrongly merged, by trap",
        title_justify="left",
    )
    table.add_column("edit or trap")
    for run in runs:
        table.add_column(f"{run['size']:,} warmleads", justify="right")
        table.add_column(f"{run['size']:,} reference", justify="right")
    names = list(dict.fromkeys(name for run in runs for name in run["build"]["by_edit"]))
    for name in names:
        values = []
        for run in runs:
            for tally in (run["build"]["by_edit"], run["reference"]["by_edit"]):
                hits, total = tally.get(name, (0, 0))
                values.append(f"{hits}/{total} ({hits / total:.0%})" if total else "-")
        table.add_row(name, *values)
    table.caption = "edits: higher is better; other_company/other_city/other_level: lower is better"
    return table


def _hot_table(hot: list[dict[str, Any]]) -> Table:
    table = Table(title="readers, postings per second (one process)", title_justify="left")
    for head in ("reader", "per second", "floor"):
        table.add_column(head, justify="right" if head != "reader" else "left")
    for row in hot:
        floor = row["floor"]
        met = (
            ""
            if floor is None
            else (" [green]✓[/]" if row["per_second"] >= floor else " [red]✗[/]")
        )
        table.add_row(row["reader"], f"{row['per_second']:,.0f}{met}", f"{floor or '-'}")
    return table
