"""X/Twitter archive direct messages: `data/direct-messages.js` (one-to-one) and
`data/direct-messages-group.js` (also split as `-part1.js`): whom the user talks to,
closer than whom they follow.

Each file is `window.YTD.direct_messages.partN = [...]` (`direct_messages_group` for
groups), one `dmConversation` per item: its `conversationId` ("<id>-<id>" of the two
accounts one to one) and its `messages`, each a `messageCreate` (`senderId`,
`recipientId` one to one, `createdAt`) or a group's `joinConversation` (its
`participantsSnapshot`). Only account ids are read: never a text. The archive does not
say which account is the user's in this file: the one in the most conversations, else
the one more written to (else, in groups, the one who wrote the most); a file where that
ties (one conversation both wrote in) is named, and gives no one. A one-to-one
counterpart who wrote is a `message` tie dated by their last message; one who never
answered is none; who wrote in a group is `group`.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import datetime

from extractors._normalize import utc_from_iso
from extractors.network._contact import Contact, Problem, Tie, later
from extractors.network._json import array_items

NAME = "x_messages"

_PREFIX = re.compile(r"\s*window\.YTD\.direct_messages(_group)?\.part\d+\s*=\s*\[")
_BARE = re.compile(r'\s*\[\s*\{\s*"dmConversation"\s*:')
_ONE_TO_ONE = re.compile(r"(\d+)-(\d+)")


@dataclass(slots=True)
class _Conversation:
    line: int
    members: set[str] = field(default_factory=set)
    last: dict[str, tuple[datetime | None, int]] = field(default_factory=dict)  # by sender
    written_to: Counter[str] = field(default_factory=Counter)
    sent: Counter[str] = field(default_factory=Counter)


def _group(text: str) -> bool | None:
    """True for a group file, False for a one-to-one one, None for neither."""
    if match := _PREFIX.match(text):
        return match[1] is not None
    return False if _BARE.match(text) else None


def sniff(name: str, head: bytes) -> bool:
    """A `window.YTD.direct_messages[_group].partN = [` prefix, or such an array bare."""
    return _group(head.decode("utf-8-sig", errors="ignore")) is not None


def _id(value: object) -> str | None:
    return str(value).strip() or None if isinstance(value, str | int) else None


def _conversation(item: object, line: int) -> _Conversation | None:
    talk = item.get("dmConversation") if isinstance(item, dict) else None
    messages = talk.get("messages") if isinstance(talk, dict) else None
    if not isinstance(talk, dict) or not isinstance(messages, list):
        return None
    found = _Conversation(line)
    if pair := _ONE_TO_ONE.fullmatch(str(talk.get("conversationId", ""))):
        found.members.update(pair.groups())
    for message in messages:
        event = next(iter(message.values()), None) if isinstance(message, dict) else None
        if not isinstance(event, dict):
            continue
        snapshot = event.get("participantsSnapshot")
        found.members.update(
            i for i in map(_id, snapshot if isinstance(snapshot, list) else ()) if i
        )
        sender, to = _id(event.get("senderId")), _id(event.get("recipientId"))
        if "messageCreate" in message and sender:
            found.members.add(sender)
            found.sent[sender] += 1
            created = event.get("createdAt")
            when = utc_from_iso(created) if isinstance(created, str) else None
            if sender not in found.last or later(when, found.last[sender][0]):
                found.last[sender] = (when, line)
            if to:
                found.members.add(to)
                found.written_to[to] += 1
    return found


def _owner(conversations: list[_Conversation], group: bool) -> str | None:
    """The user's account: in the most conversations, else the one more written to (a
    stranger's message names the user as its recipient), else in groups the one who
    wrote the most (a silent member was in as many); None where that ties."""
    presence = Counter(member for c in conversations for member in c.members)
    written = sum((c.written_to for c in conversations), Counter[str]())
    wrote = sum((c.sent for c in conversations), Counter[str]()) if group else Counter[str]()

    def rank(member: str) -> tuple[int, int, int]:
        return presence[member], written[member], wrote[member]

    ranked = sorted(presence, key=rank, reverse=True)
    if not ranked or (len(ranked) > 1 and rank(ranked[0]) == rank(ranked[1])):
        return None
    return ranked[0]


def read(data: bytes, name: str) -> Iterator[Contact | Problem]:
    """One contact per account that wrote to the user; line = the conversation's item."""
    text = data.decode("utf-8-sig", errors="replace")
    group = _group(text)
    if group is None:
        yield Problem(name, 0, "not an X archive direct-messages file")
        return
    conversations: list[_Conversation] = []
    for item in array_items(text, name, "X archive"):
        if isinstance(item, Problem):
            yield item
        elif (found := _conversation(item[1], item[0])) is None:
            yield Problem(name, item[0], "item is not a 'dmConversation' with messages")
        else:
            conversations.append(found)
    owner = _owner(conversations, group)
    if owner is None:
        if conversations:
            yield Problem(
                name, 0, "which of its accounts is yours cannot be told from this file "
                "(one conversation): no one read",
            )  # fmt: skip
        return
    tie: Tie = "group" if group else "message"
    last: dict[str, tuple[datetime | None, int]] = {}
    for conversation in conversations:
        if owner in conversation.members:
            for sender, (when, line) in conversation.last.items():
                if sender != owner and (sender not in last or later(when, last[sender][0])):
                    last[sender] = (when, line)
    for sender, (when, line) in last.items():
        yield Contact("x", tie, sender, None, None, None, when, file=name, line=line)
