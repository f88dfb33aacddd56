"""Alerts from job boards no parser knows (Naukrigulf, JobsDB, kariera.gr, skywalker.gr,
ReKrute, 104人力銀行, Sribulancer): read by their cards, footers and articles left out."""

from __future__ import annotations

from email.message import EmailMessage
from pathlib import Path

import pytest
from conftest import FIXTURES

from extractors._joburls import clean_url, job_page
from extractors.inbox.senders._job import company_place, labelled
from extractors.inbox.senders.generic import alert
from tests.extractors.test_inbox import _documents, _postings, _run

ALERTS = FIXTURES / "inbox"


def _mail(sender: str, subject: str, body: str, *, bulk: bool = True, html: bool = True) -> bytes:
    mail = EmailMessage()
    mail["From"], mail["To"], mail["Subject"] = sender, "mira@mail.example", subject
    mail["Message-ID"] = "<generic@mail.example>"
    if bulk:
        mail["List-Unsubscribe"] = "<https://lists.example/unsubscribe>"
    mail.set_content(body, subtype="html" if html else "plain")
    return mail.as_bytes()


@pytest.mark.parametrize(
    ("url", "page"),
    [
        ("https://click.rekrute.example/c?url=https%3A%2F%2Fwww.rekrute.com%2Foffre-emploi-"
         "analyste-data-recrutement-casablanca-160001.html&e=1",
         "https://www.rekrute.com/offre-emploi-analyste-data-recrutement-casablanca-160001.html"),
        ("https://www.104.com.tw/job/8a1bc?jobsource=mail_rec", "https://www.104.com.tw/job/8a1bc"),
        ("https://hk.jobsdb.com/job/80990001?ref=jobmail&tracking=JMA-HK-2",
         "https://hk.jobsdb.com/job/80990001"),
        ("https://www.kariera.gr/jobs?keyword=developer", None),  # a search
        ("https://www.naukrigulf.com/python-jobs?alertId=551200", None),  # its id is the alert's
        ("https://www.naukrigulf.com/mnj/alerts/unsubscribe?aid=551200", None),
        ("https://apps.apple.com/app/id1234500001", None),
        ("https://devnews.example/posts/python-3-15-released-4533", None),  # an article
        ("https://acme.example/careers/blog/salary-guide-2027-91", None),  # a careers blog
        ("https://board.example/jobs/news/hiring-report-2027", None),
        ("https://www.jobat.example/fr/emplois/comptable-4410087?utm_source=mail",
         "https://www.jobat.example/fr/emplois/comptable-4410087"),
    ],
)  # fmt: skip
def test_a_job_page_is_a_job_word_and_an_id_in_its_path(url: str, page: str | None) -> None:
    assert job_page(url) == page


@pytest.mark.parametrize(
    ("subject", "announces"),
    [
        ("12 new jobs matching your profile", True),
        ("Νέες θέσεις εργασίας για σένα", True),
        ("Nouvelles offres d'emploi pour votre alerte", True),
        ("【104職缺通知】為您推薦 2 個新職缺", True),
        ("Jawatan baharu untuk anda", True),
        ("Proyek baru yang cocok untuk Anda", True),
        ("新着求人のお知らせ", True),
        ("새 채용공고 알림", True),
        ("Your December invoice", False),
        ("Ανακοίνωση: νέοι όροι χρήσης", False),
    ],
)
def test_a_subject_that_announces_jobs_is_read(subject: str, announces: bool) -> None:
    assert alert(subject) is announces


def test_an_unknown_board_s_html_alert_gives_its_cards_not_its_footer() -> None:
    jobs = _postings(_run(ALERTS / "generic_alert_naukrigulf_en.eml"))
    assert sorted((j.title, j.company, j.location, j.url) for j in jobs.values()) == [
        ("Android Developer", "Wadi Apps", "Muscat - Oman",
         "https://www.naukrigulf.com/android-developer-jobs-in-muscat-oman-in-wadi-apps-2-to-5"
         "-years-n-cd-10005620-jid-011226400222"),
        ("QA Automation Engineer", "Pearl Bay Systems", "Doha - Qatar",
         "https://www.naukrigulf.com/qa-automation-engineer-jobs-in-doha-qatar-in-pearl-bay-sys"
         "tems-4-to-7-years-n-cd-10005501-jid-011226400111"),
    ]  # fmt: skip


