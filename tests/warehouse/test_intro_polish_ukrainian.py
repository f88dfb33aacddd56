"""Drafts in Polish and Ukrainian: chosen by `[intro.contacts]` words of address or
`[intro] language` (Polish also by a posting in it, as German is), written without the
user's gender, greeting by a correct vocative or by the name as written."""

import re
from datetime import UTC, datetime

import pytest

from extractors._errors import ConfigError
from tests.warehouse.intro_facts import intro_facts
from warehouse.intro import draft_language, draft_register, render_intro
from warehouse.intro_informal import INFORMAL
from warehouse.intro_languages import LANGUAGES
from warehouse.intro_requests import POLISH, UKRAINIAN, Requests
from warehouse.intro_settings import IntroSettings
from warehouse.ranking.profile import Profile

TODAY = datetime(2026, 12, 4, tzinfo=UTC)
PROFILE = Profile(
    roles=["data engineer"], skills=["python", "sql"], engagements=["contract"],
    remote_only=True, locations=["PL", "EU"],
)  # fmt: skip


@pytest.mark.parametrize(
    ("word", "language", "register"),
    [
        ("ty", "pl", "informal"), ("Pan", "pl", "formal"), ("Pani", "pl", "formal"),
        ("ти", "uk", "informal"), ("Ви", "uk", "formal"), ("ви", "uk", "formal"),
        ("pl", "pl", None), ("uk ти", "uk", "informal"), ("pl ty", "pl", "informal"),
    ],
)  # fmt: skip
def test_a_polish_or_ukrainian_word_of_address_says_the_language_and_register(
    word: str, language: str, register: str | None
) -> None:
    settings = IntroSettings(contacts={"Marek Nowak": word})
    assert settings.addressed("Marek Nowak") == (language, register)
    assert draft_language(intro_facts("Marek Nowak"), settings)[0] == language


_POLISH_POSTING = (
    "Poszukujemy doświadczonego inżyniera danych do naszego zespołu. Oferujemy pracę "
    "zdalną i umowę B2B."
)


def test_a_polish_posting_is_answered_in_polish_where_the_contact_reads_it() -> None:
    """As a German posting is: its poster, or a contact whose profile says they read it
    (an address in Poland, a "Sp. z o.o."), gets Polish; anyone else English, with a line."""
    posted = intro_facts("Marek Nowak", hiring=True, text=_POLISH_POSTING)
    in_poland = intro_facts("Marek Nowak", text=_POLISH_POSTING, country="PL")
    at_a_spolka = intro_facts(
        "Marek Nowak", text=_POLISH_POSTING, role_at="CTO at Wisła Dane Sp. z o.o."
    )
    for facts in (posted, in_poland, at_a_spolka):
        assert draft_language(facts, IntroSettings())[0] == "pl"
    assert render_intro(in_poland, IntroSettings(name="Ola"), PROFILE, TODAY).startswith(
        "Dzień dobry,"
    )
    assert draft_language(intro_facts("Marek Nowak", text=_POLISH_POSTING), IntroSettings()) == (
        "en",
        "The posting is in Polish, but nothing in Marek's profile says they read it, so this "
        'draft is in English ([intro] language = "pl" writes in Polish).',
    )


@pytest.mark.parametrize("language", ["pl", "uk"])
def test_intro_language_accepts_polish_and_ukrainian(language: str) -> None:
    assert draft_language(intro_facts("Jan"), IntroSettings(language=language))[0] == language


def test_a_refused_language_lists_each_language_once() -> None:
    with pytest.raises(ConfigError) as refused:
        IntroSettings(language="sv")
    assert "'en', 'en'" not in str(refused.value)
    assert "'pl', 'uk'" in str(refused.value)
    with pytest.raises(ConfigError, match=r"neither a language \(en, de, .*pl, uk.*ти or Ви"):
        IntroSettings(contacts={"Jan": "sv"})


@pytest.mark.parametrize(
    ("contact", "greeting"),
    [
        ("Олена Коваленко", "Привіт, Олено!"),
        ("Дмитро Ткаченко", "Привіт, Дмитре!"),
        ("Марко Гнатюк", "Привіт, Марку!"),
        ("Андрій Шевченко", "Привіт, Андрію!"),
        ("Микола Бойко", "Привіт, Миколо!"),
        ("Іван Мельник", "Привіт, Іван!"),  # no regular ending: the name as written
        ("Марія Лисенко", "Привіт, Марія!"),
        ("Olena Shevchuk", "Привіт, Olena!"),  # Latin script: as written
    ],
)
def test_a_ukrainian_greeting_uses_the_vocative_only_where_it_is_regular(
    contact: str, greeting: str
) -> None:
    settings = IntroSettings(name="Jordan", contacts={contact: "ти"})
    draft = render_intro(intro_facts(contact, hiring=True), settings, PROFILE, TODAY)
    assert draft.startswith(greeting + "\n")


