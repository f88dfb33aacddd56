"""Korean postings as Wishket, Wanted, Saramin and community boards write them: 프리랜서,
외주(도급) and 위임 terms, 계약직 and 파견, 재택/원격/상주 with particles joined to the word,
prices in 만원 with the period first ("월 단가 600~800만원"), a floor written "월 600만원",
and the scams of Korean side-job ads (교육비 선입금, 카카오톡 오픈채팅, 통장 대여)."""

from __future__ import annotations

import pytest

from extractors._contract import Posting
from flows.config import _CURRENCY_SIGNS, parse_config
from warehouse.ranking.engagement import Duration, parse_duration, parse_engagement
from warehouse.ranking.features import Features, understand
from warehouse.ranking.floors import parse_floor
from warehouse.ranking.foreign_titles import in_english
from warehouse.ranking.kind import parse_kind
from warehouse.ranking.legitimacy import assess
from warehouse.ranking.profile import DEFAULT_FX_USD
from warehouse.ranking.rates import parse_rate
from warehouse.ranking.remote import parse_remote


@pytest.mark.parametrize(
    ("text", "engagement"),
    [
        ("예상 금액 2,000만원 · 외주(도급)\n재택 원격으로 진행", "freelance"),
        ("계약 형태: 위임계약 (사업소득 3.3% 공제)\n기간: 4개월", "freelance"),
        ("IT프리랜서로 참여하실 분", "freelance"),
        ("고용형태: 계약직 (1년, 정규직 전환 가능)", "contract"),
        ("고용형태: 파견직\n근무지: 고객사", "full_time"),
        ("고용형태: 아르바이트(파트타임)\n시급 35,000원", "part_time"),
        # an in-house team that outsources nothing is no freelance work
        ("외주 없이 자체 개발하는 팀입니다. 고용형태: 정규직", "full_time"),
    ],
)
def test_korean_terms_of_work_are_read(text: str, engagement: str) -> None:
    offer = parse_engagement(None, text)
    assert offer is not None and offer.engagement == engagement


@pytest.mark.parametrize(
    ("location", "text", "scope"),
    [
        ("", "100% 재택근무, 주 1회 온라인 회의", "anywhere"),
        ("", "프리랜서 비상주 계약 / 4개월", "anywhere"),
        ("", "예산 3,000만원 / 상주 없음, 원격 협업", "anywhere"),
        ("서울 송파구", "근무형태: 주 2회 출근 하이브리드", "hybrid"),
        ("서울 서초구", "정규직\n재택근무 주 3일", "hybrid"),
        ("서울 강남구", "주 2회 출근, 나머지 재택", "hybrid"),
        ("세종특별자치시", "프리랜서 / 상주 필수 / 재택 불가", "onsite"),
        ("부산 해운대구", "정규직 / 재택근무 불가", "onsite"),
        ("서울 영등포구", "계약형태: 프리랜서 (상주)\n근무지: 여의도 고객사 상주", "onsite"),
        # a remote-control product is no remote work
        ("서울 구로구", "원격 제어 솔루션 개발. 사무실 출근.", "onsite"),
    ],
)
def test_korean_ways_of_working_are_read(location: str, text: str, scope: str) -> None:
    assert parse_remote(location, text, None).scope == scope


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("월 단가 600~800만원", (6_000_000.0, 8_000_000.0, "month")),
        ("예상 금액 2,000만원 · 예상 기간 60일", (20_000_000.0, 20_000_000.0, "fixed")),
        ("예상비용: 1,500만원\n진행기간: 45일", (15_000_000.0, 15_000_000.0, "fixed")),
        ("시급 35,000원", (35_000.0, 35_000.0, "hour")),
        ("연봉 5,500~7,000만원", (55_000_000.0, 70_000_000.0, "year")),
        # 억 (10^8) and 천 (1,000) inside a man: "1억 2천만원" is 120 million
        ("연봉 1억", (100_000_000.0, 100_000_000.0, "year")),
        ("월 1천만원", (10_000_000.0, 10_000_000.0, "month")),
        ("연봉 5천만원~7천만원", (50_000_000.0, 70_000_000.0, "year")),
        ("연봉 8천만 ~ 1억 2천만원", (80_000_000.0, 120_000_000.0, "year")),
        ("연봉: 1억 5,000만원 (협의 가능)", (150_000_000.0, 150_000_000.0, "year")),
        ("연봉 4천5백만원", (45_000_000.0, 45_000_000.0, "year")),
        ("연봉 1억2천", (120_000_000.0, 120_000_000.0, "year")),
        ("예산 3천만원 / 기간 3개월", (30_000_000.0, 30_000_000.0, "fixed")),
        # man counts won with no 원 after it, as 억 does
        ("단가: 월 650만 (협의 가능)", (6_500_000.0, 6_500_000.0, "month")),
        ("월 450~550만 / 원격 근무", (4_500_000.0, 5_500_000.0, "month")),
        ("연봉 7,000만 이상, 스톡옵션 별도", (70_000_000.0, None, "year")),
    ],
)
def test_korean_prices_are_read_with_their_period(
    text: str, expected: tuple[float, float, str]
) -> None:
    rate = parse_rate(text)
    assert rate is not None
    assert (rate.min, rate.max, rate.period, rate.currency) == (*expected, "KRW")


