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
# "C2C Requirement || ...", "Urgent Requirement || ... || W2", "Requirement: ...")
SUBJECTS = re.compile(
    r"(?i)\b(?:hot|urgent|immediate|c2c|corp[- ]to[- ]corp|w2|direct client|contract)"
    r"\s+(?:requirement|req|need|opening)s?\b|^\W*requirement\s*(?::|\|\||-)"
)
# "Role: ...", "Job Title : ...", "• Location - Dallas, TX"; an HTML mail's bold label
# ("<b>Role:</b> ...") may stand alone on its line, its value on the next
_LABEL = re.compile(
    r"(?i)^[\s\-•*>]*(?:(?P<title>role|job title|position|title|job role|position title)"
    r"|(?P<location>location|job location|work location)"
    r"|(?P<pay>rate|pay rate|bill rate|pay)"
    r"|(?P<duration>duration|contract length|term))(?:\s*:|\s+[-–](?=\s|$))\s*(?P<value>.*)$"
)
# the subject's parts ("Hot Requirement : Java Developer : Dallas, TX || C2C")
_SUBJECT_PARTS = re.compile(r"\s*(?:\|\||::|:\s|\s[|\-–]\s)\s*")
# where the recruiter's signature begins
_SIGNATURE = re.compile(r"(?i)^\s*(?:thanks|thank you|regards|best regards|warm regards)\b")
_WORD = re.compile(r"\w+")


def jobs(message: EmailMessage) -> list[Job]:
    stated, body = _stated(_message.plain(message) or "")
    subject = str(message.get("subject", ""))
    title = stated.get("title") or (_subject_title(subject) if stated else None)
    sender = parseaddr(str(message.get("from", "")))[1].lower()
    if not title or not sender:
        return []
    location = stated.get("location")
    town = re.split(r"[,(\-–]", location or "", maxsplit=1)[0]
    key = f"req:{id_from_url(' '.join(_WORD.findall(f'{title} {town}'.lower())))}"
    return [
        Job(key, f"mailto:{sender}", title, None, location, stated.get("pay"), "Contract",
            summary(" ".join(body)))
    ]  # fmt: skip


def _stated(text: str) -> tuple[dict[str, str], list[str]]:
    """What the labelled lines state (the first of each label), and the lines after the
    first of them up to the signature: the role's skills."""
    stated: dict[str, str] = {}
    body: list[str] = []
    pending: str | None = None  # a label alone on its line: its value is the next line
    for raw in text.splitlines():
        line = " ".join(raw.split())
        if _SIGNATURE.match(line):
            break
        if not line:
            continue
        found = _LABEL.match(line)
        field = found and next(k for k, v in found.groupdict().items() if v and k != "value")
        if found and field:
            value = found.group("value").strip()
            pending = None if value else field
            if value:
                stated.setdefault(field, value)
        elif pending:
            stated.setdefault(pending, line)
            pending = None
        elif stated:
            body.append(line)
    return stated, body


def _subject_title(subject: str) -> str | None:
    """The role a subject names beside its marker, where the body labels the place or the
    rate but not the role: "Hot Requirement : Java Developer : Dallas, TX"."""
    parts = [part for part in _SUBJECT_PARTS.split(subject) if part]
    rest = [part for part in parts if not SUBJECTS.search(part)]
    return rest[0] if rest and len(rest) < len(parts) else None
