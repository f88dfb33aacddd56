"""One e-mail, read as little as needed: headers first, the body only when a sender
parser (or the ask scan) wants it. Bodies are decoded by the stdlib `email` package
(multipart, quoted-printable, base64, charsets) and never leave this process.
"""

from __future__ import annotations

import codecs
import contextlib
import hashlib
import re
from dataclasses import dataclass
from datetime import datetime
from email import policy
from email.header import decode_header, make_header
from email.message import EmailMessage, Message
from email.parser import BytesHeaderParser, BytesParser
from email.utils import getaddresses, parseaddr, parsedate_to_datetime

from extractors.inbox import _jis

# compat32 for the headers: raw strings, ten times faster than the default policy's
# header objects, and every message of a mailbox passes through here
_HEADERS = BytesHeaderParser(policy=policy.compat32)
_FULL = BytesParser(policy=policy.default)
# bulk mail (newsletters, recruiter blasts) carries these; a person's own message does not
_BULK_HEADERS = ("list-id", "list-unsubscribe", "feedback-id")
# a forward's subject prefix (English, German, French, Spanish/Italian/Portuguese, Dutch)
_FORWARD = re.compile(r"\s*(?:fwd?|wg|tr|rv|i|enc|doorst)\s*:", re.IGNORECASE)
# the original's sender as a forward quotes it: "From: LinkedIn <jobalerts-noreply@...>";
# Gmail's HTML puts the name and the address in elements of their own, which its text
# gives a line each: a few lines without a label of their own may come between
_QUOTED_FROM = re.compile(
    r"^\s*[>*]*\s*(?:From|Von|De|Van|Da)\s*:\s*\**[^\n<\[]*?(?:\n[^\n<\[:]*?){0,3}"
    r"(?:<|\[mailto:)?([\w.+-]+@[\w-]+(?:\.[\w-]+)+)",
    re.MULTILINE | re.IGNORECASE,
)
# where a reply's quote of earlier messages starts: that text is not the sender's
_QUOTE_START = re.compile(
    r"^(?:On .{4,200} wrote:|Am .{4,200} schrieb .{1,200}:|El .{4,200} escribió:"
    r"|-{2,} ?(?:Original Message|Ursprüngliche Nachricht|Mensaje original) ?-{2,}"
    r"|From: .+|Von: .+|De: .+)\s*$",
    re.MULTILINE,
)


# charset labels that mail clients write for Microsoft's supersets of them: Latin-1 (and
# ASCII) on Windows-1252 text with its € and curly quotes, Outlook's ks_c_5601-1987
# (EUC-KR) on Korean in code page 949 ("똠"), Shift_JIS on code page 932 ("㈱", "①"),
# GB2312 on GBK; ISO-2022-JP with the same extensions of 932 (`_jis`)
_WINDOWS_LATIN = "cp1252"
_SUPERSETS = {
    "iso8859-1": _WINDOWS_LATIN, "ascii": _WINDOWS_LATIN, "euc_kr": "cp949",
    "shift_jis": "cp932", "gb2312": "gb18030", "gbk": "gb18030", "iso2022_jp": _jis.CODEC,
}  # fmt: skip


@dataclass(frozen=True, slots=True)
class Envelope:
    """What the headers say: who sent it, when, and an id that names no one."""

    sender_name: str | None
    sender_address: str  # lower case; "" when unreadable
    date: datetime | None  # aware UTC
    message_hash: str  # sha256 of the Message-ID (or of the headers), 16 hex
    bulk: bool  # a list or marketing mail
    sent_by_me: bool  # in Gmail's Sent label (Takeout), from one of `my_addresses`, to oneself
    forward: bool = False  # its subject says it forwards a message ("Fwd:", "WG:")
    subject: str = ""  # decoded


def envelope(raw: bytes, my_addresses: frozenset[str] = frozenset()) -> Envelope:
    """Parse only the headers of a raw message."""
    headers = _HEADERS.parsebytes(raw.split(b"\n\n", 1)[0])
    name, address = _from(headers)
    ident = str(headers.get("message-id", "")).strip() or repr(sorted(headers.items()))
    labels = str(headers.get("x-gmail-labels", "")).lower().split(",")
    subject = _decoded(str(headers.get("subject", "")))
    return Envelope(
        sender_name=name,
        sender_address=address,
        date=_date(headers),
        message_hash=hashlib.sha256(ident.encode("utf-8", "replace")).hexdigest()[:16],
        bulk=str(headers.get("precedence", "")).lower() in ("bulk", "list", "junk")
        or any(key in headers for key in _BULK_HEADERS),
        sent_by_me=address in my_addresses
        or "sent" in (label.strip() for label in labels)
        or _to_self(address, headers),
        forward=bool(_FORWARD.match(subject)),
        subject=subject,
    )


def _to_self(address: str, headers: Message) -> bool:
    """Sent to its own sender: a forward from the phone to the address the user reads
    their mail at, which `my_addresses` need not list."""
    recipients = getaddresses([str(value) for value in headers.get_all("to", [])])
    return bool(address) and any(to.strip().lower() == address for _, to in recipients)


def _decoded(value: str) -> str:
    """A header's RFC 2047 words decoded (those in a superset's charset as `_content`
    reads a body); as written when they cannot be."""
    with contextlib.suppress(LookupError, UnicodeError, ValueError):
        words = decode_header(value)
        if any(charset and _superset(charset) for _, charset in words):
            return "".join(_decode(word, charset or "utf-8") for word, charset in words)
        return str(make_header(words))
    return value


