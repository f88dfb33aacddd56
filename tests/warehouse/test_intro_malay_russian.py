"""Drafts in Malay and Russian. Malay: "anda" to a loose tie and "awak" to a friend,
"Encik" or "Puan" where "bin"/"binti" or "a/l"/"a/p" says the contact's gender, else
the given name alone, in Malaysia's words (jawatan, syarikat, boleh), for a posting
Malaysia writes; Indonesian stays Indonesian. Russian: Вы by default, "ты" on request,
greeting the name and patronymic formally, the first name informally; no inserted name
declined and no past tense of the user's."""

import re
from datetime import UTC, datetime

import pytest

from tests.warehouse.intro_facts import intro_facts
from warehouse.intro import draft_language, draft_register, render_intro
from warehouse.intro_malay import malay_or
from warehouse.intro_names import first_name, malay_formal, russian_formal
from warehouse.intro_settings import IntroSettings
from warehouse.ranking.profile import Profile

TODAY = datetime(2026, 12, 6, tzinfo=UTC)
PENANG = Profile(
    roles=["graphic designer"], skills=["figma", "illustrator"], engagements=["freelance"],
    remote_only=True, locations=["MY"],
)  # fmt: skip
RIGA = Profile(
    roles=["data engineer"], skills=["python", "sql"], engagements=["freelance"],
    remote_only=True, locations=["EU"],
)  # fmt: skip
MS = IntroSettings(name="Farah Hanim", language="ms")
RU = IntroSettings(name="Nadia", language="ru")
# the user's gender in a Russian past tense or "glad/grateful"
_GENDERED = re.compile(
    r"(?<!\w)(?:видел|видела|отправил|отправила|подал|подала|откликнулся|откликнулась"
    r"|благодарен|благодарна|рад|рада|хотел|хотела|смог|смогла)(?!\w)"
)


@pytest.mark.parametrize(
    ("contact", "greets"),
    [
        ("Ahmad bin Ismail", "Encik Ahmad"),
        ("NUR AISYAH BINTI KAMAL", "Puan Nur Aisyah"),  # Puan: Cik would ask if she is wed
        ("Rajesh a/l Muthusamy", "Encik Rajesh"),
        ("Kavitha a/p Raman", "Puan Kavitha"),
        ("Dr. Zulkifli bin Omar", "Encik Zulkifli"),
        ("Tan Mei Ling", "Mei Ling"),  # no gender said: the given name alone
        ("Daniel Wong", "Daniel"),
    ],
)
def test_a_formal_malay_greeting_says_encik_or_puan_only_where_the_name_does(
    contact: str, greets: str
) -> None:
    assert malay_formal(contact) == greets


def test_a_malay_request_is_in_malaysias_words_to_anda() -> None:
    facts = intro_facts("Ahmad bin Ismail", connected=datetime(2022, 4, 1, tzinfo=UTC))
    head, note = render_intro(facts, MS, PENANG, TODAY).split("---")
    assert head.startswith("Salam sejahtera Encik Ahmad,\n\nKita sudah berhubung di LinkedIn")
    assert "Acme sedang mencari calon untuk jawatan Data Engineer" in head
    assert "Bolehkah anda memanjangkan mesej" in head
    for indonesian in ("lowongan", "perusahaan", "bisa", "Halo", "Pak", "kirim"):
        assert indonesian not in head + note
    assert "sebagai pekerja bebas dalam bidang reka bentuk" in note
    assert "secara jarak jauh (Malaysia)" in note


def test_a_malay_friend_gets_awak_and_the_given_name_alone() -> None:
    settings = IntroSettings(name="Farah", contacts={"Mohd Faizal bin Hassan": "ms awak"})
    facts = intro_facts("Mohd Faizal bin Hassan", hiring=True)
    assert draft_register(facts, "ms", settings)[0] == "informal"
    draft = render_intro(facts, settings, PENANG, TODAY)
    assert draft.startswith("Hai Faizal,\n\nSaya lihat iklan awak bagi jawatan Data Engineer:")
    assert "anda" not in draft.casefold() and "Encik" not in draft


MALAY_POST = (
    "Syarikat kami sedang mencari pereka grafik secara kerja bebas. Gaji boleh dirunding. "
    "Sila hantar resume anda sebelum hujung bulan."
)
INDONESIAN_POST = (
    "Kami sedang mencari desainer grafis untuk bekerja paruh waktu di perusahaan kami. "
    "Kirimkan lamaran Anda dan portofolio."
)


