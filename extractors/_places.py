"""Place names people write (countries, blocs of countries, cities and states), each
with the code or bloc it stands for.

Data shared by the readers that place a posting (warehouse.ranking.regions) and the
one that tells a header's place field from its company (extractors._company): here,
as warehouse may import extractors but not the other way round.
"""

from __future__ import annotations

from functools import cache
from unicodedata import combining, normalize

# a place's names (countries and blocs) -> its code or bloc; last, the names countries
# have in their own languages, in the cases their postings write ("Suomesta": from Finland),
# and the words for living in the country in Japanese and Korean ones ("国内在住")
COUNTRY_NAMES = """
EU: e.u.|european union|europäische union|unión europea|union européenne
EEA: eea|european economic area|ewr|europäischer wirtschaftsraum; EFTA: efta
EU: unione europea|união europeia|europese unie; EMEA: emea
Europe: europe|european|europa|europas|ইউরোপ; Americas: americas|the americas
Europe: europy|europie|європа|європи|європі|европа|европы|европе
EU: unia europejska|unii europejskiej|євросоюз|євросоюзу|євросоюзі|європейський союз
EU: евросоюз|евросоюза|евросоюзе|европейский союз
EU: avrupa birliği|avrupa birligi; Europe: avrupa
North America: north america|nordamerika|norteamérica; APAC: apac|asia-pacific|asia
Americas: north/south america|north and south america|north or south america
Central/Eastern Europe: central/eastern europe|central and eastern europe|eastern europe|cee
South Asia: south asia|saarc|saarc countries|saarc region
South-East Asia: south-east asia|southeast asia
LATAM: latam|latin america|south america|lateinamerika|latinoamérica|américa latina
Southern Cone: southern cone|cono sur|cone sul
Africa: africa|sub-saharan africa|afrika; Middle East: middle east|the middle east
West Africa: west africa|western africa|ecowas; East Africa: east africa|eastern africa
EAC: eac|east african community|eac partner states|eac member states
Francophone Africa: francophone africa|french-speaking africa|afrique francophone
Central Asia: central asia|центральная азия|центральной азии|средняя азия|средней азии
CIS: cis countries|cis region|снг|стран снг|странах снг
South Caucasus: south caucasus|southern caucasus|the caucasus|caucasus|transcaucasia
South Caucasus: закавказье|закавказья|южный кавказ|южного кавказа
MENA: mena; Oceania: oceania|australasia; DACH: dach|d-a-ch
ex-YU: ex-yu|ex yu|ex-yugoslavia|former yugoslavia|bivše jugoslavije|bivse jugoslavije
ex-YU: bivša jugoslavija|бивше југославије; Western Balkans: western balkans|zapadni balkan
Western Balkans: zapadnog balkana|западни балкан|западног балкана
Nordics: nordics|nordic countries|scandinavia|skandinavien
Caribbean: caribbean|the caribbean|west indies; Baltics: baltics|baltic states|baltic countries
US: usa|u.s.|u.s.a.|united states|estados unidos|eeuu
GB: uk|u.k.|united kingdom|great britain|britain|england|scotland|wales|reino unido
GB: großbritannien; IE: ireland|irland; DE: germany|deutschland|deutschlands|alemania|জার্মানি
FR: france|francia|frankreich|frankreichs; ES: spain|españa|spanien|spaniens
DE: allemagne|duitsland|alemanha; FR: frankrijk|frança; ES: espagne|spanje|espanha
PT: portugal; IT: italy|italia
IT: italien|italiens|italie; BE: belgium|belgique|belgië|bélgica
NL: netherlands|the netherlands|holland|niederlande|nederland|pays-bas|países bajos
PL: poland|polen|polens|polonia|polska|polski|polsce; SE: sweden|schweden
DK: denmark|dänemark; FI: finland
NO: norway|norwegen; CH: switzerland|schweiz|suiza|suisse; AT: austria|österreich|österreichs
CZ: czechia|czech republic; RO: romania; UA: ukraine; GR: greece; TR: turkey|türkiye
GR: ελλάδα|ελλάδας|ελλάδος
LU: luxembourg; HU: hungary; SK: slovakia; SI: slovenia; HR: croatia; BG: bulgaria
RS: serbia; EE: estonia; LV: latvia; LT: lithuania; CY: cyprus; MT: malta
IS: iceland; MK: north macedonia|macedonia; AL: albania; MD: moldova
CA: canada|kanada|canadá; MX: mexico|méxico; BR: brazil|brasil|brasilien
AR: argentina; CL: chile; CO: colombia|kolumbien; PE: peru|perú; UY: uruguay
CR: costa rica; EC: ecuador; GT: guatemala; PK: pakistan|پاکستان; PH: philippines|phillipines
IN: india|indien|ভারত; BD: bangladesh|বাংলাদেশ; LK: sri lanka; NP: nepal
SG: singapore; AU: australia|australien; NZ: new zealand; JP: japan; KR: south korea|korea
CN: china; HK: hong kong; TW: taiwan; VN: vietnam|viet nam; TH: thailand
ID: indonesia; MY: malaysia; ZA: south africa; NG: nigeria; KE: kenya; EG: egypt
GH: ghana; MA: morocco; IL: israel; AE: uae|united arab emirates
SA: saudi arabia|ksa; QA: qatar
NO: norge|noreg|norges; SE: sverige|sveriges; DK: danmark|danmarks; IS: ísland
FI: suomi|suomen|suomessa|suomesta; EE: eesti; LV: latvija; LT: lietuva
CZ: česko|česku|čr|česká republika|české republice; SK: slovensko|slovensku
RO: românia|româniei|rumänien; HU: magyarország|magyarországon|magyarországról|ungarn
HR: hrvatska|hrvatskoj; SI: slovenija|sloveniji; CH: svizzera; JP: 日本|国内在住
TW: 台灣|臺灣|台湾|中華民國
TH: ประเทศไทย
KR: 한국|대한민국|국내 거주|국내거주
UA: україна|україні|україни|україну; PL: польща|польщі|польщу
RU: росія|росії; BY: білорусь; KZ: қазақстан|қазақстанда
EG: مصر|جمهورية مصر العربية; SA: السعودية|المملكة العربية السعودية|المملكة
AE: الإمارات|الامارات|الإمارات العربية المتحدة; QA: قطر; KW: الكويت; BH: البحرين
JO: الأردن|الاردن; LB: لبنان; MA: المغرب; TN: تونس; DZ: الجزائر
MA: maroc; TN: tunisie; DZ: algérie|algerie; SN: sénégal
OM: سلطنة عمان|سلطنة عُمان|عُمان; YE: اليمن; IR: ایران|إيران
GCC: gcc|gcc countries|gulf countries|gulf states|gulf region|the gulf|دول الخليج
GCC: الخليج|الخليج العربي|دول مجلس التعاون; MENA: الشرق الأوسط وشمال أفريقيا
VN: việt nam|toàn quốc; ID: seluruh indonesia; South-East Asia: đông nam á|dong nam a
Middle East: الشرق الأوسط|الشرق الاوسط; Middle East: الوطن العربي|أي دولة عربية|الدول العربية
"""
# the names of the countries remote posts most often limit to in the languages the
# readers know (Italian, Spanish, Portuguese, French, German, Dutch, Polish), where they
# differ from the ones above ("remote dalla Spagna", "remoto desde Suecia"); none a
# word of its own in another language ("chili", "inde" are left out)
COUNTRY_NAMES += """
US: stati uniti|états-unis|etats-unis|vereinigte staaten|verenigde staten|eua
GB: regno unito|royaume-uni|vereinigtes königreich|verenigd koninkrijk|inghilterra
GB: angleterre|inglaterra|wielka brytania; IE: irlanda|irlande|ierland|irlandia
DE: germania|niemcy|niemczech|tyskland|saksa; ES: spagna|espanya|hiszpania|hiszpanii
FR: francja|francji|frankrike|ranska; IT: itália|italië|włochy|włoszech
PT: portogallo|portugalia|portugalii; NL: paesi bassi|países baixos|olanda|holanda
NL: holandia|holandii; BE: belgio|belgien|belgia|belgii; AT: autriche|áustria|austrii
CH: suíça|szwajcaria|szwajcarii; PL: pologne|polônia|polónia
SE: suecia|svezia|suède|suécia|zweden|szwecja|szwecji|ruotsi
NO: noruega|norvegia|norvège|noorwegen|norwegia|norwegii
DK: dinamarca|danimarca|danemark|denemarken|danii
FI: finlandia|finlande|finlândia|finnland|finlandii; GR: grecia|grèce|grécia|griechenland
CZ: república checa|repubblica ceca|république tchèque|tschechien|tsjechië|czechy
RO: rumania|rumanía|roumanie|romênia|roménia|rumunia|rumunii
HU: hungría|ungheria|hongrie|hungria|hongarije|węgry; HR: croazia|croacia|croatie|kroatien
BG: bulgarien|bulgarie|bulgária; UA: ucraina|ucrania|ucrânia|ukraina|ukrainie
EE: estland|estonie; LT: litauen|lituanie|lituania|litwa|litwie
LV: lettland|lettonie|lettonia|letonia|łotwa|łotwie
MX: messico|mexique|mexiko|meksyk; BR: brasile|brésil|brazylia|brazylii
AR: argentinien|argentyna|argentynie; CO: colombie|kolumbia|kolumbii; PE: pérou
CA: kanadzie; AU: australie|austrália|australii; JP: giappone|japón|japão|japonia
IN: indiach; ZA: sudafrica|sudáfrica|afrique du sud|südafrika|áfrica do sul
TR: turchia|turquía|turquie|turquia|türkei|turcja; IL: israele
"""
# the rest of ISO 3166-1 in English and the names people write for them ("Ivory Coast",
# "Burma", "DRC"); left out, names that are words or people's names first ("Chad",
# "Jordan", "Guinea") or two places ("Georgia", the US state; "Congo", two countries):
# their capitals and "Papua New Guinea", "Equatorial Guinea" name them
COUNTRY_NAMES += """
RU: russia|russian federation; BY: belarus; BA: bosnia and herzegovina|bosnia & herzegovina
BA: bosnia|bosna i hercegovina; ME: montenegro|crna gora; XK: kosovo; LI: liechtenstein
RS: srbija|srbiji|srbije|srbiju|србија|србији|србије|србију; ME: crnoj gori|crne gore
HR: hrvatske|hrvatsku|хрватска|хрватске; BA: bih|bosni i hercegovini|bosne i hercegovine
BA: босна и херцеговина; MK: северна македонија|македонија
AD: andorra; MC: monaco; SM: san marino; VA: vatican city|holy see; GI: gibraltar
IM: isle of man; FO: faroe islands; GL: greenland; AM: armenia; AZ: azerbaijan
GE: sakartvelo|republic of georgia|georgia (country)|georgia (sakartvelo)|საქართველო
GE: საქართველოში
KZ: kazakhstan; UZ: uzbekistan; KG: kyrgyzstan|kyrgyz republic; TJ: tajikistan
TM: turkmenistan; MN: mongolia; AF: afghanistan; IR: iran; IQ: iraq; SY: syria
LB: lebanon; KW: kuwait; BH: bahrain; OM: oman; YE: yemen; PS: palestine
BT: bhutan; MV: maldives; MM: myanmar|burma; KH: cambodia; LA: laos|lao pdr
BN: brunei|brunei darussalam; TL: timor-leste|east timor; MO: macau|macao
KP: north korea; KR: republic of korea
DZ: algeria; TN: tunisia; LY: libya; SD: sudan; SS: south sudan; ET: ethiopia
ER: eritrea; DJ: djibouti; SO: somalia; UG: uganda; TZ: tanzania; RW: rwanda
BI: burundi; CD: democratic republic of the congo|democratic republic of congo|dr congo|drc
CG: republic of the congo|congo-brazzaville; CF: central african republic; CM: cameroon
GA: gabon; GQ: equatorial guinea; ST: são tomé and príncipe|sao tome and principe
CI: côte d'ivoire|côte d’ivoire|cote d'ivoire|cote d’ivoire|ivory coast; SN: senegal
ML: mali; BF: burkina faso; NE: niger; BJ: benin; TG: togo; SL: sierra leone
LR: liberia; GW: guinea-bissau; GM: gambia|the gambia; MR: mauritania
CV: cape verde|cabo verde; AO: angola; ZM: zambia; ZW: zimbabwe; MW: malawi
MZ: mozambique; NA: namibia; BW: botswana; LS: lesotho; SZ: eswatini|swaziland
MG: madagascar; MU: mauritius; SC: seychelles; KM: comoros
VE: venezuela; BO: bolivia; PY: paraguay; PA: panama; SV: el salvador; HN: honduras
NI: nicaragua; BZ: belize; GY: guyana; SR: suriname; CU: cuba; DO: dominican republic
HT: haiti; JM: jamaica; BS: bahamas|the bahamas; BB: barbados
TT: trinidad and tobago|trinidad & tobago|trinidad; PR: puerto rico
AG: antigua and barbuda; LC: saint lucia|st lucia|st. lucia; GD: grenada
VC: saint vincent and the grenadines|st vincent; KN: saint kitts and nevis|st kitts
DM: dominica; FJ: fiji; PG: papua new guinea; SB: solomon islands; VU: vanuatu
WS: samoa; TO: tonga; KI: kiribati; TV: tuvalu; NR: nauru; PW: palau
MH: marshall islands; FM: micronesia
BM: bermuda; KY: cayman islands; CW: curaçao|curacao; TC: turks and caicos islands
VG: british virgin islands; VI: us virgin islands|u.s. virgin islands; MQ: martinique
GP: guadeloupe; GF: french guiana; NC: new caledonia; PF: french polynesia; GU: guam
GG: guernsey
"""
# cities and states: they place a job in a country, but beside "remote" they are an
# office one may pick instead ("NYC or Remote"), not a limit on where remote work is done;
# a state named after another place is its own country's ("New South Wales", "New Mexico")
# (none that is a word or a name first, or a place in two countries: "Nice", "Phoenix",
# "Sofia", "Georgia", "Birmingham", "Cambridge", "Victoria", "Washington" alone)
CITY_NAMES = """
US: california|new york|nyc|texas|florida|washington state|massachusetts|colorado
US: illinois|oregon|san francisco|sf|seattle|austin|boston|chicago|los angeles|bay area
US: washington dc|washington d.c.|washington, dc|washington, d.c.|new jersey|new mexico|new england
US: alabama|alaska|arizona|arkansas|connecticut|delaware|hawaii|idaho|indiana|iowa|kansas
US: kentucky|louisiana|maine|maryland|michigan|minnesota|mississippi|missouri|montana
US: nebraska|nevada|new hampshire|north carolina|north dakota|ohio|oklahoma|pennsylvania
US: rhode island|south carolina|south dakota|tennessee|utah|vermont|virginia|west virginia
US: wisconsin|wyoming|silicon valley|denver|portland|atlanta|miami|dallas|houston
US: philadelphia|san diego|san jose|minneapolis|detroit|pittsburgh|salt lake city|raleigh
US: nashville|baltimore|st. louis|st louis|kansas city|palo alto|mountain view|menlo park
US: sunnyvale|santa clara|redwood city|brooklyn|manhattan|boulder|ann arbor|santa monica
US: oakland|berkeley|redmond|cupertino|new orleans|las vegas|sacramento|cincinnati
US: cleveland|indianapolis|milwaukee|tampa|orlando|saint paul|twin cities
US: chicagoland|research triangle|puget sound|hampton roads|inland empire
US: dfw|metroplex|dmv area|dmv region|tri-state area|tri state area
CA: gta area|gta region; NL: randstad region|randstad area|de randstad
FR: île-de-france|ile-de-france|région parisienne|region parisienne|paris region
DE: ruhrgebiet|ruhr area|ruhrpott|rhein-main|rhine-main; PL: trójmiasto|trojmiasto|tricity
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
CZ: prague|praha|brno; RS: belgrade|novi sad
CZ: ostrava|plzeň|plzen|olomouc|liberec|pardubice|zlín|zlin|české budějovice
CZ: ceske budejovice|hradec králové|hradec kralove; SK: košice|kosice|žilina|zilina
RO: bucharest|bucurești|bucureşti|bucuresti|cluj|cluj-napoca
UA: kyiv|kiev|lviv|kharkiv|odesa|odessa; GR: athens|thessaloniki; EE: tallinn; LV: riga
LT: vilnius|kaunas; HR: zagreb; SI: ljubljana; SK: bratislava; CY: limassol|nicosia
MT: valletta; TR: istanbul|ankara
RO: iași|iaşi|iasi|timișoara|timişoara|timisoara|brașov|braşov|brasov|constanța|constanţa
RO: sibiu|oradea|craiova
CA: toronto|vancouver|montreal|montréal|ottawa|calgary|edmonton|winnipeg|halifax|waterloo
CA: québec|quebec|ontario|british columbia|alberta
MX: mexico city|ciudad de méxico|guadalajara|monterrey
BR: são paulo|sao paulo|rio de janeiro|florianópolis|belo horizonte|curitiba|porto alegre
AR: buenos aires; CO: bogotá|bogota|medellín|medellin; CL: santiago; PE: lima
UY: montevideo; CR: san josé; EC: quito
IN: bangalore|bengaluru|mumbai|delhi|new delhi|hyderabad|pune|chennai|kolkata|gurgaon
IN: gurugram|noida|ahmedabad|kochi; PK: lahore|karachi|islamabad; LK: colombo
NP: kathmandu; BD: dhaka|ঢাকা; JP: tokyo|osaka|kyoto|東京|大阪; TW: taipei
KR: seoul|서울|부산|인천|경기도
CN: shanghai|beijing|shenzhen; PH: manila|cebu; MY: kuala lumpur
ID: jakarta|bandung|surabaya|yogyakarta|semarang|medan|denpasar|bali
TH: bangkok; VN: ho chi minh city|hanoi|saigon
AU: sydney|melbourne|new south wales|queensland|western australia|brisbane|perth
AU: adelaide|canberra; NZ: auckland|wellington|christchurch
NG: lagos|abuja; KE: nairobi; IL: tel aviv|jerusalem|haifa; AE: dubai|abu dhabi
ZA: cape town|johannesburg|durban; EG: cairo; GH: accra; RW: kigali; MA: casablanca
SA: riyadh|jeddah; QA: doha; JO: amman
"""
# more of the cities postings name most, hubs of every continent ("Geelong", "Pune",
# "Kampala"), and regions of India and Australia a town is written with ("Coimbatore,
# Tamil Nadu"); again none that is a word or a name, nor a town of two countries ("Nice",
# "Reading", "Split", "Hamilton", "Córdoba", "Venice", "Victoria")
CITY_NAMES += """
US: san antonio|fort worth|jacksonville|tucson|albuquerque|omaha|boise|provo|lehi
US: scottsdale|tempe|irvine|pasadena|burbank|culver city|santa barbara|san mateo
US: south san francisco|emeryville|hoboken|jersey city|stamford|bethesda
US: huntsville|knoxville|louisville|fort lauderdale|boca raton|chapel hill
CA: mississauga|kitchener|quebec city|saskatoon|manitoba|nova scotia|new brunswick
GB: brighton|southampton|aberdeen|dundee|coventry|leicester|milton keynes|guildford
GB: swansea|northern ireland; IE: limerick
DE: bonn|hanover|hannover|essen|dortmund|mannheim|heidelberg|freiburg|aachen|bremen
FR: strasbourg|montpellier|rennes|grenoble|sophia antipolis
ES: zaragoza|alicante|granada|murcia|valladolid|las palmas|san sebastián|donostia
PT: coimbra|braga|aveiro|funchal; IT: naples|napoli|genoa|genova|padua|padova|verona
IT: trieste|pisa|bari|catania|palermo
NL: groningen|delft|leiden|haarlem|nijmegen|arnhem|tilburg|breda|maastricht
BE: leuven|liège|mechelen; CH: lugano|winterthur; AT: linz|innsbruck
PL: katowice|lublin|szczecin|bydgoszcz|gdynia; CZ: ostrava|plzeň; SK: košice
RO: iași|iasi|timișoara|timisoara|brașov|brasov; BG: plovdiv|varna; HU: debrecen|szeged
HU: győr|gyor|pécs|miskolc|kecskemét|kecskemet|székesfehérvár|szekesfehervar|nyíregyháza
SE: uppsala|linköping|lund; DK: odense|aalborg; FI: oulu|turku; NO: stavanger
IS: reykjavik|reykjavík; EE: tartu; LT: klaipėda; RS: niš; HR: rijeka
MK: skopje|скопје; AL: tirana; BA: sarajevo; ME: podgorica; XK: pristina|prishtina
RS: beograd|beogradu|beograda|београд|београду|novom sadu|нови сад|новом саду
RS: kragujevac|kragujevcu|крагујевац|subotica|čačak|cacak; BA: banja luka|tuzla|mostar
MD: chișinău|chisinau; BY: minsk; GE: tbilisi; AM: yerevan; AZ: baku
GE: batumi|kutaisi|rustavi|zugdidi|თბილისი|თბილისში|ბათუმი|ბათუმში|ქუთაისი|ქუთაისში
GE: тбилиси|батуми|кутаиси|tbilisi, georgia|batumi, georgia|kutaisi, georgia
AM: gyumri|ереван|երևան; AZ: ganja|баку|bakı
TR: izmir|antalya|bursa|kocaeli|eskişehir|eskisehir|konya|adana|gaziantep|mersin
RU: moscow|novosibirsk
KZ: almaty|astana; UZ: tashkent; KG: bishkek; MN: ulaanbaatar; IR: tehran
IR: isfahan|esfahan|shiraz|mashhad|tabriz|karaj|تهران|اصفهان|شیراز|مشهد|تبریز|کرج
KZ: alma-ata|nur-sultan|shymkent|karaganda|karagandy|aktobe|atyrau|pavlodar
LB: beirut; IQ: baghdad|erbil; KW: kuwait city; BH: manama; OM: muscat; AE: sharjah
SA: dammam|al khobar|khobar|dhahran|jubail|makkah|madinah|abha|neom|kaec
SA: king abdullah economic city
IL: herzliya|ramat gan; PK: rawalpindi|faisalabad|peshawar; BD: chittagong|chattogram
IN: jaipur|lucknow|indore|chandigarh|coimbatore|thiruvananthapuram|trivandrum|mysore
IN: mysuru|nagpur|surat|vadodara|visakhapatnam|bhubaneswar|mohali|navi mumbai|thane
IN: maharashtra|karnataka|tamil nadu|telangana|kerala|gujarat|west bengal|uttar pradesh
IN: haryana|rajasthan|andhra pradesh|odisha|madhya pradesh
JP: yokohama|fukuoka|nagoya|sapporo|saitama|kawasaki, kanagawa|kawasaki, japan
KR: busan|incheon|pangyo|판교|seongnam|bundang|daegu|daejeon|ulsan|suwon
CN: hangzhou|guangzhou|chengdu|nanjing|wuhan|suzhou; TW: hsinchu|taichung|kaohsiung
MY: penang|johor bahru|cyberjaya|petaling jaya; ID: surabaya|bandung|yogyakarta
VN: da nang|đà nẵng; KH: phnom penh; MM: yangon; LK: kandy
AU: geelong|gold coast|hobart|sunshine coast|townsville|wollongong|south australia
AU: tasmania|northern territory|australian capital territory; NZ: dunedin|tauranga
FJ: suva; PG: port moresby
MX: puebla|querétaro|queretaro|tijuana
CO: barranquilla|bucaramanga; BR: brasília|brasilia|campinas|recife|fortaleza
BR: manaus|goiânia|goiania|maceió|teresina|joão pessoa|joao pessoa|são luís|cuiabá|aracaju
BR: belém, pa|belem, pa|belém do pará|natal, rn|vitória, es|campo grande, ms|londrina|joinville
VE: caracas; PY: asunción|asuncion; EC: guayaquil; BO: santa cruz de la sierra
SV: san salvador; HN: tegucigalpa; NI: managua; DO: santo domingo; CU: havana|la habana
GT: guatemala city
UG: kampala; TZ: dar es salaam|arusha; ET: addis ababa; CD: kinshasa; AO: luanda
ZW: harare; ZM: lusaka; MZ: maputo; SN: dakar; CI: abidjan; CM: douala|yaoundé
TN: tunis; DZ: algiers; MA: rabat|marrakech|marrakesh|tangier; ZA: pretoria|stellenbosch
NG: port harcourt|ibadan|enugu; GH: kumasi|takoradi|cape coast; MG: antananarivo
MU: port louis; KE: nakuru|eldoret; UG: entebbe; TZ: dodoma|zanzibar; ZW: bulawayo
ZA: gqeberha|port elizabeth; CA: brampton|markham; TH: chiang mai
NA: windhoek; BW: gaborone; KE: mombasa|kisumu; ML: bamako; BF: ouagadougou
TG: lomé; BJ: cotonou; SL: freetown; LR: monrovia; GN: conakry; TD: n'djamena|ndjamena
UA: dnipro|zaporizhzhia|vinnytsia|ivano-frankivsk|ternopil|chernivtsi|uzhhorod|lwów|lwow
IN: krishnagiri|hosur|vellore|madurai|tiruchirappalli|tiruppur; MY: subang jaya|shah alam|ipoh
TT: port of spain|chaguanas; BB: bridgetown; JM: kingston, jamaica|montego bay
UG: gulu|mbarara|mbale|arua|masaka|hoima|fort portal|soroti|kabale|wakiso|mukono
UG: jinja, uganda|jinja city|jinja town|lira, uganda|lira city|lira town
"""
# the cities of Ukraine, Poland and their neighbours in Cyrillic, as Ukrainian and
# Russian postings write them, with the cases a place line takes ("у Києві": in Kyiv);
# regions.SAME_CITY gives each its Latin name
CITY_NAMES += """
UA: київ|києві|києва|киев|киеве|львів|львові|львова|львов|харків|харкові|харькове|харьков
UA: одеса|одесі|одесса|одессе|дніпро|дніпрі|днепр|запоріжжя|вінниця|вінниці
UA: івано-франківськ|тернопіль|чернівці|ужгород
PL: варшава|варшаві|варшаве|краків|кракові|краков|вроцлав; BY: мінськ|минск
RU: москва|москві|москве|санкт-петербург; KZ: алмати|алматы
KZ: алма-ата|алма-ате|астана|астане|астаны|нур-султан|шымкент|шымкенте|караганда
KZ: караганде|актобе|атырау|павлодар; KG: бишкек|бишкеке; UZ: ташкент|ташкенте
"""
# the cities of Greece and Cyprus in Greek and in their Greek-Latin spellings, with the cases a
# place line takes ("στην Αθήνα", "της Αθήνας": in, of Athens), and the Athens metro's
# towns its offices sit in; regions.SAME_CITY and METRO_OF give each its city
CITY_NAMES += """
GR: αθήνα|αθήνας|athina|θεσσαλονίκη|θεσσαλονίκης|thessaloniki|πειραιάς|πειραιά|piraeus
GR: πάτρα|πάτρας|patras|ηράκλειο|ηρακλείου|heraklion|μαρούσι|marousi|maroussi|χαλάνδρι
GR: chalandri|κηφισιά|κηφισιάς|kifisia|kifissia|γλυφάδα|γλυφάδας|glyfada|αττική|αττικής
GR: attica|attiki
CY: λευκωσία|λευκωσίας|λεμεσός|λεμεσού|λάρνακα|λάρνακας|larnaca|larnaka|πάφος|πάφου|paphos
"""
# the cities a Japanese posting's 勤務地 line names, in kanji, and the wards and districts
# of Tokyo its offices sit in ("東京都渋谷区", "恵比寿"), as the districts of Seoul a Korean
# posting's offices do ("강남", "여의도"); regions.SAME_CITY gives each its Latin name ("大阪府"
# and "京都府" are their cities' prefectures: the city's name stands in them; "川崎" and
# "千葉" are surnames too, so towns only with "市")
CITY_NAMES += """
JP: 横浜|福岡|名古屋|京都|札幌|神戸|川崎市|仙台|さいたま|広島|千葉市|北九州|渋谷|新宿|品川
JP: 六本木|丸の内|恵比寿|五反田|大手町|秋葉原|池袋|目黒|表参道|sendai|hiroshima
KR: 강남|서초|송파|여의도|마포|을지로|구로|영등포|성동|성수|용산|종로|성남|분당|대구|대전|울산|수원
"""
# the cities of Taiwan as a 104 or Cake posting's 上班地點 writes them, in either script
# ("台北市內湖區", "臺北"), and Taipei's office districts; Taichung and Tainan only with
# their 市, as "平台中" (in the platform) holds "台中"
CITY_NAMES += """
TW: 台北|臺北|新北|新竹|台中市|臺中市|高雄|桃園|台南市|臺南市|內湖|南港|信義區|板橋|汐止
TW: new taipei|taoyuan|tainan|neihu|nangang|banqiao|xizhi
"""
# mainland China's cities as a Boss直聘 or 智联 posting's 工作地点 writes them, in either
# script ("上海市浦东新区", "廣州"); a street named after one ("杭州南路" in Taipei) is none
# (regions._an_institution)
CITY_NAMES += """
CN: 上海|北京|杭州|苏州|蘇州|深圳|广州|廣州|成都
"""
# Thailand's cities and Bangkok's office districts as JobsDB, JobThai and LinkedIn write
# them, in Thai ("กรุงเทพมหานคร", "กทม.", "เขตบางนา") and in Latin letters ("Sathorn", "BTS
# Asok"); a Thai name is found inside the words around it, as Thai writes no spaces
CITY_NAMES += """
TH: กรุงเทพ|กทม|เชียงใหม่|นนทบุรี|ภูเก็ต|ขอนแก่น|ชลบุรี|พัทยา|สาทร|สีลม|อโศก|บางนา
TH: nonthaburi|phuket|khon kaen|chonburi|pattaya|sathorn|silom|asok|asoke|bang na|bangna|bkk
"""
# towns of 50,000 to 300,000 people in the countries whose postings name them most
# (the UK's and Ireland's, Australia's, Canada's, New Zealand's and the EU's larger
# ones), by the same rule: none that is a word, a name or a town of two countries
# ("Reading", "Bath", "Derby", "Newcastle", "Kingston", "Surrey", "Worcester", "Nice");
# "Croydon" and "Potsdam" alone are London's and Berlin's (regions.METRO_OF)
CITY_NAMES += """
GB: croydon|cheltenham|gloucester|swindon|northampton|ipswich|norwich|exeter|plymouth
GB: bournemouth|poole|portsmouth|luton|watford|slough|basingstoke|crawley|stevenage
GB: chelmsford|colchester|maidstone|canterbury|stoke-on-trent|wolverhampton|sunderland
GB: middlesbrough|huddersfield|bradford|wakefield|doncaster|rotherham|barnsley|blackpool
GB: blackburn|bolton|stockport|warrington|oldham|salford|wigan|telford|shrewsbury
GB: inverness|dunfermline|falkirk|wrexham|harrogate|farnborough|bracknell|woking
GB: wycombe|hemel hempstead|st albans|southend-on-sea|eastbourne|worthing|lisburn
GB: londonderry|newry|gateshead|solihull|west bromwich|milton keynes|chester|lancashire
IE: waterford|drogheda|dundalk|kilkenny|sligo|athlone|letterkenny|navan|tralee|ennis
AU: ballarat|bendigo|toowoomba|cairns|rockhampton|bunbury|mandurah|albury|wagga wagga
AU: parramatta|launceston, tas|newcastle, nsw|alice springs
AU: darwin, nt|darwin, northern territory|darwin, australia
CA: guelph|barrie|oshawa|oakville|sudbury|thunder bay|kelowna|kamloops|nanaimo
CA: abbotsford|gatineau|sherbrooke|moncton|fredericton|charlottetown|lethbridge
CA: yellowknife|whitehorse|iqaluit
CA: brantford|kingston, on|kingston, ontario|windsor, on|windsor, ontario
NZ: palmerston north|napier|rotorua|new plymouth|whangarei|invercargill|queenstown
DE: potsdam|wiesbaden|mainz|kiel|lübeck|rostock|magdeburg|erfurt|braunschweig|kassel
DE: würzburg|regensburg|ingolstadt|darmstadt|osnabrück|oldenburg|paderborn|bielefeld
DE: münster|augsburg|wuppertal|bochum|duisburg|gelsenkirchen|jena
FR: rouen|reims|havre|dijon|angers|brest|clermont-ferrand|metz|caen|orléans|avignon
FR: perpignan|besançon|limoges|poitiers|annecy
IT: parma|modena|brescia|bergamo|vicenza|perugia|cagliari|salerno|ancona|trento|bolzano
IT: firenze|venezia|pescara|varese|pavia|lecco|sondrio|cremona|novara|mantova
ES: vigo|gijón|oviedo|santander|pamplona|coruña|salamanca|burgos|cádiz|tarragona|girona
NL: zwolle|amersfoort|apeldoorn|enschede|dordrecht|almere|leeuwarden|'s-hertogenbosch
NL: den haag|'s-gravenhage|zaandam|zeist|hilversum|zoetermeer|alkmaar
BE: charleroi|namur|bruges|brugge; PL: rzeszów|białystok|toruń|kielce|opole|olsztyn
SE: umeå|västerås|örebro|norrköping|helsingborg|jönköping|luleå|sundsvall|gävle
US: perth amboy
"""
# the satellite towns of the metros postings place offices in most ("Round Rock, TX" is
# Austin's, "Solna" Stockholm's: regions.METRO_OF), a town that is a word, a name or a
# place elsewhere only with its state ("Cambridge, MA", "Bellevue, WA", "Markham, ON")
CITY_NAMES += """
US: round rock|cedar park|cambridge, ma|cambridge, massachusetts|waltham, ma
US: bellevue, wa|bellevue, washington|kirkland, wa|arlington, va|arlington, virginia
US: mclean, va|tysons|tysons corner|alexandria, va|foster city|san bruno
US: evanston|irving, tx|long beach, ca|long beach, california
NL: schiphol|amstelveen|hoofddorp; FI: vantaa; SE: solna|kista|sundbyberg; NO: sandnes
FR: la défense|la defense|boulogne-billancourt|issy-les-moulineaux|levallois-perret
FR: neuilly-sur-seine
CA: markham, on|markham, ontario|vaughan, on|burnaby
CA: longueuil|brossard|terrebonne|boucherville|pointe-claire|repentigny
PT: sintra|oeiras|cascais|amadora; ES: alcobendas|pozuelo de alarcón|sant cugat del vallès
DK: kongens lyngby|lyngby; DE: unterföhring|garching|eschborn
IE: sandyford; IN: hinjewadi|magarpatta
"""
# where most remote freelancers outside the West live: the cities of the Philippines,
# Indonesia, Vietnam, Nigeria, Pakistan, Bangladesh and Egypt a profile names, and the
# member cities of their metros (regions.METRO_OF); "Alexandria" and "Hyderabad" are
# towns of two countries, "Hue" and "Jos" words or names; Pakistan's provinces a town is
# written with ("Sukkur, Sindh"; "Punjab" is India's too) and its cities in Urdu's script
CITY_NAMES += """
PH: quezon city|makati|makati city|pasig|pasig city|taguig|taguig city|bonifacio global city
PH: caloocan|mandaluyong|parañaque|paranaque|las piñas|las pinas|marikina|muntinlupa|pasay
PH: cebu city|mandaue|lapu-lapu|davao|davao city|cagayan de oro|iloilo city|bacolod|baguio
ID: medan|bekasi|tangerang|depok|bogor|semarang|makassar|denpasar|malang|palembang
ID: dki jakarta|jakarta raya|jakarta selatan|jakarta pusat|jakarta barat|jakarta timur
ID: jakarta utara|jaksel|jakpus|jakbar|jaktim|jakut|tangerang selatan|tangsel|bsd city
ID: serpong|bintaro|cikarang|cibubur|jabodetabek|canggu|seminyak|ubud
VN: hai phong|haiphong|can tho|nha trang|bien hoa|hải phòng|cần thơ|biên hòa|nha trang
VN: ho chi minh|hồ chí minh|thành phố hồ chí minh|tp hồ chí minh|tp. hồ chí minh|tp.hcm
VN: tp. hcm|tp hcm|tphcm|hcmc|sài gòn|sai gon|thủ đức|thành phố thủ đức|bình thạnh
VN: phú nhuận|tân bình|gò vấp|tân phú|bình tân|quận 1|quận 2|quận 3|quận 4|quận 5|quận 6
VN: quận 7|quận 8|quận 10|quận 11|quận 12
VN: hà nội|ha noi|cầu giấy|hoàn kiếm|đống đa|ba đình|thanh xuân|nam từ liêm
VN: bắc từ liêm|hai bà trưng|hải châu|sơn trà
NG: kano|benin city|kaduna|abeokuta|ikeja|lekki|ikorodu|owerri|uyo|ilorin|onitsha|warri
GH: east legon|spintex|greater accra
PK: multan|gujranwala|sialkot|quetta|sargodha|sindh|khyber pakhtunkhwa|balochistan
PK: کراچی|لاہور|اسلام آباد|راولپنڈی|فیصل آباد|پشاور|ملتان|کوئٹہ
BD: sylhet|khulna|rajshahi|gazipur|narayanganj|cumilla|comilla
EG: giza|new cairo|nasr city|heliopolis|maadi|6th of october|sheikh zayed|mansoura|tanta
EG: port said|hurghada|luxor|aswan|smart village|fifth settlement
EG: القاهرة|الجيزة|القاهرة الجديدة|مدينة نصر|المعادي|مصر الجديدة|التجمع الخامس|الشيخ زايد
EG: السادس من أكتوبر|6 أكتوبر|القرية الذكية|الإسكندرية|الاسكندرية|المنصورة|طنطا
SA: الرياض|جدة|الدمام|الخبر|الظهران|الجبيل|مكة المكرمة|المدينة المنورة|أبها|نيوم
AE: دبي|أبوظبي|ابوظبي|أبو ظبي|الشارقة; QA: الدوحة
OM: مسقط|صلالة; YE: صنعاء|عدن; JO: عمّان|إربد|اربد|الزرقاء; KW: مدينة الكويت; BH: المنامة
"""
# Nepal's towns, and Kathmandu Valley's office districts as merojob's and kumarijob's
# place lines write them ("New Baneshwor, Kathmandu", "Jhamsikhel, Lalitpur": Lalitpur
# alone is India's town too, and Patan Gujarat's); and India's cities as Hindi posts
# write them (Hyderabad's "हैदराबाद" is Sindh's too)
CITY_NAMES += """
NP: pokhara|biratnagar|bhaktapur|birgunj|butwal|dharan|hetauda|itahari|nepalgunj|chitwan
NP: kirtipur|kathmandu valley|baneshwor|new baneshwor|thamel|putalisadak|kamaladi|lazimpat
NP: baluwatar|maharajgunj|koteshwor|tinkune|jhamsikhel|sanepa|kupondole|jawalakhel
NP: pulchowk|ekantakuna|satdobato|suryabinayak|काठमाडौं|काठमाडौँ|पोखरा|भक्तपुर|विराटनगर
IN: दिल्ली|नई दिल्ली|मुंबई|लखनऊ|जयपुर|पुणे|नोएडा|गुरुग्राम|बेंगलुरु|कोलकाता|चेन्नई|इंदौर
IN: अहमदाबाद|भोपाल|पटना|कानपुर|चंडीगढ़
"""
# Morocco's towns as ReKrute's and Emploi.ma's place lines write them, in French and in
# Arabic, and Casablanca's offshoring parks ("Casanearshore", "Sidi Maârouf"); "Technopark"
# only with its town, as Trivandrum has one too
CITY_NAMES += """
MA: tanger|fès|meknès|meknes|agadir|oujda|kénitra|kenitra|tétouan|tetouan|mohammedia
MA: el jadida|casanearshore|sidi maârouf|sidi maarouf|technopark casablanca|technopolis rabat
MA: الدار البيضاء|الرباط|مراكش|طنجة|فاس|أكادير|اكادير|مكناس|وجدة
"""
# a town of two countries, or one that is a surname ("Croydon" is London's and
# Melbourne's, "Potsdam" Berlin's and New York State's, "Irving" a name), only with the
# state, province or country that says which: regions.METRO_OF gives each its metro
CITY_NAMES += """
GB: croydon, uk|croydon, england|croydon, london|croydon, greater london|croydon, surrey
GB: cambridge, uk|cambridge, england|cambridge, cambridgeshire|perth, uk|perth, scotland
GB: richmond, london|richmond upon thames|richmond-upon-thames|hamilton, scotland
GB: brampton, cumbria
AU: croydon, vic|croydon, victoria|croydon, nsw|croydon, new south wales
AU: perth, wa|perth, western australia|perth, australia
DE: potsdam, germany|potsdam, deutschland|potsdam, brandenburg
US: potsdam, ny|potsdam, new york|herndon, va|herndon, virginia|irving, texas
US: plano, tx|plano, texas|reston, va|reston, virginia|richmond, va|richmond, virginia
US: richmond, ca|richmond, california|cambridge, md|london, ky|london, kentucky
CA: brampton, on|brampton, ontario|brampton, canada|london, on|london, ontario
CA: london, canada|hamilton, on|hamilton, ontario|hamilton, canada|cambridge, on
CA: cambridge, ontario|richmond, bc|richmond, british columbia|richmond hill
CA: laval, qc|laval, québec|laval, quebec|laval, canada|laval (qc)|laval (québec)
NZ: hamilton, nz|hamilton, new zealand|hamilton, waikato
GB: reading, uk|reading, england|reading, berkshire|bath, uk|bath, england|bath, somerset
GB: birmingham, uk|birmingham, england|birmingham, west midlands|newcastle upon tyne
GB: newcastle-upon-tyne|newcastle, uk|newcastle, england|derby, uk|derby, england
GB: york, uk|york, england|york, north yorkshire|kingston upon hull|hull, uk
GB: kingston upon thames|durham, uk|durham, england|lancaster, uk|lancaster, england
GB: worcester, uk|worcester, england|newport, wales|stirling, scotland|windsor, uk
GB: windsor, berkshire|peterborough, uk|peterborough, england
US: birmingham, al|birmingham, alabama|worcester, ma|durham, nc|lancaster, pa
CA: peterborough, on|peterborough, ontario
PK: hyderabad, sindh|hyderabad (sindh)|hyderabad, pakistan
NP: lalitpur, nepal|lalitpur, bagmati|patan, nepal|patan, lalitpur|patan (lalitpur)
MX: zapopan|tlaquepaque|san pedro tlaquepaque|tlajomulco|guadalajara, jal
MX: guadalajara, jalisco|jalisco
AR: caba|capital federal|gran buenos aires|la plata|mar del plata|córdoba, córdoba
AR: cordoba, cordoba|córdoba, argentina|cordoba, argentina|rosario, santa fe|neuquén
AR: palermo, caba|palermo, buenos aires
US: ontario, ca|ontario, california|ontario, or|ontario, oregon|paris, tx|paris, texas
US: paris, tn|paris, tennessee|paris, ky|paris, kentucky|berlin, nh|berlin, ct|berlin, md
US: alberta, va|manitoba, mi|victoria, tx|victoria, texas|toronto, oh|toronto, ohio
US: vancouver, wa|vancouver, washington|waterloo, ia|waterloo, iowa|hamilton, oh
US: kingston, ny|kingston, new york|windsor, ct|london, oh|london, ohio
CA: paris, ontario
"""
# Malaysia's towns as its postings name them: the Klang Valley's (one commute with Kuala
# Lumpur, regions.METRO_OF), Penang's by its Malay name and its office park, the others;
# its states and federal territories are regions, no town ("Klang" alone is German for a
# sound, "Sabah" Turkish and Arabic for morning: left out)
CITY_NAMES += """
MY: putrajaya|shah alam|subang jaya|klang valley|bangsar south|mont kiara|pulau pinang
MY: bayan lepas|iskandar puteri|ipoh|kuching|kota kinabalu|seremban|melaka
"""
# the regions of Europe's, Mexico's and Japan's countries (autonomous communities,
# regions, voivodeships, Länder, provinces, states, prefectures) by their own names and
# the English ones, and towns whose names are another's with a word more ("Santiago de
# Compostela", "Frankfurt (Oder)"): a region is no town to commute to
# (regions.REGIONS_OF_TOWNS); left out, names that are a word or another place first
# ("Marche", "Limburg", "La Rioja")
REGION_NAMES = """
ES: comunitat valenciana|comunidad valenciana|valencian community|catalunya|cataluña
ES: catalonia|euskadi|país vasco|pais vasco|basque country|andalucía|andalucia|andalusia
ES: comunidad de madrid|galicia|asturias|cantabria|navarra|aragón|castilla y león
ES: castilla-la mancha|extremadura|región de murcia|islas canarias|canarias|canary islands
ES: illes balears|islas baleares|balearic islands
ZA: western cape|gauteng|kwazulu-natal|eastern cape|northern cape|limpopo|mpumalanga
IT: lombardia|lombardy|piemonte|piedmont|veneto|emilia-romagna|toscana|tuscany|lazio
IT: campania|sicilia|sicily|sardegna|sardinia|puglia|apulia|liguria|friuli-venezia giulia
IT: trentino-alto adige|trentino|südtirol|alto adige|abruzzo|calabria|umbria|basilicata
PL: mazowieckie|mazowsze|masovia|mazovia|masovian voivodeship|małopolskie|malopolskie
PL: małopolska|lesser poland|śląskie|slaskie|silesia|dolnośląskie|dolnoslaskie
PL: lower silesia|wielkopolskie|wielkopolska|greater poland|pomorskie|pomerania|łódzkie
PL: lodzkie|zachodniopomorskie|kujawsko-pomorskie|lubelskie|podkarpackie|podlaskie
PL: warmińsko-mazurskie|warminsko-mazurskie|świętokrzyskie|opolskie|lubuskie
BE: wallonie|wallonia|wallonië|région wallonne|vlaanderen|flanders|flandre
BE: brussels-capital region|région de bruxelles-capitale
DE: baden-württemberg|baden-wuerttemberg|nordrhein-westfalen|north rhine-westphalia|nrw
DE: hessen|hesse|niedersachsen|lower saxony|sachsen|saxony|thüringen|thuringia
DE: rheinland-pfalz|rhineland-palatinate|schleswig-holstein|mecklenburg-vorpommern
DE: saarland|sachsen-anhalt|saxony-anhalt
NL: noord-holland|north holland|zuid-holland|south holland|noord-brabant|north brabant
NL: gelderland|overijssel|friesland|fryslân|drenthe|flevoland|zeeland
FR: auvergne-rhône-alpes|provence-alpes-côte d'azur|occitanie|nouvelle-aquitaine
FR: hauts-de-france|grand est|bretagne|brittany|normandie|normandy|pays de la loire
FR: bourgogne-franche-comté|centre-val de loire
MX: veracruz|nuevo león|nuevo leon|yucatán|yucatan|estado de méxico|edomex|quintana roo
MX: baja california|sonora|coahuila|sinaloa|guanajuato|oaxaca|chiapas|michoacán
MX: tamaulipas|aguascalientes|san luis potosí
JP: 神奈川|愛知県|埼玉県|兵庫県|北海道|千葉県|静岡県|茨城県|宮城県|広島県
MY: selangor|johor|sarawak|wilayah persekutuan
"""
CITY_NAMES += REGION_NAMES
CITY_NAMES += """
ES: valència|santiago de compostela|a coruña|la coruña|córdoba, spain|córdoba, españa
ES: cordoba, spain|córdoba, andalucía; MX: córdoba, veracruz|cordoba, veracruz
BR: salvador, bahia|salvador, ba|salvador da bahia; VE: valencia, venezuela
CR: san josé, costa rica|san jose, costa rica
DE: frankfurt (oder)|frankfurt/oder|frankfurt an der oder|frankfurt am main
"""
# the towns around big cities offices sit in (a metro's business parks and suburbs),
# each named with its metro in regions.METRO_OF
CITY_NAMES += """
FR: villeurbanne|vénissieux|venissieux|écully|ecully|vaulx-en-velin|saint-priest|limonest
FR: caluire-et-cuire|dardilly|oullins|tassin-la-demi-lune|rillieux-la-pape|décines-charpieu
FR: champagne-au-mont-d'or|nanterre|courbevoie|puteaux|montreuil|ivry-sur-seine
FR: rueil-malmaison|saint-cloud|clichy|massy|saclay|vélizy-villacoublay|velizy-villacoublay
FR: saint-ouen|pantin|montrouge|malakoff|vincennes|guyancourt|noisy-le-grand
FR: marne-la-vallée|cergy|créteil|arcueil|gennevilliers|suresnes|châtillon|labège|blagnac
FR: mérignac|pessac|saint-herblain|villeneuve-d'ascq|aix-en-provence
ES: las rozas|tres cantos|getafe|leganés|móstoles|alcalá de henares|majadahonda
ES: san sebastián de los reyes|boadilla del monte|fuenlabrada|l'hospitalet de llobregat
ES: hospitalet de llobregat|sant joan despí|cornellà de llobregat|badalona
IT: sesto san giovanni|assago|segrate|cinisello balsamo|san donato milanese|rozzano
IT: cologno monzese|basiglio|vimercate|fiumicino|monza|rho|cernusco sul naviglio
IT: peschiera borromeo|agrate brianza|arese|corsico|buccinasco|lainate|bollate
DE: ismaning|aschheim|oberhaching|unterschleißheim|taufkirchen|planegg|martinsried
DE: grünwald|ottobrunn|garching bei münchen|schönefeld|teltow|kleinmachnow|hennigsdorf
DE: offenbach am main|bad homburg|oberursel|neu-isenburg|ratingen|neuss|leverkusen
DE: böblingen|sindelfingen|leinfelden-echterdingen|ludwigsburg|norderstedt
CH: oerlikon|altstetten|wallisellen|dübendorf|schlieren|kloten|glattbrugg|opfikon|dietikon
CH: baar|rotkreuz|zug zg|zug, zg|zug, switzerland|zug, schweiz
ZA: bellville|durbanville|century city|tyger valley|tygervalley|milnerton|brackenfell
ZA: somerset west|sandton|randburg|midrand|centurion|umhlanga|joburg|jozi|tshwane
TR: avrupa yakası|anadolu yakası|kadıköy|kadikoy|üsküdar|uskudar|ataşehir|atasehir|maltepe
TR: kartal|pendik|ümraniye|umraniye|beşiktaş|besiktas|şişli|sisli|levent|maslak|sarıyer
TR: sariyer|bakırköy|bakirkoy|beylikdüzü|beylikduzu|kağıthane|kagithane|çankaya|cankaya
TR: bornova|karşıyaka|karsiyaka
RO: pipera|voluntari|otopeni|chiajna|popești-leordeni|popesti-leordeni
CZ: smíchov|smichov|karlín|karlin|holešovice|holesovice|dejvice|vinohrady|žižkov
CZ: zizkov|pankrác|pankrac|chodov|vysočany|vysocany|anděl|andel|průhonice|pruhonice
CO: chapinero|usaquén|usaquen|teusaquillo|chía|envigado|sabaneta|itagüí|itagui|manizales
CO: santiago de cali|cali, valle|cali, valle del cauca|cali, colombia|valle del cauca
CO: cartagena de indias|cartagena, bolívar|cartagena, colombia|antioquia|cundinamarca
AE: ajman|difc|dmcc|jlt|jumeirah lake towers|jumeirah lakes towers|dubai marina|business bay
AE: al quoz|al barsha|deira|bur dubai|jebel ali|dubai south|dubai internet city|tecom
AE: dubai media city|dubai silicon oasis|dubai design district|dubai knowledge park
AE: dubai healthcare city|adgm|masdar city|al maryah island|mussafah|khalifa city|yas island
SA: king abdullah financial district|kafd; QA: lusail
CL: las condes|providencia, santiago|providencia, chile|ñuñoa|nunoa|vitacura|santiago centro
CL: lo barnechea|huechuraba|región metropolitana|region metropolitana|santiago, rm
PE: miraflores, lima|san isidro, lima|santiago de surco|surco|barranco, lima|san borja
PE: la molina|surquillo|jesús maría, lima|magdalena del mar|lima metropolitana|callao
"""
# Chile's and Peru's other towns (Concepción and Trujillo with their country or region,
# as other countries have a town of each name)
CITY_NAMES += """
CL: valparaíso|valparaiso|viña del mar|vina del mar|concepción, chile|concepcion, chile
CL: concepción, biobío|concepción, bío bío|biobío|bío bío|antofagasta|temuco|la serena
CL: puerto montt|rancagua
PE: arequipa|cusco|cuzco|chiclayo|piura|trujillo, perú|trujillo, peru|trujillo, la libertad
"""
# Israel's towns in English and Hebrew, and Hebrew's "in" (ב) and "from" (מ) before a name,
# as its posts write them ("בתל אביב", "מישראל"); "ת"א" and "TLV" are Tel Aviv
CITY_NAMES += """
IL: petah tikva|petach tikva|petah tiqva|be'er sheva|beer sheva|beersheba|ra'anana|raanana
IL: herzliya pituach|tel aviv-yafo|tlv|gush dan|rishon lezion|rishon le zion|rishon letzion
IL: holon|bnei brak|bnei berak|bat yam|givatayim|modi'in|modiin|rehovot|kfar saba|netanya
IL: ashdod|hod hasharon|rosh haayin|ness ziona|nes ziona
IL: ראשון לציון|בראשון לציון|חולון|בחולון|בני ברק|בבני ברק|בת ים|בבת ים|גבעתיים|בגבעתיים
IL: מודיעין|במודיעין|רחובות|ברחובות|כפר סבא|בכפר סבא|נתניה|בנתניה|אשדוד|באשדוד
IL: תל אביב|בתל אביב|מתל אביב|תל אביב-יפו|ת"א|בת"א|ירושלים|בירושלים|מירושלים|חיפה|בחיפה
IL: מחיפה|רמת גן|ברמת גן|הרצליה|בהרצליה|הרצליה פיתוח|פתח תקווה|בפתח תקווה|פתח תקוה
IL: באר שבע|בבאר שבע|רעננה|ברעננה|גוש דן|בגוש דן
"""
COUNTRY_NAMES += """
IL: ישראל|בישראל|מישראל
"""

