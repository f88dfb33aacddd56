"""Drafts in Chinese: Traditional characters to Taiwan and Hong Kong, Simplified to the
mainland, Singapore and Malaysia, as the posting, then the contact, shows which; 您 to a
loose tie and 你 to a friend; the whole name in characters, the given name of a
romanised one in either order ("Ho Yin Chan", "Chan Ho Yin")."""

from datetime import UTC, datetime

import pytest

from extractors._language import written_in
from tests.warehouse.intro_facts import intro_facts
from warehouse.intro import called, draft_language, draft_register, render_intro
from warehouse.intro_chinese import HONG_KONG, SIMPLIFIED, TRADITIONAL, written_variant
from warehouse.intro_names import first_name
from warehouse.intro_settings import IntroSettings
from warehouse.ranking.profile import Profile

TODAY = datetime(2026, 12, 7, tzinfo=UTC)
TAIPEI = Profile(
    roles=["ui designer"], skills=["figma", "design systems"], engagements=["freelance"],
    remote_only=True, locations=["TW", "EU"],
)  # fmt: skip
AUTO = IntroSettings(name="Yu-Ting Hsu")
HANT = "徵求接案 UI 設計師，負責電商網站介面改版，遠端合作，請附上作品集連結。"
HANS = "寻找兼职UI设计师，负责电商网站界面改版，远程合作，请附上作品集链接。"
NEUTRAL = "招募前端工程人才，可在家工作"  # no character the two write apart
ENGLISH = "We are looking for a UI designer to redesign our shop. Remote, freelance."


def test_chinese_characters_without_kana_are_chinese() -> None:
    assert written_in(HANT) == written_in(HANS) == "zh"
    assert written_in("UIデザイナーを募集しています。リモート可能です。") == "ja"
    assert written_in("経理担当者募集") is None  # a Japanese title in kanji alone
    assert written_in("Senior Designer at 雲橋數位") != "zh"  # a company's name says nothing
    assert written_variant(HANT) == TRADITIONAL and written_variant(HANS) == SIMPLIFIED
    assert written_variant("招募人才") is None


def test_a_traditional_request_greets_the_whole_name_with_nin() -> None:
    facts = intro_facts(
        "黃詩涵", country="TW", title="接案 UI 設計師", text=HANT, role_at="產品經理 at 雲橋數位",
        connected=datetime(2021, 5, 1, tzinfo=UTC),
    )  # fmt: skip
    language, line = draft_language(facts, AUTO, TAIPEI)
    assert language == TRADITIONAL and line.startswith("In Traditional Chinese: the posting")
    draft = render_intro(facts, AUTO, TAIPEI, TODAY)
    assert draft.startswith("黃詩涵，您好！\n\n冒昧打擾：我們從2021年起就是 LinkedIn 聯絡人")
    assert "Acme正在招募「接案 UI 設計師」職缺，希望能以接案方式提供協助。" in draft
    note = draft.split("---")[1]
    assert "我目前以接案方式在設計領域工作，專長是Figma、design systems。" in note
    assert "可遠端工作（台灣、歐盟）。" in note
    assert "履歷或作品集" in note and "简" not in draft


def test_a_simplified_draft_to_whoever_posted_it_greets_a_western_name() -> None:
    facts = intro_facts("Kevin Wang", country="SG", title="兼职平面设计师", text=HANS, hiring=True)
    assert draft_language(facts, AUTO, TAIPEI)[0] == SIMPLIFIED
    draft = render_intro(facts, AUTO, TAIPEI, TODAY)
    assert draft.startswith("Kevin，您好！\n\n我看到您发布的“兼职平面设计师”职位：")
    assert "可远程工作（台湾、欧盟）。" in draft and "简历或作品集" in draft


def test_a_friend_gets_ni_and_the_note_below_stays_formal() -> None:
    facts = intro_facts("黃詩涵", country="TW", text=HANT, ties_kinds=("facebook:friend",))
    assert draft_register(facts, TRADITIONAL)[0] == "informal"
    head, note = render_intro(facts, AUTO, TAIPEI, TODAY).split("---")
    assert head.startswith("黃詩涵，你好！") and "您" not in head and "能否請你" in head
    assert note.strip().startswith("您好，我是Yu-Ting Hsu。")


