"""Drafts in Vietnamese: "anh/chị" to a loose tie and "bạn" to a friend or to an ask
that said it, the user "tôi", the given name (a Vietnamese name's last word) greeted, no
kinship pronoun that needs a gender or an age. Also: Ukrainian asks told from Russian,
"Syed" before a family name, Cyprus and Greek company forms saying Greek."""

import re
from datetime import UTC, datetime

import pytest

from extractors._asks import ask_language
from extractors._language import written_in
from extractors._orgs import normalize_org
from tests.warehouse.intro_facts import intro_facts
from warehouse.intro import draft_language, draft_register, render_intro
from warehouse.intro_languages import LANGUAGES
from warehouse.intro_names import first_name
from warehouse.intro_settings import IntroSettings
from warehouse.ranking.profile import Profile

TODAY = datetime(2026, 12, 6, tzinfo=UTC)
DA_NANG = Profile(
    roles=["ux designer"], skills=["figma", "webflow"], engagements=["freelance"],
    remote_only=True, locations=["VN", "EU"],
)  # fmt: skip
VI = IntroSettings(name="Minh", language="vi")
# a kinship pronoun alone ("anh", "chị", "em", "cô", "chú", "ông", "bà"): it says the
# contact's or the user's gender and age; "anh/chị" and a greeted name aside
_KINSHIP = re.compile(r"(?<![\w/])(?:anh|chị|em|cô|chú|bác|ông|bà)(?![\w/])", re.IGNORECASE)
VIETNAMESE_POST = (
    "Công ty chúng tôi đang tuyển dụng nhà thiết kế UI/UX làm việc từ xa. Yêu cầu có kinh "
    "nghiệm với Figma, mức lương thỏa thuận. Ứng viên vui lòng gửi CV qua email."
)


def _no_kinship(draft: str, greeted: str) -> bool:
    return not _KINSHIP.search(draft.replace(f" {greeted},", ","))


@pytest.mark.parametrize(
    ("contact", "greets"),
    [
        ("Nguyễn Văn An", "An"),
        ("Văn An Nguyễn", "An"),  # LinkedIn's First Name and Last Name
        ("Trần Thị Thu Hà", "Hà"),
        ("Tran Minh Duc", "Duc"),  # unmarked, in a Vietnamese draft
        ("Bùi Đức Anh", "Anh"),  # a given name, not the pronoun
    ],
)
def test_a_vietnamese_draft_greets_anh_chi_and_the_given_name(contact: str, greets: str) -> None:
    draft = render_intro(intro_facts(contact), VI, DA_NANG, TODAY)
    assert draft.startswith(f"Chào anh/chị {greets},\n")
    assert "Tôi thấy Acme đang tuyển vị trí Data Engineer" in draft
    assert _no_kinship(draft, greets) and "bạn" not in draft.split()


def test_a_vietnamese_request_says_when_they_connected_and_offers_in_vietnamese() -> None:
    facts = intro_facts("Nguyễn Văn An", connected=datetime(2026, 9, 1, tzinfo=UTC))
    head, note = render_intro(facts, VI, DA_NANG, TODAY).split("---")
    assert "kết nối trên LinkedIn từ tháng 9 năm 2026" in head
    assert "Anh/chị có thể chuyển tin nhắn bên dưới" in head
    assert "Tôi làm việc theo hình thức freelance trong lĩnh vực thiết kế" in note
    assert "làm việc từ xa (Việt Nam, EU)." in note


def test_a_vietnamese_friend_gets_ban() -> None:
    settings = IntroSettings(name="Minh", contacts={"Phạm Quốc Bảo": "bạn"})
    facts = intro_facts("Phạm Quốc Bảo", hiring=True)
    assert draft_language(facts, settings, DA_NANG)[0] == "vi"
    assert draft_register(facts, "vi", settings) == (
        "informal",
        'Addressed with "bạn", as [intro.contacts] says for Bảo.',
    )
    draft = render_intro(facts, settings, DA_NANG, TODAY)
    assert draft.startswith("Chào bạn Bảo,\n\nTôi đã xem tin tuyển dụng vị trí Data Engineer")
    assert "anh/chị" not in draft.casefold() and "Thân mến," in draft
    assert _no_kinship(draft, "Bảo")


