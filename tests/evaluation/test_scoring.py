"""evaluation.scoring: field rules, precision@k and the ranking checks on tiny label sets."""

from __future__ import annotations

from collections import Counter

import pytest

from evaluation.labels import Label, Rate
from evaluation.scoring import (
    Lead,
    Miss,
    equal,
    flagged,
    irrelevant_above_relevant,
    precision_at,
    same_engagement,
    same_rate,
    same_regions,
    same_scope,
    score_field,
    score_ranking,
    soft_flags,
)


def _label(
    item: str,
    *,
    relevant: bool = True,
    kind: str = "demand",
    scam: bool = False,
    eligible: str = "eligible",
) -> Label:
    return Label(
        file="hn.json", id=item, kind=kind, engagement=frozenset(), remote_scope="anywhere",
        remote_regions=frozenset(), eligible={"p": eligible}, rate=None, scam=scam,
        relevant={"p": relevant},
    )  # fmt: skip


def test_score_field_counts_agreement_and_keeps_the_misses() -> None:
    pairs = [(("f", "1"), "demand", "demand"), (("f", "2"), "supply", "demand"),
             (("f", "3"), "demand", "demand"), (("f", "4"), "demand", "demand")]  # fmt: skip
    score = score_field("kind", pairs, equal)
    assert (score.n, score.correct, score.accuracy) == (4, 3, 0.75)
    assert score.misses == [Miss(("f", "2"), "supply", "demand")]
    assert score_field("kind", [], equal).accuracy is None


@pytest.mark.parametrize(
    ("offered", "got", "right"),
    [
        (set(), "unknown", True),
        (set(), None, True),
        (set(), "full_time", False),
        ({"full_time"}, "full_time", True),
        ({"full_time", "contract"}, "contract", True),  # the freelance-ish way in wins
        ({"full_time", "contract"}, "full_time", False),
        ({"contract", "part_time"}, "part_time", True),
        ({"freelance"}, "contract", False),
        ({"contract"}, "unknown", False),
    ],
)
def test_engagement_is_one_value_against_the_offered_set(
    offered: set[str], got: str | None, right: bool
) -> None:
    assert same_engagement(frozenset(offered), got) is right


def test_scope_unknown_is_null_and_regions_compare_as_sets() -> None:
    assert same_scope("unknown", None)
    assert not same_scope("anywhere", None)
    assert same_scope("region", "region")
    assert same_regions(frozenset({"US", "CA"}), ["CA", "US"])
    assert same_regions(frozenset({"UK", "Europe"}), ["GB", "Europe"])
    assert same_regions(frozenset({"UTC-3..UTC+2"}), ["UTC-3..UTC+2"])
    assert not same_regions(frozenset({"US", "CA"}), ["North America"])
    assert not same_regions(frozenset({"EU"}), None)


def test_rate_needs_amounts_period_and_currency() -> None:
    hourly = Rate(90.0, 110.0, "hour", "EUR")
    assert same_rate(hourly, (90, 110.004, "hour", "EUR"))
    assert not same_rate(hourly, (90, 110, "day", "EUR"))
    assert not same_rate(hourly, (90, 110, "hour", "USD"))
    assert not same_rate(hourly, (90, None, "hour", "EUR"))
    # no period stated: the amounts stay, the period stays empty
    assert same_rate(Rate(120000.0, 150000.0, None, "USD"), (120000, 150000, None, "USD"))
    assert not same_rate(Rate(120000.0, 150000.0, None, "USD"), (None, None, None, None))
    assert same_rate(None, (None, None, None, None))
    assert not same_rate(None, (100, 100, "hour", "USD"))
    assert same_rate(Rate(None, 90.0, "hour", "USD"), (None, 90, "hour", "USD"))  # up to $90/h


def test_flagged_is_a_hard_flag_or_legitimacy_below_the_floor() -> None:
    assert flagged(True, 0.9, 0.5)
    assert flagged(False, 0.4, 0.5)
    assert not flagged(False, 0.5, 0.5)
    assert not flagged(None, None, 0.5)


