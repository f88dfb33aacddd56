"""Demand or supply, from the conventions of HN, Reddit, Mastodon and plain phrases."""

from __future__ import annotations

import pytest

from warehouse.ranking.kind import parse_kind

P = pytest.param

WANTS_TO_BE_HIRED = """Location: Lisbon, Portugal
Remote: Yes
Willing to relocate: No
Technologies: Python, Django, Postgres, AWS
Résumé/CV: https://example.org/cv.pdf
Email: me (at) example.org"""


@pytest.mark.parametrize(
    ("title", "text", "expected"),
    [
        P(
            None,
            "SEEKING FREELANCER | Remote (US timezones) | Django + HTMX",
            ("demand", "SEEKING FREELANCER"),
            id="an HN seeking freelancer post is demand",
        ),
        P(
            None,
            "SEEKING WORK | Remote | Full-stack Developer",
            ("supply", "SEEKING WORK"),
            id="an HN seeking work post is supply",
        ),
        P(
            "[Hiring] Python developer for small ETL job - $1,200 fixed",
            "We need a Python developer.",
            ("demand", "[Hiring]"),
            id="a reddit hiring tag is demand",
        ),
        P(
            "[For Hire] Full-stack developer (React/Node)",
            "Rate: $45/hr",
            ("supply", "[For Hire]"),
            id="a reddit for hire tag is supply",
        ),
        P("[HIRING] Logo designer", "", ("demand", "[HIRING]"), id="the tag is read in any case"),
        P(
            None,
            WANTS_TO_BE_HIRED,
            ("supply", "Location: Remote: Willing to relocate: Technologies: Résumé/CV: Email:"),
            id="the who wants to be hired form is supply",
        ),
    ],
)
def test_parse_kind_reads_source_conventions(
    title: str | None, text: str, expected: tuple[str, str]
) -> None:
    assert parse_kind(title, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        P(
            "We're #hiring a part-time Rust contractor (remote, EU time zones)",
            ("demand", "We're #hiring"),
            id="a hashtag in a phrase reads as its word",
        ),
        P(
            "Paid gig: a small data migration, two weeks or so. #hiring #python",
            ("demand", "#hiring"),
            id="a hiring hashtag alone is demand",
        ),
        P(
            "#GetFediHired hello! Backend person, ten years of Go, open to offers",
            ("supply", "#GetFediHired"),
            id="a get fedi hired hashtag alone is supply",
        ),
        P(
            "#GetFediHired #FediHire our studio is looking for a #Godot programmer, 2 months",
            ("demand", "looking for a #Godot programmer"),
            id="words beat a hashtag that leans the other way",
        ),
        P(
            "Heads up: I'm looking for freelance or part-time work from May. #hiring",
            ("supply", "looking for freelance or part-time work"),
            id="a seeker's words beat the hiring hashtag",
        ),
        P(
            "Hi all, available for #freelance #illustration jobs this spring",
            ("supply", "available for #freelance"),
            id="available for a freelance hashtag is supply",
        ),
        P(
            "Now taking on new clients for brand identity work!",
            ("supply", "Now taking on new clients"),
            id="taking on new clients is supply",
        ),
        P(
            "Cloud Audits | $400 | Remote\nI help teams review their cloud bills before they grow.",
            ("supply", "I help teams"),
            id="a consultant's pitch in a hiring thread is supply",
        ),
        P(
            "Flowworks | Remote | Automation\nWe set up done-for-you workflows for small shops.",
            ("supply", "done-for-you"),
            id="done-for-you services are supply",
        ),
        P(
            "Book a free 30-min discovery call to see if we fit.",
            ("supply", "free 30-min discovery call"),
            id="a free discovery call is a seller's",
        ),
        P(
            "I help startups find engineers: my client is hiring a data engineer.",
            ("demand", "is hiring"),
            id="a recruiter helps companies hire",
        ),
        P(
            "Does anyone know a reliable #Django contractor? Small fix for a charity site.",
            ("demand", "know a reliable #Django contractor"),
            id="asking for a recommendation is demand",
        ),
        P(
            "Can you recommend a good UX designer for a two-week audit?",
            ("demand", "recommend a good UX designer"),
            id="asking to be recommended someone is demand",
        ),
        P(
            "We are hiring two contractors",
            ("demand", "We are hiring"),
            id="we are hiring is demand",
        ),
        P(
            "We are looking for a freelance React developer",
            ("demand", "looking for a freelance React developer"),
            id="looking for a developer is demand",
        ),
        P(
            "We are looking for a Project Manager to run our client rollouts",
            ("demand", "looking for a Project Manager"),
            id="looking for a manager is demand though a project is work",
        ),
        P(
            "I'm a designer available for freelance work",
            ("supply", "available for freelance"),
            id="available for freelance is supply",
        ),
        P(
            "Full-stack dev looking for contract work",
            ("supply", "looking for contract work"),
            id="looking for work is supply",
        ),
        P(
            "Senior engineer looking for a new role",
            ("supply", "looking for a new role"),
            id="looking for a role is supply",
        ),
        P("Hire me! #opentowork", ("supply", "Hire me"), id="hire me is supply"),
        P(
            "Hello! I'm a backend developer with 6+ years of Go behind me.",
            ("supply", "I'm a backend developer with 6+ years"),
            id="a developer with years of their own is supply",
        ),
        P(
            "I am currently looking for a new job in data.",
            ("supply", "I am currently looking for a new job"),
            id="looking for a job oneself is supply",
        ),
        P(
            "Any openings? Please consider my CV.",
            ("supply", "consider my CV"),
            id="consider my cv is supply",
        ),
        P(
            "Looking for: remote contracts, part-time is fine",
            ("supply", "Looking for: remote contracts"),
            id="looking for contracts is supply",
        ),
        P(
            "Looking for: a senior Elixir developer, 3 months",
            ("demand", "Looking for: a senior Elixir developer"),
            id="looking for a developer after a colon is demand",
        ),
        P(
            "I'm looking for a designer with 5 years of brand work",
            ("demand", "looking for a designer"),
            id="looking for someone with years is demand",
        ),
        P(
            "Wir suchen einen freiberuflichen Entwickler",
            ("demand", "Wir suchen"),
            id="german we are looking for is demand",
        ),
        P(
            "Buscamos desarrollador Python",
            ("demand", "Buscamos"),
            id="spanish we are looking for is demand",
        ),
        P(
            "Desarrolladora disponible para proyectos",
            ("supply", "disponible para"),
            id="spanish available for projects is supply",
        ),
        P("জরুরি ভিত্তিতে ডেভেলপার নিয়োগ", ("demand", "নিয়োগ"), id="bengali recruitment is demand"),
        P("Offering my services as a tax preparer this spring",
          ("supply", "Offering my services"), id="offering my services is supply"),
        P("Ceramics illustrator here, open for commissions again",
          ("supply", "open for commissions"), id="open for commissions is supply"),
        P("Mobile dev, open to new clients from January",
          ("supply", "open to new clients"), id="open to new clients is supply"),
        P("Please boost: I'm looking for my next contract in QA",
          ("supply", "looking for my next contract"), id="looking for my next contract is supply"),
        P("Small bakery chain, looking for a PM to join our team",
          ("demand", "join our team"), id="a role to join our team is demand"),
        P("Come join us as our first growth marketer",
          ("demand", "join us as"), id="join us as a role is demand"),
        P("Bonjour, data analyst à Lyon, je propose mes services en SQL et Power BI",
          ("supply", "propose mes services"), id="french offering my services is supply"),
        P("Consultante BI disponible pour de nouvelles missions dès janvier",
          ("supply", "disponible pour de nouvelles missions"),
          id="french available for missions is supply"),
        P("Nous recherchons un data analyst freelance, disponible pour un démarrage ASAP",
          ("demand", "Nous recherchons"), id="french we are looking for is demand"),
        P("On recrute ! Un analyste BI en CDI à Lyon", ("demand", "On recrute"),
          id="french we recruit is demand"),
        P("Backend-разработчик, Kotlin. Ищу удалённую работу, рассмотрю предложения.",
          ("supply", "Ищу удалённую работу"), id="russian looking for work is supply"),
        P("Рассмотрю ваши предложения по проектам на Vue.",
          ("supply", "Рассмотрю ваши предложения"), id="russian i will consider offers"),
        P("QA-інженер, шукаю роботу віддалено.", ("supply", "шукаю роботу"),
          id="ukrainian looking for work is supply"),
        P("#резюме\nАналитик данных, SQL и Power BI, Алматы.", ("supply", "#резюме"),
          id="a telegram cv tag is supply"),
        P("Motion designer, open to freelance work from June.",
          ("supply", "open to freelance work"), id="open to freelance work is supply"),
        P("Taking on new clients for Q3: logos and packaging.",
          ("supply", "Taking on new clients"), id="taking on clients, no one before"),
    ],
)  # fmt: skip
def test_parse_kind_reads_phrases(text: str, expected: tuple[str, str]) -> None:
    assert parse_kind(None, text) == expected


