"""Drafts in Korean and Turkish, as `[intro] language` or `[intro.contacts]` ask for them:
Korean 존댓말 to the whole name with 님; Turkish "siz" to a loose tie and "sen" to a friend,
to the name alone (Hanım or Bey would need a gender the profile does not give)."""

from datetime import UTC, datetime

import pytest

from extractors._errors import ConfigError
from tests.warehouse.intro_facts import intro_facts
from warehouse.intro import draft_register, korean_name, render_intro
from warehouse.intro_offer import default_offer
from warehouse.intro_settings import IntroSettings
from warehouse.intro_written import profile_reads
from warehouse.ranking.profile import Profile

TODAY = datetime(2026, 12, 6, tzinfo=UTC)
SEOUL = Profile(
    roles=["frontend developer"], skills=["react", "typescript"], engagements=["freelance"],
    remote_only=True, locations=["KR"],
)  # fmt: skip
ISTANBUL = Profile(
    roles=["data engineer"], skills=["python", "sql"], engagements=["contract"],
    remote_only=True, locations=["TR", "EU"],
)  # fmt: skip
KO = IntroSettings(name="Jisoo Park", language="ko")
TR = IntroSettings(name="Deniz Aydın", language="tr")


def test_a_korean_request_greets_the_whole_name_with_nim_and_keeps_the_note() -> None:
    facts = intro_facts("김민준", role_at="CTO at 한빛", connected=datetime(2023, 2, 1, tzinfo=UTC))
    draft = render_intro(facts, KO, SEOUL, TODAY)
    assert draft.startswith("김민준님, 안녕하세요. Jisoo Park입니다.\n\n2023년부터 LinkedIn으로")
    assert "Acme의 'Data Engineer' 포지션 채용 공고를 보고, 프리랜서로 도움을" in draft
    assert "아래 메시지를 채용 담당자분께 전달해" in draft and "Jisoo Park 드림" in draft
    note = draft.split("---")[1]
    assert "프리랜서로 소프트웨어 개발 분야에서 React 및 TypeScript 중심으로" in note
    assert "원격 근무 가능 (대한민국)." in note and "(https://acme.example/jobs/1)" in note


def test_a_korean_draft_to_a_latin_name_and_to_no_name() -> None:
    draft = render_intro(intro_facts("Dr. Minjun Kim", hiring=True), KO, SEOUL, TODAY)
    assert draft.startswith("Minjun Kim님, 안녕하세요.")
    assert "올려주신 'Data Engineer' 포지션 채용 공고를 보았습니다." in draft
    assert render_intro(intro_facts(""), KO, SEOUL, TODAY).startswith("담당자님, 안녕하세요.")


def test_a_korean_draft_once_applied_says_so_without_a_cv() -> None:
    draft = render_intro(intro_facts("이서연", status="applied"), KO, SEOUL, TODAY)
    assert "Acme의 'Data Engineer' 포지션에 지원했습니다." in draft
    assert "이력서" not in draft.split("---")[0]


def test_a_turkish_request_is_siz_to_the_name_alone() -> None:
    facts = intro_facts("Ayşe Yılmaz", connected=datetime(2022, 4, 1, tzinfo=UTC))
    draft = render_intro(facts, TR, ISTANBUL, TODAY)
    assert draft.startswith("Merhaba Ayşe,\n\n2022 yılından beri LinkedIn'de bağlantıyız")
    assert "Acme bünyesinde Data Engineer pozisyonu için ilan açıldığını gördüm" in draft
    assert "söyleyebilir misiniz?" in draft
    assert "Hanım" not in draft and "Bey" not in draft
    note = draft.split("---")[1]
    assert "Şu anda proje bazlı sözleşmeyle veri mühendisliği alanında Python ve SQL ile" in note
    assert "uzaktan (Türkiye, AB)" in note


