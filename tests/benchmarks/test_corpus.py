"""The benchmark's corpus: deterministic, cross-source reposts with the edits its truth
names, look-alikes that really are other jobs, truth kept out of the postings."""

import re
from collections import Counter, defaultdict
from pathlib import Path

import pytest

from benchmarks import reference, steps, storage, vocabulary
from benchmarks.corpus import EDITS, NOW, TRAPS, Corpus, Truth
from benchmarks.quality import scores
from extractors._contract import Posting
from extractors.network import import_paths

SIZE, EXTRA = 500, 5


def _items(size: int = SIZE, extra: int = EXTRA, seed: int = 7) -> list[tuple[Posting, Truth]]:
    return [item for chunk in Corpus(size, extra, seed).chunks(97) for item in chunk]


@pytest.fixture(scope="module")
def items() -> list[tuple[Posting, Truth]]:
    return _items()


def _original(items: list[tuple[Posting, Truth]]) -> dict[int, Posting]:
    return {t.job_id: p for p, t in items if t.role == "original"}


LEGAL = sorted((suffix.lower() for suffix, _ in vocabulary.LEGAL if suffix), key=len, reverse=True)


def _squashed(company: str | None) -> str:
    """A company name without case, "The", legal suffix, spaces or punctuation."""
    name = (company or "").lower().removeprefix("the ")
    suffix = next((s for s in LEGAL if name.endswith(s)), "")
    return re.sub(r"[^a-z0-9]", "", name[: len(name) - len(suffix)])


def test_the_same_seed_gives_the_same_corpus(items) -> None:
    assert _items() == items
    assert _items(seed=8) != items


def test_sizes_keys_and_the_held_back_share(items) -> None:
    assert len(items) == SIZE + EXTRA
    assert Counter(t.batch for _, t in items) == {"base": SIZE, "new": EXTRA}
    keys = [(p.source, p.source_id) for p, _ in items]
    assert len(set(keys)) == len(keys)
    assert all((p.source, p.source_id) == (t.source, t.source_id) for p, t in items)


def test_about_fifteen_percent_are_cross_source_reposts(items) -> None:
    reposts = [(p, t) for p, t in items if t.role == "repost"]
    assert 0.10 <= len(reposts) / len(items) <= 0.20
    sources_of: dict[int, list[str]] = defaultdict(list)
    for p, t in items:
        sources_of[t.job_id].append(p.source)
    assert all(len(set(s)) == len(s) for s in sources_of.values())  # never twice on one source
    assert all(t.edits for _, t in reposts)
    known = {*EDITS, "links_original"}
    assert {e for _, t in reposts for e in t.edits.split(",")} <= known


def test_each_edit_is_what_the_truth_says(items) -> None:
    original = _original(items)
    seen = Counter()
    for p, t in items:
        if t.role != "repost":
            continue
        first = original[t.job_id]
        edits = set(t.edits.split(","))
        seen.update(edits)
        if "developer_engineer" in edits:
            role = re.compile(r"\b(developer|engineer)\b", re.IGNORECASE)
            words = [[w.lower() for w in role.findall(x or "")] for x in (first.title, p.title)]
            assert words[0] != words[1], (first.title, p.title)
        if "company_spacing" in edits:
            assert _squashed(first.company) == _squashed(p.company)
            assert first.company != p.company
        if "links_original" in edits:
            assert p.apply_url == first.url
        if "title_spam" in edits:
            assert re.search(
                r"urgent|hiring now|remote|apply today|immediate|top pay|!!", p.title or "", re.I
            )
    assert {"reworded", "location_variant", "company_spacing"} <= set(seen)


def test_look_alikes_are_other_jobs_that_look_alike(items) -> None:
    original = _original(items)
    kinds = Counter()
    for p, t in items:
        if t.role != "original" or t.trap_kind is None:
            continue
        kinds[t.trap_kind] += 1
        assert t.trap_kind in TRAPS and t.trap_of != t.job_id
        imitated = original[t.trap_of]
        if t.trap_kind == "other_company":
            assert _squashed(p.company) != _squashed(imitated.company)
        if t.trap_kind == "other_level":
            levels = [
                set(re.findall(r"Senior|Sr\.|Junior|Jr\.", x or ""))
                for x in (imitated.title, p.title)
            ]
            assert levels[0] != levels[1]
    assert kinds["other_company"] and kinds["other_level"]


def test_postings_read_like_postings(items) -> None:
    pages = [p for p, _ in items if p.source in ("greenhouse", "lever", "ashby")]
    words = sorted(len(p.text.split()) for p in pages)
    assert words[len(words) // 2] >= 180  # a few hundred words, in paragraphs and lists
    assert all("\n\n" in p.text and "<li>" in (p.html or "") for p in pages)
    assert all(p.posted_at and p.posted_at <= NOW for p, _ in items)
    assert len({p.source for p, _ in items}) >= 10


def test_the_file_keeps_truth_apart_and_the_reference_finds_most_pairs(tmp_path: Path) -> None:
    path = tmp_path / "corpus.duckdb"
    counts = storage.write_corpus(Corpus(SIZE, EXTRA), path)
    assert counts["postings"] == SIZE + EXTRA and counts["held_back"] == EXTRA
    base = [p for chunk in storage.read_postings(path, "base", 100) for p in chunk]
    assert len(base) == SIZE and isinstance(base[0], Posting)
    assert base == [p for p, t in _items() if t.batch == "base"]  # the file round-trips
    truth = storage.read_truth(path)
    found = scores(reference.run(path, ("python", "dbt"), NOW), truth)
    assert found.true > 20
    assert found.precision > 0.8 and found.recall > 0.8


def test_no_employer_posts_one_title_twice_even_when_few_employers_post_much() -> None:
    """Two such jobs would be one to any reader, so the truth could not call their merge
    wrong; at a million postings the largest employers drew every likely title."""
    corpus = Corpus(3000)
    corpus.companies = corpus.companies[:4]  # ~750 jobs each: most likely titles are taken
    corpus.company_weights = [1.0, 2.0, 3.0, 4.0]
    titles = Counter(
        (_squashed(p.company), _title_read(p.title))
        for chunk in corpus.chunks()
        for p, t in chunk
        if t.role == "original" and t.trap_kind is None and p.company
    )
    assert len(titles) > 1000
    assert [key for key, n in titles.items() if n > 1] == []


def _title_read(title: str | None) -> str:
    """A title as readers tell titles apart: "Sr." is "Senior", a Developer an Engineer."""
    low = (title or "").lower().replace("(m/w/d)", "").replace("developer", "engineer")
    return re.sub(r"[^a-z0-9]", "", low.replace("sr.", "senior").replace("jr.", "junior"))


def test_the_network_of_the_benchmark_is_an_export_the_importer_reads(tmp_path: Path) -> None:
    export = tmp_path / "Connections.csv"
    export.write_text(steps._connections(["Acme, Inc.", "Kestrel"], 9), encoding="utf-8")
    result = import_paths([export])
    assert not result.problems and len(result.contacts) == 9
    employers = [c.organisation for c in result.contacts if not c.organisation.startswith("Else")]
    assert len(employers) == 3 and set(employers) <= {"Acme, Inc.", "Kestrel"}
