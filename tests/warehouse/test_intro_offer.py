import pytest

from tests.warehouse.intro_facts import intro_facts
from warehouse.intro import render_intro
from warehouse.intro_offer import default_offer, offer_note, offered_skills, remote_places, worker
from warehouse.intro_settings import IntroSettings
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


@pytest.mark.parametrize(
    ("roles", "engagements", "said"),
    [
        (("platform engineer",), ("contract",), "a contract platform engineer"),
        (("data engineer",), ("freelance", "contract"), "a freelance data engineer"),
        (("data engineer",), ("contract", "freelance"), "a contract data engineer"),
        (("freelance translator",), ("freelance",), "a freelance translator"),
        (("crm consultant",), ("contract",), "a CRM consultant"),
        (("interim finance director",), ("contract",), "an interim finance director"),
        (("ux consultant",), (), "a UX consultant"),
        (("seo consultant",), (), "an SEO consultant"),
        ((), (), "a freelancer"),
    ],
)
def test_the_draft_calls_the_user_what_their_profile_says_they_are(
    roles: tuple[str, ...], engagements: tuple[str, ...], said: str
) -> None:
    profile = Profile(skills=("python",), roles=roles, engagements=engagements)
    assert worker(profile) == said
    joined = "with" if roles else "in"  # a trade works with its tools, a freelancer in a field
    assert default_offer(profile).startswith(f"I work as {said} {joined} Python")


def test_a_contractor_is_no_freelancer_in_the_request_either() -> None:
    profile = Profile(skills=("aws",), engagements=("contract",), locations=("GB",))
    facts = intro_facts(
        "Priya Shah", role_at="Analyst at Monzo", title="Platform Engineer", company="Monzo",
        url="https://monzo.example/jobs/1",
    )  # fmt: skip
    draft = render_intro(facts, IntroSettings(name="Alex"), profile)
    assert "would like to help as a contractor." in draft
    assert "freelancer" not in draft


@pytest.mark.parametrize(
    ("language", "said"),
    [
        ("de", "Ich arbeite selbstständig auf Projektbasis mit AWS."),
        ("fr", "Je travaille en tant que prestataire sur AWS."),
        ("es", "Trabajo por proyectos como profesional independiente con AWS."),
        ("pt", "Trabalho por projeto como profissional independente com AWS."),
        ("it", "Lavoro a progetto come professionista indipendente con AWS."),
        ("nl", "Ik werk op projectbasis met AWS."),
    ],
)
def test_a_contractor_is_no_freelancer_in_any_language(language: str, said: str) -> None:
    assert default_offer(Profile(skills=("aws",), engagements=("contract",)), language) == said


@pytest.mark.parametrize(
    ("role", "language", "said"),
    [
        ("freelance translator", "de", "Ich arbeite freiberuflich im Bereich Übersetzung mit"),
        ("freelance translator", "fr", "Je travaille en freelance dans la traduction sur"),
        (
            "contract UX designer",
            "es",
            "Trabajo por proyectos como profesional independiente en diseño",
        ),
        ("freelance copywriter", "it", "Lavoro come freelance nel copywriting con"),
        (
            "data engineering contractor",
            "nl",
            "Ik werk op projectbasis op het gebied van data engineering",
        ),
        ("CRM consultant", "it", "Lavoro come consulente indipendente con"),
        ("interim IT manager", "fr", "Je travaille en management de transition sur"),
        # a trade of its own, not how they work: the engagement says it
        ("contract manager", "de", "Ich arbeite freiberuflich mit"),
        ("freelance video editor", "de", "Ich arbeite freiberuflich mit"),  # no writer
        # a role that says nothing of how they work names its trade; the engagement says how
        ("translator", "pt", "Trabalho como freelancer em tradução com Excel"),
    ],
)
def test_the_offer_names_the_users_trade_without_a_gendered_word(
    role: str, language: str, said: str
) -> None:
    """No "Übersetzer", "traductrice" or "consultor": the profile gives no gender."""
    profile = Profile(skills=("excel",), roles=(role,), engagements=("freelance",))
    assert default_offer(profile, language).startswith(said)


def test_a_contractors_request_says_how_they_work_in_the_drafts_language() -> None:
    profile = Profile(skills=("aws",), engagements=("contract",))
    facts = intro_facts("Jonas Weber", role_at="Analyst at Acme", title="Platform Engineer")
    settings = IntroSettings(name="Alex", contacts={"Jonas Weber": "de"})
    draft = render_intro(facts, settings, profile)
    assert "würde gern selbstständig auf Projektbasis unterstützen." in draft
    assert "freiberuflich" not in draft


PROFILE = Profile(skills=("python", "dbt", "snowflake", "airflow", "sql", "looker", "k8s"))


