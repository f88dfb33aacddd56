"""Facebook and Instagram exports downloaded in HTML, the format Meta offers first: the
same contacts as the JSON download gives for the same people."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from conftest import fixture_bytes

from extractors.network import Contact, import_paths, meta_html
from extractors.network._contact import Problem

_FRIENDS_2023 = """<!DOCTYPE html><html><head><meta charset="utf-8"><title>Your friends</title>
</head><body><div class="_a706" role="main">
<section class="_a6-g"><h2 class="_2ph_ _a6-h _a6-i">Oriana Falk</h2>
<footer class="_a6-o"><div class="_a72d">Sep 03, 2022 7:41:09 pm</div></footer></section>
<section class="_a6-g"><h2 class="_2ph_ _a6-h _a6-i">B&#xe9;la Kov&#xe1;cs &amp; co</h2>
<footer class="_a6-o"><div class="_a72d">Jan 5, 2020 12:02:33 AM</div></footer></section>
<section class="_a6-g"><h2 class="_2ph_ _a6-h _a6-i">Nadia Ferri</h2>
<footer class="_a6-o"><div class="_a72d">9月 12, 2021 8:00:00 PM</div></footer></section>
</div></body></html>"""

_FOLLOWERS = """<html><head><meta charset="utf-8"></head><body><div role="main">
<div class="pam _3-95 _2ph- _a6-g uiBoxWhite noborder"><div class="_a6-p"><div><div>
<a target="_blank" href="https://www.instagram.com/Quill.and.Ink">Quill.and.Ink</a></div>
<div>Oct 27, 2024 4:18 pm</div></div></div><div class="_3-94 _a6-o"></div></div>
</div><footer><a href="https://www.instagram.com/legal/terms/">Terms</a></footer></body></html>"""

_FOLLOWING_JSON = (
    b'{"relationships_following": [{"title": "quill.and.ink", "string_list_data": [{"href": '
    b'"https://www.instagram.com/_u/quill.and.ink", "timestamp": 1730045880}]}]}'
)

_OLD_FRIENDS = """<html><body><div class="nav"><ul><li><a href="x.htm">Profile</a></li></ul></div>
<div class="contents"><h2>Friends</h2><ul><li>Emil Strand (3 June 2014)</li><li>Ravi Iyer</li>
</ul><h2>Sent Friend Requests</h2><ul><li>Not A Friend Yet</li></ul></div></body></html>"""


def _read(name: str, html: str) -> list[Contact | Problem]:
    return list(meta_html.read(html.encode(), name))


def test_friends_in_the_2022_layout_give_names_and_dates():
    items = _read("your_friends.html", _FRIENDS_2023)
    contacts = [c for c in items if isinstance(c, Contact)]
    assert [(c.platform, c.tie, c.name) for c in contacts] == [
        ("facebook", "friend", "Oriana Falk"),
        ("facebook", "friend", "Béla Kovács & co"),
        ("facebook", "friend", "Nadia Ferri"),
    ]
    assert contacts[0].since == datetime(2022, 9, 3, 19, 41, 9, tzinfo=UTC)
    assert contacts[1].since == datetime(2020, 1, 5, 0, 2, 33, tzinfo=UTC)
    # a month name no table knows: the friend is kept, the date reported
    assert contacts[2].since is None
    assert [p.line for p in items if isinstance(p, Problem)] == [3]


def test_instagram_followers_give_the_username_the_json_gives(tmp_path):
    """The HTML and JSON downloads of the same account give the same contact key."""
    (tmp_path / "followers_1.html").write_text(_FOLLOWERS, encoding="utf-8")
    (tmp_path / "following.json").write_bytes(_FOLLOWING_JSON)
    result = import_paths([tmp_path])
    assert sorted((c.tie, c.handle) for c in result.contacts) == [
        ("follower", "quill.and.ink"),
        ("following", "quill.and.ink"),
    ]
    follower = next(c for c in result.contacts if c.tie == "follower")
    assert follower.platform == "instagram" and follower.name is None
    assert follower.since == datetime(2024, 10, 27, 16, 18, tzinfo=UTC)
    assert result.problems == []


def test_the_oldest_friends_page_reads_its_first_list_only():
    contacts = _read("friends.htm", _OLD_FRIENDS)
    assert [(c.name, c.since) for c in contacts if isinstance(c, Contact)] == [
        ("Emil Strand", datetime(2014, 6, 3, tzinfo=UTC)),
        ("Ravi Iyer", None),
    ]


def test_a_page_without_people_is_one_problem_not_a_contact():
    page = '<html><body><div role="main"><p>No friends to show</p></div></body></html>'
    (problem,) = _read("your_friends.html", page)
    assert isinstance(problem, Problem) and problem.line == 0


def test_names_with_dates_below_them():
    contacts = list(
        meta_html.read(fixture_bytes("network", "facebook", "your_friends.html"), "f.html")
    )
    assert [(c.name, c.since) for c in contacts if isinstance(c, Contact)] == [
        ("Avery Stone", datetime(2021, 2, 15, tzinfo=UTC))
    ]


def test_sniff_needs_an_export_file_name_and_html_content():
    html = fixture_bytes("network", "facebook", "your_friends.html")
    assert meta_html.sniff("your_friends.html", html)
    assert meta_html.sniff("followers_12.html", html)
    assert meta_html.sniff("friends.htm", html)
    assert not meta_html.sniff("index.html", html)
    assert not meta_html.sniff("your_friends.html", b'{"friends_v2": []}')


def test_meta_dates():
    assert meta_html.when("Aug 09, 2020, 3:12 PM") == datetime(2020, 8, 9, 15, 12, tzinfo=UTC)
    assert meta_html.when("January 2, 2015") == datetime(2015, 1, 2, tzinfo=UTC)
    assert meta_html.when("déc. 24, 2023 9:00 am") == datetime(2023, 12, 24, 9, tzinfo=UTC)
    assert meta_html.when("Ravi Iyer") is None
    assert meta_html.when("Feb 30, 2020") is None


@pytest.mark.parametrize(
    "text",
    [
        "14. März 2021, 21:05",
        "14 mar 2021, 21:05",
        "14 mars 2021 à 21:05",
        "14 de marzo de 2021, 21:05",
        "2021年3月14日 21:05",
        "14.03.2021, 21:05",
    ],
)
def test_a_day_first_date_with_its_time_in_another_ui_language(text):
    """German, Polish, French, Spanish, Japanese pages write the day first, then the time."""
    assert meta_html.when(text) == datetime(2021, 3, 14, 21, 5, tzinfo=UTC)
    assert meta_html.when(text.replace("21:05", "25:05")) is None


def test_a_bare_list_of_instagram_links_gives_each_username_once():
    page = (
        '<html><body><a href="https://www.instagram.com/oak.and.ash">oak.and.ash</a>'
        '<a href="https://instagram.com/oak.and.ash/">https://instagram.com/oak.and.ash/</a>'
        '<a href="https://www.instagram.com/_u/Mira_K">Mira_K</a>'
        '<a href="https://www.instagram.com/explore/tags/pottery/">#pottery</a></body></html>'
    )
    contacts = _read("following.html", page)
    assert [(c.platform, c.tie, c.handle) for c in contacts if isinstance(c, Contact)] == [
        ("instagram", "following", "oak.and.ash"),
        ("instagram", "following", "mira_k"),
    ]


def test_dates_in_a_form_not_read_are_one_problem_for_the_file():
    cards = "".join(
        f'<section class="_a6-g"><h2>Friend {n}</h2><div class="_a72d">{n}月 01, 2026</div>'
        "</section>"
        for n in range(1, 4)
    )
    items = _read("your_friends.html", f"<html><body>{cards}</body></html>")
    problems = [p for p in items if isinstance(p, Problem)]
    assert len([c for c in items if isinstance(c, Contact)]) == 3
    assert [(p.line, p.message.split(" (")[0]) for p in problems] == [(1, "3 dates not read")]
