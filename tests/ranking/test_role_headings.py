"""A multi-role post's headings are the terms of the roles listed under them."""

from __future__ import annotations

import pytest

from extractors._contract import Posting
from extractors._normalize import html_to_text
from warehouse.ranking.features import Features, understand
from warehouse.ranking.profile import Profile, RankingSettings
from warehouse.ranking.remote import parse_remote

P = pytest.param
FRONTEND = Profile(
    skills=("react", "typescript"),
    roles=("frontend engineer",),
    remote_only=True,
    locations=("US", "Austin, Texas"),
)
DATA = Profile(
    skills=("python", "dbt"),
    roles=("data engineer", "analytics engineer"),
    remote_only=True,
    locations=("EU", "DE"),
)
MOBILE = Profile(
    skills=("swift", "kotlin"),
    roles=("ios engineer", "android engineer"),
    remote_only=False,
    locations=("EU", "PT", "Lisbon"),
)


def _read(html: str, profile: Profile) -> Features:
    text = html_to_text(html)
    posting = Posting(
        source="hackernews",
        source_id="1",
        url="https://x.test/1",
        title=text.split("\n")[0],
        text=text,
    )
    return understand(posting, profile, RankingSettings())


@pytest.mark.parametrize(
    ("html", "profile", "expected"),
    [
        P(
            "Tallowbird | REMOTE (US), Denver CO | Full-time<p>We schedule plumbers.<p>---<p>"
            "Remote (US):<p>* Staff Security Engineer - $200k<p>---<p>"
            "Denver, CO (hybrid, 2 days a week in office):<p>"
            "* Senior Frontend Engineer - React - $150k<p>* Backend Engineer - Go - $150k",
            FRONTEND,
            "not_eligible",
            id="role-under-an-office-heading",
        ),
        P(
            "Orchard | Remote (US), San Francisco<p>Europe (remote, CET ±2h)<p>- Data Engineer"
            "<p>- Product Designer<p>Onsite in SF<p>- Frontend Engineer<p>- Recruiter",
            DATA,
            "eligible",
            id="bare-heading-of-a-remote-region",
        ),
        P(
            "Orchard | Remote (US), San Francisco<p>Europe (remote, CET ±2h)<p>- Data Engineer"
            "<p>- Product Designer<p>Onsite in SF<p>- Frontend Engineer<p>- Recruiter",
            FRONTEND,
            "not_eligible",
            id="bare-heading-of-an-office",
        ),
        P(
            "Saltwind | Lisbon, Remote (US)<p>## Lisbon (hybrid, 2 days a week)<p>"
            "- Android Engineer<p>- iOS Engineer<p>## Remote (US)<p>- Frontend Engineer",
            MOBILE,
            "eligible",
            id="markdown-heading-hybrid-in-the-user-s-city",
        ),
        P(
            "Thornbury | Remote, Austin<p>**Remote (EU only)**<p>- Data Engineer<p>"
            "- Backend Engineer<p>**Austin, TX (onsite)**<p>- Frontend Engineer<p>- Designer",
            FRONTEND,
            "not_eligible",
            id="bold-heading",
        ),
        P(
            "Ibis | Lisbon, Singapore<p>Lisbon (onsite):<p>- Backend Engineer<p>- QA Engineer"
            "<p>Singapore (onsite):<p>- iOS Engineer<p>- Android Engineer",
            MOBILE,
            "not_eligible",
            id="office-heading-beats-the-user-s-office-in-the-header",
        ),
        P(
            "Lattice | REMOTE (US)<p>Remote (US):<p>* Frontend Engineer (onsite in Seattle)"
            "<p>* Backend Engineer<p>* Data Engineer",
            FRONTEND,
            "not_eligible",
            id="the-role-s-own-terms-beat-its-heading",
        ),
    ],
)
def test_a_heading_states_the_terms_of_the_roles_under_it(
    html: str, profile: Profile, expected: str
) -> None:
    features = _read(html, profile)
    assert features.eligibility == expected
    assert "as stated for the" in (features.eligibility_reason or "")


