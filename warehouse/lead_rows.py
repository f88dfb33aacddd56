"""Leads as the report, the feed and the digest show them: one query, typed rows.

Text here is as the sources wrote it; every caller escapes it for its medium (HTML,
XML, a terminal). Links are kept only when they are http(s), or a `mailto:` of one address
(a staffing vendor's requirement is answered by replying to its recruiter): a
`javascript:` URL in a posting never becomes something to click.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from datetime import date, datetime
from typing import NamedTuple
from urllib.parse import urlsplit

import duckdb

from warehouse.lead_ids import posting_id

_COLUMNS = """
    l.lead_id, l.rank, l.score, l.title, l.company, l.url, l.urls, l.sources,
    l.attribution, l.posted_at, l.date_basis, l.first_seen, l.why, l.status, l.note, l.follow_up,
    l.network_path, c.contact, c.contact_is_hiring, l.red_flags, l.legitimacy, l.in_ranking,
    l.is_new, l.is_closed, l.kind, m.posting_keys, l.excluded_reason, l.meets_floor
"""
_SIGNALS = """
select lead_id, signal, value, weight, contribution, reason,
       contribution / nullif(sum(weight) over (partition by lead_id), 0) as share
from marts.lead_signals
where list_contains(?, lead_id)
order by lead_id, contribution desc, signal
"""
_POSTING_CREDITS = """
select lead_id, key, attribution from marts.posting_credits
where relayed and list_contains(?, lead_id)
"""


@dataclass(frozen=True)
class RedFlag:
    """One red flag as `warehouse.ranking.legitimacy` words it: code, why, evidence."""

    code: str
    reason: str
    evidence: str | None

    @classmethod
    def parse(cls, text: str) -> RedFlag:
        """`"chat_app: moves ... (BBB): 'DM me on WhatsApp'"` -> its three parts."""
        code, _, rest = text.partition(": ")
        reason, quote, evidence = rest.partition(": '")
        if not quote:
            return cls(code, rest or text, None)
        return cls(code, reason, evidence.removesuffix("'"))


@dataclass(frozen=True)
class Signal:
    """One signal's part of a lead's score (the `lead_signals` view)."""

    signal: str
    value: float
    weight: float
    contribution: float
    reason: str | None
    share: float  # contribution / the sum of weights: its part of the score bar


class PostingLink(NamedTuple):
    """A posting of a lead as a page names and links it."""

    source: str  # the source it was read from ("remotive", "inbox")
    name: str  # its source, or the alert that relayed it ("Upwork alert")
    href: str | None  # its link, when safe to click
    terms: str | None = None  # a relayed posting's credit in full, its duties included


@dataclass(frozen=True)
class LeadRow:
    lead_id: str
    rank: int | None
    score: float
    title: str | None
    company: str | None
    url: str
    urls: list[str]
    sources: list[str]
    attribution: str | None
    posted_at: datetime | None
    date_basis: str  # what posted_at is: posted, or saved or applied (LinkedIn's export)
    first_seen: datetime
    why: str
    status: str
    note: str | None
    follow_up: date | None
    network_path: str | None
    contact: str | None  # whom to ask for an introduction
    contact_is_hiring: bool | None  # the contact posted the lead or asked the user
    red_flags: list[str]
    legitimacy: float
    in_ranking: bool
    is_new: bool
    is_closed: bool
    kind: str | None
    posting_keys: list[str]  # "source:source_id" of each posting, in the order of `urls`
    excluded_reason: str | None  # why the default ranking leaves it out
    meets_floor: bool  # not known to pay under your rate floor
    signals: tuple[Signal, ...] = field(default=())  # by contribution, largest first
    # posting key -> the credit a relayed posting owes ("Upwork alert: ..."), its name
    relayed: dict[str, str] = field(default_factory=dict)

    @property
    def ask(self) -> str | None:
        """What to do with the contact: offer them help when they are the one hiring,
        else ask them for an intro (`leads intro` drafts either)."""
        if not self.contact:
            return None
        contact = " ".join(self.contact.split())
        if self.contact_is_hiring:
            return f"offer {contact} your help"
        return f"ask {contact} for an intro"

    @property
    def link(self) -> str | None:
        """The posting's link if it is safe to click (`clickable`), else None."""
        return clickable(self.url)

    @property
    def links(self) -> list[PostingLink]:
        """Each posting of the lead by name, with its link if safe: its source, or for a
        posting relayed by a mail alert the alert it came in ("Upwork alert")."""
        links = []
        for key, url in zip(self.posting_keys, self.urls, strict=False):
            source, terms = key.split(":", 1)[0], self.relayed.get(key)
            name = _head(terms) if terms else source
            links.append(PostingLink(source, name, clickable(url), terms))
        return links

    @property
    def via(self) -> str:
        """Where the lead was found, in one wording for every page and digest: its
        postings' names, then any credit they do not already say ("greenhouse, Upwork
        alert · Greenhouse job boards")."""
        names = list(dict.fromkeys(link.name for link in self.links)) or self.sources
        return ", ".join(names) + (f" · {self.credits}" if self.credits else "")

    @property
    def aliases(self) -> list[str]:
        """The ids its other postings would give it (`lead_ids`): a link into another
        warehouse's report, which saw another copy first, lands on it too."""
        ids = (posting_id(*key.split(":", 1)) for key in self.posting_keys)
        return [i for i in dict.fromkeys(ids) if i != self.lead_id]

    @property
    def credits(self) -> str | None:
        """The credits its links' names do not already say."""
        return credits(self.attribution, {link.name for link in self.links})

    @property
    def flags(self) -> list[RedFlag]:
        return [RedFlag.parse(text) for text in self.red_flags]


