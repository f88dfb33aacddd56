"""Rates read from free text: currencies, ranges, periods, and what is not a rate."""

from __future__ import annotations

import pytest
from hypothesis import assume, given
from hypothesis import strategies as st

from warehouse.ranking import rates
from warehouse.ranking.profile import RankingSettings
from warehouse.ranking.rates import Rate, parse_bare_rate, parse_rate, read_amount, to_hourly
from warehouse.ranking.regions import currency_of, place_units

P = pytest.param


ENGLISH = [
    P("$80-110/h", (80, 110, "hour", "USD"), id="a dollar range per hour keeps both ends"),
    P(
        "€80 – 110 per hour",
        (80, 110, "hour", "EUR"),
        id="a euro range with an en dash reads per hour",
    ),
    P("$120k-150k/yr", (120_000, 150_000, "year", "USD"), id="k on both ends means thousands"),
    P(
        "$120-150k/yr",
        (120_000, 150_000, "year", "USD"),
        id="a k on the top end carries to the bottom",
    ),
    P("£400-500/day", (400, 500, "day", "GBP"), id="a pound range per day is a day rate"),
    P("$5k/month", (5_000, 5_000, "month", "USD"), id="k per month is a monthly rate"),
    P("EUR 90/h", (90, 90, "hour", "EUR"), id="a currency code may stand before the amount"),
    P("90 EUR per hour", (90, 90, "hour", "EUR"), id="a currency code may stand after the amount"),
    P("90€/h", (90, 90, "hour", "EUR"), id="a euro sign may follow the amount"),
    P("US$ 45 an hour", (45, 45, "hour", "USD"), id="US dollars an hour are hourly"),
    P("CHF 120 hourly", (120, 120, "hour", "CHF"), id="swiss francs hourly are hourly"),
    P("$90 CAD/h", (90, 90, "hour", "CAD"), id="a code beats the dollar sign"),
    P("$45/h - $60/h", (45, 60, "hour", "USD"), id="a range repeating its unit keeps both ends"),
    P("£500 + VAT/day", (500, 500, "day", "GBP"), id="VAT between the amount and the day"),
    P(
        "Salary: 60.000 - 75.000 € brutto/Jahr",
        (60_000, 75_000, "year", "EUR"),
        id="a gross German salary per year",
    ),
    P("100 euros la hora", (100, 100, "hour", "EUR"), id="euros written out, per hour in Spanish"),
    P("€ 85 per uur", (85, 85, "hour", "EUR"), id="an hourly rate in Dutch"),
    P("$1,200/wk", (1_200, 1_200, "week", "USD"), id="a comma groups thousands"),
    P("1.200 € pro Monat", (1_200, 1_200, "month", "EUR"), id="a dot groups thousands in german"),
    P("1 200 €/Monat", (1_200, 1_200, "month", "EUR"), id="a space groups thousands"),
    P("$90.50/hr", (90.5, 90.5, "hour", "USD"), id="two digits after a point are cents"),
    P(
        "₹1,50,000 per month",
        (150_000, 150_000, "month", "INR"),
        id="indian lakh grouping is one number",
    ),
    P(
        "Salary: $120,000 per year",
        (120_000, 120_000, "year", "USD"),
        id="a salary per year is yearly",
    ),
    P(
        "annual salary: $120k",
        (120_000, 120_000, "year", "USD"),
        id="annual before the amount is yearly",
    ),
    P("€90k p.a.", (90_000, 90_000, "year", "EUR"), id="p.a. is yearly"),
    P("£500 day rate", (500, 500, "day", "GBP"), id="day rate after the amount is daily"),
    P("day rate: £500", (500, 500, "day", "GBP"), id="day rate before the amount is daily"),
    P("£60 daily", (60, 60, "day", "GBP"), id="daily after the amount is daily"),
    P(
        "Budget: $2,000",
        (2_000, 2_000, "fixed", "USD"),
        id="a budget without a period is a fixed price",
    ),
    P(
        "R$ 25.000 pelo projeto",
        (25_000, 25_000, "fixed", "BRL"),
        id="a portuguese price per project is a fixed price",
    ),
    P(
        "3.000 € por proyecto",
        (3_000, 3_000, "fixed", "EUR"),
        id="a spanish price per project is a fixed price",
    ),
    P(
        "$6,000 fixed.",
        (6_000, 6_000, "fixed", "USD"),
        id="fixed after the amount is a fixed price",
    ),
    P(
        "fixed price $800",
        (800, 800, "fixed", "USD"),
        id="fixed price before the amount is a fixed price",
    ),
    P(
        "budget around $200, paid on delivery",
        (200, 200, "fixed", "USD"),
        id="a budget of about an amount is a fixed price",
    ),
    P(
        "hourly rate roughly €55, invoiced monthly",
        (55, 55, "hour", "EUR"),
        id="an hourly rate of about an amount is hourly",
    ),
    P("Budget $30-50/hr", (30, 50, "hour", "USD"), id="an hourly budget is hourly"),
    P("$110-80/h", (80, 110, "hour", "USD"), id="a reversed range is ordered"),
    P(
        "We pay $30 per clip, more for long ones",
        (30, 30, "piece", "USD"),
        id="pay per clip is by the piece",
    ),
    P("Rate: £0.08/word", (0.08, 0.08, "piece", "GBP"), id="pay per word is by the piece"),
    P(
        "Rate: $0.125/word",
        (0.125, 0.125, "piece", "USD"),
        id="three decimals after a whole part of 0 are no thousands",
    ),
    P("€45-60 a blog post", (45, 60, "piece", "EUR"), id="a range a post is by the piece"),
    P("Pay per episode: $120", (120, 120, "piece", "USD"), id="per episode before the amount"),
    P("Blender artist, $35 per model", (35, 35, "piece", "USD"), id="pay per 3D model"),
    P("Ghostwriter, $75/post", (75, 75, "piece", "USD"), id="pay per post"),
    P("Editor for YouTube shorts, $25 per short", (25, 25, "piece", "USD"), id="pay per short"),
    P("Translator, ¥15 per character", (15, 15, "piece", "JPY"), id="pay per character"),
    P("SEO writers, $25 per 1000 words", (0.025, 0.025, "piece", "USD"), id="per 1000 words"),
    P("£40-£60 per 1,000 words", (0.04, 0.06, "piece", "GBP"), id="a range per thousand words"),
    P("$80 per 1k words", (0.08, 0.08, "piece", "USD"), id="per 1k words"),
    P("Event photographer, $400 per event", (400, 400, "piece", "USD"), id="pay per event"),
    P(
        "YouTube editor, $10 per finished minute",
        (10, 10, "piece", "USD"),
        id="pay per finished minute of video",
    ),
    P("Pay per final video: $90", (90, 90, "piece", "USD"), id="per final video before the amount"),
    P("Wedding highlight films, $300 per film", (300, 300, "piece", "USD"), id="pay per film"),
    P("Podcast clips, $8/edit", (8, 8, "piece", "USD"), id="pay per edit"),
    P(
        "Acme | Co-Founder | REMOTE | $8k contract → 5% equity",
        (8_000, 8_000, "fixed", "USD"),
        id="a header cell pricing the contract is a fixed price",
    ),
    P("Acme | $2,500 project | Remote", (2_500, 2_500, "fixed", "USD"), id="a priced project"),
    P("Pay: $900 per project", (900, 900, "fixed", "USD"), id="a price per project is fixed"),
    P(
        "On a monthly retainer of $4,200",
        (4_200, 4_200, "month", "USD"),
        id="a period before a retainer names its pay",
    ),
    P("Hourly fee: €85", (85, 85, "hour", "EUR"), id="a period before a fee names its pay"),
    P("About $250/gig, weekly", (250, 250, "fixed", "USD"), id="a price per gig is fixed"),
    P("Salesforce admin, CAD $70/hr", (70, 70, "hour", "CAD"), id="a code before the symbol"),
    P("Contract, 12 months. ₹18-24 LPA.", (1.8e6, 2.4e6, "year", "INR"), id="lakhs per annum"),
    P("Budget: 14-19 LPA, Pune", (1.4e6, 1.9e6, "year", "INR"), id="lakhs per annum over budget"),
    P("Budget: ₹60,000 for the app", (6e4, 6e4, "fixed", "INR"), id="a budget in rupees is fixed"),
    P("12 spreads, paying €150 each", (150, 150, "piece", "EUR"), id="each after an amount"),
    P("Icons at $40 apiece", (40, 40, "piece", "USD"), id="apiece after an amount"),
    P("VA, ₱250/hour via GCash", (250, 250, "hour", "PHP"), id="philippine pesos by the sign"),
    P("PHP 25,000 per month", (25_000, 25_000, "month", "PHP"), id="philippine pesos by code"),
    P("S$120,000 - S$150,000 per year", (120_000, 150_000, "year", "SGD"), id="singapore $"),
    P("HK$400/hr", (400, 400, "hour", "HKD"), id="hong kong dollars"),
    P("Unity dev, ¥6,000/hour", (6_000, 6_000, "hour", "JPY"), id="the yen sign is yen"),
    P("RMB 30k/month", (30_000, 30_000, "month", "CNY"), id="renminbi is the yuan"),
    P(
        "SRE | Tokyo | ONSITE | ¥9M-¥12M",
        (9e6, 12e6, "year", "JPY"),
        id="millions of yen alone in a header cell are a year's pay",
    ),
    P("年収900万円〜1200万円", (9e6, 12e6, "year", "JPY"), id="annual pay in ten-thousands of yen"),
    P("想定年収：900万～1,200万円", (9e6, 12e6, "year", "JPY"), id="expected annual pay"),
    P("月給40万円", (400_000, 400_000, "month", "JPY"), id="a monthly salary in yen"),
    P("時給2,500円", (2_500, 2_500, "hour", "JPY"), id="an hourly wage in yen"),
    P("Salary: JPY 8,000,000 - 11,000,000", (8e6, 11e6, "year", "JPY"), id="yen by code"),
    P("Audits | 48hr report | $350 | Remote", (350, 350, "fixed", "USD"), id="alone in a cell"),
    P(
        "Lead | Architecture audits | 48hr report\n| $350 | Remote\nI help teams",
        (350, 350, "fixed", "USD"),
        id="alone in the cell of a header broken over two lines",
    ),
]
OTHER_LANGUAGES = [
    P("4 500–5 800 €/kk", (4500, 5800, "month", "EUR"), id="fi: €/kk is a month"),
    P("22 000 – 28 000 PLN netto + VAT miesięcznie", (22000, 28000, "month", "PLN"), id="pl"),
    P("90–110 tis. Kč měsíčně", (90000, 110000, "month", "CZK"), id="cs: tis. Kč monthly"),
    P("12.000–15.000 RON net/lună", (12000, 15000, "month", "RON"), id="ro: net/lună"),
    P("bruttó 900 000 – 1 200 000 Ft/hó", (900000, 1200000, "month", "HUF"), id="hu: Ft/hó"),
    P("ARS 2.500.000 mensuales", (2500000, 2500000, "month", "ARS"), id="es: mensuales"),
    P("月額70万円〜90万円", (700000, 900000, "month", "JPY"), id="ja: 月額 is a month"),
    P("月60万円〜", (600000, None, "month", "JPY"), id="ja: 〜 after an amount is its floor"),
    P("Tagessatz: CHF 1'050", (1050, 1050, "day", "CHF"), id="ch: an apostrophe groups thousands"),
    P("Tagessatz CHF 1’150.–", (1150, 1150, "day", "CHF"), id="ch: a curly apostrophe too"),
    P("Tagessatz bis 1.100 €", (None, 1100, "day", "EUR"), id="de: bis alone is a ceiling"),
    P("Stundensatz: von 80 bis 100 €", (80, 100, "hour", "EUR"), id="de: von ... bis is a range"),
    P("연봉 6,000만원~8,000만원", (60000000, 80000000, "year", "KRW"), id="ko: 연봉 in 만원"),
    P("연봉 5,000만원 이상", (50000000, None, "year", "KRW"), id="ko: 이상 is a floor"),
    P("Stundensatz: 90 €", (90, 90, "hour", "EUR"), id="a german hourly rate word is hourly"),
    P("Tagessatz 800-900 EUR", (800, 900, "day", "EUR"), id="a german day rate is daily"),
    P("Vergütung: 85 € pro Stunde", (85, 85, "hour", "EUR"), id="german pro stunde is hourly"),
    P(
        "1.200 € Festpreis",
        (1_200, 1_200, "fixed", "EUR"),
        id="a german festpreis is a fixed price",
    ),
    P("Tarifa: 40-50 €/hora", (40, 50, "hour", "EUR"), id="spanish por hora is hourly"),
    P("Sueldo: 2.500 € al mes", (2_500, 2_500, "month", "EUR"), id="spanish al mes is monthly"),
    P(
        "বেতন: ৳৫০,০০০ প্রতি মাসে",
        (50_000, 50_000, "month", "BDT"),
        id="bengali taka per month with bengali digits",
    ),
    P("৳৮০০ ঘণ্টায়", (800, 800, "hour", "BDT"), id="bengali taka per hour"),
    P("R$ 0,12 por palavra", (0.12, 0.12, "piece", "BRL"), id="portuguese pay per word"),
    P("TJM : 600 € HT", (600, 600, "day", "EUR"), id="a french tjm is a day rate"),
    P(
        "Taux journalier : 550-650 €",
        (550, 650, "day", "EUR"),
        id="a french taux journalier is a day rate",
    ),
    P("Uurtarief: €70 excl. btw", (70, 70, "hour", "EUR"), id="a dutch uurtarief is hourly"),
    P("Dagtarief 650 EUR", (650, 650, "day", "EUR"), id="a dutch dagtarief is daily"),
    P("Ersättning: 900 SEK/tim exkl. moms", (900, 900, "hour", "SEK"), id="swedish per tim"),
    P("Stundensatz: bis zu 110 €/h", (None, 110, "hour", "EUR"), id="german bis zu is up to"),
    P("Tagessatz bis max. 850 € (netto)", (None, 850, "day", "EUR"), id="bis max. is up to"),
    P("Maximum day rate £500, inside IR35", (None, 500, "day", "GBP"), id="maximum day rate"),
    P("Min. salary: €60k", (60_000, None, "year", "EUR"), id="a floor before its pay word"),
    P("Monthly stipend: $2,500.", (2_500, 2_500, "month", "USD"), id="a monthly stipend"),
    P(
        "Fixed-price - Entry level - Est. Budget: $150 - 5 proposals",
        (150, 150, "fixed", "USD"),
        id="a smaller bare number after the dash is no range",
    ),
    P("Budget: $400 - 2 revisions included", (400, 400, "fixed", "USD"), id="no falling range"),
    P("Hourly: $150 - 12 month engagement", (150, 150, "hour", "USD"), id="a length after a dash"),
    P("Budget €90 - 6 weeks", (90, 90, "fixed", "EUR"), id="weeks after the dash are no end"),
    P("TJM : 550€ HT, 6 mois", (550, 550, "day", "EUR"), id="a french tjm"),
    P("Python Developer - £500 p/d - Outside IR35", (500, 500, "day", "GBP"), id="p/d is a day"),
    P("DevOps | £475pd | Inside IR35", (475, 475, "day", "GBP"), id="pd is a day"),
    P("Field work, per diem $75; rate $95/hr", (95, 95, "hour", "USD"), id="a per diem is no pay"),
    P("Rate: DOE ($80-100/hr)", (80, 100, "hour", "USD"), id="doe beside a rate"),
    P("€70k - €85k + equity + bonus", (70_000, 85_000, "year", "EUR"), id="equity beside it"),
    P("Rate: $150 - $120 an hour", (120, 150, "hour", "USD"), id="a falling range with its sign"),
    P("€3.900 bruto per maand", (3_900, 3_900, "month", "EUR"), id="dutch bruto per maand"),
    P("€58.000 per jaar", (58_000, 58_000, "year", "EUR"), id="dutch per jaar"),
    P("R$ 7.500/mês", (7_500, 7_500, "month", "BRL"), id="portuguese per month"),
    P("年薪 35万-50万元", (350_000, 500_000, "year", "CNY"), id="chinese annual pay in yuan"),
    P("月薪 2万元", (20_000, 20_000, "month", "CNY"), id="chinese monthly pay in yuan"),
    P(
        "Seoul | ONSITE | ₩60M-₩80M",
        (60e6, 80e6, "year", "KRW"),
        id="tens of millions of won are a year's pay",
    ),
    P("₩4,000,000 per month", (4e6, 4e6, "month", "KRW"), id="won by the sign"),
    P("NOK 850k–1.05M", (850_000, 1_050_000, "year", "NOK"), id="hundreds of thousands of crowns"),
    P("SEK 55k–65k/mån", (55_000, 65_000, "month", "SEK"), id="swedish month"),
    P("450 €/giorno", (450, 450, "day", "EUR"), id="italian day"),
    P("80 000–100 000 Kč/měsíc", (80_000, 100_000, "month", "CZK"), id="cs: Kč is no k"),
    P("900 Kč/hod", (900, 900, "hour", "CZK"), id="cs: hod is an hour"),
    P("9 000 Ft/óra", (9_000, 9_000, "hour", "HUF"), id="hu: óra is an hour"),
    P("35 EUR/oră", (35, 35, "hour", "EUR"), id="ro: oră is an hour"),
    P("DKK 55.000 pr. måned", (55_000, 55_000, "month", "DKK"), id="da: pr. is per"),
    P("CLP 1.800.000 líquidos al mes", (1.8e6, 1.8e6, "month", "CLP"), id="es: líquidos is net"),
    P("3,500 a 4,500 dólares al mes", (3500, 4500, "month", "USD"), id="es: dólares"),
    P("25 dolares por hora", (25, 25, "hour", "USD"), id="es: dolares unaccented"),
]