def test_a_turkish_friend_gets_sen_and_the_note_below_stays_formal() -> None:
    facts = intro_facts("Mehmet Kaya", ties_kinds=("facebook:friend",))
    assert draft_register(facts, "tr", TR) == (
        "informal",
        'Addressed with "sen": Mehmet is your Facebook friend.',
    )
    draft = render_intro(facts, TR, ISTANBUL, TODAY)
    head, note = draft.split("---")
    assert "söyleyebilir misin?" in head and "Teşekkürler," in head
    assert "misiniz" not in head
    posted = render_intro(intro_facts("Mehmet Kaya", hiring=True, ties_kinds=("facebook:friend",)),
                          TR, ISTANBUL, TODAY)  # fmt: skip
    assert "Data Engineer pozisyonu için ilanını gördüm:" in posted and "Sevgiler," in posted


def test_turkish_and_korean_are_named_in_intro_contacts() -> None:
    settings = IntroSettings(contacts={"Mehmet Kaya": "sen", "김민준": "ko", "Ayşe": "tr siz"})
    assert settings.addressed("Mehmet Kaya") == ("tr", "informal")
    assert settings.addressed("김민준") == ("ko", None)
    assert settings.addressed("Ayşe") == ("tr", "formal")
    with pytest.raises(ConfigError, match="sen or siz"):
        IntroSettings(contacts={"Ayşe": "tr sen siz"})


def test_a_turkish_offer_names_part_time_work_but_not_to_a_full_time_post() -> None:
    profile = Profile(
        roles=["data engineer"], skills=["python"], engagements=["contract", "part_time"]
    )
    assert "yarı zamanlı işlere de açığım" in default_offer(profile, "tr", "", (), "contract")
    offer = default_offer(profile, "tr", "", (), "full_time")
    assert (
        offer
        == "Şu anda proje bazlı sözleşmeyle veri mühendisliği alanında Python ile çalışıyorum."
    )


@pytest.mark.parametrize(
    ("role", "domains", "country", "organisation", "reads"),
    [
        ("개발팀장", (), None, "", "so is Minjun's title (개발팀장)"),
        ("CTO", ("hanbit.co.kr",), None, "", "Minjun's e-mail is at hanbit.co.kr"),
        ("CTO", (), "KR", "", "Minjun's address is in South Korea"),
        (
            "CTO",
            (),
            None,
            "(주)한빛",
            "Minjun works at (주)한빛, a company of a country that speaks it",
        ),
        ("CTO", (), None, "Hanbit Inc.", None),
    ],
)
def test_a_profile_reads_korean_by_its_hangul_domain_address_or_company(
    role: str, domains: tuple[str, ...], country: str | None, organisation: str, reads: str | None
) -> None:
    assert profile_reads("ko", role, domains, "Minjun", country, organisation) == reads


def test_a_profile_reads_turkish_by_its_company_form() -> None:
    said = profile_reads("tr", "CTO", (), "Emre", None, "Boğaz Yazılım A.Ş.")
    assert said == "Emre works at Boğaz Yazılım A.Ş., a company of a country that speaks it"


@pytest.mark.parametrize(
    ("contact", "greeted"),
    [
        ("지은 박", "박지은"),  # LinkedIn's Hangul name, given name first
        ("박 지은", "박지은"),
        ("박지은", "박지은"),
        ("민 남궁", "남궁민"),  # a family name of two syllables
        ("민준 지훈", "민준 지훈"),  # neither is a family name: as written
        ("Dr. Minjun Kim", "Minjun Kim"),
        ("", "담당자"),
    ],
)
def test_a_korean_greeting_says_the_whole_name_family_first(contact: str, greeted: str) -> None:
    assert korean_name(contact) == greeted


def test_a_turkish_sentence_opening_with_the_open_roles_is_capitalised() -> None:
    facts = intro_facts("Ana Ruiz", hiring=True, role_at=None, title="Acme | Berlin | Remote")
    settings = IntroSettings(name="Sam", language="tr")
    text = render_intro(facts, settings, Profile(roles=("data engineer",)), TODAY)
    assert "\nAçık pozisyonlar için ilanınızı gördüm:\nhttps://acme.example/jobs/1\n" in text
