"""inbox: job alerts from mbox files, Maildirs and .eml folders; what is (not) kept."""

from __future__ import annotations

import base64
import dataclasses
import functools
import gzip
import hashlib
import json
import mailbox
import re
import shutil
import subprocess
import sys
from email import policy
from email.message import EmailMessage
from email.parser import BytesParser
from pathlib import Path

import pytest
from conftest import FIXTURES

from extractors import inbox, sources
from extractors._contract import ConfigError, Posting
from extractors._joburls import board_key
from extractors._runner import SourceResult, run_source
from extractors.inbox.senders import parser_for, parsers

ALERTS = FIXTURES / "inbox"
# each test e-mail and the jobs it holds: (file, parser, jobs)
EXPECTED = [
    ("linkedin_job_alert.eml", "linkedin", 3),
    ("indeed_job_alert.eml", "indeed", 4),
    ("linkedin_job_alert_de.eml", "linkedin", 2),
    ("indeed_job_alert_fr.eml", "indeed", 2),
    ("upwork_saved_search.eml", "upwork", 2),
    ("wellfound_job_digest.eml", "wellfound", 2),
    ("glassdoor_job_alert.eml", "glassdoor", 3),
    ("glassdoor_job_alert_de.eml", "glassdoor", 3),
    ("jsonld_careers_newsletter.eml", "jsonld", 1),
    ("freelancermap_suchagent_de.eml", "boards", 2),
    ("stepstone_job_agent_de.eml", "boards", 2),
    ("hellowork_alerte_fr.eml", "boards", 3),
    ("gupy_alerta_vagas_pt.eml", "boards", 2),
    ("infojobs_alerta_es.eml", "boards", 3),
    ("tecnoempleo_alerta_es.eml", "boards", 2),
    ("proz_job_notification.eml", "boards", 1),
    ("reed_job_alert.eml", "boards", 3),
    ("cvlibrary_job_alert.eml", "boards", 2),
    ("levtech_alert_ja.eml", "boards", 2),
    ("crowdworks_alert_iso2022jp.eml", "boards", 2),
    ("remoteok_digest_sendgrid.eml", "boards", 3),
    ("flexjobs_digest_sendgrid.eml", "boards", 2),
    ("google_alert_hiring_freelance.eml", "googlealerts", 2),
    ("generic_alert_naukrigulf_en.eml", "generic", 2),
    ("generic_alert_skywalker_el.eml", "generic", 2),
    ("upwork_message_notice.eml", None, 0),
    ("personal_ask.eml", None, 0),
    ("personal_no_ask.eml", None, 0),
    ("newsletter_not_an_ask.eml", None, 0),
]


def _run(*paths: Path, **options: object) -> SourceResult:
    settings = inbox.Settings(paths=tuple(map(str, paths)), **options)  # type: ignore[arg-type]
    return run_source(inbox, settings)


def _postings(result: SourceResult) -> dict[str, Posting]:
    return {p.posting.source_id: p.posting for p in result.postings}


def _only_job(path: Path, mail: bytes) -> Posting:
    """The one posting a mail written to `path` gives."""
    path.write_bytes(mail)
    (job,) = _postings(_run(path)).values()
    return job


def _documents(result: SourceResult) -> list[dict[str, object]]:
    return [json.loads(page.body) for page in result.pages]


def test_module_follows_the_source_contract() -> None:
    assert sources()["inbox"] is inbox
    assert inbox.WINDOWED and inbox.PROVENANCE == "aggregator"
    assert set(parsers()) == {
        "linkedin", "indeed", "upwork", "wellfound", "glassdoor", "boards", "malt", "careers",
        "marketplaces", "jsonld", "requirements", "googlealerts", "generic",
    }  # fmt: skip


@pytest.mark.parametrize(("name", "parser", "jobs"), EXPECTED, ids=[e[0] for e in EXPECTED])
def test_each_alert_yields_its_jobs(name: str, parser: str | None, jobs: int) -> None:
    result = _run(ALERTS / name)
    assert result.status == "ok", result.errors
    assert len(result.postings) == jobs
    assert [d["parser"] for d in _documents(result)] == ([parser] if parser else [])


def test_linkedin_cards_keep_the_job_id_and_drop_tracking() -> None:
    found = _postings(_run(ALERTS / "linkedin_job_alert.eml"))
    job = found["linkedin:4390011223"]
    assert job.url == "https://www.linkedin.com/jobs/view/4390011223/"
    assert (job.title, job.company) == ("Contract Analytics Engineer (dbt)", "Fernhill Analytics")
    assert job.location == "European Union (Remote)"
    assert job.salary_raw == "€80/hr - €95/hr"
    assert job.posted_at is not None and job.posted_at.isoformat() == "2026-12-01T06:12:44+00:00"
    other = found["linkedin:4390011789"]
    assert (other.title, other.company) == (
        "Analytics Engineer – Freelance",
        "Tern & Finch Consulting",
    )
    assert all("trackingId" not in p.url and "trk" not in p.url for p in found.values())


def test_indeed_rows_keep_jk_pay_and_snippet_and_drop_ratings() -> None:
    found = _postings(_run(ALERTS / "indeed_job_alert.eml"))
    job = found["indeed:5a1c2e3f4b5d6e7f"]
    assert job.url == "https://de.indeed.com/viewjob?jk=5a1c2e3f4b5d6e7f"
    assert (job.company, job.location, job.salary_raw) == (
        "Lumen",
        "Remote in Europe",
        "€70 - €90 an hour",
    )
    assert job.text.startswith("We need a contract data engineer")
    # a sponsored row's /pagead/ link names its job by jk too
    assert found["indeed:8d4f5b6c7e809112"].company == "Brightwater Health"
    assert "Telegram" in found["indeed:7c3e4a5b6d7f8091"].text  # scams are relayed too


def test_a_german_linkedin_alert_in_base64_keeps_title_company_and_pay() -> None:
    found = _postings(_run(ALERTS / "linkedin_job_alert_de.eml"))
    short = found["linkedin:4390022001"]  # its "Job ansehen" button is longer than its title
    assert (short.title, short.company, short.location) == (
        "Analyst",
        "Fernhill GmbH",
        "Berlin, Deutschland (Remote)",
    )
    assert found["linkedin:4390022002"].salary_raw == "80 €/Std. – 95 €/Std."


def test_a_french_indeed_alert_in_latin9_keeps_pay_and_drops_a_decimal_comma_rating() -> None:
    found = _postings(_run(ALERTS / "indeed_job_alert_fr.eml"))
    job = found["indeed:0a1b2c3d4e5f6a7b"]
    assert (job.title, job.company, job.location, job.salary_raw) == (
        "Développeur Python Freelance (H/F)",
        "Société Générale des Chênes",
        "Lyon (69)",
        "450 € - 550 € par jour",
    )
    assert found["indeed:1b2c3d4e5f6a7b8c"].salary_raw is None


def test_upwork_links_behind_click_tracking_are_unwrapped() -> None:
    found = _postings(_run(ALERTS / "upwork_saved_search.eml"))
    job = found["upwork:~0140a1b2c3d4e5f6a7"]
    assert job.url == "https://www.upwork.com/jobs/~0140a1b2c3d4e5f6a7"
    assert job.salary_raw is not None and job.salary_raw.startswith("Hourly: $50.00-$75.00")
    assert (job.engagement, job.engagement_raw, job.company) == ("freelance", "Hourly", None)
    assert "Skills: dbt, Snowflake" in job.text
    assert found["upwork:~0155b6c7d8e9f0a1b2"].engagement_raw == "Fixed-price"


def _one_card_mail(sender: str, card: str, subject: str = "New jobs for you") -> bytes:
    mail = EmailMessage()
    mail["From"], mail["Subject"] = sender, subject
    mail["Message-ID"] = "<one-card@mail.example>"
    mail.set_content(f"<html><body><table><tr><td>{card}</td></tr></table></body></html>",
                     subtype="html")  # fmt: skip
    return mail.as_bytes()


def test_upwork_terms_without_a_rate_are_no_pay(tmp_path: Path) -> None:
    card = (
        '<a href="https://www.upwork.com/jobs/~01a2b3c4d5e6f70809">Pipeline engineer</a>'
        "<p>Hourly - Intermediate - Est. Time: 3 to 6 months, Less than 30 hrs/week</p>"
    )
    job = _only_job(tmp_path / "up.eml", _one_card_mail("Upwork <donotreply@upwork.com>", card))
    assert (job.salary_raw, job.engagement_raw, job.engagement) == (None, "Hourly", "freelance")


def test_a_wellfound_card_names_its_company_above_its_pitch(tmp_path: Path) -> None:
    card = (
        "<div><b>Tallow</b></div><div>Carbon accounting for small businesses</div>"
        '<a href="https://wellfound.com/jobs/3301122-data-engineer">Data Engineer</a>'
        "<div>Remote</div><div>Full-time</div>"
    )
    job = _only_job(tmp_path / "wf.eml", _one_card_mail("Wellfound <team@hi.wellfound.com>", card))
    assert (job.title, job.company, job.location) == ("Data Engineer", "Tallow", "Remote")


def test_a_freelancermap_project_alert_is_freelance_work() -> None:
    found = _postings(_run(ALERTS / "freelancermap_suchagent_de.eml"))
    job = found["freelancermap:data-engineer-azure-m-w-d-2811223"]
    assert job.url == "https://www.freelancermap.de/projekt/data-engineer-azure-m-w-d-2811223"
    assert (job.title, job.company) == ("Data Engineer Azure (m/w/d)", "Hays AG")
    assert (job.location, job.salary_raw, job.engagement) == ("Remote / München", None, "freelance")
    assert found["freelancermap:dwh-entwickler-sql-2811224"].salary_raw == "95 €/Std."


def test_uk_boards_alerts_keep_the_kind_of_work_apart_from_the_place() -> None:
    """Reed's and CV-Library's cards (their shape assumed: a linked title, then company,
    pay, place and "Contract, full-time" lines)."""
    found = _postings(_run(ALERTS / "reed_job_alert.eml", ALERTS / "cvlibrary_job_alert.eml"))
    job = found["reed:51873412"]
    assert job.url == "https://www.reed.co.uk/jobs/technical-writer/51873412"
    assert (job.title, job.company, job.location) == (
        "Technical Writer",
        "Meridian Software",
        "Manchester",
    )
    assert (job.salary_raw, job.engagement_raw, job.engagement) == (
        "£400 - £450 per day",
        "Contract, full-time",
        "contract",
    )
    assert found["reed:51873555"].engagement == "full_time"  # "Permanent, full-time"
    piece = found["cvlibrary:221456789"]
    assert (piece.company, piece.location, piece.salary_raw, piece.engagement) == (
        "Harbour Digital",
        "Remote",
        "£120 per article",
        "freelance",
    )


def test_a_stepstone_job_agent_drops_badges_ages_and_tracking() -> None:
    found = _postings(_run(ALERTS / "stepstone_job_agent_de.eml"))
    job = found["stepstone:10112233"]
    assert job.url == (
        "https://www.stepstone.de/stellenangebote--Data-Engineer-m-w-d-Koeln-Domblick-AG"
        "--10112233-inline.html"
    )
    assert (job.title, job.company) == ("Data Engineer (m/w/d)", "Domblick AG")
    assert job.location == "Köln"
    freelance = found["stepstone:10112240"]
    assert freelance.company == "Rheinwerk IT GmbH"
    assert freelance.salary_raw == "80 – 95 € pro Stunde"
    assert freelance.engagement is None  # a job board: the kind is the posting's to say


