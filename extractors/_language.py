"""Which language a text is written in, by its small words ("nous", "und", "het") and
the words of a job title ("Traductrice", "Geschäftsführer", "(H/F)", "(m/w/d)"): a
LinkedIn export's saved job is a title alone, and a chat message a line or two.
Japanese, written without spaces, by its kana: no other language writes them, and a
kanji-only text (a place, a Chinese name) says nothing. Korean by its Hangul, and Arabic
(Persian by the letters only it writes of the two) and Greek by their letters, alike;
Russian, Ukrainian and Kazakh by the Cyrillic letters only each writes.
"""

from __future__ import annotations

import re
from collections import Counter

# a word, or a title's gender tag ("(h/f)", "(m/w/d)")
_TOKEN = re.compile(r"\([a-z]/[a-z](?:/[a-z])?\)|[^\W\d_]+")
_WORDS = {
    "en": "the and to of you we our with for is are will this your be who have",
    "fr": "le les des du une et est pour avec dans nous vous notre votre nos vos qui au aux "
    "sont cette être chez sera (h/f) (f/h) traducteur traductrice rédacteur rédactrice "
    "gérant gérante responsable directeur directrice chargé chargée fondateur fondatrice "
    "cofondateur cofondatrice chef cheffe ingénieur ingénieure développeur développeuse "
    "recruteur recruteuse associé associée dirigeant dirigeante indépendant indépendante "
    "conseiller conseillère consultante comptable graphiste titreur titreuse stagiaire "
    "recrutement ressources humaines poste télétravail",
    "de": "der die das und ist mit für wir sie ihr ihre unser unsere ein eine auf zu von bei "
    "den dem nicht du (m/w/d) (w/m/d) (m/w/x) (m/f/d) geschäftsführer geschäftsführerin "
    "leiter leiterin gründer gründerin inhaber inhaberin übersetzer übersetzerin entwickler "
    "entwicklerin personalreferent personalreferentin freiberuflich freiberufler "
    "mitarbeiter mitarbeiterin werkstudent",
    "es": "el los las del y con para por una nuestro nuestra somos buscamos trabajarás "
    "director directora gerente fundador fundadora jefe jefa traductor traductora "
    "desarrollador desarrolladora reclutamiento selección diseñador diseñadora redactor "
    "redactora ingeniero ingeniera programador programadora móvil remoto remota vacante "
    "honorarios sueldo mensuales prestaciones salario modalidad jornada experiencia tiempo "
    "término duración oficina funciones años",
    "pt": "o os do da dos das com para uma um é nosso nossa em não você procuramos "
    "diretor diretora gerente fundador fundadora tradutor tradutora desenvolvedor "
    "desenvolvedora responsável recrutamento sócio sócia redator redatora remoto remota "
    "vaga vagas equipe equipa trabalho contratação contratando recrutar também",
    "it": "il lo gli della di con per è nostro nostra siamo che cerchiamo direttore "
    "direttrice fondatore fondatrice titolare responsabile traduttore traduttrice "
    "sviluppatore sviluppatrice selezione personale remoto",
    "nl": "het een van met voor wij ons onze jij zijn op bij naar niet (m/v) (m/v/x) "
    "eigenaar oprichter directeur vertaler vertaalster ontwikkelaar medewerker werving "
    "zelfstandig teamleider",
    # Indonesian (Malay shares most of these: read as Indonesian, which Malay readers
    # read); not "di" (Italian's too) nor "ada" (the ADA)
    "id": "yang dan untuk dengan ini itu kami anda akan dari pada dalam tidak atau juga bisa "
    "sebagai adalah saya kamu sedang kerja pekerjaan lowongan pengalaman tahun gaji kantor "
    "perusahaan mencari dibutuhkan lamaran klien penerjemah pengembang desainer lepas "
    "paruh waktu terima kasih tolong bantu kenal apakah bulan proyek posisi persyaratan",
    # Czech, by words Slovak and Polish write otherwise ("jsme", not "sme"; "který", not
    # "ktorý" or "który"); not "se", "pro", "ve", "je" (Spanish, German, "we've", French)
    "cs": "jsme jsou jste jsem který které kterou kteří při nebo když našeho našem hledáme "
    "hledám nabízíme zkušenosti zkušeností spolupráce týmu být mít pracovní úvazek nabídka "
    "měsíčně měsíců měsíce více ještě děkuji děkujeme díky můžete může přes teď kdyby "
    "nějakého nějakou potřebujeme paní zakázky zakázku ozvěte kč bys pomoct příští "
    "samozřejmě vývojář vývojáře "
    "vývojářka překladatel překladatele překladatelka jednatel jednatelka ředitel "
    "ředitelka zakladatel zakladatelka náborář náborářka odměna",
    # Polish, by words Czech and Slovak write otherwise ("jest", not "je"; "dla", not
    # "pro"/"pre"); not "nie" (Slovak's too), "kto", "firmy", "grafika", "projektu" (Czech
    # or Slovak), "mile" or single letters
    "pl": "się jest są oraz dla lub przez także również tylko bardzo może możesz możemy "
    "będzie będziesz jesteśmy szukamy poszukujemy szukam oferujemy wymagania wymagamy "
    "doświadczenie doświadczenia doświadczonego wynagrodzenie praca pracy pracę zdalna "
    "zdalnie zdalną zespołu zespole zespół umowa umowę umowy naszego naszej naszym który "
    "która które których kogoś ktoś znasz cześć dzień dziękuję dzięki pozdrawiam "
    "potrzebujemy programista programistka programisty zlecenie godziny widziane "
    "znajomość języka ogłoszenie rekrutacja stanowisko stanowiska pilne",
    # Hungarian; not "a", "az" (Arizona), "is", "be", "meg", "van" (Dutch), "nem"
    # (Portuguese)
    "hu": "és hogy egy vagy csak ami aki akik amit ezt azt ezek számára részére keresünk "
    "keresek munkatársat munkatárs tapasztalat tapasztalattal feladatok elvárások előny "
    "kínálunk fejlesztő fejlesztőt fordító tervező ügyfelünk cég cégünk csapat csapatunk "
    "csapatunkba fizetés bérezés munkavégzés otthoni távmunka megbízás jelentkezés "
    "önéletrajz szeretnénk ismersz valakit köszönöm köszi szia üdvözlettel kérem lenne "
    "lehet vagyunk illetve továbbá legalább év éves szabadúszó munkát munka dolgozom "
    "kedves",
    # Vietnamese, by its marked words only (no other language writes "được", "chúng",
    # "tuyển"); not "là" (French's), nor unmarked "va", "co", "la", "ban", "anh"
    "vi": "và của các những được với một có không trong này người chúng tôi bạn công "
    "tuyển dụng kinh nghiệm việc làm lương thỏa thuận yêu cầu ứng viên hợp đồng năm tháng "
    "cần gấp từ xa cộng tác viên lập trình thiết kế nhân viên dự án chuyên biết giúp ạ "
    "mình đang về hoặc",
}
WORDS = {language: frozenset(words.split()) for language, words in _WORDS.items()}
_KANA = re.compile(r"[\u3041-\u3096\u30a1-\u30fa\u30fc]")  # hiragana, katakana, ー
_SCRIPT_LEAST = 4  # kana or Hangul: fewer (a company's name in katakana) say nothing
_HANGUL = re.compile(r"[\uac00-\ud7a3]")  # Hangul syllables
# Chinese characters; without kana they are Chinese, unless a character only Japanese
# writes so ("経", "営", "働", "円": China writes 经/經, 营/營, none, 圆/圓) says a Japanese
# title in kanji alone ("経理担当者募集")
_HAN = re.compile(r"[\u4e00-\u9fff]")
_JAPANESE_KANJI = re.compile(r"[経営働込円駅売読労総図関験桜歳払]")
# Arabic words (runs of its letters; Persian and Urdu add letters of their own), as
# Hangul's syllables are counted: a company's name of a word or two says nothing
_ARABIC = re.compile(r"[\u0621-\u064a]+")
# Persian, by the letters Arabic never writes ("پ", "چ", "ژ", "گ", and Persian's "ک" and
# "ی" for Arabic's "ك" and "ي"/"ى"), more of them than of Arabic's own ("ة", "ي", "ك",
# "ى"); Urdu writes them too, with letters of its own ("ٹ", "ڈ", "ڑ", "ں", "ے"): it stays
# as it was read, Arabic
_PERSIAN = re.compile(r"[\u067e\u0686\u0698\u06af\u06a9\u06cc]")
_ARABIC_ONLY = re.compile(r"[\u0629\u064a\u0643\u0649]")
_URDU = re.compile(r"[\u0679\u0688\u0691\u06ba\u06d2\u06d3]")
GREEK_WORD = re.compile(r"[\u0370-\u03ff\u1f00-\u1fff]+")  # Greek words, with their accents
# Cyrillic words, counted as Arabic's are; which language writes them, by the letters
# only it writes of the three read: Kazakh's own (with "і", which it shares with
# Ukrainian), Ukrainian's, Russian's ("ы", "э", "ё"), where none of another Cyrillic
# language's stands (Serbian's and Macedonian's, Bulgarian's "ъ" inside a word: Russian
# writes it only before "е", "ё", "ю", "я"; Bulgarian's own words); Belarusian writes
# "і" and "ы" both, and its "ў" says none of the three
_CYRILLIC = re.compile(r"[\u0400-\u04ff]+")
_KAZAKH = re.compile(r"[әғқңөұүһ]")
UKRAINIAN_LETTERS = re.compile(r"[іїєґ]")
RUSSIAN_LETTERS = re.compile(r"[ыэё]")
_OTHER_CYRILLIC = re.compile(r"[јљњћђџѓќѕ]|ъ(?=[^\W\d_еёюя])")
# Bulgarian words Russian writes otherwise ("заплата", not "зарплата"; "опит", "време",
# "месец", not "опыт", "время", "месяц"): a Bulgarian text typed without "ъ" has none of
# Russian's letters either, and would read as Russian; not "може", "ще" (Ukrainian's too)
# nor "София" (Russian's name of the town too)
_BULGARIAN_WORDS = (
    "заплата заплатата заплащане лв лева предлагаме екип екипа екипът опит време месец "
    "месеца които който която което изисквания предимство работно кандидати кандидатите "
    "нашия нашата вашия вашата"
)
_BULGARIAN = frozenset(_BULGARIAN_WORDS.split())
_KAZAKH_LEAST = 2  # Kazakh letters: one is a place's or a firm's name in a Russian text
_LEAD = 1.5  # the language counted most must have this many times the next one's words
_LEAST = 2  # words: fewer say nothing


