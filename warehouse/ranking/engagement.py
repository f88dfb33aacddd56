"""How a posting engages: contract, part-time, full-time ..., read from its words.

A freelancer wants to know whether there is a non-employee way in, so when a text names
several (a "full-time or contract" role) the first freelance or contract one wins, else
the first part-time one (a status outside employment beats the load said beside it:
"part-time, freelance" and a Vietnamese "bán thời gian, cộng tác viên" are freelance),
and full-time only counts when nothing else is named; every one named is kept beside it
("part- or full-time" offers both). "Freelance" stays its own value, as in the structured labels of
`extractors._normalize`; contract-to-hire is a contract; seniority labels
("professional", "berufserfahren") are no engagement, nor are freelancers a post does
not invite ("an app for freelancers"); a few hours a week or a month is part-time, as is
a half-time post, a share of an FTE ("0.5 FTE") and a workload in percent ("| 60 to 100
% |", "Pensum 80%"), full-time too where it reaches 100; a week of 35 hours or more is
full-time; an interim, locum or temp post is a contract, as is work "on a per-project
basis", a seasonal or per diem post and a UK "12 month FTC" or a South African "FTC 6
months"; a few days a week are part-time unless they are days at an office (a hybrid
week); a retainer is freelance, a salaried post full-time. A negated label ("no
contractors", "we never do contracts", "not full-time") is ignored. "FT" is full-time
only where it stands as a label ("(FT)", "FT/PT", "FT or contract"), as elsewhere it is
the Financial Times, feet or part of a name. Labels are read in the sources' languages:
"zzp", "portage salarial", a French or Moroccan "auto-entrepreneur" (or
"micro-entrepreneur") and a Finnish "toiminimi" are freelance; a Brazilian "PJ"
standing as a label ("Vaga PJ", "PJ ou CLT"; "PJ Smith" is a name) or "cooperado" (paid
through a workers' co-operative), a Polish "B2B" ("kontrakt B2B", "Typ umowy: B2B", pay
"netto + VAT" invoiced), a Czech "IČO" (a sole trader's, or a Slovak "živnosť") and a
Latin American "por
honorarios", an Argentine "monotributista" and a Ukrainian "ФОП" ("FOP", Russian "ФЛП";
invoicing as self-employed), a Russian or Kazakh "договор ГПХ" (a civil-law contract),
"самозанятый" or "договор с ИП" (a sole proprietor's), or work "на підряд" (by a contract
of work) a contractor,
while "CDI", a Moroccan "contrat ANAPEC" (a subsidised first job, "Idmaj"), "vast
contract", "contrato indefinido", "plaza indefinida", a Mexican "contratación por
nómina" (payroll), an Argentine "relación de dependencia" or "sem termo", "umowa o
pracę", "tempo indeterminato", a Romanian "contract de muncă", a Czech "HPP" (a Czech
"DPP" or "DPČ" agreement part-time) and a Nordic "vakituinen" or "fast ansettelse" are
employment, as are a Dutch "loondienst" and "detachering" (employed by the agency that
seconds you), where "inhuur" and an "interim opdracht" are contracts. Work "paid per
video" is freelance, paid by the piece. A staffing post's tax terms (`tax_terms`: "W2
only", "no C2C", "T4 only", "ABN holders only") are a contract's where no label stands,
a UK "Perm" employment; "contract management" is a business's trade.
"""

from __future__ import annotations

import itertools
import re
import string
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import date
from functools import lru_cache
from typing import NamedTuple, get_args

from extractors._contract import Engagement
from warehouse.ranking._text import (
    DIGITS,
    Caseless,
    Phrases,
    Skimmed,
    clause_after,
    clause_before,
    lowered,
    may_hold,
    opens_a_header_cell,
)
from warehouse.ranking.tax_terms import TERM_1099, stated_tax_terms

