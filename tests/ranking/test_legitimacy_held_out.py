"""Held-out scams and the honest posts that share their words (session s39): a chat app
beside a work address, Philippine "home-based", a paid bootcamp as the way in, fees in
Amharic and Yoruba, a crypto product's flows, South African equity wording."""

from __future__ import annotations

import unicodedata

import pytest

from tests.ranking.test_legitimacy import FILLER, codes, run

P = pytest.param


@pytest.mark.parametrize(
    "text",
    [
        P("Mándame tu CV a sofia@cumbretalent.co o escríbeme por WhatsApp +57 301 555 0199.",
          id="es: a work address or WhatsApp"),
        P("Dúvidas? Chama no WhatsApp (21) 95555-0142 ou envie o CV para rh@ondadados.com.br.",
          id="pt: a question's chat, then the CV elsewhere"),
        P("Send your portfolio to lena@northpixel.studio or message me on Telegram, @lena_np.",
          id="en: a work address or Telegram"),
    ],
)  # fmt: skip
def test_a_chat_beside_a_work_address_is_a_courtesy_not_a_veto(text: str) -> None:
    assessment = run(f"{FILLER} {text}", company="Cumbre Talent")
    assert "chat_app" not in codes(assessment, hard=True)
    assert assessment.legitimacy > 0.5


@pytest.mark.parametrize(
    "text",
    [
        P("Send your CV to cumbre.jobs@gmail.com or write us on WhatsApp +1 305 555 0111.",
          id="beside a free-mail address"),
        P("Email sofia@cumbretalent.co or do the interview on WhatsApp +57 301 555 0199.",
          id="the chat's own part holds the interview"),
        P("Interviews for this position are held on Telegram with our HR assistant.",
          id="an interview for the position held on a chat app"),
    ],
)  # fmt: skip
def test_a_chat_that_is_the_way_in_still_vetoes(text: str) -> None:
    assert "chat_app" in codes(run(f"{FILLER} {text}", company="Cumbre Talent"), hard=True)


def test_home_based_is_the_philippine_word_for_remote() -> None:
    text = (
        "Home-based Virtual Assistant for a Sydney clinic. PHP 30,000 a month, HMO and 13th "
        "month pay. Two years of admin experience."
    )
    assert "work_from_home" not in codes(run(f"{FILLER} {text}", company="Tala BPO"), hard=False)


def test_home_based_elsewhere_stays_a_pitch() -> None:
    text = "Home-based typing job, set your own hours, weekly pay."
    assert "work_from_home" in codes(run(f"{FILLER} {text}", company="Tala BPO"), hard=False)


@pytest.mark.parametrize(
    ("text", "code"),
    [
        P("To be considered, enrol in our Career Bootcamp ($450) at launchpath.dev/join.",
          "pay_to_work", id="a priced bootcamp as the way in"),
        P("Before your first shift you need to complete a background check through our partner "
          "at a cost of $55, reimbursed in your first paycheck.", "pay_to_work",
          id="a background check at a cost of"),
        P("You need our dictation software, which you must purchase from us for $129.",
          "buy_equipment", id="software bought from the employer"),
    ],
)  # fmt: skip
def test_paying_the_employer_to_get_in_vetoes(text: str, code: str) -> None:
    assert code in codes(run(f"{FILLER} {text}", company="Launchpath"), hard=True)


@pytest.mark.parametrize(
    "text",
    [
        P("You will teach our 10-week design bootcamp ($7,900) to evening cohorts.",
          id="the bootcamp the applicant teaches"),
        P("We run background checks through Certn at a cost of $35 per hire, paid by us.",
          id="a check the employer pays"),
        P("Our users can buy, sell and deposit USDT and BTC in one app.",
          id="a crypto product's flows"),
        P("This post will be filled in line with our Employment Equity plan; we are a Level 1 "
          "B-BBEE contributor.", id="South African equity wording"),
    ],
)  # fmt: skip
def test_the_same_words_in_an_honest_post_veto_nothing(text: str) -> None:
    assert not codes(run(f"{FILLER} {text}", company="Launchpath"), hard=True)


@pytest.mark.parametrize(
    "text",
    [
        P("ስራ ለመጀመር የምዝገባ ክፍያ 400 ብር በቴሌብር ይክፈሉ።", id="am: pay the registration fee"),
        P("የስልጠና ክፍያ 600 ብር መክፈል አለብዎት።", id="am: you must pay the training fee"),
        P("Lati bẹrẹ, ẹ gbọdọ san owó ìforúkọsílẹ̀ ₦4,000.", id="yo: with its marks"),
        P("Lati bere, e gbodo san owo iforukosile ₦4,000.", id="yo: without them"),
        P(unicodedata.normalize("NFD", "Ẹ gbọdọ san owó ìforúkọsílẹ̀ ₦4,000."),
          id="yo: marks as combining characters"),
    ],
)  # fmt: skip
def test_a_fee_asked_in_amharic_or_yoruba_vetoes(text: str) -> None:
    assert "pay_to_work" in codes(run(text, company="Kebede Online"), hard=True)


@pytest.mark.parametrize(
    "text",
    [
        P("ደመወዝ 18,000 ብር በወር፣ የ2 ዓመት ልምድ ያስፈልጋል።", id="am: a wage, then experience required"),
        P("ምንም አይነት የምዝገባ ክፍያ አንጠይቅም።", id="am: we ask no registration fee"),
        P("Ẹ ò ní san owó ìforúkọsílẹ̀ kankan. Owó oṣù ₦180,000.", id="yo: you pay no fee"),
    ],
)  # fmt: skip
def test_a_wage_or_a_refused_fee_in_amharic_or_yoruba_vetoes_nothing(text: str) -> None:
    assert not codes(run(text, company="Kebede Online"), hard=True)
