"""A Budapest frontend developer's market: Hungarian terms (vállalkozói and megbízási
szerződés, számlaképes, projekt alapú, szabadúszó, teljes munkaidő, határozatlan idejű,
diákmunka), pay in forints by the hour, day or month ("Ft/óra", "napidíj", "700e Ft",
"1,2 M Ft", "-ig"), távmunka and home office days, Hungarian towns, the freelancer's own
post, and the fee, deposit and training-fee requests of Hungarian job scams."""

from __future__ import annotations

import pytest

from extractors._contract import Posting
from flows.config import _CURRENCY_SIGNS, parse_config
from warehouse.ranking.engagement import parse_engagement
from warehouse.ranking.features import understand
from warehouse.ranking.floors import parse_floor
from warehouse.ranking.kind import parse_kind
from warehouse.ranking.legitimacy import assess
from warehouse.ranking.profile import DEFAULT_FX_USD, Profile, RankingSettings
from warehouse.ranking.rates import parse_rate
from warehouse.ranking.remote import parse_remote

P = pytest.param
BUDAPEST = Profile(
    skills=("react", "typescript", "vue"),
    roles=("frontend developer",),
    remote_only=False,
    locations=("Budapest", "Hungary", "EU", "UTC+1"),
    currency="HUF",
    min_hourly_rate=18_000,
)


@pytest.mark.parametrize(
    ("text", "engagement"),
    [
        P("Számlaképes fejlesztőt keresünk, 6 hónapra.", "contract", id="számlaképes"),
        P("Projekt alapú munka, távmunkában.", "contract", id="projekt alapú"),
        P("Szabadúszó React fejlesztőt keresünk egy webshophoz.", "freelance", id="szabadúszó"),
        P("Határozatlan idejű munkaszerződés, cafeteria.", "full_time", id="határozatlan idejű"),
        P("Határozott idejű munkaszerződés 12 hónapra.", "full_time",
          id="a fixed term is employment"),
        P("Diákmunka iskolaszövetkezeten keresztül.", "part_time", id="diákmunka"),
        P("Megbízási szerződés vagy határozatlan idejű munkaviszony.", "contract",
          id="a contract beside employment wins"),
        P("Vállalkozói jogviszony, heti 30 óra, távmunkában.", "contract",
          id="vállalkozói jogviszony"),
        P("Egyéni vállalkozóként tudunk veled együtt dolgozni.", "contract", id="vállalkozóként"),
        P("Díjazás számla ellenében, havonta.", "contract", id="számla ellenében"),
    ],
)  # fmt: skip
def test_hungarian_terms(text: str, engagement: str) -> None:
    offer = parse_engagement(None, text)
    assert offer is not None and offer.engagement == engagement


@pytest.mark.parametrize(
    ("text", "rate"),
    [
        P("Napidíj: 120 000 Ft + ÁFA", (120_000, 120_000, "day", "HUF"), id="napidíj"),
        P("Díjazás: 120 000 Ft/nap", (120_000, 120_000, "day", "HUF"), id="Ft/nap"),
        P("Fizetés: nettó 700e Ft", (700_000, 700_000, "month", "HUF"), id="e thousands"),
        P("Havi 1,2 M Ft bruttó.", (1_200_000, 1_200_000, "month", "HUF"), id="M millions"),
        P("Bér: bruttó 1,1 millió Ft", (1_100_000, 1_100_000, "month", "HUF"), id="millió"),
        P("Bér: 800 ezer Ft", (800_000, 800_000, "month", "HUF"), id="ezer"),
        P("1 200 000 Ft havonta", (1_200_000, 1_200_000, "month", "HUF"), id="havonta"),
        P("550 000 Ft/hónap", (550_000, 550_000, "month", "HUF"), id="Ft/hónap"),
        P("Óradíj: 18 000 Ft", (18_000, 18_000, "hour", "HUF"), id="óradíj"),
        P("havi 600 000 Ft-ig", (None, 600_000, "month", "HUF"), id="-ig is up to"),
        P("bruttó 500 000 Ft-tól", (500_000, None, "month", "HUF"), id="-tól is from"),
        P("Kereset akár napi 25 000 Ft.", (None, 25_000, "day", "HUF"), id="akár is up to"),
    ],
)  # fmt: skip
def test_pay_in_forints(text: str, rate: tuple[float | None, float | None, str, str]) -> None:
    found = parse_rate(text)
    assert found is not None
    assert (found.min, found.max, found.period, found.currency) == rate


@pytest.mark.parametrize(
    "text",
    [
        P("The crane reaches 120 ft/day of track.", id="feet"),
        P("Max. 5e Ft", id="too small to be pay"),
    ],
)  # fmt: skip
def test_no_forint_pay(text: str) -> None:
    assert parse_rate(text) is None


@pytest.mark.parametrize(
    ("location", "text", "scope"),
    [
        P("Budapest", "Iroda a XI. kerületben, heti 3 nap home office.", "hybrid",
          id="home office days"),
        P("Szeged", "Heti 2 nap iroda Szegeden, a többi otthonról.", "hybrid",
          id="office days"),
        P("Szeged", "Részmunkaidő, 100% távmunka.", "region", id="távmunka in Hungary"),
        P("Pécs", "Pécsett az irodában, heti 20 óra.", "onsite", id="az irodában"),
        P("Debrecen", "Irodai munkavégzés Debrecenben.", "onsite", id="irodai munka"),
        P("Budapest", "Home office, alkalmanként ügyféltalálkozók az irodánkban.", "hybrid",
          id="the office now and then"),
        P("Győr", "Távmunka, időnként bejárás a győri irodába.", "region",
          id="remote with visits"),
    ],
)  # fmt: skip
def test_hungarian_ways_of_working(location: str, text: str, scope: str) -> None:
    assert parse_remote(location, text, None).scope == scope


