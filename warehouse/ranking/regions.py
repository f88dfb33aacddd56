"""Places as warehouse.ranking.remote names them: countries by ISO code, blocs of
countries, the names people write for them (listed in extractors._places, which a
posting's header reader shares), and the UTC offsets they keep; and how places relate:
a country inside a bloc, a UTC window that holds a country's offsets (summer time
included) or overlaps them.

remote.py reads postings against these tables; eligibility.py weighs the places it
reads against the user's.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from functools import lru_cache

from ahocorasick_rs import AhoCorasick, Implementation

from extractors._places import (
    CITY_NAMES,
    COUNTRY_NAMES,
    PROVINCE_NAMES,
    REGION_NAMES,
    STATE_NAMES,
    name_table,
)
from warehouse.ranking._text import _ALSO_I_AND_S, literal, lowered, matches_at, phrases, spaced


def _codes(text: str) -> frozenset[str]:
    return frozenset(text.split())


_EU = _codes("AT BE BG HR CY CZ DK EE FI FR DE GR HU IE IT LV LT LU MT NL PL PT RO SK SI ES SE")
_EUROPE = _EU | _codes("GB CH NO IS UA RS AL BA ME MK MD LI AD MC SM BY XK VA GI IM FO")
_LATAM = _codes("MX BR AR CO CL PE UY EC VE BO PY CR PA GT DO SV HN NI CU PR BZ GY SR")
_AFRICA = _codes(
    """ZA NG KE MA GH TN ET RW EG DZ UG TZ SN CI CM ZW ZM BW NA MZ AO LY SD SS ER DJ SO BI
    CD CG CF GA GQ ST ML BF NE BJ TG SL LR GW GM MR CV MW LS SZ MG MU SC KM TD GN"""
)
_MEA = _codes("AE SA IL TR EG ZA NG KE MA QA GH TN JO LB ET RW")
_MIDDLE_EAST = _codes("AE SA IL TR QA JO LB KW BH OM IQ EG SY YE PS IR")
# Georgia, Armenia and Azerbaijan, between Europe and Asia: any EMEA holds them
_SOUTH_CAUCASUS = _codes("GE AM AZ")
# the countries a post's "except sanctioned countries" bars: those under comprehensive US
# (OFAC) embargo. The Crimea, Donetsk and Luhansk regions are too, but places are read
# by country, and Ukraine as a whole is not barred
SANCTIONED = ("CU", "IR", "KP", "SY")
BLOCS: dict[str, frozenset[str]] = {
    "EU": _EU,
    # the Union's single market and its free-trade partners: not the Union, nor Europe
    "EEA": _EU | _codes("IS LI NO"),
    "EFTA": _codes("CH IS LI NO"),
    "Europe": _EUROPE,
    "EMEA": _EUROPE | _MEA | _AFRICA | _MIDDLE_EAST | _SOUTH_CAUCASUS,
    "Americas": _codes("US CA") | _LATAM,
    "North America": _codes("US CA MX"),
    "LATAM": _LATAM,
    "APAC": _codes(
        "AU NZ JP SG IN BD PK PH ID MY TH VN KR CN HK TW LK NP MN KH LA MM BN MO TL BT MV FJ PG"
    ),
    "Central/Eastern Europe": _codes(
        "DE AT CH LI PL CZ SK HU SI HR RO BG EE LV LT UA RS BA ME MK AL MD BY XK"
    ),
    "South Asia": _codes("IN PK BD LK NP BT MV AF"),
    "South-East Asia": _codes("SG MY TH VN ID PH KH LA MM BN TL"),
    "Africa": _AFRICA,
    # the UN's Western Africa (ECOWAS's members and those that left it) and the East
    # African Community with the Horn: "Remote - West Africa" is not Kenya
    "West Africa": _codes("NG GH SN CI ML BF NE BJ TG SL LR GN GW GM CV MR"),
    "East Africa": _codes("KE UG TZ RW BI SS ET SO DJ ER"),
    # the East African Community's eight partner states ("EAC nationals")
    "EAC": _codes("KE UG TZ RW BI SS CD SO"),
    # the countries that write French in office, and the Maghreb, which posts hiring in
    # French name with them: "Remote (Francophone Africa)" is not Uganda (English-speaking
    # Africa names no bloc as fixed: read as Africa)
    "Francophone Africa": _codes(
        "SN CI ML BF NE BJ TG GN CM GA CG CD CF TD DJ KM MG BI RW MA DZ TN"
    ),
    # the former Soviet republics of Central Asia, and the Commonwealth of Independent
    # States as Russian-language posts say it ("СНГ"): Georgia and Ukraine have left it
    "Central Asia": _codes("KZ UZ KG TJ TM"),
    "CIS": _codes("RU BY AM AZ KZ KG MD TJ UZ"),
    "South Caucasus": _SOUTH_CAUCASUS,
    # South America's southern tip, as its posts hire from it ("Remoto - Cono Sur")
    "Southern Cone": _codes("AR CL UY PY"),
    "Middle East": _MIDDLE_EAST,
    "MENA": _MIDDLE_EAST | _codes("MA DZ TN LY"),
    # the Gulf Cooperation Council's six, which Gulf posts hire from ("GCC", "دول الخليج")
    "GCC": _codes("SA AE QA KW BH OM"),
    "Oceania": _codes("AU NZ FJ PG SB VU WS TO KI TV NR PW MH FM"),
    "Nordics": _codes("DK FI IS NO SE"),
    "DACH": _codes("DE AT CH"),
    "Baltics": _codes("EE LV LT"),
    # the former Yugoslavia's republics ("ex-YU", "the region" of its posts) and the
    # Western Balkans, the Union's name for those outside it with Albania
    "ex-YU": _codes("RS HR BA ME MK SI XK"),
    "Western Balkans": _codes("RS BA ME MK AL XK"),
    "Caribbean": _codes("JM TT BB BS DO CU PR HT AG LC VC GD KN DM KY CW TC VG VI MQ GP"),
}


# the countries that are one city: a location naming one is an office's town as much as
# a country ("Singapore" above "Remote (APAC)" is the office, not the limit)
CITY_STATES = _codes("SG HK MO MC GI VA")


def _name_table(names: str) -> dict[str, str]:
    """Each name, keyed as `spaced`; a town listed with its state or country also
    without the comma ("Cambridge UK", "Perth WA"), unless the state's code is a word
    ("London on Tuesday" is no "London, ON")."""
    table = {spaced(name): place for name, place in name_table(names).items()}
    return table | {_uncomma(name): place for name, place in table.items() if _uncomma(name)}


# state codes that are English words: "Hamilton on site" is no "Hamilton, ON"
_WORD_CODES = frozenset({"on", "in", "or", "me", "ok", "hi", "oh"})


def _uncomma(name: str) -> str:
    """A "town, state" name without its comma, or "" where it has none or its state's
    code is a word."""
    town, comma, state = name.partition(", ")
    return f"{town} {state}" if comma and state not in _WORD_CODES else ""


COUNTRY_OF = _name_table(COUNTRY_NAMES)
CITY_OF = _name_table(CITY_NAMES)
PLACE_OF = COUNTRY_OF | CITY_OF
# every name above in one pattern, longest first, matched in lower-cased text; a name in
# a script written without spaces starts and ends no word ("日本国内在住", "神奈川県川崎市")
_UNSPACED = re.compile(r"[\u0e00-\u0e7f\u3040-\u30ff\u4e00-\u9fff\uac00-\ud7af]$")
_LONGEST_FIRST = sorted(PLACE_OF, key=len, reverse=True)
# a name before a street's word is the street's ("Croydon Street", "Hamilton Lane")
_NOT_A_STREET = r"(?![^\S\n](?:street|road|avenue|lane|drive|boulevard)(?!\w))"
# a state's code that is a word, hyphened on, is the word: "London, on-site" is no
# "London, ON"
_CODE_A_WORD = rf"(?!(?<=, (?:{'|'.join(sorted(_WORD_CODES))}))-)"
PLACE_NAMES = re.compile(
    rf"(?:{phrases(literal(n) for n in _LONGEST_FIRST if not _UNSPACED.search(n))})(?![\w])"
    rf"{_NOT_A_STREET}{_CODE_A_WORD}"
    rf"|{phrases((literal(n) for n in _LONGEST_FIRST if _UNSPACED.search(n)), word_start=False)}"
)
# every match of a name starts with its first word as written in the table; a DFA of
# these thousand words takes 3 MB, this automaton a fifth of it, scanning nearly as fast
_FIRST_WORDS = AhoCorasick(
    sorted({name.split(" ")[0] for name in PLACE_OF}), implementation=Implementation.ContiguousNFA
)


def place_matches(text: str) -> Iterator[re.Match[str]]:
    """`PLACE_NAMES.finditer(text)`, tried only where a name's first word stands, and
    not inside a word (`phrases` starts no name that begins with a letter or digit
    right after one), but in a script written without spaces ("神奈川県川崎市"): with a
    thousand names in one pattern, `re` trying them at every word takes twice as long.
    A name in an institution's is no place ("University of Chicago", "Boston
    Scientific", "Nashville Predators", "京都銀行")."""
    found = _FIRST_WORDS.find_matches_as_indexes(text, overlapping=True)
    starts = {
        at
        for _, at, _ in found
        if not (at and (text[at - 1] + text[at]).isalnum()) or _UNSPACED.match(text[at])
    }
    return (m for m in matches_at(PLACE_NAMES, text, starts) if not _an_institution(m))


