"""A card (a job alert's, a saved job's) that names no terms but a year's salary is
employment; its words of terms win over its pay; a whole post is not read so."""

from __future__ import annotations

import pytest

from extractors._contract import Posting
from warehouse.ranking.features import understand
from warehouse.ranking.profile import Profile, RankingSettings


def _card(title: str, pay: str, text: str = "") -> Posting:
    return Posting(
        "inbox", "linkedin:4100000001", "https://www.linkedin.com/jobs/view/4100000001/",
        title=title, company="Northwind Labs", text=text, location="United States (Remote)",
        salary_raw=pay, kind="demand",
    )  # fmt: skip


@pytest.mark.parametrize(
    ("title", "pay", "text", "engagement"),
    [
        ("Senior Backend Engineer", "$120K/yr - $150K/yr", "", "full_time"),
        ("Data Engineer", "£60,000 - £70,000 a year", "", "full_time"),
        ("Python Developer", "€55k p.a.", "", "full_time"),
        ("Frontend Engineer", "$130,000.00/yr - $160,000.00/yr", "", "full_time"),
        # words of terms win over the pay
        ("Contract Data Engineer", "$120K/yr", "", "contract"),
        ("Node.js Developer - 6 month contract", "£65,000/yr - £75,000/yr", "", "contract"),
        ("Freelance Python Developer", "€55k p.a.", "", "freelance"),
        ("Senior Data Analyst", "$120K/yr - $140K/yr", "Part-time, 20 hours per week.",
         "part_time"),
        # other pay says what it said before: a day rate a contract, an hour nothing
        ("Backend Developer", "€600/day", "", "contract"),
        ("Platform Engineer", "$95/hr", "", None),
    ],
)  # fmt: skip
def test_a_card_paid_by_the_year_is_employment(
    title: str, pay: str, text: str, engagement: str | None
) -> None:
    found = understand(_card(title, pay, text), Profile(), RankingSettings(), summary=True)
    assert found.engagement == engagement
    if engagement == "full_time":
        assert (found.engagement_basis, found.engagement_raw) == ("parsed", pay)


def test_a_whole_post_paid_by_the_year_states_no_terms_by_its_pay() -> None:
    """A post's own words may state its terms where no reader knows them: only a card's
    silence says employment."""
    found = understand(_card("Senior Backend Engineer", "$120K/yr"), Profile(), RankingSettings())
    assert found.engagement is None
