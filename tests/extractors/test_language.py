"""Which language a posting or a message is written in: Indonesian, Czech and Hungarian
by their own small words, and their neighbours (Slovak, Polish, Romanian) not taken
for them."""

from __future__ import annotations

import pytest

from extractors._language import written_in


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Kami sedang mencari penulis konten lepas untuk blog perusahaan kami. Pengalaman "
         "minimal satu tahun dan bisa bekerja dari rumah.", "id"),
        # Malay shares the small words: read as Indonesian, which its readers read
        ("Syarikat kami sedang mencari jurugambar sambilan untuk acara dan majlis.", "id"),
        ("Hledáme grafika na externí spolupráci. Nabízíme práci z domova a odměnu podle "
         "rozsahu zakázky.", "cs"),
        ("Ahoj Lucie, díky za tip! Jsem teď v Ostravě, ozvu se příští týden.", "cs"),
        ("Tapasztalt tesztelő munkatársat keresünk, aki szeret csapatban dolgozni és "
         "legalább két év tapasztalattal rendelkezik.", "hu"),
        ("Szia Bence! Köszi a segítséget, jövő héten hívlak, ha lenne egy kis időd.", "hu"),
        # neighbours: Slovak, Polish and Romanian are none of the three
        ("Hľadáme skúseného grafika na dlhodobú spoluprácu, ponúkame prácu z domu.", None),
        ("Szukamy grafika do współpracy zdalnej, oferujemy elastyczne godziny pracy.", None),
        ("Căutăm un grafician pentru colaborare pe termen lung, lucru de acasă.", None),
        # English with "Dan", "Ada", "we've" and Arizona's "AZ" stays English
        ("We've hired Dan and Ada to lead the platform team in Phoenix, AZ; you will "
         "work with them.", "en"),
    ],
)  # fmt: skip
def test_indonesian_czech_and_hungarian_are_read_and_their_neighbours_are_not(
    text: str, language: str | None
) -> None:
    assert written_in(text) == language
