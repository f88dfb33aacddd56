"""Pay rates read from free text, and their hourly equivalent.

A rate needs a currency (symbol or ISO code) and a stated period: "$100" alone says
nothing about hours, so it is None rather than a guess (the job-radar rule). One cue
stands in for a period: a salary of tens or hundreds of thousands named as one
("Salary: $185,500", "$150k-$200k + equity", "£90k base") is a year's pay, in the
currencies where such a sum cannot be a month's. "$" is read as USD; "C$", "A$", "NZ$"
and ISO codes say otherwise. Amounts without a currency are never money here, which
keeps years, team sizes, phone numbers and percentages out.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from extractors._contract import RatePeriod
from warehouse.ranking._text import literal, spaced
from warehouse.ranking.profile import DEFAULT_FX_USD, RankingSettings


@dataclass(frozen=True, slots=True)
class Rate:
    """A pay rate; an open end ("$100+/h", "up to €90/h") is None on that side.

    `parse_rate` always sets the period and currency; None is left for amounts a
    source states in a structured field without them.
    """

    min: float | None
    max: float | None
    period: RatePeriod | None
    currency: str | None  # ISO 4217
    raw: str


_SYMBOLS = {"US$": "USD", "$": "USD", "C$": "CAD", "CA$": "CAD", "A$": "AUD"}
_SYMBOLS |= {"AU$": "AUD", "NZ$": "NZD", "R$": "BRL", "€": "EUR", "£": "GBP"}
_SYMBOLS |= {"₹": "INR", "৳": "BDT", "টাকা": "BDT", "zł": "PLN"}
# currencies written as words ("100 euros la hora"); whole words only ("Europe" is not)
_NAMED = {"euros": "EUR", "euro": "EUR", "dollars": "USD", "pounds": "GBP", "rupees": "INR"}
_SYMBOLS |= _NAMED | {name.capitalize(): code for name, code in _NAMED.items()}
# the codes the fx table prices, and a few more it can name but not price
_CODES = frozenset(DEFAULT_FX_USD) | {"MXN", "SGD", "HKD", "ZAR", "CNY", "PKR", "NGN"}
_CODES |= {"ARS", "COP", "CLP", "CZK", "HUF", "RON", "TRY", "ILS", "AED"}
_SYM = "|".join(
    re.escape(s) + (r"(?![A-Za-z])" if s[-1].isalpha() else "")
    for s in sorted(_SYMBOLS, key=len, reverse=True)
)
_CUR = rf"(?:{_SYM}|(?<![A-Za-z])(?:{'|'.join(sorted(_CODES))})(?![A-Za-z]))"
# an amount starts with a digit, so `re` skips ahead to digits; the look-behind after
# the first digit says no digit, point or comma stands before it
_AMOUNT = (
    r"\d(?<![\d.,]\d)(?:\d?(?:,\d\d)+,\d{3}"  # Indian lakh grouping: 1,50,000
    r"|\d{0,2}(?:[,.\u00a0\u202f ]\d{3})+(?:[.,]\d{1,2})?"
    r"|\d*(?:[.,]\d{1,2})?)(?!\d)"
)
_MULT = r"(?:\s?[kK]|M|\s?(?:mn|million))(?![A-Za-z])"
_MONEY = re.compile(
    rf"(?P<a1>{_AMOUNT})(?P<m1>{_MULT})?(?P<plus>\+)?"
    rf"(?:\s?(?P<c2>{_CUR}))?"
    rf"(?:\s*(?:-|–|—|~|(?i:to|bis))\s*(?P<c3>{_CUR})?\s?(?P<a2>{_AMOUNT})(?P<m2>{_MULT})?)?"
    rf"(?:\s?(?P<c4>{_CUR}))?"
)
_CURRENCY_BEFORE = re.compile(rf"(?P<c1>{_CUR})\s?$")


def _table(spec: dict[RatePeriod, str]) -> dict[str, RatePeriod]:
    return {word: period for period, words in spec.items() for word in words.split("|")}


# words after an amount ("/h", "per day", "a year"); Bengali: ঘণ্টা hour, দিন day,
# সপ্তাহ week, মাস month, বছর year
_UNITS = _table(
    {
        "hour": "hour|hours|hr|hrs|h|hora|stunde|std|heure|uur|ঘণ্টা|ঘন্টা",
        "day": "day|d|tag|día|dia|jour|দিন",
        "week": "week|wk|w|woche|semana|semaine|সপ্তাহ",
        "month": "month|mo|mth|monat|mes|mois|মাস|মাসে",
        "year": "year|yr|y|annum|jahr|año|an|বছর",
    }
)
# words that name the period on their own, after or before the amount
_WORDS = _table(
    {
        "hour": "hourly|hourly rate|ph|p/h|stündlich|stundensatz|stundenlohn|ঘণ্টায়",
        "day": "daily|day rate|daily rate|pd|p/d|tagessatz|tjm|taux journalier",
        "week": "weekly|pw|p/w|wöchentlich",
        "month": "monthly|pcm|monatlich|monatsgehalt|mensual|sueldo mensual|মাসিক",
        "year": "yearly|annually|annual|p.a.|p.a|pa|jährlich|jahresgehalt|anual",
        "fixed": "fixed|fixed price|fixed budget|fixed fee|flat|flat fee|total|budget"
        "|project budget|festpreis|pauschal|fijo|precio fijo|presupuesto",
    }
)


def _alternation(words: dict[str, RatePeriod]) -> str:
    """Longest first, so "hours" wins over "h" and "fixed price" over "fixed"."""
    ordered = sorted(words, key=len, reverse=True)
    return "|".join(map(literal, ordered))


_PREPOSITION = r"(?:/\s*|(?:per|pro|por|par|each|an?|al|la|a\s+la|প্রতি)\s+)"
# what may stand between an amount and its period: "60.000 € brutto/Jahr", "€500 + VAT/day"
_TAX = r"(?:\s*(?:brutto|netto|gross|net|excl\.?\s+vat|ex\.?\s+vat|\+\s*vat|ht|ttc))?"
_AFTER = re.compile(
    rf"{_TAX}[\s(\[]*(?:{_PREPOSITION}(?P<unit>{_alternation(_UNITS)})"
    rf"|(?P<word>{_alternation(_WORDS)}))(?!\w)",
    re.IGNORECASE,
)
_BEFORE = re.compile(
    rf"(?<!\w)(?P<word>{_alternation(_WORDS)}|per\s+(?P<unit>hour|day|year|annum))"
    r"(?:\W{0,4}(?:rate|salary|pay|budget|range|is|of|up\s+to|from|ab|bis\s+zu))*\W{0,4}$",
    re.IGNORECASE,
)
_BOUND = re.compile(
    r"(?<!\w)(?:(?P<upto>up\s+to|max(?:imum)?\.?|bis\s+zu|hasta)"
    r"|(?P<from>from|starting\s+at|at\s+least|min(?:imum)?\.?|ab|desde))\W{0,3}$",
    re.IGNORECASE,
)
# a salary named as one: before the amount ("Salary:", "Base:", "OTE", "Comp range") or
# after it ("base", "(Salary + Equity)", "+ bonus"); "total" before "comp" is not a
# fixed price
_SALARY_WORDS = (
    r"(?<!\w)(?:(?:base\s+|annual\s+|yearly\s+)?salar(?:y|ies)|base(?:\s+pay)?|ote"
    r"|on[\s-]target\s+earnings|total\s+comp\w*|comp(?:ensation)?|tc|pay\s+(?:range|band)"
    r"|equity|bonus|benefits|401k|stock\s+options|rsus?|profit\s+sharing"
    r"|gehalt|bruttojahresgehalt|sueldo|salario)(?!\w)"
)
_SALARY_BEFORE = re.compile(rf"{_SALARY_WORDS}[^\d\n|]{{0,20}}$", re.IGNORECASE)
_SALARY_AFTER = re.compile(rf"[^\n|]{{0,40}}?{_SALARY_WORDS}", re.IGNORECASE)
# what a sum of thousands is when it is not a salary: "$15k relocation bonus", "ARR"
_NOT_SALARY_AFTER = re.compile(
    r"\W{0,3}(?:[\w-]+\s+)?(?:relocation|signing|sign[\s-]on|bonus|stipend|budget|allowance"
    r"|grant|arr|mrr|acvs?|revenue|funding|raised|(?:pre-?)?seed|round|contract|project"
    r"|customers|users|valuation|in\s+sales)(?!\w)",
    re.IGNORECASE,
)
_NOT_SALARY_BEFORE = re.compile(
    r"(?<!\w)(?:raised|raising|funding|funded|valuation|revenue|arr|mrr|costs?|saved?|worth)"
    r"\W+(?:\w+\W+)?$",
    re.IGNORECASE,
)
# where a year's pay is five or six figures and a month's is not (fx above 0.5 USD)
_YEARLY_CURRENCIES = frozenset({"USD", "EUR", "GBP", "CHF", "CAD", "AUD", "NZD", "SGD"})
_YEARLY_RANGE = (10_000, 1_000_000)
# below these no one's pay is stated per year or per month, in any currency
_LEAST_PAY: dict[RatePeriod, float] = {"year": 1_000, "month": 100}
_PAY_WORDS = re.compile(
    r"(?<!\w)(?:rate|pay|paid|budget|salary|compensation|comp|gehalt|honorar"
    r"|vergütung|stundensatz|tagessatz|sueldo|salario|tarifa|presupuesto|বেতন)",
    re.IGNORECASE,
)
_SPACES = re.compile(r"[\s\u00a0\u202f]")
_WINDOW = 40


def _number(text: str) -> float:
    """A number with thousands separators: the last separator is the decimal mark
    only when both kinds appear or when fewer than three digits follow it."""
    digits = _SPACES.sub("", text)
    if "," in digits and "." in digits:
        cut = max(digits.rfind(","), digits.rfind("."))
        whole = digits[:cut].replace(",", "").replace(".", "")
        return float(f"{whole}.{digits[cut + 1 :]}")
    for sep in ",.":
        tail = len(digits) - digits.find(sep) - 1
        if digits.count(sep) > 1 or (sep in digits and tail == 3):
            return float(digits.replace(sep, ""))
        if sep in digits:
            return float(digits.replace(sep, "."))
    return float(digits)


def _scale(mult: str | None) -> float:
    if not mult:
        return 1.0
    return 1_000.0 if mult.strip() in ("k", "K") else 1_000_000.0


def _bounds(m: re.Match[str], bound: re.Match[str] | None) -> tuple[float | None, float | None]:
    """Both ends; "$120-150k" carries the k to the first end, "$100+", "from" and
    "up to" leave one end open, and a reversed range is put in order."""
    lo = _number(m["a1"]) * _scale(m["m1"])
    if m["a2"] is not None:
        hi = _number(m["a2"]) * _scale(m["m2"])
        if m["m2"] and not m["m1"] and lo * _scale(m["m2"]) <= hi:
            lo *= _scale(m["m2"])
        return min(lo, hi), max(lo, hi)
    if m["plus"] or (bound and bound["from"]):
        return lo, None
    return (None, lo) if bound else (lo, lo)


def _currency(before: re.Match[str] | None, m: re.Match[str]) -> str | None:
    """An ISO code beats a symbol ("$90 CAD" is CAD)."""
    found = [before["c1"]] if before else []
    found += [m[g] for g in ("c2", "c3", "c4") if m[g]]
    codes = [c for c in found if c in _CODES]
    return codes[0] if codes else (_SYMBOLS[found[0]] if found else None)


def _lookup(unit: str | None, word: str | None) -> RatePeriod:
    if unit:
        return _UNITS[unit.lower()]
    return _WORDS[spaced((word or "").lower())]


def _period(text: str, m: re.Match[str], offset: int) -> tuple[RatePeriod, int] | None:
    """The period stated after the amount, else just before it; with where its raw
    words end or start."""
    after = _AFTER.match(text, m.end())
    if after and not _TOTAL_COMP.match(text, after.start("word")):
        return _lookup(after["unit"], after["word"]), after.end()
    before = _BEFORE.search(text, offset, m.start())
    if before:
        return _lookup(before["unit"], before["word"]), before.start()
    return None


_TOTAL_COMP = re.compile(r"total\s+comp", re.IGNORECASE)


def _yearly_cue(
    text: str, m: re.Match[str], offset: int, currency: str, *, salary_field: bool
) -> int | None:
    """Where a salary's cue starts (or the amount's end when the cue follows it), if
    the amount is a year's pay by its size and the salary words around it."""
    top = _number(m["a2"] or m["a1"]) * _scale(m["m2"] or m["m1"])
    lo, hi = _YEARLY_RANGE
    if currency not in _YEARLY_CURRENCIES or not lo <= top < hi:
        return None
    if _NOT_SALARY_AFTER.match(text, m.end()) or _NOT_SALARY_BEFORE.search(text, offset, m.start()):
        return None
    before = _SALARY_BEFORE.search(text, offset, m.start())
    if before:
        return before.start()
    if salary_field or _SALARY_AFTER.match(text, m.end()):
        return m.end()
    return None


