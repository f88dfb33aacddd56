"""Discovery, scanning of files, folders and zips, and import_paths across formats."""

from __future__ import annotations

import codecs
import io
import logging
import tarfile
import zipfile
from pathlib import Path

import pytest
from conftest import FIXTURES, fixture_bytes

from extractors import network
from extractors.network import Contact, Limits, import_paths, importers, scan

EXPECTED = {
    "facebook_friends",
    "google_contacts",
    "instagram",
    "linkedin_connections",
    "linkedin_contacts",
    "linkedin_invitations",
    "linkedin_job_applications",
    "linkedin_messages",
    "linkedin_saved_jobs",
    "mastodon_archive",
    "mastodon_follows",
    "meta_html",
    "meta_messages",
    "vcard",
    "x_archive",
    "x_messages",
    "youtube_subscriptions",
}
# every fixture that is an export, with the one importer that must recognise it
RECOGNISED = [
    ("facebook/your_friends.json", "facebook_friends"),
    ("facebook/messages/inbox/josenunez_10158812345/message_1.json", "meta_messages"),
    ("google_contacts/contacts.csv", "google_contacts"),
    ("google_contacts/legacy.csv", "google_contacts"),
    ("google_contacts/outlook.csv", "google_contacts"),
    ("google_contacts/outlook_de.csv", "google_contacts"),
    ("instagram/followers_1.json", "instagram"),
    ("instagram/following.json", "instagram"),
    ("instagram/close_friends.json", "instagram"),
    ("linkedin/Connections.csv", "linkedin_connections"),
    ("linkedin/Connections_2020_no_preamble.csv", "linkedin_connections"),
    ("linkedin/Connections_de.csv", "linkedin_connections"),
    ("linkedin/Connections_fr.csv", "linkedin_connections"),
    ("linkedin/Contacts.csv", "linkedin_contacts"),
    ("linkedin/Invitations.csv", "linkedin_invitations"),
    ("linkedin/messages.csv", "linkedin_messages"),
    ("linkedin/messages_2022.csv", "linkedin_messages"),
    ("linkedin/Jobs/Saved Jobs.csv", "linkedin_saved_jobs"),
    ("linkedin/Jobs/Job Applications.csv", "linkedin_job_applications"),
    ("mastodon/following_accounts.csv", "mastodon_follows"),
    ("mastodon/archive/outbox.json", "mastodon_archive"),
    ("vcard/contacts_vcard30.vcf", "vcard"),
    ("x/following.js", "x_archive"),
    ("x/follower.js", "x_archive"),
    ("x/direct-messages.js", "x_messages"),
    ("x/direct-messages-group.js", "x_messages"),
    ("youtube/subscriptions_ar.csv", "youtube_subscriptions"),
    ("youtube/subscriptions.json", "youtube_subscriptions"),
]


