"""Project alerts of the freelance marketplaces that e-mail them: Freelancer.com
("noreply@notifications.freelancer.com": "Projects matching your skills") and
PeoplePerHour ("New jobs matching your interests"), Workana ("Nuevos proyectos para
vos", `workana.com/job/<slug>`, "Presupuesto: USD 250 - 1.000") and Bionluk's buyer
requests ("Yeni alıcı isteği", `bionluk.com/panel/alici-istekleri/<id>`, "Bütçe: 25.000
TL"), Mostaql's projects (`mostaql.com/project/<id>-<slug>`, "الميزانية: 500 - 1000
دولار"), Khamsat's requests (`khamsat.com/community/requests/<id>-<slug>`) and Addlance's
projects (`addlance.com/progetti/<slug>-<id>`, "Budget: 3.000 - 5.000 €"), Fiverr's
briefs (`fiverr.com/briefs/<id>`, "Budget: $150 - $300") and 99Freelas' projects
(`99freelas.com.br/project/<slug>-<id>`, "Orçamento: R$ 1.500 - R$ 3.000"). Each
project is a title linked to its page (`freelancer.com/projects/<category>/<slug>`,
`peopleperhour.com/freelance-jobs/<category>/<sub>/<slug>-<id>`), then its budget ("$30 -
$250 USD", "Budget: €8 - €15 EUR/hr", "£150"), the kind of pay when stated ("Hourly ·
London"), the skills and a snippet. The buyer is seldom named: `company` stays empty.

Their other mail (payments, proposals, messages) links no project page: no job.
"""

from __future__ import annotations

import re
from email.message import EmailMessage

from extractors.inbox.senders._job import PARTS, Job, message_cards, pay_line, summary

NAME = "marketplaces"
SENDERS = (
    "@freelancer.com", "@freelancer.co.uk", "@freelancer.in", "@freelancer.ca",
    "@freelancer.com.au", "@freelancer.de", "@peopleperhour.com", "@workana.com",
    "@bionluk.com", "@mostaql.com", "@khamsat.com", "@addlance.com", "@fiverr.com",
    "@99freelas.com.br",
)  # fmt: skip
PLATFORMS = (
    "freelancer", "peopleperhour", "workana", "bionluk", "mostaql", "khamsat", "addlance",
    "fiverr", "99freelas",
)  # fmt: skip
_NOISE = re.compile(
    r"(?i)view (?:project|job)|bid now|place (?:a )?bid|send (?:a )?proposal|apply|new"
    r"|description:?|beschreibung:?|\d+ (?:bids?|proposals?)|(?:posted )?\d+ \w+ ago"
    r"|teklif ver|isteği gör|\d+ teklif"
    r"|أضف عرضك|اضف عرضك|قدم عرضك|عرض المشروع|\d+ (?:عروض|عرض)"  # ar: Mostaql's, Khamsat's
)
_KIND = re.compile(
    r"(?i)\b(hourly|fixed[- ]price|stundenbasis|festpreis|por hora|precio fijo|pre[çc]o fixo)\b"
)


def jobs(message: EmailMessage) -> list[Job]:
    found = []
    for card in message_cards(message, PLATFORMS, _NOISE):
        pay = pay_line(card.lines)
        rest = [line for line in card.lines if line != pay]
        terms = next((line for line in rest if _KIND.search(line)), "")
        kind = found_kind.group(1) if (found_kind := _KIND.search(terms)) else None
        # the place beside the kind of pay ("Hourly · London", "Fixed price · Remote")
        place = next((p for p in PARTS.split(terms) if terms and not _KIND.search(p)), None)
        found.append(
            Job(card.key, card.url, card.title, None, place,
                pay, kind,
                summary(" ".join(line for line in rest if line != terms)),
                True if place and place.lower() == "remote" else None)
        )  # fmt: skip
    return found
