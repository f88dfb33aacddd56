"""More alerts: XING's recommendations, ZipRecruiter's tracked links, US staffing vendors'
requirement mails (several roles in one, one role worded otherwise by two vendors), Jora,
Workopolis, Job Bank, Freemoa, ProBlogger, Write the Docs, Work.ua's one-line alert, Built
In, Remote.co, Arc.dev, Welcome to the Jungle's app (Otta's) and Glassdoor France
(invented values in the senders' shapes)."""

from __future__ import annotations

import base64
import json
from email.message import EmailMessage
from pathlib import Path
from urllib.parse import quote

import pytest

from extractors._joburls import board_key
from extractors.inbox.senders import parser_by_subject
from tests.extractors.test_inbox import _one_card_mail, _only_job, _postings, _run, _two_part_mail

P = pytest.param
_ZIP_JOB = (
    "https://www.ziprecruiter.com/c/Acme/Job/Data-Engineer/-in-Denver,CO?jid=0a9b8c7d6e5f4a3b"
)


def _token(url: str) -> str:
    """A tracker's token that holds its target, as base64 of a JSON record."""
    record = json.dumps({"u": url, "m": "alert"}).encode()
    return base64.urlsafe_b64encode(record).decode().rstrip("=")


@pytest.mark.parametrize(
    ("url", "key"),
    [
        ("https://www.ziprecruiter.com/c/Front-Range-Energy/Job/Data-Engineer-II/-in-Denver,CO"
         "?jid=7d2f9a1c3b4e5f60&lvk=Ab12&tsid=110001", "ziprecruiter:7d2f9a1c3b4e5f60"),
        ("https://www.ziprecruiter.com/candidate/search?search=python", None),
        # a redirect that carries the job's page, in its query or in its token
        ("https://click.ziprecruiter.com/f/a/x?url=" + quote(_ZIP_JOB, safe=""),
         "ziprecruiter:0a9b8c7d6e5f4a3b"),
        ("https://www.ziprecruiter.com/km/" + _token(_ZIP_JOB), "ziprecruiter:0a9b8c7d6e5f4a3b"),
        ("https://www.ziprecruiter.com/km/AAHq2ryj6HJ-cmDasT4yKkIjaXctZZWf", None),
        ("https://www.guichetemplois.gc.ca/rechercheemplois/offredemploi/44130011?source=alerte",
         "jobbank:44130011"),
        ("https://www.freemoa.com/project/shopify-store-migration-88123?utm_source=alert",
         "freemoa:88123"),
        ("https://www.freemoa.com/projects?category=web", None),
        ("https://problogger.com/jobs/job/b2b-saas-content-writer/?utm_source=jobalert",
         "problogger:b2b-saas-content-writer"),
        ("https://jobs.writethedocs.org/job/2214/senior-technical-writer-at-ferrous-labs/",
         "writethedocs:2214"),
    ],
)  # fmt: skip
def test_more_boards_links_name_their_job(url: str, key: str | None) -> None:
    found = board_key(url)
    assert (found[0] if found else None) == key


def test_a_ziprecruiter_job_page_keeps_its_path_without_tracking() -> None:
    found = board_key(
        "https://www.ziprecruiter.com/c/Acme/Job/Data-Engineer/-in-Denver,CO?jid=0a9b8c7d6e5f4a3b&lvk=Z"
    )
    assert found == (
        "ziprecruiter:0a9b8c7d6e5f4a3b",
        "https://www.ziprecruiter.com/c/Acme/Job/Data-Engineer/-in-Denver,CO?jid=0a9b8c7d6e5f4a3b",
    )


def _zip_card(token: str, title: str = "Senior Python Developer") -> str:
    href = f"https://www.ziprecruiter.com/km/{token}"
    return (
        f'<div><a href="{href}"><b>{title}</b></a><p>Brightline Analytics • Austin, TX • Hybrid</p>'
        f'<p>$140K - $165K/yr</p><a href="{href}">View Details</a></div>'
    )


