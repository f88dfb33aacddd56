"""A kana reading in romaji as its owner writes their name in Latin letters."""

from __future__ import annotations

import pytest

from warehouse.network.romaji import romaji


@pytest.mark.parametrize(
    ("reading", "expected"),
    [
        ("けんた さとう", "kenta sato"),  # long vowels dropped, as passports drop them
        ("さとう\u3000けんた", "sato kenta"),  # an ideographic space between the names
        ("ハナコ サトウ", "hanako sato"),  # katakana, as older address books write it
        ("おおの しょうへい", "ono shohei"),
        ("はっとり ゆうき", "hattori yuki"),  # a small tsu doubles the consonant
        ("じゅんいち", "junichi"),
        ("きょうこ", "kyoko"),
        ("メアリー", "meari"),  # the long vowel mark is dropped
    ],
)
def test_a_kana_reading_is_hepburn_romaji(reading: str, expected: str) -> None:
    assert romaji(reading) == expected


@pytest.mark.parametrize("reading", [None, "", "Kenta", "たなか 太郎"])
def test_a_reading_not_all_kana_gives_none(reading: str | None) -> None:
    assert romaji(reading) is None
