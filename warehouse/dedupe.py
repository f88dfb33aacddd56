"""Cross-source dedupe: the postings of one job, merged into one lead.

Exact keys merge first: a canonical URL (a posting's apply link may be another's page),
an ATS job id read from any URL (or a LinkedIn, Indeed, Upwork or Wellfound job id, so a
job alert's tracking link meets the job page), a company's requisition id. Then postings
of the same company whose titles nearly match merge, unless a veto says they are two jobs: level,
numbered grade, requisition id, place, supply vs demand, or the same source (a board
that lists two alike openings has two openings) unless their texts are the same (a
repost of one job under two URLs). A wrong merge hides a lead while a missed one only
shows it twice, so doubt splits (job-radar's rule).

Companies compare by their normalised name, also with its spaces and legal suffixes
kept together ("Data Corp" is "DataCorp", "Swift Corp GmbH" meets "swiftcorp"); titles
without a board's qualifiers and spam ("(100% Remote)", "Urgent", "Hiring Now", "Top
Pay"), developer and engineer as one trade; places by what they name ("US-Remote" is
"United States", "NYC" is "New York", "CET ± 2h" the countries in those hours, "Berlin"
is not "Munich").

Pure: the caller reads the postings and writes `staging.lead_members`.
"""

from __future__ import annotations

import hashlib
import re
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from functools import cache, lru_cache
from pathlib import Path
from typing import Any
from urllib.parse import parse_qsl, urlencode

import numpy as np
import pandas as pd
from rapidfuzz import fuzz, process

from extractors._contract import JobIds
from extractors._joburls import job_key
from extractors._orgs import fold, legal_forms, normalize_org
from warehouse.ranking._text import lowered, spaced
from warehouse.ranking.regions import (
    BLOCS,
    CITY_OF,
    CODES_IN_TEXT,
    PLACE_NAMES,
    PLACE_OF,
    SAME_CITY,
    US_STATES,
)
from warehouse.ranking.remote import clock_countries

TITLE_MIN = 90  # token_sort_ratio (0-100) at which one company's two titles are one job
_SMALL_BLOCK = 6  # postings of one employer compared pair by pair rather than by cdist
REPOST_MIN = 95  # ratio (0-100) of two texts of one source that make them one job
REPOST_WORDS = 30  # a text shorter than this says too little to call two postings one
_REPOST_CHARS = 3000

Key = tuple[str, str]  # (source, source_id)
Texts = Callable[[list[Key]], Mapping[Key, str]]

_TRACKING = re.compile(r"utm_|lever-|(?:gh_src|ref|source)$")
# qualifiers a board adds where it likes: "(100% Remote)", "- Contract", "(m/w/d)", "Top Pay"
_QUALIFIER = re.compile(
    r"\b(?:(?:100\s*%\s*|fully\s+)?remote|contract|freelance|hybrid|worldwide|anywhere|on-?site"
    r"|(?:full|part)[ -]?time|[mfwd]\s*/\s*[mfwd](?:\s*/\s*[mfwdx])?"
    r"|urgent(?:ly)?|(?:now\s+)?hiring(?:\s+now)?|immediate(?:\s+start)?|asap"
    r"|apply\s+(?:now|today)|(?:top|great|high|competitive)\s+(?:pay|salary)|new)\b"
)
# one trade under two names ("Python Developer" on one board, "Python Engineer" on another)
_SPELLING = {"sr": "senior", "jr": "junior", "internship": "intern", "developer": "engineer"}
_SPELLING |= {"dev": "engineer"}
_LEVELS = frozenset({"senior", "junior", "lead", "principal", "staff", "intern", "head"})
_GRADES = frozenset({"i", "ii", "iii", "iv", "v", "vi", "vii", "viii"})
# words of a location that name no place, so sharing them is no sign of one city
_NOT_PLACES = frozenset({"remote", "hybrid", "onsite", "on", "site", "anywhere", "worldwide"})
_NOT_PLACES |= {"global", "only", "or", "and", "in", "the", "of", "based", "office", "hq"}
_NOT_PLACES |= {"headquarters", "flexible", "friendly", "first", "time", "zone", "zones"}
_WORDS = re.compile(r"[^\W_]+")
# scheme, host (with any credentials and port), path and query of a URL, as urlsplit reads
# them but a good deal faster; what is not a URL with a host gives no key
_URL = re.compile(
    r"^[a-zA-Z][a-zA-Z0-9+.-]*://(?:[^@/?#]*@)?([^/?#:]*)(?::\d*)?([^?#]*)(?:\?([^#]*))?"
)
# the job platforms `job_key` knows, and a redirect that may wrap one: else no need to ask
_PLATFORM = re.compile(
    r"linkedin\.|indeed\.|upwork\.com|wellfound\.com|angel\.co|https?%3a|\bhttps?:.+https?:", re.I
)
_SEGMENT = re.compile(r"[,;/|()]")  # "Berlin, Germany"; "Remote (EU)"; "Berlin; Munich"
# segments of an HN "Company | Role | Berlin | REMOTE | Contract | $90/h | URL" header
# that are not the role (its pay may be words: "Competitive", "DOE")
_NOT_ROLE = re.compile(
    r"https?://|www\.|[$€£₹৳]|\d\s*(?:k|/?h|hrs?|months?|weeks?)\b|\b(?:remote|onsite|on-site"
    r"|hybrid|contract|freelance|full[ -]?time|part[ -]?time|visa|salary|equity|relocation"
    r"|seeking freelancers?|seeking work|hiring|competitive|doe|market rate|negotiable"
    r"|depends on experience)\b",
    re.IGNORECASE,
)


