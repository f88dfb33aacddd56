"""Malt mission alerts (malt.fr, malt.de, malt.es, malt.it, malt.com): each mission a card
whose title is not a link; a button ("Voir la mission", "Projekt ansehen", "Ver la misión")
links the mission's page (its id in the path). Below the title: the client when shown
("Client : Néobanque"), the place and remote work ("Lyon (69) · Télétravail partiel"),
then the daily rate and the duration on one line ("TJM : 550 €/jour · Durée : 6 mois").
Malt's other mail (profile views, messages) links no mission: no job.
"""

from __future__ import annotations

import re
from email.message import EmailMessage

from extractors.inbox.senders._job import PARTS, PAY, Job, message_cards, summary

NAME = "malt"
SENDERS = (
    "@malt.fr", "@malt.de", "@malt.es", "@malt.com", "@malt.be", "@malt.ch", "@malt.nl", "@malt.it",
)  # fmt: skip
_NOISE = re.compile(
    r"(?i)voir (?:la|les) missions?|voir le projet|postuler|projekt ansehen|zum projekt"
    r"|ver (?:la|el) (?:misión|proyecto)|view (?:the )?(?:mission|project)|nouveau|neu|nuevo|new"
    r"|vedi (?:la|il) (?:missione|progetto)|candidati|nuov[oa]"
)
_LABEL = re.compile(r"(?i)^(?:client|kunde|cliente|entreprise|unternehmen|empresa)\s*:\s*")
_DURATION = re.compile(r"(?i)^(?:durée|dauer|duración|durata|duration|laufzeit)\b")
# a mission done wholly away from the client: not "Télétravail partiel", "Hybrid"
_REMOTE = re.compile(
    r"(?i)(?:100\s?%\s?)?(?:télétravail|remote|teletrabajo|fernarbeit|telelavoro)"
    r"(?: complet| total| only| completo)?"
    r"(?:\s?100\s?%)?|full[- ]remote"
)


def jobs(message: EmailMessage) -> list[Job]:
    found = []
    for card in message_cards(message, "malt", _NOISE):
        terms = next((line for line in card.lines if PAY.search(line)), None)
        fields = card.lines[: card.lines.index(terms)] if terms else card.lines[:2]
        parts = PARTS.split(terms) if terms else []
        pay = next((part for part in parts if PAY.search(part)), None)
        duration = next((part for part in parts if _DURATION.match(part)), None)
        location = fields[-1] if fields else None
        company = _LABEL.sub("", fields[-2]) if len(fields) > 1 else None
        remote = True if location and _REMOTE.fullmatch(location) else None
        found.append(
            Job(card.key, card.url, card.title, company, location, pay, None,
                summary(duration), remote)
        )  # fmt: skip
    return found
