"""Asks for help in the user's own messages: "we're looking for a freelance ...",
"know anyone who could ...", "do you know a good ... contractor?", "can you help us with
...", "would you have time to help us", an agency's "I have a ... contract with a client",
"do you have capacity for a translation", in English, German, Spanish, French, Portuguese,
Italian, Dutch, Polish, Ukrainian, Russian, Greek, Indonesian (Malay alike), Czech,
Hungarian, Japanese, Chinese (Cantonese too) and Bengali. Time or capacity is an ask only
for help or a named piece of work (`_WORK`): "time for a coffee" is not, and neither is
anyone offering their own work.

A message from someone in the user's network that asks for work becomes a lead of
source `network-message`. Only the matching sentence, the sender and the date are kept:
`ask_posting` builds that posting and nothing else of the message survives. Whether the
sender is in the network is the warehouse's call (`warehouse.network.paths`), by the
`sender` key this module computes: a LinkedIn profile slug, or a hash of an e-mail
address (the address itself never leaves the network tables).
"""

from __future__ import annotations

import hashlib
import re
from datetime import datetime

from extractors._contract import Posting, Provenance
from extractors._language import RUSSIAN_LETTERS, UKRAINIAN_LETTERS

SOURCE = "network-message"
ATTRIBUTION = "Asks from your own network (your messages): only the asking sentence is kept."
PROVENANCE: Provenance = "community"
SUMMARY = True  # a short text by nature: its length is no evidence
MAX_SENTENCE = 300  # characters of the matching sentence that are kept
_TITLE = 120  # characters of it a title keeps

