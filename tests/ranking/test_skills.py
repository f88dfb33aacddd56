"""Skill matching: aliases, token edges, short ambiguous names, languages, weights."""

from __future__ import annotations

import pytest

from warehouse.ranking.skills import SkillMatch, match_skills

P = pytest.param


@pytest.mark.parametrize(
    ("skill", "text"),
    [
        P("PostgreSQL", "We run Postgres 16", id="postgres is postgresql"),
        P("Kubernetes", "deploys to k8s", id="k8s is kubernetes"),
        P("JavaScript", "plain JS, no framework", id="JS is javascript"),
        P("TypeScript", "Frontend (TS, Vite)", id="TS is typescript"),
        P("Go", "services in Golang", id="golang is go"),
        P("Node.js", "Node backend", id="node is node.js"),
        P("React", "React.js and Redux", id="react.js is react"),
        P("GCP", "hosted on Google Cloud", id="google cloud is gcp"),
        P("machine learning", "applied ML engineer", id="ML is machine learning"),
        P("machine learning", "machine-learning pipelines", id="a hyphen joins words"),
        P("C++", "C++ and CUDA kernels", id="c plus plus keeps its pluses"),
        P("C#", "C#/.NET shop", id="c sharp keeps its hash"),
        P("React", "Laravel / React+TS", id="a plus joins two skills"),
        P(".NET", "ASP.NET Core APIs", id="asp.net counts as .net"),
        P("dbt", "dbt models in Snowflake", id="dbt is a whole token"),
        P("Go", "Stack: Python, Go, Postgres", id="go in a list is go"),
        P("Go", "Senior Go developer", id="go before developer is go"),
        P("R", "statistics in R and Python", id="R after in is R"),
        P("C", "Written in C and Rust", id="C after written in is C"),
        P("Spark", "Spark jobs for Capital One", id="a firm's word later on is no name"),
        P("Airflow", "Airflow, dbt; Labs team", id="a list is no name"),
        P("AWS", "Backed by Accel, building on AWS", id="a skill after the backers"),
        P("AWS", "Backed by Accel. We deploy to AWS", id="a skill in the next sentence"),
        P("Airflow", "customers like you run Airflow", id="a list of firms ends"),
        P("Python", "Stack: #Python, #dbt, Airflow", id="a hashtag reads as its word"),
        P("dbt", "Stack: #Python, #dbt, Airflow", id="a lower-case hashtag too"),
        P("TypeScript", "Stack: TS/Node, Postgres", id="TS beside another skill"),
        P("TypeScript", "React and TS clients", id="TS before other words"),
        P("Rust", "#hiring #Rust devs", id="a cased skill's hashtag capitalised"),
    ],
)
def test_match_skills_finds_a_skill(skill: str, text: str) -> None:
    assert match_skills(None, text, (skill,)).matched == (skill,)


@pytest.mark.parametrize(
    ("skill", "text"),
    [
        P("Go", "We are going to grow. Let's go!", id="go inside going is not go"),
        P("Go", "#Go live with us", id="a short name's hashtag needs context"),
        P("Python", "see docs.example.com/#python", id="a link's fragment is no hashtag"),
        P("Go", "Go ahead and apply", id="go as a verb is not go"),
        P("R", "Our R&D team, remote", id="R in R&D is not R"),
        P("C", "Series C, C-level hires", id="C in series C is not C"),
        P("C", "Objective-C developer", id="objective C is not C"),
        P("React", "react quickly to incidents", id="react as a verb is not react"),
        P("Java", "JavaScript only", id="java inside javascript is not java"),
        P("JavaScript", "a Node.js service", id="js inside node.js is not javascript"),
        P("Rust", "no rust on the pipes", id="lower case rust is a word"),
        P("Spark", "ideas that spark new products", id="lower case spark is a word"),
        P("SQL", "PostgreSQL expert", id="sql inside postgresql is not sql"),
        P("Java", "Notepad for Java++ fans", id="a skill with pluses is another"),
        P("React", "Mobile app in React Native", id="react inside react native is not react"),
        P("Spark", "Backed by Spark Capital and Index", id="an investor is not its skill"),
        P("TypeScript", "Must hold an active TS/SCI with polygraph.", id="top secret, SCI"),
        P("TypeScript", "a preference for an active TS clearance", id="a top secret clearance"),
        P("TypeScript", "TS-cleared engineers only", id="top secret cleared"),
        P("dbt", "founded by alumni of dbt Labs", id="a company is not its product"),
        P("Kafka", "Kafka Partners, Inc. is hiring", id="a firm is not its skill"),
        P("Snowflake", "advised by the Snowflake CEO", id="a firm's officer names the firm"),
        P("Go", "Investors: Sequoia, Go Ventures", id="a firm in a list too"),
        P("AWS", "We are backed by Accel, AWS and Oracle", id="a backer is not its skill"),
        P("GCP", "investors include Index & GCP", id="an investor in a list"),
        P("Snowflake", "alumni of companies such as Stripe, Snowflake", id="a firm in a list"),
        P("Figma", "Used by Cisco, NVIDIA, Figma, and thousands", id="a user in a list"),
        P("Figma", "trusted by Stripe and Figma", id="a firm trusting it"),
        P("Figma", "to take on the likes of Adobe, Figma, Blender", id="a rival in a list"),
        P("Figma", "Tendril - the Figma for civil engineers", id="a model after a dash"),
        P("Figma", "We are building the Figma of video editing.", id="a model the firm builds"),
        P("Figma", "It's like the Figma for lawyers.", id="a model it is like"),
        P("Figma", "Hey HN! Think Figma-for-sewing-patterns.", id="a hyphened model"),
        P(
            "Figma",
            "We're building the canvas for architects - Figma for the built world.",
            id="a model after what the firm builds",
        ),
    ],
)
def test_match_skills_ignores_what_only_looks_like_a_skill(skill: str, text: str) -> None:
    assert match_skills(None, text, (skill,)).matched == ()