# a load too small to count: "a few hours a week", "a couple of hours per month"
_HOURS_A = r"hours?\s+(?:a|per|each|every)\s+(?:week|month)"
_FEW_HOURS = rf"few\s+{_HOURS_A} couple\s+(?:of\s+)?{_HOURS_A} several\s+{_HOURS_A}"
# "Interim CFO", "interim Head of Product": a post filled for a term ("in the interim" is not)
_INTERIM_ROLE = (
    r"(?:c[a-z]o|head|director|manager|management|lead|role|position|engineer|vp"
    r"|controller|executive|assignment|architect|consultant|opdracht|functie|professional)"
)
# work paid by the piece: "paid per video", "pay by the article"
_PIECE = (
    r"(?:videos?|articles?|words?|pieces?|posts?|tasks?|episodes?|images?|designs?|gigs?|projects?)"
)
# a word that makes a Brazilian "PJ" after it the contract's label ("Vaga PJ para ...",
# "regime PJ de 6 meses"), where "PJ Smith" and "PJ Masks" stay names
_PJ_AFTER = " ".join(
    rf"{word}\W+pj(?!\w)"
    for word in ("vagas?", "regime", "modelo", "contrata[çc][ãa]o", "atua[çc][ãa]o", "como", "via")
)
# a seasonal post: "Seasonal position", "seasonal tax preparer" is a contract, as is
# "Seasonal." standing alone as a term ("Seasonal. $19/hr."), not "our work is seasonal."
_TERM_JOB = (
    r"(?:position|role|job|work|worker|staff|hire|employee|contract|associate|assignment"
    r"|preparer|opportunity)"
)
# a few working days a week ("available 3 days a week", "2 Tage pro Woche") is part-time;
# at an office ("3 days a week in the office") it is a hybrid week, see `office_days`
_A_WEEK_OF_DAYS = (
    r"[\s-]*(?:days?|tage?n?|jours?|d[ií]as|dagen|dagar|dni)\s*"
    r"(?:/\s*|a\s+|per\s+|pro\s+|par\s+|por\s+|a\s+la\s+|each\s+|w\s+|i\s+)"
    r"(?:week|wk|woche|semaine|semana|tygodniu|veckan|vecka)"
)
_DAYS_A_WEEK = rf"\d(?<![04-9])(?:\s*[-–]\s*[1-4])?{_A_WEEK_OF_DAYS}"
# an employment contract with no end: "contrato indefinido", "a término indefinido",
# "sem termo", "por tempo indeterminado"
_OPEN_ENDED = (
    r"(?:(?:(?:a|por|de)\W+(?:t[ée]rmino|tiempo|tempo|duraci[óo]n)\W+)?indefinid[oa]"
    r"|sem\W+termo|por\W+tempo\W+indeterminado)"
)
# a contract as the business's trade, not the job's terms: "a contract management
# platform", "contract negotiation", "contract law"
_BUSINESS_OF = (
    r"\W+(?:management|lifecycle|negotiations?|review|law|lawyers?|analytics|intelligence"
    r"|drafting|administration|compliance|platform|software|repository|automation|templates?)"
)
# a Romanian "contract (individual) de muncă" is an employment contract, and so is a
# "contract pe perioadă nedeterminată" (open-ended)
_NOT_OF_WORK = r"(?!\W+(?:(?:individual\W+)?de\W+munc|pe\W+(?:perioad|durat)[ăa]\W+nedetermin))"
# "contract" naming a field whose word follows, not the term: "Contract: Full-time",
# "Contract type: freelance", "Type of contract: Permanent" ("Contract: 6 months" is one)
_NOT_A_LABEL = r"(?!\s*(?:type\s*)?:\s*[^\W\d_])"
# an Argentine contractor invoicing under the "monotributo" tax regime, hired as one:
# "facturando como monotributista", "modalidad: monotributo"; the regime as an
# accountant's work or monotributistas as customers are none
_MONOTRIBUTO = " ".join(
    rf"{word}\W+(?:(?:de\W+)?contrataci[óo]n\W+)?monotributo"
    for word in (
        "modalidad", "esquema", "contrataci[óo]n", "contrato", "v[íi]nculo", "bajo", "como",
        "v[íi]a",
    )
)  # fmt: skip
# a Ukrainian sole proprietor's contract in Latin letters: "FOP" as a label ("(FOP)",
# "ФОП / FOP", "as FOP", "FOP contract"), where a "FOP" in prose may be a police lodge
_FOP = (
    r"fop(?=\s*[,|/;)]|\s*$) as\W+(?:an?\W+)?fop(?!\w) via\W+fop(?!\w) through\W+fop(?!\w)"
    r" fop\W+(?:contract|agreement|basis|cooperation)"
)
# a Mexican or Peruvian post on the payroll ("contratación directa por nómina",
# "contrato en planilla", "ingreso a planilla", "Planilla" as a label) is employment,
# where a "planilla de Excel" (a spreadsheet, as Chile says it) is none
_PAYROLL = r"(?:por|de|en|bajo)\W+(?:n[óo]mina|planilla(?!s|\W+(?:de|en)\W))"
_PLANILLA = r"ingres(?:o|ar)\W+a\W+planilla pase\W+a\W+planilla planilla(?=\s*[,|/;)\n]|\s*$)"
# a contractor hired "a honorarios" (Chile), as the word before it says
_HONORARIOS = " ".join(
    rf"{word}\W+a\W+honorarios"
    for word in ("modalidad", "contrataci[óo]n", "trabajo", "pago", "r[ée]gimen", "esquema")
)
# Colombia's employment contracts with an end: "a término fijo" (a fixed term, with the
# statutory benefits) and "por obra o labor" (for one piece of work), where a
# "prestación de servicios" is a contractor's (no company's "de servicios de salud")
# Chile's, Argentina's and Spain's "contrato a plazo fijo" is one too
_FIXED_EMPLOYMENT = (
    r"(?:(?:a\W+)?(?:t[ée]rmino|plazo)\W+fijo|(?:por|de)\W+obra\W+(?:o|y|u)\W+labor)"
)
_SERVICES_CONTRACT = r"prestaci[óo]n\W+de\W+servicios(?!\W+(?:de|del|en|a|para)\W)"
# a Spanish-speaking freelancer calls herself "independiente" ("trabajador independiente",
# "diseñadora de producto independiente", "como independiente"); an "empresa
# independiente" is none
_INDEPENDIENTE = " ".join(
    rf"{word}\W+(?:[\w-]+\W+){{0,2}}?independientes?"
    for word in (
        "como", "trabajador[a]?", "profesional", "consultor[a]?", "dise[ñn]ador[a]?",
        "desarrollador[a]?",
    )
)  # fmt: skip
# and a French one calls her trade independent, in inclusive spelling as often
# ("ingénieur·e data indépendant·e", "Data Engineer indépendant", "consultant·e
# indépendant·e"); "une agence indépendante", "un développeur autonome et indépendant"
# (a trait) are none
_INDEPENDANT = " ".join(
    rf"{word}\w*(?:[·.‧-]\w+)*[^\S\n]+(?:(?!(?:et|ou|and|or)\b)[\w-]+[^\S\n]+)?ind[ée]pendant\w*"
    for word in (
        "traduct", "r[ée]dact", "consultant", "travailleu", "ing[ée]nieu", "engineer",
        "d[ée]veloppeu", "developer", "designer", "graphiste", "architecte", "format(?:eur|rice)",
    )
)  # fmt: skip
# a term with a length is a contract: "Laufzeit: 10 Monate + Option", "Durée : 3 mois",
# "Contract length: 12 weeks", and a length to be extended or renewed ("6 meses
# prorrogables", "Initial 6 months, likely extension"); a length alone is no label
# ("6 months parental leave"), nor a permanent post's "initial 3 months" of onboarding
_MONTHS = r"(?:months?|monate?n?|meses|mois|maanden|månader|mån)"
_SPELL = rf"\d\d?[\s-]*(?:{_MONTHS}|weeks?|wochen|semanas|semaines)"
_EXTENDED = (
    r"(?:extension|extend\w*|renew\w*|verlängerung|verlängerbar|option|prorrogables?|prórroga"
    r"|prorroga\w*|renovables?|renouvelables?|reconductibles?|prolongation|renouvellement"
    r"|förlängning)"
)
_TERM_LENGTH = " ".join(
    (
        *(rf"{word}\W+(?:ca\W+)?{_SPELL}" for word in ("laufzeit", "vertragslaufzeit")),
        *(rf"{word}\W+(?:ca\W+)?{_SPELL}" for word in ("projektdauer", "einsatzdauer")),
        rf"dur[ée]e\W+(?:de\W+la\W+mission\W+|du\W+contrat\W+)?{_SPELL}",
        rf"duraci[óo]n\W+(?:del\W+(?:proyecto|contrato)\W+)?{_SPELL}",
        rf"dura[çc][ãa]o\W+(?:do\W+(?:projeto|contrato)\W+)?{_SPELL}",
        rf"initial(?:ly)?\W+{_SPELL}(?:\W+\w+){{0,3}}?\W+{_EXTENDED}",
        rf"{_SPELL}\W+(?:\w+\W+){{0,5}}?{_EXTENDED}(?<!option)",
        rf"{_SPELL}\W*\+\W*option",
    )
)
_LABEL = Phrases(
    {
        "part_or_full": r"part-?\s*(?:or|/|and)\s+full[\s-]?time",
        "full_or_part": r"full-?\s*(?:or|/|and)\s+part[\s-]?time",
        # work paid by the project ("project based") is a contract, not employment, and so is a
        # South Asian "Contractual" label (Bdjobs' "Job Nature: Contractual (1 year)") or a
        # "contractual position" (not "contractual terms"),
        # and a Gulf "12-month secondment" to a client (not staff's "secondment opportunities")
        "contract": rf"""
            contract[\s-]+to[\s-]+(?:hire|perm\w*|full[\s-]?time)
            temp[\s-]+to[\s-]+(?:hire|perm\w*)
            contract(?<!smart\scontract)(?<!tip\scontract)(?<!tipul\scontract)(?<!(?<!time[\s-])limited\scontract){_NOT_OF_WORK}(?!{_BUSINESS_OF}){_NOT_A_LABEL}(?:ors?|s|ing)?
            {TERM_1099} c2c c2h corp[\s-]+to[\s-]+corp temporary
            contractual(?=\s*[,|/;)\n]|\s*$|\s*\(\s*\d|\W+(?:position|role|job|basis|post|hiring|appointment))
            b2b[\s-]+(?:contract|agreement|basis)
            b2b(?=\s*[,|/;):]|\.(?:\s|$)|\s+\d|\s+(?:lub|albo|or)\W|\s*$) umowa\W+b2b
            kontrakt\W+b2b typ\W+umowy\W+b2b rodzaj\W+umowy\W+b2b na\W+b2b
            forma\W+(?:współpracy|zatrudnienia)\W+b2b
            netto\W*\+\W*vat\)? pln\W*\+\W*vat\)? zł\W*\+\W*vat\)? faktur[aęy]\W+vat
            fixed[\s-]+term project[\s-]+based per\W+project\W+basis
            individual\W+consultan(?:t|cy) consultancy\W+(?:fee|assignment|contract|period)
            terms\W+of\W+reference
            secondment(?!s?\W+(?:opportunit|program|scheme))
            temp\W+(?:role|position|job|assignment|worker|staff)
            interim\W+(?:\w+\W+)?{_INTERIM_ROLE} locum befristet\w* werkvertrag dienstvertrag
            temporär(?:stelle|einsatz|anstellung)\w* temporäre[rn]?\W+(?:stelle|einsatz|anstellung)
            temporär(?=\s*[,|/;)]|\s*$)
            interimmers? inhuur\w*
            umowa\W+(?:zlecenie|o\W+dzieło) tempo\W+determinato
            contrato(?!\W+(?:{_OPEN_ENDED}|{_PAYROLL}|{_FIXED_EMPLOYMENT}))(?!\s*:(?!\s*\d))
            {_SERVICES_CONTRACT} contratistas? por\s+proyecto por\W+honorarios
            boleta\W+de\W+honorarios {_HONORARIOS}
            monotributista(?!s) {_MONOTRIBUTO}
            perioad[ăa]\W+determinat[ăa] visstidsanst[äa]llning projektanst[äa]llning
            konsultuppdrag\w* underkonsult\w* uppdragsperiod\w* uppdragsl[äa]ngd f-skatt\w*
            megb[íi]z[áa]si\W+szerz[őo]d[ée]s\w*
            v[áa]llalkoz[óo]i\W+(?:szerz[őo]d[ée]s|jogviszony)\w* v[áa]llalkoz[óo]k[ée]nt
            sz[áa]mla\W+ellen[ée]ben na\W+i[čc]o(?!\w)
            sz[áa]mlak[ée]pes\w* projekt\W+alap[úu]\w*
            p[řr]es\W+i[čc]o(?!\w) nebo\W+i[čc]o(?!\w) či\W+i[čc]o(?!\w) on\W+ičo(?!\w)
            via\W+ičo(?!\w) or\W+ičo(?!\w) ičo(?=\s*[,|/;)\n]|\s*$) živnostensk\w*\W+list\w*
            na\W+živnos[ťt] smlouv\w*\W+na\W+dobu\W+ur[čc]it\w* zmluv\w*\W+na\W+dobu\W+ur[čc]it\w*
            pfa(?=\s*[,|/;)]|\s*$) prin\W+pfa colaborare\W+pfa regim\W+(?:de\W+)?(?:pfa|srl)
            pfa\W+sau\W+srl srl\W+sau\W+pfa durat[ăa]\W+determinat[ăa]
            colaborare\W+(?:b2b|part[\s-]?time|full[\s-]?time|pe\W+(?:termen|proiect))
            চুক্তি[\u0980-\u09ff]*
            pj(?=\s*(?:[,|/;).\n]|ou\s|or\s|$)) {_PJ_AFTER} cdd
            contractuel\w* poste\W+[àa]\W+contrat
            contrat\W+(?:de\W+)?\d\d?\W+(?:mois|semaines|ans?) dur[ée]e\W+d[ée]termin[ée]e
            mandat\W+(?:de\W+)?\d\d?\W+(?:mois|semaines|ans?)
            mission\W+(?:de\W+)?\d\d?\W+(?:mois|semaines|ans?)
            cooperad[oa]s? cooperativa\W+de\W+trabalho
            seasonal[\s/-]+(?:\w+[\s/-]+)?{_TERM_JOB} per[\s-]+diem
            seasonal(?<![a-z][^\S\n]seasonal)(?![^\S\n]*[\w&/-])
            \d\d?[\s-]*months?[\s-]+ftc ftc\W+(?:role|position|contract)
            ftc\W+\d\d?[\s-]*(?:months?|years?)(?!\w) \(ftc\)
            maternity\W+cover paternity\W+cover parental\W+leave\W+cover 계약직 기간제 契約社員
            約聘 約僱 契約人員 契約職 约聘 约雇 สัญญาจ้าง
            mkataba(?!\W+wa\W+kudumu) {_TERM_LENGTH} фоп\w{{0,3}} флп\w{{0,3}} {_FOP}
            gig\W*контракт\w* гіг\W*контракт\w* b2b\W+контракт\w*
            контракт\w*\W+на\W+\d\d?\W+(?:месяц|недел|год|лет|місяц|тижн|рік|рок)\w*
            на\W+підряд\w* догов[іо]р\w*\W+підряду договор\w*\W+подряда на\W+подряд\w*
            підрядник\w* подрядчик\w*
            гпх(?!\w) гражданско\W+правов\w*\W+договор\w* самозанят\w*
            договор\w*\W+(?:с\W+)?ип(?!\w) ип(?=\s*[,|/;)]|\s*$)
            фізичн\w*\W+особ\w*\W+підприєм\w* физическ\w*\W+лиц\w*\W+предпринимат\w*
            sözle[şs]meli sozle[şs]meli proje\W+bazl[ıi] belirli\W+s[üu]reli
            عقد\W+مؤقت بعقد\W+مؤقت عقد\W+محدد\W+المدة بالمشروع
            tempo\W+determinato contratto\W+a\W+progetto lavoro\W+a\W+progetto
            hợp\W+đồng\W+(?:\d+\W+(?:tháng|năm)|thời\W+vụ|ngắn\W+hạn|có\W+thời\W+hạn)
            hop\W+dong\W+(?:\d+\W+(?:thang|nam)|thoi\W+vu|ngan\W+han|co\W+thoi\W+han)
            hợp\W+đồng\W+lao\W+động\W+(?:thời\W+vụ|ngắn\W+hạn|\d+\W+tháng)
            hop\W+dong\W+lao\W+dong\W+(?:thoi\W+vu|ngan\W+han|\d+\W+thang)
            theo\W+dự\W+án theo\W+du\W+an
            pkwt(?!t) kontrak(?!\w)(?!\W+kerja\W+waktu\W+tidak)
            עוסק\W+(?:מורשה|פטור) כעוסק\W+(?:מורשה|פטור)
            על\W+בסיס\W+(?:חוזה|פרויקט\w*) לפי\W+פרויקט\w*
            ορισμ[εέ]ν\w*\W+χρ[οό]ν\w*
            ugovor\w*\W+o\W+dj?elu уговор\w*\W+о\W+делу
            privremen\w*\W+i\W+povremen\w* привремен\w*\W+и\W+повремен\w*""",
        # a retainer pays a freelancer by the month for work on call
        "freelance": rf"""
            freelanc\w* freiberuflich\w* aut[oóô]nomos? retainer ফ্রিল্যান্স[\u0980-\u09ff]*
            zzp(?:'?ers?)? portage\W+salarial pa(?:id|ys?|ying)\W+(?:per|by\W+the)\W+{_PIECE}
            프리랜서 フリーランス 業務委託 準委任 自由职业 partita\W+iva toiminim\w*
            接案 外包(?<!承接外包)(?<!提供外包)(?!公司|商|廠商|厂商|服務|服务|業|业|企業|企业)
            自由工作者 自由職業 ฟรีแลนซ์ ฟรีแลนส์ งานอิสระ
            फ्रिल्यान्स[\u0900-\u097f]* फ्रीलांस[\u0900-\u097f]*
            도급 위임\s*계약 외주(?!\s*(?:없|아님|아닌|사절|불가)) 사업소득\s*3\.3
            kevytyritt[äa]j\w* selbst[äa]ndig\W*erwerbend\w*
            freie[nrs]?\W+(?:mitarbeit|dienstnehm|übersetz|lektor|redakt|texter|autor)\w*
            {_INDEPENDANT}
            pigistes? travailleu(?:r|se)s?\W+autonomes?
            auto[\s-]?entrepreneurs? micro[\s-]?entrepreneurs?
            {_INDEPENDIENTE}
            en\W+ind[ée]pendant\w* en\W+tant\W+qu'?\W*ind[ée]pendant\w*
            statut\W+(?:d'?\W*)?ind[ée]pendant\w* фр[иі]ланс\w* frilans\w*
            проектн(?:ая|ую)\W+работ[ау](?!\w)
            разов(?:ое|ого|ую|ая|ой|ый|ые|ых)\W+(?:задани|проект|заказ|работ)\w*
            serbest\W+[çc]al[ıi][şs]\w* fatura\W+kesebil\w* şah[ıi]s\W+[şs]irket\w*
            عمل\W+حر العمل\W+الحر للعمل\W+الحر بالعمل\W+الحر فريلانس\w* فري\W+لانس\w*
            فریلنس\w* همکاری\W+پروژه\W*ای(?!\w) صورت\W+پروژه\W*ای(?!\w)
            قرارداد\W+پروژه\W*ای(?!\w)
            sah[ıi]s\W+[şs]irket\w* p\.\s?iva libero\W+professionist[ai]
            collaborazione\W+occasionale prestazione\W+occasionale
            cộng\W+tác\W+viên cong\W+tac\W+vien tuyển\W+ctv tuyen\W+ctv
            pekerja\W+lepas szabad[úu]sz[óo]\w* פרילנס\w* כפרילנס\w*
            μπλοκ[αά]κι\w* δπυ(?!\w) τπυ(?!\w) δ\.π\.υ\. τ\.π\.υ\.
            δελτ[ιί]\w*\W+παροχ[ηή]ς\W+υπηρεσι[ωώ]ν
            τιμολ[οό]γι\w*\W+παροχ[ηή]ς\W+υπηρεσι[ωώ]ν εξωτερικ\w*\W+συνεργ[αά]τ\w*
            ελε[υύ]θερ\w*\W+επαγγελματ\w* σ[υύ]μβασ\w*\W+[εέ]ργου
            honorarn\w* хонорарн\w* paušalc\w* paušalac""",
        "fractional": r"fractional",
        "part_time": rf"""
            part[\s-]?time half[\s-]?time {_FEW_HOURS} teilzeit tiempo\s+parcial medio\s+tiempo
            media\s+jornada খণ্ডকালীন temps\W+partiel deeltijd meio\W+per[ií]odo
            niepełny\W+etat pół\W+etatu tempo\W+parziale 兼职 アルバイト deltid osa-?aika\w*
            兼職 兼差 工讀 工读 พาร์ทไทม์ พาร์ทไทม พาร์ตไทม์
            पार्ट\W*टाइम अंशकालिक आंशिक\W+समय
            timanst[äa]llning\w* behovsanst[äa]llning\w*
            파트타임 아르바이트 알바
            r[ée]szmunkaid[őo]\w* částečn\w*\W+[úu]v[aä]z\w* castecn\w*\W+[úu]v[aä]z\w*
            zkr[áa]cen\w*\W+[úu]v[aä]z\w*
            čiasto[čc]n\w*\W+[úu]v[aä]z\w* ciasto[čc]n\w*\W+[úu]v[aä]z\w*
            skr[áa]ten\w*\W+[úu]v[aä]z\w* na\W+dp[pčc](?!\w) formou\W+dp[pčc](?!\w)
            dp[pč](?=\s*[,|/;)\n]|\s*$)
            dohod\w*\W+o\W+proveden[íi]\W+pr[áa]c\w* dohod\w*\W+o\W+pracovn[íi]\W+[čc]innosti
            {_DAYS_A_WEEK} неповн\w+\W+зайнят\w* частков\w+\W+зайнят\w* неполн\w+\W+занят\w*
            частичн\w+\W+занят\w* толық\W+емес\W+жұмыс\w* yar[ıi]\W+zamanl[ıi]
            دوام\W+جزئي بدوام\W+جزئي نصف\W+دوام bán\W+thời\W+gian ban\W+thoi\W+gian
            پاره\W*وقت نیمه\W*وقت
            jum[ăa]tate\W+de\W+norm[ăa] norm[ăa]\W+par[țţt]ial[ăa] norm[ăa]\W+redus[ăa]
            paruh\W+waktu di[áa]kmunk\w* משרה\W+חלקית חצי\W+משרה
            sambilan separuh\W+masa
            μερικ\w*\W+απασχ[οό]λ[ηή]σ\w*
            занятость\W+частичн\w* зайнятість\W+частков\w*
            ნახევარ\w*\W+განაკვეთ\w* არასრულ\w*\W+განაკვეთ\w*
            skra[ćc]en\w*\W+radn\w*\W+vr(?:ij)?em\w* nepun\w*\W+radn\w*\W+vr(?:ij)?em\w*
            скраћен\w*\W+радн\w*\W+врем\w* непун\w*\W+радн\w*\W+врем\w*""",
        # the UAE labour law's employment contracts: a "limited contract" (a fixed term,
        # with the visa and the gratuity) and an "unlimited" one, both an employee's (a
        # "time-limited contract" is a fixed term's, a contract)
        "full_time": rf"""
            limited(?<!time[\s-]limited)\W+contract unlimited\W+contract
            full[\s-]?time fte permanent perm\W+{_TERM_JOB} perm(?=\s*[)|/,]|\s*$) salaried
            vollzeit festanstellung unbefristet\w* tiempo\s+completo
            ajira\W+ya\W+kudumu mkataba\W+wa\W+kudumu
            jornada\s+completa পূর্ণকালীন temps\W+plein cdi voltijd tempo\W+integral clt
            contrat\W+anapec idmaj
            contrato\W+{_OPEN_ENDED} contrato\W+{_FIXED_EMPLOYMENT} t[ée]rmino\W+(?:fijo|indefinido)
            obra\W+(?:o|y|u)\W+labor
            vaste?\W+(?:contract|dienstverband|aanstelling|baan)
            loondienst detachering\w* gedetacheerd detacheren
            正社員 全职 정규직 pe[łl]ny\W+etat pe[łl]en\W+etat umowa\W+o\W+prac[ęe]
            全職 正職 正职 พนักงานประจำ งานประจำ เต็มเวลา
            पूर्णकालीन पूर्णकालिक पूर्ण\W+समय फुल\W*टाइम
            uop(?=\s*[:/]|\.(?:\s|$)|\s+(?:lub|albo|or)\W|\s*$) lub\s+uop(?!\w) albo\s+uop(?!\w)
            oraz\s+uop(?!\w) /\s*uop(?!\w) pln\s+\(uop\) zł\s+\(uop\)
            tempo\W+(?:pieno|indeterminato)
            heltid fuldtid fast\W+(?:stilling|anst[äe]llning|ans[æae]ttelse) fastans[æa]t\w*
            tillsvidare\w* anst[äa]llning\W+tills\W+vidare varaktighet\W+tills\W+vidare
            vanlig\W+anst[äa]llning inga\W+(?:konsulter|bemanningsf[öo]retag)
            vakitui\w* kokoaika\w* hpp pln\w*\W+[úu]v[aä]z\w*
            hlavn[íi]\W+pracovn[íi]\W+pom[ěe]r\w* trval[ýy]\W+pracovn[ýy]\W+pomer\w*
            smlouv\w*\W+na\W+dobu\W+neur[čc]it\w* zmluv\w*\W+na\W+dobu\W+neur[čc]it\w*
            teljes\W+munkaid[őo]\w* hat[áa]rozatlan\W+idej[űu]\w* hat[áa]rozott\W+idej[űu]\w*
            contract\W+(?:individual\W+)?de\W+munc[ăa]
            perioad[ăa]\W+nedeterminat[ăa] durat[ăa]\W+nedeterminat[ăa] norm[ăa]\W+[îi]ntreag[ăa]
            plaza\W+(?:indefinida|permanente|fija)
            contrataci[óo]n\W+(?:directa\W+)?{_PAYROLL} esquema\W+{_PAYROLL} contrato\W+{_PAYROLL}
            100\W*%\W*n[óo]mina n[óo]mina\W+100\W*%
            {_PLANILLA} relaci[óo]n\W+de\W+dependencia повн\w+\W+зайнят\w* полн\w+\W+занят\w*
            полн\w+\W+рабоч\w+\W+д[ен]\w* толық\W+жұмыс\W+күн\w*
            занятость\W+полн\w* зайнятість\W+повн\w* სრულ\w*\W+განაკვეთ\w*
            офіційн\w+\W+працевлаштуван\w* официальн\w+\W+трудоустройств\w*
            пятидневк\w* пятидневн\w+\W+рабоч\w+\W+недел\w*
            график\w*\W+(?:работы\W+)?5\s*/\s*2(?!\d)
            13th(?:\W+(?:and|&)\W+14th)?\W+month(?:\W+pay)? philhealth pag\W?ibig
            hmo\W+(?:coverage|benefits?|card|on\W+day|from\W+day|with\W+\d|(?:and\W+)?13th)
            free\W+hmo tam\W+zamanl[ıi] kadrolu belirsiz\W+s[üu]reli
            دوام\W+كامل بدوام\W+كامل تمام\W*وقت toàn\W+thời\W+gian(?!\W+dự\W+án) toan\W+thoi\W+gian
            hợp\W+đồng\W+lao\W+động hop\W+dong\W+lao\W+dong hđlđ(?!\w) hdld(?!\w)
            lương\W+tháng\W+13
            luong\W+thang\W+13
            pkwtt karyawan\W+tetap pegawai\W+tetap penuh\W+waktu
            sepenuh\W+masa jawatan\W+tetap pekerja\W+tetap kakitangan\W+tetap
            kontrak\W+kerja\W+waktu\W+tidak\W+tertentu
            משרה\W+מלאה שכיר(?:/ה|ה)?(?!\w) כשכיר(?:/ה|ה)?(?!\w)
            πλ[ηή]ρ\w*\W+απασχ[οό]λ[ηή]σ\w* αορ[ιί]στου\W+χρ[οό]νου
            puno\W+radno\W+vr(?:em|ijem)e punim\W+radnim\W+vr(?:em|ijem)enom
            пуно\W+радно\W+време пуним\W+радним\W+временом stalni\W+radni\W+odnos\w*
            сталн\w*\W+радн\w*\W+однос\w* ugovor\w*\W+o\W+radu уговор\w*\W+о\W+раду""",
        # a German temp agency's post ("Arbeitnehmerüberlassung", "ANÜ", "Zeitarbeit")
        # employs its worker, for a term or not: employment, though it names the
        # client's project as a freelancer's would
        # and a Japanese 派遣 (dispatch) worker, employed by the agency ("派遣社員として"),
        # as a Taiwanese one is ("【派遣】前端工程師", "全職（派遣）")
        # as is a Swiss one's ("Personalverleih", "Temporärstelle via Personalverleih")
        "agency": r"""arbeitnehmer[üu]berlassung anü zeitarbeit\w* leiharbeit\w* personalverleih\w*
            派遣社員 派遣契約 派遣スタッフ 派遣就業 派遣(?:で|として)
            파견직 파견\s*(?:계약|근무|형태|사원|으로)
            派遣人員 派遣員工 派遣職 派遣人员 派遣员工 派遣职 【派遣】 （派遣） \(派遣\)""",
    }
)
_ORDER: tuple[Engagement, ...] = get_args(Engagement)
# what each class of label offers; "part- or full-time" offers both
_OFFERS: dict[str, tuple[Engagement, ...]] = {name: (name,) for name in _ORDER}
_OFFERS |= {"part_or_full": ("part_time", "full_time"), "full_or_part": ("full_time", "part_time")}
_OFFERS["agency"] = ("full_time",)
_LENGTH_BEFORE = re.compile(r"\d+[\s-]*(?:months?|weeks?|years?)[\s-]+$", re.IGNORECASE)
_NEGATION = re.compile(
    r"(?<!\w)(?:no|not|never|non|without|kein\w*|nicht|sin|ni|geen|niet|ej|inte|inga|ingen"
    r"|pas(?=\W+d(?:e\b|['’]))"  # fr: "pas d'auto-entrepreneur", "pas de freelance"
    r"|לא|ללא|בלי)"  # he: "לא כשכיר" (not as an employee)
    r"\W+(?:\w+\W+){0,2}$",
    re.IGNORECASE,
)
# a clause ends at any stop, a comma or a parenthesis; a sentence (or a header's cell) at a stop
_CLAUSE_BREAK = re.compile(r"[.;!?\n|,()]")
_SENTENCE_BREAK = re.compile(r"[.;!?\n|]")
_OFFICE_WORDS = re.compile(
    r"office|on[\s-]?site|in[\s-]person|hybrid|h[ií]brid|commut|campus|b[üu]ro|vor\s+ort"
    r"|bureau|sur\s+site|oficina|presencial|kantoor|kontor|på\s+plats|op\s+locatie|biur|stacjonarn"
    r"|com(?:e|ing)\s+in\b",
    re.I,
)
_HOME_WORDS = re.compile(
    r"remote|from\s+home|at\s+home|wfh|t[ée]l[ée]travail|home\W?office|thuis|zdaln|remot[oa]",
    re.I,
)
# a per diem paid beside a salary ("$50 per diem for travel"), priced ("Per diem: AED
# 150") or listed among benefits ("Benefits: per diem, medical, visa", as Gulf posts
# list a travel allowance), not a per diem post
_BENEFIT = (
    r"(?:benefits?|perks?|medical|health|insurance|housing|accommodation|transport\w*|visas?"
    r"|flights?|tickets?)"
)
_PER_DIEM_PAY = re.compile(
    r"\W+(?:allowance|expenses?|for|provided|covered|paid|rates?|of|included|when"
    rf"|{_BENEFIT})\b|\s*:\s*(?:[a-z]{{2,3}}\.?\s?|[$€£]\s?)?\d",
    re.I,
)
_PER_DIEM_PAY_BEFORE = re.compile(rf"(?:\d|travel|meals?|daily|plus|and|\+|{_BENEFIT})\W*$", re.I)
_HOUSING = re.compile(r"\s+(?:housing|accommodation|residen\w+|visas?|permits?)\b", re.I)
_INVITING_BEFORE = re.compile(
    r"(?:hir\w*|looking\s+for|seek\w*|open\s+to|welcom\w*|accept\w*|consider\w*|need"
    r"|want|as)\W+(?:\w+\W+)?$",
    re.I,
)
# and in Ukrainian and Russian: "Шукаємо підрядника", "Запрошуємо до співпраці
# підрядників", "Ищем подрядчика" (not "наш підрядник", a third party's)
_INVITING_BEFORE_UK = re.compile(
    r"(?:шука\w*|запрошу\w*|потріб\w*|розгляда\w*|ищ\w*|приглаша\w*|нуж\w*"
    r"|рассматрива\w*)\W+(?:\w+\W+){0,2}$",
    re.I,
)
_INVITING_AFTER = re.compile(  # "freelancers (and contractors) welcome"
    r"(?:\s+(?:and|or|&)\s+\w+)?\W+(?:welcome|ok|okay|considered|only|wanted|needed)\b", re.I
)
# "an $800K contract", "a 6-figure contract"; not a "W2" or "W-2 contract", where a
# letter leads: a tax form's number
_DEAL_BEFORE = re.compile(r"(?:(?<![A-Za-z])(?<![A-Za-z]-)\d[\d.,]*\s*[kKmM]?\+?|figure)\s+$")
# each starts with a digit, tried only where one stands and, as the look-behind after
# the first digit says, no digit, point or comma stands before it
_HOURS = Skimmed(
    re.compile(
        r"(?P<a>\d(?<![\d.,]\d)\d?(?:[.,]\d)?)(?:\s*(?:-|–|to|bis|a)\s*(?P<b>\d{1,2}))?"
        r"\s*\+?\s*(?:(?:hours?|hrs?|hs|h|std\.?|stunden|horas|ঘণ্টা|uur|u|timmar|tim|ore|heures)\s*"
        r"(?:(?:/|per|a|an|each|pro|por|a\s+la|alla|par|in\s+a|in\s+de|p/?|i)\s*"
        r"(?:week|wk|w|woche|semana|veckan|vecka|v|settimana|semaine)"
        r"|weekly|semanales|settimanali|hebdomadaires)|wochenstunden)(?!\w)",
        re.IGNORECASE,
    ),
    not_after=DIGITS | {".", ","},
)
# a Dutch card's labelled load ("Uren per week: 32-36", "Uren: 40", "Aantal uur: 32 per
# week"), a week's hours
_HOURS_LABELLED = re.compile(
    r"\b(?:[Uu]ren|UREN|[Aa]antal\s+(?:uur|uren))(?:\s+per\s+week)?\s*:\s*(?P<a>\d{1,2})(?:\s*(?:-|–|tot)\s*(?P<b>\d{1,2}))?\b"
)
# what every labelled load holds: it is tried only in a text holding one
_LABELLED_WORDS = ("uren", "Uren", "UREN", "antal")
# a bare count of hours standing as a clause of its own ("Fulltime (40 uur)", "36 uur,
# Zeist") or after what a salary is for ("€ 4.500 per maand bij 40 uur", "o.b.v. 36
# uur"), as Dutch posts state a week ("binnen 24 uur" is no clause of its own); tried
# only in a text holding "uur"
_HOURS_BARE = re.compile(
    r"(?:^|(?<=[(,:;.|])|(?<=[(,:;.|][^\S\n])|(?<=\bbij )|(?<=\bo\.b\.v\. ))"
    r"(?P<a>\d{2})(?:\s*[-–]\s*(?P<b>\d{2}))?[^\S\n]*uur"
    r"(?=[^\S\n]*(?:[,.;)|\n]|$))",
    re.MULTILINE,
)
# a workload in percent, as Swiss, German, French and Nordic posts state it: alone in a
# header's cell ("| 60 to 100 % |") or named ("Pensum 80-100%", "80% FTE", "Taux
# d'activité : 80%", "temps partiel 80%", or after the employment it is the load of:
# "Unbefristete Anstellung, 80–100 %"); below 100 is part-time, and a range up to 100
# offers full-time too ("60-80% of the work" in prose is no workload); "Omfattning: 100%"
# is a full week of hours, no label
_PERCENT = r"(?P<a>\d{2}|100)\s*%?(?:\s*(?:-|–|to|bis)\s*(?P<b>\d{2,3}))?\s*%"
_WORKLOAD = Skimmed(re.compile(rf"(?<![\d.,]){_PERCENT}(?![\w%])"), not_after=DIGITS | {".", ","})
_WORKLOAD_WORDS = (
    r"(?:pensum|workload|arbeitspensum|beschäftigungsgrad|stellenumfang|auslastung|fte"
    r"|omfattning|taux\s+d'(?:activité|occupation)|part[\s-]?time|teilzeit\w*|temps\s+partiel"
    r"|deltid\w*|deeltijd|tiempo\s+parcial)"
)
_WORKLOAD_BEFORE = re.compile(
    rf"{_WORKLOAD_WORDS}(?:\s+(?:à|a|al|de|of|at|zu|på|van|von))?\W{{0,3}}$", re.I
)
# "80% FTE", "60% einer Vollzeitstelle", "80% of full time"
_WORKLOAD_AFTER = re.compile(
    rf"\s*\(?\s*{_WORKLOAD_WORDS}\b|[^\S\n]+(?:(?:einer|of|of\s+a|d'un)\s+)?"
    r"(?:vollzeit\w*|full[\s-]?time|temps\s+plein)\b",
    re.I,
)
_CELL_CLOSES = re.compile(r"[ \t]*(?:\||\n|$)")
# the employment a workload closing its clause is the load of ("Unbefristete Anstellung,
# 80–100 %"; not "Festanstellung, 20 % Reisetätigkeit")
_EMPLOYMENT_BEFORE = re.compile(r"(?:anstellung|(?:un)?befristet\w*)\W{0,3}$", re.I)
_CLAUSE_CLOSES = re.compile(r"[ \t]*(?:[,;)|\n]|$)")
# a workload a title states without naming it, in its own brackets ("Backend Engineer
# (80-100%)") or as a range closing the title ("Projektleiter/in 60 – 80 %"), where no
# label ("Reisebereitschaft: 20-30%"), earning or discount leads it ("earn up to 30%")
_BRACKET_CLOSES = re.compile(r"[ \t]*\)")
_LINE_CLOSES = re.compile(r"[ \t]*(?:\n|$)")
_BRACKET_OPENS = re.compile(r"\([ \t]*$")
_NOT_A_LOAD_BEFORE = re.compile(
    r"(?:to|up|earn\w*|off|by|commission|bonus|discount|rabatt|save|plus|\+)\W*$", re.I
)
_FLOOR_BEFORE = re.compile(r"(?:at\s+least|minimum(?:\s+of)?|min\.?|no\s+less\s+than)\s*$", re.I)
_FLOOR_LAST_WORDS = ("least", "min", "of", "than")  # the last word of each of its matches
_HOURS_BENGALI = re.compile(r"সপ্তাহে\s*(?P<a>\d{1,2})(?P<b>)\s*ঘণ্টা")
_DURATION = Skimmed(
    re.compile(
        r"(?P<n>\d(?<![\d.,+A-Za-z]\d)\d{0,2})(?:\s*(?:-|–|~|〜|～|to|bis|a)\s*\d{1,3})?[\s-]*"
        r"(?:(?P<month>months?|mos?|monate?n?|monat|meses|mesi|mes|mois|maanden|maand|månader"
        r"|månad|mån|মাস|ay|aylık|개월|[ヶかカケ箇]月|أشهر|اشهر|شهور|شهر|tháng|thang"
        r"|luni|lun[ăa]"  # ro: "pe 6 luni", "durată de 12 luni"
        r"|měsíců|měsíce|měsíc|mesicu|mesice|mesic|mesiacov|mesiace|mesiac"  # cs, sk
        r"|bulan)"  # id: "kontrak 6 bulan"
        r"|(?P<week>weeks?|wks?|wochen|woche|semanas|semaines|weken|veckor|vecka|hafta|সপ্তাহ"
        r"|주(?![년차])|週間|أسابيع|اسابيع|أسبوع|اسبوع|tuần|s[ăa]pt[ăa]m[âa]ni"
        r"|týdnů|týdny|týden|tydnu|tydny|tyden|týždňov|týždne|týždeň|minggu)"  # cs, sk
        r"|(?P<year>years?|yrs?|jahre?n?|años?|jaar|år|yıl|বছর|년|年|سنوات|سنة|سنين|أعوام|عام|năm"
        # fr: "2 ans", "1 an" ("an" alone after a one: "$50 an hour" is no length)
        r"|ani|ann[ée]es?|ans|(?<=\b1 )an|(?<=\b1)an"
        r"|let|roky|roků|roku|rokov|rok|tahun)"  # cs, sk: "na 2 roky", "5 let praxe" (experience)
        # Korean and Japanese units take their particle joined ("6개월간", "3ヶ月以上")
        r"|(?P<day>days?|tage?n?|días|dias|jours?|dagen|dagar|일|日|يومًا|يوما|يوم|أيام|ايام|hari))(?:(?<=[월月주週間년年일日])|(?!\w))",
        re.IGNORECASE,
    ),
    # its look-behind, as `_HOURS`'s, and a Latin letter: no count starts inside a word
    # ("Outside IR35 - 3 months" is three months, not 35)
    not_after=DIGITS | {".", ",", "+"} | frozenset(string.ascii_letters),
)
# a count in words, as a UK post writes its length ("Six-month contract", "a twelve month
# FTC", "three to six months"), or a French one ("contrat d'un an", "CDD de six mois",
# "deux à trois mois"; "an" after "un" only), a Spanish or German one ("contrato de un
# año", "Einsatz für ein Jahr", "sechs Monate"), in one pattern tried only where its count
# words stand (`Caseless`): its groups are `_DURATION`'s, by number (the count, then
# month, week, year, day), as a caseless pattern names none
_COUNTS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "eighteen": 18, "twenty-four": 24,
    "un": 1, "une": 1, "deux": 2, "trois": 3, "quatre": 4, "cinq": 5, "huit": 8, "neuf": 9,
    "dix": 10, "douze": 12, "dix-huit": 18, "vingt-quatre": 24,
    # es, de: "contrato de un año", "seis meses"; "Einsatz für ein Jahr", "sechs Monate"
    "uno": 1, "dos": 2, "tres": 3, "seis": 6, "doce": 12, "dieciocho": 18,
    "ein": 1, "einem": 1, "einen": 1, "zwei": 2, "drei": 3, "sechs": 6, "zwölf": 12,
}  # fmt: skip
_COUNT_WORDS = "|".join(sorted(_COUNTS, key=len, reverse=True))
_DURATION_IN_WORDS = Caseless(
    re.compile(
        rf"\b({_COUNT_WORDS})(?:\s*(?:-|–|to|or|à|ou)\s*(?:{_COUNT_WORDS}))?[\s-]*"
        r"(?:(months?|mois|meses|monate?n?)|(weeks?|semaines?|semanas|wochen)"
        r"|(years?|ans|(?<=un[\s-])an|ann[ée]es?|a[ñn]os?|jahre?n?)|(days?|jours?))\b",
        re.IGNORECASE,
    )
)
# time off and onboarding are a job's perks, not its length ("4 weeks PTO", "16 weeks of
# paid parental leave", "a 10-week onboarding program", "holidays, 2 weeks at Christmas",
# "a 2-week winter break")
_TIME_OFF = (
    r"vacation|pto|holidays?|time\s+off|(?:parental|maternity|paternity|family|sick)\s+leave"
    r"|leave|break|sabbatical|onboarding|urlaub|vacaciones"
)
# a delivered work's warranty is no length of the work ("bảo hành 6 tháng", "a 3-month
# warranty", "Warranty: 6 months of bug fixes")
_WARRANTY = r"warranty|bảo\W+hành|bao\W+hanh"
_WARRANTY_AFTER = re.compile(rf"[\s-]+(?:[a-z]+[\s-]+)?(?:{_WARRANTY})\b", re.IGNORECASE)
# what makes "5 years" a length of work rather than experience or an age
_NOT_A_TERM_AFTER = re.compile(
    r"\W*(?:ago|old|notice|of\s+(?:\w+\s+){0,2}experience|experience|exp\b"
    rf"|erfahrung|experiencia|in\s+business|(?:of\s+)?(?:paid\s+)?(?:{_TIME_OFF})\b"
    # tr: experience, and a course ("3 yıl deneyim", "3 aylık eğitim programı")
    r"|deneyim\w*|tecr[üu]be\w*|e[ğg]itim\w*"
    # ar: experience after ("3 سنوات خبرة", "سنوات من الخبرة")
    r"|(?:من\s+)?(?:ال)?خبرة"
    # vi: experience after ("3 năm kinh nghiệm"), and a date's month ("15 tháng 12")
    r"|kinh\s+nghi[ệe]m|(?<=tháng)\s*\d|(?<=thang)\s*\d"
    # ro: experience after ("5 ani de experiență", "3 ani experienta")
    r"|(?:de\s+)?experien[țţt]\w*"
    r"|(?:de\s+|d['’]\s*)?exp[ée]rience"  # fr: "un an d'expérience", "6 mois d’expérience"
    # cs, sk: experience after ("5 let praxe", "3 roky zkušeností", "2 roky skúseností")
    r"|(?:\w+\s+)?(?:prax\w*|zku[šs]enost\w*|sk[úu]senost\w*)"
    # id: experience after ("3 tahun pengalaman")
    r"|pengalaman"
    # fr: working days are effort, not a span ("20 jours ouvrés sur deux mois")
    r"|ouvr[ée]s|ouvrables"
    # a word or two of what kind ("5 weeks annual leave", "a 2-week company-wide break"),
    # and a permanent job's trial ("a 6 month probationary period")
    rf"|(?:(?!contract|project)[a-z]+[\s-]+){{1,2}}(?:{_TIME_OFF})\b"
    r"|(?:[a-z]+\s+){0,2}probation"
    # a trial before the work, not its length ("a one-week challenge", "a 2-week paid
    # trial"), and how long a company has run ("Six months in, we have ...")
    r"|(?:(?!contract|project)[a-z]+[\s-]+)?(?:challenge|trial|bootcamp|course)\b"
    r"|in\s*[,;]"
    # Korean and Japanese: ago, the n-th month, experience after ("3개월 전", "6개월차",
    # "1년 이상 경력", "3年以上の経験")
    r"|\s*(?:전|前|차|이상(?:의)?\s*(?:경력|경험)|경력|以上の(?:実務)?経験|の(?:実務)?経験"
    r"|에\s*(?:\d|한)\s*(?:회|번)))",  # "2주에 1회" is a rhythm
    re.IGNORECASE,
)
# a count per week or month is a rhythm, not a length ("3 days a week in the office",
# "2 days/week", "10 days per month")
_A_RHYTHM = re.compile(r"\s*(?:(?:a|an|per|each|every)\s+|/\s*)(?:week|wk|month)\b", re.I)
_NOT_A_TERM_BEFORE = re.compile(
    # and a tenure before a perk ("once you've been with us for three months"); whole
    # words ("Developer\n6-month contract" is a length)
    r"(?<!\w)(?:(?:every|per|each|within|last|past|after|since|net|with\s+us\s+for"
    r"|sau|mỗi|trong\s+vòng"  # vi: after, every, within ("hoàn lại sau 1 tháng")
    r"|il\s+y\s+a|depuis"  # fr: ago, since ("créée il y a six mois")
    r"|seit|hace"  # de: since ("seit sechs Monaten"), es: ago ("hace seis meses")
    r"|setelah|setiap|dalam\s+waktu"  # id: after, every, within ("setelah 3 bulan")
    rf"|employed\s+for)|(?:{_TIME_OFF})|(?:{_WARRANTY}))\W+$"
    # Korean and Japanese experience before ("경력 3년", "경험 6개월", "実務経験3年"), and
    # days a week or a month ("주 5일 출근", "월 2일 방문", "週3日")
    r"|(?:경력|경험|経験)\W*$|(?<!\w)ب?(?:ال)?خبرة[^\n\d]{0,20}$|(?<!\w)kinh\W+nghi[ệe]m[^\n\d]{0,20}$|(?<!\w)pengalaman[^\n\d]{0,20}$|(?<!\w)(?:매?주|매?월|週|月)\s*$",
    re.IGNORECASE,
)
# Italian "per" is "for": "per 6 mesi" is a length, as "per month" is no English one
_ITALIAN_FOR = re.compile(r"(?<!\w)per\W+\d+\s*mes[ei]$", re.IGNORECASE)
# a trial before a job, not the job's length: "on a full-time trial contract basis for
# up to 3 months", "a trial period of 3 months", "paid trial for up to 2 weeks"; the
# words after "trial" say how long it lasts, never a new clause ("trial, then a
# 12-month contract" is the contract's); a Swedish "provanställning 6 månader" too
_TRIAL_BEFORE = re.compile(
    r"(?<!\w)(?:trial|probation(?:ary)?|provanst[äa]llning|provtid|수습(?:\s*기간)?|試用期間"
    # de, es, fr: a trial period ("Probezeit von 6 Monaten", "período de prueba de dos
    # meses", "période d'essai de 3 mois") and a German notice ("Kündigungsfrist")
    r"|probezeit|k[üu]ndigungsfrist|per[íi]odo\s+de\s+prueba|p[ée]riode\s+d['’]essai)"
    r"(?:[\s:-]+(?:period|contract|basis|phase|stage|for|of|p[åa]|von|de"
    r"|lasting|up|to|at|most|max(?:imum)?|an?|initial(?:ly)?))*[\s:-]+$",
    re.IGNORECASE,
)
_TRIAL_REACH = 50
_TERM_AFTER = re.compile(
    r"[\s-]*(?:\w+[\s-]+)?(?:contract|project|engagement|assignment|gig|role"
    r"|vertrag|projekt|einsatz|contrato|proyecto)",
    re.IGNORECASE,
)
_TERM_BEFORE = re.compile(
    r"(?:contract|duration|length|term|engagement|project|laufzeit|dauer|duraci[oó]n|einsatz"
    r"|contrato|proyecto|duur|looptijd|opdracht|uppdrag\w*|l[äa]ngd|period"
    # French and Québec's: "contrat de 2 ans", "mandat de 2 ans" ("mission d'un an":
    # `_MISSION_BEFORE`)
    r"|contrat|mandat|cdd|dur[ée]e"
    # Indonesian: "kontrak 1 tahun", "PKWT 1 tahun", "durasi 2 bulan"
    r"|kontrak|pkwt|durasi|proyek"
    # Korean and Japanese: a contract's or a project's period ("계약기간: 6개월", "예상
    # 기간: 60일", "계약직 1년", "契約期間：6ヶ月")
    r"|계약\w*|기간|期間|契約\w*)\W+(?:\w+\W+){0,2}$",
    re.IGNORECASE,
)
# a French "mission" is a contract's term ("mission de 2 ans", "mission d'un an"), an
# English one a company's aim ("our mission over 2 years"): it cues a length in French
_MISSION_BEFORE = re.compile(r"(?<!\w)mission\W+(?:\w+\W+){0,2}$", re.IGNORECASE)
_IN_FRENCH = re.compile(r"(?:ans?|ann[ée]es?|jours?)$", re.IGNORECASE)
_PART_TIME_HOURS, _FULL_TIME_HOURS = 30.0, 35.0
# "0.5 FTE": a share of a full-time load, as "80% FTE" is
_SHARE_BEFORE = re.compile(r"(?<![\d.,])0?[.,]\d{1,2}\s*$")
# "FT" is full-time only in capitals and where a label stands; "PT" only beside it, as
# alone it is Pacific time (every real post's "PT" is)
_FT = re.compile(
    r"(?<![\w&'.-])(?:PT\s*(?:/|&|\+|or|and)\s*)?FT(?:\s*(?:/|&|\+|or|and)\s*PT)?(?![\w&'-])"
)
_PAIRED_AFTER = re.compile(r"\s*(?:/|&|\+|or|and)\s*")
_PAIRED_BEFORE = re.compile(r"(?:/|&|\+|\bor|\band)\s*$")
_BRACKET_EDGES, _BRACKET_ENDS = frozenset("([|"), frozenset(")]|")
_CELL_EDGES = _BRACKET_EDGES | frozenset("•-–—\n")
_CELL_ENDS = _BRACKET_ENDS | frozenset("•-–—\n")


