"""The drafts of `warehouse.intro_requests` to a contact the user writes "du" to (tu,
tú, tu, tu, je, ty, ти, sen, kamu, ty, te, 你): a friend, an old colleague, anyone the messages
show they address informally. Only what addresses the contact changes; the note below a
request is for someone the user does not know, and stays formal.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from warehouse.intro_hong_kong import hong_kong_variant
from warehouse.intro_names import hungarian_given
from warehouse.intro_requests import (
    CZECH,
    DUTCH,
    FRENCH,
    GERMAN,
    GREEK,
    HUNGARIAN,
    INDONESIAN,
    ITALIAN,
    JAPANESE,
    MALAY,
    POLISH,
    PORTUGUESE,
    RUSSIAN,
    SIMPLIFIED_CHINESE,
    SPANISH,
    TRADITIONAL_CHINESE,
    TURKISH,
    UKRAINIAN,
    VIETNAMESE,
    Requests,
)


def _to_a_friend(polish: str) -> str:
    """A formal Polish request as to a friend: greeted by name, thanked plainly."""
    for formal, friendly in (
        ("Dzień dobry,", "Cześć, $first_name!"),
        ("Jeśli to niemożliwe, nic nie szkodzi.", "Jeśli się nie da, nic nie szkodzi."),
        ("Z góry dziękuję i pozdrawiam,", "Dzięki z góry!"),
    ):
        polish = polish.replace(formal, friendly, 1)
    return polish


INFORMAL = {
    "de": replace(
        GERMAN,
        posted="""\
Hallo $first_name,

$acquaintance Ich habe gesehen, dass du $the_role ausgeschrieben hast:
$link

$offer Ich würde dich gern unterstützen. Wollen wir kurz telefonieren, oder soll ich \
dir vorher einen kurzen Lebenslauf oder ein Portfolio schicken?

Viele Grüße
$your_name
""",
        applied_posted="""\
Hallo $first_name,

$acquaintance Ich habe gesehen, dass du $the_role ausgeschrieben hast, und mich \
darauf beworben:
$link

$offer Wollen wir kurz darüber telefonieren?

Viele Grüße
$your_name
""",
        client="""\
Hallo $first_name,

$acquaintance Ich habe gesehen, dass du $the_role für $client ausgeschrieben hast:
$link

$offer Könntest du mich vorstellen oder meine Kontaktdaten an $client weitergeben? \
Gern schicke ich dir vorher einen kurzen Lebenslauf oder ein Portfolio.

Viele Grüße
$your_name
""",
        your_team="deinem Team",
        your_client="deinen Kunden",
        recruiter_request=(
            "Bist du dafür die richtige Ansprechperson, oder könntest du die Nachricht unten "
            "an die zuständige Person weiterleiten?"
        ),
        request=(
            "Würdest du die Nachricht unten an die Person weiterleiten, die die Stelle "
            "besetzt, oder mir sagen, wer das ist?"
        ),
        follows="Wir kennen uns noch nicht persönlich: Ich folge dir auf {where}.",
    ),
    "fr": replace(
        FRENCH,
        default=FRENCH.default.replace("Bonjour $first_name,", "Salut $first_name,", 1),
        applied=FRENCH.applied.replace("Bonjour $first_name,", "Salut $first_name,", 1),
        posted="""\
Salut $first_name,

$acquaintance J'ai vu ton annonce pour $the_role :
$link

$offer Je peux tout à fait t'aider. On s'appelle rapidement, ou tu préfères que je \
t'envoie d'abord un CV court ou un portfolio ?

À bientôt,
$your_name
""",
        applied_posted="""\
Salut $first_name,

$acquaintance J'ai vu ton annonce pour $the_role et j'ai postulé :
$link

$offer On s'appelle rapidement pour en parler ?

À bientôt,
$your_name
""",
        client="""\
Salut $first_name,

$acquaintance J'ai vu ton annonce concernant $the_role chez $client :
$link

$offer Pourrais-tu me mettre en relation avec $client, ou lui transmettre mes \
coordonnées ? Je peux t'envoyer d'abord un CV court ou un portfolio.

