"""Rate floors in the user's own unit (`[profile] min_rate`): "550/day" for a UK
contractor, "0.12/word" for a translator, "45/hour" for most.

A floor of time is one hourly floor, converted through `[ranking] hours_per_*`, and so
judges every rate of time. A floor by the piece judges only rates paid by the same piece:
a per-word floor never judges an hourly job, nor a job paid per article. A rate by a piece
no floor pays by is still named by its piece and converted ("€0.10/word (≈ $0.11/word)"),
and `why` says it was not compared."""

from __future__ import annotations

import re
from dataclasses import dataclass

from warehouse.ranking.profile import RateFloor
from warehouse.ranking.rates import PIECE_WORDS, PIECES, Rate, exchange_said, piece_of

TIME_UNITS = {"hour": "hour", "h": "hour", "hr": "hour", "day": "day", "d": "day"}
TIME_UNITS |= {"week": "week", "wk": "week", "month": "month", "mo": "month"}
TIME_UNITS |= {"year": "year", "yr": "year"}
# "550/day", "£550 per day", "0,12 €/word", "EUR 45 an hour"
_FLOOR = re.compile(
    r"\s*(?P<before>[^\d\s]{1,3}\s?)?(?P<amount>\d+(?:[.,]\d+)?)\s*(?P<after>[^\d\s/]{1,3})?"
    r"\s*(?:/|\bper\b|\ba\b|\ban\b)\s*(?P<unit>[^\d]+?)\s*"
)


def parse_floor(written: str, currency_of: dict[str, str], currency: str) -> RateFloor:
    """A floor as the user writes it; `currency_of` reads a sign or code ("£", "gbp"),
    which must be the profile's `currency`. ValueError says what is wrong."""
    found = _FLOOR.fullmatch(written)
    units = ", ".join([*dict.fromkeys(TIME_UNITS.values()), *list(PIECES)[:6], "..."])
    if not found:
        raise ValueError(f"{written!r} is no rate: write an amount and its unit, as "
                         f'"550/day" or "0.12/word" (units: {units})')  # fmt: skip
    for sign in filter(None, (found["before"], found["after"])):
        code = currency_of.get(sign.strip().upper(), sign.strip().upper())
        if code != currency:
            raise ValueError(f"{written!r}: a floor is in profile.currency ({currency}), "
                             f"not {sign.strip()}")  # fmt: skip
    word = found["unit"].lower()
    unit = TIME_UNITS.get(word) or TIME_UNITS.get(word.removesuffix("s")) or PIECE_WORDS.get(word)
    if unit is None:
        raise ValueError(f"{written!r}: unknown unit {found['unit']!r} (units: {units})")
    amount = float(found["amount"].replace(",", "."))
    if amount <= 0:
        raise ValueError(f"{written!r}: a floor must be above 0")
    return RateFloor(amount, unit)


@dataclass(frozen=True, slots=True)
class PieceRate:
    """A rate by a piece of ours, in the profile's currency, and the floor of that piece."""

    lo: float | None
    hi: float | None
    said: str  # its `rate_conversion`: "per word; EUR→USD at 1.08", which `why` reads
    floor: RateFloor | None  # None: no floor pays by that piece, so it is not compared


def piece_rate(
    rate: Rate, floors: tuple[RateFloor, ...], currency: str, fx_usd: dict[str, float]
) -> PieceRate | None:
    """A rate by a piece its words name (word, line, video ...) in the profile's currency;
    None for another period, a piece unnamed ("€150 each"), or a currency with no price."""
    unit = piece_of(rate.raw) if rate.period == "piece" else None
    if unit is None or rate.currency not in fx_usd or currency not in fx_usd:
        return None
    factor = fx_usd[rate.currency] / fx_usd[currency]

    def converted(value: float | None) -> float | None:
        return None if value is None else round(value * factor, 4)

    floor = next((f for f in floors if f.unit == unit), None)
    said = f"per {unit}; {exchange_said(rate.currency, currency, factor)}"
    return PieceRate(converted(rate.min), converted(rate.max), said, floor)