@dataclass(frozen=True, slots=True)
class Keys:
    """What matching needs of one posting, worked out once when it is read (the features
    step stores these beside its features) so a build only compares."""

    company: str  # normalised; "" = unknown, so it merges by exact keys only
    companies: tuple[str, ...]  # its block keys: without spaces, with each legal suffix or none
    title: str  # normalised
    levels: tuple[str, ...]
    grade: str  # the title's roman or number suffix ("ii", "3"), or ""
    requisition: str
    places: tuple[str, ...]  # every place word of the location
    place: tuple[str, ...]  # those of its first segment naming one: the most specific
    bloc: tuple[str, ...] | None  # the countries `place` names when it names no city
    url: str | None  # canonical
    apply_url: str | None  # canonical
    job_ids: tuple[str, ...]


# Keys' fields as columns of staging.posting_features
KEY_COLUMNS = (
    "company_key", "company_keys", "title_key", "levels", "grade", "requisition_key",
    "places", "place", "bloc", "url_key", "apply_key", "job_ids",
)  # fmt: skip


# one posting as cluster() takes it: these, then the KEY_COLUMNS, each list of keys as one
# text joined by SEP (far cheaper to bring out of DuckDB than lists), a missing one None
ROW_COLUMNS = ("source", "source_id", "kind", "first_seen_us")
SEP = "|"  # no key holds it: place and level words, normalised names, job ids


@dataclass(frozen=True, slots=True)
class _Row:
    """One posting as matching compares it."""

    key: Key
    kind: str
    company: str
    companies: tuple[str, ...]
    title: str
    levels: str  # joined, as sorted: equal words, equal text
    grade: str
    requisition: str
    places: frozenset[str]
    place: frozenset[str]
    bloc: frozenset[str] | None
    url: str | None
    apply_url: str | None
    ats_ids: tuple[str, ...]


