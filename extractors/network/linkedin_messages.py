"""LinkedIn `messages.csv`, from the data export (Settings & Privacy > Data privacy >
Download your data): who the user talked to, a stronger tie than a connection.

One contact per person who wrote in the user's conversations, dated by their last
message: a `message` tie for who wrote in a one-to-one conversation with the user, a
weaker `group` tie for who wrote only in group conversations (a team's or an event's
thread makes no one close). The export does not say which participant is the user: it
is the author of a draft, else the one present in the most conversations (`_owner`
says how a file of one conversation tells). Column sets vary by era (9 columns before
2023, draft flags come and go, all fields quoted since 2026): columns are mapped by name.
Subjects and contents are never kept; SPAM rows are not ties. Of a one-to-one
conversation only how the two address each other is kept (du or Sie: `_register`; as
the user writes it, where they do), for an introduction request; to someone the user
wrote who never answered that is no tie, but the user's own "du" is still how they
address them: a `wrote` contact keeps it, and nothing else.

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
from extractors.network._contact import Contact, Problem, Tie
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


def _members(messages: list[_Message]) -> dict[str, set[str]]:
    """Each conversation's participants: its senders and recipients."""
    members: dict[str, set[str]] = {}
    for m in messages:
        members.setdefault(m.conversation, set()).update({m.sender, *m.recipients})
    return members


def _owner(messages: list[_Message], members: dict[str, set[str]]) -> str | None:
    """The user's participant key: a draft's author, else present in most conversations.
    Where that ties (a file of one conversation), the one more written to one to one (a
    stranger's message names the user as its recipient), else in a group's thread, the
    one who wrote the most (a silent member received as much as the user)."""
    drafts = sorted(m.sender for m in messages if m.draft)
    if drafts:
        return drafts[0]
    sent = Counter(m.sender for m in messages)
    received = Counter(
        to for m in messages if len(members[m.conversation]) == 2 for to in m.recipients
    )
    presence = Counter(key for keys in members.values() for key in keys)
    return max(
        presence, key=lambda key: (presence[key], received[key], sent[key], key), default=None
    )


def _counterpart(members: set[str], owner: str | None) -> str | None:
    """The one participant besides the user of a one-to-one conversation; None in a
    group (or when the user is not known)."""
    others = members - {owner}
    return next(iter(others)) if owner is not None and len(others) == 1 else None


def _voices(
    messages: list[_Message], members: dict[str, set[str]], owner: str | None
) -> dict[str, Voice]:
    """The language the user and each counterpart write to each other in, and how they
    address each other, by their one-to-one conversations (in a group, "vous" and "ihr"
    may speak to everyone, and each writes in their own language)."""
    texts: dict[str, list[tuple[datetime, str, bool]]] = {}
    for m in messages:
        if to := _counterpart(members[m.conversation], owner):
            texts.setdefault(to, []).append((m.date, m.text, m.sender == owner))
    voices = {}
    for key, dated in texts.items():
        dated.sort()
        voice = conversation_voice([text for _, text, _ in dated], [mine for *_, mine in dated])
        if voice:
            voices[key] = voice
    return voices


def _counterparts(
    messages: list[_Message], members: dict[str, set[str]], owner: str | None, file: str
) -> Iterator[Contact]:
    """One contact per sender other than the user, at their last message, with how the
    two address each other where their messages show it (a `group` tie for who wrote in
    group conversations only); and one `wrote` contact, with only that, per person the
    user wrote to alone who never answered."""
    voices = _voices(messages, members, owner)
    talked = {
        m.sender for m in messages if _counterpart(members[m.conversation], owner) == m.sender
    }
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
        tie: Tie = "message" if m.sender in talked else "group"
        yield Contact(
            "linkedin", tie, slug, name, None, None, m.date, file=file, line=m.line,
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
    members = _members(messages)
    owner = _owner(messages, members)
    yield from _counterparts(messages, members, owner, name)
    yield from _asks(messages, owner)
