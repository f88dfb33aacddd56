"""Facebook and Instagram conversations, from "Download your information" in JSON:
`your_facebook_activity/messages/inbox/<thread>/message_1.json` (`_2`, ... when long;
older archives `messages/inbox/...`), and the same under `your_instagram_activity/`.

Only how the two of a one-to-one conversation address each other (du or Sie, tu or
vous: `_register`; to each, as the other writes it, for the other may be the user) and
the language they write in are kept, never the messages. Their
people are named by display name alone, so a thread makes no one: it gives a `chat`
record, of these two words only, to each of its
two participants (the user among them, whom one file cannot tell apart), which
`warehouse.network.identity` joins to the one same-platform contact of exactly that
name, and drops otherwise. A group conversation says nothing ("vous" may be everyone).
A long thread's parts each give their records, dated by the message that shows the
register (or by the latest): the latest of them stands, whichever part is read last.
Strings are repaired of Meta's mojibake; a file under a path naming Instagram is
Instagram's, any other Facebook's.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import UTC, datetime

from extractors.network import _json
from extractors.network._contact import Contact, Platform, Problem
from extractors.network._register import conversation_voice

NAME = "meta_messages"

_HEAD = re.compile(r'\s*\{\s*"participants"\s*:\s*\[')


def sniff(name: str, head: bytes) -> bool:
    """A JSON object opening with its `participants` list, as every thread file does."""
    return _HEAD.match(head.decode("utf-8-sig", errors="ignore")) is not None


def _participants(document: object) -> tuple[dict[str, object], list[str | None]] | None:
    """The thread and its participants' names, where it is one."""
    if not isinstance(document, dict) or not isinstance(document.get("participants"), list):
        return None
    names = [_json.text(p.get("name")) for p in document["participants"] if isinstance(p, dict)]
    return document, names


def read(data: bytes, name: str) -> Iterator[Contact | Problem]:
    """A `chat` record per participant of a one-to-one thread whose messages show how
    the two address each other or the language they write in; nothing for a group or a
    thread that shows neither."""
    found = _json.tied_entries(data, name, _participants, "a Facebook or Instagram thread")
    if isinstance(found, Problem):
        yield found
        return
    document, people = found
    messages = document.get("messages")
    if len(people) != 2 or None in people or not isinstance(messages, list):
        return
    if str(document.get("thread_type", "")).endswith("Group"):
        return
    dated = [m for m in reversed(messages) if isinstance(m, dict)]  # Meta: latest first
    texts = [_json.text(m.get("content")) or "" for m in dated]
    senders = [_json.text(m.get("sender_name")) for m in dated]
    platform: Platform = "instagram" if "instagram" in name.lower() else "facebook"
    for line, person in enumerate(people, start=1):
        # to `person`, the other of the two is the user: their words say how to write
        voice = conversation_voice(texts, [sender not in (None, person) for sender in senders])
        if voice is None:
            return
        when = _sent(dated[voice.shown_at])
        yield Contact(platform, "chat", None, person, None, None, when, file=name, line=line,
                      register=voice.register, language=voice.language)  # fmt: skip


def _sent(message: dict[str, object]) -> datetime | None:
    """When a message was sent (`timestamp_ms`, Unix milliseconds)."""
    stamp = message.get("timestamp_ms")
    if not isinstance(stamp, int | float) or isinstance(stamp, bool) or stamp <= 0:
        return None
    return datetime.fromtimestamp(stamp / 1000, UTC)