def posting_keys(
    url: str | None,
    apply_url: str | None,
    title: str | None,
    company: str | None,
    location: str | None,
    requisition_id: str | None,
    finder: JobIdFinder,
) -> Keys:
    """Normalise one posting once, so pairwise checks are set and string compares."""
    title, company, location = (title or "").strip(), (company or "").strip(), location or ""
    org = normalize_org(company) or ""  # "Acme" and "Acme Widgets" stay two
    segments = [_place_words(part) for part in _SEGMENT.split(location)]
    compact = {re.sub(r"\W+", "", fold(company))} if org else set()
    compact |= {form.replace(" ", "") for form in legal_forms(company)} if org else set()
    words = _title_words(title, org)
    url_key, url_ids = finder.keys((url or "").strip())
    apply_key, apply_ids = finder.keys((apply_url or "").strip())
    place = next((words for words in segments if words), frozenset())
    bloc = _bloc(place)
    return Keys(
        company=org,
        companies=tuple(sorted(compact)),
        title=" ".join(words),
        levels=tuple(sorted(frozenset(words) & _LEVELS)),
        grade=next((w for w in words[-1:] if w in _GRADES or w.isdigit()), ""),
        requisition=re.sub(r"\W+", "", (requisition_id or "").lower()),
        places=tuple(sorted(frozenset().union(*segments))),
        place=tuple(sorted(place)),
        bloc=tuple(sorted(bloc)) if bloc is not None else None,
        url=url_key,
        apply_url=apply_key,
        job_ids=tuple(sorted(url_ids | apply_ids)),
    )


def cluster(postings: Sequence[Sequence[Any]], texts: Texts | None = None) -> pd.DataFrame:
    """Each posting's lead: source, source_id, lead_id, merge_reason (None if alone),
    company_key (the normalised company, for [filters]) and group_id (its link group).

    `postings` are rows of ROW_COLUMNS and KEY_COLUMNS (`posting_keys`, lists joined by
    SEP). Rows come back sorted by (source, source_id), so the result does not depend
    on the input's order; `lead_id` is that of the earliest-seen member, so a lead
    keeps its id when a new source joins it. `texts` gives the texts of some postings:
    only the alike postings of one source are read, to tell a repost from a second
    opening.

    A link group holds the postings joined by any link, vetoed or not: leads never span
    two, so a later build clusters again only the groups a change links to
    (`warehouse.reclustering`).
    """
    ordered = sorted(postings, key=lambda row: (row[0], row[1]))
    rows = [_row(*values) for values in ordered]
    clusters, groups = _Clusters(len(rows)), _Clusters(len(rows))
    links = list(_exact_links(rows))
    for i, j, _ in links:
        clusters.union(i, j)
        groups.union(i, j)
    candidates = _fuzzy_links(rows)
    for _, i, j in candidates:
        groups.union(i, j)
    reposts = _reposts(rows, candidates, texts)
    for score, i, j in candidates:
        if clusters.find(i) != clusters.find(j) and not clusters.vetoed(i, j, rows, reposts):
            clusters.union(i, j)
            why = "repost, same text" if (i, j) in reposts else "company+title"
            links.append((i, j, f"{why} {score / 100:.2f}"))
    reasons: list[list[str]] = [[] for _ in rows]
    for i, j, reason in links:
        reasons[i].append(reason)
        reasons[j].append(reason)
    first_seen = [row[3] for row in ordered]
    return pd.DataFrame(
        {
            "source": [row.key[0] for row in rows],
            "source_id": [row.key[1] for row in rows],
            "lead_id": _ids("L", clusters, rows, lambda i: (first_seen[i], rows[i].key)),
            "merge_reason": ["; ".join(dict.fromkeys(r)) or None for r in reasons],
            "company_key": [row.company or None for row in rows],
            "group_id": _ids("G", groups, rows, lambda i: rows[i].key),
        }
    )


def title_neighbours(blocks: Iterable[tuple[str, int, str, bool]]) -> set[int]:
    """Of rows (block, n, title, changed), the unchanged ones whose title is alike
    enough to a changed one's in a block they share: those `_fuzzy_links` would link a
    change to."""
    by_block: dict[str, tuple[list[str], list[tuple[int, str]]]] = defaultdict(lambda: ([], []))
    for block, n, title, changed in blocks:
        changes, others = by_block[block]
        if changed:
            changes.append(title)
        else:
            others.append((n, title))
    found: set[int] = set()
    for changes, others in by_block.values():
        if changes and others:
            scores = _title_scores(changes, [title for _, title in others])
            found |= {others[j][0] for j in np.nonzero(scores.any(axis=0))[0]}
    return found


def _title_scores(a: Sequence[str], b: Sequence[str]) -> Any:
    """Each pair's title score, 0 below TITLE_MIN, computed in C."""
    return process.cdist(a, b, scorer=fuzz.token_sort_ratio, score_cutoff=TITLE_MIN)


