"""Facebook friends JSON: mojibake repaired per string, eras, entries without names."""

from __future__ import annotations

import json

import pytest
from network_helpers import read_fixture, utc

from extractors.network import Contact, Problem, facebook_friends, import_paths


def test_friends_v2_names_are_repaired_and_times_are_utc():
    contacts, problems = read_fixture(facebook_friends, "facebook", "your_friends.json")
    assert problems == []
    assert [(c.name, c.since, c.line) for c in contacts] == [
        ("José Núñez", utc(2021, 2, 15), 1),
        ("Avery Stone", utc(2023, 11, 14, 22, 13, 20), 2),
        ("Zoë Brandt", utc(2014, 1, 1), 3),
    ]
    assert all((c.platform, c.tie, c.handle) == ("facebook", "friend", None) for c in contacts)


def test_oldest_friends_key_nameless_entries_skipped_and_bad_entries_reported():
    contacts, problems = read_fixture(facebook_friends, "facebook", "friends_2019.json")
    assert [(c.name, c.line, c.since) for c in contacts] == [
        ("Björn Åström", 1, utc(2010, 1, 1)),
        ("Plain Ascii", 4, None),
    ]
    assert [(p.line, p.message) for p in problems] == [(3, "entry is not an object")]


def test_who_you_follow_is_a_following_tie():
    contacts, _ = read_fixture(facebook_friends, "facebook", "who_you_follow.json")
    assert [(c.name, c.tie) for c in contacts] == [("Loomworks Studio", "following")]


def test_removed_friends_are_not_ties():
    assert not facebook_friends.sniff("x.json", b'{"deleted_friends_v2": [')
    items = list(facebook_friends.read(b'{"deleted_friends_v2": []}', "removed_friends.json"))
    assert [(i.line, i.message) for i in items] == [
        (
            0,
            "not a Facebook friends/follows file: no list of entries under a known key "
            "(keys: deleted_friends_v2)",
        )
    ]


def test_a_friends_file_whose_key_changed_is_reported_by_name_not_skipped():
    data = b'{"friend_list_v9": [{"name": "Avery Stone", "timestamp": 1}], "meta": {}}'
    assert facebook_friends.sniff("your_friends.json", data)
    assert not facebook_friends.sniff("notes.json", data)
    assert not facebook_friends.sniff("your_friends.json", b"[1, 2]")
    (problem,) = list(facebook_friends.read(data, "fb/your_friends.json"))
    assert (problem.file, problem.line) == ("fb/your_friends.json", 0)
    assert "(keys: friend_list_v9, meta)" in problem.message


def test_broken_json_is_one_problem():
    (problem,) = list(facebook_friends.read(b'{"friends_v2": [', "your_friends.json"))
    assert problem.line == 0 and problem.file == "your_friends.json"


def test_a_timestamp_out_of_range_is_a_problem_of_its_entry_and_the_rest_loads():
    """Garbage where seconds belong, once a crash of the whole import; milliseconds are
    read as milliseconds."""
    data = (
        b'{"friends_v2": [{"name": "Ann Ms", "timestamp": 1613347200000},'
        b' {"name": "Bo Huge", "timestamp": 1e300}, {"name": "Cy Ok", "timestamp": 1613347200}]}'
    )
    items = list(facebook_friends.read(data, "your_friends.json"))
    contacts = [(i.name, i.since) for i in items if isinstance(i, Contact)]
    assert contacts == [
        ("Ann Ms", utc(2021, 2, 15)),
        ("Bo Huge", None),
        ("Cy Ok", utc(2021, 2, 15)),
    ]
    assert [(p.line, p.message) for p in items if isinstance(p, Problem)] == [
        (2, "unreadable timestamp 1e+300"),
    ]


def _export(tmp_path, path: str, document: object):  # type: ignore[no-untyped-def]
    file = tmp_path / path
    file.parent.mkdir(parents=True)
    file.write_text(json.dumps(document))
    return import_paths([tmp_path])


@pytest.mark.parametrize(
    ("path", "key"),
    [
        ("connections/friends/sent_friend_requests.json", "sent_requests_v2"),
        ("connections/friends/received_friend_requests.json", "received_requests_v2"),
        ("connections/friends/rejected_friend_requests.json", "rejected_requests_v2"),
        ("connections/friends/people_you_may_know.json", "people_you_may_know_v2"),
        ("friends_and_followers/friend_requests_sent.json", "sent_requests"),
    ],
)
def test_requests_and_suggestions_are_no_ties_and_no_problems(tmp_path, path, key):
    result = _export(tmp_path, path, {key: [{"name": "Rae Pell", "timestamp": 1700000000}]})
    assert (result.contacts, result.problems) == ([], [])
    assert [importer for _, importer, _ in result.files] == [None]


@pytest.mark.parametrize(
    ("path", "key", "tie"),
    [
        ("connections/followers/people_who_followed_you.json", "followers_v2", "follower"),
        ("friends_and_followers/friends.json", "friends_v2", "friend"),  # 2020-22 archives
    ],
)
def test_followers_and_the_2021_friends_file_are_read(tmp_path, path, key, tie):
    people = [{"name": "Kai M\u00c3\u00bcller", "timestamp": 1600000000}, {"timestamp": 1}]
    result = _export(tmp_path, path, {key: people})
    assert result.problems == []
    assert [(c.name, c.tie, c.since) for c in result.contacts] == [
        ("Kai Müller", tie, utc(2020, 9, 13, 12, 26, 40))
    ]


def _followers(*names: str) -> list[dict[str, object]]:
    """Entries in the shape Accounts Center gives Facebook's follows (Instagram's),
    each name written as Meta writes it: its UTF-8 bytes as latin-1 escapes."""
    return [
        {
            "title": "",
            "media_list_data": [],
            "string_list_data": [{"value": n.encode().decode("latin-1"), "timestamp": 1700000000}],
        }
        for n in names
    ]


@pytest.mark.parametrize(
    ("name", "document", "tie"),
    [
        ("people_who_followed_you.json", _followers("Zoë Varga", "Omar Haddad"), "follower"),
        ("people_who_followed_you_1.json", _followers("Zoë Varga", "Omar Haddad"), "follower"),
        ("people_who_followed_you.json", {"followers_v3": _followers("Zoë Varga", "Omar Haddad")},
         "follower"),
        ("who_you've_followed.json", _followers("Zoë Varga", "Omar Haddad"), "following"),
    ],
)  # fmt: skip
def test_follows_in_instagram_s_entry_shape_are_read_by_their_file_s_name(name, document, tie):
    data = json.dumps(document).encode()
    assert facebook_friends.sniff(name, data)
    contacts = list(facebook_friends.read(data, f"connections/followers/{name}"))
    assert [(c.platform, c.tie, c.name, c.since) for c in contacts] == [
        ("facebook", tie, "Zoë Varga", utc(2023, 11, 14, 22, 13, 20)),
        ("facebook", tie, "Omar Haddad", utc(2023, 11, 14, 22, 13, 20)),
    ]


def test_a_bare_array_is_claimed_only_under_a_follows_file_s_name():
    data = json.dumps(_followers("Zoë Varga")).encode()
    assert not facebook_friends.sniff("followers_1.json", data)  # Instagram's, or no one's
    assert not facebook_friends.sniff("your_friends.json", data)
    (problem,) = list(facebook_friends.read(b"[1, 2", "people_who_followed_you.json"))
    assert (problem.line, problem.message.split(":")[0]) == (0, "unreadable JSON")
