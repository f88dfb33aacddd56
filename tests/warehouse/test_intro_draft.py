"""The drafts' words: the role a title names, how the user knows the contact, greetings."""

import re
from dataclasses import replace
from datetime import UTC, datetime

import duckdb
import pytest

from extractors._errors import ConfigError
from tests.warehouse.intro_facts import intro_facts
from warehouse.intro import (
    FOLLOWED_ONLY,
    acquaintance,
    also_line,
    draft_language,
    draft_register,
    first_name,
    for_a_client,
    render_intro,
    to_line,
)
from warehouse.intro_informal import INFORMAL
from warehouse.intro_languages import LANGUAGES
from warehouse.intro_offer import offer_note
from warehouse.intro_role import fitting_role, quoted_role
from warehouse.intro_settings import IntroSettings
from warehouse.ranking.profile import Profile

TODAY = datetime(2026, 12, 4, tzinfo=UTC)


@pytest.mark.parametrize(
    ("title", "role"),
    [
        ("Senior Data Engineer", "Senior Data Engineer"),
        ("Acme | SENIOR DATA ENGINEER | Remote (EU) | $150k", "Senior Data Engineer"),
        ("Acme | Berlin | ONSITE | Full-time | https://acme.example", None),  # no role field
        ("Acme | Backend Engineer, Data Engineer | NYC", None),  # a list of roles
        ("Acme | Multiple roles | Remote | https://acme.example", None),
        ("Acme | Senior Engineer | Product Designer | Remote", None),  # two role fields
        ("Acme | Senior Fullstack Engineers | Remote", "Senior Fullstack Engineer"),
        ("Acme | 2 Sr. Data Architects | Remote", "Sr. Data Architect"),
        ("Acme | Hiring Product Engineers | Remote", "Product Engineer"),
        ("Acme is hiring a Data Engineer for our platform team.", "Data Engineer"),
        ("At Acme, we are building the future of invoices for small firms everywhere.", None),
        ("Data &amp; Analytics Engineer", "Data & Analytics Engineer"),
        # tools as their makers spell them in a shouted title; terms after the role dropped
        ("Acme | SENIOR DEVOPS ENGINEER (AWS/GCP) | Remote", "Senior DevOps Engineer (AWS/GCP)"),
        ("SENIOR IOS ENGINEER", "Senior iOS Engineer"),
        ("SR. ML ENGINEER - NLP", "Sr. ML Engineer - NLP"),
        ("Data Engineer - Contract - Remote (UK)", "Data Engineer"),
        ("Backend Developer, Remote", "Backend Developer"),
        ("Data Analyst (Remote - EU)", "Data Analyst"),
        ("Contract Manager - Remote", "Contract Manager"),
        ("[Hiring] Freelance dbt developer", "Freelance dbt developer"),
        ("[HIRING] [Remote] Data Engineer | Acme", "Data Engineer"),
        # a forum's or a post's sentence: its object, without the pay or hashtags
        ("[Hiring] Looking for a React developer to build our MVP", "React developer"),
        ("[HIRING] Need a Shopify developer - $500 budget", "Shopify developer"),
        ("[Hiring] Video editor (€30/hour)", "Video editor"),
        ("Seeking a freelance copywriter for SaaS launch", "freelance copywriter"),
        ("We're looking for a Senior Data Engineer to join our team", "Senior Data Engineer"),
        ("#hiring We need a data engineer (contract, EU remote) #fedihire", "data engineer"),
        ("Acme is hiring Data Engineers for the platform team", "Data Engineer"),
        ("Looking for someone to help with my website", None),  # no role named
        # after a forum's tag, the role is the title's object: what follows is its purpose
        ("[Hiring] Video editor for YouTube channel", "Video editor"),
        (
            "[HIRING] Virtual assistant to manage inbox and calendar (10 hrs/week)",
            "Virtual assistant",
        ),
        ("[Hiring] Help with my Shopify store", None),
        ("[Hiring] Bookkeeper needed for small agency", "Bookkeeper"),
        ("Video editor for YouTube channel", "Video editor for YouTube channel"),  # no tag: whole
        (
            "Senior Manager, Internal Audit - Audit Automation & Technology Risk Office",
            "Senior Manager, Internal Audit",
        ),
        # whom it is open to and how it is engaged are the posting's, not the role's
        ("Traductrice / Traducteur FR-EN (H/F)", "Traductrice / Traducteur FR-EN"),
        ("Senior Data Engineer (m/w/d)", "Senior Data Engineer"),
        ("French Localization Specialist (Contract)", "French Localization Specialist"),
        ("Product Designer (Remote, Contract)", "Product Designer"),
        (None, None),
    ],
)
def test_a_draft_quotes_one_role_as_a_person_would_say_it(
    title: str | None, role: str | None
) -> None:
    assert quoted_role(title) == role


def test_a_role_of_a_trade_outside_the_table_is_quoted_as_the_title_says() -> None:
    title = "We're looking for a freelance French subtitler for a 2-month project."
    assert fitting_role(title, ["translator", "subtitler"]) == "subtitler"


def test_how_you_know_them_writes_a_date_as_people_do() -> None:
    facts = intro_facts(last_messaged=datetime(2026, 12, 8, tzinfo=UTC))
    assert facts.how_you_know() == "last messaged 8 December 2026"


@pytest.mark.parametrize(
    ("ties", "said"),
    [
        ({"last_messaged": datetime(2026, 11, 2, tzinfo=UTC)}, ""),
        ({"last_messaged": datetime(2022, 5, 2, tzinfo=UTC)}, "since we last wrote (May 2022)"),
        ({"connected": datetime(2019, 3, 1, tzinfo=UTC)}, "(since 2019) but haven't talked"),
        ({"connected": datetime(2026, 9, 1, tzinfo=UTC)}, "in September 2026 but haven't"),
        ({"follows": ("mastodon", "x")}, "We haven't met: I follow you on Mastodon and X."),
        ({}, ""),  # an address-book contact: someone the user knows
    ],
)
def test_a_loose_tie_is_owned_up_to_once_and_a_recent_one_not_at_all(
    ties: dict[str, object], said: str
) -> None:
    text = acquaintance(intro_facts(**ties), TODAY)
    assert said in text and (text == "") == (said == "")
    assert "friend" not in text and "hope all is well" not in text


