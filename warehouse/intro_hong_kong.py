"""Hong Kong's words in a Traditional Chinese draft, where Taiwan's are the default.

Hong Kong and Macau read Traditional characters but write some words as Taiwan does
not: 軟件 (軟體), 項目 (專案), 數據 (資料), 職位 (職缺), 申請 (應徵), 招聘 (招募), 網絡
(網路), 遙距 (遠端). A draft in Taiwan's words reads as written from Taiwan; the same draft with
these swapped reads as written locally. Only the drafts' own words change: a role or
company is inserted as the posting writes it.
"""

from __future__ import annotations

from dataclasses import fields, replace
from typing import Any, TypeVar

_WORDS = (("軟體", "軟件"), ("專案", "項目"), ("資料", "數據"), ("職缺", "職位"),
          ("應徵", "申請"), ("招募", "招聘"), ("網路", "網絡"), ("遠端", "遙距"))  # fmt: skip

T = TypeVar("T")


def in_hong_kong_words(text: str) -> str:
    """`text` (a draft's template or phrase) with Taiwan's words as Hong Kong writes them."""
    for taiwan, hong_kong in _WORDS:
        text = text.replace(taiwan, hong_kong)
    return text


def hong_kong_variant(words: T) -> T:
    """A language's or its drafts' record (`Language`, `Requests`, `Subjects`) with every
    phrase in Hong Kong's words: its strings, its tables' values and its phrases' formats
    ("「{}」職缺".format)."""
    changed: dict[str, Any] = {}
    for field in fields(words):  # type: ignore[arg-type]
        value = getattr(words, field.name)
        if isinstance(value, str):
            changed[field.name] = in_hong_kong_words(value)
        elif isinstance(value, tuple) and all(isinstance(v, str) for v in value):
            changed[field.name] = tuple(in_hong_kong_words(v) for v in value)
        elif isinstance(value, dict):
            changed[field.name] = {k: in_hong_kong_words(v) for k, v in value.items()}
        elif getattr(value, "__name__", "") == "format" and isinstance(
            getattr(value, "__self__", None), str
        ):
            changed[field.name] = in_hong_kong_words(value.__self__).format
    return replace(words, **changed)  # type: ignore[type-var]