def test_a_plain_text_alert_in_greek_gives_its_jobs_keyed_by_their_links() -> None:
    result = _run(ALERTS / "generic_alert_skywalker_el.eml")
    assert [d["parser"] for d in _documents(result)] == ["generic"]
    jobs = _postings(result)
    assert sorted((j.title, j.company, j.location) for j in jobs.values()) == [
        ("Business Analyst", "Ακτή Συστήματα ΑΕ", "Χαλκίδα"),
        ("Αναλυτής Δεδομένων", "Μέλισσα Τεχνολογίες", "Λάρισα"),
    ]
    # the link without the alert's query names the job: its copy in any alert is one key
    again = _postings(_run(ALERTS / "generic_alert_naukrigulf_en.eml"))
    assert not set(jobs) & set(again)
    assert all(j.url.endswith(("-1301122", "-1301188")) for j in jobs.values())


def test_a_newsletter_s_articles_are_no_jobs(tmp_path: Path) -> None:
    body = (
        "<html><body><h1>This week</h1><div>"
        '<a href="https://devnews.example/careers/posts/interview-tips-4521">Five interview '
        "tips</a><p>A long read on how to answer when an interviewer asks you to design a "
        "service from scratch, with examples.</p></div></body></html>"
    )
    (tmp_path / "n.eml").write_bytes(_mail("Dev News <hi@devnews.example>", "Job tips #12", body))
    assert _run(tmp_path).postings == []


def test_a_link_a_friend_shares_is_no_alert(tmp_path: Path) -> None:
    body = (
        "Saw this, thought of you:\nGolang Engineer\nhttps://www.kariera.gr/jobs/golang-4568001\n"
    )
    mail = _mail("Kostas <kostas@mail.example>", "a job for you", body, bulk=False, html=False)
    (tmp_path / "f.eml").write_bytes(mail)
    assert _run(tmp_path).postings == []


def test_a_forward_of_an_unknown_board_s_alert_is_read_when_the_user_sent_it(
    tmp_path: Path,
) -> None:
    body = (
        "---------- Forwarded message ---------\nFrom: ReKrute <alertes@rekrute.com>\n"
        "Subject: Nouvelles offres d'emploi\n\nAnalyste Data H/F\nCèdre Finance\nTanger\n"
        "Voir l'offre : https://www.rekrute.com/offre-emploi-analyste-data-recrutement-cedre"
        "-finance-tanger-160777.html\n"
    )
    mail = _mail("Mira <mira@mail.example>", "Fwd: Nouvelles offres d'emploi", body,
                 bulk=False, html=False)  # fmt: skip
    (tmp_path / "fwd.eml").write_bytes(mail)
    (job,) = _postings(_run(tmp_path, my_addresses=("mira@mail.example",))).values()
    expected = ("Analyste Data H/F", "Cèdre Finance", "Tanger")
    assert (job.title, job.company, job.location) == expected


_JOB = "https://www.kariera.gr/en/jobs/java-developer-550201"


@pytest.mark.parametrize(
    "link",
    [
        # encoded twice: the query's value is still an encoded URL
        "https://news.board.example/track?redirect=https%253A%252F%252Fwww.kariera.gr%252Fen"
        "%252Fjobs%252Fjava-developer-550201",
        "https://email.board.example/c?target=https%3A%2F%2Fwww.kariera.gr%2Fen%2Fjobs%2Fjava-"
        "developer-550201",
        "https://email.board.example/c?dest=" + _JOB,
        # base64 of the link in a path segment of the board's own click host
        "https://click.board.example/l/aHR0cHM6Ly93d3cua2FyaWVyYS5nci9lbi9qb2JzL2phdmEtZGV2ZWxv"
        "cGVyLTU1MDIwMQ/7f3a",
    ],
)
def test_a_tracking_link_gives_its_target(link: str) -> None:
    assert clean_url(link) == _JOB


