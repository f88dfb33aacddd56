"""How a reader's answer is held against a label, and how a ranking is judged: pure.

Conventions (the labels' and the readers' contract):

- engagement: the label is the set a posting offers; the warehouse keeps one value,
  the first freelance-ish one named ("full-time or contract" is contract), so the
  answer is right when it is in the set and is full-time only when nothing else is
  offered; an empty set is "unknown".
- remote scope: "unknown" is the warehouse's NULL. Regions are judged only where the
  label says the remote work is limited to regions, as sets (UK is GB).
- rate: min, max, period and currency all agree (amounts to a cent); a null period
  means the text states none.
- scam: the reader flags a posting when it carries a hard flag or its legitimacy is
  below the floor.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Any

from evaluation.labels import Label, Rate
from extractors import provenance, sources

Key = tuple[str, str]  # (file, item id)
TARGET_ACCURACY = 0.95
TARGET_PRECISION = 0.8
TARGET_SOFT_SHARE = 0.05
# employers' own postings (ATS boards, careers pages): a soft flag there is a false alarm
EMPLOYERS = tuple(sorted(name for name in sources() if provenance(name) == "employer"))
_ALIASES = {"UK": "GB"}


@dataclass(frozen=True)
class Miss:
    key: Key
    expected: Any
    got: Any


@dataclass
class FieldScore:
    """One field's tally over the labelled postings the warehouse holds."""

    name: str
    n: int = 0
    correct: int = 0
    misses: list[Miss] = field(default_factory=list)

    @property
    def accuracy(self) -> float | None:
        return self.correct / self.n if self.n else None


def score_field(
    name: str,
    pairs: Iterable[tuple[Key, Any, Any]],
    same: Callable[[Any, Any], bool],
) -> FieldScore:
    """Count (key, expected, got) pairs that agree; keep the others as misses."""
    score = FieldScore(name)
    for key, expected, got in pairs:
        score.n += 1
        if same(expected, got):
            score.correct += 1
        else:
            score.misses.append(Miss(key, expected, got))
    return score


def equal(expected: Any, got: Any) -> bool:
    return bool(expected == got)


def same_engagement(expected: frozenset[str], got: str | None) -> bool:
    """The one stored value against the set the posting offers (see the module doc)."""
    if not expected:
        return got in (None, "unknown")
    if got == "full_time":
        return expected == {"full_time"}
    return got in expected


def same_scope(expected: str, got: str | None) -> bool:
    return (got or "unknown") == expected


def regions(values: Iterable[str] | None) -> frozenset[str]:
    """Region names as comparable: codes upper-cased, UK as GB, blocs as written."""
    out = set()
    for value in values or ():
        text = str(value).strip()
        upper = text.upper()
        out.add(_ALIASES.get(upper, upper) if len(text) <= 3 else text)
    return frozenset(out)


def same_regions(expected: frozenset[str], got: Iterable[str] | None) -> bool:
    return regions(expected) == regions(got)


def same_rate(expected: Rate | None, got: tuple[Any, Any, Any, Any]) -> bool:
    """(rate_min, rate_max, rate_period, currency) against the labelled rate."""
    low, high, period, currency = got
    if expected is None:
        return low is None and high is None
    return (
        _amount_equal(expected.min, low)
        and _amount_equal(expected.max, high)
        and expected.period == period
        and expected.currency == currency
    )


def _amount_equal(expected: float | None, got: Any) -> bool:
    if expected is None or got is None:
        return expected is None and got is None
    return math.isclose(expected, float(got), abs_tol=0.01)


def flagged(has_hard_flag: bool | None, legitimacy: float | None, floor: float) -> bool:
    """Whether the reader keeps a posting out as a scam."""
    return bool(has_hard_flag) or (legitimacy is not None and legitimacy < floor)


# ---------------------------------------------------------------- ranking


