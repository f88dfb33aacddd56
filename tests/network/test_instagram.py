"""Instagram followers/following: bare array and wrapped shapes, value/title/href."""

from __future__ import annotations

import json

import pytest
from conftest import fixture_bytes
from network_helpers import read_fixture, utc

from extractors.network import import_paths, instagram


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
        ("marta.k.example", "close_friend", utc(2019, 3, 1, 9, 30), 5),
    ]  # blocked users and hashtags are not ties
    assert [(p.line, p.message) for p in problems] == [(4, "unreadable timestamp 'not a date'")]


def test_close_friends_are_a_tie_of_their_own():
    """The close friends list is people the user picked: read as its own tie, stronger
    than the follow the same account may also be (`warehouse.network.identity`)."""
    data = fixture_bytes("network", "instagram", "close_friends.json")
    assert instagram.sniff("renamed.json", data)
    contacts, problems = read_fixture(instagram, "instagram", "close_friends.json")
    assert problems == []
    assert [(c.handle, c.tie, c.since) for c in contacts] == [
        ("bestie", "close_friend", utc(2022, 4, 15, 5, 20))
    ]


def test_other_lists_are_not_sniffed():
    assert not instagram.sniff("blocked.json", b'{"relationships_blocked_users": [')
    assert not instagram.sniff("followers_1.json", b'[{"name": "x", "timestamp": 1}]')


def test_a_timestamp_out_of_range_is_a_problem_of_its_entry_and_the_rest_loads():
    data = (
        b'[{"string_list_data": [{"href": "https://www.instagram.com/a", "value": "a",'
        b' "timestamp": 1e20}]}, {"string_list_data": [{"value": "b", "timestamp": 1}]}]'
    )
    first, problem, second = list(instagram.read(data, "followers_1.json"))
    assert (first.handle, first.since, second.handle) == ("a", None, "b")
    assert (problem.line, problem.message) == (1, "unreadable timestamp 1e+20")


def _entry(user: str) -> dict[str, object]:
    link = {"href": f"https://www.instagram.com/{user}", "value": user, "timestamp": 1760000000}
    return {"title": "", "media_list_data": [], "string_list_data": [link]}


def test_a_large_export_s_second_followers_part_is_read_like_the_first(tmp_path):
    folder = tmp_path / "connections" / "followers_and_following"
    folder.mkdir(parents=True)
    (folder / "followers_1.json").write_text(json.dumps([_entry("lena.k")]))
    (folder / "followers_2.json").write_text(json.dumps([_entry("mo_r"), _entry("ola")]))
    result = import_paths([tmp_path])
    assert result.problems == []
    assert [(c.handle, c.tie, c.line) for c in result.contacts] == [
        ("lena.k", "follower", 1),
        ("mo_r", "follower", 1),
        ("ola", "follower", 2),
    ]


@pytest.mark.parametrize(
    ("name", "key"),
    [
        ("pending_follow_requests.json", "relationships_follow_requests_sent"),
        ("recently_unfollowed_profiles.json", "relationships_unfollowed_users"),
        ("blocked_profiles.json", "relationships_blocked_users"),
        ("removed_suggestions.json", "relationships_dismissed_suggested_users"),
    ],
)
def test_requests_unfollows_and_blocks_are_no_ties_and_no_problems(tmp_path, name, key):
    folder = tmp_path / "connections" / "followers_and_following"
    folder.mkdir(parents=True)
    (folder / name).write_text(json.dumps({key: [_entry("pat")]}))
    result = import_paths([tmp_path])
    assert (result.contacts, result.problems) == ([], [])