# a sentence ends at . ! ? (the Bengali dari, Japanese 。！？), or at a line break
_SENTENCE = re.compile(r"[^.!?।。！？\n]+[.!?।。！？]*")
_WRAPPED = re.compile(r"(?<=\S)[ \t]*\n(?=[ \t]*\S)")  # a line break inside a paragraph
# "freelance work/projects/gigs/clients" is someone offering themselves, not an ask
_NOT_ASK = r"(?!\s+(?:work|projects?|gigs?|clients?|opportunit\w*|roles?)\b)"
_ROLE = (
    r"(?:freelancer?|contractor|consultant|developer|engineer|sre|designer|expert|analyst"
    r"|translator|interpreter|proofreader|editor|copywriter|writer|illustrator|photographer"
    r"|videographer|tutor|bookkeeper|accountant|voice[\s-]?over\s+artist)"
)
# the work a client asks for by name ("a small proofreading job", "a 10k-word
# translation", "ein Übersetzungsprojekt"): what makes "time for ..." an ask, not a coffee
_WORK = (
    r"(?:project|job|gig|contract|assignment|translation|proofread\w*|copy-?edit\w*|edit"
    r"|localization|localisation|subtitl\w*|transcription|review|audit|freelance)"
)
_WORK_DE = (
    r"\w*(?:projekt|auftrag|job|übersetzung|lektorat|korrektorat|korrektur|lokalisierung"
    r"|untertitel|transkription|texte)\w*"
)
# a trade in Chinese ("設計師", "工程师", "翻譯", "接案"), or 人 for someone to do the work
_ROLE_ZH = (
    r"(?:設計師|设计师|工程師|工程师|開發|开发|程式|程序员|翻譯|翻译|譯者|译者|顧問|顾问"
    r"|自由工作者|自由職業|自由职业|接案|外包|寫手|写手|文案|編輯|编辑|攝影師|摄影师|會計|会计"
    r"|插畫|插画|人)"
)
# a trade in Indonesian or Malay ("desainer", "pereka", "penterjemah"), or someone
_ROLE_ID = (
    r"(?:freelancer|desainer|penerjemah|penterjemah|pengembang|developer|programmer|konsultan"
    r"|penulis|copywriter|editor|fotografer|jurugambar|ilustrator|akuntan|akauntan|pereka"
    r"|seseorang|orang)"
)
# a trade in Russian ("дизайнера", "переводчика", "бэкенд-разработчика"), or someone
_ROLE_RU = (
    r"(?:фрилансер|разработчик|программист|дизайнер|переводчик|консультант|инженер|копирайтер"
    r"|редактор|бухгалтер|юрист|специалист|верстальщик|маркетолог|иллюстратор|фотограф"
    r"|исполнител|подрядчик|бэкенд|фронтенд|кого-то|кого-нибудь|человека)"
)
# a trade in Ukrainian, as an ask names whom it seeks ("дизайнера", "перекладача", "юриста")
_ROLE_UK = (
    r"(?:фрилансер|розробник|програміст|дизайнер|перекладач|консультант|інженер|копірайтер"
    r"|редактор|бухгалтер|юрист|фахів|спеціаліст|верстальник|маркетолог|ілюстратор|фотограф"
    r"|виконав|підрядник)"
)
# a trade in Greek ("μεταφραστή", "γραφίστα", "προγραμματιστή"), with or without accents
_ROLE_EL = (
    r"(?:freelancer|developer|designer|copywriter|μεταφραστ|γραφίστ|γραφιστ|προγραμματιστ"
    r"|σχεδιαστ|σύμβουλ|συμβουλ|λογιστ|φωτογράφ|φωτογραφ|επιμελητ|μηχανικ|συνεργάτ|συνεργατ"
    r"|εικονογράφ|εικονογραφ)"
)
_ASKS = {
    "en": [
        rf"\b(?:we|i)(?:'re|’re| are|'m|’m| am)\s+(?:\w+\s+)?looking\s+for\s+(?:a|an|some)\s+"
        rf"(?:[\w-]+\s+){{0,3}}?{_ROLE}\b{_NOT_ASK}",
        r"\b(?:know|knows)\s+(?:of\s+)?(?:anyone|anybody|someone|somebody)\s+(?:who|that)\s+"
        r"(?:could|can|might|would)\b",
        # "do you know a good Terraform contractor?", "can anyone recommend a freelance SRE"
        r"\b(?:do|does|would)\s+(?:you|anyone|anybody)\s+(?:happen\s+to\s+)?know\s+(?:of\s+)?"
        rf"(?:a|an|any)\s+(?:[\w-]+\s+){{0,3}}?{_ROLE}s?\b{_NOT_ASK}",
        r"\b(?:can|could|would)\s+(?:you|anyone|anybody)\s+recommend\s+(?:a|an|any)\s+"
        rf"(?:[\w-]+\s+){{0,3}}?{_ROLE}s?\b{_NOT_ASK}",
        # an agency's offer: "I have an Outside IR35 Platform Engineer contract with a
        # Manchester client", "we're recruiting for a DevOps contract" (not "a new role at",
        # nor a business's "we have a contract with a client": the work is named)
        r"\b(?:i|we)(?:'ve|’ve| have)\s+(?:got\s+)?(?:a|an)\s+(?:\S+\s+){1,6}?(?:contract|role"
        r"|position|opportunity|assignment|vacancy)\s+(?:with|for|at)\s+(?:a|an|one\s+of\s+"
        r"(?:my|our)|my|our)\s+(?:[\w-]+\s+){0,2}?clients?\b",
        r"\b(?:i|we)(?:'re|’re|'m|’m| are| am)\s+(?:currently\s+)?recruiting\s+for\s+(?:a|an)\s+"
        rf"(?:[\w-]+\s+){{0,3}}?(?:{_ROLE}|{_WORK})\b",
        r"\b(?:can|could|would)\s+you\s+(?:\w+\s+)?help\s+(?:us|me)\s+(?:with|on|out|to\s+\w+"
        r"|translate|write|edit|proofread|localize|localise|review|build|design|set\s+up)\b",
        # "would you have time to help us", "do you have capacity for a small job"
        r"\b(?:do|would)\s+you\s+have\s+(?:the\s+|any\s+|some\s+)?"
        r"(?:time|capacity|bandwidth|availability|room)\s+(?:to\s+help\b"
        rf"|(?:for|to\s+take\s+on)\s+(?:a|an|some|another|one)?\s*(?:[\w-]+\s+){{0,3}}?{_WORK}\b)",
        rf"\b(?:are|would)\s+you\s+(?:be\s+)?(?:available|free|up)\s+for\s+(?:a|an|some|another)\s+"
        rf"(?:[\w-]+\s+){{0,3}}?{_WORK}\b",
        r"\bwould\s+you\s+be\s+interested\s+in\s+(?:helping|working\s+on|taking\s+on|translating"
        r"|locali[sz]ing|proofreading|editing|writing|reviewing|a\s+(?:[\w-]+\s+){0,3}?"
        rf"{_WORK}\b)",
        rf"\bwe\s+(?:need|are\s+in\s+need\s+of)\s+(?:a|an|some)\s+(?:[\w-]+\s+){{0,2}}?{_ROLE}\b",
    ],
    "de": [
        r"\bwir\s+suchen\s+(?:[\w-]+\s+){0,2}?(?:einen?\s+|eine\s+)?(?:[\w-]+\s+)?"
        r"(?:freelancer|freiberufler|entwickler|berater|designer|experten|jemanden|unterstützung"
        r"|übersetzer|dolmetscher|lektor|texter|redakteur|fotograf|illustrator|grafiker)",
        r"\bkenn(?:st\s+du|en\s+sie|t\s+ihr)\s+(?:jemanden|wen|einen|eine)\b",
        r"\b(?:kannst\s+du|könntest\s+du|können\s+sie|könnten\s+sie)\s+uns\s+(?:[\w-]+\s+){0,4}helfen",
        # "hättest du Zeit, uns ... zu helfen", "hätten Sie Kapazität für ein Übersetzungsprojekt"
        r"\b(?:hast\s+du|hättest\s+du|haben\s+sie|hätten\s+sie)\s+(?:[\w-]+\s+){0,2}?"
        r"(?:zeit|kapazität\w*|luft|lust)\s*,?\s+(?:uns\s+(?:[\w-]+\s+){0,6}?zu\s+(?:helfen|unterstützen)"
        rf"|(?:für|auf)\s+(?:ein|eine|einen|das|die|den|unser\w*)?\s*(?:[\w-]+\s+){{0,2}}?"
        rf"{_WORK_DE}\b)",
        # "könntest du dir vorstellen, unsere Website zu übersetzen" (not: "nach Hamburg zu ziehen")
        r"\b(?:kannst\s+du\s+dir|könntest\s+du\s+dir|können\s+sie\s+sich|könnten\s+sie\s+sich)"
        r"\s+vorstellen\s*,?\s+(?:[\w-]+\s+){0,6}?(?:für\s+uns\b|zu\s+(?:übersetzen|übernehmen|helfen"
        r"|unterstützen|lektorieren|überarbeiten|betreuen|gestalten|entwickeln)\b)",
    ],
    "es": [
        # Rioplatense voseo too: "¿conocés a alguien...?", "¿podés ayudarnos?"
        r"\b(?:estamos\s+buscando|buscamos|necesitamos)\s+(?:a\s+)?(?:un|una|alguien)\s+"
        r"(?:\w+\s+){0,2}?(?:freelancer?|autónom[oa]|desarrollador|consultor|diseñador"
        r"|ingenier[oa]|traductor|redactor|contractor|programador|que)",
        r"\bcono(?:ce(?:s|n)?|cés)\s+a\s+(?:alguien|algún|alguna)\b",
        r"\b(?:puedes|podés|podrías|podría|puede)\s+ayudarnos\b",
        r"\b(?:tiempo|disponibilidad)\s+para\s+ayudarnos\b",
    ],
    "fr": [
        r"\b(?:nous\s+(?:re)?cherchons|on\s+(?:re)?cherche)\s+(?:[\w()'’-]+\s+){0,3}?"
        r"(?:freelance|ind[ée]pendant|traduct|d[ée]velopp|designer|graphiste|consultant"
        r"|r[ée]dact|prestataire|expert|ing[ée]nieur|quelqu['’]un)",
        r"\b(?:tu\s+connais|vous\s+connaissez|connais-tu|connaissez-vous)\s+"
        r"(?:quelqu['’]un|un|une|des)\b",
        r"\b(?:tu\s+(?:peux|pourrais)|vous\s+(?:pouvez|pourriez)|pourrais-tu|peux-tu"
        r"|pourriez-vous|pouvez-vous)\s+nous\s+aider\b",
        r"\b(?:le\s+)?temps\s+de\s+nous\s+aider\b",
    ],
    "pt": [
        r"\b(?:estamos\s+(?:à|a)\s+procura\s+de|procuramos|estamos\s+procurando)\s+"
        r"(?:[\w-]+\s+){0,3}?(?:freelancer?|tradutor|designer|programador|desenvolvedor"
        r"|consultor|profissional|alguém)",
        r"\bconhece(?:s|m)?\s+(?:alguém|algum|alguma)\b",
        # "alguém conhece um ...", "alguém indica uma designer?", as a group asks
        r"\balguém\s+(?:conhece|indica|recomenda)\s+(?:um|uma|algum|alguma|alguém)\b",
        r"\b(?:podes|pode|poderias|poderia|podem)\s+(?:ajudar-nos|nos\s+ajudar)\b"
        r"|\bnos\s+(?:pode|poderia|podes|poderias)\s+ajudar\b",
    ],
    "it": [
        r"\b(?:stiamo\s+cercando|cerchiamo)\s+(?:[\w'’-]+\s+){0,3}?"
        r"(?:freelance|tradutt|sviluppat|designer|consulente|grafic|qualcuno)",
        r"\bconosc(?:i|e|ete)\s+(?:qualcuno|un|una|uno)\b",
        r"\b(?:puoi|potresti|può|potrebbe|potete|potreste)\s+aiutarci\b",
    ],
    "nl": [
        r"\b(?:wij|we)\s+(?:zoeken|zijn\s+op\s+zoek\s+naar)\s+(?:[\w-]+\s+){0,3}?"
        r"(?:freelancer|freelance|vertaler|ontwikkelaar|developer|designer|consultant|iemand)",
        r"\b(?:ken\s+(?:je|jij)|kent\s+u|kennen\s+jullie)\s+(?:iemand|een)\b",
        r"\b(?:kun|kan|zou)\s+(?:je|jij)\s+ons\s+(?:[\w-]+\s+){0,4}?helpen\b"
        r"|\b(?:kunt|zou)\s+u\s+ons\s+(?:[\w-]+\s+){0,4}?helpen\b",
    ],
    # "szukamy freelancera", "znasz kogoś, kto", "czy mógłbyś nam pomóc"; not "szukam
    # zleceń" (someone offering their own work)
    "pl": [
        r"\b(?:szukamy|poszukujemy|potrzebujemy|szukam|poszukuję|potrzebuję)\s+(?:(?!jako\b)[\w-]+\s+){0,3}?"
        r"(?:freelancer\w*|programist\w*|developer\w*|grafik\w*|projektant\w*|tłumacz\w*"
        r"|konsultant\w*|specjalist\w*|inżynier\w*|engineer\w*|copywriter\w*|redaktor\w*|księgow\w*"
        r"|kogoś|osoby|pomocy|wsparcia)",
        r"\b(?:znasz|zna\s+(?:pan|pani)|znacie)\s+(?:może\s+)?(?:kogoś|jakiegoś|jakąś)\b",
        r"\b(?:możesz|mógłbyś|mogłabyś|może\s+(?:pan|pani)|mógłby\s+pan|mogłaby\s+pani"
        r"|moglibyście|możecie)\s+(?:nam|mi)\s+(?:[\w-]+\s+){0,2}?pomóc\b",
        r"\b(?:masz|miałbyś|miałabyś)\s+(?:może\s+)?(?:czas|moce\s+przerobowe)\s+na\s+"
        r"(?:[\w-]+\s+){0,2}?(?:zleceni\w*|projekt\w*|tłumaczeni\w*|korekt\w*)",
    ],
    # "шукаємо фрилансера", "знаєш/знаєте когось", "чи можете нам допомогти", "нам потрібен"
    "uk": [
        r"(?<!\w)(?:шукаємо|шукаю|нам\s+потрібн\w*|потрібен|потрібна)\s+(?:[\w'’-]+\s+){0,3}?"
        r"(?:фрилансер\w*|розробник\w*|дизайнер\w*|перекладач\w*|консультант\w*|інженер\w*"
        r"|копірайтер\w*|редактор\w*|бухгалтер\w*|фахів\w*|спеціаліст\w*|когось|людину)",
        r"(?<!\w)(?:знаєш|знаєте)\s+(?:[\w'’-]+\s+){0,1}?(?:когось|якогось|яку(?:сь)?)(?!\w)",
        r"(?<!\w)(?:можеш|можете|міг\s+би|могла\s+б|могли\s+б)\s+(?:б\s+)?(?:Ви\s+|ти\s+)?"
        r"(?:нам|мені)\s+(?:[\w'’-]+\s+){0,1}?допомогти(?!\w)",
        # "можеш порадити дизайнера", "порадьте юриста", "порекомендуй, будь ласка,
        # перекладача"; not "порекомендуй мене як дизайнера" (someone seeking work)
        r"(?<!\w)(?:порад(?:ь|ьте|ити)|порекоменд(?:уй|уйте|увати))[\s,]+"
        r"(?:(?!мене|нас|себе)[\w'’-]+[\s,]+){0,3}?"
        rf"(?:{_ROLE_UK}|когось|людину)",
    ],
    # Russian (after Ukrainian, which writes some of its words alike): "ищем дизайнера",
    # "можешь порекомендовать переводчика", "порекомендуйте, пожалуйста, юриста", "подкинь
    # контакт разработчика", "не знаешь, кто может сверстать", "можете нам помочь"; not
    # "порекомендуй меня" (nor Ukrainian's "мене") nor "не знаешь, кто ищет дизайнера"
    # (someone seeking work); "посоветуй" as "порекомендуй"
    "ru": [
        r"(?<!\w)(?:ищем|нам\s+нужн\w*|нужен|нужна|требуется)\s+(?:[\w-]+\s+){0,3}?"
        rf"{_ROLE_RU}",
        r"(?<!\w)(?:(?:по)?рекоменд(?:уй|уйте|овать)|посовет(?:уй|уйте|овать))[\s,]+"
        r"(?:(?!меня|мене|нас|себя|себе)[\w-]+[\s,]+){0,3}?"
        rf"{_ROLE_RU}",
        rf"(?<!\w)подкинь(?:те)?\s+(?:[\w-]+\s+)?контакт\w*\s+(?:[\w-]+\s+){{0,2}}?{_ROLE_RU}",
        r"(?<!\w)зна(?:ешь|ете)\s*,?\s+(?:кого-(?:то|нибудь)\s*,?\s+)?кто\s+(?:бы\s+)?"
        r"(?:мож|мог|смож|возьм|умеет|делает|сделает)\w*",
        r"(?<!\w)зна(?:ешь|ете)\s+(?:хорош|толков|надёжн|надежн|как)\w*(?:-нибудь|-то)?\s+"
        rf"{_ROLE_RU}",
        r"(?<!\w)(?:можешь|можете|мог\s+бы|могла\s+бы|могли\s+бы)\s+(?:(?:ты|вы)\s+)?"
        r"(?:нам\s+помочь|помочь\s+нам)(?!\w)",
    ],
    # Greek: "ψάχνουμε μεταφραστή", "ξέρεις κάποιον γραφίστα", "γνωρίζετε κάποιον που θα
    # μπορούσε", "μπορείτε να μας βοηθήσετε"; not "ψάχνω έργα" (someone seeking work) nor
    # "ξέρεις κάποιον που ψάχνει μεταφραστή"
    "el": [
        r"(?<!\w)(?:ψάχνουμε|ψαχνουμε|αναζητούμε|αναζητουμε|χρειαζόμαστε|χρειαζομαστε)\s+"
        rf"(?:[\w-]+\s+){{0,3}}?(?:{_ROLE_EL}|κάποιον|καποιον|κάποια|καποια|άτομο|ατομο)",
        r"(?<!\w)(?:ξέρεις|ξερεις|ξέρετε|ξερετε|γνωρίζεις|γνωριζεις|γνωρίζετε|γνωριζετε)\s+"
        r"(?:μήπως\s+|μηπως\s+)?(?:κάποιον|καποιον|κάποια|καποια|κανέναν|κανεναν|καμία|καμια"
        r"|έναν|εναν|μια|μία)\s+(?:(?:που|πού)\s+(?:θα\s+)?(?:μπορ|ξέρει|ξερει|κάνει|κανει"
        rf"|αναλαμβάνει|αναλαμβανει)|(?:(?!που\b)[\w-]+\s+){{0,2}}?{_ROLE_EL})",
        r"(?<!\w)(?:μπορείς|μπορεις|μπορείτε|μπορειτε|θα\s+μπορούσες|θα\s+μπορουσες"
        r"|θα\s+μπορούσατε|θα\s+μπορουσατε)\s+να\s+μας\s+(?:βοηθήσ|βοηθησ|προτείν|προτειν)\w*",
    ],
    # "kami sedang mencari desainer", "apakah Anda kenal seseorang", "bisakah Anda membantu
    # kami" (Malay's "mencari", "kenal sesiapa" alike); not "mencari proyek baru", someone
    # offering their own work
    "id": [
        r"\b(?:kami|saya)\s+(?:sedang\s+|lagi\s+)?(?:mencari|cari|butuh|membutuhkan|perlu)\s+"
        rf"(?:(?!proyek|pekerjaan|kerja|klien)[\w/-]+\s+){{0,2}}?{_ROLE_ID}\b",
        # Malay "tolong carikan penterjemah" (find us one); not "carikan projek untuk saya"
        r"\bcarikan\s+(?:(?!projek|proyek|pekerjaan|kerja|klien|job)[\w/-]+\s+){0,2}?"
        rf"{_ROLE_ID}\b",
        # Malay "boleh awak kenalkan saya dengan pereka grafik"; not "kenalkan saya kepada
        # syarikat yang mencari pekerja", someone seeking work
        r"\b(?:kenalkan|perkenalkan)\s+(?:saya|kami)\s+(?:dengan|kepada|pada)\s+"
        rf"(?:(?!syarikat|perusahaan|majikan|klien)[\w/-]+\s+){{0,2}}?{_ROLE_ID}\b",
        r"\b(?:kenal|tahu)\s+(?:seseorang|seorang|orang|sesiapa|siapa)\b"
        r"|\bada\s+yang\s+(?:kamu\s+|anda\s+)?kenal\b",
        r"\b(?:bisakah|bisa|dapatkah|boleh(?:kah)?)\s+(?:kamu|anda|awak|mas|mbak|pak|bu)\s+"
        r"(?:membantu|bantu|tolong)\b|\b(?:kamu|anda)\s+bisa\s+(?:membantu|bantu)\b",
    ],
    # "hledáme kodéra", "nevíš o někom", "neznáte nějakého překladatele", "mohla bys nám
    # pomoct"; not "hledám zakázky jako grafik"
    "cs": [
        r"\b(?:hledáme|sháníme|hledám|sháním|potřebujeme)\s+(?:(?!jako\b|zakáz|prác)[\w-]+\s+){0,3}?"
        r"(?:freelancer\w*|vývojář\w*|programátor\w*|kodér\w*|designér\w*|grafik\w*"
        r"|překladatel\w*|konzultant\w*|copywriter\w*|textař\w*|redaktor\w*|korektor\w*"
        r"|účetní|specialist\w*|inženýr\w*|engineer\w*|developer\w*|někoho|pomoc)",
        r"\b(?:nevíš|nevíte|víš|víte)\s+o\s+někom\b"
        r"|\b(?:znáš|znáte|neznáš|neznáte)\s+(?:náhodou\s+)?(?:někoho|nějakého|nějakou)\b",
        r"\b(?:můžeš|můžete|mohl\s+bys|mohla\s+bys|mohli\s+byste|mohl\s+byste|mohla\s+byste)"
        r"\s+(?:nám|mi)\s+(?:[\w-]+\s+){0,2}?(?:pomoct|pomoci|pomáhat)\b",
    ],
    # "szabadúszó grafikust keresünk" (the role first, as Hungarian writes it, or after),
    # "ismersz egy jó fordítót", "tudnál nekünk segíteni"; not "munkát keresek"
    "hu": [
        r"\b(?:freelancer|szabadúszó|fejlesztő|grafikus|fordító|tervező|programozó|szakember"
        r"|szövegíró|tanácsadó|könyvelő|fotós|illusztrátor|designer|mérnök|mérnökö|lektor)t\s+"
        r"(?:[\w-]+\s+){0,2}?keres(?:ünk|ek|nénk)\b",
        r"\bkeres(?:ünk|ek|nénk)\s+(?:egy\s+)?(?:[\w-]+\s+){0,3}?(?:freelancer|szabadúszó"
        r"|fejlesztő|grafikus|fordító|tervező|programozó|szakember|szövegíró|tanácsadó|könyvelő"
        r"|fotós|illusztrátor|designer|mérnökö|lektor|valaki)t\b",
        r"\bismer(?:sz|tek|nek|ne|nél|nétek)\s+(?:véletlenül\s+)?(?:valakit|egy|olyan)\b",
        r"\btud(?:sz|tok|na|nál|nátok|nának|nál\s+nekünk|na\s+nekünk)\s+(?:nekünk\s+)?segíteni\b",
    ],
    # Vietnamese: "bạn có biết ai làm thiết kế không", "anh/chị có quen ai nhận dịch",
    # "giới thiệu giúp em một bạn kế toán", "bên mình đang cần tìm một bạn dev"; not "mình
    # đang tìm việc" (someone seeking work) nor "bạn biết chỗ nào tuyển không"
    "vi": [
        r"(?<!\w)(?:biết|quen)\s+(?:ai|người\s+nào|bạn\s+nào)(?:\s+(?:đó|không))?\s+"
        r"(?:làm|nhận|chuyên|có\s+thể|biết|giỏi|rành)(?!\w)",
        r"(?<!\w)giới\s+thiệu\s+(?:giúp|cho|hộ)\s+(?:\w+\s+){0,2}?(?:một|1|vài)?\s*"
        r"(?:bạn|người|ai)(?!\w)",
        r"(?<!\w)(?:cần\s+tìm|đang\s+tìm|cần\s+thuê|muốn\s+thuê|đang\s+cần)\s+(?:gấp\s+)?"
        r"(?:một|1|vài)\s+(?:bạn|người|freelancer|dev|designer|lập\s+trình\s+viên|kế\s+toán"
        r"|phiên\s+dịch|biên\s+dịch|thiết\s+kế)(?!\w)",
    ],
    # Japanese: "エンジニアを探しています", "どなたかご存じないでしょうか",
    # "手伝っていただけませんか"; not "(仕事を)探しています" of someone seeking work
    "ja": [
        r"(?:フリーランス|エンジニア|デザイナー|翻訳者|ライター|コンサルタント|開発者|人材|方)"
        r"(?:の方)?を(?:探して|募集して)",
        r"(?:どなたか|誰か|だれか|知り合い)[^。？！]{0,20}(?:ご存[じ知]|知りませんか|知らない|心当たり|紹介)",
        r"(?:手伝って|お手伝い|協力して|ご協力|お願いでき|お願いし)[^。？！]{0,8}"
        r"(?:いただけ|もらえ|頂け|くれ)(?:ません|ない)",
    ],
    # Chinese, Traditional or Simplified: "我們在找一位接案設計師", "請推薦一位翻譯",
    # "你認識會做網站的人嗎", "可以幫我引薦一位工程師嗎"; not "我在找工作" nor "幫忙內推"
    # (someone seeking a job), nor a recommendation that names no one to find
    "zh": [
        r"(?:我們|我们|我|公司|團隊|团队)(?:正在|在|想|需要)?(?:找|尋找|寻找|徵|征|招)"
        r"(?!到|工作|新工作|實習|实习|機會|机会)(?:一位|一個|一个|位|個|个|幾位|几位)?"
        rf"[^。！？，,\n]{{0,12}}?{_ROLE_ZH}",
        r"(?:請|请|麻煩|麻烦)(?:你|您|妳)?(?:幫忙|帮忙|幫我|帮我)?(?:推薦|推荐)"
        rf"[^。！？，,\n]{{0,14}}?{_ROLE_ZH}",
        r"(?:你|您|妳|有人)(?:有)?(?:認識|认识|知道)[^。！？，,\n]{0,14}?(?:的人|人選|人选"
        r"|師|师|者)[^。！？，,\n]{0,4}?(?:嗎|吗|[？?])",
        r"(?:幫我|帮我|幫忙|帮忙)(?:引薦|引荐|介紹|介绍)(?:一位|一個|一个|個|个|幾位|几位)"
        rf"[^。！？，,\n]{{0,12}}?{_ROLE_ZH}",
        # Cantonese: "幫我搵下有冇人識做翻譯", "有冇人識做網站"; not "幫我搵份工" nor
        # "識唔識人請緊" (someone seeking a job: who is hiring)
        r"(?:幫我|帮我|幫手|帮手)搵(?:下|吓|個|个|位)?(?![^。！？，,\n]{0,12}?(?:請|请|份工|工作))"
        rf"[^。！？，,\n]{{0,12}}?{_ROLE_ZH}",
        r"(?:識唔識|识唔识|有冇)(?:人|邊個|边个)(?:識|识|會|会|可以|肯)(?:做|接|幫|帮)",
    ],
    # Bengali: "we are looking for a ... freelancer", "do you know anyone", "can you help us"
    "bn": [
        r"আমরা\s+(?:\S+\s+){0,3}?(?:ফ্রিল্যান্সার|ডেভেলপার|ইঞ্জিনিয়ার|ডিজাইনার|কনসালট্যান্ট|কাউকে)"
        r"\S*\s+(?:\S+\s+){0,2}খুঁজছি",
        r"(?:কাউকে|কারো)\s+(?:\S+\s+){0,2}চেন(?:েন|ো|ে)?",
        r"আমাদের\s+(?:\S+\s+){0,4}সাহায্য\s+করতে\s+পার(?:বেন|বে|বি|েন)",
    ],
}  # by the language they are written in: a reply is written in it too
_BY_LANGUAGE = {
    language: re.compile("|".join(f"(?:{p})" for p in patterns), re.IGNORECASE)
    for language, patterns in _ASKS.items()
}
_ASK = re.compile("|".join(f"(?:{p.pattern})" for p in _BY_LANGUAGE.values()), re.IGNORECASE)


