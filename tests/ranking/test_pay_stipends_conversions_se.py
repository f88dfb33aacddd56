"""Pay the rate reader used to misread: an Indian intern's stipend with no period (a
month's), a sum converted in a bracket with no estimate word (no second rate), and
Hindi's and Urdu's "se" as a range's word only in their texts (elsewhere it is "if")."""

import pytest

from warehouse.ranking.rates import parse_rate

P = pytest.param


@pytest.mark.parametrize(
    ("text", "rate"),
    [P("UI Design Intern\nStipend: ₹12,000\nDuration: 2 months", (12_000, 12_000, "month"),
       id="a stipend alone"),
     P("Research Internship\nStipend: ₹ 6,000 - 9,000\nPart time", (6_000, 9_000, "month"),
       id="a range, a title's last word on the line above"),
     P("Intern stipend Rs. 7,500 plus certificate", (7_500, 7_500, "month"), id="Rs")],
)  # fmt: skip
def test_a_rupee_stipend_with_no_period_is_a_months(
    text: str, rate: tuple[float, float, str]
) -> None:
    found = parse_rate(text)
    assert found is not None
    assert (found.min, found.max, found.period, found.currency) == (*rate, "INR")


@pytest.mark.parametrize(
    "text",
    [P("Fellowship stipend: ₹3,60,000 for the year", id="a fellowship's whole stipend"),
     P("Home office stipend ₹5,000", id="a perk")],
)  # fmt: skip
def test_a_stipend_too_large_or_a_perk_is_no_months_pay(text: str) -> None:
    found = parse_rate(text)
    assert found is None or found.period != "month"


@pytest.mark.parametrize(
    ("text", "currency", "rate"),
    [P("Salary: €60k ($65k), remote in the EU.", "USD", (60_000, 60_000, "EUR"),
       id="a bracketed dollar sum"),
     P("Day rate £500 (US$640) outside IR35.", "USD", (500, 500, "GBP"), id="a day rate"),
     P("Budget: $90k-$110k (€83k-€101k).", "EUR", (90_000, 110_000, "USD"), id="a range"),
     P("Salary: €100k ($120k for US hires).", "USD", (120_000, 120_000, "USD"),
       id="a bracket that goes on names an alternative"),
     P("Pay: $140k-$160k (US) or €100k-€120k (EU).", "EUR", (100_000, 120_000, "EUR"),
       id="alternatives each named")],
)  # fmt: skip
def test_a_sum_bracketed_alone_after_another_is_its_conversion(
    text: str, currency: str, rate: tuple[float, float, str]
) -> None:
    found = parse_rate(text, currency=currency)
    assert found is not None
    assert (found.min, found.max, found.currency) == rate


@pytest.mark.parametrize(
    ("text", "rate"),
    [P("Cachê por vídeo: R$ 500 se 10 mil visualizações.", (500, 500, "BRL"),
       id="Portuguese if"),
     P("Tankhwah: 80 hazar se 1 lakh PKR", (80_000, 100_000, "PKR"), id="Urdu, hazar"),
     P("₹40k se ₹55k tak per month", (40_000, 55_000, "INR"), id="Hindi, the rupee")],
)  # fmt: skip
def test_se_is_a_range_word_in_hindi_and_urdu_only(
    text: str, rate: tuple[float, float, str]
) -> None:
    found = parse_rate(text)
    assert found is not None
    assert (found.min, found.max, found.currency) == rate
