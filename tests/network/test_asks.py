"""Asks for help in the user's messages (LinkedIn messages.csv), in four languages."""

from __future__ import annotations

import pytest
from conftest import FIXTURES
from network_helpers import utc

from extractors._asks import ask_language, ask_posting, ask_sentence, headline
from extractors._contract import Posting
from extractors.network import import_paths
from extractors.network import linkedin_messages as messages

ASKS = FIXTURES / "network" / "linkedin_asks"


@pytest.mark.parametrize(
    ("text", "sentence"),
    [
        ("Hi! We're looking for a freelance data engineer for Q1. Interested?",
         "We're looking for a freelance data engineer for Q1."),
        ("Do you know anyone who could review our dbt project?",
         "Do you know anyone who could review our dbt project?"),
        ("Could you help us with the Airflow upgrade?",
         "Could you help us with the Airflow upgrade?"),
        ("Wir suchen gerade einen Freelancer für unser Datenteam. Lust?",
         "Wir suchen gerade einen Freelancer für unser Datenteam."),
        ("Kannst du uns nächsten Monat bei dbt helfen?",
         "Kannst du uns nächsten Monat bei dbt helfen?"),
        ("¿Conoces a alguien que sepa de Airflow?", "¿Conoces a alguien que sepa de Airflow?"),
        ("¿Podrías ayudarnos con el modelo de datos?",
         "¿Podrías ayudarnos con el modelo de datos?"),
        # Rioplatense voseo, and "necesitamos" as Argentines ask
        ("Che, ¿conocés a alguien que sepa de AWS? Es por unos meses.",
         "Che, ¿conocés a alguien que sepa de AWS?"),
        ("¿Podés ayudarnos con la migración a Postgres?",
         "¿Podés ayudarnos con la migración a Postgres?"),
        ("Hola! Necesitamos un contractor de Node por 3 meses, ¿te interesa?",
         "Necesitamos un contractor de Node por 3 meses, ¿te interesa?"),
        ("আমরা একজন ফ্রিল্যান্স ডেটা ইঞ্জিনিয়ার খুঁজছি। আপনি কি আগ্রহী?",
         "আমরা একজন ফ্রিল্যান্স ডেটা ইঞ্জিনিয়ার খুঁজছি।"),
        ("এমন কাউকে চেনেন যে পাইথন জানে?", "এমন কাউকে চেনেন যে পাইথন জানে?"),
        ("আপনি কি আমাদের ডেটা পাইপলাইনে সাহায্য করতে পারবেন?",
         "আপনি কি আমাদের ডেটা পাইপলাইনে সাহায্য করতে পারবেন?"),
    ],
)  # fmt: skip
def test_asks_in_english_german_spanish_and_bengali(text: str, sentence: str) -> None:
    assert ask_sentence(text) == sentence


@pytest.mark.parametrize(
    ("sentence", "language"),
    [
        ("Do you know anyone who could review our dbt project?", "en"),
        ("Kennst du jemanden, der uns bei dbt helfen könnte?", "de"),
        ("¿Podrías ayudarnos con el modelo de datos?", "es"),
        ("এমন কাউকে চেনেন যে পাইথন জানে?", "bn"),
        ("Tu connais quelqu'un qui pourrait relire nos sous-titres ?", "fr"),
        ("Estamos à procura de um designer UX freelancer para 3 meses.", "pt"),
        ("Ciao! Conosci qualcuno che possa tradurre il nostro sito?", "it"),
        ("Zou u ons kunnen helpen met de vertaling van de handleiding?", "nl"),
        ("Congrats on the new role!", None),
        # someone offering their own work, or small talk: no ask
        ("Je cherche des missions freelance en traduction.", None),
        ("Estou à procura de projetos freelance de tradução.", None),
        ("Cerco lavoro come traduttrice freelance.", None),
        ("Ik zoek freelance opdrachten als vertaler.", None),
        ("Nous cherchons un appartement à Lyon pour janvier.", None),
    ],
)
def test_an_ask_is_in_the_language_of_the_words_that_ask(
    sentence: str, language: str | None
) -> None:
    assert ask_language(sentence) == language


