"""vCard address books (.vcf): Google Contacts' and Apple Contacts' export (3.0,
RFC 2426), other tools' 4.0 (RFC 6350) and old 2.1 files.

Lines are unfolded first (CRLF + space/tab), properties may carry a group (`item1.URL`)
and parameters (`TYPE=work`, `TYPE="cell,voice"`, `VALUE=uri`), text values are
unescaped (`\\,` `\\;` `\\n` `\\\\`, and Google's `\\:` in URLs), 2.1 values may be
QUOTED-PRINTABLE in a CHARSET. URLs and social profiles become `handles`.
"""

from __future__ import annotations

import codecs
import quopri
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field

from extractors.network._contact import Contact, Problem, reachable
from extractors.network._countries import country_code
from extractors.network._employer import employer
from extractors.network._profiles import handles_from_urls
from extractors.network._tables import encoding

NAME = "vcard"

_PROPERTY = re.compile(
    r'(?:[\w-]+\.)?(?P<name>[\w-]+)(?P<params>(?:;(?:[^;:"]|"[^"]*")*)*):(?P<value>.*)',
    re.S,
)
_ESCAPE = re.compile(r"\\(.)", re.S)
_FOLD = re.compile(rb"(?:\r\n|\r|\n)[ \t]")
_UNESCAPED = {"n": "\n", "N": "\n"}
_PROFILE_KEYS = ("URL", "X-SOCIALPROFILE")


@dataclass
class _Card:
    line: int
    values: dict[str, list[str]] = field(default_factory=dict)


def sniff(name: str, head: bytes) -> bool:
    """A `BEGIN:VCARD` line first."""
    return head.decode("utf-8-sig", errors="ignore").lstrip().upper().startswith("BEGIN:VCARD")


def _logical_lines(data: bytes) -> Iterator[tuple[int, bytes]]:
    """Unfolded lines with the line they start on; QP soft breaks (`=` at the end) too.
    Bytes, not text: a fold may split a UTF-8 character (RFC 6350 3.2)."""
    start, current = 0, None
    for number, physical in enumerate(re.split(rb"\r\n|\r|\n", data), start=1):
        if current is not None and physical[:1] in (b" ", b"\t"):
            current += physical[1:]
        elif (
            current is not None
            and current.endswith(b"=")
            and b"QUOTED-PRINTABLE" in current.split(b":", 1)[0].upper()
        ):
            current = current[:-1] + physical
        else:
            if current is not None:
                yield start, current
            start, current = number, physical
    if current is not None:
        yield start, current


def _text_lines(data: bytes) -> Iterator[tuple[int, str]]:
    """The logical lines as text, in the encoding of the whole file once unfolded."""
    data = data.removeprefix(codecs.BOM_UTF8)
    charset = encoding(_FOLD.sub(b"", data))
    for line, raw in _logical_lines(data):
        yield line, raw.decode(charset, errors="replace")


def _unescape(value: str) -> str:
    return _ESCAPE.sub(lambda m: _UNESCAPED.get(m[1], m[1]), value)


def _components(value: str) -> list[str]:
    """A structured value (N, ORG) split on unescaped `;`, each part unescaped."""
    return [_unescape(part).strip() for part in re.split(r"(?<!\\);", value)]


def _decoded(params: str, value: str) -> str:
    """The value with a 2.1 QUOTED-PRINTABLE encoding and its CHARSET undone."""
    upper = params.upper()
    if "QUOTED-PRINTABLE" not in upper:
        return value
    charset = re.search(r"CHARSET=([\w-]+)", upper)
    raw = quopri.decodestring(value.encode("utf-8"))
    try:
        return raw.decode(charset[1] if charset else "utf-8", errors="replace")
    except LookupError:
        return raw.decode("utf-8", errors="replace")


def _country(address: str) -> str | None:
    """The country of an ADR (`pobox;ext;street;city;region;postal;country`)."""
    parts = _components(address)
    return country_code(parts[6]) if len(parts) > 6 else None


