"""Job links as the platforms write them, reduced to the job's own id and a clean URL.

Alert e-mails wrap every link in tracking: LinkedIn's `/comm/jobs/view/<id>/?trackingId=`,
Indeed's `/rc/clk?jk=<id>&from=ja&...`, click-tracking redirects that carry the target
URL in their path or query. `clean_url` unwraps and strips all that; `job_key` names
the job by the platform's id (`linkedin:<id>`, `indeed:<jk>`, `upwork:~<id>`,
`wellfound:<id>`, `glassdoor:<id>`), so every copy of one job, whatever link it came
with, is one key.
"""

from __future__ import annotations

import re
from urllib.parse import parse_qsl, unquote, urlencode, urlsplit, urlunsplit

# query keys that only track: utm_*, LinkedIn's, Indeed's, mail services' and ad ids
_TRACKING = re.compile(
    r"utm_\w+|trk\w*|trackingid|refid|lipi|midtoken|midsig|eid|otptoken|alid|from|tk|qd|rd|bb"
    r"|sid|source|ref|mc_[ce]id|_hsenc|_hsmi|gclid|fbclid|mkt_tok|campaign\w*|email\w*",
    re.IGNORECASE,
)
# query keys of redirectors whose value is the target URL
_TARGET_KEYS = ("url", "u", "target", "dest", "destination", "redirect", "redirect_url", "q")
# SES-style click tracking: /L0/<encoded target>/1/<message id>/<signature>
_EMBEDDED = re.compile(r"/(https?(?::|%3A)(?:/|%2F){2}[^/]+?)(?:/\d+/[^/]+/[^/]+)?$", re.I)
_LINKEDIN_JOB = re.compile(r"/jobs/view/(?:[\w-]*?-)?(\d{6,})")
_UPWORK_JOB = re.compile(r"(~0[0-9a-f]{10,})", re.IGNORECASE)
_WELLFOUND_JOB = re.compile(r"/jobs/(\d+)")
_JK = re.compile(r"[0-9a-f]{16}")
# Glassdoor names a job by `jobListingId=` (alerts' /partner/jobListing.htm links) or
# `jl=` (/job-listing/<slug>.htm pages), on every national host
_GLASSDOOR_KEYS = ("jobListingId", "jl")
_GLASSDOOR_JOB = re.compile(r"\d{6,}")
_UUID = r"[0-9a-f]{8}(?:-[0-9a-f]{4}){3}-[0-9a-f]{12}"  # Lever's and Ashby's job ids
# job boards, freelance project boards and employers' applicant tracking systems that
# e-mail alerts, whose job links carry the job's id (or its slug) in the path:
# (platform, host, path with the id)
_BOARDS = tuple(
    (name, re.compile(host), re.compile(path))
    for name, host, path in (
        ("stepstone", r"(?:^|\.)stepstone\.(?:de|at|be|nl)$", r"--(\d{6,})-inline\.html$"),
        ("xing", r"(?:^|\.)xing\.com$", r"^/jobs/[\w-]*?(\d{5,})$"),
        ("totaljobs", r"(?:^|\.)totaljobs\.com$", r"^/job/[\w/-]*?-job(\d{6,})$"),
        ("seek", r"(?:^|\.)seek\.(?:com\.au|co\.nz)$", r"^/job/(\d{6,})$"),
        ("naukri", r"(?:^|\.)naukri\.com$", r"^/job-listings-[\w-]*?-(\d{9,})$"),
        ("freelancermap", r"(?:^|\.)freelancermap\.(?:de|com|at|ch)$",
         r"^/(?:projekt|project)/([\w-]+?)(?:\.html)?$"),
        ("contra", r"(?:^|\.)contra\.com$", r"^/opportunity/([\w-]+)$"),
        ("otta", r"(?:^|\.)otta\.com$", r"^/jobs/(\w+)$"),
        ("wttj", r"(?:^|\.)welcometothejungle\.com$", r"^/\w\w/companies/[\w-]+/jobs/([\w-]+)$"),
        ("malt", r"(?:^|\.)malt\.(?:fr|de|es|com|be|ch|nl|it)$", r"/projects?/([0-9a-f]{10,})$"),
        ("greenhouse", r"(?:^|\.)greenhouse\.io$", r"^/[\w-]+/jobs/(\d{5,})$"),
        ("lever", r"^jobs\.(?:eu\.)?lever\.co$", rf"^/[\w.-]+/({_UUID})$"),
        ("ashby", r"^jobs\.ashbyhq\.com$", rf"^/[\w.%-]+/({_UUID})$"),
        ("workable", r"^apply\.workable\.com$", r"^/[\w-]+/j/(\w{10})$"),
        ("google", r"^(?:www\.)?google\.com$|^careers\.google\.com$",
         r"^(?:/about/careers/applications)?/jobs/results/(\d{6,})[\w-]*$"),
    )
)  # fmt: skip