@pytest.mark.parametrize(("text", "expected"), ENGLISH + OTHER_LANGUAGES)
def test_parse_rate_reads_amount_period_and_currency(
    text: str, expected: tuple[float, float, str, str]
) -> None:
    rate = parse_rate(text)
    assert rate is not None
    assert (rate.min, rate.max, rate.period, rate.currency) == expected


YEARLY = [
    P("Salary up to $185,500", (None, 185_500, "USD"), id="salary before a six-figure sum"),
    P("Comp: Base: $200,000 - $250,000 USD", (200_000, 250_000, "USD"), id="comp and base"),
    P("$150k – $175K (Salary + Equity)", (150_000, 175_000, "USD"), id="salary after a k range"),
    P("$160k-$190k + equity", (160_000, 190_000, "USD"), id="equity after a k range"),
    P("OTE $280k–$400k", (280_000, 400_000, "USD"), id="on-target earnings"),
    P("£90k+ base salary", (90_000, None, "GBP"), id="an open top with base salary"),
    P("SALARY: £54,000 to £65,000.", (54_000, 65_000, "GBP"), id="five figures after salary"),
    P("Salary: $105,000 - $125,000 CAD", (105_000, 125_000, "CAD"), id="a code after the sums"),
    P("$230~240k USD + up to 20% bonus", (230_000, 240_000, "USD"), id="a tilde range"),
    P("$200k Salary - $400k Total Compensation", (200_000, 200_000, "USD"),
      id="the salary, not a total read as a fixed price"),
    P("$175K–$250K + Bonus", (175_000, 250_000, "USD"), id="a salary plus a bonus"),
    P("Up to £75k plus bonus", (None, 75_000, "GBP"), id="a salary and a bonus joined by a word"),
    P("€70k and bonus", (70_000, 70_000, "EUR"), id="a salary and a bonus joined by 'and'"),
    P("NZ$120k base", (120_000, 120_000, "NZD"), id="named, in a currency not read bare"),
]  # fmt: skip
BARE = [
    P("Full-time | $140k–$200k | NYC", (140_000, 200_000, "USD"), id="a k range in a header"),
    P("Full-time | €85k-€105k | Berlin", (85_000, 105_000, "EUR"), id="a euro band"),
    P("$150,000 - $180,000", (150_000, 180_000, "USD"), id="six figures written out"),
    P("Onsite | £75k-£140k", (75_000, 140_000, "GBP"), id="pounds"),
    P("Sydney | $300-600k AUD", (300_000, 600_000, "AUD"), id="a code after a dollar range"),
    P("CHF60k–CHF85k", (60_000, 85_000, "CHF"), id="francs on both ends"),
    P("C$60-80k", (60_000, 80_000, "CAD"), id="canadian dollars"),
    P("Amsterdam | €~55k-€~75k", (55_000, 75_000, "EUR"), id="approximate ends"),
    P("Remote | $200K USD+", (200_000, None, "USD"), id="a plus after the code opens the top"),
]


