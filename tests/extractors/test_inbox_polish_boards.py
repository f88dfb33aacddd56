"""Polish and Ukrainian job boards' alerts: justjoin.it, No Fluff Jobs, pracuj.pl, Bulldogjob and
theprotocol.it; Djinni, DOU, Work.ua and robota.ua."""

from __future__ import annotations

from pathlib import Path

import pytest

from extractors._joburls import board_key
from tests.extractors.test_inbox import _one_card_mail, _only_job

P = pytest.param


@pytest.mark.parametrize(
    ("url", "key"),
    [
        ("https://justjoin.it/job-offer/acme-frontend-developer-krakow-javascript?utm_source=n",
         "justjoin:acme-frontend-developer-krakow-javascript"),
        ("https://justjoin.it/offers/acme-react-developer-warszawa",
         "justjoin:acme-react-developer-warszawa"),
        ("https://justjoin.it/job-offers/krakow/javascript", None),
        ("https://nofluffjobs.com/pl/job/senior-next-js-developer-acme-krakow-1?utm_source=sub",
         "nofluffjobs:senior-next-js-developer-acme-krakow-1"),
        ("https://nofluffjobs.com/job/frontend-developer-acme-remote",
         "nofluffjobs:frontend-developer-acme-remote"),
        ("https://nofluffjobs.com/pl/frontend?criteria=city%3Dkrakow", None),
        ("https://www.pracuj.pl/praca/frontend-developer-krakow,oferta,1003987654?sug=list",
         "pracuj:1003987654"),
        ("https://www.pracuj.pl/praca/frontend;kw/krakow;wp", None),
        ("https://bulldogjob.pl/companies/jobs/187654-senior-frontend-developer-krakow-acme",
         "bulldogjob:187654"),
        ("https://bulldogjob.pl/companies/profiles/1234-acme", None),
        ("https://theprotocol.it/szczegoly/praca/python-developer-warszawa,oferta,"
         "1a2b0000-3c4d-5e6f-7a8b-08dc1234abcd?s=alert",
         "theprotocol:1a2b0000-3c4d-5e6f-7a8b-08dc1234abcd"),
        ("https://theprotocol.it/filtry/python;t/warszawa;wp", None),
        ("https://djinni.co/jobs/712345-senior-python-developer/?utm_source=jobs_alert",
         "djinni:712345"),
        ("https://djinni.co/jobs/?primary_keyword=Python", None),
        ("https://jobs.dou.ua/companies/acme-soft/vacancies/281234/?from=mailing", "dou:281234"),
        ("https://jobs.dou.ua/vacancies/?category=Python", None),
        ("https://www.work.ua/jobs/5123456/", "workua:5123456"),
        ("https://www.work.ua/ru/jobs/5123456/", "workua:5123456"),
        ("https://www.work.ua/jobs-kyiv-python/", None),
        ("https://robota.ua/company3456789/vacancy10234567?utm_source=mailing",
         "robotaua:10234567"),
        ("https://robota.ua/ru/company3456789/vacancy10234567", "robotaua:10234567"),
        ("https://robota.ua/zapros/python/kyiv", None),
        ("https://robota.ua/company3456789", None),
    ],
)  # fmt: skip
def test_polish_board_links_name_their_job(url: str, key: str | None) -> None:
    found = board_key(url)
    assert (found[0] if found else None) == key


@pytest.mark.parametrize(
    ("sender", "url", "pay", "rate"),
    [
        P("justjoin.it <no-reply@justjoin.it>",
          "https://justjoin.it/job-offer/acme-senior-frontend-developer-krakow-javascript",
          "20 000 - 26 000 PLN/mies. netto (B2B)", (20_000.0, 26_000.0, "month"), id="justjoin"),
        P("No Fluff Jobs <noreply@nofluffjobs.com>",
          "https://nofluffjobs.com/pl/job/senior-frontend-developer-acme-krakow",
          "22 000 – 28 000 PLN (B2B)", (22_000.0, 28_000.0, "month"), id="nofluffjobs"),
        P("Pracuj.pl <powiadomienia@pracuj.pl>",
          "https://www.pracuj.pl/praca/senior-frontend-developer-krakow,oferta,1003111222",
          "140 - 170 zł/h netto + VAT", (140.0, 170.0, "hour"), id="pracuj"),
        P("Bulldogjob <powiadomienia@bulldogjob.pl>",
          "https://bulldogjob.pl/companies/jobs/187654-senior-frontend-developer-krakow-acme",
          "18 000 - 24 000 PLN netto + VAT", (18_000.0, 24_000.0, "month"), id="bulldogjob"),
    ],
)  # fmt: skip
def test_a_polish_board_card_keeps_title_company_place_and_zloty_pay(
    tmp_path: Path, sender: str, url: str, pay: str, rate: tuple[float, float, str]
) -> None:
    card = (
        f'<a href="{url}?utm_source=alert">Senior Frontend Developer</a>'
        "<div>Acme Labs sp. z o.o.</div>"
        f"<div>Kraków · Hybrydowo</div><div>{pay}</div><div>Nowa</div><div>Aplikuj</div>"
    )
    job = _only_job(tmp_path / "pl.eml", _one_card_mail(sender, card, "Nowe oferty pracy"))
    assert (job.title, job.company, job.location, job.salary_raw) == (
        "Senior Frontend Developer", "Acme Labs sp. z o.o.", "Kraków · Hybrydowo", pay,
    )  # fmt: skip