def test_precision_at_k_over_the_judged_leads() -> None:
    relevance = [True, True, False, True, False]
    assert precision_at(relevance, 2) == 1.0
    assert precision_at(relevance, 4) == 0.75
    assert precision_at(relevance, 10) == 0.6  # fewer than k judged: over those there are
    assert precision_at([], 10) is None


@pytest.mark.parametrize(
    ("relevance", "above"),
    [
        ([True, True, False, False], 0),
        ([False, True], 1),
        ([True, False, True, False, False], 1),
        ([False, False, True, True, False], 2),
        ([False, False], 0),
        ([], 0),
    ],
)
def test_irrelevant_leads_above_the_last_relevant_one(relevance: list[bool], above: int) -> None:
    assert irrelevant_above_relevant(relevance) == above


def test_score_ranking_judges_labelled_leads_and_explains_who_is_left_out() -> None:
    leads = [
        Lead("L1", 1, (_label("1"),)),
        Lead("L2", 2, ()),  # unlabelled: skipped, counted
        Lead("L3", 3, (_label("3", relevant=False),)),
        Lead("L4", 4, (_label("4"), _label("4b", relevant=False))),  # any member relevant
        Lead("L5", None, (_label("5"),), "flagged: free-mail contact"),
        Lead("L6", None, (_label("6"),), "not eligible"),
        Lead("L7", None, (_label("7", eligible="not_eligible"),), "not eligible"),
        Lead("L8", None, (_label("8", scam=True),), "flagged: fee to start"),
        Lead("L9", None, (_label("9", kind="supply"),), "supply"),
        Lead("L10", None, (_label("10", relevant=False),), "not eligible"),
    ]
    score = score_ranking("p", leads)
    assert score.ranked_judged == 3
    assert score.unjudged_in_top20 == 1
    assert score.p10 == pytest.approx(2 / 3)
    assert score.inversions == 1  # L3 above L4
    assert (score.relevant, score.belongs) == (7, 4)
    # relevant leads the labels say belong in the ranking, but the ranking left out
    assert score.left_out == Counter({"flagged: free-mail contact": 1, "not eligible": 1})
    assert score.rightly_out == 3  # not eligible, a scam, a supply post
    assert not score.enough
    assert not score.met  # fewer than ten: judged on the inversion


def test_a_relevant_lead_the_ranking_should_not_hold_is_no_hit() -> None:
    leads = [
        Lead("L1", 1, (_label("1", eligible="not_eligible"),)),  # relevant, out of reach
        Lead("L2", 2, (_label("2", kind="supply"),)),  # relevant, a competitor
        Lead("L3", 3, (_label("3"),)),
    ]
    score = score_ranking("p", leads)
    assert score.p10 == pytest.approx(1 / 3)
    assert score.inversions == 2  # both rank above the one hit


def test_ten_relevant_leads_are_judged_on_precision_at_ten() -> None:
    good = [Lead(f"G{i}", i, (_label(f"g{i}"),)) for i in range(1, 9)]
    bad = [Lead(f"B{i}", 8 + i, (_label(f"b{i}", relevant=False),)) for i in range(1, 3)]
    late = [Lead(f"G{i}", 10 + i, (_label(f"g{i}"),)) for i in range(9, 12)]
    score = score_ranking("p", good + bad + late)
    assert score.enough
    assert score.p10 == 0.8
    assert score.p20 == pytest.approx(11 / 13)
    assert score.met
    demoted = Lead("G8", 8, (_label("g8", relevant=False),))  # the eighth was not relevant
    worse = score_ranking("p", [*good[:7], demoted, *bad, *late])
    assert worse.p10 == 0.7
    assert not worse.met


def test_soft_flags_count_only_employers_own_boards() -> None:
    rows = [
        ("greenhouse", [], False),
        ("greenhouse", ["free-mail contact"], False),
        ("lever", None, False),
        ("ashby", ["fee to start", "urgency"], True),
        ("hackernews", ["free-mail contact"], False),
    ]
    flags = soft_flags(rows)
    assert (flags.postings, flags.soft, flags.hard) == (4, 1, 1)
    assert flags.share == 0.25
    assert soft_flags([]).share is None
