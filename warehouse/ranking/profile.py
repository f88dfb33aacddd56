"""What the user sells, what to leave out and how leads are weighed: the `[profile]`,
`[filters]` and `[ranking]` tables."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

from warehouse.ranking.signals import DEFAULT_WEIGHTS

# the languages a profile may list, by ISO 639-1 code, with their English names (a
# posting is read for the first nine, `languages._NAMES`; a user may speak others)
LANGUAGE_NAMES: dict[str, str] = {
    "en": "English", "de": "German", "fr": "French", "es": "Spanish", "pt": "Portuguese",
    "nl": "Dutch", "it": "Italian", "pl": "Polish", "ja": "Japanese", "ar": "Arabic",
    "bn": "Bengali", "ca": "Catalan", "cs": "Czech", "da": "Danish", "el": "Greek",
    "fi": "Finnish", "he": "Hebrew", "hi": "Hindi", "hu": "Hungarian", "id": "Indonesian",
    "ko": "Korean", "no": "Norwegian", "ro": "Romanian", "ru": "Russian", "sk": "Slovak",
    "sv": "Swedish", "th": "Thai", "tr": "Turkish", "uk": "Ukrainian", "vi": "Vietnamese",
    "zh": "Chinese",
    # India's most spoken, which freelancers there list beside English and Hindi
    "kn": "Kannada", "ta": "Tamil", "te": "Telugu", "ml": "Malayalam", "mr": "Marathi",
    "gu": "Gujarati", "pa": "Punjabi", "ur": "Urdu",
    # Africa's most spoken beside English, French, Arabic and Portuguese
    "sw": "Swahili", "am": "Amharic", "ha": "Hausa", "yo": "Yoruba", "ig": "Igbo",
    "zu": "Zulu", "xh": "Xhosa", "af": "Afrikaans", "so": "Somali",
    # the Philippines' national language, standard Tagalog, which its VAs offer with English
    "tl": "Tagalog",
    # Malaysia's national language, which posts there write beside English and Chinese
    "ms": "Malay",
    # Kazakhstan's state language, which posts there ask for beside Russian
    "kk": "Kazakh",
    # Georgia's state language, which posts in Tbilisi ask for beside English and Russian
    "ka": "Georgian",
    # Iran's, Afghanistan's (Dari) and Tajikistan's, which Iranian freelancers list
    "fa": "Persian",
    # the former Yugoslavia's, one tongue under three names, which its freelancers list
    # beside English
    "sr": "Serbian", "hr": "Croatian", "bs": "Bosnian",
    # Nepal's official language, which posts in Kathmandu write beside English
    "ne": "Nepali",
}  # fmt: skip
# other names a profile may give a language by (ISO 639-2 "fil" too)
LANGUAGE_OTHER_NAMES: dict[str, str] = {"filipino": "tl", "pilipino": "tl", "fil": "tl"}
LANGUAGE_OTHER_NAMES |= {"farsi": "fa"}
# Serbian by its script's tag ("sr-Latn", "sr-Cyrl") and by its own name
LANGUAGE_OTHER_NAMES |= {"sr-latn": "sr", "sr-cyrl": "sr", "srpski": "sr", "српски": "sr"}


def languages_needed(required: list[str] | None, preferred: list[str] | None) -> str | None:
    """What a posting asks of the user's languages, by name ("requires German, English;
    prefers French"), so a lead says it beyond an eligibility reason; None when nothing."""
    parts = [
        f"{verb} {', '.join(LANGUAGE_NAMES.get(code, code) for code in codes)}"
        for verb, codes in (("requires", required), ("prefers", preferred))
        if codes
    ]
    return "; ".join(parts) or None


@dataclass(frozen=True)
class RateFloor:
    """The least the user takes per `unit` (warehouse/ranking/floors.py reads it): a
    period of time or a piece of work, in the profile's currency."""

    amount: float
    unit: str  # "hour", "day", "week", "month", "year"; or "word", "line", "page", "minute"

    def __str__(self) -> str:
        # all its digits: a floor in rupiah or dong ("25000000/month") is no "2.5e+07"
        return f"{self.amount:.15g}/{self.unit}"


@dataclass(frozen=True)
class CurrencyFloor:
    """A floor of time in a currency other than the profile's ("18000/month BRL" beside
    "45/hour"): a rate in that currency is compared with it as paid, never converted."""

    currency: str
    floor: RateFloor
    hours: float  # in one `floor.unit`, by `[ranking] hours_per_*`

    @property
    def hourly(self) -> float:
        return self.floor.amount / self.hours


