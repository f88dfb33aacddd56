"""What an alert e-mail states about one job, and the card-reading the parsers share.

Alert e-mails lay jobs out as "cards": the job's link (its title) and a few lines
around it (company, place, pay). A card is the largest element around a job's links
that holds no other job's link; its lines are read as text, one per block element.
"""

from __future__ import annotations

import html
import re
from collections.abc import Iterator
from dataclasses import dataclass
from email.message import EmailMessage
from typing import TYPE_CHECKING

from extractors._company import is_place
from extractors._joburls import ANY_SENDER, board_key, clean_url, job_key, job_page, tracked_by
from extractors._normalize import html_to_text, id_from_url
from extractors.inbox import _message

if TYPE_CHECKING:  # bs4 is imported when an alert is read, not when a config loads
    from bs4 import BeautifulSoup, Tag

# "€80/hr", and the number first as most of Europe writes it: "80 €/Std.", "450 € par jour",
# "45 k € - 55 k €" (Glassdoor France's estimate),
# "18 000 - 24 000 PLN", "120 zł/h", "20 000 zł/mies."; Africa's "₦450,000", "KSh 180,000";
# Ukraine's hryvnia ("60 000 – 80 000 грн", "₴45 000", "до 150 тис. грн"); Philippine
# pesos ("₱35,000", "PHP 30,000 - 40,000", "PHP 40k"), by thousands, as "PHP 8" is the
# language's version
_CODES = (
    "USD|EUR|GBP|INR|CHF|PLN|zł|zl|CZK|Kč|HUF|RON|SEK|NOK|DKK|NGN|KES|KSh|UGX|TZS|GHS|ZAR|UAH|грн"
    "|TRY|TL"  # the Turkish lira: "90.000 - 110.000 TL"
    "|EGP|LE|AED|SAR|جنيه|ج\\.م|دولار|درهم|ريال"  # Egypt's and the Gulf's: "٥٠٠ دولار"
    "|VND|VNĐ|triệu|tr"  # Vietnam's dong: "25 - 35 triệu", "30tr", "80.000 VNĐ"
    "|lei"  # the Romanian leu: "9.000 - 12.000 lei net"
    "|IDR|Rp|juta|jt"  # the rupiah: "Rp 15.000.000 - Rp 20.000.000", "Rp 8-12 juta", "15jt"
    "|PEN|S/\\.?|CLP|UF"  # Peru's sol ("S/ 9.500 Mensual", "S/. 4,500"), Chile's peso and UF
    "|(?-i:Ft)"  # the forint: "900 000 - 1 200 000 Ft" (not "ft", feet)
    "|BDT|Tk\\.?|taka"  # the taka: "Tk. 40,000 - 60,000 (Monthly)", "30,000 taka"
)
PAY = re.compile(
    rf"[$€£₹₦₴₱₺৳]\s?\d|\d\s?(?:k|тис\.?|тыс\.?)?\s?(?:[$€£₹₦₴₱₺৳]|(?:{_CODES})\b)"
    rf"|\b(?:{_CODES})\s?\d"
    r"|\bphp\s?\d{1,3}(?:,?\d{3}|k)\b"
    r"|/\s?(?:hr|h|yr|year|hour|day|mo|mies|mc|sa|saat|ay)\b"  # tr: "€55/sa", "TL/ay"
    r"|\ban?\s+(?:hour|year|day|month)\b|\bper\s+(?:hour|year|day|month)\b"
    r"|\d\s?k?\s+(?:annually|hourly)\b"  # Built In's "150K-180K Annually"
    r"|\d\s?(?:lacs?|lakhs?|lpa)\b"  # India's lakhs a year: "6-9 Lacs PA", "12 LPA"
    r"|\d\s?万?円|[¥￥]\s?\d"
    r"|\d\s?[만억]?\s?원|₩\s?\d"  # Korean won: "650만원", "1억원", "₩6,500,000"
    # the rand by thousands: "R45 000 - R55 000", "R650k CTC" ("R 2" is no pay)
    r"|(?-i:\bR)\s?\d{1,3}(?:[ \u00a0,]\d{3})+|(?-i:\bR)\s?\d+(?:\.\d)?[km]\b",
    re.IGNORECASE,
)
MAX_SUMMARY = 500  # characters of a job's snippet that are kept
_LONG = 60  # a card's line this long is the job's snippet, not a field
MAX_CARD_LINES = 12
# a link in text; Outlook's plain text writes one in angle brackets after its words
# ("Data Engineer (m/w/d)<https://...>")
_URL = re.compile(r"https?://[^\s<>]+")
_QUOTED = re.compile(r"^(?:[ \t]*>)+ ?")  # a forward's "> " quoting, at any depth
_RULE = re.compile(r"[-=_*~\s]{3,}")  # a line of dashes between a text alert's jobs
RATING = re.compile(r"\s+\d(?:[.,]\d)?\s*★?$")  # "Lumen 4.3 ★", "Lumen 4,3": its rating
# 📍, →, ✓, and a bullet ("‣ Easily apply")
_ICON = re.compile(r"^[\u2022\u2023\u2043\u2190-\u2bff\U0001f000-\U0001faff\ufe0f]+\s*")
# a company's name: a few words, no sentence's end ("Hi Sam,", "Matching jobs:")
_NAME = re.compile(r"[^\s,:;!?]+(?:\s+[^\s,:;!?]+){0,5}")
# a line a label of a few words heads ("Status: Open", "Kategori: Web"): no company's name
_LABEL_HEAD = re.compile(r"([^\W\d_][^\W_]*(?:[ -][^\W\d_][^\W_]*){0,2})\s?[:：]\s+\S")
# a greeting that heads a one-job alert ("Hi Ana", "Hallo Ana", "Bonjour Ana"): no company
_GREETING = re.compile(
    r"(?i)(?:hi|hello|hey|dear|good (?:morning|afternoon|evening)|hallo|guten (?:tag|morgen)"
    r"|liebe[rs]?|moin|servus|grüezi|bonjour|bonsoir|salut|cher|chère|hola|buenos días"
    r"|estimad[oa]|ciao|buongiorno|gentile|hej|hoi|beste|goedemorgen|olá|oi)\b.*"
)
# work from anywhere, as a card's place line says it
_ANYWHERE = re.compile(
    r"(?i)(?:100\s?%\s?|fully |full[- ])?(?:remote|télétravail|teletrabajo|homeoffice|home office)"
    r"(?:\s?[-–(,].*)?|worldwide|anywhere(?: in the world)?|weltweit|partout"
    r"|원격(?:\s?근무)?|재택(?:\s?근무)?|풀\s?리모트"  # Korean cards' "원격", "재택근무"
)
# the kind of work a card states on its own line or part of one ("Full-Time", "CDI")
JOB_TYPE = re.compile(
    r"(?i)(?:full|part)[- ]?time(?: employee)?|contract(?:or)?|freelance|temporary|internship"
    r"|permanent"
    r"|hourly|fixed[- ]price"  # a freelance project's kind of pay (Freemoa: "Fixed price")
    r"|festanstellung|vollzeit|teilzeit|befristet|werkvertrag|praktikum|cdi|cdd|stage|alternance"
    r"|indépendant|temps (?:plein|partiel)|jornada completa|media jornada|tiempo completo"
    r"|intérim|interim|portage salarial|clt|pj|efetivo|estágio|temporário|freela|trainee"
    # Dice's US terms: "Contract - W2", "Contract to Hire - Corp-To-Corp", "Third Party"
    r"|(?:contract(?: to hire)?|c2h) - (?:w-?2|corp-to-corp|independent|c2c|1099)|third party"
    r"|(?:kontrakt )?b2b|umowa o pracę|uop|umowa zlecenie|umowa o dzieło|pełny etat"
    # Ukraine's and Russian-language cards': "ФОП", "Повна зайнятість", "Полная занятость"
    r"|фоп|(?:повна|неповна|часткова) зайнятість|(?:полная|неполная|частичная) занятость"
    # Spain's InfoJobs and Tecnoempleo: "Contrato indefinido · Jornada completa", "Autónomo"
    r"|contrato (?:indefinido|de duración determinada|temporal|mercantil|por obra y servicio)"
    r"|autónomo(?: / freelance)?"
    # Colombia's (Computrabajo, elempleo.com, Indeed): "Contrato a término indefinido",
    # "Término fijo", "Prestación de servicios", "Obra o labor", "Medio tiempo"
    r"|(?:contrato )?(?:a )?término (?:in)?definido|(?:contrato )?(?:a )?término fijo"
    r"|(?:contrato (?:de |por )?)?prestación de servicios|(?:contrato )?(?:por )?obra o labor"
    r"|medio tiempo"
    r"|por contrato"  # Mexico's (Indeed's "Tiempo completo", "Por contrato")
    # Japan's: Lancers' and CrowdWorks' kinds of pay ("固定報酬制", "時間単価制"), and terms
    r"|固定報酬制|時間単価制|タスク形式|コンペ形式|業務委託(?:（準委任）)?|準委任|正社員|契約社員"
    r"|派遣社員|アルバイト"
    # Korea's: "정규직", "계약직", Wishket's "외주(도급)" and "기간제" (a term at the client's)
    r"|정규직|계약직|파견직|프리랜서|인턴|아르바이트|기간제|외주(?:\s?\(도급\))?|도급"
    # Sweden's: Platsbanken's "Heltid", "Deltid", "Tillsvidare", "Visstidsanställning"
    r"|heltid|deltid|tillsvidare(?:anställning)?|visstidsanställning|konsultuppdrag"
    # Turkey's: Kariyer.net's and Yenibiris' "Tam Zamanlı", "Proje Bazlı", "Sözleşmeli"
    r"|tam zamanlı|yarı zamanlı|proje bazlı|sözleşmeli|serbest çalışan|stajyer|dönemsel"
    # Egypt's and the Gulf's Arabic cards: "دوام كامل", "دوام جزئي", "عمل حر", "عقد مؤقت"
    r"|دوام كامل|دوام جزئي|عمل حر|عقد مؤقت|تدريب|بالمشروع"
    # Italy's: InfoJobs.it's and Randstad's "Tempo indeterminato", "Somministrazione"
    r"|(?:contratto a )?tempo (?:in)?determinato|(?:somministrazione|apprendistato)"
    r"(?: a tempo (?:in)?determinato)?|(?:contratto|lavoro) a progetto|partita iva|tirocinio"
    # Vietnam's: TopCV's and VietnamWorks' "Toàn thời gian", "Bán thời gian", "Thực tập"
    r"|toàn thời gian|bán thời gian|thực tập|cộng tác viên|hợp đồng|freelance / dự án"
    # Czechia's and Slovakia's: Jobs.cz's and Profesia's "Plný úvazek", "HPP", "IČO"
    r"|(?:plný|zkrácený|částečný) úvazek|(?:plný|skrátený|čiastočný) úväzok|hpp|ičo|dpp|dpč"
    r"|(?:práce na )?živnostenský list|živnosť"
    # Indonesia's: Glints' and Karir.com's "Penuh Waktu", "Kontrak", "Magang", "Paruh Waktu"
    r"|penuh waktu|paruh waktu|kontrak|magang|pekerja lepas"
    # Hungary's: Profession.hu's and CV Online's "Teljes munkaidő", "Vállalkozói jogviszony"
    r"|teljes munkaidő|részmunkaidő|vállalkozói (?:jogviszony|szerződés)|megbízási szerződés"
    r"|határozott idejű|határozatlan idejű|diákmunka|projekt alapú|gyakornok"
)
# a Japanese address starts with its prefecture ("東京都渋谷区", "大阪府大阪市北区")
_JP_ADDRESS = re.compile(r"(?:東京都|北海道|大阪府|京都府|[\u4e00-\u9fff]{2,3}県)\S*")
# an Australian place as its boards write it, the state's code after the town, no comma
_AU_STATE = re.compile(r"(?<=\w) (?:NSW|VIC|QLD|TAS|ACT|WA|SA|NT)$")
# and an Italian one with its province's letters in brackets ("Monza (MB)", "Rho (MI)")
_IT_PROVINCE = re.compile(r"(?<=\w) \([A-Z]{2}\)$")
# and a Korean one with its city or province ("서울 강남구", "경기도 성남시 분당구")
_KR_ADDRESS = re.compile(
    r"(?:서울|부산|대구|인천|광주|대전|울산|세종|경기|강원|충북|충남|전북|전남|경북|경남|제주)"
    r"(?:특별시|광역시|특별자치시|특별자치도|도)?(?:\s+[가-힣]+[시군구읍면동])*"
)
# "Location: Remote", "Client : Maison Verte", "Pensum: 80%": what a labelled line states
_LABELS = {
    "company": r"company|client|employer|kunde|unternehmen|firma|arbeitgeber|entreprise"
    r"|société|societe|employeur|cliente|empresa|posted by|publicado por"
    r"|企業名|会社名|募集企業|회사명|기업명"
    r"|opdrachtgever|werkgever|bedrijf|kund|uppdragsgivare|företag|arbetsgivare"
    r"|perusahaan|společnost|zaměstnavatel",  # id, cs
    "location": r"location|place|ort|standort|arbeitsort|einsatzort|lieu|localisation"
    r"|ubicación|lugar|sede|local|localização|cidade|勤務地|勤務場所|就業場所|エリア|근무지|근무\s?지역"
    r"|locatie|standplaats|plaats|werklocatie|regio|placeringsort|arbetsort|plats"
    r"|lokasi|lokalita|místo(?: výkonu práce)?",  # id: Glints' "Lokasi"; cs
    "pay": r"rate|pay|salary|budget|compensation|gehalt|lohn|stundensatz|tagessatz|salaire"
    r"|tjm|rémunération|tarif|salario|sueldo|salário|remuneração|faixa salarial"
    r"|単価|月額単価|月単価|報酬|給与|想定年収|年収|時給|予算"
    r"|연봉|급여|단가|월\s?단가|시급|예상\s?금액|(?:희망\s?)?예산|예상\s?비용"
    r"|uurtarief|max\.?\s?(?:uur)?tarief|salaris|timpris|arvode|timarvode|ersättning|lön"
    r"|gaji|anggaran"  # id: "Gaji: Rp 15.000.000", Projects.co.id's "Anggaran"
    r"|mzda|plat",  # cs: "Mzda: 60 000 Kč"
    "engagement": r"commitment|type|job type|employment type|pensum|vertragsart|anstellungsart"
    r"|arbeitszeit|contrat|type de contrat|taux d'activité|contrato|tipo de contrato|jornada"
    r"|regime|regime de contratação|契約形態|雇用形態|고용\s?형태|계약\s?형태"
    r"|dienstverband|soort dienstverband|contractvorm|type opdracht"
    r"|omfattning|anställningsform|uppdragstyp",
    # what a translation job is about (ProZ.com's "Languages: English to Spanish", "Field:
    # Marketing"), or any job's skills (Toptal's "Skills: React, TypeScript"): neither its
    # company nor its place
    "subject": r"languages?|language pair|field|specialty|idiomas|par de idiomas|especialidad"
    r"|skills|required skills|key skills|tech stack",
    # when a job was posted or closes, and how many have bid ("Deadline: 14 Desember 2026",
    # "Posted: 2 days ago", "Eingestellt: 05.12.2026", "Proposals: 5 to 10"): no field of
    # the card, and no company or place, which a card without a company line would read
    "dates": r"deadline|closing date|apply by|expires|posted(?: on)?|date posted|published"
    r"|eingestellt|veröffentlicht(?: am)?|bewerbungsfrist|publié(?: le)?|date limite"
    r"|publicad[oa](?: el| em)?|fecha límite|prazo|data limite|dipublikasikan|diposting"
    r"|batas (?:waktu|akhir)|tenggat|ditutup|uzávěrka|zveřejněno|přidáno|vloženo"
    r"|bids|proposals|penawaran|pelamar",
}
# "Location: Remote", and as Japanese cards write it: "勤務地：東京都", "【単価】80万円/月"
# a pay label that names its period ("Uurtarief: € 95", "Max. uurtarief: € 105"): the
# pay is read with it, as its amount alone names none
_PERIOD_LABEL = re.compile(
    r"(?i)(?:max\.?\s?)?(?:uurtarief|dagtarief|stundensatz|tagessatz|timpris|timarvode)"
    # Korean and Japanese: a project's price ("예상 금액: 1,500만원" is no year's pay, as a
    # bare sum in won would read), a month's, an hour's or a year's
    r"|예상\s?금액|(?:희망\s?)?예산|예상\s?비용|월\s?단가|시급|연봉|月額?単価|時給|年収|予算"
    # a project's budget on a marketplace's card ("Budget: Rp 2.000.000 - Rp 4.000.000"),
    # which a bare sum in rupiah or dong would read as a month's salary
    r"|budget|anggaran"
)
_LABELLED = re.compile(
    r"(?i)^[■◆●・]?\s*【?("
    + "|".join(f"(?P<{k}>{v})" for k, v in _LABELS.items())
    + r")(?:】\s*[:：]?|\s*[:：])\s*(?P<value>.+)$"
)
# mail about the user's own application or proposal, which links the job applied to
_OWN_APPLICATION = re.compile(
    r"(?i)\b(?:your|ihre?|deine?|votre|ta|su|sua|tu|je)\s+(?:job\s+)?(?:application|proposal"
    r"|bewerbung|candidature|candidatura|postulación|sollicitatie)\b"
    r"|\b(?:application|proposal)\s+(?:submitted|sent|received|viewed|update|status)"
    r"|\bviewed your (?:application|proposal)|\bthanks?(?: you)? for (?:applying|your interest)"
    r"|\bbewerbung (?:eingegangen|erhalten|versendet|gesendet)"
    r"|\bcandidature (?:envoyée|reçue|transmise)|\binvitation to interview"
    r"|\bcandidatura (?:enviada|recebida|realizada|confirmada)|\bobrigad[oa] por se candidatar"
    r"|\binterview (?:invitation|request)"
    # cs: "Vaše odpověď byla zobrazena", "Vaše reakce na inzerát"; id: "Lamaran Anda
    # dilihat" (an alert's "kirim lamaran Anda" asks for one)
    r"|\b(?:vaš[ei]|tvoj[ei]) (?:odpověď|reakce)\b"
    r"|\blamaran ?(?:mu|anda|kamu) (?:telah |sudah )?"
    r"(?:dilihat|diterima|terkirim|ditinjau|diproses)"
    r"|\bstatus lamaran"
)
_BOLD = re.compile(r"font-weight:\s*(?:[6-9]00|bold)", re.IGNORECASE)
_BOLD_TAGS = ("b", "strong", "h1", "h2", "h3", "h4")
PARTS = re.compile(r"\s+[·|•]\s+")  # a line's parts ("CDI · Lyon"), not dashes
_DOT = re.compile(r"\s*[·•]\s*")  # a dot between a card's company and its place
# or a bar or a dash, spaced as no name writes them: "Lumen Labs | Lyon", "Lumen Labs – Lyon"
_BETWEEN = re.compile(r"\s*[·•]\s*|\s+[|–—]\s+")
_TOP = ("body", "html", "[document]")
_HEADINGS = ("h1", "h2")
# the words of an alert's footer, below its cards as its heading is above them
_FOOTER = re.compile(
    r"(?i)unsubscribe|\bopt[- ]out\b|abmelden|abbestellen|désinscri|désabonn|darse de baja"
    r"|cancelar (?:a )?(?:inscrição|assinatura)|uitschrijven|afmelden|avregistrera|avprenumerera"
    r"|abonelikten çık|配信停止|配信解除|수신\s?거부|©"
)
Platforms = str | tuple[str, ...]  # a platform's name ("linkedin"), or several boards'
# the platform of an alert from a board no parser knows: its links to any job's page
ANY_JOB = "*"


