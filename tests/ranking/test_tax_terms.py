import pytest

from warehouse.ranking.engagement import parse_engagement
from warehouse.ranking.tax_terms import read_tax_terms


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Contract W2 only - no C2C. 12+ months.", "w2_only"),
        ("Duration: 9 months. Only W2, C2C not accepted.", "w2_only"),
        ("W2 candidates only, no third parties.", "w2_only"),
        ("Candidates must be able to work on W2 without sponsorship.", "w2_only"),
        ("W2 hourly $68/hr. No corp-to-corp.", "w2_only"),
        ("Not open to C2C at this time.", "w2_only"),
        ("Contract-to-hire. W2 only (no 1099/C2C); benefits available.", "w2_only"),
        ("Tax terms: C2C: No | W2: Yes", "w2_only"),
        ("We cannot accept corp to corp for this role.", "w2_only"),
        ("C2C/1099 OK. Rate: $88/hr C2C.", "c2c"),
        ("Corp-to-corp welcome, 6 month contract.", "c2c"),
        ("Rate: $70/hr on W2, $80/hr C2C. Visa: Any.", "c2c"),
        ("Tax terms: W2 / C2C. Up to $92/hr.", "c2c"),
        ("Pay $55/hr, W2 or 1099.", "c2c"),
        ("Job type: Contract. C2C - Yes.", "c2c"),
        ("Tax term: C2C. Please share your updated resume with rate expectation.", "c2c"),
        ("No relocation. C2C is fine.", "c2c"),
        ("Contract - Independent", "c2c"),
        ("Contract. Tax term: W2. Benefits offered.", "w2_only"),
        ("Contract - W2", "w2_only"),
        ("Contract - W2 · Contract - Corp-To-Corp", "c2c"),
    ],
)
def test_stated_tax_terms_are_read(text: str, expected: str) -> None:
    assert read_tax_terms(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Full-time W2 employee role with benefits and 401(k).",
        "Prepare W2 forms and 1099 filings at year end; Form 1099 reconciliation.",
        "Remote, US. 6 month contract via our partner. Rate DOE.",
        "Our corporate office is in Plano; no travel.",
        "Ages 2-12, the W20 summit, C2CX platform.",
        "Prepare Form 1099 and W-2 reconciliations; 1099 and W2 reporting.",
    ],
)
def test_no_terms_are_read_where_none_are_stated(text: str) -> None:
    assert read_tax_terms(text) is None


def test_a_payrolls_1099_filings_are_no_contract() -> None:
    offer = parse_engagement("Payroll Specialist", "Full-time role. Prepare 1099 filings in ADP.")
    assert offer is not None and offer.engagement == "full_time"
    offer = parse_engagement("Tax Associate", "Full-time. Prepare Form 1099 reconciliations.")
    assert offer is not None and offer.engagement == "full_time"
    offer = parse_engagement("Data Engineer", "1099 contract, 3 months.")
    assert offer is not None and offer.engagement == "contract"
