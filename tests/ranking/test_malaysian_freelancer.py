"""A Kuala Lumpur data engineer's market: pay in ringgit ("RM 6,000 - RM 9,000 per month",
"RM8k", "MYR 8K-12K") with Malay periods ("sebulan", "sejam", "sehari"), a floor of
"RM150/hour", Malay terms (sambilan, sepenuh masa, jawatan tetap), modes (bekerja dari
jauh, di pejabat), the Klang Valley's towns, Malay as a language, and the fees and chat
routes of Malaysia's task scams."""

from __future__ import annotations

import pytest

from extractors._contract import Posting
from flows.config import _CURRENCY_SIGNS, parse_config
from warehouse.ranking.engagement import parse_engagement
from warehouse.ranking.features import understand
from warehouse.ranking.floors import parse_floor
from warehouse.ranking.legitimacy import assess
from warehouse.ranking.profile import DEFAULT_FX_USD, Profile, RankingSettings
from warehouse.ranking.rates import parse_rate
from warehouse.ranking.remote import parse_remote

P = pytest.param
KUALA_LUMPUR = Profile(
    skills=("python", "sql", "dbt", "airflow"),
    roles=("data engineer",),
    remote_only=False,
    locations=("Kuala Lumpur", "Malaysia", "UTC+8"),
    languages=("en", "ms"),
    currency="MYR",
)


@pytest.mark.parametrize(
    ("text", "rate"),
    [
        P("Salary: RM 6,000 - RM 9,000 per month", (6000, 9000, "month"), id="per month"),
        P("RM8k - RM10k/month + EPF", (8000, 10000, "month"), id="RM8k"),
        P("MYR 8K-12K monthly", (8000, 12000, "month"), id="MYR"),
        P("Gaji: RM4,500 - RM6,000 sebulan", (4500, 6000, "month"), id="sebulan"),
        P("Kadar: RM 120 - RM 180 sejam", (120, 180, "hour"), id="sejam"),
        P("RM 350 sehari, 2 hari seminggu.", (350, 350, "day"), id="sehari"),
        P("RM 350/day", (350, 350, "day"), id="a day rate"),
    ],
)  # fmt: skip
def test_pay_in_ringgit(text: str, rate: tuple[float, float, str]) -> None:
    found = parse_rate(text)
    assert found is not None
    assert (found.min, found.max, found.period, found.currency) == (*rate, "MYR")


@pytest.mark.parametrize(
    "text",
    [
        P("Join our RM team (Relationship Management) on a CRM data platform.", id="RM team"),
        P("Build CRM 2 dashboards for 300 users.", id="CRM before a number"),
        P("EPF/SOCSO contributions and 14 days of leave.", id="statutory contributions"),
    ],
)  # fmt: skip
def test_no_ringgit(text: str) -> None:
    assert parse_rate(text) is None


def test_a_ringgit_floor_and_currency() -> None:
    floor, currency = parse_floor("RM150/hour", _CURRENCY_SIGNS, "MYR", DEFAULT_FX_USD)
    assert (floor.amount, floor.unit, currency) == (150, "hour", "MYR")
    config = parse_config(
        {"profile": {"currency": "RM", "min_rate": "RM150/hour", "languages": ["en", "ms"]}}
    )
    assert (config.profile.currency, config.profile.languages) == ("MYR", ("en", "ms"))


@pytest.mark.parametrize(
    ("text", "engagement"),
    [
        P("Data analyst sambilan, 20 jam seminggu.", "part_time", id="sambilan"),
        P("Kerja separuh masa, fleksibel.", "part_time", id="separuh masa"),
        P("Jawatan tetap, sepenuh masa.", "full_time", id="jawatan tetap"),
        P("Sepenuh masa, Isnin - Jumaat.", "full_time", id="sepenuh masa"),
        P("Kontrak 12 bulan, boleh disambung.", "contract", id="kontrak"),
    ],
)  # fmt: skip
def test_malay_terms(text: str, engagement: str) -> None:
    offer = parse_engagement(None, text)
    assert offer is not None and offer.engagement == engagement