@dataclass(frozen=True, slots=True)
class Job:
    """One job as an alert states it; only these fields of an e-mail are ever kept."""

    key: str  # the platform's job id ("linkedin:4382380620") or "url:<sha1>"
    url: str  # the job's own page, tracking removed
    title: str
    company: str | None = None
    location: str | None = None
    pay: str | None = None  # as stated ("$45 - $60 an hour")
    engagement: str | None = None  # as stated ("Hourly", "Contract", "Full-time")
    summary: str | None = None  # the alert's snippet of the job, cut to MAX_SUMMARY
    remote: bool | None = None  # stated by structure (schema.org TELECOMMUTE), else None


@dataclass(frozen=True, slots=True)
class Card:
    key: str
    url: str
    title: str
    lines: list[str]  # the card's lines after the title, in order, noise removed
    before: list[str]  # the card's lines before the title (a company some put first)


def job_html(message: EmailMessage) -> str | None:
    """The alert's HTML body; for a text-only alert (a mail client or an account set to
    plain text), its text laid out as cards, so each parser reads both alike. None for
    mail about the user's own application ("Your application was viewed"), which links
    the job applied to but brings no new one."""
    if own_application(str(message.get("subject", ""))):
        return None
    markup = _message.html(message)
    if markup is not None:
        return markup
    text = _message.plain(message)
    return text_cards(text) if text else None


