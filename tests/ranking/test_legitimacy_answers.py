"""An FAQ that grants a fee is a fee; Swahili and Hausa fee requests; a brand recruiting
from free mail; a start date is no pressure; the task scam's commission per task."""

from __future__ import annotations

import pytest

from tests.ranking.test_legitimacy import FILLER, codes, run


@pytest.mark.parametrize(
    "text",
    [
        "FAQ\nIs there a fee? Yes, a one-time $45 welcome kit before the first job.",
        "Do I pay anything? Only the $30 sign-up, refunded after your first review.",
        "Q: Any costs?\nA: Just a small $15 activation to open your account.",
        "¿Tengo que pagar algo? Sí, una cuota única de 25 € por el material.",
        "Fallen Gebühren an? Nur einmalig 19 € für den Zugang.",
        "Kuna ada? Ndiyo, shilingi 700 kupitia M-Pesa.",
    ],
)
def test_a_question_answered_with_a_price_is_a_fee(text: str) -> None:
    assert "pay_to_work" in codes(run(f"{FILLER} {text}", company="Fernhill"), hard=True)


@pytest.mark.parametrize(
    "text",
    [
        "Is there a fee to apply? Never. Applying is free.",
        "Do I pay anything? No, it costs you nothing.",
        "How much does it pay? Only $18 an hour to start, then $21.",
        "Is there a relocation package? Yes, $5,000 paid by us.",
        "Is there a fee? No. Is it remote? Yes, $90k base.",
    ],
)
def test_a_refused_fee_or_a_wage_in_an_answer_is_none(text: str) -> None:
    assert codes(run(f"{FILLER} {text}", company="Fernhill"), hard=True) == set()


@pytest.mark.parametrize(
    "text",
    [
        "Lipa ada ya usajili Ksh 400 kupitia M-Pesa ili upate kazi ya kwanza.",
        "Kila mwombaji anatakiwa kulipa ada ya maombi Tsh 15,000 kabla ya usaili.",
        "Tuma Ksh 250 kwa M-Pesa kuthibitisha akaunti yako.",
        "Ku biya kuɗin rajista naira 1,500 kafin ku fara aiki.",
    ],
)
def test_swahili_and_hausa_fee_requests_veto(text: str) -> None:
    assert "pay_to_work" in codes(run(f"{FILLER} {text}"), hard=True)


@pytest.mark.parametrize(
    "text",
    [
        "Hakuna ada ya usajili. Hatutakuomba pesa kamwe.",
        "Mshahara utalipwa kupitia M-Pesa kila mwisho wa mwezi.",
        "Tidak ada biaya apa pun dalam proses rekrutmen.",  # Indonesian "ada": there is
        "We make reasonable accommodations under the ADA for every applicant.",
    ],
)
def test_swahili_refusals_wages_and_ada_look_alikes_do_not_veto(text: str) -> None:
    assert codes(run(f"{FILLER} {text}", company="Fernhill"), hard=True) == set()


def test_a_swahili_chat_interview_vetoes() -> None:
    text = "Wasiliana nasi kupitia WhatsApp kwa mahojiano na maelezo zaidi."
    assert "chat_app" in codes(run(f"{FILLER} {text}"), hard=True)


@pytest.mark.parametrize(
    ("company", "text"),
    [
        (None, "Company: Walmart\nApply by email to walmart.shop.team@yahoo.com"),
        (None, "Employer: DHL Express\nSend your CV to dhl.hr.office@outlook.com"),
        ("Google", "To apply, send your resume to annotation.hiring@outlook.com"),
    ],
)
def test_a_brand_recruiting_from_free_mail_is_impersonation(company: str | None, text: str) -> None:
    flagged = run(f"{FILLER}\n{text}", company=company, provenance="aggregator")
    assert "impersonation" in codes(flagged, hard=True)


@pytest.mark.parametrize(
    ("company", "provenance", "text"),
    [
        ("Amazon", "aggregator", "Our agency hires for Amazon: apply to nights.team@gmail.com"),
        ("Stripe", "community", "I'm on the infra team, email me at sam.codes@gmail.com"),
        ("Target Cleaning Co", "aggregator", "Email targetcleaningco@gmail.com to apply."),
        (None, "aggregator", "Company: Lakeside Bakery\nApply to lakesidebakes@gmail.com"),
    ],
)
def test_agencies_employees_and_namesakes_on_free_mail_pose_as_nobody(
    company: str | None, provenance: str, text: str
) -> None:
    flagged = run(f"{FILLER}\n{text}", company=company, provenance=provenance)
    assert "impersonation" not in codes(flagged, hard=True)


@pytest.mark.parametrize(
    "text",
    [
        "Contract of 6 months, start ASAP.",
        "Start date: ASAP (flexible for the right person).",
        "Démarrage : ASAP, mission de 6 mois.",
        "Début de mission : ASAP.",
        "Availability: ASAP",
        "Immediate start available.",
        "You can start immediately after the interview loop.",
    ],
)
def test_a_start_date_is_no_pressure(text: str) -> None:
    assert "urgency" not in codes(run(f"{FILLER} {text}", company="Fernhill"), hard=False)


@pytest.mark.parametrize(
    "text",
    ["Please apply ASAP, spots fill within hours!", "Reply ASAP to secure your place."],
)
def test_asking_the_applicant_to_hurry_is_pressure(text: str) -> None:
    assert "urgency" in codes(run(f"{FILLER} {text}", company="Fernhill"), hard=False)


@pytest.mark.parametrize(
    ("text", "vetoed"),
    [
        ("Rate apps on our platform and earn a commission per task, 40 tasks a set.", True),
        ("You earn a commission for each rating submitted, paid daily.", True),
        ("Base salary plus a commission per closed deal.", False),
        ("Creators earn a commission on each sale they refer.", False),
        ("Our exchange handles deposits in BTC; you'll build the deposit service, unlock"
         " new listings and tune reconciliation.", False),
    ],
)  # fmt: skip
def test_a_commission_per_task_is_the_task_scam(text: str, vetoed: bool) -> None:
    hard = codes(run(f"{FILLER} {text}", company="Fernhill"), hard=True)
    assert ("crypto_payment" in hard) is vetoed