def test_a_ziprecruiter_tracked_job_is_one_job_in_two_alerts(tmp_path: Path) -> None:
    first, second = tmp_path / "a.eml", tmp_path / "b.eml"
    sender = "ZipRecruiter <alerts@ziprecruiter.com>"
    footer = '<p><a href="https://www.ziprecruiter.com/unsubscribe?e=1">Unsubscribe</a></p>'
    first.write_bytes(
        _two_part_mail(
            sender, "Python: 1 new job", _zip_card("AAHq2ryj6HJ-cmDasT4yKkIjaXctZZWf") + footer
        )
    )
    second.write_bytes(_two_part_mail(sender, "Python: 1 new job",
                                      _zip_card("AAG7tTq0lmZp3oNc8sJdWfEr1yXaB5cD")))  # fmt: skip
    (a,) = _postings(_run(first)).values()
    (b,) = _postings(_run(second)).values()
    assert a.source_id == b.source_id and a.source_id.startswith("url:")
    assert (a.title, a.company, a.location, a.salary_raw) == (
        "Senior Python Developer", "Brightline Analytics", "Austin, TX", "$140K - $165K/yr"
    )  # fmt: skip
    assert a.url.startswith("https://www.ziprecruiter.com/km/")


def _requirement(sender: str, subject: str, lines: str) -> bytes:
    mail = EmailMessage()
    mail["From"], mail["Subject"], mail["Message-ID"] = sender, subject, f"<{sender}@x>"
    mail["List-Unsubscribe"] = "<https://mailer.example/u>"
    mail.set_content(
        f"Hi,\n\nPlease find the below requirement.\n\n{lines}\n\n"
        "Java 17, Spring Boot, React, Kafka.\n\nThanks & Regards,\nRecruiter\n469-555-0182"
    )
    return mail.as_bytes()


def test_one_role_from_three_vendors_is_one_contract_job(tmp_path: Path) -> None:
    mails = [
        ("Ravi <ravi@zentechsol.com>", "Hot Requirement : Java Full Stack Developer : Dallas, TX",
         "Role: Java Full Stack Developer\nLocation: Dallas, TX (Hybrid)\nRate: $60/hr on C2C"),
        ("Priya <priya@apexitcorp.com>", "Immediate need - Java Full Stack Developer - Dallas",
         "Job Title: Java Full Stack Developer\nLocation: Dallas, TX - Hybrid\n"
         "Pay Rate: $58/hr C2C"),
        ("Suresh <suresh@cloudnovainc.com>", "Requirement || Java Full Stack Developer || C2C",
         "Position: Java Full Stack Developer\nLocation: Dallas, TX\nRate: $62/hr C2C"),
    ]  # fmt: skip
    jobs = []
    for index, (sender, subject, lines) in enumerate(mails):
        path = tmp_path / f"{index}.eml"
        jobs.append(_only_job(path, _requirement(sender, subject, lines)))
    assert len({job.source_id for job in jobs}) == 1
    first = jobs[0]
    assert (first.title, first.location, first.salary_raw, first.engagement) == (
        "Java Full Stack Developer", "Dallas, TX (Hybrid)", "$60/hr on C2C", "contract"
    )  # fmt: skip
    assert first.url == "mailto:ravi@zentechsol.com" and first.company is None
    assert "Spring Boot" in first.text and "469-555" not in first.text


@pytest.mark.parametrize(
    ("subject", "body"),
    [
        P("Hotlist - Available consultants on C2C", "Name | Technology\nArjun | Java",
          id="hotlist"),
        P("Urgent need: help with our shop", "Our checkout broke, do you know anyone?",
          id="a person's urgent need"),
    ],
)  # fmt: skip
def test_mail_that_states_no_role_is_no_requirement(
    tmp_path: Path, subject: str, body: str
) -> None:
    path = tmp_path / "m.eml"
    path.write_bytes(_requirement("Mahesh <mahesh@brightsparkit.com>", subject, body))
    assert not _postings(_run(path))