_Found = tuple[int, Engagement, str]  # a label's start, what it offers and its phrase


@dataclass(frozen=True, slots=True)
class Offer:
    """The engagement the ranking uses, the phrase that says it, and every engagement
    the posting offers (in `Engagement`'s order)."""

    engagement: Engagement
    raw: str
    engagements: tuple[Engagement, ...]


# HN's freelancer-thread tag, leading a client's post: it says what the post is
_SEEKING_LEAD = re.compile(r"[\W_]*seeking[ \t]+freelancers?\b", re.IGNORECASE)


def parse_engagement(title: str | None, text: str) -> Offer | None:
    """What the posting offers: the title's engagement beats the body's, and both
    offer every one they name. A leading "SEEKING FREELANCER" is the thread's tag: the
    post's own terms, where it names any, say what the work is ("SEEKING FREELANCER –
    Unity developer for a 6-week contract" is a contract)."""
    if _SEEKING_LEAD.match(title or text):
        own = _parse(_past_lead(title), _past_lead(text) or "")
        if own is not None:
            return own
    return _parse(title, text)


def _past_lead(field: str | None) -> str | None:
    """The field with its leading SEEKING FREELANCER blanked (its offsets kept)."""
    lead = _SEEKING_LEAD.match(field) if field else None
    return field if field is None or lead is None else " " * lead.end() + field[lead.end() :]


