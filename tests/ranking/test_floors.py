"""Floors in the user's unit: a piece floor judges only rates paid by the same piece."""

from __future__ import annotations

import pytest

from extractors._contract import Posting
from warehouse.ranking.features import understand
from warehouse.ranking.floors import parse_floor, sign_of
from warehouse.ranking.profile import CurrencyFloor, Profile, RankingSettings, RateFloor
from warehouse.ranking.rates import piece_of

TRANSLATOR = Profile(
    skills=("translation",), currency="EUR", min_hourly_rate=45.0,
    piece_floors=(RateFloor(0.12, "word"), RateFloor(1.2, "line")),
)  # fmt: skip


@pytest.mark.parametrize(
    ("text", "floor", "said"),
    [
        ("We pay €0.08 per source word for UI strings.", "below", "per word; EUR"),
        ("Honorar: 0,14 € pro Wort.", "above", "per word; EUR"),
        ("Tarif : 0,13 € le mot.", "above", "per word; EUR"),
        ("Vergütung 1,10 € pro Normzeile.", "below", "per line; EUR"),
        # $0.12 is about €0.11
        ("$0.12 per word, ongoing.", "below", "per word; USD→EUR at 0.9259"),
        # look-alikes: no floor of that piece (named, not judged), or no piece at all
        ("EUR 3.50 per runtime minute.", None, "per minute; EUR"),
        ("$25 per article of 500 words.", None, "per article; USD→EUR at 0.9259"),
        ("Rate: $180 per 1,200-word article.", None, "per article; USD→EUR at 0.9259"),
        ("Paying €150 each for short reels.", None, None),
        # any piece the posting names is named so, converted, and judged by no time floor
        ("We pay $150 per video.", None, "per video; USD→EUR at 0.9259"),
        ("€60 pro Video, Schnitt inklusive.", None, "per video; EUR"),
        ("Budget: €300/episode.", None, "per episode; EUR"),
        ("€40 per hour for post-editing.", "below", "per hour; EUR"),
    ],
)
def test_a_piece_rate_meets_the_floor_of_its_own_piece(
    text: str, floor: str | None, said: str | None
) -> None:
    posting = Posting("t", "1", "https://x.ex", title="Translator EN>DE", text=text)
    features = understand(posting, TRANSLATOR, RankingSettings())
    assert (features.rate_vs_floor, features.rate_conversion) == (floor, said)


@pytest.mark.parametrize(
    ("raw", "unit"),
    [("0,12 € le mot", "word"), ("4 € pro Normseite", "page"), ("$30 per video", "video"),
     ("EUR 3.50/min", "minute"), ("$40 per final videos", "video"), ("€40 por artículo", "article"),
     ("$300/episode", "episode"), ("$5 per wordpress post", None), ("€150 each", None),
     ("$60 a piece", "piece")],
)  # fmt: skip
def test_the_piece_is_read_from_the_rates_own_words(raw: str, unit: str | None) -> None:
    assert piece_of(raw) == unit


@pytest.mark.parametrize(
    ("written", "floor"),
    [("0.12/word", RateFloor(0.12, "word")), ("150/video", RateFloor(150.0, "video")),
     ("0.125/word", RateFloor(0.125, "word")), ("0,085 per word", RateFloor(0.085, "word")),
     ("40 per article", RateFloor(40.0, "article")), ("1,20/Normzeile", RateFloor(1.2, "line"))],
)  # fmt: skip
def test_a_floor_may_be_by_any_piece_a_rate_is_paid_by(written: str, floor: RateFloor) -> None:
    assert parse_floor(written, {}, "EUR", {"EUR"}) == (floor, "EUR")


def test_a_floor_of_no_known_unit_names_the_units() -> None:
    with pytest.raises(ValueError, match="unknown unit 'parsec'.*word, line, page"):
        parse_floor("3/parsec", {}, "EUR", {"EUR"})


