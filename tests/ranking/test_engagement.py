"""Engagement, length and weekly hours read from a posting's words."""

from __future__ import annotations

import pytest

from warehouse.ranking.engagement import (
    Duration,
    parse_duration,
    parse_engagement,
    parse_hours_per_week,
)

P = pytest.param


def _read(title: str | None, text: str) -> tuple[str, str] | None:
    """The engagement the ranking uses and the phrase that says it."""
    offer = parse_engagement(title, text)
    return (offer.engagement, offer.raw) if offer else None


@pytest.mark.parametrize(
    ("title", "text", "expected"),
    [
        P(None, "freelance gig", ("freelance", "freelance"), id="freelance is freelance"),
        P(
            None,
            "This is a 6-month contract",
            ("contract", "6-month contract"),
            id="a six month contract keeps its length in the phrase",
        ),
        P(
            None,
            "Contract-to-hire, Austin",
            ("contract", "Contract-to-hire"),
            id="contract to hire is a contract",
        ),
        P(None, "1099 contractor, US only", ("contract", "1099"), id="1099 is a contract"),
        P(None, "C2C or W2", ("contract", "C2C"), id="C2C is a contract"),
        P(None, "corp-to-corp ok", ("contract", "corp-to-corp"), id="corp to corp is a contract"),
        P(
            None,
            "B2B contract (Poland)",
            ("contract", "B2B contract"),
            id="a B2B contract is a contract",
        ),
        P(None, "part-time, flexible", ("part_time", "part-time"), id="part time is part time"),
        P(
            None,
            "~20 hours/week",
            ("part_time", "20 hours/week"),
            id="twenty hours a week is part time",
        ),
        P(
            "Pasantía Desarrollo Web",
            "Pasantía rentada. Carga horaria: 20 hs semanales, híbrida en Córdoba.",
            ("part_time", "20 hs semanales"),
            id="an argentine internship's hs a week are part time",
        ),
        P(
            None,
            "We need someone for a few hours a month to patch our servers",
            ("part_time", "few hours a month"),
            id="a few hours a month is part time",
        ),
        P(
            None,
            "Hiring freelancers for a translation sprint",
            ("freelance", "freelancers"),
            id="freelancers a post hires are freelance",
        ),
        P(
            None,
            "Fractional CTO for a seed startup",
            ("fractional", "Fractional"),
            id="fractional is its own engagement",
        ),
        P(None, "Full-time | €85k-€105k", ("full_time", "Full-time"), id="full time is full time"),
        P(None, "1 FTE, permanent", ("full_time", "FTE"), id="FTE is full time"),
        P(None, "permanent position", ("full_time", "permanent"), id="permanent is full time"),
        P(None, "Bookkeeper, available 3 days a week", ("part_time", "3 days a week"),
          id="a few days a week are part time"),
        P(None, "Full-time. Hybrid, 3 days a week in the office", ("full_time", "Full-time"),
          id="days a week at an office are a hybrid week, not part time"),
        P(None, "Go dev | 2 days per week, remote (EU)", ("part_time", "2 days per week"),
          id="days a week beside a remote cell are part time"),
        P(None, "Seasonal position, January to April", ("contract", "Seasonal position"),
          id="a seasonal post is a contract"),
        P(None, "Warehouse associate\nSeasonal. $19/hr.", ("contract", "Seasonal"),
          id="seasonal alone as a term is a contract"),
        P(None, "Job type: Seasonal\nPay: $18/hr", ("contract", "Seasonal"),
          id="a seasonal job type"),
        P(None, "Per diem coder, as needed", ("contract", "Per diem"), id="per diem is a contract"),
        P(None, "Full-time field engineer, $60 per diem for travel", ("full_time", "Full-time"),
          id="a per diem allowance is no engagement"),
        P("Data Engineer - 12 month FTC", "", ("contract", "12 month FTC"),
          id="a UK fixed-term contract"),
        P(None, "서울 | 정규직", ("full_time", "정규직"), id="korean permanent is full time"),
        P("Go Developer - W2 Contract", "", ("contract", "Contract"),
          id="a W2 contract is no deal of two"),
        P(None, "This is a W-2 contract role for 6 months.", ("contract", "contract"),
          id="a W-2 contract is no deal of two either"),
        P("ETL Developer", "Duration: 12+ months. W2 only, no C2C.", ("contract", "W2 only"),
          id="us tax terms alone say contract"),
        P("Tester", "Rate: $60/hr on W2", ("contract", "on W2"), id="paid on W2"),
        P("Salesforce Developer (C2H)", "", ("contract", "C2H"), id="c2h is contract to hire"),
        P("Backend Engineer (Perm)", "", ("full_time", "Perm"), id="uk perm in a bracket"),
        P(None, "Perm role, hybrid in Leeds", ("full_time", "Perm role"), id="uk perm role"),
        P("Java Entwickler - ANÜ", "", ("full_time", "ANÜ"), id="de: ANÜ is agency employment"),
        P(
            None,
            "Einsatz im Rahmen der Arbeitnehmerüberlassung beim Kunden",
            ("full_time", "Arbeitnehmerüberlassung"),
            id="de: Arbeitnehmerüberlassung is employment",
        ),
        P(None, "Zeitarbeit, Vollzeit", ("full_time", "Zeitarbeit"), id="de: Zeitarbeit"),
        P(None, "ANÜ, befristet auf 6 Monate", ("full_time", "ANÜ"), id="de: ANÜ for a term"),
        P(None, "unbefristete Anstellung", ("full_time", "unbefristete"), id="de: open-ended"),
        P(None, "befristet auf 6 Monate", ("contract", "befristet"), id="de: befristet is a term"),
        P(None, "Vertragsart: Dienstvertrag", ("contract", "Dienstvertrag"), id="de: service"),
        P(
            None,
            "Freelance, keine Arbeitnehmerüberlassung",
            ("freelance", "Freelance"),
            id="de: no ANÜ named leaves freelance",
        ),
    ],
)  # fmt: skip
def test_parse_engagement_reads_labels(
    title: str | None, text: str, expected: tuple[str, str]
) -> None:
    assert _read(title, text) == expected