À bientôt,
$your_name
""",
        your_team="ton équipe",
        your_client="ton client",
        recruiter_request=(
            "Est-ce toi qui t'en occupes, ou pourrais-tu transmettre le message ci-dessous "
            "à la bonne personne ?"
        ),
        request=(
            "Pourrais-tu transmettre le message ci-dessous à la personne qui recrute, ou me "
            "dire de qui il s'agit ?"
        ),
        follows="On ne se connaît pas encore : je te suis sur {where}.",
    ),
    "es": replace(
        SPANISH,
        default=SPANISH.default.replace("no se preocupe", "no te preocupes", 1),
        applied=SPANISH.applied.replace("le agradecería", "te agradecería", 1).replace(
            "no se preocupe", "no te preocupes", 1
        ),
        posted="""\
Hola, $first_name:

$acquaintance He visto tu anuncio para $the_role:
$link

$offer Me encantaría ayudar. ¿Hablamos un momento por teléfono, o prefieres que te \
envíe antes un CV breve o un portafolio?

Un saludo,
$your_name
""",
        applied_posted="""\
Hola, $first_name:

$acquaintance He visto tu anuncio para $the_role y he enviado mi candidatura:
$link

$offer ¿Hablamos un momento por teléfono?

Un saludo,
$your_name
""",
        client="""\
Hola, $first_name:

$acquaintance He visto tu anuncio para $the_role en $client:
$link

$offer ¿Podrías presentarme a $client o pasarle mis datos? Puedo enviarte antes un CV \
breve o un portafolio.

Un saludo,
$your_name
""",
        your_team="tu equipo",
        your_client="tu cliente",
        recruiter_request=(
            "¿Eres tú la persona indicada, o podrías reenviar la nota de abajo a quien lo sea?"
        ),
        request=(
            "¿Podrías reenviar la nota de abajo a quien se encargue de la contratación, o "
            "decirme quién es?"
        ),
        follows="Aún no nos conocemos: te sigo en {where}.",
    ),
    "pt": replace(
        PORTUGUESE,
        posted="""\
Olá $first_name,

$acquaintance Vi a tua publicação sobre $the_role:
$link

$offer Posso ajudar com isso. Falamos rapidamente por telefone, ou preferes que te \
envie antes um CV curto ou um portfólio?

Abraço,
$your_name
""",
        applied_posted="""\
Olá $first_name,

$acquaintance Vi a tua publicação sobre $the_role e enviei a minha candidatura:
$link

$offer Falamos rapidamente por telefone?

Abraço,
$your_name
""",
        client="""\
Olá $first_name,

$acquaintance Vi a tua publicação sobre $the_role para $client:
$link

$offer Podias pôr-me em contacto com $client, ou passar os meus contactos? Posso \
enviar-te antes um CV curto ou um portfólio.

Abraço,
$your_name
""",
        your_team="a tua equipa",
        your_client="o teu cliente",
        recruiter_request=(
            "És a pessoa certa para isto, ou podias reencaminhar a nota abaixo a quem for?"
        ),
        request="Podias reencaminhar a nota abaixo a quem está a contratar, ou dizer-me quem é?",
        follows="Ainda não nos conhecemos: sigo o teu trabalho no {where}.",
    ),
    "it": replace(
        ITALIAN,
        default=ITALIAN.default.replace("Buongiorno $first_name,", "Ciao $first_name,", 1),
        applied=ITALIAN.applied.replace("Buongiorno $first_name,", "Ciao $first_name,", 1),
        posted="""\
Ciao $first_name,

$acquaintance Ho visto il tuo annuncio per $the_role:
$link

$offer Sarei felice di aiutare. Ci sentiamo al telefono, o preferisci che ti mandi \
prima un breve CV o un portfolio?

A presto,
$your_name
""",
        applied_posted="""\
Ciao $first_name,

$acquaintance Ho visto il tuo annuncio per $the_role e ho inviato la mia candidatura:
$link

$offer Ci sentiamo al telefono?

A presto,
$your_name
""",
        client="""\
Ciao $first_name,

$acquaintance Ho visto il tuo annuncio per $the_role presso $client:
$link

$offer Potresti mettermi in contatto con $client, o inoltrare i miei dati? Posso \
mandarti prima un breve CV o un portfolio.

A presto,
$your_name
""",
        your_team="il tuo team",
        your_client="il tuo cliente",
        recruiter_request=(
            "Sei tu la persona giusta, o potresti inoltrare il messaggio qui sotto a chi se "
            "ne occupa?"
        ),
        request=(
            "Potresti inoltrare il messaggio qui sotto a chi si occupa della selezione, o "
            "dirmi chi è?"
        ),
        follows="Non ci conosciamo ancora: ti seguo su {where}.",
    ),
    "nl": replace(
        DUTCH,
        default=DUTCH.default.replace("Beste $first_name,", "Hoi $first_name,", 1),
        applied=DUTCH.applied.replace("Beste $first_name,", "Hoi $first_name,", 1),
        posted="""\
