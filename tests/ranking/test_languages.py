"""Spoken languages a posting requires or prefers, and the user judged by them."""

from __future__ import annotations

from dataclasses import replace

import pytest

from extractors._contract import Posting
from warehouse.ranking.features import understand
from warehouse.ranking.languages import lacking, read_languages
from warehouse.ranking.profile import Profile, RankingSettings

P = pytest.param


@pytest.mark.parametrize(
    ("text", "required", "preferred"),
    [
        P("You speak fluent German and English.", ("de", "en"), (), id="fluent list"),
        P("Requirements: native-level Japanese is a must; English is a plus.", ("ja",), ("en",)),
        P("Must speak Dutch. Hybrid in Utrecht.", ("nl",), (), id="must speak"),
        P("Spanish (C1 or above) is required.", ("es",), (), id="cefr"),
        P("Professional working proficiency in Italian.", ("it",), ()),
        P("Bilingual in English and Portuguese.", ("en", "pt"), ()),
        P("Polish: native; English: B2 minimum.", ("pl", "en"), (), id="one a clause"),
        P("Deutschkenntnisse auf C1-Niveau, Englisch von Vorteil.", ("de",), ("en",)),
        P("Verhandlungssichere Englischkenntnisse setzen wir voraus.", ("en",), ()),
        P("Français courant exigé, anglais apprécié.", ("fr",), ("en",)),
        P("Imprescindible: español nativo e inglés avanzado.", ("es", "en"), ()),
        P("Requisitos: português nativo e alemão fluente.", ("pt", "de"), ()),
        P("Je spreekt vloeiend Nederlands.", ("nl",), ()),
        P("Ottima conoscenza della lingua inglese e tedesca.", ("en", "de"), ()),
        P("Wymagana biegła znajomość języka niemieckiego.", ("de",), (), id="polish case"),
        P("日本語ネイティブレベル必須。英語はビジネスレベル歓迎。", ("ja",), ("en",)),
        P("Fluent English is a must, another language is a plus.", ("en",), (), id="comma"),
        P("Bonus if you speak Japanese.", (), ("ja",), id="a wish governs its clause"),
        P("Nice to have: fluent Spanish or Portuguese.", (), ("es", "pt")),
        P("German-speaking candidates only.", ("de",), (), id="speaking a person"),
        P("Fluent Mandarin needed for calls with suppliers.", ("zh",), (), id="mandarin"),
        P("Ruotsi? No: Swedish is a must, Finnish a plus.", ("sv",), ("fi",), id="nordic"),
        P("Dobra znajomość języka czeskiego wymagana.", ("cs",), (), id="czech, polish case"),
        P("Gute Türkischkenntnisse erforderlich.", ("tr",), (), id="german compound"),
        P("Must-haves:\n- Korean (native)\n- Figma", ("ko",), (), id="list item"),
        P("Was du mitbringst:\n• Griechisch\n• Erfahrung mit Vue", ("el",), (), id="heading"),
        P("Nice to have:\n- Arabic\n- Docker", (), ("ar",), id="wish heading"),
        P("Hindi speakers welcome!", (), ("hi",), id="speakers welcome"),
        P("Native Korean copywriter needed.", ("ko",), (), id="level before the noun"),
        P("Russian skills are a must.", ("ru",), (), id="a language noun"),
    ],
)
def test_required_and_preferred_languages(
    text: str, required: tuple[str, ...], preferred: tuple[str, ...]
) -> None:
    found = read_languages(text)
    assert (found.required, found.preferred) == (required, preferred)


@pytest.mark.parametrize(
    "text",
    [
        P("We serve customers in Germany and France.", id="countries"),
        P("Stack: Rust, Go or Python; strong Kotlin.", id="programming languages"),
        P("Translate our product pages from German into English, fluently.", id="translating"),
        P("Wir suchen Freelancer für unser Python-Backend, 40 Std/Woche.", id="written in it"),
        P("Strong experience with the Dutch e-commerce market.", id="a thing's origin"),
        P("A French-speaking team; we need strong React skills.", id="a team that speaks it"),
        P("We build a Spanish-language learning app.", id="a hyphenated adjective"),
        P("Polish the onboarding UI; strong CSS required.", id="a verb"),
        P("Sitz in Deutschland, sehr gute TypeScript-Kenntnisse.", id="Deutschland"),
        P("We are a German-English bilingual team; strong Python required.", id="bilingual team"),
        P("Our (French/English) support team is strong on SQL.", id="team in brackets"),
        P("Russian speaker? Great, we need strong Go skills.", id="speaker asked"),
        P("A Finnish company seeks a strong Rust engineer.", id="finnish company"),
        P("Requirements:\n- 3+ years of Django\n- Strong SQL", id="heading, no language"),
        P("Remote from Turkey is fine; strong Kotlin required.", id="turkey"),
        P("Our bakery (Danish pastry) needs strong Shopify skills.", id="a noun qualified"),
        P("Greek olive oil brand, strong Figma required.", id="noun before a comma"),
        P("Chinese New Year campaign: strong motion design needed.", id="capitalised noun"),
    ],
)
def test_look_alikes_require_nothing(text: str) -> None:
    assert read_languages(text).required == ()


