"""Held-out scams and their honest look-alikes (session s46): a hire by chat with no
interview, a success pack and a registration priced to begin earning, and an office
manager ordering supplies."""

import pytest

from tests.ranking.test_legitimacy import FILLER, codes, run

P = pytest.param


@pytest.mark.parametrize(
    ("text", "vetoed"),
    [
        P("Send your name to +1 (312) 555-0190 on WhatsApp and start today, no interview "
          "needed.", True, id="a number before its app"),
        P("No interview, no CV. WhatsApp your name to 0300-9988776 and get hired today.", True,
          id="what is sent before the number"),
        P("We never hire without an interview; questions on WhatsApp +44 7700 900456. "
          "Apply at https://acme-health.example/careers.", False, id="an interview promised"),
    ],
)  # fmt: skip
def test_a_hire_by_chat_with_no_interview(text: str, vetoed: bool) -> None:
    found = codes(run(f"{FILLER} {text}", company="Acme Health"), hard=True)
    assert ("chat_app" in found) is vetoed


@pytest.mark.parametrize(
    ("text", "vetoed"),
    [
        P("Grab your Success Pack for just $59 and start selling to your friends.", True,
          id="a success pack"),
        P("Registration is only $40 to start earning.", True, id="a registration to earn"),
        P("Our shop sells a $59 success pack of skin-care samples to customers.", False,
          id="a pack the company sells"),
        P("Registration is free, and you start earning from your first shift.", False,
          id="a free registration"),
    ],
)  # fmt: skip
def test_a_price_to_begin(text: str, vetoed: bool) -> None:
    assert ("pay_to_work" in codes(run(f"{FILLER} {text}"), hard=True)) is vetoed


@pytest.mark.parametrize(
    ("text", "vetoed"),
    [
        P("Duties: order supplies from our approved vendor and keep the stock room tidy.",
          False, id="an office manager's duty"),
        P("You will order toner and paper through our preferred supplier.", False,
          id="ordering for the office"),
        P("You must order your laptop from our approved vendor before day one.", True,
          id="the applicant must order"),
        P("Order your workstation through our equipment partner.", True, id="ordering your own"),
    ],
)  # fmt: skip
def test_ordering_from_a_vendor(text: str, vetoed: bool) -> None:
    assert ("buy_equipment" in codes(run(f"{FILLER} {text}"), hard=True)) is vetoed