@pytest.mark.parametrize(
    ("title", "text", "expected"),
    [
        P(
            "Senior Python Developer (Contract)",
            "Full-time preferred, part-time ok",
            ("contract", "Contract"),
            id="the title beats the body",
        ),
        P(
            None,
            "Full-time or contract",
            ("contract", "contract"),
            id="a contract option beats full time",
        ),
        P(
            None,
            "Contract, part-time (20h/week)",
            ("contract", "Contract"),
            id="the first freelance-ish label wins",
        ),
        P(
            None,
            "Full-time, 40 hours/week",
            ("full_time", "Full-time"),
            id="forty hours a week is not part time",
        ),
        P(
            None,
            "Any schedule, at least 30h per week. Paid on a B2B contract.",
            ("contract", "B2B contract"),
            id="a least load at the part-time line is not part time",
        ),
        P(
            None,
            "Flexible: 20+ hours/week",
            ("part_time", "20+ hours/week"),
            id="a least load below the line may be part time",
        ),
        P(
            "Senior Engineer",
            "We never do contracts. Full-time only.",
            ("full_time", "Full-time"),
            id="we never do contracts is not a contract",
        ),
        P(
            None,
            "No contractors or agencies, full-time role",
            ("full_time", "full-time"),
            id="no contractors is not a contract",
        ),
        P(
            None,
            "Solidity dev for smart contracts, full-time",
            ("full_time", "full-time"),
            id="smart contracts are not an engagement",
        ),
        P(
            None,
            "We are a B2B SaaS, full-time",
            ("full_time", "full-time"),
            id="a B2B market is not a B2B contract",
        ),
        P(
            "SEEKING FREELANCER | Fractional Head of Data | Remote",
            "",
            ("fractional", "Fractional"),
            id="fractional beats the freelancer thread's own label",
        ),
    ],
)
def test_parse_engagement_chooses_between_labels(
    title: str | None, text: str, expected: tuple[str, str]
) -> None:
    assert _read(title, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        P(
            "Wir suchen einen freiberuflichen Python-Entwickler (Teilzeit)",
            ("freelance", "freiberuflichen"),
            id="german freiberuflich is freelance",
        ),
        P("Teilzeit, 20 Std./Woche", ("part_time", "Teilzeit"), id="german teilzeit is part time"),
        P(
            "Contrato de 6 meses, medio tiempo",
            ("contract", "Contrato"),
            id="spanish contrato is a contract",
        ),
        P(
            "Buscamos desarrollador a tiempo completo",
            ("full_time", "tiempo completo"),
            id="spanish tiempo completo is full time",
        ),
        P("৬ মাসের চুক্তি, খণ্ডকালীন", ("contract", "চুক্তি"), id="bengali chukti is a contract"),
        P(
            "খণ্ডকালীন ডেভেলপার প্রয়োজন",
            ("part_time", "খণ্ডকালীন"),
            id="bengali khondokalin is part time",
        ),
        P("Opdracht voor een zzp'er, 6 maanden", ("freelance", "zzp'er"), id="dutch zzp"),
        P("Mission en portage salarial", ("freelance", "portage salarial"), id="french portage"),
        P("Designer autônomo, projeto", ("freelance", "autônomo"), id="portuguese autonomo"),
        P(
            "Buscamos traductores/as autónomos de inglés a español",
            ("freelance", "autónomos"),
            id="spanish autonomos in the plural",
        ),
        P("Contratação como PJ.", ("contract", "como PJ"), id="brazilian pj is a contractor"),
        P("Modelo: PJ ou CLT", ("contract", "Modelo: PJ"), id="pj named beside clt"),
        P("Vaga PJ para pessoa desenvolvedora Go", ("contract", "Vaga PJ"), id="vaga pj"),
        P("Atuação como PJ junto ao cliente", ("contract", "como PJ"), id="working as pj"),
        P("Regime cooperado, projeto de 1 ano", ("contract", "cooperado"), id="a co-op member"),
        P("Poste en CDI à Lyon", ("full_time", "CDI"), id="a french cdi is permanent"),
        P(
            "Tipo de contrato: indefinido",
            ("full_time", "contrato: indefinido"),
            id="a spanish open-ended contract is employment",
        ),
        P("Wij bieden een vast contract", ("full_time", "vast contract"), id="dutch vast contract"),
        P("Deeltijd (24 uur)", ("part_time", "Deeltijd"), id="dutch deeltijd is part time"),
        P("Temps partiel, 3 jours", ("part_time", "Temps partiel"), id="french temps partiel"),
        P("雇用形態：正社員。", ("full_time", "正社員"), id="japanese seishain"),
        P("全职，北京", ("full_time", "全职"), id="chinese quanzhi is full time"),
        P("Umowa o pracę, Gdańsk", ("full_time", "Umowa o pracę"), id="polish employment"),
        P("Praca zdalna, pełny etat", ("full_time", "pełny etat"), id="polish full time"),
        P("Niepełny etat, Kraków", ("part_time", "Niepełny etat"), id="polish part time"),
        P("Umowa zlecenie, 3 miesiące", ("contract", "Umowa zlecenie"), id="polish mandate"),
        P("Sviluppatore, tempo pieno", ("full_time", "tempo pieno"), id="italian full time"),
        P(
            "Contratto a tempo indeterminato",
            ("full_time", "tempo indeterminato"),
            id="an italian open-ended contract is employment",
        ),
        P(
            "Contratto a tempo determinato",
            ("contract", "tempo determinato"),
            id="an italian fixed-term contract is a contract",
        ),
        P("Tempo parziale, 20 ore", ("part_time", "Tempo parziale"), id="italian part time"),
        P("Consulente SAP | Partita IVA", ("freelance", "Partita IVA"), id="italian vat number"),
        P("Data Engineer | Heltid", ("full_time", "Heltid"), id="swedish full time"),
        P("Fast stilling i Oslo", ("full_time", "Fast stilling"), id="norwegian permanent"),
        P("Fast ansettelse, Bergen", ("full_time", "Fast ansettelse"), id="norwegian ansettelse"),
        P("Fastansættelse i Aarhus", ("full_time", "Fastansættelse"), id="danish permanent"),
        P("Tillsvidareanställning", ("full_time", "Tillsvidareanställning"), id="swedish"),
        P("Vakituinen, kokoaikainen", ("full_time", "Vakituinen"), id="finnish permanent"),
        P("Osa-aikainen, Espoo", ("part_time", "Osa-aikainen"), id="finnish part time"),
        P("Laskutus toiminimellä", ("freelance", "toiminimellä"), id="finnish sole trader"),
        P("Kevytyrittäjänä", ("freelance", "Kevytyrittäjänä"), id="finnish light entrepreneur"),
        P("Remote | HPP | Praha", ("full_time", "HPP"), id="czech main employment"),
        P("Plný úvazek, Brno", ("full_time", "Plný úvazek"), id="czech full time"),
        P("Částečný úvazek", ("part_time", "Částečný úvazek"), id="czech part time"),
        P("Spolupráce na IČO", ("contract", "na IČO"), id="czech trade licence"),
        P("Živnostenský list nutný", ("contract", "Živnostenský list"), id="czech licence"),
        P("Teljes munkaidő", ("full_time", "Teljes munkaidő"), id="hungarian full time"),
        P("Részmunkaidős állás", ("part_time", "Részmunkaidős"), id="hungarian part time"),
        P(
            "Vállalkozói szerződés",
            ("contract", "Vállalkozói szerződés"),
            id="hungarian contractor agreement",
        ),
        P(
            "Contract de muncă, Cluj",
            ("full_time", "Contract de muncă"),
            id="a romanian employment contract is employment",
        ),
        P("Colaborare PFA", ("contract", "Colaborare PFA"), id="romanian sole trader"),
        P(
            "Contrato sem termo",
            ("full_time", "Contrato sem termo"),
            id="a portuguese open-ended contract is employment",
        ),
        P(
            "Contrato a término indefinido",
            ("full_time", "Contrato a término indefinido"),
            id="a colombian open-ended contract is employment",
        ),
        P("Por honorarios", ("contract", "Por honorarios"), id="a fee-paid latin american post"),
        P(
            "Tipo de contrato: Contrato a término indefinido\nJornada: Tiempo completo",
            ("full_time", "Contrato a término indefinido"),
            id="a contract type label is no contract",
        ),
        P(
            "Contract: Full-time, permanent",
            ("full_time", "Full-time"),
            id="an english contract label is no contract",
        ),
        P("Contract type: freelance", ("freelance", "freelance"), id="a contract type label"),
        P("Type of contract: Part-time", ("part_time", "Part-time"), id="a type of contract label"),
        P(
            "Contract: 6 months, extendable",
            ("contract", "Contract"),
            id="a contract label with a length is one",
        ),
        P(
            "Contrato a término fijo por 1 año, renovable.",
            ("full_time", "Contrato a término fijo"),
            id="a colombian fixed term is employment",
        ),
        P(
            "Contrato por obra o labor. Salario $2.000.000 + auxilio de transporte.",
            ("full_time", "Contrato por obra o labor"),
            id="a colombian contract for one piece of work is employment",
        ),
        P("Término fijo", ("full_time", "Término fijo"), id="a fixed term on a card"),
        P(
            "Contrato de prestación de servicios por 6 meses.",
            ("contract", "Contrato"),
            id="a services contract",
        ),
        P(
            "Tipo de contrato: Prestación de servicios",
            ("contract", "Prestación de servicios"),
            id="a services contract as the label's value",
        ),
        P(
            "Prestación de servicios, medio tiempo.",
            ("contract", "Prestación de servicios"),
            id="a part-time services contract",
        ),
        P(
            "Soy diseñadora de producto independiente en Bogotá.",
            ("freelance", "diseñadora de producto independiente"),
            id="a spanish independiente",
        ),
        P(
            "Contratación directa por nómina, plaza indefinida.",
            ("full_time", "Contratación directa por nómina"),
            id="a mexican payroll post is employment",
        ),
        P("Plaza indefinida en Puebla", ("full_time", "Plaza indefinida"), id="an open-ended post"),
        P("Esquema 100% nómina", ("full_time", "100% nómina"), id="all on the payroll"),
        P(
            "Contratación bajo relación de dependencia, obra social.",
            ("full_time", "relación de dependencia"),
            id="an argentine employee",
        ),
        P(
            "Sin relación de dependencia: facturás como monotributista.",
            ("contract", "monotributista"),
            id="an argentine contractor, employment negated",
        ),
        P(
            "Modalidad de contratación: monotributo",
            ("contract", "Modalidad de contratación: monotributo"),
            id="hired under the monotributo regime",
        ),
        P("Forma współpracy: umowa B2B", ("contract", "umowa B2B"), id="a polish b2b contract"),
        P("B2B lub umowa o pracę", ("contract", "B2B"), id="b2b or employment in polish"),
        P(
            "Mandat de 6 mois chez un client à Montréal.",
            ("contract", "Mandat de 6 mois"),
            id="a quebec mandate of months",
        ),
        P("Contrat 12 mois, hybride.", ("contract", "Contrat 12 mois"), id="a contract of months"),
        P("Poste contractuel, sur place.", ("contract", "contractuel"), id="a contract post"),
        P("Poste à contrat à Laval.", ("contract", "Poste à contrat"), id="a post on contract"),
        P(
            "Contrat à durée déterminée de 8 mois.",
            ("contract", "durée déterminée"),
            id="a fixed-term contract written out",
        ),
        P(
            "Contrat à durée indéterminée, temps plein.",
            ("full_time", "temps plein"),
            id="an open-ended contract is not fixed-term",
        ),
    ],
)
def test_parse_engagement_reads_other_languages(text: str, expected: tuple[str, str]) -> None:
    assert _read(None, text) == expected


