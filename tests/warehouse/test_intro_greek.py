"""Drafts in Greek: "εσείς" by default and "εσύ" on request or to an informal ask;
"κύριε" or "κυρία" and the family name in the vocative only where the name's endings say
the gender, else the whole name; a friend's given name in the vocative; no form that
needs the user's gender. Also Chinese family names of two syllables written as one."""

import re
from datetime import UTC, datetime

import pytest

from extractors._language import written_in
from tests.warehouse.intro_facts import intro_facts
from warehouse.intro import draft_language, draft_register, render_intro
from warehouse.intro_languages import LANGUAGES
from warehouse.intro_names import first_name, greek_formal, greek_vocative
from warehouse.intro_settings import IntroSettings
from warehouse.ranking.profile import Profile

TODAY = datetime(2026, 12, 6, tzinfo=UTC)
THESSALONIKI = Profile(
    roles=["ux designer"], skills=["figma", "webflow"], engagements=["freelance"],
    remote_only=True, locations=["GR", "EU"],
)  # fmt: skip
EL = IntroSettings(name="Ioanna", language="el")
# the user's gender: an adjective or participle of theirs
_GENDERED = re.compile(
    r"(?<!\w)(?:διαθέσιμ[οη]ς?|πρόθυμ[οη]ς?|χαρούμεν[οη]ς?|ευχαριστημέν[οη]ς?|έτοιμ[οη]ς?"
    r"|ενδιαφερόμεν[οη]ς?)(?!\w)"
)
GREEK_POST = (
    "Αναζητούμε UX/UI σχεδιαστή για συνεργασία με την ομάδα μας. Η εργασία γίνεται εξ "
    "αποστάσεως. Στείλτε μας το portfolio σας έως τις 20 του μήνα."
)


@pytest.mark.parametrize(
    ("name", "vocative"),
    [
        ("Γιώργος", "Γιώργο"), ("Νίκος", "Νίκο"), ("Στέλιος", "Στέλιο"),
        ("Αλέξανδρος", "Αλέξανδρε"), ("Νικόλαος", "Νικόλαε"), ("Παπαδόπουλος", "Παπαδόπουλε"),
        ("Δημήτρης", "Δημήτρη"), ("Κώστας", "Κώστα"), ("Παντελής", "Παντελή"),
        ("Μαρία", "Μαρία"), ("Άλεξ", "Άλεξ"),
        ("Giorgos", "Giorgos"),  # in Latin letters: as written
        ("ΓΙΩΡΓΟΣ", "ΓΙΩΡΓΟΣ"),  # no written stress: -ο or -ε cannot be told
    ],
)  # fmt: skip
def test_a_greek_name_takes_the_vocative_its_ending_and_stress_say(
    name: str, vocative: str
) -> None:
    assert greek_vocative(name) == vocative


@pytest.mark.parametrize(
    ("contact", "greets"),
    [
        ("Γιώργος Παπαδόπουλος", "κύριε Παπαδόπουλε"),
        ("Νίκος Χριστοδούλου", "κύριε Χριστοδούλου"),  # a Cypriot's family name in -ου
        ("Δρ. Αντώνης Λαμπράκης", "κύριε Λαμπράκη"),
        ("Μαρία Παπαδοπούλου", "κυρία Παπαδοπούλου"),
        ("Ελένη Παπαδάκη", "κυρία Παπαδάκη"),
        ("Άλεξ Κωνσταντίνου", "Άλεξ Κωνσταντίνου"),  # no gender said: the whole name
        ("Alex Konstantinou", "Alex Konstantinou"),
        ("Δημήτρης", "Δημήτρη"),
        ("Σπύρος Κ. Δημητρίου", "κύριε Δημητρίου"),  # a middle initial, the father's
        ("Ευαγγελία Σ. Μαυρίδου", "κυρία Μαυρίδου"),
    ],
)
def test_a_formal_greek_greeting_says_kyrie_or_kyria_only_where_the_name_does(
    contact: str, greets: str
) -> None:
    assert greek_formal(contact) == greets


def test_a_greek_request_says_eseis_and_declines_no_inserted_name() -> None:
    facts = intro_facts("Γιώργος Παπαδόπουλος", connected=datetime(2025, 3, 4, tzinfo=UTC))
    head, note = render_intro(facts, EL, THESSALONIKI, TODAY).split("---")
    assert head.startswith("Γεια σας, κύριε Παπαδόπουλε,\n\nΈχουμε σύνδεση στο LinkedIn από")
    assert "την αγγελία για τη θέση Data Engineer στην εταιρεία Acme" in head
    assert "Θα μπορούσατε να προωθήσετε" in head and "σου" not in head.split()
    assert "Εργάζομαι ως freelancer στον σχεδιασμό, με Figma και Webflow" in note
    assert "εξ αποστάσεως (Ελλάδα, ΕΕ)." in note
    assert not _GENDERED.search(head + note)
    lately = intro_facts("Μαρία Παπαδοπούλου", connected=datetime(2026, 9, 1, tzinfo=UTC))
    draft = render_intro(lately, EL, THESSALONIKI, TODAY)
    assert draft.startswith("Γεια σας, κυρία Παπαδοπούλου,\n\nΈχουμε σύνδεση στο LinkedIn από")
    assert "από τον Σεπτέμβριο του 2026" in draft  # a month alone in the accusative