def test_a_job_slug_is_no_base64_target() -> None:
    slug = "https://www.board.example/jobs/senior-backend-developer-remote-europe-88120"
    assert clean_url(slug) == slug


@pytest.mark.parametrize(
    ("lines", "expected"),
    [
        (["Harbourline Logistics | Kwun Tong"], ("Harbourline Logistics", "Kwun Tong")),
        (["Aegean Softworks – Athens"], ("Aegean Softworks", "Athens")),
        (["Aegean Softworks – Athens", "€1.800 brutto"], ("Aegean Softworks", "Athens")),
        # a dash in a name whose place has its own line
        (["Nordlicht – Fracht & Logistik", "Bremen"], ("Nordlicht – Fracht & Logistik", "Bremen")),
        (["Kestrel Analytics · Lisbon, Portugal"], ("Kestrel Analytics", "Lisbon, Portugal")),
    ],
)
def test_a_company_and_its_place_share_a_line_between_a_bar_or_a_dash(
    lines: list[str], expected: tuple[str, str]
) -> None:
    assert company_place(lines) == expected


def test_french_german_and_spanish_labels_name_the_company_and_the_place() -> None:
    found, rest = labelled(
        ["Société\u00a0: Carthage Cloud", "Lieu\u202f: Tunis", "Salaire : 3 500 TND"]
    )
    assert (found, rest) == (
        {"company": "Carthage Cloud", "location": "Tunis", "pay": "3 500 TND"},
        [],
    )
    assert labelled(["Unternehmen: Donau Data GmbH", "Ort: Linz"])[0] == {
        "company": "Donau Data GmbH", "location": "Linz"
    }  # fmt: skip
    assert labelled(["Empresa: Grupo Rambla", "Ubicación: Montevideo"])[0] == {
        "company": "Grupo Rambla", "location": "Montevideo"
    }  # fmt: skip


def _cards(*cards: tuple[str, str, str]) -> str:
    rows = "".join(
        f'<tr><td><a href="{url}"><b>{title}</b></a><div>{line}</div></td></tr>'
        for url, title, line in cards
    )
    return (
        f"<html><body><h2>New jobs for you</h2><table>{rows}</table>"
        '<p><a href="https://board.example/unsubscribe">Unsubscribe</a></p></body></html>'
    )


_SENDGRID = "https://u4411.ct.sendgrid.net/ls/click?upn=u001."


def test_a_card_behind_sendgrid_keeps_the_tracker_when_it_names_a_place(tmp_path: Path) -> None:
    body = _cards(
        (_SENDGRID + "Xk9aQ2ZlT1pP-2Bk1", "Technicien réseau", "Hammam Telecom · Tunis"),
        (_SENDGRID + "Yl0bR3ZmU2qQ-2Bk2", "Responsable RH", "Textiles du Sahel · Télétravail"),
    )
    mail = _mail("Tanitjobs <noreply@tanitjobs.example>", "Nouvelles offres d'emploi", body)
    (tmp_path / "a.eml").write_bytes(mail)
    jobs = sorted((j.title, j.location, j.url) for j in _postings(_run(tmp_path)).values())
    assert jobs == [
        ("Responsable RH", "Télétravail", _SENDGRID + "Yl0bR3ZmU2qQ-2Bk2"),
        ("Technicien réseau", "Tunis", _SENDGRID + "Xk9aQ2ZlT1pP-2Bk1"),
    ]


def test_a_newsletter_behind_sendgrid_gives_no_job(tmp_path: Path) -> None:
    body = _cards(
        (_SENDGRID + "a1", "Rust 2.0 released", "By Sam Lee"),
        (_SENDGRID + "a2", "Careers in ML in 2027", "Our survey"),
    )
    mail = _mail("DevWeekly <news@devweekly.example>", "DevWeekly: careers and more", body)
    (tmp_path / "n.eml").write_bytes(mail)
    assert _run(tmp_path).postings == []


