"""The three date formats of the LinkedIn data export, parsed without the C locale, and
the name LinkedIn writes for a member it does not name.

`strptime("%b")` and `%p` follow the process locale, so month names and AM/PM are read
from fixed tables here; exports in another UI language write its month abbreviations.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from datetime import UTC, datetime

from extractors._normalize import utc_from_iso

# the month abbreviations LinkedIn's UI languages write (English, German, French,
# Spanish, Italian, Portuguese, Dutch, the Nordic ones, Polish, Czech, Romanian,
# Hungarian, Turkish, Indonesian, Finnish, Russian, Ukrainian), read by their first 4, else 3
# letters, January first; no two languages give one abbreviation two months
_MONTH_NAMES = ("jan jän ene gen sty led ian oca tamm янв січ",
                "feb fév fev lut úno şub helm фев лют",
                "mar mär mrz mrt bře márc maal мар бер",
                "apr avr abr kwi dub ápr nis huht апр квіт",
                "may mai mag mei maj kvě máj touk май мая трав",
                "jun juin giu cze čvn iun jún haz kesä июн черв",
                "jul juil lug lip čvc iul júl tem hein июл лип",
                "aug aoû ago sie srp ağu agu elok авг серп",
                "sep sept set wrz zář eyl syys сен вер",
                "oct okt ott out paź říj eki loka окт жовт",
                "nov lis noi kas marr ноя лист",
                "dec dez déc dic gru pro ara des joul дек груд")  # fmt: skip
_MONTHS = {name: n for n, names in enumerate(_MONTH_NAMES, start=1) for name in names.split()}
# `08 Feb 2026`, `08. Feb. 2026`, `8 de feb. de 2026`, and `8-Feb-26` as a spreadsheet
# re-saves it
_DAY_MONTH_YEAR = re.compile(
    r"(\d{1,2})\.?[\s-]+(?:de\s+)?([^\W\d_]+)\.?[\s-]+(?:de\s+)?(\d{4}|\d\d)"
)
# year first: Japanese and Chinese `2026年2月8日`, Korean `2026년 2월 8일` or
# `2026. 2. 8.`, Hungarian `2026. febr. 8.`, and `2026/2/8` as a Japanese or Chinese
# spreadsheet re-saves it
_YEAR_FIRST = re.compile(
    r"(\d{4})\s*[年년./]\s*(\d{1,2}|[^\W\d_]+)\s*[月월./]?\s*(\d{1,2})\s*[日일.]?"
)
_DOTTED = re.compile(r"(\d{1,2})([.-])(\d{1,2})\2(\d{4})")  # day first: `08.02.2026`, `8-2-2026`
_SLASHED = re.compile(r"(\d{1,2})/(\d{1,2})/(\d{4})")
# the time is missing in some Saved Jobs exports (`9/1/26`); a spreadsheet's re-save
# writes its locale's date (`13/03/2026 14:15`; German `03.12.2026`, Dutch `3-12-2026`)
_SENT_AT = re.compile(
    r"(\d{1,2})([/.-])(\d{1,2})\2(\d{4}|\d{2})(?:,?\s+(\d{1,2}):(\d{2})(?::(\d{2}))?\s*"
    r"(?:([AaPp])\.?[Mm]\.?)?)?"
)


# who sent a message or invitation but has left LinkedIn or hides their profile: no
# person, and every one of them the same name
_PLACEHOLDER = "linkedin member"


def unnamed(name: str | None, slug: str | None) -> bool:
    """The row names no one: LinkedIn's "LinkedIn Member" stand-in, without a profile."""
    return slug is None and (name or "").strip().lower() == _PLACEHOLDER


def _utc(
    year: int, month: int, day: int, hour: int = 0, minute: int = 0, second: int = 0
) -> datetime:
    return datetime(year, month, day, hour, minute, second, tzinfo=UTC)


def month(name: str) -> int | None:
    """The month of a name or abbreviation in one of the tables' languages (`Feb`,
    `März`, `janvier`); Meta's HTML exports write them the same way."""
    folded = name.lower().rstrip(".")
    return _MONTHS.get(folded[:4]) or _MONTHS.get(folded[:3])


