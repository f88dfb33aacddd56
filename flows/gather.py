"""The `gather-leads` Prefect flow: one task per source, then one writer builds the marts.

Fetch tasks are pure (settings in, plain results out), so they run where `[run]
task_runner` says: threads in this process, or the workers of a Dask cluster. DuckDB has
one writer, so every write happens in this flow process as each task finishes. A failing
source is recorded and the rest carries on.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from prefect import flow, get_run_logger, task
from prefect.artifacts import create_markdown_artifact, create_table_artifact
from prefect.cache_policies import NO_CACHE
from prefect.futures import as_completed
from prefect.task_runners import TaskRunner, ThreadPoolTaskRunner

from extractors import sources
from extractors._errors import ConfigError
from extractors._http import CachedResponse
from extractors._runner import SourceResult, run_source
from extractors.inbox import OUTLOOK_MSG, OUTLOOK_PST, UNREAD_LIST
from flows.build import build_from_config, read_network_files
from flows.config import Config, RunSettings, command_for, load_config
from flows.demo_sources import idle_demo_sources
from notify.deliver import send_digests
from warehouse import clock, load
from warehouse.db import connect

# the CLI listens to per-source progress in-process; deployments run without listeners
Listener = Callable[[str, str, "load.LoadCounts | None"], None]
LISTENERS: list[Listener] = []


class SourceFailed(Exception):
    """Every unit of a source failed; raised so Prefect's task retries apply."""

    def __init__(self, result: SourceResult) -> None:
        self.result = result
        super().__init__("; ".join(result.errors) or "all units failed")

    def __reduce__(self) -> tuple[type[SourceFailed], tuple[SourceResult]]:
        return SourceFailed, (self.result,)  # rebuilt whole when raised on a Dask worker


class AllSourcesFailed(Exception):
    """Every source failed; the warehouse still records why (source_runs)."""

    def __init__(self, summary: RunSummary) -> None:
        self.summary = summary
        super().__init__(f"run {summary.run_id}: every source failed")


@dataclass
class RunSummary:
    run_id: str
    status: str
    warehouse: str
    rows: list[dict[str, Any]] = field(default_factory=list)
    new_leads: int = 0  # first seen in this run and in the default ranking
    new_below_floor: int = 0  # of those, below the rate floor (not in `leads top --new`)
    digest: str = "off"  # what each [notify] channel did
    problems: list[str] = field(default_factory=list)  # network files not read
    network: str = ""  # which [network] files were read, which left alone as unchanged
    idle_demo: list[str] = field(default_factory=list)  # sources of `leads demo`, not running

    @property
    def failed_sources(self) -> list[str]:
        return [str(r["source"]) for r in self.rows if r["status"] == "failed"]


@task(task_run_name="fetch-{name}", cache_policy=NO_CACHE)
def fetch_source(
    name: str,
    settings: Any,
    cache: dict[str, CachedResponse],
    client_options: dict[str, Any],
) -> SourceResult:
    """Fetch and parse one source; raise when all of it failed so retries can help
    (not when a deadline ended it: a server that slow is slow again a minute later; nor
    when the source refused the user's credentials: it refuses them again; nor when no
    host it asked resolved: a machine offline stays so, and a new user's first run
    without internet then says so in seconds, not minutes)."""
    result = run_source(sources()[name], settings, cache=cache, client_options=client_options)
    if result.status == "failed" and not (
        result.out_of_time or result.refused or result.unresolved
    ):
        raise SourceFailed(result)
    return result


def _notify(event: str, source: str, counts: load.LoadCounts | None = None) -> None:
    for listener in LISTENERS:
        listener(event, source, counts)


def _outcome(name: str, future: Any) -> SourceResult:
    """The task's result, or a failed result that keeps whatever the task knew."""
    try:
        result: SourceResult = future.result()
    except SourceFailed as error:
        return error.result
    except Exception as error:  # noqa: BLE001 - the isolation boundary of one source
        return SourceResult(name, status="failed", errors=[f"{type(error).__name__}: {error}"])
    return result