@pytest.mark.parametrize(
    ("sender", "card", "job"),
    [
        P("Djinni <no-reply@djinni.co>",
          '<a href="https://djinni.co/jobs/712345-senior-python-developer/">Senior Python '
          "Developer</a><div>Acme Fintech</div><div>$4000-5000</div>"
          "<div>Тільки віддалено · Україна</div><div>Шукаємо Python-розробника у фінтех-продукт."
          " Співпраця як ФОП, оплачувана відпустка.</div>",
          ("djinni:712345", "Senior Python Developer", "Acme Fintech",
           "Тільки віддалено · Україна", "$4000-5000"), id="djinni"),
        P("DOU <robot@dou.ua>",
          '<a href="https://jobs.dou.ua/companies/acme-soft/vacancies/281234/">Senior Python '
          "Engineer</a><div>Acme Soft</div><div>Київ, віддалено</div><div>$4500–5500</div>",
          ("dou:281234", "Senior Python Engineer", "Acme Soft", "Київ, віддалено",
           "$4500–5500"), id="dou"),
        P("Work.ua <noreply@work.ua>",
          '<a href="https://www.work.ua/jobs/5123456/">Python-розробник</a>'
          "<div>60 000 – 80 000 грн</div><div>ТОВ «Акме Софт»</div><div>Київ</div>",
          ("workua:5123456", "Python-розробник", "ТОВ «Акме Софт»", "Київ",
           "60 000 – 80 000 грн"), id="work.ua: hryvnias"),
        P("robota.ua <noreply@robota.ua>",
          '<a href="https://robota.ua/company3456789/vacancy10234567">Senior Go Developer</a>'
          "<div>Полтава Софт</div><div>Київ</div><div>110 000 грн</div>",
          ("robotaua:10234567", "Senior Go Developer", "Полтава Софт", "Київ", "110 000 грн"),
          id="robota.ua"),
        P("robota.ua <noreply@robota.ua>",
          '<a href="https://robota.ua/company3456789/vacancy10234568">Python-розробник</a>'
          "<div>Полтава Софт</div><div>Львів</div><div>до 150 тис. грн</div>",
          ("robotaua:10234568", "Python-розробник", "Полтава Софт", "Львів", "до 150 тис. грн"),
          id="robota.ua: thousands of hryvnias"),
        P("theprotocol.it <powiadomienia@theprotocol.it>",
          '<a href="https://theprotocol.it/szczegoly/praca/senior-python-developer-warszawa,'
          'oferta,1a2b0000-3c4d-5e6f-7a8b-08dc1234abcd">Senior Python Developer</a>'
          "<div>Acme Sp. z o.o.</div><div>Warszawa · praca zdalna</div>"
          "<div>22 000 – 28 000 zł netto (+ VAT) / mies.</div><div>kontrakt B2B</div>",
          ("theprotocol:1a2b0000-3c4d-5e6f-7a8b-08dc1234abcd", "Senior Python Developer",
           "Acme Sp. z o.o.", "Warszawa · praca zdalna",
           "22 000 – 28 000 zł netto (+ VAT) / mies."), id="theprotocol.it"),
    ],
)  # fmt: skip
def test_a_ukrainian_or_theprotocol_card_keeps_its_fields(
    tmp_path: Path, sender: str, card: str, job: tuple[str, ...]
) -> None:
    found = _only_job(tmp_path / "ua.eml", _one_card_mail(sender, card, "Нові вакансії"))
    got = (found.source_id, found.title, found.company, found.location, found.salary_raw)
    assert got == job


def test_a_cards_long_line_is_its_snippet_not_its_place(tmp_path: Path) -> None:
    card = (
        '<a href="https://djinni.co/jobs/713001-go-developer/">Go Developer</a>'
        "<div>Stellar Labs</div><div>Шукаємо Go-розробника в команду платіжної платформи, "
        "співпраця як ФОП.</div><div>Только удалённо · Европа</div>"
    )
    job = _only_job(tmp_path / "dj.eml", _one_card_mail("Djinni <no-reply@djinni.co>", card))
    assert (job.company, job.location) == ("Stellar Labs", "Только удалённо · Европа")
    assert job.text is not None and "співпраця як ФОП" in job.text


@pytest.mark.parametrize("badge", ["ФОП", "Повна зайнятість", "Полная занятость"])
def test_a_ukrainian_contract_badge_is_the_cards_engagement(tmp_path: Path, badge: str) -> None:
    card = (
        '<a href="https://jobs.dou.ua/companies/acme/vacancies/281999/">Go Engineer</a>'
        f"<div>Acme</div><div>Львів</div><div>{badge}</div>"
    )
    job = _only_job(tmp_path / "dou.eml", _one_card_mail("DOU <robot@dou.ua>", card))
    assert (job.company, job.location, job.engagement_raw) == ("Acme", "Львів", badge)
