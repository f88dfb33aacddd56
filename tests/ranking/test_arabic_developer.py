"""A Cairo backend and mobile developer's market: Arabic terms, work modes and lengths,
Arabic-Indic digits, Egyptian pound and Gulf pay, Greater Cairo's districts and the
Gulf's bloc, and the Arabic ways of asking an applicant to pay or to move to WhatsApp."""

from __future__ import annotations

import pytest

from extractors._contract import Posting
from warehouse.ranking._text import western_digits
from warehouse.ranking.engagement import parse_duration, parse_engagement
from warehouse.ranking.features import understand
from warehouse.ranking.kind import parse_kind
from warehouse.ranking.legitimacy import assess
from warehouse.ranking.profile import Profile, RankingSettings
from warehouse.ranking.rates import parse_rate
from warehouse.ranking.remote import parse_remote

P = pytest.param
CAIRO = Profile(
    skills=("node.js", "python", "django", "flutter", "kotlin", "postgresql"),
    roles=("backend developer", "mobile developer"),
    remote_only=False,
    locations=("Cairo", "Egypt", "UTC+2"),
    currency="USD",
    min_hourly_rate=25.0,
)


def test_arabic_indic_digits_are_read_as_western_ones_in_place() -> None:
    assert (
        western_digits("الراتب: ٢٥٬٠٠٠ - ٣٠٬٠٠٠ جنيه، ٢٫٥") == "الراتب: 25,000 - 30,000 جنيه، 2.5"
    )
    assert western_digits("۱۲۰۰ دلار") == "1200 دلار"  # the Persian and Urdu forms
    plain = "Salary 25,000 EGP"
    assert western_digits(plain) is plain


@pytest.mark.parametrize(
    ("text", "engagement"),
    [
        P("دوام كامل - من المقر.", "full_time", id="دوام كامل"),
        P("مطلوب مطور بدوام كامل.", "full_time", id="بدوام كامل"),
        P("دوام جزئي من المنزل، ٤ ساعات يوميًا.", "part_time", id="دوام جزئي"),
        P("عقد مؤقت لمدة ٦ أشهر.", "contract", id="عقد مؤقت"),
        P("نبحث عن مطور للعمل الحر عن بعد.", "freelance", id="العمل الحر"),
        P("Freelance / Project · عمل حر", "freelance", id="Wuzzuf's label"),
    ],
)  # fmt: skip
def test_arabic_terms(text: str, engagement: str) -> None:
    offer = parse_engagement(None, text)
    assert offer is not None and offer.engagement == engagement


def test_military_status_is_no_term() -> None:
    assert parse_engagement(None, "Military status: Completed or Exempted.") is None
    assert parse_engagement(None, "الموقف من التجنيد: أدى الخدمة أو معفى.") is None


@pytest.mark.parametrize(
    ("text", "months"),
    [
        P("عقد مؤقت لمدة ٦ أشهر.", 6, id="أشهر"),
        P("مدة العقد 3 شهور قابلة للتجديد.", 3, id="شهور"),
        P("مشروع لمدة 8 أسابيع.", 2, id="أسابيع"),
        P("بخبرة لا تقل عن 3 سنوات. دوام كامل.", None, id="experience before"),
        P("3 سنوات خبرة في Flutter.", None, id="experience after"),
    ],
)  # fmt: skip
def test_arabic_lengths(text: str, months: int | None) -> None:
    duration = parse_duration(western_digits(text))
    assert (duration.months if duration else None) == months


@pytest.mark.parametrize(
    ("location", "text", "scope"),
    [
        P(None, "دوام كامل، نظام هجين.", "hybrid", id="هجين"),
        P(None, "العمل عن بعد بالكامل.", "anywhere", id="عن بعد"),
        P("عن بعد", "مطور Node.js.", "anywhere", id="a location of عن بعد"),
        P(None, "دوام جزئي من المنزل.", "anywhere", id="من المنزل"),
        P("القاهرة", "دوام كامل من المقر.", "onsite", id="من المقر"),
        P("Remote - GCC", "Flutter.", "region", id="the GCC"),
    ],
)  # fmt: skip
def test_arabic_work_modes(location: str | None, text: str, scope: str) -> None:
    assert parse_remote(location, text, None).scope == scope


