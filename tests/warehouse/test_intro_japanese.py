"""Drafts in Japanese: chosen by `[intro.contacts]`, `[intro] language`, a conversation in
Japanese or a Japanese posting to a contact whose profile reads it; greeting the family
name with 様 (cold) or さん (someone the user writes to), opening as Japanese mail does."""

from datetime import UTC, datetime

import pytest

from extractors._language import written_in
from tests.warehouse.intro_facts import intro_facts
from warehouse.intro import draft_language, draft_register, render_intro
from warehouse.intro_japanese import family_name
from warehouse.intro_settings import IntroSettings
from warehouse.ranking.profile import Profile

TODAY = datetime(2026, 12, 6, tzinfo=UTC)
PROFILE = Profile(
    roles=["data engineer"], skills=["python", "sql"], engagements=["contract"],
    remote_only=True, locations=["JP", "EU"],
)  # fmt: skip
JA = IntroSettings(name="Alex Brandt", language="ja")


@pytest.mark.parametrize(
    ("contact", "family"),
    [
        ("山田 太郎", "山田"),  # kanji: family name first
        ("やまだ はなこ", "やまだ"),
        ("Taro Yamada", "Yamada"),  # LinkedIn's romaji: given name first
        ("YAMADA Taro", "Yamada"),  # the family name in capitals
        ("Yamada, Taro", "Yamada"),
        ("山田太郎", "山田太郎"),  # no space: where it splits is not known, said whole
        ("Dr. Kenji Mori", "Mori"),
        ("Sato Kenji", "Sato"),  # a common family name first, a given name last
        ("Mori Sato", "Sato"),  # both family names: as LinkedIn writes, given name first
        ("@mira@social.example", "Mira"),
        ("", "ご担当者"),
    ],
)
def test_a_japanese_greeting_finds_the_family_name(contact: str, family: str) -> None:
    assert family_name(contact) == family


def test_a_cold_tie_gets_sama_and_an_apology_for_writing_out_of_the_blue() -> None:
    facts = intro_facts("山田 太郎", connected=datetime(2021, 5, 1, tzinfo=UTC))
    draft = render_intro(facts, JA, PROFILE, TODAY)
    assert draft.startswith("山田様\n\n突然のご連絡失礼いたします。2021年からLinkedInで")
    assert "「Data Engineer」" in draft and "よろしくお願いいたします。" in draft
    assert "太郎" not in draft and "させていただ" not in draft
    assert "リモート（日本、EU）で対応可能です。" in draft  # 、 and full-width brackets


def test_someone_the_user_writes_to_gets_san_and_osewa_ni_natte_orimasu() -> None:
    facts = intro_facts("Taro Yamada", last_messaged=datetime(2026, 10, 2, tzinfo=UTC))
    assert draft_register(facts, "ja", JA)[0] == "informal"
    draft = render_intro(facts, JA, PROFILE, TODAY)
    assert draft.startswith("Yamadaさん\n\nお世話になっております。Alex Brandtです。")
    assert "様" not in draft.split("---")[0]


@pytest.mark.parametrize(
    ("changes", "greeting"),
    [
        # a first mail to the head of the company hiring is to 様, Facebook friend or not
        ({"hiring": True, "role_at": "代表取締役 at 株式会社ミライ",
          "ties_kinds": ("facebook:friend",)}, "佐藤様"),
        ({"role_at": "Director at Sakura K.K.", "company": "Sakura K.K.",
          "ties_kinds": ("instagram:following", "instagram:follower")}, "佐藤様"),
        # once the two have written to each other, さん as to anyone the user writes to
        ({"hiring": True, "role_at": "開発部長 at 株式会社ミライ",
          "last_messaged": datetime(2026, 8, 3, tzinfo=UTC)}, "佐藤さん"),
        # a friend who is junior there, or senior elsewhere, stays さん
        ({"role_at": "エンジニア at Acme", "ties_kinds": ("facebook:friend",)}, "佐藤さん"),
        ({"role_at": "CEO at Other Co", "ties_kinds": ("facebook:friend",)}, "佐藤さん"),
        # a recruiter's "Talent Partner" is no head of anything
        ({"hiring": True, "role_at": "Talent Partner at Acme",
          "ties_kinds": ("facebook:friend",)}, "佐藤さん"),
    ],
)  # fmt: skip
def test_a_first_mail_to_a_senior_person_at_the_company_hiring_is_to_sama(
    changes: dict[str, object], greeting: str
) -> None:
    draft = render_intro(intro_facts("佐藤 健", **changes), JA, PROFILE, TODAY)
    assert draft.startswith(f"{greeting}\n\n")


