"""The spoken languages a posting requires ("fluent German", "Deutsch auf C1-Niveau",
"français courant exigé") or only prefers ("Spanish is a plus"), as ISO 639-1 codes.

A language's name is found first, in one skimmed pass (an Aho-Corasick pass over the
names in nine languages); only then is its clause read. A name binds nobody without a
word of level or need beside it ("fluent", "C1", "required", "Kenntnisse"): a posting
written in German, "our customers in Germany" or "the German market" requires nothing.
A name that qualifies a thing ("German clients", "French-speaking team"), and a clause
about translating, are no requirement either. A preference ("a plus", "von Vorteil",
"apprécié") wins over a level in the same stretch: "English at business level welcome".
A title needs no such word: the language it names for its role ("Customer Support Agent
– Dutch", "Italian Copywriter") is the role's. An arrow between two languages
("German>English") makes a translation's pair with no word of translating beside it.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Collection
from dataclasses import dataclass

from warehouse.ranking._text import Skimmed, clause_after, clause_before, lowered, phrases
from warehouse.ranking.profile import LANGUAGE_NAMES
from warehouse.ranking.taxonomy import PERSON_WORD

# each language's names as postings write them, lower-cased: English, German, French,
# Spanish, Portuguese, Dutch, Italian, Polish (a stem takes its endings) and Japanese
_NAMES: dict[str, tuple[str, ...]] = {
    "en": ("english", "englisch", "anglais", "inglés", "ingles", "inglês", "engels",
           "inglese", "angielsk", "anglophone", "английск", "ინგლისური ენ", "زبان انگلیسی",
           "英語"),
    "de": ("german", "deutsch", "allemand", "alemán", "aleman", "alemão", "duits",
           "tedesc", "niemieck", "germanophone", "ドイツ語"),
    "fr": ("french", "französisch", "franzoesisch", "français", "francais", "francés",
           "frances", "francês", "frans", "francese", "francusk", "francophone", "frankophon",
           "フランス語"),
    "es": ("spanish", "spanisch", "espagnol", "español", "espanol", "espanhol", "spaans",
           "spagnol", "hiszpańsk", "castellano", "castelhano", "castellà", "hispanophone",
           "hispanohablante", "スペイン語"),
    "pt": ("portuguese", "portugiesisch", "portugais", "portugués", "portugues",
           "português", "portugees", "portugese", "portoghese", "portugalsk", "lusophone",
           "ポルトガル語"),
    "nl": ("dutch", "niederländisch", "néerlandais", "neerlandés", "holandés", "holandês",
           "neerlandês", "nederlands", "olandese", "niderlandzk", "オランダ語"),
    "it": ("italian", "italienisch", "italien", "italiano", "italiana", "italiaans",
           "włosk", "イタリア語"),
    "pl": ("polish", "polnisch", "polonais", "polaco", "polonês", "polonés", "pools",
           "polacc", "polsk", "ポーランド語"),
    "ja": ("japanese", "japanisch", "japonais", "japonés", "japonês", "japans",
           "giappones", "japońsk", "日本語"),
    "zh": ("chinese", "mandarin", "cantonese", "chinesisch", "chinois", "chino", "chinês",
           "chinees", "cinese", "chińsk", "mandarim", "mandarín", "中文", "汉语", "普通话",
           "中国語"),
    "ko": ("korean", "koreanisch", "coréen", "coreen", "coreano", "koreaans", "koreańsk",
           "한국어", "韓国語"),
    "ar": ("arabic", "arabisch", "arabe", "árabe", "arabo", "arabsk", "العربية", "アラビア語"),
    "ru": ("russian", "russisch", "russe", "ruso", "rusa", "russo", "russa", "rosyjsk",
           "русск", "ロシア語"),
    "tr": ("turkish", "türkisch", "tuerkisch", "turc", "turque", "turco", "turca", "turks",
           "tureck", "türkçe", "トルコ語"),
    "sv": ("swedish", "schwedisch", "suédois", "suedois", "sueco", "zweeds", "svedese",
           "szwedzk", "svenska", "スウェーデン語"),
    "da": ("danish", "dänisch", "daenisch", "danois", "danés", "dinamarquês", "deens",
           "danese", "duńsk", "dansk", "デンマーク語"),
    "no": ("norwegian", "norwegisch", "norvégien", "norvegien", "noruego", "norueguês",
           "noors", "norvegese", "norwesk", "norsk", "ノルウェー語"),
    "fi": ("finnish", "finnisch", "finnois", "finlandés", "finlandês", "fins",
           "finlandese", "fińsk", "suomi", "フィンランド語"),
    "cs": ("czech", "tschechisch", "tchèque", "tcheque", "checo", "tcheco", "tsjechisch",
           "ceco", "czesk", "češtin", "cestin", "チェコ語"),
    "hu": ("hungarian", "ungarisch", "hongrois", "húngaro", "hungaro", "hongaars",
           "ungherese", "węgiersk", "magyar", "ハンガリー語"),
    "ro": ("romanian", "rumänisch", "rumaenisch", "roumain", "rumano", "romeno",
           "roemeens", "rumeno", "rumuńsk", "român", "ルーマニア語"),
    "el": ("greek", "griechisch", "grec", "grecque", "griego", "grego", "grieks", "greco",
           "greck", "ελληνικ", "ギリシャ語"),
    "hi": ("hindi", "हिन्दी", "हिंदी", "ヒンディー語"),
    "uk": ("ukrainian", "ukrainisch", "ukrainien", "ucraniano", "ucraino", "oekraïens",
           "ukraińsk", "українськ", "ウクライナ語"),
    "vi": ("vietnamese", "vietnamesisch", "vietnamien", "vietnamita", "vietnamees",
           "wietnamsk", "tiếng việt", "ベトナム語"),
    "th": ("thai", "thailändisch", "thaï", "tailandés", "tailandês", "tailandese", "tajsk",
           "ภาษาไทย", "タイ語"),
    "he": ("hebrew", "hebräisch", "hébreu", "hebreu", "hebreo", "hebraico", "ebraico",
           "hebreeuws", "hebrajsk", "עברית", "ヘブライ語"),
    "id": ("indonesian", "indonesisch", "indonésien", "indonesio", "indonésio",
           "indonesiano", "indonezyjsk", "bahasa indonesia", "インドネシア語"),
    "ms": ("malay", "bahasa malaysia", "bahasa melayu", "マレー語"),
    "bn": ("bengali", "bangla", "bengalisch", "bengalí", "bengalese", "bengalsk", "বাংলা",
           "ベンガル語"),
    "ca": ("catalan", "katalanisch", "catalán", "catalão", "catalano", "catalaans",
           "katalońsk", "català", "カタルーニャ語"),
    "sk": ("slovak", "slowakisch", "slovaque", "eslovaco", "slovacco", "slowaaks",
           "słowack", "slovenčin", "slovencin", "スロバキア語"),
    "sw": ("swahili", "kiswahili", "suaheli", "suajili", "スワヒリ語"),
    "am": ("amharic", "amharisch", "amharique", "amárico", "አማርኛ"),
    "af": ("afrikaans",),
    # not "Filipino": in a posting it is mostly the people ("Filipino VAs wanted")
    "tl": ("tagalog", "tagalo", "wikang filipino", "タガログ語"),
    # "Kazakhstan" and "казахстанский" are the country's: "kazakh" is a whole word
    "kk": ("kazakh", "kasachisch", "kazakhe", "kazajo", "казахск", "қазақ тілі", "カザフ語"),
    # "ქართული" alone is any Georgian thing ("ქართული კომპანია"): the language's name is
    # "ქართული ენა", in its cases
    "ka": ("georgian", "georgisch", "géorgien", "georgiano", "gruzińsk", "грузинск",
           "ქართული ენა", "ქართული ენის", "ქართულ ენაზე", "ジョージア語", "グルジア語"),
    # "فارسی" alone may be any Persian thing: the language is "زبان فارسی"
    "fa": ("persian", "farsi", "persisch", "persan", "persa", "perski", "персидск",
           "زبان فارسی", "ペルシア語", "ペルシャ語"),
    # "नेपाली" alone is any Nepali thing ("नेपाली कम्पनी"): the language's is "नेपाली भाषा"
    "ne": ("nepali", "népalais", "nepalí", "nepalês",
           "नेपाली भाषा", "ネパール語"),
}  # fmt: skip
# stems whose endings vary (Polish cases, Italian genders, German compounds such as
# "Deutschkenntnisse" and cases, "aus dem Japanischen"); every other name is a whole
# word (its Dutch and Romance "-e"/"-a" forms aside)
_STEMS = frozenset({"angielsk", "niemieck", "francusk", "hiszpańsk", "portugalsk",
                    "niderlandzk", "włosk", "polsk", "japońsk", "tedesc", "spagnol",
                    "polacc", "giappones", "deutsch", "englisch", "französisch",
                    "franzoesisch", "spanisch", "portugiesisch", "niederländisch",
                    "italienisch", "polnisch", "japanisch", "chińsk", "koreańsk", "arabsk",
                    "rosyjsk", "tureck", "szwedzk", "duńsk", "norwesk", "fińsk", "czesk",
                    "węgiersk", "rumuńsk", "greck", "русск", "ελληνικ", "češtin", "cestin",
                    "român", "chinesisch", "koreanisch", "arabisch", "russisch", "türkisch",
                    "tuerkisch", "schwedisch", "dänisch", "daenisch", "norwegisch",
                    "finnisch", "tschechisch", "ungarisch", "rumänisch", "rumaenisch",
                    "griechisch", "ukraińsk", "українськ", "wietnamsk", "tajsk", "ภาษาไทย",
                    "hebrajsk", "indonezyjsk", "bengalsk", "katalońsk", "słowack",
                    "slovenčin", "slovencin", "ukrainisch", "vietnamesisch", "thailändisch",
                    "hebräisch", "indonesisch", "bengalisch", "katalanisch",
                    "slowakisch", "frankophon", "kasachisch", "казахск",
                    "georgisch", "gruzińsk", "грузинск", "английск",
                    "персидск"})  # fmt: skip
_CODE_OF = {name: code for code, names in _NAMES.items() for name in names}
# what the names may end with: "Duitse", "Engelse"; a German compound's skill noun
_ENDINGS = r"(?:e|a|s)?"
# a name that says its speaker ("deutschsprachiger", "francophone", "hispanohablante"):
# in a title it is the role's language wherever it stands, unless it qualifies a thing
_SPEAKER_NAME = re.compile(r"\w*(?:sprachig|phon|hablante)\w*")
# names that are words of other meanings in lower case ("polish the UI")
_CAPITALISED = frozenset({"polish"})
# a stem that runs on into a country's name: "Deutschland"
_NOT_A_PLACE = re.compile(r"deutschland")


# the words of a clause about translating, found in the names' pass: only a text
# holding one is sought for language codes ("DE>EN"); a "language pair" is a
# translator's too ("Sprachpaar", "paire de langues")
_TRANSLATING_WORDS = ("translat", "übersetz", "tradu", "vertal", "tłumacz", "locali",
                      "lokalisier", "翻訳", "language pair", "sprachpaar", "de langues",
                      "de idiomas", "linguístic", "linguistic", "talenpa", "językow")  # fmt: skip


_UNSPACED = "\u0e00"  # from Thai on, scripts write no space before a word: sought anywhere


def _name_pattern() -> str:
    """Whole names, stems with any ending; Thai and Japanese ones (no spaces) anywhere; and the
    words of translating, as the group `translating`."""
    names = sorted(_CODE_OF, key=len, reverse=True)
    latin = [n for n in names if n.isascii() or n[0] < _UNSPACED]
    written = [
        rf"{re.escape(n)}\w*" if n in _STEMS else rf"{re.escape(n)}{_ENDINGS}(?!\w)" for n in latin
    ]
    japanese = [re.escape(n) for n in names if n not in latin]
    translating = phrases(map(re.escape, _TRANSLATING_WORDS), word_start=False)
    return (
        f"{phrases(written)}|{phrases(japanese, word_start=False)}|(?P<translating>{translating})"
    )


_NAME = Skimmed(re.compile(_name_pattern()))

# a clause: a sentence, a line, an item of a list; read this far either side of a name
_LONGEST_CLAUSE = 300
_CLAUSE_END = re.compile(r"[!?;\n。•|]|\.(?:\s|$)")
_CLAUSE_START = re.compile(r"[!?;\n。•|.]")  # a clause starts after any full stop
# words of level or need: the language is asked of whoever takes the work
_REQUIRED = re.compile(
    r"fluen|fluid|fließend|fliessend|flüssig|vloeiend|płynn|biegł|native|nativ|natif"
    r"|mother\s*tongue|muttersprach|langue maternelle|moedertaal|madrelingua|ojczyst"
    r"|bilingu|bilíngue|zweisprachig|tweetalig|business|verhandlungssicher|professionnel"
    r"|proficien|command of|working language|arbeitssprache|langue de travail"
    r"|\b[bc][12]\b|\bn[12]\b|jlpt|niveau|nivel|level"
    r"|requir|mandatory|must|essential|need|prerequisite|necessar|necessár"
    r"|erforderlich|voraussetz|setzen\s+\w+\s+voraus|zwingend|pflicht|\bmuss"
    r"|exig|obligatoir|obligatori|obrigat|obbligatori|indispensab|imprescind|impératif"
    r"|requis|requisit|richiest|vereist|verplicht|wymagan|obowiązk"
    r"|kenntniss|knowledge|conoscenza|znajomoś|beheers|dominio|domínio|maîtris|padronanza"
    r"|excellent|strong|sehr gut|\bgute\b|uitstekend|\bgoede\b|ottim|buona|excelente|avanzad"
    r"|avançad|avancé|\bspeak(?!ers?\b)|spoken|written|sprichst|sprechen|parlez|parles|hablas"
    r"|spreekt|spreek|mówisz|in wort und schrift|écrit|communicat|confident|conversation"
    r"|ネイティブ|ビジネス|必須|堪能|流暢"
    r"|ต้อง|จำเป็น|คล่อง|ได้ดี|เจ้าของภาษา"  # th: must, necessary, fluent, well, native
    # ar: proficiency, mastery, fluency, mandatory, required ("يشترط", "الشروط")
    r"|إجادة|اجادة|إتقان|اتقان|طلاقة|إلزامي|الزامي|شرط|الشروط"
    # ru: knowledge, command, fluent, mandatory ("знание русского языка обязательно")
    r"|знани|владени|свободн|обязательн"
    # ka: knowledge, mandatory, necessary, fluently ("ქართული ენის ცოდნა სავალდებულოა")
    r"|ცოდნ|სავალდებულ|აუცილებ|თავისუფლად"
    r"|تسلط|مسلط|الزامی|ضروری"  # fa: command, commanding, mandatory, necessary
)
# words that make it a wish: the work is open to whoever lacks it
_PREFERRED = re.compile(
    r"\bplus\b|nice[\s-]to[\s-]have|bonus|prefer|ideal|advantage|desirable|welcome|asset"
    r"|benefi|helpful|vorteil|wünschenswert|willkommen|gerne|apprécié|atout|souhait"
    r"|bienvenu|valora|deseable|diferencial|desejável|desejavel|\bpré\b|pluspunt|gewenst"
    r"|welkom|gradit|preferib|preferenzial|mile widzian|atut|歓迎|尚可|優遇"
    r"|พิจารณาเป็นพิเศษ|ข้อได้เปรียบ"  # th: considered especially, an advantage
    r"|يفضل|يُفضل|ميزة"  # ar: preferred, an advantage
    r"|плюс|желател|преимуществ|приветству"  # ru: a plus, desirable, an advantage, welcome
    r"|უპირატესობ|სასურველ"  # ka: an advantage, desirable
    r"|امتیاز|مزیت"  # fa: a plus, an advantage
)
# a name that qualifies a thing or a people is no language asked for: "German clients",
# "the Dutch capital", "French-speaking team", "deutsche Kunden", "marché allemand",
# a "Spanish-language app"
_THINGS = (
    r"market|markt|marché|mercado|mercato|rynek|customer|client|kunde|klant|cliente"
    r"|team|équipe|equipo|equipa|company|compan|unternehmen|firma|entreprise|empresa"
    r"|azienda|bedrijf|capital|office|tax|law|e-commerce|ecommerce|platform|government"
    r"|authorit|colleague|user|audience|region|subsidiar|startup|people|citizen|partner"
    # ar: the countries "العربية" names ("المملكة العربية السعودية", "الإمارات العربية
    # المتحدة", "جمهورية مصر العربية"), no language
    r"|السعودية|المتحدة|المملكة|مصر"
    r"|клиент|заказчик|компани|рын|команд|пользовател|аудитори|партн"  # ru
    r"|კლიენტ|კომპანი|ბაზ|გუნდ"  # ka: clients, companies, market, team
)
# ("German-English bilingual team", "(French/English) support team")
_THING_AFTER = re.compile(
    rf"-language|(?:[-/]\w+)?\)?(?:[\s-]+(?:speaking|bilingual|multilingual|support|sales))*"
    rf"[\s-]+(?:{_THINGS})"
)
_THING_NEXT = re.compile(rf"[\s-]+(?:{_THINGS})\w{{0,2}}(?!\w)")  # "Kunden", not "Kundenberater"
_THING_BEFORE = re.compile(rf"(?:{_THINGS})\w*\s+$")
_THING_REACH = 30  # characters before a name where the thing it follows may stand
# the English names, which stand before a noun they qualify; the words after one that
# leave it a language ("German skills", "German and English", "German is a must")
_ENGLISH_NAMES = frozenset({names[0] for names in _NAMES.values()} | {"mandarin", "cantonese"})
_NEXT_WORD = re.compile(r"[ \t]+(\w+)")
_NAME_FOLLOWERS = frozenset({
    "language", "languages", "lang", "skill", "skills", "skillset", "speaker", "speakers",
    "speaking", "fluency", "proficiency", "knowledge", "native", "natively", "literacy",
    "understanding", "reading", "writing", "competence", "ability", "abilities",
    "translation", "translations", "translator", "translators", "interpreter",
    "and", "or", "nor", "is", "are", "be", "being", "would", "will", "at", "in", "to",
    "into", "as", "a", "an", "also", "too", "with", "from", "only", "both", "plus",
    "please", "preferred", "if", "where", "when", "for", "on", "of",
    # a wish after the name ("German nice to have", "Polish welcome"): no noun it qualifies
    "nice", "welcome", "optional", "helpful", "useful", "appreciated", "desirable",
    "advantageous", "beneficial",
})  # fmt: skip
# a list's item, by its mark; a list is read up to this many lines above an item for
# its heading, whose words may only name what follows ("Your profile:", "Was du
# mitbringst:")
_ITEM = re.compile(r"\s*(?:[-*•·▪●◦–]|\d{1,2}[.)])\s*")
_LONGEST_LIST = 15
_NEEDS_HEADING = re.compile(
    r"anforderung|profil|qualifica|mitbring|you bring|you have|must[\s-]have|skills"
    r"|wat je meebrengt|ce que vous|lo que buscamos|o que procuramos|cosa cerchiamo"
)
# what stands between two languages of which one will do: "French or German fluency"
_EITHER = re.compile(r"\s*(?:or|oder|ou|o|of|lub|oppure|ou bien|/|または)\s*")
# a clause about translating names languages no one must speak to take the work
_TRANSLATING = re.compile(
    r"translat|übersetz|tradu|vertal|tłumacz|locali[sz]|lokalisier|翻訳|language pairs?"
    r"|sprachpaar|paires? de langues|pares? de idiomas|pares? linguístic|coppi[ae] linguistic"
    r"|talenpa(?:ar|ren)|par[ay]? językow"
)
# such a clause's language codes, upper case as pairs write them ("DE>EN", "EN/DE"), each
# with the region a locale may add ("EN-US", "pt_BR"), read only as a region when it is
# no language of the pair's ("DE-EN" is two)
_CODE = re.compile(
    r"(?<!\w)(" + "|".join(c.upper() for c in LANGUAGE_NAMES) + r")(?!\w)"
    r"(?:[-_](?:US|GB|UK|IE|AU|BR|MX|AR|CO|CN|TW|HK|AT|CH|BE|LU|QC)(?!\w))?"
)
# what joins a pair's sides: an arrow, a dash, a slash, "to" or "into" in each language
# (the source's case ending and the target's article included: "aus dem Deutschen ins
# Englische", "allemand vers l'anglais", "del inglés al español", "dall'inglese all'")
_JOINS = (
    r"<?-+>|<>|<->|<=>|>|=>|→|⇒|↔|⟶|→|＞|-|–|—|/|to|into|nach|ins|in|vers|en|al|a|à|para"
    r"|naar|na|all'|all’|alla|allo"
)
_PAIR_JOIN = re.compile(
    rf"\w*\s*(?:{_JOINS})\s*(?:(?:the|den|die|das|le|la|les|el|lo|il|o|het|l'|l’)\s*)?"
)
# an arrow between two languages makes them a pair with no word of translating; codes
# so joined ("FR→EN") are sought, where an arrow stands at all
_ARROW_MARKS = ("→", "⇒", "↔", "⟶", "＞")  # and ">"
_ARROW_MARK = re.compile("[>→⇒↔⟶＞]")
_ARROW_REACH = 16  # characters either side of an arrow its codes stand within ("ES-MX > ")
_ARROWS = r"\s*(?:<?[-=]*>|<->|→|⇒|↔|⟶|＞)\s*"
_ARROW = re.compile(_ARROWS)
_CODES_ARROWED = re.compile(rf"(?<!\w)[A-Z]{{2}}(?:[-_][A-Z]{{2}})?{_ARROWS}[A-Z]{{2}}(?!\w)")
# what carries a pair's source on to one more target: "English to Spanish and Portuguese"
_MORE_TARGETS = re.compile(r"\w*\s*(?:,|and|und|et|y|e|en|i|or|oder|ou|o|/)\s*")


# a title's parts: its role, its place, its language ("Support Agent – Dutch (Remote)")
_TITLE_PART = re.compile(r"[|()\[\],/–—:•]|\s-\s")
# what a title's part may hold besides the language it needs: the words of speaking it
# ("Dutch", "German-speaking"), and before the person's noun, those of a trade
# ("Polish Speaking Customer Success Manager", "Japanese Bilingual Sales Rep"), never a
# thing's ("Chinese New Year Campaign Designer", "German Engineering Manager")
_SPEAKING = frozenset({"speaking", "speaker", "speakers", "language", "native", "bilingual",
                       "fluent", "only"})  # fmt: skip
_TRADE_WORDS = _SPEAKING | frozenset({
    "customer", "customers", "client", "sales", "success", "support", "service", "services",
    "account", "accounts", "content", "community", "social", "media", "marketing",
    "business", "development", "technical", "tech", "help", "desk", "care", "copy", "legal",
    "medical", "seo", "senior", "junior", "freelance", "remote", "inside", "key", "voice",
})  # fmt: skip
_TITLE_WORDS_BEFORE = 3  # a trade's words between the language and the person's noun
# the words that list a title's languages ("Dutch or German", "German and English")
_LISTING = frozenset({"or", "and", "oder", "und", "ou", "et", "o", "y", "e", "&", "+"})
# a title's list of languages joined by "and" ("Spanish, French and English"): its commas
# join languages all asked for; a bare comma list is one of them, as recruiters write it
_AND_AFTER = re.compile(r"(?:\s*,\s*[^\s,]+)*\s*(?:and|und|et|&|\+)\s")
# what lists a translator's title's two languages, no direction told: "German, English"
_TITLE_LIST = re.compile(r"\s*(?:,|and|und|et|y|e|en|&|\+)?\s*")
# a title's "bilingual" before two codes: "Chargé de support bilingue FR/EN"
_BILINGUAL_CODES = re.compile(
    r"(?:bilingu|zweisprachig|tweetalig)\w*\s*\(?([a-z]{2})\s*[/&+-]\s*([a-z]{2})(?!\w)"
)
# a role's plural by its ending ("pickers", "cashiers"), not all staff nor others
_AGENT_NOUN = re.compile(
    r"(?!(?:members|customers|users|partners|others|workers|owners|speakers|readers)\b)"
    r"\w{3,}(?:er|or|ist|ant)s"
)
# another role's need in prose ("our support engineers must speak German"): it binds
# whoever takes this work only if the title names that role
_OTHERS_NEED = re.compile(
    r"\b(?:our|their|the|all)\s+((?:[\w-]+\s+){0,3}?)(\w+s)\s+(?:must|need|needs|should"
    r"|have\s+to|are\s+(?:required|expected))\b"
)


@dataclass(frozen=True, slots=True)
class LanguageNeeds:
    """The languages a posting asks for, and the words of the first clause requiring one."""

    required: tuple[str, ...] = ()
    preferred: tuple[str, ...] = ()
    raw: str | None = None  # "fluent German and English"
    # what the user must speak: one language of each ("French or German fluency"), with
    # the clause that asks for it
    choices: tuple[tuple[tuple[str, ...], str], ...] = ()
    # the language pairs of a translation (source, target): whoever takes it needs both
    # languages of one of them
    pairs: tuple[tuple[str, str], ...] = ()
    # where the clauses that require a language stand in the text: (start, end)
    clauses: tuple[tuple[int, int], ...] = ()


NONE = LanguageNeeds()


def read_languages(text: str, *, titled: bool = False) -> LanguageNeeds:
    """The languages `text` requires and those it only prefers, in the order named; one
    both required and preferred (in two clauses) is required. `titled`: the first line
    is the posting's title, whose role needs a language it names with no level word
    ("Customer Support Agent – Dutch", "Native Italian Copywriter")."""
    low = lowered(text)
    found = list(_NAME.finditer(low))
    title = 0 if not titled else low.find("\n") if "\n" in low else len(low)
    mentions = [m for m in found if not m["translating"] and _is_language(m, text, low, title)]
    # codes ("DE>EN") are sought only in a text that may speak of translating, or that
    # joins two languages as a pair does ("German>English")
    if any(m["translating"] for m in found) or _arrowed_codes(text):
        mentions = sorted([*mentions, *_CODE.finditer(text)], key=lambda m: m.start())
    bilingual = _BILINGUAL_CODES.search(low, 0, title) if titled else None
    if not mentions and not bilingual:
        return NONE
    choices: list[tuple[list[str], str]] = []  # each needs one of its languages
    clauses: dict[tuple[int, int], None] = {}
    preferred: dict[str, None] = {}
    pairs: dict[tuple[str, str], None] = {}
    untold: tuple[str, str] | None = None  # a translator's title's two languages
    for start, end, group in _clauses(low, mentions):
        clause = low[start:end]
        if _TRANSLATING.search(clause) or _arrowed(low, group):
            pairs.update(dict.fromkeys(_pairs(low, group)))
            untold = untold or _title_pair(low, group, title)
            continue
        group = [m for m in group if m.re is not _CODE]
        before: tuple[int, str | None] = (start, None)
        for m, verdict in zip(group, _verdicts(low, start, end, group), strict=True):
            code = _CODE_OF[_name_of(m.group(0))]
            if verdict is None and m.start() < title and _titles_a_need(low, m, title):
                verdict = "required"
            if verdict == "required" and _others_need(low, start, m, title):
                verdict = None
            if verdict == "required":
                either = before[1] == "required" and (
                    _EITHER.fullmatch(low, before[0], m.start())
                    or (m.start() < title and _title_either(low, before[0], m, title))
                )
                if either:
                    choices[-1][0].append(code)
                else:
                    choices.append(([code], " ".join(text[start:end].split())[:80]))
                    clauses[start, end] = None
            elif verdict == "preferred":
                preferred[code] = None
            before = (m.end(), verdict)
    if bilingual:
        codes = [c for c in bilingual.groups() if c in LANGUAGE_NAMES]
        raw = " ".join(text[:title].split())[:80]
        choices[:0] = [([c], raw) for c in codes if all(c not in cs for cs, _ in choices)]
    if untold and not pairs:  # no direction told: either way round will do
        pairs = {untold: None, untold[::-1]: None}
    required = tuple(dict.fromkeys(code for codes, _ in choices for code in codes))
    return LanguageNeeds(
        required,
        tuple(c for c in preferred if c not in required),
        choices[0][1] if choices else None,
        tuple((tuple(codes), raw) for codes, raw in choices),
        tuple(pairs),
        tuple(clauses),
    )


def _pairs(low: str, group: list[re.Match[str]]) -> list[tuple[str, str]]:
    """The language pairs a translating clause names: two languages, by name or code,
    joined as a pair is ("DE>EN", "German into English", "Deutsch-Englisch"), each
    further target after the first ("English to Spanish and Portuguese"); a list of
    three or more by slashes ("German/French/Italian") is a list of targets, no pair."""
    sides = [(m.start(), m.end(), _code(m)) for m in group]
    found: list[tuple[str, str]] = []
    i = 0
    while i + 1 < len(sides):
        (_, a_end, source), (b_start, _, target) = sides[i], sides[i + 1]
        join = _PAIR_JOIN.fullmatch(low, a_end, b_start)
        listed = low[a_end:b_start].strip() == "/" and any(
            low[sides[j][1] : sides[j + 1][0]].strip() == "/"
            for j in (i - 1, i + 1)
            if 0 <= j < len(sides) - 1
        )
        if not join or source == target or listed:
            run = _source_list(low, sides, i)
            if not run:
                i += 1
                continue
            sources = [code for _, _, code in sides[i : i + run]]
        else:
            sources, run = [source], 1
        i += run + 1
        targets = [sides[i - 1][2]]
        while i < len(sides) and _more(low, sides, i) and not _opens_a_pair(low, sides, i):
            targets.append(sides[i][2])
            i += 1
        found.extend((s, t) for s in sources for t in targets if s != t)
    return found


def _title_pair(low: str, group: list[re.Match[str]], title: int) -> tuple[str, str] | None:
    """The two languages a translator's title lists with no direction ("Translator,
    German, English", "German and English Translator"): the pair, told neither way."""
    named = [m for m in group if m.start() < title]
    if len(named) != 2 or not _TRANSLATING.search(low, 0, title):
        return None
    a, b = named
    if not _TITLE_LIST.fullmatch(low, a.end(), b.start()) or _code(a) == _code(b):
        return None
    return _code(a), _code(b)


