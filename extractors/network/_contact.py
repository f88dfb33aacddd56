"""The two records every network importer yields: a `Contact` or a `Problem`.

A contact is one tie between the user and one person as one export states it; joining
the same person across exports is `warehouse.network.identity`'s job, not the importers'.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import Literal

Platform = Literal[
    "linkedin",
    "x",
    "facebook",
    "instagram",
    "mastodon",
    "youtube",
    "google_contacts",
    "vcard",
]
Tie = Literal[
    "connection",
    "invitation",
    "message",
    "group",  # wrote in a group conversation of the user's, never one to one
    "mention",  # the user mentioned or replied to them in a public post (Mastodon)
    "friend",
    "close_friend",  # on the user's Instagram close friends list: chosen, not only followed
    "follower",
    "following",
    "subscription",
    "contact",
    "wrote",  # the user wrote them, they never answered: no tie, only the `register`
    "chat",  # a Facebook or Instagram conversation, its people named only: the `register`
]
# the ties that are none: a record of how the user addresses someone, and nothing more
REGISTER_ONLY = frozenset({"wrote", "chat"})


@dataclass(frozen=True, slots=True)
class Contact:
    """One person as one export states them.

    `handle` is the platform's own key (LinkedIn slug, X accountId or handle, Instagram
    username, Mastodon user@domain, YouTube channel id; None for address books).
    `handles` holds other platforms' handles the record lists ({"github": "octocat"}).
    `emails` and `phones` are personal data kept only for identity resolution: never log
    them. `line` is the 1-based line (CSV, vCard) or item index (JSON) of the record.
    `country` is the ISO 3166 code of the country the export places them in (an
    address book's address), when it names one. `register` is how the user and they
    address each other in their messages ("informal": du, tu, je; "formal": Sie, vous, u),
    and `language` the one they write to each other in ("fr"), where the messages show it.
    `reading` is the name's reading an address book gives (Japanese kana: さとう けんた),
    which finds the same person under their name in Latin letters.
    """

    platform: Platform
    tie: Tie
    handle: str | None
    name: str | None
    organisation: str | None
    role: str | None
    since: datetime | None  # aware UTC
    emails: tuple[str, ...] = ()
    phones: tuple[str, ...] = ()
    handles: dict[str, str] = field(default_factory=dict, hash=False)
    file: str = ""
    line: int = 0
    country: str | None = None
    register: str | None = None
    language: str | None = None
    reading: str | None = None


@dataclass(frozen=True, slots=True)
class Problem:
    """A record (line >= 1) or a whole file (line 0) an importer could not use."""

    file: str
    line: int
    message: str

    @property
    def where(self) -> str:
        """`file:line`, or the file alone when the whole file is meant (there is no line 0)."""
        return f"{self.file}:{self.line}" if self.line else self.file


def later(when: datetime | None, than: datetime | None) -> bool:
    """Whether a tie's date is newer than the one kept for that person (an undated one
    never is, and any date beats none): the last message or mention dates a tie."""
    return when is not None and (than is None or when > than)


def reachable(contact: Contact, record: str = "contact") -> Contact | Problem:
    """An address book's entry as a contact when it names someone or a way to reach
    them, else the Problem that names its line (`record`: "contact", "card")."""
    if contact.name or contact.emails or contact.phones or contact.handles:
        return contact
    return Problem(contact.file, contact.line, f"{record} has no name, e-mail, phone or profile")
