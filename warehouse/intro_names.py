"""The name a draft greets, as people write their names in the exports.

LinkedIn, Google Contacts, X and Mastodon give a name as its owner typed it: with a
title ("Dr. Lena Roth"), a nickname ("Katherine (Kate) Lindqvist", 'Robert "Bob" Chen'),
an initial ("J. Alvarez"), pronouns ("Sarah Kim (she/her)"), an emoji or a Mastodon
shortcode ("Mira :verified:"), in capitals ("MARÍA GARCÍA LÓPEZ", "YAMADA Taro"), two
given names ("José Luis Pérez Gómez"), or a company's name where an account is a
company's ("Acme Recruiting"). A person would greet Kate, J. Alvarez, Sarah, Mira,
María, Taro and José Luis, and no one by a company's name.
"""

from __future__ import annotations

import re

from extractors._language import GREEK_WORD

# a title before a name; the academic ones of German, Austria, Latin America and
# Indonesia ("Dr. med.", "Dr.-Ing.", "Ing.", "Lic.", "Ir.", "Drs."), Italy's "Dott."
# and "Dott.ssa", Greece's "Δρ.", Czechia's and Slovakia's ("Mgr.", "Bc.", "Doc.", "MUDr.", "JUDr.",
# "PhDr.", "RNDr."), Poland's ("mgr inż.", "dr hab."), Indonesia's "Hj." (a woman who
# made the hajj) and the Arab world's "Eng." (an engineer: "Eng. Mohammed Al-Qahtani")
# only with their dot: "Nat", "Phil" and "Doc" are names
HONORIFIC = re.compile(
    r"^(?:(?:dr|prof|mr|mrs|ms|mx|herr|frau|mgr)\.?|(?:med|rer|nat|phil|jur|ing|mag|lic|ir|drs"
    r"|hj|eng|dott|bc|doc|mudr|judr|phdr|rndr|hab|inż|δρ)\.|(?:dr|dipl)\.-ing\.|dott\.ssa)$",
    re.IGNORECASE,
)
# the name they go by, in brackets or quotes: "Katherine (Kate) Lindqvist", 'Robert "Bob"'
_NICKNAME = re.compile(r"""[("“'‘]([^\W\d_][\w'-]*)[)"”'’](?=\s|$)""")
_SHORTCODE = re.compile(r"^:\w+:$")  # a Mastodon custom emoji: ":verified:"
# a degree or credential after a comma: "PhD", "MBA", "CPA", "P.Eng."
_CREDENTIAL = re.compile(r"^(?:[A-Z][a-z]?\.?){1,3}[A-Z][A-Za-z.]*$|^(?:phd|mba|msc|md|jr|sr)\.?$")
_INITIAL = re.compile(r"^[^\W\d_]\.?$")  # "J." or "J": a first name they do not give
# "Muhammad" and its spellings and short forms ("Mochammad", "Mohd", "Md."): in Indonesia,
# Malaysia, Brunei, Pakistan and Bangladesh a devotional first element that many bear, each
# going by the name after it ("Muhammad Rizki Ramadhan" is Rizki); in Arabic-speaking
# countries the person's own name ("Mohammed Al-Harbi" is Mohammed), so it is passed over
# only where the draft's language or the contact's country says so
_MUHAMMAD = re.compile(r"^(?:m[uo]c?h?amm?[ae]d|mohd\.?|moh\.|muh\.|md\.?)$", re.IGNORECASE)
MUHAMMAD_FIRST = frozenset(["ID", "MY", "BN", "PK", "BD"])  # countries, where it is so
# and there the title of the Prophet's descendants before a name, which its bearer does not
# go by: "Syeda Fatima" is Fatima, "Syed Muhammad Ali Raza" Ali
_SYED = re.compile(r"^(?:syed|syeda|sayyid|sayyida|sayed|sayeda)$", re.IGNORECASE)
# the family and lineage names that follow "Syed" ("Syed Khan", "Syed Zaidi"): after it
# alone no given name is left, and which word they go by cannot be told, so the whole
# name is greeted ("Hi Syed Khan,"), not the family name ("Hi Khan,")
_SYED_FAMILIES = frozenset(
    ["khan", "shah", "zaidi", "naqvi", "rizvi", "bukhari", "jafri", "jafry", "gilani",
     "hashmi", "kazmi", "abidi", "qadri", "hussain", "husain", "hussaini", "ahmed", "ahmad",
     "ali", "haider", "hyder", "kirmani", "jilani", "tirmizi", "shirazi", "sabzwari"]
)  # fmt: skip
_PATRONYMIC = frozenset(["bin", "binti", "bint", "ibn"])  # "Mohd bin Ali" is Mohd
# words that say an account is a company's or a team's, not a person's
_ORGANISATION_WORDS = frozenset(
    ["recruiting", "recruitment", "careers", "jobs", "hiring", "talent", "staffing",
     "team", "hq", "inc", "inc.", "ltd", "ltd.", "llc", "gmbh", "plc", "labs"]
)  # fmt: skip
# a first given name that, before one of these, is half of a two-word given name
# ("José Luis", "María José", "Ana Paula", "Jean Marc", "Mary Ann"), where a surname
# follows them (three words or more)
_DOUBLE_FIRST = frozenset(["josé", "jose", "maría", "maria", "juan", "ana", "luis", "joão",
                           "jean", "marie", "anne", "mary", "anna"])  # fmt: skip
