"""`leads serve`: run the flow on the config's schedule, no Prefect server needed."""

from __future__ import annotations

from leads._common import ConfigOption, config_or_exit, console, fail, quiet_prefect


def serve(config: ConfigOption = None) -> None:
    """Serve the gather flow on the config's schedule until stopped (Ctrl-C or SIGTERM).

    Uses Prefect's `flow.serve`; for a server, work pool and workers use
    `prefect deploy` with prefect.yaml instead (see the README).

    Example:
        leads serve --config leads.toml
    """
    settings = config_or_exit(config)
    if settings.path is None:
        raise fail("no config found: write one with `leads init`, or pass --config")
    quiet_prefect()
    from prefect.schedules import Cron

    from flows.gather import gather_leads

    schedule = settings.schedule
    console.print(f"serving gather-leads on '{schedule.cron}' ({schedule.timezone})")
    gather_leads.serve(
        name="warmleads-scheduled",
        schedules=[Cron(schedule.cron, timezone=schedule.timezone)],
        parameters={"config_path": str(settings.path.resolve())},
    )
