"""`python -m benchmarks.same_readers --against REF`: the readers answer as at git
revision REF, posting for posting, and how fast each is.

A speed-up of `warehouse.ranking` must not change a single output. This reads the
seeded benchmark corpus (`--size` postings, with the hot-path benchmark's adversarial
texts) and every real posting (`../shared/real-postings` served on loopback to the real
extractors, as `make eval` does), runs `understand` for each profile (the benchmark's
and those of `evaluation/profiles.toml`) and `assess` once on each, in a fresh
process of this checkout and one of a `git worktree` of REF; then compares every Features and
Assessment field. It prints CPU microseconds per posting of both (the best of
`--repeat` runs, taken in turns: other work on the machine slows some down), and the
first differences; exit 1 when any differ.

Each process runs this file with its checkout's packages first on its path, so at
module level it imports nothing of ours.
"""

from __future__ import annotations

import argparse
import importlib
import inspect
import os
import pickle
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import asdict
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from extractors._contract import Posting
    from warehouse.ranking.legitimacy import Assessment
    from warehouse.ranking.profile import Profile

REPO = Path(__file__).resolve().parent.parent
Read = tuple[list[Any], dict[str, float]]  # answers per posting; CPU µs per posting


def assess_posting(p: Posting) -> Assessment:
    """`assess` on a posting as `warehouse.features` calls it."""
    from extractors import is_summary, provenance
    from warehouse.ranking.legitimacy import assess

    return assess(
        title=p.title, company=p.company, text=p.text, url=p.url, apply_url=p.apply_url,
        poster=p.poster, provenance=provenance(p.source), summary=is_summary(p.source),
    )  # fmt: skip


def read(postings: list[Posting], profiles: list[Profile]) -> Read:
    """Every posting's Features for each profile and its Assessment, as plain data, and
    the CPU time of each reader per posting (the settings are the defaults)."""
    from extractors import is_remote_board, is_summary
    from warehouse.ranking.features import understand
    from warehouse.ranking.profile import RankingSettings

    importlib.import_module("warehouse.ranking.legitimacy")  # compiled before the clock
    # and the sources looked up (their first lookup imports them); a scam rule compiles
    # when a text first holds its anchors: each posting assessed once, untimed, so the
    # clock reads the readers, not their one-off start
    for p in postings:
        assess_posting(p)
    settings = RankingSettings()
    # as `warehouse.features` calls it; a revision before `summary` reads no such flag
    cards = "summary" in inspect.signature(understand).parameters
    kinds = [
        {"remote_board": is_remote_board(p.source)}
        | ({"summary": is_summary(p.source)} if cards else {})
        for p in postings
    ]
    started = time.process_time()
    features = [
        [asdict(understand(p, prof, settings, **kind)) for prof in profiles]
        for p, kind in zip(postings, kinds, strict=True)
    ]
    middle = time.process_time()
    assessed = [asdict(assess_posting(p)) for p in postings]
    ended = time.process_time()
    per = 1e6 / max(1, len(postings))
    timing = {
        "understand": (middle - started) * per / max(1, len(profiles)),
        "assess": (ended - middle) * per,
    }
    return list(zip(features, assessed, strict=True)), timing


def inputs(size: int, real: Path | None) -> list[Posting]:
    """The benchmark corpus, the adversarial texts and the real postings, if found."""
    from benchmarks.corpus import Corpus
    from benchmarks.hotpaths import ADVERSARIAL
    from extractors._contract import Posting

    corpus = [p for chunk in Corpus(size).chunks() for p, _ in chunk][:size]
    adversarial = [Posting("bench", "adversarial", "https://x.example", text=ADVERSARIAL)]
    return [*corpus, *adversarial, *(_real_postings(real) if real else [])]


def _real_postings(folder: Path) -> list[Posting]:
    from evaluation.formats import serve_folder
    from evaluation.run import run_sources
    from leads.demo.server import SnapshotServer

    with tempfile.TemporaryDirectory(prefix="warmleads-same-") as served:
        plan = serve_folder(folder, Path(served))
        with SnapshotServer(root=Path(served)) as server:
            return [
                parsed.posting
                for _, result in run_sources(plan, server.base_url)
                for parsed in result.postings
            ]


def profiles() -> list[Profile]:
    from benchmarks.steps import PROFILE
    from evaluation.labels import load_profiles

    return [PROFILE, *(entry.profile for entry in load_profiles())]