def _window_start(text: str, start: int) -> int:
    """Where the text before an amount starts: same line and table cell, 40 chars."""
    lo = max(0, start - _WINDOW)
    cut = max(text.rfind("\n", lo, start), text.rfind("|", lo, start))
    return max(lo, cut + 1)


def _candidate(
    text: str, m: re.Match[str], original: str, *, salary_field: bool
) -> tuple[Rate, bool] | None:
    """A Rate for one amount, and whether a pay word stands around it; `raw` is sliced
    from the `original` text, which `text` matches offset for offset."""
    symbol = _CURRENCY_BEFORE.search(text, max(0, m.start() - 5), m.start())
    currency = _currency(symbol, m)
    if currency is None:
        return None
    start = symbol.start() if symbol else m.start()
    offset = _window_start(text, start)
    found = _period(text, m, offset)
    salary = None
    if found is None:
        salary = _yearly_cue(text, m, offset, currency, salary_field=salary_field)
        if salary is None:
            return None
    period, edge = found or ("year", m.end() if salary is None else salary)
    bound = None if m["a2"] else _BOUND.search(text, offset, start)
    lo, hi = _bounds(m, bound)
    if (lo is not None and lo <= 0) or (hi is not None and hi <= 0):
        return None
    if max(x for x in (lo, hi) if x is not None) < _LEAST_PAY.get(period, 0):
        return None  # "$7/month" for tickets, a "$200/year" gift: a price, not pay
    end = max(edge, m.end())
    start = min(start, edge, bound.start() if bound else start)
    rate = Rate(lo, hi, period, currency, original[start:end].strip())
    return rate, salary is not None or bool(_PAY_WORDS.search(text, offset, start))