def own_application(subject: str) -> bool:
    """Whether a subject speaks of the user's application or proposal, in any of the
    alerts' languages ("A client viewed your proposal", "Ihre Bewerbung als ...")."""
    return _OWN_APPLICATION.search(subject) is not None


def text_cards(text: str) -> str:
    """Plain text as HTML cards: each run of lines ending in a line with a link (`View
    job: https://...`, or `Title https://...` alone) is a card, its first line the
    title, linked to that link. Blank lines and rules of dashes end a run. Outlook
    writes a link after its words in angle brackets (`Title<https://...>`): such a
    title heads the lines below it, up to a blank line, and an image's link shows its
    alt text in brackets (`[Kestrel Robotics]<https://...>`), no title. A forward's `> `
    quoting is dropped."""
    found: list[tuple[list[str], str]] = []
    run: list[str] = []
    ended: list[str] = []  # the run a blank line ended: a `View job:` line may follow it
    below: list[str] | None = None  # the card of an Outlook link, taking the lines below
    for raw in text.splitlines():
        line = " ".join(_QUOTED.sub("", raw).split())
        link = _URL.search(line)
        if link is None:
            if below is not None and line and not _RULE.fullmatch(line):
                below.append(line)
                continue
            below = None
            ended = run if not line else ended
            run = run + [line] if line and not _RULE.fullmatch(line) else []
            continue
        label = line[: link.start()].rstrip().endswith(":")
        before = line[: link.start()].strip(" :-–|<")
        outlook = line[link.start() - 1 : link.start()] == "<"
        if outlook and before.startswith("[") and before.endswith("]"):  # an image's alt
            before = ""
        run = run or (ended if label else [])
        below = None
        if run or before:
            found.append((run or [before], link.group(0)))
            below = found[-1][0] if outlook and before and not run else None
        run, ended = [], []
    cards = "".join(_text_card(lines, url) for lines, url in found)
    return f"<html><body>{cards}</body></html>"


