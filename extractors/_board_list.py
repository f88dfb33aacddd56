"""The boards a source's config lists, each a token or `{ <entry_key> = "token", company =
"..." }` (`BoardApi.entry_key`): Lever and Ashby, whose answers name no company, let the
config name it."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import Protocol


class Entry(Protocol):
    """A board with the company it belongs to."""

    @property
    def token(self) -> str: ...

    @property
    def company(self) -> str | None: ...


def _pairs(listed: Iterable[str | Entry]) -> Iterator[tuple[str, str | None]]:
    for entry in listed:
        yield (entry, None) if isinstance(entry, str) else (entry.token, entry.company)


def listed_units(listed: Iterable[str | Entry]) -> list[str]:
    """One unit per board, so one dead board does not stop the others."""
    return list(dict.fromkeys(token for token, _ in _pairs(listed)))


def listed_companies(listed: Iterable[str | Entry]) -> dict[str, str]:
    """The company of each board the config names one for (it beats the posting's guess)."""
    return {token: company for token, company in _pairs(listed) if company}