@pytest.mark.parametrize(
    "html",
    [
        P(
            "Ferrule | REMOTE (US only)<p>Payments team:<p>- Senior Frontend Engineer"
            "<p>- Backend Engineer<p>Growth team:<p>- Product Designer",
            id="team-names",
        ),
        P(
            "Wicklow | Remote (US)<p>Our stack:<p>- React, TypeScript<p>- Postgres on AWS"
            "<p>Roles:<p>- Frontend Engineer<p>- Backend Engineer",
            id="our-stack-and-roles",
        ),
        P(
            "Nimbus | REMOTE (US)<p>Nimbus Edge:<p>- Frontend Engineer (React)"
            "<p>Nimbus Cloud:<p>- Platform Engineer",
            id="product-names",
        ),
        P(
            "Tessel | Remote (US)<p>Engineering<p>---<p>- Frontend Engineer<p>- Data Engineer",
            id="past-a-rule",
        ),
    ],
)
def test_a_heading_of_no_terms_leaves_the_post_s(html: str) -> None:
    features = _read(html, FRONTEND)
    assert features.eligibility == "eligible"
    assert "as stated for the" not in (features.eligibility_reason or "")


def test_skills_listed_only_under_an_office_heading_decide() -> None:
    """No title names the profile's role: the items naming its skills are its role."""
    html = (
        "Ridgeback | REMOTE (US), New York<p>Remote (US):<p>"
        "* Senior Software Engineer, Payments - Go, Postgres<p>New York (onsite):<p>"
        "* Senior Software Engineer, Web - React, TypeScript<p>* Recruiter"
    )
    features = _read(html, FRONTEND)
    assert features.eligibility == "not_eligible"
    assert "react" in (features.eligibility_reason or "")


def test_skills_named_in_prose_too_leave_the_post_s() -> None:
    html = (
        "Ridgeback | REMOTE (US), New York<p>Our web app is React and TypeScript.<p>"
        "Remote (US):<p>* Software Engineer, Payments - Go<p>New York (onsite):<p>"
        "* Software Engineer, Web - React<p>* Recruiter"
    )
    assert _read(html, FRONTEND).eligibility == "eligible"


@pytest.mark.parametrize(
    ("html", "profile", "engagement"),
    [
        P(
            "Brindle | REMOTE<p>Contract roles:<p>- Data Engineer (remote EU)<p>"
            "- Analytics Engineer (remote EU)<p>Full-time:<p>- Frontend Engineer (Remote US)"
            "<p>- Engineering Manager (Remote US)",
            FRONTEND,
            "full_time",
            id="full-time-heading",
        ),
        P(
            "Brindle | REMOTE<p>Full-time:<p>- Frontend Engineer (Remote US)<p>"
            "- Engineering Manager<p>Contract roles:<p>- Data Engineer (remote EU)",
            DATA,
            "contract",
            id="contract-heading",
        ),
    ],
)
def test_an_engagement_heading_is_the_role_s(html: str, profile: Profile, engagement: str) -> None:
    features = _read(html, profile)
    assert features.engagement == engagement
    assert features.engagements == (engagement,)


@pytest.mark.parametrize(
    ("html", "profile", "rate"),
    [
        P(
            "Quarry | REMOTE (US only)<p>Senior engineers: $180-220k<p>"
            "- Senior Frontend Engineer<p>- Senior Data Engineer<p>Designers: $130-150k<p>"
            "- Senior Product Designer",
            FRONTEND,
            (180_000, 220_000, "year"),
            id="a-group-s-pay-over-its-roles",
        ),
        P(
            "Osprey | Berlin + Remote EU<p>Contract (remote, EU), €600-750/day:<p>"
            "- Data Engineer<p>- Analytics Engineer<p>Full-time (Berlin office), €85-100k:"
            "<p>- Product Designer<p>- Office Manager",
            DATA,
            (600, 750, "day"),
            id="a-heading-of-terms-and-pay",
        ),
        P(
            "Ostrava | Remote (US)<p>Frontend engineers: $150-170k<p>- Senior Frontend Engineer"
            "<p>- UI Engineer<p>Product: $120-140k<p>- Product Manager<p>- Product Designer",
            FRONTEND,
            (150_000, 170_000, "year"),
            id="a-group-of-no-person-word-over-bullets",
        ),
    ],
)
def test_pay_in_a_heading_is_its_roles(
    html: str, profile: Profile, rate: tuple[float, float, str]
) -> None:
    features = _read(html, profile)
    assert (features.rate_min, features.rate_max, features.rate_period) == rate


