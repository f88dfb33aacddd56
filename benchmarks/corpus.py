"""A seeded synthetic corpus of postings with planted reposts, traps and ground truth.

A *job* is one opening at one company. Each job is posted once on a source; some are
reposted on other sources with the small edits boards and recruiters make (a spammy
title suffix, Developer for Engineer, "DataCorp" for "Data Corp", another string for the
same place, reworded sentences). Traps are distinct jobs made to look alike: the same
title at another company, the same company hiring the same title in another city, and
another level (Senior / Junior) of one title. The truth (which postings are one job, what
was edited) is kept beside the corpus, never in the warehouse.

Deterministic: the same size, extra and seed give the same postings, byte for byte.
"""

from __future__ import annotations

import html
import itertools
import random
import re
import uuid
from bisect import bisect
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta

from benchmarks import bodies
from benchmarks import vocabulary as v
from extractors._contract import Posting

REPOST_SHARE = 0.15  # of all postings: reposts of another posting's job
TRAP_RATE = 0.04  # per job and per trap kind: a look-alike sibling job
SCAM_RATE = 0.01
SUPPLY_SHARE = 0.005  # of all jobs: people offering work (on Hacker News and Reddit)
NOW = datetime(2026, 12, 1, 7, 0, tzinfo=UTC)

# name -> (share of postings, lists remote jobs only, states a company)
SOURCES: dict[str, tuple[int, bool, bool]] = {
    "greenhouse": (20, False, True), "lever": (12, False, True), "ashby": (8, False, True),
    "jobposting": (4, False, True), "arbeitnow": (8, False, True),
    "hackernews": (12, False, True), "remotive": (6, True, True), "remoteok": (6, True, True),
    "himalayas": (8, True, True), "jobicy": (5, True, True),
    "weworkremotely": (5, True, True), "reddit": (4, False, False),
    "mastodon": (2, False, False),
}  # fmt: skip
_ATS = ("greenhouse", "lever", "ashby", "jobposting")
_SLUGS = ("lever", "ashby")  # the company these state is the board's slug
_LEGAL_WORDS = frozenset("inc ltd llc b v bv ag sas limited s l oy ab pty corp gmbh co kg".split())  # noqa: SIM905
_REPOST_COUNTS = ((1, 70), (2, 22), (3, 8))  # how many reposts a reposted job gets
_MEAN_REPOSTS = sum(n * w for n, w in _REPOST_COUNTS) / sum(w for _, w in _REPOST_COUNTS)
# the chance a job is reposted, so that reposts make REPOST_SHARE of the postings
_REPOSTED = REPOST_SHARE / ((1 - REPOST_SHARE) * _MEAN_REPOSTS)
# the edits a repost may carry, each with its chance; a repost carries at least one
EDITS = {
    "title_spam": 0.20, "developer_engineer": 0.15, "title_form": 0.15,
    "company_spacing": 0.10, "company_suffix": 0.15, "location_variant": 0.40,
    "reworded": 0.60, "pay_format": 0.35,
}  # fmt: skip
TRAPS = ("other_company", "other_city", "other_level")
# a board's repost of an employer's own posting links to it (an exact key, not an edit)
LINKS_ORIGINAL = 0.3


@dataclass(frozen=True, slots=True)
class Company:
    words: tuple[str, ...]
    compound: bool  # written without a space between its first two words ("DataCorp")
    legal: str  # " GmbH", ", Inc." or ""
    hq: int  # index into vocabulary.CITIES

    def name(self, *, compound: bool, legal: str) -> str:
        head = "".join(self.words[:2]) if compound else " ".join(self.words[:2])
        return " ".join((head, *self.words[2:])) + legal

    def slug(self, hyphens: bool) -> str:
        return ("-" if hyphens else "").join(self.words).lower()


@dataclass(frozen=True, slots=True)
class Place:
    kind: str  # city, hybrid, multi, remote
    names: tuple[str, ...]  # strings that all name this place; names[0] is the usual one
    country: str  # short code ("DE", "US"); "" for remote anywhere
    city: int = -1  # index into vocabulary.CITIES; -1 for remote


