"""Czech and Slovak job boards' alerts: Jobs.cz, Prace.cz, StartupJobs and Profesia, their
cards in Czech or Slovak (a setting line, the kind of contract, pay in crowns or euros)."""

from __future__ import annotations

from pathlib import Path

import pytest

from extractors._joburls import board_key, national_country
from tests.extractors.test_inbox import _one_card_mail, _only_job, _run

P = pytest.param


@pytest.mark.parametrize(
    ("url", "key"),
    [
        ("https://www.jobs.cz/rpd/2000654321/?searchId=abc&rps=233", "jobscz:2000654321"),
        ("https://www.jobs.cz/prace/praha/", None),
        ("https://www.prace.cz/nabidka/2000765432/", "pracecz:2000765432"),
        ("https://www.prace.cz/hledat/?searchForm[profs]=python", None),
        ("https://www.startupjobs.cz/nabidka/81234/backend-engineer-python",
         "startupjobs:81234"),
        ("https://www.startupjobs.cz/startup/cocuma", None),
        ("https://www.profesia.sk/praca/tatra-fintech/O4567890", "profesia:4567890"),
        ("https://www.profesia.cz/prace/vltava-software/O1234567", "profesia:1234567"),
        ("https://www.profesia.sk/praca/bratislava/", None),
        ("https://www.cocuma.cz/job/datovy-analytik/10295/?utm_source=newsletter",
         "cocuma:10295"),
        ("https://www.cocuma.cz/company/vltava-software/jobs/", None),
        ("https://jobs.techloop.io/job/21664", "techloop:21664"),
        ("https://techloop.io/jobs", None),
    ],
)  # fmt: skip
def test_czech_board_links_name_their_job(url: str, key: str | None) -> None:
    found = board_key(url)
    assert (found[0] if found else None) == key


@pytest.mark.parametrize(
    ("sender", "url", "country"),
    [
        P("Jobs.cz <agent@jobs.cz>", "https://www.jobs.cz/rpd/2000654321/", "CZ", id="jobs.cz"),
        P("Prace.cz <info@prace.cz>", "https://www.prace.cz/nabidka/2000765432/", "CZ",
          id="prace.cz"),
        P("StartupJobs <noreply@startupjobs.cz>",
          "https://www.startupjobs.cz/nabidka/81234/backend-engineer-python", "CZ",
          id="startupjobs"),
        P("Cocuma <jobs@cocuma.cz>", "https://www.cocuma.cz/job/python-backend/10311/", "CZ",
          id="cocuma"),
        P("Profesia.sk <agent@profesia.sk>",
          "https://www.profesia.sk/praca/vltava-software/O4567891", "SK", id="profesia"),
    ],
)  # fmt: skip
def test_a_czech_board_card_keeps_its_place_terms_and_pay(
    tmp_path: Path, sender: str, url: str, country: str
) -> None:
    card = (
        f'<a href="{url}">Python Backend Developer</a><div>Vltava Software s.r.o.</div>'
        "<div>Praha 5 – Smíchov</div><div>Hybridní práce</div><div>IČO</div>"
        "<div>6 000 – 8 000 Kč/MD</div>"
    )
    job = _only_job(tmp_path / "cz.eml", _one_card_mail(sender, card, "Nové nabídky práce"))
    assert (job.title, job.company, job.location, job.salary_raw) == (
        "Python Backend Developer", "Vltava Software s.r.o.", "Praha 5 – Smíchov (Hybridní práce)",
        "6 000 – 8 000 Kč/MD",
    )  # fmt: skip
    assert national_country(job.url) == country


def test_indeed_czech_cards_keep_their_kind_of_work(tmp_path: Path) -> None:
    card = (
        '<a href="https://cz.indeed.com/rc/clk?jk=c0c0c0c0c0c0c0c0&amp;from=ja">Python vývojář</a>'
        "<div>Brněnská Data s.r.o.</div><div>Brno</div><div>50 000 Kč–70 000 Kč za měsíc</div>"
        "<div>Plný úvazek</div>"
    )
    job = _only_job(tmp_path / "i.eml", _one_card_mail("Indeed <alert@indeed.com>", card))
    assert (job.company, job.location, job.salary_raw, job.engagement_raw) == (
        "Brněnská Data s.r.o.",
        "Brno",
        "50 000 Kč–70 000 Kč za měsíc",
        "Plný úvazek",
    )
    assert national_country(job.url) == "CZ"


def test_a_notice_of_ones_own_response_brings_no_job(tmp_path: Path) -> None:
    card = '<a href="https://www.jobs.cz/rpd/2001234567/">Frontend vývojář/ka</a>'
    mail = _one_card_mail("Jobs.cz <info@jobs.cz>", card, "Vaše odpověď byla zobrazena")
    (tmp_path / "v.eml").write_bytes(mail)
    assert _run(tmp_path / "v.eml").postings == []