def test_one_of_two_languages_will_do() -> None:
    needs = read_languages("Solutions Architect (French or German fluency)")
    assert needs.required == ("fr", "de")
    assert lacking(needs, frozenset({"en", "de"})) is None
    reason = lacking(needs, frozenset({"en", "pt"}))
    assert reason is not None and reason.startswith("requires French or German: ")


def test_nothing_is_judged_for_a_profile_without_languages() -> None:
    assert lacking(read_languages("Fluent German required."), frozenset()) is None


def _posting(text: str) -> Posting:
    return Posting(source="test", source_id="1", url="https://x.test/1", title="Dev", text=text)


def test_a_required_language_the_user_lacks_makes_a_lead_not_eligible() -> None:
    profile = Profile(skills=("python",), locations=("EU",), languages=("en", "pt"))
    text = "Python freelancer, remote anywhere. Fluent German required."
    row = understand(_posting(text), profile, RankingSettings())
    assert row.languages_required == ("de",)
    assert row.eligibility == "not_eligible"
    assert row.eligibility_reason == "requires German: 'Fluent German required'"
    spoken = understand(_posting(text), replace(profile, languages=("de",)), RankingSettings())
    assert spoken.eligibility == "eligible"
    unset = understand(_posting(text), replace(profile, languages=()), RankingSettings())
    assert unset.eligibility == "eligible" and unset.languages_required == ("de",)


def test_a_preferred_language_binds_nobody() -> None:
    profile = Profile(skills=("python",), locations=("EU",), languages=("en",))
    row = understand(_posting("Remote anywhere. German is a plus."), profile, RankingSettings())
    assert row.languages_preferred == ("de",)
    assert row.eligibility == "eligible"


@pytest.mark.parametrize(
    ("text", "pairs"),
    [
        P("Freelance translator, NL>FR, insurance texts.", (("nl", "fr"),), id="codes"),
        P("Subtitle translation EN → PT, 40 episodes.", (("en", "pt"),), id="arrow"),
        P("Translator IT/EN for a fashion catalogue.", (("it", "en"),), id="slash"),
        P("Medical translator Dutch<>English, ongoing.", (("nl", "en"),), id="both ways"),
        P("Translate our FAQ from Italian into Dutch.", (("it", "nl"),), id="from into"),
        P("Übersetzer Polnisch-Deutsch gesucht.", (("pl", "de"),), id="German names"),
        P("Übersetzung aus dem Spanischen ins Englische.", (("es", "en"),), id="German cases"),
        P("Traduction de l'italien vers le français.", (("it", "fr"),), id="vers"),
        P("Traductor del alemán al portugués.", (("de", "pt"),), id="del al"),
        P("Tłumaczenia z niemieckiego na polski.", (("de", "pl"),), id="Polish cases"),
        P("Localisation ES-MX > EN-US for a game.", (("es", "en"),), id="locales"),
        P("Language pairs: DE>EN, FR>EN.", (("de", "en"), ("fr", "en")), id="several"),
        P("Translate a brochure from Dutch to German and French.", (("nl", "de"), ("nl", "fr"))),
        P("Translate the app into Spanish/Italian/Dutch.", (), id="a list of targets"),
        P("Translate Figma designs into React code.", (), id="no language"),
        P("Fluent English and German required, DE-EN team.", (), id="not translating"),
    ],
)
def test_language_pairs_of_a_translation(text: str, pairs: tuple[tuple[str, str], ...]) -> None:
    assert read_languages(text).pairs == pairs


def test_a_translation_needs_both_languages_of_one_pair() -> None:
    needs = read_languages("Translator needed: DE>EN or FR>EN, legal.")
    assert lacking(needs, ("en", "fr")) is None
    assert lacking(needs, ("de", "fr")) == (
        "translation German → English or French → English; you speak German, French"
    )


