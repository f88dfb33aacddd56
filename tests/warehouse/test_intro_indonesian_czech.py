"""Drafts in Indonesian and Czech, for a posting written in them or as `[intro] language`
or `[intro.contacts]` ask: Indonesian "Anda" to a loose tie and "kamu" to a friend, to
the first name alone; Czech vykání or tykání greeting no one by name (a name would need
its vocative), the user's gender unsaid. "ty" alone says Polish, "cs ty" Czech."""

from dataclasses import replace
from datetime import UTC, datetime

import pytest

from extractors._errors import ConfigError
from tests.warehouse.intro_facts import intro_facts
from warehouse.intro import draft_language, draft_register, for_a_client, render_intro
from warehouse.intro_names import first_name
from warehouse.intro_offer import default_offer
from warehouse.intro_settings import IntroSettings
from warehouse.intro_written import profile_reads
from warehouse.ranking.profile import Profile

TODAY = datetime(2026, 12, 6, tzinfo=UTC)
JAKARTA = Profile(
    roles=["data engineer"], skills=["python", "sql"], engagements=["freelance"],
    remote_only=True, locations=["ID"],
)  # fmt: skip
BRNO = Profile(
    roles=["frontend developer"], skills=["react", "typescript"], engagements=["contract"],
    remote_only=True, locations=["CZ", "EU"],
)  # fmt: skip
ID = IntroSettings(name="Rizky Pratama", language="id")
CS = IntroSettings(name="Tereza Malá", language="cs")


def test_an_indonesian_request_says_anda_to_the_first_name() -> None:
    facts = intro_facts("Budi Santoso, S.Kom.", connected=datetime(2022, 4, 1, tzinfo=UTC))
    head, note = render_intro(facts, ID, JAKARTA, TODAY).split("---")
    assert head.startswith("Halo Budi,\n\nKita sudah terhubung di LinkedIn sejak 2022")
    assert (
        "Acme sedang membuka lowongan untuk posisi Data Engineer dan ingin membantu "
        "sebagai pekerja lepas." in head
    )
    assert "Apakah Anda bersedia meneruskan pesan" in head and "Pak" not in head
    assert (
        "sebagai pekerja lepas di bidang rekayasa data dengan fokus pada Python dan SQL, "
        "secara jarak jauh (Indonesia)." in note
    )


def test_an_indonesian_friend_gets_kamu_and_the_note_below_stays_formal() -> None:
    facts = intro_facts("Siti Rahayu", ties_kinds=("facebook:friend",))
    assert draft_register(facts, "id", ID) == (
        "informal",
        'Addressed with "kamu": Siti is your Facebook friend.',
    )
    head, _ = render_intro(facts, ID, JAKARTA, TODAY).split("---")
    assert "Apakah kamu bersedia" in head and "Makasih banyak," in head
    assert "Anda" not in head
    posted = render_intro(intro_facts("Andi Wijaya", hiring=True), IntroSettings(
        name="Rizky", contacts={"Andi Wijaya": "kamu"}), JAKARTA, TODAY)  # fmt: skip
    assert posted.startswith("Halo Andi,\n\nSaya melihat lowongan kamu untuk posisi Data Engineer:")


def test_an_indonesian_draft_dates_and_subject_are_indonesian() -> None:
    facts = intro_facts(
        "Lina Marlina", last_messaged=datetime(2025, 3, 10, tzinfo=UTC),
        ties_kinds=("google_contacts:contact",),
    )  # fmt: skip
    draft = render_intro(facts, ID, JAKARTA, TODAY)
    assert draft.startswith(
        "Subject: Pertanyaan tentang posisi Data Engineer di Acme\n\nHalo Lina,"
    )
    assert "Sudah lama kita tidak berkirim pesan (terakhir Maret 2025)." in draft


