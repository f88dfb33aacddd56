"""A data and ML engineer in Riyadh: Saudi towns in English and Arabic (the Eastern
Province's tri-city one commute), roles for Saudis only as Arabic posts write it, Arabic
asked for in Arabic ("إجادة اللغة العربية"), a Gulf offer's pay named its "package", and
a "12-month secondment" to a client."""

from __future__ import annotations

import pytest

from extractors._contract import Posting
from warehouse.ranking.engagement import parse_engagement
from warehouse.ranking.features import Features, understand
from warehouse.ranking.languages import read_languages
from warehouse.ranking.nationals import nationals_only
from warehouse.ranking.profile import Profile, RankingSettings
from warehouse.ranking.rates import parse_rate
from warehouse.ranking.regions import METRO_OF, cities_in

P = pytest.param
RIYADH = Profile(
    skills=("python", "spark", "airflow", "pytorch"),
    roles=("data engineer", "machine learning engineer"),
    engagements=("freelance", "contract"),
    remote_only=False,
    locations=("Riyadh", "Saudi Arabia", "UTC+3"),
    languages=("en",),
    currency="SAR",
    min_hourly_rate=156.25,
)


def _understood(title: str, location: str, text: str) -> Features:
    posting = Posting(
        source="t", source_id="1", url="https://example.com/1", title=title, location=location,
        text=text,
    )  # fmt: skip
    return understand(posting, RIYADH, RankingSettings())


@pytest.mark.parametrize(
    ("location", "city"),
    [
        P("الرياض", "riyadh", id="Riyadh in Arabic"),
        P("جدة", "jeddah", id="Jeddah in Arabic"),
        P("Al Khobar", "dammam", id="Khobar is Dammam's metro"),
        P("الظهران، المنطقة الشرقية", "dammam", id="Dhahran in Arabic"),
        P("NEOM, Tabuk Province", "neom", id="NEOM"),
        P("الدوحة", "doha", id="Doha in Arabic"),
    ],
)  # fmt: skip
def test_saudi_and_gulf_towns_in_english_and_arabic(location: str, city: str) -> None:
    assert [METRO_OF.get(town, town) for town in cities_in(location)] == [city]


def test_an_office_in_riyadh_written_in_arabic_is_the_users_town() -> None:
    found = _understood(
        "محلل بيانات", "الرياض، المملكة العربية السعودية", "دوام كامل - حضوري في المقر الرئيسي."
    )
    assert (found.remote_scope, found.eligibility) == ("onsite", "eligible")


def test_an_office_in_another_saudi_town_is_out_of_a_riyadh_users_reach() -> None:
    found = _understood("Analytics Engineer", "Al Khobar", "On-site, full-time, 5 days a week.")
    assert (found.remote_regions, found.eligibility) == (("SA",), "not_eligible")


@pytest.mark.parametrize(
    ("text", "phrase"),
    [
        P("وظيفة مهندس بيانات للسعوديين فقط.", "للسعوديين فقط", id="for Saudis only"),
        P("التقديم للمواطنين السعوديين فقط", "للمواطنين السعوديين فقط", id="citizens only"),
        P("الشروط: أن يكون المتقدم سعودي الجنسية.", "سعودي الجنسية", id="Saudi nationality"),
        P("يفضل سعودي الجنسية، ونرحب بجميع المقيمين.", None, id="a preference"),
        P("الراتب يدفع فقط بالتحويل البنكي.", None, id="only of something else"),
        P("متاح لجميع الجنسيات المقيمة في المملكة.", None, id="all nationalities"),
    ],
)  # fmt: skip
def test_roles_for_saudis_only_as_arabic_posts_write_it(text: str, phrase: str | None) -> None:
    assert nationals_only(text) == phrase


def test_a_role_for_saudis_only_in_the_users_town_is_for_them_to_check() -> None:
    found = _understood(
        "محلل بيانات أول", "الرياض", "وظيفة للسعوديين فقط. دوام كامل - حضوري في المقر."
    )
    assert found.eligibility == "review"


@pytest.mark.parametrize(
    ("text", "required", "preferred"),
    [
        P("- إجادة اللغة العربية والإنجليزية (إلزامي)", ("ar",), (), id="proficiency, mandatory"),
        P("يفضل إجادة اللغة العربية", (), ("ar",), id="preferred"),
        P("يشترط الإقامة في المملكة العربية السعودية", (), (), id="the kingdom's name"),
        P("الشروط: مقيم في الإمارات العربية المتحدة", (), (), id="the Emirates' name"),
        P("مقر العمل: جمهورية مصر العربية - يشترط خبرة", (), (), id="Egypt's name"),
    ],
)  # fmt: skip
def test_arabic_asked_for_in_arabic_not_a_countrys_name(
    text: str, required: tuple[str, ...], preferred: tuple[str, ...]
) -> None:
    needs = read_languages(text)
    assert (needs.required, needs.preferred) == (required, preferred)


@pytest.mark.parametrize(
    ("text", "amount"),
    [
        P("Monthly package: SAR 32,000 all-inclusive.", 32_000, id="package label"),
        P("A tax-free package of SAR 40,000.", 40_000, id="package of"),
        P("Relocation package: SAR 15,000 one-off.", None, id="relocation package"),
        P("Our package has 32,000 SAR in downloads.", None, id="a software package"),
    ],
)  # fmt: skip
def test_a_gulf_offers_package_is_a_months_pay(text: str, amount: float | None) -> None:
    rate = parse_rate(text)
    got = None if rate is None else (rate.min, rate.max, rate.period, rate.currency)
    assert got == (None if amount is None else (amount, amount, "month", "SAR"))


@pytest.mark.parametrize(
    ("text", "engagement"),
    [
        P("12-month secondment to a government entity in Riyadh.", "contract", id="secondment"),
        P("Full-time role with secondment opportunities abroad.", "full_time", id="a perk"),
    ],
)  # fmt: skip
def test_a_secondment_to_a_client_is_a_contract(text: str, engagement: str) -> None:
    found = parse_engagement(None, text)
    assert found is not None and found.engagement == engagement