def test_the_gcc_is_the_gulfs_six() -> None:
    assert parse_remote("Remote (GCC)", "Python.", None).regions == ("GCC",)
    assert parse_remote(None, "عن بعد من دول الخليج فقط.", None).regions == ("GCC",)


@pytest.mark.parametrize(
    ("text", "rate"),
    [
        P("الراتب: ٢٥٬٠٠٠ - ٣٠٬٠٠٠ جنيه شهريًا", (25_000, 30_000, "month", "EGP"), id="جنيه"),
        P("الراتب ٤٠ ألف جنيه شهريًا.", (40_000, 40_000, "month", "EGP"), id="ألف"),
        P("الراتب من ٣٠ ألف إلى ٤٥ ألف جنيه.", (30_000, 45_000, "month", "EGP"), id="من إلى"),
        P("Salary: LE 50,000 - 60,000 gross monthly.", (50_000, 60_000, "month", "EGP"),
          id="LE"),
        P("Salary 30K - 40K EGP.", (30_000, 40_000, "month", "EGP"), id="a month's by size"),
        P("الراتب ١٥٠٠٠ ج.م شهريًا.", (15_000, 15_000, "month", "EGP"), id="ج.م"),
        P("الأجر: ٢٥ دولار في الساعة.", (25, 25, "hour", "USD"), id="في الساعة"),
        P("الميزانية: ٥٠٠ - ١٠٠٠ دولار", (500, 1_000, "fixed", "USD"), id="الميزانية"),
        P("Rate: AED 150 - 200 per hour.", (150, 200, "hour", "AED"), id="AED"),
        P("الراتب: ٩٠٠٠ ريال شهريًا.", (9_000, 9_000, "month", "SAR"), id="ريال"),
        P("Salary: SAR 18,000 - 22,000 per month.", (18_000, 22_000, "month", "SAR"), id="SAR"),
    ],
)  # fmt: skip
def test_pound_dollar_and_gulf_pay(text: str, rate: tuple[float, float, str, str]) -> None:
    found = parse_rate(western_digits(text))
    assert found is not None
    assert (found.min, found.max, found.period, found.currency) == rate


@pytest.mark.parametrize("text", ["LEAD backend engineer, Node.js.", "Le Caire, Egypte."])
def test_no_pound_where_none_is_paid(text: str) -> None:
    assert parse_rate(text) is None


def _understood(location: str | None, text: str, title: str = "Backend Developer") -> Posting:
    return Posting(
        source="check", source_id="1", url="https://example.com/1",
        title=title, location=location, text=text,
    )  # fmt: skip


@pytest.mark.parametrize(
    ("place", "eligibility"),
    [
        P("Nasr City, Cairo, Egypt", "eligible", id="Nasr City"),
        P("Smart Village, Giza", "eligible", id="Smart Village"),
        P("القاهرة الجديدة", "eligible", id="New Cairo in Arabic"),
        P("المعادي", "eligible", id="Maadi in Arabic"),
        P("Riyadh, Saudi Arabia", "not_eligible", id="Riyadh"),
        P("الرياض", "not_eligible", id="Riyadh in Arabic"),
    ],
)  # fmt: skip
def test_an_office_around_cairo(place: str, eligibility: str) -> None:
    posting = _understood(place, "Hybrid, 2 days a week in the office. Node.js.")
    assert understand(posting, CAIRO, RankingSettings()).eligibility == eligibility