_DOUBLE_SECOND = frozenset(
    ["luis", "josé", "jose", "maría", "maria", "carlos", "antonio", "manuel", "pablo",
     "miguel", "ignacio", "francisco", "javier", "eduardo", "eduarda", "fernando", "isabel",
     "carmen", "teresa", "elena", "fernanda", "luisa", "paula", "laura", "eugenia", "inés",
     "clara", "carolina", "beatriz", "cristina", "pedro", "paulo", "vitor", "victor",
     "pierre", "marc", "paul", "claude", "luc", "louise", "claire", "ann", "kate", "beth"]
)  # fmt: skip


_DOUBLE = {(a, b) for a in _DOUBLE_FIRST for b in _DOUBLE_SECOND if a != b}
# "Abdul" is "servant of" and never a name alone: "Abdul Rahman Al-Harbi" is Abdul Rahman
_SERVANT_OF = frozenset(["abdul", "abdel", "abdal", "abd"])
# the Maghreb's two-word given names ("Fatima Zahra Benali", "Mohamed Amine Alaoui"),
# written with a hyphen too ("Fatima-Zahra", one word already)
_DOUBLE |= {("fatima", b) for b in ("zahra", "ezzahra", "zohra")}
_DOUBLE |= {(a, b) for a in ("mohamed", "mohammed") for b in ("amine", "reda", "yassine", "taha")}
# Ghana's "Nana" (a chief's title, and a name) before an Akan day name is the given name
# its bearer goes by: "Nana Yaw Asante" is Nana Yaw, "Nana Ama Owusu" Nana Ama
_AKAN_DAY_NAMES = ("kwadwo", "kojo", "kwabena", "kobina", "kwaku", "kweku", "yaw", "ekow",
                   "kofi", "fiifi", "kwame", "kwamena", "kwasi", "kwesi", "akwasi", "adwoa",
                   "adjoa", "abena", "araba", "akua", "ekua", "yaa", "afua", "efua", "afia",
                   "ama", "akosua", "esi", "akos")  # fmt: skip
_DOUBLE |= {("nana", b) for b in _AKAN_DAY_NAMES}


def _words(contact: str | None) -> list[str]:
    """The name's words past titles, emoji, shortcodes and pronouns ("(she/her)")."""
    text = re.sub(r"\([^()]*/[^()]*\)", " ", contact or "")  # pronouns: "(she/her)"
    head, _, tail = text.partition(",")
    if tail.strip() and not all(_CREDENTIAL.match(w) for w in tail.split()):
        # "Yamada, Taro": the family name before the comma
        text = f"{tail} {head}" if len(head.split()) == 1 else head
    else:  # "Tom Müller, PhD"
        text = head
    return [
        w
        for w in text.split()
        if not HONORIFIC.match(w) and not _SHORTCODE.match(w) and re.search(r"\w", w)
    ]