@contextmanager
def checkout(ref: str | None) -> Iterator[Path]:
    """A folder holding git revision `ref` (a temporary worktree), or this checkout."""
    if ref is None:
        yield REPO
        return
    git = ["git", "-C", str(REPO)]
    with tempfile.TemporaryDirectory(prefix="warmleads-ref-") as folder:
        tree = Path(folder) / "tree"
        subprocess.run([*git, "worktree", "add", "--detach", "-q", str(tree), ref], check=True)
        try:
            yield tree
        finally:
            subprocess.run([*git, "worktree", "remove", "--force", str(tree)], check=True)


def read_in(root: Path, postings: list[Posting], profiles: list[Profile]) -> Read:
    """What the readers of the checkout at `root` answer, in a fresh process: each side
    timed alike, without this process's imports and data."""
    with tempfile.TemporaryDirectory(prefix="warmleads-read-") as folder:
        given, answers = Path(folder) / "in", Path(folder) / "out"
        given.write_bytes(pickle.dumps((postings, profiles)))
        subprocess.run(
            [sys.executable, __file__, "--read", str(given), str(answers)],
            cwd=root,
            env={**os.environ, "PYTHONPATH": str(root)},
            check=True,
        )
        found: Read = pickle.loads(answers.read_bytes())  # noqa: S301 - our own file
        return found


def compare(
    ref: str, postings: list[Posting], profiles: list[Profile], repeat: int
) -> tuple[Read, Read]:
    """This checkout's and `ref`'s answers, and each side's best time over `repeat`
    runs taken in turns, so that a busy spell on the machine slows both alike."""
    runs: dict[str | None, list[Read]] = {None: [], ref: []}
    with checkout(None) as here, checkout(ref) as there:
        for _ in range(max(1, repeat)):
            for side, root in ((None, here), (ref, there)):
                runs[side].append(read_in(root, postings, profiles))

    def best(side: str | None) -> Read:
        timings = [timing for _, timing in runs[side]]
        return runs[side][0][0], {k: min(t[k] for t in timings) for k in timings[0]}

    return best(None), best(ref)


def differences(postings: list[Posting], ours: list[Any], theirs: list[Any]) -> list[str]:
    """One line per posting whose answers differ: which fields, ours against theirs."""
    lines = []
    for posting, (mine, old) in zip(postings, zip(ours, theirs, strict=True), strict=True):
        if mine == old:
            continue
        (features, assessed), (old_features, old_assessed) = mine, old
        changed = [
            f"profile {i} {key}: {new[key]!r} (was {was.get(key)!r})"
            for i, (new, was) in enumerate(zip(features, old_features, strict=True))
            for key in new
            if key in was and new[key] != was[key]  # a field new here has no answer there
        ]
        if assessed != old_assessed:
            changed.append(f"assessment: {assessed!r} (was {old_assessed!r})")
        if not changed:
            continue
        lines.append(f"{posting.source} {posting.source_id}: " + "; ".join(changed[:3]))
    return lines


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.same_readers")
    parser.add_argument("--against", default="main", help="git revision (default: main)")
    parser.add_argument("--size", type=int, default=3000, help="benchmark postings")
    parser.add_argument("--real", type=Path, help="real postings (default: ../shared/...)")
    parser.add_argument(
        "--repeat", type=int, default=3, help="timed runs of each side, in turns; the best kept"
    )
    parser.add_argument("--read", nargs=2, type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.read:  # the second process: answer with the packages on PYTHONPATH
        postings, with_profiles = pickle.loads(args.read[0].read_bytes())  # noqa: S301
        args.read[1].write_bytes(pickle.dumps(read(postings, with_profiles)))
        return 0
    real = args.real or REPO.parent / "shared" / "real-postings"
    if not real.is_dir():
        real = REPO.parent.parent / "shared" / "real-postings"
    postings = inputs(args.size, real if real.is_dir() else None)
    with_profiles = profiles()
    (ours, our_time), (theirs, their_time) = compare(
        args.against, postings, with_profiles, args.repeat
    )
    print(f"{len(postings):,} postings x {len(with_profiles)} profiles, CPU µs per posting")
    for name in ("understand", "assess"):
        print(f"  {name:10} {args.against}: {their_time[name]:7.1f}   here: {our_time[name]:7.1f}")
    both = sum(their_time.values()), sum(our_time.values())
    print(f"  {'both':10} {args.against}: {both[0]:7.1f}   here: {both[1]:7.1f}")
    if added := sorted(set(ours[0][0][0]) - set(theirs[0][0][0])) if ours else []:
        print(f"  new fields, not compared: {', '.join(added)}")
    found = differences(postings, ours, theirs)
    for line in found[:20]:
        print("  differs:", line)
    print(f"{len(found)} of {len(postings):,} postings answered differently")
    return 1 if found else 0


if __name__ == "__main__":
    sys.exit(main())
