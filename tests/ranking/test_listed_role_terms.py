"""A listed role's own terms are its own: its engagement and pay, whatever rank leads it
("Lead Data Engineer (contract, remote EU)", "Head of Design - €90k"), and the other
roles' terms bind them only; a numbered list writes a role's terms on the next line."""

from __future__ import annotations

import pytest

from extractors._contract import Posting
from extractors._normalize import html_to_text
from warehouse.ranking import role_terms
from warehouse.ranking.features import Features, understand
from warehouse.ranking.profile import Profile, RankingSettings

P = pytest.param
DATA = Profile(
    skills=("python", "dbt"),
    roles=("data engineer", "analytics engineer"),
    remote_only=True,
    locations=("EU", "DE"),
)
FRONTEND = Profile(
    skills=("react", "typescript"),
    roles=("frontend engineer", "ui engineer"),
    remote_only=True,
    locations=("US", "Austin, Texas"),
)
DESIGN = Profile(
    skills=("figma",),
    roles=("product designer", "ux designer"),
    remote_only=True,
    locations=("EU", "DE"),
)
PLATFORM = Profile(
    skills=("kubernetes", "terraform"),
    roles=("site reliability engineer", "devops engineer", "platform engineer"),
    remote_only=True,
    locations=("UK",),
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
    ("html", "profile", "engagement"),
    [
        P(
            "Brookhollow | Remote (US) | Full-time<p>Roles:<p>- Lead Data Engineer (contract, "
            "remote EU)<p>- Senior Frontend Engineer (Remote US)",
            DATA,
            "contract",
            id="a-lead-role-s-own-terms-beat-the-header-s",
        ),
        P(
            "Brookhollow | Remote (US) | Full-time<p>Roles:<p>- Lead Data Engineer (contract, "
            "remote EU)<p>- Senior Frontend Engineer (Remote US)",
            FRONTEND,
            "full_time",
            id="the-header-s-for-a-role-of-no-terms",
        ),
        P(
            "Fernlow | Remote (EU) | Full-time, Contract<p>- Principal Data Engineer (contract, "
            "9 months)<p>- Product Designer (full-time)",
            DESIGN,
            "full_time",
            id="each-role-its-own-of-the-header-s-two",
        ),
        P(
            "Pelham Yard | Lisbon, London<p>- Lead Data Engineer (Remote EU, 6-month contract)"
            "<p>- Platform Engineer (London, hybrid)",
            DATA,
            "contract",
            id="a-length-in-the-role-s-parenthesis",
        ),
    ],
)
def test_a_listed_role_s_own_engagement_is_its_own(
    html: str, profile: Profile, engagement: str
) -> None:
    assert _read(html, profile).engagement == engagement


@pytest.mark.parametrize(
    ("html", "profile"),
    [
        P(
            "Kettlewell | Berlin & Remote<p>Open roles:<p>- Head of Design - €90k - Berlin "
            "(onsite)<p>- Data Engineer - Remote (EU) - contract, €650/day",
            DESIGN,
            id="another-role-s-contract",
        ),
        P(
            "Bramwick | London, Remote UK<p>* Principal / Lead Platform Engineer - Remote (UK), "
            "£600/day outside IR35<p>* Product Designer - London office, 4 days a week",
            DESIGN,
            id="another-role-s-day-rate",
        ),
        P(
            "Heathcote | Manchester, Remote UK<p>- Lead DevOps Engineer — Remote (UK), contract, "
            "£550/day<p>- Frontend Engineer — Manchester office",
            FRONTEND,
            id="a-dash-after-a-lead-role",
        ),
    ],
)
def test_another_listed_role_s_terms_bind_it_only(html: str, profile: Profile) -> None:
    features = _read(html, profile)
    assert features.engagement is None
    assert features.rate_period in (None, "year")