Hoi $first_name,

$acquaintance Ik zag je vacature voor $the_role:
$link

$offer Ik help graag. Zullen we even bellen, of stuur ik je eerst een kort cv of \
portfolio?

Groeten,
$your_name
""",
        applied_posted="""\
Hoi $first_name,

$acquaintance Ik zag je vacature voor $the_role en heb gesolliciteerd:
$link

$offer Zullen we er even over bellen?

Groeten,
$your_name
""",
        client="""\
Hoi $first_name,

$acquaintance Ik zag je vacature voor $the_role bij $client:
$link

$offer Zou je mij in contact kunnen brengen met $client, of mijn gegevens willen \
doorgeven? Ik stuur je graag eerst een kort cv of portfolio.

Groeten,
$your_name
""",
        your_team="je team",
        your_client="je klant",
        recruiter_request=(
            "Ben jij daarvoor de juiste persoon, of wil je het bericht hieronder doorsturen "
            "naar wie dat is?"
        ),
        request=(
            "Zou je het bericht hieronder willen doorsturen naar degene die de vacature "
            "heeft, of mij laten weten wie dat is?"
        ),
        follows="We kennen elkaar nog niet: ik volg je op {where}.",
    ),
    "pl": replace(
        POLISH,
        default=_to_a_friend(POLISH.default),
        applied=_to_a_friend(POLISH.applied),
        posted="""\
Cześć, $first_name!

$acquaintance Widzę, że szukasz kogoś na $the_role:
$link

$offer Chętnie pomogę. Zdzwonimy się na chwilę, czy najpierw podesłać ci krótkie CV \
albo portfolio?

Pozdrawiam,
$your_name
""",
        applied_posted="""\
Cześć, $first_name!

$acquaintance Widzę, że szukasz kogoś na $the_role; moje zgłoszenie jest już wysłane:
$link

$offer Zdzwonimy się na chwilę, żeby o tym pogadać?

Pozdrawiam,
$your_name
""",
        client="""\
Cześć, $first_name!

$acquaintance Widzę twoje ogłoszenie o rekrutacji na $the_role dla $client:
$link

$offer Możesz przekazać moje dane do $client albo nas ze sobą skontaktować? Chętnie \
najpierw podeślę ci krótkie CV albo portfolio.

Pozdrawiam,
$your_name
""",
        your_team="twoim zespole",
        your_client="twojego klienta",
        recruiter_request=(
            "Czy to ty się tym zajmujesz, czy możesz przekazać wiadomość poniżej właściwej osobie?"
        ),
        request=(
            "Możesz przekazać wiadomość poniżej osobie, która prowadzi rekrutację, albo dać "
            "mi znać, kto to jest?"
        ),
        follows="Nie znamy się jeszcze osobiście: obserwuję cię w serwisie {where}.",
    ),
    "uk": replace(
        UKRAINIAN,
        default=UKRAINIAN.default.replace("Добрий день!", "Привіт, $first_name!", 1).replace(
            "Заздалегідь дякую!", "Дякую наперед!", 1
        ),
        applied=UKRAINIAN.applied.replace("Добрий день!", "Привіт, $first_name!", 1).replace(
            "Заздалегідь дякую!", "Дякую наперед!", 1
        ),
        posted="""\
Привіт, $first_name!

$acquaintance Бачу твоє оголошення про набір на $the_role:
$link

$offer Охоче допоможу. Може, коротко зідзвонимося, чи спершу надіслати тобі коротке \
резюме або портфоліо?

До зв’язку,
$your_name
""",
        applied_posted="""\
Привіт, $first_name!

$acquaintance Бачу твоє оголошення про набір на $the_role; мою заявку вже надіслано:
$link

$offer Може, коротко зідзвонимося про це?

До зв’язку,
$your_name
""",
        client="""\
Привіт, $first_name!

$acquaintance Бачу твоє оголошення про набір на $the_role для $client:
$link

$offer Можеш познайомити мене з представником $client або передати мої контакти? \
Охоче спершу надішлю тобі коротке резюме або портфоліо.