def tokens(text: str) -> list[str]:
    """The words of `text`, case-folded, a title's gender tag as one."""
    return _TOKEN.findall(text.casefold())


def written_in(text: str) -> str | None:
    """The language `text` is written in ("fr"), by its words, or by its script (kana
    Japanese, Hangul Korean, Arabic letters Arabic or Persian, Greek letters Greek, Chinese
    characters alone Chinese, "zh");
    None when they are too few or two languages' count alike."""
    if is_japanese(text):
        return "ja"
    if _in_script(_HANGUL, text):
        return "ko"
    if _in_script(_ARABIC, text):
        return "fa" if _persian(text) else "ar"
    if _in_script(GREEK_WORD, text):
        return "el"
    if _in_script(_CYRILLIC, text):
        return _cyrillic(text.casefold())
    if _in_script(_HAN, text, per_word=2):
        return None if _JAPANESE_KANJI.search(text) else "zh"
    found = tokens(text)
    counts = Counter({lang: sum(t in words for t in found) for lang, words in WORDS.items()})
    return leading(counts)


def _persian(text: str) -> bool:
    """Whether a text in Arabic letters is Persian, by the letters only Persian writes."""
    persian = len(_PERSIAN.findall(text))
    arabic = len(_ARABIC_ONLY.findall(text))
    return persian >= _LEAST and persian > arabic and not _URDU.search(text)


