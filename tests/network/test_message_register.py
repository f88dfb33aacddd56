"""How the user and a contact address each other in their messages (du or Sie), read
from one-to-one conversations; only the word is kept."""

from __future__ import annotations

import pytest

from extractors.network import linkedin_messages as messages
from extractors.network._register import conversation_register

HEADER = (
    "CONVERSATION ID,CONVERSATION TITLE,FROM,SENDER PROFILE URL,TO,RECIPIENT PROFILE URLS,"
    "DATE,SUBJECT,CONTENT,FOLDER,ATTACHMENTS,IS MESSAGE DRAFT,IS CONVERSATION DRAFT\n"
)
ME = "Pia Nowak,https://www.linkedin.com/in/pia-nowak"
GROUP = (
    '"Pia Nowak, Jan Berg",'
    '"https://www.linkedin.com/in/pia-nowak,https://www.linkedin.com/in/jan-berg"'
)


@pytest.mark.parametrize(
    ("texts", "register"),
    [
        (["Hallo Jan, hast du nächste Woche Zeit für einen Kaffee?"], "informal"),
        (
            ["Guten Tag, könnten Sie mir Ihr Portfolio schicken?", "Danke dir, das hilft!"],
            "informal",
        ),  # Sie until they agreed on du
        (["Vielen Dank für Ihre Nachricht, ich melde mich bei Ihnen."], "formal"),
        (["Das Team ist super. Sie suchen noch Leute für das Projekt."], None),  # they
        (["Salut, tu es dispo jeudi ? Je t'envoie le lien."], "informal"),
        (["Bonjour, je vous remercie pour votre retour."], "formal"),
        (["¿Tú sabes si siguen buscando? Te escribo luego con más detalles."], "informal"),
        (["Le agradezco mucho, ¿usted podría revisar el documento?"], "formal"),
        (["Buongiorno, La ringrazio per il Suo messaggio. Lei è disponibile?"], "formal"),
        (["Ciao, ti mando il link, fammi sapere se ti interessa"], "informal"),
        (["Hoi, heb je tijd voor een kop koffie? Ik stuur je de link."], "informal"),
        (["Geachte heer, hartelijk dank voor uw bericht. Kunt u mij bellen?"], "formal"),
        (["Olá, podes ver isto quando tiveres tempo? Envio-te o link."], "informal"),
        (["Thanks for connecting, happy to chat about data work."], None),
        (["Je suis disponible la semaine prochaine pour en parler."], None),  # French "je"
    ],
)
def test_a_conversation_says_how_the_two_address_each_other(
    texts: list[str], register: str | None
) -> None:
    assert conversation_register(texts) == register


def _row(conversation: str, sender: str, recipient: str, day: int, text: str) -> str:
    date = f"2026-05-{day:02d} 09:00:00 UTC"
    return f'{conversation},,{sender},{recipient},{date},,"{text}",INBOX,,No,No\n'


def test_a_contact_keeps_the_register_of_their_one_to_one_talk_never_its_words() -> None:
    jan = "Jan Berg,https://www.linkedin.com/in/jan-berg"
    eva = "Eva Roth,https://www.linkedin.com/in/eva-roth"
    data = HEADER + "".join(
        (
            _row("c1", ME, jan, 1, "Hallo Jan, hast du morgen Zeit für einen Anruf?"),
            _row("c1", jan, ME, 2, "Klar, gerne um zehn."),
            # a group: "Sie" may speak to everyone, and says nothing of Eva
            _row("c2", eva, GROUP, 3, "Können Sie beide mir die Unterlagen schicken?"),
            _row("c3", eva, ME, 4, "Danke für das Gespräch, bis bald."),
        )
    )  # fmt: skip
    contacts = {c.handle: c for c in messages.read(data.encode(), "messages.csv")}
    assert contacts["jan-berg"].register == "informal"
    assert contacts["eva-roth"].register is None
    assert "Zeit" not in repr(contacts)
