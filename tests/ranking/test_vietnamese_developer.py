"""A Ho Chi Minh City backend and mobile developer's market: Vietnamese terms (cộng tác
viên, hợp đồng N tháng, toàn thời gian, bán thời gian, hợp đồng lao động), pay in millions
of dong ("25 - 35 triệu/tháng", "30tr") and in dollars by the month, Saigon's districts,
work from afar ("làm việc từ xa", typed without marks too), the freelancer's own post,
and the fee, deposit and chat requests of Vietnam's job scams."""

from __future__ import annotations

import pytest

from extractors._contract import Posting
from flows.config import _CURRENCY_SIGNS
from warehouse.intro_role import quoted_role
from warehouse.ranking.engagement import parse_duration, parse_engagement
from warehouse.ranking.features import understand
from warehouse.ranking.floors import parse_floor
from warehouse.ranking.foreign_titles import in_english
from warehouse.ranking.kind import parse_kind
from warehouse.ranking.legitimacy import assess
from warehouse.ranking.profile import DEFAULT_FX_USD, Profile, RankingSettings
from warehouse.ranking.rates import parse_rate
from warehouse.ranking.remote import parse_remote

P = pytest.param
SAIGON = Profile(
    skills=("node.js", "go", "flutter", "react native", "postgresql"),
    roles=("backend developer", "mobile developer"),
    remote_only=False,
    locations=("Ho Chi Minh City", "Vietnam", "UTC+7"),
    currency="USD",
    min_hourly_rate=20.0,
)


@pytest.mark.parametrize(
    ("text", "engagement"),
    [
        P("Hình thức: Cộng tác viên, làm việc từ xa.", "freelance", id="cộng tác viên"),
        P("Hinh thuc: cong tac vien, lam viec tu xa.", "freelance", id="without marks"),
        P("Tuyển CTV lập trình Flutter.", "freelance", id="tuyển CTV"),
        P("Hợp đồng 6 tháng (có thể gia hạn).", "contract", id="hợp đồng 6 tháng"),
        P("Làm theo dự án, bàn giao trong quý 3.", "contract", id="theo dự án"),
        P("Toàn thời gian · Hybrid", "full_time", id="toàn thời gian"),
        P("Hợp đồng lao động chính thức, đóng bảo hiểm đầy đủ.", "full_time",
          id="hợp đồng lao động"),
        P("Bán thời gian, 4 tiếng/ngày.", "part_time", id="bán thời gian"),
        P("Hình thức: bán thời gian, cộng tác viên theo dự án.", "freelance",
          id="a collaborator part-time is freelance"),
        P("Ký HĐLĐ chính thức sau thử việc.", "full_time", id="HĐLĐ"),
        P("Ký hợp đồng lao động bán thời gian, ca tối.", "part_time",
          id="a part-time employee"),
        P("Ký hợp đồng lao động thời vụ 2 tháng cao điểm cuối năm.", "contract",
          id="a seasonal labour contract"),
        P("Hop dong lao dong ngan han, lam tai kho Thu Duc.", "contract",
          id="a short-term labour contract without marks"),
    ],
)  # fmt: skip
def test_vietnamese_terms(text: str, engagement: str) -> None:
    offer = parse_engagement(None, text)
    assert offer is not None and offer.engagement == engagement


def test_connected_tv_is_no_collaborator() -> None:
    assert parse_engagement(None, "Ad tech for CTV and streaming platforms.") is None


@pytest.mark.parametrize(
    ("text", "rate"),
    [
        P("Mức lương: 25 - 35 triệu/tháng (gross)", (25e6, 35e6, "month"), id="triệu/tháng"),
        P("Lương: 40 - 55 triệu", (40e6, 55e6, "month"), id="a salary in millions"),
        P("Luong: 15tr - 25tr/thang", (15e6, 25e6, "month"), id="tr, without marks"),
        P("Lương: 30tr - 45tr gross.", (30e6, 45e6, "month"), id="gross"),
        P("Lương: 80.000 - 120.000 VNĐ/giờ.", (80_000, 120_000, "hour"), id="VNĐ/giờ"),
        P("Lương: 250.000đ/giờ.", (250_000, 250_000, "hour"), id="đ"),
        P("Ngân sách 40tr cho cả dự án.", (40e6, 40e6, "fixed"), id="a project's budget"),
    ],
)  # fmt: skip
def test_pay_in_dong(text: str, rate: tuple[float, float, str]) -> None:
    found = parse_rate(text)
    assert found is not None
    assert (found.min, found.max, found.period, found.currency) == (*rate, "VND")