@dataclass(frozen=True)
class Profile:
    """The freelancer a lead is judged for."""

    skills: tuple[str, ...] = ()  # what you sell: tools and techniques ("python", "dbt")
    roles: tuple[str, ...] = ()  # what you are hired as ("data engineer")
    keywords: tuple[str, ...] = ()  # words that make a lead more interesting ("lakehouse")
    # more names for a skill or role, added to the built-in table (warehouse/ranking/taxonomy.py)
    aliases: dict[str, tuple[str, ...]] = field(default_factory=dict)
    related: dict[str, tuple[str, ...]] = field(default_factory=dict)
    engagements: tuple[str, ...] = ("freelance", "contract", "part_time", "fractional")
    remote_only: bool = True
    # the working hours the user keeps: "day" (their own daytime: a post's hours far from
    # their offset are not theirs) or "any" (they work another zone's day by night, so a
    # post's hours are a condition named in `why`, never a place they cannot be)
    hours: Literal["day", "any"] = "day"
    # where the user may work: region names ("EU", "Europe"), countries ("DE",
    # "Germany"), US states, or UTC offsets ("UTC+1")
    locations: tuple[str, ...] = ()
    # the user's citizenship, ISO country codes ("SA"; the config also reads "Saudi",
    # "Saudi Arabia"): a role for a country's nationals only ("Saudi nationals only",
    # "must be a US citizen") is theirs or not; none listed, a Gulf one is for review
    citizenship: tuple[str, ...] = ()
    # where the user may work without a visa sponsored for them, beside their
    # citizenship (countries or blocs: "US", "EU"): "no visa sponsorship" or "authorized
    # to work in the US" is theirs or not; none listed, neither is judged
    work_authorization: tuple[str, ...] = ()
    # the languages the user works in, ISO 639-1 codes ("en", "pt"): a posting requiring
    # another is not eligible; none listed, no posting is judged by its languages
    languages: tuple[str, ...] = ()
    # a translator's directions, "source>target" codes ("en>de"): a translation job is
    # eligible only in one of them; none listed, any pair within `languages` is
    pairs: tuple[str, ...] = ()
    min_hourly_rate: float | None = None  # in `currency`
    # floors in the user's unit ("550/day", "0.12/word"), in `currency` unless they name
    # another; the config reads them into `min_hourly_rate` (with `rate_unit`, the unit
    # `why` says it in), `piece_floors`, which judge only rates paid by the same piece,
    # and `currency_floors` ("18000/month BRL"), which judge only rates paid in theirs
    min_rate: tuple[str, ...] = ()
    currency: str = "USD"
    # the sign the user writes `currency` with ("R", "C$"; in `currency` or a floor of
    # `min_rate`), which `why` shows their money with: "R80k-95k/mo", not "ZAR 80k-95k/mo"
    currency_sign: str | None = field(default=None, metadata={"key": None})
    rate_unit: str = field(default="hour", metadata={"key": None})
    rate_unit_hours: float = field(default=1.0, metadata={"key": None})
    piece_floors: tuple[RateFloor, ...] = field(default=(), metadata={"key": None})
    # floors of time in other currencies ("18000/month BRL"), for rates paid in them
    currency_floors: tuple[CurrencyFloor, ...] = field(default=(), metadata={"key": None})