def test_a_translators_directions_judge_a_pair_by_its_direction() -> None:
    into_german = ("en>de", "fr>de")
    assert lacking(read_languages("Translator EN>DE, manuals."), ("de", "en"), into_german) is None
    assert lacking(read_languages("Übersetzer DE>EN gesucht."), ("de", "en"), into_german) == (
        "translation German → English; you translate English → German, French → German"
    )
    of_several = read_languages("Language pairs: EN>IT, FR>DE, EN>ES.")
    assert lacking(of_several, ("de", "en", "fr"), into_german) is None
    assert lacking(read_languages("Senior Python developer, remote."), (), into_german) is None


def test_a_pair_the_user_lacks_makes_a_lead_not_eligible() -> None:
    profile = Profile(skills=("translation",), locations=("EU",), languages=("de", "en"))
    text = "Remote anywhere. Japanese to French translator for a manga series."
    row = understand(_posting(text), profile, RankingSettings())
    assert row.eligibility == "not_eligible"
    assert row.eligibility_reason == "translation Japanese → French; you speak German, English"
    assert row.languages_required == ()
    spoken = understand(_posting(text), replace(profile, languages=("ja", "fr")), RankingSettings())
    assert spoken.eligibility == "eligible"


def test_a_list_of_sources_each_pairs_with_the_target() -> None:
    needs = read_languages("Translate manga from Japanese, Korean or Chinese into English.")
    assert needs.pairs == (("ja", "en"), ("ko", "en"), ("zh", "en"))
    assert lacking(needs, frozenset({"ko", "en"})) is None
    assert lacking(needs, frozenset({"de", "en"})) is not None


def test_sources_and_targets_each_pair() -> None:
    needs = read_languages("We translate from Dutch or Danish into German and Italian.")
    assert needs.pairs == (("nl", "de"), ("nl", "it"), ("da", "de"), ("da", "it"))
    assert lacking(needs, frozenset({"da", "it"})) is None


@pytest.mark.parametrize(
    ("text", "pairs"),
    [
        P("Patent claims Swedish>English, 4,000 words.", (("sv", "en"),), id="names"),
        P("Brochure NL → EN, due Monday.", (("nl", "en"),), id="codes"),
        P("Port the API: Java > Kotlin, Ruby > Go.", (), id="no language"),
        P("Ref EN-US-4471, strong Django.", (), id="a locale in a reference"),
    ],
)
def test_an_arrow_joins_a_pair_with_no_word_of_translating(
    text: str, pairs: tuple[tuple[str, str], ...]
) -> None:
    assert read_languages(text).pairs == pairs


@pytest.mark.parametrize(
    ("text", "required"),
    [
        P("Fluent Ukrainian needed for partner calls.", ("uk",), id="ukrainian"),
        P("Vietnamese (native) and English (B2).", ("vi", "en"), id="vietnamese"),
        P("Must speak Thai.", ("th",), id="thai"),
        P("Hebrew speaker required.", ("he",), id="hebrew"),
        P("Fluent Bahasa Indonesia is a must.", ("id",), id="indonesian own name"),
        P("Native Bangla speaker needed for voice work.", ("bn",), id="bengali"),
        P("Se requiere catalán y castellano nativo.", ("ca", "es"), id="catalan, castellano"),
        P("Fließend Slowakisch und Ukrainisch.", ("sk", "uk"), id="German names"),
        P("Thai restaurant group needs strong Shopify skills.", (), id="a cuisine"),
        P("Remote from Ukraine or Thailand; strong Figma required.", (), id="countries"),
        P("Experience with the Indonesian market required.", (), id="a market"),
    ],
)
def test_more_languages(text: str, required: tuple[str, ...]) -> None:
    assert read_languages(text).required == required


@pytest.mark.parametrize(
    ("text", "required"),
    [
        P("Are you a native Portuguese speaker? Join our QA pool.", ("pt",), id="asked"),
        P("Looking for native Dutch speakers to rate answers.", ("nl",), id="looking for"),
        P("Muttersprache Deutsch, gute Englischkenntnisse.", ("de", "en"), id="muttersprache"),
        P("Langue maternelle française, anglais courant.", ("fr", "en"), id="langue maternelle"),
        P("English-speaking team members welcome.", (), id="a team welcome"),
    ],
)
def test_a_native_speaker_asked_for(text: str, required: tuple[str, ...]) -> None:
    assert read_languages(text).required == required


