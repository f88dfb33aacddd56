"""An Athens freelancer's market: Greek pay (μικτά/καθαρά, μηνιαίως, ετησίως, €/ώρα, "x 14"),
Greek terms (πλήρης απασχόληση, ορισμένου χρόνου, μπλοκάκι, ΔΠΥ, εξωτερικός συνεργάτης),
τηλεργασία and υβριδικό, Greek places and the Athens metro, the Greek kinds, and Greek scams
beside honest posts that name the company as the payer."""

from __future__ import annotations

import pytest

from warehouse.ranking.engagement import parse_engagement
from warehouse.ranking.kind import parse_kind
from warehouse.ranking.legitimacy import assess
from warehouse.ranking.rates import parse_rate
from warehouse.ranking.remote import parse_remote

P = pytest.param


@pytest.mark.parametrize(
    ("text", "rate"),
    [
        P("€1.700 - €2.100 μικτά μηνιαίως", (1_700, 2_100, "month", "EUR"), id="gross monthly"),
        P("Μισθός: 1.450€ καθαρά / μήνα", (1_450, 1_450, "month", "EUR"), id="net a month"),
        P("Αμοιβή: 35 - 45 €/ώρα", (35, 45, "hour", "EUR"), id="euros an hour"),
        P("Αμοιβή 280€ ανά ημέρα", (280, 280, "day", "EUR"), id="a day"),
        P("Μικτές αποδοχές: 26.000€ ετησίως", (26_000, 26_000, "year", "EUR"), id="a year"),
        P("1.200 - 1.500 ευρώ μηνιαίως", (1_200, 1_500, "month", "EUR"), id="ευρώ is the euro"),
        P("Μικτός μισθός 1.900€ x 14", (1_900, 1_900, "month", "EUR"), id="a month times 14"),
        P("Salary: €2,100 x 13", (2_100, 2_100, "month", "EUR"), id="a month times 13"),
        P("Μικτές αποδοχές 1.750€, 14 μισθοί", (1_750, 1_750, "month", "EUR"), id="14 salaries"),
        P(
            "Μισθός 1.300 - 1.600€ (14 μισθοί)",
            (1_300, 1_600, "month", "EUR"),
            id="a range of 14 salaries",
        ),
    ],
)
def test_greek_rates(text: str, rate: tuple[float, float, str, str]) -> None:
    found = parse_rate(text)
    assert found is not None
    assert (found.min, found.max, found.period, found.currency) == rate


@pytest.mark.parametrize(
    "text",
    [
        P("Αμοιβή ανάλογη προσόντων", id="pay by qualifications"),
        P("Το κτίριο διαθέτει 2 x 14 θέσεις στάθμευσης", id="a count times 14"),
    ],
)
def test_greek_look_alikes_are_no_rate(text: str) -> None:
    assert parse_rate(text) is None


@pytest.mark.parametrize(
    ("text", "engagement"),
    [
        P("Πλήρης απασχόληση, σύμβαση αορίστου χρόνου", "full_time", id="permanent full-time"),
        P("ΠΛΗΡΗΣ ΑΠΑΣΧΟΛΗΣΗ", "full_time", id="capitals without accents"),
        P("Μερική απασχόληση, 4 ώρες την ημέρα", "part_time", id="part-time"),
        P("Σύμβαση ορισμένου χρόνου 8 μηνών", "contract", id="fixed term"),
        P("Συνεργασία με μπλοκάκι για έργο 5 μηνών", "freelance", id="μπλοκάκι"),
        P("Εξωτερικός συνεργάτης με ΔΠΥ", "freelance", id="external collaborator with ΔΠΥ"),
        P("Τιμολόγιο Παροχής Υπηρεσιών", "freelance", id="service invoice"),
        P("Σύμβαση έργου", "freelance", id="a contract for work"),
    ],
)
def test_greek_engagements(text: str, engagement: str) -> None:
    found = parse_engagement("Backend Engineer", text)
    assert found is not None
    assert found.engagement == engagement