@pytest.mark.parametrize(
    ("written", "amount", "unit"),
    [
        ("월 600만원", 6_000_000.0, "month"),
        ("600만원/월", 6_000_000.0, "month"),
        ("시급 5만원", 50_000.0, "hour"),
        ("연봉 8,000만원", 80_000_000.0, "year"),
        ("월 ₩6,000,000", 6_000_000.0, "month"),
    ],
)
def test_a_floor_is_written_as_a_korean_would(written: str, amount: float, unit: str) -> None:
    known = {*DEFAULT_FX_USD, *_CURRENCY_SIGNS.values()}
    floor, currency = parse_floor(written, _CURRENCY_SIGNS, "KRW", known)
    assert (floor.amount, floor.unit, currency) == (amount, unit, "KRW")


def test_eok_with_or_above_is_a_floor() -> None:
    rate = parse_rate("연봉 1억원 이상")
    assert rate is not None
    assert (rate.min, rate.max, rate.period, rate.currency) == (100_000_000.0, None, "year", "KRW")


@pytest.mark.parametrize(
    "text",
    [
        "누적 사용자 1천만 명, 월 거래액 1억 원 돌파",
        "시리즈 A 50억 투자 유치",
        "작년 매출 30억, 직원 40명",
    ],
)
def test_sales_users_and_funding_in_eok_are_no_pay(text: str) -> None:
    assert parse_rate(text) is None


@pytest.mark.parametrize(
    ("text", "regions"),
    [
        ("근무지: 서울 원격\n프리랜서 6개월", ("KR",)),
        ("경기 지역 원격근무 가능, 월 2회 판교 미팅", ("KR",)),
        ("서울/경기 원격 가능한 React 개발자 구합니다", ("KR",)),
        ("국내 원격 근무 (해외 거주자 불가)", ("KR",)),
        ("근무 형태: 인천·경기 원격근무", ("KR",)),
        # an office day a month: one lives in the office's country
        ("원격근무, 월 1회 강남 사무실 출근", ("KR",)),
    ],
)
def test_a_korean_place_before_remote_limits_it(text: str, regions: tuple[str, ...]) -> None:
    scope = parse_remote("", text, None)
    assert (scope.scope, scope.regions) == ("region", regions)


@pytest.mark.parametrize(
    "text", ["원격 협업 툴(슬랙, 노션) 사용, 지역 무관 원격", "해외 거주자도 가능, 100% 원격 근무"]
)
def test_korean_remote_with_no_place_before_it_is_anywhere(text: str) -> None:
    assert parse_remote("", text, None).scope == "anywhere"


def test_a_job_seekers_post_on_a_community_board_is_supply() -> None:
    found = parse_kind("[구직] 10년차 풀스택 개발자 프리랜서 프로젝트 구합니다", "재택 선호.")
    assert found is not None and found[0] == "supply"


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("업무 시작 전 교육비 5만원 선입금 필수.", "pay_to_work"),
        ("등록 수수료 3만원 입금 후 바로 업무 시작 가능합니다.", "pay_to_work"),
        ("개인 통장 대여 시 월 300만원 지급.", "fake_check"),
        ("신분증 사본과 통장 사본을 카톡으로 보내주세요.", "personal_data"),
        ("하루 2시간 재택 부업으로 고수익 보장.", "earnings_hype"),
    ],
)
def test_korean_side_job_scams_are_flagged(text: str, code: str) -> None:
    flags = {flag.code for flag in assess(title="재택 알바", company=None, text=text).flags}
    assert code in flags


def test_a_korean_post_that_refuses_fees_is_no_scam() -> None:
    text = (
        "스타트업 앱 개발입니다. 월 700만원, 원격 근무.\n"
        "지원은 위시켓 프로젝트 페이지에서 해주세요. 선입금이나 수수료는 일절 요구하지 않습니다."
    )
    found = assess(title="React Native 앱 개발 프리랜서", company=None, text=text)
    assert not any(flag.hard for flag in found.flags)
    assert found.legitimacy >= 0.5


@pytest.mark.parametrize(
    "text",
    [
        "월 방문자 300만 명의 서비스를 운영합니다.",
        "월 100만 명이 쓰는 앱",
        "누적 다운로드 500만 회",
    ],
)
def test_man_counting_people_or_times_is_no_pay(text: str) -> None:
    assert parse_rate(text) is None


