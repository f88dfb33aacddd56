"""Alerts of the job search engines (Jooble, Adzuna, SimplyHired, Monster), FlexJobs and
the talent networks (Braintrust, Turing, Gun.io), the UK's CWJobs and JobServe, India's
foundit, Instahyre, hirist and Cutshort, Latin America's OCC, Laborum and 99Freelas,
Fiverr's briefs, Remotive's and Himalayas', and Google Alerts."""

from __future__ import annotations

from email import policy
from email.message import EmailMessage
from email.parser import BytesParser
from pathlib import Path

import pytest

from extractors import inbox
from extractors._joburls import board_at, board_key, national_country
from extractors.inbox import _message
from extractors.inbox.senders import googlealerts, parser_for
from tests.extractors.test_inbox import ALERTS, _one_card_mail, _only_job, _postings, _run

P = pytest.param


@pytest.mark.parametrize(
    ("url", "key"),
    [
        ("https://uk.jooble.org/desc/-6328172938475610293?ckey=python&pos=1&utm_source=email",
         "jooble:-6328172938475610293"),
        ("https://in.jooble.org/away/8837261548392017465?p=1", "jooble:8837261548392017465"),
        ("https://uk.jooble.org/SearchResult?ukw=python", None),
        ("https://www.adzuna.co.uk/jobs/land/ad/4871203948?se=Xk2l9&utm_medium=email",
         "adzuna:4871203948"),
        ("https://www.adzuna.com/details/5102938475?utm_source=jobalert", "adzuna:5102938475"),
        ("https://www.adzuna.co.uk/jobs/london", None),
        ("https://www.simplyhired.com/job/Qm9va2tlZXBlcjEyMzQ1Njc4OTA?utm_source=alert",
         "simplyhired:Qm9va2tlZXBlcjEyMzQ1Njc4OTA"),  # its token's case is its id
        ("https://www.monster.com/job-openings/it-project-manager-chicago-il--"
         "5a7e1c2d-3b4f-4d6a-9e8f-0a1b2c3d4e5f?mstr_dist=true",
         "monster:5a7e1c2d-3b4f-4d6a-9e8f-0a1b2c3d4e5f"),
        ("https://www.flexjobs.com/publicjobs/senior-ux-researcher-"
         "3f2a1b9c-7d6e-4f5a-8b9c-0d1e2f3a4b5c", "flexjobs:3f2a1b9c-7d6e-4f5a-8b9c-0d1e2f3a4b5c"),
        ("https://app.usebraintrust.com/jobs/18342/", "braintrust:18342"),
        ("https://developers.turing.com/dashboard/jobs/40312/senior-node-developer",
         "turing:40312"),
        ("https://app.gun.io/jobs/7f3e2d1c-aaaa-4b2b-9c9c-1d2e3f4a5b6c/",
         "gunio:7f3e2d1c-aaaa-4b2b-9c9c-1d2e3f4a5b6c"),
        ("https://www.fiverr.com/briefs/6571a2b3c4d5e6f7a8b9c0d1?source=email",
         "fiverr:6571a2b3c4d5e6f7a8b9c0d1"),
        ("https://www.cwjobs.co.uk/job/devops-engineer/harrowgate-it-job103948271?WT.mc_id=A",
         "cwjobs:103948271"),
        ("https://www.jobserve.com/gb/en/search-jobs-in-Bristol,-Bristol,-United-Kingdom/"
         "SC-CLEARED-JAVA-DEVELOPER-B4A1C7E93D2F0A68/", "jobserve:b4a1c7e93d2f0a68"),
        ("https://www.foundit.in/job/java-developer-tessaract-systems-bengaluru-33817265",
         "foundit:33817265"),
        ("https://www.instahyre.com/job-284719-backend-engineer-at-saffron-pay-bangalore/",
         "instahyre:284719"),
        ("https://www.hirist.tech/j/data-engineer-pyspark-4-8-yrs-1468203.html?ref=mailer",
         "hirist:1468203"),
        ("https://www.iimjobs.com/j/product-manager-fintech-5-9-yrs-1377102.html",
         "iimjobs:1377102"),
        ("https://cutshort.io/job/Senior-Flutter-Developer-Bengaluru-Gullak-Money-xYz12AbC",
         "cutshort:xyz12abc"),
        ("https://www.occ.com.mx/empleo/oferta/18723456-desarrollador-php-sr/",
         "occ:18723456"),
        ("https://www.laborum.cl/empleos/data-analyst-sr-banco-pacifico-1116483011.html",
         "laborum:1116483011"),
        ("https://www.99freelas.com.br/project/criacao-de-loja-virtual-em-shopify-612345",
         "99freelas:612345"),
        ("https://remotive.com/remote-jobs/software-dev/senior-elixir-engineer-1987654",
         "remotive:1987654"),
        ("https://himalayas.app/companies/tandem-health/jobs/senior-product-designer",
         "himalayas:tandem-health/jobs/senior-product-designer"),
        ("https://himalayas.app/companies/tandem-health", None),
    ],
)  # fmt: skip
def test_their_links_name_their_job(url: str, key: str | None) -> None:
    found = board_key(url)
    assert (found[0] if found else None) == key


