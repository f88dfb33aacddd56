"""A Taipei frontend freelancer's market: Taiwan's dollar as its posts write it (NT$, NTD,
新台幣, 元 in a post placed in Taiwan, 萬 counts), 104's pay lines (月薪, 年薪, 時薪, 經常性薪資),
Traditional Chinese terms (全職, 兼職, 約聘, 接案, 外包, 派遣), work modes (遠端, 混合辦公,
居家辦公, 需進辦公室), Taiwan's cities in Chinese, PTT's tags, and the scams of Taiwan's boards
(a deposit first, LINE as the one route) beside honest posts that name LINE as a channel."""

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
TAIPEI = Profile(
    skills=("typescript", "react", "vue"),
    roles=("frontend developer",),
    remote_only=False,
    locations=("Taipei", "Taiwan", "UTC+8"),
    currency="TWD",
    min_hourly_rate=1500.0,
)
TW = {"元": "TWD"}  # what a post placed in Taiwan means by 元 (regions.place_units)


@pytest.mark.parametrize(
    ("text", "units", "rate"),
    [
        P("月薪 NT$60,000 - 90,000", None, (60_000, 90_000, "month", "TWD"), id="NT$ a month"),
        P("時薪 NT$500 - 800", None, (500, 800, "hour", "TWD"), id="時薪"),
        P("NTD 1,500/hour", None, (1_500, 1_500, "hour", "TWD"), id="NTD"),
        P("預算：新台幣 80,000 元（可議）", None, (80_000, 80_000, "fixed", "TWD"), id="a budget"),
        P("工作待遇：月薪 55,000~70,000元", TW, (55_000, 70_000, "month", "TWD"),
          id="元 in Taiwan"),
        P("45,000~60,000 元/月", TW, (45_000, 60_000, "month", "TWD"), id="元/月"),
        P("年薪 150萬 - 200萬（保障年薪14個月）", TW, (1_500_000, 2_000_000, "year", "TWD"),
          id="萬 counted"),
        P("年薪 NT$150萬", None, (1_500_000, 1_500_000, "year", "TWD"), id="萬 with NT$"),
        P("待遇面議（經常性薪資達4萬元或以上）", TW, (40_000, 40_000, "month", "TWD"),
          id="104's negotiable line"),
        P("年薪 40万-60万元", None, (400_000, 600_000, "year", "CNY"),
          id="元 elsewhere is the yuan"),
    ],
)  # fmt: skip
def test_taiwan_dollars(
    text: str, units: dict[str, str] | None, rate: tuple[float, float, str, str]
) -> None:
    found = parse_rate(text, units=units)
    assert found is not None
    assert (found.min, found.max, found.period, found.currency) == rate


@pytest.mark.parametrize(
    "text",
    [
        P("平台已有 500萬用戶", id="a count of users"),
        P("年薪 150萬", id="萬 where no place says Taiwan"),
        P("待遇面議", id="negotiable"),
    ],
)
def test_no_taiwan_dollars(text: str) -> None:
    found = parse_rate(text, units=TW if "用戶" in text else None)
    assert found is None


@pytest.mark.parametrize("written", ["NT$1,500/hour", "NTD 1500/hour"])
def test_a_floor_in_taiwan_dollars(written: str) -> None:
    floor, currency = parse_floor(written, _CURRENCY_SIGNS, "USD", DEFAULT_FX_USD)
    assert (floor.amount, floor.unit, currency) == (1500, "hour", "TWD")


@pytest.mark.parametrize(
    ("text", "engagement"),
    [
        P("工作性質：全職", "full_time", id="全職"),
        P("正職 Full-time", "full_time", id="正職"),
        P("工作性質：兼職，每週約 20 小時", "part_time", id="兼職"),
        P("約聘 6 個月", "contract", id="約聘"),
        P("專案外包，待遇面議", "freelance", id="外包"),
        P("接案合作，按件計酬", "freelance", id="接案"),
        P("工作性質：全職（派遣）", "full_time", id="派遣 is the agency's employee"),
    ],
)  # fmt: skip
def test_taiwan_terms(text: str, engagement: str) -> None:
    found = parse_engagement("前端工程師", text)
    assert found is not None and found.engagement == engagement


def test_an_outsourcing_firm_is_no_freelance_work() -> None:
    assert parse_engagement("前端工程師", "本公司為外包公司，提供員工完整福利") is None


