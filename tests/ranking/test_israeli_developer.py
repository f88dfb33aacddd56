"""A frontend and mobile developer in Tel Aviv, invoicing as a sole trader (עוסק מורשה or
פטור): shekels as Israeli posts write them ("₪350 לשעה", "350 ש"ח", "NIS 40K", "25-30 אלף"),
Hebrew periods after the amount, Hebrew terms of work beside English ones, Gush Dan's towns
in both scripts (with Hebrew's "in" joined to them), the Hebrew ways of working, and a
registration fee or a first deposit asked of the applicant."""

from __future__ import annotations

import pytest

from warehouse.ranking.engagement import parse_engagement
from warehouse.ranking.floors import parse_floor
from warehouse.ranking.legitimacy import assess
from warehouse.ranking.rates import parse_rate
from warehouse.ranking.regions import cities_in
from warehouse.ranking.remote import parse_remote

P = pytest.param


@pytest.mark.parametrize(
    ("text", "low", "high", "period", "currency"),
    [
        P("תעריף: ₪320 לשעה, לפי שעות בפועל.", 320, 320, "hour", "ILS", id="shekel sign"),
        P('אנו משלמים 280 ש"ח לשעה + מע"מ.', 280, 280, "hour", "ILS", id="sh-ch with a quote"),
        P("התגמול: 310 ש״ח לשעה.", 310, 310, "hour", "ILS", id="sh-ch with gershayim"),
        P("שכר: 28,000-33,000 ₪ ברוטו לחודש + אופציות.", 28_000, 33_000, "month", "ILS",
          id="gross a month"),
        P("Salary: NIS 38K, hybrid.", 38_000, 38_000, "month", "ILS", id="NIS with k"),
        P("שכר: 22-27 אלף, משרה מלאה.", 22_000, 27_000, "month", "ILS", id="thousands alone"),
        P("1,900 ₪ ליום עבודה, חוזה לחצי שנה.", 1_900, 1_900, "day", "ILS", id="a day's"),
        P("הכנסה של 650 ש\"ח ביום מהבית.", 650, 650, "day", "ILS", id="in the day, after"),
        P("תקציב: 18,000 ש״ח לפרויקט כולו.", 18_000, 18_000, "fixed", "ILS", id="a project's"),
        P("עד 420 ₪ לשעה, לפי ניסיון.", None, 420, "hour", "ILS", id="up to"),
        P("Budget 90 אלף דולר לשנה.", 90_000, 90_000, "year", "USD", id="dollars in Hebrew"),
    ],
)  # fmt: skip
def test_shekels_as_israeli_posts_write_them(
    text: str, low: float | None, high: float, period: str, currency: str
) -> None:
    rate = parse_rate(text)
    assert rate is not None
    assert (rate.min, rate.max, rate.period, rate.currency) == (low, high, period, currency)


@pytest.mark.parametrize(
    "text",
    [
        P("Familiarity with NISQA or DENNIS 40 per hour", id="NIS inside a word"),
        P("ביום ראשון 500 ₪ נשלם על הציוד, ואלף תודות.", id="on Sunday, before the amount"),
        P("אלף תודות לכל המועמדים.", id="a thousand thanks, no amount"),
    ],
)  # fmt: skip
def test_no_shekel_rate_where_none_is_stated(text: str) -> None:
    rate = parse_rate(text)
    assert rate is None or rate.period != "day"


@pytest.mark.parametrize(
    ("text", "engagement"),
    [
        P("פרילנס, עבודה מול חשבונית.", "freelance", id="freelance"),
        P("דרוש/ה פרילנסרית לעיצוב ממשק.", "freelance", id="a freelancer, feminine"),
        P("העסקה כעוסק מורשה, 6 חודשים.", "contract", id="a licensed sole trader"),
        P("עוסק פטור יתקבל בברכה.", "contract", id="an exempt sole trader"),
        P("עבודה על בסיס פרויקט, עם אפשרות להמשך.", "contract", id="per project"),
        P("משרה מלאה, שכיר/ה, קרן השתלמות.", "full_time", id="full-time employee"),
        P("משרה חלקית, 3 ימים בשבוע.", "part_time", id="part-time"),
        P("חצי משרה בצוות המובייל.", "part_time", id="half a position"),
    ],
)  # fmt: skip
def test_hebrew_terms_of_work(text: str, engagement: str) -> None:
    offer = parse_engagement(None, text)
    assert offer is not None
    assert offer.engagement == engagement


