"""Pay as Persian posts write it: Persian digits, the dollar and euro by their Persian
names, and the hour and month after "در" (in) or "هر" (each); tomans, ten rials each
("۳۰ میلیون تومان", read as rials), and rials ("ریال", not the Gulf's "ريال")."""

import pytest

from warehouse.ranking._text import western_digits
from warehouse.ranking.rates import parse_rate


@pytest.mark.parametrize(
    ("text", "rate"),
    [("دستمزد: ۲۵ دلار در ساعت", (25, 25, "hour", "USD")),
     ("حقوق ۲۰۰۰ دلار در ماه", (2000, 2000, "month", "USD")),
     ("۳۰ یورو هر ساعت", (30, 30, "hour", "EUR")),
     ("ماهانه ۱۵۰۰ دلار", (1500, 1500, "month", "USD")),
     ("حقوق: ۳۰ میلیون تومان در ماه", (300_000_000, 300_000_000, "month", "IRR")),
     ("حقوق ۲۰ تا ۳۰ میلیون تومان", (200_000_000, 300_000_000, "month", "IRR")),
     ("حقوق ماهانه ۳۰۰۰۰۰۰۰ ریال", (30_000_000, 30_000_000, "month", "IRR")),
     ("Salary 25,000,000 toman per month", (250_000_000, 250_000_000, "month", "IRR")),
     ("IRR 300,000,000 monthly", (300_000_000, 300_000_000, "month", "IRR")),
     ("الراتب ٥ آلاف ريال شهريا", (5_000, 5_000, "month", "SAR"))],
)  # fmt: skip
def test_persian_pay(text: str, rate: tuple[float, float, str, str]) -> None:
    found = parse_rate(western_digits(text))
    assert found is not None
    assert (found.min, found.max, found.period, found.currency) == rate


def test_a_projects_months_are_no_monthly_pay() -> None:
    assert parse_rate(western_digits("پروژه در ۳ ماه، بودجه توافقی")) is None