# the words that make a town's name an institution's, lower case: before it ("University
# of Chicago"), or after it: a company's trade ("Boston Scientific", "Paris Baguette") or
# a sports team's name ("Nashville Predators", "Toronto Maple Leafs"); a team's name that
# is also a common word ("Heat", "Magic", "Wild", "Stars") is left out
_INSTITUTION_BEFORE = re.compile(
    r"(?:university|universidad|université|universität|college|bank|museum|institute"
    r"|federal reserve bank|port authority) of[^\S\n]+$"
)
_INSTITUTION_AFTER = re.compile(
    r"[^\S\n]+(?:scientific|consulting|capital|partners|ventures|labs|foundation"
    r"|symphony|orchestra|opera|ballet|zoo|museum|public schools|medical center"
    r"|children's|baguette|bakery|bagels?|pizza|bistro|restaurant|grill|diner|deli"
    r"|predators|bulls|celtics|lakers|giants|raiders|cubs|red sox|white sox|blue jays"
    r"|maple leafs|canadiens|flames|oilers|canucks|raptors|rangers|sharks|bruins"
    r"|blackhawks|penguins|flyers|capitals|panthers|senators|avalanche|kraken"
    r"|mavericks|rockets|spurs|nuggets|warriors|clippers|hawks|pistons|pacers|bucks"
    r"|cavaliers|timberwolves|pelicans|grizzlies|wizards|hornets|knicks|76ers|sixers"
    r"|trail blazers|seahawks|broncos|cowboys|eagles|patriots|steelers|packers|bears"
    r"|vikings|falcons|titans|colts|texans|chiefs|chargers|rams|49ers|dolphins|browns"
    r"|bengals|ravens|buccaneers|commanders|cardinals|yankees|mets|dodgers|padres"
    r"|mariners|astros|braves|phillies|marlins|brewers|royals|orioles|athletics"
    r"|rockies|diamondbacks|nationals|guardians|fc|sc)(?!\w)"
)


# the same words in Japanese, written on to the name ("京都銀行": the Bank of Kyoto), and a
# street named after a city ("杭州南路", "南京東路", "成都路" are Taipei's streets)
_INSTITUTION_AFTER_UNSPACED = re.compile(
    r"銀行|信用金庫|信金|証券|新聞|放送|電力|ガス|重工|[東西南北东中]?[路街]"
)


def _an_institution(m: re.Match[str]) -> bool:
    """Whether a place name matched in lower-cased text is part of an institution's or
    a street's name."""
    text = m.string
    return bool(
        _INSTITUTION_AFTER.match(text, m.end())
        or _INSTITUTION_AFTER_UNSPACED.match(text, m.end())
        or _INSTITUTION_BEFORE.search(text, max(0, m.start() - 40), m.start())
    )