@pytest.mark.parametrize(
    ("sender", "card", "want"),
    [
        P("XING <mailrobot@mail.xing.com>",
          '<a href="https://www.xing.com/jobs/berlin-senior-python-entwickler-134567890?sc_o=m">'
          "Senior Python-Entwickler (m/w/d)</a><div>Nordwerk Digital GmbH</div><div>Berlin</div>"
          "<div>62.000 € – 75.000 €</div><div>Neu</div>",
          ("xing:134567890", "Nordwerk Digital GmbH", "Berlin", "62.000 € – 75.000 €"), id="xing"),
        P("Jora <noreply@jora.com>",
          '<a href="https://au.jora.com/job/Python-Developer-9c1d2e3f4a5b6c7d8e9f0a1b2c3d4e5f?sp=a">'
          "Python Developer</a><div>Harbourside Software</div><div>Sydney NSW</div>"
          "<div>$130,000 – $150,000 per year</div>",
          ("jora:9c1d2e3f4a5b6c7d8e9f0a1b2c3d4e5f", "Harbourside Software", "Sydney NSW",
           "$130,000 – $150,000 per year"), id="jora"),
        P("Workopolis <jobalerts@workopolis.com>",
          '<a href="https://www.workopolis.com/jobsearch/viewjob/QmH7x2KpL9rT?utm_source=a">'
          "Full Stack Developer</a><div>Maple Ledger Inc.</div><div>Toronto, ON</div>",
          ("workopolis:qmh7x2kpl9rt", "Maple Ledger Inc.", "Toronto, ON", None), id="workopolis"),
        P("Guichet-Emplois <noreply-nepasrepondre@jobbank.gc.ca>",
          '<a href="https://www.jobbank.gc.ca/jobsearch/jobposting/44130022">programmeur</a>'
          "<div>Employeur : Atelier Numérique Laval</div><div>Lieu : Laval (QC)</div>"
          "<div>Salaire : 65 000 $ par année</div>",
          ("jobbank:44130022", "Atelier Numérique Laval", "Laval (QC)", "65 000 $ par année"),
          id="job bank"),
        P("Write the Docs Jobs <jobs@writethedocs.org>",
          '<a href="https://jobs.writethedocs.org/job/2219/api-docs-at-quillpath/">API Docs</a>'
          "<div>Quillpath</div><div>Remote (US)</div><div>$80/hr</div><div>Contract</div>",
          ("writethedocs:2219", "Quillpath", "Remote (US)", "$80/hr"), id="write the docs"),
        P("ProBlogger Jobs <jobs@problogger.com>",
          '<a href="https://problogger.com/jobs/job/health-writer/">Health Writer</a>'
          "<div>Greenleaf Media</div><div>Anywhere</div><div>Freelance</div><div>$0.15/word</div>",
          ("problogger:health-writer", "Greenleaf Media", "Anywhere", "$0.15/word"),
          id="problogger"),
        # Built In: the company above the title, its pay without a currency sign, the level
        P("Built In <support@builtin.com>",
          "<table><tr><td>Fernway Logistics</td></tr><tr><td>"
          '<a href="https://builtin.com/job/senior-data-engineer/4123456?utm_source=alert">'
          "Senior Data Engineer</a></td></tr><tr><td>Chicago, IL</td></tr>"
          "<tr><td>150K-180K Annually</td></tr><tr><td>Senior level</td></tr></table>",
          ("builtin:4123456", "Fernway Logistics", "Chicago, IL", "150K-180K Annually"),
          id="built in"),
        P("Remote.co <alerts@remote.co>",
          '<a href="https://remote.co/job-details/senior-python-developer-6d1f0a2b?utm_source=e">'
          "<strong>Senior Python Developer</strong></a><p>Lumenfield</p><p>100% Remote Work</p>"
          "<p>US National</p><p>$110,000 - $140,000 USD Annually</p><p>Full-Time Employee</p>",
          ("remoteco:senior-python-developer-6d1f0a2b", "Lumenfield", "US National",
           "$110,000 - $140,000 USD Annually"), id="remote.co"),
        P("Arc <team@arc.dev>",
          '<a href="https://arc.dev/remote-jobs/j/northbeam-senior-backend-engineer-x7k2m9q4">'
          "Senior Backend Engineer</a><div>Northbeam Labs</div><div>Remote · Europe</div>"
          "<div>$70 - $90 /hr</div><div>Freelance</div>",
          ("arc:northbeam-senior-backend-engineer-x7k2m9q4", "Northbeam Labs", "Remote · Europe",
           "$70 - $90 /hr"), id="arc.dev"),
        # Otta is Welcome to the Jungle's app now: its jobs are `/jobs/<id>` there
        P("Welcome to the Jungle <jobs@welcometothejungle.com>",
          "<table><tr><td>Orchard Robotics</td></tr><tr><td>"
          '<a href="https://app.welcometothejungle.com/jobs/Zr4mN8cD?utm_source=email">'
          "Platform Engineer</a></td></tr><tr><td>Remote (UK)</td></tr></table>",
          ("wttj:zr4mn8cd", "Orchard Robotics", "Remote (UK)", None), id="wttj app"),
        P("Glassdoor <noreply@glassdoor.fr>",
          '<a href="https://www.glassdoor.fr/partner/jobListing.htm?jobListingId=1009123456789">'
          "<div>Sirocco Énergie 4,1 ★</div><div style=\"font-weight:bold\">Data Engineer H/F</div>"
          "<div>Lyon</div><div>45 k € - 55 k € (Estimation de l'employeur)</div>"
          "<div>Candidature simplifiée</div></a>",
          ("glassdoor:1009123456789", "Sirocco Énergie", "Lyon",
           "45 k € - 55 k € (Estimation de l'employeur)"), id="glassdoor fr"),
    ],
)  # fmt: skip
def test_more_boards_cards(
    tmp_path: Path, sender: str, card: str, want: tuple[str, str, str, str | None]
) -> None:
    job = _only_job(tmp_path / "a.eml", _one_card_mail(sender, card))
    assert (job.source_id, job.company, job.location, job.salary_raw) == want


