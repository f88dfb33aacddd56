"""Job boards' and freelance project boards' alerts: the senders of `SENDERS` below (the
README's table of alert senders names them by country). Their cards are alike: the title linked
to the job's page (the id in its path; Google's in its `htidocid`, Gupy's in its path or
its token), then the company, the place and, when stated, the pay; or the company above
the title (Welcome to the Jungle, Otta, We Work Remotely, Contra, jobup.ch, Remotar, Built
In). Labelled lines ("Location: Remote", "Local: Recife - PE") say what they hold; the
kind of work ("Full-Time", "CDI", "CLT") is kept as such, badges ("Neu", "Quick apply",
"Vaga nova"), ages ("vor 2 Tagen", "há 2 dias") and Google's "via LinkedIn" are dropped,
and so is a line that only says how the work is set ("Hybrid") above the place. A pay
beside the place on one line ("London · £70K to £85K") is the pay, the rest the place.
Work.ua's one-line alert ("Нова вакансія: <title>, <company>, <place>, <pay>") is split
from its end. Their other mail holds no job link, or speaks of the user's application: no
job.
"""

from __future__ import annotations

import re
from email.message import EmailMessage

from extractors.inbox.senders._job import (
    PARTS,
    PAY,
    Card,
    Job,
    Platforms,
    company_place,
    is_snippet,
    job_type,
    labelled,
    message_cards,
    names_a_place,
    pay_line,
    summary,
)

