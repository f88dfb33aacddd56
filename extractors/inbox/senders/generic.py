"""Alerts from job boards no parser knows (Naukrigulf, JobsDB, kariera.gr, skywalker.gr,
ReKrute, 104人力銀行, Sribulancer...): read as the boards' cards are, each card a link to
a job's page (a job's word and an id in its path: `job_page`), and kept when it states
more than its title (a company, a place, a pay or a kind of work), so an article a
newsletter links is no job. A card behind SendGrid's click link (no page to read in it)
is kept with that link, keyed by its text. Only mail whose subject announces jobs is
read: a mailbox's other bulk mail stays unread, its headers alone.
"""

from __future__ import annotations

import re
from email.message import EmailMessage

from extractors._joburls import tracked_by
from extractors._orgs import org_domain
from extractors.inbox.senders._job import (
    ANY_JOB,
    Job,
    job_html,
    names_a_place,
    offers_to_unsubscribe,
)
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
    return [job for job in card_jobs(message, ANY_JOB) if _states_a_job(job)]


def direct_jobs(message: EmailMessage, sender: str) -> list[Job]:
    """The jobs of a board's alert sent without a list's headers (no List-Unsubscribe,
    no Precedence): read when its footer offers to unsubscribe and every job links the
    sender's own site, as a board's alert does; a recruiter's message about their
    openings does neither."""
    site = org_domain(sender)
    markup = job_html(message)
    if site is None or markup is None or not offers_to_unsubscribe(markup):
        return []
    found = jobs(message)
    return found if all(org_domain(job.url) == site for job in found) else []


def _states_a_job(job: Job) -> bool:
    """Whether a card states more than its title. Behind a tracker that hides the page
    (SendGrid's), a newsletter's article shows two lines as a job's company and place
    would: only a known place, a pay or a kind of work tells a job there."""
    if tracked_by(job.url) is None:
        return bool(job.company or job.location or job.pay or job.engagement)
    return bool(job.location and names_a_place(job.location) or job.pay or job.engagement)