До зв’язку,
$your_name
""",
        your_team="твоїй команді",
        your_client="твого клієнта",
        recruiter_request=(
            "Це ти займаєшся цим набором, чи можеш передати повідомлення нижче людині, яка "
            "за нього відповідає?"
        ),
        request=(
            "Можеш переслати повідомлення нижче тому, хто займається набором, або підказати, "
            "хто це?"
        ),
        follows="Ми ще не знайомі: я стежу за тобою в {where}.",
    ),
}
# to someone the user writes to, Japanese says さん where a cold mail says 様; the rest
# stays 丁寧語, as to a former colleague
INFORMAL["ja"] = replace(
    JAPANESE,
    **{
        kind: getattr(JAPANESE, kind).replace("$first_name様", "$first_nameさん")
        for kind in ("default", "posted", "applied", "applied_posted", "client")
    },
)
# the fields of a draft that address the contact; the note below a request stays formal
_ADDRESSING = ("default", "posted", "applied", "applied_posted", "client", "recruiter_request",
               "request", "follows", "your_team", "your_client")  # fmt: skip


def _as_to_a_friend(requests: Requests, pairs: tuple[tuple[str, str], ...]) -> Requests:
    """`requests` as to a friend: each formal word of `pairs` in turn replaced by the
    friendly one, in what addresses the contact, up to the note below a request."""

    def friendly(text: str) -> str:
        head, rule, note = text.partition("\n---\n")
        for formal, informal in pairs:
            head = head.replace(formal, informal)
        return head + rule + note

    changed: dict[str, Any] = {kind: friendly(getattr(requests, kind)) for kind in _ADDRESSING}
    return replace(requests, **changed)


# to a friend, Turkish says "sen" where a loose tie gets "siz": the second person
# plural's endings and pronouns, and a warmer sign-off
INFORMAL["tr"] = _as_to_a_friend(TURKISH, (
    ("misiniz", "misin"), ("ilanınızı", "ilanını"), ("verdiğiniz", "verdiğin"),
    ("sizi", "seni"), ("siz misin?", "sen misin?"), ("Değilseniz", "Değilsen"),
    ("müşteriniz", "müşterin"), ("ekibiniz", "ekibin"), ("Saygılarımla,", "Sevgiler,"),
))  # fmt: skip
# Indonesian says "kamu" to a friend where a loose tie gets "Anda", and thanks plainly
INFORMAL["id"] = _as_to_a_friend(INDONESIAN, (
    ("Anda", "kamu"), ("Jika tidak memungkinkan,", "Kalau tidak bisa,"),
    ("Terima kasih,", "Makasih banyak,"),
))  # fmt: skip
# Czech tykání: "ty" and its verbs where vykání says "Vy", greeted "Ahoj," (no name: the
# vocative, `warehouse.intro_requests.CZECH`), the requests still impersonal ("Šlo by
# ...?", not "Mohl/Mohla bys", which would need the contact's gender)
INFORMAL["cs"] = _as_to_a_friend(CZECH, (
    ("Dobrý den,", "Ahoj,"), ("Váš inzerát", "tvůj inzerát"), ("nebo Vám mám", "nebo ti mám"),
    ("Předem děkuji a zdravím", "Předem díky a měj se"), ("S pozdravem", "Měj se"),
    ("Máte tento nábor", "Máš tenhle nábor"), ("Bylo by možné", "Šlo by"),
    ("bylo by možné", "šlo by"), ("Pokud to nepůjde,", "Kdyby to nešlo,"),
    ("Váš profil", "tvůj profil"), ("Vašeho klienta", "tvého klienta"), ("Vás", "vás"),
))  # fmt: skip
# Hungarian tegezés to a friend: "te" and its verbs where magázás says "Ön", greeted
# "Szia" with the given name where the name's order shows it ("Szia Anna!"), else alone
INFORMAL["hu"] = replace(
    _as_to_a_friend(HUNGARIAN, (
        ("Kedves $first_name!", "Szia $first_name!"), ("Előre is köszönöm, üdvözlettel:",
        "Előre is köszi,"), ("Üdvözlettel:", "Üdv,"), ("hirdetését", "hirdetésedet"),
        ("amelyben munkatársat keres ", "amelyben munkatársat keresel "),
        ("számára keres munkatársat", "számára keresel munkatársat"),
        ("Össze tudna kötni", "Össze tudnál kötni"), ("továbbítaná", "továbbítanád"),
        ("Továbbítaná", "Továbbítanád"), ("megírná", "megírnád"), ("ügyfele", "ügyfeled"),
        ("az Ön csapata", "a csapatod"), ("Ön foglalkozik", "Te foglalkozol"),
        ("követem Önt", "követlek"),
    )),
    greets=hungarian_given,
)  # fmt: skip
# Chinese says 你 to a friend where a loose tie gets 您, and "你們公司" for 貴公司
INFORMAL["zh-Hant"] = _as_to_a_friend(TRADITIONAL_CHINESE, (("貴公司", "你們公司"), ("您", "你")))
INFORMAL["zh-Hans"] = _as_to_a_friend(SIMPLIFIED_CHINESE, (("贵公司", "你们公司"), ("您", "你")))
INFORMAL["zh-HK"] = hong_kong_variant(INFORMAL["zh-Hant"])
# Russian "ты" to a friend where a loose tie gets "Вы", greeted "Привет" and the first
# name alone (not the patronymic: `warehouse.intro_names.russian_formal`)
INFORMAL["ru"] = replace(
    _as_to_a_friend(RUSSIAN, (
        ("Здравствуйте, $first_name!", "Привет, $first_name!"), ("Вижу Ваше", "Вижу твоё"),
        ("Можем коротко поговорить об этом по телефону?", "Может, коротко созвонимся об этом?"),
        ("Можем коротко поговорить по телефону, или", "Может, коротко созвонимся, или"),
        ("Не могли бы Вы", "Можешь"), ("не могли бы Вы", "можешь"),
        ("Вы занимаетесь", "Ты занимаешься"), ("Вам", "тебе"), ("Вашего", "твоего"),
        ("Вашей", "твоей"), ("Вашими", "твоими"), ("С уважением,", "До связи,"),
        ("Заранее спасибо!", "Спасибо заранее!"),
    )),
    greets=None,
)  # fmt: skip
# Malay "awak" to a friend where a loose tie gets "anda", greeted "Hai" and the given name
# alone (no "Encik" or "Puan"), thanked plainly
INFORMAL["ms"] = replace(
    _as_to_a_friend(MALAY, (
        ("Salam sejahtera $first_name,", "Hai $first_name,"), ("anda", "awak"),
        ("Jika tidak dapat, tidak mengapa.", "Kalau tak boleh, tak apa."),
        ("Salam hormat,", "Salam,"), ("Terima kasih,", "Terima kasih banyak,"),
    )),
    greets=None,
)  # fmt: skip
# Greek "εσύ" to a friend where a loose tie gets "εσείς", greeted "Γεια σου" and the
# given name in the vocative ("Γεια σου Γιώργο,": no "κύριε", no family name)
INFORMAL["el"] = replace(
    _as_to_a_friend(GREEK, (
        ("Γεια σας, $first_name,", "Γεια σου $first_name,"), ("αγγελία σας", "αγγελία σου"),
        ("Θα μπορούσαμε να μιλήσουμε σύντομα στο τηλέφωνο", "Να μιλήσουμε λίγο στο τηλέφωνο"),
        ("να σας στείλω", "να σου στείλω"), ("Θα μπορούσατε να με φέρετε", "Μπορείς να με φέρεις"),
        ("να προωθήσετε", "να προωθήσεις"), ("Ασχολείστε εσείς", "Ασχολείσαι εσύ"),
        ("Θα μπορούσατε να προωθήσεις", "Μπορείς να προωθήσεις"),
        ("θα μπορούσατε να προωθήσεις", "μπορείς να προωθήσεις"), ("να μου πείτε", "να μου πεις"),
        ("σας ακολουθώ", "σε ακολουθώ"), ("εταιρεία σας", "εταιρεία σου"),
        ("πελάτη σας", "πελάτη σου"), ("Με εκτίμηση,", "Τα λέμε,"),
        ("Ευχαριστώ εκ των προτέρων,", "Ευχαριστώ πολύ,"),
    )),
    greets=None,
)  # fmt: skip
# Vietnamese "bạn" to a friend where a loose tie gets "anh/chị", and a warmer sign-off
INFORMAL["vi"] = _as_to_a_friend(VIETNAMESE, (
    ("Anh/chị", "Bạn"), ("anh/chị", "bạn"), ("Trân trọng,", "Thân mến,"),
    ("Cảm ơn bạn,", "Cảm ơn bạn nhiều,"), (" ạ?", "?"), (" ạ.", "."),
))  # fmt: skip
