"""The replies to an ask in the languages drafts are written in besides English, and the
offer's words in each: German, Spanish, French, Portuguese, Italian, Dutch, Polish,
Ukrainian, Russian, Japanese, Korean, Turkish, Indonesian, Malay, Czech, Hungarian, Greek,
Vietnamese and Chinese (in Traditional characters, in Taiwan's or Hong Kong's words, and in
Simplified).

A reply is addressed as the ask addressed the user where the language has two ways
(du or Sie, tú or usted, tu or vous, tu or você, tu or Lei, je or u, ty or Pan/Pani,
ти or Ви, ты or Вы, anda or awak, εσύ or εσείς, bạn or anh/chị); an ask that shows neither
gets the way a stranger writing for work would expect (vous in French, the third person in
Portugal's Portuguese, você in Brazil's, Pan/Pani in Polish, Ви in Ukrainian, Вы in Russian, siz
in Turkish, Anda in Indonesian, anda in Malay, vy in Czech, εσείς in Greek, anh/chị in
Vietnamese;
du, tú, tu and je elsewhere). The
user speaks of themselves without a gender ("agradeço", not "obrigado/obrigada"; "mogę pomóc", not
"mógłbym/mogłabym"; "мою заявку надіслано", not "я надіслав/надіслала"). The offer
names the user's places as a reader of the language writes them: "UE" in French,
"España" in Spanish. A Japanese reply is 丁寧語 either way, to the family name with さん;
a Korean one 존댓말 either way, to the whole name with 님.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, replace

from warehouse.intro_hong_kong import hong_kong_variant

LANGUAGE_NAMES = {
    "en": "English", "de": "German", "es": "Spanish", "fr": "French", "pt": "Portuguese",
    "it": "Italian", "nl": "Dutch", "pl": "Polish", "uk": "Ukrainian", "ja": "Japanese",
    "bn": "Bengali", "ko": "Korean", "ar": "Arabic",
    "pt-BR": "Brazilian Portuguese", "pt-PT": "European Portuguese",
    "tr": "Turkish", "id": "Indonesian", "cs": "Czech", "hu": "Hungarian",
    "zh": "Chinese", "zh-Hant": "Traditional Chinese", "zh-Hans": "Simplified Chinese",
    "zh-HK": "Traditional Chinese (Hong Kong)", "ru": "Russian", "ms": "Malay", "el": "Greek",
    "vi": "Vietnamese",
    "kk": "Kazakh", "fa": "Persian",  # a posting's language, read; no draft in it
}  # fmt: skip
# a variant's code as a config may write it; Chinese by its script or by where it is read
CODES = {
    "pt-br": "pt-BR", "pt-pt": "pt-PT", "zh-hant": "zh-Hant", "zh-hans": "zh-Hans",
    "zh-tw": "zh-Hant", **dict.fromkeys(("zh-hk", "zh-mo"), "zh-HK"),
    **dict.fromkeys(("zh-cn", "zh-sg", "zh-my"), "zh-Hans"),
}  # fmt: skip


@dataclass(frozen=True)
class Language:
    """One language's reply to an ask, formal and informal, and its offer's words."""

    informal: str
    formal: str
    other_register: re.Pattern[str]  # the ask addresses the user the other way
    usual_register: str  # "formal" or "informal": an ask that shows neither
    offer: str  # with {worker}, {trade}, {skills}, {part} and {remote}
    # what the user works as, by `warehouse.intro_offer.how_they_work` ("contract"), in
    # words that say nothing of their gender; and their trade, after it ("translation")
    workers: dict[str, str]
    trades: dict[str, str]
    part_time: str
    remote: str
    conjunction: str
    no_skills: str
    places: dict[str, str]  # a code or bloc as the user writes it -> as this language does
    # the reply's thanks, informal and formal, and what says instead that it follows up the
    # user's answer (an ask they already replied to)
    thanks: tuple[str, str]
    follow_ups: tuple[str, str]
    # how the offer says where the user works remotely from, and lists: ", remote (France,
    # EU)" in most, "リモート（日本、EU）で対応可能です。" in Japanese
    remote_said: str = ", {remote}{places}"
    places_said: str = " ({})"
    list_sep: str = ", "
    # between two trades, where the language does not list them with its conjunction
    # (Korean and Turkish name each as a place: "디자인 분야에서, 번역 분야에서")
    trade_sep: str = ""

    def follow_up(self, template: str, formal: bool) -> str:
        """`template` (a reply) following up the user's answer instead of thanking."""
        return template.replace(self.thanks[formal], self.follow_ups[formal], 1)

    def joined(self, fields: Sequence[str]) -> str:
        """The user's trades one after another: " im Bereich Design und im Bereich Text";
        "デザインの分野で、翻訳の分野で" (Japanese lists with 、, no space)."""
        if self.trade_sep or self.list_sep == "、":
            return (self.trade_sep or self.list_sep).join(fields)
        return f" {self.conjunction}".join(fields)

    def register(self, ask: str) -> str:
        """How to address whoever wrote `ask`."""
        if self.other_register.search(ask):
            return "informal" if self.usual_register == "formal" else "formal"
        return self.usual_register


