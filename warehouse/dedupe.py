"""Cross-source dedupe: the postings of one job, merged into one lead.

Exact keys merge first: a canonical URL (a posting's apply link may be another's page),
an ATS job id read from any URL (or a LinkedIn, Indeed, Upwork or Wellfound job id, so a
job alert's tracking link meets the job page), a company's requisition id for one title.
Then postings of the same company whose titles nearly match, and do not each name a role
word the other lacks, merge, unless a veto says they are two jobs: level, numbered
grade, requisition id, shift (a day and a night opening; a shift one side names alone may be a
detail the other leaves out), place, supply vs demand, an agency's other client ("our client, a
fintech in Leeds" and "our client, a retailer in Bristol"), two boards or sites of the
employer's own ("Mercury" at greenhouse.io/mercury and at mercury-creative.example), links
to two jobs of one tracker (greenhouse:4012345 and greenhouse:4012399), or the same board
(a board that lists two alike openings has two openings: a source, or the platform an alert
relays, so a LinkedIn and a Jobberman alert of one job meet) unless they link one job's own
apply page (a repost written anew) or their
texts are the same (a repost of one job under two URLs; under two ids of one tracker only
REPOST_DAYS apart, an evergreen role posted again, whose alert cards of one title need
no text, or once the first had closed, a role listed again; under two ids of a
marketplace's, at any time) or they stand in two threads of a
source that declares them (`THREADED`: a company's post in next month's "Who is hiring?"
is the same job again).
A wrong merge hides a lead while a missed one only shows it twice, so doubt splits
(job-radar's rule).

Postings compare by the keys `warehouse.dedupe_keys` read when their features were.

Pure: the caller reads the postings and writes `staging.lead_members`.
"""

from __future__ import annotations

import hashlib
import re
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, replace
from functools import cache, lru_cache
from operator import itemgetter
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd
from rapidfuzz import fuzz, process

from extractors._joburls import AGGREGATOR_BOARDS, PROJECT_MARKETPLACES
from warehouse.dedupe_keys import REMOTE_MARK, STATE_KEYS, TWO_WAY_STATES, WORDS, readings
from warehouse.lead_ids import posting_id
from warehouse.ranking._text import lowered, word_count

TITLE_MIN = 90  # token_sort_ratio (0-100) at which one company's two titles are one job
_SMALL_BLOCK = 6  # postings of one employer compared pair by pair rather than by cdist
ROLE_WORD_MIN = 85  # ratio (0-100) at which the words two titles do not share are one word
REPOST_MIN = 95  # ratio (0-100) of two texts of one source that make them one job
# a text shorter than this says too little to call two postings one (`word_count`: Chinese,
# Japanese and Thai, written without spaces, by their characters)
REPOST_WORDS = 30
REPOST_DAYS = 21  # first seen this far apart, one text under two ids of one tracker is a repost
_REPOST_GAP = REPOST_DAYS * 86_400_000_000  # in microseconds
CLIENT_MIN = 80  # token_set_ratio (0-100) at which the clients two agency texts name are one
_REPOST_CHARS = 3000
# in an apply link's last part, what names one job's page: its number ("/jobs/48213",
# "apply?job=48213"); else two of the title's words ("/careers/senior-backend-engineer")
_JOB_NUMBER = re.compile(r"\d{4}")
_JOB_PAGE_WORDS = 2
Key = tuple[str, str]  # (source, source_id)
Texts = Callable[[list[Key]], Mapping[Key, str]]
# one posting as cluster() takes it: these, then the KEY_COLUMNS, each list of keys as one
# text joined by SEP (far cheaper to bring out of DuckDB than lists), a missing one None
# (last_listed_us: when a closed posting was last listed, else None)
ROW_COLUMNS: tuple[str, ...] = ("source", "source_id", "kind", "first_seen_us", "thread")
ROW_COLUMNS += ("platform", "last_listed_us")
SEP = "|"  # no key holds it: place and level words, normalised names, job ids


