"""Held-out scams and the honest posts that share their words (session s43): a course
ad's own price, an account worked "under your profile", a fee said to be paid by the
applicant, a background check paid in Spanish, a commission per task in Portuguese (whose "no"
is "in the", no negation), and an English "chat" that Indonesian reads as a verb."""

import pytest

from tests.ranking.test_legitimacy import FILLER, codes, run

P = pytest.param


@pytest.mark.parametrize(
    ("title", "text"),
    [
        P("Curso intensivo de Ciencia de Datos",
          "Doce semanas online. Matrícula: 420 €, con un 15% de descuento si te inscribes "
          "antes de marzo. Incluye certificado.", id="a course's enrolment fee"),
        P("Bootcamp Full-Stack (16 semanas)",
          "Matrícula: 2.900 € en cómodos plazos. Inscripciones abiertas.", id="a bootcamp's price"),
    ],
)  # fmt: skip
def test_a_course_pricing_itself_vetoes_nothing(title: str, text: str) -> None:
    assert "pay_to_work" not in codes(run(text, title=title, company="Escuela Norte"), hard=True)


@pytest.mark.parametrize(
    "title",
    ["Course Designer (contract)", "Asistente administrativo"],
)
def test_a_job_that_prices_a_course_still_vetoes(title: str) -> None:
    text = "Para empezar debes pagar la matrícula del curso obligatorio de 150 € antes de empezar."
    assert "pay_to_work" in codes(run(text, title=title, company="Grupo Nexo"), hard=True)


@pytest.mark.parametrize(
    "text",
    [
        P("Our team does the bidding and talks to clients under your Upwork profile; you keep "
          "20% of each payment.", id="work under your profile"),
        P("We are renting old Fiverr seller accounts with reviews, paid monthly.",
          id="seller accounts rented"),
    ],
)  # fmt: skip
def test_an_account_worked_by_others_vetoes(text: str) -> None:
    assert "identity_rental" in codes(run(f"{FILLER} {text}", company="Nova Dev"), hard=True)


@pytest.mark.parametrize(
    "text",
    [
        P("We pay you through your Upwork account every Friday.", id="paid through the account"),
        P("You will grow our Fiverr seller profile with new gigs.", id="the company's profile run"),
        P("We found you through your LinkedIn profile and would love to talk.",
          id="a recruiter who found the profile"),
        P("By applying you allow us to access your LinkedIn profile.", id="apply with LinkedIn"),
    ],
)  # fmt: skip
def test_accounts_in_honest_work_veto_nothing(text: str) -> None:
    assert "identity_rental" not in codes(run(f"{FILLER} {text}", company="Nova Dev"), hard=True)


@pytest.mark.parametrize(
    ("text", "code", "vetoed"),
    [
        P("Complete a background check through our partner's site. The check costs $45, paid by "
          "you by card.", "pay_to_work", True, id="a sum paid by you"),
        P("Debes pagar la verificación de antecedentes de 30 USD en el enlace que te enviaremos.",
          "pay_to_work", True, id="es: a background check to pay"),
        P("La verificación de antecedentes la paga la empresa y no tiene coste para ti.",
          "pay_to_work", False, id="es: the company pays the check"),
        P("Background check by Checkr, paid by the company; $0 to you.", "pay_to_work", False,
          id="paid by the company"),
        P("Você ganha comissão por cada tarefa concluída, até R$ 800 por dia.", "crypto_payment",
          True, id="pt: a commission per task"),
        P("Avalie produtos no aplicativo e ganhe comissão por cada tarefa.", "crypto_payment",
          True, id="pt: 'no aplicativo' is 'in the app', no negation"),
        P("Não pagamos comissão por cada tarefa, só por venda.", "crypto_payment", False,
          id="pt: a commission per task refused"),
        P("Você ganha comissão por cada venda fechada.", "crypto_payment", False,
          id="pt: a commission per sale"),
        P("Most of our day-to-day chat happens on Telegram; interviews are on Google Meet.",
          "chat_app", False, id="en: a team's chat, read as Indonesian"),
        P("Chat admin via WhatsApp untuk mulai kerja.", "chat_app", True,
          id="id: chat admin via WhatsApp"),
    ],
)  # fmt: skip
def test_requests_and_their_look_alikes(text: str, code: str, vetoed: bool) -> None:
    assessment = run(f"{FILLER} {text}", company="Nova Dev")
    assert (code in codes(assessment, hard=True)) is vetoed