def test_a_freemoa_project_is_freelance_and_names_no_client(tmp_path: Path) -> None:
    card = (
        '<a href="https://www.freemoa.com/project/shopify-store-migration-88123">'
        "Shopify migration</a>"
        "<div>Budget: $1,000 - $2,500 AUD</div><div>Fixed price · Melbourne VIC</div>"
    )
    job = _only_job(tmp_path / "a.eml", _one_card_mail("Freemoa <noreply@freemoa.com>", card))
    assert (job.company, job.location, job.salary_raw) == (
        None,
        "Melbourne VIC",
        "Budget: $1,000 - $2,500 AUD",  # a project's price, kept as such
    )
    assert job.engagement == "freelance"


@pytest.mark.parametrize(
    ("line", "want"),
    [
        P("Нова вакансія: Python-розробник, ТОВ «Софтлайн», Київ, 60 000 грн",
          ("Python-розробник", "ТОВ «Софтлайн»", "Київ", "60 000 грн"), id="uk"),
        P("Новая вакансия: Java, Kotlin разработчик, ООО «Техносфера», Харьков, 80 000 грн",
          ("Java, Kotlin разработчик", "ООО «Техносфера»", "Харьков", "80 000 грн"), id="ru"),
        P("Нова вакансія: QA інженер, EPAM, Дистанційно",
          ("QA інженер", "EPAM", "Дистанційно", None), id="no pay"),
    ],
)  # fmt: skip
def test_work_ua_one_line_alert_is_split_from_its_end(
    tmp_path: Path, line: str, want: tuple[str, str, str, str | None]
) -> None:
    card = f'<a href="https://www.work.ua/jobs/5234567/?utm_source=alert">{line}</a>'
    job = _only_job(tmp_path / "a.eml", _one_card_mail("Work.ua <noreply@work.ua>", card, line))
    assert (job.title, job.company, job.location, job.salary_raw) == want


def test_an_html_requirement_with_bold_labels_reads_each_value(tmp_path: Path) -> None:
    mail = EmailMessage()
    mail["From"], mail["Subject"] = "Anil <anil@bluestonetech.us>", "Immediate Need: Salesforce"
    mail["Message-ID"] = "<html-req@x>"
    mail.set_content(
        "<html><body><p><b>Role:</b> Salesforce Developer (Apex, LWC)</p>"
        "<p><b>Location:</b> Remote (EST hours)</p><p><b>Rate:</b> $65/hr C2C</p>"
        "<p>6+ years of Apex and LWC.</p><p>Thanks &amp; Regards,<br>Anil</p></body></html>",
        subtype="html",
    )
    job = _only_job(tmp_path / "a.eml", mail.as_bytes())
    assert (job.title, job.location, job.salary_raw) == (
        "Salesforce Developer (Apex, LWC)", "Remote (EST hours)", "$65/hr C2C"
    )  # fmt: skip


