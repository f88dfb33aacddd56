"""The evaluation printed: sources, per-field accuracy, per-profile ranking, verdicts.

Only ids, labels and derived values are printed, never a posting's text; values that
come from the readers still pass through `leads._terminal` like any outside text.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from rich.console import Console
from rich.table import Table

from evaluation.compare import Joined
from evaluation.labels import EvalProfile, Label, Rate
from evaluation.run import Measured
from evaluation.scoring import (
    EMPLOYERS,
    TARGET_ACCURACY,
    TARGET_PRECISION,
    TARGET_SOFT_SHARE,
    FieldScore,
    RankingScore,
    SoftFlags,
)
from leads._terminal import cell, markup


@dataclass(frozen=True)
class Verdict:
    target: str
    met: bool
    detail: str


def _pct(value: float | None) -> str:
    return "—" if value is None else f"{value:.1%}"


def _num(value: float | None) -> str:
    return "—" if value is None else f"{value:.2f}"


def show_sources(console: Console, data: Path, measured: Measured, labels: list[Label]) -> None:
    """Per served file: its source, items, labels; per source: postings, skips, status."""
    console.print(f"[bold]Real postings[/]: {markup(data)}")
    labelled = Counter(label.file for label in labels)
    runs = {run.source: run for run in measured.sources}
    files = Table("file", "source", "items", "labelled", box=None)
    sources = Table("source", "postings", "skipped", "status", box=None)
    for served in measured.plan.served:
        for name, ids in served.items.items():
            files.add_row(cell(name), served.source, str(len(ids)), str(labelled[name]))
        run = runs[served.source]
        skipped = ", ".join(f"{k} {v}" for k, v in sorted(run.skipped.items())) or "—"
        sources.add_row(served.source, str(run.postings), skipped, run.status)
    files.add_row("all", "", "", str(sum(labelled.values())))
    console.print(files)
    console.print(sources)
    for run in measured.sources:
        for error in run.errors:
            console.print(f"  [red]{run.source}[/]: {markup(error)}")
    not_read = {**measured.plan.skipped}
    for served in measured.plan.served:
        not_read |= served.not_read
    for name, why in sorted(not_read.items()):
        console.print(f"  not read: {markup(name)}: {markup(why)}")


def show_joined(console: Console, joined: Joined, verbose: bool) -> None:
    console.print(
        f"\nlabelled postings in the warehouse: {len(joined.found)}; "
        f"labelled but not produced by the extractor: {len(joined.not_produced)}; "
        f"labels naming no served item: {len(joined.unserved)}"
    )
    if verbose:
        for label in joined.not_produced + joined.unserved:
            console.print(f"  {markup(label.file)} {markup(label.id)}")


def _show(value: Any) -> str:
    if isinstance(value, frozenset):
        return "[" + ", ".join(sorted(value)) + "]"
    if isinstance(value, Rate):
        return f"{value.min}-{value.max} {value.currency}/{value.period}"
    if isinstance(value, tuple) and len(value) == 4:
        low, high, period, currency = value
        return "none" if low is None and high is None else f"{low}-{high} {currency}/{period}"
    if isinstance(value, list):
        return "[" + ", ".join(map(str, value)) + "]"
    return str(value)


def show_fields(console: Console, scores: list[FieldScore], verbose: bool) -> None:
    table = Table(
        "field",
        "labelled",
        "correct",
        "accuracy",
        box=None,
        title_justify="left",
        title="\n[bold]Per field[/] (posting level)",
    )
    for score in scores:
        table.add_row(cell(score.name), str(score.n), str(score.correct), _pct(score.accuracy))
    console.print(table)
    if not verbose:
        console.print("  (--verbose lists every miss: file, id, expected, got)")
        return
    for score in scores:
        for miss in score.misses:
            file, item = miss.key
            console.print(
                cell(
                    f"  {score.name}: {file} {item}: expected "
                    f"{_show(miss.expected)}, got {_show(miss.got)}"
                )
            )


def show_rankings(
    console: Console, scores: list[RankingScore], profiles: list[EvalProfile]
) -> None:
    about = {entry.name: entry.description for entry in profiles}
    console.print("\n[bold]Per profile[/] (why a lead is out: ranked_leads.excluded_reason)")
    for score in scores:
        console.print(f"\n[bold]Profile {score.profile}[/]: {markup(about[score.profile])}")
        console.print(
            f"  relevant leads in the data: {score.relevant}; of them the default ranking "
            f"should hold (demand, no scam, a place the profile may take): {score.belongs}"
        )
        console.print(
            f"  precision@10 {_num(score.p10)}, @20 {_num(score.p20)} (a hit: a lead it "
            f"should hold) over "
            f"{score.ranked_judged} labelled leads in the default ranking"
            + (
                f" ({score.unjudged_in_top20} unlabelled leads ranked among the first 20)"
                if score.unjudged_in_top20
                else ""
            )
        )
        out = sum(score.left_out.values())
        common = sorted(score.left_out.items(), key=lambda item: (-item[1], item[0]))
        reasons = "; ".join(f"{markup(r)}: {n}" for r, n in common)
        console.print(
            f"  relevant leads left out of the default ranking: {out} of {score.belongs}"
            + (f" ({reasons})" if reasons else "")
        )
        console.print(
            f"  relevant leads the labels keep out too (supply, scam or not eligible): "
            f"{score.rightly_out}"
        )
        console.print(
            f"  leads it should not hold ranked above the last it should: {score.inversions}"
        )


def show_soft_flags(console: Console, flags: SoftFlags) -> None:
    console.print(
        f"\n[bold]Soft legitimacy flags on employers' own postings[/] "
        f"({', '.join(EMPLOYERS)}): {flags.soft} of {flags.postings} ({_pct(flags.share)}); "
        f"hard flags on them: {flags.hard}"
    )


def verdicts(
    fields: Iterable[FieldScore], rankings: Iterable[RankingScore], flags: SoftFlags
) -> list[Verdict]:
    out = []
    for score in fields:
        met = score.accuracy is not None and score.accuracy >= TARGET_ACCURACY
        out.append(Verdict(f"{score.name} ≥ {TARGET_ACCURACY:.0%}", met, _pct(score.accuracy)))
    for ranked in rankings:
        if ranked.enough:
            target = f"{ranked.profile}: precision@10 ≥ {TARGET_PRECISION}"
            out.append(Verdict(target, ranked.met, f"{_num(ranked.p10)}; {ranked.belongs} leads"))
        else:
            target = f"{ranked.profile}: no irrelevant lead above a relevant one"
            detail = (
                f"{ranked.inversions} above; only {ranked.belongs} relevant leads the ranking "
                f"should hold, {sum(ranked.left_out.values())} of them left out"
            )
            out.append(Verdict(target, ranked.met, detail))
    share = flags.share
    out.append(
        Verdict(
            f"soft flags on employers' postings ≤ {TARGET_SOFT_SHARE:.0%}",
            share is not None and share <= TARGET_SOFT_SHARE,
            _pct(share),
        )
    )
    return out


def show_verdicts(console: Console, found: list[Verdict]) -> None:
    console.print("\n[bold]Verdict[/]")
    for verdict in found:
        word = "[green]met[/]" if verdict.met else "[red]not met[/]"
        console.print(f"  {markup(verdict.target)}: {word} ({markup(verdict.detail)})")
