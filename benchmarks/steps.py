"""One measured step of the benchmark, each in a fresh process so its peak memory is its own.

`python -m benchmarks.steps STEP FOLDER [SIZE EXTRA]` prints one JSON line: the step's
figures and the process's peak resident memory (ru_maxrss). Timed work reports wall
seconds and CPU seconds (all threads): on a shared machine the second moves less. The
steps share FOLDER:
`corpus.duckdb` (postings and truth) and `warehouse.duckdb` (warmleads' own file).
"""

from __future__ import annotations

import json
import logging
import random
import re
import resource
import sys
import time
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from benchmarks import quality, reference, storage
from benchmarks.corpus import NOW, Corpus
from extractors._runner import ParsedPosting
from warehouse import build, load
from warehouse.db import connect
from warehouse.network.store import import_network
from warehouse.ranking.profile import Profile, RankingSettings

PROFILE = Profile(
    skills=("python", "dbt", "duckdb", "airflow", "postgres"),
    locations=("EU",),
    min_hourly_rate=80,
)
SETTINGS = RankingSettings()
_NAME = re.compile(r"[\w.]{1,40}")  # a layer or table name, not a query
NETWORK = 2000  # contacts in the network of `with_network`
CORPUS = "corpus.duckdb"
WAREHOUSE = "warehouse.duckdb"


def generate(folder: Path, size: int, extra: int) -> dict[str, Any]:
    """The corpus of `size` postings and `extra` held back for the re-run."""
    started = time.perf_counter()
    counts = storage.write_corpus(Corpus(size, extra), folder / CORPUS)
    return {**counts, "seconds": time.perf_counter() - started}


def load_base(folder: Path) -> dict[str, Any]:
    """The base postings into a fresh warehouse through warmleads' load path."""
    con = connect(folder / WAREHOUSE)
    try:
        return {"seconds": _load(con, folder / CORPUS, "base", "bench-base")}
    finally:
        con.close()


def build_once(folder: Path) -> dict[str, Any]:
    """`warehouse.build.build`, timed whole; the seconds of each of its steps."""
    con = connect(folder / WAREHOUSE)
    try:
        started, cpu = time.perf_counter(), time.process_time()
        stages = build.build(con, PROFILE, SETTINGS)
        seconds, cpu = time.perf_counter() - started, time.process_time() - cpu
    finally:
        con.close()
    return {"seconds": seconds, "cpu_seconds": cpu, "stages": stages}


def rerun(folder: Path) -> dict[str, Any]:
    """A later run: the held-back 1% loaded, then the build again."""
    con = connect(folder / WAREHOUSE)
    try:
        loaded = _load(con, folder / CORPUS, "new", "bench-new")
        started = time.perf_counter()
        stages = build.build(con, PROFILE, SETTINGS)
        built = time.perf_counter() - started
    finally:
        con.close()
    return {"load": loaded, "build": built, "seconds": loaded + built, "stages": stages}


def with_network(folder: Path, contacts: int = NETWORK) -> dict[str, Any]:
    """A build after importing a LinkedIn export of `contacts` people, a third of them
    at the corpus's employers: what joining a user's network adds to every run."""
    con = connect(folder / WAREHOUSE)
    try:
        employers = [
            company
            for (company,) in con.execute(
                "select distinct company from state.postings where company is not null "
                "order by company"
            ).fetchall()
        ]
        export = folder / "Connections.csv"
        export.write_text(_connections(employers, contacts), encoding="utf-8")
        import_network(con, [str(export)])
        started = time.perf_counter()
        stages = build.build(con, PROFILE, SETTINGS)
        seconds = time.perf_counter() - started
        row = con.execute("select count(distinct lead_id) from staging.lead_paths").fetchone()
        paths = row[0] if row else 0
    finally:
        con.close()
    return {"contacts": contacts, "seconds": seconds, "stages": stages, "leads_with_a_path": paths}


def _connections(employers: list[str], contacts: int) -> str:
    """LinkedIn's Connections.csv (after its notes), seeded: every third person works at
    one of `employers`, the others elsewhere."""
    rng = random.Random(contacts)
    rows = [f"First {n},Last {n},https://www.linkedin.com/in/person-{n},,"
            f"\"{rng.choice(employers) if n % 3 == 0 else f'Elsewhere {n}'}\",Engineer,08 Feb 2024"
            for n in range(contacts)]  # fmt: skip
    header = "First Name,Last Name,URL,Email Address,Company,Position,Connected On"
    return "\n".join(["Notes:", '"Some e-mail addresses may be missing."', "", header, *rows])


def run_reference(folder: Path) -> dict[str, Any]:
    """The reference on the same base postings, timed; its precision and recall after."""
    started, cpu = time.perf_counter(), time.process_time()
    leads = reference.run(folder / CORPUS, PROFILE.skills, NOW)
    seconds, cpu = time.perf_counter() - started, time.process_time() - cpu
    peak = _peak_mib()  # before the scoring below adds its own
    truth = storage.read_truth(folder / CORPUS)
    found = quality.scores(leads, truth)
    return {
        "seconds": seconds,
        "cpu_seconds": cpu,
        "peak_mib": peak,
        "precision": found.precision,
        "recall": found.recall,
        "pairs": found.true,
        "by_edit": quality.by_edit(leads, truth),
    }


def _load(con: Any, corpus: Path, batch: str, run_id: str) -> float:
    """Seconds warmleads spends storing one batch (reading the corpus file is not counted:
    it stands in for the fetch)."""
    load.start_run(con, run_id, "benchmark")
    seconds = 0.0
    now = datetime.now(UTC)
    for chunk in storage.read_postings(corpus, batch):
        parsed = [ParsedPosting(posting, "benchmark", posting.source) for posting in chunk]
        started = time.perf_counter()
        con.execute("begin transaction")
        load.upsert_postings(con, load.postings_frame(parsed, run_id, now))
        con.execute("commit")
        seconds += time.perf_counter() - started
    load.finish_run(con, run_id)
    return seconds


def _peak_mib() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


STEPS: dict[str, Callable[..., dict[str, Any]]] = {
    "generate": generate,
    "load": load_base,
    "build": build_once,
    "rerun": rerun,
    "reference": run_reference,
    "network": with_network,
}


class _Said(logging.Handler):
    """What the build logs: each time it ran out of a memory bound and went on under a
    wider one (the peak is then the wider bound's)."""

    def __init__(self) -> None:
        super().__init__(logging.INFO)
        self.messages: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.messages.append(record.getMessage())


def main(argv: list[str]) -> None:
    step, folder, *numbers = argv
    said = _Said()
    logging.getLogger(build.__name__).addHandler(said)
    logging.getLogger(build.__name__).setLevel(logging.INFO)
    result = STEPS[step](Path(folder), *map(int, numbers))
    result.setdefault("peak_mib", _peak_mib())
    if said.messages:
        result["memory_retries"] = said.messages
    print(json.dumps(result))


if __name__ == "__main__":
    main(sys.argv[1:])