def test_a_czech_request_greets_no_one_by_name_and_says_no_gender() -> None:
    facts = intro_facts("Ing. Petr Novák", connected=datetime(2021, 5, 1, tzinfo=UTC))
    head, note = render_intro(facts, CS, BRNO, TODAY).split("---")
    assert head.startswith(
        "Dobrý den,\n\nNa LinkedInu jsme ve spojení od roku 2021, ale toto je moje první zpráva."
    )
    assert (
        "Vidím, že u Acme hledají někoho na pozici Data Engineer, a mohu pomoci: pracuji "
        "na projektové bázi." in head
    )
    assert "Petr" not in head and "Nováku" not in head
    assert (
        "Pracuji na projektové bázi v oblasti vývoje softwaru se zaměřením na React a "
        "TypeScript, na dálku (Česko, EU)." in note
    )
    applied = render_intro(intro_facts("Lucie Černá", status="applied"), CS, BRNO, TODAY)
    assert "Na pozici Data Engineer u Acme už mám podanou přihlášku" in applied
    # the user's past tense and "rád/ráda" would say their gender
    assert not any(w in applied for w in (" rád ", " ráda ", "jsem poslal", "jsem viděl"))


def test_a_czech_friend_gets_tykani_and_the_note_below_stays_formal() -> None:
    facts = intro_facts("Tomáš Procházka", hiring=True, ties_kinds=("facebook:friend",))
    assert draft_register(facts, "cs", CS)[0] == "informal"
    draft = render_intro(facts, CS, BRNO, TODAY)
    assert draft.startswith("Ahoj,\n\nVidím tvůj inzerát na pozici Data Engineer:")
    assert "nebo ti mám nejdřív poslat" in draft and "Vám" not in draft
    request = render_intro(intro_facts("Petr Novák"), IntroSettings(
        name="Tereza", contacts={"Petr Novák": "cs ty"}), BRNO, TODAY)  # fmt: skip
    head, note = request.split("---")
    assert "Šlo by přeposlat zprávu níže" in head and "Dobrý den, jmenuji se Tereza." in note


@pytest.mark.parametrize(
    ("words", "said"),
    [
        ("ty", ("pl", "informal")),  # Polish's, as it has been
        ("cs ty", ("cs", "informal")),
        ("ty cs", ("cs", "informal")),
        ("vy", ("cs", "formal")),
        ("pl", ("pl", None)),
        ("kamu", ("id", "informal")),
        ("Anda", ("id", "formal")),
    ],
)
def test_ty_alone_is_polish_and_czech_is_named(words: str, said: tuple[str, str | None]) -> None:
    assert IntroSettings(contacts={"Jana Dvořáková": words}).addressed("Jana Dvořáková") == said


def test_a_polish_ty_draft_stays_polish_and_a_czech_one_czech() -> None:
    polish = IntroSettings(name="Tereza", contacts={"Jana Dvořáková": "ty"})
    czech = IntroSettings(name="Tereza", contacts={"Jana Dvořáková": "cs ty"})
    facts = intro_facts("Jana Dvořáková")
    assert render_intro(facts, polish, BRNO, TODAY).startswith("Cześć, Jana!")
    assert render_intro(facts, czech, BRNO, TODAY).startswith("Ahoj,\n\nVidím")
    with pytest.raises(ConfigError, match="ty or vy"):
        IntroSettings(contacts={"Jana": "cs ty vy"})


def test_the_czech_and_indonesian_offers_leave_part_time_out_of_a_full_time_post() -> None:
    profile = Profile(roles=["data engineer"], skills=["python"],
                      engagements=["freelance", "part_time"])  # fmt: skip
    assert "juga paruh waktu" in default_offer(profile, "id", "", (), "contract")
    assert default_offer(profile, "cs", "", (), "full_time") == (
        "Pracuji na volné noze v oblasti datového inženýrství se zaměřením na Python."
    )


@pytest.mark.parametrize(
    ("contact", "greeted"),
    [
        ("H. Ahmad Fauzi", "Ahmad"),  # H. for a man who made the hajj
        ("Hj. Siti Aminah", "Siti"),
        ("Ir. Bambang Susilo", "Bambang"),
        ("F. Scott Fitzgerald", "Scott"),
        ("J. Alvarez", "J. Alvarez"),  # an initial and a surname: as written
        ("J. R. Smith", "J. R. Smith"),
    ],
)
def test_a_name_after_an_initial_or_an_indonesian_title(contact: str, greeted: str) -> None:
    assert first_name(contact) == greeted


