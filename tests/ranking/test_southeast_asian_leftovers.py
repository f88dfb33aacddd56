"""Gaps South-East Asian postings showed: Thai, Chinese and Japanese texts, written
without spaces, counted by their characters for the short-text flag."""

from __future__ import annotations

import pytest

from warehouse.ranking._text import word_count
from warehouse.ranking.legitimacy import assess

P = pytest.param
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