@pytest.mark.parametrize(
    ("url", "key"),
    [
        ("https://www.xing.com/jobs/berlin-data-engineer-123456789?sc_o=mail", "xing:123456789"),
        ("https://www.totaljobs.com/job/data-engineer/irwell-job104455667?WT.mc_id=x",
         "totaljobs:104455667"),
        ("https://www.seek.com.au/job/81234567?type=standard&ref=recom-email", "seek:81234567"),
        ("https://www.reed.co.uk/jobs/technical-writer/51873412?source=jobalert", "reed:51873412"),
        ("https://www.cv-library.co.uk/job/221456789/Content-Writer?utm_source=alert",
         "cvlibrary:221456789"),
        ("https://www.reed.co.uk/account/job-alerts", None),
        ("https://www.naukri.com/job-listings-data-engineer-tanvi-pune-3-to-6-years-201126000123",
         "naukri:201126000123"),
        ("https://contra.com/opportunity/Ab12Cd34-webflow-developer?utm_source=email",
         "contra:ab12cd34-webflow-developer"),
        ("https://app.otta.com/jobs/Xy7Qp2?utm_source=email", "otta:xy7qp2"),
        ("https://www.xing.com/profile/Alex_Brandt", None),
        ("https://www.stepstone.de/jobs/data-engineer/in-koeln?cid=all", None),
        ("https://www.malt.fr/dashboard/freelancer/projects/675b0c11aa22bb33?utm_source=email",
         "malt:675b0c11aa22bb33"),
        ("https://www.malt.fr/profile/alexbrandt", None),
        ("https://www.freelancer.com/projects/python/clean-up-csv-exports?utm_source=email",
         "freelancer:clean-up-csv-exports"),
        ("https://www.freelancer.com/projects/python/clean-up-csv-exports/payments", None),
        ("https://www.freelancer.com/jobs/python/", None),
        ("https://www.peopleperhour.com/freelance-jobs/design/logo-design/new-logo-4213391?ref=x",
         "peopleperhour:4213391"),
        ("https://www.peopleperhour.com/dashboard/seller/proposals", None),
        ("https://job-boards.eu.greenhouse.io/acme/jobs/6123456?gh_src=x", "greenhouse:6123456"),
        # an apply page is its job's, as the Lever source's JOB_IDS read it
        ("https://jobs.lever.co/acme/3f2a1b4c-5d6e-4f70-8a9b-0c1d2e3f4a5b/apply",
         "lever:3f2a1b4c-5d6e-4f70-8a9b-0c1d2e3f4a5b"),
        ("https://hire.lever.co/email/unsubscribe/3f2a1b4c-5d6e-4f70-8a9b-0c1d2e3f4a5b", None),
        ("https://acme.example/careers/?gh_jid=4012345&utm_source=x", "greenhouse:4012345"),
        ("https://app.ashbyhq.com/unsubscribe/b1c2d3e4-f5a6-4b7c-9d8e-f0a1b2c3d4e5", None),
        ("https://jobs.ashbyhq.com/acme/b1c2d3e4-f5a6-4b7c-9d8e-f0a1b2c3d4e5",
         "ashby:b1c2d3e4-f5a6-4b7c-9d8e-f0a1b2c3d4e5"),
        ("https://apply.workable.com/acme/j/4F2A9C1B7E/", "workable:4f2a9c1b7e"),
        ("https://www.google.com/about/careers/applications/jobs/results/9876543-data-engineer",
         "google:9876543"),
        ("https://www.toptal.com/platform/talent/jobs/41234?utm_source=email", "toptal:41234"),
        ("https://www.toptal.com/developers/python", None),
        # one JobCloud id on both boards, whatever the language's path
        ("https://www.jobs.ch/de/stellenangebote/detail/1b2c3d4e-5f60-4718-9a0b-1c2d3e4f5a6b/",
         "jobsch:1b2c3d4e-5f60-4718-9a0b-1c2d3e4f5a6b"),
        ("https://www.jobup.ch/fr/emplois/detail/1b2c3d4e-5f60-4718-9a0b-1c2d3e4f5a6b/?x=1",
         "jobsch:1b2c3d4e-5f60-4718-9a0b-1c2d3e4f5a6b"),
        ("https://www.jobs.ch/de/job-abo/", None),
        ("https://remoteok.com/remote-jobs/1104455-remote-data-engineer-umber?ref=email",
         "remoteok:1104455"),
        ("https://remoteok.com/l/1104455", "remoteok:1104455"),
        # the API's links: the id ends the slug, whatever numbers the title holds
        ("https://remoteOK.com/remote-jobs/remote-data-engineer-10000-stores-umber-1104455",
         "remoteok:1104455"),
        ("https://remoteok.com/remote-python-jobs", None),
        # the other remote boards whose API sources we read: Jobicy's id before its slug,
        # Arbeitnow's ending it, Remotive's ending it whatever category its link names
        ("https://jobicy.com/jobs/160777-contract-devops-engineer?utm_source=x", "jobicy:160777"),
        ("https://jobicy.com/jobs/devops", None),
        ("https://www.arbeitnow.com/jobs/companies/datenhafen/data-engineer-hamburg-310551",
         "arbeitnow:310551"),
        ("https://www.arbeitnow.com/jobs/companies/datenhafen", None),
        ("https://remotive.io/remote-jobs/devops/senior-platform-engineer-2104411",
         "remotive:2104411"),
        ("https://weworkremotely.com/remote-jobs/umber-data-engineer?utm_source=alert",
         "weworkremotely:umber-data-engineer"),
        ("https://weworkremotely.com/remote-jobs/new", None),  # posting a job, no job
        ("https://www.workingnomads.com/jobs/data-engineer-umber",
         "workingnomads:data-engineer-umber"),
        # Built In (and its older city sites), Remote.co, Arc.dev; Otta's jobs on WTTJ's app
        ("https://builtin.com/job/senior-data-engineer/4123456?utm_source=alert",
         "builtin:4123456"),
        ("https://www.builtinchicago.org/job/engineer/senior-data-engineer/198765",
         "builtin:198765"),
        ("https://builtin.com/jobs/remote/dev-engineering", None),
        ("https://remote.co/job-details/senior-python-developer-6d1f0a2b",
         "remoteco:senior-python-developer-6d1f0a2b"),
        ("https://remote.co/remote-jobs/developer/", None),
        ("https://arc.dev/remote-jobs/j/northbeam-senior-backend-engineer-x7k2m9q4?utm_source=e",
         "arc:northbeam-senior-backend-engineer-x7k2m9q4"),
        ("https://arc.dev/remote-jobs", None),
        ("https://app.welcometothejungle.com/jobs/Zr4mN8cD", "wttj:zr4mn8cd"),
        ("https://www.welcometothejungle.com/fr/jobs?query=python", None),
        # Google Search's jobs: the job's `htidocid`, in the fragment or the query, case kept
        ("https://www.google.com/search?q=data+engineer&ibp=htl;jobs#htivrt=jobs&htidocid=Ab12Cd%3D%3D",
         "googlejobs:Ab12Cd=="),
        ("https://www.google.com/url?q=https://www.google.com/search?ibp%3Dhtl;jobs%26htidocid%3DZz9Yy8Xx",
         "googlejobs:Zz9Yy8Xx"),
        ("https://www.google.com/search?q=data+engineer", None),
        # France's and Brazil's boards
        ("https://www.free-work.com/fr/tech-it/developpeur-java/job-mission/developpeur-java-spring-h-f-4?utm_source=alerte",
         "freework:developpeur-java-spring-h-f-4"),
        ("https://www.free-work.com/en/tech-it/data-engineer/job-mission/data-engineer-f-m",
         "freework:data-engineer-f-m"),
        ("https://www.free-work.com/fr/tech-it/developpeur-java/jobs", None),
        ("https://www.free-work.com/fr/tech-it/blog/actualites-informatiques/tjm-2026", None),
        ("https://www.apec.fr/candidat/recherche-emploi.html/emploi/detail-offre/178512345W?xtor=EPR-1",
         "apec:178512345w"),
        ("https://www.apec.fr/candidat/recherche-emploi.html/emploi?motsCles=python", None),
        ("https://www.hellowork.com/fr-fr/emplois/61234567.html?utm_source=alerte",
         "hellowork:61234567"),
        ("https://www.hellowork.com/fr-fr/emploi/recherche.html?k=php", None),
        ("https://acme.gupy.io/jobs/8123456?jobBoardSource=gupy_portal", "gupy:8123456"),
        # the token's other fields vary by link: its jobId is the job
        ("https://acme.gupy.io/job/eyJqb2JJZCI6ODEyMzQ1Niwic291cmNlIjoiZ3VweV9wb3J0YWwifQ%3D%3D"
         "?jobBoardSource=gupy_portal", "gupy:8123456"),
        ("https://acme.gupy.io/job/eyJub3RBSm9iIjp0cnVlfQ==", None),
        ("https://portal.gupy.io/job-search/term=python", None),
        ("https://programathor.com.br/jobs/32011-desenvolvedora-front-end?utm_source=x",
         "programathor:32011"),
        ("https://programathor.com.br/companies/goiabada", None),
        ("https://www.vagas.com.br/vagas/v2840001/analista-de-bi?utm_campaign=a", "vagas:2840001"),
        ("https://www.vagas.com.br/vagas-de-analista-de-bi", None),
        ("https://trampos.co/oportunidades/613002-motion-designer", "trampos:613002"),
        ("https://trampos.co/oportunidades/?tr=designer", None),
        ("https://remotar.com.br/job/159001/tucano-pay/engenheiro-de-dados", "remotar:159001"),
        ("https://remotar.com.br/search/jobs?q=dados", None),
        ("https://www.dice.com/job-detail/0f1e2d3c-4b5a-4978-8a9b-0c1d2e3f4a5b?utm_source=alert",
         "dice:0f1e2d3c-4b5a-4978-8a9b-0c1d2e3f4a5b"),
        ("https://www.dice.com/jobs?q=snowflake&location=Dallas", None),
        # Spanish-speaking Latin America's boards
        ("https://ar.computrabajo.com/ofertas-de-trabajo/oferta-de-trabajo-de-desarrollador-node-en"
         "-capital-federal-0A1B2C3D4E5F60718293A4B5C6D7E8F9#lc=ListOffers-Score-0",
         "computrabajo:0a1b2c3d4e5f60718293a4b5c6d7e8f9"),
        ("https://mx.computrabajo.com/empleos-de-desarrollador-en-jalisco", None),
        ("https://www.bumeran.com.ar/empleos/desarrollador-react-lumbre-sa-1118000222.html?utm_source=m",
         "bumeran:1118000222"),
        ("https://www.bumeran.com.ar/empleos-busqueda-react.html", None),
        ("https://www.zonajobs.com.ar/empleos/analista-funcional-1118000333.html",
         "zonajobs:1118000333"),
        ("https://www.getonbrd.com/jobs/programming/backend-node-developer-ceibo-remote",
         "getonbrd:backend-node-developer-ceibo-remote"),
        ("https://www.getonbrd.com/empleos/programacion/backend-node-developer-ceibo-remote",
         "getonbrd:backend-node-developer-ceibo-remote"),
        ("https://www.getonbrd.com/jobs/programming", None),
        ("https://www.workana.com/job/landing-page-en-react?ref=email",
         "workana:landing-page-en-react"),
        ("https://www.workana.com/jobs?category=it-programming", None),
        ("https://www.infojobs.net/valencia/redactor-seo/of-i3f2a9c8d7e6b5a4c3d2e1f0a9b8c7d?applicationOrigin=x",
         "infojobs:3f2a9c8d7e6b5a4c3d2e1f0a9b8c7d"),
        ("https://www.infojobs.net/ofertas-trabajo/valencia?keyword=redactor", None),
        ("https://www.tecnoempleo.com/redactor-tecnico/markdown,docs/rf-5d4c3b2a1f0e9d8c7b6a",
         "tecnoempleo:5d4c3b2a1f0e9d8c7b6a"),
        ("https://www.tecnoempleo.com/ofertas-trabajo/?te=redactor", None),
        ("https://www.proz.com/translation-jobs/2034567?utm_source=job_notification",
         "proz:2034567"),
        ("https://www.proz.com/translation-jobs", None),
        ("https://freelance.levtech.jp/project/detail/312345/?utm_source=mail", "levtech:312345"),
        ("https://freelance.levtech.jp/project/search/", None),
        ("https://freelance.findy-code.io/projects/4821", "findy:4821"),
        ("https://www.lancers.jp/work/detail/5123456", "lancers:5123456"),
        ("https://www.lancers.jp/work/search/system", None),
        ("https://crowdworks.jp/public/jobs/10234567", "crowdworks:10234567"),
        ("https://crowdworks.jp/public/jobs/search", None),
        ("https://www.wantedly.com/projects/1456789", "wantedly:1456789"),
        ("https://www.wantedly.com/companies/sakura-fintech", None),
        # Canada's and Australia's national boards
        ("https://au.jora.com/job/Data-Analyst-0a1b2c3d4e5f6a7b8c9d?sp=serp",
         "jora:0a1b2c3d4e5f6a7b8c9d"),
        ("https://au.jora.com/j?q=data+analyst", None),
        ("https://www.workopolis.com/jobsearch/viewjob/ab12cd34ef56", "workopolis:ab12cd34ef56"),
        ("https://www.jobbank.gc.ca/jobsearch/jobposting/41234567?source=searchresults",
         "jobbank:41234567"),
        ("https://www.jobbank.gc.ca/jobsearch/jobsearch?searchstring=developer", None),
    ],
)  # fmt: skip
def test_job_board_links_name_their_job(url: str, key: str | None) -> None:
    found = board_key(url)
    assert (found[0] if found else None) == key


