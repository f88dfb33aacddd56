"""Held-out scams and their honest look-alikes (session s46): a multi-level scheme's
starter pack priced beside the earnings it promises (its own pitch, no pay), an honest
commission-only sale, and a check sent for the applicant's equipment or cashed and paid
on to the scheme's vendor, whoever sends it."""

import pytest

from tests.ranking.test_legitimacy import codes, run

P = pytest.param


@pytest.mark.parametrize(
    "text",
    [P("Build your downline and share in its sales. Buy your enrollment pack for $129 to "
       "begin earning.", id="an enrollment pack to begin earning"),
     P("Recruit others into your team. Join for a one-time $39 membership fee and earn "
       "commissions on every sale.", id="a membership fee beside commissions"),
     P("Residual income from your upline's network! A $59 starter kit and you start earning "
       "this week.", id="a kit, residual income")],
)  # fmt: skip
def test_a_multi_level_schemes_pack_priced_beside_its_earnings_vetoes(text: str) -> None:
    assert "pay_to_work" in codes(run(text, title="Brand Partner"), hard=True)


@pytest.mark.parametrize(
    "text",
    [P("Commission-only: earn commissions on every sale you close, paid monthly. Begin "
       "earning in your first month; we supply leads and a CRM.", id="commission-only sales"),
     P("Earn 8% commission on every sale. Company car and a $500 phone allowance provided.",
       id="commission and an allowance")],
)  # fmt: skip
def test_commissions_with_no_scheme_named_veto_nothing_new(text: str) -> None:
    assert "pay_to_work" not in codes(run(text, title="Sales Representative"), hard=True)


@pytest.mark.parametrize(
    "text",
    [P("Once hired, we will send you a check to buy your equipment.", id="we send the check"),
     P("A check arrives by courier. Cash it and pay our equipment vendor the balance.",
       id="cashed and paid on to their vendor"),
     P("The company will mail you a cheque for your laptop and software.", id="a cheque")],
)  # fmt: skip
def test_an_equipment_check_vetoes_whoever_sends_it(text: str) -> None:
    assert "fake_check" in codes(run(text, title="Remote Assistant"), hard=True)


@pytest.mark.parametrize(
    "text",
    [P("Collect client payments, deposit them and pay our suppliers on time.",
       id="a bookkeeper's deposits"),
     P("We will send you a paycheck every two weeks; your laptop is shipped by IT.",
       id="a paycheck"),
     P("Process vendor payments by check and reconcile the accounts each month.",
       id="paying vendors by check")],
)  # fmt: skip
def test_checks_and_vendors_in_honest_duties_veto_nothing(text: str) -> None:
    assert "fake_check" not in codes(run(text, title="Accounts Assistant"), hard=True)
