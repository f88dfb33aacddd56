"""`python -m evaluation` (`make eval`): the real extractors and the ranking measured on
real postings against hand labels. A report: it exits 0 unless `--strict` and a target
is missed."""

from __future__ import annotations

import os
import time
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console

from evaluation import compare, report
from evaluation.labels import LABELS, PROFILES, load_labels, load_profiles
from evaluation.run import measure
from warehouse.ranking.profile import RankingSettings

ENV_VAR = "WARMLEADS_REAL_POSTINGS"
REPO = Path(__file__).resolve().parent.parent
# ../shared beside the repository; a worktree kept in a folder of worktrees looks one
# level further up too
DEFAULT_PLACES = (
    REPO.parent / "shared" / "real-postings",
    REPO.parent.parent / "shared" / "real-postings",
)


def places(explicit: Path | None) -> list[Path]:
    """Where to look for the real postings, in order."""
    if explicit is not None:
        return [explicit]
    if env := os.environ.get(ENV_VAR):
        return [Path(env)]
    return list(DEFAULT_PLACES)


app = typer.Typer(add_completion=False)


@app.command()
def evaluate(
    data: Annotated[
        Path | None,
        typer.Option(
            "--data",
            help=f"Folder of real postings (default: ${ENV_VAR}, then ../shared/real-postings).",
            show_default=False,
        ),
    ] = None,
    labels_file: Annotated[Path, typer.Option("--labels", help="Labels file.")] = LABELS,
    profiles_file: Annotated[Path, typer.Option("--profiles", help="Profiles file.")] = PROFILES,
    verbose: Annotated[bool, typer.Option("--verbose", "-v", help="List every miss.")] = False,
    strict: Annotated[
        bool, typer.Option("--strict", help="Exit 1 when a target is missed.")
    ] = False,
) -> None:
    """Measure the readers and the ranking on real postings against hand labels."""
    console = Console(highlight=False, soft_wrap=True)
    candidates = places(data)
    folder = next((p for p in candidates if p.is_dir()), None)
    if folder is None:
        looked = ", ".join(str(p) for p in candidates)
        console.print(
            f"real postings absent (looked in {looked}; set ${ENV_VAR}): nothing to evaluate"
        )
        raise typer.Exit(0)
    started = time.monotonic()
    profiles = load_profiles(profiles_file)
    labels, problems = load_labels(labels_file, [p.name for p in profiles])
    for problem in problems:
        console.print(f"[red]label error[/]: {problem}")
    ranking = RankingSettings()
    measured = measure(folder, profiles, ranking)
    joined = compare.join(labels, measured)
    fields = compare.field_scores(joined, measured, profiles, ranking.legitimacy_floor)
    rankings = compare.ranking_scores(joined, measured, profiles)
    flags = compare.ats_soft_flags(measured)
    report.show_sources(console, folder, measured, labels)
    report.show_joined(console, joined, verbose)
    report.show_fields(console, fields, verbose)
    report.show_rankings(console, rankings, profiles)
    report.show_soft_flags(console, flags)
    found = report.verdicts(fields, rankings, flags)
    report.show_verdicts(console, found)
    console.print(f"\n({time.monotonic() - started:.1f} s)")
    if strict and not all(v.met for v in found):
        raise typer.Exit(1)


def main() -> None:
    app()


if __name__ == "__main__":
    main()