def test_a_japanese_agent_alert_reads_its_labelled_lines() -> None:
    """レバテックフリーランス's cards label their lines "勤務地：" and "【単価】": the pay,
    the place and the terms are read, and every project is freelance work."""
    jobs = _postings(_run(ALERTS / "levtech_alert_ja.eml"))
    first, second = jobs["levtech:312345"], jobs["levtech:312399"]
    assert first.title == "【Go】決済基盤のサーバーサイドエンジニア"
    assert (first.location, first.salary_raw) == (
        "東京都港区（フルリモート可）", "月額単価：〜90万円/月",
    )  # fmt: skip
    assert (first.engagement, first.engagement_raw) == ("freelance", "業務委託（準委任）")
    assert (second.location, second.salary_raw) == ("神奈川県横浜市（週1出社）", "80万円/月")
    assert second.engagement == "freelance"


def test_a_malt_mission_linked_by_a_button_is_read_around_it(tmp_path: Path) -> None:
    card = (
        "<p>Bonjour Alex, une mission pour vous :</p><p><b>Data Engineer Spark</b></p>"
        "<p>Client : Hexalis</p><p>📍 100% télétravail</p><p>TJM : 550 €/jour · Durée : 6 mois</p>"
        '<a href="https://www.malt.fr/project/6749a1f0c2e3b4d5?utm_source=x">Voir la mission</a>'
    )
    job = _only_job(tmp_path / "malt.eml", _one_card_mail("Malt <noreply@malt.fr>", card))
    assert (job.title, job.company, job.location) == (
        "Data Engineer Spark",
        "Hexalis",
        "100% télétravail",
    )
    assert (job.salary_raw, job.text, job.remote, job.engagement) == (
        "TJM : 550 €/jour", "Durée : 6 mois", True, "freelance",
    )  # fmt: skip


def _two_part_mail(sender: str, subject: str, markup: str) -> bytes:
    """An alert as boards send it: text and HTML alternatives, quoted-printable."""
    mail = EmailMessage()
    mail["From"], mail["Subject"], mail["Message-ID"] = sender, subject, "<two@mail.example>"
    mail.set_content("View this e-mail in a browser.", cte="quoted-printable")
    mail.add_alternative(f"<html><body>{markup}</body></html>", subtype="html",
                         cte="quoted-printable")  # fmt: skip
    return mail.as_bytes()


def test_a_company_above_the_title_and_the_kind_of_work_below_it(tmp_path: Path) -> None:
    rows = "".join(
        f"<table><tr><td><strong>{company}</strong></td></tr><tr><td>"
        f'<a href="https://weworkremotely.com/remote-jobs/{slug}?utm_source=alert">{title}</a>'
        f"</td></tr><tr><td>{kind}</td></tr><tr><td>{place}</td></tr></table>"
        for company, slug, title, kind, place in (
            ("Umber", "umber-rails-developer", "Rails Developer", "Full-Time", "Anywhere"),
            ("Tallow", "tallow-sre", "SRE", "Contract", "USA Only"),
        )
    )
    mail = _two_part_mail("We Work Remotely <alerts@weworkremotely.com>", "New jobs", rows)
    (tmp_path / "wwr.eml").write_bytes(mail)
    found = _postings(_run(tmp_path / "wwr.eml"))
    rails = found["weworkremotely:umber-rails-developer"]
    assert (rails.title, rails.company, rails.location) == ("Rails Developer", "Umber", "Anywhere")
    assert rails.url == "https://weworkremotely.com/remote-jobs/umber-rails-developer"
    sre = found["weworkremotely:tallow-sre"]
    assert (sre.company, sre.location, sre.engagement_raw) == ("Tallow", "USA Only", "Contract")


@pytest.mark.parametrize(
    ("greeting", "below"), [("Hallo Ana", "Remote"), ("Bonjour Ana", "CDI · Lyon"),
                            ("Hi Ana, here are 5 new jobs", "Lyon")]
)  # fmt: skip
def test_a_greeting_above_a_one_job_card_is_no_company(
    tmp_path: Path, greeting: str, below: str
) -> None:
    card = (
        f"<table><tr><td>{greeting}</td></tr><tr><td><a href='https://www."
        "welcometothejungle.com/fr/companies/atelier/jobs/designer_lyon'>Designer</a></td></tr>"
        f"<tr><td>{below}</td></tr></table>"
    )
    mail = _two_part_mail("WTTJ <hello@welcometothejungle.com>", "Une offre", card)
    job = _only_job(tmp_path / "w.eml", mail)
    assert (job.title, job.company, job.location) == ("Designer", None, below.split(" · ")[-1])


def test_a_company_name_above_a_one_job_card_is_still_its_company(tmp_path: Path) -> None:
    card = (
        "<table><tr><td>Atelier Bleu</td></tr><tr><td><a href='https://www."
        "welcometothejungle.com/fr/companies/atelier/jobs/designer_lyon'>Designer</a></td></tr>"
        "<tr><td>Lyon</td></tr></table>"
    )
    mail = _two_part_mail("WTTJ <hello@welcometothejungle.com>", "Une offre", card)
    job = _only_job(tmp_path / "w.eml", mail)
    assert (job.company, job.location) == ("Atelier Bleu", "Lyon")


def test_a_wellfound_greeting_above_the_company_is_skipped(tmp_path: Path) -> None:
    card = (
        "<p>Hi Ana, here are 5 new jobs</p><table><tr><td><b>Kelp AI</b></td></tr>"
        '<tr><td><a href="https://wellfound.com/jobs/3011111-ml-engineer">ML Engineer</a></td></tr>'
        "<tr><td>$120k – $150k</td></tr><tr><td>Remote</td></tr></table>"
    )
    job = _only_job(tmp_path / "wf.eml", _one_card_mail("Wellfound <team@hi.wellfound.com>", card))
    assert (job.company, job.location, job.salary_raw) == ("Kelp AI", "Remote", "$120k – $150k")


def test_a_text_only_toptal_alert_reads_its_labelled_lines(tmp_path: Path) -> None:
    mail = EmailMessage()
    mail["From"], mail["Subject"] = "Toptal <talent@toptal.com>", "A new job matches your profile"
    mail.set_content(
        "Hi Ana,\n\nA new job matches your profile:\n\nStaff Platform Engineer\n"
        "Location: Remote (EU time zones)\nCommitment: Part-time\nRate: $80 - $95/hr\n"
        "View job: https://www.toptal.com/platform/talent/jobs/70707?utm_source=email\n",
        cte="quoted-printable",
    )
    job = _only_job(tmp_path / "t.eml", mail.as_bytes())
    assert (job.source_id, job.url) == (
        "toptal:70707",
        "https://www.toptal.com/platform/talent/jobs/70707",
    )
    assert (job.title, job.company, job.location) == (
        "Staff Platform Engineer", None, "Remote (EU time zones)",
    )  # fmt: skip
    assert (job.salary_raw, job.engagement_raw, job.engagement) == (
        "$80 - $95/hr", "Part-time", "freelance",
    )  # fmt: skip


def test_a_jobs_ch_alert_behind_an_ses_redirect_reads_french_labels(tmp_path: Path) -> None:
    target = (
        "https:%2F%2Fwww.jobs.ch%2Ffr%2Foffres-emplois%2Fdetail%2F"
        "0f0e0d0c-0b0a-4909-8807-060504030201%2F"
    )
    card = (
        f'<a href="https://x1.r.eu-west-1.awstrack.me/L0/{target}/1/0102018c-aa/Zm9v=347">'
        "Chef de projet IT</a><p>Lieu : Fribourg</p><p>Entreprise : Sarine SA</p>"
        "<p>Salaire : CHF 95'000 – 110'000</p>"
    )
    job = _only_job(tmp_path / "j.eml", _two_part_mail("jobs.ch <alert@jobs.ch>", "Offres", card))
    assert (
        job.url
        == "https://www.jobs.ch/fr/offres-emplois/detail/0f0e0d0c-0b0a-4909-8807-060504030201"
    )
    assert (job.company, job.location, job.salary_raw) == (
        "Sarine SA",
        "Fribourg",
        "CHF 95'000 – 110'000",
    )


def test_a_google_job_alert_keys_each_job_by_its_docid(tmp_path: Path) -> None:
    rows = (
        '<table><tr><td><a href="https://www.google.com/search?q=qa&amp;ibp=htl;jobs#htivrt=jobs'
        '&amp;htidocid=Qa1Qa2Qa3%3D%3D">QA Engineer</a><br>Umber GmbH<br>Leipzig<br>über XING'
        "<br>vor 2 Tagen · Vollzeit</td></tr></table>"
    )
    mail = _two_part_mail("Google <notify-noreply@google.com>", "Neue Jobs für QA", rows)
    job = _only_job(tmp_path / "g.eml", mail)
    assert job.source_id == "googlejobs:Qa1Qa2Qa3=="
    assert (job.title, job.company, job.location) == ("QA Engineer", "Umber GmbH", "Leipzig")


