"""Swedish alerts: the consultant brokers Brainville, Cinode Market, Keyman, Nikita, ework and
Kvalitetskonsulterna, Platsbanken and Jobbsafari (cards in the shape of the sites' own, with
invented jobs; the links' paths are assumed, not read from real mail)."""

from __future__ import annotations

from pathlib import Path

import pytest

from extractors._joburls import board_key, national_country
from tests.extractors.test_inbox import _one_card_mail, _only_job

P = pytest.param


@pytest.mark.parametrize(
    ("url", "key"),
    [
        ("https://www.brainville.com/uppdrag/backendutvecklare-python-123456?utm_source=mail",
         "brainville:123456"),
        ("https://cinode.market/requests/7f3e9a1c", "cinode:7f3e9a1c"),
        ("https://www.keyman.se/uppdrag/45678-go-utvecklare", "keyman:45678"),
        ("https://www.nikita.se/uppdrag/2233", "nikita:2233"),
        ("https://www.eworkgroup.com/se/uppdrag/98765", "ework:98765"),
        ("https://www.kvalitetskonsulterna.se/uppdrag/4567", "kvalitetskonsulterna:4567"),
        ("https://arbetsformedlingen.se/platsbanken/annonser/29123456", "platsbanken:29123456"),
        ("https://www.jobbsafari.se/jobb/systemutvecklare-12345678", "jobbsafari:12345678"),
        ("https://arbetsformedlingen.se/platsbanken/", None),
        ("https://www.brainville.com/uppdrag/", None),
    ],
)  # fmt: skip
def test_swedish_links_name_their_job(url: str, key: str | None) -> None:
    found = board_key(url)
    assert (found[0] if found else None) == key


def test_the_swedish_sites_declare_sweden() -> None:
    assert national_country("https://arbetsformedlingen.se/platsbanken/annonser/29123456") == "SE"
    assert national_country("https://www.keyman.se/uppdrag/45678") == "SE"
    assert national_country("https://www.brainville.com/uppdrag/x-123456") is None


@pytest.mark.parametrize(
    ("sender", "card", "job"),
    [
        P("Brainville <noreply@brainville.com>",
          '<a href="https://www.brainville.com/uppdrag/backendutvecklare-python-123456">'
          "Backendutvecklare Python</a><div>Kund: Storbank AB</div><div>Ort: Stockholm</div>"
          "<div>Omfattning: 100%</div><div>Timpris: 850-1000 kr/h</div>"
          "<div>Visa uppdraget</div>",
          ("brainville:123456", "Backendutvecklare Python", "Storbank AB", "Stockholm",
           "Timpris: 850-1000 kr/h", "contract"), id="brainville"),
        P("Keyman <uppdrag@keyman.se>",
          '<a href="https://www.keyman.se/uppdrag/45678-go-utvecklare">Go-utvecklare</a>'
          "<div>Uppdragsgivare: Myndigheten</div><div>Placeringsort: Solna</div>"
          "<div>Omfattning: 50%</div><div>Se uppdraget</div>",
          ("keyman:45678", "Go-utvecklare", "Myndigheten", "Solna", None, "contract"),
          id="keyman"),
        P("Platsbanken <no-reply@arbetsformedlingen.se>",
          '<a href="https://arbetsformedlingen.se/platsbanken/annonser/29123456">'
          "Backendutvecklare</a><div>Fintech AB</div><div>Stockholm</div><div>Heltid</div>"
          "<div>Publicerad idag</div>",
          ("platsbanken:29123456", "Backendutvecklare", "Fintech AB", "Stockholm", None,
           "full_time"), id="platsbanken"),
        P("Jobbsafari <info@jobbsafari.se>",
          '<a href="https://www.jobbsafari.se/jobb/systemutvecklare-python-12345678">'
          "Systemutvecklare Python</a><div>Konsultbolaget AB</div><div>Göteborg</div>"
          "<div>Ny</div><div>2 dagar sedan</div>",
          ("jobbsafari:12345678", "Systemutvecklare Python", "Konsultbolaget AB", "Göteborg",
           None, None), id="jobbsafari"),
        P("Kvalitetskonsulterna <info@kvalitetskonsulterna.se>",
          '<a href="https://www.kvalitetskonsulterna.se/uppdrag/4567">Backend-konsult Java</a>'
          "<div>Kund: Region Stockholm</div><div>Ort: Stockholm</div>"
          "<div>Ersättning: 800 kr/h</div>",
          ("kvalitetskonsulterna:4567", "Backend-konsult Java", "Region Stockholm",
           "Stockholm", "800 kr/h", "contract"), id="kvalitetskonsulterna"),
    ],
)  # fmt: skip
def test_a_swedish_card_keeps_its_fields(
    tmp_path: Path, sender: str, card: str, job: tuple[str | None, ...]
) -> None:
    found = _only_job(tmp_path / "se.eml", _one_card_mail(sender, card, "Nya uppdrag"))
    got = (found.source_id, found.title, found.company, found.location, found.salary_raw,
           found.engagement)  # fmt: skip
    assert got == job
