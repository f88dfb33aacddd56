import pytest

from warehouse.ranking.engagement import parse_engagement
from warehouse.ranking.tax_terms import Stated, read_tax_terms, stated_tax_terms


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
        ("Rate: $65/hr on W2. Onsite in Charlotte.", "w2_only"),
        ("W2 hourly $60-65. Plano, TX onsite.", "w2_only"),
        ("Paid through W-2 with our agency.", "w2_only"),
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


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Six-month contract, T4 or Incorporated. Hybrid in Toronto.", "incorporated"),
        ("Incorporated contractors only. Must be eligible to work in Canada.", "incorporated"),
        ("Engagement type: Incorporated. $105/hr.", "incorporated"),
        ("Up to $98/hr (incorporated), $88/hr on T4.", "incorporated"),
        ("Open to invoicing through your own corporation.", "incorporated"),
        ("Contrat de 6 mois, travailleur autonome ou incorporé.", "incorporated"),
        ("T4 only - incorporated candidates will not be considered.", "t4_only"),
        ("9 month T4 contract through our agency.", "t4_only"),
        ("No incorporated resources for this role.", "t4_only"),
        ("Payroll: T4. Benefits not included.", "t4_only"),
        ("Rate: $820 per day + super. PAYG or ABN.", "abn"),
        ("ABN holders only, $1,050 p.d. inc super.", "abn"),
        ("Engaged via your Pty Ltd, 4 month term.", "abn"),
        ("Engagement: ABN / Pty Ltd. Remote within Australia.", "abn"),
        ("PAYG only - we are unable to engage ABN or Pty Ltd contractors.", "payg_only"),
        ("Daily rate contract. Contract type: PAYG.", "payg_only"),
        ("Initial 6 month PAYG contract with view to extend.", "payg_only"),
    ],
)
def test_canadian_and_australian_terms_are_read(text: str, expected: str) -> None:
    assert read_tax_terms(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Build our T4 analytics platform that helps employers file T4 slips.",
        "A partner of ABN AMRO is hiring a permanent cloud engineer.",
        "Acme Incorporated was incorporated in 2009 and builds a super app.",
        "Feedback is incorporated into each sprint. Acme Pty Ltd, Surry Hills.",
        "Process PAYG withholding and BAS lodgements for clients.",
    ],
)
def test_look_alikes_of_those_terms_name_none(text: str) -> None:
    assert read_tax_terms(text) is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Contract via ABN, 9 months.", "abn"),
        ("Happy to engage via PAYG or your own Pty Ltd.", "abn"),
        ("Invoice from your own corp, 6 months.", "incorporated"),
    ],
)
def test_her_own_company_named_after_via_or_your_own(text: str, expected: str) -> None:
    assert read_tax_terms(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Java dev. C2C/1099 OK.", Stated("c2c", "C2C", 10)),
        ("Dallas. No C2C or third parties.", Stated("w2_only", "No C2C", 8)),
        ("Dallas. no 1099/C2C.", Stated("w2_only", "no 1099", 8)),
        ("$75 on W-2, no corp-to-corp.", Stated("w2_only", "on W-2", 4)),
        ("Toronto. T4 only.", Stated("t4_only", "T4 only", 9)),
        ("Sydney. PAYG or ABN.", Stated("abn", "PAYG or ABN", 8)),
    ],
)
def test_the_words_that_state_the_terms_are_kept(text: str, expected: Stated) -> None:
    """What the engagement's phrase quotes: the term she can take, the payroll-only
    phrase, else the first refusal, from the text as written."""
    assert stated_tax_terms(text) == expected