@pytest.mark.parametrize(
    ("url", "country"),
    [
        ("https://uk.jooble.org/desc/4419283746510298374", "GB"),
        ("https://in.jooble.org/desc/4419283746510298374", "IN"),
        ("https://jooble.org/desc/4419283746510298374", "US"),
        ("https://www.adzuna.com.au/details/5102938475", "AU"),
        ("https://www.adzuna.com/details/5102938475", "US"),
        ("https://www.foundit.in/job/java-developer-33817265", "IN"),
        ("https://www.occ.com.mx/empleo/oferta/18723456-desarrollador-php-sr", "MX"),
        ("https://www.jobserve.com/gb/en/x/DEVELOPER-B4A1C7E93D2F0A68", None),  # many lands
    ],
)
def test_a_national_site_is_its_country(url: str, country: str | None) -> None:
    assert national_country(url) == country


@pytest.mark.parametrize(
    ("sender", "url", "place", "pay"),
    [
        P("Jooble <subscribe@jooble.org>",
          "https://uk.jooble.org/desc/-6328172938475610293?ckey=python", "London",
          "£450 - £500 per day", id="jooble"),
        P("Adzuna <alerts@adzuna.co.uk>",
          "https://www.adzuna.co.uk/jobs/land/ad/4871203948?se=Xk2l9", "London, UK",
          "£550 - £625 per day", id="adzuna"),
        P("CWJobs <jobs@cwjobs.co.uk>",
          "https://www.cwjobs.co.uk/job/devops-engineer/harrowgate-it-job103948271",
          "Leeds, West Yorkshire", "£500 - £550 per day", id="cwjobs"),
        P("JobServe <jobs@jobserve.com>",
          "https://www.jobserve.com/gb/en/search-jobs-in-Leeds/DEVOPS-ENGINEER-7E2F9A0B1C3D4E5F/",
          "Leeds", "£600 per day", id="jobserve"),
        P("foundit <alerts@foundit.in>",
          "https://www.foundit.in/job/devops-engineer-harrowgate-it-pune-33817265", "Pune",
          "6-9 Lacs PA", id="foundit lakhs"),
        P("OCC <alertas@occ.com.mx>",
          "https://www.occ.com.mx/empleo/oferta/18723456-devops-engineer/",
          "Ciudad de México, CDMX", "$35,000 - $45,000 Mensual", id="occ"),
    ],
)  # fmt: skip
def test_a_card_keeps_its_company_place_and_pay(
    tmp_path: Path, sender: str, url: str, place: str, pay: str
) -> None:
    card = f'<a href="{url}">DevOps Engineer - Contract</a><div>Harrowgate IT</div>'
    card += f"<div>{place}</div><div>{pay}</div>"
    job = _only_job(tmp_path / "a.eml", _one_card_mail(sender, card))
    assert (job.title, job.company, job.location, job.salary_raw) == (
        "DevOps Engineer - Contract", "Harrowgate IT", place, pay,
    )  # fmt: skip


def test_a_talent_network_s_job_behind_ses_tracking_is_its_freelance_job(
    tmp_path: Path,
) -> None:
    aws = (
        "https://7gq2xp0b.r.us-east-1.awstrack.me/L0/https:%2F%2Fapp.usebraintrust.com"
        "%2Fjobs%2F18342%2F/1/0100018f3a2b-4c5d6e7f-000000/Xr2nB0kqPZ1w=380"
    )
    card = (
        f'<h3><a href="{aws}">Senior Product Designer</a></h3><p>Corvid Energy</p>'
        f'<p>Remote</p><p>$110 - $140/hr</p><p><a href="{aws}">View job</a></p>'
    )
    sender = "Braintrust <notifications@usebraintrust.com>"
    job = _only_job(tmp_path / "b.eml", _one_card_mail(sender, card))
    assert (job.source_id, job.url) == (
        "braintrust:18342",
        "https://app.usebraintrust.com/jobs/18342",
    )
    assert (job.company, job.salary_raw, job.engagement) == (
        "Corvid Energy", "$110 - $140/hr", "freelance",
    )  # fmt: skip


def test_a_fiverr_brief_is_freelance_work_at_its_budget(tmp_path: Path) -> None:
    card = (
        '<h3><a href="https://www.fiverr.com/briefs/6571a2b3c4d5e6f7a8b9c0d1?source=email">'
        "Logo and brand kit for a bakery</a></h3><p>Budget: $150 - $300</p>"
        "<p>Delivery: 7 days</p>"
    )
    mail = _one_card_mail("Fiverr <noreply@e.fiverr.com>", card, "You've got a new brief")
    job = _only_job(tmp_path / "f.eml", mail)
    assert (job.source_id, job.salary_raw, job.engagement) == (
        "fiverr:6571a2b3c4d5e6f7a8b9c0d1", "Budget: $150 - $300", "freelance",
    )  # fmt: skip


