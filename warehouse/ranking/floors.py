"""Rate floors in the user's own unit (`[profile] min_rate`): "550/day" for a UK
contractor, "0.12/word" for a translator, "45/hour" for most.

A floor of time is one hourly floor, converted through `[ranking] hours_per_*`, and so
judges every rate of time. A floor by the piece judges only rates paid by the same piece:
a per-word floor never judges an hourly job, nor a job paid per article. A rate by a piece
no floor pays by is still named by its piece and converted ("€0.10/word (≈ $0.11/word)"),
and `why` says it was not compared.

A floor of time may name a currency of its own ("18000/month BRL" beside "45/hour" in
USD): a rate paid in it is held against that floor as paid, unconverted, and `why` says
so ("R$ 15k/mo below your BRL floor of 18000/month"); a rate in any other currency is
converted and held against the profile currency's floor, as ever."""

from __future__ import annotations

import re
from collections.abc import Collection
from dataclasses import dataclass

from warehouse.ranking.profile import CurrencyFloor, RateFloor
from warehouse.ranking.rates import (
    COUNTED_IN,
    COUNTED_SCALES,
    LAKH_CURRENCIES,
    PIECE_WORDS,
    PIECES,
    WHOLE,
    Rate,
    cut_hour,
    exchange_said,
    fx_factor,
    includes_super,
    piece_of,
    read_amount,
)
from warehouse.ranking.regions import PESOS