def test_a_role_heading_s_pay_is_its_section_s_however_long() -> None:
    text = (
        "Careers - Mossgrove\n\nRemote within the EU. Full-time.\n\nData Engineer\n\n"
        + "".join(f"You'll own part {n} of our pipelines.\n" for n in range(9))
        + "\nCompensation: €90,000 - €110,000\n\nProduct Designer\n\n"
        "You'll own the design system.\nCompensation: €70,000 - €80,000"
    )
    posting = Posting(source="jobposting", source_id="1", url="https://x.test/1", text=text)
    features = understand(posting, DATA, RankingSettings())
    assert (features.rate_min, features.rate_max) == (90_000, 110_000)


def test_a_pay_line_is_no_heading_of_the_role_after_it() -> None:
    """ "Compensation: €90k" over the next role's name pays the section above it."""
    text = (
        "Careers\n\nRemote within the EU.\n\nProduct Designer\n\nYou'll own the design system."
        "\nCompensation: €70,000 - €80,000\n\nData Engineer\n\nYou'll own ingestion.\n"
        "Compensation: €90,000 - €110,000"
    )
    posting = Posting(source="jobposting", source_id="1", url="https://x.test/1", text=text)
    features = understand(posting, DATA, RankingSettings())
    assert (features.rate_min, features.rate_max) == (90_000, 110_000)


@pytest.mark.parametrize(
    ("text", "scope"),
    [
        P(
            "Plinth | Community Builder and Software Engineer -- hybrid role | San Francisco",
            "onsite",
            id="two-jobs-in-a-title-cell",
        ),
        P(
            "Cobble | Design Engineer - a hybrid role (design + frontend) | NYC",
            "onsite",
            id="what-it-mixes-in-brackets",
        ),
        P(
            "Acme | Solutions Engineer (hybrid role: part sales, part engineering) | NYC",
            "onsite",
            id="part-and-part",
        ),
        P(
            "Acme | Backend Engineer | NYC | Hybrid role, 3 days in office",
            "hybrid",
            id="a-hybrid-week",
        ),
        P(
            "Acme | Backend Engineer | NYC\n\nThis is a hybrid role.",
            "hybrid",
            id="a-hybrid-role-in-prose",
        ),
        P(
            "Acme | Backend Engineer and Designer in NYC -- hybrid role",
            "hybrid",
            id="a-place-in-the-cell",
        ),
    ],
)
def test_a_hybrid_role_of_two_jobs_is_no_hybrid_week(text: str, scope: str) -> None:
    assert parse_remote(None, text, None).scope == scope


def test_a_pay_line_over_bullets_of_duties_pays_no_one_listed() -> None:
    """ "- Reports to the Engineering Lead" under a salary is a duty, not a role paid."""
    text = (
        "Careers\n\nRemote within the EU.\n\nData Engineer\n\nSalary: €90,000 - €110,000\n"
        "- Reports to the Engineering Lead\n- Works with the Product Designer\n\n"
        "Product Designer\n\nSalary: €70,000 - €80,000"
    )
    posting = Posting(source="jobposting", source_id="1", url="https://x.test/1", text=text)
    features = understand(posting, DATA, RankingSettings())
    assert (features.rate_min, features.rate_max) == (90_000, 110_000)


PLATFORM = Profile(
    skills=("kubernetes", "terraform", "aws"),
    roles=("site reliability engineer", "devops engineer"),
    remote_only=True,
    locations=("UK",),
)
RN_MOBILE = Profile(
    skills=("swift", "kotlin", "react native"),
    roles=("mobile engineer", "ios engineer", "android engineer"),
    remote_only=False,
    locations=("EU", "PT", "Lisbon"),
)


@pytest.mark.parametrize(
    ("html", "profile", "engagement"),
    [
        P(
            "Tideway | Lisbon, Remote (EU) | Contract, Permanent<p>Contract roles (remote EU):"
            "<p>- Senior Software Engineer - Swift, SwiftUI<p>- Software Engineer - Kotlin"
            "<p>Permanent (Lisbon office):<p>- Backend Engineer - Elixir<p>- Product Manager",
            MOBILE,
            "contract",
            id="contract-heading-over-the-skills",
        ),
        P(
            "Hollin | REMOTE (UK) | Full-time, Contract<p>Full-time:<p>"
            "- Senior Software Engineer - Kubernetes, Terraform, AWS<p>Contract (6-12 months):"
            "<p>- Frontend Engineer - React<p>- Product Designer",
            PLATFORM,
            "full_time",
            id="full-time-heading-over-the-skills",
        ),
    ],
)
def test_an_engagement_heading_over_the_skills_items_is_the_role_s(
    html: str, profile: Profile, engagement: str
) -> None:
    """No listed role names the profile's: the items naming its skills are its role."""
    features = _read(html, profile)
    assert features.roles_matched == ()
    assert features.engagements == (engagement,)