@pytest.mark.parametrize(
    ("title", "text"),
    [
        P(None, "", id="an empty post says nothing"),
        P("Backend engineer", "Python, Postgres, AWS", id="a post without a label has none"),
        P(None, "Apply by contacting us", id="contacting is not contract"),
        P(None, "Artwork for our PJ Masks party", id="pj in prose is no label"),
        P(None, "Questions? Write to PJ Smith, our recruiter", id="pj initials are a name"),
        P(None, "Somos uma cooperativa de crédito", id="a credit co-op is the business"),
        P(None, "In the interim, the team ships weekly", id="in the interim is no post"),
        P(None, "Flexible: 20-40 hours a week", id="a load from part to full time is neither"),
        P(None, "We build a contract management platform", id="the business's trade"),
        P(None, "Experience in contract negotiation", id="a skill, not the terms"),
        P(None, "Offices in Perm and Kazan", id="perm as a city"),
    ],
)
def test_parse_engagement_returns_none_without_a_label(title: str | None, text: str) -> None:
    assert _read(title, text) is None


@pytest.mark.parametrize(
    ("text", "ranked", "offered"),
    [
        P("Full time or full-time contract", "contract", ("contract", "full_time"),
          id="full time or a full-time contract offers both"),
        P("Data Engineer | part- or full-time | Remote", "part_time", ("part_time", "full_time"),
          id="part- or full-time offers both"),
        P("full- or part-time, your call", "part_time", ("part_time", "full_time"),
          id="full- or part-time offers both"),
        P("Contract to full-time, Austin", "contract", ("contract",),
          id="contract to full-time is a contract"),
        P("Temp-to-perm role", "contract", ("contract",), id="temp to perm is a contract"),
        P("Remote, B2B, stock options", "contract", ("contract",),
          id="B2B on its own in a list is a B2B contract"),
        P("Freelancers and contractors welcome, or join full-time", "freelance",
          ("freelance", "contract", "full_time"), id="each invited engagement is offered"),
        P("Senior Engineer (FT) | Remote", "full_time", ("full_time",),
          id="FT alone in brackets is full time"),
        P("Quillfeather | Data Engineer | FT | Berlin", "full_time", ("full_time",),
          id="FT as a header cell is full time"),
        P("Backend Developer (Remote, FT)", "full_time", ("full_time",),
          id="FT closing a bracketed list is full time"),
        P("Analytics Engineer - FT\nWe build maps.", "full_time", ("full_time",),
          id="FT after a dash at the line's end is full time"),
        P("Designer | FT/PT | Remote", "part_time", ("part_time", "full_time"),
          id="FT/PT offers both"),
        P("Support lead, PT or FT, evenings", "part_time", ("part_time", "full_time"),
          id="PT or FT offers both"),
        P("Platform engineer: FT or contract, EU hours", "contract", ("contract", "full_time"),
          id="FT or contract offers both"),
        P("Freelance/FT, your choice", "freelance", ("freelance", "full_time"),
          id="an engagement before FT pairs it"),
        P("Acme | Full-stack Dev | Remote | 60 to 100 %", "part_time", ("part_time", "full_time"),
          id="a workload range to 100 percent in a header cell offers both"),
        P("Pensum: 80-100%, Zürich", "part_time", ("part_time", "full_time"),
          id="a named workload in percent"),
        P("Unbefristete Anstellung, 60–100 %, Basel", "part_time", ("part_time", "full_time"),
          id="a workload after its employment is named by it"),
        P("Festanstellung 100 %, Winterthur", "full_time", ("full_time",),
          id="a whole workload adds nothing to its employment"),
        P("Festanstellung, 30 % Reisetätigkeit", "full_time", ("full_time",),
          id="a share of travel is no workload"),
        P("Ingénieur·e cloud indépendant·e, Genève", "freelance", ("freelance",),
          id="a trade called independent in inclusive spelling"),
        P("Data Engineer indépendant pour une mission à Lille", "freelance", ("freelance",),
          id="an english trade called independent in french"),
        P("Rejoignez une agence indépendante, CDI à Rennes", "full_time", ("full_time",),
          id="an independent agency is no freelancer"),
        P("Data engineer, 80% FTE", "part_time", ("part_time",),
          id="FTE after a percent is a share of full-time"),
        P("Acme | Co-Founder | REMOTE | $8k contract → 5% equity", "contract", ("contract",),
          id="a header cell pricing a contract offers it"),
        P("Need a Go dev on a retainer, ~20h/month", "freelance", ("freelance",),
          id="a retainer is freelance work"),
        P("Salaried, £55k, remote within the UK", "full_time", ("full_time",),
          id="a salaried post is employment"),
        P("Startup | REMOTE | Full time and project based", "contract", ("contract", "full_time"),
          id="project-based work is a contract"),
        P("Work is billed on a per-project basis", "contract", ("contract",),
          id="work on a per-project basis is a contract"),
        P("Interim Head of Finance, six months", "contract", ("contract",),
          id="an interim post is a contract"),
        P("Locum physiotherapist for a remote triage clinic", "contract", ("contract",),
          id="a locum is a contract"),
        P("Temp role via our agency, Leeds", "contract", ("contract",),
          id="a temp role is a contract"),
        P("Half-time position, evenings", "part_time", ("part_time",),
          id="half-time is part time"),
        P("Subtitler for a cooking channel, paid per episode", "freelance", ("freelance",),
          id="work paid by the piece is freelance"),
        P("Tiny studio, paying per project", "freelance", ("freelance",),
          id="work paid by the project is freelance"),
        P("Research engineer, 0.5 FTE", "part_time", ("part_time",),
          id="a fraction of an FTE is part time"),
        P("Support agent, 40 hours a week", "full_time", ("full_time",),
          id="forty hours a week is full time"),
        P("Contract, 37.5 hours per week", "contract", ("contract", "full_time"),
          id="a full week of a contract offers its contract first"),
    ],
)  # fmt: skip
def test_parse_engagement_keeps_every_engagement_offered(
    text: str, ranked: str, offered: tuple[str, ...]
) -> None:
    offer = parse_engagement(None, text)
    assert offer is not None
    assert (offer.engagement, offer.engagements) == (ranked, offered)


