"""Google Alerts ("googlealerts-noreply@google.com", "Google Alert - "hiring freelance"
illustrator"): the web pages and news Google found for the user's words, each a title
linked through `google.com/url?...&url=<page>`, the site below it and a snippet. A
freelancer's alert for "hiring freelance ..." finds openings on sites no board lists;
each result is kept as a job of its page (its link unwrapped), the snippet its text, and
the page says whether it is one. Only an alert whose words ask for work does: one for a
name or a topic ("Kestrel Robotics", "rust async") brings news, no job. The alert's own
links (share, "Flag as irrelevant", "Unsubscribe") point at Google and are no result.
"""

from __future__ import annotations

import re
from email.message import EmailMessage
from typing import TYPE_CHECKING
from urllib.parse import urlsplit

from extractors._joburls import clean_url
from extractors.inbox.senders._job import (
    MAX_CARD_LINES,
    Job,
    job_html,
    soup,
    summary,
    text_lines,
    url_key,
)

if TYPE_CHECKING:
    from bs4 import Tag

NAME = "googlealerts"
SENDERS = ("googlealerts-noreply@google.com",)
_GOOGLE = re.compile(r"(?:^|\.)google\.[a-z.]+$")
# an alert's words that ask for work, in its subject ("Google Alert - "hiring freelance"
# illustrator", "Google Alert – freelancer gesucht python", "Alerte Google - mission freelance")
_WORK = re.compile(
    r"(?i)\b(?:hiring|hire|freelanc\w*|contract(?:or)?s?|jobs?|looking for|vacanc\w+|gig"
    r"|gesucht|stellen\w*|auftrag|projekt|mission|recrut\w*|recherch\w*|busca\w*|contrata\w*"
    r"|empleo|trabajo|vagas?|cerca\w*|opdracht\w*|vacature\w*|uppdrag)\b"
)


def jobs(message: EmailMessage) -> list[Job]:
    markup = job_html(message) if _WORK.search(str(message.get("subject", ""))) else None
    if not markup:
        return []
    page = soup(markup)
    results: dict[str, Tag] = {}
    for anchor in page.find_all("a", href=True):
        url = clean_url(str(anchor["href"]))
        if _GOOGLE.search(urlsplit(url).netloc) or not url.startswith("https://"):
            anchor.decompose()  # Google's own links: share, feedback, settings
        else:
            results.setdefault(url, anchor)
    found = []
    for url, anchor in results.items():
        title = " ".join(text_lines(anchor))
        if not title:
            continue
        lines = _card_lines(anchor, set(results) - {url})
        # the site's name heads the lines below the title, the snippet follows it
        snippet = " ".join(lines[1:]) if len(lines) > 1 else " ".join(lines)
        key, clean = url_key(url)
        found.append(Job(key, clean, title, summary=summary(snippet)))
    return found


def _card_lines(anchor: Tag, others: set[str]) -> list[str]:
    """The lines below a result's title: of the largest block around it that links no
    other result and is still one result's size."""
    card = anchor
    for parent in anchor.parents:
        linked = {clean_url(str(a["href"])) for a in parent.find_all("a", href=True)}
        if parent.name in ("body", "html", "[document]") or linked & others:
            break
        if len(text_lines(parent)) > MAX_CARD_LINES:
            break
        card = parent
    lines = text_lines(card)
    title = text_lines(anchor)
    return lines[len(title) :] if lines[: len(title)] == title else lines
