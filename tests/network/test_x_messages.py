"""X archive direct-messages.js / direct-messages-group.js: whom the user talks to."""

from __future__ import annotations

import json

from network_helpers import read_fixture, utc

from extractors.network import x_archive, x_messages
from warehouse.network.identity import TIE_WEIGHTS, resolve
from warehouse.network.paths import tie_summary

ME = "1442207781"


def _dm(cid: str, *messages: tuple[str, str, str]) -> dict[str, object]:
    return {
        "dmConversation": {
            "conversationId": cid,
            "messages": [
                {"messageCreate": {"senderId": s, "recipientId": r, "text": "hi",
                                   "createdAt": when, "mediaUrls": []}}
                for s, r, when in messages
            ],
        }
    }  # fmt: skip


def _file(*items: object, prefix: str = "window.YTD.direct_messages.part0 = ") -> bytes:
    return (prefix + json.dumps(list(items), indent=2)).encode()


def test_who_wrote_one_to_one_is_a_message_tie_dated_by_their_last_message():
    contacts, problems = read_fixture(x_messages, "x", "direct-messages.js")
    assert problems == []
    assert [(c.platform, c.tie, c.handle, c.since, c.line) for c in contacts] == [
        ("x", "message", "2840019921", utc(2026, 2, 11, 17, 4, 52), 1),
        ("x", "message", "98765", utc(2023, 1, 20, 8), 2),
    ]  # 3300112233 never answered the user: no tie


def test_who_wrote_in_a_group_is_a_group_tie_and_a_silent_member_none():
    contacts, problems = read_fixture(x_messages, "x", "direct-messages-group.js")
    assert problems == []
    assert [(c.tie, c.handle) for c in contacts] == [("group", "4411"), ("group", "4412")]


def test_one_conversation_both_wrote_in_names_the_file_and_reads_no_one():
    data = _file(
        _dm(f"{ME}-77", (ME, "77", "2025-01-01T00:00:00Z"), ("77", ME, "2025-01-02T00:00:00Z"))
    )
    (problem,) = list(x_messages.read(data, "direct-messages.js"))
    assert (problem.file, problem.line) == ("direct-messages.js", 0)
    assert "which of its accounts is yours cannot be told" in problem.message


def test_one_conversation_a_stranger_wrote_in_is_theirs_the_user_the_recipient():
    data = _file(_dm(f"{ME}-77", ("77", ME, "2025-01-02T00:00:00Z")))
    (contact,) = list(x_messages.read(data, "direct-messages.js"))
    assert (contact.tie, contact.handle) == ("message", "77")


def test_a_bad_item_and_a_cut_are_named_by_item_and_the_rest_loads():
    data = _file(
        _dm(f"{ME}-77", ("77", ME, "2025-01-02T00:00:00Z")),
        {"dmConversation": {"conversationId": "x"}},
        _dm(f"{ME}-78", ("78", ME, "2025-01-03T00:00:00Z")),
        _dm(f"{ME}-79", ("79", ME, "2025-01-04T00:00:00Z")),
        prefix="window.YTD.direct_messages.part1 = ",
    )[:-60]
    items = list(x_messages.read(data, "direct-messages-part1.js"))
    assert [(i.line, i.handle) for i in items if hasattr(i, "handle")] == [(1, "77"), (3, "78")]
    assert [(p.line, "item from" in p.message or "JSON" in p.message) for p in items
            if not hasattr(p, "handle")] == [(2, False), (4, True)]  # fmt: skip


def test_texts_are_never_evaluated_nor_kept():
    data = b'window.YTD.direct_messages.part0 = [{"dmConversation": __import__("os")}]'
    (problem,) = list(x_messages.read(data, "direct-messages.js"))
    assert problem.line == 0 and "JSON" in problem.message
    contacts, _ = read_fixture(x_messages, "x", "direct-messages.js")
    assert all(c.name is None and c.organisation is None for c in contacts)


def test_a_followed_account_you_message_is_one_person_messaged():
    following = b'window.YTD.following.part0 = [{"following": {"accountId": "77", '
    following += b'"userLink": "https://twitter.com/intent/user?user_id=77"}}]'
    dms = _file(_dm(f"{ME}-77", ("77", ME, "2026-03-02T00:00:00Z")))
    contacts = [*x_archive.read(following, "following.js"), *x_messages.read(dms, "dm.js")]
    (person,) = resolve(contacts)
    assert tie_summary(person) == "X, messaged 2026, you follow them"
    assert person.strength == TIE_WEIGHTS["message"]  # one platform: no bonus


def test_a_file_of_one_group_thread_is_the_user_who_wrote_the_most():
    """As for LinkedIn's group threads: a silent member received as much as the user."""
    thread = _dm("1600", (ME, "", "2025-01-01T00:01:00Z"), ("51", "", "2025-01-01T00:02:00Z"))
    thread["dmConversation"]["messages"].append(
        {"messageCreate": {"senderId": ME, "createdAt": "2025-01-01T00:03:00Z"}}
    )
    data = _file(thread, prefix="window.YTD.direct_messages_group.part0 = ")
    (contact,) = list(x_messages.read(data, "direct-messages-group.js"))
    assert (contact.tie, contact.handle) == ("group", "51")