def test_working_nomads_mailchimp_links_are_jobs_keyed_by_their_card(tmp_path: Path) -> None:
    card = (
        '<div><a href="https://workingnomads.us5.list-manage.com/track/click?u=1a&amp;id=2b&amp;'
        'e=3c">QA Engineer</a><p>Fjord Systems</p><p>Europe</p></div>'
        '<p><a href="https://workingnomads.us5.list-manage.com/track/click?u=1a&amp;id=9z">'
        "Unsubscribe</a></p>"
    )
    mail = _two_part_mail("Working Nomads <jobs@workingnomads.com>", "Remote jobs", card)
    job = _only_job(tmp_path / "wn.eml", mail)
    assert (job.title, job.company, job.location) == ("QA Engineer", "Fjord Systems", "Europe")
    assert job.source_id.startswith("url:")


_UPWORK, _LINKEDIN = (
    "upwork.com/jobs/~01aa11bb22cc33dd44",
    "linkedin.com/comm/jobs/view/4000000001/",
)
_STEPSTONE = "stepstone.de/stellenangebote--SRE-Berlin-Umber--1234567-inline.html"


@pytest.mark.parametrize(
    ("sender", "subject", "link", "jobs"),
    [
        ("Upwork <donotreply@upwork.com>", "A client viewed your proposal", _UPWORK, 0),
        ("LinkedIn <jobs-noreply@linkedin.com>", "Your application was viewed by Umber",
         _LINKEDIN, 0),
        ("Indeed Apply <indeedapply@indeed.com>", "Application submitted: SRE",
         "indeed.com/rc/clk?jk=0123456789abcdef", 0),
        ("XING <mailrobot@mail.xing.com>", "Ihre Bewerbung als SRE wurde versendet",
         "xing.com/jobs/berlin-sre-123456789", 0),
        ("Contra <hello@contra.com>", "Umber accepted your proposal",
         "contra.com/opportunity/sre-x1", 0),
        ("jobup.ch <noreply@jobup.ch>", "Votre candidature a été transmise",
         "jobup.ch/fr/emplois/detail/11112222-3333-4444-5555-666677778888/", 0),
        ("Gupy <noreply@gupy.io>", "Recebemos sua candidatura para SRE",
         "acme.gupy.io/jobs/8123", 0),
        ("Gupy <noreply@gupy.io>", "Candidatura enviada: SRE", "acme.gupy.io/jobs/8123", 0),
        ("Gupy <noreply@gupy.io>", "Novas vagas para você: SRE", "acme.gupy.io/jobs/8123", 1),
        # alerts whose subjects speak of applying, not of the user's application
        ("LinkedIn <jobalerts-noreply@linkedin.com>", "Apply now: 3 new SRE jobs", _LINKEDIN, 1),
        ("Upwork <donotreply@upwork.com>", "Jobs you can apply to today", _UPWORK, 1),
        ("StepStone <jobagent@stepstone.de>", "Jetzt bewerben: neue Jobs für Sie", _STEPSTONE, 1),
    ],
)  # fmt: skip
def test_mail_about_the_users_application_gives_no_job(
    tmp_path: Path, sender: str, subject: str, link: str, jobs: int
) -> None:
    card = f'<div><a href="https://www.{link}">SRE</a><p>Umber</p><p>Berlin</p></div>'
    (tmp_path / "m.eml").write_bytes(_two_part_mail(sender, subject, card))
    assert len(_run(tmp_path / "m.eml").postings) == jobs


def test_an_employer_alert_names_the_sender_as_employer_not_an_application(tmp_path: Path) -> None:
    rows = (
        '<table><tr><td><a href="https://job-boards.greenhouse.io/nordlicht/jobs/6123456?gh_src=a">'
        "Data Engineer</a></td><td>Hamburg, Germany</td></tr></table>"
        '<div><a href="https://jobs.lever.co/nordlicht/3f2a1b4c-5d6e-4f70-8a9b-0c1d2e3f4a5b">ML '
        "Engineer</a><div>Remote · Engineering – ML · Contract</div></div>"
    )
    sender = "Nordlicht Energy <no-reply@us.greenhouse-mail.io>"
    (tmp_path / "new.eml").write_bytes(_one_card_mail(sender, rows, "New jobs at Nordlicht"))
    found = _postings(_run(tmp_path / "new.eml"))
    data, ml = found["greenhouse:6123456"], found["lever:3f2a1b4c-5d6e-4f70-8a9b-0c1d2e3f4a5b"]
    assert (data.title, data.company, data.location) == (
        "Data Engineer",
        "Nordlicht Energy",
        "Hamburg, Germany",
    )
    assert (ml.location, ml.remote, ml.engagement) == ("Remote", True, "contract")
    (tmp_path / "new.eml").write_bytes(_one_card_mail(sender, rows, "Thank you for applying"))
    assert _run(tmp_path / "new.eml").postings == []


def test_an_ats_named_sender_leaves_the_employer_to_the_subject(tmp_path: Path) -> None:
    card = (
        '<a href="https://jobs.ashbyhq.com/orbitfin/aaaaaaaa-1111-4222-8333-444444444444">'
        "Backend Engineer</a><div>Engineering · Remote (EU)</div>"
    )
    mail = _one_card_mail("Ashby <no-reply@ashbyhq.com>", card, "New jobs at Orbitfin")
    job = _only_job(tmp_path / "a.eml", mail)
    assert (job.company, job.location) == ("Orbitfin", "Remote (EU)")


def test_google_careers_cards_name_their_company(tmp_path: Path) -> None:
    card = (
        '<a href="https://www.google.com/about/careers/applications/jobs/results/91234567-sre?'
        'utm_source=alert">Site Reliability Engineer</a><div>YouTube · Zürich, Switzerland</div>'
    )
    sender = "Google Careers <careers-noreply@google.com>"
    job = _only_job(tmp_path / "g.eml", _one_card_mail(sender, card))
    assert (job.company, job.location) == ("YouTube", "Zürich, Switzerland")
    assert job.url == "https://www.google.com/about/careers/applications/jobs/results/91234567-sre"


def test_a_link_around_the_title_and_its_company_line_is_titled_by_its_first_line(
    tmp_path: Path,
) -> None:
    card = (
        '<a href="https://www.linkedin.com/comm/jobs/view/4412345678/?trackingId=x">'
        "<span>Data Engineer</span><br><span>Quellwerk · Berlin (Remote)</span></a>"
        "<div>€90/hr - €110/hr</div>"
    )
    sender = "LinkedIn <jobalerts-noreply@linkedin.com>"
    job = _only_job(tmp_path / "li.eml", _one_card_mail(sender, card))
    assert (job.title, job.company, job.location) == (
        "Data Engineer",
        "Quellwerk",
        "Berlin (Remote)",
    )
    assert job.salary_raw == "€90/hr - €110/hr"


def test_upwork_mail_without_jobs_is_counted_not_kept() -> None:
    result = _run(ALERTS / "upwork_message_notice.eml")
    assert result.pages == [] and result.stats["skipped/upwork_without_jobs"] == 1


def test_wellfound_cards_and_a_subdomain_sender() -> None:
    assert parser_for("team@hi.wellfound.com") is parsers()["wellfound"]
    found = _postings(_run(ALERTS / "wellfound_job_digest.eml"))
    job = found["wellfound:2891234"]
    assert (job.title, job.company) == ("Senior Analytics Engineer", "Voltwerk")
    assert (job.location, job.engagement_raw) == ("Remote, Hamburg", "Full-time")
    assert job.salary_raw == "€85k – €105k • 0.05% – 0.2%"
    assert found["wellfound:2891301"].engagement == "contract"


def test_glassdoor_cards_are_whole_links_whose_bold_line_is_the_title() -> None:
    assert parser_for("noreply@glassdoor.co.uk") is parsers()["glassdoor"]
    found = _postings(_run(ALERTS / "glassdoor_job_alert.eml"))
    job = found["glassdoor:1009912345671"]  # linked from its logo and its card: one job
    assert job.url == "https://www.glassdoor.com/job-listing/j?jl=1009912345671"
    # the rating, "Easy Apply" and the age are dropped
    assert (job.title, job.company) == ("Senior Data Engineer (Contract)", "Voltwerk")
    assert job.location == "Remote"
    assert job.salary_raw == "$80K - $110K (Employer est.)"
    other = found["glassdoor:1009912345673"]
    assert (other.company, other.location) == ("Kestrel Robotics GmbH", "Munich, Germany")
    assert other.salary_raw is None


def test_a_german_glassdoor_card_drops_its_decimal_comma_rating() -> None:
    found = _postings(_run(ALERTS / "glassdoor_job_alert_de.eml"))
    job = found["glassdoor:1009912346671"]
    assert (job.company, job.location, job.salary_raw) == (
        "Voltwerk",  # not its rating line "4,1 ★"
        "Homeoffice",
        "50.000 € – 70.000 € (Schätzung des Arbeitgebers)",
    )


def test_a_glassdoor_card_linked_by_its_title_alone_is_read_around_it() -> None:
    mail = EmailMessage()
    mail["From"] = "Glassdoor <noreply@glassdoor.de>"
    mail["Message-ID"] = "<gd-title-only@mail.example>"
    link = "https://www.glassdoor.de/job-listing/datenengineer-JV_IC1.htm?jl=1009900000001"
    mail.set_content(
        f'<table><tr><td><a href="{link}&amp;utm_source=jobalert">Dateningenieur (m/w/d)</a>'
        "<div>Hafenblick Logistik 3.9 ★</div><div>Hamburg</div><div>Easy Apply</div>"
        "</td></tr></table>",
        subtype="html",
    )
    (job,) = parsers()["glassdoor"].jobs(mail)
    assert (job.key, job.title) == ("glassdoor:1009900000001", "Dateningenieur (m/w/d)")
    assert (job.company, job.location) == ("Hafenblick Logistik", "Hamburg")


def test_a_text_only_alert_is_read_from_its_text(tmp_path: Path) -> None:
    # the same LinkedIn alert, sent as text only (a client or account set to plain text)
    alert = BytesParser(policy=policy.default).parsebytes(
        (ALERTS / "linkedin_job_alert.eml").read_bytes()
    )
    assert isinstance(alert, EmailMessage)
    text = alert.get_body(preferencelist=("plain",))
    assert text is not None
    mail = EmailMessage()
    for header in ("From", "Subject", "Date", "Message-ID"):
        mail[header] = alert[header]
    mail.set_content(text.get_content(), cte="quoted-printable")  # links cut by soft breaks
    (tmp_path / "text.eml").write_bytes(mail.as_bytes())
    found = _postings(_run(tmp_path / "text.eml"))
    assert sorted(found) == ["linkedin:4390011223", "linkedin:4390011456", "linkedin:4390011789"]
    job = found["linkedin:4390011223"]
    assert (job.title, job.company) == ("Contract Analytics Engineer (dbt)", "Fernhill Analytics")
    assert job.location == "European Union (Remote)"


