"""Job alerts as users keep their mail: Takeout's mbox, Apple Mail's and Thunderbird's
folders, Outlook's files, forwards, odd charsets and MIME layouts (invented jobs in the
shape of the senders' cards)."""

from __future__ import annotations

import base64
import io
import quopri
import struct
import tarfile
import zipfile
from pathlib import Path

from extractors._joburls import lists_others_jobs
from extractors.inbox import OUTLOOK_MSG, OUTLOOK_PST, _jis, _message, _rtf
from flows.gather import skipped_note
from tests.extractors.test_inbox import ALERTS, _documents, _only_job, _postings, _run

_REED = (
    '<a href="https://www.reed.co.uk/jobs/python-developer/51234567?source=jobalert">'
    "Python Developer</a><div>Harbourline Insurance</div><div>Leeds</div>"
    "<div>£55,000 - £65,000 per annum</div>"
)
_MSG = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(504)  # an OLE compound file's head


def _page(cards: str) -> str:
    """An alert's frame: a heading row, the cards' rows, a footer row."""
    return (
        '<html><body><table width="600"><tr><td><h1>New jobs for you</h1></td></tr>'
        f"<tr><td>{cards}</td></tr>"
        '<tr><td><a href="https://mail.example/settings">Manage your alerts</a></td></tr>'
        "</table></body></html>"
    )


def _mail(sender: str, body: bytes, *, subject: str = "New jobs", ident: str = "a@x") -> bytes:
    return (
        f"From: {sender}\nTo: sam@mail.example\nSubject: {subject}\n"
        f"Date: Tue, 01 Dec 2026 07:12:44 +0000\nMessage-ID: <{ident}>\nMIME-Version: 1.0\n"
    ).encode() + body


def _html(markup: str, charset: str = "utf-8", cte: str = "quoted-printable") -> bytes:
    raw = markup.encode(charset)
    encoded = quopri.encodestring(raw) if cte == "quoted-printable" else base64.encodebytes(raw)
    return (
        f'Content-Type: text/html; charset="{charset}"\nContent-Transfer-Encoding: {cte}\n\n'
    ).encode() + encoded


def _reed(ident: str = "reed@reed.co.uk") -> bytes:
    return _mail("reed.co.uk <jobalerts@reed.co.uk>", _html(_page(_REED)), ident=ident)


def _mbox(*messages: bytes) -> bytes:
    return b"".join(b"From 1@xxx Tue Dec 01 07:12:44 +0000 2026\n" + m + b"\n\n" for m in messages)


def test_a_takeout_mbox_in_crlf_with_labels_and_a_cut_last_message(tmp_path: Path) -> None:
    personal = _mail(
        "Priya <priya@mail.example>",
        b"Content-Type: text/plain\n\nSee you.\n>From the old thread\n",
        ident="p@x",
    )
    labelled = b'X-Gmail-Labels: Archived,Category Updates,"Jobs, alerts"\n' + _reed()
    whole = _reed("cut@reed.co.uk")
    cut = whole[: whole.index(b"Manage")]  # the download stopped in its footer
    data = _mbox(personal, labelled).replace(b"\n", b"\r\n") + _mbox(cut) + b"From 2@xxx\n"
    (tmp_path / "All mail.mbox").write_bytes(data)
    result = _run(tmp_path / "All mail.mbox")
    assert result.stats["inbox/messages"] == 4  # the last, 0 bytes, is counted and left
    assert len(result.pages) == 2  # the cut alert's whole card is read
    (job,) = _postings(result).values()
    assert (job.title, job.company, job.location) == (
        "Python Developer",
        "Harbourline Insurance",
        "Leeds",
    )


def test_an_mboxo_body_line_starting_from_stays_in_its_message(tmp_path: Path) -> None:
    """Writers that do not quote body lines (mboxo: procmail, old mutt) leave "From "
    after a blank line; only a dated one followed by headers begins a message."""
    notes = b"Content-Type: text/plain\n\nHi,\n\nFrom the minutes:\nnothing urgent.\n\n"
    hours = b"Content-Type: text/plain\n\nHours\n\nFrom 9:30 to 17:00\nNote: closed Monday\n"
    personal = [
        _mail("Priya <priya@mail.example>", body, ident=f"p{i}@x")
        for i, body in enumerate((notes, hours))
    ]
    data = _mbox(personal[0], _reed(), personal[1])
    (tmp_path / "procmail.mbox").write_bytes(data)
    (tmp_path / "crlf.mbox").write_bytes(data.replace(b"\n", b"\r\n"))
    # an exporter's separator dated in numbers still begins a message
    numbers = data.replace(b"Tue Dec 01 07:12:44 +0000 2026", b"2026-12-01 07:12:44")
    (tmp_path / "export.mbox").write_bytes(numbers)
    for name in ("procmail.mbox", "crlf.mbox", "export.mbox"):
        result = _run(tmp_path / name)
        assert result.stats["inbox/messages"] == 3 and len(result.postings) == 1


