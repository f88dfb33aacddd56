"""Facebook and Instagram exports downloaded in HTML: named, with what to do instead."""

from __future__ import annotations

from conftest import fixture_bytes

from extractors.network import import_paths, meta_html


def test_an_html_friends_file_says_to_download_json_again(tmp_path):
    """HTML is the format Meta offers first; "not recognised" alone leaves the user lost."""
    folder = tmp_path / "connections" / "followers_and_following"
    folder.mkdir(parents=True)
    (folder / "followers_1.html").write_bytes(b"<html><body><a>ada</a></body></html>")
    (folder / "following.html").write_bytes(b"\n<!DOCTYPE html><html></html>")
    result = import_paths([tmp_path / "connections"])
    assert [(f.rsplit("/", 1)[1], n, c) for f, n, c in result.files] == [
        ("followers_1.html", "meta_html", 0),
        ("following.html", "meta_html", 0),
    ]
    assert [p.line for p in result.problems] == [0, 0]
    assert all("JSON" in p.message for p in result.problems)


def test_sniff_needs_an_export_file_name_and_html_content():
    html = fixture_bytes("network", "facebook", "your_friends.html")
    assert meta_html.sniff("your_friends.html", html)
    assert meta_html.sniff("followers_12.html", html)
    assert not meta_html.sniff("index.html", html)
    assert not meta_html.sniff("your_friends.html", b'{"friends_v2": []}')
