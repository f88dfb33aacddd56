"""Dedupe quality against the planted truth: pairwise precision and recall.

A pair of postings is *true* when both are postings of one job, *predicted* when both
land in one lead. Precision = correct / predicted pairs, recall = correct / true pairs.
Traps are different jobs, so a trap merged with its look-alike is a wrong pair.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Hashable, Iterable, Mapping
from dataclasses import dataclass

from benchmarks.corpus import EDITS, TRAPS, Truth

Key = tuple[str, str]  # (source, source_id)


@dataclass(frozen=True)
class PairScores:
    precision: float
    recall: float
    predicted: int  # pairs in one lead
    true: int  # pairs of one job
    correct: int  # both


def _pairs(groups: Iterable[Hashable]) -> int:
    return sum(n * (n - 1) // 2 for n in Counter(groups).values())


def pair_scores(predicted: Mapping[Key, Hashable], truth: Mapping[Key, Hashable]) -> PairScores:
    """Pairwise scores over the postings in `truth`; one missing from `predicted` is a
    lead of its own."""
    keys = list(truth)
    lead = [predicted.get(key, ("alone", key)) for key in keys]
    job = [truth[key] for key in keys]
    found, real = _pairs(lead), _pairs(job)
    correct = _pairs(zip(lead, job, strict=True))
    return PairScores(
        precision=correct / found if found else 1.0,
        recall=correct / real if real else 1.0,
        predicted=found,
        true=real,
        correct=correct,
    )


def scores(predicted: Mapping[Key, Hashable], truth: list[Truth]) -> PairScores:
    return pair_scores(predicted, {(t.source, t.source_id): t.job_id for t in truth})


def by_edit(predicted: Mapping[Key, Hashable], truth: list[Truth]) -> dict[str, tuple[int, int]]:
    """For each edit, (reposts carrying it merged with their original, reposts carrying it);
    and for each trap kind, (look-alikes merged with the job they imitate, look-alikes)."""
    originals = {t.job_id: (t.source, t.source_id) for t in truth if t.role == "original"}
    tally: dict[str, list[int]] = {name: [0, 0] for name in (*EDITS, "links_original", *TRAPS)}
    for t in truth:
        mine = predicted.get((t.source, t.source_id))
        if t.role == "repost" and t.job_id in originals:
            merged = mine is not None and mine == predicted.get(originals[t.job_id])
            for edit in filter(None, t.edits.split(",")):
                tally[edit][0] += merged
                tally[edit][1] += 1
        elif t.role == "original" and t.trap_kind and t.trap_of in originals:
            merged = mine is not None and mine == predicted.get(originals[t.trap_of])
            tally[t.trap_kind][0] += merged
            tally[t.trap_kind][1] += 1
    return {name: (hits, total) for name, (hits, total) in tally.items()}