@pytest.mark.parametrize(
    "text",
    [
        "I'm looking for freelance projects myself, let me know if you hear of anything.",
        "I'm looking for a freelance gig in January.",
        "Wir suchen eine Wohnung in Hamburg.",
        "Estamos buscando piso en Madrid.",
        "Necesitamos una respuesta antes del viernes.",
        "¿Conocés a Juan? Te lo presento mañana.",
        "আমরা একটা বাসা খুঁজছি।",
        "Congrats on the new role! Let's grab a coffee.",
    ],
)
def test_offers_of_work_and_other_searches_are_no_asks(text: str) -> None:
    assert ask_sentence(text) is None


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Would you have some time to help us with the Dutch release notes?", "en"),
        ("Could you help us localise the checkout flow?", "en"),
        ("Do you have bandwidth for a 5k-word translation before Easter?", "en"),
        ("Are you available for a short copy-editing job in May?", "en"),
        ("Would you be interested in proofreading our grant application?", "en"),
        ("We're looking for an illustrator for a children's book.", "en"),
        ("Hättest du Zeit, uns beim Korrektorat der Broschüre zu helfen?", "de"),
        ("Haben Sie Kapazitäten für einen Übersetzungsauftrag im Juni?", "de"),
        ("Hast du Lust auf ein kleines Lektorat?", "de"),
        ("Wir suchen eine Übersetzerin für Gebrauchsanweisungen.", "de"),
        ("Könntest du dir vorstellen, die Untertitel für uns zu machen?", "de"),
        ("¿Tendrías disponibilidad para ayudarnos con el catálogo?", "es"),
        ("Auriez-vous le temps de nous aider pour le site ?", "fr"),
    ],
)  # fmt: skip
def test_a_clients_asks_for_time_capacity_or_a_trade_are_asks(text: str, language: str) -> None:
    """How clients ask a translator, writer or illustrator: for their time or capacity,
    for a named piece of work, or for their trade."""
    assert ask_sentence(text) == text
    assert ask_language(text) == language


@pytest.mark.parametrize(
    "text",
    [
        "Hast du Zeit für einen Spaziergang am Sonntag?",
        "Hättest du Zeit, mich vom Bahnhof abzuholen?",
        "Kannst du dir vorstellen, im Sommer nach Leipzig zu ziehen?",
        "Are you available for dinner on Friday?",
        "Do you have time for a quick chat about the move?",
        "Would you have time to grab lunch next week?",
        "Would you be interested in a ticket for the concert?",
        "I'm available for translation projects from January.",
        "Thanks again for proofreading my letter!",
    ],
)
def test_time_for_anything_but_work_is_no_ask(text: str) -> None:
    assert ask_sentence(text) is None


def test_messages_csv_yields_asks_of_others_only_with_the_sentence() -> None:
    items = list(messages.read((ASKS / "messages.csv").read_bytes(), "messages.csv"))
    asks = {p.poster: p for p in items if isinstance(p, Posting)}
    # the user's own ask to Chen, Chen's offer of himself and the SPAM row are none
    assert set(asks) == {"Katrin Vogel", "Jonas Weber", "Lucía Fernández", "Tanvir Rahman",
                         "Morgan Hale"}  # fmt: skip
    katrin = asks["Katrin Vogel"]
    assert katrin.source == "network-message" and katrin.kind == "demand"
    assert katrin.text == (
        "We're looking for a freelance data engineer to help us move our reporting to dbt in Q1."
    )
    # Alex answered her in the thread at 10:01: a draft follows that up; Jonas is unanswered
    assert katrin.extra == {
        "sender": "linkedin:katrin-vogel-4a1b9c",
        "answered_at": "2026-11-20T10:01:40+00:00",
    }
    assert "answered_at" not in asks["Jonas Weber"].extra
    assert katrin.posted_at == utc(2026, 11, 20, 9, 14, 2)
    assert katrin.url == "https://www.linkedin.com/messaging/thread/2-a2F0cmluLTAx/"
    assert "Hope the freelance life" not in repr(items)  # only the asking sentence is kept
    assert asks["Tanvir Rahman"].text == "আমরা একজন ফ্রিল্যান্স ডেটা ইঞ্জিনিয়ার খুঁজছি।"


def test_asks_are_kept_only_when_the_user_opts_in() -> None:
    assert import_paths([ASKS]).postings == []
    assert len(import_paths([ASKS], scan_messages=True).postings) == 5


@pytest.mark.parametrize(
    "text",
    [
        "Do you know a good Terraform contractor? We need one for 3 months.",
        "Would anyone happen to know a decent Kubernetes consultant for January?",
        "Can you recommend a freelance SRE for a short AWS migration?",
        "Hi Jo, I have an Outside IR35 Platform Engineer contract with a Leeds client, £600pd.",
        "I've got a 6 month DevOps contract with one of my clients in Salford.",
        "We're recruiting for a Cloud Engineer contract, hybrid in Leeds.",
    ],
)
def test_asking_for_a_recommendation_and_an_agencys_offer_are_asks(text: str) -> None:
    """How a UK contractor is asked: a friend's "do you know a good ...?", an agency
    recruiter's "I have a ... contract with a client"."""
    sentence = ask_sentence(text)
    assert sentence is not None and text.startswith(sentence.rstrip("?.!")[:20])


