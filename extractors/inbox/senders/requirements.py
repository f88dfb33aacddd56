"""US staffing vendors' requirement mails ("Hot Requirement", "Immediate need", "C2C
Requirement"): one contract role or a few per mail, blasted by a recruiter from their own
company's address, so they are known by their subject, not their sender. Each role is
stated in labelled lines ("Role:", "Job Title:", "Position:", "1) Job Title:",
"Location:", "Duration:", "Rate: $60/hr on C2C"), then the skills; the next role starts
where a role's label comes again, the recruiter's signature ends the last. No link: the
job is the recruiter's to place, and replying to them is the way in (`mailto:`).

The same role often comes from three vendors in a day, its title worded each vendor's way
("Sr. Data Engineer (Snowflake)", "Senior Snowflake Data Engineer"): it is keyed by the
words of its title, in any order and abbreviations spelled out, and its town, so it is one
job whoever sent it. A vendor's hotlist (its consultants on the bench, offered for roles)
names no role and gives none. These are contract leads like any other; the legitimacy
checks read them as they read every alert.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from email.message import EmailMessage
from email.utils import parseaddr

from extractors._normalize import html_to_text, id_from_url
from extractors.inbox import _message
from extractors.inbox.senders._job import Job, summary

NAME = "requirements"
SENDERS: tuple[str, ...] = ()
# the subjects that announce a role or a few ("Hot Requirement : ...", "Immediate need -
# ...", "C2C Requirement || ...", "Urgent Requirements || ... || W2", "Requirement: ...")
SUBJECTS = re.compile(
    r"(?i)\b(?:hot|urgent|immediate|c2c|corp[- ]to[- ]corp|w2|direct client|contract)"
    r"\s+(?:requirement|req|need|opening)s?\b|^\W*requirement\s*(?::|\|\||-)"
)
# "Role: ...", "Job Title : ...", "• Location - Dallas, TX", "2) Position: ..."; an HTML
# mail's bold label ("<b>Role:</b> ...") may stand alone on its line, its value on the next
_LABEL = re.compile(
    r"(?i)^[\s\-•*>]*(?:\(?\d{1,2}[.)]\s*)?"
    r"(?:(?P<title>role|job title|position|title|job role|position title)"
    r"|(?P<location>location|job location|work location)"
    r"|(?P<pay>rate|pay rate|bill rate|pay)"
    r"|(?P<duration>duration|contract length|term))(?:\s*:|\s+[-–](?=\s|$))\s*(?P<value>.*)$"
)
# the subject's parts ("Hot Requirement : Java Developer : Dallas, TX || C2C")
_SUBJECT_PARTS = re.compile(r"\s*(?:\|\||::|:\s|\s[|\-–]\s)\s*")
# where the recruiter's signature begins
_SIGNATURE = re.compile(r"(?i)^\s*(?:thanks|thank you|regards|best regards|warm regards)\b")
_WORD = re.compile(r"\w+")
# a title's words as vendors shorten them: "Sr. Data Engineer" is "Senior Data Engineer"
_SPELLED = {
    "sr": "senior", "snr": "senior", "jr": "junior", "dev": "developer", "eng": "engineer",
    "engg": "engineer", "mgr": "manager", "admin": "administrator", "fullstack": "full stack",
}  # fmt: skip


@dataclass
class _Role:
    """One role's labelled lines (the first of each label) and the lines after them."""

    stated: dict[str, str] = field(default_factory=dict)
    body: list[str] = field(default_factory=list)


def jobs(message: EmailMessage) -> list[Job]:
    roles = _roles(_message.plain(message) or "")
    if not roles and (markup := _message.html(message)):
        roles = _roles(html_to_text(markup))  # a text part that only says "view as HTML"
    sender = parseaddr(str(message.get("from", "")))[1].lower()
    if roles and not any(role.stated.get("title") for role in roles):
        roles = [_one_role(roles, _subject_title(str(message.get("subject", ""))))]
    found: dict[str, Job] = {}
    for role in roles:
        if role.stated.get("title") and sender:
            job = _job(role, sender)
            found.setdefault(job.key, job)  # a role its mail states twice is one
    return list(found.values())


def _one_role(roles: list[_Role], title: str | None) -> _Role:
    """The one role of a mail whose body names none (its subject does): the first value
    of each label, all the lines after them."""
    one = _Role({"title": title or ""}, [line for role in roles for line in role.body])
    for role in roles:
        for label, value in role.stated.items():
            one.stated.setdefault(label, value)
    return one


def _job(role: _Role, sender: str) -> Job:
    title, location = role.stated["title"], role.stated.get("location")
    town = re.split(r"[,(\-–]", location or "", maxsplit=1)[0]
    words = (_SPELLED.get(word, word) for word in _WORD.findall(title.lower()))
    named = sorted({part for word in words for part in word.split()})
    key = f"req:{id_from_url(' '.join([*named, *_WORD.findall(town.lower())]))}"
    return Job(key, f"mailto:{sender}", title, None, location, role.stated.get("pay"),
               "Contract", summary(" ".join(role.body)))  # fmt: skip


def _roles(text: str) -> list[_Role]:
    """Each role the labelled lines state, in order: the next role's title (the second
    "Role:") starts it; any other label stated again ("Work Location:" after "Location:")
    leaves the first value."""
    roles: list[_Role] = []
    pending: str | None = None  # a label alone on its line: its value is the next line
    for raw in text.splitlines():
        line = " ".join(raw.split())
        if _SIGNATURE.match(line):
            break
        if not line:
            continue
        found = _LABEL.match(line)
        label = found and next(k for k, v in found.groupdict().items() if v and k != "value")
        if found and label:
            if not roles or (label == "title" and "title" in roles[-1].stated):
                roles.append(_Role())
            value, pending = found.group("value").strip(), None
            if label not in roles[-1].stated:
                pending = None if value else label
                roles[-1].stated[label] = value
        elif pending:
            roles[-1].stated[pending] = line
            pending = None
        elif roles:
            roles[-1].body.append(line)
    return [role for role in roles if any(role.stated.values())]


def _subject_title(subject: str) -> str | None:
    """The role a subject names beside its marker, where the body labels the place or the
    rate but not the role: "Hot Requirement : Java Developer : Dallas, TX"."""
    parts = [part for part in _SUBJECT_PARTS.split(subject) if part]
    rest = [part for part in parts if not SUBJECTS.search(part)]
    return rest[0] if rest and len(rest) < len(parts) else None