@pytest.mark.parametrize(
    ("contact", "greeted"),
    [
        ("Dr. Ana Ruiz", "Ana"),
        ("@mira@hachyderm.example", "Mira"),
        (None, "there"),
        ("", "there"),
        ("Katherine (Kate) Lindqvist", "Kate"),  # the name they go by
        ('Robert "Bob" Chen', "Bob"),
        ("J. Alvarez", "J. Alvarez"),  # no first name given: not "Hi J.,"
        ("A.J. Patel", "A.J."),
        ("MARÍA GARCÍA LÓPEZ", "María"),
        ("YAMADA Taro", "Taro"),  # the family name in capitals
        ("Yamada, Taro", "Taro"),  # before a comma
        ("Tom Müller, PhD", "Tom"),
        ("Sarah Kim (she/her)", "Sarah"),
        ("Mira :verified:", "Mira"),
        ("🚀 Jane Doe", "Jane"),
        ("José Luis Pérez Gómez", "José Luis"),  # two given names before two surnames
        ("Ana Paula Souza", "Ana Paula"),
        ("Ana García López", "Ana"),
        ("Fatima Zahra Benali", "Fatima Zahra"),  # the Maghreb's two given names
        ("Fatima-Zahra Benali", "Fatima-Zahra"),
        ("Mohamed Amine Alaoui", "Mohamed Amine"),
        ("Nana Yaw Asante", "Nana Yaw"),  # Ghana's "Nana" before an Akan day name
        ("NANA AMA OWUSU", "Nana Ama"),
        ("Nana Akufo-Addo", "Nana"),
        ("Kwame Mensah", "Kwame"),
        ("Youssef El Amrani", "Youssef"),  # "El" opens the surname
        ("Fatima Benali", "Fatima"),
        ("Mary Smith", "Mary"),
        ("Dr. med. Anna Schmidt", "Anna"),  # an academic title in parts
        ("Dr.-Ing. Jonas Weber", "Jonas"),
        ("Phil Nat", "Phil"),  # a name, not "phil." or "nat."
    ],
)
def test_a_greeting_names_the_person_never_none(contact: str | None, greeted: str) -> None:
    assert first_name(contact) == greeted


@pytest.mark.parametrize(
    ("contact", "language", "greeting"),
    [
        ("Acme Recruiting", "en", "Hi there,\n"),  # an account that is a company's
        ("Acme", "en", "Hi there,\n"),  # named as the company hiring
        ("", "en", "Hi there,\n"),
        ("", "de", "Hallo,\n"),
        ("Acme Careers", "es", "Hola:\n"),
        ("Acme Careers", "uk ти", "Привіт!\n"),
        ("Katherine (Kate) Lindqvist", "de", "Hallo Kate,\n"),
        ("Youssef El Amrani", "fr", "Bonjour Youssef,\n"),
        ("Fatima-Zahra Benali", "fr", "Bonjour Fatima-Zahra,\n"),
        ("J.", "en", "Hi there,\n"),  # initials alone name no one to greet
        ("K. M.", "de", "Hallo,\n"),
    ],
)
def test_a_greeting_names_no_company_and_stands_alone_without_a_name(
    contact: str, language: str, greeting: str
) -> None:
    facts = intro_facts(contact, hiring=True, role_at=None)
    settings = IntroSettings(name="Sam", contacts={contact: language} if contact else {})
    if not contact:
        settings = IntroSettings(name="Sam", language=language)
    text = render_intro(facts, settings, Profile(roles=("data engineer",)), TODAY)
    assert text.startswith(greeting)
    assert "\x00" not in text and "Acme Recruiting" not in text


@pytest.mark.parametrize(
    ("contact", "changes", "greeting"),
    [
        # in Indonesia and Pakistan "Muhammad" is a first element many bear: they go by
        # the next name, as an Indonesian draft or an address there says
        ("Muhammad Rizki Ramadhan", {"language": "id"}, "Halo Rizki,"),
        ("Mochammad Iqbal", {"language": "id"}, "Halo Iqbal,"),
        ("Muhammad Usman Tariq", {"country": "PK"}, "Hi Usman,"),
        ("Mohd bin Salleh", {"country": "MY"}, "Hi Mohd,"),  # "bin" names the father
        ("Muhammad", {"country": "ID"}, "Hi Muhammad,"),
        # elsewhere, as in Arabic-speaking countries, it is the person's own name
        ("Mohammed Al-Harbi", {"country": "SA"}, "Hi Mohammed,"),
        ("Mohammed Ahmed Hassan", {}, "Hi Mohammed,"),
        # the Arab world's "Eng." is a title; "Abdul" ("servant of") is no name alone
        ("Eng. Mohammed Al-Qahtani", {"country": "SA"}, "Hi Mohammed,"),
        ("Abdul Rahman Al-Harbi", {"country": "SA"}, "Hi Abdul Rahman,"),
        ("Abdulrahman Al-Otaibi", {"country": "SA"}, "Hi Abdulrahman,"),
    ],
)
def test_a_devotional_muhammad_is_passed_over_only_where_the_country_says_so(
    contact: str, changes: dict[str, str], greeting: str
) -> None:
    facts = intro_facts(contact, country=changes.get("country"))
    settings = IntroSettings(name="Rizky", language=changes.get("language", "auto"))
    text = render_intro(facts, settings, Profile(roles=("data engineer",)), TODAY)
    assert text.startswith(f"{greeting}\n")


def test_a_company_draft_is_short_plain_and_forwardable() -> None:
    profile = Profile(skills=("python", "duckdb"), engagements=("contract",), locations=("EU",))
    facts = intro_facts(
        title="Acme | DATA ENGINEER | Remote | $120k", connected=datetime(2019, 1, 5, tzinfo=UTC)
    )
    draft = render_intro(facts, IntroSettings(name="Alex"), profile, TODAY)
    note, forwardable = draft.split("\n---\n")
    assert note.startswith("Hi Ana,\n\nWe're connected on LinkedIn (since 2019)")
    assert "Acme is hiring for the Data Engineer role" in note
    assert forwardable.startswith("Hi, I'm Alex. I work as a contractor in Python and DuckDB")
    assert "(https://acme.example/jobs/1)" in forwardable
    assert len(draft.split()) <= 120 and "$" not in draft and "&amp;" not in draft
    assert all(len(line) < 400 for line in draft.splitlines())  # one paragraph a line


def test_a_lead_with_no_single_role_is_about_the_open_roles() -> None:
    facts = intro_facts(title="Acme | Multiple roles | Remote", hiring=True)
    draft = render_intro(facts, IntroSettings(name="Alex"), Profile(), TODAY)
    assert "I saw your post about the open roles:\nhttps://acme.example/jobs/1" in draft
    assert "Multiple roles" not in draft and "forward" not in draft


