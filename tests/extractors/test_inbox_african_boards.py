"""African job boards' alerts: Jobberman, BrighterMonday, MyJobMag and Fuzu; South Africa's
PNet, CareerJunction and Careers24."""

from __future__ import annotations

from pathlib import Path

import pytest

from extractors._joburls import board_key, national_country
from tests.extractors.test_inbox import _one_card_mail, _only_job

P = pytest.param


@pytest.mark.parametrize(
    ("url", "key"),
    [
        ("https://www.jobberman.com/listings/full-stack-developer-q3kz8t?utm_source=alert",
         "jobberman:full-stack-developer-q3kz8t"),
        ("https://www.jobberman.com.gh/listings/react-developer-7hx2mp",
         "jobberman:react-developer-7hx2mp"),
        ("https://www.jobberman.com/jobs/software-data", None),
        ("https://www.brightermonday.co.ke/listings/data-analyst-power-bi-w8n4rd",
         "brightermonday:data-analyst-power-bi-w8n4rd"),
        ("https://www.brightermonday.co.ug/listings/bi-analyst-k2m9qa",
         "brightermonday:bi-analyst-k2m9qa"),
        ("https://www.brightermonday.co.ke/jobs/nairobi", None),
        ("https://www.myjobmag.com/job/187204/backend-developer-acme-pay",
         "myjobmag:187204"),
        ("https://www.myjobmag.co.ke/job/data-analyst-savanna-retail",
         "myjobmag:data-analyst-savanna-retail"),
        ("https://www.myjobmag.com/jobs-at/acme-pay", None),
        ("https://www.fuzu.com/kenya/jobs/data-analyst-savanna-retail-3f9c21ab",
         "fuzu:data-analyst-savanna-retail-3f9c21ab"),
        ("https://www.fuzu.com/kenya/jobs/agriculture", None),
        ("https://www.fuzu.com/kenya/job/computers-software-development", None),
        ("https://www.pnet.co.za/jobs--Full-Stack-Developer-Cape-Town-Kiln-Digital--1234567-inline.html"
         "?utm_source=jobagent", "pnet:1234567"),
        ("https://www.pnet.co.za/jobs/it/in-cape-town", None),
        ("https://www.careerjunction.co.za/senior-full-stack-developer-job-2345678.aspx",
         "careerjunction:2345678"),
        ("https://www.careerjunction.co.za/jobs/it-software-development", None),
        ("https://www.careers24.com/jobs/adverts/2134567-react-developer-cape-town/",
         "careers24:2134567"),
        ("https://www.careers24.com/jobs/lc-western-cape/", None),
    ],
)  # fmt: skip
def test_african_board_links_name_their_job(url: str, key: str | None) -> None:
    found = board_key(url)
    assert (found[0] if found else None) == key


@pytest.mark.parametrize(
    ("sender", "url", "place", "pay"),
    [
        P("Jobberman <noreply@jobberman.com>",
          "https://www.jobberman.com/listings/full-stack-developer-q3kz8t",
          "Lagos · Remote", "NGN 450,000 - 600,000", id="jobberman"),
        P("BrighterMonday Kenya <jobs@brightermonday.co.ke>",
          "https://www.brightermonday.co.ke/listings/data-analyst-w8n4rd",
          "Nairobi", "KSh 180,000 - 250,000", id="brightermonday"),
        P("MyJobMag <alerts@myjobmag.com>",
          "https://www.myjobmag.com/job/187204/full-stack-developer-acme-pay",
          "Lagos", "₦450,000 - ₦600,000", id="myjobmag"),
        P("Fuzu <jobs@fuzu.com>",
          "https://www.fuzu.com/kenya/jobs/data-analyst-acme-pay-3f9c21ab",
          "Nairobi, Kenya", "KES 250,000", id="fuzu"),
    ],
)  # fmt: skip
def test_an_african_board_card_keeps_title_company_place_and_pay(
    tmp_path: Path, sender: str, url: str, place: str, pay: str
) -> None:
    card = (
        f'<a href="{url}?utm_campaign=job_alert">Full Stack Developer</a>'
        f"<div>Acme Pay Ltd</div><div>{place}</div><div>{pay}</div><div>Full Time</div>"
        "<div>Apply now</div>"
    )
    job = _only_job(tmp_path / "af.eml", _one_card_mail(sender, card, "New jobs for your alert"))
    assert (job.title, job.company, job.location, job.salary_raw) == (
        "Full Stack Developer", "Acme Pay Ltd", place, pay,
    )  # fmt: skip
    assert job.url == url


@pytest.mark.parametrize(
    ("sender", "url"),
    [
        P("PNet Job Alert <jobalert@pnet.co.za>",
          "https://www.pnet.co.za/jobs--Full-Stack-Developer-Cape-Town--1234567-inline.html",
          id="pnet"),
        P("CareerJunction <alerts@careerjunction.co.za>",
          "https://www.careerjunction.co.za/full-stack-developer-job-2345678.aspx",
          id="careerjunction"),
        P("Careers24 <noreply@careers24.com>",
          "https://www.careers24.com/jobs/adverts/2134567-full-stack-developer-cape-town/",
          id="careers24"),
    ],
)  # fmt: skip
def test_a_south_african_board_card_keeps_its_rand_pay(
    tmp_path: Path, sender: str, url: str
) -> None:
    card = (
        f'<a href="{url}">Full Stack Developer</a><div>Kiln Digital</div>'
        "<div>Cape Town, Western Cape</div><div>R45 000 - R55 000 per month</div>"
        "<div>Contract</div>"
    )
    job = _only_job(tmp_path / "za.eml", _one_card_mail(sender, card, "New jobs matching"))
    assert (job.title, job.company, job.location, job.salary_raw) == (
        "Full Stack Developer", "Kiln Digital", "Cape Town, Western Cape",
        "R45 000 - R55 000 per month",
    )  # fmt: skip
    assert national_country(job.url) == "ZA"
