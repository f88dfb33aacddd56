"""`leads rebuild`: re-parse stored responses and rebuild the ranking, offline."""

from __future__ import annotations

from typing import TYPE_CHECKING

from rich.table import Table

from leads._common import ConfigOption, config_or_exit, console, errors, warehouse, warn_unplaced
from leads._terminal import cell, markup

if TYPE_CHECKING:
    from extractors._runner import SourceResult


def rebuild(config: ConfigOption = None) -> None:
    """Re-parse every stored raw response with the current parsers, then rebuild.

    No request is made: use it after upgrading warmleads (a parser fix) or after
    changing the profile or ranking tables in the config. The \\[network] files
    that are new or changed since they were last read are read too; new mail in
    \\[sources.inbox] is not (that is `leads run --only inbox`).

    Example:
        leads rebuild
    """
    from flows.build import build_from_config, read_network_files  # pandas: builds only
    from warehouse.reparse import reparse

    settings = config_or_exit(config)
    warn_unplaced(settings)
    with warehouse(settings, read_only=False) as con, console.status("re-parsing raw") as st:
        results = reparse(con)
        network = None
        if settings.network.files:
            st.update("reading the network files that changed")
            network = read_network_files(con, settings)
        st.update("rebuilding features, leads and marts")
        build_from_config(con, settings)
        ranked, left_out = con.execute(
            "select count(rank), count(*) - count(rank) from ranked_leads"
        ).fetchone() or (0, 0)
    if results:
        console.print(_reparsed(results))
    else:
        console.print("no stored responses to re-parse (a run stores what it fetches)")
    if network is not None:
        console.print(f"network: {markup(str(network))}", highlight=False, soft_wrap=True)
        for problem in network.result.problems:
            line = f"{problem.where}: {problem.message}"
            errors.print(f"network: {markup(line)}", highlight=False, soft_wrap=True)
    console.print(f"ranking rebuilt: {ranked} ranked leads, {left_out} left out")
    if "inbox" in settings.sources:  # a new mbox in [sources.inbox] looks read, but is not
        console.print(
            "inbox: the alerts a run stored were re-read; new mail is read by "
            "`leads run --only inbox`",
            highlight=False, soft_wrap=True,
        )  # fmt: skip


def _reparsed(results: dict[str, SourceResult]) -> Table:
    """Postings counted once each, as a run's `fetched` counts them: a toot under three
    tags is one posting in three pages."""
    table = Table("source", "pages", "postings", "new", "updated", "errors", title="re-parsed")
    for name, result in sorted(results.items()):
        stats = result.stats
        postings = len({parsed.posting.source_id for parsed in result.postings})
        table.add_row(
            name, str(len(result.pages)), str(postings), str(stats.get("new", 0)),
            str(stats.get("updated", 0)), cell("; ".join(result.errors), 80),
        )  # fmt: skip
    return table