def _cyrillic(low: str) -> str | None:
    """Russian, Ukrainian or Kazakh, by the letters only each writes; Russian too where
    no other language's letters stand (a short Russian text may write none of its own);
    None for another Cyrillic language (Bulgarian, Serbian) or where two count alike."""
    if "ў" in low:
        return None
    kazakh, ukrainian = len(_KAZAKH.findall(low)), len(UKRAINIAN_LETTERS.findall(low))
    russian, other = len(RUSSIAN_LETTERS.findall(low)), len(_OTHER_CYRILLIC.findall(low))
    other += sum(word in _BULGARIAN for word in _CYRILLIC.findall(low))
    if kazakh >= _KAZAKH_LEAST and kazakh + ukrainian > russian:
        return "kk"
    if ukrainian >= _LEAST and ukrainian >= _LEAD * russian:
        return "uk"
    return "ru" if russian >= _LEAD * (ukrainian + other) else None


def leading(counts: Counter[str]) -> str | None:
    """The language counted most, where it leads the next one clearly."""
    (best, most), (_, next_most) = counts.most_common(2)
    return best if most >= _LEAST and most >= _LEAD * next_most else None


def is_japanese(text: str) -> bool:
    """Whether `text` is Japanese: some kana, and more of them than words of other
    scripts (a Japanese posting names its tools in Latin letters; an English one may
    name a company in katakana)."""
    return _in_script(_KANA, text)


def _in_script(script: re.Pattern[str], text: str, per_word: int = 1) -> bool:
    """Whether `text` is mostly in `script`: a few of its characters (a name says
    nothing), and more of them than words in Latin letters, `per_word` characters to a
    word (a Chinese word is of two: "Designer at 雲橋數位" is English)."""
    if not script.search(text):
        return False
    found = len(script.findall(text))
    latin = sum(1 for w in _TOKEN.findall(text) if w.isascii())
    return found >= _SCRIPT_LEAST and found > per_word * latin
