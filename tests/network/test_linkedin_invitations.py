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


RESAVED = (
    "From;To;Sent At;Message;Direction;inviterProfileUrl;inviteeProfileUrl\r\n"
    "Me Self;Kim Li;{first};;OUTGOING;https://www.linkedin.com/in/me-self;"
    "https://www.linkedin.com/in/kim-li\r\n"
    "Ola Berg;Me Self;{second};Salut;INCOMING;https://www.linkedin.com/in/ola-berg;"
    "https://www.linkedin.com/in/me-self\r\n"
)


def test_a_day_first_re_save_is_read_day_first_for_the_whole_column():
    # the second date alone could be 3 February or 2 March: the first's 29 tells
    data = RESAVED.format(first="29/01/2026 14:37", second="03/02/2026 09:05")
    kim, ola = invitations.read(data.encode("cp1252"), "Invitations.csv")
    assert (kim.handle, kim.since) == ("kim-li", utc(2026, 1, 29, 14, 37))
    assert (ola.handle, ola.since) == ("ola-berg", utc(2026, 2, 3, 9, 5))


def test_linkedins_own_month_first_dates_stay_month_first():
    data = RESAVED.format(first='"1/29/26, 2:37 PM"', second='"3/2/26, 9:05 AM"')
    kim, ola = invitations.read(data.encode(), "Invitations.csv")
    assert (kim.since, ola.since) == (utc(2026, 1, 29, 14, 37), utc(2026, 3, 2, 9, 5))
