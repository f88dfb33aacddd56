"""Held-out scams of 2025-2026 and the honest posts that share their words (session s40):
crypto handed to the applicant to pass on, an interview held as a chat by a named
interviewer ("interviewed by our hiring manager via Teams chat"), earnings held until the
worker pays, and a way in's fee written with its sum in each language."""

from __future__ import annotations

import pytest

from tests.ranking.test_legitimacy import FILLER, codes, run

P = pytest.param


@pytest.mark.parametrize(
    "text",
    [
        P("Each morning you will receive USDT in your personal wallet and send it on to the "
          "partner wallets our desk lists, keeping 5% of every transfer.",
          id="USDT to their wallets"),
        P("You'll get Bitcoin in your account, then transfer it to the exchange addresses our "
          "trader gives you.", id="Bitcoin to their exchange addresses"),
        P("You will receive crypto from our clients and forward the funds to another wallet we "
          "name, minus your 8%.", id="crypto to another wallet"),
    ],
)  # fmt: skip
def test_crypto_passed_on_for_them_is_a_mule(text: str) -> None:
    assert "fake_check" in codes(run(f"{FILLER} {text}", company="Norvik Capital"), hard=True)


@pytest.mark.parametrize(
    "text",
    [
        P("We pay your salary in USDT. You will receive it monthly in your wallet.",
          id="pay in USDT (a soft sign at most)"),
        P("Our users deposit USDT and you will build the flows that transfer it to cold wallets.",
          id="a crypto product's flows"),
        P("You will reconcile our clients' USDT and BTC deposits and withdrawals and watch the "
          "hot and cold wallet balances.", id="treasury operations"),
        P("You will receive customer payments and reconcile them with our accounting system.",
          id="a bookkeeper's payments"),
    ],
)  # fmt: skip
def test_crypto_as_the_product_or_the_pay_is_no_mule(text: str) -> None:
    assert not codes(run(f"{FILLER} {text}", company="Bitvale"), hard=True)


@pytest.mark.parametrize(
    "text",
    [
        P("Selected applicants will be interviewed by our hiring manager via Microsoft Teams "
          "chat.", id="by a manager via Teams chat"),
        P("You will be interviewed by our HR team over text.", id="by a team over text"),
        P("Shortlisted candidates are interviewed with the recruitment lead on Skype chat.",
          id="with a lead on Skype chat"),
    ],
)  # fmt: skip
def test_an_interview_held_as_a_chat_vetoes_whoever_holds_it(text: str) -> None:
    assert "chat_app" in codes(run(f"{FILLER} {text}", company="Kestrel Biotech"), hard=True)


@pytest.mark.parametrize(
    "text",
    [
        P("You will be interviewed by the team lead on Zoom and then onboarded in our Teams chat.",
          id="a video interview, a chat for the work"),
        P("Interviews on Zoom; day-to-day we talk over Teams chat.", id="two clauses"),
        P("The interview is a video call on Microsoft Teams with our service desk lead.",
          id="a Teams video call"),
    ],
)  # fmt: skip
def test_a_chat_for_the_work_or_a_video_interview_vetoes_nothing(text: str) -> None:
    assert not codes(run(f"{FILLER} {text}", company="Kestrel Biotech"), hard=True)


@pytest.mark.parametrize(
    "text",
    [
        P("Fill in this form to join our talent pool and send a photo of your ID.",
          id="a talent pool's form, then an ID photo"),
        P("Write to us and send a copy of your passport.", id="after 'to us'"),
    ],
)  # fmt: skip
def test_our_after_a_preposition_names_a_place_not_who_sends(text: str) -> None:
    assert "personal_data" in codes(run(f"{FILLER} {text}", company="Brightline"), hard=True)