@pytest.mark.parametrize(
    ("location", "text", "scope"),
    [
        P(None, "Bekerja dari jauh, fleksibel.", "anywhere", id="dari jauh"),
        P(None, "Bekerja di pejabat setiap hari.", "onsite", id="di pejabat"),
        P("Malaysia", "Kerja dari rumah. Remote (Malaysia only).", "region", id="from home"),
    ],
)  # fmt: skip
def test_malay_modes(location: str | None, text: str, scope: str) -> None:
    assert parse_remote(location, text, None).scope == scope


def _understood(location: str, text: str) -> tuple[str, str | None, str]:
    posting = Posting(
        source="check", source_id="1", url="https://example.com/1",
        title="Data Engineer", location=location, text=text,
    )  # fmt: skip
    found = understand(posting, KUALA_LUMPUR, RankingSettings())
    return found.eligibility, found.rate_vs_floor, found.remote_scope or ""


@pytest.mark.parametrize(
    ("place", "eligibility"),
    [
        P("Putrajaya", "eligible", id="Putrajaya"),
        P("Shah Alam, Selangor", "eligible", id="Shah Alam"),
        P("Bangsar South, Kuala Lumpur", "eligible", id="Bangsar South"),
        P("Bayan Lepas, Pulau Pinang", "not_eligible", id="Penang's office park"),
        P("Iskandar Puteri, Johor", "not_eligible", id="Johor"),
    ],
)  # fmt: skip
def test_an_office_in_the_klang_valley(place: str, eligibility: str) -> None:
    assert _understood(place, "Full-time, onsite. Python.")[0] == eligibility


def test_a_ringgit_rate_is_judged_against_the_floor() -> None:
    settings = RankingSettings()
    profile = parse_config({"profile": {"currency": "MYR", "min_rate": "RM150/hour"}}).profile
    posting = Posting(
        source="check", source_id="1", url="https://example.com/1", title="Data Engineer",
        location="Malaysia", text="Remote (Malaysia only). RM 120 - RM 180 sejam. Python.",
    )  # fmt: skip
    assert understand(posting, profile, settings).rate_vs_floor == "straddles"


def test_malay_is_a_language_a_post_may_require() -> None:
    assert _understood("Kuala Lumpur", "Must be fluent in Malay and English.")[0] == "eligible"


def _vetoes(text: str) -> list[str]:
    found = assess(title="Kerja Online", company="Pantas Media", text=text, url="https://x.test/1")
    return [flag.code for flag in found.flags if flag.hard]


@pytest.mark.parametrize(
    "text",
    [
        P("Yuran pendaftaran RM50 perlu dibayar dulu.", id="registration fee"),
        P("Anda perlu bayar yuran keahlian sebelum mula.", id="membership fee"),
        P("Kerja online dari rumah. WhatsApp sahaja: 012-3456789", id="WhatsApp only"),
        P("Hubungi kami melalui Telegram untuk mula tugasan.", id="Telegram"),
    ],
)  # fmt: skip
def test_malay_requests_veto(text: str) -> None:
    assert _vetoes(text)


@pytest.mark.parametrize(
    "text",
    [
        P("Tiada yuran dikenakan kepada calon.", id="no fee charged"),
        P("Yuran latihan AWS ditanggung oleh syarikat.", id="the firm pays"),
        P("Hantar resume ke hr@kopipulau.example atau WhatsApp kami jika ada soalan.",
          id="WhatsApp for questions"),
        P("Gaji: RM 40 - RM 60 sejam, dibayar bulanan.", id="a wage paid monthly"),
    ],
)  # fmt: skip
def test_malay_look_alikes_do_not_veto(text: str) -> None:
    assert not _vetoes(text)