# one city under two names ("NYC" is "New York"), so two postings there are in one place
SAME_CITY = {
    "nyc": "new york", "sf": "san francisco", "bay area": "san francisco",
    "münchen": "munich", "lisboa": "lisbon", "zürich": "zurich", "wien": "vienna",
    "bengaluru": "bangalore", "milano": "milan", "bruxelles": "brussels", "warszawa": "warsaw",
    "københavn": "copenhagen", "praha": "prague", "bucurești": "bucharest", "kiev": "kyiv",
    "köln": "cologne", "nürnberg": "nuremberg", "hannover": "hanover", "göteborg": "gothenburg",
    "malmo": "malmö", "genève": "geneva", "cluj napoca": "cluj",
    # Romanian written with cedillas (ş, ţ) or without its letters: one city
    "bucureşti": "bucharest", "bucuresti": "bucharest", "iaşi": "iași", "iasi": "iași",
    "timişoara": "timișoara", "timisoara": "timișoara", "braşov": "brașov", "brasov": "brașov",
    "constanţa": "constanța",
    # Czech and Slovak written without their marks: one city
    "plzen": "plzeň", "zlin": "zlín", "ceske budejovice": "české budějovice",
    "hradec kralove": "hradec králové", "kosice": "košice", "zilina": "žilina",
    "den haag": "the hague", "'s gravenhage": "the hague",
    "krakow": "kraków", "wroclaw": "wrocław", "gdansk": "gdańsk", "poznan": "poznań",
    "lodz": "łódź", "sevilla": "seville", "malaga": "málaga", "donostia": "san sebastián",
    "roma": "rome", "torino": "turin", "napoli": "naples", "genova": "genoa", "padova": "padua",
    "firenze": "florence", "venezia": "venice",
    "montréal": "montreal", "quebec city": "québec", "sao paulo": "são paulo",
    "bogota": "bogotá", "medellin": "medellín", "ciudad de méxico": "mexico city",
    "saigon": "ho chi minh city", "odessa": "odesa", "prishtina": "pristina",
    "mysuru": "mysore", "trivandrum": "thiruvananthapuram", "chattogram": "chittagong",
    "marrakesh": "marrakech", "la habana": "havana", "東京": "tokyo", "大阪": "osaka",
    "서울": "seoul", "부산": "busan", "인천": "incheon", "판교": "pangyo", "ঢাকা": "dhaka",
    "reykjavík": "reykjavik", "iași": "iasi",
    "timișoara": "timisoara", "brașov": "brasov", "chișinău": "chisinau",
    "querétaro": "queretaro", "brasília": "brasilia", "asunción": "asuncion",
    "đà nẵng": "da nang", "valència": "valencia", "la coruña": "a coruña",
    "frankfurt/oder": "frankfurt (oder)", "frankfurt an der oder": "frankfurt (oder)",
    "frankfurt am main": "frankfurt",
    # Georgia's towns in Georgian (as named and "in": "თბილისში") and Russian, and with
    # the country beside them
    **dict.fromkeys(("თბილისი", "თბილისში", "тбилиси", "tbilisi, georgia"), "tbilisi"),
    **dict.fromkeys(("ბათუმი", "ბათუმში", "батуми", "batumi, georgia"), "batumi"),
    **dict.fromkeys(("ქუთაისი", "ქუთაისში", "кутаиси", "kutaisi, georgia"), "kutaisi"),
    "ереван": "yerevan", "երևան": "yerevan", "баку": "baku", "bakı": "baku",
    # Iran's towns in Persian, and Isfahan as also spelt
    "تهران": "tehran", "اصفهان": "isfahan", "esfahan": "isfahan", "شیراز": "shiraz",
    "مشهد": "mashhad", "تبریز": "tabriz", "کرج": "karaj",
}  # fmt: skip
# the wards and districts of Tokyo, Seoul, Taipei and Bangkok (extractors._places), each by
# its city: one city to commute to, while to dedupe two wards are two offices ("東京都新宿区"
# is not "東京都品川区"), so `dedupe_keys` keeps the ward beside its city
DISTRICT_OF = name_table(
    """
    tokyo: 渋谷|新宿|品川|六本木|丸の内|恵比寿|五反田|大手町|秋葉原|池袋|目黒|表参道
    seoul: 강남|서초|송파|여의도|마포|을지로|구로|영등포|성동|성수|용산|종로
    taipei: 內湖|南港|信義區|neihu|nangang
    bangkok: สาทร|สีลม|อโศก|บางนา|sathorn|silom|asok|asoke|bang na|bangna
    """
)
# the cities written in Cyrillic, kanji, Hangul, Arabic or Urdu (extractors._places), each by its
# Latin name; a ward of Tokyo is Tokyo (`DISTRICT_OF`), Casanearshore Casablanca
SAME_CITY |= DISTRICT_OF
SAME_CITY |= name_table(
    """
    kyiv: київ|києві|києва|киев|киеве; lviv: львів|львові|львова|львов|lwów|lwow
    kharkiv: харків|харкові|харькове|харьков; odesa: одеса|одесі|одесса|одессе
    dnipro: дніпро|дніпрі|днепр; zaporizhzhia: запоріжжя; vinnytsia: вінниця|вінниці
    ivano-frankivsk: івано-франківськ; ternopil: тернопіль; chernivtsi: чернівці
    uzhhorod: ужгород; warsaw: варшава|варшаві|варшаве; kraków: краків|кракові|краков
    wrocław: вроцлав; minsk: мінськ|минск; moscow: москва|москві|москве
    almaty: алмати|алматы|алма ата|алма ате|alma ata; astana: астана|астане|астаны|нур султан
    astana: nur sultan; shymkent: шымкент|шымкенте; karaganda: караганда|караганде|karagandy
    bishkek: бишкек|бишкеке; tashkent: ташкент|ташкенте
    yokohama: 横浜; fukuoka: 福岡; nagoya: 名古屋; kyoto: 京都
    sapporo: 札幌; kobe: 神戸; kawasaki: 川崎市; sendai: 仙台; saitama: さいたま
    hiroshima: 広島; chiba: 千葉市; kitakyushu: 北九州
    seongnam: 성남; bundang: 분당; daegu: 대구; daejeon: 대전; ulsan: 울산; suwon: 수원
    ho chi minh city: ho chi minh|hồ chí minh|thành phố hồ chí minh|tp hồ chí minh|tphcm
    ho chi minh city: tp. hồ chí minh|tp.hcm|tp. hcm|tp hcm|hcmc|sài gòn|sai gon
    hanoi: hà nội|ha noi; haiphong: hải phòng; can tho: cần thơ; bien hoa: biên hòa
    athens: αθήνα|αθήνας|athina; thessaloniki: θεσσαλονίκη|θεσσαλονίκης; patras: πάτρα|πάτρας
    piraeus: πειραιάς|πειραιά; heraklion: ηράκλειο|ηρακλείου
    riyadh: الرياض; jeddah: جدة; makkah: مكة المكرمة; madinah: المدينة المنورة
    abha: أبها; neom: نيوم; jubail: الجبيل; doha: الدوحة; muscat: مسقط; manama: المنامة
    kuwait city: مدينة الكويت; amman: عمّان; dubai: دبي; abu dhabi: أبوظبي|ابوظبي|أبو ظبي
    taipei: 台北|臺北; new taipei: 新北|板橋|汐止|banqiao|xizhi
    shanghai: 上海; beijing: 北京; hangzhou: 杭州; suzhou: 苏州|蘇州; shenzhen: 深圳
    guangzhou: 广州|廣州; chengdu: 成都
    hsinchu: 新竹; taichung: 台中市|臺中市; kaohsiung: 高雄; taoyuan: 桃園; tainan: 台南市|臺南市
    bangkok: กรุงเทพ|กทม|bkk
    chiang mai: เชียงใหม่; phuket: ภูเก็ต; khon kaen: ขอนแก่น; chonburi: ชลบุรี; pattaya: พัทยา
    casablanca: الدار البيضاء|casanearshore|sidi maârouf|sidi maarouf|technopark casablanca
    rabat: الرباط|technopolis rabat; marrakech: مراكش; tangier: tanger|طنجة; fès: فاس
    agadir: أكادير|اكادير; meknès: مكناس|meknes; oujda: وجدة; kénitra: kenitra
    tétouan: tetouan
    belgrade: beograd|beogradu|beograda|београд|београду; novi sad: novom sadu|нови сад|новом саду
    kragujevac: kragujevcu|крагујевац; skopje: скопје; čačak: cacak
    karachi: کراچی; lahore: لاہور; islamabad: اسلام آباد; rawalpindi: راولپنڈی
    faisalabad: فیصل آباد; peshawar: پشاور; multan: ملتان; quetta: کوئٹہ
    """
)
# the prefectures of Japan written with "県" (the others: 東京都, 大阪府, 京都府, 北海道) and the
# provinces of China written with "省", by their names without it and their country: a city
# of one's name lies in it ("福岡市" in "福岡県"), and a name alone that is no city of the place
# table is the prefecture or province ("神奈川", "静岡", "广东")
PROVINCE_COUNTRY = name_table(
    """
    JP: 青森|岩手|宮城|秋田|山形|福島|茨城|栃木|群馬|埼玉|千葉|神奈川|新潟|富山|石川
    JP: 福井|山梨|長野|岐阜|静岡|愛知|三重|滋賀|兵庫|奈良|和歌山|鳥取|島根|岡山|広島
    JP: 山口|徳島|香川|愛媛|高知|福岡|佐賀|長崎|熊本|大分|宮崎|鹿児島|沖縄
    CN: 河北|山西|辽宁|遼寧|吉林|黑龙江|黑龍江|江苏|江蘇|浙江|安徽|福建|江西|山东|山東|河南
    CN: 湖北|湖南|广东|廣東|海南|四川|贵州|貴州|云南|雲南|陕西|陝西|甘肃|甘肅|青海
    """
)
PROVINCE_SIGN = {"JP": "県", "CN": "省"}
# the prefecture or province each city of the place table named otherwise lies in, as an
# address writes it: "横浜市" is in "神奈川県", "深圳市" in "广东省", "성남시" in "경기도", as
# "San Francisco, CA" is in California; and the cities the table leaves out, by their own
# names, as the official division lists them (民政部's 行政区划, 행정안전부's 행정구역): the
# prefecture-level cities of China's richest provinces and the cities of Gyeonggi and
# its neighbours, not every county; never a name a street or a ward of another place
# bears ("中山": Taipei's 中山區, and every town's 中山路; "南京東路" is Taipei's)
PROVINCE_OF = name_table(
    """
    神奈川県: yokohama|kawasaki; 福岡県: kitakyushu; 愛知県: nagoya; 北海道: sapporo
    兵庫県: kobe; 宮城県: sendai; 埼玉県: saitama
    广东省: shenzhen|guangzhou|东莞|佛山|珠海|惠州|江门|汕头|湛江|肇庆
    浙江省: hangzhou|宁波|温州|绍兴|嘉兴|金华|台州|湖州
    江苏省: suzhou|nanjing|南京|无锡|常州|南通|徐州|扬州|镇江|泰州|盐城
    山东省: 青岛|济南|烟台|潍坊|临沂|淄博|济宁|威海; 福建省: 厦门|福州|泉州
    湖北省: wuhan|武汉|宜昌|襄阳; 湖南省: 长沙|株洲; 河南省: 郑州|洛阳; 安徽省: 合肥|芜湖
    四川省: chengdu|绵阳|德阳; 陕西省: 西安
    경기도: seongnam|bundang|pangyo|suwon|용인|고양|화성|부천|안산|안양|평택|시흥|파주|김포
    경기도: 의정부|광명|하남|구리|남양주|오산|군포|이천
    경상남도: 창원|김해|진주; 경상북도: 포항|구미|경산; 충청남도: 천안|아산; 충청북도: 청주
    """
)
# the names of the place table that are no town to commute to: states, provinces and
# regions ("Texas", "Bavaria", "Karnataka"), a city's name among them kept ("New York")
_NOT_TOWNS = frozenset(name_table(STATE_NAMES) | name_table(PROVINCE_NAMES)) - {
    "new york", "washington dc", "washington d.c.", "washington, dc", "washington, d.c."
} | {
    "bavaria", "bayern", "new england", "hampton roads", "inland empire", "northern ireland",
    "maharashtra", "karnataka", "tamil nadu", "telangana", "kerala", "gujarat", "west bengal",
    "uttar pradesh", "haryana", "rajasthan", "andhra pradesh", "odisha", "madhya pradesh",
    "new south wales", "queensland", "western australia", "south australia", "tasmania",
    "northern territory", "australian capital territory", "jalisco",
    "sindh", "khyber pakhtunkhwa", "balochistan",
    # regions of several cities, no one commute: the country, not a town
    "randstad region", "randstad area", "de randstad", "ruhrgebiet", "ruhr area", "ruhrpott",
} | {spaced(name) for name in name_table(REGION_NAMES)}  # fmt: skip
# the city a town of the place table is one commute with, by another name or as a town
# of its metro area ("Brooklyn" is New York, "Palo Alto" the Bay Area): towns the table
# lists, never a guess; a town missing here is its own city
METRO_OF = SAME_CITY | dict.fromkeys(
    ("brooklyn", "manhattan", "jersey city", "hoboken"), "new york"
) | dict.fromkeys(
    (
        "silicon valley", "oakland", "berkeley", "emeryville", "south san francisco",
        "san mateo", "redwood city", "menlo park", "palo alto", "mountain view", "sunnyvale",
        "santa clara", "cupertino", "san jose",
    ),
    "san francisco",
) | dict.fromkeys(("santa monica", "culver city", "pasadena", "burbank"), "los angeles") | {
    "redmond": "seattle", "puget sound": "seattle", "saint paul": "minneapolis",
    "twin cities": "minneapolis", "chicagoland": "chicago", "research triangle": "raleigh",
    "chapel hill": "raleigh", "washington d.c.": "washington dc", "washington, dc": "washington dc",
    "washington, d.c.": "washington dc", "bethesda": "washington dc",
    "fort worth": "dallas", "boulder": "denver",
    "fort lauderdale": "miami", "boca raton": "miami", "st. louis": "st louis",
    "herzliya": "tel aviv", "ramat gan": "tel aviv", "navi mumbai": "mumbai", "thane": "mumbai",
    "new delhi": "delhi", "gurgaon": "delhi", "gurugram": "delhi", "noida": "delhi",
    "petaling jaya": "kuala lumpur", "cyberjaya": "kuala lumpur",
    "new taipei": "taipei", "新北": "taipei", "板橋": "taipei", "汐止": "taipei",
    "banqiao": "taipei", "xizhi": "taipei",
    "nonthaburi": "bangkok", "นนทบุรี": "bangkok",
    # metros by their nicknames ("DFW", "the Metroplex", "DMV area", "Trójmiasto")
    "dfw": "dallas", "metroplex": "dallas", "dmv area": "washington dc",
    "dmv region": "washington dc", "tri state area": "new york",
    "gta area": "toronto", "gta region": "toronto",
    "île de france": "paris", "ile de france": "paris", "région parisienne": "paris",
    "region parisienne": "paris", "paris region": "paris", "trójmiasto": "gdańsk",
    "trojmiasto": "gdańsk", "tricity": "gdańsk", "gdynia": "gdańsk",
} | dict.fromkeys(
    # Tel Aviv's metro, Gush Dan and its outer ring (as Israel's statistics office draws
    # it: Netanya to Ashdod, Modi'in), in English and Hebrew ("בתל אביב": in Tel Aviv)
    (
        "petah tikva", "petach tikva", "petah tiqva", "ra'anana", "raanana", "herzliya pituach",
        "rishon lezion", "rishon le zion", "rishon letzion", "holon", "bnei brak", "bnei berak",
        "bat yam", "givatayim", "modi'in", "modiin", "rehovot", "kfar saba", "netanya", "ashdod",
        "hod hasharon", "rosh haayin", "ness ziona", "nes ziona", "ראשון לציון", "בראשון לציון",
        "חולון", "בחולון", "בני ברק", "בבני ברק", "בת ים", "בבת ים", "גבעתיים", "בגבעתיים",
        "מודיעין", "במודיעין", "רחובות", "ברחובות", "כפר סבא", "בכפר סבא", "נתניה", "בנתניה",
        "אשדוד", "באשדוד",
        "tel aviv yafo", "tlv", "gush dan", "תל אביב", "בתל אביב", "מתל אביב", "תל אביב יפו",
        'ת"א', 'בת"א', "רמת גן", "ברמת גן", "הרצליה", "בהרצליה", "הרצליה פיתוח", "פתח תקווה",
        "בפתח תקווה", "פתח תקוה", "רעננה", "ברעננה", "גוש דן", "בגוש דן",
    ),
    "tel aviv",
) | dict.fromkeys(("ירושלים", "בירושלים", "מירושלים"), "jerusalem") | dict.fromkeys(
    ("חיפה", "בחיפה", "מחיפה"), "haifa"
) | dict.fromkeys(
    ("be'er sheva", "beer sheva", "באר שבע", "בבאר שבע"), "beersheba"
) | dict.fromkeys(("round rock", "cedar park"), "austin") | dict.fromkeys(
    ("cambridge, ma", "cambridge, massachusetts", "waltham, ma"), "boston"
) | dict.fromkeys(
    ("bellevue, wa", "bellevue, washington", "kirkland, wa"), "seattle"
) | dict.fromkeys(
    (
        "arlington, va", "arlington, virginia", "mclean, va", "tysons", "tysons corner",
        "alexandria, va",
    ),
    "washington dc",
) | dict.fromkeys(("foster city", "san bruno"), "san francisco") | {
    "evanston": "chicago", "irving, tx": "dallas", "mississauga": "toronto",
    "markham, on": "toronto", "markham, ontario": "toronto", "vaughan, on": "toronto",
    "longueuil": "montreal", "brossard": "montreal", "terrebonne": "montreal",
    "boucherville": "montreal", "pointe claire": "montreal", "repentigny": "montreal",
    "burnaby": "vancouver", "schiphol": "amsterdam", "amstelveen": "amsterdam",
    "zaandam": "amsterdam", "zeist": "utrecht",
    "hoofddorp": "amsterdam", "espoo": "helsinki", "vantaa": "helsinki", "solna": "stockholm",
    "kista": "stockholm", "sundbyberg": "stockholm", "sandnes": "stavanger",
    "la défense": "paris", "la defense": "paris", "boulogne billancourt": "paris",
    "issy les moulineaux": "paris", "levallois perret": "paris", "neuilly sur seine": "paris",
    "sintra": "lisbon", "oeiras": "lisbon", "cascais": "lisbon", "amadora": "lisbon",
    "alcobendas": "madrid", "pozuelo de alarcón": "madrid", "sant cugat del vallès": "barcelona",
    "kongens lyngby": "copenhagen", "lyngby": "copenhagen", "unterföhring": "munich",
    "garching": "munich", "eschborn": "frankfurt", "sandyford": "dublin",
    "hinjewadi": "pune", "magarpatta": "pune", "croydon": "london", "potsdam": "berlin",
    "perth amboy": "new york", "kingston upon thames": "london",
    "parramatta": "sydney", "salford": "manchester", "gateshead": "newcastle",
    "long beach, ca": "los angeles", "long beach, california": "los angeles",
}  # fmt: skip
# Greater Tokyo: Yokohama, Kawasaki and Saitama are a half hour's train from its centre,
# the daily commute of millions
METRO_OF |= dict.fromkeys(
    ("yokohama", "横浜", "kawasaki, kanagawa", "kawasaki, japan", "川崎市", "saitama", "さいたま"),
    "tokyo",
)
# the Seoul Capital Area: Pangyo's and Bundang's offices (Seongnam) are Seoul's tech
# commute, as Yokohama is Tokyo's
METRO_OF |= dict.fromkeys(("pangyo", "판교", "seongnam", "성남", "bundang", "분당"), "seoul")
# Attica is one commute: Piraeus and the northern and southern suburbs' offices (Marousi,
# Chalandri, Kifisia, Glyfada) are Athens's
METRO_OF |= dict.fromkeys(
    (
        "piraeus", "πειραιάς", "πειραιά", "marousi", "maroussi", "μαρούσι", "chalandri",
        "χαλάνδρι", "kifisia", "kifissia", "κηφισιά", "κηφισιάς", "glyfada", "γλυφάδα",
        "γλυφάδας", "attica", "attiki", "αττική", "αττικής",
    ),
    "athens",
)  # fmt: skip
# the towns of two countries above, each as its own country's metro
_TWIN_TOWNS = {
    "london": "croydon, uk|croydon, england|croydon, london|croydon, greater london"
    "|croydon, surrey|richmond, london|richmond upon thames|richmond-upon-thames",
    "melbourne": "croydon, vic|croydon, victoria",
    "sydney": "croydon, nsw|croydon, new south wales",
    "perth": "perth, wa|perth, western australia|perth, australia",
    "berlin": "potsdam, germany|potsdam, deutschland|potsdam, brandenburg",
    "washington dc": "herndon, va|herndon, virginia|reston, va|reston, virginia",
    "dallas": "irving, texas|plano, tx|plano, texas",
    "toronto": "brampton, on|brampton, ontario|brampton, canada|richmond hill",
    "vancouver": "richmond, bc|richmond, british columbia",
    "montreal": "laval, qc|laval, québec|laval, quebec|laval, canada|laval (qc)|laval (québec)",
    "guadalajara": "zapopan|tlaquepaque|san pedro tlaquepaque|tlajomulco|guadalajara, jal"
    "|guadalajara, jalisco",
}
METRO_OF |= {spaced(t): city for city, towns in _TWIN_TOWNS.items() for t in towns.split("|")}
# the member cities of metros where remote freelancers live (Metro Manila, Jabodetabek,
# Lagos, Dhaka, Greater Cairo) and the suburbs of Europe's big cities, each as its
# metro's city
METRO_OF |= {
    spaced(town): metro
    for metro, towns in {
        "manila": "quezon city|makati|makati city|pasig|pasig city|taguig|taguig city"
        "|bonifacio global city|caloocan|mandaluyong|parañaque|paranaque|las piñas|las pinas"
        "|marikina|muntinlupa|pasay",
        "cebu": "cebu city|mandaue|lapu-lapu",
        "davao": "davao city",
        # Jakarta's five cities as written short (Jaksel), and Jabodetabek's towns and
        # business districts: BSD, Serpong, Bintaro, Cikarang, SCBD
        "jakarta": "bekasi|tangerang|depok|bogor|dki jakarta|jakarta raya|jakarta selatan"
        "|jakarta pusat|jakarta barat|jakarta timur|jakarta utara|jaksel|jakpus|jakbar"
        "|jaktim|jakut|tangerang selatan|tangsel|bsd|bsd city|serpong|bintaro|cikarang"
        "|cibubur|scbd|jabodetabek",
        "denpasar": "bali|canggu|seminyak|ubud|kuta|sanur|badung",
        "lagos": "ikeja|lekki|ikorodu",
        "accra": "east legon|spintex|greater accra",
        "dhaka": "gazipur|narayanganj",
        "cairo": "giza|new cairo|nasr city|heliopolis|maadi|6th of october|sheikh zayed"
        "|smart village|fifth settlement|القاهرة|الجيزة|القاهرة الجديدة|مدينة نصر|المعادي"
        "|مصر الجديدة|التجمع الخامس|الشيخ زايد|السادس من أكتوبر|6 أكتوبر|القرية الذكية",
        "haiphong": "hai phong",
        # Ho Chi Minh City's districts and Thủ Đức, Hanoi's and Da Nang's districts
        # (their names as written with marks: "Thu", "Go" and "Tan" are English words)
        "ho chi minh city": "thủ đức|thành phố thủ đức|bình thạnh|phú nhuận|tân bình|gò vấp"
        "|tân phú|bình tân|quận 1|quận 2|quận 3|quận 4|quận 5|quận 6|quận 7|quận 8|quận 10"
        "|quận 11|quận 12",
        "hanoi": "cầu giấy|hoàn kiếm|đống đa|ba đình|thanh xuân|nam từ liêm"
        "|bắc từ liêm|hai bà trưng",
        "da nang": "hải châu|sơn trà",
        "cumilla": "comilla",
        # Bogotá's localities and Chía, Medellín's Aburrá valley, Cali by its full name
        "bogotá": "chapinero|usaquén|usaquen|teusaquillo|chía",
        "medellín": "envigado|sabaneta|itagüí|itagui",
        "cali": "santiago de cali|cali, valle|cali, valle del cauca|cali, colombia",
        # Santiago's communes and Lima's districts, where their offices are
        "santiago": "las condes|providencia, santiago|providencia, chile|ñuñoa|nunoa|vitacura"
        "|santiago centro|lo barnechea|huechuraba|región metropolitana|region metropolitana"
        "|santiago, rm",
        "lima": "miraflores, lima|san isidro, lima|santiago de surco|surco|barranco, lima"
        "|san borja|la molina|surquillo|jesús maría, lima|magdalena del mar|lima metropolitana"
        "|callao",
        # Europe's big cities, their suburbs and business parks (extractors._places)
        "lyon": "villeurbanne|vénissieux|venissieux|écully|ecully|vaulx-en-velin|saint-priest"
        "|limonest|caluire-et-cuire|dardilly|oullins|tassin-la-demi-lune|rillieux-la-pape"
        "|décines-charpieu|champagne-au-mont-d'or",
        "paris": "nanterre|courbevoie|puteaux|montreuil|ivry-sur-seine|rueil-malmaison"
        "|saint-cloud|clichy|massy|saclay|vélizy-villacoublay|velizy-villacoublay|saint-ouen"
        "|pantin|montrouge|malakoff|vincennes|guyancourt|noisy-le-grand|marne-la-vallée"
        "|cergy|créteil|arcueil|gennevilliers|suresnes|châtillon",
        "toulouse": "labège|blagnac",
        "bordeaux": "mérignac|pessac",
        "nantes": "saint-herblain",
        "lille": "villeneuve-d'ascq",
        "marseille": "aix-en-provence",
        "madrid": "las rozas|tres cantos|getafe|leganés|móstoles|alcalá de henares|majadahonda"
        "|san sebastián de los reyes|boadilla del monte|fuenlabrada",
        "barcelona": "l'hospitalet de llobregat|hospitalet de llobregat|sant joan despí"
        "|cornellà de llobregat|badalona",
        "milan": "sesto san giovanni|assago|segrate|cinisello balsamo|san donato milanese"
        "|rozzano|cologno monzese|basiglio|vimercate|monza|rho|cernusco sul naviglio"
        "|peschiera borromeo|agrate brianza|arese|corsico|buccinasco|lainate|bollate",
        "rome": "fiumicino",
        # Turkey's: Istanbul's districts on its European and Asian sides (Avrupa and
        # Anadolu Yakası), Ankara's Çankaya, İzmir's Bornova and Karşıyaka
        "istanbul": "avrupa yakası|anadolu yakası|kadıköy|kadikoy|üsküdar|uskudar|ataşehir"
        "|atasehir|maltepe|kartal|pendik|ümraniye|umraniye|beşiktaş|besiktas|şişli|sisli"
        "|levent|maslak|sarıyer|sariyer|bakırköy|bakirkoy|beylikdüzü|beylikduzu|kağıthane"
        "|kagithane",
        "ankara": "çankaya|cankaya",
        "izmir": "bornova|karşıyaka|karsiyaka",
        # Bucharest's business districts and towns of Ilfov a commute away
        "bucharest": "pipera|voluntari|otopeni|chiajna|popești-leordeni|popesti-leordeni",
        # Prague's business districts, with their marks or without, and Průhonice
        "prague": "smíchov|smichov|karlín|karlin|holešovice|holesovice|dejvice|vinohrady"
        "|žižkov|zizkov|pankrác|pankrac|chodov|vysočany|vysocany|anděl|andel|průhonice"
        "|pruhonice",
        # South Africa's: Cape Town's northern suburbs and the Winelands' Stellenbosch
        # (a daily commute), Johannesburg's by its nicknames and business districts
        "cape town": "bellville|durbanville|century city|tyger valley|tygervalley|milnerton"
        "|brackenfell|somerset west|stellenbosch",
        "johannesburg": "joburg|jozi|sandton|randburg|midrand",
        "pretoria": "tshwane|centurion",
        "durban": "umhlanga",
        "munich": "ismaning|aschheim|oberhaching|unterschleißheim|taufkirchen|planegg"
        "|martinsried|grünwald|ottobrunn|garching bei münchen",
        "berlin": "schönefeld|teltow|kleinmachnow|hennigsdorf",
        "frankfurt": "offenbach am main|bad homburg|oberursel|neu-isenburg",
        "düsseldorf": "ratingen|neuss",
        "cologne": "leverkusen",
        "stuttgart": "böblingen|sindelfingen|leinfelden-echterdingen|ludwigsburg",
        "hamburg": "norderstedt",
        # Zurich's districts and the towns of its metro a daily commute away: the Glatt
        # and Limmat valleys, Winterthur, Zug and Baar ("Zug" alone is a German word)
        "zurich": "oerlikon|altstetten|wallisellen|dübendorf|schlieren|kloten|glattbrugg"
        "|opfikon|dietikon|winterthur|baar|rotkreuz|zug zg|zug, zg|zug, switzerland"
        "|zug, schweiz",
        # the Emirates' business districts and free zones as offices name them ("DIFC",
        # "JLT", "ADGM"), and Sharjah and Ajman, one metro with Dubai: the Gulf's busiest
        # daily commute
        "dubai": "sharjah|ajman|difc|dmcc|jlt|jumeirah lake towers|jumeirah lakes towers"
        "|dubai marina|business bay|al quoz|al barsha|deira|bur dubai|jebel ali|dubai south"
        "|dubai internet city|tecom|dubai media city|dubai silicon oasis|dubai design district"
        "|dubai knowledge park|dubai healthcare city|الشارقة",
        "abu dhabi": "adgm|masdar city|al maryah island|mussafah|khalifa city|yas island",
        "riyadh": "king abdullah financial district|kafd",
        # the Eastern Province's tri-city, one commute ("Al Khobar", "الظهران": Dhahran)
        "dammam": "khobar|al khobar|dhahran|الدمام|الخبر|الظهران",
        "doha": "lusail",
        # the Klang Valley, Greater Kuala Lumpur's one commute, and Penang's office park
        "kuala lumpur": "putrajaya|shah alam|subang jaya|klang valley|bangsar south|mont kiara",
        "penang": "pulau pinang|bayan lepas",
        "johor bahru": "iskandar puteri",
        # Greater Kampala: Wakiso and Mukono, and Entebbe on its expressway
        "kampala": "entebbe|wakiso|mukono",
        # the twin cities: Rawalpindi and Islamabad, one commute
        "islamabad": "rawalpindi|راولپنڈی",
        # Kathmandu Valley, one commute: Lalitpur (Patan), Bhaktapur and their office districts
        "kathmandu": "kathmandu valley|kirtipur|bhaktapur|भक्तपुर|lalitpur, nepal|lalitpur, bagmati"
        "|patan, nepal|patan, lalitpur|patan (lalitpur)|baneshwor|new baneshwor|thamel"
        "|putalisadak|kamaladi|lazimpat|baluwatar|maharajgunj|koteshwor|tinkune|jhamsikhel"
        "|sanepa|kupondole|jawalakhel|pulchowk|ekantakuna|satdobato|suryabinayak|काठमाडौं"
        "|काठमाडौँ",
    }.items()
    for town in towns.split("|")
}
# "Cambridge UK" is the town "Cambridge, UK" is
METRO_OF |= {bare: METRO_OF.get(name, name) for name in CITY_OF if (bare := _uncomma(name))}