def _forward(subject: str, inline: bool) -> bytes:
    """The LinkedIn alert forwarded by the user: quoted inline (as Gmail does) or
    attached as a message (as Outlook may)."""
    raw = (ALERTS / "linkedin_job_alert.eml").read_bytes()
    alert = BytesParser(policy=policy.default).parsebytes(raw)
    assert isinstance(alert, EmailMessage)
    mail = EmailMessage()
    mail["From"] = "Alex Brandt <alex.brandt@mail.example>"
    mail["Subject"] = subject
    mail["Message-ID"] = f"<forward-{inline}@mail.example>"
    if inline:
        body = alert.get_body(preferencelist=("html",))
        assert body is not None
        mail.set_content(
            "---------- Forwarded message ---------\n"
            "From: LinkedIn Job Alerts <jobalerts-noreply@linkedin.com>\n"
            "Date: Tue, Dec 1, 2026 at 7:12 AM\n"
        )
        mail.add_alternative(body.get_content(), subtype="html")
    else:
        mail.set_content("see the attached alert")
        mail.add_attachment(alert)
    return mail.as_bytes()


@pytest.mark.parametrize(
    ("subject", "inline"), [("Fwd: data engineer jobs", True), ("WG: Jobs", False)]
)
def test_an_alert_the_user_forwarded_is_read_as_its_sender_wrote_it(
    tmp_path: Path, subject: str, inline: bool
) -> None:
    (tmp_path / "forward.eml").write_bytes(_forward(subject, inline))
    mine = _run(tmp_path, my_addresses=("alex.brandt@mail.example",))
    assert len(_postings(mine)) == 3
    assert [d["parser"] for d in _documents(mine)] == ["linkedin"]
    # anyone else's "forward" could quote a job platform's address: not read
    assert _run(tmp_path).postings == []


def test_a_forward_in_html_alone_names_its_sender_on_gmail_s_lines(tmp_path: Path) -> None:
    """Gmail's HTML puts the quoted sender's name and address in elements of their own."""
    raw = (ALERTS / "linkedin_job_alert.eml").read_bytes()
    alert = BytesParser(policy=policy.default).parsebytes(raw)
    assert isinstance(alert, EmailMessage)
    body = alert.get_body(preferencelist=("html",))
    assert body is not None
    header = (
        '<div class="gmail_quote"><div class="gmail_attr">---------- Forwarded message '
        '---------<br>From: <strong class="gmail_sendername">LinkedIn Job Alerts</strong> '
        "<span>&lt;jobalerts-noreply@linkedin.com&gt;</span><br>Date: Tue, Dec 1, 2026<br>"
        "Subject: data engineer<br></div><br>"
    )
    mail = EmailMessage()
    mail["From"], mail["Subject"] = "Alex Brandt <alex.brandt@mail.example>", "Fwd: jobs"
    mail.set_content(header + body.get_content(), subtype="html")
    (tmp_path / "forward.eml").write_bytes(mail.as_bytes())
    mine = _run(tmp_path, my_addresses=("alex.brandt@mail.example",))
    assert [d["parser"] for d in _documents(mine)] == ["linkedin"]
    assert len(_postings(mine)) == 3


def test_schema_org_markup_in_a_base64_part_is_read() -> None:
    (job,) = _postings(_run(ALERTS / "jsonld_careers_newsletter.eml")).values()
    assert job.url == "https://tidepool.example/careers/freelance-data-engineer"
    assert (job.title, job.company, job.location) == (
        "Freelance Data Engineer (Airflow)", "Tidepool Labs", "Germany",
    )  # fmt: skip
    assert job.engagement == "contract" and job.salary_raw == "85–100 EUR per HOUR"
    assert job.remote is True  # jobLocationType TELECOMMUTE: remote, from Germany


def test_a_stored_job_without_a_remote_flag_states_none() -> None:
    """Documents stored before the flag was kept read back as before."""
    (page,) = _run(ALERTS / "jsonld_careers_newsletter.eml").pages
    document = json.loads(page.body)
    assert document["jobs"][0]["remote"] is True
    del document["jobs"][0]["remote"]
    older = dataclasses.replace(page, body=json.dumps(document).encode())
    (posting,) = inbox.parse(older)
    assert isinstance(posting, Posting) and posting.remote is None


def test_pages_hold_job_fields_never_the_message() -> None:
    result = _run(ALERTS)  # a folder of .eml files
    stored = b"".join(page.body for page in result.pages)
    for words in (b"unsubscribe", b"Sunnyvale", b"saved job alert", b"Alex", b"lunch"):
        assert words.lower() not in stored.lower()
    document = _documents(_run(ALERTS / "linkedin_job_alert.eml"))[0]
    assert set(document) == {"message", "date", "parser", "jobs"}
    message_id = b"<1781249374.8812210.1764569564411@ltx1-app3101.prod.linkedin.com>"
    assert document["message"] == hashlib.sha256(message_id).hexdigest()[:16]
    assert result.stats["skipped/other_sender"] == 3  # the personal mails and the newsletter
    # of them only the mailing list is named, by its domain: a person's address never is
    named = {k: n for k, n in result.stats.items() if k.startswith(inbox.UNREAD_LIST)}
    assert named == {f"{inbox.UNREAD_LIST}dataweekly.example": 1}


def test_parse_reads_back_what_fetch_stored() -> None:
    result = _run(ALERTS / "indeed_job_alert.eml")
    again = [p for page in result.pages for p in inbox.parse(page)]
    assert again == [p.posting for p in result.postings]


def _ask_result(*paths: Path, **options: object) -> SourceResult:
    return _run(*paths, scan_messages=True, **options)


def test_a_personal_ask_keeps_only_its_sentence_sender_and_date() -> None:
    result = _ask_result(ALERTS / "personal_ask.eml")
    (ask,) = [p.posting for p in result.postings]
    assert ask.source == "network-message"
    assert ask.text == "Can you help us with the Airflow upgrade in January?"
    assert ask.poster == "Lena Roth"
    address = hashlib.sha256(b"lena@voltwerk.example").hexdigest()
    assert ask.extra == {"sender": f"email-sha256:{address}"}
    assert ask.posted_at is not None and ask.posted_at.isoformat() == "2026-11-26T17:22:10+00:00"
    stored = result.pages[0].body
    assert b"lena@" not in stored and b"creaking" not in stored and b"designer" not in stored


def test_no_ask_from_newsletters_the_user_or_without_opting_in() -> None:
    assert _ask_result(ALERTS / "newsletter_not_an_ask.eml").postings == []
    assert _ask_result(ALERTS / "personal_no_ask.eml").postings == []
    mine = _ask_result(ALERTS / "personal_ask.eml", my_addresses=("LENA@voltwerk.example",))
    assert mine.postings == []
    assert _run(ALERTS / "personal_ask.eml").postings == []  # scan_messages off


@functools.cache
def _shape(kind: int) -> bytes:
    """One of ten personal-mail shapes: attachments, mbox traps, other charsets."""
    mail = EmailMessage()
    mail["From"] = "Friend NNNN <friendNNNN@mail.example>"
    mail["To"] = "alex.brandt@mail.example"
    mail["Subject"] = "note NNNN"
    mail["Date"] = "Mon, 02 Nov 2026 10:00:00 +0000"
    mail["Message-ID"] = "<note-NNNN@mail.example>"
    body = "Hi,\n\nFrom the notes of meeting NNNN: nothing urgent, ça va.\n"
    mail.set_content(body, charset="iso-8859-1" if kind % 3 else "utf-8")
    if kind == 0:
        mail.add_attachment(bytes(range(256)) * 40, maintype="application", subtype="pdf")
    return mail.as_bytes()


def _message(index: int) -> bytes:
    return _shape(index % 10).replace(b"NNNN", str(index).encode())


def _alert(name: str, copy: int) -> bytes:
    raw = (ALERTS / name).read_bytes()
    # each copy its own message however its sender writes the header (folded): the same
    # message twice is read once
    return re.sub(rb"(?im)^(message-id:\s*<)", rb"\1copy%d." % copy, raw, count=1)


def _mbox(path: Path, personal: int, alerts: list[str]) -> None:
    """An mbox as Takeout writes it (mboxrd: body lines starting with "From " quoted),
    the alerts spread among the personal mail."""
    every = personal // max(len(alerts), 1) or 1
    with path.open("wb") as out:
        for i in range(personal):
            messages = [_message(i)] + (
                [_alert(alerts.pop(), i)] if i % every == 0 and alerts else []
            )
            for raw in messages:
                quoted = re.sub(rb"(?m)^(>*From )", rb">\1", raw.replace(b"\r\n", b"\n"))
                out.write(b"From 1781249374@xxx Mon Nov 02 10:00:00 +0000 2026\n" + quoted + b"\n")
        for i, name in enumerate(alerts):
            out.write(
                b"From 1781249374@xxx Mon Nov 02 10:00:00 +0000 2026\n"
                + _alert(name, 10_000 + i)
                + b"\n"
            )


def test_an_mbox_of_a_thousand_messages_with_thirty_alerts(tmp_path: Path) -> None:
    kinds = [name for name, parser, _ in EXPECTED if parser]
    path = tmp_path / "All mail Including Spam and Trash.mbox"
    _mbox(path, 970, [kinds[i % len(kinds)] for i in range(30)])
    before = (hashlib.sha256(path.read_bytes()).hexdigest(), path.stat().st_mtime_ns)
    result = _run(path)
    assert result.stats["inbox/messages"] == 1000
    assert len(result.pages) == 30
    assert result.stats["skipped/other_sender"] == 970
    # copies of one job are one posting
    assert len(_postings(result)) == sum(jobs for _, parser, jobs in EXPECTED if parser)
    assert (hashlib.sha256(path.read_bytes()).hexdigest(), path.stat().st_mtime_ns) == before


def test_a_body_line_starting_with_from_does_not_split_a_message(tmp_path: Path) -> None:
    path = tmp_path / "tricky.mbox"
    _mbox(path, 3, ["linkedin_job_alert.eml"])
    assert b"\n>From the notes" in path.read_bytes()  # mboxrd quoting, undone on reading
    result = _run(path)
    assert result.stats["inbox/messages"] == 4 and len(result.postings) == 3


def test_maildir_and_since(tmp_path: Path) -> None:
    box = mailbox.Maildir(str(tmp_path / "Maildir"))
    for name in ("linkedin_job_alert.eml", "wellfound_job_digest.eml"):
        box.add((ALERTS / name).read_bytes())
    assert len(_run(tmp_path / "Maildir").postings) == 5
    later = _run(tmp_path / "Maildir", since="2026-12-01")
    assert len(later.postings) == 3 and later.stats["skipped/before_since"] == 1


def test_a_takeout_folder_reads_its_mbox_and_eml_files_in_any_case(tmp_path: Path) -> None:
    # the user points at the unpacked Takeout (or a folder of saved mail), not the file
    mail = tmp_path / "Takeout" / "Mail"
    mail.mkdir(parents=True)
    _mbox(mail / "All mail Including Spam and Trash.mbox", 5, ["linkedin_job_alert.eml"])
    shutil.copy(ALERTS / "wellfound_job_digest.eml", tmp_path / "Digest.EML")
    result = _run(tmp_path)
    assert result.stats["inbox/messages"] == 5 + 1 + 1
    assert len(result.postings) == 3 + 2