@pytest.mark.parametrize(
    ("written", "floor", "currency"),
    [("R$ 18 mil/mês", RateFloor(18000.0, "month"), "BRL"),
     ("₱ 40,000 a month", RateFloor(40000.0, "month"), "PHP"),
     ("40 000 PHP per month", RateFloor(40000.0, "month"), "PHP"),
     ("18.000/mes BRL", RateFloor(18000.0, "month"), "BRL"),
     ("450 €/jour", RateFloor(450.0, "day"), "EUR"),
     ("90 €/Stunde", RateFloor(90.0, "hour"), "EUR"),
     ("18k/month", RateFloor(18000.0, "month"), "USD"),
     ("7.5/h", RateFloor(7.5, "hour"), "USD"),
     ("0,12 €/word", RateFloor(0.12, "word"), "EUR"),
     ("Fr. 135.–/h", RateFloor(135.0, "hour"), "CHF"),
     ("CHF 1'100.-/Tag", RateFloor(1100.0, "day"), "CHF"),
     ("₴1200/год", RateFloor(1200.0, "hour"), "UAH"),
     ("900 грн/год", RateFloor(900.0, "hour"), "UAH"),
     ("15,000 cedis/month", RateFloor(15000.0, "month"), "GHS"),  # a currency's word after
     ("1,200 baht/hour", RateFloor(1200.0, "hour"), "THB"),
     ("50 euros per hour", RateFloor(50.0, "hour"), "EUR")],
)  # fmt: skip
def test_a_floor_is_read_with_its_currency(written: str, floor: RateFloor, currency: str) -> None:
    signs = {"R$": "BRL", "₱": "PHP", "€": "EUR", "FR.": "CHF", "₴": "UAH", "ГРН": "UAH"}
    signs |= {"CEDIS": "GHS", "BAHT": "THB", "EUROS": "EUR"}
    known = {"USD", "BRL", "PHP", "EUR", "CHF", "UAH", "GHS", "THB"}
    assert parse_floor(written, signs, "USD", known) == (floor, currency)


def test_a_currencys_word_is_no_sign_to_show_rates_with() -> None:
    """A floor of "15,000 cedis/month" shows rates in GHS, not glued to a word."""
    assert (sign_of("15,000 cedis/month"), sign_of("1,200 บาท/ชั่วโมง")) == (None, "บาท")


def test_a_cut_hour_of_a_years_size_is_refused() -> None:
    """Ukrainian's "год" is an hour below a year's least pay, as the readers take it; above,
    a Russian year as likely: no guess."""
    with pytest.raises(ValueError, match="unknown unit 'год'"):
        parse_floor("60000 грн/год", {"ГРН": "UAH"}, "UAH", {"UAH"})


def test_a_floor_of_two_currencies_is_refused() -> None:
    with pytest.raises(ValueError, match="two currencies"):
        parse_floor("€45/h USD", {"€": "EUR"}, "USD", {"USD", "EUR"})


BRAZILIAN = Profile(
    skills=("python",), currency="USD", min_hourly_rate=45.0,
    currency_floors=(CurrencyFloor("BRL", RateFloor(18000.0, "month"), 160.0),),
)  # fmt: skip


@pytest.mark.parametrize(
    ("text", "floor", "said"),
    [
        ("Remuneração: R$ 15.000/mês, PJ.", "below", "160 h/month; BRL floor 18000/month"),
        ("Pagamos R$ 120/hora.", "above", "per hour; BRL floor 18000/month, ≈ 19200/month"),
        ("Valor: R$ 100 a R$ 130 por hora.", "straddles",
         "per hour; BRL floor 18000/month, ≈ 16000-20800/month"),
        # other currencies: against the profile's floor, converted as ever
        ("Contract, $40/hr.", "below", "per hour; USD"),
        ("Contract, €45/h.", "above", "per hour; EUR→USD at 1.08"),
        # a budget has no hours: no floor judges it
        ("Orçamento fixo de R$ 5.000 pelo projeto.", None, None),
    ],
)  # fmt: skip
def test_a_rate_in_a_currency_with_its_own_floor_is_held_against_it(
    text: str, floor: str | None, said: str | None
) -> None:
    posting = Posting("t", "1", "https://x.ex", title="Dev Python", text=text)
    features = understand(posting, BRAZILIAN, RankingSettings())
    assert (features.rate_vs_floor, features.rate_conversion) == (floor, said)
    # the field `why` and the exclusion read, not the conversion's words
    own = {
        "Remuneração:": "floor 18000/month",
        "Pagamos": "floor 18000/month, ≈ 19200/month",
        "Valor:": "floor 18000/month, ≈ 16000-20800/month",
    }
    assert features.rate_own_floor_said == own.get(text.split()[0])