# the countries Russian-language posts limit to, as named; their other cases are read by
# their endings ("из Грузии или Армении", "в Казахстане", "граждане Узбекистана", "по
# Украине"), as a suffix table cannot miss a form the way a list of them does
RUSSIAN_NAMES = """
RU: россия; BY: беларусь|белоруссия; UA: украина; PL: польша; MD: молдова|молдавия
KZ: казахстан; KG: кыргызстан|киргизия; UZ: узбекистан; TJ: таджикистан
TM: туркменистан; GE: грузия; AM: армения; AZ: азербайджан
LT: литва; LV: латвия; EE: эстония
"""


# the words for a country's people, in English ("Canadian residents", "Brazilian nationals
# only"): a country only before the words of whom a post is open to, never in prose ("a
# Canadian company", "Israeli founders", "German preferred": a language)
DEMONYM_NAMES = """
US: american; CA: canadian; MX: mexican; BR: brazilian; AR: argentine|argentinian
CO: colombian; CL: chilean; PE: peruvian; UY: uruguayan; CR: costa rican
GB: british; IE: irish; DE: german; FR: french; PT: portuguese; IT: italian
NL: dutch; ES: spanish
BE: belgian; CH: swiss; AT: austrian; PL: polish; SE: swedish; DK: danish
NO: norwegian; FI: finnish; CZ: czech; RO: romanian; UA: ukrainian; GR: greek
TR: turkish; IL: israeli; IN: indian; PK: pakistani; BD: bangladeshi; PH: filipino
ID: indonesian; VN: vietnamese; TH: thai; MY: malaysian; SG: singaporean; JP: japanese
KR: south korean|korean; AU: australian; NZ: new zealander|kiwi; ZA: south african
NG: nigerian; KE: kenyan; GH: ghanaian; EG: egyptian; MA: moroccan; AE: emirati
SA: saudi
"""
# and in Spanish and Portuguese, whose plurals add an "s" as English does ("se buscan
# colombianos y mexicanos", "abierto a argentinos", "vagas para brasileiros")
DEMONYM_NAMES += """
CO: colombiano|colombiana; MX: mexicano|mexicana; AR: argentino|argentina
PE: peruano|peruana; CL: chileno|chilena; UY: uruguayo|uruguaya; PY: paraguayo|paraguaya
BO: boliviano|boliviana; EC: ecuatoriano|ecuatoriana; VE: venezolano|venezolana
CR: costarricense; PA: panameño|panameña; GT: guatemalteco|guatemalteca
HN: hondureño|hondureña; SV: salvadoreño|salvadoreña; NI: nicaragüense
DO: dominicano|dominicana; CU: cubano|cubana; BR: brasileño|brasileña|brasileiro|brasileira
US: estadounidense; CA: canadiense
"""