# what a town's name is qualified with: the words after its comma or in its brackets
_QUALIFIER = re.compile(r"[^\S\n]*[,(][^\S\n]*([^,()/;|\n]{2,40})")


def namesakes(text: str) -> dict[int, str]:
    """Where a town of the place table stands qualified with another country's name, or
    a state's or province's code: "Valencia, CA", "Valencia, Venezuela", "Dublin, OH"
    are namesakes of the bigger towns, the qualifier their country. A code that is the
    town's own country's is no state ("Toronto, CA", "Bangalore, IN"). By where each
    stands, the qualifier's country ("Sydney, NS": Canada)."""
    found = {}
    for m in place_matches(lowered(text)):
        town = spaced(m[0])
        q = _QUALIFIER.match(text, m.end()) if town in CITY_OF else None
        if q is None or town in _NOT_TOWNS or _its_own(q, CITY_OF[town]):
            continue
        if (country := _country_of(q[1].strip())) and country != CITY_OF[town]:
            found[m.start()] = country
    return found


def _its_own(q: re.Match[str], country: str) -> bool:
    """Whether a town's qualifier is its own country's code, its own state's ("Recife, PE"
    is Pernambuco's, not Prince Edward Island's) or one of its provinces' in brackets
    ("Sesto San Giovanni (MI)" is in Milan's province, not Michigan; "Florence, AL" is
    Alabama's)."""
    qualifier = q[1].strip()
    bracketed = "(" in q[0][: q.start(1) - q.start()]
    return (
        qualifier.upper() == country
        or qualifier in STATES_OF.get(country, ())
        or (bracketed and qualifier in PROVINCES_OF.get(country, ()))
    )


