"""Gaps new users in Taipei, Dhaka, Riyadh and Casablanca found: a word between a day's pay
and its amount ("日領現金 NT$3,000"), a day's wage ("日薪", "daily income") that is no
contractor's day rate, Bdjobs' "Job Nature: Contractual (1 year)", a lakh spelled with its
thousands ("১ লাখ ২০ হাজার"), an outsourcing firm's self-description, goods bought for
someone and sent on abroad (代購), a non-Saudi nationality asked for, Darija's pay words
("الأجرة", "فالشهر"), and a town above work open wherever one lives ("où qu'ils soient")."""

from __future__ import annotations

import pytest

from extractors._contract import Posting
from warehouse.ranking.engagement import parse_engagement
from warehouse.ranking.features import Features, understand
from warehouse.ranking.legitimacy import assess
from warehouse.ranking.nationals import nationals_only
from warehouse.ranking.profile import Profile, RankingSettings
from warehouse.ranking.rates import parse_rate
from warehouse.ranking.remote import parse_remote

P = pytest.param
PROFILE = Profile(skills=("python", "sql"), roles=("data analyst",), remote_only=False)
MOROCCO = {"درهم": "MAD"}  # what a post placed in Morocco means by "درهم" (place_units)


def _features(title: str, text: str) -> Features:
    url = "https://example.com/1"
    posting = Posting(source="t", source_id="1", url=url, title=title, text=text)
    return understand(posting, PROFILE, RankingSettings())


@pytest.mark.parametrize(
    ("text", "units", "rate"),
    [
        P("薪資：日領現金 NT$3,000，活動結束當天發放。", None, (3_000, 3_000, "day", "TWD"),
          id="cash between the pay word and the amount"),
        P("遠端接案，報酬 NT$6,000/日。", None, (6_000, 6_000, "day", "TWD"), id="/日"),
        P("日薪 1,500元/天", {"元": "TWD"}, (1_500, 1_500, "day", "TWD"), id="/天"),
        P("বেতন: ১ লাখ ২০ হাজার টাকা (মাসিক)", None, (120_000, 120_000, "month", "BDT"),
          id="a lakh and its thousands in Bangla"),
        P("Salary: 1 lakh 20 thousand taka per month", None, (120_000, 120_000, "month", "BDT"),
          id="a lakh and its thousands in English"),
        P("মাসিক বেতন ৮০ হাজার - ১ লাখ ২০ হাজার টাকা", None, (80_000, 120_000, "month", "BDT"),
          id="a range's top"),
        P("الأجرة 8000 درهم فالشهر", MOROCCO, (8_000, 8_000, "month", "MAD"), id="فالشهر"),
        P("الأجرة الشهرية 6000 درهم", MOROCCO, (6_000, 6_000, "month", "MAD"),
          id="the monthly wage"),
        P("الأجرة 1500 درهم فالنهار", MOROCCO, (1_500, 1_500, "day", "MAD"), id="فالنهار"),
    ],
)  # fmt: skip
def test_pay_as_these_posts_write_it(
    text: str, units: dict[str, str] | None, rate: tuple[float, float, str, str]
) -> None:
    found = parse_rate(text, units=units)
    assert found is not None
    assert (found.min, found.max, found.period, found.currency) == rate


def test_a_lakh_keeps_only_its_own_thousands() -> None:
    found = parse_rate("CTC 12 lakh, a team of 20 thousand users.")
    assert found is not None and (found.min, found.max) == (1_200_000, 1_200_000)


def test_a_wage_by_experience_names_no_pay() -> None:
    assert parse_rate("الأجرة حسب الخبرة، 3 أيام فالشهر", units=MOROCCO) is None


