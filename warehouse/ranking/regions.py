"""Places as warehouse.ranking.remote names them: countries by ISO code, blocs of
countries, the names people write for them, and the UTC offsets they keep.

Data, not logic: remote.py reads postings against these tables.
"""

from __future__ import annotations

import re

from warehouse.ranking._text import literal, phrases, spaced


def _codes(text: str) -> frozenset[str]:
    return frozenset(text.split())


_EU = _codes("AT BE BG HR CY CZ DK EE FI FR DE GR HU IE IT LV LT LU MT NL PL PT RO SK SI ES SE")
_EUROPE = _EU | _codes("GB CH NO IS UA RS AL BA ME MK MD LI AD MC SM BY XK")
_LATAM = _codes("MX BR AR CO CL PE UY EC VE BO PY CR PA GT DO SV HN NI CU PR")
_MEA = _codes("AE SA IL TR EG ZA NG KE MA QA GH TN JO LB ET RW")
BLOCS: dict[str, frozenset[str]] = {
    "EU": _EU,
    "Europe": _EUROPE,
    "EMEA": _EUROPE | _MEA,
    "Americas": _codes("US CA") | _LATAM,
    "North America": _codes("US CA MX"),
    "LATAM": _LATAM,
    "APAC": _codes("AU NZ JP SG IN BD PK PH ID MY TH VN KR CN HK TW LK NP"),
}
# a place's names (countries, blocs, a few cities and US states) -> its code or bloc
_NAMES = """
EU: e.u.|european union|eea|europäische union|unión europea; EMEA: emea
Europe: europe|european|europa|ইউরোপ; Americas: americas|the americas
North America: north america|nordamerika|norteamérica; APAC: apac|asia-pacific|asia
LATAM: latam|latin america|south america|lateinamerika|latinoamérica|américa latina
US: usa|u.s.|u.s.a.|united states|estados unidos|eeuu|california|new york|nyc|texas
US: florida|washington state|massachusetts|colorado|illinois|oregon|san francisco
US: seattle|austin|boston|chicago|los angeles|bay area
GB: uk|u.k.|united kingdom|great britain|britain|england|scotland|wales|london
GB: reino unido|großbritannien|manchester; IE: ireland|irland|dublin
DE: germany|deutschland|alemania|berlin|munich|münchen|hamburg|জার্মানি
FR: france|francia|frankreich|paris; ES: spain|españa|spanien|madrid|barcelona
PT: portugal|lisbon|lisboa; IT: italy|italia|italien|milan; BE: belgium|brussels
NL: netherlands|holland|niederlande|amsterdam; PL: poland|polen|polonia|warsaw
SE: sweden|schweden|stockholm; DK: denmark|dänemark|copenhagen; FI: finland|helsinki
NO: norway|norwegen|oslo; CH: switzerland|schweiz|suiza|zurich|zürich
AT: austria|österreich|vienna|wien; CZ: czechia|czech republic|prague
RO: romania|bucharest; UA: ukraine|kyiv; GR: greece|athens; TR: turkey|türkiye
CA: canada|kanada|canadá|toronto|vancouver|montreal; MX: mexico|méxico
BR: brazil|brasil|brasilien|são paulo; AR: argentina|buenos aires; CL: chile
CO: colombia|kolumbien|bogotá; PE: peru|perú; PK: pakistan; PH: philippines
IN: india|indien|bangalore|bengaluru|mumbai|ভারত; BD: bangladesh|dhaka|বাংলাদেশ|ঢাকা
SG: singapore; AU: australia|australien|sydney|melbourne; NZ: new zealand
JP: japan|tokyo; ZA: south africa; NG: nigeria|lagos; KE: kenya|nairobi; EG: egypt
IL: israel|tel aviv; AE: uae|united arab emirates|dubai
"""
PLACE_OF = {
    spaced(name): place.strip()
    for entry in _NAMES.replace("\n", ";").split(";")
    if entry.strip()
    for place, names in [entry.split(":")]
    for name in names.strip().split("|")
}
# every name above in one pattern, longest first, matched in lower-cased text
PLACE_NAMES = re.compile(
    rf"(?:{phrases(map(literal, sorted(PLACE_OF, key=len, reverse=True)))})(?![\w])"
)
# the cities among the names, each under one name, so "NYC" and "New York" are one city
# while "Berlin" and "Munich" are two places of one country
_CITIES = """
new york|nyc; san francisco|bay area; seattle; austin; boston; chicago; los angeles
london; manchester; dublin; berlin; munich|münchen; hamburg; paris; madrid; barcelona
lisbon|lisboa; milan; brussels; amsterdam; warsaw; stockholm; copenhagen; helsinki
oslo; zurich|zürich; vienna|wien; prague; bucharest; kyiv; athens; toronto; vancouver
montreal; são paulo; buenos aires; bogotá; bangalore|bengaluru; mumbai; dhaka|ঢাকা
sydney; melbourne; tokyo; lagos; nairobi; tel aviv; dubai
"""
CITY_OF = {
    spaced(name): names.split("|")[0].strip()
    for names in _CITIES.replace("\n", ";").split(";")
    if names.strip()
    for name in names.strip().split("|")
}
# two-letter codes safe to read in prose ("IN", "IT", "NO", "AT", "BE" are words)
CODES_IN_TEXT = _codes(
    "US UK GB DE FR ES NL PL PT CA MX BR AR CO CL AU NZ JP SG PH IE SE DK FI CH CZ RO "
    "UA IL ZA NG KE BD PK AE EU"
)
US_STATES = _codes(
    "AL AK AZ AR CA CO CT DE FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS MO MT NE "
    "NV NH NJ NM NY NC ND OH OK OR PA RI SC SD TN TX UT VT VA WA WV WI WY DC"
)
ZONES = {"UTC": 0.0, "GMT": 0.0, "WET": 0.0, "BST": 1.0, "CET": 1.0, "CEST": 2.0}
ZONES |= {"EET": 2.0, "EEST": 3.0, "EST": -5.0, "EDT": -4.0, "MST": -7.0}
ZONES |= {"MDT": -6.0, "PST": -8.0, "PDT": -7.0}

