"""Indeed job alerts ("alert@indeed.com", "@jobalert.indeed.com"): rows of jobs whose
links are `/rc/clk?jk=<id>&from=ja&...` (or `/pagead/clk?...&jk=`) on any national
host; `jk` is the job's id and the only part of the link that is kept. Newer alerts
link through `cts.indeed.com/v3/<token>/...`: the job's link is read from the token
where it holds one, else the job is keyed by its title, company and place.

A row shows the title, the company (sometimes with a rating), the place (on the
company's line in text alerts and some newer ones: "Lumen GmbH 4.1 - Hamburg"), the
pay when stated ("€60,000 - €75,000 a year", "$45 - $60 an hour"), the kind of work
("Contract", Colombia's "Contrato a término indefinido", "Plný úvazek": national sites
state it as their boards do), badges ("Easily apply", "Just posted") and a snippet of the
description.
"""

from __future__ import annotations

import re
from email.message import EmailMessage

from extractors.inbox.senders._job import (
    RATING,
    Job,
    is_snippet,
    job_type,
    message_cards,
    names_a_place,
    pay_line,
    summary,
)

NAME = "indeed"
SENDERS = ("alert@indeed.com", "@jobalert.indeed.com", "@indeed.com")
_NOISE = re.compile(
    r"(?i)easily apply|urgently hiring|just posted|new|responsive employer|"
    r"\d+(?:\+)? days? ago|today|active \d+ days? ago|view (?:job|all jobs)|\d(?:\.\d)?"
    r"|apply now|unsubscribe|manage (?:alerts?|settings)|edit (?:this )?alert|see (?:more|all) jobs"
    # the national sites' badges: "Postulación fácil", "Candidature simplifiée", "Nuevo"
    r"|postulaci[óo]n f[áa]cil|contrataci[óo]n urgente|empleador (?:responsivo|activo)|nuevo"
    r"|publicado hace \d+ d[íi]as?|candidature simplifiée|einfach bewerben"
    r"|candidatura simplificada"
)
_DASH = " - "  # between the company and the place on one line


def jobs(message: EmailMessage) -> list[Job]:
    found = []
    for card in message_cards(message, "indeed", _NOISE):
        kind, lines = job_type(card.lines)
        pay = pay_line(lines)
        fields = [line for line in lines if line != pay and not is_snippet(line)]
        snippet = " ".join(line for line in lines if is_snippet(line))
        company, location = _company_place(fields)
        found.append(
            Job(card.key, card.url, card.title, company, location, pay, kind, summary(snippet))
        )
    return found


def _company_place(fields: list[str]) -> tuple[str | None, str | None]:
    """The company's line, and the place's below it; or both on one line, split at its
    last dash, when no place line follows, a rating stands before the dash or a place
    after it ("株式会社ネクストウェーブ - 東京都渋谷区")."""
    if not fields:
        return None, None
    company, dash, place = fields[0].rpartition(_DASH)
    if dash and (len(fields) == 1 or RATING.search(company) or names_a_place(place.strip())):
        return RATING.sub("", company).strip() or None, place.strip() or None
    return RATING.sub("", fields[0]), (fields[1] if len(fields) > 1 else None)