@pytest.mark.parametrize(
    "text",
    [
        P("Ở lại 2 đêm tại Đà Lạt.", id="đêm is a night"),
        P("A team of 3 trainees.", id="no dong in English"),
        P("Series A of $30 tr.", id="tr beside dollars"),
    ],
)  # fmt: skip
def test_no_dong(text: str) -> None:
    assert parse_rate(text) is None


@pytest.mark.parametrize(
    "text",
    [
        P("Lương: Up to $2,500 (net)", id="lương"),
        P("Salary: 1,500 - 2,500 USD (gross)", id="an english salary word"),
        P("Compensation: Up to $2,500", id="compensation"),
    ],
)  # fmt: skip
def test_a_dollar_salary_in_saigon_is_a_months(text: str) -> None:
    found = parse_rate(text, units={"month": "USD"})
    assert found is not None and (found.max, found.period) == (2_500, "month")


def test_upto_written_as_one_word_is_an_open_end() -> None:
    found = parse_rate("Mức lương: upto 2000$ (net)", units={"month": "USD"})
    assert found is not None and (found.min, found.max, found.period) == (None, 2_000, "month")


def test_a_dollar_bonus_in_saigon_is_no_salary() -> None:
    assert parse_rate("Bonus: $2,500 at year end", units={"month": "USD"}) is None


@pytest.mark.parametrize(
    ("text", "months"),
    [
        P("Thời gian dự án: 3 tháng.", 3, id="3 tháng"),
        P("Yêu cầu: 3 năm kinh nghiệm Golang.", None, id="experience"),
        P("Hạn nộp hồ sơ: ngày 15 tháng 12 năm 2026.", None, id="a date"),
        P("Phí hoàn lại sau 1 tháng.", None, id="after a month"),
        P("Báo giá theo dự án, bảo hành 6 tháng.", None, id="a warranty"),
        P("Cam kết 3 thang bao hanh sau ban giao.", None, id="a warranty after, without marks"),
        P("Includes a 3-month warranty after launch.", None, id="an english warranty"),
        P("Hợp đồng 6 tháng, bảo hành 1 tháng.", 6, id="a contract beside its warranty"),
    ],
)  # fmt: skip
def test_vietnamese_lengths(text: str, months: int | None) -> None:
    duration = parse_duration(text)
    assert (duration.months if duration else None) == months


@pytest.mark.parametrize(
    ("location", "text", "scope"),
    [
        P("Hồ Chí Minh", "Cộng tác viên, làm việc từ xa.", "region", id="từ xa"),
        P("Làm việc từ xa", "Flutter, Firebase.", "anywhere", id="a location that is a mode"),
        P("Thành phố Thủ Đức, Hồ Chí Minh", "Làm việc tại văn phòng Thủ Đức.", "onsite",
          id="tại văn phòng"),
        P("Bình Thạnh, TP Hồ Chí Minh", "Hybrid: 3 ngày lên văn phòng, 2 ngày remote.",
          "hybrid", id="days at the office and remote"),
        P("Quận 1, Hồ Chí Minh", "2 ngày làm việc từ xa mỗi tuần.", "hybrid",
          id="two days from afar"),
        P("Thủ Đức, Hồ Chí Minh", "Tại văn phòng Thủ Đức 2 buổi/tuần, còn lại remote.", "hybrid",
          id="sessions at the office, the rest remote"),
        P("Cầu Giấy, Hà Nội", "Lên văn phòng 3 ngày/tuần, 2 ngày làm từ xa.", "hybrid",
          id="days from afar without việc"),
        P("Quận 1, TP.HCM", "Tại văn phòng Quận 1, buổi sáng 8h-12h, buổi chiều 13h-17h.",
          "onsite", id="a morning session is no hybrid week"),
        P("Sài Gòn", "Làm online, họp qua Google Meet.", "region", id="làm online"),
        P("TP.HCM", "Lam viec online, khong can len van phong.", "region",
          id="lam viec online, without marks"),
        P("Quận 1, TP.HCM", "Tuyển cộng tác viên bán hàng online tại cửa hàng.", "onsite",
          id="selling online is no remote work"),
    ],
)  # fmt: skip
def test_vietnamese_modes(location: str, text: str, scope: str) -> None:
    assert parse_remote(location, text, None).scope == scope


def _eligibility(location: str, text: str = "Toàn thời gian, làm việc tại văn phòng.") -> str:
    posting = Posting(
        source="check", source_id="1", url="https://example.com/1",
        title="Lập trình viên Backend", location=location, text=text,
    )  # fmt: skip
    return understand(posting, SAIGON, RankingSettings()).eligibility