@pytest.mark.parametrize(
    ("location", "text", "scope", "regions"),
    [
        P("Ελλάδα", "100% τηλεργασία εντός Ελλάδας", "region", {"GR"}, id="telework in Greece"),
        P(
            "Θεσσαλονίκη",
            "Απομακρυσμένη εργασία από όλη την Ελλάδα",
            "region",
            {"GR"},
            id="remote work across Greece",
        ),
        P("Μαρούσι", "Υβριδικό μοντέλο εργασίας", "hybrid", {"GR"}, id="hybrid"),
        P("Γλυφάδα", "2 ημέρες τηλεργασία την εβδομάδα", "hybrid", {"GR"}, id="telework days"),
        P(
            "Χαλάνδρι",
            "Τηλεργασία 2 ημέρες την εβδομάδα",
            "hybrid",
            {"GR"},
            id="telework, then its days",
        ),
        P("ΘΕΣΣΑΛΟΝΙΚΗ", "Εργασία στο γραφείο μας.", "onsite", {"GR"}, id="a town in capitals"),
        P("Πάτρα", "Απαιτείται φυσική παρουσία στο γραφείο", "onsite", {"GR"}, id="on site"),
    ],
)
def test_greek_remote_modes(location: str, text: str, scope: str, regions: set[str]) -> None:
    found = parse_remote(location, text, None)
    assert found.scope == scope
    assert set(found.regions) == regions


@pytest.mark.parametrize(
    ("title", "text", "kind"),
    [
        P("DevOps Engineer", "Η εταιρεία μας αναζητά DevOps Engineer.", "demand", id="seeks"),
        P("Ζητείται Backend Developer", "Πλήρης απασχόληση.", "demand", id="wanted"),
        P(
            "DevOps freelancer",
            "Είμαι διαθέσιμη για νέα έργα DevOps με ΤΠΥ.",
            "supply",
            id="available for projects",
        ),
    ],
)
def test_greek_kinds(title: str, text: str, kind: str) -> None:
    found = parse_kind(title, text)
    assert found is not None
    assert found[0] == kind


@pytest.mark.parametrize(
    "text",
    [
        P(
            "Δουλειά από το σπίτι! Αποδοχές έως 2.500€. Απαιτείται κόστος εγγραφής 40€.",
            id="a registration fee asked for",
        ),
        P(
            "ΑΠΑΙΤΕΙΤΑΙ ΠΑΡΑΒΟΛΟ 30 ΕΥΡΩ ΓΙΑ ΤΗΝ ΕΝΤΑΞΗ ΣΤΗΝ ΟΜΑΔΑ.",
            id="a fee in capitals without accents",
        ),
        P(
            "Συσκευασία προϊόντων. Επικοινωνία μόνο μέσω WhatsApp.",
            id="the chat app the one route",
        ),
        P("Στείλτε μήνυμα στο Viber για λεπτομέρειες.", id="a message on Viber"),
    ],
)
def test_greek_scams_are_flagged(text: str) -> None:
    found = assess(title="Εργασία", company=None, text=text, url=None, provenance="aggregator")
    assert any(flag.hard for flag in found.flags)


@pytest.mark.parametrize(
    "text",
    [
        P(
            "Η εταιρεία καλύπτει το κόστος εγγραφής σε συνέδρια και τα παράβολα πιστοποιήσεων.",
            id="the company pays the fees",
        ),
        P(
            "Δεν υπάρχει κανένα κόστος εγγραφής για τους υποψηφίους.",
            id="no fee for applicants",
        ),
        P(
            "Η ομάδα μας αναπτύσσει την πλατφόρμα μηνυμάτων με Viber και WhatsApp API.",
            id="the chat apps as the product",
        ),
    ],
)
def test_greek_honest_posts_are_not_flagged(text: str) -> None:
    found = assess(
        title="Backend Engineer",
        company="Ακρόπολις Analytics",
        text=text,
        url=None,
        provenance="aggregator",
    )
    assert not any(flag.hard for flag in found.flags)
