"""`make bench`: the warehouse build against a plain reference, on one synthetic corpus.

For each size: generate a seeded corpus (15% planted reposts, traps, truth kept aside),
load it through warmleads' own load path, run `warehouse.build.build` in a fresh
process (seconds, stages, peak memory), score its dedupe on the planted pairs, run the
reference (DuckDB + rapidfuzz) on the same postings, time the read commands, then add 1%
new postings and time the re-run, a build with a network of 2,000 contacts and a re-run
with it that finds nothing new. Figures are printed against issue 10's targets, not
asserted: `python -m benchmarks --sizes 2000` is a quick pass.
"""

from __future__ import annotations

import argparse
import compileall
import json
import os
import platform
import resource
import shutil
import subprocess
import sys
import tempfile
import time
import tomllib
from pathlib import Path
from typing import Any

import duckdb
from rich.console import Console

from benchmarks import hotpaths, quality, storage
from benchmarks.report import print_report
from benchmarks.steps import CORPUS, PROFILE, WAREHOUSE

SIZES = (10_000, 50_000, 200_000)
LARGE = 1_000_000
console = Console(highlight=False, width=160)  # the tables are wide; a pipe gets them whole


def main(argv: list[str] | None = None) -> None:
    args = _arguments(argv)
    # each step runs in a child process; as in a user's install, it imports our modules
    # from their bytecode caches, not compiled again from source each time
    os.environ.pop("PYTHONDONTWRITEBYTECODE", None)
    sizes = [*args.sizes, *([LARGE] if args.large else [])]
    console.print(
        f"warmleads benchmark: {', '.join(f'{n:,}' for n in sizes)} postings; {_machine()}"
    )
    runs: list[dict[str, Any]] = []
    hot: list[dict[str, Any]] = []
    if args.keep:
        Path(args.keep).mkdir(parents=True, exist_ok=True)
    for size in sizes:
        folder = Path(tempfile.mkdtemp(prefix=f"bench-{size}-", dir=args.keep))
        try:
            runs.append(measure(size, folder))
            if not hot:
                postings = next(storage.read_postings(folder / CORPUS, "base", 5000))
                hot = hotpaths.measure(postings)
        finally:
            if args.keep is None:
                shutil.rmtree(folder, ignore_errors=True)
    console.print(f"\nload average at the end: {_load_average()}\n")
    print_report(console, runs, hot)
    if args.json:
        record = {"machine": _machine(), "runs": runs, "readers": hot}
        Path(args.json).write_text(json.dumps(record, indent=2), encoding="utf-8")


