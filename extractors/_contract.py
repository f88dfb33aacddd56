"""The records and errors every extractor shares.

`Page` is one HTTP response as fetched (it becomes a row of `state.responses`); `Posting` is
one posting as a source states it (a row of `state.postings`); `Skip` marks one item a
parser could not use. Extractors import nothing of ours but this module and `_http`.
The errors are defined in `_errors` and named here too, so that a source imports its
whole contract from one module while a config, which needs only `ConfigError`, builds
none of these records (a dataclass costs its methods' compilation at import).
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from datetime import datetime
from typing import Literal

from extractors._errors import BlockedByRobots as BlockedByRobots
from extractors._errors import ConfigError as ConfigError
from extractors._errors import ExtractorError as ExtractorError
from extractors._errors import ParseError as ParseError
from extractors._errors import Refused as Refused
from extractors._errors import SourceUnavailable as SourceUnavailable
from extractors._errors import Truncated as Truncated
from extractors._terms import Engagement as Engagement

# "piece": pay per unit of work ("$25 per video", "$0.10/word"), which has no hours
RatePeriod = Literal["hour", "day", "week", "month", "year", "fixed", "piece"]
Kind = Literal["demand", "supply"]
# Who stands behind a source's postings, as evidence of legitimacy: the employer's own
# ATS board or careers pages, a job board reposting many employers, or a community post
Provenance = Literal["employer", "aggregator", "community"]


@dataclass(frozen=True)
class JobIds:
    """Where a source's job ids stand in a URL, so a copy elsewhere that links to the job
    meets it: in a query parameter (`param`, on any host: employers embed their boards),
    else in the path on the source's own `hosts`; `pattern`'s first group is the id.
    `per_host`: an id only its company's host makes unique (BambooHR's `/careers/123`
    at fenwick.bamboohr.com), kept with the host's own part ("fenwick/123")."""

    pattern: str
    param: str | None = None
    hosts: tuple[str, ...] = ()
    per_host: bool = False


@dataclass(frozen=True)
class BoardApi:
    """How board discovery asks an ATS about a board, and how the config lists boards.

    `path` is the board's API path (`base_url` replaces scheme and host only), `public`
    its page for people (`{}` the token in both; a `{}` in the source's `base_url` is a
    host per company); `names_company`: the answer states the company (its `name`),
    else the jobs the source's `parse` reads in it are counted; `setting`: the Settings field
    listing boards; `entry_key`: the key of a `{ <entry_key> = ..., company = ... }`
    entry, for an ATS whose answer names no company; `eu_api` and `eu_public`: the
    ATS's EU data centre, which alone knows its EU boards (asked where the US API, the
    default base, answers 404), and their pages."""

    path: str
    public: str
    setting: str
    params: tuple[tuple[str, str], ...] = ()
    names_company: bool = False
    entry_key: str | None = None
    eu_api: str = ""
    eu_public: str = ""


@dataclass(frozen=True, slots=True)
class Page:
    """One HTTP response as fetched: the unit of the raw layer.

    `body` is what the server sent; on a 304 it is the body cached from the earlier
    fetch, so parsers never see the difference (`not_modified` says it was a 304).
    """

    source: str
    url: str
    status: int
    headers: dict[str, str]
    body: bytes
    fetched_at: datetime
    not_modified: bool = False
    scope: str = ""  # the listing it belongs to (board, thread, tag): see WINDOWED
    # sha256 of the body, computed once: every posting of the page refers to it
    content_hash: str = field(init=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "content_hash", hashlib.sha256(self.body).hexdigest())

    def text(self) -> str:
        return self.body.decode("utf-8", errors="replace")


@dataclass(frozen=True, slots=True)
class Posting:
    """One posting as its source states it.

    Structured fields hold only what the source states in a structured field; anything
    that needs reading free text (a rate in a comment, "6-month contract") is left None
    for `warehouse.ranking` to derive with its provenance. `*_raw` keep the source's own
    string beside the normalised value.
    """

    source: str
    source_id: str  # the source's own id (HN objectID, Reddit fullname, Mastodon uri ...)
    url: str  # link back to the posting on the source (attribution)
    title: str | None = None
    company: str | None = None
    poster: str | None = None  # handle or name of the person who posted it
    text: str = ""  # plain text
    html: str | None = None
    posted_at: datetime | None = None  # timezone-aware UTC
    location: str | None = None  # as stated
    remote: bool | None = None  # stated by a structured field; None = not stated
    workplace_raw: str | None = None  # e.g. Lever workplaceType, Ashby workplaceType
    engagement: Engagement | None = None  # from a structured field only
    engagement_raw: str | None = None
    rate_min: float | None = None  # from a structured field only
    rate_max: float | None = None
    rate_period: RatePeriod | None = None
    currency: str | None = None  # ISO 4217
    salary_raw: str | None = None  # the source's salary text, as stated
    tags: tuple[str, ...] = ()
    kind: Kind | None = None  # stated by the source's convention ([Hiring], SEEKING WORK)
    apply_url: str | None = None  # the employer's own page or apply link, if given
    requisition_id: str | None = None
    language: str | None = None  # ISO 639-1 when the source states it
    extra: dict[str, str] = field(default_factory=dict)  # source-specific odds and ends


@dataclass(frozen=True, slots=True)
class Skip:
    """One item a parser could not use; counted as `skipped/<reason>`."""

    reason: str  # short, path-like: "deleted", "no_title", "noindex"
    detail: str = ""
    # the source_id of a posting the source says is over (expired, removed, deleted): a
    # stored copy closes, which a moving window's absence never tells
    closes: str = ""


@dataclass(slots=True)
class SourceStats:
    """Counters for one source in one run, path-like as Scrapy's stats."""

    counts: dict[str, int] = field(default_factory=dict)

    def inc(self, key: str, n: int = 1) -> None:
        self.counts[key] = self.counts.get(key, 0) + n
