"""Terms the readers used to misread: a web platform developer is a web developer, not
DevOps' platform engineer; and a national service placement (Ghana's NSS, Nigeria's NYSC
corps members) is no work a freelancer applies to, while a job that asks the service done
is."""

from __future__ import annotations

import pytest

from extractors._contract import Posting
from warehouse.ranking.features import Features, understand
from warehouse.ranking.profile import Profile, RankingSettings

P = pytest.param


def _read(title: str, text: str, profile: Profile) -> Features:
    posting = Posting(
        source="check", source_id="1", url="https://example.com/1", title=title, text=text,
        location="Accra",
    )  # fmt: skip
    return understand(posting, profile, RankingSettings())


@pytest.mark.parametrize(
    ("title", "role", "matched"),
    [
        P("Web Platform Developer", "devops engineer", False, id="not DevOps"),
        P("Web Platform Developer", "web developer", True, id="a web developer"),
        P("Senior Web Platform Engineer", "frontend engineer", True, id="engineer"),
        P("Platform Engineer", "devops engineer", True, id="DevOps' own"),
    ],
)  # fmt: skip
def test_a_web_platform_developer_is_a_web_developer(title: str, role: str, matched: bool) -> None:
    row = _read(title, "Contract role.", Profile(roles=(role,), remote_only=False))
    assert (role in row.roles_matched) is matched


ANYONE = Profile(skills=("python",), remote_only=False, locations=("Accra, Ghana",))


@pytest.mark.parametrize(
    ("title", "text"),
    [
        P("National Service Personnel - IT Assistant", "Allowance: GH₵ 715 monthly.",
          id="NSS personnel"),
        P("IT Assistant", "Open to graduates posted for the 2026/2027 National Service year.",
          id="the service year"),
        P("Data Clerk", "Only NYSC corps members serving in Abuja may apply.", id="NYSC"),
    ],
)  # fmt: skip
def test_a_national_service_placement_is_no_lead(title: str, text: str) -> None:
    row = _read(title, text, ANYONE)
    assert row.eligibility == "not_eligible"
    assert "national service" in row.eligibility_reason


@pytest.mark.parametrize(
    "text",
    [
        P("Requirements: must have completed National Service. Python, Django.", id="done"),
        P("Former Peace Corps members welcome. Python, Django.", id="Peace Corps"),
    ],
)
def test_a_job_asking_the_service_done_is_open(text: str) -> None:
    assert "national service" not in _read("Python Developer", text, ANYONE).eligibility_reason
