"""Relevance to the profile: roles and skills, aliases and related terms, the gate."""

from __future__ import annotations

import re
from dataclasses import replace

import pytest

from warehouse.ranking import relevance
from warehouse.ranking.profile import Profile
from warehouse.ranking.relevance import read_relevance, spelled_out
from warehouse.ranking.taxonomy import (
    aliases_of,
    layered_holders,
    related_to,
    role_forms,
    role_literal,
    unlayered,
)

P = pytest.param
DATA = Profile(
    skills=("python", "sql", "dbt", "airflow"),
    roles=("data engineer", "analytics engineer"),
    keywords=("lakehouse",),
)


@pytest.mark.parametrize(
    ("title", "text", "role"),
    [
        P("Senior Data Engineer", "", "data engineer", id="the role in the title"),
        P("Data Engineering Lead (Remote)", "", "data engineer", id="engineering is the trade"),
        P("ETL Developer, contract", "", "data engineer", id="an alias of the role"),
        P("Analytics Engineer", "", "analytics engineer", id="the second role"),
        P("Software Engineer, Data Platform", "", "data engineer", id="a related term"),
        P("BI Developer", "", "analytics engineer", id="an alias of the second role"),
    ],
)
def test_a_role_in_the_title_matches(title: str, text: str, role: str) -> None:
    found = read_relevance(title, text, DATA)
    assert found.matched and role in found.roles_matched
    assert found.fit >= 0.39


@pytest.mark.parametrize(
    ("title", "text"),
    [
        P("Graphic Designer", "Figma and the Adobe suite", id="design"),
        P("Electrical Design Engineer", "Altium, PCB layout", id="an engineer of another trade"),
        P(
            "Backend Engineer",
            "work with our data engineers on Go services",
            id="a passing mention",
        ),
        P("Firmware Engineer", "C on STM32 and FreeRTOS", id="firmware"),
    ],
)
def test_nothing_in_common_does_not_match(title: str, text: str) -> None:
    found = read_relevance(title, text, DATA)
    assert not found.matched
    assert found.fit < 0.2


@pytest.mark.parametrize(
    "title",
    [
        "Senior/Lead Infra engineer/devops",
        "Sr. Software Reliability Engineer",
        "Quillon | Dev Ops Engineer | Remote",
        "DevOps Lead",
        "Quillon | Infra Eng - Storage | Remote",
    ],
)
def test_an_sre_profile_knows_its_trade_by_other_names(title: str) -> None:
    sre = Profile(skills=("kubernetes",), roles=("site reliability engineer",))
    assert read_relevance(title, "", sre).matched


@pytest.mark.parametrize(
    "title",
    [
        "Desarrollador iOS Sr (Remoto)",
        "Desarrolladora Android - Kotlin",
        "Desarrollador/a Móvil Flutter",
        "Programador Android por honorarios",
        "Desenvolvedor Mobile Pleno",
        "Android Engineer",
    ],
)
def test_a_mobile_developer_knows_the_trade_in_spanish_titles(title: str) -> None:
    # "ios developer" is the table's "ios engineer": the mobile row's other names count
    mobile = Profile(skills=("kotlin",), roles=("ios developer", "mobile developer"))
    assert read_relevance(title, "", mobile).roles_matched


@pytest.mark.parametrize(
    "title", ["Desarrollador Backend PHP", "Desarrolladora Web", "Ingeniera de Datos"]
)
def test_another_trade_in_spanish_is_no_mobile_role(title: str) -> None:
    mobile = Profile(skills=("kotlin",), roles=("ios developer", "mobile developer"))
    assert not read_relevance(title, "", mobile).roles_matched


@pytest.mark.parametrize(
    "title",
    [
        "Desenvolvedor Backend Node.js",
        "Pessoa Desenvolvedora Back-end Pleno",
        "Desarrollador Backend Go - Remoto LATAM",
        "Backend-Entwickler (m/w/d)",
    ],
)
def test_a_backend_developer_knows_the_trade_in_other_languages(title: str) -> None:
    backend = Profile(skills=("go",), roles=("backend developer",))
    assert read_relevance(title, "", backend).roles_matched


@pytest.mark.parametrize("title", ["Desenvolvedor Frontend React", "Engenheiro de Dados"])
def test_another_trade_in_portuguese_is_no_backend_role(title: str) -> None:
    backend = Profile(skills=("go",), roles=("backend developer",))
    assert not read_relevance(title, "", backend).roles_matched


def test_a_role_written_with_another_head_joins_its_row() -> None:
    assert "android engineer" in aliases_of("mobile developer")
    assert "android engineer" in aliases_of("ios developer")
    assert aliases_of("fish developer") == ("fish developer",)


def test_only_the_roles_a_title_names_best_are_named() -> None:
    platform = Profile(
        skills=("kubernetes",),
        roles=("site reliability engineer", "devops engineer", "platform engineer"),
    )
    # the others are related to DevOps, not named: the why names the one it says
    assert read_relevance("Senior DevOps Engineer", "", platform).roles_matched == (
        "devops engineer",
    )
    both = read_relevance("Platform / DevOps Engineer", "", platform)
    assert both.roles_matched == ("devops engineer", "platform engineer")
    # a synonym none of them spells: as the title names it, not the profile's first
    assert read_relevance("Cloud Engineer (Contract)", "", platform).roles_matched == (
        "cloud engineer",
    )
    assert read_relevance("Senior Cloud Engineering Lead", "", platform).roles_matched == (
        "cloud engineer",
    )
    # one short for a role of theirs is that role: initials, or its words cut short
    infra = replace(platform, roles=("devops engineer", "infrastructure engineer"))
    assert read_relevance("Infra Engineer", "", infra).roles_matched == ("infrastructure engineer",)
    assert read_relevance("SRE", "", platform).roles_matched == ("site reliability engineer",)
    assert read_relevance("Senior SRE (Remote)", "", infra).roles_matched == ("sre",)