# a range that repeats its unit on both ends: "$45/h - $60/h" reads as "$45 - $60/h"
_REPEATED_UNIT = re.compile(
    r"\s*(/\s*[^\W\d]+\.?)\s*(?:-|–|—)\s*(?=\D{0,4}\d[\d.,]*\s?[kK]?\s*\1(?!\w))"
)


def parse_rate(text: str, *, salary_field: bool = False) -> Rate | None:
    """The first rate with a currency and a period, preferring one after a pay word.

    `salary_field`: the text is a source's salary field, which names every amount in it
    a salary (Remotive's `salary`), so a sum of thousands there is a year's pay.
    """
    original = text
    text = _REPEATED_UNIT.sub(lambda unit: " - ".rjust(len(unit[0])), text)  # same offsets
    first: Rate | None = None
    pos = 0
    while m := _MONEY.search(text, pos):
        found = _candidate(text, m, original, salary_field=salary_field)
        if found is None:  # rescan after the number: "team of 5 $90/h"
            pos = m.end("a1")
            continue
        rate, near_pay_word = found
        if near_pay_word:
            return rate
        first = first or rate
        pos = m.end()
    return first


def to_hourly(
    rate: Rate, profile_currency: str, settings: RankingSettings
) -> tuple[float | None, float | None, str] | None:
    """The rate per hour in the profile's currency, and what the conversion assumed.

    Fixed budgets and unknown periods have no hours, and currencies missing from the
    fx table have no price: all are None rather than a guess.
    """
    fx = settings.fx_usd
    if rate.period in (None, "fixed") or rate.currency not in fx or profile_currency not in fx:
        return None
    hours = {
        "hour": 1.0,
        "day": settings.hours_per_day,
        "week": settings.hours_per_week,
        "month": settings.hours_per_month,
        "year": settings.hours_per_year,
    }[rate.period]
    factor = fx[rate.currency] / fx[profile_currency]
    span = "per hour" if rate.period == "hour" else f"{hours:g} h/{rate.period}"
    money = (
        profile_currency
        if rate.currency == profile_currency
        else f"{rate.currency}→{profile_currency} at {factor:.4g}"
    )

    def hourly(value: float | None) -> float | None:
        return None if value is None else round(value * factor / hours, 2)

    return hourly(rate.min), hourly(rate.max), f"{span}; {money}"