NAME = "boards"
SENDERS = (
    "@stepstone.de", "@stepstone.at", "@stepstone.be", "@stepstone.nl", "@xing.com",
    "@totaljobs.com", "@reed.co.uk", "@cv-library.co.uk",
    "@seek.com.au", "@seek.co.nz", "@naukri.com", "@freelancermap.de",
    "@freelancermap.com", "@freelancermap.at", "@freelancermap.ch", "@contra.com",
    "@otta.com", "@welcometothejungle.com", "@toptal.com", "@jobs.ch", "@jobup.ch",
    "@remoteok.com", "@remoteok.io", "@weworkremotely.com", "@workingnomads.com",
    "@workingnomads.co", "notify-noreply@google.com", "@free-work.com", "@apec.fr",
    "@hellowork.com", "@gupy.io", "@programathor.com.br", "@vagas.com.br", "@trampos.co",
    "@remotar.com.br", "@dice.com", "@builtin.com", "@remote.co", "@arc.dev",
    "@justjoin.it", "@nofluffjobs.com", "@pracuj.pl", "@bulldogjob.pl", "@theprotocol.it",
    # Ukraine
    "@djinni.co", "@dou.ua", "@work.ua", "@robota.ua",
    # Spanish-speaking Latin America
    "@computrabajo.com", "@computrabajo.com.ar", "@computrabajo.com.mx", "@computrabajo.com.co",
    "@bumeran.com.ar", "@bumeran.com.pe", "@bumeran.com", "@zonajobs.com.ar", "@getonbrd.com",
    "@getonbrd.cl",
    # Colombia's elempleo.com and Magneto365; Torre (its talent network, Latin America's)
    "@elempleo.com", "@magneto365.com", "@torre.ai", "@torre.co",
    # Spain
    "@infojobs.net", "@tecnoempleo.com", "@proz.com",
    # Africa
    "@jobberman.com", "@jobberman.com.gh", "@brightermonday.co.ke", "@brightermonday.co.ug",
    "@brightermonday.co.tz", "@myjobmag.com", "@myjobmag.co.ke", "@myjobmag.co.za",
    "@myjobmag.com.gh", "@fuzu.com",
    # South Africa
    "@pnet.co.za", "@careerjunction.co.za", "@careers24.com",
    # the Philippines (JobStreet's other Asian sites alike)
    "@onlinejobs.ph", "@jobstreet.com", "@jobstreet.com.ph", "@jobstreet.com.my",
    "@jobstreet.com.sg", "@jobstreet.co.id", "@kalibrr.com",
    # Indonesia (JobStreet's and Kalibrr's above)
    "@glints.com", "@karir.com", "@projects.co.id", "@dealls.com", "@loker.id",
    # Japan
    "@levtech.jp", "@findy-code.io", "@lancers.jp", "@crowdworks.jp", "@wantedly.com",
    # Korea
    "@wanted.co.kr", "@saramin.co.kr", "@jumpit.co.kr", "@jobkorea.co.kr", "@rocketpunch.com",
    "@wishket.com", "@kmong.com",
    # the US; Australia and New Zealand; Canada
    "@ziprecruiter.com", "@jora.com", "@freemoa.com", "@workopolis.com", "@jobbank.gc.ca",
    "@guichetemplois.gc.ca", "@jobillico.com", "@jobboom.com",
    # writers' job boards
    "@problogger.com", "@writethedocs.org",
    # the Netherlands
    "@freelance.nl", "@striive.com", "@werkzoeken.nl", "@hoofdkraan.nl",
    "@nationalevacaturebank.nl",
    # Sweden: the consultant brokers, Platsbanken (Arbetsförmedlingen) and Jobbsafari
    "@brainville.com", "@cinode.com", "@cinode.market", "@keyman.se", "@nikita.se",
    "@eworkgroup.com", "@kvalitetskonsulterna.se", "@arbetsformedlingen.se", "@jobbsafari.se",
    # Turkey
    "@kariyer.net", "@yenibiris.com", "@secretcv.com",
    # Egypt and the Gulf
    "@wuzzuf.net", "@forasna.com", "@bayt.com", "@gulftalent.com",
    # Italy
    "@infojobs.it", "@subito.it", "@randstad.it",
    # job search engines: Jooble, Adzuna, SimplyHired, Monster (every country's site)
    "@jooble.org", "@jooble.com", "@adzuna.com", "@adzuna.co.uk", "@adzuna.in", "@adzuna.de",
    "@adzuna.fr", "@adzuna.com.au", "@adzuna.ca", "@adzuna.com.br", "@adzuna.nl", "@adzuna.it",
    "@adzuna.es", "@adzuna.pl", "@adzuna.at", "@adzuna.ch", "@adzuna.co.nz", "@adzuna.sg",
    "@adzuna.co.za", "@adzuna.com.mx", "@adzuna.be", "@simplyhired.com", "@simplyhired.ca",
    "@simplyhired.co.uk", "@monster.com", "@monster.co.uk", "@monster.de", "@monster.fr",
    "@monster.ca", "@monster.at", "@monster.ch", "@monster.nl", "@monster.be", "@monster.ie",
    # FlexJobs; the talent networks Braintrust, Turing and Gun.io
    "@flexjobs.com", "@usebraintrust.com", "@turing.com", "@gun.io",
    # the UK's CWJobs and JobServe; India's foundit, Instahyre, hirist, iimjobs, Cutshort
    "@cwjobs.co.uk", "@jobserve.com", "@foundit.in", "@foundit.sg", "@foundit.ae",
    "@foundit.my", "@foundit.hk", "@instahyre.com", "@hirist.tech", "@hirist.com",
    "@iimjobs.com", "@cutshort.io",
    # Mexico's OCC Mundial, Chile's Laborum; the remote boards Remotive and Himalayas
    "@occ.com.mx", "@laborum.cl", "@remotive.com", "@remotive.io", "@himalayas.app",
    # Vietnam
    "@itviec.com", "@topcv.vn", "@vietnamworks.com", "@vietnamworks.vn", "@topdev.vn",
    "@careerviet.vn",
    # Romania
    "@ejobs.ro", "@bestjobs.eu", "@hipo.ro", "@undelucram.ro",
    # Czechia and Slovakia
    "@jobs.cz", "@prace.cz", "@startupjobs.cz", "@profesia.cz", "@profesia.sk", "@cocuma.cz",
    "@techloop.io",
    # Hungary
    "@profession.hu", "@cvonline.hu",
    # Bangladesh
    "@bdjobs.com",
)  # fmt: skip
PLATFORMS = (
    "stepstone", "xing", "totaljobs", "reed", "cvlibrary",
    "seek", "naukri", "freelancermap", "contra", "otta", "wttj",
    "toptal", "jobsch", "remoteok", "weworkremotely", "workingnomads", "googlejobs", "freework",
    "apec", "hellowork", "gupy", "programathor", "vagas", "trampos", "remotar", "dice",
    "builtin", "remoteco", "arc",
    "justjoin", "nofluffjobs", "pracuj", "bulldogjob", "theprotocol",
    "djinni", "dou", "workua", "robotaua",
    "computrabajo", "bumeran", "zonajobs", "getonbrd", "elempleo", "magneto", "torre",
    "infojobs", "tecnoempleo", "proz",
    "levtech", "findy", "lancers", "crowdworks", "wantedly",
    "wanted", "jumpit", "jobkorea", "rocketpunch", "wishket", "saramin", "kmong",
    "jobberman", "brightermonday", "myjobmag", "fuzu", "pnet", "careerjunction", "careers24",
    "ziprecruiter", "jora", "freemoa", "workopolis", "jobbank", "problogger", "writethedocs",
    "jobillico", "jobboom",
    "onlinejobs", "jobstreet", "kalibrr", "glints", "karir", "projectscoid",
    "freelancenl", "striive", "werkzoeken", "hoofdkraan", "nvb",
    "brainville", "cinode", "keyman", "nikita", "ework", "kvalitetskonsulterna", "platsbanken",
    "jobbsafari", "kariyer", "yenibiris", "secretcv", "wuzzuf", "forasna", "bayt", "subito",
    "randstad", "jooble", "adzuna", "simplyhired", "monster", "flexjobs", "braintrust", "turing",
    "gunio", "cwjobs", "jobserve", "foundit", "instahyre", "hirist", "iimjobs", "cutshort", "occ",
    "laborum", "remotive", "himalayas", "itviec", "topcv", "vietnamworks", "topdev",
    "careerviet", "ejobs", "hipo", "bestjobs", "undelucram", "jobscz", "pracecz", "startupjobs",
    "profesia", "professionhu", "cvonline", "dealls", "lokerid", "cocuma", "techloop",
    "gulftalent", "bdjobs",
)  # fmt: skip
# how the work is set, on a line of its own (Built In's "Hybrid" above "New York, NY")
_SETTING = re.compile(
    r"(?i)hybrid|on-?site|in-office|(?:100\s?% |hybrid |option for )?remote work|remote or hybrid"
    r"|hibrit|(?:tamamen |%100 )?uzaktan|iş yerinde|ofisten"  # tr: Kariyer.net's "Hibrit"
    r"|عن بعد|عن بُعد|هجين|من المقر|من المكتب"  # ar: Wuzzuf's and Forasna's Arabic cards
    r"|tại văn phòng|làm việc từ xa"  # vi: TopCV's Vietnamese cards
    r"|kerja di kantor|kerja dari rumah|wfo|wfh|wfa"  # id: Glints' "Kerja di kantor"
    r"|hibrid|la birou|de acas[ăa]"  # ro: eJobs' and BestJobs' "Hibrid", "La birou"
    r"|hybridní(?: práce)?|(?:možnost )?práce z domova|na místě"  # cs: Jobs.cz's cards
    r"|(?:teljes )?távmunka|(?:részben )?home office|irodai munkavégzés"  # hu: Profession.hu's
    # fr: Québec's and France's cards ("Télétravail complet", "Hybride", "Sur place")
    r"|(?:100\s?% )?t[ée]l[ée]travail(?: complet| hybride)?|hybride|sur place|en pr[ée]sentiel"
    r"|[àa] distance"
)
# a setting line that leaves it open, or names an office: matched, not lower-cased, as
# str.lower makes the dotted capital of "OFİSTEN" an "i" and a combining dot
_SETTING_OPEN = re.compile(r"(?i)remote or hybrid$|option|možnost")
# (ar: "هجين" hybrid, "من المقر" at the premises, "من المكتب" from the office; vi: "văn
# phòng" an office; ro: "hibrid", "la birou"; fr: "hybride", "sur place", "en présentiel")
_SETTING_OFFICE = re.compile(
    r"(?i)hybrid|site|office|hibrit|yerinde|ofis|هجين|المقر|المكتب|văn phòng|hibrid|birou"
    r"|sur place|pr[ée]sentiel|hybridn|místě|kantor|wfo|irodai|részben"
)
# the lead-in of a one-line alert (Work.ua's, in Ukrainian and Russian)
_ONE_LINE = re.compile(r"(?i)(?:нова вакансія|новая вакансия)\s*:\s*(.+)")
# a card's button that applies to its job, or opens its offer ("Apply", "Postuler",
# "Bewerben", "Aplicar", "Candidatar-se", "Solliciteer", "応募する", "지원하기", "Voir l'offre")
APPLY_BUTTON = (
    r"(?:easy |quick |(?:1|one)-click )?apply(?: now)?|view job|schnellbewerbung"
    r"|(?:einfach |jetzt )?bewerben|candidature simplifiée|postuler|aplicar(?: ahora)?"
    r"|postularme|postular|candidat(?:ar-se|e-se)|candidatar|solliciteer|direct solliciteren"
    r"|応募する|지원하기|voir l'offre|job ansehen|ver (?:a )?vaga|ver (?:la )?oferta"
)
_NOISE = re.compile(
    rf"(?i){APPLY_BUTTON}|new|neu|nouveau|top ?job|featured|promoted|gesponsert|sponsored"
    r"|view details"
    r"|zum (?:job|projekt)|projekt ansehen"
    r"|(?:vor|il y a) \d+ \w+|\d+\+? (?:days?|hours?|tage?n?|stunden?) ago(?: · .*)?|today|heute"
    r"|\d+\s*-\s*\d+ yrs|(?:entry|junior|mid|senior|expert)[- ]level|expert/leader"
    r"|(?:start|beginn|laufzeit|dauer|posted|veröffentlicht)\b.*"
    r"|via \S+(?: \S+)?|verified|remote ?ok|hiring"
    r"|voir l'annonce|à la une|sponsorisée?|urgent|aujourd'hui|hier|nouvelle offre"
    r"|vaga nova|nova vaga|destaque|patrocinada|urgente"
    r"|hoje|ontem|há \d+ \w+"
    r"|nowa|nowość|aplikuj|zobacz ofertę|szybka aplikacja|promowana|wyróżniona|dzisiaj|wczoraj"
    r"|\d+ dni temu"
    r"|新着|急募|注目|おすすめ|詳細を見る|案件(?:の)?詳細(?:を見る)?|話を聞きに行きたい"
    r"|\d+日前|本日|昨日|残り\d+日|あと\d+日|募集終了まで\S*"
    r"|(?:프로젝트\s?|공고\s?)?상세\s?보기|공고\s?보기|마감\s?임박|오늘\s?마감|d-\d+"
    r"|신규|추천|즉시\s?지원|\d+일 전"
    r"|nieuw|bekijk (?:de )?(?:opdracht|vacature)|reageer(?: direct)?"
    r"|vandaag|gisteren|\d+ (?:dagen|uur) geleden"
    r"|ny|nytt|(?:visa|se) (?:uppdraget|annonsen|jobbet)|ansök(?: nu| här)?|publicerad .*"
    r"|idag|igår|\d+ (?:dagar|timmar) sedan"
    r"|(?:예상\s?|진행\s?|희망\s?(?:작업\s?)?)?기간\s?[:：].*"
    r"|경력\s?(?:무관|\d+\s?[-~]\s?\d+\s?년|\d+\s?년\s?(?:이상|↑))|신입(?:/경력)?"
    r"|yeni|(?:hemen |kolay )?başvur(?:u)?|ilanı (?:gör|incele)|detayları gör|öne çıkan|acil"
    r"|bugün|dün|\d+ (?:gün|saat) önce"
    r"|قدم الآن|قدم الان|التقديم الآن|جديد|منذ \d+ (?:يوم|أيام|ايام|ساعة|ساعات|دقيقة|دقائق)"
    r"|mới|gấp|hot|ứng tuyển(?: ngay)?|xem chi tiết|hôm nay|hôm qua|\d+ (?:ngày|giờ|phút) trước"
    r"|(?:đăng|cập nhật) \d+ (?:ngày|giờ|phút) trước|còn \d+ ngày để ứng tuyển"
    r"|baru|lamar(?: sekarang| cepat)?|lihat (?:detail|lowongan)|hari ini|kemarin"
    r"|(?:diperbarui )?\d+ (?:hari|jam|menit) (?:yang )?lalu|aktif merekrut"
)