@pytest.mark.parametrize(
    "text",
    [
        "Congrats! I've got a new role at Northwind myself.",
        "I know a good accountant if you ever need one.",
        "I know a great Terraform contractor, happy to intro you if you need.",
        "We have a contract with a client that ends in June, so the team is busy.",
        "Can you recommend a good pub near Piccadilly?",
        "Do you know what time the meetup starts?",
    ],
)
def test_news_offers_of_a_name_and_other_recommendations_are_no_asks(text: str) -> None:
    assert ask_sentence(text) is None


def test_a_long_ask_is_titled_at_a_clause_or_word_never_mid_word() -> None:
    sentence = (
        "Hi Alex, we're looking for a freelance data engineer to move our nightly loads "
        "from cron scripts to Dagster, with tests and alerting, ideally starting in January"
    )
    title = ask_posting(
        sentence=sentence, sender="linkedin:x", name="X", sent_at=utc(2026, 11, 2), url="u"
    ).title
    assert title == (  # its last whole clause within 120 characters
        "Hi Alex, we're looking for a freelance data engineer to move our nightly loads from "
        "cron scripts to Dagster…"
    )
    word = "a" * 130  # no clause and no space to cut at: cut at the limit, still marked
    assert headline(f"Can you help us with {word}").endswith("…")
    short = "Do you know a good Terraform contractor?"
    assert headline(short) == short


@pytest.mark.parametrize(
    "text",
    [
        "Kannst du uns bei unserem Kafka-Projekt helfen?",
        "Hättest du Zeit, uns beim Website-Relaunch zu unterstützen?",
        "Kunt u ons met de CRM-migratie helpen?",
    ],
)
def test_an_ask_around_a_hyphenated_compound_is_an_ask(text: str) -> None:
    assert ask_sentence(text) == text
    assert ask_language(text) in ("de", "nl")


@pytest.mark.parametrize(
    ("text", "sentence", "language"),
    [
        ("Hej! Czy znasz kogoś, kto ogarnia Looker? Mamy na to budżet.",
         "Czy znasz kogoś, kto ogarnia Looker?", "pl"),
        ("Dzień dobry, poszukujemy grafika do odświeżenia logo sklepu.",
         "Dzień dobry, poszukujemy grafika do odświeżenia logo sklepu.", "pl"),
        ("Mógłbyś nam pomóc z migracją na Postgresa?",
         "Mógłbyś nam pomóc z migracją na Postgresa?", "pl"),
        ("Привіт! Шукаємо дизайнера для лендингу на два тижні.",
         "Шукаємо дизайнера для лендингу на два тижні.", "uk"),
        ("Добрий день. Чи могли б Ви нам допомогти з аудитом бази даних?",
         "Чи могли б Ви нам допомогти з аудитом бази даних?", "uk"),
        ("お久しぶりです。実はReactエンジニアを探しているのですが、どなたかご存じないでしょうか？",
         "実はReactエンジニアを探しているのですが、どなたかご存じないでしょうか？", "ja"),
        ("来月の展示会の資料の翻訳を手伝っていただけませんか。よろしくお願いします。",
         "来月の展示会の資料の翻訳を手伝っていただけませんか。", "ja"),
    ],
)  # fmt: skip
def test_asks_in_polish_ukrainian_and_japanese_say_their_language(
    text: str, sentence: str, language: str
) -> None:
    assert ask_sentence(text) == sentence
    assert ask_language(sentence) == language


@pytest.mark.parametrize(
    "text",
    [
        "Szukam zleceń jako freelancer, daj znać, jeśli coś się pojawi.",
        "Dzięki za wczorajsze spotkanie!",
        "Дякую за каву, було приємно поговорити!",
        "今度ランチでもどうですか？",
        "転職先を探しています。",
    ],
)
def test_polish_ukrainian_and_japanese_chat_and_own_searches_are_no_asks(text: str) -> None:
    assert ask_sentence(text) is None


def test_a_long_japanese_ask_is_titled_at_its_last_clause() -> None:
    sentence = (
        "来月から始まる新しい物流システムのプロジェクトで、" * 3 + "エンジニアを探しています。"
    )
    title = headline(sentence, limit=60)
    assert title.endswith("プロジェクトで…") and len(title) <= 60


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Kami sedang mencari ilustrator lepas untuk buku anak-anak.", "id"),
        ("Apakah kamu kenal seseorang yang bisa merapikan laporan pajak kami?", "id"),
        ("Bisakah Anda membantu kami menyiapkan server baru?", "id"),
        ("Hledáme překladatelku z polštiny na menší zakázku.", "cs"),
        ("Neznáš náhodou někoho, kdo umí WordPress?", "cs"),
        ("Mohli byste nám pomoct s korekturou výroční zprávy?", "cs"),
        ("Tapasztalt könyvelőt keresünk a cégünkhöz.", "hu"),
        ("Keresünk egy megbízható szövegírót a hírlevelünkhöz.", "hu"),
        ("Ismersz valakit, aki ért a Shopifyhoz?", "hu"),
        ("Tudnál nekünk segíteni a bemutató fordításában?", "hu"),
        ("Szukamy Senior Data Engineera na kontrakt B2B.", "pl"),
    ],
)
def test_asks_in_indonesian_czech_and_hungarian(text: str, language: str) -> None:
    assert ask_sentence(text) == text
    assert ask_language(text) == language