@cache
def version() -> str:
    """A fingerprint of these rules, so stored leads are worked out again after an
    upgrade that changes how postings are matched."""
    return hashlib.sha256(Path(__file__).read_bytes()).hexdigest()


def _split(joined: str | None) -> tuple[str, ...]:
    return tuple(joined.split(SEP)) if joined else ()


def _row(source: str, source_id: str, kind: str | None, _seen: int, *keys: Any) -> _Row:
    company, companies, title, levels, grade, requisition, places, place, bloc, *links = keys
    url, apply_url, job_ids = links
    return _Row(
        key=(source, source_id),
        kind=kind or "demand",  # as staging.stg_postings reads a null kind
        company=company or "",
        companies=_split(companies),
        title=title or "",
        levels=levels or "",
        grade=grade or "",
        requisition=requisition or "",
        places=frozenset(_split(places)),
        place=frozenset(_split(place)),
        bloc=None if bloc is None else frozenset(_split(bloc)),
        url=url,
        apply_url=apply_url,
        ats_ids=_split(job_ids),
    )


@lru_cache(maxsize=1 << 16)
def _title_words(title: str, org: str) -> tuple[str, ...]:
    """Title words to compare: qualifiers dropped, sr/jr spelt out, and of an HN
    "Company | Role | Berlin | REMOTE | $90/h" header only the role."""
    segments = [_QUALIFIER.sub(" ", segment) for segment in title.lower().split("|")]
    if len(segments) > 1:
        roles = [s for s in segments if normalize_org(s) != org and not _not_role(s)]
        segments = roles[:1] or segments
    words = re.findall(r"[\w+#]+", " ".join(segments))
    return tuple(_SPELLING.get(word, word) for word in words)


def _not_role(segment: str) -> bool:
    """A header segment that states terms or a place rather than the role."""
    words = _place_words(segment)
    named = bool(words) and all(spaced(w) in PLACE_OF or w.upper() in BLOCS for w in words)
    return named or not segment.strip() or bool(_NOT_ROLE.search(segment))


def _url_keys(url: str, finder: JobIdFinder) -> tuple[str | None, frozenset[str]]:
    """The canonical form of a URL and the job ids it names (ATS and job platforms).

    Scheme, "www.", fragment, trailing slash and tracking parameters are dropped and the
    rest of the query is sorted, so one page shared with different tracking is one key.
    """
    parts = _URL.match(url)
    host = (parts.group(1) or "").lower().removeprefix("www.") if parts else ""
    if not parts or not host:
        return None, frozenset()
    path, raw_query = parts.group(2), parts.group(3)
    params = parse_qsl(raw_query, keep_blank_values=True) if raw_query else []
    kept = sorted((k, v) for k, v in params if not _TRACKING.match(k))
    query = f"?{urlencode(kept)}" if kept else ""
    ids = finder.ids(host, path, params)
    if _PLATFORM.search(url) and (platform_job := job_key(url)):  # LinkedIn, Indeed ... ids
        ids |= {platform_job[0]}
    return host + path.rstrip("/") + query, ids


class JobIdFinder:
    """The job ids a URL names, where the sources declare them (`JOB_IDS`): in a query
    parameter on any host (employers embed their boards), or in the path on the
    source's own hosts; each as "source:id", so copies that link to one job meet."""

    def __init__(self, declared: Sequence[tuple[str, JobIds]]) -> None:
        self.known: dict[str, tuple[str | None, frozenset[str]]] = {}
        self.by_param = [(s, i.param, re.compile(i.pattern)) for s, i in declared if i.param]
        self.by_host = [
            (s, i.hosts, re.compile(i.pattern)) for s, i in declared if not i.param and i.hosts
        ]

    def keys(self, url: str) -> tuple[str | None, frozenset[str]]:
        """`_url_keys` of a URL, each URL worked out once (apply links repeat)."""
        if url not in self.known:
            self.known[url] = _url_keys(url, self)
        return self.known[url]

    def ids(self, host: str, path: str, params: list[tuple[str, str]]) -> frozenset[str]:
        found = {
            f"{source}:{m.group(1).lower()}"
            for source, param, pattern in self.by_param
            for key, value in params
            if key == param and (m := pattern.search(value))
        }
        found |= {
            f"{source}:{m.lower()}"
            for source, hosts, pattern in self.by_host
            if host.endswith(hosts)
            for m in pattern.findall(path.lower())
        }
        return frozenset(found)


