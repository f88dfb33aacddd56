"""How the user and a contact address each other in their messages (du or Sie), read
from one-to-one conversations; only the word is kept."""

from __future__ import annotations

import pytest

from extractors.network import linkedin_messages as messages
from extractors.network._register import conversation_register, conversation_voice

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
        # a single chat line: its greeting and first person say the language
        (["Morgen Frau Keller, darf ich Ihnen mein Angebot kurz zeigen? Danke"], "formal"),
        (["Hoi Sanne, leuk dat je kwam! Bel ik je morgen even?"], "informal"),
        (["Ciao Giulia, ti va un caffè domani? Grazie!"], "informal"),
        # an Italian "tu" no pronoun names: the greeting, an imperative of "tu"
        (["Ciao Marco, grazie ancora per il workshop di ieri, utilissimo!"], "informal"),
        (["Grazie a te! Figurati, è stato un piacere."], "informal"),
        (["Gentile Dott.ssa Colombo, grazie per il messaggio. Sono disponibile lunedì."], "formal"),
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


def test_the_users_own_word_to_someone_who_never_answered_is_kept_without_a_tie() -> None:
    """A cold message is no tie, but the "du" the user chose is how they address them."""
    mara = "Mara Lind,https://www.linkedin.com/in/mara-lind"
    olaf = "Olaf Beck,https://www.linkedin.com/in/olaf-beck"
    noah = "Noah Fink,https://www.linkedin.com/in/noah-fink"
    jan = "Jan Berg,https://www.linkedin.com/in/jan-berg"
    data = HEADER + "".join(
        (
            _row("c1", ME, mara, 1, "Hi Mara, hast du kurz Zeit? Ich würde dir gern was zeigen."),
            _row("c2", ME, olaf, 2, "Hello Olaf, thanks for connecting!"),  # its language only
            _row("c3", ME, noah, 3, "Sehr geehrter Herr Fink, darf ich Ihnen mein Profil senden?"),
            _row("c4", jan, ME, 4, "Danke für das Gespräch, bis bald."),
            _row("c4", ME, jan, 5, "Gerne, bis bald!"),
        )
    )  # fmt: skip
    contacts = {c.handle: c for c in messages.read(data.encode(), "messages.csv")}
    assert (contacts["mara-lind"].tie, contacts["mara-lind"].register) == ("wrote", "informal")
    assert contacts["mara-lind"].name == "Mara Lind"
    assert (contacts["noah-fink"].tie, contacts["noah-fink"].register) == ("wrote", "formal")
    olaf_record = contacts["olaf-beck"]
    assert (olaf_record.tie, olaf_record.register, olaf_record.language) == ("wrote", None, "en")
    assert contacts["mara-lind"].language == "de"
    assert contacts["jan-berg"].tie == "message"


@pytest.mark.parametrize(
    ("texts", "language", "register"),
    [
        (["Coucou Inès ! Ça te dit un déj ?", "Carrément, mardi ça te va ?"], "fr", "informal"),
        (["Bonjour, merci pour l'invitation !", "Avec plaisir, bonne journée"], "fr", None),
        (["Hi Tom, great to meet you at the meetup!", "Thanks, see you soon."], "en", None),
        (["Hi Paul, see you at the TU Delft event?", "Yes, I will be there."], "en", None),
        (["Gerne, bis Freitag!", "Klar, ich melde mich bei dir."], "de", "informal"),
    ],
)
def test_a_conversation_keeps_its_language_with_or_without_a_register(
    texts: list[str], language: str, register: str | None
) -> None:
    voice = conversation_voice(texts)
    assert voice is not None
    assert (voice.language, voice.register) == (language, register)


@pytest.mark.parametrize(
    "texts", [["Thanks!"], ["👍"], ["Hey, thanks for the intro!", "De rien, avec plaisir"]]
)
def test_a_conversation_too_short_or_of_two_languages_says_none(texts: list[str]) -> None:
    assert conversation_voice(texts) is None