def _country_of(qualifier: str) -> str | None:
    """The one country a town's qualifier names: a country, a state's or province's
    code ("CA", "ON") or name, or a region ("California", "Veracruz"); never a town,
    which makes a list of towns ("Austin, London")."""
    if qualifier in US_STATES:
        return "US"
    if qualifier in CA_PROVINCES:
        return "CA"
    names = [spaced(m[0]) for m in place_matches(lowered(qualifier))]
    if any(name not in COUNTRY_OF and name not in _NOT_TOWNS for name in names):
        return None
    places = {PLACE_OF[name] for name in names}
    places = {p for p in places if len(p) == 2 and p.isupper()}
    return places.pop() if len(places) == 1 else None


@lru_cache(maxsize=4096)
def cities_in(text: str) -> tuple[str, ...]:
    """The towns a short text names that the place table knows, each as its metro's city
    ("Brooklyn, NY" -> "new york"); states and regions are no town ("Austin, Texas" ->
    "austin")."""
    elsewhere = namesakes(text) if "," in text or "(" in text else {}
    names = (spaced(m[0]) for m in place_matches(lowered(text)) if m.start() not in elsewhere)
    towns = (
        town
        for n in names
        for town in REGIONS_OF_TOWNS.get(n, (METRO_OF.get(n, n),) if n not in _NOT_TOWNS else ())
        if n in CITY_OF
    )
    return tuple(dict.fromkeys(towns))


# regions of several cities, each a commute of its own ("Ruhrgebiet": Essen, Dortmund,
# Bochum...): an office there is in one of its towns, not anywhere in the country
_REGION_TOWNS = {
    "essen|dortmund|duisburg|bochum|gelsenkirchen": "ruhrgebiet|ruhr area|ruhrpott",
    "amsterdam|rotterdam|the hague|utrecht|leiden|haarlem|delft": "randstad region"
    "|randstad area|de randstad",
    "frankfurt|wiesbaden|mainz|darmstadt": "rhein main|rhine main",
}
REGIONS_OF_TOWNS = {
    region: tuple(towns.split("|"))
    for towns, regions in _REGION_TOWNS.items()
    for region in regions.split("|")
}
# each of those towns -> its region's name and towns: Utrecht is a commute from
# Amsterdam that a user naming only Amsterdam may or may not make
TOWN_REGIONS = {
    town: (regions.split("|")[0], tuple(towns.split("|")))
    for towns, regions in _REGION_TOWNS.items()
    for town in towns.split("|")
}


# a town of several countries a location writes alone ("Hamilton"), and the name each
# country's town has in the place table: the post's other places, currency or phone
# numbers say which, where they point to one of them only (remote.py)
TOWNS_OF_SEVERAL = {
    "hamilton": {"CA": "hamilton, on", "NZ": "hamilton, nz", "GB": "hamilton, scotland"},
    "cambridge": {"GB": "cambridge, uk", "US": "cambridge, ma", "CA": "cambridge, on"},
    "richmond": {"US": "richmond, va", "GB": "richmond, london", "CA": "richmond, bc"},
    "newcastle": {"GB": "newcastle upon tyne", "AU": "newcastle, nsw"},
    "birmingham": {"GB": "birmingham, uk", "US": "birmingham, al"},
    "peterborough": {"GB": "peterborough, uk", "CA": "peterborough, on"},
    "kingston": {"CA": "kingston, on", "GB": "kingston upon thames"},
    "windsor": {"CA": "windsor, on", "GB": "windsor, uk"},
    # the table reads the bigger town alone ("Valencia" is Spain's, "San José" Costa
    # Rica's, "San Jose" California's); a user who writes one is asked which
    "córdoba": {"AR": "córdoba, argentina", "ES": "córdoba, spain", "MX": "córdoba, veracruz"},
    "cordoba": {"AR": "cordoba, argentina", "ES": "cordoba, spain", "MX": "cordoba, veracruz"},
    "valencia": {"ES": "valencia", "VE": "valencia, venezuela", "US": "valencia, ca"},
    "san josé": {"CR": "san josé", "US": "san jose"},
    "san jose": {"CR": "san josé", "US": "san jose"},
}
_SEVERAL_TOWNS = re.compile(rf"\b({'|'.join(TOWNS_OF_SEVERAL)})\b", re.I)
# the country a currency's code or sign is paid in, which tells a town of several apart
_CURRENCY_COUNTRY = {"CAD": "CA", "C$": "CA", "NZD": "NZ", "NZ$": "NZ", "GBP": "GB", "£": "GB"}
_CURRENCY_COUNTRY |= {"AUD": "AU", "A$": "AU", "USD": "US", "US$": "US"}
_CURRENCY_COUNTRY |= {"ARS": "AR", "MXN": "MX", "CRC": "CR", "₡": "CR", "VES": "VE"}
_CURRENCY_COUNTRY |= {"GEL": "GE", "₾": "GE", "ლარ": "GE", "лари": "GE"}