def measure(size: int, folder: Path) -> dict[str, Any]:
    """Every figure of one size; each measured step runs in its own process."""
    extra = max(1, size // 100)
    run: dict[str, Any] = {"size": size, "folder": str(folder)}
    run["corpus"] = _step("generate", folder, size, extra)
    c = run["corpus"]
    _say(size, f"corpus: {c['postings']:,} postings, {c['reposts']:,} reposts "
         f"({c['reposts'] / c['postings']:.1%}), {c['traps']:,} look-alikes, "
         f"{c['held_back']:,} held back ({c['seconds']:.0f} s)")  # fmt: skip
    run["load"] = _step("load", folder)
    _say(size, f"load {run['load']['seconds']:.1f} s")
    run["build"] = _step("build", folder)
    run["build"].update(_dedupe_scores(folder))
    _say(size, "build " + _figures(run["build"]))
    run["reference"] = _step("reference", folder)
    _say(size, "reference " + _figures(run["reference"]))
    run["startup"] = startup_times(folder)
    _say(size, "read commands " + ", ".join(f"{k} {v:.2f} s" for k, v in run["startup"].items()))
    run["rerun"] = _step("rerun", folder)
    _say(size, f"re-run +{extra:,}: {run['rerun']['seconds']:.1f} s "
         f"(load {run['rerun']['load']:.1f}, build {run['rerun']['build']:.1f})")  # fmt: skip
    run["network"] = _step("network", folder)
    n = run["network"]
    _say(
        size,
        f"with {n['contacts']:,} contacts: build {n['seconds']:.1f} s (paths "
        f"{n['stages']['lead_paths']:.1f} s), {n['leads_with_a_path']:,} leads with a path",
    )
    run["network_rerun"] = again = _step("build", folder)  # nothing new: the paths are kept
    _say(size, f"re-run with {n['contacts']:,} contacts (nothing new): build "
         f"{again['seconds']:.1f} s (paths {again['stages']['lead_paths']:.2f} s)")  # fmt: skip
    run["load_average"] = _load_average()
    return run


def _figures(step: dict[str, Any]) -> str:
    return (
        f"{step['seconds']:.1f} s ({step['cpu_seconds']:.1f} s CPU), {step['peak_mib']:,.0f} MiB, "
        f"P {step['precision']:.3f} R {step['recall']:.3f}"
        + "".join(f"\n    {said}" for said in step.get("memory_retries", ()))
    )


def _dedupe_scores(folder: Path) -> dict[str, Any]:
    """Precision and recall of `staging.lead_members` on the planted pairs."""
    con = duckdb.connect(str(folder / WAREHOUSE), read_only=True, config=storage.OFFLINE)
    rows = con.execute("select source, source_id, lead_id from staging.lead_members").fetchall()
    con.close()
    leads = {(source, source_id): lead for source, source_id, lead in rows}
    truth = storage.read_truth(folder / CORPUS)
    found = quality.scores(leads, truth)
    return {
        "precision": found.precision,
        "recall": found.recall,
        "pairs": found.true,
        "by_edit": quality.by_edit(leads, truth),
    }


def startup_times(folder: Path, tries: int = 5) -> dict[str, float]:
    """Wall seconds of `leads --help` and each read command as a user runs it, best of
    `tries`; and its CPU seconds (user + system) under "<command> cpu". The packages are
    compiled first, as a pip install leaves them: with PYTHONDONTWRITEBYTECODE set, a
    tree of stale .pyc files would recompile its modules at every command."""
    _compile_packages()
    config = folder / "leads.toml"
    skills = ", ".join(f'"{s}"' for s in PROFILE.skills)
    config.write_text(f'[warehouse]\npath = "{WAREHOUSE}"\n\n[profile]\nskills = [{skills}]\n')
    leads = Path(sys.executable).with_name("leads")
    option = ["--config", str(config)]
    commands = {
        "leads --help": ["--help"],
        "leads top": ["top", "-n", "20", *option],
        "leads export --csv": ["export", "--csv", str(folder / "out.csv"), *option],
        'leads sql "select 1"': ["sql", "select 1", *option],
    }
    times = {}
    for name, arguments in commands.items():
        best, cpu = float("inf"), float("inf")
        for _ in range(tries):
            before = _children_cpu()
            started = time.perf_counter()
            subprocess.run(
                [str(leads), *arguments], check=True, stdout=subprocess.DEVNULL, cwd=folder,
            )  # fmt: skip
            best = min(best, time.perf_counter() - started)
            cpu = min(cpu, _children_cpu() - before)
        times[name], times[f"{name} cpu"] = best, cpu
    return times


def _compile_packages() -> None:
    """Each package pyproject.toml installs, to .pyc (unchanged files are skipped)."""
    root = Path(__file__).parents[1]
    found = tomllib.loads((root / "pyproject.toml").read_text())["tool"]["setuptools"]
    for pattern in found["packages"]["find"]["include"]:
        compileall.compile_dir(root / pattern.rstrip("*"), quiet=1)


def _children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def _step(name: str, folder: Path, *numbers: int) -> dict[str, Any]:
    """Run one step in a fresh interpreter; its JSON line."""
    done = subprocess.run(
        [sys.executable, "-m", "benchmarks.steps", name, str(folder), *map(str, numbers)],
        capture_output=True, text=True, cwd=Path(__file__).parents[1],
    )  # fmt: skip
    if done.returncode:
        raise SystemExit(f"benchmark step {name} failed in {folder}:\n{done.stderr[-3000:]}")
    result: dict[str, Any] = json.loads(done.stdout.strip().splitlines()[-1])
    return result


def _say(size: int, message: str) -> None:
    console.print(f"  {size:>9,}  {message}")


def _load_average() -> str:
    return " ".join(f"{x:.1f}" for x in os.getloadavg())


def _machine() -> str:
    return (
        f"{os.cpu_count()} CPUs, load average {_load_average()}, Python "
        f"{platform.python_version()}, DuckDB {duckdb.__version__}"
    )


def _arguments(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="python -m benchmarks", description=__doc__)
    parser.add_argument("--sizes", type=int, nargs="+", default=list(SIZES), metavar="N")
    parser.add_argument("--large", action="store_true", help=f"also {LARGE:,} postings")
    parser.add_argument("--keep", metavar="DIR", help="keep corpora and warehouses under DIR")
    parser.add_argument("--json", metavar="PATH", help="also write every figure as JSON")
    return parser.parse_args(argv)


if __name__ == "__main__":
    main()
