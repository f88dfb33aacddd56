"""`python -m faults [--kills N]`: run every fault against real `leads` processes and
print one table: fault, trials, outcome, seconds, peak memory, rows lost.

Exit code 1 when a fault was not contained: a row lost, a Prefect server left running,
a hostile run over 3 minutes, a bomb not refused within 10 s and 300 MB, a `leads sql`
write that ran, or a control character from a posting on the terminal.
"""

from __future__ import annotations

import argparse
import os
import random
import re
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

import duckdb

from extractors import remotive
from extractors._contract import Page, Posting
from extractors.network import import_paths
from faults import bombs, hostile
from faults._proc import Outcome, leads
from leads.demo.command import demo_config
from leads.demo.server import SnapshotServer
from warehouse.db import connect

_CONTROL = re.compile("[\x00-\x09\x0b-\x1f\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]")
# file:line: message, or file: message for a whole file's problem (no line 0)
_PROBLEM = re.compile(r"^\S.*?\.\w+(?::\d+)?: ")
GROUPS = ("kills", "sql", "hostile", "bombs")
HOSTILE_RUN_LIMIT = 180.0
BOMB_SECONDS, BOMB_MIB = 10.0, 300.0


@dataclass
class Row:
    fault: str
    trials: int
    outcome: str
    seconds: float
    peak_mib: float
    rows_lost: int | str
    ok: bool


def _env(home: Path) -> dict[str, str]:
    """The child's environment: its own Prefect home, no telemetry, no colours."""
    env = {k: v for k, v in os.environ.items() if not k.startswith(("PREFECT_", "LEADS_"))}
    return env | {"PREFECT_HOME": str(home / "prefect"), "DO_NOT_TRACK": "1",
                  "PREFECT_SERVER_ANALYTICS_ENABLED": "false", "NO_COLOR": "1",
                  "COLUMNS": "160"}  # fmt: skip


def _query(folder: Path, sql: str) -> list[tuple[object, ...]]:
    con = duckdb.connect(str(folder / "leads.duckdb"), read_only=True)
    try:
        return con.execute(sql).fetchall()
    finally:
        con.close()


_KEYS = "select source || ':' || source_id from state.postings"
_CONTACTS = "select contact_key from state.network_contacts"


def kills(work: Path, env: dict[str, str], count: int) -> Iterator[Row]:
    """`leads run` killed with SIGKILL at random moments, then run once more; its
    warehouse against one from an uninterrupted run."""
    with SnapshotServer() as server:
        config = demo_config(server.base_url)
        clean, killed = work / "uninterrupted", work / "killed"
        for folder in (clean, killed):
            folder.mkdir()
            (folder / "leads.toml").write_text(config, encoding="utf-8")
        reference = leads("run", env=env, cwd=clean)
        yield Row("uninterrupted run (reference)", 1, f"exit {reference.code}",
                  reference.seconds, reference.peak_mib, 0, reference.code == 0)  # fmt: skip
        rng = random.Random(8)
        trials: list[Outcome] = []
        for _ in range(count):
            trials.append(
                leads("run", env=env, cwd=killed, kill_after=rng.uniform(0.5, reference.seconds))
            )
        final = leads("run", env=env, cwd=killed)
        second = _second_writer(killed, env)
    expected = set(_query(clean, _KEYS)) | set(_query(clean, _CONTACTS))
    found = set(_query(killed, _KEYS)) | set(_query(killed, _CONTACTS))
    lost = len(expected - found)
    open_runs = _query(killed, "select count(*) from runs where finished_at is null")[0][0]
    orphans = sum(len(t.orphans) for t in trials)
    killed_count = sum(t.code == -9 for t in trials)
    outcome = (f"{killed_count} killed, then exit {final.code}; {orphans} Prefect servers "
               f"left; {open_runs} runs open")  # fmt: skip
    ok = lost == 0 and orphans == 0 and open_runs == 0 and final.code == 0
    seconds = sum(t.seconds for t in trials) + final.seconds
    peak = max([t.peak_mib for t in trials] + [final.peak_mib])
    yield Row("kill -9 at a random moment", count, outcome, seconds, peak, lost, ok)
    yield second


def _second_writer(folder: Path, env: dict[str, str]) -> Row:
    """A second `leads run` while one runs: refused at once, in one line."""
    import subprocess

    first = subprocess.Popen(  # noqa: S603 - our own interpreter and module
        [sys.executable, "-m", "leads", "run"], cwd=folder, env=env,
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )  # fmt: skip
    time.sleep(3)
    second = leads("run", env=env, cwd=folder)
    first.wait(timeout=600)
    lines = second.output.strip().splitlines()
    ok = second.code == 2 and len(lines) == 1 and "a run is writing" in second.output
    return Row("a second leads run meanwhile", 1, f"exit {second.code}: {_short(lines)}",
               second.seconds, second.peak_mib, 0, ok)  # fmt: skip