@pytest.mark.parametrize(
    "text",
    [
        # someone offering their own work, and searches for anything else
        "Saya sedang mencari proyek baru sebagai penulis lepas.",
        "Kami mencari rumah kontrakan di Bandung.",
        "Hledám nové zakázky jako ilustrátorka.",
        "Hledáme byt v Brně na rok.",
        "Szabadúszó grafikusként új megbízásokat keresek.",
        "Új lakást keresünk Debrecenben.",
        # Slovak is not read as Czech
        "Hľadáme grafika na nový projekt.",
    ],
)
def test_indonesian_czech_and_hungarian_offers_of_work_are_no_asks(text: str) -> None:
    assert ask_sentence(text) is None


@pytest.mark.parametrize(
    "text",
    [
        "我們正在找一位會做品牌識別的接案設計師。",
        "请推荐一个靠谱的英文翻译，下个月有份合同要译。",
        "你認識會寫 Django 的工程師嗎？",
        "可以幫我引薦一位懂會計的自由工作者嗎？",
    ],
)
def test_asks_in_chinese_say_chinese(text: str) -> None:
    assert ask_sentence(text) is not None
    assert ask_language(text) == "zh"


@pytest.mark.parametrize(
    "text",
    [
        "我最近在找工作，可以幫忙內推嗎？",  # a job seeker's own search
        "我們推薦這本書給所有新同事。",  # a recommendation of no one to hire
        "我找到人了，謝謝大家！",  # found, not looking
        "請推薦幾家好吃的餐廳。",
    ],
)
def test_chinese_searches_for_work_and_other_recommendations_are_no_asks(text: str) -> None:
    assert ask_sentence(text) is None


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Можешь посоветовать или порекомендовать толкового иллюстратора для детской книги?", "ru"),
        ("Порекомендуйте, пожалуйста, бухгалтера для небольшого ИП.", "ru"),
        ("Подкинь контакт хорошего фронтенд-разработчика, у нас горят сроки.", "ru"),
        ("Не знаете, кто может перевести презентацию на английский?", "ru"),
        ("Ищем копирайтера на серию статей о логистике.", "ru"),
        ("Чи можете нам допомогти з перекладом сайту?", "uk"),  # Ukrainian stays Ukrainian
        ("Χρειαζόμαστε έναν επιμελητή κειμένων για το νέο μας site.", "el"),
        ("Ξέρεις κανέναν καλό φωτογράφο για ένα event τον Μάρτιο;", "el"),
        ("Γνωρίζετε κάποιον που θα μπορούσε να στήσει ένα eshop;", "el"),
        ("Θα μπορούσατε να μας βοηθήσετε με τη λογιστική του τριμήνου;", "el"),
        ("你可唔可以幫我介紹個識 SEO 嘅顧問？", "zh"),
        ("幫我搵下有冇人接插畫，下個月要交。", "zh"),
        ("有冇人識做 Shopify 網站？", "zh"),
        ("Boleh awak kenalkan saya dengan jurugambar untuk majlis kami?", "id"),
        ("Tolong carikan pereka grafik untuk kedai kami.", "id"),
    ],
)
def test_asks_in_russian_greek_cantonese_and_malay(text: str, language: str) -> None:
    assert ask_sentence(text) is not None
    assert ask_language(text) == language


@pytest.mark.parametrize(
    "text",
    [
        # someone seeking work for themselves: recommend me, who is hiring, find me a job
        "Можешь порекомендовать меня как дизайнера своему клиенту?",
        "Не знаешь, кто ищет переводчика на удалёнку?",
        "Ищу новые проекты по копирайтингу.",
        "Ψάχνω νέα έργα ως γραφίστρια.",
        "Ξέρεις κάποιον που ψάχνει μεταφραστή;",
        "你識唔識人請緊設計師？我想轉工。",
        "幫我搵份工得唔得？",
        "Tolong carikan projek untuk saya, saya baru berhenti kerja.",
        "Boleh awak kenalkan saya kepada syarikat yang mencari pekerja?",
    ],
)
def test_russian_greek_cantonese_and_malay_seekers_of_work_are_no_asks(text: str) -> None:
    assert ask_sentence(text) is None
