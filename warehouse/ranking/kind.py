"""Demand (someone has work to give) or supply (someone offers to do it).

Supply posts are competitors, not leads, so the conventions that say it come first:
HN's `SEEKING WORK` / `SEEKING FREELANCER`, Reddit's `[For Hire]` / `[Hiring]`; then the
self-ad form of "Who wants to be hired?" (Location: / Remote: / Willing to relocate: /
Technologies: / Résumé:); then looser phrases ("we're hiring", "join our team",
"available for freelance", "taking on new clients", "open for commissions", "offering
my services", "nous recherchons", "je propose mes services", "anyone know a good WordPress
freelancer?"),
where a hashtag reads as its word ("available for #freelance work"); last the
hashtags alone (#hiring; #ForHire, #OpenToWork, #GetFediHired), as both sides use
them: seekers tag #hiring, employers #GetFediHired. A consultant broker's assignment
("Konsultuppdrag: ...", "Opdracht: ...", "Mission freelance : ...") is demand where no
phrase says either, before the hashtags. The title is read before the
body, and within a text the earliest phrase wins.
"""

from __future__ import annotations

import re
from functools import lru_cache

from extractors._contract import Kind
from warehouse.ranking._text import Phrases, lowered, may_hold

_ROLE = (
    r"(?:developers?|engineers?|designers?|freelancers?|contractors?|consultants?"
    r"|programmers?|devs?|writers?|editors?|marketers?|experts?|specialists?|managers?|help)"
)
_WORDS_BEFORE = r"(?:[\w+#./-]+\s+)"
_A_ROLE = rf"(?:an?\s+)?{_WORDS_BEFORE}{{0,3}}?{_ROLE}(?!\s+(?:role|position|job|opportunit))"
# "freelance or part-time work", "#freelance gigs": a hashtag reads as its word
_WORK = (
    r"(?:an?\s+)?(?:(?:new|more|#?freelance|contract|remote|part[\s-]?time|full[\s-]?time)"
    r"(?:\s+or|\s*/|,)?\s+)*"
    r"(?:work|gigs?|projects?|clients?|commissions|opportunities|roles?|positions?|contracts"
    r"|engagements)"
)
_I_AM = r"i(?:'m|’m|\s+am)\s+(?:currently\s+|now\s+)?"
# a candidate's own words: what they are and for how long, what they look for
_CANDIDATE = (
    rf"{_I_AM}an?\s+{_WORDS_BEFORE}{{0,3}}?{_ROLE}\s+with\s+(?:over\s+)?\d+\+?\s+years "
    rf"{_I_AM}(?:looking|searching)\s+for\s+(?:an?\s+)?(?:new\s+)?(?:job|opportunit\w*) "
    r"consider\s+my\s+(?:profile|application|r[ée]sum[ée]|cv)"
)
_TAKING = rf"(?:taking\s+on|accepting)\s+{_WORK}"  # "I'm taking on new #freelance clients"
# and with no one before it, as a freelancer's post opens ("Taking on new clients for
# Q1"); "we're taking on new clients", "our studio is ..." say an agency's, hiring or not
_TAKING_ALONE = (
    r"taking(?<!are\staking)(?<!'re\staking)(?<!’re\staking)(?<!is\staking)(?<!been\staking)"
    rf"\s+on\s+{_WORK}"
)
# a vendor's pitch in a hiring thread: "I help teams audit ...", "done-for-you
# automations", "Free 20-min clarity call" ("we help companies" is how employers say
# what they do, so only the first person; a recruiter helps companies hire)
_PITCH = (
    r"i\s+help\s+(?:\w+\s+){0,2}?(?:teams|companies|startups|businesses|founders|brands)\b"
    r"(?!\s+(?:to\s+)?(?:hire|find|recruit|staff)) "
    r"done[\s-]for[\s-]you "
    r"free\s+(?:\d+[\s-]?min(?:ute)?s?\s+)?(?:discovery|clarity|intro|consultation|strategy)\s+call"
)
# a seeker offering their own work: "offering my services", "open for commissions",
# "open to new clients", "open to freelance work" (not its "arrangements", an employer's),
# "looking for my next gig"; in French "je propose mes services",
# "disponible pour vos missions", Québec's "pour de nouveaux mandats" ("disponible pour
# un démarrage ASAP" asks it of you)
_OFFERING = (
    r"offering\W+my\W+services propose\W+mes\W+services "
    r"disponible\W+pour\W+(?:vos|de\W+nouvelles|de\W+nouveaux)\W+(?:missions|projets|mandats) "
    r"open\W+(?:to|for)\W+(?:new\W+)?(?:#?freelance\W+)?(?:projects|clients|commissions"
    r"|gigs|work(?!\W+arrangements?))(?!\w) "
    r"looking\W+for\W+my\W+next\W+(?:gig|role|job|position|project|opportunity|contract)"
)
# a Dutch freelancer's "op zoek naar een nieuwe opdracht" (an "opdrachtgever" is a client)
_NEW_ASSIGNMENT = r"(?:een\s+)?(?:nieuwe\s+)?(?:freelance\s+)?opdracht(?:en)?\b"
# a Swedish consultant's "tillgänglig för nya uppdrag", "söker nytt uppdrag", "uppdrag
# sökes" (earlier than the demand's "sökes"; "vi söker nya uppdrag" is no demand)
_SV_WANTED = r"(?:ny(?:a|tt)?\s+|nästa\s+)?(?:konsult)?uppdrag"
_SV_ASSIGNMENT = (
    rf"tillgänglig\s+för\s+{_SV_WANTED} ledig\s+för\s+{_SV_WANTED} söker\s+{_SV_WANTED} "
    r"uppdrag\s+sökes"
)
# a Vietnamese freelancer's "mình nhận làm app", "nhận làm website", "em nhận code thuê",
# "nhận dự án" (I take on ...); "cần tuyển" and "tuyển dụng" (we recruit) are demand
_VI_OFFERING = " ".join(
    [
        rf"{me}\s+(?:chuyên\s+)?nhận\s+(?:làm|code|thiết\s+kế|dự\s+án|viết)"
        for me in ("mình", "em", "tôi")
    ]
    + [
        rf"{me}\s+(?:chuyen\s+)?nhan\s+(?:lam|code|thiet\s+ke|du\s+an|viet)"
        for me in ("minh", "toi")
    ]
    + [r"nhận\s+code\s+thuê nhan\s+code\s+thue"]
)
# and, as `_CANDIDATE`, what they are and for how long: "mình là freelancer 5 năm kinh
# nghiệm", "em là dev Flutter 3 năm" (the years follow the trade within two words)
_VI_TRADE = r"(?:freelancer|dev|developer|lập\s+trình\s+viên|lap\s+trinh\s+vien|designer)"
_VI_CANDIDATE = " ".join(
    rf"{me}\s+l[àa]\s+(?:một\s+|mot\s+)?{_WORDS_BEFORE}{{0,2}}?{_VI_TRADE}\s+"
    rf"{_WORDS_BEFORE}{{0,2}}?\d+\+?\s+n[ăa]m"
    for me in ("mình", "em", "tôi", "minh", "toi")
)
# an Indonesian freelancer's "saya menerima proyek", "saya melayani jasa pembuatan website",
# "kami menerima pesanan aplikasi" (I/we take on ...); "dicari", "dibutuhkan" and "kami
# mencari" (wanted, needed, we seek) are demand
_ID_OFFERING = " ".join(
    rf"{me}\s+(?:juga\s+)?(?:menerima|terima|melayani|membuka)\s+(?:jasa|proyek|project"
    r"|pembuatan|pesanan|order|orderan)"
    for me in ("saya", "aku", "kami")
)
# a Thai freelancer's "รับเขียนโปรแกรม", "รับทำเว็บไซต์" (I take on programs, websites) where
# a word starts: after a space or a mark, not "บริษัทรับทำเว็บไซต์" (a company that builds
# websites, hiring); "รับสมัคร" (applications taken) and "ต้องการฟรีแลนซ์" are demand
_TH_OFFERING = (
    "ร(?<![\u0e00-\u0e7f]ร)ับ(?:เขียน(?:โปรแกรม|ระบบ|เว็บ|แอป|โค้ด)|ทำ(?:เว็บ|แอป|ระบบ|โปรแกรม))"
)
# an Italian freelancer's "disponibile per nuovi progetti", "offro i miei servizi",
# "cerco nuovi clienti" ("cerchiamo", we seek, is demand)
_IT_OFFERING = (
    r"disponibile\s+per\s+(?:nuov[ie]\s+)?(?:progetti|collaborazioni|incarichi|clienti) "
    r"offro\s+(?:i\s+miei\s+)?servizi cerco\s+(?:nuov[ie]\s+)?(?:progetti|clienti|collaborazioni)"
)
# a Spanish-speaking freelancer's "busco nuevos proyectos", "ofrezco mis servicios", "acepto
# clientes", "emito boleta de honorarios" (Chile's, Peru's invoice of a contractor);
# "buscamos" (we seek) is demand
_ES_OFFERING = (
    r"busco\s+(?:nuevos\s+)?(?:proyectos|clientes) ofrezco\s+(?:mis\s+)?servicios"
    r" acepto\s+(?:nuevos\s+)?(?:proyectos|clientes|encargos) emito\s+(?:boletas?|recibos?)"
)
# a Romanian freelancer's "disponibil pentru proiecte noi", "sunt disponibil pentru
# colaborări", "ofer servicii de" ("căutăm", we seek, is demand)
_RO_OFFERING = (
    r"disponibil[ăa]?\s+pentru\s+(?:noi\s+)?(?:proiecte|colabor[ăa]ri|clien[țţt]i)"
    r" ofer\s+servicii caut\s+(?:noi\s+)?(?:proiecte|clien[țţt]i|colabor[ăa]ri)"
)
# a Czech or Slovak freelancer's "volný na nový projekt", "hledám projekt", "nabízím
# služby" ("hledáme", we seek, is demand)
_CS_PROJECT = r"(?:projekt(?:y|u)?|spoluprác[ie]|klient[yu]|zakázk[yu])(?!\w)"
_CS_OFFERING = (
    rf"voln[ýá]\s+(?:na|pro)\s+(?:nov[ýéou]\w*\s+)?{_CS_PROJECT}"
    rf" hled[áa]m\s+(?:nov[ýéou]\w*\s+|dal[šs][íi]\s+)?{_CS_PROJECT}"
    rf" hľadám\s+(?:nov[ýéou]\w*\s+)?{_CS_PROJECT} nab[íi]z[íi]m\s+(?:sv[ée]\s+)?služby"
)
# a Hungarian freelancer's "vállalok webshop projekteket", "megbízásokat vállalok"
# ("keresünk", we seek, is demand)
_HU_OFFERING = (
    r"v[áa]llalok\s+(?:[\w-]+\s+){0,3}?(?:projekt|munk|megb[íi]z[áa]s|fejleszt[ée]s)\w*"
    r" megb[íi]z[áa]sokat\s+v[áa]llalok"
)
# a Serbian, Croatian or Bosnian freelancer's "dostupan sam za nove projekte", "tražim
# nove klijente", "nudim usluge", in both alphabets ("tražimo", we seek, is demand; "sam",
# I am, keeps out an ad's "mora biti dostupan za projekte")
_SR_PROJECT = r"(?:projekt\w*|saradnj\w*|klijent\w*|angažman\w*|пројект\w*|сарадњ\w*|клијент\w*)"
_SR_OFFERING = (
    rf"dostup(?:an|na|ni)\s+sam\s+za\s+(?:nov\w*\s+)?{_SR_PROJECT}"
    rf" slobod(?:an|na|ni)\s+sam\s+za\s+(?:nov\w*\s+)?{_SR_PROJECT}"
    rf" tražim\s+(?:nov\w*\s+)?{_SR_PROJECT} nudim\s+(?:svoje\s+)?usluge"
    rf" доступ\w*\s+сам\s+за\s+(?:нов\w*\s+)?{_SR_PROJECT}"
    rf" тражим\s+(?:нов\w*\s+)?{_SR_PROJECT} нудим\s+(?:своје\s+)?услуге"
)
# "anyone know a good WordPress freelancer?", "can you recommend a copywriter?" (from
# the rarer verb: "you", "any" stand everywhere)
_RECOMMEND = rf"recommend\s+{_A_ROLE} know\s+(?:of\s+)?(?=an?\s){_A_ROLE}"
# a consultant broker's assignment, named as such where a line or a title's part starts
# ("Konsultuppdrag: Backendutvecklare", "Opdracht: Data Engineer", "Mission freelance :
# Développeur", "Projektangebot: ...", "Backendutvecklare - konsultuppdrag"): work on
# offer though no hiring phrase stands ("Mijn laatste opdracht: ..." in prose is none);
# tried only in a text holding one of its words
_ASSIGNMENT_WORDS = ("uppdrag", "opdracht", "mission", "projektangebot", "projektanfrage")
_ASSIGNMENT = re.compile(
    r"(?:^|(?<=\s[-–|:]\s))[^\S\n]*(?:"
    r"(?:konsult)?uppdrag[^\S\n]*:|(?:freelance[^\S\n]+|interim[^\S\n]+)?opdracht[^\S\n]*:"
    r"|mission[^\S\n]+(?:freelance|en[^\S\n]+freelance|de[^\S\n]+\d+[^\S\n]+mois)\b"
    r"|projekt(?:angebot|anfrage)[^\S\n]*:|konsultuppdrag[^\S\n]*$|mission[^\S\n]+freelance[^\S\n]*$)",
    re.I | re.M,
)
# by strength, then kind: a source's convention beats a loose phrase, and a loose
# phrase a hashtag (job seekers tag #hiring too, employers #GetFediHired)
_PHRASES = Phrases(
    {
        # Korean community boards' tags: [구인] (hiring), [구직] (seeking work); Taiwan's
        # (PTT's Soho board): [發案] and [徵才] (a job given), [自介] (a freelancer's self-intro)
        "strong demand": r"""seeking\s+freelancers? \[\s*hiring\s*\] \(\s*hiring\s*\)
            \[\s*구인\s*\] \[\s*(?:發案|徵才|徵人)\s*\] 【\s*(?:發案|徵才|徵人)\s*】""",
        "strong supply": r"""seeking\s+work \[\s*for\s+hire\s*\] \(\s*for\s+hire\s*\)
            \[\s*구직\s*\] \[\s*自介\s*\] 【\s*自介\s*】""",
        "weak demand": rf"""
            we(?:'re|’re|\s+are)\s+#?hiring is\s+#?hiring looking\s+to\s+hire hiring\s+an?
            looking\s+for:?\s+{_A_ROLE} {_RECOMMEND}
            need(?:s|ed)?\s+(?:an?\s+)?{_WORDS_BEFORE}{{0,2}}?{_ROLE} join\W+our\W+team
            join\W+us\W+as wir\s+suchen gesucht buscamos
            se\s+busca estamos\s+contratando contratamos nous\s+recherchons nous\s+recrutons
            on\s+recrute নিয়োগ প্রয়োজন szukamy poszukujemy zatrudnimy
            wij\s+zoeken we\s+zoeken gezocht zoekt\s+(?:voor|een|per\s+direct)
            vi\s+s[öo]ker(?!\s+{_SV_WANTED}) s[öo]ker\s+vi sökes vi\s+letar\s+efter
            vi\s+rekryterar
            مطلوب نبحث\s+عن نحتاج\s+(?:إلى|الى) أحتاج\s+(?:إلى|الى)? احتاج\s+(?:إلى|الى)?
            تعلن\s+(?:شركة\s+\S+\s+)?عن\s+حاجتها
            cerchiamo cercasi ricerchiamo siamo\s+alla\s+ricerca\s+di
            tuyển\s+dụng tuyen\s+dung cần\s+tuyển can\s+tuyen đang\s+tuyển dang\s+tuyen
            c[ăa]ut[ăa]m angaj[ăa]m recrut[ăa]m suntem\s+[îi]n\s+c[ăa]utarea
            hled[áa]me přijmeme prijmeme nabír[áa]me hľadáme hladame
            dicari dibutuhkan kami\s+(?:sedang\s+)?mencari lowongan\s+kerja keres[üu]nk
            ζητε[ιί]ται ζητο[υύ]νται αναζητ[αά]με αναζητο[υύ]με αναζητε[ιί]ται αναζητ[αά](?!\w)
            ψ[αά]χνουμε 誠徵 急徵 徵求 招募
            รับสมัคร ต้องการ(?:ฟรีแลนซ์|โปรแกรมเมอร์|นักพัฒนา|คน) หา(?:ฟรีแลนซ์|โปรแกรมเมอร์|นักพัฒนา)""",
        "weak supply": rf"""
            for\s+hire hire\s+me open\s+to\s+work {_CANDIDATE} looking\s+for:?\s+{_WORK}
            available\s+for\s+(?:new\s+)?#?(?:freelance|contract|hire|work|projects?|gigs?|clients?)
            {_I_AM}{_TAKING} now\s+{_TAKING} currently\s+{_TAKING} {_TAKING_ALONE}
            {_PITCH} {_OFFERING}
            disponible\s+para verfügbar\s+für suche\s+(?:neue\s+)?(?:projekte|aufträge)
            szukam\s+(?:nowych\s+)?(?:zleceń|projektów|klientów) przyjm(?:ę|uję)\s+zlecenia
            oferuję\s+(?:swoje\s+)?usługi 구직\s*중
            шукаю\s+(?:нові\s+)?(?:проєкти|проекти|замовлення|клієнтів)
            ищу\s+(?:новые\s+)?(?:проекты|заказы|клиентов)
            ищу\s+(?:новую\s+|удал[её]нную\s+|постоянную\s+)?(?:работу|подработку)
            шукаю\s+(?:нову\s+|віддалену\s+)?роботу
            рассмотрю\s+(?:ваши\s+|любые\s+)?предложения розгляну\s+(?:ваші\s+)?пропозиції
            프로젝트\s*(?:를\s*)?구합니다 일감\s*(?:을\s*)?구합니다 외주\s*(?:를\s*)?구합니다
            ik\s+ben\s+(?:[\w'-]+[\s,]+){{0,6}}?beschikbaar
            beschikbaar\s+voor\s+(?:nieuwe\s+)?(?:opdrachten|projecten|freelance\s+opdrachten)
            ik\s+zoek\s+{_NEW_ASSIGNMENT} op\s+zoek\s+naar\s+{_NEW_ASSIGNMENT}
            {_SV_ASSIGNMENT}
            متاح\w*\s+(?:لل|ل)?(?:عمل|العمل|مشاريع|المشاريع|شغل|التعاقد)
            أقدم\s+خدم\w* اقدم\s+خدم\w* أستقبل\s+(?:ال)?مشاريع استقبل\s+(?:ال)?مشاريع
            {_IT_OFFERING} {_ES_OFFERING}
            {_VI_OFFERING} {_VI_CANDIDATE} {_RO_OFFERING} {_CS_OFFERING}
            {_ID_OFFERING} {_HU_OFFERING} {_SR_OFFERING}
            διαθ[εέ]σιμ(?:ος|η)\s+για\s+(?:\w+\s+){{0,3}}?(?:[εέ]ργα|συνεργασ\w*|projects?)
            αναζητ[ωώ]\s+(?:ν[εέ]α\s+)?(?:[εέ]ργα|συνεργασ\w*|πελ[αά]τες)
            αναλαμβ[αά]νω\s+(?:\w+\s+)?[εέ]ργα
            承接\w{{0,6}}?(?:案|專案|专案|项目|外包) 本人承接 我是自由工作者
            {_TH_OFFERING}""",
        "tag demand": r"#hiring",
        # Telegram's job channels: a candidate's post is tagged "#резюме" (a CV)
        "tag supply": r"""#forhire #opentowork #getfedihired #lookingforwork #commissionsopen
            #резюме #ищуработу #шукаюроботу""",
    }
)
_SELF_AD = Phrases(
    {
        "candidate": r"willing\s+to\s+relocate\s*: r[ée]sum[ée](?:\s*/\s*cv)?\s*: cv\s*:",
        "field": r"location\s*: remote\s*: technologies\s*: email\s*:",
    }
)
# a candidate's field of `_SELF_AD` names one of these words or is a "CV:"
_CANDIDATE_WORDS = ("relocate", "resume", "résumé", "resumé", "résume")
_CV_FIELD = re.compile(r"cv\s*:")


