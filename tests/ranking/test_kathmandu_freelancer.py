"""A web and data developer in Kathmandu, for Nepali firms (rupees of Nepal) and foreign
clients (dollars): Nepali as a profile language, "रु" as the user's rupee, lakhs and
lakh grouping in a floor, pay in Devanagari (Nepali's "तलब ... मासिक", Hindi's "प्रति माह"),
the Kathmandu Valley as one commute, SAARC as South Asia, Nepali and Hindi terms, and
Nepali fee requests."""

from __future__ import annotations

import pytest

from extractors._contract import Posting
from flows.config import parse_config
from warehouse.ranking.engagement import parse_engagement
from warehouse.ranking.features import understand
from warehouse.ranking.legitimacy import assess
from warehouse.ranking.profile import CurrencyFloor, RateFloor
from warehouse.ranking.rates import parse_rate
from warehouse.ranking.regions import place_units
from warehouse.ranking.remote import read_places

P = pytest.param
KATHMANDU = ["Kathmandu", "Nepal", "UTC+5:45"]


def _profile(currency: str, min_rate: list[str] | None = None, **more: object) -> dict:
    profile = {"currency": currency, "locations": KATHMANDU, "remote_only": False} | more
    return {"profile": profile | ({"min_rate": min_rate} if min_rate else {})}


@pytest.mark.parametrize("written", ["Rs", "Rs.", "रु", "रू", "NPR"])
def test_the_rupee_of_a_user_in_kathmandu_is_nepals(written: str) -> None:
    assert parse_config(_profile(written)).profile.currency == "NPR"


@pytest.mark.parametrize("spoken", [["en", "ne"], ["English", "Nepali"]])
def test_nepali_is_a_profile_language(spoken: list[str]) -> None:
    assert parse_config(_profile("NPR", languages=spoken)).profile.languages == ("en", "ne")


@pytest.mark.parametrize(
    "floor",
    ["NPR 1,00,000 per month", "Rs 1,00,000/month", "Rs. 1 lakh/month", "रु 1,00,000/month",
     "रु १,००,०००/month"],
)  # fmt: skip
def test_a_floor_in_lakhs_or_grouped_in_lakhs(floor: str) -> None:
    profile = parse_config(_profile("NPR", [floor, "$20/hour"])).profile
    assert profile.min_hourly_rate == 100_000 / 160
    assert profile.currency_floors == (CurrencyFloor("USD", RateFloor(20.0, "hour"), 1.0),)


@pytest.mark.parametrize(
    ("text", "country", "rate"),
    [
        P("तलब: रु ५०,००० - ७०,००० मासिक", "NP", (50_000, 70_000, "month", "NPR"), id="ne monthly"),
        P("तलब रु ४०,००० प्रति महिना", "NP", (40_000, 40_000, "month", "NPR"), id="ne per month"),
        P("वेतन: ₹25,000 प्रति माह", "IN", (25_000, 25_000, "month", "INR"), id="hi per month"),
        P("पारिश्रमिक: रु १,५०० प्रति घण्टा", "NP", (1_500, 1_500, "hour", "NPR"), id="ne hour"),
        P("Offered Salary: Rs. 1 Lakh+ (Monthly)", "NP", (100_000, None, "month", "NPR"),
          id="lakh in Nepal"),
        P("Pay: NPR 1,50,000 for the whole project.", "NP", (150_000, 150_000, "fixed", "NPR"),
          id="the whole project"),
        P("$800 for the entire project", None, (800, 800, "fixed", "USD"), id="entire"),
    ],
)  # fmt: skip
def test_pay_as_nepal_and_india_write_it(text: str, country: str | None, rate: tuple) -> None:
    found = parse_rate(text, units=place_units((country,) if country else ()))
    assert found is not None
    assert (found.min, found.max, found.period, found.currency) == rate


