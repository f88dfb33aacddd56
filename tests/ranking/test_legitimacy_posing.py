"""Refusals cancel every veto family in every language; a big brand's free-mail address
is an impersonation, a small business's is not; mobile money is a payment rail."""

from __future__ import annotations

import pytest

from tests.ranking.test_legitimacy import FILLER, codes, run
from warehouse.ranking.brands import brand_of, names_brand


@pytest.mark.parametrize(
    "text",
    [
        # the structural vetoes (fake check, reshipping, task top-ups) refused by someone
        "No one from Fernhill will ever ask you to deposit a check and send the rest to a vendor.",
        "Nobody at Blockline will ask you to top up your account to unlock tasks.",
        "Niemand bei uns verlangt, dass Sie Pakete annehmen und weiterleiten.",
        "Nadie de Solaria te pedirá que recargues tu cuenta con USDT para desbloquear tareas.",
        "Wij vragen nooit om je eigen rekening te gebruiken om betalingen te ontvangen.",
        "Nikt z naszej firmy nie poprosi o przyjmowanie przelewów na prywatne konto.",
        "We will never ask you to pay for equipment, training or software.",
        "This is NOT a reshipping job: you will not receive packages at home or forward them.",
    ],
)
def test_a_refusal_raises_no_veto(text: str) -> None:
    assert codes(run(f"{FILLER} {text}", company="Fernhill"), hard=True) == set()


@pytest.mark.parametrize(
    ("code", "text"),
    [
        ("pay_to_work", "No experience needed, just pay the $50 starter kit fee today."),
        ("reshipping", "Don't worry about experience: receive packages at home and reship them."),
        ("crypto_payment", "Never miss a payout! Deposit 50 USDT to unlock your first tasks."),
        ("fake_check", "Don't worry, the check clears. Deposit the check and send the rest to us."),
    ],
)
def test_a_negation_elsewhere_leaves_the_request(code: str, text: str) -> None:
    assert code in codes(run(text), hard=True)


@pytest.mark.parametrize(
    ("company", "text"),
    [
        ("Amazon", "Send your CV to Amazon HR <amazon.careers.hr@gmail.com> for your offer."),
        ("Shopify", "Join the remote team. Contact: shopify.recruit@outlook.com"),
        ("Microsoft Corporation", "Apply by e-mail: microsofthiringteam@yahoo.com"),
        ("DHL", "Bewerbung an dhl.personalabteilung@gmx.de senden."),
        ("Amazon Jobs", "Write to hr.amazon (at) hotmail.com"),
    ],
)
def test_a_brand_on_free_mail_in_its_name_is_impersonation(company: str, text: str) -> None:
    flagged = run(f"{FILLER} {text}", company=company)
    assert "impersonation" in codes(flagged, hard=True)
    assert "free-mail address in its name" in next(
        f.reason for f in flagged.flags if f.code == "impersonation"
    )


@pytest.mark.parametrize(
    ("company", "text"),
    [
        # a small business, an agency naming its client, a namesake, a warning
        ("Rosie's Bakery", "Email rosiesbakery.leeds@gmail.com with a short note."),
        ("Staffline Recruitment", "Our client Amazon hires in Coventry: amazonjobs.sl@gmail.com"),
        ("Apple Leisure Group", "Questions to appleleisure.team@gmail.com."),
        ("Amazon", "Beware of recruiters writing from amazon.jobs.hr@gmail.com, a scam."),
        # the brand's own domain, and a free-mail address without its name
        ("Shopify", "Questions: recruiting@shopify.com"),
        ("Amazon", "Questions to the agency: jane.recruits@gmail.com"),
    ],
)
def test_free_mail_without_a_brand_in_its_name_stays_soft(company: str, text: str) -> None:
    assert "impersonation" not in codes(run(f"{FILLER} {text}", company=company), hard=True)


def test_brands_are_read_as_company_words() -> None:
    assert brand_of(("coca", "cola")) == "cocacola"
    assert brand_of(("amazon", "careers", "usa")) == "amazon"
    assert brand_of(("apple", "leisure", "group")) is None
    assert names_brand("walmart.hr.department@hotmail.com", "walmart")
    assert not names_brand("jobs@walmart-careers.example", "target")


@pytest.mark.parametrize(
    ("text", "flagged"),
    [
        ("Send KES 500 registration via M-Pesa to 0722 111 222 to activate your account.", True),
        ("Send 1000 KSh through Mpesa for your training materials, then start.", True),
        ("Pay ₦5,000 onboarding fee by Airtel Money to get tasks.", True),
        # a payments developer's work, and pay made through it
        ("We need a developer to build our M-Pesa Daraja checkout (STK push, C2B).", False),
        ("Salary: KES 200,000 per month, paid via M-Pesa or bank transfer.", False),
    ],
)
def test_mobile_money_is_a_payment_rail(text: str, flagged: bool) -> None:
    assert ("pay_to_work" in codes(run(text), hard=True)) is flagged


@pytest.mark.parametrize(
    ("text", "flagged"),
    [
        ("Do we charge a registration fee? Never. Tutors are paid every two weeks.", False),
        ("Verlangen wir eine Anmeldegebühr? Nein, niemals.", False),
        ("Is there a starter kit fee? No, it is free.", False),
        # answered yes, or "no" that does not refuse it
        ("Do I have to pay a $30 fee to start? Yes.", True),
        ("Do you need to pay a fee to start? Don't worry, it is only $20 and refunded.", True),
    ],
)
def test_a_question_answered_no_is_a_refusal(text: str, flagged: bool) -> None:
    assert ("pay_to_work" in codes(run(text, company="Brightpath"), hard=True)) is flagged