def name_table(names: str) -> dict[str, str]:
    """Each name as listed, lower case ("cluj-napoca") -> its code or bloc; a Greek name
    also without its accents, as Greek capitals drop them ("ΑΘΗΝΑ" is "αθηνα")."""
    table = {
        name: place.strip()
        for entry in names.replace("\n", ";").split(";")
        if entry.strip()
        for place, listed in [entry.split(":")]
        for name in listed.strip().split("|")
    }
    return table | {_unaccented(name): place for name, place in table.items() if _greek(name)}


def _greek(name: str) -> bool:
    return any("\u0370" <= c <= "\u03ff" or "\u1f00" <= c <= "\u1fff" for c in name)


def _unaccented(name: str) -> str:
    """A name without its accents and diaereses ("θεσσαλονίκη" -> "θεσσαλονικη")."""
    return normalize("NFC", "".join(c for c in normalize("NFD", name) if not combining(c)))


def _with_codes(cities: str, countries: str) -> str:
    """The towns listed with their country's name ("cali, colombia"), as again with
    its code ("cali, co"): "Cali, CO" is Colombia's, not Colorado's, as "Trujillo,
    PE" is Peru's, not Prince Edward Island's; a name the table lists already keeps
    its place ("richmond, ca" is California's)."""
    country_of = name_table(countries)
    listed = name_table(cities)
    coded = {
        f"{town}, {code.lower()}": code
        for name, code in listed.items()
        for town, _, country in [name.rpartition(", ")]
        if town and len(code) == 2 and country_of.get(country) == code
    }
    return "".join(f"{code}: {name}\n" for name, code in coded.items() if name not in listed)


