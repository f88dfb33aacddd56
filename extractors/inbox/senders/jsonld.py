"""The fallback for every other sender: schema.org `JobPosting` markup in the e-mail's
HTML (JSON-LD), as some boards and ATSs embed it. Read by the `jobposting` source's own
parser, so e-mail and careers pages understand the markup the same way.
"""

from __future__ import annotations

from datetime import UTC, datetime
from email.message import EmailMessage

from extractors import jobposting
from extractors._contract import Page, ParseError, Posting
from extractors._joburls import job_key
from extractors.inbox._message import html
from extractors.inbox.senders._job import Job, summary, url_key

NAME = "jsonld"
SENDERS: tuple[str, ...] = ()
FALLBACK = True


def jobs(message: EmailMessage) -> list[Job]:
    markup = html(message)
    if not markup or "JobPosting" not in markup:
        return []
    # the markup is decoded already: its bytes are UTF-8, whatever a meta tag says
    headers = {"content-type": "text/html; charset=utf-8"}
    page = Page("inbox", "mailto:", 200, headers, markup.encode(), datetime.now(UTC))
    try:
        postings = [p for p in jobposting.parse(page) if isinstance(p, Posting)]
    except ParseError:
        return []
    return [_job(p) for p in postings if p.url.startswith("http")]


def _job(posting: Posting) -> Job:
    key, url = job_key(posting.url) or url_key(posting.url)
    return Job(
        key=key,
        url=url,
        title=posting.title or "",
        company=posting.company,
        location=posting.location,
        pay=posting.salary_raw,
        engagement=posting.engagement_raw,
        summary=summary(posting.text),
        remote=posting.remote,
    )