@pytest.mark.parametrize(
    ("text", "months", "weeks"),
    [
        ("예상 기간: 60일\n예상 금액: 1,500만원", 2, 9),
        ("계약 기간: 6개월 (연장 가능)", 6, None),
        ("근무형태: 상주\n6개월간 역삼동 고객사", 6, None),
        ("계약직 1년, 정규직 전환 검토", 12, None),
        ("희망 작업 기간: 2주", 1, 2),
        ("3~6개월 프로젝트", 3, None),
        ("契約期間：6ヶ月（更新あり）", 6, None),
    ],
)
def test_a_korean_or_japanese_length_of_work_is_read(
    text: str, months: int, weeks: int | None
) -> None:
    assert parse_duration(text) == Duration(months, weeks)


@pytest.mark.parametrize(
    "text",
    [
        "경력 3년 이상, React 필수",  # experience
        "경력 6개월 이상",
        "1년 이상 경력자 우대",
        "수습기간 3개월, 정규직",  # a trial before the job
        "실무경험 2년",
        "実務経験3年以上",
        "급여일: 매월 25일",  # a day uncued is a date
        "주 3일 출근, 2주에 1회 회의",  # days a week, a meeting's rhythm
        "창립 10주년",  # an anniversary
        # a trial's length, then days a week after it
        "정규직 / 수습기간 3개월 / 주 5일 출근",
    ],
)
def test_experience_trials_and_rhythms_are_no_length(text: str) -> None:
    assert parse_duration(text) is None


@pytest.mark.parametrize(
    ("title", "english"),
    [
        ("프론트엔드 개발자", ["Frontend Developer"]),
        ("웹 프론트엔드 개발자 (React)", ["Frontend Developer"]),
        ("핀테크 프론트엔드 상주 개발자", ["Frontend Developer"]),
        ("백엔드개발자 (Node.js)", ["Backend Developer"]),
        ("React 개발자 모집", ["React Developer"]),
        ("풀스택 엔지니어", ["Full Stack Engineer"]),
        ("서버 개발자", ["Backend Developer"]),
        # a development project names no trade; a field inside a word is no field
        ("프론트엔드 개발 프로젝트", []),
        ("바이오데이터 엔지니어", []),
    ],
)
def test_korean_titles_are_named_in_english(title: str, english: list[str]) -> None:
    assert in_english(title) == english


def _seoul_frontend(location: str, title: str, text: str) -> Features:
    config = parse_config(
        {
            "profile": {
                "roles": ["frontend developer"],
                "locations": ["Seoul", "South Korea"],
                "remote_only": False,
                "currency": "KRW",
                "min_rate": "월 700만원",
            }
        }
    )
    posting = Posting(
        source="test", source_id="1", url="https://x.test/1", title=title, text=text,
        location=location,
    )  # fmt: skip
    return understand(posting, config.profile, config.ranking)


@pytest.mark.parametrize("location", ["판교", "경기 성남시 분당구", "Pangyo, Gyeonggi"])
def test_an_office_in_pangyo_or_bundang_is_within_seouls_commute(location: str) -> None:
    features = _seoul_frontend(location, "프론트엔드 개발자", "정규직, 사무실 출근")
    assert (features.eligibility, features.relevant) == ("eligible", True)


@pytest.mark.parametrize("location", ["부산 해운대구", "대구 수성구", "대전 유성구"])
def test_an_office_in_another_korean_city_is_not_near_seoul(location: str) -> None:
    features = _seoul_frontend(location, "프론트엔드 개발자", "계약직, 상주 필수")
    assert features.eligibility == "not_eligible"


@pytest.mark.parametrize("location", ["원격", "재택근무", "풀리모트", "비상주"])
def test_a_korean_remote_word_as_the_location_is_remote_work(location: str) -> None:
    assert parse_remote(location, "프론트엔드 외주", None).scope == "anywhere"
    # on a Korean board, remote work in Korea
    scope = parse_remote(location, "프론트엔드 외주", None, market="KR")
    assert (scope.scope, scope.regions) == ("region", ("KR",))


@pytest.mark.parametrize(
    ("pay", "amount", "period"),
    [
        # a card's labelled pay as an alert keeps it: the label names the period
        ("희망 예산: 1,500만원", 15_000_000, "fixed"),
        ("예상 금액: 800만원", 8_000_000, "fixed"),
        ("시급: 5만원", 50_000, "hour"),
        ("월 단가: 700만원", 7_000_000, "month"),
    ],
)
def test_a_korean_labelled_pay_is_read_with_its_label(pay: str, amount: float, period: str) -> None:
    rate = parse_rate(pay)
    assert rate is not None and (rate.min, rate.period, rate.currency) == (amount, period, "KRW")
