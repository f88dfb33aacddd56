"""YouTube Takeout subscriptions: translated header + BOM mapped by position, ids checked."""

from __future__ import annotations

import json

import pytest
from conftest import fixture_bytes
from network_helpers import read_fixture, utc

from extractors.network import youtube_subscriptions as youtube


def test_english_csv_gives_channel_ids_and_titles():
    contacts, problems = read_fixture(youtube, "youtube", "subscriptions.csv")
    assert problems == []
    assert [(c.handle, c.name, c.tie, c.line) for c in contacts] == [
        ("UCa1b2c3d4e5f6g7h8i9j0kL", "Loomworks Engineering", "subscription", 2),
        ("UCz9y8x7w6v5u4t3s2r1q0pO", "Data, Pipelines & Coffee", "subscription", 3),
    ]


def test_arabic_header_with_bom_is_mapped_by_position_and_bad_ids_reported():
    contacts, problems = read_fixture(youtube, "youtube", "subscriptions_ar.csv")
    assert [(c.handle, c.name) for c in contacts] == [
        ("UCa1b2c3d4e5f6g7h8i9j0kL", "قناة الهندسة"),
        ("UC_-0123456789abcdefghij", "Titles, with commas"),
    ]
    assert [(p.line, p.message) for p in problems] == [(3, "not a channel id: 'UCshort'")]


def test_older_takeout_json_with_subscription_dates():
    contacts, problems = read_fixture(youtube, "youtube", "subscriptions.json")
    assert [(c.handle, c.name, c.since) for c in contacts] == [
        ("UCa1b2c3d4e5f6g7h8i9j0kL", "Loomworks Engineering", utc(2019, 4, 1, 12))
    ]
    assert [p.line for p in problems] == [2]


def test_sniff_by_content_whatever_the_header_language():
    data = fixture_bytes("network", "youtube", "subscriptions_ar.csv")
    assert youtube.sniff("renamed.csv", data)
    assert youtube.sniff("x.json", fixture_bytes("network", "youtube", "subscriptions.json"))
    assert not youtube.sniff("x.csv", b"a,b,c\n1,2,3\n")
    header_only = b"Kanal-ID,Kanal-URL,Kanaltitel\n"
    assert youtube.sniff("subscriptions.csv", header_only)
    assert not youtube.sniff("subscriptions.csv", b"Name,Notes,Title\n")


@pytest.mark.parametrize(
    ("name", "header"),
    [
        ("Abos.csv", "Kanal-ID,Kanal-URL,Kanaltitel"),
        ("suscripciones.csv", "ID del canal,URL del canal,Título del canal"),
        ("登録チャンネル.csv", "\ufeffチャンネル ID,チャンネルの URL,チャンネルのタイトル"),
        ("subscriptions.csv", "channel-ID,channel-URL,channel title"),
    ],
)
def test_a_translated_takeout_with_no_subscriptions_is_recognised_by_its_header(name, header):
    """Takeout translates the file's name with its header (`Abos/Abos.csv`): a file of
    no subscriptions is told by a header naming an id, then a URL."""
    assert youtube.sniff(name, f"{header}\n".encode())
    assert list(youtube.read(f"{header}\n".encode(), name)) == []


def test_a_spreadsheet_re_save_with_semicolons_and_windows_bytes():
    """Excel in a French or German locale: `;` between fields, a title holding one
    quoted, cp1252 in the translated header and the titles."""
    text = (
        "ID de la chaîne;URL de la chaîne;Titre de la chaîne\r\n"
        "UCa1b2c3d4e5f6g7h8i9j0kL;http://www.youtube.com/channel/UCa1b2c3d4e5f6g7h8i9j0kL;"
        "Küche & Café\r\n"
        "UCz9y8x7w6v5u4t3s2r1q0pO;http://www.youtube.com/channel/UCz9y8x7w6v5u4t3s2r1q0pO;"
        '"Données; pipelines"\r\n'
    )
    data = text.encode("cp1252")
    assert youtube.sniff("abonnements.csv", data)
    found = list(youtube.read(data, "abonnements.csv"))
    assert [(c.handle, c.name, c.line) for c in found] == [
        ("UCa1b2c3d4e5f6g7h8i9j0kL", "Küche & Café", 2),
        ("UCz9y8x7w6v5u4t3s2r1q0pO", "Données; pipelines", 3),
    ]


def test_a_subscription_whose_date_cannot_be_read_is_kept_without_it_and_said():
    item = {
        "kind": "youtube#subscription",
        "snippet": {"title": "Loom", "resourceId": {"channelId": "UCa1b2c3d4e5f6g7h8i9j0kL"}},
    }
    dated = [{**item, "snippet": {**item["snippet"], "publishedAt": d}} for d in ("soon", 7)]
    found = list(youtube.read(json.dumps([item, *dated]).encode(), "subscriptions.json"))
    assert [(c.line, c.since) for c in found if isinstance(c, youtube.Contact)] == [
        (1, None),
        (2, None),
        (3, None),
    ]
    assert [(p.line, p.message) for p in found if isinstance(p, youtube.Problem)] == [
        (2, "unreadable publishedAt 'soon', kept without it"),
        (3, "unreadable publishedAt 7, kept without it"),
    ]