@pytest.mark.parametrize(
    ("ask", "greeting", "register"),
    [
        ("Bạn có biết ai làm thiết kế UI không?", "Chào bạn Lan,", "informal"),
        ("Anh/chị có thể giới thiệu giúp em một bạn kế toán không ạ?", "Chào anh/chị Lan,",
         "formal"),
        ("Bên mình đang cần tìm một bạn dev Flutter, anh chị biết ai làm được không?",
         "Chào anh/chị Lan,", "formal"),
    ],
)  # fmt: skip
def test_a_vietnamese_ask_is_answered_in_vietnamese_in_its_own_register(
    ask: str, greeting: str, register: str
) -> None:
    assert ask_language(ask) == "vi"
    assert LANGUAGES["vi"].register(ask) == register
    facts = intro_facts("Hoàng Lan", asked=True, title=ask, text=ask)
    assert draft_language(facts, IntroSettings(), DA_NANG) == ("vi", "")
    draft = render_intro(facts, IntroSettings(name="Minh"), DA_NANG, TODAY)
    assert draft.startswith(f"{greeting}\n\nCảm ơn ")
    assert _no_kinship(draft, "Lan")


@pytest.mark.parametrize(
    "text",
    [
        "Mình đang tìm việc freelance thiết kế, bạn biết chỗ nào tuyển không?",
        "Cảm ơn bạn đã chia sẻ bài viết!",
    ],
)
def test_a_vietnamese_message_seeking_work_or_thanking_is_no_ask(text: str) -> None:
    assert ask_language(text) is None


def test_a_vietnamese_posting_gets_a_vietnamese_draft_where_the_contact_reads_it() -> None:
    assert written_in(VIETNAMESE_POST) == "vi"
    assert written_in("Senior Data Engineer tại Hà Nội. We are hiring for our team.") == "en"
    facts = intro_facts(
        "Trần Thị Thu Hà", country="VN", title="UI/UX Designer", text=VIETNAMESE_POST
    )
    assert draft_language(facts, IntroSettings(), DA_NANG) == (
        "vi",
        "In Vietnamese: the posting is in Vietnamese, and Hà's address is in Vietnam.",
    )
    in_germany = intro_facts("Anna Schmidt", country="DE", title="Designer", text=VIETNAMESE_POST)
    assert draft_language(in_germany, IntroSettings(), DA_NANG)[0] == "en"


@pytest.mark.parametrize(
    ("ask", "language"),
    [
        ("Можеш порадити хорошого дизайнера для лендингу?", "uk"),
        ("Порекомендуй, будь ласка, перекладача з німецької.", "uk"),
        ("Порекомендуйте, будь ласка, бухгалтера для ФОП.", "uk"),
        ("Порекомендуйте, пожалуйста, бухгалтера для небольшого ИП.", "ru"),
        ("Можешь посоветовать хорошего дизайнера?", "ru"),
        ("Порекомендуй мене як дизайнера своїм знайомим.", None),  # seeking work
    ],
)
def test_a_ukrainian_ask_is_told_from_a_russian_one(ask: str, language: str | None) -> None:
    assert ask_language(ask) == language


@pytest.mark.parametrize(
    ("contact", "country", "greets"),
    [
        ("Syed Khan", "PK", "Syed Khan"),  # no given name left: not "Khan"
        ("Syed Khan", None, "Syed Khan"),
        ("Syed Ali Khan", "PK", "Ali"),
        ("Syeda Fatima", "PK", "Fatima"),
    ],
)
def test_syed_before_a_family_name_alone_greets_the_whole_name(
    contact: str, country: str | None, greets: str
) -> None:
    assert first_name(contact, country=country) == greets


GREEK_POST = (
    "Αναζητούμε UX/UI σχεδιαστή για συνεργασία με την ομάδα μας στη Λευκωσία. Η εργασία "
    "γίνεται εξ αποστάσεως. Στείλτε μας το portfolio σας."
)


def test_a_cypriot_contact_reads_greek_as_a_greek_one_does() -> None:
    facts = intro_facts("Andreas Georgiou", country="CY", title="UX/UI Designer", text=GREEK_POST)
    assert draft_language(facts, IntroSettings(), DA_NANG) == (
        "el",
        "In Greek: the posting is in Greek, and Andreas's address is in Cyprus.",
    )


@pytest.mark.parametrize(
    "company", ["Alfa Systems Α.Ε.", "Beta Software Ι.Κ.Ε.", "Gamma Ε.Π.Ε.", "Delta Λτδ"]
)
def test_a_greek_or_cypriot_company_form_says_its_staff_read_greek(company: str) -> None:
    facts = intro_facts(
        "Katerina Nikolaou", role_at=f"Product Manager at {company}", title="UX/UI Designer",
        text=GREEK_POST,
    )  # fmt: skip
    assert draft_language(facts, IntroSettings(), DA_NANG)[0] == "el"
    assert normalize_org(company) == normalize_org(company.rsplit(" ", 1)[0])