def test_a_polish_greeting_says_the_name_as_written() -> None:
    settings = IntroSettings(name="Jordan", contacts={"Marek Nowak": "ty"})
    draft = render_intro(intro_facts("Marek Nowak"), settings, PROFILE, TODAY)
    assert draft.startswith("Cześć, Marek!\n")
    assert "Możesz przekazać wiadomość poniżej" in draft
    assert "\n---\nDzień dobry, nazywam się Jordan." in draft  # the note stays formal


def test_a_formal_polish_draft_names_no_pan_or_pani_and_dates_in_the_genitive() -> None:
    settings = IntroSettings(name="Jordan", contacts={"Anna Kowalska": "Pani"})
    facts = intro_facts("Anna Kowalska", connected=datetime(2026, 3, 10, tzinfo=UTC))
    draft = render_intro(facts, settings, PROFILE, TODAY)
    assert draft.startswith("Dzień dobry,\n\nJesteśmy w kontaktach na LinkedInie od marca 2026")
    assert not re.search(r"\b(?:Pan|Pani|ty|twoj\w*|Cześć)\b", draft)
    assert "Pracuję w modelu B2B w obszarze inżynierii danych: Python i SQL, zdalnie " in draft
    assert "(Polska, UE)" in draft
    assert draft_register(facts, "pl", settings)[0] == "formal"


def test_a_formal_ukrainian_draft_says_vy_and_greets_without_a_name() -> None:
    settings = IntroSettings(name="Jordan", contacts={"Богдан Литвин": "Ви"})
    draft = render_intro(intro_facts("Богдан Литвин", hiring=True), settings, PROFILE, TODAY)
    assert draft.startswith("Добрий день!\n\nБачу Ваше оголошення про набір на посаду Data")
    assert "(Польща, ЄС)" in draft
    assert not re.search(r"(?<!\w)(?:тебе|тобі|твоє|Привіт)(?!\w)", draft)


# what gives the user a gender: Polish past tense and "grateful"; Ukrainian past tense
# singular and "grateful", "glad"
_GENDERED = {
    "pl": r"\w+(?:łem|łam)\b|\b(?:wdzięczn\w*|chciał\w*|mógłby\w*|mogłaby\w*|sam|sama)\b",
    "uk": r"(?<!\w)(?:я\s+\w+(?:в|ла)|вдячн\w*|радий|рада|сам|сама)(?!\w)",
}


def _texts(words: Requests) -> list[str]:
    return [words.default, words.posted, words.applied, words.applied_posted, words.client,
            words.request, words.recruiter_request, words.a_while, words.connected_lately,
            words.connected_long, words.follows]  # fmt: skip


@pytest.mark.parametrize("language", ["pl", "uk"])
def test_no_polish_or_ukrainian_draft_gives_the_user_a_gender(language: str) -> None:
    formal = {"pl": POLISH, "uk": UKRAINIAN}[language]
    replies = LANGUAGES[language]
    for text in [*_texts(formal), *_texts(INFORMAL[language]), replies.formal, replies.informal]:
        assert not re.search(_GENDERED[language], text), (language, text)


def test_the_gender_check_catches_a_gendered_form() -> None:
    assert re.search(_GENDERED["pl"], "Widziałem ogłoszenie")
    assert re.search(_GENDERED["uk"], "я бачила оголошення")
    assert not re.search(_GENDERED["uk"], "Мою заявку вже надіслано")


@pytest.mark.parametrize(
    ("words", "said"),
    [
        ("pl ty", "rekrutacja na stanowisko Data Engineer w firmie, którą reprezentuje "
                  "Talentbridge, i chętnie pomogę"),
        ("uk ти", "набір на посаду Data Engineer у компанії, яку представляє Talentbridge, і "
                  "охоче допоможу"),
    ],
)  # fmt: skip
def test_an_agencys_client_closes_its_clause_with_a_comma(words: str, said: str) -> None:
    settings = IntroSettings(name="Jordan", contacts={"Ewa Lis": words})
    facts = intro_facts(
        "Ewa Lis", company="Talentbridge", text="For our client we hire a data engineer."
    )
    draft = render_intro(facts, settings, PROFILE, TODAY)
    assert said in draft
