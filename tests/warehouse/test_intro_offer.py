import pytest

from warehouse.intro import default_offer
from warehouse.ranking.profile import Profile


@pytest.mark.parametrize(
    ("engagements", "said"),
    [
        (("freelance",), "available for freelance work"),
        (("freelance", "contract"), "available for freelance or contract work"),
        (
            ("freelance", "contract", "part_time", "fractional"),
            "available for freelance, contract or part-time work",
        ),
        ((), "available for freelance work"),
    ],
)
def test_the_offer_lists_the_kinds_of_work_as_one_says_them(
    engagements: tuple[str, ...], said: str
) -> None:
    profile = Profile(skills=("python",), engagements=engagements, locations=("EU",))
    assert said in default_offer(profile)
