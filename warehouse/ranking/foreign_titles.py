"""A job title written in another language, named as an English title names it.

German, Spanish, Portuguese, French, Italian, Polish, Swedish, Turkish and Romanian titles put a
trade's head word after its field ("Desarrollador Backend", "Ingeniero de datos", "Inżynier danych",
"Programista Java", "Redaktor SEO") or join them in one word ("Backend-Entwickler",
"Dateningenieur", "Softwareentwickler Java/Kotlin"). Each field a title names beside
such a head is spelled out in English ("Backend Developer", "Data Engineer", "Java
Developer", "SEO Writer"), so the taxonomy's English names read it as they read an
English title. A head alone ("Redactor jurídico": a field no table names) names nothing.
Japanese titles join field and head in katakana with no space ("バックエンドエンジニア",
"サーバーサイドエンジニア", "Goエンジニア"), and Korean ones in Hangul with a space or none
("프론트엔드 개발자", "백엔드개발자", "React 개발자"), read by a table of their own.
"""

from __future__ import annotations

import re

from warehouse.ranking._text import longest_first, lowered, may_hold
from warehouse.ranking.taxonomy import STACK

# the head words, each with its other genders and numbers, and the English head
_HEADS = {
    "Developer": "entwickler|desarrollador|desarrolladora|desarrolladores|développeur"
    "|développeuse|développeurs|desenvolvedor|desenvolvedora|desenvolvedores|sviluppatore"
    "|sviluppatrice|sviluppatori|programista|programistka|programador|programadora"
    "|programadores|programmeur|programmeuse|programmatore|programmatrice|programmierer"
    "|utvecklare|programmerare"  # sv: "Backendutvecklare", "Go-utvecklare"
    # tr: "Backend Geliştirici", "Backend Yazılım Geliştirici", "Python Yazılımcı", written
    # without Turkish letters too; "yazılım" (software) before the head is the head's
    "|yazılım geliştirici|yazılım geliştiricisi|geliştirici|geliştiricisi|yazılım uzmanı"
    "|yazilim gelistirici|yazilim gelistiricisi|gelistirici|gelistiricisi|yazilim uzmani"
    "|yazılımcı|yazilimci|programcı|programci"
    # vi: "Lập trình viên Backend", "Lap trinh vien React Native" (the field after the head)
    "|lập trình viên|lap trinh vien"
    "|dezvoltator|dezvoltatoare|dezvoltatori|programator|programatoare|programatori",  # ro
    "Engineer": "ingenieur|ingeniero|ingeniera|ingenieros|ingénieur|ingénieure|engenheiro"
    "|engenheira|ingegnere|inżynier|inżynierka|ingenjör"
    "|yazılım mühendisi|mühendisi|mühendis|yazilim muhendisi|muhendisi|muhendis"  # tr
    "|kỹ sư|kĩ sư|ky su"  # vi: "Kỹ sư phần mềm (Backend)"
    "|inginer|ingineri",  # ro: "Inginer de date", "Inginer Software"
    "Analyst": "analytiker|analista|analistas|analyste|analityk|analityczka|analist|analiști",
    "Writer": "redactor|redactora|rédacteur|rédactrice|redator|redatora|redaktor|redaktorka"
    "|redattore|redattrice|redakteur",
}
# the fields, as each language writes them, in English; and any skill as it is
_FIELDS = {
    # ro "date" is read only after a head ("Inginer de date"), never an English date
    "Data": "datos|dados|dati|danych|données|donnees|data|daten|veri|dữ liệu|du lieu|date",
    "Backend": "backend|back-end|back end",
    "Frontend": "frontend|front-end|front end",
    "Full Stack": "full stack|full-stack|fullstack",
    "Software": "software|oprogramowania|logiciel|logiciels|phần mềm|phan mem",
    "SEO": "seo",
    "Web": "web",
    "Content": "contenidos|contenido|conteúdo|conteudo|contenuti|contenu|contenus|treści",
}


def _folded(word: str) -> str:
    """A word as the tables key it: lower case, Turkish dotted and dotless "i" as "i"
    ("YAZILIM GELİŞTİRİCİ" is "yazılım geliştirici")."""
    return lowered(word).replace("ı", "i")