def test_the_line_says_why_a_senior_person_is_addressed_with_sama() -> None:
    facts = intro_facts(
        "佐藤 健", hiring=True, role_at="CEO at Acme", ties_kinds=("facebook:friend",)
    )
    assert draft_register(facts, "ja", JA) == (
        "formal",
        'Addressed with "様": 佐藤 is senior at the company hiring (CEO at Acme), and you '
        "have not written to each other.",
    )


def test_a_long_silence_opens_with_gobusata_and_the_month_in_japanese() -> None:
    facts = intro_facts("鈴木 一郎", last_messaged=datetime(2024, 3, 3, tzinfo=UTC))
    assert "2024年3月以来、ご無沙汰しております。" in render_intro(facts, JA, PROFILE, TODAY)


def test_the_posters_title_is_quoted_as_written_and_an_empty_link_leaves_no_brackets() -> None:
    facts = intro_facts("田中 美咲", hiring=True, title="データエンジニア（業務委託）", url="")
    draft = render_intro(facts, JA, PROFILE, TODAY)
    assert "「データエンジニア（業務委託）」の募集を拝見しました。" in draft
    facts = intro_facts("田中 美咲", url="")
    assert "（）" not in render_intro(facts, JA, PROFILE, TODAY)


def test_san_and_sama_in_intro_contacts_say_japanese() -> None:
    settings = IntroSettings(contacts={"Ken Sato": "さん"})
    assert settings.addressed("Ken Sato") == ("ja", "informal")
    assert draft_language(intro_facts("Ken Sato"), settings)[0] == "ja"


def test_a_japanese_posting_is_written_to_a_contact_in_japan_in_japanese() -> None:
    posting = "物流のデータ基盤を作るデータエンジニアを募集しています。Python の経験がある方。"
    facts = intro_facts("Ken Sato", country="JP", title="データエンジニア", text=posting)
    assert draft_language(facts, IntroSettings(), PROFILE) == (
        "ja",
        "In Japanese: the posting is in Japanese, and Ken's address is in Japan.",
    )


ENGLISH_POSTING = "We are looking for a data engineer to build our pipelines in Python."


@pytest.mark.parametrize(
    ("contact", "changes", "shows"),
    [
        ("山田 太郎", {}, "山田 writes their name in it"),
        ("Ken Sato", {"country": "JP"}, "Ken's address is in Japan"),
        ("Ken Sato", {"domains": ("kibou.co.jp",)}, "Ken's e-mail is at kibou.co.jp"),
        ("Ken Sato", {"role_at": "CTO at 株式会社キボウ"}, "Ken works at 株式会社キボウ"),
    ],
)
def test_an_english_posting_to_a_reader_of_japanese_says_how_to_write_in_it(
    contact: str, changes: dict[str, object], shows: str
) -> None:
    facts = intro_facts(contact, text=ENGLISH_POSTING, **changes)
    language, line = draft_language(facts, IntroSettings(), PROFILE)
    assert language == "en"
    assert line.startswith("In English, as the posting is; ") and shows in line
    assert line.endswith(f'([intro.contacts] "{contact}" = "ja" writes in Japanese).')


def test_an_english_posting_to_a_contact_nothing_places_needs_no_line() -> None:
    facts = intro_facts("Ken Sato", text=ENGLISH_POSTING)
    assert draft_language(facts, IntroSettings()) == ("en", "")


def test_a_posting_without_kana_is_not_japanese() -> None:
    assert written_in("Senior Data Engineer, Tokyo 東京 (remote)") != "ja"
    assert written_in("We are hiring at アクメ a data engineer for our team in Osaka.") == "en"


