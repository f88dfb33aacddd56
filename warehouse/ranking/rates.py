"""Pay rates read from free text, and their hourly equivalent.

A rate needs a currency (symbol or ISO code) and a stated period: "$100" alone says
nothing about hours, so it is None rather than a guess (the job-radar rule). The size
stands in for a period in one case: a salary of tens or hundreds of thousands in USD,
EUR, GBP, CAD, AUD or CHF ("$140k-$200k", "Salary: $185,500", "£90k base"), of
millions of yen ("¥9M-¥12M") or of tens of millions of won ("₩70M"), is a year's pay,
as no month's pay runs that high there (issue 7 §3); in NZD and SGD it must be named a
salary, as must a Mexican peso sum past a month's ("Sueldo: $480,000 MXN"). Japanese,
Chinese and Korean posts count in man (10,000), 억/億 (10^8) and 천/千 within a man
("1억 2천만원": 120 million won), and name the period before the amount ("年収900万円":
9 million yen a year, "年薪40万元": 400,000 yuan, "연봉 6,000만원": 60 million won).
A crown ("kr") is the one of the posting's place.
Bonuses, equity, funding, revenue, deal sizes and project prices are not salaries; a
budget is fixed ("budget around $200"), but an amount "for the whole build" names no
period, while one that opens a header's cell and names the work ("| $8k contract |")
is its fixed price. Indian lakhs and crores ("₹40-60L") are pay with no
period, kept but never converted, but lakhs per annum ("18-24 LPA") are a year's; lakhs
named as a word need no symbol ("CTC 12 lakhs" is rupees). A post
that pays several roles in one currency and period states the span from the lowest to
the highest, or the reader's role's pay where it names each role's (`owned`); of a
pair by contract (W2 or C2C, UoP or B2B) it is the reader's (`contractor`). "$" is
read as USD (but where `units` gives the place's: CAD in Toronto); "C$", "A$", "NZ$"
and ISO codes say otherwise, as does
a code before the symbol ("CAD $70/hr"). Amounts without a currency are money in two
cases only: thousands alone in a header's cell or after a pay word ("| 90K - 150K |",
"Compensation: 115k-170k"), and amounts an hour's unit follows ("100-200/hr"), in the
currency of the posting's place when it has one (`parse_bare_rate`); elsewhere they are
not, which keeps years, team sizes, phone numbers and percentages out.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import NamedTuple

from ahocorasick_rs import AhoCorasick

from extractors._contract import RatePeriod
from warehouse.ranking._text import literal, lowered, opens_a_header_cell, spaced
from warehouse.ranking.profile import DEFAULT_FX_USD, RankingSettings


@dataclass(frozen=True, slots=True)
class Rate:
    """A pay rate; an open end ("$100+/h", "up to €90/h") is None on that side.

    `parse_rate` always sets the currency, and the period but for lakhs and crores;
    None is left for amounts a source states in a structured field without them.
    """

    min: float | None
    max: float | None
    period: RatePeriod | None
    currency: str | None  # ISO 4217
    raw: str


_SYMBOLS = {"US$": "USD", "$": "USD", "C$": "CAD", "CA$": "CAD", "A$": "AUD"}
_SYMBOLS |= {"AU$": "AUD", "NZ$": "NZD", "R$": "BRL", "€": "EUR", "£": "GBP"}
# the dollar as Argentine and Uruguayan posts write it, where a bare "$" is the peso:
# "U$S 2500 - 3500", "u$s 1.800", "U$D 30/h"
_SYMBOLS |= dict.fromkeys(("U$S", "u$s", "U$s", "U$D", "u$d"), "USD")
# "Rs. 1,200 per hour": the rupee of India, Pakistan, Sri Lanka or Nepal, as the
# posting's place says (rupees of India where it names none)
_RUPEE = "Rs"
_SYMBOLS |= {"Rs.": _RUPEE, "Rs": _RUPEE, "₨": _RUPEE}  # "₨" the rupee sign of old
# and "Rs" in Devanagari, as Nepali and Hindi posts write it ("तलब: रु ५०,०००", "रू. 500")
_SYMBOLS |= dict.fromkeys(("रु", "रु.", "रू", "रू."), _RUPEE)
_SYMBOLS |= {"₹": "INR", "৳": "BDT", "টাকা": "BDT", "zł": "PLN", "₱": "PHP", "₦": "NGN"}
# the taka as Bangladeshi posts write it in English: "Tk. 40,000 - 60,000 (Monthly)", "TK
# 500 per article" (a word's start: "Tkinter", "ATK" are not), "1.2 lakh taka" (`_NAMED`)
_TAKA = {"Tk": "BDT", "Tk.": "BDT", "TK": "BDT", "TK.": "BDT"}
_SYMBOLS |= _TAKA
_SYMBOLS |= {"грн": "UAH", "₴": "UAH"}  # the hryvnia: "80 000 грн"
# the tenge and the rouble as Kazakh and Russian posts write them ("800 000 ₸", "₸15 000",
# "1 500 000 тг на руки", "600 000 тенге", "от 250 000 ₽", "150 000 руб."); whole Cyrillic
# words only ("отгрузка" holds "тг", "рубрика" "руб")
_CYRILLIC_SIGNS = {"тг": "KZT", "тг.": "KZT", "тенге": "KZT", "теңге": "KZT"}
_CYRILLIC_SIGNS |= {"руб": "RUB", "руб.": "RUB", "рублей": "RUB", "рубля": "RUB"}
_SYMBOLS |= _CYRILLIC_SIGNS | {"₸": "KZT", "₽": "RUB"}
# the lari as Georgian, Russian and English posts write it ("3000-4500 ₾", "ხელფასი 2500
# ლარი", "2000 лари", "1,500 lari"), the Georgian word with its case endings ("ლარამდე"
# up to, "ლარიდან" from); and the South Caucasus's dram and manat ("֏", "₼")
_LARI = {"ლარი": "GEL", "ლარს": "GEL", "ლარამდე": "GEL", "ლარიდან": "GEL", "лари": "GEL"}
_CYRILLIC_SIGNS |= _LARI
_SYMBOLS |= _LARI | {"₾": "GEL", "֏": "AMD", "₼": "AZN"}
_SYMBOLS |= {"ευρώ": "EUR", "ευρω": "EUR"}  # el: "1.300 - 1.600 ευρώ μηνιαίως"
# the shekel as Israeli posts write it: "₪350 לשעה", "350 ש"ח" (the gershayim typed as ״ or
# as a quote mark), "שקלים", "NIS 40K" (a whole word)
_NIS = "NIS"
_SYMBOLS |= {"₪": "ILS", 'ש"ח': "ILS", "ש״ח": "ILS", "שקל": "ILS", "שקלים": "ILS", _NIS: "ILS"}
_SYMBOLS |= {"דולר": "USD", "דולרים": "USD", "יורו": "EUR"}  # "100 אלף דולר", "600 יורו"
# the Turkish lira: "₺90.000", "90.000 TL" (a whole word: "TL" alone is a team lead)
_LIRA = "TL"
_SYMBOLS |= {"₺": "TRY", _LIRA: "TRY"}
# Egypt's pound and the Gulf's dirham and riyal as Arabic and Egyptian English posts
# write them ("٢٥٬٠٠٠ جنيه", "40 ألف ج.م", "LE 50,000", "١٥٠٠٠ درهم", "٩٠٠٠ ريال"); "دولار"
# is the US dollar ("٥٠٠ دولار"); "LE" a whole word, as "TL"
_LE = "LE"
_SYMBOLS |= {"جنيه": "EGP", "جنيها": "EGP", "جنيهًا": "EGP", "جنيهاً": "EGP", "ج.م": "EGP"}
_SYMBOLS |= {"ج.م.": "EGP", _LE: "EGP", "L.E.": "EGP", "L.E": "EGP", "E£": "EGP"}
_SYMBOLS |= {"دولار": "USD", "دولارًا": "USD", "دولاراً": "USD", "د.إ": "AED"}
_SYMBOLS |= {"دلار": "USD", "یورو": "EUR"}  # fa: "۲۵ دلار در ساعت"
# Iran's rial ("ریال", with Persian's "ی": Arabic's "ريال" is the Gulf's riyal) and the
# toman its posts mostly count in, ten rials ("۳۰ میلیون تومان"): read as rials
_TOMAN = "تومان"
_RIALS_PER_TOMAN = 10
_SYMBOLS |= {"ریال": "IRR", "﷼": "IRR", _TOMAN: _TOMAN}
# the dirham of the posting's place, the Emirates' or Morocco's (the Emirates' where it
# names none), as their posts write it: "١٥٠٠٠ درهم", "Dhs 18k/month", "DHS 15,000", "Dh
# 1,200 a day" in Dubai, "15 000 DH net/mois", "10k dhs", "6000dh" in Casablanca; a word's
# start only
_DIRHAM_WORD = "درهم"
_DIRHAM = dict.fromkeys(("Dhs", "Dhs.", "DHS", "Dh", "Dh.", "DH", "dhs", "dh"), _DIRHAM_WORD)
_SYMBOLS |= _DIRHAM | {_DIRHAM_WORD: _DIRHAM_WORD}
_DIRHAM_DEFAULT = "AED"
# "ريال" is the riyal of the posting's place, Saudi Arabia's, Qatar's, Oman's or Yemen's
# (Saudi Arabia's where it names none); "ر.س" is Saudi, "ر.ق" Qatari, "ر.ع." Omani
_RIYAL = "ريال"
_SYMBOLS |= {_RIYAL: _RIYAL, "ر.س": "SAR", "ر.ق": "QAR", "ر.ع.": "OMR", "ر.ع": "OMR"}
_RIYAL_DEFAULT = "SAR"
# "دينار" is the dinar of the posting's place, Jordan's, Kuwait's or Bahrain's ("الراتب
# ٧٠٠ دينار" in Amman), and no currency where it names none, as "kr"
_DINAR = "دينار"
_SYMBOLS |= {_DINAR: _DINAR}
# the Vietnamese dong as Vietnamese posts write it ("250.000đ/giờ", "80.000 VNĐ", "₫"); a
# whole word, as "đ" opens words ("2 đêm" is two nights)
_DONG = {"đ": "VND", "VNĐ": "VND", "vnđ": "VND", "Vnđ": "VND", "₫": "VND", "đồng": "VND"}
_SYMBOLS |= _DONG
# the Indonesian rupiah: "Rp 15.000.000", "Rp15jt", "Rp. 8-12 juta" (a word's start only)
_RUPIAH = "Rp"
_SYMBOLS |= {_RUPIAH: "IDR", "Rp.": "IDR", "RP": "IDR"}
# the Thai baht as Thai posts write it: "฿60,000", "60,000฿", "50,000 - 80,000 บาท", "THB 80K"
_SYMBOLS |= {"฿": "THB", "บาท": "THB"}
# East and West African shillings and the cedi as their posts write them ("Ksh 3,500/hour",
# "KShs. 150,000 per month", "USh 2m", "TSh 1,500,000", "GH₵ 8,000"); a word's start only
_SHILLINGS = {"KSh": "KES", "Ksh": "KES", "KSH": "KES", "KShs": "KES", "Kshs": "KES"}
_SHILLINGS |= {"USh": "UGX", "UShs": "UGX", "Ushs": "UGX", "TSh": "TZS", "TShs": "TZS"}
_SHILLINGS |= {"Tshs": "TZS"}
# a shilling that names no country ("Shs 150,000 per day", and "3.5m/=", the East African
# mark after a sum) is the one of the posting's place, as "kr", and no currency elsewhere
# (not "Sh": the skim would stop at every "Share" and "Shopify")
_SHILLING = "Shs"
_SHILLINGS |= {_SHILLING: _SHILLING}
_SHILLINGS |= {f"{name}.": code for name, code in _SHILLINGS.items()}
_SYMBOLS |= {"/=": _SHILLING}
_SYMBOLS |= _SHILLINGS | {"GH₵": "GHS", "GH¢": "GHS", "₵": "GHS"}
# "R 650 per hour" is the rand in a posting placed in South Africa, and no currency elsewhere
_RAND = "R"
_SYMBOLS |= {_RAND: _RAND}
# the Malaysian ringgit as Malaysian posts write it: "RM 6,000 - RM 9,000", "RM8k" (a
# word's start: "CRM" is not)
_RINGGIT = "RM"
_SYMBOLS |= {_RINGGIT: "MYR"}
# the dollars of Singapore, Hong Kong and Mexico; "¥" alone is the yen, as English and
# Japanese posts write it, and the yuan in a post written in Chinese or placed in China
# ("项目总价 ¥20,000"; features: the text's language), as "元" is the place's
YEN = "¥"
_YEN_DEFAULT = "JPY"
_SYMBOLS |= {"S$": "SGD", "SG$": "SGD", "HK$": "HKD", "MX$": "MXN", YEN: YEN, "JP¥": "JPY"}
_SYMBOLS |= {"CN¥": "CNY", "RMB": "CNY", "円": "JPY", "₩": "KRW"}  # "900万円": 円 after the amount
# "元" after the amount ("年薪 40万-60万元") is the yuan, and Taiwan's dollar in a posting
# placed in Taiwan ("月薪 55,000~70,000元" in 台北), as "ريال" is the place's riyal
_YUAN = "元"
_SYMBOLS |= {_YUAN: _YUAN}
_YUAN_DEFAULT = "CNY"
# the New Taiwan dollar as Taiwan's posts write it: "NT$60,000", "NTD 1,500", "新台幣 8 萬"
_SYMBOLS |= {"NT$": "TWD", "NTD": "TWD", "新台幣": "TWD", "新臺幣": "TWD", "台幣": "TWD"}
_SYMBOLS |= {"臺幣": "TWD"}
_SYMBOLS |= {"원": "KRW", "Kč": "CZK", "lei": "RON", "Ft": "HUF"}  # "6,000만원", "90 tis. Kč"
# the Serbian dinar as Serbian posts write it, in Latin letters and in Cyrillic ("od 150.000
# do 200.000 dinara", "90.000 din neto", "плата 180.000 дин."); whole words only ("dine",
# "dinner", "Dinamo" are not), and the Macedonian denar's "ден."; after an amount only,
# as Romanian "din" is "of" ("2 zile din 5 pe săptămână"), and found so by the skim
# (`_DINAR_SKIM`): "including" and Russian "один" hold them
_DINAR_SIGNS = {"din": "RSD", "din.": "RSD", "dinara": "RSD", "dinar": "RSD"}
_DINAR_CYRILLIC = {"дин": "RSD", "дин.": "RSD", "динара": "RSD", "ден.": "MKD", "денари": "MKD"}
_CYRILLIC_SIGNS |= _DINAR_CYRILLIC
_AFTER_AMOUNT = _DINAR_SIGNS.keys() | _DINAR_CYRILLIC.keys()
_SYMBOLS |= _DINAR_SIGNS | _CYRILLIC_SIGNS
# Peru's sol as Peruvian posts write it: "S/ 5,000", "S/. 4500", "S/6000" (a word's start,
# as "AWS/GCP" and "iOS/Android" hold "S/")
_SOL = ("S/.", "S/")
_SYMBOLS |= dict.fromkeys(_SOL, "PEN")
# Chile's unidad de fomento, "UF 80 mensuales", "90 UF líquidos" (a whole word: "UF" alone
# is a university or a Brazilian state)
_UF = "UF"
_SYMBOLS |= {_UF: "CLF"}
# Tether's and Circle's coins are pegged to the US dollar: "2,500 USDT per month" is
# dollars (a whole word: "USDT" opens no other word); paying in crypto is legitimacy's
_STABLECOINS = {"USDT": "USD", "USDC": "USD"}
_SYMBOLS |= _STABLECOINS
# "kr" is the crown of Sweden, Norway or Denmark: which one, the posting's place says
# ("45.000-55.000 kr./md." in Copenhagen), and with no such place it is no currency
_CROWN = "kr"
_SYMBOLS |= {"kr.": _CROWN, "kr": _CROWN}
# a crown with no place is Sweden's where the post prices in Swedish words that Danish and
# Norwegian spell otherwise: "timpris", "timarvode", "kr/tim", "i timmen", "kr/mån", "exkl.
# moms" (Danish "ekskl. moms", Norwegian "eks. mva", "timepris", "i timen", "md", "mnd")
_SWEDISH_PAY = re.compile(
    r"(?i)(?<!\w)(?:timpris|timarvode|kr\.?[^\S\n]*/[^\S\n]*(?:tim|timme|mån|månad)"
    r"|i[^\S\n]+timmen|per[^\S\n]+timme|(?:exkl|inkl)\.?[^\S\n]*moms)(?!\w)"
)
_SWEDISH_WORDS = ("timpris", "timarvode", "/tim", "/mån", "timme", "moms")  # one must stand
# the Swiss franc as Swiss posts write it: "Fr. 95'000–110'000", "SFr. 120.–" (a word's start)
_FRANC = {"Fr.": "CHF", "SFr.": "CHF"}
_SYMBOLS |= _FRANC
# currencies written as words ("100 euros la hora"); whole words only ("Europe" is not)
_NAMED = {"euros": "EUR", "euro": "EUR", "dollars": "USD", "pounds": "GBP", "rupees": _RUPEE}
_NAMED |= {"dólares": "USD", "dolares": "USD"}  # "3,500 dólares al mes"
_NAMED |= {"taka": "BDT"}  # "daily income 1000-1500 taka"
_NAMED |= {"روپے": _RUPEE, "روپیہ": _RUPEE}  # ur: "تنخواہ 1,00,000 روپے" (rupees)
_NAMED |= {"kronor": "SEK"}  # Sweden's plural ("kroner" is Denmark's and Norway's)
# "Cedis 20,000 - 25,000", "5,000 Ghana cedis", "300,000 naira monthly"
_NAMED |= {"cedis": "GHS", "ghana cedis": "GHS", "naira": "NGN"}
_NAMED |= {"lari": "GEL"}  # "1,500 lari a month"
_NAMED |= {"toman": _TOMAN, "tomans": _TOMAN}  # "25,000,000 toman per month"
_SYMBOLS |= _NAMED | {name.capitalize(): code for name, code in _NAMED.items()}
# the codes the fx table prices, and the one it names but does not price (the Yemeni
# riyal, `DEFAULT_FX_USD` says why): set its rate in [ranking.fx_usd]
_CODES = frozenset(DEFAULT_FX_USD) | {"YER"}
# "R", "TL", "LE", "Rp", "UF", "S/", "Dh", "NIS", "USDT": a word's start
_WHOLE_WORDS = (_RAND, _LIRA, _LE, _RUPIAH, "Rp.", "RP", _UF, *_SOL, *_DIRHAM, _NIS, *_STABLECOINS)
_WHOLE_WORDS += (*_FRANC, *_TAKA, _RINGGIT, *_DINAR_SIGNS)
_ENDS_A_WORD = _DONG.keys() | _CYRILLIC_SIGNS.keys()  # no letter of any script after it
_SYM = "|".join(
    (r"(?<![A-Za-z])" if s.startswith(_RUPEE) or s in _SHILLINGS or s in _WHOLE_WORDS else "")
    + (r"(?:(?<=\d)|(?<=\d[ \u00a0]))" if s in _AFTER_AMOUNT else "")
    + (r"(?<!\w)" if s in _CYRILLIC_SIGNS else "")
    + re.escape(s)
    + (r"(?!\w)" if s in _ENDS_A_WORD else r"(?![A-Za-z])" if s[-1].isalpha() else "")
    for s in sorted(_SYMBOLS, key=len, reverse=True)
)
_CUR = rf"(?:{_SYM}|(?<![A-Za-z])(?:{'|'.join(sorted(_CODES))})(?![A-Za-z]))"
# an amount starts with a digit, so `re` skips ahead to digits; the look-behind after
# the first digit says no digit, point or comma stands before it; Swiss writing groups
# thousands with an apostrophe ("CHF 1'050")
_AMOUNT = (
    r"\d(?<![\d.,]\d)(?:\d?(?:,\d\d)+,\d{3}"  # Indian lakh grouping: 1,50,000
    r"|\d{0,2}(?:[,.\u00a0\u202f '’]\d{3})+(?:[.,]\d{1,2})?"
    r"|\d*(?:[.,]\d{1,2})?)(?!\d)"
)
# thousands ("tis." in Czech), millions, the Indian lakh (100,000) and crore
# (10,000,000), and the Japanese and Korean man (10,000: "年収900万円" is 9 million yen a
# year, "6,000만원" 60 million won); "LPA" is lakhs per annum, how Indian posts state a
# year's pay ("₹18-24 LPA")
# Korean and Japanese count in 억/億 (10^8) and man too, with 천/千 (1,000) and 백/百
# (100) inside a man: "1억 2천만원" is 120 million won, "4천5백만원" 45 million, "1억
# 5,000만원" 150 million, and a rest after 억 with no man is said in man ("연봉 1억2천")
_EAST_ASIAN_MULT = (
    r"[억億](?:\s?\d[\d,]*\s?(?:[천千](?:\s?\d[백百])?\s?[만万萬]?|[만万萬]))?"
    r"|[천千](?:\s?\d[백百])?[만万萬]?"
)
_MULT = (
    rf"(?:{_EAST_ASIAN_MULT}|万|萬|만"
    r"|\s?[kK](?!č)|[mM]|\s?(?:mn|million|(?i:millones|mill[óo]n)|LPA|L|tis\.|тис\.?|тыс\.?|mil|(?i:lakhs?|lacs?|cr|crores?|haz(?:aa|a)r|thousand)|লাখ|লক্ষ|হাজার|ألف|الف|آلاف|هزار|میلیون|אלף"
    r"|(?i:triệu|trieu|tỷ)|tr|(?i:juta|jt|ribu|rb))"
    # Hungarian thousands and millions of forints: "700e Ft", "1,2 M Ft", "800 ezer Ft"
    r"|(?:e|\s(?:M|ezer|millió))(?=\s?(?:Ft|HUF|forint)))"
    r"(?![A-Za-z])"
)
_EAST_ASIAN_UNITS = {"억": 1e8, "億": 1e8, "만": 1e4, "万": 1e4, "천": 1e3, "千": 1e3, "백": 100.0}
_EAST_ASIAN_UNITS |= {"百": 100.0, "萬": 1e4}  # 萬: the man as Taiwan writes it ("年薪 150萬")
_EAST_ASIAN_PART = re.compile(r"(\d[\d,]*)?\s?([억億만万萬천千백百])|(\d[\d,]*)$")
_SCALES = {"k": 1e3, "m": 1e6, "mn": 1e6, "million": 1e6, "cr": 1e7, "crore": 1e7, "万": 1e4}
_SCALES |= {"만": 1e4, "萬": 1e4, "tis.": 1e3, "mil": 1e3}
# uk, ru: "до 150 тис. грн", "от 80 тыс. грн"
_SCALES |= dict.fromkeys(("тис.", "тис", "тыс.", "тыс"), 1e3)
_SCALES |= {"e": 1e3, "ezer": 1e3, "millió": 1e6}  # hu: "700e Ft", "1,2 millió Ft"
# Spanish millions: "$ 8 millones" (Colombian pesos a month), "1,5 millón"
_SCALES |= dict.fromkeys(("millones", "millón", "millon"), 1e6)
_SCALES |= dict.fromkeys(("ألف", "الف", "آلاف"), 1e3)  # ar: "٤٠ ألف جنيه" is 40,000
_SCALES |= {"هزار": 1e3, "میلیون": 1e6}  # fa: "۵۰۰ هزار تومان", "۳۰ میلیون تومان"
# he: "25-30 אלף" is thousands of shekels where no currency is named (`_shekel_thousands`)
_HEBREW_THOUSAND = "אלף"
_SCALES |= {_HEBREW_THOUSAND: 1e3}
# Vietnamese millions ("25 - 35 triệu/tháng", "30tr") and billions ("1 tỷ"): dong, with or
# without "VNĐ" (`_counted_named`)
_DONG_SCALES = {"triệu": 1e6, "trieu": 1e6, "tr": 1e6, "tỷ": 1e9}
_SCALES |= _DONG_SCALES
# and Indonesian millions and thousands ("Rp 8-12 juta/bulan", "15jt", "Rp 50rb"): rupiah,
# with or without "Rp"
_RUPIAH_SCALES = {"juta": 1e6, "jt": 1e6, "ribu": 1e3, "rb": 1e3}
_SCALES |= _RUPIAH_SCALES
# the scales a count in the local language names its currency by on their own, and
# that currency (`_counted_named`; a floor's too, `floors.parse_floor`)
COUNTED_SCALES = _DONG_SCALES | _RUPIAH_SCALES
COUNTED_IN = dict.fromkeys(_DONG_SCALES, "VND") | dict.fromkeys(_RUPIAH_SCALES, "IDR")
# "mil" is a thousand in Portuguese and Spanish ("R$ 16 mil"), in English a million
# ("$5 mil ARR"): read only in the currencies of places that write it so
_MIL_CURRENCIES = frozenset({"BRL", "EUR", "MXN", "ARS", "COP", "CLP", "PEN"})
_SCALES |= {"crores": 1e7} | dict.fromkeys(("l", "lpa", "lakh", "lakhs", "lac", "lacs"), 1e5)
# ur, hi in Latin letters: "80 hazar" is 80,000 ("70 hazar se 90 hazar")
_SCALES |= dict.fromkeys(("hazar", "hazaar"), 1e3)
_SCALES |= {"thousand": 1e3}  # en: "45 thousand taka", "50 thousand rupees", as "lakh" is
_BENGALI_LAKHS = ("লাখ", "লক্ষ")  # bn: "বেতন ১ লাখ টাকা"
_SCALES |= dict.fromkeys(_BENGALI_LAKHS, 1e5) | {"হাজার": 1e3}  # bn: "৫০ হাজার টাকা"
_LAKH_SCALES = frozenset(name for name, scale in _SCALES.items() if scale in (1e5, 1e7))
LAKH_CURRENCIES = frozenset({"INR", "BDT", "PKR", "NPR"})
RUPEES = frozenset({"INR", "PKR", "LKR", "NPR"})
_LAKH_DEFAULT = "INR"
_LAKH_NAMES = frozenset({"lpa", "lakh", "lakhs", "lac", "lacs", "crore", "crores", *_BENGALI_LAKHS})
# what names lakhs in a text: a text with one of these may state pay with no currency
_LAKH_WORDS = (
    "LPA",
    "lakh",
    "Lakh",
    "LAKH",
    "crore",
    "Crore",
    " lac",
    " Lac",
    " LAC",
    *_BENGALI_LAKHS,
)
_APPROX = r"[~≈]?"  # "€~55k"
# the thousands after a lakh ("1 lakh 20 thousand", "১ লাখ ২০ হাজার", "1 lakh 20 hazar"):
# 120,000, as South Asian posts spell a sum out
_LAKH_REST = (
    r"(?:(?:(?<=[Ll]akh)|(?<=[Ll]akhs)|(?<=লাখ)|(?<=লক্ষ))"
    r"\s(?P<r{n}>\d{{1,2}})\s?(?:thousand|hazaa?r|হাজার)(?![A-Za-z]))?"
)
# whole francs or euros after an amount: Swiss "CHF 110.– bis 130.–", Dutch "€ 95,-"
WHOLE = r"(?:[.,][-–](?![\d–-]))?"
# an amount or a range, its words between its ends spaced ("1 lakh se 1.5 lakh": Roman
# Urdu's and Hindi's "from ... to", Persian's "۲۰ تا ۳۰ میلیون")
_MONEY = re.compile(
    rf"(?P<a1>{_AMOUNT}){WHOLE}(?P<m1>{_MULT})?{_LAKH_REST.format(n=1)}(?P<plus>\+)?"
    rf"(?:\s?(?P<c2>{_CUR}))?"
    rf"(?:\s*(?:-|–|—|~|〜|～|(?i:to|bis|tot)|(?<=\s)(?:a|à|até|hasta|se|تا)(?=\s))\s*(?P<c3>{_CUR})?{_APPROX}"
    rf"\s?(?P<a2>{_AMOUNT}){WHOLE}(?P<m2>{_MULT})?{_LAKH_REST.format(n=2)})?"
    # "$200K USD+"; "月60万円〜", "5,000만원 이상" and "年収600万円以上" are floors too
    rf"(?:\s?(?P<c4>{_CUR}))?(?P<plus_after>\+|\s?(?:〜|～|(?:이상|以上)(?!\w)))?"
)
_CURRENCY_BEFORE = re.compile(rf"(?P<c1>{_CUR})\s?{_APPROX}$")
_SYMBOL_REACH = 7  # the longest symbol and its space: "KShs. 150,000"
_CURRENCY_NAMES = frozenset((*_SYMBOLS, *_CODES))
_CURRENCY_LAST = frozenset(name[-1] for name in _CURRENCY_NAMES)
_CURRENCY_LENGTHS = sorted({len(name) for name in _CURRENCY_NAMES}, reverse=True)
_CURRENCY_AHEAD = re.compile(rf"(?:{_CUR})\s?{_APPROX}")
# "CAD $70/hr", "USD $120k": a code before a symbol says which dollar it is
_CODE_BEFORE_SYMBOL = re.compile(rf"(?<![A-Za-z])(?:{'|'.join(sorted(_CODES))})\s?$")
# a range in words, "from X to Y" as its languages write it: "od 40 do 60 tis. Kč",
# "od 1 800 do 2 400 €" (Czech, Slovak, Polish), "entre 500 et 600 euros", "zwischen 80
# und 95 €", "entre 30 y 40 €", "tra 300 e 400 €", "tussen 60 en 80 euro"; the second
# word is read as its dash only after the first and an amount and before one, as "do",
# "et" or "en" never stand so otherwise; found from each " do " (" et ", ...), the words
# before it checked back
_RANGE_WORDS = {"do": "od", "et": "entre", "und": "zwischen", "y": "entre"}
# Ukrainian and Russian "від 3500$ до 4500$", "от 3000 до 4000 $"
_RANGE_WORDS |= {"e": "entre|tra|fra", "en": "tussen", "до": "від|от"}
# Arabic "من ٣٠ ألف إلى ٤٥ ألف جنيه" (from ... to ...)
_RANGE_WORDS |= dict.fromkeys(("إلى", "الى", "حتى"), "من")
# Romanian "între 3.000 și 4.000 EUR" (between ... and ...), with or without its comma
_RANGE_WORDS |= dict.fromkeys(("și", "şi", "si"), "între|intre")
_RANGE_OPENER = {
    closer: re.compile(
        rf"(?<![^\W\d])(?i:{opener})\s+(?:(?:{_CUR})\s?)?{_AMOUNT}(?:{_MULT})?(?:\s?(?:{_CUR}))?\s$"
    )
    for closer, opener in _RANGE_WORDS.items()
}
_RANGE_REACH = 30
_AMOUNT_AHEAD = re.compile(rf"\s+(?:(?:{_CUR})\s?)?\d")
# "45-70 USD or 180-280 PLN per hour": the alternative's period is the first's too
_ALTERNATIVE = re.compile(r"\s*(?:or|/)\s*")


def _table(spec: dict[RatePeriod, str]) -> dict[str, RatePeriod]:
    return {word: period for period, words in spec.items() for word in words.split("|")}


# a unit of work paid by the piece ("$25 per video", "$0.10/word"): no hours stand
# behind it, so it is kept as it is and never converted to an hourly figure. Each by the
# name `why` shows it under ("$150/video"), and the words postings pay it by; a
# translator's, a subtitler's and a proofreader's units in English, German, French,
# Spanish, Portuguese and Italian, as `[profile] min_rate` may name them too ("0.12/word")
PIECES = {
    "word": "word|words|source word|source words|target word|target words|palabra|palabras"
    "|palavra|palavras|wort|wörter|quellwort|zielwort|mot|mots|parola|parole",
    "line": "line|lines|standard line|standard lines|normzeile|normzeilen|zeile|zeilen"
    "|ligne|lignes|riga|righe",
    "page": "page|pages|standard page|standard pages|normseite|normseiten|seite|seiten"
    "|cartella|cartelle|página|páginas",
    "minute": "minute|minutes|min|runtime minute|runtime minutes|audio minute|audio minutes"
    "|video minute|minuto|minutos|minuti|minuten",
    "piece": "piece|pieces",
    "video": "video|videos|vídeo|vídeos",
    "article": "article|articles|artículo|artículos|artigo|artigos",
    "post": "post|posts",
    "blog post": "blog post|blog posts",
    "edit": "edit|edits",
    "film": "film|films",
    "episode": "episode|episodes",
    "class": "class|classes",
    "delivery": "delivery|deliveries",
    # a web page built ("$200 per landing page"): a whole piece, never a translator's page
    "landing page": "landing page|landing pages",
    **{
        piece: f"{piece}|{piece}s"
        for piece in (
            *("image", "photo", "task", "deliverable", "design", "logo", "song", "track"),
            *("clip", "lesson", "session", "submission", "thumbnail", "listing", "chapter"),
            *("model", "illustration", "asset", "animation", "report", "review", "ad"),
            *("banner", "icon", "short", "reel", "character", "event", "shoot", "wedding"),
            *("walk", "visit", "shift", "night", "appointment", "order", "call", "student"),
            *("sprint", "milestone"),  # "$4-5k per sprint": a stretch of work, no hours said
            *("workflow", "automation"),  # "flat €50/workflow": an automation built
        )
    },
}
PIECE_WORDS = {word: piece for piece, words in PIECES.items() for word in words.split("|")}
_PIECES = "|".join(PIECE_WORDS)
# Ukrainian cuts "година" (hour) to "год" after a slash ("200 грн/год", "45 $/год"),
# where Russian "в год" and "$60 000/год" are a year: an hour after a slash only, and
# only below a year's least pay (`_YEARLY_RANGE`)
_HOUR_CUT = "год"
# words after an amount ("/h", "per day", "a year"); Bengali: ঘণ্টা hour, দিন day,
# সপ্তাহ week, মাস month, বছর year
_UNITS = _table(
    {
        "hour": "hour|hours|hr|hrs|h|hora|stunde|std|heure|uur|ora|oră|óra|hod|timme|ঘণ্টা|ঘন্টা"
        "|tim|timmen"  # sv: "900 kr/tim", "i timmen"
        "|hodinu|time|timen"  # no, da: "900 kr per time", "i timen"
        "|tim|timmen"  # sv: "900 SEK/tim", "850 kr i timmen"
        "|godzinę|godzina|godz"  # pl: "150 zł netto / godz."
        "|saa"  # sw: "KSh 2,000 kwa saa"
        "|годину|година|час"  # uk, ru: "30$ за годину", "25$ в час"
        f"|{_HOUR_CUT}"  # uk: "200 грн/год" (`_period`: after a slash only)
        "|saat"  # tr: "1.500 TL/saat"
        "|घण्टा|घंटा"  # ne, hi: "रु १,५०० प्रति घण्टा", "₹500 प्रति घंटा"
        "|ساعة|الساعة|ساعه|الساعه"  # ar: "٢٥ دولار في الساعة", "/ساعة"
        "|ساعت"  # fa: "۲۵ دلار در ساعت"
        "|giờ|gio|tiếng"  # vi: "250.000đ/giờ", "20 USD một giờ"
        "|jam"  # id: "Rp 150.000/jam"
        "|ชั่วโมง|ชม."  # th: "800 บาท/ชั่วโมง", "฿900/ชม."
        "|órát"  # hu: "20 000 Ft/óra", "18 000 Ft egy órát" ("óra" above)
        "|ώρα|ωρα|ώρας"  # el: "45 €/ώρα", "12€ ανά ώρα"
        "|satu|sat|сату|сат",  # sr, hr, bs: "3.000 din po satu", "25 €/sat", "по сату"
        "day": "day|d|tag|día|dia|jour|dag|giorno|gg|দিন|siku|dzień|gün"  # it: "350 €/gg"
        "|zi"  # ro: "300 €/zi", "300 lei pe zi"
        "|den|deň|člověkoden|clovekoden|man day|man days"  # cs, sk: "6 000 Kč/den", a man-day
        "|يوم|اليوم|ngày|ngay"  # vi: "500k/ngày"
        "|hari"  # id: "Rp 300.000/hari"
        "|日|天"  # zh, ja: "NT$6,000/日", "1,500元/天"
        "|วัน"  # th: "400 บาท/วัน"
        "|nap"  # hu: "120 000 Ft/nap"
        "|день"  # uk, ru: "1500 грн на день", "100$ в день"
        "|ημέρα|ημερα|ημέρας|μέρα|μερα"  # el: "€300 ανά ημέρα", "350€ τη μέρα"
        "|danu|dan|дану|дан"  # sr, hr, bs: "250 € po danu", "/dan"
        "|दिन",  # ne, hi: "रु ३,००० प्रति दिन"
        "week": "week|wk|w|woche|semana|semaine|settimana|সপ্তাহ|wiki|hafta|أسبوع|الأسبوع|اسبوع"
        "|الاسبوع|tuần|tuan|minggu",
        "month": "month|mo|mth|monat|mes|mês|mois|maand|mese|mån|månad|måned|md|mnd|মাস|মাসে"
        "|mesiac|mesiąc|mwezi"
        "|månaden|måneden|kk|lună|luna|miesiąc|měsíc|hó|月|월"
        "|mies|mc"  # pl: "20 000 zł/mies.", "PLN netto/mc"
        "|mesic|měs"  # cs: "80 000 Kč/mesic", "Kč/měs."
        "|mensem"  # Indian English: "₹40,000 per mensem"
        "|महिना|महीना|माह"  # ne, hi: "रु ५०,००० प्रति महिना", "₹25,000 प्रति माह"
        "|місяць|міс|месяц|мес"
        "|ay"  # tr: "90.000 TL/ay"
        "|tháng|thang"  # vi: "25 - 35 triệu/tháng"
        "|bulan|bln"  # id: "Rp 8-12 juta/bulan", "15jt/bln"
        "|เดือน"  # th: "฿60,000/เดือน", "50,000 บาท ต่อเดือน"
        "|hónap"  # hu: "550 000 Ft/hónap" ("hó" above)
        "|شهر|الشهر"  # ar: "في الشهر"  # uk, ru: "$3000 на місяць", "в месяц"
        "|ماه"  # fa: "۲۰۰۰ دلار در ماه"
        "|μήνα|μηνα|μήνας"  # el: "1.500€ καθαρά / μήνα", "2.000€ τον μήνα"
        "|mesec|mesecu|mjesec|mjesecu|месец|месецу",  # sr, hr, bs: "2.000 €/mesec"
        "year": "year|yr|y|annum|jahr|año|ano|an|jaar|anno|år|বছর|mwaka|рік|yıl|سنة|السنة|năm"
        "|tahun|thn"  # id: "Rp 300 juta/tahun"
        "|ปี"  # th: "1,200,000 บาท/ปี"
        "|év"  # hu: "12 M Ft/év"
        "|έτος|ετος",  # el: "40.000€ ανά έτος"
        "piece": _PIECES,
        # "$1,200 per project", "R$ 25.000 pelo projeto": the whole job's price
        "fixed": "project|gig|projeto|proyecto|projet|projekt|projektu|całość|проєкт|проект"
        "|المشروع"  # ar: "للمشروع كاملًا"
        "|dự án|du an"  # vi: "40tr/dự án"
        "|proyek"  # id: "Rp 30 juta per proyek"
        "|โปรเจกต์|โปรเจค|โครงการ",  # th: "25,000 บาท/โปรเจกต์"
    }
)
# words that name the period on their own, after or before the amount
_WORDS = _table(
    {
        "hour": "hourly|hourly rate|ph|p/h|p.h.|stündlich|stundensatz|stundenlohn|uurtarief"
        "|p/hr|p/hour"  # uk: "£70 p/hr"
        "|p/u|p.u."  # nl: "€ 85,- p/u" (per uur)
        "|timpris|timarvode|timlön|timersättning"  # sv
        "|stawka godzinowa"
        "|taux horaire|tarif horaire|ঘণ্টায়|時給|時間単価"
        "|時薪|每小時|时薪|每小时"  # zh: hourly pay ("時薪 NT$500", "时薪 200元"), an hour's
        "|시급|시간당"  # ko: hourly pay
        "|saatlik|saatlik ücret|saat ücreti|saatte"  # tr: "saatte 1.500 TL"
        # ar: "بالساعة", "للساعة", "سعر الساعة" (the hour's price)
        "|بالساعة|بالساعه|للساعة|للساعه|سعر الساعة|سعر الساعه"
        "|tariffa oraria|compenso orario"  # it
        "|tarif orar|tarif pe oră|tarif pe ora"  # ro
        "|hodinová sazba|hodinova sazba|hodinová sadzba|hodinova sadzba"  # cs, sk
        "|לשעה|לשעת עבודה|שעתי|תעריף שעתי"  # he: "350 ש"ח לשעה"
        "|óradíj|órabér|óránként"  # hu: "óradíj: 18 000 Ft", "18 000 Ft óránként"
        "|sejam"  # ms: "RM 150 sejam" (an hour)
        "|ωριαία|ωριαία αμοιβή|ωριαίως"  # el: "ωριαία αμοιβή 40€"
        "|satnica|сатница|po satu|по сату"  # sr, hr, bs: "Satnica: 28,50 €"
        "|ชั่วโมงละ|รายชั่วโมง",  # th: "ชั่วโมงละ 800 บาท" (by the hour)
        "day": "daily|day rate|daily rate|pd|p/d|p.d.|tagessatz|tjm|taux journalier"
        "|tarif journalier|dagtarief|日給|日当|stawka dzienna|dniówka"
        "|일당|일급"  # ko: a day's pay
        "|日薪|日領|日领|每日|每天"  # zh: a day's pay, paid by the day, a day's
        "|günlük|günde"  # tr: "günde 3.000 TL"
        "|يوميًا|يوميا|يومياً|يومي|في اليوم|باليوم"  # ar
        "|فالنهار|فاليوم|للنهار|الأجرة اليومية|الاجرة اليومية"  # ar-MA: "1500 درهم فالنهار"
        "|tariffa giornaliera|giornaliera|giornalieri"  # it: "Tariffa giornaliera: 350 €"
        "|tarif zilnic|tarif pe zi"  # ro
        # cs, sk: "MD rate 7 000 Kč" (a man-day's), "denní sazba", "2 500 Kč denně"
        "|md rate|md sazba|denní sazba|denni sazba|denná sadzba|denna sadzba|denně|denne"
        "|harian|gaji harian|per hari"  # id: "gaji harian Rp 300.000"
        "|sehari"  # ms: "RM 350 sehari" (a day)
        "|วันละ|รายได้วันละ|รายวัน"  # th: "รายได้วันละ 500-3,000 บาท" (a day's income)
        "|diario|diarios|diaria|diarias"  # es: "S/ 150 diarios"
        "|ליום|ליום עבודה|יומי"  # he: "1,800 ₪ ליום"
        "|दैनिक|प्रतिदिन"  # ne, hi: "दैनिक रु ३०००" (daily)
        "|daily income|প্রতিদিন|দৈনিক"  # "daily income 1000 taka", bn: "প্রতিদিন ৫০০ টাকা"
        "|napidíj|napi díj|napi|naponta"
        "|dnevno|дневно|dnevnica|дневница"  # sr, hr, bs: "100€ dnevno"
        "|ημερησίως|ημερήσια αμοιβή",  # el  # hu: "napidíj 120 000 Ft", "napi 25 000 Ft"
        "week": "weekly|pw|p/w|p.w.|wöchentlich|haftalık|haftada|أسبوعيًا|أسبوعيا|اسبوعيا"
        "|أسبوعياً|اسبوعياً|semanal|semanales|সাপ্তাহিক"  # bn: weekly  # es: "$200.000 semanales"
        "|seminggu",  # ms: "RM 800 seminggu" (a week)
        "month": "monthly|pcm|monatlich|monatsgehalt|mensual|mensal|sueldo mensual|মাসিক|月給|月収"
        "|月薪|每月|經常性薪資|經常性薪資達"  # zh: monthly salary, a month's; 104's regular pay
        "|mensuales|mensais|miesięcznie|měsíčně|mesačne|kuukaudessa|havi|月額|月|월급|월"
        "|月単価|月額単価"  # ja: a contract's monthly price ("月単価 70〜90万円")
        "|월 단가|월단가"  # ko: the same ("월 단가 600~800만원")
        "|щомісяця|щомісячно|ежемесячно"
        "|aylık|aylık net|aylık brüt|ayda"  # tr: "aylık net 35.000 TL", "ayda 40.000 TL"
        "|شهريًا|شهريا|شهرياً|شهري|في الشهر|بالشهر|الراتب الشهري"  # ar
        "|ماهانه"  # fa: "ماهانه ۱۵۰۰ دلار" (monthly)
        # ar-MA (Darija): "8000 درهم فالشهر" (a month), "الأجرة الشهرية" (the monthly wage)
        "|فالشهر|الأجرة الشهرية|الاجرة الشهرية|الأجر الشهري|الاجر الشهري"
        "|mensili|mensile"  # it: "2.000 € netti mensili"
        "|lunar|lunară|lunara"  # ro: "salariu lunar", "7.000 lei net lunar"
        "|bulanan|per bulan"  # id: "gaji bulanan"
        "|sebulan"  # ms: "RM 6,000 sebulan" (a month)
        "|เงินเดือน|อัตราเงินเดือน|เดือนละ|รายเดือน"  # th: a salary ("month's money"), a month's
        "|לחודש|חודשי|שכר חודשי"  # he: "30,000 ₪ ברוטו לחודש"
        "|मासिक|महिनावारी"  # ne, hi: "तलब: रु ५०,००० मासिक" (monthly)
        "|havonta|havi bruttó|havi nettó|havi bér"  # hu: "1 200 000 Ft havonta" ("havi" above)
        "|μηνιαίως|μηνιαιως|μηνιαίο|μηνιαίος|μηνιαίες αποδοχές|μηνιαίος μισθός"  # el
        "|mesečno|mesecno|mjesečno|mjesecno|месечно",  # sr, hr, bs: "neto 2.000 € mesečno"
        "year": "yearly|annually|annual|p.a.|p.a|pa|jährlich|jahresgehalt|anual"
        "|年収|想定年収|年俸"  # ja: annual income, expected annual income, annual salary
        "|연봉"  # ko: annual salary
        "|年薪"  # zh: annual salary
        "|yıllık|yılda"  # tr
        "|setahun"  # ms: "RM 120,000 setahun" (a year)
        "|سنويًا|سنويا|سنوياً|سنوي|في السنة"  # ar
        "|বার্ষিক"  # bn: yearly
        "|वार्षिक"  # ne, hi: yearly
        "|annui|annuo|annuali|annuale"  # it: "28.000 € lordi annui"
        "|anuales"  # es: "38.000 € brutos anuales"
        "|לשנה|שנתי"  # he
        "|évi|éves|évente"  # hu: "évi bruttó 14 M Ft"
        "|ετησίως|ετησιως|ετήσιο|ετήσια|ετήσιες αποδοχές|ετήσιος μισθός|ετήσια αμοιβή"  # el
        "|godišnje|godisnje|годишње",  # sr, hr, bs: "30.000 € bruto godišnje"
        "fixed": "fixed|fixed price|fixed budget|fixed fee|fixed bid|lump sum|flat|flat fee"
        "|total|budget"
        "|project budget|festpreis|pauschal|pauschalhonorar|pauschalpreis|fijo|precio fijo"
        "|vaste prijs|vast bedrag|projectprijs"  # nl
        "|totalt|fast pris"  # sv: "120 000 kr totalt"
        "|presupuesto"
        # ko: a project's price on Wishket and Freemoa ("예상 금액 2,000만원", "예산")
        "|예상 금액|예상금액|예상 비용|예상비용|예산|총 금액|총액|금액|총"
        "|bütçe|proje bütçesi|proje bedeli"  # tr
        # ar: Mostaql's and Khamsat's budget ("الميزانية: 500 - 1000 دولار")
        "|الميزانية|الميزانيه|ميزانية|ميزانيه|الميزانية المتوقعة"
        "|預算|專案預算|總預算|預算金額"  # zh: a project's budget ("預算：新台幣 80,000 元")
        "|预算|项目预算|总预算"  # zh, Simplified: "项目预算：8,000元"
        "|總價|总价|總金額|总金额"  # zh: a total price ("總價 NT$90,000"), the work's whole
        "|ngân sách|ngan sach|trọn gói|tron goi"  # vi: a project's budget, a lump sum
        "|לפרויקט|לפרויקט כולו|תקציב"  # he: "25,000 ש״ח לפרויקט כולו"
        "|anggaran|borongan"  # id: a budget, a job paid as a whole
        "|งบประมาณ|งบ|ราคาเหมา|เหมา",  # th: a budget, a lump sum ("งบประมาณ 25,000 บาท")
    }
)


# after an amount only: "€150 each" prices one piece of work, where "each" before one
# ("two roles, each $150k") shares a salary out
_WORDS_AFTER = _WORDS | {"each": "piece", "apiece": "piece", "a piece": "piece"}
# Hebrew "in the hour/day/month" after an amount ("800 ש"ח ביום"); before one, "ביום ראשון"
# is "on Sunday"
# the whole job's price, after its amount: "NPR 1,50,000 for the whole project"
_WORDS_AFTER |= {
    f"for the {whole}{job}": "fixed"
    for whole in ("", "whole ", "entire ")
    for job in ("project", "job", "website")
}
_WORDS_AFTER |= {"בשעה": "hour", "ביום": "day", "בחודש": "month", "בשנה": "year"}
# "₹1,20,000 p.m.", "£3,500 p.m.": per month in Indian and British English, after an
# amount only (a time of day, "4 p.m.", has no currency); "pm" in lower case only, as
# "PM" after a salary is as often a product manager
_WORDS_AFTER |= {"p.m.": "month", "p.m": "month", "pm": "month"}
# a month's salary times the salaries of a year ("2.000€ x 14" in Greece, "€1.800 x 13" in
# Italy, Spain and Portugal): a month's pay
_WORDS_AFTER |= {f"{times} {n}": "month" for times in ("x", "×") for n in (12, 13, 14)}
_WORDS_AFTER |= {f"{times}{n}": "month" for times in ("x", "×") for n in (12, 13, 14)}


def _alternation(words: Mapping[str, str]) -> str:
    """Longest first, so "hours" wins over "h" and "fixed price" over "fixed"."""
    ordered = sorted(words, key=len, reverse=True)
    return "|".join("(?-i:pm)" if word == "pm" else literal(word) for word in ordered)


# a count of the units paid for: "$25 per 1000 words", "$40 per 1,000 words", which the
# rate of one piece divides by (`_per_one`)
_COUNT = r"(?:(?P<count>\d{1,3}(?:[,.]?\d{3})?k?)\s+)?"
# what a unit of work is paid once done: "$10 per finished minute", "$40 per final video";
# or all of it, in Ukrainian and Russian: "500$ за весь проєкт" (the whole project)
_DONE = r"(?:(?:finished|final|edited|completed|delivered|published|approved"
_DONE += r"|весь|цілий|целый|całość|cały|całego)\s+)?"  # pl: "za całość projektu"
# the size of the piece, hyphenated before it: "$200 per 1,500-word article" pays the article
_DONE += r"(?:\d[\d,.]*k?-(?:word|page|minute|second)\s+)?"
# Québec French "80 $ de l'heure" (per hour) too
_PREPOSITION = r"(?:[/／]\s*|de\s+l['’]"  # "／月": the full-width slash of CJK text
_PREPOSITION += r"|(?:per|pro|por|par|pr\.|pr|each|an?|al|la|le|a\s+la|i|im|om|na|za|kwa"
_PREPOSITION += r"|pelo|pela|в|у|на|за"
_PREPOSITION += r"|pe"  # ro: "300 lei pe zi", "5.000 lei pe lună"
_PREPOSITION += r"|po|по"  # sr, hr, bs: "3.000 din po satu", "по сату"
_PREPOSITION += r"|في|لكل|كل"  # ar: "٢٥ دولار في الساعة", "لكل ساعة"
_PREPOSITION += r"|در|هر"  # fa: "۲۵ دلار در ساعت", "هر ساعت"
_PREPOSITION += r"|mỗi|một|cho\s+cả"  # vi: "20 USD một giờ", "40tr cho cả dự án"
_PREPOSITION += r"|ανά|ανα|τον|την|τη|το"  # el: "12€ ανά ώρα", "2.000€ τον μήνα"
_PREPOSITION += r"|प्रति"  # ne, hi: "रु ५०,००० प्रति महिना", "₹500 प्रति घंटा"
_PREPOSITION += r"|প্রতি)\s+|ต่อ\s*)"  # th: "800 บาท ต่อชั่วโมง" (no space after)
# what may stand between an amount and its period: "60.000 € brutto/Jahr", "€500 + VAT/day"
# and "PLN netto + VAT miesięcznie"
# Australia's superannuation beside a rate ("$950 + super", "$1,000 p.d. inc super"): paid
# on top of the rate, or included in it, which `to_hourly` takes out
_SUPER = r"(?:\+|plus|inc\.?|incl\.?|including|inclusive\s+of|exc\.?|excl\.?|excluding|ex\.?)"
_SUPER += r"\s*super(?:annuation)?(?!\w)"
_SUPER_AFTER = re.compile(rf"[^\S\n]*[(,]?[^\S\n]*{_SUPER}\)?", re.IGNORECASE)
_SUPER_INCLUDED = re.compile(
    r"(?<!\w)(?:inc\.?|incl\.?|including|inclusive\s+of)\s*super(?:annuation)?(?!\w)",
    re.IGNORECASE,
)
# the superannuation guarantee an employer pays on top of pay, 12% from July 2025, which
# a rate "inc super" holds: its comparable rate is the rest
SUPER_GUARANTEE = 0.12
_TAX = r"(?:\s*(?:brutto|netto|brut[oa]s?|brut|gross|net(?:[oa]s?)?|l[íi]quid[oa]s?|брутто|нетто"
_TAX += r"|excl\.?\s+vat|ex\.?\s+vat|\(?\+\s*vat\)?|ht|ttc|\+\s*(?:allowances|benefits|perks)"
# a Dutch rate's whole euros and VAT ("€ 95,- per uur", "€ 90 excl. btw p/u"), a Swiss
# rate's whole francs ("CHF 900.-/jour")
_TAX += r"|(?<=\d)[,.][-–]|\(?(?:excl|incl|ex)\.?\s*btw\)?"
# South Africa's "CTC" (cost to company: the whole package) beside pay, as "gross" stands
# ("R55 000 CTC per month")
_TAX += r"|ctc|br[üu]t|\+\s*kdv"  # tr: "1.500 TL + KDV" (VAT)
_TAX += r"|tak(?=\s)"  # Hinglish "until", closing a range: "₹50k se ₹70k tak per month"
_TAX += r"|ברוטו|נטו|\+\s*מע\"מ"  # he: "30,000 ₪ ברוטו", "+ מע"מ" (VAT)
_TAX += r"|lord[oi]|netti|\+\s*iva"  # it: "1.100 € netti al mese", "25 €/h lordi", "+ IVA"
_TAX += r"|\(?(?:exkl|inkl)\.?\s*moms\)?|\+\s*moms"  # sv: "950 kr/h exkl. moms"
# cs, sk: gross and net, VAT on top ("90 000 Kč hrubého měsíčně", "700 Kč/h bez DPH")
_TAX += r"|hrub(?:ého|eho|ý|y|á|é|ou)|čist(?:ého|ý|á|é|ou)|cisteho|bez\s+dph|\+\s*dph"
# el: gross and net ("€1.800 μικτά μηνιαίως", "1.500€ καθαρά / μήνα")
_TAX += r"|μικτ(?:ά|ές|ός|ό|α|ες|ος|ο)|καθαρ(?:ά|ές|ός|ό|α|ες|ος|ο)"
_TAX += rf"|{_SUPER}))"
_TAX += "{0,2}"
_AFTER = re.compile(
    rf"{_TAX}[\s(\[]*(?:{_PREPOSITION}{_COUNT}{_DONE}(?P<unit>{_alternation(_UNITS)})"
    rf"|(?P<word>{_alternation(_WORDS_AFTER)}))(?!\w)",
    re.IGNORECASE,
)
# the unit "per" names before an amount: "Tarifa por hora: 45 USD", "pro Tag 700 €"
_BY_THE = "hour|hora|heure|stunde|day|d[íi]a|jour|tag|year|annum|a[ñn]o"
# Chinese and Japanese write no spaces: a pay word may follow another word of theirs
# ("實習津貼月薪 NT$28,000": an intern's allowance, a month's pay)
# a count of months, not a month's pay: "為期三個月 NT$30,000", "3ヶ月 60万円", "3か月"
_MONTHS_COUNTED = r"(?<![個个ヶヵ箇])(?<![\d一二三四五六七八九十][かカ])"
_BEFORE = re.compile(
    rf"(?<![^\W\u3400-\u9fff]){_MONTHS_COUNTED}(?P<word>{_alternation(_WORDS)}|(?:per|por|pro|par)\s+{_DONE}"
    rf"(?P<unit>{_BY_THE}|{_PIECES}))"
    r"(?:\W{0,4}(?:rate|salary|pay|budget|range|retainer|fee|stipend|contract|is|of|up\s+to"
    r"|from|ab"
    r"|bis(?:\s+zu)?"
    # who the rate is for: "Stundensatz für Freelancer 100 €", "hourly rate for seniors"
    r"|(?:for|für|para|pour)(?:\s+[^\W\d_]+){1,2}"
    r"|around|about|roughly|approx\w*|max(?:imaal)?\.?|tot|vanaf"
    r"|現金|现金"  # zh: paid by the day in cash ("日領現金 NT$3,000")
    r"|de|entre|compris|zwischen|von|tra|da|tussen|van|od))*\W{0,4}$",  # "TJM de 500 €"
    re.IGNORECASE,
)
# the piece a rate's own words pay it by: after "/" or a preposition ("$0.08 per source
# word", "0,12 € le mot", "$40 per final video"), or after "per" before the amount
_PIECE_NAMED = re.compile(
    rf"(?:/\s*|(?<![^\W\d_]){_PREPOSITION}){_COUNT}{_DONE}(?P<unit>{_alternation(PIECE_WORDS)})"
    r"(?!\w)",
    re.IGNORECASE,
)


def _per_one(raw: str) -> float:
    """How many pieces a rate by the piece pays for ("$25 per 1,000 words": 1000), 1
    where it names no count."""
    found = _PIECE_NAMED.search(raw)
    count = found["count"] if found else None
    if not count:
        return 1.0
    thousands = count[-1] in "kK"
    return read_amount(count.rstrip("kK")) * (1000 if thousands else 1) or 1.0


def piece_of(raw: str) -> str | None:
    """The piece a rate by the piece is paid by, by the name `why` shows ("$150 per
    videos": video); None where its words name none ("€150 each")."""
    found = _PIECE_NAMED.search(raw)
    return PIECE_WORDS[found["unit"].lower()] if found else None


_BOUNDED_PAY = r"(?:hourly|daily|day|monthly|annual)?\s?(?:rate|budget|salary|pay)"
_BOUNDED_PAY += r"|(?:uur|dag)?tarief|stundensatz|tagessatz|tjm|gehalt|salaris|honorar"
_BOUNDED_PAY += r"|napi|havi|brutt[óo]|nett[óo]"  # hu: "akár napi 25 000 Ft"
_BOUND = re.compile(
    r"(?<!\w)(?:(?P<upto>up\s*to|max(?:imum|imaal)?\.?|bis(?:\s+zu)?|hasta|až|p[aâ]n[aă]\s+la|до|ak[áa]r"
    r"|עד"  # he: "עד 1,500 ₪ ביום"
    r"|tot(?:\s+max(?:imaal)?)?)"
    r"|(?P<from>from|starting\s+at|at\s+least|min(?:imum)?\.?|ab|desde|mindestens|vanaf|od"
    r"|de\s+la|від|от"
    r"|(?:à|a)\s+partir\s+de|mindest(?:gehalt|lohn|entgelt)\w*(?:\W+\w+){0,3}))"
    # the pay it bounds may stand between: "Max. uurtarief: € 105", "maximum day rate
    # £550", "Min. salary: €60k"
    rf"(?:\W{{0,3}}(?:{_BOUNDED_PAY}))?\W{{0,3}}$",
    re.IGNORECASE,
)
# Hungarian bounds are suffixes on the currency: "600 000 Ft-ig" (up to), "-tól" (from)
_BOUND_AFTER = re.compile(r"-(?:(?P<upto>ig)|(?P<from>t[óo]l|t[őo]l))(?!\w)")
# a salary named as one: before the amount ("Salary:", "Base:", "OTE", "Comp range") or
# after it ("base", "(Salary + Equity)", "+ bonus"); "total" before "comp" is not a
# fixed price
_SALARY_WORDS = (
    r"(?<!\w)(?P<word>(?:base\s+|annual\s+|yearly\s+)?salar(?:y|ies)|base(?:\s+pay)?|ote"
    r"|on[\s-]target\s+earnings|total\s+comp\w*|comp(?:ensation)?|tc|pay\s+(?:range|band)"
    r"|equity|bonus|benefits|allowances|401k|stock\s+options|rsus?|profit\s+sharing"
    r"|gehalt|bruttojahresgehalt|sueldo|salario|ctc)(?!\w)"
)
_SALARY_BEFORE = re.compile(rf"{_SALARY_WORDS}[^\d\n|]{{0,20}}$", re.IGNORECASE)
_SALARY_AFTER = re.compile(rf"[^\n|]{{0,40}}?{_SALARY_WORDS}", re.IGNORECASE)
# what a sum of thousands is when it is not a salary: "$15k relocation bonus", "ARR",
# "$20k in credits", "$12k for the whole build" (a salary "+ bonus", "plus bonus" or
# "with a bonus" still is one: the word before names a kind of bonus, not a joint)
_NOT_SALARY_AFTER = re.compile(
    r"[\s(]{0,3}(?:(?!(?:plus|and|with|\+)\W)(?:[\w-]+\s+)?(?:relocation|signing|sign[\s-]on|bonus|stipend|budget"
    r"|allowance|grants?|prizes?|credits|bount(?:y|ies)|arr|mrr|acvs?|revenue|funding|raised"
    r"|(?:pre-?)?seed|round|contracts?|projects?|customers|users|valuation|deals?|investments?"
    r"|loans?)|in\s+(?:[\w-]+\s+)?(?:sales|arr|mrr|revenue|funding|credits|prizes|grants"
    r"|assets|volume|gmv|savings|payments|transactions|spend|investments?)"
    r"|for\s+(?:the\s+|this\s+|an?\s+|each\s+)?(?:whole|entire|full|complete|project|build"
    r"|mvp|app|website|site|prototype|audit|migration|deliverables?|task|gig))(?!\w)",
    re.IGNORECASE,
)
# an amount a bonus, equity or pension word names, right before it ("Bonus up to $20k", "sign-on
# bonus of $15,000", "RSUs worth up to $60k", "equity up to €50k per year"): not pay,
# though "per year" follows; but a salary's joint with one ("Base + bonus: $180k",
# "Equity and base salary: $150k") is
_BONUS_BEFORE = re.compile(
    r"(?<!\w)(?:bonus(?:es)?|equity|rsus?|stock\s+(?:options|grants?)|profit[\s-]sharing"
    # a retirement plan's match ("401(k) contributions up to a maximum of $10,000 per year")
    r"|401\(?k\)?|pension|contributions?)"
    r"(?!\w)(?:(?!salary|base\b|pay\b|comp)[^\d\n|.;,]){0,20}$",
    re.IGNORECASE,
)
_PAY_AND_BONUS = re.compile(
    r"(?<!\w)(?:salary|base|pay)\s*(?:\+|&|and|plus)\s*(?:[\w-]+\s+)?$", re.IGNORECASE
)
_NOT_SALARY_BEFORE = re.compile(
    r"(?:(?<!\w)(?:raised|raising|funding|funded|valuation|valued|revenue|arr|mrr|costs?|saved?"
    r"|worth|prizes?|grants?|credits|loans?|invest\w*|generat\w*|prices?|priced|bount(?:y|ies)"
    r"|deals?|acvs?|gmv|sales|spen[dt]s?)\W+"
    # ko, ja: sales, transaction volume, investment, capital, funds raised ("월 거래액 1억 원")
    r"|(?:매출액?|거래액|투자금?|자본금|売上高?|資本金|調達額?|流通額)\s*)(?:\w+\W+)?$",
    re.IGNORECASE,
)
# where a year's pay is five or six figures and a month's is not (fx above 0.5 USD), or
# in yen seven or eight figures ("¥9M-¥12M") and a month's six (in won one more each);
# in these such a sum is a year's pay even when nothing names it a salary, in NZD and
# SGD only when something does
_NORDIC = frozenset({"SEK", "NOK", "DKK"})
_BARE_YEARLY_CURRENCIES = frozenset({"USD", "EUR", "GBP", "CHF", "CAD", "AUD", "JPY", "KRW"})
_BARE_YEARLY_CURRENCIES |= _NORDIC
_YEARLY_RANGE = (10_000, 1_000_000)
_YEARLY_RANGES = dict.fromkeys(_BARE_YEARLY_CURRENCIES | {"NZD", "SGD"}, _YEARLY_RANGE)
_YEARLY_RANGES["JPY"] = (2_000_000, 100_000_000)
_YEARLY_RANGES["KRW"] = (15_000_000, 1_000_000_000)  # a month's pay in won is millions
# a month's pay in crowns runs to about 100,000 ("NOK 900k-1.1M" is a year's)
_YEARLY_RANGES |= dict.fromkeys(_NORDIC, (150_000, 10_000_000))
# where a month's pay is thousands and a year's is written as one ("25 000–30 000 zł
# netto (B2B)", "R$ 12 mil a R$ 15 mil", "mzda 60 000 Kč", "bruttó 900 000 Ft",
# "salariu 8.000 lei net"): a sum in this range named as pay (a pay word or a contract's
# label before it, "B2B: 16 000 - 21 000 PLN"; a tax or contract word after it, "+ VAT")
# is a month's
_MONTHLY_RANGES = {"PLN": (2_000, 100_000), "BRL": (1_000, 100_000), "CZK": (15_000, 400_000)}
_MONTHLY_RANGES |= {"HUF": (150_000, 5_000_000), "RON": (2_000, 50_000)}
_MONTHLY_RANGES |= {"RSD": (40_000, 1_500_000)}  # sr: "Plata: 180.000 дин. нето"
_MONTHLY_RANGES |= {"UAH": (5_000, 1_000_000)}
# Kazakhstan's and Russia's likewise ("Зарплата 900 000 тенге", "KZT 900K net"), a year's
# rarely quoted
_MONTHLY_RANGES |= {"KZT": (50_000, 20_000_000), "RUB": (10_000, 2_000_000)}
# and the South Caucasus's ("ხელფასი 2500 ლარი", "GEL 4,000 gross", "Salary: 1,200,000 ֏")
_MONTHLY_RANGES |= {"GEL": (500, 50_000), "AMD": (100_000, 20_000_000), "AZN": (300, 20_000)}
_MONTHLY_RANGES |= {"IRR": (50_000_000, 20_000_000_000)}  # "حقوق ۳۰ میلیون تومان"
# Africa's boards and posts quote pay by the month ("KSh 180,000 gross", "₦450,000 -
# ₦600,000", "NGN 1.2m net"); a year's is millions more and says so ("per annum")
_MONTHLY_RANGES |= {"NGN": (30_000, 3_000_000), "KES": (10_000, 1_500_000)}
_MONTHLY_RANGES |= {"UGX": (300_000, 30_000_000), "TZS": (200_000, 20_000_000)}
_MONTHLY_RANGES |= {"GHS": (1_000, 60_000)}
# South Africa's pay is a month's in tens of thousands of rand ("Salary: R45 000") and a
# year's in hundreds of thousands, as "CTC" (cost to company) packages are quoted
# ("R650k CTC"); a rand budget is a project's price, so a salary word names a month's
_MONTHLY_RANGES |= {"ZAR": (5_000, 150_000)}
_YEARLY_RANGES["ZAR"] = (150_000, 10_000_000)
# euros too ("Mzda: od 1 400 € do 1 900 €", "1 800 € brutto"), a year's pay being five
# figures; but only under a word of salary, as "rate" and "budget" name a day's rate or
# a fixed price as often ("Budget: €1,900")
_MONTHLY_RANGES |= {"EUR": (500, 10_000)}
# Turkey's pay is a month's, net or gross, in tens or hundreds of thousands of lira
# ("Net maaş: 90.000 - 110.000 TL"); a year's is rarely quoted
_MONTHLY_RANGES |= {"TRY": (10_000, 2_000_000)}
# Egypt's and the Gulf's pay is a month's ("Salary: 35,000 - 45,000 EGP", "٩٠٠٠ ريال")
_MONTHLY_RANGES |= {"EGP": (3_000, 500_000), "SAR": (2_000, 100_000), "AED": (2_000, 100_000)}
_MONTHLY_RANGES |= {"QAR": (2_000, 100_000), "YER": (30_000, 5_000_000)}
# and Morocco's ("Salaire : 15 000 - 20 000 DH", "Rémunération : 12 000 MAD brut")
_MONTHLY_RANGES |= {"MAD": (2_000, 100_000)}
# the riyal of Oman and the dinars are worth about three dollars: hundreds a month
_MONTHLY_RANGES |= dict.fromkeys(("OMR", "KWD", "BHD", "JOD"), (150, 10_000))
# Spanish-speaking Latin America quotes a month's pay ("Salario: $4.500.000" in Bogotá,
# "Sueldo líquido $1.500.000" in Santiago, "Sueldo $25,000" in Guadalajara, "S/ 6,000" in
# Lima); a year's is rarely quoted and says so ("anual")
_MONTHLY_RANGES |= {"COP": (500_000, 100_000_000), "CLP": (300_000, 30_000_000)}
_MONTHLY_RANGES |= {"MXN": (3_000, 300_000), "ARS": (100_000, 100_000_000)}
# a peso sum above a month's pay named a salary is a year's ("Sueldo: $480,000 - $600,000
# MXN brutos"), as Mexican posts quote a manager's pay: no month's runs that high there
_YEARLY_RANGES["MXN"] = (300_000, 20_000_000)
_MONTHLY_RANGES |= {"PEN": (1_000, 50_000), "CLF": (15, 800)}
# Vietnam's is a month's in millions of dong ("Lương: 40 - 55 triệu", "30tr - 45tr gross")
_MONTHLY_RANGES |= {"VND": (2_000_000, 500_000_000)}
# and Indonesia's in millions of rupiah ("Gaji: Rp 10 - 14 juta", "Rp 6.000.000 - 8.000.000")
_MONTHLY_RANGES |= {"IDR": (1_000_000, 500_000_000)}
# and Thailand's in tens of thousands of baht ("Salary: 45,000 - 65,000 THB"); a year's
# is rarely quoted and says so ("ต่อปี")
_MONTHLY_RANGES |= {"THB": (8_000, 1_000_000)}
# and Israel's in thousands of shekels ("שכר: 25-30 אלף", "NIS 40K"); a year's is rarely quoted
_MONTHLY_RANGES |= {"ILS": (5_000, 100_000)}
# and Pakistan's in rupees ("Salary: Rs. 120,000 - 180,000", "Tankhwah: 1 lakh"), a year's
# rarely quoted; a "budget" in rupees is a project's price, so only a salary word names one
_MONTHLY_RANGES |= {"PKR": (15_000, 1_500_000)}
# and Bangladesh's in taka ("Salary: Tk. 35000 - 45000", "বেতন: ৳ ৪০,০০০"), alike
_MONTHLY_RANGES |= {"BDT": (8_000, 1_000_000)}
# and Malaysia's in thousands of ringgit ("Gaji RM 7,000", "Salary: RM 4,500 - RM 6,000"),
# a year's in six figures and said so ("per annum"); a ringgit "budget" is a project's price
_MONTHLY_RANGES |= {"MYR": (1_000, 60_000)}
_SALARY_WORDS_ONLY = frozenset({"EUR", "ZAR", "PKR", "BDT", "MYR"})
# where English salary words name a month's pay: "Salary: R45 000", "R45 000 CTC"
_SALARY_IN_ENGLISH = frozenset({"ZAR", "PKR", "BDT", "MYR"})
# an intern's stipend ("Stipend: PKR 30,000", "Monthly stipend"), not a perk's ("home
# office stipend", "laptop stipend"); a title's last word on the line above is no perk's
_INTERN_STIPEND = r"(?<![^\W\d_](?:[^\S\n]|-))stipend|(?:monthly|internship|intern)\s+stipend"
# and in rupees, a month's with no period ("Stipend: ₹15,000", "Stipend ₹8,000 - 12,000"),
# as India's internships are paid by the month, where a rupee salary may be a year's
# (`_rupee_salary`); a fellowship's whole stipend runs higher
_STIPEND_MONTHLY = {"INR": (1_000, 150_000)}
_STIPEND_BEFORE = re.compile(rf"(?<!\w)(?:{_INTERN_STIPEND})[^\d\n|]{{0,20}}$", re.IGNORECASE)
_MONTH_PAY_BEFORE = re.compile(
    r"(?<!\w)(?:wynagrodzeni\w*|widełki|stawk\w*|pensj\w*|sal[aá]ri\w*|remunera\w*|faixa"
    r"|renta"  # es-CL: "Renta: $2.200.000 líquidos"
    r"|mzd\w*|plat|platov\w*|odměn\w*|hrub\w*|bérezés|fizetés\w*|bér|brutt[oó]|nett[oó]"
    r"|brut|net|gehalt|monatsgehalt|vergütung|lohn|salaire|rémunération|sueldo|stipendio"
    r"|retribuci[oó]n|(?:b2b|uop)\s*:|kontrakt\w*(?:\W+b2b)?"
    r"|bolsa[\s-]aux[ií]lio"  # pt-BR: an intern's monthly stipend ("Bolsa-auxílio: R$ 1.800")
    # it: an intern's monthly "expenses refund" ("Rimborso spese: 800 €"), not a trip's
    r"|rimborso\s+spese(?![^\d\n|]*(?:viaggi|trasfert|chilometr|vitto|alloggi))"
    r"|maa[şs]\w*|br[üu]t"  # tr: "Net maaş:", "brüt"
    r"|(?:ب|ال|بال)?(?:راتب|مرتب)\w*"  # ar: "الراتب:", "براتب"
    r"|حقوق|دستمزد"  # fa: "حقوق: ۳۰ میلیون تومان" (salary), wages
    r"|l[ưu][ơo]ng|thu\s+nh[ậa]p|th[ùu]\s+lao"  # vi: "Lương:", "Thu nhập:"
    r"|gaji|upah|uang\s+saku|take\s+home\s+pay|thp"  # id: "Gaji:", "THP"
    r"|tankh?wa?h?|تنخواہ"  # Roman Urdu: "Tankhwah: 1 lakh"; Urdu: "تنخواہ 1,00,000 روپے"
    r"|বেতন"  # bn: "বেতন: ৳ ৪০,০০০"
    r"|ხელფას\w*|ანაზღაურებ\w*"  # ka: "ხელფასი:", "ანაზღაურება:"
    rf"|{_INTERN_STIPEND}"
    r"|μισθ\w*|αποδοχ\w*|μικτ\w*|καθαρ\w*"  # el: "Μικτές αποδοχές 1.600€", "Μισθός:"
    r"|plać\w*|zarad\w*|naknad\w*|плат\w*|зарад\w*|накнад\w*|нето|бруто"  # sr, hr, bs
    r"|שכר|משכורת|ברוטו)[^\d\n|]{0,30}$",  # he: "שכר:", "משכורת"
    re.IGNORECASE,
)
# Ukrainian and Russian posts (Djinni, DOU, Work.ua) quote pay by the month, in dollars
# too: thousands under a word of salary ("Зарплата: $4,000–5,500", "Зарплатна вилка",
# "ЗП от 3000$") are a month's; "оплата" alone may price a project or an hour
_MONTH_PAY_CYRILLIC = re.compile(
    r"(?<!\w)(?:зарплат\w*|зп|з/п|заробітн\w*|заработн\w*|оклад\w*|вилк\w*|дохід|доход\w*"
    r"|винагород\w*|вознагражден\w*|жалақ\w*)[^\d\n|]{0,30}$",  # kk: "Жалақы: 400 000 ₸"
    re.IGNORECASE,
)
# where the place's boards quote dollars by the month, an English salary word names one
# too ("Salary: 1,500 - 2,500 USD" in Saigon, "Salary: Up to $2,500" in Nairobi)
_SALARY_LABEL = re.compile(r"(?<!\w)(?:salary|compensation)[^\d\n|]{0,30}$", re.IGNORECASE)
_MONTHLY_CYRILLIC = dict.fromkeys(("USD", "EUR"), (300, 15_000))
_CYRILLIC = re.compile(r"[а-яіїєґёқңұүөһә]", re.IGNORECASE)  # a salary field in uk, ru or kk
# the word may be a label on the line above its amount ("Зарплата\nВід 2000 $"), where
# the amount's line opens with it, a "from" or "up to" before it at most
_LABEL_ABOVE = re.compile(r"\n[^\S\n]*$")
_LINE_OF_PAY = re.compile(r"[^\S\n]*(?:(?i:від|от|до)[^\S\n]+)?")
_MONTH_PAY_AFTER = re.compile(
    # pt-BR: "R$ 10.000 se PJ" (if a contractor)
    r"[\s(\[]*(?:se\s+(?=clt|pj))?"
    r"(?:brutt[oó]|nett[oó]|brut[oa]s?|brut|l[íi]quid[oa]s?|gross|net|b2b|uop|clt|pj|hrub\w*"
    r"|čist\w*|\+\s*vat|брутто|нетто|br[üu]t|ברוטו|נטו|μικτ\w*|καθαρ\w*"
    r"|ხელზე"  # ka: "in hand", net ("6000 ლარი ხელზე")
    r"|neto|нето|бруто"  # sr, hr, bs: "90.000 din neto", "180.000 дин. нето"
    # el: a month's salary, of the year's 14 ("1.600€, 14 μισθοί", "(x14 μισθούς)")
    r"|,?\s*(?:[x×]\s*)?1[234]\s+μισθ\w*)(?!\w)",
    re.IGNORECASE,
)
# below these no one's pay is stated per year or per month, in any currency
_LEAST_PAY: dict[RatePeriod, float] = {"year": 1_000, "month": 100}
# a unit worth tens of dollars is paid in tens a month ("UF 80 mensuales")
_LEAST_PAY_IN: dict[str, dict[RatePeriod, float]] = {"CLF": {"year": 100, "month": 10}}
# "PHP" is a language as well as the peso: "PHP 8" and "PHP 7.4" are its versions, and
# no posting pays fewer than ten pesos for anything
_LEAST_AMOUNT = {"PHP": 10.0}
# (a Gulf offer's pay is its "package" before the sum: "Monthly package: SAR 32,000", "a
# package of SAR 40,000"; not a relocation package nor a software one)
_PAY_WORDS = re.compile(
    r"(?<!\w)(?:rate|pay|paid|budget|salary|compensation|comp|gehalt|honorar|tarief|salaris"
    r"|vergütung|stundensatz|tagessatz|sueldo|salario|tarifa|presupuesto|বেতন"
    r"|(?<!relocation\s)(?<!relocation-)package(?=\s*(?:[:–-]|of\s|is\s|from\s|up\s+to\s)))",
    re.IGNORECASE,
)
# a perk, not pay, though it names a period: "$2,000 annual learning budget", "wellness
# allowance of $100/month"; a stipend alone ("$3,000/month stipend") is a fellow's pay
_PERK = (
    r"(?:learning|education|training|conference|wellness|well-?being|home[\s-]office|office"
    r"|internet|phone|gym|fitness|equipment|hardware|travel|meal|food|lunch|co-?working"
    r"|health|remote[\s-]work|(?:professional\s+)?development|books?)[\s-]+"
    r"(?:budget|allowance|stipend|credits?)"
)
# "$75 p.d. per diem": a traveller's allowance by the day, not a day rate
_PERK_AFTER = re.compile(
    rf"[\s-]+(?:{_PERK}|allowance|reimbursement|per\s+diem)(?!\w)", re.IGNORECASE
)
# a business trip's day allowance ("出張日当 3,000円", "出差補貼 NT$500"): no day rate
_PER_DIEM = r"出張(?:日当|手当)|出差(?:补贴|補貼|津贴|津貼)"
# an allowance named by what it pays for, right before its sum, as East African posts
# list a package's parts ("Salary: UGX 800,000/=, transport 100,000/= per month")
_ALLOWANCE_FOR = r"transport(?:ation)?|lunch|meals?|housing|accommodation|airtime|fuel"
_PERK_BEFORE = re.compile(
    rf"(?<!\w)(?:{_PERK}|per\s+diem|{_ALLOWANCE_FOR})\W+(?:of\s+)?(?:up\s+to\s+)?$"
    rf"|(?:{_PER_DIEM})\W*$",
    re.IGNORECASE,
)
# what a worker is asked to pay ("registration fee $50", "$40 activation fee", "security
# deposit ₹2,000 per month") is never the pay, though it names a period; a fixed fee or a
# writer's "fee: $500 per article" is (no payer's word stands before "fee" there)
_FEE = (
    r"(?:(?:registration|application|activation|onboarding|joining|membership|sign[\s-]?up"
    r"|enrol(?:l)?ment|processing|starter[\s-]+kit)[\s-]+fees?"
    r"|(?:security|refundable)[\s-]+deposit"
    # ro: "Taxă de înscriere 150 lei", "taxa de participare", "garanție 1.000 lei"
    r"|tax[ăa][\s-]+de[\s-]+(?:[îi]nscriere|[îi]nregistrare|participare|procesare|dosar)"
    r"|garan[țţ]ie)"
)
_FEE_BEFORE = re.compile(
    rf"(?<!\w)(?:{_FEE}[^\S\n]*[:=(–-]?[^\S\n]*(?:of\s+)?|deposit\s+of\s+)(?:only\s+|just\s+)?$",
    re.IGNORECASE,
)
# a sum for the papers of a job abroad ("pay AED 2,800 for visa processing", "USD 300
# for the medical", "up to AED 2,000 for your work permit"): a fee or its refund, no pay
# (a medical test's, not "medical device" work's)
_PAPERS = ("visa", "medical", "permit")
_MEDICAL = r"medical(?=[^\S\n]*(?:[.,;)]|$)|[^\S\n]+(?:tests?|exam\w*|check\w*|fees?|costs?)\b)"
_FEE_AFTER = re.compile(
    rf"[^\S\n]+(?:{_FEE}(?!\w)|(?:for|towards)[^\S\n]+(?:the[^\S\n]+|your[^\S\n]+)?"
    rf"(?:visa(?!\w)|work[^\S\n]+permit(?!\w)|{_MEDICAL}))",
    re.IGNORECASE,
)
_SPACES = re.compile(r"[\s\u00a0\u202f'’]")
_WINDOW = 40
# the work an amount prices: "| $8k contract |" in a header's cell is a fixed price
_PRICED_WORK = re.compile(r"\s+(?:contract|project|gig)\b", re.IGNORECASE)
_CELL_CLOSES = re.compile(r"[ \t]*(?:\||\n|$)")


def read_amount(text: str) -> float:
    """An amount as posts and users write it ("40,000", "18.000", "40 000", "1,50,000",
    "1.234,56", "7.5", "0,12"): spaces group thousands, and the last point or comma is
    the decimal mark when both kinds appear, when fewer or more than three digits follow
    it, or when the whole part is 0 ("0.125" per word, never 125)."""
    digits = _SPACES.sub("", text)
    if "," in digits and "." in digits:
        cut = max(digits.rfind(","), digits.rfind("."))
        whole = digits[:cut].replace(",", "").replace(".", "")
        return float(f"{whole}.{digits[cut + 1 :]}")
    for sep in ",.":
        if sep not in digits:
            continue
        at = digits.find(sep)
        grouped = len(digits) - at - 1 == 3 and digits[:at].strip("0") != ""
        if digits.count(sep) > 1 or grouped:
            return float(digits.replace(sep, ""))
        return float(digits.replace(sep, "."))
    return float(digits)


def _scale(mult: str | None) -> float:
    return _SCALES[mult.strip().lower()] if mult else 1.0


def _value(amount: str, mult: str | None) -> float:
    """An amount with its multiplier: "120" "k" is 120,000, "1" "억 2천만" 120,000,000
    (천 and 백 count within a man; 억 and man close what stands before them)."""
    if not mult or mult in ("万", "萬", "만") or mult[0] not in _EAST_ASIAN_UNITS:
        return read_amount(amount) * _scale(mult)
    total, section, last = 0.0, 0.0, 1.0
    for number, unit, rest in _EAST_ASIAN_PART.findall(amount + mult):
        said = read_amount(number or rest) if number or rest else None
        if rest:
            section += said or 0.0
        elif (size := _EAST_ASIAN_UNITS[unit]) >= 1e4:
            total += ((section + (said or 0.0)) or 1.0) * size
            section, last = 0.0, size
        else:
            section += (1.0 if said is None else said) * size
    return total + section * (1e4 if last == 1e8 else 1.0)  # "1억2천": its rest in man


# a range's low end whose thousands lost a digit ("$120,00-150,000"): cents are never
# written beside a top of thousands
_LOST_DIGIT = re.compile(r"\d{1,3},\d\d")
_THOUSANDS = re.compile(r"\d{1,3}(?:,\d{3})+")


def _bounds(m: re.Match[str], bound: re.Match[str] | None) -> tuple[float | None, float | None]:
    """Both ends; "$120-150k" carries the k to the first end, "$120,00-150,000" its
    lost digit, "$100+", "from" and "up to" leave one end open, and a reversed range is
    put in order."""
    lo = _value(m["a1"], m["m1"]) + read_amount(m["r1"] or "0") * 1e3
    if m["a2"] is not None:
        hi = _value(m["a2"], m["m2"]) + read_amount(m["r2"] or "0") * 1e3
        if m["m2"] and not m["m1"] and lo * (carried := _value("1", m["m2"])) <= hi:
            lo *= carried  # "5~7천만원" too
        elif (
            _LOST_DIGIT.fullmatch(m["a1"])
            and _THOUSANDS.fullmatch(m["a2"])
            and hi / 3 <= lo * 1000 <= hi
        ):
            lo *= 1000
        return min(lo, hi), max(lo, hi)
    if m["plus"] or m["plus_after"] or (bound and bound["from"]):
        return lo, None
    return (None, lo) if bound else (lo, lo)


def _currency(before: re.Match[str] | None, m: re.Match[str]) -> str | None:
    """An ISO code beats a symbol ("$90 CAD" is CAD)."""
    found = [before["c1"]] if before else []
    found += [m[g] for g in ("c2", "c3", "c4") if m[g]]
    codes = [c for c in found if c in _CODES]
    return codes[0] if codes else (_SYMBOLS[found[0]] if found else None)


def _bare_dollar(before: re.Match[str] | None, m: re.Match[str]) -> bool:
    """The amount's only currency is a bare "$" (no "US$", "USD" or "dollars")."""
    signs = ([before["c1"]] if before else []) + [m[g] for g in ("c2", "c3", "c4") if m[g]]
    return set(signs) == {"$"}


def _lookup(unit: str | None, word: str | None) -> RatePeriod:
    if unit == "MD":  # a Czech or Slovak man-day ("7 000 Kč/MD"); "kr./md." a Danish month
        return "day"
    if unit:
        return _UNITS[unit.lower()]
    return _WORDS_AFTER[spaced((word or "").lower())]


def cut_hour(unit: str, amount: float) -> bool:
    """Whether `unit` is Ukrainian's "год" cut from "година" (an hour), as it is below a
    year's least pay; a floor reads it so too (`floors.parse_floor`)."""
    return unit.lower() == _HOUR_CUT and amount < _YEARLY_RANGE[0]


def _period(
    text: str, m: re.Match[str], offset: int, start: int, top: float
) -> tuple[RatePeriod, int] | None:
    """The period stated after the amount (or after an alternative amount: "45-70 USD
    or 180-280 PLN per hour"), else just before it and its currency ("Fixed budget KES
    180,000"); with where its raw words end or start."""
    after = _AFTER.match(text, m.end())
    if after and (after["unit"] or "").lower() == _HOUR_CUT:
        slash = "/" in text[after.start() : after.start("unit")]
        after = after if slash and cut_hour(after["unit"], top) else None
    if after is None and (alternative := _ALTERNATIVE.match(text, m.end())):
        currency = _CURRENCY_AHEAD.match(text, alternative.end())
        other = _MONEY.match(text, currency.end() if currency else alternative.end())
        after = _AFTER.match(text, other.end()) if other else None
    if after and not (after["word"] and _TOTAL_COMP.match(text, after.start("word"))):
        return _lookup(after["unit"], after["word"]), after.end()
    before = _BEFORE.search(text, offset, start)
    if before:
        return _lookup(before["unit"], before["word"]), before.start()
    return None


def _priced_in_header(text: str, m: re.Match[str], start: int) -> tuple[RatePeriod, int] | None:
    """A fixed price, where an amount opens a header cell and names the work it pays
    ("| $8k contract → 5% equity |"); in prose "an $800K contract" is as often a deal."""
    after = _PRICED_WORK.match(text, m.end())
    return ("fixed", after.end()) if after and opens_a_header_cell(text, start) else None


def _alone_in_header(
    text: str, m: re.Match[str], start: int, top: float
) -> tuple[RatePeriod, int] | None:
    """A fixed price, where an amount too small for a year's pay fills a header cell on
    its own ("Architecture audit | $350 | Remote"): the header prices the work it names;
    a sum of thousands there is a salary or nothing (`_yearly_cue`)."""
    closes = _CELL_CLOSES.match(text, m.end())
    if top >= _YEARLY_RANGE[0] or not closes or not opens_a_header_cell(text, start):
        return None
    # a cell is cut by "|": a field that holds nothing but the amount is no header
    piped = "|" in closes[0] or text[max(0, start - 3) : start].rstrip(" \t*_").endswith("|")
    return ("fixed", m.end()) if piped else None


def _per_annum(m: re.Match[str]) -> tuple[RatePeriod, int] | None:
    """A year's pay where the multiplier says so ("18-24 LPA": lakhs per annum)."""
    said = {(m[g] or "").strip() for g in ("m1", "m2")}
    return ("year", m.end()) if "LPA" in said else None


_TOTAL_COMP = re.compile(r"total\s+comp", re.IGNORECASE)
_TOTAL = re.compile(r"(?:total\s+comp\w*|tc)$", re.IGNORECASE)


class _Cue(NamedTuple):
    """Why an amount is a year's pay: where the cue starts (the amount's end when it
    follows), whether words name it a salary, and whether they name a total
    compensation, which is no salary beside one ("$200k salary, $400k total comp")."""

    edge: int
    named: bool
    total: bool = False


def _yearly_cue(
    text: str, m: re.Match[str], offset: int, currency: str, top: float, *, salary_field: bool
) -> _Cue | None:
    """The cue that makes an amount (`top` its higher end) a year's pay, by its size
    and currency and the salary words around it."""
    lo, hi = _YEARLY_RANGES.get(currency, (0, 0))
    if not lo <= top < hi:
        return None
    if _NOT_SALARY_AFTER.match(text, m.end()) or _NOT_SALARY_BEFORE.search(text, offset, m.start()):
        return None
    before = _SALARY_BEFORE.search(text, offset, m.start())
    after = _SALARY_AFTER.match(text, m.end())
    total = any(cue and _TOTAL.match(cue["word"]) for cue in (before, after))
    if before:
        return _Cue(before.start(), True, total)
    if salary_field or after:
        return _Cue(m.end(), True, total)
    if currency in _BARE_YEARLY_CURRENCIES:
        return _Cue(m.end(), False)
    return None


def _monthly(
    text: str,
    m: re.Match[str],
    offset: int,
    start: int,
    currency: str,
    top: float,
    *,
    salary_field: bool,
    units: Mapping[str, str],
) -> tuple[RatePeriod, int] | None:
    """A month's pay where a sum of its size is one in its currency and words name it
    pay (`_MONTHLY_RANGES`), or a salary field names it in a place whose boards quote
    dollars by the month (`units["month"]`)."""
    if currency in _MONTHLY_CYRILLIC and _cyrillic_pay(text, offset, start, salary_field):
        lo, hi = _MONTHLY_CYRILLIC[currency]
        return ("month", m.end()) if lo <= top < hi else None
    named_pay = salary_field or _MONTH_PAY_BEFORE.search(text, offset, start)
    if currency == units.get("month") and (named_pay or _SALARY_LABEL.search(text, offset, start)):
        # "USD 2,500 - 3,500" on a Kenyan board's card, "Lương: Up to $2,500" in Saigon
        lo, hi = _MONTHLY_CYRILLIC[currency]
        return ("month", m.end()) if lo <= top < hi else None
    lo, hi = _MONTHLY_RANGES.get(currency, (0, 0))
    if currency in _STIPEND_MONTHLY and _STIPEND_BEFORE.search(text, offset, start):
        lo, hi = _STIPEND_MONTHLY[currency]
    if not lo <= top < hi or _NOT_SALARY_AFTER.match(text, m.end()):
        return None
    if after := _MONTH_PAY_AFTER.match(text, m.end()):
        return "month", after.end()
    pay_word = currency not in _SALARY_WORDS_ONLY and _PAY_WORDS.search(text, offset, start)
    salary = currency in _SALARY_IN_ENGLISH and (
        _SALARY_BEFORE.search(text, offset, start) or _SALARY_AFTER.match(text, m.end())
    )
    named = salary_field or pay_word or salary or _MONTH_PAY_BEFORE.search(text, offset, start)
    if named or _cyrillic_pay(text, offset, start, salary_field):  # "Зарплата: 60 000 грн"
        return "month", m.end()
    return None


def _cyrillic_pay(text: str, offset: int, start: int, salary_field: bool) -> bool:
    """A Ukrainian or Russian word of salary before the amount, on its line or alone on
    the line above, or a salary field written in Cyrillic ("Від 2000 $")."""
    if salary_field and _CYRILLIC.search(text):
        return True
    if _MONTH_PAY_CYRILLIC.search(text, offset, start):
        return True
    if offset == 0 or not _LABEL_ABOVE.search(text, max(0, offset - 3), offset):
        return False
    if not _LINE_OF_PAY.fullmatch(text, offset, start):
        return False
    line = text.rfind("\n", 0, offset - 1) + 1
    return bool(_MONTH_PAY_CYRILLIC.search(text, line, offset - 1))


def _window_start(text: str, start: int) -> int:
    """Where the text before an amount starts: same line and table cell, 40 chars."""
    lo = max(0, start - _WINDOW)
    cut = max(text.rfind("\n", lo, start), text.rfind("|", lo, start))
    return max(lo, cut + 1)


class _Found(NamedTuple):
    """One amount read as pay: the rate, whether a pay word stands around it (which
    makes it the post's rate), and whether it is a total compensation; where its words
    start and end, and where the amount itself starts (its currency's sign or code)."""

    rate: Rate
    strong: bool
    total: bool
    start: int
    end: int
    at: int


def _currency_ends(text: str, start: int) -> bool:
    """Whether a currency may end right before an amount (`_CURRENCY_BEFORE`: the
    currency, a space, a tilde): a cheap test that spares most numbers the regex."""
    at = start - 1
    if at >= 0 and text[at] in "~≈":
        at -= 1
    if at >= 0 and text[at].isspace():
        at -= 1
    return at >= 0 and text[at] in _CURRENCY_LAST


def _currency_before(text: str, pos: int, end: int) -> re.Match[str] | None:
    """`_CURRENCY_BEFORE.search(text, pos, end)`, tried only where a currency's name ends
    in the last four places (a space, a tilde and a line's end may follow it): `re` tries
    the pattern ended by `$` at every place, 150 names with look-behinds (16 us an amount)."""
    starts = sorted(
        last - length
        for last in range(max(pos + 1, end - 3), end + 1)
        if text[last - 1] in _CURRENCY_LAST
        for length in _CURRENCY_LENGTHS
        if last - length >= pos and text[last - length : last] in _CURRENCY_NAMES
    )
    for start in starts:
        if found := _CURRENCY_BEFORE.match(text, start, end):
            return found
    return None


def _no_falling_range(text: str, m: re.Match[str]) -> re.Match[str]:
    """The amount alone where a smaller bare number follows its dash: "Est. Budget:
    $150 - 5 proposals", "$400 - 2 revisions" are no range (one that falls names its
    currency, multiplier or unit again: "$150 - $120", "150-120k", "$110-80/h")."""
    if m["a2"] is None or m["m2"] or m["c3"] or m["c4"]:
        return m
    if read_amount(m["a2"]) >= _value(m["a1"], m["m1"]) or _AFTER.match(text, m.end()):
        return m
    cut = max(m.end(group) for group in ("a1", "m1", "plus", "c2") if m[group] is not None)
    return _MONEY.match(text, m.start(), cut) or m


# Hindi's and Urdu's "se" between a range's ends ("1 lakh se 1.5 lakh", "₹50k se ₹70k
# tak"), read only where a rupee, lakh or hazar stands beside it: elsewhere it is
# Portuguese's or Italian's "if" ("Cachê: R$ 500 se 10 mil visualizações")
_SE_CONTEXT = re.compile(r"(?<!\w)(?i:lakhs?|lacs?|crores?|haz(?:aa|a)r|rs|pkr|inr)(?!\w)|₹")


def _no_foreign_se(text: str, m: re.Match[str]) -> re.Match[str]:
    """The amount alone where a range's "se" stands in no Hindi or Urdu (`_SE_CONTEXT`)."""
    if m["a2"] is None:
        return m
    cut = max(m.end(group) for group in ("a1", "m1", "plus", "c2") if m[group] is not None)
    if text[cut : m.start("c3") if m["c3"] else m.start("a2")].strip().lower() != "se":
        return m
    if _SE_CONTEXT.search(text, max(0, m.start() - _SYMBOL_REACH), m.end() + _SYMBOL_REACH):
        return m
    return _MONEY.match(text, m.start(), cut) or m


def _in_lakhs(m: re.Match[str]) -> bool:
    return any((m[g] or "").strip().lower() in _LAKH_SCALES for g in ("m1", "m2"))


# what 만 counts where it is no money: people, items, times, views ("월 100만 명")
_COUNTED_AFTER = re.compile(r"\s?(?:명|건|회|개|번|곳|뷰|다운로드|이용자|사용자|가입자)")


def _won_named(text: str, m: re.Match[str]) -> bool:
    """Sums counted in Hangul, hundreds of millions or tens of thousands ("연봉 1억",
    "월 600만"): won, with or without 원, but for a count of people or things."""
    if any((m[g] or "").startswith("억") for g in ("m1", "m2")):
        return True
    return _counted_in("만", _COUNTED_AFTER, text, m)


def _counted_in(unit: str, things: re.Pattern[str], text: str, m: re.Match[str]) -> bool:
    """Whether a sum is counted in `unit` (man: "600만", "150萬") and no count of the
    people or things `things` names after it ("500만 명", "500萬用戶")."""
    return any(unit in (m[g] or "") for g in ("m1", "m2")) and not things.match(text, m.end())


# what a man of things counts in Chinese ("500萬用戶", "3萬名會員", "10萬次下載")
_WAN_COUNTED_AFTER = re.compile(r"\s?(?:人|名|次|筆|個|家|位|件|間|份|用戶|使用者|會員|下載)")


def _wan_named(text: str, m: re.Match[str]) -> bool:
    """Sums counted in 萬 (10,000) with no currency ("年薪 150萬", "月薪 6萬"): the money of
    the posting's place, as a count of people or things is not."""
    return _counted_in("萬", _WAN_COUNTED_AFTER, text, m)


def _shekel_thousands(m: re.Match[str]) -> str | None:
    """Thousands counted in Hebrew ("שכר: 25-30 אלף") are shekels where no currency is named;
    a named one wins ("100 אלף דולר")."""
    said = {(m[g] or "").strip() for g in ("m1", "m2")}
    return "ILS" if _HEBREW_THOUSAND in said else None


def _counted_named(m: re.Match[str]) -> str | None:
    """The currency of millions or thousands counted in Vietnamese ("35 triệu", "30tr", "1
    tỷ": dong) or Indonesian ("12 juta", "15jt", "50rb": rupiah)."""
    for g in ("m1", "m2"):
        if code := COUNTED_IN.get((m[g] or "").strip().lower()):
            return code
    return None


# thousands before a Vietnamese unit are dong ("300k-800k/ngày", "200k/giờ": nghìn đồng)
_DONG_UNITS = ("ngày", "ngay", "giờ", "gio", "tháng", "thang", "tuần", "tuan")
_DONG_UNIT_AFTER = re.compile(rf"[^\S\n]?/[^\S\n]?(?i:{'|'.join(_DONG_UNITS)})(?!\w)")


def _dong_thousands(text: str, m: re.Match[str]) -> bool:
    """Thousands ("k") a Vietnamese unit follows, with no currency: dong."""
    mult = (m["m2"] if m["a2"] else m["m1"]) or ""
    return mult.strip().lower() == "k" and bool(_DONG_UNIT_AFTER.match(text, m.end()))


def _lakhs_named(m: re.Match[str]) -> bool:
    """Lakhs or crores named as a word ("12 lakhs", "18 LPA"): a bare "L" or "cr" is
    rupees only beside a currency ("₹40L"), as alone it is a level ("L2") or more."""
    return any((m[g] or "").strip().lower() in _LAKH_NAMES for g in ("m1", "m2"))


def _candidate(
    text: str,
    m: re.Match[str],
    original: str,
    *,
    salary_field: bool,
    units: Mapping[str, str],
) -> _Found | None:
    """One amount as pay, if it is; `raw` is sliced from the `original` text, which
    `text` matches offset for offset."""
    symbol = _currency_before(text, max(0, m.start() - _SYMBOL_REACH), m.start())
    start = symbol.start() if symbol else m.start()
    code = _CODE_BEFORE_SYMBOL.search(text, max(0, start - 4), start) if symbol else None
    currency = code[0].strip() if code else _currency(symbol, m)
    currency = units.get(currency) if currency in (_CROWN, _RAND, _SHILLING) else currency
    currency = units.get(_RUPEE, _LAKH_DEFAULT) if currency == _RUPEE else currency
    currency = units.get(_RIYAL, _RIYAL_DEFAULT) if currency == _RIYAL else currency
    currency = units.get(_DINAR) if currency == _DINAR else currency
    currency = units.get(_YUAN, _YUAN_DEFAULT) if currency == _YUAN else currency
    currency = units.get(YEN, _YEN_DEFAULT) if currency == YEN else currency
    currency = units.get(_DIRHAM_WORD, _DIRHAM_DEFAULT) if currency == _DIRHAM_WORD else currency
    if currency == "USD" and not code and _bare_dollar(symbol, m):
        currency = units.get("$", currency)  # "$25,000 mensuales" in Guadalajara: pesos
    lakhs, counted = _in_lakhs(m), _counted_named(m)
    if currency is None and _lakhs_named(m):
        currency = units.get("lakh", _LAKH_DEFAULT)  # "CTC 12 lakhs", "8-12 LPA": rupees or taka
    elif currency is None and _won_named(text, m):
        currency = "KRW"
    elif currency is None and counted:
        currency = counted  # "25 - 35 triệu/tháng", "30tr", "Gaji 15jt"
    elif currency is None and _YUAN in units and _wan_named(text, m):
        currency = units[_YUAN]  # "年薪 150萬 - 200萬" in Taipei: Taiwan's dollars
    elif currency is None and _dong_thousands(text, m):
        currency = "VND"  # "300k-800k/ngày"
    elif currency is None and _shekel_thousands(m):
        currency = "ILS"
    if counted and currency != counted:
        return None
    if currency is None or (lakhs and currency not in LAKH_CURRENCIES):
        return None
    if currency not in _MIL_CURRENCIES and "mil" in (m["m1"], m["m2"]):
        return None
    start = at = code.start() if code else start
    offset = _window_start(text, start)
    bound = None if m["a2"] else _BOUND.search(text, offset, start)
    bound = bound or (None if m["a2"] else _BOUND_AFTER.match(text, m.end()))
    lo, hi = _bounds(m, bound)
    if currency == _TOMAN:
        currency = "IRR"
        lo, hi = (None if x is None else x * _RIALS_PER_TOMAN for x in (lo, hi))
    if (lo is not None and lo <= 0) or (hi is not None and hi <= 0):
        return None
    top = max(x for x in (lo, hi) if x is not None)
    if top < _LEAST_AMOUNT.get(currency, 0) or _a_bonus(text, offset, start):
        return None
    if _a_fee(text, m, offset, start):
        return None
    # lakhs per annum say their period over a word before them ("Budget: 25-32 LPA")
    found = (
        _per_annum(m) or _period(text, m, offset, start, top) or _priced_in_header(text, m, start)
    )
    found = found or _monthly(
        text, m, offset, start, currency, top, salary_field=salary_field, units=units
    )
    if found and (_PERK_AFTER.match(text, found[1]) or _PERK_BEFORE.search(text, offset, start)):
        return None
    cue = None
    if found is None:
        cue = _yearly_cue(text, m, offset, currency, top, salary_field=salary_field)
        if cue is None and not lakhs:
            found = _alone_in_header(text, m, start, top)
        kept = lakhs or _rupee_salary(text, m, offset, start, currency, top)
        if cue is None and not kept and found is None:
            return None
    period: RatePeriod | None = found[0] if found else ("year" if cue else None)
    edge = found[1] if found else (cue.edge if cue else m.end())
    if period and top < _LEAST_PAY_IN.get(currency or "", _LEAST_PAY).get(period, 0):
        return None  # "$7/month" for tickets, a "$200/year" gift: a price, not pay
    end = max(edge, m.end())
    end = sup.end() if (sup := _SUPER_AFTER.match(text, end)) else end
    if period == "year" and (base := _on_target_base(text, offset, end)):
        share, end = base  # "OTE $200k (50/50 split)": $100k base, $200k on target
        lo = None if lo is None else lo * share
    start = min(start, edge, bound.start() if bound else start)
    raw = original[start:end].strip()
    if period == "piece" and (count := _per_one(raw)) != 1:
        lo, hi = (None if x is None else x / count for x in (lo, hi))
    rate = Rate(lo, hi, period, currency, raw)
    strong = bool(cue and cue.named) or bool(_PAY_WORDS.search(text, offset, start))
    return _Found(rate, strong, bool(cue and cue.total), start, end, at)


# on-target earnings split between base and commission ("OTE $200k (50/50 split)",
# "$180k OTE, 60/40 base/variable", or the split alone in brackets: "OTE $180k (50/50)"):
# the base is the least the job pays, the OTE the most
_ON_TARGET = re.compile(r"(?<![a-z])(?:ote|on[\s-]target)(?![a-z])")
_SPLIT_AFTER = re.compile(
    r"[^\S\n]*(?:(?i:ote)[^\S\n]*)?(?:[(,;–-]?[^\S\n]*(\d{2})[^\S\n]?/[^\S\n]?(\d{2})[^\S\n]+"
    r"(?i:split|base[^\S\n]?/[^\S\n]?(?:variable|commission|bonus))\)?"
    r"|\([^\S\n]*(\d{2})[^\S\n]?/[^\S\n]?(\d{2})[^\S\n]*\))"
)


def _on_target_base(text: str, offset: int, end: int) -> tuple[float, int] | None:
    """The base's share of on-target earnings a split names right after them, and
    where the split's words end."""
    if "/" not in text[end : end + 16] or not _ON_TARGET.search(text[offset : end + 8].lower()):
        return None
    split = _SPLIT_AFTER.match(text, end)
    if not split:
        return None
    base, variable = (split[1], split[2]) if split[1] else (split[3], split[4])
    if int(base) + int(variable) != 100:
        return None
    return int(base) / 100, split.end()


def _a_fee(text: str, m: re.Match[str], offset: int, start: int) -> bool:
    """Whether the amount is a fee or deposit the worker pays (`_FEE`)."""
    near = text[offset : m.end() + 30].lower()
    if not any(word in near for word in ("fee", "deposit", "tax", "garan", *_PAPERS)):
        return False
    return bool(_FEE_BEFORE.search(text, offset, start) or _FEE_AFTER.match(text, m.end()))


def _a_bonus(text: str, offset: int, start: int) -> bool:
    """Whether a bonus or equity word names the amount at `start` (`_BONUS_BEFORE`)."""
    named = _BONUS_BEFORE.search(text, offset, start)
    return named is not None and not _PAY_AND_BONUS.search(text, offset, named.start())


def _rupee_salary(
    text: str, m: re.Match[str], offset: int, start: int, currency: str, top: float
) -> bool:
    """Rupees named a salary with no period ("Salary: ₹1,50,000", "Rs 95,000 +
    allowances"): pay, kept as lakhs are, as a month's and a year's overlap in size."""
    if currency not in RUPEES or top < _LEAST_PAY["year"] or _NOT_SALARY_AFTER.match(text, m.end()):
        return False
    return bool(_SALARY_BEFORE.search(text, offset, start) or _SALARY_AFTER.match(text, m.end()))


# the words of counts that name their currency: dong counted in Vietnamese millions
# ("triệu", or "tr" right after a digit: "30tr", "30 tr")
_COUNTED_WORDS = {"triệu", "Triệu", "TRIỆU", "trieu", "TRIEU", "tỷ", "TỶ"}
_COUNTED_WORDS |= {f"{d}{gap}tr" for d in "0123456789" for gap in ("", " ")}
# rupiah counted in Indonesian: "juta", or "jt" and "rb" right after a digit ("15jt", "50 rb")
_COUNTED_WORDS |= {"juta", "Juta", "JUTA", "ribu", "Ribu"}
_COUNTED_WORDS |= {f"{d}{gap}{w}" for d in "0123456789" for gap in ("", " ") for w in ("jt", "rb")}
_COUNTED_WORDS |= {
    f"{k}{gap}/{after}{unit}"
    for k in "kK"
    for gap in ("", " ")
    for after in ("", " ")
    for unit in _DONG_UNITS
}  # "300k/ngày", "300k / ngày"
# the sol before its amount ("S/ 5,000", "S/.4500", "S/6000"), not the "S/" of "AWS/GCP"
_SOL_WORDS = {f"S/{after}" for after in ". 0123456789"}
_DINAR_SKIM = {
    f"{d}{gap}{w}"
    for d in "0123456789"
    for gap in ("", " ", "\u00a0")
    for w in ("din", "дин", "ден")
}
# a text with none of these names no currency (`_CUR` needs one of them, or 억 or 만 its
# won, 萬 Taiwan's dollar): one pass finds any, three times faster than an alternation;
# the rand's "R", in most texts, is looked for only in a posting placed where it is the
# currency
_CURRENCY_WORD_LIST = sorted(
    (set(_SYMBOLS) - {_RAND, *_SOL, *_AFTER_AMOUNT})
    | _CODES
    | set(_LAKH_WORDS)
    | {"억", "만", "萬", _HEBREW_THOUSAND}
    | _COUNTED_WORDS
    | _SOL_WORDS
    | _DINAR_SKIM
)
_CURRENCY_WORDS = AhoCorasick(_CURRENCY_WORD_LIST)
# a range that repeats its unit on both ends: "$45/h - $60/h" reads as "$45 - $60/h"
_REPEATED_UNIT = re.compile(
    r"\s*(/\s*[^\W\d]+\.?)\s*(?:-|–|—)\s*(?=\D{0,4}\d[\d.,]*\s?[kK]?\s*\1(?!\w))"
)


# which of a text's amounts (their spans) pay the reader's role, where a post states
# pay per role; None where it does not (`role_terms.role_pay`)
Owned = Callable[[str, Sequence[tuple[int, int]]], Sequence[bool] | None]
# whether words name a place the reader lives in ("in Europe we pay"); None where they
# name no place (`eligibility.lives_in`)
Lives = Callable[[str], bool | None]


def names_several_currencies(text: str) -> bool:
    """Whether a short field names more than one currency ("US $160k-$185k / UK
    £90k-£105k"): it may pay the same work in several, to be read again for the reader's
    (`parse_rate`'s `currency` and `lives`); "$" beside "USD" is one, as is "€" beside
    "EUR" (a word no code names, as "LPA", counts as itself)."""
    words = (_CURRENCY_WORD_LIST[i] for i, _, _ in _CURRENCY_WORDS.find_matches_as_indexes(text))
    return len({_SYMBOLS.get(word, word) for word in words}) > 1


def parse_rate(
    text: str,
    *,
    salary_field: bool = False,
    units: Mapping[str, str] | None = None,
    contractor: bool = True,
    owned: Owned | None = None,
    currency: str | None = None,
    lives: Lives | None = None,
) -> Rate | None:
    """The post's rate: the first amount with a currency and a period, preferring one
    after a pay word, spanning every other amount of its currency and period (the
    roles of one post), totals beside a salary left out.

    `contractor`: of a post's pair of rates by contract (C2C or W2, B2B or UoP), the
    reader takes a contractor's, else an employee's. `owned`: which amounts pay the
    reader's role, where the post states pay per role (the others are left out).
    `currency`: the reader's, whose amount is the rate where a post pays the same work
    in several, side by side ("$120k-$150k (US) or €95k-€115k (EU)"), where `lives`
    does not find the reader's place named beside one ("Our US team earns $140-170k;
    in Europe we pay €100-120k" is euros for a user in London).

    `salary_field`: the text is a source's salary field, which names every amount in it
    a salary (Remotive's `salary`), so a sum of thousands there is a year's pay.
    `units`: the currency the posting's place means by "kr", by lakhs and by a bare "$"
    (`regions.place_units`: {"kr": "SEK"}, {"lakh": "PKR"}, {"$": "MXN"}); "kr" without
    one is no currency, lakhs are rupees, "$" is US dollars; and the one a salary field
    or a word of pay there quotes by the month ({"month": "USD"} in Nairobi: "USD 2,500 -
    3,500"; in Ho Chi Minh City: "Lương: Up to $2,500").
    """
    if not _CURRENCY_WORDS.find_matches_as_indexes(text) and not (
        units and _RAND in units and _RAND in text
    ):
        return None  # no currency, no money (lakhs are rupees): most texts are not read further
    if not (units and _CROWN in units) and _swedish_pay(text):
        units = {**(units or {}), _CROWN: "SEK"}
    original = text
    if text.count("/") > 1:  # a repeated unit is two of them
        text = _REPEATED_UNIT.sub(lambda unit: " - ".rjust(len(unit[0])), text)  # same offsets
    if any(f" {closer} " in text for closer in _RANGE_WORDS):
        text = _range_words_as_dashes(text)
    found: list[_Found] = []
    pos = 0
    while m := _MONEY.search(text, pos):
        m = _no_foreign_se(text, _no_falling_range(text, m))
        named = (
            m["c2"]
            or m["c3"]
            or m["c4"]
            or _currency_ends(text, m.start())
            or _lakhs_named(m)
            or _won_named(text, m)
            or _counted_named(m)
            or _dong_thousands(text, m)
            or _shekel_thousands(m)
            or (units and _YUAN in units and _wan_named(text, m))
        )
        one = (
            _candidate(text, m, original, salary_field=salary_field, units=units or {})
            if named
            else None
        )
        if one is None:  # rescan after the number: "team of 5 $90/h"
            pos = m.end("a1")
            continue
        found.append(one)
        pos = m.end()
    if not found:
        return None
    if len(found) > 1:
        found = [
            one for i, one in enumerate(found) if not i or not _converted(text, found[i - 1], one)
        ]
        found = _rates_by_contract(text, found, contractor=contractor)
    if len(found) > 1 and owned and (mine := owned(text, [(f.start, f.end) for f in found])):
        found = [one for one, kept in zip(found, mine, strict=True) if kept]
    first = next((one for one in found if one.strong), found[0])
    if currency or lives:
        first = _the_readers(text, found, first, currency=currency, lives=lives)
    best = first.rate
    return span(best, [one.rate for one in found if not one.total])


# an amount's worth in another currency, estimated right after it ("€60k (≈ $65k)",
# "£550/day (~$700)", "€60k, approx. $65k"): a conversion for the reader, no pay of its own
_CONVERSION = re.compile(
    r"[^\S\n]*[(\[,/]?[^\S\n]*(?:[≈~]|(?i:approx(?:imately|\.)?|about|around|roughly|circa|ca\."
    r"|equivalent\s+to|equiv\.?))[^\S\n]*"
)


# or with no such word, as the whole of a bracket opened right after it ("€60k ($65k)",
# "£550/day (US$700/day)"), where alternatives are each named ("$140k (US) or €100k (EU)")
_BRACKET_OPENS = re.compile(r"[^\S\n]*[(\[][^\S\n]*")
_BRACKET_CLOSES = re.compile(r"[^\S\n]*[)\]]")


def _converted(text: str, before: _Found, one: _Found) -> bool:
    """Whether `one` is `before` converted to another currency (`_CONVERSION`, or
    bracketed alone right after it)."""
    if one.rate.currency == before.rate.currency:
        return False
    return bool(_CONVERSION.fullmatch(text, before.end, one.at)) or bool(
        _BRACKET_OPENS.fullmatch(text, before.end, one.at) and _BRACKET_CLOSES.match(text, one.end)
    )


def _swedish_pay(text: str) -> bool:
    """Whether a crown priced in Swedish words (`_SWEDISH_PAY`) stands in the text."""
    low = text.lower()
    return "kr" in low and any(w in low for w in _SWEDISH_WORDS) and bool(_SWEDISH_PAY.search(text))


# the most that stands between a rate and its like in another currency: "$120k-$150k USD
# (US) or €95k-€115k (EU)", "US $140,000 - $170,000; Europe €90,000 - €110,000"; further
# off, or in another cell or line, it pays another role, unless each opens a line under
# a label of its own ("US: $150-180k" ... paragraphs later "EU: €120-140k") or names its
# place in a sentence of its line ("Engineers in the US are paid $150k–$185k. Engineers
# based in the EU are paid €95k–€120k", however long the sentences between them in one
# paragraph: a few of a paragraph's lines, as each must name a place)
_ALTERNATIVE_REACH = 30
_PROSE_REACH = 400
_LABELLED = re.compile(r"(?:^|\n)[ \t]*(?:[-*•][ \t]*)?[^\W\d][^\d\n|:$€£]{0,38}:[ \t]*$")
# where one amount's words end and the next one's start: "for US hires and £95k ..."
_CLAUSE_CUT = re.compile(r"[;,/|\n]|\.\s|\s(?:and|or|but|while|whereas)\s", re.IGNORECASE)
_CLAUSE_REACH = 60


def _the_readers(
    text: str, found: list[_Found], first: _Found, *, currency: str | None, lives: Lives | None
) -> _Found:
    """Of the same pay in several currencies side by side, the reader's: the one whose
    words name a place the reader lives in, else the one in their currency, else
    `first`."""
    alike = [one for one in found if one is first or _in_place_of(text, one, first)]
    places = _clauses(text, alike) if lives else []
    if lives and (prose := [one for one in found if _in_prose(text, one, first, lives)]):
        alike = sorted({*alike, *prose}, key=lambda one: one.at)
        places = _clauses(text, alike)
    if len({one.rate.currency for one in alike}) < 2:
        return first
    if lives:
        mine = [one for one, words in zip(alike, places, strict=True) if lives(words)]
        if len({one.rate.currency for one in mine}) == 1:
            return mine[0]
    return next((one for one in alike if one.rate.currency == currency), first)


def _clauses(text: str, alike: list[_Found]) -> list[str]:
    """The words of each amount's own clause, on its line: from the cut after the one
    before (or 60 characters) to the first cut after it ("Our US team earns $140-170k",
    "in Europe we pay €100-120k")."""
    words = []
    for i, one in enumerate(alike):
        line = text.rfind("\n", 0, one.at) + 1
        lo = max(line, one.at - _CLAUSE_REACH)
        if i and alike[i - 1].end > lo:
            cut = _CLAUSE_CUT.search(text, alike[i - 1].end, one.at)
            lo = cut.end() if cut else one.at
        stop = alike[i + 1].at if i + 1 < len(alike) else min(len(text), one.end + _CLAUSE_REACH)
        cut = _CLAUSE_CUT.search(text, one.end, stop)
        words.append(text[lo : cut.start() if cut else stop])
    return words


def _in_place_of(text: str, one: _Found, first: _Found) -> bool:
    """Whether `one` is `first` paid in another currency: the same period, right beside
    it or each under its own label."""
    if not _like(one, first):
        return False
    gap = text[min(one.end, first.end) : max(one.start, first.start)]
    if len(gap) <= _ALTERNATIVE_REACH and not any(c in gap for c in "\n|"):
        return True
    return all(_labelled(text, found.at) for found in (one, first))


def _in_prose(text: str, one: _Found, first: _Found, lives: Lives) -> bool:
    """Whether `one` is `first` paid in another currency a sentence on, each naming a
    place: "in the US are paid $150k–$185k. ... in the EU are paid €95k–€120k"."""
    if not _like(one, first):
        return False
    pair = sorted((one, first), key=lambda found: found.at)
    gap = text[pair[0].end : pair[1].start]
    if len(gap) > _PROSE_REACH or "\n" in gap:
        return False
    return all(lives(words) is not None for words in _clauses(text, pair))


def _like(one: _Found, first: _Found) -> bool:
    """Another currency, the same period, no total compensation."""
    return (
        not one.total
        and one.rate.currency != first.rate.currency
        and one.rate.period == first.rate.period
    )


def _labelled(text: str, start: int) -> bool:
    """Whether an amount opens its line after a short label ("EU: €120-140k",
    "- Canada: CA$165,000", "Pay range (United States): $140,000")."""
    return bool(_LABELLED.search(text, max(0, start - 42), start))


# a post's pair of rates, one for employees and one for contractors: a US staffing
# post's "$65/hr W2 or $75/hr C2C" (W2 is an employee's pay, C2C and 1099 a
# contractor's), "Employees: €70k–€80k salary. Contractors: €600/day", "£500/day for
# freelancers, £60k for permanent staff", a Polish "(B2B) / (UoP)" (umowa o pracę, an
# employment contract): the contractor's is the freelancer's, the employee's the job
# seeker's; a post naming only one side keeps all its amounts
_EMPLOYEE = (
    r"W-?2|employees?|perm(?:anent)?(?:\s+(?:staff|roles?|hires?|employees?))?|salar(?:y|ied)"
)
_EMPLOYEE += r"|festangestellte?|festanstellung|cdi|clt|uop|umow[aęy]\s+o\s+prac[ęe]"
_CONTRACTOR = r"C2C|1099|corp[\s-]+to[\s-]+corp|B2B|contractors?|freelancers?|freelance|contract"
_CONTRACTOR += r"|freiberufler\w*|freie\s+mitarbeiter\w*|aut[óo]nomos?|ind[ée]pendants?|PJ"
_TAX_TERM = rf"(?:(?P<employee>{_EMPLOYEE})|(?P<contractor>{_CONTRACTOR}))(?![\w-])"
_TAX_TERM_AFTER = re.compile(
    rf"[^\S\n]*[(,:-]?[^\S\n]*(?:(?:on|via|as|through|for|für|para|pour|se|como)[^\S\n]+)?{_TAX_TERM}",
    re.IGNORECASE,
)
_TAX_TERM_BEFORE = re.compile(
    rf"(?<![\w-]){_TAX_TERM}[^\S\n]*(?:rate[^\S\n]*)?[:=-]?[^\S\n]*$", re.IGNORECASE
)

_TAX_TERM_WITHIN = re.compile(rf"(?<![\w-]){_TAX_TERM}", re.IGNORECASE)


def _rates_by_contract(text: str, found: list[_Found], *, contractor: bool) -> list[_Found]:
    """The amounts a contractor is paid, or an employee, where a post pairs them."""
    terms = [_tax_term(text, one) for one in found]
    if "employee" not in terms or "contractor" not in terms:
        return found
    other = "employee" if contractor else "contractor"
    return [one for one, term in zip(found, terms, strict=True) if term != other]


def _tax_term(text: str, one: _Found) -> str | None:
    """ "employee" or "contractor", as the words right after, before or in an amount
    say."""
    m = (
        _TAX_TERM_AFTER.match(text, one.end)
        or _TAX_TERM_BEFORE.search(text, max(0, one.start - 20), one.start)
        or _TAX_TERM_WITHIN.search(text, one.start, one.end)  # "Day rate for contractors £550"
    )
    return m.lastgroup if m else None


def _range_words_as_dashes(text: str) -> str:
    """ "od 40 do 60", "entre 500 et 600" as "od 40 -  60", "entre 500 -  600": the same
    offsets, a range `_MONEY` reads."""
    for closer, opener in _RANGE_OPENER.items():
        word = f" {closer} "
        at = text.find(word)
        while at >= 0:
            if _AMOUNT_AHEAD.match(text, at + len(word) - 1) and opener.search(
                text, max(0, at - _RANGE_REACH), at + 1
            ):
                text = f"{text[: at + 1]}{'-'.ljust(len(closer))}{text[at + len(word) - 1 :]}"
            at = text.find(word, at + len(word) - 1)
    return text


# pay without a currency: a year's pay in thousands ("| 90K - 150K |", "Compensation:
# 115k-170k", "| 130-160k + equity", "| 110k+ |") after a pay word or alone in a header's
# cell (nothing after it but the cell's end or words of pay: "TC", "base", "+ equity"),
# or an hour's ("100-200/hr", "80 per hour") anywhere, as its unit says it is pay
_NOT_AFTER_SIGN = r"(?<![\w$£€.,/+]\d)"  # the first digit: no currency or number before it
_BARE_RANGE = re.compile(  # from a digit, so `re` skips ahead to digits
    rf"(\d{_NOT_AFTER_SIGN}\d{{1,2}})\s?(?:[kK]?\s?(?:-|–|—|to)\s?(\d{{2,3}})\s?[kK]\+?|[kK]\+|[kK])"
    r"(?!\w)"
)
# a single sum of thousands ("RAL 38k", "Salary: 95k") is pay only right after a
# salary's word and ending its clause (`_CELL_AFTER`), not in a cell ("| 50k |" may
# count users) nor after "range" or "band" ("range 20k rows"), "25k MRR" nor "30k users"
_SALARY_BEFORE_ONE = re.compile(
    r"\b(?:(?i:salary|compensation|ote)|RAL|R\.A\.L\.)[^\S\n]*(?::|=|(?i:of|is))?[^\S\n]*$"
)
_BARE_HOURLY = re.compile(
    rf"(\d{_NOT_AFTER_SIGN}\d{{1,2}})(?:\s?(?:-|–|—|to)\s?(\d{{2,3}}))?"
    r"\s?(?i:/\s?h(?:ou)?r|per\s+hour|an\s+hour)(?!\w)"
)
_CELL_BEFORE = re.compile(r"(?:^|[|–—]|\s-)[ \t]*$")
_CELL_AFTER = re.compile(
    r"\s*(?:$|[|\n(+,;]|[-–—]\s|\.(?:\s|$)"
    r"|(?i:tc|ote|base|salary|plus|per\s+year|a\s+year|annually|/\s?y(?:ea)?r)\b)"
)
# "for the Senior Java Engineer it is 140k-180k": "it is" names a role's pay there
_PAY_BEFORE = re.compile(
    r"\b(?:(?i:salary|compensation|comp|pay|pays|paying|range|band|tc|ote|it\s+is|it's)\b"
    r"|RAL\b|R\.A\.L\.)"  # it: "RAL 35-40k" (retribuzione annua lorda: a year's gross pay)
    r"[^|\n\d]{0,12}$"
    # "Base: 140-160k" labels pay, where a "customer base: 20-50k" is no label
    r"|(?<![A-Za-z][^\S\n])\b(?i:base)[^\S\n]*[:=][^\S\n]*$"
)
_BARE_REACH = 40  # characters before a range that may say it is pay
# a currency beside the range ("PLN 60k-85k", "155k-180k USD"): `parse_rate`'s to read
_NAMED_BEFORE, _NAMED_AFTER = re.compile(rf"(?:{_CUR})\s*$"), re.compile(rf"\s*(?:{_CUR})")


def parse_bare_rate(text: str, currency: str) -> Rate | None:
    """Pay written without a currency, in `currency`, the one of the posting's place
    ("| Colorado Springs, CO | 90K - 150K |" is dollars): a year's pay only as a sum
    of thousands after a pay word or alone in a header's cell, a range's top at most
    three times its bottom, so user counts and years stay out; an hour's where its
    unit says so ("100-200/hr"). None where a currency stands beside the amount (that
    one `parse_rate` reads). Several, as for several roles, state their span."""
    found = [*_bare_yearly(text, currency)] or [*_bare_hourly(text, currency)]
    return span(found[0], found[1:]) if found else None


def _bare_yearly(text: str, currency: str) -> Iterator[Rate]:
    for m in _BARE_RANGE.finditer(text):
        low, high = int(m[1]), int(m[2]) if m[2] else None
        before = text[max(0, m.start() - _BARE_REACH) : m.start()]
        sized = low >= 20 and (high is None or low < high <= 3 * low)
        if high is None and not m[0].endswith("+"):  # one sum: "RAL 38k"
            ends = _CELL_AFTER.match(text, m.end())
            said, high = bool(ends and _SALARY_BEFORE_ONE.search(before)), low
        else:
            in_cell = _CELL_BEFORE.search(before) and _CELL_AFTER.match(text, m.end())
            said = bool(in_cell or _PAY_BEFORE.search(before))
        if sized and said and not _named(text, m, before):
            yield Rate(low * 1000.0, high and high * 1000.0, "year", currency, m[0].strip())


def _bare_hourly(text: str, currency: str) -> Iterator[Rate]:
    low_text = lowered(text)
    if not any(unit in low_text for unit in ("/h", "/ h", "per hour", "an hour")):
        return  # the scan costs 30 µs a post; finding a unit, well under one
    for m in _BARE_HOURLY.finditer(text):
        low, high = int(m[1]), int(m[2] or m[1])
        before = text[max(0, m.start() - 6) : m.start()]
        if 10 <= low <= high <= 4 * low and not _named(text, m, before):
            yield Rate(float(low), float(high), "hour", currency, m[0].strip())


def _named(text: str, m: re.Match[str], before: str) -> bool:
    return bool(_NAMED_BEFORE.search(before[-6:]) or _NAMED_AFTER.match(text, m.end()))


@lru_cache(maxsize=4096)
def parse_field_rate(
    field: str,
    *,
    salary_field: bool = False,
    dollar: str | None = None,
    monthly: str | None = None,
    local: tuple[tuple[str, str], ...] = (),
) -> Rate | None:
    """`parse_rate` of a short field, remembered: titles and salaries ("$120k-$150k")
    come back post after post. `dollar`: the currency the posting's place means by a
    bare "$" ("CAD" in Toronto), `monthly` the one its salary fields quote by the month
    ("USD" in Nairobi), `local` its other units ("R" in Cape Town: an alert's "R45 000 -
    R55 000 per month"), as `units` has them."""
    units = {"$": dollar, "month": monthly} | dict(local)
    return parse_rate(field, salary_field=salary_field, units={k: v for k, v in units.items() if v})


def span(best: Rate, others: list[Rate]) -> Rate:
    """`best` widened to every other rate of its period and currency: the lowest
    bottom to the highest top, an open end open, the raw words of each."""
    like = [best, *(r for r in others if (r.period, r.currency) == (best.period, best.currency))]
    if len(like) == 1:
        return best
    lows, highs = [r.min for r in like], [r.max for r in like]
    return Rate(
        None if None in lows else min(x for x in lows if x is not None),
        None if None in highs else max(x for x in highs if x is not None),
        best.period,
        best.currency,
        "; ".join(dict.fromkeys(r.raw for r in like)),
    )


def exchange_said(currency: str, profile_currency: str, factor: float) -> str:
    """How a conversion reads in `rate_conversion`: the profile's currency, or the
    exchange and its factor ("EUR→USD at 1.08"), which `why` multiplies by."""
    if currency == profile_currency:
        return profile_currency
    return f"{currency}→{profile_currency} at {factor:.4g}"


def fx_factor(currency: str | None, profile_currency: str, fx: dict[str, float]) -> float | None:
    """One of `currency` in the profile's, which `why` multiplies a piece rate by; None
    where they are the same or either has no price in `fx` (`[ranking.fx_usd]`)."""
    if currency == profile_currency or currency not in fx or profile_currency not in fx:
        return None
    return fx[currency] / fx[profile_currency]


def includes_super(rate: Rate) -> bool:
    """Whether the rate's words include Australia's superannuation ("inc super")."""
    return bool(_SUPER_INCLUDED.search(rate.raw))


# a worker's wage by the day, as labour and gig posts name it ("日薪 1,600 元", "日領 NT$3,000",
# "日給 12,000円", "일당 15만원", "daily income 500-2000 taka"): no contractor's day rate
_DAY_WAGES = (
    *("日薪", "日领", "日領", "日給", "日当", "일당", "daily income", "dniówka", "gaji harian"),
    *("الأجرة اليومية", "الاجرة اليومية"),  # ar: "the daily wage"
)


def day_wage(rate: Rate) -> bool:
    """Whether the rate's words name a day's wage rather than a contractor's day rate."""
    raw = rate.raw.lower()
    return rate.period == "day" and any(word in raw for word in _DAY_WAGES)


_NO_HOURS = (None, "fixed", "piece")  # periods no number of hours stands behind


def to_hourly(
    rate: Rate,
    profile_currency: str,
    settings: RankingSettings,
    load: tuple[float, float] | None = None,
) -> tuple[float | None, float | None, str] | None:
    """The rate per hour in the profile's currency, and what the conversion assumed.

    Fixed budgets, pay by the piece and unknown periods have no hours, and currencies
    missing from the fx table have no price: all are None rather than a guess. A rate
    that includes Australia's superannuation ("inc super") is compared without it, as
    one "+ super" is: the conversion says so ("8 h/day; less 12% super; AUD").
    `load`: the least and most share of a full week's hours the post asks for where it is
    part-time: a week's, month's or year's pay is for those hours ("$7k/mo, 20 hrs/week"
    is $7k for half a full month's), the lowest pay over the most hours, the highest over
    the least.
    """
    fx = settings.fx_usd
    if rate.period in _NO_HOURS or rate.currency not in fx or profile_currency not in fx:
        return None
    hours = {
        "hour": 1.0,
        "day": settings.hours_per_day,
        "week": settings.hours_per_week,
        "month": settings.hours_per_month,
        "year": settings.hours_per_year,
    }[rate.period]
    factor = fx_factor(rate.currency, profile_currency, fx) or 1.0
    span = "per hour" if rate.period == "hour" else f"{hours:g} h/{rate.period}"
    least = most = hours
    if load and rate.period in _LOADED and 0 < load[0] <= load[1] <= 1 and load[0] < 1:
        least, most = hours * load[0], hours * load[1]
        span = f"{_hours_said(least, most)} h/{rate.period}"
    if includes_super(rate):  # "$1,000 p.d. inc super": the rate is the rest
        least, most = least * (1 + SUPER_GUARANTEE), most * (1 + SUPER_GUARANTEE)
        span += f"; less {SUPER_GUARANTEE:.0%} super"
    money = exchange_said(rate.currency, profile_currency, factor)

    def hourly(value: float | None, hours: float) -> float | None:
        return None if value is None else round(value * factor / hours, 2)

    return hourly(rate.min, most), hourly(rate.max, least), f"{span}; {money}"


_LOADED = frozenset({"week", "month", "year"})  # periods a part-time load shortens


def _hours_said(least: float, most: float) -> str:
    least, most = round(least, 1), round(most, 1)  # "900-1350 h/year", never "1.35e+03"
    return f"{least:g}" if least == most else f"{least:g}-{most:g}"
