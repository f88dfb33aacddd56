"""`leads deploy`: create or update the Prefect deployment of the flow from your config.

The deployment runs `flows/gather.py:gather_leads` from this checkout on a process work
pool, with this config's absolute path as its `config_path` parameter and `[schedule]`
as its schedule; run it again after changing `[schedule]`.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any, cast

import typer

from leads._common import (
    ConfigOption,
    config_or_exit,
    console,
    fail,
    prefect_api_or_exit,
    quiet_prefect,
)

if TYPE_CHECKING:
    from prefect import Flow

ENTRYPOINT = "flows/gather.py:gather_leads"


def deploy(
    pool: Annotated[
        str, typer.Option("--pool", help="The process work pool (created if missing).")
    ] = "local-process",
    name: Annotated[str, typer.Option("--name", help="The deployment's name.")] = "daily",
    config: ConfigOption = None,
) -> None:
    """Deploy the flow to a Prefect server with \\[schedule] and this config's path.

    Needs PREFECT_API_URL (a `prefect server start` or Prefect Cloud); a worker
    then runs it: `prefect worker start --pool local-process`.

    Example:
        PREFECT_API_URL=http://127.0.0.1:4200/api leads deploy --config leads.toml
    """
    settings = config_or_exit(config)
    if settings.path is None:
        raise fail("no config found: write one with `leads init`, or pass --config")
    if not os.environ.get("PREFECT_API_URL"):
        raise fail("PREFECT_API_URL is not set: point it at your Prefect server's /api")
    prefect_api_or_exit()
    quiet_prefect()
    from prefect.schedules import Cron

    import flows
    from flows.gather import gather_leads
    from flows.pools import ensure_process_pool

    ensure_process_pool(pool)
    checkout = Path(flows.__file__).resolve().parents[1]
    schedule = settings.schedule
    flow = cast("Flow[..., Any]", gather_leads.from_source(str(checkout), ENTRYPOINT))
    flow.deploy(
        name=name,
        work_pool_name=pool,
        schedules=[Cron(schedule.cron, timezone=schedule.timezone)],
        parameters={"config_path": str(settings.path.resolve())},
        build=False,
        push=False,
        print_next_steps=False,
        ignore_warnings=True,  # Prefect's advice to call `.serve` is not for this command
    )
    console.print(
        f"deployed gather-leads/{name} on pool {pool}: '{schedule.cron}' ({schedule.timezone}), "
        f"config {settings.path.resolve()}\nstart a worker: prefect worker start --pool {pool}",
        soft_wrap=True,
    )