@pytest.mark.parametrize(
    ("ask", "opening"),
    [
        ("Kannst du uns bei dbt helfen?", "Hallo Ana,\n\ndanke für deine Nachricht!"),
        ("Kennen Sie jemanden, der uns hilft?", "Hallo Ana,\n\nvielen Dank für Ihre Nachricht!"),
        ("¿Puedes ayudarnos con dbt?", "Hola, Ana:\n\n¡Gracias por tu mensaje!"),
        ("¿Conoce a alguien que sepa dbt?", "Hola, Ana:\n\n¡Muchas gracias por su mensaje!"),
        ("Tu connais quelqu'un pour nos sous-titres ?", "Salut Ana,\n\nMerci pour ton message !"),
        ("On cherche quelqu'un pour l'appli.", "Bonjour Ana,\n\nMerci beaucoup pour votre"),
        ("Conheces alguém que faça legendas?", "Olá Ana,\n\nAgradeço a tua mensagem!"),
        ("Você conhece algum tradutor freelancer?", "Olá Ana,\n\nAgradeço a sua mensagem!"),
        ("Conosci qualcuno che sappia dbt?", "Ciao Ana,\n\ngrazie per il tuo messaggio!"),
        ("Potrebbe aiutarci con dbt?", "Buongiorno Ana,\n\nLa ringrazio per il Suo messaggio!"),
        ("Ken jij iemand die dbt kent?", "Hoi Ana,\n\nBedankt voor je bericht!"),
        ("Kent u een freelance vertaler?", "Beste Ana,\n\nHartelijk dank voor uw bericht!"),
        ("Can you help us with dbt?", "Hi Ana,\n\nThanks for your message."),
    ],
)
def test_an_ask_is_answered_in_its_language_and_form_of_address(ask: str, opening: str) -> None:
    facts = intro_facts(title=ask, company=None, url="message:1", hiring=True, asked=True)
    profile = Profile(skills=("dbt",), engagements=("freelance", "part_time"))
    draft = render_intro(facts, IntroSettings(name="Alex"), profile, TODAY)
    assert draft.startswith(opening) and ask not in draft
    offers = {
        "Hallo": "Ich arbeite freiberuflich mit dbt, auch in Teilzeit.",
        "Hola": "Trabajo como freelance con dbt, también a tiempo parcial.",
        "Salut": "Je travaille en freelance sur dbt, aussi à temps partiel.",
        "Bonjour": "Je travaille en freelance sur dbt, aussi à temps partiel.",
        "Olá": "Trabalho como freelancer com dbt, também ",  # "a tempo parcial", "em meio período"
        "Ciao": "Lavoro come freelance con dbt, anche part-time.",
        "Buongiorno": "Lavoro come freelance con dbt, anche part-time.",
        "Hoi": "Ik werk als freelancer met dbt, ook parttime.",
        "Beste": "Ik werk als freelancer met dbt, ook parttime.",
        "Hi": "I work as a freelancer in dbt, available for freelance or part-time work.",
    }
    assert offers[opening.split()[0].rstrip(",")] in draft
    # Romance languages and Dutch write on in lower case after a colon: the offer is a
    # sentence of its own
    assert not re.search(r": (?:Trabajo|Je|Trabalho|Lavoro|Ik)\b", draft)


@pytest.mark.parametrize(
    ("role_at", "asked"),
    [
        ("Technical Recruiter at Acme", "Are you the right person for it"),
        ("Talent Acquisition Partner at Acme", "Are you the right person for it"),
        ("CTO at Acme", "forward the note below to whoever is hiring"),
    ],
)
def test_a_recruiter_is_asked_whether_they_are_the_one_to_take_it(role_at: str, asked: str) -> None:
    draft = render_intro(intro_facts(role_at=role_at), IntroSettings(), Profile(), TODAY)
    assert asked in draft.split("\n---\n")[0]


@pytest.mark.parametrize("contact", ["María José García", "Rahim Uddin", "রহিম উদ্দিন"])
def test_an_ask_in_english_is_answered_in_english_whoever_asks(contact: str) -> None:
    facts = intro_facts(contact=contact, title="We're looking for a freelance data engineer.",
                   company=None, url="message:1", hiring=True, asked=True)  # fmt: skip
    draft = render_intro(facts, IntroSettings(name="Alex"), Profile(skills=("dbt",)), TODAY)
    assert "Thanks for your message. I could help with that myself: I work as a" in draft


@pytest.mark.parametrize(
    ("changes", "client"),
    [
        ({"text": "We are recruiting on behalf of our client, a fintech."}, "your client"),
        ({"title": "Data Engineer for a client in Berlin"}, "your client"),
        (
            {"role_at": "Senior Recruiter at Harbour Talent", "company": "Kestrel Bank"},
            "Kestrel Bank",
        ),
    ],
)
def test_a_recruiter_posting_for_a_client_is_asked_for_an_introduction(
    changes: dict[str, object], client: str
) -> None:
    facts = intro_facts(**({"role_at": "Recruiter at Harbour Talent", "company": "Harbour Talent",
                       "hiring": True} | changes))  # fmt: skip
    draft = render_intro(facts, IntroSettings(name="Alex"), Profile(), TODAY)
    assert f"role for {client}:\nhttps://acme.example/jobs/1" in draft
    assert f"Could you introduce me to {client}, or pass my details on?" in draft
    assert "I'd be glad to help" not in draft


def test_an_in_house_recruiter_posting_for_their_company_gets_a_direct_offer() -> None:
    facts = intro_facts(
        role_at="Technical Recruiter at Acme Inc.", hiring=True, text="Join our team."
    )
    draft = render_intro(facts, IntroSettings(name="Alex"), Profile(), TODAY)
    assert "I saw your post about the Data Engineer role:" in draft
    assert "introduce" not in draft and "client" not in draft


@pytest.mark.parametrize(
    ("title", "roles", "said"),
    [
        (
            "Acme | ML Engineer, DATA ENGINEERS | Remote",
            ("data engineer",),
            "the Data Engineer role",
        ),
        ("Acme | ML Engineer, Data Engineer | Remote", ("designer",), "the open roles"),
        ("Acme | Multiple roles | Remote", ("data engineer",), "the open roles"),
        ("Acme is hiring! We have 3 openings", ("data engineer",), "the open roles"),
    ],
)
def test_a_post_of_several_roles_names_the_users_or_the_open_roles(
    title: str, roles: tuple[str, ...], said: str
) -> None:
    draft = render_intro(intro_facts(title=title, roles=roles), IntroSettings(), Profile(), TODAY)
    assert f"Acme is hiring for {said} and" in draft
    assert f"I'm interested in {said} at Acme" in draft


@pytest.mark.parametrize("status", ["applied", "replied", "interview"])
def test_once_applied_a_draft_asks_for_a_word_not_to_send_a_cv(status: str) -> None:
    facts = intro_facts(status=status, connected=datetime(2019, 1, 5, tzinfo=UTC))
    draft = render_intro(facts, IntroSettings(name="Alex"), Profile(), TODAY)
    note, forwardable = draft.split("\n---\n")
    assert "I've applied for the Data Engineer role at Acme" in note
    assert "forward the note below" in note
    assert "I've applied for the Data Engineer role at Acme (https://acme.example/jobs/1)" in (
        forwardable
    )
    assert "CV" not in draft and "$" not in draft


def test_once_applied_the_poster_gets_a_follow_up_not_an_offer_to_apply() -> None:
    facts = intro_facts(status="applied", hiring=True)
    draft = render_intro(facts, IntroSettings(name="Alex"), Profile(), TODAY)
    assert "I saw your post about the Data Engineer role and have applied:\n" in draft
    assert "Could we have a short call about it?" in draft
    assert "CV" not in draft and "---" not in draft


@pytest.mark.parametrize("status", ["new", "shortlisted"])
def test_before_applying_the_draft_offers_a_cv(status: str) -> None:
    draft = render_intro(intro_facts(status=status), IntroSettings(name="Alex"), Profile(), TODAY)
    assert "applied" not in draft and "short CV or portfolio" in draft