def _arrowed_codes(text: str) -> bool:
    """Whether an arrow joins two codes of `text` ("FR→EN", "ES-MX > EN-US")."""
    if ">" not in text and not any(mark in text for mark in _ARROW_MARKS):
        return False  # a string's own scan, far faster than a pattern's over the text
    return any(
        _CODES_ARROWED.search(text, max(0, m.start() - _ARROW_REACH), m.end() + _ARROW_REACH)
        for m in _ARROW_MARK.finditer(text)
    )


def _arrowed(low: str, group: list[re.Match[str]]) -> bool:
    """Whether an arrow joins two languages of a clause ("German>English", "EN → FR")."""
    return any(_ARROW.fullmatch(low, a.end(), b.start()) for a, b in itertools.pairwise(group))


def lacking(
    needs: LanguageNeeds, spoken: Collection[str], directions: Collection[str] = ()
) -> str | None:
    """Why a user who speaks `spoken` (codes) and translates in `directions` ("en>de")
    may not take work with these needs ("requires German: ...fluent German and
    English...", "translation Japanese → French; you speak German, English"); None when
    they may, or when the profile lists no language (nothing is judged). Without
    directions, a pair within their languages will do."""
    if not spoken and not directions:
        return None
    why = []
    unmet = [(codes, raw) for codes, raw in needs.choices if set(spoken).isdisjoint(codes)]
    if spoken and unmet:
        # the title and the text may each ask the same: "requires Tagalog", not twice
        names = dict.fromkeys(" or ".join(LANGUAGE_NAMES[c] for c in codes) for codes, _ in unmet)
        why.append(f"requires {' and '.join(names)}: {unmet[0][1]!r}")
    if directions:
        if needs.pairs and not any(f"{a}>{b}" in directions for a, b in needs.pairs):
            yours = ", ".join(_direction(*pair.split(">")) for pair in directions)
            why.append(f"translation {_directions(needs.pairs)}; you translate {yours}")
    elif needs.pairs and not any({*pair} <= {*spoken} for pair in needs.pairs):
        yours = ", ".join(LANGUAGE_NAMES.get(c, c) for c in spoken)
        why.append(f"translation {_directions(needs.pairs)}; you speak {yours}")
    return "; ".join(why) or None


