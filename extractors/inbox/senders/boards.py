"""Job boards' and freelance project boards' alerts: StepStone's Job-Agent, XING,
Totaljobs, SEEK, Naukri, freelancermap's Suchagent, Contra, Otta / Welcome to the
Jungle. Their cards are alike: the title linked to the job's page (the id in its path),
then the company, the place and, when stated, the pay; badges ("Neu", "Quick apply")
and ages ("vor 2 Tagen") are dropped. Their other mail holds no job link: no job.
"""

from __future__ import annotations

import re
from email.message import EmailMessage

from extractors.inbox.senders._job import Job, company_place, message_cards, pay_line

NAME = "boards"
SENDERS = (
    "@stepstone.de", "@stepstone.at", "@stepstone.be", "@stepstone.nl", "@xing.com",
    "@totaljobs.com", "@seek.com.au", "@seek.co.nz", "@naukri.com", "@freelancermap.de",
    "@freelancermap.com", "@freelancermap.at", "@freelancermap.ch", "@contra.com",
    "@otta.com", "@welcometothejungle.com",
)  # fmt: skip
PLATFORMS = (
    "stepstone", "xing", "totaljobs", "seek", "naukri", "freelancermap", "contra", "otta", "wttj",
)  # fmt: skip
_NOISE = re.compile(
    r"(?i)new|neu|nouveau|top ?job|featured|promoted|gesponsert|sponsored|easy apply"
    r"|quick apply|schnellbewerbung|einfach bewerben|candidature simplifiée|apply now"
    r"|jetzt bewerben|view job|job ansehen|zum (?:job|projekt)|projekt ansehen|voir l'offre"
    r"|(?:vor|il y a) \d+ \w+|\d+\+? (?:days?|hours?|tage?n?|stunden?) ago|today|heute"
    r"|\d+\s*-\s*\d+ yrs|(?:start|beginn|laufzeit|dauer|posted|veröffentlicht)\b.*"
)


def jobs(message: EmailMessage) -> list[Job]:
    found = []
    for card in message_cards(message, PLATFORMS, _NOISE):
        pay = pay_line(card.lines)
        fields = [line for line in card.lines if line != pay]
        company, location = company_place(fields, card.before)
        found.append(Job(card.key, card.url, card.title, company, location, pay))
    return found