@pytest.mark.parametrize(
    ("title", "required"),
    [
        P("Customer Support Agent – Dutch", ("nl",), id="alone after a dash"),
        P("Freelance Content Writer (Spanish)", ("es",), id="alone in brackets"),
        P("Kundenbetreuer | Deutsch | Remote", ("de",), id="alone in a field"),
        P("Native Italian Copywriter", ("it",), id="native"),
        P("Polish Speaking Customer Success Manager", ("pl",), id="across a trade's words"),
        P("Korean Tutor", ("ko",), id="before the person"),
        P("Account Manager for German clients", (), id="clients"),
        P("French Market Growth Lead", (), id="a market"),
        P("German engineering firm seeks CAD freelancer", (), id="a firm"),
        P("Chinese New Year Campaign Designer", (), id="a thing before the person"),
        P("Go/Rust Backend Engineer (Swift, Dart)", (), id="programming languages"),
    ],
)
def test_a_title_names_the_language_its_role_needs(title: str, required: tuple[str, ...]) -> None:
    text = f"{title}\nRemote, 20 hours a week; German clients and Polish the UI."
    assert read_languages(text, titled=True).required == required


@pytest.mark.parametrize(
    ("title", "choices"),
    [
        P("Account Manager (Italian, Portuguese)", [("it", "pt")], id="a bare comma list: either"),
        P("Help Desk Agent - Dutch/French speaker", [("nl", "fr")], id="a slash: either"),
        P("Field Sales, Swedish or Danish", [("sv", "da")], id="or: either"),
        P("Support Lead - Czech and Slovak", [("cs",), ("sk",)], id="and: both"),
        P("Onboarding Specialist (Greek + English)", [("el",), ("en",)], id="plus: both"),
        P(
            "Moderator (Spanish, Catalan and English)",
            [("es",), ("ca",), ("en",)],
            id="listed with and",
        ),
        P("Deutschsprachiger Sachbearbeiter (m/w/d)", [("de",)], id="speaker word before"),
        P("Chargée de clientèle francophone", [("fr",)], id="speaker word after"),
        P("Kundenberater für den deutschsprachigen Markt", [], id="a speaker word's market"),
        P("Conseiller support bilingue FR/DE", [("fr",), ("de",)], id="bilingual codes"),
    ],
)
def test_a_titles_list_of_languages_by_its_joining_word(
    title: str, choices: list[tuple[str, ...]]
) -> None:
    needs = read_languages(f"{title}\nHelp our merchants by phone and email.", titled=True)
    assert sorted(codes for codes, _ in needs.choices) == sorted(choices)


@pytest.mark.parametrize(
    ("title", "body", "required"),
    [
        P("Senior Python Developer", "Our warehouse pickers must speak fluent Polish.", ()),
        P("Warehouse Picker", "Our warehouse pickers must speak fluent Polish.", ("pl",)),
        P("Backend Engineer", "Our engineers must speak fluent German.", ("de",), id="its role"),
        P("Data Analyst", "The candidate must speak fluent Dutch.", ("nl",), id="the reader"),
    ],
)
def test_another_roles_need_in_prose_binds_only_that_role(
    title: str, body: str, required: tuple[str, ...]
) -> None:
    assert read_languages(f"{title}\n{body}", titled=True).required == required


@pytest.mark.parametrize(
    ("text", "required"),
    [
        P("คุณสมบัติ: ใช้ภาษาไทยได้คล่อง", ("th",), id="glued in Thai script"),
        P("ทีมของเราอยู่ที่เชียงใหม่ ไทยแลนด์", (), id="no word of the language"),
        P("We sell to Thai restaurants; English required.", ("en",), id="thai a thing"),
    ],
)
def test_thai_is_read_in_its_script(text: str, required: tuple[str, ...]) -> None:
    assert read_languages(text).required == required


@pytest.mark.parametrize(
    ("text", "required", "preferred"),
    [
        P("Знание русского языка обязательно, английский будет плюсом.", ("ru",), ("en",),
          id="ru knowledge mandatory, english a plus"),
        P("Свободный английский обязателен.", ("en",), (), id="ru fluent english"),
        P("Английский язык желателен.", (), ("en",), id="ru english desirable"),
        P("Наши заказчики — русские компании, знание рынка обязательно.", (), (),
          id="ru russian companies"),
        P("Работаем с русскоязычными клиентами, обязательно знание Python.", (), (),
          id="ru russian-speaking clients"),
        P("ქართული ენის ცოდნა სავალდებულოა.", ("ka",), (), id="ka georgian mandatory"),
        P("ინგლისური ენის ცოდნა უპირატესობაა.", (), ("en",), id="ka english an advantage"),
        P("ქართული კომპანია, Python-ის ცოდნა სავალდებულოა.", (), (), id="ka a georgian company"),
    ],
)  # fmt: skip
def test_russian_and_georgian_needs_are_read(
    text: str, required: tuple[str, ...], preferred: tuple[str, ...]
) -> None:
    found = read_languages(text)
    assert (found.required, found.preferred) == (required, preferred)