def task_runner(run: RunSettings) -> TaskRunner[Any]:
    """The runner of the fetch tasks: `workers` threads, a Dask scheduler at `address`,
    or a LocalCluster of `workers` single-threaded processes."""
    if run.task_runner == "thread":
        return ThreadPoolTaskRunner(max_workers=run.workers)
    from prefect_dask.task_runners import DaskTaskRunner  # the extra; config checked it

    if run.address:
        return DaskTaskRunner(address=run.address)
    return DaskTaskRunner(cluster_kwargs={"n_workers": run.workers, "threads_per_worker": 1})


@flow(name="gather-leads")
def gather_leads(config_path: str | None = None, only: list[str] | None = None) -> RunSummary:
    """Fetch every configured source (or the `only` ones), load the warehouse and rebuild
    the ranked leads. Sources served by `leads demo` are skipped while it is not running.

    `config_path` defaults to ./leads.toml, then $LEADS_CONFIG (a deployment without it).
    """
    config = load_config(config_path)
    if config.path is None:
        raise ConfigError("no config: pass config_path, or set LEADS_CONFIG for the worker")
    chosen = {n: s for n, s in config.sources.items() if only is None or n in only}
    if unknown := sorted(set(only or ()) - set(config.sources)):
        raise ConfigError(
            f"{config.path}: no [sources.{unknown[0]}] table: "
            f"the sources configured are {', '.join(config.sources) or 'none'}"
        )
    idle_demo = idle_demo_sources(chosen)
    chosen = {n: s for n, s in chosen.items() if n not in idle_demo}
    logger = get_run_logger()
    run_id = uuid.uuid4().hex[:12]
    con = connect(config.warehouse_path)
    try:
        load.start_run(con, run_id, str(config.path or ""))
        options = asdict(config.http)  # its fields are PoliteClient keyword arguments
        fetch = fetch_source.with_options(
            retries=config.run.task_retries, retry_delay_seconds=config.run.retry_delay_seconds
        )
        rows = []
        with task_runner(config.run) as runner:
            futures = {}
            for name, settings in chosen.items():
                _notify("start", name)
                cache = load.cache_for(con, name)
                arguments = {"name": name, "settings": settings, "cache": cache}
                futures[runner.submit(fetch, {**arguments, "client_options": options})] = name
            for future in as_completed(list(futures)):
                name = futures[future]
                result = _outcome(name, future)
                module = sources()[name]
                counts = load.store_result(con, run_id, result, windowed=module.WINDOWED)
                logger.info("%s: %s, %s", name, result.status, counts)
                _notify(result.status, name, counts)
                rows.append(_row(result, counts))
        problems, network = _import_network(con, config, run_id, logger)
        build_from_config(con, config)
        status = load.finish_run(con, run_id, partial=bool(problems))
        new_leads = con.execute(
            "select count(*), count(*) filter (where not meets_floor) from marts.ranked_leads"
            " where is_new and in_ranking and status = 'new'"
        ).fetchone()
        digest = _send_digests(con, config, logger)
    finally:
        con.close()
        # Prefect keeps the run's exceptions, and their tracebacks keep this frame: a
        # DuckDB object alive at exit makes nanobind print ~40 lines of "leaked" warnings
        del con
    summary = RunSummary(
        run_id, status, str(config.warehouse_path), sorted(rows, key=_by_source),
        new_leads=int(new_leads[0]) if new_leads else 0,
        new_below_floor=int(new_leads[1]) if new_leads else 0, digest=digest, problems=problems,
        network=network, idle_demo=idle_demo,
    )  # fmt: skip
    _publish(summary)
    if status == "failed":
        raise AllSourcesFailed(summary)  # the run is marked Failed in Prefect
    return summary


def _import_network(con: Any, config: Config, run_id: str, logger: Any) -> tuple[list[str], str]:
    """Read the configured network exports that are new or changed since they were last
    read. Returns the files that could not be read at all (missing, refused): each takes
    referral paths away, so the run is partial and the summary names them; and what was
    read and left alone, for the summary."""
    if not config.network.files:
        return [], ""
    read = read_network_files(con, config, run_id=run_id)
    logger.info("network: %s", read)
    for problem in read.result.problems:
        logger.warning("network: %s: %s", problem.where, problem.message)
    return [f"{p.file}: {p.message}" for p in read.result.problems if p.line == 0], str(read)