def parse_kind(title: str | None, text: str) -> tuple[Kind, str] | None:
    """Demand or supply, and the phrase that says it; None when nothing does (the
    text is read only when the title says nothing)."""
    in_title = _in_title(title or "")
    if found := _first(in_title, "strong") or _first(in_title, "weak"):
        return found
    in_text = _found(text)
    return (
        _first(in_text, "strong")
        or _self_ad(text)
        or _first(in_text, "weak")
        or _assignment(title or "")
        or _assignment(text)
        or _first(in_title, "tag")
        or _first(in_text, "tag")
    )


def _found(text: str) -> tuple[tuple[str, str], ...]:
    return tuple((name, text[start:end]) for name, start, end in _PHRASES.finditer(text))


@lru_cache(maxsize=4096)
def _in_title(title: str) -> tuple[tuple[str, str], ...]:
    """`_found` of a title, remembered: titles come back post after post ("Senior
    Software Engineer")."""
    return _found(title)


def _first(found: tuple[tuple[str, str], ...], strength: str) -> tuple[Kind, str] | None:
    for name, raw in found:
        if name.startswith(strength):
            return ("demand" if name.endswith("demand") else "supply"), raw
    return None


def _assignment(text: str) -> tuple[Kind, str] | None:
    """A broker's assignment named where a line starts (`_ASSIGNMENT`): demand."""
    if not may_hold(lowered(text), _ASSIGNMENT_WORDS):
        return None
    m = _ASSIGNMENT.search(text)
    return ("demand", m[0].strip()) if m else None


def _self_ad(text: str) -> tuple[Kind, str] | None:
    """The "Who wants to be hired?" form: a field only a candidate writes (relocate,
    résumé, CV) beside at least one other field."""
    if not _may_be_self_ad(lowered(text)):
        return None
    fields = list(_SELF_AD.finditer(text))
    labels = list(dict.fromkeys(text[start:end] for _, start, end in fields))
    if len(labels) >= 2 and any(name == "candidate" for name, _, _ in fields):
        return "supply", " ".join(labels)
    return None


def _may_be_self_ad(low: str) -> bool:
    """Whether a lower-cased text may hold a candidate's field: most texts of those not
    read as demand or supply name none ("send your CV" is none), and are not scanned."""
    return any(word in low for word in _CANDIDATE_WORDS) or bool(_CV_FIELD.search(low))