# a Japanese reply to an ask, to the family name (`warehouse.intro.family_name`) with さん:
# they wrote to the user. 丁寧語, with no over-humble 謙譲語 ("させていただきます")
_JAPANESE_REPLY = """\
$first_nameさん

ご連絡ありがとうございます。その件でしたら、私がお手伝いできます。$offer

一度お電話で少しお話しできますでしょうか。先に簡単な経歴書やポートフォリオをお送りすることもできます。

よろしくお願いいたします。
$your_name
"""
# a Korean reply to an ask, to the whole name with 님 (`Requests.whole_name`): 존댓말
# either way, as to anyone met through work
_KOREAN_REPLY = """\
$first_name님, 안녕하세요.

연락 주셔서 감사합니다. 그 일이라면 제가 도와드릴 수 있습니다. $offer

잠시 통화 가능하실까요? 먼저 간단한 이력서나 포트폴리오를 보내드릴 수도 있습니다.

감사합니다.
$your_name 드림
"""
# a Chinese reply to an ask, 您 or 你 as the ask says (`Requests.vocative` puts the
# name's comma: "陳浩賢，您好！")
_CHINESE_REPLY = {
    "zh-Hant": """\
$first_name您好！

謝謝您的訊息。這件事我自己就能幫忙：$offer

方便簡短通個電話嗎？或者我先寄一份簡短的履歷或作品集給您？

謝謝！
$your_name
""",
    "zh-Hans": """\
$first_name您好！

谢谢您的消息。这件事我自己就能帮忙：$offer

方便简单通个电话吗？或者我先发一份简短的简历或作品集给您？

谢谢！
$your_name
""",
}
# blocs most languages write as English does, but for the EU
_ROMANCE_EU = {"EU": "UE"}
LANGUAGES = {
    "de": Language(
        informal="""\
Hallo $first_name,

danke für deine Nachricht! Dabei könnte ich selbst helfen: $offer

Wollen wir kurz telefonieren, oder soll ich dir vorher einen kurzen Lebenslauf oder ein \
Portfolio schicken?

Viele Grüße
$your_name
""",
        formal="""\
Hallo $first_name,

vielen Dank für Ihre Nachricht! Dabei könnte ich selbst helfen: $offer

Wollen wir kurz telefonieren, oder soll ich Ihnen vorher einen kurzen Lebenslauf oder \
ein Portfolio schicken?

Viele Grüße
$your_name
""",
        # "Sie" (not a sentence's first word, where it may be "sie", they)
        other_register=re.compile(r"(?<!^)\b(?:Sie|Ihnen|Ihre[mnrs]?)\b"),
        usual_register="informal",
        offer="Ich arbeite {worker}{trade} mit {skills}{part}{remote}.",
        workers={
            "freelance": "freiberuflich",
            "contract": "selbstständig auf Projektbasis",
            "consulting": "selbstständig in der Beratung",
            "interim": "selbstständig auf Interimsbasis",
        },
        trades={
            "translation": " im Bereich Übersetzung",
            "design": " im Bereich Design",
            "writing": " im Bereich Text und Redaktion",
            "data": " im Bereich Data Engineering",
            "software": " in der Softwareentwicklung",
            "bookkeeping": " in der Buchhaltung",
            "assistance": " im Bereich Büroassistenz",
            "support": " im Kundensupport",
            "marketing": " im Marketing",
        },
        part_time=", auch in Teilzeit",
        remote="remote",
        conjunction="und",
        no_skills="Daten und Software",
        thanks=("danke für deine Nachricht!", "vielen Dank für Ihre Nachricht!"),
        follow_ups=(
            "ich melde mich noch einmal zu deiner Nachricht.",
            "ich melde mich noch einmal zu Ihrer Nachricht.",
        ),
        places={
            "Europe": "Europa",
            "Americas": "Amerika",
            "Worldwide": "weltweit",
            "Nordics": "Skandinavien",
        },
    ),
    "es": Language(
        informal="""\
Hola, $first_name:

¡Gracias por tu mensaje! En eso podría ayudar yo. $offer

¿Hablamos un momento por teléfono, o prefieres que te envíe antes un CV breve o un \
portafolio?

Saludos,
$your_name
""",
        formal="""\
Hola, $first_name:

¡Muchas gracias por su mensaje! En eso podría ayudar yo. $offer

¿Podemos hablar un momento por teléfono, o prefiere que le envíe antes un CV breve o un \
portafolio?

Saludos cordiales,
$your_name
""",
        # "usted" or its verbs ("¿Conoce a alguien?", "¿Podría ayudarnos?")
        other_register=re.compile(
            r"\b(?:usted(?:es)?|conocen?|pueden?|podrían?|sabe)\b", re.IGNORECASE
        ),
        usual_register="informal",
        offer="Trabajo {worker}{trade} con {skills}{part}{remote}.",
        workers={
            "freelance": "como freelance",
            "contract": "por proyectos como profesional independiente",
            "consulting": "en consultoría como profesional independiente",
            "interim": "en interim management como profesional independiente",
        },
        trades={
            "translation": " en traducción",
            "design": " en diseño",
            "writing": " en redacción",
            "data": " en ingeniería de datos",
            "software": " en desarrollo de software",
            "bookkeeping": " en contabilidad",
            "assistance": " en asistencia administrativa",
            "support": " en atención al cliente",
            "marketing": " en marketing",
        },
        part_time=", también a tiempo parcial",
        remote="en remoto",
        conjunction="y",
        no_skills="datos y software",
        thanks=("¡Gracias por tu mensaje!", "¡Muchas gracias por su mensaje!"),
        follow_ups=(
            "Vuelvo a escribirte sobre tu mensaje.",
            "Vuelvo a escribirle sobre su mensaje.",
        ),
        places=_ROMANCE_EU
        | {
            "Europe": "Europa",
            "Americas": "América",
            "North America": "Norteamérica",
            "Worldwide": "todo el mundo",
        },
    ),
    "fr": Language(
        informal="""\
Salut $first_name,

Merci pour ton message ! Je pourrais m'en charger moi-même. $offer

On s'appelle rapidement, ou tu préfères que je t'envoie d'abord un CV court ou un \
portfolio ?

À bientôt,
$your_name
""",
        formal="""\
Bonjour $first_name,

Merci beaucoup pour votre message ! Je pourrais m'en charger moi-même. $offer

Pourrions-nous en parler rapidement par téléphone, ou préférez-vous que je vous envoie \
d'abord un CV court ou un portfolio ?

Bien cordialement,
$your_name
""",
        other_register=re.compile(
            r"\b(?:tu|te|toi|ton|ta|tes|t['’]|connais|peux|pourrais)\b", re.IGNORECASE
        ),
        usual_register="formal",
        offer="Je travaille {worker}{trade} sur {skills}{part}{remote}.",
        workers={
            "freelance": "en freelance",
            "contract": "en tant que prestataire",
            "consulting": "en indépendant dans le conseil",
            "interim": "en management de transition",
        },
        trades={
            "translation": " dans la traduction",
            "design": " dans le design",
            "writing": " dans la rédaction",
            "data": " dans le data engineering",
            "software": " dans le développement logiciel",
            "bookkeeping": " dans la comptabilité",
            "assistance": " dans l'assistance administrative",
            "support": " dans le support client",
            "marketing": " dans le marketing",
        },
        part_time=", aussi à temps partiel",
        remote="en télétravail",
        conjunction="et",
        no_skills="la data et le logiciel",
        thanks=("Merci pour ton message !", "Merci beaucoup pour votre message !"),
        follow_ups=(
            "Je reviens vers toi au sujet de ton message.",
            "Je reviens vers vous au sujet de votre message.",
        ),
        places=_ROMANCE_EU
        | {
            "Europe": "Europe",
            "Americas": "Amériques",
            "North America": "Amérique du Nord",
            "Worldwide": "monde entier",
        },
    ),
    "pt": Language(
        informal="""\
Olá $first_name,

Agradeço a tua mensagem! Posso ajudar com isso. $offer

Falamos rapidamente por telefone, ou preferes que te envie antes um CV curto ou um \
portfólio?

Abraço,
$your_name
""",
        formal="""\
Olá $first_name,

Agradeço a sua mensagem! Posso ajudar com isso. $offer

Podemos falar rapidamente por telefone, ou prefere que envie antes um CV curto ou um \
portfólio?

Cumprimentos,
$your_name
""",
        other_register=re.compile(
            r"\b(?:tu|te|teu|tua|conheces|podes|poderias|sabes)\b", re.IGNORECASE
        ),
        usual_register="formal",
        offer="Trabalho {worker}{trade} com {skills}{part}{remote}.",
        workers={
            "freelance": "como freelancer",
            "contract": "por projeto como profissional independente",
            "consulting": "em consultoria como profissional independente",
            "interim": "em gestão interina como profissional independente",
        },
        trades={
            "translation": " em tradução",
            "design": " em design",
            "writing": " em redação",
            "data": " em engenharia de dados",
            "software": " em desenvolvimento de software",
            "bookkeeping": " em contabilidade",
            "assistance": " em assistência administrativa",
            "support": " em atendimento ao cliente",
            "marketing": " em marketing",
        },
        part_time=", também a tempo parcial",
        remote="em regime remoto",
        conjunction="e",
        no_skills="dados e software",
        thanks=("Agradeço a tua mensagem!", "Agradeço a sua mensagem!"),
        follow_ups=(
            "Volto a escrever-te sobre a tua mensagem.",
            "Volto a escrever-lhe sobre a sua mensagem.",
        ),
        places=_ROMANCE_EU
        | {
            "Europe": "Europa",
            "Americas": "Américas",
            "North America": "América do Norte",
            "Worldwide": "todo o mundo",
        },
    ),
    "it": Language(
        informal="""\
Ciao $first_name,

grazie per il tuo messaggio! Potrei occuparmene io. $offer

Ci sentiamo al telefono, o preferisci che ti mandi prima un breve CV o un portfolio?

A presto,
$your_name
""",
        formal="""\
Buongiorno $first_name,

La ringrazio per il Suo messaggio! Potrei occuparmene io. $offer

Possiamo sentirci brevemente al telefono, o preferisce che Le mandi prima un breve CV o \
un portfolio?

Cordiali saluti,
$your_name
""",
        # "Lei", or its verbs that ask ("conosce qualcuno?", "potrebbe aiutarci?"), not
        # those of whom they ask for ("qualcuno che conosce dbt")
        other_register=re.compile(
            r"\blei\b|\bconosce\s+(?:qualcuno|un|una|uno)\b|\b(?:può|potrebbe)\s+aiutarci\b",
            re.IGNORECASE,
        ),
        usual_register="informal",
        offer="Lavoro {worker}{trade} con {skills}{part}{remote}.",
        workers={
            "freelance": "come freelance",
            "contract": "a progetto come professionista indipendente",
            "consulting": "come consulente indipendente",
            "interim": "come interim manager",
        },
        trades={
            "translation": " nella traduzione",
            "design": " nel design",
            "writing": " nel copywriting",
            "data": " nel data engineering",
            "software": " nello sviluppo software",
            "bookkeeping": " nella contabilità",
            "assistance": " nel supporto amministrativo",
            "support": " nell'assistenza clienti",
            "marketing": " nel marketing",
        },
        part_time=", anche part-time",
        remote="da remoto",
        conjunction="e",
        no_skills="dati e software",
        thanks=("grazie per il tuo messaggio!", "La ringrazio per il Suo messaggio!"),
        follow_ups=(
            "ti riscrivo a proposito del tuo messaggio.",
            "Le riscrivo a proposito del Suo messaggio.",
        ),
        places=_ROMANCE_EU
        | {
            "Europe": "Europa",
            "Americas": "Americhe",
            "North America": "Nord America",
            "Worldwide": "tutto il mondo",
        },
    ),
    "nl": Language(
        informal="""\
Hoi $first_name,

Bedankt voor je bericht! Daar kan ik zelf mee helpen. $offer

Zullen we even bellen, of stuur ik je eerst een kort cv of portfolio?

Groeten,
$your_name
""",
        formal="""\
Beste $first_name,

Hartelijk dank voor uw bericht! Daar kan ik u zelf mee helpen. $offer

Zullen we even bellen, of stuur ik u eerst een kort cv of portfolio?

Met vriendelijke groet,
$your_name
""",
        other_register=re.compile(r"\b(?:u|uw)\b", re.IGNORECASE),  # "kent u", "kunt u"
        usual_register="informal",
        offer="Ik werk {worker}{trade} met {skills}{part}{remote}.",
        workers={
            "freelance": "als freelancer",
            "contract": "op projectbasis",
            "consulting": "als zelfstandig adviseur",
            "interim": "op interimbasis",
        },
        trades={
            "translation": " op het gebied van vertaling",
            "design": " op het gebied van design",
            "writing": " op het gebied van tekstschrijven",
            "data": " op het gebied van data engineering",
            "software": " op het gebied van softwareontwikkeling",
            "bookkeeping": " in de boekhouding",
            "assistance": " op het gebied van administratieve ondersteuning",
            "support": " in de klantenservice",
            "marketing": " in de marketing",
        },
        part_time=", ook parttime",
        remote="remote",
        conjunction="en",
        no_skills="data en software",
        thanks=("Bedankt voor je bericht!", "Hartelijk dank voor uw bericht!"),
        follow_ups=("Ik kom nog even terug op je bericht.", "Ik kom nog even terug op uw bericht."),
        places={
            "Europe": "Europa",
            "Americas": "Amerika",
            "North America": "Noord-Amerika",
            "Worldwide": "wereldwijd",
        },
    ),
    "pl": Language(
        informal="""\
Cześć, $first_name!

Dzięki za wiadomość! W tym mogę pomóc osobiście. $offer

Zdzwonimy się na chwilę, czy najpierw podesłać ci krótkie CV albo portfolio?

Pozdrawiam,
$your_name
""",
        formal="""\
Dzień dobry,

Dziękuję za wiadomość! W tym mogę pomóc osobiście. $offer

Czy możemy krótko porozmawiać przez telefon, czy najpierw przesłać krótkie CV lub \
portfolio?

Z pozdrowieniami,
$your_name
""",
        other_register=re.compile(
            r"\b(?:ty|cię|ci|tobie|twoj\w*|twój|znasz|możesz|mógłbyś|mogłabyś)\b", re.IGNORECASE
        ),
        usual_register="formal",
        offer="Pracuję {worker}{trade}: {skills}{part}{remote}.",
        # words that give the user no gender: "w modelu B2B", not "jako freelancer"
        workers={
            "freelance": "na zasadzie freelance",
            "contract": "w modelu B2B",
            "consulting": "w formie doradztwa",
            "interim": "w modelu interim management",
        },
        trades={
            "translation": " w obszarze tłumaczeń",
            "design": " w obszarze projektowania",
            "writing": " w obszarze copywritingu i redakcji",
            "data": " w obszarze inżynierii danych",
            "software": " w obszarze tworzenia oprogramowania",
            "bookkeeping": " w obszarze księgowości",
            "assistance": " w obszarze wsparcia administracyjnego",
            "support": " w obszarze obsługi klienta",
            "marketing": " w obszarze marketingu",
        },
        part_time=", również w niepełnym wymiarze",
        remote="zdalnie",
        conjunction="i",
        no_skills="dane i oprogramowanie",
        thanks=("Dzięki za wiadomość!", "Dziękuję za wiadomość!"),
        follow_ups=("Wracam do twojej wiadomości.", "Wracam do sprawy z poprzedniej wiadomości."),
        places={
            "EU": "UE",
            "Europe": "Europa",
            "Americas": "Ameryka",
            "North America": "Ameryka Północna",
            "Worldwide": "cały świat",
        },
    ),
    "uk": Language(
        informal="""\
Привіт, $first_name!

Дякую за повідомлення! З цим я можу допомогти. $offer

Може, коротко зідзвонимося, чи спершу надіслати тобі коротке резюме або портфоліо?

До зв’язку,
$your_name
""",
        formal="""\
Добрий день!

Дякую за Ваше повідомлення! З цим я можу допомогти. $offer

Можемо коротко поговорити телефоном, чи спершу надіслати Вам коротке резюме або \
портфоліо?

З повагою,
$your_name
""",
        other_register=re.compile(
            r"(?<!\w)(?:ти|тебе|тобі|твій|твоя|твоє|твої|знаєш|можеш)(?!\w)", re.IGNORECASE
        ),
        usual_register="formal",
        offer="Працюю {worker}{trade}: {skills}{part}{remote}.",
        workers={
            "freelance": "на фрилансі",
            "contract": "на проєктній основі",
            "consulting": "у форматі консалтингу",
            "interim": "у форматі interim-менеджменту",
        },
        trades={
            "translation": " у сфері перекладу",
            "design": " у сфері дизайну",
            "writing": " у сфері копірайтингу й редагування",
            "data": " у сфері інженерії даних",
            "software": " у сфері розробки ПЗ",
            "bookkeeping": " у сфері бухгалтерського обліку",
            "assistance": " у сфері адміністративної підтримки",
            "support": " у сфері підтримки клієнтів",
            "marketing": " у сфері маркетингу",
        },
        part_time=", також на часткову зайнятість",
        remote="віддалено",
        conjunction="і",
        no_skills="дані та програмне забезпечення",
        thanks=("Дякую за повідомлення!", "Дякую за Ваше повідомлення!"),
        follow_ups=(
            "Пишу ще раз щодо твого повідомлення.",
            "Пишу ще раз щодо Вашого повідомлення.",
        ),
        places={
            "EU": "ЄС",
            "Europe": "Європа",
            "Americas": "Америка",
            "North America": "Північна Америка",
            "Worldwide": "весь світ",
        },
    ),
    "ja": Language(
        informal=_JAPANESE_REPLY,
        formal=_JAPANESE_REPLY,
        other_register=re.compile(r"(?!)"),  # 丁寧語 to anyone who asks for work
        usual_register="formal",
        offer="{worker}{trade}、{skills}を中心に活動しています。{part}{remote}",
        workers={
            "freelance": "フリーランスとして",
            "contract": "業務委託として",
            "consulting": "独立したコンサルタントとして",
            "interim": "期間限定の業務委託として",
        },
        trades={
            "translation": "翻訳の分野で",
            "design": "デザインの分野で",
            "writing": "ライティング・編集の分野で",
            "data": "データエンジニアリングの分野で",
            "software": "ソフトウェア開発の分野で",
            "bookkeeping": "経理・記帳の分野で",
            "assistance": "事務サポートの分野で",
            "support": "カスタマーサポートの分野で",
            "marketing": "マーケティングの分野で",
        },
        part_time="パートタイムでのご依頼も承ります。",
        remote="リモート",
        conjunction="、",
        no_skills="データとソフトウェア",
        thanks=("ご連絡ありがとうございます。", "ご連絡ありがとうございます。"),
        follow_ups=(
            "先日お返事した件で、改めてご連絡いたしました。",
            "先日お返事した件で、改めてご連絡いたしました。",
        ),
        places={
            "EU": "EU",
            "Europe": "ヨーロッパ",
            "Americas": "南北アメリカ",
            "North America": "北米",
            "Worldwide": "世界各地",
            "Asia": "アジア",
        },
        remote_said="{remote}{places}で対応可能です。",
        places_said="（{}）",
        list_sep="、",
    ),
    "ko": Language(
        informal=_KOREAN_REPLY,
        formal=_KOREAN_REPLY,
        other_register=re.compile(r"(?!)"),  # 존댓말 to anyone who asks for work
        usual_register="formal",
        offer="{worker}{trade} {skills} 중심으로 일하고 있습니다.{part}{remote}",
        workers={
            "freelance": "프리랜서로",
            "contract": "프로젝트 단위 계약으로",
            "consulting": "독립 컨설턴트로",
            "interim": "한시적 프로젝트 계약으로",
        },
        trades={
            "translation": " 번역 분야에서",
            "design": " 디자인 분야에서",
            "writing": " 글쓰기·편집 분야에서",
            "data": " 데이터 엔지니어링 분야에서",
            "software": " 소프트웨어 개발 분야에서",
            "bookkeeping": " 회계·기장 분야에서",
            "assistance": " 업무 지원 분야에서",
            "support": " 고객 지원 분야에서",
            "marketing": " 마케팅 분야에서",
        },
        part_time=" 파트타임 업무도 가능합니다.",
        remote="원격 근무 가능",
        conjunction="및",
        no_skills="데이터와 소프트웨어",
        thanks=("연락 주셔서 감사합니다.", "연락 주셔서 감사합니다."),
        follow_ups=(
            "앞서 답변드린 건으로 다시 연락드립니다.",
            "앞서 답변드린 건으로 다시 연락드립니다.",
        ),
        places={
            "EU": "EU",
            "Europe": "유럽",
            "Americas": "아메리카",
            "North America": "북미",
            "Worldwide": "전 세계",
            "Asia": "아시아",
        },
        remote_said=" {remote}{places}.",
        trade_sep=",",
    ),
    "tr": Language(
        informal="""\
Merhaba $first_name,

Mesajın için teşekkürler! Bu konuda bizzat yardımcı olabilirim. $offer

Kısa bir telefon görüşmesi yapabilir miyiz, yoksa önce kısa bir özgeçmiş veya portfolyo \
mu göndereyim?

Sevgiler,
$your_name
""",
        formal="""\
Merhaba $first_name,

Mesajınız için teşekkürler! Bu konuda bizzat yardımcı olabilirim. $offer

Kısa bir telefon görüşmesi yapabilir miyiz, yoksa önce kısa bir özgeçmiş veya portfolyo \
mu göndereyim?

Saygılarımla,
$your_name
""",
        # "sen": "tanıyor musun?", "biliyor musun?", "sana", "senin"
        other_register=re.compile(r"\b(?:\w+\s+musun|sana|senin|sen)\b", re.IGNORECASE),
        usual_register="formal",
        offer="Şu anda {worker}{trade} {skills} ile çalışıyorum{part}{remote}.",
        workers={
            "freelance": "serbest çalışan olarak",
            "contract": "proje bazlı sözleşmeyle",
            "consulting": "bağımsız danışman olarak",
            "interim": "dönemsel proje bazında",
        },
        trades={
            "translation": " çeviri alanında",
            "design": " tasarım alanında",
            "writing": " yazı ve editörlük alanında",
            "data": " veri mühendisliği alanında",
            "software": " yazılım geliştirme alanında",
            "bookkeeping": " muhasebe alanında",
            "assistance": " asistanlık alanında",
            "support": " müşteri desteği alanında",
            "marketing": " pazarlama alanında",
        },
        part_time=", yarı zamanlı işlere de açığım",
        remote="uzaktan",
        conjunction="ve",
        no_skills="veri ve yazılım",
        thanks=("Mesajın için teşekkürler!", "Mesajınız için teşekkürler!"),
        follow_ups=(
            "Önceki cevabımın devamı olarak yazıyorum.",
            "Önceki cevabımın devamı olarak yazıyorum.",
        ),
        places={
            "EU": "AB",
            "Europe": "Avrupa",
            "Americas": "Amerika",
            "North America": "Kuzey Amerika",
            "Worldwide": "tüm dünya",
        },
        trade_sep=",",
    ),
    "id": Language(
        informal="""\
Halo $first_name,

Terima kasih atas pesannya! Saya sendiri bisa membantu untuk hal itu. $offer

Bisa kita telepon sebentar, atau saya kirimkan dulu CV singkat atau portofolio?

Salam,
$your_name
""",
        formal="""\
Halo $first_name,

Terima kasih atas pesan Anda! Saya sendiri bisa membantu untuk hal itu. $offer

Bisakah kita berbicara sebentar lewat telepon, atau sebaiknya saya kirimkan CV singkat \
atau portofolio terlebih dahulu?

Salam,
$your_name
""",
        other_register=re.compile(r"\b(?:kamu|kau)\b", re.IGNORECASE),  # else "Anda"
        usual_register="formal",
        offer="Saya bekerja {worker}{trade} dengan fokus pada {skills}{part}{remote}.",
        workers={
            "freelance": "sebagai pekerja lepas",
            "contract": "sebagai kontraktor berbasis proyek",
            "consulting": "sebagai konsultan independen",
            "interim": "dengan kontrak sementara berbasis proyek",
        },
        trades={
            "translation": " di bidang penerjemahan",
            "design": " di bidang desain",
            "writing": " di bidang penulisan dan penyuntingan",
            "data": " di bidang rekayasa data",
            "software": " di bidang pengembangan perangkat lunak",
            "bookkeeping": " di bidang pembukuan",
            "assistance": " di bidang asistensi administrasi",
            "support": " di bidang layanan pelanggan",
            "marketing": " di bidang pemasaran",
        },
        part_time=", juga paruh waktu",
        remote="secara jarak jauh",
        conjunction="dan",
        no_skills="data dan perangkat lunak",
        thanks=("Terima kasih atas pesannya!", "Terima kasih atas pesan Anda!"),
        follow_ups=(
            "Saya menindaklanjuti balasan saya sebelumnya.",
            "Saya menindaklanjuti balasan saya sebelumnya.",
        ),
        places={
            "EU": "UE",
            "Europe": "Eropa",
            "Americas": "Amerika",
            "North America": "Amerika Utara",
            "Worldwide": "seluruh dunia",
            "Asia": "Asia",
        },
    ),
    # Czech: the greeting names no one (the vocative, `warehouse.intro_requests.CZECH`),
    # and the user says nothing of their gender ("mohu pomoci", not "rád/ráda pomohu")
    "cs": Language(
        informal="""\
Ahoj,

Díky za zprávu! S tím můžu pomoct. $offer

Můžeme si krátce zavolat, nebo ti mám nejdřív poslat krátký životopis či portfolio?

Měj se
$your_name
""",
        formal="""\
Dobrý den,

Děkuji za Vaši zprávu! S tím mohu pomoci. $offer

Můžeme si krátce zavolat, nebo Vám mám nejdřív poslat krátký životopis či portfolio?

S pozdravem
$your_name
""",
        # "ty" and its verbs: "neznáš někoho?", "můžeš", "víš o někom?"
        other_register=re.compile(
            r"\b(?:ty|tebe|tobě|tvůj|tvoje|znáš|můžeš|víš|nevíš|máš)\b", re.IGNORECASE
        ),
        usual_register="formal",
        offer="Pracuji {worker}{trade} se zaměřením na {skills}{part}{remote}.",
        workers={
            "freelance": "na volné noze",
            "contract": "na projektové bázi",
            "consulting": "formou nezávislého poradenství",
            "interim": "na dočasných projektových zakázkách",
        },
        trades={
            "translation": " v oblasti překladů",
            "design": " v oblasti designu",
            "writing": " v oblasti psaní a redakce",
            "data": " v oblasti datového inženýrství",
            "software": " v oblasti vývoje softwaru",
            "bookkeeping": " v oblasti účetnictví",
            "assistance": " v oblasti administrativní podpory",
            "support": " v oblasti zákaznické podpory",
            "marketing": " v oblasti marketingu",
        },
        part_time=", i na částečný úvazek",
        remote="na dálku",
        conjunction="a",
        no_skills="data a software",
        thanks=("Díky za zprávu!", "Děkuji za Vaši zprávu!"),
        follow_ups=(
            "Navazuji na svou předchozí odpověď.",
            "Navazuji na svou předchozí odpověď.",
        ),
        places={
            "EU": "EU",
            "Europe": "Evropa",
            "Americas": "Amerika",
            "North America": "Severní Amerika",
            "Worldwide": "celý svět",
            "Asia": "Asie",
        },
    ),
    # Hungarian: "te" to whoever asks with it, as most asks online do; "Ön" where they do
    # ("Ismerne valakit?", "Tisztelt ..."), to the whole name as written ("Kedves Kovács
    # Anna!"); the informal reply greets no one by name ("Szia!"): the name's order may
    # be either, and "Szia Kovács!" would be wrong
    "hu": Language(
        informal="""\
Szia!

Köszi az üzenetet! Ebben tudok segíteni. $offer

Beszélhetnénk röviden telefonon, vagy előbb küldjek egy rövid önéletrajzot vagy portfóliót?

Üdv,
$your_name
""",
        formal="""\
Kedves $first_name!

Köszönöm az üzenetét! Ebben tudok segíteni. $offer

Beszélhetnénk röviden telefonon, vagy előbb küldjek egy rövid önéletrajzot vagy portfóliót?

Üdvözlettel:
$your_name
""",
        other_register=re.compile(
            r"\b(?:Ön|Önnek|Önt|Öntől|Önök|Önöknek|Tisztelt|ismerne|tudna|ajánlana)\b",
            re.IGNORECASE,
        ),
        usual_register="informal",
        offer="Jelenleg {worker} dolgozom{trade}, főként ezekkel: {skills}{part}{remote}.",
        workers={
            "freelance": "szabadúszóként",
            "contract": "projektalapon",
            "consulting": "független tanácsadóként",
            "interim": "ideiglenes megbízásokban",
        },
        trades={
            "translation": " a fordítás területén",
            "design": " a design területén",
            "writing": " a szövegírás és szerkesztés területén",
            "data": " az adatmérnökség területén",
            "software": " a szoftverfejlesztés területén",
            "bookkeeping": " a könyvelés területén",
            "assistance": " az adminisztratív támogatás területén",
            "support": " az ügyfélszolgálat területén",
            "marketing": " a marketing területén",
        },
        part_time=", részmunkaidőben is",
        remote="távmunkában",
        conjunction="és",
        no_skills="adatok és szoftverek",
        thanks=("Köszi az üzenetet!", "Köszönöm az üzenetét!"),
        follow_ups=(
            "Korábbi válaszomhoz szeretnék még hozzátenni valamit.",
            "Korábbi válaszomhoz szeretnék még hozzátenni valamit.",
        ),
        places={
            "EU": "EU",
            "Europe": "Európa",
            "Americas": "Amerika",
            "North America": "Észak-Amerika",
            "Worldwide": "bárhol a világon",
            "Asia": "Ázsia",
        },
    ),
    "zh-Hant": Language(
        informal=_CHINESE_REPLY["zh-Hant"].replace("您", "你"),
        formal=_CHINESE_REPLY["zh-Hant"],
        other_register=re.compile("你"),  # 您 to whoever asks for work, unless they say 你
        usual_register="formal",
        offer="我目前{worker}{trade}工作，專長是{skills}。{part}{remote}",
        workers={
            "freelance": "以接案方式",
            "contract": "以專案合約方式",
            "consulting": "以獨立顧問的身分",
            "interim": "以短期專案合約方式",
        },
        trades={
            "translation": "在翻譯領域",
            "design": "在設計領域",
            "writing": "在寫作與編輯領域",
            "data": "在資料工程領域",
            "software": "在軟體開發領域",
            "bookkeeping": "在會計記帳領域",
            "assistance": "在行政支援領域",
            "support": "在客戶支援領域",
            "marketing": "在行銷領域",
        },
        part_time="也可以接兼職案件。",
        remote="可遠端工作",
        conjunction="、",
        no_skills="資料與軟體",
        thanks=("謝謝你的訊息。", "謝謝您的訊息。"),
        follow_ups=("關於我先前的回覆，再跟你聯絡一下。", "關於我先前的回覆，再跟您聯絡一下。"),
        places={
            "EU": "歐盟",
            "Europe": "歐洲",
            "Americas": "美洲",
            "North America": "北美",
            "Worldwide": "全球",
            "Asia": "亞洲",
        },
        remote_said="{remote}{places}。",
        places_said="（{}）",
        list_sep="、",
    ),
    "zh-Hans": Language(
        informal=_CHINESE_REPLY["zh-Hans"].replace("您", "你"),
        formal=_CHINESE_REPLY["zh-Hans"],
        other_register=re.compile("你"),
        usual_register="formal",
        offer="我目前{worker}{trade}工作，擅长{skills}。{part}{remote}",
        workers={
            "freelance": "以自由职业方式",
            "contract": "以项目合同方式",
            "consulting": "以独立顾问的身份",
            "interim": "以短期项目合同方式",
        },
        trades={
            "translation": "在翻译领域",
            "design": "在设计领域",
            "writing": "在写作与编辑领域",
            "data": "在数据工程领域",
            "software": "在软件开发领域",
            "bookkeeping": "在会计记账领域",
            "assistance": "在行政支持领域",
            "support": "在客户支持领域",
            "marketing": "在营销领域",
        },
        part_time="也可以接兼职项目。",
        remote="可远程工作",
        conjunction="、",
        no_skills="数据与软件",
        thanks=("谢谢你的消息。", "谢谢您的消息。"),
        follow_ups=("关于我之前的回复，再跟你联系一下。", "关于我之前的回复，再跟您联系一下。"),
        places={
            "EU": "欧盟",
            "Europe": "欧洲",
            "Americas": "美洲",
            "North America": "北美",
            "Worldwide": "全球",
            "Asia": "亚洲",
        },
        remote_said="{remote}{places}。",
        places_said="（{}）",
        list_sep="、",
    ),
}
# Hong Kong's Traditional Chinese: Taiwan's drafts in Hong Kong's words (軟件, 項目)
LANGUAGES["zh-HK"] = hong_kong_variant(LANGUAGES["zh-Hant"])
# Russian: Вы to anyone who does not say "ты", the user's gender unsaid (no past tense of
# theirs, no "рад/рада"); the greeting names whom `warehouse.intro_requests.RUSSIAN` does
LANGUAGES["ru"] = Language(
    informal="""\
Привет, $first_name!

Спасибо за сообщение! С этим я могу помочь. $offer

Может, коротко созвонимся, или сначала прислать тебе короткое резюме или портфолио?

До связи,
$your_name
""",
    formal="""\
Здравствуйте, $first_name!

Спасибо за Ваше сообщение! С этим я могу помочь. $offer

Можем коротко поговорить по телефону, или сначала прислать Вам короткое резюме или \
портфолио?

С уважением,
$your_name
""",
    other_register=re.compile(
        r"(?<!\w)(?:ты|тебя|тебе|твой|твоя|твоё|твое|твои|знаешь|можешь)(?!\w)", re.IGNORECASE
    ),
    usual_register="formal",
    offer="Работаю {worker}{trade}: {skills}{part}{remote}.",
    workers={
        "freelance": "на фрилансе",
        "contract": "на проектной основе",
        "consulting": "в формате консалтинга",
        "interim": "в формате временных проектов",
    },
    trades={
        "translation": " в сфере перевода",
        "design": " в сфере дизайна",
        "writing": " в сфере копирайтинга и редактуры",
        "data": " в сфере инженерии данных",
        "software": " в сфере разработки ПО",
        "bookkeeping": " в сфере бухгалтерского учёта",
        "assistance": " в сфере административной поддержки",
        "support": " в сфере поддержки клиентов",
        "marketing": " в сфере маркетинга",
    },
    part_time=", в том числе на частичную занятость",
    remote="удалённо",
    conjunction="и",
    no_skills="данные и программное обеспечение",
    thanks=("Спасибо за сообщение!", "Спасибо за Ваше сообщение!"),
    follow_ups=(
        "Пишу ещё раз по поводу твоего сообщения.",
        "Пишу ещё раз по поводу Вашего сообщения.",
    ),
    places={
        "EU": "ЕС",
        "Europe": "Европа",
        "Americas": "Америка",
        "North America": "Северная Америка",
        "Worldwide": "весь мир",
        "Asia": "Азия",
    },
)
# Malay: Indonesian's offer where the words are the same ("secara jarak jauh", "dan"),
# Malaysia's where they differ ("pekerja bebas", "perisian", "separuh masa", "Eropah");
# "anda" to a loose tie, "awak" to a friend, greeted "Salam sejahtera"
LANGUAGES["ms"] = replace(
    LANGUAGES["id"],
    informal="""\
Hai $first_name,

Terima kasih atas mesej awak! Saya sendiri boleh membantu dalam hal itu. $offer

Boleh kita berbual sekejap melalui telefon, atau saya hantar dulu resume ringkas atau \
portfolio?

Salam,
$your_name
""",
    formal="""\
Salam sejahtera $first_name,

Terima kasih atas mesej anda! Saya sendiri boleh membantu dalam hal itu. $offer

Bolehkah kita berbual sebentar melalui telefon, atau saya hantar resume ringkas atau \
portfolio terlebih dahulu?

Salam hormat,
$your_name
""",
    other_register=re.compile(r"\b(?:awak|kau|engkau|kamu)\b", re.IGNORECASE),  # else "anda"
    offer="Saya bekerja {worker}{trade} dengan tumpuan pada {skills}{part}{remote}.",
    workers={
        "freelance": "sebagai pekerja bebas",
        "contract": "sebagai kontraktor berasaskan projek",
        "consulting": "sebagai perunding bebas",
        "interim": "secara kontrak sementara berasaskan projek",
    },
    trades={
        "translation": " dalam bidang terjemahan",
        "design": " dalam bidang reka bentuk",
        "writing": " dalam bidang penulisan dan suntingan",
        "data": " dalam bidang kejuruteraan data",
        "software": " dalam bidang pembangunan perisian",
        "bookkeeping": " dalam bidang simpan kira",
        "assistance": " dalam bidang bantuan pentadbiran",
        "support": " dalam bidang khidmat pelanggan",
        "marketing": " dalam bidang pemasaran",
    },
    part_time=", termasuk secara separuh masa",
    no_skills="data dan perisian",
    thanks=("Terima kasih atas mesej awak!", "Terima kasih atas mesej anda!"),
    follow_ups=(
        "Saya ingin menyusul balasan saya sebelum ini.",
        "Saya ingin menyusul balasan saya sebelum ini.",
    ),
    places={**LANGUAGES["id"].places, "EU": "EU", "Europe": "Eropah"},
)
# Greek: "εσείς" to anyone who does not say "εσύ", the user's gender unsaid (no "έτοιμος/
# έτοιμη", "διαθέσιμος/διαθέσιμη": "μπορώ να βοηθήσω"; "ως freelancer", a word of no
# gender); the greeting names whom `warehouse.intro_requests.GREEK` does
LANGUAGES["el"] = Language(
    informal="""\
Γεια σου $first_name,

Ευχαριστώ για το μήνυμά σου! Σε αυτό μπορώ να βοηθήσω. $offer

Να μιλήσουμε λίγο στο τηλέφωνο ή να σου στείλω πρώτα ένα σύντομο βιογραφικό ή portfolio;

Τα λέμε,
$your_name
""",
    formal="""\
Γεια σας, $first_name,

Ευχαριστώ για το μήνυμά σας! Σε αυτό μπορώ να βοηθήσω. $offer

Θα μπορούσαμε να μιλήσουμε σύντομα στο τηλέφωνο ή να σας στείλω πρώτα ένα σύντομο \
βιογραφικό ή portfolio;

Με εκτίμηση,
$your_name
""",
    # "εσύ" and its verbs, with their accents or without, as chats write them; any verb of
    # the second person singular's "-σαι" ("είσαι", "ενδιαφέρεσαι", "θυμάσαι": no noun ends
    # so), and the "-εις" of the verb an ask ends on ("το αναλαμβάνεις;", "θα με
    # βοηθήσεις;"), not the nouns' ("θέσεις;", "πόλεις;", "κανείς;" unaccented)
    other_register=re.compile(
        r"(?<!\w)(?:σου|εσύ|εσυ|σένα|σενα|ξέρεις|ξερεις|γνωρίζεις|γνωριζεις|μπορείς|μπορεις"
        r"|μπορούσες|μπορουσες|θες|θέλεις|θελεις|έχεις|εχεις)(?!\w)"
        r"|(?<=\w)σαι(?!\w)"
        r"|(?<=[^\W\dσξψμ_])(?<!πόλ)(?<!πολ)(?<!καν)εις\s*[;;?]"
        r"|(?<!\w)(?:να|θα)\s+(?:(?:με|μας|το|τα|τον|την|τους)\s+)?\w+εις\s*[;;?]",
        re.IGNORECASE,
    ),
    usual_register="formal",
    offer="Εργάζομαι {worker}{trade}, με {skills}{part}{remote}.",
    workers={
        "freelance": "ως freelancer",
        "contract": "με σύμβαση έργου",
        "consulting": "ως σύμβουλος",  # of either gender, as written without an article
        "interim": "σε προσωρινά έργα",
    },
    trades={
        "translation": " στη μετάφραση",
        "design": " στον σχεδιασμό",
        "writing": " στη συγγραφή και επιμέλεια κειμένων",
        "data": " στη μηχανική δεδομένων",
        "software": " στην ανάπτυξη λογισμικού",
        "bookkeeping": " στη λογιστική",
        "assistance": " στη διοικητική υποστήριξη",
        "support": " στην εξυπηρέτηση πελατών",
        "marketing": " στο μάρκετινγκ",
    },
    part_time=", και με μερική απασχόληση",
    remote="εξ αποστάσεως",
    conjunction="και",
    no_skills="δεδομένα και λογισμικό",
    thanks=("Ευχαριστώ για το μήνυμά σου!", "Ευχαριστώ για το μήνυμά σας!"),
    follow_ups=(
        "Επανέρχομαι σχετικά με το μήνυμά σου.",
        "Επανέρχομαι σχετικά με το μήνυμά σας.",
    ),
    places={
        "EU": "ΕΕ",
        "Europe": "Ευρώπη",
        "Americas": "Αμερική",
        "North America": "Βόρεια Αμερική",
        "Worldwide": "παγκοσμίως",
        "Asia": "Ασία",
    },
)
# Vietnamese: "anh/chị" to anyone who does not say "bạn", as Vietnamese professionals
# write to someone whose gender and age they do not know ("anh" or "chị" alone needs both;
# "em" says the user is the younger), "bạn" to one who writes it (a peer); the user is
# "tôi", which says neither gender nor age; the given name is the last word of the name
# (`warehouse.intro_names`)
LANGUAGES["vi"] = Language(
    informal="""\
Chào bạn $first_name,

Cảm ơn bạn đã nhắn tin! Việc này tôi có thể giúp được. $offer

Chúng ta trao đổi nhanh qua điện thoại nhé, hay tôi gửi trước cho bạn CV ngắn hoặc portfolio?

Thân mến,
$your_name
""",
    formal="""\
Chào anh/chị $first_name,

Cảm ơn anh/chị đã nhắn tin! Việc này tôi có thể hỗ trợ. $offer

Chúng ta có thể trao đổi nhanh qua điện thoại, hoặc tôi gửi trước cho anh/chị CV ngắn hay \
portfolio được không ạ?

Trân trọng,
$your_name
""",
    # "bạn" (or "cậu") as the one asked, not the noun "a friend" ("một bạn kế toán", "bạn
    # nào", "bạn bè")
    other_register=re.compile(
        r"(?<!\w)(?<!một )(?<!các )(?<!những )(?<!1 )(?:bạn|cậu)(?!\s+(?:nào|bè|ấy))(?!\w)",
        re.IGNORECASE,
    ),
    usual_register="formal",
    offer="Tôi làm việc {worker}{trade}, chuyên về {skills}{part}{remote}.",
    workers={
        "freelance": "theo hình thức freelance",
        "contract": "theo hợp đồng dự án",
        "consulting": "với vai trò tư vấn độc lập",
        "interim": "theo hợp đồng ngắn hạn",
    },
    trades={
        "translation": " trong lĩnh vực biên phiên dịch",
        "design": " trong lĩnh vực thiết kế",
        "writing": " trong lĩnh vực viết và biên tập nội dung",
        "data": " trong lĩnh vực kỹ thuật dữ liệu",
        "software": " trong lĩnh vực phát triển phần mềm",
        "bookkeeping": " trong lĩnh vực kế toán",
        "assistance": " trong lĩnh vực hỗ trợ hành chính",
        "support": " trong lĩnh vực chăm sóc khách hàng",
        "marketing": " trong lĩnh vực marketing",
    },
    part_time=", có thể làm bán thời gian",
    remote="làm việc từ xa",
    conjunction="và",
    no_skills="dữ liệu và phần mềm",
    thanks=("Cảm ơn bạn đã nhắn tin!", "Cảm ơn anh/chị đã nhắn tin!"),
    follow_ups=(
        "Tôi xin nhắn lại về tin nhắn trước của bạn.",
        "Tôi xin nhắn lại về tin nhắn trước của anh/chị.",
    ),
    places={
        "EU": "EU",
        "Europe": "châu Âu",
        "Americas": "châu Mỹ",
        "North America": "Bắc Mỹ",
        "Worldwide": "toàn cầu",
        "Asia": "châu Á",
    },
)
# Brazilian Portuguese: "você" either way ("o senhor" where the ask says it), and
# Brazil's word for part-time ("meio período")
LANGUAGES["pt-BR"] = replace(
    LANGUAGES["pt"],
    informal="""\
Olá $first_name,

Agradeço a sua mensagem! Posso ajudar com isso. $offer

Podemos conversar rapidamente por telefone, ou você prefere que eu envie antes um \
currículo curto ou um portfólio?

Abraço,
$your_name
""",
    formal="""\
Olá $first_name,

Agradeço a sua mensagem! Posso ajudar com isso. $offer

Podemos conversar rapidamente por telefone, ou o senhor prefere que eu envie antes um \
currículo curto ou um portfólio?

Atenciosamente,
$your_name
""",
    other_register=re.compile(r"\b(?:o\s+senhor|a\s+senhora)\b", re.IGNORECASE),
    usual_register="informal",
    part_time=", também em meio período",
    remote="de forma remota",
    thanks=("Agradeço a sua mensagem!", "Agradeço a sua mensagem!"),
    follow_ups=("Retomo o assunto da sua mensagem.", "Retomo o assunto da sua mensagem."),
)
# countries by the codes a [profile] writes, as each language names them (English first)
_COUNTRIES = {
    "US": ("US", "USA", "EE. UU.", "États-Unis", "EUA", "Stati Uniti", "VS", "USA", "США", "米国",
           "미국", "ABD", "AS", "USA", "USA",
           "美國", "美国", "США", "Amerika Syarikat", "ΗΠΑ", "Mỹ"),
    "GB": ("UK", "Großbritannien", "Reino Unido", "Royaume-Uni", "Reino Unido", "Regno Unito", "VK",
           "Wielka Brytania", "Велика Британія", "英国", "영국", "Birleşik Krallık",
           "Britania Raya", "Velká Británie", "Egyesült Királyság",
           "英國", "英国", "Великобритания", "United Kingdom", "Ηνωμένο Βασίλειο",
           "Vương quốc Anh"),
    "DE": ("Germany", "Deutschland", "Alemania", "Allemagne", "Alemanha", "Germania", "Duitsland",
           "Niemcy", "Німеччина", "ドイツ", "독일", "Almanya", "Jerman", "Německo", "Németország",
           "德國", "德国", "Германия", "Jerman", "Γερμανία", "Đức"),
    "FR": ("France", "Frankreich", "Francia", "France", "França", "Francia", "Frankrijk", "Francja",
           "Франція", "フランス", "프랑스", "Fransa", "Prancis", "Francie", "Franciaország",
           "法國", "法国", "Франция", "Perancis", "Γαλλία", "Pháp"),
    "ES": ("Spain", "Spanien", "España", "Espagne", "Espanha", "Spagna", "Spanje", "Hiszpania",
           "Іспанія", "スペイン", "스페인", "İspanya", "Spanyol", "Španělsko", "Spanyolország",
           "西班牙", "西班牙", "Испания", "Sepanyol", "Ισπανία", "Tây Ban Nha"),
    "PT": ("Portugal", "Portugal", "Portugal", "Portugal", "Portugal", "Portogallo", "Portugal",
           "Portugalia", "Португалія", "ポルトガル", "포르투갈", "Portekiz", "Portugal",
           "Portugalsko", "Portugália",
           "葡萄牙", "葡萄牙", "Португалия", "Portugal", "Πορτογαλία", "Bồ Đào Nha"),
    "IT": ("Italy", "Italien", "Italia", "Italie", "Itália", "Italia", "Italië", "Włochy", "Італія",
           "イタリア", "이탈리아", "İtalya", "Italia", "Itálie", "Olaszország",
           "義大利", "意大利", "Италия", "Itali", "Ιταλία", "Ý"),
    "NL": ("the Netherlands", "Niederlande", "Países Bajos", "Pays-Bas", "Países Baixos",
           "Paesi Bassi", "Nederland", "Holandia", "Нідерланди", "オランダ", "네덜란드", "Hollanda",
           "Belanda", "Nizozemsko", "Hollandia",
           "荷蘭", "荷兰", "Нидерланды", "Belanda", "Ολλανδία", "Hà Lan"),
    "BE": ("Belgium", "Belgien", "Bélgica", "Belgique", "Bélgica", "Belgio", "België", "Belgia",
           "Бельгія", "ベルギー", "벨기에", "Belçika", "Belgia", "Belgie", "Belgium",
           "比利時", "比利时", "Бельгия", "Belgium", "Βέλγιο", "Bỉ"),
    "CH": ("Switzerland", "Schweiz", "Suiza", "Suisse", "Suíça", "Svizzera", "Zwitserland",
           "Szwajcaria", "Швейцарія", "スイス", "스위스", "İsviçre", "Swiss", "Švýcarsko", "Svájc",
           "瑞士", "瑞士", "Швейцария", "Switzerland", "Ελβετία", "Thụy Sĩ"),
    "AT": ("Austria", "Österreich", "Austria", "Autriche", "Áustria", "Austria", "Oostenrijk",
           "Austria", "Австрія", "オーストリア", "오스트리아", "Avusturya", "Austria", "Rakousko",
           "Ausztria",
           "奧地利", "奥地利", "Австрия", "Austria", "Αυστρία", "Áo"),
    "IE": ("Ireland", "Irland", "Irlanda", "Irlande", "Irlanda", "Irlanda", "Ierland", "Irlandia",
           "Ірландія", "アイルランド", "아일랜드", "İrlanda", "Irlandia", "Irsko", "Írország",
           "愛爾蘭", "爱尔兰", "Ирландия", "Ireland", "Ιρλανδία", "Ireland"),
    "BR": ("Brazil", "Brasilien", "Brasil", "Brésil", "Brasil", "Brasile", "Brazilië", "Brazylia",
           "Бразилія", "ブラジル", "브라질", "Brezilya", "Brasil", "Brazílie", "Brazília",
           "巴西", "巴西", "Бразилия", "Brazil", "Βραζιλία", "Brazil"),
    "MX": ("Mexico", "Mexiko", "México", "Mexique", "México", "Messico", "Mexico", "Meksyk",
           "Мексика", "メキシコ", "멕시코", "Meksika", "Meksiko", "Mexiko", "Mexikó",
           "墨西哥", "墨西哥", "Мексика", "Mexico", "Μεξικό", "Mexico"),
    "CA": ("Canada", "Kanada", "Canadá", "Canada", "Canadá", "Canada", "Canada", "Kanada", "Канада",
           "カナダ", "캐나다", "Kanada", "Kanada", "Kanada", "Kanada",
           "加拿大", "加拿大", "Канада", "Kanada", "Καναδάς", "Canada"),
    "PL": ("Poland", "Polen", "Polonia", "Pologne", "Polónia", "Polonia", "Polen", "Polska",
           "Польща", "ポーランド", "폴란드", "Polonya", "Polandia", "Polsko", "Lengyelország",
           "波蘭", "波兰", "Польша", "Poland", "Πολωνία", "Ba Lan"),
    "UA": ("Ukraine", "Ukraine", "Ucrania", "Ukraine", "Ucrânia", "Ucraina", "Oekraïne", "Ukraina",
           "Україна", "ウクライナ", "우크라이나", "Ukrayna", "Ukraina", "Ukrajina", "Ukrajna",
           "烏克蘭", "乌克兰", "Украина", "Ukraine", "Ουκρανία", "Ukraina"),
    "JP": ("Japan", "Japan", "Japón", "Japon", "Japão", "Giappone", "Japan", "Japonia", "Японія",
           "日本", "일본", "Japonya", "Jepang", "Japonsko", "Japán",
           "日本", "日本", "Япония", "Jepun", "Ιαπωνία", "Nhật Bản"),
    "KR": ("South Korea", "Südkorea", "Corea del Sur", "Corée du Sud", "Coreia do Sul",
           "Corea del Sud", "Zuid-Korea", "Korea Południowa", "Південна Корея", "韓国", "대한민국",
           "Güney Kore", "Korea Selatan", "Jižní Korea", "Dél-Korea",
           "南韓", "韩国", "Южная Корея", "Korea Selatan", "Νότια Κορέα", "Hàn Quốc"),
    "TR": ("Türkiye", "Türkei", "Turquía", "Turquie", "Turquia", "Turchia", "Turkije", "Turcja",
           "Туреччина", "トルコ", "튀르키예", "Türkiye", "Turki", "Turecko", "Törökország",
           "土耳其", "土耳其", "Турция", "Turki", "Τουρκία", "Thổ Nhĩ Kỳ"),
    "ID": ("Indonesia", "Indonesien", "Indonesia", "Indonésie", "Indonésia", "Indonesia",
           "Indonesië", "Indonezja", "Індонезія", "インドネシア", "인도네시아", "Endonezya",
           "Indonesia", "Indonésie", "Indonézia",
           "印尼", "印度尼西亚", "Индонезия", "Indonesia", "Ινδονησία", "Indonesia"),
    "CZ": ("Czechia", "Tschechien", "Chequia", "Tchéquie", "Chéquia", "Cechia", "Tsjechië",
           "Czechy", "Чехія", "チェコ", "체코", "Çekya", "Ceko", "Česko", "Csehország",
           "捷克", "捷克", "Чехия", "Republik Czech", "Τσεχία", "Séc"),
    "CO": ("Colombia", "Kolumbien", "Colombia", "Colombie", "Colômbia", "Colombia", "Colombia",
           "Kolumbia", "Колумбія", "コロンビア", "콜롬비아", "Kolombiya", "Kolombia", "Kolumbie",
           "Kolumbia",
           "哥倫比亞", "哥伦比亚", "Колумбия", "Colombia", "Κολομβία", "Colombia"),
    "HU": ("Hungary", "Ungarn", "Hungría", "Hongrie", "Hungria", "Ungheria", "Hongarije", "Węgry",
           "Угорщина", "ハンガリー", "헝가리", "Macaristan", "Hongaria", "Maďarsko",
           "Magyarország",
           "匈牙利", "匈牙利", "Венгрия", "Hungary", "Ουγγαρία", "Hungary"),
    "TW": ("Taiwan", "Taiwan", "Taiwán", "Taïwan", "Taiwan", "Taiwan", "Taiwan", "Tajwan",
           "Тайвань", "台湾", "대만", "Tayvan", "Taiwan", "Tchaj-wan", "Tajvan", "台灣", "台湾",
           "Тайвань", "Taiwan", "Ταϊβάν", "Đài Loan"),
    "HK": ("Hong Kong", "Hongkong", "Hong Kong", "Hong Kong", "Hong Kong", "Hong Kong",
           "Hongkong", "Hongkong", "Гонконг", "香港", "홍콩", "Hong Kong", "Hong Kong",
           "Hongkong", "Hongkong", "香港", "香港", "Гонконг", "Hong Kong", "Χονγκ Κονγκ",
           "Hồng Kông"),
    "CN": ("China", "China", "China", "Chine", "China", "Cina", "China", "Chiny", "Китай",
           "中国", "중국", "Çin", "Tiongkok", "Čína", "Kína", "中國", "中国", "Китай", "China",
           "Κίνα", "Trung Quốc"),
    "SG": ("Singapore", "Singapur", "Singapur", "Singapour", "Singapura", "Singapore",
           "Singapore", "Singapur", "Сінгапур", "シンガポール", "싱가포르", "Singapur",
           "Singapura", "Singapur", "Szingapúr", "新加坡", "新加坡", "Сингапур", "Singapura",
           "Σιγκαπούρη", "Singapore"),
    "MY": ("Malaysia", "Malaysia", "Malasia", "Malaisie", "Malásia", "Malesia", "Maleisië",
           "Malezja", "Малайзія", "マレーシア", "말레이시아", "Malezya", "Malaysia", "Malajsie",
           "Malajzia", "馬來西亞", "马来西亚", "Малайзия", "Malaysia", "Μαλαισία", "Malaysia"),
    "GR": ("Greece", "Griechenland", "Grecia", "Grèce", "Grécia", "Grecia", "Griekenland",
           "Grecja", "Греція", "ギリシャ", "그리스", "Yunanistan", "Yunani", "Řecko",
           "Görögország", "希臘", "希腊", "Греция", "Greece", "Ελλάδα", "Hy Lạp"),
    "CY": ("Cyprus", "Zypern", "Chipre", "Chypre", "Chipre", "Cipro", "Cyprus", "Cypr", "Кіпр",
           "キプロス", "키프로스", "Kıbrıs", "Siprus", "Kypr", "Ciprus", "賽普勒斯", "塞浦路斯",
           "Кипр", "Cyprus", "Κύπρος", "Síp"),
    "VN": ("Vietnam", "Vietnam", "Vietnam", "Viêt Nam", "Vietnã", "Vietnam", "Vietnam",
           "Wietnam", "В'єтнам", "ベトナム", "베트남", "Vietnam", "Vietnam", "Vietnam", "Vietnám",
           "越南", "越南", "Вьетнам", "Vietnam", "Βιετνάμ", "Việt Nam"),
}  # fmt: skip
_ORDER = ("en", "de", "es", "fr", "pt", "it", "nl", "pl", "uk", "ja", "ko", "tr", "id", "cs", "hu",
          "zh-Hant", "zh-Hans", "ru", "ms", "el", "vi")  # fmt: skip
_ALIASES = {"UK": "GB"}
_COLUMNS = {"zh-HK": "zh-Hant"}  # a variant that names countries as another does


def place_names(places: Sequence[str], language: str) -> list[str]:
    """The user's places as a sentence in `language` names them: a country's code as
    the country, a bloc in the language's word for it; anything else as written."""
    table = LANGUAGES[language].places if language in LANGUAGES else {}
    blocs = {name.casefold(): said for name, said in table.items()}
    named = []
    for place in places:
        code = _ALIASES.get(place.upper(), place.upper())
        if len(place) == 2 and code in _COUNTRIES:
            column = language if language in _ORDER else _COLUMNS.get(language, language[:2])
            named.append(_COUNTRIES[code][_ORDER.index(column)])
        else:
            named.append(blocs.get(place.casefold(), place))
    return named