@pytest.mark.parametrize(
    ("place", "regions"),
    [
        P("Lakeside, Pokhara", ["NP"], id="Pokhara"),
        P("Jhamsikhel, Lalitpur", ["NP"], id="an office district of Lalitpur"),
        P("Lalitpur, Nepal", ["NP"], id="Lalitpur with its country"),
        P("Lalitpur", [], id="Lalitpur alone: India's town too"),
        P("पुतलीसडक, काठमाडौं", ["NP"], id="Kathmandu in Devanagari"),
        P("गोमती नगर, लखनऊ", ["IN"], id="Lucknow in Devanagari"),
        P("Remote (SAARC countries)", ["South Asia"], id="SAARC"),
    ],
)  # fmt: skip
def test_places_of_nepal(place: str, regions: list[str]) -> None:
    assert read_places(place) == regions


def _onsite(location: str) -> str | None:
    config = parse_config({"profile": {"skills": ["python"], "locations": KATHMANDU,
                                       "remote_only": False}})  # fmt: skip
    posting = Posting(
        source="check", source_id="1", url="https://example.com/1", title="Python Developer",
        location=location, text="Full time, on-site. Python and Django.",
    )  # fmt: skip
    return understand(posting, config.profile, config.ranking).eligibility


@pytest.mark.parametrize(
    ("office", "eligibility"),
    [
        P("Bhaktapur", "eligible", id="Bhaktapur: the valley"),
        P("Pulchowk, Lalitpur", "eligible", id="Patan: the valley"),
        P("Kathmandu Valley", "eligible", id="the valley named"),
        P("Pokhara", "not_eligible", id="Pokhara: a day's drive"),
    ],
)  # fmt: skip
def test_the_kathmandu_valley_is_one_commute(office: str, eligibility: str) -> None:
    assert _onsite(office) == eligibility


@pytest.mark.parametrize(
    ("text", "engagement"),
    [
        P("कार्य प्रकार: पूर्णकालीन", "full_time", id="ne full time"),
        P("नौकरी का प्रकार: पूर्णकालिक", "full_time", id="hi full time"),
        P("पार्ट टाइम वेब डिजाइनर चाहियो", "part_time", id="part time"),
        P("फ्रिल्यान्स वेब डेभलपर चाहियो", "freelance", id="freelance"),
    ],
)  # fmt: skip
def test_nepali_and_hindi_terms(text: str, engagement: str) -> None:
    found = parse_engagement(None, text)
    assert found is not None and found.engagement == engagement


def _flags(text: str) -> list[str]:
    found = assess(title="वेब डेभलपर", company="हिमाल टेक प्रा. लि.", text=text,
                   url="https://x.test/1")  # fmt: skip
    return [flag.code for flag in found.flags]


@pytest.mark.parametrize(
    "text",
    [
        P("छनोट भएपछि दर्ता शुल्क रु ५०० तिर्नुहोस्।", id="a registration fee"),
        P("काम सुरु गर्नु अघि धरौटी रकम रु २,००० जम्मा गर्नुहोस्।", id="a deposit"),
    ],
)  # fmt: skip
def test_nepali_fee_requests_veto(text: str) -> None:
    assert "pay_to_work" in _flags(text)


@pytest.mark.parametrize(
    "text",
    [
        P("आवेदन निःशुल्क छ, कुनै शुल्क लाग्दैन।", id="no fee"),
        P("हाम्रो कम्पनी दर्ता नम्बर र PAN विवरण वेबसाइटमा छ।", id="the firm's registration"),
        P("तलब बैंक खातामा मासिक रूपमा भुक्तानी गरिन्छ।", id="salary paid to a bank"),
    ],
)  # fmt: skip
def test_nepali_look_alikes_do_not_veto(text: str) -> None:
    assert "pay_to_work" not in _flags(text)


def test_working_from_home_within_a_country_in_brackets_is_no_pitch() -> None:
    text = "Job Type: Part Time\nWork from home (within Nepal), 4 hours a day.\nWordPress, PHP."
    assert "work_from_home" not in _flags(text)
    assert "work_from_home" in _flags("घरबाट काम गरेर दैनिक रु ३००० कमाउनुहोस्!")