def test_apple_mail_bundles_and_thunderbird_folders_are_mboxes(tmp_path: Path) -> None:
    bundle = tmp_path / "Export" / "Jobs.mbox"
    bundle.mkdir(parents=True)
    (bundle / "mbox").write_bytes(_mbox(_reed("apple@x")))
    (bundle / "Info.plist").write_text("<plist/>")
    (bundle / "table_of_contents").write_bytes(b"\x00\x01")
    assert len(_run(bundle).postings) == 1  # the bundle itself
    assert len(_run(tmp_path / "Export").postings) == 1  # a folder of bundles
    # Apple Mail's own store: the length, the message, a property list of its flags
    store = tmp_path / "V10" / "Jobs.mbox" / "A1B2" / "Data" / "Messages"
    store.mkdir(parents=True)
    message = _reed("emlx@x")
    (store / "1234.emlx").write_bytes(
        b"%d\n%s<?xml version=1.0?><plist/>" % (len(message), message)
    )
    assert len(_run(tmp_path / "V10").postings) == 1
    assert len(_run(store / "1234.emlx").postings) == 1
    local = tmp_path / "Local Folders"
    (local / "Jobs.sbd").mkdir(parents=True)
    (local / "Jobs.sbd" / "Reed").write_bytes(_mbox(_reed("tb@x")))
    (local / "Jobs.sbd" / "Reed.msf").write_bytes(b"// <!-- <mdb:mork:z v=1.4/> -->")
    (local / "Jobs").write_bytes(b"")
    (local / "Jobs.msf").write_bytes(b"// mork")
    (local / "popstate.dat").write_bytes(b"# POP3 State File")  # no .msf: not a folder
    result = _run(local)
    assert len(result.postings) == 1 and result.stats["inbox/messages"] == 1


def test_outlook_msg_files_are_named_not_read(tmp_path: Path) -> None:
    (tmp_path / "alert.eml").write_bytes(_reed().replace(b"\n", b"\r\n"))  # new Outlook's
    (tmp_path / "alert.msg").write_bytes(_MSG)
    result = _run(tmp_path)
    assert len(result.postings) == 1 and result.stats[OUTLOOK_MSG] == 1
    note = skipped_note(result.stats)
    assert "1 Outlook .msg file without a readable message, not read (save them as .eml" in note
    alone = _run(tmp_path / "alert.msg")
    assert alone.status == "failed"
    assert "an Outlook .msg file without a readable" in alone.errors[0]
    assert "(.eml)" in alone.errors[0]


def _tgz(name: str, data: bytes) -> bytes:
    buffer = io.BytesIO()
    with tarfile.open(fileobj=buffer, mode="w:gz") as archive:
        member = tarfile.TarInfo(name)
        member.size = len(data)
        archive.addfile(member, io.BytesIO(data))
    return buffer.getvalue()


def test_takeout_archives_are_read_as_downloaded(tmp_path: Path) -> None:
    mail = "Takeout/Mail/All mail Including Spam and Trash.mbox"
    with zipfile.ZipFile(tmp_path / "takeout-20261201T071244Z-001.zip", "w") as archive:
        archive.writestr(mail, _mbox(_reed()))
        archive.writestr("Takeout/archive_browser.html", "<html></html>")
        archive.writestr("Saved/alert.eml", _reed("saved@reed.co.uk"))  # the same job
    zipped = _run(tmp_path / "takeout-20261201T071244Z-001.zip")
    assert zipped.stats["inbox/messages"] == 2 and len(zipped.pages) == 2
    assert list(_postings(zipped)) == ["reed:51234567"]
    folder = tmp_path / "downloads"
    folder.mkdir()
    (folder / "takeout-20261201T071244Z-002.tgz").write_bytes(_tgz(mail, _mbox(_reed())))
    assert list(_postings(_run(folder))) == ["reed:51234567"]
    (folder / "takeout-20261201T071244Z-003.zip").write_bytes(b"PK\x03\x04 cut short")
    damaged = _run(folder)
    assert damaged.status == "failed"
    assert "takeout-20261201T071244Z-003.zip: a damaged archive" in damaged.errors[0]


def test_a_thunderbird_folder_file_copied_without_its_index_is_read(tmp_path: Path) -> None:
    copied = tmp_path / "copied"
    copied.mkdir()
    (copied / "Jobs").write_bytes(_mbox(_reed()).replace(b"From 1@xxx", b"From - Tue Dec"))
    (copied / "README").write_bytes(b"Fromage list\n")  # no mbox: "From " it is not
    result = _run(copied)
    assert len(result.postings) == 1 and result.stats["inbox/messages"] == 1