def is_organisation(contact: str | None, company: str | None = None) -> bool:
    """Whether the name is a company's: an account named as the company hiring, or with
    a word no person's name has ("Recruiting", "Careers", "GmbH")."""
    words = {w.casefold().strip(".,") for w in (contact or "").split()}
    if words & _ORGANISATION_WORDS:
        return True
    # not at import: a config loads this module (a draft language greets by `as_written`),
    # and read commands never draft
    from extractors._orgs import normalize_org

    theirs = normalize_org(contact)
    return theirs is not None and theirs == normalize_org(company)


# a handle that is no name to greet: "@dev_anna", "@anna2" (but "@mira@host" is mira)
_HANDLE_ONLY = re.compile(r"^@(?![^\W\d_]+(?:@|$))")


def greeted(
    contact: str | None,
    company: str | None = None,
    *,
    country: str | None = None,
    language: str | None = None,
) -> str | None:
    """The name a greeting says (`first_name`); None where there is no person's name to
    say: none at all, initials alone ("J.", "J. D.": "Hi J.," is no way to greet), a
    handle alone that is no name ("Hi dev_anna,"), or a company's ("Hi Acme
    Recruiting," greets no one)."""
    words = _words(contact)
    if (
        all(_INITIAL.match(w) for w in words)
        or (len(words) == 1 and _HANDLE_ONLY.match(words[0]))
        or is_organisation(contact, company)
    ):
        return None
    return first_name(contact, country=country, language=language)


def first_name(
    contact: str | None, *, country: str | None = None, language: str | None = None
) -> str:
    """The name to greet: the one they go by in brackets or quotes; else a person's
    first name past a title ("Dr. Lena Roth" is Lena), both of two given names ("José
    Luis Pérez Gómez"), the name not in capitals where one is ("YAMADA Taro" is Taro),
    the whole name after an initial ("J. Alvarez"), but the given name between an
    initial and a surname ("F. Scott Fitzgerald" is Scott; Indonesia's "H. Ahmad Fauzi",
    H. for a man who made the hajj, Ahmad), "Abdul" with the name it is of, a handle's
    user as a name (`handle_user`: "@mira@host" is Mira); the given name of a name
    written family name first (`_given_after_family`: "Kovács Anna" is Anna, "Nguyễn
    Văn An" An, and "Văn An Nguyễn" too, "Lee Chong Wei" in Malaysia Chong Wei, "Ho Yin
    Chan" in Hong Kong or in a Chinese draft Ho Yin, "Au Yeung Ka Ming" Ka Ming); the
    given name before a Russian patronymic ("Сидоров Иван Петрович" is Иван:
    `with_patronymic`); where Chinese is written a name in Chinese characters whole
    (`chinese_name`); in an Indonesian or Malay draft or to someone in
    `MUHAMMAD_FIRST`'s countries, the name after a devotional "Muhammad" (`_MUHAMMAD`)
    and a title "Syed" (`_SYED`), and "Syed" before a family name alone the whole name
    ("Syed Khan": `_SYED_FAMILIES`); "there" for no name at all. The greeting and the notes
    above a draft both say it, so they name the same person alike."""
    nickname = _NICKNAME.search(contact or "")
    if nickname:
        return nickname[1]
    words = _words(contact)
    if not words:
        return "there"
    if _INITIAL.match(words[0]) and (len(words) < 3 or _INITIAL.match(words[1])):
        return " ".join(words)
    words = words[1:] if _INITIAL.match(words[0]) else words
    muhammad_first = language in ("id", "ms") or country in MUHAMMAD_FIRST
    if len(words) == 2 and _SYED.match(words[0]) and words[1].casefold() in _SYED_FAMILIES:
        return _calm(" ".join(words))
    if muhammad_first and len(words) > 1 and _SYED.match(words[0]):
        words = words[1:]
    if muhammad_first and len(words) > 1 and _MUHAMMAD.match(words[0]):
        words = words[1:] if words[1].casefold() not in _PATRONYMIC else words
    shouted = [w for w in words if _shouted(w)]
    if shouted and len(shouted) < len(words):  # "YAMADA Taro": the family name in capitals
        words = [w for w in words if not _shouted(w)]
    # a Malay draft is to someone in Malaysia or Brunei, where Chinese names are written
    chinese = (language or "").startswith("zh") or language == "ms" or country in _CHINESE_COUNTRIES
    han = [w for w in words if _HAN.fullmatch(w)]
    if han and chinese and language != "ja":  # "陳浩賢"; "王凱文" of "Kevin Wang 王凱文"
        return chinese_name(words)
    patronymic = with_patronymic(words)
    if patronymic:  # "Сидоров Иван Петрович" is Иван
        return patronymic[0]
    given = _given_after_family(words, "VN" if language == "vi" else country, chinese)
    if given:
        return _calm(given)
    first = handle_user(words[0])
    if (
        len(words) >= 3
        and (first.casefold(), words[1].casefold()) in _DOUBLE
        or (len(words) >= 2 and first.casefold() in _SERVANT_OF)
    ):
        first = f"{first} {words[1]}"
    return _calm(first)