def test_a_language_of_another_listed_role_binds_that_role_only() -> None:
    text = (
        "Roles:\n- Backend Engineer (Remote, EU)\n- Support Engineer (fluent German, Remote)\n"
        "• Sales Representative – fluent French required"
    )
    spoken = ("en",)
    backend = Profile(skills=("python",), roles=("backend engineer",), languages=spoken)
    row = understand(_posting(text), backend, RankingSettings())
    assert row.languages_required == () and row.eligibility != "not_eligible"
    support = replace(backend, roles=("support engineer",))
    row = understand(_posting(text), support, RankingSettings())
    assert row.languages_required == ("de",) and row.eligibility == "not_eligible"
    alone = "Backend Engineer\nBuild our APIs. Fluent German required."
    row = understand(_posting(alone), backend, RankingSettings())
    assert row.eligibility == "not_eligible"


@pytest.mark.parametrize(
    ("text", "required", "preferred"),
    [
        P("Fluent English and Swahili required.", ("en", "sw"), (), id="swahili required"),
        P("Kiswahili is a plus.", (), ("sw",), id="kiswahili preferred"),
        P("Must speak fluent Amharic.", ("am",), (), id="amharic"),
        P("Our office on the Swahili coast; English required.", ("en",), (), id="a place"),
    ],
)
def test_african_languages_are_read(
    text: str, required: tuple[str, ...], preferred: tuple[str, ...]
) -> None:
    found = read_languages(text)
    assert (found.required, found.preferred) == (required, preferred)


@pytest.mark.parametrize(
    ("text", "required", "preferred"),
    [
        P("Chat support agent, fluent in Tagalog and English.", ("tl", "en"), (), id="tagalog"),
        P("Tagalog is a plus.", (), ("tl",), id="tagalog preferred"),
        # "Filipino" is mostly the people: no language asked
        P("We hire Filipino VAs and need a manager based in the US.", (), (), id="the people"),
        P("Native Filipino speaker required.", (), (), id="filipino unread"),
    ],
)
def test_tagalog_is_read_and_filipino_people_are_no_language(
    text: str, required: tuple[str, ...], preferred: tuple[str, ...]
) -> None:
    found = read_languages(text)
    assert (found.required, found.preferred) == (required, preferred)


def test_a_language_the_title_and_the_text_both_ask_is_named_once() -> None:
    profile = Profile(roles=("virtual assistant",), languages=("en",))
    posting = _posting("Customer Support VA - Tagalog\nFluent Tagalog required.")
    row = understand(posting, profile, RankingSettings())
    assert row.eligibility == "not_eligible"
    assert row.eligibility_reason.startswith("requires Tagalog: ")


@pytest.mark.parametrize(
    "title",
    [
        "Translator, German, English",
        "German, English Translator (freelance)",
        "Translator (German and English)",
        "Übersetzer (m/w/d), Deutsch, Englisch",
    ],
)
def test_a_translators_title_lists_a_pair_told_neither_way(title: str) -> None:
    needs = read_languages(f"{title}\nShort texts for our help centre every week.", titled=True)
    assert set(needs.pairs) == {("de", "en"), ("en", "de")}
    assert lacking(needs, ["en", "de"], ["en>de"]) is None
    assert lacking(needs, ["en", "de"], ["de>en"]) is None
    assert lacking(needs, ["en", "fr"], ["fr>en"]) == (
        "translation German ↔ English; you translate French → English"
    )


def test_the_body_tells_the_direction_a_translators_title_does_not() -> None:
    text = "Translator, German, English\nTranslate our manuals from German into English."
    assert read_languages(text, titled=True).pairs == (("de", "en"),)


def test_a_title_of_three_languages_or_another_trade_names_no_pair() -> None:
    three = read_languages("Translator, Spanish, French, Italian\nTexts.", titled=True)
    assert three.pairs == ()
    support = read_languages("Customer support, German, English\nHelp our users.", titled=True)
    assert support.pairs == () and support.required == ("de", "en")