def _text_card(lines: list[str], url: str) -> str:
    title, *rest = (html.escape(line) for line in lines)
    parts = "".join(f"<div>{part}</div>" for part in rest)
    return f'<div><a href="{html.escape(url, quote=True)}">{title}</a>{parts}</div>'


def soup(markup: str) -> BeautifulSoup:
    from bs4 import BeautifulSoup

    return BeautifulSoup(markup, "lxml")


def _key(href: str, platform: Platforms) -> tuple[str, str] | None:
    """(key, clean URL) of a link to a job of `platform` (of any board's job page for
    `ANY_JOB`); an opaque tracker's link (no id in it) is keyed by its URL here, by its
    card's text once read (`_text_key`)."""
    found = job_key(href) or board_key(href)
    if platform == ANY_JOB:
        page = None if found else job_page(href)
        if found is None and page is None and tracked_by(href) == ANY_SENDER:
            return url_key(href)  # SendGrid's link hides the page: kept, as its card names a job
        return found or (url_key(page) if page else None)
    names = (platform,) if isinstance(platform, str) else platform
    if found and found[0].partition(":")[0] in names:
        return found
    if found is None and (tracker := tracked_by(href)) is not None:
        return url_key(href) if tracker in names or tracker == ANY_SENDER else None
    return None


