"""Every source says who stands behind its postings: the legitimacy score reads it."""

from __future__ import annotations

from typing import get_args

from extractors import provenance, sources
from extractors._contract import Provenance


def test_every_source_declares_a_known_provenance() -> None:
    for name, module in sources().items():
        assert module.PROVENANCE in get_args(Provenance), name


def test_employer_boards_aggregators_and_communities_are_told_apart() -> None:
    by_kind: dict[str, set[str]] = {}
    for name, module in sources().items():
        by_kind.setdefault(module.PROVENANCE, set()).add(name)
    assert {"greenhouse", "lever", "ashby", "jobposting"} <= by_kind["employer"]
    assert {"hackernews", "reddit", "mastodon", "bluesky"} <= by_kind["community"]
    assert {"remotive", "remoteok", "weworkremotely"} <= by_kind["aggregator"]


def test_a_source_not_known_here_has_no_provenance() -> None:
    assert provenance("greenhouse") == "employer"
    assert provenance("a-pasted-posting") is None
