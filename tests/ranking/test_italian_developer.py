"""A Milan full-stack freelancer's market: Italian terms (partita IVA, collaborazione,
tempo determinato), gross annual pay as "RAL", pay net or gross by the month or the day,
Italian places written with their province's letters ("Rho (MI)"), work from home, the
freelancer's own ad, and a training fee stated with its sum."""

from __future__ import annotations

import pytest

from extractors._contract import Posting
from warehouse.ranking.engagement import parse_duration, parse_engagement
from warehouse.ranking.features import understand
from warehouse.ranking.kind import parse_kind
from warehouse.ranking.legitimacy import assess
from warehouse.ranking.profile import Profile, RankingSettings
from warehouse.ranking.rates import parse_bare_rate, parse_rate
from warehouse.ranking.remote import parse_remote

P = pytest.param
MILAN = Profile(
    skills=("typescript", "react", "node.js", "python", "postgresql"),
    roles=("full stack developer",),
    remote_only=False,
    locations=("Milan", "Italy", "CET"),
    currency="EUR",
    min_hourly_rate=45.0,
)


@pytest.mark.parametrize(
    ("text", "engagement"),
    [
        P("Collaborazione a P.IVA, 45 €/h.", "freelance", id="P.IVA"),
        P("Collaborazione occasionale o a P. IVA.", "freelance", id="collaborazione occasionale"),
        P("Cerchiamo un libero professionista per 4 mesi.", "freelance",
          id="libero professionista"),
        P("Lavoro a progetto, consegna entro marzo.", "contract", id="lavoro a progetto"),
        P("Contratto a tempo determinato, in sede.", "contract", id="tempo determinato"),
        P("Contratto a tempo indeterminato, CCNL Commercio.", "full_time",
          id="tempo indeterminato"),
    ],
)  # fmt: skip
def test_italian_terms(text: str, engagement: str) -> None:
    offer = parse_engagement(None, text)
    assert offer is not None and offer.engagement == engagement


@pytest.mark.parametrize(
    ("text", "rate"),
    [
        P("Retribuzione 1.100 € netti al mese.", (1_100, 1_100, "month"), id="netti al mese"),
        P("2.000 € netti mensili.", (2_000, 2_000, "month"), id="mensili"),
        P("Tariffa giornaliera: 350-400 €.", (350, 400, "day"), id="tariffa giornaliera"),
        P("Collaborazione, 25 €/h lordi, 15 ore a settimana.", (25, 25, "hour"), id="lordi"),
        P("28.000 € - 34.000 € lordi annui.", (28_000, 34_000, "year"), id="lordi annui"),
        P("Tariffa 300-350 €/gg, full remote.", (300, 350, "day"), id="gg"),
    ],
)  # fmt: skip
def test_euro_pay_net_or_gross(text: str, rate: tuple[float, float, str]) -> None:
    found = parse_rate(text)
    assert found is not None
    assert (found.min, found.max, found.period, found.currency) == (*rate, "EUR")


@pytest.mark.parametrize(
    ("text", "rate"),
    [
        P("Tempo indeterminato, RAL 35-40k.", (35_000, 40_000), id="a range"),
        P("Contratto in somministrazione, R.A.L. 30-34k, ibrido.", (30_000, 34_000),
          id="with stops"),
        P("Colore RAL 9010, finitura opaca.", None, id="a paint colour"),
        P("Sviluppatore Python, sede di Milano. RAL 38k.", (38_000, 38_000), id="one sum"),
        P("Contratto a tempo indeterminato, RAL: 42K, buoni pasto.", (42_000, 42_000),
          id="one sum after a colon"),
        P("Pipeline da 50k righe al giorno, RAL 35-40k.", (35_000, 40_000),
          id="a count is no pay"),
    ],
)  # fmt: skip
def test_ral_is_a_years_gross_pay(text: str, rate: tuple[float, float] | None) -> None:
    found = parse_bare_rate(text, "EUR")
    assert (found and (found.min, found.max, found.period)) == (rate and (*rate, "year"))


@pytest.mark.parametrize(
    ("location", "regions"),
    [
        P("Sesto San Giovanni (MI)", ("IT",), id="Milan's province, not Michigan"),
        P("Florence, AL", ("US",), id="Alabama's Florence"),
        P("Catania (CT)", ("IT",), id="Catania's, not Central Time"),
        P("Monza (MB)", ("IT",), id="Monza"),
        P("Detroit, MI", ("US",), id="Michigan still"),
        P("Hartford, CT", ("US",), id="Connecticut still"),
    ],
)  # fmt: skip
def test_an_italian_place_with_its_province(location: str, regions: tuple[str, ...]) -> None:
    assert parse_remote(location, "Modalità ibrida.", None).regions == regions