@pytest.mark.parametrize(
    ("title", "text", "expected"),
    [
        P("SEEKING FREELANCER – Corvid Games – Godot developer for an 8-week contract",
          "Help with our save system.", ("contract", "8-week contract"),
          id="the post's own contract, not the thread's tag"),
        P("SEEKING FREELANCER - Wrenmoor - Lisbon or remote",
          "Part-time backend developer, 2 days/week.", ("part_time", "Part-time"),
          id="the body's own terms beat the tag in the title"),
        P("SEEKING FREELANCER | Remote | Kotlin developer", "About 60 hours in all.",
          ("freelance", "FREELANCER"), id="a post of no terms of its own: the tag's"),
        P("SEEKING FREELANCER | Remote", "We'd like a freelancer for about 2 months.",
          ("freelance", "freelancer"), id="the body's own freelancer"),
    ],
)  # fmt: skip
def test_the_freelancer_threads_tag_yields_to_the_posts_own_terms(
    title: str, text: str, expected: tuple[str, str]
) -> None:
    assert _read(title, f"{title}\n\n{text}") == expected


@pytest.mark.parametrize(
    "text",
    [
        P("Professional / Experienced", id="a seniority label is no engagement"),
        P("berufserfahren", id="a german seniority label is no engagement"),
        P("We've landed seven-figure contracts with insurers", id="contracts won are business"),
        P("We help general contractors run their jobs", id="trade contractors are customers"),
        P("A small team (5 devs + 2 contractors)", id="contractors on the team are not offered"),
        P("Signs an $800K contract", id="a deal's value is business"),
        P("Relocation: temporary housing included", id="temporary housing is no engagement"),
        P("so projects stay on track and contractors get paid", id="contractors as customers"),
        P("We're building an invoicing app for freelancers", id="freelancers as customers"),
        P("Our launch was covered by the FT and Wired", id="the FT in prose is a newspaper"),
        P("Coverage: NYT, FT, WSJ", id="FT in a list of newspapers is a newspaper"),
        P("As seen in Wired, FT\nWe build maps.", id="FT ending a list is a newspaper"),
        P("A 40 ft (12 m) antenna mast", id="ft in lower case is feet"),
        P("We sell to FT Partners and FTSE 100 firms", id="FT in a name is a name"),
        P("Standups at 9am PT (FT team in London)", id="PT alone is Pacific time"),
        P("Role (not FT)", id="a negated FT is no engagement"),
        P("Our business is seasonal. We hire all year.", id="seasonal work of a business"),
        P("Sales are highly seasonal", id="seasonal in passing"),
        P("We automate 60-80% of what that hire would do", id="a percent in prose"),
        P("Acme | 50% equity | Remote", id="a percent of equity"),
        P("Experiencia en cálculo de nómina y IMSS", id="payroll as the work is no term"),
        P("Reservamos tu plaza en el curso", id="a seat is no post"),
        P("Sin relación de dependencia", id="a negated employment"),
        P(
            "Una app para que los monotributistas emitan facturas",
            id="monotributistas as customers",
        ),
        P("Estudio contable: liquidación de sueldos y monotributo", id="the regime as the work"),
        P("IPS dedicada a la prestación de servicios de salud", id="a company's services"),
        P("Somos una empresa independiente de consultoría", id="an independent company"),
    ],
)
def test_parse_engagement_ignores_words_that_offer_no_engagement(text: str) -> None:
    assert parse_engagement(None, text) is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        P("6-month contract", 6, id="a six month contract lasts six months"),
        P("3 months", 3, id="three months on their own"),
        P("12 weeks", 3, id="twelve weeks are three months"),
        P("2 weeks", 1, id="a short gig rounds up to one month"),
        P("1-year contract", 12, id="a one year contract lasts twelve months"),
        P("contract length: 2 years", 24, id="years after a contract word"),
        P("90-day project", 3, id="days before a project word"),
        P("3-6 months", 3, id="a range gives its lower end"),
        P("Contrato de 6 meses", 6, id="spanish meses are months"),
        P("Contratto di 9 mesi", 9, id="italian mesi are months"),
        P("Laufzeit: 9 Monate", 9, id="german monate are months"),
        P("৬ মাসের চুক্তি", 6, id="bengali mash are months"),
        P("10+ years of experience", None, id="ten plus years is experience"),
        P("5 years experience with Django", None, id="years of experience are not a length"),
        P("founded 8 years ago", None, id="an age is not a length"),
        P("posted 3 months ago", None, id="months ago are not a length"),
        P("invoices paid within 30 days", None, id="a payment term is not a length"),
        P(
            "convert after 3 months, 12 weeks initially",
            3,
            id="after three months is skipped for the next length",
        ),
        P("Perks: 4 weeks PTO, health", None, id="paid time off is a perk"),
        P("16 weeks of paid parental leave", None, id="parental leave is a perk"),
        P("a 10-week onboarding program", None, id="onboarding is not the job's length"),
        P(
            "Time off (3 weeks vacation, public holidays, 1 week at New Year)",
            None,
            id="weeks after time off are more time off",
        ),
        P("a 12-week project; 2 weeks vacation", 3, id="the project's length still counts"),
        P("Perks: a 2-week winter break, 20 days off", None, id="a break is time off"),
        P("We close for a 2 week company-wide break", None, id="a kind of break is time off"),
        P("Benefits: 5 weeks annual leave, pension", None, id="annual leave is time off"),
        P("Summer break: 3 weeks in August", None, id="weeks after a break are time off"),
        P("Full-time, a 6 month probationary period", None, id="probation is no length"),
        P("The first 3 months are a probation period", None, id="a probation is no length"),
        P("a 3 month contract break clause", 3, id="a contract word is no time off"),
        P("Copywriter - Six-month contract", 6, id="a count in words"),
        P("Six months in, we have 40 customers", None, id="a company's age in words"),
        P("A stipend once you've been with us for three months", None, id="a tenure in words"),
        P("Shares after being employed for 6 months", None, id="a tenure"),
        P("18 months in; the team is 12 people", None, id="a company's age"),
        P("Apply by a one-week challenge (paid)", None, id="a challenge is no length"),
        P("A 2-week paid trial, then a 6-month contract", 6, id="the trial is passed over"),
        P("Duration: 6 months in total", 6, id="months in total are a length"),
        P("a twelve month FTC, outside IR35", 12, id="twelve in words before FTC"),
        P("Backend dev - Outside IR35 - 4 months", 4, id="no count starts inside IR35"),
        P("Outside IR35 – 9-month contract", 9, id="IR35 before a length with a hyphen"),
        P("Moving to Python3 on K8s, a 2 months engagement", 2, id="digits stuck to letters"),
        P("IR35 status: outside; rolling contract", None, id="IR35 alone is no length"),
        P("Initial three to six months", 3, id="a range in words gives its lower end"),
        P("An eighteen-month programme of work", 18, id="eighteen with a hyphen"),
        P("Three days a week in our Leeds office", None, id="days a week in words are a rhythm"),
        P("five years of experience writing API docs", None, id="years in words are experience"),
        P("two weeks' notice", None, id="notice in words is no length"),
        P("ten days holiday, then a 4-month contract", 4, id="time off in words is skipped"),
    ],
)
def test_parse_duration_months(text: str, expected: int | None) -> None:
    found = parse_duration(text)
    assert (found.months if found else None) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        P("a 2-week engagement", Duration(1, 2), id="two weeks stay weeks"),
        P("Length: ~6 weeks", Duration(1, 6), id="six weeks are not one month to a reader"),
        P("a 10-day contract", Duration(1, 1), id="days count in weeks"),
        P("a 6-month contract", Duration(6), id="months have no weeks"),
    ],
)
def test_a_length_counted_in_weeks_keeps_its_weeks(text: str, expected: Duration) -> None:
    assert parse_duration(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        P("~20 hours/week", 20.0, id="about twenty hours a week are a weekly load"),
        P("20h/week", 20.0, id="compact hours per week are a weekly load"),
        P("20-30 hrs per week", (20.0, 30.0), id="a range keeps both ends"),
        P("10 hours a week to start", 10.0, id="hours a week are a weekly load"),
        P("20 Std./Woche", 20.0, id="german std per woche are a weekly load"),
        P("20 Wochenstunden", 20.0, id="german wochenstunden are a weekly load"),
        P("20 horas semanales", 20.0, id="spanish horas semanales are a weekly load"),
        P("Carga horaria: 20 hs semanales", 20.0, id="spanish hs are hours"),
        P("সপ্তাহে ২০ ঘণ্টা", 20.0, id="bengali hours per week are a weekly load"),
        P("$80/h", None, id="an hourly rate is not a load"),
        P("available 24/7", None, id="round the clock is not a load"),
        P("100 hours/week", None, id="an implausible load is ignored"),
    ],
)
def test_parse_hours_per_week(text: str, expected: float | tuple[float, float] | None) -> None:
    assert _weekly(text) == expected


