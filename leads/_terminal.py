"""Text from the outside, made safe to print on a terminal.

Postings, company names and contact names arrive from strangers: an ESC sequence in a
title can clear the screen, set the window title, write the clipboard (OSC 52) or hide
a link (OSC 8), and a bidi override can make text read backwards. Every terminal output
passes outside text through `clean`; the warehouse keeps the text as fetched.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from rich.text import Text

# C0 controls but newline, DEL, C1 controls, and the bidi controls (embeddings,
# overrides, isolates, marks): what a terminal or a text renderer acts upon
_CONTROL = re.compile("[\x00-\x09\x0b-\x1f\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]")
_VISIBLE = {"\t": " ", "\x1b": "␛"}  # ESC stays visible: a reader sees the attempt
LIMIT = 500  # characters of one field in a table; a longer one is cut with "…"


def _visible(match: re.Match[str]) -> str:
    return _VISIBLE.get(match.group(), "")


def clean(value: object, limit: int | None = LIMIT) -> str:
    """`value` as plain text: control and bidi characters removed (ESC shown as ␛,
    tab as a space), at most `limit` characters with an ellipsis; None is ""."""
    if value is None:
        return ""
    text = _CONTROL.sub(_visible, str(value))
    if limit is not None and len(text) > limit:
        text = text[: max(limit - 1, 0)].rstrip() + "…"
    return text


def markup(value: object, limit: int | None = LIMIT) -> str:
    """`clean` text escaped for rich markup, to embed in a markup string."""
    from rich.markup import escape  # at first use: `leads export` prints without rich

    return escape(clean(value, limit))


def cell(value: object, limit: int | None = LIMIT) -> Text:
    """`clean` text as a rich Text: printed as is, never read as markup."""
    from rich.text import Text

    return Text(clean(value, limit))


def json_text(document: str) -> str:
    """A JSON document safe on a terminal and still the same JSON: the control and bidi
    characters `json.dumps(ensure_ascii=False)` leaves raw become `\\uXXXX` escapes."""
    return _CONTROL.sub(lambda match: f"\\u{ord(match.group()):04x}", document)
