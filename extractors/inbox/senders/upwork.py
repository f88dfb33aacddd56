"""Upwork job alerts and saved-search e-mails ("@upwork.com"): each job a title linked
to `/jobs/~0<id>` (often behind a click-tracking redirect), then its terms
("Hourly: $40.00-$60.00 - Intermediate - Est. Time: 1 to 3 months" or "Fixed-price -
Expert - Est. Budget: $1,500"), a snippet of the description and its skills.

Upwork's other mail (messages, contracts, payments) holds no job link and gives no job.
Upwork clients are seldom named, so `company` stays empty.
"""

from __future__ import annotations

import re
from email.message import EmailMessage

from extractors.inbox.senders._job import PAY, Job, message_cards, summary

NAME = "upwork"
SENDERS = ("@upwork.com",)
_NOISE = re.compile(r"(?i)view job|apply now|see more|posted .*ago|payment (?:un)?verified.*")
_TERMS = re.compile(r"(?i)^(hourly|fixed[- ]price)\b[:\s-]*(.*)$")


def jobs(message: EmailMessage) -> list[Job]:
    found = []
    for card in message_cards(message, "upwork", _NOISE):
        terms = next((m for m in map(_TERMS.match, card.lines) if m), None)
        rest = [line for line in card.lines if not _TERMS.match(line)]
        # "Hourly - Intermediate - ..." states no rate: the kind of pay, not the pay
        pay = terms.group(0) if terms and PAY.search(terms.group(0)) else None
        kind = terms.group(1) if terms else None
        found.append(
            Job(card.key, card.url, card.title, None, None, pay, kind, summary(" ".join(rest)))
        )
    return found
