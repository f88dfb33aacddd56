"""`leads demo`: the whole pipeline offline, on bundled snapshots served over loopback."""

from __future__ import annotations

import shutil
import sys
from importlib import resources
from pathlib import Path
from typing import Annotated

import typer

from flows.config import command_for, load_config
from flows.demo_sources import DEMO_PORT
from leads._common import console, fail, warehouse
from leads._runflow import exit_code, run_once
from leads.demo.server import SnapshotServer
from leads.feed import write_feed
from leads.report import write_report
from leads.top import show_top
from warehouse.export import export_csv

NETWORK = Path(str(resources.files("leads.demo") / "network"))
MAIL = Path(str(resources.files("leads.demo") / "mail" / "alerts.mbox"))

_CONFIG = """\
# written by `leads demo`: every source points at a loopback server of snapshots
[warehouse]
path = "leads.duckdb"

[profile]  # yours here (every key: the README's Configuration), then `leads rebuild`
skills = ["python", "dbt", "duckdb", "airflow", "postgres"]
engagements = ["freelance", "contract", "part_time"]
remote_only = true
locations = ["EU", "DE"]
min_hourly_rate = 80
currency = "USD"

[network]
files = [{network}]  # your exports (files, folders, .zip, .tgz), read by `leads rebuild`
scan_messages = true

[http]
min_interval = 0.05

[run]
task_retries = 0

[sources.hackernews]
base_url = "{url}"
firebase_url = "{url}"  # its fallback stays on loopback too
threads = ["freelancer", "hiring"]

[sources.remotive]
base_url = "{url}"

[sources.greenhouse]
base_url = "{url}"
boards = ["fernhill"]

[sources.lever]
base_url = "{url}"
sites = [{{ site = "kestrel", company = "Kestrel Robotics GmbH" }}]  # Lever names no company

[sources.ashby]
base_url = "{url}"
boards = ["lumen"]

[sources.workable]
base_url = "{url}"
boards = ["brackwater"]

[sources.smartrecruiters]
base_url = "{url}"
companies = ["Quayside"]
acknowledge_terms = true  # the demo's own server: no SmartRecruiters terms apply to it

[sources.mastodon]
instances = ["{url}"]
tags = ["hiring", "fedihire", "freelance"]

[sources.reddit]
base_url = "{url}"
subreddits = ["forhire"]

[sources.remoteok]
base_url = "{url}"

[sources.arbeitnow]
base_url = "{url}"

[sources.jobicy]
base_url = "{url}"

[sources.himalayas]
base_url = "{url}"

[sources.weworkremotely]
base_url = "{url}"
categories = ["remote-programming-jobs"]

[sources.workingnomads]
base_url = "{url}"

[sources.jobposting]
pages = ["{url}/careers/tidepool-labs"]

[sources.inbox]  # your mbox, Maildir or .eml folder here; read by `leads run --only inbox`
paths = ["{mail}"]
"""


def _refuse_a_users_folder(directory: Path) -> None:
    """The demo writes its leads.toml and warehouse in `directory`: never over a user's
    own (`leads demo --dir .` beside a real config would mix the demo into real data)."""
    config, warehouse_file = directory / "leads.toml", directory / "leads.duckdb"
    if config.is_file():
        with config.open(encoding="utf-8", errors="replace") as handle:
            ours = handle.readline() == _CONFIG.splitlines(keepends=True)[0]
    else:
        ours = not warehouse_file.exists()
    if not ours:
        mine = config if config.is_file() else warehouse_file
        raise fail(
            f"{mine} is not the demo's: the demo writes its own leads.toml and warehouse "
            "there; pick another --dir"
        )


def demo_config(base_url: str, *, network: bool = True) -> str:
    """The demo's leads.toml with every source pointed at `base_url`; without the sample
    network, `[network] files` is empty for the user's own exports."""
    files = f'"{NETWORK.as_posix()}"' if network else ""
    return _CONFIG.format(url=base_url, network=files, mail=MAIL.as_posix())


def demo(
    directory: Annotated[
        Path, typer.Option("--dir", help="Where the demo writes its warehouse and CSV.")
    ] = Path("demo-output"),
    top: Annotated[int, typer.Option("-n", help="How many leads to print.")] = 10,
    network: Annotated[
        bool,
        typer.Option(
            "--network/--no-network",
            help="Import the sample network; --no-network leaves room for your own exports.",
        ),
    ] = True,
) -> None:
    """Run the pipeline offline on bundled data and print the top leads.

    Serves real-format snapshots of every source on 127.0.0.1, reads a sample mbox
    of job alerts, imports a sample network export (with LinkedIn's Jobs folder),
    writes a demo warehouse and CSV under --dir. A second run costs only 304s and
    adds nothing. To try your own profile and network on the demo's postings, run
    it with --no-network in a folder of your own, and edit the leads.toml there.

    Example:
        leads demo --dir demo-output
        leads demo --dir ~/try-warmleads --no-network
    """
    _refuse_a_users_folder(directory)
    directory.mkdir(parents=True, exist_ok=True)
    config_path = directory / "leads.toml"
    # one port run after run, so the URLs (and their ETags) of the last run are reused
    with SnapshotServer(port=DEMO_PORT) as server:
        config_path.write_text(demo_config(server.base_url, network=network), encoding="utf-8")
        summary = run_once(config_path)
    config = load_config(config_path)
    csv_path = directory / "ranked_leads.csv"
    report_path, feed_path = directory / "leads.html", directory / "leads.atom"
    with warehouse(config) as con:
        show_top(con, top)
        exported = export_csv(con, csv_path)
        report_size = write_report(con, report_path, command_for(config), config.schedule.zone)
        write_feed(con, feed_path, config.warehouse_path)
    leads = "leads" if shutil.which("leads") else sys.argv[0]  # as the user can type it
    console.print(
        f"\nwarehouse: [bold]{config.warehouse_path}[/]\n"
        f"csv ({exported} leads): [bold]{csv_path}[/]\n"
        f"report ({report_size} bytes, open it in a browser): [bold]{report_path}[/]\n"
        f"feed (Atom): [bold]{feed_path}[/]\n"
        f"try: {leads} top --config {config_path}\n"
        f'     {leads} sql --config {config_path} "select rank, title, why from ranked_leads '
        'where rank <= 5 order by rank"',
        soft_wrap=True,
    )
    raise typer.Exit(exit_code(summary))
