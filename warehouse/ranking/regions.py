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
    "Central/Eastern Europe": _codes(
        "DE AT CH LI PL CZ SK HU SI HR RO BG EE LV LT UA RS BA ME MK AL MD BY XK"
    ),
    "South Asia": _codes("IN PK BD LK NP BT MV AF"),
    "South-East Asia": _codes("SG MY TH VN ID PH KH LA MM BN TL"),
}
# a place's names (countries and blocs) -> its code or bloc
_NAMES = """
EU: e.u.|european union|eea|europäische union|unión europea; EMEA: emea
Europe: europe|european|europa|ইউরোপ; Americas: americas|the americas
North America: north america|nordamerika|norteamérica; APAC: apac|asia-pacific|asia
Americas: north/south america|north and south america|north or south america
Central/Eastern Europe: central/eastern europe|central and eastern europe|eastern europe
South Asia: south asia; South-East Asia: south-east asia|southeast asia
LATAM: latam|latin america|south america|lateinamerika|latinoamérica|américa latina
US: usa|u.s.|u.s.a.|united states|estados unidos|eeuu
GB: uk|u.k.|united kingdom|great britain|britain|england|scotland|wales|reino unido
GB: großbritannien; IE: ireland|irland; DE: germany|deutschland|alemania|জার্মানি
FR: france|francia|frankreich; ES: spain|españa|spanien; PT: portugal; IT: italy|italia
IT: italien; BE: belgium; NL: netherlands|the netherlands|holland|niederlande
PL: poland|polen|polonia; SE: sweden|schweden; DK: denmark|dänemark; FI: finland
NO: norway|norwegen; CH: switzerland|schweiz|suiza; AT: austria|österreich
CZ: czechia|czech republic; RO: romania; UA: ukraine; GR: greece; TR: turkey|türkiye
LU: luxembourg; HU: hungary; SK: slovakia; SI: slovenia; HR: croatia; BG: bulgaria
RS: serbia; EE: estonia; LV: latvia; LT: lithuania; CY: cyprus; MT: malta
IS: iceland; MK: north macedonia|macedonia; AL: albania; MD: moldova
CA: canada|kanada|canadá; MX: mexico|méxico; BR: brazil|brasil|brasilien
AR: argentina; CL: chile; CO: colombia|kolumbien; PE: peru|perú; UY: uruguay
CR: costa rica; EC: ecuador; GT: guatemala; PK: pakistan; PH: philippines|phillipines
IN: india|indien|ভারত; BD: bangladesh|বাংলাদেশ; LK: sri lanka; NP: nepal
SG: singapore; AU: australia|australien; NZ: new zealand; JP: japan; KR: south korea|korea
CN: china; HK: hong kong; TW: taiwan; VN: vietnam|viet nam; TH: thailand
ID: indonesia; MY: malaysia; ZA: south africa; NG: nigeria; KE: kenya; EG: egypt
GH: ghana; MA: morocco; IL: israel; AE: uae|united arab emirates
SA: saudi arabia|ksa; QA: qatar
"""
# cities and states: they place a job in a country, but beside "remote" they are an
# office one may pick instead ("NYC or Remote"), not a limit on where remote work is done;
# a state named after another place is its own country's ("New South Wales", "New Mexico")
# (none that is a word or a name first, or a place in two countries: "Nice", "Phoenix",
# "Sofia", "Georgia", "Birmingham", "Cambridge", "Victoria", "Washington" alone)
_CITY_NAMES = """
US: california|new york|nyc|texas|florida|washington state|massachusetts|colorado
US: illinois|oregon|san francisco|sf|seattle|austin|boston|chicago|los angeles|bay area
US: washington dc|washington d.c.|new jersey|new mexico|new england
US: alabama|alaska|arizona|arkansas|connecticut|delaware|hawaii|idaho|indiana|iowa|kansas
US: kentucky|louisiana|maine|maryland|michigan|minnesota|mississippi|missouri|montana
US: nebraska|nevada|new hampshire|north carolina|north dakota|ohio|oklahoma|pennsylvania
US: rhode island|south carolina|south dakota|tennessee|utah|vermont|virginia|west virginia
US: wisconsin|wyoming|silicon valley|denver|portland|atlanta|miami|dallas|houston
US: philadelphia|san diego|san jose|minneapolis|detroit|pittsburgh|salt lake city|raleigh
US: nashville|baltimore|st. louis|st louis|kansas city|palo alto|mountain view|menlo park
US: sunnyvale|santa clara|redwood city|brooklyn|manhattan|boulder|ann arbor|santa monica
US: oakland|berkeley|redmond|cupertino|new orleans|las vegas|sacramento|cincinnati
US: cleveland|indianapolis|milwaukee|tampa|orlando
GB: london|manchester|edinburgh|glasgow|bristol|leeds|oxford|belfast|cardiff|liverpool
GB: sheffield|nottingham; IE: dublin|cork|galway; HU: budapest
DE: berlin|munich|münchen|hamburg|frankfurt|cologne|köln|stuttgart|düsseldorf|leipzig
DE: dresden|bavaria|bayern|karlsruhe|nuremberg|nürnberg
FR: paris|lyon|toulouse|bordeaux|nantes|lille|marseille
ES: madrid|barcelona|valencia|seville|sevilla|málaga|malaga|bilbao
PT: lisbon|lisboa|porto; IT: milan|milano|rome|roma|turin|torino|bologna|florence
BE: brussels|bruxelles|antwerp|ghent; NL: amsterdam|rotterdam|utrecht|eindhoven|the hague
PL: warsaw|warszawa|kraków|krakow|wrocław|wroclaw|gdańsk|gdansk|poznań|poznan|łódź|lodz
SE: stockholm|gothenburg|göteborg|malmö|malmo; DK: copenhagen|københavn|aarhus
FI: helsinki|espoo|tampere; NO: oslo|bergen|trondheim
CH: zurich|zürich|geneva|genève|basel|lausanne|bern; AT: vienna|wien|graz|salzburg
CZ: prague|praha|brno; RO: bucharest|bucurești|cluj|cluj-napoca; RS: belgrade|novi sad
UA: kyiv|kiev|lviv|kharkiv|odesa|odessa; GR: athens|thessaloniki; EE: tallinn; LV: riga
LT: vilnius|kaunas; HR: zagreb; SI: ljubljana; SK: bratislava; CY: limassol|nicosia
MT: valletta; TR: istanbul|ankara
CA: toronto|vancouver|montreal|montréal|ottawa|calgary|edmonton|winnipeg|halifax|waterloo
CA: québec|quebec|ontario|british columbia|alberta
MX: mexico city|ciudad de méxico|guadalajara|monterrey
BR: são paulo|sao paulo|rio de janeiro|florianópolis|belo horizonte|curitiba|porto alegre
AR: buenos aires; CO: bogotá|bogota|medellín|medellin; CL: santiago; PE: lima
UY: montevideo; CR: san josé; EC: quito
IN: bangalore|bengaluru|mumbai|delhi|new delhi|hyderabad|pune|chennai|kolkata|gurgaon
IN: gurugram|noida|ahmedabad|kochi; PK: lahore|karachi|islamabad; LK: colombo
NP: kathmandu; BD: dhaka|ঢাকা; JP: tokyo|osaka|kyoto; KR: seoul; TW: taipei
CN: shanghai|beijing|shenzhen; PH: manila|cebu; ID: jakarta; MY: kuala lumpur
TH: bangkok; VN: ho chi minh city|hanoi|saigon
AU: sydney|melbourne|new south wales|queensland|western australia|brisbane|perth
AU: adelaide|canberra; NZ: auckland|wellington|christchurch
NG: lagos|abuja; KE: nairobi; IL: tel aviv|jerusalem|haifa; AE: dubai|abu dhabi
ZA: cape town|johannesburg|durban; EG: cairo; GH: accra; RW: kigali; MA: casablanca
SA: riyadh|jeddah; QA: doha; JO: amman
"""


