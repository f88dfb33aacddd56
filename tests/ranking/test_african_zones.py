"""West and East Africa Time ("WAT", "EAT") as users list them and posts name them."""

from __future__ import annotations

import pytest

from warehouse.ranking.eligibility import eligibility, unplaced
from warehouse.ranking.profile import Profile
from warehouse.ranking.remote import parse_remote

LAGOS = ("Lagos", "Nigeria", "WAT")
NAIROBI = ("Nairobi", "Kenya", "EAT")


@pytest.mark.parametrize("locations", [LAGOS, NAIROBI])
def test_an_african_zone_in_locations_is_a_place_of_hours(locations: tuple[str, ...]) -> None:
    assert unplaced(locations) == []


@pytest.mark.parametrize(
    ("locations", "text", "verdict", "reason"),
    [
        (LAGOS, "Remote, working hours 9am-5pm WAT. Contract.", "eligible", "works 9am-5pm WAT"),
        (NAIROBI, "Remote. Working hours 8am-5pm EAT, Monday to Friday.", "eligible",
         "works 8am-5pm EAT"),
        (("Lima", "Peru"), "Remote, must work 9am-5pm EAT.", "not_eligible", "EAT"),
    ],
)  # fmt: skip
def test_a_post_in_african_hours_is_judged_by_them(
    locations: tuple[str, ...], text: str, verdict: str, reason: str
) -> None:
    found, why = eligibility(parse_remote("Remote", text, True), Profile(locations=locations))[:2]
    assert found == verdict
    assert reason in why


@pytest.mark.parametrize(
    "text",
    [
        "Freelance translator, fully remote. Experience with CAT tools (Trados, memoQ) required.",
        "DevSecOps engineer, remote worldwide: SAST and DAST in CI, Snyk, Semgrep.",
        "Remote anywhere. We eat lunch together on a video call on Fridays; EAT-friendly snacks.",
    ],
)
def test_words_like_zones_limit_no_hours(text: str) -> None:
    remote = parse_remote("Remote", text, True)
    found, why = eligibility(remote, Profile(locations=("Lima", "Peru")))[:2]
    assert found == "eligible", why