@pytest.mark.parametrize(
    ("changes", "variant", "why"),
    [
        ({"country": "HK"}, HONG_KONG, "Ho Yin's address is in Hong Kong"),
        ({"country": "MY", "hiring": True}, SIMPLIFIED, "Ho Yin's address is in Malaysia"),
        ({"domains": ("studio.com.tw",)}, TRADITIONAL, "Ho Yin's e-mail is at studio.com.tw"),
        ({"hiring": True}, SIMPLIFIED, "most who read Chinese read Simplified"),
    ],
)
def test_a_posting_whose_characters_say_neither_goes_by_the_contact(
    changes: dict[str, object], variant: str, why: str
) -> None:
    facts = intro_facts("Chan Ho Yin", title="前端工程", text=NEUTRAL, **changes)
    language, line = draft_language(facts, AUTO, TAIPEI)
    assert language == variant and why in line


def test_the_posting_characters_outweigh_where_the_contact_lives() -> None:
    facts = intro_facts("李偉", country="CN", text=HANT, hiring=True)
    assert draft_language(facts, AUTO, TAIPEI)[0] == TRADITIONAL


def test_a_chinese_posting_to_someone_nothing_says_reads_it_is_in_english() -> None:
    facts = intro_facts("Anna Berg", country="SE", text=HANT)
    assert draft_language(facts, AUTO, TAIPEI)[0] == "en"
    # a Japanese name in kanji, in Japan, says Japanese, not Chinese
    assert draft_language(intro_facts("山田太郎", country="JP", text=HANS), AUTO)[0] == "en"


@pytest.mark.parametrize(
    ("contact", "country", "language", "greets"),
    [
        ("Ho Yin Chan", "HK", "en", "Ho Yin"),  # given name first, English order
        ("Chan Ho Yin", "HK", "en", "Ho Yin"),  # family name first, as an HKID writes it
        ("Wong Ka Ho", "HK", "en", "Ka Ho"),  # Ho a given syllable, not a family name
        ("Ka Ho Wong", None, "zh-Hant", "Ka Ho"),
        ("Lee Chong Wei", "MY", "en", "Chong Wei"),
        ("Lim Siew Ling", "MY", "en", "Siew Ling"),  # family first: no syllable test
        ("Tan Ah Kow", "SG", "en", "Ah Kow"),
        ("Tsz Ching Wong", "HK", "en", "Tsz Ching"),  # syllables without a vowel
        ("Ng Ka Wai", "HK", "en", "Ka Wai"),
        ("Ka Wai Ng", "HK", "en", "Ka Wai"),
        ("Wang Xiaoming", "CN", "en", "Xiaoming"),
        ("Kevin Wang", "TW", "zh-Hant", "Kevin"),
        ("John Michael Chan", "HK", "en", "John"),  # Western names, not syllables
        ("Ho Yin Chan", None, "en", "Ho"),  # nothing says the name is Chinese
        ("浩賢 陳", "HK", "en", "陳浩賢"),  # LinkedIn's given name first, in characters
        ("歐陽 娜娜", None, "zh-Hant", "歐陽娜娜"),
        ("Kevin Wang 王凱文", None, "zh-Hant", "王凱文"),
        ("Au Yeung Ka Ming", "HK", "en", "Ka Ming"),  # 歐陽 spelt as two words
        ("Ka Ming Au Yeung", "HK", "en", "Ka Ming"),
        ("Ou Yang Wei", "CN", "en", "Wei"),
        ("Sze To Wing Yan", None, "zh-HK", "Wing Yan"),  # 司徒
        ("Si Tu Mei", None, "en", "Si"),  # nothing says the name is Chinese
        ("Kevin Wang 王凱文", None, "en", "Kevin"),
    ],
)
def test_chinese_names_greet_the_given_name_or_the_whole_name_in_characters(
    contact: str, country: str | None, language: str, greets: str
) -> None:
    assert first_name(contact, country=country, language=language) == greets