def _weekly(text: str, country: str | None = None) -> float | tuple[float, float] | None:
    """The hours read: one figure where both ends agree, else the range."""
    found = parse_hours_per_week(text, country)
    if found is None:
        return None
    return found.least if found.least == found.most else (found.least, found.most)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        P("Omfattning: 50%\nStart: omgående", 20.0, id="a swedish share of a week"),
        P("Omfattning: 100%\nPeriod: 6 mån", 40.0, id="a whole week is forty hours"),
        P("Pensum 80-100%\nArbeitsort: Bern", (32.0, 40.0), id="a range of shares keeps both ends"),
        P("Arbeitspensum: 60 %", 24.0, id="a spaced percent"),
        P("Taux d'occupation: 60-80%", (24.0, 32.0), id="a french swiss rate of occupation"),
        P("Stellenumfang: 50 %, befristet", 20.0, id="a german extent of the post"),
        P("Teilzeitstelle (70%) in Köln", 28.0, id="a part-time post's share"),
        P("Temps partiel à 60%, Genève", 24.0, id="a french part-time share"),
        P("part-time (50%), remote", 20.0, id="an english part-time share"),
        P("This is a 0.8 FTE post.", 32.0, id="a fraction of an fte"),
        P("Wij bieden 0,8 fte in Rotterdam.", 32.0, id="a dutch fraction of an fte"),
        P("Hours: 80% FTE, flexible", 32.0, id="a percent of an fte"),
        P("Régime de travail : 4/5e temps", 32.0, id="a belgian four fifths week"),
        P("A 4 days a week schedule, remote.", 32.0, id="four working days of a week"),
        P("Tjänsten är på 3 dagar i veckan.", 24.0, id="swedish working days of a week"),
        P("Auslastung: 3 Tage/Woche", 24.0, id="german working days of a week"),
        P("Hybrid: 3 days a week in the office.", None, id="office days are no load"),
        P("2 dagar i veckan på kontoret, resten på distans.", None, id="swedish office days"),
        P("Wir suchen Sie halbtags ab sofort.", 20.0, id="half days are half a week"),
        P("Contrato de media jornada.", 20.0, id="a spanish half day"),
        P("Jornada: tiempo parcial (20 h)", 20.0, id="a part-time label's bare hours"),
        P("Dienstverband: deeltijd 24 uur", 24.0, id="a dutch part-time label's hours"),
        P("Pensum: 80% (100% = 42 Std./Woche)", 33.6, id="a share of the week the post states"),
        P("60% einer Vollzeitstelle (Vollzeit 42 Stunden/Woche)", 25.2, id="a stated full week"),
        P("Pensum 80% (33.6 Std./Woche)", 33.6, id="stated hours win over the share"),
        P("About 60-80% of the work is backend.", None, id="a share of the work is no load"),
        P("Keep uptime at 99.9% and cut costs by 20%.", None, id="percents in prose are no load"),
        P("Remote 50%, office 50%, full-time.", None, id="a share of remote days is no load"),
        P("Reisebereitschaft: 20%", None, id="a share of travel is no load"),
        P("Glassdoor rating 4/5 from our team.", None, id="a rating is no week"),
    ],
)
def test_a_share_of_a_full_week_is_read_as_hours(
    text: str, expected: float | tuple[float, float] | None
) -> None:
    assert _weekly(text) == expected