def _zip(members: dict[str, bytes]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for name, data in members.items():
            archive.writestr(name, data)
    return buffer.getvalue()


def test_importers_are_discovered_by_walking_the_package_and_named_after_their_module():
    found = importers()
    assert set(found) == EXPECTED
    assert all(module.__name__.rsplit(".", 1)[1] == name for name, module in found.items())


@pytest.mark.parametrize(("fixture", "expected"), RECOGNISED, ids=[r[0] for r in RECOGNISED])
def test_each_export_is_recognised_by_exactly_one_importer_even_when_renamed(fixture, expected):
    head = fixture_bytes("network", *fixture.split("/"))[: network.HEAD_BYTES]
    assert [n for n, m in importers().items() if m.sniff("renamed.dat", head)] == [expected]


def test_job_board_payloads_and_random_files_are_recognised_by_none():
    for data in (b'{"jobs": []}', b"<html></html>", b"", b"\x89PNG\r\n", b"a,b\n1,2\n"):
        assert network.detect("file.json", data) is None


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_a_file_not_in_the_format_at_all_is_one_problem_for_each_importer(name):
    for data in (b"", b"no export here\nat all\n", b'{"jobs": [1, 2]}', b"\x89PNG\r\n\x00"):
        problems = list(importers()[name].read(data, "f.bin"))
        assert [(p.file, p.line) for p in problems] == [("f.bin", 0)]


def test_a_folder_is_scanned_recursively_with_relative_names(tmp_path: Path, monkeypatch):
    (tmp_path / "export" / "data").mkdir(parents=True)
    (tmp_path / "export" / "data" / "following.js").write_bytes(
        fixture_bytes("network", "x", "following.js")
    )
    (tmp_path / "export" / "notes.txt").write_text("hello")
    names = [name for name, _ in scan([tmp_path / "export"])]
    assert names == ["export/data/following.js", "export/notes.txt"]
    monkeypatch.chdir(tmp_path / "export")
    assert [name for name, _ in scan(["."])] == names  # "." named as the folder it is


def test_linkedin_zip_members_are_named_inside_the_archive(tmp_path: Path):
    archive = tmp_path / "Basic_LinkedInDataExport.zip"
    archive.write_bytes(
        _zip(
            {
                "Connections.csv": fixture_bytes("network", "linkedin", "Connections.csv"),
                "Invitations.csv": fixture_bytes("network", "linkedin", "Invitations.csv"),
                "messages.csv": fixture_bytes("network", "linkedin", "messages.csv"),
                "Profile.csv": b"First Name,Last Name,Headline\nJordan,Pike,Builder\n",
                "__MACOSX/._Connections.csv": b"\x00\x05\x16\x07",
            }
        )
    )
    result = import_paths([archive])
    assert result.files == [
        ("Basic_LinkedInDataExport.zip!/Connections.csv", "linkedin_connections", 3),
        ("Basic_LinkedInDataExport.zip!/Invitations.csv", "linkedin_invitations", 2),
        ("Basic_LinkedInDataExport.zip!/messages.csv", "linkedin_messages", 1),
        ("Basic_LinkedInDataExport.zip!/Profile.csv", None, 0),
    ]
    assert result.problems == []
    first = result.contacts[0]
    assert (first.file, first.line) == ("Basic_LinkedInDataExport.zip!/Connections.csv", 5)


def test_zip_inside_a_folder_and_renamed_files_inside_it(tmp_path: Path):
    folder = tmp_path / "takeout"
    folder.mkdir()
    (folder / "archive.zip").write_bytes(
        _zip({"data/export-1.bin": fixture_bytes("network", "vcard", "contacts_vcard40.vcf")})
    )
    result = import_paths([folder])
    assert result.files == [("takeout/archive.zip!/data/export-1.bin", "vcard", 1)]
    assert result.contacts[0].name == "Tomás Reyes"


def test_utf16_files_are_read_as_text(tmp_path: Path):
    """Windows tools write UTF-16 with a BOM, and so did the legacy Google CSV export."""
    legacy = fixture_bytes("network", "google_contacts", "legacy.csv").decode("utf-8-sig")
    (tmp_path / "google.csv").write_bytes(legacy.replace("Marta", "Märta").encode("utf-16"))
    card = "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Åsa Öberg\r\nEND:VCARD\r\n"
    (tmp_path / "outlook.vcf").write_bytes(codecs.BOM_UTF16_BE + card.encode("utf-16-be"))
    result = import_paths([tmp_path])
    assert [importer for _, importer, _ in result.files] == ["google_contacts", "vcard"]
    assert [c.name for c in result.contacts] == ["Märta Kowalczyk", "Åsa Öberg"]
    assert result.problems == []


def test_csv_re_saved_by_a_spreadsheet_with_semicolons_is_read(tmp_path: Path):
    """Excel in a locale with decimal commas saves CSV with `;` (and cp1252): a user who
    opened the export there must not lose every row of it."""
    connections = (
        "Notes:\r\nWhen exporting your connection data, you may notice missing e-mails.\r\n"
        "\r\nFirst Name;Last Name;URL;Email Address;Company;Position;Connected On\r\n"
        "Jürgen;Weiß;https://www.linkedin.com/in/jweiss;;Weiß, Söhne & Co;CTO;03 Mär 2024\r\n"
    )
    (tmp_path / "Connections.csv").write_bytes(connections.encode("cp1252"))
    legacy = fixture_bytes("network", "google_contacts", "legacy.csv").decode("utf-8-sig")
    rows = [line.split(",") for line in legacy.splitlines()]
    (tmp_path / "google.csv").write_text("\n".join(";".join(row) for row in rows) + "\n")
    result = import_paths([tmp_path])
    assert [(f.rsplit("/", 1)[1], n) for f, n, _ in result.files] == [
        ("Connections.csv", "linkedin_connections"),
        ("google.csv", "google_contacts"),
    ]
    assert [(c.name, c.organisation) for c in result.contacts] == [
        ("Jürgen Weiß", "Weiß, Söhne & Co"),
        ("Marta Kowalczyk", "Kestrel Robotics"),
    ]
    assert result.problems == []


def test_malformed_rows_are_problems_and_unreadable_zips_are_listed(tmp_path: Path):
    broken = tmp_path / "broken.zip"
    broken.write_bytes(b"PK\x03\x04 not really a zip")
    malformed = FIXTURES / "network" / "linkedin" / "Connections_malformed.csv"
    result = import_paths([broken, malformed])
    assert result.files == [
        ("Connections_malformed.csv", "linkedin_connections", 3),
        ("broken.zip", None, 0),
    ]
    assert [(p.file, p.line) for p in result.problems] == [
        ("Connections_malformed.csv", 5),
        ("Connections_malformed.csv", 8),
        ("broken.zip", 0),
    ]
    assert result.problems[-1].message.startswith("unreadable zip archive")


def test_a_zip_cut_short_is_named_so(tmp_path: Path):
    whole = tmp_path / "whole.zip"
    with zipfile.ZipFile(whole, "w") as archive:
        archive.writestr("Export/Connections.csv", "First Name,Last Name\n" * 200)
    cut = tmp_path / "Basic_LinkedInDataExport_11-01-2026.zip"
    cut.write_bytes(whole.read_bytes()[:-40])  # its end record is missing
    (problem,) = import_paths([cut]).problems
    assert problem.file == cut.name and problem.line == 0
    assert "cut short" in problem.message and "download it again" in problem.message


_FOLLOWS = "Account address,Show boosts,Notify on new posts,Languages\n"


def _streamed_zip(members: dict[str, bytes]) -> bytes:
    """A zip written to a pipe, as phones and browsers stream them: each member's sizes
    follow its data (a data descriptor), none in its local header."""

    class Pipe(io.RawIOBase):
        def __init__(self) -> None:
            self.data = bytearray()

        def writable(self) -> bool:
            return True

        def write(self, chunk) -> int:  # type: ignore[no-untyped-def,override]
            self.data += chunk
            return len(chunk)

    pipe = Pipe()
    with zipfile.ZipFile(pipe, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in members.items():
            with archive.open(name, "w") as member:
                member.write(data)
    return bytes(pipe.data)


@pytest.mark.parametrize("streamed", [False, True], ids=["sized", "streamed"])
def test_a_zip_cut_short_keeps_the_members_before_the_cut(tmp_path: Path, streamed: bool):
    members = {
        f"export/{name}.csv": (_FOLLOWS + f"{name}{i}@social.example,true,false,\n" * 30).encode()
        for name, i in (("first", 1), ("second", 2), ("third", 3))
    }
    data = _streamed_zip(members) if streamed else _zip(members)
    cut = tmp_path / "export-2026-03-01.zip"
    cut.write_bytes(data[: data.find(b"export/third.csv") + 60])  # inside the third
    result = import_paths([cut])
    read = [(name.split("!/")[1], count) for name, imp, count in result.files if imp]
    assert read == [("export/first.csv", 30), ("export/second.csv", 30)]
    (problem,) = result.problems
    assert problem.file == cut.name
    assert "cut short" in problem.message and "read 2 whole members" in problem.message
    assert "'export/third.csv' (cut off)" in problem.message


def test_files_too_large_to_be_exports_are_listed_not_read(tmp_path):
    """Too large and no export (a Takeout's mailbox): listed as not recognised, read no
    further than its head, and no problem, or every run with it would be partial."""
    limits = Limits(file_bytes=100)
    (tmp_path / "dump.csv").write_bytes(b"\x00" * 101)
    (tmp_path / "media.zip").write_bytes(_zip({"clip.bin": b"\x00" * 101, "follows.csv": b"x"}))
    skipped: list[tuple[str, str]] = []
    assert [name for name, _ in scan([tmp_path], skipped, limits=limits)] == [
        f"{tmp_path.name}/media.zip!/follows.csv"
    ]  # a scan wanting every file whole refuses both
    assert [name.rsplit("/", 1)[1] for name, _ in skipped] == ["dump.csv", "clip.bin"]
    result = import_paths([tmp_path], limits)
    assert {(f.rsplit("/", 1)[1], n) for f, n, _ in result.files} == {
        ("follows.csv", None),
        ("dump.csv", None),
        ("clip.bin", None),
    }
    assert result.problems == []


def _tar(members: dict[str, bytes], mode: str = "w:gz") -> bytes:
    buffer = io.BytesIO()
    with tarfile.open(fileobj=buffer, mode=mode) as archive:
        for name, data in members.items():
            info = tarfile.TarInfo(name)
            info.size = len(data)
            archive.addfile(info, io.BytesIO(data))
    return buffer.getvalue()


@pytest.mark.parametrize(
    ("name", "mode"),
    [
        ("takeout-20260101T000000Z-001.tgz", "w:gz"),
        ("archive-20230101-3f1c.tar.gz", "w:gz"),
        ("export.tar", "w"),
        ("export.tar.xz", "w:xz"),
    ],
)
def test_a_tar_archive_is_read_like_a_zip(tmp_path, name, mode):
    """Takeout offers .tgz beside .zip, and Mastodon's archive was a .tar.gz: their
    members are read in one pass and named `archive!/member`, as a zip's are."""
    subscriptions = fixture_bytes("network", "youtube", "subscriptions.csv")
    members = {
        "./Takeout/YouTube and YouTube Music/subscriptions/subscriptions.csv": subscriptions,
        "./Takeout/YouTube and YouTube Music/videos/clip.mp4": b"\0" * 1000,
        "following_accounts.csv": fixture_bytes("network", "mastodon", "following_accounts.csv"),
    }
    (tmp_path / name).write_bytes(_tar(members, mode))
    result = import_paths([tmp_path / name])
    assert result.problems == []
    read = {file: (importer, count) for file, importer, count in result.files}
    youtube = f"{name}!/Takeout/YouTube and YouTube Music/subscriptions/subscriptions.csv"
    assert read[youtube][0] == "youtube_subscriptions" and read[youtube][1] > 0
    assert read[f"{name}!/following_accounts.csv"][0] == "mastodon_follows"
    assert {c.platform for c in result.contacts} == {"youtube", "mastodon"}


def test_a_tgz_cut_short_keeps_the_files_before_the_cut_and_says_so(tmp_path):
    connections = fixture_bytes("network", "linkedin", "Connections.csv")
    whole = _tar({"Connections.csv": connections, "padding.bin": bytes(range(256)) * 400})
    (tmp_path / "takeout.tgz").write_bytes(whole[: len(whole) * 3 // 4])
    result = import_paths([tmp_path / "takeout.tgz"])
    assert len(result.contacts) == 3
    (problem,) = result.problems
    assert problem.file == "takeout.tgz"
    assert problem.message.startswith("tar archive cut short or damaged (")
    assert problem.message.endswith("read 1 file before it; download it again for the rest")


def test_a_file_named_tgz_that_is_none_is_named_unreadable(tmp_path):
    (tmp_path / "takeout.tgz").write_bytes(b"<html>Sign in to continue</html>")
    result = import_paths([tmp_path / "takeout.tgz"])
    (problem,) = result.problems
    assert (problem.file, problem.message.split(":")[0]) == (
        "takeout.tgz",
        "unreadable tar archive",
    )


def test_media_is_listed_without_being_opened(tmp_path):
    (tmp_path / "video.mp4").write_bytes(b"BEGIN:VCARD\n" * 100)  # a name says enough
    assert list(scan([tmp_path])) == [(f"{tmp_path.name}/video.mp4", b"")]


def test_whole_fixture_tree_imports_without_logging_anything(caplog: pytest.LogCaptureFixture):
    with caplog.at_level(logging.DEBUG):
        result = import_paths([FIXTURES / "network"])
    assert caplog.records == []
    assert all(isinstance(c, Contact) and c.file and c.line >= 1 for c in result.contacts)
    recognised = {name for _, name, _ in result.files if name}
    assert recognised == EXPECTED
    unrecognised = {file.rsplit("/", 1)[1] for file, name, _ in result.files if name is None}
    assert unrecognised == {"removed_friends.json", "muted_accounts.csv"}


def test_a_missing_path_is_a_problem_not_a_crash(tmp_path) -> None:
    result = import_paths([tmp_path / "gone" / "Connections.csv"])
    assert result.contacts == []
    assert [(p.line, p.message) for p in result.problems] == [(0, "no such file or folder")]


def test_an_importer_failing_on_arithmetic_is_a_problem_of_its_file_not_a_crash(
    tmp_path, monkeypatch
):
    def overflow(data: bytes, name: str):
        raise OverflowError("timestamp out of range for platform time_t")
        yield  # a generator, as importers are

    monkeypatch.setattr(importers()["x_archive"], "read", overflow)
    (tmp_path / "following.js").write_bytes(fixture_bytes("network", "x", "following.js"))
    (tmp_path / "follows.csv").write_bytes(
        fixture_bytes("network", "mastodon", "following_accounts.csv")
    )
    result = import_paths([tmp_path])
    assert [(p.file.rsplit("/", 1)[1], p.line) for p in result.problems] == [("following.js", 0)]
    assert "OverflowError" in result.problems[0].message
    assert {c.platform for c in result.contacts} == {"mastodon"}


def test_a_whole_download_your_data_zip_reads_its_exports_and_lists_the_rest(tmp_path):
    """The user gives the archive, not the file: an X archive's own account.js and
    manifest.js are no contacts, and a followed account has no name, date or country."""
    archive = io.BytesIO()
    with zipfile.ZipFile(archive, "w") as zipped:
        zipped.writestr("twitter-x/data/account.js", 'window.YTD.account.part0 = [{"account": {}}]')
        zipped.writestr("twitter-x/data/manifest.js", "window.__THAR_CONFIG = {}")
        zipped.writestr(
            "twitter-x/data/following.js",
            'window.YTD.following.part0 = [{"following": {"accountId": "42", '
            '"userLink": "https://x.com/tidewater_dev"}}]',
        )
        zipped.writestr("twitter-x/data/tweets_media/1.jpg", b"\xff\xd8")
    (tmp_path / "twitter-2026-02-08.zip").write_bytes(archive.getvalue())
    result = import_paths([tmp_path / "twitter-2026-02-08.zip"])
    assert result.problems == []
    assert [(c.handle, c.name, c.since, c.country) for c in result.contacts] == [
        ("tidewater_dev", None, None, None)
    ]
    recognised = {name.split("!/")[1]: importer for name, importer, _ in result.files}
    assert recognised == {
        "twitter-x/data/account.js": None,
        "twitter-x/data/manifest.js": None,
        "twitter-x/data/following.js": "x_archive",
        "twitter-x/data/tweets_media/1.jpg": None,
    }


def test_a_takeout_in_several_parts_with_translated_folder_names(tmp_path: Path):
    """Takeout splits a large export into -001.zip, -002.zip, ..., and names its folders
    and files in the account's language: each part is read, by content."""
    parts = {
        "takeout-20260101T000000Z-001.zip": {
            "Takeout/YouTube et YouTube Music/abonnements/abonnements.csv": (
                "\ufeffID de la chaîne,URL de la chaîne,Titre de la chaîne\r\n"
                "UCaaaaaaaaaaaaaaaaaaaaaa,http://www.youtube.com/channel/UCaaaaaaaaaaaaaaaaaaaaaa,"
                '"Cuisine, et plus"\r\n'
            ),
        },
        "takeout-20260101T000000Z-002.zip": {
            "Takeout/Contacts/Mes contacts/Mes contacts.vcf": (
                "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Eve Fox\r\nN:Fox;Eve;;;\r\n"
                "EMAIL;TYPE=INTERNET:eve@fox.example\r\nEND:VCARD\r\n"
            ),
            "Takeout/YouTube et YouTube Music/vidéos/clip.mp4": "",
        },
    }
    for name, members in parts.items():
        with zipfile.ZipFile(tmp_path / name, "w", zipfile.ZIP_DEFLATED) as zipped:
            for member, text in members.items():
                zipped.writestr(member, text)
    result = import_paths([tmp_path])
    assert result.problems == []
    assert [(c.platform, c.handle, c.name) for c in result.contacts] == [
        ("youtube", "UCaaaaaaaaaaaaaaaaaaaaaa", "Cuisine, et plus"),
        ("vcard", None, "Eve Fox"),
    ]


@pytest.mark.parametrize(
    "fixture",
    [
        "x/following.js",
        "facebook/your_friends.json",
        "instagram/followers_1.json",
        "instagram/following.json",
        "youtube/subscriptions.json",
        "mastodon/following_accounts.csv",
    ],
)
def test_an_export_with_a_bom_and_crlf_reads_as_the_plain_one(tmp_path: Path, fixture: str):
    """An editor's or a Windows tool's re-save: the same contacts and problems."""
    plain = fixture_bytes("network", *fixture.split("/"))
    resaved = codecs.BOM_UTF8 + plain.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")
    for name, data in (("plain", plain), ("resaved", resaved)):
        (tmp_path / name).mkdir()
        (tmp_path / name / fixture.rsplit("/", 1)[1]).write_bytes(data)
    plain_result, resaved_result = (import_paths([tmp_path / n]) for n in ("plain", "resaved"))
    problems = [[(p.line, p.message) for p in r.problems] for r in (plain_result, resaved_result)]
    assert problems[0] == problems[1] and resaved_result.contacts
    fields = [(c.platform, c.tie, c.handle, c.name, c.since) for c in resaved_result.contacts]
    assert fields == [(c.platform, c.tie, c.handle, c.name, c.since) for c in plain_result.contacts]


@pytest.mark.parametrize("empty", [b"", codecs.BOM_UTF8, b"\r\n\r\n", codecs.BOM_UTF16_LE])
def test_an_empty_export_file_is_said_by_name_and_the_rest_loads(tmp_path, empty):
    """A category with nothing in it, or a download that wrote nothing: one line naming
    the file, not a traceback and not "not recognised" alone."""
    header = "Channel Id,Channel Url,Channel Title\n"
    row = "UCaaaaaaaaaaaaaaaaaaaaaa,http://www.youtube.com/channel/UCaaaaaaaaaaaaaaaaaaaaaa,A\n"
    (tmp_path / "export.zip").write_bytes(
        _zip({"export/Connections.csv": empty, "export/subscriptions.csv": (header + row).encode()})
    )
    result = import_paths([tmp_path])
    assert [c.handle for c in result.contacts] == ["UCaaaaaaaaaaaaaaaaaaaaaa"]
    assert [(p.file.rsplit("!/", 1)[1], p.line, p.message) for p in result.problems] == [
        ("export/Connections.csv", 0, "empty file: nothing in it to import")
    ]


def test_an_empty_file_that_is_no_export_is_no_problem(tmp_path):
    """A 0-byte photo placeholder or note beside the exports is none of the import's."""
    (tmp_path / "notes.md").write_bytes(b"")
    (tmp_path / "photo.jpg").write_bytes(b"")
    assert import_paths([tmp_path]).problems == []


_PREAMBLE = 'Notes:\n"Some of the e-mail addresses may be missing."\n\n'


# a header and no rows: how each export says the user has nothing of its kind
_HEADER_ONLY = {
    "Connections.csv": (
        _PREAMBLE + "First Name,Last Name,URL,Email Address,Company,Position,Connected On\n",
        "linkedin_connections",
    ),
    "Invitations.csv": (
        "From,To,Sent At,Message,Direction,inviterProfileUrl,inviteeProfileUrl\n",
        "linkedin_invitations",
    ),
    "Saved Jobs.csv": ("Saved Date,Job Url,Job Title,Company Name\n", "linkedin_saved_jobs"),
    "subscriptions.csv": ("Channel Id,Channel Url,Channel Title\n", "youtube_subscriptions"),
    "contacts.csv": (
        "First Name,Last Name,Labels,E-mail 1 - Label,E-mail 1 - Value\n",
        "google_contacts",
    ),
}


@pytest.mark.parametrize("name", sorted(_HEADER_ONLY))
def test_a_header_only_export_is_recognised_with_no_records_and_no_problem(tmp_path, name):
    """LinkedIn and Takeout write the header of a category the user has nothing in; a
    spreadsheet's re-save (`;`, Windows bytes) of one is the same."""
    header, importer = _HEADER_ONLY[name]
    (tmp_path / name).write_bytes(header.replace(",", ";").encode("cp1252"))
    result = import_paths([tmp_path])
    assert [(f.rsplit("/", 1)[1], n, count) for f, n, count in result.files] == [
        (name, importer, 0)
    ]
    assert result.problems == []


@pytest.mark.parametrize(
    ("folder", "codec"), [("連絡先", "cp932"), ("Контакти", "utf-8"), ("Kontakty Łódź", "cp852")]
)
def test_zip_member_names_without_the_utf8_flag_are_shown_as_written(tmp_path, folder, codec):
    """Windows' "compressed folder" names members in its OEM code page (Shift_JIS in
    Tokyo), Info-ZIP in UTF-8, neither flagged: zipfile alone reads both as cp437."""
    name = f"Takeout/{folder}/all.vcf".encode(codec)
    placeholder = b"X" * len(name)
    card = "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Олена Коваленко\r\nEND:VCARD\r\n"
    packed = _zip({placeholder.decode(): card.encode()}).replace(placeholder, name)
    (tmp_path / "takeout.zip").write_bytes(packed)
    (contact,) = import_paths([tmp_path / "takeout.zip"]).contacts
    assert (contact.name, contact.file) == (
        "Олена Коваленко",
        f"takeout.zip!/Takeout/{folder}/all.vcf",
    )


def test_a_zip_cut_short_names_its_members_as_written_too(tmp_path: Path):
    """The salvage reads local headers itself: a Shift_JIS name is read as the rest are."""
    name = "エクスポート/フォロー.csv".encode("cp932")
    placeholder = b"X" * len(name)
    data = _zip(
        {placeholder.decode(): (_FOLLOWS + "kenji@social.example,true,false,\n").encode()}
    ).replace(placeholder, name)
    cut = tmp_path / "export.zip"
    cut.write_bytes(data[: data.rfind(b"PK\x01\x02")])  # its central directory lost
    result = import_paths([cut])
    assert [f for f, imp, _ in result.files if imp] == ["export.zip!/エクスポート/フォロー.csv"]


@pytest.mark.parametrize(
    "copy",
    [
        "following_accounts (1).csv",  # a second download in Chrome, Edge or Firefox
        "following_accounts(2).csv",
        "following_accounts - Copy.csv",  # Windows' Explorer
        "following_accounts copy.csv",  # macOS' Finder
    ],
)
def test_a_file_known_by_its_name_is_known_under_a_downloads_copy_name(tmp_path, copy):
    # a very old server's follows: no header, so only the name tells them from a mailing list
    (tmp_path / copy).write_text("dave@mstdn.example\nerin@chaos.example\n")
    (tmp_path / "subscribers (1).csv").write_text("ann@mail.example\nbo@mail.example\n")
    result = import_paths([tmp_path])
    assert [c.handle for c in result.contacts] == ["dave@mstdn.example", "erin@chaos.example"]
    files = sorted((name.rsplit("/", 1)[-1], importer, n) for name, importer, n in result.files)
    assert files == [(copy, "mastodon_follows", 2), ("subscribers (1).csv", None, 0)]
    assert result.problems == []


def test_a_copys_name_is_the_export_name_and_other_parentheses_stay():
    assert network.export_name("Takeout/Connections (3).csv") == "Connections.csv"
    assert network.export_name("your_friends copy 2.json") == "your_friends.json"
    assert network.export_name("Connections - Copy (2).csv") == "Connections.csv"
    assert network.export_name("Kontakte (Arbeit).csv") == "Kontakte (Arbeit).csv"
