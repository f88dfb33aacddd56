"""LinkedIn Invitations.csv: the counterpart by direction, `1/29/26, 2:37 PM` as UTC."""

from __future__ import annotations

from network_helpers import read_fixture, utc

from extractors.network import linkedin_invitations as invitations


def test_counterpart_is_the_invitee_when_outgoing_and_the_inviter_when_incoming():
    contacts, problems = read_fixture(invitations, "linkedin", "Invitations.csv")
    assert problems == []
    assert [(c.name, c.handle, c.tie, c.line) for c in contacts] == [
        ("Ines Okafor-Lindqvist", "ines-okafor-l-3b2a91", "invitation", 2),
        ("Sam Ortiz", "sam-ortiz-example", "invitation", 3),
    ]
    assert contacts[0].since == utc(2026, 1, 29, 14, 37)
    assert contacts[1].since == utc(2026, 3, 4, 9, 5)


def test_invitation_message_is_never_kept():
    contacts, _ = read_fixture(invitations, "linkedin", "Invitations.csv")
    assert all("Lisbon" not in repr(contact) for contact in contacts)


def test_older_export_without_url_columns_midnight_and_narrow_no_break_space():
    contacts, problems = read_fixture(invitations, "linkedin", "Invitations_2022_no_urls.csv")
    assert [(c.name, c.handle, c.since) for c in contacts] == [
        ("Lee Chan", None, utc(2022, 1, 5, 10, 15)),
        ("Mia Roth", None, utc(2025, 12, 31, 23, 59)),  # "11:59\u202fPM"
        ("Noor Ali", None, utc(2026, 2, 1, 0, 5)),  # 12:05 AM
        ("Pat Lee", None, None),
    ]
    assert [(p.line, p.message) for p in problems] == [
        (5, "unknown Direction 'SIDEWAYS'"),
        (6, "unreadable Sent At date 'someday'"),
    ]


def test_sniff_by_header_not_by_name():
    head = b"From,To,Sent At,Message,Direction\n"
    assert invitations.sniff("whatever.csv", head)
    assert not invitations.sniff("Invitations.csv", b"From,To,Subject\n")


def test_an_invitation_from_a_linkedin_member_without_a_profile_is_no_contact():
    data = (
        b"From,To,Sent At,Message,Direction\n"
        b'LinkedIn Member,Me,"1/2/26, 9:00 AM",,INCOMING\n'
        b'Lee Chan,Me,"1/3/26, 9:00 AM",,INCOMING\n'
    )
    assert [c.name for c in invitations.read(data, "Invitations.csv")] == ["Lee Chan"]