def _send_digests(con: Any, config: Config, logger: Any) -> str:
    """The digest of each [notify] channel; a failure is logged, never fails the run."""
    if not config.notify.channels:
        return "off"
    try:
        outcomes = send_digests(
            con, config.notify, clock.now(), config.schedule.zone, command_for(config)
        )
    except Exception as error:  # noqa: BLE001 - a digest never fails the run
        logger.warning("digest: %s: %s", type(error).__name__, error)
        return f"failed ({type(error).__name__})"
    for outcome in outcomes:
        (logger.warning if outcome.status == "failed" else logger.info)("digest: %s", outcome)
    return "; ".join(str(outcome) for outcome in outcomes)


def _by_source(row: dict[str, Any]) -> str:
    return str(row["source"])


def _row(result: SourceResult, counts: load.LoadCounts) -> dict[str, Any]:
    return {
        "source": result.source,
        "status": result.status,
        "fetched": counts.fetched,
        "unchanged": counts.unchanged,
        "new": counts.new,
        "updated": counts.updated,
        "closed": counts.closed,
        "reopened": counts.reopened,
        "failed": result.stats.get("failed/units", 0) + result.stats.get("failed/pages", 0),
        "seconds": round(result.seconds, 2),
        "error": "; ".join(result.errors)[:300],
        "skipped": skipped_note(result.stats),
    }


# the mailing lists a run names of those whose mail it did not read, most frequent first
_NAMED_LISTS = 3


def skipped_note(stats: dict[str, int]) -> str:
    """What a source read and left, as a user would ask after it: the inbox's mail from
    senders it reads no parser for (an alert service it does not know), and alerts of a
    known sender in which it found no job (a layout it does not read yet)."""
    parts = [
        f"{n} {name.removesuffix('_without_jobs')} {'alert' if n == 1 else 'alerts'} "
        "with no job it could read"
        for key, n in sorted(stats.items())
        if n and (name := key.removeprefix("skipped/")) != key and name.endswith("_without_jobs")
    ]
    if others := stats.get("skipped/other_sender"):
        plural = "message" if others == 1 else "messages"
        parts.append(f"{others} {plural} from other senders, not read ({_lists_named(stats)}"
                     'the senders read: README, "Job-alert e-mails")')  # fmt: skip
    if outlook := stats.get(OUTLOOK_MSG):
        parts.append(f"{outlook} Outlook .msg {'file' if outlook == 1 else 'files'} without a"
                     " readable message, not read "
                     '(save them as .eml: README, "Job-alert e-mails")')  # fmt: skip
    if pst := stats.get(OUTLOOK_PST):
        parts.append(f"{pst} Outlook .pst {'file' if pst == 1 else 'files'}, not read (drag the"
                     ' alerts out of Outlook: README, "Job-alert e-mails")')  # fmt: skip
    return "; ".join(parts)


def _lists_named(stats: dict[str, int]) -> str:
    """The mailing lists among the senders not read, most frequent first (an alert
    service with no parser yet, by its domain), or ""."""
    lists = sorted((-n, key.removeprefix(UNREAD_LIST)) for key, n in stats.items()
                   if key.startswith(UNREAD_LIST) and n)  # fmt: skip
    if not lists:
        return ""
    named = ", ".join(f"{domain} ({-n})" for n, domain in lists[:_NAMED_LISTS])
    more = f" and {len(lists) - _NAMED_LISTS} more" if len(lists) > _NAMED_LISTS else ""
    return f"mailing lists among them: {named}{more}; "


def _publish(summary: RunSummary) -> None:
    create_table_artifact(
        key="gather-leads-sources",
        table=summary.rows,
        description=f"Sources of run {summary.run_id}",
    )
    failed = summary.failed_sources
    create_markdown_artifact(
        key="gather-leads-summary",
        markdown=(
            f"# gather-leads run {summary.run_id}: {summary.status}\n\n"
            f"- sources: {len(summary.rows)}, failed: {', '.join(failed) or 'none'}\n"
            f"- new postings: {sum(r['new'] for r in summary.rows)}, "
            f"new leads: {summary.new_leads}\n"
            f"- digest: {summary.digest}\n"
            f"- warehouse: `{Path(summary.warehouse).name}`\n"
        ),
        description="warmleads run summary",
    )