@pytest.mark.parametrize(("text", "expected"), YEARLY)
def test_a_salary_of_thousands_named_as_one_is_yearly(
    text: str, expected: tuple[float | None, float | None, str]
) -> None:
    rate = parse_rate(text)
    assert rate is not None
    assert (rate.min, rate.max, rate.period, rate.currency) == (*expected[:2], "year", expected[2])


@pytest.mark.parametrize(("text", "expected"), BARE)
def test_a_salary_of_thousands_in_six_currencies_is_yearly_unnamed(
    text: str, expected: tuple[float | None, float | None, str]
) -> None:
    rate = parse_rate(text)
    assert rate is not None
    assert (rate.min, rate.max, rate.period, rate.currency) == (*expected[:2], "year", expected[2])


@pytest.mark.parametrize(
    "text",
    [
        P("Salary: $5,000", id="a salary too small to be a year's"),
        P("SGD 90,000 | Singapore", id="a sum not named a salary outside the six currencies"),
        P("Benefits: $15k relocation bonus", id="a bonus is not a salary"),
        P("Enterprise deals (ACVs $100k–$1m+)", id="deal sizes are not a salary"),
        P("Landed an $800K contract with equity partners", id="a contract's value"),
        P("Acme | Remote\nWe just won a $50k contract with the city", id="a deal in prose"),
        P("Raised $500k pre-seed, 5% equity for the CTO", id="a funding round"),
        P("We raised $300k from angels", id="a funding round of thousands"),
        P("Over $250k in revenue last year", id="revenue"),
        P("Startups get $20k in AWS credits", id="credits"),
        P("Data pipeline for our MVP - $12k for the whole build", id="a project's price"),
        P("Winners share a prize of $50,000", id="a prize"),
        P("$1.6 trillion market, $54M Series B", id="market and round sizes"),
        P("We raised ¥300M in our Series A", id="a round in yen"),
        P("Salary: ¥500,000", id="a sum of yen too small to be a year's pay"),
    ],
)
def test_a_sum_of_thousands_that_is_no_salary_has_no_period(text: str) -> None:
    assert parse_rate(text) is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        P(
            "- Staff Engineer ($200–250K)\n- Senior Engineer ($150–200K)\n- Analyst ($80–140K)",
            (80_000, 250_000, "year", "USD"),
            id="the roles of one post, lowest to highest",
        ),
        P(
            "Comp: $200k+ base + equity\nComp: $50k–$75k base",
            (50_000, None, "year", "USD"),
            id="an open top stays open",
        ),
        P(
            "Engineer: $90-110/h. Junior engineer: $60-80/h.",
            (60, 110, "hour", "USD"),
            id="hourly rates of two roles",
        ),
        P(
            "Engineer | $120K to $160K USD\nAnalyst | CA$75K to CA$100K",
            (120_000, 160_000, "year", "USD"),
            id="another currency stays out",
        ),
        P(
            "Lead: £90k base\nRate: £500/day for contractors",
            (90_000, 90_000, "year", "GBP"),
            id="another period stays out",
        ),
    ],
)
def test_a_post_with_several_roles_states_their_span(
    text: str, expected: tuple[float | None, float | None, str, str]
) -> None:
    rate = parse_rate(text)
    assert rate is not None
    assert (rate.min, rate.max, rate.period, rate.currency) == expected


def test_a_span_keeps_the_words_of_each_amount() -> None:
    rate = parse_rate("Senior: $150k-$180k. Staff: $190k-$220k.")
    assert rate is not None
    assert rate.raw == "$150k-$180k; $190k-$220k"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        P("Comp: ₹40–60L + ESOPs", (4_000_000, 6_000_000, "INR"), id="lakhs"),
        P("Hyderabad | 35-100L INR", (3_500_000, 10_000_000, "INR"), id="lakhs with a code"),
        P("CTC ₹1.2 Cr", (12_000_000, 12_000_000, "INR"), id="a crore"),
    ],
)
def test_lakhs_and_crores_are_pay_without_a_period(
    text: str, expected: tuple[float, float, str]
) -> None:
    rate = parse_rate(text)
    assert rate is not None
    assert (rate.min, rate.max, rate.period, rate.currency) == (*expected[:2], None, expected[2])


def test_lakhs_are_read_only_in_the_currencies_that_count_in_them() -> None:
    assert parse_rate("$40L") is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        P("CTC 12 lakhs per annum", (1_200_000, 1_200_000, "year"), id="lakhs named"),
        P("Full Time | 8-12 LPA", (800_000, 1_200_000, "year"), id="lakhs per annum"),
    ],
)
def test_lakhs_named_without_a_currency_are_rupees(
    text: str, expected: tuple[float, float, str]
) -> None:
    rate = parse_rate(text)
    assert rate is not None
    assert (rate.min, rate.max, rate.period, rate.currency) == (*expected, "INR")


def test_a_level_is_no_lakh() -> None:
    assert parse_rate("Tier 3 L2 support, $40/hr") == parse_rate("Tier 3 support, $40/hr")


