"""Gaps South-East Asian postings showed: Thai, Chinese and Japanese texts, written
without spaces, counted by their characters for the short-text flag; Simplified Chinese
(mainland, Singapore, Malaysia) read as Traditional is; Thai home days, a Thai nationwide
post, Malay reshipping, and the bare "$" of a post placed in Singapore."""

from __future__ import annotations

import pytest

from extractors._contract import Posting
from warehouse.ranking._text import word_count
from warehouse.ranking.engagement import parse_engagement
from warehouse.ranking.features import understand
from warehouse.ranking.legitimacy import assess
from warehouse.ranking.profile import Profile, RankingSettings
from warehouse.ranking.rates import parse_rate
from warehouse.ranking.remote import parse_remote

P = pytest.param
SINGAPORE = Profile(skills=("python",), locations=("Singapore",), currency="SGD")
THAI_PARAGRAPH = (
    "ทีมของเราพัฒนาระบบจัดการคลังสินค้าสำหรับร้านค้าออนไลน์ขนาดกลาง กำลังมองหานักพัฒนาที่เขียนไพทอน"
    "ได้คล่อง ดูแลเอพีไอและฐานข้อมูล เขียนชุดทดสอบ และทำงานร่วมกับทีมออกแบบเพื่อวางแผนฟีเจอร์ใหม่ทุกเดือน "
    "ผู้สมัครควรมีประสบการณ์อย่างน้อยสองปีและสื่อสารภาษาอังกฤษได้"
)
CHINESE_PARAGRAPH = (
    "我们为连锁餐厅开发点餐与会员系统，现招聘后端工程师。你将负责订单服务的接口设计、数据库优化和自动化测试，"
    "并与前端及产品同事一起规划每月的新功能。希望你有两年以上开发经验，熟悉常用的数据库和缓存。"
)
JAPANESE_PARAGRAPH = (
    "私たちは飲食店向けの予約管理サービスを運営しています。バックエンドエンジニアとして、予約APIの設計と実装、"
    "データベースの改善、自動テストの整備を担当していただきます。企画から運用まで幅広く関われる環境です。"
)


@pytest.mark.parametrize(
    ("text", "words"),
    [
        P("Join our team today", 4, id="spaced words"),
        P("งานง่าย รายได้ดี ทักไลน์", 5, id="Thai by its characters"),
        P("招兼职，日结", 3, id="Chinese by its characters"),
        P("Python 工程师", 2, id="a Latin word beside them"),
        P(" ".join(["word"] * 80), 51, id="past the limit, one more"),
    ],
)
def test_words_are_counted_by_characters_where_no_space_parts_them(text: str, words: int) -> None:
    assert word_count(text, 50) == words


@pytest.mark.parametrize("text", [THAI_PARAGRAPH, CHINESE_PARAGRAPH, JAPANESE_PARAGRAPH])
def test_a_full_paragraph_without_spaces_is_no_short_text(text: str) -> None:
    found = assess(title="Backend Developer", company="Acme", text=text, provenance="employer")
    assert "short_text" not in {flag.code for flag in found.flags}


@pytest.mark.parametrize("text", ["รับสมัครด่วน ทักไลน์", "招兼职，私聊", "在宅ワーク"])
def test_a_few_words_without_spaces_are_still_short(text: str) -> None:
    found = assess(title="Backend Developer", company="Acme", text=text, provenance="employer")
    assert "short_text" in {flag.code for flag in found.flags}


@pytest.mark.parametrize(
    ("text", "scope"),
    [
        P("全职，可远程，每季度线下聚会一次", "anywhere", id="remote possible"),
        P("工作方式：远程办公", "anywhere", id="remote office"),
        P("混合办公（每周在家两天）", "hybrid", id="hybrid"),
        P("部分远程，每周进公司两天", "hybrid", id="partly remote"),
        P("负责远程监控平台开发，需到公司办公，不支持远程", "onsite", id="remote refused"),
        P("开发远程控制模块的固件", None, id="remote control is a product"),
    ],
)  # fmt: skip
def test_simplified_chinese_work_modes(text: str, scope: str | None) -> None:
    assert parse_remote(None, text, None).scope == scope


