"""A Zurich freelancer's market: whole francs ("CHF 110.–") and "Fr." with the apostrophe
grouping thousands, Homeoffice days and shares that make a hybrid week (not remote work,
not part-time), a Pensum beside Homeoffice, Personalverleih and Selbständigerwerbende,
the Zurich metro's towns, and the German money mule."""

from __future__ import annotations

import pytest

from extractors._contract import Posting
from flows.config import _CURRENCY_SIGNS
from warehouse.ranking.engagement import parse_engagement
from warehouse.ranking.features import understand
from warehouse.ranking.floors import parse_floor
from warehouse.ranking.legitimacy import assess
from warehouse.ranking.profile import DEFAULT_FX_USD, Profile, RankingSettings
from warehouse.ranking.rates import parse_rate
from warehouse.ranking.remote import parse_remote

P = pytest.param


def _profile(*locations: str) -> Profile:
    return Profile(
        skills=("python", "spark"),
        roles=("data engineer",),
        remote_only=False,
        locations=locations,
        languages=("de", "en", "fr"),
        currency="CHF",
        min_hourly_rate=120.0,
    )


@pytest.mark.parametrize(
    ("text", "rate"),
    [
        P(
            "Stundensatz: CHF 110.– bis 130.– pro Stunde",
            (110, 130, "hour", "CHF"),
            id="whole francs on both ends of a range",
        ),
        P("Tarif : CHF 900.-/jour", (900, 900, "day", "CHF"), id="whole francs by the day"),
        P(
            "Salaire : CHF 8'500.– par mois x 13",
            (8_500, 8_500, "month", "CHF"),
            id="whole francs with an apostrophe by the month",
        ),
        P(
            "Lohnband: Fr. 95'000–110'000 (Brutto)",
            (95_000, 110_000, "year", "CHF"),
            id="Fr. is the franc",
        ),
        P("Stundenlohn SFr. 85.–", (85, 85, "hour", "CHF"), id="SFr. is the franc"),
        P("Tarief: € 85,- p/u", (85, 85, "hour", "EUR"), id="dutch whole euros still read"),
    ],
)
def test_swiss_rates(text: str, rate: tuple[float, float, str, str]) -> None:
    found = parse_rate(text)
    assert found is not None
    assert (found.min, found.max, found.period, found.currency) == rate


@pytest.mark.parametrize(
    "text",
    [
        P("Arbeitszeiten Mo.–Fr. 8–17 Uhr im Büro", id="Friday's Fr. before hours"),
        P("Kontakt: Fr. Müller, Tel. 044 123 45 67", id="Frau Müller"),
        P("CHF 100.-200 pro Tag", id="a dash before a digit is no whole francs"),
    ],
)
def test_look_alikes_of_francs_are_no_rate(text: str) -> None:
    assert parse_rate(text) is None


@pytest.mark.parametrize(
    ("text", "scope"),
    [
        P(
            "Festanstellung, Pensum 80–100 %\n- Homeoffice möglich (bis 2 Tage pro Woche)",
            "hybrid",
            id="a pensum on the line above is no 100 % home office",
        ),
        P("Wir bieten 2 Tage Homeoffice pro Woche.", "hybrid", id="days of homeoffice"),
        P("2 days home office per week", "hybrid", id="english days of home office"),
        P("- Homeoffice nach Absprache\n- Python", "hybrid", id="homeoffice by arrangement"),
        P("Pensum 60–80 %, Homeoffice-Anteil bis 40 %.", "hybrid", id="a share of homeoffice"),
        P("Einsatzort: Grossraum Zürich, teilweise remote", "hybrid", id="partly remote"),
        P("100 % Homeoffice in der ganzen Schweiz", "region", id="all of it at home is remote"),
        P(
            "Remote in der Schweiz möglich, 1 Tag pro Woche vor Ort in Zug",
            "hybrid",
            id="remote with a day a week on site in one sentence is a hybrid week",
        ),
        P(
            "Fully remote. Our Zug team meets 2 days a week in the office.",
            "region",
            id="an office's week in another sentence leaves remote work",
        ),
    ],
)
def test_homeoffice_in_a_week(text: str, scope: str) -> None:
    assert parse_remote("Zürich", text, None).scope == scope


