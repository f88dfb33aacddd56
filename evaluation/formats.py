"""The real files served back at the real API paths, in the real API shapes.

The saving projects wrapped or trimmed the responses (real-postings/README.md); each
format here undoes that and writes what the API itself would answer under a folder that
`leads.demo.server.SnapshotServer` serves, so the real extractors read it unchanged.
A file is named `<format>__<project>__<board or name>.<ext>`.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from leads.demo.server import INDEX

HN_ACCOUNT = "whoishiring"
_WWR_CATEGORY = re.compile(r"/categories/([\w-]+)\.rss")
# a WWR item's expiry has passed since the capture; the file is read as of its capture
_WWR_EXPIRY = re.compile(r"\s*<expires_at>[^<]*</expires_at>")
_WWR_GUID = re.compile(r"<guid[^>]*>([^<]+)</guid>")


@dataclass
class Served:
    """What one source reads from the loopback server, and the item ids it holds."""

    source: str
    url_key: str = "base_url"  # the settings key that takes the server's URL
    settings: dict[str, Any] = field(default_factory=dict)
    items: dict[str, list[str]] = field(default_factory=dict)  # file -> its item ids
    not_read: dict[str, str] = field(default_factory=dict)  # file -> what is left out, why


def board(path: Path) -> str:
    """The board, site or name a file's name ends with."""
    return path.name.split("__")[-1].split(".")[0]


def _write(root: Path, route: str, body: bytes) -> None:
    """Write a response body where the server answers `route`."""
    target = root / route.strip("/")
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_bytes(body)


def _json(root: Path, route: str, data: Any) -> None:
    """A JSON body as the `_index` of its route's folder: one route can then sit below
    another (RemoteOK's `/api` above Remotive's `/api/remote-jobs`)."""
    _write(root, f"{route.strip('/')}/{INDEX}", json.dumps(data, ensure_ascii=False).encode())


def _ids(jobs: Iterable[dict[str, Any]], key: str = "id") -> list[str]:
    return [str(job[key]) for job in jobs if job.get(key) is not None]


def _read(path: Path) -> Any:
    return json.loads(path.read_text(encoding="utf-8"))


def serve_hackernews(files: list[Path], root: Path) -> Served:
    """gantryops month dumps -> the Firebase API: the bot's user, each thread's story
    with its comments as `kids`, and each comment item.

    The dumps keep `id, by, time, text` of each top-level comment; the `direct` job
    stories (from /v0/jobstories, with scraped page text) are no part of a thread.
    """
    served = Served("hackernews", url_key="firebase_url")
    threads: list[tuple[int, int]] = []  # (time, story id)
    for path in files:
        dump = _read(path)
        story_id = int(dump["sources"]["who_is_hiring_thread_id"])
        comments = [job for job in dump["jobs"] if job.get("source") == "who_is_hiring"]
        direct = len(dump["jobs"]) - len(comments)
        for job in comments:
            item = {k: job[k] for k in ("by", "id", "text", "time") if job.get(k) is not None}
            item |= {"parent": story_id, "type": "comment"}
            _json(root, f"v0/item/{job['id']}.json", item)
        started = min((int(job["time"]) for job in comments), default=0) - 1
        story = {
            "by": HN_ACCOUNT,
            "descendants": len(comments),
            "id": story_id,
            "kids": [job["id"] for job in comments],
            "time": started,
            "title": dump["sources"]["who_is_hiring_thread_title"],
            "type": "story",
        }
        _json(root, f"v0/item/{story_id}.json", story)
        threads.append((started, story_id))
        served.items[path.name] = _ids(comments)
        if direct:
            served.not_read[path.name] = (
                f"{direct} HN job stories (/v0/jobstories; warmleads reads the monthly threads)"
            )
    submitted = [story_id for _, story_id in sorted(threads, reverse=True)]
    _json(root, f"v0/user/{HN_ACCOUNT}.json", {"id": HN_ACCOUNT, "submitted": submitted})
    served.settings = {"api": "firebase", "threads": ["hiring"], "months": len(files)}
    return served


def serve_greenhouse(files: list[Path], root: Path) -> Served:
    """`{company, fetched_at, job_count, jobs}` -> `{jobs, meta}` per board."""
    served = Served("greenhouse")
    for path in files:
        jobs = _read(path)["jobs"]
        _json(root, f"v1/boards/{board(path)}/jobs", {"jobs": jobs, "meta": {"total": len(jobs)}})
        served.items[path.name] = _ids(jobs)
    served.settings = {"boards": [board(path) for path in files]}
    return served


def serve_lever(files: list[Path], root: Path) -> Served:
    """Bare arrays, as Lever answers them."""
    served = Served("lever")
    for path in files:
        postings = _read(path)
        _json(root, f"v0/postings/{board(path)}", postings)
        served.items[path.name] = _ids(postings)
    served.settings = {"sites": [board(path) for path in files]}
    return served