def _direction(source: str, target: str) -> str:
    return f"{LANGUAGE_NAMES.get(source, source)} → {LANGUAGE_NAMES.get(target, target)}"


def _directions(pairs: Collection[tuple[str, str]]) -> str:
    """ "German → English or French → English"; a pair told neither way "German ↔ English"."""
    both = {(a, b) for a, b in pairs if (b, a) in pairs and a < b}
    said = (
        _direction(a, b).replace("→", "↔") if (a, b) in both or (b, a) in both else _direction(a, b)
        for a, b in pairs
        if (b, a) not in both
    )
    return " or ".join(said)


def _more(low: str, sides: list[tuple[int, int, str]], i: int) -> bool:
    """Whether side `i` is listed after the one before it ("Spanish and Portuguese")."""
    return bool(_MORE_TARGETS.fullmatch(low, sides[i - 1][1], sides[i][0]))


def _source_list(low: str, sides: list[tuple[int, int, str]], i: int) -> int:
    """How many sides from `i` are a list of sources joined to one target ("from
    Japanese, Korean or Chinese into English"); 0 when they are none."""
    k = i
    while k + 1 < len(sides) and _more(low, sides, k + 1):
        k += 1
    if k == i or k + 1 >= len(sides) or not _PAIR_JOIN.fullmatch(low, sides[k][1], sides[k + 1][0]):
        return 0
    target = sides[k + 1][2]
    return 0 if any(code == target for _, _, code in sides[i : k + 1]) else k + 1 - i