@pytest.mark.parametrize(
    ("text", "titles"),
    [
        P("Sr. Software Engineer - Frontend - Denver", ["Frontend Engineer"], id="after a dash"),
        P("Senior software Engineer, Front End", ["Front End Engineer"], id="after a comma"),
        P(
            "Software Engineer - Infrastructure, Data Platform (hybrid)",
            ["Infrastructure Engineer", "Data Platform Engineer"],
            id="several after",
        ),
        P(
            "Full-Stack / Frontend / AI Engineer",
            ["Full-Stack Engineer", "Frontend Engineer", "AI Engineer"],
            id="several before",
        ),
        P("Backend and Data Engineers", ["Backend Engineer", "Data Engineer"], id="and"),
        P(
            "Quillon | Remote | [Platform | Security | Frontend] Engineer",
            ["Platform Engineer", "Security Engineer", "Frontend Engineer"],
            id="in brackets, parted by bars",
        ),
        P("Quillon | Remote | Platform | Security Engineer", [], id="a header's bars"),
        P("Software Engineers (Backend, Data)", ["Backend Engineer", "Data Engineer"], id="()"),
        P("Product Engineer (frontend focused)", ["Frontend Engineer"], id="a trade's word"),
        P(
            "Systems Engineering - platform, infra, and data",
            ["Platform Engineering", "Infra Engineering", "Data Engineering"],
            id="trades' words and an Oxford comma",
        ),
        P("Product Engineer (remote, async)", [], id="other words in lower case: no title"),
        P("Engineers - data is what we sell", [], id="a trade's word in prose"),
        P(
            "We are hiring across Backend, Infrastructure, and Frontend this spring.",
            ["Backend Engineer", "Infrastructure Engineer", "Frontend Engineer"],
            id="hiring across trades without a head",
        ),
        P(
            "hiring for platform and mobile (ICs)",
            ["Platform Engineer", "Mobile Engineer"],
            id="hiring for trades in lower case",
        ),
        P("We are hiring for Berlin.", [], id="hiring for one place"),
        P(
            "Looking for front-end, back-end, and full stack developers of any level.",
            ["Front-end Developer", "Back-end Developer", "Full Stack Developer"],
            id="trades listed in prose before one head",
        ),
        P("We need data and ML engineers.", ["Data Engineer", "ML Engineer"], id="two in prose"),
        P("You pair with our senior and staff engineers.", [], id="ranks, not trades, in prose"),
        P("Our backend engineers and designers ship weekly.", [], id="one trade in prose"),
        P(
            "Kestrel | Security, Machine Learning | Remote",
            ["Security Engineer", "Machine Learning Engineer"],
            id="a header's field of trades",
        ),
        P(
            "Wenlock | Frontend, Design | Remote (EU)",
            ["Frontend Engineer", "Product Designer"],
            id="a header's field of trades naming design",
        ),
        P("Wenlock | Design | Remote (EU)", [], id="a field of design alone: a team or a role"),
        P("Kestrel | Berlin, Lisbon | Remote", [], id="a header's field of places"),
        P("Product Manager, Data Platform", [], id="a manager is not in the trade"),
        P("Solutions Engineer, Data Platform", [], id="a customer-facing engineer's field"),
        P("Support Engineers (Kubernetes, Networking)", [], id="what support engineers support"),
        P("Engineers, PM, Data Analyst", ["PM Engineer", "PM Analyst", "Data Analyst"], id="own"),
        P("Data Engineer", [], id="nothing apart"),
        P("DataEngineer - Platform", [], id="a head inside a word"),
    ],
)
def test_a_role_named_apart_from_its_specialty_is_spelled_out(text: str, titles: list[str]) -> None:
    assert spelled_out(text).split("\n") == [text, *titles]