@dataclass(slots=True)  # not frozen: a frozen one takes four times as long to make
class _Row:
    """One posting as matching compares it."""

    key: Key
    board: str  # where it is listed: its source, or the platform an alert relays it from
    seen: int  # first seen, in microseconds
    last_listed: int | None  # when its listing last had it, if it has closed since
    kind: str
    thread: str | None  # the thread of a THREADED source it stands in
    company: str
    companies: tuple[str, ...]
    title: str
    words: str  # the title's words sorted: token_sort_ratio's form, ratio scores it faster
    levels: str  # joined, as sorted: equal words, equal text
    grade: str
    requisition: str
    places: frozenset[str]
    place: frozenset[str]
    bloc: frozenset[str] | None
    url: str | None
    apply_url: str | None
    ats_ids: tuple[str, ...]
    client: str  # the client an agency's text names, or ""
    site: str  # the name its employer goes by on the web, or ""
    shift: str  # the shifts its title names, or ""


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
    ordered = sorted(postings, key=itemgetter(0, 1))
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
        if (
            clusters.find(i) != clusters.find(j)
            and not _other_role(rows[i].title, rows[j].title)
            and not clusters.vetoed(i, j, rows, reposts)
        ):
            clusters.union(i, j)
            why = f"repost, {reposts[(i, j)]}" if (i, j) in reposts else "company+title"
            links.append((i, j, f"{why} {score / 100:.2f}"))
    reasons: dict[int, list[str]] = defaultdict(list)
    for i, j, reason in links:
        reasons[i].append(reason)
        reasons[j].append(reason)
    merge_reasons: list[str | None] = [None] * len(rows)
    for i, said in reasons.items():
        merge_reasons[i] = "; ".join(dict.fromkeys(said))
    first_seen = [row[3] for row in ordered]
    named = [posting_id(*row.key, prefix="") for row in rows]
    return pd.DataFrame(
        {
            "source": [row.key[0] for row in rows],
            "source_id": [row.key[1] for row in rows],
            "lead_id": _ids("L", clusters, named, lambda i: (first_seen[i], rows[i].key)),
            "merge_reason": merge_reasons,
            "company_key": [row.company or None for row in rows],
            "group_id": _ids("G", groups, named, lambda i: rows[i].key),
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
            changes.append(_sorted_words(title))
        else:
            others.append((n, _sorted_words(title)))
    found: set[int] = set()
    for changes, others in by_block.values():
        if changes and others:
            scores = _title_scores(changes, [title for _, title in others])
            found |= {others[j][0] for j in np.nonzero(scores.any(axis=0))[0]}
    return found


def _title_scores(a: Sequence[str], b: Sequence[str]) -> Any:
    """Each pair's title score, 0 below TITLE_MIN, computed in C; in doubles, as one
    pair's call gives it, so links sort alike in a small block and a large one.

    Titles come as their sorted words (`_sorted_words`), so ratio gives the score
    token_sort_ratio would without sorting them for every pair. `b` is copied: given one
    list on both sides, cdist scores each pair once, yet at a third of the speed."""
    return process.cdist(a, list(b), scorer=fuzz.ratio, score_cutoff=TITLE_MIN, dtype=np.float64)


@cache
def version() -> str:
    """A fingerprint of these rules, so stored leads are worked out again after an
    upgrade that changes how postings are matched."""
    return hashlib.sha256(Path(__file__).read_bytes()).hexdigest()


def _split(joined: str | None) -> tuple[str, ...]:
    return tuple(joined.split(SEP)) if joined else ()


@lru_cache(maxsize=1 << 16)  # a few thousand places are written over and over
def _set(joined: str) -> frozenset[str]:
    return frozenset(_split(joined))


@lru_cache(maxsize=1 << 16)
def _sorted_words(title: str) -> str:
    return " ".join(sorted(title.split()))


def _row(
    source: str,
    source_id: str,
    kind: str | None,
    seen: int,
    thread: str | None,
    platform: str | None,
    last_listed: int | None,
    *keys: Any,
) -> _Row:
    company, companies, title, levels, grade, requisition, places, place, bloc, *links = keys
    url, apply_url, job_ids, client, site, shift = links
    return _Row(
        key=(source, source_id),
        board=f"{source}:{platform}" if platform else source,
        seen=seen,
        last_listed=last_listed,
        kind=kind or "demand",  # as staging.stg_postings reads a null kind
        thread=thread,
        company=company or "",
        companies=_split(companies),
        title=title or "",
        words=_sorted_words(title or ""),
        levels=levels or "",
        grade=grade or "",
        requisition=requisition or "",
        places=_set(places or ""),
        place=_set(place or ""),
        bloc=None if bloc is None else _set(bloc),
        url=url,
        apply_url=apply_url,
        ats_ids=_split(job_ids),
        client=client or "",
        site=site or "",
        shift=shift or "",
    )


def _exact_links(rows: list[_Row]) -> Iterator[tuple[int, int, str]]:
    """Pairs sharing a key that names one job, with why. Keys carry the kind, so
    supply never meets demand; an apply link is matched only against posting URLs,
    as two posts can share a generic careers page. A requisition id joins only postings
    of one title: boards share one among openings ("EVERGREEN", "TEMP", Senior and Staff
    of one role), while one opening advertised in two cities keeps its title."""
    groups: dict[tuple[str, ...], list[int]] = defaultdict(list)
    for i, row in enumerate(rows):
        if row.url:
            groups[(row.kind, "same url", row.url)].append(i)
        for ats_id in sorted(row.ats_ids):
            vendor = ats_id.partition(":")[0]
            groups[(row.kind, f"same {vendor} id", ats_id)].append(i)
        if row.company and row.requisition:
            # "Engineer, Data" is "Data Engineer"
            req = (row.kind, "same requisition id", row.company, row.requisition, row.words)
            groups[req].append(i)
    for i, row in enumerate(rows):
        owners = groups.get((row.kind, "same url", row.apply_url), [i]) if row.apply_url else [i]
        if owners[0] != i:
            yield i, owners[0], "same url"
    for key, members in groups.items():
        if len(members) > 1:  # most keys are one posting's
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
                    if score := fuzz.ratio(rows[i].words, rows[j].words, score_cutoff=TITLE_MIN):
                        links[(i, j)] = float(score)
            continue
        titles = [rows[i].words for i in block]
        scores = _title_scores(titles, titles)
        a, b = np.nonzero(scores)
        upper = a < b
        a, b = a[upper], b[upper]
        for x, y, score in zip(a.tolist(), b.tolist(), scores[a, b].tolist(), strict=True):
            links[(block[x], block[y])] = score
    ordered = [(score, i, j) for (i, j), score in links.items()]
    return sorted(ordered, key=lambda link: (-link[0], link[1], link[2]))


def _reposts(
    rows: list[_Row], links: Iterable[tuple[float, int, int]], texts: Texts | None
) -> dict[tuple[int, int], str]:
    """The alike pairs of one source that are one job posted again, each way, with why:
    one apply link to that job's page (a repost whose text was written anew), or texts
    both long enough to tell and at least REPOST_MIN alike once case, spacing and
    punctuation are gone. Pairs another sign keeps apart (`_apart`) are not read: their
    texts change nothing. Two ids of one tracker are a repost only when first seen
    REPOST_DAYS apart (an evergreen role posted again each month); at once, they are two
    openings."""
    pairs = [
        (i, j)
        for _, i, j in links
        if rows[i].board == rows[j].board
        and not _apart(rows[i], rows[j], ids=_openings_at_once(rows[i], rows[j]))
    ]
    alike = {}
    for i, j in pairs:
        if rows[i].apply_url == rows[j].apply_url and _job_page(rows[i].apply_url, rows[i].title):
            alike[(i, j)] = alike[(j, i)] = "same apply link"
    pairs = [pair for pair in pairs if pair not in alike]
    if not pairs or texts is None:
        return alike
    found = texts(sorted({rows[k].key for pair in pairs for k in pair}))
    words = {
        key: " ".join(WORDS.findall(lowered(text[:_REPOST_CHARS]))) for key, text in found.items()
    }
    for i, j in pairs:
        a, b = words.get(rows[i].key, ""), words.get(rows[j].key, "")
        long_enough = min(word_count(a, REPOST_WORDS), word_count(b, REPOST_WORDS)) >= REPOST_WORDS
        if (long_enough or _evergreen_card(rows[i], rows[j])) and fuzz.ratio(a, b) >= REPOST_MIN:
            alike[(i, j)] = alike[(j, i)] = "same text"
    return alike


def _job_page(link: str | None, title: str) -> bool:
    """An apply link (canonical: host and path) to one job's page rather than a careers
    page many openings share ("acme.com/careers"): its last part holds a number or
    `_JOB_PAGE_WORDS` of the title's words."""
    host, slash, last = (link or "").rpartition("/")
    if not (host and slash):
        return False
    named = set(WORDS.findall(last.lower())) & set(title.split())
    return bool(_JOB_NUMBER.search(last)) or len(named) >= _JOB_PAGE_WORDS


def _openings_at_once(a: _Row, b: _Row) -> bool:
    """Whether their two ids of one tracker may be two openings: first seen under
    REPOST_DAYS apart, both listed at one time (one closed before the other was first
    seen is a role listed again, as Recruitee does under a new slug), on a tracker of
    employers (a marketplace's job is one client's project, so its new id for the same
    text is a repost however soon)."""
    if abs(a.seen - b.seen) >= _REPOST_GAP or _listed_after(a, b) or _listed_after(b, a):
        return False
    vendors = _trackers(a.ats_ids) & _trackers(b.ats_ids)
    return not vendors or not vendors <= PROJECT_MARKETPLACES


def _listed_after(a: _Row, b: _Row) -> bool:
    """b was first seen after a's listing last had it: never both open at once."""
    return a.last_listed is not None and a.last_listed < b.seen


def _evergreen_card(a: _Row, b: _Row) -> bool:
    """Two job ids of one tracker a card too short to compare tells (an alert's card:
    title, company, place), REPOST_DAYS apart, of one title: an evergreen role listed
    again, as its alert mails it each month."""
    return (
        abs(a.seen - b.seen) >= _REPOST_GAP
        and a.words == b.words
        and _other_job_id(a.ats_ids, b.ats_ids)
    )


def _vetoed(a: _Row, b: _Row, repost: bool) -> bool:
    """Signs that two alike postings are two jobs; any one keeps them apart. One source
    lists two alike openings as two, unless one is a repost of the other, in its text or
    in another of its threads. Two boards or sites of the employer's are two employers of
    one name ("Mercury" the bank and "Mercury" an agency), but for a threaded source's
    post in another thread."""
    threads_apart = a.thread is not None and b.thread is not None and a.thread != b.thread
    if threads_apart:  # next month's post may link the board the company moved to
        return _apart(a, b)
    other_site = bool(a.site and b.site and a.site != b.site)
    return (a.board == b.board and not repost) or other_site or _apart(a, b, ids=not repost)


def _apart(a: _Row, b: _Row, *, ids: bool = True) -> bool:
    """The signs besides their source that two alike postings are two jobs; `ids`: two
    job ids of one tracker among them."""
    return (
        a.kind != b.kind
        or a.levels != b.levels
        or a.grade != b.grade
        or bool(a.requisition and b.requisition and a.requisition != b.requisition)
        or bool(a.shift and b.shift and a.shift != b.shift)
        or _other_place(a, b)
        or _other_client(a.client, b.client)
        or (ids and _other_job_id(a.ats_ids, b.ats_ids))
    )


def _other_job_id(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    """Each links a job of one tracker and they share none: greenhouse:4012345 and
    greenhouse:4012399 are two openings, however alike their titles. A remote board's
    ids only join (remotive:2003720 and its repost remotive:2004105 may be one job)."""
    if not a or not b or set(a) & set(b):
        return False
    return bool(_trackers(a) & _trackers(b))


def _trackers(ids: tuple[str, ...]) -> set[str]:
    """The trackers whose ids tell openings apart: all but the remote boards'."""
    return {job_id.partition(":")[0] for job_id in ids} - AGGREGATOR_BOARDS


def _other_client(a: str, b: str) -> bool:
    """Both texts name a client and not the same one: one agency's one title for "a
    fintech in Leeds" and for "a retailer in Bristol" is two jobs, however alike the rest
    of their texts; "a leading fintech in Leeds" may be one board's fuller words."""
    return bool(a and b) and fuzz.token_set_ratio(a, b) < CLIENT_MIN


def _other_role(a: str, b: str) -> bool:
    """Each title has a word the other lacks, and they are not one word written two ways:
    "Senior Go Engineer" and "Senior iOS Engineer" score 92 as titles, yet are two jobs,
    while "Engineers" and a typo's "Enginer" are one word. A word only one title has
    ("Senior Software Engineer, Payments API") may be a detail one board leaves out.
    Only the two titles a link compares are checked, not every member of their leads:
    a post that links to a job page by URL words the role its own way."""
    if a == b:
        return False
    words_a, words_b = a.split(), b.split()
    only_a = "".join(word for word in words_a if word not in words_b)
    only_b = "".join(word for word in words_b if word not in words_a)
    if only_a and only_b and fuzz.ratio(only_a, only_b) < ROLE_WORD_MIN:
        return True
    return "platform" in words_a and "platform" in words_b and _other_platform(words_a, words_b)


def _other_platform(a: list[str], b: list[str]) -> bool:
    """One title names which platform ("Web Platform Engineer", "Data Platform") and the
    other does not: a team of its own, while "Platform Engineer" alone builds the one
    under them all (DevOps), though the titles score 92 with "Senior" before each."""
    return any(
        n and title[n - 1] not in other
        for title, other in ((a, b), (b, a))
        for n, word in enumerate(title)
        if word == "platform"
    )


def _other_place(a: _Row, b: _Row) -> bool:
    """Each names a place the other does not: "Berlin, Germany" and "Munich, Germany"
    are two cities though both say Germany, while "Germany" may be either of them. Of
    countries and blocs only, those that share none are other places: one board's "EU"
    and another's hours for the same job ("UTC+0 to UTC+2", which holds the UK but not
    Finland) overlap, as a bloc inside another ("EU", "Europe") does. A city that says
    the job is remote too ("Lisbon, Portugal or Remote") is in a bloc holding its country
    ("Remote (EU)"); an office in the city alone is not (a remote role and an office role
    of one title are two jobs). Two that name US states and share none are two places
    ("Springfield, IL" and "Springfield, MO"), however alike their cities; "IL" alone is
    another place only if it is as Israel and as Illinois."""
    states = a.places & STATE_KEYS
    if states and (other := b.places & STATE_KEYS) and not states & other:
        return True
    if a.place.isdisjoint(TWO_WAY_STATES) and b.place.isdisjoint(TWO_WAY_STATES):
        return _other_reading(a, b)
    return all(_other_reading(x, y) for x in _readings(a) for y in _readings(b))


def _readings(row: _Row) -> list[_Row]:
    return [
        replace(row, place=place, places=row.places | place, bloc=bloc)
        for place, bloc in readings(row.place)
    ]


def _other_reading(a: _Row, b: _Row) -> bool:
    """`_other_place` of one reading of each place."""
    if a.bloc is not None and b.bloc is not None:
        return not a.bloc & b.bloc
    bloc, city = (a.bloc, b.places) if a.bloc is not None else (b.bloc, a.places)
    if bloc is not None and REMOTE_MARK in city and bloc & city:
        return False
    return bool(a.place and b.place and not a.place <= b.places and not b.place <= a.places)


class _Clusters:
    """Union-find that keeps each cluster's members, so a fuzzy link can be checked
    against every member: A~B and B~C must not chain A to a C it is vetoed with. Only
    clusters of two or more are in `members` (most postings stay alone)."""

    def __init__(self, n: int) -> None:
        self.parent = list(range(n))
        self.members: dict[int, list[int]] = {}

    def find(self, i: int) -> int:
        while self.parent[i] != i:
            self.parent[i] = self.parent[self.parent[i]]
            i = self.parent[i]
        return i

    def of(self, i: int) -> list[int]:
        """The members of i's cluster."""
        root = self.find(i)
        return self.members.get(root) or [root]

    def union(self, i: int, j: int) -> None:
        big, small = self.find(i), self.find(j)
        if big == small:
            return
        if len(self.members.get(small, ())) > len(self.members.get(big, ())):
            big, small = small, big
        self.parent[small] = big
        self.members.setdefault(big, [big]).extend(self.members.pop(small, [small]))

    def vetoed(
        self, i: int, j: int, rows: list[_Row], reposts: Mapping[tuple[int, int], str]
    ) -> bool:
        others = self.of(j)
        return any(_vetoed(rows[a], rows[b], (a, b) in reposts) for a in self.of(i) for b in others)


def _ids(
    prefix: str, clusters: _Clusters, named: list[str], anchor: Callable[[int], Any]
) -> list[str]:
    """Each cluster's id, named after its member first by `anchor` (`named`: each
    posting's `posting_id` without its prefix), so the id survives reruns; a lead's
    anchor is its earliest-seen member (ties by key), so it keeps its id when later
    members join."""
    ids = [prefix + name for name in named]
    for members in clusters.members.values():
        first = ids[min(members, key=anchor)]
        for i in members:
            ids[i] = first
    return ids
