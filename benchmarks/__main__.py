"""Measure parse, load, build, export and check on synthetic postings of realistic shape.

Prints one line per stage (seconds, rate) and the process's peak memory. Sizes are
arguments so a slow machine can run a smaller pass: `python -m benchmarks 20000`.
"""

from __future__ import annotations

import json
import random
import resource
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from datetime import UTC, datetime, timedelta
from functools import partial
from pathlib import Path
from typing import Any

from extractors import greenhouse
from extractors._contract import Page, Posting
from extractors._runner import ParsedPosting, SourceResult
from warehouse import build, load
from warehouse.db import connect
from warehouse.export import export_csv
from warehouse.ranking.features import understand
from warehouse.ranking.legitimacy import assess
from warehouse.ranking.profile import Profile, RankingSettings

_ROLES = ["Data Engineer", "Analytics Engineer", "Backend Developer", "ML Engineer", "SRE"]
_LEVELS = ["", "Senior ", "Junior ", "Lead ", "Staff "]
_TERMS = ["Contract, 6 months", "Full-time", "Freelance, ~20 hours/week", "Part-time", ""]
_PAY = ["$90-120/h", "€650/day", "$140k-170k/yr", "DOE", "£500 per day", ""]
_WHERE = ["Remote (EU)", "Remote (US only)", "Berlin, hybrid", "Remote, worldwide", "Onsite NYC"]
_PROFILE = Profile(skills=("python", "dbt", "duckdb"), locations=("EU",), min_hourly_rate=80)
_SCAM = "Pay a $60 registration fee to start. Contact me on Telegram @quickjobs."


def _job(i: int, rng: random.Random) -> dict[str, Any]:
    company = f"Company {i % 2000}"
    body = (
        f"<p>{company} is hiring a {rng.choice(_LEVELS)}{rng.choice(_ROLES)}.</p>"
        f"<p>{rng.choice(_TERMS)}. {rng.choice(_PAY)}. {rng.choice(_WHERE)}.</p>"
        "<p>You know python, dbt, postgres and airflow; you ship data pipelines.</p>"
        + (f"<p>{_SCAM}</p>" if i % 50 == 0 else "")
    )
    return {
        "id": 4_000_000 + i,
        "title": f"{rng.choice(_LEVELS)}{rng.choice(_ROLES)}",
        "company_name": company,
        "absolute_url": f"https://company{i % 2000}.example/careers?gh_jid={4_000_000 + i}",
        "location": {"name": rng.choice(_WHERE)},
        "updated_at": (datetime(2026, 11, 1, tzinfo=UTC) + timedelta(hours=i % 600)).isoformat(),
        "requisition_id": f"R-{i}",
        "metadata": None,
        "content": body.replace("<", "&lt;").replace(">", "&gt;"),
    }


def _pages(count: int, per_page: int = 500) -> Iterator[Page]:
    rng = random.Random(7)
    for start in range(0, count, per_page):
        jobs = [_job(i, rng) for i in range(start, min(count, start + per_page))]
        body = json.dumps({"jobs": jobs, "meta": {"total": len(jobs)}}).encode()
        url = f"https://boards-api.greenhouse.io/v1/boards/b{start}/jobs?content=true"
        yield Page("greenhouse", url, 200, {}, body, datetime.now(UTC), scope=f"b{start}")


def _timed(label: str, count: int, unit: str, work: Callable[[], Any]) -> Any:
    started = time.perf_counter()
    value = work()
    seconds = time.perf_counter() - started
    print(f"{label:<34} {seconds:8.2f} s   {count / seconds:>10,.0f} {unit}/s")
    return value


def _parse_all(pages: list[Page]) -> list[ParsedPosting]:
    return [
        ParsedPosting(item, page.content_hash, page.scope)
        for page in pages
        for item in greenhouse.parse(page)
        if isinstance(item, Posting)
    ]


def _warehouse(result: SourceResult, count: int, folder: Path) -> None:
    profile = _PROFILE
    con = connect(folder / "bench.duckdb")
    for run_id in ("first", "again"):
        load.start_run(con, run_id, "bench")
        store = partial(load.store_result, con, run_id, result, windowed=False, attribution="b")
        _timed(f"load ({run_id} run)", count, "postings", store)
    for label in ("build (features, dedupe, marts)", "build again (nothing changed)"):
        _timed(label, count, "postings", lambda: build.build(con, profile, RankingSettings()))
    top = "select * from ranked_leads order by rank limit 20"
    _timed("query ranked_leads top 20", count, "postings", lambda: con.execute(top).fetchall())
    _timed(
        "export csv", count, "postings",
        lambda: export_csv(con, folder / "leads.csv", include_unranked=True),
    )  # fmt: skip
    con.close()


def main(count: int = 20_000) -> None:
    print(f"warmleads benchmark: {count:,} synthetic Greenhouse postings\n")
    pages = list(_pages(count))
    parsed: list[ParsedPosting] = _timed(
        "parse (html, dates, pay)", count, "postings", lambda: _parse_all(pages)
    )
    with tempfile.TemporaryDirectory() as folder:
        _warehouse(SourceResult("greenhouse", pages=pages, postings=parsed), count, Path(folder))
    postings = [item.posting for item in parsed[:5000]]
    _timed(
        "check legitimacy (5,000)", len(postings), "postings",
        lambda: [assess(title=p.title, company=p.company, text=p.text) for p in postings],
    )  # fmt: skip
    _timed(
        "read features (5,000)", len(postings), "postings",
        lambda: [understand(p, _PROFILE, RankingSettings()) for p in postings],
    )  # fmt: skip
    # text built to make a careless regex backtrack: a regression shows here as seconds
    hostile = "pay pay fee fee " * 300 + "send " * 300 + "@" * 200
    _timed(
        "legitimacy, adversarial text (100)", 100, "postings",
        lambda: [assess(title=None, company=None, text=hostile) for _ in range(100)],
    )  # fmt: skip
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"\npeak memory (RSS)                  {peak:8.0f} MiB")


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 20_000)