def jobs(message: EmailMessage) -> list[Job]:
    return card_jobs(message, PLATFORMS)


def card_jobs(message: EmailMessage, platforms: Platforms) -> list[Job]:
    """The jobs of the alert's cards that link `platforms`' jobs, read as boards lay
    them out."""
    found = []
    for card in message_cards(message, platforms, _NOISE):
        if not card.lines and (one := _one_line(card)):
            found.append(one)
            continue
        stated, lines = labelled([_without_noise(line) for line in card.lines])
        kind, lines = job_type(lines)
        pay, lines = (stated["pay"], lines) if "pay" in stated else _pay(lines)
        fields = [line for line in lines if line != pay and not is_snippet(line)]
        remote = _setting_remote(fields)
        setting, fields = _setting_last(fields)
        company, location = company_place(_without_setting(fields), card.before)
        if location and setting:
            location = f"{location} ({setting})"  # as LinkedIn writes it: "Berlin (Hybrid)"
        # a snippet stays the text though it holds the pay ("Günde 2 saat çalışarak ayda
        # 40.000 TL kazanın. Başvuru için sadece WhatsApp."): its other words are read too
        snippet = " ".join(line for line in lines if is_snippet(line))
        found.append(
            Job(card.key, card.url, card.title, stated.get("company") or company,
                stated.get("location") or location, pay, stated.get("engagement") or kind,
                summary(snippet), remote)
        )  # fmt: skip
    return found


