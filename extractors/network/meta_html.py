"""Facebook friends and follows and Instagram followers and following exported in HTML,
the format "Download your information" offers first (most users take it).

The page is for people, so it is read as irregular HTML (bs4), by the three layouts
seen in public parsers of these files:
- 2022 on: one card per person, class `_a6-g` (a `<section>` on Facebook, a `<div>` on
  Instagram): a Facebook name in its `<h2>` (or a `_2ph_` / `_a6-h` block), an Instagram
  profile link (`instagram.com/<user>` or `/_u/<user>`), a date (`_a72d`, `_a6-o`, or
  the block after the link) like `Mar 14, 2021 9:05:11 pm`;
- before 2019, `friends.htm`: the first `<ul>` of `div.contents`, `Name (14 March 2016)`;
- a bare list of Instagram profile links, or of `<h2>` names each above its date.
Instagram gives the username (the same key as its JSON), Facebook the name; the date is
the user's local time with no zone, taken as UTC. A date in a month name none of the
tables knows is reported, its person kept.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import UTC, datetime
from typing import TYPE_CHECKING

from extractors.network._contact import Contact, Problem, Tie
from extractors.network._linkedin import connected_on, month
from extractors.network._profiles import handles_from_url

if TYPE_CHECKING:
    from bs4 import Tag

NAME = "meta_html"

# the JSON exports' file names (facebook_friends, instagram), as .html (.htm before 2019)
_NAMES = re.compile(
    r"(your_friends|friends|who_you_follow|who_you've_followed|people_who_followed_you"
    r"|following|followers(_\d+)?)\.html?"
)
_TIES: tuple[tuple[str, Tie], ...] = (
    ("follower", "follower"),
    ("followed_you", "follower"),
    ("follow", "following"),
    ("friend", "friend"),
)
# `Mar 14, 2021 9:05:11 pm`, `Aug 09, 2020, 3:12 PM`, `January 2, 2015`
_MONTH_FIRST = re.compile(
    r"([^\W\d_]+)\.?\s+(\d{1,2}),?\s+(\d{4})"
    r"(?:,?\s+(\d{1,2}):(\d\d)(?::(\d\d))?\s*(?:([AaPp])\.?[Mm]\.?)?)?"
)
# a time after a day-first date, maybe after a word: `, 21:05`, ` à 21:05`, ` um 21:05 Uhr`
_TIME_AFTER = re.compile(
    r"(.*?\S),?\s+(?:[^\W\d_]{1,5}\s+){0,2}(\d{1,2}):(\d\d)(?::(\d\d))?(?:\s*[^\W\d_]{1,4})?"
)
_TRAILING_DATE = re.compile(r"\s*[(\[]([^()\[\]]*\d{4}[^()\[\]]*)[)\]]\s*$")
_DATE_CLASSES = "._a72d, ._a6-o"
_NAME_CLASSES = "h2, ._2ph_, ._a6-h"
Entry = tuple[str | None, str | None, str | None]  # Facebook name, Instagram user, date


def sniff(name: str, head: bytes) -> bool:
    """An export's friends or follows file name, holding HTML."""
    text = head.decode("utf-8-sig", errors="ignore").lstrip().lower()
    return bool(_NAMES.fullmatch(name.lower())) and text.startswith(("<!doctype html", "<html"))


def _tie(name: str) -> Tie:
    """The tie the file's name says (a friends list when it says none)."""
    folded = name.lower()
    return next((tie for part, tie in _TIES if part in folded), "friend")


def when(text: str) -> datetime | None:
    """A date as Meta's HTML writes it (month first, time optional, English AM/PM), or
    day first as the oldest exports and other UI languages do; None when not a date."""
    text = " ".join(text.split())
    match = _MONTH_FIRST.fullmatch(text)
    if match is None:
        return _day_first(text)
    number = month(match[1])
    hour = int(match[4] or 0)
    if match[7]:
        hour = hour % 12 + (12 if match[7].lower() == "p" else 0)
    try:
        minute, second = int(match[5] or 0), int(match[6] or 0)
        day, year = int(match[2]), int(match[3])
        return datetime(year, number, day, hour, minute, second, tzinfo=UTC) if number else None
    except ValueError:
        return None


