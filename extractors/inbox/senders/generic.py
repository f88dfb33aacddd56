"""Alerts from job boards no parser knows (Naukrigulf, JobsDB, kariera.gr, skywalker.gr,
ReKrute, 104人力銀行, Sribulancer...): read as the boards' cards are, each card a link to
a job's page (a job's word and an id in its path: `job_page`), and kept when it states
more than its title (a company, a place, a pay or a kind of work), so an article a
newsletter links is no job. A card behind SendGrid's click link (no page to read in it)
is kept with that link, keyed by its text, where it names a known place, a pay or a kind
of work, or where every such card of the mail names a company and a town ("Sahara Soft",
"Djerba"), as a board's cards do and a newsletter's articles, with their bylines and
reading times, do not. Only mail whose subject announces jobs is read: a mailbox's other
bulk mail stays unread, its headers alone.
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
    soup,
    text_lines,
)
from extractors.inbox.senders.boards import APPLY_BUTTON, card_jobs

NAME = "generic"
SENDERS: tuple[str, ...] = ()
# a subject's word for jobs or openings, in the alerts' languages: en, fr, es, pt, de, nl,
# it, el ("θέσεις εργασίας", "αγγελίες"), zh ("職缺", "职位"), ms/id ("jawatan", "lowongan",
# "proyek"), ar ("وظائف"), tr ("ilan"), ja ("求人"), ko ("채용")
ALERT_SUBJECT = re.compile(
    r"(?i)\b(?:jobs?|vacanc|openings?|positions?|roles?|career|hiring|offres?|emploi|poste"
    r"|missions?|empleos?|vacantes?|ofertas?|vagas?|stellen|vacatures?|lavor|annunci"
    r"|θέσ[εη]|θεσ[εη]|αγγελ|εργασ|jawatan|kerja|lowongan|pekerjaan|proye?k|projek|projects?"
    r"|gigs?|ilan)|職缺|职缺|職位|职位|工作|招聘|徵才|求才|求人|채용|وظ[يا]ئ?ف"
)


# a company's or a town's name on a card: capitalised words, no digit or sentence mark
_NAMED = re.compile(r"[^\W\d_][^\d,:;!?]*")
_NAME_WORDS = 4
# an article's byline ("By Sam Lee", "Par Amel Trabelsi", "Por Ana Ruiz")
_BYLINE = re.compile(r"(?i)(?:by|par|por)\s")
_APPLY = re.compile(rf"(?i){APPLY_BUTTON}")
# an event's listing, not a job: its kind ("Python Belgrade Meetup", "Webinar: ...") or its
# button ("RSVP", "Attend"); a job's title names a role ("Event Manager", "Events
# Coordinator"). "Workshop", "atelier" and "taller" also name a job's place ("Chef
# d'atelier", "Jefe de taller"): no tell here
_EVENT = re.compile(
    r"(?i)\b(?:meet-?ups?|webinars?|hackathons?|rsvp|attend|talks?|conferences?|conférences?"
    r"|call for (?:speakers|papers|proposals)|charlas?|palestras?|vortr[äa]ge?)\b"
)
_EVENT_BUTTON = re.compile(r"(?i)rsvp|attend|i'm going|je participe|teilnehmen|asistir")


def alert(subject: str) -> bool:
    """Whether a subject announces jobs ("12 new jobs for you", "Νέες θέσεις εργασίας")."""
    return ALERT_SUBJECT.search(subject) is not None


def jobs(message: EmailMessage) -> list[Job]:
    found = card_jobs(message, ANY_JOB)
    tracked = [job for job in found if tracked_by(job.url) is not None]
    labels = _link_labels(message) if tracked else []
    if any(_EVENT_BUTTON.fullmatch(label) for label in labels) or any(map(_lists_event, tracked)):
        tracked = []  # an event's listings, named as a board's cards are
    alike = all(_names_company_and_town(job) for job in tracked) and (
        len(tracked) > 1 or any(_APPLY.fullmatch(label) for label in labels)
    )
    kept = [job for job in found if tracked_by(job.url) is None or job in tracked]
    return [job for job in kept if _states_a_job(job) or alike and job in tracked]


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


def _names_company_and_town(job: Job) -> bool:
    """Whether a tracked card names a company and a town no table knows ("Sahara Soft",
    "Djerba"): short names, no digit, no byline ("Par Amel Trabelsi", "4 min read"). A
    board's cards all do; a newsletter's articles seldom all do."""
    return all(
        text
        and _NAMED.fullmatch(text)
        and len(text.split()) <= _NAME_WORDS
        and not _BYLINE.match(text)
        for text in (job.company, job.location)
    )


def _link_labels(message: EmailMessage) -> list[str]:
    """The labels of the mail's links: a card's buttons ("Apply", "RSVP", "Read more")."""
    markup = job_html(message)
    anchors = soup(markup).find_all("a", href=True) if markup else []
    return [" ".join(text_lines(anchor)) for anchor in anchors]


def _lists_event(job: Job) -> bool:
    """Whether a tracked card names an event ("Python Belgrade Meetup · Zemun")."""
    return any(_EVENT.search(text) for text in (job.title, job.company, job.location) if text)


def _states_a_job(job: Job) -> bool:
    """Whether a card states more than its title. Behind a tracker that hides the page
    (SendGrid's), a newsletter's article shows two lines as a job's company and place
    would: on its own, only a known place, a pay or a kind of work tells a job there."""
    if tracked_by(job.url) is None:
        return bool(job.company or job.location or job.pay or job.engagement)
    return bool(job.location and names_a_place(job.location) or job.pay or job.engagement)
