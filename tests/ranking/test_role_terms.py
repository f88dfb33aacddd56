"""A post listing several roles, each with its own place: the profile's role decides."""

from __future__ import annotations

import pytest

from extractors._contract import Posting
from warehouse.ranking.features import understand
from warehouse.ranking.profile import Profile, RankingSettings
from warehouse.ranking.remote import parse_remote
from warehouse.ranking.role_terms import others_terms, role_scopes

P = pytest.param
DESIGNER = Profile(
    skills=("figma", "prototyping"),
    roles=("product designer", "ux designer"),
    remote_only=True,
    locations=("EU", "DE"),
)
MOBILE = Profile(
    skills=("swift", "kotlin"),
    roles=("mobile engineer", "ios engineer"),
    remote_only=False,
    locations=("EU", "PT", "Lisbon"),
)


def _verdict(text: str, profile: Profile = DESIGNER) -> tuple[str, str]:
    posting = Posting(source="hackernews", source_id="1", url="https://x.test/1", text=text)
    features = understand(posting, profile, RankingSettings())
    return features.eligibility, features.eligibility_reason


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        P(
            "Saltmarsh | Backend Engineer (Remote, EU) | Product Designer (Lyon, onsite) | "
            "Full-time\n\nWe build software for bakeries.",
            "not_eligible",
            id="pipe-header-designer-onsite",
        ),
        P(
            "Corvid | New York, NY | Full-time\n\nOpenings:\n- Product Designer (Remote, EU)\n"
            "- Backend Engineer (Onsite, NYC)\n- Account Executive (Onsite, NYC)",
            "eligible",
            id="list-designer-remote-under-an-office-header",
        ),
        P(
            "Fernhill | Openings\n\nROLE: UX Designer | REMOTE (USA/Canada)\n"
            "ROLE: Go Engineer | REMOTE (Europe)\nROLE: QA Engineer | REMOTE (Europe)",
            "not_eligible",
            id="role-label-lines",
        ),
        P(
            "Fernhill | Product & Engineering\n\nOpen roles:\n"
            "// Senior Backend Engineer (Remote Europe) - Ruby\n"
            "// Product Designer (Rome) - 4+ years in B2B\n",
            "not_eligible",
            id="slash-list-bare-city",
        ),
        P(
            "Fernhill | Remote (EU) for engineers\n\nBackend Engineer: remote within the EU\n"
            "UI Designer: onsite in Oslo\nData Engineer: remote within the EU",
            "not_eligible",
            id="colon-terms",
        ),
    ],
)
def test_the_matched_role_s_own_terms_decide(text: str, expected: str) -> None:
    verdict, reason = _verdict(text)
    assert verdict == expected
    # the role is named where its terms, not the whole post's, decide the verdict
    assert ("as stated for the" in reason) == (expected == "not_eligible")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        P(
            "Kestrel | Backend Engineer | Product Designer | Remote (EU) | Contract\n\nDashboards.",
            "eligible",
            id="bare-roles-share-the-terms-after",
        ),
        P(
            "Kestrel | Frontend Engineer, Product Designer, Data Engineer | Remote (USA only)\n\n"
            "Climate dashboards.",
            "not_eligible",
            id="comma-run-shares-the-place",
        ),
        P(
            "Kestrel | Remote (EU)\n\nRoles:\n- Staff Engineer\n- Product Designer - Figma, "
            "design systems\n- Support Lead",
            "eligible",
            id="role-line-with-no-place",
        ),
        P(
            "Kestrel | Remote (EU) | Full-time\n\nWe are hiring a Product Designer.\n"
            "Keywords: Logistics, Product Designer, OR-tools, Forecasting, Backend Engineer",
            "eligible",
            id="keyword-list-is-no-terms",
        ),
    ],
)
def test_without_terms_of_its_own_the_whole_post_decides(text: str, expected: str) -> None:
    verdict, reason = _verdict(text)
    assert verdict == expected
    assert "as stated for the" not in reason