def _opens_a_pair(low: str, sides: list[tuple[int, int, str]], i: int) -> bool:
    """Whether side `i` is the source of a pair of its own ("EN>DE, EN>FR")."""
    return (
        i + 1 < len(sides)
        and not _more(low, sides, i + 1)
        and bool(_PAIR_JOIN.fullmatch(low, sides[i][1], sides[i + 1][0]))
    )


def _code(m: re.Match[str]) -> str:
    """The language a mention names: by its code ("DE") or its name ("Deutsch")."""
    return m.group(1).lower() if m.re is _CODE else _CODE_OF[_name_of(m.group(0))]


def _name_of(found: str) -> str:
    """The table's name a match spells ("duitse" is "duits", "deutschkenntnisse"
    "deutsch")."""
    for length in range(len(found), 0, -1):
        if found[:length] in _CODE_OF:
            return found[:length]
    raise KeyError(found)


def _is_language(m: re.Match[str], text: str, low: str, title: int) -> bool:
    """Whether a name stands for a language here, not a thing's origin or a place; in
    the title (up to `title`), a trade's ("Spanish Customer Support Agent") is."""
    name = _name_of(m.group(0))
    if name in _CAPITALISED and not text[m.start()].isupper():
        return False
    if _NOT_A_PLACE.match(low, m.start()):
        return False
    if m.start() < title and _titles_a_need(low, m, title):
        return True
    before = max(0, m.start() - _THING_REACH)
    return not (_THING_AFTER.match(low, m.end()) or _THING_BEFORE.search(low, before, m.start()))