TIME_UNITS = {"hour": "hour", "h": "hour", "hr": "hour", "day": "day", "d": "day"}
TIME_UNITS |= {"week": "week", "wk": "week", "month": "month", "mo": "month"}
TIME_UNITS |= {"year": "year", "yr": "year"}
# the same units as a floor in French, Spanish, Portuguese, German or Italian names them
# ("450 €/jour", "R$ 18 mil/mês", "90 €/Stunde")
TIME_UNITS |= dict.fromkeys(("heure", "hora", "stunde", "std", "ora"), "hour")
TIME_UNITS |= dict.fromkeys(("jour", "día", "dia", "tag", "giorno"), "day")
TIME_UNITS |= dict.fromkeys(("semaine", "semana", "woche", "settimana"), "week")
TIME_UNITS |= dict.fromkeys(("mois", "mes", "mês", "monat", "mese", "mensal"), "month")
TIME_UNITS |= dict.fromkeys(("an", "année", "año", "ano", "jahr", "anno"), "year")
# and in Japanese ("80万円/月", "5,000円/時間")
TIME_UNITS |= {"時間": "hour", "時": "hour", "日": "day", "週": "week", "月": "month", "年": "year"}
# and in Polish, Ukrainian and Russian ("160 zł/godz.", "25 000 PLN/mies.", "4000$/міс")
TIME_UNITS |= dict.fromkeys(("godz", "godzina", "godzinę", "година", "годину", "час"), "hour")
TIME_UNITS |= dict.fromkeys(("dzień", "день"), "day")
TIME_UNITS |= dict.fromkeys(("tydzień", "тиждень", "неделя", "неделю"), "week")
TIME_UNITS |= dict.fromkeys(("mies", "miesiąc", "mc", "міс", "місяць", "мес", "месяц"), "month")
TIME_UNITS |= dict.fromkeys(("rok", "рік"), "year")
# and in Dutch ("€90/uur", "750 per dag", "p/u")
TIME_UNITS |= {"uur": "hour", "u": "hour", "dag": "day", "maand": "month", "jaar": "year"}
# and in Swedish ("900 kr/tim", "7 200 kr/dag", "150 000 kr/mån")
TIME_UNITS |= dict.fromkeys(("tim", "timme", "timmen"), "hour")
TIME_UNITS |= {"vecka": "week", "mån": "month", "månad": "month", "år": "year"}
# and in Thai ("1,200 บาท/ชั่วโมง", "฿60,000/เดือน")
TIME_UNITS |= {"ชั่วโมง": "hour", "ชม": "hour", "วัน": "day", "สัปดาห์": "week"}
TIME_UNITS |= {"เดือน": "month", "ปี": "year"}
# and in Czech and Slovak, with marks or without ("7 000 Kč/MD": a man-day, "700 Kč/hod",
# "80 000 Kč/měsíc")
TIME_UNITS |= dict.fromkeys(("md", "člověkoden", "clovekoden", "den", "deň"), "day")
TIME_UNITS |= dict.fromkeys(("hod", "hodina", "hodinu"), "hour")
TIME_UNITS |= dict.fromkeys(("měsíc", "mesic", "mesiac", "měs"), "month")
TIME_UNITS |= {"týden": "week", "tyden": "week", "týždeň": "week"}
# and in Hungarian ("18 000 Ft/óra", "120 000 Ft/nap", "1 200 000 Ft/hó")
TIME_UNITS |= {"óra": "hour", "nap": "day", "hét": "week", "hó": "month", "hónap": "month"}
TIME_UNITS |= {"év": "year"}
# and in Serbian, Croatian and Bosnian, in both alphabets ("3.000 din po satu", "€35/sat",
# "250.000 RSD mesečno": a period's adverb after the amount needs no "per", `_ADVERBS`)
TIME_UNITS |= dict.fromkeys(("sat", "satu", "сат", "сату"), "hour")
TIME_UNITS |= dict.fromkeys(("dan", "danu", "дан", "дану"), "day")
TIME_UNITS |= dict.fromkeys(("nedelja", "nedelju", "tjedan", "недеља", "недељу"), "week")
TIME_UNITS |= dict.fromkeys(("mesec", "mesecu", "mjesec", "mjesecu", "месец", "месецу"), "month")
TIME_UNITS |= dict.fromkeys(("godina", "godinu"), "year")
_ADVERBS = {"dnevno": "day", "дневно": "day", "godišnje": "year", "godisnje": "year"}
_ADVERBS |= dict.fromkeys(("mesečno", "mesecno", "mjesečno", "mjesecno", "месечно"), "month")
TIME_UNITS |= _ADVERBS
# net or gross, and VAT on top, as a B2B contractor states a rate ("160 PLN/h netto + VAT",
# a Dutch "€90/uur excl. btw"): the rate is the same number either way, as postings' rates
# are read
_TAX_WORDS = re.compile(
    r"[^\S\n]*(?:\(?[^\S\n]*\+[^\S\n]*vat[^\S\n]*\)?|\(?(?<!\w)(?:excl|incl|ex|exkl|inkl|zzgl)\.?"
    r"[^\S\n]*(?:btw|vat|mwst|ust|moms)\b\)?"
    r"|(?<!\w)(?:netto|net|brutto|gross|нетто|брутто|neto|bruto|нето|бруто)(?!\w))",
    re.IGNORECASE,
)
# and in Korean ("600만원/월"), or its period first as Koreans write a price ("월 600만원",
# "시급 5만원", "연봉 8,000만원"; 만: ten thousand)
TIME_UNITS |= {"시간": "hour", "시": "hour", "일": "day", "주": "week", "월": "month", "년": "year"}
# and in Vietnamese, with marks or without ("25 triệu/tháng", "30tr/thang", "500.000đ/giờ")
TIME_UNITS |= {"giờ": "hour", "gio": "hour", "ngày": "day", "ngay": "day", "tuần": "week"}
TIME_UNITS |= {"tuan": "week", "tháng": "month", "thang": "month", "năm": "year"}
# and in Indonesian ("Rp 25 juta/bulan", "Rp 150.000/jam", "25jt per bulan")
TIME_UNITS |= {"jam": "hour", "hari": "day", "minggu": "week", "bulan": "month", "bln": "month"}
TIME_UNITS |= {"tahun": "year"}
# and in Hebrew, after a slash or with its "per" (ל) joined ("₪350/שעה", "350 ש"ח לשעה")
_HEBREW_UNITS = {"שעה": "hour", "יום": "day", "שבוע": "week", "חודש": "month", "שנה": "year"}
TIME_UNITS |= _HEBREW_UNITS | {f"ל{word}": period for word, period in _HEBREW_UNITS.items()}
_PERIOD_FIRST = {"시급": "hour", "시간당": "hour", "일당": "day", "주급": "week", "월": "month"}
_PERIOD_FIRST |= {"월급": "month", "월 단가": "month", "연봉": "year", "연": "year"}
_KOREAN_FLOOR = re.compile(
    rf"\s*(?P<period>{'|'.join(sorted(_PERIOD_FIRST, key=len, reverse=True))})\s*"
    r"(?P<price>[^\d\s]{1,3}\s?)?(?P<amount>\d[\d,.]*\s*만?\s*[^\d\s/／]{0,3})\s*"
)
# "550/day", "£550 per day", "0,12 €/word", "EUR 45 an hour", "R$ 18 mil/mês", "CHF 1'000/Tag",
# "40,000 PHP a month", "18000/month BRL", "80万円/月" (万: ten thousand), a currency's
# word after the amount ("1,200 baht/hour", "15,000 cedis/month"), and whole
# francs as the readers take them ("Fr. 120.–/h", "SFr. 950.-/Tag"); South Asia's
# lakhs grouped in twos ("NPR 1,00,000 per month", "Rs 2,50,000/month")
_FLOOR = re.compile(
    r"\s*(?P<before>[^\d\s]{1,4}\s?)?(?P<amount>\d{1,3}(?:[,.\s'’]\d{3})+|\d{1,2}(?:,\d\d)+,\d{3}"
    r"|\d+(?:[.,]\d+)?)"
    f"{WHOLE}"
    r"\s*(?P<scale>k(?![rč]|c(?![a-z]))|m(?![a-z])|millones|millón|millon|mil|万|만|triệu|trieu|tr|juta|jt|ribu|rb|lakhs?|lacs?)?\s*(?P<after>[^\d\s/／]{1,3}|[^\W\d_]{3}\.|[^\W\d_]{4,7})?"
    r"\s*(?:[/／]|\bper\b|\ba\b|\ban\b|\bpor\b|\bpar\b|\bpro\b|(?=ל[\u05d0-\u05ea])"
    rf"|\bpo\b|\bпо\b|(?=(?:{'|'.join(_ADVERBS)})\b))"
    r"\s*(?P<unit>[^\d\s]+?)"
    r"(?:\s+(?P<code>[A-Za-z]{3}))?\s*",
    re.IGNORECASE,
)
_SCALES: dict[str, float] = {"k": 1000, "m": 1_000_000, "mil": 1000, "万": 10_000, "만": 10_000}
_SCALES |= dict.fromkeys(("millones", "millón", "millon"), 1_000_000)  # "ARS 1,5 millones/mes"
_SCALES |= COUNTED_SCALES  # millions of dong, millions and thousands of rupiah, no sign
# lakhs (100,000) of rupees or taka: "Rs 2.5 lakh/month", or "1.5 lac/month" in a profile
# in PKR, INR, NPR or BDT; another currency's lakhs are refused ("2 lakh/month" in USD)
_LAKHS = dict.fromkeys(("lakh", "lakhs", "lac", "lacs"), 100_000.0)
_SCALES |= _LAKHS
# "¥" is the yen's sign and the yuan's: a floor's "¥" is the profile's currency when that is
# one of them, else refused as unknown (no guess between a rate and 20 times it)
_YEN_OR_YUAN = frozenset({"¥", "￥"})
# and "kr" is the crown of the profile's currency when that is Sweden's, Norway's or
# Denmark's ("900 kr/h" with currency = "SEK"), else refused as unknown
_CROWNS = frozenset({"SEK", "NOK", "DKK"})
# and "Shs" (or "Sh", or "/=" after the amount: "3,000,000/= per month") the shilling of a
# profile in Uganda's, Kenya's or Tanzania's, else refused as unknown
_SHILLINGS = frozenset({"UGX", "KES", "TZS"})
_SHILLING_MARK = re.compile(r"(?<=[\dkKmM])\s?/=")
# and "$" the peso of a profile in pesos ("$2.500.000/mes" with currency = "CLP"), as
# Chile, Mexico, Colombia and Argentina write it; else the US dollar