def _from(headers: Message) -> tuple[str | None, str]:
    """The sender's name (RFC 2047 words decoded) and address."""
    name, address = parseaddr(str(headers.get("from", "")))
    return (_decoded(name).strip() or None), address.strip().lower()


def forwarded(message: EmailMessage) -> tuple[str, EmailMessage]:
    """The original sender of a forwarded message and the message that holds its body:
    an attached message (forwarded as attachment, `_attached`), else the forward
    itself, whose text quotes the original's `From:` line. ("", message) when neither
    says. An attached message that is itself a forward ("Fwd:", a colleague's forward
    the user forwarded on) is read the same way, down to the alert it holds."""
    for part in message.walk():
        inner = _attached(part)
        if isinstance(inner, EmailMessage):
            if _FORWARD.match(str(inner.get("subject", ""))):
                sender, holder = forwarded(inner)
                if sender:
                    return sender, holder
            return _address(inner), inner
    found = _QUOTED_FROM.search(plain(message) or "")
    return (found[1].lower() if found else ""), message


def _address(message: Message) -> str:
    return parseaddr(str(message.get("from", "")))[1].lower()


def _attached(part: Message) -> object:
    """A message attached to another: as `message/rfc822`, or as a file named `.eml`
    (some phone clients attach one as `application/octet-stream`, in base64)."""
    if part.get_content_type() == "message/rfc822":
        return part.get_payload(0)
    if str(part.get_filename() or "").lower().endswith(".eml"):
        data = part.get_payload(decode=True)
        return full(data) if isinstance(data, bytes) else None
    return None


def _date(headers: Message) -> datetime | None:
    try:
        date = parsedate_to_datetime(str(headers.get("date", "")))
    except (TypeError, ValueError, IndexError):
        return None
    return date if date.tzinfo else None


def full(raw: bytes) -> EmailMessage:
    message = _FULL.parsebytes(raw)
    assert isinstance(message, EmailMessage)
    return message


def _content(part: Message | None) -> str | None:
    """A part's text; an unknown or lying charset is read as UTF-8 with replacements."""
    if part is None:
        return None
    codec = _superset(part.get_content_charset() or "")
    payload = part.get_payload(decode=True) if codec else None
    if codec and isinstance(payload, bytes):
        return _decode(payload, codec)
    try:
        content = part.get_content()  # type: ignore[attr-defined]
    except (LookupError, UnicodeError, KeyError, AssertionError):
        payload = part.get_payload(decode=True)
        content = payload.decode("utf-8", "replace") if isinstance(payload, bytes) else None
    return content if isinstance(content, str) else None


def _text(part: Message) -> str | None:
    """A text part's text, its flowed lines joined (`format=flowed`)."""
    text = _content(part)
    if text is None or str(part.get_param("format", "")).lower() != "flowed":
        return text
    return unflowed(text, delsp=str(part.get_param("delsp", "")).lower() == "yes")


def unflowed(text: str, delsp: bool = False) -> str:
    """Text sent as `format=flowed` (RFC 3676: Apple Mail, Thunderbird), its lines as
    written: a line that ends in a space goes on in the next of the same quote depth
    (the space dropped with `delsp=yes`), as a title or a link wrapped at 72 does."""
    lines: list[str] = []
    carry: tuple[str, str] | None = None  # the quote marks and text of an open line
    for line in text.splitlines():
        quote = line[: len(line) - len(line.lstrip(">"))]
        body = line[len(quote) :]
        body = body[1:] if body.startswith(" ") else body  # space-stuffing
        if carry and carry[0] == quote:
            body = carry[1] + body
        elif carry:
            lines.append(carry[0] + carry[1])
        carry = None
        if body.endswith(" ") and body != "-- ":
            carry = (quote, body[:-1] if delsp else body)
        else:
            lines.append(quote + (" " if quote and body else "") + body)
    if carry:
        lines.append(carry[0] + carry[1])
    return "\n".join(lines)


def _decode(data: bytes, label: str) -> str:
    """Bytes in a charset as mail clients mean it (`_superset`)."""
    codec = _superset(label) or label
    if codec == _jis.CODEC:
        return _jis.decode(data)
    if codec == _WINDOWS_LATIN:  # UTF-8 bytes under a Latin-1 label are UTF-8
        with contextlib.suppress(UnicodeDecodeError):
            return data.decode("utf-8")
    return data.decode(codec, "replace")


def _superset(label: str) -> str | None:
    """The codec a mail client means by a charset label, where it differs from the
    label's own (as browsers read them, the WHATWG Encoding Standard); else None."""
    try:
        return _SUPERSETS.get(codecs.lookup(label).name)
    except LookupError:
        return None


def html(message: EmailMessage) -> str | None:
    """The message's HTML body, if it has one."""
    return _content(message.get_body(preferencelist=("html",)))


def plain(message: EmailMessage) -> str | None:
    """The message's plain-text body, else its HTML body as text."""
    body = message.get_body(preferencelist=("plain",))
    text = _text(body) if body is not None else None
    if text is not None:
        return text
    markup = html(message)
    from bs4 import BeautifulSoup  # here: a config naming the inbox needs no parser

    return BeautifulSoup(markup, "lxml").get_text("\n") if markup else None


def own_words(text: str) -> str:
    """The sender's own words: quoted lines and the quoted earlier message cut off."""
    unquoted = "\n".join(line for line in text.splitlines() if not line.lstrip().startswith(">"))
    found = _QUOTE_START.search(unquoted)
    return unquoted[: found.start()] if found else unquoted