def unwrap(url: str) -> str:
    """The target of a click-tracking redirect (in a query value or an encoded path,
    as e-mail services write them), else the URL itself; redirects in redirects too."""
    for _ in range(3):
        parts = urlsplit(url)
        params = dict(parse_qsl(parts.query))
        target = next(
            (params[k] for k in _TARGET_KEYS if params.get(k, "").startswith("http")), None
        )
        if target is None and (match := _EMBEDDED.search(parts.path)):
            target = unquote(match.group(1))
        if target is None:
            return url
        url = target
    return url


def clean_url(url: str) -> str:
    """A link without its redirect wrapper, tracking parameters and fragment; https."""
    try:
        parts = urlsplit(unwrap(url.strip()))
    except ValueError:
        return url.strip()
    kept = [
        (k, v)
        for k, v in parse_qsl(parts.query, keep_blank_values=True)
        if not _TRACKING.fullmatch(k)
    ]
    scheme = "https" if parts.scheme in ("http", "https") else parts.scheme
    return urlunsplit((scheme, parts.netloc.lower(), parts.path, urlencode(kept), ""))


def job_key(url: str | None) -> tuple[str, str] | None:
    """(platform job key, canonical job URL) of a LinkedIn, Indeed, Upwork, Wellfound or
    Glassdoor job link, tracking or not; None for any other link."""
    if not url:
        return None
    try:
        parts = urlsplit(unwrap(url.strip()))
    except ValueError:
        return None
    host = parts.netloc.lower().split(":")[0]
    if host == "linkedin.com" or host.endswith(".linkedin.com"):
        if found := _LINKEDIN_JOB.search(parts.path):
            job = found.group(1)
            return f"linkedin:{job}", f"https://www.linkedin.com/jobs/view/{job}/"
    elif ".indeed." in f".{host}":
        jk = dict(parse_qsl(parts.query)).get("jk", "").lower()
        if _JK.fullmatch(jk):
            return f"indeed:{jk}", f"https://www.indeed.com/viewjob?jk={jk}"
    elif host.endswith("upwork.com"):
        if found := _UPWORK_JOB.search(unquote(parts.path)):
            job = found.group(1).lower()
            return f"upwork:{job}", f"https://www.upwork.com/jobs/{job}"
    elif host.endswith(("wellfound.com", "angel.co")) and (
        found := _WELLFOUND_JOB.search(parts.path)
    ):
        return f"wellfound:{found.group(1)}", f"https://wellfound.com/jobs/{found.group(1)}"
    elif ".glassdoor." in f".{host}":
        return _glassdoor(parts.query)
    return None


def board_key(url: str) -> tuple[str, str] | None:
    """(platform job key, the job link without query and tracking) of a job board's or
    freelance project board's job link (StepStone, XING, Totaljobs, SEEK, Naukri,
    freelancermap, Contra, Otta, Welcome to the Jungle, Malt), or of an employer's job
    on Greenhouse, Lever, Ashby, Workable or Google Careers; None for any other link."""
    try:
        parts = urlsplit(unwrap(url.strip()))
    except ValueError:
        return None
    host, path = parts.netloc.lower().split(":")[0], parts.path.rstrip("/")
    for name, hosts, paths in _BOARDS:
        if hosts.search(host) and (found := paths.search(path)):
            return f"{name}:{found.group(1).lower()}", f"https://{host}{path}"
    return None


def _glassdoor(query: str) -> tuple[str, str] | None:
    params = dict(parse_qsl(query))
    job = next((params[k] for k in _GLASSDOOR_KEYS if k in params), "")
    if not _GLASSDOOR_JOB.fullmatch(job):
        return None
    return f"glassdoor:{job}", f"https://www.glassdoor.com/job-listing/j?jl={job}"
