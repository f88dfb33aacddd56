"""Held-out misses of session s43: an amount's sentence ends at its stop ("a check for
$1,900. Deposit it"), Portuguese "no aplicativo" is "in the app" in a request's clause,
USDT and USDC are dollars, and a Gulf post's per diem among its benefits is no contract."""

from __future__ import annotations

import pytest

from tests.ranking.test_legitimacy import codes, run
from warehouse.ranking.engagement import parse_engagement
from warehouse.ranking.rates import parse_rate
from warehouse.ranking.scam_requests import find_requests

P = pytest.param


@pytest.mark.parametrize(
    ("text", "vetoes", "not_vetoed"),
    [
        P("Mystery shopper needed. You will receive a check for $1,900. Deposit it using mobile "
          "deposit, then buy two Google Play gift cards and send us pictures of the codes.",
          {"fake_check", "crypto_payment"}, "pay_to_work", id="a price and the next sentence"),
        P("We courier you a cashier's check of $2,350. Deposit it in your bank account and keep "
          "$300 as your pay.", {"fake_check"}, "pay_to_work", id="deposit is the check's verb"),
        P("Data entry from home. Registration fee: $49.99. Pay it before your first task.",
          {"pay_to_work"}, "", id="a fee and its price still veto"),
        P("Join our team: a security deposit of $150 is required before you start.",
          {"pay_to_work"}, "", id="a deposit asked for still vetoes"),
    ],
)  # fmt: skip
def test_a_price_ends_at_its_sentence(text: str, vetoes: set[str], not_vetoed: str) -> None:
    found = codes(run(text), hard=True)
    assert vetoes <= found and not_vetoed not in found


@pytest.mark.parametrize(
    ("text", "code"),
    [
        P("Cadastre-se no aplicativo e pague a taxa de adesão para liberar as tarefas.",
          "pay_to_work", id="pt: a fee after 'no aplicativo'"),
        P("Avalie produtos no aplicativo e envie uma foto do seu RG.", "personal_data",
          id="pt: an ID after 'no aplicativo'"),
    ],
)  # fmt: skip
def test_in_the_app_is_no_negation(text: str, code: str) -> None:
    assert code in find_requests(text).found


@pytest.mark.parametrize(
    "text",
    [
        P("Não cobramos taxa no aplicativo; você não precisa pagar nada.", id="pt: none asked"),
        P("No cobramos ninguna cuota, no pague nada a nadie.", id="es: 'no' still negates"),
    ],
)  # fmt: skip
def test_a_refused_fee_stays_refused(text: str) -> None:
    assert "pay_to_work" not in find_requests(text).found


@pytest.mark.parametrize(
    ("text", "rate"),
    [
        P("Salary: 2,500 USDT per month, paid monthly.", (2500, "month"), id="USDT"),
        P("Moderator, part-time. Compensation: 40 USDC/hour.", (40, "hour"), id="USDC"),
    ],
)  # fmt: skip
def test_stablecoins_are_dollars(text: str, rate: tuple[float, str]) -> None:
    found = parse_rate(text)
    assert found is not None and (found.min, found.period, found.currency) == (*rate, "USD")


@pytest.mark.parametrize(
    ("text", "crypto"),
    [
        P("We pay 3000 USDT monthly straight to your Binance wallet.", True,
          id="pay counted in a coin"),
        P("Remote agent. Pay: 1,200 USDT/month, paid in crypto only.", True, id="paid in crypto"),
        P("Backend engineer. $4,000/month, paid by wire transfer to your bank.", False,
          id="dollars by wire"),
        P("You will reconcile 3000 USDT deposits a day for our exchange.", False,
          id="the product's coins"),
    ],
)  # fmt: skip
def test_pay_in_a_coin_is_paid_in_crypto(text: str, crypto: bool) -> None:
    assert ("paid_in_crypto" in codes(run(text), hard=False)) is crypto


@pytest.mark.parametrize(
    ("text", "contract"),
    [
        P("Accountant, Abu Dhabi. Benefits: Per Diem, Medical, Visa.", False,
          id="a per diem among benefits"),
        P("Benefits\n- Per diem\n- Medical insurance\n- Annual ticket", False,
          id="a per diem in a benefits list"),
        P("Site engineer, permanent. Per diem: AED 150 on site days.", False,
          id="a priced per diem"),
        P("Per diem nurse, shifts as needed.", True, id="a per diem post"),
        P("Job type: Per diem", True, id="a per diem job type"),
    ],
)  # fmt: skip
def test_a_per_diem_allowance_is_no_contract(text: str, contract: bool) -> None:
    offer = parse_engagement(None, text)
    assert (offer is not None and "contract" in offer.engagements) is contract