def ask_sentence(text: str) -> str | None:
    """The first sentence of a message that asks for help, or None. Lines wrapped
    inside a paragraph (plain-text e-mail) are joined first."""
    for found in _SENTENCE.finditer(_WRAPPED.sub(" ", text)):
        sentence = " ".join(found.group().split())
        if _ASK.search(sentence):
            return sentence[:MAX_SENTENCE]
    return None


def ask_language(sentence: str) -> str | None:
    """The language an ask is written in ("en", "de", "es", "fr", "pt", "it", "nl", "pl",
    "uk", "ru", "el", "id", "cs", "hu", "vi", "ja", "zh", "bn"), by the words that ask; None for
    no ask."""
    language = next((lang for lang, ask in _BY_LANGUAGE.items() if ask.search(sentence)), None)
    if language == "uk" and _BY_LANGUAGE["ru"].search(sentence):
        return _ukrainian_or_russian(sentence.casefold())
    return language


# "please" in each: a Cyrillic ask's words that tell them apart where its letters do not
_UKRAINIAN_PLEASE = re.compile(r"(?<!\w)будь\s+ласка(?!\w)")
_RUSSIAN_PLEASE = re.compile(r"(?<!\w)пожалуйста(?!\w)")


def _ukrainian_or_russian(low: str) -> str:
    """An ask both languages' words read ("порекомендуйте бухгалтера"): Ukrainian by
    the letters only it writes (і, ї, є, ґ) or its "будь ласка", Russian by its own (ы, э,
    ё) or "пожалуйста", and Russian where nothing tells, as before Ukrainian was read."""
    ukrainian = len(UKRAINIAN_LETTERS.findall(low)) + 2 * bool(_UKRAINIAN_PLEASE.search(low))
    russian = len(RUSSIAN_LETTERS.findall(low)) + 2 * bool(_RUSSIAN_PLEASE.search(low))
    return "uk" if ukrainian > russian else "ru"


