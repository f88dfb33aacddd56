"""Which legacy code page wrote some bytes that are not UTF-8.

A spreadsheet re-saves a CSV in its Windows locale's code page (Excel in Kraków writes
cp1250, in Lviv cp1251, in Tokyo Shift_JIS), and a zip made by Windows' own "compressed
folder" names its members in the OEM code page (cp437, cp852, cp866, cp932) without the
UTF-8 flag. The bytes do not say which: each candidate reads the lines that have bytes
over 127, and the one whose words look least odd wins: no word mixing scripts ("Mьller")
or cases ("гД"), no Latin word mostly accented ("Îëåíà"), no symbol inside a name
("¯ó³kiewska"), no currency sign before a letter ("£ukasz", "£ódŸ": cp1250's Ł read as
cp1252), no byte without a character. A tie goes to the first candidate.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence

# spreadsheets' code pages (Western first: the tie's winner), and Windows' zip names
SPREADSHEET = ("cp1252", "cp1250", "cp1251", "cp932")
ZIP_NAMES = ("cp437", "cp852", "cp1125", "cp932")  # cp1125: cp866 with Ukrainian letters

_WORD = re.compile(r"[^\W\d_]+")
_NON_ASCII = re.compile(rb"[\x80-\xff]+")
_SAMPLE = 64 * 1024
_INSIDE = re.compile(r"(?<=[^\W\d_])([^\w\s’·])(?=[^\W\d_])")
# symbols real text carries beside words; others (¹ ³ ¯ ÷ inside a name) are a misread
_PUNCTUATION = frozenset("€£«»¿¡–—‘’‚“”„•…°·§©®™\xa0")
_GLUED_CURRENCY = re.compile(r"[€£¥¢¤](?=[^\W\d_])")  # "£5" is money, "£ukasz" a misread


def _script(char: str) -> str:
    point = ord(char)
    if point < 0x250:
        return "latin"
    if 0x400 <= point < 0x530:
        return "cyrillic"
    if 0xFF61 <= point <= 0xFF9F:
        return "halfwidth"  # half-width katakana: what Western bytes become in cp932
    if 0x3000 <= point < 0xA000 or 0xF900 <= point < 0xFB00 or 0xFF00 <= point < 0xFF61:
        return "cjk"
    return "other"


def oddness(text: str) -> int:
    """How unlike written words the text is: 0 for plain text in one script a word."""
    odd = 3 * text.count("\ufffd")
    odd += sum(
        1 for char in text if ord(char) > 0x7F and not char.isalpha() and char not in _PUNCTUATION
    )
    # a symbol between two letters splits a word ("Ró¿añski"), but for an apostrophe or
    # a Catalan middle dot ("O’Brien", "col·legi")
    odd += sum(1 for match in _INSIDE.finditer(text) if match[1] in _PUNCTUATION)
    odd += len(_GLUED_CURRENCY.findall(text))
    for match in _WORD.finditer(text):
        word = match.group()
        if word.isascii():
            continue
        scripts = {_script(char) for char in word}
        odd += 2 * (len(scripts) - 1) + 2 * ("halfwidth" in scripts)
        odd += any(a.islower() and b.isupper() for a, b in zip(word, word[1:], strict=False))
        accented = sum(not char.isascii() for char in word)
        odd += scripts == {"latin"} and accented >= 2 and accented * 2 > len(word)
    return odd


def _telling(data: bytes) -> bytes:
    """The lines of `data` with a byte over 127, up to 64 KiB: only they tell code pages
    apart, and a file's first thousand rows may all be ASCII names."""
    lines: list[bytes] = []
    size = end = 0
    for match in _non_ascii(data):
        if match.start() < end:
            continue  # in the line already taken
        start = data.rfind(b"\n", 0, match.start()) + 1
        end = data.find(b"\n", match.end())
        end = len(data) if end < 0 else end
        lines.append(data[start:end])
        size += end - start
        if size > _SAMPLE:
            break
    return b"\n".join(lines)


def _non_ascii(data: bytes) -> Iterator[re.Match[bytes]]:
    """Each run of bytes over 127, chunks of plain ASCII passed over at memory speed."""
    view = memoryview(data)
    for at in range(0, len(data), _SAMPLE):
        if not view[at : at + _SAMPLE].tobytes().isascii():
            yield from _NON_ASCII.finditer(data, at, at + _SAMPLE)


def likeliest(data: bytes, candidates: Sequence[str]) -> str:
    """The candidate code page whose reading of `data` is least odd."""
    sample = _telling(data)
    return min(candidates, key=lambda page: oddness(sample.decode(page, errors="replace")))
