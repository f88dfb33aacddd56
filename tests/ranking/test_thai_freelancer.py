"""A Bangkok backend freelancer's market: pay in baht ("เงินเดือน 50,000 - 80,000 บาท",
"฿60,000/เดือน", "THB 80K-120K", "600 บาท/ชั่วโมง"), Thai terms (พนักงานประจำ, สัญญาจ้าง,
ฟรีแลนซ์, พาร์ทไทม์), work modes written without spaces (ทำงานที่บ้าน, ไฮบริด, เข้าออฟฟิศ 2
วัน), Bangkok in Thai (กรุงเทพมหานคร, กทม., สาทร), the freelancer's own post, and the fees
and deposits of Thailand's task scams beside honest posts that name LINE as a channel."""

from __future__ import annotations

import pytest

from extractors._contract import Posting
from flows.config import _CURRENCY_SIGNS
from warehouse.ranking.engagement import parse_engagement
from warehouse.ranking.features import understand
from warehouse.ranking.floors import parse_floor
from warehouse.ranking.kind import parse_kind
from warehouse.ranking.legitimacy import assess
from warehouse.ranking.profile import DEFAULT_FX_USD, Profile, RankingSettings
from warehouse.ranking.rates import parse_rate
from warehouse.ranking.remote import parse_remote

P = pytest.param
BANGKOK = Profile(
    skills=("python", "django", "fastapi", "postgresql"),
    roles=("backend developer",),
    remote_only=False,
    locations=("Bangkok", "Thailand", "UTC+7"),
    currency="THB",
    min_hourly_rate=1200.0,
)


@pytest.mark.parametrize(
    ("text", "rate"),
    [
        P("เงินเดือน 40,000 - 70,000 บาท", (40_000, 70_000, "month"), id="เงินเดือน"),
        P("เงินเดือน: ฿55,000 - ฿85,000/เดือน", (55_000, 85_000, "month"), id="฿ before"),
        P("รายได้ 62,000฿ ต่อเดือน", (62_000, 62_000, "month"), id="฿ after, ต่อเดือน"),
        P("THB 90K-130K per month", (90_000, 130_000, "month"), id="THB K"),
        P("Salary: 48,000 - 66,000 THB", (48_000, 66_000, "month"), id="a salary in baht"),
        P("เงินเดือน 75K - 95K บาท", (75_000, 95_000, "month"), id="K บาท"),
        P("ค่าจ้าง 700 - 950 บาท/ชั่วโมง", (700, 950, "hour"), id="บาท/ชั่วโมง"),
        P("เบี้ยเลี้ยง 350 บาท/วัน", (350, 350, "day"), id="บาท/วัน"),
        P("รายได้วันละ 800-2,500 บาท", (800, 2_500, "day"), id="วันละ"),
        P("งบประมาณ 30,000 บาท", (30_000, 30_000, "fixed"), id="งบประมาณ"),
        P("Rate ฿1,800/hour", (1_800, 1_800, "hour"), id="฿/hour"),
    ],
)  # fmt: skip
def test_pay_in_baht(text: str, rate: tuple[float, float, str]) -> None:
    found = parse_rate(text)
    assert found is not None
    assert (found.min, found.max, found.period, found.currency) == (*rate, "THB")


@pytest.mark.parametrize(
    "text",
    [
        P("เงินเดือนตามตกลง", id="negotiable"),
        P("เงินเดือนตามประสบการณ์ + โบนัส", id="by experience"),
        P("บาทาชูส์ 50,000 คู่", id="a brand, not the baht"),
    ],
)  # fmt: skip
def test_no_baht(text: str) -> None:
    assert parse_rate(text) is None


@pytest.mark.parametrize(
    ("written", "amount", "unit"),
    [
        P("฿1,200/hour", 1_200, "hour", id="฿"),
        P("1,200 บาท/ชั่วโมง", 1_200, "hour", id="บาท/ชั่วโมง"),
        P("THB 60,000/เดือน", 60_000, "month", id="เดือน"),
    ],
)  # fmt: skip
def test_a_baht_floor(written: str, amount: float, unit: str) -> None:
    floor, currency = parse_floor(written, _CURRENCY_SIGNS, "USD", DEFAULT_FX_USD)
    assert (floor.amount, floor.unit, currency) == (amount, unit, "THB")


@pytest.mark.parametrize(
    ("text", "engagement"),
    [
        P("ประเภทงาน: พนักงานประจำ", "full_time", id="พนักงานประจำ"),
        P("Python Developer (สัญญาจ้าง 1 ปี)", "contract", id="สัญญาจ้าง"),
        P("รับสมัครพนักงานสัญญาจ้าง 6 เดือน", "contract", id="joined to พนักงาน"),
        P("ต้องการฟรีแลนซ์ทำ API", "freelance", id="ฟรีแลนซ์"),
        P("รับงานอิสระ เขียนเว็บ", "freelance", id="งานอิสระ"),
        P("งานพาร์ทไทม์ 20 ชั่วโมง/สัปดาห์", "part_time", id="พาร์ทไทม์"),
    ],
)  # fmt: skip
def test_thai_terms(text: str, engagement: str) -> None:
    offer = parse_engagement(None, text)
    assert offer is not None and offer.engagement == engagement


