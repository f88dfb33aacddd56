"""Throughput of the per-posting readers: parsing a board, reading text, judging legitimacy.

These were timing assertions in the tests; a loaded CI machine made them flaky and a
floor in a test says little. Here they are figures with their old floors as targets.
"""

from __future__ import annotations

import json
import time
from collections.abc import Callable
from dataclasses import replace
from datetime import UTC, datetime
from typing import Any

from benchmarks.same_readers import assess_posting
from benchmarks.steps import PROFILE, SETTINGS
from extractors import greenhouse
from extractors._contract import Page, Posting
from warehouse.ranking.features import understand

# a user's profile names their roles, which the build's own profile does not: each
# role's every name, and every other trade's, are patterns of their own
ROLES = replace(
    PROFILE, roles=("data engineer", "analytics engineer"), keywords=("data pipelines",)
)
# text a regex gone quadratic would choke on (the legitimacy test's adversary)
ADVERSARIAL = "pay pay fee fee " * 300 + "send " * 300 + "@" * 200


def measure(postings: list[Posting]) -> list[dict[str, Any]]:
    """Postings per second of each reader over `postings` (and, for legitimacy, ten
    adversarial texts), with the floor the old tests asserted."""
    pages = _greenhouse_pages(postings)
    adversarial = [
        Posting("bench", f"adv{i}", "https://x.example", text=ADVERSARIAL) for i in range(10)
    ]
    readers: list[tuple[str, Callable[[], object], int, float | None]] = [
        ("parse Greenhouse JSON (html to text, dates)",
         lambda: [list(greenhouse.parse(page)) for page in pages], len(postings), None),
        ("understand (engagement, rate, remote, skills)",
         lambda: [understand(p, PROFILE, SETTINGS) for p in postings], len(postings), 1000),
        ("understand, a profile naming roles (its first posting included)",
         lambda: [understand(p, ROLES, SETTINGS) for p in postings], len(postings), None),
        ("assess legitimacy (with 10 adversarial texts)",
         lambda: [assess_posting(p) for p in [*postings, *adversarial]], len(postings) + 10, 500),
    ]  # fmt: skip
    rows = []
    for label, work, count, floor in readers:
        started = time.perf_counter()
        work()
        rate = count / (time.perf_counter() - started)
        rows.append({"reader": label, "per_second": rate, "floor": floor})
    return rows


def _greenhouse_pages(postings: list[Posting], per_page: int = 500) -> list[Page]:
    """The postings as Greenhouse board pages (`?content=true`), as the API sends them."""
    pages = []
    for start in range(0, len(postings), per_page):
        jobs = [
            {
                "id": 7_000_000 + start + i,
                "title": p.title,
                "company_name": p.company,
                "absolute_url": f"https://boards.greenhouse.io/bench/jobs/{7_000_000 + start + i}",
                "location": {"name": p.location},
                "updated_at": (p.posted_at or datetime.now(UTC)).isoformat(),
                "requisition_id": p.requisition_id,
                "metadata": None,
                "content": (p.html or "").replace("<", "&lt;").replace(">", "&gt;"),
            }
            for i, p in enumerate(postings[start : start + per_page])
        ]
        body = json.dumps({"jobs": jobs, "meta": {"total": len(jobs)}}).encode()
        url = f"https://boards-api.greenhouse.io/v1/boards/bench{start}/jobs?content=true"
        pages.append(Page("greenhouse", url, 200, {}, body, datetime.now(UTC), scope="bench"))
    return pages