@pytest.mark.parametrize(
    ("text", "rate"),
    [
        P("时薪 200-300元", (200, 300, "hour"), id="hourly"),
        P("月薪 25,000-35,000元", (25000, 35000, "month"), id="monthly"),
        P("项目预算：8,000元", (8000, 8000, "fixed"), id="a project's budget"),
    ],
)  # fmt: skip
def test_simplified_chinese_pay_periods(text: str, rate: tuple[float, float, str]) -> None:
    found = parse_rate(text)
    assert found is not None
    assert (found.min, found.max, found.period, found.currency) == (*rate, "CNY")


@pytest.mark.parametrize(
    ("text", "engagement"),
    [
        P("招聘兼职工读生", "part_time", id="part-time"),
        P("正职，五险一金", "full_time", id="a permanent post"),
        P("约聘一年，可续约", "contract", id="a fixed term"),
    ],
)  # fmt: skip
def test_simplified_chinese_terms(text: str, engagement: str) -> None:
    offer = parse_engagement(None, text)
    assert offer is not None and offer.engagement == engagement


@pytest.mark.parametrize(
    ("text", "scope"),
    [
        P("รูปแบบการทำงาน: Hybrid (WFH 3 วัน/สัปดาห์)", "hybrid", id="Thai home days"),
        P("Hybrid (WFH 2 days/week)", "hybrid", id="home days counted"),
        P("ทำงานที่บ้านสัปดาห์ละ 2 วัน", "hybrid", id="home two days a week"),
        P("WFH 100%", "region", id="all from home"),
        P("WFH 5 วัน/สัปดาห์", "region", id="a whole week from home"),
    ],
)  # fmt: skip
def test_days_from_home_counted_are_hybrid(text: str, scope: str) -> None:
    assert parse_remote("กรุงเทพมหานคร", text, None).scope == scope


def test_a_thai_nationwide_remote_post_is_thailand() -> None:
    text = "รับสมัครผู้สมัครจากทั่วประเทศ ทำงานที่บ้านได้ 100%\nเงินเดือน 35,000 บาท"
    found = parse_remote(None, text, None)
    assert (found.scope, found.regions) == ("region", ("TH",))
    # branches across the country are the company's reach, not remote work
    assert parse_remote(None, "ร้านค้าปลีกที่มีสาขาทั่วประเทศ", None).scope is None


@pytest.mark.parametrize(
    ("text", "reships"),
    [
        P("Tugas anda: terima bungkusan di rumah anda dan hantar semula ke luar negara.", True,
          id="parcels sent on abroad"),
        P("Ejen diperlukan untuk menerima bungkusan di rumah dan menghantar semula bungkusan itu.",
          True, id="the prefixed verbs"),
        P("Terima bungkusan di rumah, tukar label dan pos ke alamat yang kami beri.", True,
          id="relabelled"),
        P("Kerani gudang: terima bungkusan daripada pembekal dan hantar ke pelanggan.", False,
          id="a warehouse's own trade"),
        P("Sila hantar semula resume anda. Kami menerima permohonan dari luar negara.", False,
          id="a resume sent again"),
    ],
)  # fmt: skip
def test_malay_reshipping(text: str, reships: bool) -> None:
    found = assess(title="Kerja dari rumah", company=None, text=text, provenance="community")
    assert ("reshipping" in {flag.code for flag in found.flags if flag.hard}) is reships


@pytest.mark.parametrize(
    ("location", "text", "currency"),
    [
        P("Singapore", "Salary: $7,000 - $9,500 per month", "SGD", id="a bare dollar in Singapore"),
        P("Singapore", "Rate: US$55-70/hour", "USD", id="US dollars named"),
        P("Remote - US or Singapore", "$150,000-$180,000 for US hires", "USD", id="not alone"),
    ],
)  # fmt: skip
def test_singapore_posts_write_their_dollar_bare(location: str, text: str, currency: str) -> None:
    posting = Posting(
        source="check",
        source_id="1",
        url="https://example.test/1",
        title="Backend Engineer",
        company="Merlion Pay",
        location=location,
        text=text,
    )
    assert understand(posting, SINGAPORE, RankingSettings()).currency == currency