# a nominative's ending -> the endings of its genitive, dative, accusative, instrumental
# and prepositional ("-ия": "Грузии", "Грузию", "Грузией"); "" is a consonant's
_RUSSIAN_CASES = {
    "ия": ("ия", "ии", "ию", "ией"),
    "ь": ("ь", "и", "ью"),
    "ша": ("ша", "ши", "ше", "шу", "шей"),  # "Польша": "Польши", not "Польшы"
    "а": ("а", "ы", "е", "у", "ой"),
    "": ("", "а", "е", "у", "ом"),
}


def _russian_cases(names: str) -> str:
    """The table's Russian names in all their cases, as the table's lines."""
    lines = []
    for name, code in name_table(names).items():
        ending = next(end for end in _RUSSIAN_CASES if name.endswith(end))
        stem = name[: len(name) - len(ending)]
        lines.append(f"{code}: {'|'.join(stem + case for case in _RUSSIAN_CASES[ending])}")
    return "\n".join(lines) + "\n"


COUNTRY_NAMES += _russian_cases(RUSSIAN_NAMES)
CITY_NAMES += _with_codes(CITY_NAMES, COUNTRY_NAMES)
# every name listed, as written
PLACE_NAMES = frozenset(name_table(COUNTRY_NAMES) | name_table(CITY_NAMES))

