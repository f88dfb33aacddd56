"""Floors in the user's unit: a piece floor judges only rates paid by the same piece."""

from __future__ import annotations

import pytest

from extractors._contract import Posting
from warehouse.ranking.features import understand
from warehouse.ranking.floors import piece_unit
from warehouse.ranking.profile import Profile, RankingSettings, RateFloor

TRANSLATOR = Profile(
    skills=("translation",), currency="EUR", min_hourly_rate=45.0,
    piece_floors=(RateFloor(0.12, "word"), RateFloor(1.2, "line")),
)  # fmt: skip


@pytest.mark.parametrize(
    ("text", "floor", "said"),
    [
        ("We pay €0.08 per source word for UI strings.", "below", "per word; EUR"),
        ("Honorar: 0,14 € pro Wort.", "above", "per word; EUR"),
        ("Tarif : 0,13 € le mot.", "above", "per word; EUR"),
        ("Vergütung 1,10 € pro Normzeile.", "below", "per line; EUR"),
        # $0.12 is about €0.11
        ("$0.12 per word, ongoing.", "below", "per word; USD→EUR at 0.9259"),
        # look-alikes: no floor of that piece (named, not judged), or no piece at all
        ("EUR 3.50 per runtime minute.", None, "per minute; EUR"),
        ("$25 per article of 500 words.", None, None),
        ("€40 per hour for post-editing.", "below", "per hour; EUR"),
    ],
)
def test_a_piece_rate_meets_the_floor_of_its_own_piece(
    text: str, floor: str | None, said: str | None
) -> None:
    posting = Posting("t", "1", "https://x.ex", title="Translator EN>DE", text=text)
    features = understand(posting, TRANSLATOR, RankingSettings())
    assert (features.rate_vs_floor, features.rate_conversion) == (floor, said)


@pytest.mark.parametrize(
    ("raw", "unit"),
    [("0,12 € le mot", "word"), ("4 € pro Normseite", "page"), ("$30 per video", None),
     ("EUR 3.50/min", "minute"), ("$5 per wordpress post", None)],
)  # fmt: skip
def test_the_piece_is_read_from_the_rates_own_words(raw: str, unit: str | None) -> None:
    assert piece_unit(raw) == unit