# towns whose names are words too ("tema" is Spanish, Italian and Portuguese for a
# topic, "nice" and "reading" English): a town only where they are a location field's
# whole ("Tema", "Nice, "), never in a text
_WORD_TOWNS = {"tema": "GH", "nice": "FR", "split": "HR", "reading": "GB", "bath": "GB"}
# and a surname ("Mendoza"), and Greater Buenos Aires as Argentine posts abbreviate it
# ("AMBA" is also the MBA's accreditor, "GBA" a game console)
_WORD_TOWNS |= {"mendoza": "AR", "amba": "AR", "gba": "AR"}
# the city such a town is one commute with: Tema, Accra's port (a town is its own else)
_WORD_TOWN_METROS = {"tema": "accra", "amba": "buenos aires", "gba": "buenos aires"}


def town_of_a_field(loc: str) -> tuple[str, str] | None:
    """The country of a word's town that a location field is all of ("Tema, "), and the
    city it is one commute with ("accra")."""
    town = loc.strip(" ,").lower() if loc else ""
    country = _WORD_TOWNS.get(town)
    return (country, _WORD_TOWN_METROS.get(town, town)) if country else None


def town_of_several(loc: str) -> dict[str, str] | None:
    """The countries' names of the town of several a location names ("Hamilton")."""
    m = _SEVERAL_TOWNS.search(loc) if loc else None
    return TOWNS_OF_SEVERAL[m[1].lower()] if m else None


def currency_countries(text: str) -> set[str]:
    """The countries whose currency a text names by code or sign ("CAD 70,000", "£40k")."""
    return {country for sign, country in _CURRENCY_COUNTRY.items() if sign in text}


# two-letter codes safe to read in prose ("IN", "IT", "NO", "AT", "BE" are words; "PT"
# is Pacific Time far more often than Portugal), and the few other upper-case codes
# people write for a country or a bloc
CODES_IN_TEXT = _codes(
    "US UK GB DE FR ES NL PL CA MX BR AR CO CL AU NZ JP SG PH IE SE DK FI CH CZ RO "
    "UA IL ZA NG KE BD PK AE EU CAN AUS GER AMER"
)
CODE_ALIASES = {"UK": "GB", "CAN": "CA", "AUS": "AU", "GER": "DE"}
CODE_ALIASES |= {"AMER": "Americas"}  # not "NA": as often "not applicable"
# the words of a location field that name no place ("Remote - anywhere in the world",
# "Anywhere (async-first, no meetings required)")
PLACELESS_WORDS = _codes(
    """remote remotely fully only anywhere worldwide global globally world the in work from
    home wfh first friendly ok flexible and or all any locations location select
    distributed hybrid onsite on site office yes no remoto based time zone zones timezone
    timezones everywhere international open to of async asynchronous overlap required needed
    sync synchronous meetings meeting calls standups optional agnostic
    exceptions restrictions country
    praca zdalna zdalnie zdalny hybrydowo hybrydowa stacjonarnie teletrabajo telelavoro
    remota remotamente teletravail télétravail homeoffice fernarbeit thuiswerken full
    リモート フルリモート フルリモート可 リモート可 リモートワーク リモートワーク可 在宅 在宅勤務
    完全在宅 全国 원격 원격근무 원격가능 재택 재택근무 재택가능 풀리모트 리모트 완전재택 비상주
    전국
    віддалено віддалена віддалений робота дистанційно дистанційна удаленно удалённо
    удаленная удалённая работа дистанционно
    distans uzaktan tamamen evden hibrit
    عن بعد بُعد العمل من المنزل البيت ريموت هجين
    da ibrido sede smart working tutta tutto
    làm việc từ xa tại nhà lam viec tu xa tai nha văn phòng van phong
    seluruh kerja dari rumah wfa wfo kantor
    עבודה מרחוק מהבית היברידי היברידית מהמשרד במשרד"""
)
# Italy's provinces by the two letters an Italian place is written with ("Rho (MI)",
# "20121 Milano MI", "Catania (CT)"): never a US state there
IT_PROVINCES = _codes(
    """AG AL AN AO AP AQ AR AT AV BA BG BI BL BN BO BR BS BT BZ CA CB CE CH CL CN CO CR CS
    CT CZ EN FC FE FG FI FM FR GE GO GR IM IS KR LC LE LI LO LT LU MB MC ME MI MN MO MS MT
    NA NO NU OR PA PC PD PE PG PI PN PO PR PT PU PV PZ RA RC RE RG RI RM RN RO SA SI SO SP
    SR SS SU SV TA TE TN TO TP TR TS TV UD VA VB VC VE VI VR VT VV"""
)
PROVINCES_OF = {"IT": IT_PROVINCES}
# the codes towns of Australia and Brazil are written with after a comma ("Darwin, NT",
# "Perth, WA", "Recife, PE", "Belém, PA"): the town's own state, never a US state or a
# Canadian province of the same letters
AU_STATES = _codes("NSW VIC QLD WA SA NT TAS ACT")
BR_STATES = _codes(
    "AC AL AP AM BA CE DF ES GO MA MT MS MG PA PB PR PE PI RJ RN RS RO RR SC SP SE TO"
)
STATES_OF = {"AU": AU_STATES, "BR": BR_STATES}
US_STATES = _codes(
    "AL AK AZ AR CA CO CT DE FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS MO MT NE "
    "NV NH NJ NM NY NC ND OH OK OR PA RI SC SD TN TX UT VT VA WA WV WI WY DC"
)
# the states on each US coast, where a remote post limits work to one ("US East Coast"):
# the Atlantic's and the Pacific's (Alaska and Hawaii are neither)
US_COASTS = {
    "east": _codes("ME NH VT MA RI CT NY NJ PA DE MD DC VA NC SC GA FL"),
    "west": _codes("CA OR WA"),
}
ZONES = {"UTC": 0.0, "GMT": 0.0, "WET": 0.0, "BST": 1.0, "CET": 1.0, "CEST": 2.0}
ZONES |= {"EET": 2.0, "EEST": 3.0, "EST": -5.0, "EDT": -4.0, "MST": -7.0}
ZONES |= {"MDT": -6.0, "PST": -8.0, "PDT": -7.0, "CST": -6.0, "CDT": -5.0}
ZONES |= {"PT": -8.0, "MT": -7.0, "CT": -6.0, "ET": -5.0}  # US time, summer or not
# Asia-Pacific zones posts name ("AEST hours", "9am-6pm SGT"), none of them a word
ZONES |= {"AEST": 10.0, "AEDT": 11.0, "AWST": 8.0, "JST": 9.0, "SGT": 8.0, "NZST": 12.0}
ZONES |= {"NZDT": 13.0}
# Africa's, as Lagos and Nairobi posts name them ("9am-5pm WAT", "EAT hours"); not "CAT"
# ("CAT tools") nor "SAST" (security testing), which posts mean otherwise
ZONES |= {"WAT": 1.0, "EAT": 3.0}
# a standard-time name means its zone all year, summer time included ("CET" in July
# is CEST): the hours its summer time moves
SUMMER_SHIFT = dict.fromkeys(("WET", "CET", "EET", "EST", "CST", "MST", "PST"), 1.0)
SUMMER_SHIFT |= dict.fromkeys(("PT", "MT", "CT", "ET"), 1.0)
# US zones written out ("Remote | Eastern Time Zone", "9am-1pm US Eastern", "Eastern US
# business hours"), by the name
# they abbreviate: hours, not the US
_US_ZONES = (("Eastern", "ET"), ("Central", "CT"), ("Mountain", "MT"), ("Pacific", "PT"))
ZONE_NAMES = {f"{name} {time}": zone for name, zone in _US_ZONES for time in ("Time", "time")}
ZONE_NAMES |= {f"US {name}": zone for name, zone in _US_ZONES}
ZONE_NAMES |= {f"{name} US": zone for name, zone in _US_ZONES}  # "overlap with Eastern US"

# each place's UTC offset in standard time and in summer time (countries spanning zones
# give their widest span); a country missing here is "unknown", never a guess
UTC_SPANS: dict[str, tuple[float, float]] = {
    **dict.fromkeys(_codes("PT IE GB IS"), (0.0, 1.0)),
    **dict.fromkeys(
        _codes("ES FR DE IT NL BE LU AT CH DK SE NO PL CZ SK HU SI HR MT RS AL BA ME MK LI AD"),
        (1.0, 2.0),
    ),
    **dict.fromkeys(_codes("MC SM XK GI VA"), (1.0, 2.0)),
    **dict.fromkeys(_codes("IM FO"), (0.0, 1.0)),
    **dict.fromkeys(_codes("FI EE LV LT GR RO BG CY UA MD IL"), (2.0, 3.0)),
    "BY": (3.0, 3.0), "TR": (3.0, 3.0), "KE": (3.0, 3.0), "SA": (3.0, 3.0), "QA": (3.0, 3.0),
    **dict.fromkeys(_SOUTH_CAUCASUS, (4.0, 4.0)),  # Georgia, Armenia, Azerbaijan: no summer time
    "AE": (4.0, 4.0), "PK": (5.0, 5.0), "IN": (5.5, 5.5), "LK": (5.5, 5.5), "NP": (5.75, 5.75),
    "BD": (6.0, 6.0), "TH": (7.0, 7.0), "VN": (7.0, 7.0), "ID": (7.0, 9.0), "SG": (8.0, 8.0),
    "MY": (8.0, 8.0), "PH": (8.0, 8.0), "CN": (8.0, 8.0), "HK": (8.0, 8.0), "TW": (8.0, 8.0),
    "KR": (9.0, 9.0), "JP": (9.0, 9.0), "AU": (8.0, 11.0), "NZ": (12.0, 13.0),
    "ZA": (2.0, 2.0), "EG": (2.0, 3.0), "NG": (1.0, 1.0), "MA": (0.0, 1.0), "GH": (0.0, 0.0),
    "US": (-10.0, -4.0), "CA": (-8.0, -2.5), "MX": (-8.0, -5.0), "BR": (-5.0, -2.0),
    "AR": (-3.0, -3.0), "CL": (-4.0, -3.0), "CO": (-5.0, -5.0), "PE": (-5.0, -5.0),
    "UY": (-3.0, -3.0),
}  # fmt: skip
# the UTC offsets of towns in countries of several zones, standard and summer time: a
# user who names their town keeps its hours, not all of their country's ("São Paulo" is
# UTC-3, Brazil -5 to -2); towns the place table lists, as their metro's city
_TOWNS_BY_SPAN = {
    (-3.0, -3.0): "são paulo|rio de janeiro|brasilia|belo horizonte|curitiba|porto alegre"
    "|florianópolis|recife|fortaleza|campinas",
    (-5.0, -4.0): "new york|boston|washington dc|atlanta|miami|philadelphia|pittsburgh"
    "|detroit|raleigh|baltimore|tampa|orlando|cleveland|cincinnati|jacksonville"
    "|indianapolis|louisville|ann arbor|toronto|ottawa|montreal|waterloo|québec",
    (-6.0, -5.0): "chicago|austin|dallas|houston|minneapolis|nashville|st louis|kansas city"
    "|new orleans|milwaukee|san antonio|omaha|winnipeg",
    (-7.0, -6.0): "denver|salt lake city|albuquerque|boise|provo|lehi|calgary|edmonton",
    (-7.0, -7.0): "scottsdale|tempe|tucson",
    (-8.0, -7.0): "san francisco|seattle|los angeles|san diego|portland|las vegas|sacramento"
    "|irvine|santa barbara|vancouver|tijuana",
    (-4.0, -3.0): "halifax",
    (-6.0, -6.0): "mexico city|guadalajara|monterrey|queretaro|puebla",
    (10.0, 11.0): "sydney|melbourne|canberra|hobart",
    (10.0, 10.0): "brisbane|gold coast",
    (9.5, 10.5): "adelaide",
    (8.0, 8.0): "perth|denpasar|makassar",
    (7.0, 7.0): "jakarta|bandung|surabaya|yogyakarta",
}
TOWN_SPANS = {town: span for span, towns in _TOWNS_BY_SPAN.items() for town in towns.split("|")}

