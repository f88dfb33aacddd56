"""Multi-role posts in the shapes real boards use: a bulleted, bold or emoji role line
with its terms on the line under it, inline "- X (...) - Y (...)" items, a "Roles:" line
of semicolons, a section per role, and a title that puts its rank first."""

from __future__ import annotations

import pytest

from extractors._contract import Posting
from tests.ranking.test_listed_role_terms import DATA, DESIGN, FRONTEND
from warehouse.ranking.features import Features, understand
from warehouse.ranking.profile import Profile, RankingSettings

P = pytest.param
MOBILE = Profile(
    skills=("swift", "kotlin"),
    roles=("mobile engineer", "ios engineer", "android engineer"),
    remote_only=False,
    locations=("EU", "PT", "Lisbon"),
)


def _read(text: str, profile: Profile, title: str | None = None) -> Features:
    posting = Posting(
        source="reddit", source_id="1", url="https://x.test/1", title=title, text=text
    )
    return understand(posting, profile, RankingSettings())


def _terms(f: Features) -> tuple[object, ...]:
    return f.engagement, f.rate_min, f.rate_max, f.rate_period, f.eligibility


BULLETS = (
    "- Senior Analytics Engineer\n  Remote (EU), contract, €650/day\n"
    "- Product Designer\n  Onsite in Vienna, full-time, €72k"
)
BOLD = (
    "**Data Engineer**\nRemote (US only) · Contract · $90/hr\n\n"
    "**Frontend Engineer**\nRemote (US) · Full-time · $150k-$175k"
)
EMOJI = (
    "🔸 Data Engineer – Remote (EU) – contract – €600/day\n"
    "🔸 UX Designer – Remote (EU) – freelance – €55/h\n"
    "🔸 Frontend Engineer – Chicago onsite – full-time – $140k"
)
DOTS = (
    "• Senior Android Engineer\nLisbon (hybrid), contract, €65/h\n\n"
    "• Sales Lead\nRemote (US), full-time, $120k"
)


@pytest.mark.parametrize(
    ("text", "profile", "expected"),
    [
        P(BULLETS, DATA, ("contract", 650, 650, "day", "eligible"), id="dash-data"),
        P(BULLETS, DESIGN, ("full_time", 72_000, 72_000, "year", "not_eligible"), id="dash-design"),
        P(BOLD, DATA, ("contract", 90, 90, "hour", "not_eligible"), id="bold-data"),
        P(BOLD, FRONTEND, ("full_time", 150_000, 175_000, "year", "eligible"), id="bold-frontend"),
        P(EMOJI, DESIGN, ("freelance", 55, 55, "hour", "eligible"), id="emoji-design"),
        P(EMOJI, FRONTEND, ("full_time", 140_000, 140_000, "year", "not_eligible"), id="emoji-fe"),
        P(DOTS, MOBILE, ("contract", 65, 65, "hour", "eligible"), id="dot-mobile"),
    ],
)
def test_a_role_line_s_terms_under_it_are_its_own(
    text: str, profile: Profile, expected: tuple[object, ...]
) -> None:
    assert _terms(_read(text, profile, "Hiring")) == expected


def test_a_heading_between_bare_bullets_is_no_role_s_terms() -> None:
    """A list that writes no terms under its items: a line between them heads the next."""
    text = (
        "Remote (EU):\n- Data Engineer\n- Product Designer\n\nOnsite in Oslo\n- Frontend Engineer"
    )
    assert _read(text, DESIGN, "Fjordline | Remote (EU)").eligibility == "eligible"
    assert _read(text, FRONTEND, "Fjordline | Remote (EU)").eligibility == "not_eligible"


def test_inline_dash_items_after_a_colon_each_have_their_terms() -> None:
    text = "Now hiring: - Analytics Engineer (contract, $85/h) - UI Engineer (full-time, $145k)"
    title = "Bramble | Remote (US)"
    assert _terms(_read(text, DATA, title))[:4] == ("contract", 85, 85, "hour")
    assert _terms(_read(text, FRONTEND, title))[:4] == ("full_time", 145_000, 145_000, "year")


def test_a_roles_line_of_own_terms_is_no_header() -> None:
    """The first line lists roles with their terms: each its own, not the post's mix."""
    text = (
        "Roles: Data Engineer (contract, remote EU); UX Designer (full-time, Munich onsite); "
        "iOS Engineer (freelance, Lisbon)"
    )
    assert _read(text, DESIGN).engagement == "full_time"
    assert _read(text, MOBILE).engagement == "freelance"
    assert _read(text, DATA).engagement == "contract"


