"""Philippine job boards' alerts: OnlineJobs.ph, JobStreet (SEEK's Asian sites) and
Kalibrr, with pay in US dollars or pesos."""

from __future__ import annotations

from pathlib import Path

import pytest

from extractors._joburls import board_key, national_country
from tests.extractors.test_inbox import _one_card_mail, _only_job

P = pytest.param


@pytest.mark.parametrize(
    ("url", "key"),
    [
        ("https://www.onlinejobs.ph/jobseekers/job/WordPress-Developer-Full-Time-1187342",
         "onlinejobs:1187342"),
        ("https://www.onlinejobs.ph/jobseekers/jobsearch?jobkeyword=shopify", None),
        ("https://ph.jobstreet.com/job/81234567?type=standard&ref=recom-email",
         "jobstreet:81234567"),
        ("https://www.jobstreet.com.my/job/79123456", "jobstreet:79123456"),
        ("https://ph.jobstreet.com/wordpress-developer-jobs/in-Metro-Manila", None),
        ("https://www.kalibrr.com/c/sunbeam-digital/jobs/234567/shopify-developer",
         "kalibrr:234567"),
        ("https://www.kalibrr.com/c/sunbeam-digital/jobs", None),
    ],
)  # fmt: skip
def test_philippine_board_links_name_their_job(url: str, key: str | None) -> None:
    found = board_key(url)
    assert (found[0] if found else None) == key


@pytest.mark.parametrize(
    ("url", "country"),
    [
        ("https://www.onlinejobs.ph/jobseekers/job/Shopify-VA-1187355", "PH"),
        ("https://ph.jobstreet.com/job/81234567", "PH"),
        ("https://my.jobstreet.com/job/81234567", "MY"),
        ("https://www.kalibrr.com/c/acme/jobs/234567/web-developer", None),
    ],
)
def test_a_national_boards_job_is_in_its_country(url: str, country: str | None) -> None:
    assert national_country(url) == country


@pytest.mark.parametrize(
    ("sender", "card", "job"),
    [
        P("Jobstreet by SEEK <noreply@jobstreet.com>",
          '<a href="https://ph.jobstreet.com/job/81234567?ref=recom-email">WordPress Developer</a>'
          "<div>Brightline Outsourcing Inc.</div><div>Makati City, Metro Manila</div>"
          "<div>₱35,000 – ₱45,000 per month</div>",
          ("jobstreet:81234567", "WordPress Developer", "Brightline Outsourcing Inc.",
           "Makati City, Metro Manila", "₱35,000 – ₱45,000 per month"), id="jobstreet"),
        P("Kalibrr <no-reply@kalibrr.com>",
          '<a href="https://www.kalibrr.com/c/sunbeam-digital/jobs/234567/shopify-developer">'
          "Shopify Developer</a><div>Sunbeam Digital</div><div>Pasig, Philippines</div>"
          "<div>PHP 40,000 - 55,000</div>",
          ("kalibrr:234567", "Shopify Developer", "Sunbeam Digital", "Pasig, Philippines",
           "PHP 40,000 - 55,000"), id="kalibrr: PHP by its code"),
        P("OnlineJobs.ph <noreply@onlinejobs.ph>",
          '<a href="https://www.onlinejobs.ph/jobseekers/job/Shopify-VA-Part-Time-1187355">'
          "Shopify Virtual Assistant</a><div>Part Time</div><div>$6/hr</div>",
          ("onlinejobs:1187355", "Shopify Virtual Assistant", None, None, "$6/hr"),
          id="onlinejobs: no employer named"),
    ],
)  # fmt: skip
def test_a_philippine_card_keeps_its_fields(
    tmp_path: Path, sender: str, card: str, job: tuple[str | None, ...]
) -> None:
    found = _only_job(tmp_path / "ph.eml", _one_card_mail(sender, card, "New jobs for you"))
    got = (found.source_id, found.title, found.company, found.location, found.salary_raw)
    assert got == job


def test_php_the_language_is_no_pay(tmp_path: Path) -> None:
    card = (
        '<a href="https://www.kalibrr.com/c/acme/jobs/245901/web-developer">Web Developer</a>'
        "<div>Acme Web</div><div>PHP 8</div><div>Cebu City</div>"
    )
    job = _only_job(tmp_path / "k.eml", _one_card_mail("Kalibrr <no-reply@kalibrr.com>", card))
    assert job.salary_raw is None


def test_a_remote_only_boards_job_is_remote_though_its_card_says_nothing(tmp_path: Path) -> None:
    card = (
        '<a href="https://www.onlinejobs.ph/jobseekers/job/WordPress-Developer-1187342">'
        "WordPress Developer</a><div>Full Time</div><div>$800/month</div>"
    )
    sender = "OnlineJobs.ph <noreply@onlinejobs.ph>"
    job = _only_job(tmp_path / "o.eml", _one_card_mail(sender, card))
    assert job.remote is True
    jobstreet = (
        '<a href="https://ph.jobstreet.com/job/81239981">Executive Assistant</a>'
        "<div>Harbor Point Staffing</div><div>Taguig City</div>"
    )
    seek = "Jobstreet by SEEK <noreply@jobstreet.com>"
    assert _only_job(tmp_path / "j.eml", _one_card_mail(seek, jobstreet)).remote is None