def test_a_role_led_by_head_of_is_listed_with_its_own_place_and_pay() -> None:
    html = (
        "Kettlewell | Berlin & Remote<p>Open roles:<p>- Head of Design - €90k - Berlin "
        "(onsite)<p>- Data Engineer - Remote (EU) - contract, €650/day"
    )
    features = _read(html, DESIGN)
    assert features.eligibility == "not_eligible"
    assert "as stated for the" in features.eligibility_reason
    assert (features.rate_min, features.rate_period) == (90_000, "year")
    data = _read(html, DATA)
    assert (data.eligibility, data.engagement) == ("eligible", "contract")
    assert (data.rate_min, data.rate_period) == (650, "day")


def test_a_rank_before_the_role_is_no_role_that_shares_its_terms() -> None:
    """ "Lead" in "Lead DevOps Engineer — Remote (UK)" is the role's rank, not a bare role."""
    html = (
        "Heathcote | Manchester, Remote UK<p>- Lead DevOps Engineer — Remote (UK), contract, "
        "£550/day<p>- Product Designer — Manchester office, £70k"
    )
    features = _read(html, PLATFORM)
    assert (features.eligibility, features.engagement) == ("eligible", "contract")
    assert (features.rate_min, features.rate_period, features.currency) == (550, "day", "GBP")


NUMBERED = (
    "Harbor Loop | Multiple roles<p>1. Senior Data Engineer<p>Remote (EU), contract, 6 months"
    "<p>2. Frontend Engineer<p>Onsite in San Francisco, full-time, $170-200k<p>"
    "3. Site Reliability Engineer<p>Remote (UK), full-time, £90-110k"
)


@pytest.mark.parametrize(
    ("profile", "eligibility", "engagement", "rate"),
    [
        P(DATA, "eligible", "contract", None, id="data"),
        P(FRONTEND, "not_eligible", "full_time", (170_000, 200_000), id="frontend"),
        P(PLATFORM, "eligible", "full_time", (90_000, 110_000), id="sre"),
    ],
)
def test_a_numbered_role_s_terms_on_the_next_line(
    profile: Profile, eligibility: str, engagement: str, rate: tuple[int, int] | None
) -> None:
    features = _read(NUMBERED, profile)
    assert (features.eligibility, features.engagement) == (eligibility, engagement)
    if rate:
        assert (features.rate_min, features.rate_max) == rate


def test_a_heading_under_a_bullet_is_no_next_line_of_terms() -> None:
    """Bullets under headings of places: "Onsite in SF" heads the next role, as before."""
    html = (
        "Orchard | Remote (US), San Francisco<p>Europe (remote, CET ±2h)<p>- Data Engineer"
        "<p>- Product Designer<p>Onsite in SF<p>- Frontend Engineer<p>- Recruiter"
    )
    assert _read(html, DESIGN).eligibility == "eligible"
    assert _read(html, FRONTEND).eligibility == "not_eligible"


def test_a_group_heading_s_pay_is_its_roles_not_another_s() -> None:
    html = (
        "Quarrington | REMOTE (US only)<p>Senior engineers: $180-220k<p>"
        "- Senior Frontend Engineer<p>- Senior Data Engineer<p>Designers: $130-150k<p>"
        "- Senior Product Designer"
    )
    features = _read(html, FRONTEND)
    assert (features.rate_min, features.rate_max) == (180_000, 220_000)


def test_a_header_naming_one_role_states_the_post_s_terms() -> None:
    """A role named again in a list of search words leaves the header's terms the post's."""
    html = (
        "Tumble | REMOTE or Chicago | QA Engineer | Full-Time | Salary: $60k-$90k USD<p>"
        "We deliver laundry.<p>Keywords: Python, React Native, Mobile Engineer, Test Engineer"
    )
    mobile = Profile(roles=("mobile engineer",), remote_only=False, locations=("EU", "PT"))
    features = _read(html, mobile)
    assert features.engagement == "full_time"
    assert (features.rate_min, features.rate_max) == (60_000, 90_000)


def test_a_header_s_terms_are_the_post_s_which_its_text_may_widen() -> None:
    """The header names the role and "Part-Time"; the text offers it "on a part-time /
    freelance basis": both are the role's, as they are the post's."""
    html = (
        "Kitefin | Senior Data Analyst / Analytics Engineer | Remote CET / EST | Part-Time"
        "<p>We need a senior data analyst (Python, SQL, dbt) on a part-time / freelance basis "
        "to turn our campaign data into client reports."
    )
    assert set(_read(html, DATA).engagements) == {"part_time", "freelance"}