def test_a_file_that_is_no_mail_is_named_and_a_message_under_another_name_read(
    tmp_path: Path,
) -> None:
    (tmp_path / "alert.html").write_text(_page(_REED))  # the alert saved as a web page
    failed = _run(tmp_path / "alert.html")
    assert failed.status == "failed"
    assert "alert.html: not mail" in failed.errors[0] and "Save as .eml" in failed.errors[0]
    (tmp_path / "alert.txt").write_bytes(_reed())  # the message itself, saved as text
    assert len(_run(tmp_path / "alert.txt").postings) == 1
    (tmp_path / "empty.mbox").write_bytes(b"")  # an empty folder's file reads nothing
    assert _run(tmp_path / "empty.mbox").status == "ok"


def test_the_same_message_kept_twice_gives_one_page(tmp_path: Path) -> None:
    (tmp_path / "Jobs.mbox").write_bytes(_mbox(_reed()))
    (tmp_path / "Inbox.mbox").write_bytes(_mbox(b"X-Gmail-Labels: Inbox\n" + _reed()))
    (tmp_path / "saved.eml").write_bytes(_reed())
    result = _run(tmp_path)
    assert len(result.pages) == 1 and result.stats["skipped/duplicate"] == 2


def test_a_message_under_two_configured_paths_gives_the_same_posting(tmp_path: Path) -> None:
    (tmp_path / "takeout").mkdir()
    (tmp_path / "takeout" / "All mail.mbox").write_bytes(_mbox(_reed()))
    (tmp_path / "alert.eml").write_bytes(_reed())  # the same alert, saved on its own
    result = _run(tmp_path / "takeout", tmp_path / "alert.eml")
    # a unit per path, sharing nothing (they may run on other workers): the load keeps
    # one posting of the two pages, by its id
    assert len(result.pages) == 2
    assert [p.posting.source_id for p in result.postings] == ["reed:51234567"] * 2


def test_a_forward_to_oneself_is_the_users_own_without_my_addresses(tmp_path: Path) -> None:
    text = (
        "---------- Forwarded message ---------\nFrom: reed.co.uk <jobalerts@reed.co.uk>\n"
        "Subject: New jobs\n\nPython Developer\nHarbourline Insurance\nLeeds\n"
        "https://www.reed.co.uk/jobs/python-developer/51234567\n"
    )
    body = b"Content-Type: text/plain; charset=utf-8\n\n" + text.encode()
    own = _mail("Sam <sam@mail.example>", body, subject="Fwd: New jobs", ident="f@x")
    assert list(_postings(_run(_write(tmp_path / "own.eml", own)))) == ["reed:51234567"]
    # the same forward from someone else to the user is not the user's alert
    other = own.replace(b"From: Sam <sam@mail.example>", b"From: Tom <tom@mail.example>")
    assert _run(_write(tmp_path / "other.eml", other)).postings == []


def _write(path: Path, data: bytes) -> Path:
    path.write_bytes(data)
    return path