# each hostile case is served to one source: (source, its config lines beyond base_url)
_TABLES = {
    "escapes": ("remotive", ""),
    "500": ("jobicy", ""),
    "429, Retry-After 5": ("himalayas", ""),
    "429, Retry-After 999999": ("arbeitnow", ""),
    "truncated body": ("remoteok", ""),
    "invalid JSON": ("reddit", 'format = "json"'),
    "60 MiB body": ("greenhouse", 'boards = ["big"]'),
    "gzip bomb": ("lever", 'sites = ["bomb"]'),
    "drip, 1 byte/s": ("ashby", 'boards = ["drip"]'),
    "redirect loop": ("hackernews", ""),
    "cross-host redirect, robots.txt disallows": ("jobposting", ""),
    "captcha HTML": ("mastodon", 'tags = ["hiring"]'),
}


def _hostile_config(urls: dict[str, str]) -> str:
    lines = ['[warehouse]\npath = "leads.duckdb"\n']
    for case, (source, extra) in _TABLES.items():
        url = urls[case]
        if source == "jobposting":
            where = f'pages = ["{url}/careers"]'
        elif source == "mastodon":
            where = f'instances = ["{url}"]'
        elif source == "hackernews":  # its fallback to Firebase too, not the real host
            where = f'base_url = "{url}"\nfirebase_url = "{url}"'
        else:
            where = f'base_url = "{url}"'
        lines.append(f"[sources.{source}]\n{where}\n{extra}\n")
    return "\n".join(lines)


def hostile_sources(work: Path, env: dict[str, str]) -> Iterator[Row]:
    """One run with every source pointed at a hostile server (defaults for [http] and
    [run]); then what it printed, and what top and sql print, checked for escapes."""
    folder = work / "hostile"
    folder.mkdir()
    with hostile.serving() as urls:
        (folder / "leads.toml").write_text(_hostile_config(urls), encoding="utf-8")
        run = leads("run", env=env, cwd=folder, timeout=600)
    runs = {
        str(source): (str(status), str(error or ""), float(str(seconds)))
        for source, status, error, seconds in _query(
            folder, "select source, status, error, seconds from source_runs"
        )
    }
    stored = _query(folder, "select count(*) from state.postings where source = 'remotive'")
    for case, (source, _) in _TABLES.items():
        status, error, seconds = runs.get(source, ("missing", "", 0.0))
        lost: int | str = "-"
        ok = status == "failed"
        if case == "escapes":
            lost = _expected_escaped() - int(str(stored[0][0]))
            ok = status == "ok" and lost == 0
        outcome = f"{source} {status}" + (f": {_cause(error)}" if error else "")
        yield Row(f"server: {case}", 1, outcome, seconds, run.peak_mib, lost, ok)
    yield Row("run with 12 hostile sources", 1, f"exit {run.code}", run.seconds, run.peak_mib,
              "-", run.seconds < HOSTILE_RUN_LIMIT)  # fmt: skip
    yield _escapes(folder, env, run)


def _expected_escaped() -> int:
    body = hostile.escaped_jobs()
    page = Page("remotive", "http://x/api/remote-jobs", 200, {}, body, datetime.now(UTC))
    return sum(isinstance(item, Posting) for item in remotive.parse(page))


def _escapes(folder: Path, env: dict[str, str], run: Outcome) -> Row:
    outputs = [run] + [
        leads(*args, env=env, cwd=folder)
        for args in (["top", "-n", "100"], ["top", "--flagged", "-n", "100"],
                     ["sql", "select title, company, why from ranked_leads"],
                     ["sql", "select title, company from ranked_leads", "-f", "csv"],
                     ["sql", "select title, company from ranked_leads", "-f", "json"])
    ]  # fmt: skip
    dirty = [o for o in outputs if _CONTROL.search(o.output.replace("\n", ""))]
    shown = sum("gnp.exe" in o.output for o in outputs)
    outcome = f"{len(dirty)} of {len(outputs)} outputs carry a control character"
    ok = not dirty and shown >= 4
    seconds = sum(o.seconds for o in outputs[1:])
    return Row("escapes on the terminal", len(outputs), outcome, seconds,
               max(o.peak_mib for o in outputs[1:]), "-", ok)  # fmt: skip