def test_a_pay_heading_over_a_role_named_by_a_skill_is_its_pay() -> None:
    html = (
        "Pallet | Remote (US)<p>Senior, $170-200k:<p>- Backend Engineer (Go)<p>- Staff SRE"
        "<p>Mid-level, $120-150k:<p>- Full Stack TypeScript Engineer<p>- QA Engineer"
    )
    features = _read(html, FRONTEND)
    assert (features.rate_min, features.rate_max, features.currency) == (120_000, 150_000, "USD")


def test_a_skill_in_another_role_s_stack_picks_no_pay() -> None:
    """SQL in a product manager's stack makes no role of a data engineer's: the span."""
    html = (
        "Lantern | Several openings | Remote (US)<p>"
        "• Senior Full Stack Developer ($120-190k USD): React and Node.<p>"
        "• Technical Product Manager ($150-220k USD): an ex-engineer with SQL skills."
    )
    features = _read(html, DATA)
    assert (features.rate_min, features.rate_max) == (120_000, 220_000)


@pytest.mark.parametrize(
    "openings",
    [
        P(
            "Quarrel Studio | Openings for: PM, Designers, QA Engineers, Full Stack Typescript "
            "Engineers<p>We are a fully remote product studio.",
            id="in-the-header",
        ),
        P(
            "Quarrel Studio | Remote<p>We have multiple openings for: Go Engineers, "
            "Full Stack TypeScript Engineers, Designers",
            id="in-a-line-of-the-body",
        ),
    ],
)
def test_a_skill_item_s_own_terms_decide_under_a_line_that_lists_the_openings(
    openings: str,
) -> None:
    """A line names the roles, TypeScript's among them; the role's line states its place."""
    html = (
        f"{openings}<p>ROLE: Product Designer | REMOTE (USA/Canada)<p>"
        "ROLE: QA Engineer | REMOTE (Central/Eastern Europe)<p>"
        "ROLE: Full Stack Typescript Engineer | REMOTE (Central/Eastern Europe)"
    )
    features = _read(html, FRONTEND)
    assert features.eligibility == "not_eligible"
    assert "typescript" in (features.eligibility_reason or "")


def test_a_role_named_by_a_skill_beats_a_role_whose_stack_names_one() -> None:
    """ "Backend Engineer (Kotlin)" is no mobile role; the React Native one in Berlin is."""
    html = (
        "Skerry | Berlin, Remote (EU)<p>Berlin (onsite):<p>"
        "- Senior React Native/TypeScript Engineer<p>Remote (EU):<p>"
        "- Backend Engineer (Kotlin)<p>- Data Engineer"
    )
    features = _read(html, RN_MOBILE)
    assert features.eligibility == "not_eligible"


@pytest.mark.parametrize(
    ("html", "profile", "expected"),
    [
        P(
            "Gannet | Remote (EU), NYC<p>Remote (EU):<p>- Senior RN Engineer (Expo)<p>"
            "NYC (onsite):<p>- Frontend Engineer (React)<p>- Backend Engineer",
            RN_MOBILE,
            "eligible",
            id="rn-engineer-is-mobile",
        ),
        P(
            "Gannet | Remote (EU), NYC<p>Remote (EU):<p>- Senior RN Engineer (Expo)<p>"
            "NYC (onsite):<p>- Frontend Engineer (React)<p>- Backend Engineer",
            FRONTEND,
            "not_eligible",
            id="rn-engineer-is-not-frontend",
        ),
        P(
            "Sorrel | Remote, Austin<p>Remote (US):<p>- React Native Engineer<p>"
            "Austin, TX (onsite):<p>- Frontend Engineer (React)<p>- Office Manager",
            FRONTEND,
            "not_eligible",
            id="react-native-is-not-react",
        ),
    ],
)
def test_a_react_native_role_is_a_mobile_one(html: str, profile: Profile, expected: str) -> None:
    assert _read(html, profile).eligibility == expected