def sign_of(written: str) -> str | None:
    """The sign a floor is written with ("R" of "R600/day", "C$" of "C$95/h"): none for an
    ISO code ("EUR 45 an hour"), a currency's word ("1,200 baht/hour") or a floor of no
    currency ("550/day")."""
    found = _FLOOR.fullmatch(_TAX_WORDS.sub("", written))
    for sign in (found["before"], found["after"]) if found else ():
        if sign and not re.fullmatch(r"[A-Za-z]{3}|[^\W\d_]{4,}", sign := sign.strip()):
            return sign
    return None


def parse_floor(
    written: str, currency_of: dict[str, str], currency: str, known: Collection[str]
) -> tuple[RateFloor, str]:
    """A floor as the user writes it, and its currency: the one a sign or code names
    (`currency_of` reads "£", "r$"; `known` are the codes a floor may name), else the
    profile's `currency`. ValueError says what is wrong."""
    written = _SHILLING_MARK.sub(" Shs", _TAX_WORDS.sub("", written))
    if korean := _KOREAN_FLOOR.fullmatch(written):
        price = f"{korean['price'] or ''}{korean['amount']}"
        written = f"{price.strip()}/{_PERIOD_FIRST[korean['period']]}"
    found = _FLOOR.fullmatch(written)
    units = ", ".join([*dict.fromkeys(TIME_UNITS.values()), *list(PIECES)[:6], "..."])
    if not found:
        raise ValueError(
            f'{written!r} is no rate: write an amount and its unit, as "550/day", '
            f'"0.12/word" or "18000/month BRL" (units: {units})'
        )
    named = set()
    for sign in filter(None, (found["before"], found["after"], found["code"])):
        upper = sign.strip().upper()
        yen_or_yuan = upper in _YEN_OR_YUAN and currency in ("JPY", "CNY")
        crown = upper in ("KR", "KR.") and currency in _CROWNS
        peso = upper == "$" and currency in PESOS
        shilling = upper in ("SHS", "SHS.", "SH", "SH.") and currency in _SHILLINGS
        ours = yen_or_yuan or crown or peso or shilling
        code = currency if ours else currency_of.get(upper, upper)
        if code not in known:
            raise ValueError(f"{written!r}: unknown currency {sign.strip()!r} (write an ISO "
                             "code with a rate in [ranking.fx_usd])")  # fmt: skip
        named.add(code)
    if counted := COUNTED_IN.get((found["scale"] or "").lower()):
        named.add(counted)  # "25 triệu/tháng" is dong, "Rp 25 juta/bulan" rupiah
    if len(named) > 1:
        raise ValueError(f"{written!r}: two currencies ({', '.join(sorted(named))})")
    if (found["scale"] or "").lower() in _LAKHS and (named or {currency}) - LAKH_CURRENCIES:
        raise ValueError(f'{written!r}: lakhs of rupees or taka: write which ("Rs", "PKR", '
                         '"INR", "NPR", "BDT")')  # fmt: skip
    amount = read_amount(found["amount"]) * _SCALES.get((found["scale"] or "").lower(), 1)
    word = found["unit"].lower().rstrip(".")
    unit = TIME_UNITS.get(word) or TIME_UNITS.get(word.removesuffix("s")) or PIECE_WORDS.get(word)
    # "₴1500/год" is an hour, as the readers take Ukrainian's cut "год" below a year's
    # least pay; "60000/год" is refused (a Russian year, or 60000 an hour)
    unit = unit or ("hour" if cut_hour(word, amount) else None)
    if unit is None:
        raise ValueError(f"{written!r}: unknown unit {found['unit']!r} (units: {units})")
    if amount <= 0:
        raise ValueError(f"{written!r}: a floor must be above 0")
    return RateFloor(amount, unit), named.pop() if named else currency


