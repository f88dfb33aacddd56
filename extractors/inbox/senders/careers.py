"""Employers' job alerts sent by their applicant tracking system ("New jobs at X" from
Greenhouse, Lever, Ashby, Workable) and Google Careers' job alerts. Each job is a title
linked to its page on the ATS (its id in the path), then lines such as the place, the
team and the job type ("Amsterdam · Engineering · Full-time", "Remote · Contract").

The employer is the mail's sender name ("Nordlicht Energy <no-reply@...greenhouse-mail
.io>"); Google's cards name their company (Google, YouTube) above the place. The same
senders mail applicants about their applications, which link the job applied to: that
mail is no new job, and gives none.
"""

from __future__ import annotations

import re
from email.message import EmailMessage
from email.utils import parseaddr

from extractors.inbox.senders._job import (
    JOB_TYPE,
    PARTS,
    Card,
    Job,
    cards,
    job_html,
    pay_line,
    soup,
)

NAME = "careers"
SENDERS = (
    "@greenhouse-mail.io", "@greenhouse.io", "@hire.lever.co", "@ashbyhq.com",
    "@workablemail.com", "@workable.com", "careers-noreply@google.com",
)  # fmt: skip
PLATFORMS = ("greenhouse", "lever", "ashby", "workable", "google")
_NOISE = re.compile(r"(?i)view (?:job|role|posting)|apply(?: now)?|learn more|new")
# mail about an application (received, declined, an interview), not about new jobs
_APPLICATION = re.compile(
    r"(?i)\b(?:appl(?:y|ied|ying|ication)|bewerbung|candidature|postulación|interview"
    r"|assessment|offer)\b"
)
_ATS = re.compile(r"(?i)greenhouse|lever|ashby|workable|recruiting|careers?|jobs?|no-?reply")
_AT = re.compile(r"(?i)\b(?:jobs?|roles?|openings?|opportunities|positions?) at (.+)$")
# a team the card names beside the place ("Engineering · Remote (EU)", "Design · London")
_TEAM = re.compile(
    r"(?i)(?:engineering|design|product|sales|marketing|data|operations|finance|people|hr"
    r"|legal|customer|support|research|security|business|growth|it)\b.*"
)


def jobs(message: EmailMessage) -> list[Job]:
    markup = job_html(message)
    if not markup or _APPLICATION.search(str(message.get("subject", ""))):
        return []
    employer = _employer(message)
    return [_job(card, employer) for card in cards(soup(markup), PLATFORMS, _NOISE)]


def _employer(message: EmailMessage) -> str | None:
    """The sender's name, unless it names the ATS or a team rather than the employer;
    then the subject's ("New jobs at Kestrel Robotics")."""
    name = parseaddr(str(message.get("from", "")))[0].strip()
    if name and not _ATS.search(name):
        return name
    found = _AT.search(str(message.get("subject", "")))
    return found.group(1).strip() if found else None


def _job(card: Card, employer: str | None) -> Job:
    pay = pay_line(card.lines)
    lines = [line for line in card.lines if line != pay]
    company = employer
    if card.key.startswith("google:") and lines:  # Google's cards name the company
        company, _, place = lines[0].partition(" · ")  # "Google · Warsaw", or two lines
        lines = [place, *lines[1:]] if place else lines[1:]
    parts = [part for line in lines for part in PARTS.split(line)]
    kind = next((part for part in parts if JOB_TYPE.fullmatch(part)), None)
    remote = True if any(part.lower() == "remote" for part in parts) else None
    # the place heads the card's lines, but for a team and the job type
    location = next((part for part in parts if part != kind and not _TEAM.fullmatch(part)), None)
    if card.key.startswith("google:") and lines:  # several places, one line
        location = lines[0]
    return Job(card.key, card.url, card.title, company, location, pay, kind, None, remote)