def test_a_japanese_ask_is_answered_in_japanese_to_the_family_name_with_san() -> None:
    ask = "フリーランスのデータエンジニアを探しているのですが、どなたかご存じないでしょうか。"
    facts = intro_facts("佐藤 花子", asked=True, hiring=True, title=ask)
    draft = render_intro(facts, IntroSettings(name="Alex Brandt"), PROFILE, TODAY)
    assert draft.startswith("佐藤さん\n\nご連絡ありがとうございます。")
    answered = render_intro(
        intro_facts("佐藤 花子", asked=True, hiring=True, title=ask, answered=True),
        IntroSettings(name="Alex Brandt"), PROFILE, TODAY,
    )  # fmt: skip
    assert "ご連絡ありがとうございます" not in answered and "改めてご連絡" in answered


@pytest.mark.parametrize(
    ("ask", "greeting"),
    [
        ("Cześć, szukamy freelancera do migracji danych, znasz kogoś?", "Cześć, Marek!"),
        ("Poszukujemy tłumacza z niemieckiego do większego projektu.", "Dzień dobry,"),
    ],
)
def test_a_polish_ask_is_answered_in_polish(ask: str, greeting: str) -> None:
    facts = intro_facts("Marek Nowak", asked=True, hiring=True, title=ask)
    assert render_intro(facts, JA, PROFILE, TODAY).startswith(greeting)


def test_a_ukrainian_ask_is_answered_in_ukrainian_as_it_addresses_the_user() -> None:
    ask = "Привіт! Ми шукаємо фрилансера на дизайн застосунку, знаєш когось?"
    facts = intro_facts("Олена Коваленко", asked=True, hiring=True, title=ask)
    assert render_intro(facts, JA, PROFILE, TODAY).startswith("Привіт, Олено!")


def test_a_korean_posting_to_a_korean_contact_is_drafted_in_korean() -> None:
    posting = "프론트엔드 개발자 (React)\n계약 형태: 프리랜서, 월 단가 700만원, 서울 상주"
    assert written_in(posting) == "ko"
    assert written_in("Senior Frontend Engineer at 토스랩, Seoul") != "ko"  # a name in Hangul
    facts = intro_facts("지은 박", role_at="프론트엔드 팀장 at 퀀텀핀테크", text=posting)
    assert draft_language(facts, IntroSettings()) == (
        "ko", "In Korean: the posting is in Korean, and so is 지은's title (프론트엔드 팀장).",
    )  # fmt: skip


def test_an_arabic_posting_says_there_is_no_draft_in_arabic() -> None:
    # no Arabic drafts yet: the draft is English, and says why, to an Arabic-named contact
    posting = "مطور تطبيقات موبايل Flutter\nدوام كامل من المقر. الراتب: ٢٥٬٠٠٠ جنيه شهريًا."
    assert written_in(posting) == "ar"
    assert written_in("Backend Developer at شركة الريادة, Cairo") != "ar"  # a name in Arabic
    facts = intro_facts("أحمد حسن", role_at="مدير تقني at شركة الريادة", text=posting)
    assert draft_language(facts, IntroSettings()) == (
        "en", "The posting is in Arabic; there is no draft in it, so this one is in English.",
    )  # fmt: skip


@pytest.mark.parametrize(
    "changes",
    [
        pytest.param({"country": "TW"}, id="an address in Taiwan"),
        pytest.param({"domains": ("yunqiao.com.tw",)}, id="a Taiwanese e-mail"),
        pytest.param({"country": "TW", "role_at": "前端工程師 at 雲橋數位"}, id="a kanji title"),
    ],
)
def test_kanji_where_chinese_is_written_says_no_japanese(changes: dict[str, object]) -> None:
    # now that there are Chinese drafts, the line says how to write in Chinese instead
    facts = intro_facts("陳怡君", text=ENGLISH_POSTING, **changes)
    language, line = draft_language(facts, IntroSettings(), PROFILE)
    assert language == "en" and "Japanese" not in line
    assert line.endswith('"陳怡君" = "zh" writes in Chinese).')


def test_kana_still_says_japanese_in_taiwan() -> None:
    facts = intro_facts(
        "Ken Sato", text=ENGLISH_POSTING, country="TW", role_at="エンジニア at Kumo"
    )
    assert draft_language(facts, IntroSettings(), PROFILE)[1].endswith(
        '= "ja" writes in Japanese).'
    )
