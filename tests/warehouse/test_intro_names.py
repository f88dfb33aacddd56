"""The name a draft greets and the notes above it say, one rule for both: a given name
after a family name written first (Hungarian, Vietnamese, Korean), after a devotional
"Muhammad" where that is the custom, past the titles of Italy, Czechia and Poland."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from tests.warehouse.intro_facts import intro_facts
from warehouse.intro import draft_register, render_intro
from warehouse.intro_names import first_name, greeted
from warehouse.intro_settings import IntroSettings
from warehouse.ranking.profile import Profile

TODAY = datetime(2026, 12, 6, tzinfo=UTC)
PROFILE = Profile(roles=["data engineer"], skills=["python"], engagements=["freelance"])
FRIEND = ("facebook:friend",)


@pytest.mark.parametrize(
    ("contact", "country", "given"),
    [
        ("Szabó Réka", None, "Réka"),  # Hungarian: family name first
        ("Réka Szabó", None, "Réka"),
        ("Nguyễn Thị Lan", None, "Lan"),  # Vietnamese: the given name is the last
        ("Nguyen Duc Minh", "US", "Minh"),
        ("Pham Van Long", None, "Long"),  # without marks, before a middle name Van/Thi
        ("Vo Quoc Bao", "VN", "Bao"),  # or to someone in Vietnam
        ("Văn An Nguyễn", None, "An"),  # LinkedIn's First Name "Văn An", Last Name "Nguyễn"
        ("Thi Hoa Le", None, "Hoa"),
        ("Van Morrison", None, "Van"),  # a middle name first, then no Vietnamese family name
        ("Van Anh Hughes", None, "Van"),
        ("Ho Sung", "KR", "Ho"),  # a bare "Ho" elsewhere is no Vietnamese family name
        ("Lan Pham", None, "Lan"),
        ("Park Ji-hoon", None, "Ji-hoon"),  # Korean: a joined two-syllable given name
        ("Kim Novak", None, "Kim"),
        ("Kim Berg-Olsen", None, "Kim"),  # a double surname, not a Korean given name
        ("Dott.ssa Giulia Ferri", None, "Giulia"),
        ("Mgr. Tereza Malá", None, "Tereza"),
        ("MUDr. Karel Beneš", None, "Karel"),
        ("mgr inż. Ewa Zając", None, "Ewa"),
        ("Doc Brown", None, "Doc"),  # a nickname, no title without its dot
        ("Lee Chong Wei", "MY", "Chong Wei"),  # Malaysian Chinese: family name first
        ("Goh Mei-Ling", "SG", "Mei-Ling"),
        ("Lee Ann Tan", "SG", "Lee"),  # a family name last: given name first
        ("Kevin Lim", "SG", "Kevin"),
        ("Lee Ann Womack", "US", "Lee"),  # family first only where it is written so
    ],
)
def test_the_given_name_of_a_name_written_family_first_or_after_a_title(
    contact: str, country: str | None, given: str
) -> None:
    assert first_name(contact, country=country) == given


def test_a_handle_alone_that_is_no_name_is_greeted_by_no_name() -> None:
    assert greeted("@data_wiz42") is None
    assert greeted("@mira@fosstodon.example") == "Mira"
    assert greeted("@lena") == "Lena"  # a handle is lower case by its site's rule
    assert greeted("mira@fosstodon.example") == "Mira"  # a Mastodon account as its posts name it
    assert render_intro(intro_facts("@data_wiz42"), IntroSettings(), PROFILE, TODAY).startswith(
        "Hi there,\n"
    )


@pytest.mark.parametrize(
    ("contact", "country", "language", "greeting", "named"),
    [
        ("Horváth Zsófia", "HU", "hu", "Szia Zsófia!", "Zsófia"),
        ("Muhammad Fadli Akbar", None, "id", "Halo Fadli,", "Fadli"),
        ("Muhammad Hafiz", "MY", "de", "Hallo Hafiz,", "Hafiz"),
        ("Muhammad Idris", "EG", "de", "Hallo Muhammad,", "Muhammad"),  # his own name
        ("Trần Văn Bình", None, "fr", "Salut Bình,", "Bình"),
    ],
)
def test_the_notes_name_the_contact_as_the_greeting_does(
    contact: str, country: str | None, language: str, greeting: str, named: str
) -> None:
    facts = intro_facts(contact, country=country, ties_kinds=FRIEND)
    settings = IntroSettings(name="Alex", language=language)
    assert render_intro(facts, settings, PROFILE, TODAY).startswith(f"{greeting}\n")
    assert draft_register(facts, language, settings)[1].endswith(
        f": {named} is your Facebook friend."
    )


def test_an_english_greeting_says_the_given_name_of_a_hungarian_written_family_first() -> None:
    draft = render_intro(intro_facts("Fekete Bence"), IntroSettings(), PROFILE, TODAY)
    assert draft.startswith("Hi Bence,\n")


@pytest.mark.parametrize(
    ("contact", "country", "placed", "greeting"),
    [
        ("Muhammad Ali Khan", None, "PK", "Hi Ali,"),  # no card: the lead is in Karachi
        ("Syeda Fatima", None, "PK", "Hi Fatima,"),
        ("Syeda Fatima", None, None, "Hi Syeda,"),  # nothing says where
        ("Muhammad Idris", "EG", "PK", "Hi Muhammad,"),  # the card's address comes first
    ],
)  # fmt: skip
def test_a_contact_with_no_address_is_named_as_the_leads_country_names(
    contact: str, country: str | None, placed: str | None, greeting: str
) -> None:
    facts = intro_facts(contact, country=country, placed=placed)
    assert render_intro(facts, IntroSettings(), PROFILE, TODAY).startswith(f"{greeting}\n")