def test_rupees_written_rs() -> None:
    rate = parse_rate("Rs. 1,200 per hour, weekend batches")
    assert rate is not None
    assert (rate.min, rate.period, rate.currency) == (1200, "hour", "INR")
    assert parse_rate("40 HRs. 9 days") is None


@pytest.mark.parametrize(
    "text",
    [
        P("$2,000 annual learning budget", id="a learning budget"),
        P("a $100/month wellness allowance", id="an allowance"),
        P("home-office stipend of $500 per year", id="a stipend before"),
        P("Rate: $150 - 12 month engagement", id="a length after a dash is no period"),
        P("Site visits, per diem $45 a day for meals", id="a per diem"),
        P("Salary: competitive + equity. We raised $30M.", id="competitive, and funding"),
    ],
)
def test_a_perk_with_a_period_is_no_pay(text: str) -> None:
    assert parse_rate(text) is None


def test_a_stipend_alone_is_pay() -> None:
    rate = parse_rate("Paid fellowship, $3,000/month stipend")
    assert rate is not None and (rate.min, rate.period) == (3000, "month")


def test_a_fixed_bid_is_a_fixed_price() -> None:
    rate = parse_rate("Project-based, fixed bid $8,000")
    assert rate is not None and (rate.min, rate.period) == (8000, "fixed")


def test_an_alternative_amount_shares_its_period() -> None:
    rate = parse_rate("- 45-70 USD or 180-280 PLN per hour")
    assert rate is not None
    assert (rate.min, rate.max, rate.period, rate.currency) == (45, 70, "hour", "USD")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        P("$120k - $150k", (120_000, 150_000, "year"), id="a k range in a salary field"),
        P("USD 95000-125000", (95_000, 125_000, "year"), id="six figures in a salary field"),
        P("$18 - $22/hr", (18, 22, "hour"), id="a stated period wins in a salary field"),
    ],
)
def test_a_salary_field_names_its_sums_a_salary(
    text: str, expected: tuple[float, float, str]
) -> None:
    rate = parse_rate(text, salary_field=True)
    assert rate is not None
    assert (rate.min, rate.max, rate.period) == expected


@pytest.mark.parametrize(
    "text",
    [
        P("an anniversary gift ($200/year)", id="a gift a year is not a salary"),
        P("tickets for $7/month", id="a subscription price is not pay"),
    ],
)
def test_a_sum_too_small_to_be_pay_for_its_period_is_a_price(text: str) -> None:
    assert parse_rate(text) is None


def test_a_salary_field_leaves_small_sums_without_a_period() -> None:
    assert parse_rate("$90 - $110", salary_field=True) is None


@pytest.mark.parametrize(
    ("text", "lo", "hi"),
    [
        P("$100+/hr", 100, None, id="a plus leaves the top open"),
        P("from $80/h", 80, None, id="from leaves the top open"),
        P("up to €90/h", None, 90, id="up to leaves the bottom open"),
    ],
)
def test_parse_rate_keeps_an_open_end_open(text: str, lo: float | None, hi: float | None) -> None:
    rate = parse_rate(text)
    assert rate is not None
    assert (rate.min, rate.max) == (lo, hi)
    assert rate.raw == text


@pytest.mark.parametrize(
    ("text", "lo"),
    [
        P("Gehalt: ab 70.000 € brutto im Jahr", 70_000, id="german ab"),
        P("CDI | à partir de 55 k€ bruts annuels", 55_000, id="french à partir de"),
        P("Mindestgehalt laut KV beträgt € 3.800 brutto/Monat", 3_800, id="a minimum salary"),
        P("Salário a partir de R$ 9.000/mês", 9_000, id="portuguese a partir de"),
    ],
)
def test_a_floor_in_words_leaves_the_top_open(text: str, lo: float) -> None:
    rate = parse_rate(text)
    assert rate is not None
    assert (rate.min, rate.max) == (lo, None)


@pytest.mark.parametrize(
    "text",
    [
        P("$100", id="an amount without a period is not guessed"),
        P("$80-110", id="a range without a period is not guessed"),
        P("Compensation: DOE", id="DOE is not a rate"),
        P("Rate negotiable", id="negotiable is not a rate"),
        P("Competitive salary and benefits", id="competitive is not a rate"),
        P("10+ years of experience, team of 40", id="years and team sizes are not money"),
        P("Call +1 (555) 123-4567 before 2025", id="phone numbers and years are not money"),
        P("0.5% equity, 20% travel", id="percentages are not money"),
        P("80-110 per hour", id="no currency means no money"),
        P("We raised $5M in 2023", id="a funding round is not a rate"),
        P("", id="empty text has no rate"),
        P("Remote in Europe, 85 people, per hour billing", id="europe is not the euro"),
        P("Modern PHP 8 daily, Laravel", id="a PHP version is no peso"),
        P("$90 - $110", id="a field holding only an amount is no header cell"),
        P("Acme | Engineer | $1,800 for the whole site", id="an amount in prose in a cell"),
    ],
)
def test_parse_rate_returns_none_for_what_is_not_a_rate(text: str) -> None:
    assert parse_rate(text) is None


@pytest.mark.parametrize(
    ("text", "raw"),
    [
        P(
            "SEEKING FREELANCER | Remote (US timezones) | Django + HTMX\n"
            "Small logistics firm needs ~60 hours of help. Budget: $6,000 fixed.",
            "$6,000 fixed",
            id="an HN seeking freelancer post with a fixed budget",
        ),
        P(
            "[For Hire] Full-stack developer (React/Node), 6 years.\nRate: $45/hr",
            "$45/hr",
            id="a reddit for hire post with an hourly rate",
        ),
        P(
            "Raised $5M in 2023, spends $5k/month on tools. Rate: $90/h",
            "$90/h",
            id="a rate after a pay word beats an earlier one",
        ),
        P(
            "Team of 5 $90/h, 10+ years",
            "$90/h",
            id="a number before the currency does not swallow it",
        ),
    ],
)
def test_parse_rate_picks_the_rate_in_real_posts(text: str, raw: str) -> None:
    rate = parse_rate(text)
    assert rate is not None
    assert rate.raw == raw


SETTINGS = RankingSettings()


@pytest.mark.parametrize(
    ("rate", "currency", "expected"),
    [
        P(
            Rate(80, 110, "hour", "USD", "$80-110/h"),
            "USD",
            (80.0, 110.0, "per hour; USD"),
            id="hourly dollars stay as they are",
        ),
        P(
            Rate(800, 800, "day", "EUR", "€800/day"),
            "USD",
            (108.0, 108.0, "8 h/day; EUR→USD at 1.08"),
            id="a euro day rate over eight hours",
        ),
        P(
            Rate(180_000, None, "year", "USD", "$180k+/yr"),
            "USD",
            (100.0, None, "1800 h/year; USD"),
            id="an open top stays open",
        ),
        P(
            Rate(4_000, 4_000, "week", "GBP", "£4k/wk"),
            "GBP",
            (100.0, 100.0, "40 h/week; GBP"),
            id="a weekly rate in the profile currency",
        ),
        P(
            Rate(16_000, 16_000, "month", "USD", "$16k/month"),
            "EUR",
            (92.59, 92.59, "160 h/month; USD→EUR at 0.9259"),
            id="dollars into a euro profile",
        ),
    ],
)
def test_to_hourly_converts_with_the_settings(
    rate: Rate, currency: str, expected: tuple[float | None, float | None, str]
) -> None:
    assert to_hourly(rate, currency, SETTINGS) == expected


@pytest.mark.parametrize(
    ("rate", "currency"),
    [
        P(
            Rate(2_000, 2_000, "fixed", "USD", "$2,000 fixed"),
            "USD",
            id="a fixed budget has no hours",
        ),
        P(
            Rate(30, 30, "piece", "USD", "$30 per clip"),
            "USD",
            id="pay by the piece has no hours",
        ),
        P(
            Rate(90, 90, "hour", "MNT", "MNT 90/h"),
            "USD",
            id="a currency missing from the fx table is not priced",
        ),
        P(Rate(90, 90, "hour", None, "90/h"), "USD", id="an unknown currency is not priced"),
        P(
            Rate(90, 90, "hour", "USD", "$90/h"),
            "XYZ",
            id="a profile currency missing from the fx table is not priced",
        ),
    ],
)
def test_to_hourly_refuses_what_it_cannot_price(rate: Rate, currency: str) -> None:
    assert to_hourly(rate, currency, SETTINGS) is None


def test_to_hourly_uses_the_configured_hours_and_fx() -> None:
    settings = RankingSettings(hours_per_day=7.5, fx_usd={"USD": 1.0, "EUR": 1.1})
    rate = Rate(750, 750, "day", "EUR", "€750/day")
    expected = (110.0, 110.0, "7.5 h/day; EUR→USD at 1.1")
    assert to_hourly(rate, "USD", settings) == expected