@pytest.mark.parametrize(
    ("title", "text", "engagement"),
    [
        P("倉儲理貨員", "日薪 1,600 元，配合排班。", None, id="a labourer's day pay"),
        P("Home based work", "Daily income 1000-3000 taka, just share posts.", None,
          id="a daily income promised"),
        P("Python 顧問", "按日計酬 NT$8,000/日，為期兩個月。", "contract", id="a day rate"),
        P("Data Analyst", "Day rate £450, six months.", "contract", id="an English day rate"),
        # an internship's hours are its terms, as people label them ("6-month full time
        # internship" is full-time); one that names none names none, in Chinese too
        P("Intern - Data Analyst", "Job Nature: Full-time\nStipend: BDT 10,000/month",
          "full_time", id="an internship's hours"),
        P("數據分析實習生", "實習期三個月，熟悉 SQL。", None, id="實習"),
        P("数据分析实习生", "实习期3个月，熟悉 SQL。", None, id="实习"),
        P("Data Analyst", "Job Nature: Contractual (1 year)\nSalary: Tk. 80000 (Monthly)",
          "contract", id="Bdjobs' job nature with its length"),
    ],
)  # fmt: skip
def test_terms(title: str, text: str, engagement: str | None) -> None:
    assert _features(title, text).engagement == engagement


@pytest.mark.parametrize(
    ("text", "engagement"),
    [
        P("我們是一家軟體外包服務公司，徵後端工程師。", None, id="an outsourcing services firm"),
        P("我們是外包廠商，需要前端工程師。", None, id="an outsourcing vendor"),
        P("本公司承接外包專案，徵求 React 工程師。", None, id="a firm that takes outsourced work"),
        P("本案外包，預算 5 萬。", "freelance", id="work outsourced"),
        P("誠徵外包設計師", "freelance", id="an outsourced designer sought"),
    ],
)  # fmt: skip
def test_outsourcing(text: str, engagement: str | None) -> None:
    found = parse_engagement(None, text)
    assert (found.engagement if found else None) == engagement


def _reshipping(text: str) -> bool:
    found = assess(title="工作", company=None, text=text, url=None, provenance="aggregator")
    return any(flag.code == "reshipping" and flag.hard for flag in found.flags)


@pytest.mark.parametrize(
    ("text", "vetoed"),
    [
        P("在家兼職：幫公司代購商品並寄到海外，每單佣金 NT$500。", True,
          id="bought and sent abroad"),
        P("在家工作：代收包裹，收到後依指示轉寄，每件 200 元。", True, id="taken in and forwarded"),
        P("我們是日本商品代購平台，協助會員收到包裹後轉寄海外，徵求後端工程師。", False,
          id="a buying platform's own trade"),
        P("代購助理：負責日本代購商品的訂單處理與客服。", False, id="a buying shop's assistant"),
        P("倉庫理貨員：收到商品後分類上架，出貨到全台門市。", False, id="a warehouse"),
    ],
)  # fmt: skip
def test_goods_bought_or_taken_in_and_sent_on(text: str, vetoed: bool) -> None:
    assert _reshipping(text) is vetoed


@pytest.mark.parametrize(
    ("text", "only"),
    [
        P("الشروط: أن يكون المتقدم سعودي الجنسية.", True, id="a Saudi asked for"),
        P("مطلوب محاسب غير سعودي الجنسية، إقامة قابلة للنقل.", False, id="a non-Saudi asked for"),
        P("مطلوب مطور غير إماراتي الجنسية.", False, id="a non-Emirati asked for"),
    ],
)  # fmt: skip
def test_a_nationality_refused_is_no_nationals_only_role(text: str, only: bool) -> None:
    assert bool(nationals_only(text)) is only


@pytest.mark.parametrize(
    ("text", "scope", "regions"),
    [
        P("Mission 100 % à distance, ouverte aux freelances francophones où qu'ils soient.",
          "anywhere", (), id="open to French speakers wherever they are"),
        P("Fully remote mission, open to freelancers wherever they are.", "anywhere", (),
          id="the same in English"),
        P("Full remote. We help clients wherever they are.", "region", ("FR",),
          id="the clients' wherever"),
        P("Télétravail complet, ouvert aux francophones résidant en France.", "region", ("FR",),
          id="a residence asked"),
    ],
)  # fmt: skip
def test_a_town_above_work_open_wherever_one_lives_is_the_office(
    text: str, scope: str, regions: tuple[str, ...]
) -> None:
    found = parse_remote("Nantes, France", text, None)
    assert (found.scope, found.regions) == (scope, regions)