def _parse(title: str | None, text: str) -> Offer | None:
    in_title, in_text = _in_title(title or ""), _choose(text)
    if in_title is None or in_text is None:
        return in_title or in_text
    offered = ordered((*in_title.engagements, *in_text.engagements))
    return Offer(in_title.engagement, in_title.raw, offered)


def _choose(field: str) -> Offer | None:
    """A fractional label, else the first freelance or contract one, else the first
    part-time one, else full-time, else None.

    A weekly load of at most 30 hours counts as a part-time label where it stands;
    "6-month contract" keeps its length in the phrase.
    """
    if not field:
        return None
    found: list[_Found] = []
    spans: list[tuple[int, int]] = []
    agency_at: set[int] = set()
    for name, start, end in _LABEL.finditer(field):
        if _negated(field, start) or _not_offered(field, start, end):
            continue
        if name == "agency":
            agency_at.add(start)
        length = _LENGTH_BEFORE.search(field, max(0, start - 20), start)
        raw_start = length.start() if length and name == "contract" else start
        offers = _share_of_fte(field, start, end) or _OFFERS[name]
        found.extend((start, kind, field[raw_start:end]) for kind in offers)
        spans.append((start, end))
    if "FT" in field:
        found.extend(_short_labels(field, spans))
    if hours := _hours(field):
        found.extend(_load(field, hours[1], hours[2]))
    if "%" in field:
        found.extend(_workloads(field))
    if not found and (stated := stated_tax_terms(field)):
        # a staffing post's tax terms are a contract's, as a perm post names none; they
        # count only where no label stands ("a full-time W2 employee, no C2C")
        found.append((stated.start, "contract", stated.said))
    if not found:
        return None
    # agency work is employment whatever term it names ("ANÜ, befristet auf 6 Monate"),
    # unless a freelance route is named beside it ("freiberuflich oder ANÜ");
    # "fractional" is the most specific: "SEEKING FREELANCER | Fractional Head of Data"
    agency = [f for f in found if f[0] in agency_at]
    freelance = [f for f in found if f[1] == "freelance"]
    fractional = [f for f in found if f[1] == "fractional"]
    # a status outside employment beats the part-time load said beside it: "bán thời
    # gian, cộng tác viên" is a collaborator's gig, "part-time, contract" a contract
    outside = [f for f in found if f[1] in ("freelance", "contract")]
    freelance_ish = [f for f in found if f[1] != "full_time"]
    _, kind, raw = min(
        (agency and freelance) or agency or fractional or outside or freelance_ish or found
    )
    return Offer(kind, raw, ordered(f[1] for f in found))