def test_a_bare_role_takes_the_post_s_place_not_another_role_s() -> None:
    text = (
        "Roles: Senior Data Engineer; UX Designer (Munich, hybrid); Account Executive (NYC)\n"
        "All roles are contract and remote within the EU unless noted."
    )
    assert _read(text, DATA).eligibility == "eligible"
    assert _read(text, DESIGN).eligibility == "not_eligible"


SECTIONS = (
    "Data Engineer\nYou will run our dbt and Airflow stack. Remote within the EU, contract, "
    "6 months, €90/h.\n\nFrontend Engineer\nYou will build our React app at our Denver "
    "office. Full-time, $130k-$150k, onsite in Denver, CO."
)


@pytest.mark.parametrize(
    ("profile", "expected"),
    [
        P(DATA, ("contract", 90, 90, "hour", "eligible"), id="data"),
        P(FRONTEND, ("full_time", 130_000, 150_000, "year", "not_eligible"), id="frontend"),
    ],
)
def test_a_role_s_section_states_its_terms(profile: Profile, expected: tuple[object, ...]) -> None:
    assert _terms(_read(SECTIONS, profile, "Two openings at Larchmont")) == expected


@pytest.mark.parametrize(
    ("title", "profile"),
    [
        P("Quillon | Engineer, Senior (Data) | Remote (EU) | Contract", DATA, id="senior-data"),
        P("Quillon | Engineer, Staff - Frontend | Remote (US)", FRONTEND, id="staff-frontend"),
        P("Hiring: Backend, Frontend, Mobile (all remote, contract)", FRONTEND, id="hiring-colon"),
    ],
)
def test_a_title_of_rank_first_or_bare_trades_names_the_role(title: str, profile: Profile) -> None:
    assert _read("Small team, good people.", profile, title).relevant


# "Also hiring:" after the main role lists more roles, each with its own terms; the
# header's cells are its own role's, its amount that role's pay
ALSO_HIRING = (
    "Wrenmoor | Staff Frontend Engineer | Remote (US) | Full-time | $170k-$200k\n\n"
    "Our React app runs 3,000 bakeries.\n\n"
    "Also hiring: Data Engineer (contract, remote EU, €85/h), Product Designer (full-time, "
    "Munich onsite)."
)


@pytest.mark.parametrize(
    ("profile", "expected"),
    [
        P(FRONTEND, ("full_time", 170_000, 200_000, "year", "eligible"), id="the-header-s-role"),
        P(DATA, ("contract", 85, 85, "hour", "eligible"), id="an-also-hiring-role"),
    ],
)
def test_also_hiring_lists_roles_with_their_own_terms(
    profile: Profile, expected: tuple[object, ...]
) -> None:
    assert _terms(_read(ALSO_HIRING, profile, ALSO_HIRING.split("\n")[0])) == expected


def test_an_also_hiring_role_s_place_is_its_own() -> None:
    features = _read(ALSO_HIRING, DESIGN, ALSO_HIRING.split("\n")[0])
    assert (features.engagement, features.eligibility) == ("full_time", "not_eligible")


def test_a_role_s_brackets_in_a_header_listing_another_are_its_own() -> None:
    """Not the header's cells: "(full-time, $140k)" is the designer's alone."""
    header = (
        "Hollin | Backend Engineer (contract, $120/h), Product Designer (full-time, $140k)"
        " | Remote (US)"
    )
    features = _read(header, DESIGN, header)
    assert (features.engagement, features.rate_min) == ("full_time", 140_000)


@pytest.mark.parametrize(
    ("profile", "expected"),
    [
        P(DESIGN, "eligible", id="the-trade-the-bracket-names"),
        P(FRONTEND, "review", id="the-rest-at-the-office-in-a-post-in-doubt"),
    ],
)
def test_a_bracket_naming_a_trade_s_way_of_working_is_its_own(
    profile: Profile, expected: str
) -> None:
    header = "Kittiwake | Frontend Engineer, Product Designer | SF Onsite (Designer Remote)"
    features = _read(header, profile, header)
    assert features.eligibility == expected
    assert "as stated for the" in features.eligibility_reason


def test_design_in_a_header_s_field_of_trades_is_a_designer() -> None:
    header = "Alderney | Frontend, Design | Remote (EU) | Contract"
    features = _read(f"{header}\n\nWe need help with our booking app.", DESIGN, header)
    assert features.relevant
    assert (features.engagement, features.eligibility) == ("contract", "eligible")