# each place's UTC offset in standard time and in summer time (countries spanning zones
# give their widest span); a country missing here is "unknown", never a guess
UTC_SPANS: dict[str, tuple[float, float]] = {
    **dict.fromkeys(_codes("PT IE GB IS"), (0.0, 1.0)),
    **dict.fromkeys(
        _codes("ES FR DE IT NL BE LU AT CH DK SE NO PL CZ SK HU SI HR MT RS AL BA ME MK LI AD"),
        (1.0, 2.0),
    ),
    **dict.fromkeys(_codes("MC SM XK"), (1.0, 2.0)),
    **dict.fromkeys(_codes("FI EE LV LT GR RO BG CY UA MD IL"), (2.0, 3.0)),
    "BY": (3.0, 3.0), "TR": (3.0, 3.0), "KE": (3.0, 3.0), "SA": (3.0, 3.0), "QA": (3.0, 3.0),
    "AE": (4.0, 4.0), "PK": (5.0, 5.0), "IN": (5.5, 5.5), "LK": (5.5, 5.5), "NP": (5.75, 5.75),
    "BD": (6.0, 6.0), "TH": (7.0, 7.0), "VN": (7.0, 7.0), "ID": (7.0, 9.0), "SG": (8.0, 8.0),
    "MY": (8.0, 8.0), "PH": (8.0, 8.0), "CN": (8.0, 8.0), "HK": (8.0, 8.0), "TW": (8.0, 8.0),
    "KR": (9.0, 9.0), "JP": (9.0, 9.0), "AU": (8.0, 11.0), "NZ": (12.0, 13.0),
    "ZA": (2.0, 2.0), "EG": (2.0, 3.0), "NG": (1.0, 1.0), "MA": (0.0, 1.0), "GH": (0.0, 0.0),
    "US": (-10.0, -4.0), "CA": (-8.0, -2.5), "MX": (-8.0, -5.0), "BR": (-5.0, -2.0),
    "AR": (-3.0, -3.0), "CL": (-4.0, -3.0), "CO": (-5.0, -5.0), "PE": (-5.0, -5.0),
    "UY": (-3.0, -3.0),
}  # fmt: skip