def _button_cards(*cards: tuple[str, str, str, str]) -> str:
    """Cards each with its own tracked button below the title and its line."""
    return _cards(
        *(
            (url, title, f'{line}</div><div><a href="{url}-b">{button}</a>')
            for url, title, line, button in cards
        )
    )


@pytest.mark.parametrize(
    ("subject", "title", "line", "button"),
    [
        ("1 new job for Sales Officer", "Field Sales Officer", "Kofi Agro Ltd · Techiman", "Apply"),
        ("Nuevo empleo: Analista", "Analista Contable", "Grupo Tarija · Cobija", "Aplicar"),
        ("Neuer Job für dich", "Lagerist (m/w/d)", "Heidekraut Logistik · Soltau", "Bewerben"),
        ("Nova vaga para você", "Assistente", "Cooperativa Serra · Chapecó", "Candidatar-se"),
        ("Nieuwe vacature", "Magazijnmedewerker", "Polder Foods · Emmeloord", "Solliciteer"),
        ("新着求人のお知らせ", "データエンジニア", "ミナト商事 · 浜松", "応募する"),
        ("새 채용공고 알림", "백엔드 개발자", "바다소프트 · 창원", "지원하기"),
        ("Nouvelle offre d'emploi", "Comptable", "Atlas Audit · Ksar Hellal", "Voir l'offre"),
    ],
)
def test_one_card_behind_sendgrid_is_kept_by_its_apply_button(
    tmp_path: Path, subject: str, title: str, line: str, button: str
) -> None:
    body = _button_cards((_SENDGRID + "q1", title, line, button))
    (tmp_path / "o.eml").write_bytes(_mail("Board <alerts@board.example>", subject, body))
    (job,) = _postings(_run(tmp_path)).values()
    assert (job.title, f"{job.company} · {job.location}") == (title, line)


def test_a_newsletter_s_lone_article_behind_sendgrid_is_no_job(tmp_path: Path) -> None:
    body = _button_cards(
        (_SENDGRID + "r1", "Cinco consejos para tu entrevista", "Redacción · Cobija", "Leer más")
    )
    mail = _mail("Boletín <b@empleomag.example>", "Empleos: el boletín de la semana", body)
    (tmp_path / "n.eml").write_bytes(mail)
    assert _run(tmp_path).postings == []


@pytest.mark.parametrize(
    "cards",
    [
        (  # a meetup's name and town, an RSVP button
            (
                _SENDGRID + "m1",
                "Async Python in practice",
                "Python Belgrade Meetup · Zemun",
                "RSVP",
            ),
            (_SENDGRID + "m2", "Data Night", "Sfax Data Club · Sakiet Ezzit", "RSVP"),
        ),
        (  # the event's kind in its title
            (_SENDGRID + "w1", "Webinar: your first data job", "Startit Centar · Zemun", "Join"),
            (_SENDGRID + "w2", "Hackathon weekend", "Cogite · Sakiet Ezzit", "Join"),
        ),
    ],
)
def test_event_listings_behind_sendgrid_are_no_jobs(
    tmp_path: Path, cards: tuple[tuple[str, str, str, str], ...]
) -> None:
    body = _button_cards(*cards)
    (tmp_path / "e.eml").write_bytes(_mail("Devs <e@devs.example>", "Events and jobs", body))
    assert _run(tmp_path).postings == []


def test_an_event_manager_s_card_is_a_job(tmp_path: Path) -> None:
    body = _button_cards(
        (_SENDGRID + "h1", "Event Manager", "Pyramid Hotels · El Gouna", "Apply"),
        (_SENDGRID + "h2", "Events Coordinator", "Nile Venues · Kafr Saqr", "Apply"),
    )
    (tmp_path / "j.eml").write_bytes(_mail("Hosp <j@hosp.example>", "2 new jobs", body))
    titles = sorted(j.title for j in _postings(_run(tmp_path)).values())
    assert titles == ["Event Manager", "Events Coordinator"]


_HK = "https://hk.jobsdb.com/job/"