def test_no_name_greets_nin_alone_and_a_config_code_picks_the_characters() -> None:
    facts = intro_facts("", text=ENGLISH)
    draft = render_intro(facts, IntroSettings(name="Mei", language="zh-HK"), TAIPEI, TODAY)
    assert draft.startswith("您好！\n\n")
    assert draft_language(facts, IntroSettings(language="zh-CN"))[0] == SIMPLIFIED
    by_country = intro_facts("張家豪", country="TW", text=ENGLISH)
    assert draft_language(by_country, IntroSettings(language="zh"))[0] == TRADITIONAL


def test_intro_contacts_ni_says_chinese_to_a_friend() -> None:
    settings = IntroSettings(name="Mei", contacts={"Wong Ka Ho": "zh-Hant 你"})
    facts = intro_facts("Wong Ka Ho", country="HK", text=ENGLISH)
    assert draft_language(facts, settings, TAIPEI)[0] == TRADITIONAL
    assert render_intro(facts, settings, TAIPEI, TODAY).startswith("Ka Ho，你好！")
    assert called(facts, TRADITIONAL) == "Ka Ho"


def test_a_chinese_draft_by_email_has_a_subject_in_its_characters() -> None:
    facts = intro_facts("黃詩涵", country="TW", text=HANT, ties_kinds=("vcard:contact",))
    draft = render_intro(facts, AUTO, TAIPEI, TODAY)
    assert draft.startswith("Subject: 關於Acme「Data Engineer」職缺的詢問\n\n黃詩涵，您好！")


HK_DEV = Profile(
    roles=["frontend developer"], skills=["react", "typescript"], engagements=["contract"],
    remote_only=True, locations=["HK"],
)  # fmt: skip


def test_a_traditional_draft_to_hong_kong_is_in_hong_kongs_words() -> None:
    facts = intro_facts("Wong Ka Ho", country="HK", text=ENGLISH)
    language, why = draft_language(facts, IntroSettings(language="zh"), HK_DEV)
    assert language == HONG_KONG and "in Hong Kong's words" in why
    draft = render_intro(facts, IntroSettings(name="Mei", language="zh"), HK_DEV, TODAY)
    assert draft.startswith("Ka Ho，您好！\n\n我看到Acme正在招聘「Data Engineer」職位")
    assert "以項目合約方式在軟件開發領域工作" in draft and "可遙距工作（香港）" in draft
    for taiwans in ("軟體", "專案", "職缺", "招募", "遠端"):
        assert taiwans not in draft
    in_taiwan = intro_facts("林怡君", country="TW", text=ENGLISH)
    taiwan = render_intro(in_taiwan, IntroSettings(name="Mei", language="zh"), HK_DEV, TODAY)
    assert "以專案合約方式在軟體開發領域工作" in taiwan and "職缺" in taiwan


def test_a_posting_in_traditional_to_hong_kong_keeps_its_role_as_written() -> None:
    facts = intro_facts("Chan Ho Yin", country="HK", title="前端軟體工程師", text=HANT)
    language, why = draft_language(facts, AUTO, HK_DEV)
    assert language == HONG_KONG
    assert why.endswith("the posting is written in Traditional characters, and Ho Yin's "
                        "address is in Hong Kong.")  # fmt: skip
    draft = render_intro(facts, AUTO, HK_DEV, TODAY)
    assert "「前端軟體工程師」職位" in draft  # the posting's own word, Hong Kong's around it


def test_a_chinese_ask_is_answered_in_its_characters() -> None:
    facts = intro_facts(
        "陳家明", asked=True, hiring=True, title="我們正在找一位接案的前端工程師。", text=""
    )
    language, _ = draft_language(facts, AUTO, HK_DEV)
    assert language == TRADITIONAL
    assert render_intro(facts, AUTO, HK_DEV, TODAY).startswith("陳家明，您好！\n\n謝謝您的訊息。")