@pytest.mark.parametrize(
    ("title", "text", "expected"),
    [
        P(
            "[Hiring] React dev",
            "I am available for hire next week, says our PM",
            "demand",
            id="the title beats the body",
        ),
        P(
            None,
            "SEEKING WORK. I'm looking for a developer to pair with",
            "supply",
            id="a convention beats a loose phrase",
        ),
        P(
            None,
            WANTS_TO_BE_HIRED + "\nLooking for a senior engineer role, not a dev",
            "supply",
            id="the self ad form beats a loose phrase",
        ),
    ],
)
def test_parse_kind_orders_its_evidence(title: str | None, text: str, expected: str) -> None:
    found = parse_kind(title, text)
    assert found is not None
    assert found[0] == expected


@pytest.mark.parametrize(
    ("title", "text"),
    [
        P(None, "", id="an empty post says nothing"),
        P("Acme | Backend Engineer | Berlin", "Python, Postgres.", id="a plain post is neither"),
        P(
            None,
            "Location: NYC\nRemote: yes",
            id="location and remote fields alone are not a self ad",
        ),
        P(None, "Is the EU remote open to the UK?", id="a reply in a thread is neither"),
        P(
            None,
            "We are open to freelancers and agencies for this build.",
            id="an employer open to freelancers",
        ),
        P(
            None,
            "We're open to freelance work arrangements for this role.",
            id="an employer's freelance arrangements",
        ),
        P(
            None,
            "Our studio is taking on new clients this spring; send us a brief.",
            id="an agency taking on clients",
        ),
        P(None, "Our team is available for questions during onboarding.", id="a team available"),
        P(
            None,
            "Рассмотрим предложения от фрилансеров по боту для Telegram.",
            id="russian we will consider offers",
        ),
    ],
)
def test_parse_kind_returns_none_without_evidence(title: str | None, text: str) -> None:
    assert parse_kind(title, text) is None