@pytest.mark.parametrize(
    ("place", "eligibility"),
    [
        P("Quận 7, TP.HCM", "eligible", id="District 7"),
        P("Bình Thạnh, TP Hồ Chí Minh", "eligible", id="Bình Thạnh"),
        P("Thành phố Thủ Đức, Hồ Chí Minh", "eligible", id="Thủ Đức"),
        P("Sài Gòn", "eligible", id="Sài Gòn"),
        P("Cầu Giấy, Hà Nội", "not_eligible", id="Hanoi"),
        P("Hải Châu, Đà Nẵng", "not_eligible", id="Da Nang"),
    ],
)  # fmt: skip
def test_an_office_in_saigon(place: str, eligibility: str) -> None:
    assert _eligibility(place) == eligibility


@pytest.mark.parametrize(
    ("title", "english"),
    [
        P("Kỹ sư phần mềm (Backend)", ["Software Engineer", "Backend Engineer"], id="kỹ sư"),
        P("Lập trình viên Backend Golang", ["Backend Developer", "Golang Developer"],
          id="lập trình viên"),
        P("Lap trinh vien React Native", ["React Native Developer"], id="without marks"),
    ],
)  # fmt: skip
def test_vietnamese_titles(title: str, english: list[str]) -> None:
    assert in_english(title) == english


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        P("Mình là dev freelance ở Sài Gòn. Mình nhận làm app mobile, API.", "supply",
          id="mình nhận làm"),
        P("Công ty cần tuyển lập trình viên Node.js.", "demand", id="cần tuyển"),
        P("Mình là freelancer 5 năm kinh nghiệm, nhận làm app Flutter.", "supply",
          id="what they are and for how long"),
        P("em la dev React Native 3 nam kinh nghiem, nhan job remote", "supply",
          id="without marks"),
        P("Tôi là một lập trình viên Vue với 6 năm kinh nghiệm.", "supply", id="tôi là một"),
    ],
)  # fmt: skip
def test_vietnamese_kind(text: str, kind: str) -> None:
    found = parse_kind(None, text)
    assert found is not None and found[0] == kind


def test_a_lead_who_needs_years_is_no_candidate() -> None:
    text = "Mình là dev lead của team, cần tuyển thêm 2 bạn có 3 năm kinh nghiệm ReactJS."
    assert parse_kind(None, text) == ("demand", "cần tuyển")


def _vetoes(text: str) -> list[str]:
    found = assess(title="Lập trình viên", company="Acme", text=text, url="https://x.test/1")
    return [flag.code for flag in found.flags if flag.hard]


@pytest.mark.parametrize(
    "text",
    [
        P("Ứng viên đóng phí đào tạo 500.000đ trước khi nhận việc.", id="training fee"),
        P("Tuyển kỹ sư IT đi Nhật. Đặt cọc 30 triệu để giữ chỗ.", id="deposit with its sum"),
        P("Nạp tiền làm đơn hàng, hoàn vốn + hoa hồng 10-30% ngay.", id="task top-up"),
        P("Tuyển CTV online. Chỉ liên hệ qua Zalo.", id="Zalo only"),
    ],
)  # fmt: skip
def test_vietnamese_requests_veto(text: str) -> None:
    assert _vetoes(text)


@pytest.mark.parametrize(
    "text",
    [
        P("Công ty chi trả phí đào tạo và chứng chỉ AWS.", id="the company pays"),
        P("Công ty không thu bất kỳ khoản phí nào, không yêu cầu đặt cọc.", id="none asked"),
        P("Phát triển tính năng nạp tiền và rút tiền cho ví điện tử.", id="a wallet's feature"),
    ],
)  # fmt: skip
def test_vietnamese_look_alikes_do_not_veto(text: str) -> None:
    assert not _vetoes(text)


@pytest.mark.parametrize(
    ("written", "floor"),
    [
        P("25 triệu/tháng", (25e6, "month", "VND"), id="triệu/tháng"),
        P("30tr/thang", (30e6, "month", "VND"), id="tr, without marks"),
        P("500.000đ/giờ", (500_000, "hour", "VND"), id="đ/giờ"),
        P("20 USD/giờ", (20, "hour", "USD"), id="dollars by the hour"),
    ],
)  # fmt: skip
def test_a_floor_in_vietnamese(written: str, floor: tuple[float, str, str]) -> None:
    found, currency = parse_floor(written, _CURRENCY_SIGNS, "USD", DEFAULT_FX_USD)
    assert (found.amount, found.unit, currency) == floor


@pytest.mark.parametrize(
    ("title", "role"),
    [
        P("Backend Developer (NodeJS) - Hợp đồng 6 tháng", "Backend Developer (NodeJS)",
          id="a contract's length"),
        P("Lập trình viên Flutter (Cộng tác viên)", "Lập trình viên Flutter", id="CTV"),
    ],
)  # fmt: skip
def test_an_intro_names_the_role_without_vietnamese_terms(title: str, role: str) -> None:
    assert quoted_role(title) == role
