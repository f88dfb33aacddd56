"""X archive following.js / follower.js: JS prefix stripped, never evaluated."""

from __future__ import annotations

from network_helpers import read_fixture

from extractors.network import x_archive


def test_following_gives_account_ids_as_strings_with_item_index_as_line():
    contacts, problems = read_fixture(x_archive, "x", "following.js")
    assert problems == []
    assert [(c.handle, c.tie, c.line) for c in contacts] == [
        ("1234567890123456789", "following", 1),
        ("987654321", "following", 2),
    ]
    assert all(c.platform == "x" and c.name is None and c.since is None for c in contacts)


def test_follower_file_gives_followers():
    contacts, _ = read_fixture(x_archive, "x", "follower.js")
    assert [(c.handle, c.tie) for c in contacts] == [("55512345", "follower")]


def test_part1_file_handles_from_links_integer_ids_and_a_broken_item():
    contacts, problems = read_fixture(x_archive, "x", "following-part1.js")
    assert [(c.handle, c.line) for c in contacts] == [("ada_dev", 1), ("grace", 2), ("4444", 4)]
    assert [(p.file, p.line) for p in problems] == [("following-part1.js", 3)]


def test_content_is_parsed_as_json_never_evaluated():
    data = b'window.YTD.following.part0 = [{"following": {"userLink": __import__("os")}}]'
    (problem,) = list(x_archive.read(data, "following.js"))
    assert problem.line == 0 and "JSON" in problem.message


def test_a_file_cut_short_keeps_the_items_before_the_cut():
    data = (
        b'window.YTD.follower.part0 = [ {"follower": {"accountId": "5"}},\n'
        b' {"follower": {"accountId": "6"}}, {"follower": {"accountId'
    )
    *contacts, problem = list(x_archive.read(data, "follower.js"))
    assert [(c.handle, c.tie, c.line) for c in contacts] == [
        ("5", "follower", 1),
        ("6", "follower", 2),
    ]
    assert (problem.file, problem.line) == ("follower.js", 3)
    assert "from item 3 on" in problem.message


def test_sniff_needs_the_ytd_prefix_or_the_record_shape():
    assert x_archive.sniff("renamed.txt", b"window.YTD.follower.part3 = [")
    assert x_archive.sniff("x.json", b'[ {"following": {"accountId": "1"}} ]')
    assert not x_archive.sniff("following.js", b"window.YTD.tweets.part0 = [")
    assert not x_archive.sniff("following.js", b"window.__THAR_CONFIG = {}")