def test_a_requirement_whose_body_names_no_role_takes_it_from_its_subject(tmp_path: Path) -> None:
    mail = _requirement(
        "Kiran <kiran@tekforcegroup.com>", "Hot Requirement: Data Engineer :: Charlotte, NC",
        "Location: Charlotte, NC (Onsite)\nDuration: 12 Months\nRate: $55/hr on W2",
    )  # fmt: skip
    job = _only_job(tmp_path / "a.eml", mail)
    assert (job.title, job.location, job.salary_raw) == (
        "Data Engineer", "Charlotte, NC (Onsite)", "$55/hr on W2"
    )  # fmt: skip


@pytest.mark.parametrize(
    ("subject", "read"),
    [
        ("Hot Requirement : Java Full Stack Developer : Dallas, TX (Hybrid) : C2C", True),
        ("Immediate need - Java Full Stack Developer - Dallas, TX", True),
        ("C2C Requirement || Java Full Stack Developer || Dallas, TX", True),
        ("Urgent Requirement || Data Engineer || Charlotte, NC || W2", True),
        ("Requirement: Salesforce Developer - Remote", True),
        ("Hotlist - Available consultants on C2C", False),
        ("Re: requirements for the new dashboard", False),
        ("Your job alert for data engineer", False),
    ],
)
def test_requirement_subjects(subject: str, read: bool) -> None:
    assert (parser_by_subject(subject) is not None) == read


@pytest.mark.parametrize(
    ("sender", "card", "engagement"),
    [
        P("Remote.co <alerts@remote.co>",
          '<a href="https://remote.co/job-details/qa-lead-0a1b2c3d">QA Lead</a><p>Lumenfield</p>'
          "<p>US National</p><p>Full-Time Employee</p>", "full_time", id="remote.co"),
        P("Arc <team@arc.dev>",
          '<a href="https://arc.dev/remote-jobs/j/tidepool-ml-engineer-p3z8w1r6">ML Engineer</a>'
          "<div>Tidepool AI</div><div>Americas</div><div>Freelance</div>", "freelance", id="arc"),
    ],
)  # fmt: skip
def test_remote_co_and_arc_jobs_are_remote_and_keep_their_kind_of_work(
    tmp_path: Path, sender: str, card: str, engagement: str
) -> None:
    job = _only_job(tmp_path / "a.eml", _one_card_mail(sender, card))
    assert (job.remote, job.engagement) == (True, engagement)


def test_a_toptal_skills_line_is_no_company(tmp_path: Path) -> None:
    card = (
        '<p style="font-weight:bold">Senior React Developer</p><p>Commitment: Part-time</p>'
        "<p>Location: Remote (Americas)</p><p>Skills: React, TypeScript, GraphQL</p>"
        '<a href="https://www.toptal.com/platform/talent/jobs/264519">View Job</a>'
    )
    mail = _one_card_mail("Toptal <notifications@toptal.com>", card, "New job: React")
    job = _only_job(tmp_path / "a.eml", mail)
    assert (job.title, job.company, job.location) == (
        "Senior React Developer", None, "Remote (Americas)"
    )  # fmt: skip


