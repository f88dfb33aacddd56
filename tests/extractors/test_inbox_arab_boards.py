"""Egypt's and the Gulf's job boards' alerts: Wuzzuf, Forasna, Bayt and GulfTalent, and Mostaql's
projects and Khamsat's requests (Arabic freelance markets)."""

from __future__ import annotations

from pathlib import Path

import pytest

from extractors._joburls import board_key, national_country
from tests.extractors.test_inbox import _one_card_mail, _only_job

P = pytest.param


@pytest.mark.parametrize(
    ("url", "key"),
    [
        ("https://wuzzuf.net/jobs/p/q7rk2mz8xw1a-Backend-Developer-Nodejs-Nile-Pay-Cairo-Egypt"
         "?o=1&l=sp", "wuzzuf:q7rk2mz8xw1a"),
        ("https://wuzzuf.net/search/jobs/?q=backend", None),
        ("https://forasna.com/a/mtor-flutter-almaadi-482913", "forasna:482913"),
        ("https://www.bayt.com/en/egypt/jobs/senior-backend-developer-4912345/",
         "bayt:4912345"),
        ("https://www.bayt.com/ar/uae/jobs/mobile-developer-4912346/", "bayt:4912346"),
        ("https://www.bayt.com/en/egypt/jobs/", None),
        ("https://www.gulftalent.com/uae/jobs/piping-design-engineer-604512?utm_source=jobalert",
         "gulftalent:604512"),
        ("https://www.gulftalent.com/saudi-arabia/jobs/hr-business-partner-604513",
         "gulftalent:604513"),
        ("https://www.gulftalent.com/uae/jobs/category/information-technology", None),
        ("https://www.gulftalent.com/qatar/jobs/title/accountant", None),
        ("https://mostaql.com/project/1234567-%D8%AA%D8%B7%D9%88%D9%8A%D8%B1", "mostaql:1234567"),
        ("https://mostaql.com/projects", None),
        ("https://khamsat.com/community/requests/654321-api", "khamsat:654321"),
    ],
)  # fmt: skip
def test_arab_board_links_name_their_job(url: str, key: str | None) -> None:
    found = board_key(url)
    assert (found[0] if found else None) == key


def test_a_wuzzuf_card_keeps_its_place_setting_and_pound_pay(tmp_path: Path) -> None:
    url = "https://wuzzuf.net/jobs/p/q7rk2mz8xw1a-Backend-Developer-Nile-Pay-Cairo-Egypt"
    card = (
        f'<a href="{url}">Backend Developer (Node.js)</a><div>Nile Pay</div>'
        "<div>Nasr City, Cairo</div><div>35,000 - 45,000 EGP</div>"
        "<div>Full Time</div><div>Hybrid</div><div>منذ 3 أيام</div>"
    )
    mail = _one_card_mail("Wuzzuf <alerts@wuzzuf.net>", card, "وظائف جديدة تناسبك")
    job = _only_job(tmp_path / "w.eml", mail)
    assert (job.title, job.company, job.location, job.salary_raw, job.engagement_raw) == (
        "Backend Developer (Node.js)", "Nile Pay", "Nasr City, Cairo (Hybrid)",
        "35,000 - 45,000 EGP", "Full Time",
    )  # fmt: skip
    assert national_country(job.url) == "EG"


def test_a_gulftalent_alert_card_is_its_job_without_the_alert_s_tracking(tmp_path: Path) -> None:
    card = (
        '<a href="https://www.gulftalent.com/uae/jobs/quantity-surveyor-fit-out-604514'
        '?utm_source=jobalert&amp;utm_medium=email">Quantity Surveyor - Fit-Out</a>'
        "<div>Marina Crest Interiors LLC</div><div>Dubai, UAE</div>"
    )
    mail = _one_card_mail("GulfTalent <jobs@gulftalent.com>", card, "New jobs for you")
    job = _only_job(tmp_path / "g.eml", mail)
    assert (job.source_id, job.title, job.company, job.location) == (
        "gulftalent:604514", "Quantity Surveyor - Fit-Out", "Marina Crest Interiors LLC",
        "Dubai, UAE",
    )  # fmt: skip
    assert job.url == "https://www.gulftalent.com/uae/jobs/quantity-surveyor-fit-out-604514"


def test_an_arabic_forasna_card_keeps_its_terms_and_setting(tmp_path: Path) -> None:
    card = (
        '<a href="https://forasna.com/a/mtor-flutter-almaadi-482913">مطور Flutter</a>'
        "<div>شركة الريادة</div><div>القاهرة - المعادي</div><div>٢٥٬٠٠٠ جنيه</div>"
        "<div>دوام كامل</div><div>من المقر</div><div>قدم الآن</div>"
    )
    mail = _one_card_mail("Forasna <noreply@forasna.com>", card, "وظائف جديدة")
    job = _only_job(tmp_path / "f.eml", mail)
    assert (job.title, job.company, job.location, job.salary_raw, job.engagement_raw) == (
        "مطور Flutter", "شركة الريادة", "القاهرة - المعادي (من المقر)", "٢٥٬٠٠٠ جنيه",
        "دوام كامل",
    )  # fmt: skip
    assert job.remote is False  # "من المقر": at the premises


def test_a_mostaql_project_is_freelance_at_its_budget(tmp_path: Path) -> None:
    card = (
        '<a href="https://mostaql.com/project/1234567-django-api">تطوير REST API بـ Django</a>'
        "<p>الميزانية: 500 - 1000 دولار</p><p>مطلوب مطور Django لبناء واجهة برمجة لمتجر"
        " إلكتروني. مدة التنفيذ: 30 يوم.</p><p>أضف عرضك</p>"
    )
    job = _only_job(tmp_path / "m.eml", _one_card_mail("مستقل <no-reply@mostaql.com>", card))
    assert (job.title, job.salary_raw, job.company, job.engagement) == (
        "تطوير REST API بـ Django", "الميزانية: 500 - 1000 دولار", None, "freelance"
    )  # fmt: skip
    assert "واجهة برمجة" in job.text
