"""A `.msg` body kept only as compressed RTF (`PR_RTF_COMPRESSED`), as classic Outlook
saves some messages: decompressed (MS-OXRTFCP, an LZ77 variant over a 4 KB dictionary
that starts with a fixed RTF preamble) and read back. Outlook wraps an HTML body in RTF
(`\\fromhtml1`, MS-OXRTFEX): its tags are kept in `{\\*\\htmltag ...}` groups and text
between `\\htmlrtf` and `\\htmlrtf0` is RTF's rendering only, so the HTML is what remains;
any other RTF gives its text.
"""

from __future__ import annotations

import codecs
import re
import struct
from dataclasses import dataclass, replace

_COMPRESSED, _UNCOMPRESSED = 0x75465A4C, 0x414C454D  # "LZFu", "MELA"
_PREAMBLE = (
    b"{\\rtf1\\ansi\\mac\\deff0\\deftab720{\\fonttbl;}{\\f0\\fnil \\froman \\fswiss \\fmodern "
    b"\\fscript \\fdecor MS Sans SerifSymbolArialTimes New RomanCourier{\\colortbl\\red0\\green0"
    b"\\blue0\r\n\\par \\pard\\plain\\f0\\fs20\\b\\i\\u\\tab\\tx"
)
_DICTIONARY = 4096
# a control word and its parameter, a hex byte, a control symbol, a group's brace, a
# line break (no text in RTF), a run of text
_TOKEN = re.compile(
    rb"\\([a-zA-Z]{1,32})(-?\d{1,10})? ?|\\'([0-9a-fA-F]{2})|\\([^a-zA-Z'])|([{}])|[\r\n]+"
    rb"|([^\\{}\r\n]+)"
)
# destinations that hold no text though no `\*` marks them ignorable
_SKIPPED = frozenset(
    (b"fonttbl", b"colortbl", b"stylesheet", b"info", b"pict", b"header", b"footer",
     b"listtable", b"listoverridetable", b"rsidtbl", b"generator", b"xmlnstbl", b"object")
)  # fmt: skip
_CHARS = {
    b"par": "\n", b"line": "\n", b"tab": "\t", b"lquote": "\u2018", b"rquote": "\u2019",
    b"ldblquote": "\u201c", b"rdblquote": "\u201d", b"bullet": "\u2022", b"endash": "\u2013",
    b"emdash": "\u2014", b"emspace": " ", b"enspace": " ",
}  # fmt: skip
_PAGES = {65001: "utf-8", 28591: "latin-1", 20127: "ascii", 51932: "euc_jp"}
_SYMBOLS = {b"~": "\u00a0", b"_": "-", b"\\": "\\", b"{": "{", b"}": "}"}


def decompress(data: bytes) -> bytes | None:
    """The RTF of a `PR_RTF_COMPRESSED` stream; None when it is neither form the
    format defines, or ends before its end marker."""
    if len(data) < 16:
        return None
    size, raw_size, kind, _ = struct.unpack_from("<IIII", data)
    body = data[16 : 4 + size]
    if kind == _UNCOMPRESSED:
        return body[:raw_size]
    if kind != _COMPRESSED:
        return None
    window = bytearray(_DICTIONARY)
    window[: len(_PREAMBLE)] = _PREAMBLE
    write, out, at = len(_PREAMBLE), bytearray(), 0
    while at < len(body):
        control, at = body[at], at + 1
        for bit in range(8):
            if not control >> bit & 1:  # a literal byte
                if at >= len(body):
                    return None
                out.append(body[at])
                window[write] = body[at]
                write, at = (write + 1) % _DICTIONARY, at + 1
                continue
            if at + 2 > len(body):
                return None
            token, at = int.from_bytes(body[at : at + 2], "big"), at + 2
            offset, length = token >> 4, (token & 0xF) + 2
            if offset == write:  # the end marker
                return bytes(out)
            for _ in range(length):
                byte = window[offset]
                out.append(byte)
                window[write] = byte
                offset, write = (offset + 1) % _DICTIONARY, (write + 1) % _DICTIONARY
    return None


@dataclass(frozen=True, slots=True)
class _Group:
    skipped: bool = False  # a destination with no text (a font table, `{\*\...}`)
    tag: bool = False  # an `{\*\htmltag ...}` group: HTML as it was
    rendering: bool = False  # within `\htmlrtf`: RTF's rendering of the HTML, no part of it
    uc: int = 1  # the characters after `\uN` that stand in for it


def body(rtf: bytes) -> tuple[str, str]:
    """("html", markup) for an HTML body Outlook wrapped in RTF, else ("text", text)."""
    stack, group = [], _Group()
    out: list[str] = []
    pending = bytearray()  # `\'hh` bytes, decoded together (a double-byte code page's)
    codec, html, star, fallback = "cp1252", False, False, 0

    def flush() -> None:
        if pending:
            out.append(pending.decode(codec, "replace"))
            pending.clear()

    for found in _TOKEN.finditer(rtf):
        word, number, hexa, symbol, brace, text = found.groups()
        if hexa is not None:
            if fallback:
                fallback -= 1
            elif _shown(group):
                pending.append(int(hexa, 16))
            continue
        flush()
        if brace == b"{":
            stack.append(group)
        elif brace == b"}":
            group = stack.pop() if stack else group
        elif symbol == b"*":
            star = True
            continue
        elif symbol is not None:
            if _shown(group) and symbol in _SYMBOLS:
                out.append(_SYMBOLS[symbol])
        elif word is not None:
            value = int(number) if number else None
            if star or word in _SKIPPED:
                is_tag = word == b"htmltag"
                group = replace(group, tag=is_tag, skipped=group.skipped or not is_tag)
            elif word == b"htmlrtf":
                group = replace(group, rendering=value != 0)
            elif word == b"fromhtml":
                html = True
            elif word == b"ansicpg" and value:
                codec = _codec(value)
            elif word == b"uc" and value is not None:
                group = replace(group, uc=value)
            elif word == b"u" and value is not None:
                if _shown(group):
                    out.append(chr(value % 0x10000))
                fallback = group.uc
            elif _shown(group) and word in _CHARS:
                out.append(_CHARS[word])
        elif text is not None:
            cut = min(fallback, len(text))
            fallback -= cut
            if _shown(group):
                out.append(text[cut:].decode(codec, "replace"))
        star = False
    flush()
    return ("html" if html else "text"), "".join(out)


def _shown(group: _Group) -> bool:
    return not group.skipped and (group.tag or not group.rendering)


def _codec(page: int) -> str:
    """The codec of an `\\ansicpgN` code page; Windows' Western one for a page Python
    does not know."""
    try:
        return codecs.lookup(_PAGES.get(page, f"cp{page}")).name
    except LookupError:
        return "cp1252"
