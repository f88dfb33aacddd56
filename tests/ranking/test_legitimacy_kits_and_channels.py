"""Held-out scams and their honest look-alikes (session s45): a reseller's kit, unpaid
training that costs, a fee paid by app in Pakistan, a CV sent by chat, Greek reshipping,
a bootcamp's refund in its closing terms, and task deposits in Spanish and German."""

import pytest

from tests.ranking.test_legitimacy import FILLER, codes, run

P = pytest.param


@pytest.mark.parametrize(
    ("text", "vetoed"),
    [
        P("Get started with our $79 business kit and earn residual income from your team.",
          True, id="a business kit to get started"),
        P("Open your own online store for a one-time $49 setup today.", True,
          id="a store opened for a price"),
        P("Base salary plus uncapped commission. Get started with two weeks of onboarding.",
          False, id="uncapped commission"),
        P("Budget $2,000, one-time setup, then occasional maintenance of our store.", False,
          id="a client's budget for a setup"),
        P("Every courier gets a $120 sales kit from us, and you earn $21 an hour.", False,
          id="a kit the employer gives"),
    ],
)  # fmt: skip
def test_a_kit_or_setup_the_applicant_buys(text: str, vetoed: bool) -> None:
    assert ("pay_to_work" in codes(run(f"{FILLER} {text}"), hard=True)) is vetoed


@pytest.mark.parametrize(
    ("text", "vetoed"),
    [
        P("Two weeks of training is unpaid and costs $150.", True, id="unpaid and costs"),
        P("Training is paid at your full hourly rate and costs you nothing.", False,
          id="paid training"),
        P("Training is unpaid and costs $200, which the company covers.", False,
          id="a cost covered"),
    ],
)  # fmt: skip
def test_unpaid_training_that_costs(text: str, vetoed: bool) -> None:
    assert ("pay_to_work" in codes(run(f"{FILLER} {text}"), hard=True)) is vetoed


@pytest.mark.parametrize(
    ("text", "vetoed"),
    [
        P("Online kaam. Pay Rs 999 registration via Easypaisa and start earning.", True,
          id="an imperative with its way in"),
        P("Join karne ke liye Rs 1500 JazzCash karein.", True, id="paid by JazzCash"),
        P("Pay $500 joining bonus after three months.", False, id="a joining bonus"),
        P("Pay $25/hour during training, then $30.", False, id="a wage during training"),
        P("Riders earn daily payouts via Easypaisa or JazzCash.", False, id="payouts by app"),
    ],
)  # fmt: skip
def test_a_fee_paid_by_app_in_pakistan(text: str, vetoed: bool) -> None:
    assert ("pay_to_work" in codes(run(f"{FILLER} {text}"), hard=True)) is vetoed


def test_a_typing_job_from_home_is_soft_evidence() -> None:
    assert "work_from_home" in codes(run("Typing job from home, earn daily."), hard=False)
    office = run(f"{FILLER} Legal typing from our office, 9 to 5.", company="Daftar Legal")
    assert "work_from_home" not in codes(office, hard=False)


@pytest.mark.parametrize(
    ("text", "company", "vetoed"),
    [
        P("Laravel developer, Lahore. Apni CV WhatsApp karein 0300-1234567.", "Codewave (Pvt) Ltd",
          False, id="a named software house"),
        P("Interested candidates send CV on WhatsApp 0321-7654321.", "Tallow Tech", False,
          id="the only route, to a named company"),
        P("Interested candidates send CV on WhatsApp 0321-7654321.", None, True,
          id="an unnamed company"),
        P("Send your CV on WhatsApp 0321-7654321. Interviews are held on WhatsApp.",
          "Tallow Tech", True, id="the interview there too"),
    ],
)  # fmt: skip
def test_a_cv_sent_by_chat(text: str, company: str | None, vetoed: bool) -> None:
    hard = codes(run(f"{FILLER} {text}", company=company), hard=True)
    assert bool(hard & {"chat_app", "chat_handle"}) is vetoed


@pytest.mark.parametrize(
    ("text", "vetoed"),
    [
        P("Εργασία από το σπίτι: παραλαβή δεμάτων στη διεύθυνσή σας και αποστολή τους στο "
          "εξωτερικό με τις ετικέτες που σας στέλνουμε.", True, id="parcels taken in and sent on"),
        P("Ζητείται οδηγός για παραλαβή και αποστολή δεμάτων από την αποθήκη μας.", False,
          id="a warehouse driver"),
    ],
)  # fmt: skip
def test_greek_reshipping(text: str, vetoed: bool) -> None:
    assert ("reshipping" in codes(run(f"{FILLER} {text}"), hard=True)) is vetoed


@pytest.mark.parametrize(
    ("terms", "vetoed"),
    [
        P("If you are not hired within six months, we refund your tuition in full.", False,
          id="a refund in the closing terms"),
        P("Refunds are not possible after payment.", True, id="refunds refused"),
        P("The fee is non-refundable.", True, id="non-refundable"),
        P("The fee is refunded in your first paycheck.", True, id="refunded once paid"),
    ],
)  # fmt: skip
def test_a_bootcamps_refund_read_anywhere(terms: str, vetoed: bool) -> None:
    fee = "You must pay the $300 enrollment fee to start."
    text = f"Job guaranteed after the course! {FILLER} {FILLER} {fee} {terms}"
    hard = codes(run(text, title="Bootcamp: Web Development"), hard=True)
    assert ("pay_to_work" in hard) is vetoed


@pytest.mark.parametrize(
    ("text", "vetoed"),
    [
        P("Debes hacer un depósito en USDT para desbloquear las tareas de nivel VIP.", True,
          id="es"),
        P("Für die nächsten Aufgaben musst du zuerst 100 USDT einzahlen.", True, id="de"),
        P("Zu deinen Aufgaben gehört die Kasse; du musst die Einnahmen bei der Bank einzahlen.",
          False, id="de, a shop's takings banked"),
        P("We build USDT payment rails; merchants deposit funds to unlock faster payouts.", False,
          id="a product's deposits"),
    ],
)  # fmt: skip
def test_task_deposits_abroad(text: str, vetoed: bool) -> None:
    assert ("crypto_payment" in codes(run(f"{FILLER} {text}"), hard=True)) is vetoed