@pytest.mark.parametrize(
    ("title", "text", "expected"),
    [
        P(
            None,
            "Télétravail partiel (2 jours par semaine), le reste sur site.",
            None,
            id="days at home in a bracket are a hybrid week, not part-time",
        ),
        P(
            "Data Engineer – Personalverleih",
            "Einsatz bei unserem Kunden in Basel.",
            ("full_time", "Personalverleih"),
            id="personalverleih is agency employment",
        ),
        P(
            None,
            "Für Selbständigerwerbende (AHV-anerkannt) oder via Personalverleih.",
            ("freelance", "Selbständigerwerbende"),
            id="a freelance route beside an agency's",
        ),
        P(
            "Data Engineer (temporär, 6 Monate)",
            "",
            ("contract", "temporär"),
            id="a temporary post",
        ),
        P(
            None,
            "Nous proposons une mission de 6 mois à Lausanne.",
            ("contract", "mission de 6 mois"),
            id="a mission for a term",
        ),
        P(
            None,
            "Selbständiges Arbeiten in einem agilen Team.",
            None,
            id="working on one's own is no self-employment",
        ),
        P(
            None,
            "Befristete Anstellung (9 Monate), 100 %",
            ("contract", "Befristete"),
            id="a fixed-term employment is a term",
        ),
        P(
            "Data Engineer (60-80%)",
            "",
            ("part_time", "60-80%"),
            id="a title's bracketed workload",
        ),
        P(
            "Plattform Engineer 80 – 100 %",
            "",
            ("part_time", "80 – 100 %"),
            id="a workload range closing a title",
        ),
        P(
            None,
            "Reisebereitschaft: 20-30%",
            None,
            id="a labelled share is no workload",
        ),
    ],
)
def test_swiss_engagements(title: str | None, text: str, expected: tuple[str, str] | None) -> None:
    found = parse_engagement(title, text)
    assert (found and (found.engagement, found.raw)) == expected


@pytest.mark.parametrize(
    ("location", "locations", "eligibility"),
    [
        P("Baar ZG", ("Zurich", "Switzerland"), "eligible", id="Baar is in Zurich's metro"),
        P("Zürich-Oerlikon", ("Zurich", "Switzerland"), "eligible", id="a district of Zurich"),
        P("Genève", ("Zurich", "Switzerland"), "not_eligible", id="Geneva is not Zurich"),
        P("Genève", ("Switzerland",), "eligible", id="naming only the country takes all"),
    ],
)
def test_offices_around_zurich(location: str, locations: tuple[str, ...], eligibility: str) -> None:
    posting = Posting(
        source="t",
        source_id="1",
        url="https://jobs.example.ch/1",
        title="Data Engineer",
        company="Beispiel AG",
        location=location,
        text="Arbeitsort vor Ort. Python, Spark.",
    )
    assert understand(posting, _profile(*locations), RankingSettings()).eligibility == eligibility


@pytest.mark.parametrize(
    ("text", "flagged"),
    [
        P(
            "Als Finanzagent empfangen Sie Zahlungen unserer Kunden auf Ihr privates Bankkonto "
            "und leiten diese nach Abzug Ihrer Provision von 10 % per Western Union weiter.",
            True,
            id="payments taken in and passed on",
        ),
        P(
            "Sie erhalten Zahlungen auf Ihr Konto und überweisen das Geld weiter.",
            True,
            id="the money sent on",
        ),
        P(
            "In der Debitorenbuchhaltung erfassen Sie eingehende Zahlungen und leiten Unterlagen "
            "an die Buchhaltung weiter. Ihr Lohn wird monatlich auf Ihr Bankkonto überwiesen.",
            False,
            id="an accountant passes papers on",
        ),
        P(
            "An der Kasse nehmen Sie Zahlungen entgegen und leiten Reklamationen an die "
            "Filialleitung weiter. Lohn auf Ihr Konto.",
            False,
            id="a cashier passes complaints on",
        ),
    ],
)
def test_the_german_money_mule(text: str, flagged: bool) -> None:
    found = assess(title="Nebenjob", company="Beispiel", text=text, url=None)
    assert ("fake_check" in {flag.code for flag in found.flags}) is flagged


@pytest.mark.parametrize(
    ("written", "amount", "unit"),
    [
        P("CHF 120/h", 120.0, "hour", id="an hour's"),
        P("CHF 1,000 per day", 1_000.0, "day", id="a day's with a comma"),
        P("CHF 1'000/Tag", 1_000.0, "day", id="a day's with an apostrophe, in German"),
    ],
)
def test_a_swiss_floor(written: str, amount: float, unit: str) -> None:
    floor, currency = parse_floor(written, _CURRENCY_SIGNS, "CHF", DEFAULT_FX_USD)
    assert (floor.amount, floor.unit, currency) == (amount, unit, "CHF")
