"""`[profile] locations` entries the readers read as no place are named, with a close name."""

from __future__ import annotations

import pytest

from warehouse.ranking.eligibility import unplaced


@pytest.mark.parametrize(
    "entry",
    [
        "EU", "Remote", "UTC+5:30", "Austin, TX", "São Paulo", "DACH", "LATAM", "PT",
        "Lisbon, PT", "US-TX", "Ontario", "GMT-3", "Bengaluru", "CET", "Worldwide",
        "Quezon City", "Makati", "Davao City", "Medan", "Kano", "Multan", "Sylhet", "Giza",
    ],
)  # fmt: skip
def test_a_place_the_readers_know_passes(entry: str) -> None:
    assert unplaced((entry,)) == []


@pytest.mark.parametrize(
    ("entry", "close"),
    [("Bangalroe", "Bangalore"), ("Germnay", "Germany"), ("Califronia", "California")],
)
def test_a_misspelt_place_is_named_with_the_close_one(entry: str, close: str) -> None:
    assert unplaced(("EU", entry)) == [
        f"profile.locations[1]: {entry!r} is no place warmleads knows; did you mean {close!r}?"
    ]


def test_a_time_zones_name_asks_for_an_offset() -> None:
    (line,) = unplaced(("IST",))
    assert line.startswith("profile.locations[0]: 'IST' is no place warmleads knows: a time zone?")
    assert '"UTC+5:30"' in line


def test_a_name_like_no_place_says_what_to_write() -> None:
    (line,) = unplaced(("Mordor",))
    assert "did you mean" not in line
    assert "a country, a bloc" in line


@pytest.mark.parametrize("entry", ["Alexandria", "Hue"])  # of two countries; a word
def test_a_town_of_two_countries_or_a_word_is_no_place_alone(entry: str) -> None:
    assert unplaced((entry,))
