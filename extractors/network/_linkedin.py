"""The three date formats of the LinkedIn data export, parsed without the C locale, and
the name LinkedIn writes for a member it does not name.

`strptime("%b")` and `%p` follow the process locale, so month names and AM/PM are read
from fixed tables here; exports in another UI language write its month abbreviations.
"""

from __future__ import annotations

import re
from datetime import UTC, datetime

from extractors._normalize import utc_from_iso

# English, German, French, Spanish, Italian, Portuguese and Dutch abbreviations (read
# by their first 4, else 3 letters), January first
_MONTH_NAMES = ("jan jän ene gen", "feb fév fev", "mar mär mrz mrt", "apr avr abr",
                "may mai mag mei", "jun juin giu", "jul juil lug", "aug aoû ago",
                "sep sept set", "oct okt ott out", "nov", "dec dez déc dic")  # fmt: skip
_MONTHS = {name: n for n, names in enumerate(_MONTH_NAMES, start=1) for name in names.split()}
# `08 Feb 2026`, `08. Feb. 2026`, and `8-Feb-26` as a spreadsheet re-saves it
_DAY_MONTH_YEAR = re.compile(r"(\d{1,2})\.?[\s-]+([^\W\d_]+)\.?[\s-]+(\d{4}|\d\d)")
_DOTTED = re.compile(r"(\d{1,2})([.-])(\d{1,2})\2(\d{4})")  # day first: `08.02.2026`, `8-2-2026`
_SLASHED = re.compile(r"(\d{1,2})/(\d{1,2})/(\d{4})")
_SENT_AT = re.compile(  # the time is missing in some Saved Jobs exports (`9/1/26`)
    r"(\d{1,2})/(\d{1,2})/(\d{4}|\d{2})(?:,?\s+(\d{1,2}):(\d{2})(?::(\d{2}))?\s*"
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


def connected_on(value: str | None) -> datetime | None:
    """`08 Feb 2026` (unpadded days, German months, `08.02.2026`, ISO too), 00:00 UTC;
    also as a spreadsheet re-saved it in its locale's short date (`8-Feb-26`,
    `2/8/2026`, `08/02/2026`, the Dutch `8-2-2026`)."""
    text = (value or "").strip()
    try:
        if match := _DAY_MONTH_YEAR.fullmatch(text):
            month = _MONTHS.get(match[2].lower()[:4]) or _MONTHS.get(match[2].lower()[:3])
            year = int(match[3]) + (2000 if len(match[3]) == 2 else 0)
            return _utc(year, month, int(match[1])) if month else None
        if match := _DOTTED.fullmatch(text):
            return _utc(int(match[4]), int(match[3]), int(match[1]))
        if match := _SLASHED.fullmatch(text):
            return _slashed(match[1], match[2], int(match[3]))
    except ValueError:
        return None
    return utc_from_iso(text) if re.fullmatch(r"\d{4}-\d\d-\d\d", text) else None


def _slashed(first: str, second: str, year: int) -> datetime:
    """A spreadsheet's `a/b/yyyy`: month first as the US writes it (`2/8/2026`, never
    padded), day first where a part is over 12 or padded (`08/02/2026`: UK, France)."""
    day_first = int(first) > 12 or (int(second) <= 12 and "0" in (first[0], second[0]))
    day, month = (first, second) if day_first else (second, first)
    return _utc(year, int(month), int(day))


def sent_at(value: str | None) -> datetime | None:
    """Invitations and Jobs `1/29/26, 2:37 PM` (or `9/1/26`): US month/day order, no
    zone stated, taken as UTC. A date in the export's other style (`2026-01-29
    14:37:00 UTC`, as messages and endorsements write it) is read too."""
    text = re.sub(r"\s+", " ", value or "").strip()  # newer exports use U+202F before PM
    match = _SENT_AT.fullmatch(text)
    if match is None:
        return message_date(text)
    year, hour = int(match[3]), int(match[4] or 0)
    year += 2000 if year < 100 else 0
    if match[7]:
        hour = hour % 12 + (12 if match[7].lower() == "p" else 0)
    try:
        minute, second = int(match[5] or 0), int(match[6] or 0)
        return _utc(year, int(match[1]), int(match[2]), hour, minute, second)
    except ValueError:
        return None


def message_date(value: str | None) -> datetime | None:
    """messages.csv `2026-02-09 14:03:22 UTC` (the zone is written out); endorsements
    write `2026/02/09 14:03:22 UTC`."""
    text = (value or "").strip()
    if not text[:4].isdigit():
        return None
    return utc_from_iso(text.removesuffix("UTC").strip().replace("/", "-", 2))