def _titles_a_need(low: str, m: re.Match[str], title: int) -> bool:
    """Whether a title's name is the language its role needs: alone in its part
    ("Customer Support Agent – Dutch", "Content Writer (Spanish)") or before the
    person's noun, across a trade's words only ("Italian Copywriter", "Polish Speaking
    Customer Success Manager"); never a thing's origin ("German engineering firm")."""
    parts = [p.span() for p in _TITLE_PART.finditer(low, 0, title)]
    start = max((e for _, e in parts if e <= m.start()), default=0)
    end = min((s for s, _ in parts if s >= m.end()), default=title)
    if _SPEAKER_NAME.fullmatch(m.group(0)):
        return not _THING_NEXT.match(low, m.end(), end)
    head = [w for w in low[start : m.start()].replace("-", " ").split() if not _listed(w)]
    after = [w for w in low[m.end() : end].replace("-", " ").split() if not _listed(w)]
    if set(after) <= _SPEAKING and set(head) <= _SPEAKING:
        return True
    for word in after[: _TITLE_WORDS_BEFORE + 1]:
        if PERSON_WORD.fullmatch(word):
            return True
        if word not in _TRADE_WORDS:
            return False
    return False


def _listed(word: str) -> bool:
    """Whether a title's word lists languages: a name or a word that joins them."""
    return (
        word in _LISTING
        or word in _CODE_OF
        or word[:-1] in _CODE_OF
        or any(map(word.startswith, _STEMS))
    )


