"""A translator's postings as agencies, publishers and clients word them: rates per word,
line or minute, freelance terms in German and French, the trade's skills in the sources'
languages, and free test work asked as the way in."""

from __future__ import annotations

import pytest

from warehouse.ranking.engagement import parse_engagement
from warehouse.ranking.legitimacy import assess
from warehouse.ranking.rates import parse_rate
from warehouse.ranking.skills import match_skills

P = pytest.param


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        P("Budget $0.07 per source word, paid on delivery", (0.07, "USD"), id="per source word"),
        P("Zeilenpreis 1,10 € pro Normzeile (55 Anschläge)", (1.1, "EUR"), id="a standard line"),
        P("Honorar: 3,80 € pro Normseite", (3.8, "EUR"), id="a standard page"),
        P("Subtitling EN>DE, EUR 3.20/min of runtime", (3.2, "EUR"), id="a runtime minute"),
        P("Vergütung 4,50 € pro Minute Laufzeit", (4.5, "EUR"), id="a german minute"),
        P("Tarif : 0,11 € le mot source", (0.11, "EUR"), id="a french le mot"),
        P("Tariffa 0,09 € a parola", (0.09, "EUR"), id="an italian a parola"),
    ],
)
def test_a_translators_unit_is_paid_by_the_piece(text: str, expected: tuple[float, str]) -> None:
    rate = parse_rate(text)
    assert rate is not None
    assert (rate.min, rate.period, rate.currency) == (expected[0], "piece", expected[1])


def test_a_german_lump_fee_is_a_fixed_price() -> None:
    rate = parse_rate("Pauschalhonorar 450 € für das ganze Buch")
    assert rate is not None and (rate.min, rate.period) == (450, "fixed")


@pytest.mark.parametrize(
    "text",
    [
        P("Wir suchen Übersetzer:innen in freier Mitarbeit (EN>DE).", id="freie mitarbeit"),
        P("Anstellung als freier Dienstnehmer möglich.", id="freier dienstnehmer"),
        P("Freie Lektorin für Sachbücher gesucht.", id="a free editor"),
        P("Agence cherche traducteurs indépendants vers l'allemand.", id="french independent"),
        P("Mission à réaliser en tant qu'indépendant.", id="en tant qu'indépendant"),
    ],
)
def test_freelance_terms_in_german_and_french(text: str) -> None:
    offer = parse_engagement(None, text)
    assert offer is not None and offer.engagement == "freelance"


@pytest.mark.parametrize(
    "text",
    [
        P("Sie arbeiten selbstständig und strukturiert im Team.", id="works on their own"),
        P("Une équipe indépendante de la maison mère.", id="an independent team"),
        P("Freie Plätze im Büro ab Mai.", id="free seats"),
    ],
)
def test_independent_as_a_manner_is_no_term(text: str) -> None:
    assert parse_engagement(None, text) is None


@pytest.mark.parametrize(
    ("skill", "text"),
    [
        P("translation", "Übersetzung von Handbüchern aus dem Englischen", id="german"),
        P("localization", "Lokalisierung unserer App ins Deutsche", id="german localisation"),
        P("localization", "We need someone to localize our store listings", id="the verb"),
        P("subtitling", "Untertitelung für Dokumentarfilme", id="german subtitling"),
        P("proofreading", "Lektorat und Korrektorat für einen Roman", id="german proofreading"),
        P("mtpe", "machine translation post-editing, 30k words", id="mtpe spelled out"),
    ],
)
def test_the_trades_skills_read_in_the_sources_languages(skill: str, text: str) -> None:
    assert match_skills(None, text, (skill,)).matched == (skill,)


@pytest.mark.parametrize(
    "text",
    [
        P("You must first complete an unpaid test translation of 2,000 words.", id="unpaid test"),
        P("Send a free sample translation of 1,000 words to join.", id="free sample"),
        P("Voraussetzung: unbezahlte Probeübersetzung von 1.500 Wörtern.", id="german"),
        P("Ihre Probeübersetzung ist unentgeltlich.", id="german after"),
        P("Test de traduction non rémunéré de 400 mots.", id="french"),
        P("Prueba de traducción no remunerada de 500 palabras.", id="spanish"),
        P("Writers must first complete an unpaid 1,200-word test article.", id="a word count"),
        P("To apply, send a free 800-word sample post on our topic.", id="a sample post"),
        P("Finalists do an unpaid trial task lasting two days.", id="unpaid trial task"),
        P("Step 2 is a short copywriting test (unpaid).", id="test (unpaid)"),
        P("Your test chapter will not be paid.", id="will not be paid"),
        P("Please mail us a free sample banner for the campaign.", id="sample banner"),
        P("Edit the attached 600 words for free as a test.", id="for free as a test"),
        P("Etapa 2: teste de legendagem não remunerado.", id="portuguese"),
        P("Un test de relecture non payé est demandé.", id="french, any test"),
    ],
)
def test_free_test_work_is_soft_evidence(text: str) -> None:
    found = assess(title=None, company=None, text=text)
    flag = next(flag for flag in found.flags if flag.code == "free_test_work")
    assert not flag.hard


@pytest.mark.parametrize(
    "text",
    [
        P("A paid test translation of 300 words (EUR 30).", id="a paid test"),
        P("We never ask for unpaid test work.", id="refused"),
        P("No unpaid tests: we pay every sample.", id="no unpaid tests"),
        P("Start a 14-day free trial of our CAT tool.", id="a free trial"),
        P("Free test automation workshop for our QA team.", id="test automation"),
        P("Eine Probeübersetzung wird nach Zeilenpreis vergütet.", id="a paid german test"),
        P("We start with a paid test article ($90 for 1,000 words).", id="a paid test article"),
        P("Spend your free time, 2 test articles a week, paid at $0.10/word.", id="free time"),
        P("A paid trial of one week comes first.", id="a paid trial"),
        P("Interviews include a 90-minute take-home exercise.", id="take-home"),
        P("Attach portfolio samples or links.", id="portfolio samples"),
        P("Try the free trial of our app, then design its settings page.", id="free trial app"),
        P("O teste técnico é remunerado.", id="a paid portuguese test"),
    ],
)
def test_a_paid_or_refused_test_is_no_flag(text: str) -> None:
    found = assess(title=None, company=None, text=text)
    assert "free_test_work" not in {flag.code for flag in found.flags}