# --- properties ---------------------------------------------------------------------

SYMBOLS = {"$": "USD", "US$": "USD", "€": "EUR", "£": "GBP", "₹": "INR", "৳": "BDT"}
CODES = ["USD", "EUR", "GBP", "CHF", "INR", "BDT"]
LEAST_PAY = {"year": 1_000, "month": 100}  # below: a price, not pay
PERIODS = {
    "/h": "hour",
    "/hr": "hour",
    " per hour": "hour",
    " an hour": "hour",
    " hourly": "hour",
    "/day": "day",
    " per day": "day",
    " daily": "day",
    "/wk": "week",
    " per week": "week",
    "/month": "month",
    " per month": "month",
    "/yr": "year",
    " per year": "year",
    " p.a.": "year",
    " fixed": "fixed",
    " per video": "piece",
    "/word": "piece",
}
amounts = st.integers(min_value=1, max_value=9_999_999)
grouped = st.sampled_from(["{:d}", "{:,d}"])


@given(
    st.sampled_from(sorted(SYMBOLS)),
    amounts,
    amounts,
    grouped,
    st.sampled_from(sorted(PERIODS)),
)
def test_generated_symbol_ranges_round_trip(
    symbol: str, lo: int, hi: int, form: str, suffix: str
) -> None:
    assume(max(lo, hi) >= LEAST_PAY.get(PERIODS[suffix], 0))
    text = f"{symbol}{form.format(lo)}-{form.format(hi)}{suffix}"
    rate = parse_rate(text)
    assert rate is not None, text
    assert (rate.min, rate.max) == (min(lo, hi), max(lo, hi))
    assert (rate.period, rate.currency) == (PERIODS[suffix], SYMBOLS[symbol])


@given(
    st.sampled_from(CODES),
    amounts,
    st.integers(min_value=1, max_value=999),
    st.booleans(),
    st.sampled_from(sorted(PERIODS)),
)
def test_generated_code_amounts_round_trip(
    code: str, amount: int, thousands: int, code_first: bool, suffix: str
) -> None:
    number = f"{amount:,d}k" if thousands % 2 else f"{amount:,d}"
    text = f"{code} {number}{suffix}" if code_first else f"{number} {code}{suffix}"
    value = amount * (1_000 if thousands % 2 else 1)
    assume(value >= LEAST_PAY.get(PERIODS[suffix], 0))
    rate = parse_rate(text)
    assert rate is not None, text
    assert (rate.min, rate.max, rate.period, rate.currency) == (
        value,
        value,
        PERIODS[suffix],
        code,
    )


BARE_YEARLY = {"USD", "EUR", "GBP"}  # of SYMBOLS' currencies


@given(st.sampled_from(sorted(SYMBOLS)), amounts, st.none() | amounts, grouped)
def test_generated_amounts_without_a_period_are_none_but_yearly_salaries(
    symbol: str, lo: int, hi: int | None, form: str
) -> None:
    top = "" if hi is None else f"-{form.format(hi)}"
    rate = parse_rate(f"Pay: {symbol}{form.format(lo)}{top} (DOE)")
    # a smaller bare number after the dash is no range's end ("$150 - 5 proposals")
    ends = (lo, lo if hi is None or hi < lo else hi)
    if SYMBOLS[symbol] in BARE_YEARLY and 10_000 <= max(ends) < 1_000_000:
        assert rate is not None
        assert (rate.min, rate.max, rate.period) == (min(ends), max(ends), "year")
    else:
        assert rate is None


money_like = st.text(alphabet="$€£₹৳0123456789,. -–kK+/hourpedaywkmntlyfixUSDER")


@given(st.text() | money_like)
def test_parse_rate_never_raises_and_keeps_min_below_max(text: str) -> None:
    rate = parse_rate(text)
    if rate is not None:
        assert rate.min is not None or rate.max is not None
        if rate.min is not None and rate.max is not None:
            assert rate.min <= rate.max
        assert rate.currency is not None
        assert rate.raw


_BARE = [  # (text, what it pays or None)
    ("Loomworks | Engineer | Denver, CO | 90K - 150K | https://x.example", (90_000, 150_000)),
    ("Compensation: 115k-170k based on experience", (115_000, 170_000)),
    ("Fernhill | Founding Engineer | Austin | 130-160k + equity", (130_000, 160_000)),
    ("Acme | SF | Full Time | 250k-500k TC", (250_000, 500_000)),
    ("Quillstone | Data Engineer | Remote (USA) – 180-250k", (180_000, 250_000)),
    ("- Staff Engineer | Equity | 120k+ (by experience)", (120_000, None)),  # open-ended
    ("Salary: 95k+ and bonus", (95_000, None)),
    ("Acme | 150-250k+ + equity | Remote (US)", (150_000, 250_000)),  # a top stays one
    ("- Designer | 90k+ | London\n- Engineer | 70k-100k+ | London", (70_000, None)),  # span
    ("Rate: typically 90–160/hr, by scope", (90, 160, "hour")),
    ("Contract at 70 per hour, 20 hours a week", (70, 70, "hour")),
    ("Acme | Series A | 50-100k users | Remote", None),  # users are no pay
    ("We grew from 20k to 90k customers", None),  # prose is no cell
    ("Acme | Remote | 40k+ customers", None),  # nor is a count in a cell
    ("Loomworks | Engineer | 10-50k", None),  # too small for a salary
    ("Loomworks | Engineer | 20-90k", None),  # a top over three bottoms
    ("Loomworks | Engineer | 55k-65k EUR / year", None),  # a code after: parse_rate's
    ("Pay: PLN 60k-85k/yr", None),  # a code before
    ("Our Postgres database (50-100k QPS) is the core", None),  # "base" inside a word
    ("a user base of 50-100k, growing", None),  # a base of users is no pay
    ("Part-time, 5-20 hours/week", None),  # hours are no pay
    ("Paid 40-60/hr CAD", None),  # a code after: parse_rate's
    ("Handles 2,000/hr at peak", None),  # a count's tail is no rate
    ("for the Senior Java Engineer it is 140k-180k", (140_000, 180_000)),  # a role's pay
    ("This role pays 120k-150k plus equity", (120_000, 150_000)),
    ("Salary: 95k, paid monthly", (95_000, 95_000)),  # one sum after a salary's word
    ("Base compensation 130K plus bonus", (130_000, 130_000)),
    ("Acme | Remote | 50k |", None),  # one sum in a cell may count anything
    ("Pay range 40k requests a day", None),  # nor after "range", "pays" or "band"
    ("Salary review at 25k MRR", None),  # the sum must follow the word
    ("Compensation of 30k users", None),  # and end its clause
    ("Salary of 85k + benefits", (85_000, 85_000)),
]


@pytest.mark.parametrize(("text", "expected"), _BARE)
def test_pay_without_a_currency_takes_the_places(
    text: str, expected: tuple[object, ...] | None
) -> None:
    found = parse_bare_rate(text, "USD")
    assert (found and (found.min, found.max, found.period, found.currency)) == (
        expected and (*(*expected, "year")[:3], "USD")  # a year's pay unless it says
    )


@pytest.mark.parametrize(
    ("regions", "currency"),
    [(("US",), "USD"), (("GB",), "GBP"), (("DE", "FR"), "EUR"), (("EU",), "EUR"),
     (("US", "CA"), None), (("Europe",), None), (("PL",), None), ((), None)],
)  # fmt: skip
def test_a_place_pays_in_one_currency_or_none_is_guessed(
    regions: tuple[str, ...], currency: str | None
) -> None:
    assert currency_of(regions) == currency


def test_a_headers_salary_without_a_currency_reads_in_its_places() -> None:
    from extractors._contract import Posting
    from warehouse.ranking.features import understand
    from warehouse.ranking.profile import Profile

    def read(place: str) -> tuple[object, ...]:
        title = f"Loomworks | Software Engineer | {place} | 90K - 150K"
        posting = Posting(source="hackernews", source_id="1", url="https://x.example",
                          title=title, text=f"{title}\nWe build looms.")  # fmt: skip
        found = understand(posting, Profile(skills=("python",)), RankingSettings())
        return found.rate_min, found.rate_max, found.rate_period, found.currency

    assert read("Denver, US (onsite)") == (90_000, 150_000, "year", "USD")
    assert read("London, UK (onsite)") == (90_000, 150_000, "year", "GBP")
    assert read("Remote") == (None, None, None, None)  # no place, no currency