@pytest.mark.parametrize(
    "line",
    [
        "Full-Stack / Frontend / AI ", "We hire Platform and Data ", "Backend,Infra\t",
        "Mobile & Web ", "a Senior Data ", "for Data or ML ", "Data, and Platform ",
        "iOS, Android ", "Search, Ranking Quality Data ", "Data, Platform", "",
        "Our platform, the app and more. Senior Backend ", "Web\u00a0/ Data ",
        "built at Acme, Berlin. We are looking for a ", "Frontend/Backend (Go) ",
    ],
)  # fmt: skip
def test_a_list_before_a_head_is_found_as_its_pattern_finds_it(line: str) -> None:
    """The list of specialties before a head is searched for only where a list's mark
    stands in the last words (cheaper than the pattern tried at each place): the same
    match as the pattern's, from the line's start or from a later place."""
    for start in (0, len(line) // 2):
        found = relevance._listed_before(line, start, len(line))
        expected = relevance._BEFORE.search(line, start, len(line))
        assert (found and found.span()) == (expected and expected.span())


@pytest.mark.parametrize(
    ("title", "titles"),
    [
        P("Quillon | Senior software engineer - frontend", ["Frontend Engineer"], id="lower case"),
        P("Quillon | Software engineer backend (Go) | Remote", ["Backend Engineer"], id="bare"),
        P("Quillon | Developer Frontend | Remote", ["Frontend Developer"], id="bare, capitalised"),
        P("Quillon | Senior engineer, remote", [], id="no trade after the head"),
        P("Quillon | Engineer Berlin (Remote)", [], id="a place after the head"),
    ],
)
def test_a_title_names_a_specialty_after_a_head_in_any_case(title: str, titles: list[str]) -> None:
    assert spelled_out(title, title=True).split("\n") == [title, *titles]


def test_a_body_names_no_specialty_after_a_head_in_lower_case() -> None:
    assert spelled_out("our engineers - data and ops - rotate on call") == (
        "our engineers - data and ops - rotate on call"
    )


def test_skills_under_a_lower_case_title_of_another_trade_count_half() -> None:
    text = "Python and SQL every day"
    other = read_relevance("Software engineer backend (Go)", text, DATA)
    plain = read_relevance("Software engineer (Go)", text, DATA)
    assert other.fit == pytest.approx(plain.fit / 2, abs=0.01)


def test_a_role_inside_a_longer_role_of_another_trade_is_that_trade() -> None:
    sre = Profile(skills=("kubernetes",), roles=("platform engineer",))
    assert not read_relevance("Data Platform Engineer", "", sre).matched
    assert read_relevance("Data Platform Engineer", "", DATA).roles_matched == ("data engineer",)
    assert read_relevance("Platform Engineer", "", sre).matched


def test_a_specialty_named_apart_matches_its_role() -> None:
    frontend = Profile(skills=("react",), roles=("frontend engineer",))
    titled = read_relevance("Senior Software Engineer, Frontend", "", frontend)
    assert titled.matched and titled.roles_matched == ("frontend engineer",)
    listed = read_relevance("Foxglove | Remote", "- Software Engineers (Backend, Data)", DATA)
    assert listed.matched and listed.roles_matched == ("data engineer",)
    other = read_relevance("Software Engineer - Frontend", "Python and SQL every day", DATA)
    assert other.fit == pytest.approx(
        read_relevance("Frontend Engineer", "Python and SQL every day", DATA).fit
    )


@pytest.mark.parametrize(
    ("text", "role"),
    [
        P(
            "Open roles:\n- Support Engineer\n- Product Engineer (frontend-leaning)",
            "frontend engineer",
            id="leaning",
        ),
        P(
            "We're hiring across Sales, Backend, and Frontend, all remote.",
            "frontend engineer",
            id="hiring across",
        ),
        P("Core Engineering - infra, storage", "infrastructure engineer", id="a trade's word"),
    ],
)
def test_a_trade_the_body_lists_without_its_title_case_or_head_matches(
    text: str, role: str
) -> None:
    profile = Profile(skills=("rust",), roles=(role,))
    found = read_relevance("Orchard Labs | Remote | Full-time", text, profile)
    assert found.matched and found.roles_matched == (role,)


def test_a_role_the_body_states_counts_where_there_is_no_title() -> None:
    found = read_relevance(None, "#hiring a freelance data engineer for our shop", DATA)
    assert found.matched and found.roles_matched == ("data engineer",)


def test_the_title_counts_more_than_the_body_and_skills_count_on_their_own() -> None:
    titled = read_relevance("Data Engineer", "Python, SQL and dbt daily", DATA)
    body = read_relevance("Engineer", "our data engineer team uses Python", DATA)
    skills = read_relevance("Python Developer", "SQL, dbt and Airflow in production", DATA)
    assert titled.fit > skills.fit > body.fit > 0
    assert skills.matched and skills.fit >= 0.6


def test_skills_under_another_trades_title_count_half() -> None:
    text = "Python and SQL every day"
    own = read_relevance("Developer - Python, SQL", text, DATA)
    other = read_relevance("Full Stack Web Developer - Python, SQL", text, DATA)
    assert other.fit == pytest.approx(own.fit / 2, abs=0.01)
    frontend = Profile(skills=("react", "typescript"), roles=("frontend engineer",))
    shares_a_skill = read_relevance("Full Stack Engineer (React, TypeScript)", "", frontend)
    assert shares_a_skill.fit == read_relevance("React, TypeScript developer", "", frontend).fit


@pytest.mark.parametrize(
    "title",
    [
        P("iOS Developer (Swift, Python)", id="another trade"),
        P("Kestrel Labs | Backend Engineer - Payments | Remote", id="a field of a header"),
        P("Head of Engineering", id="a manager alone"),
        P("Quillon | Head of Developer Relations", id="a manager of a field a head names"),
        P("Senior Java Engineer / iOS Developer", id="an engineer of other skills"),
        P("Larchmont | Solutions Engineer | Remote", id="a customer-facing engineer"),
        P("Larchmont | Solutions Engineer, Data Platform", id="a customer-facing engineer's field"),
        P("Larchmont | SDR Engineer | Remote", id="a sales-development engineer"),
        P("Larchmont | Go-To-Market Engineer", id="a go-to-market engineer"),
        P("QA Engineer (Python test suites)", id="a tester"),
        P("Kestrel | Security, ML | Remote (EU)", id="a header's field of trades"),
        P("Kestrel | Founding Engineer: Backend + Mobile", id="an engineer of no trade's trades"),
        P("Kestrel | Software engineer backend (Go) | Remote", id="a trade after the head"),
    ],
)
def test_skills_alone_under_another_trades_title_do_not_match(title: str) -> None:
    found = read_relevance(title, "we write Python and SQL, deploy with dbt", DATA)
    assert found.skills_matched and not found.matched and not found.roles_matched


@pytest.mark.parametrize(
    "title",
    [
        P("Kestrel Labs | Senior Software Engineer, Payments | Remote", id="software engineer"),
        P("Mobile Developer / Founding Engineer", id="beside another trade"),
        P("Backend + Product Engineers", id="product engineers"),
        P("Backend Engineer, Data", id="the profile's specialty"),
        P("Senior Python Developer / iOS Developer", id="an engineer of the profile's skills"),
        P("Kestrel | Software Engineer, AI & Automation | Remote", id="AI, the product's field"),
    ],
)
def test_skills_under_a_title_naming_an_engineer_of_no_trade_still_match(title: str) -> None:
    assert read_relevance(title, "we write Python and SQL, deploy with dbt", DATA).matched


@pytest.mark.parametrize(
    ("title", "text"),
    [
        P("Quillon | Senior Engineer | Remote", "We write Python and SQL.", id="a generalist"),
        P("Quillon | Remote", "Across our teams: Python, SQL, Elixir.", id="a team's stack"),
    ],
)
def test_skills_any_trade_uses_alone_do_not_match(title: str, text: str) -> None:
    found = read_relevance(title, text, DATA)
    assert found.skills_matched and not found.matched and found.in_passing


@pytest.mark.parametrize(
    ("title", "text"),
    [
        P("Quillon | Senior Engineer", "Python and SQL; models in dbt", id="a skill of the trade"),
        P("Quillon | Senior Engineer", "Python for our ETL jobs", id="a term of the trade"),
        P("Quillon | Senior Engineer", "Python; a lakehouse on S3", id="a keyword"),
        P("Quillon | Python Developer", "SQL too", id="a skill in the title"),
        P("Quillon | Engineer", "our data engineers use Python", id="a role in the body"),
    ],
)
def test_skills_any_trade_uses_match_beside_anything_of_the_trade(title: str, text: str) -> None:
    found = read_relevance(title, text, DATA)
    assert found.matched and not found.in_passing


PLATFORM = Profile(
    skills=("kubernetes", "terraform", "aws", "python"),
    roles=("site reliability engineer", "devops engineer"),
)
FRONTEND = Profile(skills=("react", "typescript", "javascript"), roles=("frontend engineer",))


@pytest.mark.parametrize(
    ("text", "profile"),
    [
        P(
            "We ship a billing app.\nStack: Python, Postgres, Kubernetes on AWS.",
            PLATFORM,
            id="a line",
        ),
        P(
            "We ship a billing app.\n\nOur tech stack\n- Go services\n- Terraform, AWS\n",
            PLATFORM,
            id="bullets under a heading",
        ),
        P("Technologies: Elixir, Snowflake, dbt\nWe ship a billing app.", DATA, id="data tools"),
        P(
            "We ship a billing app.\nOur stack:\n- Go, Terraform\n- GitHub Actions for CI/CD",
            Profile(skills=PLATFORM.skills, roles=PLATFORM.roles, keywords=("ci/cd",)),
            id="a keyword in the stack",
        ),
        P("We ship a billing app. We deploy to AWS via Terraform.", PLATFORM, id="in prose"),
        P(
            "We ship a billing app; the app runs on Kubernetes in AWS!\nYou own checkout.",
            PLATFORM,
            id="what the app runs on",
        ),
        P(
            "Our tech stack is Elixir and Python, hosted on our cloud infrastructure.",
            Profile(
                skills=PLATFORM.skills, roles=PLATFORM.roles, keywords=("cloud infrastructure",)
            ),
            id="a keyword in a stack sentence",
        ),
        P(
            "You build the checkout. We heavily use Python and Docker. Ship daily.",
            PLATFORM,
            id="a term of the trade in a stack sentence",
        ),
    ],
)
def test_the_trades_tools_only_a_teams_stack_names_do_not_match(
    text: str, profile: Profile
) -> None:
    found = read_relevance("Quillon | Senior Engineer | Remote", text, profile)
    assert found.skills_matched and not found.matched and found.in_passing


@pytest.mark.parametrize(
    ("text", "profile"),
    [
        P(
            "You will own our deploys.\nStack: Go, Terraform, AWS.\n\nYou'll be on call for "
            "the devops side of a small team, from the first deploy to the last alert.",
            PLATFORM,
            id="the trade beside the stack",
        ),
        P("You will write the Terraform for our AWS accounts.", PLATFORM, id="tools as work"),
        P(
            "We deploy to AWS via Terraform. You will be on call for the devops side.",
            PLATFORM,
            id="the trade beside a stack sentence",
        ),
        P("Stack: React, TypeScript, Postgres.", FRONTEND, id="a language of the trade"),
    ],
)
def test_the_trades_tools_match_beside_the_trade_or_as_its_language(
    text: str, profile: Profile
) -> None:
    found = read_relevance("Quillon | Senior Engineer | Remote", text, profile)
    assert found.matched and not found.in_passing


@pytest.mark.parametrize(
    "title",
    [
        P("Quillon | Account Executive | Remote", id="a seller"),
        P("Quillon | Technical Recruiter", id="a recruiter"),
        P("Quillon | Sales Representative (Kubernetes tooling)", id="a representative"),
    ],
)
def test_the_trades_tools_under_a_job_outside_the_trades_do_not_match(title: str) -> None:
    text = "Our buyers run Kubernetes and write Terraform for their AWS estates."
    found = read_relevance(title, text, PLATFORM)
    assert found.skills_matched and not found.matched


@pytest.mark.parametrize(
    "title",
    [
        P("Quillon | Recruiter / DevOps Engineer", id="the profile's role beside it"),
        P("Quillon | Executive Assistant, Engineers", id="engineers beside it"),
        P("Quillon (an AI assistant for clinics) | Remote", id="a product's words"),
    ],
)
def test_a_job_outside_the_trades_beside_the_profiles_still_matches(title: str) -> None:
    text = "Our buyers run Kubernetes and write Terraform for their AWS estates."
    assert read_relevance(title, text, PLATFORM).matched


def test_general_skills_under_another_trades_title_are_that_trades() -> None:
    found = read_relevance("Quillon | Backend Engineer", "We write Python and SQL.", DATA)
    assert not found.matched and not found.in_passing


def test_no_skill_is_general_for_a_profile_whose_skills_the_taxonomy_ties_to_no_role() -> None:
    backend = Profile(skills=("python", "sql"), roles=("backend engineer",))
    found = read_relevance("Quillon | Senior Engineer", "We write Python and SQL.", backend)
    assert found.matched and not found.in_passing


def test_a_related_term_in_a_title_naming_another_trade_is_that_trades_tool() -> None:
    frontend = Profile(skills=("react", "typescript"), roles=("frontend engineer",))
    mobile = read_relevance("Quillon | Mobile Engineer (Swift, TypeScript)", "", frontend)
    assert not mobile.matched and not mobile.roles_matched
    plain = read_relevance("Quillon | Senior Engineer (TypeScript)", "", frontend)
    assert plain.matched and plain.roles_matched == ("frontend engineer",)


def test_a_role_the_body_mentions_under_another_trades_title_counts_half() -> None:
    text = "you will work with data engineering on Python models"
    other = read_relevance("Senior ML Engineer", text, DATA)
    plain = read_relevance("Senior Engineer", text, DATA)
    assert other.roles_matched == ("data engineer",)
    assert other.fit == pytest.approx(plain.fit / 2, abs=0.01)


@pytest.mark.parametrize(
    "title",
    [
        "Senior Fullstack Python Developer",
        "Full-Stack Python/Django Engineer (remote)",
        "Lead Backend Go & Python Engineer",
    ],
)
def test_skills_between_another_trades_words_still_name_that_trade(title: str) -> None:
    text = "Python and SQL every day"
    plain = read_relevance("Senior Python Developer", text, DATA)
    assert plain.fit == read_relevance("Developer (Python)", text, DATA).fit
    assert read_relevance(title, text, DATA).fit == pytest.approx(plain.fit / 2, abs=0.01)


def test_a_skill_between_the_profiles_trade_words_names_the_profiles_trade() -> None:
    frontend = Profile(skills=("react",), roles=("frontend engineer",))
    found = read_relevance("Senior Frontend React Developer", "", frontend)
    assert found.roles_matched == ("frontend engineer",)
    assert found.fit == read_relevance("Senior Frontend Developer (React)", "", frontend).fit


@pytest.mark.parametrize(
    ("title", "named"),
    [
        P("Mobile Field Survey App Developer", True, id="what the app is for"),
        P("Senior Mobile Banking App Engineer (Kotlin)", True, id="an engineer"),
        P("Mobile Field Survey Officer", False, id="no app developer"),
        P("Mobile Money Agent", False, id="no developer"),
    ],
)  # fmt: skip
def test_what_a_mobile_app_is_for_between_its_words_still_names_a_mobile_developer(
    title: str, named: bool
) -> None:
    mobile = Profile(skills=("kotlin",), roles=("mobile developer",))
    found = read_relevance(title, "", mobile)
    assert (found.roles_matched == ("mobile developer",)) is named


@pytest.mark.parametrize(
    ("title", "role"),
    [
        P("Senior Infrastructure Software Engineer", "platform engineer", id="software"),
        P("Frontend Product Engineer (Remote)", "frontend engineer", id="product"),
        P("Backend and Frontend Software Engineers", "frontend engineer", id="in a list"),
    ],
)
def test_a_word_any_trade_may_hold_between_a_trades_words_still_names_it(
    title: str, role: str
) -> None:
    profile = Profile(skills=("go",), roles=(role, "infrastructure engineer"))
    assert read_relevance(title, "", profile).matched


def test_no_trade_is_made_of_a_skill_and_a_head_around_such_words() -> None:
    frontend = Profile(skills=("react",), roles=("frontend engineer",))
    text = "React every day"
    made = read_relevance("AI Product Developer", text, frontend)
    assert made.fit == read_relevance("Product Developer", text, frontend).fit


def test_skills_under_a_title_naming_only_a_manager_count_half() -> None:
    text = "Python and SQL every day"
    plain = read_relevance("Senior Software Engineer", text, DATA)
    for title in ("Engineering Manager", "Director of Engineering", "CTO"):
        managing = read_relevance(title, text, DATA)
        assert managing.fit == pytest.approx(plain.fit / 2, abs=0.01), title
    beside = read_relevance("Engineering Manager, Senior Software Engineer", text, DATA)
    assert beside.fit == plain.fit


def test_a_near_trade_in_the_title_keeps_skills_whole_beside_another_trade() -> None:
    frontend = Profile(skills=("react", "typescript"), roles=("frontend engineer",))
    text = "React and TypeScript on the web"
    both = read_relevance("Full Stack Engineer + Security Engineer", text, frontend)
    assert both.fit == read_relevance("Full Stack Engineer", text, frontend).fit
    assert both.fit > read_relevance("Security Engineer", text, frontend).fit


def test_keywords_add_a_little_and_aliases_and_related_terms_extend() -> None:
    plain = read_relevance("Data Engineer", "", DATA)
    keyword = read_relevance("Data Engineer", "our lakehouse", DATA)
    assert keyword.keywords_matched == ("lakehouse",) and keyword.fit > plain.fit
    custom = Profile(
        roles=("data engineer",), related={"data engineer": ("dagster",)}, skills=("dbt",)
    )
    assert read_relevance("Dagster specialist", "", custom).matched
    assert not read_relevance("Dagster specialist", "", DATA).matched


def test_a_phrase_of_the_trade_adds_as_much_as_a_keyword() -> None:
    plain = read_relevance("Senior Software Engineer", "Python services for our shop", DATA)
    phrase = read_relevance(
        "Senior Software Engineer", "Python services for our shop and its data lake", DATA
    )
    assert phrase.fit == pytest.approx(plain.fit + 0.05)
    assert phrase.roles_matched == plain.roles_matched == ()  # no role: the why stays true
    # a single word the trade relates to (Spark) is a tool, counted where it is a skill
    spark = read_relevance("Senior Software Engineer", "Python services, Spark jobs", DATA)
    assert spark.fit == read_relevance("Senior Software Engineer", "Python services, Go", DATA).fit


def test_a_skills_only_profile_keeps_its_skill_fit() -> None:
    skills_only = Profile(skills=("python", "dbt"))
    assert read_relevance("Python developer", "dbt models", skills_only).fit == 0.75  # 1 + 0.5 of 2
    assert not read_relevance("Chef", "kitchen", skills_only).matched


def test_the_taxonomy_finds_aliases_related_terms_and_role_forms() -> None:
    assert "postgres" in aliases_of("PostgreSQL") and "postgresql" in aliases_of("postgres")
    assert "etl" in related_to("data engineer")
    assert {"customer engineer", "technical support engineer"} <= set(
        aliases_of("support engineer")
    )
    assert "data engineer" not in related_to("data engineer")
    forms = role_forms("data engineer")
    assert {"data engineer", "data engineering", "data developer", "etl developer"} <= set(forms)
    assert "data eng" in forms  # as titles shorten it


def test_a_layer_of_the_stack_is_matched_in_a_roles_pattern_not_a_form_of_its_own() -> None:
    """ "WordPress Web Developer" is a WordPress developer by one optional group in the
    pattern: forms for each of 14 layers made each profile's patterns megabytes."""
    assert not any(" web " in form or " backend " in form for form in role_forms("data engineer"))
    pattern = re.compile(rf"(?:{role_literal('wordpress developer')})$")
    for title in ("wordpress developer", "wordpress web developer", "wordpress back-end developer",
                  "wordpress full stack developer", "wordpress theme developer"):  # fmt: skip
        assert pattern.match(title), title
    assert not pattern.match("wordpress web designer")
    assert (
        role_literal("designer") == "designer"
        and role_literal("data analyst") == "data[\\s-]+analyst"
    )
    assert unlayered("wordpress back end developer") == "wordpress developer"
    assert unlayered("full stack developer") == "full stack developer"  # the layer is the name
    # the names whose layered matches hold a layer's own name hide it: "web developer"
    # is inside "WordPress Web Developer", not inside "Web Developer"
    names = ("wordpress developer", "data engineer", "big data developer", "developer")
    assert layered_holders("web developer", names) == {"wordpress developer", "big data developer"}
    assert layered_holders("data web developer", names) == {"big data developer"}
    assert layered_holders("data developer", names) == set()


def test_a_layered_title_of_another_trade_is_not_the_layers_role() -> None:
    frontend = Profile(roles=("frontend engineer", "web developer"), skills=("react",))
    assert not read_relevance("WordPress Web Developer", "", frontend).roles_matched
    assert not read_relevance("Shopify Theme Developer", "", frontend).roles_matched
    assert read_relevance("Frontend Web Engineer", "", frontend).roles_matched == (
        "frontend engineer",
    )
    data = Profile(roles=("data engineer",), skills=("python",))
    assert read_relevance("Data Platform Software Engineer", "", data).roles_matched == (
        "data engineer",
    )


@pytest.mark.parametrize(
    "title",
    [
        "Traducteur / Traductrice freelance FR-EN (H/F)",
        "Stiamo cercando un traduttore freelance per il nostro sito.",
        "Wij zoeken een freelance vertaler Frans.",
        "Übersetzer (m/w/d) Englisch-Deutsch, freiberuflich",
        "Freelance Translators, EN>PT-BR",
    ],
)
def test_a_translator_is_known_by_the_word_of_the_posting_language(title: str) -> None:
    translator = Profile(skills=("subtitling",), roles=("translator",))
    assert read_relevance(title, "", translator).roles_matched == ("translator",)


VIDEO = Profile(
    skills=("premiere pro", "after effects", "davinci resolve"),
    roles=("video editor", "motion designer"),
)
ASSISTANT = Profile(
    skills=("inbox management", "data entry", "canva"), roles=("virtual assistant",)
)
MARKETER = Profile(skills=("seo", "google ads", "meta ads"), roles=("performance marketer",))
WRITER = Profile(skills=("copywriting", "email marketing"), roles=("copywriter", "content writer"))
PHOTO = Profile(skills=("product photography", "lightroom"), roles=("photographer",))
UX = Profile(skills=("figma", "prototyping", "design systems"), roles=("ux designer",))


@pytest.mark.parametrize(
    ("title", "text", "profile"),
    [
        ("Wir suchen eine:n Texter:in für unsere Produktseiten", "Remote, 10 Std./Woche.", WRITER),
        ("[Hiring] Ghostwriter for LinkedIn posts", "Three posts a week in my voice.", WRITER),
        ("Busco asistente virtual bilingüe", "Gestión de correo y agenda, remoto.", ASSISTANT),
        ("Acme | Growth Marketer (Paid Social) | Remote", "Run our Meta campaigns.", MARKETER),
        ("[Hiring] Edit 30 Reels a month", "CapCut or Premiere, $15 per video.", VIDEO),
        ("[Hiring] Motion graphics artist for an explainer", "2D, in After Effects.", VIDEO),
        ("[Hiring] YouTube editor - paid per video", "History niche, stock footage.", VIDEO),
        ("[Hiring] Shorts editor for a podcast", "Cut 10 clips a week, captions.", VIDEO),
        ("[Hiring] Photo retoucher for e-commerce", "Background removal, 200 images.", PHOTO),
        ("Fernway | UX Researcher (Contract)", "Interviews and usability studies.", UX),
    ],
)
def test_a_trade_outside_engineering_is_known_by_its_names(
    title: str, text: str, profile: Profile
) -> None:
    assert read_relevance(title, text, profile).matched


@pytest.mark.parametrize(
    ("title", "text", "profile"),
    [
        # Canva serves the graphic designer the title names, not a virtual assistant
        ("[Hiring] Freelance graphic designer for packaging", "Templates in Canva.", ASSISTANT),
        # an SEO brief serves the writer the title names
        ("Content Marketing Writer (Freelance)", "You understand SEO basics.", MARKETER),
        ("Senior Software Engineer, Code Editor team", "Rust, TypeScript, LSP.", VIDEO),
        ("Content Moderator (Spanish)", "Review user posts; 4-hour shifts.", WRITER),
    ],
)
def test_a_trades_tools_under_another_trades_title_do_not_match(
    title: str, text: str, profile: Profile
) -> None:
    assert not read_relevance(title, text, profile).matched


BOOKS = Profile(skills=("quickbooks", "xero"), roles=("bookkeeper", "accountant"))
ILLUSTRATOR = Profile(skills=("procreate", "branding"), roles=("illustrator", "graphic designer"))


@pytest.mark.parametrize(
    ("title", "text", "profile"),
    [
        ("Game Designer (Systems)", "Balance the economy; prototyping in Unity.", UX),
        ("Chip Designer - Physical Design", "Timing closure; design systems for SoCs.", UX),
        ("Assistant Professor, Accounting", "Teach accounting and QuickBooks labs.", BOOKS),
    ],
)
def test_a_designer_or_teacher_of_another_field_is_no_match(
    title: str, text: str, profile: Profile
) -> None:
    assert not read_relevance(title, text, profile).matched


DESIGN = Profile(skills=("figma", "user research"), roles=("product designer",))


@pytest.mark.parametrize(
    ("title", "text"),
    [
        ("Founding Designer", "Our first design hire: the whole product."),
        ("Acme | Staff Designer | REMOTE", "Own brand, product and marketing design."),
        ("Acme | Remote | Multiple roles", "Open roles:\n- Platform Engineer\n- Lead Designer"),
        ("Acme | Eng, GTM", "We're hiring:\n1. Backend Engineer\n2. Designer (part-time)"),
        ("Acme | Multiple Roles", "Product/Engineering:\n· Designers that code, PMs"),
    ],
)
def test_a_designer_of_no_specialty_is_a_product_designer(title: str, text: str) -> None:
    assert read_relevance(title, text, DESIGN).matched


@pytest.mark.parametrize(
    ("title", "text"),
    [
        ("Full-Stack Engineer", "A team of engineers, designers and product managers."),
        ("Silicon Engineer", "Tools for chip designers; you are an expert circuit designer."),
        ("Founding Engineer", "Other positions available: Part-time designer, content creator."),
        ("Senior Design Engineer", "Build polished interfaces in React."),
        ("Platform Engineer", "Rapid prototyping of internal tools; Terraform."),
    ],
)
def test_a_designer_a_sentence_names_or_a_tool_any_trade_uses_is_no_match(
    title: str, text: str
) -> None:
    assert not read_relevance(title, text, UX).matched
    assert not read_relevance(title, text, DESIGN).matched


@pytest.mark.parametrize(
    ("title", "text"),
    [
        P("Design Systems Engineer", "Own our React component library.", id="design systems"),
        P("Lattica | Remote | Figma Plugin Developer", "TypeScript.", id="a plugin's developer"),
        P(
            "Brightlane | Remote (EU) | Frontend Engineer",
            "Turn Figma designs into React components with our product designers.",
            id="a frontend engineer who builds from Figma",
        ),
        P(
            "Lumen | Remote (EU) | Staff Software Engineer",
            "Pair with our designers. Stack: TypeScript, Figma for handoff.",
            id="an engineer of no trade whose stack lists Figma",
        ),
        P("UI Developer", "Translate Figma mockups into Vue components.", id="a ui developer"),
    ],
)
def test_an_engineer_s_title_is_no_designer_s_whatever_design_words_it_holds(
    title: str, text: str
) -> None:
    assert not read_relevance(title, text, DESIGN).matched


@pytest.mark.parametrize(
    ("title", "text"),
    [
        P("Acme | Founding Engineer | Remote", "Open roles:\n- Product Designer", id="listed"),
        P("Full-Stack Engineer, UX/UI Designer", "Figma.", id="beside an engineer"),
        P("Railway | Infra Eng, Product Design |", "Remote (EU).", id="a field of design"),
    ],
)
def test_a_designer_beside_engineers_still_matches(title: str, text: str) -> None:
    assert read_relevance(title, text, DESIGN).matched


@pytest.mark.parametrize(
    "title",
    [
        "Head of Design",
        "Design Lead",
        "Quayside | Remote (Europe) | Director of Product Design",
        "Cobalt Care | Head of UX | Remote (UK only)",
        "Orbit Forms | Project Lead (UI/UX), Backend Engineer | Remote",
        "Woolly | Lead - UX/UI | Remote (Europe)",
    ],
)
def test_a_design_lead_is_a_designer_s_role(title: str) -> None:
    found = read_relevance(title, "Lead research and design for our apps.", DESIGN)
    assert found.matched
    assert found.roles_matched == ("product designer",)


@pytest.mark.parametrize(
    "title", ["Tenfold | Tech Lead (UI/UX platform) | Remote", "Team Lead, Sales | Remote"]
)
def test_a_technical_or_other_lead_is_no_design_lead(title: str) -> None:
    assert not read_relevance(title, "React, TypeScript, performance.", DESIGN).matched


@pytest.mark.parametrize("title", ["Senior Graphic Designer", "Brand Designer (contract)"])
def test_a_visual_designer_is_a_graphic_and_brand_designer(title: str) -> None:
    visual = Profile(skills=("figma",), roles=("visual designer",))
    assert read_relevance(title, "Campaign visuals and brand guidelines.", visual).matched


def test_a_deliverable_of_the_trade_in_the_title_matches() -> None:
    title = "[Hiring] Logo + simple brand guide for a small coffee roastery ($500)"
    assert read_relevance(title, "Send your portfolio.", ILLUSTRATOR).matched


SOCIAL = Profile(skills=("instagram", "community management"), roles=("social media manager",))
PROJECTS = Profile(skills=("jira", "scrum"), roles=("project manager",))


@pytest.mark.parametrize(
    ("title", "text", "profile"),
    [
        ("Social Media Manager (Contract)", "Run our Instagram and TikTok.", SOCIAL),
        ("Senior Project Manager", "Run the sprint plan in Jira.", PROJECTS),
        ("Delivery Manager (Freelance)", "Sprint planning and budgets.", PROJECTS),
    ],
)
def test_a_manager_the_profile_is_counts_in_full(title: str, text: str, profile: Profile) -> None:
    assert read_relevance(title, text, profile).fit > 0.6


def test_a_manager_the_profile_is_not_still_manages() -> None:
    relevance = read_relevance("Engineering Manager", "Jira, scrum.", PROJECTS)
    assert not relevance.matched


COPY = Profile(skills=("copywriting", "seo", "blogging"), roles=("copywriter", "content writer"))
SEO = Profile(skills=("seo", "keyword research"), roles=("seo specialist", "ppc specialist"))


@pytest.mark.parametrize(
    ("title", "text", "profile"),
    [
        ("SEO specialist to fix technical SEO", "Audit redirects and internal linking.", COPY),
        ("Assistant Professor of Interaction Design", "Teach prototyping and Figma.", UX),
        ("Writer for our SaaS blog - 4 SEO articles/month", "From keyword research briefs.", SEO),
    ],
)
def test_a_side_skill_or_a_field_taught_is_no_match(
    title: str, text: str, profile: Profile
) -> None:
    assert not read_relevance(title, text, profile).matched


FRONTEND_LIKE = Profile(skills=("react", "typescript"), roles=("frontend developer",))


def test_a_craft_beside_the_profiles_own_head_is_not_another_trades() -> None:
    title = "Full-Stack Engineer, UX/UI Designer"
    assert read_relevance(title, "React and TypeScript.", FRONTEND_LIKE).matched


def test_a_bare_writer_is_a_writers_trade() -> None:
    title = "Freelance Writer for our B2B SaaS blog"
    assert read_relevance(title, "Long-form blog posts from SEO briefs.", COPY).matched


def test_a_near_trades_craft_is_not_another_trades() -> None:
    copywriter = Profile(skills=("copywriting", "seo"), roles=("copywriter",))
    title = "[Hiring] SEO content writer + on-page SEO for a dental clinic"
    assert read_relevance(title, "Write 8 service pages.", copywriter).matched


MOBILE = Profile(
    skills=("swift", "kotlin", "react native", "flutter", "ios", "android"),
    roles=("mobile engineer", "ios engineer", "android engineer"),
)


@pytest.mark.parametrize(
    "title",
    [
        P("Tallo | Mobile SDK Engineer | Remote", id="a mobile SDK engineer"),
        P("Senior Android SDK Engineer", id="an Android SDK engineer"),
        P("Mobile Application Engineer (contract)", id="a mobile application engineer"),
    ],
)
def test_a_mobile_engineer_by_other_names(title: str) -> None:
    found = read_relevance(title, "", MOBILE)
    assert found.matched
    assert found.roles_matched == ("android engineer" if "Android" in title else "mobile engineer",)
    # a name of none of the user's synonyms is as the title says it, not their first role
    other = read_relevance("Sable | Kotlin Multiplatform Engineer | Remote", "", MOBILE)
    assert other.matched and other.roles_matched == ("kotlin multiplatform engineer",)


def test_kotlin_in_a_title_beside_the_jvm_is_no_mobile_role() -> None:
    found = read_relevance("Ferro | Senior Engineers (Kotlin/Java/Go) | Remote", "", MOBILE)
    assert found.roles_matched == ()
    assert found.fit < 0.3


def test_a_role_in_its_own_mixed_case_is_listed_as_a_title() -> None:
    """ "iOS Engineer" is written as a job title, as "Android Engineer" is; "our ios
    engineers" is a mention."""
    listed = read_relevance("Kora | Multiple roles", "Hiring: iOS Engineer - Remote", MOBILE)
    slashed = read_relevance("Fjord | 2 engineers", "1x Mobile/iOS Engineer + 1x SRE", MOBILE)
    mentioned = read_relevance("Rook | Team", "our ios engineers ship weekly", MOBILE)
    assert listed.roles_matched == slashed.roles_matched == ("mobile engineer",)
    assert listed.fit > mentioned.fit
    assert slashed.fit > mentioned.fit


PRODUCT_DESIGNER = Profile(skills=("figma", "prototyping"), roles=("product designer",))


@pytest.mark.parametrize(
    "text",
    [
        "We hire engineers across disciplines:\n● Backend: strong in Go\n"
        "● Frontend: React, TypeScript\n● Product Design: ability to spec clean dashboards",
        "Responsibilities:\nArchitecture: own the service boundaries\n"
        "UX Design: work with PMs on specs\nOperations: on-call one week in six",
    ],
)
def test_a_field_heading_among_duties_is_no_designer_role(text: str) -> None:
    found = read_relevance("Halyard | Software Engineers | Remote", text, PRODUCT_DESIGNER)
    assert found.roles_matched == ()
    assert not found.matched


@pytest.mark.parametrize(
    "text",
    [
        "Open roles:\n- Product Designer: own our onboarding\n- Backend Engineer: Go",
        "Roles:\n* Product Design: Senior Product Designer, prototyping\n* Brand: Visual Designer",
        "Product Design: we are hiring our first product designer.",
    ],
)
def test_a_designer_named_under_a_heading_is_still_one(text: str) -> None:
    found = read_relevance("Saffron | Hiring | Remote", text, PRODUCT_DESIGNER)
    assert found.roles_matched == ("product designer",)


@pytest.mark.parametrize(
    ("title", "designer"),
    [
        ("Diseñador/a UX/UI para app de reservas (remoto)", True),
        ("Produktdesigner:in, freiberuflich", True),
        ("Interaktionsdesignerin für Smart-Home-App", True),
        ("Concepteur UI – mission de 3 mois", True),
        ("Progettista UX per piattaforma e-commerce", True),
        ("Productontwerper voor een zorgplatform", True),
        ("Projektant UX/UI do aplikacji mobilnej", True),
        ("Designer de interiores para showroom", False),
        ("Designer d'intérieur pour un hôtel", False),
        ("Schaltungsdesigner Leistungselektronik", False),
        ("Concepteur logiciel embarqué C++", False),
        ("Projektant instalacji elektrycznych", False),
    ],
)
def test_a_product_designer_is_known_by_the_words_of_other_languages(
    title: str, designer: bool
) -> None:
    roles = read_relevance(title, "", UX).roles_matched
    assert (roles == ("ux designer",)) is designer


VA = Profile(skills=("xero",), roles=("virtual assistant",))


@pytest.mark.parametrize(
    "title",
    ["Filipino VA wanted", "[Hiring] VA - $6/hr - 20 hrs/week", "Amazon VAs needed",
     "Social media VA (part-time)", "Executive VA / bookkeeper"],
)  # fmt: skip
def test_a_va_in_a_title_is_a_virtual_assistant(title: str) -> None:
    found = read_relevance(title, "Inbox and calendar work.", VA)
    assert found.matched and found.roles_matched == ("virtual assistant",)


@pytest.mark.parametrize(
    "title",
    ["Security Researcher | Arlington, VA | ONSITE", "Analyst - Washington DC (Tysons VA)",
     "Engineer, DC/VA", "Analyst - Reston, VA 20190", "Nurse - VA Medical Center",
     "VA loan officer", "Data Engineer | Remote | VA", "Analyst, Richmond VA 23219"],
)  # fmt: skip
def test_virginia_and_veterans_affairs_are_no_assistant(title: str) -> None:
    assert read_relevance(title, "Inbox and calendar work.", VA).roles_matched == ()


# a translator who lists skills and no role: the skills are a craft's, so a title of
# engineers is another trade's, whatever localization words it holds
TRANSLATING_SKILLS = Profile(skills=("translation", "localization", "proofreading"))


@pytest.mark.parametrize(
    ("title", "text", "matched"),
    [
        ("Localization Engineer", "Own the string extraction pipeline in TypeScript.", False),
        ("Tools Developer - Localisation", "C# tools that export strings to translators.", False),
        ("i18n Platform Engineer", "Translation management integration, Go and Kafka.", False),
        # an engineer's or developer's title in other languages, compounds too
        ("Lokalisierungs-Ingenieur (m/w/d)", "Lokalisierung, Übersetzung, Skripte.", False),
        ("Lokalisierungsingenieurin", "Übersetzungsprozesse automatisieren.", False),
        ("Ingénieure localisation (H/F)", "Localisation et traduction, scripts.", False),
        ("Ingeniero de localización", "Localización de software y traducción.", False),
        ("Engenheira de localização", "Localização e tradução de software.", False),
        ("Softwareentwickler Lokalisierung", "Lokalisierung, Übersetzung, i18n.", False),
        # the programmers, Polish and the plurals, as foreign_titles reads the heads
        ("Inżynier ds. localization", "Localization, translation memory.", False),
        ("Programador - Localization", "Localization and translation pipelines.", False),
        ("Desenvolvedores - localization", "Localization and translation.", False),
        ("Sviluppatori (localization)", "Localization and translation.", False),
        # a field's or a firm's word that holds a head is no title of one
        ("Traductor técnico, ingeniería - localization", "Translation of manuals.", True),
        ("Übersetzerin für Ingenieurbüros (localization)", "Translation, localization.", True),
        ("Traductora EN>ES, localización", "Traducción y localización de apps.", True),
        ("Übersetzerin Englisch-Deutsch", "Übersetzung und Lokalisierung.", True),
        ("Freelance Localization Specialist (Polish)", "Localize our app into Polish.", True),
        ("Proofreader, localized help centre", "Proofreading of translated articles.", True),
    ],
)  # fmt: skip
def test_a_crafts_skills_alone_do_not_fit_an_engineers_title(
    title: str, text: str, matched: bool
) -> None:
    assert read_relevance(title, text, TRANSLATING_SKILLS).matched is matched


def test_an_engineers_skills_alone_still_serve_an_engineers_title() -> None:
    # Python is a builder's skill: no craft is read into the profile
    profile = Profile(skills=("python", "localization"))
    assert read_relevance(
        "Localization Engineer", "Python tooling for our strings.", profile
    ).matched


def test_a_localizer_is_a_translator() -> None:
    profile = Profile(roles=("translator",), skills=("localization",))
    relevance = read_relevance(
        "Freelance Spanish Localizer", "Localize a game, 20k words.", profile
    )
    assert relevance.matched and relevance.roles_matched == ("translator",)


WRITER = Profile(roles=("content writer",), skills=("seo", "copywriting"))
DESIGNER = Profile(roles=("product designer",), skills=("figma", "user research"))


@pytest.mark.parametrize(
    ("title", "writer", "designer"),
    [
        # a content strategist writes; a content designer and a UX writer are one trade
        # of writers, whatever their head word: no designer's job
        ("Content Strategist, Freelance", True, False),
        ("Senior Content Designer", False, False),
        ("UX Writer (Contract)", False, False),
        ("UX-Texterin (freiberuflich)", False, False),
        ("Senior Product Designer", False, True),
        ("Product Designer / UX Writer", False, True),
    ],
)  # fmt: skip
def test_content_designers_and_ux_writers_are_writers(
    title: str, writer: bool, designer: bool
) -> None:
    text = "Microcopy and content for our app; editorial calendar; work in Figma."
    got = (
        read_relevance(title, text, WRITER).matched,
        read_relevance(title, text, DESIGNER).matched,
    )
    assert got == (writer, designer)


def test_a_ux_writer_profile_takes_a_content_designers_job() -> None:
    profile = Profile(roles=("ux writer",), skills=("microcopy",))
    relevance = read_relevance("Senior Content Designer", "Microcopy for checkout.", profile)
    assert relevance.matched and relevance.roles_matched == ("ux writer",)


WRITERS = Profile(
    roles=("technical writer", "content writer", "copywriter", "ux writer", "writer"),
    skills=("technical writing", "api documentation", "markdown", "content writing", "seo"),
)
FREELANCE_WRITER = Profile(roles=("freelance writer",), skills=("content writing", "seo"))


@pytest.mark.parametrize(
    ("title", "text"),
    [
        P("Bid Writer", "Respond to public sector tenders: PQQs and ITTs.", id="bids"),
        P("Grant Writer (Part-Time)", "Write funding applications for our charity.", id="grants"),
        P("Senior Proposal Writer", "Lead our responses to RFPs.", id="proposals"),
        P("Bid Writer (Freelance)", "Tenders for a builder.", id="a tag of terms"),
    ],
)
def test_a_bid_or_grant_writer_is_no_writers_role(title: str, text: str) -> None:
    """A "writer" role names every kind of writer but bids and grants, another trade."""
    for profile in (WRITERS, FREELANCE_WRITER):
        found = read_relevance(title, text, profile)
        assert not found.matched and found.roles_matched == ()


@pytest.mark.parametrize(
    ("title", "role"),
    [
        P("Content Writer", "freelance writer", id="a kind of writer"),
        P("Freelance Blog Writer", "freelance writer", id="a blog writer"),
        P("Writer", "freelance writer", id="the trade itself"),
        P("Ghostwriter for LinkedIn posts", "freelance writer", id="a ghostwriter"),
    ],
)
def test_a_role_said_with_how_one_works_is_its_trade(title: str, role: str) -> None:
    """A "freelance writer" is a writer: of every kind a "writer" names, and named as the
    profile says it."""
    found = read_relevance(title, "Articles for our blog, paid per piece.", FREELANCE_WRITER)
    assert found.matched and found.roles_matched == (role,)
    assert "content writer" in aliases_of("freelance writer")
    assert aliases_of("contract manager") == ("contract manager",)  # a trade of its own


def test_a_tag_of_terms_after_a_title_is_no_specialty() -> None:
    assert spelled_out("Grant Writer (Part-Time)", title=True) == "Grant Writer (Part-Time)"
    assert spelled_out("Data Engineer (Contract)", title=True) == "Data Engineer (Contract)"
    assert spelled_out("Software Engineer (Backend)", title=True).endswith("\nBackend Engineer")


PLATFORM = Profile(
    roles=("site reliability engineer", "devops engineer", "platform engineer"),
    skills=("kubernetes", "terraform", "aws", "linux"),
)


@pytest.mark.parametrize(
    ("title", "text", "role"),
    [
        P(
            "Systems Engineer",
            "Look after our AWS estate with Terraform and Ansible; Kubernetes clusters.",
            "systems engineer",
            id="runs servers",
        ),
        P(
            "Senior Production Engineer",
            "Keep our services up: Kubernetes, Terraform, on-call.",
            "production engineer",
            id="keeps services up",
        ),
        P(
            "Systems Engineer",
            "Own requirements and MBSE models for flight hardware; DO-178C a plus.",
            None,
            id="flight hardware",
        ),
        P(
            "Embedded Systems Engineer",
            "Firmware in C, board bring-up; our CI runs in Docker with Terraform-built runners.",
            None,
            id="embedded",
        ),
        P(
            "Production Engineer",
            "Improve yield on our injection moulding line; lean and six sigma.",
            None,
            id="a factory line",
        ),
    ],
)
def test_a_title_of_two_trades_is_told_by_its_body(title: str, text: str, role: str | None) -> None:
    found = read_relevance(title, text, PLATFORM)
    assert found.roles_matched == ((role,) if role else ())
    if role:  # a role the title names as a related term, as "Cloud Infrastructure" is
        assert found.matched and found.fit > read_relevance("Engineer", text, PLATFORM).fit


@pytest.mark.parametrize(
    "title",
    ["Product Manager, Growth", "Senior Product Manager, Payments", "Product Manager - Platform"],
)
def test_a_role_first_and_its_team_after_is_the_role(title: str) -> None:
    """The team after a comma or dash is no manager of another trade's."""
    pm = Profile(roles=("product manager",), skills=("roadmapping", "a/b testing"))
    found = read_relevance(title, "Own the roadmap and run A/B testing.", pm)
    assert found.matched and found.roles_matched == ("product manager",)
    assert found.fit > 0.7
