"""Mastodon following_accounts.csv: header, headerless old export, bad addresses."""

from __future__ import annotations

from conftest import fixture_bytes
from network_helpers import read_fixture

from extractors.network import mastodon_follows


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