def test_a_board_s_alert_without_list_headers_is_read_from_its_own_site(tmp_path: Path) -> None:
    body = _cards(
        (_HK + "80990031", "Accountant", "Victoria Trading | Admiralty"),
        (_HK + "80990032", "Payroll Officer", "Sai Kung Foods | Sai Kung"),
    )
    mail = _mail("JobsDB <jobmail@jobsdb.com>", "2 new jobs for Accountant", body, bulk=False)
    (tmp_path / "d.eml").write_bytes(mail)
    jobs = sorted((j.title, j.company, j.location) for j in _postings(_run(tmp_path)).values())
    assert jobs == [
        ("Accountant", "Victoria Trading", "Admiralty"),
        ("Payroll Officer", "Sai Kung Foods", "Sai Kung"),
    ]


def test_a_recruiter_s_own_openings_are_no_alert(tmp_path: Path) -> None:
    body = (
        "<html><body><p>Hi Mira, two roles with my clients:</p>"
        '<p><a href="https://talentbridge.example/jobs/python-engineer-20551">Python Engineer'
        "</a><br>Fintech client | Dublin</p>"
        '<p><a href="https://talentbridge.example/jobs/data-lead-20552">Data Lead</a><br>'
        "Retail client | Cork</p><p>Dana</p></body></html>"
    )
    mail = _mail("Dana <dana@talentbridge.example>", "Two Python roles", body, bulk=False)
    (tmp_path / "r.eml").write_bytes(mail)
    assert _run(tmp_path).postings == []


def test_sendgrid_cards_naming_unknown_towns_are_kept_when_every_card_names_both(
    tmp_path: Path,
) -> None:
    body = _cards(
        (_SENDGRID + "Qm1", "Analyste crédit", "Banque des Oasis · Tataouine"),
        (_SENDGRID + "Qm2", "Magasinier", "Huilerie Zarzis · Ben Gardane"),
    )
    mail = _mail("Emplois Sud <alertes@emploisud.example>", "2 offres d'emploi", body)
    (tmp_path / "a.eml").write_bytes(mail)
    jobs = sorted((j.title, j.company, j.location) for j in _postings(_run(tmp_path)).values())
    assert jobs == [
        ("Analyste crédit", "Banque des Oasis", "Tataouine"),
        ("Magasinier", "Huilerie Zarzis", "Ben Gardane"),
    ]


def test_sendgrid_articles_with_a_byline_or_a_reading_time_give_no_job(tmp_path: Path) -> None:
    body = _cards(
        (_SENDGRID + "n1", "Réussir un entretien en ligne", "Par Hela Gharbi · 5 min"),
        (_SENDGRID + "n2", "Les métiers qui recrutent à Gabès", "Rédaction · Gabès"),
    )
    mail = _mail("Mag Emploi <news@magemploi.example>", "Carrières : le numéro de mai", body)
    (tmp_path / "n.eml").write_bytes(mail)
    assert _run(tmp_path).postings == []


_PAGE = "https://www.emplois.example/offre/55120-comptable/"


@pytest.mark.parametrize(
    "tail",
    [
        "aHR0cHM6Ly90cmFjay5leGFtcGxlL29wZW4uZ2lmP209MTI",  # a pixel: track.example/open.gif
        "aHR0cHM6Ly93d3cuZW1wbG9pcy5leGFtcGxlLz9zcmM9bWFpbA",  # the board's home page
        "Y2FtcGFpZ249bWFpLTIwMjc7c2VnbWVudD10bg",  # a campaign's tag, no link
    ],
)
def test_a_job_page_ending_in_a_token_that_names_no_job_stays_the_job(tail: str) -> None:
    assert clean_url(_PAGE + tail) == _PAGE + tail


def test_a_token_s_pixel_or_an_alert_s_own_page_is_no_job_page() -> None:
    pixel = "https://click.board.example/l/aHR0cHM6Ly90cmFjay5leGFtcGxlL28vNTUxMi5naWY/7f3a"
    assert clean_url(pixel) == pixel
    assert job_page("https://www.emplois.example/emploi/alerte/modifier/77812") is None
    assert job_page("https://www.emplois.example/jobs/alerts/unsubscribe/99120") is None
