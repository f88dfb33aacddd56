"""Polish job boards' alerts: justjoin.it, No Fluff Jobs, pracuj.pl and Bulldogjob."""

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
