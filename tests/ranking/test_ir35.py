import pytest

from warehouse.ranking.ir35 import read_ir35


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Contract - Outside IR35. £600 per day.", "outside"),
        ("Outside of IR35, 6 months initial", "outside"),
        ("IR35: Outside | Rate: £575pd", "outside"),
        ("IR35 status - outside (SDS provided)", "outside"),
        ("The end client has deemed this role outside-IR35.", "outside"),
        ("Inside IR35 (umbrella). Up to £480/day.", "inside"),
        ("IR35 determination: Inside", "inside"),
        ("Caught by IR35; engagement via an FCSA-accredited umbrella.", "inside"),
        ("Umbrella only, no limited companies. £450 per day.", "inside"),
        ("£500 per day, paid via umbrella", "inside"),
        ("Day rate £420 (PAYE or umbrella).", "inside"),
    ],
)
def test_a_stated_status_is_read(text: str, expected: str) -> None:
    assert read_ir35(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Contract role, IR35 determination to be confirmed.",
        "Inside or outside IR35 depending on the work package.",
        "Outside IR35 for most roles; this one is inside IR35.",
        "£550 per day via Ltd company or umbrella.",
        "12 month FTC, PAYE, £65,000 per annum pro rata.",
        "The platform team sits under the umbrella of our Engineering org.",
        "We sell umbrella insurance and landlord cover.",
        "Flat 35 rooftop, hiring inside sales reps.",
    ],
)
def test_no_status_is_read_where_none_or_both_are_stated(text: str) -> None:
    assert read_ir35(text) is None


def test_an_umbrella_beside_a_limited_company_is_a_choice_not_a_status() -> None:
    assert read_ir35("Either Ltd company (outside) or PAYE via umbrella, TBC.") is None
    assert read_ir35("Umbrella only, no Ltd companies. Acme Ltd is an employment business.") == (
        "inside"
    )