@pytest.mark.parametrize(
    ("text", "country", "expected"),
    [
        P("Pensum 80-100%, Standort Zürich", "CH", (33.6, 42.0), id="a swiss week is 42 hours"),
        P("Taux d'activité : 80%", "CH", 33.6, id="a french swiss share of 42 hours"),
        P("Poste à 80% d'un temps plein", "FR", 28.0, id="a french week is 35 hours"),
        P("CDI à 4/5e temps, télétravail partiel", "FR", 28.0, id="four fifths of a french week"),
        P("Régime de travail : 4/5e temps", "BE", 30.4, id="four fifths of a belgian week"),
        P("Teilzeit 50 %, tarifliche Wochenarbeitszeit 39 Stunden", "DE", 19.5, id="a tariff week"),
        P(
            "Teilzeit (60%) bei einer 38,5-Stunden-Woche",
            None,
            23.1,
            id="a week of hyphenated hours",
        ),
        P("Temps partiel 80%, semaine de 35 heures", None, 28.0, id="a french week stated"),
        P("Omfattning: 50-100%", "SE", (20.0, 40.0), id="elsewhere a week is 40 hours"),
        P("Teilzeit (20-25 Std./Woche)", "DE", (20.0, 25.0), id="hours said win over the week"),
        P("Freelance, 3-4 days a week, remote", None, (24.0, 32.0), id="a range of days"),
    ],
)
def test_a_share_is_of_the_full_week_of_the_posts_country(
    text: str, country: str | None, expected: float | tuple[float, float]
) -> None:
    assert _weekly(text, country) == expected


