"""LinkedIn job alerts ("jobalerts-noreply@linkedin.com", "jobs-listings@linkedin.com"):
an HTML table of job cards, each linked as `/comm/jobs/view/<id>/?trackingId=...`.

A card shows the title (the link), then `Company · Place` on one line (older alerts put
them on two) and sometimes the pay ("$120K/yr - $150K/yr") and badges ("Easy Apply",
"Actively recruiting"), which are dropped. The job id is kept, so the alert's copy
merges with a saved job of the data export and with the job page itself.
"""

from __future__ import annotations

import re
from email.message import EmailMessage

from extractors.inbox.senders._job import Job, company_place, message_cards, pay_line

NAME = "linkedin"
SENDERS = (
    "jobalerts-noreply@linkedin.com",
    "jobs-listings@linkedin.com",
    "jobs-noreply@linkedin.com",
)
_NOISE = re.compile(
    r"(?i)easy apply|actively recruiting|promoted|be an early applicant|new|view job|"
    r"apply now|see all jobs|\d+ (?:school alum|connections?|applicants?)\b.*|"
    r"(?:\d+ (?:minutes?|hours?|days?|weeks?) ago)|.*\bsaved\b.*"
)


def jobs(message: EmailMessage) -> list[Job]:
    found = []
    for card in message_cards(message, "linkedin", _NOISE):
        pay = pay_line(card.lines)
        rest = [line for line in card.lines if line != pay]
        company, location = company_place(rest)
        found.append(Job(card.key, card.url, card.title, company, location, pay))
    return found
