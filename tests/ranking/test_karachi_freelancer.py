"""A full-stack developer in Karachi, for Pakistani firms (rupees) and foreign clients
(dollars): "Rs" as their own rupee in a floor and as a currency, lakhs in a floor,
Hyderabad of Sindh beside India's, Pakistan's provinces and its cities in Urdu's script,
Rawalpindi in Islamabad's commute, an Urdu salary line, and a draft that greets
"Syeda Fatima" as Fatima."""

from __future__ import annotations

import pytest

from extractors._contract import Posting
from extractors._errors import ConfigError
from flows.config import parse_config
from warehouse.intro_names import first_name
from warehouse.ranking.features import understand
from warehouse.ranking.profile import CurrencyFloor, RateFloor
from warehouse.ranking.rates import parse_rate
from warehouse.ranking.regions import place_units
from warehouse.ranking.remote import read_places

P = pytest.param


def _profile(currency: str, locations: list[str], min_rate: list[str] | None = None) -> dict:
    profile = {"currency": currency, "locations": locations, "remote_only": False}
    return {"profile": profile | ({"min_rate": min_rate} if min_rate else {})}


@pytest.mark.parametrize(
    ("written", "locations", "code"),
    [
        P("Rs", ["Karachi", "Pakistan", "UTC+5"], "PKR", id="Karachi"),
        P("Rs.", ["Lahore"], "PKR", id="Lahore, with a dot"),
        P("Rs", ["Pune", "India", "UTC+5:30"], "INR", id="Pune"),
        P("Rs", ["Colombo", "Sri Lanka"], "LKR", id="Colombo"),
        P("Rs", [], "INR", id="nowhere: India's"),
        P("Rs", ["Karachi", "Pune"], "INR", id="two rupees: India's"),
    ],
)  # fmt: skip
def test_rs_as_a_currency_is_the_rupee_of_where_one_lives(written, locations, code) -> None:
    assert parse_config(_profile(written, locations)).profile.currency == code


@pytest.mark.parametrize(
    "floor", ["Rs 250,000/month", "Rs. 250,000/month", "₨250,000/month", "Rs 2.5 lakh/month",
              "2.5 lac/month", "250,000 rupees/month"],
)  # fmt: skip
def test_a_rupee_floor_of_a_profile_in_pkr_is_in_pkr(floor: str) -> None:
    profile = parse_config(_profile("PKR", ["Karachi", "Pakistan"], [floor, "$30/hour"])).profile
    assert profile.min_hourly_rate == 250_000 / 160
    assert profile.currency_floors == (CurrencyFloor("USD", RateFloor(30.0, "hour"), 1.0),)


def test_a_rupee_floor_of_a_profile_in_dollars_is_the_rupee_of_its_place() -> None:
    karachi = _profile("USD", ["Karachi", "Pakistan"], ["$30/hour", "Rs 2.5 lakh/month"])
    pune = _profile("USD", ["Pune"], ["$30/hour", "Rs 80,000/month"])
    assert parse_config(karachi).profile.currency_floors[0].currency == "PKR"
    assert parse_config(pune).profile.currency_floors[0].currency == "INR"


@pytest.mark.parametrize("floor", ["2 lakh/month", "$2 lakh/month"])
def test_lakhs_of_no_rupee_or_taka_are_refused(floor: str) -> None:
    with pytest.raises(ConfigError, match="lakhs of rupees or taka"):
        parse_config(_profile("USD", ["Karachi"], [floor]))


@pytest.mark.parametrize(
    ("place", "regions"),
    [
        P("Hyderabad, Sindh", ["PK"], id="Sindh's Hyderabad"),
        P("Hyderabad (Sindh)", ["PK"], id="in brackets"),
        P("Hyderabad, Sindh, Pakistan", ["PK"], id="and its country"),
        P("Hyderabad", ["IN"], id="Telangana's, alone"),
        P("Hyderabad, Telangana", ["IN"], id="Telangana's"),
        P("Sukkur, Sindh", ["PK"], id="a province"),
        P("Peshawar, Khyber Pakhtunkhwa", ["PK"], id="KP"),
        P("Mohali, Punjab", ["IN"], id="India's Punjab"),
        P("Punjab", [], id="Punjab alone: two countries"),
        P("دفتر گلشن اقبال، کراچی میں", ["PK"], id="Karachi in Urdu"),
        P("پاکستان بھر سے", ["PK"], id="Pakistan in Urdu"),
    ],
)  # fmt: skip
def test_pakistans_places(place: str, regions: list[str]) -> None:
    assert read_places(place) == regions


def _onsite(location: str, locations: list[str]) -> tuple[str | None, str]:
    profile = parse_config(
        {"profile": {"skills": ["python"], "locations": locations, "remote_only": False}}
    ).profile
    posting = Posting(
        source="check", source_id="1", url="https://example.com/1", title="Python Developer",
        location=location, text="Full time, on-site. Python and Django.",
    )  # fmt: skip
    found = understand(posting, profile, parse_config({}).ranking)
    return found.eligibility, found.eligibility_reason or ""


@pytest.mark.parametrize("office", ["Rawalpindi", "راولپنڈی، پاکستان", "Islamabad"])
def test_rawalpindi_is_in_islamabads_commute(office: str) -> None:
    assert _onsite(office, ["Islamabad", "Pakistan"])[0] == "eligible"


def test_an_office_in_karachi_written_in_urdu_is_in_karachi() -> None:
    assert _onsite("کراچی", ["Karachi", "Pakistan"])[0] == "eligible"
    assert _onsite("Hyderabad, Sindh", ["Karachi", "Pakistan"])[0] == "not_eligible"


@pytest.mark.parametrize(
    "text", ["تنخواہ 1,00,000 روپے ماہانہ", "تنخواہ: 1,00,000 روپیہ", "Salary: ₨ 100,000"]
)
def test_an_urdu_salary_line_and_the_old_rupee_sign(text: str) -> None:
    rate = parse_rate(text, units=place_units(("PK",)))
    assert rate is not None
    assert (rate.min, rate.max, rate.period, rate.currency) == (100_000, 100_000, "month", "PKR")


@pytest.mark.parametrize(
    ("contact", "country", "given"),
    [
        ("Syeda Fatima", "PK", "Fatima"),
        ("Syed Muhammad Ali Raza", "PK", "Ali"),
        ("Sayyida Noor Hussain", "BD", "Noor"),
        ("Syeda Fatima", None, "Syeda"),  # nothing says where she lives
        ("Sayed Mahmoud", "EG", "Sayed"),  # in Egypt his own name
    ],
)  # fmt: skip
def test_the_title_syed_is_passed_over_where_it_is_one(contact, country, given) -> None:
    assert first_name(contact, country=country) == given