def test_salaries_without_a_currency_are_in_the_one_a_salary_names() -> None:
    from extractors._contract import Posting
    from warehouse.ranking.features import understand
    from warehouse.ranking.profile import Profile

    text = (
        "Loomworks | Remote (US) | Full-Time\n1. Staff Engineer | 200k - 250k Base Salary"
        "\n2. Account Executive | 140k - 180k USD Base Salary + Commission"
    )
    posting = Posting(source="hackernews", source_id="1", url="https://x.example", text=text)
    found = understand(posting, Profile(skills=("python",)), RankingSettings())
    assert (found.rate_min, found.rate_max, found.currency) == (140_000, 250_000, "USD")


def test_crowns_are_the_places_and_none_without_one() -> None:
    text = "Fuldtid | 45.000-55.000 kr./md. + pension"
    assert parse_rate(text, units={"kr": "DKK"}) == Rate(
        45000, 55000, "month", "DKK", "45.000-55.000 kr./md"
    )
    sek = parse_rate("Lön: 50 000 kr i månaden", units={"kr": "SEK"})
    assert sek is not None and sek.currency == "SEK"
    assert parse_rate(text) is None


@pytest.mark.parametrize(
    ("text", "period"),
    [
        P("Timepris: 950 kr per time ekskl. moms", "hour", id="Norwegian hour"),
        P("Honorar 800 kr i timen", "hour", id="Danish hour, definite"),
        P("Løn: 42.000 kr. om måneden", "month", id="Danish per month"),
    ],
)
def test_scandinavian_periods_after_crowns(text: str, period: str) -> None:
    found = parse_rate(text, units={"kr": "NOK"})
    assert found is not None and found.period == period


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        P("Salário: R$ 16 mil por mês, CLT", (16_000, 16_000, "month", "BRL"),
          id="a brazilian thousand with its month"),
        P("Faixa salarial de R$ 12 mil a R$ 15 mil.", (12_000, 15_000, "month", "BRL"),
          id="a brazilian range named pay is a month's"),
        P("Widełki: 25 000–30 000 zł netto (B2B)", (25_000, 30_000, "month", "PLN"),
          id="a polish net b2b sum is a month's"),
        P("Wynagrodzenie 18 000 - 24 000 PLN + VAT", (18_000, 24_000, "month", "PLN"),
          id="a polish sum after a pay word is a month's"),
        P("Sueldo: MX$ 40 mil a MX$ 55 mil mensuales", (40_000, 55_000, "month", "MXN"),
          id="a spanish thousand"),
        P("Salario: $4.500.000 COP + prestaciones de ley", (4_500_000, 4_500_000, "month", "COP"),
          id="a colombian salary is a month's"),
        P("Salario: COP 8 millones", (8_000_000, 8_000_000, "month", "COP"),
          id="spanish millions"),
        P("Sueldo: 30.000 MXN brutos", (30_000, 30_000, "month", "MXN"),
          id="a mexican salary is a month's"),
        P("Dog walker, $20 per walk", (20, 20, "piece", "USD"), id="pay per walk"),
        P("Pet sitter, $45 per visit", (45, 45, "piece", "USD"), id="pay per visit"),
        P("Yoga instructor, $60 per class", (60, 60, "piece", "USD"), id="pay per class"),
        P("Tutor, $35 per session", (35, 35, "piece", "USD"), id="pay per session"),
    ],
)  # fmt: skip
def test_pay_in_the_words_of_its_place_and_by_the_piece(
    text: str, expected: tuple[float, float, str, str]
) -> None:
    rate = parse_rate(text)
    assert rate is not None
    assert (rate.min, rate.max, rate.period, rate.currency) == expected


@pytest.mark.parametrize(
    "text",
    [
        P("Our customers saved $5 mil last year", id="an english mil is a million, no pay"),
        P("Budżet projektu: 25 000 zł", id="a polish project budget is no month's pay"),
        P("Sold 30 000 zł of tickets", id="a polish sum not named pay"),
    ],
)
def test_sums_not_named_pay_stay_periodless(text: str) -> None:
    rate = parse_rate(text)
    assert rate is None or rate.period != "month"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Nabízíme: mzda 55 000 Kč, home office.", (55_000, 55_000, "month", "CZK")),
        ("Bérezés: bruttó 850 000 Ft, hibrid.", (850_000, 850_000, "month", "HUF")),
        ("Oferim salariu 7.000 lei net.", (7_000, 7_000, "month", "RON")),
        ("Tarif orar 120 lei/h.", (120, 120, "hour", "RON")),
    ],
)  # fmt: skip
def test_a_month_pay_in_crowns_forints_and_lei(text: str, expected: tuple) -> None:
    rate = parse_rate(text)
    assert rate is not None
    assert (rate.min, rate.max, rate.period, rate.currency) == expected


def test_a_logo_price_in_crowns_is_no_month_pay() -> None:
    assert parse_rate("Hledám grafika na logo, cena 60 000 Kč za celý projekt.") is None


@pytest.mark.parametrize(
    ("lakh_currency", "currency"), [("PKR", "PKR"), ("BDT", "BDT"), (None, "INR")]
)
def test_lakhs_count_in_the_place_currency(lakh_currency: str | None, currency: str) -> None:
    units = {"lakh": lakh_currency} if lakh_currency else {}
    rate = parse_rate("Salary: 12 lakhs per annum.", units=units)
    assert rate is not None and (rate.min, rate.currency) == (1_200_000, currency)


def test_a_lakh_with_a_rupee_sign_stays_rupees_in_pakistan() -> None:
    rate = parse_rate("Salary ₹ 5 lakhs per annum.", units={"lakh": "PKR"})
    assert rate is not None and rate.currency == "INR"


@pytest.mark.parametrize(
    ("text", "bounds"),
    [
        ("Mzda od 70 000 Kč hrubého.", (70_000, None)),
        ("Mzda až 90 000 Kč hrubého.", (None, 90_000)),
        ("Salariu de la 6.000 lei net.", (6_000, None)),
        ("Wynagrodzenie od 15 000 zł netto.", (15_000, None)),
    ],
)  # fmt: skip
def test_from_and_up_to_in_czech_polish_and_romanian(text: str, bounds: tuple) -> None:
    rate = parse_rate(text)
    assert rate is not None and (rate.min, rate.max, rate.period) == (*bounds, "month")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Nabízíme mzdu od 30 do 50 tis. Kč měsíčně.", (30_000, 50_000, "month", "CZK")),
        ("Mzda: od 28 000 Kč do 34 000 Kč hrubého.", (28_000, 34_000, "month", "CZK")),
        ("Mzda od 1 600 do 2 100 € brutto mesačne.", (1_600, 2_100, "month", "EUR")),
        ("Odmena od 14 do 20 € na hodinu.", (14, 20, "hour", "EUR")),
        ("Wynagrodzenie od 12 000 do 16 000 zł netto (B2B).", (12_000, 16_000, "month", "PLN")),
    ],
)  # fmt: skip
def test_od_do_is_a_range_in_czech_slovak_and_polish(text: str, expected: tuple) -> None:
    rate = parse_rate(text)
    assert rate is not None and (rate.min, rate.max, rate.period, rate.currency) == expected


@pytest.mark.parametrize(
    "text",
    [
        "We pay $45/hr. Contractors do 15 to 25 hours a week.",
        "Pay: $45 per hour; reviewers do 30 reviews a day.",
    ],
)
def test_english_do_after_an_amount_is_no_range(text: str) -> None:
    rate = parse_rate(text)
    assert rate is not None and (rate.min, rate.max) == (45, 45)


@pytest.mark.parametrize(
    ("units", "currency"),
    [({"Rs": "PKR"}, "PKR"), ({"Rs": "LKR"}, "LKR"), ({"Rs": "NPR"}, "NPR"), ({}, "INR")],
)
@pytest.mark.parametrize("text", ["Salary Rs. 65,000 per month.", "Salary Rs 65,000 per month."])
def test_rs_is_the_rupee_of_the_place(text: str, units: dict, currency: str) -> None:
    rate = parse_rate(text, units=units)
    assert rate is not None and (rate.min, rate.period, rate.currency) == (
        65_000,
        "month",
        currency,
    )


def test_a_code_beats_the_place_rupee() -> None:
    rate = parse_rate("Salary LKR 210,000 per month.", units={"Rs": "PKR"})
    assert rate is not None and rate.currency == "LKR"


def test_hrs_is_no_rupee() -> None:
    assert parse_rate("Flexible HRs 40,000 lines of code") is None


@pytest.mark.parametrize(
    ("regions", "currency"),
    [(("PK",), "PKR"), (("LK",), "LKR"), (("NP",), "NPR"), (("IN",), "INR")],
)
def test_the_place_names_its_rupee(regions: tuple, currency: str) -> None:
    assert place_units(regions)["Rs"] == currency