def _exact_links(rows: list[_Row]) -> Iterator[tuple[int, int, str]]:
    """Pairs sharing a key that names one job, with why. Keys carry the kind, so
    supply never meets demand; an apply link is matched only against posting URLs,
    as two posts can share a generic careers page."""
    groups: dict[tuple[str, ...], list[int]] = defaultdict(list)
    for i, row in enumerate(rows):
        if row.url:
            groups[(row.kind, "same url", row.url)].append(i)
        for ats_id in sorted(row.ats_ids):
            vendor = ats_id.partition(":")[0]
            groups[(row.kind, f"same {vendor} id", ats_id)].append(i)
        if row.company and row.requisition:
            req = (row.kind, "same requisition id", row.company, row.requisition)
            groups[req].append(i)
    for i, row in enumerate(rows):
        owners = groups.get((row.kind, "same url", row.apply_url or ""), [i])
        if owners[0] != i:
            yield i, owners[0], "same url"
    for key, members in groups.items():
        yield from ((members[0], j, key[1]) for j in members[1:])


def _fuzzy_links(rows: list[_Row]) -> list[tuple[float, int, int]]:
    """Same-company, same-kind pairs whose titles score at least TITLE_MIN, best first.

    Blocking on (kind, company key) keeps comparisons inside one employer, and
    rapidfuzz's cdist scores each block in C, so 50,000 postings take seconds rather
    than n². A posting sits in one block per company key ("datacorp" for both "Data
    Corp" and "DataCorp").
    """
    blocks: dict[tuple[str, str], list[int]] = defaultdict(list)
    for i, row in enumerate(rows):
        if row.title:
            for company in sorted(row.companies):
                blocks[(row.kind, company)].append(i)
    links: dict[tuple[int, int], float] = {}
    for block in blocks.values():
        if len(block) < 2:
            continue
        if len(block) <= _SMALL_BLOCK:  # a call per pair costs less than a matrix here
            for n, i in enumerate(block):
                for j in block[n + 1 :]:
                    score = fuzz.token_sort_ratio(
                        rows[i].title, rows[j].title, score_cutoff=TITLE_MIN
                    )
                    if score:
                        links[(i, j)] = float(score)
            continue
        titles = [rows[i].title for i in block]
        scores = _title_scores(titles, titles)
        for a, b in zip(*np.nonzero(np.triu(scores, 1)), strict=True):
            links[(block[a], block[b])] = float(scores[a, b])
    ordered = sorted((score, i, j) for (i, j), score in links.items())
    return sorted(ordered, key=lambda link: (-link[0], link[1], link[2]))


def _reposts(
    rows: list[_Row], links: Iterable[tuple[float, int, int]], texts: Texts | None
) -> set[tuple[int, int]]:
    """The alike pairs of one source whose texts are the same job's: both long enough to
    tell, and at least REPOST_MIN alike once case, spacing and punctuation are gone."""
    pairs = [(i, j) for _, i, j in links if rows[i].key[0] == rows[j].key[0]]
    if not pairs or texts is None:
        return set()
    found = texts(sorted({rows[k].key for pair in pairs for k in pair}))
    words = {
        key: " ".join(_WORDS.findall(lowered(text[:_REPOST_CHARS]))) for key, text in found.items()
    }
    alike = set()
    for i, j in pairs:
        a, b = words.get(rows[i].key, ""), words.get(rows[j].key, "")
        long_enough = min(a.count(" "), b.count(" ")) + 1 >= REPOST_WORDS
        if long_enough and fuzz.ratio(a, b) >= REPOST_MIN:
            alike |= {(i, j), (j, i)}
    return alike


