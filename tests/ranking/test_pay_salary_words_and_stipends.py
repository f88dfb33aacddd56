"""Pay the rate reader used to miss: a ringgit sum beside a salary word (a month's), an
English "thousand" after a number, a Chinese pay word glued to the word before it, the
day's wages of Japanese and Arabic posts, an intern's stipend in Brazil and Italy, and a
Brazilian post's contractor (PJ) amount beside its employee (CLT) one."""

from __future__ import annotations

import pytest

from extractors._contract import Posting
from warehouse.ranking.features import Features, understand
from warehouse.ranking.profile import Profile, RankingSettings
from warehouse.ranking.rates import parse_rate

P = pytest.param
FREELANCER = Profile(skills=("python",), remote_only=False, engagements=("freelance",))
EMPLOYEE = Profile(skills=("python",), remote_only=False, engagements=("full_time",))


def _read(text: str, location: str | None = None, profile: Profile = FREELANCER) -> Features:
    posting = Posting(
        source="check", source_id="1", url="https://example.com/1", title="Role", text=text,
        location=location,
    )  # fmt: skip
    return understand(posting, profile, RankingSettings())


def _said(text: str) -> tuple[float | None, float | None, str | None, str | None] | None:
    found = parse_rate(text)
    return (found.min, found.max, found.period, found.currency) if found else None


@pytest.mark.parametrize(
    ("text", "rate"),
    [
        P("Gaji RM 6,500", (6_500, 6_500, "month", "MYR"), id="Malay salary word"),
        P("Salary: RM 5,200", (5_200, 5_200, "month", "MYR"), id="English salary word"),
        P("Gaji: RM3,800 - RM5,500 ikut pengalaman", (3_800, 5_500, "month", "MYR"), id="range"),
        P("Salary: RM 150,000 per annum", (150_000, 150_000, "year", "MYR"), id="a year said"),
        P("Budget: RM 6,500 for the whole app", (6_500, 6_500, "fixed", "MYR"), id="a budget"),
    ],
)  # fmt: skip
def test_a_ringgit_sum_beside_a_salary_word_is_a_month(
    text: str, rate: tuple[float, float, str, str]
) -> None:
    assert _said(text) == rate


def test_a_ringgit_sum_with_no_pay_word_is_no_month() -> None:
    assert _said("Laptop worth RM 4,000 provided") is None


@pytest.mark.parametrize(
    ("text", "rate"),
    [
        P("Salary: 38 thousand taka", (38_000, 38_000, "month", "BDT"), id="taka"),
        P("We pay 60 thousand rupees per month", (60_000, 60_000, "month", "INR"), id="rupees"),
        P("$12 thousand per month", (12_000, 12_000, "month", "USD"), id="dollars"),
    ],
)  # fmt: skip
def test_thousand_after_a_number_multiplies_it(text: str, rate: tuple[float, ...]) -> None:
    assert _said(text) == rate


def test_thousands_of_users_are_no_pay() -> None:
    assert _said("Our app has 30 thousand users; we pay $50/hour") == (50, 50, "hour", "USD")


@pytest.mark.parametrize(
    ("text", "rate"),
    [
        P("實習津貼月薪 NT$26,000", (26_000, 26_000, "month", "TWD"), id="intern's month"),
        P("工讀生時薪 NT$200", (200, 200, "hour", "TWD"), id="part-timer's hour"),
        P("月薪 NT$50,000", (50_000, 50_000, "month", "TWD"), id="alone"),
    ],
)  # fmt: skip
def test_a_chinese_pay_word_may_follow_another_word(text: str, rate: tuple[float, ...]) -> None:
    assert _said(text) == rate


@pytest.mark.parametrize(
    ("text", "location", "rate"),
    [
        P("会場設営スタッフ。日当 11,000円、交通費支給。", "東京都", (11_000, "JPY"), id="日当"),
        P("مطلوب عامل تعبئة. الأجرة اليومية 200 درهم.", "Casablanca", (200, "MAD"),
          id="the daily wage"),
    ],
)  # fmt: skip
def test_a_days_wage_is_no_contract(text: str, location: str, rate: tuple[float, str]) -> None:
    row = _read(text, location)
    assert (row.rate_min, row.currency, row.rate_period) == (rate[0], rate[1], "day")
    assert row.engagement is None


@pytest.mark.parametrize(
    ("text", "location", "rate"),
    [
        P("出張あり。出張日当 4,000円、交通費支給。", "大阪", None, id="a trip's per diem"),
        P("月給 30万円、出張手当 2,000円", "東京", (300_000, 300_000, "month", "JPY"),
          id="beside a month's pay"),
        P("出差補貼 NT$800，需常駐客戶端。", "台北", None, id="a trip's allowance in Chinese"),
        P("撮影補助。日当 9,000円。", "大阪", (9_000, 9_000, "day", "JPY"), id="a day's wage"),
    ],
)  # fmt: skip
def test_a_business_trips_per_diem_is_no_pay(
    text: str, location: str, rate: tuple[float, ...] | None
) -> None:
    row = _read(text, location)
    found = (row.rate_min, row.rate_max, row.rate_period, row.currency)
    assert (found if row.rate_min is not None else None) == rate


@pytest.mark.parametrize(
    ("text", "location", "rate"),
    [
        P("專案為期三個月 NT$60,000，遠端合作。", "台北", None, id="three months, in all"),
        P("項目周期3个月 ¥20,000", "上海", None, id="simplified"),
        P("契約期間3ヶ月 60万円", "東京", None, id="Japanese months counted"),
        P("約聘三個月，月薪 NT$48,000", "台北", (48_000, 48_000, "month", "TWD"),
          id="a month's pay beside"),
    ],
)  # fmt: skip
def test_a_sum_after_a_count_of_months_is_no_months_pay(
    text: str, location: str, rate: tuple[float, ...] | None
) -> None:
    row = _read(text, location)
    found = (row.rate_min, row.rate_max, row.rate_period, row.currency)
    assert (found if row.rate_min is not None else None) == rate


def test_a_day_rate_is_still_a_contract() -> None:
    row = _read("Outside IR35, day rate £520.", "London")
    assert (row.rate_min, row.rate_period, row.engagement) == (520, "day", "contract")


@pytest.mark.parametrize(
    ("text", "rate"),
    [
        P("Bolsa-auxílio: R$ 1.600", (1_600, 1_600, "month", "BRL"), id="bolsa-auxílio"),
        P("Bolsa auxilio de R$ 2.000", (2_000, 2_000, "month", "BRL"), id="unmarked"),
        P("Rimborso spese: 700 €", (700, 700, "month", "EUR"), id="rimborso spese"),
    ],
)  # fmt: skip
def test_an_interns_stipend_is_a_month(text: str, rate: tuple[float, ...]) -> None:
    assert _said(text) == rate


def test_a_trips_expenses_refund_is_no_month() -> None:
    assert _said("Rimborso spese di viaggio fino a 300 €") is None


@pytest.mark.parametrize(
    ("profile", "amount"),
    [P(FREELANCER, 11_000, id="contractor: PJ"), P(EMPLOYEE, 9_000, id="employee: CLT")],
)
def test_clt_or_pj_is_the_readers(profile: Profile, amount: float) -> None:
    row = _read("Remuneração: R$ 9.000 se CLT ou R$ 11.000 se PJ", "São Paulo", profile)
    assert (row.rate_min, row.rate_max, row.rate_period) == (amount, amount, "month")
