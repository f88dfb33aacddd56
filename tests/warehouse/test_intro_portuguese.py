"""Brazil's or Portugal's Portuguese: the user's own, else the contact's, else Brazil's."""

from datetime import UTC, datetime

import pytest

from extractors._asks import ask_language
from extractors._language import written_in
from tests.warehouse.intro_facts import intro_facts
from warehouse.intro import IntroFacts, draft_language, render_intro
from warehouse.intro_portuguese import user_variant, written_variant
from warehouse.intro_settings import IntroSettings
from warehouse.ranking.profile import Profile

TODAY = datetime(2026, 12, 4, tzinfo=UTC)
_EUROPEAN = ("a contratar", "falámos", "reencaminhar", "a tempo parcial", "equipa", "contacto")
_BRAZILIAN = ("contratando", "conversamos", "meio período", "equipe", "contato", "você")


def _bia(**changes: object) -> IntroFacts:
    """A Brazilian contact the user has known since 2022, about a job titled in Portuguese."""
    known = {"connected": datetime(2022, 1, 3, tzinfo=UTC), "title": "Analista de Dados"}
    return intro_facts("Bia Lima", **(known | changes))


@pytest.mark.parametrize(
    ("text", "variant"),
    [
        ("Pessoal, alguém indica um dev? Estamos contratando pro nosso time.", "pt-BR"),
        ("Vocês conhecem alguém para meio período, contrato PJ?", "pt-BR"),
        ("Conheces alguém? Estamos a recrutar para a nossa equipa.", "pt"),
        ("Trabalho a tempo inteiro, recibos verdes, fala connosco.", "pt"),
        ("Procuramos um tradutor freelancer.", None),  # both write it
        ("Analista de Dados (Remoto)", None),
    ],
)
def test_the_words_only_one_side_writes_tell_which_portuguese(
    text: str, variant: str | None
) -> None:
    assert written_variant(text) == variant


@pytest.mark.parametrize(
    ("locations", "currency", "variant"),
    [
        (("São Paulo",), "USD", "pt-BR"),
        (("BR", "UTC-3"), "USD", "pt-BR"),
        ((), "BRL", "pt-BR"),
        (("Lisbon",), "EUR", "pt"),
        (("Portugal",), "BRL", "pt"),  # where they live outweighs what they are paid in
        (("Lisbon", "Brazil"), "EUR", None),  # both: the contact decides
        (("EU",), "EUR", None),
        (("MX",), "USD", None),
    ],
)
def test_the_users_profile_says_their_portuguese(
    locations: tuple[str, ...], currency: str, variant: str | None
) -> None:
    found = user_variant(Profile(locations=locations, currency=currency))
    assert (found and found[0]) == variant


def test_a_user_in_brazil_writes_brazils_portuguese_to_anyone() -> None:
    profile = Profile(skills=("python",), engagements=("freelance", "part_time"),
                      locations=("Curitiba, Brazil",))  # fmt: skip
    facts = _bia(country="PT")  # the user's voice outweighs where the contact lives
    language, why = draft_language(facts, IntroSettings(language="pt"), profile)
    assert language == "pt-BR"
    assert why == (
        "In Brazilian Portuguese, as [intro] language says; your [profile] places you in Brazil."
    )
    draft = render_intro(facts, IntroSettings(name="Alex", language="pt"), profile, TODAY)
    assert "está contratando" in draft and "encaminhar a mensagem abaixo" in draft
    assert "meio período" in draft and "nunca conversamos" in draft
    assert not any(word in draft for word in _EUROPEAN)


def test_a_user_in_portugal_keeps_portugals_portuguese() -> None:
    profile = Profile(skills=("python",), engagements=("freelance", "part_time"),
                      locations=("Porto",))  # fmt: skip
    draft = render_intro(_bia(), IntroSettings(name="Alex", language="pt"), profile, TODAY)
    assert "reencaminhar" in draft and "a tempo parcial" in draft
    assert not any(word in draft for word in _BRAZILIAN)


def test_where_the_profile_says_nothing_the_contacts_wording_then_country_decide() -> None:
    ask = "Alguém conhece um designer freelancer? Estamos a precisar para a equipa."
    assert draft_language(_bia(asked=True, title=ask), IntroSettings())[0] == "pt"
    by_mail = _bia(domains=("estudio.com.br",))
    language, why = draft_language(by_mail, IntroSettings(language="pt"))
    assert language == "pt-BR" and why.endswith("Bia's e-mail is at a .br domain.")
    language, why = draft_language(_bia(), IntroSettings(language="pt"))
    assert language == "pt-BR" and '"Bia Lima" = "pt-PT" writes European' in why


@pytest.mark.parametrize(
    ("settings", "language"),
    [
        (IntroSettings(language="PT-pt"), "pt"),
        (IntroSettings(contacts={"Bia Lima": "pt-BR você"}), "pt-BR"),
        (IntroSettings(contacts={"Bia Lima": "pt-pt tu"}), "pt"),
    ],
)
def test_a_variant_is_chosen_outright_in_any_case(settings: IntroSettings, language: str) -> None:
    profile = Profile(locations=("BR",))
    assert draft_language(_bia(), settings, profile)[0] == language


def test_a_group_ask_and_a_portugal_posting_are_read_as_portuguese() -> None:
    assert ask_language("Alguém indica uma designer freela pro nosso app?") == "pt"
    assert ask_language("Alguém sabe que horas são?") is None  # no one asked for
    posting = "Programador (m/f) Estamos a recrutar para a nossa equipa em Lisboa, remoto."
    assert written_in(posting) == "pt"
    assert written_in("Buscamos programador para nuestro equipo, trabajo remoto.") == "es"