def test_a_greek_friend_gets_esy_and_the_given_name_in_the_vocative() -> None:
    settings = IntroSettings(name="Ioanna", contacts={"Νίκος Βλάχος": "εσύ"})
    facts = intro_facts("Νίκος Βλάχος", hiring=True)
    assert draft_language(facts, settings, THESSALONIKI)[0] == "el"
    assert draft_register(facts, "el", settings) == (
        "informal",
        'Addressed with "εσύ", as [intro.contacts] says for Νίκος.',
    )
    draft = render_intro(facts, settings, THESSALONIKI, TODAY)
    assert draft.startswith("Γεια σου Νίκο,\n\nΕίδα την αγγελία σου για τη θέση Data Engineer:")
    assert "Να μιλήσουμε λίγο στο τηλέφωνο" in draft and "σας" not in draft.split()
    assert not _GENDERED.search(draft)


def test_a_greek_ask_is_answered_in_its_own_register() -> None:
    informal = "Ξέρεις κάποιον γραφίστα που να κάνει και motion design;"
    facts = intro_facts("Αλέξανδρος Οικονόμου", asked=True, title=informal, text=informal)
    draft = render_intro(facts, EL, THESSALONIKI, TODAY)
    assert draft.startswith("Γεια σου Αλέξανδρε,\n\nΕυχαριστώ για το μήνυμά σου!")
    formal = "Γνωρίζετε κάποιον σχεδιαστή για την εφαρμογή μας;"
    facts = intro_facts("Αλέξανδρος Οικονόμου", asked=True, title=formal, text=formal)
    draft = render_intro(facts, EL, THESSALONIKI, TODAY)
    assert draft.startswith("Γεια σας, κύριε Οικονόμου,\n\nΕυχαριστώ για το μήνυμά σας!")


@pytest.mark.parametrize(
    ("ask", "register"),
    [
        ("Φτιάχνουμε ένα e-shop σε Shopify, ενδιαφέρεσαι;", "informal"),
        ("Είδα ότι είσαι στα δεδομένα, θα με βοηθήσεις;", "informal"),
        ("Έχουμε ένα project σε Django, το αναλαμβάνεις;", "informal"),
        ("Έχουμε ένα project σε Django. Ενδιαφέρεστε;", "formal"),
        ("Καλησπέρα σας, θα σας ενδιέφεραν τέτοιες αναθέσεις;", "formal"),
        ("Καλημέρα, ξερει κανεις κάποιον για React;", "formal"),
        ("Έχετε γραφεία και σε άλλες πόλεις;", "formal"),
    ],
)
def test_a_greek_asks_verb_of_the_second_person_singular_is_informal(
    ask: str, register: str
) -> None:
    assert LANGUAGES["el"].register(ask) == register


def test_a_greek_posting_gets_a_greek_draft_where_the_contact_reads_it() -> None:
    assert written_in(GREEK_POST) == "el"
    assert written_in("Senior Data Engineer at Άλφα Συστήματα. We are hiring remotely.") == "en"
    facts = intro_facts("Σοφία Αθανασίου", country="GR", title="UX/UI Designer", text=GREEK_POST)
    assert draft_language(facts, IntroSettings(), THESSALONIKI) == (
        "el",
        "In Greek: the posting is in Greek, and Σοφία writes their name in it.",
    )
    in_germany = intro_facts("Sofia Athanasiou", country="DE", text=GREEK_POST)
    assert draft_language(in_germany, IntroSettings(), THESSALONIKI)[0] == "en"


@pytest.mark.parametrize(
    ("contact", "greets"),
    [
        ("Ouyang Lei", "Lei"),
        ("Zhuge Liang", "Liang"),  # Liang is a family name too
        ("Situ Wing Yan", "Wing Yan"),
        ("Sima Yan", "Yan"),
        ("Au Yeung Ka Ming", "Ka Ming"),
    ],
)
def test_a_chinese_family_name_of_two_syllables_in_one_word_is_no_given_name(
    contact: str, greets: str
) -> None:
    assert first_name(contact, language="zh-Hans") == greets
    assert first_name("Sima Rahimi", country="IR") == "Sima"  # where Chinese is not written