def _text_key(lines: list[str]) -> str:
    """The key of a job only an opaque, single-use link opens: its title, company and
    place, so the same job in two alerts is one."""
    text = "\n".join(" ".join(line.lower().split()) for line in lines[:3])
    return f"url:{id_from_url(text)}"


def job_links(page: BeautifulSoup, platform: Platforms) -> dict[tuple[str, str], list[Tag]]:
    """The links to each job of `platform` (or of any of several) on the page, by (job
    key, clean URL)."""
    links: dict[tuple[str, str], list[Tag]] = {}
    for anchor in page.find_all("a", href=True):
        found = _key(str(anchor["href"]), platform)
        if found:
            links.setdefault(found, []).append(anchor)
    return links


def message_cards(
    message: EmailMessage, platform: Platforms, noise: re.Pattern[str]
) -> Iterator[Card]:
    """The cards of an alert's HTML body (or its text laid out as cards); none when
    it has neither."""
    markup = job_html(message)
    return cards(soup(markup), platform, noise) if markup else iter(())


def cards(page: BeautifulSoup, platform: Platforms, noise: re.Pattern[str]) -> Iterator[Card]:
    """Each job of `platform` linked from the page, with the lines its card shows
    after the title: the first line of its first text link (a card's later links are
    buttons, "View job"), else, when only a button links it, the card's bold line or
    its first line."""
    for (key, url), anchors in job_links(page, platform).items():
        linked = [(a, _link_title(a, noise)) for a in anchors]
        anchor, title = next(((a, t) for a, t in linked if t), (anchors[0], ""))
        opaque = key.startswith("url:")
        if opaque and not title:  # a tracker's button or footer link: no job of its own
            continue
        card = card_around(anchor, key, platform) if title else _button_card(anchor, key, platform)
        if card is None:
            continue
        shown = text_lines(card)
        if title and shown[-1:] == [title]:  # its details are the blocks beside it
            shown += sibling_lines(card)
        lines = [line for line in shown if line == title or not noise.fullmatch(line)]
        title = title or bold_line(card, lines) or (lines[0] if lines else "")
        at = _title_at(lines, title)
        after, before = lines[at + 1 :], lines[:at] if at > 0 else []
        # a footer's tracked link ("Unsubscribe", "Privacy"): its words, or no line beside
        # it; a card names its company below the title or, on some boards, above it
        if opaque and (_FOOTER.search(" ".join(lines)) or not after and not before):
            continue
        if title:
            # a tracker's single-use link names no job, its card's text does; a board's
            # job page (`ANY_JOB`) is named by its link
            tracked = opaque and (platform != ANY_JOB or tracked_by(url) is not None)
            key = _text_key([title, *(after or before[-1:])]) if tracked else key
            yield Card(key, url, title, after, before)