def handle_user(word: str) -> str:
    """A handle's or an address's user said as a name ("@mira@host" and "mira@host" are
    Mira: a handle is lower case by its site's rule, not its owner's); any other word as
    it is."""
    if "@" not in word:
        return word
    user = word.lstrip("@").split("@")[0] or word
    return user.capitalize() if user.isalpha() and user.islower() else user


def _shouted(word: str) -> bool:
    return word.isupper() and sum(c.isalpha() for c in word) > 1 and "." not in word


def _calm(name: str) -> str:
    """A name in capitals as its owner would write it in a sentence: "MARÍA" is María,
    "JEAN-PIERRE" Jean-Pierre."""
    if not _shouted(name.replace(" ", "")):
        return name
    return " ".join("-".join(p.capitalize() for p in w.split("-")) for w in name.split())


def as_written(contact: str | None) -> str | None:
    """The whole name past titles, emoji and pronouns, in the order its owner wrote it
    ("Dr. Kiss László" is Kiss László); None where there is none."""
    return " ".join(_words(contact)) or None


# Hungary's commonest family names that are no given name too (not László, Sándor, Simon,
# Balázs, Tamás ...): a two-word name that starts with one is written family name first
_HUNGARIAN_FAMILIES = frozenset(
    ["nagy", "kovács", "tóth", "szabó", "horváth", "varga", "kiss", "molnár", "németh",
     "farkas", "balogh", "papp", "takács", "juhász", "lakatos", "mészáros", "oláh", "rácz",
     "fekete", "szilágyi", "török", "fehér", "gál", "kis", "szűcs", "kocsis", "pintér",
     "fodor", "szalai", "sipos", "magyar", "gulyás", "bíró", "király", "katona", "boros",
     "fazekas", "orosz", "somogyi", "vincze", "hegedűs", "deák", "szőke", "vörös",
     "lengyel", "bognár", "hajdu", "halász", "székely", "kozma", "pásztor", "bakos",
     "dudás", "virág", "barna", "soós", "nemes", "pataki", "balla", "faragó", "kerekes",
     "borbély", "barta", "szekeres", "csonka", "dobos", "vass", "veres", "fülöp", "major"]
)  # fmt: skip


# Vietnam's commonest family names, written first ("Nguyễn Văn An" is An, greeted by the
# last word); with their marks a family name wherever met, without them ("Le", "Ho",
# "Do" are words and names elsewhere) only Nguyen, or before the middle names Van and Thi
# ("Le Thi Hoa"), or to someone in Vietnam ("Tran Minh Duc")
_VIETNAMESE_MARKED = frozenset(
    ["nguyễn", "trần", "lê", "phạm", "hoàng", "huỳnh", "vũ", "võ", "đặng", "bùi", "đỗ",
     "hồ", "ngô", "dương", "lý", "đinh", "trương", "lương", "đào"]
)  # fmt: skip
_VIETNAMESE_PLAIN = frozenset(
    ["tran", "le", "pham", "hoang", "huynh", "phan", "vu", "vo", "dang", "bui", "do", "ho",
     "ngo", "duong", "ly", "dinh", "truong", "luong", "dao"]
)  # fmt: skip
_VIETNAMESE_MIDDLE = frozenset(["van", "văn", "thi", "thị"])
# Korea's commonest family names in Latin letters, written first before a given name of
# two syllables joined as Korea's romanisation joins them ("Kim Min-jun" is Min-jun; "Kim
# Larsen" is Kim, and "Kim Smith-Jones" too: a double surname's second part has capitals)
_KOREAN_FAMILIES = frozenset(
    ["kim", "lee", "park", "choi", "jung", "jeong", "kang", "cho", "jo", "yoon", "yun",
     "jang", "lim", "han", "oh", "seo", "shin", "kwon", "hwang", "ahn", "song", "yoo",
     "hong", "moon", "baek", "nam", "noh", "ryu", "bae", "jeon"]
)  # fmt: skip
_KOREAN_GIVEN = re.compile(r"[A-Z][a-z]{1,4}-[a-z]{2,5}")


