"""Held-out cases (session s47): a small employer's chat number, a hire with no
interview said late, romanised Bangla fees and Simplified Chinese scam words."""

import pytest

from tests.ranking.test_legitimacy import FILLER, codes, run

P = pytest.param


@pytest.mark.parametrize(
    ("company", "text", "hard", "soft"),
    [
        P("Warung Digital Sdn Bhd", "Gaji RM4,000 sebulan. WhatsApp 013-222 8899 untuk pertanyaan.",
          set(), True, id="a named employer's number"),
        P("Lekki Prints Ltd", "Interested candidates should WhatsApp their CV to 0805 222 3344.",
          set(), True, id="a CV to a named employer's number"),
        P("Studio Kanvas", "WhatsApp your portfolio to 0333-7654321.", set(), True,
          id="a portfolio sent to a number"),
        P(None, "Gaji RM4,000 sebulan. WhatsApp 013-222 8899 untuk pertanyaan.",
          {"chat_handle"}, False, id="no employer behind the number"),
        P("Lotus Star Ventures", "Earn Rs 18,000 weekly from home. WhatsApp 98111 22334.",
          {"chat_handle"}, False, id="easy money beside the number"),
        P("Lotus Star Ventures", "Message us at https://wa.me/919811122334 to join the team.",
          {"chat_handle"}, False, id="a chat link"),
        P("Lotus Star Ventures", "Telegram: @lotus_star_hr", {"chat_handle"}, False,
          id="a handle"),
        P("Lotus Star Ventures", "Open app\n\nLooks like you don't have WhatsApp installed.",
          {"chat_handle"}, False, id="a copied WhatsApp page"),
        P("Lotus Star Ventures", "Joining fee Rs 300. WhatsApp 98111 22334.",
          {"chat_handle", "pay_to_work"}, False, id="a fee beside the number"),
        P("Warung Digital Sdn Bhd", "Apply at https://warungdigital.my/careers or WhatsApp "
          "013-222 8899 for quick questions.", set(), False, id="an apply page beside it"),
    ],
)  # fmt: skip
def test_a_named_employers_chat_number(
    company: str | None, text: str, hard: set[str], soft: bool
) -> None:
    found = run(f"{FILLER} {text}", company=company)
    assert codes(found, hard=True) == hard
    assert ("chat_route" in codes(found, hard=False)) is soft


@pytest.mark.parametrize(
    ("text", "vetoed"),
    [
        P("Our recruiter will reach you on WhatsApp +60 12-777 0101 for scheduling. Apply at "
          "https://warungdigital.my/careers.", False, id="scheduling in the chat"),
        P("Shortlisted candidates are interviewed on WhatsApp +60 12-777 0101. Apply at "
          "https://warungdigital.my/careers.", True, id="the interview in the chat"),
        P("We hire you this week, no calls, no tests, without any interview. WhatsApp "
          "0302-1112223.", True, id="no interview seven words after the hire"),
        P("No one is offered a contract here, junior or senior, without an interview. "
          "WhatsApp 0302-1112223 for questions, apply at https://warungdigital.my/careers.",
          False, id="an interview promised"),
    ],
)  # fmt: skip
def test_a_chat_beside_the_interview(text: str, vetoed: bool) -> None:
    found = codes(run(f"{FILLER} {text}", company="Warung Digital Sdn Bhd"), hard=True)
    assert ("chat_app" in found) is vetoed


@pytest.mark.parametrize(
    ("text", "vetoed"),
    [
        P("Registration fee matro 150 taka, bKash korun.", True, id="bKash korun"),
        P("Activation fee 300 tk Nagad e pathan.", True, id="Nagad e pathan"),
        P("Kono joining fee nei. Salary bKash e deya hobe.", False, id="no fee, pay by bKash"),
        P("入职前需缴纳保证金500元。", True, id="a Simplified deposit"),
        P("公司提供免费培训，无需缴纳任何费用。", False, id="Simplified: no fee at all"),
        P("Send your CV to our HR lead, Sana Pathan, at jobs@warungdigital.my.", False,
          id="an English surname"),
    ],
)  # fmt: skip
def test_fees_in_romanised_bangla_and_simplified_chinese(text: str, vetoed: bool) -> None:
    assert ("pay_to_work" in codes(run(f"{FILLER} {text}"), hard=True)) is vetoed


@pytest.mark.parametrize(
    ("text", "hyped"),
    [
        P("点赞赚钱，日结工资。", True, id="money for likes, by the day"),
        P("刷单兼职，手机就能做。", True, id="fake orders"),
        P("月薪20k，五险一金。", False, id="a salary and benefits"),
        P("Earn RM250 daily with your phone.", True, id="ringgit a day"),
        P("You will earn Rs 40,000 a month as a junior developer.", False, id="a month's pay"),
    ],
)  # fmt: skip
def test_easy_money_in_other_currencies_and_simplified(text: str, hyped: bool) -> None:
    assert ("earnings_hype" in codes(run(f"{FILLER} {text}"), hard=False)) is hyped
