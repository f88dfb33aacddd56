"""The drafts to someone who did not ask (a request to be introduced, an offer to whoever
posted the lead, a follow-up once applied), in the languages of
`warehouse.intro_languages`, and the phrases they are filled with.

One paragraph a line: a messaging app wraps them, and a hard wrap there breaks a line.
A draft is formal (Sie, usted, vous, Lei, u, Ви; in Portugal's Portuguese the third
person, in Brazil's "você" to anyone; in Polish impersonal, with no "Pan" or "Pani"):
the contact has not written to the user, and a request for a
favour to a loose tie is written formally (to a friend, or one the user writes "du"
to, `warehouse.intro_informal`). The user speaks of themselves without a
gender ("volontiers", not "ravi/ravie"; "enviei a minha candidatura", not
"candidatado/candidatada"). Each draft puts the role where its language's grammar
takes it whether it is one ("die Stelle als ...") or several ("eine offene Stelle").
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import datetime

from warehouse.intro_hong_kong import hong_kong_variant
from warehouse.intro_names import (
    as_written,
    greek_formal,
    greek_vocative,
    malay_formal,
    russian_formal,
)


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
    # the company of a posting an agency placed for a client, where a sentence names the
    # company as hiring and as where the role is: "a client of Talentbridge" (DE dative)
    client_of: Callable[[str], str]
    recruiter_request: str  # a recruiter may be the one to take it on
    request: str  # anyone else knows who
    a_while: str  # {when}: the month they last wrote
    connected_lately: str  # {when}
    connected_long: str  # {year}
    follows: str  # {where}
    conjunction: str
    months: tuple[str, ...]
    # how the user knows the contact ($how_you_know): "connected on LinkedIn since ..."
    connected_since: str  # {when}
    last_messaged: str  # {date}
    in_network: str
    dated: str = "{month} {year}"  # "marzo de 2025"
    # a month without its day, where a day changes its case (Greek "τον Μάρτιο του 2025",
    # "5 Μαρτίου 2026"); else `months`
    months_alone: tuple[str, ...] = ()
    day_dated: str = "{day} {month} {year}"  # "5. März 2024"
    # the company by name where a sentence says it (`$company`): as written, or after a
    # noun that takes the case, so the name need not (Russian "в компании Acme")
    company_named: Callable[[str], str] = str
    # the name a greeting says ("Дмитре" in Ukrainian's vocative); as written elsewhere
    vocative: Callable[[str], str] = str
    # the greeting names the family name, not the first (Japanese: "山田様", "Yamadaさん"),
    # or the whole name (Korean: "김민준님")
    family_name: bool = False
    whole_name: bool = False
    # the name a greeting says, from the whole name, where the first is not it (Hungarian:
    # the whole name formally, the given name to a friend); None greets no one by name
    greets: Callable[[str | None], str | None] | None = None
    # the greeting's word for no one by name ("Hi there,"); "" where a greeting stands
    # alone ("Hallo,")
    nameless: str = ""
    # the opening to someone the user is in touch with, where a language has one
    # (Japanese "お世話になっております。"); none in English
    in_touch: str = ""

    def month(self, when: datetime) -> str:
        """A month as a sentence of this language writes it: "March 2025", "mars 2025"."""
        months = self.months_alone or self.months
        return self.dated.format(month=months[when.month - 1], year=when.year)

    def date(self, when: datetime) -> str:
        """A day as a sentence of this language writes it: "3 March 2026", "3. März 2026"."""
        return self.day_dated.format(
            day=when.day, month=self.months[when.month - 1], year=when.year
        )


_ELIDED = re.compile(r"^[aeiouyàâéèêëîïôûAEIOUYÀÂÉÈÊËÎÏÔÛ]")  # "d'Analyste", "d'UX designer"


def _le_poste(role: str) -> str:
    return f"le poste d'{role}" if _ELIDED.match(role) else f"le poste de {role}"


ENGLISH = Requests(
    default="""\
Hi $first_name,