_FRENCH_TEXT = "Nous recherchons un analyste freelance pour notre équipe. Vous serez chez nous."


@pytest.mark.parametrize(
    ("changes", "opening", "why"),
    [
        # a French posting and a French title: French, and the line says why
        ({"role_at": "Gérante at Acme"}, "Bonjour Ana,", "and so is Ana's title (Gérante)"),
        ({"role_at": "CTO at Acme", "domains": ("acme.fr",)}, "Bonjour", "e-mail is at acme.fr"),
        ({"role_at": "CTO at Acme", "hiring": True}, "Bonjour", "and Ana posted it"),
        # nothing says they read French: English, and the line says why not
        ({"role_at": "CTO at Acme"}, "Hi Ana,", "nothing in Ana's profile says they read it"),
        # a German posting and a German title: German, formally
        (
            {"title": "Übersetzerin (m/w/d)", "text": "Wir suchen eine Übersetzerin.",
             "role_at": "Inhaberin at Acme"},
            "Hallo Ana,",
            "In German: the posting is in German, and so is Ana's title (Inhaberin)",
        ),
        # an English posting is answered in English whoever reads it, with no line
        ({"title": "Analyst", "text": "We are hiring.", "role_at": "Gérante at Acme"}, "Hi", ""),
    ],
)  # fmt: skip
def test_a_request_is_in_the_postings_language_where_the_contact_reads_it(
    changes: dict[str, object], opening: str, why: str
) -> None:
    facts = {"title": "Analyste data freelance (H/F)", "text": _FRENCH_TEXT} | changes
    settings = IntroSettings(name="Camille")
    draft = render_intro(intro_facts(**facts), settings, Profile(), TODAY)
    assert draft.startswith(opening)
    note = draft_language(intro_facts(**facts), settings)[1]
    assert why in note and bool(note) == bool(why)


def test_a_french_request_elides_its_role_and_asks_a_french_recruiter_for_the_client() -> None:
    facts = intro_facts(
        title="Analyste data (H/F)", text="Pour le compte de notre client, nous recherchons.",
        role_at="Chargée de recrutement at Hays", company="Banque Alpine", hiring=True,
        connected=datetime(2021, 5, 2, tzinfo=UTC),
    )  # fmt: skip
    draft = render_intro(facts, IntroSettings(name="Camille", language="fr"), Profile(), TODAY)
    assert (
        "Nous sommes en relation sur LinkedIn (depuis 2021) sans avoir vraiment échangé." in draft
    )
    assert "votre annonce concernant le poste d'Analyste data chez Banque Alpine :" in draft
    assert "Pourriez-vous me mettre en relation avec Banque Alpine" in draft


_POSTINGS = {
    "de": ("Datenanalyst (m/w/d)", "Wir suchen einen Analysten für unser Team. Du bist dabei."),
    "es": ("Analista de datos", "Buscamos un analista para nuestro equipo. Trabajarás con él."),
    "pt": ("Analista de dados", "Procuramos um analista para a nossa equipa. É remoto."),
    "it": ("Analista dati", "Cerchiamo un analista per il nostro team. Il progetto è remoto."),
    "nl": ("Data-analist", "Wij zoeken een analist voor ons team. Je werkt op afstand."),
}  # fmt: skip


@pytest.mark.parametrize(
    ("language", "domain", "opening", "formal", "informal"),
    [
        ("de", "acme.de", "Hallo Ana,", r"\bSie\b", r"\b(?:du|dir|dich)\b"),
        ("de", "acme.at", "Hallo Ana,", r"\bSie\b", r"\b(?:du|dir|dich)\b"),
        ("es", "acme.com.mx", "Hola, Ana:", r"\b(?:Podría|Le escribo)\b", r"\b(?:tú|te|tu)\b"),
        ("pt", "acme.com.br", "Olá Ana,", r"\bPoderia\b", r"\b(?:tu|te|obrigad[oa])\b"),
        ("it", "acme.it", "Buongiorno Ana,", r"\b(?:Potrebbe|Le scrivo)\b", r"\b(?:ti|tuo)\b"),
        ("nl", "acme.nl", "Beste Ana,", r"\b(?:u|uw)\b", r"\bje\b"),
    ],
)
def test_a_request_is_in_the_language_of_a_posting_whose_country_the_contacts_email_is_in(
    language: str, domain: str, opening: str, formal: str, informal: str
) -> None:
    title, text = _POSTINGS[language]
    facts = intro_facts(title=title, text=text, domains=(domain,))
    settings = IntroSettings(name="Camille")
    draft = render_intro(facts, settings, Profile(), TODAY)
    assert (
        draft_language(facts, settings) == (language, draft_language(facts, settings)[1])
        and f"e-mail is at {domain}" in draft_language(facts, settings)[1]
    )
    assert draft.startswith(opening)
    assert re.search(formal, draft) and not re.search(informal, draft)
    assert not re.search(r"\b(?:Hi|Thanks|the open roles|No worries)\b", draft)


def test_a_domain_of_a_country_of_several_languages_says_nothing() -> None:
    title, text = _POSTINGS["nl"]
    facts = intro_facts(title=title, text=text, domains=("acme.be", "acme.ch"))
    assert draft_language(facts, IntroSettings())[0] == "en"


@pytest.mark.parametrize(
    ("language", "drafts"),
    [
        ("de", "de"), ("es", "es"), ("it", "it"), ("nl", "nl"), ("fr", "fr"), ("en", "en"),
        # Portuguese is Brazil's where nothing says which; "pt-PT" is Portugal's drafts
        ("pt", "pt-BR"), ("pt-BR", "pt-BR"), ("pt-br", "pt-BR"), ("pt-PT", "pt"),
    ],
)  # fmt: skip
def test_intro_language_accepts_every_language_with_drafts(language: str, drafts: str) -> None:
    facts = intro_facts(title="Data Engineer", text="We are hiring a data engineer.")
    assert draft_language(facts, IntroSettings(language=language))[0] == drafts


def test_intro_language_refuses_one_without_drafts() -> None:
    with pytest.raises(ConfigError, match="language: expected 'auto', 'en', 'de'"):
        IntroSettings(language="sv")