# Chinese family names in Latin letters: Malaysia's and Singapore's Hokkien, Cantonese,
# Teochew and Hakka spellings, Hong Kong's Cantonese, Taiwan's Wade-Giles and the
# mainland's pinyin. Where Chinese is written (`_CHINESE_COUNTRIES`, or a Chinese draft) a
# name of syllables with one of them at one end is a family name and a given name, in
# either order: "Lee Chong Wei" and "Chong Wei Lee" are Chong Wei, "Chan Ho Yin" and
# "Ho Yin Chan" Ho Yin, "Wang Xiaoming" Xiaoming
_CHINESE_FAMILIES = frozenset(
    ["tan", "lim", "lee", "ng", "wong", "goh", "chua", "ong", "teo", "koh", "chan", "low",
     "yeo", "sim", "chong", "leong", "lau", "chew", "yap", "foo", "ho", "yong", "liew",
     "khoo", "cheah", "choo", "loh", "tay", "toh", "quek", "seah", "heng", "soh", "teh",
     "chin", "phua", "neo", "ang", "tang", "kwok", "yeoh", "ooi", "lai", "chia", "chee",
     "cheung", "leung", "lam", "tsang", "yeung", "chow", "tse", "chiu", "tam", "mak", "poon",
     "yip", "au", "siu", "law", "tsui", "fung", "kwan", "cheng", "choi", "mok", "hui",
     "wang", "zhang", "liu", "chen", "yang", "huang", "zhao", "zhou", "wu", "xu", "sun",
     "zhu", "guo", "luo", "zheng", "liang", "xie", "song", "han", "feng", "deng", "cao",
     "peng", "zeng", "pan", "yuan", "cai", "jiang", "lin", "gao", "hu", "li", "lu", "ye",
     "chang", "tsai", "hsu", "hsieh", "kuo", "hung", "liao", "chou", "yeh", "chuang",
     "chiang", "kao", "tseng", "shen", "su", "ouyang", "au-yeung", "auyeung", "szeto",
     "sze-to", "situ"]
)  # fmt: skip
# the two-character family names (歐陽, 司徒 ...) romanised as two words, as Hong Kong's
# and the mainland's spellings split them: "Au Yeung Ka Ming" is Ka Ming, "Ou Yang Wei" Wei
_TWO_WORD_FAMILIES = frozenset(
    [("au", "yeung"), ("ou", "yang"), ("sze", "to"), ("si", "tu"), ("seung", "kwun"),
     ("shang", "guan"), ("zhu", "ge"), ("si", "ma"), ("dong", "fang"), ("huang", "fu")]
)  # fmt: skip
# the two-character family names written as one word (歐陽 Ouyang, 司徒 Situ or Szeto, 司馬
# Sima, 諸葛 Zhuge ...): before a given name of one syllable they are no given name ("Ouyang
# Lei" is Lei, "Zhuge Liang" Liang, though Liang is a family name too)
_ONE_WORD_COMPOUNDS = frozenset(
    ["ouyang", "auyeung", "au-yeung", "szeto", "sze-to", "situ", "sima", "zhuge", "shangguan",
     "seungkwun", "dongfang", "huangfu", "xiahou", "gongsun", "yuchi"]
)  # fmt: skip
# family names that are given names' syllables as often ("Wong Ka Ho", "Chan Tai Man",
# "Tan Wei Ming"): at the end of a name they say nothing of its order
_GIVEN_TOO = frozenset(
    ["ho", "chong", "yong", "heng", "chin", "chee", "ang", "tang", "lai", "kwan", "fung",
     "hung", "han", "song", "su", "li", "wei", "man"]
)  # fmt: skip
# one syllable of a romanised Chinese given name ("Ho", "Yin", "Chong", "Xiao"): not
# "Ann" nor "John", so "Lee Ann Tan" and "John Michael Chan" are given names first
_SYLLABLE = re.compile(r"(?:[bcdfghjklmnpqrstwxyz]|ch|sh|ts|hs|kw|gw|ng|zh)?[aeiouy]{1,3}"
                       r"(?:ng|n|m|k|t|p|h|w)?|ng|tsz|sz", re.IGNORECASE)  # fmt: skip