_LINK_IN_BRACKETS = re.compile(r"\s*\(https?://[^)]*\)")


def credits(attribution: str | None, said: set[str] | frozenset[str] = frozenset()) -> str | None:
    """Each source's credit as a reader sees it ("Jobs via Remotive"), but those `said`
    already (a link named "Upwork alert"): what a page, a digest or `leads show` prints
    beside the links. The whole `attribution` also spells out the duties of whoever passes
    the leads on (the export carries it)."""
    if not attribution:
        return None
    heads = dict.fromkeys(_head(part) for part in attribution.split(" | "))
    return "; ".join(head for head in heads if head not in said) or None


def _head(attribution: str) -> str:
    """A credit's name, before its duties and link: "Jobs via Remotive"."""
    return _LINK_IN_BRACKETS.sub("", attribution.partition(": ")[0])


def safe_link(url: str | None) -> str | None:
    """`url` when its scheme is http or https and it names a host; None otherwise."""
    if not url:
        return None
    parts = urlsplit(url.strip())
    return url.strip() if parts.scheme in ("http", "https") and parts.netloc else None


# a `mailto:` of one plain address, nothing after it (no `?body=`, no second address)
_MAILTO = re.compile(r"mailto:[\w.+-]+@[\w-]+(?:\.[\w-]+)+", re.IGNORECASE)


def clickable(url: str | None) -> str | None:
    """`safe_link`, or a `mailto:` of one address: what a page or a digest may link.
    A feed reader or a browser opened by `leads open` takes http(s) pages only."""
    if url and _MAILTO.fullmatch(url.strip()):
        return url.strip()
    return safe_link(url)


def lead_rows(
    con: duckdb.DuckDBPyConnection,
    where: str = "true",
    params: list[object] | None = None,
    *,
    order: str = "l.rank nulls last, l.score desc, l.lead_id",
    limit: int | None = None,
) -> list[LeadRow]:
    """Rows of `ranked_leads` (as `l`, with its contact as `c`) matching `where`."""
    query = (
        f"select {_COLUMNS} from marts.ranked_leads as l "  # noqa: S608 - our own clauses
        "inner join marts.leads as m using (lead_id) "
        "left join marts.lead_contacts as c using (lead_id) "
        f"where {where} order by {order}" + (f" limit {int(limit)}" if limit else "")
    )
    rows = con.execute(query, params or []).fetchall()
    ids = [row[0] for row in rows]
    signals: dict[str, list[Signal]] = {}
    for lead_id, *values in con.execute(_SIGNALS, [ids]).fetchall():
        signals.setdefault(lead_id, []).append(Signal(*values))
    relayed: dict[str, dict[str, str]] = {}
    for lead_id, key, attribution in con.execute(_POSTING_CREDITS, [ids]).fetchall():
        relayed.setdefault(lead_id, {})[key] = attribution
    return [
        replace(
            LeadRow(*row), signals=tuple(signals.get(row[0], ())), relayed=relayed.get(row[0], {})
        )
        for row in rows
    ]
