"""Pay in naira, shillings and cedis, which Africa's boards and posts quote by the month."""

from __future__ import annotations

import pytest

from warehouse.ranking.rates import parse_field_rate, parse_rate


@pytest.mark.parametrize(
    ("text", "rate"),
    [
        ("Salary: KSh 180,000 gross per month, medical cover.", (180_000.0, 180_000.0, "KES")),
        ("Hybrid in Westlands. KSh 180,000 gross. SQL, Power BI.", (180_000.0, 180_000.0, "KES")),
        ("Remote – Nigeria only. Compensation: ₦450,000 – ₦600,000. Node.js.",
         (450_000.0, 600_000.0, "NGN")),
        ("Backend role, NGN 1.2m net, paid on the 25th.", (1_200_000.0, 1_200_000.0, "NGN")),
        ("On-site in Kampala. Salary UGX 4,500,000 gross.", (4_500_000.0, 4_500_000.0, "UGX")),
        ("Accra office. Salary: GHS 12,000 net.", (12_000.0, 12_000.0, "GHS")),
    ],
)  # fmt: skip
def test_a_salary_in_an_african_currency_is_a_months(
    text: str, rate: tuple[float, float, str]
) -> None:
    found = parse_rate(text)
    assert found is not None
    assert (found.min, found.max, found.currency, found.period) == (*rate, "month")


@pytest.mark.parametrize(
    ("field", "rate"),
    [
        ("KSh 180,000 - 250,000", (180_000.0, 250_000.0, "KES")),
        ("NGN 450,000 - 600,000", (450_000.0, 600_000.0, "NGN")),
    ],
)
def test_an_alerts_bare_pay_line_in_shillings_or_naira_is_a_months(
    field: str, rate: tuple[float, float, str]
) -> None:
    found = parse_field_rate(field, salary_field=True)
    assert found is not None
    assert (found.min, found.max, found.currency, found.period) == (*rate, "month")


@pytest.mark.parametrize(
    "text",
    [
        "We raised KES 200,000,000 in our seed round to serve farmers across Kenya.",
        "Our platform processed ₦450,000 in payments for every merchant last year.",
        "Relocation allowance of KSh 150,000 on joining.",
        "Join our community of 250,000 developers in Lagos and Nairobi.",
    ],
)
def test_sums_that_are_no_salary_are_no_months_pay(text: str) -> None:
    found = parse_rate(text)
    assert found is None or found.period != "month"