def _vetoed(a: _Row, b: _Row, repost: bool) -> bool:
    """Signs that two alike postings are two jobs; any one keeps them apart. One source
    lists two alike openings as two, unless one is a repost of the other."""
    return (
        (a.key[0] == b.key[0] and not repost)
        or a.kind != b.kind
        or a.levels != b.levels
        or a.grade != b.grade
        or bool(a.requisition and b.requisition and a.requisition != b.requisition)
        or _other_place(a, b)
    )


@lru_cache(maxsize=1 << 16)  # a few hundred places are written over and over
def _place_words(text: str) -> frozenset[str]:
    """What a location names: countries and blocs by code (US states as "US"), cities
    by one name each, working hours ("CET ± 2h") by the countries inside them, and any
    other word as itself (an unknown city)."""
    words: set[str] = set()
    for start, end, countries in clock_countries(text):
        words |= countries
        text = text[:start] + " " * (end - start) + text[end:]
    low = lowered(text)
    for m in PLACE_NAMES.finditer(low):
        name = spaced(m.group(0))
        words |= {PLACE_OF[name], *((SAME_CITY.get(name, name),) if name in CITY_OF else ())}
        low = low[: m.start()] + " " * (m.end() - m.start()) + low[m.end() :]
    for m in _WORDS.finditer(low):
        word, written = m.group(0), text[m.start() : m.end()]
        if written.isupper() and len(written) == 2 and written in CODES_IN_TEXT | US_STATES:
            words.add("GB" if written == "UK" else written if written in CODES_IN_TEXT else "US")
        elif word not in _NOT_PLACES:
            words.add(word)
    return frozenset(words)


def _bloc(place: frozenset[str]) -> frozenset[str] | None:
    """The countries a place names when it names countries and blocs only ("EU",
    "Germany"), so one inside the other is no other place."""
    if not place or not all(w in BLOCS or (len(w) == 2 and w.isupper()) for w in place):
        return None
    return frozenset().union(*(BLOCS.get(w, frozenset({w})) for w in place))


def _other_place(a: _Row, b: _Row) -> bool:
    """Each names a place the other does not: "Berlin, Germany" and "Munich, Germany"
    are two cities though both say Germany, while "Germany" may be either of them, and
    a bloc inside another ("EU", "Europe") is no other place."""
    if a.bloc is not None and b.bloc is not None and (a.bloc <= b.bloc or b.bloc <= a.bloc):
        return False
    return bool(a.place and b.place and not a.place <= b.places and not b.place <= a.places)


class _Clusters:
    """Union-find that keeps each cluster's members, so a fuzzy link can be checked
    against every member: A~B and B~C must not chain A to a C it is vetoed with."""

    def __init__(self, n: int) -> None:
        self.parent = list(range(n))
        self.members = {i: [i] for i in range(n)}

    def find(self, i: int) -> int:
        while self.parent[i] != i:
            self.parent[i] = self.parent[self.parent[i]]
            i = self.parent[i]
        return i

    def union(self, i: int, j: int) -> None:
        roots = (self.find(i), self.find(j))
        big, small = sorted(roots, key=lambda root: len(self.members[root]), reverse=True)
        if big != small:
            self.parent[small] = big
            self.members[big] += self.members.pop(small)

    def vetoed(self, i: int, j: int, rows: list[_Row], reposts: set[tuple[int, int]]) -> bool:
        return any(
            _vetoed(rows[a], rows[b], (a, b) in reposts)
            for a in self.members[self.find(i)]
            for b in self.members[self.find(j)]
        )


def _ids(
    prefix: str, clusters: _Clusters, rows: list[_Row], anchor: Callable[[int], Any]
) -> list[str]:
    """Each cluster's id: `prefix` + 11 hex of sha1("source:source_id") of the member
    first by `anchor`, so the id survives reruns; a lead's anchor is its earliest-seen
    member (ties by key), so it keeps its id when later members join."""
    ids = [""] * len(rows)
    for members in clusters.members.values():
        source, source_id = rows[min(members, key=anchor)].key
        digest = hashlib.sha1(f"{source}:{source_id}".encode()).hexdigest()
        for i in members:
            ids[i] = f"{prefix}{digest[:11]}"
    return ids
