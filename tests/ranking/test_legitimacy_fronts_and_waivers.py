"""Held-out scams and the honest posts that share their words (session s42): an account
rented out or laptops hosted at home for someone else (`identity_rental`), the fake
interview's own meeting app (`meeting_app`), a fee waived for every applicant, and pay
"by bank transfer or in USDC"."""

from __future__ import annotations

import pytest

from tests.ranking.test_legitimacy import FILLER, codes, run

P = pytest.param


@pytest.mark.parametrize(
    "text",
    [
        P("Rent out your verified Upwork account to us: we do the work, you keep $300 a month.",
          id="an Upwork account rented out"),
        P("We need US residents to let us use their Upwork or LinkedIn account for our bids.",
          id="let us use their accounts, a list of platforms"),
        P("We buy aged LinkedIn accounts, $150 each, paid the same day.",
          id="accounts bought, no determiner"),
        P("Open an Upwork account for us and pass the ID check; we handle the clients.",
          id="an account opened for them"),
        P("Receive our company laptops at your home, keep them plugged in and connected to your "
          "Wi-Fi, and install the remote-access software we send.", id="a laptop farm"),
        P("You will host four laptops in your apartment and leave AnyDesk running.",
          id="laptops hosted with a remote-desktop tool"),
    ],
)  # fmt: skip
def test_fronting_for_someone_else_vetoes(text: str) -> None:
    assert "identity_rental" in codes(run(f"{FILLER} {text}", company="Nova Dev"), hard=True)


@pytest.mark.parametrize(
    "text",
    [
        P("You will use your LinkedIn account to source candidates for our clients.",
          id="a recruiter's own account, as work"),
        P("Create an Upwork account so I can send you the contract there.",
          id="an account of one's own for the contract"),
        P("You will manage our company LinkedIn account and grow our Upwork profile.",
          id="the company's accounts run"),
        P("As an IT technician you will receive laptops in the office, image them and install "
          "TeamViewer for remote support.", id="laptops handled at the office"),
        P("We ship you a laptop at home; IT supports it with remote access.",
          id="one work laptop at home"),
        P("Never let anyone use your Upwork account: scammers ask to rent them.",
          id="a warning"),
    ],
)  # fmt: skip
def test_accounts_and_laptops_in_honest_work_veto_nothing(text: str) -> None:
    assert "identity_rental" not in codes(run(f"{FILLER} {text}", company="Nova Dev"), hard=True)


@pytest.mark.parametrize(
    "text",
    [
        P("For the technical interview, please install our meeting app from novadev-meet.io "
          "with the invite code we send.", id="the company's own meeting app"),
        P("You must download the video call software we send to join the interview.",
          id="video call software to download"),
        P("First download and install our interview app, then we schedule the call.",
          id="download and install"),
    ],
)  # fmt: skip
def test_the_employers_own_meeting_app_to_install_vetoes(text: str) -> None:
    assert "meeting_app" in codes(run(f"{FILLER} {text}", company="Nova Dev"), hard=True)


@pytest.mark.parametrize(
    "text",
    [
        P("Please install Zoom before the interview.", id="a known meeting tool"),
        P("Please download the Zoom app before the call.", id="the Zoom app"),
        P("Millions of users download our video call app every month.", id="the product"),
        P("You will build and ship our video call app for iOS and Android.", id="the work"),
        P("We will never ask you to download our own meeting app.", id="a refusal"),
        P("Scammers posing as us ask candidates to install a 'meeting app'; we only use Google "
          "Meet.", id="a warning naming the scam"),
    ],
)  # fmt: skip
def test_a_meeting_tool_or_product_vetoes_nothing(text: str) -> None:
    assert "meeting_app" not in codes(run(f"{FILLER} {text}", company="Nova Dev"), hard=True)


@pytest.mark.parametrize(
    "text",
    [
        "The $25 application fee is waived for all applicants this year.",
        "Application fee ($40) waived for every applicant in this round.",
    ],
)
def test_a_fee_waived_for_everyone_asks_nothing(text: str) -> None:
    assessment = run(f"{FILLER} {text}", company="Open Horizons Fellowship")
    assert "pay_to_work" not in codes(assessment, hard=True)
    assert assessment.legitimacy > 0.5


@pytest.mark.parametrize(
    "text",
    [
        "The $50 registration fee is waived if you refer three friends.",
        "Pay the $99 training fee, waived only after your first month.",
        "A $60 onboarding fee applies, waived for the first 10 sign-ups.",
    ],
)
def test_a_fee_waived_only_on_a_condition_still_vetoes(text: str) -> None:
    assert "pay_to_work" in codes(run(f"{FILLER} {text}", company="Launchpath"), hard=True)


@pytest.mark.parametrize(
    "text",
    [
        "$95/hr, paid monthly by bank transfer or in USDC, your choice.",
        "Payment by wire transfer or in USDT, as you prefer.",
    ],
)
def test_pay_by_bank_transfer_or_in_crypto_is_a_means_of_pay(text: str) -> None:
    assert "crypto_payment" not in codes(run(f"{FILLER} {text}", company="Ferro Labs"), hard=True)


@pytest.mark.parametrize(
    "text",
    [
        "To activate your account, transfer 50 USDT to our wallet.",
        "Activate by transferring 50 USDT to the wallet below.",
    ],
)
def test_a_transfer_of_crypto_asked_still_vetoes(text: str) -> None:
    assert "crypto_payment" in codes(run(f"{FILLER} {text}", company="Ferro Labs"), hard=True)
