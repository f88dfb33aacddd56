"""US staffing vendors' requirement mails ("Hot Requirement", "Immediate need", "C2C
Requirement"): one contract role per mail, blasted by a recruiter from their own company's
address, so they are known by their subject, not their sender. The role is stated in
labelled lines ("Role:", "Job Title:", "Position:", "Location:", "Duration:", "Rate: $60/hr
on C2C"), then the skills and the recruiter's signature. No link: the job is the
recruiter's to place, and replying to them is the way in (`mailto:`).

The same role often comes from three vendors in a day: it is keyed by its title and town,
so it is one job whoever sent it. A vendor's hotlist (its consultants on the bench, offered
for roles) names no role and gives none. These are contract leads like any other; the
legitimacy checks read them as they read every alert.
"""

from __future__ import annotations

import re
from email.message import EmailMessage
from email.utils import parseaddr

from extractors._normalize import id_from_url
from extractors.inbox import _message
from extractors.inbox.senders._job import Job, summary

NAME = "requirements"
SENDERS: tuple[str, ...] = ()
# the subjects that announce one role ("Hot Requirement : ...", "Immediate need - ...",
# "C2C Requirement || ...", "Urgent Requirement || ... || W2")
SUBJECTS = re.compile(
    r"(?i)\b(?:hot|urgent|immediate|c2c|corp[- ]to[- ]corp|w2|direct client|contract)"
    r"\s+(?:requirement|req|need|opening)s?\b"
)
_LABEL = re.compile(
    r"(?i)^\s*(?:(?P<title>role|job title|position|title|job role|position title)"
    r"|(?P<location>location|job location|work location)"
    r"|(?P<pay>rate|pay rate|bill rate|pay)"
    r"|(?P<duration>duration|contract length|term))\s*[:\-–]\s*(?P<value>\S.*)$"
)
# where the recruiter's signature begins
_SIGNATURE = re.compile(r"(?i)^\s*(?:thanks|thank you|regards|best regards|warm regards)\b")
_WORD = re.compile(r"\w+")


def jobs(message: EmailMessage) -> list[Job]:
    text = _message.plain(message) or ""
    stated: dict[str, str] = {}
    body: list[str] = []
    for line in text.splitlines():
        if _SIGNATURE.match(line):
            break
        found = _LABEL.match(line)
        field = found and next(k for k, v in found.groupdict().items() if v and k != "value")
        if found and field:
            stated.setdefault(field, found.group("value").strip())
        elif stated and line.strip():
            body.append(line.strip())
    title, sender = stated.get("title"), parseaddr(str(message.get("from", "")))[1].lower()
    if not title or not sender:
        return []
    location = stated.get("location")
    town = re.split(r"[,(\-–]", location or "", maxsplit=1)[0]
    key = f"req:{id_from_url(' '.join(_WORD.findall(f'{title} {town}'.lower())))}"
    return [
        Job(key, f"mailto:{sender}", title, None, location, stated.get("pay"), "Contract",
            summary(" ".join(body)))
    ]  # fmt: skip