# the English names, as written, of the ISO 3166-1 codes the table above leaves out (a
# word or a person's name first, two places, a territory) or lists by other names only
# ("Sakartvelo"): a country an ATS states as its code is written by them, though no
# reader reads them; a country the table names in
# another script only keeps that name, which the readers place ("الأردن": "Jordan" is a
# first name they do not read as a place)
SHOWN_NAMES = """
TD: Chad; GN: Guinea; GE: Georgia; AW: Aruba; AI: Anguilla; AX: Åland Islands
AS: American Samoa; AQ: Antarctica; TF: French Southern Territories; BQ: Caribbean Netherlands
BL: Saint Barthélemy; BV: Bouvet Island; CC: Cocos (Keeling) Islands; CK: Cook Islands
CX: Christmas Island; EH: Western Sahara; FK: Falkland Islands; IO: British Indian Ocean Territory
HM: Heard Island and McDonald Islands; JE: Jersey; MF: Saint Martin; MS: Montserrat
MP: Northern Mariana Islands; YT: Mayotte; NF: Norfolk Island; NU: Niue; PN: Pitcairn Islands
RE: Réunion; GS: South Georgia and the South Sandwich Islands; SH: Saint Helena
SJ: Svalbard and Jan Mayen; PM: Saint Pierre and Miquelon; SX: Sint Maarten; TK: Tokelau
UM: US Minor Outlying Islands; WF: Wallis and Futuna
"""