@pytest.mark.parametrize(
    ("texts", "mine", "register"),
    [
        # the user writes "du", a younger contact "Sie": the draft is in the user's voice
        (["Hallo Tim, hast du Zeit?", "Gern, wann passt es Ihnen?"], [True, False], "informal"),
        (["Guten Tag, darf ich Ihnen schreiben?", "Klar, schreib mir!"], [True, False], "formal"),
        (["Bonjour, je vous écris au sujet du projet.", "Salut, tu es dispo ?"], [True, False],
         "formal"),
        # the user's words show none: the contact's stand
        (["Merci !", "Bonjour, pourriez-vous m'envoyer votre devis ?"], [True, False], "formal"),
        # the contact offers the informal you after the user's formal one
        (["Bonjour, avez-vous reçu mon devis ?", "Oui merci ! On se tutoie ?"], [True, False],
         "informal"),
        (["Guten Tag, darf ich Ihnen mein Profil senden?", "Gerne, und sag ruhig du."],
         [True, False], "informal"),
        (["Buongiorno, Le scrivo per il progetto.", "Ciao! Diamoci del tu, grazie."],
         [True, False], "informal"),
        # "du" in a contact's sentence that offers nothing does not outweigh the user
        (["Guten Tag, darf ich Ihnen schreiben?", "Hast du die Unterlagen?"], [True, False],
         "formal"),
    ],
)  # fmt: skip
def test_the_users_own_word_outweighs_the_contacts(
    texts: list[str], mine: list[bool], register: str
) -> None:
    voice = conversation_voice(texts, mine)
    assert voice is not None and voice.register == register


def test_a_linkedin_contact_is_addressed_as_the_user_writes_to_them() -> None:
    lena = "Lena Wolf,https://www.linkedin.com/in/lena-wolf"
    data = HEADER + "".join(
        (
            _row("c1", ME, lena, 1, "Hallo Lena, hast du morgen Zeit? Ich schicke dir den Link."),
            _row("c1", lena, ME, 2, "Sehr gern, Frau Nowak, ich melde mich bei Ihnen."),
        )
    )  # fmt: skip
    contacts = {c.handle: c for c in messages.read(data.encode(), "messages.csv")}
    assert (contacts["lena-wolf"].register, contacts["lena-wolf"].language) == ("informal", "de")


def test_a_conversation_in_japanese_says_japanese_and_no_register() -> None:
    texts = [
        "先日はありがとうございました。また近いうちにお茶でもしましょう。",
        "ぜひ！来週はいかがですか？",
    ]
    voice = conversation_voice(texts)
    assert voice is not None and (voice.language, voice.register) == ("ja", None)
    english = conversation_voice(
        ["Thanks, see you at メルカリ tomorrow for the meetup with the team!"]
    )
    assert english is None or english.language != "ja"  # a company's katakana is no Japanese


@pytest.mark.parametrize(
    ("texts", "mine", "voice"),
    [
        (["Hej Ola! Masz czas w piątek? Pokażę ci nowy szkic.", "Pewnie, pisz"],
         [True, False], ("pl", "informal")),
        (["Dzień dobry, czy mogłaby Pani odesłać podpisaną umowę?", "Oczywiście, jutro."],
         [True, False], ("pl", "formal")),
        # "państwo" in lower case is the state, not Państwo
        (["Dotację daje państwo, więc termin jest sztywny. Dzięki za info!"], [False],
         ("pl", None)),
        (["Dzień dobry, czy może Pan zerknąć na wycenę?",
          "Jasne, przejdźmy na ty. Zerknę jutro i ci odpiszę."], [True, False],
         ("pl", "informal")),  # the contact offers "ty"
        (["Čau Lído, máš zítra chvilku? Chtěla bych tě poprosit o radu."], [True],
         ("cs", "informal")),
        (["Dobrý den, posílám Vám návrh smlouvy. Můžete se na něj podívat?"], [True],
         ("cs", "formal")),
        (["Dobrý den, můžete mi poslat fakturu?", "Klidně mi tykej. Pošlu ti ji dnes."],
         [True, False], ("cs", "informal")),
        (["Děkuji, zní to dobře. S pozdravem"], [True], ("cs", None)),
    ],
)  # fmt: skip
def test_a_polish_or_czech_conversation_says_ty_or_the_formal_you(
    texts: list[str], mine: list[bool], voice: tuple[str, str | None]
) -> None:
    found = conversation_voice(texts, mine)
    assert found is not None and (found.language, found.register) == voice