@dataclass(frozen=True, slots=True)
class Pay:
    currency: str
    period: str  # hour, day, month, year; "" when the posting states no figure
    low: float
    high: float

    def render(self, style: int) -> str:
        if not self.period:
            return ("Competitive", "DOE", "Market rate", "Depends on experience")[style % 4]
        sym = v.SYMBOL.get(self.currency, self.currency + " ")
        low, high = _amount(self.low, self.period), _amount(self.high, self.period)
        short = {"hour": "/h", "day": "/day", "month": "/mo", "year": "/yr"}[self.period]
        forms = (
            f"{sym}{low}-{high}{short}",
            f"{sym}{low} - {sym}{high} per {self.period}",
            f"{self.currency} {low}–{high} per {self.period}",
            f"{low}-{high} {self.currency} / {self.period}",
        )
        return forms[style % len(forms)]


def _amount(value: float, period: str) -> str:
    return f"{value / 1000:.0f}k" if period == "year" else f"{value:,.0f}"


@dataclass(frozen=True, slots=True)
class Job:
    job_id: int
    family: str
    level: int  # index into vocabulary.LEVELS
    core: str  # "Data Engineer"
    grade: str  # " II", " III" or ""
    company: Company | None
    place: Place
    pay: Pay
    engagement: str
    seed: int  # of the body's wording
    scam: bool
    kind: str  # demand or supply
    trap_of: int | None = None
    trap_kind: str | None = None


@dataclass(frozen=True, slots=True)
class Truth:
    """One posting's place in the ground truth."""

    source: str
    source_id: str
    job_id: int
    role: str  # original, repost
    edits: str  # the EDITS a repost carries, and "links_original"; "" for an original
    trap_of: int | None  # the job this one is a look-alike of
    trap_kind: str | None
    batch: str  # base, or new (what a re-run adds)