@pytest.mark.parametrize(
    ("place", "eligibility"),
    [
        P("Budapest, XIII. kerület", "eligible", id="a district"),
        P("Győr", "not_eligible", id="Győr"),
        P("Pécs", "not_eligible", id="Pécs"),
    ],
)  # fmt: skip
def test_an_office_around_budapest(place: str, eligibility: str) -> None:
    posting = Posting(
        source="check", source_id="1", url="https://example.com/1",
        title="Frontend fejlesztő", location=place, text="Irodai munkavégzés, teljes munkaidő.",
    )  # fmt: skip
    assert understand(posting, BUDAPEST, RankingSettings()).eligibility == eligibility


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        P("Számlaképes szabadúszó vagyok, vállalok webshop projekteket.", "supply",
          id="vállalok projekteket"),
        P("Frontend fejlesztőt keresünk határozatlan idejű szerződéssel.", "demand",
          id="keresünk"),
    ],
)  # fmt: skip
def test_hungarian_kind(text: str, kind: str) -> None:
    found = parse_kind(None, text)
    assert found is not None and found[0] == kind


def _vetoes(text: str) -> list[str]:
    found = assess(title="Frontend fejlesztő", company="Acme", text=text, url="https://x.test/1")
    return [flag.code for flag in found.flags if flag.hard]


@pytest.mark.parametrize(
    "text",
    [
        P("A regisztrációs díj 5 000 Ft, amit az első kifizetéssel visszakapsz.",
          id="a registration fee stated with its sum"),
        P("A laptopot 30 000 Ft kaució ellenében adjuk, amelyet előre kell átutalni.",
          id="a deposit to transfer"),
        P("A képzés oktatási díja 89 000 Ft, amelyet a kezdés előtt kell befizetni.",
          id="a training fee to pay first"),
        P("Jelentkezéskor fizesse be a regisztrációs díjat.", id="fizesse be"),
        P("A tanfolyam díja 149 000 Ft, amelyet két részletben fizethetsz ki.",
          id="a course fee with its sum"),
        P("A munka előtt befizetheted a 39 000 Ft-os képzési díjat.", id="befizetheted"),
    ],
)  # fmt: skip
def test_hungarian_requests_veto(text: str) -> None:
    assert "pay_to_work" in _vetoes(text)


@pytest.mark.parametrize(
    "text",
    [
        P("Regisztrációs díjat soha nem kérünk a jelentkezőktől.", id="none asked"),
        P("A tanfolyamok és konferenciák díját a cég fizeti.", id="the firm pays"),
        P("A nyelvvizsga díját átvállaljuk.", id="we take it over"),
        P("Fizetés: bruttó 900 000 Ft/hó, cafeteria, kifizetés havonta.", id="a salary"),
        P("Heti 2 nap home office, otthoni munkához laptopot biztosítunk.", id="home office"),
        P("Belső képzéseink vannak, a tanfolyam díját a cég fizeti.",
          id="the firm pays the course"),
        P("Kérdésed van? WhatsAppon is elérsz, jelentkezni a weboldalon tudsz.",
          id="a chat for questions"),
    ],
)  # fmt: skip
def test_hungarian_look_alikes_do_not_veto(text: str) -> None:
    assert not _vetoes(text)


@pytest.mark.parametrize(
    ("written", "floor"),
    [
        P("18 000 Ft/óra", (18_000, "hour", "HUF"), id="Ft/óra"),
        P("120 000 Ft/nap", (120_000, "day", "HUF"), id="Ft/nap"),
        P("1 200 000 Ft/hó", (1_200_000, "month", "HUF"), id="Ft/hó"),
        P("€450/day", (450, "day", "EUR"), id="euros by the day"),
    ],
)  # fmt: skip
def test_a_floor_in_hungarian(written: str, floor: tuple[float, str, str]) -> None:
    found, currency = parse_floor(written, _CURRENCY_SIGNS, "HUF", DEFAULT_FX_USD)
    assert (found.amount, found.unit, currency) == floor


def test_a_profile_in_forints() -> None:
    config = parse_config({"profile": {"currency": "HUF", "min_rate": "18 000 Ft/óra"}})
    assert (config.profile.currency, config.profile.currency_sign) == ("HUF", "Ft")
    assert config.profile.rate_unit == "hour"


@pytest.mark.parametrize(
    ("text", "code", "hard"),
    [
        P("Keress pénzt otthonról, napi 2 óra munkával!", "work_from_home", False,
          id="earn money from home"),
        P("Keress pénzt könnyen otthonról, tapasztalat nélkül.", "work_from_home", False,
          id="a word between"),
        P("Jelentkezés csak WhatsAppon: +36 30 555 1234", "chat_app", True,
          id="apply only on WhatsApp"),
    ],
)  # fmt: skip
def test_hungarian_pitch_and_chat(text: str, code: str, hard: bool) -> None:
    found = assess(title=None, company=None, text=text)
    assert code in {flag.code for flag in found.flags if flag.hard is hard}
