"""A full-stack developer in Dhaka, working for Bangladeshi companies and for foreign
clients: taka as Bangladeshi posts write it ("Tk. 40,000 - 60,000 (Monthly)", "1.2 lakh
taka", "৳ ৩৫,০০০", "৫০ হাজার টাকা", a month's with no period said under a salary word),
the day's pay a typing-job scam promises ("daily income 1000-1500 taka", "প্রতিদিন"), work
from home in Bangla ("বাসা থেকে কাজ"), and a hybrid week's home days ("2 days work from
home") that are neither a fully remote job nor a scam's pitch."""

from __future__ import annotations

import pytest

from warehouse.ranking.legitimacy import assess
from warehouse.ranking.rates import parse_rate
from warehouse.ranking.regions import place_units
from warehouse.ranking.remote import parse_remote

P = pytest.param
_DHAKA = place_units(("BD",))


@pytest.mark.parametrize(
    ("text", "low", "high", "period"),
    [
        P("Salary: Tk. 40,000 - 60,000 (Monthly)\nFestival Bonus: 2", 40_000, 60_000, "month",
          id="bdjobs salary line"),
        P("Monthly stipend: Tk 12,000 for three months.", 12_000, 12_000, "month", id="Tk"),
        P("Salary: TK. 35000 - 45000 (negotiable)", 35_000, 45_000, "month",
          id="salary word, no period"),
        P("Salary: 1.2 - 1.5 lakh BDT per month (gross).", 120_000, 150_000, "month",
          id="lakh and code"),
        P("বেতন: ৳ ৪০,০০০ (আলোচনা সাপেক্ষে)", 40_000, 40_000, "month", id="bangla salary word"),
        P("বেতন: ৩০-৪০ হাজার টাকা", 30_000, 40_000, "month", id="bangla thousands"),
        P("বার্ষিক ৬ লাখ টাকা", 600_000, 600_000, "year", id="bangla lakh, yearly"),
        P("Earn a daily income of 800 taka.", 800, 800, "day", id="taka after"),
        P("daily income 1000-1500 taka", 1_000, 1_500, "day", id="daily income"),
        P("প্রতিদিন ৫০০-১০০০ টাকা ইনকাম করুন", 500, 1_000, "day", id="bangla daily"),
    ],
)  # fmt: skip
def test_taka_as_bangladeshi_posts_write_it(
    text: str, low: float, high: float, period: str
) -> None:
    rate = parse_rate(text, units=_DHAKA)
    assert rate is not None
    assert (rate.min, rate.max, rate.period, rate.currency) == (low, high, period, "BDT")


def test_a_taka_budget_is_a_projects_price() -> None:
    rate = parse_rate("Budget: Tk 50,000 for the whole website.", units=_DHAKA)
    assert rate is not None and (rate.period, rate.currency) == ("fixed", "BDT")


def test_taka_per_article_is_a_piece() -> None:
    rate = parse_rate("Payment: Tk 500 per article (1000 words).", units=_DHAKA)
    assert rate is not None and (rate.min, rate.period, rate.currency) == (500, "piece", "BDT")


@pytest.mark.parametrize(
    "text",
    [
        P("GUI in Tkinter 3.5 per the spec", id="a word that opens with Tk"),
        P("ATK 500 per month of testing", id="a word that ends with TK"),
    ],
)  # fmt: skip
def test_tk_inside_a_word_is_no_taka(text: str) -> None:
    assert parse_rate(text) is None


@pytest.mark.parametrize(
    "text",
    [
        P("ফ্রিল্যান্স ডেভেলপার, বাসা থেকে কাজ, সপ্তাহে ২০ ঘণ্টা।", id="basa theke kaj"),
        P("ঘরে বসে কাজ করুন, অভিজ্ঞতা লাগবে না।", id="ghore bose kaj"),
    ],
)  # fmt: skip
def test_work_from_home_in_bangla_is_remote(text: str) -> None:
    assert parse_remote("Bangladesh", text, None).scope == "region"


@pytest.mark.parametrize(
    "text",
    [
        P("Full-time, hybrid: 3 days in our Uttara office, 2 days work from home.",
          id="hybrid label"),
        P("Full-time. 3 days at the office, 2 days working from home.", id="no label"),
    ],
)  # fmt: skip
def test_home_days_of_a_week_are_hybrid_and_no_pitch(text: str) -> None:
    assert parse_remote("Uttara, Dhaka", text, None).scope == "hybrid"
    result = assess(title="Full Stack Developer", company="Turag Systems", text=text, url=None)
    assert "work_from_home" not in {flag.code for flag in result.flags}


def test_work_from_home_as_an_allowed_option_is_no_pitch() -> None:
    text = "Project basis job. Work from home is ok, but meetings in Uttara now and then."
    result = assess(title="Laravel Developer", company="Turag Systems", text=text, url=None)
    assert "work_from_home" not in {flag.code for flag in result.flags}


def test_work_from_home_as_the_pitch_is_still_flagged() -> None:
    text = "Mobile typing job: work from home, daily income! Students and housewives welcome."
    result = assess(title="Online Job", company=None, text=text, url=None)
    assert "work_from_home" in {flag.code for flag in result.flags}