def _msg_file(streams: dict[str, bytes]) -> bytes:
    """A compound file as Outlook writes a `.msg` (version 3, 512-byte sectors): the
    streams under 4096 bytes in the mini stream, the others in sectors of their own."""
    free, end, fat_mark, none = 0xFFFFFFFF, 0xFFFFFFFE, 0xFFFFFFFD, 0xFFFFFFFF
    small = {name: data for name, data in streams.items() if len(data) < 4096}
    mini, mini_fat, starts = b"", [], {}
    for name, data in small.items():
        count = max(-(-len(data) // 64), 1)
        starts[name] = len(mini) // 64
        mini_fat += [*range(starts[name] + 1, starts[name] + count), end]
        mini += data.ljust(count * 64, b"\0")
    names = list(streams)
    sectors: list[bytes] = []
    fat: list[int] = [fat_mark]

    def place(data: bytes) -> int:
        count = max(-(-len(data) // 512), 1)
        first = len(fat)
        fat.extend([*range(first + 1, first + count), end])
        sectors.extend(
            data.ljust(count * 512, b"\0")[i : i + 512] for i in range(0, count * 512, 512)
        )
        return first

    def entry(name: str, kind: int, child: int, right: int, start: int, size: int) -> bytes:
        encoded = (name + "\0").encode("utf-16-le")
        links = struct.pack("<HBBIII", len(encoded), kind, 1, none, right, child)
        return encoded.ljust(64, b"\0") + links + bytes(36) + struct.pack("<IQ", start, size)

    directory_size = -(-(len(names) + 1) * 128 // 512) * 512
    first_directory = 1  # after the FAT's sector
    fat.extend([*range(2, 1 + directory_size // 512), end])
    sectors.append(b"")  # the directory, written once the others have their sectors
    sectors.extend(b"" for _ in range(directory_size // 512 - 1))
    mini_fat_start = place(struct.pack(f"<{len(mini_fat)}I", *mini_fat)) if mini_fat else end
    mini_start = place(mini) if mini else end
    entries = [entry("Root Entry", 5, 1 if names else none, none, mini_start, len(mini))]
    for index, name in enumerate(names):
        data = streams[name]
        start = starts[name] if name in small else place(data)
        right = index + 2 if index + 1 < len(names) else none
        entries.append(entry(name, 2, none, right, start, len(data)))
    table = b"".join(entries).ljust(directory_size, b"\0")
    sectors[0 : directory_size // 512] = [table[i : i + 512] for i in range(0, directory_size, 512)]
    header = (
        bytes.fromhex("d0cf11e0a1b11ae1") + bytes(16)
        + struct.pack("<HHHHH6xIIIIIIIII", 0x3E, 3, 0xFFFE, 9, 6, 0, 1, first_directory, 0,
                      4096, mini_fat_start, 1 if mini_fat else 0, end, 0)
        + struct.pack("<109I", 0, *[free] * 108)
    )  # fmt: skip
    fat_sector = struct.pack(f"<{128}I", *(fat + [free] * (128 - len(fat))))
    return header + fat_sector + b"".join(sectors)


def _props(*tags: tuple[str, bytes]) -> dict[str, bytes]:
    return {f"__substg1.0_{tag}": value for tag, value in tags}


def _utf16(text: str) -> bytes:
    return text.encode("utf-16-le")


def test_outlook_msg_files_are_read_as_the_message_they_hold(tmp_path: Path) -> None:
    headers = (
        "Received: from mail.reed.co.uk\r\nFrom: reed.co.uk <jobalerts@reed.co.uk>\r\n"
        "To: sam@mail.example\r\nSubject: New jobs\r\nDate: Tue, 01 Dec 2026 07:12:44 +0000"
        "\r\nMessage-ID: <msg@reed.co.uk>\r\nMIME-Version: 1.0\r\nContent-Type: multipart/"
        'alternative;\r\n boundary="b1"\r\n\r\n'
    )
    card = _REED.replace("£55,000 - £65,000", "€60,000 – €70,000")
    html = _page(card + "<!-- " + "x" * 5000 + " -->").encode("cp1252")  # in sectors
    cpid = bytes(32) + struct.pack("<IIQ", 0x3FDE0003, 2, 1252)
    saved = _props(("007D001F", _utf16(headers)), ("10130102", html), ("0037001F", _utf16("x")))
    saved["__properties_version1.0"] = cpid
    saved["__attach_version1.0_#00000000"] = b"not the message's"
    (tmp_path / "New jobs.msg").write_bytes(_msg_file(saved))
    text = (
        "Python Developer<https://www.reed.co.uk/jobs/python-developer/51234567>\r\n"
        "Harbourline Insurance\r\nLeeds\r\n"
    )
    unsent = _props(("1000001F", _utf16(text)), ("5D01001F", _utf16("jobalerts@reed.co.uk")))
    (tmp_path / "Copy.msg").write_bytes(_msg_file(unsent))
    (tmp_path / "Meeting.msg").write_bytes(_msg_file(_props(("0037001F", _utf16("Standup")))))
    result = _run(tmp_path)
    assert result.stats["inbox/messages"] == 2 and result.stats[OUTLOOK_MSG] == 1
    assert len(result.pages) == 2  # the text one too, by its sender's SMTP address
    (job,) = _postings(result).values()
    assert (job.title, job.company, job.salary_raw) == (
        "Python Developer", "Harbourline Insurance", "€60,000 – €70,000 per annum"
    )  # fmt: skip
    assert {d["date"] for d in _documents(result)} == {"2026-12-01T07:12:44+00:00", None}
    alone = _run(tmp_path / "Meeting.msg")
    assert alone.status == "failed" and "Meeting.msg: an Outlook .msg file" in alone.errors[0]


def _lzfu(rtf: bytes) -> bytes:
    """`rtf` as a `PR_RTF_COMPRESSED` stream (MS-OXRTFCP) of literals only, each run of
    eight after its control byte, and the end marker: a reference to where it is written."""
    body, write = bytearray(), 207  # after the dictionary's preamble
    for at in range(0, len(rtf), 8):
        run = rtf[at : at + 8]
        body += bytes([0x01 << len(run) if len(run) < 8 else 0]) + run
        write = (write + len(run)) % 4096
    if len(rtf) % 8 == 0:
        body.append(0x01)
    body += (write << 4).to_bytes(2, "big")
    return struct.pack("<IIII", len(body) + 12, len(rtf), 0x75465A4C, 0) + bytes(body)


def test_the_compressed_rtf_of_the_format_s_example_reads_back() -> None:
    example = bytes.fromhex(
        "2d0000002b0000004c5a4675f1c5c7a703000a007263706731323542320af32068656c0900206277"
        "05b06c647d0a800fa0"
    )
    assert _rtf.decompress(example) == b"{\\rtf1\\ansi\\ansicpg1252\\pard hello world}\r\n"
    assert _rtf.decompress(example[:30]) is None  # cut before its end marker
    assert _rtf.decompress(b"MELA") is None
    # the format's second example: a reference that runs over the bytes it writes
    crossing = bytes.fromhex("1a0000001c0000004c5a4675e2d44b51410004205758595a0d6e7d010eb0")
    assert _rtf.decompress(crossing) == b"{\\rtf1 WXYZWXYZWXYZWXYZWXYZ}"


def test_an_outlook_msg_with_only_compressed_rtf_is_read_as_the_html_it_wraps(
    tmp_path: Path,
) -> None:
    wrapped = (
        b"{\\rtf1\\ansi\\ansicpg1252\\fromhtml1 \\deff0{\\fonttbl{\\f0\\fswiss Arial;}}\r\n"
        b"{\\*\\htmltag19 <html>}{\\*\\htmltag34 <body>}\\htmlrtf {\\htmlrtf0 \r\n"
        b'{\\*\\htmltag84 <a href="https://www.reed.co.uk/jobs/python-developer/51234567">}'
        b"\\htmlrtf {\\field{\\fldinst HYPERLINK x}}\\htmlrtf0 Python Developer"
        b"{\\*\\htmltag92 </a>}{\\*\\htmltag64 <div>}Harbourline Insurance{\\*\\htmltag72 </div>}"
        b"\\htmlrtf \\par\\htmlrtf0 {\\*\\htmltag64 <div>}Z\\'fcrich \\u8211\\'96 Leeds"
        b"{\\*\\htmltag72 </div>}{\\*\\htmltag64 <div>}\\'a355,000 a year{\\*\\htmltag72 </div>}"
        b"\\htmlrtf }\\htmlrtf0 {\\*\\htmltag42 </body>}{\\*\\htmltag27 </html>}}"
    )
    kind, html = _rtf.body(wrapped)
    assert kind == "html" and "<div>Zürich – Leeds</div>" in html and "HYPERLINK" not in html
    saved = _props(
        ("10090102", _lzfu(wrapped)), ("0037001F", _utf16("New jobs")),
        ("5D01001F", _utf16("jobalerts@reed.co.uk")),
    )  # fmt: skip
    (job,) = _postings(_run(_write(tmp_path / "New jobs.msg", _msg_file(saved)))).values()
    assert (job.source_id, job.title, job.company, job.salary_raw) == (
        "reed:51234567", "Python Developer", "Harbourline Insurance", "£55,000 a year"
    )  # fmt: skip
    plain = b"{\\rtf1\\ansi{\\fonttbl{\\f0 Arial;}}Hello\\par Sam\\tab{\\*\\generator x;}}"
    assert _rtf.body(plain) == ("text", "Hello\nSam\t")


def test_outlook_data_files_are_named_not_read(tmp_path: Path) -> None:
    (tmp_path / "backup.pst").write_bytes(b"!BDN" + bytes(512))
    (tmp_path / "alert.eml").write_bytes(_reed())
    result = _run(tmp_path)
    assert len(result.postings) == 1 and result.stats[OUTLOOK_PST] == 1
    assert "1 Outlook .pst file, not read (drag the alerts out" in skipped_note(result.stats)
    alone = _run(tmp_path / "backup.pst")
    assert alone.status == "failed" and "backup.pst: an Outlook data file" in alone.errors[0]


def test_an_alert_attached_as_an_eml_file_is_read(tmp_path: Path) -> None:
    attached = (
        b'Content-Type: multipart/mixed; boundary="CC"\n\n--CC\nContent-Type: text/plain\n\n'
        b'fyi\n--CC\nContent-Type: application/octet-stream; name="New jobs.eml"\n'
        b'Content-Disposition: attachment; filename="New jobs.eml"\n'
        b"Content-Transfer-Encoding: base64\n\n" + base64.encodebytes(_reed()) + b"\n--CC--\n"
    )
    mail = _mail("Sam <sam@mail.example>", attached, subject="Fwd: New jobs", ident="f@x")
    (job,) = _postings(_run(_write(tmp_path / "fwd.eml", mail))).values()
    assert (job.title, job.company) == ("Python Developer", "Harbourline Insurance")


def test_a_forward_of_a_colleague_s_forward_is_read_down_to_the_alert(tmp_path: Path) -> None:
    def attaching(sender: str, inner: bytes, ident: str) -> bytes:
        mark = ident.encode()
        body = (
            (
                b'Content-Type: multipart/mixed; boundary="%s"\n\n--%s\nContent-Type: text/plain'
                b"\n\nsee below\n--%s\nContent-Type: message/rfc822\n\n" % (mark, mark, mark)
            )
            + inner
            + b"\n--%s--\n" % mark
        )
        return _mail(sender, body, subject="Fwd: New jobs", ident=ident)

    colleague_s = attaching("Tom <tom@mail.example>", _reed(), "tom@x")
    mine = attaching("Sam <sam@mail.example>", colleague_s, "sam@x")
    (job,) = _postings(_run(_write(tmp_path / "fwd.eml", mine))).values()
    assert (job.title, job.company) == ("Python Developer", "Harbourline Insurance")
    # the colleague's own forward, not the user's: not read
    assert _run(_write(tmp_path / "fwd.eml", colleague_s)).postings == []


def _forward(body: bytes) -> bytes:
    return _mail("Sam <sam@mail.example>", body, subject="FW: New jobs", ident="fw@x")


def test_apple_mail_and_outlook_forwards_are_read_as_their_sender_wrote_them(
    tmp_path: Path,
) -> None:
    apple = (
        "<html><body><blockquote type=cite>Begin forwarded message:<br><br>"
        "<b>From:</b> reed.co.uk &lt;jobalerts@reed.co.uk&gt;<br><b>Date:</b> 1 December"
        f"</blockquote><blockquote type=cite><table><tr><td>{_REED}</td></tr></table>"
        "</blockquote></body></html>"
    )
    outlook = (
        '<html><body><div class="WordSection1"><p class="MsoNormal"><b>From:</b> '
        "reed.co.uk &lt;jobalerts@reed.co.uk&gt;<br><b>Sent:</b> Tuesday, December 1, 2026"
        f" 9:14 AM<br><b>Subject:</b> New jobs</p>{_page(_REED)}</div></body></html>"
    )
    for markup in (apple, outlook):
        (tmp_path / "fw.eml").write_bytes(_forward(_html(markup)))
        mine = _run(tmp_path / "fw.eml", my_addresses=("sam@mail.example",))
        assert [d["parser"] for d in _documents(mine)] == ["boards"]  # credited to Reed
        job = mine.postings[0].posting
        assert (job.title, job.company) == ("Python Developer", "Harbourline Insurance")


def test_charsets_are_read_as_mail_clients_mean_them(tmp_path: Path) -> None:
    cases = [  # (label, codec, company): each label's superset
        ("iso-8859-1", "cp1252", "Nordlicht – „Logistik“ €"),
        ("ks_c_5601-1987", "cp949", "똠양랩스"),
        ("Shift_JIS", "cp932", "㈱サンプルテック①"),
        ("iso-8859-1", "utf-8", "Zürich Ümlaut AG"),  # UTF-8 under a Latin-1 label
    ]
    for label, codec, company in cases:
        card = _REED.replace("Harbourline Insurance", company).replace("£", "GBP ")
        body = _html(_page(card), codec, "base64").replace(codec.encode(), label.encode(), 1)
        job = _only_job(tmp_path / "alert.eml", _mail("Reed <jobs@reed.co.uk>", body))
        assert job.company == company


def _part(kind: str, body: str) -> bytes:
    return f"Content-Type: {kind}; charset=utf-8\n\n{body}\n".encode()


def test_related_images_and_amp_parts_leave_the_html_read(tmp_path: Path) -> None:
    image = b"Content-Type: image/png\nContent-ID: <logo@x>\n"
    image += b"Content-Transfer-Encoding: base64\n\niVBORw0K\n"
    related = b'Content-Type: multipart/related; boundary="R"\n\n--R\n'
    related += _part("text/html", _page(_REED)) + b"--R\n" + image + b"--R--\n"
    amp = b'Content-Type: multipart/alternative; boundary="A"\n\n--A\n'
    amp += _part("text/plain", "Python Developer") + b"--A\n"
    amp += _part("text/x-amp-html", "<html \u26a14email><body><amp-list></amp-list></body></html>")
    amp += b"--A\n" + _part("text/html", _page(_REED)) + b"--A--\n"
    for body in (related, amp):
        job = _only_job(tmp_path / "alert.eml", _mail("Reed <jobs@reed.co.uk>", body))
        assert (job.company, job.salary_raw) == (
            "Harbourline Insurance",
            "£55,000 - £65,000 per annum",
        )


def test_one_job_alert_card_stops_at_its_heading_and_footer(tmp_path: Path) -> None:
    card = (
        "<div>Lakeshore Payments</div>"
        '<a href="https://builtin.com/job/senior-backend-engineer/4123456">Senior Backend'
        " Engineer</a><div>Hybrid</div><div>Chicago, IL</div><div>150K-180K Annually</div>"
    )
    job = _only_job(tmp_path / "a.eml", _mail("Built In <support@builtin.com>", _html(_page(card))))
    assert (job.company, job.location, job.remote) == ("Lakeshore Payments", "Chicago, IL", False)


def test_the_same_alert_in_two_folders_is_one_job(tmp_path: Path) -> None:
    (tmp_path / "Inbox.mbox").write_bytes(_mbox(_reed()))
    (tmp_path / "Jobs.mbox").write_bytes(_mbox(_reed()).replace(b"\n", b"\r\n"))
    (tmp_path / "saved.eml").write_bytes(_reed())
    result = _run(tmp_path)
    assert len({page.url for page in result.pages}) == 1  # one message, by its Message-ID
    assert {p.posting.source_id for p in result.postings} == {"reed:51234567"}


def test_remote_co_hybrid_jobs_are_not_remote_and_dice_terms_name_a_contract(
    tmp_path: Path,
) -> None:
    cards = "".join(
        f'<tr><td><a href="https://remote.co/job-details/{slug}">{title}</a>'
        f"<div>Clearwater</div><div>{setting}</div><div>Denver, CO</div></td></tr>"
        for slug, title, setting in [
            ("ux-designer-4a5b6c7d", "UX Designer", "Hybrid Remote Work"),
            ("tech-writer-8e9f0a1b", "Technical Writer", "100% Remote Work"),
            ("data-analyst-1c2d3e4f", "Data Analyst", "Option for Remote Work"),
        ]
    )
    (tmp_path / "rc.eml").write_bytes(
        _mail("Remote.co <alerts@remote.co>", _html(f"<table>{cards}</table>"))
    )
    found = _postings(_run(tmp_path / "rc.eml"))
    assert found["remoteco:ux-designer-4a5b6c7d"].remote is False
    assert found["remoteco:tech-writer-8e9f0a1b"].remote is True
    assert found["remoteco:data-analyst-1c2d3e4f"].remote is True  # the board's, open
    uuid = "3f2a9c1e-8b7d-4e21-9a0b-5c6d7e8f9a01"
    dice = (
        f'<a href="https://www.dice.com/job-detail/{uuid}">Senior Java Developer</a>'
        "<div>Apex Systems Group</div><div>Remote</div><div>Contract - Corp-To-Corp</div>"
    )
    job = _only_job(tmp_path / "d.eml", _mail("Dice <alerts@dice.com>", _html(_page(dice))))
    assert (job.engagement, job.engagement_raw) == ("contract", "Contract - Corp-To-Corp")


def test_iso_2022_jp_keeps_the_nec_and_ibm_characters_of_code_page_932() -> None:
    # CP50220, as Outlook and Japanese webmail write ISO-2022-JP: "①" (NEC row 13),
    # "㈱", "Ⅱ" in its two-byte runs; "〜" stays the wave dash the codec reads
    assert _jis.decode(b"\x1b$B-!-j-5!A\x1b(Babc") == "①㈱Ⅰ〜abc"
    assert _jis.decode(b"\x1b$B/!\x1b(B") == "\ufffd"  # a pair 932 has not either
    found = _postings(_run(ALERTS / "crowdworks_alert_iso2022jp.eml"))
    first, second = found["crowdworks:9934501"], found["crowdworks:9934502"]
    assert (first.title, first.company) == (
        "Vue.jsでの予約画面改修 ※①②のどちらか",
        "㈱カエデシステム",
    )
    assert first.salary_raw == "2,000円 〜 3,000円 / 時間"
    assert second.title == "社内マニュアル翻訳（英→日）Ⅱ"
    envelope = _message.envelope((ALERTS / "crowdworks_alert_iso2022jp.eml").read_bytes())
    assert (envelope.subject, envelope.sender_name) == ("新着のお仕事①", "クラウドワークス")
    # a forward's subject: its own words beside the encoded ones, which keep their "①"
    assert _message.envelope(b"Subject: Fwd: =?ISO-2022-JP?B?GyRCLSEbKEI=?= x\n\n").forward
    assert _message.envelope(b"Subject: Fwd: =?ISO-2022-JP?B?GyRCLSEbKEI=?= x\n\n").subject == (
        "Fwd: ① x"
    )


def _text_mail(text: str, subject: str, content_type: str = "text/plain; charset=utf-8") -> bytes:
    body = f"Content-Type: {content_type}\nContent-Transfer-Encoding: 8bit\n\n{text}"
    return _mail("Sam <sam@mail.example>", body.encode(), subject=subject, ident="t@x")


_LI = "https://www.linkedin.com/comm/jobs/view/4405000301/?trackingId=abc%3D%3D&refId=x&trk=eml"


def test_a_flowed_forward_joins_its_wrapped_lines(tmp_path: Path) -> None:
    assert _message.unflowed("a b \nc\n> q \n> r\n>> x\n-- \nsig") == "a b c\n> q r\n>> x\n-- \nsig"
    assert _message.unflowed("Gro \nund", delsp=True) == "Ground"
    text = (
        "Begin forwarded message:\n\nFrom: LinkedIn Job Alerts <jobalerts-noreply@linkedin.com>\n"
        "Subject: data engineer\n\nSenior Data Engineer – Streaming (Kafka, Flink, \nKubernetes)\n"
        f"Corvid Telecom\nLisbon, Portugal (Remote)\nView job: \n{_LI}\n"
    )
    mail = _text_mail(text, "Fwd: data engineer", "text/plain; charset=utf-8; format=flowed")
    (tmp_path / "fw.eml").write_bytes(mail)
    (job,) = _postings(_run(tmp_path / "fw.eml", my_addresses=("sam@mail.example",))).values()
    assert (job.source_id, job.title) == (
        "linkedin:4405000301", "Senior Data Engineer – Streaming (Kafka, Flink, Kubernetes)"
    )  # fmt: skip
    assert (job.company, job.location) == ("Corvid Telecom", "Lisbon, Portugal (Remote)")


def test_forwards_in_quoted_lines_and_outlook_plain_text_are_read(tmp_path: Path) -> None:
    alert = ["Machine Learning Engineer", "Pellucid AI", "London (Remote)", f"View job: {_LI}"]
    quoted = "\n".join(
        ["Forwarding this.", "", "-------- Forwarded Message --------"]
        + [f"> {line}" for line in ["From: LinkedIn <jobalerts-noreply@linkedin.com>", "", *alert]]
    )
    stepstone = "https://www.stepstone.de/stellenangebote--Data-Engineer-Koeln-Domblick--10112233-inline.html"
    outlook = (
        "FYI\n\nFrom: StepStone Job-Agent <jobagent@stepstone.de>\nSent: Tuesday, 1 December\n\n"
        f"[Domblick AG]<{stepstone}>\n\nData Engineer (m/w/d)<{stepstone}?cid=JA_1>\nDomblick AG\n"
        "Köln\n80 – 95 € pro Stunde\n\nAlle Jobs anzeigen<https://www.stepstone.de/jobs/data>\n"
    )
    read = []
    for text in (quoted, outlook):
        (tmp_path / "fw.eml").write_bytes(_text_mail(text, "Fwd: jobs"))
        mine = _run(tmp_path / "fw.eml", my_addresses=("sam@mail.example",))
        (job,) = _postings(mine).values()
        read.append((job.title, job.company, job.location, job.salary_raw))
    assert read == [
        ("Machine Learning Engineer", "Pellucid AI", "London (Remote)", None),
        ("Data Engineer (m/w/d)", "Domblick AG", "Köln", "80 – 95 € pro Stunde"),
    ]


def test_a_one_job_card_stops_at_a_footer_without_a_heading(tmp_path: Path) -> None:
    card = (
        '<tr><td><a href="https://www.linkedin.com/comm/jobs/view/4405000302/">Freelance Data '
        "Engineer</a></td></tr><tr><td>Osprey Works</td></tr>"
    )
    footer = (
        '<tr><td><a href="https://www.linkedin.com/comm/psettings/email-unsubscribe">Unsubscribe'
        "</a> · Help</td></tr><tr><td>© 2026 LinkedIn Corporation</td></tr>"
    )
    markup = f"<html><body><table><tr><td>Hi Sam</td></tr>{card}{footer}</table></body></html>"
    sender = "LinkedIn <jobalerts-noreply@linkedin.com>"
    job = _only_job(tmp_path / "one.eml", _mail(sender, _html(markup)))
    assert (job.title, job.company, job.location) == (
        "Freelance Data Engineer",
        "Osprey Works",
        None,
    )
    # a bullet heads a badge as an icon does: "‣ Easily apply" is no place
    indeed = (
        '<a href="https://www.indeed.com/rc/clk?jk=7a8b9c0d1e2f3a4b">Site Reliability Engineer</a>'
        "<div>Ashcombe Systems</div><div>\u2023 Easily apply</div>"
    )
    job = _only_job(tmp_path / "i.eml", _mail("Indeed <alert@indeed.com>", _html(_page(indeed))))
    assert (job.company, job.location) == ("Ashcombe Systems", None)


def test_sendgrid_links_are_the_senders_jobs_keyed_by_their_cards(tmp_path: Path) -> None:
    found = _postings(_run(ALERTS / "remoteok_digest_sendgrid.eml"))
    assert sorted((j.title, j.company, j.location, j.salary_raw) for j in found.values()) == [
        ("Data Engineer", "Osier Health", None, None),  # its company above, nothing below
        ("DevOps Engineer", "Teasel", "Europe", "$60 - $80 / hr"),
        ("Senior Go Engineer", "Kingfisher Maps", "Worldwide", "$90k - $130k"),
    ]  # and its footer's tracked "Unsubscribe" is no job
    # the same job in tomorrow's alert, behind another single-use link, is the same job
    again = (ALERTS / "remoteok_digest_sendgrid.eml").read_bytes()
    again = again.replace(b"upn=u001.Rk", b"upn=u001.Zz").replace(b"rok-20261201", b"rok-20261202")
    (tmp_path / "a.eml").write_bytes((ALERTS / "remoteok_digest_sendgrid.eml").read_bytes())
    (tmp_path / "b.eml").write_bytes(again)
    assert set(_postings(_run(tmp_path))) == set(found)
    assert all(key.startswith("url:") for key in found)
    # a tracker on any host names no board: an employer's own site is still its own
    assert not lists_others_jobs("careers.kingfisher.example")
    assert lists_others_jobs("cts.indeed.com")