_CHINESE_COUNTRIES = frozenset(["MY", "SG", "BN", "TW", "HK", "MO", "CN"])  # write Chinese
_HAN = re.compile(r"[\u4e00-\u9fff]+")
# the Chinese family names of two characters ("歐陽 娜娜" is 歐陽娜娜); all others have one
_COMPOUND_FAMILIES = frozenset(
    ["歐陽", "欧阳", "司馬", "司马", "諸葛", "诸葛", "上官", "司徒", "東方", "东方", "夏侯",
     "皇甫", "尉遲", "尉迟", "公孫", "公孙"]
)  # fmt: skip


def _given_after_family(words: list[str], country: str | None, chinese: bool) -> str | None:
    """The given name of a name written family name first: a Hungarian's, a
    Vietnamese's, a Korean's, or (`chinese`: where Chinese is written) a Chinese one's in
    either order (`_chinese_given`); None where the name is not one of these so written."""
    if len(words) < 2:
        return None
    first = words[0].casefold()
    if chinese:
        given = _chinese_given(words)
        if given:
            return given
    if len(words) == 2 and first in _HUNGARIAN_FAMILIES:
        return _hungarian_order(words)
    plain = first in _VIETNAMESE_PLAIN and (
        country == "VN" or words[1].casefold() in _VIETNAMESE_MIDDLE
    )
    if plain or first in _VIETNAMESE_MARKED or first == "nguyen":
        return words[-1]
    if _vietnamese_family_last(words):
        return words[-2]
    if len(words) == 2 and first in _KOREAN_FAMILIES and _KOREAN_GIVEN.fullmatch(words[1]):
        return words[1]
    return None


def _vietnamese_family_last(words: list[str]) -> bool:
    """Whether a Vietnamese name is turned Western-style, its middle name first and its
    family name last, as LinkedIn's First Name and Last Name fields make "Văn An" and
    "Nguyễn" into "Văn An Nguyễn": the given name is then the word before the family name
    (An), not the middle name a first word would greet ("Hi Văn,")."""
    last = words[-1].casefold()
    return (
        len(words) >= 3
        and words[0].casefold() in _VIETNAMESE_MIDDLE
        and (last in _VIETNAMESE_MARKED or last in _VIETNAMESE_PLAIN or last == "nguyen")
    )


def _chinese_given(words: list[str]) -> str | None:
    """The given name of a romanised Chinese name: after a family name first ("Lee Chong
    Wei", "Lim Siew Ling", "Tan Wei-Ming", "Wang Xiaoming"), unless the last word is a
    family name that no given name has too ("Lee Ann Tan"); before a family name last, two
    syllables ("Ho Yin Chan", "Tsz Ching Wong": not "John Michael Chan"); the rest of a
    name with a family name of two words at one end ("Au Yeung Ka Ming", "Ka Ming Au
    Yeung", "Ou Yang Wei") or of two syllables in one word first ("Ouyang Lei", "Situ
    Wing Yan")."""
    folded = [w.casefold() for w in words]
    if folded[0] in _ONE_WORD_COMPOUNDS:
        return " ".join(words[1:])
    if len(words) >= 3 and tuple(folded[:2]) in _TWO_WORD_FAMILIES:
        return " ".join(words[2:])
    if len(words) >= 3 and tuple(folded[-2:]) in _TWO_WORD_FAMILIES:
        return " ".join(words[:-2])
    first, last = folded[0], folded[-1]
    strong = _CHINESE_FAMILIES - _GIVEN_TOO
    if len(words) == 3:
        if first in _CHINESE_FAMILIES and last not in strong:
            return " ".join(words[1:])
        syllables = all(_SYLLABLE.fullmatch(w) for w in words)
        if syllables and last in _CHINESE_FAMILIES and first not in strong:
            return " ".join(words[:2])
    if len(words) == 2 and first in _CHINESE_FAMILIES and last not in _CHINESE_FAMILIES:
        return words[1] if "-" in words[1] or not _SYLLABLE.fullmatch(words[1]) else None
    return None