def connected_on(value: str | None) -> datetime | None:
    """`08 Feb 2026` (unpadded days, month names in the UI's language, `08.02.2026`,
    `2026年2月8日`, ISO too), 00:00 UTC;
    also as a spreadsheet re-saved it in its locale's short date (`8-Feb-26`,
    `2/8/2026`, `08/02/2026`, the Dutch `8-2-2026`)."""
    text = (value or "").strip()
    try:
        if match := _DAY_MONTH_YEAR.fullmatch(text):
            number = month(match[2])
            year = int(match[3]) + (2000 if len(match[3]) == 2 else 0)
            return _utc(year, number, int(match[1])) if number else None
        if match := _YEAR_FIRST.fullmatch(text):
            number = int(match[2]) if match[2].isdigit() else month(match[2])
            return _utc(int(match[1]), number, int(match[3])) if number else None
        if match := _DOTTED.fullmatch(text):
            return _utc(int(match[4]), int(match[3]), int(match[1]))
        if match := _SLASHED.fullmatch(text):
            return _slashed(match[1], match[2], int(match[3]))
    except ValueError:
        return None
    return utc_from_iso(text) if re.fullmatch(r"\d{4}-\d\d-\d\d", text) else None


def _slashed(first: str, second: str, year: int) -> datetime:
    """A spreadsheet's `a/b/yyyy`, in the order `day_first` reads it."""
    day, month = (first, second) if _day_first([(first, second)]) else (second, first)
    return _utc(year, int(month), int(day))


def _day_first(pairs: Iterable[tuple[str, str]]) -> bool:
    """Whether slashed dates `a/b/...` (one, or a file's whole column) write the day
    first: a first part over 12 says so (`13/03/2026`: a UK or French re-save), a second
    part over 12 says not (`2/13/2026`); else a padded part does (`08/02/2026`: the US
    and LinkedIn's `M/D/YY` never pad)."""
    padded = False
    for first, second in pairs:
        if int(first) > 12:
            return True
        if int(second) > 12:
            return False
        padded = padded or "0" in (first[0], second[0])
    return padded


def sent_order(values: Iterable[str | None]) -> bool:
    """`_day_first` of a column of `sent_at` dates (a Jobs file re-saved in a UK locale
    writes every date day first, but only some show it)."""
    found = (_SENT_AT.match(" ".join((value or "").split())) for value in values)
    return _day_first((m[1], m[3]) for m in found if m and m[2] == "/")


def sent_at(value: str | None, day_first: bool = False) -> datetime | None:
    """Invitations and Jobs `1/29/26, 2:37 PM` (or `9/1/26`): US month/day order unless
    the file's column says day first (`sent_order`), no zone stated, taken as UTC;
    dotted and dashed dates are day first (`03.12.2026 14:15`). A date in the export's
    other style (`2026-01-29 14:37:00 UTC`, as messages and endorsements write it) is
    read too."""
    text = re.sub(r"\s+", " ", value or "").strip()  # newer exports use U+202F before PM
    match = _SENT_AT.fullmatch(text)
    if match is None:
        return message_date(text)
    year, hour = int(match[4]), int(match[5] or 0)
    year += 2000 if year < 100 else 0
    if match[8]:
        hour = hour % 12 + (12 if match[8].lower() == "p" else 0)
    day, month = (match[1], match[3]) if day_first or match[2] != "/" else (match[3], match[1])
    try:
        minute, second = int(match[6] or 0), int(match[7] or 0)
        return _utc(year, int(month), int(day), hour, minute, second)
    except ValueError:
        return None


def message_date(value: str | None) -> datetime | None:
    """messages.csv `2026-02-09 14:03:22 UTC` (the zone is written out); endorsements
    write `2026/02/09 14:03:22 UTC`."""
    text = (value or "").strip()
    if not text[:4].isdigit():
        return None
    return utc_from_iso(text.removesuffix("UTC").strip().replace("/", "-", 2))