def test_an_arabic_post_in_eastern_digits_is_priced_in_dollars_an_hour() -> None:
    posting = _understood(
        "عن بعد", "مطور باك إند Node.js للعمل الحر عن بعد، بالساعة. الأجر: ٣٠ دولار في الساعة."
    )
    found = understand(posting, CAIRO, RankingSettings())
    assert (found.rate_max, found.rate_period, found.currency) == (30, "hour", "USD")
    assert (found.engagement, found.remote_scope) == ("freelance", "anywhere")


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        P("مطلوب مطور Flutter بخبرة.", "demand", id="مطلوب"),
        P("أنا مطور Flutter، متاح للعمل الحر عن بعد.", "supply", id="متاح للعمل"),
        P("أقدم خدمات تطوير تطبيقات الموبايل.", "supply", id="أقدم خدمات"),
    ],
)  # fmt: skip
def test_arabic_demand_and_supply(text: str, kind: str) -> None:
    assert parse_kind(None, text)[0] == kind


def _vetoes(text: str) -> list[str]:
    found = assess(title="Backend Developer", company="Acme", text=text, url="https://x.test/1")
    return [flag.code for flag in found.flags if flag.hard]


@pytest.mark.parametrize(
    "text",
    [
        P("رسوم تسجيل ١٥٠ جنيه تدفع مقدمًا.", id="a sign-up fee paid ahead"),
        P("يجب دفع رسوم التدريب قبل البدء.", id="a training fee to pay"),
        P("رسوم استخراج التأشيرة ٢٠٠٠٠ جنيه تدفع قبل السفر.", id="a visa fee"),
        P("للتقديم تواصل واتساب فقط: 01000000000", id="WhatsApp only"),
    ],
)  # fmt: skip
def test_arabic_requests_to_pay_or_chat_veto(text: str) -> None:
    assert _vetoes(text)


@pytest.mark.parametrize(
    "text",
    [
        P("لا توجد أي رسوم تسجيل، التقديم مجاني.", id="no fee"),
        P("رسوم التأشيرة على حساب الشركة.", id="the company pays the visa"),
        P("خبرة في WhatsApp Business API مطلوبة.", id="WhatsApp as a product"),
        P("نوفر برامج تدريب مجانية للموظفين.", id="training offered"),
    ],
)  # fmt: skip
def test_arabic_look_alikes_do_not_veto(text: str) -> None:
    assert not _vetoes(text)


def test_earn_from_home_is_a_pitch() -> None:
    found = assess(
        title="اربح من البيت", company=None, text="اربح من البيت ٥٠٠ جنيه يوميًا بدون خبرة.",
        url="https://x.test/1",
    )  # fmt: skip
    assert found.legitimacy < 0.5 or any(flag.hard for flag in found.flags)


@pytest.mark.parametrize(
    ("location", "text", "currency"),
    [
        P("Doha, Qatar", "مطلوب مطور ويب براتب 12000 ريال شهريا", "QAR", id="Qatar's"),
        P("Muscat, Oman", "مطلوب محاسب، الراتب 600 ريال شهريًا", "OMR", id="Oman's"),
        P("Sanaa, Yemen", "مطلوب مبرمج براتب 300000 ريال شهريا", "YER", id="Yemen's"),
        P("Riyadh, Saudi Arabia", "مطلوب مصمم براتب 8000 ريال شهريا", "SAR", id="Saudi's"),
        P(None, "مطلوب مهندس شبكات في الدوحة، الراتب 15000 ريال شهريًا", "QAR",
          id="a town the text names"),
        P(None, "مطلوب مصمم، الراتب 8000 ريال شهريا", "SAR", id="no place: Saudi's"),
        P("Doha, Qatar", "الراتب 9000 ر.س شهريًا", "SAR", id="a Saudi sign stays Saudi"),
    ],
)  # fmt: skip
def test_a_riyal_is_the_one_of_the_posts_place(
    location: str | None, text: str, currency: str
) -> None:
    row = understand(_understood(location, text), Profile(skills=("python",)), RankingSettings())
    assert (row.currency, row.rate_period) == (currency, "month")
