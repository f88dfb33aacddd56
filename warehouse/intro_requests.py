"""The drafts to someone who did not ask (a request to be introduced, an offer to whoever
posted the lead, a follow-up once applied), in English and French, and the phrases
they are filled with.

One paragraph a line: a messaging app wraps them, and a hard wrap there breaks a line.
A French draft says "vous": the contact has not written to the user in "tu", and a
request for a favour to a loose tie is written formally. The user speaks of themselves
without a gender ("volontiers", not "ravi/ravie").
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime


@dataclass(frozen=True)
class Requests:
    """One language's drafts to someone who did not ask, and their phrases."""

    default: str  # a request to pass on, and a note below it to forward as it is
    posted: str  # to whoever posted the lead: there is no one to be introduced to
    applied: str  # once applied: a word with whoever hires
    applied_posted: str  # once applied, to whoever posted the lead: a short follow-up
    client: str  # to a recruiter who posted the lead for a client: the client to meet
    the_role: Callable[[str], str]  # "the Data Engineer role"
    open_roles: str
    your_team: str
    your_client: str
    recruiter_request: str  # a recruiter may be the one to take it on
    request: str  # anyone else knows who
    a_while: str  # {when}: the month they last wrote
    connected_lately: str  # {when}
    connected_long: str  # {year}
    follows: str  # {where}
    conjunction: str
    months: tuple[str, ...]

    def month(self, when: datetime) -> str:
        """A month as a sentence of this language writes it: "March 2025", "mars 2025"."""
        return f"{self.months[when.month - 1]} {when.year}"


_ELIDED = re.compile(r"^[aeiouyàâéèêëîïôûAEIOUYÀÂÉÈÊËÎÏÔÛ]")  # "d'Analyste", "d'UX designer"


def _le_poste(role: str) -> str:
    return f"le poste d'{role}" if _ELIDED.match(role) else f"le poste de {role}"


ENGLISH = Requests(
    default="""\
Hi $first_name,

$acquaintance I saw that $company is hiring for $the_role and would like to help as a \
freelancer. $request No worries if not.

Thanks,
$your_name

---
Hi, I'm $your_name. $offer I'm interested in $the_role at $company ($link) and happy to \
send a short CV or portfolio.
""",
    posted="""\
Hi $first_name,

$acquaintance I saw your post about $the_role:
$link

$offer I'd be glad to help. Could we have a short call, or shall I send a short CV \
or portfolio first?

Thanks,
$your_name
""",
    applied="""\
Hi $first_name,

$acquaintance I've applied for $the_role at $company and would be glad of a word from \
someone who knows the team. $request No worries if not.

Thanks,
$your_name

---
Hi, I'm $your_name. $offer I've applied for $the_role at $company ($link) and would be \
glad to talk about it.
""",
    applied_posted="""\
Hi $first_name,

$acquaintance I saw your post about $the_role and have applied:
$link

$offer Could we have a short call about it?

Thanks,
$your_name
""",
    client="""\
Hi $first_name,

$acquaintance I saw your post about $the_role for $client:
$link

$offer Could you introduce me to $client, or pass my details on? I'm happy to send a \
short CV or portfolio first.

Thanks,
$your_name
""",
    the_role="the {} role".format,
    open_roles="the open roles",
    your_team="your team",
    your_client="your client",
    recruiter_request=(
        "Are you the right person for it, or could you pass the note below to whoever is?"
    ),
    request=(
        "Would you be willing to forward the note below to whoever is hiring, or tell me "
        "who that is?"
    ),
    a_while="It's been a while since we last wrote ({when}).",
    connected_lately="We connected on LinkedIn in {when} but haven't talked yet.",
    connected_long="We're connected on LinkedIn (since {year}) but haven't talked directly.",
    follows="We haven't met: I follow you on {where}.",
    conjunction="and",
    months=("January", "February", "March", "April", "May", "June", "July", "August",
            "September", "October", "November", "December"),
)  # fmt: skip
FRENCH = Requests(
    default="""\
Bonjour $first_name,

$acquaintance J'ai vu que $company recrute pour $the_role et j'aimerais proposer mon aide \
en freelance. $request Aucun souci si ce n'est pas possible.

Merci d'avance,
$your_name

---
Bonjour, je suis $your_name. $offer Je vous écris concernant $the_role chez $company \
($link) ; je vous enverrai volontiers un CV court ou un portfolio.
""",
    posted="""\
Bonjour $first_name,

$acquaintance J'ai vu votre annonce pour $the_role :
$link

$offer Je peux tout à fait vous aider. Pourrions-nous en parler rapidement par \
téléphone, ou préférez-vous que je vous envoie d'abord un CV court ou un portfolio ?

Bien cordialement,
$your_name
""",
    applied="""\
Bonjour $first_name,

$acquaintance J'ai postulé pour $the_role chez $company, et un mot de quelqu'un qui \
connaît l'équipe me serait précieux. $request Aucun souci si ce n'est pas possible.

Merci d'avance,
$your_name

---
Bonjour, je suis $your_name. $offer J'ai postulé pour $the_role chez $company ($link) \
et j'en parlerais volontiers avec vous.
""",
    applied_posted="""\
Bonjour $first_name,

$acquaintance J'ai vu votre annonce pour $the_role et j'ai postulé :
$link

$offer Pourrions-nous en parler rapidement par téléphone ?

Bien cordialement,
$your_name
""",
    client="""\
Bonjour $first_name,

$acquaintance J'ai vu votre annonce concernant $the_role chez $client :
$link

$offer Pourriez-vous me mettre en relation avec $client, ou lui transmettre mes \
coordonnées ? Je peux vous envoyer d'abord un CV court ou un portfolio.

Bien cordialement,
$your_name
""",
    the_role=_le_poste,
    open_roles="les postes ouverts",
    your_team="votre équipe",
    your_client="votre client",
    recruiter_request=(
        "Est-ce vous qui vous en occupez, ou pourriez-vous transmettre le message "
        "ci-dessous à la bonne personne ?"
    ),
    request=(
        "Accepteriez-vous de transmettre le message ci-dessous à la personne qui recrute, "
        "ou de me dire de qui il s'agit ?"
    ),
    a_while="Cela fait un moment que nous ne nous sommes pas écrit ({when}).",
    connected_lately=(
        "Nous sommes en relation sur LinkedIn depuis {when}, sans avoir encore échangé."
    ),
    connected_long=(
        "Nous sommes en relation sur LinkedIn (depuis {year}) sans avoir vraiment échangé."
    ),
    follows="Nous ne nous connaissons pas : je vous suis sur {where}.",
    conjunction="et",
    months=("janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août",
            "septembre", "octobre", "novembre", "décembre"),
)  # fmt: skip
REQUESTS = {"en": ENGLISH, "fr": FRENCH}