def _title_either(low: str, after: int, m: re.Match[str], title: int) -> bool:
    """Whether a comma alone joins two of a title's languages, with no "and" in their
    list ("(Spanish, Portuguese)"): one of them will do."""
    return low[after : m.start()].strip() == "," and not _AND_AFTER.match(low, m.end(), title)


def _others_need(low: str, start: int, m: re.Match[str], title: int) -> bool:
    """Whether a clause asks the language of a role this title does not name ("our
    support engineers must speak German" in a developer's posting); only a titled text's
    body is read so."""
    if not 0 < title < m.start():
        return False
    said = _OTHERS_NEED.search(low, start, m.start())
    if said is None or not (PERSON_WORD.fullmatch(said[2]) or _AGENT_NOUN.fullmatch(said[2])):
        return False
    return not all(w.rstrip("s") in low[:title] for w in (*said[1].split(), said[2]))


def _clauses(low: str, mentions: list[re.Match[str]]) -> list[tuple[int, int, list[re.Match[str]]]]:
    """The mentions grouped by the clause they stand in: (start, end, mentions)."""
    grouped: dict[tuple[int, int], list[re.Match[str]]] = {}
    for m in mentions:
        before = clause_before(_CLAUSE_START, low, m.start(), _LONGEST_CLAUSE)
        after = clause_after(_CLAUSE_END, low, m.end(), _LONGEST_CLAUSE)
        span = (m.start() - len(before), m.end() + len(after))
        grouped.setdefault(span, []).append(m)
    return [(start, end, group) for (start, end), group in grouped.items()]