@pytest.mark.parametrize(
    ("html", "profile", "engagement"),
    [
        P(
            "Hollyhock Health | Remote (EU)<p>We need a freelance UX Designer and a part-time "
            "Data Engineer for our intake app.",
            DATA,
            "part_time",
            id="the-word-before-the-role-in-prose",
        ),
        P(
            "Hollyhock Health | Remote (EU)<p>We need a freelance UX Designer and a part-time "
            "Data Engineer for our intake app.",
            DESIGN,
            "freelance",
            id="the-other-role-s-word-binds-it-only",
        ),
        P(
            "Pebblecourt | Backend Engineer | Berlin | Full-time | €90k<p>We're also looking for "
            "a Data Engineer (part-time, 20h/week, remote within Germany).",
            DATA,
            "part_time",
            id="a-role-added-below-the-header-its-parenthesis",
        ),
        P(
            "Brackenfield | Remote (EU) | Full-time<p>Openings: Platform Engineer, Support "
            "Engineer.<p>We're also hiring a Product Designer on a 3-month contract.",
            DESIGN,
            "contract",
            id="a-role-added-below-the-header-its-sentence",
        ),
        P(
            "Brackenfield | Remote (EU) | Full-time | $140k<p>Openings: Platform Engineer.<p>"
            "We also need a Product Designer on a 3-month contract.",
            DESIGN,
            "contract",
            id="a-role-added-by-also-need",
        ),
        P(
            "Brackenfield | Remote (EU) | Full-time | $140k<p>Openings: Platform Engineer.<p>"
            "Also open: Product Designer, part-time, EU hours.",
            DESIGN,
            "part_time",
            id="a-role-added-by-also-open",
        ),
        P(
            "Brackenfield | Remote (EU) | Full-time<p>Openings: Platform Engineer, Support "
            "Engineer.<p>We're also hiring a Product Designer on a 3-month contract.",
            PLATFORM,
            "full_time",
            id="the-header-s-for-the-others",
        ),
    ],
)
def test_a_role_named_in_prose_has_its_own_engagement(
    html: str, profile: Profile, engagement: str
) -> None:
    assert _read(html, profile).engagement == engagement


def test_a_role_added_below_the_header_is_eligible_by_its_own_place() -> None:
    # the header's office in Berlin binds the backend role; the data role is remote in
    # Germany, where the reader works
    html = (
        "Pebblecourt | Backend Engineer | Berlin (Onsite) | Full-time<p>We're also looking for "
        "a Data Engineer (part-time, remote within Germany)."
    )
    assert _read(html, DATA).eligibility == "eligible"


@pytest.mark.parametrize(
    "head",
    [
        "senior staff ", "roles: principal / ", "open roles | sr./", "c++ lead\t",
        "we are hiring a data-ops ", "-- / ", "- ", "", "lead\n", "ünïcödé_léad ",
        "10 jahre erfahrung als sénior ", "role: l'ingénieur ", "#1 & ",
    ],
)  # fmt: skip
def test_a_list_item_s_last_word_is_dropped_as_its_pattern_drops_it(head: str) -> None:
    """A role's rank words are peeled back from the end (cheaper than the pattern tried
    at each place of a long line): the same head left as the pattern leaves."""
    assert role_terms._without_last_word(head) == role_terms._LAST_WORD.sub("", head)


@pytest.mark.parametrize(
    "head",
    [
        "senior ", "roles: ", "open positions   :  ", "hiring for: - ", "(contract) — ",
        "we build things, ", "🔹 ", "a long line of prose about the team and its ", "// ",
        "- * > ", "", "xhiring: ", "notes) -\n", "Roles :", "the role: sr ",
    ],
)  # fmt: skip
def test_an_item_s_start_is_found_as_its_pattern_finds_it(head: str) -> None:
    """An item's start is searched for from the marks that end the head only: the same
    answer as the pattern searched from the head's start."""
    assert role_terms._opens_an_item(head) == bool(role_terms._ITEM_START.search(head))