def _title_at(lines: list[str], title: str) -> int:
    """The index of the title's line; a line that goes on after the title ("Data
    Engineer – Munich") is split there, its rest the next line. -1 if none."""
    for at, line in enumerate(lines):
        if line == title:
            return at
        if line.startswith(title) and (rest := line[len(title) :].strip(" -–—·|,:")):
            lines[at : at + 1] = [title, rest]
            return at
    return -1


def bold_line(card: Tag, lines: list[str]) -> str | None:
    """The first of the card's lines set in bold type (a title no link carries)."""
    for element in [card, *card.find_all(True)]:
        bold = element.name in _BOLD_TAGS or _BOLD.search(str(element.get("style", "")))
        text = " ".join(element.get_text(" ").split())
        if bold and text in lines:
            return text
    return None


def _link_title(anchor: Tag, noise: re.Pattern[str]) -> str:
    """The title a link shows: its first line (a link around a whole card, as LinkedIn
    lays some out, shows the company below it), unless it is a button's label."""
    lines = text_lines(anchor)
    return lines[0] if lines and not noise.fullmatch(lines[0]) else ""


def text_lines(element: Tag) -> list[str]:
    """The element's text, one line per block element, whitespace runs as one space,
    without the icon that heads a line ("📍 Lyon", "→ View job")."""
    text = html_to_text(str(element))
    lines = (_ICON.sub("", " ".join(raw.split())) for raw in text.split("\n"))
    return [line for line in lines if line]