def test_a_share_offers_part_time_and_a_whole_week_no_label() -> None:
    assert _offered("Omfattning: 50%") == ("part_time",)
    assert "part_time" in _offered("Tjänsten är på 3 dagar i veckan.")
    assert "part_time" in _offered("Taux d'activité : 80%")
    assert _offered("Omfattning: 100%") == ()


def _offered(text: str) -> tuple[str, ...]:
    offer = parse_engagement(None, text)
    return offer.engagements if offer else ()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        P("Full-time W2 employee, no C2C", "full_time", id="a label beats tax terms"),
        P("Full-time, W2 only", "full_time", id="w2 only beside full time"),
    ],
)
def test_us_tax_terms_count_only_where_no_label_stands(text: str, expected: str) -> None:
    assert _read(None, text)[0] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        P("Jersey City, NJ. W2 only. $70/hr.", ("contract", "W2 only"), id="w2 only"),
        P("Rate: $65/hr on W2. Onsite in Charlotte.", ("contract", "on W2"), id="a rate on W2"),
        P("No C2C. Local candidates only.", ("contract", "No C2C"), id="no c2c"),
        P("Only W2 candidates; no sponsorship.", ("contract", "Only W2"), id="only w2"),
        P("T4 only. Toronto, hybrid. $85/hr.", ("contract", "T4 only"), id="t4 only"),
        P("T4 or Incorporated. Ottawa.", ("contract", "T4 or Incorporated"), id="t4 or inc"),
        P("Payroll: T4. Vancouver, hybrid.", ("contract", "Payroll: T4"), id="payroll t4"),
        P("ABN holders only, $1,050 p.d. inc super.", ("contract", "ABN holders"), id="abn"),
        P("$1,000/day. ABN or PAYG. Adelaide.", ("contract", "ABN"), id="abn or payg"),
        P("PAYG only, daily rate $850 + super.", ("contract", "PAYG only"), id="payg only"),
        P("Permanent role, T4 employee with benefits.", ("full_time", "Permanent"), id="perm"),
    ],
)
def test_a_staffing_posts_tax_terms_are_a_contracts(text: str, expected: tuple[str, str]) -> None:
    """The terms `tax_terms` reads, in the US, Canada and Australia, where no label stands."""
    assert _read(None, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        P("Build our T4 slips analytics platform. Toronto.", id="t4 slips"),
        P("A partner of ABN AMRO is hiring a cloud engineer.", id="abn amro"),
        P("Process PAYG withholding and BAS lodgements.", id="payg withholding"),
        P("We are incorporated in Delaware, a 40-person startup.", id="incorporated"),
        P("Prepare W-2 forms and 1099 filings for 300 employees.", id="payroll forms"),
    ],
)
def test_look_alikes_of_tax_terms_are_no_engagement(text: str) -> None:
    assert _read(None, text) is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        P("Msanidi wa Python kwa mkataba wa miezi 6.", "contract", id="mkataba"),
        P("Ajira ya kudumu, Nairobi. Mshahara mzuri.", "full_time", id="ajira ya kudumu"),
        P("Tunatoa mkataba wa kudumu kwa msanidi.", "full_time", id="permanent mkataba"),
        P("Msanidi wa Python, Nairobi.", None, id="no term"),
    ],
)
def test_swahili_terms_name_the_engagement(text: str, expected: str | None) -> None:
    found = _read(None, text)
    assert (found[0] if found else None) == expected