@dataclass
class Corpus:
    """The generator: `size` base postings and `extra` held back for a re-run."""

    size: int
    extra: int = 0
    seed: int = 7
    rng: random.Random = field(init=False)
    companies: list[Company] = field(init=False)
    company_weights: list[float] = field(init=False)
    held_back: frozenset[int] = field(init=False)
    titles: set[int] = field(init=False, default_factory=set)  # _signature of each job
    ordinal: int = 0
    next_job: int = 0

    def __post_init__(self) -> None:
        self.rng = random.Random(self.seed)
        total = self.size + self.extra
        self.held_back = frozenset(self.rng.sample(range(total), self.extra))
        self.companies = _companies(self.rng, max(200, total // 7))
        # Zipf-like: a few employers post hundreds of jobs, most post a handful
        weights = (1 / (rank + 50) for rank in range(len(self.companies)))
        self.company_weights = list(itertools.accumulate(weights))

    def chunks(self, size: int = 20_000) -> Iterator[list[tuple[Posting, Truth]]]:
        """Every posting with its truth, in chunks of `size`."""
        chunk: list[tuple[Posting, Truth]] = []
        total = self.size + self.extra
        while self.ordinal < total:
            for item in self._job_postings():
                chunk.append(item)
                if len(chunk) == size:
                    yield chunk
                    chunk = []
                if self.ordinal == total:
                    break
        if chunk:
            yield chunk

    def _job_postings(self) -> Iterator[tuple[Posting, Truth]]:
        """A job's original posting and reposts, then those of its look-alikes."""
        job = self._new_job()
        traps = [self._trap(job, kind) for kind in TRAPS if self.rng.random() < TRAP_RATE]
        for one in (job, *(trap for trap in traps if trap is not None)):
            yield from self._postings_of(one)

    def _postings_of(self, job: Job) -> Iterator[tuple[Posting, Truth]]:
        rng = self.rng
        reposted = job.company is not None and job.kind == "demand" and rng.random() < _REPOSTED
        used = [self._source(job, exclude=(), reposted=reposted)]
        original = self._emit(job, used[0], frozenset(), None)
        yield original
        if not reposted:
            return
        counts, weights = zip(*_REPOST_COUNTS, strict=True)
        for _ in range(rng.choices(counts, weights)[0]):
            used.append(self._source(job, exclude=used, reposted=True))
            edits = {edit for edit, chance in EDITS.items() if rng.random() < chance}
            if not re.search(r"\b(Developer|Engineer)\b", job.core):
                edits.discard("developer_engineer")
            yield self._emit(job, used[-1], frozenset(edits or {"reworded"}), original[0])

    def _source(self, job: Job, exclude: Sequence[str], reposted: bool) -> str:
        """A source that could carry this job: remote boards list remote jobs only, a
        job without a company goes where none is asked, and reposts go where a company
        is stated (the same job on Reddit, named by no company, is no fair test)."""
        names = [
            name
            for name, (_, remote_only, states_company) in SOURCES.items()
            if name not in exclude
            and (job.place.kind == "remote" or not remote_only)
            and (states_company or not reposted)
            and (job.kind == "demand" or name in ("hackernews", "reddit"))
            and (job.company is not None or name in ("hackernews", "reddit", "mastodon"))
        ]
        return self.rng.choices(names, [SOURCES[name][0] for name in names])[0]

    def _new_job(self, **fixed: object) -> Job:
        """A job drawn at random; `fixed` overrides fields (a look-alike's likeness).

        Outside the planted look-alikes no employer posts one title twice: two such
        jobs would be one to any reader, so the truth could not call a merge wrong.
        """
        rng = self.rng
        company = self._company()
        title = self._title(company, new=not fixed)
        while title is None:  # a large employer drew only titles it posted: another one
            company = self._company()
            title = self._title(company, new=True)
        family, level, core, grade = title
        scam = rng.random() < SCAM_RATE
        kind = "supply" if rng.random() < SUPPLY_SHARE else "demand"
        engagement = rng.choices(list(v.ENGAGEMENTS), [w for w, _ in v.ENGAGEMENTS.values()])[0]
        city = company.hq if rng.random() < 0.7 else rng.randrange(len(v.CITIES))
        place = _place(rng, city)
        values: dict[str, object] = {
            "job_id": self.next_job,
            "family": family,
            "level": level,
            "core": core,
            "grade": grade,
            "company": None if kind == "supply" or (scam and rng.random() < 0.3) else company,
            "place": place,
            "pay": _pay(rng, engagement, place),
            "engagement": engagement,
            "seed": rng.getrandbits(32),
            "scam": scam,
            "kind": kind,
            **fixed,
        }
        self.next_job += 1
        job = Job(**values)  # type: ignore[arg-type]
        if job.company is not None:
            self.titles.add(_signature(job.company, job.level, job.core, job.grade))
        return job

    def _company(self) -> Company:
        pick = self.rng.random() * self.company_weights[-1]
        return self.companies[bisect(self.company_weights, pick)]

    def _title(self, company: Company, *, new: bool) -> tuple[str, int, str, str] | None:
        """(family, level, core, grade) of a title drawn for `company`; with `new`, one
        it has not posted, or None when 20 draws found none (at a million postings the
        largest employers have posted most of their likely titles)."""
        rng = self.rng
        for _ in range(20):
            family = rng.choices(list(v.FAMILY_WEIGHTS), list(v.FAMILY_WEIGHTS.values()))[0]
            level = rng.choices(range(len(v.LEVELS)), [w for _, w, _ in v.LEVELS])[0]
            core = rng.choice(v.FAMILIES[family][0])
            grade = rng.choices(("", " II", " III"), (95, 3, 2))[0]
            if not new or _signature(company, level, core, grade) not in self.titles:
                return family, level, core, grade
        return None

    def _trap(self, job: Job, kind: str) -> Job | None:
        """A distinct job that looks like `job`, or None where the kind does not apply."""
        if job.company is None or job.kind != "demand":
            return None
        same: dict[str, object] = {
            "family": job.family, "core": job.core, "grade": job.grade, "level": job.level,
            "company": job.company, "place": job.place, "trap_of": job.job_id,
            "trap_kind": kind, "kind": "demand",
        }  # fmt: skip
        if kind == "other_company":
            other = self.rng.choice(self.companies)
            return (
                None
                if other.words == job.company.words
                else self._new_job(**{**same, "company": other})
            )
        if kind == "other_city":
            if job.place.kind not in ("city", "hybrid"):
                return None
            cities = [i for i, c in enumerate(v.CITIES) if c[0] != v.CITIES[job.place.city][0]]
            place = _place(self.rng, self.rng.choice(cities), job.place.kind)
            return self._new_job(**{**same, "place": place})
        senior = v.LEVELS[job.level][2] in ("senior", "lead", "staff", "principal")
        level = [word for _, _, word in v.LEVELS].index("junior" if senior else "senior")
        return self._new_job(**{**same, "level": level})

    def _emit(
        self, job: Job, source: str, edits: frozenset[str], original: Posting | None
    ) -> tuple[Posting, Truth]:
        ordinal = self.ordinal
        self.ordinal += 1
        board = original is not None and original.source in _ATS and source not in _ATS
        if board and self.rng.random() < LINKS_ORIGINAL:
            edits |= {"links_original"}
        posting = _render(job, source, ordinal, edits, original, self.rng)
        if original is not None:
            if source in _SLUGS:  # a slug keeps no spacing or suffix of its own
                edits -= {"company_spacing", "company_suffix"}
            edits |= _spacing_differs(original, posting)
        truth = Truth(
            source=posting.source,
            source_id=posting.source_id,
            job_id=job.job_id,
            role="original" if original is None else "repost",
            edits=",".join(sorted(edits)),
            trap_of=job.trap_of,
            trap_kind=job.trap_kind,
            batch="new" if ordinal in self.held_back else "base",
        )
        return posting, truth


def _signature(company: Company, level: int, core: str, grade: str) -> int:
    """One employer's title as a reader tells titles apart: "Sr." is "Senior", a
    Developer an Engineer, "Full-Stack" "Full Stack"."""
    role = re.sub(r"[^a-z0-9]", "", core.lower().replace("developer", "engineer"))
    return hash((company.words, v.LEVELS[level][2], role, grade))


def _companies(rng: random.Random, count: int) -> list[Company]:
    """`count` distinct employers: two-word names first, then three-word ones."""
    pairs = [(a, b) for a in v.COMPANY_FIRST for b in v.COMPANY_SECOND if a != b]
    rng.shuffle(pairs)
    names: list[tuple[str, ...]] = list(pairs[:count])
    firsts = len(v.COMPANY_FIRST)
    for index in rng.sample(range(firsts * len(pairs)), max(0, count - len(names))):
        middle, (a, b) = v.COMPANY_FIRST[index % firsts], pairs[index // firsts]
        names.append((a, middle, b) if middle not in (a, b) else (a, b, "Labs"))
    legal, weights = zip(*v.LEGAL, strict=True)
    cities = len(v.CITIES)
    return [
        Company(words, rng.random() < 0.3, rng.choices(legal, weights)[0], rng.randrange(cities))
        for words in names
    ]


def _place(rng: random.Random, city: int, kind: str | None = None) -> Place:
    kind = kind or rng.choices(("remote", "city", "hybrid", "multi"), (50, 30, 12, 8))[0]
    if kind == "remote":
        group = rng.choices(range(len(v.REMOTE_SCOPES)), v.REMOTE_WEIGHTS)[0]
        names = list(v.REMOTE_SCOPES[group])
        rng.shuffle(names)
        return Place("remote", tuple(names), {0: "DE", 1: "US", 6: "UK", 7: "DE"}.get(group, ""))
    name, country, short, region, local = v.CITIES[city]
    where = f"{name}, {region}" if region else name
    if kind == "multi":
        other = v.CITIES[(city + 1 + rng.randrange(len(v.CITIES) - 1)) % len(v.CITIES)][0]
        names = [f"{name}; {other}", f"{name} or {other}", f"{name} / {other}"]
    elif kind == "hybrid":
        names = [f"{where} (Hybrid)", f"Hybrid - {name}", f"{name}, {country} (hybrid)"]
    else:
        names = [f"{where}, {country}", where, f"{name}, {short}", f"{name} (Onsite)"]
        names += [f"{local}, {country}"] if local else []
    rng.shuffle(names)
    return Place(kind, tuple(names), short, city)


def _pay(rng: random.Random, engagement: str, place: Place) -> Pay:
    currency = "EUR" if place.country in v.EURO else v.CURRENCY_OF_COUNTRY.get(place.country, "USD")
    if rng.random() < 0.4:
        return Pay(currency, "", 0, 0)
    if engagement == "full_time":
        low = rng.randrange(50, 180, 5) * 1000
        return Pay(currency, "year", low, low + rng.randrange(10, 40, 5) * 1000)
    period = "month" if engagement == "fractional" else rng.choice(("hour", "hour", "day"))
    low = {"hour": rng.randrange(40, 150, 5), "day": rng.randrange(350, 950, 50)}.get(
        period, rng.randrange(3000, 9000, 500)
    )
    return Pay(currency, period, low, round(low * rng.choice((1.0, 1.2, 1.25, 1.3))))


def _render(
    job: Job,
    source: str,
    ordinal: int,
    edits: frozenset[str],
    original: Posting | None,
    rng: random.Random,
) -> Posting:
    """One posting of `job` on `source`, in that source's shape, with `edits` applied."""
    company = _company_as(job.company, source, edits, rng)
    title = _title_as(job, edits, rng)
    variant = "location_variant" in edits
    place = job.place.names[rng.randrange(1, len(job.place.names)) if variant else 0]
    pay = job.pay.render(rng.randrange(1, 4) if "pay_format" in edits else 0)
    text, markup = bodies.body(
        job.family, job.seed, job.engagement, job.scam,
        title=title, company=company or "We", place=place, pay=pay,
        short=source in ("hackernews", "reddit", "mastodon"),
        reworded="reworded" in edits and rng.random() < 0.7,
    )  # fmt: skip
    source_id, url, domain = _ids(source, ordinal, job, title, rng)
    days = job.seed % 40 + (0 if original is not None else 3)  # reposts come a bit later
    values: dict[str, object] = {
        "source": source, "source_id": source_id, "url": url, "title": title,
        "company": company, "text": text, "html": markup, "location": place, "language": "en",
        "posted_at": NOW - timedelta(days=days, minutes=rng.randrange(1440)),
    }  # fmt: skip
    values.update(_source_fields(job, source, values, pay, domain, rng))
    if source in ("hackernews", "mastodon"):  # their title is the text's first line
        values["text"] = f"{values['title']}\n\n{text}"
        values["html"] = f"<p>{html.escape(str(values['title']))}</p>{markup}"
    if original is not None and "links_original" in edits:
        values["apply_url"] = original.url
    return Posting(**values)  # type: ignore[arg-type]


def _company_as(
    company: Company | None, source: str, edits: frozenset[str], rng: random.Random
) -> str | None:
    if company is None or source in ("reddit", "mastodon"):
        return None
    if source in _SLUGS:
        return company.slug(hyphens=rng.random() < 0.5)
    compound = company.compound != ("company_spacing" in edits)
    legal = company.legal
    if "company_suffix" in edits:
        legal = rng.choice([suffix for suffix, _ in v.LEGAL if suffix != company.legal])
    name = company.name(compound=compound, legal=legal)
    if "company_suffix" in edits and rng.random() < 0.3:
        name = name.upper() if rng.random() < 0.5 else f"The {name}"
    return name


def _title_as(job: Job, edits: frozenset[str], rng: random.Random) -> str:
    prefix = v.LEVELS[job.level][0]
    core = job.core
    if "developer_engineer" in edits:
        swap = ("Developer", "Engineer") if "Developer" in core else ("Engineer", "Developer")
        core = re.sub(rf"\b{swap[0]}\b", swap[1], core)
    if "title_form" in edits:
        prefix = {"Senior ": "Sr. ", "Sr. ": "Senior ", "Junior ": "Jr. ", "Jr. ": "Junior "}.get(
            prefix, prefix
        )
        if " " in core and rng.random() < 0.5:  # "Engineer, Data", as some boards sort titles
            head, _, last = core.rpartition(" ")
            core = f"{last}, {head}"
        else:
            core = core.lower()
    title = f"{prefix}{core}{job.grade}"
    if "title_spam" in edits:
        if rng.random() < 0.25:
            return rng.choice(v.TITLE_SPAM_PREFIX) + title
        return title + rng.choice(v.TITLE_SPAM)
    return title


def _ids(source: str, ordinal: int, job: Job, title: str, rng: random.Random) -> tuple[str, ...]:
    """(source_id, url, the employer's domain) in the source's shapes; unique per ordinal."""
    slug = job.company.slug(hyphens=False) if job.company else "jobs"
    words = "-".join(re.findall(r"[a-z0-9]+", title.lower()))[:60]
    number = 4_000_000 + ordinal
    domain = f"{slug}.example"
    if source in _SLUGS:
        uid = str(uuid.UUID(int=rng.getrandbits(128), version=4))
        host = "jobs.lever.co" if source == "lever" else "jobs.ashbyhq.com"
        return uid, f"https://{host}/{slug}/{uid}", domain
    if source == "hackernews":
        return (
            str(40_000_000 + ordinal),
            f"https://news.ycombinator.com/item?id={40_000_000 + ordinal}",
            domain,
        )
    if source == "reddit":
        short = _base36(number)
        return f"t3_{short}", f"https://www.reddit.com/r/forhire/comments/{short}/{words}/", domain
    url = {
        "greenhouse": f"https://{domain}/careers?gh_jid={number}"
        if ordinal % 2
        else f"https://boards.greenhouse.io/{slug}/jobs/{number}",
        "jobposting": f"https://{domain}/jobs/{number}",
        "arbeitnow": f"https://www.arbeitnow.com/jobs/companies/{slug}/{words}-{number}",
        "remotive": f"https://remotive.com/remote-jobs/software-dev/{words}-{number}",
        "remoteok": f"https://remoteok.com/remote-jobs/{number}",
        "himalayas": f"https://himalayas.app/companies/{slug}/jobs/{words}-{number}",
        "jobicy": f"https://jobicy.com/jobs/{number}-{words}",
        "weworkremotely": f"https://weworkremotely.com/remote-jobs/{slug}-{words}-{number}",
        "mastodon": f"https://mastodon.social/@{rng.choice(v.POSTERS)}/{110_000_000 + ordinal}",
    }[source]
    by_url = ("himalayas", "weworkremotely", "mastodon")  # their id is the URL
    source_id = {"jobposting": f"{domain}:{number}", "arbeitnow": f"{words}-{number}"}.get(
        source, url if source in by_url else str(number)
    )
    return source_id, url, domain


def _base36(number: int) -> str:
    digits = "0123456789abcdefghijklmnopqrstuvwxyz"
    out = ""
    while number:
        number, rest = divmod(number, 36)
        out = digits[rest] + out
    return out


def _source_fields(
    job: Job, source: str, values: dict[str, object], pay: str, domain: str, rng: random.Random
) -> dict[str, object]:
    """What each source states in structured fields (formats.md), and its title's form."""
    label = v.ENGAGEMENT_LABEL[job.engagement]
    stated = "part_time" if job.engagement == "fractional" else job.engagement
    careers = f"https://{domain}/careers"
    url, title, place = values["url"], values["title"], values["location"]
    requisition = f"R{job.job_id:07d}" if rng.random() < 0.6 else None
    skills = tuple(rng.sample(v.FAMILIES[job.family][1], 3))
    if source == "greenhouse":
        return {"apply_url": url, "requisition_id": requisition}
    if source == "jobposting":
        return {"apply_url": f"{url}/apply", "requisition_id": requisition}
    if source == "lever":
        workplace = "remote" if job.place.kind == "remote" else "onsite"
        return {"apply_url": f"{url}/apply", "engagement": stated, "engagement_raw": label,
                "workplace_raw": workplace}  # fmt: skip
    if source == "ashby":
        rate = {"rate_min": job.pay.low, "rate_max": job.pay.high, "currency": job.pay.currency,
                "rate_period": job.pay.period} if job.pay.period else {}  # fmt: skip
        return {"apply_url": f"{url}/application", "engagement": stated,
                "engagement_raw": label.replace("-", ""), **rate}  # fmt: skip
    if source == "arbeitnow":
        suffix = " (m/w/d)" if rng.random() < 0.4 else ""
        return {"title": f"{title}{suffix}", "tags": skills, "apply_url": careers}
    if SOURCES[source][1]:  # the remote boards
        return {"remote": True, "salary_raw": pay if job.pay.period else None, "tags": skills,
                "apply_url": careers,
                **({"engagement": stated, "engagement_raw": label.lower()}
                   if source == "remotive" else {})}  # fmt: skip
    poster = f"{rng.choice(v.POSTERS)}{rng.randrange(100)}"
    if source == "hackernews":
        company = values["company"]
        if job.kind == "supply":
            header = f"SEEKING WORK | {title} | {place}"
        else:
            header = " | ".join(str(x) for x in (company or title, title, place, label, pay))
        return {"title": header, "company": company if job.kind == "demand" else None,
                "poster": poster, "kind": job.kind, "apply_url": careers if company else None,
                "extra": {"thread": "hiring" if job.kind == "demand" else "freelancer"},
                }  # fmt: skip
    if source == "reddit":
        tag = "[Hiring]" if job.kind == "demand" else "[For Hire]"
        return {"title": f"{tag} {title} - {label}, {place}", "poster": poster, "kind": job.kind}
    return {"title": f"#hiring {title}, {place}", "poster": poster}


def _folded_company(name: str | None) -> str:
    words = re.findall(r"[a-z0-9]+", (name or "").lower())
    return " ".join(w for w in words if w not in _LEGAL_WORDS and w != "the")


def _spacing_differs(original: Posting, repost: Posting) -> frozenset[str]:
    """ "company_spacing" when the two name the company with other spacing ("DataCorp",
    "Data Corp", a Lever slug "datacorp"), whatever the cause."""
    a, b = _folded_company(original.company), _folded_company(repost.company)
    same_letters = a.replace(" ", "") == b.replace(" ", "")
    return frozenset({"company_spacing"}) if a != b and same_letters else frozenset()