def card_around(anchor: Tag, key: str, platform: Platforms) -> Tag:
    """The largest ancestor of the anchor that names no other job and is still card
    sized (a one-job alert would otherwise take in its whole e-mail)."""
    card = anchor
    for parent in anchor.parents:
        if parent.name in _TOP or _names_other(parent, key, platform):
            break
        if len(text_lines(parent)) > MAX_CARD_LINES or _frames(parent, card):
            break
        card = parent
    return card


def _frames(parent: Tag, card: Tag) -> bool:
    """Whether `parent` (the card's parent) holds, beside the card, the alert's heading
    ("New jobs for you") or its footer ("Unsubscribe", "©"), the frame of its cards: a
    one-job alert's card would otherwise grow to its whole short e-mail, footer and all."""
    return any(
        row.name in _HEADINGS
        or row.find(_HEADINGS) is not None
        or _FOOTER.search(row.get_text(" ")) is not None
        for row in parent.find_all(True, recursive=False)
        if row is not card
    )


def sibling_lines(card: Tag) -> list[str]:
    """The lines of the blocks after a card that shows its title alone, up to the next
    block with a link (the next job's title, a footer): alerts that lay each job out as
    rows of one table (title row, company row, place row) have no element per job."""
    lines: list[str] = []
    for sibling in card.find_next_siblings():
        if sibling.name == "a" or sibling.find("a", href=True) is not None:
            break
        lines += text_lines(sibling)
        if len(lines) >= MAX_CARD_LINES:
            break
    return lines[:MAX_CARD_LINES]


def _button_card(anchor: Tag, key: str, platform: Platforms) -> Tag | None:
    """The card of a job that only a button links ("Voir la mission"): the smallest
    ancestor that shows more than the button, unless it names another job too. The
    largest would take in the greeting of a one-job alert, and its first line with it."""
    shown = len(text_lines(anchor))
    for parent in anchor.parents:
        if parent.name in _TOP or _names_other(parent, key, platform):
            return None
        if len(text_lines(parent)) > shown:
            return parent
    return None


def _names_other(element: Tag, key: str, platform: Platforms) -> bool:
    keys = {_key(str(a["href"]), platform) for a in element.find_all("a", href=True)}
    return any(k and k[0] != key for k in keys)


