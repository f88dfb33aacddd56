"""Mastodon following_accounts.csv: header, headerless old export, bad addresses; the
account archive, which holds no follows but whom the user talked to (`outbox.json`)."""

from __future__ import annotations

import pytest
from conftest import FIXTURES, fixture_bytes
from network_helpers import read_fixture, utc

from extractors.network import Contact, import_paths, mastodon_archive, mastodon_follows
from warehouse.network.identity import TIE_WEIGHTS, resolve
from warehouse.network.paths import PostingRef, referral_paths, tie_summary


def test_follows_export_gives_lowercased_user_at_domain():
    contacts, problems = read_fixture(mastodon_follows, "mastodon", "following_accounts.csv")
    assert problems == []
    assert [(c.handle, c.tie, c.line) for c in contacts] == [
        ("marta_k@fosstown.example", "following", 2),
        ("loomworks@mastodon.example", "following", 3),
    ]


def test_bad_address_is_reported_and_the_rest_loads():
    contacts, problems = read_fixture(
        mastodon_follows, "mastodon", "following_accounts_bad_row.csv"
    )
    assert [c.handle for c in contacts] == ["marta_k@fosstown.example", "zed@example.social"]
    assert [(p.line, p.message) for p in problems] == [
        (3, "not an account address: 'not-an-address'")
    ]


def test_headerless_old_export_is_recognised_by_its_file_name_only():
    data = fixture_bytes("network", "mastodon", "headerless", "following_accounts.csv")
    assert mastodon_follows.sniff("following_accounts.csv", data)
    assert not mastodon_follows.sniff("blocked_accounts.csv", data)
    contacts, _ = read_fixture(mastodon_follows, "mastodon", "headerless", "following_accounts.csv")
    assert [(c.handle, c.line) for c in contacts] == [
        ("gargron@mastodon.social", 1),
        ("ada@hachyderm.io", 2),
    ]


def test_muted_accounts_export_is_not_follows():
    assert not mastodon_follows.sniff(
        "following_accounts.csv", fixture_bytes("network", "mastodon", "muted_accounts.csv")
    )


def test_an_account_archive_says_it_holds_no_follows_and_where_they_are():
    """The archive is what "Request your archive" gives; "not recognised" would leave
    the user thinking their follows were read. Its outbox is read for whom the user
    talked to."""
    result = import_paths([FIXTURES / "network" / "mastodon" / "archive"])
    assert [(f.rsplit("/", 1)[1], n, c) for f, n, c in result.files] == [
        ("actor.json", "mastodon_archive", 0),
        ("outbox.json", "mastodon_archive", 3),
    ]
    (problem,) = result.problems
    assert problem.line == 0 and "no follows" in problem.message
    assert "following_accounts.csv" in problem.message
    assert not mastodon_archive.sniff("actor.json", b'{"type": "Person"}')


def test_the_outbox_gives_whom_the_user_mentioned_or_replied_to_by_their_last_post():
    """A reply names its account in `inReplyTo`, a local account has no domain in its
    mention's name; the user's own thread and a boost are no one."""
    data = fixture_bytes("network", "mastodon", "archive", "outbox.json")
    items = list(mastodon_archive.read(data, "outbox.json"))
    assert [(c.platform, c.tie, c.handle, c.since, c.line) for c in items] == [
        ("mastodon", "mention", "kai@fosstodon.org", utc(2026, 1, 15, 18), 2),
        ("mastodon", "mention", "ines@mastodon.example", utc(2026, 1, 15, 18), 2),
        ("mastodon", "mention", "bo@hachyderm.io", utc(2026, 2, 2, 7), 5),
    ]


def test_an_outbox_item_that_is_no_activity_is_named_by_its_index():
    data = b'{"@context": "https://www.w3.org/ns/activitystreams", "id": "outbox.json",'
    data += b' "type": "OrderedCollection", "orderedItems": ["oops", {"type": "Create",'
    data += b' "actor": "https://a.example/users/me", "published": "2026-01-01T00:00:00Z",'
    data += b' "object": {"type": "Note", "tag": [{"type": "Mention",'
    data += b' "href": "https://b.example/@mo", "name": "@mo@b.example"}]}}]}'
    problem, contact = list(mastodon_archive.read(data, "renamed.json"))
    assert (problem.file, problem.line) == ("renamed.json", 1)
    assert (contact.handle, contact.line) == ("mo@b.example", 2)


def test_a_followed_account_you_replied_to_posts_a_lead_through_both_ties():
    follows = b"Account address,Show boosts,Notify on new posts,Languages\n"
    follows += b"kai@fosstodon.org,true,false,\n"
    data = fixture_bytes("network", "mastodon", "archive", "outbox.json")
    contacts = [*mastodon_follows.read(follows, "following_accounts.csv"),
                *mastodon_archive.read(data, "outbox.json")]  # fmt: skip
    people = resolve(c for c in contacts if isinstance(c, Contact))
    (kai,) = [p for p in people if p.handles.get("mastodon") == "kai@fosstodon.org"]
    assert tie_summary(kai) == "Mastodon, you mentioned them 2026, you follow them"
    assert TIE_WEIGHTS["following"] < kai.strength < TIE_WEIGHTS["group"]
    post = PostingRef("L1", "mastodon", "kai@fosstodon.org", None, None, None, posters="mastodon")
    (path,) = referral_paths([post], people)
    assert path.is_hiring and path.network_path.startswith("kai@fosstodon.org posted it (Mastodon")


@pytest.mark.parametrize(
    ("name", "text"),
    [
        ("blocked_accounts.csv", "spam@bad.example\nbot@junk.example\n"),
        ("blocked_domains.csv", "junk.example\nbad.example\n"),
        ("bookmarks.csv", "https://social.example/@amy/111\nhttps://other.example/@bo/222\n"),
        ("lists.csv", "Friends,amy@social.example\nWork,bo@other.example\n"),
        ("muted_accounts.csv", "Account address,Hide notifications\nloud@x.example,true\n"),
    ],
)
def test_the_other_account_exports_are_no_follows_and_no_problems(tmp_path, name, text):
    (tmp_path / name).write_text(text)
    result = import_paths([tmp_path / name])
    assert (result.contacts, result.problems) == ([], [])


def test_a_follows_export_with_a_bom_crlf_and_a_quoted_language_list():
    data = (
        "\ufeffAccount address,Show boosts,Notify on new posts,Languages\r\n"
        'Amy@Social.Example,true,false,"en, de, fr"\r\nbo@local.example,false,false,\r\n'
    ).encode()
    assert mastodon_follows.sniff("export.csv", data)
    contacts = list(mastodon_follows.read(data, "export.csv"))
    assert [(c.handle, c.line) for c in contacts] == [
        ("amy@social.example", 2),
        ("bo@local.example", 3),
    ]


def test_a_spreadsheet_re_save_with_semicolons_and_windows_bytes():
    """`;` between fields, the language list quoted, a cp1252 domain: read as the export."""
    text = (
        "Account address;Show boosts;Notify on new posts;Languages\r\n"
        'Léa@Café.example;true;false;"fr, de"\r\n'
        "bob@social.example;false;false;\r\n"
    )
    data = text.encode("cp1252")
    assert mastodon_follows.sniff("following_accounts.csv", data)
    found = list(mastodon_follows.read(data, "following_accounts.csv"))
    assert [(c.handle, c.line) for c in found] == [
        ("léa@café.example", 2),
        ("bob@social.example", 3),
    ]