@pytest.mark.parametrize(
    ("text", "months"),
    [
        P("Consulente freelance a partita IVA per 3 mesi.", 3, id="per 3 mesi"),
        P("Un progetto di 4 mesi, rinnovabile.", 4, id="di 4 mesi"),
        P("Paid per 3 months in arrears.", None, id="English per is no length"),
    ],
)  # fmt: skip
def test_italian_lengths(text: str, months: int | None) -> None:
    duration = parse_duration(text)
    assert (duration.months if duration else None) == months


@pytest.mark.parametrize(
    "text",
    [
        P("Lavoro in parte da remoto.", id="in parte da remoto"),
        P("1 giorno a settimana in sede, il resto da remoto.", id="a day a week in sede"),
        P("2 giorni in ufficio.", id="two days at the office"),
    ],
)  # fmt: skip
def test_italian_hybrid_weeks(text: str) -> None:
    assert parse_remote("Milano", text, None).scope == "hybrid"


def test_a_location_of_da_remoto_is_remote_work() -> None:
    assert parse_remote("Da remoto", "Gestionale in React.", None).scope == "anywhere"


@pytest.mark.parametrize(
    "text", ["Possibilità di lavorare da casa.", "Guadagna da casa fino a 1.500 € al mese!"]
)
def test_working_from_home_is_remote_work(text: str) -> None:
    assert parse_remote(None, text, None).scope == "anywhere"


def test_all_of_italy_is_no_office() -> None:
    found = parse_remote("Tutta Italia", "Guadagna da casa con il tuo smartphone.", None)
    assert found.scope != "onsite" and found.regions == ("IT",)


def _eligibility(location: str, text: str = "Ibrido, 2 giorni in ufficio. React.") -> str:
    posting = Posting(
        source="check", source_id="1", url="https://example.com/1",
        title="Sviluppatore Full Stack", location=location, text=text,
    )  # fmt: skip
    return understand(posting, MILAN, RankingSettings()).eligibility


@pytest.mark.parametrize(
    ("place", "eligibility"),
    [
        P("Sesto San Giovanni (MI)", "eligible", id="Sesto San Giovanni"),
        P("Rho (MI)", "eligible", id="Rho"),
        P("Monza (MB)", "eligible", id="Monza"),
        P("Torino, Piemonte", "not_eligible", id="Turin"),
        P("Sondrio (SO)", "not_eligible", id="Sondrio"),
    ],
)  # fmt: skip
def test_an_office_around_milan(place: str, eligibility: str) -> None:
    assert _eligibility(place) == eligibility


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        P("Sono uno sviluppatore freelance, disponibile per nuovi progetti da remoto.",
          "supply", id="disponibile per nuovi progetti"),
        P("Offro i miei servizi di sviluppo web.", "supply", id="offro i miei servizi"),
        P("Cerchiamo uno sviluppatore React, disponibile per trasferte.", "demand",
          id="cerchiamo"),
        P("Cercasi programmatore per sito web.", "demand", id="cercasi"),
    ],
)  # fmt: skip
def test_italian_kind(text: str, kind: str) -> None:
    found = parse_kind(None, text)
    assert found is not None and found[0] == kind


def _vetoes(text: str) -> list[str]:
    found = assess(title="Web Developer", company="Acme", text=text, url="https://x.test/1")
    return [flag.code for flag in found.flags if flag.hard]


def test_a_training_fee_stated_with_its_sum_vetoes() -> None:
    assert _vetoes(
        "Ti formiamo e ti assumiamo! Percorso di 12 settimane con quota di iscrizione di "
        "1.500 € (finanziabile a rate)."
    )


@pytest.mark.parametrize(
    "text",
    [
        P("Rimborsiamo la quota di iscrizione di 150 € all'ordine degli ingegneri.",
          id="the firm refunds it"),
        P("Corso di formazione gratuito, nessuna quota di iscrizione.", id="none asked"),
        P("Ricerca riservata alle categorie protette (L. 68/99). Ticket da 8 €.",
          id="a legal quota hire"),
    ],
)  # fmt: skip
def test_italian_look_alikes_do_not_veto(text: str) -> None:
    assert not _vetoes(text)