def company_place(
    lines: list[str], before: list[str] | None = None
) -> tuple[str | None, str | None]:
    """`Company · Place` on one line (LinkedIn, Welcome to the Jungle; "Company | Place",
    "Company – Place" on other boards' cards: `_shows_company_place`), or the company
    and the place on two; or the company on the line above the title (Welcome to the
    Jungle's and Otta's newer cards), when the card shows at most one line below it and
    the line above is a name, not a greeting ("Hi Sam,", "Hallo Ana", "New jobs for
    you:"). A lone line below the title that names a known place is the place. A line a
    label heads that no parser reads ("Kategori: Web") is neither: a card without a
    company line would take it as its company ("Remote: EU only" names a place)."""
    lines = [line for line in lines if not _unread_label(line)]
    above = before[-1] if before else ""
    if len(lines) < 2 and _NAME.fullmatch(above) and not is_greeting(above):
        return above, (lines[0] if lines else None)
    if len(lines) == 1 and not _DOT.search(lines[0]) and names_a_place(lines[0]):
        return None, lines[0]
    if lines and _shows_company_place(lines):
        # "Leidos • Aldie, VA • On-site" (ZipRecruiter): the work's setting after the place
        company, place, *_ = [*_BETWEEN.split(lines[0], maxsplit=2), ""]
        return company.strip() or None, place.strip() or None
    return (lines[0] if lines else None), (lines[1] if len(lines) > 1 else None)


def _shows_company_place(lines: list[str]) -> bool:
    """Whether the first line is `Company · Place`; with a bar or a dash between, only
    when no place line follows it or a place stands after it ("Nordlicht – Logistik" is
    a name where the place has its own line)."""
    if _DOT.search(lines[0]):
        return True
    parts = _BETWEEN.split(lines[0], maxsplit=2)
    return len(parts) > 1 and (len(lines) == 1 or names_a_place(parts[1]))


def _unread_label(line: str) -> bool:
    found = _LABEL_HEAD.match(line)
    return found is not None and not names_a_place(found.group(1))


def labelled(lines: list[str]) -> tuple[dict[str, str], list[str]]:
    """What the card's labelled lines state ("Location: Remote" as {"location": ...}),
    and its other lines."""
    found: dict[str, str] = {}
    rest: list[str] = []
    for line in lines:
        match = _LABELLED.match(line)
        field = next((k for k in _LABELS if match and match.group(k)), None)
        if match and field:  # the first line of a label states it; a repeat is no field
            period = field == "pay" and _PERIOD_LABEL.fullmatch(match.group(field))
            found.setdefault(field, line.strip() if period else match.group("value").strip())
        else:
            rest.append(line)
    return found, rest


def job_type(lines: list[str]) -> tuple[str | None, list[str]]:
    """The kind of work the card states ("Full-Time", the "CDI" of "CDI · Lyon", Reed's
    "Contract, full-time"), and its lines without it."""
    kind, rest = None, []
    for line in lines:
        parts = PARTS.split(line)
        kept = [part for part in parts if not _kinds_of_work(part)]
        kind = kind or next((part for part in parts if _kinds_of_work(part)), None)
        if kept:
            rest.append(" · ".join(kept) if len(kept) < len(parts) else line)
    return kind, rest


def _kinds_of_work(part: str) -> bool:
    """Whether a line's part names only kinds of work, one or a few joined by commas."""
    return all(JOB_TYPE.fullmatch(kind.strip()) for kind in part.split(","))


def offers_to_unsubscribe(text: str) -> bool:
    """Whether a mail's text has a list's footer ("Unsubscribe", "Se désabonner", "©")."""
    return _FOOTER.search(text) is not None


def is_greeting(line: str) -> bool:
    """Whether a line greets the reader ("Hi Ana, here are 5 new jobs", "Bonjour Ana")."""
    return _GREETING.fullmatch(line) is not None


def names_a_place(line: str) -> bool:
    """A known place ("Lyon", "Berlin, Germany", Australia's "Melbourne VIC", Italy's
    "Monza (MB)"), a Japanese or Korean address ("東京都渋谷区", "서울 강남구"), or work
    from anywhere ("Remote")."""
    return (
        _ANYWHERE.fullmatch(line) is not None
        or _JP_ADDRESS.fullmatch(line) is not None
        or _KR_ADDRESS.fullmatch(line) is not None
        or is_place(_IT_PROVINCE.sub("", _AU_STATE.sub("", line)).lower())
    )


def pay_line(lines: list[str]) -> str | None:
    return next((line for line in lines if PAY.search(line)), None)


def url_key(url: str) -> tuple[str, str]:
    """(key, clean URL) of a job link on no known platform (an employer's own page)."""
    clean = clean_url(url)
    return f"url:{id_from_url(clean)}", clean


def is_snippet(line: str) -> bool:
    """A line of the description: a long one, or a Japanese sentence, short as it is
    ("自社サービスのAPI開発。")."""
    return len(line) >= _LONG or "。" in line


def summary(text: str | None) -> str | None:
    text = " ".join((text or "").split())
    return text[:MAX_SUMMARY] or None