@pytest.mark.parametrize(
    ("language", "text", "role_at", "client_line"),
    [
        ("de", "Für unseren Kunden, einen Verlag, suchen wir Verstärkung.", "Personalberaterin",
         "meine Kontaktdaten an Nordverlag weitergeben"),
        ("es", "Para nuestro cliente, una editorial, buscamos un perfil.", "Reclutadora",
         "¿Podría presentarme a Nordverlag"),
        ("pt", "Para um cliente nosso procuramos um perfil com experiência.", "Recrutadora",
         "me colocar em contato com Nordverlag"),  # Brazil's: nothing says which
        ("it", "Per un nostro cliente cerchiamo un profilo con esperienza.",
         "Responsabile selezione", "mettermi in contatto con Nordverlag"),
        ("nl", "Voor onze opdrachtgever zoeken wij een ervaren profiel.", "Wervingsspecialist",
         "in contact kunnen brengen met Nordverlag"),
        ("nl", "Voor een van onze klanten zoeken wij een ervaren profiel.", "Recruiter",
         "in contact kunnen brengen met Nordverlag"),
        ("nl", "Namens onze klant, een uitgeverij, zoeken wij versterking.", "Consultant",
         "in contact kunnen brengen met Nordverlag"),
    ],
)  # fmt: skip
def test_a_recruiter_posting_for_a_client_in_any_language_is_asked_for_an_introduction(
    language: str, text: str, role_at: str, client_line: str
) -> None:
    facts = intro_facts(
        title=_POSTINGS[language][0], text=text, role_at=f"{role_at} at Hays",
        company="Nordverlag", hiring=True,
    )  # fmt: skip
    draft = render_intro(facts, IntroSettings(name="Camille"), Profile(), TODAY)
    assert client_line in draft


def test_a_loose_tie_and_its_dates_are_said_in_the_drafts_language() -> None:
    title, text = _POSTINGS["de"]
    facts = intro_facts(
        title=title, text=text, domains=("acme.de",),
        last_messaged=datetime(2024, 3, 5, tzinfo=UTC),
    )  # fmt: skip
    draft = render_intro(facts, IntroSettings(name="Camille"), Profile(), TODAY)
    assert "Wir haben uns länger nicht geschrieben (zuletzt März 2024)." in draft
    # the line above it is the user's, in English
    assert to_line(facts) == "To: Dr. Ana Ruiz, CTO at Acme (last messaged 5 March 2024)"


@pytest.mark.parametrize(
    ("when", "ties", "line"),
    [
        ("connected", None, "To: Dr. Ana Ruiz, CTO at Acme (connected on LinkedIn since May 2021)"),
        ("last_messaged", None, "To: Dr. Ana Ruiz, CTO at Acme (last messaged 2 May 2021)"),
        (None, "Google Contacts, a contact", "To: Dr. Ana Ruiz, CTO at Acme (Google Contacts, "
         "a contact)"),
        (None, None, "To: Dr. Ana Ruiz, CTO at Acme (in your network)"),
    ],
)  # fmt: skip
def test_the_line_naming_the_contact_is_a_note_to_the_user_in_english(
    when: str | None, ties: str | None, line: str
) -> None:
    """Like every line above a draft (why its language, how it addresses them), it is
    for the user, not the contact: one language for all of them, whatever the draft's."""
    dated = {when: datetime(2021, 5, 2, tzinfo=UTC)} if when else {}
    assert to_line(intro_facts(**dated, ties=ties)) == line


def test_a_users_role_is_named_as_the_title_names_it_in_its_own_language() -> None:
    facts = intro_facts(
        title="Lingua | Übersetzer, Lektoren | Remote", text=_POSTINGS["de"][1],
        role_at="Inhaberin at Lingua", roles=("translator",),
    )  # fmt: skip
    draft = render_intro(facts, IntroSettings(name="Camille"), Profile(), TODAY)
    assert "dass bei Acme die Stelle als Übersetzer zu besetzen ist" in draft
    # a role the title names in passing, as another trade's word, is not the user's
    assert fitting_role("Acme | Übersetzungsbüro | Remote", ["translator"]) is None


@pytest.mark.parametrize(
    ("offer", "language", "noted"),
    [
        ("", "de", True),  # the skills from [profile], as written there
        ({"en": "I translate."}, "it", True),  # no Italian one: the default's skills
        ({"de": "Ich übersetze."}, "de", False),  # the user's own German words
        ("I translate.", "nl", False),  # one offer for every draft: the user's choice
        ("", "en", False),
    ],
)
def test_a_line_says_when_a_drafts_offer_keeps_the_profiles_skill_words(
    offer: str | dict[str, str], language: str, noted: bool
) -> None:
    skills = ("copywriting", "Figma", "brand voice")
    note = offer_note(IntroSettings(offer=offer), Profile(skills=skills), language)
    assert bool(note) == noted
    assert not note or f"(copywriting, brand voice); [intro.offer] {language} =" in note


def test_no_line_on_skills_that_are_tools_named_alike_in_every_language() -> None:
    assert offer_note(IntroSettings(), Profile(skills=("python", "dbt", "Figma")), "de") == ""


@pytest.mark.parametrize(
    ("changes", "language", "why"),
    [
        # a saved job's title says no language, nor does where the contact lives: it is
        # no guess, and a line says how to choose
        ({"country": "BR"}, "en", "In English: Ana's address is in Brazil, but neither"),
        ({"country": "AT"}, "en", '"Dr. Ana Ruiz" = "de" writes in German'),
        ({"country": "FR"}, "en", "In English: Ana's address is in France"),
        # a country of several languages, or of none with a draft, says nothing
        ({"country": "BE"}, "en", ""),
        ({"country": "US"}, "en", ""),
        # the posting's words are stronger evidence than the address
        ({"country": "BR", "text": "We are hiring. You will work with our team."}, "en", ""),
        (
            {"country": "FR", "title": "Analyste data freelance (H/F)", "text": _FRENCH_TEXT},
            "fr",
            "the posting is in French, and Ana's address is in France",
        ),
        # an address in another country is no evidence for the posting's language
        ({"country": "BR", "title": "Analyste data (H/F)", "text": _FRENCH_TEXT}, "en", ""),
    ],
)  # fmt: skip
def test_a_contacts_country_is_evidence_of_the_language_they_read(
    changes: dict[str, object], language: str, why: str
) -> None:
    settings = IntroSettings(name="Camille")
    chosen, note = draft_language(intro_facts(**changes), settings)
    assert chosen == language
    assert why in note and (bool(why) or chosen == "en")


# a German posting to a German contact: the draft is in German
_GERMAN = {
    "contact": "Lena Vogt", "role_at": "Geschäftsführerin at Kestrel GmbH",
    "text": "Wir suchen eine freiberufliche Data Engineerin (m/w/d) für unser Team",
}  # fmt: skip


@pytest.mark.parametrize(
    ("changes", "register", "note"),
    [
        ({"ties_kinds": ("facebook:friend",)}, "informal",
         'Addressed with "du": Lena is your Facebook friend.'),
        ({"ties_kinds": ("instagram:following", "instagram:follower")}, "informal",
         'Addressed with "du": you and Lena follow each other on Instagram.'),
        ({"ties_kinds": ("instagram:close_friend", "instagram:follower")}, "informal",
         'Addressed with "du": Lena is on your close friends on Instagram.'),
        ({"ties_kinds": ("instagram:following",)}, "formal", ""),  # she never followed back
        ({"ties_kinds": ("linkedin:connection",)}, "formal", ""),
        ({"ties_kinds": ("linkedin:connection",), "register": "informal"}, "informal",
         'Addressed with "du", as in your LinkedIn messages with Lena.'),
        # what they write to each other outweighs where they are friends
        ({"ties_kinds": ("facebook:friend",), "register": "formal"}, "formal",
         'Addressed with "Sie", as in your LinkedIn messages with Lena.'),
        ({"ties_kinds": ("facebook:friend",), "asked": True}, "", ""),  # the ask decides
    ],
)  # fmt: skip
def test_a_request_addresses_the_contact_as_their_messages_or_tie_show(
    changes: dict[str, object], register: str, note: str
) -> None:
    assert draft_register(intro_facts(**_GERMAN | changes), "de") == (register, note)


