"""`languages_needed`: what a posting asks of the user's languages, in words."""

from __future__ import annotations

from warehouse.ranking.profile import languages_needed


def test_required_and_preferred_languages_are_named() -> None:
    assert languages_needed(["de", "en"], ["fr"]) == "requires German, English; prefers French"


def test_only_preferred() -> None:
    assert languages_needed([], ["es"]) == "prefers Spanish"


def test_nothing_asked_is_none() -> None:
    assert languages_needed([], []) is None
    assert languages_needed(None, None) is None


def test_a_code_without_a_name_is_kept_as_the_code() -> None:
    assert languages_needed(["xx"], None) == "requires xx"