_FIELD_NAMES = {form: english for english, forms in _FIELDS.items() for form in forms.split("|")}
_HEAD_NAMES = {
    _folded(form): english for english, forms in _HEADS.items() for form in forms.split("|")
}
# a literal skim: every match of `_TITLE_HEAD` holds one of these (the heads' forms that
# hold no other), and most titles none, where the regex tries every skill at every word
_HEAD_SKIM = tuple(f for f in _HEAD_NAMES if not any(o != f and o in f for o in _HEAD_NAMES))
# the heads of the trades that build software, for `relevance` to tell a builder's title
# from a craft's ("Backend-Entwickler" is no designer's job)
BUILDER_HEADS = tuple(
    form for english in ("Developer", "Engineer") for form in _HEADS[english].split("|")
)
_HEAD = "|".join(sorted(_HEAD_NAMES, key=len, reverse=True))
_FIELD = "|".join(
    re.escape(word).replace(r"\ ", " ") for word in longest_first({*_FIELD_NAMES, *STACK})
)
GENDER = r"(?:in|innen|ka|a|e|se|s)?"  # what the head's other forms add ("Entwicklerin")
_EDGE = r"(?![\w+#])"
# after the head: "de", "di", "dei", "do", "des", "d'" ... and an article, then fields joined by a
# slash, a comma, "and" or in brackets ("Programista Java", "Ingeniero de datos",
# "Softwareentwickler Java/Kotlin", "Développeur back-end Java", "Kỹ sư phần mềm (Backend)")
_OF = r"(?:de|di|do|da|des|del|du|dei|degli|della|delle|dello|dos|das|d'|d’)"
_AFTER = re.compile(
    rf"(?:[ \t]+(?:{_OF}[ \t]*(?:(?:la|los|las|el|le|les)[ \t]+)?)?)"
    rf"((?:{_FIELD}){_EDGE}(?:[ \t]*(?:/|,|&|\+|\(|[ \t](?:und|y|et|e|i)\b)?[ \t]*"
    rf"(?:{_FIELD}){_EDGE})*)",
    re.IGNORECASE,
)
# the head with a field before it, in one word or joined by a hyphen or a space
# ("Dateningenieur", "Backend-Entwickler", "Java Entwickler"), after the head
_TITLE_HEAD = re.compile(rf"(?<!\w)((?:{_FIELD})[ \t-]?)?({_HEAD}){GENDER}(?!\w)", re.IGNORECASE)
_FIELD_WORD = re.compile(rf"(?:{_FIELD}){_EDGE}", re.IGNORECASE)


# Japanese, Korean and Chinese: the katakana, Hangul and Han heads and fields, and a skill
# written before the head ("Go エンジニア", "React 개발자"); Korean writes a space between
# them or none ("프론트엔드 개발자", "백엔드개발자"), Chinese none ("后端开发工程师": "开发"
# before the head is the head's, as "yazılım" is)
CJK_HEADS = {"エンジニア": "Engineer", "デベロッパー": "Developer", "プログラマー": "Developer",
             "プログラマ": "Developer", "開発者": "Developer", "개발자": "Developer",
             "엔지니어": "Engineer", "프로그래머": "Developer", "工程师": "Engineer",
             "工程師": "Engineer", "开发工程师": "Engineer", "開發工程師": "Engineer",
             "程序员": "Developer", "開發者": "Developer", "开发者": "Developer"}  # fmt: skip
CJK_FIELDS = {"バックエンド": "Backend", "サーバーサイド": "Backend", "サーバサイド": "Backend",
              "フロントエンド": "Frontend", "フルスタック": "Full Stack", "データ": "Data",
              "ソフトウェア": "Software", "ウェブ": "Web", "프론트엔드": "Frontend",
              "프런트엔드": "Frontend", "백엔드": "Backend", "풀스택": "Full Stack",
              "서버": "Backend", "데이터": "Data", "소프트웨어": "Software",
              "웹": "Web", "后端": "Backend", "後端": "Backend", "前端": "Frontend",
              "全栈": "Full Stack", "全端": "Full Stack", "软件": "Software",
              "軟體": "Software", "数据": "Data", "數據": "Data"}  # fmt: skip
_CJK_TITLE = re.compile(
    rf"(?:(?<![\u30a0-\u30ff\uac00-\ud7a3])({'|'.join(longest_first(CJK_FIELDS))})"
    rf"|(?<![\w+#])({_FIELD}))"
    # a Korean word of setting or seniority may stand between ("프론트엔드 상주 개발자")
    rf"(?:[ \t]?(?:상주|재택|원격|외주|프리랜서|시니어|주니어))?[ \t・/]?"
    rf"({'|'.join(longest_first(CJK_HEADS))})",
    re.IGNORECASE,
)


def in_english(title: str) -> list[str]:
    """The English titles a foreign title's heads and fields name ("Ingeniero de datos"
    -> "Data Engineer"; "Softwareentwickler Java/Kotlin" -> "Software Developer", "Java
    Developer", "Kotlin Developer"); none for a title of no such head."""
    found = []
    for m in _TITLE_HEAD.finditer(title) if may_hold(lowered(title), _HEAD_SKIM) else ():
        head = _HEAD_NAMES[_folded(m.group(2))]
        fields = [m.group(1).strip(" \t-")] if m.group(1) else []
        if not fields and _folded(m.group(2)).startswith("yazilim "):
            fields = ["Software"]  # "Yazılım Mühendisi": the head names its own field
        if after := _AFTER.match(title, m.end()):
            fields += _FIELD_WORD.findall(after.group(1))
        found += [f"{_FIELD_NAMES.get(f.lower(), f)} {head}" for f in fields]
    # skim: a Japanese, Korean or Chinese title holds one of the heads; the field
    # alternation is long
    for m in _CJK_TITLE.finditer(title) if any(h in title for h in CJK_HEADS) else ():
        field = CJK_FIELDS[m[1]] if m[1] else _FIELD_NAMES.get(m[2].lower(), m[2])
        found.append(f"{field} {CJK_HEADS[m[3]]}")
    # once each: a field and its English in brackets ("Inginer Date (Data Engineer)") agree
    return list(dict.fromkeys(found))