# every country code the tables know: read in a list of codes ("DE/UK/CH/SI/BE"),
# where even the codes that are words in prose are countries (but not zones: "ET/CT/MT")
# but not the codes of countries postings rarely list, many of them a word or a trade's
# abbreviation in a list of roles or tools ("FE, FS, ML engineers", "CI/CD", "BI", "PS"),
# or a US state's in a list of states ("AZ, CO, TX" is Arizona, not Azerbaijan)
_RARELY_LISTED = _codes(
    """BZ GY SR SY YE PS IR VA GI IM FO MN MO SB VU WS TO KI TV NR PW MH FM SD SS ER DJ
    SO BI CD CG CF GA GQ ST ML BF NE BJ TG SL LR GW GM MR CV MW LS SZ MG MU SC KM TD GN KY
    CW TC VG VI MQ GP AZ AM TM TJ KG"""
)
LISTED_CODES = (
    frozenset().union(*BLOCS.values(), UTC_SPANS, CODES_IN_TEXT) - set(ZONES) - _RARELY_LISTED
) | frozenset(CODE_ALIASES)

# the currency a country pays in, for a salary its posting writes without one
_CURRENCIES = {"US": "USD", "GB": "GBP", "CA": "CAD", "AU": "AUD", "CH": "CHF", "EU": "EUR"}
_CURRENCIES |= dict.fromkeys(_EU - _codes("CZ DK HU PL RO SE"), "EUR")  # BG since 2026


# the countries whose own currency their postings write as a bare "$" ("$90-110/hr" in
# Toronto is Canadian dollars), in any language ("85-95 $/h" in Montréal); Singapore's
# boards and employers write its dollar so too ("$6,000 - $8,000 per month")
_LOCAL_DOLLARS = {"CA": "CAD", "AU": "AUD", "NZ": "NZD", "SG": "SGD"}
PESOS = frozenset(("MXN", "COP", "CLP", "ARS"))


# units a posting writes without naming a country's currency, and the currency each
# country means by it: the crown its postings write "kr", and the currency it counts
# lakhs in ("12 lakhs" in Lahore is rupees of Pakistan), and the rupee its "Rs." is
_PLACE_UNITS = {
    "kr": {"SE": "SEK", "NO": "NOK", "DK": "DKK"},
    "R": {"ZA": "ZAR"},
    "Shs": {"UG": "UGX", "KE": "KES", "TZ": "TZS"},  # "Shs 150,000", "3.5m/="
    "Rs": {"IN": "INR", "PK": "PKR", "LK": "LKR", "NP": "NPR"},
    "lakh": {"IN": "INR", "PK": "PKR", "BD": "BDT", "NP": "NPR"},
    "ريال": {"SA": "SAR", "QA": "QAR", "OM": "OMR", "YE": "YER"},  # the riyal
    "درهم": {"AE": "AED", "MA": "MAD"},  # the dirham: "DH", "Dhs", "درهم"
    "دينار": {"JO": "JOD", "KW": "KWD", "BH": "BHD"},  # the dinar
    "元": {"TW": "TWD", "CN": "CNY"},  # the yuan, or Taiwan's dollar ("月薪 55,000元")
    "¥": {"CN": "CNY"},  # the yuan in China ("月薪 ¥15,000" in 北京), the yen elsewhere
    # "$" is the peso where it is written in Spanish (features: the text's language), and
    # the dollar of Canada, Australia or New Zealand in a post placed there only
    "$": {"MX": "MXN", "CO": "COP", "CL": "CLP", "AR": "ARS"} | _LOCAL_DOLLARS,
    # the currency a board's salary field quotes by the month without saying so: dollars
    # on Africa's boards ("USD 2,500 - 3,500" on a Nairobi card), as Africa's pay is quoted,
    # and on Ukraine's (Djinni's and DOU's "$4000-5000" on a card placed in Ukraine)
    # and in Vietnam, whose boards quote "Up to $2,500" (a month's, net or gross) beside dong
    "month": dict.fromkeys(
        ("NG", "GH", "KE", "UG", "TZ", "RW", "ET", "ZM", "ZA", "UA", "VN"), "USD"
    ),
}


# the country a phone number's calling code dials ("+91 98480 ..."): an onsite post that
# names only a town the tables do not know ("Karimnagar") is placed by its contact's
# number; "+1" is left out, shared by the US, Canada and the Caribbean
_CALLING_CODES = {
    "91": "IN", "92": "PK", "94": "LK", "977": "NP", "880": "BD", "234": "NG", "233": "GH",
    "254": "KE", "27": "ZA", "20": "EG", "63": "PH", "62": "ID", "60": "MY", "65": "SG",
    "66": "TH", "84": "VN", "971": "AE", "966": "SA", "44": "GB", "353": "IE", "49": "DE",
    "33": "FR", "34": "ES", "39": "IT", "31": "NL", "48": "PL", "351": "PT", "61": "AU",
    "64": "NZ", "55": "BR", "52": "MX", "54": "AR", "57": "CO",
}  # fmt: skip
# "+91 98480 00000", "+92-300-1234567", "+44 (0)20 7946 0000": a code, then seven digits
_PHONE = re.compile(r"\+(\d{1,3})(?=(?:[\s().-]{0,2}\d){7})(?:[\s(-]|\d)")
# the Caribbean countries that share "+1" with the US and Canada, by area code, which
# their numbers are written with, a "+" or not ("1-876-555-0100" is Jamaica's); any
# other area code ("1-800", "+1 415") is the US's or Canada's, which places nothing
_AREA_CODES = {
    "876": "JM", "658": "JM", "868": "TT", "246": "BB", "242": "BS", "809": "DO",
    "829": "DO", "849": "DO",
}  # fmt: skip
_NORTH_AMERICAN = re.compile(
    r"(?<![\d+])(?:\+\s?)?1[\s.-]?\(?(\d{3})\)?[\s.-]?\d{3}[\s.-]?\d{4}(?!\d)"
)


def dialled_country(text: str) -> str | None:
    """The one country the text's international phone numbers dial, if they agree."""
    caribbean = any(code in text for code in _AREA_CODES)  # a cheap skim: most texts have none
    if "+" not in text and not caribbean:
        return None
    found = set()
    for m in _PHONE.finditer(text):
        if m[1][0] == "1" and caribbean:
            continue  # read by its area code below
        code = next((m[1][:n] for n in (3, 2, 1) if m[1][:n] in _CALLING_CODES), None)
        if code is None:
            return None  # a number this table cannot place: the text is not settled
        found.add(_CALLING_CODES[code])
    for m in _NORTH_AMERICAN.finditer(text) if caribbean else ():
        if m[1] not in _AREA_CODES:
            return None
        found.add(_AREA_CODES[m[1]])
    return found.pop() if len(found) == 1 else None


def currency_of(regions: tuple[str, ...]) -> str | None:
    """The one currency every region pays in, or None (none known, or several)."""
    return _one(_CURRENCIES, regions)


def place_units(regions: tuple[str, ...]) -> dict[str, str]:
    """The currency each unit written without a country ("kr", lakhs) means where every
    region agrees on one: {"kr": "DKK"} in Copenhagen, {"lakh": "PKR"} in Lahore."""
    return {unit: found for unit, table in _PLACE_UNITS.items() if (found := _one(table, regions))}


def rupee_of(regions: tuple[str, ...]) -> str | None:
    """The one rupee the regions' countries pay in, the others aside: PKR for a user in
    ("Karachi", "Pakistan", "UTC+5"); None for none, or for India and Pakistan both."""
    found = {rupee for region in regions if (rupee := _PLACE_UNITS["Rs"].get(region))}
    return found.pop() if len(found) == 1 else None


def _one(table: dict[str, str], regions: tuple[str, ...]) -> str | None:
    found = {table.get(region) for region in regions}
    return found.pop() if len(found) == 1 and None not in found else None


def utc_offset(token: str) -> float:
    """Hours from UTC of "UTC+5:30", "GMT-3", "+2" or a zone name like "CET"."""
    compact = token.replace("−", "-").replace(" ", "")
    if compact in ZONES:
        return ZONES[compact]
    sign = -1.0 if "-" in compact else 1.0
    hours, _, minutes = compact.lstrip("UTCGM+-").partition(":")
    return sign * (int(hours) + int(minutes or 0) / 60)


