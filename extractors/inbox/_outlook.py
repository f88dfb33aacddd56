"""Outlook's `.msg` files (classic Outlook for Windows saves a message only so): a
compound file (MS-CFB, read by olefile) whose top-level streams hold the
message's properties (MS-OXMSG). What an alert's parser needs is there: the headers as
they came (`PR_TRANSPORT_MESSAGE_HEADERS`) and the body, as HTML (`PR_HTML`) or text
(`PR_BODY`), else as compressed RTF alone (`PR_RTF_COMPRESSED`: `_rtf`, the HTML it
wraps or its text). They are made a MIME message again, so the message is read as any other.
A message that has neither (a draft, a meeting) gives nothing; a file that is no
compound file is None.
"""

from __future__ import annotations

import io
import struct
from email.message import Message
from email.parser import BytesHeaderParser

import olefile

from extractors.inbox import _rtf

_SIGNATURE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_HEADERS = ("007D001F", "007D001E")  # PR_TRANSPORT_MESSAGE_HEADERS, Unicode or ANSI
_HTML = "10130102"  # PR_HTML, bytes in the message's code page
_BODY = ("1000001F", "1000001E")  # PR_BODY
_RTF = "10090102"  # PR_RTF_COMPRESSED
_SUBJECT = ("0037001F", "0037001E")
_SENDER = ("5D01001F", "0C1F001F", "5D01001E", "0C1F001E")  # SMTP address, else the address
_READ = frozenset((*_HEADERS, _HTML, *_BODY, _RTF, *_SUBJECT, *_SENDER))
_PROPERTIES = "__properties_version1.0"
_CPID = 0x3FDE0003  # PR_INTERNET_CPID in the property stream: the HTML's code page
_CODE_PAGES = {65001: "utf-8", 28591: "latin-1", 20127: "ascii", 50220: "iso2022_jp",
               50221: "iso2022_jp", 50222: "iso2022_jp", 51932: "euc_jp", 949: "cp949"}  # fmt: skip
# headers of the message as sent that describe a body no longer there
_BODY_HEADERS = ("content-type", "content-transfer-encoding", "mime-version")


def is_msg(data: bytes) -> bool:
    return data[:8] == _SIGNATURE


def message(data: bytes) -> bytes | None:
    """The message of a `.msg` file as MIME bytes; None when it holds no body."""
    streams = _top_streams(data)
    encoded = {name[-8:].upper(): value for name, value in streams.items()}
    html, text = encoded.get(_HTML), _text(encoded, _BODY)
    charset = _code_page(streams.get(_PROPERTIES, b""))
    if html is None and text is None and (rtf := _rtf.decompress(encoded.get(_RTF, b""))):
        kind, read = _rtf.body(rtf)
        html, text = (read.encode(), None) if kind == "html" else (None, read)
        charset = "utf-8"
    if html is None and text is None:
        return None
    head = _text(encoded, _HEADERS)
    headers = BytesHeaderParser().parsebytes(head.encode("utf-8", "replace")) if head else Message()
    for name in _BODY_HEADERS:
        del headers[name]
    if not head:
        headers["Subject"] = _text(encoded, _SUBJECT) or ""
        headers["From"] = _text(encoded, _SENDER) or ""
    if html is not None:
        headers["Content-Type"] = f'text/html; charset="{charset}"'
        body = html
    else:
        headers["Content-Type"] = 'text/plain; charset="utf-8"'
        body = (text or "").encode()
    headers["Content-Transfer-Encoding"] = "8bit"
    lines = "".join(f"{key}: {value}\n" for key, value in headers.items())
    return lines.encode("utf-8", "replace") + b"\n" + body


def _text(encoded: dict[str, bytes], tags: tuple[str, ...]) -> str | None:
    for tag in tags:
        if (value := encoded.get(tag)) is not None:
            codec = "utf-16-le" if tag.endswith("1F") else "latin-1"
            return value.decode(codec, "replace").rstrip("\x00")
    return None


def _code_page(properties: bytes) -> str:
    """The HTML body's charset: the code page the property stream records (its
    fixed-size entries after a 32-byte header), UTF-8 when it records none."""
    for offset in range(32, len(properties) - 15, 16):
        tag, _, value = struct.unpack_from("<IIQ", properties, offset)
        if tag == _CPID:
            page = value & 0xFFFFFFFF
            return _CODE_PAGES.get(page, f"cp{page}")
    return "utf-8"


def _top_streams(data: bytes) -> dict[str, bytes]:
    """The streams of the message's properties read here, directly under a compound
    file's root (not its attachments'), by name; a damaged file gives none."""
    if not is_msg(data):
        return {}
    try:
        with olefile.OleFileIO(io.BytesIO(data)) as ole:
            return {
                name: ole.openstream(name).read()
                for (name, *below) in ole.listdir(streams=True, storages=False)
                if not below and (name[-8:].upper() in _READ or name == _PROPERTIES)
            }
    except (OSError, ValueError, IndexError, KeyError, EOFError, OverflowError, struct.error):
        return {}  # olefile names a broken file's defect by these