@cache
def _countries_by_code() -> dict[str, str]:
    """Each two-letter country code the table lists -> its first name in English letters,
    as written in a place ("PT" -> "Portugal", "US" -> "USA", "RU" -> "Russia", not the
    Cyrillic one an earlier line lists); blocs ("EU") are not countries. A code the table
    does not name, or names only by other names, by its `SHOWN_NAMES` one ("TD" -> "Chad",
    "GE" -> "Georgia", not "Sakartvelo")."""
    found: dict[str, str] = {}
    for name, code in name_table(COUNTRY_NAMES).items():
        a_country = len(code) == 2 and code.isalpha() and code.isupper() and code != "EU"
        if a_country and (code not in found or not _latin(found[code]) and _latin(name)):
            found[code] = name.upper() if len(name) <= 3 else _titled(name)
    shown = name_table(SHOWN_NAMES)
    return found | {code: name for name, code in shown.items()}


def _latin(name: str) -> bool:
    """Whether a name is written in Latin letters ("são tomé", not "росія")."""
    return all(c < "\u0250" for c in name)


_LOWER_IN_A_NAME = frozenset({"and", "of", "the"})


def _titled(name: str) -> str:
    """A lower-case country name as written: "bosnia and herzegovina" -> "Bosnia and
    Herzegovina", "us virgin islands" -> "US Virgin Islands", "côte d'ivoire" ->
    "Côte d'Ivoire" (an elided article stays lower case)."""
    words = name.title().split(" ")
    return " ".join(
        w.lower()
        if w.lower() in _LOWER_IN_A_NAME and i
        else "US"
        if w == "Us"
        else w[0].lower() + w[1:]
        if i and w[1:2] in ("'", "’")
        else w
        for i, w in enumerate(words)
    )


