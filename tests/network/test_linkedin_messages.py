"""LinkedIn messages.csv: one tie per person who wrote to the user, never the content."""

from __future__ import annotations

from conftest import fixture_bytes
from network_helpers import read_fixture, utc

from extractors.network import linkedin_messages as messages


def test_sample_gives_the_sender_and_skips_the_user():
    contacts, problems = read_fixture(messages, "linkedin", "messages.csv")
    assert problems == []
    (ines,) = contacts
    assert (ines.name, ines.handle, ines.tie) == (
        "Ines Okafor-Lindqvist",
        "ines-okafor-l-3b2a91",
        "message",
    )
    assert ines.since == utc(2026, 2, 9, 14, 3, 22)
    assert ines.line == 2


def test_all_quoted_2026_export_one_contact_per_counterpart_at_their_last_message():
    contacts, problems = read_fixture(messages, "linkedin", "messages_2026_quoted.csv")
    by_handle = {c.handle: c for c in contacts}
    # the user (jordanpike-example) is in every conversation: never a contact; a cold
    # message the user sent and a group member who never wrote are not ties; SPAM is not
    assert set(by_handle) == {"ines-okafor-l-3b2a91", "sam-ortiz-example"}
    ines = by_handle["ines-okafor-l-3b2a91"]
    assert ines.since == utc(2026, 3, 1, 8, 30)
    assert ines.line == 5  # the first message spans lines 2-3
    assert [(p.line, p.message) for p in problems] == [(9, "unreadable DATE 'not a date'")]


def test_content_and_subject_are_never_kept():
    contacts, _ = read_fixture(messages, "linkedin", "messages_2026_quoted.csv")
    text = repr(contacts)
    assert "free in March" not in text and "Dinner" not in text


def test_pre_2023_export_with_nine_columns_finds_the_user_by_name():
    contacts, problems = read_fixture(messages, "linkedin", "messages_2022.csv")
    assert problems == []
    assert [(c.name, c.handle, c.since) for c in contacts] == [
        ("Lee Chan", "leechan", utc(2022, 5, 1, 10)),
        ("Mia Roth", "miaroth", utc(2022, 6, 1, 10)),
    ]


def test_a_draft_names_the_user():
    header = (
        "CONVERSATION ID,FROM,SENDER PROFILE URL,TO,RECIPIENT PROFILE URLS,DATE,IS MESSAGE DRAFT"
    )
    rows = [
        "c1,Me,https://www.linkedin.com/in/me,Ann,https://www.linkedin.com/in/ann,"
        "2026-01-01 10:00:00 UTC,Yes",
        "c1,Ann,https://www.linkedin.com/in/ann,Me,https://www.linkedin.com/in/me,"
        "2026-01-01 09:00:00 UTC,No",
    ]
    data = "\n".join([header, *rows]).encode()
    assert [c.handle for c in messages.read(data, "m.csv")] == ["ann"]


def test_sniff_by_header():
    assert messages.sniff("renamed.csv", fixture_bytes("network", "linkedin", "messages_2022.csv"))
    assert not messages.sniff("messages.csv", b"FROM,TO,DATE\n")


def test_linkedin_member_who_left_or_hides_their_profile_is_no_contact():
    """LinkedIn writes "LinkedIn Member" without a profile URL for all of them: one
    made-up person who would merge strangers."""
    header = "CONVERSATION ID,CONVERSATION TITLE,FROM,SENDER PROFILE URL,TO,DATE,SUBJECT,CONTENT,"
    header += "FOLDER"
    rows = [
        "c1,,Ann Lee,https://www.linkedin.com/in/ann,Me,2022-06-01 09:00:00 UTC,,Hi,INBOX",
        "c1,,Me,https://www.linkedin.com/in/me,Ann Lee,2022-06-01 10:00:00 UTC,,Hi!,INBOX",
        "c2,,LinkedIn Member,,Me,2022-07-02 08:00:00 UTC,,Hello,INBOX",
        "c3,,LinkedIn Member,,Me,2022-07-03 08:00:00 UTC,,Hello,INBOX",
    ]
    data = "\n".join([header, *rows]).encode()
    assert [c.name for c in messages.read(data, "messages.csv")] == ["Ann Lee"]
