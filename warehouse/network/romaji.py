"""A Japanese name's kana reading in romaji, as its owner writes it in Latin letters.

An address book on a Japanese phone stores a name in kanji (佐藤 健太) with its reading
in kana (さとう けんた), while LinkedIn knows the same person as "Kenta Sato": the
reading, in Hepburn romaji with its long vowels dropped as passports drop them
("satou" is "Sato", "おおの" "Ono"), is the name to compare.
"""

from __future__ import annotations

import re

# each row of the kana table, with its sounds (the small vowels are their vowels)
_ROWS = (
    ("あいうえお", "a i u e o"), ("かきくけこ", "ka ki ku ke ko"),
    ("さしすせそ", "sa shi su se so"),
    ("たちつてと", "ta chi tsu te to"), ("なにぬねの", "na ni nu ne no"),
    ("はひふへほ", "ha hi fu he ho"), ("まみむめも", "ma mi mu me mo"), ("やゆよ", "ya yu yo"),
    ("らりるれろ", "ra ri ru re ro"), ("わをん", "wa o n"), ("がぎぐげご", "ga gi gu ge go"),
    ("ざじずぜぞ", "za ji zu ze zo"), ("だぢづでど", "da ji zu de do"),
    ("ばびぶべぼ", "ba bi bu be bo"), ("ぱぴぷぺぽ", "pa pi pu pe po"),
    ("ゔぁぃぅぇぉゐゑ", "vu a i u e o i e"),
)  # fmt: skip
_KANA = {
    kana: latin for row, sounds in _ROWS for kana, latin in zip(row, sounds.split(), strict=True)
}
# a consonant kana and a small ya, yu, yo: きゃ kya, しゃ sha, ちょ cho, じゅ ju
_SMALL = {"ゃ": "a", "ゅ": "u", "ょ": "o"}
_KATAKANA = {code: code - 0x60 for code in range(ord("ァ"), ord("ヶ") + 1)}
_LONG = re.compile(r"(?<=o)[ou]|(?<=u)u")  # satou, oono, yuuki: sato, ono, yuki


def _word(kana: str) -> str | None:
    """One word of kana in romaji; None where it holds anything else."""
    out: list[str] = []
    double = False  # a small tsu doubles the next consonant: はっとり hattori
    for char in kana.translate(_KATAKANA):
        if char == "っ":
            double = True
            continue
        if char in _SMALL and out and out[-1].endswith("i") and len(out[-1]) > 1:
            head = out.pop()[:-1]  # き ki + ゃ: kya; し shi + ゃ: sha; じ ji + ゅ: ju
            syllable = head + ("" if head.endswith(("sh", "ch", "j")) else "y") + _SMALL[char]
        elif char == "ー":
            continue  # a long vowel mark, dropped as in a passport
        elif char in _KANA:
            syllable = _KANA[char]
        else:
            return None
        if double:
            syllable, double = syllable[0] + syllable, False
        out.append(syllable)
    text = "".join(out)
    return _LONG.sub("", text) if text else None


def romaji(reading: str | None) -> str | None:
    """The reading's words in romaji, in their order ("けんた さとう" -> "kenta sato");
    None where it is not all kana."""
    words = [_word(word) for word in (reading or "").replace("\u3000", " ").split()]
    found = [word for word in words if word]
    return " ".join(found) if found and len(found) == len(words) else None