def test_a_post_in_doubt_stays_for_the_user_to_check() -> None:
    text = (
        "Cargoline | San Francisco (Hybrid) and Remote | Full-Time\n\nOpenings:\n"
        "* Staff Software Engineer (remote): https://jobs.example/a\n"
        "* Senior Product Designer (hybrid, $150k - $190k): https://jobs.example/b\n"
    )
    verdict, reason = _verdict(text)
    assert verdict == "review"
    assert "as stated for the product designer role: hybrid" in reason


def test_hybrid_in_the_user_s_city_for_their_role() -> None:
    text = (
        "Pombal Apps | Backend Engineer (Remote, US) | iOS Engineer (Hybrid, Lisbon) | "
        "Full-time\n\nSwift, SwiftUI."
    )
    assert _verdict(text, MOBILE)[0] == "eligible"


def test_any_matched_role_the_user_may_take() -> None:
    profile = Profile(roles=("data engineer", "analytics engineer"), locations=("EU", "DE"))
    text = (
        "Tulipdata | Amsterdam\n\n- Analytics Engineer (Remote, EU)\n"
        "- Data Engineer (Hybrid, Amsterdam)\n- ML Engineer (Remote, EU)"
    )
    scopes = role_scopes(text, ("data engineer", "analytics engineer"), profile)
    assert {s.scope for s in scopes} == {"region", "hybrid"}
    assert _verdict(text, profile)[0] == "eligible"


def test_a_bare_remote_under_a_header_s_region_stays_there() -> None:
    text = (
        "Vantle | Remote (US)\n\n- Backend Engineer (onsite, Austin)\n- Product Designer (Remote)"
    )
    scope = parse_remote(None, text, None)
    assert scope.regions == ("US",)
    assert _verdict(text)[0] == "not_eligible"


def test_the_other_listed_roles_own_terms_are_found() -> None:
    text = (
        "Acme | Product Designer (Remote EU) | Account Executive (fluent Spanish, Madrid)\n"
        "- Support Agent - native Polish, part-time"
    )
    lines = [(0, 1), (len(text) - 5, len(text))]
    found = others_terms(text, DESIGNER.roles, DESIGNER, lines)
    spans = [text[start:end].strip() for start, end in found]
    assert spans == ["fluent Spanish, Madrid", "native Polish, part-time"]


def test_no_other_terms_where_the_matched_role_is_not_listed() -> None:
    text = "Hello! We are now looking for a product designer.\n- Support Agent (Polish)"
    assert others_terms(text, DESIGNER.roles, DESIGNER, [(len(text) - 5, len(text))]) == []


def test_roles_that_name_no_person_find_no_terms() -> None:
    profile = Profile(roles=("translation",))
    text = "Roles:\n- Translation (fluent German)\n- Backend Engineer (Remote)"
    assert role_scopes(text, profile.roles, profile) == ()
    assert others_terms(text, profile.roles, profile, [(8, 20)]) == []


def test_other_terms_are_sought_only_in_the_lines_asked_about() -> None:
    text = "- Product Designer (Remote)\n- Support Agent (Polish)\n- Sales Rep (Spanish)"
    found = others_terms(text, DESIGNER.roles, DESIGNER, [(len(text) - 3, len(text))])
    assert [text[start:end] for start, end in found] == ["Spanish"]


SOME_ROLES = (
    "Keystone Auth | Senior Go Engineer, Senior UX Designer, Account Executive | Varies "
    "between REMOTE (in USA, also in Europe but only for the {roles} positions) and ONSITE "
    "in Denver, CO\n\nLogin for developers."
)


def test_places_open_to_other_roles_only_are_not_the_user_s() -> None:
    verdict, reason = _verdict(SOME_ROLES.format(roles="sales"))
    assert verdict == "not_eligible"
    assert "remote limited to US" in reason


def test_places_open_to_the_user_s_roles_are_theirs() -> None:
    assert _verdict(SOME_ROLES.format(roles="design"))[0] == "eligible"


def test_places_for_some_roles_unnamed_stay_in_doubt() -> None:
    text = "Keystone Auth | Remote (in USA, also in Europe for some roles) | UX Designer"
    assert _verdict(text)[0] != "not_eligible"