def test_remote_boards_jobs_are_remote(tmp_path: Path) -> None:
    card = (
        '<a href="https://remotive.com/remote-jobs/software-dev/contract-rust-developer-1987702">'
        "Contract Rust Developer</a><div>Ferrous Works</div><div>Worldwide</div>"
    )
    job = _only_job(tmp_path / "r.eml", _one_card_mail("Remotive <jobs@remotive.com>", card))
    assert (job.company, job.location, job.remote) == ("Ferrous Works", "Worldwide", True)


def test_a_sendgrid_tracked_job_is_credited_to_its_sender_s_board() -> None:
    found = _postings(_run(ALERTS / "flexjobs_digest_sendgrid.eml"))
    assert sorted((j.title, j.company, j.location, j.salary_raw) for j in found.values()) == [
        ("Content Editor", "Larkspur Learning", "Denver, CO", "$28 - $32 Hourly"),
        ("Freelance B2B Copywriter", "Saltmarsh Media", "US National", None),
    ]  # the footer's tracked "Unsubscribe" is no job
    # keyed by their cards, as the tracker's token names no job; the board is the sender's
    assert all(key.startswith("url:") for key in found)
    assert {j.extra.get("platform") for j in found.values()} == {"flexjobs"}
    assert inbox.CREDITS["flexjobs"].startswith("FlexJobs alert: ")


def test_the_sender_s_board_is_read_from_its_domain() -> None:
    assert board_at("mail.adzuna.co.uk") == "adzuna"
    assert board_at("remote.co") == "remoteco"
    assert board_at("ziprecruiter.com") == "ziprecruiter"
    assert board_at("mail.example") is None


def test_a_google_alert_keeps_each_page_it_found_and_none_of_google_s_links() -> None:
    raw = (ALERTS / "google_alert_hiring_freelance.eml").read_bytes()
    assert parser_for("googlealerts-noreply@google.com") is googlealerts
    jobs = googlealerts.jobs(_message.full(raw))
    assert [(j.title, j.url) for j in jobs] == [
        ("Quill Press is hiring a freelance picture-book illustrator",
         "https://www.quillpress.example/jobs/freelance-picture-book-illustrator"),
        ("Freelance Illustrator (remote) - Studio Marram",
         "https://studio-marram.example/careers/freelance-illustrator"),
    ]  # fmt: skip
    # the snippet is the job's text; the site's name above it is not
    assert jobs[0].summary is not None and jobs[0].summary.startswith("Quill Press is hiring")
    assert jobs[1].summary is not None and "studio-marram.example" not in jobs[1].summary
    assert all(j.company is None and j.key.startswith("url:") for j in jobs)
    found = _postings(_run(ALERTS / "google_alert_hiring_freelance.eml"))
    assert {j.extra["via"] for j in found.values()} == {"googlealerts"}
    assert inbox.CREDITS["googlealerts"].startswith("Google alert: ")


def test_a_google_alert_for_a_name_brings_news_and_no_job() -> None:
    raw = (ALERTS / "google_alert_hiring_freelance.eml").read_bytes()
    raw = raw.replace(b'Subject: Google Alert - "hiring freelance" illustrator',
                      b"Subject: Google Alert - Quill Press")  # fmt: skip
    assert googlealerts.jobs(_message.full(raw)) == []


def test_a_forwarded_sendgrid_digest_is_credited_to_its_original_sender_s_board(
    tmp_path: Path,
) -> None:
    raw = (ALERTS / "flexjobs_digest_sendgrid.eml").read_bytes()
    alert = BytesParser(policy=policy.default).parsebytes(raw)
    assert isinstance(alert, EmailMessage)
    body = alert.get_body(preferencelist=("html",))
    assert body is not None
    mail = EmailMessage()
    mail["From"], mail["Subject"] = "Sam <sam@mail.example>", "Fwd: New Jobs"
    mail["Message-ID"] = "<fwd-flexjobs@mail.example>"
    mail.set_content(
        "---------- Forwarded message ---------\n"
        "From: FlexJobs <jobs@flexjobs.com>\nDate: Tue, Dec 1, 2026 at 11:30 AM\n"
    )
    mail.add_alternative(body.get_content(), subtype="html")
    (tmp_path / "fw.eml").write_bytes(mail.as_bytes())
    found = _postings(_run(tmp_path / "fw.eml", my_addresses=("sam@mail.example",)))
    assert len(found) == 2
    assert {j.extra.get("platform") for j in found.values()} == {"flexjobs"}
