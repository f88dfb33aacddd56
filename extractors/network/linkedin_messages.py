"""LinkedIn `messages.csv`, from the data export (Settings & Privacy > Data privacy >
Download your data): who the user talked to, a stronger tie than a connection.

One contact per person who wrote in the user's conversations, dated by their last
message. The export does not say which participant is the user: it is the one present
in the most conversations (in a tie, the one who received more messages), or the author
of a draft. Column sets vary by era (9 columns before 2023, draft flags come and go,
all fields quoted since 2026): columns are mapped by name. Subjects and contents are
never kept; SPAM rows are not ties. Of a one-to-one conversation only how the two
address each other is kept (du or Sie: `_register`; as the user writes it, where they
do), for an introduction request; to
someone the user wrote who never answered that is no tie, but the user's own "du" is
still how they address them: a `wrote` contact keeps it, and nothing else.

A message from someone else that asks for help ("we're looking for a freelance ...")
also yields an ask: a `network-message` posting of the matching sentence, its sender's
profile slug and its date, nothing more (kept only when the user opts in, and a lead
only when the sender is in the user's network: the warehouse checks).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime

from extractors._asks import ask_posting, ask_sentence, linkedin_sender
from extractors._contract import Posting
from extractors._normalize import html_to_text
from extractors.network import _linkedin
from extractors.network._contact import Contact, Problem
from extractors.network._profiles import linkedin_slug
from extractors.network._register import Voice, conversation_voice
from extractors.network._tables import (
    Header,
    cell,
    head_records,
    named_header,
    open_table,
)

NAME = "linkedin_messages"

_COLUMNS = {
    "conversation": ("conversation id",),
    "from": ("from",),
    "sender_url": ("sender profile url",),
    "to": ("to",),
    "recipient_urls": ("recipient profile urls",),
    "date": ("date",),
    "folder": ("folder",),
    "draft": ("is message draft",),
    "content": ("content",),
}
_REQUIRED = ("conversation", "from", "date")


@dataclass(frozen=True, slots=True)
class _Message:
    line: int
    conversation: str
    sender: str  # participant key: profile slug, else "name:<lower-cased name>"
    sender_name: str | None
    sender_slug: str | None
    recipients: frozenset[str]
    recipient_name: str | None  # the TO cell: one person's name in a one-to-one talk
    date: datetime
    draft: bool
    ask: str | None  # the sentence that asks for help, if one does; never the rest
    text: str  # read for its register (du or Sie) while importing, never stored


def _header(rows: list[list[str]]) -> Header | None:
    return named_header(rows, _COLUMNS, _REQUIRED)


def sniff(name: str, head: bytes) -> bool:
    """The header names CONVERSATION ID, FROM and DATE."""
    return _header(head_records(head)) is not None


def _key(slug: str | None, name: str | None) -> str:
    return slug or f"name:{(name or '').strip().lower()}"


def _recipients(row: list[str], columns: dict[str, int]) -> frozenset[str]:
    """Recipient keys: their profile URLs when exported, else their comma-joined names."""
    if "recipient_urls" in columns:
        urls = (cell(row, columns, "recipient_urls") or "").split(",")
        return frozenset(slug for slug in map(linkedin_slug, urls) if slug)
    names = (cell(row, columns, "to") or "").split(",")
    return frozenset(_key(None, name) for name in names if name.strip())


def _message(row: list[str], columns: dict[str, int], file: str, line: int) -> _Message | Problem:
    raw_date = cell(row, columns, "date")
    date = _linkedin.message_date(raw_date)
    name, slug = (
        cell(row, columns, "from"),
        linkedin_slug(cell(row, columns, "sender_url")),
    )
    if date is None:
        return Problem(file, line, f"unreadable DATE {raw_date!r}")
    if not (name or slug):
        return Problem(file, line, "message has no sender")
    return _Message(
        line=line,
        conversation=cell(row, columns, "conversation") or "",
        # keyed like the recipients: by URL only when recipients have URLs too
        sender=_key(slug if "recipient_urls" in columns else None, name),
        sender_name=name,
        sender_slug=slug,
        recipients=_recipients(row, columns),
        recipient_name=cell(row, columns, "to"),
        date=date,
        draft=(cell(row, columns, "draft") or "").lower() == "yes",
        ask=ask_sentence(text) if (text := _text(cell(row, columns, "content"))) else None,
        text=text,
    )


def _text(content: str | None) -> str:
    return (html_to_text(content) if content and "<" in content else content) or ""


def _owner(messages: list[_Message]) -> str | None:
    """The user's participant key: a draft's author, else present in most conversations."""
    drafts = sorted(m.sender for m in messages if m.draft)
    if drafts:
        return drafts[0]
    members: dict[str, set[str]] = {}
    received: Counter[str] = Counter()
    for m in messages:
        members.setdefault(m.conversation, set()).update({m.sender, *m.recipients})
        received.update(m.recipients)
    presence = Counter(key for keys in members.values() for key in keys)
    return max(presence, key=lambda key: (presence[key], received[key], key), default=None)


def _voices(messages: list[_Message], owner: str | None) -> dict[str, Voice]:
    """The language the user and each counterpart write to each other in, and how they
    address each other, by their one-to-one conversations (in a group, "vous" and "ihr"
    may speak to everyone, and each writes in their own language)."""
    talks: dict[str, list[_Message]] = {}
    for m in messages:
        talks.setdefault(m.conversation, []).append(m)
    texts: dict[str, list[tuple[datetime, str, bool]]] = {}
    for talk in talks.values():
        members = {key for m in talk for key in (m.sender, *m.recipients)} - {owner}
        if len(members) == 1 and owner is not None:
            texts.setdefault(members.pop(), []).extend(
                (m.date, m.text, m.sender == owner) for m in talk
            )
    voices = {}
    for key, dated in texts.items():
        dated.sort()
        voice = conversation_voice([text for _, text, _ in dated], [mine for *_, mine in dated])
        if voice:
            voices[key] = voice
    return voices


def _counterparts(messages: list[_Message], owner: str | None, file: str) -> Iterator[Contact]:
    """One contact per sender other than the user, at their last message, with how the
    two address each other where their messages show it; and one `wrote` contact, with
    only that, per person the user wrote to alone who never answered."""
    voices = _voices(messages, owner)
    last: dict[str, _Message] = {}
    wrote: dict[str, _Message] = {}
    for m in messages:
        if m.sender == owner and len(m.recipients) == 1:
            (to,) = m.recipients
            if to not in wrote or m.date >= wrote[to].date:
                wrote[to] = m
        if _linkedin.unnamed(m.sender_name, m.sender_slug):
            continue
        if m.sender != owner and (m.sender not in last or m.date >= last[m.sender].date):
            last[m.sender] = m
    for m in last.values():
        slug, name = m.sender_slug, m.sender_name
        yield Contact(
            "linkedin", "message", slug, name, None, None, m.date, file=file, line=m.line,
            register=voice.register if (voice := voices.get(m.sender)) else None,
            language=voice.language if voice else None,
        )  # fmt: skip
    for to, m in wrote.items():
        slug = None if to.startswith("name:") else to
        if to in last or to not in voices or _linkedin.unnamed(m.recipient_name, slug):
            continue
        yield Contact(
            "linkedin", "wrote", slug, m.recipient_name, None, None, m.date, file=file,
            line=m.line, register=voices[to].register, language=voices[to].language,
        )  # fmt: skip


def _asks(messages: list[_Message], owner: str | None) -> Iterator[Posting]:
    """Asks for help from others (never the user's own offers), by their profile slug,
    each with the user's first reply after it in its conversation (not a draft: it is unsent)."""
    replies: dict[str, list[datetime]] = {}
    for m in messages:
        if m.sender == owner and not m.draft:
            replies.setdefault(m.conversation, []).append(m.date)
    for m in messages:
        if m.ask and m.sender_slug and m.sender != owner and not m.draft:
            later = [d for d in replies.get(m.conversation, ()) if d > m.date]
            yield ask_posting(
                sentence=m.ask,
                sender=linkedin_sender(m.sender_slug),
                name=m.sender_name,
                sent_at=m.date,
                url=f"https://www.linkedin.com/messaging/thread/{m.conversation}/",
                answered_at=min(later, default=None),
            )


def read(data: bytes, name: str) -> Iterator[Contact | Problem | Posting]:
    """Counterparts of the user's conversations; unreadable rows reported, not counted."""
    table = open_table(data, name, _header)
    if table is None:
        yield Problem(name, 0, "not a LinkedIn messages.csv: no header row found")
        return
    messages: list[_Message] = []
    for item in table.rows:
        if isinstance(item, Problem):
            yield item
            continue
        line, row = item
        if (cell(row, table.columns, "folder") or "").upper() == "SPAM":
            continue
        parsed = _message(row, table.columns, name, line)
        if isinstance(parsed, Problem):
            yield parsed
        else:
            messages.append(parsed)
    owner = _owner(messages)
    yield from _counterparts(messages, owner, name)
    yield from _asks(messages, owner)