# the name's reading (Japanese kana) as Google's and Apple's cards give it, given name first
_READING_KEYS = ("X-PHONETIC-FIRST-NAME", "X-PHONETIC-MIDDLE-NAME", "X-PHONETIC-LAST-NAME")


def _reading(first: Callable[[str], str | None]) -> str | None:
    parts = (_unescape(first(key) or "").strip() for key in _READING_KEYS)
    return " ".join(part for part in parts if part) or None


def _contact(card: _Card, file: str) -> Contact | Problem:
    def first(key: str) -> str | None:
        return next((v for v in card.values.get(key, []) if v.strip()), None)

    family, given, additional = [*_components(first("N") or ""), "", ""][:3]
    from_n = " ".join(part for part in (given, additional, family) if part)
    urls = [_unescape(url).strip() for key in _PROFILE_KEYS for url in card.values.get(key, [])]
    emails = [_unescape(v).strip().lower() for v in card.values.get("EMAIL", [])]
    phones = [_unescape(v).strip().removeprefix("tel:") for v in card.values.get("TEL", [])]
    organisation, role = employer(
        _components(first("ORG") or "")[0] or None, _unescape(first("TITLE") or "").strip() or None
    )
    contact = Contact(
        platform="vcard",
        tie="contact",
        handle=None,
        name=_unescape(first("FN") or "").strip() or from_n or None,
        organisation=organisation,
        role=role,
        since=None,
        emails=tuple(dict.fromkeys(e for e in emails if e)),
        phones=tuple(dict.fromkeys(p for p in phones if p)),
        handles=handles_from_urls(urls),
        file=file,
        line=card.line,
        country=next(filter(None, map(_country, card.values.get("ADR", []))), None),
        reading=_reading(first),
    )
    return reachable(contact, "card")


# a card that says it is no person's: Apple's "Show as company", vCard 4.0's KIND
_NO_PERSON = {"X-ABSHOWAS": {"COMPANY"}, "KIND": {"ORG", "GROUP", "LOCATION"}}


def _person(card: _Card, file: str) -> Iterator[Contact | Problem]:
    """The card's contact, unless the card is a company's or a group's: no one to ask."""
    if not any(
        value.strip().upper() in kinds
        for key, kinds in _NO_PERSON.items()
        for value in card.values.get(key, [])
    ):
        yield _contact(card, file)


def _unclosed(card: _Card, file: str, where: str) -> Iterator[Contact | Problem]:
    """A card the next one or the file's end cut short: reported, and kept as read."""
    yield Problem(file, card.line, f"card not closed by END:VCARD (read up to {where})")
    yield from _person(card, file)


def read(data: bytes, name: str) -> Iterator[Contact | Problem]:
    """One contact per person's card; line = the line of its BEGIN:VCARD."""
    card: _Card | None = None
    seen, final = False, 0
    last: tuple[int, list[str]] = (0, [])  # the card's last property: its line, its values
    for line, text in _text_lines(data):
        final = line
        match = _PROPERTY.fullmatch(text)
        if match is None:
            if card is not None and text.strip():
                yield Problem(name, line, "not a vCard property line")
            continue
        key, value = match["name"].upper(), _decoded(match["params"], match["value"])
        if key == "BEGIN" and value.strip().upper() == "VCARD":
            if card is not None:
                yield from _unclosed(card, name, "the next card")
            card, seen = _Card(line), True
        elif key == "END" and card is not None:
            yield from _person(card, name)
            card = None
        elif card is not None:
            last = (line, card.values.setdefault(key, []))
            last[1].append(value)
    if card is not None:
        if last[0] == final and not data.endswith((b"\n", b"\r")):
            last[1].pop()  # a download cut in the middle of this line: "FN:Kari Nord"
        yield from _unclosed(card, name, "the file's end")
    if not seen:
        yield Problem(name, 0, "not a vCard file: no BEGIN:VCARD")
