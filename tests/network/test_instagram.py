"""Instagram followers/following: bare array and wrapped shapes, value/title/href."""

from __future__ import annotations

from conftest import fixture_bytes
from network_helpers import read_fixture, utc

from extractors.network import instagram


def test_followers_bare_array_uses_value():
    contacts, problems = read_fixture(instagram, "instagram", "followers_1.json")
    assert problems == []
    assert [(c.handle, c.tie, c.since, c.line) for c in contacts] == [
        ("avery.stone.example", "follower", utc(2023, 11, 14, 22, 13, 20), 1),
        ("loomworks.studio", "follower", utc(2024, 3, 9, 17), 2),
    ]


def test_following_newer_entries_use_title_and_older_ones_value():
    contacts, problems = read_fixture(instagram, "instagram", "following.json")
    assert problems == []
    assert [(c.handle, c.tie) for c in contacts] == [
        ("avery.stone.example", "following"),  # title + instagram.com/_u/ link, no value
        ("harborline.ops", "following"),
    ]


def test_username_from_the_link_when_value_and_title_are_missing():
    data = (
        b'{"relationships_following": [{"title": "", "string_list_data": '
        b'[{"href": "https://www.instagram.com/_u/Link.Only", "timestamp": 1}]}]}'
    )
    (contact,) = list(instagram.read(data, "following.json"))
    assert contact.handle == "link.only"


def test_older_wrapped_followers_and_an_entry_without_username():
    contacts, problems = read_fixture(instagram, "instagram", "followers_2022.json")
    assert [(c.handle, c.tie) for c in contacts] == [("old.style", "follower")]
    assert [(p.line, p.message) for p in problems] == [(2, "entry has no username")]


def test_the_2019_connections_json_maps_usernames_to_iso_times():
    data = fixture_bytes("network", "instagram", "connections_2019.json")
    assert instagram.sniff("connections.json", data)
    contacts, problems = read_fixture(instagram, "instagram", "connections_2019.json")
    assert [(c.handle, c.tie, c.since, c.line) for c in contacts] == [
        ("avery.stone.example", "follower", utc(2019, 5, 1, 10), 1),
        ("zoë.brandt", "follower", utc(2019, 6, 11, 21, 15, 42), 2),  # mojibake repaired
        ("harborline.ops", "following", utc(2018, 12, 24, 17, 5), 3),
        ("no.date.example", "following", None, 4),
    ]  # blocked users, close friends and hashtags are not ties
    assert [(p.line, p.message) for p in problems] == [(4, "unreadable timestamp 'not a date'")]


def test_close_friends_and_other_lists_are_not_sniffed():
    assert not instagram.sniff("close_friends.json", b'{"relationships_close_friends": [')
    assert not instagram.sniff("followers_1.json", b'[{"name": "x", "timestamp": 1}]')


def test_a_timestamp_out_of_range_is_a_problem_of_its_entry_and_the_rest_loads():
    data = (
        b'[{"string_list_data": [{"href": "https://www.instagram.com/a", "value": "a",'
        b' "timestamp": 1e20}]}, {"string_list_data": [{"value": "b", "timestamp": 1}]}]'
    )
    first, problem, second = list(instagram.read(data, "followers_1.json"))
    assert (first.handle, first.since, second.handle) == ("a", None, "b")
    assert (problem.line, problem.message) == (1, "unreadable timestamp 1e+20")