def _day_first(text: str) -> datetime | None:
    """A date in another UI language's order, its time after it when there is one
    (`14. März 2021, 21:05`, `14 mars 2021 à 21:05`, `2021年3月14日 21:05`)."""
    timed = _TIME_AFTER.fullmatch(text)
    day = connected_on(timed[1] if timed else text)
    if day is None or timed is None:
        return day
    try:
        return day.replace(hour=int(timed[2]), minute=int(timed[3]), second=int(timed[4] or 0))
    except ValueError:
        return None


def _user(href: str) -> str | None:
    """The username of an Instagram profile link."""
    return handles_from_url(href).get("instagram")


def _instagram(card: Tag) -> str | None:
    """The username of the card's first Instagram profile link."""
    links = (_user(str(link["href"])) for link in card.find_all("a", href=True))
    return next((user for user in links if user), None)


def _card(card: Tag) -> Entry:
    """(Facebook name, Instagram username, date text) of one 2022-on card: the date is
    the marked block, else the first text that reads as a date."""
    user = _instagram(card)
    heading = card.select_one(_NAME_CLASSES)
    person = _text(heading)
    marked = [tag.get_text(" ", strip=True) for tag in card.select(_DATE_CLASSES)]
    date = next((text for text in marked if text), None)
    if date is None:
        date = next((text for text in card.stripped_strings if when(text)), None)
    return person, user, date


def _listed(listing: Tag) -> list[Entry]:
    """The pre-2019 list: `Name (14 March 2016)` per item."""
    entries: list[Entry] = []
    for item in listing.find_all("li", recursive=False):
        text = item.get_text(" ", strip=True)
        date = _TRAILING_DATE.search(text)
        person = text[: date.start()] if date else text
        entries.append((person.strip() or None, None, date[1] if date else None))
    return entries


def _headed(page: Tag) -> list[Entry]:
    """Names in `<h2>`, each with the date below it when there is one."""
    main = page.select_one("[role=main]") or page
    entries: list[Entry] = []
    for heading in main.find_all("h2"):
        below = _text(heading.find_next_sibling())
        entries.append((_text(heading), None, below if below and when(below) else None))
    return entries


def _entries(page: Tag) -> list[Entry]:
    """(name, username, date text) of each person, by whichever layout the page has."""
    if cards := page.select("._a6-g"):
        return [_card(card) for card in cards]
    if listing := page.select_one("div.contents ul"):
        return _listed(listing)
    links = (_user(str(link["href"])) for link in page.find_all("a", href=True))
    users: list[Entry] = [(None, user, None) for user in dict.fromkeys(links) if user]
    return users or _headed(page)


def _text(tag: Tag | None) -> str | None:
    return (tag.get_text(" ", strip=True) or None) if tag is not None else None


def read(data: bytes, name: str) -> Iterator[Contact | Problem]:
    """One contact per person on the page; line = 1-based entry index. Dates in a form
    not read (a UI language whose months no table knows) are one Problem for the file,
    at the first of them: each of hundreds of friends would say the same."""
    from bs4 import BeautifulSoup

    page = BeautifulSoup(data.decode("utf-8-sig", errors="replace"), "lxml")
    entries = _entries(page)
    if not entries:
        yield Problem(name, 0, "no friends or follows found in this HTML page (an empty list?)")
        return
    instagram = any(user for _, user, _ in entries)
    tie = _tie(name)
    unread: list[tuple[int, str]] = []
    for line, (person, user, date) in enumerate(entries, start=1):
        key = user if instagram else person
        if key is None:
            what = "an Instagram profile link" if instagram else "a name"
            yield Problem(name, line, f"entry has no {what}")
            continue
        since = when(date) if date else None
        if instagram:
            yield Contact("instagram", tie, key, None, None, None, since, file=name, line=line)
        else:
            yield Contact("facebook", tie, None, key, None, None, since, file=name, line=line)
        if date and since is None:
            unread.append((line, date))
    if unread:
        (line, first), count = unread[0], len(unread)
        said = f"{count} dates" if count > 1 else "a date"
        yield Problem(name, line, f"{said} not read (the first: {first!r}), kept without it")