@pytest.mark.parametrize(
    ("title", "text", "expected"),
    [
        P("Konsultuppdrag: Backendutvecklare", "Start 1 mars.", "Konsultuppdrag:", id="sv title"),
        P("Systemarkitekt", "Uppdrag: Systemarkitekt\nOmfattning: 80%", "Uppdrag:", id="sv line"),
        P("Backendutvecklare Java - konsultuppdrag", "Kund: energibolag.", "konsultuppdrag",
          id="sv title's last part"),
        P("Opdracht: Data Engineer", "Duur: 6 maanden.", "Opdracht:", id="nl title"),
        P("Interim opdracht: Projectleider ICT", "Zwolle.", "Interim opdracht:", id="nl interim"),
        P("Mission freelance : Développeur Python", "TJM : 550€", "Mission freelance",
          id="fr title"),
        P("Data Engineer", "Mission freelance de 12 mois chez un grand compte.",
          "Mission freelance", id="fr line"),
        P("Senior Java Developer - Mission freelance", "TJM 600€", "Mission freelance",
          id="fr title's last part"),
        P("Projektangebot: Java Entwickler (m/w/d)", "Laufzeit: 6 Monate", "Projektangebot:",
          id="de title"),
        P("SAP Berater", "Projektanfrage: SAP FI/CO\nStart: 01.04.", "Projektanfrage:",
          id="de line"),
    ],
)  # fmt: skip
def test_a_brokers_assignment_is_demand(title: str, text: str, expected: str) -> None:
    assert parse_kind(title, text) == ("demand", expected)


@pytest.mark.parametrize(
    ("title", "text", "expected"),
    [
        P("Freelance ontwikkelaar", "Mijn laatste opdracht: Java bij een bank.", None,
          id="a past assignment in prose is none"),
        P("Our mission", "Our mission: make payroll simple.", None, id="a company's mission"),
        P("Senior utvecklare", "Tillgänglig för nya uppdrag. Senaste uppdrag: Backend.",
          ("supply", "Tillgänglig för nya uppdrag"), id="a consultant's offer stays supply"),
        P("Data Engineer", "Je suis disponible pour de nouvelles missions.\nMission freelance "
          "de 6 mois chez un assureur.", ("supply", "disponible pour de nouvelles missions"),
          id="a freelancer's past mission stays supply"),
    ],
)  # fmt: skip
def test_an_assignment_word_elsewhere_is_no_demand(
    title: str, text: str, expected: tuple[str, str] | None
) -> None:
    assert parse_kind(title, text) == expected