def test_the_offer_names_the_skills_the_posting_asks_for() -> None:
    named, left = offered_skills(PROFILE, "You will build Looker dashboards on Kubernetes.")
    assert named == ["looker", "k8s"]  # k8s is Kubernetes
    assert left == ["python", "dbt", "snowflake", "airflow", "sql"]
    offer = default_offer(PROFILE, "en", "Looker and SQL")
    assert "in SQL and Looker," in offer  # asked, in profile order
    # a posting that asks for none: the first of them
    assert offered_skills(PROFILE, "Join our team.")[0] == list(PROFILE.skills[:5])


WRITER = Profile(
    roles=("technical writer", "content writer", "copywriter", "ux writer", "writer"),
    skills=("technical writing", "api documentation", "markdown", "content writing", "seo"),
    engagements=("freelance", "contract"),
)


def test_the_offer_is_of_the_role_the_lead_matched_and_what_its_posting_asks() -> None:
    docs = "Technical Writer (Contract). Maintain our API documentation in Markdown."
    offer = default_offer(WRITER, "en", docs, ("technical writer",))
    assert offer.startswith("I work as a freelance technical writer with api documentation and")
    assert "content writing" not in offer and "SEO" not in offer
    posting = "Content Writer. Four SEO articles a month."
    blog = default_offer(WRITER, "en", posting, ("content writer",))
    assert blog.startswith("I work as a freelance content writer with SEO,")
    assert "a freelance technical writer and copywriter" in default_offer(WRITER)  # no lead


def test_a_posting_that_asks_no_skill_is_offered_those_of_the_matched_role() -> None:
    offer = default_offer(WRITER, "en", "Copywriter. Landing pages for a launch.", ("copywriter",))
    assert offer.startswith("I work as a freelance copywriter with content writing,")
    assert "markdown" not in offer


def test_a_synonym_the_lead_matched_is_what_the_user_works_as() -> None:
    profile = Profile(roles=("site reliability engineer", "devops engineer"), skills=("aws",))
    assert worker(profile, matched=("cloud engineer",)) == "a freelance cloud engineer"
    assert worker(profile) == "a freelance site reliability engineer"


def test_a_word_inside_another_is_no_skill_asked_for() -> None:
    profile = Profile(skills=("python", "sql", "dbt", "airflow", "spark", "go", "r"))
    named, _ = offered_skills(profile, "Ready to go? Our MySQL and R&D teams use Spark.")
    assert named[:3] == ["spark", "go", "r"]  # "go" the word is English too: harmless
    assert "sql" not in named[:3]  # "MySQL" is not SQL


def test_the_user_is_told_which_skills_the_offer_left_out() -> None:
    note = offer_note(IntroSettings(), PROFILE, "en", "Python and dbt.")
    assert "names 2 of your 7 [profile] skills (those the posting asks for)" in note
    assert "left out: Snowflake, Airflow, SQL, Looker, k8s." in note
    note = offer_note(IntroSettings(), PROFILE, "en", "Join us.")
    assert "names 5 of your 7 [profile] skills (the posting asks for none)" in note
    assert offer_note(IntroSettings(), Profile(skills=("python", "sql")), "en", "") == ""
    assert offer_note(IntroSettings(offer="I build pipelines."), PROFILE, "en", "") == ""


@pytest.mark.parametrize(
    ("places", "said"),
    [
        (("PT", "EU", "Lisbon"), "remote (Portugal, EU)."),
        (("NL", "Amsterdam", "EU"), "remote (Netherlands, EU)."),
        (("London, UK", "GB"), "remote (UK)."),
        (("Georgia", "UTC+1"), "remote (Georgia, UTC+1)."),  # a country (or a state)
    ],
)
def test_a_city_is_where_the_user_lives_not_a_place_to_work_remotely_from(
    places: tuple[str, ...], said: str
) -> None:
    assert default_offer(Profile(skills=("react",), locations=places)).endswith(said)
    assert remote_places(Profile(locations=("Berlin",)), "de") == []
    assert default_offer(Profile(skills=("react",), locations=("Berlin",))).endswith("work.")


def test_the_offer_names_a_virtual_assistants_trades_and_spells_their_tools() -> None:
    profile = Profile(
        roles=("virtual assistant", "bookkeeper"),
        skills=("xero", "quickbooks online", "google workspace", "customer support"),
        engagements=("freelance", "part_time"),
    )
    assert default_offer(profile) == (
        "I work as a freelance virtual assistant and bookkeeper with Xero, QuickBooks Online, "
        "Google Workspace and customer support, available for freelance or part-time work."
    )


def test_the_offer_spells_a_wordpress_and_shopify_developers_tools() -> None:
    profile = Profile(
        roles=("wordpress developer",), skills=("woocommerce", "elementor", "liquid"),
        engagements=("freelance",),
    )  # fmt: skip
    assert "with WooCommerce, Elementor and Liquid," in default_offer(profile)


def test_the_offer_names_one_role_of_a_trade_with_many_names() -> None:
    profile = Profile(roles=("ux designer", "product designer"), skills=("figma", "notion"))
    assert default_offer(profile).startswith("I work as a freelance UX designer with Figma and")