@pytest.mark.parametrize(
    "text",
    [
        "Salary Rs 95,000 + allowances",
        "Rs. 95,000 + allowances",
    ],
)
def test_rupees_named_as_pay_without_a_period_are_kept(text: str) -> None:
    # India's (Pakistan's are a month's: tests/ranking/test_pakistani_developer.py)
    rate = parse_rate(text, units={"Rs": "INR"})
    assert rate is not None and (rate.min, rate.period, rate.currency) == (95_000, None, "INR")


def test_rupees_of_a_month_or_a_years_size_are_kept_without_a_period() -> None:
    rate = parse_rate("Salary: ₹1,50,000")  # a month's pay there runs to six figures
    assert rate is not None and (rate.min, rate.period, rate.currency) == (150_000, None, "INR")


def test_allowances_between_an_amount_and_its_period() -> None:
    rate = parse_rate("Rs 95,000 + allowances per month", units={"Rs": "PKR"})
    assert rate is not None and (rate.min, rate.period) == (95_000, "month")


@pytest.mark.parametrize(
    "text", ["You will maintain Rs 3 Analytics.", "Rs 40,000 devices shipped last year."]
)
def test_rupees_not_named_as_pay_are_no_rate(text: str) -> None:
    assert parse_rate(text, units={"Rs": "PKR"}) is None


@pytest.mark.parametrize(
    ("text", "low", "high"),
    [
        P("Mzda: od 1 400 € do 1 900 € podľa praxe", 1400, 1900, id="od-do under a pay word"),
        P("Salario: 1.900 € brutos", 1900, 1900, id="a tax word after"),
        P("Gehalt 2.400 €", 2400, 2400, id="a salary word before"),
    ],
)
def test_euros_of_a_months_size_named_as_salary_are_monthly(
    text: str, low: float, high: float
) -> None:
    rate = parse_rate(text)
    assert rate is not None and (rate.min, rate.max, rate.period) == (low, high, "month")


@pytest.mark.parametrize(
    ("text", "period"),
    [
        P("Budget: €1,900 for the logo", "fixed", id="a budget is a fixed price"),
        P("€1,900 budget", "fixed", id="a budget after"),
        P("Rate: €650 per day", "day", id="a stated period wins"),
    ],
)
def test_euros_under_other_pay_words_are_not_monthly(text: str, period: str) -> None:
    rate = parse_rate(text)
    assert rate is not None and rate.period == period


def test_euros_named_by_no_salary_word_have_no_period() -> None:
    assert parse_rate("Rate: €1,900") is None


def test_a_bare_dollar_is_the_place_peso_only_where_the_place_says() -> None:
    pesos = parse_rate("Sueldo $25,000 mensuales netos.", units={"$": "MXN"})
    assert pesos is not None and (pesos.min, pesos.period, pesos.currency) == (
        25_000,
        "month",
        "MXN",
    )
    dollars = parse_rate("Pago: $40 USD por hora.", units={"$": "MXN"})
    assert dollars is not None and dollars.currency == "USD"  # a code beats the place
    assert parse_rate("Sueldo $25,000 mensuales.").currency == "USD"  # type: ignore[union-attr]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        P("Ksh 3,500/hour", (3500, 3500, "hour", "KES"), id="ksh per hour"),
        P("KShs. 150,000 per month", (150000, 150000, "month", "KES"), id="kshs with a point"),
        P("KES 350,000 - 450,000 per month", (350000, 450000, "month", "KES"), id="kes code"),
        P("Malipo: KSh 200,000 kwa mwezi", (200000, 200000, "month", "KES"), id="swahili month"),
        P("Ksh 2,500 kwa saa", (2500, 2500, "hour", "KES"), id="swahili hour"),
        P("UShs 8,000,000 per month", (8e6, 8e6, "month", "UGX"), id="ugandan shilling"),
        P("TSh 1,500,000 monthly", (1.5e6, 1.5e6, "month", "TZS"), id="tanzanian shilling"),
        P("GH₵ 8,000 monthly", (8000, 8000, "month", "GHS"), id="cedi"),
        P("Fixed budget KES 180,000.", (180000, 180000, "fixed", "KES"), id="period before code"),
        P("Hourly rate: USD 50", (50, 50, "hour", "USD"), id="hourly before a code"),
    ],
)
def test_african_currencies_are_read(text: str, expected: tuple[float, float, str, str]) -> None:
    rate = parse_rate(text)
    assert rate is not None
    assert (rate.min, rate.max, rate.period, rate.currency) == expected


@pytest.mark.parametrize(
    "text", ["MKSh 5/h", "the BaKShs 40/h", "a kwa saa", "USh-shaped 12 per hour"]
)
def test_shilling_look_alikes_are_no_currency(text: str) -> None:
    assert parse_rate(text) is None


@pytest.mark.parametrize(
    ("text", "currency", "per_unit"),
    [
        P("5.000 lei pe lună", "RON", 0.217, id="lei for a Bucharest user"),
        P("SGD 8,000 per month", "SGD", 0.77, id="Singapore dollars"),
        P("HK$40,000/month", "HKD", 0.128, id="Hong Kong dollars"),
    ],
)
def test_the_currencies_read_in_posts_are_priced(text: str, currency: str, per_unit: float) -> None:
    rate = parse_rate(text)
    assert rate is not None and rate.currency == currency
    hourly = to_hourly(rate, "EUR", RankingSettings())
    assert hourly is not None
    assert hourly[0] == pytest.approx(rate.min * per_unit / 1.08 / 160, abs=0.01)
    assert f"{currency}→EUR" in hourly[2]


def test_a_floor_in_shillings_converts() -> None:
    rate = parse_rate("KES 150,000 per month")
    assert rate is not None
    hourly = to_hourly(rate, "USD", RankingSettings())
    assert hourly is not None
    assert hourly[0] == pytest.approx(150000 * 0.0077 / 160, abs=0.01)
    assert "KES→USD" in hourly[2]


@pytest.mark.parametrize(
    ("text", "units", "expected"),
    [
        P("R 650 per hour", {"R": "ZAR"}, (650, 650, "hour", "ZAR"), id="rand in south africa"),
        P("R45,000 per month", {"R": "ZAR"}, (45000, 45000, "month", "ZAR"), id="rand glued"),
        P("R 650 per hour", {}, None, id="no place, no rand"),
        P("QR 40/h", {"R": "ZAR"}, None, id="a word's last letter"),
        P("R$ 50/h", {"R": "ZAR"}, (50, 50, "hour", "BRL"), id="reais stay reais"),
    ],
)
def test_r_is_the_rand_only_where_the_posting_is_in_south_africa(
    text: str, units: dict[str, str], expected: tuple[float, float, str, str] | None
) -> None:
    rate = parse_rate(text, units=units)
    assert (rate and (rate.min, rate.max, rate.period, rate.currency)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        P("Rate: $65/hr W2 or $75/hr C2C.", (75, 75), id="C2C after W2"),
        P("C2C: $72/hr | W2: $62/hr", (72, 72), id="terms before the amounts"),
        P("Pay: $55-60/hr W2 | $65-70/hr C2C", (65, 70), id="ranges"),
        P("$80/hr 1099 or $70/hr W2", (80, 80), id="1099 is a contractor's"),
        P("$60-65/hr (W2) or $70-75/hr (Corp-to-Corp)", (70, 75), id="in brackets"),
        P("W2 only. $55/hr. No C2C.", (55, 55), id="look-alike: one rate, both terms"),
        P("Senior $100/hr, junior $60/hr (W2 available).", (60, 100), id="no pair of terms"),
    ],
)
def test_a_contractor_s_rate_beside_an_employee_s_is_the_rate(
    text: str, expected: tuple[float, float]
) -> None:
    rate = parse_rate(text)
    assert rate is not None
    assert (rate.min, rate.max, rate.period, rate.currency) == (*expected, "hour", "USD")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("TJM entre 500 et 600 euros.", (500.0, 600.0, "day", "EUR")),
        ("Tarif journalier : 380 à 420 €.", (380.0, 420.0, "day", "EUR")),
        ("TJM de 400 à 500 € HT", (400.0, 500.0, "day", "EUR")),
        ("TJM compris entre 420 et 480 € HT selon expérience", (420.0, 480.0, "day", "EUR")),
        ("TJM entre 500 € et 600 €", (500.0, 600.0, "day", "EUR")),
        ("Stundensatz zwischen 80 und 95 €", (80.0, 95.0, "hour", "EUR")),
        ("entre 30 y 40 € la hora", (30.0, 40.0, "hour", "EUR")),
        ("tussen 60 en 80 euro per uur", (60.0, 80.0, "hour", "EUR")),
        ("od 40 do 60 tis. Kč měsíčně", (40_000.0, 60_000.0, "month", "CZK")),
    ],
)
def test_a_range_in_words_reads_both_ends(
    text: str, expected: tuple[float, float, str, str]
) -> None:
    """ "entre X et Y", "zwischen X und Y", "X à Y €": a range as its languages write it."""
    rate = parse_rate(text)
    assert rate is not None
    assert (rate.min, rate.max, rate.period, rate.currency) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Entre 2 et 3 jours de télétravail, TJM 500 €", (500.0, 500.0)),  # days, not money
        ("horaires de 9h à 18h, 500 € par jour", (500.0, 500.0)),
        ("entre amis et 500 € par jour", (500.0, 500.0)),
    ],
)
def test_a_range_in_words_needs_an_amount_on_both_sides(
    text: str, expected: tuple[float, float]
) -> None:
    rate = parse_rate(text)
    assert rate is not None
    assert (rate.min, rate.max) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        P("Contrat de 8 mois. 80 $ de l'heure.", (80, "hour", "CAD"), id="de l'heure"),
        P("Taux : 85 $ de l’heure, sur place.", (85, "hour", "CAD"), id="curly apostrophe"),
        P("Salaire de 60 000 $ de l'an.", (60_000, "year", "CAD"), id="de l'an"),
    ],
)
def test_quebec_french_pay_of_the_hour(text: str, expected: tuple[float, str, str]) -> None:
    rate = parse_rate(text, units={"$": "CAD"})
    assert rate is not None and (rate.min, rate.period, rate.currency) == expected