def test_bad_paths_and_since_are_clear_errors(tmp_path: Path) -> None:
    result = _run(tmp_path / "missing.mbox")
    assert result.status == "failed" and "no such mbox file or mail folder" in result.errors[0]
    with pytest.raises(ConfigError, match="since: expected YYYY-MM-DD"):
        inbox.units(inbox.Settings(since="2.12.2026"))


def test_an_oversized_message_is_skipped_unread(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    shutil.copy(ALERTS / "indeed_job_alert.eml", tmp_path / "big.eml")
    monkeypatch.setattr(inbox, "MAX_MESSAGE_BYTES", 1000)
    result = _run(tmp_path / "big.eml")
    assert result.postings == [] and result.stats["skipped/too_large"] == 1


@pytest.mark.slow
def test_a_large_mbox_is_streamed_in_flat_memory() -> None:
    """The benchmark on 32 MiB: memory grows by about the largest message, not the file
    (`python -m benchmarks.mbox 1024` reads 1 GiB the same way)."""
    command = [sys.executable, "-m", "benchmarks.mbox", "32"]
    report = subprocess.run(command, capture_output=True, text=True, check=True).stdout
    found = re.search(r"peak memory: ([\d,]+) MiB before reading, ([\d,]+) MiB after", report)
    assert found is not None, report
    before, after = (float(n.replace(",", "")) for n in found.groups())
    assert after - before < 16, report  # half the file: the file is not held
    assert re.search(r"\b[1-9]\d* alert pages", report), report


def _latin1_markup_mail(word: bytes) -> bytes:
    """An unknown sender's alert: schema.org markup in a quoted-printable Latin-1 HTML
    part, which names its charset in a meta tag too."""
    html = (
        b'<html><head><meta charset=3D"iso-8859-1"><script type=3D"application/ld+json">'
        b'{"@type": "' + word + b'", "title": "Entwickler M=FCnchen", "url": '
        b'"https://saltgrass.example/jobs/7", "hiringOrganization": "Saltgrass"}'
        b"</script></head><body>Jobs</body></html>"
    )
    return b"\n".join([
        b"From: Saltgrass Careers <jobs@saltgrass.example>",
        b"Date: Mon, 02 Nov 2026 10:00:00 +0000",
        b"Message-ID: <roles-1@saltgrass.example>",
        b'Content-Type: multipart/alternative; boundary="b1"',
        b"", b"--b1", b"Content-Type: text/plain; charset=utf-8", b"", b"New roles.", b"--b1",
        b"Content-Type: text/html; charset=iso-8859-1",
        b"Content-Transfer-Encoding: quoted-printable", b"", html, b"--b1--", b"",
    ])  # fmt: skip


@pytest.mark.parametrize("word", [b"JobPosting", b"Job=\nPosting"], ids=["whole", "qp-split"])
def test_markup_in_a_quoted_printable_latin1_part_is_read(tmp_path: Path, word: bytes) -> None:
    # a soft line break may fall inside "JobPosting": the word is looked for across it
    job = _only_job(tmp_path / "roles.eml", _latin1_markup_mail(word))
    assert (job.title, job.company) == ("Entwickler München", "Saltgrass")


def test_an_alert_its_parser_cannot_read_costs_only_itself(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    for name in ("linkedin_job_alert.eml", "indeed_job_alert.eml"):
        shutil.copy(ALERTS / name, tmp_path / name)

    def broken(message: EmailMessage) -> list[object]:
        raise ValueError(str(message["Subject"]))  # an error that quotes the mail

    monkeypatch.setattr(parsers()["indeed"], "jobs", broken)
    result = _run(tmp_path)
    assert result.status == "ok"
    assert len(_postings(result)) == 3  # the LinkedIn alert's jobs stand
    assert result.stats["skipped/malformed"] == 1
    [error] = result.errors
    assert re.fullmatch(r"message:[0-9a-f]{16}: skipped 1 malformed item, the first: "
                        r"indeed: ValueError \(test_inbox\.py:\d+: .*\)", error)  # fmt: skip
    assert "data engineer" not in error.lower()  # the error's message is left out


def _cts(payload: bytes) -> str:
    """An Indeed `cts.indeed.com/v3/<token>/<signature>` link around a gzipped payload."""
    token = base64.urlsafe_b64encode(gzip.compress(payload)).decode().rstrip("=")
    return f"https://cts.indeed.com/v3/{token}/c2lnbmF0dXJl"


def test_an_indeed_tracker_token_that_holds_the_job_link_names_the_job(tmp_path: Path) -> None:
    link = _cts(b'{"u":"https:\\/\\/www.indeed.com\\/viewjob?jk=8c9d0e1f2a3b4c5d&from=ja"}')
    card = f'<a href="{link}"><b>Data Engineer</b></a></td></tr><tr><td>Redwood Mutual</td></tr>'
    job = _only_job(tmp_path / "i.eml", _one_card_mail("Indeed <alert@indeed.com>", card))
    assert (job.source_id, job.title, job.company) == (
        "indeed:8c9d0e1f2a3b4c5d", "Data Engineer", "Redwood Mutual"
    )  # fmt: skip


def test_an_opaque_indeed_tracker_keys_its_job_by_the_cards_text(tmp_path: Path) -> None:
    def mail(token: bytes) -> bytes:
        link, other = _cts(token), _cts(token + b"-unsubscribe")
        card = (
            f'<div><a href="{link}"><b>Data Engineer</b></a></div><div>Saltmarsh Logistics</div>'
            f'<div>Remote</div><p><a href="{other}">Unsubscribe</a></p>'
        )
        return _one_card_mail("Indeed <alert@indeed.com>", card)

    keys = []
    for n, token in enumerate((b"\x00\x13single-use-one", b"\x00\x13single-use-two")):
        (tmp_path / f"{n}.eml").write_bytes(mail(token))
        (job,) = _postings(_run(tmp_path / f"{n}.eml")).values()
        assert (job.title, job.company, job.location) == (
            "Data Engineer",
            "Saltmarsh Logistics",
            "Remote",
        )
        keys.append(job.source_id)
    assert keys[0] == keys[1] and keys[0].startswith("url:")  # one job in two alerts


def test_a_card_whose_details_are_the_rows_beside_its_title_keeps_them(tmp_path: Path) -> None:
    rows = (
        '<a href="https://de.indeed.com/rc/clk?jk=5f6a7b8c9d0e1f2a&from=ja"><b>Datenbankentwickler</b></a>'
        "</td></tr><tr><td>Stadtwerke Nordheim</td></tr><tr><td>Hannover</td></tr>"
        '<tr><td><a href="https://de.indeed.com/rc/clk?jk=6a7b8c9d0e1f2a3b&from=ja"><b>SQL-Entwickler</b></a>'
        "</td></tr><tr><td>Brückner IT GmbH</td></tr><tr><td>Homeoffice</td></tr>"
        '<tr><td><a href="https://de.indeed.com/alert/unsubscribe">Abmelden</a>'
    )
    (tmp_path / "i.eml").write_bytes(_one_card_mail("Indeed <alert@indeed.com>", rows))
    found = _postings(_run(tmp_path / "i.eml"))
    assert [(j.title, j.company, j.location) for j in found.values()] == [
        ("Datenbankentwickler", "Stadtwerke Nordheim", "Hannover"),
        ("SQL-Entwickler", "Brückner IT GmbH", "Homeoffice"),
    ]


def test_a_text_alert_whose_view_job_line_follows_a_blank_line(tmp_path: Path) -> None:
    mail = EmailMessage()
    mail["From"], mail["Subject"] = "Indeed <alert@indeed.com>", "Cloud Engineer @ Birchwood"
    mail.set_content(
        "Hi Alex,\n\nCloud Engineer\nBirchwood Systems\nDenver, CO\n\n"
        "View job: https://www.indeed.com/rc/clk?jk=7b8c9d0e1f2a3b4c&from=ja\n"
        "Apply now: https://www.indeed.com/rc/clk?jk=7b8c9d0e1f2a3b4c&from=ja&apply=1\n"
    )
    job = _only_job(tmp_path / "t.eml", mail.as_bytes())
    assert (job.source_id, job.title, job.company, job.location) == (
        "indeed:7b8c9d0e1f2a3b4c", "Cloud Engineer", "Birchwood Systems", "Denver, CO"
    )  # fmt: skip


def test_an_employer_careers_link_with_gh_jid_is_its_greenhouse_job(tmp_path: Path) -> None:
    card = (
        '<div><a href="https://kiln.example/careers/?gh_jid=5512340001&utm_medium=email">'
        "Data Developer</a><p>London · Contract</p></div>"
    )
    sender = "Kiln Studio <no-reply@greenhouse-mail.io>"
    job = _only_job(tmp_path / "g.eml", _one_card_mail(sender, card, "New jobs at Kiln Studio"))
    assert (job.source_id, job.url) == (
        "greenhouse:5512340001", "https://kiln.example/careers/?gh_jid=5512340001"
    )  # fmt: skip


def _sparkpost(target: str, after: bytes = b"W\x03abc") -> str:
    """An `engage.indeed.com` link as SparkPost writes it: a binary record whose URL field
    is `D`, the URL's length, the URL; another field may follow it."""
    record = b"F\x04\x65\x12\x34\x56" + b"D" + bytes([len(target)]) + target.encode() + after
    token = base64.urlsafe_b64encode(record).decode().rstrip("=")
    return f"https://engage.indeed.com/f/a/Zx8aQwErTyUiOpAsDfGhJk~~/AAAAAQA~/{token}~~"


def test_an_indeed_engage_link_names_the_job_its_sparkpost_record_holds(tmp_path: Path) -> None:
    # the field after the URL is printable too: the stated length, not the bytes, ends it
    link = _sparkpost("https://www.indeed.com/rc/clk?jk=1a2b3c4d5e6f7a8b&from=ja", b"Wxyz")
    card = f'<a href="{link}">Rust Developer</a></td></tr><tr><td>Fjordline AS</td></tr>'
    job = _only_job(tmp_path / "i.eml", _one_card_mail("Indeed <alert@indeed.com>", card))
    assert (job.source_id, job.url, job.company) == (
        "indeed:1a2b3c4d5e6f7a8b", "https://www.indeed.com/viewjob?jk=1a2b3c4d5e6f7a8b",
        "Fjordline AS",
    )  # fmt: skip


@pytest.mark.parametrize(
    ("rows", "company", "place"),
    [
        (["Harbor & Pine Ltd - Bristol"], "Harbor & Pine Ltd", "Bristol"),  # a text alert
        (["Lumen GmbH 4,1 - Hamburg", "Remote"], "Lumen GmbH", "Hamburg"),  # rated, one line
        (["Smith - Jones Partners", "Leeds"], "Smith - Jones Partners", "Leeds"),  # its name
    ],
)
def test_an_indeed_card_with_company_and_place_on_one_line_splits_it(
    tmp_path: Path, rows: list[str], company: str, place: str
) -> None:
    cells = "".join(f"</td></tr><tr><td>{row}" for row in rows)
    card = f'<a href="https://uk.indeed.com/rc/clk?jk=0a1b2c3d4e5f6a7b">Analyst</a>{cells}'
    job = _only_job(tmp_path / "i.eml", _one_card_mail("Indeed <alert@indeed.com>", card))
    assert (job.company, job.location) == (company, place)


@pytest.mark.parametrize(
    ("row", "company", "place"),
    [
        ("株式会社ネクストウェーブ - 東京都渋谷区", "株式会社ネクストウェーブ", "東京都渋谷区"),
        ("北海道ソフト株式会社 - 北海道札幌市中央区", "北海道ソフト株式会社", "北海道札幌市中央区"),
        ("株式会社デザインラボ 3.8 - 福岡県福岡市", "株式会社デザインラボ", "福岡県福岡市"),
    ],
)
def test_an_indeed_japan_card_splits_its_company_from_its_address(
    tmp_path: Path, row: str, company: str, place: str
) -> None:
    """A Japanese snippet is short ("自社サービスのAPI開発。"), yet a sentence, not a field:
    the company's line is split at the dash before the address."""
    card = (
        '<a href="https://jp.indeed.com/rc/clk?jk=a1b2c3d4e5f60718&from=ja">バックエンド</a>'
        f"<div>{row}</div><div>月給 40万円 ~ 60万円</div>"
        "<div>自社サービスのAPI開発。リモート可。</div>"
    )
    job = _only_job(tmp_path / "i.eml", _one_card_mail("Indeed <alert@jp.indeed.com>", card))
    assert (job.company, job.location, job.salary_raw) == (company, place, "月給 40万円 ~ 60万円")
    assert job.text == "自社サービスのAPI開発。リモート可。"


def test_a_lancers_cards_kind_of_pay_is_its_terms_not_its_company(tmp_path: Path) -> None:
    card = (
        '<a href="https://www.lancers.jp/work/detail/5123456">ECサイトのLP制作</a>'
        "<div>固定報酬制</div><div>予算：50,000円〜100,000円</div><div>残り5日</div>"
    )
    job = _only_job(tmp_path / "l.eml", _one_card_mail("Lancers <noreply@lancers.jp>", card))
    assert (job.company, job.engagement_raw, job.salary_raw) == (
        None, "固定報酬制", "予算：50,000円〜100,000円",
    )  # fmt: skip


def test_a_card_whose_company_row_comes_before_its_title_names_it(tmp_path: Path) -> None:
    jobs = (
        '<div><p>Kestrel Labs</p><a href="https://www.welcometothejungle.com/fr/companies/'
        'kestrel/jobs/data-engineer_paris">Data Engineer</a><p>Paris · Télétravail</p></div>'
        '<div><p>Olmo Santé</p><a href="https://www.welcometothejungle.com/fr/companies/olmo/'
        'jobs/dev-react_lyon">Développeur React</a><p>Lyon</p></div>'
    )
    (tmp_path / "w.eml").write_bytes(_one_card_mail("WTTJ <jobs@welcometothejungle.com>", jobs))
    postings = _postings(_run(tmp_path / "w.eml")).values()
    found = {p.title: (p.company, p.location) for p in postings}
    assert found == {
        "Data Engineer": ("Kestrel Labs", "Paris · Télétravail"),
        "Développeur React": ("Olmo Santé", "Lyon"),
    }


def test_a_greeting_above_a_one_job_alert_is_no_company(tmp_path: Path) -> None:
    card = (
        '<p>Hi Sam, one new job for you:</p><a href="https://app.otta.com/jobs/Qm7Tx2">'
        "Product Designer</a><p>Quarry Health · London</p>"
    )
    job = _only_job(tmp_path / "o.eml", _one_card_mail("Otta <hello@otta.com>", card))
    assert (job.company, job.location) == ("Quarry Health", "London")


def test_freelancer_and_peopleperhour_alerts_are_freelance_projects(tmp_path: Path) -> None:
    freelancer = (
        '<div><a href="https://www.freelancer.com/projects/python/clean-up-csv-exports?'
        'utm_source=email">Clean up CSV exports</a><p>Budget: $30 - $250 USD</p>'
        "<p>Python, Pandas</p></div>"
    )
    pph = (
        '<div><a href="https://www.peopleperhour.com/freelance-jobs/design/logo-design/'
        'logo-for-a-bakery-4213391?ref=email">Logo for a bakery</a><p>£25/hr</p>'
        "<p>Hourly · London</p></div>"
    )
    (tmp_path / "f.eml").write_bytes(
        _one_card_mail("Freelancer <noreply@notifications.freelancer.com>", freelancer)
    )
    (tmp_path / "p.eml").write_bytes(
        _one_card_mail("PeoplePerHour <noreply@peopleperhour.com>", pph)
    )
    found = _postings(_run(tmp_path))
    project, job = found["freelancer:clean-up-csv-exports"], found["peopleperhour:4213391"]
    assert (project.title, project.salary_raw, project.company, project.engagement) == (
        "Clean up CSV exports", "Budget: $30 - $250 USD", None, "freelance"
    )  # fmt: skip
    assert "Python, Pandas" in project.text
    assert (job.salary_raw, job.engagement_raw, job.location) == ("£25/hr", "Hourly", "London")


def test_marketplace_mail_about_payments_and_proposals_gives_no_job(tmp_path: Path) -> None:
    payment = (
        '<p>Your milestone payment was released.</p><a href="https://www.freelancer.com/'
        'projects/python/clean-up-csv-exports/payments">View payments</a>'
    )
    proposal = '<a href="https://www.peopleperhour.com/dashboard/seller/proposals">Proposals</a>'
    (tmp_path / "f.eml").write_bytes(_one_card_mail("Freelancer <noreply@freelancer.com>", payment))
    (tmp_path / "p.eml").write_bytes(_one_card_mail("PPH <noreply@peopleperhour.com>", proposal))
    result = _run(tmp_path)
    assert result.postings == []
    assert result.stats["skipped/marketplaces_without_jobs"] == 2


def test_a_french_board_alert_keeps_its_jobs_and_drops_its_footer() -> None:
    found = _postings(_run(ALERTS / "hellowork_alerte_fr.eml"))
    assert set(found) == {"hellowork:61234567", "hellowork:61234890", "hellowork:61235002"}
    job = found["hellowork:61234567"]
    assert (job.title, job.company, job.location, job.salary_raw) == (
        "Développeur PHP Symfony H/F", "Éditions Pervenche", "Angers - 49",
        "36 000 - 42 000 € / an",
    )  # fmt: skip
    assert job.url == "https://www.hellowork.com/fr-fr/emplois/61234567.html"
    # the job behind a click tracker's `url=`, its tracking removed
    assert (
        found["hellowork:61235002"].url == "https://www.hellowork.com/fr-fr/emplois/61235002.html"
    )
    assert found["hellowork:61234890"].company == "Coopérative Ligérienne"


def test_a_gupy_alert_keys_both_link_shapes_by_the_job_id() -> None:
    found = _postings(_run(ALERTS / "gupy_alerta_vagas_pt.eml"))
    assert set(found) == {"gupy:8123456", "gupy:8123999"}
    job = found["gupy:8123999"]
    assert (job.title, job.company, job.location) == (
        "Analista de Segurança da Informação Sênior", "Sabiá Seguros", "Remoto",
    )  # fmt: skip
    assert found["gupy:8123456"].location == "Belo Horizonte - MG"


def test_portuguese_labelled_lines_and_kinds_of_work(tmp_path: Path) -> None:
    card = (
        '<div><a href="https://www.vagas.com.br/vagas/v2840777/analista-de-dados">'
        "Analista de Dados</a>"
        "<p>Empresa: Cooperativa Ametista</p><p>Local: Goiânia / GO</p>"
        "<p>Salário: R$ 6.500,00</p><p>Tipo de contrato: CLT</p><p>Há 3 dias</p></div>"
    )
    mail = _two_part_mail("VAGAS.com <avisos@vagas.com.br>", "Novas vagas", card)
    job = _only_job(tmp_path / "v.eml", mail)
    assert (job.company, job.location, job.salary_raw) == (
        "Cooperativa Ametista", "Goiânia / GO", "R$ 6.500,00",
    )  # fmt: skip


def test_a_dice_alert_keeps_its_tax_terms_beside_the_job(tmp_path: Path) -> None:
    card = (
        '<a href="https://www.dice.com/job-detail/7a6b5c4d-3e2f-4a1b-9c8d-7e6f5a4b3c2d'
        '?utm_source=jobalert">Snowflake Data Engineer</a>'
        "<div>Brightline Staffing</div><div>Irving, TX</div><div>Contract - Corp-To-Corp</div>"
    )
    job = _only_job(tmp_path / "dice.eml", _one_card_mail("Dice <jobalerts@dice.com>", card))
    assert job.source_id == "dice:7a6b5c4d-3e2f-4a1b-9c8d-7e6f5a4b3c2d"
    assert (job.title, job.company, job.location) == (
        "Snowflake Data Engineer", "Brightline Staffing", "Irving, TX",
    )  # fmt: skip
    assert "Corp-To-Corp" in " ".join(filter(None, (job.engagement_raw, job.text)))


@pytest.mark.parametrize(
    ("sender", "card", "key", "fields"),
    [
        ("Computrabajo <alertas@computrabajo.com>",
         '<a href="https://ar.computrabajo.com/ofertas-de-trabajo/oferta-de-trabajo-de-dev-node-en-'
         'cordoba-0A1B2C3D4E5F60718293A4B5C6D7E8F9"><b>Desarrollador Node.js</b></a>'
         "<p>Lumbre SRL</p><p>Córdoba, Córdoba</p><p>$ 1.300.000 (Mensual)</p>",
         "computrabajo:0a1b2c3d4e5f60718293a4b5c6d7e8f9",
         ("Desarrollador Node.js", "Lumbre SRL", "Córdoba, Córdoba", "$ 1.300.000 (Mensual)")),
        ("Bumeran <noreply@bumeran.com.ar>",
         '<a href="https://www.bumeran.com.ar/empleos/dev-react-lumbre-1118000222.html">'
         "Dev React</a><p>Lumbre SA</p><p>Rosario, Santa Fe · Remoto</p>",
         "bumeran:1118000222", ("Dev React", "Lumbre SA", "Rosario, Santa Fe · Remoto", None)),
        ("Get on Board <team@getonbrd.com>",
         '<a href="https://www.getonbrd.com/jobs/programming/backend-node-ceibo-remote">'
         "Backend Node</a><p>Ceibo</p><p>Remote (Latin America)</p><p>USD 3000 - 4000/month</p>",
         "getonbrd:backend-node-ceibo-remote",
         ("Backend Node", "Ceibo", "Remote (Latin America)", "USD 3000 - 4000/month")),
        ("Workana <noreply@workana.com>",
         '<a href="https://www.workana.com/job/api-en-node-js">API en Node.js</a>'
         "<p>Presupuesto: USD 250 - 1.000</p><p>Programación y Tecnología</p>",
         "workana:api-en-node-js",
         ("API en Node.js", None, None, "Presupuesto: USD 250 - 1.000")),
        # Colombia's elempleo.com and Magneto365, Torre: the link shapes are assumed
        ("elempleo.com <alertas@elempleo.com>",
         '<a href="https://www.elempleo.com/co/ofertas-trabajo/desarrollador-front-end-react/'
         '1886543210?utm_source=alerta">Desarrollador Front-End React</a>'
         "<p>Fintech Andina S.A.S.</p><p>Bogotá</p><p>$ 6.000.000 a $ 7.500.000</p>",
         "elempleo:1886543210",
         ("Desarrollador Front-End React", "Fintech Andina S.A.S.", "Bogotá",
          "$ 6.000.000 a $ 7.500.000")),
        ("Magneto <notificaciones@magneto365.com>",
         '<a href="https://www.magneto365.com/co/empleos/disenador-ux-ui-en-medellin-4455667">'
         "Diseñador UX/UI</a><p>Comercializadora La Sabana</p><p>Medellín, Antioquia</p>",
         "magneto:4455667",
         ("Diseñador UX/UI", "Comercializadora La Sabana", "Medellín, Antioquia", None)),
        ("Torre <notifications@torre.ai>",
         '<a href="https://torre.ai/post/Xr4Kp9Qz-sunrise-apps-front-end-developer">'
         "Front-end Developer</a><p>Sunrise Apps</p><p>Remote, Latin America</p>"
         "<p>USD 4,000 - 5,000/month</p>",
         "torre:Xr4Kp9Qz",
         ("Front-end Developer", "Sunrise Apps", "Remote, Latin America",
          "USD 4,000 - 5,000/month")),
    ],
)  # fmt: skip
def test_a_latin_american_board_alert_gives_its_job(
    tmp_path: Path, sender: str, card: str, key: str, fields: tuple[str | None, ...]
) -> None:
    job = _only_job(tmp_path / "m.eml", _two_part_mail(sender, "Nuevos empleos para vos", card))
    assert job.source_id == key
    assert (job.title, job.company, job.location, job.salary_raw) == fields
    # Workana's projects are freelance work, the boards' jobs of any terms
    assert (job.engagement == "freelance") == key.startswith("workana:")


@pytest.mark.parametrize(
    "line",
    ["Contrato a término indefinido", "Término fijo", "Obra o labor", "Prestación de servicios"],
)
def test_a_colombian_card_keeps_its_kind_of_work_apart_from_the_place(
    tmp_path: Path, line: str
) -> None:
    card = (
        '<a href="https://co.computrabajo.com/ofertas-de-trabajo/oferta-de-trabajo-de-dev-react-en-'
        'bogota-dc-1A2B3C4D5E6F708192A3B4C5D6E7F809"><b>Desarrollador React</b></a>'
        f"<p>Andina SAS</p><p>Usaquén, Bogotá, D.C.</p><p>$ 6.500.000 (Mensual)</p><p>{line}</p>"
    )
    mail = _two_part_mail("Computrabajo <alertas@computrabajo.com.co>", "Nuevas ofertas", card)
    job = _only_job(tmp_path / "m.eml", mail)
    # the ranking reads the kind of work (tests/ranking/test_engagement.py)
    assert (job.location, job.engagement_raw) == ("Usaquén, Bogotá, D.C.", line)


def test_a_latin_american_board_s_mail_about_an_application_gives_no_job(tmp_path: Path) -> None:
    link = "https://www.bumeran.com.ar/empleos/dev-react-lumbre-1118000222.html"
    card = f'<a href="{link}">Dev React</a>'
    mail = _two_part_mail("Bumeran <noreply@bumeran.com.ar>", "Tu postulación fue vista", card)
    (tmp_path / "m.eml").write_bytes(mail)
    assert _run(tmp_path / "m.eml").postings == []


def test_spanish_board_alerts_keep_the_kind_of_work_and_drop_a_translation_jobs_subject() -> None:
    found = _postings(
        _run(
            *(
                ALERTS / name
                for name in (
                    "infojobs_alerta_es.eml",
                    "tecnoempleo_alerta_es.eml",
                    "proz_job_notification.eml",
                )
            )
        )
    )
    job = found["infojobs:3f2a9c8d7e6b5a4c3d2e1f0a9b8c7d"]
    assert (job.title, job.company, job.location, job.engagement_raw) == (
        "Redactor/a de contenidos SEO",
        "Cerámicas del Turia S.L.",
        "Valencia",
        "Contrato indefinido",
    )
    assert found["infojobs:0a1b2c3d4e5f60718293a4b5c6d7e"].engagement_raw == "Autónomo"
    assert found["tecnoempleo:5d4c3b2a1f0e9d8c7b6a"].salary_raw == "30.000 - 35.000 €/año"
    proz = found["proz:2034567"]
    # "Languages: English to Spanish" and "Field: Marketing" are what the job is about
    assert (proz.company, proz.location, proz.salary_raw) == (None, None, "0.09 EUR per word")


def test_every_platform_an_alert_can_name_has_a_short_credit() -> None:
    from extractors._joburls import _BOARDS
    from extractors.inbox.senders import parsers

    named = {name for name, _, _ in _BOARDS}
    named |= {p for parser in parsers().values() for p in getattr(parser, "PLATFORMS", ())}
    named |= {"linkedin", "indeed", "upwork", "wellfound", "glassdoor"}  # job_key's own
    assert named <= set(inbox.CREDITS), sorted(named - set(inbox.CREDITS))
    assert all(len(c.partition(": ")[0]) <= 40 for c in inbox.CREDITS.values())
    assert len(inbox.ATTRIBUTION.partition(": ")[0]) <= 40  # no list of every sender


def test_a_wanted_card_drops_the_years_of_experience_beside_its_place(tmp_path: Path) -> None:
    card = (
        '<a href="https://www.wanted.co.kr/wd/281734?utm_source=email">풀스택 개발자</a>'
        "<div>노을랩스</div><div>서울 강남구 · 경력 3-7년</div><div>정규직</div>"
        '<a href="https://www.wanted.co.kr/wd/281734">지원하기</a>'
    )
    job = _only_job(tmp_path / "w.eml", _one_card_mail("원티드 <noreply@wanted.co.kr>", card))
    assert (job.source_id, job.company, job.location, job.engagement_raw) == (
        "wanted:281734", "노을랩스", "서울 강남구", "정규직",
    )  # fmt: skip


def test_a_saramin_card_is_known_by_the_rec_idx_of_its_link(tmp_path: Path) -> None:
    # Saramin links a job by the query's rec_idx, wrapped in its own tracking keys
    link = (
        "https://www.saramin.co.kr/zf_user/jobs/relay/view?view_type=mail&rec_idx=51234567"
        "&utm_source=mail&utm_campaign=recommend"
    )
    card = (
        f'<a href="{link}">[정규직] 백엔드 개발자 (Java/Spring)</a>'
        "<div>(주)한빛소프트랩</div><div>서울 마포구 · 경력 3년↑</div>"
        "<div>연봉 5천만원~7천만원</div>"
        '<a href="https://www.saramin.co.kr/zf_user/jobs/view?rec_idx=51234567">지원하기</a>'
    )
    job = _only_job(tmp_path / "s.eml", _one_card_mail("사람인 <noreply@saramin.co.kr>", card))
    assert (job.source_id, job.company, job.location) == (
        "saramin:51234567", "(주)한빛소프트랩", "서울 마포구",
    )  # fmt: skip
    assert job.url == "https://www.saramin.co.kr/zf_user/jobs/relay/view?rec_idx=51234567"


@pytest.mark.parametrize(
    ("rows", "company", "place", "pay"),
    [
        # a project's price and length, and remote work on the terms' line
        ("<div>예상 금액: 2,000만원</div><div>예상 기간: 60일</div><div>외주(도급) · 원격</div>",
         None, "원격", "예상 금액: 2,000만원"),
        # a month's price, and a Korean address alone on its line: the place, no company
        ("<div>월 650만원 · 6개월</div><div>기간제 · 서울 강남구</div>",
         None, "서울 강남구", "월 650만원 · 6개월"),
    ],
)  # fmt: skip
def test_a_wishket_project_card_reads_its_price_and_place(
    tmp_path: Path, rows: str, company: str | None, place: str, pay: str
) -> None:
    link = "https://www.wishket.com/project/148213/?utm_source=newsletter"
    card = f'<a href="{link}">API 개발</a>{rows}'
    job = _only_job(tmp_path / "k.eml", _one_card_mail("위시켓 <no-reply@wishket.com>", card))
    assert (job.source_id, job.company, job.location, job.salary_raw) == (
        "wishket:148213", company, place, pay,
    )  # fmt: skip
    assert job.engagement == "freelance"


def test_a_kmong_request_is_a_freelance_project_at_its_budget(tmp_path: Path) -> None:
    # Kmong's project requests (assumed shape: the title linked to its request, then the
    # client's budget and period); the request's budget is its price, not a year's pay
    link = "https://kmong.com/custom-project/requests/402311?utm_source=email"
    rows = "<div>희망 예산: 1,500만원</div><div>희망 기간: 2개월</div><div>원격</div>"
    card = f'<a href="{link}">쇼핑몰 React 프론트엔드 개발</a>{rows}'
    job = _only_job(tmp_path / "m.eml", _one_card_mail("크몽 <noreply@kmong.com>", card))
    assert (job.source_id, job.location, job.salary_raw, job.engagement) == (
        "kmong:402311", "원격", "희망 예산: 1,500만원", "freelance",
    )  # fmt: skip


@pytest.mark.parametrize(
    ("sender", "link", "pay"),
    [
        # a pay label that names the period stays with its amount ("시급: 5만원" alone
        # would be "5만원", no period)
        ("잡코리아 <alert@jobkorea.co.kr>", "https://www.jobkorea.co.kr/Recruit/GI_Read/45120001",
         "시급: 5만원"),
        ("잡코리아 <alert@jobkorea.co.kr>", "https://www.jobkorea.co.kr/Recruit/GI_Read/45120002",
         "월 단가: 700만원"),
        # a pay line in 억 is pay
        ("로켓펀치 <noreply@rocketpunch.com>", "https://www.rocketpunch.com/jobs/130551/frontend",
         "연봉 8천만원~1억원"),
    ],
)  # fmt: skip
def test_a_korean_cards_pay_keeps_the_words_that_name_its_period(
    tmp_path: Path, sender: str, link: str, pay: str
) -> None:
    card = (
        f'<a href="{link}">프론트엔드 개발자</a><div>퀀텀핀테크</div><div>서울 영등포구</div>'
        f"<div>{pay}</div>"
    )
    job = _only_job(tmp_path / "p.eml", _one_card_mail(sender, card))
    assert job.salary_raw == pay


def test_a_bdjobs_card_is_known_by_the_id_of_its_link(tmp_path: Path) -> None:
    # Bdjobs links a job by the query's id, beside the page's language (`ln`)
    card = (
        '<a href="https://jobs.bdjobs.com/jobdetails.asp?id=1298765&ln=1&utm_source=alert">'
        "Senior Laravel Developer</a>"
        "<div>Nexa Soft Ltd.</div><div>Dhaka (Banani)</div>"
        "<div>Tk. 60,000 - 90,000 (Monthly)</div>"
    )
    job = _only_job(tmp_path / "b.eml", _one_card_mail("Bdjobs.com <jobalert@bdjobs.com>", card))
    assert (job.source_id, job.company, job.location) == (
        "bdjobs:1298765", "Nexa Soft Ltd.", "Dhaka (Banani)",
    )  # fmt: skip
    assert job.url == "https://jobs.bdjobs.com/jobdetails.asp?id=1298765"
    assert job.salary_raw == "Tk. 60,000 - 90,000 (Monthly)"