def country_name(value: str) -> str:
    """A country stated as its ISO code, as its name: a place reader would take "PT"
    for Pacific Time, "DE" for Delaware and "CA" for California. Anything else (a
    name, a code the table does not list) as it is."""
    code = value.strip().upper()
    return _countries_by_code().get(code, value) if len(code) == 2 else value


def utc_label(offset: float) -> str:
    """A UTC offset in hours as a clock writes it: "UTC-5", "UTC+5:30"."""
    hours, minutes = divmod(round(abs(offset) * 60), 60)
    sign = "-" if offset < 0 else "+"
    return f"UTC{sign}{hours}" + (f":{minutes:02d}" if minutes else "")


# US states by name -> their postal code, for a remote job open in some states only
STATE_NAMES = """
AL: alabama; AK: alaska; AZ: arizona; AR: arkansas; CA: california; CO: colorado
CT: connecticut; DE: delaware; FL: florida; GA: georgia; HI: hawaii; ID: idaho
IL: illinois; IN: indiana; IA: iowa; KS: kansas; KY: kentucky; LA: louisiana; ME: maine
MD: maryland; MA: massachusetts; MI: michigan; MN: minnesota; MS: mississippi
MO: missouri; MT: montana; NE: nebraska; NV: nevada; NH: new hampshire; NJ: new jersey
NM: new mexico; NY: new york; NC: north carolina; ND: north dakota; OH: ohio
OK: oklahoma; OR: oregon; PA: pennsylvania; RI: rhode island; SC: south carolina
SD: south dakota; TN: tennessee; TX: texas; UT: utah; VT: vermont; VA: virginia
WA: washington|washington state; WV: west virginia; WI: wisconsin; WY: wyoming
DC: washington dc|washington d.c.|washington, dc|washington, d.c.|district of columbia
"""
# Canada's provinces and territories, which US-or-Canada postings list beside states
PROVINCE_NAMES = """
AB: alberta; BC: british columbia; MB: manitoba; NB: new brunswick; NS: nova scotia
NL: newfoundland and labrador|newfoundland; ON: ontario; PE: prince edward island|pei
QC: quebec|québec; SK: saskatchewan; NT: northwest territories; NU: nunavut; YT: yukon
"""