def test_the_hour_of_a_meeting_is_no_period() -> None:
    assert parse_rate("Rencontre de l'heure du midi, 50 $ offerts.", units={"$": "CAD"}) is None


@pytest.mark.parametrize(
    ("written", "amount"),
    [("40,000", 40_000), ("18.000", 18_000), ("40 000", 40_000), ("40\u202f000", 40_000),
     ("1,50,000", 150_000), ("2.500.000", 2_500_000), ("1.234,56", 1234.56),
     ("1,234.56", 1234.56), ("1 234,56", 1234.56), ("12,50", 12.5), ("7.5", 7.5),
     ("0,12", 0.12), ("0.125", 0.125), ("0,085", 0.085), ("1.2345", 1.2345), ("550", 550)],
)  # fmt: skip
def test_an_amount_reads_its_thousands_and_its_decimal_mark(written: str, amount: float) -> None:
    """Three digits after one mark are thousands, but never after a whole part of 0."""
    assert read_amount(written) == amount


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Stundensatz für Freelancer 90 €", (90, 90, "hour", "EUR")),
        ("Hourly rate for senior contractors: $85", (85, 85, "hour", "USD")),
        ("Tarifa por hora: 40 USD", (40, 40, "hour", "USD")),
        ("Pro Tag 600 EUR", (600, 600, "day", "EUR")),
        ("Tarif par jour : 450 € HT", (450, 450, "day", "EUR")),
    ],
)
def test_a_period_named_before_the_amount(
    text: str, expected: tuple[float, float, str, str]
) -> None:
    rate = parse_rate(text)
    assert rate is not None
    assert (rate.min, rate.max, rate.period, rate.currency) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Employees: €65,000–€75,000 salary. Contractors: €550/day.", (550, 550, "day", "EUR")),
        ("Day rate for freelancers £480; permanent salary £65,000", (480, 480, "day", "GBP")),
        ("£55,000 for permanent staff, or £350/day for contractors", (350, 350, "day", "GBP")),
        ("$65/hr W2 or $75/hr C2C", (75, 75, "hour", "USD")),
    ],
)
def test_the_contractors_rate_beside_an_employees_pay(
    text: str, expected: tuple[float, float, str, str]
) -> None:
    rate = parse_rate(text)
    assert rate is not None
    assert (rate.min, rate.max, rate.period, rate.currency) == expected


def test_one_side_named_keeps_every_amount() -> None:
    rate = parse_rate("Contractors: €500/day to €650/day depending on seniority")
    assert rate is not None
    assert (rate.min, rate.max) == (500, 650)


@pytest.mark.parametrize("text", ["Rate negotiable (DOE)", "Hourly rate for the right person"])
def test_no_amount_is_no_rate(text: str) -> None:
    assert parse_rate(text) is None


@pytest.mark.parametrize(
    ("text", "bounds"),
    [
        P("Compensation: $125k-145k base. Bonus up to $25k. Full benefits.", (125_000, 145_000)),
        P("Base salary $155,000 - $175,000, plus a sign-on bonus of $20,000.", (155_000, 175_000)),
        P("$150k–$180k OTE. Sign-on bonus: $30k.", (150_000, 180_000)),
        P("We pay $135,000–$160,000 and equity up to $45,000 per year.", (135_000, 160_000)),
        P("Pay: $120k - $140k\nAnnual bonus: up to $25k", (120_000, 140_000)),
        P("Salary $105k–$120k, signing bonus $8k, RSUs worth up to $50k.", (105_000, 120_000)),
        # a salary and its bonus named together are one amount
        P("Base + bonus: $190k. Remote in the US.", (190_000, 190_000)),
        P("Bonus eligible. $140k-$160k base.", (140_000, 160_000)),
        P("Equity and base salary: $175k. Remote.", (175_000, 175_000)),
    ],
)
def test_a_bonus_or_equity_amount_is_not_pay(text: str, bounds: tuple[float, float]) -> None:
    rate = parse_rate(text)
    assert rate is not None
    assert (rate.min, rate.max, rate.period, rate.currency) == (*bounds, "year", "USD")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        P("Salary: ₹95,000 p.m. plus PF.", (95_000, "month", "INR"), id="Indian p.m."),
        P("Contract: £4,200 p.m. for 6 months.", (4_200, "month", "GBP"), id="British p.m."),
        P("CTC ₹60,000 pm, 6-month contract.", (60_000, "month", "INR"), id="pm in lower case"),
        P("Retainer of $6k p.m., remote.", (6_000, "month", "USD"), id="thousands with k"),
        # the time of day beside a rate is no period
        P("Call us Monday at 4 p.m. EST. Pay: $85/hr.", (85, "hour", "USD"), id="4 p.m."),
        P("Sync at 3 p.m. CET, €600/day.", (600, "day", "EUR"), id="3 p.m. then a day rate"),
    ],
)
def test_p_m_after_an_amount_is_per_month(text: str, expected: tuple[float, str, str]) -> None:
    rate = parse_rate(text)
    assert rate is not None
    assert (rate.min, rate.period, rate.currency) == expected


def test_pm_in_capitals_after_a_salary_is_a_product_manager() -> None:
    rate = parse_rate("$160k PM, remote, Series B.")
    assert rate is not None and rate.period == "year"


@pytest.mark.parametrize(
    ("text", "rate"),
    [
        ("Onboarding fee $30/week, refundable after a month", None),
        ("Security deposit ₹2,000 per month, deducted from pay", None),
        ("Membership fee - $120/year for the job board", None),
        ("Earn $800 weekly ($40 activation fee)", (800.0, 800.0, "week")),
        ("Pay a $99 starter kit fee. Earn $25/hr.", (25.0, 25.0, "hour")),
        ("No registration fee. $30/hr.", (30.0, 30.0, "hour")),  # another sentence's
        ("Paid by direct deposit, $25/hr", (25.0, 25.0, "hour")),  # a deposit of pay
        ("Fee: $500 per article", (500.0, 500.0, "piece")),  # a writer's fee is pay
        ("Fixed fee $5,000 for the migration", (5000.0, 5000.0, "fixed")),
    ],
)
def test_a_fee_the_worker_pays_is_no_pay(text: str, rate: tuple[float, float, str] | None) -> None:
    found = parse_rate(text)
    assert (found and (found.min, found.max, found.period)) == rate


@pytest.mark.parametrize(
    "before",
    [
        "Pay: $", "rate USD ", "CAD $", "EUR ~", "€≈", "Rs. ", "kr ", "Gehalt: ", "(£",
        "US$ ", "AUSD ", "USD\n", "USD ~\n", "zł", "₪", "team of ", "", "Tk.", "$$", "xRs ",
    ],
)  # fmt: skip
def test_a_currency_before_an_amount_is_found_as_its_pattern_finds_it(before: str) -> None:
    """A currency before an amount is looked for only where a name of one ends in the
    last places (cheaper than the pattern tried at each place): the same match."""
    text = f"{before}120/h"
    end = len(before)
    for pos in (max(0, end - 7), 0):
        found = rates._currency_before(text, pos, end)
        expected = rates._CURRENCY_BEFORE.search(text, pos, end)
        assert (found and found.span()) == (expected and expected.span())
