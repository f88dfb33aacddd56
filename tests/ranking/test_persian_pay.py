"""Pay as Persian posts write it: Persian digits, the dollar and euro by their Persian
names, and the hour and month after "در" (in) or "هر" (each)."""

import pytest

from warehouse.ranking._text import western_digits
from warehouse.ranking.rates import parse_rate


@pytest.mark.parametrize(
    ("text", "rate"),
    [("دستمزد: ۲۵ دلار در ساعت", (25, 25, "hour", "USD")),
     ("حقوق ۲۰۰۰ دلار در ماه", (2000, 2000, "month", "USD")),
     ("۳۰ یورو هر ساعت", (30, 30, "hour", "EUR")),
     ("ماهانه ۱۵۰۰ دلار", (1500, 1500, "month", "USD"))],
)  # fmt: skip
def test_persian_pay(text: str, rate: tuple[float, float, str, str]) -> None:
    found = parse_rate(western_digits(text))
    assert found is not None
    assert (found.min, found.max, found.period, found.currency) == rate


def test_a_projects_months_are_no_monthly_pay() -> None:
    assert parse_rate(western_digits("پروژه در ۳ ماه، بودجه توافقی")) is None