def agency_work(title: str | None) -> str | None:
    """The words of a title that name temp-agency employment ("Java Entwickler - ANÜ"),
    which a project board's rule that its jobs are freelance does not outlive."""
    text = title or ""
    return next(
        (
            text[start:end]
            for name, start, end in _LABEL.finditer(text)
            if name == "agency" and not _negated(text, start)
        ),
        None,
    )


@lru_cache(maxsize=4096)
def _in_title(title: str) -> Offer | None:
    """`_choose` of a title, remembered: titles come back post after post."""
    return _choose(title)


def ordered(engagements: Iterable[Engagement]) -> tuple[Engagement, ...]:
    """Each engagement once, in `Engagement`'s order: a stable list to store."""
    named = set(engagements)
    return tuple(e for e in _ORDER if e in named)


def _short_labels(field: str, spans: list[tuple[int, int]]) -> Iterator[_Found]:
    """ "FT" where it stands as a label: with "PT" ("FT/PT" offers both), beside another
    label ("FT or contract"), or alone in a bracket or header cell ("(FT)", "| FT |",
    "(Remote, FT)"). Elsewhere it is the Financial Times, feet or part of a name."""
    for m in _FT.finditer(field):
        start, end = m.span()
        if _negated(field, start):
            continue
        if "PT" in m[0]:
            yield from ((start, kind, m[0]) for kind in ("part_time", "full_time"))
        elif _beside_a_label(field, start, end, spans) or _a_cell(field, start, end):
            yield start, "full_time", m[0]


