"""Places and pay the readers missed: Russian country names in their cases, Vietnamese
remote and now-and-then office days, a country's shift beside where one works, an
allowance named by what it pays for, and a Chinese total price."""

from __future__ import annotations

import pytest

from warehouse.ranking.rates import parse_rate
from warehouse.ranking.regions import place_units
from warehouse.ranking.remote import parse_remote, read_places

P = pytest.param


@pytest.mark.parametrize(
    ("text", "places"),
    [
        P("из Грузии или Армении", ["GE", "AM"], id="genitive -ии"),
        P("офис в Казахстане", ["KZ"], id="locative consonant"),
        P("только граждане Узбекистана", ["UZ"], id="genitive -а"),
        P("по Украине", ["UA"], id="dative -е"),
        P("из Азербайджана или Беларуси", ["AZ", "BY"], id="-а and soft sign"),
        P("работа из Польши", ["PL"], id="-ша takes -и"),
        P("с Арменией", ["AM"], id="instrumental"),
    ],
)  # fmt: skip
def test_russian_case_forms(text: str, places: list[str]) -> None:
    assert read_places(text) == places


@pytest.mark.parametrize(
    "text",
    [
        P("Доставка грузов по всей стране.", id="груз is cargo"),
        P("Работа с армейскими заказчиками.", id="no country stem"),
    ],
)  # fmt: skip
def test_russian_words_that_are_no_country(text: str) -> None:
    assert read_places(text) == []


@pytest.mark.parametrize(
    ("location", "text", "scope", "regions"),
    [
        P("Удалённо", "QA-инженер\nУдалённая работа из России или Беларуси.", "region",
          ("RU", "BY"), id="ru remote from"),
        P("Віддалено", "QA\nВіддалена робота з України.", "region", ("UA",), id="uk remote from"),
        P(None, "Lập trình viên\nHình thức: làm từ xa 100%.", "anywhere", (), id="vi làm từ xa"),
        P("TP. Hồ Chí Minh", "Thiết kế\nCó thể làm từ xa, thỉnh thoảng lên văn phòng ở Quận 1.",
          "hybrid", ("VN",), id="vi now and then at the office"),
        P(None, "Agent\nRemote from Pakistan, UK shift (2pm-11pm PKT).", "region", ("PK",),
          id="a country's shift"),
        P(None, "Agent\nRemote from India, US hours.", "region", ("IN",), id="a country's hours"),
        P(None, "Agent\nRemote - US or Canada.", "region", ("US", "CA"), id="two places"),
        P(None, "Agent\nRemote (US time zones).", "region", ("US",), id="hours alone"),
        P(None, "Agent\nRemote (US timezones, LatAm/Canada ok).", "region", ("Americas",),
          id="time zones are where one lives"),
        P(None, "Agent\nRemote (EU, UK hours).", "region", ("EU",), id="a bloc and a shift"),
    ],
)  # fmt: skip
def test_where_remote_work_is(
    location: str | None, text: str, scope: str, regions: tuple[str, ...]
) -> None:
    found = parse_remote(location, text, None)
    assert (found.scope, found.regions) == (scope, regions)


def test_office_days_in_vietnamese_without_remote_stay_onsite() -> None:
    found = parse_remote("Hà Nội", "Kế toán\nLàm việc tại văn phòng Cầu Giấy, thứ 2 - thứ 6.", None)
    assert found.scope == "onsite"


@pytest.mark.parametrize(
    ("text", "rate"),
    [
        P("Salary: UGX 800,000/=, transport 100,000/= per month.",
          (800_000, 800_000, "month", "UGX"), id="transport before its sum"),
        P("Salary UGX 1,200,000/= per month, lunch 150,000/= per month.",
          (1_200_000, 1_200_000, "month", "UGX"), id="lunch before its sum"),
        P("Salary: UGX 600,000 - 900,000/= per month.", (600_000, 900_000, "month", "UGX"),
          id="a range stays one"),
        P("專案期間3個月，總價 NT$90,000，可遠端。", (90_000, 90_000, "fixed", "TWD"),
          id="總價 a total price"),
        P("月薪 NT$60,000，年終兩個月。", (60_000, 60_000, "month", "TWD"), id="月薪 a month's"),
    ],
)  # fmt: skip
def test_pay_beside_allowances_and_totals(text: str, rate: tuple[float, float, str, str]) -> None:
    found = parse_rate(text, units=place_units(("UG",)))
    assert found is not None
    assert (found.min, found.max, found.period, found.currency) == rate