def _pay(lines: list[str]) -> tuple[str | None, list[str]]:
    """The pay a card states, on a line of its own or as a part of one beside the place
    ("London · £70K to £85K"), and the card's lines with the place as a line of its own.
    A part that names no place stays with the pay ("$3,000 · Fixed"). A sum in the
    description's words ("Lavoro a progetto, compenso 1.500 €. Possibilità di ...") is
    no pay field: the text's reader weighs it in its sentence."""
    line = pay_line(lines)
    if line is None or is_snippet(line):
        return None, lines
    parts = PARTS.split(line)
    paid = [part for part in parts if PAY.search(part)]
    rest = [part for part in parts if part not in paid]
    place = [part for part in rest if not _SETTING.fullmatch(part)]  # "London · Hybrid"
    if len(parts) == 1 or len(paid) != 1 or not names_a_place(" · ".join(place)):
        return line, lines
    at = lines.index(line)
    return paid[0], [*lines[:at], " · ".join(rest), *lines[at + 1 :]]


def _setting_last(fields: list[str]) -> tuple[str | None, list[str]]:
    """A last line naming only how the work is set, below the company and the place
    (Kariyer.net's "Moda Yazılım", "İstanbul(Asya) - Kadıköy", "Hibrit"): the place's
    setting; and the other lines."""
    if len(fields) > 2 and _SETTING.fullmatch(fields[-1]):
        return fields[-1], fields[:-1]
    return None, fields