# USD value of one unit of each currency; a fixed, dated table (override in
# [ranking.fx_usd]); rates in currencies missing here are not converted, never guessed
DEFAULT_FX_USD: dict[str, float] = {
    "USD": 1.0,
    "EUR": 1.08,
    "GBP": 1.27,
    "CHF": 1.13,
    "CAD": 0.73,
    "AUD": 0.66,
    "NZD": 0.60,
    "INR": 0.012,
    "BDT": 0.0083,
    "PLN": 0.25,
    "CZK": 0.043,  # about 25 crowns to the euro
    "SEK": 0.095,
    "NOK": 0.093,
    "DKK": 0.145,
    "JPY": 0.0067,
    "KRW": 0.00072,
    "BRL": 0.18,
    "MXN": 0.055,
    "COP": 0.00025,
    "CLP": 0.00105,
    # Chile's unidad de fomento ("UF 80 mensuales"), pesos indexed to inflation day by
    # day: set today's in [ranking.fx_usd] ("CLF" = 41.5)
    "CLF": 41.5,
    "PEN": 0.27,
    "KES": 0.0077,
    "UGX": 0.00027,
    "TZS": 0.00038,
    "NGN": 0.00065,
    "GHS": 0.065,
    "ZAR": 0.055,
    "PHP": 0.017,
    "UAH": 0.024,
    # the tenge and the rouble float: set today's in [ranking.fx_usd] ("KZT" = 0.0019)
    "KZT": 0.0019,  # about 520 tenge to the dollar
    "RUB": 0.011,  # about 90 roubles to the dollar
    # the South Caucasus's: the lari and the dram float, the manat is pegged at 1.70
    "GEL": 0.37,  # about 2.7 lari to the dollar
    "AMD": 0.0026,  # about 390 drams to the dollar
    "AZN": 0.588,
    # Iran's rial floats on the open market, which pay follows: set today's in
    # [ranking.fx_usd] ("IRR" = 0.0000009); a toman is ten rials
    "IRR": 0.000001,  # about a million rials (100,000 toman) to the dollar
    # the lira loses value month by month: set today's in [ranking.fx_usd] ("TRY" = 0.023)
    "TRY": 0.024,
    # the Egyptian pound floats since 2024: set today's in [ranking.fx_usd] ("EGP" = 0.02);
    # the Gulf's are pegged to the dollar
    "EGP": 0.021,
    "AED": 0.2723,
    "SAR": 0.2667,
    "QAR": 0.2747,
    "KWD": 3.25,
    "BHD": 2.65,
    "OMR": 2.6,
    "VND": 0.000038,  # about 26,000 dong to the dollar
    "IDR": 0.000061,  # about 16,400 rupiah to the dollar
    "THB": 0.029,  # about 34.5 baht to the dollar
    "RON": 0.217,  # about 5 lei to the euro
    "HUF": 0.0027,  # about 400 forint to the euro
    "RSD": 0.0092,  # about 117 dinars to the euro
    "BAM": 0.552,  # the convertible mark: pegged, 1.95583 to the euro
    "MKD": 0.0175,  # about 61.5 denars to the euro
    "SGD": 0.77,
    "MYR": 0.23,  # about 4.3 ringgit to the dollar
    "HKD": 0.128,  # pegged: 7.8 to the dollar
    "CNY": 0.14,
    "TWD": 0.031,
    "ILS": 0.27,
    "JOD": 1.41,  # pegged
    "PKR": 0.0036,
    "LKR": 0.0033,
    "NPR": 0.0074,
    "MAD": 0.10,
    "RWF": 0.0007,
    "XAF": 0.001646,  # the CFA francs are pegged to the euro: 655.957 to it
    "XOF": 0.001646,
    # the peso and the kwacha float and lose value: set today's in [ranking.fx_usd]
    "ARS": 0.0009,
    "ZMW": 0.037,
    # the birr floats since July 2024 (about 150 to the dollar): set today's ("ETB" = 0.0067)
    "ETB": 0.0067,
    # the Yemeni riyal is not priced: Aden's market and Sanaa's trade it at rates three or
    # four times apart, so one figure would misprice a post of one city or the other; set
    # the rate of your city's in [ranking.fx_usd] ("YER" = 0.0019 is Sanaa's, about 530)
}


@dataclass(frozen=True)
class Filters:
    """What the user never wants to see in the default ranking (`leads top --flagged` shows
    it with the reason): companies by name (legal suffixes and case ignored), keywords as
    whole words in the title or text, UK contracts stated inside IR35 (or paid only
    through an umbrella company: warehouse/ranking/ir35.py) and contracts on an agency's
    payroll only: US "W2 only", Canadian "T4 only", Australian "PAYG only" (no C2C,
    Incorporated nor ABN: warehouse/ranking/tax_terms.py)."""

    exclude_companies: tuple[str, ...] = ()
    exclude_keywords: tuple[str, ...] = ()
    exclude_inside_ir35: bool = False
    exclude_payroll_only: bool = False
    exclude_w2_only: bool = False  # its older name, from when only W2 was read


@dataclass(frozen=True)
class RankingSettings:
    """How a rate is converted and how the score is weighed (documented defaults)."""

    hours_per_day: float = 8.0
    hours_per_week: float = 40.0
    hours_per_month: float = 160.0
    hours_per_year: float = 1800.0
    freshness_half_life_days: float = 14.0
    legitimacy_floor: float = 0.5  # below it a lead leaves the default ranking
    # a lead whose known hourly maximum is under min_hourly_rate: "demote" ranks it below
    # every lead that meets the floor, "exclude" leaves it out of the default ranking
    below_floor: Literal["demote", "exclude"] = "demote"
    weights: dict[str, float] = field(default_factory=lambda: dict(DEFAULT_WEIGHTS))
    fx_usd: dict[str, float] = field(default_factory=lambda: dict(DEFAULT_FX_USD))
