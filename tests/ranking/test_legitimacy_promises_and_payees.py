"""Held-out scams and their honest look-alikes (session s44): a course that sells a
guaranteed job with its fee, a team working "under your profile", a check paid on to the
poster's payees, and a background check at the applicant's own expense."""

import pytest

from tests.ranking.test_legitimacy import FILLER, codes, run

P = pytest.param


@pytest.mark.parametrize(
    ("title", "text"),
    [
        P("Course: Data Entry Specialist",
          "Job guaranteed after the course! Pay the $149 enrollment fee today.", id="en"),
        P("Curso de Soporte Técnico",
          "Empleo garantizado al terminar. Solo tienes que pagar la matrícula de $299.", id="es"),
        P("Formation Assistant RH",
          "Frais d'inscription 490 €. Emploi garanti à la fin de la formation.", id="fr"),
    ],
)  # fmt: skip
def test_a_course_that_sells_the_job_vetoes(title: str, text: str) -> None:
    assert "pay_to_work" in codes(run(text, title=title), hard=True)


@pytest.mark.parametrize(
    "text",
    [
        P("Enrollment fee $300. We cannot guarantee employment after the course.",
          id="a guarantee refused"),
        P("Enrollment fee: $250. 100% placement guarantee; if you are not hired in 90 days we "
          "refund the fee.", id="a refund if no job comes"),
        P("Tuition $450, payment plans available. Includes career coaching.", id="a price alone"),
    ],
)  # fmt: skip
def test_a_course_pricing_its_teaching_vetoes_nothing(text: str) -> None:
    title = "Course: Data Analytics"
    assert "pay_to_work" not in codes(run(text, title=title, company="Northfield"), hard=True)


@pytest.mark.parametrize(
    ("text", "vetoed"),
    [
        P("Let us work under your profile on Upwork; you get 20% of every payment.", True,
          id="let us work under your profile"),
        P("We pull the work history from your Upwork profile to shortlist candidates.", False,
          id="the work history read"),
        P("We review the work samples under your Upwork profile before the call.", False,
          id="the work samples reviewed"),
        P("Let us know which projects you delivered under your Upwork profile.", False,
          id="let us know"),
        P("Send your Upwork link so we can check your earlier work under your account name.",
          False, id="a possessive's noun after an adjective"),
        P("Our engineers will do the work under your Upwork account; you keep 15%.", True,
          id="their engineers do the work"),
    ],
)  # fmt: skip
def test_work_under_your_profile(text: str, vetoed: bool) -> None:
    assessment = run(f"{FILLER} {text}", company="Nova Dev")
    assert ("identity_rental" in codes(assessment, hard=True)) is vetoed


@pytest.mark.parametrize(
    ("text", "code", "vetoed"),
    [
        P("I travel a lot and need an assistant. I will send you a check, deposit it and pay my "
          "bills and suppliers from it.", "fake_check", True, id="payees first, money after"),
        P("You will receive vendor invoices and pay our suppliers from the operating account.",
          "fake_check", False, id="accounts payable"),
        P("All tutors must complete a background check at their own expense ($45).",
          "pay_to_work", True, id="a check at their own expense"),
        P("Contractors must provide their own laptop at their own expense ($1,200 reimbursed).",
          "pay_to_work", False, id="a contractor's own gear"),
        P("Sign up with a $120 welcome kit and earn uncapped income as a brand partner!",
          "pay_to_work", True, id="a kit sold with an income without bound"),
        P("Every courier gets a $120 welcome kit from us, and you earn $21 an hour.",
          "pay_to_work", False, id="a kit the employer gives"),
    ],
)  # fmt: skip
def test_payees_and_own_expense(text: str, code: str, vetoed: bool) -> None:
    assessment = run(f"{FILLER} {text}", company="Nova Dev")
    assert (code in codes(assessment, hard=True)) is vetoed