@pytest.mark.parametrize(
    "text",
    [
        P("Laufzeit: 8 Monate + Option", id="laufzeit"),
        P("Projektdauer: 5 Monate mit Verlängerung", id="projektdauer"),
        P("Duración: 4 meses prorrogables", id="duración"),
        P("Durée : 2 mois renouvelable", id="durée"),
        P("Initial 9 months, extension likely", id="initial"),
        P("Duração do contrato: 7 meses", id="duração"),
        P("4 month engagement with an option to extend", id="to extend"),
        P("10 meses, con posibilidad de prórroga", id="prórroga"),
    ],
)
def test_a_term_with_a_length_is_a_contract(text: str) -> None:
    offer = parse_engagement(None, text)
    assert offer is not None
    assert offer.engagement == "contract"


@pytest.mark.parametrize(
    "text",
    [
        P("We offer 6 months of paid parental leave.", id="leave"),
        P("Your first 3 months include onboarding.", id="onboarding"),
        P("During your initial 3 months you will shadow a mentor.", id="initial, no extension"),
        P("Customers renew their 12 month plans each year.", id="plans"),
    ],
)
def test_a_length_alone_is_no_engagement(text: str) -> None:
    assert parse_engagement(None, text) is None


@pytest.mark.parametrize(
    ("text", "months"),
    [("Durée de la mission : 5 mois", 5), ("Contrat de 8 semaines", 2)],
)
def test_french_lengths(text: str, months: int) -> None:
    assert parse_duration(text) == Duration(months, None if months == 5 else 8)


@pytest.mark.parametrize(
    ("text", "months"),
    [
        ("Mission de 60 jours, démarrage immédiat chez un assureur.", 2),
        ("Contrat de 45 jours pour renforcer l'équipe data.", 1),
        # working days are effort: the span that follows is the length
        ("Durée : 15 jours ouvrés étalés sur trois mois.", 3),
        ("Règlement des factures à 45 jours fin de mois.", None),
    ],
)
def test_french_day_counts(text: str, months: int | None) -> None:
    found = parse_duration(text)
    assert (found.months if found else None) == months