def _name_table(names: str) -> dict[str, str]:
    return {
        spaced(name): place.strip()
        for entry in names.replace("\n", ";").split(";")
        if entry.strip()
        for place, listed in [entry.split(":")]
        for name in listed.strip().split("|")
    }


COUNTRY_OF = _name_table(_NAMES)
CITY_OF = _name_table(_CITY_NAMES)
PLACE_OF = COUNTRY_OF | CITY_OF
# every name above in one pattern, longest first, matched in lower-cased text
PLACE_NAMES = re.compile(
    rf"(?:{phrases(map(literal, sorted(PLACE_OF, key=len, reverse=True)))})(?![\w])"
)
# one city under two names ("NYC" is "New York"), so two postings there are in one place
SAME_CITY = {
    "nyc": "new york", "sf": "san francisco", "bay area": "san francisco",
    "münchen": "munich", "lisboa": "lisbon", "zürich": "zurich", "wien": "vienna",
    "bengaluru": "bangalore", "milano": "milan", "bruxelles": "brussels", "warszawa": "warsaw",
    "københavn": "copenhagen", "praha": "prague", "bucurești": "bucharest", "kiev": "kyiv",
}  # fmt: skip
# two-letter codes safe to read in prose ("IN", "IT", "NO", "AT", "BE" are words; "PT"
# is Pacific Time far more often than Portugal), and the few other upper-case codes
# people write for a country
CODES_IN_TEXT = _codes(
    "US UK GB DE FR ES NL PL CA MX BR AR CO CL AU NZ JP SG PH IE SE DK FI CH CZ RO "
    "UA IL ZA NG KE BD PK AE EU CAN AUS GER"
)
CODE_ALIASES = {"UK": "GB", "CAN": "CA", "AUS": "AU", "GER": "DE"}
# the words of a location field that name no place ("Remote - anywhere in the world")
PLACELESS_WORDS = _codes(
    """remote remotely fully only anywhere worldwide global globally world the in work from
    home wfh first friendly ok flexible and or all any locations location select
    distributed hybrid onsite on site office yes no remoto based time zone zones timezone
    timezones everywhere international open to of"""
)
US_STATES = _codes(
    "AL AK AZ AR CA CO CT DE FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS MO MT NE "
    "NV NH NJ NM NY NC ND OH OK OR PA RI SC SD TN TX UT VT VA WA WV WI WY DC"
)
ZONES = {"UTC": 0.0, "GMT": 0.0, "WET": 0.0, "BST": 1.0, "CET": 1.0, "CEST": 2.0}
ZONES |= {"EET": 2.0, "EEST": 3.0, "EST": -5.0, "EDT": -4.0, "MST": -7.0}
ZONES |= {"MDT": -6.0, "PST": -8.0, "PDT": -7.0, "CST": -6.0, "CDT": -5.0}
ZONES |= {"PT": -8.0, "MT": -7.0, "CT": -6.0, "ET": -5.0}  # US time, summer or not
# a standard-time name means its zone all year, summer time included ("CET" in July
# is CEST): the hours its summer time moves
SUMMER_SHIFT = dict.fromkeys(("WET", "CET", "EET", "EST", "CST", "MST", "PST"), 1.0)
SUMMER_SHIFT |= dict.fromkeys(("PT", "MT", "CT", "ET"), 1.0)
# US zones written out ("Remote | Eastern Time Zone"), by the name they abbreviate
ZONE_NAMES = {
    f"{name} {time}": zone
    for name, zone in (("Eastern", "ET"), ("Central", "CT"), ("Mountain", "MT"), ("Pacific", "PT"))
    for time in ("Time", "time")
}

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
# every country code the tables know: read in a list of codes ("DE/UK/CH/SI/BE"),
# where even the codes that are words in prose are countries (but not zones: "ET/CT/MT")
LISTED_CODES = (
    frozenset().union(*BLOCS.values(), UTC_SPANS, CODES_IN_TEXT) - set(ZONES)
) | frozenset(CODE_ALIASES)

# the currency a country pays in, for a salary its posting writes without one
_CURRENCIES = {"US": "USD", "GB": "GBP", "CA": "CAD", "AU": "AUD", "CH": "CHF", "EU": "EUR"}
_CURRENCIES |= dict.fromkeys(_EU - _codes("CZ DK HU PL RO SE"), "EUR")  # BG since 2026


def currency_of(regions: tuple[str, ...]) -> str | None:
    """The one currency every region pays in, or None (none known, or several)."""
    found = {_CURRENCIES.get(region) for region in regions}
    return found.pop() if len(found) == 1 and None not in found else None