@pytest.mark.parametrize(
    ("location", "text", "scope"),
    [
        P("新竹市東區", "遠端工作：部分遠端，每週進辦公室 3 天", "hybrid", id="部分遠端"),
        P("臺北市大安區", "混合辦公，每週進公司 2 天", "hybrid", id="混合辦公"),
        P("新北市板橋區", "每週可居家辦公 2 天，其餘時間進辦公室", "hybrid", id="居家 days"),
        P("台北市信義區", "完全遠端（限台灣地區）", "region", id="完全遠端"),
        P(None, "遠端合作，透過 Slack 溝通。", "anywhere", id="遠端合作"),
        P("台北市內湖區", "遠端工作：無，需進辦公室", "onsite", id="no remote"),
        P("台中市西屯區", "需進辦公室", "onsite", id="需進辦公室"),
    ],
)  # fmt: skip
def test_taiwan_work_modes(location: str | None, text: str, scope: str) -> None:
    assert parse_remote(location, text, None).scope == scope


def test_remote_support_is_no_remote_work() -> None:
    assert parse_remote(None, "負責遠端監控系統與遠端協助客戶", None).scope is None


def _features(location: str, text: str, title: str = "前端工程師 Frontend Engineer") -> object:
    posting = Posting(
        source="check", source_id="1", url="https://example.com/1",
        title=title, location=location, text=text,
    )  # fmt: skip
    return understand(posting, TAIPEI, RankingSettings())


@pytest.mark.parametrize(
    ("place", "eligibility"),
    [
        P("台北市內湖區", "eligible", id="Neihu"),
        P("臺北市大安區", "eligible", id="臺北 written the old way"),
        P("新北市板橋區", "eligible", id="New Taipei is Taipei's metro"),
        P("新竹市東區", "not_eligible", id="Hsinchu"),
        P("台中市西屯區", "not_eligible", id="Taichung"),
        P("高雄市前鎮區", "not_eligible", id="Kaohsiung"),
    ],
)  # fmt: skip
def test_an_office_around_taipei(place: str, eligibility: str) -> None:
    assert (
        _features(place, "工作性質：全職\n需進辦公室\nReact、TypeScript").eligibility == eligibility
    )


def test_a_104_post_in_taipei_pays_taiwan_dollars_below_the_floor() -> None:
    found = _features("台北市中山區", "工作待遇：月薪 55,000~70,000元\n工作性質：全職\nReact")
    assert (found.rate_min, found.currency, found.rate_vs_floor) == (55_000, "TWD", "below")


def test_taichung_needs_its_city_word() -> None:
    found = parse_remote(None, "在平台中整合 React 元件。完全遠端。", None)
    assert found.scope == "anywhere" and found.regions == ()


@pytest.mark.parametrize(
    ("title", "text", "kind"),
    [
        P("[自介] 前端接案 Vue / React", "", "supply", id="PTT's self-intro"),
        P("【徵才】前端工程師", "", "demand", id="徵才"),
        P("[發案] 後台改版", "", "demand", id="發案"),
        P("網站設計", "本工作室承接各類網站專案", "supply", id="a studio takes on projects"),
        P("前端工程師", "誠徵前端工程師一名", "demand", id="誠徵"),
    ],
)  # fmt: skip
def test_taiwan_kinds(title: str, text: str, kind: str) -> None:
    found = parse_kind(title, text)
    assert found is not None and found[0] == kind


def _vetoes(text: str) -> list[str]:
    found = assess(title="前端工程師", company="雲橋數位", text=text, url="https://x.test/1")
    return [flag.code for flag in found.flags if flag.hard]


@pytest.mark.parametrize(
    "text",
    [
        P("錄取後需先繳保證金 NT$5,000，三個月後全額退還。", id="a deposit first"),
        P("首次需儲值 1,000 元開通帳號，每日收入 2,000 元。", id="a top-up to open an account"),
        P("只透過 LINE 聯繫，不需面試。", id="LINE as the one route"),
        P("加 LINE 領取任務，完成即可獲得佣金。", id="tasks handed out on LINE"),
    ],
)
def test_taiwan_requests_veto(text: str) -> None:
    assert _vetoes(text)


@pytest.mark.parametrize(
    "text",
    [
        P("應徵方式：請透過 104 投遞履歷，或加入公司官方 LINE 帳號詢問職缺。",
          id="LINE as a channel"),
        P("我們開發 LINE 官方帳號與 LINE Pay 串接的前端。", id="LINE as the product"),
        P("本公司不收取任何保證金或訓練費。", id="a fee refused"),
        P("教育訓練費用由公司負擔。", id="the company pays for training"),
        P("請繳交作品集與履歷。", id="a portfolio handed in"),
    ],
)  # fmt: skip
def test_honest_taiwan_posts_raise_no_veto(text: str) -> None:
    assert _vetoes(text) == []
