"""ISO-2022-JP as mail programs write it: Microsoft's CP50220, whose two-byte runs hold
NEC's and IBM's extensions ("①", "㈱", "Ⅱ", "№") beside JIS X 0208. Python's codec
knows JIS X 0208 alone; each pair it cannot read is moved to Shift_JIS and read as code
page 932, which has them all, and the rest is read as the codec reads it ("〜" stays
U+301C, not Windows' "～").
"""

from __future__ import annotations

import codecs

CODEC = "iso2022_jp"
_HANDLER = "warmleads-jis-cp932"


def decode(data: bytes) -> str:
    """ISO-2022-JP bytes as text, the extensions of code page 932 included; what
    cannot be read even so is U+FFFD."""
    try:
        codecs.lookup_error(_HANDLER)
    except LookupError:
        codecs.register_error(_HANDLER, _as_cp932)
    return data.decode(CODEC, _HANDLER)


def _as_cp932(error: UnicodeError) -> tuple[str, int]:
    """The JIS pair the codec could not read (a NEC row-13 or IBM character), as code
    page 932 reads it once moved to Shift_JIS."""
    assert isinstance(error, UnicodeDecodeError)
    pair = error.object[error.start : error.end]
    if len(pair) != 2 or not all(0x21 <= byte <= 0x7E for byte in pair):
        return "\ufffd", error.end
    first, second = pair
    lead = ((first + 1) >> 1) + (0x70 if first <= 0x5E else 0xB0)
    trail = second + (0x7E if first % 2 == 0 else 0x1F if second < 0x60 else 0x20)
    try:
        return bytes((lead, trail)).decode("cp932"), error.end
    except UnicodeDecodeError:  # a pair 932 has not either: one character unread
        return "\ufffd", error.end
