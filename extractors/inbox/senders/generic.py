"""Alerts from job boards no parser knows (Naukrigulf, JobsDB, kariera.gr, skywalker.gr,
ReKrute, 104人力銀行, Sribulancer...): read as the boards' cards are, each card a link to
a job's page (a job's word and an id in its path: `job_page`), and kept when it states
more than its title (a company, a place, a pay or a kind of work), so an article a
newsletter links is no job. Only mail whose subject announces jobs is read: a mailbox's
other bulk mail stays unread, its headers alone.
"""

from __future__ import annotations

import re
from email.message import EmailMessage

from extractors.inbox.senders._job import ANY_JOB, Job
from extractors.inbox.senders.boards import card_jobs

NAME = "generic"
SENDERS: tuple[str, ...] = ()
# a subject's word for jobs or openings, in the alerts' languages: en, fr, es, pt, de, nl,
# it, el ("θέσεις εργασίας", "αγγελίες"), zh ("職缺", "职位"), ms/id ("jawatan", "lowongan",
# "proyek"), ar ("وظائف"), tr ("ilan")
ALERT_SUBJECT = re.compile(
    r"(?i)\b(?:jobs?|vacanc|openings?|positions?|roles?|career|hiring|offres?|emploi|poste"
    r"|missions?|empleos?|vacantes?|ofertas?|vagas?|stellen|vacatures?|lavor|annunci"
    r"|θέσ[εη]|θεσ[εη]|αγγελ|εργασ|jawatan|kerja|lowongan|pekerjaan|proye?k|projek|projects?"
    r"|gigs?|ilan)|職缺|职缺|職位|职位|工作|招聘|徵才|求才|وظ[يا]ئ?ف"
)


def alert(subject: str) -> bool:
    """Whether a subject announces jobs ("12 new jobs for you", "Νέες θέσεις εργασίας")."""
    return ALERT_SUBJECT.search(subject) is not None


def jobs(message: EmailMessage) -> list[Job]:
    return [
        job
        for job in card_jobs(message, ANY_JOB)
        if job.company or job.location or job.pay or job.engagement
    ]
