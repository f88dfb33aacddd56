"""The boards a source's config lists, each a token or `{ <entry_key> = "token", company =
"..." }` (`BoardApi.entry_key`): Lever, Ashby, Personio and Recruitee, whose answers name
no company, let the config name it. An ATS that gives each company its own host
(`acme.jobs.personio.de`) has `{}` in its `base_url`, where the token goes."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import Protocol
from urllib.parse import quote


class Entry(Protocol):
    """A board with the company it belongs to."""

    @property
    def token(self) -> str: ...

    @property
    def company(self) -> str | None: ...


@dataclass(frozen=True)
class Board:
    """A board with the company it belongs to: `{ board = "lumen", company = "Lumen Ltd" }`
    (the answer names no company; `leads network boards --add` writes this form)."""

    board: str
    company: str | None = None

    @property
    def token(self) -> str:
        return self.board


def _pairs(listed: Iterable[str | Entry]) -> Iterator[tuple[str, str | None]]:
    for entry in listed:
        yield (entry, None) if isinstance(entry, str) else (entry.token, entry.company)


def listed_units(listed: Iterable[str | Entry]) -> list[str]:
    """One unit per board, so one dead board does not stop the others."""
    return list(dict.fromkeys(token for token, _ in _pairs(listed)))


def listed_companies(listed: Iterable[str | Entry]) -> dict[str, str]:
    """The company of each board the config names one for (it beats the posting's guess)."""
    return {token: company for token, company in _pairs(listed) if company}


def board_base(base_url: str, token: str) -> str:
    """The base URL of one board: the token in place of a `{}` (a host per company); a
    base without one (a loopback or demo server) serves every board itself."""
    return base_url.rstrip("/").replace("{}", quote(token, safe=""))