def test_a_posting_in_malay_gets_a_malay_draft_where_the_contact_reads_it() -> None:
    assert malay_or("id", MALAY_POST) == "ms" and malay_or("id", INDONESIAN_POST) == "id"
    facts = intro_facts("Aminah binti Yusof", country="MY", title="Pereka Grafik", text=MALAY_POST)
    language, why = draft_language(facts, IntroSettings(), PENANG)
    assert (language, why) == (
        "ms",
        "In Malay: the posting is in Malay, and Aminah's address is in Malaysia.",
    )
    at_sdn_bhd = intro_facts(
        "Lim Wei Jie", role_at="Art Director at Kilau Kreatif Sdn. Bhd.", text=MALAY_POST
    )
    assert draft_language(at_sdn_bhd, IntroSettings(), PENANG)[0] == "ms"
    indonesian = intro_facts("Budi Santoso", country="ID", text=INDONESIAN_POST)
    assert draft_language(indonesian, IntroSettings(), PENANG)[0] == "id"
    in_germany = intro_facts("Karl Weber", country="DE", text=MALAY_POST)
    assert draft_language(in_germany, IntroSettings(), PENANG)[0] == "en"


@pytest.mark.parametrize(
    ("contact", "formal", "informal"),
    [
        ("Иван Петрович Сидоров", "Иван Петрович", "Иван"),
        ("Сидоров Иван Петрович", "Иван Петрович", "Иван"),  # family name first
        ("Ольга Сергеевна", "Ольга Сергеевна", "Ольга"),
        ("Мария Иванова", "Мария", "Мария"),  # no patronymic: the first name
        ("Anna Smirnova", "Anna", "Anna"),
    ],
)
def test_a_russian_greeting_names_the_patronymic_only_formally(
    contact: str, formal: str, informal: str
) -> None:
    assert russian_formal(contact) == formal
    assert first_name(contact, language="ru") == informal


def test_a_russian_request_says_vy_and_declines_no_inserted_name() -> None:
    facts = intro_facts("Иван Петрович Сидоров", connected=datetime(2022, 4, 1, tzinfo=UTC))
    draft = render_intro(facts, RU, RIGA, TODAY)
    head, note = draft.split("---")
    assert head.startswith("Здравствуйте, Иван Петрович!\n\nМы на связи в LinkedIn с 2022 года")
    assert "открыт набор на позицию Data Engineer в компании Acme, и охотно помогу" in head
    assert "Не могли бы Вы переслать" in head and "ты" not in head.split()
    assert "Работаю на фрилансе в сфере инженерии данных: Python и SQL, удалённо (ЕС)." in note
    assert not _GENDERED.search(draft)
    applied = render_intro(intro_facts("Мария Иванова", status="applied"), RU, RIGA, TODAY)
    assert applied.startswith("Здравствуйте, Мария!") and "моя заявка уже отправлена" in applied
    assert not _GENDERED.search(applied)


def test_a_russian_friend_gets_ty_and_the_first_name() -> None:
    settings = IntroSettings(name="Nadia", contacts={"Иван Петрович Сидоров": "ты"})
    facts = intro_facts("Иван Петрович Сидоров", hiring=True)
    assert draft_language(facts, settings, RIGA)[0] == "ru"
    draft = render_intro(facts, settings, RIGA, TODAY)
    assert draft.startswith("Привет, Иван!\n\nВижу твоё объявление о наборе на позицию Data")
    assert "Может, коротко созвонимся" in draft and "Вам" not in draft
    assert not _GENDERED.search(draft)
    formal = IntroSettings(name="Nadia", contacts={"Olga Petrova": "Вы"})
    assert draft_language(intro_facts("Olga Petrova"), formal, RIGA)[0] == "ru"


def test_a_russian_draft_for_an_agencys_client_closes_the_clause() -> None:
    facts = intro_facts(
        "Анна Котова", title="Data Engineer", text="Our client, a fintech, is hiring.",
        company="Talentbridge",
    )  # fmt: skip
    head = render_intro(facts, RU, RIGA, TODAY).split("---")[0]
    assert "в компании, которую представляет Talentbridge, и охотно помогу" in head
