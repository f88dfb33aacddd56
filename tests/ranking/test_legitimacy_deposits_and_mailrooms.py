"""Held-out cases (session s48): a deposit for equipment payable before joining, Russian
fees for materials or access, a mailroom's internal forwarding, and 日结 (paid daily)."""

import pytest

from tests.ranking.test_legitimacy import FILLER, codes, run

P = pytest.param


@pytest.mark.parametrize(
    ("text", "vetoed"),
    [
        P("Laptop provided against a security deposit of PKR 25,000, payable before joining "
          "via JazzCash.", True, id="a laptop deposit payable before joining"),
        P("A device deposit of N30,000 is payable in advance; the tablet is returned at the "
          "end of your contract.", True, id="payable in advance"),
        P("Company laptop provided; no deposit.", False, id="no deposit"),
        P("Collect the security deposit of PKR 25,000 from tenants before move-in.", False,
          id="a deposit collected as a duty"),
        P("Invoices are payable within 30 days of delivery.", False, id="an invoice's terms"),
    ],
)  # fmt: skip
def test_a_deposit_payable_before_joining(text: str, vetoed: bool) -> None:
    found = run(f"{FILLER} {text}", company="Crescent BPO")
    assert ("pay_to_work" in codes(found, hard=True)) is vetoed


@pytest.mark.parametrize(
    ("text", "vetoed"),
    [
        P("Гарантийный взнос 1 500 руб. для получения материалов.", True,
          id="a guarantee fee for materials"),
        P("Страховой депозит 3.000 руб. для открытия доступа к кабинету.", True,
          id="a deposit to open access"),
        P("Все материалы и доступ к CRM выдаём бесплатно в первый день.", False,
          id="materials and access given free"),
        P("Бухгалтер: учёт страховых взносов, сверка депозитов клиентов.", False,
          id="an accountant's duties"),
        P("You get access to our lesson materials; pay is $18 per hour.", False,
          id="English access and materials"),
    ],
)  # fmt: skip
def test_russian_fees_for_materials_or_access(text: str, vetoed: bool) -> None:
    assert ("pay_to_work" in codes(run(f"{FILLER} {text}"), hard=True)) is vetoed


@pytest.mark.parametrize(
    ("text", "vetoed"),
    [
        P("Receive packages for staff, log them and forward them to the right desk.", False,
          id="to the right desk"),
        P("Receive incoming parcels, log them and forward them to the relevant department or "
          "team.", False, id="to a department"),
        P("Receive packages at your home and forward them to the new address we email you.",
          True, id="to a new address"),
        P("Receive packages for our staff and forward them to the team abroad with new "
          "labels.", True, id="to a team abroad"),
    ],
)  # fmt: skip
def test_internal_mail_is_no_reshipping(text: str, vetoed: bool) -> None:
    assert ("reshipping" in codes(run(f"{FILLER} {text}"), hard=True)) is vetoed


@pytest.mark.parametrize(
    ("text", "hyped"),
    [
        P("仓库临时工，日结工资150元/天，包午餐，现场面试。", False, id="a day's wage and lunch"),
        P("招聘日结兼职：展会派发传单，每天200元。", False, id="a paid-daily gig"),
        P("日结兼职，手机打字，日赚300-500。", True, id="beside typing by phone"),
        P("日結工資，點讚關注即可，每單3元。", True, id="beside likes, Traditional"),
    ],
)  # fmt: skip
def test_paid_daily_is_a_pitch_only_beside_the_task(text: str, hyped: bool) -> None:
    assert ("earnings_hype" in codes(run(text, company="某某有限公司"), hard=False)) is hyped