_TOLD_DU = 'Addressed with "du", as [intro.contacts] says for Lena.'


@pytest.mark.parametrize(
    ("contacts", "changes", "register", "note"),
    [
        ({"Lena Vogt": "du"}, {}, "informal", _TOLD_DU),
        # the user knows better than their messages and ties
        ({"lena vogt": "Sie"}, {"register": "informal", "ties_kinds": ("facebook:friend",)},
         "formal", 'Addressed with "Sie", as [intro.contacts] says for Lena.'),
        ({"Léna  Vogt": "de tu"}, {}, "informal", _TOLD_DU),
        ({"Lena Voigt": "du"}, {}, "formal", ""),  # someone else
        ({"Lena Vogt": "de"}, {"register": "informal"}, "informal",
         'Addressed with "du", as in your LinkedIn messages with Lena.'),  # a language only
    ],
)  # fmt: skip
def test_intro_contacts_says_how_to_address_someone(
    contacts: dict[str, str], changes: dict[str, object], register: str, note: str
) -> None:
    facts = intro_facts(**_GERMAN | changes)
    assert draft_register(facts, "de", IntroSettings(contacts=contacts)) == (register, note)


@pytest.mark.parametrize(
    ("contacts", "language", "why"),
    [
        ({"Ana Ruiz": "nl"}, "nl", "In Dutch, as [intro.contacts] says for Ana."),
        ({"ANA RUIZ": "en"}, "en", "In English, as [intro.contacts] says for Ana."),
        # a word only one language addresses with says that language; "tu" none
        ({"Ana Ruiz": "tú"}, "es", "In Spanish, as [intro.contacts] says for Ana."),
        ({"Ana Ruiz": "usted"}, "es", "In Spanish, as [intro.contacts] says for Ana."),
        ({"Ana Ruiz": "vous"}, "fr", "In French, as [intro.contacts] says for Ana."),
        ({"Ana Ruiz": "en du"}, "en", "In English, as [intro.contacts] says for Ana."),
        ({"Ana Ruiz": "tu"}, "de", ""),  # French, Portuguese or Italian: the language as ever
        ({"Ana Rui": "nl"}, "de", ""),
    ],
)
def test_intro_contacts_says_which_language_to_write_to_someone_in(
    contacts: dict[str, str], language: str, why: str
) -> None:
    facts = intro_facts(contact="Ana Ruiz", **{k: v for k, v in _GERMAN.items() if k != "contact"})
    chosen, note = draft_language(facts, IntroSettings(contacts=contacts))
    assert chosen == language
    assert why in note


@pytest.mark.parametrize(
    ("settings", "written", "language", "why"),
    [
        # auto: the conversation's language outweighs the posting's and the profile's
        (IntroSettings(), "fr", "fr", "In French, as you and Lena write to each other."),
        (IntroSettings(), "en", "en", "In English, as you and Lena write to each other."),
        (IntroSettings(), None, "de", "the posting is in German"),  # as auto did before
        (IntroSettings(), "sv", "de", "the posting is in German"),  # no drafts in it
        (IntroSettings(), "pl", "pl", "In Polish, as you and Lena write to each other."),
        # an [intro.contacts] entry comes first; a register alone leaves the language
        (IntroSettings(contacts={"Lena Vogt": "en"}), "fr", "en", "[intro.contacts]"),
        (IntroSettings(contacts={"Lena Vogt": "tu"}), "fr", "fr", "write to each other"),
        # a language set for every draft, or the user's own template, is kept
        (IntroSettings(language="es"), "fr", "es", "[intro] language says"),
        (IntroSettings(template="Hi $first_name, $offer"), "fr", "en", ""),
    ],
)
def test_a_request_is_in_the_language_the_user_and_the_contact_write_to_each_other_in(
    settings: IntroSettings, written: str | None, language: str, why: str
) -> None:
    chosen, note = draft_language(intro_facts(**_GERMAN, language=written), settings)
    assert chosen == language
    assert why in note


def test_an_ask_is_answered_in_its_own_language_whatever_the_conversation_was_in() -> None:
    facts = intro_facts(asked=True, title="Does anyone know a good data engineer?", language="fr")
    assert draft_language(facts, IntroSettings())[0] == "en"


def test_the_line_naming_another_way_in_is_a_note_to_the_user_in_english() -> None:
    assert also_line("Ines Brandt, Designer") == "Also reaches it: Ines Brandt, Designer"


@pytest.mark.parametrize("words", ["dutch", "du Sie", "nl fr", "hi"])
def test_an_intro_contacts_value_neither_a_language_nor_a_register_is_refused(
    words: str,
) -> None:
    with pytest.raises(ConfigError, match=r"contacts\.Jan Peeters: '\w+' in"):
        IntroSettings(contacts={"Jan Peeters": words})


@pytest.mark.parametrize(
    ("organisation", "text", "language"),
    [
        ("Kestrel Robotics GmbH", _GERMAN["text"], "de"),
        ("Wolkenwerk GmbH & Co. KG", _GERMAN["text"], "de"),
        ("Alpenbyte AG (Zürich)", _GERMAN["text"], "de"),
        ("Nantes Data SARL", _FRENCH_TEXT, "fr"),
        ("Polderdata B.V.", "Wij zoeken een freelance ontwikkelaar voor ons team in Delft.", "nl"),
        ("Fontana S.r.l.", "Cerchiamo uno sviluppatore per il nostro team di Torino.", "it"),
        ("Colibrí Pagos S.A.P.I. de C.V.", "Buscamos un desarrollador para nuestro equipo.", "es"),
        ("Tlaloc Software SA de CV", "Buscamos un desarrollador para nuestro equipo.", "es"),
        # a company form of another language, or none, says nothing
        ("Kestrel Robotics GmbH", _FRENCH_TEXT, "en"),
        ("Northwind Ltd", _GERMAN["text"], "en"),
        ("GmbHub Labs", _GERMAN["text"], "en"),
        ("Agile AGency", _GERMAN["text"], "en"),
    ],
)
def test_a_company_of_a_country_that_speaks_the_postings_language_is_evidence(
    organisation: str, text: str, language: str
) -> None:
    facts = intro_facts(contact="Tom Berg", role_at=f"Engineer at {organisation}", text=text)
    chosen, note = draft_language(facts, IntroSettings())
    assert chosen == language
    assert chosen == "en" or f"Tom works at {organisation}, a company of a country" in note