@pytest.mark.parametrize(
    ("skill", "text"),
    [
        P("Terraform", "You will write the Terraform for our AWS accounts.", id="the work"),
        P("Figma", "Experience with tools like Figma for prototyping.", id="a tool like it"),
        P("Figma", "Tools: Figma for UI, Miro for workshops.", id="a tool for a task"),
        P("Figma", "You will use the Figma for the handoff.", id="the file for a task"),
    ],
)
def test_a_skill_for_a_task_is_no_model_of_another_product(skill: str, text: str) -> None:
    assert match_skills(None, text, (skill,)).matched == (skill,)


def test_a_skill_used_by_the_team_is_still_a_skill() -> None:
    text = "Mockups are used by engineers; you will work in Figma daily"
    assert match_skills(None, text, ("figma",)).matched == ("figma",)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        P(
            "Wir suchen einen Python-Entwickler mit Kubernetes",
            ("Python", "Kubernetes"),
            id="german compounds keep the skill",
        ),
        P(
            "Buscamos desarrollador Go con experiencia en PostgreSQL",
            ("Go", "PostgreSQL"),
            id="spanish text with go after desarrollador",
        ),
        P(
            "আমাদের একজন Reactডেভেলপার প্রয়োজন, Python জানতে হবে",
            ("Python", "React"),
            id="bengali text around latin skill names",
        ),
    ],
)
def test_match_skills_reads_other_languages(text: str, expected: tuple[str, ...]) -> None:
    skills = ("Python", "Go", "PostgreSQL", "Kubernetes", "React")
    assert match_skills(None, text, skills).matched == expected


def test_fit_weighs_title_repeats_and_passing_mentions() -> None:
    found = match_skills(
        "Senior Python developer (contract)",
        "Our API is in Python. Postgres everywhere: Postgres for jobs too. Some Rust.",
        ("Python", "PostgreSQL", "Rust", "Elixir"),
    )
    assert found == SkillMatch(
        fit=round((1.0 + 0.75 + 0.5 + 0.0) / 4, 3),
        matched=("Python", "PostgreSQL", "Rust"),
        in_title=("Python",),
        total=2.25,
    )


def test_a_title_hit_counts_more_than_a_body_mention() -> None:
    skills = ("Django", "React", "AWS")
    in_title = match_skills("Django developer", "", skills)
    in_body = match_skills("Backend developer", "Django", skills)
    assert in_title.fit > in_body.fit > 0


def test_matched_skills_keep_the_profile_spelling_and_order() -> None:
    found = match_skills(
        "[Hiring] k8s + postgres contractor",
        "golang services",
        ("golang", "Postgres", "K8S"),
    )
    assert found.matched == ("golang", "Postgres", "K8S")
    assert found.in_title == ("Postgres", "K8S")


def test_no_skills_means_no_fit() -> None:
    assert match_skills("Python", "Python", ()) == SkillMatch(0.0, (), ())
