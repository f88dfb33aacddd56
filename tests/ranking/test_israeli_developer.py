"""A frontend and mobile developer in Tel Aviv, invoicing as a sole trader (עוסק מורשה or
פטור): shekels as Israeli posts write them ("₪350 לשעה", "350 ש"ח", "NIS 40K", "25-30 אלף"),
Hebrew periods after the amount, and Hebrew terms of work beside English ones."""

from __future__ import annotations

import pytest

from warehouse.ranking.engagement import parse_engagement
from warehouse.ranking.rates import parse_rate

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
