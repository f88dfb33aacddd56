"""Pairwise precision and recall, on cases small enough to count by hand."""

import pytest

from benchmarks.corpus import Truth
from benchmarks.quality import by_edit, pair_scores

# three jobs: A posted three times, B twice, C once
TRUTH = {("gh", "a1"): "A", ("lever", "a2"): "A", ("hn", "a3"): "A",
         ("gh", "b1"): "B", ("remotive", "b2"): "B", ("gh", "c1"): "C"}  # fmt: skip


def test_a_perfect_grouping_scores_one() -> None:
    found = pair_scores(dict(TRUTH), TRUTH)
    assert (found.precision, found.recall, found.true) == (1.0, 1.0, 4)


def test_a_split_costs_recall_and_a_wrong_merge_costs_precision() -> None:
    # a3 left alone (misses a1-a3, a2-a3); C merged into B (b1-c1, b2-c1 are wrong)
    leads = {("gh", "a1"): 1, ("lever", "a2"): 1, ("hn", "a3"): 2,
             ("gh", "b1"): 3, ("remotive", "b2"): 3, ("gh", "c1"): 3}  # fmt: skip
    found = pair_scores(leads, TRUTH)
    # true pairs: a1a2 a1a3 a2a3 b1b2 = 4; predicted: a1a2 b1b2 b1c1 b2c1 = 4; correct: 2
    assert (found.true, found.predicted, found.correct) == (4, 4, 2)
    assert found.precision == pytest.approx(0.5) and found.recall == pytest.approx(0.5)


def test_a_posting_missing_from_the_leads_is_a_lead_of_its_own() -> None:
    leads = {key: 0 for key in TRUTH if key != ("hn", "a3")}  # everything else in one lead
    found = pair_scores(leads, TRUTH)
    # predicted: C(5, 2) = 10 pairs, of which a1a2 and b1b2 are true
    assert (found.predicted, found.correct) == (10, 2)
    assert found.recall == pytest.approx(2 / 4)


def test_nothing_to_find_is_perfect() -> None:
    alone = {("gh", "x"): "X", ("gh", "y"): "Y"}
    assert pair_scores({}, alone).precision == pair_scores({}, alone).recall == 1.0


def test_by_edit_counts_reposts_and_look_alikes() -> None:
    truth = [
        Truth("gh", "1", 1, "original", "", None, None, "base"),
        Truth("lever", "2", 1, "repost", "developer_engineer,reworded", None, None, "base"),
        Truth("hn", "3", 1, "repost", "title_spam", None, None, "base"),
        Truth("gh", "4", 2, "original", "", 1, "other_level", "base"),
    ]
    leads = {("gh", "1"): "L1", ("lever", "2"): "L1", ("hn", "3"): "L2", ("gh", "4"): "L1"}
    tally = by_edit(leads, truth)
    assert tally["developer_engineer"] == (1, 1) and tally["reworded"] == (1, 1)
    assert tally["title_spam"] == (0, 1)
    assert tally["other_level"] == (1, 1)  # the Junior job was merged into the Senior one
    assert tally["other_city"] == (0, 0)
