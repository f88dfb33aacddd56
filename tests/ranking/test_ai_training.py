"""AI-training contracts (writing and grading model answers, paid by the hour or the task):
their titles for a profile that names the work, the countries they are open to, and a
week's office days beside a contract's length."""

from __future__ import annotations

import pytest

from warehouse.ranking.engagement import Duration, parse_duration
from warehouse.ranking.legitimacy import assess
from warehouse.ranking.profile import Profile
from warehouse.ranking.relevance import read_relevance
from warehouse.ranking.remote import parse_remote

P = pytest.param
TRAINER = Profile(roles=("ai trainer",), skills=("python",))
ANNOTATOR = Profile(roles=("data annotator",), skills=("image annotation",))
DEVELOPER = Profile(roles=("python developer",), skills=("python", "django"))


def fits(title: str, profile: Profile, text: str = "") -> bool:
    found = read_relevance(title, text, profile)
    return found.matched and not found.in_passing


@pytest.mark.parametrize(
    "title",
    [
        P("AI Trainer - Python Coding Expert (Contract)", id="the name itself"),
        P("AI Training Specialist - Spanish (Contract)", id="a specialist of AI training"),
        P("Freelance Writer - AI Training (Spanish)", id="a writer for AI training"),
        P("Coding Expert for AI (Java) - Remote Contract", id="a coding expert for AI"),
        P("RLHF Specialist, Chemistry", id="RLHF"),
        P("Expert Coders for Model Evaluation", id="model evaluation in a title"),
        P("AI Model Evaluator (Freelance, Hourly)", id="a model evaluator"),
        P("Prompt Writer - Spanish (Project-based)", id="a prompt writer"),
        P("LLM Trainers - Software Engineering", id="a plural"),
    ],
)
def test_ai_training_titles_are_an_ai_trainers(title: str) -> None:
    assert fits(title, TRAINER)


@pytest.mark.parametrize(
    "title",
    [
        P("Corporate Trainer (Sales Onboarding)", id="another trainer"),
        P("Personal Trainer - Downtown Gym", id="a gym's trainer"),
        P("Machine Learning Engineer", id="building models is not training them for pay"),
        P("Training Coordinator", id="a coordinator of training"),
    ],
)
def test_other_trainers_and_ml_engineers_are_not(title: str) -> None:
    assert not fits(title, TRAINER)


def test_an_annotators_profile_still_finds_ai_trainer_titles() -> None:
    """The name moved to a row of its own: an annotator's profile keeps it as a term."""
    assert fits("AI Trainer (Remote, Hourly)", ANNOTATOR)
    assert fits("Image Annotation Specialist", ANNOTATOR)


def test_a_developer_profile_does_not_take_up_ai_training_titles() -> None:
    assert not fits("AI Trainer - Writing (Freelance)", DEVELOPER)


@pytest.mark.parametrize(
    ("text", "regions"),
    [
        P(
            "AI Trainer (Contract)\nWrite and grade Python answers. Open to contributors"
            " based in the US, Canada, UK, Australia or New Zealand.",
            ("US", "CA", "GB", "AU", "NZ"),
            id="contributors based in five countries",
        ),
        P(
            "Model Evaluator\nWe pay weekly.\nOpen to anyone in North America.",
            ("North America",),
            id="anyone in a region",
        ),
        P(
            "Prompt Writer\nOpen to experts located in Canada or Ireland.",
            ("CA", "IE"),
            id="experts located in",
        ),
        P(
            "Writing Evaluator\nOpen to writers based in Canada or Mexico.",
            ("CA", "MX"),
            id="any people based in",
        ),
        P(
            "Reviewer\nOpen to freelancers from Mexico, Colombia or Spain.",
            ("MX", "CO", "ES"),
            id="freelancers from",
        ),
    ],
)
def test_a_remote_open_to_people_in_places_is_limited_to_them(
    text: str, regions: tuple[str, ...]
) -> None:
    found = parse_remote("Remote", text, None)
    assert (found.scope, found.regions) == ("region", regions)


@pytest.mark.parametrize(
    "text",
    [
        P("Open to feedback from the whole team in Berlin.", id="open to feedback"),
        P("Open to ideas from anyone.", id="open to ideas"),
        P("We are open to relocation in Germany later.", id="open to relocation"),
    ],
)
def test_being_open_to_things_limits_nothing(text: str) -> None:
    found = parse_remote("Remote", f"Engineer\nFully remote. {text}", None)
    assert (found.scope, found.regions) == ("anywhere", ())


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        P("6-month contract, 3 days a week in our office", Duration(6), id="length and days"),
        P("Contract, 3 days a week in the Toronto office", None, id="office days alone"),
        P("Contract role: 2 days/week on site", None, id="days per week with a slash"),
        P("Contract, 10 days per month on site", None, id="days per month"),
        P("a 10-day contract", Duration(1, 1), id="a length in days still counts"),
        P("Contract length: 12 weeks", Duration(3, 12), id="a length in weeks still counts"),
    ],
)
def test_days_a_week_are_a_rhythm_not_a_length(text: str, expected: Duration | None) -> None:
    assert parse_duration(text) == expected


def _flags(text: str) -> list[str]:
    found = assess(title="AI Prompt Reviewer", company="Lumen Data Ltd", text=text)
    return [flag.label.split(":")[0] for flag in found.flags]


@pytest.mark.parametrize(
    "text",
    [
        P(
            "Download our app, complete a $150 training course (refundable after your first"
            " payout) and start reviewing prompts today.",
            id="a priced course to complete, refundable later",
        ),
        P("Finish our $49 online course before your first task.", id="an online course"),
        P("Buy a $75 starter kit to unlock rating tasks.", id="a starter kit"),
    ],
)
def test_a_price_before_the_course_one_must_take_is_pay_to_work(text: str) -> None:
    assert "pay_to_work" in _flags(text)


@pytest.mark.parametrize(
    "text",
    [
        P("Take our free onboarding course. We pay $25/hour from day one.", id="a free course"),
        P("We reimburse the $300 certification exam after 3 months.", id="reimbursed"),
        P("Earn a $500 training stipend while you complete the course.", id="a stipend"),
        P("We offer a $2,000 training budget per year.", id="a training budget"),
        P("You complete a qualification test; the $40 bonus is ours to pay.", id="a bonus"),
    ],
)
def test_a_course_someone_else_pays_for_is_not(text: str) -> None:
    assert "pay_to_work" not in _flags(text)