def email_sender(address: str) -> str:
    """The sender key of an e-mail address: its sha256, lower-cased, never the address."""
    digest = hashlib.sha256(address.strip().lower().encode()).hexdigest()
    return f"email-sha256:{digest}"


def linkedin_sender(slug: str) -> str:
    return f"linkedin:{slug.lower()}"


def ask_posting(
    *,
    sentence: str,
    sender: str,
    name: str | None,
    sent_at: datetime,
    url: str,
    answered_at: datetime | None = None,
) -> Posting:
    """The lead an ask becomes: the sentence, who asked (the referral path) and when; and
    when the user answered it, where the thread shows (a draft then follows that up)."""
    digest = hashlib.sha1(f"{sender}|{sent_at.isoformat()}|{sentence}".encode()).hexdigest()  # noqa: S324
    extra = {"sender": sender}
    if answered_at is not None:
        extra["answered_at"] = answered_at.isoformat()
    return Posting(
        source=SOURCE,
        source_id=digest[:20],
        url=url,
        title=headline(sentence),
        poster=name,
        text=sentence,
        posted_at=sent_at,
        kind="demand",
        extra=extra,
    )


def headline(sentence: str, limit: int = _TITLE) -> str:
    """An ask as a title: whole where it fits, else cut at its last clause ("...,
    ...", Japanese "…、…") past half the limit, or its last word, with an ellipsis;
    never mid-word."""
    if len(sentence) <= limit:
        return sentence
    head = sentence[: limit - 1]
    clause = max(head.rfind(sep) for sep in (", ", "; ", " - ", " – ", ": ", "、"))
    cut = clause if clause >= limit // 2 else head.rfind(" ")
    return (head[:cut] if cut > 0 else head).rstrip(" ,;:–-") + "…"