@pytest.mark.parametrize(
    "text",
    [
        P("Fill in this form to join our talent pool and we will contact you.",
          id="a talent pool alone (agencies keep one)"),
        P("Our payroll team will ask for your bank details once you are hired.",
          id="our team asks, after hiring"),
        P("Customers of our shop send their card details through Stripe.",
          id="customers' cards"),
    ],
)  # fmt: skip
def test_a_talent_pool_or_data_asked_by_us_later_vetoes_nothing(text: str) -> None:
    assert not codes(run(f"{FILLER} {text}", company="Brightline"), hard=True)


@pytest.mark.parametrize(
    "text",
    [
        P("Invite 3 friends to unlock your withdrawal and earn 20% of their commissions.",
          id="friends invited to unlock a withdrawal"),
        P("Your withdrawal is unlocked after you complete the 3rd set and pay the tax of 15%.",
          id="a tax paid to release it"),
        P("To withdraw your balance you must first deposit 100 USDT as verification.",
          id="a deposit to withdraw"),
    ],
)  # fmt: skip
def test_earnings_held_until_the_worker_pays_are_a_task_scam(text: str) -> None:
    assert "crypto_payment" in codes(run(f"{FILLER} {text}", company="Nexora"), hard=True)


@pytest.mark.parametrize(
    "text",
    [
        P("Unlock your earning potential with our sales academy.", id="earning potential"),
        P("We release your earnings every Friday, minus the 10% platform fee.",
          id="a gig platform's payout"),
        P("Your earnings are released once the client approves the milestone.",
          id="a freelance platform's escrow"),
        P("You will build the flows that let users withdraw their balance.",
          id="a fintech's product"),
    ],
)  # fmt: skip
def test_earnings_paid_out_on_a_schedule_veto_nothing(text: str) -> None:
    assert not codes(run(f"{FILLER} {text}", company="Nexora"), hard=True)


@pytest.mark.parametrize(
    "text",
    [
        P("Anmeldegebühr: 49 €.", id="de"),
        P("Inschrijfkosten € 35.", id="nl"),
        P("Opłata rejestracyjna: 99 zł.", id="pl"),
        P("Registreringsavgift: 495 kr.", id="sv"),
        P("Registreringsgebyr 300 kr.", id="da"),
        P("Liittymismaksu 50 €.", id="fi"),
        P("Biaya pendaftaran Rp 150.000.", id="id"),
        P("Реєстраційний внесок 300 грн.", id="uk"),
    ],
)  # fmt: skip
def test_a_way_in_priced_like_a_price_list_vetoes_in_each_language(text: str) -> None:
    assert "pay_to_work" in codes(run(f"{FILLER} {text}", company="Lindauer"), hard=True)


@pytest.mark.parametrize(
    "text",
    [
        P("Die Anmeldegebühr von 49 € übernehmen wir.", id="de: we cover it"),
        P("Wir zahlen die Schulungsgebühr von 800 € für dich.", id="de: we pay it"),
        P("Kursavgift 4 500 kr betalas av företaget.", id="sv: the firm pays the course"),
        P("Anmeldegebühr: keine. Gehalt: 4.000 € im Monat.", id="de: none, then a wage"),
    ],
)  # fmt: skip
def test_a_way_in_someone_else_pays_or_none_vetoes_nothing(text: str) -> None:
    assert not codes(run(f"{FILLER} {text}", company="Lindauer"), hard=True)


@pytest.mark.parametrize(
    ("text", "vetoed"),
    [
        P("Registration fee: $0, we never charge candidates.", False, id="a fee of $0"),
        P("Kosten für Bewerber: 0 €, wir berechnen nichts.", False, id="0 €"),
        P("The onboarding fee is $0.00 for every applicant.", False, id="$0.00"),
        P("A $0.50 processing fee is charged before you start.", True, id="50 cents is a fee"),
        P("Training fee: $25 due before your first shift.", True, id="$25"),
    ],
)  # fmt: skip
def test_a_fee_of_nothing_is_no_fee(text: str, vetoed: bool) -> None:
    assert ("pay_to_work" in codes(run(f"{FILLER} {text}", company="Acme"), hard=True)) is vetoed
