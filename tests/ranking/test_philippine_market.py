"""A Manila developer and virtual assistant's market (OnlineJobs.ph, JobStreet, Kalibrr
wording): 13th month pay and HMO coverage are employment, "WordPress Web Developer" is a
WordPress developer, a GVA a virtual assistant, and "get paid to like videos" a task scam."""

from __future__ import annotations

import pytest

from extractors._contract import Posting
from tests.ranking.test_legitimacy import ACME, FILLER, codes, run
from warehouse.ranking.engagement import parse_engagement
from warehouse.ranking.features import understand
from warehouse.ranking.profile import Profile, RankingSettings
from warehouse.ranking.relevance import read_relevance

P = pytest.param
MANILA = Profile(
    skills=("wordpress", "shopify", "woocommerce"),
    roles=("wordpress developer", "shopify developer", "virtual assistant"),
    remote_only=True,
    hours="any",
    locations=("Manila", "Philippines"),
    currency="USD",
    min_hourly_rate=8.0,
)


@pytest.mark.parametrize(
    ("text", "engagement"),
    [
        P("PHP 40,000 a month. Onsite in BGC, HMO + 13th month pay.", "full_time",
          id="13th month pay"),
        P("Benefits: 13th and 14th month pay, paid leaves.", "full_time", id="13th and 14th"),
        P("Perks: HMO coverage upon regularization.", "full_time", id="HMO coverage"),
        P("Free HMO for you and one dependent.", "full_time", id="free HMO"),
        P("Government-mandated benefits (SSS, PhilHealth, Pag-IBIG).", "full_time",
          id="PhilHealth, Pag-IBIG"),
        P("Help a UK landlord run six HMO properties: tenant emails and invoices.", None,
          id="an HMO property is no benefit"),
    ],
)  # fmt: skip
def test_philippine_employment_signs(text: str, engagement: str | None) -> None:
    offer = parse_engagement(None, text)
    assert (offer.engagement if offer else None) == engagement


@pytest.mark.parametrize(
    ("title", "role"),
    [
        P("WordPress Web Developer", "wordpress developer", id="a layer between"),
        P("Senior Shopify Theme Developer", "shopify developer", id="a theme developer"),
        P("Landing page in Elementor", "wordpress developer", id="a WordPress builder"),
        P("GVA for a US real estate team", "virtual assistant", id="GVA"),
        P("General VA (part-time)", "virtual assistant", id="general VA"),
    ],
)
def test_a_manila_users_roles_in_titles(title: str, role: str) -> None:
    found = read_relevance(title, "Details in the post.", MANILA)
    assert found.matched and found.roles_matched == (role,)


def test_a_python_backend_developer_is_a_python_developer() -> None:
    profile = Profile(roles=("python developer",), skills=("python",))
    assert read_relevance("Python Backend Developer", "", profile).roles_matched == (
        "python developer",
    )


def test_a_web_designer_is_not_a_wordpress_developer() -> None:
    assert not read_relevance("WordPress Web Designer", "", MANILA).roles_matched


@pytest.mark.parametrize(
    ("text", "code"),
    [
        P("Get paid to like YouTube videos and follow Instagram pages. Earn ₱800 daily.",
          "crypto_payment", id="paid to like videos"),
        P("Simple tasks from home. Chat with our coordinator on Telegram to get your first task.",
          "chat_app", id="chat with ... on Telegram"),
    ],
)  # fmt: skip
def test_philippine_task_scams_are_hard_flags(text: str, code: str) -> None:
    assert code in codes(run(text), hard=True)


def test_a_job_naming_chat_on_telegram_as_its_product_is_no_scam() -> None:
    text = f"{FILLER} You will build the bot users chat with on Telegram."
    assert not codes(run(text, **ACME), hard=True)


def _card(text: str, url: str) -> Posting:
    return Posting(
        source="inbox", source_id="onlinejobs:1", url=url, title="Shopify Virtual Assistant",
        text=text, remote=True, salary_raw="$6/hr",
    )  # fmt: skip


def test_a_national_boards_dollar_is_not_the_client_hours_currency() -> None:
    """OnlineJobs.ph's "$6/hr" for an Australian client's hours is US dollars; a job
    placed in Australia keeps its Australian dollar."""
    text = "Part-time for an Australian store owner during AU business hours."
    ph = understand(
        _card(text, "https://www.onlinejobs.ph/jobseekers/job/Shopify-VA-1"), MANILA,
        RankingSettings(),
    )  # fmt: skip
    assert (ph.rate_min, ph.currency, ph.eligibility) == (6.0, "USD", "eligible")
    placed = Posting(
        source="check", source_id="2", url="https://example.com/2", title="Shopify VA",
        location="Sydney, Australia", text="Onsite in Sydney. $30/hr.",
    )  # fmt: skip
    assert understand(placed, MANILA, RankingSettings()).currency == "AUD"