@pytest.mark.parametrize(
    ("location", "text", "scope"),
    [
        P("Bangkok", "Full-time, ทำงานที่บ้าน 100%", "region", id="ทำงานที่บ้าน"),
        P(None, "ทำงานจากที่บ้านได้ ติดต่อทางอีเมล", "anywhere", id="from home, no place"),
        P("กทม.", "ไฮบริด เข้าออฟฟิศ 2 วัน/สัปดาห์", "hybrid", id="ไฮบริด"),
        P("กรุงเทพฯ", "เข้าออฟฟิศ 3 วัน ที่เหลือทำงานที่บ้าน", "hybrid", id="office days"),
        P("นนทบุรี", "ทำงานที่ออฟฟิศ จันทร์-ศุกร์", "onsite", id="ทำงานที่ออฟฟิศ"),
    ],
)  # fmt: skip
def test_thai_modes(location: str | None, text: str, scope: str) -> None:
    assert parse_remote(location, text, None).scope == scope


def _eligibility(location: str, text: str = "พนักงานประจำ ทำงานที่ออฟฟิศ") -> str:
    posting = Posting(
        source="check", source_id="1", url="https://example.com/1",
        title="Backend Developer", location=location, text=text,
    )  # fmt: skip
    return understand(posting, BANGKOK, RankingSettings()).eligibility


@pytest.mark.parametrize(
    ("place", "eligibility"),
    [
        P("กรุงเทพมหานคร", "eligible", id="กรุงเทพมหานคร"),
        P("กทม. (BTS อโศก)", "eligible", id="กทม."),
        P("เขตสาทร กรุงเทพฯ", "eligible", id="a district"),
        P("Silom, Bangkok", "eligible", id="Silom"),
        P("นนทบุรี", "eligible", id="Bangkok's metro"),
        P("เชียงใหม่", "not_eligible", id="Chiang Mai"),
        P("Phuket, Thailand", "not_eligible", id="Phuket"),
    ],
)  # fmt: skip
def test_an_office_in_bangkok(place: str, eligibility: str) -> None:
    assert _eligibility(place) == eligibility


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        P("รับเขียนโปรแกรม Python / Django ราคาเป็นกันเอง", "supply", id="รับเขียนโปรแกรม"),
        P("เราเป็นบริษัทรับทำเว็บไซต์ รับสมัคร Backend Developer", "demand",
          id="a web agency hiring"),
        P("ต้องการฟรีแลนซ์ทำระบบหลังบ้าน", "demand", id="ต้องการฟรีแลนซ์"),
    ],
)  # fmt: skip
def test_thai_kind(text: str, kind: str) -> None:
    found = parse_kind(None, text)
    assert found is not None and found[0] == kind


def _vetoes(text: str) -> list[str]:
    found = assess(title="แอดมินออนไลน์", company="บริษัท เอ จำกัด", text=text,
                   url="https://x.test/1")  # fmt: skip
    return [flag.code for flag in found.flags if flag.hard]


@pytest.mark.parametrize(
    "text",
    [
        P("ผู้สมัครต้องชำระค่าสมัคร 300 บาท ก่อนเริ่มงาน", id="application fee"),
        P("โอนเงินมัดจำอุปกรณ์ 1,500 บาท แล้วรับงานได้ทันที", id="deposit"),
        P("ค่าลงทะเบียน 499 บาท", id="a fee stated with its sum"),
        P("รายได้ดี ติดต่อทางไลน์เท่านั้น", id="LINE only"),
    ],
)  # fmt: skip
def test_thai_requests_veto(text: str) -> None:
    assert _vetoes(text)


@pytest.mark.parametrize(
    "text",
    [
        P("ไม่มีค่าสมัคร ไม่ต้องจ่ายเงินใดๆ", id="no fee asked"),
        P("สมัครผ่าน JobThai หรือสอบถามทาง LINE Official: @acmejobs", id="LINE as a channel"),
        P("พัฒนาระบบรับชำระเงินและโอนเงินผ่าน PromptPay", id="a payments product"),
        P("บริษัทออกค่าอบรมและค่าสอบ AWS ให้", id="the firm pays"),
        P("สวัสดิการ: ประกันสุขภาพ ค่าประกันสังคม โบนัส", id="insurance as a benefit"),
    ],
)  # fmt: skip
def test_thai_look_alikes_do_not_veto(text: str) -> None:
    assert not _vetoes(text)