def test_a_requirement_mail_gives_each_of_its_numbered_roles(tmp_path: Path) -> None:
    mail = _requirement(
        "Sowmya <sowmya@infovisiontek.com>", "Urgent Requirements || 3 positions || W2/C2C",
        "1) Job Title: DevOps Engineer\nLocation: Remote\nRate: $65/hr C2C\nTerraform, EKS\n\n"
        "2) Job Title: Salesforce Developer\nLocation: Columbus, OH\nRate: $58/hr C2C\nApex\n\n"
        "3) Job Title: Data Analyst\nLocation: Charlotte, NC\nRate: $45/hr W2\nSQL, Tableau",
    )  # fmt: skip
    path = tmp_path / "a.eml"
    path.write_bytes(mail)
    jobs = sorted(_postings(_run(path)).values(), key=lambda job: job.title)
    assert [(job.title, job.location, job.salary_raw) for job in jobs] == [
        ("Data Analyst", "Charlotte, NC", "$45/hr W2"),
        ("DevOps Engineer", "Remote", "$65/hr C2C"),
        ("Salesforce Developer", "Columbus, OH", "$58/hr C2C"),
    ]
    devops = next(job for job in jobs if job.title == "DevOps Engineer")
    assert "Terraform" in devops.text and "Apex" not in devops.text
    assert {job.url for job in jobs} == {"mailto:sowmya@infovisiontek.com"}


def test_a_requirement_read_from_its_html_when_its_text_part_says_nothing(
    tmp_path: Path,
) -> None:
    mail = EmailMessage()
    mail["From"], mail["Subject"] = "Rahul <rahul@vertexcloudinc.com>", "Immediate need: .NET"
    mail["Message-ID"] = "<two-roles@x>"
    mail.set_content("This message is best viewed in HTML.")
    mail.add_alternative(
        "<p><b>Position:</b> Senior .NET Developer</p><p><b>Location:</b> Remote (CST)</p>"
        "<p>C#, Azure.</p><hr><p><b>Position:</b> QA Automation Engineer</p>"
        "<p><b>Location:</b> Remote (CST)</p><p>Thanks &amp; Regards,<br>Rahul</p>",
        subtype="html",
    )
    path = tmp_path / "a.eml"
    path.write_bytes(mail.as_bytes())
    titles = {job.title for job in _postings(_run(path)).values()}
    assert titles == {"Senior .NET Developer", "QA Automation Engineer"}


@pytest.mark.parametrize(
    ("first", "second", "same"),
    [
        P(("Sr. Data Engineer (Snowflake)", "Charlotte, NC (Hybrid)"),
          ("Senior Snowflake Data Engineer", "Charlotte, North Carolina - Hybrid"), True,
          id="abbreviated, in another order"),
        P(("Sr. Java Full Stack Developer", "Plano, TX"),
          ("Senior Fullstack Java Developer", "Plano, TX (Day 1 onsite)"), True, id="fullstack"),
        P(("Sr. Data Engineer (Snowflake)", "Charlotte, NC"),
          ("Lead Data Engineer (Snowflake)", "Charlotte, NC"), False, id="another level"),
        P(("Data Engineer", "Charlotte, NC"), ("Data Engineer", "Dallas, TX"), False,
          id="another town"),
    ],
)  # fmt: skip
def test_a_role_worded_otherwise_by_another_vendor_is_one_job(
    tmp_path: Path, first: tuple[str, str], second: tuple[str, str], same: bool
) -> None:
    keys = []
    for index, (title, place) in enumerate((first, second)):
        mail = _requirement(f"R <r{index}@vendor{index}.com>", f"Hot Requirement : {title}",
                            f"Role: {title}\nLocation: {place}\nRate: $60/hr C2C")  # fmt: skip
        keys.append(_only_job(tmp_path / f"{index}.eml", mail).source_id)
    assert (keys[0] == keys[1]) is same