@pytest.mark.parametrize(
    "text",
    [
        P("דמי שכירות המשרד עלינו.", id="rent is no employee"),
        P("לא כשכיר, בחשבונית בלבד.", id="not as an employee"),
        P("יש הבנה למשרתי מילואים.", id="reserve duty is no term"),
    ],
)  # fmt: skip
def test_no_full_time_from_words_that_are_not_terms(text: str) -> None:
    offer = parse_engagement(None, text)
    assert offer is None or offer.engagement != "full_time"


@pytest.mark.parametrize(
    ("text", "city"),
    [
        P("משרה מלאה בתל אביב, ליד עזריאלי.", "tel aviv", id="in Tel Aviv, Hebrew"),
        P('משרדים בת"א', "tel aviv", id="the abbreviation"),
        P("Office in Petah Tikva, Israel", "tel aviv", id="Petah Tikva is Gush Dan"),
        P("עבודה ברמת גן", "tel aviv", id="in Ramat Gan, Hebrew"),
        P("TLV HQ, hybrid", "tel aviv", id="TLV"),
        P("מהמשרד בירושלים", "jerusalem", id="in Jerusalem, Hebrew"),
        P("Be'er Sheva, Israel", "beersheba", id="Be'er Sheva"),
    ],
)  # fmt: skip
def test_israeli_towns_in_both_scripts(text: str, city: str) -> None:
    assert cities_in(text) == (city,)


@pytest.mark.parametrize(
    ("location", "text", "scope"),
    [
        P("רמת גן", "היברידי, 3 ימים מהמשרד.", "hybrid", id="hybrid"),
        P("תל אביב", "2 ימים מהבית, השאר במשרד.", "hybrid", id="two days from home"),
        P("חיפה", "משרה מלאה, עבודה מהמשרד.", "onsite", id="from the office"),
        P("הרצליה", "במשרדי החברה, ללא אפשרות עבודה מהבית.", "onsite", id="no work from home"),
        P("מרחוק", "פגישה שבועית בזום.", "anywhere", id="remote as the location"),
        P("", "עבודה מרחוק, שעות גמישות.", "anywhere", id="remote in the text"),
    ],
)  # fmt: skip
def test_hebrew_ways_of_working(location: str, text: str, scope: str) -> None:
    assert parse_remote(location, text, None).scope == scope


def _hard_flags(text: str) -> list[str]:
    found = assess(title="דרושים", company="Acme", text=text, url=None, provenance="aggregator")
    return [flag.code for flag in found.flags if flag.hard]


@pytest.mark.parametrize(
    "text",
    [
        P('לפני תחילת העבודה יש לשלם דמי הרשמה של 90 ש"ח.', id="registration fee to pay"),
        P("צריך לבצע הפקדה ראשונית של 400 ₪ כדי לפתוח חשבון.", id="a first deposit"),
        P("יש להפקיד 250 ₪ לפני שמתחילים.", id="deposit a sum"),
        P("לפרטים שלחו הודעה בוואטסאפ בלבד.", id="WhatsApp only"),
    ],
)  # fmt: skip
def test_hebrew_pay_to_work_is_flagged(text: str) -> None:
    assert _hard_flags(text)


@pytest.mark.parametrize(
    "text",
    [
        P("השירות ללא עלות למועמדים, דמי ההשמה משולמים על ידי המעסיק.", id="placement fee"),
        P("ללא דמי רישום וללא הפקדה ראשונית.", id="no fee, no deposit"),
        P("אנחנו מוכנים לשלם 350 ₪ לשעה למפתחת מנוסה.", id="we pay a rate"),
        P("דמי הרישום לכנס משולמים על ידי החברה.", id="a conference paid by the firm"),
    ],
)  # fmt: skip
def test_honest_hebrew_posts_are_not_flagged(text: str) -> None:
    assert not _hard_flags(text)


@pytest.mark.parametrize(
    "written",
    [
        P("₪330/hour", id="sign, English unit"),
        P("330 ש״ח לשעה", id="Hebrew, gershayim"),
        P('330 ש"ח לשעה', id="Hebrew, a quote mark"),
        P("₪330/שעה", id="sign, Hebrew unit"),
    ],
)  # fmt: skip
def test_a_floor_in_shekels_as_an_israeli_user_writes_it(written: str) -> None:
    signs = {"₪": "ILS", 'ש"ח': "ILS", "ש״ח": "ILS"}
    floor, code = parse_floor(written, signs, "ILS", {"ILS", "USD"})
    assert code == "ILS"
    assert floor.unit == "hour"
    assert floor.amount == 330
