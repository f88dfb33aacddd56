"""LinkedIn messages.csv: one tie per person who wrote to the user, never the content."""

from __future__ import annotations

import csv
import io

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


_HEADER = (
    "CONVERSATION ID,CONVERSATION TITLE,FROM,SENDER PROFILE URL,TO,RECIPIENT PROFILE URLS,"
    "DATE,SUBJECT,CONTENT,FOLDER,ATTACHMENTS,IS MESSAGE DRAFT,IS CONVERSATION DRAFT"
)


def _thread(conversation: str, people: list[str], said: list[tuple[str, str]]) -> list[str]:
    """Rows of one conversation among `people` (profile slugs): each message goes to
    everyone but its sender, as the export lists them."""

    def name(slug: str) -> str:
        return slug.replace("-", " ").title()

    rows = []
    for minute, (sender, text) in enumerate(said):
        to = [p for p in people if p != sender]
        rows.append(
            f"{conversation},,{name(sender)},https://www.linkedin.com/in/{sender},"
            f'"{", ".join(map(name, to))}",'
            f'"{",".join(f"https://www.linkedin.com/in/{p}" for p in to)}",'
            f'2026-04-01 10:{minute:02d}:00 UTC,,"{text}",INBOX,,No,No'
        )
    return rows


def _read(*threads: list[str]) -> dict[str | None, tuple[str, str | None]]:
    data = "\n".join([_HEADER, *(row for rows in threads for row in rows)]).encode()
    found = messages.read(data, "messages.csv")
    return {c.handle: (c.tie, c.register) for c in found if isinstance(c, messages.Contact)}


def test_who_wrote_only_in_a_group_thread_is_a_group_tie_not_a_message_one():
    """A team's or an event's thread makes no one close: its members who never wrote
    to the user alone are a weaker `group` tie; one who also did is a `message` tie."""
    one_to_one = _thread(
        "c1", ["me", "ann-lee"], [("ann-lee", "Hi, got a minute?"), ("me", "Sure")]
    )
    team = _thread(
        "g1",
        ["me", "ann-lee", "bo-kim", "cy-ruiz"],
        [("bo-kim", "Welcome all"), ("ann-lee", "Thanks"), ("me", "Hi"), ("cy-ruiz", "Hello")],
    )
    assert _read(one_to_one, team) == {
        "ann-lee": ("message", None),
        "bo-kim": ("group", None),
        "cy-ruiz": ("group", None),
    }


def test_a_group_never_sets_how_its_members_address_each_other():
    """In a group, "du" goes between others: the register is read from one-to-one
    conversations only, so a member addressed formally alone stays formal."""
    alone = _thread(
        "c1",
        ["me", "ann-lee"],
        [
            ("ann-lee", "Guten Tag, hätten Sie morgen kurz Zeit für mich?"),
            ("me", "Gerne, ich rufe Sie morgen an. Viele Grüße"),
        ],
    )
    team = _thread(
        "g1",
        ["me", "ann-lee", "bo-kim"],
        [
            ("bo-kim", "Hallo Ann, hast du die Folien? Danke dir"),
            ("ann-lee", "Ja, ich schicke sie dir"),
        ],
    )
    other = _thread("c2", ["me", "di-wu"], [("di-wu", "Hi!")])
    assert _read(alone, team, other) == {
        "ann-lee": ("message", "formal"),
        "bo-kim": ("group", None),
        "di-wu": ("message", None),
    }


def test_a_file_of_one_group_thread_takes_its_most_active_writer_for_the_user():
    """Everyone is in the one conversation, and a silent member received as much as the
    user: the user is the one who wrote the most (their own export's thread)."""
    team = _thread(
        "g1",
        ["me", "ann-lee", "bo-kim", "cy-ruiz"],
        [("me", "Kickoff Monday"), ("ann-lee", "OK"), ("me", "Agenda attached"), ("me", "See you")],
    )
    assert _read(team) == {"ann-lee": ("group", None)}


def test_a_file_of_one_message_to_the_user_takes_its_recipient_for_the_user():
    """One message, one to one: the user is who it was written to."""
    assert _read(_thread("c1", ["me", "ann-lee"], [("ann-lee", "Hello!")])) == {
        "ann-lee": ("message", None)
    }


def test_a_spreadsheet_re_save_with_semicolons_and_windows_bytes_is_read():
    """Excel in a German or French locale writes `;`, quotes what holds one, and cp1252."""
    rows = _thread("c1", ["me", "jörg-weiß"], [("jörg-weiß", "Grüße; bis bald"), ("me", "Merci")])
    text = "\r\n".join(
        ";".join(f'"{cell}"' if ";" in cell else cell for cell in row)
        for row in csv.reader(io.StringIO("\n".join([_HEADER, *rows])))
    )
    found = list(messages.read(text.encode("cp1252"), "messages.csv"))
    assert [(c.name, c.tie) for c in found] == [("Jörg Weiß", "message")]