def _beside_a_label(field: str, start: int, end: int, spans: list[tuple[int, int]]) -> bool:
    """Whether a label stands right after or before, joined by "/", "or", "&"..."""
    after = _PAIRED_AFTER.match(field, end)
    before = _PAIRED_BEFORE.search(field, max(0, start - 8), start)
    return any(
        (after and label_start == after.end()) or (before and label_end == before.start())
        for label_start, label_end in spans
    )


def _a_cell(field: str, start: int, end: int) -> bool:
    """Whether a text fills a cell alone: between brackets, pipes, bullets, dashes or
    line breaks, or an item of a bracket or cell ("(Remote, FT)", "| FT, Remote |"); not
    of a list of commas in prose ("NYT, FT, WSJ", "as seen in Wired, FT")."""
    before = field[:start].rstrip(" \t*_")[-1:] or "\n"
    after = field[end:].lstrip(" \t*_")[:1] or "\n"
    if before == ",":
        return after in _BRACKET_ENDS
    if after == ",":
        return before in _BRACKET_EDGES
    return before in _CELL_EDGES and after in _CELL_ENDS


def _share_of_fte(field: str, start: int, end: int) -> tuple[Engagement, ...]:
    """Part-time where an "FTE" follows a fraction ("0.5 FTE"), as after a percent."""
    if field[start:end].lower() != "fte":
        return ()
    return ("part_time",) if _SHARE_BEFORE.search(field, max(0, start - 8), start) else ()


