"""Held-out cases (session s49): Rioplatense fees (voseo verbs, "la inscripción", a
"seña"), parcels sent abroad in German word order, and pay offered around a freelance
platform (Upwork: "offers to pay you directly via PayPal"; Fiverr: no payment links)."""

import pytest

from tests.ranking.test_legitimacy import FILLER, codes, run

P = pytest.param


@pytest.mark.parametrize(
    ("text", "vetoed"),
    [
        P("Para arrancar aboná la inscripción de $12.000 y te habilitamos el panel.", True,
          id="aboná la inscripción"),
        P("Antes de empezar tenés que abonar el curso de ventas ($6.500).", True,
          id="tenés que abonar el curso"),
        P("Para asegurar tu vacante dejá una seña de $2.500 por transferencia.", True,
          id="dejá una seña"),
        P("Tareas: cobrar la seña de cada reserva y registrar los pagos en el sistema.", False,
          id="a seña collected as a duty"),
        P("No te pedimos que abones la inscripción: la capacitación la paga la empresa.", False,
          id="the inscripción refused"),
        P("La inscripción a la búsqueda se hace en nuestra web; el puesto es efectivo.", False,
          id="an inscripción with no price nor payment"),
    ],
)  # fmt: skip
def test_rioplatense_fees(text: str, vetoed: bool) -> None:
    assert ("pay_to_work" in codes(run(f"{FILLER} {text}"), hard=True)) is vetoed


@pytest.mark.parametrize(
    ("text", "vetoed"),
    [
        P("Sie nehmen Pakete bei sich zu Hause an und müssen sie dann ins Ausland "
          "weiterschicken.", True, id="sent abroad from home"),
        P("Eingehende Pakete annehmen, an die Fachabteilungen verteilen und Exportsendungen "
          "ins Ausland versenden.", False, id="a firm's mailroom sends abroad"),
    ],
)  # fmt: skip
def test_german_parcels_sent_abroad(text: str, vetoed: bool) -> None:
    assert ("reshipping" in codes(run(f"{FILLER} {text}"), hard=True)) is vetoed


@pytest.mark.parametrize(
    ("text", "vetoed"),
    [
        P("I can pay you through Wise instead of through Upwork to keep it simple.", True,
          id="instead of through Upwork"),
        P("Payment goes by a link I text you, not through Fiverr.", True,
          id="a payment link, not through Fiverr"),
        P("You get paid by bank transfer, so we don't need the Upwork contract.", True,
          id="no need for the contract"),
        P("Let's skip the Fiverr order and settle it privately.", True, id="skip the order"),
        P("All pay goes through Upwork milestones, not outside the platform.", False,
          id="pay kept on the platform"),
        P("We chose Upwork instead of Fiverr for this contract; pay is hourly.", False,
          id="one platform instead of another"),
        P("You will build payment links and QR checkouts for merchants on our platform.", False,
          id="payment links as the product"),
    ],
)  # fmt: skip
def test_pay_offered_around_the_platform(text: str, vetoed: bool) -> None:
    assert ("off_platform" in codes(run(f"{FILLER} {text}"), hard=True)) is vetoed