def test_a_german_request_to_a_friend_says_du_and_the_note_to_forward_stays_formal() -> None:
    facts = intro_facts(**_GERMAN, ties_kinds=("facebook:friend",))
    request, note = render_intro(facts, IntroSettings(name="Alex"), Profile(), TODAY).split("---")
    assert "Würdest du die Nachricht unten" in request
    assert not re.search(r"\b(?:Sie|Ihnen|Ihre?)\b", request)
    assert "Hallo, ich bin Alex." in note


def test_an_english_request_to_a_friend_is_unchanged() -> None:
    friend = intro_facts(ties_kinds=("facebook:friend",))
    assert draft_register(friend, "en") == ("", "")
    settings = IntroSettings(name="Alex")
    assert render_intro(friend, settings, Profile(), TODAY) == render_intro(
        intro_facts(), settings, Profile(), TODAY
    )


# the formal you of each language, as a sentence writes it
_FORMAL_YOU = {
    "de": r"\b(?:Sie|Ihnen|Ihre?[mnrs]?)\b", "fr": r"\b(?:vous|votre|vos)\b",
    "es": r"\b(?:usted|su|prefiere|podría)\b", "pt": r"\b(?:sua|seu|prefere|poderia)\b",
    "it": r"\b(?:Lei|Le|Suo|Sua|preferisce|potrebbe)\b", "nl": r"\b(?:u|uw)\b",
    # Polish formal is impersonal ("czy byłaby możliwość"), or names "Pan", "Pani", "Państwa"
    "pl": r"\b(?:Pan|Pani|Panu|Państwa|Państwo|byłaby\s+możliwość)\b",
    "uk": r"(?<!\w)(?:Ви|Вас|Вам|Ваш\w*|могли\s+б\s+Ви)(?!\w)",
    "ja": r"様",  # a cold mail's 様 where the user writes さん
    # Turkish "siz": its pronoun and the second person plural's endings ("ilanınızı")
    "tr": r"\bsiz\w*|\w(?:ınız|iniz|unuz|ünüz|sınız|siniz)\w*|Saygılarımla",
    "id": r"\bAnda\b|Jika tidak memungkinkan",
    # Czech vykání: "Vy" and its forms, the formal greeting and request
    "cs": r"\b(?:Vy|Vám|Vás|Váš|Vaš\w+|Máte|Dobrý\s+den|[Bb]ylo\s+by\s+možné)\b",
    # Hungarian magázás: "Ön" and its forms, its verbs, the formal greeting and sign-off
    "hu": r"\b(?:Ön\w*|Kedves|Üdvözlettel|[Tt]ovábbítaná|megírná|tudna|hirdetését|ügyfele)\b",
    "zh-Hant": r"您|貴公司", "zh-Hans": r"您|贵公司",  # Chinese 您 where a friend gets 你
    "zh-HK": r"您|貴公司",
    # Russian "Вы" and its forms, the formal greeting and sign-off
    "ru": r"(?<!\w)(?:Вы|Вас|Вам|Ваш\w*|Здравствуйте|С\s+уважением|[Нн]е\s+могли\s+бы)(?!\w)",
    "ms": r"\b(?:anda|Anda)\b|Salam sejahtera|Salam hormat|Jika tidak dapat",
    # Greek "εσείς": its pronoun, the verbs of the plural ("μπορούσατε", "πείτε"), sign-off
    "el": r"(?<!\w)(?:σας|εσείς|\w+(?:σατε|ετε|είτε|είστε|ιστε)|Με\s+εκτίμηση)(?!\w)",
    # Vietnamese "anh/chị", the formal sign-off and the polite particle "ạ"
    "vi": r"(?i:anh/chị)|Trân trọng|(?<!\w)ạ(?!\w)",
}  # fmt: skip


@pytest.mark.parametrize("language", sorted(INFORMAL))
def test_no_informal_draft_says_the_formal_you_to_the_contact(language: str) -> None:
    words = INFORMAL[language]
    phrases = (words.your_team, words.your_client, words.request, words.recruiter_request,
               words.follows)  # fmt: skip
    for text in (words.default, words.posted, words.applied, words.applied_posted,
                 words.client, *phrases):  # fmt: skip
        to_contact = text.split("---")[0]  # the note below is for a stranger
        assert not re.search(_FORMAL_YOU[language], to_contact), (language, to_contact)


@pytest.mark.parametrize(
    ("title", "language"),
    [
        ("Desarrollador iOS Sr (Remoto)", "es"),  # a saved job's bare title
        ("Programadora Android - Vacante remota", "es"),
        ("Desenvolvedor iOS (Remoto)", "pt-BR"),
        ("Sviluppatore iOS (Remoto)", "it"),
        ("iOS Developer (Remote)", "en"),
    ],
)
def test_a_bare_spanish_title_is_a_spanish_posting_to_a_contact_who_reads_it(
    title: str, language: str
) -> None:
    contact = {"contact": "Mariana Olvera", "role_at": "Gerente at Colibrí Pagos"}
    facts = intro_facts(**contact, title=title, text="")
    chosen, _ = draft_language(facts, IntroSettings())
    assert chosen == language if language in ("es", "en") else chosen in (language, "en")


@pytest.mark.parametrize(
    ("written", "exported", "register"),
    [
        ("Dr. Jana Keller", "Jana Keller", "informal"),  # a title either side
        ("Jana Keller", "Prof. Dr. Jana Keller", "informal"),
        ("Keller, Jana", "Jana Keller", "informal"),  # surname first
        ("Van der Berg, Pieter", "Pieter van der Berg", "informal"),
        ("Jana Keller", "Jana Keller, PhD", "informal"),  # a degree after it
        ("Jose Nunez", "José Núñez", "informal"),  # accents aside
        # someone else, or not surely the same person: nothing
        ("Jana Keller", "Jana Keller-Brandt", None),
        ("Jana Keller", "Jana Keller Moser", None),
        ("Jana Keller", "Johanna Keller", None),
        ("Jana", "Jana Keller", None),  # a first name alone names no one with a surname
        ("Marc Dupont", "Marc Dupont Jr.", None),
    ],
)
def test_intro_contacts_matches_a_whole_name_as_people_write_it(
    written: str, exported: str, register: str | None
) -> None:
    assert IntroSettings(contacts={written: "du"}).addressed(exported) == (
        ("de", register) if register else (None, None)
    )


def test_a_name_alone_matches_a_contact_known_by_that_name_alone() -> None:
    assert IntroSettings(contacts={"mira": "tu"}).addressed("Mira") == (None, "informal")


@pytest.mark.parametrize(
    "names", [("Jana Keller", "Dr. Jana Keller"), ("Keller, Jana", "jana keller")]
)
def test_two_intro_contacts_naming_one_person_are_refused(names: tuple[str, str]) -> None:
    with pytest.raises(ConfigError, match="name the same person"):
        IntroSettings(contacts=dict.fromkeys(names, "du"))


_AGENCY = {
    "contact": "Claire Martin", "role_at": "Senior Recruiter at Talentbridge Staffing",
    "company": "Talentbridge Staffing", "title": "Data Engineer (Contract)",
    "text": "Our client, a fintech in Amsterdam, is looking for a Data Engineer.",
}  # fmt: skip


