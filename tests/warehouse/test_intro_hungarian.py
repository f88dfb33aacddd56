"""Drafts in Hungarian: "Ön" to a loose tie, greeting the whole name as written ("Kedves
Kovács Anna!", right in either order); "te" to a friend, greeting the given name where
the name's order shows it ("Szia Anna!"), else no name ("Szia!"). A company's or a
role's name takes no case ending or article."""

from datetime import UTC, datetime

import pytest

from tests.warehouse.intro_facts import intro_facts
from warehouse.intro import draft_language, draft_register, render_intro
from warehouse.intro_names import hungarian_given
from warehouse.intro_settings import IntroSettings
from warehouse.ranking.profile import Profile

TODAY = datetime(2026, 12, 6, tzinfo=UTC)
BUDAPEST = Profile(
    roles=["frontend developer"], skills=["react", "typescript"], engagements=["freelance"],
    remote_only=True, locations=["HU", "EU"],
)  # fmt: skip
HU = IntroSettings(name="Tóth Eszter", language="hu")
_POSTING = (
    "Tapasztalt frontend fejlesztőt keresünk csapatunkba. Kínálunk otthoni munkavégzést és "
    "versenyképes fizetést."
)


def test_a_hungarian_request_says_on_to_the_whole_name_as_written() -> None:
    facts = intro_facts("Dr. Kovács Anna", connected=datetime(2022, 3, 1, tzinfo=UTC))
    head, note = render_intro(facts, HU, BUDAPEST, TODAY).split("---")
    assert head.startswith(
        "Kedves Kovács Anna!\n\n2022 óta kapcsolatban vagyunk a LinkedInen, de ez az első "
        "üzenetem. Úgy látom, Acme munkatársat keres Data Engineer pozícióba, és ebben "
        "szívesen segítenék szabadúszóként. Továbbítaná az alábbi üzenetet"
    )
    assert "Előre is köszönöm, üdvözlettel:\nTóth Eszter" in head
    assert note.startswith("\nJó napot kívánok, Tóth Eszter vagyok. Jelenleg szabadúszóként")
    assert "távmunkában (Magyarország, EU)" in note
    western = render_intro(intro_facts("Anna Kovács"), HU, BUDAPEST, TODAY)
    assert western.startswith("Kedves Anna Kovács!\n")


@pytest.mark.parametrize(
    ("contact", "given"),
    [
        ("Kovács Anna", "Anna"),
        ("Anna Kovács", "Anna"),
        ("NAGY PÉTER", "Péter"),
        ("László Sándor", None),  # both are given names: the order is not known
        ("Bence", None),
        ("Varga Bence Máté", None),
    ],
)
def test_a_friend_is_greeted_by_the_given_name_only_where_the_order_shows_it(
    contact: str, given: str | None
) -> None:
    assert hungarian_given(contact) == given


def test_a_hungarian_friend_gets_te_and_the_note_below_stays_formal() -> None:
    facts = intro_facts("Kovács Anna", hiring=True, ties_kinds=("facebook:friend",))
    register, line = draft_register(facts, "hu", HU)
    assert register == "informal" and line.startswith('Addressed with "te":')
    draft = render_intro(facts, HU, BUDAPEST, TODAY)
    assert draft.startswith(
        "Szia Anna!\n\nLáttam a hirdetésedet, amelyben munkatársat keresel Data Engineer pozícióba:"
    )
    assert "Üdv,\nTóth Eszter" in draft and "Ön" not in draft
    unknown = render_intro(intro_facts("László Sándor"), IntroSettings(
        name="Eszter", contacts={"László Sándor": "te"}), BUDAPEST, TODAY)  # fmt: skip
    head, note = unknown.split("---")
    assert head.startswith("Szia!\n") and "Továbbítanád" in head and "Előre is köszi," in head
    assert "Jó napot kívánok, Eszter vagyok." in note


@pytest.mark.parametrize(
    ("words", "said"), [("te", ("hu", "informal")), ("Ön", ("hu", "formal")), ("hu", ("hu", None))]
)
def test_te_and_on_say_hungarian(words: str, said: tuple[str, str | None]) -> None:
    assert IntroSettings(contacts={"Kiss Réka": words}).addressed("Kiss Réka") == said


def test_a_hungarian_posting_is_answered_in_hungarian_where_the_contact_reads_it() -> None:
    posted = intro_facts("Varga Bence", hiring=True, text=_POSTING)
    at_a_kft = intro_facts("Varga Bence", text=_POSTING, role_at="CTO at Pixel Műhely Kft.")
    in_hungary = intro_facts("Varga Bence", text=_POSTING, country="HU")
    for facts in (posted, at_a_kft, in_hungary):
        assert draft_language(facts, IntroSettings())[0] == "hu"
    assert draft_language(intro_facts("Varga Bence", text=_POSTING), IntroSettings())[0] == "en"


def test_a_hungarian_draft_to_no_name_dates_and_subject() -> None:
    facts = intro_facts(
        "Acme Recruiting", last_messaged=datetime(2025, 3, 10, tzinfo=UTC),
        ties_kinds=("google_contacts:contact",),
    )  # fmt: skip
    draft = render_intro(facts, HU, BUDAPEST, TODAY)
    assert draft.startswith(
        "Subject: Kérdés: Data Engineer pozíció (Acme)\n\nJó napot kívánok!\n\n"
        "Régen beszéltünk (legutóbb 2025. március)."
    )


def test_a_hungarian_client_draft_names_the_client_without_a_case_ending() -> None:
    facts = intro_facts(
        "Szabó Gábor", hiring=True, role_at="Recruiter at Fejvadász Kft.", company="Nordlap",
    )  # fmt: skip
    draft = render_intro(facts, HU, BUDAPEST, TODAY)
    assert "amelyben Nordlap számára keres munkatársat Data Engineer pozícióba:" in draft
    assert "Össze tudna kötni Nordlap képviselőjével" in draft
