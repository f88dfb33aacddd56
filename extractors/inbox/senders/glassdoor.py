"""Glassdoor job alerts ("noreply@glassdoor.com", or a national host's address): each
job is one link to `/partner/jobListing.htm?...&jobListingId=<id>` (or a `/job-listing/
...htm?jl=<id>` page) that wraps its whole card: the company (with its rating) first,
then the title in bold, the place, the pay estimate ("$80K - $110K (Employer est.)"),
badges ("Easy Apply") and the age ("24h", "3d"). The listing id is the key.

The title is told apart by its bold type; a card whose title alone is the link (the
layout of other senders) is read around that link, as the other parsers read theirs.
"""

from __future__ import annotations

import re
from email.message import EmailMessage
from typing import TYPE_CHECKING

from extractors.inbox.senders._job import (
    RATING,
    Job,
    bold_line,
    card_around,
    job_html,
    job_links,
    pay_line,
    soup,
    text_lines,
)

if TYPE_CHECKING:
    from bs4 import Tag

NAME = "glassdoor"
SENDERS = tuple(
    f"@glassdoor.{tld}"
    for tld in (
        "com", "co.uk", "ca", "com.au", "de", "fr", "co.in", "ie", "nl", "es", "it",
        "com.br", "sg", "at", "ch", "be", "com.mx", "co.nz", "com.hk",
    )
)  # fmt: skip
_NOISE = re.compile(
    r"(?i)easy apply|new|top company|hiring surge|fast response|\d+\s*[hd]\+?|"
    r"\d(?:[.,]\d)?\s*[★☆]?|view (?:job|all jobs)|see (?:all|more) jobs|apply now"
)


def jobs(message: EmailMessage) -> list[Job]:
    markup = job_html(message)
    if not markup:
        return []
    found = []
    for (key, url), anchors in job_links(soup(markup), "glassdoor").items():
        card = max(anchors, key=lambda anchor: len(text_lines(anchor)))
        if len(text_lines(card)) < 2:  # a title-only link: its card is around it
            card = card_around(card, key, "glassdoor")
        if job := _job(key, url, card, anchors):
            found.append(job)
    return found


def _title(card: Tag, anchors: list[Tag], lines: list[str]) -> str | None:
    """The bold line of the card, else a link that is a single line, else the first."""
    if bold := bold_line(card, lines):
        return bold
    single = [text_lines(a) for a in anchors]
    return next((found[0] for found in single if len(found) == 1), lines[0] if lines else None)


def _job(key: str, url: str, card: Tag, anchors: list[Tag]) -> Job | None:
    lines = [line for line in text_lines(card) if not _NOISE.fullmatch(line)]
    title = _title(card, anchors, lines)
    if not title:
        return None
    at = lines.index(title)
    pay = pay_line(lines)
    before = [line for line in lines[:at] if line != pay]
    # the company heads Glassdoor's card; a card laid out around its title lists it after
    rest = before[-1:] + [line for line in lines[at + 1 :] if line != pay]
    company = RATING.sub("", rest[0]) if rest else None
    return Job(key, url, title, company, rest[1] if len(rest) > 1 else None, pay)
