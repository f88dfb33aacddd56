"""The labels joined to what the warehouse concluded, scored field by field and
profile by profile (the scoring rules are in `evaluation.scoring`)."""

from __future__ import annotations

from dataclasses import dataclass, field

from evaluation.labels import EvalProfile, Label
from evaluation.run import Measured, SourceKey
from evaluation.scoring import (
    FieldScore,
    Key,
    Lead,
    RankingScore,
    SoftFlags,
    equal,
    flagged,
    same_engagement,
    same_rate,
    same_regions,
    same_scope,
    score_field,
    score_ranking,
    soft_flags,
)


@dataclass
class Joined:
    """Labels matched to warehouse postings, and those that found none."""

    found: dict[Key, tuple[Label, SourceKey]] = field(default_factory=dict)
    unserved: list[Label] = field(default_factory=list)  # file or id not in the data
    not_produced: list[Label] = field(default_factory=list)  # served, but no posting


def join(labels: list[Label], measured: Measured) -> Joined:
    """Each label's (source, source_id): the file's source and the item's own id."""
    source_of = {name: s.source for s in measured.plan.served for name in s.items}
    ids_of = {name: set(ids) for s in measured.plan.served for name, ids in s.items.items()}
    joined = Joined()
    for label in labels:
        if label.id not in ids_of.get(label.file, ()):
            joined.unserved.append(label)
            continue
        key = (source_of[label.file], label.id)
        if key in measured.postings:
            joined.found[(label.file, label.id)] = (label, key)
        else:
            joined.not_produced.append(label)
    return joined


def field_scores(
    joined: Joined, measured: Measured, profiles: list[EvalProfile], floor: float
) -> list[FieldScore]:
    """Every posting-level field, and eligibility once per profile."""
    rows = [(k, label, measured.postings[key]) for k, (label, key) in joined.found.items()]
    scores = [
        score_field("kind", ((k, lab.kind, r["kind"]) for k, lab, r in rows), equal),
        score_field(
            "engagement",
            ((k, lab.engagement, r["engagement"]) for k, lab, r in rows),
            same_engagement,
        ),
        score_field(
            "remote_scope",
            ((k, lab.remote_scope, r["remote_scope"]) for k, lab, r in rows),
            same_scope,
        ),
        score_field(
            "remote_regions",
            (
                (k, lab.remote_regions, r["remote_regions"])
                for k, lab, r in rows
                if lab.remote_scope == "region"
            ),
            same_regions,
        ),
        score_field(
            "rate",
            (
                (k, lab.rate, (r["rate_min"], r["rate_max"], r["rate_period"], r["currency"]))
                for k, lab, r in rows
            ),
            same_rate,
        ),
        score_field(
            "scam",
            (
                (k, lab.scam, flagged(r["has_hard_flag"], r["legitimacy"], floor))
                for k, lab, r in rows
            ),
            equal,
        ),
    ]
    for entry in profiles:
        verdicts = measured.eligibility[entry.name]
        scores.append(
            score_field(
                f"eligibility[{entry.name}]",
                (
                    (k, lab.eligible[entry.name], verdicts[key])
                    for k, (lab, key) in joined.found.items()
                ),
                equal,
            )
        )
    return scores


def ranking_scores(
    joined: Joined, measured: Measured, profiles: list[EvalProfile]
) -> list[RankingScore]:
    """Each profile's default ranking against the relevance labels."""
    label_of = {key: label for label, key in joined.found.values()}
    scores = []
    for entry in profiles:
        leads = [
            Lead(
                row.lead_id,
                row.rank,
                tuple(label_of[m] for m in row.members if m in label_of),
                row.reason,
            )
            for row in measured.leads[entry.name]
        ]
        scores.append(score_ranking(entry.name, leads))
    return scores


def ats_soft_flags(measured: Measured) -> SoftFlags:
    return soft_flags(
        (r["source"], r["red_flags"], r["has_hard_flag"]) for r in measured.postings.values()
    )