def import_bombs(work: Path, env: dict[str, str]) -> Iterator[Row]:
    """`leads network import` of each bomb, in a fresh folder each."""
    real = len(import_paths([bombs.NETWORK / "Connections.csv"]).contacts)
    for index, (name, (build, keeps_real)) in enumerate(bombs.BOMBS.items()):
        folder = work / f"bomb{index}"
        folder.mkdir()
        (folder / "leads.toml").write_text('[warehouse]\npath = "leads.duckdb"\n', "utf-8")
        target = build(folder)
        result = leads("network", "import", str(target), env=env, cwd=folder)
        loaded = _query(folder, "select count(*) from state.network_contacts")[0][0]
        lost = (real if keeps_real else 0) - int(str(loaded))
        problems = [line for line in result.output.splitlines() if _PROBLEM.match(line)]
        ok = (lost == 0 and bool(problems) and result.seconds < BOMB_SECONDS
              and result.peak_mib < BOMB_MIB)  # fmt: skip
        yield Row(f"import: {name}", 1, _short(problems), result.seconds, result.peak_mib,
                  lost, ok)  # fmt: skip
        for path in folder.glob("*"):
            if path.suffix in (".zip", ".csv"):
                path.unlink()  # the 500 MB files leave as soon as they are measured


_WRITES = [
    "copy ranked_leads to '{out}/copy.csv'",
    "attach '{out}/other.duckdb' as other (read_write)",
    "export database '{out}/dump'",
    "select * from read_csv('/etc/passwd')",
    "select * from glob('/etc/*')",
    "set autoinstall_known_extensions = true",
    "install httpfs",
    "create table main.x as select 1",
    "delete from state.runs",
    "select * from state.network_contacts",
    "select * from query_table('raw.network_' || 'contacts')",
    "select 1; drop table state.runs",
]


def sql_writes(work: Path, env: dict[str, str]) -> Iterator[Row]:
    """Each write or outside read through `leads sql`: refused, in one line, nothing made."""
    folder, out = work / "sql", work / "sql-out"
    folder.mkdir()
    out.mkdir()
    (folder / "leads.toml").write_text('[warehouse]\npath = "leads.duckdb"\n', "utf-8")
    connect(folder / "leads.duckdb").close()
    results = [leads("sql", q.format(out=out), env=env, cwd=folder) for q in _WRITES]
    refused = [r for r in results if r.code == 2 and len(r.output.strip().splitlines()) == 1]
    made = list(out.iterdir())
    ok = len(refused) == len(_WRITES) and not made
    outcome = f"{len(refused)} of {len(_WRITES)} refused in one line; {len(made)} files made"
    seconds = sum(r.seconds for r in results)
    peak = max(r.peak_mib for r in results)
    yield Row("leads sql writes and outside reads", len(_WRITES), outcome, seconds, peak, "-", ok)


def _cause(error: str) -> str:
    first = error.split("; ")[0]
    return first.split(": ", 1)[1] if ": " in first else first


def _short(lines: list[str], width: int = 70) -> str:
    text = lines[0] if lines else "(nothing printed)"
    text = text.split(": ", 1)[1] if text.startswith("error: ") else text
    return text if len(text) <= width else text[: width - 1] + "…"


def _print(rows: list[Row]) -> None:
    header = ("fault", "trials", "outcome", "seconds", "peak MiB", "rows lost", "")
    table = [header] + [
        (r.fault, str(r.trials), r.outcome, f"{r.seconds:.1f}", f"{r.peak_mib:.0f}",
         str(r.rows_lost), "ok" if r.ok else "FAIL")
        for r in rows
    ]  # fmt: skip
    widths = [max(len(line[i]) for line in table) for i in range(len(header))]
    for number, line in enumerate(table):
        print(" | ".join(cell.ljust(width) for cell, width in zip(line, widths, strict=True)))
        if number == 0:
            print("-+-".join("-" * width for width in widths))


def main() -> int:
    parser = argparse.ArgumentParser(prog="python -m faults", description=__doc__)
    parser.add_argument("--kills", type=int, default=10, help="SIGKILL trials (default 10)")
    parser.add_argument("--only", choices=GROUPS, action="append", help="run these groups only")
    args = parser.parse_args()
    started = time.monotonic()
    rows: list[Row] = []
    with tempfile.TemporaryDirectory(prefix="warmleads-faults-") as scratch:
        work = Path(scratch)
        env = _env(work)
        groups: dict[str, Callable[[], Iterator[Row]]] = {
            "kills": lambda: kills(work, env, args.kills),
            "sql": lambda: sql_writes(work, env),
            "hostile": lambda: hostile_sources(work, env),
            "bombs": lambda: import_bombs(work, env),
        }
        for name in args.only or GROUPS:
            for row in groups[name]():
                rows.append(row)
                print(f"  {'ok  ' if row.ok else 'FAIL'} {row.fault}", file=sys.stderr, flush=True)
    _print(rows)
    failed = [row.fault for row in rows if not row.ok]
    verdict = "all contained" if not failed else "NOT contained: " + ", ".join(failed)
    print(f"\n{len(rows)} faults in {time.monotonic() - started:.0f} s; {verdict}")
    print(f"faults: {len(rows) - len(failed)} passed, {len(failed)} failed")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