def serve_ashby(files: list[Path], root: Path) -> Served:
    """`{jobs, apiVersion}` as Ashby answers; one file kept only `jobs`."""
    served = Served("ashby")
    for path in files:
        jobs = _read(path)["jobs"]
        _json(root, f"posting-api/job-board/{board(path)}", {"apiVersion": "1", "jobs": jobs})
        served.items[path.name] = _ids(jobs)
    served.settings = {"boards": [board(path) for path in files]}
    return served


def serve_workable(files: list[Path], root: Path) -> Served:
    """The careers widget's answer `{name, jobs}` per account (the saving project kept
    no company description); a job open in several places repeats its shortcode."""
    served = Served("workable")
    for path in files:
        widget = _read(path)
        _json(root, f"api/v1/widget/accounts/{board(path)}", widget)
        served.items[path.name] = list(dict.fromkeys(_ids(widget["jobs"], key="shortcode")))
    served.settings = {"boards": [board(path) for path in files]}
    return served


def serve_smartrecruiters(files: list[Path], root: Path) -> Served:
    """Listing pages `{totalFound, content}` (the saving project dropped the `offset` and
    `limit` the API answers with) as one listing per company, named by its postings'
    `company.identifier`. No posting's own page was saved: those requests answer 404
    and each posting is read from the listing, without a description."""
    served = Served("smartrecruiters")
    listings: dict[str, list[dict[str, Any]]] = {}
    for path in files:
        content = _read(path)["content"]
        named = (job.get("company", {}).get("identifier") for job in content)
        company = next((name for name in named if name), board(path))
        listings.setdefault(company, []).extend(content)
        served.items[path.name] = _ids(content)
    for company, content in listings.items():
        listing = {"offset": 0, "limit": 100, "totalFound": len(content), "content": content}
        _json(root, f"v1/companies/{company}/postings", listing)
    served.settings = {"companies": list(listings), "acknowledge_terms": True}  # loopback
    return served


def serve_remoteok(files: list[Path], root: Path) -> Served:
    """One `/api` array: the legal notice once, then every file's jobs."""
    served = Served("remoteok")
    notice: list[Any] = []
    jobs: list[dict[str, Any]] = []
    for path in files:
        head, *rest = _read(path)
        notice = notice or [head]
        jobs.extend(rest)
        served.items[path.name] = _ids(rest)
    _json(root, "api", notice + jobs)
    return served


def _as_is(source: str, route: str, key: str = "id") -> Callable[[list[Path], Path], Served]:
    """A format whose one file is the response itself (envelope and all)."""

    def serve(files: list[Path], root: Path) -> Served:
        served = Served(source)
        if len(files) > 1:
            raise ValueError(f"{source}: one file can answer {route}, got {len(files)}")
        for path in files:
            data = _read(path)
            _json(root, route, data)
            served.items[path.name] = _ids(data["jobs"], key)
        return served

    return serve


def serve_weworkremotely(files: list[Path], root: Path) -> Served:
    """Category feeds at `/categories/<slug>.rss`, the slug from the channel's link."""
    served = Served("weworkremotely")
    categories = []
    for path in files:
        feed = path.read_text(encoding="utf-8")
        match = _WWR_CATEGORY.search(feed)
        slug = match[1] if match else board(path)
        _write(root, f"categories/{slug}.rss", _WWR_EXPIRY.sub("", feed).encode())
        served.items[path.name] = _WWR_GUID.findall(feed)
        categories.append(slug)
    served.settings = {"categories": categories}
    return served


# format (the file-name prefix) -> how to serve its files
FORMATS: dict[str, Callable[[list[Path], Path], Served]] = {
    "hn": serve_hackernews,
    "greenhouse": serve_greenhouse,
    "lever": serve_lever,
    "ashby": serve_ashby,
    "workable": serve_workable,
    "smartrecruiters": serve_smartrecruiters,
    "remoteok": serve_remoteok,
    "remotive": _as_is("remotive", "api/remote-jobs"),
    "jobicy": _as_is("jobicy", "api/v2/remote-jobs"),
    "himalayas": _as_is("himalayas", "jobs/api", key="guid"),
    "weworkremotely": serve_weworkremotely,
}
# a moving window read page by page: the server ignores the query, so one page
_ONE_PAGE = {"himalayas": {"pages": 1}}


@dataclass
class Plan:
    """Every served source, and the files no extractor reads."""

    served: list[Served]
    skipped: dict[str, str]  # file -> why


def serve_folder(data: Path, root: Path) -> Plan:
    """Write every file of `data` under `root` as its API serves it."""
    by_format: dict[str, list[Path]] = {}
    skipped: dict[str, str] = {}
    for path in sorted(data.iterdir()):
        if path.name.startswith(".") or path.suffix not in (".json", ".rss"):
            continue
        fmt = path.name.split("__")[0]
        if fmt in FORMATS:
            by_format.setdefault(fmt, []).append(path)
        else:
            skipped[path.name] = f"warmleads has no {fmt} extractor"
    served = []
    for fmt, files in by_format.items():
        source = FORMATS[fmt](files, root)
        source.settings = {**source.settings, **_ONE_PAGE.get(source.source, {})}
        served.append(source)
    return Plan(served, skipped)
