"""Held-out cases (session s48): a CV to a named company's chat number, a wage stated
beside a chat, other verbs of a hire with no interview, and bare 刷单."""

import pytest

from tests.ranking.test_legitimacy import FILLER, codes, run

P = pytest.param
SHOP = "Kedai Teknologi Sdn Bhd"


@pytest.mark.parametrize(
    ("company", "text", "hard", "soft"),
    [
        P(SHOP, "Send your CV to our HR on WhatsApp +60 12-345 6789.", set(), True,
          id="a CV to a named company's number, its only route"),
        P("Ikeja Freight Ltd", "Interested applicants should send their CV via WhatsApp to "
          "0803 555 1212.", set(), True, id="WhatsApp to a number"),
        P(SHOP, "Send your CV to hr@kedaitek.com.my or to our HR on WhatsApp +60 12-345 6789.",
          set(), False, id="an e-mail beside it"),
        P("Mandalay Pixel", "Send your portfolio on Viber 09 450 123 456, we pay 800,000 MMK a "
          "month.", set(), True, id="the wage in the chat's sentence"),
        P("Cebu Contact Inc.", "Salary is paid monthly, questions on Viber 0917 555 0199.",
          set(), True, id="a salary a clause before the chat"),
        P(None, "Salary is paid monthly, questions on Viber 0917 555 0199.", {"chat_handle"},
          False, id="no employer behind it"),
        P("Nova Digital", "You will be paid via Telegram every Friday.", {"chat_app"}, False,
          id="pay through the chat"),
        P("Global Reach Marketing", "Earn RM500 daily from home! Send your CV to our HR on "
          "WhatsApp +60 12-345 6789.", {"chat_handle"}, False, id="beside an easy-money pitch"),
        P(SHOP, "Send your CV on WhatsApp +60 12-345 6789. Interviews are held on WhatsApp.",
          {"chat_app"}, False, id="the interview there too"),
    ],
)  # fmt: skip
def test_a_cv_or_a_wage_beside_a_chat(
    company: str | None, text: str, hard: set[str], soft: bool
) -> None:
    found = run(f"{FILLER} {text}", company=company)
    assert codes(found, hard=True) == hard
    assert ("chat_route" in codes(found, hard=False)) is soft


def test_questions_by_whatsapp_beside_an_application_mail() -> None:
    text = "Apply with your CV at jobs@ikejafreight.ng. Questions? WhatsApp us on 0803 555 1212."
    assert codes(run(f"{FILLER} {text}", company="Ikeja Freight Ltd"), hard=True) == set()


@pytest.mark.parametrize(
    ("text", "vetoed", "urgent"),
    [
        P("We take you on this week, no calls, no tests, without any interview. WhatsApp "
          "0302-1112223.", True, True, id="take you on"),
        P("We can start you tomorrow without an interview, message us on WhatsApp "
          "0302-1112223.", True, True, id="start you"),
        P("We onboard you within 24 hours without any interview. Apply at "
          "https://warungdigital.my/careers.", False, True, id="onboard you, no chat"),
        P("Onboarding takes two weeks without any interview prep needed from you. Apply at "
          "https://warungdigital.my/careers.", False, False, id="onboarding without prep"),
        P("We never hire without an interview. Apply at https://warungdigital.my/careers.",
          False, False, id="an interview promised"),
    ],
)  # fmt: skip
def test_a_hire_with_no_interview_in_other_verbs(text: str, vetoed: bool, urgent: bool) -> None:
    found = run(f"{FILLER} {text}", company="Warung Digital Sdn Bhd")
    assert ("chat_app" in codes(found, hard=True)) is vetoed
    assert ("urgency" in codes(found, hard=False)) is urgent


@pytest.mark.parametrize(
    ("text", "hyped"),
    [
        P("网店刷单，每单佣金5-20元，手机就可以操作。", True, id="brushing orders"),
        P("淘寶刷單，每天完成30單。", True, id="Traditional"),
        P("温馨提示：谨防刷单诈骗，本店不会要求任何人垫付资金。", False, id="a warning"),
        P("本公司不刷单。", False, id="refused"),
        P("我们是一家印刷单位，招聘印刷机长，月薪8000元。", False, id="a printing works"),
        P("周末兼职服务员，时薪25元，日结，包工作餐。", False, id="paid daily"),
    ],
)  # fmt: skip
def test_brushing_orders_alone_is_the_task_scams_pitch(text: str, hyped: bool) -> None:
    assert ("earnings_hype" in codes(run(text, company="某某有限公司"), hard=False)) is hyped