@dataclass(frozen=True)
class Lead:
    """One lead of a profile's build, with what its labelled postings say."""

    lead_id: str
    rank: int | None  # None: out of the default ranking
    labels: tuple[Label, ...]  # its labelled postings (none: not judged)
    excluded_reason: str | None = None

    def relevant(self, profile: str) -> bool:
        return any(label.relevant[profile] for label in self.labels)

    def belongs(self, profile: str) -> bool:
        """Relevant, and by its labels the default ranking should hold it: demand, no
        scam, and a place of work the profile may take (or review)."""
        return (
            self.relevant(profile)
            and all(label.kind == "demand" and not label.scam for label in self.labels)
            and any(label.eligible[profile] != "not_eligible" for label in self.labels)
        )


def precision_at(relevance: list[bool], k: int) -> float | None:
    """Share of relevant leads among the first k judged leads (fewer when fewer exist)."""
    top = relevance[:k]
    return sum(top) / len(top) if top else None


def irrelevant_above_relevant(relevance: list[bool]) -> int:
    """How many irrelevant leads rank above the lowest-ranked relevant one."""
    if True not in relevance:
        return 0
    last = len(relevance) - 1 - relevance[::-1].index(True)
    return sum(not r for r in relevance[:last])


@dataclass
class RankingScore:
    """How one profile's default ranking holds up against the labels."""

    profile: str
    relevant: int = 0  # judged leads relevant to the profile
    belongs: int = 0  # of them, those the default ranking should hold
    ranked_judged: int = 0
    p10: float | None = None
    p20: float | None = None
    unjudged_in_top20: int = 0  # unlabelled leads ranked among the first 20 judged ones
    inversions: int = 0
    left_out: Counter[str] = field(default_factory=Counter)  # reason -> belonging leads
    rightly_out: int = 0  # relevant leads the labels keep out too

    @property
    def enough(self) -> bool:
        """Whether the data holds ten or more leads to fill a top ten."""
        return self.belongs >= 10

    @property
    def met(self) -> bool:
        if self.enough:
            return self.p10 is not None and self.p10 >= TARGET_PRECISION
        return self.inversions == 0


def score_ranking(profile: str, leads: list[Lead]) -> RankingScore:
    """Precision@10/@20 over the judged leads in rank order, and who was left out. A
    hit is a lead the ranking should hold (`belongs`): a relevant lead that is a scam,
    supply or out of the profile's reach ranked high is a miss, not a hit, so leaving
    it out is never punished."""
    score = RankingScore(profile)
    ranked = sorted((lead for lead in leads if lead.rank is not None), key=_by_rank)
    relevance: list[bool] = []
    for lead in ranked:
        if lead.labels:
            relevance.append(lead.belongs(profile))
        elif len(relevance) < 20:
            score.unjudged_in_top20 += 1
    score.ranked_judged = len(relevance)
    score.p10, score.p20 = precision_at(relevance, 10), precision_at(relevance, 20)
    score.inversions = irrelevant_above_relevant(relevance)
    for lead in leads:
        if not lead.labels or not lead.relevant(profile):
            continue
        score.relevant += 1
        if lead.belongs(profile):
            score.belongs += 1
            if lead.rank is None:
                score.left_out[lead.excluded_reason or "no reason given"] += 1
        elif lead.rank is None:
            score.rightly_out += 1
    return score


def _by_rank(lead: Lead) -> int:
    return lead.rank or 0


@dataclass(frozen=True)
class SoftFlags:
    """Employers' own postings on which a soft legitimacy flag fires."""

    postings: int
    soft: int  # red flags and no hard flag
    hard: int

    @property
    def share(self) -> float | None:
        return self.soft / self.postings if self.postings else None


def soft_flags(rows: Iterable[tuple[str, list[str] | None, bool | None]]) -> SoftFlags:
    """(source, red_flags, has_hard_flag) of every posting; only employers' own sources count."""
    postings = soft = hard = 0
    for source, red_flags, has_hard in rows:
        if source not in EMPLOYERS:
            continue
        postings += 1
        if has_hard:
            hard += 1
        elif red_flags:
            soft += 1
    return SoftFlags(postings, soft, hard)
