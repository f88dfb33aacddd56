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


@pytest.mark.parametrize(
    ("language", "places", "said"),
    [
        ("en", ("FR", "EU"), "remote (France, EU)."),
        ("es", ("ES", "EU"), "en remoto (España, UE)."),
        ("fr", ("FR", "eu", "EMEA"), "en télétravail (France, UE, EMEA)."),
        ("pt", ("PT", "Europe"), "em regime remoto (Portugal, Europa)."),
        ("it", ("UK", "EU"), "da remoto (Regno Unito, UE)."),
        ("nl", ("NL", "EU"), "remote (Nederland, EU)."),
        ("de", ("DE", "DACH", "UTC+1"), "remote (Deutschland, DACH, UTC+1)."),
    ],
)
def test_the_offer_names_the_places_as_a_reader_of_its_language_does(
    language: str, places: tuple[str, ...], said: str
) -> None:
    profile = Profile(skills=("figma",), remote_only=True, locations=places)
    assert default_offer(profile, language).endswith(said)


def test_the_offer_spells_a_designers_or_translators_tools_as_their_makers_do() -> None:
    profile = Profile(skills=("figma", "adobe xd", "trados", "memoq"))
    assert "in Figma, Adobe XD, Trados and memoQ," in default_offer(profile)


def test_the_offer_spells_a_frontend_developers_tools_as_their_makers_do() -> None:
    profile = Profile(skills=("react", "typescript", "svelte", "tailwind css", "next.js"))
    assert "React, TypeScript, Svelte, Tailwind CSS and Next.js" in default_offer(profile, "en")