def _verdicts(low: str, start: int, end: int, group: list[re.Match[str]]) -> list[str | None]:
    """What the clause says of each of its names: the words after it up to the next
    name or comma first ("Deutsch auf C1-Niveau, Englisch von Vorteil", "fluent English
    is a must, another language a plus"); then those before it
    since the last name or comma, where a wish governs the clause ("Bonus if you speak
    Japanese", "nice to have: fluent Spanish"); then what the name before it in a list
    was ("fluent German and English"); then the words after the list ("German and
    English are required")."""
    verdicts: list[str | None] = []
    for i, m in enumerate(group):
        since = group[i - 1].end() if i else start
        tail = low[m.end() : group[i + 1].start() if i + 1 < len(group) else end]
        head = low[since : m.start()]
        head = head[head.rfind(",") + 1 :]
        if _qualifies(low, m):
            verdicts.append(_said(head) or (verdicts[-1] if verdicts else None))
            continue
        near = tail[: tail.find(",")] if "," in tail else tail
        verdict = _said(near) or _said(head) or (verdicts[-1] if verdicts else None)
        verdicts.append(verdict or _said(low[m.end() : end]) or _heading(low, start))
    return verdicts


def _qualifies(low: str, m: re.Match[str]) -> bool:
    """Whether an English name stands before a noun it qualifies ("Danish pastry",
    "Greek yogurt brand", "Chinese New Year"): then only the words before it may ask
    for the language ("native German copywriter"), never those after the noun."""
    if _name_of(m.group(0)) not in _ENGLISH_NAMES:
        return False
    found = _NEXT_WORD.match(low, m.end())
    if found is None:
        return False
    word = found[1]
    return not (word in _NAME_FOLLOWERS or word in _CODE_OF or _said(word) or word[0].isdigit())


def _heading(low: str, start: int) -> str | None:
    """What the heading of a list says of an item that starts at `start` and says
    nothing itself ("Requirements:" then "- German"): the line ending in a colon
    above the item and the items before it."""
    line = low.rfind("\n", 0, start) + 1
    if not _ITEM.fullmatch(low, line, start) and not _ITEM.match(low, start):
        return None
    for _ in range(_LONGEST_LIST):
        if line == 0:
            return None
        above = low[low.rfind("\n", 0, line - 1) + 1 : line - 1].strip()
        if above.endswith(":"):
            return _said(above) or ("required" if _NEEDS_HEADING.search(above) else None)
        if above and not _ITEM.match(above):
            return None
        line = low.rfind("\n", 0, line - 1) + 1
    return None


def _said(words: str) -> str | None:
    if _PREFERRED.search(words):
        return "preferred"
    return "required" if _REQUIRED.search(words) else None