def _without_setting(fields: list[str]) -> list[str]:
    """The card's fields without a line that names only how the work is set ("Hybrid",
    "On-site", Remote.co's "Hybrid Remote Work") where a line after it names the place;
    the last line, the only place a card may state, is kept."""
    return [f for at, f in enumerate(fields) if at == len(fields) - 1 or not _SETTING.fullmatch(f)]


def _setting_remote(fields: list[str]) -> bool | None:
    """Whether the work is remote, as a line of its own that says how it is set states
    it: "100% Remote Work" and "Tamamen uzaktan" are, "Hybrid", Remote.co's "Hybrid
    Remote Work", "On-site", "Hibrit", "Ofisten" and "من المقر" are not (a remote board
    lists hybrid jobs too); "Option for Remote Work" leaves it open. None when no line
    says."""
    for field in fields:
        if found := _SETTING.fullmatch(field):
            words = found[0]
            if _SETTING_OPEN.match(words):
                return None
            return not _SETTING_OFFICE.search(words)
    return None


def _without_noise(line: str) -> str:
    """A line without its parts that are badges or ages ("서울 강남구 · 경력 3-7년": the
    years of experience Korean boards put beside the place)."""
    parts = PARTS.split(line)
    kept = [part for part in parts if not _NOISE.fullmatch(part)]
    return " · ".join(kept) if kept and len(kept) < len(parts) else line


def _one_line(card: Card) -> Job | None:
    """A job its alert states on one line after a lead-in, Work.ua's "Нова вакансія:
    <title>, <company>, <place>[, <pay>]": its parts from the end, the title what is left
    (a title may hold a comma, a company or a place here does not)."""
    found = _ONE_LINE.match(card.title)
    parts = [part.strip() for part in found.group(1).split(", ")] if found else []
    pay = parts.pop() if len(parts) > 3 and PAY.search(parts[-1]) else None
    if len(parts) < 3:
        return None
    place, company = parts.pop(), parts.pop()
    return Job(card.key, card.url, ", ".join(parts), company, place, pay)