$acquaintance I saw that $company is hiring for $the_role and would like to help as \
$worker. $request No worries if not.

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
    nameless="there",
    the_role="the {} role".format,
    open_roles="the open roles",
    your_team="your team",
    your_client="your client",
    client_of="a client of {}".format,
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
    connected_since="connected on LinkedIn since {when}",
    last_messaged="last messaged {date}", in_network="in your network",
)  # fmt: skip
FRENCH = Requests(
    default="""\
Bonjour $first_name,

$acquaintance J'ai vu que $company recrute pour $the_role et j'aimerais proposer mon aide \
$worker. $request Aucun souci si ce n'est pas possible.

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
    client_of="un client de {}".format,
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
    connected_since="en relation sur LinkedIn depuis {when}",
    last_messaged="dernier message le {date}", in_network="dans le réseau",
)  # fmt: skip
GERMAN = Requests(
    default="""\
Hallo $first_name,

$acquaintance Ich habe gesehen, dass bei $company $the_role zu besetzen ist, und würde \
gern $worker unterstützen. $request Falls nicht, ist das überhaupt kein Problem.

Vielen Dank und viele Grüße
$your_name

---
Hallo, ich bin $your_name. $offer Ich interessiere mich für $the_role bei $company \
($link) und schicke gern einen kurzen Lebenslauf oder ein Portfolio.
""",
    posted="""\
Hallo $first_name,

$acquaintance Ich habe gesehen, dass Sie $the_role ausgeschrieben haben:
$link

$offer Ich würde Sie gern unterstützen. Wollen wir kurz telefonieren, oder soll ich \
Ihnen vorher einen kurzen Lebenslauf oder ein Portfolio schicken?

Viele Grüße
$your_name
""",
    applied="""\
Hallo $first_name,

$acquaintance Ich habe mich bei $company auf $the_role beworben und würde mich über ein \
Wort von jemandem freuen, der das Team kennt. $request Falls nicht, ist das überhaupt \
kein Problem.

Vielen Dank und viele Grüße
$your_name

---
Hallo, ich bin $your_name. $offer Ich habe mich bei $company auf $the_role beworben \
($link) und spreche gern darüber.
""",
    applied_posted="""\
Hallo $first_name,

$acquaintance Ich habe gesehen, dass Sie $the_role ausgeschrieben haben, und mich \
darauf beworben:
$link

$offer Wollen wir kurz darüber telefonieren?

Viele Grüße
$your_name
""",
    client="""\
Hallo $first_name,

$acquaintance Ich habe gesehen, dass Sie $the_role für $client ausgeschrieben haben:
$link

$offer Könnten Sie mich vorstellen oder meine Kontaktdaten an $client weitergeben? \
Gern schicke ich Ihnen vorher einen kurzen Lebenslauf oder ein Portfolio.

Viele Grüße
$your_name
""",
    the_role="die Stelle als {}".format,
    open_roles="eine offene Stelle",
    your_team="Ihrem Team",  # after "bei"
    your_client="Ihren Kunden",  # after "für" and "an"
    client_of="einem Kunden von {}".format,
    recruiter_request=(
        "Sind Sie dafür die richtige Ansprechperson, oder könnten Sie die Nachricht unten "
        "an die zuständige Person weiterleiten?"
    ),
    request=(
        "Würden Sie die Nachricht unten an die Person weiterleiten, die die Stelle besetzt, "
        "oder mir sagen, wer das ist?"
    ),
    a_while="Wir haben uns länger nicht geschrieben (zuletzt {when}).",
    connected_lately="Wir sind seit {when} auf LinkedIn vernetzt, hatten aber noch keinen Kontakt.",
    connected_long=(
        "Wir sind seit {year} auf LinkedIn vernetzt, hatten aber noch keinen direkten Kontakt."
    ),
    follows="Wir kennen uns noch nicht: Ich folge Ihnen auf {where}.",
    conjunction="und",
    months=("Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August",
            "September", "Oktober", "November", "Dezember"),
    connected_since="auf LinkedIn vernetzt seit {when}",
    last_messaged="zuletzt geschrieben am {date}", in_network="im Netzwerk",
    day_dated="{day}. {month} {year}",
)  # fmt: skip
SPANISH = Requests(
    default="""\
Hola, $first_name:

$acquaintance He visto que $company busca cubrir $the_role y me gustaría ayudar \
$worker. $request Si no es posible, no se preocupe.

Muchas gracias,
$your_name

---
Hola, soy $your_name. $offer Le escribo por $the_role en $company ($link) y puedo \
enviarle un CV breve o un portafolio.
""",
    posted="""\
Hola, $first_name:

$acquaintance He visto su anuncio para $the_role:
$link

$offer Me encantaría ayudar. ¿Podemos hablar un momento por teléfono, o prefiere que le \
envíe antes un CV breve o un portafolio?

Saludos cordiales,
$your_name
""",
    applied="""\
Hola, $first_name:

$acquaintance He enviado mi candidatura para $the_role en $company y le agradecería \
mucho una palabra de alguien que conozca al equipo. $request Si no es posible, no se \
preocupe.

Muchas gracias,
$your_name

---
Hola, soy $your_name. $offer He enviado mi candidatura para $the_role en $company \
($link) y me encantaría hablar de ello.
""",
    applied_posted="""\
Hola, $first_name:

$acquaintance He visto su anuncio para $the_role y he enviado mi candidatura:
$link

$offer ¿Podemos hablar un momento por teléfono?

Saludos cordiales,
$your_name
""",
    client="""\
Hola, $first_name:

$acquaintance He visto su anuncio para $the_role en $client:
$link

$offer ¿Podría presentarme a $client o pasarle mis datos? Puedo enviarle antes un CV \
breve o un portafolio.

Saludos cordiales,
$your_name
""",
    the_role="el puesto de {}".format,
    open_roles="los puestos abiertos",
    your_team="su equipo",
    your_client="su cliente",
    client_of="un cliente de {}".format,
    recruiter_request=(
        "¿Es usted la persona indicada, o podría reenviar la nota de abajo a quien lo sea?"
    ),
    request=(
        "¿Podría reenviar la nota de abajo a quien se encargue de la contratación, o "
        "decirme quién es?"
    ),
    a_while="Hace tiempo que no nos escribimos ({when}).",
    connected_lately="Conectamos en LinkedIn en {when}, pero aún no hemos hablado.",
    connected_long=(
        "Estamos conectados en LinkedIn (desde {year}), aunque no hemos hablado directamente."
    ),
    follows="No nos conocemos: le sigo en {where}.",
    conjunction="y",
    months=("enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto",
            "septiembre", "octubre", "noviembre", "diciembre"),
    connected_since="conectados en LinkedIn desde {when}",
    last_messaged="último mensaje el {date}", in_network="en la red",
    dated="{month} de {year}", day_dated="{day} de {month} de {year}",
)  # fmt: skip
# Portuguese contracts a preposition with the article the role starts with ("na vaga"):
# the drafts put it after those that do not ("sobre", "para", "com")
PORTUGUESE = Requests(
    default="""\
Olá $first_name,

$acquaintance Vi que $company procura alguém para $the_role e gostaria de ajudar \
$worker. $request Se não for possível, não há problema.

Agradeço desde já,
$your_name

---
Olá, sou $your_name. $offer Escrevo sobre $the_role ($company, $link) e posso enviar \
um CV curto ou um portfólio.
""",
    posted="""\
Olá $first_name,

$acquaintance Vi a sua publicação sobre $the_role:
$link

$offer Posso ajudar com isso. Podemos falar rapidamente por telefone, ou prefere que \
envie antes um CV curto ou um portfólio?

Cumprimentos,
$your_name
""",
    applied="""\
Olá $first_name,

$acquaintance Enviei a minha candidatura para $the_role ($company), e uma palavra de \
alguém que conheça a equipa seria muito útil. $request Se não for possível, não há \
problema.

Agradeço desde já,
$your_name

---
Olá, sou $your_name. $offer Enviei a minha candidatura para $the_role ($company, \
$link) e gostaria de falar sobre isso.
""",
    applied_posted="""\
Olá $first_name,

$acquaintance Vi a sua publicação sobre $the_role e enviei a minha candidatura:
$link

$offer Podemos falar rapidamente por telefone?

Cumprimentos,
$your_name
""",
    client="""\
Olá $first_name,

$acquaintance Vi a sua publicação sobre $the_role para $client:
$link

$offer Poderia pôr-me em contacto com $client, ou passar os meus contactos? Posso \
enviar antes um CV curto ou um portfólio.

Cumprimentos,
$your_name
""",
    the_role="a vaga de {}".format,
    open_roles="as vagas em aberto",
    your_team="a sua equipa",
    your_client="o seu cliente",
    client_of="um cliente de {}".format,
    recruiter_request=(
        "É a pessoa certa para isto, ou poderia reencaminhar a nota abaixo a quem for?"
    ),
    request=(
        "Poderia reencaminhar a nota abaixo a quem está a contratar, ou dizer-me quem é?"
    ),
    a_while="Já há algum tempo que não falamos ({when}).",
    connected_lately="Ligámo-nos no LinkedIn em {when}, mas ainda não falámos.",
    connected_long="Estamos ligados no LinkedIn (desde {year}), mas nunca falámos diretamente.",
    follows="Não nos conhecemos: sigo o seu trabalho no {where}.",
    conjunction="e",
    months=("janeiro", "fevereiro", "março", "abril", "maio", "junho", "julho", "agosto",
            "setembro", "outubro", "novembro", "dezembro"),
    connected_since="ligados no LinkedIn desde {when}",
    last_messaged="última mensagem: {date}", in_network="na rede",
    dated="{month} de {year}", day_dated="{day} de {month} de {year}",
)  # fmt: skip
ITALIAN = Requests(
    default="""\
Buongiorno $first_name,

$acquaintance Ho visto che $company cerca qualcuno per $the_role e mi piacerebbe dare \
una mano $worker. $request Nessun problema se non è possibile.

Grazie mille,
$your_name

---
Buongiorno, sono $your_name. $offer Le scrivo per $the_role presso $company ($link) e \
posso inviarLe un breve CV o un portfolio.
""",
    posted="""\
Buongiorno $first_name,

$acquaintance Ho visto il Suo annuncio per $the_role:
$link

$offer Sarei felice di aiutare. Possiamo sentirci brevemente al telefono, o preferisce \
che Le mandi prima un breve CV o un portfolio?

Cordiali saluti,
$your_name
""",
    applied="""\
Buongiorno $first_name,

$acquaintance Ho inviato la mia candidatura per $the_role presso $company, e una parola \
da parte di chi conosce il team mi sarebbe molto utile. $request Nessun problema se non \
è possibile.

Grazie mille,
$your_name

---
Buongiorno, sono $your_name. $offer Ho inviato la mia candidatura per $the_role presso \
$company ($link) e ne parlerei volentieri.
""",
    applied_posted="""\
Buongiorno $first_name,

$acquaintance Ho visto il Suo annuncio per $the_role e ho inviato la mia candidatura:
$link

$offer Possiamo sentirci brevemente al telefono?

Cordiali saluti,
$your_name
""",
    client="""\
Buongiorno $first_name,

$acquaintance Ho visto il Suo annuncio per $the_role presso $client:
$link

$offer Potrebbe mettermi in contatto con $client, o inoltrare i miei dati? Posso \
inviarLe prima un breve CV o un portfolio.

Cordiali saluti,
$your_name
""",
    the_role="il ruolo di {}".format,
    open_roles="le posizioni aperte",
    your_team="il Suo team",
    your_client="il Suo cliente",
    client_of="un cliente di {}".format,
    recruiter_request=(
        "È Lei la persona giusta, o potrebbe inoltrare il messaggio qui sotto a chi se ne "
        "occupa?"
    ),
    request=(
        "Potrebbe inoltrare il messaggio qui sotto a chi si occupa della selezione, o "
        "dirmi chi è?"
    ),
    a_while="È passato un po' di tempo dall'ultima volta che ci siamo scritti ({when}).",
    connected_lately="Ci siamo collegati su LinkedIn nel {when}, ma non abbiamo ancora parlato.",
    connected_long=(
        "Siamo collegati su LinkedIn (dal {year}), ma non abbiamo mai parlato direttamente."
    ),
    follows="Non ci conosciamo: La seguo su {where}.",
    conjunction="e",
    months=("gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno", "luglio", "agosto",
            "settembre", "ottobre", "novembre", "dicembre"),
    connected_since="collegati su LinkedIn dal {when}",
    last_messaged="ultimo messaggio il {date}", in_network="nella rete",
)  # fmt: skip
DUTCH = Requests(
    default="""\
Beste $first_name,

$acquaintance Ik zag dat $company $the_role wil invullen, en ik help graag \
$worker. $request Geen probleem als dat niet lukt.

Alvast bedankt,
$your_name

---
Hallo, ik ben $your_name. $offer Ik heb interesse in $the_role bij $company ($link) en \
stuur graag een kort cv of portfolio.
""",
    posted="""\
Beste $first_name,

$acquaintance Ik zag uw vacature voor $the_role:
$link

$offer Ik help graag. Zullen we even bellen, of stuur ik u eerst een kort cv of \
portfolio?

Met vriendelijke groet,
$your_name
""",
    applied="""\
Beste $first_name,

$acquaintance Ik heb gesolliciteerd op $the_role bij $company, en een goed woord van \
iemand die het team kent zou veel voor me betekenen. $request Geen probleem als dat \
niet lukt.

Alvast bedankt,
$your_name

---
Hallo, ik ben $your_name. $offer Ik heb gesolliciteerd op $the_role bij $company \
($link) en vertel er graag meer over.
""",
    applied_posted="""\
Beste $first_name,

$acquaintance Ik zag uw vacature voor $the_role en heb gesolliciteerd:
$link

$offer Zullen we er even over bellen?

Met vriendelijke groet,
$your_name
""",
    client="""\
Beste $first_name,

$acquaintance Ik zag uw vacature voor $the_role bij $client:
$link

$offer Zou u mij in contact kunnen brengen met $client, of mijn gegevens willen \
doorgeven? Ik stuur u graag eerst een kort cv of portfolio.

Met vriendelijke groet,
$your_name
""",
    the_role="de functie van {}".format,
    open_roles="de openstaande functies",
    your_team="uw team",
    your_client="uw klant",
    client_of="een klant van {}".format,
    recruiter_request=(
        "Bent u daarvoor de juiste persoon, of wilt u het bericht hieronder doorsturen naar "
        "wie dat is?"
    ),
    request=(
        "Zou u het bericht hieronder willen doorsturen naar degene die de vacature heeft, "
        "of mij laten weten wie dat is?"
    ),
    a_while="Het is een tijd geleden dat we elkaar schreven ({when}).",
    connected_lately="We zijn sinds {when} verbonden op LinkedIn, maar hebben nog niet gesproken.",
    connected_long=(
        "We zijn al sinds {year} verbonden op LinkedIn, maar hebben nooit echt contact gehad."
    ),
    follows="We kennen elkaar nog niet: ik volg u op {where}.",
    conjunction="en",
    months=("januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus",
            "september", "oktober", "november", "december"),
    connected_since="verbonden op LinkedIn sinds {when}",
    last_messaged="laatste bericht op {date}", in_network="in het netwerk",
)  # fmt: skip
# Brazilian Portuguese: "você" to anyone (the third person of European drafts reads as
# stiff there), a gerund where Portugal says "a" and the infinitive ("está contratando"),
# and Brazil's words ("equipe", "contato", "encaminhar", "currículo")
BRAZILIAN = replace(
    PORTUGUESE,
    default="""\
Olá $first_name,

$acquaintance Vi que $company está contratando para $the_role e gostaria de ajudar \
$worker. $request Se não for possível, sem problemas.

Agradeço desde já,
$your_name

---
Olá, meu nome é $your_name. $offer Escrevo sobre $the_role ($company, $link) e posso \
enviar um currículo curto ou um portfólio.
""",
    posted="""\
Olá $first_name,

$acquaintance Vi sua publicação sobre $the_role:
$link

$offer Posso ajudar com isso. Podemos conversar rapidamente por telefone, ou você prefere \
que eu envie antes um currículo curto ou um portfólio?

Atenciosamente,
$your_name
""",
    applied="""\
Olá $first_name,

$acquaintance Enviei minha candidatura para $the_role ($company), e uma palavra de \
alguém que conheça a equipe ajudaria muito. $request Se não for possível, sem problemas.

Agradeço desde já,
$your_name

---
Olá, meu nome é $your_name. $offer Enviei minha candidatura para $the_role ($company, \
$link) e gostaria de conversar sobre isso.
""",
    applied_posted="""\
Olá $first_name,

$acquaintance Vi sua publicação sobre $the_role e enviei minha candidatura:
$link

$offer Podemos conversar rapidamente por telefone?

Atenciosamente,
$your_name
""",
    client="""\
Olá $first_name,

$acquaintance Vi sua publicação sobre $the_role para $client:
$link

$offer Você poderia me colocar em contato com $client, ou passar meu contato? Posso \
enviar antes um currículo curto ou um portfólio.

Atenciosamente,
$your_name
""",
    your_team="sua equipe",
    your_client="seu cliente",
    recruiter_request=(
        "Você é a pessoa certa para isso, ou poderia encaminhar a mensagem abaixo para quem for?"
    ),
    request=(
        "Você poderia encaminhar a mensagem abaixo para quem está contratando, ou me dizer quem é?"
    ),
    a_while="Faz tempo que não conversamos ({when}).",
    connected_lately="Nos conectamos no LinkedIn em {when}, mas ainda não conversamos.",
    connected_long="Estamos conectados no LinkedIn (desde {year}), mas nunca conversamos.",
    follows="Ainda não nos conhecemos: acompanho seu trabalho no {where}.",
    connected_since="conectados no LinkedIn desde {when}",
)
# Polish and Ukrainian mark the speaker's gender in the past tense ("widziałem/widziałam",
# "бачив/бачила") and in "grateful" ("wdzięczny/wdzięczna", "вдячний/вдячна"): the
# drafts say what the user did in the present ("Widzę", "Бачу") or impersonally ("moja
# aplikacja została wysłana", "мою заявку надіслано"). A formal Polish draft names no
# "Pan" or "Pani" (the contact's gender is unknown): it greets "Dzień dobry" and asks
# impersonally ("czy byłaby możliwość ..."). Months are in the genitive: "od marca 2025",
# "з березня 2025", "8 grudnia 2026". `$company` follows "w"/"у" (the locative) and ends
# its clause: "w firmie, którą reprezentuje X" closes with the comma or bracket after it.
POLISH = Requests(
    default="""\
Dzień dobry,

$acquaintance Widzę, że trwa rekrutacja na $the_role w $company, i chętnie pomogę: \
pracuję $worker. $request Jeśli to niemożliwe, nic nie szkodzi.

Z góry dziękuję i pozdrawiam,
$your_name

---
Dzień dobry, nazywam się $your_name. $offer Piszę w sprawie rekrutacji na $the_role w \
$company ($link); chętnie prześlę krótkie CV lub portfolio.
""",
    posted="""\
Dzień dobry,

$acquaintance Widzę ogłoszenie o rekrutacji na $the_role:
$link

$offer Chętnie pomogę. Czy możemy krótko porozmawiać przez telefon, czy najpierw \
przesłać krótkie CV lub portfolio?

Z pozdrowieniami,
$your_name
""",
    applied="""\
Dzień dobry,

$acquaintance Moja aplikacja została już wysłana na $the_role w $company, a słowo \
kogoś, kto zna zespół, byłoby bardzo cenne. $request Jeśli to niemożliwe, nic nie szkodzi.

Z góry dziękuję i pozdrawiam,
$your_name

---
Dzień dobry, nazywam się $your_name. $offer Moja aplikacja została już wysłana na \
$the_role w $company ($link); chętnie o niej porozmawiam.
""",
    applied_posted="""\
Dzień dobry,

$acquaintance Widzę ogłoszenie o rekrutacji na $the_role; moja aplikacja została już \
wysłana:
$link

$offer Czy możemy krótko o tym porozmawiać przez telefon?

Z pozdrowieniami,
$your_name
""",
    client="""\
Dzień dobry,

$acquaintance Widzę ogłoszenie o rekrutacji na $the_role dla $client:
$link

$offer Czy byłaby możliwość przekazania moich danych do $client lub skontaktowania nas \
ze sobą? Chętnie najpierw prześlę krótkie CV lub portfolio.

Z pozdrowieniami,
$your_name
""",
    the_role="stanowisko {}".format,
    open_roles="otwarte stanowiska",
    your_team="Państwa zespole",
    your_client="Państwa klienta",
    client_of="firmie, którą reprezentuje {}".format,
    recruiter_request=(
        "Czy to właściwy adres w tej sprawie? Jeśli nie, czy byłaby możliwość przekazania "
        "poniższej wiadomości właściwej osobie?"
    ),
    request=(
        "Czy byłaby możliwość przekazania poniższej wiadomości osobie, która prowadzi "
        "rekrutację, albo podania mi jej nazwiska?"
    ),
    a_while="Minęło trochę czasu od naszej ostatniej rozmowy (z {when}).",
    connected_lately=(
        "Jesteśmy w kontaktach na LinkedInie od {when}, ale to moja pierwsza wiadomość."
    ),
    connected_long=(
        "Jesteśmy w kontaktach na LinkedInie od {year} roku, ale to moja pierwsza wiadomość."
    ),
    follows="Nie znamy się jeszcze osobiście: obserwuję profil w serwisie {where}.",
    conjunction="i",
    months=("stycznia", "lutego", "marca", "kwietnia", "maja", "czerwca", "lipca", "sierpnia",
            "września", "października", "listopada", "grudnia"),
    connected_since="w kontaktach na LinkedInie od {when}",
    last_messaged="ostatnia wiadomość {date}", in_network="w sieci kontaktów",
)  # fmt: skip


def _ukrainian_vocative(name: str) -> str:
    """A Ukrainian first name in the vocative where its ending makes it regular
    ("Олена" → "Олено", "Дмитро" → "Дмитре", "Марко" → "Марку", "Андрій" → "Андрію");
    else as written ("Іван", "Olena"), as many write a greeting, never a wrong form."""
    if not re.fullmatch(r"[А-ЩЬЮЯЄІЇҐ][а-щьюяєіїґ'’]+", name):
        return name
    for ending, vocative in (("а", "о"), ("ко", "ку"), ("о", "е"), ("ій", "ію")):
        if name.endswith(ending) and len(name) > 2:
            return name[: -len(ending)] + vocative
    return name


UKRAINIAN = Requests(
    default="""\
Добрий день!

$acquaintance Бачу, що триває набір на $the_role у $company, і охоче допоможу: працюю \
$worker. $request Якщо ні, нічого страшного.

Заздалегідь дякую!
$your_name

---
Добрий день! Мене звати $your_name. $offer Пишу щодо набору на $the_role у $company \
($link); охоче надішлю коротке резюме або портфоліо.
""",
    posted="""\
Добрий день!

$acquaintance Бачу Ваше оголошення про набір на $the_role:
$link

$offer Охоче допоможу. Можемо коротко поговорити телефоном, чи спершу надіслати Вам \
коротке резюме або портфоліо?

З повагою,
$your_name
""",
    applied="""\
Добрий день!

$acquaintance Мою заявку вже надіслано на $the_role у $company, і слово від когось, хто \
знає команду, дуже допомогло б. $request Якщо ні, нічого страшного.

Заздалегідь дякую!
$your_name

---
Добрий день! Мене звати $your_name. $offer Мою заявку вже надіслано на $the_role у \
$company ($link); охоче поговорю про неї.
""",
    applied_posted="""\
Добрий день!

$acquaintance Бачу Ваше оголошення про набір на $the_role; мою заявку вже надіслано:
$link

$offer Можемо коротко поговорити про це телефоном?

З повагою,
$your_name
""",
    client="""\
Добрий день!

$acquaintance Бачу Ваше оголошення про набір на $the_role для $client:
$link

$offer Чи могли б Ви познайомити мене з представником $client або передати мої \
контакти? Охоче спершу надішлю Вам коротке резюме або портфоліо.

З повагою,
$your_name
""",
    the_role="посаду {}".format,
    open_roles="відкриті позиції",
    your_team="Вашій команді",
    your_client="Вашого клієнта",
    client_of="компанії, яку представляє {}".format,
    recruiter_request=(
        "Чи Ви займаєтеся цим набором, чи могли б Ви передати повідомлення нижче людині, "
        "яка за нього відповідає?"
    ),
    request=(
        "Чи могли б Ви переслати повідомлення нижче тому, хто займається набором, або "
        "підказати, хто це?"
    ),
    a_while="Ми давно не спілкувалися: остання переписка ще з {when}.",
    connected_lately="Ми на зв’язку в LinkedIn з {when}, але досі не спілкувалися.",
    connected_long="Ми на зв’язку в LinkedIn з {year} року, але досі не спілкувалися напряму.",
    follows="Ми ще не знайомі: я стежу за Вами в {where}.",
    conjunction="і",
    months=("січня", "лютого", "березня", "квітня", "травня", "червня", "липня", "серпня",
            "вересня", "жовтня", "листопада", "грудня"),
    connected_since="на зв’язку в LinkedIn з {when}",
    last_messaged="остання переписка {date}", in_network="у мережі контактів",
    vocative=_ukrainian_vocative,
)  # fmt: skip
# Japanese: to the family name with 様 (さん to someone the user writes to:
# `warehouse.intro_informal`), 丁寧語 throughout and no over-humble 謙譲語 ("させて
# いただきます"). It opens as Japanese mail does: お世話になっております to someone the
# user is in touch with, ご無沙汰しております after a long silence, 突然のご連絡失礼いたします
# to a tie never written to; each runs into the user's name ("...つながったAlex Brandt
# です。"). The role is named as the posting wrote it, in 「」; dates "2026年12月6日".
JAPANESE = Requests(
    default="""\
$first_name様

$acquaintance$your_nameです。
$companyの$the_roleの求人を拝見し、$workerお力になれればと思いご連絡しました。\
$request難しいようでしたら、どうぞお気になさらないでください。

よろしくお願いいたします。
$your_name

---
はじめまして、$your_nameと申します。$offer$companyの$the_role（$link）に関心があり、\
簡単な経歴書やポートフォリオをお送りすることもできます。
""",
    posted="""\
$first_name様

$acquaintance$your_nameです。
$the_roleの募集を拝見しました。
$link

$offerぜひお力になれればと思います。一度お電話で少しお話しできますでしょうか。\
先に簡単な経歴書やポートフォリオをお送りすることもできます。

よろしくお願いいたします。
$your_name
""",
    applied="""\
$first_name様

$acquaintance$your_nameです。
$companyの$the_roleに応募いたしました。チームをご存じの方からひと言いただけると大変心強いです。\
$request難しいようでしたら、どうぞお気になさらないでください。

よろしくお願いいたします。
$your_name

---
はじめまして、$your_nameと申します。$offer$companyの$the_role（$link）に応募いたしました。\
ぜひ一度お話しできれば幸いです。
""",
    applied_posted="""\
$first_name様

$acquaintance$your_nameです。
$the_roleの募集を拝見し、応募いたしました。
$link

$offer一度お電話で少しお話しできますでしょうか。

よろしくお願いいたします。
$your_name
""",
    client="""\
$first_name様

$acquaintance$your_nameです。
$clientの$the_roleの募集を拝見しました。
$link

$offer$clientにご紹介いただくか、私の連絡先をお伝えいただくことは可能でしょうか。\
先に簡単な経歴書やポートフォリオをお送りすることもできます。

よろしくお願いいたします。
$your_name
""",
    the_role="「{}」".format,
    open_roles="各ポジション",
    your_team="貴社",
    your_client="クライアント企業",
    client_of="{}のクライアント企業".format,
    recruiter_request=(
        "この件のご担当でいらっしゃいましたら、ご検討いただけますと幸いです。そうでない場合は、"
        "下記のメッセージをご担当の方に転送していただけますでしょうか。"
    ),
    request=(
        "下記のメッセージを採用ご担当の方に転送していただくか、ご担当の方を教えていただけます"
        "でしょうか。"
    ),
    a_while="{when}以来、ご無沙汰しております。",
    connected_lately="突然のご連絡失礼いたします。{when}にLinkedInでつながった",
    connected_long="突然のご連絡失礼いたします。{year}年からLinkedInでつながっている",
    follows="突然のご連絡失礼いたします。{where}でいつも投稿を拝見している",
    conjunction="と",
    months=tuple(f"{m}月" for m in range(1, 13)),
    connected_since="{when}からLinkedInでつながっています",
    last_messaged="最後のやり取りは{date}", in_network="ネットワーク内",
    dated="{year}年{month}", day_dated="{year}年{month}{day}日",
    family_name=True, in_touch="お世話になっております。",
)  # fmt: skip
# Korean: 존댓말 to anyone, to the whole name with 님 ("김민준님", as one writes to someone
# met through work, friend or not). No particle follows a name, a company or a role,
# whose form depends on the sound before it ("Acme의", "「...」 포지션"); the past says
# no gender, nor anything else.
KOREAN = Requests(
    default="""\
$first_name님, 안녕하세요. $your_name입니다.

$acquaintance $company의 $the_role 채용 공고를 보고, $worker 도움을 드릴 수 있을 것 같아 \
연락드립니다. $request 어려우시면 괜찮습니다.

감사합니다.
$your_name 드림

---
안녕하세요, $your_name입니다. $offer $company의 $the_role($link)에 관심이 있으며, 간단한 \
이력서나 포트폴리오를 보내드릴 수 있습니다.
""",
    posted="""\
$first_name님, 안녕하세요. $your_name입니다.

$acquaintance 올려주신 $the_role 채용 공고를 보았습니다.
$link

$offer 꼭 도움이 되고 싶습니다. 잠시 통화 가능하실까요? 먼저 간단한 이력서나 포트폴리오를 \
보내드릴 수도 있습니다.

감사합니다.
$your_name 드림
""",
    applied="""\
$first_name님, 안녕하세요. $your_name입니다.

$acquaintance $company의 $the_role에 지원했습니다. 팀을 잘 아시는 분의 한마디가 큰 도움이 \
될 것 같습니다. $request 어려우시면 괜찮습니다.

감사합니다.
$your_name 드림

---
안녕하세요, $your_name입니다. $offer $company의 $the_role($link)에 지원했으며, 이야기 나눌 \
기회가 있으면 좋겠습니다.
""",
    applied_posted="""\
$first_name님, 안녕하세요. $your_name입니다.

$acquaintance 올려주신 $the_role 채용 공고를 보고 지원했습니다.
$link

$offer 잠시 통화 가능하실까요?

감사합니다.
$your_name 드림
""",
    client="""\
$first_name님, 안녕하세요. $your_name입니다.

$acquaintance 올려주신 $client의 $the_role 채용 공고를 보았습니다.
$link

$offer $client에 소개해 주시거나 제 연락처를 전달해 주실 수 있을까요? 먼저 간단한 \
이력서나 포트폴리오를 보내드릴 수도 있습니다.

감사합니다.
$your_name 드림
""",
    the_role="'{}' 포지션".format,
    open_roles="여러 포지션",
    your_team="귀사",
    your_client="고객사",
    client_of="{}의 고객사".format,
    recruiter_request=(
        "이 건을 담당하고 계시다면 검토 부탁드립니다. 아니라면 아래 메시지를 담당자분께 "
        "전달해 주실 수 있을까요?"
    ),
    request=(
        "아래 메시지를 채용 담당자분께 전달해 주시거나, 담당자가 누구인지 알려주실 수 있을까요?"
    ),
    a_while="{when} 이후 오랜만에 연락드립니다.",
    connected_lately="{when}에 LinkedIn으로 연결되었지만 아직 인사를 나누지 못했습니다.",
    connected_long="{year}년부터 LinkedIn으로 연결되어 있지만 직접 이야기를 나눈 적은 없습니다.",
    follows="직접 뵌 적은 없고, {where}에서 팔로우하고 있습니다.",
    conjunction="및",
    months=tuple(f"{m}월" for m in range(1, 13)),
    connected_since="{when}부터 LinkedIn 연결", last_messaged="마지막 메시지 {date}",
    in_network="네트워크 내", dated="{year}년 {month}", day_dated="{year}년 {month} {day}일",
    whole_name=True,
)  # fmt: skip
# Turkish: "siz" to a loose tie ("sen" to a friend: `warehouse.intro_informal`), the name
# alone (Hanım or Bey would need the contact's gender). No suffix follows a name, a
# company or a role, whose form its last vowel chooses ("Acme bünyesinde", "... pozisyonu
# için"); the past says no gender.
TURKISH = Requests(
    default="""\
Merhaba $first_name,

$acquaintance $company bünyesinde $the_role için ilan açıldığını gördüm ve $worker destek \
olmak isterim. $request Mümkün değilse hiç sorun değil.

Teşekkürler,
$your_name

---
Merhaba, ben $your_name. $offer $company bünyesindeki $the_role ($link) ile ilgileniyorum; \
kısa bir özgeçmiş veya portfolyo gönderebilirim.
""",
    posted="""\
Merhaba $first_name,

$acquaintance $the_role için ilanınızı gördüm:
$link

$offer Memnuniyetle yardımcı olabilirim. Kısa bir telefon görüşmesi yapabilir miyiz, yoksa \
önce kısa bir özgeçmiş veya portfolyo mu göndereyim?

Saygılarımla,
$your_name
""",
    applied="""\
Merhaba $first_name,

$acquaintance $company bünyesindeki $the_role için başvurumu yaptım; ekibi tanıyan birinden \
bir iki söz çok değerli olur. $request Mümkün değilse hiç sorun değil.

Teşekkürler,
$your_name

---
Merhaba, ben $your_name. $offer $company bünyesindeki $the_role ($link) için başvurumu \
yaptım ve konuşmaktan memnuniyet duyarım.
""",
    applied_posted="""\
Merhaba $first_name,

$acquaintance $the_role için ilanınızı gördüm ve başvurumu yaptım:
$link

$offer Kısa bir telefon görüşmesi yapabilir miyiz?

Saygılarımla,
$your_name
""",
    client="""\
Merhaba $first_name,

$acquaintance $client adına verdiğiniz $the_role ilanını gördüm:
$link

$offer Beni $client ile tanıştırabilir ya da bilgilerimi iletebilir misiniz? Önce kısa bir \
özgeçmiş veya portfolyo da gönderebilirim.

Saygılarımla,
$your_name
""",
    the_role="{} pozisyonu".format,
    open_roles="açık pozisyonlar",
    your_team="ekibiniz",
    your_client="müşteriniz",
    client_of="{} aracılığıyla bir müşteri firma".format,
    recruiter_request=(
        "Bu konuda doğru kişi siz misiniz? Değilseniz aşağıdaki mesajı ilgili kişiye iletebilir "
        "misiniz?"
    ),
    request=(
        "Aşağıdaki mesajı işe alımla ilgilenen kişiye iletebilir ya da bu kişinin kim olduğunu "
        "söyleyebilir misiniz?"
    ),
    a_while="Uzun zamandır yazışmadık (en son {when}).",
    connected_lately="{when} tarihinden beri LinkedIn'de bağlantıyız ama henüz konuşmadık.",
    connected_long="{year} yılından beri LinkedIn'de bağlantıyız ama hiç doğrudan konuşmadık.",
    follows="Henüz tanışmadık: sizi {where} üzerinden takip ediyorum.",
    conjunction="ve",
    months=("Ocak", "Şubat", "Mart", "Nisan", "Mayıs", "Haziran", "Temmuz", "Ağustos", "Eylül",
            "Ekim", "Kasım", "Aralık"),
    connected_since="{when} tarihinden beri LinkedIn'de bağlantı", last_messaged="son mesaj {date}",
    in_network="ağda",
)  # fmt: skip
# Indonesian: "Anda" to a loose tie ("kamu" to a friend: `warehouse.intro_informal`),
# greeted "Halo" and the first name alone (Pak or Bu would need the contact's gender and
# age). Indonesian marks no gender and no case: the role and company stand as written.
INDONESIAN = Requests(
    default="""\
Halo $first_name,

$acquaintance Saya melihat $company sedang membuka lowongan untuk $the_role dan ingin \
membantu $worker. $request Jika tidak memungkinkan, tidak apa-apa.

Terima kasih,
$your_name

---
Halo, saya $your_name. $offer Saya tertarik dengan $the_role di $company ($link) dan bisa \
mengirimkan CV singkat atau portofolio.
""",
    posted="""\
Halo $first_name,

$acquaintance Saya melihat lowongan Anda untuk $the_role:
$link

$offer Saya dengan senang hati akan membantu. Bisakah kita berbicara sebentar lewat \
telepon, atau sebaiknya saya kirimkan CV singkat atau portofolio terlebih dahulu?

Salam,
$your_name
""",
    applied="""\
Halo $first_name,

$acquaintance Saya sudah melamar untuk $the_role di $company, dan rekomendasi dari orang \
yang mengenal timnya akan sangat membantu. $request Jika tidak memungkinkan, tidak apa-apa.

Terima kasih,
$your_name

---
Halo, saya $your_name. $offer Saya sudah melamar untuk $the_role di $company ($link) dan \
senang sekali jika bisa membicarakannya.
""",
    applied_posted="""\
Halo $first_name,

$acquaintance Saya melihat lowongan Anda untuk $the_role dan sudah mengirimkan lamaran:
$link

$offer Bisakah kita berbicara sebentar lewat telepon?

Salam,
$your_name
""",
    client="""\
Halo $first_name,

$acquaintance Saya melihat lowongan Anda untuk $the_role di $client:
$link

$offer Bisakah Anda memperkenalkan saya kepada $client, atau meneruskan kontak saya? Saya \
bisa mengirimkan CV singkat atau portofolio terlebih dahulu.

Salam,
$your_name
""",
    the_role="posisi {}".format,
    open_roles="beberapa posisi",
    your_team="tim Anda",
    your_client="klien Anda",
    client_of="salah satu klien {}".format,
    recruiter_request=(
        "Apakah Anda yang menangani posisi ini, atau bisakah Anda meneruskan pesan di bawah "
        "ini kepada orang yang tepat?"
    ),
    request=(
        "Apakah Anda bersedia meneruskan pesan di bawah ini kepada pihak yang merekrut, atau "
        "memberi tahu saya siapa orangnya?"
    ),
    a_while="Sudah lama kita tidak berkirim pesan (terakhir {when}).",
    connected_lately="Kita terhubung di LinkedIn sejak {when}, tetapi belum pernah berbincang.",
    connected_long=(
        "Kita sudah terhubung di LinkedIn sejak {year}, tetapi belum pernah berbincang langsung."
    ),
    follows="Kita belum pernah bertemu: saya mengikuti Anda di {where}.",
    conjunction="dan",
    months=("Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus",
            "September", "Oktober", "November", "Desember"),
    connected_since="terhubung di LinkedIn sejak {when}",
    last_messaged="pesan terakhir {date}", in_network="di jaringan",
)  # fmt: skip
# Czech: vykání to a loose tie (tykání to a friend: `warehouse.intro_informal`). A
# greeting by name needs the vocative ("Dobrý den, pane Nováku", "Ahoj Petře"), which
# neither a surname nor a first name forms by a safe rule (Pavel is Pavle, Marek Marku)
# and "pane/paní" needs a gender: a draft greets no one by name ("Dobrý den,", "Ahoj,"),
# as Czech mail often does. The user's past tense and "rád/ráda" say their gender: the
# drafts say "mohu pomoci", "už mám podanou přihlášku", "uvítám". The role is accusative
# after "na" ("na pozici ..."), the company genitive after "u", where a name stays as
# written ("u Acme"); months are genitive ("od března 2025").
CZECH = Requests(
    default="""\
Dobrý den,

$acquaintance Vidím, že u $company hledají někoho na $the_role, a mohu pomoci: pracuji \
$worker. $request Pokud to nepůjde, nic se neděje.

Předem děkuji a zdravím
$your_name

---
Dobrý den, jmenuji se $your_name. $offer Mám zájem o $the_role u $company ($link) a mohu \
poslat krátký životopis nebo portfolio.
""",
    posted="""\
Dobrý den,

$acquaintance Vidím Váš inzerát na $the_role:
$link

$offer S radostí pomohu. Můžeme si krátce zavolat, nebo Vám mám nejdřív poslat krátký \
životopis či portfolio?

S pozdravem
$your_name
""",
    applied="""\
Dobrý den,

$acquaintance Na $the_role u $company už mám podanou přihlášku a slovo od někoho, kdo tým \
zná, by mi hodně pomohlo. $request Pokud to nepůjde, nic se neděje.

Předem děkuji a zdravím
$your_name

---
Dobrý den, jmenuji se $your_name. $offer Na $the_role u $company ($link) už mám podanou \
přihlášku a uvítám možnost si o ní promluvit.
""",
    applied_posted="""\
Dobrý den,

$acquaintance Vidím Váš inzerát na $the_role a přihlášku už mám podanou:
$link

$offer Můžeme si o tom krátce zavolat?

S pozdravem
$your_name
""",
    client="""\
Dobrý den,

$acquaintance Vidím Váš inzerát na $the_role pro $client:
$link

$offer Bylo by možné mě s klientem propojit, nebo mu předat moje kontaktní údaje? Mohu \
nejdřív poslat krátký životopis či portfolio.

S pozdravem
$your_name
""",
    the_role="pozici {}".format,
    open_roles="několik pozic",
    your_team="Vás",  # after "u"
    your_client="Vašeho klienta",  # after "pro"
    client_of="jednoho klienta společnosti {}".format,
    recruiter_request=(
        "Máte tento nábor na starosti? Pokud ne, bylo by možné přeposlat zprávu níže "
        "správné osobě?"
    ),
    request=(
        "Bylo by možné přeposlat zprávu níže tomu, kdo nábor vede, nebo mi dát vědět, kdo "
        "to je?"
    ),
    a_while="Od naší poslední zprávy z {when} uběhla nějaká doba.",
    connected_lately="Na LinkedInu jsme ve spojení od {when}, ale toto je moje první zpráva.",
    connected_long="Na LinkedInu jsme ve spojení od roku {year}, ale toto je moje první zpráva.",
    follows="Osobně se zatím neznáme: sleduji Váš profil na síti {where}.",
    conjunction="a",
    months=("ledna", "února", "března", "dubna", "května", "června", "července", "srpna",
            "září", "října", "listopadu", "prosince"),
    connected_since="na LinkedInu ve spojení od {when}",
    last_messaged="poslední zpráva {date}", in_network="v síti kontaktů",
    day_dated="{day}. {month} {year}",
)  # fmt: skip
# Hungarian: magázás ("Ön") to a loose tie (tegezés to a friend: `warehouse.intro_informal`),
# greeting the whole name as written ("Kedves Kovács Anna!"), which is right in either
# order a name comes in. A case ending joined to a company's or a role's name would depend
# on its last sound, and an article before it on its first: each stays in the nominative,
# with no article ("Acme munkatársat keres Frontend fejlesztő pozícióba"). Hungarian has no
# grammatical gender, so nothing says the user's. Dates are year first ("2026. december 6.").
HUNGARIAN = Requests(
    default="""\
Kedves $first_name!

$acquaintance Úgy látom, $company munkatársat keres $the_role, és ebben szívesen \
segítenék $worker. $request Ha ez nem megoldható, semmi gond.

Előre is köszönöm, üdvözlettel:
$your_name

---
Jó napot kívánok, $your_name vagyok. $offer Érdekel a hirdetés, amelyben $company \
munkatársat keres $the_role ($link), és szívesen küldök rövid önéletrajzot vagy portfóliót.
""",
    posted="""\
Kedves $first_name!

$acquaintance Láttam a hirdetését, amelyben munkatársat keres $the_role:
$link

$offer Szívesen segítenék. Beszélhetnénk röviden telefonon, vagy előbb küldjek egy rövid \
önéletrajzot vagy portfóliót?

Üdvözlettel:
$your_name
""",
    applied="""\
Kedves $first_name!

$acquaintance Már jelentkeztem a hirdetésre, amelyben $company munkatársat keres \
$the_role, és sokat segítene egy jó szó valakitől, aki ismeri a csapatot. $request Ha ez \
nem megoldható, semmi gond.

Előre is köszönöm, üdvözlettel:
$your_name

---
Jó napot kívánok, $your_name vagyok. $offer Már jelentkeztem a hirdetésre, amelyben \
$company munkatársat keres $the_role ($link), és örömmel beszélnék róla.
""",
    applied_posted="""\
Kedves $first_name!

$acquaintance Láttam a hirdetését, amelyben munkatársat keres $the_role, és már \
jelentkeztem is:
$link

$offer Beszélhetnénk róla röviden telefonon?

Üdvözlettel:
$your_name
""",
    client="""\
Kedves $first_name!

$acquaintance Láttam a hirdetését, amelyben $client számára keres munkatársat $the_role:
$link

$offer Össze tudna kötni $client képviselőjével, vagy továbbítaná neki az elérhetőségemet? \
Előbb szívesen küldök rövid önéletrajzot vagy portfóliót.

Üdvözlettel:
$your_name
""",
    the_role="{} pozícióba".format,
    open_roles="több nyitott pozícióba",
    your_team="az Ön csapata",  # as the one hiring
    your_client="ügyfele",  # "ügyfele számára", "ügyfele képviselőjével"
    client_of="{} egyik ügyfele".format,
    recruiter_request=(
        "Ön foglalkozik ezzel a felvétellel? Ha nem, továbbítaná az alábbi üzenetet a "
        "megfelelő kollégának?"
    ),
    request=(
        "Továbbítaná az alábbi üzenetet annak, aki a felvételt intézi, vagy megírná, ki az?"
    ),
    a_while="Régen beszéltünk (legutóbb {when}).",
    connected_lately="{when} óta kapcsolatban vagyunk a LinkedInen, de ez az első üzenetem.",
    connected_long="{year} óta kapcsolatban vagyunk a LinkedInen, de ez az első üzenetem.",
    follows="Személyesen még nem ismerjük egymást: követem Önt itt: {where}.",
    conjunction="és",
    months=("január", "február", "március", "április", "május", "június", "július",
            "augusztus", "szeptember", "október", "november", "december"),
    connected_since="LinkedIn-kapcsolat {when} óta",
    last_messaged="utolsó üzenet: {date}", in_network="a kapcsolati hálóban",
    dated="{year}. {month}", day_dated="{year}. {month} {day}.",
    greets=as_written,
)  # fmt: skip
# Chinese: 您 to a loose tie (你 to a friend: `warehouse.intro_informal`), greeted
# "王小明，您好！" by the whole name in characters or the given name in Latin letters
# ("Kevin，您好！"; 先生 or 女士 would need the contact's gender). Traditional characters
# in Taiwan's words (履歷, 職缺, 訊息), Simplified in the mainland's (简历, 职位, 消息); a
# Hong Kong reader reads Taiwan's. The role in 「」 or “”, as each writes quotes.
TRADITIONAL_CHINESE = Requests(
    default="""\
$first_name您好！

$acquaintance我看到$company正在招募$the_role，希望能$worker提供協助。$request\
如果不方便也沒關係。

謝謝！
$your_name

---
您好，我是$your_name。$offer我對$company的$the_role（$link）很有興趣，可以提供簡短的履歷或作品集。
""",
    posted="""\
$first_name您好！

$acquaintance我看到您發布的$the_role：
$link

$offer很希望能幫上忙。方便簡短通個電話嗎？或者我先寄一份簡短的履歷或作品集給您？

謝謝！
$your_name
""",
    applied="""\
$first_name您好！

$acquaintance我已經應徵了$company的$the_role，如果能有熟悉團隊的人幫忙說句話，會很有幫助。\
$request如果不方便也沒關係。

謝謝！
$your_name

---
您好，我是$your_name。$offer我已經應徵了$company的$the_role（$link），很希望有機會進一步聊聊。
""",
    applied_posted="""\
$first_name您好！

$acquaintance我看到您發布的$the_role，並已經應徵：
$link

$offer方便簡短通個電話嗎？

謝謝！
$your_name
""",
    client="""\
$first_name您好！

$acquaintance我看到您為$client發布的$the_role：
$link

$offer能否請您幫我引薦給$client，或把我的聯絡方式轉給對方？我也可以先寄一份簡短的履歷或\
作品集給您。

謝謝！
$your_name
""",
    the_role="「{}」職缺".format,
    open_roles="相關職缺",
    your_team="貴公司",
    your_client="您的客戶",
    client_of="{}的一位客戶".format,
    recruiter_request=(
        "如果這個職缺由您負責，還請您考慮；如果不是，能否請您將下面的訊息轉給負責的同事？"
    ),
    request="能否請您將下面的訊息轉給負責招募的同事，或告訴我該聯絡哪一位？",
    a_while="好久不見，上次聯絡是{when}。",
    connected_lately="冒昧打擾：我們{when}在 LinkedIn 上建立聯繫，這還是第一次傳訊息。",
    connected_long="冒昧打擾：我們從{year}年起就是 LinkedIn 聯絡人，這還是第一次傳訊息。",
    follows="冒昧打擾：我們還沒見過面，我在{where}上關注您。",
    conjunction="和",
    months=tuple(f"{m}月" for m in range(1, 13)),
    connected_since="{when}起為 LinkedIn 聯絡人",
    last_messaged="最後一次訊息：{date}", in_network="在人脈網路中",
    dated="{year}年{month}", day_dated="{year}年{month}{day}日",
    vocative="{}，".format,
)  # fmt: skip
SIMPLIFIED_CHINESE = Requests(
    default="""\
$first_name您好！

$acquaintance我看到$company正在招聘$the_role，希望能$worker提供帮助。$request\
如果不方便也没关系。

谢谢！
$your_name

---
您好，我是$your_name。$offer我对$company的$the_role（$link）很感兴趣，可以提供简短的简历或作品集。
""",
    posted="""\
$first_name您好！

$acquaintance我看到您发布的$the_role：
$link

$offer很希望能帮上忙。方便简单通个电话吗？或者我先发一份简短的简历或作品集给您？

谢谢！
$your_name
""",
    applied="""\
$first_name您好！

$acquaintance我已经申请了$company的$the_role，如果能有熟悉团队的人帮忙说句话，会很有帮助。\
$request如果不方便也没关系。

谢谢！
$your_name

---
您好，我是$your_name。$offer我已经申请了$company的$the_role（$link），很希望有机会进一步交流。
""",
    applied_posted="""\
$first_name您好！

$acquaintance我看到您发布的$the_role，并已经申请：
$link

$offer方便简单通个电话吗？

谢谢！
$your_name
""",
    client="""\
$first_name您好！

$acquaintance我看到您为$client发布的$the_role：
$link

$offer能否请您帮我引荐给$client，或把我的联系方式转给对方？我也可以先发一份简短的简历或\
作品集给您。

谢谢！
$your_name
""",
    the_role="“{}”职位".format,
    open_roles="相关职位",
    your_team="贵公司",
    your_client="您的客户",
    client_of="{}的一位客户".format,
    recruiter_request=(
        "如果这个职位由您负责，还请您考虑；如果不是，能否请您把下面的消息转给负责的同事？"
    ),
    request="能否请您把下面的消息转给负责招聘的同事，或者告诉我该联系哪一位？",
    a_while="好久不见，上次联系还是{when}。",
    connected_lately="冒昧打扰：我们{when}在 LinkedIn 上建立了联系，这还是第一次发消息。",
    connected_long="冒昧打扰：我们从{year}年起就是 LinkedIn 联系人，这还是第一次发消息。",
    follows="冒昧打扰：我们还没见过面，我在{where}上关注您。",
    conjunction="和",
    months=tuple(f"{m}月" for m in range(1, 13)),
    connected_since="{when}起为 LinkedIn 联系人",
    last_messaged="最后一次消息：{date}", in_network="在人脉网络中",
    dated="{year}年{month}", day_dated="{year}年{month}{day}日",
    vocative="{}，".format,
)  # fmt: skip
# Russian: Вы to a loose tie ("ты" to a friend: `warehouse.intro_informal`), greeted by
# the given name and patronymic where the name has one ("Здравствуйте, Иван Петрович!":
# `warehouse.intro_names.russian_formal`), else the first name; "Уважаемый/Уважаемая"
# would need the contact's gender. The user's gender is unsaid too: no past tense of
# theirs ("Вижу", "моя заявка уже отправлена"), no "рад/рада" ("охотно помогу"). An
# inserted name is never declined: the company follows "компании" ("в компании Acme",
# "для компании Acme"), the role "позицию"; months are genitive ("с марта 2025").
RUSSIAN = Requests(
    default="""\
Здравствуйте, $first_name!

$acquaintance Вижу, что открыт набор на $the_role в $company, и охотно помогу: работаю \
$worker. $request Если нет, ничего страшного.

Заранее спасибо!
$your_name

---
Здравствуйте! Меня зовут $your_name. $offer Пишу по поводу набора на $the_role в $company \
($link); охотно пришлю короткое резюме или портфолио.
""",
    posted="""\
Здравствуйте, $first_name!

$acquaintance Вижу Ваше объявление о наборе на $the_role:
$link

$offer Охотно помогу. Можем коротко поговорить по телефону, или сначала прислать Вам \
короткое резюме или портфолио?

С уважением,
$your_name
""",
    applied="""\
Здравствуйте, $first_name!

$acquaintance Вижу, что открыт набор на $the_role в $company, и моя заявка уже \
отправлена; слово от кого-то, кто знает команду, очень помогло бы. $request Если нет, \
ничего страшного.

Заранее спасибо!
$your_name

---
Здравствуйте! Меня зовут $your_name. $offer Пишу по поводу набора на $the_role в $company \
($link): моя заявка уже отправлена, охотно расскажу о ней подробнее.
""",
    applied_posted="""\
Здравствуйте, $first_name!

$acquaintance Вижу Ваше объявление о наборе на $the_role; моя заявка уже отправлена:
$link

$offer Можем коротко поговорить об этом по телефону?

С уважением,
$your_name
""",
    client="""\
Здравствуйте, $first_name!

$acquaintance Вижу Ваше объявление о наборе на $the_role для компании $client:
$link

$offer Не могли бы Вы познакомить меня с представителем компании $client или передать \
мои контакты? Охотно сначала пришлю Вам короткое резюме или портфолио.

С уважением,
$your_name
""",
    the_role="позицию {}".format,
    open_roles="открытые позиции",
    your_team="Вашей компании",
    your_client="Вашего клиента",
    client_of="компании, которую представляет {}".format,
    company_named="компании {}".format,
    recruiter_request=(
        "Вы занимаетесь этим набором? Если нет, не могли бы Вы переслать сообщение ниже "
        "тому, кто за него отвечает?"
    ),
    request=(
        "Не могли бы Вы переслать сообщение ниже тому, кто занимается набором, или "
        "подсказать, кто это?"
    ),
    a_while="Мы давно не общались: не переписывались с {when}.",
    connected_lately="Мы на связи в LinkedIn с {when}, но ещё не общались.",
    connected_long="Мы на связи в LinkedIn с {year} года, но ещё не общались напрямую.",
    follows="Мы ещё не знакомы: я слежу за Вашими публикациями в {where}.",
    conjunction="и",
    months=("января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа",
            "сентября", "октября", "ноября", "декабря"),
    connected_since="на связи в LinkedIn с {when}",
    last_messaged="последняя переписка {date}", in_network="в сети контактов",
    greets=russian_formal,
)  # fmt: skip
# Malay: "anda" to a loose tie ("awak" to a friend: `warehouse.intro_informal`), greeted
# "Salam sejahtera" with "Encik" or "Puan" where the name says whose son or daughter they
# are, else the given name alone (`warehouse.intro_names.malay_formal`). Malaysia's words
# where Indonesia's differ: jawatan (posisi, lowongan), syarikat (perusahaan), boleh
# (bisa), hantar (kirim), telefon, projek, mesej; no case, so names stand as written.
MALAY = replace(
    INDONESIAN,
    default="""\
Salam sejahtera $first_name,

$acquaintance Saya lihat $company sedang mencari calon untuk $the_role dan saya boleh \
membantu $worker. $request Jika tidak dapat, tidak mengapa.

Terima kasih,
$your_name

---
Salam sejahtera, saya $your_name. $offer Saya berminat dengan $the_role di $company \
($link) dan boleh menghantar resume ringkas atau portfolio.
""",
    posted="""\
Salam sejahtera $first_name,

$acquaintance Saya lihat iklan anda bagi $the_role:
$link

$offer Saya sedia membantu. Bolehkah kita berbual sebentar melalui telefon, atau saya \
hantar resume ringkas atau portfolio terlebih dahulu?

Salam hormat,
$your_name
""",
    applied="""\
Salam sejahtera $first_name,

$acquaintance Saya telah memohon $the_role di $company, dan sokongan daripada seseorang \
yang mengenali pasukan itu amat membantu. $request Jika tidak dapat, tidak mengapa.

Terima kasih,
$your_name

---
Salam sejahtera, saya $your_name. $offer Saya telah memohon $the_role di $company \
($link) dan berbesar hati untuk berbincang mengenainya.
""",
    applied_posted="""\
Salam sejahtera $first_name,

$acquaintance Saya lihat iklan anda bagi $the_role dan telah pun memohon:
$link

$offer Bolehkah kita berbual sebentar mengenainya melalui telefon?

Salam hormat,
$your_name
""",
    client="""\
Salam sejahtera $first_name,

$acquaintance Saya lihat iklan anda bagi $the_role di $client:
$link

$offer Bolehkah anda memperkenalkan saya kepada $client, atau memanjangkan maklumat \
hubungan saya? Saya boleh menghantar resume ringkas atau portfolio terlebih dahulu.

Salam hormat,
$your_name
""",
    the_role="jawatan {}".format,
    open_roles="beberapa jawatan kosong",
    your_team="syarikat anda",
    your_client="pelanggan anda",
    client_of="salah satu pelanggan {}".format,
    recruiter_request=(
        "Adakah anda yang menguruskan jawatan ini, atau bolehkah anda memanjangkan mesej di "
        "bawah kepada orang yang berkenaan?"
    ),
    request=(
        "Bolehkah anda memanjangkan mesej di bawah kepada pihak yang mengambil pekerja, atau "
        "memberitahu saya siapa orangnya?"
    ),
    a_while="Sudah lama kita tidak berhubung (kali terakhir {when}).",
    connected_lately="Kita berhubung di LinkedIn sejak {when}, tetapi belum pernah berbual.",
    connected_long=(
        "Kita sudah berhubung di LinkedIn sejak {year}, tetapi belum pernah berbual secara "
        "langsung."
    ),
    follows="Kita belum pernah berjumpa: saya mengikuti anda di {where}.",
    months=("Januari", "Februari", "Mac", "April", "Mei", "Jun", "Julai", "Ogos",
            "September", "Oktober", "November", "Disember"),
    connected_since="berhubung di LinkedIn sejak {when}",
    last_messaged="mesej terakhir {date}", in_network="dalam rangkaian",
    greets=malay_formal,
)  # fmt: skip
# Greek: "εσείς" to a loose tie ("εσύ" to a friend: `warehouse.intro_informal`), greeted
# "κύριε" or "κυρία" and the family name in the vocative where the name says the gender
# (`warehouse.intro_names.greek_formal`), else the whole name; to a friend the given name
# in the vocative ("Γιώργο", "Δημήτρη": `greek_vocative`). The user's gender is unsaid:
# the past tense says none ("Είδα", "Έκανα αίτηση"), and no adjective of theirs is used
# ("θα ήθελα να βοηθήσω", not "πρόθυμος/πρόθυμη"). An inserted name is never declined:
# the company follows "εταιρεία" ("στην εταιρεία Acme"), the role "θέση"; a month alone
# is accusative ("τον Μάρτιο του 2025"), a day's month genitive ("5 Μαρτίου 2026").
GREEK = Requests(
    default="""\
Γεια σας, $first_name,

$acquaintance Είδα την αγγελία για $the_role στην $company και θα ήθελα να βοηθήσω, \
καθώς εργάζομαι $worker. $request Αν δεν γίνεται, κανένα πρόβλημα.

Ευχαριστώ εκ των προτέρων,
$your_name

---
Γεια σας, είμαι $your_name. $offer Με ενδιαφέρει η αγγελία για $the_role στην $company \
($link) και μπορώ να στείλω ένα σύντομο βιογραφικό ή portfolio.
""",
    posted="""\
Γεια σας, $first_name,

$acquaintance Είδα την αγγελία σας για $the_role:
$link

$offer Θα ήθελα πολύ να βοηθήσω. Θα μπορούσαμε να μιλήσουμε σύντομα στο τηλέφωνο ή να \
σας στείλω πρώτα ένα σύντομο βιογραφικό ή portfolio;

Με εκτίμηση,
$your_name
""",
    applied="""\
Γεια σας, $first_name,

$acquaintance Έκανα αίτηση για $the_role στην $company, και ένας καλός λόγος από κάποιον \
που γνωρίζει την ομάδα θα βοηθούσε πολύ. $request Αν δεν γίνεται, κανένα πρόβλημα.

Ευχαριστώ εκ των προτέρων,
$your_name

---
Γεια σας, είμαι $your_name. $offer Έκανα αίτηση για $the_role στην $company ($link) και \
θα χαρώ να τα πούμε.
""",
    applied_posted="""\
Γεια σας, $first_name,

$acquaintance Είδα την αγγελία σας για $the_role και έχω ήδη κάνει αίτηση:
$link

$offer Θα μπορούσαμε να μιλήσουμε σύντομα στο τηλέφωνο γι' αυτό;

Με εκτίμηση,
$your_name
""",
    client="""\
Γεια σας, $first_name,

$acquaintance Είδα την αγγελία σας για $the_role για λογαριασμό της εταιρείας $client:
$link

$offer Θα μπορούσατε να με φέρετε σε επαφή με την εταιρεία $client ή να προωθήσετε τα \
στοιχεία μου; Μπορώ να σας στείλω πρώτα ένα σύντομο βιογραφικό ή portfolio.

Με εκτίμηση,
$your_name
""",
    the_role="τη θέση {}".format,
    open_roles="ανοιχτές θέσεις",
    your_team="εταιρεία σας",
    your_client="του πελάτη σας",
    client_of="εταιρεία που εκπροσωπεί η {}".format,
    company_named="εταιρεία {}".format,
    recruiter_request=(
        "Ασχολείστε εσείς με αυτή την πρόσληψη; Αν όχι, θα μπορούσατε να προωθήσετε το "
        "παρακάτω μήνυμα στο άτομο που είναι αρμόδιο;"
    ),
    request=(
        "Θα μπορούσατε να προωθήσετε το παρακάτω μήνυμα στο άτομο που κάνει τις προσλήψεις "
        "ή να μου πείτε ποιο είναι;"
    ),
    a_while="Έχουμε καιρό να τα πούμε· τελευταία φορά γράψαμε τον {when}.",
    connected_lately="Έχουμε σύνδεση στο LinkedIn από τον {when}, αλλά δεν έχουμε μιλήσει ακόμα.",
    connected_long=(
        "Έχουμε σύνδεση στο LinkedIn από το {year}, αλλά δεν έχουμε μιλήσει ποτέ απευθείας."
    ),
    follows="Δεν γνωριζόμαστε ακόμα: σας ακολουθώ στο {where}.",
    conjunction="και",
    months=("Ιανουαρίου", "Φεβρουαρίου", "Μαρτίου", "Απριλίου", "Μαΐου", "Ιουνίου",
            "Ιουλίου", "Αυγούστου", "Σεπτεμβρίου", "Οκτωβρίου", "Νοεμβρίου", "Δεκεμβρίου"),
    months_alone=("Ιανουάριο", "Φεβρουάριο", "Μάρτιο", "Απρίλιο", "Μάιο", "Ιούνιο",
                  "Ιούλιο", "Αύγουστο", "Σεπτέμβριο", "Οκτώβριο", "Νοέμβριο", "Δεκέμβριο"),
    dated="{month} του {year}",
    connected_since="σύνδεση στο LinkedIn από τον {when}",
    last_messaged="τελευταίο μήνυμα {date}", in_network="στο δίκτυο επαφών",
    vocative=greek_vocative,
    greets=greek_formal,
)  # fmt: skip
# Vietnamese: "anh/chị" to a loose tie ("bạn" to a friend: `warehouse.intro_informal`),
# as professionals write to someone whose gender and age they do not know: "anh" or
# "chị" alone needs both, "em" makes the user the younger; the user is "tôi", of no
# gender or age; the greeting names the given name, the last word of a Vietnamese name
# ("Nguyễn Văn An" is An: `warehouse.intro_names.first_name`)
VIETNAMESE = Requests(
    default="""\
Chào anh/chị $first_name,

$acquaintance Tôi thấy $company đang tuyển $the_role và muốn được hỗ trợ, vì tôi đang làm \
việc $worker. $request Nếu không tiện thì cũng không sao ạ.

Cảm ơn anh/chị,
$your_name

---
Xin chào, tôi là $your_name. $offer Tôi quan tâm đến $the_role tại $company ($link) và có \
thể gửi CV ngắn hoặc portfolio.
""",
    posted="""\
Chào anh/chị $first_name,

$acquaintance Tôi đã xem tin tuyển dụng $the_role của anh/chị:
$link

$offer Tôi rất muốn được hỗ trợ. Chúng ta có thể trao đổi nhanh qua điện thoại, hoặc tôi \
gửi trước cho anh/chị CV ngắn hay portfolio được không ạ?

Trân trọng,
$your_name
""",
    applied="""\
Chào anh/chị $first_name,

$acquaintance Tôi đã ứng tuyển $the_role tại $company, và một lời giới thiệu từ người \
quen biết đội ngũ sẽ giúp tôi rất nhiều. $request Nếu không tiện thì cũng không sao ạ.

Cảm ơn anh/chị,
$your_name

---
Xin chào, tôi là $your_name. $offer Tôi đã ứng tuyển $the_role tại $company ($link) và \
rất mong được trao đổi thêm.
""",
    applied_posted="""\
Chào anh/chị $first_name,

$acquaintance Tôi đã xem tin tuyển dụng $the_role của anh/chị và đã ứng tuyển:
$link

$offer Chúng ta có thể trao đổi nhanh qua điện thoại về việc này được không ạ?

Trân trọng,
$your_name
""",
    client="""\
Chào anh/chị $first_name,

$acquaintance Tôi đã xem tin tuyển dụng $the_role mà anh/chị đăng cho $client:
$link

$offer Anh/chị có thể kết nối tôi với $client hoặc chuyển thông tin của tôi đến họ được \
không ạ? Tôi có thể gửi trước cho anh/chị CV ngắn hoặc portfolio.

Trân trọng,
$your_name
""",
    the_role="vị trí {}".format,
    open_roles="các vị trí đang tuyển",
    your_team="công ty của anh/chị",
    your_client="khách hàng của anh/chị",
    client_of="một khách hàng của {}".format,
    recruiter_request=(
        "Anh/chị có phụ trách vị trí này không? Nếu không, anh/chị có thể chuyển tin nhắn "
        "bên dưới cho người phụ trách tuyển dụng được không ạ?"
    ),
    request=(
        "Anh/chị có thể chuyển tin nhắn bên dưới cho người phụ trách tuyển dụng, hoặc cho "
        "tôi biết đó là ai được không ạ?"
    ),
    a_while="Đã lâu chúng ta chưa trao đổi; lần cuối là vào {when}.",
    connected_lately="Chúng ta đã kết nối trên LinkedIn từ {when}, nhưng chưa có dịp trò chuyện.",
    connected_long="Chúng ta đã kết nối trên LinkedIn từ năm {year}, nhưng chưa từng trò chuyện.",
    follows="Chúng ta chưa quen nhau: tôi theo dõi anh/chị trên {where}.",
    conjunction="và",
    months=tuple(f"tháng {n}" for n in range(1, 13)),
    dated="{month} năm {year}",  # "tháng 3 năm 2025"
    day_dated="ngày {day} {month} năm {year}",  # "ngày 5 tháng 3 năm 2026"
    connected_since="kết nối trên LinkedIn từ {when}",
    last_messaged="tin nhắn gần nhất {date}", in_network="trong mạng lưới",
)  # fmt: skip
REQUESTS = {
    "en": ENGLISH, "de": GERMAN, "es": SPANISH, "fr": FRENCH, "pt": PORTUGUESE, "it": ITALIAN,
    "nl": DUTCH, "pt-BR": BRAZILIAN, "pl": POLISH, "uk": UKRAINIAN, "ja": JAPANESE,
    "ko": KOREAN, "tr": TURKISH, "id": INDONESIAN, "cs": CZECH, "hu": HUNGARIAN,
    # "zh" is Chinese whose characters `warehouse.intro_chinese` chooses, as "pt" is
    # European Portuguese until `warehouse.intro_portuguese` chooses
    "zh": SIMPLIFIED_CHINESE, "zh-Hans": SIMPLIFIED_CHINESE, "zh-Hant": TRADITIONAL_CHINESE,
    "zh-HK": hong_kong_variant(TRADITIONAL_CHINESE), "ru": RUSSIAN, "ms": MALAY, "el": GREEK,
    "vi": VIETNAMESE,
}  # fmt: skip