def _workloads(field: str) -> Iterator[_Found]:
    """A workload in percent, alone in a header's cell or named: part-time below 100,
    full-time too where its range reaches 100 ("60 to 100 %")."""
    for m in _named_workloads(field):
        if m["a"] == "100":
            continue
        yield m.start(), "part_time", m[0]
        if m["b"] == "100":
            yield m.start(), "full_time", m[0]


def _named_workloads(field: str) -> Iterator[re.Match[str]]:
    """Each workload in percent named as one, or alone in a header's cell."""
    for m in _WORKLOAD.finditer(field):
        start, end = m.span()
        before = _WORKLOAD_BEFORE.search(field, max(0, start - 20), start)
        named = before or _WORKLOAD_AFTER.match(field, end) or _of_employment(field, start, end)
        if (
            named
            or (opens_a_header_cell(field, start) and _CELL_CLOSES.match(field, end))
            or _closes_title(field, m)
        ):
            yield m


def _closes_title(field: str, m: re.Match[str]) -> bool:
    """Whether a workload on the field's first line (a title, or the body's that starts
    with its title) stands in its own brackets or, a range, closes the line; in tens, as
    workloads are given ("95%" closing a line is a score)."""
    start, end = m.span()
    line = field.rfind("\n", 0, start) + 1
    if line or any(int(n) % 10 for n in (m["a"], m["b"]) if n):
        return False
    bracketed = _BRACKET_OPENS.search(field, max(0, start - 3), start) and _BRACKET_CLOSES.match(
        field, end
    )
    closing = m["b"] and ":" not in field[:start] and _LINE_CLOSES.match(field, end)
    return bool(bracketed or closing) and not _NOT_A_LOAD_BEFORE.search(
        field, max(0, start - 12), start
    )


def _of_employment(field: str, start: int, end: int) -> bool:
    """Whether a workload closing its clause follows the employment it is the load of."""
    before = _EMPLOYMENT_BEFORE.search(field, max(0, start - 20), start)
    return bool(before and _CLAUSE_CLOSES.match(field, end))


def _not_offered(field: str, start: int, end: int) -> bool:
    """A contract word that speaks of the business, not of the job: "contracts" won,
    "general contractors", "2 contractors" on the team, "an $800K contract",
    "temporary housing", "an app for freelancers", but "| $8k contract |" in a header
    prices the job; and "FTE" after a percent is part-time. Contractors and freelancers count
    where they are invited ("contractors welcome", "hiring freelancers")."""
    word = field[start:end].lower()
    if word == "contracts" or (word.startswith("temporary") and _HOUSING.match(field, end)):
        return True
    if word in ("contractors", "freelancers"):
        clause = clause_before(_CLAUSE_BREAK, field, start, 40)
        return not (_INVITING_BEFORE.search(clause) or _INVITING_AFTER.match(field, end))
    if word.startswith(("підрядник", "подрядчик")):
        return not _INVITING_BEFORE_UK.search(clause_before(_CLAUSE_BREAK, field, start, 40))
    if word[:1].isdigit() and not word[-1].isdigit() and "ftc" not in word:
        return office_days(field, start, end)  # "3 days a week in the office"
    if word.startswith("per") and "diem" in word:
        return _PER_DIEM_PAY.match(field, end) is not None or bool(
            _PER_DIEM_PAY_BEFORE.search(field, max(0, start - 20), start)
        )
    if word == "fte":  # "80% FTE" is a share of a full-time load
        return field[max(0, start - 3) : start].rstrip().endswith("%")
    deal = _DEAL_BEFORE.search(field, max(0, start - 20), start) if word == "contract" else None
    # "| $8k contract |": the header's cell prices the job's own contract
    return deal is not None and not opens_a_header_cell(
        field, field.rfind(" ", 0, deal.start()) + 1
    )


def office_days(text: str, start: int, end: int) -> bool:
    """Whether a few days a week are days at an office, a hybrid week, not a workload:
    an office or a hybrid way named before in its sentence or cell ("Hybrid, 3 days a
    week"), remote or home work in its clause ("remote 3 days a week"), or an office
    right after ("2 days a week in the office"); "3 days per week, remote" is a workload."""
    sentence = clause_before(_SENTENCE_BREAK, text, start, 40)
    clause = clause_before(_CLAUSE_BREAK, sentence, len(sentence))
    if sentence[: len(sentence) - len(clause)].endswith("("):
        # "Télétravail partiel (2 jours par semaine)": a bracket tells the words before it
        clause = clause_before(_CLAUSE_BREAK, sentence, len(sentence) - len(clause) - 1)
    after = clause_after(_CLAUSE_BREAK, text, end, 40)
    return bool(
        _OFFICE_WORDS.search(sentence)
        or _HOME_WORDS.search(clause)
        or _OFFICE_WORDS.search(after)
        or _HOME_WORDS.search(after)
    )


def _negated(field: str, start: int) -> bool:
    """A "no", "not", "never" up to three words before, in the same clause."""
    before = clause_before(_CLAUSE_BREAK, field, start, 30)
    return bool(_NEGATION.search(before))


def _hours(text: str) -> tuple[float, float, re.Match[str]] | None:
    """Hours per week, the least and the most of a range, and where they were said."""
    said = [_HOURS.finditer(text), _HOURS_BENGALI.finditer(text)]
    if any(word in text for word in _LABELLED_WORDS):
        said.append(_HOURS_LABELLED.finditer(text))
    if "uur" in text:
        said.append(_HOURS_BARE.finditer(text))
    for m in itertools.chain(*said):
        least, most = _ends(m)
        if 0 < most <= 80:
            return min(least, most), most, m
    return None


def _ends(m: re.Match[str]) -> tuple[float, float]:
    """A range's two ends ("20-30"), or one amount twice."""
    least = float(m["a"].replace(",", "."))
    return least, float(m["b"].replace(",", ".")) if m["b"] else least


def _load(text: str, hours: float, said: re.Match[str]) -> Iterator[_Found]:
    """A weekly load as a label: part-time up to 30 hours, full-time from 35 where the
    whole range lies there ("40 hours a week", not "20-40 hours")."""
    if _part_time(text, hours, said):
        yield said.start(), "part_time", said[0]
    elif float(said["a"].replace(",", ".")) >= _FULL_TIME_HOURS:
        yield said.start(), "full_time", said[0]


def _part_time(text: str, hours: float, said: re.Match[str]) -> bool:
    """Whether a weekly load is part-time: at most 30 hours, and a least load ("at
    least 30h per week", "30+ hours") below 30, as the load may be anything above it."""
    floor = "+" in said.group(0) or _floor_before(text, said.start())
    return hours < _PART_TIME_HOURS if floor else hours <= _PART_TIME_HOURS


def _floor_before(text: str, at: int) -> bool:
    """Whether `_FLOOR_BEFORE` ends at `at`: scanned for only where one of its last words
    ends the text before, past spaces, as `re` would try every "min" of a long text."""
    last = text[:at].rstrip()[-len("minimum") :]  # `\s` is what `str.isspace` says
    return may_hold(lowered(last), _FLOOR_LAST_WORDS) and bool(_FLOOR_BEFORE.search(text, 0, at))


# a post's full week where it states none, least and most: the legal or usual week of
# its country (France's 35 hours, Belgium's 38, Switzerland's 42; Austria's and the
# Netherlands' collective agreements set 38 to 40), else 40
_FULL_WEEK = (40.0, 40.0)
_FULL_WEEKS = {
    "FR": (35.0, 35.0), "BE": (38.0, 38.0), "CH": (42.0, 42.0), "AT": (38.0, 40.0),
    "NL": (38.0, 40.0),
}  # fmt: skip
# a German public-service tariff named without its hours ("TVöD E13", "TV-L E13",
# "TV-H"): its week is 39 to 40 hours by employer and state
_TARIFF_WEEK = (39.0, 40.0)
_TARIFF = re.compile(r"\bTV(?:öD|oeD|-?[LH])\b")
# hours that state the full week a share is of, not the load: "(100% = 42 Std./Woche)",
# "Vollzeit 42 Stunden", "full-time is 37.5 hours a week"
_FULL_WEEK_BEFORE = re.compile(
    r"(?:100\s*%\s*=?|vollzeit\w*|full[\s-]?time(?:\s+(?:is|of|week))?|heltid|voltijd"
    r"|temps\s+plein)\W{0,3}$",
    re.I,
)
# a full week stated in words of its own, as a German tariff or a French contract says
# it: "tarifliche Wochenarbeitszeit 39 Stunden", "38,5-Stunden-Woche", "35-Stunden-Woche",
# "semaine de 35 heures", "base 35h"; tried only in a text holding one of its words
_FULL_WEEK_WORDS = ("wochenarbeitszeit", "stunden-woche", "stundenwoche", "semaine de", "base 3")
_FULL_WEEK_SAID = re.compile(
    r"(?:wochenarbeitszeit\w*\W{1,3}(?:(?:von|beträgt|of)\s+)?(?P<a>\d\d(?:[.,]\d)?)\s*(?:std\.?|stunden|h)\b"
    r"|(?<![\d.,])(?P<b>\d\d(?:[.,]\d)?)[\s-]*stunden[\s-]*woche"
    r"|semaine\s+de\s+(?P<c>\d\d)\s*(?:h|heures)\b|\bbase\s+(?P<d>3\d)\s*h\b)",
    re.I,
)
# a share of a full-time load: "0.8 FTE", "0,5 FTE"
_FTE_SHARE = re.compile(r"(?<![\d.,])(?P<a>0?[.,]\d{1,2})\s*fte\b", re.I)
# a Belgian four-fifths week: "4/5e temps", "4/5de werktijd", "régime 4/5"
_FIFTHS = re.compile(
    r"(?<![\d/])(?P<a>[1-4])/5(?:e|ème|de)?(?:\s+(?:temps|tijd|werktijd)|(?<=r[ée]gime\s[1-4]/5))",
    re.I,
)
# a few working days of a week, each a fifth of it ("4 days a week", "3 dagar i veckan",
# "3 Tage/Woche"), unless they are days at an office (`office_days`)
_DAY_WORDS = ("day", "tag", "jour", "día", "dia", "dag", "dni")
_WEEK_WORDS = ("week", "wk", "woche", "semaine", "semana", "tygodniu", "vecka")
_DAYS = Skimmed(
    re.compile(rf"(?<!\d)(?P<a>[1-4])(?:\s*[-–]\s*(?P<b>[1-4]))?{_A_WEEK_OF_DAYS}", re.I),
    not_after=DIGITS,
)
# half a week: "halbtags", "half-time", "mi-temps", "media jornada", "halvtid"; a
# part-time label's bare hours, a week's: "tiempo parcial (20 h)", "deeltijd 24 uur",
# "Teilzeit (20 Std.)"; each tried only in a text holding one of its words
_HALF_WORDS = (
    "halbtag",
    "half-time",
    "half time",
    "halftime",
    "temps",
    "jornada",
    "medio",
    "halvtid",
)
_HALF = re.compile(
    r"\b(?:halbtags\w*|half[\s-]?time|mi[\s-]temps|media\s+jornada|medio\s+tiempo"
    r"|halvtid\w*)(?!\w)",
    re.I,
)
_PART_TIME_WORDS = (
    "part-time", "part time", "parttime", "teilzeit", "parcial", "deeltijd", "deltid", "partiel",
)  # fmt: skip
_PART_TIME_HOURS_SAID = re.compile(
    r"\b(?:part[\s-]?time|teilzeit|tiempo\s+parcial|deeltijd|deltid|temps\s+partiel)\W{1,3}"
    r"(?P<a>\d{1,2})(?:\s*[-–]\s*(?P<b>\d{1,2}))?\s*"
    r"(?:h|hrs?|hs|hours?|horas|uur|std\.?|stunden|timmar|tim|heures)(?!\w)",
    re.I,
)