@pytest.mark.parametrize(
    ("domains", "country", "reads"),
    [
        (("estudio.com.co",), None, "Mateo's e-mail is at estudio.com.co"),
        (("acme.co",), None, None),  # .co is sold to anyone as "company"
        ((), "CO", "Mateo's address is in Colombia"),
    ],
)
def test_a_colombian_contact_reads_spanish_but_not_by_any_co_domain(
    domains: tuple[str, ...], country: str | None, reads: str | None
) -> None:
    assert profile_reads("es", "CTO", domains, "Mateo", country) == reads


def test_a_spanish_greeting_sets_the_name_off_with_a_comma() -> None:
    es = IntroSettings(name="Valentina", language="es")
    assert render_intro(intro_facts("Camila Restrepo"), es, JAKARTA, TODAY).startswith(
        "Hola, Camila:\n\n"
    )
    assert render_intro(intro_facts("Acme Careers"), es, JAKARTA, TODAY).startswith("Hola:\n\n")
    facts = intro_facts("Camila Restrepo", country="CO", text="We are hiring for our team")
    line = draft_language(facts, IntroSettings())[1]
    assert "Camila's address is in Colombia" in line


@pytest.mark.parametrize(
    ("text", "client"),
    [
        ("Dibutuhkan segera Data Engineer untuk klien kami, sebuah bank digital.", True),
        ("Lowongan ini dibuka atas nama klien, perusahaan logistik di Surabaya.", True),
        ("Pro našeho klienta, výrobce nábytku, hledáme datového inženýra.", True),
        ("Megbízónk részére keresünk adatmérnököt Győrbe.", True),
        ("Egyik ügyfelünk számára keresünk adatmérnököt.", True),
        # a firm that builds for its clients hires for itself
        ("Kami membangun dasbor data untuk klien kami di Asia Tenggara.", False),
        ("Ügyfeleink számára adatplatformokat építünk, és adatmérnököt keresünk.", False),
    ],
)  # fmt: skip
def test_a_post_for_a_client_in_indonesian_czech_or_hungarian(text: str, client: bool) -> None:
    facts = intro_facts(text=text, role_at="Konsultan at Talentara", hiring=True)
    assert for_a_client(facts) is client


def test_an_indonesian_or_czech_posting_is_answered_in_it_unasked() -> None:
    facts = intro_facts(
        "Dewi Lestari", hiring=True, title="Data Engineer (Kontrak)",
        text="Kami sedang mencari data engineer untuk tim analitik kami. Pekerjaan ini "
        "dilakukan dari rumah dengan kontrak enam bulan.",
    )  # fmt: skip
    assert draft_language(facts, IntroSettings())[0] == "id"
    czech = replace(
        facts, contact="Jana Dvořáková",
        text="Hledáme datového inženýra do našeho týmu. Nabízíme práci z domova a smlouvu "
        "na šest měsíců.",
    )  # fmt: skip
    assert draft_language(czech, IntroSettings())[0] == "cs"


def test_a_hungarian_ask_gets_a_hungarian_reply_in_its_own_register() -> None:
    """ "Ismersz valakit?" says "te": "Szia!" (the name's order unknown, no name); "Ismerne
    valakit?" says "Ön": the whole name as written."""
    ask = "Ismersz valakit, aki ért a dbt-hez?"
    facts = intro_facts("Kovács Anna", hiring=True, asked=True, title=ask, text=ask)
    assert draft_language(facts, IntroSettings()) == ("hu", "")
    reply = render_intro(facts, IntroSettings(name="Eszter"), BRNO, TODAY)
    assert reply.startswith("Szia!\n\nKöszi az üzenetet!")
    formal = "Ismerne valakit, aki ért a dbt-hez?"
    facts = intro_facts("Kovács Anna", hiring=True, asked=True, title=formal, text=formal)
    reply = render_intro(facts, IntroSettings(name="Eszter"), BRNO, TODAY)
    assert reply.startswith("Kedves Kovács Anna!\n\nKöszönöm az üzenetét!")
    assert "távmunkában (Csehország, EU)" in reply
