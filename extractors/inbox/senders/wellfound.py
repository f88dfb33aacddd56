"""Wellfound (formerly AngelList Talent) job e-mails ("@wellfound.com", "@angel.co"):
each job card headed by its company, then a title linked to `/jobs/<id>-<slug>` (or
`/company/<c>/jobs/<id>-<slug>`), then the pay and equity ("$120k – $150k • 0.1% –
0.5%"), the places ("Remote • Berlin") and the job type ("Full-time", "Contract").
"""

from __future__ import annotations

import re
from email.message import EmailMessage

from extractors.inbox.senders._job import Job, is_greeting, message_cards, pay_line

NAME = "wellfound"
SENDERS = ("@wellfound.com", "@angel.co", "@angellist.com")
_NOISE = re.compile(r"(?i)view job|apply|learn more|new|actively hiring|recruiter recently active")
_TYPES = re.compile(r"(?i)^(?:full[- ]time|part[- ]time|contract|internship|cofounder)$")


def jobs(message: EmailMessage) -> list[Job]:
    found = []
    for card in message_cards(message, "wellfound", _NOISE):
        pay = pay_line(card.lines)
        kind = next((line for line in card.lines if _TYPES.match(line)), None)
        fields = [line for line in card.lines if line not in (pay, kind)]
        # the company heads the card, its one-line pitch below it; not a greeting above
        company = next((line for line in card.before if not is_greeting(line)), None)
        location = fields[0].replace(" • ", ", ") if fields else None
        found.append(Job(card.key, card.url, card.title, company, location, pay, kind))
    return found