def test_a_colleague_at_an_agency_is_told_its_client_hires_not_the_agency() -> None:
    text = render_intro(intro_facts(**_AGENCY), IntroSettings(name="Alex"), Profile(), TODAY)
    assert "I saw that a client of Talentbridge Staffing is hiring" in text
    assert "the Data Engineer role at a client of Talentbridge Staffing (" in text
    assert "Are you the right person for it" in text  # a recruiter there may take it on


@pytest.mark.parametrize(
    ("language", "said"),
    [
        ("fr", "J'ai vu qu'un client de Talentbridge Staffing recrute"),
        ("de", "dass bei einem Kunden von Talentbridge Staffing"),
        ("nl", "Ik zag dat een klant van Talentbridge Staffing"),
    ],
)
def test_an_agencys_client_is_named_in_the_drafts_language(language: str, said: str) -> None:
    settings = IntroSettings(name="Alex", language=language)
    assert said in render_intro(intro_facts(**_AGENCY), settings, Profile(), TODAY)


@pytest.mark.parametrize(
    ("company", "said"),
    [
        ("Agence Mile-End inc.", "J'ai vu qu'Agence Mile-End inc. recrute"),
        ("Studio Laurier", "J'ai vu que Studio Laurier recrute"),
    ],
)
def test_a_french_que_elides_before_a_company_s_vowel(company: str, said: str) -> None:
    facts = intro_facts(**_AGENCY | {"company": company, "text": "Nous créons des sites web."})
    settings = IntroSettings(name="Camille", language="fr")
    assert said in render_intro(facts, settings, Profile(), TODAY)


def test_a_dutch_firm_building_for_its_clients_hires_for_itself() -> None:
    """ "voor onze klanten" is the firm's many clients, not one it recruits for."""
    text = "Wij bouwen webapps voor onze klanten en zoeken een ontwikkelaar voor ons team."
    facts = intro_facts(text=text, role_at="CTO at Pixelhaven", company="Pixelhaven", hiring=True)
    assert not for_a_client(facts)


def test_a_company_hiring_for_itself_is_named_as_hiring() -> None:
    facts = intro_facts(**_AGENCY | {"text": "We build client portals for banks."})
    text = render_intro(facts, IntroSettings(name="Alex"), Profile(), TODAY)
    assert "I saw that Talentbridge Staffing is hiring" in text


def test_a_register_from_facebook_messages_says_so() -> None:
    facts = intro_facts(**_GERMAN | {"register": "informal", "register_from": ("facebook",)})
    assert draft_register(facts, "de", IntroSettings()) == (
        "informal", 'Addressed with "du", as in your Facebook messages with Lena.'
    )  # fmt: skip


@pytest.mark.parametrize(
    ("title", "thanked", "followed"),
    [
        ("Do you know a good dbt contractor?", "Thanks for your message.", "Following up on my"),
        ("Kannst du uns bei der Migration helfen?", "danke für deine", "ich melde mich noch"),
        ("Können Sie uns bei der Migration helfen?", "vielen Dank für Ihre", "zu Ihrer Nachricht"),
        ("¿Podrías ayudarnos con la web?", "¡Gracias por tu mensaje!", "Vuelvo a escribirte"),
        ("Pourriez-vous nous aider ?", "Merci beaucoup pour votre", "Je reviens vers vous"),
        ("Podes ajudar-nos com o site?", "Agradeço a tua", "Volto a escrever-te"),
        ("Potresti aiutarci con il sito?", "grazie per il tuo", "ti riscrivo"),
        ("Kun je ons helpen met de site?", "Bedankt voor je bericht!", "Ik kom nog even terug"),
    ],
)
def test_an_ask_the_user_answered_is_followed_up_not_thanked_again(
    title: str, thanked: str, followed: str
) -> None:
    profile = Profile(skills=("dbt",))
    ask = intro_facts(asked=True, hiring=True, title=title, text=title)
    assert thanked in render_intro(ask, IntroSettings(name="Alex"), profile, TODAY)
    answered = render_intro(replace(ask, answered=True), IntroSettings(name="Alex"), profile, TODAY)
    assert thanked not in answered and followed in answered
    assert "dbt" in answered and answered.rstrip().endswith("Alex")


def test_every_reply_thanks_as_its_language_says_it_so_a_follow_up_can_replace_it() -> None:
    for code, words in LANGUAGES.items():
        assert words.thanks[0] in words.informal and words.thanks[1] in words.formal, code


def test_a_cold_message_never_answered_is_owned_up_to_not_called_a_conversation() -> None:
    cold = intro_facts(language="de", register="informal", unanswered=True)
    language, why = draft_language(cold, IntroSettings())
    _, how = draft_register(cold, language, IntroSettings())
    assert language == "de" and why == "In German, as you wrote to Ana (Ana has not answered)."
    assert how == 'Addressed with "du", as you wrote to Ana on LinkedIn (Ana has not answered).'
    answered = replace(cold, unanswered=False)
    assert (
        draft_language(answered, IntroSettings())[1]
        == "In German, as you and Ana write to each other."
    )
    assert "messages with Ana" in draft_register(answered, "de", IntroSettings())[1]


def test_the_draft_offers_the_role_the_lead_matched_and_what_its_posting_asks() -> None:
    """A Technical Writer posting is offered a technical writer with API docs, not the
    profile's first roles and its content writing and SEO."""
    profile = Profile(
        roles=("content writer", "copywriter", "technical writer"),
        skills=("content writing", "seo", "api documentation", "markdown"),
        engagements=("freelance",),
    )
    facts = intro_facts(
        title="Technical Writer (Contract)",
        text="Maintain our API documentation and guides in Markdown.",
        roles=("technical writer",),
    )
    draft = render_intro(facts, IntroSettings(name="Alex"), profile, TODAY)
    assert "as a freelance technical writer." in draft  # the request names it too
    assert "a freelance technical writer with api documentation and markdown," in draft
    assert "SEO" not in draft and "content writer" not in draft


@pytest.mark.parametrize(
    ("ties", "followed_on"),
    [
        ([("mastodon", "following")], ["mastodon"]),
        ([("mastodon", "mention")], ["mastodon"]),  # a reply in public is no acquaintance
        ([("mastodon", "mention"), ("x", "following")], ["mastodon", "x"]),
        ([("mastodon", "mention"), ("linkedin", "connection")], []),  # they are connected
        ([("x", "message"), ("x", "following")], []),  # they wrote to each other
    ],
)
def test_a_draft_owns_up_to_ties_that_are_no_acquaintance(
    ties: list[tuple[str, str]], followed_on: list[str]
) -> None:
    con = duckdb.connect()
    con.execute("create schema staging")
    con.execute(
        "create table staging.person_ties (person_id varchar, platform varchar, tie varchar)"
    )
    con.executemany("insert into staging.person_ties values ('P1', ?, ?)", ties)
    query = f"select {FOLLOWED_ONLY} from (select 'P1' as person_id) as c"
    assert con.execute(query).fetchone() == (followed_on,)