def own_floor_said(rate: Rate, own: CurrencyFloor, lo: float | None, hi: float | None) -> str:
    """The floor a rate in its own currency was held against, for `rate_conversion` and
    `why` ("floor 18000/month", after its currency), with the rate in that floor's unit
    where it is paid by another ("floor 18000/month, ≈ 19200/month")."""
    said = f"floor {own.floor}"
    if rate.period == own.floor.unit and not includes_super(rate):
        return said
    ends = [f"{round(v * own.hours)}" for v in (lo, hi) if v is not None]
    return f"{said}, ≈ {'-'.join(dict.fromkeys(ends))}/{own.floor.unit}"


@dataclass(frozen=True, slots=True)
class PieceRate:
    """A rate by a piece of ours, in the profile's currency, and the floor of that piece."""

    lo: float | None
    hi: float | None
    unit: str  # the piece ("word", "video")
    said: str  # its `rate_conversion`: "per word; EUR→USD at 1.08"
    floor: RateFloor | None  # None: no floor pays by that piece, so it is not compared


def piece_rate(
    rate: Rate, floors: tuple[RateFloor, ...], currency: str, fx_usd: dict[str, float]
) -> PieceRate | None:
    """A rate by a piece its words name (word, line, video ...) in the profile's currency;
    None for another period, a piece unnamed ("€150 each"), or a currency with no price."""
    unit = piece_of(rate.raw) if rate.period == "piece" else None
    if unit is None or rate.currency not in fx_usd or currency not in fx_usd:
        return None
    factor = fx_factor(rate.currency, currency, fx_usd) or 1.0

    def converted(value: float | None) -> float | None:
        return None if value is None else round(value * factor, 4)

    floor = next((f for f in floors if f.unit == unit), None)
    said = f"per {unit}; {exchange_said(rate.currency, currency, factor)}"
    return PieceRate(converted(rate.min), converted(rate.max), unit, said, floor)