def test_the_offer_does_not_repeat_the_trade_as_a_skill() -> None:
    translator = Profile(roles=("translator",), skills=("translation",), engagements=("freelance",))
    assert (
        default_offer(translator)
        == "I work as a freelance translator, available for freelance work."
    )
    bookkeeper = Profile(roles=("bookkeeper",), skills=("bookkeeping", "xero"))
    assert "a freelance bookkeeper with Xero," in default_offer(bookkeeper)


@pytest.mark.parametrize(
    ("language", "said"),
    [
        (
            "de",
            "Ich arbeite freiberuflich im Bereich Büroassistenz und in der Buchhaltung mit Xero",
        ),
        ("es", "Trabajo como freelance en asistencia administrativa y en contabilidad con Xero"),
        ("fr", "en freelance dans l'assistance administrative et dans la comptabilité sur Xero"),
        ("pt", "como freelancer em assistência administrativa e em contabilidade com Xero"),
        ("it", "Lavoro come freelance nel supporto amministrativo e nella contabilità con Xero"),
        (
            "nl",
            "als freelancer op het gebied van administratieve ondersteuning en in de boekhouding",
        ),
    ],
)
def test_the_offer_names_an_assistants_trades_in_each_language(language: str, said: str) -> None:
    profile = Profile(roles=("virtual assistant", "bookkeeper"), skills=("xero",))
    assert said in default_offer(profile, language)


@pytest.mark.parametrize(
    ("role", "trade"),
    [
        ("customer support agent", "im Kundensupport"),
        ("social media manager", "im Marketing"),
        ("database administrator", ""),  # an administrator of databases is no assistant
    ],
)
def test_the_offer_names_a_support_or_marketing_trade(role: str, trade: str) -> None:
    offer = default_offer(Profile(roles=(role,), skills=("zendesk",)), "de")
    assert offer.startswith(f"Ich arbeite freiberuflich {trade} mit Zendesk".replace("  ", " "))


# a full-time employment post the user chose to pursue: no part-time or freelance work it
# does not ask for; the role as posted, or (a profile that takes no full-time work) that
# and the user's own way of working, said plainly
FULL_TIME_TEXT = "Permanent, full-time position with benefits and a pension."


def test_a_full_time_post_is_offered_as_posted_to_a_user_who_takes_full_time_work() -> None:
    profile = Profile(roles=["data engineer"], skills=["python", "sql"],
                      engagements=["contract", "full_time"])  # fmt: skip
    offer = default_offer(profile, "en", FULL_TIME_TEXT, (), "full_time")
    assert offer == (
        "I work as a data engineer with Python and SQL and am keen to take on the role as posted."
    )
    assert worker(profile, "en", (), "full_time") == "a data engineer"
    assert worker(profile, "en", (), "contract") == "a contract data engineer"


def test_a_full_time_post_to_a_contractor_names_the_contract_alternative_honestly() -> None:
    profile = Profile(roles=["data engineer"], skills=["python"],
                      engagements=["freelance", "contract", "part_time"])  # fmt: skip
    offer = default_offer(profile, "en", FULL_TIME_TEXT, (), "full_time")
    assert offer == (
        "I work as a freelance data engineer with Python. I'm open to the role as posted, or to "
        "helping on a freelance basis if that suits you."
    )
    assert "part-time" not in offer
    said = default_offer(profile, "en", "6-month contract", (), "contract")
    assert said.endswith("available for freelance, contract or part-time work.")


def test_a_role_that_says_how_the_user_works_stays_so_to_a_full_time_post() -> None:
    profile = Profile(roles=["freelance translator"], skills=["trados"],
                      engagements=["freelance", "full_time"])  # fmt: skip
    assert worker(profile, "en", (), "full_time") == "a freelance translator"
    assert "on a freelance basis" in default_offer(profile, "en", "", (), "full_time")


def test_a_full_time_post_in_another_language_drops_the_part_time_clause() -> None:
    profile = Profile(roles=["data engineer"], skills=["python"],
                      engagements=["freelance", "part_time"])  # fmt: skip
    assert ", auch in Teilzeit" in default_offer(profile, "de", "", ())
    assert "Teilzeit" not in default_offer(profile, "de", "", (), "full_time")


def test_a_draft_to_whoever_posted_a_full_time_post_offers_it_as_posted() -> None:
    profile = Profile(roles=["virtual assistant"], skills=["xero"],
                      engagements=["freelance", "part_time", "full_time"])  # fmt: skip
    text = "Full time, 13th month pay and HMO."
    facts = intro_facts("Maria Santos", hiring=True, title="Executive Assistant", text=text,
                        engagement="full_time")  # fmt: skip
    draft = render_intro(facts, IntroSettings(name="Alex"), profile)
    assert "I work as a virtual assistant with Xero and am keen to take on the role" in draft
    assert "part-time" not in draft and "freelance" not in draft


def test_a_role_said_by_its_letters_is_written_in_capitals() -> None:
    profile = Profile(roles=["cfo"], skills=["excel"], engagements=["fractional"])
    assert worker(profile) == "a freelance CFO"