def chinese_name(words: list[str]) -> str:
    """The name in Chinese characters, family name first and unspaced as it is written:
    "陳 浩賢" and LinkedIn's "浩賢 陳" (given name first) are 陳浩賢, the one character
    (or 歐陽, 司馬 ...) the family's."""
    han = [w for w in words if _HAN.fullmatch(w)]
    family = next((w for w in han if w in _COMPOUND_FAMILIES), None)
    family = family or (next((w for w in han if len(w) == 1), None) if len(han) == 2 else None)
    return family + "".join(w for w in han if w is not family) if family else "".join(han)


def hungarian_given(contact: str | None) -> str | None:
    """A Hungarian's given name, to greet a friend: the last of two words where the
    first is a common family name ("Kovács Anna" is Anna), the first where the last is
    ("Anna Kovács"); None where the order cannot be told (a greeting then names no one)."""
    words = _words(contact)
    return _hungarian_order(words) if len(words) == 2 else None


def _hungarian_order(words: list[str]) -> str | None:
    """The given one of two names, by which of them is a common family name."""
    first, last = (w.casefold() for w in words)
    if first in _HUNGARIAN_FAMILIES and last not in _HUNGARIAN_FAMILIES:
        return _calm(words[1])
    if last in _HUNGARIAN_FAMILIES and first not in _HUNGARIAN_FAMILIES:
        return _calm(words[0])
    return None


# a Russian patronymic: "Петрович", "Сергеевич", "Ильич", "Ивановна", "Никитична"
_RUSSIAN_PATRONYMIC = re.compile(r"[А-ЯЁ][а-яё]+(?:ович|евич|ьич|овна|евна|ична)")
_CYRILLIC_NAME = re.compile(r"[А-ЯЁ][а-яё-]+")


def with_patronymic(words: list[str]) -> tuple[str, str] | None:
    """The given name and patronymic of a Russian name of two or three words, in the
    order Russians write them ("Иван Петрович Сидоров", "Сидоров Иван Петрович",
    "Иван Петрович"): the word before the patronymic; None where there is none."""
    if len(words) not in (2, 3):
        return None
    for before, word in zip(words, words[1:], strict=False):
        named = _CYRILLIC_NAME.fullmatch(before) and not _RUSSIAN_PATRONYMIC.fullmatch(before)
        if named and _RUSSIAN_PATRONYMIC.fullmatch(word):
            return before, word
    return None


def russian_formal(contact: str | None) -> str | None:
    """Whom a formal Russian greeting names: the given name and patronymic where the name
    has one ("Здравствуйте, Иван Петрович!"), which says no gender and declines nothing;
    else the first name ("Здравствуйте, Мария!")."""
    patronymic = with_patronymic(_words(contact))
    return " ".join(patronymic) if patronymic else first_name(contact, language="ru")


# what joins a Malaysian's given name to their father's, and the gender it says: "bin"
# and Indian Malaysians' "a/l" (anak lelaki) a son, "binti" and "a/p" (anak perempuan) a
# daughter; Singapore's "s/o" and "d/o" alike
_SON_OF = frozenset(["bin", "b.", "a/l", "s/o"])
_DAUGHTER_OF = frozenset(["binti", "binte", "bte", "bt", "bt.", "a/p", "d/o"])


def malay_formal(contact: str | None) -> str | None:
    """Whom a formal Malay greeting names: "Encik" or "Puan" and the given name, where
    the name says whose son or daughter they are ("Ahmad bin Ismail" is Encik Ahmad,
    "Priya a/p Subramaniam" Puan Priya: Puan, not Cik, which asks whether she is
    married); else the given name alone ("Tan Mei Ling" is Mei Ling), as no title can be
    chosen without a gender."""
    words = _words(contact)
    folded = [w.casefold() for w in words]
    joint = next((i for i, w in enumerate(folded) if i and w in _SON_OF | _DAUGHTER_OF), None)
    if joint is None:
        return first_name(contact, language="ms")
    title = "Encik" if folded[joint] in _SON_OF else "Puan"
    return f"{title} {_calm(' '.join(words[:joint]))}"