# a month's hours, as a retainer states them ("20 hours per month", "10-15 hrs/month",
# "a $3k/month retainer for 20h", "a retainer of $5,000 covering up to 25 hours"); tried
# only in a text holding "month" or "retainer"
_MONTHLY_HOURS = re.compile(
    r"(?<![\d.,])(?P<a>\d{1,3})(?:\s*(?:-|–|to)\s*(?P<b>\d{1,3}))?\s*(?:hours?|hrs?|h)\b"
    r"(?:\s+of\s+(?:work|time|support|availability))?\s*(?:(?:/|per|a|an|each|every)\s*month\b"
    r"|monthly\b|(?=[^.\n]{0,30}\bretainer\b))"
    r"|\bretainer\b[^.\n]{0,40}?\b(?:of|for|covering)\s+(?:up\s+to\s+)?(?P<c>\d{1,3})\s*"
    r"(?:hours?|hrs?|h)\b",
    re.I,
)


class WeeklyHours(NamedTuple):
    """A weekly load: the least and the most hours of it (one figure twice where the post
    names one). The least matters to a part-time freelancer: "20-30 hrs" asks for 20."""

    least: float
    most: float


def parse_hours_per_week(text: str, country: str | None = None) -> WeeklyHours | None:
    """Weekly hours, both ends of a range ("~20 hours/week", "20-30 hrs per week" ->
    20-30); or a share of the post's full week ("Pensum 80-100%" -> 32-40, "0.8 FTE",
    "4/5e temps", "3 days a week", "halbtags"), of the hours it says a full week is
    ("100% = 42 Std./Woche", "Wochenarbeitszeit 39 Stunden"), of the German tariff it
    names ("TVöD": 39-40) or else of its `country`'s (France 35, Belgium 38, Switzerland
    42, Austria and the Netherlands 38-40) or 40."""
    return weekly_load(text, country)[0]


def weekly_load(
    text: str, country: str | None = None
) -> tuple[WeeklyHours | None, tuple[float, float] | None]:
    """The weekly hours (`parse_hours_per_week`) and, where the post states its load as a
    share of a full week rather than in hours ("3 days a week", "Pensum 80%"), that share,
    least and most, read once: a week's, month's or year's pay is for that share of the
    reader's own week, whatever the country's is (a day is a day: "3 days a week" in
    Paris is three fifths, though France's 35 h make it 21 h)."""
    low = lowered(text)
    said = _hours(text) or _part_time_hours(text, low)
    share = _share(text, low)
    if share and said:  # hours said on their own ("20 h", not "100% = 42 Std.") stand
        start = said[2].start()
        share = share if _FULL_WEEK_BEFORE.search(text, max(0, start - 20), start) else None
    if share is None:
        return (WeeklyHours(said[0], said[1]) if said else None), None
    shortest, longest = (said[1], said[1]) if said else _full_week(text, low, country)
    return WeeklyHours(round(share[0] * shortest, 1), round(share[1] * longest, 1)), share


def parse_hours_per_month(text: str) -> tuple[float, float] | None:
    """A month's hours, both ends of a range, as a retainer states them ("20 hours per
    month", "10-15 hrs/month", "$3k/month retainer for 20h")."""
    low = lowered(text)
    if "month" not in low and "retainer" not in low:
        return None
    for m in _MONTHLY_HOURS.finditer(text):
        least = float(m["a"] or m["c"])
        most = float(m["b"] or least)
        if 0 < least <= most <= 250:
            return least, most
    return None


def _full_week(text: str, low: str, country: str | None) -> tuple[float, float]:
    """The hours of a full week, least and most: as the post states them in words of its
    own, else as the German tariff it names sets them, else its country's."""
    if may_hold(low, _FULL_WEEK_WORDS) and (m := _FULL_WEEK_SAID.search(text)):
        hours = float(next(filter(None, m.groups())).replace(",", "."))
        if 30 <= hours <= 45:
            return hours, hours
    if "TV" in text and _TARIFF.search(text):
        return _TARIFF_WEEK
    return _FULL_WEEKS.get(country or "", _FULL_WEEK)


def _part_time_hours(text: str, low: str) -> tuple[float, float, re.Match[str]] | None:
    """A part-time label's bare hours ("Teilzeit (20 Std.)"), both ends, and where."""
    if not may_hold(low, _PART_TIME_WORDS):
        return None
    m = _PART_TIME_HOURS_SAID.search(text)
    return (*_ends(m), m) if m else None


def _share(text: str, low: str) -> tuple[float, float] | None:
    """The first share of a full week the text states, both ends of a range."""
    found: list[tuple[int, float, float]] = []
    if "%" in text:
        found += [
            (m.start(), int(m["a"]) / 100, int(m["b"] or m["a"]) / 100)
            for m in _named_workloads(text)
            if int(m["b"] or m["a"]) <= 100
        ]
    if "fte" in low:
        found += [
            (m.start(), share, share)
            for m in _FTE_SHARE.finditer(text)
            for share in [float(m["a"].replace(",", "."))]
        ]
    if "/5" in text:
        found += [(m.start(), int(m["a"]) / 5, int(m["a"]) / 5) for m in _FIFTHS.finditer(text)]
    if may_hold(low, _DAY_WORDS) and may_hold(low, _WEEK_WORDS):
        found += [
            (m.start(), int(m["a"]) / 5, int(m["b"] or m["a"]) / 5)
            for m in _DAYS.finditer(text)
            if not office_days(text, m.start(), m.end())
        ]
    if may_hold(low, _HALF_WORDS):
        found += [(m.start(), 0.5, 0.5) for m in _HALF.finditer(text)]
    if not found:
        return None
    _, least, most = min(found)
    return least, most


@dataclass(frozen=True, slots=True)
class Duration:
    """The engagement's length in whole months, and in weeks when the posting counts it
    in weeks or days (a 2-week engagement is not "1 mo" to a reader)."""

    months: int
    weeks: int | None = None


def parse_duration(text: str) -> Duration | None:
    """Length of the engagement ("6-month contract", "Six-month contract" -> 6 months,
    "12 weeks" -> 3 months or 12 weeks).

    Months and weeks count wherever they stand unless they read as experience, age,
    notice, time off, a trial before the job, a warranty or a payment term; years and
    days only next to a contract word, since "5 years" is nearly always experience and
    "30 days" a payment term. A range gives its lower end.
    """
    said = itertools.chain(_DURATION.finditer(text), _DURATION_IN_WORDS.finditer(text))
    for m in sorted(said, key=lambda m: m.start()):
        before = text[max(0, m.start() - 30) : m.start()]
        if (
            _NOT_A_TERM_AFTER.match(text, m.end())
            or _A_RHYTHM.match(text, m.end())
            or _WARRANTY_AFTER.match(text, m.end())
            or (_NOT_A_TERM_BEFORE.search(before) and not _ITALIAN_FOR.search(f"{before}{m[0]}"))
            or _TRIAL_BEFORE.search(text, max(0, m.start() - _TRIAL_REACH), m.start())
        ):
            continue
        cued = (
            _TERM_AFTER.match(text, m.end())
            or _TERM_BEFORE.search(before)
            or (_MISSION_BEFORE.search(before) and _IN_FRENCH.search(m[0]))
        )
        n = _COUNTS.get(m[1].lower()) or int(m[1])
        _, month, week, year, day = m.groups()
        if month:
            return Duration(n)
        if week:
            return Duration(max(1, round(n * 12 / 52)), n)
        if cued and year:
            return Duration(n * 12)
        if cued and day:
            return Duration(max(1, round(n / 30.44)), max(1, round(n / 7)))
    return _between_dates(text)


# a term from one date to another, as Swedish brokers state it ("Uppdragsperiod:
# 2026-01-15 - 2026-06-30 med option på förlängning"); led by the century's "20", a
# literal the scan skips to
_DATE_RANGE = re.compile(
    r"20(\d\d)-([01]\d)-([0-3]\d)[^\S\n]*(?:-|–|—|till|to|bis|t\.?o\.?m\.?)[^\S\n]*"
    r"20(\d\d)-([01]\d)-([0-3]\d)(?!\d)"
)


def _between_dates(text: str) -> Duration | None:
    """The whole months between a range's ISO dates (the first range; none if it runs
    backwards or past ten years)."""
    m = _DATE_RANGE.search(text)
    if m is None or (m.start() and text[m.start() - 1].isdigit()):
        return None
    try:
        start = date(2000 + int(m[1]), int(m[2]), int(m[3]))
        end = date(2000 + int(m[4]), int(m[5]), int(m[6]))
    except ValueError:
        return None
    days = (end - start).days + 1
    if not 7 <= days <= 3653:
        return None
    return Duration(max(1, round(days / 30.44)), round(days / 7) if days < 84 else None)
