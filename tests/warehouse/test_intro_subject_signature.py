"""What frames a draft: the subject line of one that goes by e-mail (an address book's
contact), and the user's signature under the sign-off and the note to forward."""

from datetime import UTC, datetime

import pytest

from tests.warehouse.intro_facts import intro_facts
from warehouse.intro import by_email, render_intro
from warehouse.intro_settings import IntroSettings
from warehouse.intro_subjects import SUBJECTS, subject
from warehouse.ranking.profile import Profile

TODAY = datetime(2026, 12, 4, tzinfo=UTC)
PROFILE = Profile(roles=("data engineer",), skills=("python",))


@pytest.mark.parametrize(
    ("kinds", "asked", "mailed"),
    [
        (("google_contacts:contact",), False, True),
        (("vcard:contact", "google_contacts:contact"), False, True),
        (("vcard:contact", "linkedin:connection"), False, False),  # messaged on LinkedIn
        (("mastodon:following",), False, False),
        ((), False, False),
        (("vcard:contact",), True, False),  # a reply keeps its thread's subject
    ],
)
def test_a_contact_known_only_from_an_address_book_is_written_to_by_email(
    kinds: tuple[str, ...], asked: bool, mailed: bool
) -> None:
    assert by_email(intro_facts(ties_kinds=kinds, asked=asked)) is mailed


@pytest.mark.parametrize(
    ("changes", "first_line"),
    [
        ({}, "Subject: Question about the Data Engineer role at Acme"),
        ({"hiring": True}, "Subject: Your post about the Data Engineer role"),
        ({"status": "applied"}, "Subject: My application for the Data Engineer role at Acme"),
        ({"title": "Acme | Berlin | Remote"}, "Subject: Question about the open roles at Acme"),
        ({"company": None}, "Subject: Question about the Data Engineer role"),
    ],
)
def test_an_email_draft_opens_with_a_subject_naming_the_role_as_posted(
    changes: dict[str, object], first_line: str
) -> None:
    facts = intro_facts(ties_kinds=("vcard:contact",), **changes)
    text = render_intro(facts, IntroSettings(name="Sam"), PROFILE, TODAY)
    subject_line, blank, greeting = text.splitlines()[:3]
    assert (subject_line, blank) == (first_line, "")
    assert greeting == "Hi Ana,"


def test_a_message_draft_and_the_users_own_template_have_no_subject() -> None:
    linked = intro_facts(ties_kinds=("linkedin:connection",))
    assert "Subject:" not in render_intro(linked, IntroSettings(name="Sam"), PROFILE, TODAY)
    mailed = intro_facts(ties_kinds=("vcard:contact",))
    own = IntroSettings(name="Sam", template="Hi $first_name, $offer")
    assert render_intro(mailed, own, PROFILE, TODAY).startswith("Hi Ana,")


@pytest.mark.parametrize(
    ("language", "said"),
    [
        ("de", "Frage zur Stelle „Data Engineer“ bei Kestrel GmbH"),
        ("fr", "Question sur le poste « Data Engineer » chez Kestrel GmbH"),
        ("pt-BR", "Sobre a vaga de Data Engineer (Kestrel GmbH)"),
        ("ja", "「Data Engineer」ポジションについてのご相談（Kestrel GmbH）"),
        ("tr", "Kestrel GmbH: Data Engineer pozisyonu hakkında"),
    ],
)
def test_a_subject_is_in_the_drafts_language(language: str, said: str) -> None:
    assert subject(language, "Data Engineer", "Kestrel GmbH", posted=False, applied=False) == said


@pytest.mark.parametrize("language", sorted(SUBJECTS))
def test_every_subject_drops_the_company_where_the_lead_names_none(language: str) -> None:
    for posted in (False, True):
        for role in ("Data Engineer", None):
            said = subject(language, role, "", posted=posted, applied=role is not None)
            assert "{" not in said and "()" not in said and "（）" not in said
            assert not said.startswith(":") and not said.endswith(" ")


def test_a_german_email_draft_has_a_german_subject() -> None:
    facts = intro_facts(
        "Lena Roth", ties_kinds=("vcard:contact",), title="Data Engineer (m/w/d)",
        role_at="Geschäftsführerin at Kestrel GmbH", company="Kestrel GmbH",
        text="Wir suchen einen Data Engineer für unser Team.",
    )  # fmt: skip
    text = render_intro(facts, IntroSettings(name="Sam"), PROFILE, TODAY)
    subject_line = "Subject: Frage zur Stelle „Data Engineer“ bei Kestrel GmbH"
    assert text.startswith(f"{subject_line}\n\nHallo Lena,")


@pytest.mark.parametrize("language", ["en", "de", "ko", "ja"])
def test_the_signature_goes_under_the_sign_off_and_under_the_note(language: str) -> None:
    settings = IntroSettings(
        name="Sam", signature="sam.example · +351 912 000 000\n", language=language
    )
    text = render_intro(intro_facts(), settings, PROFILE, TODAY)
    message, note = text.split("\n---\n")
    *_, sign_off, signature, blank = message.split("\n")
    assert "Sam" in sign_off and (signature, blank) == ("sam.example · +351 912 000 000", "")
    assert note.endswith("\nsam.example · +351 912 000 000\n") and len(note) > 100


def test_no_signature_adds_nothing_and_a_template_places_its_own() -> None:
    plain = render_intro(intro_facts(), IntroSettings(name="Sam"), PROFILE, TODAY)
    assert "Thanks,\nSam\n\n---\n" in plain
    own = IntroSettings(name="Sam", signature="sam.example", template="$your_name\n$signature")
    assert render_intro(intro_facts(), own, PROFILE, TODAY) == "Sam\nsam.example"