# Greek: a syllable's vowel (a diphthong, or a vowel after an
# unstressed ι that glides into it: "Γιώρ-γος", "Στέ-λιος"); an accented vowel
_GREEK_SYLLABLE = re.compile(
    r"(?:ι(?=[αεοωάέόώ]))?(?:[αεο][ιίυύ]|ο[υύ]|υ[ιί]|[αεηιουωάέήίόύώϊϋΐΰ])"
)
_GREEK_ACCENT = re.compile(r"[άέήίόύώΐΰ]")
# the endings of a Greek given name that say the gender: "Γιώργος", "Δημήτρης", "Κώστας"
# a man's; "Μαρία", "Ελένη", "Φρόσω" a woman's ("Άλεξ", "Χάρις" say neither)
_GREEK_MAN = ("ος", "ός", "ης", "ής", "ας", "άς")
_GREEK_WOMAN = ("α", "ά", "η", "ή", "ω", "ώ")


def greek_vocative(name: str) -> str:
    """A Greek name in the vocative, as a greeting says it: "-ης" and "-ας" drop their ς
    ("Δημήτρη", "Κώστα", "Λαμπράκη"), "-ος" is "-ο" stressed on the syllable before it
    ("Γιώργο", "Νίκο", "Στέλιο") and "-ε" stressed earlier ("Αλέξανδρε", "Παπαδόπουλε");
    any other name, one in Latin letters ("Giorgos") or one whose stress is not written
    ("ΓΙΩΡΓΟΣ") as it is."""
    if not GREEK_WORD.fullmatch(name):
        return name
    folded = name.lower()  # not casefold(), which makes a last "ς" a "σ"
    if folded.endswith(("ης", "ής", "ας", "άς")):
        return name[:-1]
    if not folded.endswith(("ος", "ός")):
        return name
    syllables = _GREEK_SYLLABLE.findall(folded)
    stressed = [i for i, s in enumerate(syllables) if _GREEK_ACCENT.search(s)]
    if not stressed:
        return name
    from_end = len(syllables) - stressed[-1]
    return name[:-2] + {1: "ό", 2: "ο"}.get(from_end, "ε")


def greek_formal(contact: str | None) -> str | None:
    """Whom a formal Greek greeting names: "κύριε" or "κυρία" and the family name in the
    vocative where the given name's ending says the gender and the family name's agrees
    ("Γιώργος Παπαδόπουλος" is κύριε Παπαδόπουλε, a Cypriot "Νίκος Χριστοδούλου" κύριε
    Χριστοδούλου, "Μαρία Παπαδοπούλου" κυρία Παπαδοπούλου); else the whole name as written
    ("Άλεξ Κωνσταντίνου", "Alex Konstantinou", a name in capitals whose stress is not
    written), a given name alone in the vocative."""
    words = _words(contact)
    if len(words) == 1:
        return greek_vocative(words[0])
    # a middle initial ("Σπύρος Κ. Δημητρίου", the father's) is no part of either name
    words = words[:1] + [w for w in words[1:-1] if not _INITIAL.match(w)] + words[-1:]
    if len(words) < 2 or not all(GREEK_WORD.fullmatch(w) for w in words):
        return as_written(contact)
    given, family = words[0].lower(), words[-1].lower()
    said = greek_vocative(_calm(words[-1]))
    if given.endswith(_GREEK_MAN) and family.endswith(("ς", "ου", "ού")):
        # "ΠΑΠΑΔΟΠΟΥΛΟΣ" shows no stress, so no vocative: "κύριε Παπαδοπουλος" is wrong
        return as_written(contact) if said.endswith("ς") else f"κύριε {said}"
    if given.endswith(_GREEK_WOMAN) and not family.endswith("ς"):
        return f"κυρία {_calm(words[-1])}"
    return as_written(contact)