@pytest.mark.parametrize(
    ("sender", "card", "want"),
    [
        # a line that says how the work is set, above the place: neither company nor place
        P("Built In <support@builtin.com>",
          "<table><tr><td>Lattice Row</td></tr><tr><td>"
          '<a href="https://builtin.com/job/senior-product-designer/4177001">Senior Product '
          "Designer</a></td></tr><tr><td>Hybrid</td></tr><tr><td>New York, NY</td></tr>"
          "<tr><td>130K-160K Annually</td></tr></table>",
          ("Lattice Row", "New York, NY", "130K-160K Annually"), id="built in hybrid"),
        P("Remote.co <alerts@remote.co>",
          '<a href="https://remote.co/job-details/account-executive-77b1d2e9">Account Executive'
          "</a><p>Sunpath Energy</p><p>Hybrid Remote Work</p><p>Denver, CO</p>",
          ("Sunpath Energy", "Denver, CO", None), id="remote.co hybrid"),
        # the pay beside the place on one line: each its own
        P("Welcome to the Jungle <jobs@welcometothejungle.com>",
          "<table><tr><td>Plinth Finance</td></tr><tr><td>"
          '<a href="https://app.welcometothejungle.com/jobs/Qx7pL2aB">Senior Backend Engineer</a>'
          "</td></tr><tr><td>London · Hybrid · £85k–£100k</td></tr></table>",
          ("Plinth Finance", "London · Hybrid", "£85k–£100k"), id="pay beside the place"),
        # beside the kind of pay, not a place: the line is the pay
        P("Contra <hello@contra.com>",
          "<table><tr><td>Fable Studio</td></tr><tr><td>"
          '<a href="https://contra.com/opportunity/webflow-site-k2j3h4">Webflow site</a>'
          "</td></tr><tr><td>$3,000 · Fixed</td></tr></table>",
          ("Fable Studio", None, "$3,000 · Fixed"), id="pay beside its kind"),
    ],
)  # fmt: skip
def test_a_card_s_setting_and_pay_beside_its_place(
    tmp_path: Path, sender: str, card: str, want: tuple[str, str | None, str | None]
) -> None:
    job = _only_job(tmp_path / "a.eml", _one_card_mail(sender, card))
    assert (job.company, job.location, job.salary_raw) == want


def test_a_label_a_role_states_again_keeps_its_first_value(tmp_path: Path) -> None:
    mail = _requirement(
        "Ravi <ravi@zentechsol.com>", "Hot Requirement : Java Developer",
        "Role: Java Developer\nLocation: Dallas, TX\nWork Location: Onsite 3 days a week\n"
        "Rate: $60/hr on C2C",
    )  # fmt: skip
    job = _only_job(tmp_path / "a.eml", mail)
    assert (job.title, job.location, job.salary_raw) == (
        "Java Developer",
        "Dallas, TX",
        "$60/hr on C2C",
    )


@pytest.mark.parametrize(
    ("host", "kind", "place_line", "company", "location"),
    [
        P("co.indeed.com", "Contrato a término indefinido", "<div>Bogotá, D.C.</div>",
          "Soluciones Andinas S.A.S.", "Bogotá, D.C.", id="Colombia"),
        P("mx.indeed.com", "Por contrato", "<div>Guadalajara, Jal.</div>",
          "Soluciones Andinas S.A.S.", "Guadalajara, Jal.", id="Mexico"),
        P("www.indeed.com", "Contract", "", "Soluciones Andinas S.A.S.", None,
          id="no place line"),
    ],
)  # fmt: skip
def test_indeed_national_cards_keep_their_kind_of_work(
    tmp_path: Path, host: str, kind: str, place_line: str, company: str, location: str | None
) -> None:
    card = (
        f'<a href="https://{host}/rc/clk?jk=a1b2c3d4e5f60718&amp;from=ja">Desarrollador Python</a>'
        f"<div>Soluciones Andinas S.A.S.</div>{place_line}<div>$4.500.000 al mes</div>"
        f"<div>{kind}</div><div>Postulación fácil</div>"
    )
    job = _only_job(tmp_path / "i.eml", _one_card_mail("Indeed <alert@indeed.com>", card))
    assert (job.company, job.location, job.salary_raw, job.engagement_raw) == (
        company,
        location,
        "$4.500.000 al mes",
        kind,
    )


def test_an_indeed_text_alert_splits_its_company_and_place_above_the_kind_of_work(
    tmp_path: Path,
) -> None:
    mail = EmailMessage()
    mail["From"], mail["Subject"] = "Indeed <alert@indeed.com>", "Nuevos empleos"
    mail.set_content(
        "Diseñador Gráfico Junior\nEstudio Macondo - Cali, Valle del Cauca\nObra o labor\n"
        "https://co.indeed.com/rc/clk?jk=5a5a5a5a5a5a5a5a&from=ja\n"
    )
    job = _only_job(tmp_path / "t.eml", mail.as_bytes())
    assert (job.company, job.location, job.engagement_raw) == (
        "Estudio Macondo",
        "Cali, Valle del Cauca",
        "Obra o labor",
    )
