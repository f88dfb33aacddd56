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

Instagram's exports before 2020 hold every conversation in one `messages.json`: a list
of `{"participants": [usernames], "conversation": [{"sender", "created_at", "text"}]}`,
read the same way (a participant is then a username, which finds its account as a
display name spelling it does).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import UTC, datetime

from extractors._normalize import utc_from_iso
from extractors.network import _json
from extractors.network._contact import Contact, Platform, Problem
from extractors.network._register import conversation_voice

NAME = "meta_messages"

_HEAD = re.compile(r'\s*\[?\s*\{\s*"participants"\s*:\s*\[')
_Message = tuple[str, str | None, datetime | None]  # text, sender, when
# participants, messages oldest first, and whether the shape is Instagram's alone
_Thread = tuple[list[str | None], list[_Message], bool]


def sniff(name: str, head: bytes) -> bool:
    """A JSON object opening with its `participants` list, as every thread file does (in
    a list, as Instagram's `messages.json` before 2020 holds them)."""
    return _HEAD.match(head.decode("utf-8-sig", errors="ignore")) is not None


def _threads(document: object) -> list[_Thread] | None:
    """The one-to-one threads of a file, each with its participants' names."""
    if isinstance(document, list):  # Instagram before 2020: every thread in one file
        return [_old_thread(d) for d in document if isinstance(d, dict)] or None
    if not isinstance(document, dict) or not isinstance(document.get("participants"), list):
        return None
    names = [_json.text(p.get("name")) for p in document["participants"] if isinstance(p, dict)]
    messages = document.get("messages")
    if str(document.get("thread_type", "")).endswith("Group") or not isinstance(messages, list):
        return []
    dated = [m for m in reversed(messages) if isinstance(m, dict)]  # Meta: latest first
    return [(names, [(_json.text(m.get("content")) or "", _json.text(m.get("sender_name")),
                      _sent(m)) for m in dated], False)]  # fmt: skip


def _old_thread(document: dict[str, object]) -> _Thread:
    """A thread of Instagram's `messages.json`: usernames, messages by `created_at`."""
    people = document.get("participants")
    names = [_json.text(p) for p in people] if isinstance(people, list) else []
    entries = document.get("conversation")
    found = [m for m in entries if isinstance(m, dict)] if isinstance(entries, list) else []
    messages = [(_json.text(m.get("text")) or "", _json.text(m.get("sender")),
                 _created(m.get("created_at"))) for m in found]  # fmt: skip
    return names, sorted(messages, key=lambda m: m[2] or datetime.min.replace(tzinfo=UTC)), True


def _created(value: object) -> datetime | None:
    return utc_from_iso(value) if isinstance(value, str) else None


def read(data: bytes, name: str) -> Iterator[Contact | Problem]:
    """A `chat` record per participant of a one-to-one thread whose messages show how
    the two address each other or the language they write in; nothing for a group or a
    thread that shows neither."""
    found = _json.tied_entries(data, name, _threads, "a Facebook or Instagram thread")
    if isinstance(found, Problem):
        yield found
        return
    for people, messages, instagram in found:
        platform: Platform = "instagram" if instagram or "instagram" in name.lower() else "facebook"
        if len(people) == 2 and None not in people:  # noqa: PLR2004 - one to one
            yield from _chats(people, messages, platform, name)


def _chats(
    people: list[str | None], messages: list[_Message], platform: Platform, name: str
) -> Iterator[Contact]:
    texts = [text for text, _, _ in messages]
    for line, person in enumerate(people, start=1):
        # to `person`, the other of the two is the user: their words say how to write
        voice = conversation_voice(texts, [m[1] not in (None, person) for m in messages])
        if voice is None:
            return
        when = messages[voice.shown_at][2]
        yield Contact(platform, "chat", None, person, None, None, when, file=name, line=line,
                      register=voice.register, language=voice.language)  # fmt: skip


def _sent(message: dict[str, object]) -> datetime | None:
    """When a message was sent (`timestamp_ms`, Unix milliseconds)."""
    stamp = message.get("timestamp_ms")
    if not isinstance(stamp, int | float) or isinstance(stamp, bool) or stamp <= 0:
        return None
    return datetime.fromtimestamp(stamp / 1000, UTC)