def members(place: str) -> frozenset[str]:
    return BLOCS.get(place, frozenset({place}))


def widest(regions: list[str]) -> list[str]:
    """The regions a post allows (any of them), without one inside another."""
    unique = list(dict.fromkeys(regions))
    return [r for r in unique if not any(o != r and inside(r, o) for o in unique)]


def inside(place: str, other: str) -> bool:
    """A window inside a window, or a country or bloc inside a bloc."""
    if place.startswith("UTC") != other.startswith("UTC"):
        return False
    return contains(other, place) if place.startswith("UTC") else members(place) < members(other)


# a window is the same hours a day earlier or later: one an overlap reaches past the
# date line ("overlap 2h with UTC-8" reaches UTC-13, Auckland's UTC+11) wraps round
DAY_TURNS = (-24.0, 0.0, 24.0)


def offsets_of(place: str) -> tuple[float, float] | None:
    """The UTC offsets a place keeps: a window's ends, or its countries' zones."""
    if place.startswith("UTC"):
        lo, _, hi = place.partition("..")
        return utc_offset(lo), utc_offset(hi or lo)
    spans = [UTC_SPANS.get(code) for code in members(place)]
    if not spans or any(span is None for span in spans):
        return None
    return min(s[0] for s in spans if s), max(s[1] for s in spans if s)


def contains(region: str, place: str) -> bool:
    """Whether a post region holds a profile place (a country, bloc or UTC offset).

    A UTC window holds a country when every offset the country keeps, summer time
    included, is inside it: "UTC-3..UTC+2" holds Germany (+1/+2), not Finland (+2/+3).
    """
    if region.startswith("UTC"):
        span, (lo, hi) = offsets_of(place), offsets_of(region) or (0.0, 0.0)
        return span is not None and any(
            lo + turn <= span[0] and span[1] <= hi + turn for turn in DAY_TURNS
        )
    return not place.startswith("UTC") and members(place) <= members(region)


def overlaps(region: str, place: str) -> bool:
    """Whether part of a profile place lies in a post region (or nobody can tell)."""
    if region.startswith("UTC"):
        span, (lo, hi) = offsets_of(place), offsets_of(region) or (0.0, 0.0)
        return span is None or any(
            span[0] <= hi + turn and lo + turn <= span[1] for turn in DAY_TURNS
        )
    return bool(members(place) & members(region))


def hours_apart(window: str, place: str) -> float:
    """Hours between a window and the nearest offset a place keeps, either way round
    the clock (0 if they meet or the place's offsets are unknown)."""
    span, (lo, hi) = offsets_of(place), offsets_of(window) or (0.0, 0.0)
    if not span:
        return 0.0
    return min(max(0.0, span[0] - hi - turn, lo + turn - span[1]) for turn in DAY_TURNS)


# a US state or Canadian province by name (any case) or postal code, and a list of them
# ("TX, FL, GA and NC", "California, New York or Washington", "WA, OR, CA, BC, AB"): a
# remote job open in some only; "CA" in such a list is California
CA_PROVINCES = frozenset(name_table(PROVINCE_NAMES).values())
STATE_OF = {name: f"US-{code}" for name, code in name_table(STATE_NAMES).items()}
STATE_OF |= {name: f"CA-{code}" for name, code in name_table(PROVINCE_NAMES).items()}
# longest first: "Washington, DC" is not the state of Washington
_STATE_NAMES = phrases(map(literal, sorted(STATE_OF, key=len, reverse=True)))
_STATE = (
    rf"(?:(?i:{_STATE_NAMES})"
    rf"|{'|'.join(sorted(US_STATES | CA_PROVINCES))})"
)
STATE_TOKEN = re.compile(rf"(?<![\w.]){_STATE}(?![\w$])")
STATE_LIST = re.compile(
    rf"(?<![\w.]){_STATE}(?:(?:\s*[,/&]\s*(?:(?:and|or)\s+)?|\s+(?:and|or)\s+){_STATE})*(?![\w$])"
)
# where a list of states may start: a code as written, a name's first word in lower case
_CODE_HEADS = AhoCorasick(sorted(US_STATES | CA_PROVINCES), implementation=Implementation.DFA)
_NAME_HEADS = AhoCorasick(
    sorted({re.split(r"[\s-]", name)[0] for name in STATE_OF}), implementation=Implementation.DFA
)


def state_lists(text: str) -> Iterator[re.Match[str]]:
    """`STATE_LIST.finditer(text)`, tried only where a state's code or name starts:
    a tenth of the scan, which a job in the US or Canada pays on its whole text."""
    if any(c in text for c in _ALSO_I_AND_S):  # `re` ignoring case reads them as i, s
        return STATE_LIST.finditer(text)
    starts = {at for _, at, _ in _CODE_HEADS.find_matches_as_indexes(text, overlapping=True)}
    names = _NAME_HEADS.find_matches_as_indexes(lowered(text), overlapping=True)
    return matches_at(STATE_LIST, text, starts | {at for _, at, _ in names})


# a state in a profile's location: by name, or by code after a town or "US-" ("Austin,
# TX", "US-TX", "Toronto, ON"); a code alone is a country ("DE" is Germany)
_HOME_STATE = re.compile(rf"(?i:{_STATE_NAMES})(?!\w)|(?:,\s*|US-|CA-)([A-Z]{{2}})\b")


def state_code(token: str) -> str:
    """A state's or province's name or code as "US-TX", "CA-ON", the form of ISO 3166-2."""
    if token in US_STATES:
        return f"US-{token}"
    return f"CA-{token}" if token in CA_PROVINCES else STATE_OF[" ".join(token.lower().split())]


def home_states(location: str) -> list[str]:
    """The US states and Canadian provinces a profile's location names ("Austin,
    Texas", "US-TX", "Toronto, ON"); a province's code only beside a place in Canada
    ("Amsterdam, NL" is in the Netherlands)."""
    found = (m[1] or m[0] for m in _HOME_STATE.finditer(location))
    low = location.lower()
    names = [spaced(m[0]) for m in place_matches(low)]
    # "Tbilisi, Georgia" is the country's capital
    if "georgia" in low and which_georgia(PLACE_OF[name] for name in names) == "GE":
        found = (token for token in found if not GEORGIA.fullmatch(token))
    # in Canada, "CA" is the country ("Toronto, CA"), not California
    codes = (US_STATES - {"CA"}) | CA_PROVINCES if _in_canada(location) else US_STATES
    states = [state_code(t) for t in found if t in codes or t.lower() in STATE_OF]
    cities = (STATE_OF_CITY.get(name) for name in names)
    return list(dict.fromkeys([*states, *filter(None, cities)]))


# the state or province of each US and Canadian city the place table lists, where one
# name is one state: "Toronto, Canada" is in Ontario, "Denver" in Colorado, where a job
# open in some states (or not in some) is decided ("Portland" is Oregon's and Maine's), and
# where dedupe meets one board's city with another's state alone
STATE_OF_CITY = {
    "toronto": "CA-ON", "ottawa": "CA-ON", "waterloo": "CA-ON", "vancouver": "CA-BC",
    "montreal": "CA-QC", "montréal": "CA-QC", "calgary": "CA-AB", "edmonton": "CA-AB",
    "winnipeg": "CA-MB", "halifax": "CA-NS",
    **dict.fromkeys((
        "san francisco", "sf", "los angeles", "bay area", "silicon valley", "san diego",
        "san jose", "palo alto", "mountain view", "menlo park", "sunnyvale", "santa clara",
        "redwood city", "santa monica", "oakland", "berkeley", "cupertino", "sacramento",
    ), "US-CA"),
    **dict.fromkeys(("nyc", "brooklyn", "manhattan"), "US-NY"),
    **dict.fromkeys(("austin", "dallas", "houston", "dfw", "metroplex"), "US-TX"),
    **dict.fromkeys(("miami", "tampa", "orlando"), "US-FL"),
    **dict.fromkeys(("seattle", "redmond", "puget sound"), "US-WA"),
    **dict.fromkeys(("denver", "boulder"), "US-CO"),
    **dict.fromkeys(("minneapolis", "saint paul", "twin cities"), "US-MN"),
    **dict.fromkeys(("chicago", "chicagoland"), "US-IL"),
    **dict.fromkeys(("raleigh", "research triangle"), "US-NC"),
    **dict.fromkeys(("philadelphia", "pittsburgh"), "US-PA"),
    **dict.fromkeys(("cincinnati", "cleveland"), "US-OH"),
    **dict.fromkeys(("washington dc", "washington d.c.", "washington, dc"), "US-DC"),
    "boston": "US-MA", "atlanta": "US-GA", "detroit": "US-MI", "ann arbor": "US-MI",
    "salt lake city": "US-UT", "nashville": "US-TN", "baltimore": "US-MD",
    "st. louis": "US-MO", "st louis": "US-MO", "new orleans": "US-LA", "las vegas": "US-NV",
    "indianapolis": "US-IN", "milwaukee": "US-WI",
}  # fmt: skip


# "Georgia" names a country and a US state, and is left out of the place tables: the
# places around the word say which (`which_georgia`)
GEORGIA = re.compile(r"(?<!\w)georgia(?!\w)", re.I)


def which_georgia(neighbours: Iterable[str], *, near: bool = False) -> str | None:
    """Which Georgia the places read around the word (without it) mean: "US", the
    state, beside any place in the US ("Atlanta, Georgia"); "GE", the country, beside a
    place in the country ("Tbilisi, Georgia", the lari), or, where the places are `near`
    (a list in a short text: "Georgia, Armenia or Azerbaijan"), beside any other place, as
    a list of US states holds other states; a whole post's far places ("our London
    office") do not tell. None where nothing tells ("Remote (Georgia)")."""
    places = list(neighbours)
    if in_the_us(places):
        return "US"
    if places if near else any(contains("GE", place) for place in places):
        return "GE"
    return None


def in_the_us(places: Iterable[str]) -> bool:
    """Whether any of the places read is in the US (a state, a town, the country)."""
    return any(contains("US", place) for place in places)


def _in_canada(location: str) -> bool:
    named = (PLACE_OF[spaced(m[0])] for m in place_matches(location.lower()))
    return "CA-" in location or "CA" in named
